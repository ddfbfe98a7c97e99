-- The one walk over a decoded JSON document (cjson) for both WAF engines, naming each piece the way
-- ModSecurity v3's JSON body processor does: json.a.b for a value, json.a.array_0 for an array item
-- (an object in an array: json.a.array_0.b), json.empty-key for an empty key, json for a scalar body.
-- Our ruleset reads every string, keys included, and a chat line's argument (strings, then places only if
-- one matched: names cost a concatenation per piece); the CRS engine reads ModSecurity's ARGS, every
-- scalar value (args).
local cjson = require "cjson.safe"
local chat_argument = require "edge.waf.chat_argument"

local type, pairs, tostring, floor = type, pairs, tostring, math.floor
local format, find, sub, byte, gmatch, gsub = string.format, string.find, string.sub, string.byte, string.gmatch,
    string.gsub
local concat, ipairs = table.concat, ipairs
local null = cjson.null

local _M = {}

local HUGE = 2 ^ 53   -- integers beyond this are not exact as doubles: not printed with %d

-- ModSecurity's text for a non-string scalar (it keeps numbers as written; cjson gives back a double,
-- so 1.0 reads "1" here): true / false, null as "".
local function scalar_text(v, t)
    if t == "number" then
        if v == floor(v) and v < HUGE and v > -HUGE then
            return format("%d", v)
        end
        return tostring(v)
    end
    if v == null then
        return ""
    end
    return tostring(v)
end

-- One walk's state, reused (a walk never yields): n pieces so far in out (and cols, names when named).
local st = { n = 0, limit = 0, max_depth = 0, args = false, out = nil, cols = nil, names = nil }

local function add(value, col, name)
    local n = st.n + 1
    st.n = n
    st.out[n] = value
    local names = st.names
    if names then
        st.cols[n], names[n] = col, name
    end
end

-- A JSON pointer's tails after its first key ("/a/b/c" -> "b/c", "c"; ~1 and ~0 decoded), at most MAX_TAILS, for
-- one holding more than names (a ":", a quote, a space, an escape): an ordinary "/roles/-" has none
local MAX_TAILS = 8
local NONE = {}

local function pointer_tails(p)
    if byte(p, 1) ~= 47 or not find(p, "[^%w_/.~-]") then
        return NONE
    end
    local keys = {}
    for key in gmatch(p, "/([^/]*)") do
        keys[#keys + 1] = gsub(gsub(key, "~1", "/"), "~0", "~")
    end
    local out = {}
    for i = 2, #keys do
        if #out >= MAX_TAILS then
            break
        end
        out[#out + 1] = concat(keys, "/", i)
    end
    return out
end

-- path: v's name, nil when the walk does not name (no concatenation then). Returns "depth" when a
-- level past max_depth was left out, "elements" when the limit stopped the walk.
local function walk(v, path, depth)
    if depth > st.max_depth then
        return "depth"
    end
    local t = type(v)
    if t == "table" then
        local cut
        for k, x in pairs(v) do
            local child
            if type(k) == "string" then
                child = path and (path .. "." .. (k ~= "" and k or "empty-key"))
                if not st.args then
                    if st.n >= st.limit then
                        return "elements"
                    end
                    add(k, "ARGS_NAMES", child)
                    -- the rules see keys one by one: a path through constructor.prototype (prototype
                    -- pollution, like a __proto__ key) or class.module.classLoader (a Java binder's way to
                    -- the class loader) is one string only when spelled out
                    if k == "constructor" and type(x) == "table" and x.prototype ~= nil then
                        add("constructor.prototype", "ARGS_NAMES", child)
                    elseif k == "class" and type(x) == "table" then
                        local module = x.module
                        if x.classLoader ~= nil then
                            add("class.classLoader", "ARGS_NAMES", child)
                        elseif type(module) == "table" and module.classLoader ~= nil then
                            add("class.module.classLoader", "ARGS_NAMES", child)
                        end
                    end
                end
            else
                child = path and (path .. ".array_" .. (k - 1))
            end
            local why = walk(x, child, depth + 1)
            if why == "elements" then
                return why
            end
            -- a chat line (Slack's "text", wherever it nests) is read from its argument on as well: what a
            -- bot command after a lead-in hands on (edge.waf.chat_argument)
            if k == "text" and not st.args and type(x) == "string" then
                local argument = chat_argument.argument(x)
                if argument then
                    if st.n >= st.limit then
                        return "elements"
                    end
                    add(argument, "ARGS", child)
                end
            elseif (k == "path" or k == "from") and not st.args and type(x) == "string" then
                -- a JSON Patch operation's pointer (RFC 6902, 6901): the keys it names, each from its own "/" on,
                -- where the rules anchored at a value's start see one ("/prefs/http://x/c.txt?")
                for _, rest in ipairs(pointer_tails(x)) do
                    if st.n >= st.limit then
                        return "elements"
                    end
                    add(rest, "ARGS", child)
                end
            end
            cut = cut or why
        end
        return cut
    end
    if t == "string" or st.args then
        if st.n >= st.limit then
            return "elements"
        end
        add(t == "string" and v or scalar_text(v, t), "ARGS", path)
        -- a JSON document kept in a string (settings, preferences, metadata): its strings too, named under the
        -- string, for our rules (the CRS keeps ModSecurity's ARGS)
        if t == "string" and not st.args and find(v, "^%s*[{[]") then
            local inner = cjson.decode(v)
            if type(inner) == "table" then
                return walk(inner, path, depth + 1)
            end
        end
    end
    return nil
end

local function run(doc, limit, max_depth, args, named)
    local out = {}
    st.n, st.limit, st.max_depth, st.args, st.out = 0, limit or 1024, max_depth or 32, args, out
    if named then
        st.cols, st.names = {}, {}
    else
        st.cols, st.names = nil, nil
    end
    local cut = walk(doc, named and "json" or nil, 0)
    local cols, names = st.cols, st.names
    st.out, st.cols, st.names = nil, nil, nil
    return out, cut, cols, names
end

-- Our ruleset's view: every string (keys included, plus "constructor.prototype" under such a path, and a
-- chat line's argument), at most max_depth levels deep and `limit` strings. Returns strings, cut ("depth"
-- or "elements" when a bound left part of the document unwalked, else nil).
function _M.strings(doc, limit, max_depth)
    local out, cut = run(doc, limit, max_depth, false, false)
    return out, cut
end

-- Where each of strings(doc, limit, max_depth) is: cols[i], names[i] = "ARGS", "json.a.b" for a value
-- or "ARGS_NAMES", "json.a" for a key. Same walk in the same order (pairs over an unchanged table
-- repeats its order): run only for a document where a string matched a rule.
function _M.places(doc, limit, max_depth)
    local _, _, cols, names = run(doc, limit, max_depth, false, true)
    return cols, names
end

-- A small decoded document's strings (its values, and its keys with keys), at most max of them, none deeper than
-- max_depth (the document itself is at 0), without the walk's names and added views: a decoded token's JSON, a
-- header's JSON
function _M.plain_strings(doc, max, max_depth, keys)
    local out = {}
    local function collect(v, depth)
        if #out >= max or depth > max_depth then
            return
        end
        if type(v) == "string" then
            out[#out + 1] = v
        elseif type(v) == "table" then
            for k, x in pairs(v) do
                if keys and type(k) == "string" then
                    collect(k, depth)
                end
                collect(x, depth + 1)
            end
        end
    end
    collect(doc, 0)
    return out
end

-- The next string token of a JSON text from pos: its first and last bytes (the quotes); nil when there is none,
-- false when one is left unterminated
local function next_token(text, pos)
    local s = find(text, '"', pos, true)
    if not s then
        return nil
    end
    local e = s + 1
    while true do
        local q = find(text, '["\\]', e)
        if not q then
            return false
        end
        if byte(text, q) ~= 92 then
            return s, q
        end
        e = q + 2
    end
end

-- The strings a parser keeping a duplicate key's first value reads, which cjson (the last value wins, as in
-- Python) dropped: the text's string tokens that are not among walked (strings(doc)'s), nil when there are none.
-- Counted first (one pass of plain finds); cut out and decoded only when the text holds more tokens than the walk
-- read (and no more than limit).
function _M.shadowed(text, walked, limit)
    local count, pos = 0, 1
    while true do
        local s, e = next_token(text, pos)
        if s == false then
            return nil   -- unterminated: not a document cjson read
        elseif not s then
            break
        end
        count = count + 1
        if count > limit then
            return nil
        end
        pos = e + 1
    end
    if count <= #walked then
        return nil
    end
    local seen, out = {}, nil
    for i = 1, #walked do
        seen[walked[i]] = true
    end
    pos = 1
    while true do
        local s, e = next_token(text, pos)
        if not s then
            return out
        end
        local v = cjson.decode(sub(text, s, e))
        if type(v) == "string" and not seen[v] then
            seen[v] = true
            out = out or {}
            out[#out + 1] = v
        end
        pos = e + 1
    end
end

-- ModSecurity's ARGS from a JSON body: names[i], values[i] for every scalar value (numbers, true/false
-- and null as text), keys only within the names. Returns names, values, cut.
function _M.args(doc, limit, max_depth)
    local values, cut, _, names = run(doc, limit, max_depth, true, true)
    return names, values, cut
end

return _M
