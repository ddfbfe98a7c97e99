describe("edge.waf.decode", function()
    local d
    setup(function()
        d = require "edge.waf.decode"
    end)

    it("undoes URL, double URL and %u encodings", function()
        assert.equals("../etc/passwd", d.normalize("%2e%2e%2fetc%2fpasswd"))
        assert.equals("../", d.normalize("%252e%252e%252f"))
        assert.equals("<script>", d.normalize("%u003cscript%u003e"))
    end)

    it("maps overlong UTF-8 to ASCII", function()
        assert.equals("../", d.normalize("%c0%ae%c0%ae%c0%af"))
        assert.equals("..\\", d.normalize("%c0%ae%c0%ae%c1%9c"))
    end)

    it("decodes HTML entities with and without semicolons", function()
        assert.equals("<img src=javascript:alert(1)>", d.normalize("&lt;img src=&#106;avascript&colon;alert&lpar;1&rpar;&gt;"))
        assert.equals("<b>", d.normalize("&#x3c;b&#62;"))
    end)

    it("decodes JS and CSS escapes, fullwidth forms and drops NULs", function()
        assert.equals("alert", d.normalize("\\u0061l\\x65rt"))
        assert.equals("url(", d.normalize("\\0075rl("))
        assert.equals("<script>", d.normalize("\239\188\156script\239\188\158"))
        assert.equals("ab", d.normalize("a%00b"))
        -- JavaScript's octal escapes of markup and quotes; a Windows path's numbered folders stay
        assert.equals("<script>x</script>", d.normalize("\\74script\\76x\\074/script\\076"))
        assert.equals("c:\\2024\\q1\\47th st", d.normalize("C:\\2024\\Q1\\47th St"))
    end)

    it("keeps ordinary text intact apart from case", function()
        assert.equals("siobhán o'neill & co — 23%", d.normalize("Siobhán O'Neill & Co — 23%"))
        assert.equals("日本語のテキスト", d.normalize("日本語のテキスト"))
    end)

    it("leaves values without anything to decode as they are, only lower-cased", function()
        assert.equals("mary o'neil, page 2 (-created_at)", d.normalize("Mary O'Neil, page 2 (-created_at)"))
        assert.equals("a/b/c.json", d.path_view("a/b/c.json"))
        assert.equals("1 or 2", d.sql_view("1 or 2"))
        -- each thing the views rewrite still triggers them
        assert.equals("a/b", d.path_view("a//b"))
        assert.equals("../x", d.path_view("0x2e0x2e/x"))
        assert.equals("1 or 2", d.sql_view("1\tor  2"))
        assert.equals("a b", d.sql_view("a\194\160b"))
        -- the control bytes SQL Server reads as whitespace (sqlmap's space2mssqlblank)
        assert.equals("1 and 7104=7104", d.sql_view("1\1and\0147104=7104"))
    end)

    it("builds a path view that sees through slash look-alikes", function()
        assert.equals("../../etc/issue", d.path_view(d.normalize("..%25u2215..0x2fetc%c1%1cissue")))
        assert.equals("../boot.ini", d.path_view(d.normalize("..\\boot.ini")))
    end)

    it("reads private-use and special code points as separators in the path view, compatibility forms as text",
        function()
            assert.equals("../etc/passwd", d.path_view("..\239\129\156etc\239\191\189passwd"))   -- U+F05C, U+FFFD
            assert.equals("/x", d.path_view("\238\128\128x"))   -- U+E000
            -- halfwidth katakana, a ligature, Arabic presentation forms
            for _, name in ipairs({ "ﾃｽﾄ.txt", "ﬁnal ﬁgures.csv", "ﻣﺮﺣﺒﺎ.pdf" }) do
                assert.equals(name, d.path_view(name))
            end
        end)

    it("keeps tabs and line breaks in the path view, other control bytes act as separators", function()
        assert.equals("prod\nalert root\tcause", d.path_view("prod\nalert root\tcause"))
        assert.equals("../etc/passwd", d.path_view("..\1etc\31passwd"))
    end)

    it("removes SQL comments in the sql view", function()
        assert.equals("un ion select", d.sql_view("un/**/ion/*!50000*/select"))
        -- MySQL's line comments up to the line break; an opener with no break after it stays
        assert.equals("1 insert into t", d.sql_view("1#x\ninsert into t"))
        assert.equals("and sleep(5)", d.sql_view("and--x\nsleep(5)"))
        assert.equals("c# and f#", d.sql_view("c# and f#"))
        assert.equals("a #b", d.sql_view("a\n#b"))
    end)

    it("parses forms", function()
        local pairs_ = d.parse_form("a=1+2&b=%3Cx%3E&flag")
        assert.same({ { "a", "1 2" }, { "b", "<x>" }, { "flag", "" } }, pairs_)
    end)

    it("says when the argument limit left part of a form unread", function()
        local form, more = d.parse_form("a=1&b=2&c=3", 2)
        assert.equals(2, #form)
        assert.is_true(more)
        assert.is_nil(select(2, d.parse_form("a=1&b=2", 2)))
    end)

    it("decodes base64 and quoted-printable transfer encodings", function()
        assert.equals("<script>alert(1)</script>", d.base64_decode("PHNjcmlwdD5hbGVy\r\ndChxKTwvc2NyaXB0Pg=="):gsub("q", "1"))
        assert.equals("hello", d.base64_decode("aGVsbG8="))
        assert.equals("a=b c", d.qp_decode("a=3Db =\r\nc"))
    end)
end)
