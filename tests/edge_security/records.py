"""The helper logic the edge_security test-data generators share (family_gen*.py, benign_*_gen.py).

Only logic lives here: every set keeps its own payload and text lists, ids and headers (each set was written
independently, on purpose). Each helper draws from a generator's seeded random exactly as the code it replaced
did, so the records stay byte-for-byte what they were.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import Any

SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"  # Slack-style ids: upper case and digits, no I or O


def b64url(raw: bytes) -> str:
    """Base64url without padding (JWT segments, secrets.token_urlsafe)."""
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64url_json(doc: Any) -> str:
    """A JSON document, compact, as a base64url JWT segment."""
    return b64url(json.dumps(doc, separators=(",", ":")).encode())


def slack_escape(text: str) -> str:
    """Slack's own escaping of &, < and > in message and command text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def no_attacks() -> Iterator[dict[str, Any]]:
    """A benign-only set's attacks(): none."""
    return iter(())


def print_records(*records: Iterable[dict[str, Any]]) -> None:
    """A generator run as a script: its records, one JSON line each."""
    for group in records:
        for record in group:
            print(json.dumps(record, ensure_ascii=False))


def numbered(requests: Iterable[dict[str, Any]], prefix: str, n: int,
             placement: str) -> Generator[dict[str, Any], None, int]:
    """Each benign request numbered on from n (ids `prefix`-NNNN); returns the last number."""
    for req in requests:
        n += 1
        yield {**req, "id": f"{prefix}-{n:04d}", "category": "benign", "placement": placement}
    return n


class Seeded:
    """One seeded random source and the small random pieces a generator draws from it; `record` numbers the
    requests as `prefix`-kind-NNNN."""

    prefix = ""
    id_chars = ID_CHARS
    epoch = 0   # the day's start (Unix time): Slack's placeholder timestamp; the replayer signs anew
    slack_retry_rate = 0.04   # how often Slack delivers a request again

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0

    def pick(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def token(self, nbytes: int = 32) -> str:
        return b64url(self.rng.randbytes(nbytes))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def sid(self, prefix: str, n: int = 8) -> str:
        """A Slack-style id: prefix and upper-case letters and digits."""
        return prefix + "".join(self.rng.choice(self.id_chars) for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def slack_headers(self, content_type: str) -> dict[str, str]:
        """The headers of a Slack request (signed anew by the replayer), now and then one of Slack's retries."""
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(self.epoch),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(self.slack_retry_rate):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement,
                "sub": kind}


def planned(gen: Any, plan: Sequence[tuple[str, int]], first: str | None = None) -> Iterator[dict[str, Any]]:
    """A day's plan of (method name, count), shuffled by the generator's rng, each name called in turn (after
    `first`, called once, when given)."""
    todo = [name for name, count in plan for _ in range(count)]
    gen.rng.shuffle(todo)
    if first is not None:
        yield getattr(gen, first)()
    for name in todo:
        make: Callable[[], dict[str, Any]] = getattr(gen, name)
        yield make()


def digest(records: Iterable[dict[str, Any]]) -> str:
    """A fingerprint of a whole set (to check that it is deterministic)."""
    return hashlib.sha256(json.dumps(list(records), sort_keys=True).encode()).hexdigest()
