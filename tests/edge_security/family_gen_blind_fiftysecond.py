"""Blind SQL injection regression set: the shortest fragments each detection title must still catch, then the
same fragments with one obfuscation each, and benign requests that carry the same words innocently.

Angle: a regression suite of atomic payloads. For every request-rule title of CRS 3.3.4 at paranoia levels 1
and 2 in the SQL injection family (942100 to 942510), plus four titles later CRS releases added (JSON-based
SQL, MySQL scientific notation, split-query and 4/4 authentication bypass), 8 to 12 payloads: first the bare
fragment that carries what the title names (a lone tautology, a lone UNION SELECT, a lone stacked statement,
a lone function call, a quote and a comment), then that fragment with exactly one obfuscation (letter case, an
inline comment for a space, a tab or newline for a space, other quoting, or a transport encoding the server
decodes: every byte %-encoded in a URL or form, \\u escapes in JSON, character references in XML).

Families: sqli only, one sub-family per title, named by the rule id and what it detects (e.g.
"942160-sleep-benchmark", "4x-json-sqli").

Placements: each payload is sent twice (an encoded one with "+encoded" after its placement).
  1. On one of our real routes, rotating: the query of /api/users, the form of /admin/users/search (with
     csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer, another header
     (X-Client-Info), a parameter name, an XML body, a multipart field or a multipart file name, the URL path.
  2. As a WAF's regression suite sends it ("rs-" placements): to a path that is not our route (/, /index.php,
     /get, /post, /search, /api/v1/items), under an arbitrary parameter name (foo, var, x, test, id, arg1), as a
     query string, a form body, a JSON body, an XML body, or in the User-Agent, the Referer, a custom header
     (X-Custom-Header) or a cookie. Regression-style URLs keep quotes, parentheses and the like literal and
     encode only what HTTP needs encoded.
  Payloads that carry a transport encoding (marked Enc) only go where a server decodes that encoding (URL,
  form, JSON, XML, cookie, Referer); a payload with a newline never goes into a header. In a multipart file
  name a double quote is sent as %22, as browsers send it.

Benign: Slack messages and bios (chat_and_bio), searches typed into the admin panel and the API, profile
fields (names, addresses, companies), documentation links and ordinary headers that carry the same words
(select, union, sleep, benchmark, drop, match, merge, execute, O'Brien, hex colours, 1=1 in maths homework).

Authorship and independence: written from general knowledge of SQL injection and from the rule titles alone;
no WAF rule, engine code, ruleset regression test or public payload list was read. Measured once on unchanged
code; the payloads were not changed after seeing what the WAF blocks. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fiftysecond"


class Enc(str):
    """A payload sent with a transport encoding the server decodes (the string itself is the decoded text)."""

    __slots__ = ()


Payload = str  # a plain payload, or an Enc one

TITLES: list[tuple[str, list[Payload]]] = [
    ("942100-libinjection", [
        "1' or '1'='1",
        "' or 1=1--",
        "1 union select null",
        "1;select 1",
        "admin'--",
        "1) or (1=1",
        "1' AnD 1=1#",
        "1'/**/or/**/1=1--",
        "1'\tor\t1=1--",
        "-1 UnIoN SeLeCt 1,2",
        Enc("1' or 1=1--"),
    ]),
    ("942140-db-names", [
        "information_schema.tables",
        "mysql.user",
        "sysobjects",
        "master..sysdatabases",
        "pg_catalog.pg_tables",
        "msdb.dbo.backupset",
        "sqlite_master",
        "pg_shadow",
        "INFORMATION_SCHEMA.COLUMNS",
        "`information_schema`.`tables`",
        "information_schema . schemata",
        Enc("mysql.user"),
    ]),
    ("942160-sleep-benchmark", [
        "sleep(5)",
        "benchmark(1000000,md5(1))",
        "1 and sleep(5)",
        "' or sleep(3)#",
        "SLEEP(5)",
        "BeNcHmArK(5000000,sha1(1))",
        "sleep/**/(5)",
        "sleep (5)",
        "sleep(\t5)",
        Enc("sleep(5)"),
    ]),
    ("942170-conditional-sleep", [
        "select sleep(5)",
        "select if(1=1,sleep(5),0)",
        "if(1,sleep(5),0)",
        ";select benchmark(1000000,md5(1))",
        "and if(substring(version(),1,1)=5,sleep(5),1)",
        "select case when 1=1 then sleep(5) end",
        "(select(sleep(5)))",
        "SeLeCt IF(1=1,SLEEP(5),0)",
        "select/**/sleep(5)",
        "select\tbenchmark(9999999,md5(1))",
        Enc("select if(1=1,sleep(5),0)"),
    ]),
    ("942190-mssql-exec-info", [
        "exec master..xp_cmdshell 'dir'",
        ";exec xp_cmdshell 'whoami'--",
        "union select @@version",
        "select @@servername",
        "exec('select 1')",
        "EXEC sp_configure 'xp_cmdshell',1",
        "openrowset('SQLOLEDB','';'sa';'','select 1')",
        "ExEc XP_CMDSHELL 'dir'",
        "exec/**/master..xp_cmdshell/**/'ver'",
        "execute('sel'+'ect 1')",
        "1 union select name from master..sysdatabases",
        Enc("exec master..xp_cmdshell 'dir'"),
    ]),
    ("942220-int-overflow", [
        "2147483648",
        "-2147483649",
        "4294967296",
        "9223372036854775808",
        "18446744073709551616",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "2.2250738585072012E-308",
        "'4294967296'",
        "+2147483648",
        Enc("3.0.00738585072007e-308"),
    ]),
    ("942230-conditional", [
        "case when 1=1 then 1 else 0 end",
        "if(1=1,1,0)",
        "iif(1=1,1,0)",
        "' and (case when 1=1 then 1 else 1/0 end)=1--",
        "if(ascii(substr(user(),1,1))>64,1,0)",
        "(case when 1 then 1 end)",
        "' or if(1,1,0)#",
        "CASE WHEN (1=1) THEN 1 ELSE 0 END",
        "case/**/when/**/1=1/**/then/**/1/**/end",
        "case\twhen\t1=1\tthen\t1\tend",
        Enc("if(1=1,1,0)"),
    ]),
    ("942240-charset-mssql-dos", [
        "alter table users convert to character set utf8",
        "alter database app character set gbk",
        "';waitfor delay '0:0:5'--",
        "\";waitfor time '23:59:59'",
        "1;waitfor delay '00:00:10'",
        "ALTER TABLE t CHARACTER SET latin1",
        "';WaItFoR DeLaY '0:0:5'",
        "';\twaitfor\tdelay '0:0:5'",
        "alter/**/table t character set big5",
        "`;waitfor delay '0:0:5'",
        Enc("';waitfor delay '0:0:5'--"),
    ]),
    ("942250-match-merge-execute", [
        "match(title) against('x')",
        "match (a,b) against ('+x' in boolean mode)",
        "match(password)against('a*' in boolean mode)",
        "merge into users using dual on (1=1) when matched then update set role='admin'",
        "merge users using t on 1=1",
        "execute immediate 'select 1 from dual'",
        "MATCH(name) AGAINST('a')",
        "EXECUTE   IMMEDIATE 'drop table t'",
        "execute/**/immediate 'x'",
        "Merge Into t Using s On (1=1)",
        Enc("execute immediate 'select 1 from dual'"),
    ]),
    ("942270-basic-union-from", [
        "union select password from users",
        "union select 1 from dual",
        "union all select 1,2 from t",
        "' union select username from users--",
        "union select null from information_schema.tables",
        "union(select 1 from dual)",
        "UNION SELECT user FROM mysql.user",
        "union/**/select/**/1/**/from/**/dual",
        "union\tselect\t1\tfrom\tdual",
        "union select 1 from\ndual",
        Enc("union select password from users"),
    ]),
    ("942280-pgsleep-waitfor-shutdown", [
        "select pg_sleep(5)",
        ";select pg_sleep(5)--",
        "1;select pg_sleep(3)",
        "waitfor delay '0:0:5'",
        ";shutdown--",
        "; shutdown with nowait",
        "'; shutdown --",
        "SELECT PG_SLEEP(10)",
        "select/**/pg_sleep(5)",
        "waitfor\tdelay '00:00:05'",
        Enc(";select pg_sleep(5)--"),
    ]),
    ("942290-mongodb", [
        "[$ne]",
        "{\"$ne\": null}",
        "{\"$gt\": \"\"}",
        "$where",
        "{\"$where\": \"sleep(5000)\"}",
        "[$regex]=.*",
        "{\"$or\":[{},{\"a\":\"a\"}]}",
        "[$nin][]=x",
        "db.users.find()",
        "{ \"$ne\" : 1 }",
        "{'$gt':''}",
        Enc("[$ne]"),
    ]),
    ("942320-stored-procedure", [
        "create procedure p() select 1",
        "create function f() returns int return 1",
        "declare @x varchar(99)",
        "procedure analyse()",
        "create or replace function f() returns void as $$ select 1 $$ language sql",
        "copy (select '') to program 'id'",
        "DECLARE @s NVARCHAR(100)",
        "create/**/procedure/**/p",
        "declare\t@q\tnvarchar(4000)",
        "CrEaTe FuNcTiOn f RETURNS int",
        Enc("declare @x varchar(99)"),
    ]),
    ("942350-udf-data-manipulation", [
        "create function sys_eval returns string soname 'udf.so'",
        ";drop table users--",
        ";insert into users values(1)",
        "; update users set role='admin'",
        ";delete from users",
        ";alter table users add x int",
        ";truncate table logs",
        "'; DROP TABLE users; --",
        ";/**/drop/**/table/**/users",
        ";\tdrop\ttable\tt",
        "CREATE FUNCTION lib_exec RETURNS INTEGER SONAME 'x.dll'",
        Enc(";drop table users--"),
    ]),
    ("942360-concat-sqllfi", [
        "load_file('/etc/passwd')",
        "1 union select load_file('/etc/passwd')",
        "select 1 into outfile '/tmp/a'",
        "into dumpfile '/var/www/x.php'",
        "1\";select 1",
        "' union select load_file('/etc/passwd')#",
        "LOAD_FILE(0x2f6574632f706173737764)",
        "LOAD_FILE('/ETC/PASSWD')",
        "load_file/**/('/etc/hosts')",
        "into\toutfile '/tmp/b'",
        Enc("load_file('/etc/passwd')"),
    ]),
    ("942500-inline-comment", [
        "/*!50000union*/",
        "/*!select*/",
        "/*!12345UNION SELECT*/",
        "1/*!and*/1=1",
        "/*! or 1=1*/",
        "/*!32302 1/0, */",
        "/*!00000concat*/(1)",
        "/*!50000SeLeCt*/",
        "/*!\tselect*/",
        "/*!union*//*!select*/",
        Enc("/*!50000union*/"),
    ]),
    ("942110-common-testing", [
        "'",
        "1'",
        "'1",
        "\"",
        "abc\"",
        "';",
        "`",
        "''",
        "   '",
        "1'\t",
        Enc("'"),
    ]),
    ("942120-sql-operator", [
        "1 rlike 1",
        "a regexp '^a'",
        "1 xor 1",
        "1 div 0",
        "1 not between 0 and 2",
        "x sounds like y",
        "1 <=> 1",
        "1 is not null",
        "'a' not like 'b'",
        "1 RLIKE 1",
        "1/**/xor/**/1",
        Enc("1 not between 0 and 2"),
    ]),
    ("942130-tautology", [
        "' or 1=1",
        "a=a",
        "'a'='a",
        "1 like 1",
        "'x' rlike 'x'",
        "2 <=> 2",
        "(1)=(1)",
        "x sounds like x",
        "1 LiKe 1",
        "\"b\"=\"b\"",
        "'a'/**/='a'",
        Enc("'a'='a"),
    ]),
    ("942150-function-names", [
        "ifnull(1,2)",
        "instr('a','a')",
        "length(user())",
        "cast(1 as char)",
        "convert(int,@@version)",
        "nullif(1,1)",
        "coalesce(null,1)",
        "Substring('a',1,1)",
        "char_length/**/('a')",
        "lpad ('a',2,'b')",
        Enc("length(user())"),
    ]),
    ("942180-auth-bypass-1", [
        "admin' --",
        "' or ''='",
        "\"or\"\"=\"",
        "'or 1#",
        "' or 'x'='x",
        "admin'/*",
        "'=' 'or'",
        "' OR ''='",
        "'/**/or/**/''='",
        "'\tor\t1 -- -",
        Enc("' or ''='"),
    ]),
    ("942200-comment-space-backtick", [
        "1'/**/union/**/select/**/1",
        "union/*x*/select",
        "1`/**/or/**/1",
        "id` from users",
        "/**/or/**/1=1",
        "x`=`x",
        "a','b",
        "'\nunion\nselect 1",
        "UnIoN/**/sElEcT",
        "1`)#",
        Enc("union/*x*/select"),
    ]),
    ("942210-chained-1", [
        "1 and 1=1",
        "' and 'a'='a",
        "1) and (1)=(1",
        "' && 1=1 -- ",
        "'|| 1 ||'",
        "1' and substr(user(),1,1)='r",
        "1'and'1",
        "1 AND 1=1",
        "1/**/and/**/1=1",
        "1\tand\t1=1",
        Enc("' and 'a'='a"),
    ]),
    ("942260-auth-bypass-2", [
        "' or 1=1 limit 1 -- ",
        "admin' #",
        "\" or \"\"=\"",
        "' or true--",
        "') or ('a'='a",
        "' or 1 in (1)--",
        "' group by 1 having 1=1--",
        "' Or TrUe#",
        "'/**/or/**/true--",
        "'\tor\t1--",
        Enc("') or ('a'='a"),
    ]),
    ("942300-comments-conditions-char", [
        "char(65)",
        "chr(65)",
        "char(0x61,0x62)",
        ") when 1 then 1",
        "1'#",
        "' and 1=1#",
        "1 -- -",
        "concat(char(65),chr(66))",
        "CHAR(97,100,109,105,110)",
        "char/**/(65)",
        Enc("char(97,100,109,105,110)"),
    ]),
    ("942310-chained-2", [
        "'; select 1 --",
        "\";select 1;--",
        "1);drop table t--",
        ") and 1 in (select 1",
        "' or exists(select 1)--",
        "'UNION(SELECT(1))",
        "1) OR (SELECT 1)=1--",
        "');/**/select/**/1--",
        "'\t;\tselect\t1",
        Enc("'; select 1 --"),
    ]),
    ("942330-classic-probing-1", [
        "' or '1",
        "1 or 1",
        "' and '",
        "\" or \"",
        "1' or true",
        "x' or 'x",
        "'xor'",
        "1 OR 1",
        "1'/**/or/**/'1",
        "'||'1",
        Enc("' or '1"),
    ]),
    ("942340-auth-bypass-3", [
        "admin') -- ",
        "') or true--",
        "' or ''<'a",
        "' having 1=1 --",
        "' or 1 like 1",
        "admin'and'1'='1",
        "\"or 0=0 #",
        "' OR 2>1--",
        "' or/**/2>1#",
        "'\tor\t'a'<'b",
        Enc("') or true--"),
    ]),
    ("942361-alter-union", [
        "union select 1",
        "' union select 1--",
        "-1 union select 1,2",
        "\") union select",
        "1) union (select 1",
        "alter table users drop column x",
        ";alter user root identified by 'x'",
        "UNION ALL SELECT NULL",
        "' union/**/select 1",
        "1\tunion\tselect 1",
        Enc("' union select 1--"),
    ]),
    ("942370-classic-probing-2", [
        "1'*1",
        "1'-0",
        "'+'",
        "1' + 0 + '",
        "'||'",
        "\"+\"",
        "1'-'0",
        "' like '",
        "'=''",
        "'/**/+/**/'",
        Enc("1' + 0 + '"),
    ]),
    ("942380-having-exists-order", [
        "' having 1=1--",
        "' and exists(select 1)",
        "1 order by 10--",
        "' group by password having 1=1--",
        "union all select 1",
        "exists (select * from users)",
        "if exists(select 1)",
        "HAVING 1=1",
        "having/**/1=1",
        "' ORDER\tBY 1--",
        Enc("' having 1=1--"),
    ]),
    ("942390-or-comparison", [
        "' or 1>0",
        "' or 2 between 1 and 3",
        "or 1 in (1)",
        "' xor 1=1",
        "or 'a'<'b'",
        "and 3 >= 2",
        "||1<2",
        "' OR 1<2",
        "'or/**/1>0",
        "or\t1!=2",
        Enc("' or 2 between 1 and 3"),
    ]),
    ("942400-and-quote", [
        "and '",
        "' and 'x",
        "1 and 'a'='a'",
        "and ''='",
        "and \"x",
        "&& 'a'",
        "' AND '1",
        "and/**/'1",
        "and\t'1",
        Enc("1 and 'a'='a'"),
    ]),
    ("942410-function-calls", [
        "ascii(substr(user(),1,1))",
        "concat_ws(0x3a,user())",
        "current_user()",
        "group_concat(table_name)",
        "ord(mid(version(),1,1))",
        "extractvalue(1,concat(0x7e,version()))",
        "updatexml(1,concat(0x7e,user()),1)",
        "unhex('41')",
        "VERSION()",
        "database/**/()",
        "schema\t()",
        Enc("extractvalue(1,concat(0x7e,version()))"),
    ]),
    ("942470-mssql-oracle-procs", [
        "xp_cmdshell",
        "xp_regread",
        "sp_password",
        "xp_dirtree '\\\\a.example\\b'",
        "sp_oacreate",
        "xp_fileexist",
        "sp_makewebtask",
        "sp_executesql",
        "utl_http.request('http://a.example/')",
        "XP_CMDSHELL",
        "Sp_OaCreate",
        Enc("xp_cmdshell"),
    ]),
    ("942480-select-from-statements", [
        "select * from users",
        "select 1 from dual",
        "insert into users values (1)",
        "delete from users",
        "drop table users",
        "update users set admin=1",
        "@@version",
        "SELECT name FROM users",
        "select/**/password/**/from/**/users",
        "delete\tfrom\tt",
        Enc("select * from users"),
    ]),
    ("942430-special-char-anomaly", [
        "'))))))))))))--",
        "'/**/'/**/'/**/'/**/'",
        ";;;;;;;;;;;;;",
        "''''''''''''''",
        "((((((((((((1))))))))))))",
        "@@@@@@@@@@@@@",
        "-- -- -- -- -- -- --",
        "'||'||'||'||'||'||'",
        "\"\"\"\"\"\"\"\"\"\"\"\"\"",
        "`~`~`~`~`~`~`~",
        Enc("'))))))))))))--"),
    ]),
    ("942440-comment-sequence", [
        "1--",
        "'-- -",
        "/*",
        "*/",
        "1'#",
        "/**/",
        "--+",
        ";--",
        "' /* x */",
        "1--\t",
        Enc("'-- -"),
    ]),
    ("942450-hex-encoding", [
        "0x61646d696e",
        "0x414243",
        "X'41424344'",
        "0x2f6574632f706173737764",
        "where name=0x61646d696e",
        "char(0x41)",
        "0X41646D696E",
        "x'61646d696e'",
        "0x61646D696E",
        Enc("0x61646d696e"),
    ]),
    ("942510-tick-bypass", [
        "` or 1=1",
        "´ or 1=1",
        "’ or 1=1--",
        "`or`1",
        "` OR 1=1",
        "`/**/or/**/1",
        "´ union select 1",
        "`;select 1",
        "` and 1",
        "`\tor\t1=1",
        Enc("` or 1=1"),
    ]),
    ("4x-json-sqli", [
        "' or '{\"a\":1}'='{\"a\":1}",
        "json_extract('{\"a\":1}','$.a')=1",
        "'{\"a\":2}' @> '{\"a\":1}'",
        "1 or '{\"a\":\"b\"}'::jsonb ? 'a'",
        "'[1]' <@ '[1,2]'",
        "JSON_EXTRACT(data,'$.role')='admin'",
        "'{}'->>'x' is null",
        "' OR '{\"x\":1}'->'x'",
        "json_keys/**/('{\"a\":1}')",
        "'{\"a\":1}'\t@>\t'{}'",
        Enc("' or '{\"a\":1}'='{\"a\":1}"),
    ]),
    ("4x-scientific-notation", [
        "1.e(ascii",
        "' 1.e(",
        "0.e1union select 1",
        "1e1or 1=1",
        "'1.e(')",
        "1.e,1",
        "2.e)",
        "1.E(ASCII",
        "1.e/**/(ascii",
        "1.e\t(ascii",
        Enc("0.e1union select 1"),
    ]),
    ("4x-auth-bypass-split", [
        "admin'/*",
        "*/='' or 1=1",
        "';/*",
        "*/or'1",
        "\"/*",
        "*/ or 1=1#",
        "admin'||'",
        "ADMIN'/*",
        "*/\tor\t1=1",
        "*/-- -",
        Enc("*/='' or 1=1"),
    ]),
    ("4x-auth-bypass-4", [
        "' or 'a'='a",
        "admin' --",
        "') or ('1'='1",
        "\"or\"\"=\"",
        "' or true--",
        "'or 1#",
        "admin'#",
        "' OR 'A'='A",
        "'/**/or/**/'a'='a",
        "'\tor\t'a'='a",
        Enc("') or ('1'='1"),
    ]),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "param-name",
        "xml", "multipart-field", "multipart-filename", "path"]
RS_MODES = ["query", "form", "json", "xml", "header:User-Agent", "header:Referer", "header:X-Custom", "cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
REAL_NAMES = ["q", "name", "search", "filter", "sort", "email"]
DECODED = {"query", "form", "json", "xml", "cookie", "header:Referer", "param-name", "path"}
IN_HEADER = {"cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "multipart-filename"}
SAFE_URL = "'()*,!:;@$/=[]~"      # what a regression suite leaves literal in a query string
SAFE_COOKIE = "'()*!:@$/=[]~"
BOUNDARY = "----fiftysecondBoundary7MA4YWxk"


def pct_all(text: str) -> str:
    """Every byte %-encoded, as a server decodes it in a URL, form or cookie."""
    return "".join(f"%{b:02X}" for b in text.encode("utf-8"))


def json_escaped(text: str) -> str:
    """A JSON string literal with every non-alphanumeric character as a \\u escape."""
    return '"' + "".join(c if c.isascii() and c.isalnum() else f"\\u{ord(c):04x}" for c in text) + '"'


def xml_text(text: str, enc: bool) -> str:
    if enc:
        return "".join(c if c.isascii() and c.isalnum() else f"&#x{ord(c):X};" for c in text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fits(place: str, payload: Payload) -> bool:
    """Whether a payload can go to a placement: encoded ones only where a server decodes, no newline in a
    header."""
    bare = place.removeprefix("rs-")
    if isinstance(payload, Enc) and bare not in DECODED:
        return False
    return not ("\n" in payload and bare in IN_HEADER)


def pick(places: list[str], start: int, payload: Payload, prefix: str = "") -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if fits(prefix + place, payload):
            return place
    raise AssertionError(payload)


def _headers(extra: dict[str, str]) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json", **extra}


def _xml_body(root: str, field: str, payload: Payload) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{field}>{xml_text(payload, isinstance(payload, Enc))}' \
           f"</{field}></{root}>"


def _multipart(fields: list[tuple[str, str]], filename: str | None) -> str:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    if filename is not None:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="avatar"; filename="{filename}"\r\n'
                     "Content-Type: image/png\r\n\r\n\x89PNG-not-really\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def real_request(place: str, name: str, p: Payload) -> dict[str, Any]:
    """The payload in one of our real routes' input places."""
    enc = isinstance(p, Enc)
    url_value = pct_all(p) if enc else urllib.parse.quote(p, safe="")
    if place == "query":
        return _get(f"/api/users?{name}={url_value}&page=1")
    if place == "form":
        rec = _form("/admin/users/search", [("csrf_token", "t0k3n")])
        return {**rec, "body": rec["body"] + f"&{name}={url_value}"}
    if place == "json":
        value = json_escaped(p) if enc else json.dumps(p, ensure_ascii=False)
        return {**_json("/api/users", {}), "body": '{"email": "a@example.org", "' + name + '": ' + value + "}"}
    if place == "cookie":
        return _get("/api/users?page=1") | {"headers": _headers({"Cookie": f"session=abc123; prefs={url_value}"})}
    if place == "header:User-Agent":
        return _get("/api/users?page=1") | {"headers": {"User-Agent": p, "Accept": "application/json"}}
    if place == "header:Referer":
        return _get("/api/users?page=1") | {
            "headers": _headers({"Referer": f"https://app.example.com/people?{name}={url_value}"})}
    if place == "header:X-Custom":
        return _get("/api/users?page=1") | {"headers": _headers({"X-Client-Info": p})}
    if place == "param-name":
        return _get(f"/api/users?{url_value}=1&page=1")
    if place == "xml":
        return {"method": "POST", "uri": "/api/users", "body": _xml_body("user", name, p),
                "headers": _headers({"Content-Type": "application/xml"})}
    if place in ("multipart-field", "multipart-filename"):
        if place == "multipart-field":
            body = _multipart([("csrf_token", "t0k3n"), (name, p)], None)
        else:
            body = _multipart([("csrf_token", "t0k3n"), ("display", "Ann")], p.replace('"', "%22"))
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {"User-Agent": UA, "Accept": "text/html",
                            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}
    assert place == "path", place
    return _get(f"/api/users/{url_value}")


def rs_request(mode: str, path: str, name: str, p: Payload) -> dict[str, Any]:
    """The payload as a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    enc = isinstance(p, Enc)
    url_value = pct_all(p) if enc else urllib.parse.quote(p, safe=SAFE_URL)
    plain = {"User-Agent": "OWASP CRS regression suite", "Accept": "*/*"}
    if mode == "query":
        return {"method": "GET", "uri": f"{path}?{name}={url_value}", "body": "", "headers": plain}
    if mode == "form":
        return {"method": "POST", "uri": path, "body": f"{name}={url_value}",
                "headers": {**plain, "Content-Type": "application/x-www-form-urlencoded"}}
    if mode == "json":
        value = json_escaped(p) if enc else json.dumps(p, ensure_ascii=False)
        return {"method": "POST", "uri": path, "body": '{"' + name + '": ' + value + "}",
                "headers": {**plain, "Content-Type": "application/json"}}
    if mode == "xml":
        ctype = "text/xml" if len(path) % 2 else "application/xml"
        return {"method": "POST", "uri": path, "body": _xml_body("root", name, p),
                "headers": {**plain, "Content-Type": ctype}}
    if mode == "header:User-Agent":
        return {"method": "GET", "uri": path, "body": "", "headers": {"User-Agent": p, "Accept": "*/*"}}
    if mode == "header:Referer":
        return {"method": "GET", "uri": path, "body": "", "headers": {**plain, "Referer": url_value}}
    if mode == "header:X-Custom":
        return {"method": "GET", "uri": path, "body": "", "headers": {**plain, "X-Custom-Header": p}}
    assert mode == "cookie", mode
    cookie = pct_all(p) if enc else urllib.parse.quote(p, safe=SAFE_COOKIE)
    return {"method": "GET", "uri": path, "body": "", "headers": {**plain, "Cookie": f"{name}={cookie}"}}


def _enc_mark(p: Payload) -> str:
    """Placement suffix of an encoded payload (the payload field holds the decoded text)."""
    return "+encoded" if isinstance(p, Enc) else ""


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload once on a real route and once regression-suite style, placements rotating."""
    n = 0
    i = 0
    for sub, payloads in TITLES:
        for p in payloads:
            place = pick(REAL, i, p)
            n += 1
            yield {**real_request(place, REAL_NAMES[i % len(REAL_NAMES)], p), "id": f"{NAME}-sqli-{n:04d}",
                   "category": "sqli", "sub": sub, "placement": place + _enc_mark(p), "payload": str(p)}
            mode = pick(RS_MODES, i * 3, p, "rs-")
            path, name = RS_PATHS[(i // 8) % len(RS_PATHS)], RS_NAMES[(i + i // 6 + 1) % len(RS_NAMES)]
            n += 1
            yield {**rs_request(mode, path, name, p), "id": f"{NAME}-sqli-{n:04d}",
                   "category": "sqli", "sub": sub, "placement": "rs-" + mode + _enc_mark(p), "payload": str(p)}
            i += 1


# Benign: the same words, as people type them.
CHAT = [
    "can you select the best three designs before Friday?",
    "the union meeting moved to Thursday at 3pm",
    "I need more sleep, the baby was up at 4",
    "benchmark results are in the sheet, the new laptop is 20% faster",
    "please drop the old deck from the shared drive",
    "who is the match for the mentoring programme this quarter?",
    "we merge the two teams on the 1st",
    "execute the plan as discussed, no changes",
    "Siobhan O'Brien joins the support team on Monday",
    "it's the 3rd time the printer jammed today",
    "don't forget: order by Wednesday to get it before the holidays",
    "the table in room 4 is broken, I ordered a new one",
    "delete the draft once the final version is uploaded",
    "update: the client signed! 🎉",
    "insert the logo into the footer of the template",
    "case closed, the refund went through",
    "if it rains we move the picnic inside",
    "sleep well everyone, great launch today",
    "the office shutdown is from Dec 24 to Jan 2",
    "wait for the delay notice from the airline before booking the hotel",
    "the hex colour for the brand red is #d62828",
    "shortcut is ctrl + shift + # on the keyboard",
    "-- sent from my phone",
    "ok -- will do",
    "the 1=1 bug in the spreadsheet was a typo in cell B4",
    "is 2 > 1? yes, obviously, but the chart says otherwise",
    "Rock 'n' roll night at the pub on Friday!",
    "D'Angelo and O'Neil are covering the front desk",
    "the hash tag for the conference is #DevDays2024",
    "our character set for the posters is the new brand font",
    "alter the dates in the calendar invite please",
    "having lunch at 12:30, join us",
    "exists or not, the invoice must be found by the end of day",
    "group by region in the report, not by country",
    "the JSON file with the translations is in the drive",
    "the admin account for the shared mailbox needs a reset",
    "load the dishwasher before you leave please",
    "into the weekend we go!",
    "the procedure for expense claims changed, see the wiki",
    "declare your overtime hours by the 25th",
    "create a new channel for the offsite",
    "the function room at the hotel fits 80 people",
    "concat the first and last names in column C",
    "the version on the app store is 4.2.1",
    "user testing is scheduled for next week",
    "the database of alumni is maintained by HR",
    "char limit for the tweet is 280",
    "the schema of the new office floor is on the wall",
    "i'd like 2 x 4 post-its and 1 stapler",
    "5' 11\" is my height, the form asks in feet",
    "quotes like \"this\" and 'that' are fine in the newsletter",
    "the or-tools library solved the scheduling puzzle",
    "and then the lights went out, 10 minutes of darkness",
    "not between 9 and 5 please, I'm at the dentist",
    "x-ray appointment at 10, back by noon",
    "the regexp workshop was great, thanks Priya",
    "the like button on the intranet is broken",
    "this sounds like a plan",
    "null and void, said the lawyer about the old contract",
    "the mongo cafe downstairs has new pastries",
    "where is the $ne sign on a German keyboard? kidding, it's $",
    "price is $5 per seat, $where applicable taxes",
    "merge request approved, thanks",
    "the truncate button in the editor shortens the text",
    "the outfile of the scanner is a PDF",
    "the dump truck blocked the parking lot",
    "waitfor it... the results are out",
    "pg 12 of the handbook has the holiday policy",
    "the benchmark for our NPS is 40",
    "sleep(5) hours is not enough, said my doctor",
    "order by price, lowest first",
    "select all, copy, paste, done",
    "we union the two lists and remove the duplicates",
    "the immediate next step is a call with legal",
    "the master bedroom of the rental has a sea view",
    "sys admin on call this week is Tomasz",
    "the information in the schema diagram is outdated",
    "go to tables 3 and 4 for the dinner",
    "the fall 2024 catalogue is out",
    "my user name on the portal is ann.smith",
    "1 or 2 people from each team please",
    "A and B options are both fine",
    "it's 'yes' from me",
    "she said \"no\" -- final answer",
    "the code is 0x41 on the label, ask logistics",
    "e.g. 1.5e3 is 1500",
    "benchmarks show 2.2e-3 seconds per call",
    "4294967296 is 2 to the 32nd, fun fact for the quiz",
    "the overflow car park is behind building C",
    "@here lunch is here",
    "@channel fire drill at 11",
    "the ticket is #4521, please look",
    "the café's menu has crème brûlée today",
    "the backtick key is next to 1 on my keyboard",
    "our new motto: execute, iterate, repeat",
    "sounds like Friday to me",
    "the match against the marketing team is on Tuesday, bring shoes",
    "the shell of the new building is done",
    "the conversion rate is up 2%",
    "the admin fee is 10%",
    "true or false: the office opens at 8",
    "if(you're late) { bring coffee } :)",
    "the limit is 1 per person",
    "mid-year reviews start next week",
    "substring of the title is fine for the slide",
    "the ascii art in the email signature is cute",
    "the cast of the office play is announced",
    "the coalesce of both proposals is in the doc",
    "the length of the video must be under 2 minutes",
    "copy to program committee by Friday",
    "the ord number of the invoice is 001243",
    "the hex key for the IKEA desk is missing",
    "a'b'c is how the font test renders",
    "what's the plan for the 'select' customers tier?",
    "the char siu bao at the new place is excellent",
    "The password policy changed; HR will explain on Monday",
]

SEARCHES = [
    "O'Brien",
    "D'Souza",
    "select committee",
    "union square",
    "sleep clinic",
    "benchmark report 2024",
    "drop shipping",
    "match day",
    "merge conflict",
    "table tennis",
    "order 4521",
    "delete account",
    "update address",
    "insert coin",
    "case study",
    "if you can",
    "shutdown schedule",
    "waiting room",
    "#d62828",
    "1=1",
    "2 > 1",
    "rock 'n' roll",
    "Jean-Luc",
    "Anne-Marie O'Neil",
    "alter ego",
    "having fun",
    "group photo",
    "json export",
    "admin",
    "load balancer",
    "into the wild",
    "procedure manual",
    "declare income",
    "create account",
    "function room",
    "char limit",
    "schema therapy",
    "5' 11\"",
    "\"quoted phrase\"",
    "or-tools",
    "and then",
    "between us",
    "x-ray",
    "regexp",
    "like",
    "sounds like",
    "null",
    "mongo",
    "$5 deal",
    "truncate text",
    "dump truck",
    "pg 12",
    "immediate start",
    "master plan",
    "sys admin",
    "information desk",
    "tables",
    "user guide",
    "1 or 2",
    "A and B",
    "0x41",
    "1.5e3",
    "4294967296",
    "overflow parking",
    "@here",
    "#4521",
    "crème brûlée",
    "backtick key",
    "execute order",
    "shell company",
    "true or false",
    "limit 1 per person",
    "mid-year",
    "ascii art",
    "cast list",
    "length",
    "ord number",
    "hex key",
    "case when",
    "version 4.2.1",
    "-- note",
    "price (incl. VAT)",
    "Smith & Sons",
    "AT&T",
    "C++ course",
    "50% off",
    "now or never",
    "sleep(5) hours",
    "select all",
    "Martin O'Malley; Dublin",
]

NAMES = [
    "Siobhán O'Brien", "Conor O'Neil", "D'Arcy Smith", "Jean-Luc Picard", "Mary-Kate O'Hara",
    "Nguyễn Văn An", "Zoë D'Souza", "Aoife Ní Bhriain", "Seán Mac Giolla", "Élodie L'Herminier",
    "Tom O'Connor-Hughes", "Renée D'Amato", "Björn Åkesson", "Ana María de la Cruz", "Li Wei",
    "Union Street Bakery", "Select Furniture Ltd", "Sleep Country", "Benchmark Electronics",
    "Drop Zone Skydiving", "Match & Merge Consulting", "Execute Fitness", "Case & Co", "Table Mountain Tours",
    "Order of St John", "Admin Services GmbH", "Char Grill House", "Schema Design Studio", "Alter Ego Theatre",
]
ADDRESSES = [
    "10 Union Street, Aberdeen AB11 6BD", "1 Select Road, Leeds", "Flat 4, 12 O'Connell St, Dublin 1",
    "221B Baker St, London NW1 6XE", "5th Ave & 59th St, New York, NY", "Rue de l'Église 3, 1000 Bruxelles",
    "Table View, Cape Town 7441", "Match Lane 7, 8001 Zürich", "Case Postale 12, 1211 Genève",
    "Unit 2-3, Drop Inn Estate, Bristol", "P.O. Box 1=1A, Valletta", "Via dell'Orso 9, Roma",
    "Merge Hall #2, 14 Mill Rd", "Apt. #5, 100 Sleepy Hollow Rd", "Having Street 1, Oslo",
]
DOC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://www.sqlite.org/lang_select.html",
    "https://example.com/search?q=O%27Brien&page=2",
    "https://example.com/products?sort=price&order=asc",
    "https://shop.example.org/cart?item=4521&qty=1",
    "https://news.example.com/2024/05/union-deal-reached",
    "https://blog.example.com/posts/sleep-better-in-5-steps",
    "https://www.example.co.uk/match-report?id=1234#highlights",
    "https://example.com/colours#d62828",
    "https://docs.example.com/api/v2/users?fields=id,name,email",
    "https://example.com/a/b/c?x=1&y=2&z=3",
    "https://maps.example.com/?q=10+Union+Street,+Aberdeen",
    "https://example.org/wiki/Case_(disambiguation)",
    "https://calendar.example.com/event?title=Benchmark+review&when=2024-06-01",
]
PROSE = [
    "Please select one option from the list below and press continue.",
    "The union of the two sets is the set of all elements in either.",
    "Sleep at least 7 hours before the exam.",
    "We benchmark our prices against three competitors each quarter.",
    "Drop the parcel at the front desk if nobody answers.",
    "The match was cancelled because of the rain.",
    "We will merge your two accounts within 2 working days.",
    "The board will execute the agreement on Monday.",
    "Mr O'Brien asked whether the order can be delivered before Friday.",
    "In case of fire, use the stairs, not the lift.",
    "If 1 = 1 and 2 = 2, the total is 3 -- my son's maths homework.",
    "Our office is closed between 24 and 26 December.",
    "The schema on page 4 shows the table layout of the dining room.",
    "Price: $12.50 (or $10 for members).",
    "The function starts at 7pm; dress code is smart casual.",
    "Having read the terms, I agree to them.",
    "Update your address in the profile page, then click save.",
    "Insert the card, wait for the beep, then remove it.",
    "Delete any copies of the letter once the case is closed.",
    "The procedure takes about 20 minutes and you can go home afterwards.",
    "I'd like to alter my booking to the 3rd of May.",
    "Char-grilled vegetables are served with every main.",
    "He said: \"it's fine\" -- and left.",
    "Rock 'n' roll never dies.",
    "The character set on the menu board is hand-painted.",
    "Create an account, then log in with your e-mail.",
    "The immediate family may attend the ceremony.",
    "The master key is kept at reception.",
    "Information about parking is at the bottom of the page.",
    "Please declare any goods over the allowance.",
]
HEADER_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "PostmanRuntime/7.37.3",
    "Go-http-client/2.0",
]


def _search_requests(text: str) -> Iterator[dict[str, Any]]:
    """A search typed into the API's query, the admin panel's form and a JSON filter."""
    yield _get(_query("/api/users", [("q", text), ("page", "1")]))
    yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)])
    yield _json("/api/users", {"name": "Ann", "search": text})
    yield _get("/api/users?page=1") | {"headers": {
        "User-Agent": UA, "Accept": "application/json",
        "Referer": "https://app.example.com/people?" + urllib.parse.urlencode({"q": text})}}


def _profile_requests(name: str, address: str) -> Iterator[dict[str, Any]]:
    yield _json("/api/users", {"name": name, "address": address, "email": "ann@example.org"})
    yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("display_name", name), ("city", address)])


def _header_requests(i: int, ua: str) -> Iterator[dict[str, Any]]:
    url = DOC_URLS[i % len(DOC_URLS)]
    yield _get("/api/users?page=2") | {"headers": {"User-Agent": ua, "Accept": "application/json", "Referer": url}}
    yield _get("/api/users/42") | {"headers": {"User-Agent": ua, "Accept": "application/json",
                                               "Cookie": f"session=abc{i}; theme=dark; lang=en-GB",
                                               "X-Client-Info": f"web/4.2.{i} (build {1000 + i})"}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((r for t in SEARCHES for r in _search_requests(t)), f"{NAME}-search", n, "mixed")
    n = yield from numbered((r for k, nm in enumerate(NAMES)
                             for r in _profile_requests(nm, ADDRESSES[k % len(ADDRESSES)])),
                            f"{NAME}-profile", n, "mixed")
    n = yield from numbered((r for k, ua in enumerate(HEADER_UAS * 4) for r in _header_requests(k, ua)),
                            f"{NAME}-header", n, "header")
    n = yield from numbered((_json("/api/users/42", {"notes": t}) for t in PROSE), f"{NAME}-notes", n, "json")
    yield from links_and_prose(DOC_URLS, PROSE, NAME, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
