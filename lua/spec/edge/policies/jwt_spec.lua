local jwt_setup = require "jwt_setup"

describe("jwt.verify_token", function()
    local jwt, fx, keys, opts

    setup(function()
        local set = jwt_setup()
        jwt, fx, keys, opts = set.jwt, set.fx, set.keys, set.opts
    end)

    local function get_key(kid)
        return keys[kid]
    end

    it("accepts a valid RS256 token and returns its claims", function()
        local claims = assert(jwt.verify_token(fx.valid_rs256, get_key, opts, fx.now))
        assert.equals("demo-client", claims.client_id)
        assert.equals("read write", claims.scope)
    end)

    it("accepts a valid ES256 token", function()
        assert.truthy(jwt.verify_token(fx.valid_es256, get_key, opts, fx.now))
    end)

    it("rejects every token of the attack set with a fixed description", function()
        local count = 0
        for name, token in pairs(fx.attacks) do
            local claims, code, desc = jwt.verify_token(token, get_key, opts, fx.now)
            assert.is_nil(claims, name .. " was accepted")
            assert.equals("invalid_token", code, name)
            assert.is_string(desc)
            assert.is_nil(desc:find("BEGIN", 1, true), name .. " leaks key material")
            count = count + 1
        end
        assert.is_true(count >= 18)
    end)

    it("keeps each key's verify context usable after failed checks", function()
        for _ = 1, 3 do
            assert.truthy(jwt.verify_token(fx.valid_rs256, get_key, opts, fx.now))
            assert.is_nil(jwt.verify_token(fx.attacks.tampered_payload, get_key, opts, fx.now))
            assert.is_nil(jwt.verify_token(fx.attacks.es256_header_on_rsa_sig, get_key, opts, fx.now))
            assert.truthy(jwt.verify_token(fx.valid_es256, get_key, opts, fx.now))
        end
    end)

    it("rejects a token once it is past exp plus leeway", function()
        assert.truthy(jwt.verify_token(fx.valid_rs256, get_key, opts, fx.now + 600 + 29))
        assert.is_nil(jwt.verify_token(fx.valid_rs256, get_key, opts, fx.now + 600 + 31))
    end)

    it("never asks for a key when alg is not allowed", function()
        local asked = false
        local claims = jwt.verify_token(fx.attacks.alg_none, function() asked = true end, opts, fx.now)
        assert.is_nil(claims)
        assert.is_false(asked)
    end)

    it("skips RSA keys shorter than 2048 bits", function()
        local parsed, skipped = require("edge.lib.jwks").parse('{"keys":[' .. fx.short_rsa_jwk .. ']}')
        assert.is_nil(parsed.short)
        assert.equals(1, #skipped)
    end)

    it("maps methods to scopes", function()
        local scopes = { read = "read", write = "write" }
        assert.equals("read", jwt.required_scope(scopes, "GET"))
        assert.equals("write", jwt.required_scope(scopes, "POST"))
        assert.equals("write", jwt.required_scope(scopes, "DELETE"))
        assert.equals("admin", jwt.required_scope({ read = "read", write = "write", DELETE = "admin" }, "DELETE"))
    end)
end)
