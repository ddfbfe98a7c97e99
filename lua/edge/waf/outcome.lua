-- What a WAF decision leaves, worked out once per distinct request (edge.waf.verdicts remembers it) and
-- replayed for every request like it: the metric series to count, the access log's decision token, the
-- error-log line (one a second for replays) and the 403 body's rule ids; in CRS detect mode, the CRS's
-- verdict logged beside ours. A route's judge holds what decides: mode, threshold, crs_mode.
local decisions = require "edge.lib.decisions"
local errors = require "edge.lib.errors"
local metrics = require "edge.lib.metrics"
local verdicts = require "edge.waf.verdicts"

local ngx_var = ngx.var
local ngx_log, WARN = ngx.log, ngx.WARN
local ngx_now = ngx.now
local concat, sort = table.concat, table.sort
local ipairs, unpack = ipairs, unpack
local crs_report, rule_key, replays_to_log = verdicts.report, verdicts.rule_key, verdicts.replays_to_log
local inc_key = metrics.inc_key
local EMPTY = {}

local _M = {}

metrics.define("edge_waf_rule_matches_total", "counter", "WAF rule matches, by rule id and category.")
metrics.define("edge_waf_requests_total", "counter", "Requests the WAF flagged, by route and action (block/detect).")

-- action -> this route's edge_waf_requests_total series key
local function request_keys(route_name)
    local keys = {}
    for _, action in ipairs({ "block", "detect", "crs_detect" }) do
        keys[action] = metrics.series("edge_waf_requests_total", { { "route", route_name }, { "action", action } })
    end
    return keys
end

-- A route's judge (conf: the waf policy's resolved edge.json section).
function _M.judge(route_name, conf)
    return { route = route_name, mode = conf.mode, threshold = conf.threshold, crs_mode = conf.crs_mode,
        request_keys = request_keys(route_name) }
end

-- "131200@ARGS:url|ARGS:next,142100@REQUEST_COOKIES:x": where our rules matched (edge.waf.inspect's
-- places), for `python -m gateway waf-tune`; nil when no rule has a named place.
local function own_places(matched)
    local hits
    for _, r in ipairs(matched) do
        local where = matched[r]
        if where and where.n > 0 then
            hits = hits or {}
            hits[#hits + 1] = r.id .. "@" .. concat(where, "|", 1, where.n)
        end
    end
    return hits and concat(hits, ",")
end

-- What a request with matches leaves, worked out once and replayed for every request like it (j: the
-- route's judge):
-- { action = "block"|"detect"|nil, keys = metric series to count, token = its decisions,
--   score, id_text, tags, extra = the 403 body's fields, crs_detect = the CRS's detect-mode report }.
-- nil when it leaves nothing (no block and no CRS detection to log).
function _M.build(j, score, ids, matched, crs)
    local blocked = score >= j.threshold
    local crs_detect
    if crs and crs.blocked then
        if j.crs_mode == "block" then
            blocked = true
            score = score > crs.score and score or crs.score
        else
            -- detect: CRS's verdict is logged (decisions, metrics, error log), ours decides
            crs_detect = crs_report(crs)
        end
    end
    if not blocked and not crs_detect then
        return nil
    end
    local o = { crs_detect = crs_detect, crs_score = crs and crs.score }
    if crs_detect then
        o.crs_keys = { j.request_keys.crs_detect, unpack(crs_detect.keys) }
        o.crs_token = decisions.token("crs", nil, "detect", crs_detect.hits)
    end
    if not blocked then
        return o
    end
    for _, id in ipairs(crs and crs.rules or EMPTY) do
        ids[#ids + 1] = id
    end
    sort(ids)
    local action = j.mode == "block" and "block" or "detect"
    local report = crs and crs_report(crs)
    local keys = {}
    for i, r in ipairs(matched) do
        keys[i] = rule_key(r)
    end
    for _, key in ipairs(report and report.keys or EMPTY) do
        keys[#keys + 1] = key
    end
    keys[#keys + 1] = j.request_keys[action]
    local id_text = concat(ids, ",")
    local token = decisions.token("waf", nil, action, id_text)
    local places = own_places(matched)
    if places then
        token = token .. ";" .. decisions.token("own", nil, action, places)
    end
    if report then
        token = token .. ";" .. decisions.token("crs", nil, action, report.hits)
    end
    o.action, o.keys, o.token, o.score, o.id_text = action, keys, token, score, id_text
    o.tags = report and report.tags or ""
    o.extra = action == "block" and { rules = ids } or nil
    return o
end

-- Leave what an outcome says: CRS detections, then our decision (a block ends the request).
function _M.apply(j, o)
    local keys = o.crs_keys
    if keys then
        for i = 1, #keys do
            inc_key(keys[i])
        end
        ngx_log(WARN, "waf crs_detect: route=", j.route, " score=", o.crs_score, " rules=",
            o.crs_detect.hits, " request_id=", ngx_var.edge_request_id or "")
        decisions.log(o.crs_token)
    end
    local action = o.action
    if not action then
        return
    end
    keys = o.keys
    for i = 1, #keys do
        inc_key(keys[i])
    end
    -- replays of one outcome (same request, same client): a line a second (verdicts.lua)
    local replays = replays_to_log(o, ngx_now())
    if replays then
        ngx_log(WARN, "waf ", action, ": route=", j.route, " score=", o.score, " rules=", o.id_text,
            " tags=", o.tags, " request_id=", ngx_var.edge_request_id or "",
            " client=", ngx_var.remote_addr or "", replays > 0 and " replays=" .. replays or "")
    end
    decisions.log(o.token)
    if action == "block" then
        return errors.reject(403, "request_blocked", "the request was blocked by the web application firewall",
            nil, o.extra)
    end
end

return _M
