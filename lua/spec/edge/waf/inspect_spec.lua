local inspect_setup = require "inspect_setup"
local matches = require "waf_matches"
local ids, has, score, OPTS = matches.ids, matches.has, matches.score, matches.OPTS
local mp = require "multipart_body"
local body_of, field = mp.body_of, mp.field

-- whole inspection with the real rules: PCRE2, as in nginx
describe("edge.waf.inspect on multipart bodies", function()
    local waf
    local B = "----WebKitFormBoundaryQ1w2E3r4T5y6U7i8"
    local CT = "multipart/form-data; boundary=" .. B

    local function inspect(body, ct)
        return waf.inspect("/upload", { host = "localhost", ["content-type"] = ct or CT }, body, ct or CT, OPTS)
    end

    setup(function()
        waf = inspect_setup()
    end)

    it("lets an ordinary form with quotes, apostrophes, non-Latin text, code and a text file through", function()
        local body = body_of(B, {
            field("display_name", "Sinéad O'Brien"),
            field("company", "O'Reilly & Sons — \"the best\" since 1980"),
            field("bio", "日本語のテキスト, Ελληνικά, русский текст; I build things with <3. Loves SQL, hates NULLs."),
            field("snippet", "for (let i = 0; i < items.length; i++) { total += items[i].price; }\nprint('done')"),
            field("notes", "Name change: O'Neil -> O'Neill; ping me at 10:30 :) -- thanks!"),
            { 'Content-Disposition: form-data; name="attachment"; filename="meeting notes (v2).txt"',
                "Content-Type: text/plain",
                "Agenda:\r\n1. Review Q3 numbers - Mary's team\r\n2. Select a venue from the shortlist\r\n"
                    .. "3. Update the \"union\" contract\r\n" },
            { 'Content-Disposition: form-data; name="photo"; filename="IMG_0042.jpg"', "Content-Type: image/jpeg",
                "\255\216\255\224\0\16JFIF\0\1\1\0\0\1\0\1\0\0<script>" },
        })
        local matched = inspect(body)
        assert.same({}, ids(matched))
    end)

    it("reads an uploaded SVG as the document it is: its root element is no injection, what it holds is", function()
        local function svg(doc, filename, ctype)
            return inspect(body_of(B, { { 'Content-Disposition: form-data; name="avatar"; filename="' .. filename .. '"',
                "Content-Type: " .. ctype, doc } }))
        end
        local plain = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" '
            .. 'viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'
        assert.same({}, ids(svg(plain, "logo.svg", "image/svg+xml")))
        assert.same({}, ids(svg('<svg xmlns="http://www.w3.org/2000/svg"/>', "logo.SVG", "application/octet-stream")))
        assert.is_true(has(svg('<svg onload="alert(1)"/>', "a.svg", "image/svg+xml"), 141120))
        assert.is_true(has(svg('<svg><script>alert(1)</script></svg>', "a.svg", "image/svg+xml"), 141100))
        -- another file's "<svg" is still markup in a value
        assert.is_true(has(svg('<svg/>', "notes.txt", "text/plain"), 141100))
    end)

    it("reads an uploaded CSV cell by cell: a name that is a command's is a name", function()
        local function csv(doc, filename, ctype)
            return inspect(body_of(B, { { 'Content-Disposition: form-data; name="file"; filename="' .. filename .. '"',
                "Content-Type: " .. ctype, doc } }))
        end
        local people = 'name,email,note\r\nRuby Chen,ruby.chen@example.com,"likes ""SQL"", hates NULLs"\r\n'
            .. "Perl Jam;perl@example.com;-\r\nNice Ly,nice@example.com,ok\r\n"
        assert.same({}, ids(csv(people, "contacts.csv", "text/csv")))
        assert.same({}, ids(csv(people, "contacts.CSV", "application/vnd.ms-excel")))
        assert.is_true(has(csv('name,note\nAnn,"1\' union select password from users--"\n', "a.csv", "text/csv"), 142140))
        assert.is_true(has(csv("a,b\n=cmd|' /C calc'!A0,x\n", "a.csv", "text/csv"), 132310))
        -- read as one value when it is not a CSV
        assert.is_true(next(ids(csv(people, "contacts.txt", "text/plain"))) ~= nil)
    end)

    it("a quoted boundary in the Content-Type is not SQL", function()
        local b = "--=_Part_0_12345.67890"
        local ct = 'multipart/form-data; boundary="' .. b .. '"'
        assert.same({}, ids(inspect(body_of(b, { field("q", "hello") }), ct)))
    end)

    it("inspects field values, field names and file names after decoding", function()
        assert.truthy(score(inspect(body_of(B, { field("q", "1' or '1'='1") }))) >= 5)
        assert.truthy(score(inspect(body_of(B, { field("q", "%3Cscript%3Ealert(1)%3C/script%3E") }))) >= 5)
        assert.truthy(score(inspect(body_of(B, { field("<svg onload=alert(1)>", "x") }))) >= 5)
        local f = { 'Content-Disposition: form-data; name="f"; filename="<img src=x onerror=alert(1)>.png"',
            "Content-Type: image/png", "\137PNG\0" }
        assert.truthy(score(inspect(body_of(B, { f }))) >= 5)
    end)

    it("reads the raw header of a file name with text after its closing quote", function()
        local function upload(cd)
            return inspect(body_of(B, { field("csrf_token", "t0k3n"), { cd, "Content-Type: image/gif", "GIF89a" } }))
        end
        assert.is_true(#ids(upload('Content-Disposition: form-data; name="avatar"; filename=""-confirm(1)-""')) > 0)
        assert.is_true(#ids(upload('Content-Disposition: form-data; name="avatar"; filename="x" style=a '
            .. 'onanimationstart=alert(1) x=""')) > 0)
        assert.same({}, ids(upload('Content-Disposition: form-data; name="file"; filename="Uma "Sunny" Patel CV.pdf"')))
    end)

    it("flags a traversal or absolute file name with its own rule", function()
        for _, name in ipairs({ "../../../etc/cron.d/x", "..\\..\\web.config", "/var/www/shell.php", "C:\\x\\y.txt" }) do
            local f = { 'Content-Disposition: form-data; name="f"; filename="' .. name .. '"',
                "Content-Type: application/octet-stream", "\0\1\2" }
            local got = ids(inspect(body_of(B, { f })))
            assert.truthy(table.concat(got, ","):find("130170", 1, true), name)
        end
    end)

    it("flags an upload a web server would run or read as its configuration, not a document or an image", function()
        local function upload(name)
            return ids(inspect(body_of(B, { { 'Content-Disposition: form-data; name="f"; filename="' .. name .. '"',
                "Content-Type: application/octet-stream", "\0\1\2" } })))
        end
        for _, name in ipairs({ "cmd.jsp", "shell.ASPX", "x.asp;.jpg", "page.shtml", "web.config", ".htaccess",
            "a.php5", "run.cgi", "setup.exe", "x.sh" }) do
            assert.truthy(table.concat(upload(name), ","):find("132260", 1, true), name)
        end
        for _, name in ipairs({ "report.pdf", "photo.jpg", "notes.txt", "data.json", "aspx-guide.pdf", "php.png" }) do
            assert.is_nil(table.concat(upload(name), ","):find("132260", 1, true), name)
        end
    end)

    it("inspects text-like file contents (also a script disguised as an image), not binary ones", function()
        local php = { 'Content-Disposition: form-data; name="f"; filename="avatar.gif"', "Content-Type: image/gif",
            "GIF89a<?php system($_GET['c']); ?>" }
        assert.truthy(score(inspect(body_of(B, { php }))) >= 5)
        local long = { 'Content-Disposition: form-data; name="f"; filename="a.txt"', "Content-Type: text/plain",
            ("lorem ipsum "):rep(3000) .. "<script>alert(document.cookie)</script>" }
        assert.truthy(score(inspect(body_of(B, { long }))) >= 5)
        local bin = { 'Content-Disposition: form-data; name="f"; filename="a.bin"', "Content-Type: application/octet-stream",
            "\0\0<script>alert(1)</script>" }
        assert.same({}, ids(inspect(body_of(B, { bin }))))
    end)

    it("decodes base64 parts and JSON parts before the rules", function()
        local b64 = { 'Content-Disposition: form-data; name="q"', "Content-Transfer-Encoding: base64",
            "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" }
        assert.truthy(score(inspect(body_of(B, { b64 }))) >= 5)
        local json = { 'Content-Disposition: form-data; name="meta"', "Content-Type: application/json",
            '{"name":"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}' }
        assert.truthy(score(inspect(body_of(B, { json }))) >= 5)
    end)

    it("treats a malformed body as a blocking protocol violation, never an error", function()
        local bad = {
            { body_of(B, { field("a", "1") }), "multipart/form-data" },
            { body_of(B, { field("a", "1") }), "multipart/form-data; boundary=" .. ("x"):rep(71) },
            { "--" .. B .. "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end", CT },
            { body_of(B, { { "Content-Type: text/plain", "x" } }), CT },
            { "just some text", CT },
        }
        for i, c in ipairs(bad) do
            local ok, matched = pcall(inspect, c[1], c[2])
            assert.is_true(ok, "case " .. i)
            assert.same({ 120120 }, ids(matched), "case " .. i)
            assert.truthy(score(matched) >= 5, "case " .. i)
        end
        -- the raw text is still scanned when the parse fails
        local got = ids(inspect("--x\r\n<script>alert(1)</script>", CT))
        assert.truthy(#got >= 2)
    end)

    it("reads an uploaded JSON file by its strings, as a JSON body: its quotes and operators are syntax", function()
        local doc = '{"filters":[{"field":"status","op":"=","value":"open"},'
            .. '{"field":"owner","op":"!=","value":"me"}]}'
        local function upload(content, ctype)
            return body_of(B, { { 'Content-Disposition: form-data; name="file"; filename="filters.json"',
                "Content-Type: " .. ctype, content } })
        end
        assert.same({}, ids(inspect(upload(doc, "application/json"))))
        assert.is_true(#ids(inspect(upload(doc, "text/plain"))) > 0)   -- the same bytes as text
        local attack = '{"filters": [{"field": "status", "value": "1\' UNION SELECT password FROM users--"}]}'
        assert.is_true(has(inspect(upload(attack, "application/json")), 142130))
        -- not JSON after all: the text as it is
        assert.is_true(#ids(inspect(upload("<script>alert(1)</script>", "application/json"))) >= 2)
    end)

    it("does not take a multipart-looking parameter of another type for multipart", function()
        local ct = "application/json; x=multipart/form-data"
        assert.same({}, ids(inspect('{"a": "b"}', ct)))
    end)
end)

describe("edge.waf.inspect on XML bodies", function()
    local waf

    setup(function()
        waf = inspect_setup()
    end)

    local function inspect(body, ct)
        ct = ct or "application/xml"
        return waf.inspect("/api/feeds", { host = "localhost", ["content-type"] = ct }, body, ct, OPTS)
    end

    it("reads each element's text, CDATA section and attribute value as a value of its own", function()
        local feed = '<?xml version="1.0"?><feed><url>http://127.0.0.1:6379/</url></feed>'
        local matched = inspect(feed)
        assert.is_true(has(matched, 131200))
        for _, r in ipairs(matched) do
            if r.id == 131200 then
                assert.same({ n = 1, "XML:/*" }, matched[r])
            end
        end
        assert.is_true(has(inspect('<a href="http://10.0.0.1/admin" rel="x"/>', "text/xml"), 131200))
        assert.is_true(has(inspect("<q><![CDATA[http://[::1]:8080/]]></q>"), 131200))
        assert.same({}, ids(inspect('<order id="1001"><item sku="A-7">Blue mug, 2 pcs</item>'
            .. '<note>Ship by Friday &amp; gift-wrap</note><link>https://example.com/o/1001</link></order>')))
    end)
end)

describe("edge.waf.inspect on a value passed in the path", function()
    local waf

    setup(function()
        waf = inspect_setup()
    end)

    it("scans a segment holding an encoded slash on its own, where anchored rules see it", function()
        for _, seg in ipairs({ "http%3A%2F%2F127.0.0.1%3A8080%2Fadmin", "dict%3A%2F%2F127.0.0.1%3A11211%2Fstats" }) do
            assert.is_true(has(waf.inspect("/api/include/" .. seg, { host = "localhost" }, nil, nil, OPTS), 131200), seg)
        end
        for _, path in ipairs({ "/api/users/42", "/api/files/reports%2F2024%2Fq3.pdf", "/me/%C3%A9t%C3%A9" }) do
            assert.same({}, ids(waf.inspect(path, { host = "localhost" }, nil, nil, OPTS)), path)
        end
    end)

    it("scans a segment that is more than a name on its own: a fragment ending the value is seen", function()
        for seg, id in pairs({ ["1%20union"] = 142360, ["x%20like%20x"] = 142360, ["%27%29%29%20alter"] = 142360 }) do
            assert.is_true(has(waf.inspect("/api/users/" .. seg, { host = "localhost" }, nil, nil, OPTS), id), seg)
        end
        for _, path in ipairs({ "/api/users/ann%40example.com", "/api/users/O%27Brien", "/me/caf%C3%A9%20(2)",
                "/auth/slack/link/Zx9_k-Qa7bL2", "/api/users/Union%20Street%2012" }) do
            assert.same({}, ids(waf.inspect(path, { host = "localhost" }, nil, nil, OPTS)), path)
        end
    end)

    it("scans each matrix parameter's value of a segment on its own", function()
        local path = "/api/users;filter=SELECT%20OVERLAY(password%20PLACING%20'x'%20FROM%201)%20FROM%20users"
        assert.is_true(#ids(waf.inspect(path, { host = "localhost" }, nil, nil, OPTS)) > 0)
        for _, ok in ipairs({ "/api/users;v=2", "/me/photos;v=2;size=large", "/api/users/42;format=json" }) do
            assert.same({}, ids(waf.inspect(ok, { host = "localhost" }, nil, nil, OPTS)), ok)
        end
    end)

    it("reads a slash command's text from its argument on, and a form field's JSON string by string", function()
        local FORM = "application/x-www-form-urlencoded"
        local function form(body)
            return waf.inspect("/slack/commands", { host = "localhost" }, body, FORM, OPTS)
        end
        local function escape(v)
            return (v:gsub("[^%w._~-]", function(c) return string.format("%%%02X", c:byte()) end))
        end
        local m = form("token=t&command=%2Fjeeves&text=ticket+title%3A+%27%29%29+union&user_id=U1")
        assert.is_true(has(m, 142360))
        assert.same({ n = 1, "ARGS:text" }, m[m[1]])
        local click = "payload=" .. escape('{"type":"block_actions","actions":[{"value":"\')) union"}]}')
        m = form(click)
        assert.is_true(has(m, 142360))
        assert.same({ n = 1, "ARGS:payload" }, m[m[1]])
        assert.same({}, ids(form("token=t&command=%2Fjeeves&text=lookup+user+O%27Brien&user_id=U1")))
        -- a form-typed body without one "=" is no browser's: it is read whole, as the script behind reads it
        assert.is_true(has(form('& wmic process call create "calc.exe"'), 132100))
        assert.same({}, ids(form("hello+world%2C+see+you+at+5")))
        assert.same({}, ids(form("payload=" .. escape('{"type":"block_actions","actions":[{"value":"approve"}]}'))))
        -- a field's JSON is seen whole as well: a walk cut short at the limits leaves nothing uninspected
        local many = {}
        for i = 1, 1100 do
            many[i] = '"item ' .. i .. '"'
        end
        assert.same({}, ids(form("payload=" .. escape("[" .. table.concat(many, ",") .. "]"))))
    end)
end)

describe("edge.waf.inspect on JSON with a duplicate key", function()
    it("reads the value a first-wins back end keeps, not only the last one", function()
        local waf = inspect_setup()
        local function json(body)
            return waf.inspect("/api/users", { host = "localhost", ["content-type"] = "application/json" }, body,
                "application/json", OPTS)
        end
        assert.is_true(has(json('{"name":"\' UNION SELECT password FROM users--","name":"Ann"}'), 142140))
        assert.same({}, ids(json('{"name":"Ann","name":"Ann Lee","bio":"tea & \\"chess\\""}')))
    end)

    it("reads a document that is one string as a value, its escapes undone", function()
        local waf = inspect_setup()
        local function json(body)
            return waf.inspect("/api/users", { host = "localhost", ["content-type"] = "application/json" }, body,
                "application/json", OPTS)
        end
        assert.is_true(has(json('"x\\n.shell id"'), 132280))
        assert.is_true(has(json('"\\u0027 union select password from users--"'), 142140))
        assert.same({}, ids(json('"Ann O\'Brien \\u2014 see you at 10:30"')))
    end)
end)

describe("edge.waf.inspect at its inspection limits", function()
    local waf
    local SQLI = "1' UNION SELECT password FROM users--"
    local JSON = "application/json"
    local FORM = "application/x-www-form-urlencoded"

    local function nested(depth, leaf)
        local text = '"' .. leaf .. '"'
        for _ = 1, depth do
            text = '{"a":' .. text .. "}"
        end
        return text
    end

    local function strings(n)
        local out = {}
        for i = 1, n do
            out[i] = '"v' .. i .. '"'
        end
        return "[" .. table.concat(out, ",") .. "]"
    end

    local function args(n)
        local out = {}
        for i = 1, n do
            out[i] = "a" .. i .. "=x"
        end
        return table.concat(out, "&")
    end

    -- gateway/policies/waf.py's defaults, with a test's own limits over them
    local function with(over)
        local opts = { max_value_length = 16384, max_body_inspect = 262144, max_multipart_parts = 256,
            max_header_length = 8192, max_args = 512, max_json_depth = 32, max_json_elements = 1024 }
        for k, v in pairs(over or {}) do
            opts[k] = v
        end
        return opts
    end

    local function inspect(body, ct, opts, truncated)
        return waf.inspect("/api/x", { host = "localhost", ["content-type"] = ct }, body, ct, with(opts), truncated)
    end

    setup(function()
        waf = inspect_setup()
    end)

    it("flags a form body with one argument more than max_args, not one at it", function()
        local L = waf.LIMIT.args.id
        assert.is_false(has(inspect(args(8), FORM, { max_args = 8 }), L))
        assert.is_true(has(inspect(args(9), FORM, { max_args = 8 }), L))
    end)

    it("flags a query string with more arguments than max_args", function()
        local matched = waf.inspect("/api/x?" .. args(9), { host = "localhost" }, nil, nil, with({ max_args = 8 }))
        assert.is_true(has(matched, waf.LIMIT.args.id))
    end)

    it("flags JSON nested one level deeper than max_json_depth", function()
        local L = waf.LIMIT.json_depth.id
        assert.is_false(has(inspect(nested(4, "x"), JSON, { max_json_depth = 4 }), L))
        assert.is_true(has(inspect(nested(5, "x"), JSON, { max_json_depth = 4 }), L))
    end)

    it("flags JSON nested past the decoder's own limit, and still reads its text", function()
        local L = waf.LIMIT.json_depth.id
        local deep = string.rep('{"a":', 4000) .. '"x"' .. string.rep("}", 4000)
        assert.is_true(has(inspect(deep, JSON), L))
        local attack = string.rep("[", 1500) .. '"<script>alert(1)</script>"' .. string.rep("]", 1500)
        assert.is_true(has(inspect(attack, JSON), 141100))
    end)

    it("reads a key path sent as an array of keys as the dotted path it reaches", function()
        assert.is_true(has(inspect('{"path":["constructor","prototype","isAdmin"],"value":true}', JSON), 135110))
        assert.is_true(has(inspect('[["Constructor", "Prototype"], 1]', JSON), 135110))
        assert.same({}, ids(inspect('{"path":["constructor","name"],"tags":["prototype"]}', JSON)))
    end)

    it("flags JSON with one string more than max_json_elements", function()
        local L = waf.LIMIT.json_elements.id
        assert.is_false(has(inspect(strings(10), JSON, { max_json_elements = 10 }), L))
        assert.is_true(has(inspect(strings(11), JSON, { max_json_elements = 10 }), L))
    end)

    it("inspects a value past max_value_length instead of cutting it", function()
        local value = string.rep("a", 70) .. " " .. SQLI
        local matched = inspect("q=" .. value:gsub(" ", "+"), FORM, { max_value_length = 64 })
        assert.is_true(has(matched, 142130))
    end)

    it("flags a body cut at max_body_inspect", function()
        assert.is_true(has(inspect("hello", "text/plain", {}, true), waf.LIMIT.body.id))
        assert.is_false(has(inspect("hello", "text/plain", {}, false), waf.LIMIT.body.id))
    end)

    it("keeps the header findings of a request whose URI is too long to cache", function()
        local uri = "/api/x?q=" .. string.rep("b", 3000)
        local matched = waf.inspect(uri, { host = "localhost", referer = "https://x/?q=" .. SQLI:gsub(" ", "%%20") },
            nil, nil, with())
        assert.is_true(has(matched, 142130))
    end)

    it("flags a control character in a raw header value or Cookie header, never a tab or one in the query", function()
        local ctl = waf.PROTOCOL.header_ctl.id
        assert.is_true(has(waf.inspect("/x", { host = "localhost", ["x-note"] = "a\1b" }, nil, nil, with()), ctl))
        assert.is_true(has(waf.inspect("/x", { host = "localhost", ["user-agent"] = "curl\127" }, nil, nil, with()), ctl))
        assert.is_true(has(waf.inspect("/x", { host = "localhost", cookie = "a=1;\27b=2" }, nil, nil, with()), ctl))
        assert.is_false(has(waf.inspect("/x", { host = "localhost", ["x-note"] = "a\tb" }, nil, nil, with()), ctl))
        -- %01 in a cookie or the query is the application's to decode, not a broken header
        assert.is_false(has(waf.inspect("/x?q=a%01", { host = "localhost", cookie = "a=%01" }, nil, nil, with()), ctl))
    end)
end)

describe("edge.waf.inspect when a rule reaches the regex match limit", function()
    it("refuses the value with finding 200170, once, instead of reading it as clean", function()
        local waf = inspect_setup()
        -- a limit low enough for a long value to reach (PCRE2's JIT counts the backtracking into a
        -- repeated group: 130160's (?:segment/)* on a path of a thousand segments with no file at its end)
        waf.compile(1000)
        local limited = waf.inspect("/api/x?q=see+/" .. string.rep("a/", 1000), { host = "localhost" }, nil, nil,
            OPTS)
        assert.same({ waf.LIMIT.regex.id }, ids(limited))
        assert.same({}, ids(waf.inspect("/api/x?q=see+/a/b", { host = "localhost" }, nil, nil, OPTS)))
    end)
end)

describe("edge.waf.rules on long runs of one character", function()
    -- PCRE2's default match limit (10,000,000), as nginx's is 100,000: a pattern that backtracks in
    -- proportion to a value's length squared or worse (three whitespace runs in a row in 142220 did)
    -- reaches it
    it("reach no rule's match limit on a window of spaces, line breaks, tabs or words", function()
        local scan = inspect_setup().scan_value
        for _, unit in ipairs({ " ", "\n", "\t", "a ", "\n ", "{{ (" }) do
            local value = string.rep(unit, math.floor(16384 / #unit))
            for _, r in ipairs(scan(value)) do
                assert.are_not.equal(200170, r.id, "match limit on a run of " .. string.format("%q", unit))
            end
        end
    end)
end)

describe("edge.waf.inspect under the request's time budget (edge.waf.budget)", function()
    local budget = require "edge.waf.budget"
    after_each(function() budget.disarm() end)

    it("stops matching once the budget is spent, and keeps nothing it read meanwhile", function()
        local waf = inspect_setup()
        local attack = "1' union select password from users -- " .. string.rep("padding ", 40)
        budget.arm(-1)   -- already past its deadline: the first long match spends it
        assert.same({}, ids(waf.scan_value(attack)))
        assert.same({}, ids(waf.inspect("/api/x?q=" .. attack:gsub(" ", "+"), { host = "localhost" }, nil, nil, OPTS)))
        assert.is_true(budget.disarm())
        -- the same value and URI, read afresh: nothing partial was memoised
        assert.is_true(has(waf.scan_value(attack), 142130))
        assert.is_true(has(waf.inspect("/api/x?q=" .. attack:gsub(" ", "+"), { host = "localhost" }, nil, nil, OPTS),
            142130))
    end)
end)
