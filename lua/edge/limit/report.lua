-- What the limiters tell operators: Prometheus series (their access-log tokens: edge.lib.decisions).
-- Decision counters go through metrics' per-worker buffer (series keys built once per decision).
-- The in-flight gauge is recomputed from the slot counters by edge.policies.concurrency's sweeper.
local metrics = require "edge.lib.metrics"
local child = require("edge.lib.memo").child

local _M = {}

local series_cache = {}   -- route .. "\0" .. limit .. "\0" .. decision -> series key

metrics.define("edge_limit_decisions_total", "counter",
    "Limiter decisions by route, limit and decision (allowed, delayed, rejected, allowlisted, queued).")
metrics.define("edge_limit_fallback_total", "counter",
    "Rate-limit decisions taken by the local store because Redis was slow or down.")
metrics.define("edge_limit_batch_events_total", "counter",
    "Batched limits, by route and event: top_up (a background borrow), wait (a request waited for another "
    .. "worker's borrow), borrow (a request borrowed itself: the node's batch had run dry).")
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

-- Hot path: `key` from decision_key(), computed once per limit and decision at init.
_M.count = metrics.inc_key

_M.decision_key = decision_series

function _M.decision(route, limit, decision)
    metrics.inc_key(decision_series(route, limit, decision))
end

local batch_series = {}   -- route -> event -> series key

-- A batched limit's event (edge_limit_batch_events_total's): off the hot path, a few per batch.
function _M.batch_event(route, event)
    local key = child(batch_series, route)[event]
    if not key then
        key = metrics.series("edge_limit_batch_events_total", { { "route", route }, { "event", event } })
        batch_series[route][event] = key
    end
    metrics.inc_key(key)
end

function _M.set_inflight(route, limit, value)
    metrics.set("edge_limit_inflight", { { "route", route }, { "limit", limit } }, value)
end

return _M
