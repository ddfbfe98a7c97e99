local fake_ngx = require "fake_ngx"
local fake_socket = require "fake_socket"
local fixtures = require "jwt_fixtures"

describe("edge.lib.jwks", function()
    local jwks, ngx

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_jwks" } })
        ngx.sleep = function() end
        package.loaded["edge.lib.jwks"] = nil
        jwks = require "edge.lib.jwks"
    end)

    it("parses the signing keys of a JWKS and says why it skips the others", function()
        local keys, skipped = jwks.parse(fixtures.jwks)
        assert.truthy(keys["rsa-test-1"])
        assert.equals("RS256", keys["rsa-test-1"].alg)
        assert.truthy(keys["ec-test-1"])
        assert.same({}, skipped)
        keys, skipped = jwks.parse('{"keys":[{"kty":"RSA","use":"enc","kid":"e"},{"kty":"RSA"}]}')
        assert.same({}, keys)
        assert.same({ "e: not a signing key", "key without kid" }, skipped)
        assert.is_nil(jwks.parse("not json"))
        assert.is_nil(jwks.parse('{"nokeys":1}'))
    end)

    it("fetches once, shares the keys through the dict and refreshes at most once per interval", function()
        local rec = fake_socket.install(ngx, "HTTP/1.1 200 OK\r\n\r\n" .. fixtures.jwks)
        local store = jwks.new({ host = "127.0.0.1", port = 5001, path = "/.well-known/jwks.json", timeout_ms = 1000,
            refresh_interval = 10, dict = "edge_jwks", default_max_age = 300 })
        assert.truthy(store:get("rsa-test-1"))
        assert.equals(1, #rec.sent)
        assert.is_nil(store:get("unknown-kid"))   -- the refresh lock holds: no second fetch
        assert.equals(1, #rec.sent)
    end)
end)
