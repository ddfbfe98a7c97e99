-- The edge pipeline: run the policies gateway.yaml enables for a route, phase by phase. Policies are
-- modules lua/edge/policies/<name>.lua exposing new(conf, route, cfg) and any of access / header_filter /
-- body_filter / log taking (self, ctx). ctx: in access, a scratch table the route's access policies
-- share (cheaper than ngx.ctx: docs/performance.md); in the header and body filters, ngx.ctx; in log,
-- nil: what a request must carry to its log phase goes in variables, which also survive error_page
-- redirects (ngx.ctx does not).
-- The template renders a route's access/header/body handlers into its own location, only for the
-- phases its chain uses (gateway/render.py route_phases), passing the route name: a request pays for
-- no Lua phase it does not need. Every location has a log handler (metrics); the error page's finds
-- the failed route in $edge_route, which survives error_page redirects.
local cjson = require "cjson.safe"
local errors = require "edge.lib.errors"
local health = require "edge.lib.health"
local metrics = require "edge.lib.metrics"
local tls_status = require "edge.lib.tls_status"

local ngx_var = ngx.var
local ngx_req = ngx.req
local ngx_now = ngx.now
local get_method = ngx.req.get_method

local _M = {}

local config
local routes = {}

local function read_file(path)
    local f, err = io.open(path, "rb")
    if not f then
        error("edge: cannot read config " .. path .. ": " .. err)
    end
    local text = f:read("*a")
    f:close()
    return text
end

-- A policy entry is a name or a one-key map {name = conf}.
local function policy_entry(entry)
    if type(entry) == "string" then
        return entry, {}
    end
    local name, conf = next(entry)
    return name, conf
end

-- The calls of a phase along `chain`: {policy, method} in order. A policy's `early` step (a rate limit
-- that remembers whom it refused: lua/edge/limit/refusals.lua) runs before every access step, so a
-- client its limit already refuses costs no WAF or JWT check.
local function calls_of(chain, phase)
    local calls = {}
    if phase == "access" then
        for _, policy in ipairs(chain) do
            if policy.early then
                calls[#calls + 1] = { policy, "early" }
            end
        end
    end
    for _, policy in ipairs(chain) do
        if policy[phase] then
            calls[#calls + 1] = { policy, phase }
        end
    end
    return calls
end

-- A phase's calls as one function of ctx, generated once per route and phase: straight-line
-- calls, because LuaJIT blacklists short per-request loops (docs/performance.md). A policy that
-- rejects ends the request (ngx.exit), so nothing after it runs.
local function compose(calls, phase, route_name)
    local names, lines, policies = {}, {}, {}
    for i = 1, #calls do
        names[i] = "p" .. i
        policies[i] = calls[i][1]
        lines[i] = ("    p%d.%s(p%d, ctx)"):format(i, calls[i][2], i)
    end
    local code = ("local %s = ...\nreturn function(ctx)\n%s\nend"):format(
        table.concat(names, ", "), table.concat(lines, "\n"))
    local chunk = assert(loadstring(code, "=edge:" .. route_name .. ":" .. phase))
    return chunk(unpack(policies))
end

local function build_route(name, route)
    route.name = name
    if route.methods and route.methods ~= cjson.null then
        route.allowed = {}
        for _, m in ipairs(route.methods) do
            route.allowed[m] = true
        end
        route.allow_header = table.concat(route.methods, ", ")
    end
    if type(route.response_headers) ~= "table" then
        route.response_headers = nil
    end
    route.chain = {}
    for _, entry in ipairs(route.policies) do
        local pname, pconf = policy_entry(entry)
        local mod = require("edge.policies." .. pname)
        route.chain[#route.chain + 1] = mod.new(pconf, name, config)
    end
    for _, phase in ipairs({ "access", "header_filter", "body_filter", "log" }) do
        local calls = calls_of(route.chain, phase)
        route[phase] = #calls > 0 and compose(calls, phase, name) or nil
    end
    route.metrics = metrics.request_series(name)
    return route
end

-- Requests outside every route: edge.json's unrouted_route (gateway.yaml `unrouted:` policies, run in
-- the 404 location), also the metrics label of /healthz, /readyz and nginx's own answers.
local UNROUTED

-- LuaJIT options so one request's phase fits in a trace (why each: docs/performance.md).
local JIT_OPTIONS = { "loopunroll=60", "maxrecord=16000", "maxirconst=4000" }

-- init_by_lua (master): parse config and build every route's policy chain once.
function _M.init(path)
    jit.opt.start(unpack(JIT_OPTIONS))
    config = assert(cjson.decode(read_file(path)), "edge: config is not valid JSON: " .. path)
    UNROUTED = config.unrouted_route
    for name, route in pairs(config.routes) do
        routes[name] = build_route(name, route)
    end
    -- gateway/render.py always writes it (its policies may be empty): missing = a deployment bug
    assert(routes[UNROUTED], "edge: no route " .. UNROUTED .. " in " .. path)
    errors.init(config)
    health.init(config)
    tls_status.init(config)
end

function _M.init_worker()
    metrics.init_worker()
    tls_status.init_worker()
    for _, route in pairs(routes) do
        for _, policy in ipairs(route.chain) do
            if policy.init_worker then
                policy:init_worker()
            end
        end
    end
end

function _M.config()
    return config
end

local function route_named(name)
    local route = routes[name]
    if not route then
        -- The template and edge.json are rendered together: a mismatch is a deployment bug.
        error("edge: no route " .. tostring(name) .. " in edge.json")
    end
    return route
end

-- ctx: the policies' scratch table (a fresh one when not given)
function _M.access(name, ctx)
    local route = route_named(name)
    if route.allowed and not route.allowed[get_method()] then
        -- an attack sent with a method the route refuses is answered as the attack it is (403, rule ids), as an
        -- unrouted one is: the unrouted policies run first and end the request when one rejects it
        local unrouted = routes[UNROUTED].access
        if unrouted and name ~= UNROUTED then
            unrouted({})
        end
        return errors.reject(405, "method_not_allowed", "method not allowed on this route",
            { Allow = route.allow_header })
    end
    local access = route.access
    if access then
        access(ctx or {})
    end
end

-- HTTPS error_page target. A request nginx refused at its request line (a 400 before any header was
-- read: a path that climbs above the root) still meets the unrouted policies, so an attack is answered,
-- logged and counted as the attack it is (403, rule ids). A header nginx refused (a malformed Host, a
-- second Content-Length) keeps its 400: the client's message is broken, and the 400 says exactly that.
function _M.error_page()
    if tonumber(ngx_var.status) == 400 and (ngx_var.edge_route or "") == ""
        and next((ngx_req.get_headers(1))) == nil then
        _M.access(UNROUTED, { request_line_only = true })   -- ends the request when a policy rejects it
    end
    errors.render_status()
end

-- name: the location's route; nil on the error page, which serves whichever route failed.
function _M.header_filter(name)
    if ngx.is_subrequest then
        return
    end
    local route = name and route_named(name) or routes[ngx_var.edge_route or ""]
    if not route then
        return
    end
    -- Per-route defaults (e.g. the admin panel's CSP) for responses the upstream left without them.
    local extra = route.response_headers
    if extra then
        local header = ngx.header
        for k, v in pairs(extra) do
            if header[k] == nil then
                header[k] = v
            end
        end
    end
    local header_filter = route.header_filter
    if header_filter then
        header_filter(ngx.ctx)
    end
end

function _M.body_filter(name)
    if ngx.is_subrequest then
        return
    end
    local body_filter = route_named(name).body_filter
    if body_filter then
        body_filter(ngx.ctx)
    end
end

-- name: the location's route (the unrouted route's outside routes); nil on the error page.
function _M.log(name)
    local route = routes[name or ngx_var.edge_route or ""] or routes[UNROUTED]
    local status = ngx.status
    metrics.request_done(route.metrics, status, ngx_now() - ngx_req.start_time(),
        status >= 502 and status <= 504 and ngx_var.upstream_addr ~= nil)
    local log = route.log
    if log then
        log()
    end
end

return _M
