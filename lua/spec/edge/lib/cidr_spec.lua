describe("edge.lib.cidr", function()
    local cidr = require "edge.lib.cidr"

    it("matches IPv4 and IPv6 prefixes", function()
        local list = { cidr.parse("10.0.0.0/8"), cidr.parse("192.168.1.7"), cidr.parse("2001:db8::/32") }
        assert.is_true(cidr.match(list, "10.200.3.4"))
        assert.is_true(cidr.match(list, "192.168.1.7"))
        assert.is_false(cidr.match(list, "192.168.1.8"))
        assert.is_true(cidr.match(list, "2001:db8:0:1::5"))
        assert.is_false(cidr.match(list, "2001:db9::1"))
        assert.is_false(cidr.match(list, "not-an-ip"))
    end)

    it("handles odd prefix lengths and rejects invalid ones", function()
        local list = { cidr.parse("172.16.0.0/12") }
        assert.is_true(cidr.match(list, "172.31.255.255"))
        assert.is_false(cidr.match(list, "172.32.0.1"))
        assert.is_nil(cidr.parse("10.0.0.0/33"))
        assert.is_nil(cidr.parse("300.1.1.1"))
        assert.is_true(cidr.match({ cidr.parse("::1") }, "::1"))
    end)
end)
