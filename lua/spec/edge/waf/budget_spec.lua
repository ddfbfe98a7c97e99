local budget = require "edge.waf.budget"
local ffi = require "ffi"
pcall(ffi.cdef, "int poll(void *fds, unsigned long nfds, int timeout);")   -- other specs may declare it

describe("edge.waf.budget", function()
    after_each(function() budget.disarm() end)

    it("is never spent while disarmed", function()
        for _ = 1, 200 do
            assert.is_false(budget.charge(4096))
        end
        assert.is_false(budget.disarm())
    end)

    it("is spent by the first long match past the deadline, and says so once disarmed", function()
        budget.arm(-1)
        assert.is_false(budget.spent())
        assert.is_true(budget.charge(129))
        assert.is_true(budget.spent())
        assert.is_true(budget.disarm())
        assert.is_false(budget.spent())
    end)

    it("reads the clock on short matches too, every so many", function()
        budget.arm(-1)
        local calls = 0
        repeat
            calls = calls + 1
        until budget.charge(10) or calls > 1000
        assert.is_true(calls <= 64)
    end)

    it("is not spent within its time, and a new arm starts afresh", function()
        budget.arm(-1)
        budget.charge(1000)
        budget.arm(60)
        assert.is_false(budget.spent())
        for _ = 1, 1000 do
            budget.charge(1000)
        end
        assert.is_false(budget.disarm())
    end)

    it("counts CPU time: a worker that waited for a core has not spent it, one that ran has", function()
        budget.arm(0.02)
        ffi.C.poll(nil, 0, 60)   -- 60 ms of wall time, next to no CPU: a descheduled worker
        assert.is_false(budget.charge(1000))
        local spins = 0
        repeat
            spins = spins + 1
        until budget.charge(1000) or spins > 1e8
        assert.is_true(budget.spent())
    end)
end)

