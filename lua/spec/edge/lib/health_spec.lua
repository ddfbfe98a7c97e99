package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"

describe("health.down_dependencies", function()
    local health

    setup(function()
        local fake = fake_ngx.install({ dicts = { "edge_metrics" } })
        fake.thread = {}
        package.loaded["edge.lib.errors"] = { reject = function() end }
        health = require "edge.lib.health"
    end)

    it("names the dependencies a service reports down, sorted", function()
        assert.same({ "postgres", "redis" },
            health.down_dependencies('{"status":"down","checks":{"redis":"down","postgres":"timeout","disk":"up"}}'))
    end)

    it("is nil when every dependency is up or the body says nothing about them", function()
        assert.is_nil(health.down_dependencies('{"status":"ok","checks":{"postgres":"up","redis":"ok"}}'))
        assert.is_nil(health.down_dependencies('{"status":"ok"}'))
        assert.is_nil(health.down_dependencies("<html>"))
        assert.is_nil(health.down_dependencies(nil))
        assert.is_nil(health.down_dependencies('{"checks":"postgres"}'))
    end)
end)
