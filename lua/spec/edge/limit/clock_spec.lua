describe("edge.limit.clock", function()
    it("reads the wall clock fresh on every call, with sub-millisecond resolution", function()
        local clock = require "edge.limit.clock"
        local a = clock.now()
        assert.near(os.time(), a, 2)
        local b
        repeat b = clock.now() until b ~= a
        assert.is_true(b > a and b - a < 0.5)
    end)
end)
