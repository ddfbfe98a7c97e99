-- The edge pipeline: for the route a location names ($edge_route), run the policies gateway.yaml
-- enables for it, phase by phase. Policies are modules lua/<name>.lua exposing new(conf, route, cfg)
-- and any of access / header_filter / body_filter / log taking (self, ctx).
local cjson = require "cjson.safe"
local errors = require "errors"
local health = require "health"
local metrics = require "metrics"
local tls_status = require "tls_status"

local ngx_var = ngx.var
local ngx_req = ngx.req
local ngx_now = ngx.now

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

local function build_route(name, route)
    route.name = name
    if route.methods and route.methods ~= cjson.null then
        route.allowed = {}
        for _, m in ipairs(route.methods) do
            route.allowed[m] = true
        end
        route.allow_header = table.concat(route.methods, ", ")
    end
    route.chain = {}
    for _, entry in ipairs(route.policies or {}) do
        local pname, pconf = policy_entry(entry)
        local mod = require(pname)
        route.chain[#route.chain + 1] = mod.new(pconf, name, config)
    end
    return route
end

-- init_by_lua (master): parse config and build every route's policy chain once.
function _M.init(path)
    config = assert(cjson.decode(read_file(path)), "edge: config is not valid JSON: " .. path)
    for name, route in pairs(config.routes) do
        routes[name] = build_route(name, route)
    end
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

local function current_route()
    local name = ngx_var.edge_route
    if name and name ~= "" then
        return routes[name]
    end
end

-- Policies run once per client request: not again for error_page redirects or subrequests.
local function is_replay()
    return ngx_req.is_internal() or ngx.is_subrequest
end

local function run(route, phase, ctx)
    for _, policy in ipairs(route.chain) do
        local fn = policy[phase]
        if fn then
            fn(policy, ctx)
        end
    end
end

function _M.access()
    if is_replay() then
        return
    end
    local route = current_route()
    if not route then
        return
    end
    local ctx = ngx.ctx
    ctx.route = route
    if route.allowed and not route.allowed[ngx_req.get_method()] then
        return errors.reject(405, "method_not_allowed", "method not allowed on this route",
            { Allow = route.allow_header })
    end
    run(route, "access", ctx)
end

function _M.header_filter()
    if ngx.is_subrequest then
        return
    end
    -- Security headers and X-Request-Id are nginx add_header lines (template): no Lua per request.
    local route = current_route()
    -- Per-route defaults (e.g. the admin panel's CSP) for responses the upstream left without them.
    local extra = route and route.response_headers
    if type(extra) == "table" then
        local header = ngx.header
        for k, v in pairs(extra) do
            if header[k] == nil then
                header[k] = v
            end
        end
    end
    if route then
        run(route, "header_filter", ngx.ctx)
    end
end

function _M.body_filter()
    if ngx.is_subrequest then
        return
    end
    local route = current_route()
    if route then
        run(route, "body_filter", ngx.ctx)
    end
end

function _M.log()
    local route = current_route()
    local status = ngx.status
    local name = route and route.name or "none"
    metrics.inc("edge_requests_total", { { "route", name }, { "status", status } })
    metrics.observe("edge_request_duration_seconds", { { "route", name } }, ngx_now() - ngx_req.start_time())
    if status >= 502 and status <= 504 and ngx_var.upstream_addr then
        metrics.inc("edge_upstream_errors_total", { { "route", name }, { "status", status } })
    end
    if route then
        run(route, "log", ngx.ctx)
    end
end

return _M
