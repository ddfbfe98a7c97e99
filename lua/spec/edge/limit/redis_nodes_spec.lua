local fake_ngx = require "fake_ngx"
local resolved = require "resolved"

-- edge.limit.redis_nodes: the address lists of limits.redis, and one client per member.
describe("edge.limit.redis_nodes", function()
    local redis_nodes, made

    before_each(function()
        fake_ngx.install({})
        made = {}
        package.loaded["edge.limit.redis"] = { new = function(o) made[#made + 1] = o return { opts = o } end }
        package.loaded["edge.limit.redis_nodes"] = nil
        redis_nodes = require "edge.limit.redis_nodes"
    end)

    after_each(function()
        package.loaded["edge.limit.redis"] = nil
        package.loaded["edge.limit.redis_nodes"] = nil
    end)

    it("checks an address list and copies it", function()
        local list = { "10.0.0.1:7000", "[::1]:7001" }
        local out = redis_nodes.addresses(list, "nodes", "a cluster needs at least one node")
        assert.same(list, out)
        assert.is_not.equal(list, out)
        assert.has_error(function() redis_nodes.addresses({}, "nodes", "a cluster needs at least one node") end,
            "limits.redis.nodes: a cluster needs at least one node")
        assert.has_error(function() redis_nodes.addresses({ "10.0.0.1" }, "sentinels", "x") end,
            "limits.redis.sentinels: expected host:port, got 10.0.0.1")
    end)

    it("makes one client per member, with the connection options and that member's password", function()
        local members = redis_nodes.new(resolved.redis_connection({ timeout_ms = 250, pool_size = 8 }))
        local a = members:client("10.0.0.1:7000", "data")
        assert.equals(a, members:client("10.0.0.1:7000", "data"))
        local s = members:client("[::1]:26379", "sentinel")
        assert.equals(2, #made)
        assert.same({ "10.0.0.1", 7000, "data", 250, 250, 250, 8, 30000 }, { a.opts.host, a.opts.port,
            a.opts.password, a.opts.connect_timeout, a.opts.send_timeout, a.opts.read_timeout, a.opts.pool_size,
            a.opts.idle_ms })
        assert.same({ "::1", 26379, "sentinel" }, { s.opts.host, s.opts.port, s.opts.password })
    end)
end)
