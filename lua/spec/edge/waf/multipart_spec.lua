local mp = require "multipart_body"
local body_of, field = mp.body_of, mp.field

describe("edge.waf.multipart boundary", function()
    local d
    setup(function()
        d = require "edge.waf.multipart"
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

describe("edge.waf.multipart parser", function()
    local d
    setup(function()
        d = require "edge.waf.multipart"
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

    it("keeps the raw header of a quoted value with text after its closing quote, for the rules", function()
        local body = body_of("bb", { { 'Content-Disposition: form-data; name="f"; filename="Uma "Sunny" Patel.pdf"', "x" } })
        local parts = assert(d.parse_multipart(body, "bb"))
        assert.equals("Uma ", parts[1].filename)
        assert.equals('form-data; name="f"; filename="Uma "Sunny" Patel.pdf"', parts[1].raw_cd)
        assert.is_nil(d.multipart_boundary('multipart/form-data; boundary="bb"x'))
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

end)
