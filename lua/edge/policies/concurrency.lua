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
-- which survives internal redirects (ngx.ctx does not) and is cleared on release. Slots of workers
-- that died without their log phase (killed, crashed: the leak behind lua-resty-limit-traffic #73
-- and APISIX #12823) are returned by a timer (edge.limit.slots_local).
-- store: redis (gateway/policies/concurrency.py) makes each limit one cap for every gateway node: a
-- slot is then a lease in Redis (edge.limit.lease_redis, its ids in $edge_limit_leases), and while
-- Redis cannot answer this node's local slots decide (counted in edge_limit_fallback_total).
-- The RateLimit headers carry each limit as `"<name>_inflight";q=<max>;qu="concurrent-requests"`
-- with `"<name>_inflight";r=<free slots>` (draft-ietf-httpapi-ratelimit-headers), before any rate
-- limit's items (the suffix: a route's rate and concurrency limits often share a name like per_ip).
local chain = require "edge.limit.chain"
local decisions = require "edge.lib.decisions"
local errors = require "edge.lib.errors"
local keys = require "edge.limit.keys"
local lease = require "edge.limit.lease_redis"
local memo = require "edge.lib.memo"
local report = require "edge.limit.report"
local redis_client = require "edge.limit.redis_client"
local slots_local = require "edge.limit.slots_local"

local ngx_var = ngx.var
local ngx_now = ngx.now
local sleep = ngx.sleep
local concat = table.concat
local tostring = tostring
local ledger_key = slots_local.ledger_key

local _M = {}
local mt = { __index = _M }

local DICT = "edge_inflight"
local ALLOWLISTED = decisions.token("concurrency", nil, "allowlisted")
local QUEUED = decisions.token("concurrency", nil, "queued")
local SWEEP_EVERY = 1           -- s
local QUEUE_POLL = 0.005        -- s between retries while queued

local allowlisted
local sweeper_started = false

-- conf: edge.json's, resolved by gateway/policies/concurrency.py (names, keys, queue, retry_after,
-- store, lease_ttl).
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
    if conf.store == "redis" then
        local r = edge_config.limits.redis
        self.shared = lease.new(redis_client.options(r, edge_config.secrets_dir), route_name, conf.lease_ttl)
    end
    -- The common route has one limit: its admission runs without per-request tables or loops.
    self.single = #self.limits == 1 and self.limits[1] or nil
    return setmetatable(self, mt)
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

-- Items of several limits, from the slots in flight per key.
local function publish_counts(ctx, active, counts)
    local policy, state = {}, {}
    for i = 1, #active do
        local limit = active[i]
        local free = limit.max - counts[i]
        free = free > 0 and free or 0
        policy[i] = limit.policy_item
        state[i] = limit.state_item .. decimal(free)
    end
    publish(ctx, concat(policy, ", "), concat(state, ", "))
end

-- The multi-limit local path reads in flight back per key.
local function publish_all(ctx, dict, slots, active)
    local counts = {}
    for i = 1, #active do
        counts[i] = dict:get(slots[i]) or 0
    end
    publish_counts(ctx, active, counts)
end

local function reject(self, limit)
    report.count(limit.count.rejected)
    decisions.log(limit.rejected_token)
    return errors.reject(503, "too_many_in_flight", "too many requests in flight (" .. limit.name .. ")",
        { ["Retry-After"] = self.retry_after })
end

local function admitted(ctx, mine)
    -- Appended: another concurrency policy instance on the same request keeps its slots too (the
    -- access scratch remembers them: reading the variable back would cost more than writing it).
    local held = ctx.limit_slots
    held = held and held .. "\n" .. mine or mine
    ctx.limit_slots = held
    ngx_var.edge_limit_slots = held
end

-- The Redis store: one lease for all the request's keys, cluster-wide. Returns false when Redis
-- could not answer (the local slots decide instead).
local function access_shared(self, ctx)
    local active, slots, n = keys.active(self.limits, ctx, ngx_var)
    if n == 0 then
        return true
    end
    local refused, counts, id = self.shared:acquire(slots, active, n)
    if not refused then
        return false
    end
    publish_counts(ctx, active, counts)
    if refused > 0 then
        reject(self, active[refused])
        return true
    end
    for i = 1, n do
        report.count(active[i].count.allowed)
    end
    local held = ctx.limit_leases
    held = held and held .. "\n" .. id or id
    ctx.limit_leases = held
    ngx_var.edge_limit_leases = held
    return true
end

function _M.access(self, ctx)
    if allowlisted(ctx) then
        decisions.log(ALLOWLISTED)
        return
    end
    if self.shared and access_shared(self, ctx) then
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
        return reject(self, active[refused])
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

function _M.log(self)
    slots_local.release(self.dict)
    if self.shared then
        local ids = ngx_var.edge_limit_leases
        if ids and ids ~= "" then
            ngx_var.edge_limit_leases = ""
            lease.release(ids)
        end
    end
end

local function sweep_timer(premature, dict)
    if premature then
        return
    end
    local ok, err = pcall(slots_local.sweep, dict, nil, ngx.worker.pid())
    if ok then
        ok, err = pcall(slots_local.publish_inflight, dict)
    end
    if not ok then
        ngx.log(ngx.ERR, "concurrency: sweep failed: ", err)
    end
end

-- One worker scans (worker 0; a crashed worker 0 is respawned with the same id).
function _M.init_worker(self)
    if self.shared then
        lease.init_worker()   -- every worker renews its own leases
    end
    if sweeper_started or ngx.worker.id() ~= 0 then
        return
    end
    sweeper_started = true
    ngx.timer.every(SWEEP_EVERY, sweep_timer, self.dict)
    ngx.timer.at(0, sweep_timer, self.dict)
end

return _M
