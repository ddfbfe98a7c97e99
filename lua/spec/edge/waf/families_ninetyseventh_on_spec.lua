local rule_checks = require "rule_checks"

-- The ninety-seventh set on (tests/edge_security/family_gen_blind_*.py of this round): the families found
-- uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules ninety-seventh set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: the double that hangs parsers, in any writing of its value", function()
        caught_by(142350, { "2.2250738585072012e-308", "0.0022250738585072012e-305", "222.50738585072012e-310",
            "-22250738585072012e-324" })
        clean({ "2.2250738585", "22250738585072012", "2.2250738585072012e-8", "1.7976931348623157e308" })
    end)

    it("PHP: an enum case serialized (PHP 8.1), as an object is", function()
        caught_by(133120, { 'E:7:"Role:Admin";', 'a:1:{i:0;E:12:"App\\Kind:Root";}' })
        clean({ 'E:7 "Role Admin"', "Level E:3 of the course", 'e:5:"hello"' })
    end)

    it("PHP: a function name made by XOR-ing two strings, then called", function()
        caught_by(133100, { "('\x08\x04\x0f'^'{}|')('ls');", '("%0f%0d"^"%7f%7f")($_GET[0])' })
        clean({ "use ('a'^'b') to flip bits", "(\"x\" ^ \"y\") is a string in PHP" })
    end)

    it("PHP: predefined variables of old and new PHP", function()
        caught_by(132120, { "$HTTP_COOKIE_VARS['x']", "print $php_errormsg", "$http_response_header[0]",
            "$HTTP_RAW_POST_DATA" })
        clean({ "the HTTP_COOKIE_VARS array is gone since PHP 5.4", "php_errormsg was removed" })
    end)

    it("PHP: enable_dl switched in a configuration line", function()
        caught_by(133130, { "enable_dl = On", "enable_dl=1" })
        clean({ "enable_dl is off by default", "we enable dl links" })
    end)

    it("Perl: a sub called through a name built from strings", function()
        caught_by(132210, { "&{'ex'.'ec'}('uname')", '&{"qx"}("id")', "& { 'sys' . 'tem' } ('ls')" })
        clean({ "a&{b}(c)", "Tom & {Jerry} (the cartoon)" })
    end)

    it("Windows: administration tools after a command separator", function()
        caught_by(132100, { "| fsutil volume diskfree c:", "&& nbtstat -n", "; getmac /v", "& gpresult /r",
            "| driverquery", "&klist tickets" })
        clean({ "fsutil and nbtstat are Windows tools", "run gpresult to see the policies" })
    end)

    it("XSS: CSS keywords spelled with CSS escapes", function()
        caught_by(141160, { "@\\69 mport 'x.css';", "@i\\6d port url(x)", "x{width:\\65xpression(alert(1))}",
            "@\\import url(//a.example/b.css)" })
        clean({ "C:\\data\\import\\file.csv", "mail me @ home \\ import later", "@ann: import done" })
    end)

    it("commands: a name's initial is no argument", function()
        caught_by(132180, { "perl x.pl", "ruby -e 1", "python3 a.py" })
        clean({ "Ruby O.", "Perl M. Jones", "Python T." })
    end)

    it("SQL: a closed string and a number or arithmetic before a comment", function()
        caught_by(142280, { "'-1#", "abc'*2-- ", "7'%3/*", "'+ 10 --", "root' 7--", "q'2#" })
        clean({ "5'+3 feet", "Rock'n'roll #1", "it's +2 # ok" })
    end)

    it("commands: a system directory with an empty variable glued on", function()
        caught_by(132110, { ";/usr$a/bin/uname", "|/etc${z}/hosts", "&/sbin$q/reboot" })
        clean({ "$HOME/bin/tool", "add $HOME/bin to PATH", "/var/$name/log" })
    end)

    it("XSS: an object whose valueOf or toString is a dialog or a navigation", function()
        caught_by(141180, { "'-{toString:alert}-'", "{ valueOf : location=name }" })
        clean({ "{toString:()=>1}", "{valueOf: x => 1}", "override toString: alerts are shown elsewhere" })
    end)

    it("SQL: a closed string, then a comparison with another dialect's operator", function()
        caught_by(142100, { "x' or title ~ '^a", "' and col !~* 'b", "1' or nm ilike '%a", "' or code similar to '[0-9]%" })
        clean({ "'Premium' or basic ~ $5/month", "the 'best' or cheapest ~20 dollars", "rock 'n' roll or similar stuff" })
    end)

    it("SQL: a MERGE after a separator, its alias without AS; a stacked SELECT of a constant or a session function", function()
        caught_by(142170, { "7; merge into t x using (select 1) y on 1=1 when matched then delete", "a'; select version;",
            "1;select current_user --" })
        clean({ "merge into main using the UI; select a reviewer", "done; select true love" })
    end)

    it("SQL: a number then an ORDER BY as the whole value", function()
        caught_by(142190, { "2 ORDER BY `email` ASC", "-1 order by [name]", "3 order by t.col" })
        clean({ "1 order by noon", "order by 5pm", "2 orders by Friday" })
    end)

    it("commands: a program by its bin path under a packaging suffix, or pointed at an address", function()
        caught_by(132180, { "x; /bin/nc.openbsd 192.0.2.7 80", "/usr/bin/ncat.nmap -e sh", "|/bin/ping 10.0.0.1" })
        clean({ "see /usr/bin/python.md for docs", "/bin/ping is setuid on old systems" })
    end)

    it("templates: a dunder in an expression; Grafana's own variables are no template injection", function()
        caught_by(134120, { "${__globals__}", "#{__class__.x}" })
        clean({ "GET /stats?since=${__from:date:iso}&until=${__to:date:iso}", "rate(x[${__rate_interval}])" })
    end)

    it("Node.js: a loop on an always-truthy object, this or a string", function()
        caught_by(135120, { "while ({ }) {}", "while([ ]);", "while(this) n+=1", "while('y'){}" })
        clean({ "while (this) I wait", "while(x){}", "while ('x' in y) {" })
    end)

    it("mail: POP3's TOP with its two numbers and APOP with its digest after a line break", function()
        caught_by(132200, { "a\r\nTOP 2 0", "b\nAPOP ann 0123456789abcdef0123456789abcdef\r\n" })
        clean({ "Top 10 tips\nfor new staff", "see the top 5 list\nthanks" })
    end)

    it("SQL: a closed string, then a statement that changes the schema; a number, a column and NOT IN", function()
        caught_by(142380, { "ann' ALTER TABLE t ADD x int--", "' drop table accounts", "x`) drop view v1",
            "5 and uid not in (1)" })
        clean({ "the 'alter table' step", "Bob's \"drop table\" joke", "he said 'drop column b' twice",
            "10 and more in (2024) news" })
    end)
end)
