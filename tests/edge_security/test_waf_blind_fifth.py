"""Blind figures of the fifth independent set (family_gen_blind_fifth.py): ordinary payloads of seven families
(sqli, xss, rce, lfi, php, java, ssti) put into 26 places of a request (path, parameter names, JSON keys,
arrays and deep documents, cookies, headers, multipart parts, XML, raw bodies, repeated and bracketed
parameters, double and %u encoding, a split payload), replayed through the real nginx (CRS PL1 + our rules)
with benign requests in the same places.

Asserts >= 95% of the attacks blocked and >= 85% in each placement, and no benign request blocked by one of
our own rules (1xxxxx) without a CRS detection (9xxxxx other than the 949110 total) beside it. A block the
CRS makes on its own is listed, not asserted. Misses are listed with the status they got: a 400 is nginx
refusing the request before any WAF phase ran (e.g. a path that climbs above the root).

Some shapes are refused whatever they carry (a rule that also blocked the benign requests of that placement:
e.g. a Content-Type the policy does not allow, a GET with a body). An attack blocked by such rules alone
counts as blocked, as the edge answers it, but the report lists those blocks per placement: they say
nothing about the payload being recognised there.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from stackctl import StackHandle

from . import family_gen_blind_fifth
from .blind_replay import Results, ours_alone, replay_blind
from .test_waf_corpus import rate_table

pytestmark = pytest.mark.stack


def shape_only_report(attacks: Results, benign: Results, rules: dict[str, list[int]]) -> str:
    """Per placement, the rules that blocked its benign requests, and the attacks blocked by those alone."""
    shape: dict[str, set[int]] = defaultdict(set)
    for rec, _, blocked in benign:
        if blocked:
            shape[rec["sub"]].update(int(r) for r in rules.get(rec["id"], []) if int(r) != 949110)
    only: dict[str, list[str]] = defaultdict(list)
    for rec, _, blocked in attacks:
        ids = {int(r) for r in rules.get(rec["id"], [])} - {949110}
        if blocked and shape[rec["sub"]] and ids <= shape[rec["sub"]]:
            only[rec["sub"]].append(rec["id"])
    total = sum(len(v) for v in only.values())
    blocked_total = sum(blocked for _, _, blocked in attacks)
    lines = [f"  blocked for the shape alone (rules that also blocked that placement's benign requests): {total}; "
             f"recognised by the payload: {blocked_total - total}/{len(attacks)}"]
    for sub in sorted(shape):
        n = sum(1 for rec, _, _ in attacks if rec["sub"] == sub)
        lines.append(f"    {sub:<22} shape rules {sorted(shape[sub])}: {len(only[sub])}/{n} by them alone")
    return "\n".join(lines)


def test_blind_fifth_placements(sec_stack: StackHandle) -> None:
    run = replay_blind(sec_stack, family_gen_blind_fifth)
    by_ours = run.benign_blocked(ours_alone)
    report = run.report("by our rules without a CRS detection", by_ours)
    statuses = Counter(status for _, status, blocked in run.attacks if not blocked)
    cells: dict[tuple[str, str], Counter[str]] = {}
    for rec, _, blocked in run.attacks:
        cell = cells.setdefault((rec["category"], rec["sub"]), Counter())
        cell["total"] += 1
        cell["blocked"] += blocked
    weak = [(f"{fam}/{sub}", c["blocked"], c["total"]) for (fam, sub), c in cells.items()
            if c["blocked"] < c["total"]]
    missed = [f"{rec['id']} [{status}] {rec['placement']}: {rec['payload']!r}"
              for rec, status, blocked in run.attacks if not blocked]
    report += "\n" + "\n".join([
        f"  statuses of the misses: {dict(statuses)}",
        rate_table("family/placement cells with a miss:", weak) if weak else "  no family/placement cell missed",
        "  missed, with status:", *(f"    {m}" for m in missed)])
    report += "\n" + shape_only_report(run.attacks, run.benign, run.rules)
    print(report)
    assert run.blocked_total >= 0.95 * len(run.attacks), report
    assert all(c["blocked"] >= 0.85 * c["total"] for c in run.subs.values()), report
    assert not by_ours, report
