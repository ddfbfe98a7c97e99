"""Blind figures for PHP injection, Java and the generic families (Node.js, prototype pollution, SSRF):
family_gen_blind_php.py replayed through the real nginx (CRS PL1 + our rules), with its benign requests.

Asserts >= 95% blocked overall, >= 85% per sub-family, and no benign request blocked by a rule of these
families (133xxx PHP, 135xxx Node.js, 144xxx Java, 1312xx SSRF); benign blocks by other rules are listed (132120's
`<?php` in a profile bio is one: CRS 933100 blocks the same value).
"""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import family_gen_blind_php
from .blind_replay import replay_blind

pytestmark = pytest.mark.stack


def ours(rule_id: int) -> bool:
    return rule_id // 1000 in (133, 135, 144) or 131200 <= rule_id < 131300


def test_blind_php_java_generic(sec_stack: StackHandle) -> None:
    run = replay_blind(sec_stack, family_gen_blind_php)
    by_ours = run.benign_blocked(lambda ids: any(ours(r) for r in ids))
    report = run.report("by these families' rules", by_ours)
    print(report)
    assert run.blocked_total >= 0.95 * len(run.attacks), report
    assert all(c["blocked"] >= 0.85 * c["total"] for c in run.subs.values()), report
    assert not by_ours, report
