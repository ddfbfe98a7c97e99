"""Blind SQL injection set "fiftyfifth": the shortest fragments a rule must still catch, as a regression suite
lists them, and benign requests that carry the same words innocently.

Angle: for each detection title (OWASP CRS 3.3.4 request rules 942xxx at paranoia levels 1 and 2, plus four
titles CRS 4.x added) the atomic payloads: the shortest fragment that still carries the attack the title names
(a lone tautology, a lone UNION SELECT, a lone stacked statement, a lone function call, a quote and a comment),
then the same fragments with one obfuscation each (case, an inline comment or a whitespace substitute for the
spaces, other quoting, or an encoding a server decodes: percent-escapes left for the server to decode once,
double percent-encoding). 8 to 12 payloads per title.

Family: sqli only. Sub-families, one per title (CRS id: sub):
  PL1: 942100 libinjection, 942140 db-names, 942160 sleep-benchmark, 942170 conditional-sleep,
  942190 mssql-exec, 942220 integer-overflow, 942230 conditional, 942240 charset-mssql-dos,
  942250 match-merge-execute, 942270 union-select-from, 942280 pg-sleep-waitfor-shutdown, 942290 mongodb,
  942320 stored-procedure, 942350 udf-manipulation, 942360 concatenated-sqllfi, 942500 inline-comment;
  PL2: 942110 injection-testing, 942120 sql-operator, 942130 tautology, 942150 sql-function,
  942180 auth-bypass-1, 942200 comment-space-backtick, 942210 chained-1, 942260 auth-bypass-2,
  942300 comments-conditions-char, 942310 chained-2, 942330 probing-1, 942340 auth-bypass-3,
  942361 alter-union, 942370 probing-2, 942380/942390/942400/942410/942470/942480 attack-9423xx..9424xx
  (the six titles that only say "SQL Injection Attack"), 942430 special-chars, 942440 comment-sequence,
  942450 hex-encoding, 942510 ticks-backticks;
  CRS 4.x: json-sqli, scientific-notation, split-query-auth, auth-bypass-4.

Placements: every payload is sent twice.
  1. On one of our real routes, rotating: query of /api/users, form of /admin/users/search (with csrf_token),
     JSON of /api/users, cookie, User-Agent, Referer, another header (X-Client-Note), a parameter name, an XML
     body, a multipart field or filename (/api/users/42/avatar), the URL path (/api/users/<payload>).
  2. The way a WAF's regression suite sends them ("rs-" placements): to a path that is not our route (/,
     /index.php, /get, /post, /search, /api/v1/items) with an arbitrary parameter name (foo, var, x, test, id,
     arg1), as a query string, a form body, a JSON body, an XML body, or in the User-Agent, Referer, a custom
     header (X-Custom) or a cookie.
  A payload with a line break is never put in a header, cookie or filename (the next placement in the rotation
  is taken). MongoDB operator payloads go where operators live: bracketed parameter names (username[$ne]=1)
  and JSON objects ({"username": {"$ne": null}}). The split-query titles also get two-field pairs (login and
  pin fields), recorded as "first + second".

Benign: Slack messages and bios (chat_and_bio), public links and admin-panel prose (links_and_prose), searches,
names, addresses, numbers and hex values in profiles, real User-Agents, Referers and cookies, XML profiles,
uploaded file names, and a share of the same texts sent to the regression-suite paths, all with the words of the
payloads (select, union, sleep, order by, having, quotes in names, hashtags, 0x addresses, large numbers).

Authorship and independence: written for this repository from general knowledge of SQL injection and from the
rule titles alone; no WAF rule, ruleset regression test or public payload list was read. Measured once, on
unchanged code, and no payload was changed after seeing the result. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fiftyfifth"

# ---------------------------------------------------------------------------------------------------------------
# Attacks: atomic fragments first, then the same fragments with one obfuscation each.
# ---------------------------------------------------------------------------------------------------------------
SQLI: dict[str, list[str]] = {
    # 942100 SQL Injection Attack Detected via libinjection
    "libinjection": [
        "1' OR '1'='1",
        "' OR 1=1--",
        "1 UNION SELECT 1,2",
        "1;DROP TABLE users",
        "admin'--",
        "1' AND 1=2#",
        "1' oR '1'='1",
        "'/**/OR/**/1=1--",
        "1\tUNION\tSELECT\t1,2",
        "%27%20OR%201%3D1--",
        "1'\nOR\n1=1-- -",
        "1\"OR\"1\"=\"1",
    ],
    # 942140 Common DB Names Detected
    "db-names": [
        "information_schema.tables",
        "mysql.user",
        "pg_catalog.pg_user",
        "sysobjects",
        "master..sysdatabases",
        "sqlite_master",
        "msysobjects",
        "INFORMATION_SCHEMA.COLUMNS",
        "information_schema/**/.tables",
        "`information_schema`.`tables`",
        "%69nformation_schema.schemata",
        "PG_SHADOW",
    ],
    # 942160 blind sqli tests using sleep() or benchmark()
    "sleep-benchmark": [
        "sleep(5)",
        "benchmark(1000000,md5(1))",
        "1 and sleep(5)",
        "'-sleep(5)-'",
        "(select sleep(5))",
        "SlEeP(5)",
        "sleep/**/(5)",
        "sleep\t(5)",
        "BENCHMARK(5000000,SHA1(0x61))",
        "sl%65ep(5)",
        "\"or sleep(5)=\"",
    ],
    # 942170 benchmark and sleep injection including conditional queries
    "conditional-sleep": [
        "if(1=1,sleep(5),0)",
        "select sleep(5)",
        "select benchmark(1000000,md5(1))",
        ";select sleep(5)",
        "and if(1,sleep(5),0)",
        "case when 1=1 then sleep(5) end",
        "SeLeCt SlEeP(5)",
        "select/**/sleep(5)",
        "IF(1=1,BENCHMARK(5000000,MD5(1)),0)",
        "select%20sleep(5)",
        "select\nsleep(5)",
        "'+if(1,sleep(5),0)+'",
    ],
    # 942190 MSSQL code execution and information gathering
    "mssql-exec": [
        "exec xp_cmdshell 'dir'",
        ";exec master..xp_cmdshell 'whoami'",
        "exec sp_configure 'xp_cmdshell',1",
        "select @@version",
        "union select @@version",
        "exec xp_regread",
        "sp_oacreate 'wscript.shell'",
        "EXEC XP_CMDSHELL 'dir'",
        "exec/**/xp_cmdshell 'dir'",
        "exec\txp_cmdshell 'dir'",
        "exec%20master.dbo.xp_cmdshell%20'ver'",
        "'; exec(\"xp_cmdshell 'dir'\")--",
    ],
    # 942220 integer overflow attacks (skipfish) and the "magic number" crash
    "integer-overflow": [
        "2147483648",
        "4294967296",
        "4294967295",
        "-2147483649",
        "9223372036854775808",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "18446744073709551616",
        "+4294967296",
        "0004294967296",
        "\t2147483648",
        "2147483648.0",
    ],
    # 942230 conditional SQL injection attempts
    "conditional": [
        "case when 1=1 then 1 else 0 end",
        "if(1=1,1,0)",
        "' and if(1=1,1,0)",
        "iif(1=1,1,0)",
        "(case when (1=1) then 1 else 1/0 end)",
        "1) and if(1,1,0)",
        "decode(1,1,1,0)",
        "CaSe WhEn 1=1 ThEn 1 EnD",
        "case/**/when/**/1=1/**/then/**/1/**/end",
        "if (1=1, 1, 0)",
        "case%0awhen%0a1=1%0athen%0a1%0aend",
        "'||(case when 1=1 then 'a' else 'b' end)||'",
    ],
    # 942240 MySQL charset switch and MSSQL DoS attempts
    "charset-mssql-dos": [
        "alter database x character set utf8",
        "alter table users convert to character set latin1",
        "'; waitfor delay '0:0:20'",
        "'; waitfor time '23:59'",
        "';goto l",
        "set names 'sjis'",
        "ALTER TABLE t CHARACTER SET utf8",
        "alter/**/table t character/**/set big5",
        "\"; WAITFOR DELAY '00:00:30'--",
        "'%3Bwaitfor delay '0:0:9'",
        "';\twaitfor\tdelay\t'0:0:5'",
    ],
    # 942250 MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    "match-merge-execute": [
        "match(title) against('x')",
        "MATCH(a,b) AGAINST('+x' IN BOOLEAN MODE)",
        "merge into users using dual on (1=1)",
        "execute immediate 'drop table t'",
        "' or match(name) against ('a')#",
        "MaTcH(a) AgAiNsT('x')",
        "match/**/(a)/**/against/**/('x')",
        "execute\timmediate 'select 1'",
        "MERGE INTO t USING s ON (1=1) WHEN MATCHED THEN DELETE",
        "execute%20immediate%20'grant dba to x'",
        "\"; EXECUTE IMMEDIATE \"select 1\"",
    ],
    # 942270 basic sql injection, common attack string for mysql, oracle and others
    "union-select-from": [
        "union select * from users",
        "union select password from users",
        "union all select 1 from dual",
        "' union select null from dual--",
        "1 union select name from sysobjects",
        "UnIoN SeLeCt 1 FrOm t",
        "union/**/select/**/1/**/from/**/t",
        "union\nselect\n1\nfrom\nt",
        "union%0aselect%0a1%0afrom%0at",
        "union distinct select 1 from t",
        "') union select 1 from t--",
    ],
    # 942280 Postgres pg_sleep, waitfor delay and database shutdown
    "pg-sleep-waitfor-shutdown": [
        "pg_sleep(5)",
        "select pg_sleep(10)",
        ";select pg_sleep(5)--",
        "waitfor delay '0:0:5'",
        "; shutdown--",
        "'; shutdown with nowait--",
        "waitfor time '12:00'",
        "PG_SLEEP(5)",
        "pg_sleep/**/(5)",
        "WaItFoR DeLaY '0:0:5'",
        "waitfor%20delay%20'0:0:5'",
        ";\tshutdown",
    ],
    # 942290 basic MongoDB SQL injection attempts
    "mongodb": [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "{\"$regex\": \".*\"}",
        "{\"$where\": \"sleep(5000)\"}",
        "[$ne]=1",
        "[$regex]=^adm",
        "$where: '1 == 1'",
        "db.users.find({})",
        "';return true;var x='",
        "{\"$nin\": []}",
        "this.password.match(/.*/)//",
        "[$exists]=true",
    ],
    # 942320 MySQL and PostgreSQL stored procedure/function injections
    "stored-procedure": [
        "procedure analyse()",
        ";declare @x int",
        "declare @s varchar(8000)",
        "exec(@s)",
        "create procedure p() -- ",
        "create function f() returns int",
        "; open c",
        "PROCEDURE ANALYSE(1,1)",
        "procedure/**/analyse()",
        "DeClArE @q nvarchar(99)",
        "exec (@s)",
        ";declare%20@x%20int",
    ],
    # 942350 MySQL UDF injection and other data/structure manipulation
    "udf-manipulation": [
        "create function sys_exec returns int soname 'udf.so'",
        ";drop table users",
        ";insert into users values(1)",
        ";update users set role=1",
        ";delete from users",
        ";truncate table logs",
        ";alter table users add x int",
        ";create table t(a int)",
        ";DrOp TaBlE users",
        ";/**/drop/**/table/**/users",
        ";\ndrop table users",
        "%3Bdrop table users",
    ],
    # 942360 concatenated basic SQL injection and SQLLFI
    "concatenated-sqllfi": [
        "1 union select 1",
        "' union all select 1",
        "load_file('/etc/passwd')",
        "select load_file(0x2f6574632f706173737764)",
        "1 select char(65)",
        "' regexp '^a",
        "select group_concat(user)",
        "1 alter user root",
        "1 UnIoN SeLeCt 1",
        "LOAD_FILE ('/etc/hosts')",
        "1%20union%20select%201",
        "'\tunion\tselect\t1",
    ],
    # 942500 MySQL in-line comment
    "inline-comment": [
        "/*!union*/",
        "/*!50000select*/",
        "/*!12345union select 1*/",
        "1/*!and*/1=1",
        "/*!sleep(5)*/",
        "/*! or 1=1*/",
        "/*!UnIoN*/",
        "/*!00000union*//*!00000select*/",
        "%2F%2A%21union%2A%2F",
        "/*!\tselect*/",
        "'/*!or*/'1'='1",
    ],
    # 942110 Common Injection Testing
    "injection-testing": [
        "'",
        "1'",
        "'1",
        "\"",
        "`",
        "';",
        "1\"",
        "%27",
        "\t'",
        "%2527",
        "''",
    ],
    # 942120 SQL Operator
    "sql-operator": [
        "1 rlike 1",
        "' regexp '.'",
        "1 xor 1",
        "1<=>1",
        "1 not between 'a' and 'b'",
        "1 is null",
        "a'<>'b",
        "' in (1,2)",
        "1 RLIKE 1",
        "1/**/xor/**/1",
        "1%3C%3E2",
        "1\tregexp\tbinary 'a'",
    ],
    # 942130 SQL Tautology
    "tautology": [
        "1=1",
        "'a'='a'",
        "or 1=1",
        "' or 'x'='x",
        "2=2",
        "\"a\"=\"a\"",
        "OR 1=1",
        "or/**/1=1",
        "or 1%3D1",
        "' or 'x' = 'x",
        "or\t2\t=\t2",
        "1 like 1",
    ],
    # 942150 SQL Injection Attack (function calls)
    "sql-function": [
        "concat(0x41,0x42)",
        "char(65)",
        "ascii(substr(user(),1,1))",
        "database()",
        "version()",
        "extractvalue(1,0x7e)",
        "updatexml(1,concat(0x7e,user()),1)",
        "CoNcAt(1,2)",
        "database/**/()",
        "char (65)",
        "ver%73ion()",
        "group_concat(table_name)",
    ],
    # 942180 basic SQL authentication bypass attempts 1/3
    "auth-bypass-1": [
        "admin'--",
        "' or ''='",
        "1' or '1'='1",
        "\" or \"\"=\"",
        "' or 1--",
        "') or ('1'='1",
        "admin' #",
        "' OR ''='",
        "'/**/or/**/''='",
        "'%20or%20''='",
        "'\tor\t'1'='1",
        "admin\"--",
    ],
    # 942200 MySQL comment-/space-obfuscated injections and backtick termination
    "comment-space-backtick": [
        "select/**/1/**/from/**/t",
        ",1'",
        "id`",
        "select(space(1))",
        "1,'x'",
        "' select x from t",
        ",sleep(5)'",
        "SeLeCt/**/1/**/FrOm/**/t",
        "select%0a1%0afrom%0at",
        "select\t1\tfrom\tt",
        "`;drop table t",
    ],
    # 942210 chained SQL injection attempts 1/2
    "chained-1": [
        "1 and 1",
        "' and '1",
        "1 or 1",
        "'||'1",
        "&&1",
        "1 div 1",
        "' like '1",
        "1 AnD 1",
        "1/**/or/**/1",
        "1 %26%26 1",
        "1\tand\t'1",
    ],
    # 942260 basic SQL authentication bypass attempts 2/3
    "auth-bypass-2": [
        "' or 1=1 having 1=1",
        "' like 'a",
        "\" like \"%",
        "@@version like '5%'",
        "' and x=1 having 1=1",
        "' || x=1 having 1=1",
        "union select user",
        "' OR 1=1 HAVING 1=1",
        "'/**/like/**/'a",
        "' like%20'a",
        "'\tor\tx=1 having 1=1",
    ],
    # 942300 MySQL comments, conditions and ch(a)r injections
    "comments-conditions-char": [
        "char(65)",
        "chr(97)",
        "'#",
        ") when 1 then 1",
        "/*!1*/",
        "\"#",
        "cast(1 as char)",
        "ChAr(65)",
        "char (0x41)",
        "'%23",
        "'\t#",
    ],
    # 942310 chained SQL injection attempts 2/2
    "chained-2": [
        "'; select 1",
        "\"; insert into t values(1)",
        "'); drop table t--",
        "' and (select 1)",
        "' || (select 1)",
        "1); exec x",
        "'; SeLeCt 1",
        "';/**/select 1",
        "'%3B select 1",
        "'\n; select 1",
        "\"; update t set a=1",
    ],
    # 942330 classic SQL injection probings 1/3
    "probing-1": [
        "' or '",
        "\" or \"",
        "' and '",
        "' xor '",
        "1' or 1#",
        "') or ('",
        "' or 1 is null",
        "' Or '",
        "'/**/or/**/'",
        "'%20or%20'",
        "'\tand\t'",
    ],
    # 942340 basic SQL authentication bypass attempts 3/3
    "auth-bypass-3": [
        "' or 'a' in ('a')",
        "' or 1 in (1)",
        "') or 1 in (1)--",
        "' or true--",
        "' in ('x')",
        "\" or 1 in (1)#",
        "' OR 1 IN (1)",
        "'/**/or/**/1/**/in/**/(1)",
        "'%20or%201%20in%20(1)",
        "'\tin\t('a')",
    ],
    # 942361 basic SQL injection based on keyword alter or union
    "alter-union": [
        "' union select 1",
        "1 union all select",
        ";alter table users",
        "' alter user root",
        "\"union select",
        "union select",
        "' UnIoN SeLeCt 1",
        "'/**/union/**/select 1",
        "'%20union%20select%201",
        "'\nalter table t",
    ],
    # 942370 classic SQL injection probings 2/3
    "probing-2": [
        "' + '",
        "' || '",
        "'-'",
        "'*'",
        "' & '",
        "'='",
        "\"+\"",
        "'%2B'",
        "'/**/||/**/'",
        "'\t-\t'",
    ],
    # 942380 SQL Injection Attack
    "attack-942380": [
        "having 1=1",
        "order by 1--",
        "' order by 10--",
        "group by 1 having 1=1",
        "and exists(select 1)",
        "into outfile '/tmp/a'",
        "HaViNg 1=1",
        "order/**/by/**/1",
        "into%20outfile%20'/tmp/a'",
        "group\tby\t1",
    ],
    # 942390 SQL Injection Attack
    "attack-942390": [
        "or 1",
        "or true",
        "' or x is not null",
        "or 3>2",
        "xor 1",
        "or 'a' like 'a'",
        "Or TrUe",
        "or/**/3>2",
        "or%203>2",
        "||true",
    ],
    # 942400 SQL Injection Attack
    "attack-942400": [
        "and 1=1",
        "and 5>4",
        "and 'a'='a'",
        "and 1<2",
        "and '1",
        "AnD 1=1",
        "and/**/1=1",
        "and%201=1",
        "and\t1=1",
        "&& 1=1",
    ],
    # 942410 SQL Injection Attack
    "attack-942410": [
        "cast(1 as char)",
        "floor(rand(0)*2)",
        "elt(1,sleep(1))",
        "ifnull(1,2)",
        "current_user()",
        "length(user())",
        "coalesce(1,2)",
        "CAST/**/(1 AS int)",
        "CoAlEsCe(1,2)",
        "length%28user%28%29%29",
        "convert(int, @@version)",
    ],
    # 942470 SQL Injection Attack
    "attack-942470": [
        "xp_dirtree '\\\\x\\y'",
        "opendatasource(",
        "openrowset(",
        "utl_http.request('http://x')",
        "dbms_pipe.receive_message('a',5)",
        "sp_makewebtask",
        "xp_regwrite",
        "nvarchar(4000)",
        "OpEnQuErY(",
        "xp_fileexist/**/'c:\\boot.ini'",
        "utl_inaddr%2Eget_host_name",
        "sp_executesql\tN'select 1'",
    ],
    # 942480 SQL Injection Attack
    "attack-942480": [
        "delete from users",
        "insert into users",
        "update users set x=1",
        "select count(*) from users",
        "select top 1 name from t",
        "select x from y where z",
        "load data infile '/etc/passwd'",
        "dbms_xmlgen.getxml('select 1')",
        "DeLeTe FrOm t",
        "insert/**/into t",
        "update%09t%09set%09a=1",
        "select\ncount(1)\nfrom\nt",
    ],
    # 942430 Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    "special-chars": [
        "1'))))))))))))--",
        "'';;;;;;;;;;;;",
        "@@@@@@@@@@@@@",
        ")-(-)-(-)-(-)-(",
        "\"'`\"'`\"'`\"'`\"'`\"'`\"'`",
        "<><><><><><><>",
        "'||'||'||'||'||'||'",
        "!@#$%^&*()_+-=[]{}",
        "%27%27%27%27%27%27%27%27%27%27%27%27%27",
        "' ' ' ' ' ' ' ' ' ' ' ' '",
        "'/**/'/**/'/**/'",
        "((((((((((((1))))))))))))",
    ],
    # 942440 SQL Comment Sequence Detected
    "comment-sequence": [
        "1/*",
        "*/",
        "'--",
        ";--",
        "1-- x",
        "1# x",
        "/*!",
        "%2F%2A",
        "'-- -",
        "1--\tx",
        ";%00",
        "1--+",
    ],
    # 942450 SQL Hex Encoding Identified
    "hex-encoding": [
        "0x41424344",
        "0x2f6574632f706173737764",
        "select 0x61646d696e",
        "x'61646d696e'",
        "unhex(0x414243)",
        "0X414243",
        "0x3C736372697074",
        "%30x414243",
        "X'414243'",
        "'=0x61646d696e#",
    ],
    # 942510 SQLi bypass attempt by ticks or backticks
    "ticks-backticks": [
        "`id`",
        "`1`=`1`",
        "select`version`()",
        "`users`",
        "`or 1=1`",
        "1`or`1",
        "`Or 1=1`",
        "`/**/or/**/1=1`",
        "%60id%60",
        "`\tor\t1`",
        "´or´1´=´1",
        "‘or’1’=’1",
    ],
    # CRS 4.x: JSON-Based SQL Injection
    "json-sqli": [
        "'{\"a\":1}'::jsonb @> '{}'",
        "json_extract(x,'$.a')",
        "data->>'role'='admin'",
        "' or '{\"a\":1}' <@ '{\"a\":1}'",
        "json_keys((select 1))",
        "1 and json_length('[1]')=1",
        "' or '{}'::jsonb ? 'a'--",
        "JSON_EXTRACT('{\"id\":1}','$.id')=1",
        "'{\"a\":1}'/**/@>/**/'{}'",
        "data->>'x'%3D'x'",
        "jsonb_typeof('{}')\t=\t'object'",
    ],
    # CRS 4.x: MySQL Scientific Notation payload detected
    "scientific-notation": [
        "1.e(",
        "1.e1union select 1",
        "' or 1.e(1) or '",
        "1e0union select 1",
        "0.e1from users",
        "1.e(version())",
        "1.E(",
        "1.e1/**/union select 1",
        "1.e1%20union%20select%201",
        "1.e1\tunion\tselect 1",
    ],
    # CRS 4.x: SQL Authentication bypass (split query)
    "split-query-auth": [
        "admin'/*",
        "*/or '1'='1",
        "\\' or 1=1-- ",
        "\\'or\\'1\\'=\\'1",
        "\\\" or \"\"=\"",
        "*/ or 1=1#",
        "\\' OR 1=1--",
        "\\'/**/or/**/1=1",
        "%5C%27 or 1=1",
        "\\'\tor\t1=1",
    ],
    # CRS 4.x: basic SQL authentication bypass attempts 4/4
    "auth-bypass-4": [
        "'or 1#",
        "' or true#",
        "'||1#",
        "\"or\"1",
        "'=0#",
        "'-0||'",
        "' or 'x' like 'x",
        "'Or 1#",
        "'/**/or/**/1#",
        "'%7C%7C1%23",
        "'\tor\t1#",
    ],
}

# The split query in two fields: each half looks harmless alone.
SPLIT_PAIRS = [
    ("admin'/*", "*/ or '1'='1"),
    ("admin\\", " or 1=1#"),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
FIELDS = ["q", "name", "email", "filter", "sort", "role"]
NOT_IN_HEADERS = {"cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note", "multipart-filename",
                  "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie"}
PCT = re.compile(r"%[0-9A-Fa-f]{2}")
BOUNDARY = "----fiftyfifthBoundary7MA4YWxkTrZu0gW"


def _line_break(p: str) -> bool:
    return any(ord(c) < 32 and c != "\t" for c in p)


def _url(p: str) -> str:
    """A URL component: percent-escapes already in the payload stay for the server to decode."""
    return urllib.parse.quote(p, safe="%" if PCT.search(p) else "")


def _url_form(p: str) -> str:
    return urllib.parse.quote_plus(p, safe="%" if PCT.search(p) else "")


def _cookie_value(p: str) -> str:
    """A cookie value as a client writes it: separators, spaces and non-ASCII percent-encoded."""
    return urllib.parse.quote(p, safe="!#$%&'()*+-./:<=>?@[]^_`{|}~")


def _with(rec: dict[str, Any], **headers: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **headers}}


def _xml(uri: str, tag: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><user><{tag}>{escape(value)}</{tag}></user>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(uri: str, part: str) -> dict[str, Any]:
    body = f"--{BOUNDARY}\r\n{part}\r\n--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _mp_field(uri: str, name: str, value: str) -> dict[str, Any]:
    return _multipart(uri, f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}')


def _mp_file(uri: str, filename: str) -> dict[str, Any]:
    fn = filename.replace('"', "%22")
    return _multipart(uri, f'Content-Disposition: form-data; name="avatar"; filename="{fn}"\r\n'
                           "Content-Type: image/png\r\n\r\n\x89PNG-not-really")


def _real(place: str, p: str, k: int) -> dict[str, Any]:
    """`p` on one of our routes."""
    name = FIELDS[k % len(FIELDS)]
    if place == "query":
        return _get(f"/api/users?{name}={_url(p)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", []), "body": f"csrf_token=t0k3n&{name}={_url_form(p)}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        return _with(_get("/api/users?page=1"), Cookie=f"session=abc123; prefs={_cookie_value(p)}")
    if place == "header:User-Agent":
        return _with(_get("/api/users?page=1"), **{"User-Agent": p})
    if place == "header:Referer":
        return _with(_get("/api/users?page=1"), Referer="https://app.example.com/users?q=" + p)
    if place == "header:X-Client-Note":
        return _with(_get("/api/users?page=1"), **{"X-Client-Note": p})
    if place == "param-name":
        return _get(f"/api/users?{_url(p)}=1")
    if place == "xml":
        return _xml("/api/users", name, p)
    if place == "multipart-field":
        return _mp_field("/api/users/42/avatar", "caption", p)
    if place == "multipart-filename":
        return _mp_file("/api/users/42/avatar", p)
    assert place == "path"
    return _get("/api/users/" + _url(p))


def _rs(place: str, p: str, k: int) -> dict[str, Any]:
    """`p` the way a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    path, name = RS_PATHS[k % len(RS_PATHS)], RS_NAMES[(k // len(RS_PATHS)) % len(RS_NAMES)]
    if place == "rs-query":
        return _get(f"{path}?{name}={_url(p)}")
    if place == "rs-form":
        return {**_form(path, []), "body": f"{name}={_url_form(p)}"}
    if place == "rs-json":
        return _json(path, {name: p})
    if place == "rs-xml":
        body = f'<?xml version="1.0"?><root><{name}>{escape(p)}</{name}></root>'
        return {"method": "POST", "uri": path, "body": body,
                "headers": {"User-Agent": UA, "Content-Type": "text/xml"}}
    if place == "rs-header:User-Agent":
        return _with(_get(path), **{"User-Agent": p})
    if place == "rs-header:Referer":
        return _with(_get(path), Referer=p)
    if place == "rs-header:X-Custom":
        return _with(_get(path), **{"X-Custom": p})
    assert place == "rs-cookie"
    return _with(_get(path), Cookie=f"{name}={_cookie_value(p)}")


def _pick(places: list[str], i: int, p: str) -> str:
    """The i-th placement of the rotation, or the next one that can hold `p` (no line break in a header)."""
    for step in range(len(places)):
        place = places[(i + step) % len(places)]
        if not (_line_break(p) and place in NOT_IN_HEADERS):
            return place
    raise AssertionError(p)


def _mongo(p: str, k: int) -> list[tuple[str, dict[str, Any]]]:
    """Operator payloads where operators live: a bracketed parameter name, a JSON object."""
    name = RS_NAMES[k % len(RS_NAMES)]
    path = RS_PATHS[k % len(RS_PATHS)]
    if p.startswith("["):
        key, _, value = p.partition("=")
        key = key.replace("$", "%24") if k % 2 else key
        return [("param-name", _get(f"/api/users?username{key}={_url(value)}")),
                ("rs-query" if k % 2 else "rs-form",
                 _get(f"{path}?{name}{key}={_url(value)}") if k % 2 else
                 {**_form(path, []), "body": f"{name}{key}={_url_form(value)}"})]
    doc = json.loads(p)
    return [("json", _json("/api/users/login", {"username": "admin", "pin": doc})),
            ("rs-json", _json(path, {name: doc}))]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for sub, payloads in SQLI.items():
        for p in payloads:
            if sub == "mongodb" and (p.startswith("[") or p.startswith("{")):
                pairs = _mongo(p, i)
            else:
                real, rs = _pick(REAL, i, p), _pick(RS, i, p)
                pairs = [(real, _real(real, p, i)), (rs, _rs(rs, p, i))]
            for place, rec in pairs:
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": p}
            i += 1
    for k, (a, b) in enumerate(SPLIT_PAIRS):
        path = RS_PATHS[(k + 3) % len(RS_PATHS)]
        for place, rec in (
                ("form", {**_form("/admin/users/search", []),
                          "body": f"csrf_token=t0k3n&login={_url_form(a)}&pin={_url_form(b)}"}),
                ("json", _json("/api/users/login", {"login": a, "pin": b})),
                ("rs-form", {**_form(path, []), "body": f"user={_url_form(a)}&pass={_url_form(b)}"}),
                ("rs-json", _json(path, {"user": a, "pass": b}))):
            n += 1
            yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": "split-query-auth",
                   "placement": place, "payload": f"{a} + {b}"}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently.
# ---------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    "can someone review my PR? it adds an index so the select on orders stops doing a full scan",
    "the union of both lists is what marketing wants, not the intersection",
    "I'll sleep on it and decide tomorrow",
    "benchmark results: p99 went from 120ms to 85ms after the pool change",
    "drop me a line when you're back from lunch",
    "please order by priority, then by due date",
    "we're having the retro at 3, same room as last time",
    "who's on call? I need someone to update the DNS records",
    "delete the old branches from the repo, they confuse people",
    "insert the new slide after the pricing one",
    "let's do a 1:1 on Thursday",
    "O'Brien's team owns the billing service now",
    "don't forget: the migration adds a NOT NULL column, so backfill first",
    "MATCH ... AGAINST full-text search in MySQL was too slow, we moved to Postgres tsvector",
    "the pg_sleep in the test fixture simulates a slow query, don't remove it",
    "information_schema queries are slow on the big cluster, please cache them",
    "the waitfor in the SQL Server job is intentional, it waits for the backup window",
    "use a prepared statement, never string concatenation for SQL",
    "Bobby Tables strikes again 😅 the ticket title had a quote in it",
    "the sleep(5) in the retry loop is too long, make it exponential",
    "heads up: mongo's $ne operator doesn't use the index well",
    "anyone know a good hex editor for mac?",
    "brand color is #1a2b3c, the guide is in the drive",
    "tips welcome: 0x52908400098527886E0F7030069857D2E4169EE7",
    "case when the user has no team, we fall back to the default workspace",
    "if it's not in the backlog, it doesn't exist",
    "shutdown of the old datacenter is scheduled for March",
    "execute the plan, merge the PR, ship it",
    "the char limit on titles is 255",
    "'quoted' text in titles breaks the CSV export",
    "select all, copy, paste into the sheet",
    "the Union Square office is closing early on Friday",
    "we got 4294967296 bytes, i.e. 4 GiB, for the cache",
    "integer overflow at 2147483647 bit us in the counter again",
    "use `ORDER BY created_at DESC LIMIT 50` for the feed query",
    "group by region, then sum the revenue, having at least 10 orders",
    "the `key` column needs backticks in MySQL because key is reserved",
    "-- sent from my phone",
    "see section 3.2 -- the part about retries",
    "a SQL query walks into a bar, goes up to two tables and asks: can I join you?",
    "the 'drop table' prank in the staging demo was not funny",
    "tomorrow or Friday, whichever works for you",
    "and/or, both work for me",
    "sure, 1 or 2 people from our side",
    "sleeping on the redesign, will reply tomorrow",
    "I benchmarked the new laptops; the M3 wins",
    "the version() call in our health check returns the server version",
    "procedure for onboarding: create accounts, then set up laptops",
    "declare your dietary preferences in the form by Friday",
    "exec team offsite is next week",
    "master branch is renamed to main, update your remotes",
    "charset is utf8mb4 everywhere now, latin1 is gone",
    "alter the deadline? no, it stays",
    "having fun at the offsite 🎉",
    "char siu bao for lunch anyone?",
    "cast list for the play is up on the board",
    "floor 3 coffee machine is broken again",
    "the sleep graphs from my ring are wild this week",
    "json_extract is handy for the audit log column",
    "1.e4 is the best opening, fight me",
    "#general is for announcements, #random for everything else",
    "rock 'n' roll night on Friday!",
    "it's the 'best' release yet, or so they say",
    "meeting notes: 1) agree on scope 2) select vendor 3) sign",
    "price went from $10 to $12 (20%)",
    "call me at +1 (555) 010-2233",
    "C'est la vie",
    "we need a DBA to look at the deadlock; the merge statement locks the whole table",
    "execute immediate is an Oracle thing, we don't use it",
    "regexp vs like: like is faster for prefix matches",
    "the count(*) on the events table takes 40s",
    "null is not equal to null, remember that in the where clause",
    "exists subqueries are usually faster than IN lists here",
    "true or false: the cafeteria is open on Saturdays",
    "xp points for the hackathon are on the leaderboard",
]

PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://en.wikipedia.org/wiki/Union_(set_theory)",
    "https://www.sqlite.org/lang_select.html",
    "https://example.com/products?category=sleep&sort=price_asc",
    "https://shop.example.org/search?q=union+jack+flag&order=desc",
    "https://maps.example.com/place/Union+Square,+San+Francisco",
    "https://blog.example.com/2024/03/select-the-right-database",
    "https://news.example.net/articles/o-brien-wins-election",
    "https://www.example.co.uk/having-a-baby/checklist",
    "https://docs.example.io/api/v2/users?filter=role%3Dadmin&page=2",
    "https://github.com/acme/db-tools/blob/main/sql/drop_old_tables.sql",
    "https://cdn.example.org/fonts/char-set-latin.woff2?v=2",
    "https://etherscan.io/address/0x52908400098527886E0F7030069857D2E4169EE7",
    "https://www.bbc.co.uk/news/uk-politics-12345678",
    "https://forum.example.com/t/case-when-vs-if/4242",
    "https://www.example.com/#section-2",
]

PROSE = [
    "O'Neil", "D'Angelo", "Union Pacific", "Select Medical", "Sleep Number", "order 1234 refund",
    "Rock 'n' Roll Hall", "Martha's Vineyard", "having trouble logging in", "drop-off location",
    "case 4521", "update email address", "delete my account please", "Alter Ego Inc.",
    "Benchmark Electronics", "Match Group", "Merge Records", "Execute Ltd", "Information Services Dept",
    "Char Grill", "Having Fun Daycare", "1st & 2nd floor", "A&B Partners", "Johnson & Johnson",
    "50% off", "#marketing", "tom@example.com", "version 2.3.1", "from Paris to Rome", "select committee",
    "table for two", "not null", "true or false", "and then some", "1 or 2", "either/or",
    "(555) 010-2233", "C++ developer", "C# developer", "\"quoted name\"", "it's me", "can't login",
    "don't know", "won't load", "100% cotton", "--no-cache", "Q&A", "R&D", "Ben & Jerry's",
    "Toys \"R\" Us", "L'Oréal", "Côte d'Ivoire", "user's guide", "admin's notes", "waiting for delay info",
    "shutdown notice", "Sleep & Wellness", "Order of the Phoenix", "Having a Ball", "Or & Co.",
]

SEARCHES = [
    "how to select all in excel", "union station parking", "sleep apnea symptoms", "benchmark laptop 2024",
    "drop shipping business", "order by date", "having a baby checklist", "case when sql", "information schema",
    "waitfor delay sql server", "pg_sleep postgres", "mongodb $ne operator", "execute immediate oracle example",
    "merge into snowflake", "char to int java", "hex to decimal", "0x1f in decimal", "what is 2147483647",
    "4294967296 bytes in gb", "O'Reilly books", "rock 'n' roll", "men's shoes", "kids' toys",
    "it's complicated", "\"exact phrase\" search", "c# tutorial", "50% off sale", "tom & jerry", "a+b",
    "1+1", "double dash meaning", "#hashtag ideas", "what does 'or' mean", "true or false quiz",
    "1 or 2 bedroom apartment", "and or xor gates", "like or love", "if else in python", "sleep 5 seconds python",
    "mysql benchmark function", "group by having example", "insert into select", "update set where",
    "delete from where", "load data infile", "json_extract mysql", "scientific notation 1e10",
    "1.5e-3 to decimal", "backtick key on keyboard", "single quote vs double quote", "semicolon usage",
    "d'artagnan", "o'hare airport", "rue de l'église", "match against fulltext", "alter ego meaning",
    "shutdown -h now", "version control basics", "concat strings excel", "substring in java",
    "database design course", "user() vs current_user()", "cast iron pan", "floor plan", "exists or exist",
    "char broil grill", "coalesce meaning", "select comfort bed", "union jack flag", "drop table furniture",
]

NAMES = [
    "Seán O'Neil", "Gianna D'Angelo", "Liam O'Brien-Smith", "Mary-Kate O'Hara", "Jean-Luc D'Arcy",
    "N'Golo Kanté", "Shaquille O'Neal", "Dolores O'Riordan", "Justin Case", "Tom DeLay", "Chris Null",
    "Kim Char", "Lily Cast", "Zoë Ångström", "Siobhán Ní Bhriain", "Łukasz Żółć", "Ólafur Arnalds",
    "María José O'Connor", "Renée D'Souza", "李小龍", "Nguyễn Thị Minh Khai", "Björk Guðmundsdóttir",
    "José 'Pepe' García", "Robert \"Bobby\" Smith", "Dwayne \"The Rock\" Johnson", "Mary O'Connor-D'Souza",
    "Ian Select", "Ana Union", "Pat Sleep", "Ruth Bader", "Grace Hopper", "Ada Lovelace", "Edgar F. Codd",
    "Donald D. Chamberlin", "Ray Boyce", "Jim Gray", "Michael Stonebraker", "Bill Or", "Dan And",
    "Amy Like",
]

ADDRESSES = [
    "1 Union Square, San Francisco, CA 94108", "221B Baker Street, London NW1 6XE", "10 Downing St, London",
    "350 Fifth Avenue, Suite 3400, New York, NY", "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "Union Station, 50 Massachusetts Ave NE", "Rue de l'Église 5, 1000 Bruxelles", "Via dell'Orso 12, Roma",
    "Unit 3/14 O'Connell St, Sydney NSW 2000", "P.O. Box 1234, Anchorage, AK", "#12-34 Orchard Rd, Singapore",
    "Flat 2, 3 Queen's Rd, Hong Kong", "1 Infinite Loop, Cupertino", "Union Street 4; 2nd floor",
    "Drop box at the front desk - Bldg 7", "c/o Smith & Sons, 44 Market St", "Calle 50 #12-34, Bogotá",
    "Case postale 123, 1211 Genève", "Am Markt 1, 12345 Berlin", "123 Main St. (rear entrance)",
    "Lot 5 -- Industrial Park", "Chemin de l'Union 8, Lausanne", "Select Ave 12, Dublin",
    "4 O'Hare Blvd, Chicago, IL", "Apt. 5B, 77 Sleepy Hollow Rd", "Plot 9, Order Lane, Nairobi",
    "Haus 3, Hinterhof, Berlin-Mitte", "Km 12 Ruta 5, Uruguay", "Suite #200 & #201, 9 Elm St",
    "2 Rue d'Alésia, 75014 Paris",
]

BENIGN_UAS = [
    UA,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.68",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "python-httpx/0.27.0",
    "okhttp/4.12.0",
    "Acme/3.4.1 (iPhone; iOS 17.5; Scale/3.00) CFNetwork/1496.0.7 Darwin/23.5.0",
    "Acme-Android/3.4.1 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "PostmanRuntime/7.39.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/321.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Wget/1.21.4",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "Dart/3.4 (dart:io)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]

BENIGN_REFERERS = [
    "https://www.google.com/search?q=union+square+select+seats",
    "https://duckduckgo.com/?q=o%27neil+contact&ia=web",
    "https://app.example.com/admin/users/search?q=O%27Brien&page=2",
    "https://t.co/AbCdEf123",
    "https://www.bing.com/search?q=sleep+number+bed+order+by+price",
    "https://app.example.com/users?sort=name&order=desc",
    "https://www.google.com/",
    "https://news.ycombinator.com/item?id=40512345",
    "https://www.reddit.com/r/SQL/comments/abc123/case_when_vs_if/",
    "https://stackoverflow.com/questions/123456/how-to-select-and-union-two-tables",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31&group=region",
    "https://mail.example.com/mail/u/0/#inbox",
    "https://www.linkedin.com/in/sean-o-neil-123/",
    "https://app.example.com/search?q=rock+%27n%27+roll",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example.com%2F&h=AT0abc",
    "https://www.google.co.uk/search?q=drop+off+times+union+station",
    "https://app.example.com/settings#profile",
    "https://docs.example.io/guide/having-multiple-workspaces",
    "https://app.example.com/invoices?status=paid&amount_gt=100",
    "android-app://com.google.android.gm/",
    "https://search.brave.com/search?q=benchmark+results+2024",
    "https://www.ecosia.org/search?q=hex+color+%231a2b3c",
    "https://app.example.com/users/42",
    "https://example.slack.com/archives/C0123456789/p1719000000000100",
    "https://www.google.com/search?q=%22exact+phrase%22+or+not",
]

BENIGN_COOKIES = [
    "_ga=GA1.2.1234567890.1699999999; _gid=GA1.2.987654321.1719000000",
    "theme=dark; lang=en-US",
    "prefs=%7B%22tz%22%3A%22Europe%2FParis%22%2C%22density%22%3A%22compact%22%7D",
    "cart=%5B%7B%22id%22%3A42%2C%22qty%22%3A2%7D%5D",
    "session=abc123; last_search=union%20square",
    "consent=necessary%2Canalytics; _fbp=fb.1.1719000000000.1234567890",
    "sort=name%3Aasc; page_size=50",
    "recent=O%27Brien%7CD%27Angelo",
    "tz=America%2FNew_York; locale=fr_CA",
    "ab_test=variant_b; seen_tour=true",
    "_hjSessionUser_123=eyJpZCI6ImFiYyIsImNyZWF0ZWQiOjE3MTkwMDAwMDB9",
    "filters=status%3Dopen%26owner%3Dme",
    "utm_source=newsletter; utm_campaign=spring_sale_50%25",
    "draft=Having%20a%20great%20time",
    "csrftoken=Xk9f2LmQ8rT4vW1zY7bN3cD6",
    "color=%231a2b3c",
    "wishlist=1%2C2%2C3",
    "returning=1; visits=12",
    "dismissed=banner-2024-06; sidebar=collapsed",
    "q=select%20committee%20members",
]

NUMBERS: list[dict[str, Any]] = [
    {"order_id": "1790234567890123456"}, {"color": "#ff00aa"},
    {"wallet": "0x52908400098527886E0F7030069857D2E4169EE7"}, {"mac": "00:1A:2B:3C:4D:5E"},
    {"amount": "1e3"}, {"ratio": "2.5e-3"}, {"bytes": "4294967296"}, {"tweet_id": "1805123456789012345"},
    {"serial": "SN-0x3F2A"}, {"commit": "9fceb02d0ae598e95dc970b74767f19372d61af8"},
    {"phone": "+44 20 7946 0958"}, {"iban": "GB82 WEST 1234 5698 7654 32"}, {"version": "10.0.19045"},
    {"temperature": "-40"}, {"coords": "48.8584, 2.2945"}, {"color": "#000"},
    {"device": "0x1a2b"}, {"isbn": "978-0-596-52068-7"}, {"zip": "02134"}, {"balance": "-1,234.56"},
    {"pi": "3.14159265358979"}, {"avogadro": "6.022e23"}, {"max": "2147483647"}, {"hex_id": "deadbeef"},
    {"gtin": "00012345600012"}, {"ip": "203.0.113.42"}, {"uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
    {"percent": "12.5%"}, {"range": "1-10"}, {"fraction": "3/4"},
]

XML_NOTES = [
    "O'Brien asked to update her email", "select the blue plan", "union rep meeting at 5",
    "sleep study results attached", "order #4521 shipped", "having issues with the login page",
    "delete the duplicate account", "Rock 'n' Roll fan", "Ben & Jerry's fan club", "drop-off at 9",
    "C# and F# developer", "x < y and y > z, so x < z", "the 'best' plan", "1 or 2 seats", "50% done",
]

UPLOAD_NAMES = [
    "O'Brien resume.pdf", "Q3 report (final) -- v2.docx", "select_menu.png", "union-jack.jpg",
    "sleep-log 2024.csv", "order#4521.pdf", "team photo & friends.jpg", "100% done.png", "D'Angelo.png",
    "IMG_20240612_101500.jpg", "Screenshot 2024-06-12 at 10.15.00.png", "avatar (1).png",
    "drop table.jpg", "résumé.pdf", "config.backup.json",
]


def _rs_path(k: int) -> str:
    return RS_PATHS[k % len(RS_PATHS)]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", t), ("page", "1")])) for t in PROSE),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_get(_query("/api/users", [("q", t)])) for t in SEARCHES), f"{NAME}-search", n,
                            "query")
    n = yield from numbered((_get(_query(_rs_path(k), [("q", t)])) for k, t in enumerate(SEARCHES)),
                            f"{NAME}-rs-search", n, "rs-query")
    n = yield from numbered((_json("/api/users", {"name": t, "email": "user@example.org"}) for t in NAMES),
                            f"{NAME}-name", n, "json")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", t)]) for t in NAMES),
                            f"{NAME}-name", n, "form")
    n = yield from numbered((_get(_query(_rs_path(k), [("name", t)])) for k, t in enumerate(NAMES)),
                            f"{NAME}-rs-name", n, "rs-query")
    n = yield from numbered((_json("/api/users/42", {"address": t}) for t in ADDRESSES), f"{NAME}-address", n,
                            "json")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("address", t)])
                             for t in ADDRESSES), f"{NAME}-address", n, "form")
    n = yield from numbered((_with(_get("/api/users?page=1"), **{"User-Agent": ua}) for ua in BENIGN_UAS),
                            f"{NAME}-ua", n, "header:User-Agent")
    n = yield from numbered((_with(_get("/api/users?page=1"), Referer=r) for r in BENIGN_REFERERS),
                            f"{NAME}-referer", n, "header:Referer")
    n = yield from numbered((_with(_get("/api/users?page=1"), Cookie=c) for c in BENIGN_COOKIES),
                            f"{NAME}-cookie", n, "cookie")
    n = yield from numbered((_json("/api/users/42", {"name": "Ann", **d}) for d in NUMBERS), f"{NAME}-number", n,
                            "json")
    n = yield from numbered((_get(_query("/api/users", list(d.items()))) for d in NUMBERS), f"{NAME}-number", n,
                            "query")
    n = yield from numbered((_xml("/api/users", "notes", t) for t in XML_NOTES), f"{NAME}-xml", n, "xml")
    n = yield from numbered((_mp_file("/api/users/42/avatar", t) for t in UPLOAD_NAMES), f"{NAME}-upload", n,
                            "multipart-filename")
    n = yield from numbered((_mp_field("/api/users/42/avatar", "caption", t) for t in XML_NOTES),
                            f"{NAME}-upload", n, "multipart-field")
    yield from numbered((_json(_rs_path(k), {"comment": t}) for k, t in enumerate(SLACK_TEXTS)),
                        f"{NAME}-rs-comment", n, "rs-json")


if __name__ == "__main__":
    print_records(attacks(), benign())
