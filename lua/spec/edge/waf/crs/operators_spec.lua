describe("edge.waf.crs.operators", function()
    local ops = require "edge.waf.crs.operators"
    local function m(name, arg, value)
        return (assert(ops.compile(name, arg))(value))
    end

    it("@rx uses ModSecurity's options and gives captures", function()
        local rx = assert(ops.compile("rx", "a(b+)c"))
        local ok, caps = rx("xabbc")
        assert.is_true(ok)
        assert.same({ "abbc", "bb" }, caps)
        assert.is_true(m("rx", "^x.y$", "x\ny"))        -- DOTALL
        assert.is_true(m("rx", "^two$", "one\ntwo"))    -- MULTILINE
    end)

    it("@pm matches phrases case-insensitively anywhere", function()
        assert.is_true(m("pm", { "passwd", "x" }, "/ETC/PASSWD"))
        assert.is_false(m("pm", { "passwd", "shadow" }, "hello"))
    end)

    it("@pm finds what a naive scan finds: the earliest phrase, first in list order, as written", function()
        -- the reference: every position, every phrase, substrings compared (no index)
        local function naive(phrases, value)
            local v = value:lower()
            for _, p in ipairs(phrases) do
                if #p == 1 and v:find(p:lower(), 1, true) then
                    return true, p:lower()
                end
            end
            for i = 1, #v do
                for _, p in ipairs(phrases) do
                    if #p > 1 and v:sub(i, i + #p - 1) == p:lower() then
                        return true, value:sub(i, i + #p - 1)
                    end
                end
            end
            return false
        end
        local alphabet = { "a", "B", "b", "c", "/", "\0", "\255", "%" }
        local function word(rand, max)
            local out = {}
            for i = 1, rand(0, max) do
                out[i] = alphabet[rand(1, #alphabet)]
            end
            return table.concat(out)
        end
        local rand = math.random
        math.randomseed(19)
        for _ = 1, 300 do
            local phrases = {}
            for i = 1, rand(1, 6) do
                phrases[i] = word(rand, 4)
                if phrases[i] == "" then phrases[i] = "ab" end
            end
            local pm = assert(ops.compile("pm", phrases))
            for _ = 1, 20 do
                local value = word(rand, 12)
                local ok, caps = pm(value)
                local want, text = naive(phrases, value)
                assert.equals(want, ok, value)
                if want then
                    assert.equals(text, caps[1])
                end
            end
        end
    end)

    it("@detectSQLi / @detectXSS call libinjection", function()
        assert.is_true(m("detectSQLi", "", "1' or '1'='1"))
        assert.is_false(m("detectSQLi", "", "O'Neil"))
        assert.is_true(m("detectXSS", "", "<script>alert(1)</script>"))
        assert.is_false(m("detectXSS", "", "a < b"))
    end)

    it("string and number operators", function()
        assert.is_true(m("streq", "GET", "GET"))
        assert.is_true(m("contains", "ab", "xaby"))
        assert.is_true(m("beginsWith", "/api", "/api/x"))
        assert.is_true(m("endsWith", ".php", "a.php"))
        assert.is_true(m("within", "GET HEAD POST", "HEAD"))
        assert.is_true(m("eq", "0", "abc"))    -- atoi: not a number reads as 0
        assert.is_true(m("gt", "5", "12"))
        assert.is_true(m("lt", "5", "3"))
    end)

    it("validation operators match what is invalid", function()
        assert.is_true(m("validateByteRange", "32-126", "a\1b"))
        assert.is_false(m("validateByteRange", "32-126", "abc"))
        assert.is_true(m("validateUrlEncoding", "", "a%zz"))
        assert.is_false(m("validateUrlEncoding", "", "a%41"))
        assert.is_true(m("validateUtf8Encoding", "", "\192\175"))   -- overlong
        assert.is_false(m("validateUtf8Encoding", "", "caf\195\169"))
        assert.is_true(m("ipMatch", "127.0.0.1,10.0.0.0/8", "10.2.3.4"))
        assert.is_false(m("ipMatch", "127.0.0.1,10.0.0.0/8", "11.2.3.4"))
        assert.is_true(m("ipMatch", "127.0.0.1,::1", "::1"))             -- the CRS's own list (905100)
        assert.is_true(m("ipMatch", "127.0.0.1,::1", "127.0.0.1"))
        assert.is_false(m("ipMatch", "127.0.0.1,::1", "::2"))
        assert.is_true(m("ipMatch", "2001:db8::/32", "2001:db8::7"))
        assert.is_true(m("ipMatch", "localhost", "LocalHost"))          -- not an address: equal, case aside
        assert.is_false(m("ipMatch", "10.0.0.0/8", "not an ip"))
    end)
end)
