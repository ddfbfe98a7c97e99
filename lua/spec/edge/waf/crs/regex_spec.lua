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

    describe("a long value, matched window by window", function()
        local pad = string.rep("x ", 2000)   -- 4 KB of words and spaces: windows end between words

        it("finds a match anywhere, across a window's edge too, with captures where they are", function()
            local code = assert(regex.compile([[(evil)\((\d+)\)]]))
            for cut = 500, 530 do   -- the payload straddles the first window's end (512)
                local v = string.rep("y", cut) .. " evil(42) " .. pad
                assert.same({ "evil(42)", "evil", "42" }, regex.match(code, v), "cut at " .. cut)
            end
            assert.is_true(regex.find(code, pad .. "evil(7)"))
        end)

        it("cuts a window as a window, not as the value: $, ^ and \\b keep the value's meaning", function()
            -- each would match at a cut (512 bytes in) if the window were taken as the subject
            assert.is_false(regex.find(assert(regex.compile([[ls$]])), string.rep("a ", 255) .. "ls -la " .. pad))
            assert.is_false(regex.find(assert(regex.compile([[^id\b]])), string.rep("a", 512) .. "id " .. pad))
            assert.is_false(regex.find(assert(regex.compile([[\bcat\b]])), string.rep("a ", 254) .. " catenate " .. pad))
            -- and still match where the value has them
            assert.is_true(regex.find(assert(regex.compile([[ls$]])), pad .. "ls"))
            assert.is_true(regex.find(assert(regex.compile([[^id\b]])), pad .. "\nid -a"))
        end)

        it("matches a pattern anchored at a line's start on the whole value", function()
            -- as 920100 reads the request line: a window's end would make a long line "invalid"
            local line = assert(regex.compile([[^(?i:get /[^?#\s]*(?:\?[^#\s]*)?\s+http/1\.1)$]]))
            assert.is_true(regex.find(line, "GET /a?q=" .. string.rep("x", 3000) .. " HTTP/1.1"))
            assert.is_false(regex.find(line, "GET /a?q=" .. string.rep("x", 3000) .. " HTTP/1.1 extra"))
        end)
    end)

    describe("under the request's time budget (edge.waf.budget)", function()
        local budget = require "edge.waf.budget"
        after_each(function() budget.disarm() end)

        it("charges a long value window by window, then skips every match once it is spent", function()
            local code = assert(regex.compile("evil"))
            budget.arm(-1)   -- already past its deadline: the first timed match spends it
            assert.is_false(regex.find(code, string.rep("z", 2000) .. "evil"))
            assert.is_true(budget.spent())
            assert.is_false(regex.find(code, "evil"))
            assert.is_true(budget.disarm())
            assert.is_true(regex.find(code, "evil"))
        end)

        it("does not cut a pass within its time", function()
            budget.arm(60)
            local code = assert(regex.compile("evil"))
            for _ = 1, 100 do
                regex.find(code, string.rep("q ", 3000))
            end
            assert.is_true(regex.find(code, string.rep("q ", 3000) .. "evil"))
            assert.is_false(budget.disarm())
        end)
    end)
end)
