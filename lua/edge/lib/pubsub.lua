-- A Redis SUBSCRIBE connection on ngx cosockets, on the RESP code of edge.limit.redis (Debian ships no
-- lua-resty-redis; OpenResty runs this as is). Its own connection, never pooled: a subscribed connection
-- may only (un)subscribe and PING. The caller runs listen() in a timer and reconnects when it returns.
local redis = require "edge.limit.redis"

local encode, read_reply = redis.encode, redis.read_reply
local type, tostring = type, tostring

local _M = {}

local function failed(sock, what, err)
    sock:close()
    return nil, what .. ": " .. tostring(err)
end

-- opts: host, port, password, channel, connect_timeout / read_timeout (ms; a read wakes at least this
-- often to ask should_stop), ping_after (silent reads before a PING; as many more without an answer
-- and the connection is dead). hooks: on_subscribed(), on_message(payload), should_stop().
-- Returns true once should_stop() says so, else nil and why the connection ended.
function _M.listen(opts, hooks)
    local sock = ngx.socket.tcp()
    sock:settimeouts(opts.connect_timeout or 1000, opts.read_timeout or 1000, opts.read_timeout or 1000)
    local ok, err = sock:connect(opts.host, opts.port)
    if not ok then
        return nil, "connect: " .. tostring(err)
    end
    local reply
    if opts.password and opts.password ~= "" then
        ok, err = sock:send(encode({ "AUTH", opts.password }))
        if ok then
            ok, err = read_reply(sock)
        end
        if not ok then
            return failed(sock, "auth", err)
        end
    end
    ok, err = sock:send(encode({ "SUBSCRIBE", opts.channel }))
    if ok then
        reply, err = read_reply(sock)
    end
    if type(reply) ~= "table" or reply[1] ~= "subscribe" then
        return failed(sock, "subscribe", err or "unexpected reply")
    end
    hooks.on_subscribed()
    local ping_after = opts.ping_after or 10
    local silent = 0
    while not hooks.should_stop() do
        reply, err = read_reply(sock)
        if reply ~= nil then
            silent = 0
            if type(reply) == "table" and reply[1] == "message" then
                hooks.on_message(reply[3])
            end
        elseif err ~= "timeout" then
            return failed(sock, "read", err)
        else
            silent = silent + 1
            if silent == ping_after then
                ok, err = sock:send(encode({ "PING" }))
                if not ok then
                    return failed(sock, "ping", err)
                end
            elseif silent >= 2 * ping_after then
                return failed(sock, "read", "no answer to PING")
            end
        end
    end
    sock:close()
    return true
end

return _M
