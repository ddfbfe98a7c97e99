local fake_ngx = require "fake_ngx"

describe("edge.limit.keys", function()
    local keys, ngx

    before_each(function()
        ngx = fake_ngx.install({})
        ngx.re = { match = function() return nil end }
        ngx.req = { read_body = function() end, get_body_data = function() return nil end }
        ngx.decode_base64 = function() return nil end
        ngx.unescape_uri = function(s) return s end
        package.loaded["edge.limit.keys"] = nil
        keys = require "edge.limit.keys"
    end)

    it("compiles simple, header and composite keys to functions of the request", function()
        ngx.var = { remote_addr = "10.0.0.7", http_x_tenant = "t1", edge_client_id = "" }
        local ip, label = keys.compile("ip")
        assert.equals("ip", label)
        local ctx = {}
        assert.equals("10.0.0.7", ip(ctx))
        assert.equals("10.0.0.7", ctx.client_ip)   -- read once per request, kept for the next key
        assert.equals("t1", (keys.compile("header:X-Tenant"))({}))
        local both, both_label = keys.compile({ "ip", "header:X-Tenant" })
        assert.equals("ip+header:X-Tenant", both_label)
        assert.equals("10.0.0.7+t1", both({}))
        -- a part without a value: the composite has none, so the limit does not apply
        assert.is_nil((keys.compile({ "ip", "client_id" }))({}))
        assert.has_error(function() keys.compile("ipp") end)
    end)

    it("says which keys the request carries before any policy ran", function()
        local function carried(spec) return (select(3, keys.compile(spec))) end
        assert.is_true(carried("ip"))
        assert.is_true(carried("route"))
        assert.is_true(carried("header:X-Tenant"))
        assert.is_true(carried({ "ip", "header:X-Tenant" }))
        assert.is_true((select(3, keys.compile("ip", { ipv6_prefix = 48 }))))
        -- known only once the JWT or the body was read
        assert.is_false(carried("client_id"))
        assert.is_false(carried("oauth_client"))
        assert.is_false(carried("slack_team"))
        assert.is_false(carried({ "ip", "client_id" }))
    end)

    it("applies a limit only to its paths and methods", function()
        local limit = { paths = { ["/admin/login"] = true }, methods = { POST = true } }
        assert.is_true(keys.applies(limit, { uri = "/admin/login", request_method = "POST" }))
        assert.is_false(keys.applies(limit, { uri = "/admin/login", request_method = "GET" }))
        assert.is_false(keys.applies(limit, { uri = "/admin/", request_method = "POST" }))
        assert.is_true(keys.applies({}, { uri = "/x", request_method = "GET" }))
    end)

    it("lists the active limits with their full keys", function()
        local limits = {
            { key_fn = function(ctx) return ctx.ip end, key_of = function(v) return "a|" .. v end },
            { key_fn = function() return nil end, key_of = function(v) return "b|" .. v end },
            { key_fn = function(ctx) return ctx.ip end, key_of = function(v) return "c|" .. v end,
              methods = { POST = true } },
        }
        local active, full, n = keys.active(limits, { ip = "1.2.3.4" }, { uri = "/", request_method = "GET" })
        assert.equals(1, n)
        assert.equals(limits[1], active[1])
        assert.same({ "a|1.2.3.4" }, full)
    end)

    it("allowlists IPv4 and IPv6 addresses and networks, and client ids", function()
        local allowed = keys.allowlist({ ip = { "127.0.0.2", "10.1.0.0/16", "::1", "2001:db8::/32" },
            client_id = { "jeeves-worker" } })
        local function from(ip, client)
            ngx.var = { remote_addr = ip, edge_client_id = client or "" }
            return allowed({})
        end
        assert.is_true(from("127.0.0.2"))
        assert.is_true(from("10.1.200.3"))
        assert.is_false(from("10.2.0.1"))
        assert.is_true(from("::1"))
        assert.is_true(from("2001:db8:1::5"))
        assert.is_false(from("2001:db9::5"))
        assert.is_true(from("192.0.2.1", "jeeves-worker"))
        assert.is_false(from("192.0.2.1", "other"))
        assert.is_true(from("10.1.200.3"))   -- the memoised answer is the same
        assert.is_false(keys.allowlist({ ip = {}, client_id = {} })({}))
        assert.has_error(function() keys.allowlist({ ip = { "10.0.0.0/33" }, client_id = {} }) end)
    end)
end)
