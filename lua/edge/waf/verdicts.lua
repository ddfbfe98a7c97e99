-- The CRS verdict on a request, remembered per route view (lua/edge/lib/memo.lua's two generations):
-- a request identical in everything the engine reads (method, URI, protocol, client address, headers
-- in order, a small body) gets the verdict the engine gave the first time, since the engine is
-- deterministic. Clean API traffic repeats itself, and so does an attacker replaying one payload:
-- a clean request is one lookup, a replayed attack is answered with the same rule ids and targets
-- without running the CRS again. Bounded: clean verdicts are a flag, verdicts with matches a few
-- small tables, in a smaller memo (an attacker varying payloads only churns it).
local memo = require "edge.lib.memo"
local metrics = require "edge.lib.metrics"

local ngx_var = ngx.var
local concat = table.concat
local type, pairs, ipairs, setmetatable = type, pairs, ipairs, setmetatable
local EMPTY = {}

local _M = {}

local CLEAN_SIZE, MATCHED_SIZE = 4096, 1024
local MAX_KEYED_BODY = 4096
local key_buf = {}

-- Gives a CRS view (edge.waf.crs.engine's) its verdict memos.
function _M.attach(view)
    view.clean = memo.new(CLEAN_SIZE)
    view.matched = memo.new(MATCHED_SIZE)
    return view
end

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

-- What the memo keeps of the engine's result: the verdict, not the request's TX.
local function kept(res)
    return { blocked = res.blocked, score = res.score, rules = res.rules, matched = res.matched,
             targets = res.targets }
end

-- The CRS verdict on this request: { blocked, score, rules, matched, targets }, or nil when the
-- request is clean. headers: ngx.req.get_headers()'s table; uri: $request_uri; version:
-- ngx.req.http_version(). A verdict with matches is shared by every replay of its request: callers
-- read it and may cache what they derive from it on it, never change it.
function _M.run(view, headers, method, body, uri, version)
    local proto = protocol(version)
    local remote = ngx_var.remote_addr or ""
    local buf, b = key_buf, 5
    buf[1], buf[2], buf[3], buf[4] = method, uri, proto, remote
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
    buf[5] = (b - 5) / 2   -- the header count: where the body starts
    local key
    if not body or #body <= MAX_KEYED_BODY then
        buf[b + 1] = body or ""
        -- "\n" cannot occur in a request line, a header or the address; with the header count in
        -- front of them, the key is unambiguous
        key = concat(buf, "\n", 1, b + 1)
        if view.clean:get(key) then
            return nil
        end
        local seen = view.matched:get(key)
        if seen then
            return seen
        end
    end
    local list = {}
    for i = 6, b, 2 do
        list[#list + 1] = { buf[i], buf[i + 1] }
    end
    local res = view:inspect({ method = method, uri = uri, protocol = proto, headers = list, body = body,
        remote_addr = remote })
    if not res.blocked and #res.rules == 0 then
        if key then
            view.clean:set(key, true)
        end
        return nil
    end
    res = kept(res)
    if key then
        view.matched:set(key, res)
    end
    return res
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
-- the metrics. Returns nil (stay silent) or the count of replays the line stands for (0: a new one).
local LOG_EVERY = 1

function _M.replays_to_log(report, id_text, now)
    if report.logged_ids == id_text and now - report.logged_at < LOG_EVERY then
        report.unlogged = report.unlogged + 1
        return nil
    end
    local replays = report.logged_ids == id_text and report.unlogged or 0
    report.logged_ids, report.logged_at, report.unlogged = id_text, now, 0
    return replays
end

return _M
