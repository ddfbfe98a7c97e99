-- A small rule set in crs_compile.py's format: a chain, counts, a ctl, skipAfter and the 949 evaluation.
local RULESET = {
    paranoia_level = 1,
    tx = { anomaly_score = "0", anomaly_score_pl1 = "0", inbound_anomaly_score_threshold = "5" },
    markers = { {}, { ["END-SQLI"] = 3 } },
    phases = {
        {
            { id = 920280, phase = 1, tags = { "attack-protocol" }, links = {
                { vars = { { c = "REQUEST_HEADERS", k = "host", count = true } }, op = "eq", arg = "0",
                  setvar = { { n = "anomaly_score_pl1", op = "+", v = "3" } } } } },
        },
        {
            { id = 100, phase = 2, nolog = true, skip = "END-SQLI", links = {
                { vars = { { c = "REQUEST_FILENAME" } }, op = "streq", arg = "/skip" } } },
            { id = 942100, phase = 2, tags = { "attack-sqli" }, links = {
                { vars = { { c = "ARGS" } }, excl = { { c = "ARGS", k = "safe" } }, op = "detectSQLi", arg = "",
                  t = { "urlDecodeUni" }, setvar = { { n = "anomaly_score_pl1", op = "+", v = "5" } } } } },
            { id = 932100, phase = 2, tags = { "attack-rce" }, links = {
                { vars = { { c = "ARGS" } }, op = "rx", arg = "(;|&&)\\s*(cat|id)\\b", capture = true },
                { vars = { { c = "TX", k = "2" } }, op = "streq", arg = "cat",
                  setvar = { { n = "anomaly_score_pl1", op = "+", v = "5" } } } } },
            { id = 949060, phase = 2, nolog = true, links = {
                { vars = {}, op = "unconditionalMatch", arg = "",
                  setvar = { { n = "anomaly_score", op = "+", v = "%{tx.anomaly_score_pl1}", dyn = true } } } } },
            { id = 949110, phase = 2, deny = true, tags = { "attack-generic" }, links = {
                { vars = { { c = "TX", k = "anomaly_score" } }, op = "ge", arg = "5" } } },
        },
    },
}

describe("edge.waf.crs.engine", function()
    local engine = require "edge.waf.crs.engine"
    local eng = engine.new(RULESET)
    local function req(uri, extra)
        local r = { method = "GET", uri = uri, headers = { { "Host", "localhost" } } }
        for k, v in pairs(extra or {}) do r[k] = v end
        return r
    end

    it("scores a match and blocks through the 949 evaluation", function()
        local r = eng:view():inspect(req("/a?q=1'%20or%20'1'='1"))
        assert.is_true(r.blocked)
        assert.same({ 942100, 949110 }, r.rules)
        assert.equals(5, r.score)
    end)

    it("passes clean requests, and memoised verdicts do not change the answer", function()
        local v = eng:view()
        for _ = 1, 3 do
            local r = v:inspect(req("/a?q=hello"))
            assert.is_false(r.blocked)
            assert.same({}, r.rules)
        end
        assert.is_true(v:inspect(req("/a?q=1'%20or%20'1'='1")).blocked)
    end)

    it("runs chains on captures (TX:2) and counts (&REQUEST_HEADERS:Host)", function()
        assert.same({ 932100, 949110 }, eng:view():inspect(req("/a?c=x;cat%20f")).rules)
        assert.same({}, eng:view():inspect(req("/a?c=x;ls%20f")).rules)
        local r = eng:view():inspect({ method = "GET", uri = "/", headers = {} })
        assert.same({ 920280 }, r.rules)
        assert.is_false(r.blocked)    -- 3 < 5
    end)

    it("honours variable exclusions in the rule and skipAfter markers", function()
        assert.is_false(eng:view():inspect(req("/a?safe=1'%20or%20'1'='1")).blocked)
        assert.is_false(eng:view():inspect(req("/skip?q=1'%20or%20'1'='1")).blocked)
    end)

    it("applies a view's exclusions by id, tag and target (JSON paths too)", function()
        local sqli = req("/a?text=1'%20or%20'1'='1")
        assert.is_false(eng:view({ { id = 942100 } }):inspect(sqli).blocked)
        assert.is_false(eng:view({ { tag = "attack-sqli" } }):inspect(sqli).blocked)
        assert.is_false(eng:view({ { id = 942100, target = "ARGS:text" } }):inspect(sqli).blocked)
        assert.is_true(eng:view({ { id = 942100, target = "ARGS:other" } }):inspect(sqli).blocked)
        local json = { method = "POST", uri = "/e", headers = { { "Host", "x" }, { "Content-Type", "application/json" } },
            body = '{"event":{"text":"1\' or \'1\'=\'1"},"type":"1\' or \'1\'=\'1"}' }
        local chat = eng:view({ { tag = "attack-sqli", target = "json.event.text" } })
        assert.is_true(chat:inspect(json).blocked)   -- the envelope (json.type) keeps the rule
        json.body = '{"event":{"text":"1\' or \'1\'=\'1"},"type":"event_callback"}'
        assert.is_false(chat:inspect(json).blocked)
        assert.is_true(eng:view():inspect(json).blocked)
    end)
    it("shares transformation steps between chains only where their inputs agree", function()
        local function rule(id, t)
            return { id = id, phase = 2, links = { { vars = { { c = "ARGS" } }, op = "rx", arg = "<script", t = t } } }
        end
        local eng2 = engine.new({ paranoia_level = 1, tx = {}, markers = { {}, {} }, phases = { {}, {
            rule(1, { "utf8toUnicode", "urlDecodeUni" }), rule(2, { "urlDecodeUni" }),
            rule(3, { "utf8toUnicode", "urlDecodeUni", "lowercase" }) } } })
        -- ASCII: utf8toUnicode changes nothing, so all three chains decode the same input
        assert.same({ 1, 2, 3 }, eng2:view():inspect(req("/a?q=%253cscript")).rules)
        assert.same({ 3 }, eng2:view():inspect(req("/a?q=%253cSCRIPT")).rules)
        -- fullwidth '<': only the chains through utf8toUnicode see "<script"; urlDecodeUni of the raw
        -- bytes (rule 2) is a different input and must not reuse their step
        local v = eng2:view()
        local fullwidth = "/a?q=%EF%BC%9Cscript"
        assert.same({ 1, 3 }, v:inspect(req(fullwidth)).rules)
        assert.same({ 1, 2, 3 }, v:inspect(req(fullwidth .. "&r=%253cscript")).rules)
    end)
    it("runs a rule above the ruleset's level only in a view at that level, which sums its score", function()
        local pl2 = engine.new({
            paranoia_level = 1, executing_paranoia_level = 1,
            tx = { anomaly_score = "0", anomaly_score_pl1 = "0", anomaly_score_pl2 = "0", paranoia_level = "1" },
            markers = { {}, {} },
            phases = { {}, {
                { id = 942110, phase = 2, pl = 2, tags = { "attack-sqli" }, links = {
                    { vars = { { c = "ARGS" } }, op = "rx", arg = "^'$",
                      setvar = { { n = "anomaly_score_pl2", op = "+", v = "5" } } } } },
                { id = 949061, phase = 2, nolog = true, links = {
                    { vars = { { c = "TX", k = "paranoia_level" } }, op = "ge", arg = "2",
                      setvar = { { n = "anomaly_score", op = "+", v = "%{tx.anomaly_score_pl2}", dyn = true } } } } },
                { id = 949110, phase = 2, deny = true, tags = { "attack-generic" }, links = {
                    { vars = { { c = "TX", k = "anomaly_score" } }, op = "ge", arg = "5" } } },
            } },
        })
        assert.same({}, pl2:view():inspect(req("/a?q=%27")).rules)
        local strict = pl2:view(nil, 2):inspect(req("/a?q=%27"))
        assert.same({ 942110, 949110 }, strict.rules)
        assert.is_true(strict.blocked)
    end)
end)
