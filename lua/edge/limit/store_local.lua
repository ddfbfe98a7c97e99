-- Rate-limit state of one node in a lua_shared_dict, shared by every worker.
-- A shared dict has no compare-and-set, so a get-then-set decision races across workers
-- (lua-resty-limit-traffic's own FIXME). Every decision here runs inside a tiny critical section:
-- a lock key taken with the atomic dict:add, held only across a few dict calls that never yield,
-- and given a short expiry so a worker killed inside it cannot wedge the others.
-- All limits of a request are read, decided and written under the one lock: all-or-nothing.
-- A full dict evicts its least recently used keys (a get or set makes a key recent), so under a flood
-- of fresh keys the keys of active clients stay; each eviction is counted (edge_shdict_evictions_total).
local ffi = require "ffi"
local gcra = require "edge.limit.gcra"
local clock = require "edge.lib.clock"
local metrics = require "edge.lib.metrics"

local update_time = ngx.update_time
local sleep = ngx.sleep

ffi.cdef [[ int sched_yield(void); ]]
local sched_yield = ffi.C.sched_yield

local _M = {}
local mt = { __index = _M }

local evicted_key   -- the eviction counter's series, for the one dict a process uses

-- s; far beyond a critical section (and beyond the skew of workers' cached clocks, which judge
-- the expiry), short enough that a worker killed inside it only stalls decisions for a moment.
local LOCK_TTL = 1
local SPINS = 64              -- dict:add attempts before giving the CPU away
local YIELDS = 64             -- sched_yield rounds (the holder was preempted) before sleeping
local ROUNDS = 50             -- ngx.sleep rounds before giving up (only if the lock holder died)

function _M.new(dict_name)
    local dict = ngx.shared[dict_name]
    if not dict then
        error("edge.limit.store_local: lua_shared_dict " .. dict_name .. " is not declared")
    end
    evicted_key = metrics.series("edge_shdict_evictions_total", { { "dict", dict_name } })
    return setmetatable({ dict = dict, name = "local" }, mt)
end

-- The lock is contended: spin, then yield the CPU, then sleep. A separate function so that the hot
-- path (the first add succeeds) has no loop: LuaJIT would blacklist a loop left after one round.
local function lock_contended(dict, lock_key, can_yield)
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

-- can_yield: false in phases where ngx.sleep is not allowed.
local function lock(dict, lock_key, can_yield)
    return dict:add(lock_key, true, LOCK_TTL) or lock_contended(dict, lock_key, can_yield)
end

-- "lock:" .. lock_key, built once per lock key (a per-request concatenation costs an interning).
local lock_names = setmetatable({}, { __index = function(t, k)
    local v = "lock:" .. k
    t[k] = v
    return v
end })

local function store(dict, key, tat, now)
    local ok, err, forcible = dict:set(key, tat, gcra.ttl(tat, now))
    if not ok then
        ngx.log(ngx.ERR, "edge.limit.store_local: cannot store ", key, ": ", err)
    end
    if forcible then   -- the dict was full: older keys were evicted to make room
        metrics.inc_key(evicted_key)
    end
end

-- The critical section of one decision: lock_key scopes it (the route: every key of a request
-- embeds the route name, so routes never contend for one lock). Returns whether the lock was had
-- (if not, the caller decides without it rather than failing the request).
function _M:lock(lock_key, can_yield)
    return lock(self.dict, lock_names[lock_key], can_yield ~= false)
end

function _M:unlock(lock_key, locked)
    if locked then
        self.dict:delete(lock_names[lock_key])
    end
end

function _M:commit(key, tat, now)
    store(self.dict, key, tat, now)
end

-- Decide all limits of one request atomically. keys[i] and limits[i] go together. Returns the gcra
-- decision, plus .degraded when the lock could not be had. (The ratelimit policy's own path is
-- lua/edge/limit/chain.lua; this table form serves Redis's fallback and the specs.)
function _M:evaluate(lock_key, keys, limits, now, can_yield)
    local dict = self.dict
    local locked = self:lock(lock_key, can_yield)
    now = now or clock.now()
    local tats = {}
    for i = 1, #keys do
        tats[i] = dict:get(keys[i])
    end
    local decision = gcra.evaluate(limits, tats, now)
    if decision.allowed then
        for i = 1, #keys do
            store(dict, keys[i], decision.new_tats[i], now)
        end
    end
    self:unlock(lock_key, locked)
    decision.degraded = not locked or nil
    return decision
end

return _M
