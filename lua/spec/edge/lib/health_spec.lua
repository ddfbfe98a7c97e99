local fake_ngx = require "fake_ngx"
local fake_socket = require "fake_socket"
local cjson = require "cjson"

-- edge.json's readyz, as gateway/policies/readyz.py resolves it
local READYZ = { cache_seconds = 1, ratelimit = { store = "local", limits = {} } }
local limited = {}   -- the ratelimit policies health.init built, and how often each was asked
package.loaded["edge.policies.ratelimit"] = {
    new = function(conf, route)
        local policy = { conf = conf, route = route, calls = 0 }
        policy.access = function(self) self.calls = self.calls + 1 end
        limited[#limited + 1] = policy
        return policy
    end,
}

describe("edge.lib.health", function()
    local health, ngx, said, status

    before_each(function()
        ngx = fake_ngx.install({})
        said, status = {}, nil
        ngx.say = function(s) said[#said + 1] = s end
        ngx.exit = function(s) status = s end
        -- threads run at once: spawn calls, wait returns its results
        ngx.thread = { spawn = function(fn, ...) return { true, fn(...) } end,
                       wait = function(t) return unpack(t) end }
        package.loaded["edge.lib.errors"] = nil
        package.loaded["edge.lib.health"] = nil
        health = require "edge.lib.health"
        health.init({ health_checks = { { name = "jeeves", host = "127.0.0.1", port = 5000, path = "/healthz" } },
                      readyz = READYZ })
    end)

    it("is ready when every upstream answers 200", function()
        fake_socket.install(ngx, "HTTP/1.1 200 OK\r\n\r\n")
        health.readiness()
        assert.same({ status = "ready", checks = { jeeves = "up" } }, cjson.decode(said[1]))
    end)

    it("limits /readyz with the ratelimit policy edge.json resolved for it", function()
        local policy = limited[#limited]
        assert.equals(READYZ.ratelimit, policy.conf)
        assert.equals("readyz", policy.route)
        fake_socket.install(ngx, "HTTP/1.1 200 OK\r\n\r\n")
        health.readiness()
        assert.equals(1, policy.calls)
    end)

    it("answers 503 naming the upstreams that are down", function()
        fake_socket.install(ngx, "", "connection refused")
        health.readiness()
        assert.equals(503, status)
        local doc = cjson.decode(said[1])
        assert.equals("not_ready", doc.error)
        assert.same({ jeeves = "down" }, doc.checks)
    end)
end)

describe("edge.lib.health with an upstream that refuses the connection", function()
    it("answers 503 naming it (the connect error is not a dependency list)", function()
        local ngx = fake_ngx.install({})
        local said, status = {}, nil
        ngx.say = function(s) said[#said + 1] = s end
        ngx.exit = function(s) status = s end
        -- results kept with their count: a nil status must not hide the values after it
        local function pack(...) return { n = select("#", ...), ... } end
        ngx.thread = { spawn = function(fn, ...) return pack(true, fn(...)) end,
                       wait = function(t) return unpack(t, 1, t.n) end }
        package.loaded["edge.lib.errors"] = nil
        package.loaded["edge.lib.health"] = nil
        package.loaded["edge.lib.http_get"] = { get = function() return nil, "connection refused" end }
        local health = require "edge.lib.health"
        health.init({ health_checks = { { name = "jeeves", host = "127.0.0.1", port = 5000, path = "/readyz" } },
                      readyz = READYZ })
        health.readiness()
        package.loaded["edge.lib.http_get"] = nil
        package.loaded["edge.lib.health"] = nil
        assert.equals(503, status)
        assert.equals("unavailable: jeeves", cjson.decode(said[1]).message)
    end)
end)

describe("edge.lib.health.down_dependencies", function()
    local health

    setup(function()
        fake_ngx.install({}).thread = {}
        package.loaded["edge.lib.health"] = nil
        health = require "edge.lib.health"
    end)

    it("names the dependencies a service reports down, sorted", function()
        assert.same({ "postgres", "redis" }, health.down_dependencies(
            '{"status":"unavailable","dependencies":{"redis":"down","postgres":"timeout","disk":"up"}}'))
        assert.same({ "postgres" }, health.down_dependencies('{"checks":{"postgres":"down"}}'))
    end)

    it("is nil when every dependency is up or the body says nothing about them", function()
        assert.is_nil(health.down_dependencies('{"status":"ready","dependencies":{"postgres":"up"}}'))
        assert.is_nil(health.down_dependencies('{"status":"ok"}'))
        assert.is_nil(health.down_dependencies("<html>"))
        assert.is_nil(health.down_dependencies(nil))
        assert.is_nil(health.down_dependencies('{"checks":"postgres"}'))
    end)
end)
