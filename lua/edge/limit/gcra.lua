-- GCRA (the "virtual scheduling" form of the leaky bucket), pure arithmetic with the clock passed in,
-- so the local store, the Redis script and the specs share one definition of a decision.
-- A key's state is its theoretical arrival time (tat, seconds). With interval = 1/rate and
-- tau = burst * interval, a request at `now` conforms when max(tat, now) - now <= tau; it is then
-- scheduled at max(tat, now) (its delay in delay mode) and the new tat is that + interval.
-- This admits burst + 1 requests at once and `rate` per second after, exactly like nginx limit_req.
local floor = math.floor
local ceil = math.ceil
local max = math.max

local _M = {}

-- Tolerates float noise only: a microsecond, the Redis script's resolution, and above the rounding
-- of epoch seconds in a double (2^-22 s today), which made `remaining` one short at random.
local EPSILON = 1e-6
_M.EPSILON = EPSILON

-- Requests a key could still admit right now when its state is `tat`.
local function remaining_at(limit, tat, now)
    return max(0, floor((limit.tau - (tat - now) + EPSILON) / limit.interval) + 1)
end

-- One limit against one key's state (tat: number|nil), no tables: each step of the local limit
-- chain (lua/edge/limit/chain.lua) calls this directly. Returns
--   conforms   boolean
--   tat        the state to store when it conforms (unchanged otherwise)
--   wait       conforming: the delay before this request's slot; else: seconds past the tolerance
--              plus tau, i.e. retry after wait - tau
--   remaining  requests the key could still admit right now (after this one, when it conforms)
--   reset      seconds until the key's bucket is empty again (quota fully restored)
function _M.decide(limit, tat, now)
    local base = max(tat or now, now)
    local wait = base - now
    if wait <= limit.tau + EPSILON then
        local new_tat = base + limit.interval
        return true, new_tat, wait, remaining_at(limit, new_tat, now), new_tat - now
    end
    return false, tat, wait, 0, wait
end

local decide = _M.decide

-- A key as it stands (this request not charged): remaining, reset as in decide.
function _M.standing(limit, tat, now)
    local base = max(tat or now, now)
    return remaining_at(limit, base, now), base - now
end

local standing = _M.standing

-- Evaluate every limit of one request against its state, all-or-nothing (two-phase: nothing is
-- charged unless all conform). limits[i] = {interval=, tau=}, tats[i] = number|nil.
-- Returns a decision table:
--   allowed       boolean
--   rejected_by   index of the first limit that does not conform (nil when allowed)
--   delay         seconds the request must wait for its slot (max over limits; 0 for most)
--   retry_after   seconds until the rejecting limit would admit one request (0 when allowed)
--   new_tats[i]   state to store when allowed
--   remaining[i]  requests each key could still admit right now after this one
--   reset[i]      seconds until each key's bucket is empty again (quota fully restored)
function _M.evaluate(limits, tats, now)
    local n = #limits
    local new_tats, remaining, reset = {}, {}, {}
    local delay, rejected_by, retry_after = 0, nil, 0
    for i = 1, n do
        local limit = limits[i]
        local conforms, tat, wait
        conforms, tat, wait, remaining[i], reset[i] = decide(limit, tats[i], now)
        new_tats[i] = tat
        if conforms then
            if wait > delay then
                delay = wait
            end
        elseif not rejected_by then
            rejected_by = i
            retry_after = wait - limit.tau
        end
    end
    if rejected_by then
        -- Nothing was charged: report every key as it stands, not as if this request counted.
        for i = 1, n do
            if i ~= rejected_by then
                new_tats[i] = tats[i]
                remaining[i], reset[i] = standing(limits[i], tats[i], now)
            end
        end
        delay = 0
    end
    return {
        allowed = rejected_by == nil,
        rejected_by = rejected_by,
        delay = delay,
        retry_after = retry_after,
        new_tats = new_tats,
        remaining = remaining,
        reset = reset,
    }
end

-- Seconds a stored tat must outlive `now`: after that the key is idle and equal to a fresh one.
-- Shared-dict expiry is judged with each worker's cached clock, which can run ahead of the writer's:
-- an exact ttl would let another worker see the key expire early and admit too much
-- (docs/performance.md). One second of slack costs memory only.
local TTL_SLACK = 1

function _M.ttl(tat, now)
    return max(0, tat - now) + TTL_SLACK
end

-- Whole seconds for headers: never 0 while something is pending.
function _M.whole_seconds(s)
    if s <= 0 then
        return 0
    end
    return ceil(s - EPSILON)
end

-- rate {quota=, window=} (gateway/policies/schema.py parsed it), burst -> the limit's constants.
-- capacity: requests an idle key admits at once (burst + 1), the most `remaining` can be;
-- refill: whole seconds an emptied bucket takes to hold `capacity` again, the most `reset` can be.
-- They are the quota and window the RateLimit headers publish (q=capacity; w=refill), so r <= q
-- and t <= w always hold.
function _M.limit(rate, burst)
    local quota, window = rate.quota, rate.window
    local per_second = quota / window
    local interval = 1 / per_second
    local capacity = burst + 1
    return { interval = interval, tau = burst * interval, per_second = per_second, burst = burst,
             capacity = capacity, refill = _M.whole_seconds(capacity * interval) }
end

return _M
