"""Per-IP limits that key rotation cannot dodge, in a real nginx running the edge's locations (built from
gateway/templates/edge_locations.j2 like production, serving a static file so a flood costs no upstream):
- IPv6 clients are keyed by their /64 (limits.ipv6_prefix): rotating the low 64 bits makes no new key;
- a flood of 200k distinct fresh keys overflows the limits dict, the evictions are counted in /metrics
  with the dicts' fill, and a steady client's counted state survives (it stays limited)."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import edge_nginx
import httpx
import pytest
import yaml
from stackctl import REPO, free_ports

from gateway import render

pytestmark = pytest.mark.stack

FLOOD_KEYS = 200_000
THREADS = 2
# Smaller than production's 20m so that the flood overflows it with margin (~65k keys fit).
LIMITS_DICT = "8m"

WRK_SCRIPT = """
local id = 0
function setup(thread)
    thread:set("id", id)
    id = id + 1
end
local n, done = 0, 0
local limit = tonumber(os.getenv("FLOOD_PER_THREAD"))
function request()
    n = n + 1
    return wrk.format("GET", "/flood", { ["X-Key"] = "fresh-" .. id .. "-" .. n })
end
function response()
    done = done + 1
    if done >= limit then
        wrk.thread:stop()
    end
end
"""


def flood_config() -> dict[str, Any]:
    cfg: dict[str, Any] = yaml.safe_load((REPO / "gateway" / "gateway.yaml").read_text())
    cfg["routes"] = [
        {"name": "flood", "match": {"exact": "/flood"}, "upstream": "jeeves", "policies": [
            {"ratelimit": {"limits": [{"name": "per_key", "key": "header:X-Key", "rate": "1r/h", "burst": 4}]}}]},
        {"name": "per_ip", "match": {"exact": "/ip"}, "upstream": "jeeves", "policies": [
            {"ratelimit": {"limits": [{"name": "per_ip", "key": "ip", "rate": "1r/m", "burst": 2}]}}]},
    ]
    cfg["unrouted"] = {"policies": []}
    cfg["limits"] = {"store": "local", "status": 429}   # ipv6_prefix: the default, /64
    return cfg


@pytest.fixture(scope="module")
def flood_nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("flood-nginx")
    (root / "www").mkdir()
    (root / "www" / "flood").write_text('{"ok":true}\n')
    (root / "www" / "ip").write_text('{"ok":true}\n')
    cfg = flood_config()
    edge_nginx.write_edge_json(root, cfg)
    snippets = render.edge_snippets()
    locations = "\n".join(str(snippets.route_location({**r, "phases": render.route_phases(r)}, "try_files $uri =404"))
                          for r in cfg["routes"])
    (port,) = free_ports(1)
    conf = edge_nginx.conf(root, "flood", {"edge_metrics": "10m", "edge_limits": LIMITS_DICT, "edge_inflight": "1m"},
                           f"""
        listen 127.0.0.1:{port};
        set_real_ip_from 127.0.0.1;
        real_ip_header X-Forwarded-For;
        root {root}/www;
{locations}
        location = /metrics {{ content_by_lua_block {{ require("edge.lib.metrics").expose() }} }}""")
    base = f"http://127.0.0.1:{port}"
    with edge_nginx.running(root, conf, base + "/metrics"):
        yield base
    shutil.rmtree(root, ignore_errors=True)


def test_ipv6_clients_are_keyed_by_their_64(flood_nginx: str) -> None:
    with httpx.Client(base_url=flood_nginx, trust_env=False) as c:
        def via(addr: str) -> int:
            return c.get("/ip", headers={"X-Forwarded-For": addr}).status_code

        rotating = [via(f"2001:db8:77:1:{i:x}::{i:x}") for i in range(1, 7)]
        assert rotating == [200, 200, 200, 429, 429, 429]   # burst 2: one /64, one bucket
        assert via("2001:db8:77:2::1") == 200               # the next /64 is another client
        assert via("2001:DB8:77:1:ffff:ffff:ffff:ffff") == 429
        assert via("::ffff:192.0.2.9") == 200               # an IPv4-mapped client is its IPv4 address
        assert via("192.0.2.9") == 200
        assert via("192.0.2.9") == 200
        assert via("192.0.2.9") == 429


def metric(text: str, series: str) -> float:
    found = re.search(rf"^{re.escape(series)} (\S+)$", text, re.M)
    assert found, f"{series} not in /metrics"
    return float(found.group(1))


def flood_admitted(c: httpx.Client) -> float:
    """Fresh-key requests the edge admitted (each is a new key: the first request of a key conforms)."""
    series = 'edge_limit_decisions_total{route="flood",limit="per_key",decision="allowed"}'
    text = c.get("/metrics").text
    return metric(text, series) if series in text else 0.0


def test_a_flood_of_fresh_keys_leaves_a_steady_client_limited(flood_nginx: str, tmp_path: Path) -> None:
    if not shutil.which("wrk"):
        pytest.skip("wrk not installed (apt package wrk, scripts/setup.sh)")
    steady = {"X-Key": "steady-client"}
    with httpx.Client(base_url=flood_nginx, trust_env=False) as c:
        assert [c.get("/flood", headers=steady).status_code for _ in range(6)] == [200] * 5 + [429]
        during: list[int] = []
        stop = threading.Event()

        def keep_asking() -> None:
            with httpx.Client(base_url=flood_nginx, trust_env=False) as own:
                while not stop.is_set():
                    during.append(own.get("/flood", headers=steady).status_code)
                    stop.wait(0.2)

        watcher = threading.Thread(target=keep_asking)
        script = tmp_path / "flood.lua"
        script.write_text(WRK_SCRIPT)
        watcher.start()
        # wrk's threads stop sending at their count, but wrk itself waits out -d: the edge's own
        # decision counter says when the flood has been served, then SIGINT makes wrk report.
        wrk = subprocess.Popen(["wrk", f"-t{THREADS}", "-c16", "-d600s", "-s", str(script), flood_nginx + "/flood"],
                               stdout=subprocess.PIPE, text=True,
                               env={"FLOOD_PER_THREAD": str(FLOOD_KEYS // THREADS), "PATH": "/usr/bin:/bin"})
        try:
            deadline = time.monotonic() + 540
            while flood_admitted(c) < FLOOD_KEYS:
                assert wrk.poll() is None, "wrk ended before the flood was served"
                assert time.monotonic() < deadline, f"flood stalled at {flood_admitted(c)} keys"
                time.sleep(1)
        finally:
            wrk.send_signal(signal.SIGINT)
            out, _ = wrk.communicate(timeout=30)
            stop.set()
            watcher.join()
        sent = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
        assert sent >= FLOOD_KEYS, out
        assert during and set(during) == {429}, during        # limited throughout the flood
        after = c.get("/flood", headers=steady)
        assert after.status_code == 429                       # its state survived: still counted
        assert int(after.headers["Retry-After"]) > 3000   # its hour-long debt, not a fresh key's
        text = c.get("/metrics").text
    assert metric(text, 'edge_shdict_evictions_total{dict="edge_limits"}') > 0   # the flood overflowed it
    capacity = metric(text, 'edge_shdict_capacity_bytes{dict="edge_limits"}')
    assert capacity == 8 * 1024 * 1024
    assert metric(text, 'edge_shdict_free_bytes{dict="edge_limits"}') < capacity / 10
