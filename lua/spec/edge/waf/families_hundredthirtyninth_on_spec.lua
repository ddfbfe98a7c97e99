local rule_checks = require "rule_checks"

-- The hundred-and-thirty-ninth set on (tests/edge_security/family_gen_blind_*.py of this round): the families
-- found uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules hundred-and-thirty-ninth set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: a delay after a leading number's arithmetic, PostgreSQL's other sleeps, exp(~0) alone", function()
        caught_by(142150, { "2*sleep(3)", "7 / benchmark(9,md5(1))", "pg_sleep_for('3 s')", "exp(~0)" })
        clean({ "the 3*sleep(8h) shift plan", "exp(2) is e squared" })
    end)

    it("SQL: PostgreSQL's large objects and dblink, Oracle's HTTPURITYPE, MySQL's UDF shells", function()
        caught_by(142160, { "lo_import(1,'/etc/hosts')", "dblink_exec('host=x','drop table t')",
            "httpuritype('http://x.example').getclob()", "sys_eval(\"uname\")" })
        clean({ "the dblink docs", "sys_exec is a UDF", "lo_export of photos" })
    end)

    it("SQL: a cast of the session's identity compared, CONVERT of a catalog function, decode() of base64", function()
        caught_by(142200, { "1=current_user::integer", "2 > version()::int", "x=convert(varchar,@@version)",
            "decode('c2VjcmV0','base64')" })
        clean({ "user::int in the docs", "convert to int then save", "decode the base64 later" })
    end)

    it("SQL: Oracle's and PostgreSQL's catalog names alone, a binary literal of text, MySQL's ~0 overflow", function()
        caught_by(142370, { "v$instance", "all_tab_cols", "dba_users", "current_database()",
            "mysql.innodb_index_stats", "0b0110000101100010", "b'01000001'", "~0*2" })
        clean({ "scope=all_users", "v$ price", "current database is fine", "0b1010", "~0 approx" })
    end)

    it("SQL: UNION SELECT of plain words to the end is a name, after a number or quote it is not", function()
        caught_by(142130, { "2 union select name", "x' union select pwd--", "union select a from b",
            "union select user", "union select version" })
        clean({ "Union Select Coffee", "Trade Union Select Committee" })
    end)

    it("NoSQL and stacked SQL: $type and $size as keys, a string closed then $or, DROP SCHEMA after a statement",
        function()
            caught_by(142290, { "$type", "$size", "', $or: [ {}, {'a':'a", "\", $where: '1" })
            caught_by(142170, { "1; commit; drop schema public cascade;--", "x'; DROP VIEW v;" })
            caught_by(142220, { "'#'\"", "')-- '" })
            clean({ "type $5", "it's, $or more", "we drop the view; later", "'#1 fan'" })
        end)

    it("SQL: a boolean then a closed string or a word before a bitwise operator, not a name quoted in prose", function()
        caught_by(142240, { "' and 'a'&'b", "x' or 1&1", "1' xor a^b" })
        clean({ "Remove the accounts 'test; drop' and 'qa & co'.", "'Tom' and 'Jerry + friends'" })
    end)

    it("Windows: a script written under an environment variable's folder", function()
        caught_by(132110, { "echo x > %TEMP%\\r.vbs", "type a >> \"%APPDATA%\\run.bat\"" })
        clean({ "logs go to %TEMP%\\app.log", "save it as %USERPROFILE%\\notes.txt" })
    end)

    it("commands: output redirected into a file, a dotfile read, an empty command creating a script", function()
        caught_by(132100, { ";ls>l.txt", "|uname>>u.log" })
        caught_by(132105, { ";id>o.txt", ";cat .env", "&nl .git/config" })
        caught_by(132110, { ";>s.php", "|>>x.jsp" })
        clean({ "; cat .NET developers", "the price; echo > 5 stars", "x; id > 0 rows", "a; > b.c is fine" })
    end)

    it("includes and files: a UNC path to a numeric host, IIS's and MySQL's configuration names", function()
        caught_by(131120, { "\\\\10.1\\s", "\\\\192.0.2.7\\share\\x" })
        caught_by(130130, { "applicationHost.config", "my.ini" })
        clean({ "\\\\fileserver\\photos", "my ini file" })
    end)
end)
