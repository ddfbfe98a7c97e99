package.path = "lua/?.lua;lua/spec/support/?.lua;" .. package.path
local fake_ngx = require "fake_ngx"
local ffi = require "ffi"

local CRLF = "\r\n"

-- a multipart body from {headers..., value} parts: each part is {"Header: v", ..., value}
local function body_of(boundary, parts, opts)
    opts = opts or {}
    local out = { opts.preamble or "" }
    for _, p in ipairs(parts) do
        out[#out + 1] = "--" .. boundary .. CRLF
        for i = 1, #p - 1 do
            out[#out + 1] = p[i] .. CRLF
        end
        out[#out + 1] = CRLF .. p[#p] .. CRLF
    end
    out[#out + 1] = "--" .. boundary .. "--" .. (opts.epilogue or CRLF)
    return table.concat(out)
end

local function field(name, value)
    return { 'Content-Disposition: form-data; name="' .. name .. '"', value }
end

describe("waf_decode multipart boundary", function()
    local d
    setup(function()
        d = require "waf_decode"
    end)

    it("reads plain and quoted boundaries, any parameter case and order", function()
        assert.equals("----WebKitFormBoundary7MA4YWxkTrZu0gW",
            d.multipart_boundary("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"))
        assert.equals("a b:c", d.multipart_boundary('multipart/form-data; charset=utf-8; BOUNDARY="a b:c"'))
        assert.equals("xyz", d.multipart_boundary("multipart/form-data;boundary=xyz ; charset=utf-8"))
    end)

    it("rejects missing, empty, too long, repeated and out-of-alphabet boundaries", function()
        assert.is_nil(d.multipart_boundary("multipart/form-data"))
        assert.is_nil(d.multipart_boundary("multipart/form-data; charset=utf-8"))
        assert.is_nil(d.multipart_boundary('multipart/form-data; boundary=""'))
        assert.equals("x", d.multipart_boundary("multipart/form-data; boundary=" .. ("x"):rep(1)))
        assert.truthy(d.multipart_boundary("multipart/form-data; boundary=" .. ("x"):rep(70)))
        assert.is_nil(d.multipart_boundary("multipart/form-data; boundary=" .. ("x"):rep(71)))
        assert.is_nil(d.multipart_boundary("multipart/form-data; boundary=a; boundary=b"))
        assert.is_nil(d.multipart_boundary('multipart/form-data; boundary="ends with space "'))
        assert.is_nil(d.multipart_boundary("multipart/form-data; boundary=a<b>"))
        assert.is_nil(d.multipart_boundary('multipart/form-data; boundary="unterminated'))
    end)
end)

describe("waf_decode multipart parser", function()
    local d
    setup(function()
        d = require "waf_decode"
    end)

    it("splits an ordinary form: fields, a file with its type, names and values intact", function()
        local body = body_of("XyZ", {
            field("title", "Quarterly report"),
            { 'Content-Disposition: form-data; name="upload"; filename="notes.txt"', "Content-Type: text/plain",
                "line one\r\nline two" },
            field("empty", ""),
        })
        local parts = assert(d.parse_multipart(body, "XyZ"))
        assert.equals(3, #parts)
        assert.same({ "title", nil, "Quarterly report" }, { parts[1].name, parts[1].filename, parts[1].value })
        assert.equals("upload", parts[2].name)
        assert.equals("notes.txt", parts[2].filename)
        assert.equals("text/plain", parts[2].ctype)
        assert.equals("line one\r\nline two", parts[2].value)
        assert.equals("", parts[3].value)
        assert.is_nil(parts.preamble)
        assert.is_nil(parts.epilogue)
    end)

    it("keeps a value that contains the boundary text not at a line start, and dashes", function()
        local body = body_of("b0undary", { field("q", "a --b0undary b\r\n-- not a delimiter --") })
        local parts = assert(d.parse_multipart(body, "b0undary"))
        assert.equals("a --b0undary b\r\n-- not a delimiter --", parts[1].value)
    end)

    it("returns the preamble and epilogue (ignored by RFC 2046 parsers, but still text to inspect)", function()
        local body = body_of("bb", { field("a", "1") }, { preamble = "This is a preamble\r\n", epilogue = "\r\nbye\r\n" })
        local parts = assert(d.parse_multipart(body, "bb"))
        assert.equals(1, #parts)
        assert.equals("1", parts[1].value)
        assert.equals("This is a preamble\r\n", parts.preamble)
        assert.matches("bye", parts.epilogue)
    end)

    it("accepts bare LF line ends and transport padding after a delimiter", function()
        local body = "--bb  \nContent-Disposition: form-data; name=\"a\"\n\nvalue\n--bb--\n"
        local parts = assert(d.parse_multipart(body, "bb"))
        assert.equals("a", parts[1].name)
        assert.equals("value", parts[1].value)
    end)

    it("unquotes quoted parameters, keeps token ones, and reads filename*", function()
        local body = body_of("bb", {
            { [[Content-Disposition: form-data; name=plain; filename="a \"quoted\" name.txt"]], "x" },
            { "Content-Disposition: form-data; name=\"f\"; filename*=UTF-8''%2e%2e%2fetc%2fpasswd", "y" },
        })
        local parts = assert(d.parse_multipart(body, "bb"))
        assert.equals("plain", parts[1].name)
        -- as sent, and as an RFC 2616 parser unescapes it; a lax parser would end the value at \", so
        -- the raw header is inspected too
        assert.equals([[a \"quoted\" name.txt]], parts[1].filename)
        assert.equals('a "quoted" name.txt', parts[1].filename_alt)
        assert.truthy(parts[1].raw_cd)
        assert.equals("../etc/passwd", parts[2].filename_ext)
    end)

    it("keeps backslashes of Windows paths in quoted file names (browsers do not escape them)", function()
        local body = body_of("bb", { { [[Content-Disposition: form-data; name="f"; filename="C:\fakepath\a.txt"]], "x" } })
        local parts = assert(d.parse_multipart(body, "bb"))
        assert.equals([[C:\fakepath\a.txt]], parts[1].filename)
        assert.equals("C:fakepatha.txt", parts[1].filename_alt)
        assert.is_nil(parts[1].raw_cd)
    end)

    it("flattens a nested multipart/mixed (RFC 2388 multiple files) under the outer name", function()
        local inner = body_of("inner", {
            { 'Content-Disposition: file; filename="a.txt"', "Content-Type: text/plain", "AAA" },
            { 'Content-Disposition: file; filename="b.txt"', "BBB" },
        })
        local body = body_of("outer", {
            field("title", "t"),
            { 'Content-Disposition: form-data; name="files"', "Content-Type: multipart/mixed; boundary=inner", inner },
        })
        local parts = assert(d.parse_multipart(body, "outer"))
        assert.equals(3, #parts)
        assert.same({ "files", "a.txt", "AAA" }, { parts[2].name, parts[2].filename, parts[2].value })
        assert.same({ "files", "b.txt", "BBB" }, { parts[3].name, parts[3].filename, parts[3].value })
    end)

    it("decodes base64 and quoted-printable transfer encodings", function()
        assert.equals("<script>alert(1)</script>", d.base64_decode("PHNjcmlwdD5hbGVy\r\ndChxKTwvc2NyaXB0Pg=="):gsub("q", "1"))
        assert.equals("hello", d.base64_decode("aGVsbG8="))
        assert.equals("a=b c", d.qp_decode("a=3Db =\r\nc"))
    end)

    describe("malformed bodies", function()
        local ok_body = body_of("bb", { field("a", "1") })

        it("without the opening delimiter", function()
            local parts, err = d.parse_multipart(ok_body, "other")
            assert.is_nil(parts)
            assert.matches("opening", err)
        end)

        it("without the closing delimiter, unless the body was cut at the inspection limit", function()
            local cut = "--bb\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nstill going"
            local parts, err = d.parse_multipart(cut, "bb")
            assert.is_nil(parts)
            assert.matches("closing", err)
            assert.is_nil(d.parse_multipart("--bb\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--bb", "bb"))
            parts = assert(d.parse_multipart(cut, "bb", nil, true))
            assert.equals("still going", parts[1].value)
        end)

        it("with a part that has no Content-Disposition, no name, or a non form-data one", function()
            local cases = {
                body_of("bb", { { "Content-Type: text/plain", "x" } }),
                body_of("bb", { { "x" } }),
                body_of("bb", { { "Content-Disposition: form-data", "x" } }),
                body_of("bb", { { 'Content-Disposition: attachment; name="a"', "x" } }),
                body_of("bb", { { 'Content-Disposition: form-data; name="a"; name="b"', "x" } }),
                body_of("bb", { { 'Content-Disposition: form-data; name="a"', 'Content-Disposition: form-data; name="b"', "x" } }),
                body_of("bb", { { 'Content-Disposition: form-data; name="a', "x" } }),
                body_of("bb", { { "garbage header line", 'Content-Disposition: form-data; name="a"', "x" } }),
            }
            for i, body in ipairs(cases) do
                local parts, err = d.parse_multipart(body, "bb")
                assert.is_nil(parts, "case " .. i)
                assert.is_string(err, "case " .. i)
            end
        end)

        it("with text glued to a delimiter", function()
            local parts = d.parse_multipart("--bbX\r\n" .. ok_body, "bb")
            assert.is_nil(parts)
        end)

        it("with more parts than the cap", function()
            local many = {}
            for i = 1, 20 do
                many[i] = field("f" .. i, "v")
            end
            assert.truthy(d.parse_multipart(body_of("bb", many), "bb", 20))
            local parts, err = d.parse_multipart(body_of("bb", many), "bb", 19)
            assert.is_nil(parts)
            assert.matches("too many", err)
        end)

        it("nested deeper than one level", function()
            local inner2 = body_of("i2", { { 'Content-Disposition: file; filename="x"', "x" } })
            local inner = body_of("i1", { { 'Content-Disposition: file; name="n"', "Content-Type: multipart/mixed; boundary=i2", inner2 } })
            local body = body_of("bb", { { 'Content-Disposition: form-data; name="a"', "Content-Type: multipart/mixed; boundary=i1", inner } })
            assert.is_nil(d.parse_multipart(body, "bb"))
        end)

        it("never raises on arbitrary truncations of a valid body", function()
            local body = body_of("bb", {
                field("a", "1"),
                { 'Content-Disposition: form-data; name="f"; filename="x.txt"', "Content-Type: text/plain", "abc" },
            })
            for n = 0, #body do
                local ok = pcall(d.parse_multipart, body:sub(1, n), "bb")
                assert.is_true(ok, "cut at " .. n)
                ok = pcall(d.parse_multipart, body:sub(1, n), "bb", nil, true)
                assert.is_true(ok, "cut at " .. n .. " (truncated)")
            end
        end)
    end)

    it("flags file names with dot-dot segments or absolute paths, not ordinary ones", function()
        for _, bad in ipairs({ "../../etc/passwd", "..\\..\\boot.ini", "a/../../b", "/etc/passwd", "\\windows\\win.ini",
            "\\\\server\\share\\x", "C:\\Users\\x.txt", "c:x.txt", "~/.ssh/id_rsa", "..", "x/..",
            "%2e%2e%2fshadow", "..%c0%afx", "..%252fx" }) do
            assert.is_true(d.unsafe_filename(bad), bad)
        end
        for _, good in ipairs({ "notes.txt", "Q3 Report (final).pdf", "notes..final.txt", "...", ".hidden",
            "résumé – Siobhán.docx", "写真.jpg", "a.b.c", "O'Neil.csv" }) do
            assert.is_false(d.unsafe_filename(good), good)
        end
    end)
end)

-- ---- whole inspection with the real rules: PCRE through the FFI in place of nginx's regex API --------
ffi.cdef [[
    void *pcre_compile(const char *pattern, int options, const char **errptr, int *erroffset,
                       const unsigned char *tableptr);
    int pcre_exec(const void *code, const void *extra, const char *subject, int length, int startoffset,
                  int options, int *ovector, int ovecsize);
]]
local pcre_ok, pcre = pcall(ffi.load, "pcre")
if not pcre_ok then
    pcre_ok, pcre = pcall(ffi.load, "libpcre.so.3")
end

local function install_regex_stub()
    local ovector = ffi.new("int[30]")
    package.loaded["resty.core.regex"] = {
        re_match_compile = function(pattern)
            local err, off = ffi.new("const char *[1]"), ffi.new("int[1]")
            local re = pcre.pcre_compile(pattern, 0, err, off, nil)
            if re == nil then
                return nil, ffi.string(err[0])
            end
            return re, nil, 0
        end,
        spec_exec_regex = function(re, _, subject, len, pos)
            return pcre.pcre_exec(re, nil, subject, len, pos, 0, ovector, 30)
        end,
    }
end

local describe_rules = pcre_ok and describe or pending
describe_rules("waf.inspect on multipart bodies", function()
    local waf
    local B = "----WebKitFormBoundaryQ1w2E3r4T5y6U7i8"
    local CT = "multipart/form-data; boundary=" .. B

    local function ids(matched)
        local out = {}
        for _, r in ipairs(matched or {}) do
            out[#out + 1] = r.id
        end
        table.sort(out)
        return out
    end

    local function score(matched)
        local s = 0
        for _, r in ipairs(matched or {}) do
            s = s + r.score
        end
        return s
    end

    local function inspect(body, ct)
        return waf.inspect("/upload", { host = "localhost", ["content-type"] = ct or CT }, body, ct or CT)
    end

    setup(function()
        fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.req = {}
        package.loaded.errors = { reject = function() end }
        install_regex_stub()
        package.loaded.waf = nil
        waf = require "waf"
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

    it("flags a traversal or absolute file name with its own rule", function()
        for _, name in ipairs({ "../../../etc/cron.d/x", "..\\..\\web.config", "/var/www/shell.php", "C:\\x\\y.txt" }) do
            local f = { 'Content-Disposition: form-data; name="f"; filename="' .. name .. '"',
                "Content-Type: application/octet-stream", "\0\1\2" }
            local got = ids(inspect(body_of(B, { f })))
            assert.truthy(table.concat(got, ","):find("930170", 1, true), name)
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
            assert.same({ 920120 }, ids(matched), "case " .. i)
            assert.truthy(score(matched) >= 5, "case " .. i)
        end
        -- the raw text is still scanned when the parse fails
        local got = ids(inspect("--x\r\n<script>alert(1)</script>", CT))
        assert.truthy(#got >= 2)
    end)

    it("does not take a multipart-looking parameter of another type for multipart", function()
        local ct = "application/json; x=multipart/form-data"
        assert.same({}, ids(inspect('{"a": "b"}', ct)))
    end)
end)
