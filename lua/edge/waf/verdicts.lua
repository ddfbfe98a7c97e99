-- The WAF's verdict on a request, remembered per route view (lua/edge/lib/memo.lua's two generations):
-- a request identical in everything the WAF reads (method, URI, protocol, client address, headers in
-- order, a small body and whether it was cut) gets the outcome the WAF reached the first time, since
-- both rulesets are deterministic. Clean API traffic repeats itself, and so does an attacker replaying
-- one payload: a clean request is one lookup, a replayed attack is answered with the same rule ids and
-- targets without running either ruleset again. Bounded per worker, whatever the number of routes:
-- one memo for every view (the view is part of the key), keys of at most MAX_KEY bytes; clean verdicts
-- are a flag, verdicts with matches a few small tables, in a smaller memo (an attacker varying
-- payloads only churns it).
-- Also here: running the CRS on a request, and what the logs and metrics say of its verdict.
local memo = require "edge.lib.memo"
local metrics = require "edge.lib.metrics"

local ngx_var = ngx.var
local concat = table.concat
local type, pairs, ipairs, setmetatable = type, pairs, ipairs, setmetatable
local EMPTY = {}

local _M = {}

local MAX_KEYED_BODY = 4096
-- A key longer than this (large headers or cookies) is not kept: at most 2 x (4,096 + 1,024) keys of
-- 8 KiB, ~80 MiB per worker at worst
local MAX_KEY = 8192
local clean, matched = memo.new(4096), memo.new(1024)
local key_buf = {}

-- what recall() answers for a request remembered as clean
_M.CLEAN = {}
local CLEAN = _M.CLEAN

-- ngx.req.http_version() -> REQUEST_PROTOCOL; a branch, not a table: a lookup keyed by 1.0 / 1.1
-- (one integer, one not) is a mixed table LuaJIT cannot trace ("NYI: mixed sparse/dense table").
local function protocol(v)
    if v == 1.1 then
        return "HTTP/1.1"
    elseif v == 2.0 then
        return "HTTP/2.0"
    elseif v == 1.0 then
        return "HTTP/1.0"
    elseif v == 3.0 then
        return "HTTP/3.0"
    end
    return "HTTP/1.1"
end

-- Each header value (each of a repeated header's) after buf[b], as name, value, name, value, ...;
-- returns the index of the last one written.
local function flat_headers(headers, buf, b)
    for name, v in pairs(headers) do
        if type(v) == "table" then
            for _, x in ipairs(v) do
                buf[b + 1], buf[b + 2] = name, x
                b = b + 2
            end
        else
            buf[b + 1], buf[b + 2] = name, v
            b = b + 2
        end
    end
    return b
end

-- The request's memo key in route view `view` (a string naming the view), or nil when the request is
-- too large to key (judged every time). headers: ngx.req.get_headers()'s table; uri: $request_uri;
-- version: ngx.req.http_version(); cut: the body was cut at the inspection limit.
function _M.key(view, headers, method, body, uri, version, cut)
    if body and #body > MAX_KEYED_BODY then
        return nil
    end
    local buf = key_buf
    buf[1], buf[2], buf[3], buf[4], buf[5], buf[6] = view, method, uri, protocol(version),
        ngx_var.remote_addr or "", cut and "cut" or ""
    local b = flat_headers(headers, buf, 7)
    buf[7] = (b - 7) / 2   -- the header count: where the body starts
    buf[b + 1] = body or ""
    -- "\n" cannot occur in a view name, a request line, a header or the address; with the header
    -- count in front of them, the key is unambiguous
    local key = concat(buf, "\n", 1, b + 1)
    return #key <= MAX_KEY and key or nil
end

-- CLEAN, the verdict remembered for `key`, or nil when the request is new.
function _M.recall(key)
    if clean:get(key) then
        return CLEAN
    end
    return matched:get(key)
end

-- outcome: nil for a clean request.
function _M.remember(key, outcome)
    if outcome == nil then
        clean:set(key, true)
    else
        matched:set(key, outcome)
    end
end

-- The CRS verdict on this request: { blocked, score, rules, matched, targets }, or nil when the
-- request is clean (view: edge.waf.crs.engine's; the other arguments as key() takes them).
function _M.run(view, headers, method, body, uri, version)
    local flat, list = {}, {}
    for i = 1, flat_headers(headers, flat, 0), 2 do
        list[#list + 1] = { flat[i], flat[i + 1] }
    end
    local res = view:inspect({ method = method, uri = uri, protocol = protocol(version), headers = list,
        body = body, remote_addr = ngx_var.remote_addr or "" })
    if not res.blocked and #res.rules == 0 then
        return nil
    end
    -- the verdict, not the request's TX
    return { blocked = res.blocked, score = res.score, rules = res.rules, matched = res.matched,
        targets = res.targets }
end

-- a CRS rule's family, from its attack-* tag (the metrics' category label)
local function crs_category(rule)
    for _, t in ipairs(rule.tags) do
        if t:sub(1, 7) == "attack-" then
            return t:sub(8)
        end
    end
    return "crs"
end

-- rule table -> its edge_waf_rule_matches_total series key, built once per rule (rules are static)
local rule_keys = setmetatable({}, { __mode = "k" })

function _M.rule_key(rule)
    local key = rule_keys[rule]
    if not key then
        key = metrics.series("edge_waf_rule_matches_total",
            { { "rule", rule.id }, { "category", rule.category or crs_category(rule) } })
        rule_keys[rule] = key
    end
    return key
end

-- "942100@ARGS:q|ARGS:name,949110@TX:anomaly_score": each CRS rule with where it matched, for the
-- access log's decisions and `python -m gateway waf-tune` (separators in client-chosen names masked)
local MAX_TARGETS_TEXT = 512

local function hits_text(crs)
    local parts = {}
    for i, id in ipairs(crs.rules) do
        local names = {}
        for j, name in ipairs(crs.targets[i] or EMPTY) do
            names[j] = (name:gsub("[,;|@ ]", "_"))
        end
        parts[i] = id .. "@" .. concat(names, "|")
    end
    local text = concat(parts, ",")
    return #text > MAX_TARGETS_TEXT and text:sub(1, MAX_TARGETS_TEXT) or text
end

-- the attack-* and language-* tags of the matched rules, first seen first, comma-separated
local function tags_text(crs)
    local seen, list = {}, {}
    for _, r in ipairs(crs.matched) do
        for _, t in ipairs(r.tags) do
            if not seen[t] and (t:sub(1, 7) == "attack-" or t:sub(1, 9) == "language-") then
                seen[t] = true
                list[#list + 1] = t
            end
        end
    end
    return concat(list, ",")
end

-- What the logs and metrics say of a CRS verdict: { keys = rule series keys, hits = rule@targets
-- text, tags = tags text }, derived once per verdict (a replayed attack reuses its verdict's).
function _M.report(crs)
    local report = crs.report
    if not report then
        local keys = {}
        for i, r in ipairs(crs.matched) do
            keys[i] = _M.rule_key(r)
        end
        report = { keys = keys, hits = hits_text(crs), tags = tags_text(crs) }
        crs.report = report
    end
    return report
end

-- A replayed attack floods the error log (one write per request costs more than the whole rejection:
-- docs/performance.md): the error log gets a verdict's first line, then at most one a second for
-- its replays, carrying how many it stood for. Every request's decision stays in the access log and
-- the metrics. verdict: a remembered one (its replays share it). Returns nil (stay silent) or the count
-- of replays the line stands for (0: a new one).
local LOG_EVERY = 1

function _M.replays_to_log(verdict, now)
    local logged_at = verdict.logged_at
    if logged_at and now - logged_at < LOG_EVERY then
        verdict.unlogged = verdict.unlogged + 1
        return nil
    end
    local replays = logged_at and verdict.unlogged or 0
    verdict.logged_at, verdict.unlogged = now, 0
    return replays
end

return _M
