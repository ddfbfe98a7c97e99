local fake_ngx = require "fake_ngx"

describe("edge.limit.redis", function()
    it("encodes commands as RESP arrays of bulk strings", function()
        local ngx = fake_ngx.install({})
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.redis"] = nil
        local redis = require "edge.limit.redis"
        assert.equals("*3\r\n$7\r\nEVALSHA\r\n$3\r\nabc\r\n$1\r\n2\r\n", redis.encode({ "EVALSHA", "abc", 2 }))
        assert.equals("*1\r\n$0\r\n\r\n", redis.encode({ "" }))
    end)
end)
