package.path = "lua/?.lua;lua/?/init.lua;lua/spec/support/?.lua;" .. package.path

describe("edge.waf.crs.transforms (vectors from the SecLang reference)", function()
    local t = require "edge.waf.crs.transforms"

    it("urlDecodeUni decodes %HH, %uHHHH (fullwidth to ASCII) and '+'", function()
        assert.equals("a b<c>", t.urlDecodeUni("a+b%3cc%u003E"))
        assert.equals("<", t.urlDecodeUni("%uff1c"))
        assert.equals("100%", t.urlDecodeUni("100%"))
    end)

    it("htmlEntityDecode handles numeric (with or without ;) and the named entities", function()
        assert.equals("<a>&\"", t.htmlEntityDecode("&lt;&#97;&#x3e&amp;&quot;"))
    end)

    it("jsDecode and cssDecode undo their escapes", function()
        assert.equals("alert(1)", t.jsDecode("\\u0061l\\x65rt\\0501)"))
        assert.equals("url(", t.cssDecode("\\75 rl\\("))
    end)

    it("cssDecode ends at the first NUL, decoded or given, and drops a final backslash", function()
        assert.equals("ab", t.cssDecode("ab\\0 zz"))   -- "\\0 " decodes to a NUL
        assert.equals("ab", t.cssDecode("a\\62\0cd"))
        assert.equals("a", t.cssDecode("a\\"))
        assert.equals("x y", t.cssDecode("x\\20 y"))   -- one whitespace after a hex escape is eaten
    end)

    it("cmdLine removes shell quoting, the space before a slash, and normalises separators", function()
        assert.equals("cat/etc/passwd", t.cmdLine("c\\a't' \"/etc/pa\"ss^wd"))
        assert.equals("a b", t.cmdLine("a;,b"))
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

    it("utf8toUnicode then urlDecodeUni maps fullwidth characters to ASCII", function()
        assert.equals("%uff1c", t.utf8toUnicode("\239\188\156"))
        assert.equals("<", t.urlDecodeUni(t.utf8toUnicode("\239\188\156")))
    end)

    it("utf8toUnicode writes each code point as %u and at least four lower-case hex digits", function()
        assert.equals("caf%u00e9", t.utf8toUnicode("caf\195\169"))
        assert.equals("%u20ac", t.utf8toUnicode("\226\130\172"))
        assert.equals("%u1f600", t.utf8toUnicode("\240\159\152\128"))   -- above U+FFFF: more digits
        assert.equals("plain ascii", t.utf8toUnicode("plain ascii"))
    end)

    it("utf8toUnicode keeps the lead byte after an overlong or surrogate sequence", function()
        assert.equals("%u002e\192", t.utf8toUnicode("\192\174"))             -- U+002E in two bytes
        assert.equals(".\192", t.urlDecodeUni(t.utf8toUnicode("\192\174")))  -- never a bare "."
        assert.equals("%u002f\224", t.utf8toUnicode("\224\128\175"))       -- U+002F in three bytes
        assert.equals("%u002f\240", t.utf8toUnicode("\240\128\128\175"))   -- and in four
        assert.equals("%ud800\237", t.utf8toUnicode("\237\160\128"))
    end)

    it("utf8toUnicode drops a lead byte without its continuation bytes, and NULs", function()
        assert.equals(".", t.utf8toUnicode("\192."))
        assert.equals("a\130/", t.utf8toUnicode("a\226\130/"))   -- the lone 0x82 stays
        assert.equals("a", t.utf8toUnicode("a\195"))
        assert.equals("ab", t.utf8toUnicode("a\0b"))
    end)

    it("utf8toUnicode keeps lone continuation bytes, 0xf8-0xff, and a 0xf5-0xf7 lead before its sequence", function()
        assert.equals("\128x\255", t.utf8toUnicode("\128x\255"))
        assert.equals("\245%u140000", t.utf8toUnicode("\245\128\128\128"))
    end)

    it("replaceComments, removeNulls, compressWhitespace, removeWhitespace, length, base64Decode", function()
        assert.equals("a b", t.replaceComments("a/*x*/b"))
        assert.equals("a ", t.replaceComments("a/* open"))
        assert.equals("ab", t.removeNulls("a\0b"))
        assert.equals("a b", t.compressWhitespace("a \t\n b"))
        assert.equals("ab", t.removeWhitespace("a \t b"))
        assert.equals("3", t.length("abc"))
        assert.equals("hello", t.base64Decode("aGVsbG8="))
    end)
end)
