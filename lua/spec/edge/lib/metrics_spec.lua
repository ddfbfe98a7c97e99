local fake_ngx = require "fake_ngx"

describe("metrics", function()
    local metrics

    before_each(function()
        fake_ngx.install({ dicts = { "edge_metrics" } })
        package.loaded["edge.lib.metrics"] = nil
        metrics = require "edge.lib.metrics"
    end)

    it("counts per label set and renders Prometheus text", function()
        metrics.inc("edge_requests_total", { { "route", "api" }, { "status", 200 } })
        metrics.inc("edge_requests_total", { { "route", "api" }, { "status", 200 } })
        metrics.inc("edge_requests_total", { { "route", "api" }, { "status", 429 } })
        local text = metrics.render()
        assert.matches('edge_requests_total{route="api",status="200"} 2', text, 1, true)
        assert.matches('edge_requests_total{route="api",status="429"} 1', text, 1, true)
        assert.matches("# TYPE edge_requests_total counter", text, 1, true)
    end)

    it("escapes label values so a hostile route name cannot break the format", function()
        local s = metrics.series("m", { { "k", 'a"b\\c\nd' } })
        assert.equals('m{k="a\\"b\\\\c\\nd"}', s)
    end)

    it("renders histogram buckets cumulatively with sum and count", function()
        local labels = { { "route", "api" } }
        metrics.observe("edge_request_duration_seconds", labels, 0.003)
        metrics.observe("edge_request_duration_seconds", labels, 0.2)
        metrics.observe("edge_request_duration_seconds", labels, 99)
        local text = metrics.render()
        assert.matches('edge_request_duration_seconds_bucket{route="api",le="0.005"} 1', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="api",le="0.25"} 2', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="api",le="10"} 2', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="api",le="+Inf"} 3', text, 1, true)
        assert.matches('edge_request_duration_seconds_count{route="api"} 3', text, 1, true)
    end)

    it("puts a value equal to a bound in that bucket (le is <=) and one past the last in +Inf", function()
        local labels = { { "route", "edge" } }
        for _, v in ipairs({ 0.1, 0.10000001, 10, 10.5 }) do
            metrics.observe("edge_request_duration_seconds", labels, v)
        end
        local text = metrics.render()
        assert.matches('edge_request_duration_seconds_bucket{route="edge",le="0.05"} 0', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="edge",le="0.1"} 1', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="edge",le="0.25"} 2', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="edge",le="10"} 3', text, 1, true)
        assert.matches('edge_request_duration_seconds_bucket{route="edge",le="+Inf"} 4', text, 1, true)
    end)
end)
