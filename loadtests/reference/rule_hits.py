"""Per-rule hit table: which rule (CRS at every paranoia level, and our own 1xxxxx rules) matches which
attack family and how many benign requests, the evidence for enabling a CRS rule above the configured
paranoia level (`security.waf.crs_enable`) or adding one of our own.

The records (development corpus, our benign generator, the hand-written family examples of
tests/edge_security/family_gen.py and the blind sets, family_gen_blind_*.py) go through the edge alone
(loadtests/reference/edge.py: the WAF on every request, detect mode, threshold 1, the CRS untuned at
paranoia level 4), and each request's
matched rule ids are read back from the access log. Untuned means no route's exclusions: a benign hit
here is a rule that needs a route's tuning (`free_text`, `exclusions`) before it may score.

    .venv/bin/python -m loadtests.reference.rule_hits [--pl 4] [--json out.json] [--min-pl 2]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from gateway.waf import crs_compile
from loadtests.reference.edge import EdgeWaf
from loadtests.reference.replay import Outcome, load_corpus, replay
from tests.edge_security import (
    benign_gen,
    family_gen,
    family_gen_blind_lfi,
    family_gen_blind_php,
    family_gen_blind_rce,
    family_gen_blind_sqli,
)


def records() -> list[dict[str, Any]]:
    blind = (family_gen_blind_sqli, family_gen_blind_php, family_gen_blind_rce, family_gen_blind_lfi)
    return [*load_corpus(), *benign_gen.generate(600), *family_gen.attacks(), *family_gen.benign(),
            *(rec for gen in blind for rec in (*gen.attacks(), *gen.benign()))]


def rule_paranoia() -> dict[int, int]:
    items, _ = crs_compile.load_rules()
    return {r.id: r.paranoia for r in items if isinstance(r, crs_compile.Rule)}


def kind(rec: dict[str, Any]) -> str:
    """An attack's category, or a benign record's kind (ben-fp, own-slack-code, famben-url, ...)."""
    return rec["category"] if rec["category"] != "benign" else rec["id"].rsplit("-", 1)[0]


def table(outcomes: list[Outcome], paranoia: dict[int, int]) -> dict[int, dict[str, Any]]:
    """{rule id: {"pl", "attacks": {category: hits}, "benign": {kind: hits}}} over detection rules."""
    rows: dict[int, dict[str, Any]] = defaultdict(lambda: {"attacks": Counter(), "benign": Counter()})
    for o in outcomes:
        for rule in o.rules or ():
            if 949000 <= rule < 990000 or rule < 100000:
                continue   # outcome rules (blocking evaluation, correlation), not detections
            side = "benign" if o.record["category"] == "benign" else "attacks"
            rows[rule][side][kind(o.record)] += 1
    return {rule: {"pl": paranoia.get(rule, 0), **row} for rule, row in sorted(rows.items())}


def coverage(outcomes: list[Outcome], paranoia: dict[int, int], max_pl: int,
             extra: set[int] = frozenset()) -> dict[str, tuple[int, int]]:  # type: ignore[assignment]
    """Per attack category: attacks matched by any detection rule at PL <= max_pl (ours count as PL1;
    `extra` ids count whatever their level), a detection indicator, not the tuned block rate."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        if o.record["category"] == "benign":
            continue
        hit = any((paranoia.get(r, 1) <= max_pl or r in extra) and not 949000 <= r < 990000 for r in o.rules or ())
        out[o.record["category"]][0] += hit
        out[o.record["category"]][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def render(rows: dict[int, dict[str, Any]], min_pl: int) -> str:
    lines = [f"{'rule':>7} {'PL':>2} {'benign':>6}  attacks by category | benign by kind"]
    for rule, row in rows.items():
        if rule >= 900000 and row["pl"] < min_pl:
            continue
        atk = " ".join(f"{k}:{v}" for k, v in sorted(row["attacks"].items()))
        ben = " ".join(f"{k}:{v}" for k, v in sorted(row["benign"].items()))
        lines.append(f"{rule:>7} {row['pl']:>2} {sum(row['benign'].values()):>6}  {atk} | {ben}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pl", type=int, default=4, help="paranoia level the CRS runs at (detect)")
    ap.add_argument("--min-pl", type=int, default=1, help="list CRS rules from this level up (ours always)")
    ap.add_argument("--json", type=Path, help="write the table as JSON here")
    args = ap.parse_args()
    recs = records()
    paranoia = rule_paranoia()
    with tempfile.TemporaryDirectory(prefix="rule-hits-") as tmp, \
            EdgeWaf(Path(tmp) / "edge", paranoia_level=args.pl).start() as edge:
        outcomes = replay(edge, edge.ports["https"], recs)
    rows = table(outcomes, paranoia)
    print(render(rows, args.min_pl))
    for pl in range(1, args.pl + 1):
        cov = coverage(outcomes, paranoia, pl)
        print(f"matched by some rule at PL<={pl}: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in cov.items()))
    if args.json:
        args.json.write_text(json.dumps({str(k): v for k, v in rows.items()}, indent=1))


if __name__ == "__main__":
    main()
