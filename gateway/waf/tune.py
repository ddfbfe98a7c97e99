"""`python -m gateway waf-tune`: propose per-route WAF exclusions (CRS and our own rules) from the access log.

Run the WAF with `mode: detect` and `crs_mode: detect` on real (benign) traffic first: every request the
CRS would have blocked is logged in the access log's decisions as `crs=detect:<rule>@<target>|<target>,...`,
and where our own rules matched as `own=detect:<rule>@<target>|...` (blocks too, as `own=block:`). This
reads those entries and proposes, per route, one exclusion per (rule, target) with its hit count, as the
yaml to put under the route's `waf: {exclusions: [...]}` (targets as the engines name them: `ARGS:q`,
`ARGS:json.event.text`); the exclusions apply to both rulesets. Review them: an exclusion is a hole for
attacks in that field.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

# the anomaly evaluation itself and TX bookkeeping are not exclusion candidates
NOT_TARGETS = ("TX:", "TX")
EVALUATION_RULES = {949110, 959100}


# the decision tokens that carry rule@targets: the CRS's and ours (lua/edge/lib/decisions.lua)
PLACED = ("crs", "own")


def crs_hits(decisions: str) -> list[tuple[int, list[str]]]:
    """`waf=block:1,2;own=block:131200@ARGS:u;crs=detect:942100@ARGS:q|ARGS:x,...`
    -> [(131200, ["ARGS:u"]), (942100, ["ARGS:q", "ARGS:x"]), ...]."""
    out = []
    for entry in decisions.split(";"):
        name, _, rest = entry.partition("=")
        if name not in PLACED:
            continue
        _, _, hits = rest.partition(":")
        for hit in hits.split(","):
            rule, _, targets = hit.partition("@")
            if rule.isdigit():
                out.append((int(rule), [t for t in targets.split("|") if t]))
    return out


def propose(lines: Iterable[str], min_hits: int = 1) -> dict[str, list[tuple[int, str, int]]]:
    """Per route: [(rule id, target, hit count)], most frequent first."""
    counts: Counter[tuple[str, int, str]] = Counter()
    for line in lines:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        route = rec.get("route") or "none"
        for rule, targets in crs_hits(rec.get("decisions") or ""):
            if rule in EVALUATION_RULES:
                continue
            for target in set(targets):
                if not target.startswith(NOT_TARGETS):
                    counts[(route, rule, target)] += 1
    out: dict[str, list[tuple[int, str, int]]] = {}
    for (route, rule, target), n in counts.most_common():
        if n >= min_hits:
            out.setdefault(route, []).append((rule, target, n))
    return out


def render_yaml(proposal: dict[str, list[tuple[int, str, int]]]) -> str:
    lines = []
    for route in sorted(proposal):
        lines.append(f"# route {route}: under its `- waf:` policy")
        lines.append("exclusions:")
        for rule, target, n in sorted(proposal[route], key=lambda x: (x[0], x[1])):
            lines.append(f"  - {{id: {rule}, target: {json.dumps(target)}}}   # {n} hits")
    return "\n".join(lines)


def main(log: Path, min_hits: int = 1) -> str:
    with log.open(encoding="utf-8", errors="replace") as f:
        return render_yaml(propose(f, min_hits))
