local rule_checks = require "rule_checks"

-- The hundred-and-twenty-seventh set on (tests/edge_security/family_gen_blind_*.py of this round): the families
-- found uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules hundred-and-twenty-seventh set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: other engines' comments after a closed string (//, { }), and a cast before a comment", function()
        caught_by(142180, { "bob'//", "x') //", "7'{", "x' {note}--", "2'::text --", "a\"::int#" })
        clean({ "I'll ring you later // Ann", "the 'return' key // broken", "she wrote \"{", "Matt's {set} ok" })
    end)

    it("SQL: stacked FLUSH and PRAGMA statements", function()
        caught_by(142170, { "3; FLUSH TABLES;--", "x'; flush logs#", "1;pragma table_info(users)", "5; PRAGMA foo=1" })
        clean({ "pragma is a word; flush the cache", "x; flush it all" })
    end)

    it("SQL: result clauses one after another, LIMIT n BY and SETTINGS, before a comment", function()
        caught_by(142310, { "2 order by 3 limit 5--", "x' group by a limit 1#", "1 order by 1 settings x=1--",
            "y' limit 2 by id--" })
        clean({ "order by 2 then limit 1 -- ok", "2 limits by design -- fine" })
    end)

    it("SQL: Cypher after a closed string ending in //, and graph databases' own procedures", function()
        caught_by(142390, { "x' RETURN n.name AS a //", "a') MATCH (u) DETACH DELETE u //",
            "CALL dbms.procedures()", "apoc.cypher.run('MATCH (n) RETURN n', {})",
            "load csv from 'http://x.example/a.csv' as r return r" })
        clean({ "I'll call you with the results // Ann", "the 'return' key // is broken", "calling db.labels manually",
            "load the csv from the drive" })
    end)

    it("SQL: a SELECT with column aliases, a literal SELECT before a comment, a DROP cut by \\;, RUNSCRIPT FROM",
        function()
            caught_by(142140, { "select pwd as p from accounts", "SELECT a AS x, b AS y FROM t" })
            caught_by(142190, { "select 2--", "select null;", "select @@version#" })
            caught_by(142230, { "drop table if exists s.t\\;--" })
            caught_by(142160, { "RUNSCRIPT FROM 'https://x.example/a.sql'" })
            clean({ "select one as captain from the team", "runscript from the old repo", "select 2 items" })
        end)

    it("SQL: a short list or word closed by parentheses, then a comment", function()
        caught_by(142280, { "7)-- -", "a,b,2))-- ", "id)#" })
        clean({ "Alice, Bob)-- see notes", "(a, b)" })
    end)

    it("commands: an interpreter or HTTP client with its version is a client's platform, an address is not", function()
        caught_by(132100, { "; curl 10.0.0.1", "x; php -r 'phpinfo();'", "; perl 5.36 x" })
        clean({ "Composer/2.7.2 (Linux; 6.1.0-18-amd64; PHP 8.3.6; cURL 7.88.1)",
            "sdk/1.2 (Darwin; Python 3.12.1; requests 2.31)", "x/1 (linux; node v20.11.1; x64)" })
    end)

    it("commands: macOS tools, DOS's command /c, Solaris' xpg4 binaries, kubectl get secrets", function()
        caught_by(132100, { "; osascript -e 'beep'", "| dscl . -read /Users/root", "; system_profiler",
            "& command /c dir", "; plutil -p x.plist" })
        caught_by(132105, { "; /usr/xpg4/bin/id", "; kubectl get secret db -o yaml" })
        clean({ "the command /c switch", "x; security review on Friday", "the osascript docs" })
    end)

    it("commands: ksh's ${ cmd; }, zsh's =(cmd), fish's | source, a variable declared then expanded", function()
        caught_by(132110, { "${ uname -a; }", "; diff =(ls) =(ls -a)", "curl -s x.example/a | source",
            "; declare -l c=ID; $c", "typeset x=whoami; $x" })
        clean({ "the ${ name } variable", "a = (b) ; c =(d)", "source of truth | source" })
    end)

    it("PHP: a superglobal's key as a name, an array handed to proc_open, opcache's status", function()
        caught_by(133190, { "GLOBALS[_SERVER][HTTP_HOST]", "_SESSION[user]", "_ENV[PATH]" })
        caught_by(132120, { "proc_open(['sh'],[],$p)", "exec([\"id\"])" })
        caught_by(133150, { "opcache_get_status()", "opcache_reset" })
        clean({ "_session_id", "globals are bad", "system([1,2,3]) is a tuple call" })
    end)

    it("XSS: old IE's mhtml: URL", function()
        caught_by(141130, { "mhtml:http://x.example/a.mht!b.html", "src=mhtml:file://c:/a.mht!x" })
        clean({ "the mhtml format stores a page in one file", "save as .mhtml: it works" })
    end)

    it("files: a glued '/x../' traversal, macOS preference paths, config and database files as whole values",
        function()
            caught_by(130100, { "/assets../etc/passwd", "/img..\\web.config" })
            caught_by(130160, { "/Library/Keychains/login.keychain-db", "/Library/Preferences/x.plist" })
            caught_by(130130, { "global.asa", "db.udl", "nginx.conf", "pg_hba.conf", "credentials.ini" })
            clean({ "wait.. /later", "so.../ok", "my settings.ini file", "the Library/Preferences folder on a Mac",
                "phpmyadmin", "cache.db", "socat.conf", "notes.ini" })
        end)

    it("includes: a script or text file over NFS, AFP or WebDAV", function()
        caught_by(131120, { "nfs://x.example/e/a.php", "afp://x.example/s/b.inc", "dav://x.example/c.txt",
            "webdavs://x.example/d.jsp" })
        clean({ "nfs://filer.example/exports/home", "davs://x.example/photos/cat.jpg" })
    end)

    it("Node: catastrophic regexes, typed arrays of the largest size, Deno's and Bun's exits and sleeps", function()
        caught_by(135120, { "^(b|b)+$", "^([a-z0-9]+-?)*$", "(.*x){30}", "^(([0-9])+,)+$",
            "new Float64Array(Number.MAX_VALUE)", "new SharedArrayBuffer(Infinity)" })
        caught_by(135130, { "Deno.exit(0)", "Bun.sleepSync(99999)", "Deno.kill(1, 'SIGKILL')" })
        clean({ "(2+3)*4", "(a+b)*(c+d)", "(see notes)*", "new Uint8Array(16)", "Deno exits cleanly",
            "^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", "\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b" })
    end)

    it("Perl and Raku: IO::File and IO::Handle pipe opens, qqx{}, shell 'cmd' as the whole value", function()
        caught_by(132170, { "IO::File->new(\"uname -a|\")", "IO::Pipe->new('ls |')", "qqx{uname}", "qqx<id>",
            "shell 'uname -a'", "shell('id');" })
        clean({ "the shell 'fish' is nice", "IO::File->new('data.txt')", "a shell is a program" })
    end)

    it("JVM: Scala's sys.process and Clojure's Runtime call", function()
        caught_by(144220, { "import scala.sys.process._", "\"uname -a\".!!", "Process(Seq(\"ls\")).!",
            "(.exec (Runtime/getRuntime) \"ls\")", "(clojure.java.shell/sh \"id\")" })
        clean({ "I said \"hello\".! wow", "the process (seq of steps) is fine", "Runtime/getRuntime docs" })
    end)

    it("templates and PHP: Razor's @functions block, a sink in parentheses namespaced, a magic method's name",
        function()
            caught_by(134150, { "@functions { string F() => \"x\"; }" })
            caught_by(133100, { "(\\passthru)('id');", "(\\exec)($c)" })
            caught_by(133150, { "__construct", "__destruct", "__toString" })
            clean({ "use the @functions directive in razor", "the __construct method", "(system) (design)" })
        end)

    it("commands: brace expansion in backticks or $( )", function()
        caught_by(132110, { "`{touch,/tmp/a}`", "$({cat,/etc/hosts})" })
        clean({ "`ls -la` shows the files", "{red,green} are the options" })
    end)

    it("files: an image's path with a PHP script after it, an '@' asking for a file's contents", function()
        caught_by(133140, { "/uploads/a.jpg/.php", "/i/logo.png/x.php" })
        caught_by(130160, { "@/var/jenkins_home/secrets/initialAdminPassword.key", "@/srv/app/.env.bak" })
        clean({ "see /docs/a.pdf/ and x.php", "ann@/x.key" })
    end)

    it("includes: a parameter smuggled in a value, naming a remote script", function()
        caught_by(131110, { "inc=http://x.example/a.php", "lib=https://x.example/b.txt" })
        clean({ "see=https://example.com/page.html", "site=https://example.com/" })
    end)

    it("SSRF: a loopback URL on a YAML document's key line, a loopback host and port without a scheme", function()
        caught_by(131200, { "include:\n  remote: http://127.0.0.1:8080/a.yml", "a: 1\nurl: 'http://localhost/x'" })
        caught_by(131240, { "localhost:8443/owa/x", "127.0.0.1:9200/_cat" })
        clean({ "notes:\n  see https://localhost.example/x", "localhost:3000 works", "url: http://localhost is old" })
    end)

    it("Node and Ruby: a count of a billion or more handed to a call, Marshal objects, literal file reads", function()
        caught_by(135120, { "Array.from({length:2e9})", "crypto.pbkdf2Sync(p, s, 5e9, 64, 'sha1')", "range(0,1e12)" })
        caught_by(132170, { "BAhvOgtPYmplY3QGOgpAbmFtZUkiCGZvbwY6BkVU--0123abcd", "File.read('/etc/hosts')",
            "IO.readlines(\"config/secrets.yml\")" })
        clean({ "about 1e9 rows", "BAh7BkkiD3Nlc3Npb25faWQGOgZFVEkiJTQ2--abcd", "File.read is slow" })
    end)

    it("Java and templates: Spring XML contexts, fastjson's network types, a Liquid include climbing out", function()
        caught_by(144200, { "org.springframework.context.support.ClassPathXmlApplicationContext",
            "{\"@type\":\"java.net.URL\",\"val\":\"http://x.example\"}" })
        caught_by(134150, { "{% include_relative ../../secrets.yml %}", "{%- include ../_config.yml -%}" })
        clean({ "{% include footer.html %}", "java.net.URL docs" })
    end)

    it("includes: a host name as the user info before a numeric address", function()
        caught_by(131110, { "https://intranet.example.com@203.0.113.9/",
            "http://login.bank.example@198.51.100.1:8080/a" })
        clean({ "https://first.last@github.com/org/repo.git", "https://example.com/@user" })
    end)

    it("SQL: an id then a second assignment, an id then $where's return true, UNHEX(HEX())", function()
        caught_by(142190, { "5,role='admin'", "2, price = 0" })
        caught_by(142290, { "7; return true", "1;return 1" })
        caught_by(142210, { "unhex(hex(pass))" })
        clean({ "3,5 items", "1, size=4 fits", "1; return it tomorrow" })
    end)

    it("commands: any program in a bin directory after a separator", function()
        caught_by(132110, { "2024-05-01;/usr/bin/last", "x|/bin/lsblk -f", "a && /usr/local/bin/foo" })
        clean({ "see /usr/bin/last for logins", "a;/usr/binder/x" })
    end)

    it("Perl's system of a quoted command after a separator, overlapping alternatives, cloud and loopback hosts",
        function()
            caught_by(132170, { "1;system 'uname -a'", "x; exec(\"cat /etc/hosts\")" })
            caught_by(135120, { "^(b|bb)*$", "((x|xx)+)+z" })
            caught_by(131240, { "localhost:6379/", "127.0.0.1:11211/stats" })
            caught_by(131210, { "metadata.tencentyun.com/latest", "http://168.63.129.16/machine", "169.254.170.2/v2" })
            clean({ "; system 'design' is great", "localhost:3000 is where it runs", "(a|b)+ matches",
                "localhost:8080" })
        end)
end)
