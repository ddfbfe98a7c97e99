package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"

-- The server-side script is plain Lua 5.1: run it here against an in-memory `redis.call` and check
-- it decides exactly like edge.limit.gcra (the local store), all keys or none.
describe("edge.limit.store_redis script", function()
    local data, now_us

    local function call(cmd, key, value, px, ttl)
        if cmd == "TIME" then
            return { tostring(math.floor(now_us / 1e6)), tostring(now_us % 1e6) }
        elseif cmd == "GET" then
            return data[key] or false
        elseif cmd == "SET" then
            data[key] = value
            return "OK"
        end
        error("unexpected " .. cmd)
    end

    local function eval(script, keys, argv)
        local env = setmetatable({ KEYS = keys, ARGV = argv, redis = { call = call } }, { __index = _G })
        local fn = assert(loadstring(script))
        setfenv(fn, env)
        return fn()
    end

    it("admits burst + 1, then rejects without charging any key", function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.store_redis"] = nil
        local script = require("edge.limit.store_redis").SCRIPT
        data, now_us = {}, 1700000000 * 1e6
        -- key 1: 10 r/s burst 2 (interval 100000 us, tau 200000 us); key 2: 1000 r/s burst 1000
        local keys, argv = { "a", "b" }, { "100000", "200000", "1000", "1000000" }
        local admitted = 0
        for _ = 1, 5 do
            local out = eval(script, keys, argv)
            if out[1] == "1" then
                admitted = admitted + 1
            end
        end
        assert.equals(3, admitted)
        assert.equals(string.format("%.0f", now_us + 3000), data.b)   -- charged 3 times, not 5
        now_us = now_us + 100000
        assert.equals("1", eval(script, keys, argv)[1])
    end)

    -- gcra.evaluate is the oracle: the script's decision (as store_redis reads it) must match it on
    -- random traffic over several limits: admission, the binding limit, remaining, reset, delay.
    it("decides like gcra.evaluate on random traffic", function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.store_redis"] = nil
        local store_redis = require "edge.limit.store_redis"
        local gcra = require "edge.limit.gcra"
        local rates = { { quota = 1, window = 1 }, { quota = 10, window = 1 }, { quota = 30, window = 60 },
            { quota = 100, window = 1 } }
        math.randomseed(7)
        for _ = 1, 300 do
            -- a clock near 0: at epoch magnitudes the oracle's float seconds lose ~0.2 us
            data, now_us = {}, 1000 * 1e6
            local n = math.random(1, 3)
            local limits, keys, argv = {}, {}, {}
            for i = 1, n do
                limits[i] = gcra.limit(rates[math.random(#rates)], math.random(0, 4))
                keys[i] = "k" .. i
                argv[2 * i - 1] = tostring(math.floor(limits[i].interval * 1e6 + 0.5))
                argv[2 * i] = tostring(math.floor(limits[i].tau * 1e6 + 0.5))
            end
            for _ = 1, 12 do
                now_us = now_us + math.random(0, 3) * 50000
                local tats = {}
                for i = 1, n do
                    tats[i] = data[keys[i]] and tonumber(data[keys[i]]) / 1e6 or nil
                end
                local want = gcra.evaluate(limits, tats, now_us / 1e6)
                local got = store_redis.decision_of(eval(store_redis.SCRIPT, keys, argv), n)
                assert.equals(want.allowed, got.allowed)
                assert.equals(want.rejected_by, got.rejected_by)
                assert.same(want.remaining, got.remaining)
                assert.near(want.delay, got.delay, 1e-5)
                assert.near(want.retry_after, got.retry_after, 1e-5)
                for i = 1, n do
                    assert.near(want.reset[i], got.reset[i], 1e-5)
                end
            end
        end
    end)
end)
