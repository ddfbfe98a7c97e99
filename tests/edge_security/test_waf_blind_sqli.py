"""Blind SQLi / XSS / SSTI examples (family_gen_blind_sqli.py) through the real nginx with CRS PL1 and our
rules as configured: >= 95% of each family blocked, none of the benign requests with the same words."""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import family_gen_blind_sqli
from .test_waf_corpus import rate_table, replay, tally

pytestmark = pytest.mark.stack


def test_blind_sqli_xss_ssti_blocked_and_benign_pass(sec_stack: StackHandle) -> None:
    rules: dict[str, list[int]] = {}
    attack_results = replay(sec_stack, list(family_gen_blind_sqli.attacks()))
    benign_results = replay(sec_stack, list(family_gen_blind_sqli.benign()), rules)
    per_family = tally(attack_results)
    missed = [rec["id"] for rec, _, blocked in attack_results if not blocked]
    false_positives = {rec["id"]: rules.get(rec["id"]) for rec, _, blocked in benign_results if blocked}
    report = "\n".join([
        "", rate_table("blind examples blocked:", [(k, c["blocked"], c["total"]) for k, c in per_family.items()]),
        f"  missed: {missed}",
        f"  benign blocked: {len(false_positives)}/{len(benign_results)} {false_positives}"])
    print(report)
    assert all(c["blocked"] >= 0.95 * c["total"] for c in per_family.values()), report
    assert not false_positives, report
