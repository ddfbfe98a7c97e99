local fake_ngx = require "fake_ngx"

-- The policy around edge.waf.inspect: IP lists, protocol checks, body limit, scoring and verdicts.
describe("edge.policies.waf", function()
    local waf, ngx, rejected, headers, body, http_version

    -- as gateway/policies/waf.py resolves it with its defaults
    local function conf(over)
        local c = { mode = "block", threshold = 5, max_value_length = 16384, max_body_inspect = 262144,
            max_multipart_parts = 256, max_header_length = 8192, max_headers = 100, max_args = 512,
            max_json_depth = 32, max_json_elements = 1024, inspect_budget_ms = 250,
            allowed_methods = { "GET", "POST" }, skip_headers = { "authorization" },
            ip_allow = {}, ip_deny = {}, allowed_hosts = { "localhost" } }
        for k, v in pairs(over or {}) do
            c[k] = v
        end
        return c
    end

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        rejected, body, http_version = nil, nil, 1.1
        headers = { host = "localhost", ["user-agent"] = "Mozilla/5.0" }
        ngx.req = {
            get_headers = function() return headers end,
            get_method = function() return ngx.var.request_method end,
            read_body = function() end,
            get_body_data = function() return body end,
            get_body_file = function() return nil end,
            http_version = function() return http_version end,
        }
        package.loaded["edge.lib.errors"] = { reject = function(status, code, _, _, extra)
            rejected = { status = status, code = code, rules = extra and extra.rules }
        end }
        for _, m in ipairs({ "edge.policies.waf", "edge.waf.scan", "edge.waf.headers", "edge.waf.inspect",
                             "edge.lib.metrics", "edge.lib.decisions", "edge.waf.verdicts", "edge.waf.outcome" }) do
            package.loaded[m] = nil
        end
        waf = require "edge.policies.waf"
    end)

    local function request(policy, method, uri)
        ngx.var.request_method, ngx.var.request_uri = method, uri
        ngx.var.remote_addr, ngx.var.edge_decisions = "192.0.2.10", ""
        rejected = nil
        local ctx = {}
        policy:access(ctx)
        return ctx
    end

    it("lets a clean request through and shares its headers with the next policies", function()
        local ctx = request(waf.new(conf(), "api"), "GET", "/api/items?page=2")
        assert.is_nil(rejected)
        assert.equals(headers, ctx.headers)
    end)

    it("blocks a scored attack with 403 and its rule ids, logging the decision", function()
        request(waf.new(conf(), "api"), "GET", "/api/items?q=1'%20UNION%20SELECT%20password%20FROM%20users--")
        assert.equals(403, rejected.status)
        assert.equals("request_blocked", rejected.code)
        assert.truthy(#rejected.rules > 0)
        assert.truthy(ngx.var.edge_decisions:find("^waf=block:%d"))
    end)

    it("only logs in detect mode", function()
        request(waf.new(conf({ mode = "detect" }), "api"), "GET", "/api/?q=%3Cscript%3Ealert(1)%3C/script%3E")
        assert.is_nil(rejected)
        assert.truthy(ngx.var.edge_decisions:find("^waf=detect:%d"))
    end)

    it("applies the route's exclusions to our own rules, and logs where they matched", function()
        local url = "http%3A%2F%2Flocalhost%3A8080%2Fadmin"
        local excl = { exclusions = { { id = 131200, target = "ARGS:redirect_uri" } } }
        request(waf.new(conf(excl), "api"), "GET", "/api/login?redirect_uri=" .. url)
        assert.is_nil(rejected)
        request(waf.new(conf(excl), "api"), "GET", "/api/login?next=" .. url)
        assert.same({ 131200 }, rejected.rules)
        assert.equals("waf=block:131200;own=block:131200@ARGS:next", ngx.var.edge_decisions)
        -- signed_exclusions count only for a verified request
        local signed = conf({ signed_exclusions = { { tag = "attack-ssrf" } } })
        request(waf.new(signed, "api"), "GET", "/api/login?next=" .. url)
        assert.same({ 131200 }, rejected.rules)
        ngx.var.request_method, ngx.var.request_uri = "GET", "/api/login?next=" .. url
        ngx.var.edge_decisions, rejected = "", nil
        waf.new(signed, "api"):access({ slack_verified = true })
        assert.is_nil(rejected)
        -- a protocol finding has no place: a target exclusion never drops it, an id exclusion does
        request(waf.new(conf({ exclusions = { { id = 111100, target = "ARGS:x" } } }), "api"), "DELETE", "/api/1")
        assert.same({ 111100 }, rejected.rules)
        request(waf.new(conf({ exclusions = { { id = 111100 } } }), "api"), "DELETE", "/api/1")
        assert.is_nil(rejected)
    end)

    it("scores a method outside the allowlist and a foreign Host", function()
        request(waf.new(conf(), "api"), "DELETE", "/api/items/1")
        assert.same({ 111100 }, rejected.rules)
        headers.host = "evil.example"
        request(waf.new(conf(), "api"), "GET", "/api/items")
        assert.same({ 120350 }, rejected.rules)
    end)

    it("refuses denied addresses before reading anything", function()
        request(waf.new(conf({ ip_deny = { "192.0.2.0/24" } }), "api"), "GET", "/")
        assert.same({ 110100 }, rejected.rules)
        request(waf.new(conf({ ip_allow = { "2001:db8::/32" } }), "api"), "GET", "/")
        assert.same({ 110100 }, rejected.rules)
    end)

    it("inspects the body of a GET that declares one", function()
        headers["content-length"], headers["content-type"] = "40", "application/x-www-form-urlencoded"
        body = "q=1' UNION SELECT password FROM users--"
        request(waf.new(conf(), "api"), "GET", "/api/items")
        assert.equals(403, rejected.status)
    end)

    it("reads the body of an HTTP/2 request that declares no length", function()
        headers["content-type"] = "application/x-www-form-urlencoded"
        body = "q=1' UNION SELECT password FROM users--"
        request(waf.new(conf(), "api"), "POST", "/api/items")
        assert.is_nil(rejected)           -- HTTP/1.1 without CL/TE: no body by the protocol
        http_version = 2
        request(waf.new(conf(), "api"), "POST", "/api/items")
        assert.equals(403, rejected.status)
    end)

    it("cuts a body at max_body_inspect and scores the cut", function()
        headers["content-length"], headers["content-type"] = "2000", "text/plain"
        body = string.rep("n", 2000)
        request(waf.new(conf({ max_body_inspect = 1024 }), "api"), "POST", "/api/items")
        assert.same({ 200150 }, rejected.rules)
    end)

    it("arms the time budget once per 16 KB of body, at least once", function()
        local real, armed = require "edge.waf.budget", {}
        package.loaded["edge.waf.budget"] = setmetatable({ arm = function(seconds)
            armed[#armed + 1] = seconds
            real.arm(seconds)
        end }, { __index = real })
        package.loaded["edge.policies.waf"] = nil
        local ok, err = pcall(function()
            local policy = require("edge.policies.waf").new(conf(), "api")
            headers["content-type"] = "text/plain"
            for _, size in ipairs({ 100, 65536 }) do
                body = string.rep("see you at 10pm ", size / 16 + 1):sub(1, size)
                headers["content-length"] = tostring(size)
                request(policy, "POST", "/api/items")
            end
        end)
        package.loaded["edge.waf.budget"] = real
        assert(ok, err)
        assert.same({ 0.25, 1.0 }, armed)
    end)

    it("refuses a body over the route's limit with 413 on its Content-Length", function()
        headers["content-length"] = "9000"
        request(waf.new(conf({ max_body = 8192 }), "api"), "POST", "/api/items")
        assert.equals(413, rejected.status)
    end)

    -- a CRS view that blocks any URI holding "union" (942100 on ARGS:q, then 949110), counting its runs
    local function crs_view(runs)
        local SQLI = { id = 942100, tags = { "attack-sqli", "language-multi" } }
        local SCORE = { id = 949110, tags = { "attack-generic" } }
        return { inspect = function(_, req)
            runs[#runs + 1] = req
            if req.uri:find("union", 1, true) then
                return { blocked = true, score = 10, rules = { 942100, 949110 }, matched = { SQLI, SCORE },
                    targets = { { "ARGS:q" }, { "TX:anomaly_score" } } }
            end
            return { blocked = false, score = 0, rules = {}, matched = {}, targets = {} }
        end }
    end

    -- a blocking policy over crs_view, its error log lines collected: policy, CRS runs, log lines,
    -- and how many requests our own rules read (scans.n)
    local function blocking_policy(over)
        local runs, lines, scans = {}, {}, { n = 0 }
        ngx.log = function(_, ...) lines[#lines + 1] = table.concat({ ... }) end
        local inspect = require "edge.waf.inspect"
        local scan_rest = inspect.scan_rest
        inspect.scan_rest = function(...)
            scans.n = scans.n + 1
            return scan_rest(...)
        end
        -- they bind ngx.log and inspect at load
        package.loaded["edge.policies.waf"], package.loaded["edge.waf.outcome"] = nil, nil
        waf = require "edge.policies.waf"
        inspect.scan_rest = scan_rest
        local policy = waf.new(conf(over or { crs_mode = "block" }), "api")
        policy.crs = crs_view(runs)
        return policy, runs, lines, scans
    end

    it("remembers each request's outcome: a replay runs neither ruleset and leaves the same", function()
        local policy, runs, _, scans = blocking_policy()
        for _ = 1, 3 do
            request(policy, "GET", "/api/items?page=2")
            assert.is_nil(rejected)
        end
        assert.equals(1, #runs)
        assert.equals(1, scans.n)
        -- an attack only our rules see (the CRS view flags a lower-case "union" only)
        for i = 1, 3 do
            request(policy, "GET", "/api/items?q=1'%20UNION%20SELECT%20password%20FROM%20users--")
            assert.equals(403, rejected.status, "request " .. i)
            assert.truthy(ngx.var.edge_decisions:find("^waf=block:%d"))
        end
        assert.equals(2, #runs)
        assert.equals(2, scans.n)
        assert.truthy(require("edge.lib.metrics").render():find('edge_waf_requests_total{route="api",action="block"} 3',
            1, true))
        -- anything the rules read differently is judged again: another client, another header
        ngx.var.remote_addr = "192.0.2.11"
        ngx.var.request_method, ngx.var.request_uri, rejected = "GET", "/api/items?page=2", nil
        policy:access({})
        headers.accept = "text/html"
        request(policy, "GET", "/api/items?page=2")
        assert.equals(4, #runs)
        assert.equals(4, scans.n)
    end)

    it("keeps a verified request's outcome apart from an unverified one's", function()
        local policy, runs = blocking_policy({ crs_mode = "block", signed_exclusions = { { id = 942100 } } })
        -- the verified view: the one with the signed exclusions, under which the request is clean
        policy.crs_signed = { inspect = function(_, req)
            runs[#runs + 1] = req
            return { blocked = false, score = 0, rules = {}, matched = {}, targets = {} }
        end }
        local function attempt(ctx)
            ngx.var.request_method, ngx.var.request_uri = "GET", "/api/items?q=the%20union%20all"
            ngx.var.edge_decisions, rejected = "", nil
            policy:access(ctx)
            return rejected and rejected.status
        end
        assert.equals(403, attempt({}))
        assert.equals(403, attempt({ slack_verified = false }))
        assert.is_nil(attempt({ slack_verified = true }))
        assert.is_nil(attempt({ slack_verified = true }))
        assert.equals(403, attempt({}))
        assert.equals(2, #runs)
    end)

    it("answers a replayed attack from the remembered outcome, with the same ids in every log", function()
        local policy, runs, lines = blocking_policy()
        for i = 1, 3 do
            request(policy, "GET", "/api/items?q=the%20union%20all")
            assert.equals(403, rejected.status)
            assert.same({ 942100, 949110 }, rejected.rules)
            assert.equals("waf=block:942100,949110;crs=block:942100@ARGS:q,949110@TX:anomaly_score",
                ngx.var.edge_decisions, "request " .. i)
        end
        assert.equals(1, #runs)
        -- the error log: the first line names ids and tags; replays within a second are counted
        assert.equals(1, #lines)
        assert.truthy(lines[1]:find("rules=942100,949110 tags=attack-sqli,language-multi,attack-generic", 1, true))
        ngx.clock.now = ngx.clock.now + 1
        request(policy, "GET", "/api/items?q=the%20union%20all")
        assert.equals(2, #lines)
        assert.truthy(lines[2]:find(" replays=2$"))
        local rendered = require("edge.lib.metrics").render()
        assert.truthy(rendered:find('edge_waf_rule_matches_total{rule="942100",category="sqli"} 4', 1, true))
        assert.truthy(rendered:find('edge_waf_requests_total{route="api",action="block"} 4', 1, true))
    end)

    it("logs every attack from another client, and every different attack, at once", function()
        local policy, runs, lines = blocking_policy()
        request(policy, "GET", "/api/items?q=the%20union%20all")
        request(policy, "GET", "/api/items?q=2%20union%20all")
        ngx.var.request_method, ngx.var.request_uri = "GET", "/api/items?q=the%20union%20all"
        ngx.var.remote_addr, ngx.var.edge_decisions = "192.0.2.11", ""
        policy:access({})
        assert.equals(3, #runs)
        assert.equals(3, #lines)
    end)
end)
