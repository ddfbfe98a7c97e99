"""An evasion set derived from the shared WAF corpus, for a generalisation estimate.

The final WAF figures are measured on a held-out set; the shared corpus is what the rules were built
on. This module takes every corpus payload (attacks) and every benign text, applies transformations
real attackers use and the rules were not tuned on, and puts the result into a request, possibly in
another place than the corpus had it:

* ``case``        random upper/lower case per letter (SQL keywords, HTML tags and attributes are
                  case-insensitive): sqli, xss
* ``sql_comment`` ``/**/`` around SQL keywords and in place of spaces: sqli
* ``whitespace``  each space becomes a run of tabs, newlines, CR LF, VT, FF or spaces: sqli, xss, rce, ssti
* ``double_url``  every reserved byte percent-encoded twice (``<`` -> ``%253C``), in URL contexts only
                  (query, urlencoded form, cookie)
* ``html_entity`` punctuation as decimal, hex or named HTML entities, mixed
* ``json_unicode`` punctuation and some letters as ``\\uXXXX`` escapes inside a JSON string
* ``relocate``    the payload unchanged, moved to another placement than the corpus gave it

Placements: ``query`` (GET /api/users?q=), ``form`` (POST /admin/users/search, urlencoded), ``json``
(POST /api/users {"name": ...}), ``multipart`` (POST /admin/users/search, multipart/form-data; a
traversal/lfi payload may be the file name of an upload), ``header`` (X-Search, printable ASCII only)
and ``cookie`` (a percent-encoded cookie value).

The benign set applies the same transformations (all of them, to every benign text) and placements, so
the false-positive figure says whether the WAF's decoding turns ordinary text into an attack.
Everything is deterministic: one ``random.Random(seed)`` per record, seeded from the record id.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

SEED = 20240608

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
]
LANGS = ["en-US,en;q=0.9", "fr-FR,fr;q=0.9,en;q=0.7", "de-DE,de;q=0.9", "ja-JP,ja;q=0.9,en;q=0.6"]
PLACEMENTS = ["query", "form", "json", "multipart", "header", "cookie"]
URL_PLACEMENTS = ["query", "form", "cookie"]

# SQL grammar words (not strings from the corpus): comments go around them.
SQL_KEYWORDS = re.compile(
    r"\b(select|union|all|distinct|from|where|and|or|xor|not|order|group|by|having|limit|offset|insert|into|"
    r"values|update|set|delete|drop|table|exec|execute|declare|waitfor|delay|sleep|benchmark|case|when|then|"
    r"else|end|like|null|is|in|exists|char|concat|substring|ascii|cast|convert|as)\b", re.IGNORECASE)
WHITESPACE_RUNS = ["\t", "\n", "\r\n", "  ", " \t", "\t\t", "\x0b", "\x0c", "\n\t"]
NAMED_ENTITIES = {"<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "&": "&amp;", "(": "&lpar;",
                  ")": "&rpar;", "/": "&sol;", ":": "&colon;", "=": "&equals;", ";": "&semi;"}


# ---- transformations: (text, rng) -> text ----------------------------------------------------------
def case_mix(text: str, rng: random.Random) -> str:
    return "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c.lower() if c.isalpha() else c
                   for c in text)


def sql_comment(text: str, rng: random.Random) -> str:
    out = SQL_KEYWORDS.sub(lambda m: "/**/" + m.group(1) + "/**/", text)
    return re.sub(r" +", lambda m: "/**/" if rng.random() < 0.7 else m.group(0), out)


def whitespace(text: str, rng: random.Random) -> str:
    return re.sub(r" ", lambda m: rng.choice(WHITESPACE_RUNS), text)


def double_url(text: str, rng: random.Random) -> str:
    # the first layer; the placement's own encoding adds the second (the server undoes one)
    return urllib.parse.quote(text, safe="")


def html_entity(text: str, rng: random.Random) -> str:
    out = []
    for c in text:
        if c.isalnum() or c in " ._-":
            out.append(c)
            continue
        style = rng.randrange(3)
        if style == 0 and c in NAMED_ENTITIES:
            out.append(NAMED_ENTITIES[c])
        elif style == 1:
            out.append(f"&#x{ord(c):x};")
        else:
            out.append(f"&#{ord(c)};")
    return "".join(out)


def relocate(text: str, rng: random.Random) -> str:
    return text


TRANSFORMS: dict[str, tuple[Callable[[str, random.Random], str], set[str]]] = {
    "case": (case_mix, {"sqli", "xss"}),
    "sql_comment": (sql_comment, {"sqli"}),
    "whitespace": (whitespace, {"sqli", "xss", "rce", "ssti"}),
    "double_url": (double_url, {"sqli", "xss", "traversal", "lfi", "rce", "ssti"}),
    "html_entity": (html_entity, {"sqli", "xss", "traversal", "lfi", "rce", "ssti"}),
    "json_unicode": (relocate, {"sqli", "xss", "traversal", "lfi", "rce", "ssti"}),  # escaping is the encoder
    "relocate": (relocate, {"sqli", "xss", "traversal", "lfi", "rce", "ssti"}),
}


def json_unicode_string(text: str, rng: random.Random) -> str:
    """A JSON string literal with punctuation (and about a third of the letters) as \\uXXXX escapes."""
    out = ['"']
    for c in text:
        cp = ord(c)
        if c.isascii() and c.isalnum() and rng.random() >= 0.33:
            out.append(c)
        elif cp > 0xFFFF:
            cp -= 0x10000
            out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
        else:
            out.append(f"\\u{cp:04X}" if rng.random() < 0.5 else f"\\u{cp:04x}")
    out.append('"')
    return "".join(out)


# ---- what the corpus put where ----------------------------------------------------------------------
def _query_params(uri: str) -> list[tuple[str, str]]:
    query = uri.split("?", 1)[1] if "?" in uri else ""
    return [(k, v) for k, _, v in (p.partition("=") for p in query.split("&") if p)]


def attack_payload(rec: dict[str, Any]) -> str:
    """The value the server sees (one layer of URL decoding undone), from the corpus record."""
    place, uri = rec["placement"], rec["uri"]
    if place == "query":
        return urllib.parse.unquote(dict(_query_params(uri))["q"])
    if place == "form":
        return urllib.parse.unquote_plus(dict(_query_params("?" + rec["body"]))["q"])
    if place == "json":
        doc = json.loads(rec["body"])
        return doc["event"]["text"] if "event" in doc else doc["name"]
    if place == "path":
        prefix = "/api/" if rec["category"] in ("traversal", "lfi") else "/api/users/"
        return urllib.parse.unquote(uri[len(prefix):])
    if place == "header":
        ref = rec["headers"].get("Referer", "")
        if "/search?q=" in ref:
            return urllib.parse.unquote(ref.split("/search?q=", 1)[1])
        return rec["headers"]["User-Agent"]
    raise ValueError(f"unknown placement {place!r} in {rec['id']}")


SKIP_FORM_FIELDS = {"csrf_token", "_method", "grant_type", "client_id", "scope", "code_verifier", "assertion",
                    "client_assertion_type", "refresh_token", "code"}


def benign_text(rec: dict[str, Any]) -> str:
    """The user-written text of a benign record (the longest free-text value)."""
    place, uri = rec["placement"], rec["uri"]
    candidates: list[str] = []
    if place in ("query", "header"):
        candidates = [urllib.parse.unquote(v) for k, v in _query_params(uri) if k not in ("page", "per_page")]
        if place == "header":
            candidates = [rec["headers"].get("Referer", ""), rec["headers"].get("User-Agent", "")]
    elif place == "form":
        candidates = [urllib.parse.unquote_plus(v) for k, v in _query_params("?" + rec["body"])
                      if k not in SKIP_FORM_FIELDS]
    elif place == "json":
        doc = json.loads(rec["body"])
        if isinstance(doc, dict) and isinstance(doc.get("event"), dict):
            candidates = [doc["event"].get("text", "")]
        else:
            candidates = [v for v in (doc.values() if isinstance(doc, dict) else []) if isinstance(v, str)]
    elif place == "path":
        candidates = [urllib.parse.unquote(uri.split("?", 1)[0][len("/api/"):])]
    return max(candidates, key=len, default="")


# ---- building a request -----------------------------------------------------------------------------
def _token(rng: random.Random, n: int = 32) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _printable_ascii(text: str) -> bool:
    return all(0x20 <= ord(c) < 0x7F for c in text)


def build(text: str, placement: str, rng: random.Random, *, json_escape: bool = False,
          as_filename: bool = False) -> dict[str, Any]:
    """A request (corpus record schema) carrying text at placement, encoded as that place needs (so a
    double_url text, already percent-encoded once, gets its second layer here)."""
    headers = {"User-Agent": rng.choice(UAS), "Accept": "application/json, text/plain, */*",
               "Accept-Language": rng.choice(LANGS)}
    session = f"session={_token(rng, 40)}"
    q_safe = "-._~!$'()*,:@/"
    if placement == "query":
        value = urllib.parse.quote(text, safe=q_safe)
        return {"method": "GET", "uri": f"/api/users?q={value}&page={rng.randint(1, 9)}",
                "headers": {**headers, "Cookie": session}, "body": ""}
    if placement in ("header", "cookie"):
        rec = {"method": "GET", "uri": f"/api/users?q=report&page={rng.randint(1, 9)}", "body": ""}
        if placement == "header":
            return {**rec, "headers": {**headers, "Cookie": session, "X-Search": text}}
        value = urllib.parse.quote(text, safe="")
        return {**rec, "headers": {**headers, "Cookie": f"{session}; q={value}"}}
    if placement == "form":
        value = urllib.parse.quote_plus(text, safe="*-._~")
        body = f"csrf_token={_token(rng)}&q={value}&per_page={rng.choice([20, 50])}"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**headers, "Content-Type": "application/x-www-form-urlencoded",
                            "Cookie": f"admin_{session}"}}
    if placement == "json":
        literal = json_unicode_string(text, rng) if json_escape else json.dumps(text, ensure_ascii=False)
        return {"method": "POST", "uri": "/api/users", "body": '{"name": ' + literal + ', "send_invite": false}',
                "headers": {**headers, "Content-Type": "application/json", "Cookie": session}}
    if placement == "multipart":
        boundary = "----WebKitFormBoundary" + _token(rng, 16)
        parts = [("csrf_token", None, _token(rng))]
        if as_filename:
            parts.append(("upload", text, "Quarterly numbers, see attached.\n"))
        else:
            parts.append(("q", None, text))
        chunks = []
        for name, filename, value in parts:
            disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
            ctype = "Content-Type: text/plain\r\n" if filename is not None else ""
            chunks.append(f"--{boundary}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{value}\r\n")
        body = "".join(chunks) + f"--{boundary}--\r\n"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**headers, "Content-Type": f"multipart/form-data; boundary={boundary}",
                            "Cookie": f"admin_{session}"}}
    raise ValueError(placement)


def _rng(*parts: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(("|".join(parts) + f"|{SEED}").encode()).digest()[:8], "big"))


def _choose_placement(name: str, text: str, original: str, category: str, rng: random.Random) -> str:
    if name == "json_unicode":
        return "json"
    options = URL_PLACEMENTS if name == "double_url" else PLACEMENTS
    if name == "relocate":
        options = [p for p in options if p != original] or options
    if not _printable_ascii(text):
        options = [p for p in options if p != "header"]
    return rng.choice(options)


def variants(rec: dict[str, Any], text: str, category: str, apply_all: bool) -> Iterator[dict[str, Any]]:
    for name, (fn, categories) in TRANSFORMS.items():
        if not apply_all and category not in categories:
            continue
        rng = _rng(rec["id"], name)
        mutated = fn(text, rng)
        if name == "relocate" or mutated != text or name in ("json_unicode", "double_url"):
            placement = _choose_placement(name, mutated, rec["placement"], category, rng)
            as_filename = (placement == "multipart" and category in ("traversal", "lfi") and rng.random() < 0.5
                           and not re.search(r'[\r\n"]', mutated))
            req = build(mutated, placement, rng, json_escape=name == "json_unicode", as_filename=as_filename)
            yield {"id": f"evs-{name}-{rec['id']}", "source": rec["id"], "category": category,
                   "transform": name, "placement": placement + ("-filename" if as_filename else ""), **req}


def attack_variants(attacks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for rec in attacks for v in variants(rec, attack_payload(rec), rec["category"], apply_all=False)]


def benign_variants(benign: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for rec in benign:
        text = benign_text(rec)
        if text.strip():
            out.extend(variants(rec, text, "benign", apply_all=True))
    return out
