local fake_ngx = require "fake_ngx"
local cjson = require "cjson"

describe("edge.lib.errors", function()
    local errors, ngx, said, exited

    before_each(function()
        ngx = fake_ngx.install({})
        said, exited = {}, nil
        ngx.say = function(...) said[#said + 1] = table.concat({ ... }) end
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

    it("answers repeated rejections with the same JSON, each with its own request id", function()
        for i = 1, 2 do
            ngx.var.edge_request_id = "rid-" .. i
            errors.reject(401, "invalid_token", "invalid signature", { ["WWW-Authenticate"] = "Bearer" })
            assert.same({ error = "invalid_token", message = "invalid signature", request_id = "rid-" .. i },
                cjson.decode(said[i]))
            assert.equals("Bearer", ngx.header["WWW-Authenticate"])
            assert.equals("no-store", ngx.header["Cache-Control"])
        end
    end)

    it("sets every extra header and keeps a request id that needs escaping valid JSON", function()
        ngx.var.edge_request_id = 'a"b\\c'
        errors.reject(429, "rate_limited", "rate limit exceeded", { ["Retry-After"] = "2", ["X-B"] = "b" }, {})
        assert.equals("2", ngx.header["Retry-After"])
        assert.equals("b", ngx.header["X-B"])
        assert.same({ error = "rate_limited", message = "rate limit exceeded", request_id = 'a"b\\c' },
            cjson.decode(said[1]))
        ngx.var.edge_request_id = "rid-3"
        errors.reject(403, "forbidden", "no", nil, {})
        assert.same({ error = "forbidden", message = "no", request_id = "rid-3" }, cjson.decode(said[2]))
    end)

    it("renders nginx's own statuses as JSON, naming the route's upstream on 502-504, 503 when none was reached", function()
        errors.init({ routes = { api = { upstream = "jeeves" } } })
        -- a peer took the connection and answered badly: 502
        ngx.var = { status = "502", edge_route = "api", request = "GET /api/x HTTP/1.1", edge_request_id = "r",
            upstream_connect_time = "-, 0.001" }
        errors.render_status()
        local doc = cjson.decode(said[1])
        assert.equals("bad_gateway", doc.error)
        assert.equals("upstream jeeves: the upstream service is unavailable", doc.message)
        assert.equals("/api/x", ngx.var.edge_path)
        assert.is_nil(ngx.header["Retry-After"])
        -- no peer took the connection (refused, none live): the service is down, 503 + Retry-After
        ngx.var = { status = "502", edge_route = "api", request = "GET /api/x HTTP/1.1", edge_request_id = "r",
            upstream_connect_time = "-, -" }
        errors.render_status()
        doc = cjson.decode(said[2])
        assert.equals(503, ngx.status)
        assert.equals("service_unavailable", doc.error)
        assert.equals("upstream jeeves: the service is temporarily unavailable", doc.message)
        assert.equals("1", ngx.header["Retry-After"])
        ngx.var = { status = "494", request = "GET / HTTP/1.1" }
        errors.render_status()
        assert.equals(400, ngx.status)   -- a pseudo-status goes out as 400
    end)
end)
