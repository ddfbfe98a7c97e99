"""The fault suite's stack: gateway.yaml with a short upstream timeout on /api/ and limits kept in a
Redis of the suite's own (so a test can kill it), a runner that waits long enough before restarting a
killed service for the outage to be observed, and short job leases. Writes .run/faults/report.json."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from stackctl import REPO, StackHandle, new_stack, write_gateway_yaml

from tests.limits.limits_support import RedisServer

LONG = os.environ.get("FAULTS_LONG") == "1"   # `make faults`; `make test` runs the short forms
API_READ_TIMEOUT_S = 2
REPORT = REPO / ".run" / "faults" / "report.json"
RESTART_BACKOFF_S = 12 if LONG else 6          # a killed TokenDealer stays down this long
JOB_LEASE_S = 4                                 # a killed worker's jobs come back after this


def fault_config(redis: RedisServer) -> dict[str, Any]:
    cfg: dict[str, Any] = yaml.safe_load((REPO / "gateway" / "gateway.yaml").read_text())
    cfg["limits"]["store"] = "redis"
    cfg["limits"]["redis"].update({"host": "127.0.0.1", "port": redis.port, "password": redis.password,
                                   "cooldown_s": 1})
    for route in cfg["routes"]:
        if route["name"] == "api":
            route["proxy_read_timeout"] = f"{API_READ_TIMEOUT_S}s"
    return cfg


@pytest.fixture(scope="module")
def fault_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with RedisServer(tmp_path_factory.mktemp("faults-redis")) as redis:
        yield redis


@pytest.fixture(scope="module")
def fault_stack(tmp_path_factory: pytest.TempPathFactory, fault_redis: RedisServer) -> Iterator[StackHandle]:
    config = write_gateway_yaml(tmp_path_factory.mktemp("faults-config"), fault_config(fault_redis))
    handle = new_stack("faults", GATEWAY_CONFIG=str(config), RUNNER_BACKOFF_INITIAL=str(RESTART_BACKOFF_S),
                       RUNNER_BACKOFF_MAX=str(RESTART_BACKOFF_S), JEEVES_JOB_LEASE_SECONDS=str(JOB_LEASE_S),
                       JEEVES_WORKER_POLL_SECONDS="0.2").start()
    try:
        yield handle
        crashes = handle.lua_crashes()
        assert not crashes, "\n".join(crashes[:5])
    finally:
        handle.stop()
        # A PostgreSQL restarted by pg_ctl (the outage scenario) is not the runner's child: stop it here.
        subprocess.run(["runuser", "-u", "postgres", "--", "pg_ctl", "-D", str((handle.run_dir / "pg").resolve()),
                        "stop", "-m", "fast", "-w"], capture_output=True, timeout=60, check=False)
        handle.remove()


def record(scenario: str, row: dict[str, Any]) -> None:
    """Adds one scenario's row to the report (rows of earlier runs of other scenarios are kept)."""
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    report = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    report[scenario] = {"form": "long" if LONG else "short",
                        "run_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **row}
    REPORT.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    _written.append(scenario)


_written: list[str] = []
COLUMNS = ["form", "sent", "json_errors_by_status", "non_json_errors", "hung", "unanswered",
           "lost", "duplicated"]


def format_report(report: dict[str, dict[str, Any]]) -> list[str]:
    rows = [["scenario", *COLUMNS]]
    for name, row in report.items():
        rows.append([name, *(json.dumps(row.get(c, "")) if isinstance(row.get(c), dict) else str(row.get(c, ""))
                             for c in COLUMNS)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _written or not REPORT.exists():
        return
    report = json.loads(Path(REPORT).read_text())
    terminalreporter.section(f"fault report ({REPORT.relative_to(REPO)})")
    for line in format_report({k: report[k] for k in _written if k in report}):
        terminalreporter.write_line(line)
