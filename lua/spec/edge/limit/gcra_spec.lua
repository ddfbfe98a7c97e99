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
        assert.same({ 2, 3, 6 }, { l.burst, l.capacity, l.refill })
    end)

    it("publishes the whole bucket as the quota and its refill time as the window", function()
        local l = gcra.limit({ quota = 50, window = 1 }, 400)
        assert.equals(401, l.capacity)
        assert.equals(9, l.refill)                 -- 401 requests take 8.02 s to come back
        assert.equals(183, gcra.limit({ quota = 20, window = 60 }, 60).refill)
        assert.equals(1, gcra.limit({ quota = 10, window = 1 }, 3).refill)
    end)

    it("never reports more remaining than the quota, nor a reset past the window", function()
        math.randomseed(11)
        for _ = 1, 2000 do
            local l = gcra.limit({ quota = math.random(1, 200), window = math.random() < 0.5 and 1 or 60 }, math.random(0, 50))
            local now = 1000
            -- a stored tat is at most one full bucket ahead of the clock
            local tat = math.random() < 0.2 and nil or now + (math.random() * 1.1 - 0.1) * (l.tau + l.interval)
            local _, _, _, remaining, reset = gcra.decide(l, tat, now)
            local r2, reset2 = gcra.standing(l, tat, now)
            for _, pair in ipairs({ { remaining, reset }, { r2, reset2 } }) do
                local r, t = pair[1], gcra.whole_seconds(pair[2])
                assert.is_true(r >= 0 and r <= l.capacity)
                assert.is_true(t >= 0 and t <= l.refill)
                assert.equals(r == l.capacity, t == 0)   -- whole again exactly when nothing is pending
            end
        end
    end)

    it("counts remaining exactly at today's epoch seconds (float rounding of now + interval)", function()
        local l = gcra.limit({ quota = 5, window = 1 }, 5)
        for i = 0, 999 do
            local now = 1764770000 + i * 0.001037
            local _, _, _, remaining = gcra.decide(l, nil, now)
            assert.equals(5, remaining)
        end
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
