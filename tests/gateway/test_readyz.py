"""/readyz in a real nginx running the edge's Lua, in front of fake services whose health we control:
it names a dependency a service reports down, caches its verdict (probes cost the same whatever the
request rate) and is rate-limited per client."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from typing import Any

import edge_nginx
import httpx
import pytest
import yaml
from aiohttp import web
from stackctl import REPO, free_ports
from threaded_server import ThreadedServer

pytestmark = pytest.mark.stack

# /readyz's dicts: metrics, its per-IP limit and its cached verdict
DICTS = {"edge_metrics": "1m", "edge_limits": "1m", "edge_health": "1m"}


class FakeHealth(ThreadedServer):
    """Both services' health endpoints: an answer we set for /jeeves, and how often each was probed."""

    name = "fake-health"

    def __init__(self) -> None:
        super().__init__()
        self.answer: tuple[int, dict[str, Any]] = (200, {"status": "ok"})
        self.hits: dict[str, int] = {}

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/{service}", self.health)

    async def health(self, request: web.Request) -> web.Response:
        self.hits[request.path] = self.hits.get(request.path, 0) + 1
        status, body = self.answer if request.path == "/jeeves" else (200, {"status": "ok"})
        return web.json_response(body, status=status)


@pytest.fixture(scope="module")
def fake_health() -> Iterator[FakeHealth]:
    with FakeHealth() as fake:
        yield fake


@pytest.fixture(scope="module")
def readyz_nginx(tmp_path_factory: pytest.TempPathFactory, fake_health: FakeHealth) -> Iterator[str]:
    root = tmp_path_factory.mktemp("readyz-nginx")
    cfg: dict[str, Any] = yaml.safe_load((REPO / "gateway" / "gateway.yaml").read_text())
    cfg["routes"], cfg["unrouted"] = [], {"policies": []}
    cfg["limits"] = {"store": "local", "status": 429}
    # A long cache, so that what the test sees cannot depend on how fast it runs.
    cfg["readyz"] = {"cache_seconds": 30, "limit": {"rate": "1r/m", "burst": 3}}
    edge = edge_nginx.write_edge_json(root, cfg)
    edge["health_checks"] = [{"name": name, "host": "127.0.0.1", "port": fake_health.port, "path": f"/{name}"}
                             for name in ("jeeves", "tokendealer")]
    (root / "edge.json").write_text(json.dumps(edge))
    (port,) = free_ports(1)
    conf = edge_nginx.conf(root, "readyz", DICTS, f"""
        listen 127.0.0.1:{port};
        set_real_ip_from 127.0.0.1;
        real_ip_header X-Forwarded-For;
        location = /readyz {{ content_by_lua_block {{ require("edge.lib.health").readiness() }} }}""",
                           worker_connections=256)
    base = f"http://127.0.0.1:{port}"
    with edge_nginx.running(root, conf, base + "/nothing"):
        yield base
    shutil.rmtree(root, ignore_errors=True)


def test_readyz_names_the_dependency_caches_and_limits(readyz_nginx: str, fake_health: FakeHealth) -> None:
    fake_health.answer = (503, {"status": "down", "checks": {"postgres": "down", "redis": "up"}})
    with httpx.Client(base_url=readyz_nginx, trust_env=False) as c:
        resp = c.get("/readyz", headers={"X-Forwarded-For": "192.0.2.1"})
        assert resp.status_code == 503
        body = resp.json()
        assert body["error"] == "not_ready"
        assert "jeeves (postgres)" in body["message"] and "tokendealer" not in body["message"]
        assert body["checks"] == {"jeeves": "down", "tokendealer": "up"}
        assert resp.headers["Retry-After"] == "1"
        # Cached: more requests (from other clients) probe nothing, even once the service recovers.
        fake_health.answer = (200, {"status": "ok"})
        for i in range(10):
            assert c.get("/readyz", headers={"X-Forwarded-For": f"192.0.2.{10 + i}"}).status_code == 503
        assert fake_health.hits == {"/jeeves": 1, "/tokendealer": 1}
        # Rate-limited per client: burst 3 admits 4, then a JSON 429.
        statuses = [c.get("/readyz", headers={"X-Forwarded-For": "198.51.100.7"}).status_code for _ in range(6)]
        assert statuses == [503] * 4 + [429] * 2
        limited = c.get("/readyz", headers={"X-Forwarded-For": "198.51.100.7"})
        assert limited.json()["error"] == "rate_limited"
