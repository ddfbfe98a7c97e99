local fake_ngx = require "fake_ngx"

describe("edge.lib.request_context", function()
    local rc = require "edge.lib.request_context"

    it("gives the request id and keeps an error page's original method and path", function()
        local ngx = fake_ngx.install({})
        ngx.var = { edge_request_id = "abc-1", request = "POST /api/items?x=1 HTTP/1.1" }
        assert.equals("abc-1", rc.id())
        rc.keep_original_request_line()
        assert.equals("POST", ngx.var.edge_method)
        assert.equals("/api/items", ngx.var.edge_path)
        ngx.var = { request = "garbage" }
        rc.keep_original_request_line()
        assert.is_nil(ngx.var.edge_method)
    end)
end)
