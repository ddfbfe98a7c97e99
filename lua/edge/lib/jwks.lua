-- TokenDealer's JWKS at the edge: fetched over a cosocket, stored in the edge_jwks shared dict with a
-- version number, parsed into OpenSSL keys once per version per worker (never per request).
-- A token with an unknown kid may trigger a refresh, at most once per `refresh_interval` seconds
-- across all workers, so random kids cannot flood TokenDealer. The JWKS is also re-read when its
-- Cache-Control max-age runs out (refresh_if_stale, from a background timer) and at once on a key-change
-- notification (refresh(true)): a retired key stops verifying without a restart.
local cjson = require "cjson.safe"
local crypto = require "edge.lib.crypto"
local http_get = require "edge.lib.http_get"

local ngx_now = ngx.now
local log, WARN, ERR = ngx.log, ngx.WARN, ngx.ERR

local _M = {}

local MAX_BODY = 65536

-- JWKS text -> {kid = {kty=, alg=, pkey=}} (keys that cannot be used are skipped, with a reason).
function _M.parse(text)
    local doc = type(text) == "string" and cjson.decode(text)
    if type(doc) ~= "table" or type(doc.keys) ~= "table" then
        return nil, "JWKS is not a JSON object with keys"
    end
    local keys, skipped = {}, {}
    for _, jwk in ipairs(doc.keys) do
        local kid = type(jwk) == "table" and jwk.kid
        if type(kid) ~= "string" or kid == "" then
            skipped[#skipped + 1] = "key without kid"
        elseif jwk.use ~= nil and jwk.use ~= "sig" then
            skipped[#skipped + 1] = kid .. ": not a signing key"
        else
            local key, err = crypto.public_key_from_jwk(jwk)
            if key then
                key.alg = type(jwk.alg) == "string" and jwk.alg or nil
                keys[kid] = key
            else
                skipped[#skipped + 1] = kid .. ": " .. err
            end
        end
    end
    return keys, skipped
end

local Store = {}
Store.__index = Store

-- conf: {dict=, host=, port=, path=, timeout_ms=, refresh_interval=, default_max_age=, on_change=}
-- on_change(): called when a refresh publishes a different key set (cached verdicts must be re-checked).
function _M.new(conf)
    return setmetatable({
        dict = conf.dict,
        host = conf.host, port = conf.port, path = conf.path,
        refresh_interval = conf.refresh_interval,
        -- several JWKS sources may share the dict: namespace every key by source
        ns = conf.host .. ":" .. conf.port .. conf.path .. "|",
        timeout_ms = conf.timeout_ms,
        -- without a Cache-Control max-age; a max-age is also capped by it, so keys are never held longer
        default_max_age = conf.default_max_age,
        on_change = conf.on_change,
        version = -1, keys = {},
    }, Store)
end

function Store:shared()
    return ngx.shared[self.dict]
end

-- Fetch now (if no other worker did within refresh_interval, or `force`: a key-change notification)
-- and publish a new version.
function Store:refresh(force)
    local d = self:shared()
    local got_lock = d:add(self.ns .. "refresh_lock", true, self.refresh_interval)
    if not got_lock and not force then
        return false, "refresh rate-limited"
    end
    local res, err = http_get.get(self.host, self.port, self.path, self.timeout_ms, MAX_BODY, "application/json")
    if res and res.status ~= 200 then
        res, err = nil, "status " .. res.status
    end
    if not res then
        log(WARN, "jwks: fetch from ", self.host, ":", self.port, " failed: ", err)
        return false, err
    end
    local body = res.body
    local keys = _M.parse(body)
    if not keys then
        log(ERR, "jwks: TokenDealer served an invalid JWKS")
        return false, "invalid JWKS"
    end
    local now = ngx_now()
    local max_age = http_get.max_age(res.headers["cache-control"]) or self.default_max_age
    if max_age > self.default_max_age then
        max_age = self.default_max_age
    end
    -- at least one refresh_interval apart, so a max-age of 0 cannot turn the timer into a flood
    d:set(self.ns .. "stale_at", now + math.max(max_age, self.refresh_interval))
    d:set(self.ns .. "fetched_at", now)
    if d:get(self.ns .. "jwks") ~= body then
        d:set(self.ns .. "jwks", body)
        d:incr(self.ns .. "version", 1, 0)
        if self.on_change then
            self.on_change()
        end
    end
    return true
end

-- Background timer: re-read the JWKS once its max-age has passed.
function Store:refresh_if_stale(now)
    local stale_at = self:shared():get(self.ns .. "stale_at")
    if stale_at and now >= stale_at then
        self:shared():set(self.ns .. "stale_at", now + self.refresh_interval)  -- retry pace while down
        return self:refresh(true)
    end
    return false
end

-- Whether `kid` is in the current key set (cached verdicts are re-checked against it).
function Store:has(kid)
    local keys = self:current()
    return keys ~= nil and keys[kid] ~= nil
end

-- The worker's parsed keys, re-parsed only when the shared version moved.
function Store:current()
    local d = self:shared()
    local version = d:get(self.ns .. "version")
    if version == nil then
        self:refresh()
        version = d:get(self.ns .. "version")
        -- Cold start: another worker holds the fetch lock; wait for its result rather than 401.
        local waited = 0
        while version == nil and waited < self.timeout_ms and d:get(self.ns .. "refresh_lock") do
            ngx.sleep(0.01)
            waited = waited + 10
            version = d:get(self.ns .. "version")
        end
        if version == nil then
            return nil
        end
    end
    if version ~= self.version then
        local keys, skipped = _M.parse(d:get(self.ns .. "jwks"))
        if keys then
            self.keys, self.version = keys, version
            if skipped and #skipped > 0 then
                log(WARN, "jwks: skipped keys: ", table.concat(skipped, "; "))
            end
        end
    end
    return self.keys
end

-- kid -> key, refreshing (rate-limited) when the kid is unknown.
function Store:get(kid)
    local keys = self:current()
    local key = keys and keys[kid]
    if key then
        return key
    end
    if self:refresh() then
        keys = self:current()
        return keys and keys[kid]
    end
    return nil
end

return _M
