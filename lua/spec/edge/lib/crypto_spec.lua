local fake_ngx = require "fake_ngx"

describe("edge.lib.crypto", function()
    local crypto
    setup(function()
        fake_ngx.install({})
        crypto = require "edge.lib.crypto"
    end)

    it("computes HMAC-SHA256 (RFC 4231 test case 2)", function()
        local mac = crypto.hmac_sha256("Jefe", "what do ya want for nothing?")
        assert.equals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", crypto.to_hex(mac))
    end)

    it("round-trips base64url and refuses other alphabets", function()
        for _, s in ipairs({ "", "a", "ab", "abc", "\255\254\253\0" }) do
            assert.equals(s, crypto.b64url_decode(crypto.b64url_encode(s)))
        end
        assert.is_nil(crypto.b64url_decode("ab+/"))
        assert.is_nil(crypto.b64url_decode("abc="))
        assert.is_nil(crypto.b64url_decode("a"))
        -- every length and every byte value, against the alphabet mapping, in either order of calls
        local all = {}
        for i = 0, 255 do
            all[#all + 1] = string.char(i)
        end
        all = table.concat(all)
        for n = 0, 70 do
            local s = all:sub(256 - n, 255) .. all:sub(1, n)
            assert.equals(s, crypto.b64url_decode(crypto.b64url_encode(s)))
        end
        assert.equals("\251\255", crypto.b64url_decode("-_8"))
        for _, bad in ipairs({ "ab.c", "abcd=", "ab cd", "abcdab\0c", "abc\255" }) do
            assert.is_nil(crypto.b64url_decode(bad), bad)
        end
    end)

    it("compares in constant time and only equal lengths", function()
        assert.is_true(crypto.constant_time_equals("abc", "abc"))
        assert.is_false(crypto.constant_time_equals("abc", "abd"))
        assert.is_false(crypto.constant_time_equals("abc", "abcd"))
        assert.is_false(crypto.constant_time_equals(nil, "a"))
    end)
end)
