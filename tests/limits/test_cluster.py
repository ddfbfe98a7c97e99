"""Scale-out: three gateway nodes enforce one limit together through a Redis Cluster (3 primaries,
3 replicas), and keep limiting - locally, then shared again - when a primary dies.

`make test` runs a short form; `make cluster-test` the acceptance form (CLUSTER_TEST_SECONDS=20).
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from conftest import GatewayNode
from lt_pacing import expected_admitted
from lt_upstream import UpstreamServer

from gateway.redis_cluster import LocalCluster, primaries
from gateway.redis_processes import cli

pytestmark = [pytest.mark.stack, pytest.mark.cluster]

SECONDS = float(os.environ.get("CLUSTER_TEST_SECONDS", "4"))
RATE, BURST = 100, 10          # overlay.yaml: lt_cluster, lt_cluster_failover
HERE = Path(__file__).resolve().parent
CONNECTIONS = 12               # wrk's, spread over the three nodes


def node_metric(node: GatewayNode, series: str) -> float:
    text = httpx.get(f"http://127.0.0.1:{node.metrics_port}/metrics", trust_env=False).text
    match = re.search(r"^" + re.escape(series) + r" (\S+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def fallbacks(nodes: list[GatewayNode], route: str) -> float:
    return sum(node_metric(n, f'edge_limit_fallback_total{{route="{route}"}}') for n in nodes)


@dataclass
class Load:
    statuses: Counter[int]
    requests: int
    seconds: float
    errors: int
    # when the edge handled the admitted requests (its clock, time.time(), forwarded in X-Request-Id):
    # the upstream's own clock would add its thread's scheduling delays on a loaded machine
    arrivals: list[float] = field(repr=False)

    def admitted(self) -> int:
        """Admissions as the upstream saw them: wrk stops without reading the answers in flight."""
        return len(self.arrivals)

    @property
    def admitted_span(self) -> float:
        return self.arrivals[-1] - self.arrivals[0]


def drive(nodes: list[GatewayNode], upstream: UpstreamServer, path: str, seconds: float) -> Load:
    """wrk, one thread per node, as one fresh tenant (a full bucket), for `seconds`: closed-loop, far
    above the limit (the offered rate is checked). Counts come from wrk's Lua hooks (wrk_spread.lua)."""
    ports = ",".join(n.base_url.rsplit(":", 1)[1] for n in nodes)
    tenant = uuid.uuid4().hex
    path = f"{path}{tenant}"
    env = {**os.environ, "WRK_NODES": ports, "WRK_TENANT": tenant}
    out = subprocess.run(["wrk", f"-t{len(nodes)}", f"-c{CONNECTIONS}", f"-d{seconds:g}s", "--timeout", "5s",
                          "-s", str(HERE / "wrk_spread.lua"), f"{nodes[0].base_url}{path}"],
                         capture_output=True, text=True, check=True, env=env, timeout=seconds + 60).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out)
    assert total, out
    span = float(total.group(2)) / (1000 if total.group(3) == "ms" else 1)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    statuses = Counter({int(s): int(c) for s, c in re.findall(r"^status (\d+) (\d+)$", out, re.M)})
    return Load(statuses, int(total.group(1)), span, sum(map(int, errors.groups())) if errors else 0,
                sorted(upstream.edge_times[path]))


def assert_exact(load: Load) -> None:
    """burst + 1 at once, then RATE a second: over the span from the first admission to the last (wrk's
    own duration includes its connection set-up, which no request of the run is sent in)."""
    assert set(load.statuses) <= {200, 429} and load.errors == 0, load      # 0 errors
    assert sum(load.statuses.values()) == load.requests, load
    assert load.requests / load.seconds >= 5 * RATE, load                    # driven at 5x or more
    assert 0 <= load.admitted() - load.statuses[200] <= CONNECTIONS, load    # in flight when wrk stopped
    expected = expected_admitted(RATE, BURST, load.admitted_span)
    # and no more than wrk's whole run allows (its duration is printed to 10 ms)
    assert load.admitted() <= 1.01 * expected_admitted(RATE, BURST, load.seconds), load
    # the longest pause between two admissions says whether the machine stalled (a bucket holds 110 ms)
    longest = max(b - a for a, b in zip(load.arrivals, load.arrivals[1:], strict=False))
    assert abs(load.admitted() - expected) <= 0.01 * expected, (load.statuses, load.admitted_span, expected,
                                                                 f"longest pause {longest:.3f}s")


def test_three_nodes_admit_one_shared_limit_exactly(cluster_nodes: list[GatewayNode],
                                                    limits_upstream: UpstreamServer) -> None:
    load = drive(cluster_nodes, limits_upstream, "/lt/cluster/", SECONDS)
    assert fallbacks(cluster_nodes, "lt_cluster") == 0, [ln for n in cluster_nodes for ln in n.error_log().splitlines()
                                                        if "redis" in ln][-6:]
    assert_exact(load)


def slot_owner(cluster: LocalCluster, tag: str) -> int | None:
    """Port of the live primary serving the hash slot of `{tag}` (None while it has none)."""
    alive = next(p for p in cluster.ports if p in cluster.processes)
    slot = int(cluster_cli(cluster, alive, "CLUSTER", "KEYSLOT", "{" + tag + "}").strip())
    for line in cluster_cli(cluster, alive, "CLUSTER", "NODES").splitlines():
        fields = line.split()
        if "master" in fields[2] and "fail" not in fields[2]:
            for span in fields[8:]:
                first, _, last = span.partition("-")
                if first.isdigit() and int(first) <= slot <= int(last or first):
                    return int(fields[1].split("@")[0].rsplit(":", 1)[1])
    return None


def cluster_cli(cluster: LocalCluster, port: int, *args: str) -> str:
    return cli(port, cluster.password, *args)


# Documented bound (README, "Scale-out"): while a slot has no primary each of the N nodes limits on its
# own, so the cluster admits up to (N - 1) x rate x (F + 2 x cooldown_s) more than the shared limit, F
# being the time from the primary's death to its replica's promotion (a worker that tried just before
# the promotion waits out one cooldown, and one more if the map it then reads still names the dead
# primary), plus a full local bucket per node and the shared bucket refilled while unused:
# (N + 1) x (burst + 1).
NODES, COOLDOWN_S = 3, 1.0     # overlay.yaml: limits.redis.cooldown_s


def failover_bound(unavailable_s: float) -> float:
    return (NODES - 1) * RATE * (unavailable_s + 2 * COOLDOWN_S) + (NODES + 1) * (BURST + 1)


@dataclass
class Failover:
    """A run driven through a primary's death: when it was killed and its replica promoted."""

    during: Load
    killed: float        # time.monotonic()
    promoted: float      # time.monotonic()
    promoted_at: float   # time.time(): the clock of the edge's arrival times
    ended: float         # time.monotonic(), when the run ended

    @property
    def unavailable(self) -> float:
        """Seconds of the run without a primary."""
        return min(self.promoted, self.ended) - self.killed


def drive_through_failover(nodes: list[GatewayNode], upstream: UpstreamServer, path: str, seconds: float,
                           kill_after: float, kill: Callable[[], None], promoted: Callable[[], bool]) -> Failover:
    """drive() for `seconds`; `kill_after` seconds in, kill() the primary, then watch (30 s at most) until
    promoted() says its replica took over."""
    times: dict[str, float] = {}

    def kill_then_watch() -> None:
        time.sleep(kill_after)
        kill()
        times["killed"] = time.monotonic()
        while not promoted() and time.monotonic() < times["killed"] + 30:
            time.sleep(0.05)
        times["promoted"], times["promoted_at"] = time.monotonic(), time.time()

    watcher = threading.Thread(target=kill_then_watch)
    watcher.start()
    during = drive(nodes, upstream, path, seconds)
    ended = time.monotonic()
    watcher.join()
    return Failover(during, times["killed"], times["promoted"], times["promoted_at"], ended)


def assert_failed_open_within_bound(nodes: list[GatewayNode], route: str, failover: Failover,
                                    *context: object) -> None:
    """Nothing failed with Redis; the nodes limited locally while the primary was gone, admitting no more
    than the documented bound; from 2 s after the promotion on, one shared limit again (judged on the
    edge's times of the admitted requests; the bucket may have refilled once unused)."""
    during = failover.during
    assert set(during.statuses) <= {200, 429} and during.errors == 0, during
    assert during.admitted() <= expected_admitted(RATE, BURST, during.seconds) + failover_bound(failover.unavailable), \
        (during.statuses, failover.unavailable, fallbacks(nodes, route), *context)
    assert fallbacks(nodes, route) > 0                                   # the nodes fell back to local limits
    assert any("redis unavailable" in n.error_log() for n in nodes)      # and logged it
    settled_from = failover.promoted_at + 2.0
    if during.arrivals[-1] - settled_from >= 1.0:
        late = [t for t in during.arrivals if t >= settled_from]
        window = during.arrivals[-1] - settled_from
        assert abs(len(late) - RATE * window) <= 0.01 * RATE * window + BURST + 1, (len(late), window)


def settle(failover: Failover) -> None:
    """Wait until 2 s after the promotion."""
    time.sleep(max(0.0, failover.promoted + 2.0 - time.monotonic()))


def assert_shared_exactly(nodes: list[GatewayNode], upstream: UpstreamServer, route: str, path: str) -> Load:
    """A run in which every node decides through the shared store, exactly: none falls back."""
    settled = fallbacks(nodes, route)
    after = drive(nodes, upstream, path, SECONDS)
    fell_back = fallbacks(nodes, route) - settled
    assert fell_back == 0, (fell_back, [ln[:20] + ln[ln.find("unavailable"):ln.find("; local")]
                                        for n in nodes for ln in n.error_log().splitlines() if "redis" in ln][-8:])
    assert_exact(after)
    return after


# The short form (kill 2 s in, 6 s run) runs in `make test`: each worker finds the promoted replica in
# the first request that finds its primary dead (redis_cluster.lua), so no worker - not even one idle
# during the failover - decides locally once the promotion is done.
def test_primary_killed_mid_run_fails_open_locally_then_shares_again(
        cluster_nodes: list[GatewayNode], redis_cluster: LocalCluster, limits_upstream: UpstreamServer) -> None:
    route, path = "lt_cluster_failover", "/lt/cluster-failover/"
    victim = slot_owner(redis_cluster, route)
    assert victim is not None
    before = set(primaries(victim, redis_cluster.password))
    seconds = max(SECONDS, 6.0)
    failover = drive_through_failover(cluster_nodes, limits_upstream, path, seconds, seconds / 3,
                                      lambda: redis_cluster.kill(victim),
                                      lambda: slot_owner(redis_cluster, route) not in (victim, None))
    promoted = slot_owner(redis_cluster, route)
    assert promoted is not None and promoted != victim and promoted not in before   # the replica took over
    degraded = sum(node_metric(n, f'edge_limit_decisions_total{{route="{route}",limit="lock",decision="degraded"}}')
                   for n in cluster_nodes)
    assert_failed_open_within_bound(cluster_nodes, route, failover, degraded)
    # and still 2 s after the promotion every node decides in the cluster, exactly
    settle(failover)
    assert_shared_exactly(cluster_nodes, limits_upstream, route, path)
