"""REDIS_MODE=cluster: the stack plans six redis-server members and the forming of the cluster
(gateway/redis_cluster.py); single mode plans none. The members really start and form a cluster."""

from __future__ import annotations

from pathlib import Path

from gateway import config, redis_cluster, secrets
from gateway.stack import Stack
from servicekit import ports
from servicekit.runpaths import RunPaths


def free_with_bus(count: int) -> list[int]:
    """Ports reserved together with their cluster bus port (Redis' default: +10000)."""
    return ports.free_port_pairs(count, 10000)


def test_single_mode_plans_no_cluster(tmp_path: Path) -> None:
    stack = Stack(config.load(env={}), RunPaths(tmp_path))
    assert stack.redis_cluster() == []


def test_cluster_mode_starts_six_members_and_forms_the_cluster(tmp_path: Path) -> None:
    paths = RunPaths(tmp_path)
    paths.make()
    secrets.ensure(paths.secrets)
    cfg = config.load(env={"REDIS_MODE": "cluster", "LIMITS_STORE": "redis"})
    assert (cfg["limits"]["store"], cfg["limits"]["redis"]["mode"]) == ("redis", "cluster")
    ports = free_with_bus(6)
    cfg["limits"]["redis"]["nodes"] = [f"127.0.0.1:{p}" for p in ports]
    stack = Stack(cfg, paths)
    steps = stack.redis_cluster()
    assert len(steps) == 7
    password = stack.secret("redis_password")
    try:
        for step in steps:
            svc = step()
            if svc is not None:
                assert svc.name.startswith("redis-cluster-")
                stack.start_service(svc)
        assert redis_cluster.is_formed(ports, password)
        assert len(redis_cluster.primaries(ports[0], password)) == 3
        conf = (tmp_path / "redis-cluster" / str(ports[0]) / "redis.conf").read_text()
        assert f"requirepass {password}" in conf and f"masterauth {password}" in conf
    finally:
        stack.stop()
