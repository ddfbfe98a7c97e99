package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"
local fake_socket = require "fake_socket"

-- RESP for a push message on `channel`
local function message(channel, payload)
    return "*3\r\n$7\r\nmessage\r\n$" .. #channel .. "\r\n" .. channel .. "\r\n$" .. #payload .. "\r\n"
        .. payload .. "\r\n"
end
local SUBSCRIBED = "*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n"

describe("edge.lib.pubsub.listen", function()
    local ngx, pubsub, events, hooks

    before_each(function()
        ngx = fake_ngx.install({})
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.redis"] = nil
        package.loaded["edge.lib.pubsub"] = nil
        pubsub = require "edge.lib.pubsub"
        events = {}
        hooks = {
            on_subscribed = function() events[#events + 1] = "subscribed" end,
            on_message = function(payload) events[#events + 1] = payload end,
            should_stop = function() return false end,
        }
    end)

    it("authenticates, subscribes, and hands over each message until the connection ends", function()
        local rec = fake_socket.install(ngx, "+OK\r\n" .. SUBSCRIBED .. message("ch", '{"change":"revoked"}')
            .. "*3\r\n$9\r\nsubscribe\r\n$2\r\nxx\r\n:2\r\n" .. message("ch", "x"))
        local ok, err = pubsub.listen({ host = "10.0.0.9", port = 6380, password = "pw", channel = "ch" }, hooks)
        assert.is_nil(ok)
        assert.equals("read: closed", err)
        assert.same({ "subscribed", '{"change":"revoked"}', "x" }, events)
        assert.equals("*2\r\n$4\r\nAUTH\r\n$2\r\npw\r\n", rec.sent[1])
        assert.equals("*2\r\n$9\r\nSUBSCRIBE\r\n$2\r\nch\r\n", rec.sent[2])
        assert.equals("10.0.0.9", rec.host)
        assert.equals(1, rec.closed)
    end)

    it("reports a refused connection, a refused password and a refused subscription", function()
        fake_socket.install(ngx, "", "connection refused")
        assert.same({ nil, "connect: connection refused" }, { pubsub.listen({ channel = "ch" }, hooks) })
        fake_socket.install(ngx, "-WRONGPASS invalid password\r\n")
        local ok, err = pubsub.listen({ password = "bad", channel = "ch" }, hooks)
        assert.is_nil(ok)
        assert.equals("auth: redis: WRONGPASS invalid password", err)
        fake_socket.install(ngx, "-NOAUTH Authentication required.\r\n")
        ok, err = pubsub.listen({ channel = "ch" }, hooks)
        assert.is_nil(ok)
        assert.equals("subscribe: redis: NOAUTH Authentication required.", err)
        assert.same({}, events)
    end)

    it("stops when asked, between reads", function()
        fake_socket.install(ngx, SUBSCRIBED .. message("ch", "a") .. message("ch", "b"))
        hooks.should_stop = function() return #events >= 2 end
        assert.is_true(pubsub.listen({ channel = "ch" }, hooks))
        assert.same({ "subscribed", "a" }, events)
    end)

    it("PINGs a silent connection and gives it up when the PING goes unanswered", function()
        local script = { SUBSCRIBED }
        local sent = {}
        ngx.socket = { tcp = function()
            local buf = table.concat(script)
            local pos = 1
            return {
                settimeouts = function() end,
                connect = function() return true end,
                send = function(_, data) sent[#sent + 1] = data return #data end,
                close = function() end,
                receive = function(_, what)   -- the script, then read timeouts forever
                    if pos > #buf then
                        return nil, "timeout"
                    end
                    if what == "*l" then
                        local nl = buf:find("\n", pos, true)
                        local line = buf:sub(pos, nl - 1):gsub("\r$", "")
                        pos = nl + 1
                        return line
                    end
                    local s = buf:sub(pos, pos + what - 1)
                    pos = pos + what
                    return s
                end,
            }
        end }
        local ok, err = pubsub.listen({ channel = "ch", ping_after = 3 }, hooks)
        assert.is_nil(ok)
        assert.equals("read: no answer to PING", err)
        assert.equals("*1\r\n$4\r\nPING\r\n", sent[#sent])
        assert.equals(2, #sent)   -- SUBSCRIBE, one PING
    end)
end)
