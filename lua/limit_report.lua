-- What the limiters tell operators: Prometheus series and the decision token in the access log
-- ($edge_decisions, ";"-separated "policy:limit=decision" tokens shared with other policies).
-- Decision counters are summed per worker in a Lua table and flushed to the shared metrics dict
-- twice a second: one shared-memory write per series per flush instead of one per request.
-- The in-flight gauge is recomputed from the slot counters by lua/concurrency.lua's sweeper.
local metrics = require "metrics"

local _M = {}

local FLUSH_EVERY = 0.5
local pending = {}        -- series key -> count not yet in the shared dict
local series_cache = {}   -- route .. "\0" .. limit .. "\0" .. decision -> series key
local flusher_started = false

metrics.define("edge_limit_decisions_total", "counter",
    "Limiter decisions by route, limit and decision (allowed, delayed, rejected, allowlisted, queued).")
metrics.define("edge_limit_fallback_total", "counter",
    "Rate-limit decisions taken by the local store because Redis was slow or down.")
metrics.define("edge_limit_inflight", "gauge", "Requests holding a concurrency slot, by route and limit.")

local function decision_series(route, limit, decision)
    local id = route .. "\0" .. limit .. "\0" .. decision
    local key = series_cache[id]
    if not key then
        key = metrics.series("edge_limit_decisions_total",
            { { "route", route }, { "limit", limit }, { "decision", decision } })
        series_cache[id] = key
    end
    return key
end

function _M.flush()
    local dict = ngx.shared.edge_metrics
    if not dict then
        return
    end
    for key, n in pairs(pending) do
        if n ~= 0 then
            dict:incr(key, n, 0)
            pending[key] = 0
        end
    end
end

local function flush_timer(premature)
    _M.flush()   -- also on worker shutdown (premature): nothing counted is lost on reload
end

function _M.start_flusher()
    if flusher_started then
        return
    end
    flusher_started = true
    ngx.timer.every(FLUSH_EVERY, flush_timer)
end

-- Hot path: `key` from decision_key(), computed once per limit and decision at init.
function _M.count(key)
    pending[key] = (pending[key] or 0) + 1
    if not flusher_started then
        _M.flush()
    end
end

_M.decision_key = decision_series

function _M.decision(route, limit, decision)
    local key = decision_series(route, limit, decision)
    pending[key] = (pending[key] or 0) + 1
    if not flusher_started then
        _M.flush()    -- no timer in this process (specs, or before init_worker): write through
    end
end

function _M.set_inflight(route, limit, value)
    metrics.set("edge_limit_inflight", { { "route", route }, { "limit", limit } }, value)
end

function _M.log_token(token)
    local var = ngx.var
    local cur = var.edge_decisions
    if cur == nil then
        return
    end
    var.edge_decisions = cur == "" and token or cur .. ";" .. token
end

return _M
