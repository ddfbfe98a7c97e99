-- A minimal Redis client on ngx cosockets (Debian ships no lua-resty-redis): RESP2 requests and
-- replies, AUTH once per pooled connection, keepalive pool, millisecond timeouts.
-- Just what the limiter needs: command(...) returns the decoded reply or nil, err.
local tcp = ngx.socket.tcp
local concat = table.concat
local tostring = tostring
local sub = string.sub
local byte = string.byte

local _M = {}
local mt = { __index = _M }

-- opts, all given (limits.redis resolved by gateway/policies/limits.py, through edge.limit.redis_client):
-- host, port, password (nil or "": no AUTH), connect_timeout, send_timeout, read_timeout (ms), pool_size,
-- idle_ms.
function _M.new(opts)
    return setmetatable({
        host = opts.host,
        port = opts.port,
        password = opts.password,
        connect_timeout = opts.connect_timeout,
        send_timeout = opts.send_timeout,
        read_timeout = opts.read_timeout,
        pool = "edge_limits:" .. opts.host .. ":" .. opts.port,
        pool_size = opts.pool_size,
        idle_ms = opts.idle_ms,
    }, mt)
end

local function encode(args)
    local out = { "*", #args, "\r\n" }
    for i = 1, #args do
        local s = tostring(args[i])
        out[#out + 1] = "$"
        out[#out + 1] = #s
        out[#out + 1] = "\r\n"
        out[#out + 1] = s
        out[#out + 1] = "\r\n"
    end
    return concat(out)
end
_M.encode = encode

local PLUS, MINUS, COLON, DOLLAR, STAR = byte("+"), byte("-"), byte(":"), byte("$"), byte("*")

-- Server errors come back as (nil, "redis: <message>", true): the connection is still usable.
local function read_reply(sock)
    local line, err = sock:receive("*l")
    if not line then
        return nil, err
    end
    local kind, rest = byte(line), sub(line, 2)
    if kind == PLUS then
        return rest
    elseif kind == MINUS then
        return nil, "redis: " .. rest, true
    elseif kind == COLON then
        return tonumber(rest)
    elseif kind == DOLLAR then
        local size = tonumber(rest)
        if size < 0 then
            return ngx.null
        end
        local data
        data, err = sock:receive(size + 2)
        if not data then
            return nil, err
        end
        return sub(data, 1, size)
    elseif kind == STAR then
        local count = tonumber(rest)
        if count < 0 then
            return ngx.null
        end
        local items = {}
        for i = 1, count do
            local item, ierr, server_err = read_reply(sock)
            if item == nil then
                if not server_err then
                    return nil, ierr
                end
                item = { err = ierr }
            end
            items[i] = item
        end
        return items
    end
    return nil, "redis: bad reply line: " .. line
end
_M.read_reply = read_reply

local function connect(self)
    local sock = tcp()
    sock:settimeouts(self.connect_timeout, self.send_timeout, self.read_timeout)
    local ok, err = sock:connect(self.host, self.port, { pool = self.pool, pool_size = self.pool_size })
    if not ok then
        return nil, "connect: " .. tostring(err)
    end
    if self.password and self.password ~= "" and sock:getreusedtimes() == 0 then
        ok, err = sock:send(encode({ "AUTH", self.password }))
        if ok then
            ok, err = read_reply(sock)
        end
        if not ok then
            sock:close()
            return nil, "auth: " .. tostring(err)
        end
    end
    return sock
end

-- Request bytes on a pooled connection, then `replies` replies (the last one returned).
-- Returns reply or nil, err, server_err.
local function roundtrip(self, request, replies)
    local sock, err = connect(self)
    if not sock then
        return nil, err
    end
    local ok
    ok, err = sock:send(request)
    if not ok then
        sock:close()
        return nil, "send: " .. tostring(err)
    end
    local reply, rerr, server_err
    for _ = 1, replies do
        reply, rerr, server_err = read_reply(sock)
        if reply == nil and not server_err then
            -- Timeout or broken stream: the connection may hold a late reply, never reuse it.
            sock:close()
            return nil, "read: " .. tostring(rerr)
        end
    end
    sock:setkeepalive(self.idle_ms, self.pool_size)
    return reply, rerr, server_err
end

-- One command on a pooled connection. Returns reply or nil, err, server_err.
function _M:command(...)
    return roundtrip(self, encode({ ... }), 1)
end

-- A command preceded by ASKING on the same connection (a Redis Cluster ASK redirection).
function _M:asking(...)
    return roundtrip(self, "*1\r\n$6\r\nASKING\r\n" .. encode({ ... }), 2)
end

-- A single Redis ignores which cluster slot a command is for.
function _M:command_at(_, ...)
    return roundtrip(self, encode({ ... }), 1)
end

return _M
