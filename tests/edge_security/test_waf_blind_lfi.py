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
from .blind_replay import replay_blind

pytestmark = pytest.mark.stack


def ours(rule_id: int) -> bool:
    return rule_id // 1000 == 130 or 131100 <= rule_id < 131200


def test_blind_lfi_rfi(sec_stack: StackHandle) -> None:
    run = replay_blind(sec_stack, family_gen_blind_lfi)
    by_ours = run.benign_blocked(lambda ids: any(ours(r) for r in ids))
    report = run.report("by these families' rules", by_ours)
    print(report)
    assert run.blocked_total >= 0.95 * len(run.attacks), report
    assert all(c["blocked"] >= 0.85 * c["total"] for k, c in run.subs.items() if k != "rfi-link"), report
    assert not by_ours, report
