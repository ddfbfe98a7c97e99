local inspect_setup = require "inspect_setup"
local matches = require "waf_matches"
local has, OPTS = matches.has, matches.OPTS

local walk = require "edge.waf.json_walk"
local collections = require "edge.waf.crs.collections"

-- ModSecurity's ARGS for a JSON body, as the CRS engine's collections hold them: { name = value }
local function crs_args(body)
    local cols = collections.build({ method = "POST", uri = "/x", body = body,
        headers = { { "Host", "localhost" }, { "Content-Type", "application/json" } } })
    local args, out = cols.ARGS or collections.NONE, {}
    for i = 1, args.n do
        out[args.keys[i]] = args.vals[i]
    end
    return out, cols
end

-- name -> value of walk.args, or string -> "COL:name" of walk.strings + walk.places
local function args_of(doc)
    local names, values = walk.args(doc)
    local out = {}
    for i = 1, #names do
        out[names[i]] = values[i]
    end
    return out
end

local function places_of(doc, limit, max_depth)
    local strings = walk.strings(doc, limit, max_depth)
    local cols, names = walk.places(doc, limit, max_depth)
    assert.equals(#strings, #cols)
    assert.equals(#strings, #names)
    local out = {}
    for i, s in ipairs(strings) do
        out[s] = cols[i] .. ":" .. names[i]
    end
    return out
end

describe("edge.waf.json_walk", function()
    -- each name below is what ModSecurity 3.0.9 (Debian's libmodsecurity3, the differential's reference)
    -- logged as the matched variable for the same body
    it("names values as ModSecurity's JSON processor: objects in arrays, arrays in arrays, empty keys", function()
        assert.same({ ["json.a.array_0.b"] = "x" }, args_of({ a = { { b = "x" } } }))
        assert.same({ ["json.a.array_0"] = "x", ["json.a.array_1.b"] = "y", ["json.a.array_2"] = "z" },
            args_of({ a = { "x", { b = "y" }, "z" } }))
        assert.same({ ["json.a.array_0.b"] = "1", ["json.a.array_1.c"] = "y" },
            args_of({ a = { { b = 1 }, { c = "y" } } }))
        assert.same({ ["json.array_0.array_0"] = "x" }, args_of({ { "x" } }))
        assert.same({ ["json.a.array_0.array_0"] = "1", ["json.a.array_0.array_1"] = "x" },
            args_of({ a = { { 1, "x" } } }))
        assert.same({ ["json.empty-key"] = "x" }, args_of({ [""] = "x" }))
        assert.same({ ["json.a.empty-key.b"] = "x" }, args_of({ a = { [""] = { b = "x" } } }))
        assert.same({ json = "x" }, args_of("x"))
    end)

    it("gives ModSecurity's text for numbers, booleans and null", function()
        local cjson = require "cjson.safe"
        assert.same({ ["json.n"] = "42", ["json.f"] = "1.5", ["json.t"] = "true", ["json.no"] = "false",
            ["json.z"] = "" }, args_of(cjson.decode('{"n":42,"f":1.5,"t":true,"no":false,"z":null}')))
        -- too large for an exact integer: not printed as one (%d would wrap to a negative number)
        assert.equals("1e+300", args_of({ big = 1e300 })["json.big"])
    end)

    it("names our ruleset's strings, keys included, with the same paths", function()
        assert.same({ a = "ARGS_NAMES:json.a", b = "ARGS_NAMES:json.a.array_0.b", x = "ARGS:json.a.array_0.b",
            c = "ARGS_NAMES:json.c", y = "ARGS:json.c.array_0" },
            places_of({ a = { { b = "x" } }, c = { "y", 7 } }))
        -- numbers are not strings for our rules, nor counted
        local strings = walk.strings({ c = { "y", 7 } })
        table.sort(strings)
        assert.same({ "c", "y" }, strings)
    end)

    it("spells out a constructor.prototype path, named at the constructor key", function()
        local strings = walk.strings({ user = { constructor = { prototype = { admin = true } } } })
        assert.truthy(table.concat(strings, " "):find("constructor.prototype", 1, true))
        local cols, names = walk.places({ user = { constructor = { prototype = { admin = true } } } })
        for i, s in ipairs(strings) do
            if s == "constructor.prototype" then
                assert.same({ "ARGS_NAMES", "json.user.constructor" }, { cols[i], names[i] })
            end
        end
        local plain = walk.strings({ constructor = { name = "Acme" }, prototype = "v2" })
        assert.falsy(table.concat(plain, " "):find("constructor.prototype", 1, true))
    end)

    it("spells out a class.module.classLoader path, which a Java binder follows to the class loader", function()
        local strings = walk.strings({ class = { module = { classLoader = { resources = { x = "y" } } } } })
        assert.truthy(table.concat(strings, " "):find("class.module.classLoader", 1, true))
        assert.truthy(table.concat(walk.strings({ class = { classLoader = "x" } }), " ")
            :find("class.classLoader", 1, true))
        local plain = walk.strings({ class = { module = "maths", name = "7B" } })
        assert.falsy(table.concat(plain, " "):find("class.", 1, true))
    end)

    it("walks a JSON document kept in a string, named under the string, for our rules only", function()
        local doc = { user = { preferences = '{"theme":"dark","src":"https://x.example/a.php"}' } }
        local strings = walk.strings(doc)
        local cols, names = walk.places(doc)
        local found
        for i, s in ipairs(strings) do
            if s == "https://x.example/a.php" then
                found = { cols[i], names[i] }
            end
        end
        assert.same({ "ARGS", "json.user.preferences.src" }, found)
        local _, values = walk.args(doc)
        for _, v in ipairs(values) do
            assert.are_not.equal("https://x.example/a.php", v)
        end
    end)

    it("reads a JSON Patch pointer's tails after its first key, when it holds more than names", function()
        local strings = walk.strings({ { op = "add", path = "/prefs/http://x.example/c.txt?", value = true } })
        local joined = table.concat(strings, "\n")
        assert.truthy(joined:find("\nhttp://x.example/c.txt?", 1, true) or joined:find("^http://x.example/c.txt?"))
        local plain = walk.strings({ { op = "replace", path = "/roles/-", value = "admin" } })
        assert.same(3 + 3, #plain)   -- the keys and values alone: op, path, value, "replace", "/roles/-", "admin"
    end)

    it("lists a small document's plain strings: values, keys on request, within its bounds", function()
        local doc = { a = "x", b = { c = "y" } }
        local values = walk.plain_strings(doc, 10, 8, false)
        table.sort(values)
        assert.same({ "x", "y" }, values)
        local all = walk.plain_strings(doc, 10, 8, true)
        table.sort(all)
        assert.same({ "a", "b", "c", "x", "y" }, all)
        assert.same({ "x" }, walk.plain_strings({ a = "x", b = { c = "y" } }, 10, 1, false))
        assert.equals(1, #walk.plain_strings({ "x", "y", "z" }, 1, 8, false))
    end)

    it("finds a duplicate key's first value, which the decode dropped", function()
        local cjson = require "cjson.safe"
        local text = '{"name":"first \\"one\\"","name":"second","tags":["a","b"]}'
        local strings = walk.strings(cjson.decode(text), 100, 8)
        assert.same({ 'first "one"' }, walk.shadowed(text, strings, 100))
        local plain = '{"name":"Ann","bio":"x \\"q\\" y","n":1,"a":["x","y"]}'
        assert.is_nil(walk.shadowed(plain, walk.strings(cjson.decode(plain), 100, 8), 100))
    end)

    it("reads a chat line from its argument on too, named as the line, for our rules only", function()
        local doc = { event = { text = "lookup user 1 union", user = "U1" } }
        local strings = walk.strings(doc)
        local cols, names = walk.places(doc)
        local found
        for i, s in ipairs(strings) do
            if s == "1 union" then
                found = { cols[i], names[i] }
            end
        end
        assert.same({ "ARGS", "json.event.text" }, found)
        -- other keys, and ModSecurity's ARGS for the CRS, hold the line only as sent
        assert.falsy(table.concat(walk.strings({ note = "lookup user 1 union" }), "|"):find("|1 union", 1, true))
        local _, values = walk.args(doc)
        table.sort(values)
        assert.same({ "U1", "lookup user 1 union" }, values)
    end)

    it("stops at max_depth and at the element limit, and says which", function()
        local deep = { a = { b = { c = "x" } } }
        local strings, cut = walk.strings(deep, 100, 2)
        table.sort(strings)
        assert.same({ "a", "b", "c" }, strings)       -- "x" is at depth 3
        assert.equals("depth", cut)
        assert.is_nil(select(2, walk.strings({ a = { b = "x" } }, 100, 2)))
        assert.equals("elements", select(2, walk.strings({ "a", "b", "c" }, 2)))
        assert.equals(2, #walk.strings({ "a", "b", "c" }, 2))
        assert.is_nil(select(2, walk.strings({ "a", "b" }, 2)))
        -- keys count towards the limit; the places of a cut walk match its strings one for one
        assert.equals("elements", select(2, walk.strings({ k = "v" }, 1)))
        local cols, names = walk.places(deep, 100, 2)
        assert.equals(3, #cols)
        assert.equals(3, #names)
        -- ModSecurity's ARGS honour the same bounds
        local args_names, values, why = walk.args({ "a", "b", "c" }, 2)
        assert.same({ "json.array_0", "json.array_1" }, args_names)
        assert.same({ "a", "b" }, values)
        assert.equals("elements", why)
        assert.equals("depth", select(3, walk.args(deep, 100, 2)))
    end)

    it("defaults to the policy's limits (1024 strings, 32 levels)", function()
        local wide = {}
        for i = 1, 1025 do
            wide[i] = "v"
        end
        assert.equals("elements", select(2, walk.strings(wide)))
        assert.is_nil(select(2, walk.strings({ unpack(wide, 1, 1024) })))
        local deep = "x"
        for _ = 1, 33 do
            deep = { deep }
        end
        assert.equals("depth", select(2, walk.strings(deep)))
        assert.is_nil(select(2, walk.strings(deep[1])))
    end)

    it("gives the CRS engine the same names, so both engines name an object in an array alike", function()
        local args = crs_args('{"a":[{"b":"x"}],"list":["ok",{"c":"y"}],"":"e"}')
        assert.same({ ["json.a.array_0.b"] = "x", ["json.list.array_0"] = "ok", ["json.list.array_1.c"] = "y",
            ["json.empty-key"] = "e" }, args)
        -- a scalar body is one argument named json (ModSecurity parses it), not a body error
        local scalar, cols = crs_args('"x"')
        assert.same({ json = "x" }, scalar)
        assert.equals("0", cols.REQBODY_ERROR.vals[1])
        assert.equals("1", select(2, crs_args("{")).REQBODY_ERROR.vals[1])
    end)
end)

-- our ruleset over a real inspection (PCRE2, as in nginx): the place it notes is the CRS engine's name
describe("edge.waf.inspect and the CRS engine name a JSON string alike", function()
    local waf
    local SSRF = "http://127.0.0.1:8080/admin"

    setup(function()
        waf = inspect_setup()
    end)

    it("places a match in an object inside an array at ARGS:json.a.array_0.b", function()
        local body = '{"a":[{"b":"' .. SSRF .. '"}]}'
        local m = waf.inspect("/x", { host = "localhost" }, body, "application/json", OPTS)
        assert.is_true(has(m, 131200))
        local where
        for _, r in ipairs(m) do
            if r.id == 131200 then
                where = m[r]
            end
        end
        assert.same({ n = 1, "ARGS:json.a.array_0.b" }, where)
        local args = crs_args(body)
        assert.equals(SSRF, args["json.a.array_0.b"])
    end)
end)
