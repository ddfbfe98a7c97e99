describe("edge.waf.crs.normalisers (vectors from the SecLang reference)", function()
    local t = require "edge.waf.crs.normalisers"

    it("cmdLine removes shell quoting, the space before a slash, and normalises separators", function()
        assert.equals("cat/etc/passwd", t.cmdLine("c\\a't' \"/etc/pa\"ss^wd"))
        assert.equals("a b", t.cmdLine("a;,b"))
    end)

    it("cmdLine's shortcut (nothing to drop or squeeze) gives what the three steps give", function()
        local function steps(s)
            s = s:gsub("[\\\"'%^]", ""):gsub("[,;%s]+", " "):gsub(" ([/(])", "%1")
            return s:lower()
        end
        local alphabet = { "A", "b", "/", "(", " ", "\t", ";", ",", "'", "\"", "^", "\\", "x" }
        math.randomseed(7)
        for _ = 1, 2000 do
            local out = {}
            for i = 1, math.random(0, 8) do
                out[i] = alphabet[math.random(#alphabet)]
            end
            local s = table.concat(out)
            assert.equals(steps(s), t.cmdLine(s), s)
        end
    end)

    it("normalizePath resolves dot segments; normalizePathWin also backslashes", function()
        assert.equals("/etc/passwd", t.normalizePath("/a/../etc/./passwd"))
        assert.equals("/x/y", t.normalizePathWin("\\x\\\\y"))
    end)

    it("normalizePath collapses slash runs and self-references, keeping a trailing slash only if given", function()
        assert.equals("/a/b/", t.normalizePath("//a///b/"))
        assert.equals("foo/bar", t.normalizePath("foo/./bar"))
        assert.equals("a", t.normalizePath("./a"))
        assert.equals("/a", t.normalizePath("/a/."))
        assert.equals("a/", t.normalizePath("a/"))
        assert.equals("no-dots", t.normalizePath("no-dots"))
    end)

    it("normalizePath never climbs above the root; a relative path keeps the back-references it cannot resolve", function()
        assert.equals("/etc", t.normalizePath("/../etc"))
        assert.equals("../../etc/passwd", t.normalizePath("../../etc/passwd"))
        assert.equals("../etc", t.normalizePath("a/b/../../../etc"))
        assert.equals("/a/d", t.normalizePath("/a/b/c/../../d"))
        assert.equals("", t.normalizePath("/a/.."))        -- the root slash goes with the trailing one
    end)

    it("normalizePath treats a segment that ends in '..' as a back-reference (ModSecurity v3)", function()
        assert.equals("/x/b", t.normalizePath("/x/a../b"))
        assert.equals("boot.ini", t.normalizePath("x search ../boot.ini"))
        assert.equals("..a/b", t.normalizePath("..a/b"))   -- only the segment's end counts
    end)

    it("normalizePathWin reads backslashes as slashes as it reaches them", function()
        assert.equals("C:/b", t.normalizePathWin("C:\\a\\..\\b"))
        assert.equals("../../boot.ini", t.normalizePathWin("..\\..\\boot.ini"))
        assert.equals("boot.ini", t.normalizePathWin("x ..\\boot.ini"))
    end)

    it("replaceComments, removeNulls, compressWhitespace, removeWhitespace and length", function()
        assert.equals("a b", t.replaceComments("a/*x*/b"))
        assert.equals("a ", t.replaceComments("a/* open"))
        assert.equals("ab", t.removeNulls("a\0b"))
        assert.equals("a b", t.compressWhitespace("a \t\n b"))
        assert.equals("ab", t.removeWhitespace("a \t b"))
        assert.equals("3", t.length("abc"))
    end)
end)
