"""REDIS_MODE=sentinel: the stack plans a primary, its replica and three Sentinels
(gateway/redis_sentinel.py), then waits until the Sentinels agree; other modes plan none. The
processes really start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from stackctl import free_ports

from gateway import config, redis_sentinel
from gateway.redis_processes import cli
from gateway.stack import Stack
from servicekit.runpaths import RunPaths


def test_single_and_cluster_modes_plan_no_sentinels(tmp_path: Path) -> None:
    for mode in ("single", "cluster"):
        assert Stack(config.load(env={"REDIS_MODE": mode}), RunPaths(tmp_path)).redis_sentinel() == []


def test_an_existing_deployment_elsewhere_is_not_started(tmp_path: Path) -> None:
    cfg = config.load(env={"REDIS_MODE": "sentinel"})
    cfg["limits"]["redis"]["sentinels"] = ["10.0.0.21:26379", "10.0.0.22:26379", "10.0.0.23:26379"]
    assert Stack(cfg, RunPaths(tmp_path)).redis_sentinel() == []
    cfg = config.load(env={"REDIS_MODE": "cluster"})
    cfg["limits"]["redis"]["nodes"] = ["10.0.0.11:6379", "10.0.0.12:6379", "10.0.0.13:6379"]
    assert Stack(cfg, RunPaths(tmp_path)).redis_cluster() == []


def test_sentinel_mode_starts_a_primary_a_replica_and_three_sentinels(
        redis_mode_stack: Callable[[str, dict[str, Any]], Stack]) -> None:
    ports = free_ports(5)
    stack = redis_mode_stack("sentinel", {"servers": [f"127.0.0.1:{p}" for p in ports[:2]],
                                          "sentinels": [f"127.0.0.1:{p}" for p in ports[2:]]})
    steps = stack.redis_sentinel()
    assert len(steps) == 6
    stack.run(steps)
    password = stack.secret("redis_password")
    name = stack.cfg["limits"]["redis"]["master_name"]
    assert redis_sentinel.is_ready(ports[2:], password, name, ports[0])
    assert redis_sentinel.role(ports[1], password) == "slave"
    for port in ports:   # every one of them wants the password
        assert "NOAUTH" in cli(port, "", "PING")
