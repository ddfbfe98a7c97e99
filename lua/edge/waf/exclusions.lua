-- A route's WAF exclusions applied to our own rules (edge.waf.rules and edge.waf.findings), with the
-- syntax the CRS side reads (gateway/policies/waf.py EXCLUSION): by id or ids, by tag (our categories
-- under CRS's tag names), for the whole request or one target ("ARGS:q", "ARGS:/^json\.a/",
-- "REQUEST_COOKIES:sess", "ARGS:json.event.text"). edge.waf.inspect records where each rule matched
-- (matched[rule] = { n, "ARGS:q", ..., anon = true when found somewhere unnamed or too often).
local rules = require "edge.waf.rules"
local findings = require "edge.waf.findings"
local selectors = require "edge.waf.crs.selectors"

local ipairs, pairs, tonumber = ipairs, pairs, tonumber
local find, sub, lower = string.find, string.sub, string.lower
local parse_target, any_matches = selectors.parse_target, selectors.any_matches

local _M = {}

-- our categories as CRS 3.3 tags them (ssrf and ssti have no CRS 3.3 tag: CRS 4's names)
_M.TAGS = {
    sqli = { "attack-sqli" },
    xss = { "attack-xss" },
    rce = { "attack-rce" },
    traversal = { "attack-lfi" },
    lfi = { "attack-lfi" },
    rfi = { "attack-rfi" },
    ssrf = { "attack-ssrf" },
    php = { "attack-rce", "attack-injection-php" },
    nodejs = { "attack-rce", "attack-injection-nodejs" },
    java = { "attack-rce", "language-java" },
    ssti = { "attack-ssti" },
    generic = { "attack-generic" },
    scanner = { "attack-reputation-scanner" },
    protocol = { "attack-protocol" },
    limit = { "attack-protocol" },
}

-- every rule of ours: the signatures, the protocol findings and the limits
local function all_rules()
    local out = {}
    for _, r in ipairs(rules) do
        out[#out + 1] = r
    end
    for _, group in ipairs(findings.GROUPS) do
        for _, r in pairs(group) do
            out[#out + 1] = r
        end
    end
    return out
end

local function has_tag(rule, tag)
    for _, t in ipairs(_M.TAGS[rule.category] or {}) do
        if t == tag then
            return true
        end
    end
    return false
end

-- list: the route's exclusions (CRS ones included). Returns nil when none names one of our rules
-- (the policy then skips filtering), else { whole = {[rule] = true}, targets = {[rule] = {selector...}} }.
function _M.compile(list)
    local whole, targets, any = {}, {}, false
    local ours = all_rules()
    for _, ex in ipairs(list or {}) do
        local ids = {}
        for _, id in ipairs(ex.ids or { ex.id }) do
            ids[tonumber(id) or false] = true
        end
        for _, r in ipairs(ours) do
            if ids[r.id] or (ex.tag and has_tag(r, ex.tag)) then
                any = true
                if ex.target then
                    local sels = targets[r] or {}
                    sels[#sels + 1] = parse_target(ex.target)
                    targets[r] = sels
                else
                    whole[r] = true
                end
            end
        end
    end
    return any and { whole = whole, targets = targets } or nil
end

-- whether one of sels names a recorded place "COLLECTION:key" (or a bare "COLLECTION")
local function excluded_at(sels, place)
    local colon = find(place, ":", 1, true)
    if colon then
        return any_matches(sels, sub(place, 1, colon - 1), lower(sub(place, colon + 1)))
    end
    return any_matches(sels, place, "")
end

-- A rule stays unless excluded as a whole, or every place it matched is an excluded target.
local function excluded(ex, rule, where)
    if ex.whole[rule] then
        return true
    end
    local sels = ex.targets[rule]
    if not sels or not where or where.anon or where.n == 0 then
        return false
    end
    for i = 1, where.n do
        if not excluded_at(sels, where[i]) then
            return false
        end
    end
    return true
end

-- matched: inspect's result plus the protocol findings (request-owned). Returns the rules that stay
-- (with their places), or nil when none does.
function _M.filter(matched, ex)
    if not matched then
        return nil
    end
    local out
    for _, r in ipairs(matched) do
        local where = matched[r]
        if not excluded(ex, r, where) then
            out = out or {}
            out[#out + 1] = r
            out[r] = where
        end
    end
    return out
end

return _M
