local fake_ngx = require "fake_ngx"

-- What a WAF decision leaves: built once per distinct request, applied to each of its replays.
describe("edge.waf.outcome", function()
    local outcome, rejected, lines

    local OWN = { id = 142100, score = 5, category = "sqli" }
    local SQLI = { id = 942100, tags = { "attack-sqli" } }
    local SCORE = { id = 949110, tags = { "attack-generic" } }
    local CRS = { blocked = true, score = 10, rules = { 949110, 942100 }, matched = { SCORE, SQLI },
        targets = { { "TX:anomaly_score" }, { "ARGS:q" } } }

    before_each(function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.var = { edge_decisions = "", edge_request_id = "r1", remote_addr = "192.0.2.10" }
        lines = {}
        ngx.log = function(_, ...) lines[#lines + 1] = table.concat({ ... }) end
        rejected = nil
        package.loaded["edge.lib.errors"] = { reject = function(status, code, _, _, extra)
            rejected = { status = status, code = code, extra = extra }
        end }
        for _, m in ipairs({ "edge.waf.outcome", "edge.waf.verdicts", "edge.lib.metrics", "edge.lib.decisions" }) do
            package.loaded[m] = nil
        end
        outcome = require "edge.waf.outcome"
    end)

    local function judge(over)
        local conf = { mode = "block", threshold = 5, crs_mode = "block" }
        for k, v in pairs(over or {}) do
            conf[k] = v
        end
        return outcome.judge("api", conf)
    end

    it("leaves nothing below the threshold with no CRS verdict", function()
        assert.is_nil(outcome.build(judge({ threshold = 10 }), 5, { 142100 }, { OWN }, nil))
    end)

    it("blocks with our ids and the CRS's, sorted, and the same body table for every replay", function()
        local j = judge()
        local o = outcome.build(j, 5, { 142100 }, { OWN }, CRS)
        assert.equals("block", o.action)
        assert.equals(10, o.score)                    -- the higher of the two scores
        assert.same({ 142100, 942100, 949110 }, o.extra.rules)
        for _ = 1, 2 do
            ngx.var.edge_decisions = ""
            outcome.apply(j, o)
            assert.equals(403, rejected.status)
            assert.equals(o.extra, rejected.extra)
            assert.equals("waf=block:142100,942100,949110;crs=block:949110@TX:anomaly_score,942100@ARGS:q",
                ngx.var.edge_decisions)
        end
        assert.equals(1, #lines)                     -- the replay within a second: counted, not logged
        local rendered = require("edge.lib.metrics").render()
        assert.truthy(rendered:find('edge_waf_requests_total{route="api",action="block"} 2', 1, true))
    end)

    it("in detect mode logs what it would block and lets the request on", function()
        local o = outcome.build(judge({ mode = "detect" }), 5, { 142100 }, { OWN }, nil)
        outcome.apply(judge({ mode = "detect" }), o)
        assert.is_nil(rejected)
        assert.is_nil(o.extra)
        assert.equals("waf=detect:142100", ngx.var.edge_decisions)
    end)

    it("with the CRS in detect mode logs its verdict beside ours, which alone decides", function()
        local j = judge({ crs_mode = "detect" })
        local o = outcome.build(j, 0, {}, {}, CRS)
        assert.is_nil(o.action)
        outcome.apply(j, o)
        assert.is_nil(rejected)
        assert.equals("crs=detect:949110@TX:anomaly_score,942100@ARGS:q", ngx.var.edge_decisions)
        assert.truthy(lines[1]:find("waf crs_detect: route=api score=10", 1, true))
    end)
end)
