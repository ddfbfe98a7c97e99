local fake_ngx = require "fake_ngx"
local cjson = require "cjson"

-- The pipeline: each route's policies from edge.json, one generated function per phase, in order.
describe("edge (the pipeline)", function()
    local edge, ngx, calls, rejected, recorder_ctx   -- recorder_ctx(ctx): what a test reads of ctx

    -- a policy that records its phases; `stop` makes its access reject
    local recorder = {
        new = function(conf, route_name)
            return { name = conf.name, route = route_name,
                access = function(self, ctx)
                    calls[#calls + 1] = self.name .. ":access"
                    ctx.seen = (ctx.seen or 0) + 1
                    if recorder_ctx then recorder_ctx(ctx) end
                end,
                log = function(self) calls[#calls + 1] = self.name .. ":log" end,
                early = conf.early and function(self) calls[#calls + 1] = self.name .. ":early" end or nil }
        end,
    }

    local function write_config(doc)
        local path = os.tmpname()
        local f = assert(io.open(path, "wb"))
        f:write(cjson.encode(doc))
        f:close()
        return path
    end

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.req = { get_method = function() return ngx.var.request_method end, start_time = function() return 0 end }
        ngx.status = 200
        ngx.thread = {}
        ngx.timer = { at = function() return true end, every = function() return true end }
        calls, rejected, recorder_ctx = {}, nil, nil
        package.loaded["edge.policies.recorder"] = recorder
        package.loaded["edge.policies.ratelimit"] = { new = function() return {} end }   -- /readyz's limiter
        package.loaded["edge.lib.errors"] = { init = function() end,
            reject = function(status, _, _, headers) rejected = { status, headers and headers.Allow } end,
            render_status = function() calls[#calls + 1] = "render_status" end }
        for _, m in ipairs({ "edge", "edge.lib.metrics", "edge.lib.health", "edge.lib.tls_status" }) do
            package.loaded[m] = nil
        end
        edge = require "edge"
    end)

    local CONFIG = {
        unrouted_route = "none", tls = {}, health_checks = {}, readyz = { cache_seconds = 1, ratelimit = {} },
        routes = {
            api = { methods = { "GET" }, policies = { { recorder = { name = "a" } }, { recorder = { name = "b" } } } },
            none = { methods = cjson.null, policies = {} },
        },
    }

    it("runs a route's policies in order for each phase they implement", function()
        edge.init(write_config(CONFIG))
        ngx.var.request_method = "GET"
        edge.access("api")
        assert.same({ "a:access", "b:access" }, calls)
        edge.log("api")
        assert.same({ "a:access", "b:access", "a:log", "b:log" }, calls)
        assert.equals(CONFIG.unrouted_route, edge.config().unrouted_route)
    end)

    it("runs every policy's early step before any access step", function()
        local config = cjson.decode(cjson.encode(CONFIG))
        config.routes.api.policies[3] = { recorder = { name = "c", early = true } }
        edge.init(write_config(config))
        ngx.var.request_method = "GET"
        edge.access("api")
        assert.same({ "c:early", "a:access", "b:access", "c:access" }, calls)
    end)

    it("answers 405 with Allow for a method the route does not take, before any policy", function()
        edge.init(write_config(CONFIG))
        ngx.var.request_method = "POST"
        edge.access("api")
        assert.same({ 405, "GET" }, rejected)
        assert.same({}, calls)
    end)

    it("logs requests of no known route under the unrouted route, and insists that route exists", function()
        edge.init(write_config(CONFIG))
        edge.log(nil)
        assert.same({}, calls)
        local broken = { unrouted_route = "none", tls = {}, routes = { api = CONFIG.routes.api } }
        package.loaded["edge"] = nil
        assert.has_error(function() require("edge").init(write_config(broken)) end)
        assert.has_error(function() edge.access("nowhere") end)
    end)

    it("puts a request nginx refused at its request line through the unrouted policies, then renders it", function()
        local config = { unrouted_route = "none", tls = {}, health_checks = {}, readyz = CONFIG.readyz,
            routes = { api = CONFIG.routes.api, none = { policies = { { recorder = { name = "u" } } } } } }
        edge.init(write_config(config))
        local headers = {}
        ngx.req.get_headers = function() return headers end
        local seen = {}
        recorder_ctx = function(ctx) seen[#seen + 1] = ctx.request_line_only end
        ngx.var.request_method = "GET"
        -- a 400 at the request line: no route, not one header read
        ngx.var.status, ngx.var.edge_route = "400", nil
        edge.error_page()
        assert.same({ "u:access", "render_status" }, calls)
        -- a 400 for a header nginx refused, a failed route's answer, or another status: rendered only
        calls, headers = {}, { host = "a b" }
        edge.error_page()
        headers = {}
        ngx.var.edge_route = "api"
        edge.error_page()
        ngx.var.status, ngx.var.edge_route = "502", ""
        edge.error_page()
        assert.same({ "render_status", "render_status", "render_status" }, calls)
        assert.same({ true }, seen)
    end)
end)
