describe("edge.lib.secret", function()
    local secret = require "edge.lib.secret"

    it("reads a file's content without surrounding white space", function()
        local path = os.tmpname()
        local f = assert(io.open(path, "wb"))
        f:write("  s3cret value\n\n")
        f:close()
        assert.equals("s3cret value", secret.read(path))
        f = assert(io.open(path, "wb"))
        f:write(" \n")
        f:close()
        assert.is_nil(secret.read(path))   -- empty: no secret, not ""
        os.remove(path)
        assert.is_nil(secret.read(path))
    end)
end)
