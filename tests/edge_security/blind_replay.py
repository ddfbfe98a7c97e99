"""What the blind-set tests share (test_waf_blind_*.py): a generator's attacks and benign requests replayed
through the real nginx, tallied by family and sub-family, and one printed report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from stackctl import StackHandle

from .test_waf_corpus import rate_table, replay, tally

Results = list[tuple[dict[str, Any], int, bool]]


def ours(rule_id: int) -> bool:
    """One of our own rules (1xxxxx; the 200xxx limit findings are not detections)."""
    return 100000 <= rule_id < 200000


def crs_detection(rule_id: int) -> bool:
    """A CRS rule that detected something (9xxxxx), not the 949110 anomaly total."""
    return rule_id >= 900000 and rule_id != 949110


def ours_alone(rule_ids: list[int]) -> bool:
    """A block our own rules made with no CRS detection beside them."""
    return any(ours(r) for r in rule_ids) and not any(crs_detection(r) for r in rule_ids)


@dataclass
class BlindRun:
    attacks: Results
    benign: Results
    rules: dict[str, list[int]]   # each blocked request's rule ids, by record id

    @property
    def families(self) -> dict[str, Counter[str]]:
        return tally(self.attacks)

    @property
    def subs(self) -> dict[str, Counter[str]]:
        return tally(self.attacks, "sub")

    @property
    def blocked_total(self) -> int:
        return sum(blocked for _, _, blocked in self.attacks)

    def benign_blocked(self, by: Callable[[list[int]], bool] = lambda ids: True) -> dict[str, list[int]]:
        """Blocked benign requests whose rule ids satisfy `by` (default: all), by record id."""
        out = {}
        for rec, _, blocked in self.benign:
            ids = [int(r) for r in self.rules.get(rec["id"], [])]
            if blocked and by(ids):
                out[rec["id"]] = ids
        return out

    def report(self, ours_label: str, by_ours: dict[str, list[int]]) -> str:
        missed = [f"{rec['id']} ({rec['placement']}{': ' + rec['payload'] if 'payload' in rec else ''})"
                  for rec, _, blocked in self.attacks if not blocked]
        blocked = self.benign_blocked()
        fams = [(k, c["blocked"], c["total"]) for k, c in self.families.items()]
        return "\n".join([
            "", rate_table("blind families blocked:", fams),
            rate_table("by sub-family:", [(k, c["blocked"], c["total"]) for k, c in self.subs.items()]),
            f"  overall: {self.blocked_total}/{len(self.attacks)}", f"  missed: {missed}",
            f"  benign blocked: {len(blocked)}/{len(self.benign)} {blocked}",
            f"  of them {ours_label}: {by_ours}"])


def replay_blind(stack: StackHandle, generator: ModuleType) -> BlindRun:
    rules: dict[str, list[int]] = {}
    attacks = replay(stack, list(generator.attacks()), rules)
    benign = replay(stack, list(generator.benign()), rules)
    return BlindRun(attacks, benign, rules)
