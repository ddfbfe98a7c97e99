-- Edge policy: rate limits (GCRA) per route, several per route, all-or-nothing.
-- Route config (gateway.yaml, under the route's policies):
--   - ratelimit:
--       nodelay: true            # false: excess within burst waits for its slot (nginx limit_req style)
--       limits:
--         - {name: per_ip, key: ip, rate: 10r/s, burst: 20}
--         - {name: login, key: ip, rate: 5r/m, burst: 5, paths: [/admin/login], methods: [POST]}
--         - {name: per_client, key: oauth_client, rate: 20r/s, burst: 200, charge: success}
--         - {name: shared, key: ip, rate: 1000r/s, burst: 100, batch: 10}   # store: redis only
-- charge: success (at most one limit per policy) charges the key only for a request the upstream
-- answered with a status below 400, in the log phase; the access phase only reads the bucket. For a
-- key the client merely claims (a Basic user name before TokenDealer checked the secret), forged
-- requests then cannot spend the real client's quota. Such a limit always counts in this node's
-- local store.
-- batch: N (store: redis) lets each node borrow up to N tokens from the shared bucket at once and
-- spend them without a round trip (lua/edge/limit/batch.lua: the bound, the expiry); 1 is exact.
-- Global `limits:` section: store (local|redis), redis, status (429|503), allowlist.
-- Schema (fields, defaults): gateway/policies/ratelimit.py; the limits section: gateway/policies/limits.py.
-- Every response of the route carries RateLimit-Policy / RateLimit (draft-ietf-httpapi-ratelimit-
-- headers); the binding limit (the rejecting one, else the one with least remaining) comes first.
local chain = require "edge.limit.chain"
local clock = require "edge.lib.clock"
local decisions = require "edge.lib.decisions"
local errors = require "edge.lib.errors"
local gcra = require "edge.limit.gcra"
local keys = require "edge.limit.keys"
local report = require "edge.limit.report"
local local_store = require "edge.limit.store_local"
local batch_store = require "edge.limit.batch"
local redis_store = require "edge.limit.store_redis"
local memo = require "edge.lib.memo"
local redis_client = require "edge.limit.redis_client"
local refusals = require "edge.limit.refusals"

local ngx_var = ngx.var
local sleep = ngx.sleep
local concat = table.concat
local tostring = tostring
local whole_seconds = gcra.whole_seconds

local _M = {}
local mt = { __index = _M }

local DICT = "edge_limits"
local ALLOWLISTED = decisions.token("ratelimit", nil, "allowlisted")
local access_shared, access_batched, early_refusal   -- defined below access
local stores = {}   -- "local" / "redis" -> store, built once per process from the global limits config
local allowlisted

-- Where a policy's state lives (its resolved `store`: local, or redis as edge_config.limits.redis
-- says); stores are built once per process.
local function store_for(kind, edge_config)
    local conf = edge_config.limits
    if not stores["local"] then
        stores["local"] = local_store.new(DICT)
        allowlisted = keys.allowlist(conf.allowlist)
    end
    if kind == "redis" and not stores.redis then
        local r = conf.redis
        stores.redis = redis_store.new(redis_client.options(r, edge_config.secrets_dir), stores["local"],
            batch_store.new(DICT))
    end
    return stores[kind]
end

local function set_of(list)
    if not list then
        return nil
    end
    local s = {}
    for _, v in ipairs(list) do
        s[v] = true
    end
    return s
end

-- conf: edge.json's, resolved by gateway/policies/ratelimit.py (names, keys, rates, store, status).
function _M.new(conf, route_name, edge_config)
    local self = {
        store = store_for(conf.store, edge_config),
        route = route_name,
        nodelay = conf.nodelay,
        status = conf.status,
        reject_code = conf.status == 429 and "rate_limited" or "service_unavailable",
        limits = {},
    }
    local deferred
    local carried = {}   -- limits whose key the request carries: remembered refusals (edge.limit.refusals)
    for _, l in ipairs(conf.limits) do
        local name = l.name
        local key_fn, key_label, key_carried = keys.compile(l.key, edge_config.limits)
        local limit = gcra.limit(l.rate, l.burst)
        limit.name = name
        limit.key_fn = key_fn
        limit.key_label = key_label
        -- Route name first: identical limits on two routes never share a counter (APISIX #7746).
        limit.key_of = memo.prefixed(route_name .. "|" .. name .. "|")
        limit.batch = l.batch   -- tokens borrowed at once from the shared bucket (store: redis)
        limit.paths = set_of(l.paths)
        limit.methods = set_of(l.methods)
        limit.policy_item = chain.policy_item(name, limit)
        limit.state_item = '"' .. name .. '";r='
        limit.reject_message = "rate limit " .. name .. " exceeded, retry later"
        -- Everything a decision reports is prepared here, so the hot path only concatenates numbers.
        limit.count = {}
        limit.token, limit.local_token = {}, {}
        for _, outcome in ipairs({ "allowed", "delayed", "rejected" }) do
            limit.count[outcome] = report.decision_key(route_name, name, outcome)
            limit.token[outcome] = decisions.token("ratelimit", name, outcome)
            limit.local_token[outcome] = decisions.token("ratelimit", name, outcome, nil, true)
        end
        if l.charge then
            assert(not deferred, "ratelimit: at most one limit with charge: success per route")
            deferred = limit
        else
            self.limits[#self.limits + 1] = limit
            limit.refusable = key_carried
            carried[#carried + 1] = key_carried and limit or nil
        end
    end
    if #carried > 0 then
        self.carried = carried
        self.early = early_refusal   -- edge/init.lua runs it before every policy's access step
    end
    if deferred then
        self.deferred = deferred
        self.log = _M.log_deferred   -- only such a policy runs in the log phase
    end
    if self.store.name == "local" then
        self.decide = chain.build(self.limits, self.store, report.count, self.nodelay)
    end
    -- the common shared case, one batched limit, has a path without the table form's tables and loops
    local one = #self.limits == 1 and self.limits[1]
    self.shared = (self.store.spend and one and one.batch and one.batch > 1) and access_batched or access_shared
    return setmetatable(self, mt)
end

local state_value = chain.state_value

-- Header values, binding limit first. Written in the access phase into $edge_ratelimit_policy /
-- $edge_ratelimit, which the template's add_header lines send on every response (the upstream's,
-- a rejection, an error page: variables survive error_page redirects), so the route needs no Lua
-- header filter.
local function headers(active, decision)
    if #active == 1 then
        return active[1].policy_item, state_value(active[1], decision.remaining[1], decision.reset[1]), 1
    end
    local first = decision.rejected_by
    if not first then
        first = 1
        for i = 2, #active do
            if decision.remaining[i] < decision.remaining[first] then
                first = i
            end
        end
    end
    local policy, state = {}, {}
    local order = { first }
    for i = 1, #active do
        if i ~= first then
            order[#order + 1] = i
        end
    end
    for j, i in ipairs(order) do
        local limit = active[i]
        policy[j] = limit.policy_item
        state[j] = state_value(limit, decision.remaining[i], decision.reset[i])
    end
    return concat(policy, ", "), concat(state, ", "), first
end

-- Retry-After header tables per whole second, made once: a rejection builds no table or string.
local retry_headers = setmetatable({}, { __index = function(t, retry)
    local v = { ["Retry-After"] = tostring(retry) }
    if retry <= 86400 then
        t[retry] = v
    end
    return v
end })

-- ctx given: remember the refusal of a key the request carries (a store's fallback decision is not
-- the shared bucket's, so it is not remembered).
local function reject(self, bound, retry_after, fallback, ctx)
    if ctx and bound.refusable and not fallback then
        local now = clock.now()
        refusals.note(stores["local"].dict, bound.key_of(bound.key_fn(ctx)), retry_after, bound.tau, now)
    end
    report.count(bound.count.rejected)
    decisions.log(fallback and bound.local_token.rejected or bound.token.rejected)
    local retry = whole_seconds(retry_after)
    if retry < 1 then
        retry = 1
    end
    return errors.reject(self.status, self.reject_code, bound.reject_message, retry_headers[retry])
end

-- An admitted request waits for its slot in delay mode. Returns the outcome to count.
local function admit(self, bound, delay, fallback)
    local outcome = "allowed"
    if delay > 0 and not self.nodelay then
        outcome = "delayed"
        sleep(delay)
    end
    -- A plain "allowed" is logged as the RateLimit state the access log records for every request
    -- ($edge_ratelimit): no further variable write on the hot path. Anything else gets its token.
    if outcome ~= "allowed" or fallback then
        decisions.log(fallback and bound.local_token[outcome] or bound.token[outcome])
    end
    return outcome
end

-- Local store: the limit chain decides under the route's lock (lua/edge/limit/chain.lua).
local function access_local(self, ctx)
    local store, route = self.store, self.route
    local locked = store:lock(route)
    local ok, bound, remaining, reset, pre_p, pre_s, post_p, post_s, wait =
        self.decide(ctx, ngx_var, clock.now(), true)
    store:unlock(route, locked)
    if not locked then
        report.decision(route, "lock", "degraded")
    end
    if not bound then   -- no limit applied to this request
        return
    end
    local join = chain.join
    -- after a concurrency policy's items, when the route has one (policy order)
    ngx_var.edge_ratelimit_policy = join(ctx.limit_policy, join(bound.policy_item, join(pre_p, post_p)))
    ngx_var.edge_ratelimit = join(ctx.limit_state, join(state_value(bound, remaining, reset), join(pre_s, post_s)))
    if not ok then
        return reject(self, bound, wait, false, ctx)
    end
    admit(self, bound, wait, false)
end

-- A charge-on-success limit in the access phase: only read its bucket. Returns false after rejecting;
-- else the header items to add (nil when the limit does not apply) after noting the key for the log
-- phase in $edge_limit_deferred.
local function check_deferred(self, ctx)
    local limit = self.deferred
    local value = keys.applies(limit, ngx_var) and limit.key_fn(ctx)
    if not value then
        return true
    end
    local key = limit.key_of(value)
    local now = clock.now()
    local tat = stores["local"].dict:get(key)
    -- decided, not committed: the headers say what the bucket holds once the log phase charges it
    local conforms, _, wait, remaining, reset = gcra.decide(limit, tat, now)
    if not conforms then
        ngx_var.edge_ratelimit_policy = limit.policy_item
        ngx_var.edge_ratelimit = state_value(limit, 0, reset)
        reject(self, limit, wait - limit.tau, false)
        return false
    end
    ngx_var.edge_limit_deferred = key
    return true, limit.policy_item, state_value(limit, remaining, reset)
end

-- Log phase of a policy with a charge-on-success limit: charge the key noted in the access phase.
function _M.log_deferred(self)
    local status = ngx.status
    if status >= 400 then
        return
    end
    local key = ngx_var.edge_limit_deferred
    if not key or key == "" then
        return
    end
    local store = stores["local"]
    local locked = store:lock(self.route, false)
    local now = clock.now()
    local tat = store.dict:get(key)
    local _, new_tat = gcra.decide(self.deferred, tat, now)
    if new_tat == tat then   -- past the tolerance (concurrent admissions): charge all the same
        new_tat = tat + self.deferred.interval
    end
    store:commit(key, new_tat, now)
    store:unlock(self.route, locked)
end

function _M.access(self, ctx)
    if allowlisted(ctx) then
        decisions.log(ALLOWLISTED)
        return
    end
    if self.deferred then
        local ok, policy, state = check_deferred(self, ctx)
        if not ok then
            return
        end
        if policy then
            (self.decide and access_local or self.shared)(self, ctx)
            local join = chain.join
            local p, st = ngx_var.edge_ratelimit_policy, ngx_var.edge_ratelimit
            ngx_var.edge_ratelimit_policy = join(p ~= "" and p or nil, policy)
            ngx_var.edge_ratelimit = join(st ~= "" and st or nil, state)
            return
        end
    end
    if self.decide then
        access_local(self, ctx)
        return
    end
    self.shared(self, ctx)
end

-- Redis store (or its local fallback): the table form.
function access_shared(self, ctx)
    local active, key_list, n = keys.active(self.limits, ctx, ngx_var)
    if n == 0 then
        return
    end
    local decision = self.store:evaluate(self.route, key_list, active)
    if decision.degraded then
        report.decision(self.route, "lock", "degraded")
    end
    local policy, state, first = headers(active, decision)
    ngx_var.edge_ratelimit_policy = chain.join(ctx.limit_policy, policy)
    ngx_var.edge_ratelimit = chain.join(ctx.limit_state, state)
    local bound = active[first]
    if not decision.allowed then
        return reject(self, bound, decision.retry_after, decision.fallback, ctx)
    end
    local outcome = admit(self, bound, decision.delay, decision.fallback)
    for i = 1, n do
        report.count(active[i].count[outcome])
    end
end

-- One batched limit (store: redis, batch > 1): spent from this node's batch without a round trip when
-- it can (edge.limit.store_redis spend), else the table form. Same headers, counts and decisions.
function access_batched(self, ctx)
    local limit = self.limits[1]
    local value = keys.applies(limit, ngx_var) and limit.key_fn(ctx)
    if not value then
        return
    end
    local allowed, remaining, reset, retry_after = self.store:spend(self.route, limit.key_of(value), limit)
    if allowed == nil then
        return access_shared(self, ctx)
    end
    local join = chain.join
    ngx_var.edge_ratelimit_policy = join(ctx.limit_policy, limit.policy_item)
    ngx_var.edge_ratelimit = join(ctx.limit_state, state_value(limit, remaining, reset))
    if not allowed then
        return reject(self, limit, retry_after, false, ctx)
    end
    report.count(limit.count.allowed)
end

-- Before the route's other policies: a key a rejection was remembered for is refused again, with
-- the same answer, and without paying for the policies before this one (WAF, JWT).
function early_refusal(self, ctx)
    if allowlisted(ctx) then
        return
    end
    local carried, dict, now = self.carried, stores["local"].dict, clock.now()
    for i = 1, #carried do
        local limit = carried[i]
        local value = keys.applies(limit, ngx_var) and limit.key_fn(ctx)
        local retry, reset
        if value then
            retry, reset = refusals.standing(dict, limit.key_of(value), limit.tau, now)
        end
        if retry then
            ngx_var.edge_ratelimit_policy = limit.policy_item
            ngx_var.edge_ratelimit = state_value(limit, 0, reset)
            return reject(self, limit, retry, false)
        end
    end
end

return _M
