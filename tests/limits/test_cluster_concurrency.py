"""Cluster-wide concurrency: three gateway nodes hold one cap of 30 slots in a Redis Cluster, each slot a
lease with a TTL (lua/edge/limit/lease_redis.lua). Judged by Redis state (the lease sets, Redis' clock)
and by what the upstream counts in flight, never by the test's clock beyond bounded waits.

`make test` runs a short form; `make cluster-test` the acceptance form (CLUSTER_TEST_SECONDS=20).
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest
from conftest import GatewayNode, start_cluster_nodes
from limits_support import RedisServer, metric
from lt_pacing import burst
from lt_upstream import UpstreamServer
from stackctl import StackHandle

from gateway.redis_cluster import LocalCluster

pytestmark = [pytest.mark.stack, pytest.mark.cluster]

SECONDS = float(os.environ.get("CLUSTER_TEST_SECONDS", "3"))
CAP, LEASE_TTL_MS = 30, 4000     # overlay.yaml: lt_cluster_conc, lt_cluster_conc_kill
CLIENTS = 300                    # concurrent clients, spread over the three nodes
SLOW_MS = 800                    # the upstream holds each admitted request this long
PREFIX = "edge:rl:"              # limits.redis.prefix (its default)


def lease_key(route: str) -> str:
    """The sorted set of the route-keyed limit `shared`: the route is the hash tag."""
    return f"{PREFIX}{{{route}}}c|{route}|shared|*"


class Redis:
    """A minimal RESP client of the Redis Cluster: one connection, following MOVED redirections."""

    def __init__(self, cluster: LocalCluster) -> None:
        self.password = cluster.password
        self.port = next(p for p in cluster.ports if p in cluster.processes)
        self._connect()

    def _connect(self) -> None:
        self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        self.reader = self.sock.makefile("rb")
        assert self._call("AUTH", self.password) == "OK"

    def _read(self) -> Any:
        line = self.reader.readline().rstrip(b"\r\n")
        kind, rest = line[:1], line[1:].decode()
        if kind == b"+":
            return rest
        if kind == b"-":
            return RuntimeError(rest)
        if kind == b":":
            return int(rest)
        if kind == b"$":
            return None if int(rest) < 0 else self.reader.read(int(rest) + 2)[:-2].decode()
        if kind == b"*":
            return [self._read() for _ in range(int(rest))]
        raise AssertionError(f"bad reply {line!r}")

    def _call(self, *args: str | int) -> Any:
        parts = [f"*{len(args)}\r\n".encode()]
        for arg in args:
            data = str(arg).encode()
            parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
        self.sock.sendall(b"".join(parts))
        return self._read()

    def call(self, *args: str | int) -> Any:
        reply = self._call(*args)
        if isinstance(reply, RuntimeError) and str(reply).startswith("MOVED"):
            self.sock.close()
            self.port = int(str(reply).rsplit(":", 1)[1])
            self._connect()
            reply = self._call(*args)
        if isinstance(reply, RuntimeError):
            raise reply
        return reply

    def now_ms(self) -> int:
        seconds, micros = self.call("TIME")
        return int(seconds) * 1000 + int(micros) // 1000

    def leases(self, key: str) -> dict[str, int]:
        """Lease id -> expiry (Redis ms)."""
        flat = self.call("ZRANGE", key, "0", "-1", "WITHSCORES")
        return {flat[i]: int(float(flat[i + 1])) for i in range(0, len(flat), 2)}

    def close(self) -> None:
        self.sock.close()


class Sampler(threading.Thread):
    """ZCARD of a lease set, as often as Redis answers, until stopped: the in-flight count over time."""

    def __init__(self, cluster: LocalCluster, key: str) -> None:
        super().__init__(daemon=True)
        self.redis, self.key = Redis(cluster), key
        self.samples: list[int] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.samples.append(self.redis.call("ZCARD", self.key))
            time.sleep(0.01)

    def stop(self) -> list[int]:
        self.done.set()
        self.join()
        self.redis.close()
        return self.samples


def node_metric(node: GatewayNode, series: str) -> float:
    text = httpx.get(f"http://127.0.0.1:{node.metrics_port}/metrics", trust_env=False).text
    match = re.search(r"^" + re.escape(series) + r" (\S+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def worker_pids(node: GatewayNode) -> set[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(node.process.pid)], capture_output=True, text=True,
                         check=True)
    return {int(p) for p in out.stdout.split()}


def of_workers(leases: dict[str, int], pids: set[int]) -> dict[str, int]:
    """The leases taken by these workers (a lease id starts with its worker's pid)."""
    return {lid: exp for lid, exp in leases.items() if int(lid.split("-", 1)[0]) in pids}


async def drive(nodes: list[GatewayNode], stack: StackHandle, path: str, seconds: float,
                during: Any = None) -> tuple[Counter[int], Counter[str]]:
    """CLIENTS closed-loop clients, each on one node, sending slow requests for `seconds` once all are
    connected; a refused client waits 100-300 ms before its next try. A client whose node died stops.
    `during`: a coroutine run alongside from then on. Returns the statuses and the transport errors
    per node URL."""
    statuses: Counter[int] = Counter()
    errors: Counter[str] = Counter()
    sessions = [aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0, ssl=stack.ssl_context()),
                                      timeout=aiohttp.ClientTimeout(total=60)) for _ in nodes]
    connected, started = asyncio.Barrier(CLIENTS), asyncio.Event()
    deadline = 0.0

    async def run_during() -> None:
        await started.wait()
        await during

    async def client(i: int) -> None:
        nonlocal deadline
        node, session = nodes[i % len(nodes)], sessions[i % len(nodes)]
        async with session.get(f"{node.base_url}/healthz") as resp:   # its TLS connection, before the run
            await resp.read()
        if await connected.wait() == 0:
            deadline = time.monotonic() + seconds
            started.set()
        await started.wait()
        while time.monotonic() < deadline:
            try:
                async with session.get(f"{node.base_url}{path}?ms={SLOW_MS}") as resp:
                    await resp.read()
                    statuses[resp.status] += 1
            except (TimeoutError, aiohttp.ClientError):
                errors[node.base_url] += 1
                return
            if resp.status == 503:
                await asyncio.sleep(random.uniform(0.1, 0.3))

    try:
        await asyncio.gather(*(client(i) for i in range(CLIENTS)), *([run_during()] if during else []))
    finally:
        for session in sessions:
            await session.close()
    return statuses, errors


def wait_until(condition: Any, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(interval)
    return True


@pytest.fixture(scope="module")
def conc_nodes(limits_stack: StackHandle, cluster_config: Path) -> Iterator[list[GatewayNode]]:
    """Three nodes of their own: the last test kills one."""
    yield from start_cluster_nodes(limits_stack, cluster_config, "conc-node")


@pytest.fixture()
def redis(redis_cluster: LocalCluster) -> Iterator[Redis]:
    client = Redis(redis_cluster)
    yield client
    client.close()


def test_three_nodes_hold_one_cap_of_30_leases(conc_nodes: list[GatewayNode], limits_stack: StackHandle,
                                               limits_upstream: UpstreamServer, redis_cluster: LocalCluster,
                                               redis: Redis) -> None:
    route = "lt_cluster_conc"
    key = lease_key(route)
    sampler = Sampler(redis_cluster, key)
    sampler.start()
    try:
        statuses, errors = asyncio.run(drive(conc_nodes, limits_stack, "/lt/cluster-conc/x", SECONDS))
    finally:
        samples = sampler.stop()
    assert set(statuses) <= {200, 503} and not errors, (statuses, errors)
    assert statuses[503] > statuses[200] > CAP, statuses                 # the cap was what refused them
    assert max(samples) == CAP, Counter(samples)                         # full, never over (Redis' count)
    assert limits_upstream.peak_in_flight["/lt/cluster-conc"] <= CAP     # and what the upstream saw
    assert sum(node_metric(n, f'edge_limit_fallback_total{{route="{route}"}}') for n in conc_nodes) == 0
    # every lease is given back once its request is done (still-held leases would be renewed forever)
    assert wait_until(lambda: redis.call("ZCARD", key) == 0, timeout=10), redis.leases(key)

    # released in the log phase, not left to expire: one request's lease is gone before its expiry
    async def one() -> tuple[int, dict[str, int]]:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=limits_stack.ssl_context())) as s:
            request = asyncio.ensure_future(s.get(f"{conc_nodes[0].base_url}/lt/cluster-conc/one?ms=1000"))
            held: dict[str, int] = {}
            while not held and not request.done():
                held = await asyncio.to_thread(redis.leases, key)
            resp = await request
            resp.release()
            return resp.status, held

    status, held = asyncio.run(one())
    assert status == 200 and len(held) == 1, (status, held)
    expiry = max(held.values())   # renewed: later still
    assert wait_until(lambda: redis.call("ZCARD", key) == 0, timeout=10)
    assert redis.now_ms() < expiry, "the lease expired instead of being released"


def test_a_killed_node_frees_its_leases_within_the_ttl(conc_nodes: list[GatewayNode], limits_stack: StackHandle,
                                                      limits_upstream: UpstreamServer, redis_cluster: LocalCluster,
                                                      redis: Redis) -> None:
    route = "lt_cluster_conc_kill"
    key = lease_key(route)
    victim = conc_nodes[-1]
    victim_pids = worker_pids(victim)
    seconds = max(SECONDS, 2 * LEASE_TTL_MS / 1000 + 4)   # the dead node's leases expire mid-run
    found: dict[str, Any] = {}

    async def kill_mid_run() -> None:
        def full_with_victim() -> bool:
            leases = redis.leases(key)
            return len(leases) == CAP and bool(of_workers(leases, victim_pids))

        assert await asyncio.to_thread(wait_until, full_with_victim, 10), redis.leases(key)
        await asyncio.to_thread(victim.stop, signal.SIGKILL)   # master and workers: kill -9
        found["killed_ms"] = await asyncio.to_thread(redis.now_ms)
        found["held"] = of_workers(await asyncio.to_thread(redis.leases, key), victim_pids)
        # the live nodes' admissions purge the dead node's leases once they expire
        found["freed"] = await asyncio.to_thread(
            wait_until, lambda: not of_workers(redis.leases(key), victim_pids), LEASE_TTL_MS / 1000 + 10)
        found["freed_at"] = len(sampler.samples)

    sampler = Sampler(redis_cluster, key)
    sampler.start()
    try:
        statuses, errors = asyncio.run(drive(conc_nodes, limits_stack, "/lt/cluster-conc-kill/x", seconds,
                                             kill_mid_run()))
    finally:
        samples = sampler.stop()
    assert victim.process.poll() is not None and not any(Path(f"/proc/{pid}").exists() for pid in victim_pids)
    assert found["held"], "the victim held no lease when killed"
    # every lease of the dead node expires at most one TTL after its death (its last renewal was before)
    assert max(found["held"].values()) <= found["killed_ms"] + LEASE_TTL_MS, (found, LEASE_TTL_MS)
    assert found["freed"], redis.leases(key)
    assert set(errors) <= {victim.base_url}, errors                      # only the dead node's clients failed
    assert set(statuses) <= {200, 503}, statuses
    assert max(samples) == CAP and samples[-1] <= CAP, Counter(samples)   # never over the cap
    # the freed slots were taken again by the two live nodes: full after the dead node's leases went
    after = samples[found["freed_at"]:]
    assert CAP in after, Counter(after)
    # the dead node's requests the upstream still worked on ended before their leases expired
    assert limits_upstream.peak_in_flight["/lt/cluster-conc-kill"] <= CAP
    assert wait_until(lambda: redis.call("ZCARD", key) == 0, timeout=10), redis.leases(key)


def test_a_hung_redis_leaves_the_node_its_local_cap(limits_stack: StackHandle, limits_redis: RedisServer) -> None:
    """The suite's own node keeps its `store: redis` state in the single test Redis: frozen (SIGSTOP), every
    request falls back to this node's local slots (the same cap), counted and logged; none fails."""
    route = "lt_cluster_conc"
    fallback = f'edge_limit_fallback_total{{route="{route}"}}'
    before = metric(limits_stack, fallback)
    limits_redis.pause(True)
    try:
        responses = asyncio.run(burst(f"{limits_stack.base_url}/lt/cluster-conc/hung?ms=3000", 2 * CAP,
                                      limits_stack.ssl_context()))
    finally:
        limits_redis.pause(False)
    statuses = Counter(r.status_code for r in responses)
    assert set(statuses) <= {200, 503} and 0 < statuses[200] <= CAP, statuses
    # every decision was local (the counters reach /metrics within a flush interval)
    assert wait_until(lambda: metric(limits_stack, fallback) - before >= 2 * CAP, timeout=10)
    assert metric(limits_stack, fallback) - before == 2 * CAP
    assert "concurrency: redis unavailable" in limits_stack.log("gateway-error")
    # a lease Redis took while frozen (its answer lost) is removed or expires: nothing stays held
    assert wait_until(lambda: limits_redis.cli("ZCARD", lease_key(route)).strip() == "0", timeout=15)
