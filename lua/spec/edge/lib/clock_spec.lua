describe("edge.lib.clock", function()
    local clock = require "edge.lib.clock"

    it("reads the wall clock fresh on every call, with sub-millisecond resolution", function()
        local a = clock.now()
        assert.near(os.time(), a, 2)
        local b
        repeat b = clock.now() until b ~= a
        assert.is_true(b > a and b - a < 0.5)
    end)

    it("reads a monotonic clock that advances while Lua runs", function()
        local a = clock.coarse()
        local b
        repeat b = clock.coarse() until b ~= a
        assert.is_true(b > a and b - a < 0.1)
    end)
end)
