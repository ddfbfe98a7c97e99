local rule_checks = require "rule_checks"

-- The hundred-and-eleventh set on (tests/edge_security/family_gen_blind_*.py of this round): the families found
-- uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules hundred-and-eleventh set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("XSS: a dialog aliased to a name, then called through it", function()
        caught_by(141180, { "'};x.y=alert;x.y(1);//", "a=confirm,a(document.domain)", "\";w.p=prompt;w.p(1)" })
        clean({ "log_level=alert; retries=3", "x=alert; y(1)" })
    end)

    it("XSS: Function's constructor called as a template tag", function()
        caught_by(141180, { "new Function`alert\\`1\\``", "new Function `${atob`YWxlcnQoMSk=`}`",
            "new Function`eval(name)`" })
        clean({ "use `new Function` sparingly", "the `new Function` constructor is like eval" })
    end)

    it("Node.js: a string repeated tens of thousands of times", function()
        caught_by(135120, { "JSON.parse('['.repeat(100000))", "'a'.repeat(50000)" })
        clean({ "'-'.repeat(80)", "' '.repeat(indent * 4096)" })
    end)

    it("Perl: qx() running any command, print qq{} after a separator", function()
        caught_by(132170, { "qx(sleep 5)", "qx{nslookup x.example}", ";print+qq{scan};", "|die qq(x)",
            "; print qq{x}" })
        clean({ "the qx operator runs a command", "print the qq list", "qq plot in R" })
    end)

    it("SQL: MongoDB shell calls that list, drop or run commands", function()
        caught_by(142290, { "db.getCollectionNames()", "db.dropDatabase()", "db.runCommand({ping:1})",
            "db.adminCommand('listDatabases')" })
        clean({ "the db team owns names", "db.example.com is down" })
    end)

    it("SQL: a closed string compared by >=, <= or LIKE BINARY to another", function()
        caught_by(142240, { "' >= '", "x'<='z", "' LIKE BINARY 'a", "a' not like binary 'b" })
        clean({ "rated \"ok\">\"fine\" by most", "rated 'ok' by most", "Tom's >= 3 apples" })
    end)

    it("SQL: SET PASSWORD for an account", function()
        caught_by(142160, { "SET PASSWORD FOR root=PASSWORD('x')", "1; set password = 'hunter2'",
            "set password for 'app'@'%' = old_password('x')" })
        clean({ "set password for the account in settings", "Set password: at least 12 characters" })
    end)

    it("mail: HELO or EHLO with a one-label name, then SMTP's CRLF, after a line break", function()
        caught_by(132200, { "x\r\nHELO attacker\r\n", "a\\r\\nEHLO relay\\r\\n", "b\nhelo x\r\n" })
        clean({ "Helo there, how are you", "notes\nhelo is SMTP's greeting", "hi\nhelo there\n" })
    end)
end)
