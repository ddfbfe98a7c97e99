local inspect_setup = require "inspect_setup"
local mp = require "multipart_body"
local matches = require "waf_matches"
local has, ids, OPTS = matches.has, matches.ids, matches.OPTS

describe("edge.waf.include_settings", function()
    local settings = require "edge.waf.include_settings"

    it("reads a remote URL under an include directory's or root's name as a setting", function()
        for _, name in ipairs({ "config[root_dir]", "phpbb_root_path", "_PHPLIB[libdir]", "includedir", "basepath",
            "GALLERY_BASEDIR", "path[docroot]", "appserv_root", "_CONF[path]", "mosConfig_absolute_path", "inc",
            "settings['template_path']", "DIR_WS_INCLUDES", "DIR_FS_CATALOG" }) do
            assert.is_true(settings.named(name, "http://198.51.100.4/x"), name)
            assert.is_true(settings.named(name, " FTPS://x.example/"), name)
        end
    end)

    it("leaves links under other names, and settings that are not URLs to another host", function()
        for _, pair in ipairs({ { "return_path", "https://app.example.com/x" }, { "redirect_dir", "https://x.example/" },
            { "avatar_path", "https://cdn.example.com/a.png" }, { "file", "https://drive.example.com/d/1" },
            { "website", "https://x.example/" }, { "root_dir", "/var/www" }, { "basepath", "docs/intro" },
            { "include", "headers" }, { "next_root", "https://x.example/" }, { "direction", "https://x.example/" } }) do
            assert.is_false(settings.named(pair[1], pair[2]), pair[1])
        end
    end)

    it("reads a remote script or text file under a parameter a page includes by name", function()
        for _, pair in ipairs({ { "lang", "https://hacker.example/backdoor.php" },
            { "page", "http://attacker.example/webshell.jsp" }, { "file", "http://evil.example/cmd.aspx?x=1" },
            { "json.template", "http://evil.example/cmd.asp" }, { "tpl", "ftp://x.example/s.txt#" },
            { "json.template", "https://attacker.example/t.tpl" }, { "json.options.layout", "https://x.example/l.ejs" },
            { "template", "http://evil.example/t.html" }, { "controller", "http://evil.example/controller.php" },
            { "style", "http://evil.example/style.php" }, { "conf", "http://evil.example/conf.php" } }) do
            assert.is_true(settings.named(pair[1], pair[2]), pair[1])
        end
        assert.is_true(settings.written_in("a=1&page=http://x.example/r57.txt"))
        for _, pair in ipairs({ { "page", "https://help.example.com/about" }, { "file", "https://x.example/report.pdf" },
            { "template", "https://templates.example.sh" }, { "lang", "https://x.pl/" }, { "page", "/docs/index.php" },
            { "layout", "see https://x.example/a.php" }, { "page", "https://x.example/about.html" },
            { "file", "https://x.example/t.tpl" }, { "style", "https://cdn.example.com/theme.css" } }) do
            assert.is_false(settings.named(pair[1], pair[2]), pair[1])
        end
    end)

    it("takes a value for a remote URL only when the URL is all of it", function()
        assert.is_true(settings.remote("  HTTPS://x.example/a"))
        assert.is_true(settings.remote("ftp://x.example/"))
        assert.is_false(settings.remote("see https://x.example/ for more"))
        assert.is_false(settings.remote("file:///etc/passwd"))
    end)

    it("finds such an assignment written inside one value", function()
        assert.is_true(settings.written_in("a=1&config[root_dir]=http://x.example/"))
        assert.is_true(settings.written_in("includedir = ftp://x.example/inc"))
        assert.is_false(settings.written_in("https://app.example.com/login?return_path=https://app.example.com/x"))
        assert.is_false(settings.written_in("root_dir=/var/www and see https://x.example/"))
    end)

    it("makes an argument or a value holding one finding 131140 in the inspection", function()
        local waf = inspect_setup()
        local headers = { host = "localhost" }
        assert.is_true(has(waf.inspect("/x?config%5Broot_dir%5D=http://198.51.100.4/", headers, nil, nil, OPTS), 131140))
        assert.is_true(has(waf.inspect("/x?q=basepath%3Dhttp://x.example/", headers, nil, nil, OPTS), 131140))
        assert.is_true(has(waf.inspect("/x?lang=https%3A%2F%2Fhacker.example%2Fbackdoor.php", headers, nil, nil, OPTS),
            131140))
        assert.same({}, ids(waf.inspect("/x?website=https://x.example/&return_path=https://x.example/a", headers, nil,
            nil, OPTS)))
    end)

    it("reads a JSON key and a multipart field's name with their values too", function()
        local waf = inspect_setup()
        local function post(body, ct)
            return waf.inspect("/api/x", { host = "localhost", ["content-type"] = ct }, body, ct, OPTS)
        end
        local json = "application/json"
        assert.is_true(has(post('{"cfg": {"lib_dir": "http://198.51.100.4/"}}', json), 131140))
        assert.same({}, ids(post('{"website": "https://x.example/", "avatar_path": "https://cdn.example.com/a.png"}',
            json)))
        local B = "b0undary"
        local ct = "multipart/form-data; boundary=" .. B
        assert.is_true(has(post(mp.body_of(B, { mp.field("include", "ftp://x.example/a.inc") }), ct), 131140))
        assert.same({}, ids(post(mp.body_of(B, { mp.field("homepage", "https://x.example/") }), ct)))
    end)
end)
