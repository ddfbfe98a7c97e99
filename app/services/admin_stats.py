"""Traffic figures for the admin dashboard, from the gateway's JSON access log (last 24 h, hourly).

The access log is the edge's record of every request with its route, status and limiter/WAF
decisions (tokens, see parse_decisions), so one pass over its tail gives every series the
dashboard charts. Read in a thread: file I/O never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

MAX_TAIL_BYTES = 64 * 1024 * 1024  # bounds the work per dashboard view on a busy edge
SERIES = ("requests", "slack_events", "errors", "client_errors", "rate_limited", "waf")
RATE_LIMIT_POLICIES = ("ratelimit", "rate_limit", "limit", "concurrency")
LIMITED_DECISIONS = ("rejected", "delayed", "queued")


@dataclass
class Traffic:
    hours: list[dt.datetime]
    series: dict[str, list[int]]
    totals: dict[str, int]
    top_limited_keys: list[tuple[str, int]] = field(default_factory=list)
    limit_decisions: list[tuple[str, int]] = field(default_factory=list)
    waf_rules: list[tuple[str, int]] = field(default_factory=list)
    routes: list[tuple[str, int]] = field(default_factory=list)
    log_found: bool = True


def parse_decisions(raw: str) -> list[tuple[str, str, str]]:
    """The access log's decision tokens -> [(policy, name, decision), ...], one entry per WAF rule.

    Grammar (written by lua/edge/lib/decisions.lua only, which lists every policy's decisions):
        decisions = token *(";" token)
        token     = policy [":" name] "=" decision ["(local)"] [":" detail]
    e.g. "waf=block:942100,941100;ratelimit:per_ip=rejected(local);concurrency=queued". name is the
    limit's ("" for a policy-wide decision); "(local)" marks a rate-limit decision the local store
    took while Redis was down; detail is the WAF's comma-separated rule ids (the entries' names).
    """
    out = []
    for token in raw.split(";"):
        subject, sep, verdict = token.strip().partition("=")
        if not sep:
            continue
        policy, _, name = subject.partition(":")
        decision, _, detail = verdict.partition(":")
        decision = decision.removesuffix("(local)").lower()
        if detail:
            # crs entries carry where each rule matched: "942100@ARGS:q|ARGS:x" names rule 942100
            out += [(policy.lower(), item.partition("@")[0], decision) for item in detail.split(",") if item]
        else:
            out.append((policy.lower(), name, decision))
    return out


def _tail_lines(path: Path) -> list[bytes]:
    with path.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        start = max(0, size - MAX_TAIL_BYTES)
        handle.seek(start)
        data = handle.read()
    lines = data.split(b"\n")
    return lines[1:] if start else lines  # the first line of a tail may be cut


def summarize(path: Path, now: dt.datetime | None = None, hours: int = 24) -> Traffic:
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    end = now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    start = end - dt.timedelta(hours=hours)
    buckets = [start + dt.timedelta(hours=i) for i in range(hours)]
    series = {name: [0] * hours for name in SERIES}
    limited_keys: Counter[str] = Counter()
    limit_decisions: Counter[str] = Counter()
    waf_rules: Counter[str] = Counter()
    routes: Counter[str] = Counter()
    if not path.exists():
        return Traffic(buckets, series, dict.fromkeys(SERIES, 0), log_found=False)
    for line in _tail_lines(path):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            when = dt.datetime.fromisoformat(entry["time"]).astimezone(dt.UTC)
        except (ValueError, KeyError, TypeError):
            continue
        if not start <= when < end:
            continue
        index = int((when - start).total_seconds() // 3600)
        status = int(entry.get("status") or 0)
        route = entry.get("route") or "(none)"
        series["requests"][index] += 1
        routes[route] += 1
        if route == "slack_events":
            series["slack_events"][index] += 1
        if status >= 500:
            series["errors"][index] += 1
        elif status >= 400:
            series["client_errors"][index] += 1
        limited = status == 429
        waf_hit = False
        for policy, name, decision in parse_decisions(entry.get("decisions") or ""):
            if policy.startswith(RATE_LIMIT_POLICIES):
                limit_decisions[f"{policy}:{name}={decision}"] += 1
                limited = limited or decision in LIMITED_DECISIONS
            elif policy.startswith("waf"):
                waf_rules[name or decision] += 1
                waf_hit = True
        if limited:
            series["rate_limited"][index] += 1
            limited_keys[f"{entry.get('client_ip', '?')} {route}"] += 1
        if waf_hit:  # blocked, or only logged in detect mode: both are WAF decisions
            series["waf"][index] += 1
    return Traffic(
        hours=buckets, series=series, totals={name: sum(values) for name, values in series.items()},
        top_limited_keys=limited_keys.most_common(10), limit_decisions=limit_decisions.most_common(15),
        waf_rules=waf_rules.most_common(15), routes=routes.most_common(),
    )


async def traffic(run_dir: Path, hours: int = 24) -> Traffic:
    return await asyncio.to_thread(summarize, run_dir / "logs" / "gateway-access.log", None, hours)
