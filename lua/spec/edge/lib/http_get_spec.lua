local fake_ngx = require "fake_ngx"
local fake_socket = require "fake_socket"

describe("edge.lib.http_get", function()
    local http_get = require "edge.lib.http_get"

    it("returns the status of any answer and closes the socket", function()
        local ngx = fake_ngx.install({})
        local rec = fake_socket.install(ngx, "HTTP/1.1 503 Service Unavailable\r\n\r\n")
        assert.equals(503, http_get.status("10.0.0.1", 5000, "/healthz", 100))
        assert.equals("GET /healthz HTTP/1.0\r\nHost: 10.0.0.1\r\n\r\n", rec.sent[1])
        assert.equals(1, rec.closed)
    end)

    it("returns the body of a 200 answer, at most max_body bytes", function()
        local ngx = fake_ngx.install({})
        local rec = fake_socket.install(ngx, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"keys\":[]}")
        assert.equals('{"keys":[]}', http_get.body("h", 1, "/jwks", 100, 1024, "application/json"))
        assert.truthy(rec.sent[1]:find("Accept: application/json\r\n", 1, true))
        fake_socket.install(ngx, "HTTP/1.1 200 OK\r\n\r\n0123456789")
        assert.equals("0123", http_get.body("h", 1, "/", 100, 4))
    end)

    it("reports a refused connection, a non-200 answer and a cut header block", function()
        local ngx = fake_ngx.install({})
        fake_socket.install(ngx, "", "connection refused")
        local body, err = http_get.body("h", 1, "/", 100, 10)
        assert.is_nil(body)
        assert.equals("connect: connection refused", err)
        assert.is_nil(http_get.status("h", 1, "/", 100))
        fake_socket.install(ngx, "HTTP/1.1 404 Not Found\r\n\r\n")
        assert.same({ nil, "status 404" }, { http_get.body("h", 1, "/", 100, 10) })
        fake_socket.install(ngx, "HTTP/1.1 200 OK\r\nContent-Type: x")
        assert.same({ nil, "headers: closed" }, { http_get.body("h", 1, "/", 100, 10) })
    end)
end)
