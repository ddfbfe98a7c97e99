local rule_checks = require "rule_checks"

-- The hundred-and-fifteenth set on (tests/edge_security/family_gen_blind_*.py of this round): the families found
-- uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules hundred-and-fifteenth set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: a closed string, an operator and an operand, a boolean, then a string left open", function()
        caught_by(142240, { "' != 1 or 'a", "' is 1 and 'a", "' * id or '1", "\"*foo and \"1", "x' <= 5 || '" })
        clean({ "rated 'ok' = 1 or 2 stars", "Tom's = 3 and 'Ann", "it's 5 or 'six' maybe" })
    end)

    it("SQL: a column compared by SIMILAR TO, ILIKE or GLOB after a number and a boolean", function()
        caught_by(142250, { "1 OR name SIMILAR TO 'a%'", "2 and email ilike '%@x%'", "3 or path glob '*'" })
        clean({ "1 or 2 names similar to Ann", "Room 1 and a glob of glue" })
    end)

    it("SQL: a number then ORDER BY a function call; UNION SELECT joined by plus signs", function()
        caught_by(142190, { "1 order by ifnull(1,1)", "5 ORDER BY rand()--", "1+union+select+1+from+dual",
            "x+UNION+ALL+SELECT+null" })
        clean({ "1 order by Friday (latest)", "trade union + select committee", "1 order by name" })
    end)

    it("SQL: a closed string, XOR or a bitwise operator and a number, then a comment", function()
        caught_by(142280, { "admin' ^ 1 -- -", "x' | 0#", "a'&1--" })
        clean({ "Ann's ^ 1 note", "it's | 2 -- fine" })
    end)

    it("XSS: a string closed then location assigned, and the window wrapped in an array", function()
        caught_by(141180, { "\"+location='//evil.example'+\"", "' in window && (location='//x.example')//",
            "';window.location.href=`//x.example`;//", "[window][0]['alert'](1)", "[self][0][\"ev\"+\"al\"](s)" })
        clean({ "set location = 'Berlin'", "the 'Home' / location='x' field", "[window] [0] is an index",
            "&& (location is optional)" })
    end)

    it("templates: Spring's macro request context, and Razor calls handed a System namespace", function()
        caught_by(134150, { "$springMacroRequestContext.getWebApplicationContext()",
            "${springMacroRequestContext.webApplicationContext}",
            "@Html.Raw(System.IO.File.ReadAllText(\"web.config\"))", "@Json.Encode(System.Environment.MachineName)" })
        clean({ "springMacroRequestContext is a Spring MVC variable", "@Html.Raw(Model.Body)",
            "mail @ann.lee(System admin)" })
    end)

    it("files: a relative system path as the whole value, not prose that starts with one", function()
        caught_by(130110, { "etc/passwd", "var/log/nginx/access.log", "proc/self/environ", " etc/shadow " })
        clean({ "etc/misc notes", "sys/admin team meeting", "root/cause analysis due Friday" })
    end)

    it("SQL: a stacked transaction statement before a comment or a last ';'", function()
        caught_by(142170, { "1;ROLLBACK--", "1); BEGIN TRANSACTION;--", "x'; commit#", "2; savepoint s1;" })
        clean({ "Deploy failed; rollback", "Deploy failed; rollback; retry later", "ok; commit to it -- Ann" })
    end)

    it("SQL: a quoted column and a sort direction, then a comment", function()
        caught_by(142190, { "`title` DESC -- ", "\"name\" asc;", "[created_at] desc#" })
        clean({ "title desc -- newest first", "\"Name\" asc order is fine" })
    end)

    it("PHP: a function name built from chr() and strings, then called", function()
        caught_by(133100, { "(chr(115).'ystem')('whoami');", "('sys'.chr(116).'em')('id')" })
        clean({ "chr(65) . 'BC' gives ABC", "(chr(115).'ystem') is how the name is built" })
    end)

    it("SQL: the 123rd set's second choices", function()
        caught_by(142250, { "1 AND 'a' ILIKE 'A'", "2 or 'x' rlike 'y'", "3 and 'a' regexp '^a'" })
        caught_by(142240, { "'div'1", "'mod'1", "x'xor'1" })
        caught_by(142190, { "1 LIMIT 1 OFFSET 1", "5 limit 2,1--", "'1.e1or 1=1#", "1.e0union select 1",
            "\\Nunion select 1" })
        clean({ "rock 'n' roll", "pick 'or'", "1 limit per customer", "line1\\nOrder no 5", "v1.e2 or later",
            "first\\nor second line" })
    end)

    it("mail and SQLite: SMTP's BDAT, ETRN and EHLO after a line break; SQLite's .cd", function()
        caught_by(132200, { "\r\nBDAT 100 LAST", "x\r\nETRN example.org", "\nEHLO x" })
        caught_by(132280, { ".cd /tmp", "x\n.cd ~/" })
        clean({ "notes\nBDAT is an SMTP verb", "a\netrn", "see .cd files in the repo" })
    end)

    it("Ruby and Perl: a block handed a command by then/tap; qx with a quote for its delimiter", function()
        caught_by(132210, { "'id'.then{system _1}", "x.tap { |c| exec c }", "'ls'.yield_self{`ls`}" })
        caught_by(132170, { "print qx'id'", "qx\"uname -a\"", "qx!whoami!" })
        clean({ "then {system} was renamed", "the tap { } block", "qx is Perl's backtick" })
    end)

    it("Node.js: the event loop blocked, a huge allocation by exponent, a function rescheduling itself", function()
        caught_by(135120, { "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)", "Array(2**32-1).join('x')",
            "Buffer.alloc(2**31-1)", "(function f(){process.nextTick(f)})()", "function g(){queueMicrotask(g)}" })
        clean({ "function poll(){ fetchAll(); setTimeout(poll, 1000) }", "Array(2**3)", "Atomics are fun" })
    end)

    it("XSS: the window in parentheses, and aaencode's faces", function()
        caught_by(141180, { "(self)['alert'](1)", "(top)[\"ev\"+\"al\"](name)" })
        caught_by(141240, { "\u{FF9F}\u{03C9}\u{FF9F}\u{FF89}= /`m\u{00B4})\u{FF89} ~ o=(\u{FF9F}\u{FF70}\u{FF9F}) =_=3" })
        clean({ "(c) 2024 ACME", "\u{FF9F}\u{03C9}\u{FF9F} is a face" })
    end)

    it("PHP: a function name with an octal or hex escape, called; __halt_compiler()", function()
        caught_by(133100, { "\"\\163ystem\"('id');", "\"sy\\x73tem\"($_GET[0])", "__halt_compiler();" })
        clean({ "\"\\n\" is a line break", "the __halt_compiler token" })
    end)

    it("templates: a Pug loop over the process's environment", function()
        caught_by(134150, { "each v, k in process.env\n  p= k", "each m in process.mainModule" })
        clean({ "each item in process.steps", "we loop over each v in the list" })
    end)
end)
