local fake_ngx = require "fake_ngx"

describe("limit_store_local", function()
    local ngx, store, gcra

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_limits", "edge_metrics" } })
        ngx.update_time = function() end
        ngx.sleep = function(s) ngx.clock.now = ngx.clock.now + s end
        package.loaded["edge.limit.store_local"] = nil
        package.loaded["edge.limit.gcra"] = nil
        gcra = require "edge.limit.gcra"
        store = require("edge.limit.store_local").new("edge_limits")
    end)

    it("decides all keys together and stores their state with an expiry", function()
        local limits = { gcra.limit({ quota = 10, window = 1 }, 1), gcra.limit({ quota = 10, window = 1 }, 5) }
        local keys = { "r|a|1.2.3.4", "r|b|1.2.3.4" }
        assert.is_true(store:evaluate("r", keys, limits, 100).allowed)
        assert.is_true(store:evaluate("r", keys, limits, 100).allowed)
        local d = store:evaluate("r", keys, limits, 100)
        assert.is_false(d.allowed)
        assert.equals(1, d.rejected_by)
        -- the second key was charged twice, not three times
        assert.near(100.2, ngx.shared.edge_limits:get(keys[2]), 1e-9)
    end)

    it("never leaves its lock behind", function()
        local limits = { gcra.limit({ quota = 1, window = 1 }, 0) }
        store:evaluate("r", { "r|x|k" }, limits, 1)
        store:evaluate("r", { "r|x|k" }, limits, 1)
        assert.is_nil(ngx.shared.edge_limits:get("lock:r"))
    end)

    it("waits for a lock held by another worker, and decides degraded if its holder died", function()
        local dict = ngx.shared.edge_limits
        dict:add("lock:r", true)     -- a worker killed inside the critical section (never expires here)
        local slept = 0
        ngx.sleep = function(s) slept = slept + s end
        package.loaded["edge.limit.store_local"] = nil
        store = require("edge.limit.store_local").new("edge_limits")
        local d = store:evaluate("r", { "r|x|k" }, { gcra.limit({ quota = 1, window = 1 }, 0) }, 1)
        assert.is_true(d.allowed)
        assert.is_true(d.degraded)
        assert.is_true(slept > 0)
    end)

    it("keys of different routes are different counters", function()
        local limits = { gcra.limit({ quota = 1, window = 1 }, 0) }
        assert.is_true(store:evaluate("a", { "a|ip|1.1.1.1" }, limits, 5).allowed)
        assert.is_true(store:evaluate("b", { "b|ip|1.1.1.1" }, limits, 5).allowed)
        assert.is_false(store:evaluate("a", { "a|ip|1.1.1.1" }, limits, 5).allowed)
    end)
end)
