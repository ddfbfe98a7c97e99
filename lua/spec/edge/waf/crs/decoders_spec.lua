describe("edge.waf.crs.decoders (vectors from the SecLang reference)", function()
    local t = require "edge.waf.crs.decoders"

    it("urlDecode decodes %HH and '+' but keeps %uHHHH and invalid escapes", function()
        assert.equals("a b<c%u003E", t.urlDecode("a+b%3cc%u003E"))
        assert.equals("100%", t.urlDecode("100%"))
        assert.equals("%zz%4", t.urlDecode("%zz%4"))
        assert.equals("plain", t.urlDecode("plain"))
    end)

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

    it("base64Decode decodes base64 and base64url digits up to the first other character", function()
        assert.equals("hello", t.base64Decode("aGVsbG8="))
        assert.equals("\251", t.base64Decode("-_"))   -- base64url digits
        assert.equals("hel", t.base64Decode("aGVs!bG8="))   -- stops at a character outside the alphabet
    end)
end)
