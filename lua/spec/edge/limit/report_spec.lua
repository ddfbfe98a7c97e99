local fake_ngx = require "fake_ngx"

describe("edge.limit.report", function()
    it("builds one decision series per route, limit and decision, and counts into it", function()
        fake_ngx.install({ dicts = { "edge_metrics" } })
        package.loaded["edge.lib.metrics"] = nil
        package.loaded["edge.limit.report"] = nil
        local metrics = require "edge.lib.metrics"
        local report = require "edge.limit.report"
        local key = report.decision_key("api", "per_ip", "rejected")
        assert.equals(key, report.decision_key("api", "per_ip", "rejected"))
        assert.are_not.equal(key, report.decision_key("api", "per_ip", "allowed"))
        assert.equals(metrics.series("edge_limit_decisions_total",
            { { "route", "api" }, { "limit", "per_ip" }, { "decision", "rejected" } }), key)
        assert.equals(metrics.inc_key, report.count)
    end)
end)
