local rule_checks = require "rule_checks"

-- Our SQLi, XSS and template rules on the shapes the CRS at paranoia level 1 and our older patterns
-- missed (unquoted numeric ids, subqueries in sort clauses, Velocity / JSP EL / Razor), value by value
-- through the real rules, with benign prose that shares their words.
describe("edge.waf.rules SQLi, XSS and template families", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("142250: an unquoted numeric value, a boolean operator, then a comparison", function()
        caught_by(142250, {
            "0 || 1=1", "5 or true", "1 or 'a'<'b'", "2 oR 1 rLiKe 1", "1 div 1=1", "1 or not 1=2",
            "1 and 1=(select 1)", "7 and 1 sounds like 1", "1 and doc->'$.admin'=true", "1 and 1::int=1",
            "1 and 'a' ~ 'a'", "1 and rownum=1", "1 and db_name()>0", "1 or 1.e1>1", "-1 or 7 between 1 and 9",
            "https://app.example.com/?q=10%20AND%201%20IN%20(1,2)", "3/**/and/**/user_name()='dbo'",
        })
    end)

    it("142260: a subquery in a sort or limit clause, PROCEDURE ANALYSE, COPY ... PROGRAM", function()
        caught_by(142260, {
            "name asc, (select 1)", "id desc limit 1 offset (select 1)", "1 limit 1 into @a",
            "1 procedure analyse()", "1; copy t from program 'id'", "x=(select null)",
        })
    end)

    it("134150: Velocity directives, Smarty static calls, Razor code blocks; 144130: JSP EL scopes", function()
        caught_by(134150, {
            "#set($x=7*7)$x", "#foreach($i in $list)",
            "{Smarty_Internal_Write_File::writeFile($x,'y')}", "@{var x=1;}", "@System.Diagnostics.Process.Start(\"cmd\")",
        })
        caught_by(144130, { "${applicationScope}", "${ pageContext.request }" })
    end)

    it("142240 after narrowing: a closing quote, a boolean and an unclosed string still match", function()
        caught_by(142240, { "' OR '1", "x' and 'abc", "' or 1" })
    end)

    it("leaves prose with numbers, quotes, hex error codes and element names alone", function()
        clean({
            "1 or 2 days of work", "3 or more is fine", "2 or people like me", "5 and stock in the shop",
            "1 or more (maybe)", "error 0x80070643 when installing the update", "HRESULT 0x8007000E out of memory",
            "he said \"or else\" and left", "1. Open settings\n2. Select *Privacy*\n3. Toggle 'Share data'",
            "Insert into the slot, then update the firmware", "images: see the <img> docs on MDN",
            "(select all that apply)", "#{hashtag} campaign ideas", "mail bob@system.example.com",
            "Use {name} and {date} as placeholders", "sort by name asc, then date",
        })
    end)

    it("142170 and 134140: a stacked EXEC and a Java runtime call, not prose that names them", function()
        caught_by(142170, { "1; exec xp_cmdshell 'dir'", "1;exec('select 1')", "x'; exec master..xp_dirtree '//h/a'--",
            "1; execute immediate 'drop table t'", "1; exec dbo.proc @a=1", "1; exec sp_who", "1; exec myproc 'x'" })
        caught_by(134140, { "${runtime.getruntime().exec('id')}", "runtime.exec(cmd)" })
        clean({ "system tests pass on staging; exec summary goes out Friday",
            "Runtime.getRuntime() is fine in the CLI tool, not in the web app" })
    end)
end)
