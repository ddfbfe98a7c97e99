local fake_ngx = require "fake_ngx"

-- edge.limit.background_refresh: one refresh at a time, at most one per MIN_GAP, failures logged.
describe("edge.limit.background_refresh", function()
    local background, timers, logged

    before_each(function()
        timers, logged = {}, {}
        local ngx = fake_ngx.install({})
        ngx.timer = { at = function(_, fn, ...) timers[#timers + 1] = { fn, ... } return true end }
        ngx.log = function(_, ...) logged[#logged + 1] = table.concat({ ... }) end
        package.loaded["edge.limit.background_refresh"] = nil
        background = require "edge.limit.background_refresh"
    end)

    local function client(result)
        return { refreshing = false, last_refresh = -1, refresh_every = 5, calls = 0,
            refresh = function(self) self.calls = self.calls + 1 return result, result == nil and "down" or nil end }
    end

    it("runs one refresh at a time and sets the next periodic one", function()
        local c = client(true)
        background.schedule(c, 10, "refresh", "x: ")
        background.schedule(c, 11, "refresh", "x: ")   -- one is under way
        assert.equals(1, #timers)
        assert.equals(15, c.next_refresh)
        timers[1][1](false, unpack(timers[1], 2))
        assert.equals(1, c.calls)
        assert.is_false(c.refreshing)
        assert.same({}, logged)
    end)

    it("refreshes at most once per MIN_GAP, and logs a failure", function()
        local c = client(nil)
        background.schedule(c, 10, "refresh", "x: cannot: ")
        timers[1][1](false, unpack(timers[1], 2))
        background.schedule(c, 10 + background.MIN_GAP / 2, "refresh", "x: cannot: ")
        assert.equals(1, #timers)
        background.schedule(c, 10 + background.MIN_GAP * 1.5, "refresh", "x: cannot: ")
        assert.equals(2, #timers)
        assert.same({ "x: cannot: down" }, logged)
    end)

    it("does nothing when the worker is exiting (premature timer)", function()
        local c = client(true)
        background.schedule(c, 10, "refresh", "x: ")
        timers[1][1](true, unpack(timers[1], 2))
        assert.equals(0, c.calls)
        assert.is_false(c.refreshing)
    end)
end)
