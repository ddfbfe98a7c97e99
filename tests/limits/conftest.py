"""Fixtures of the limiter suite: one stack of its own (gateway.yaml + overlay.yaml), a test upstream,
a Redis of its own (so a test may kill and restart it), and a second gateway node sharing that Redis."""

from __future__ import annotations

import copy
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

# This suite's helper modules (unique names) import the same whether or not tests/ is a package.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from limits_support import RedisServer  # noqa: E402
from lt_upstream import UpstreamServer  # noqa: E402
from stackctl import REPO, StackHandle, free_ports, new_stack  # noqa: E402

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
    upstream = UpstreamServer().start()
    yield upstream
    upstream.stop()


@pytest.fixture(scope="session")
def limits_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    redis = RedisServer(tmp_path_factory.mktemp("limits-redis"))
    redis.start()
    yield redis
    redis.kill()


@pytest.fixture(scope="session")
def limits_stack(tmp_path_factory: pytest.TempPathFactory, limits_upstream: UpstreamServer,
                 limits_redis: RedisServer) -> Iterator[StackHandle]:
    config = tmp_path_factory.mktemp("limits-config") / "gateway.yaml"
    config.write_text(yaml.safe_dump(limits_config(limits_upstream.port, limits_redis)))
    with new_stack("limits", GATEWAY_CONFIG=str(config)).start() as handle:
        handle.extra["config"] = config
        yield handle
        # Whatever the suite did (aborts, timeouts, killed workers, Redis outages): no Lua error.
        crashes = [line for line in handle.log("gateway-error").splitlines()
                   if "runtime error" in line or "entry thread aborted" in line]
        assert not crashes, "\n".join(crashes[:5])


@pytest.fixture(scope="session")
def second_node(limits_stack: StackHandle) -> Iterator[str]:
    """A second nginx with the same config and Redis on other ports: another gateway node.
    Yields its HTTPS base URL (same dev CA)."""
    from gateway import config as gw_config
    from gateway import render
    from servicekit.runpaths import RunPaths

    root = limits_stack.run_dir / "node2"
    paths = RunPaths(root)
    paths.make()
    for sub in ("secrets", "certs"):
        shutil.copytree(limits_stack.run_dir / sub, root / sub, dirs_exist_ok=True)
    http, https, metrics = free_ports(3)
    env = {**limits_stack.env, "RUN_DIR": str(root), "GATEWAY_HTTP_PORT": str(http),
           "GATEWAY_HTTPS_PORT": str(https), "GATEWAY_METRICS_PORT": str(metrics)}
    cfg = gw_config.load(env=env)
    conf = render.write_and_test(cfg, paths)
    proc = subprocess.Popen([render.nginx_binary(), "-p", str(paths.nginx), "-c", str(conf),
                             "-e", str(paths.logs / "gateway-error.log")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"https://localhost:{https}"
    deadline = time.monotonic() + 15
    while True:
        try:
            if httpx.get(base + "/healthz", verify=limits_stack.ssl_context(), trust_env=False).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("second gateway node did not start")
        time.sleep(0.1)
    yield base
    proc.send_signal(signal.SIGQUIT)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
