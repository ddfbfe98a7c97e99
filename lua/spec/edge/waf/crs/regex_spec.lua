local regex = require "edge.waf.crs.regex"

describe("edge.waf.crs.regex", function()
    it("matches with ModSecurity's options and hands back captures", function()
        local code = assert(regex.compile("^(a+)b$"))
        assert.is_true(regex.find(code, "aab"))
        assert.same({ "aab", "aa" }, regex.match(code, "aab"))
        assert.is_false(regex.find(code, "aac"))
        assert.is_false(regex.take_limited())
    end)

    it("reports a match that gave up at the match limit once, then clears it", function()
        -- nested repetition on a value that cannot match: exponential without the limit
        local bomb = assert(regex.compile("^(a+)+$"))
        local value = string.rep("a", 40) .. "b"
        assert.is_false(regex.find(bomb, value))
        assert.is_true(regex.take_limited())
        assert.is_false(regex.take_limited())
        assert.is_nil(regex.match(bomb, value))
        assert.is_true(regex.take_limited())
    end)
end)
