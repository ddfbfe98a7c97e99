local fake_ngx = require "fake_ngx"

describe("edge.policies.slack_signature", function()
    local slack, crypto, ngx, rejected, secret_path
    local SECRET = "8f742231b10e8888abcd99yyyzzz85a5"

    local function sign(ts, body)
        return "v0=" .. crypto.to_hex(crypto.hmac_sha256(SECRET, "v0:" .. ts .. ":" .. body))
    end

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.time = function() return 1700000000 end
        local body = "token=x&team_id=T1"
        ngx.req = { read_body = function() end, get_body_data = function() return body end,
                    get_body_file = function() return nil end }
        rejected = nil
        package.loaded["edge.lib.errors"] = { reject = function(status, code) rejected = { status, code } end }
        for _, m in ipairs({ "edge.policies.slack_signature", "edge.lib.metrics" }) do
            package.loaded[m] = nil
        end
        slack = require "edge.policies.slack_signature"
        crypto = require "edge.lib.crypto"
        secret_path = os.tmpname()
        local f = assert(io.open(secret_path, "wb"))
        f:write(SECRET .. "\n")
        f:close()
    end)

    after_each(function()
        os.remove(secret_path)
    end)

    it("verifies v0 signatures within the allowed skew, in constant time", function()
        local ts = "1700000000"
        assert.is_nil(slack.verify(SECRET, ts, sign(ts, "b"), "b", 1700000100, 300))
        assert.equals("bad_signature", slack.verify(SECRET, ts, sign(ts, "b"), "c", 1700000100, 300))
        assert.equals("stale_timestamp", slack.verify(SECRET, ts, sign(ts, "b"), "b", 1700000400, 300))
        assert.equals("missing_timestamp", slack.verify(SECRET, "17e8", sign(ts, "b"), "b", 1700000000, 300))
        assert.equals("malformed_signature", slack.verify(SECRET, ts, "v0=zz", "b", 1700000000, 300))
    end)

    it("admits a signed request and refuses a forged one with 401", function()
        local policy = slack.new({ secret_file = secret_path, max_skew = 300, mode = "check" }, "slack_events")
        ngx.var.http_x_slack_request_timestamp = "1700000000"
        ngx.var.http_x_slack_signature = sign("1700000000", "token=x&team_id=T1")
        policy:access({})
        assert.is_nil(rejected)
        ngx.var.http_x_slack_signature = sign("1700000000", "token=y")
        policy:access({})
        assert.same({ 401, "invalid_signature" }, rejected)
    end)

    it("answers 503 while the signing secret is missing, and reads it once it appears", function()
        os.remove(secret_path)
        local policy = slack.new({ secret_file = secret_path, max_skew = 300, mode = "check" }, "slack_events")
        policy:access({})
        assert.same({ 503, "service_unavailable" }, rejected)
        local f = assert(io.open(secret_path, "wb"))
        f:write(SECRET)
        f:close()
        rejected = nil
        ngx.var.http_x_slack_request_timestamp = "1700000000"
        ngx.var.http_x_slack_signature = sign("1700000000", "token=x&team_id=T1")
        policy:access({})
        assert.is_nil(rejected)
    end)
end)
