local fake_ngx = require "fake_ngx"
local redis_script = require "redis_script"

-- The server-side scripts are plain Lua 5.1: they run here against in-memory sorted sets, behind a
-- fake client that answers NOSCRIPT until a script was sent once (as a fresh Redis does).
describe("edge.limit.lease_redis", function()
    local ngx, lease, zsets, expiry, now_ms, calls, down, timers

    local function call(cmd, key, a, b)
        if cmd == "TIME" then
            return { tostring(math.floor(now_ms / 1000)), tostring((now_ms % 1000) * 1000) }
        end
        local z = zsets[key]
        if cmd == "ZREMRANGEBYSCORE" then
            for m, score in pairs(z or {}) do
                if score <= tonumber(b) then
                    z[m] = nil
                end
            end
            return 0
        elseif cmd == "ZCARD" then
            local n = 0
            for _ in pairs(z or {}) do
                n = n + 1
            end
            return n
        elseif cmd == "ZADD" then
            zsets[key] = z or {}
            zsets[key][b] = tonumber(a)
            return 1
        elseif cmd == "ZSCORE" then
            return z and z[a] and tostring(z[a]) or false
        elseif cmd == "ZREM" then
            if z then
                z[a] = nil
            end
            return 1
        elseif cmd == "EXISTS" then
            return (z and next(z)) and 1 or 0
        elseif cmd == "PEXPIRE" then
            expiry[key] = now_ms + tonumber(a)
            return 1
        end
        error("unexpected " .. cmd)
    end

    local loaded = {}
    local client = {
        command_at = function(_, _, cmd, script, nkeys, ...)
            calls[#calls + 1] = cmd
            if down then
                return nil, "connect: connection refused"
            end
            if cmd == "EVALSHA" then
                if not loaded[script] then
                    return nil, "redis: NOSCRIPT No matching script", true
                end
                script = loaded[script]
            else
                loaded[ngx.sha_hex(script)] = script
            end
            return redis_script.runner(script, call)(redis_script.split(nkeys, ...))
        end,
    }

    local REDIS = { mode = "single", host = "127.0.0.1", port = 6379, password = "pw", timeout_ms = 50, pool_size = 4,
        idle_ms = 1000, cooldown_s = 2, prefix = "edge:rl:" }

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.socket = { tcp = function() end }
        ngx.worker = { pid = function() return 4242 end }
        ngx.sha1_bin = function(s) return "#" .. #s .. s:sub(-12) end
        ngx.sha_hex = function(s)
            return (ngx.sha1_bin(s):gsub(".", function(c) return string.format("%02x", c:byte()) end))
        end
        timers = {}
        ngx.timer = {
            at = function(_, fn) timers[#timers + 1] = fn return true end,
            every = function(period, fn) timers.every = { period, fn } return true end,
        }
        zsets, expiry, now_ms, calls, down, loaded = {}, {}, 1700000000000, {}, false, {}
        for _, m in ipairs({ "edge.limit.lease_redis", "edge.limit.redis_client", "edge.limit.redis", "edge.lib.metrics", "edge.limit.report" }) do
            package.loaded[m] = nil
        end
        require "edge.limit.report"   -- defines edge_limit_fallback_total
        package.loaded["edge.limit.redis"] = { new = function() return client end }
        lease = require "edge.limit.lease_redis"
    end)

    after_each(function()
        package.loaded["edge.limit.redis"] = nil
    end)

    local function run_timers()
        local pending = timers
        timers = { every = pending.every }
        for _, fn in ipairs(pending) do
            fn(false)
        end
    end

    local function members(key)
        local out = {}
        for m in pairs(zsets[key] or {}) do
            out[#out + 1] = m
        end
        return out
    end

    local ROUTE_KEY, IP_KEY = "edge:rl:{api}c|api|route|*", "edge:rl:{api}c|api|ip|10.0.0.1"
    local SLOTS = { "c|api|route|*", "c|api|ip|10.0.0.1" }
    local LIMITS = { { max = 3 }, { max = 2 } }

    it("admits while every key is below its max, all keys or none, with the counts after admission", function()
        local store = lease.new(REDIS, "api", 6)
        local refused, counts, id = store:acquire(SLOTS, LIMITS, 2)
        assert.equals(0, refused)
        assert.same({ 1, 1 }, counts)
        assert.matches("^4242%-%x+%-1$", id)
        assert.same({ "EVALSHA", "EVAL" }, calls)   -- a fresh Redis learns the script once
        assert.equals(0, (store:acquire(SLOTS, LIMITS, 2)))
        refused, counts = store:acquire(SLOTS, LIMITS, 2)
        assert.equals(2, refused)                   -- the ip key is full: nothing taken on the route key
        assert.same({ 2, 2 }, counts)
        assert.equals(2, #members(ROUTE_KEY))
        assert.equals(now_ms + 6000, zsets[ROUTE_KEY][id])
        assert.equals(now_ms + 6000, expiry[IP_KEY])
    end)

    it("frees an unrenewed lease at its expiry: the next admission purges it", function()
        local store = lease.new(REDIS, "api", 3)
        local one = { SLOTS[2] }
        assert.equals(0, (store:acquire(one, { { max = 1 } }, 1)))
        assert.equals(1, (store:acquire(one, { { max = 1 } }, 1)))
        now_ms = now_ms + 2999
        assert.equals(1, (store:acquire(one, { { max = 1 } }, 1)))
        now_ms = now_ms + 1                         -- the ttl has passed since the last renewal
        local refused, counts = store:acquire(one, { { max = 1 } }, 1)
        assert.equals(0, refused)
        assert.same({ 1 }, counts)
    end)

    it("renews every lease the worker holds in one call per route, never reviving a purged one", function()
        local store = lease.new(REDIS, "api", 3)
        for _ = 1, 3 do
            assert.equals(0, (store:acquire(SLOTS, { { max = 10 }, { max = 10 } }, 2)))
        end
        lease.init_worker()
        assert.equals(1, timers.every[1])           -- lease_ttl / 3
        now_ms = now_ms + 1000
        calls = {}
        timers.every[2](false)
        assert.same({ "EVALSHA", "EVAL" }, calls)   -- one batch for three leases on two keys (a new script)
        for _, score in pairs(zsets[ROUTE_KEY]) do
            assert.equals(now_ms + 3000, score)
        end
        -- a lease purged after expiry (this worker stalled) may have been given away: not renewed
        local victim = members(IP_KEY)[1]
        zsets[IP_KEY][victim] = nil
        now_ms = now_ms + 1000
        timers.every[2](false)
        assert.is_nil(zsets[IP_KEY][victim])
        assert.equals(2, #members(IP_KEY))
    end)

    it("releases in one batch after the log phase, and stops renewing what it released", function()
        local store = lease.new(REDIS, "api", 3)
        local ids = {}
        for i = 1, 3 do
            ids[i] = select(3, store:acquire(SLOTS, { { max = 10 }, { max = 10 } }, 2))
        end
        lease.release(ids[1] .. "\n" .. ids[2])
        lease.release(ids[3])
        assert.equals(1, #timers)                   -- one flush scheduled for all three
        calls = {}
        run_timers()
        assert.same({ "EVALSHA", "EVAL" }, calls)   -- one batch (the script's first use)
        assert.same({}, members(ROUTE_KEY))
        assert.same({}, members(IP_KEY))
        calls = {}
        lease.renew()
        assert.same({}, calls)                      -- nothing held, nothing sent
        lease.release(ids[1])                       -- a second release of the same lease is a no-op
        run_timers()
        assert.same({}, calls)
    end)

    it("falls back (nil) when Redis cannot answer, counts it, waits out the cooldown", function()
        local store = lease.new(REDIS, "api", 3)
        down = true
        assert.is_nil(store:acquire(SLOTS, LIMITS, 2))
        assert.equals(1, #calls)
        assert.is_nil(store:acquire(SLOTS, LIMITS, 2))
        assert.equals(1, #calls)                    -- the cooldown: Redis is not asked again
        local m = require "edge.lib.metrics"
        m.flush()
        local metrics = m.render()
        assert.matches('edge_limit_fallback_total{route="api"} 2', metrics, 1, true)
        down = false
        ngx.clock.now = ngx.clock.now + 2
        assert.equals(0, (store:acquire(SLOTS, LIMITS, 2)))
    end)

    it("removes a lease whose admission answer was lost", function()
        local store = lease.new(REDIS, "api", 3)
        store:acquire({ "c|api|other|x" }, { { max = 1 } }, 1)   -- Redis knows the script
        local real = client.command_at
        client.command_at = function(...)   -- Redis runs the script, the answer never arrives
            real(...)
            return nil, "read: timeout"
        end
        assert.is_nil(store:acquire(SLOTS, LIMITS, 2))
        client.command_at = real
        assert.equals(1, #members(ROUTE_KEY))
        run_timers()
        assert.same({}, members(ROUTE_KEY))
    end)

    it("splits a large batch so each call stays small", function()
        local store = lease.new(REDIS, "api", 3)
        for _ = 1, 1200 do
            assert.equals(0, (store:acquire({ SLOTS[1] }, { { max = 5000 } }, 1)))
        end
        lease.renew()                               -- Redis learns the script
        calls = {}
        lease.renew()
        assert.same({ "EVALSHA", "EVALSHA", "EVALSHA" }, calls)   -- 500 ids a call at most
        for _, score in pairs(zsets[ROUTE_KEY]) do
            assert.equals(now_ms + 3000, score)
        end
    end)
end)
