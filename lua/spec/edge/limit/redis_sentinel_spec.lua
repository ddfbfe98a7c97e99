local fake_ngx = require "fake_ngx"
local resolved = require "resolved"

-- The Sentinel client over fake servers: each "host:port" answers from a function; Sentinels name
-- the primary of "edge" from `named`, data nodes answer ROLE from `roles`.
describe("limit_redis_sentinel", function()
    local sentinel, servers, sent, timers, named, roles, auth

    before_each(function()
        local ngx = fake_ngx.install({})
        timers = {}
        ngx.timer = { at = function(_, fn, ...) timers[#timers + 1] = { fn, ... } return true end }
        servers, sent, auth, roles = {}, {}, {}, {}
        named = "10.0.0.1:6379"
        local function sentinel_node(_, a, b, name)
            if a == "SENTINEL" and b == "get-master-addr-by-name" then
                if name ~= "edge" then return ngx.null end
                local host, port = named:match("^(.+):(%d+)$")
                return { host, port }
            end
            return nil, "redis: ERR unknown command", true
        end
        local function data_node(addr)
            return function(a, ...)
                if a == "ROLE" then return { roles[addr] or "master" } end
                if roles[addr] == "slave" and a == "EVALSHA" then
                    return nil, "redis: READONLY You can't write against a read only replica.", true
                end
                return addr .. " ok"
            end
        end
        servers["10.0.0.7:26379"] = sentinel_node
        servers["10.0.0.8:26379"] = sentinel_node
        servers["10.0.0.1:6379"] = data_node("10.0.0.1:6379")
        servers["10.0.0.2:6379"] = data_node("10.0.0.2:6379")
        package.loaded["edge.limit.redis"] = {
            new = function(o)
                local addr = o.host .. ":" .. o.port
                auth[addr] = o.password
                return {
                    command = function(_, ...)
                        sent[#sent + 1] = addr .. " " .. table.concat({ ... }, " ")
                        local server = servers[addr]
                        if not server then
                            return nil, "connect: connection refused"
                        end
                        if addr:find(":26379$") then return server(nil, ...) end
                        return server(...)
                    end,
                }
            end,
        }
        package.loaded["edge.limit.redis_nodes"] = nil
        package.loaded["edge.limit.redis_sentinel"] = nil
        sentinel = require "edge.limit.redis_sentinel"
    end)

    local function new(extra)
        local over = { mode = "sentinel", sentinels = { "10.0.0.7:26379", "10.0.0.8:26379" }, master_name = "edge",
            password = "data-secret" }
        for k, v in pairs(extra or {}) do over[k] = v end
        return sentinel.new(resolved.redis_connection(over))
    end

    it("needs Sentinels and a master name", function()
        assert.has_error(function() new({ sentinels = {} }) end)
        assert.has_error(function() new({ master_name = "" }) end)
        assert.has_error(function() new({ sentinels = { "nope" } }) end)
    end)

    it("sends commands to the primary the Sentinels name, once it confirms its role", function()
        local c = new({ sentinel_password = "sentinel-secret" })
        assert.equals("10.0.0.1:6379 ok", c:command_at(1, "GET", "k"))
        assert.same({ "10.0.0.7:26379 SENTINEL get-master-addr-by-name edge", "10.0.0.1:6379 ROLE",
            "10.0.0.1:6379 GET k" }, sent)
        assert.equals("sentinel-secret", auth["10.0.0.7:26379"])
        assert.equals("data-secret", auth["10.0.0.1:6379"])
        assert.equals("10.0.0.1:6379 ok", c:command_at(1, "GET", "k"))
        assert.equals(4, #sent)   -- resolved once, not per command
    end)

    it("asks the next Sentinel when one is down, and that one first from then on", function()
        servers["10.0.0.7:26379"] = nil
        local c = new()
        assert.equals("10.0.0.1:6379 ok", c:command_at(1, "GET", "k"))
        assert.same({ "10.0.0.8:26379", "10.0.0.7:26379" }, c.sentinels)
    end)

    it("does not trust a named server that says it is a replica", function()
        roles["10.0.0.1:6379"] = "slave"
        local c = new()
        local reply, err = c:command_at(1, "GET", "k")
        assert.is_nil(reply)
        assert.matches("is a slave", err)
    end)

    it("follows a failover in the request that finds the primary dead", function()
        local c = new()
        assert.equals("10.0.0.1:6379 ok", c:command_at(1, "EVALSHA", "x"))
        servers["10.0.0.1:6379"], named = nil, "10.0.0.2:6379"   -- killed; the replica promoted
        ngx.clock.now = ngx.clock.now + 1
        assert.equals("10.0.0.2:6379 ok", c:command_at(1, "EVALSHA", "x"))
        assert.equals("10.0.0.2:6379", c.primary)
    end)

    it("fails while the Sentinels still name the dead primary, and tries again next time", function()
        local c = new()
        c:command_at(1, "GET", "k")
        servers["10.0.0.1:6379"] = nil   -- killed, no failover yet
        local reply, err = c:command_at(1, "GET", "k")
        assert.is_nil(reply)
        assert.matches("refused", err)
        named = "10.0.0.2:6379"
        assert.equals("10.0.0.2:6379 ok", c:command_at(1, "GET", "k"))
    end)

    it("leaves a demoted primary that refuses writes (READONLY)", function()
        local c = new()
        c:command_at(1, "EVALSHA", "x")
        roles["10.0.0.1:6379"], named = "slave", "10.0.0.2:6379"   -- came back as a replica
        assert.equals("10.0.0.2:6379 ok", c:command_at(1, "EVALSHA", "x"))
    end)

    it("passes other server errors through without resolving", function()
        servers["10.0.0.1:6379"] = function(a)
            if a == "ROLE" then return { "master" } end
            return nil, "redis: NOSCRIPT No matching script", true
        end
        local c = new()
        local _, err, server_err = c:command_at(1, "EVALSHA", "x")
        assert.matches("NOSCRIPT", err)
        assert.is_true(server_err)
        assert.equals(3, #sent)
    end)

    it("resolves again on its timer, in the background, one at a time", function()
        local c = new({ refresh_s = 5 })
        c:command_at(1, "GET", "k")
        ngx.clock.now = ngx.clock.now + 6
        named = "10.0.0.2:6379"                  -- a switchover: the old primary still answers
        assert.equals("10.0.0.1:6379 ok", c:command_at(1, "GET", "k"))
        c:command_at(1, "GET", "k")
        assert.equals(1, #timers)
        timers[1][1](false, unpack(timers[1], 2))
        assert.equals("10.0.0.2:6379 ok", c:command_at(1, "GET", "k"))
    end)
end)
