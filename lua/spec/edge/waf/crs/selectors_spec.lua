describe("edge.waf.crs.selectors", function()
    local selectors = require "edge.waf.crs.selectors"
    local collections = require "edge.waf.crs.collections"

    local function state(uri, headers, tx)
        local req = { method = "GET", uri = uri, headers = headers or { { "Host", "localhost" } } }
        return { cols = collections.build(req), tx = tx or {}, tx_defaults = {} }
    end

    local function values(sel, st, prev)
        local out = { names = {}, vals = {}, lkeys = {} }
        local n = selectors.each_value(sel, st, prev, out, 0)
        local got = {}
        for i = 1, n do
            local name = out.names[i]
            if type(name) == "table" then   -- a collection element: the collection and its index
                name = name.name .. ":" .. name.keys[out.lkeys[i]]
            end
            got[i] = name .. "=" .. out.vals[i]
        end
        return got
    end

    it("parses configured targets: a key, a /regex/ on keys, or a bare JSON path as ARGS", function()
        local t = selectors.parse_target("ARGS:Text")
        assert.same({ "ARGS", "text" }, { t.c, t.k })
        local re = selectors.parse_target("REQUEST_COOKIES:/^sess/")
        assert.is_nil(re.k)
        assert.truthy(selectors.matches(re, "REQUEST_COOKIES", "session"))
        assert.falsy(selectors.matches(re, "REQUEST_COOKIES", "other"))
        assert.falsy(selectors.matches(re, "ARGS", "session"))
        local json = selectors.parse_target("json.event.text")
        assert.same({ "ARGS", "json.event.text" }, { json.c, json.k })
        assert.is_true(selectors.matches(selectors.parse_target("ARGS"), "ARGS", "anything"))
    end)

    it("reads a quoted cookie value without its quotes, as applications do (RFC 6265)", function()
        local st = state("/", { { "Cookie", 'recent="select committee"; q="; id=7; e=""' } })
        assert.same({ "REQUEST_COOKIES:recent=select committee", "REQUEST_COOKIES:q=\"", "REQUEST_COOKIES:id=7",
            "REQUEST_COOKIES:e=" }, values(selectors.compile({ c = "REQUEST_COOKIES" }), st))
    end)

    it("reads a cookie holding a JSON document value by value, and whole when it is no document", function()
        local st = state("/", { { "Cookie",
            "prefs=%7B%22tz%22%3A%20%22Etc/GMT-2%22%2C%20%22n%22%3A%202%7D; cart=[\"a'b\"]; e={}; x={\"a\":" } })
        local got = values(selectors.compile({ c = "REQUEST_COOKIES" }), st)
        table.sort(got)   -- (a document's keys come in the table's order)
        assert.same({ "REQUEST_COOKIES:cart=a'b", "REQUEST_COOKIES:e={}", "REQUEST_COOKIES:prefs=2",
            "REQUEST_COOKIES:prefs=Etc/GMT-2", "REQUEST_COOKIES:x={\"a\":" }, got)
    end)

    it("excludes (collection, key) pairs a list names, and nothing with no list", function()
        local list = { selectors.compile({ c = "ARGS", k = "Safe" }) }
        assert.is_true(selectors.any_matches(list, "ARGS", "safe"))
        assert.is_false(selectors.any_matches(list, "ARGS", "q"))
        assert.is_false(selectors.any_matches(nil, "ARGS", "safe"))
    end)

    it("resolves a selector to a request's values, keys and counts", function()
        local st = state("/a?q=1&r=2&q=3", { { "Host", "x" }, { "X-A", "1" } })
        assert.same({ "ARGS:q=1", "ARGS:r=2", "ARGS:q=3" }, values({ c = "ARGS" }, st))
        assert.same({ "ARGS:q=1", "ARGS:q=3" }, values(selectors.compile({ c = "ARGS", k = "q" }), st))
        assert.same({ "&ARGS=2" }, values({ c = "ARGS", k = "q", count = true }, st))
        assert.same({ "&REQUEST_HEADERS=2" }, values({ c = "REQUEST_HEADERS", count = true }, st))
        assert.same({ "FILES=0" }, values({ c = "FILES", count = true }, st))
        assert.same({}, values({ c = "FILES" }, st))
    end)

    it("reads TX through to the defaults the request did not shadow, and MATCHED_VAR(S)", function()
        local st = state("/")
        st.tx.a = "1"
        st.tx_defaults = { a = "0", b = "2" }
        local got = values({ c = "TX" }, st)
        table.sort(got)
        assert.same({ "TX:a=1", "TX:b=2" }, got)
        assert.same({ "TX=2" }, values({ c = "TX", count = true }, st))
        local prev = { { name = "ARGS:q", value = "x" }, { name = "ARGS:r", value = "y" } }
        assert.same({ "MATCHED_VAR=y" }, values({ c = "MATCHED_VAR" }, st, prev))
        assert.same({ "MATCHED_VARS_NAMES=ARGS:q", "MATCHED_VARS_NAMES=ARGS:r" },
            values({ c = "MATCHED_VARS_NAMES" }, st, prev))
    end)

    it("tells whether a ctl removed a target from a rule", function()
        local rule = {}
        local st = { rm_targets = { [rule] = { selectors.compile({ c = "ARGS", k = "q" }) } } }
        assert.is_true(selectors.target_removed(st, rule, "ARGS:Q"))
        assert.is_false(selectors.target_removed(st, rule, "ARGS:r"))
        assert.is_false(selectors.target_removed(st, {}, "ARGS:q"))
    end)
end)
