"""Bounded Molotov and Locust runs of the gate's mix, as child processes; their figures for the report."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from loadtests import mix as mixenv
from loadtests.target import Target

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def _env(target: Target, mix: dict[str, float], tokens: tuple[str, ...]) -> dict[str, str]:
    return {**os.environ, **target.env(), **mixenv.to_env(mix, tokens),
            "PYTHONPATH": str(HERE.parent)}


def molotov(target: Target, mix: dict[str, float], tokens: tuple[str, ...], users: int, seconds: float,
            out: Path) -> dict[str, Any]:
    argv = [str(BIN / "molotov"), "-w", str(users), "-d", str(int(seconds)), "-p", "1", "-c",
            "--force-shutdown", str(HERE / "molotov_scenarios.py")]
    proc = subprocess.run(argv, env=_env(target, mix, tokens), capture_output=True, text=True,
                          timeout=seconds + 60, check=False)
    (out / "molotov.log").write_text(proc.stdout + proc.stderr)
    found = re.search(r"SUCCESSES: (\d+) \| FAILURES: (\d+)", proc.stdout)
    if not found:
        return {"ran": False, "error": f"molotov exited {proc.returncode} without a summary; see molotov.log"}
    ok, failed = int(found[1]), int(found[2])
    total = ok + failed
    return {"ran": True, "requests": total, "failures": failed, "error_rate": failed / total if total else 1.0,
            "rps": total / seconds, "summary": f"{total} requests, {failed} failures"}


def locust(target: Target, mix: dict[str, float], tokens: tuple[str, ...], users: int, seconds: float,
           out: Path) -> dict[str, Any]:
    prefix = out / "locust"
    argv = [str(BIN / "locust"), "-f", str(HERE / "locustfile.py"), "--headless", "-u", str(users),
            "-r", str(users), "-t", f"{int(seconds)}s", "--csv", str(prefix), "--only-summary",
            "--stop-timeout", "5", "--loglevel", "WARNING"]
    proc = subprocess.run(argv, env=_env(target, mix, tokens), capture_output=True, text=True,
                          timeout=seconds + 90, check=False)
    (out / "locust.log").write_text(proc.stdout + proc.stderr)
    stats = Path(f"{prefix}_stats.csv")
    if not stats.exists():
        return {"ran": False, "error": f"locust exited {proc.returncode} without CSV stats; see locust.log"}
    rows = {row["Name"]: row for row in csv.DictReader(stats.open())}
    total_row = rows.get("Aggregated")
    if not total_row or not int(total_row["Request Count"]):
        return {"ran": False, "error": "locust sent no request; see locust.log"}
    total, failed = int(total_row["Request Count"]), int(total_row["Failure Count"])
    per = {name: {"requests": int(r["Request Count"]), "failures": int(r["Failure Count"]),
                  "p95_ms": float(r["95%"] or 0), "p99_ms": float(r["99%"] or 0)}
           for name, r in rows.items() if name != "Aggregated"}
    return {"ran": True, "requests": total, "failures": failed, "error_rate": failed / total,
            "rps": float(total_row["Requests/s"]), "per_scenario": per, "csv": str(stats),
            "summary": f"{total} requests, {failed} failures, {float(total_row['Requests/s']):.1f} req/s"}
