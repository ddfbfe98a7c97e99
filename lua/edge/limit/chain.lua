-- The ratelimit policy's decision in the local store: all limits of a policy as one chain of
-- closures built at init, each step calling the next. No per-request tables and no loops: LuaJIT
-- blacklists short loops (the table form cost far more: docs/performance.md). Semantics are
-- gcra.evaluate's, all-or-nothing:
--   * the first limit (in order) that does not conform rejects; no key is charged, every other
--     key is reported as it stands;
--   * otherwise every key is charged, after all have conformed (each step commits only once the
--     steps after it said yes), and the binding limit is the one with least remaining (ties: first).
-- A step is step(ctx, var, now, charge) and returns
--   ok, binding, binding_remaining, binding_reset, pre_policy, pre_state, post_policy, post_state, wait
-- binding: the limit whose items lead the headers (nil when no limit applied, or when charge is
-- false: the caller takes every item as it comes); pre_* / post_*: the other items before and after
-- the binding one, ", "-joined, so the headers list them in configuration order; wait: when ok the
-- delay before the request's slot (max over limits), else seconds until the rejecting limit admits one.
local gcra = require "edge.limit.gcra"
local keys = require "edge.limit.keys"
local child = require("edge.lib.memo").child

local decide = gcra.decide
local standing = gcra.standing
local whole_seconds = gcra.whole_seconds
local max = math.max
local applies = keys.applies

local _M = {}

-- The decimal strings of the integers a RateLimit item usually carries (requests left, seconds to
-- reset), made once: LuaJIT's %.14g number formatting is dear (docs/performance.md).
local DECIMAL = {}
for i = 0, 4095 do
    DECIMAL[i] = tostring(i)
end

local function decimal(n)
    return DECIMAL[n] or tostring(n)
end
_M.decimal = decimal

-- RateLimit-Policy item of a limit (gcra.limit): its whole bucket and the time to refill it.
function _M.policy_item(name, limit)
    return '"' .. name .. '";q=' .. limit.capacity .. ";w=" .. limit.refill
end

-- RateLimit items made once per (limit, remaining, seconds to reset): a concatenation per request
-- hashes and interns a new string (docs/performance.md). Bounded; past MAX_STATES they are built each time.
local states, state_count, MAX_STATES = setmetatable({}, { __mode = "k" }), 0, 16384

function _M.state_value(limit, remaining, reset)
    local t = whole_seconds(reset)
    local by_remaining = states[limit]
    local by_t = by_remaining and by_remaining[remaining]
    local value = by_t and by_t[t]
    if value then
        return value
    end
    value = limit.state_item .. decimal(remaining) .. ";t=" .. decimal(t)
    if state_count < MAX_STATES then
        child(child(states, limit), remaining)[t] = value
        state_count = state_count + 1
    end
    return value
end

local state_value = _M.state_value

function _M.join(a, b)
    if not a then
        return b
    end
    if not b then
        return a
    end
    return a .. ", " .. b
end

local join = _M.join

local function last()
    return true, nil, nil, nil, nil, nil, nil, nil, 0
end

-- Every item of a step's answer, in order, as one list.
local function flatten(b, b_rem, b_reset, pre_p, pre_s, post_p, post_s)
    if not b then
        return join(pre_p, post_p), join(pre_s, post_s)
    end
    return join(pre_p, join(b.policy_item, post_p)), join(pre_s, join(state_value(b, b_rem, b_reset), post_s))
end

-- One limit's step, as the source of a prototype that build() loads once per limit: closures of a
-- single prototype calling each other look like recursion to LuaJIT, which aborts their traces
-- ("down-recursion"). It has no upvalues (string.dump cannot carry them): its helpers come in `h`.
local STEP = string.dump(function(h, limit, rest, store, count, nodelay)
    local decide, standing, applies, join, flatten, state_value, max =
        h.decide, h.standing, h.applies, h.join, h.flatten, h.state_value, h.max
    local select = select
    local key_fn, key_of = limit.key_fn, limit.key_of
    local conditional = limit.paths or limit.methods
    local dict = store.dict
    local policy_item = limit.policy_item
    return function(ctx, var, now, charge)
        local value = (not conditional or applies(limit, var)) and key_fn(ctx)
        if not value then
            return rest(ctx, var, now, charge)
        end
        local key = key_of(value)
        local old = dict:get(key)
        if not charge then   -- an earlier limit rejected: report this key as it stands
            local remaining, reset = standing(limit, old, now)
            local p, s = flatten(select(2, rest(ctx, var, now, false)))
            return false, nil, nil, nil, join(policy_item, p), join(state_value(limit, remaining, reset), s), nil, nil, 0
        end
        local conforms, tat, wait, remaining, reset = decide(limit, old, now)
        if not conforms then
            local p, s = flatten(select(2, rest(ctx, var, now, false)))
            return false, limit, 0, reset, nil, nil, p, s, wait - limit.tau
        end
        local ok, b, b_rem, b_reset, pre_p, pre_s, post_p, post_s, w = rest(ctx, var, now, true)
        if not ok then   -- a later limit rejected: nothing is charged here
            local r, t = standing(limit, old, now)
            return false, b, b_rem, b_reset, join(policy_item, pre_p), join(state_value(limit, r, t), pre_s),
                post_p, post_s, w
        end
        store:commit(key, tat, now)
        count(limit.count[(not nodelay and wait > 0) and "delayed" or "allowed"])
        if not b or remaining <= b_rem then   -- this limit binds: everything after it follows
            local p, s = flatten(b, b_rem, b_reset, pre_p, pre_s, post_p, post_s)
            return true, limit, remaining, reset, nil, nil, p, s, max(wait, w)
        end
        return true, b, b_rem, b_reset, join(policy_item, pre_p), join(state_value(limit, remaining, reset), pre_s),
            post_p, post_s, max(wait, w)
    end
end)

local helpers = {
    decide = decide, standing = standing, applies = applies, join = join, flatten = flatten,
    state_value = state_value, max = max,
}

-- limits: the policy's prepared limits (ratelimit.new); store: an edge.limit.store_local; count(key):
-- the decision counter (each charged limit counts its own outcome: delayed when it made the
-- request wait).
function _M.build(limits, store, count, nodelay)
    local fn = last
    for i = #limits, 1, -1 do
        fn = loadstring(STEP, "=edge.limit.chain:" .. limits[i].name)(helpers, limits[i], fn, store, count, nodelay)
    end
    return fn
end

return _M
