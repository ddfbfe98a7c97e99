-- Edge policy: web application firewall with anomaly scoring, two rulesets side by side.
-- IP allow/deny lists run first; then our own rules (edge.waf.inspect: header pass, protocol checks
-- (Host, method allowlist, CL/TE), URI, body) and the OWASP Core Rule Set (edge.waf.crs.engine, at the
-- configured paranoia level); the route's exclusions apply to both (edge.waf.exclusions for ours).
-- Either ruleset reaching its threshold blocks the request (403 request_blocked with the rule ids of
-- both) or, in detect mode, only logs it. A body
-- over the route's limit is refused with 413 (on its Content-Length, unread). On a route where
-- slack_signature (mode verify) runs first, a verified request gets the route's `signed_exclusions` too.
-- Every request's body is inspected, whatever its method and framing; a limit reached is a finding.
-- The outcome is remembered per request (edge.waf.verdicts): a replay, clean or attack, skips both
-- rulesets and leaves the same decision, metrics and body.
-- Schema (fields, defaults, section security.waf): gateway/policies/waf.py.
local cidr = require "edge.lib.cidr"
local cjson = require "cjson.safe"
local crs_engine = require "edge.waf.crs.engine"
local crs_regex = require "edge.waf.crs.regex"
local errors = require "edge.lib.errors"
local exclusions = require "edge.waf.exclusions"
local inspect = require "edge.waf.inspect"
local memo = require "edge.lib.memo"
local metrics = require "edge.lib.metrics"
local outcome = require "edge.waf.outcome"
local verdicts = require "edge.waf.verdicts"

local ngx_var = ngx.var
local ngx_req = ngx.req
local type, ipairs, rawget, tonumber, tostring = type, ipairs, rawget, tonumber, tostring
local lower, upper, sub, match = string.lower, string.upper, string.sub, string.match
local max = math.max

local PROTOCOL = inspect.PROTOCOL
local crs_limited = crs_regex.take_limited
local budget = require "edge.waf.budget"
local arm_budget, disarm_budget = budget.arm, budget.disarm
local OVER_BUDGET = require("edge.waf.findings").LIMIT.budget
local BUDGET_UNIT = 16384
local inc_key = metrics.inc_key
local scan_headers, scan_rest = inspect.scan_headers, inspect.scan_rest
local new_cache = memo.new
local cidr_match = cidr.match
local run_crs = verdicts.run
local request_key, recall, remember, CLEAN = verdicts.key, verdicts.recall, verdicts.remember, verdicts.CLEAN
local build, apply = outcome.build, outcome.apply
local filter_own = exclusions.filter
local EMPTY = {}

local _M = {}

metrics.define("edge_waf_crs_match_limit_total", "counter",
    "Requests on which a CRS pattern gave up at the regex match limit (no match for it, as in ModSecurity).")


local Policy = {}
Policy.__index = Policy

-- list -> {case(v) = true}
local function set_of(list, case)
    local s = {}
    for _, v in ipairs(list) do
        s[case(v)] = true
    end
    return s
end

-- The compiled CRS (gateway render writes crs.json), loaded once per nginx master.
local load_crs = memo.cached(function(path)
    local f = assert(io.open(path, "rb"), "waf: cannot read the compiled CRS " .. tostring(path))
    local ruleset = assert(cjson.decode(f:read("*a")), "waf: " .. path .. " is not valid JSON")
    f:close()
    return crs_engine.new(ruleset)
end)

local function cidrs(list)
    local out = {}
    for _, c in ipairs(list) do
        out[#out + 1] = assert(cidr.parse(c))
    end
    return out
end

-- The route's exclusions: every request's, and a verified one's (with signed_exclusions; nil without).
local function route_exclusions(conf)
    -- free_text: the route's fields of prose (search, names, bios, notes), spared the rules that read
    -- prose as commands or SQL (free_text_rules); every other rule still reads them
    local list = {}
    for _, ex in ipairs(conf.crs_exclusions or EMPTY) do list[#list + 1] = ex end
    for _, ex in ipairs(conf.exclusions or EMPTY) do list[#list + 1] = ex end
    for _, field in ipairs(conf.free_text or EMPTY) do
        list[#list + 1] = { ids = conf.free_text_rules, target = field }
    end
    local signed
    if conf.signed_exclusions then
        signed = {}
        for _, ex in ipairs(list) do signed[#signed + 1] = ex end
        for _, ex in ipairs(conf.signed_exclusions) do signed[#signed + 1] = ex end
    end
    return list, signed
end

-- The route's CRS views (full, and with signed_exclusions) at its paranoia level, or nil when the CRS is off.
local function crs_views(conf, edge_config, list, signed)
    if not conf.crs or not (edge_config and edge_config.crs_file) then
        return nil
    end
    local eng = load_crs(edge_config.crs_file)
    return eng:view(list, conf.paranoia_level), signed and eng:view(signed, conf.paranoia_level)
end

-- A name per policy view, unique in the worker (policies are built in init, before the fork).
local views = 0

local function new_view_name()
    views = views + 1
    return tostring(views)
end

-- conf: edge.json's, resolved by gateway/policies/waf.py (defaults and security.waf merged).
function _M.new(conf, route_name, edge_config)
    inspect.compile(edge_config and edge_config.regex_match_limit)
    local list, signed = route_exclusions(conf)
    local crs, crs_signed = crs_views(conf, edge_config, list, signed)
    local ip_allow, ip_deny = cidrs(conf.ip_allow), cidrs(conf.ip_deny)
    return setmetatable({
        route = route_name,
        opts = { max_value_length = conf.max_value_length, skip_set = set_of(conf.skip_headers, lower),
            max_body_inspect = conf.max_body_inspect, max_multipart_parts = conf.max_multipart_parts,
            max_header_length = conf.max_header_length, max_args = conf.max_args,
            max_json_depth = conf.max_json_depth, max_json_elements = conf.max_json_elements },
        methods = set_of(conf.allowed_methods, upper),
        hosts = set_of(conf.allowed_hosts, lower),
        own_host = conf.allowed_hosts[1],
        max_headers = conf.max_headers,
        max_body = conf.max_body,
        max_body_inspect = conf.max_body_inspect,
        ip_allow = ip_allow,
        ip_deny = ip_deny,
        check_ip = #ip_allow > 0 or #ip_deny > 0,
        -- Host header -> allowed?, so the lower-case and port strip run once per distinct Host
        host_ok = new_cache(64),
        crs = crs,
        crs_signed = crs_signed,
        -- the exclusions that name our own rules (nil: none, and no filtering)
        own_excl = exclusions.compile(list),
        own_excl_signed = signed and exclusions.compile(signed),
        -- the views whose outcomes are remembered apart (edge.waf.verdicts): unverified requests, and
        -- verified ones when signed_exclusions make them differ
        view = new_view_name(),
        view_signed = signed and new_view_name(),
        judge = outcome.judge(route_name, conf),
        crs_limit_key = metrics.series("edge_waf_crs_match_limit_total", { { "route", route_name } }),
        budget = conf.inspect_budget_ms / 1000,
    }, Policy)
end

-- The body, at most `limit` bytes of it; second result true when it was longer.
local function read_body(limit)
    ngx_req.read_body()
    local body = ngx_req.get_body_data()
    if body then
        if #body > limit then
            return sub(body, 1, limit), true
        end
        return body
    end
    local file = ngx_req.get_body_file()
    if file then
        local f = io.open(file, "rb")
        if f then
            body = f:read(limit)
            local more = body and f:read(1)
            f:close()
            return body, more ~= nil
        end
    end
    return nil
end

-- Protocol-level findings: array of rule tables, or nil when the request is clean.
function Policy:protocol(headers, method, truncated)
    local found
    if not self.methods[method] then
        found = { PROTOCOL.method }
    end
    -- rawget: get_headers' case-folding __index would abort the trace (docs/performance.md)
    local host = rawget(headers, "host")
    local bad_host
    if host == nil then
        bad_host = PROTOCOL.no_host
    elseif type(host) == "table" then
        bad_host = PROTOCOL.bad_host
    else
        local ok = self.host_ok:get(host)
        if ok == nil then
            ok = self.hosts[(lower(host):gsub(":%d+$", ""))] == true
            self.host_ok:set(host, ok)
        end
        if not ok then
            bad_host = PROTOCOL.bad_host
        end
    end
    if bad_host then
        found = found or {}
        found[#found + 1] = bad_host
    end
    local cl, te = rawget(headers, "content-length"), rawget(headers, "transfer-encoding")
    if cl and te then
        found = found or {}
        found[#found + 1] = PROTOCOL.cl_te
    end
    if type(cl) == "table" then
        found = found or {}
        found[#found + 1] = PROTOCOL.multi_cl
    end
    if truncated then
        found = found or {}
        found[#found + 1] = PROTOCOL.header_count
    end
    return found
end

-- Both rulesets on a request: its outcome (edge.waf.outcome), nil when it leaves nothing.
function Policy:evaluate(ctx, headers, method, header_cut, body, body_cut, uri, version)
    -- per BUDGET_UNIT bytes of body: a long benign body costs more than a short one, and a slow pattern's
    -- victim many times a benign body's of its size (the measurements: docs/performance.md)
    arm_budget(self.budget * max(1, body and #body / BUDGET_UNIT or 0))
    -- The header pass comes first, so the rest rides the trace that leaves its loop (docs/performance.md).
    local acc = scan_headers(nil, headers, self.opts)
    local found = self:protocol(headers, method, header_cut)
    -- a verified Slack event's body is the CRS's to judge, with the chat exclusions on message text only
    local own_body = not (ctx.slack_verified and self.crs_signed) and body or nil
    local content_type = body and ngx_var.content_type
    local matched = scan_rest(acc, uri or "", own_body, content_type, self.opts, body_cut)
    if found then
        matched = matched or {}  -- inspect's result is the request's own (cached lists are copied)
        for _, r in ipairs(found) do
            matched[#matched + 1] = r
        end
    end
    local excl = self.own_excl
    if ctx.slack_verified and self.own_excl_signed then
        excl = self.own_excl_signed
    end
    if excl then
        matched = filter_own(matched, excl)
    end
    local view = ctx.slack_verified and self.crs_signed or self.crs
    crs_limited()   -- a flag left by a pass that raised is not this request's
    local crs = view and run_crs(view, headers, method, body, uri or "/", version)
    if disarm_budget() then
        -- the inspection ran out of time (a value some pattern is slow on): refused, not let through. The
        -- CRS's verdict is dropped: its skipped matches made negated rules (920160's !@rx) fire.
        crs = nil
        matched = matched or {}
        matched[#matched + 1] = OVER_BUDGET
    end
    if crs_limited() then
        -- a CRS pattern gave up on a value (edge.waf.crs.regex): no match, as in ModSecurity, but counted
        -- (long benign text reaches the CRS's limit; ours, with a higher one, refuse: finding 200170)
        inc_key(self.crs_limit_key)
    end
    if not matched and not crs then
        return nil
    end
    local score, ids = 0, {}
    for _, r in ipairs(matched or EMPTY) do
        score = score + r.score
        ids[#ids + 1] = r.id
    end
    return build(self.judge, score, ids, matched or EMPTY, crs)
end

function Policy:access(ctx)
    if self.check_ip then
        local client = ngx_var.remote_addr
        if #self.ip_deny > 0 and cidr_match(self.ip_deny, client)
            or #self.ip_allow > 0 and not cidr_match(self.ip_allow, client) then
            -- a denied address is blocked whatever the threshold
            local judge = self.judge
            local score = max(PROTOCOL.ip_deny.score, judge.threshold)
            return apply(judge, build(judge, score, { PROTOCOL.ip_deny.id }, { PROTOCOL.ip_deny }))
        end
    end
    local headers, err = ngx_req.get_headers(self.max_headers)
    local header_cut = err == "truncated"
    -- Later policies (jwt) read their headers here instead of through ngx.var, unless truncated.
    ctx.headers = not header_cut and headers or nil
    local method = ngx_req.get_method()
    -- the first Content-Length, as $http_content_length gives it (which also sees past max_headers)
    local cl = header_cut and ngx_var.http_content_length or rawget(headers, "content-length")
    cl = tonumber(type(cl) == "table" and cl[1] or cl)
    if self.max_body and cl and cl > self.max_body then
        return errors.reject(413, "payload_too_large", "the request body is larger than this route allows")
    end
    local body, body_cut
    -- Any method may carry a body. HTTP/1.x frames one only with Content-Length or Transfer-Encoding
    -- (RFC 9112 6.3); an HTTP/2 or 3 stream may send one with neither: there it is always read.
    local version = ngx_req.http_version()
    if cl or rawget(headers, "transfer-encoding") or version >= 2 then
        body, body_cut = read_body(self.max_body_inspect)
        if body and self.max_body and #body > self.max_body then
            return errors.reject(413, "payload_too_large", "the request body is larger than this route allows")
        end
    end
    local uri = ngx_var.request_uri
    if ctx.request_line_only then
        -- nginx refused the request at its request line (edge.error_page): before reading a header,
        -- and before setting $request_uri. Judge the line alone; a Host nginx never read is not one
        -- the client left out.
        headers = { host = self.own_host }
        uri = match(ngx_var.request or "", "^%S+%s+(%S+)") or uri
    end
    -- a request cut at max_headers is judged every time: its key would not hold what was cut
    local view = ctx.slack_verified and self.view_signed or self.view
    local key = not header_cut and request_key(view, headers, method, body, uri or "", version, body_cut)
    local o = key and recall(key)
    if o == CLEAN then
        return
    end
    if not o then
        o = self:evaluate(ctx, headers, method, header_cut, body, body_cut, uri, version)
        if key then
            remember(key, o)
        end
        if not o then
            return
        end
    end
    return apply(self.judge, o)
end

return _M
