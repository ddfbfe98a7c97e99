local fake_ngx = require "fake_ngx"

-- The CRS verdict memo: a request the engine already judged is answered with the same verdict.
describe("edge.waf.verdicts", function()
    local verdicts, metrics, view, calls, verdict_of

    local SQLI = { id = 942100, tags = { "attack-sqli", "language-multi", "paranoia-level/1" } }
    local SCORE = { id = 949110, tags = { "attack-generic" } }

    before_each(function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.var = { request_uri = "/api/items?q=1", remote_addr = "192.0.2.10" }
        ngx.req = { http_version = function() return 1.1 end }
        for _, m in ipairs({ "edge.waf.verdicts", "edge.lib.metrics" }) do
            package.loaded[m] = nil
        end
        verdicts = require "edge.waf.verdicts"
        metrics = require "edge.lib.metrics"
        calls = {}
        -- an engine view that flags any request whose URI holds "union", and records what it read
        verdict_of = function(req)
            if req.uri:find("union", 1, true) then
                return { blocked = true, score = 10, rules = { 942100, 949110 }, matched = { SQLI, SCORE },
                    targets = { { "ARGS:q" }, { "TX:anomaly_score" } }, tx = {} }
            end
            return { blocked = false, score = 0, rules = {}, matched = {}, targets = {}, tx = {} }
        end
        view = verdicts.attach({ inspect = function(_, req)
            calls[#calls + 1] = req
            return verdict_of(req)
        end })
    end)

    local HEADERS = { host = "localhost", ["user-agent"] = "curl/8" }

    local function run(v, headers, method, body)
        return verdicts.run(v, headers, method, body, ngx.var.request_uri, 1.1)
    end

    it("runs the engine once for a clean request and its replays", function()
        assert.is_nil(run(view, HEADERS, "GET", nil))
        assert.is_nil(run(view, HEADERS, "GET", nil))
        assert.equals(1, #calls)
        assert.equals("HTTP/1.1", calls[1].protocol)
        assert.equals("192.0.2.10", calls[1].remote_addr)
    end)

    it("answers a replayed attack with the engine's verdict, without running the engine again", function()
        ngx.var.request_uri = "/api/items?q=1%20union%20select"
        local first = run(view, HEADERS, "GET", "a=1")
        local again = run(view, HEADERS, "GET", "a=1")
        assert.equals(1, #calls)
        assert.is_true(again.blocked)
        assert.same({ 942100, 949110 }, again.rules)
        assert.same({ { "ARGS:q" }, { "TX:anomaly_score" } }, again.targets)
        assert.equals(first, again)
        assert.is_nil(again.tx)   -- the memo keeps the verdict, not the request's TX
    end)

    it("judges again whatever the engine reads differently: a header, the body, the address", function()
        ngx.var.request_uri = "/api/items?q=1%20union%20select"
        run(view, HEADERS, "GET", "a=1")
        run(view, { host = "localhost", ["user-agent"] = "curl/9" }, "GET", "a=1")
        run(view, HEADERS, "GET", "a=2")
        run(view, HEADERS, "POST", "a=1")
        ngx.var.remote_addr = "192.0.2.11"
        run(view, HEADERS, "GET", "a=1")
        assert.equals(5, #calls)
    end)

    it("never keys a body over 4 KiB: such a request is judged every time", function()
        ngx.var.request_uri = "/api/items?q=1%20union%20select"
        local big = ("x"):rep(4097)
        run(view, HEADERS, "POST", big)
        assert.is_true(run(view, HEADERS, "POST", big).blocked)
        assert.equals(2, #calls)
    end)

    it("keeps one memo per view: a verdict of one view is never another's", function()
        ngx.var.request_uri = "/api/items?q=1%20union%20select"
        local other = verdicts.attach({ inspect = function(_, req)
            calls[#calls + 1] = req
            return { blocked = false, score = 0, rules = {}, matched = {}, targets = {} }
        end })
        assert.is_true(run(view, HEADERS, "GET", nil).blocked)
        assert.is_nil(run(other, HEADERS, "GET", nil))
        assert.equals(2, #calls)
    end)

    it("derives a verdict's log texts and metric keys once, naming CRS rule ids, targets and tags", function()
        ngx.var.request_uri = "/api/items?q=1%20union%20select"
        local crs = run(view, HEADERS, "GET", nil)
        local report = verdicts.report(crs)
        assert.equals("942100@ARGS:q,949110@TX:anomaly_score", report.hits)
        assert.equals("attack-sqli,language-multi,attack-generic", report.tags)
        assert.same({ metrics.series("edge_waf_rule_matches_total", { { "rule", 942100 }, { "category", "sqli" } }),
            metrics.series("edge_waf_rule_matches_total", { { "rule", 949110 }, { "category", "generic" } }) },
            report.keys)
        assert.equals(report, verdicts.report(run(view, HEADERS, "GET", nil)))
    end)
end)
