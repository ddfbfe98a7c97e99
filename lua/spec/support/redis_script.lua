-- Redis server-side scripts (plain Lua 5.1) run in the specs as EVAL would, against a redis.call the
-- spec gives: what store_redis' and lease_redis' scripts decide is checked without a Redis.
local M = {}

-- The script compiled once: run(keys, argv) -> its reply.
function M.runner(script, call)
    local env = setmetatable({ redis = { call = call } }, { __index = _G })
    local fn = setfenv(assert(loadstring(script)), env)
    return function(keys, argv)
        env.KEYS, env.ARGV = keys, argv
        return fn()
    end
end

-- EVALSHA's arguments (nkeys, key..., arg...) -> KEYS, ARGV, as strings.
function M.split(nkeys, ...)
    local args, keys, argv = { ... }, {}, {}
    for i = 1, nkeys do
        keys[i] = tostring(args[i])
    end
    for i = nkeys + 1, #args do
        argv[#argv + 1] = tostring(args[i])
    end
    return keys, argv
end

-- The redis.call of the GCRA script: TIME from now_us(), GET and SET on the table data() returns.
function M.gcra_call(data, now_us)
    return function(cmd, key, value)
        if cmd == "TIME" then
            local us = now_us()
            return { tostring(math.floor(us / 1e6)), tostring(us % 1e6) }
        elseif cmd == "GET" then
            return data()[key] or false
        elseif cmd == "SET" then
            data()[key] = value
            return "OK"
        end
        error("unexpected " .. cmd)
    end
end

return M
