package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path
local gcra = require "edge.limit.gcra"

-- Drive one key through the algorithm with an injected clock (no sleeps anywhere).
local function run(limits, tats, now)
    local d = gcra.evaluate(limits, tats, now)
    if d.allowed then
        for i = 1, #limits do
            tats[i] = d.new_tats[i]
        end
    end
    return d
end

describe("edge.limit.gcra", function()
    it("derives a limit's constants from its parsed rate and burst", function()
        local l = gcra.limit({ quota = 30, window = 60 }, 2)
        assert.equals(0.5, l.per_second)
        assert.equals(2, l.interval)
        assert.equals(4, l.tau)
        assert.same({ 30, 60, 2 }, { l.quota, l.window, l.burst })
    end)

    it("admits burst + 1 at once, then exactly one per interval", function()
        local limits = { gcra.limit({ quota = 10, window = 1 }, 5) }
        local tats, admitted = {}, 0
        for _ = 1, 20 do
            if run(limits, tats, 100).allowed then
                admitted = admitted + 1
            end
        end
        assert.equals(6, admitted)
        assert.is_false(run(limits, tats, 100.099).allowed)
        assert.is_true(run(limits, tats, 100.1).allowed)
        assert.is_false(run(limits, tats, 100.1).allowed)
    end)

    it("admits rate * T + burst + 1 when offered 5x the rate for 10 s", function()
        local limits = { gcra.limit({ quota = 20, window = 1 }, 10) }
        local tats, admitted = {}, 0
        -- 100 r/s for 10 s: t = 0, 0.01, ..., 9.99 (integer steps avoid float drift in the clock).
        for step = 0, 999 do
            if run(limits, tats, 1000 + step / 100).allowed then
                admitted = admitted + 1
            end
        end
        -- The last arrival is at 9.99 s: 20 * 9.99 -> 199 whole intervals after the burst of 11.
        assert.equals(11 + 199, admitted)
    end)

    it("charges no limit when one of them rejects (two-phase)", function()
        local limits = { gcra.limit({ quota = 100, window = 1 }, 100), gcra.limit({ quota = 1, window = 1 }, 0) }
        local tats = {}
        assert.is_true(run(limits, tats, 50).allowed)
        local before = tats[1]
        local d = run(limits, tats, 50)
        assert.is_false(d.allowed)
        assert.equals(2, d.rejected_by)
        assert.equals(before, tats[1])          -- the passing limit was not charged
        assert.equals(before, d.new_tats[1])
        assert.near(1, d.retry_after, 1e-9)
        assert.equals(0, d.delay)
    end)

    it("reports remaining and reset like the RateLimit header wants", function()
        local limits = { gcra.limit({ quota = 10, window = 1 }, 4) }
        local tats = {}
        local d = run(limits, tats, 0)
        assert.equals(4, d.remaining[1])
        assert.near(0.1, d.reset[1], 1e-9)
        for _ = 1, 4 do
            d = run(limits, tats, 0)
        end
        assert.equals(0, d.remaining[1])
        assert.near(0.5, d.reset[1], 1e-9)
        d = run(limits, tats, 0)
        assert.is_false(d.allowed)
        assert.equals(0, d.remaining[1])
        assert.near(0.1, d.retry_after, 1e-9)
        assert.equals(1, gcra.whole_seconds(d.retry_after))
    end)

    it("schedules excess within burst one interval apart (delay mode)", function()
        local limits = { gcra.limit({ quota = 5, window = 1 }, 3) }
        local tats, delays = {}, {}
        for i = 1, 4 do
            delays[i] = run(limits, tats, 10).delay
        end
        assert.near(0, delays[1], 1e-9)
        assert.near(0.2, delays[2], 1e-9)
        assert.near(0.4, delays[3], 1e-9)
        assert.near(0.6, delays[4], 1e-9)
        assert.is_false(run(limits, tats, 10).allowed)
    end)

    it("forgets an idle key: state older than now is a fresh bucket", function()
        local limits = { gcra.limit({ quota = 1, window = 1 }, 0) }
        local tats = {}
        assert.is_true(run(limits, tats, 0).allowed)
        assert.is_false(run(limits, tats, 0.5).allowed)
        assert.is_true(run(limits, tats, 3600).allowed)
        assert.near(1, gcra.ttl(tats[1] - 10, tats[1]), 1e-12)        -- idle: only the slack
        assert.near(1.5, gcra.ttl(tats[1], tats[1] - 0.5), 1e-12)
    end)
end)
