local fake_ngx = require "fake_ngx"

describe("keys: IPv6 clients by prefix", function()
    local keys

    setup(function()
        local fake = fake_ngx.install({})
        fake.re = { match = function() return nil end }
        fake.decode_base64 = function() return nil end
        fake.unescape_uri = function(s) return s end
        package.loaded["edge.limit.keys"] = nil
        keys = require "edge.limit.keys"
    end)

    it("cuts an address to its /64, /56 and /48 whatever its spelling", function()
        assert.equals("20010db8000100a2/64", keys.ipv6_prefix("2001:db8:1:a2::1", 64))
        assert.equals("20010db8000100a2/64", keys.ipv6_prefix("2001:0DB8:0001:00a2:ffff:1:2:3", 64))
        assert.equals("20010db8000100/56", keys.ipv6_prefix("2001:db8:1:a2::1", 56))
        assert.equals("20010db80001/48", keys.ipv6_prefix("2001:db8:1:ffff::", 48))
        assert.equals("0000000000000000/64", keys.ipv6_prefix("::1", 64))
        assert.equals("fe800000000000000000000000000001/128", keys.ipv6_prefix("fe80::1%eth0", 128))
    end)

    it("keys an IPv4-mapped address as its IPv4 address", function()
        assert.equals("192.0.2.7", keys.ipv6_prefix("::ffff:192.0.2.7", 64))
        assert.equals("0064ff9b00000000/64", keys.ipv6_prefix("64:ff9b::192.0.2.7", 64))
    end)

    it("refuses text that is not an IPv6 address", function()
        for _, bad in ipairs({ "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "::ffff:1.2.3.999" }) do
            assert.is_nil(keys.ipv6_prefix(bad, 64), bad)
        end
    end)

    it("gives every address of one /64 the same ip key, and IPv4 keys unchanged", function()
        local key = keys.compile("ip", {})
        local a = key({ client_ip = "2001:db8:1:2::1" })
        assert.equals(a, key({ client_ip = "2001:db8:1:2:dead:beef:0:7" }))
        assert.are_not.equals(a, key({ client_ip = "2001:db8:1:3::1" }))
        assert.equals("192.0.2.1", key({ client_ip = "192.0.2.1" }))
        local wide = keys.compile("ip", { ipv6_prefix = 48 })
        assert.equals(wide({ client_ip = "2001:db8:1:2::1" }), wide({ client_ip = "2001:db8:1:ff::1" }))
    end)

    it("accepts only prefix lengths that are multiples of 4 from 16 to 128", function()
        assert.has_error(function() keys.compile("ip", { ipv6_prefix = 63 }) end)
        assert.has_error(function() keys.compile("ip", { ipv6_prefix = 8 }) end)
        assert.has_error(function() keys.compile("ip", { ipv6_prefix = "64" }) end)
    end)
end)
