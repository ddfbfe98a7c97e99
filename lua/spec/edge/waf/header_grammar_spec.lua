local grammar = require "edge.waf.header_grammar"
local malformed = grammar.malformed

describe("edge.waf.header_grammar", function()
    it("passes what proxies write: addresses, ports, RFC 7239 pairs, hosts, schemes", function()
        for name, v in pairs({
            ["x-forwarded-for"] = "203.0.113.9, 10.0.0.1:51234, 2001:db8::1, [2001:db8::2]:4711, unknown, ",
            ["x-real-ip"] = "198.51.100.7",
            ["true-client-ip"] = "::ffff:203.0.113.9",
            forwarded = 'for="[2001:db8:cafe::17]:4711";proto=https;by=_edge-lb, for=unknown;host=localhost:8443',
            ["x-forwarded-host"] = "app.example.com:443, edge.example.net",
            ["x-forwarded-proto"] = "https",
            ["x-forwarded-port"] = "443",
            ["accept-language"] = "de-CH,de;q=0.9, en_US;q=0.8, zh-Hant-TW, en_US.UTF-8, *;q=0.1",
        }) do
            assert.is_false(malformed(name, v), name)
        end
        assert.is_false(malformed("x-forwarded-for", { "203.0.113.9", "10.0.0.1" }))
        assert.is_false(malformed("user-agent", "' or 1=1--"))   -- no grammar here
    end)

    it("finds a value no proxy or browser writes", function()
        assert.is_true(malformed("x-forwarded-for", "203.0.113.9, ' or 1=1--"))
        assert.is_true(malformed("x-forwarded-for", "'"))
        assert.is_true(malformed("x-real-ip", "() { :; }; id"))
        assert.is_true(malformed("forwarded", "for=203.0.113.9;host=\"$(id)\""))
        assert.is_true(malformed("forwarded", "--"))
        assert.is_true(malformed("forwarded", "for=0x61646d696e"))
        assert.is_true(malformed("x-forwarded-host", "evil.example/<script>"))
        assert.is_true(malformed("x-forwarded-proto", "https'"))
        assert.is_true(malformed("x-forwarded-port", "443 union select 1"))
        assert.is_true(malformed("accept-language", "en;q=0.9, bin/sh"))
        assert.is_true(malformed("accept-language", "${jndi:ldap://x}"))
        assert.is_true(malformed("x-forwarded-for", { "203.0.113.9", "ps aux" }))
    end)
end)
