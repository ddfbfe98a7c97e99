local fake_ngx = require "fake_ngx"
local resolved = require "resolved"

-- The cluster client over fake nodes: each "host:port" answers from a script of replies.
describe("limit_redis_cluster", function()
    local cluster, nodes, sent, timers

    local function shards(layout)   -- {{first, last, primary, replica}, ...} -> CLUSTER SHARDS reply
        local reply = {}
        for i, s in ipairs(layout) do
            local function node(addr, role, health)
                local host, port = addr:match("^(.+):(%d+)$")
                return { "id", addr, "port", tonumber(port), "ip", host, "endpoint", host, "role", role,
                    "health", health or "online" }
            end
            reply[i] = { "slots", { s[1], s[2] }, "nodes", { node(s[3], "master", s[5]), node(s[4], "replica") } }
        end
        return reply
    end

    before_each(function()
        local ngx = fake_ngx.install({})
        timers = {}
        ngx.timer = { at = function(_, fn, ...) timers[#timers + 1] = { fn, ... } return true end }
        nodes, sent = {}, {}
        package.loaded["edge.limit.redis"] = {
            new = function(o)
                local addr = o.host .. ":" .. o.port
                local function answer(kind, ...)
                    sent[#sent + 1] = addr .. " " .. kind .. " " .. table.concat({ ... }, " ")
                    local node = nodes[addr]
                    if not node then
                        return nil, "connect: connection refused"
                    end
                    return node(kind, ...)
                end
                return {
                    command = function(_, ...) return answer("cmd", ...) end,
                    asking = function(_, ...) return answer("asking", ...) end,
                }
            end,
        }
        package.loaded["edge.limit.redis_nodes"] = nil
        package.loaded["edge.limit.redis_cluster"] = nil
        cluster = require "edge.limit.redis_cluster"
    end)

    -- a client for limits.redis in cluster mode, these seed nodes (and `extra` settings)
    local function new(nodes, extra)
        local over = { mode = "cluster", nodes = nodes }
        for k, v in pairs(extra or {}) do over[k] = v end
        return cluster.new(resolved.redis_connection(over))
    end

    local function run_timers()
        local pending = timers
        timers = {}
        for _, t in ipairs(pending) do
            t[1](false, unpack(t, 2))
        end
    end

    it("hashes keys to slots like Redis, only the hash tag when there is one", function()
        assert.equals(12739, cluster.slot_of("123456789"))   -- the CRC16/XMODEM check value 0x31C3
        assert.equals(12182, cluster.slot_of("foo"))
        assert.equals(cluster.slot_of("user1000"), cluster.slot_of("{user1000}.following"))
        assert.equals(cluster.slot_of("{user1000}.followers"), cluster.slot_of("{user1000}.following"))
        assert.equals(cluster.slot_of("foo{}{bar}"), cluster.slot_of("foo{}{bar}"))
        assert.is_not.equals(cluster.slot_of("bar"), cluster.slot_of("foo{}{bar}"))   -- empty tag: whole key
    end)

    it("sends each slot's commands to its primary, learnt from any seed", function()
        local map = shards({ { 0, 8191, "10.0.0.1:7000", "10.0.0.4:7003" }, { 8192, 16383, "10.0.0.2:7001", "10.0.0.5:7004" } })
        local function node(kind, a, b)
            if a == "CLUSTER" then return map end
            return "ok"
        end
        nodes["10.0.0.1:7000"], nodes["10.0.0.2:7001"] = node, node
        local c = new({ "10.0.0.9:9999", "10.0.0.2:7001" })   -- first seed is down
        assert.equals("ok", c:command_at(100, "GET", "k"))
        assert.equals("ok", c:command_at(9000, "GET", "k"))
        assert.equals("10.0.0.1:7000 cmd GET k", sent[#sent - 1])
        assert.equals("10.0.0.2:7001 cmd GET k", sent[#sent])
    end)

    it("follows MOVED at once and refreshes the map; follows ASK without touching it", function()
        local map = shards({ { 0, 16383, "10.0.0.1:7000", "10.0.0.4:7003" } })
        nodes["10.0.0.1:7000"] = function(kind, a)
            if a == "CLUSTER" then return map end
            if a == "PING" then return "PONG" end
            if a == "GET" then return nil, "redis: MOVED 5 10.0.0.2:7001", true end
            return nil, "redis: ASK 5 10.0.0.3:7002", true
        end
        nodes["10.0.0.2:7001"] = function(kind, a)
            if a == "CLUSTER" then return map end
            return "moved-ok"
        end
        nodes["10.0.0.3:7002"] = function(kind) return kind == "asking" and "ask-ok" or nil end
        local c = new({ "10.0.0.1:7000" })
        assert.equals("PONG", c:command_at(5, "PING"))
        ngx.clock.now = ngx.clock.now + 1
        assert.equals("moved-ok", c:command_at(5, "GET", "k"))
        assert.equals("10.0.0.2:7001", c.slots[5])   -- learnt from the redirection itself
        assert.equals(1, #timers)                     -- and a full refresh is on its way
        assert.equals("ask-ok", c:command_at(6, "SET", "k"))
        assert.equals("10.0.0.1:7000", c.slots[6])   -- ASK is one request's detour only
    end)

    it("finds the replica that took over in the request that found its primary dead", function()
        local before = shards({ { 0, 16383, "10.0.0.1:7000", "10.0.0.4:7003" } })
        local after = shards({ { 0, 16383, "10.0.0.4:7003", "10.0.0.1:7000" } })
        local current = before
        local function node(kind, a)
            if a == "CLUSTER" then return current end
            return "ok"
        end
        nodes["10.0.0.1:7000"], nodes["10.0.0.4:7003"] = node, node
        local c = new({ "10.0.0.1:7000" })
        assert.equals("ok", c:command_at(1, "GET", "k"))
        -- killed; its replica is promoted while this worker is idle (its map still names the dead one)
        nodes["10.0.0.1:7000"], current = nil, after
        ngx.clock.now = ngx.clock.now + 1
        assert.equals("ok", c:command_at(1, "GET", "k"))
        assert.same({ "10.0.0.1:7000 cmd GET k", "10.0.0.4:7003 cmd CLUSTER SHARDS", "10.0.0.4:7003 cmd GET k" },
            { sent[#sent - 2], sent[#sent - 1], sent[#sent] })   -- the map from the replica, not the dead node
    end)

    it("fails while no replica has taken over, reading the map once per failed command", function()
        local map = shards({ { 0, 16383, "10.0.0.1:7000", "10.0.0.4:7003" } })
        nodes["10.0.0.4:7003"] = function(kind, a) return a == "CLUSTER" and map or "replica" end
        local c = new({ "10.0.0.1:7000", "10.0.0.4:7003" })
        local reply, err = c:command_at(1, "GET", "k")
        assert.is_nil(reply)
        assert.matches("refused", err)
        assert.same({ "10.0.0.1:7000 cmd CLUSTER SHARDS", "10.0.0.4:7003 cmd CLUSTER SHARDS",   -- first use
            "10.0.0.1:7000 cmd GET k", "10.0.0.4:7003 cmd CLUSTER SHARDS" }, sent)   -- not the dead one again
    end)

    it("keeps the newer map when an older refresh finishes last", function()
        local old = shards({ { 0, 16383, "10.0.0.1:7000", "10.0.0.4:7003" } })
        local newer = shards({ { 0, 16383, "10.0.0.4:7003", "10.0.0.1:7000" } })
        local c
        local nested = false
        nodes["10.0.0.1:7000"] = function(kind, a)
            if a == "CLUSTER" and not nested then
                nested = true
                nodes["10.0.0.9:7009"] = function() return newer end
                c.known = { "10.0.0.9:7009" }
                c:refresh()     -- another request's refresh starts and ends while this one waits
            end
            return old
        end
        c = new({ "10.0.0.1:7000" })
        assert.is_true(c:refresh())
        assert.equals("10.0.0.4:7003", c.slots[1])
    end)

    it("asks a member that answered, not a dead primary, while a slot has no primary", function()
        local failing = shards({ { 0, 16383, "10.0.0.1:7000", "10.0.0.4:7003" } })
        failing[1][4][1][12] = "failed"                   -- the primary is known dead, no promotion yet
        nodes["10.0.0.4:7003"] = function(kind, a)
            if a == "CLUSTER" then return failing end
            return nil, "redis: CLUSTERDOWN Hash slot not served", true
        end
        local c = new({ "10.0.0.1:7000", "10.0.0.4:7003" })
        local _, err, server_err = c:command_at(1, "GET", "k")
        assert.matches("CLUSTERDOWN", err)
        assert.is_true(server_err)
        assert.equals("10.0.0.4:7003 cmd GET k", sent[#sent])
    end)

    it("refreshes on its timer, at most one refresh at a time", function()
        local map = shards({ { 0, 16383, "10.0.0.1:7000", "10.0.0.4:7003" } })
        nodes["10.0.0.1:7000"] = function(kind, a) return a == "CLUSTER" and map or "ok" end
        local c = new({ "10.0.0.1:7000" }, { refresh_s = 5 })
        c:command_at(1, "GET", "k")
        ngx.clock.now = ngx.clock.now + 4
        c:command_at(1, "GET", "k")
        assert.equals(0, #timers)
        ngx.clock.now = ngx.clock.now + 2
        c:command_at(1, "GET", "k")
        c:command_at(1, "GET", "k")
        assert.equals(1, #timers)
    end)
end)
