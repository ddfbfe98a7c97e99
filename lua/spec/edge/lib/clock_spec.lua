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

    it("reads this thread's CPU time: it grows with work, not with waiting", function()
        local ffi = require "ffi"
        pcall(ffi.cdef, "int poll(void *fds, unsigned long nfds, int timeout);")
        local a = clock.cpu()
        ffi.C.poll(nil, 0, 50)
        assert.is_true(clock.cpu() - a < 0.02)
        local b = clock.cpu()
        repeat until clock.cpu() - b > 0.01
    end)
end)

