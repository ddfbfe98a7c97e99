describe("edge.lib.ffi_load", function()
    local ffi_load = require "edge.lib.ffi_load"

    it("loads the first name that exists", function()
        local lib = ffi_load.first({ "no-such-library-edge-spec", "libc.so.6" }, "libc")
        assert.is_not_nil(lib)
    end)

    it("names what is missing and every name it tried", function()
        local ok, err = pcall(ffi_load.first, { "no-such-a", "no-such-b" }, "libnothing (apt package none)")
        assert.is_false(ok)
        assert.truthy(err:find("libnothing (apt package none) not found (tried no-such-a, no-such-b)", 1, true))
    end)
end)
