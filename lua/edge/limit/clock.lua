-- Wall clock for limiter decisions, read fresh on every call. ngx.now() is cached per event-loop
-- iteration in each worker; two busy workers can disagree by milliseconds, which with a tight
-- tolerance (tau = burst / rate) turns into spurious rejections. clock_gettime is a vDSO call.
local ffi = require "ffi"

ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } limit_timespec;
int clock_gettime(int clk_id, limit_timespec *tp);
]]

local C = ffi.C
local ts = ffi.new("limit_timespec")
local CLOCK_REALTIME = 0

local _M = {}

function _M.now()
    C.clock_gettime(CLOCK_REALTIME, ts)
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

return _M
