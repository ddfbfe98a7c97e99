"""Summaries of samples: counts, error/limited ratios, throughput and latency percentiles (ms)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from loadtests.driver import Sample

RATE_LIMITED = 429


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of unsorted values; nan when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summarise(samples: Iterable[Sample], duration: float, ok_statuses: Iterable[int] = (200,)) -> dict[str, Any]:
    """One scenario's (or group's) figures. A 429 is counted as `limited`, not as an error: whether
    limiting is acceptable is the SLO's decision, not the counter's."""
    ok_set = set(ok_statuses)
    items = list(samples)
    statuses = Counter(s.status for s in items)
    ok = sum(n for status, n in statuses.items() if status in ok_set)
    limited = statuses.get(RATE_LIMITED, 0) if RATE_LIMITED not in ok_set else 0
    count = len(items)
    errors = count - ok - limited
    latencies = [s.latency * 1000 for s in items if s.status in ok_set]
    return {
        "count": count,
        "ok": ok,
        "limited": limited,
        "errors": errors,
        "success_rate": ok / count if count else 0.0,
        "error_rate": errors / count if count else 1.0,
        "limited_rate": limited / count if count else 0.0,
        "rps": count / duration if duration > 0 else 0.0,
        "ok_rps": ok / duration if duration > 0 else 0.0,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "p99_ms": percentile(latencies, 99),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
    }


def by_key(samples: Iterable[Sample], key: str = "scenario") -> dict[str, list[Sample]]:
    groups: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        groups[getattr(sample, key)].append(sample)
    return dict(groups)


def timeseries(samples: Iterable[Sample], bucket: float = 1.0) -> dict[str, list[dict[str, float]]]:
    """Per scenario, per time bucket: requests/s and p50/p95/p99 of that bucket (for the plots)."""
    out: dict[str, list[dict[str, float]]] = {}
    for name, items in by_key(samples).items():
        buckets: dict[int, list[Sample]] = defaultdict(list)
        for s in items:
            buckets[int(s.start // bucket)].append(s)
        series = []
        for index in sorted(buckets):
            lat = [s.latency * 1000 for s in buckets[index]]
            series.append({"t": index * bucket, "rps": len(lat) / bucket, "p50_ms": percentile(lat, 50),
                           "p95_ms": percentile(lat, 95), "p99_ms": percentile(lat, 99)})
        out[name] = series
    return out
