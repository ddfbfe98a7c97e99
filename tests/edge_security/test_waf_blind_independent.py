"""Blind figures of the third, fourth, sixth, seventh and eighth independent sets, replayed through the real
nginx (CRS PL1 + our rules) with their benign requests: family_gen_blind_third.py (SSRF, prototype pollution,
Node.js / Ruby / Perl / Python code injection, remote file inclusion, Java), family_gen_blind_fourth.py (SQL
injection in nine sub-families, XSS in six, OS command injection in three), family_gen_blind_sixth.py (PHP
injection in five, template injection in three, file inclusion in three, XSS in five), and two sets of a
filter-evasion specialist's variants: family_gen_blind_seventh.py (SQL injection, XSS) and
family_gen_blind_eighth.py (command injection, Java, Node.js, SSRF, prototype pollution). The fifth set, on
placements, has its own test (test_waf_blind_fifth.py).

Asserts >= 95% of a set's attacks blocked and >= 85% of each sub-family (as the rce set), and no benign request
blocked by one of our own rules (1xxxxx; the 200xxx limit findings are not detections) without a CRS
detection (9xxxxx other than the 949110 total) beside it, with one exception counted in the report: a
developer's Slack text is also saved as a profile bio (chat_and_bio), and code pasted into a bio meets our
code-shaped rules, which a bio does not spare (its `free_text` spares CRS rules that misread prose, not SQL
or shell). Every Slack copy must pass. A block the CRS makes on its own is listed, not asserted.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from stackctl import StackHandle

from . import (
    family_gen_blind_eighth,
    family_gen_blind_fourth,
    family_gen_blind_seventh,
    family_gen_blind_sixth,
    family_gen_blind_third,
)
from .blind_replay import crs_detection, ours, replay_blind

pytestmark = pytest.mark.stack

SETS = {"third": family_gen_blind_third, "fourth": family_gen_blind_fourth, "sixth": family_gen_blind_sixth,
        "seventh": family_gen_blind_seventh, "eighth": family_gen_blind_eighth}


@pytest.mark.parametrize("generator", SETS.values(), ids=SETS.keys())
def test_blind_set(sec_stack: StackHandle, generator: ModuleType) -> None:
    run = replay_blind(sec_stack, generator)
    by_ours = run.benign_blocked(lambda ids: any(ours(r) for r in ids) and not any(crs_detection(r) for r in ids))
    report = run.report("by our rules without a CRS detection", by_ours)
    code_in_bios = sorted(k for k in by_ours if "-bio-" in k)
    report += f"\n  of them code pasted into a bio: {len(code_in_bios)}"
    print(report)
    assert run.blocked_total >= 0.95 * len(run.attacks), report
    assert all(c["blocked"] >= 0.85 * c["total"] for c in run.subs.values()), report
    assert sorted(by_ours) == code_in_bios, report
