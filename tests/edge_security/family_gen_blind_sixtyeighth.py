"""Blind set "sixtyeighth": the shortest SQL injection payloads a rule must still catch, as a regression suite
lists them. For each detection title of the SQL injection family (CRS 3.3.4 request rules at paranoia levels 1
and 2, and the titles later CRS releases added at those levels) it carries the atomic fragments that still carry
the attack, one per test, and then the same fragments with one obfuscation each (letter case, an inline comment
or a tab or newline for a space, spaces added or dropped, a versioned comment, a hex literal, backticks, a
second URL encoding, a JSON unicode escape, a leading zero).

Family: sqli only. One sub-family per title (kebab-case), 8 to 12 payloads each: libinjection, db-names,
sleep-benchmark, conditional-sleep, mssql-exec-info, integer-overflow, conditional-injection, charset-switch,
match-merge-execute, union-select-from, pg-sleep-waitfor-shutdown, mongodb-operators, stored-procedure,
udf-data-manipulation, concat-sqllfi, mysql-inline-comment, injection-testing, sql-operator, tautology,
sql-function-names, auth-bypass-1, comment-space-obfuscation, chained-injection-1, auth-bypass-2,
mysql-comment-conditions-char, chained-injection-2, classic-probing-1, auth-bypass-3, alter-union-keyword,
classic-probing-2, having-exists-limit, or-comparison, and-comparison, sql-function-call,
dangerous-procedure-names, sql-statement-shapes, special-char-anomaly, sql-comment-sequence, hex-encoding,
tick-backtick-bypass, and the later titles json-sqli, sci-notation, auth-bypass-split-query, auth-bypass-4.

Placements, the way attack traffic reaches this product in production, each payload in two of them (one per
request), rotating so that every title's payloads cover all six:
- query: GET /api/users?q=<payload>&page=<n>&per_page=<20|50|100>, parameters in varying order, the payload
  encoded as a browser encodes a form field;
- form: POST /admin/users/search, csrf_token=<random>&q=<payload>;
- json: POST /api/users with one field carrying the payload, or POST /slack/events (an event_callback whose
  event.text carries the payload after a short lead-in, with a made-up X-Slack-Signature: an attacker cannot sign);
- path: GET /api/users/<payload> or GET /api/<payload>, percent-encoded where a browser must;
- header: the whole User-Agent (mostly), else the Referer (a URL on app.example.com whose query carries the
  payload) or a cookie value (URL-encoded, as encodeURIComponent writes it); a payload a header cannot carry as
  it is (a control character or non-ASCII) goes into the Referer, percent-encoded;
- about 10%: PATCH /api/users/42 with JSON, or POST /me/settings with a form.
Every request carries what a current browser sends (User-Agent, Accept, Accept-Language, Accept-Encoding, a
Referer on https://app.example.com/..., Sec-Fetch-*, a Cookie with session=<random token> and a consent cookie);
Slack requests carry Slack's headers. The benign half uses the same six places with innocent values: names with
apostrophes, searches and chat with the same SQL words (select, union, order by, sleep, benchmark, drop, merge,
match, exec, having, ...), bios, settings, slugs, real client User-Agents, Referers and consent cookies.

Authorship and independence: written for this repository from general knowledge of SQL injection and from the
titles alone (no rule, engine source, ruleset regression test or public payload list was read), and measured once
through the real stack on unchanged code; the payloads were not changed after the measurement. Deterministic
(one seeded random source per call).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records

NAME = "sixtyeighth"

# (sub-family, [(atomic fragment, the same fragment with one obfuscation), ...]) in title order
TITLES: list[tuple[str, list[tuple[str, str]]]] = [
    # 942100 SQL Injection Attack Detected via libinjection
    ("libinjection", [
        ("1' or '1'='1", "1'/**/or/**/'1'='1"),
        ("1 union select 1", "1 UnIoN SeLeCt 1"),
        ("' or 1=1--", "'\tor\t1=1--"),
        ("1;drop table users", "1;DROP/**/TABLE users"),
        ("admin'--", "admin'#"),
        ("1) or (1=1", "1)or(1=1"),
    ]),
    # 942140 Common DB Names Detected
    ("db-names", [
        ("information_schema.tables", "INFORMATION_SCHEMA.TABLES"),
        ("mysql.db", "`mysql`.`db`"),
        ("pg_catalog.pg_tables", "pg_catalog . pg_tables"),
        ("master..sysdatabases", "MaStEr..SySdAtAbAsEs"),
        ("sqlite_master", "sqlite_temp_master"),
        ("database()", "database/**/()"),
    ]),
    # 942160 blind sqli tests using sleep() or benchmark()
    ("sleep-benchmark", [
        ("sleep(5)", "SlEeP(5)"),
        ("benchmark(1000000,md5(1))", "benchmark (1000000,md5(1))"),
        ("1 and sleep(3)", "1 and sleep/**/(3)"),
        ("'+sleep(10)+'", "'+sleep(0xa)+'"),
        ("or sleep(5)#", "or\nsleep(5)#"),
        ("(select sleep(2))", "(select(sleep(2)))"),
    ]),
    # 942170 benchmark and sleep injection including conditional queries
    ("conditional-sleep", [
        ("select sleep(5)", "SELECT SLEEP(5)"),
        ("; sleep(5)", ";\tsleep(5)"),
        ("select benchmark(5000000,sha1(1))", "select  benchmark ( 5000000,sha1(1))"),
        ("select if(1=1,sleep(5),0)", "select if((1=1),sleep(5),0)"),
        ("and (select if(1,sleep(3),0))", "and (select/**/if(1,sleep(3),0))"),
        ("; if(1=1,sleep(5),1)", ";\nif(1=1,sleep(5),1)"),
    ]),
    # 942190 MSSQL code execution and information gathering
    ("mssql-exec-info", [
        ("exec master..xp_cmdshell 'dir'", "EXEC MASTER..XP_CMDSHELL 'dir'"),
        ("exec xp_cmdshell 'whoami'", "exec/**/xp_cmdshell 'whoami'"),
        ("union select @@version", "union(select @@version)"),
        ("select @@servername", "select\t@@servername"),
        ("exec sp_helpdb", "execute sp_helpdb"),
        ("'; exec('select 1')--", "'; exec('sel'+'ect 1')--"),
    ]),
    # 942220 integer overflow values (skipfish) and the "magic number" crash
    ("integer-overflow", [
        ("2147483648", "02147483648"),
        ("4294967295", "4.294967295e9"),
        ("4294967296", "0x100000000"),
        ("-2147483649", "-02147483649"),
        ("3.0.00738585072007e-308", "3.0.00738585072007E-308"),
        ("1e309", "1E309"),
    ]),
    # 942230 conditional SQL injection attempts
    ("conditional-injection", [
        ("(case (1) when 1 then 1 end)", "(CaSe/**/(1) when 1 then 1 end)"),
        ("x') like ('x", "x')LIKE('x"),
        ("having 1=1", "HAVING/**/1=1"),
        ("if(a=1,1,0)", "iF(a=1,1,0)"),
        ("' having 1=1--", "'\thaving\t1=1--"),
        ("group by 1 having 1>0", "group by 1 having(1>0)"),
    ]),
    # 942240 MySQL charset switch and MSSQL DoS
    ("charset-switch", [
        ("alter database x character set utf8", "ALTER DATABASE x CHARACTER SET utf8"),
        ("alter table t char set latin1", "alter/**/table t char set latin1"),
        ("'; waitfor delay '0:0:5'--", "';waitfor delay '0:0:5'--"),
        ("\"; waitfor time '23:59'", "\";  WAITFOR TIME '23:59'"),
        ("'; a: goto a", "';\na: goto a"),
    ]),
    # 942250 MATCH AGAINST, MERGE and EXECUTE IMMEDIATE
    ("match-merge-execute", [
        ("match(title) against('x')", "MATCH(title)AGAINST('x')"),
        ("match (a,b) against (+x)", "match(a,b)/**/against(+x)"),
        ("merge into t using (select 1)", "merge into t using(select 1)"),
        ("merge t using (values(1))", "MeRgE t UsInG (values(1))"),
        ("execute immediate 'drop table t'", "EXECUTE   IMMEDIATE 'drop table t'"),
        ("execute immediate \"select 1\"", "execute\timmediate \"select 1\""),
    ]),
    # 942270 basic sql injection, common attack string for mysql, oracle and others
    ("union-select-from", [
        ("union select 1 from dual", "UnIoN sElEcT 1 fRoM dual"),
        ("' union select user from users--", "'/**/union/**/select/**/user/**/from/**/users--"),
        ("1 union all select name from t", "1 union all select name\nfrom t"),
        ("union select * from x", "union(select * from(x))"),
        ("-1 union select password from admins", "-1 /*!union*/ select password from admins"),
        ("union distinct select a from b", "union%0adistinct select a from b"),
    ]),
    # 942280 pg_sleep, waitfor delay and database shutdown
    ("pg-sleep-waitfor-shutdown", [
        ("select pg_sleep(5)", "SELECT PG_SLEEP(5)"),
        ("1;select pg_sleep(10)--", "1;select/**/pg_sleep(10)--"),
        ("waitfor delay '0:0:5'", "WAITFOR DELAY '0:0:5'"),
        ("'; waitfor delay '00:00:05'--", "'; waitfor delay\"00:00:05\"--"),
        ("; shutdown--", ";\tshutdown--"),
        ("; shutdown #", "; ShUtDoWn #"),
    ]),
    # 942290 basic MongoDB injection
    ("mongodb-operators", [
        ("[$ne]", "[$NE]"),
        ("[$gt]", "[%24gt]"),
        ("[$lte]", "[$lTe]"),
        ("[$exists]", "[ $exists ]"),
        ("[$regex]", "[$REGEX]"),
        ("{\"$ne\": 1}", "{\"\\u0024ne\": 1}"),
    ]),
    # 942320 MySQL and PostgreSQL stored procedure/function injections
    ("stored-procedure", [
        ("procedure analyse()", "PROCEDURE ANALYSE()"),
        ("; declare @x int", ";\ndeclare @x int"),
        ("declare @s varchar(99)", "declare/**/@s varchar(99)"),
        ("exec(@s)", "exec ( @s )"),
        ("create procedure p() --", "create\tprocedure p() --"),
        ("; open c1", "; OPEN c1"),
    ]),
    # 942350 MySQL UDF injection and other data/structure manipulation
    ("udf-data-manipulation", [
        ("create function sys_exec returns string soname 'udf.so'",
         "CREATE FUNCTION sys_exec RETURNS STRING SONAME 'udf.so'"),
        ("; drop table users", ";DROP TABLE users"),
        ("; insert into logs values(1)", ";\tinsert into logs values(1)"),
        ("; update users set admin=1", "; update/**/users set admin=1"),
        ("; delete from sessions", ";   delete from sessions"),
        ("; load data infile 'x'", "; LoAd data infile 'x'"),
    ]),
    # 942360 concatenated basic SQL injection and SQLLFI
    ("concat-sqllfi", [
        ("load_file('/etc/passwd')", "load_file(0x2f6574632f706173737764)"),
        ("select 1 into outfile '/tmp/x'", "select 1 INTO/**/OUTFILE '/tmp/x'"),
        ("' union all select 1", "'UNION ALL SELECT 1"),
        ("1 load data infile '/etc/hosts'", "1 load data local infile '/etc/hosts'"),
        ("select '<?php' into dumpfile '/tmp/s.php'", "select 0x3c3f706870 into dumpfile '/tmp/s.php'"),
        ("-1) union select 1", "-1)) UnIoN select 1"),
    ]),
    # 942500 MySQL in-line comment
    ("mysql-inline-comment", [
        ("/*!50000union*/", "/*!50000UnIoN*/"),
        ("/*!select*/", "/*!\nselect*/"),
        ("1/*!or*/1=1", "1/*!12345or*/1=1"),
        ("/*!*/", "/*!  */"),
        ("/*+ index(t) */", "/*+index(t)*/"),
        ("'/*!and*/'1'='1", "'/*!AND*/'1'='1"),
    ]),
    # 942110 Common Injection Testing
    ("injection-testing", [
        ("'", " '"),
        ("\"", "\"\t"),
        ("`", "``"),
        (";", " ;"),
        ("admin'", "admin''"),
        ("x\"", "x%22"),
    ]),
    # 942120 SQL Operator
    ("sql-operator", [
        ("1 xor 1", "1 XoR 1"),
        ("a rlike 'x'", "a/**/rlike/**/'x'"),
        ("1 regexp binary 'a'", "1 REGEXP BINARY 'a'"),
        ("a <=> b", "a<=>b"),
        ("id in (1,2)", "id in+(1,2)"),
        ("x is null", "x IS\tNULL"),
    ]),
    # 942130 SQL Tautology
    ("tautology", [
        ("1=1", "1 = 1"),
        ("'a'='a'", "('a')=('a')"),
        ("x like x", "x LIKE x"),
        ("1!=2", "1 != 2"),
        ("a is not b", "a IS NOT b"),
        ("'x' sounds like 'x'", "'x'/**/sounds like 'x'"),
    ]),
    # 942150 SQL Injection Attack (function names)
    ("sql-function-names", [
        ("ascii(1)", "ASCII(1)"),
        ("char(65)", "char (65)"),
        ("concat(user(),1)", "concat/**/(user(),1)"),
        ("substring(version(),1,1)", "SUBSTRING(version(),1,1)"),
        ("group_concat(name)", "group_concat\t(name)"),
        ("hex(1)", "HeX(1)"),
    ]),
    # 942180 basic SQL authentication bypass attempts 1/3
    ("auth-bypass-1", [
        ("' or ''='", "'/**/or/**/''='"),
        ("\" or \"\"=\"", "\" OR \"\"=\""),
        ("') or ('a'='a", "')or('a'='a"),
        ("' or 'x'='x", "'  or  'x'='x"),
        ("admin' --", "admin'/*"),
        ("'*'", "' * '"),
    ]),
    # 942200 MySQL comment-/space-obfuscated injections and backtick termination
    ("comment-space-obfuscation", [
        ("1/**/or/**/1", "1/*x*/OR/*y*/1"),
        ("'/**/and/**/'1", "'/**/AND/**/'1"),
        (",/**/1", ",/*!*/1"),
        ("`) or 1", "`)\tor 1"),
        ("1/**/union", "1/**/UNION"),
        ("x`;", "x` ;"),
    ]),
    # 942210 chained SQL injection attempts 1/2
    ("chained-injection-1", [
        ("'; select 1", "';SELECT 1"),
        ("1; drop table t", "1;\ndrop table t"),
        ("\"; update users", "\"/**/;update users"),
        ("' and 1=1;", "' AND 1=1 ;"),
        ("'); insert into t", "')  ;insert into t"),
        ("1 and 0;", "1 and(0);"),
    ]),
    # 942260 basic SQL authentication bypass attempts 2/3
    ("auth-bypass-2", [
        ("' or 1=1 limit 1--", "'/**/or 1=1 limit 1--"),
        ("\"=\"", "\" = \""),
        ("'='", "' = '"),
        ("admin' or '1'='1", "admin'OR'1'='1"),
        ("1' and 'a'='a", "1'\tand\t'a'='a"),
        ("'or''='", "'OR''='"),
    ]),
    # 942300 MySQL comments, conditions and ch(a)r injections
    ("mysql-comment-conditions-char", [
        ("char(97,100)", "CHAR(0x61,0x64)"),
        ("chr(65)", "ChR(65)"),
        ("1 or 1#", "1 or 1#x"),
        (") where 1=1", ")where(1=1"),
        ("1 and 1-- -", "1 and 1--+"),
        ("concat(char(39))", "concat(char (39))"),
    ]),
    # 942310 chained SQL injection attempts 2/2
    ("chained-injection-2", [
        ("'); select 1", "');SELECT 1"),
        ("\"; begin", "\";\tbegin"),
        ("'; commit;", "'; COMMIT;"),
        ("' and (select 1)", "' and(select 1)"),
        ("')); drop", "'))/**/;drop"),
        ("'; end;", "' ;end;"),
    ]),
    # 942330 classic SQL injection probings 1/3
    ("classic-probing-1", [
        ("' or 1=1", "' OR 1=1"),
        ("\") or (\"1", "\")or(\"1"),
        ("'1'='1", "'1'  =  '1"),
        ("' and 1=0", "'\tand\t1=0"),
        ("' or 0=0 #", "' or 0=0 /*"),
        ("1' or 1 -- -", "1'/**/or 1 -- -"),
    ]),
    # 942340 basic SQL authentication bypass attempts 3/3
    ("auth-bypass-3", [
        ("' in ('1')", "'in('1')"),
        ("' like 'a%", "' LIKE 'a%"),
        ("' between 1 and 2", "'/**/between 1 and 2"),
        ("' is not null", "' IS NOT NULL"),
        ("'<>'x", "' <> 'x"),
        ("' or 1 in (1)", "' or 1 in(1)"),
    ]),
    # 942361 basic SQL injection based on keyword alter or union
    ("alter-union-keyword", [
        ("1 union", "1 UNION"),
        ("' union", "'\tunion"),
        ("-1 union", "-1/**/union"),
        (") alter", ")  ALTER"),
        ("')) union", "'))union"),
        ("1 alter", "1\nalter"),
    ]),
    # 942370 classic SQL injection probings 2/3
    ("classic-probing-2", [
        ("' * 1", "'*1"),
        ("' - 1", "'-1"),
        ("' / 1", "'/1"),
        ("'+1+'", "' + 1 + '"),
        ("\" || \"", "\"||\""),
        ("' div 1", "' DIV 1"),
    ]),
    # 942380 SQL Injection Attack (having, exists, execute, order by, case, limit)
    ("having-exists-limit", [
        ("having 'a'='a'", "HAVING 'a'='a'"),
        ("exists(select 1)", "EXISTS (select 1)"),
        ("execute(@q)", "execute (@q)"),
        ("order by 1", "order\tby 1"),
        ("select case when 1 then 1 end", "SELECT CASE when 1 then 1 end"),
        ("from users limit 1", "from users/**/limit 1"),
    ]),
    # 942390 SQL Injection Attack (or comparisons)
    ("or-comparison", [
        ("or 1=1", "OR 1=1"),
        ("or '1'='1'", "or'1'='1'"),
        ("or \"a\"=\"a\"", "or  \"a\"=\"a\""),
        ("or 2>1", "or\t2>1"),
        ("xor 1", "XOR 1"),
        ("or 'x'<'y'", "or/**/'x'<'y'"),
    ]),
    # 942400 SQL Injection Attack (and comparisons)
    ("and-comparison", [
        ("and 1=1", "AND 1=1"),
        ("and 1>0", "and\t1>0"),
        ("and 'a'='a'", "and'a'='a'"),
        ("and \"x\"<\"y\"", "and  \"x\"<\"y\""),
        ("and 3<4", "AnD 3<4"),
        ("and 'b'>'a'", "and/**/'b'>'a'"),
    ]),
    # 942410 SQL Injection Attack (function calls)
    ("sql-function-call", [
        ("extractvalue(1,concat(0x7e,version()))", "ExtractValue(1,concat(0x7e,version()))"),
        ("updatexml(1,1,1)", "updatexml (1,1,1)"),
        ("current_user()", "current_user/**/()"),
        ("name_const(1,1)", "NAME_CONST(1,1)"),
        ("connection_id()", "connection_id\t()"),
        ("sysdate()", "SYSDATE()"),
    ]),
    # 942470 SQL Injection Attack (dangerous procedures and packages)
    ("dangerous-procedure-names", [
        ("xp_cmdshell", "XP_CMDSHELL"),
        ("sp_oacreate", "Sp_OaCreate"),
        ("openrowset", "OPENROWSET"),
        ("sp_executesql", "[sp_executesql]"),
        ("utl_http.request", "UTL_HTTP . request"),
        ("dbms_pipe.receive_message", "DBMS_PIPE.RECEIVE_MESSAGE"),
    ]),
    # 942480 SQL Injection Attack (statement shapes)
    ("sql-statement-shapes", [
        ("delete from users", "DELETE/**/FROM users"),
        ("insert into t", "insert\tinto t"),
        ("update t set", "UpDaTe t SeT"),
        ("drop table t", "drop/**/table t"),
        ("select count(*) from t", "select count(*)\nfrom t"),
        ("select a from b where", "select(a)from(b)where"),
    ]),
    # 942430 Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    ("special-char-anomaly", [
        ("'''''''''''''", "' ' ' ' ' ' ' ' ' ' ' ' '"),
        ("((((((((((((1", "( ( ( ( ( ( ( ( ( ( ( ( 1"),
        ("')))))))))))--", "')/**/)))))))))))--"),
        ("\"><'\"><'\"><'", "\">\t<'\">\t<'\">\t<'"),
        (";;;;;;;;;;;;;", "; ; ; ; ; ; ; ; ; ; ; ; ;"),
        ("@@@@@@@@@@@@@", "%40%40%40%40%40%40%40%40%40%40%40%40%40"),
    ]),
    # 942440 SQL Comment Sequence Detected
    ("sql-comment-sequence", [
        ("1--", "1-- -"),
        ("x'#", "x'%23"),
        ("'/*", "'/*x"),
        ("*/x", "*/X"),
        ("';--", "';--+"),
        ("/**/", "/*!*/"),
    ]),
    # 942450 SQL Hex Encoding Identified
    ("hex-encoding", [
        ("0x414243", "0X414243"),
        ("0x27", "0x0027"),
        ("x'4142'", "X'4142'"),
        ("0x61646d696e", "0x61646D696E"),
        ("unhex('41')", "unhex(0x3431)"),
        ("where a=0x61", "where a=-0x61"),
    ]),
    # 942510 SQLi bypass attempt by ticks or backticks
    ("tick-backtick-bypass", [
        ("`id`=1", "`Id`=1"),
        ("'`or`'", "'`OR`'"),
        ("admin`#", "admin` #"),
        ("``=``", "`` = ``"),
        ("`users`.`password`", "`users` . `password`"),
        ("`a`,`b`", "`a`/**/,`b`"),
    ]),
    # later CRS: JSON-Based SQL Injection
    ("json-sqli", [
        ("'{\"a\":1}' @> '{\"a\":1}'", "'{\"a\":1}'@>'{\"a\":1}'"),
        ("json_extract(x,'$.a')", "JSON_EXTRACT(x,'$.a')"),
        ("json_keys('{}')", "json_keys/**/('{}')"),
        ("1 and json_valid('{}')", "1 and\tjson_valid('{}')"),
        ("data->>'$.role'", "data ->> '$.role'"),
        ("'[1]'::jsonb ? '1'", "'[1]'::JSONB ? '1'"),
    ]),
    # later CRS: MySQL Scientific Notation payload detected
    ("sci-notation", [
        ("1.e(ascii", "1.E(ascii"),
        ("0.1e1union select 1", "0.1e1UNION select 1"),
        ("1e0union select 1", "1e0/**/union select 1"),
        ("1.e.user", "1.e.`user`"),
        ("1.e(version())", "1.e (version())"),
        ("' 1.e(''", "'1.e(''"),
    ]),
    # later CRS: SQL Authentication bypass (split query)
    ("auth-bypass-split-query", [
        ("admin'/*", "admin'/*!"),
        ("*/or'1'='1", "*/OR'1'='1"),
        ("\\' or 1=1#", "\\'or 1=1#"),
        ("\\\" or \"\"=\"", "\\\"OR\"\"=\""),
        ("a\\'--", "a\\' --"),
        ("'/*", "'/**"),
    ]),
    # later CRS: basic SQL authentication bypass attempts 4/4
    ("auth-bypass-4", [
        ("'or'", "'OR'"),
        ("' or true", "'or true"),
        ("'-0||'", "'-0 || '"),
        ("\"or\"", "\" or \""),
        ("' or not false", "' or/**/not false"),
        ("'||1#", "' || 1#"),
    ]),
]

# Where the k-th request of the set goes (20 slots: query 3, form 3, json 4, path 3, header 5, alt 2).
SLOTS = ["query", "form", "json-api", "path", "ua", "json-slack", "query", "form", "path", "ua",
         "alt-patch", "json-api", "query", "referer", "form", "json-slack", "path", "cookie", "ua", "alt-settings"]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 "
    "Edg/131.0.0.0",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "es-ES,es;q=0.9", "en-US,en;q=0.5"]
REFERER_PAGES = ["/users", "/users?tab=active", "/admin/users", "/dashboard", "/settings/profile", "/teams/42",
                 "/search", "/admin/audit-log?page=3"]
CONSENTS = ["cookie_consent=accepted", "cookieconsent_status=allow", "consent=analytics%3A0%2Cmarketing%3A0",
            "CookieConsent=%7Bnecessary%3Atrue%2Cpreferences%3Atrue%7D", "gdpr=1"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "location", "nickname", "company"]
SETTINGS_FIELDS = ["display_name", "bio", "status_text", "signature", "timezone_label"]
LEADINS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "find user ", "bug report: ", "whois "]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
EPOCH = 1733400000


class Builder:
    """Browser-shaped requests carrying one value in one place; a seeded source for tokens and choices."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def token(self, n: int = 32) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                       for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def cookie(self, extra: str = "") -> str:
        parts = [f"session={self.token()}", self.rng.choice(CONSENTS)]
        if extra:
            parts.append(extra)
        if self.rng.random() < 0.4:
            parts.append(f"_ga=GA1.1.{self.rng.randrange(10**9, 10**10)}.{EPOCH - self.rng.randrange(10**6)}")
        return "; ".join(parts)

    def headers(self, kind: str, ua: str | None = None, referer: str | None = None,
                cookie_extra: str = "") -> dict[str, str]:
        """What a browser sends: kind 'fetch' (an XHR/fetch from the app), 'form' (a form post) or 'nav'."""
        h = {"User-Agent": ua if ua is not None else self.rng.choice(BROWSER_UAS)}
        if kind == "form":
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        elif kind == "nav":
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        else:
            h["Accept"] = self.rng.choice(["application/json, text/plain, */*", "application/json", "*/*"])
        h["Accept-Language"] = self.rng.choice(LANGS)
        h["Accept-Encoding"] = self.rng.choice(["gzip, deflate, br, zstd", "gzip, deflate, br"])
        h["Referer"] = referer if referer is not None else "https://app.example.com" + self.rng.choice(REFERER_PAGES)
        if kind == "form":
            h["Origin"] = "https://app.example.com"
            h["Sec-Fetch-Site"] = "same-site"
            h["Sec-Fetch-Mode"] = "navigate"
            h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = "document"
        elif kind == "nav":
            h["Sec-Fetch-Site"] = "same-site"
            h["Sec-Fetch-Mode"] = "navigate"
            h["Sec-Fetch-Dest"] = "document"
        else:
            h["Sec-Fetch-Site"] = "same-site"
            h["Sec-Fetch-Mode"] = "cors"
            h["Sec-Fetch-Dest"] = "empty"
        h["Cookie"] = self.cookie(cookie_extra)
        return h

    # ---- the six places -------------------------------------------------------------------------------------
    def query(self, value: str, **hk: Any) -> dict[str, Any]:
        params = [("q", value), ("page", str(self.rng.randint(1, 9))),
                  ("per_page", self.rng.choice(["20", "50", "100"]))]
        self.rng.shuffle(params)
        qs = "&".join(f"{k}={urllib.parse.quote_plus(v, safe='*')}" for k, v in params)
        return {"method": "GET", "uri": "/api/users?" + qs, "body": "", "headers": self.headers("fetch", **hk)}

    def form(self, value: str, uri: str = "/admin/users/search", field: str = "q") -> dict[str, Any]:
        fields = [("csrf_token", self.token(43)), (field, value)]
        if uri == "/me/settings":
            fields.append(("timezone", self.rng.choice(["Europe/London", "America/New_York", "Asia/Tokyo"])))
        h = self.headers("form")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields), "headers": h}

    def json_api(self, doc: dict[str, Any], method: str = "POST", uri: str = "/api/users") -> dict[str, Any]:
        h = self.headers("fetch")
        h["Content-Type"] = "application/json"
        h["Origin"] = "https://app.example.com"
        h["X-Requested-With"] = "XMLHttpRequest"
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False), "headers": h}

    def profile(self, field: str, value: str) -> dict[str, Any]:
        """A user profile with `value` in `field`, the other fields ordinary."""
        first = self.rng.choice(["Ann", "Ravi", "Mei", "Tomas", "Grace", "Omar", "Lena", "Kofi"])
        doc: dict[str, Any] = {"name": f"{first} Example", "email": f"{first.lower()}@example.org",
                               "department": self.rng.choice(["Sales", "Engineering", "Support", "Finance"]),
                               "title": self.rng.choice(["Engineer", "Account Manager", "Analyst"]),
                               "locale": "en-US"}
        doc[field] = value
        return doc

    def slack(self, text: str, n: int, signature: str) -> dict[str, Any]:
        ts = f"{EPOCH + n}.{self.rng.randrange(100000, 999999)}"
        event = {"type": self.rng.choice(["message", "app_mention"]), "user": "U0" + self.hexs(8).upper(),
                 "text": text, "ts": ts, "channel": "C0" + self.hexs(9).upper(), "event_ts": ts}
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T0" + self.hexs(8).upper(),
                "api_app_id": "A0" + self.hexs(8).upper(), "event": event, "type": "event_callback",
                "event_id": "Ev0" + self.hexs(8).upper(), "event_time": EPOCH + n}
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(EPOCH + n),
             "X-Slack-Signature": signature}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": h}

    def path(self, value: str, under_users: bool = True, keep_slash: bool = False) -> dict[str, Any]:
        base = "/api/users/" if under_users else "/api/"
        segs = value.split("/") if keep_slash else [value]
        return {"method": "GET", "uri": base + "/".join(path_encode(s) for s in segs), "body": "",
                "headers": self.headers("fetch")}

    def user_agent(self, value: str) -> dict[str, Any]:
        return {"method": "GET", "uri": "/api/users?page=1&per_page=20", "body": "",
                "headers": self.headers("fetch", ua=value)}

    def referer(self, value: str) -> dict[str, Any]:
        ref = "https://app.example.com/users?q=" + urllib.parse.quote_plus(value, safe="*") + "&sort=name"
        return {"method": "GET", "uri": f"/api/users?page={self.rng.randint(1, 5)}&per_page=50", "body": "",
                "headers": self.headers("fetch", referer=ref)}

    def cookie_value(self, value: str, name: str = "last_search") -> dict[str, Any]:
        return {"method": "GET", "uri": "/api/users?page=1&per_page=20", "body": "",
                "headers": self.headers("fetch", cookie_extra=f"{name}={urllib.parse.quote(value, safe='')}")}


def path_encode(value: str) -> str:
    """A path segment as a browser sends it: control characters, space, ", #, <, >, ?, `, {, }, and non-ASCII
    percent-encoded, and also / (it would split the segment), % and \\ (a browser would turn it into /)."""
    out = []
    for ch in value:
        if ch.isascii() and 0x20 < ord(ch) < 0x7F and ch not in " \"#<>?`{}/%\\":
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


def header_safe(value: str) -> bool:
    """Whether a header can carry `value` as it is (printable ASCII, no leading or trailing space)."""
    return value == value.strip() and all(0x20 <= ord(ch) < 0x7F for ch in value)


def _attack(b: Builder, slot: str, payload: str, n: int) -> tuple[str, dict[str, Any]]:
    if slot in ("ua", "cookie") and not header_safe(payload):
        slot = "referer"
    if slot == "query":
        return "query", b.query(payload)
    if slot == "form":
        return "form", b.form(payload)
    if slot == "json-api":
        return "json", b.json_api(b.profile(b.rng.choice(JSON_FIELDS), payload))
    if slot == "json-slack":
        return "json", b.slack(b.rng.choice(LEADINS) + payload, n, "v0=" + b.hexs(64))
    if slot == "path":
        return "path", b.path(payload, under_users=b.rng.random() < 0.7)
    if slot == "ua":
        return "header:User-Agent", b.user_agent(payload)
    if slot == "referer":
        return "header:Referer", b.referer(payload)
    if slot == "cookie":
        return "cookie", b.cookie_value(payload, b.rng.choice(["last_search", "user_filter", "prefs"]))
    if slot == "alt-patch":
        return "json", b.json_api({b.rng.choice(JSON_FIELDS): payload}, "PATCH", "/api/users/42")
    return "form", b.form(payload, "/me/settings", b.rng.choice(SETTINGS_FIELDS))


def attacks() -> Iterator[dict[str, Any]]:
    """Each title's atomic fragments, then the same with one obfuscation each; every payload in two places."""
    b = Builder(6801)
    n = 0
    for t, (sub, pairs) in enumerate(TITLES):
        payloads = [a for a, _ in pairs] + [o for _, o in pairs]
        for i, payload in enumerate(payloads):
            for k in range(2):
                n += 1
                slot = SLOTS[(t * 7 + 2 * i + k) % len(SLOTS)]
                placement, req = _attack(b, slot, payload, n)
                yield {**req, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": placement, "payload": payload}


# ---- benign: the same six places, innocent values --------------------------------------------------------------
SEARCHES = [
    "O'Brien", "o'neil", "D'Angelo", "Mary-Kate O'Hara", "Siobhán O'Connor", "Jean-Luc D'Arcy", "N'Golo",
    "Dell'Acqua", "L'Oréal account team", "McDonald's franchise", "select committee", "Union Pacific",
    "union street office", "credit union", "order by date", "drop-off desk", "table tennis club", "sleep lab",
    "benchmark team", "shutdown checklist", "delete request", "insert team", "update squad", "merge team",
    "match day crew", "case study group", "exec assistant", "executive assistant", "information desk",
    "master data team", "mongo", "postgres admins", "mysql dba", "sqlite", "Charlotte", "Sherlock",
    "alter ego band", "Xavier", "Orlando", "Andrea", "Nordstrom", "john smith", "jane@example.com", "sales",
    "engineering", "marketing london", "1st floor", "Team 42", "it's me", "rock 'n' roll", "c# developers", "c++",
    "node.js", "r&d", "q&a team", "AT&T liaison", "front-end/back-end", "dev-ops", "\"data team\"",
    "sales -emea", "ann OR anne", "title:\"vp sales\"", "(intern)", "[archived]", "#general", "@here",
    "50% off club", "ext. 2147", "room 4.12", "2nd-shift supervisors", "night shift (sleep schedule)",
    "Chief of Staff", "head of select accounts", "having trouble logging in", "waitlist", "wait for delay notice",
    "training: SQL basics", "SQL Server admins", "Oracle DBA", "information security", "schema review group",
    "benchmarking guild", "if/else workshop", "char-lotte", "Ana María", "José Ñúñez", "Zoë", "Björk", "Đặng",
    "李小龙", "Müller-Lüdenscheidt", "O'Reilly Media", "Ma'am", "Guinness & Co", "Procter & Gamble",
    "Dr. Jekyll", "1=1 meeting notes", "one-on-one", "null pointer club", "true north team", "not sure",
]

CHAT = [
    "lookup user O'Brien",
    "hey bot, who's on the union negotiation committee?",
    "ticket title: Sleep mode drains battery on the login page",
    "benchmark run finished: 1.8x faster than last week",
    "select the 'Team' tab and then click Update",
    "please don't drop the staging table until Friday, Jen still needs it",
    "we switched the reports DB from MySQL to Postgres last sprint",
    "pg_dump of the analytics db runs at 2am, don't restart it then",
    "merge request !482 is ready for review",
    "the match against Leeds is on Saturday, who's coming?",
    "waiting for the delay approval from finance",
    "I'll update the users table docs after lunch",
    "the information_schema docs are linked in the wiki",
    "char limit for bios is 280, same as before",
    "if it's green, ship it",
    "sleep well everyone, see you tomorrow",
    "find user D'Angelo please",
    "ticket title: Order by date doesn't work on the export page",
    "hey bot, what's the status of the database migration?",
    "the union meeting moved to 3pm",
    "can someone explain why the query planner picks a seq scan there?",
    "we added an index on users(email), the login is fast again",
    "ran SELECT COUNT(*) FROM orders on the replica: 1.2M rows",
    "anyone know the MongoDB $lookup syntax by heart?",
    "the exec team offsite is on the 12th",
    "having lunch, back in 20",
    "case closed, the customer confirmed the fix",
    "whois the owner of the billing service?",
    "shutdown of the old VPN is planned for March 1st",
    "please insert your name in the sign-up sheet",
    "delete the draft when you're done, it's confusing people",
    "the 'or' in the subject line should be 'and', sorry",
    "1 or 2 people still need access to the dashboard",
    "and that's a wrap for the quarter",
    "is it 'O'Neil' or 'O'Neill' in the contract?",
    "bug report: the apostrophe in Zoë's last name breaks the badge printer",
    "the benchmark() helper in our perf suite is flaky on ARM",
    "sleep(5) in the retry loop is too long for the webhook, let's use backoff",
    "the team is split 50/50 between tabs and spaces",
    "the SQL course on Friday covers joins, group by and having",
    "we store dates as ISO strings; 2024-12-05 sorts fine",
    "drop me a line when the release is tagged",
    "table for 6 at the Italian place, 7pm",
    "update: the printer on floor 2 works again",
    "lol the bot replied with 'null' again",
    "true, the cache was stale; false alarm on the outage",
    "the price is $12.50 per seat / month, or $99 a year",
    "Q: do we support SSO? A: yes, via Okta",
    "can you select all rows in the sheet and sort by column B?",
    "the merge conflict was in package-lock.json, as always",
    "I'm out of office until Monday; ping Ravi for anything urgent",
    "the schema change is backwards compatible, no downtime",
    "our load test hit 4,000 rq/s before the DB pool ran dry",
    "has anyone tried pgbouncer in transaction mode with prepared statements?",
    "version 2.3.1 is out, release notes in #releases",
    "the order of operations: backup, migrate, verify, then announce",
    "please review the match/against full-text search PR when you can",
    "the nightly job waits for the delay queue to drain",
    "the hex colour for the new brand is #1a2b3c",
    "the user id is 42, email ann@example.org",
    "I love how the docs say 'just' in every other sentence",
    "we need a union of both lists, no duplicates",
    "the Oracle licence renewal is due in June",
    "tables, not divs, for the invoice email (Outlook...)",
    "grant me access to the reporting workspace please",
    "the cron runs every 5 minutes: */5 * * * *",
    "ok -- let's discuss in the standup",
    "ticket title: Can't save profile when the bio contains quotes",
    "hey bot, remind me to update the roadmap at 4pm",
    "the 2147483647 cap on ids is a 32-bit thing, we moved to bigint",
    "lookup user Mary-Kate O'Hara",
    "thanks for the benchmark numbers, very helpful",
    "search sleep tracker integration",
    "Friday's demo: new search, the order history page and dark mode",
    "the select dropdown on mobile is cut off",
    "an alter ego of mine writes poetry",
    "I'm having a hard time with the new VPN client",
    "exec summary is in the drive, 2 pages",
    "declare your dietary requirements in the form by Tuesday",
    "the character set on the old CSV export was latin1, so names broke",
    "Bio: Database engineer. Postgres, MySQL, some Mongo. Opinions on indexes.",
    "I order my coffee by strength, then by size",
    "Former union rep, now in HR. Ask me about benefits.",
    "Runner, sleeper, occasional benchmark enthusiast.",
    "I write SQL for a living and poems for fun.",
    "Support lead. If it's broken, I'll find out why.",
    "Data analyst at Acme. Pivot tables are my love language.",
    "Drop by my desk any time, floor 3",
    "Part-time DJ, full-time backend developer",
    "Between projects; happy to help with reviews",
    "Not a morning person. Not an evening person either.",
    "Loves cats, chess and case studies",
    "Sales @ EMEA. Let's match you with the right plan.",
    "Product designer; select works in the Design Library",
    "Ex-DBA, recovering perfectionist",
    "Currently learning Rust; tips welcome",
    "Tea > coffee, fight me",
    "1/2 of the on-call rotation this week",
    "He/him. Based in Dublin.",
    "She/her - Toronto - gardening, books, #opensource",
]

PROFILES = [
    {"name": "Siobhán O'Connor", "title": "Union Representative", "department": "Legal"},
    {"name": "Liam O'Brien", "title": "Database Administrator", "department": "Engineering"},
    {"name": "Chiara D'Angelo", "title": "Sleep Researcher", "department": "R&D"},
    {"name": "Dana Select", "title": "Account Executive", "department": "Sales"},
    {"name": "Marco Union", "title": "Support Engineer", "department": "Support"},
    {"name": "Grace Hopper-Smith", "title": "Executive Assistant", "department": "Office of the CEO"},
    {"name": "Ahmed Al-Farsi", "title": "Data Engineer (MySQL, Postgres)", "department": "Data"},
    {"name": "Zoë Martín", "title": "Benchmark & Performance Lead", "department": "Engineering"},
    {"name": "Kwame Mensah", "title": "Head of Information Security", "department": "Security"},
    {"name": "Anne-Marie D'Arcy", "title": "Merge & Acquisitions Analyst", "department": "Finance"},
    {"name": "Tom O'Neil", "title": "Match Analyst", "department": "Scouting"},
    {"name": "Priya Case", "title": "Case Manager", "department": "Customer Care"},
    {"name": "Lee Table", "title": "Facilities Coordinator", "department": "Operations"},
    {"name": "Olivia Order", "title": "Order Fulfilment Lead", "department": "Logistics"},
    {"name": "Noah Drop", "title": "Drop Shipping Manager", "department": "E-commerce"},
    {"name": "Ines Having", "title": "Researcher", "department": "Labs"},
    {"name": "Björn Update", "title": "Release Manager", "department": "Engineering"},
    {"name": "Fatima Zahra", "title": "SQL Server DBA", "department": "IT"},
    {"name": "Chen Wei", "title": "MongoDB Specialist", "department": "Platform"},
    {"name": "Rosa Delay", "title": "Travel Coordinator", "department": "Operations"},
    {"name": "Sam Wait", "title": "Barista Trainer", "department": "Hospitality"},
    {"name": "Jo Benchmark", "title": "QA Engineer", "department": "Quality"},
    {"name": "Max Schema", "title": "Architect", "department": "Engineering"},
    {"name": "Eva Master", "title": "Master Data Manager", "department": "Data Governance"},
    {"name": "Ola Nordmann", "title": "Shutdown Planner", "department": "Plant Operations"},
    {"name": "Yusuf Exec", "title": "Executive Coach", "department": "People"},
    {"name": "Hana Char", "title": "Character Designer", "department": "Games"},
    {"name": "Luca Alter", "title": "Tailor", "department": "Retail"},
    {"name": "Ruth Insert", "title": "Print Production", "department": "Marketing"},
    {"name": "Ben Null", "title": "Intern", "department": "Engineering"},
    {"name": "Ana True", "title": "Compliance Officer", "department": "Legal"},
    {"name": "Paul Between", "title": "Mediator", "department": "HR"},
    {"name": "Mia Like", "title": "Community Manager", "department": "Marketing"},
    {"name": "Ivan Petrov", "title": "Backend Developer (SELECT team)", "department": "Engineering"},
    {"name": "Sofia Sleep", "title": "Night Nurse", "department": "Health"},
    {"name": "Arjun Patel", "title": "Director, Union Relations", "department": "People"},
    {"name": "Nora Rlike", "title": "Linguist", "department": "Localization"},
    {"name": "Kim Hex", "title": "Brand Designer (#ff6600 fan)", "department": "Design"},
    {"name": "Dev O'Toole", "title": "DevOps - on call", "department": "Infrastructure"},
    {"name": "Mariam Kaur", "title": "Product Manager, Search & Match", "department": "Product"},
]

SETTINGS = [
    ("display_name", "Liam O'Brien"), ("display_name", "Zoë (she/her)"), ("display_name", "D'Angelo, Chiara"),
    ("display_name", "Dr. Ruth Insert"), ("display_name", "Marco - Union"), ("display_name", "Ana María García"),
    ("display_name", "Tom O'Neil #7"), ("display_name", "Kofi A."), ("display_name", "李雷"),
    ("display_name", "Jean-Luc"), ("status_text", "In a meeting until 3"), ("status_text", "Out sick, sleep mode"),
    ("status_text", "Running benchmarks, ping me if urgent"), ("status_text", "Focus time: do not disturb"),
    ("status_text", "On the union call"), ("status_text", "Back at 2:30 (dentist)"),
    ("status_text", "Working from Lisbon this week"), ("status_text", "Heads-down on the DB migration"),
    ("status_text", "Lunch; back in 30"), ("status_text", "OOO until Monday -- ask Ravi"),
    ("signature", "Best, Ann | Sales @ Acme | +44 20 7946 0958"),
    ("signature", "Cheers,\nLiam O'Brien\nDatabase Administrator"),
    ("signature", "Thanks! -- Mei"), ("signature", "Regards, Tomás (he/him)"),
    ("signature", "Sent from my phone; please excuse typos"), ("signature", "Kind regards,\nThe Support Team"),
    ("bio", "Postgres and MySQL person. I drop tables only in staging."),
    ("bio", "Union rep for the Dublin office. Ask me anything."), ("bio", "I benchmark everything, even coffee."),
    ("bio", "Sleep scientist by training, engineer by accident."), ("bio", "Order, chaos, and spreadsheets."),
    ("bio", "Select works: https://portfolio.example.com/ann"), ("bio", "Having fun with data since 2009"),
    ("bio", "Match-maker for customers and plans"), ("bio", "Case manager; 10 years in customer care"),
    ("bio", "If in doubt, write it down."), ("bio", "Between Berlin and Lisbon."),
    ("bio", "I like SQL, long walks and good documentation."), ("bio", "Just here for the emoji reactions 🎉"),
    ("bio", "Merging PRs and opinions since 2015"), ("timezone_label", "Dublin (GMT+0)"),
    ("timezone_label", "New York (UTC-5)"), ("timezone_label", "Tokyo (UTC+9)"),
    ("timezone_label", "São Paulo (UTC-3)"), ("timezone_label", "Mumbai (UTC+5:30)"),
]

PATHS = [
    "42", "1001", "me", "search", "export.csv", "o-brien", "liam.obrien", "mary-kate", "jean-luc", "zoe",
    "union-reps", "select-accounts", "sleep-lab", "benchmark-team", "order-history", "drop-shipping",
    "merge-requests", "match-day", "case-studies", "exec-team", "info-desk", "master-data", "schema-review",
    "4f3c2a1b-9d8e-4c7b-a6f5-0e1d2c3b4a59", "U01ABCDEF", "ann@example.org", "D'Angelo", "O'Neil",
    "José Ñúñez", "Björk", "2147483", "page-2", "teams", "teams/sales", "orders", "invoices/2024-11",
    "reports/weekly", "roles", "settings", "avatars/42.png", "stats", "health", "v2", "audit-log", "tags/sql",
    "tags/postgres", "tags/mongodb", "help/faq", "docs/getting-started", "files/report (final).pdf",
    "notes/q&a", "c++-guild", "r&d", "100%-club", "alice+test@example.com", "50", "3.14", "1e3-team",
    "null", "true", "false", "undefined", "admin", "select", "union", "order", "having", "drop",
]

USER_AGENTS = BROWSER_UAS + [
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 "
    "Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 OPR/115.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "curl/8.5.0", "python-requests/2.32.3", "PostmanRuntime/7.42.0", "okhttp/4.12.0", "Go-http-client/2.0",
    "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "insomnia/10.1.1",
    "AcmeApp/5.12.0 (iPhone; iOS 18.1; Scale/3.00)", "AcmeApp/5.12.0 (Android 14; Pixel 8)",
    "Slack/4.41.97 (Windows NT 10.0; Win64; x64)", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)", "Java/17.0.9", "Ruby", "Wget/1.21.4", "HTTPie/3.2.2",
    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 6 Build/TQ3A.230901.001)",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
]

REFERERS = [
    "https://app.example.com/users?q=o%27brien&sort=name&order=asc",
    "https://app.example.com/users?q=D%27Angelo",
    "https://app.example.com/search?q=union+street+office",
    "https://app.example.com/search?q=select+committee&page=2",
    "https://app.example.com/reports?order_by=created_at&dir=desc",
    "https://app.example.com/reports?sort=-updated_at&filter[status]=open",
    "https://app.example.com/admin/users?role=admin&per_page=100",
    "https://app.example.com/teams/42#members",
    "https://app.example.com/settings/profile?tab=notifications",
    "https://app.example.com/search?q=sleep+lab&type=team",
    "https://app.example.com/search?q=%22data+team%22",
    "https://app.example.com/search?q=sales+-emea",
    "https://app.example.com/search?q=ann+OR+anne",
    "https://app.example.com/search?q=r%26d",
    "https://app.example.com/search?q=c%23+developers",
    "https://app.example.com/docs/sql-basics#group-by-and-having",
    "https://app.example.com/help/articles/1234-why-is-my-export-delayed",
    "https://app.example.com/orders?from=2024-11-01&to=2024-11-30",
    "https://app.example.com/users?q=Ma%27am",
    "https://app.example.com/calendar?view=week&date=2024-12-05",
    "https://www.google.com/",
    "https://www.bing.com/search?q=acme+user+directory",
    "https://duckduckgo.com/",
    "https://app.example.com/",
    "https://app.example.com/login?next=%2Fdashboard",
    "https://app.example.com/oauth/callback?code=abc123&state=xyz",
    "https://app.example.com/users?q=Zo%C3%AB",
    "https://app.example.com/users?q=%E6%9D%8E",
    "https://app.example.com/search?q=benchmark+results+q3",
    "https://app.example.com/search?q=match+day+crew",
    "https://app.example.com/search?q=1%3D1+meeting+notes",
    "https://app.example.com/search?q=information+security",
    "https://app.example.com/search?q=waitlist&page=3",
    "https://app.example.com/wiki/Postgres_vs_MySQL",
    "https://app.example.com/wiki/MongoDB_cheat_sheet",
    "https://app.example.com/tickets/981?comment=12",
    "https://app.example.com/users/42/edit",
    "https://app.example.com/admin/audit-log?actor=ann&action=update",
    "https://app.example.com/admin/users/search",
    "https://app.example.com/me/settings",
]

COOKIE_VALUES = [
    ("theme", "dark"), ("theme", "light"), ("tz", "Europe/London"), ("tz", "America/New_York"),
    ("lang", "en-GB"), ("lang", "pt-BR"), ("last_search", "O'Brien"), ("last_search", "union street office"),
    ("last_search", "select committee"), ("last_search", "sleep lab"), ("last_search", "r&d"),
    ("last_search", "\"data team\""), ("user_filter", "department:Sales"), ("user_filter", "role=admin"),
    ("user_filter", "status:active,sort:name"), ("prefs", "{\"density\":\"compact\",\"sidebar\":true}"),
    ("prefs", "{\"columns\":[\"name\",\"email\",\"team\"],\"order\":\"asc\"}"), ("prefs", "tables=compact"),
    ("recent", "42,1001,7"), ("recent_teams", "sales|support|finance"), ("tour_done", "true"),
    ("banner_dismissed", "2024-12-01"), ("sidebar", "collapsed"), ("ab_test", "search_v2:B"),
    ("last_search", "ann OR anne"), ("last_search", "D'Angelo"), ("last_search", "having trouble logging in"),
    ("user_filter", "title:\"vp sales\""), ("prefs", "{\"notify\":{\"email\":false,\"slack\":true}}"),
    ("recent", "O'Neil;D'Arcy"),
]


def benign() -> Iterator[dict[str, Any]]:
    """The same six places with innocent values; ids name the kind."""
    b = Builder(6802)
    n = 0

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for text in SEARCHES:
        yield rec("search", "query", b.query(text))
        yield rec("search", "form", b.form(text))
    for text in CHAT:
        if text.startswith(("Bio:", "I ", "Former", "Runner", "Support lead", "Data analyst", "Drop by",
                            "Part-time", "Between", "Not a", "Loves", "Sales @", "Product designer", "Ex-DBA",
                            "Currently", "Tea", "1/2", "He/him", "She/her")):
            lead = ""
        else:
            lead = b.rng.choice(["", "", "", "@channel ", "fyi "])
        yield rec("slack", "json", b.slack(lead + text, n, "v0=" + "0" * 64))
        yield rec("bio", "json", b.json_api(b.profile("bio", text)))
    for prof in PROFILES:
        doc = b.profile("name", prof["name"])
        doc.update(prof)
        yield rec("profile", "json", b.json_api(doc))
        yield rec("profile", "json", b.json_api({"title": prof["title"]}, "PATCH", "/api/users/42"))
    for field, value in SETTINGS:
        yield rec("settings", "form", b.form(value, "/me/settings", field))
    for i, seg in enumerate(PATHS):
        yield rec("path", "path", b.path(seg, under_users=i % 4 != 3, keep_slash=True))
        yield rec("path", "path", b.path(seg, under_users=i % 4 == 3, keep_slash=True))
    for ua in USER_AGENTS:
        yield rec("header", "header:User-Agent", b.user_agent(ua))
        yield rec("header", "header:User-Agent", b.query(b.rng.choice(SEARCHES), ua=ua))
    for ref in REFERERS:
        yield rec("header", "header:Referer",
                  {"method": "GET", "uri": f"/api/users?page={b.rng.randint(1, 4)}&per_page=20", "body": "",
                   "headers": b.headers("fetch", referer=ref)})
    for name, value in COOKIE_VALUES:
        yield rec("cookie", "cookie", b.cookie_value(value, name))
    for text in SEARCHES[::2]:
        yield rec("search", "query", b.query(text))
    for text in SEARCHES[1::3]:
        yield rec("search", "form", b.form(text))
    for text in SEARCHES:
        lead = b.rng.choice(["lookup user ", "find user ", "hey bot, who is ", "search "])
        yield rec("slack", "json", b.slack(lead + text, n, "v0=" + "0" * 64))


if __name__ == "__main__":
    print_records(attacks(), benign())
