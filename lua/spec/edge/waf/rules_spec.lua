describe("edge.waf.rules", function()
    it("are data with unique ids, known categories and scores", function()
        local rules = require "edge.waf.rules"
        local seen, cats = { }, { sqli = 1, xss = 1, traversal = 1, lfi = 1, rce = 1, ssti = 1, scanner = 1,
            ssrf = 1, rfi = 1, nodejs = 1, java = 1, php = 1, generic = 1 }
        assert.is_true(#rules >= 30)
        for _, r in ipairs(rules) do
            assert.is_nil(seen[r.id], "duplicate id " .. r.id)
            seen[r.id] = true
            assert.truthy(cats[r.category], r.id)
            assert.truthy(r.score == 3 or r.score == 5, r.id)
            assert.is_string(r.pattern)
            assert.truthy(r.view == "n" or r.view == "sql" or r.view == "cmd" or r.view == "ps" or r.view == "spliced" or r.view == "path" or r.view == "blob", r.id)
        end
    end)
end)
