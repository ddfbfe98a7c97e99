"""Blind figures for OS command injection (Unix shells, Windows cmd.exe, PowerShell):
family_gen_blind_rce.py replayed through the real nginx (CRS PL1 + our rules), with its benign requests.

Asserts >= 95% blocked overall, >= 85% per sub-family, and no benign request blocked by a rule of this
family (132xxx); benign blocks by other rules are listed.
"""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import family_gen_blind_rce
from .blind_replay import replay_blind

pytestmark = pytest.mark.stack


def test_blind_rce(sec_stack: StackHandle) -> None:
    run = replay_blind(sec_stack, family_gen_blind_rce)
    by_ours = run.benign_blocked(lambda ids: any(r // 1000 == 132 for r in ids))
    report = run.report("by this family's rules", by_ours)
    print(report)
    assert run.blocked_total >= 0.95 * len(run.attacks), report
    assert all(c["blocked"] >= 0.85 * c["total"] for c in run.subs.values()), report
    assert not by_ours, report
