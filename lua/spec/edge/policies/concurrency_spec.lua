local fake_ngx = require "fake_ngx"

describe("concurrency", function()
    local ngx, concurrency, slots_local, dict, exits

    local function policy(conf)
        -- as gateway/policies/concurrency.py resolves it: queue and retry_after always present
        conf.queue = conf.queue or { max = 0, timeout_ms = 0 }
        conf.retry_after = conf.retry_after or 1
        return concurrency.new(conf, "r", { limits = { allowlist = { ip = {}, client_id = {} } } })
    end

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_inflight", "edge_metrics" } })
        ngx.var = { remote_addr = "10.0.0.1", edge_limit_slots = "", edge_decisions = "" }
        ngx.worker = { pid = function() return 4242 end }
        ngx.socket = { tcp = function() end }
        ngx.re = { find = function() return 1 end }
        exits = {}
        ngx.say = function() end
        ngx.exit = function(status) exits[#exits + 1] = status return status end
        ngx.sleep = function(s)
            ngx.clock.now = ngx.clock.now + s
            if ngx.on_sleep then
                ngx.on_sleep()
            end
        end
        for _, m in ipairs({ "edge.policies.concurrency", "edge.limit.slots_local", "edge.limit.keys", "edge.limit.report", "edge.lib.errors",
            "edge.lib.request_context", "edge.lib.metrics" }) do
            package.loaded[m] = nil
        end
        concurrency = require "edge.policies.concurrency"
        slots_local = require "edge.limit.slots_local"
        dict = ngx.shared.edge_inflight
    end)

    it("admits up to max in flight, then rejects with 503 and Retry-After", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 2 } } })
        p:access({})
        local first = ngx.var.edge_limit_slots
        ngx.var.edge_limit_slots = ""
        p:access({})
        ngx.var.edge_limit_slots = ""
        p:access({})
        assert.same({ 503 }, exits)
        assert.equals("1", ngx.header["Retry-After"])
        assert.equals(2, dict:get("c|r|ip|10.0.0.1"))
        assert.equals("c|r|ip|10.0.0.1", first)
    end)

    it("publishes its slots as concurrent-requests RateLimit items, 0 left on a rejection", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 2 } } })
        p:access({})
        assert.equals('"ip_inflight";q=2;qu="concurrent-requests"', ngx.var.edge_ratelimit_policy)
        assert.equals('"ip_inflight";r=1', ngx.var.edge_ratelimit)
        ngx.var.edge_limit_slots = ""
        p:access({})
        assert.equals('"ip_inflight";r=0', ngx.var.edge_ratelimit)
        ngx.var.edge_limit_slots = ""
        p:access({})
        assert.same({ 503 }, exits)
        assert.equals('"ip_inflight";r=0', ngx.var.edge_ratelimit)
        local two = policy({ limits = { { name = "ip", key = "ip", max = 10 }, { name = "route", key = "route", max = 3 } } })
        ngx.var.edge_limit_slots = ""
        two:access({})
        assert.equals('"ip_inflight";q=10;qu="concurrent-requests", "route_inflight";q=3;qu="concurrent-requests"',
            ngx.var.edge_ratelimit_policy)
        assert.equals('"ip_inflight";r=7, "route_inflight";r=2', ngx.var.edge_ratelimit)   -- ip has 2 from before
    end)

    -- store: redis: the lease module (its own spec: lua/spec/edge/limit/lease_redis_spec.lua) decides;
    -- the policy publishes its counts, rejects, carries the lease ids to the log phase, or falls back.
    it("takes a Redis lease cluster-wide, releases it in the log phase, falls back to local slots", function()
        local answers, released, made = {}, {}, {}
        package.loaded["edge.limit.lease_redis"] = {
            new = function(redis_conf, route, ttl)
                made[#made + 1] = { redis_conf.prefix, redis_conf.password, route, ttl }
                return { acquire = function() return unpack(table.remove(answers, 1)) end }
            end,
            release = function(ids) released[#released + 1] = ids end,
        }
        package.loaded["edge.policies.concurrency"] = nil
        concurrency = require "edge.policies.concurrency"
        package.loaded["edge.limit.lease_redis"] = nil
        local p = concurrency.new({ store = "redis", lease_ttl = 7, queue = { max = 0, timeout_ms = 0 }, retry_after = 1,
            limits = { { name = "shared", key = "route", max = 30 } } }, "r",
            { secrets_dir = "/nonexistent", limits = { allowlist = { ip = {}, client_id = {} },
                redis = { prefix = "edge:rl:", password = "pw" } } })
        assert.same({ { "edge:rl:", "pw", "r", 7 } }, made)
        answers = { { 0, { 12 }, "4242-ab-1" }, { 1, { 30 } }, { nil } }
        p:access({})
        assert.equals('"shared_inflight";q=30;qu="concurrent-requests"', ngx.var.edge_ratelimit_policy)
        assert.equals('"shared_inflight";r=18', ngx.var.edge_ratelimit)
        assert.equals("4242-ab-1", ngx.var.edge_limit_leases)
        assert.equals("", ngx.var.edge_limit_slots)    -- no local slot taken
        p:log({})
        p:log({})
        assert.same({ "4242-ab-1" }, released)           -- once
        p:access({})
        assert.same({ 503 }, exits)
        assert.equals('"shared_inflight";r=0', ngx.var.edge_ratelimit)
        p:access({})                                     -- Redis cannot answer: this node's slot
        assert.same({ 503 }, exits)
        assert.equals("c|r|shared|*", ngx.var.edge_limit_slots)
        assert.equals(1, dict:get("c|r|shared|*"))
        p:log({})
        assert.equals(0, dict:get("c|r|shared|*"))
    end)

    it("releases a slot exactly once however often the log phase is reached", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 5 } } })
        p:access({})
        p:log({})
        p:log({})
        assert.equals(0, dict:get("c|r|ip|10.0.0.1"))
        assert.equals(0, dict:get("w|4242|c|r|ip|10.0.0.1"))
    end)

    it("takes a slot on every key or on none", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 10 }, { name = "route", key = "route", max = 1 } } })
        p:access({})
        ngx.var.edge_limit_slots = ""   -- a second request, first still in flight
        p:access({})
        assert.same({ 503 }, exits)
        assert.equals(1, dict:get("c|r|ip|10.0.0.1"))   -- the rejected request holds nothing
        assert.equals(1, dict:get("c|r|route|*"))
    end)

    it("queues for a free slot within the bounded wait", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 1 } }, queue = { max = 1, timeout_ms = 50 } })
        p:access({})
        local held = ngx.var.edge_limit_slots
        ngx.var.edge_limit_slots = ""
        local released = false
        ngx.on_sleep = function()
            if not released then   -- the first request finishes while the second waits
                released = true
                local mine = ngx.var.edge_limit_slots
                ngx.var.edge_limit_slots = held
                slots_local.release(dict)
                ngx.var.edge_limit_slots = mine
            end
        end
        p:access({})
        assert.same({}, exits)
        assert.equals(1, dict:get("c|r|ip|10.0.0.1"))
        assert.equals(0, dict:get("q|r"))
    end)

    it("names the limit that refused when the queue is full", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 10 }, { name = "route", key = "route", max = 1 } },
                           queue = { max = 1, timeout_ms = 50 } })
        p:access({})
        ngx.var.edge_limit_slots = ""
        dict:set("q|r", 1)   -- another request already waits: no room to queue
        p:access({})
        assert.same({ 503 }, exits)
        assert.equals("concurrency:route=rejected", ngx.var.edge_decisions)
        assert.equals(1, dict:get("c|r|ip|10.0.0.1"))
    end)

    it("gives up queueing at the deadline", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 1 } }, queue = { max = 5, timeout_ms = 30 } })
        p:access({})
        ngx.var.edge_limit_slots = ""
        local start = ngx.clock.now
        p:access({})
        assert.same({ 503 }, exits)
        assert.is_true(ngx.clock.now - start >= 0.03 - 1e-9)
        assert.equals(0, dict:get("q|r"))
    end)

    it("returns the slots of a dead worker once, even with two sweepers", function()
        local p = policy({ limits = { { name = "ip", key = "ip", max = 3 } } })
        p:access({})
        ngx.var.edge_limit_slots = ""
        p:access({})                   -- worker 4242 holds 2 slots, then is killed (no log phase)
        local dead = function(pid) return pid == 4242 end
        local alive_all = function() return true end
        assert.equals(0, slots_local.sweep(dict, alive_all, 1))
        slots_local.publish_inflight(dict)
        assert.matches('edge_limit_inflight{route="r",limit="ip"} 2', require("edge.lib.metrics").render(), 1, true)
        assert.equals(2, slots_local.sweep(dict, function(pid) return not dead(pid) end, 1))
        slots_local.publish_inflight(dict)
        assert.equals(0, slots_local.sweep(dict, function(pid) return not dead(pid) end, 2))
        assert.equals(0, dict:get("c|r|ip|10.0.0.1"))
        assert.matches('edge_limit_inflight{route="r",limit="ip"} 0', require("edge.lib.metrics").render(), 1, true)
    end)
end)
