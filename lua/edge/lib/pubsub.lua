-- A Redis SUBSCRIBE connection on ngx cosockets, on the RESP code of edge.limit.redis (Debian ships no
-- lua-resty-redis; OpenResty runs this as is). Its own connection, never pooled: a subscribed connection
-- may only (un)subscribe and PING. The caller runs listen() in a timer and reconnects when it returns.
-- A light thread PINGs every ping_every seconds while the caller's thread reads: a healthy connection
-- answers before the read times out (an idle read timing out would log an error each time), and a
-- connection that stops answering fails the read within three PINGs.
local redis = require "edge.limit.redis"

local encode, read_reply = redis.encode, redis.read_reply
local type, tostring = type, tostring

local _M = {}

local PING = encode({ "PING" })

local function failed(sock, what, err)
    sock:close()
    return nil, what .. ": " .. tostring(err)
end

local function ping_loop(sock, every, stopped)
    while not stopped() do
        ngx.sleep(every)
        if stopped() or not sock:send(PING) then
            return
        end
    end
end

-- opts, all given (the jwt policy's revocation.push, resolved by gateway/policies/jwt.py): host, port,
-- password (nil or "": no AUTH), channel, timeout_ms (connect, send and read until subscribed),
-- ping_every (s). hooks: on_subscribed(), on_message(payload), should_stop() (asked after each reply,
-- so within ping_every). Returns true once should_stop() says so, else nil and why the connection ended.
function _M.listen(opts, hooks)
    local sock = ngx.socket.tcp()
    local timeout = opts.timeout_ms
    sock:settimeouts(timeout, timeout, timeout)
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
    local every = opts.ping_every
    sock:settimeouts(timeout, timeout, every * 3000)
    local done = false
    local function stopped()
        return done or hooks.should_stop()
    end
    local pinger = ngx.thread.spawn(ping_loop, sock, every, stopped)
    while not hooks.should_stop() do
        reply, err = read_reply(sock)
        if reply == nil then
            break
        end
        if type(reply) == "table" and reply[1] == "message" then
            hooks.on_message(reply[3])
        end
    end
    done = true
    ngx.thread.kill(pinger)
    sock:close()
    if reply ~= nil then
        return true
    end
    return nil, "read: " .. tostring(err)
end

return _M
