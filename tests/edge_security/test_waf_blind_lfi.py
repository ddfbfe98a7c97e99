"""Blind figures for local file inclusion / path traversal and remote file inclusion:
family_gen_blind_lfi.py replayed through the real nginx (CRS PL1 + our rules), with its benign requests.

Asserts >= 95% blocked overall, >= 85% per sub-family (but "rfi-link": a plain URL to a script is the
same string as a benign link to a .php page, so it counts in the overall figure only), and no benign request
blocked by a rule of these families (130xxx traversal/LFI, 1311xx RFI); benign blocks by other rules are
listed (the SSRF rules 1312xx are not these families').
"""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import family_gen_blind_lfi
from .test_waf_corpus import rate_table, replay, tally

pytestmark = pytest.mark.stack


def ours(rule_id: int) -> bool:
    return rule_id // 1000 == 130 or 131100 <= rule_id < 131200


def test_blind_lfi_rfi(sec_stack: StackHandle) -> None:
    attacks = list(family_gen_blind_lfi.attacks())
    benign = list(family_gen_blind_lfi.benign())
    rules: dict[str, list[int]] = {}
    attack_results = replay(sec_stack, attacks, rules)
    benign_results = replay(sec_stack, benign, rules)

    fam, sub = tally(attack_results), tally(attack_results, "sub")
    missed = [rec["id"] for rec, _, blocked in attack_results if not blocked]
    benign_blocked = {rec["id"]: rules.get(rec["id"], []) for rec, _, blocked in benign_results if blocked}
    by_ours = {k: v for k, v in benign_blocked.items() if any(ours(int(r)) for r in v)}
    blocked_total = sum(c["blocked"] for c in fam.values())
    report = "\n".join([
        "", rate_table("blind families blocked:", [(k, c["blocked"], c["total"]) for k, c in fam.items()]),
        rate_table("by sub-family:", [(k, c["blocked"], c["total"]) for k, c in sub.items()]),
        f"  overall: {blocked_total}/{len(attacks)}", f"  missed: {missed}",
        f"  benign blocked: {len(benign_blocked)}/{len(benign)} {benign_blocked}",
        f"  of them by these families' rules: {by_ours}"])
    print(report)
    assert blocked_total >= 0.95 * len(attacks), report
    assert all(c["blocked"] >= 0.85 * c["total"] for k, c in sub.items() if k != "rfi-link"), report
    assert not by_ours, report
