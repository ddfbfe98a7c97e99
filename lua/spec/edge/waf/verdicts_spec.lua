local fake_ngx = require "fake_ngx"

-- The WAF's verdict memo (keys, recall) and the CRS run and reports it is built from.
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
        view = { inspect = function(_, req)
            calls[#calls + 1] = req
            return verdict_of(req)
        end }
    end)

    local HEADERS = { host = "localhost", ["user-agent"] = "curl/8" }

    local function key(headers, method, body, cut, view)
        return verdicts.key(view or "1", headers, method, body, ngx.var.request_uri, 1.1, cut)
    end

    local function run(v, headers, method, body)
        return verdicts.run(v, headers, method, body, ngx.var.request_uri, 1.1)
    end

    it("runs the engine on what the request holds: nil when clean, the verdict without the TX", function()
        assert.is_nil(run(view, HEADERS, "GET", nil))
        assert.equals("HTTP/1.1", calls[1].protocol)
        assert.equals("192.0.2.10", calls[1].remote_addr)
        ngx.var.request_uri = "/api/items?q=1%20union%20select"
        local verdict = run(view, { host = "localhost", accept = { "a", "b" } }, "GET", "a=1")
        local seen = {}
        for _, h in ipairs(calls[2].headers) do
            seen[#seen + 1] = h[1] .. "=" .. h[2]
        end
        table.sort(seen)
        assert.same({ "accept=a", "accept=b", "host=localhost" }, seen)   -- a repeated header: each value
        assert.equals("a=1", calls[2].body)
        assert.is_true(verdict.blocked)
        assert.same({ 942100, 949110 }, verdict.rules)
        assert.same({ { "ARGS:q" }, { "TX:anomaly_score" } }, verdict.targets)
        assert.is_nil(verdict.tx)
    end)

    it("remembers a clean request as CLEAN and a verdict as itself, per view", function()
        local clean, attack = key(HEADERS, "GET", nil), key(HEADERS, "GET", "a=1")
        assert.is_nil(verdicts.recall(clean))
        verdicts.remember(clean, nil)
        local outcome = { action = "block" }
        verdicts.remember(attack, outcome)
        assert.equals(verdicts.CLEAN, verdicts.recall(clean))
        assert.equals(outcome, verdicts.recall(attack))
        assert.is_nil(verdicts.recall(key(HEADERS, "GET", "a=1", nil, "2")))   -- another view
    end)

    it("keys apart whatever the WAF reads differently: a header, the body, its cut, the address", function()
        local keys = { key(HEADERS, "GET", "a=1"), key({ host = "localhost", ["user-agent"] = "curl/9" }, "GET", "a=1"),
            key(HEADERS, "GET", "a=2"), key(HEADERS, "POST", "a=1"), key(HEADERS, "GET", "a=1", true),
            key({ host = "localhost", ["user-agent"] = { "curl/8", "x" } }, "GET", "a=1"),
            key(HEADERS, "GET", nil) }
        ngx.var.remote_addr = "192.0.2.11"
        keys[#keys + 1] = key(HEADERS, "GET", "a=1")
        ngx.var.request_uri = "/api/items?q=2"
        keys[#keys + 1] = key(HEADERS, "GET", "a=1")
        local seen = {}
        for i, k in ipairs(keys) do
            assert.is_nil(seen[k], "key " .. i)
            seen[k] = true
        end
        assert.equals(key(HEADERS, "GET", "a=1"), key(HEADERS, "GET", "a=1"))
    end)

    it("never keys a body over 4 KiB or a request over 8 KiB: such a request is judged every time", function()
        assert.is_nil(key(HEADERS, "POST", ("x"):rep(4097)))
        assert.is_string(key(HEADERS, "POST", ("x"):rep(4096)))
        local big = { host = "localhost", cookie = ("c"):rep(8200) }
        assert.is_nil(key(big, "GET", nil))
        big.cookie = ("c"):rep(7000)
        assert.is_string(key(big, "GET", nil))
    end)

    it("logs a verdict's first block, then a line a second counting its replays", function()
        local verdict = {}
        assert.equals(0, verdicts.replays_to_log(verdict, 100))
        assert.is_nil(verdicts.replays_to_log(verdict, 100.5))
        assert.is_nil(verdicts.replays_to_log(verdict, 100.9))
        assert.equals(2, verdicts.replays_to_log(verdict, 101))
        assert.equals(0, verdicts.replays_to_log(verdict, 102.5))
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
        assert.equals(report, verdicts.report(crs))
    end)
end)
