-- Edge policy: Bearer JWT verification for /api/... (RFC 9068 access tokens from TokenDealer).
-- Schema (fields, defaults, the section it reads): gateway/policies/jwt.py.
-- Checklist from the peers' CVEs: only RS256/ES256 (none/HS* never reach a key), the key's type must
-- match alg (no HS/RS confusion), exactly three segments (a JWE-shaped token is rejected, not routed
-- elsewhere), malformed input is a 401 never a 500, error texts never carry key material.
-- Verified tokens are cached per worker, keyed by the whole Authorization header, until they expire;
-- a cached verdict is re-checked (revoked jti, disabled client or iat before the client's not-before,
-- key no longer published) whenever the deny list's generation moves (lua/edge/lib/revocations.lua).
-- Headers that failed for a stable reason (STABLE_FAILURES) are cached too, per worker and dropped when
-- the generation moves; claims go upstream in X-Auth-Client-Id / X-Auth-Scopes, set from
-- $edge_client_id / $edge_auth_scopes by nginx.conf, which replaces the client's own copies on every route.
local cjson = require "cjson.safe"
local crypto = require "edge.lib.crypto"
local errors = require "edge.lib.errors"
local failure_cache = require "edge.lib.failure_cache"
local child_of = require("edge.lib.memo").child
local jwks = require "edge.lib.jwks"
local metrics = require "edge.lib.metrics"
local revocations = require "edge.lib.revocations"

local generation, denied = revocations.generation, revocations.denied
local ngx_time = ngx.time
local ngx_var = ngx.var
local ngx_req = ngx.req
local type, tostring, tonumber, pairs, ipairs = type, tostring, tonumber, pairs, ipairs
local find, sub, gmatch, match = string.find, string.sub, string.gmatch, string.match

local _M = {}

local ALGS = {
    RS256 = { kty = "RSA", verify = crypto.verify_rs256 },
    ES256 = { kty = "EC", verify = crypto.verify_es256 },
}
local MAX_TOKEN = 4096
local KID_OK = "^[A-Za-z0-9._-]+$"

-- Failures decided by the token's bytes and the key set alone: a repeated forged token is answered
-- from the per-worker failure cache. Not here, because they change by themselves: unknown key id
-- (the JWKS may refresh), expired / not yet valid / issued in the future (time), revoked (deny list).
_M.STABLE_FAILURES = {
    ["malformed token"] = true, ["malformed token header"] = true, ["unsupported algorithm"] = true,
    ["unsupported token header"] = true, ["wrong token type"] = true, ["invalid key id"] = true,
    ["malformed signature"] = true, ["key does not match algorithm"] = true,
    ["invalid signature"] = true, ["malformed token payload"] = true, ["wrong issuer"] = true,
    ["wrong audience"] = true, ["malformed scope"] = true, ["missing client id"] = true,
}

metrics.define("edge_jwt_total", "counter", "Edge JWT verifications by route and result.")

-- every verification failure is an invalid_token (RFC 6750 §3.1)
local function invalid(description)
    return nil, "invalid_token", description
end

local function split3(token)
    local a = find(token, ".", 1, true)
    local b = a and find(token, ".", a + 1, true)
    if not b or find(token, ".", b + 1, true) then
        return nil
    end
    return sub(token, 1, a - 1), sub(token, a + 1, b - 1), sub(token, b + 1), sub(token, 1, b - 1)
end

-- aud is one audience or a list of them (RFC 7519 §4.1.3).
local function audience_ok(aud, want)
    if type(aud) ~= "table" then
        return aud == want
    end
    for _, v in ipairs(aud) do
        if v == want then
            return true
        end
    end
    return false
end

-- A base64url JSON object segment of the token, or nil.
local function json_segment(b64)
    local doc = cjson.decode(crypto.b64url_decode(b64) or "")
    return type(doc) == "table" and doc or nil
end

-- The header's algorithm spec and kid, or nil and why the header is refused.
local function header_of(h64, opts)
    local header = json_segment(h64)
    if not header then
        return nil, "malformed token header"
    end
    local alg = header.alg
    local spec = type(alg) == "string" and (opts.algs or ALGS)[alg]
    if not spec then
        return nil, "unsupported algorithm"
    end
    if header.crit ~= nil or header.zip ~= nil or header.enc ~= nil then
        return nil, "unsupported token header"
    end
    local typ = header.typ
    if opts.typ and typ ~= nil and typ ~= opts.typ and typ ~= "application/" .. opts.typ then
        return nil, "wrong token type"
    end
    local kid = header.kid
    if type(kid) ~= "string" or #kid > 128 or not find(kid, KID_OK) then
        return nil, "invalid key id"
    end
    return spec, kid, alg
end

-- an optional time claim that is not a number, or later than `moment`
local function later(claim, moment)
    return claim ~= nil and (type(claim) ~= "number" or moment < claim)
end

-- Why verified claims are refused (nil: they are not).
local function claims_refused(claims, opts, now)
    local leeway = opts.leeway
    if type(claims.exp) ~= "number" or now >= claims.exp + leeway then
        return "token expired"
    end
    if later(claims.nbf, now + leeway) then
        return "token not yet valid"
    end
    if later(claims.iat, now + leeway) then
        return "token issued in the future"
    end
    if opts.issuer and claims.iss ~= opts.issuer then
        return "wrong issuer"
    end
    if opts.audience and not audience_ok(claims.aud, opts.audience) then
        return "wrong audience"
    end
    if claims.scope ~= nil and type(claims.scope) ~= "string" then
        return "malformed scope"
    end
    local client_id = claims.client_id or claims.sub
    if type(client_id) ~= "string" or client_id == "" or #client_id > 200 or find(client_id, "[%c]") then
        return "missing client id"
    end
end

-- Pure verification. opts: {issuer=, audience=, leeway=, typ=, algs=}; get_key(kid) -> key or nil.
-- Returns claims and the kid that verified them, or nil, error code, description (descriptions are
-- fixed strings: nothing from the key or the token is echoed back).
function _M.verify_token(token, get_key, opts, now)
    if type(token) ~= "string" or token == "" then
        return invalid("missing token")
    end
    if #token > MAX_TOKEN then
        return invalid("token too large")
    end
    local h64, p64, s64, signing_input = split3(token)
    if not h64 then
        return invalid("malformed token")
    end
    local spec, kid, alg = header_of(h64, opts)
    if not spec then
        return invalid(kid)   -- header_of says why in its place
    end
    local sig = crypto.b64url_decode(s64)
    if not sig or sig == "" then
        return invalid("malformed signature")
    end
    local key = get_key(kid)
    if not key then
        return invalid("unknown key id")
    end
    if key.kty ~= spec.kty or (key.alg and key.alg ~= alg) then
        return invalid("key does not match algorithm")
    end
    if not spec.verify(key, signing_input, sig) then
        return invalid("invalid signature")
    end
    local claims = json_segment(p64)
    if not claims then
        return invalid("malformed token payload")
    end
    local refused = claims_refused(claims, opts, now)
    if refused then
        return invalid(refused)
    end
    return claims, kid
end

function _M.scope_set(scope)
    local set = {}
    for s in gmatch(scope or "", "%S+") do
        set[s] = true
    end
    return set
end

-- Per-route scope requirement: conf.scopes maps a method (or "default"/"write") to a scope.
local SAFE = { GET = true, HEAD = true, OPTIONS = true }

function _M.required_scope(scopes, method)
    local s = scopes[method]
    if s == nil then
        s = SAFE[method] and scopes.read or scopes.write
    end
    return s
end

-- ---- the policy ------------------------------------------------------------------------------
local Policy = {}
Policy.__index = Policy

local stores = {}   -- one JWKS store per (host, port, path), shared by routes

-- conf: edge.json's, resolved by gateway/policies/jwt.py (defaults and security.jwt merged).
function _M.new(conf, route_name, edge_config)
    local host, port, path = conf.jwks_host, conf.jwks_port, conf.jwks_path
    local skey = host .. ":" .. port .. path
    stores[skey] = stores[skey] or jwks.new({ host = host, port = port, path = path,
        timeout_ms = conf.jwks_timeout_ms, refresh_interval = conf.refresh_interval, dict = conf.dict, default_max_age = conf.max_age,
        on_change = revocations.bump })
    revocations.init(conf.revocation, edge_config)
    revocations.watch(stores[skey])
    local store = stores[skey]
    return setmetatable({
        route = route_name,
        store = store,
        -- made here, not per request: a closure in access() makes each of its returns close
        -- upvalues (UCLO), which LuaJIT cannot trace (docs/performance.md)
        get_key = function(k) return store:get(k) end,
        opts = { issuer = conf.issuer, audience = conf.audience, leeway = conf.leeway, typ = conf.typ },
        scopes = conf.scopes,
        realm = conf.realm,
        ok_key = metrics.series("edge_jwt_total", { { "route", route_name }, { "result", "ok" } }),
        cache = require("resty.lrucache").new(conf.cache_size),
        failures = failure_cache.new(conf.cache_size, _M.STABLE_FAILURES),
        answers = {},
    }, Policy)
end

function Policy:init_worker()
    revocations.init_worker()
    -- Warm the JWKS once per worker start; a failure here is retried lazily on the first request.
    local store = self.store
    ngx.timer.at(0, function(premature)
        if not premature then
            store:current()
        end
    end)
end

local function challenge(realm, code, description)
    return 'Bearer realm="' .. realm .. '", error="' .. code .. '", error_description="' .. description .. '"'
end

-- Each (code, description) answer's metric key and headers, built once per policy: codes and
-- descriptions are fixed strings (and configured scope names), so the table stays small.
local function prepared(self, code, description)
    local by_desc = child_of(self.answers, code)
    local answer = by_desc[description]
    if not answer then
        local hdr = code == "missing" and ('Bearer realm="' .. self.realm .. '"')
            or challenge(self.realm, code, description)
        answer = { metrics.series("edge_jwt_total", { { "route", self.route }, { "result", code } }),
                   code == "missing" and "unauthorized" or code, { ["WWW-Authenticate"] = hdr } }
        by_desc[description] = answer
    end
    return answer
end

function Policy:reject(status, code, description)
    local answer = prepared(self, code, description)
    metrics.inc_key(answer[1])
    return errors.reject(status, answer[2], description, answer[3])
end

function Policy:access(ctx)
    -- The WAF's header table when it ran (an ngx.var read costs more than the whole cache hit);
    -- a repeated header is a table there, refused below.
    local headers = ctx.headers
    local auth
    if headers then
        auth = rawget(headers, "authorization")
    else
        auth = ngx_var.http_authorization
    end
    local now = ngx_time()
    -- Verified tokens are cached under the whole header value: a repeated request is one lookup,
    -- with no parsing, hashing or allocation (only a header that verified is ever a key).
    local claims = auth and self.cache:get(auth)
    local gen = generation()
    if claims then
        if now >= claims.exp + self.opts.leeway then
            self.cache:delete(auth)
            return self:reject(401, "invalid_token", "token expired")
        end
        if claims.gen ~= gen then   -- the deny list or the key set changed since this verdict
            if denied(claims.jti_key, claims.client_key, claims.iat) or not self.store:has(claims.kid) then
                self.cache:delete(auth)
                return self:reject(401, "invalid_token", "token revoked")
            end
            claims.gen = gen
        end
    else
        if not auth or auth == "" then
            return self:reject(401, "missing", "a Bearer token is required")
        end
        if type(auth) ~= "string" then  -- repeated Authorization headers
            return self:reject(401, "invalid_request", "exactly one Authorization header is allowed")
        end
        -- A header that failed for a stable reason under this generation: the same answer, no crypto.
        local failed = self.failures:get(auth, gen)
        if failed then
            return self:reject(401, failed[1], failed[2])
        end
        local token = match(auth, "^[Bb][Ee][Aa][Rr][Ee][Rr] +(%S+) *$")
        if not token then
            return self:reject(401, "invalid_request", "the Authorization header must be: Bearer <token>")
        end
        if #token > MAX_TOKEN then
            return self:reject(401, "invalid_token", "token too large")
        end
        local kid, desc
        claims, kid, desc = _M.verify_token(token, self.get_key, self.opts, now)
        if not claims then
            self.failures:put(auth, gen, kid, desc)
            return self:reject(401, kid, desc)   -- on failure: the error code, then its description
        end
        local client_id = claims.client_id or claims.sub
        local jti = type(claims.jti) == "string" and claims.jti ~= "" and claims.jti or nil
        claims = { client_id = client_id, scope = claims.scope or "", scopes = _M.scope_set(claims.scope),
                   exp = claims.exp, iat = claims.iat, kid = kid, gen = gen,
                   jti_key = jti and revocations.jti_key(jti), client_key = revocations.client_key(client_id) }
        if denied(claims.jti_key, claims.client_key, claims.iat) then
            return self:reject(401, "invalid_token", "token revoked")
        end
        local ttl = claims.exp - now
        if ttl > 0 then
            self.cache:set(auth, claims, ttl)
        end
    end
    local need = _M.required_scope(self.scopes, ngx_req.get_method())
    if need and not claims.scopes[need] then
        return self:reject(403, "insufficient_scope", "this request needs scope " .. need)
    end
    -- Upstream headers X-Auth-Client-Id / X-Auth-Scopes come from these variables (proxy_set_header in
    -- nginx.conf), which also replace whatever the client sent under those names.
    ngx_var.edge_client_id = claims.client_id
    ngx_var.edge_auth_scopes = claims.scope
    ctx.client_id = claims.client_id
    metrics.inc_key(self.ok_key)
end

return _M
