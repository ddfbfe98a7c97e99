-- Edge policy: no open redirects, whatever the upstream does. A 3xx Location must be same-origin
-- Schema (fields, defaults, the section it reads): gateway/policies/redirects.py.
-- (a path) or an https URL whose host:port is in the allowlist (exact host or "*.example.com");
-- otherwise the response becomes a 403 JSON (or a redirect to a safe landing page). Redirect-bearing
-- query parameters (next, return_to, redirect_uri, url, ...) get the same check on the way in.
-- The check is done on every decoding layer of the target, since a later hop may decode again.
local errors = require "edge.lib.errors"
local metrics = require "edge.lib.metrics"

local ngx_var = ngx.var
local ngx_log, WARN = ngx.log, ngx.WARN
local find, lower, sub, gsub, match = string.find, string.lower, string.sub, string.gsub, string.match
local type, pairs, ipairs, tonumber = type, pairs, ipairs, tonumber

local _M = {}

metrics.define("edge_redirects_blocked_total", "counter", "Redirect targets refused at the edge, by route and where.")

local MAX_LAYERS = 4

local function pct_decode(s)
    return (gsub(s, "%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

-- allow: {exact = {["host:port"] = true}, wildcard = {{suffix=".example.com", port=443}}}
local function host_allowed(allow, host, port)
    if allow.exact[host .. ":" .. port] then
        return true
    end
    for _, w in ipairs(allow.wildcard) do
        if w.port == port and #host > #w.suffix and sub(host, -#w.suffix) == w.suffix then
            return true
        end
    end
    return false
end

-- One layer: nil if safe, else a reason.
local function check_layer(target, allow, schemes)
    -- where the browser goes is decided before the query: a search's line break or Windows path in a
    -- login link's next= (/admin/login?next=/admin/users%3Fq%3DC%3A%255Cdata) stays on this origin
    local before_query = match(target, "^[^?#]*")
    if find(before_query, "[%z\1-\31\127]") then
        return "control character"   -- browsers drop tabs and line breaks ("/\n/evil.com" is "//evil.com")
    end
    if find(before_query, "\\", 1, true) then
        return "backslash"   -- browsers read "\" as "/" ("/\evil.com" is "//evil.com")
    end
    if find(target, "^%s") then
        return "leading whitespace"
    end
    if find(sub(target, 1, 2), "[\128-\255]") then
        return "non-ASCII at the start"   -- look-alikes some parsers fold into "/" or "." (〱, ／, 。)
    end
    if sub(target, 1, 1) == "/" then
        if sub(target, 2, 2) == "/" then
            return "protocol-relative URL"
        end
        return nil
    end
    if target == "" or find(target, "^[?#]") then
        return nil
    end
    local scheme, rest = target:match("^([%a][%w+.-]*):(.*)$")
    if not scheme then
        if find(target, ":", 1, true) and not find(target, "^[^:]*[/?#]") then
            return "colon in first path segment"
        end
        return nil   -- a relative path such as "dashboard": resolves on this origin
    end
    scheme = lower(scheme)
    if not schemes[scheme] then
        return "scheme " .. scheme .. " not allowed"
    end
    if sub(rest, 1, 2) ~= "//" then
        return "scheme without authority"   -- https:evil.com
    end
    local authority = rest:match("^//([^/?#]*)")
    if find(authority, "@", 1, true) then
        return "userinfo in URL"
    end
    local host, port = authority:match("^(%[[%x:.]+%])(.*)$")
    if not host then
        host, port = authority:match("^([^:]*)(.*)$")
    end
    host = lower(host)
    if port ~= "" then
        port = port:match("^:(%d+)$")
        if not port then
            return "bad port"
        end
        port = tonumber(port)
    else
        port = scheme == "http" and 80 or 443
    end
    if host == "" or not find(host, "^[%w.%-%[%]:]+$") then
        return "host is not plain ASCII"   -- IDN look-alikes must arrive as xn-- and be allowlisted
    end
    if sub(host, -1) == "." or find(host, "..", 1, true) then
        return "trailing or empty label"
    end
    if not host_allowed(allow, host, port) then
        return "host not allowed"
    end
    return nil
end

-- Public for specs: nil when `target` is a safe redirect, else the reason.
function _M.check(target, allow, schemes)
    if type(target) ~= "string" then
        return "not a string"
    end
    -- As sent, a target must be a valid URI reference (RFC 3986): no spaces, quotes, <>, {}, |, ^, `.
    if find(target, "[%s\"<>{}|^`]") then
        return "character not allowed in a URI"
    end
    local layer = target
    for _ = 1, MAX_LAYERS do
        local reason = check_layer(layer, allow, schemes)
        if reason then
            return reason
        end
        local decoded = pct_decode(layer)
        if decoded == layer then
            return nil
        end
        layer = decoded
    end
    return "too many encoding layers"
end

-- "host", "host:port", "*.example.com[:port]" -> allow table (default_port: for entries without one)
function _M.allowlist(entries, default_port)
    local allow = { exact = {}, wildcard = {} }
    for _, e in ipairs(entries) do
        e = lower(e)
        local host, port = e:match("^(.-):(%d+)$")
        host = host or e
        port = tonumber(port) or default_port
        if sub(host, 1, 2) == "*." then
            allow.wildcard[#allow.wildcard + 1] = { suffix = sub(host, 2), port = port }
        else
            allow.exact[host .. ":" .. port] = true
        end
    end
    return allow
end

-- ---- the policy ------------------------------------------------------------------------------
local Policy = {}
Policy.__index = Policy

-- conf: edge.json's, resolved by gateway/policies/redirects.py (defaults and security.redirects merged).
function _M.new(conf, route_name, edge_config)
    local hosts = {}
    for _, h in ipairs(conf.allowed_hosts) do hosts[#hosts + 1] = h end
    -- Our own public origin is always a valid target.
    hosts[#hosts + 1] = edge_config.public_base_url:match("^https://(.+)$")
    local schemes = { https = true }
    if conf.allow_http then
        schemes.http = true
    end
    local params = {}
    for _, p in ipairs(conf.params) do
        params[lower(p)] = true
    end
    return setmetatable({
        route = route_name, allow = _M.allowlist(hosts, 443), schemes = schemes, params = params,
        on_violation = conf.on_violation, landing = conf.landing,
    }, Policy)
end

local function refuse(self, where, target, reason)
    metrics.inc("edge_redirects_blocked_total", { { "route", self.route }, { "where", where } })
    ngx_log(WARN, "redirects: refused ", where, " target (", reason, ") route=", self.route,
        " request_id=", ngx_var.edge_request_id or "", " target=", sub(gsub(target, "[%c]", "?"), 1, 200))
end

-- The first string of a query argument's value (one, or a list when repeated) that is not an allowed
-- redirect target, and why; nil when there is none.
local function unsafe_target(self, value)
    local values = type(value) == "table" and value or { value }
    for _, v in ipairs(values) do
        if type(v) == "string" then
            local reason = _M.check(v, self.allow, self.schemes)
            if reason then
                return v, reason
            end
        end
    end
end

function Policy:access(ctx)
    if not next(self.params) or not ngx_var.args then
        return
    end
    for name, value in pairs(ngx.req.get_uri_args(100)) do
        if type(name) == "string" and self.params[lower(name)] then
            local target, reason = unsafe_target(self, value)
            if target then
                refuse(self, "param", target, reason)
                return errors.reject(400, "unsafe_redirect",
                    "parameter " .. name .. " is not an allowed redirect target")
            end
        end
    end
end

function Policy:header_filter(ctx)
    local status = ngx.status
    if status < 300 or status > 399 then
        return
    end
    local location = ngx.header["Location"]
    if location == nil then
        return
    end
    if type(location) == "table" then
        location = table.concat(location, "\n")   -- two Location headers: refuse
    end
    local reason = _M.check(location, self.allow, self.schemes)
    if not reason then
        return
    end
    refuse(self, "location", location, reason)
    if self.on_violation == "rewrite" then
        ngx.header["Location"] = self.landing
        return
    end
    ngx.status = 403
    ngx.header["Location"] = nil
    ngx.header["Content-Length"] = nil
    ngx.header["Content-Type"] = "application/json"
    ngx.header["Cache-Control"] = "no-store"
    ctx.redirect_body = errors.body("unsafe_redirect", "the upstream answered with a redirect to a target "
        .. "that is not allowed") .. "\n"
end

-- Replace the upstream's body of a refused redirect with the JSON error.
function Policy:body_filter(ctx)
    local body = ctx.redirect_body
    if not body then
        return
    end
    if body ~= true then
        ngx.arg[1] = body
        ctx.redirect_body = true
    else
        ngx.arg[1] = ""
    end
    ngx.arg[2] = true
end

return _M
