-- One request's inspection time budget, shared by our rules (edge.waf.inspect) and the CRS's
-- (edge.waf.crs.regex). Some patterns cost far more than PCRE's match limit counts (CRS 941160 is cubic
-- on a run of "<"; PCRE2's JIT does not count a character-class loop), so a request is bounded by time:
-- past the deadline every match is skipped and the pass is spent; the WAF policy refuses the request
-- (finding 200180) and nothing from it is memoised. The budget is CPU time, so that a loaded host (a
-- worker waiting for a core) refuses no benign request; the wall clock (coarse, monotonic: a vDSO read)
-- is read after a match on a subject longer than TIMED bytes and after every CHECK_EVERY shorter ones,
-- and only once it passes the deadline is the CPU clock (a system call) asked.
local clocks = require "edge.lib.clock"
local clock, cpu_clock = clocks.coarse, clocks.cpu

local huge = math.huge
local TIMED, CHECK_EVERY = 128, 64

local deadline, spent, untimed = huge, false, 0
local budget, cpu_start = huge, 0

local _M = {}

-- arm(seconds): the matches from now on share this budget, until disarm()
function _M.arm(seconds)
    deadline, spent, untimed = clock() + seconds, false, 0
    budget, cpu_start = seconds, cpu_clock()
end

-- disarm() -> whether the budget ran out since arm()
function _M.disarm()
    local was = spent
    deadline, spent = huge, false
    return was
end

-- Whether the armed budget ran out: skip the work, memoise nothing.
function _M.spent()
    return spent
end

-- charge(n): a match on n bytes was made -> whether the budget is now spent
function _M.charge(n)
    if n <= TIMED then
        untimed = untimed + 1
        if untimed < CHECK_EVERY then
            return spent
        end
    end
    untimed = 0
    local now = clock()
    if now > deadline then
        local left = budget - (cpu_clock() - cpu_start)
        if left <= 0 then
            spent = true
        else   -- the wall clock ran ahead of the CPU (the worker waited for a core): check again later
            deadline = now + left
        end
    end
    return spent
end

return _M
