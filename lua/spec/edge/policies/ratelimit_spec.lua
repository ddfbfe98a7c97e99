local fake_ngx = require "fake_ngx"

-- The policy over the local store: headers, rejection, decision tokens and the allowlist.
describe("edge.policies.ratelimit", function()
    local ratelimit, ngx, rejected

    local CONF = { store = "local", status = 429, nodelay = true,
        limits = { { name = "per_ip", key = "ip", rate = { quota = 1, window = 60 }, burst = 1 } } }

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_limits", "edge_metrics" } })
        ngx.sleep = function() end
        ngx.re = {}
        ngx.socket = { tcp = function() end }
        rejected = nil
        package.loaded["edge.lib.errors"] = { reject = function(status, code, _, headers)
            rejected = { status = status, code = code, retry_after = headers["Retry-After"] }
        end }
        for _, m in ipairs({ "edge.policies.ratelimit", "edge.limit.keys", "edge.limit.chain", "edge.limit.report",
            "edge.limit.store_local", "edge.limit.store_redis", "edge.lib.metrics", "edge.lib.decisions" }) do
            package.loaded[m] = nil
        end
        ratelimit = require "edge.policies.ratelimit"
    end)

    -- step: the policy's access (default) or its early step, which edge/init.lua runs before every access step
    local function request(policy, ip, step)
        ngx.var.remote_addr, ngx.var.uri, ngx.var.request_method = ip, "/api/x", "GET"
        ngx.var.edge_decisions = ""
        ngx.var.edge_ratelimit, ngx.var.edge_ratelimit_policy = nil, nil
        rejected = nil
        policy[step or "access"](policy, {})
    end

    it("admits burst + 1, then rejects with 429, Retry-After and the IETF headers", function()
        local policy = ratelimit.new(CONF, "api", { limits = { allowlist = { ip = {}, client_id = {} } } })
        request(policy, "10.0.0.1")
        assert.is_nil(rejected)
        assert.equals('"per_ip";q=2;w=120', ngx.var.edge_ratelimit_policy)   -- burst + 1 at once, 2 min to refill
        assert.equals('"per_ip";r=1;t=60', ngx.var.edge_ratelimit)
        request(policy, "10.0.0.1")
        assert.is_nil(rejected)
        request(policy, "10.0.0.1")
        assert.equals(429, rejected.status)
        assert.equals("rate_limited", rejected.code)
        assert.truthy(tonumber(rejected.retry_after) >= 1)
        assert.equals("ratelimit:per_ip=rejected", ngx.var.edge_decisions)
        request(policy, "10.0.0.2")   -- another key has its own bucket
        assert.is_nil(rejected)
    end)

    it("lets an allowlisted client through, logging that it did", function()
        local policy = ratelimit.new(CONF, "api", { limits = { allowlist = { ip = { "10.9.0.0/16" }, client_id = {} } } })
        for _ = 1, 5 do
            request(policy, "10.9.1.1")
            assert.is_nil(rejected)
        end
        assert.equals("ratelimit=allowlisted", ngx.var.edge_decisions)
    end)

    local function early(policy, ip)
        request(policy, ip, "early")
    end

    it("refuses a key it rejected before the route's other policies run, with the same answer", function()
        local policy = ratelimit.new(CONF, "api", { limits = { allowlist = { ip = { "10.9.0.0/16" }, client_id = {} } } })
        early(policy, "10.0.0.1")   -- nothing refused yet
        assert.is_nil(rejected)
        for _ = 1, 2 do
            request(policy, "10.0.0.1")
        end
        early(policy, "10.0.0.1")   -- admitted twice: the bucket is full, but nothing was refused
        assert.is_nil(rejected)
        request(policy, "10.0.0.1")
        assert.equals(429, rejected.status)
        early(policy, "10.0.0.1")
        assert.equals(429, rejected.status)
        assert.equals("rate_limited", rejected.code)
        assert.truthy(tonumber(rejected.retry_after) >= 1)
        assert.equals("ratelimit:per_ip=rejected", ngx.var.edge_decisions)
        assert.equals('"per_ip";q=2;w=120', ngx.var.edge_ratelimit_policy)
        assert.truthy(ngx.var.edge_ratelimit:find('^"per_ip";r=0;t=%d+$'))
        early(policy, "10.0.0.2")   -- another client
        assert.is_nil(rejected)
    end)

    it("has no early step for limits on keys only later policies know", function()
        local conf = { store = "local", status = 429, nodelay = true,
            limits = { { name = "per_client", key = "client_id", rate = { quota = 1, window = 60 }, burst = 1 } } }
        local policy = ratelimit.new(conf, "api", { limits = { allowlist = { ip = {}, client_id = {} } } })
        assert.is_nil(policy.early)
    end)
end)
