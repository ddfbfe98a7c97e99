"""Blind figures for SQL injection, XSS, template injection, PHP injection, Java and Node.js: the second,
independent set family_gen_blind_mix.py replayed through the real nginx (CRS PL1 + our rules), with its benign
requests.

Asserts >= 95% blocked per family and no benign request blocked by the rules of these families (142xxx SQL
injection, 141xxx XSS, 134xxx template injection, 133xxx PHP, 144xxx Java, 135xxx Node.js) without a CRS
detection (9xxxxx other than the 949110 total) beside them: a block the CRS makes on its own is listed, not
asserted (our score-3 141170 adds to CRS 941140 on an HTML form in a bio, the CRS alone blocks it).
"""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import family_gen_blind_mix
from .test_waf_corpus import rate_table, replay, tally

pytestmark = pytest.mark.stack


def ours(rule_id: int) -> bool:
    return rule_id // 1000 in (133, 134, 135, 141, 142, 144)


def crs_detection(rule_id: int) -> bool:
    return rule_id >= 900000 and rule_id != 949110


def test_blind_mix(sec_stack: StackHandle) -> None:
    attacks = list(family_gen_blind_mix.attacks())
    benign = list(family_gen_blind_mix.benign())
    rules: dict[str, list[int]] = {}
    attack_results = replay(sec_stack, attacks, rules)
    benign_results = replay(sec_stack, benign, rules)

    fam, sub = tally(attack_results), tally(attack_results, "sub")
    missed: dict[str, list[str]] = {}
    for rec, _, blocked in attack_results:
        if not blocked:
            missed.setdefault(rec["category"], []).append(f"{rec['placement']}: {rec['payload']}")
    benign_blocked = {rec["id"]: rules.get(rec["id"], []) for rec, _, blocked in benign_results if blocked}
    by_ours = {k: v for k, v in benign_blocked.items()
               if any(ours(int(r)) for r in v) and not any(crs_detection(int(r)) for r in v)}
    report = "\n".join([
        "", rate_table("blind mix families blocked:", [(k, c["blocked"], c["total"]) for k, c in fam.items()]),
        rate_table("by round (each written after the previous one's rules) and prototype pollution:",
                   [(k, c["blocked"], c["total"]) for k, c in sub.items()]),
        *(f"  missed {k}:\n    " + "\n    ".join(v) for k, v in sorted(missed.items())),
        f"  benign blocked: {len(benign_blocked)}/{len(benign)} {benign_blocked}",
        f"  of them by these families' rules without a CRS detection: {by_ours}"])
    print(report)
    assert all(c["blocked"] >= 0.95 * c["total"] for c in fam.values()), report
    assert not by_ours, report
