local fake_ngx = require "fake_ngx"
local fake_socket = require "fake_socket"
local resolved = require "resolved"

-- the jwt policy's revocation.push as edge.json carries it, with the spec's values over it
local function push(over)
    return resolved.jwt_revocation({ push = over }).push
end

-- RESP for a push message on `channel`
local function message(channel, payload)
    return "*3\r\n$7\r\nmessage\r\n$" .. #channel .. "\r\n" .. channel .. "\r\n$" .. #payload .. "\r\n"
        .. payload .. "\r\n"
end
local SUBSCRIBED = "*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n"

describe("edge.lib.pubsub.listen", function()
    local ngx, pubsub, events, hooks, spawned

    before_each(function()
        ngx = fake_ngx.install({})
        ngx.socket = { tcp = function() end }
        spawned = {}
        ngx.thread = {   -- the pinger is recorded, not run: it is driven by hand below
            spawn = function(f, ...) spawned[#spawned + 1] = { f, ... } return spawned[#spawned] end,
            kill = function(t) t.killed = true return true end,
        }
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
        local ok, err = pubsub.listen(push({ host = "10.0.0.9", port = 6380, password = "pw", channel = "ch" }), hooks)
        assert.is_nil(ok)
        assert.equals("read: closed", err)
        assert.same({ "subscribed", '{"change":"revoked"}', "x" }, events)
        assert.equals("*2\r\n$4\r\nAUTH\r\n$2\r\npw\r\n", rec.sent[1])
        assert.equals("*2\r\n$9\r\nSUBSCRIBE\r\n$2\r\nch\r\n", rec.sent[2])
        assert.equals("10.0.0.9", rec.host)
        assert.equals(1, rec.closed)
        assert.equals(1, #spawned)
        assert.is_true(spawned[1].killed)
    end)

    it("reports a refused connection, a refused password and a refused subscription", function()
        fake_socket.install(ngx, "", "connection refused")
        assert.same({ nil, "connect: connection refused" }, { pubsub.listen(push({ channel = "ch" }), hooks) })
        fake_socket.install(ngx, "-WRONGPASS invalid password\r\n")
        local ok, err = pubsub.listen(push({ password = "bad", channel = "ch" }), hooks)
        assert.is_nil(ok)
        assert.equals("auth: redis: WRONGPASS invalid password", err)
        fake_socket.install(ngx, "-NOAUTH Authentication required.\r\n")
        ok, err = pubsub.listen(push({ channel = "ch" }), hooks)
        assert.is_nil(ok)
        assert.equals("subscribe: redis: NOAUTH Authentication required.", err)
        assert.same({}, events)
    end)

    it("stops when asked, between reads", function()
        fake_socket.install(ngx, SUBSCRIBED .. message("ch", "a") .. message("ch", "b"))
        hooks.should_stop = function() return #events >= 2 end
        assert.is_true(pubsub.listen(push({ channel = "ch" }), hooks))
        assert.same({ "subscribed", "a" }, events)
    end)

    it("PINGs every ping_every seconds from a light thread until the listener stops", function()
        fake_socket.install(ngx, SUBSCRIBED)
        local ok, err = pubsub.listen(push({ channel = "ch", ping_every = 3 }), hooks)
        assert.is_nil(ok)
        assert.equals("read: closed", err)
        local ping_loop, sock, every, stopped = spawned[1][1], spawned[1][2], spawned[1][3], spawned[1][4]
        assert.equals(3, every)
        assert.is_true(stopped())   -- the listener returned: the pinger ends too
        local sent, slept, rounds = {}, {}, 0
        ngx.sleep = function(s) slept[#slept + 1] = s end
        local fake = { send = function(_, data) sent[#sent + 1] = data return #data end }
        ping_loop(fake, 3, function() rounds = rounds + 1 return rounds > 5 end)
        assert.same({ "*1\r\n$4\r\nPING\r\n", "*1\r\n$4\r\nPING\r\n" }, sent)
        assert.same({ 3, 3, 3 }, slept)
        assert.truthy(sock)
    end)
end)
