"""Fixtures of the limiter suite: one stack of its own (gateway.yaml + overlay.yaml), a test upstream,
a Redis of its own (so a test may kill and restart it), a second gateway node sharing that Redis, and
a Redis Cluster shared by three more gateway nodes (the scale-out test bed), and a Sentinel-managed
primary/replica shared by three more."""

from __future__ import annotations

import copy
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

# This suite's helper modules (unique names) import the same whether or not tests/ is a package.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from limits_support import RedisServer  # noqa: E402
from lt_upstream import UpstreamServer  # noqa: E402
from stackctl import REPO, StackHandle, free_ports, new_stack, write_gateway_yaml  # noqa: E402

from gateway.redis_cluster import LocalCluster  # noqa: E402
from gateway.redis_sentinel import LocalSentinel  # noqa: E402

HERE = Path(__file__).resolve().parent


def limits_config(upstream_port: int, redis: RedisServer) -> dict[str, Any]:
    cfg = yaml.safe_load((REPO / "gateway" / "gateway.yaml").read_text())
    overlay = yaml.safe_load((HERE / "overlay.yaml").read_text())
    cfg = copy.deepcopy(cfg)
    cfg["services"]["limits_upstream"] = {"host": "127.0.0.1", "port": upstream_port, "http": True}
    limits = overlay["limits"]
    limits["redis"].update({"host": "127.0.0.1", "port": redis.port, "password": redis.password})
    cfg["limits"] = limits
    cfg["trusted_proxies"] = overlay["trusted_proxies"]
    cfg["routes"] = overlay["routes"] + cfg["routes"]
    return cfg


@pytest.fixture(scope="session")
def limits_upstream() -> Iterator[UpstreamServer]:
    with UpstreamServer() as upstream:
        yield upstream


@pytest.fixture(scope="session")
def limits_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with RedisServer(tmp_path_factory.mktemp("limits-redis")) as redis:
        yield redis


@pytest.fixture(scope="session")
def limits_stack(tmp_path_factory: pytest.TempPathFactory, limits_upstream: UpstreamServer,
                 limits_redis: RedisServer) -> Iterator[StackHandle]:
    config = write_gateway_yaml(tmp_path_factory.mktemp("limits-config"),
                                limits_config(limits_upstream.port, limits_redis))
    with new_stack("limits", GATEWAY_CONFIG=str(config)).start() as handle:
        handle.extra["config"] = config
        yield handle
        # Whatever the suite did (aborts, timeouts, killed workers, Redis outages): no Lua error.
        crashes = handle.lua_crashes()
        assert not crashes, "\n".join(crashes[:5])


@dataclass
class GatewayNode:
    """One more nginx rendered from a gateway.yaml, on ports of its own: another gateway node."""

    base_url: str
    run_dir: Path
    metrics_port: int
    process: subprocess.Popen[bytes]

    def stop(self, sig: int = signal.SIGQUIT) -> None:
        if self.process.poll() is None:
            if sig == signal.SIGKILL:   # the workers too: a master dying alone leaves them serving
                os.killpg(self.process.pid, sig)
            else:
                self.process.send_signal(sig)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def error_log(self) -> str:
        path = self.run_dir / "logs" / "gateway-error.log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_gateway_node(stack: StackHandle, name: str, config: Path | None = None) -> GatewayNode:
    """A gateway node beside `stack` (same secrets and dev CA; `config` instead of the stack's yaml)."""
    from gateway import config as gw_config
    from gateway import render
    from servicekit.runpaths import RunPaths

    root = stack.run_dir / name
    paths = RunPaths(root)
    paths.make()
    for sub in ("secrets", "certs"):
        shutil.copytree(stack.run_dir / sub, root / sub, dirs_exist_ok=True)
    http, https, metrics = free_ports(3)
    env = {**stack.env, "RUN_DIR": str(root), "GATEWAY_HTTP_PORT": str(http),
           "GATEWAY_HTTPS_PORT": str(https), "GATEWAY_METRICS_PORT": str(metrics)}
    if config is not None:
        env["GATEWAY_CONFIG"] = str(config)
    cfg = gw_config.load(env=env)
    conf = render.write_and_test(cfg, paths)
    proc = subprocess.Popen([render.nginx_binary(), "-p", str(paths.nginx), "-c", str(conf),
                             "-e", str(paths.logs / "gateway-error.log")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    node = GatewayNode(f"https://localhost:{https}", root, metrics, proc)
    deadline = time.monotonic() + 15
    while True:
        try:
            if httpx.get(node.base_url + "/healthz", verify=stack.ssl_context(), trust_env=False).status_code == 200:
                return node
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            node.stop(signal.SIGKILL)
            raise RuntimeError(f"gateway node {name} did not start")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def second_node(limits_stack: StackHandle) -> Iterator[str]:
    """A second nginx with the same config and Redis on other ports. Yields its HTTPS base URL."""
    node = start_gateway_node(limits_stack, "node2")
    yield node.base_url
    node.stop()


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """Three primaries and three replicas (gateway/redis_cluster.py) on free ports, with a password."""
    ports = free_ports(12)   # six members and their cluster bus ports
    with LocalCluster(tmp_path_factory.mktemp("redis-cluster"), ports[:6], secrets.token_urlsafe(24),
                      ports[6:]) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def cluster_config(tmp_path_factory: pytest.TempPathFactory, limits_upstream: UpstreamServer,
                   limits_redis: RedisServer, redis_cluster: LocalCluster) -> Path:
    """The gateway.yaml of the scale-out nodes: `store: redis` is the Redis Cluster."""
    cfg = limits_config(limits_upstream.port, limits_redis)
    # timeout_ms 250: on a shared CI core a member can be descheduled past 50 ms, and every such
    # timeout is a second of local limits (exact no more); a dead member is refused at once anyway.
    cfg["limits"]["redis"] = {**cfg["limits"]["redis"], "mode": "cluster", "nodes": redis_cluster.addresses,
                              "password": redis_cluster.password, "refresh_s": 2, "timeout_ms": 250}
    return write_gateway_yaml(tmp_path_factory.mktemp("cluster-config"), cfg)


def start_cluster_nodes(stack: StackHandle, config: Path, name: str) -> Iterator[list[GatewayNode]]:
    """Three gateway nodes rendered from one yaml (`<name><i>`), stopped when the caller is done."""
    nodes = []
    try:
        for i in range(1, 4):
            nodes.append(start_gateway_node(stack, f"{name}{i}", config))
        yield nodes
    finally:
        for node in nodes:
            node.stop()


@pytest.fixture(scope="session")
def cluster_nodes(limits_stack: StackHandle, cluster_config: Path) -> Iterator[list[GatewayNode]]:
    """Three gateway nodes sharing the Redis Cluster for `store: redis`."""
    yield from start_cluster_nodes(limits_stack, cluster_config, "cluster-node")


@pytest.fixture(scope="session")
def redis_sentinel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalSentinel]:
    """A primary, its replica and three Sentinels (gateway/redis_sentinel.py) on free ports."""
    ports = free_ports(5)
    with LocalSentinel(tmp_path_factory.mktemp("redis-sentinel"), ports[:2], ports[2:],
                       secrets.token_urlsafe(24)) as deployment:
        yield deployment


@pytest.fixture(scope="session")
def sentinel_nodes(tmp_path_factory: pytest.TempPathFactory, limits_stack: StackHandle,
                   limits_upstream: UpstreamServer, limits_redis: RedisServer,
                   redis_sentinel: LocalSentinel) -> Iterator[list[GatewayNode]]:
    """Three gateway nodes rendered from one yaml, sharing the Sentinels' primary for `store: redis`."""
    cfg = limits_config(limits_upstream.port, limits_redis)
    # timeout_ms 250: as for cluster_config
    cfg["limits"]["redis"] = {**cfg["limits"]["redis"], "mode": "sentinel", "sentinels": redis_sentinel.sentinels,
                              "master_name": redis_sentinel.master_name, "password": redis_sentinel.password,
                              "refresh_s": 2, "timeout_ms": 250}
    config = write_gateway_yaml(tmp_path_factory.mktemp("sentinel-config"), cfg)
    yield from start_cluster_nodes(limits_stack, config, "sentinel-node")
