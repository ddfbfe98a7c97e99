-- Edge policy: at most `max` requests in flight per key, with optional bounded queueing.
-- Schema (fields, defaults, the section it reads): gateway/policies/concurrency.py.
--   - concurrency:
--       limits:
--         - {name: per_ip, key: ip, max: 20}
--         - {name: route, key: route, max: 500}
--       queue: {max: 100, timeout_ms: 500}    # wait up to 500 ms for a slot, at most 100 waiting
--       retry_after: 1
-- A slot is released exactly once, in the log phase, whatever ended the request (completion,
-- client abort, upstream timeout, error_page redirect): the slot keys live in $edge_limit_slots,
-- which survives internal redirects (ngx.ctx does not) and is cleared on release. Each worker also
-- keeps a ledger of what it holds, keyed by its pid; a timer in every worker returns the slots of
-- workers that died without running their log phase (killed, crashed) - the leak behind
-- lua-resty-limit-traffic #73 and APISIX #12823.
-- The RateLimit headers carry each limit as `"<name>_inflight";q=<max>;qu="concurrent-requests"`
-- with `"<name>_inflight";r=<free slots>` (draft-ietf-httpapi-ratelimit-headers), before any rate
-- limit's items (the suffix: a route's rate and concurrency limits often share a name like per_ip).
local chain = require "edge.limit.chain"
local decisions = require "edge.lib.decisions"
local errors = require "edge.lib.errors"
local keys = require "edge.limit.keys"
local memo = require "edge.lib.memo"
local report = require "edge.limit.report"
local ffi = require "ffi"

local ngx_var = ngx.var
local ngx_now = ngx.now
local sleep = ngx.sleep
local concat = table.concat
local tostring = tostring
local find = string.find
local sub = string.sub

local _M = {}
local mt = { __index = _M }

local DICT = "edge_inflight"
local ALLOWLISTED = decisions.token("concurrency", nil, "allowlisted")
local QUEUED = decisions.token("concurrency", nil, "queued")
local SWEEP_EVERY = 1           -- s
local QUEUE_POLL = 0.005        -- s between retries while queued

ffi.cdef [[ int kill(int pid, int sig); ]]
local EPERM = 1

local function pid_alive(pid)
    if ffi.C.kill(pid, 0) == 0 then
        return true
    end
    return ffi.errno() == EPERM
end
_M.pid_alive = pid_alive

local allowlisted
local sweeper_started = false
local published = {}   -- "route|limit" -> true: gauge series this worker has written

-- conf: edge.json's, resolved by gateway/policies/concurrency.py (names, keys, queue, retry_after).
function _M.new(conf, route_name, edge_config)
    local dict = ngx.shared[DICT]
    if not dict then
        error("concurrency: lua_shared_dict " .. DICT .. " is not declared")
    end
    if not allowlisted then
        allowlisted = keys.allowlist(edge_config.limits.allowlist)
    end
    local queue = conf.queue
    local self = {
        dict = dict,
        route = route_name,
        limits = {},
        queue_max = queue.max,
        queue_timeout = queue.timeout_ms / 1000,
        queue_key = "q|" .. route_name,
        retry_after = tostring(conf.retry_after),
    }
    for i, l in ipairs(conf.limits) do
        local key_fn, key_label = keys.compile(l.key, edge_config.limits)
        local name = l.name
        local count = {}
        for _, outcome in ipairs({ "allowed", "queued", "rejected" }) do
            count[outcome] = report.decision_key(route_name, name, outcome)
        end
        self.limits[i] = {
            name = name, key_fn = key_fn, key_label = key_label, max = l.max, count = count,
            policy_item = '"' .. name .. '_inflight";q=' .. l.max .. ';qu="concurrent-requests"',
            state_item = '"' .. name .. '_inflight";r=',
            rejected_token = decisions.token("concurrency", name, "rejected"),
            key_of = memo.prefixed("c|" .. route_name .. "|" .. name .. "|"),   -- the slot keys
        }
    end
    -- The common route has one limit: its admission runs without per-request tables or loops.
    self.single = #self.limits == 1 and self.limits[1] or nil
    return setmetatable(self, mt)
end

-- slot key "c|<route>|<limit>|<value>" -> route, limit (for the gauge's labels)
local function labels_of(slot)
    local a = find(slot, "|", 3, true)
    local b = a and find(slot, "|", a + 1, true)
    if not b then
        return nil
    end
    return sub(slot, 3, a - 1), sub(slot, a + 1, b - 1)
end

local ledger_of   -- slot -> "w|<pid>|<slot>", made on first use in the worker (the master has another pid)

local function ledger_key(slot)
    if not ledger_of then
        ledger_of = memo.prefixed("w|" .. ngx.worker.pid() .. "|")
    end
    return ledger_of(slot)
end

local function release_one(dict, slot)
    dict:incr(slot, -1, 0)
    dict:incr(ledger_key(slot), -1, 0)
end

-- One slot on one key: the slots now taken, or false when the key is at its max (nothing taken).
local function take(dict, slot, max)
    local n, err = dict:incr(slot, 1, 0)
    if not n then
        ngx.log(ngx.ERR, "concurrency: ", err)
        return max   -- dict full: fail open for this key rather than reject everyone
    end
    if n > max then
        dict:incr(slot, -1, 0)
        return false
    end
    return n
end

-- A slot on every key, or none: a key over its max rolls back the ones already taken.
-- Returns the index of the limit that refused, or nil on success.
local function try_acquire(dict, slots, limits)
    for i = 1, #slots do
        if not take(dict, slots[i], limits[i].max) then
            for j = i - 1, 1, -1 do
                dict:incr(slots[j], -1, 0)
            end
            return i
        end
    end
    return nil
end

-- Wait (bounded) for the slots when the route allows queueing. refused: the index that refused
-- first (kept when the queue is full). Returns the refusing index or nil.
local function queue(self, slots, limits, refused)
    local dict = self.dict
    local waiting = dict:incr(self.queue_key, 1, 0)
    if waiting and waiting <= self.queue_max then
        local deadline = ngx_now() + self.queue_timeout
        repeat
            sleep(QUEUE_POLL)
            refused = try_acquire(dict, slots, limits)
        until not refused or ngx_now() >= deadline
    end
    dict:incr(self.queue_key, -1, 0)
    return refused
end

local decimal = chain.decimal

-- The RateLimit items of this policy (kept in ctx for the rate limits after it to append theirs).
local function publish(ctx, policy, state)
    local p, st = ctx.limit_policy, ctx.limit_state
    if p then
        policy, state = p .. ", " .. policy, st .. ", " .. state
    end
    ctx.limit_policy, ctx.limit_state = policy, state
    ngx_var.edge_ratelimit_policy = policy
    ngx_var.edge_ratelimit = state
end

-- Items of several limits: in flight is read back per key (the multi-limit path only).
local function publish_all(ctx, dict, slots, active)
    local policy, state = {}, {}
    for i = 1, #active do
        local limit = active[i]
        local free = limit.max - (dict:get(slots[i]) or 0)
        free = free > 0 and free or 0
        policy[i] = limit.policy_item
        state[i] = limit.state_item .. decimal(free)
    end
    publish(ctx, concat(policy, ", "), concat(state, ", "))
end

local function admitted(ctx, mine)
    -- Appended: another concurrency policy instance on the same request keeps its slots too (the
    -- access scratch remembers them: reading the variable back would cost more than writing it).
    local held = ctx.limit_slots
    held = held and held .. "\n" .. mine or mine
    ctx.limit_slots = held
    ngx_var.edge_limit_slots = held
end

function _M.access(self, ctx)
    if allowlisted(ctx) then
        decisions.log(ALLOWLISTED)
        return
    end
    local dict = self.dict
    local single = self.single
    local slots, active, n
    if single then
        local value = single.key_fn(ctx)
        if not value then
            return
        end
        local slot = single.key_of(value)
        local taken = take(dict, slot, single.max)
        if taken then
            dict:incr(ledger_key(slot), 1, 0)
            report.count(single.count.allowed)
            publish(ctx, single.policy_item, single.state_item .. decimal(single.max - taken))
            return admitted(ctx, slot)
        end
        slots, active, n = { slot }, { single }, 1
    else
        active, slots, n = keys.active(self.limits, ctx, ngx_var)
        if n == 0 then
            return
        end
    end
    local refused = try_acquire(dict, slots, active)
    local queued = false
    if refused and self.queue_max > 0 then
        queued = true
        refused = queue(self, slots, active, refused)
    end
    publish_all(ctx, dict, slots, active)
    if refused then
        local limit = active[refused]
        report.count(limit.count.rejected)
        decisions.log(limit.rejected_token)
        return errors.reject(503, "too_many_in_flight", "too many requests in flight (" .. limit.name .. ")",
            { ["Retry-After"] = self.retry_after })
    end
    local outcome = queued and "queued" or "allowed"
    for i = 1, n do
        dict:incr(ledger_key(slots[i]), 1, 0)
        report.count(active[i].count[outcome])
    end
    admitted(ctx, concat(slots, "\n"))
    -- A plain admission leaves no token in the access log (no variable read on the hot path).
    if queued then
        decisions.log(QUEUED)
    end
end

-- Release whatever this request holds, once: the record is emptied before anything else.
function _M.release(dict)
    local held = ngx_var.edge_limit_slots
    if not held or held == "" then
        return 0
    end
    ngx_var.edge_limit_slots = ""
    local nl = find(held, "\n", 1, true)
    if not nl then   -- one slot: no loop on the hot path
        release_one(dict, held)
        return 1
    end
    local count, start = 0, 1
    while true do
        release_one(dict, sub(held, start, nl and nl - 1 or nil))
        count = count + 1
        if not nl then
            break
        end
        start = nl + 1
        nl = find(held, "\n", start, true)
    end
    return count
end

function _M.log(self)
    _M.release(self.dict)
end

-- Return the slots of dead workers. `alive(pid)` is injectable for the specs. A dead pid is claimed
-- with the atomic add, so two live workers never return the same slots twice.
function _M.sweep(dict, alive, self_pid)
    alive = alive or pid_alive
    local dead, ledgers = {}, {}
    for _, key in ipairs(dict:get_keys(0)) do
        local pid, slot = key:match("^w|(%d+)|(.+)$")
        if pid then
            pid = tonumber(pid)
            if dead[pid] == nil then
                dead[pid] = pid ~= self_pid and not alive(pid) and dict:add("swept|" .. pid, true, 3600) == true
            end
            if dead[pid] then
                ledgers[#ledgers + 1] = { key, slot }
            end
        end
    end
    local returned = 0
    for _, entry in ipairs(ledgers) do
        local held = dict:get(entry[1]) or 0
        if held ~= 0 then
            dict:incr(entry[2], -held, 0)
            returned = returned + held
        end
        dict:delete(entry[1])
    end
    return returned
end

-- The in-flight gauge, per route and limit, summed from the slot counters themselves: exact whatever
-- happened to a worker, and nothing to write per request.
function _M.publish_inflight(dict)
    local totals = {}
    for _, key in ipairs(dict:get_keys(0)) do
        if key:byte(1) == 99 then   -- "c|route|limit|value"
            local route, limit = labels_of(key)
            if route then
                local id = route .. "|" .. limit
                local t = totals[id]
                if not t then
                    t = { route, limit, 0 }
                    totals[id] = t
                end
                t[3] = t[3] + (dict:get(key) or 0)
            end
        end
    end
    for id, t in pairs(totals) do
        report.set_inflight(t[1], t[2], t[3])
        published[id] = true
    end
    for id in pairs(published) do   -- a series whose keys were evicted reads 0, not its last value
        if not totals[id] then
            local route, limit = labels_of("c|" .. id .. "|")
            report.set_inflight(route, limit, 0)
            published[id] = nil
        end
    end
end

local function sweep_timer(premature, dict)
    if premature then
        return
    end
    local ok, err = pcall(_M.sweep, dict, nil, ngx.worker.pid())
    if ok then
        ok, err = pcall(_M.publish_inflight, dict)
    end
    if not ok then
        ngx.log(ngx.ERR, "concurrency: sweep failed: ", err)
    end
end

-- One worker scans (worker 0; a crashed worker 0 is respawned with the same id).
function _M.init_worker(self)
    if sweeper_started or ngx.worker.id() ~= 0 then
        return
    end
    sweeper_started = true
    ngx.timer.every(SWEEP_EVERY, sweep_timer, self.dict)
    ngx.timer.at(0, sweep_timer, self.dict)
end

return _M
