-- What the limiters tell operators: Prometheus series and the decision token in the access log
-- ($edge_decisions, space-separated "policy:limit=decision" tokens shared with other policies).
local metrics = require "metrics"

local _M = {}

metrics.define("edge_limit_decisions_total", "counter",
    "Limiter decisions by route, limit and decision (allowed, delayed, rejected, allowlisted, queued).")
metrics.define("edge_limit_fallback_total", "counter",
    "Rate-limit decisions taken by the local store because Redis was slow or down.")
metrics.define("edge_limit_inflight", "gauge", "Requests holding a concurrency slot, by route and limit.")
metrics.define("edge_limit_degraded_total", "counter",
    "Local decisions taken without the critical-section lock (its holder died).")

function _M.decision(route, limit, decision)
    metrics.inc("edge_limit_decisions_total", { { "route", route }, { "limit", limit }, { "decision", decision } })
end

function _M.inflight(route, limit, delta)
    metrics.inc("edge_limit_inflight", { { "route", route }, { "limit", limit } }, delta)
end

function _M.log_token(token)
    local var = ngx.var
    local cur = var.edge_decisions
    if cur == nil then
        return
    end
    var.edge_decisions = cur == "" and token or cur .. " " .. token
end

return _M
