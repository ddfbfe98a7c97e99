package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"
local cjson = require "cjson"

describe("edge.lib.errors", function()
    local errors, ngx, said, exited

    before_each(function()
        ngx = fake_ngx.install({})
        said, exited = {}, nil
        ngx.say = function(s) said[#said + 1] = s end
        ngx.exit = function(status) exited = status end
        ngx.var = { edge_request_id = "rid-1" }
        package.loaded["edge.lib.errors"] = nil
        errors = require "edge.lib.errors"
    end)

    it("rejects with the JSON shape, status, headers and extra fields", function()
        errors.reject(403, "request_blocked", "blocked", { ["X-A"] = "1" }, { rules = { 942100 } })
        assert.equals(403, ngx.status)
        assert.equals(403, exited)
        assert.equals("application/json", ngx.header["Content-Type"])
        assert.equals("1", ngx.header["X-A"])
        assert.same({ error = "request_blocked", message = "blocked", request_id = "rid-1", rules = { 942100 } },
            cjson.decode(said[1]))
    end)

    it("renders nginx's own statuses as JSON, naming the route's upstream on 502-504", function()
        errors.init({ routes = { api = { upstream = "jeeves" } } })
        ngx.var = { status = "502", edge_route = "api", request = "GET /api/x HTTP/1.1", edge_request_id = "r" }
        errors.render_status()
        local doc = cjson.decode(said[1])
        assert.equals("bad_gateway", doc.error)
        assert.equals("upstream jeeves: the upstream service is unavailable", doc.message)
        assert.equals("/api/x", ngx.var.edge_path)
        ngx.var = { status = "494", request = "GET / HTTP/1.1" }
        errors.render_status()
        assert.equals(400, ngx.status)   -- a pseudo-status goes out as 400
    end)
end)
