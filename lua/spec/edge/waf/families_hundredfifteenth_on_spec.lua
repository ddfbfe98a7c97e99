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
end)
