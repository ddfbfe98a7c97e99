local fake_ngx = require "fake_ngx"
local matches = require "waf_matches"
local ids, has, OPTS = matches.ids, matches.has, matches.OPTS

-- route exclusions applied to our own rules, over real inspections (PCRE2, as in nginx)
describe("edge.waf.exclusions on our own rules", function()
    local waf, excl
    local SSRF = "http://localhost:8080/admin"

    local function inspect(uri, headers, body, ct)
        headers = headers or {}
        headers.host = "localhost"
        return waf.inspect(uri, headers, body, ct, OPTS)
    end

    setup(function()
        fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.req = {}
        package.loaded["edge.waf.scan"] = nil
        package.loaded["edge.waf.headers"] = nil
        package.loaded["edge.waf.inspect"] = nil
        waf = require "edge.waf.inspect"
        excl = require "edge.waf.exclusions"
    end)

    it("records where each rule matched, CRS-style", function()
        local m = inspect("/x?redirect_uri=" .. SSRF .. "&b=1", { cookie = "s=' or 1=1 --" })
        assert.is_true(has(m, 131200))
        local seen = 0
        for _, r in ipairs(m) do
            if r.id == 131200 then
                assert.same({ n = 1, "ARGS:redirect_uri" }, m[r])
            else
                assert.equals("sqli", r.category)
                assert.same({ n = 1, "REQUEST_COOKIES:s" }, m[r])
            end
            seen = seen + 1
        end
        assert.is_true(seen >= 2)
    end)

    it("names JSON strings the way ModSecurity's JSON processor does", function()
        local m = inspect("/x", nil, '{"a":{"next":"' .. SSRF .. '"},"list":["ok","' .. SSRF .. '"]}',
            "application/json")
        local where = m[m[1]]
        table.sort(where)
        assert.same({ "ARGS:json.a.next", "ARGS:json.list.array_1" }, { where[1], where[2] })
    end)

    it("drops a rule excluded on the one target where it matched, and only there", function()
        local ex = excl.compile({ { id = 131200, target = "ARGS:redirect_uri" } })
        assert.same({}, ids(excl.filter(inspect("/x?redirect_uri=" .. SSRF), ex)))
        assert.same({ 131200 }, ids(excl.filter(inspect("/x?next=" .. SSRF), ex)))
        -- found in both: the other place still counts
        assert.same({ 131200 }, ids(excl.filter(inspect("/x?redirect_uri=" .. SSRF .. "&next=" .. SSRF), ex)))
        -- the same value in a cookie is another collection
        assert.same({ 131200 }, ids(excl.filter(inspect("/x", { cookie = "redirect_uri=" .. SSRF }), ex)))
    end)

    it("reads ids, key regexes, case-insensitive keys, JSON paths and tags", function()
        local by_ids = excl.compile({ { ids = { 1, 131200 }, target = "ARGS:/^redir/" } })
        assert.is_nil(excl.filter(inspect("/x?Redirect_URI=" .. SSRF), by_ids))
        local json = excl.compile({ { id = 131200, target = "ARGS:json.a.next" } })
        assert.is_nil(excl.filter(inspect("/x", nil, '{"a":{"next":"' .. SSRF .. '"}}', "application/json"), json))
        assert.same({ 131200 }, ids(excl.filter(
            inspect("/x", nil, '{"b":{"next":"' .. SSRF .. '"}}', "application/json"), json)))
        local tag = excl.compile({ { tag = "attack-sqli", target = "REQUEST_COOKIES:s" } })
        local m = inspect("/x", { cookie = "s=' or 1=1 --" })
        assert.is_true(#m > 0)
        assert.is_nil(excl.filter(m, tag))
        -- whole-rule: gone wherever it matched
        local whole = excl.compile({ { id = 131200 } })
        assert.is_nil(excl.filter(inspect("/x?a=" .. SSRF .. "&b=" .. SSRF), whole))
    end)

    it("is nil (no filtering) when no exclusion names our rules, such as CRS ids", function()
        assert.is_nil(excl.compile({ { id = 942100 }, { ids = { 932100, 941100 }, target = "ARGS:q" },
            { tag = "language-php" } }))
        assert.is_nil(excl.compile({}))
    end)

    it("never changes a cached result: the next request with the same URI is still flagged", function()
        local ex = excl.compile({ { id = 131200, target = "ARGS:u" } })
        local uri = "/cached?u=" .. SSRF
        local first = inspect(uri)
        assert.is_nil(excl.filter(first, ex))
        local again = inspect(uri)
        assert.same({ 131200 }, ids(again))
        assert.same({ n = 1, "ARGS:u" }, again[again[1]])
        -- a place noted by a later pass goes to this request's list, not the cached one
        local m = inspect(uri, { referer = "x" }, "u=" .. SSRF .. "&v=" .. SSRF, "application/x-www-form-urlencoded")
        assert.equals(2, m[m[1]].n)
        assert.same({ n = 1, "ARGS:u" }, inspect(uri)[inspect(uri)[1]])
    end)

    it("keeps a rule found somewhere unnamed", function()
        local ex = excl.compile({ { id = 131200, target = "ARGS:u" } })
        local m = inspect("/x?u=" .. SSRF)
        m[m[1]].anon = true
        assert.same({ 131200 }, ids(excl.filter(m, ex)))
    end)
end)
