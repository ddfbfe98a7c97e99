"""Blind figures for OS command injection (Unix shells, Windows cmd.exe, PowerShell):
family_gen_blind_rce.py replayed through the real nginx (CRS PL1 + our rules), with its benign requests.

Asserts >= 95% blocked overall, >= 85% per sub-family, and no benign request blocked by a rule of this
family (132xxx); benign blocks by other rules are listed.
"""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import family_gen_blind_rce
from .test_waf_corpus import rate_table, replay, tally

pytestmark = pytest.mark.stack


def ours(rule_id: int) -> bool:
    return rule_id // 1000 == 132


def test_blind_rce(sec_stack: StackHandle) -> None:
    attacks = list(family_gen_blind_rce.attacks())
    benign = list(family_gen_blind_rce.benign())
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
    assert all(c["blocked"] >= 0.85 * c["total"] for c in sub.values()), report
    assert not by_ours, report
