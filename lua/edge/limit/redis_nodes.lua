-- The members of a Redis deployment the Cluster and Sentinel clients talk to, by "host:port": the
-- configured address lists, checked once, and one edge.limit.redis client per member (each pools its
-- own connections), made on first use with limits.redis's connection options.
local redis = require "edge.limit.redis"

local ipairs, tonumber, tostring, setmetatable = ipairs, tonumber, tostring, setmetatable

local _M = {}
local mt = { __index = _M }

-- "host:port" or "[v6]:port" -> host, port (nil when it is neither)
local function split_addr(addr)
    local host, port = addr:match("^%[?([^%]]+)%]?:(%d+)$")
    return host, tonumber(port)
end

-- A copy of limits.redis.<field> (a list of "host:port"), asserted non-empty and well-formed;
-- `empty` says why one is needed.
function _M.addresses(list, field, empty)
    local out = {}
    for i, addr in ipairs(list) do
        assert(split_addr(addr), "limits.redis." .. field .. ": expected host:port, got " .. tostring(addr))
        out[i] = addr
    end
    assert(#out > 0, "limits.redis." .. field .. ": " .. empty)
    return out
end

-- opts: the connection options (connect_timeout, send_timeout, read_timeout, pool_size, idle_ms).
function _M.new(opts)
    return setmetatable({ opts = opts, clients = {} }, mt)
end

-- The client of member `addr`, authenticating with `password` ("" or nil: no AUTH).
function _M:client(addr, password)
    local c = self.clients[addr]
    if not c then
        local host, port = split_addr(addr)
        local o = self.opts
        c = redis.new({
            host = host, port = port, password = password, connect_timeout = o.connect_timeout,
            send_timeout = o.send_timeout, read_timeout = o.read_timeout, pool_size = o.pool_size,
            idle_ms = o.idle_ms,
        })
        self.clients[addr] = c
    end
    return c
end

return _M
