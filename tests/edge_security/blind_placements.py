"""The placement machinery the blind attack sets share (family_gen_blind_hundredtwentysixth.py and later).

Each of those sets sends every payload twice: once to our real routes (placements such as query, form, json,
cookie, header:<Name>, param-name, xml, multipart-field, multipart-filename, path) and once the way a WAF
regression suite sends it (placements prefixed "rs-": paths that are not our routes, arbitrary parameter names).

`BlindSet` builds both requests from a placement, a parameter name and the payload: the placement `p` is built by
the method `_p_<p>` (dashes as underscores, `header:<Name>` by `_p_header`). A set subclasses it with its own
choices (boundary, safe characters, upload body, cycles, names, which payloads are raw or bytes) and overrides a
placement only where its own request differs. `attacks()` is the rotation most sets share: an entry is a payload,
which takes the next places of the cycles that can carry it, or a (payload, real placement, rs placement) tuple;
the hooks (`entries`, `cycles`, `name`, `rs_name`, `rs_path`, `is_latin`, `is_raw`) are where sets differ.
`benign()` sends a set's benign texts the way most sets do (Slack and bios, searches, links and prose, profiles,
uploads, headers). Sets whose regression-suite copy is a product's own exploit request, or whose placements
follow a field's type, keep their own rotation and use `real`, `rs`, `record` and the helpers below.

Taken from the sets' own copies of this machinery: each set's records are byte-identical to those its own copy
produced.
"""
from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, cast

from .family_gen import UA, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered

Record = dict[str, Any]
Part = tuple[str, str, str | None]   # (field name, value, file name or None)
Entry = str | tuple[str, str, str]   # a payload, or (payload, real placement, rs placement)
Family = tuple[str, str, Sequence[Entry]]   # (category, sub-family, entries)
Cycles = tuple[Sequence[str], Sequence[str]]   # (real placements, rs placements) a payload turns through

COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
FORM = "application/x-www-form-urlencoded"
CSRF = "csrf_token=t0k3n&"
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
CONTROLS_BUT_NUL = "".join(map(chr, range(1, 32)))   # xml_controls: a value may carry any control but NUL


def header_safe(value: str) -> bool:
    """A value a header (or a cookie, or a path) can carry: printable ASCII on one line, not too long."""
    return all(" " <= ch <= "~" for ch in value) and len(value) < 2000


def enc(value: str, latin: bool = False, safe: str = "") -> str:
    """Percent-encoding; `latin`: the characters are bytes (a raw binary payload held as latin-1 text)."""
    return urllib.parse.quote(value.encode("latin-1") if latin else value.encode(), safe=safe)


def xml_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def request(method: str, uri: str, body: str = "", content_type: str = "", **headers: str) -> Record:
    """A request as a client library sends it (our UA, Accept */*), with any extra headers after."""
    h = {"User-Agent": UA, "Accept": "*/*"}
    if content_type:
        h["Content-Type"] = content_type
    h.update(headers)
    return {"method": method, "uri": uri, "body": body, "headers": h}


class Put(NamedTuple):
    """One payload on its way into one placement. `raw`: the payload is itself `name=value` (binding,
    pollution, operator parameters) or an already-encoded path, and goes unquoted; `latin`: see `enc`."""

    place: str
    name: str
    v: str
    latin: bool = False
    raw: bool = False
    path: str = ""   # rs- placements: the regression suite's path
    k: int = 0   # the entry's turn in the rotation (for a set's own rotating choices)

    @property
    def header(self) -> str:
        return self.place.split(":", 1)[1]


class BlindSet:
    """A blind set's placements and rotation; the class attributes are the choices a set overrides."""

    prefix = ""   # the set's NAME: attack ids are `prefix`-category-NNNN
    boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
    kv_safe = "=&[]._-:/'*$!(),;{}~@"   # what a raw `name=value` payload keeps unquoted
    upload = "hello"   # the file a multipart-filename upload carries
    file_type = "application/octet-stream"   # its Content-Type
    rs_upload = "/post"   # where a suite posts a file when its path (/, /get, /search) takes none
    page = ("page", "1")   # the list parameter our GET routes carry
    form_accept = "text/html"   # the admin search form as a browser (text/html) or a client (*/*) posts it
    documents = False   # xml: a payload that is itself an XML document goes as the whole body
    raw_subs: Collection[str] = ()   # sub-families whose fixed `name=value` entries are raw (see is_raw)
    raw_places: tuple[str, ...] = ("form", "param-name", "rs-param-name")   # where a raw payload goes unquoted
    raw_tail = False   # param-name: a raw payload keeps the list parameter after it
    one_line: tuple[str, ...] = ("cookie", "rs-cookie")   # placements (besides headers) that need header_safe
    short: tuple[str, ...] = ("path",)   # placements that need header_safe and under 400 characters
    xml_places: tuple[str, ...] = ("xml", "rs-xml")   # placements xml_controls checks (XML bodies, some sets more)
    xml_controls: str | None = None   # the control characters an xml_places value may carry; None: no check
    path_forbids = ""   # what the path may not carry besides header_safe (one segment: "/?#")
    raw_body_forbids: str | None = None   # rs-raw-body: header_safe and none of these (one pair: "&"); None: any
    raw_body_pair = False   # rs-raw-body (with raw_body_forbids): the payload is itself a `name=value`
    unique = False   # a payload may be in the set once only (entries() checks)
    fit_fixed = False   # a fixed entry's places too fall back when they cannot carry its payload

    families: Sequence[Family] = ()
    # the places a payload turns through (most sets: every part of a request once)
    real_cycle: Sequence[str] = ("query", "form", "json", "cookie", "header:User-Agent", "header:Referer",
                                 "header:X-Api-Version", "param-name", "xml", "multipart-field", "path")
    rs_cycle: Sequence[str] = ("rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent",
                               "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie", "rs-param-name")
    names: Sequence[str] = ()
    rs_paths: Sequence[str] = RS_PATHS
    rs_names: Sequence[str] = RS_NAMES
    fallback: Sequence[str] = ("json", "form", "query")   # where a payload goes that its cycled place cannot carry
    rs_fallback: Sequence[str] = ("rs-json", "rs-form", "rs-query")

    # --- bodies ---------------------------------------------------------------------------------------------
    @property
    def multipart_type(self) -> str:
        return "multipart/form-data; boundary=" + self.boundary

    @property
    def tail(self) -> str:
        return "&" + "=".join(self.page)

    @property
    def list_uri(self) -> str:
        return "/api/users?" + "=".join(self.page)

    def multipart(self, parts: Iterable[Part], file_type: str = "") -> str:
        """A multipart body; a file name given as `filename*=...` goes as it is (an RFC 5987 name)."""
        b, file_type = self.boundary, file_type or self.file_type
        out = []
        for name, value, filename in parts:
            if filename is None:
                out.append(f'--{b}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
            else:
                quoted = 'filename="' + filename.replace('"', "%22") + '"'
                fn = filename if filename.startswith("filename*=") else quoted
                out.append(f'--{b}\r\nContent-Disposition: form-data; name="{name}"; {fn}\r\n'
                           f"Content-Type: {file_type}\r\n\r\n{value}\r\n")
        return "".join(out) + f"--{b}--\r\n"

    def xml_body(self, value: str, root: str, name: str) -> str:
        if self.documents and value.startswith("<") and len(value) > 1 and (value[1].isalpha() or value[1] == "?"):
            return value   # the payload is the document (XStream, XMLDecoder, SOAP, an XXE document)
        return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{xml_escape(value)}</{name}></{root}>'

    # --- placements -------------------------------------------------------------------------------------------
    def enc(self, value: str, latin: bool = False, safe: str = "") -> str:
        return enc(value, latin, safe)

    def real(self, place: str, name: str, v: str, latin: bool = False, raw: bool = False, k: int = 0) -> Record:
        """Our routes: /api/users, the admin search form (with its csrf_token), the admin import."""
        return self.put(Put(place, name, v, latin, raw, "", k))

    def rs(self, place: str, path: str, name: str, v: str, latin: bool = False, raw: bool = False,
           k: int = 0) -> Record:
        """A regression suite's request: arbitrary paths and parameter names."""
        return self.put(Put(place, name, v, latin, raw, path, k))

    def put(self, p: Put) -> Record:
        """The request of one placement (its method `_p_<placement>`)."""
        build = getattr(self, "_p_" + p.place.split(":", 1)[0].replace("-", "_"), None)
        if build is None:
            raise ValueError(p.place)
        if p.raw and p.place not in self.raw_places:
            p = p._replace(raw=False)   # this set quotes a raw payload there like any other
        return cast(Callable[[Put], Record], build)(p)

    # the pieces a placement is made of: a raw payload goes as it is written (only what would break the request
    # quoted), any other under the parameter name, percent-encoded
    def _raw(self, p: Put) -> str:
        return self.enc(p.v, False, self.kv_safe)

    def _pair(self, p: Put) -> str:
        return self._raw(p) if p.raw else p.name + "=" + self.enc(p.v, p.latin)

    def _cookie_pair(self, p: Put) -> str:
        return self.enc(p.v, False, COOKIE_SAFE) if p.raw else p.name + "=" + self.enc(p.v, p.latin, COOKIE_SAFE)

    def _named(self, p: Put) -> str:   # the payload as a parameter name
        return self._raw(p) if p.raw else self.enc(p.v, p.latin) + "=1"

    def _segment(self, p: Put) -> str:   # the payload as a path segment (a raw one: an already-encoded path)
        return self.enc(p.v.lstrip("/"), p.latin, "/") if p.raw else self.enc(p.v, p.latin)

    def _p_query(self, p: Put) -> Record:
        if p.raw:   # the payload is the query string
            return _get("/api/users?" + self._raw(p) + (self.tail if self.raw_tail else ""))
        return _get("/api/users?" + self._pair(p) + self.tail)

    def _p_form(self, p: Put) -> Record:
        return request("POST", "/admin/users/search", CSRF + self._pair(p), FORM, Accept=self.form_accept)

    def _p_json(self, p: Put) -> Record:
        return _json("/api/users", {"email": "a@example.org", p.name: p.v})

    def _p_json_body(self, p: Put) -> Record:
        return {**_json("/api/users", {}), "body": p.v}

    def _p_yaml_body(self, p: Put) -> Record:
        return request("POST", "/api/users", p.v, "application/x-yaml")

    def _p_cookie(self, p: Put) -> Record:
        return request("GET", self.list_uri, Cookie="session=abc123; " + self._cookie_pair(p))

    def _p_header(self, p: Put) -> Record:
        return request("GET", self.list_uri, **{p.header: p.v})

    def _p_param_name(self, p: Put) -> Record:
        tail = self.tail if self.raw_tail or not p.raw else ""   # most sets end a raw query string where it ends
        return _get("/api/users?" + self._named(p) + tail)

    def _p_xml(self, p: Put) -> Record:
        return request("POST", "/api/users", self.xml_body(p.v, "user", p.name), "application/xml")

    def _p_multipart_field(self, p: Put) -> Record:
        body = self.multipart([("csrf_token", "t0k3n", None), (p.name, p.v, None)])
        return request("POST", "/api/users", body, self.multipart_type)

    def upload_body(self, filename: str) -> str:
        """What an attack upload named `filename` carries."""
        return self.upload

    def _p_multipart_filename(self, p: Put) -> Record:
        body = self.multipart([("csrf_token", "t0k3n", None), ("file", self.upload_body(p.v), p.v)])
        return request("POST", "/admin/users/import", body, self.multipart_type)

    def _p_path(self, p: Put) -> Record:
        return _get("/api/users/" + self._segment(p))

    def _p_rs_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._pair(p))

    def _p_rs_form(self, p: Put) -> Record:
        return request("POST", p.path, self._pair(p), FORM)

    def _p_rs_json(self, p: Put) -> Record:
        return request("POST", p.path, json.dumps({p.name: p.v}), "application/json")

    def _p_rs_json_body(self, p: Put) -> Record:
        return request("POST", p.path, p.v, "application/json")

    def _p_rs_yaml_body(self, p: Put) -> Record:
        return request("POST", p.path, p.v, "application/yaml")

    def _p_rs_xml(self, p: Put) -> Record:
        return request("POST", p.path, self.xml_body(p.v, "root", p.name), "text/xml")

    def _p_rs_raw_body(self, p: Put) -> Record:
        # a str body cannot carry raw bytes, and a raw `name=value` keeps its own syntax: both percent-encoded
        return request("POST", p.path, self.enc(p.v, p.latin, self.kv_safe) if p.latin or p.raw else p.v, FORM)

    def _p_rs_header(self, p: Put) -> Record:
        return request("GET", p.path, **{p.header: p.v})

    def _p_rs_cookie(self, p: Put) -> Record:
        return request("GET", p.path, Cookie=self._cookie_pair(p))

    def _p_rs_param_name(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._named(p))

    def _p_rs_path(self, p: Put) -> Record:
        return request("GET", p.path.rstrip("/") + "/" + self._segment(p))

    def _p_rs_multipart_filename(self, p: Put) -> Record:
        target = self.rs_upload if p.path in ("/", "/get", "/search") else p.path
        return request("POST", target, self.multipart([("file", self.upload_body(p.v), p.v)]), self.multipart_type)

    # --- rotation ---------------------------------------------------------------------------------------------
    def fits(self, place: str, v: str) -> bool:
        """Header-borne and path placements need a printable single-line ASCII value; a set's knobs (xml_controls,
        raw_body_forbids, path_forbids) come first, as the sets' own checks did."""
        if place in self.xml_places and self.xml_controls is not None:
            return all(ch >= " " or ch in self.xml_controls for ch in v)
        if place == "rs-raw-body" and self.raw_body_forbids is not None:
            return (header_safe(v) and not any(ch in v for ch in self.raw_body_forbids)
                    and ("=" in v or not self.raw_body_pair))
        if place == "path" and any(ch in v for ch in self.path_forbids):
            return False
        if place.startswith(("header:", "rs-header:")) or place in self.one_line:
            return header_safe(v)
        if place in self.short:
            return header_safe(v) and len(v) < 400
        return True

    def cycled(self, cycle: Sequence[str], k: int, v: str, fallback: Sequence[str], i: int) -> str:
        """The k-th place of a cycle, or when it cannot carry the payload the i-th fallback."""
        place = cycle[k % len(cycle)]
        return place if self.fits(place, v) else fallback[i % len(fallback)]

    def entries(self) -> Iterator[tuple[int, int, str, str, Entry]]:
        """(sub-family index, entry index, category, sub-family, entry): the indexes the rotation turns on."""
        seen: set[str] = set()
        for s, (category, sub, entries) in enumerate(self.families):
            for i, entry in enumerate(entries):
                if self.unique:
                    payload = entry if isinstance(entry, str) else entry[0]
                    if payload in seen:
                        raise ValueError(f"duplicate payload: {payload[:60]!r}")
                    seen.add(payload)
                yield s, i, category, sub, entry

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        return self.names[k % len(self.names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        return self.rs_names[k % len(self.rs_names)]

    def rs_path(self, category: str, sub: str, k: int) -> str:
        return self.rs_paths[k % len(self.rs_paths)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return False

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed entry of a raw sub-family written as `name=value` (a JSON document is not)."""
        return fixed and sub in self.raw_subs and "=" in payload and not payload.startswith(("{", "["))

    def record(self, rec: Record, n: int, category: str, sub: str, place: str, payload: str) -> Record:
        return {**rec, "id": f"{self.prefix}-{category}-{n:04d}", "category": category, "sub": sub,
                "placement": place, "payload": payload}

    def attacks(self) -> Iterator[Record]:
        """Each entry twice, real then rs-: the i-th entry of the s-th sub-family takes place i + s of the real
        cycle and i + 2s of the rs one (or the i-th fallback), name i + s, rs path i + s and rs name i + 3s."""
        n = 0
        for s, i, category, sub, entry in self.entries():
            if isinstance(entry, tuple):
                payload, real, rs = entry
                if self.fit_fixed:
                    real = self.cycled((real,), 0, payload, self.fallback, i)
                    rs = self.cycled((rs,), 0, payload, self.rs_fallback, i)
            else:
                payload = entry
                real_cycle, rs_cycle = self.cycles(category, sub, payload)
                real = self.cycled(real_cycle, i + s, payload, self.fallback, i)
                rs = self.cycled(rs_cycle, i + 2 * s, payload, self.rs_fallback, i)
            latin, raw = self.is_latin(sub, payload), self.is_raw(sub, payload, isinstance(entry, tuple))
            name = self.name(category, sub, i + s)
            rs_path = self.rs_path(category, sub, i + s)
            rs_name = self.rs_name(category, sub, i + 3 * s)
            for place, rec in ((real, self.real(real, name, payload, latin, raw, i + s)),
                               (rs, self.rs(rs, rs_path, rs_name, payload, latin, raw, i + s))):
                n += 1
                yield self.record(rec, n, category, sub, place, payload)

    # --- benign -----------------------------------------------------------------------------------------------
    def searches(self, queries: Iterable[str], prefix: str, n: int) -> Generator[Record, None, int]:
        return numbered((_get(_query("/api/users", [("q", q), self.page])) for q in queries),
                        f"{prefix}-search", n, "query")

    def profiles(self, rows: Iterable[tuple[str, str]], prefix: str, n: int) -> Generator[Record, None, int]:
        return numbered((_json("/api/users", {"name": who, "address": where, "email": "user@example.org"})
                         for who, where in rows), f"{prefix}-profile", n, "json")

    def uploads(self, filenames: Iterable[str], prefix: str, n: int,
                body: str = "hello") -> Generator[Record, None, int]:
        return numbered((request("POST", "/admin/users/import",
                                 self.multipart([("csrf_token", "t0k3n", None), ("file", body, fn)]),
                                 self.multipart_type) for fn in filenames),
                        f"{prefix}-upload", n, "multipart-filename")

    def headers(self, pairs: Iterable[tuple[str, str]], prefix: str, n: int) -> Generator[Record, None, int]:
        return numbered((request("GET", self.list_uri, **{k: v}) for k, v in pairs), f"{prefix}-header", n, "header")

    def benign(self, prefix: str, chat: list[str], queries: list[str], urls: list[str], prose: list[str],
               profiles: list[tuple[str, str]], filenames: list[str], headers: list[tuple[str, str]],
               upload: str = "hello") -> Iterator[Record]:
        """Slack messages and bios, searches, links and prose, profiles, upload names, ordinary headers."""
        n = yield from chat_and_bio(chat, prefix)
        n = yield from self.searches(queries, prefix, n)
        n = yield from links_and_prose(urls, prose, prefix, n)
        n = yield from self.profiles(profiles, prefix, n)
        n = yield from self.uploads(filenames, prefix, n, upload)
        yield from self.headers(headers, prefix, n)
