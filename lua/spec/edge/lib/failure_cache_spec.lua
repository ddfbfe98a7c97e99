local jwt_setup = require "jwt_setup"

describe("failure_cache with the jwt policy's stable failures", function()
    local failure_cache, jwt, fx, keys, opts

    setup(function()
        local set = jwt_setup()
        jwt, fx, keys, opts = set.jwt, set.fx, set.keys, set.opts
        failure_cache = require "edge.lib.failure_cache"
    end)

    -- What the policy does on a miss: verify, then offer the failure to the cache.
    local function verify_and_offer(cache, token, gen, get_key)
        local claims, code, desc = jwt.verify_token(token, get_key or function(k) return keys[k] end,
            opts, fx.now)
        assert.is_nil(claims)
        return cache:put("Bearer " .. token, gen, code, desc), code, desc
    end

    it("answers a repeated forged token with the identical verdict", function()
        local cache = failure_cache.new(16, jwt.STABLE_FAILURES)
        local cached, code, desc = verify_and_offer(cache, fx.attacks.tampered_payload, 1)
        assert.is_true(cached)
        assert.equals("invalid signature", desc)
        assert.same({ code, desc }, cache:get("Bearer " .. fx.attacks.tampered_payload, 1))
    end)

    it("caches malformed, wrong-alg, wrong-issuer and wrong-audience failures", function()
        local cache = failure_cache.new(16, jwt.STABLE_FAILURES)
        for _, name in ipairs({ "garbage", "bad_json_header", "alg_none", "wrong_issuer", "wrong_audience",
                                "signature_stripped", "jwe_shaped" }) do
            assert.is_true((verify_and_offer(cache, fx.attacks[name], 1)), name)
            assert.truthy(cache:get("Bearer " .. fx.attacks[name], 1), name)
        end
    end)

    it("never caches a failure for an unknown kid (the JWKS may refresh)", function()
        local cache = failure_cache.new(16, jwt.STABLE_FAILURES)
        local cached, _, desc = verify_and_offer(cache, fx.attacks.unknown_kid, 1)
        assert.equals("unknown key id", desc)
        assert.is_false(cached)
        assert.is_nil(cache:get("Bearer " .. fx.attacks.unknown_kid, 1))
    end)

    it("never caches an unreachable JWKS (no key for any kid)", function()
        local cache = failure_cache.new(16, jwt.STABLE_FAILURES)
        local cached = verify_and_offer(cache, fx.valid_rs256, 1, function() return nil end)
        assert.is_false(cached)
    end)

    it("never caches time-dependent failures", function()
        local cache = failure_cache.new(16, jwt.STABLE_FAILURES)
        for _, name in ipairs({ "expired", "not_yet_valid", "missing_exp" }) do
            assert.is_false((verify_and_offer(cache, fx.attacks[name], 1)), name)
            assert.is_nil(cache:get("Bearer " .. fx.attacks[name], 1), name)
        end
    end)

    it("drops everything when the key set's generation moves", function()
        local cache = failure_cache.new(16, jwt.STABLE_FAILURES)
        local auth = "Bearer " .. fx.attacks.tampered_payload
        verify_and_offer(cache, fx.attacks.tampered_payload, nil)   -- generation unset before any change
        assert.truthy(cache:get(auth, nil))
        assert.is_nil(cache:get(auth, 1))
        assert.is_nil(cache:get(auth, nil))   -- gone for good, not just hidden
    end)

    it("stays bounded", function()
        local cache = failure_cache.new(4, { bad = true })
        for i = 1, 100 do
            cache:put("k" .. i, 1, "invalid_token", "bad")
        end
        assert.is_nil(cache:get("k1", 1))
        assert.truthy(cache:get("k100", 1))
    end)
end)
