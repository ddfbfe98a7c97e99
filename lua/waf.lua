-- Edge policy: web application firewall with anomaly scoring (OWASP CRS style, paranoia level 1).
-- Inspects the raw request line's path, query args, headers and the body (urlencoded, JSON, other)
-- after decoding (waf_decode), scores the rules of waf_rules that match, and blocks (403
-- request_blocked with the rule ids) or only logs (detect mode) when the score reaches the
-- threshold. IP allow/deny lists run first; protocol findings (Host, method allowlist, CL/TE) are
-- scored with the rules; a body over the route's limit is refused with 413 (on its Content-Length, unread).
local cjson = require "cjson.safe"
local decode = require "waf_decode"
local errors = require "errors"
local metrics = require "metrics"
local memo = require "memo"
local rules = require "waf_rules"
local bit = require "bit"
local ffi = require "ffi"

local ngx_var = ngx.var
local ngx_req = ngx.req
local ngx_log, WARN = ngx.log, ngx.WARN
local concat, sort = table.concat, table.sort
local type, pairs, ipairs, rawget, tonumber, tostring = type, pairs, ipairs, rawget, tonumber, tostring
local sub, find, lower = string.sub, string.find, string.lower

local _M = {}

metrics.define("edge_waf_rule_matches_total", "counter", "WAF rule matches, by rule id and category.")
metrics.define("edge_waf_requests_total", "counter", "Requests the WAF flagged, by route and action (block/detect).")

local DEFAULTS = {
    mode = "block",
    threshold = 5,
    max_value_length = 16384,       -- inspect at most this much of any one value
    max_body_inspect = 262144,
    max_multipart_parts = 256,
    max_header_length = 8192,
    max_headers = 100,
    allowed_methods = { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" },
    -- Headers whose values are opaque credentials or fixed-format: inspecting them only costs time.
    skip_headers = { "authorization", "x-slack-signature", "content-length", "x-request-id" },
    ip_allow = {},
    ip_deny = {},
}

-- Rules that are not signatures: the request itself breaks the protocol or the route's policy.
local PROTOCOL = {
    method = { id = 911100, category = "protocol", score = 5, desc = "method not allowed" },
    no_host = { id = 920280, category = "protocol", score = 5, desc = "missing Host header" },
    bad_host = { id = 920350, category = "protocol", score = 5, desc = "Host is not this server" },
    cl_te = { id = 920180, category = "protocol", score = 5, desc = "both Content-Length and Transfer-Encoding" },
    multi_cl = { id = 920160, category = "protocol", score = 5, desc = "conflicting Content-Length headers" },
    header_size = { id = 920380, category = "protocol", score = 5, desc = "oversized header" },
    header_count = { id = 920390, category = "protocol", score = 5, desc = "too many headers" },
    nul = { id = 920270, category = "protocol", score = 5, desc = "NUL byte in a value" },
    ip_deny = { id = 910100, category = "ip", score = 5, desc = "client address is denied" },
    multipart = { id = 920120, category = "protocol", score = 5, desc = "malformed multipart/form-data body" },
    mp_filename = { id = 930170, category = "traversal", score = 5,
        desc = "multipart file name with a path (dot-dot segment or absolute)" },
}
-- as merge() lists (shared, never modified)
local MULTIPART_BAD = { PROTOCOL.multipart }
local FILENAME_BAD = { PROTOCOL.mp_filename }
local HEADER_SIZE = { PROTOCOL.header_size }

-- ---- CIDR lists --------------------------------------------------------------------------------
local function parse_ipv4(ip)
    local a, b, c, d = ip:match("^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
    if not a then
        return nil
    end
    local bytes = { tonumber(a), tonumber(b), tonumber(c), tonumber(d) }
    for _, v in ipairs(bytes) do
        if v > 255 then
            return nil
        end
    end
    return bytes
end

local function parse_ipv6(ip)
    if not find(ip, ":", 1, true) then
        return nil
    end
    local v4tail = ip:match(":(%d+%.%d+%.%d+%.%d+)$")
    local tail = {}
    if v4tail then
        tail = parse_ipv4(v4tail)
        if not tail then
            return nil
        end
        ip = ip:sub(1, #ip - #v4tail) .. "0:0"
    end
    local head, rest = ip:match("^(.-)::(.*)$")
    local groups = {}
    local function add(part)
        if part == "" then
            return true
        end
        for g in part:gmatch("[^:]+") do
            local v = tonumber(g, 16)
            if not v or #g > 4 then
                return false
            end
            groups[#groups + 1] = v
        end
        return true
    end
    if head then
        local left = {}
        if not add(head) then
            return nil
        end
        left, groups = groups, {}
        if not add(rest) then
            return nil
        end
        local fill = 8 - #left - #groups
        if fill < 0 then
            return nil
        end
        local all = {}
        for _, v in ipairs(left) do all[#all + 1] = v end
        for _ = 1, fill do all[#all + 1] = 0 end
        for _, v in ipairs(groups) do all[#all + 1] = v end
        groups = all
    elseif not add(ip) or #groups ~= 8 then
        return nil
    end
    local bytes = {}
    for _, g in ipairs(groups) do
        bytes[#bytes + 1] = math.floor(g / 256)
        bytes[#bytes + 1] = g % 256
    end
    if v4tail then
        for i = 1, 4 do bytes[12 + i] = tail[i] end
    end
    return bytes
end

local function parse_ip(ip)
    return parse_ipv4(ip) or parse_ipv6(ip)
end
_M.parse_ip = parse_ip

-- "10.0.0.0/8" -> {bytes=, bits=}
function _M.parse_cidr(cidr)
    local ip, bits = cidr:match("^([^/]+)/(%d+)$")
    ip = ip or cidr
    local bytes = parse_ip(ip)
    if not bytes then
        return nil, "invalid CIDR " .. tostring(cidr)
    end
    bits = tonumber(bits) or #bytes * 8
    if bits > #bytes * 8 then
        return nil, "invalid prefix length in " .. cidr
    end
    return { bytes = bytes, bits = bits }
end

function _M.cidr_match(list, ip)
    local bytes = type(ip) == "table" and ip or parse_ip(ip or "")
    if not bytes then
        return false
    end
    for _, net in ipairs(list) do
        if #net.bytes == #bytes then
            local bits, i, ok = net.bits, 1, true
            while bits > 0 do
                local mask = bits >= 8 and 255 or (256 - 2 ^ (8 - bits))
                if bit.band(bytes[i], mask) ~= bit.band(net.bytes[i], mask) then
                    ok = false
                    break
                end
                bits, i = bits - 8, i + 1
            end
            if ok then
                return true
            end
        end
    end
    return false
end

-- ---- inspection core (no phase-specific ngx API, so tools can call it outside a request) --------

-- ngx.re.find(..., "jo") rebuilds its cache key (pattern .. options) and walks an LRU on every
-- call, which over ~50 rules per value cost more than the matching: each rule is compiled once
-- (the same PCRE with JIT) and executed directly. Compiled by the first policy's new(), so a rule
-- that does not compile fails `nginx -t`; lazily, as the busted specs load this module without nginx.
local compiled, exec_regex

local function compile_rules()
    local core_regex = require "resty.core.regex"  -- also declares exec_regex to the FFI
    -- (the busted specs, without nginx, load a stand-in regex module that brings its own exec)
    exec_regex = core_regex.spec_exec_regex or ffi.C.ngx_http_lua_ffi_exec_regex
    local list = {}
    for i, r in ipairs(rules) do
        local re, err, flags = core_regex.re_match_compile(r.pattern, "j")
        if not re then
            error("waf: rule " .. r.id .. " does not compile: " .. tostring(err))
        end
        list[i] = { rule = r, re = re, flags = flags, ua_only = r.targets == "ua" }
    end
    compiled = list
    return list
end

-- Per worker: repeated values (user agents, cookies, common args) are scored once; keyed by the
-- value itself, so no key is built on the hot path.
local new_cache = memo.new

local value_cache = new_cache(4096)
local ua_cache = new_cache(512)
-- Whole request URIs (path + query): an API client repeats the same few, and a hit skips the
-- query parsing as well as the per-value lookups. Long URIs are rarely repeated: not kept.
local uri_cache = new_cache(1024)
local MAX_CACHED_URI = 2048

local EMPTY = {}

-- Matched rules for one value: array of rule tables (cached by value, shared: never modified).
local function scan_value(value, is_ua)
    local cache = is_ua and ua_cache or value_cache
    local hit = cache:get(value)
    if hit then
        return hit
    end
    local n = decode.normalize(value)
    local sql, path = decode.sql_view(n), decode.path_view(n)
    local out
    if find(value, "%z") then
        out = { PROTOCOL.nul }
    end
    local list = compiled or compile_rules()
    for i = 1, #list do
        local c = list[i]
        if is_ua or not c.ua_only then
            local view = c.rule.view
            view = view == "n" and n or view == "sql" and sql or path
            -- > 0: matched (PCRE_ERROR_NOMATCH and errors are negative)
            if exec_regex(c.re, c.flags, view, #view, 0) > 0 then
                out = out or {}
                out[#out + 1] = c.rule
            end
        end
    end
    out = out or EMPTY
    cache:set(value, out)
    return out
end
_M.scan_value = scan_value

-- acc (nil until the first match, so a clean request builds no table) plus the rules of list
-- that are not in it yet.
local function merge(acc, list)
    for i = 1, #list do
        local r = list[i]
        acc = acc or {}
        local dup = false
        for j = 1, #acc do
            if acc[j] == r then
                dup = true
                break
            end
        end
        if not dup then
            acc[#acc + 1] = r
        end
    end
    return acc
end

local function merge_value(acc, v, limit, is_ua)
    if type(v) == "string" then
        if v ~= "" then
            acc = merge(acc, scan_value(#v > limit and sub(v, 1, limit) or v, is_ua))
        end
    elseif type(v) == "table" then  -- repeated header / arg
        for _, x in ipairs(v) do
            acc = merge_value(acc, x, limit, is_ua)
        end
    end
    return acc
end

local function merge_form(acc, text, limit)
    for _, pair in ipairs(decode.parse_form(text)) do
        acc = merge_value(acc, pair[1], limit)
        acc = merge_value(acc, pair[2], limit)
    end
    return acc
end

-- A JSON text: its strings (keys and values) one by one; text that does not parse, as it is.
local function merge_json(acc, text, limit)
    local doc = cjson.decode(text)
    return merge_value(acc, type(doc) == "table" and decode.json_strings(doc) or text, limit)
end

-- Cookie by cookie, URL-decoded (CRS's REQUEST_COOKIES): a payload in a later cookie then starts a
-- value, where the anchored SQL rules look for it. v: one Cookie header or a list of them.
local function merge_cookies(acc, v, limit)
    if type(v) == "table" then
        for _, x in ipairs(v) do
            acc = merge_form(acc, x, limit)
        end
        return acc
    end
    return merge_form(acc, v, limit)
end

-- A value that may be longer than one inspection window (a text file): scanned window by window,
-- overlapping so that a payload across a window edge is seen whole, up to budget bytes.
local WINDOW_OVERLAP = 1024

local function merge_long(acc, v, limit, budget)
    local n = #v
    if n <= limit then
        return merge_value(acc, v, limit)
    end
    if budget < n then
        n = budget
    end
    local step = limit > 2 * WINDOW_OVERLAP and limit - WINDOW_OVERLAP or limit
    local i = 1
    while i <= n do
        local j = i + limit - 1
        acc = merge(acc, scan_value(sub(v, i, j < n and j or n)))
        if j >= n then
            break
        end
        i = i + step
    end
    return acc
end

-- Media types whose content an application reads as text (an absent type is text/plain, RFC 7578).
local TEXT_TYPES = { "text/", "json", "xml", "javascript", "ecmascript", "x-www-form-urlencoded", "x-sh",
    "x-php", "x-httpd-php", "x-python", "x-perl", "x-ruby", "yaml", "csv", "sql", "html", "svg" }

local function text_like(ctype, value)
    if ctype == nil or ctype == "" then
        return true
    end
    for i = 1, #TEXT_TYPES do
        if find(ctype, TEXT_TYPES[i], 1, true) then
            return true
        end
    end
    -- a declared binary type is the client's claim: content without NUL bytes in its first KiB is text
    -- to whoever reads it (a script disguised as an image)
    return not find(sub(value, 1, 1024), "%z")
end

local function part_value(part)
    local v, cte = part.value, part.cte
    if cte and v ~= "" then
        if find(cte, "base64", 1, true) then
            v = decode.base64_decode(v)
        elseif find(cte, "quoted-printable", 1, true) then
            v = decode.qp_decode(v)
        end
    end
    return v
end

local function merge_filename(acc, f, limit)
    if f and f ~= "" then
        acc = merge_value(acc, f, limit)
        if decode.unsafe_filename(f) then
            acc = merge(acc, FILENAME_BAD)
        end
    end
    return acc
end

-- multipart/form-data: every part's name, file name and (fields, text files) value, through the same
-- decoding and rules as form arguments; a body that does not parse is a protocol violation.
local function merge_multipart(acc, body, content_type, limit, opts, truncated)
    local boundary = decode.multipart_boundary(content_type)
    local parts
    if boundary then
        local ok, res = pcall(decode.parse_multipart, body, boundary,
            opts.max_multipart_parts or DEFAULTS.max_multipart_parts, truncated)
        parts = ok and res or nil
        if not ok then
            ngx_log(WARN, "waf: multipart parser error: ", res)
        end
    end
    if not parts then
        -- still scan the raw text: the upstream's parser may be laxer than ours
        return merge_value(merge(acc, MULTIPART_BAD), body, limit)
    end
    local budget = opts.max_body_inspect or DEFAULTS.max_body_inspect
    -- merge_value skips nil: absent pieces need no guard
    acc = merge_value(merge_value(acc, parts.preamble, limit), parts.epilogue, limit)
    for i = 1, #parts do
        local part = parts[i]
        acc = merge_value(acc, part.name, limit)
        acc = merge_value(acc, part.name_alt, limit)
        acc = merge_value(acc, part.raw_cd, limit)
        local fname, fext = part.filename, part.filename_ext
        if fname or fext then
            acc = merge_filename(merge_filename(acc, fname, limit), fext, limit)
            acc = merge_filename(acc, part.filename_alt, limit)
            local v = part_value(part)
            if v ~= "" and budget > 0 and text_like(part.ctype, v) then
                acc = merge_long(acc, v, limit, budget)
                budget = budget - #v
            end
        else
            local v = part_value(part)
            local ct = part.ctype
            if ct and find(ct, "json", 1, true) then
                acc = merge_json(acc, v, limit)
            else
                acc = merge_value(acc, v, limit)
            end
        end
    end
    return acc
end

local function scan_uri(uri, limit)
    local q = find(uri, "?", 1, true)
    local acc = merge_value(nil, q and sub(uri, 1, q - 1) or uri, limit)
    if q then
        acc = merge_form(acc, sub(uri, q + 1), limit)
    end
    return acc
end

-- The header pass: every request header but the skipped ones (credentials: an oversized token is
-- the next policy's 401), one loop that does the protocol's size check too (a header longer than
-- opts.max_header_length matches 920380). Returns acc with the matched rules added.
local function scan_headers(acc, headers, opts)
    local limit = opts.max_value_length or DEFAULTS.max_value_length
    local skip = opts.skip_set or EMPTY
    local maxlen = opts.max_header_length
    local ua
    for name, v in pairs(headers or EMPTY) do
        if not skip[name] then
            if maxlen and type(v) == "string" and #v > maxlen then
                acc = merge(acc, HEADER_SIZE)
            end
            if name == "user-agent" then
                ua = v
            elseif name == "cookie" then
                acc = merge_cookies(acc, v, limit)
            else
                if name == "content-type" and type(v) == "string" and find(v, "oundary", 1, true) then
                    v = decode.strip_boundary(v)
                end
                acc = merge_value(acc, v, limit)
            end
        end
    end
    if ua then
        acc = merge_value(acc, type(ua) == "table" and concat(ua, " ") or ua, limit, true)
    end
    return acc
end

-- The rest of the request: the URI (results cached per URI) and the body.
local function scan_rest(acc, uri, body, content_type, opts, truncated)
    local limit = opts.max_value_length or DEFAULTS.max_value_length
    if #uri <= MAX_CACHED_URI and #uri <= limit then
        -- no part of it can be truncated, so its result holds for every route's limit
        local hit = uri_cache:get(uri)
        if not hit then
            hit = scan_uri(uri, limit) or EMPTY
            uri_cache:set(uri, hit)
        end
        acc = merge(acc, hit)
    else
        acc = scan_uri(uri, limit)
    end
    if body and body ~= "" then
        local ct = lower(content_type or "")
        if find(ct, "^%s*multipart/") then
            acc = merge_multipart(acc, body, content_type, limit, opts, truncated)
        elseif find(ct, "application/x-www-form-urlencoded", 1, true) then
            acc = merge_form(acc, body, limit)
        elseif find(ct, "json", 1, true) then
            acc = merge_json(acc, body, limit)
        else
            acc = merge_value(acc, body, limit)
        end
    end
    return acc
end

-- uri: raw request URI, headers: {lowercase name = value or list}, body: string|nil, content_type:
-- string|nil, truncated: the body was cut at the inspection limit; opts: the policy's. Returns the
-- array of matched rules, or nil when nothing matched.
function _M.inspect(uri, headers, body, content_type, opts, truncated)
    opts = opts or DEFAULTS
    return scan_rest(scan_headers(nil, headers, opts), uri or "", body, content_type, opts, truncated)
end

-- ---- the policy --------------------------------------------------------------------------------
local Policy = {}
Policy.__index = Policy

local function set_of(list)
    local s = {}
    for _, v in ipairs(list or {}) do
        s[type(v) == "string" and lower(v) or v] = true
    end
    return s
end

local function upper_set(list)
    local s = {}
    for _, v in ipairs(list or {}) do
        s[string.upper(v)] = true
    end
    return s
end

local function cidrs(list)
    local out = {}
    for _, c in ipairs(list or {}) do
        out[#out + 1] = assert(_M.parse_cidr(c))
    end
    return out
end

local function size_bytes(v)
    if type(v) == "number" then
        return v
    end
    local n, unit = tostring(v or ""):match("^(%d+)%s*([kKmM]?)$")
    n = tonumber(n)
    if not n then
        return nil
    end
    unit = lower(unit)
    return n * (unit == "k" and 1024 or unit == "m" and 1048576 or 1)
end

function _M.new(conf, route_name, edge_config)
    local sec = (edge_config and edge_config.security and edge_config.security.waf) or {}
    local o = {}
    for k, v in pairs(DEFAULTS) do o[k] = v end
    for k, v in pairs(sec) do o[k] = v end
    for k, v in pairs(conf or {}) do o[k] = v end
    local route = edge_config and edge_config.routes and edge_config.routes[route_name] or {}
    local hosts = o.allowed_hosts
    if not hosts and edge_config and edge_config.server_name then
        hosts = { edge_config.server_name, "localhost", "127.0.0.1", "::1", "[::1]" }
    end
    if not compiled then
        compile_rules()
    end
    local ip_allow, ip_deny = cidrs(o.ip_allow), cidrs(o.ip_deny)
    return setmetatable({
        route = route_name,
        mode = o.mode,
        threshold = o.threshold,
        opts = { max_value_length = o.max_value_length, skip_set = set_of(o.skip_headers),
            max_body_inspect = o.max_body_inspect, max_multipart_parts = o.max_multipart_parts,
            max_header_length = o.max_header_length },
        methods = upper_set(o.allowed_methods),
        hosts = hosts and set_of(hosts),
        max_headers = o.max_headers,
        max_body = size_bytes(o.max_body or route.client_max_body_size),
        max_body_inspect = o.max_body_inspect,
        ip_allow = ip_allow,
        ip_deny = ip_deny,
        check_ip = #ip_allow > 0 or #ip_deny > 0,
        -- Host header -> allowed?, so the lower-case and port strip run once per distinct Host
        host_ok = new_cache(64),
    }, Policy)
end

local function read_body(limit)
    ngx_req.read_body()
    local body = ngx_req.get_body_data()
    if body then
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
    -- rawget: a missing name would run get_headers' case-folding __index, which LuaJIT cannot
    -- compile (it aborts the trace and, repeated, blacklists this whole policy to the interpreter)
    local host = rawget(headers, "host")
    local bad_host
    if host == nil then
        bad_host = PROTOCOL.no_host
    elseif type(host) == "table" then
        bad_host = PROTOCOL.bad_host
    elseif self.hosts then
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

function Policy:decide(score, ids, matched)
    local action = self.mode == "block" and "block" or "detect"
    for _, r in ipairs(matched) do
        metrics.inc("edge_waf_rule_matches_total", { { "rule", r.id }, { "category", r.category } })
    end
    metrics.inc("edge_waf_requests_total", { { "route", self.route }, { "action", action } })
    local id_text = concat(ids, ",")
    ngx_log(WARN, "waf ", action, ": route=", self.route, " score=", score, " rules=", id_text,
        " request_id=", ngx_var.edge_request_id or "", " client=", ngx_var.remote_addr or "")
    local prev = ngx_var.edge_decisions
    ngx_var.edge_decisions = (prev and prev ~= "" and prev .. ";" or "") .. "waf=" .. action .. ":" .. id_text
    if action == "block" then
        return errors.reject(403, "request_blocked", "the request was blocked by the web application firewall",
            nil, { rules = ids })
    end
end

function Policy:access(ctx)
    if self.check_ip then
        local client = ngx_var.remote_addr
        if #self.ip_deny > 0 and _M.cidr_match(self.ip_deny, client)
            or #self.ip_allow > 0 and not _M.cidr_match(self.ip_allow, client) then
            return self:decide(5, { PROTOCOL.ip_deny.id }, { PROTOCOL.ip_deny })
        end
    end
    local headers, err = ngx_req.get_headers(self.max_headers)
    -- The header pass comes first, as inspect's does: its loop is the phase's first of our own, and
    -- LuaJIT compiles the code between a phase's start and its first compiled loop only by luck (a
    -- trace from a function's entry cannot run into a loop compiled on its own): kept this short,
    -- the rest of the phase rides the trace that leaves the loop.
    local acc = scan_headers(nil, headers, self.opts)
    -- Later policies (jwt) read their headers here instead of through ngx.var, unless truncated.
    ctx.headers = err ~= "truncated" and headers or nil
    local method = ngx_req.get_method()
    local found = self:protocol(headers, method, err == "truncated")
    -- the first Content-Length, as $http_content_length gives it (which also sees past max_headers)
    local cl = err == "truncated" and ngx_var.http_content_length or rawget(headers, "content-length")
    cl = tonumber(type(cl) == "table" and cl[1] or cl)
    if self.max_body and cl and cl > self.max_body then
        return errors.reject(413, "payload_too_large", "the request body is larger than this route allows")
    end
    local body, content_type, truncated
    if method ~= "GET" and method ~= "HEAD" and (cl or rawget(headers, "transfer-encoding")) then
        body, truncated = read_body(self.max_body_inspect)
        if body and self.max_body and #body > self.max_body then
            return errors.reject(413, "payload_too_large", "the request body is larger than this route allows")
        end
        content_type = ngx_var.content_type
    end
    local matched = scan_rest(acc, ngx_var.request_uri or "", body, content_type, self.opts, truncated)
    if found then
        matched = matched or {}  -- inspect's result is the request's own (cached lists are copied)
        for _, r in ipairs(found) do
            matched[#matched + 1] = r
        end
    end
    if not matched then
        return
    end
    local score, ids = 0, {}
    for _, r in ipairs(matched) do
        score = score + r.score
        ids[#ids + 1] = r.id
    end
    if score >= self.threshold then
        sort(ids)
        ctx.waf = { score = score, rules = ids }
        return self:decide(score, ids, matched)
    end
end

return _M
