"""REDIS_MODE=cluster: the stack plans six redis-server members and the forming of the cluster
(gateway/redis_cluster.py); single mode plans none. The members really start and form a cluster."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from gateway import config, redis_cluster
from gateway.stack import Stack
from servicekit import ports
from servicekit.runpaths import RunPaths


def free_with_bus(count: int) -> list[int]:
    """Ports reserved together with their cluster bus port (Redis' default: +10000)."""
    return ports.free_port_pairs(count, 10000)


def test_single_mode_plans_no_cluster(tmp_path: Path) -> None:
    stack = Stack(config.load(env={}), RunPaths(tmp_path))
    assert stack.redis_cluster() == []


def test_cluster_mode_starts_six_members_and_forms_the_cluster(
        tmp_path: Path, redis_mode_stack: Callable[[str, dict[str, Any]], Stack]) -> None:
    ports = free_with_bus(6)
    stack = redis_mode_stack("cluster", {"nodes": [f"127.0.0.1:{p}" for p in ports]})
    steps = stack.redis_cluster()
    assert len(steps) == 7
    stack.run(steps)
    assert [svc.name for svc in stack.started] == [f"redis-cluster-{p}" for p in ports]
    password = stack.secret("redis_password")
    assert redis_cluster.is_formed(ports, password)
    assert len(redis_cluster.primaries(ports[0], password)) == 3
    conf = (tmp_path / "redis-cluster" / str(ports[0]) / "redis.conf").read_text()
    assert f"requirepass {password}" in conf and f"masterauth {password}" in conf
