-- Edge policy: Slack request signing (v0) on /slack/events, so unsigned floods never reach Jeeves.
-- Schema (fields, defaults, the section it reads): gateway/policies/slack_signature.py.
-- X-Slack-Signature must be "v0=" .. hex(HMAC-SHA256(secret, "v0:" .. ts .. ":" .. body)) with
-- X-Slack-Request-Timestamp within max_skew seconds of now; compared in constant time.
-- The secret is read once from secret_file (re-read lazily if it was missing).
local crypto = require "edge.lib.crypto"
local errors = require "edge.lib.errors"
local metrics = require "edge.lib.metrics"
local read_secret = require("edge.lib.secret").read

local ngx_time = ngx.time
local ngx_var = ngx.var
local ngx_req = ngx.req
local ngx_log, WARN, ERR = ngx.log, ngx.WARN, ngx.ERR
local tonumber, type = tonumber, type

local _M = {}

metrics.define("edge_slack_signature_total", "counter", "Slack signature checks at the edge, by result.")

-- Pure check (specs): nil when valid, else a reason code.
function _M.verify(secret, ts, signature, body, now, max_skew)
    if type(ts) ~= "string" or not ts:match("^%d%d?%d?%d?%d?%d?%d?%d?%d?%d?%d?$") then
        return "missing_timestamp"
    end
    local t = tonumber(ts)
    if math.abs(now - t) > max_skew then
        return "stale_timestamp"
    end
    if type(signature) ~= "string" or not signature:match("^v0=%x+$") or #signature ~= 67 then
        return "malformed_signature"
    end
    local expected = "v0=" .. crypto.to_hex(crypto.hmac_sha256(secret, "v0:" .. ts .. ":" .. (body or "")))
    if not crypto.constant_time_equals(expected, signature:lower()) then
        return "bad_signature"
    end
    return nil
end

local Policy = {}
Policy.__index = Policy

-- conf: edge.json's, resolved by gateway/policies/slack_signature.py (security.slack merged).
-- mode: "check" (verify and reject), "verify" (record the outcome in ctx for the policies after it,
-- e.g. the WAF's signed exclusions) or "enforce" (reject what an earlier "verify" found bad).
function _M.new(conf, route_name)
    local p = setmetatable({ route = route_name, path = conf.secret_file, max_skew = conf.max_skew,
        mode = conf.mode }, Policy)
    p.secret = read_secret(conf.secret_file)
    return p
end

local MESSAGES = {
    missing_timestamp = "X-Slack-Request-Timestamp is missing or malformed",
    stale_timestamp = "the request timestamp is outside the allowed window",
    malformed_signature = "X-Slack-Signature is missing or malformed",
    bad_signature = "the Slack signature does not match",
}

function Policy:access(ctx)
    if self.mode == "enforce" then
        local reason = ctx.slack_rejected
        if reason then
            return errors.reject(401, "invalid_signature", MESSAGES[reason])
        end
        return
    end
    local secret = self.secret
    if not secret then
        secret = read_secret(self.path)
        self.secret = secret
        if not secret then
            ngx_log(ERR, "slack_signature: no signing secret at ", self.path, "; refusing Slack requests")
            return errors.reject(503, "service_unavailable", "Slack signing is not configured",
                { ["Retry-After"] = "30" })
        end
    end
    ngx_req.read_body()
    local body = ngx_req.get_body_data()
    if not body and ngx_req.get_body_file() then
        local f = io.open(ngx_req.get_body_file(), "rb")
        body = f and f:read("*a")
        if f then f:close() end
    end
    local reason = _M.verify(secret, ngx_var.http_x_slack_request_timestamp, ngx_var.http_x_slack_signature,
        body or "", ngx_time(), self.max_skew)
    metrics.inc("edge_slack_signature_total", { { "result", reason or "ok" } })
    if reason then
        ngx_log(WARN, "slack_signature: rejected (", reason, ") request_id=", ngx_var.edge_request_id or "")
        if self.mode == "verify" then
            ctx.slack_rejected = reason
            return
        end
        return errors.reject(401, "invalid_signature", MESSAGES[reason])
    end
    -- a WAF after us on the route applies its signed_exclusions (chat text may hold code)
    ctx.slack_verified = true
end

return _M
