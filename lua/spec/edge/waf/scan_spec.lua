local fake_ngx = require "fake_ngx"
local ids = require("waf_matches").ids

-- edge.waf.scan on its own: one value against the real rules, and the accumulation of matches with places
describe("edge.waf.scan", function()
    local scan

    setup(function()
        fake_ngx.install({ dicts = { "edge_metrics" } })
        package.loaded["edge.waf.scan"] = nil
        scan = require "edge.waf.scan"
    end)

    it("finds nothing in an ordinary value, and the same shared empty list each time", function()
        assert.equal(scan.EMPTY, scan.scan_value("Sinéad O'Brien, 12 Union St"))
        assert.equal(scan.EMPTY, scan.scan_value("Sinéad O'Brien, 12 Union St"))
    end)

    it("skips the rules for arguments only in a header, but not in an argument", function()
        local v = "http://203.0.113.9/shell.txt?"
        assert.is_true(#scan.scan_value(v) > 0)
        local in_header = ids(scan.scan_value(v, "header"))
        local in_arg = ids(scan.scan_value(v))
        assert.is_true(#in_header < #in_arg)
    end)

    it("notes each rule once, with every place it matched, and copies places from an earlier list", function()
        local list = scan.scan_value("' UNION SELECT password FROM users--")
        assert.is_true(#list > 0)
        local acc = scan.merge(nil, list, "ARGS", "q")
        acc = scan.merge(acc, list, "REQUEST_COOKIES", "s")
        acc = scan.merge(acc, list, "ARGS", "q")
        assert.equal(#list, #acc)
        assert.same({ n = 2, "ARGS:q", "REQUEST_COOKIES:s" }, acc[acc[1]])
        local copy = scan.merge(nil, acc)
        assert.same(acc[acc[1]], copy[copy[1]])
        assert.are_not.equal(acc[acc[1]], copy[copy[1]])
    end)

    it("sees a payload across a window's edge in a value longer than the window", function()
        local limit = 4096
        local payload = "<script>alert(document.cookie)</script>"
        local v = string.rep("a", limit - 10) .. " " .. payload .. " " .. string.rep("b", limit)
        assert.same({}, ids(scan.merge_value(nil, string.rep("a", limit - 10), limit)))
        assert.is_true(#ids(scan.merge_value(nil, v, limit, nil, "ARGS", "bio")) > 0)
        assert.is_true(#ids(scan.merge_windows(nil, v, limit, #v, nil, "ARGS", "bio")) > 0)
    end)

    it("reads an argument holding a \";\" whole as well as split there; a cookie header only split", function()
        local acc = scan.merge_form(nil, "page=2&q=;alias+s=sh;s", 4096, 64, "ARGS", "ARGS_NAMES")
        assert.is_true(#ids(acc) > 0)
        local found
        for _, r in ipairs(acc) do
            if r.id == 132280 then
                found = acc[r]
            end
        end
        assert.same({ n = 2, "ARGS:q", "ARGS_NAMES:alias s" }, found)   -- (and the ";" piece "alias s=sh" whole)
        assert.same({}, ids(scan.merge_form(nil, "theme=dark; lang=en; consent=yes", 4096, 64, "REQUEST_COOKIES",
            "REQUEST_COOKIES_NAMES")))
        assert.same({}, ids(scan.merge_form(nil, "q=Fits+iPhone+14%2F15;+drop-tested&page=1", 4096, 64, "ARGS",
            "ARGS_NAMES")))
    end)

    it("reads a pair a \";\" cut whole too, name and value, as ModSecurity names the argument", function()
        for _, text in ipairs({ "O'Neil';--", "onerror=alert;throw+1", "';\\u006fnerror=alert;throw 1//" }) do
            assert.is_true(#ids(scan.merge_form(nil, text, 4096, 64, "ARGS", "ARGS_NAMES")) > 0, text)
        end
        for _, text in ipairs({ "name=Ann;Lee&x=1", "sort=name;asc", "style=color:red;font-weight:bold" }) do
            assert.same({}, ids(scan.merge_form(nil, text, 4096, 64, "ARGS", "ARGS_NAMES")), text)
        end
    end)

    it("reads a pair whole where its name is no name, text an \"=\" cut in two", function()
        for _, text in ipairs({ "%27+or+a%3Da--", "' or a=a--", "1' or '1'='1", "x=1&#set($x=7*7)${x}" }) do
            assert.is_true(#ids(scan.merge_form(nil, text, 4096, 64, "ARGS", "ARGS_NAMES")) > 0, text)
        end
        assert.same({}, ids(scan.merge_form(nil, "filter[name]=ann&sort=-created_at&q=a b", 4096, 64, "ARGS",
            "ARGS_NAMES")))
        assert.same({}, ids(scan.merge_form(nil, "theme=dark; session=abc; _ga=GA1.2.3", 4096, 64, "REQUEST_COOKIES",
            "REQUEST_COOKIES_NAMES")))
    end)

    it("reads a base64 JSON document's strings one by one: a cursor or a state token", function()
        -- {"after": "../.env", "limit": 20} and {"id": 123, "after": "2024-01-01"}
        assert.is_true(#ids(scan.scan_value("eyJhZnRlciI6ICIuLi8uZW52IiwgImxpbWl0IjogMjB9")) > 0)
        assert.same({}, ids(scan.scan_value("eyJpZCI6MTIzLCJhZnRlciI6IjIwMjQtMDEtMDEifQ==")))
    end)
end)
