local define = require "edge.waf.rules.define"

describe("edge.waf.rules.define", function()
    it("builds a family's list in order, view \"n\" unless a rule says otherwise", function()
        local list, rule = define.list()
        rule(1, "sqli", 5, "a", "first")
        rule(2, "xss", 3, "b", "second", { view = "sql", targets = "args" })
        assert.same({ { id = 1, category = "sqli", score = 5, pattern = "a", desc = "first", view = "n" },
            { id = 2, category = "xss", score = 3, pattern = "b", desc = "second", view = "sql", targets = "args" } }, list)
        local other = define.list()
        assert.same({}, other)
    end)

    it("writes a word inside itself, or the words given inside it, at every inner position", function()
        assert.same({ "aandnd", "anandd" }, define.nested({ "and" }))
        assert.same({ "oorrder", "ororder", "ordorer", "ordeorr", "oandrder", "orandder", "ordander", "ordeandr" },
            define.nested({ "order" }, { "or", "and" }))
        assert.same({}, define.nested({ "or" }, { "or" }))
    end)
end)
