local fake_ngx = require "fake_ngx"

describe("redirects.check", function()
    local r, allow, schemes
    setup(function()
        fake_ngx.install({ dicts = { "edge_metrics" } })
        package.loaded["edge.lib.errors"] = {}
        r = require "edge.policies.redirects"
        allow = r.allowlist({ "allowed.example.com", "*.trusted.example.org", "partner.example.net:8443",
            "localhost:8443" }, 443)
        schemes = { https = true }
    end)

    local bypasses = {
        protocol_relative = "//evil.com",
        slash_backslash = "/\\evil.com",
        backslashes = "\\\\evil.com",
        scheme_backslashes = "https:\\\\evil.com",
        scheme_no_slashes = "https:evil.com",
        scheme_one_slash = "https:/evil.com",
        userinfo = "https://allowed.example.com@evil.com/",
        userinfo_encoded = "https://allowed.example.com%40evil.com/",
        percent_slashes = "%2F%2Fevil.com",
        percent_in_path = "/%2F/evil.com",
        percent_scheme = "https%3A%2F%2Fevil.com",
        double_encoded = "%252F%252Fevil.com",
        double_encoded_backslash = "/%255Cevil.com",
        mixed_case_scheme = "HtTpS://EVIL.com/",
        mixed_case_js = "JaVaScRiPt:alert(1)",
        javascript = "javascript:alert(document.cookie)",
        javascript_tab = "java%09script:alert(1)",
        javascript_newline = "java%0ascript:alert(1)",
        data_uri = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        vbscript = "vbscript:msgbox(1)",
        leading_space = " //evil.com",
        crlf = "/%0d%0aLocation:%20https://evil.com",
        crlf_raw = "/\r\nSet-Cookie: a=b",
        idn_cyrillic = "https://\208\181vil.com/",
        idn_lookalike_slash = "\227\128\177evil.com",
        fullwidth_slashes = "\239\188\143\239\188\143evil.com",
        punycode_not_allowed = "https://xn--allowed-exmple-9hc.com/",
        trailing_dot_allowed = "https://allowed.example.com./",
        trailing_dot_evil = "https://evil.com./",
        wildcard_suffix_trick = "https://a.trusted.example.org.evil.com/",
        wildcard_apex = "https://trusted.example.org/",
        wildcard_no_dot = "https://eviltrusted.example.org/",
        wrong_port = "https://allowed.example.com:444/",
        http_downgrade = "http://allowed.example.com/",
        empty_label = "https://allowed..example.com/",
        quote_breakout = "\";alert(0);//",
        angle_brackets = "<>//evil.com",
        triple_slash = "///evil.com",
        backslash_encoded = "/%5Cevil.com",
        newline_in_path = "/%0a/evil.com",
        tab_in_scheme_before_query = "java%09script:alert(1)?x=1",
    }
    for name, target in pairs(bypasses) do
        it("refuses " .. name, function()
            assert.is_string(r.check(target, allow, schemes), target)
        end)
    end

    local allowed = {
        "/admin/users", "/admin/login?next=%2Fadmin%2F", "dashboard", "?page=2", "#top",
        "https://allowed.example.com/welcome", "https://ALLOWED.example.com/x",
        "https://a.trusted.example.org/cb", "https://deep.a.trusted.example.org/",
        "https://partner.example.net:8443/cb?code=1", "https://localhost:8443/admin/",
        "/https://evil.com/",   -- a path on our own origin
        -- a search's line break and a Windows path in the query of a login link's next=
        "/admin/login?next=%2Fadmin%2Fusers%3Fq%3Dabc%250Adef", "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DC%3A%255Cdata",
        "/admin/users?q=abc%0Adef#x\\y",
    }
    for _, target in ipairs(allowed) do
        it("allows " .. target, function()
            assert.is_nil(r.check(target, allow, schemes))
        end)
    end
end)
