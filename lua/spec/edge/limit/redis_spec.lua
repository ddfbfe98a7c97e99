package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"

describe("limit_redis", function()
    it("encodes commands as RESP arrays of bulk strings", function()
        local ngx = fake_ngx.install({})
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.redis"] = nil
        local redis = require "edge.limit.redis"
        assert.equals("*3\r\n$7\r\nEVALSHA\r\n$3\r\nabc\r\n$1\r\n2\r\n", redis.encode({ "EVALSHA", "abc", 2 }))
        assert.equals("*1\r\n$0\r\n\r\n", redis.encode({ "" }))
    end)
end)

-- The server-side script is plain Lua 5.1: run it here against an in-memory `redis.call` and check
-- it decides exactly like edge.limit.gcra (the local store), all keys or none.
describe("limit_store_redis script", function()
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
end)
