-- Rate-limit state of one node in a lua_shared_dict, shared by every worker.
-- A shared dict has no compare-and-set, so a get-then-set decision races across workers
-- (lua-resty-limit-traffic's own FIXME). Every decision here runs inside a tiny critical section:
-- a lock key taken with the atomic dict:add, held only across a few dict calls that never yield,
-- and given a short expiry so a worker killed inside it cannot wedge the others.
-- All limits of a request are read, decided and written under the one lock: all-or-nothing.
local ffi = require "ffi"
local gcra = require "limit_gcra"
local clock = require "limit_clock"

local update_time = ngx.update_time
local sleep = ngx.sleep

ffi.cdef [[ int sched_yield(void); ]]
local sched_yield = ffi.C.sched_yield

local _M = {}
local mt = { __index = _M }

-- s; far beyond a critical section (and beyond the skew of workers' cached clocks, which judge
-- the expiry), short enough that a worker killed inside it only stalls decisions for a moment.
local LOCK_TTL = 1
local SPINS = 64              -- dict:add attempts before giving the CPU away
local YIELDS = 64             -- sched_yield rounds (the holder was preempted) before sleeping
local ROUNDS = 50             -- ngx.sleep rounds before giving up (only if the lock holder died)

function _M.new(dict_name)
    local dict = ngx.shared[dict_name]
    if not dict then
        error("limit_store_local: lua_shared_dict " .. dict_name .. " is not declared")
    end
    return setmetatable({ dict = dict, name = "local" }, mt)
end

-- can_yield: false in phases where ngx.sleep is not allowed.
local function lock(dict, lock_key, can_yield)
    for round = 1, ROUNDS do
        for _ = 1, YIELDS do
            for _ = 1, SPINS do
                if dict:add(lock_key, true, LOCK_TTL) then
                    return true
                end
            end
            -- The holder is between two dict calls; on an oversubscribed CPU it may be preempted:
            -- let it run (what nginx's own shm mutex does) instead of burning our time slice.
            sched_yield()
        end
        -- The holder is another worker between two dict calls, or dead: let the clock move so an
        -- expired lock can be taken over, and give the holder a moment.
        update_time()
        if can_yield and round < ROUNDS then
            sleep(0.001)
        end
    end
    return false
end

-- Decide all limits of one request atomically. lock_key scopes the critical section (the route:
-- every key of a request embeds the route name, so routes never contend for one lock).
-- keys[i] and limits[i] go together. Returns the gcra decision, plus .degraded when the lock could
-- not be had (decided without it rather than failing the request).
function _M:evaluate(lock_key, keys, limits, now, can_yield)
    local dict = self.dict
    lock_key = "lock:" .. lock_key
    local locked = lock(dict, lock_key, can_yield ~= false)
    now = now or clock.now()
    local tats = {}
    for i = 1, #keys do
        tats[i] = dict:get(keys[i])
    end
    local decision = gcra.evaluate(limits, tats, now)
    if decision.allowed then
        for i = 1, #keys do
            local tat = decision.new_tats[i]
            local ok, err = dict:set(keys[i], tat, gcra.ttl(tat, now))
            if not ok then
                ngx.log(ngx.ERR, "limit_store_local: cannot store ", keys[i], ": ", err)
            end
        end
    end
    if locked then
        dict:delete(lock_key)
    else
        decision.degraded = true
    end
    return decision
end

return _M
