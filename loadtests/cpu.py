"""CPU time spent by processes, for the benchmarks and the abuse run: a figure that moves less with a
neighbour's load than requests/s do."""

from __future__ import annotations

import os
import resource
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    """User + system CPU of this process's reaped children (a wrk run that just ended), in seconds."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12]) + _ticks([int(c) for c in children])
    return total


def process_cpu(pids: list[int]) -> float:
    """User + system CPU of these running processes and their children (an nginx master's workers), in
    seconds, from /proc."""
    return _ticks(pids) / CLOCK_TICKS
