local fake_ngx = require "fake_ngx"
local resolved = require "resolved"

describe("revocations.apply", function()
    local rev, d, fake

    before_each(function()
        fake = fake_ngx.install({ dicts = { "edge_metrics", "edge_revocations" } })
        package.loaded["edge.lib.revocations"] = nil
        package.loaded["edge.lib.metrics"] = nil
        rev = require "edge.lib.revocations"
        d = fake.shared.edge_revocations
    end)

    -- the feed's shape; clients given as {{client_id=}} for readability
    local function doc(jtis, clients, extra)
        local ids = {}
        for i, c in ipairs(clients or {}) do
            ids[i] = type(c) == "table" and c.client_id or c
        end
        local t = { cursor = 100.5, revoked = jtis or {}, disabled_clients = ids }
        for k, v in pairs(extra or {}) do
            t[k] = v
        end
        return t
    end

    it("denies a revoked jti and moves the generation", function()
        assert.is_nil(rev.generation())
        local changed = rev.apply(d, doc({ { jti = "abc", exp = 2000 } }), 1000)
        assert.is_true(changed)
        assert.equals(1, rev.generation())
        assert.is_true(rev.denied(rev.jti_key("abc"), rev.client_key("demo")))
        assert.is_false(rev.denied(rev.jti_key("other"), rev.client_key("demo")))
        assert.is_false(rev.denied(nil, rev.client_key("demo")))
        assert.equals("100.5", d:get("cursor"))
    end)

    it("applies a repeated entry without moving the generation", function()
        rev.apply(d, doc({ { jti = "abc", exp = 2000 } }), 1000)
        local changed = rev.apply(d, doc({ { jti = "abc", exp = 2000 } }), 1001)
        assert.is_false(changed)
        assert.equals(1, rev.generation())
    end)

    it("skips jtis already expired past the slack and malformed entries", function()
        local changed = rev.apply(d, doc({ { jti = "old", exp = 10 }, { jti = 5, exp = 2000 }, "x",
            { jti = "", exp = 2000 }, { jti = "noexp" } }), 1000)
        assert.is_false(changed)
        assert.is_nil(rev.generation())
    end)

    it("keeps the disabled set exact: re-enabled clients leave the list", function()
        assert.is_true(rev.apply(d, doc({}, { { client_id = "a" }, { client_id = "b" } }), 1000))
        assert.is_true(rev.denied(nil, rev.client_key("a")))
        assert.is_true(rev.denied(nil, rev.client_key("b")))
        assert.is_false(rev.apply(d, doc({}, { { client_id = "a" }, { client_id = "b" } }), 1001))
        assert.is_true(rev.apply(d, doc({}, { { client_id = "b" } }), 1002))
        assert.is_false(rev.denied(nil, rev.client_key("a")))
        assert.is_true(rev.denied(nil, rev.client_key("b")))
        assert.equals(2, rev.generation())
    end)

    it("restores a client entry lost from the dict", function()
        rev.apply(d, doc({}, { { client_id = "a" } }), 1000)
        d:delete("c:a")
        assert.is_true(rev.apply(d, doc({}, { { client_id = "a" } }), 1001))
        assert.is_true(rev.denied(nil, rev.client_key("a")))
    end)

    it("reports a moved key set (kids), not the first one seen", function()
        local _, moved = rev.apply(d, doc({}, {}, { kids = { "k2", "k1" } }), 1000)
        assert.is_false(moved)
        _, moved = rev.apply(d, doc({}, {}, { kids = { "k1", "k2" } }), 1001)
        assert.is_false(moved)
        _, moved = rev.apply(d, doc({}, {}, { kids = { "k2" } }), 1002)
        assert.is_true(moved)
    end)

    it("refuses a client's tokens issued before its not-before, and only those", function()
        local nb = { { client_id = "a", not_before = 1500.25 } }
        assert.is_true(rev.apply(d, doc({}, {}, { clients_not_before = nb }), 1000))
        local a = rev.client_key("a")
        assert.is_true(rev.denied(nil, a, 1500))      -- issued before the disable
        assert.is_false(rev.denied(nil, a, 1501))     -- issued after the re-enable
        assert.is_true(rev.denied(nil, a, nil))       -- no iat: cannot be shown to be newer
        assert.is_true(rev.denied(nil, a, "1501"))
        assert.is_false(rev.denied(nil, rev.client_key("b"), 1))
        assert.is_false(rev.apply(d, doc({}, {}, { clients_not_before = nb }), 1001))
        -- disabled again: every token refused, whatever its iat; then re-enabled with a later not-before
        assert.is_true(rev.apply(d, doc({}, { "a" }, { clients_not_before = nb }), 1002))
        assert.is_true(rev.denied(nil, a, 9999))
        nb[1].not_before = 1600
        assert.is_true(rev.apply(d, doc({}, {}, { clients_not_before = nb }), 1003))
        assert.is_true(rev.denied(nil, a, 1599))
        assert.is_false(rev.denied(nil, a, 1600))
        -- past the horizon TokenDealer stops listing it: the entry goes
        assert.is_true(rev.apply(d, doc({}, {}, { clients_not_before = {} }), 1004))
        assert.is_false(rev.denied(nil, a, 1))
        assert.equals(4, rev.generation())
    end)

    it("drops the clients of a list written by the previous format", function()
        d:set("clients", '["a"]')
        d:set("c:a", true)
        assert.is_true(rev.apply(d, doc({}, {}), 1000))
        assert.is_false(rev.denied(nil, rev.client_key("a"), 1))
    end)

    it("rejects a malformed document and applies nothing", function()
        assert.is_nil(rev.apply(d, { revoked = {} }, 1000))
        assert.is_nil(rev.apply(d, doc({ { jti = "x", exp = 2000 } }, { 3 }), 1000))
        assert.is_false(rev.denied(rev.jti_key("x"), rev.client_key("3")))
        assert.is_nil(rev.apply(d, doc({}, {}, { clients_not_before = { { client_id = "a" } } }), 1000))
        assert.is_nil(rev.apply(d, doc({}, {}, { clients_not_before = { { client_id = "", not_before = 1 } } }), 1000))
        assert.is_false(rev.denied(nil, rev.client_key("a"), 1))
        assert.is_nil(d:get("cursor"))
    end)
end)

-- init() takes the jwt policy's resolved revocation conf as it is; the subscriber gets its push part
-- with the password from the secret file.
describe("revocations.init", function()
    local rev, timers, listened, dir

    before_each(function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics", "edge_revocations" } })
        timers, listened = {}, {}
        ngx.timer = { at = function(_, fn) timers[#timers + 1] = fn return true end }
        ngx.worker = { id = function() return 0 end, exiting = function() return #listened > 0 end }
        package.loaded["ngx.semaphore"] = { new = function() return { count = function() return 1 end } end }
        package.loaded["edge.lib.pubsub"] = {
            listen = function(opts) listened[#listened + 1] = opts return true end,
        }
        package.loaded["edge.lib.revocations"] = nil
        rev = require "edge.lib.revocations"
        dir = os.tmpname()
        os.remove(dir)
        assert(os.execute("mkdir -p " .. dir))
        local f = assert(io.open(dir .. "/redis_password", "w"))
        f:write("from-file\n")
        f:close()
    end)

    after_each(function()
        os.execute("rm -rf " .. dir)
        package.loaded["ngx.semaphore"], package.loaded["edge.lib.pubsub"] = nil, nil
    end)

    it("subscribes with the resolved push settings and the secret file's password", function()
        rev.init(resolved.jwt_revocation({ push = { host = "10.0.0.3", ping_every = 0.5 } }), { secrets_dir = dir })
        rev.init_worker()
        assert.equals(2, #timers)        -- the poll loop and the subscriber
        timers[2](false)
        local opts = listened[1]
        assert.same({ "10.0.0.3", 6379, "tokendealer:revocations", 1000, 0.5, "from-file" },
            { opts.host, opts.port, opts.channel, opts.timeout_ms, opts.ping_every, opts.password })
    end)

    it("keeps the yaml's push password, and starts no subscriber when push is off", function()
        rev.init(resolved.jwt_revocation({ push = { password = "yaml" } }), { secrets_dir = dir })
        rev.init_worker()
        timers[2](false)
        assert.equals("yaml", listened[1].password)
        package.loaded["edge.lib.revocations"] = nil
        rev = require "edge.lib.revocations"
        timers = {}
        rev.init(resolved.jwt_revocation({ push = { enabled = false } }), { secrets_dir = dir })
        rev.init_worker()
        assert.equals(1, #timers)
    end)
end)

describe("http_get.max_age", function()
    local http_get = require "edge.lib.http_get"

    it("reads max-age and treats no-store / no-cache as 0", function()
        assert.equals(300, http_get.max_age("public, max-age=300"))
        assert.equals(60, http_get.max_age('Max-Age="60", public'))
        assert.equals(0, http_get.max_age("no-store"))
        assert.equals(0, http_get.max_age("max-age=300, no-cache"))
        assert.is_nil(http_get.max_age("public"))
        assert.is_nil(http_get.max_age(nil))
    end)
end)
