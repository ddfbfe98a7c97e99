package.path = "lua/?.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"

describe("waf_decode", function()
    local d
    setup(function()
        d = require "waf_decode"
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
    end)

    it("builds a path view that sees through slash look-alikes", function()
        assert.equals("../../etc/issue", d.path_view(d.normalize("..%25u2215..0x2fetc%c1%1cissue")))
        assert.equals("../boot.ini", d.path_view(d.normalize("..\\boot.ini")))
    end)

    it("keeps tabs and line breaks in the path view, other control bytes act as separators", function()
        assert.equals("prod\nalert root\tcause", d.path_view("prod\nalert root\tcause"))
        assert.equals("../etc/passwd", d.path_view("..\1etc\31passwd"))
    end)

    it("removes SQL comments in the sql view", function()
        assert.equals("un ion select", d.sql_view("un/**/ion/*!50000*/select"))
    end)

    it("parses forms and walks JSON strings", function()
        local pairs_ = d.parse_form("a=1+2&b=%3Cx%3E&flag")
        assert.same({ { "a", "1 2" }, { "b", "<x>" }, { "flag", "" } }, pairs_)
        local strings = d.json_strings({ name = "x", tags = { "y", { z = "w" } } })
        table.sort(strings)
        assert.same({ "name", "tags", "w", "x", "y", "z" }, strings)
    end)
end)

describe("waf_rules", function()
    it("are data with unique ids, known categories and scores", function()
        local rules = require "waf_rules"
        local seen, cats = {}, { sqli = 1, xss = 1, traversal = 1, lfi = 1, rce = 1, ssti = 1, scanner = 1 }
        assert.is_true(#rules >= 30)
        for _, r in ipairs(rules) do
            assert.is_nil(seen[r.id], "duplicate id " .. r.id)
            seen[r.id] = true
            assert.truthy(cats[r.category], r.id)
            assert.truthy(r.score == 3 or r.score == 5, r.id)
            assert.is_string(r.pattern)
            assert.truthy(r.view == "n" or r.view == "sql" or r.view == "path", r.id)
        end
    end)
end)

describe("waf CIDR lists", function()
    local waf
    setup(function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.re = { find = function() return nil end }
        ngx.req = {}
        package.loaded.errors = { reject = function() end }
        waf = require "waf"
    end)

    it("matches IPv4 and IPv6 prefixes", function()
        local list = { waf.parse_cidr("10.0.0.0/8"), waf.parse_cidr("192.168.1.7"), waf.parse_cidr("2001:db8::/32") }
        assert.is_true(waf.cidr_match(list, "10.200.3.4"))
        assert.is_true(waf.cidr_match(list, "192.168.1.7"))
        assert.is_false(waf.cidr_match(list, "192.168.1.8"))
        assert.is_true(waf.cidr_match(list, "2001:db8:0:1::5"))
        assert.is_false(waf.cidr_match(list, "2001:db9::1"))
        assert.is_false(waf.cidr_match(list, "not-an-ip"))
    end)

    it("handles odd prefix lengths and rejects invalid ones", function()
        local list = { waf.parse_cidr("172.16.0.0/12") }
        assert.is_true(waf.cidr_match(list, "172.31.255.255"))
        assert.is_false(waf.cidr_match(list, "172.32.0.1"))
        assert.is_nil(waf.parse_cidr("10.0.0.0/33"))
        assert.is_nil(waf.parse_cidr("300.1.1.1"))
        assert.is_true(waf.cidr_match({ waf.parse_cidr("::1") }, "::1"))
    end)
end)
