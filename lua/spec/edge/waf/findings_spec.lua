describe("edge.waf.findings", function()
    local findings = require "edge.waf.findings"
    local rules = require "edge.waf.rules"

    local function each(fn)
        for _, group in ipairs(findings.GROUPS) do
            for name, f in pairs(group) do
                fn(name, f, group)
            end
        end
    end

    it("describes every finding as a scored rule (id, category, score, description)", function()
        each(function(name, f)
            assert.is_number(f.id, name)
            assert.is_string(f.category, name)
            assert.is_true(f.score > 0, name)
            assert.is_true(#f.desc > 0, name)
        end)
    end)

    it("gives each finding an id of its own, distinct from the signature rules'", function()
        local seen = {}
        for _, r in ipairs(rules) do
            seen[r.id] = "rule"
        end
        each(function(name, f)
            assert.is_nil(seen[f.id], name)
            seen[f.id] = name
        end)
    end)

    it("files the inspection limits under the edge's own ids, outside CRS's range", function()
        for name, f in pairs(findings.LIMIT) do
            assert.equals("limit", f.category, name)
            assert.is_true(f.id >= 200000 and f.id < 300000, name)
        end
    end)
end)
