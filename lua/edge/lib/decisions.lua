-- The decision tokens of the access log ($edge_decisions), written here only. Grammar (parsed by
-- app/services/admin_stats.py parse_decisions, which documents it too):
--   decisions = token *(";" token)
--   token     = policy [":" name] "=" decision ["(local)"] [":" detail]
-- policy and decision come from DECISIONS; name is the limit's name; "(local)" marks a rate-limit
-- decision taken by the local store because Redis failed; detail is the WAF's comma-separated rule ids
-- (crs and own: each with "@" and the targets it matched, "|"-separated).
local _M = {}

-- policy -> the decisions it can log (token() refuses any other, so this list is complete)
_M.DECISIONS = {
    waf = { "block", "detect" },
    -- the CRS's part of a WAF decision; detail: rule@target|target,... (where each rule matched)
    crs = { "block", "detect" },
    -- where our own rules of that WAF decision matched (the ones found at a named place); same detail
    own = { "block", "detect" },
    ratelimit = { "allowed", "delayed", "rejected", "allowlisted" },
    concurrency = { "queued", "rejected", "allowlisted" },
}

local known = {}
for policy, list in pairs(_M.DECISIONS) do
    known[policy] = {}
    for _, d in ipairs(list) do
        known[policy][d] = true
    end
end

-- name, detail: nil when the decision is the policy's as a whole / carries no detail.
function _M.token(policy, name, decision, detail, fallback)
    assert(known[policy] and known[policy][decision], "decisions: unknown decision")
    return policy .. (name and ":" .. name or "") .. "=" .. decision .. (fallback and "(local)" or "")
        .. (detail and ":" .. detail or "")
end

-- Appends a token to the request's $edge_decisions (absent outside the edge's locations).
function _M.log(token)
    local var = ngx.var
    local cur = var.edge_decisions
    if cur == nil then
        return
    end
    var.edge_decisions = cur == "" and token or cur .. ";" .. token
end

return _M
