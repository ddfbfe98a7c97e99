local zlib = require "edge.lib.zlib"
local b64 = require("edge.waf.decode").base64_decode

describe("edge.lib.zlib", function()
    it("inflates gzip and zlib streams", function()
        assert.equals("hello, gzip", zlib.inflate(b64("H4sIAAAAAAACA8tIzcnJ11FIr8osAABKm7FcCwAAAA=="), 1024))
        assert.equals("hello, zlib", zlib.inflate(b64("eJzLSM3JyddRqMrJTAIAGLIEEg=="), 1024))
    end)

    it("stops at max_out, whatever the stream holds (5,000 bytes here)", function()
        local out = zlib.inflate(b64("H4sIAAAAAAACA+3BMQEAAADCoKzrX8IUfkABAAAAAG8Ddln0TIgTAAA="), 100)
        assert.equals(string.rep("a", 100), out)
    end)

    it("yields what a cut stream held, and nil for data that is no stream", function()
        local whole = b64("H4sIAAAAAAACA8tIzcnJ11FIr8osAABKm7FcCwAAAA==")
        assert.equals("hello", zlib.inflate(whole:sub(1, 17), 1024):sub(1, 5))
        assert.is_nil(zlib.inflate("not compressed at all", 1024))
    end)
end)
