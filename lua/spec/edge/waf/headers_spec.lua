local inspect_setup = require "inspect_setup"
local matches = require "waf_matches"
local ids, has, OPTS = matches.ids, matches.has, matches.OPTS

-- edge.waf.headers through the inspection core, with the real rules (PCRE2, as in nginx)
describe("edge.waf.headers", function()
    local waf

    setup(function()
        waf = inspect_setup()
    end)

    local function inspect(headers)
        headers.host = "localhost"
        return waf.inspect("/x", headers, nil, nil, OPTS)
    end

    it("reads a list or parameterised header item by item, a quoted string whole", function()
        local m = inspect({ ["accept-language"] = "en-US,en;q=0.9,http://0x7f000001/admin" })
        assert.is_true(has(m, 131200))
        for _, r in ipairs(m) do
            assert.same({ n = 1, "REQUEST_HEADERS:accept-language" }, m[r])
        end
        assert.is_true(has(inspect({ forwarded = 'for=198.51.100.17;host="; cat /etc/passwd";proto=https' }), 132105))
        assert.is_true(has(inspect({ ["x-forwarded-for"] = "203.0.113.9, http://[::1]:8080/" }), 131200))
    end)

    it("refuses a forwarding header or an Accept-Language outside its grammar, naming the header", function()
        for name, v in pairs({ ["x-forwarded-for"] = "'", forwarded = "for=203.0.113.9;by=--",
            ["x-forwarded-host"] = "ps aux", ["accept-language"] = "en, cmd/PHP" }) do
            local m = inspect({ [name] = v })
            assert.is_true(has(m, 120490), name)
            for _, r in ipairs(m) do
                if r.id == 120490 then
                    assert.same({ n = 1, "REQUEST_HEADERS:" .. name }, m[r])
                end
            end
        end
    end)

    it("reads a header's JSON document by its string values, not its keys", function()
        assert.same({}, ids(inspect({ ["x-client-user-agent"] =
            '{"bindings_version":"78.1.0","lang":"go","publisher":"stripe","uname":"linux amd64"}' })))
        assert.is_true(has(inspect({ ["x-client-meta"] = '{"lang":"x","note":"\' union select password from users--"}' }),
            142140))
    end)

    it("reads a quoted cookie's backslash escapes as Python's cookie parser does", function()
        local m = inspect({ cookie = 'theme=dark; pref="1\\073\\040DROP\\040TABLE\\040users--"' })
        assert.is_true(has(m, 142170))
        assert.same({}, ids(inspect({ cookie = 'theme=dark; note="caf\\303\\251 \\"ok\\""' })))
    end)

    it("reads a cookie's value holding an \"&\" or a \"+\" whole, \"+\" kept: a cookie ends at \";\" alone", function()
        local m = inspect({ cookie = "session=8f2c1e0b9a; data=&{\"sys\".\"tem\"}('id')" })
        assert.is_true(has(m, 132210))
        for _, r in ipairs(m) do
            assert.same({ n = 1, "REQUEST_COOKIES:data" }, m[r])
        end
        assert.is_true(has(inspect({ cookie = "expr=/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')" }), 135120))
        assert.same({}, ids(inspect({ cookie = "_ga=GA1.2.3+4; q=red+shoes+size+9" })))
        assert.same({}, ids(inspect({ cookie = "OptanonConsent=isGpcEnabled=0&datestamp=Thu+Dec+05+2024&groups=C0001%3A1%2CC0002%3A0; prefs=a=1&b=2" })))
    end)

    it("leaves browsers', proxies' and tracers' list headers alone", function()
        assert.same({}, ids(inspect({
            ["sec-ch-ua"] = '"Chromium";v="128", "Not;A=Brand";v="24", "Google Chrome";v="128"',
            accept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8",
            ["accept-language"] = "de-CH,de;q=0.9,en;q=0.8",
            forwarded = 'for="[2001:db8:cafe::17]:4711";proto=https;by=203.0.113.43',
            ["x-forwarded-for"] = "203.0.113.9, 10.0.0.1, 2001:db8::1",
            ["cache-control"] = "no-cache, max-age=0",
            tracestate = "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7",
            link = '<https://example.com/a>; rel="preload"; as="style"',
            ["x-forwarded-client-cert"] = 'By=spiffe://cluster.local/ns/edge/sa/gw;Hash=bb58;Subject="";'
                .. "URI=spiffe://cluster.local/ns/web/sa/frontend",
        })))
    end)

    it("judges a Referer's query argument by argument, as the page before received it", function()
        local m = inspect({ referer = "https://app.example.com/search?q=%27))%20union&page=2" })
        assert.is_true(has(m, 142360))
        assert.same({ n = 1, "REQUEST_HEADERS:referer" }, m[m[1]])
        assert.is_true(has(inspect({ referer = "https://app.example.com/search?page=1&q=1%20and%20false#top" }),
            142250))
        assert.same({}, ids(inspect({
            referer = "https://www.google.com/search?q=jeeves+slack+bot+%22lookup+user%22&oq=jeeves&ie=UTF-8" })))
        assert.same({}, ids(inspect({
            referer = "https://app.example.com/admin/users?page=2&sort=name&utm_source=newsletter&utm_medium=email" })))
        -- a value holding ";" also whole, as an application splitting at "&" alone reads it
        local semi = inspect({ referer = "https://app.example.com/?q=;alias+s=sh;s&page=2" })
        assert.is_true(has(semi, 132280))
        for _, r in ipairs(semi) do
            assert.same({ n = 1, "REQUEST_HEADERS:referer" }, semi[r])
        end
        -- a fragment no browser sends there: read with the argument before it
        assert.is_true(has(inspect({ referer = "https://app.example.com/search?page=2#%0adrop%20table%20t--" }),
            142230))
        assert.same({}, ids(inspect({ referer = "https://app.example.com/search?q=C%23+and+F%23#results" })))
    end)

    it("judges the text appended to a browser's User-Agent as a value", function()
        local chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            .. "Chrome/124.0.0.0 Safari/537.36"
        local m = inspect({ ["user-agent"] = chrome .. " ini_get_all" })
        assert.is_true(has(m, 133150))
        assert.same({ n = 1, "REQUEST_HEADERS:user-agent" }, m[m[1]])
        assert.is_true(has(inspect({ ["user-agent"] = chrome .. " 9223372036854775808" }), 142350))
        for _, ua in ipairs({ chrome, "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                .. "Chrome/124.0.0.0 Mobile Safari/537.36", "Slackbot 1.0 (+https://api.slack.com/robots)",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Microsoft Power BI",
                "Blackbox Exporter/0.24.0", "python-requests/2.32.3" }) do
            assert.same({}, ids(inspect({ ["user-agent"] = ua })), ua)
        end
        -- word by word: a header of one long word or of spaces is read in one pass
        local headers = require "edge.waf.headers"
        assert.equals("", headers.ua_extra("a/1 " .. string.rep("b", 8000) .. "/2"))
        assert.equals("x y", headers.ua_extra("a/1 x" .. string.rep(" ", 8000) .. "y"))
    end)

    it("judges Accept-Charset by its charsets", function()
        assert.same({}, ids(inspect({ ["accept-charset"] = "UTF-8, iso-8859-1;q=0.5, *;q=0.1" })))
        assert.is_true(has(inspect({ ["accept-charset"] = "utf-7" }), 120450))
        assert.is_true(has(inspect({ ["accept-charset"] = "utf-8, IBM037;q=0.9" }), 120450))
    end)

    it("judges the file name a raw upload names in X-Filename as a multipart part's", function()
        assert.is_true(has(inspect({ ["x-filename"] = "avatar.phtml" }), 132260))
        assert.is_true(has(inspect({ ["x-file-name"] = "../../www/x.png" }), 130170))
        assert.same({}, ids(inspect({ ["x-filename"] = "O'Brien holiday photo.jpg", ["x-file-name"] = "report.pdf" })))
    end)
end)
