local fake_ngx = require "fake_ngx"

-- The parser's side of the grammar: tests/admin/test_decision_tokens.py round-trips every token.
describe("edge.lib.decisions", function()
    local decisions = require "edge.lib.decisions"

    it("writes tokens of the grammar, refusing decisions a policy does not declare", function()
        assert.equals("waf=block:942100,941100", decisions.token("waf", nil, "block", "942100,941100"))
        assert.equals("ratelimit:per_ip=rejected(local)", decisions.token("ratelimit", "per_ip", "rejected", nil, true))
        assert.equals("concurrency=queued", decisions.token("concurrency", nil, "queued"))
        assert.has_error(function() decisions.token("ratelimit", "x", "maybe") end)
        assert.has_error(function() decisions.token("nope", nil, "block") end)
    end)

    it("appends to $edge_decisions with ';', and writes nothing where the variable is absent", function()
        local ngx = fake_ngx.install({})
        ngx.var = { edge_decisions = "" }
        decisions.log("waf=detect:920280")
        decisions.log("ratelimit=allowlisted")
        assert.equals("waf=detect:920280;ratelimit=allowlisted", ngx.var.edge_decisions)
        ngx.var = {}
        decisions.log("ratelimit=allowlisted")
        assert.is_nil(ngx.var.edge_decisions)
    end)
end)
