-- Clocks read fresh on every call (clock_gettime, a vDSO call). ngx.now() is cached per event-loop
-- iteration: two busy workers can disagree by milliseconds (a limiter with a tight tolerance, tau =
-- burst / rate, turns that into spurious rejections), and it stands still while Lua runs.
local ffi = require "ffi"

ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } limit_timespec;
int clock_gettime(int clk_id, limit_timespec *tp);
]]

local C = ffi.C
local ts = ffi.new("limit_timespec")
local CLOCK_REALTIME, CLOCK_THREAD_CPUTIME_ID, CLOCK_MONOTONIC_COARSE = 0, 3, 6

local _M = {}

-- wall clock, seconds (limiter decisions shared between nodes)
function _M.now()
    C.clock_gettime(CLOCK_REALTIME, ts)
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

-- monotonic seconds at the kernel tick's resolution (1-4 ms), the cheapest read: for budgets
function _M.coarse()
    C.clock_gettime(CLOCK_MONOTONIC_COARSE, ts)
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

-- CPU seconds this thread (an nginx worker: one thread) has run: a system call, not vDSO; for time
-- that must not count a worker's waits for a core
function _M.cpu()
    C.clock_gettime(CLOCK_THREAD_CPUTIME_ID, ts)
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

return _M
