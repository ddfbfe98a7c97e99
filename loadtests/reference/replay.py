"""Replay a WAF corpus (attacks.jsonl / benign.jsonl records: method, raw uri, headers, body) byte for
byte through an engine over HTTPS keep-alive, each request tagged with a unique X-Request-Id, and read
back per request its status and the set of rule ids the engine matched (from its log: collect()).
Also: the per-request comparison of two engines' CRS rule ids, and block rates per category."""

from __future__ import annotations

import http.client
import json
import secrets
import ssl
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from gateway.config import REPO_ROOT

from .modsec import crs_detection_ids

DEFAULT_CORPUS = REPO_ROOT / "tests" / "data" / "waf-corpus"
CORPUS_FILES = ("attacks.jsonl", "benign.jsonl")
WORKERS = 8


def load_corpus(corpus_dir: Path = DEFAULT_CORPUS, names: tuple[str, ...] = CORPUS_FILES) -> list[dict[str, Any]]:
    """The records of the corpus files `names` in `corpus_dir` (attacks first), in file order."""
    records: list[dict[str, Any]] = []
    for name in names:
        text = (corpus_dir / name).read_text(encoding="utf-8")
        records.extend(json.loads(line) for line in text.splitlines() if line.strip())
    return records


class Engine(Protocol):
    @property
    def ca(self) -> Path: ...

    def transactions(self) -> dict[str, dict[str, Any]]: ...


def collect(engine: Engine, ids: list[str], timeout: float = 30, settle: float = 1.0) -> dict[str, dict[str, Any]]:
    """The logged transactions of `ids`: every response has been read, but an engine writes its log in
    the log phase, just after; waits until all are there, or the log has not grown for `settle` seconds
    (a request that nginx refused before any phase, e.g. a malformed URI, is never logged)."""
    wanted = set(ids)
    deadline = time.monotonic() + timeout
    seen, stable_since = -1, time.monotonic()
    while True:
        found = engine.transactions()
        now = time.monotonic()
        if len(found) != seen:
            seen, stable_since = len(found), now
        if wanted <= found.keys() or now > deadline or now - stable_since > settle:
            return {i: found[i] for i in wanted if i in found}
        time.sleep(0.2)


@dataclass
class Outcome:
    """One replayed record: the engine's status and the rule ids it matched (None: not in its log)."""

    record: dict[str, Any]
    status: int
    rules: set[int] | None = None

    @property
    def blocked(self) -> bool:
        return self.status == 403


class KeepAliveSender:
    """One keep-alive HTTPS connection per thread to localhost:port; reconnects when the server closes
    one (e.g. after a 400), and sends a request again once when its connection broke."""

    def __init__(self, port: int, ctx: ssl.SSLContext, timeout: float) -> None:
        self.port, self.ctx, self.timeout = port, ctx, timeout
        self.local = threading.local()

    def _conn(self) -> http.client.HTTPSConnection:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPSConnection("localhost", self.port, context=self.ctx, timeout=self.timeout)
            self.local.conn = conn
        return conn

    def exchange(self, method: str, uri: str, headers: dict[str, Any], body: bytes | None) -> tuple[int, bytes]:
        """Send the raw URI with exactly these headers (Host included), in this order; (status, body)."""
        for attempt in range(2):
            conn = self._conn()
            try:
                conn.putrequest(method, uri, skip_host=True, skip_accept_encoding=True)
                for k, v in headers.items():
                    conn.putheader(k, v.encode("utf-8") if isinstance(v, str) else v)
                conn.endheaders(body)
                resp = conn.getresponse()
                data = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    self.local.conn = None
                return resp.status, data
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


class Replayer(KeepAliveSender):
    """A corpus record as given, tagged with our X-Request-Id (the record's own is dropped)."""

    def __init__(self, port: int, ca: Path) -> None:
        super().__init__(port, ssl.create_default_context(cafile=str(ca)), timeout=30)

    def send(self, rec: dict[str, Any], request_id: str) -> int:
        body = rec["body"].encode("utf-8") if rec.get("body") else b""
        headers = {"Host": f"localhost:{self.port}",
                   **{k: v for k, v in rec["headers"].items() if k.lower() not in ("x-request-id", "host")},
                   "X-Request-Id": request_id}
        if body or rec["method"] not in ("GET", "HEAD"):
            headers["Content-Length"] = str(len(body))
        return self.exchange(rec["method"], rec["uri"], headers, body or None)[0]


def replay(engine: Engine, port: int, records: list[dict[str, Any]], workers: int = WORKERS) -> list[Outcome]:
    """Send every record to the engine at localhost:port and read back what it matched per request."""
    nonce = secrets.token_hex(4)
    ids = [f"{nonce}-{rec['id']}-{i}" for i, rec in enumerate(records)]
    replayer = Replayer(port, engine.ca)
    with ThreadPoolExecutor(workers) as pool:
        statuses = list(pool.map(replayer.send, records, ids))
    logged = collect(engine, ids)
    return [Outcome(rec, status, logged[i]["rules"] if i in logged else None)
            for rec, status, i in zip(records, statuses, ids, strict=True)]


@dataclass
class Comparison:
    """Per request, the CRS detection rule ids of engine A (ours) against engine B (the reference)."""

    total: int = 0
    identical: int = 0
    missing: Counter[int] = field(default_factory=Counter)   # B matched, A did not
    extra: Counter[int] = field(default_factory=Counter)     # A matched, B did not
    differing: list[str] = field(default_factory=list)       # record ids
    uninspected: list[str] = field(default_factory=list)     # refused by nginx before either engine ran

    @property
    def identical_ratio(self) -> float:
        return self.identical / self.total if self.total else 1.0

    def report(self, limit: int = 40) -> str:
        lines = [f"identical CRS rule-id sets: {self.identical}/{self.total} = {100 * self.identical_ratio:.2f}%"]
        for title, counts in (("missing (reference matched, ours did not)", self.missing),
                              ("extra (ours matched, reference did not)", self.extra)):
            lines.append(f"{title}: " + (", ".join(f"{rule} x{n}" for rule, n in counts.most_common()) or "none"))
        if self.uninspected:
            lines.append(f"refused by nginx before either engine: {', '.join(self.uninspected)}")
        if self.differing:
            lines.append(f"differing records (first {limit}): {', '.join(self.differing[:limit])}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "identical": self.identical, "identical_ratio": round(self.identical_ratio, 4),
                "uninspected": len(self.uninspected),
                "missing": {str(k): v for k, v in self.missing.most_common()},
                "extra": {str(k): v for k, v in self.extra.most_common()}}


def compare(ours: list[Outcome], reference: list[Outcome],
            select: Callable[[set[int]], set[int]] = crs_detection_ids) -> Comparison:
    """Compare two replays of the same records. A request in neither engine's log with the same status
    (nginx refused it before any phase) is identical; in one log only, it differs."""
    result = Comparison()
    for a, b in zip(ours, reference, strict=True):
        result.total += 1
        if a.rules is None and b.rules is None and a.status == b.status:
            result.uninspected.append(a.record["id"])
            result.identical += 1
            continue
        if a.rules is None or b.rules is None:
            result.differing.append(a.record["id"])
            continue
        mine, theirs = select(a.rules), select(b.rules)
        if mine == theirs:
            result.identical += 1
            continue
        result.differing.append(a.record["id"])
        result.missing.update(theirs - mine)
        result.extra.update(mine - theirs)
    return result


def rates(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    """Per category (attacks) and per benign kind ("benign:<kind>"): blocked / total, plus overall
    "attacks" and "benign" rows. Blocked = answered 403."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        category = o.record["category"]
        keys = [category, "attacks"] if category != "benign" else ["benign:" + o.record["id"].rsplit("-", 1)[0],
                                                                    "benign"]
        for key in keys:
            rows[key]["total"] += 1
            rows[key]["blocked"] += o.blocked
    return {k: {"blocked": c["blocked"], "total": c["total"], "rate": round(c["blocked"] / c["total"], 4)}
            for k, c in sorted(rows.items())}
