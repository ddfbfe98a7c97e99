"""WAF figures on the development corpus (tests/data/waf-corpus, + our own benign traffic), replayed
byte-for-byte through the real nginx.

Every record is sent as given (raw URI, headers, body) over HTTPS keep-alive connections, 16 at a time.
A block is a 403 whose JSON says "request_blocked"; anything else got past the edge. Prints the attack
block rate per category and placement, the false-positive rate per benign kind, and asserts the
acceptance thresholds (>= 95% blocked, <= 0.1% false positives).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import ssl
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from stackctl import REPO, StackHandle

from loadtests.reference.replay import KeepAliveSender

from . import family_gen
from .benign_gen import generate

pytestmark = pytest.mark.stack

CORPUS = REPO / "tests" / "data" / "waf-corpus"  # vendored: the repository needs nothing beside it
WORKERS = 16


def load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]


def slack_signed(rec: dict[str, Any], secret: str) -> dict[str, Any]:
    """A benign Slack request (event, slash command, interaction) as Slack sends it: signed now (the records'
    signatures are placeholders). Attacks keep theirs (the corpus's and the blind sets'): an attacker cannot sign, so
    they meet the full rule set."""
    if not rec["uri"].startswith("/slack/") or rec["category"] != "benign":
        return rec
    ts = str(int(time.time()))
    sig = hmac.new(secret.encode(), f"v0:{ts}:".encode() + rec["body"].encode(), hashlib.sha256).hexdigest()
    return {**rec, "headers": {**rec["headers"], "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={sig}"}}


class Replayer(KeepAliveSender):
    """Each record as given, with its Content-Length; a benign Slack request signed now."""

    def __init__(self, port: int, ctx: ssl.SSLContext, slack_secret: str = "") -> None:
        super().__init__(port, ctx, timeout=15)
        self.slack_secret = slack_secret
        self.rules: dict[str, list[int]] = {}   # record id -> the rule ids of its 403

    def send(self, rec: dict[str, Any]) -> tuple[int, bool]:
        if self.slack_secret:
            rec = slack_signed(rec, self.slack_secret)
        body = rec["body"].encode("utf-8") if rec["body"] else None
        headers = {"Host": f"localhost:{self.port}", **rec["headers"], "Content-Length": str(len(body or b""))}
        status, data = self.exchange(rec["method"], rec["uri"], headers, body)
        blocked = status == 403 and b'"request_blocked"' in data
        if blocked:
            self.rules[rec["id"]] = json.loads(data).get("rules") or []
        return status, blocked


def replay(stack: StackHandle, records: list[dict[str, Any]],
           rules: dict[str, list[int]] | None = None) -> list[tuple[dict[str, Any], int, bool]]:
    """Send every record; (record, status, blocked). rules, if given, gets each block's rule ids by record id."""
    replayer = Replayer(stack.ports["https"], stack.ssl_context(), stack.secret("slack_signing_secret"))
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(replayer.send, records))
    if rules is not None:
        rules.update(replayer.rules)
    return [(rec, status, blocked) for rec, (status, blocked) in zip(records, results, strict=True)]


def tally(results: list[tuple[dict[str, Any], int, bool]], field: str = "category") -> dict[str, Counter[str]]:
    """Replayed attacks by a record field: {value: {"total": n, "blocked": n}}."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for rec, _, blocked in results:
        table[rec[field]]["total"] += 1
        table[rec[field]]["blocked"] += blocked
    return table


def rate_table(title: str, rows: list[tuple[str, int, int]]) -> str:
    lines = [title]
    for key, hit, total in sorted(rows):
        lines.append(f"  {key:<28} {hit:>5}/{total:<5} {100.0 * hit / total:6.2f}%")
    return "\n".join(lines)


def test_corpus_attacks_blocked_and_benign_pass(sec_stack: StackHandle, record_property: Any) -> None:
    attacks = load("attacks.jsonl")
    shared_benign = load("benign.jsonl")
    own_benign = list(generate(600))
    benign = shared_benign + own_benign
    assert len(benign) >= 1000

    attack_results = replay(sec_stack, attacks)
    benign_results = replay(sec_stack, benign)

    per_cat: dict[str, Counter[str]] = defaultdict(Counter)
    per_place: dict[str, Counter[str]] = defaultdict(Counter)
    pre_waf = Counter()
    for rec, status, blocked in attack_results:
        for table, key in ((per_cat, rec["category"]), (per_place, rec["placement"])):
            table[key]["total"] += 1
            table[key]["blocked"] += blocked
        if not blocked and status in (400, 414):
            pre_waf[rec["category"]] += 1   # nginx refused it before any phase ran
    fp_kind: dict[str, Counter[str]] = defaultdict(Counter)
    false_positives = []
    for rec, status, blocked in benign_results:
        kind = rec["id"].rsplit("-", 1)[0]
        fp_kind[kind]["total"] += 1
        fp_kind[kind]["fp"] += blocked
        if blocked:
            false_positives.append(rec["id"])
        assert status < 500 or status in (502, 503), (rec["id"], status)

    blocked_total = sum(c["blocked"] for c in per_cat.values())
    block_rate = blocked_total / len(attacks)
    fp_total = len(false_positives)
    fp_rate = fp_total / len(benign)
    report = "\n".join([
        "",
        rate_table("WAF attack block rate by category:",
                   [(k, c["blocked"], c["total"]) for k, c in per_cat.items()]),
        rate_table("by placement:", [(k, c["blocked"], c["total"]) for k, c in per_place.items()]),
        f"  overall: {blocked_total}/{len(attacks)} = {100 * block_rate:.2f}% "
        f"(plus {sum(pre_waf.values())} refused by nginx before the WAF: {dict(pre_waf)})",
        rate_table("benign false positives by kind:",
                   [(k, c["fp"], c["total"]) for k, c in fp_kind.items()]),
        f"  overall: {fp_total}/{len(benign)} = {100 * fp_rate:.3f}% "
        f"(shared {len(shared_benign)}, own {len(own_benign)}); false positives: {false_positives}",
    ])
    print(report)
    Path(sec_stack.run_dir / "waf-corpus-report.txt").write_text(report)
    record_property("waf_block_rate", block_rate)
    record_property("waf_false_positive_rate", fp_rate)
    assert block_rate >= 0.95, report
    assert fp_rate <= 0.001, report


def test_family_examples_blocked_and_their_benign_pass(sec_stack: StackHandle) -> None:
    """The families the development corpus lacks (family_gen.py: PHP, Java, Node.js and prototype
    pollution, SSRF, RFI, more shell shapes), tuned as configured: every example blocked, and the benign
    requests carrying the same words (prose about code, URLs in JSON, OAuth codes) all pass."""
    attack_results = replay(sec_stack, list(family_gen.attacks()))
    benign_results = replay(sec_stack, list(family_gen.benign()))
    per_family = tally(attack_results)
    missed = [rec["id"] for rec, _, blocked in attack_results if not blocked]
    false_positives = [rec["id"] for rec, _, blocked in benign_results if blocked]
    report = "\n".join([
        "", rate_table("family examples blocked:", [(k, c["blocked"], c["total"]) for k, c in per_family.items()]),
        f"  missed: {missed}", f"  benign blocked: {false_positives} of {len(benign_results)}"])
    print(report)
    # known misses (docs/performance.md): a remote script URL with a query of its own reads like a link to a
    # page; a value that is only a command in backticks reads like a chat message quoting one
    assert sum(c["blocked"] for c in per_family.values()) >= 0.95 * len(attack_results), report
    assert all(c["blocked"] >= 0.9 * c["total"] for c in per_family.values()), report
    assert not false_positives, report
