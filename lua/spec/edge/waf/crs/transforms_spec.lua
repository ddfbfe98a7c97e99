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

    it("cmdLine removes shell quoting, the space before a slash, and normalises separators", function()
        assert.equals("cat/etc/passwd", t.cmdLine("c\\a't' \"/etc/pa\"ss^wd"))
        assert.equals("a b", t.cmdLine("a;,b"))
    end)

    it("normalizePath resolves dot segments; normalizePathWin also backslashes", function()
        assert.equals("/etc/passwd", t.normalizePath("/a/../etc/./passwd"))
        assert.equals("/x/y", t.normalizePathWin("\\x\\\\y"))
    end)

    it("utf8toUnicode then urlDecodeUni maps fullwidth characters to ASCII", function()
        assert.equals("%uff1c", t.utf8toUnicode("\239\188\156"))
        assert.equals("<", t.urlDecodeUni(t.utf8toUnicode("\239\188\156")))
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
