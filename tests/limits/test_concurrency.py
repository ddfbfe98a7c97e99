"""Concurrency limiting at the real edge: slots are released exactly once whatever ends a request
(client abort, upstream timeout, worker killed), queueing is bounded."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import ssl
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import aiohttp
import httpx
import pytest
from limits_support import metric
from lt_pacing import burst
from lt_upstream import UpstreamServer
from stackctl import StackHandle

pytestmark = pytest.mark.stack


def inflight(stack: StackHandle, route: str) -> float:
    return metric(stack, f'edge_limit_inflight{{route="{route}",limit="route"}}')


def wait_for_zero(stack: StackHandle, route: str, timeout: float = 10) -> float:
    """The gauge once it reads 0 across a publication (worker 0 republishes it every second)."""
    deadline = time.monotonic() + timeout
    value = inflight(stack, route)
    while time.monotonic() < deadline:
        if value == 0:
            time.sleep(1.2)
            value = inflight(stack, route)
            if value == 0:
                return value
        else:
            time.sleep(0.1)
            value = inflight(stack, route)
    return value


async def aborted_requests(stack: StackHandle, upstream: UpstreamServer, count: int,
                           parallel: int) -> list[str]:
    """Send a slow request, then drop the TCP connection mid-flight (before any answer): every other
    one at a random moment (wherever nginx is with it), the rest once the upstream has it (or the edge
    has answered), so with its slot held. Returns the paths of the latter: nginx surely read them."""
    # These clients only need to reach nginx: skip certificate checks to spend CPU on the edge.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    gate = asyncio.Semaphore(parallel)
    port = stack.ports["https"]

    async def one(i: int) -> None:
        path = f"/lt/leak/abort-{i}"
        async with gate:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context,
                                                           server_hostname="localhost")
            writer.write(f"GET {path}?ms=3000 HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
            await writer.drain()
            if i % 2:
                await asyncio.sleep(random.uniform(0.005, 0.05))
            else:
                answer = asyncio.ensure_future(reader.read(1))   # a refusal (503) ends the wait too
                while not upstream.arrivals.get(path) and not answer.done():
                    await asyncio.wait({answer}, timeout=0.005)   # the upstream's thread records arrivals
                answer.cancel()
            writer.transport.abort()

    await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(count))), timeout=300)
    return [f"/lt/leak/abort-{i}" for i in range(0, count, 2)]


def leak_lines(stack: StackHandle, wanted: Callable[[str], bool], count: int) -> list[dict[str, Any]]:
    """The edge's access-log lines of route lt_leak whose path is wanted, once there are `count`."""
    def matching(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [line for line in lines if line["route"] == "lt_leak" and wanted(line["path"])]

    return matching(stack.access_log_until(lambda lines: len(matching(lines)) >= count))


def proxied(line: dict[str, Any]) -> bool:
    """The edge passed the request on (it had its slot): a refusal never names an upstream."""
    return bool(line["upstream"])


def leak_decisions(stack: StackHandle) -> dict[str, float]:
    return {d: metric(stack, f'edge_limit_decisions_total{{route="lt_leak",limit="route",decision="{d}"}}')
            for d in ("allowed", "rejected")}


async def hold_every_slot(stack: StackHandle, count: int) -> tuple[dict[str, float], int, list[int]]:
    """`count` requests that each take a slot and keep it: they announce a body and send none yet, so
    the edge, past its access phase, waits for it. Once the edge has decided them all: its decisions
    on them, its answer to one more request, then (bodies sent) their statuses."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    port = stack.ports["https"]
    before = await asyncio.to_thread(leak_decisions, stack)

    async def open_one(i: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context, server_hostname="localhost")
        writer.write(f"POST /lt/leak/held-{i} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\n"
                     "Connection: close\r\n\r\n".encode())
        await writer.drain()
        return reader, writer

    held = await asyncio.gather(*(open_one(i) for i in range(count)))
    # Waiting on the edge's own counts, not a clock (its client_body_timeout, 60 s, is far off).
    deadline = time.monotonic() + 45
    while sum((await asyncio.to_thread(leak_decisions, stack)).values()) - sum(before.values()) < count:
        assert time.monotonic() < deadline, "the edge never decided every request"
        await asyncio.sleep(0.1)
    after = await asyncio.to_thread(leak_decisions, stack)
    decided = {d: after[d] - before[d] for d in after}
    async with httpx.AsyncClient(verify=stack.ssl_context(), trust_env=False, timeout=15) as client:
        one_more = (await client.get(f"{stack.base_url}/lt/leak/one-more")).status_code
    for _, writer in held:
        writer.write(b"x")

    async def status_of(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
        try:
            return int((await reader.readline()).split()[1])
        except (ConnectionError, IndexError):
            return 0   # no answer
        finally:
            writer.close()

    return decided, one_more, list(await asyncio.gather(*(status_of(*pair) for pair in held)))


async def timed_out_requests(stack: StackHandle, count: int, parallel: int) -> list[int]:
    # aiohttp: its pool stays cheap with hundreds of waiting requests (httpx's does not).
    connector = aiohttp.TCPConnector(limit=parallel, ssl=stack.ssl_context())
    async with aiohttp.ClientSession(base_url=stack.base_url, connector=connector) as session:

        async def one() -> int:
            async with session.get("/lt/leak/timeout?ms=2000") as resp:
                await resp.read()
                return resp.status

        return list(await asyncio.gather(*(one() for _ in range(count))))


def test_aborted_and_timed_out_requests_leave_no_slot_behind(limits_stack: StackHandle,
                                                              limits_upstream: UpstreamServer) -> None:
    held = asyncio.run(aborted_requests(limits_stack, limits_upstream, 2000, 100))
    assert wait_for_zero(limits_stack, "lt_leak") == 0
    statuses = asyncio.run(timed_out_requests(limits_stack, 500, 100))
    assert statuses.count(504) == 500, {s: statuses.count(s) for s in set(statuses)}
    assert wait_for_zero(limits_stack, "lt_leak") == 0
    # The proof: the full limit (120) is available again, all at once. 120 requests each take a slot
    # and keep it (the edge waits for their bodies): the edge admits all 120 and refuses one more.
    decided, one_more, statuses = asyncio.run(hold_every_slot(limits_stack, 120))
    assert decided == {"allowed": 120, "rejected": 0}, decided
    assert one_more == 503
    # Admitted, they end 200 or, on a loaded machine where the test upstream answers late, 504 by
    # this route's 300 ms read timeout.
    assert set(statuses) <= {200, 504}, Counter(statuses)
    assert wait_for_zero(limits_stack, "lt_leak") == 0
    # Each request aborted while holding its slot was admitted (proxied) and ended at the edge: by the
    # abort (499) or, when the edge is slow to notice it, by the route's 300 ms read timeout (504); the
    # gauge above shows both released their slot. Aborts are what nginx saw for some (499).
    endings = leak_lines(limits_stack, set(held).__contains__, len(held))
    assert sorted(line["path"] for line in endings) == sorted(held)
    assert all(proxied(line) and line["status"] in (499, 504) for line in endings), Counter(
        (line["status"], proxied(line)) for line in endings)
    assert 499 in {line["status"] for line in endings}


def test_queue_waits_for_a_slot_then_rejects_with_503_when_full(limits_stack: StackHandle) -> None:
    # max 2 in flight per ip, 2 more may wait up to 2 s: of 5 at once, 4 succeed, 1 is refused at once.
    responses = asyncio.run(burst(f"{limits_stack.base_url}/lt/queue/x?ms=600", 5, limits_stack.ssl_context()))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 200, 200, 200, 503]
    refused = next(r for r in responses if r.status_code == 503)
    assert refused.headers["Retry-After"] == "2"
    assert refused.json()["error"] == "too_many_in_flight"
    def queued(lines: list[dict]) -> int:  # type: ignore[type-arg]
        return sum(line["route"] == "lt_queue" and "concurrency=queued" in line["decisions"] for line in lines)

    assert queued(limits_stack.access_log_until(lambda lines: queued(lines) >= 2)) == 2


def nginx_workers(stack: StackHandle) -> list[int]:
    master = stack.pid("nginx")
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True, check=True)
    return [int(p) for p in out.stdout.split()]


def test_slots_of_a_killed_worker_are_returned(limits_stack: StackHandle) -> None:
    # Workers killed with requests in flight never runs their log phase; the survivors' sweeper
    # gives its slots back (the lua-resty-limit-traffic #73 / APISIX #12823 failure mode).
    async def hold() -> list[int]:
        limits = httpx.Limits(max_connections=30, max_keepalive_connections=30)
        async with httpx.AsyncClient(base_url=limits_stack.base_url, verify=limits_stack.ssl_context(),
                                     trust_env=False, limits=limits, timeout=15) as client:
            async def one() -> int:
                try:
                    return (await client.get("/lt/crash/x?ms=3000")).status_code
                except httpx.HTTPError:
                    return 0   # its worker was killed

            task = asyncio.gather(*(one() for _ in range(30)))
            deadline = time.monotonic() + 5
            while await asyncio.to_thread(metric, limits_stack,
                                          'edge_limit_inflight{route="lt_crash",limit="route"}') < 30:
                assert time.monotonic() < deadline, "slots never all taken"
                await asyncio.sleep(0.05)
            for pid in nginx_workers(limits_stack):   # connections may sit on either worker
                os.kill(pid, signal.SIGKILL)
            return list(await task)

    statuses = asyncio.run(hold())
    assert 0 in statuses, statuses      # some requests died with the worker
    assert wait_for_zero(limits_stack, "lt_crash") == 0
    responses = asyncio.run(burst(f"{limits_stack.base_url}/lt/crash/again", 40, limits_stack.ssl_context()))
    assert [r.status_code for r in responses] == [200] * 40




def test_graceful_reload_with_requests_in_flight_returns_every_slot(limits_stack: StackHandle) -> None:
    async def reload_mid_flight() -> list[int]:
        limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)
        async with httpx.AsyncClient(base_url=limits_stack.base_url, verify=limits_stack.ssl_context(),
                                     trust_env=False, limits=limits, timeout=15) as client:
            task = asyncio.gather(*(client.get("/lt/crash/reload?ms=2500") for _ in range(20)))
            deadline = time.monotonic() + 5
            while await asyncio.to_thread(inflight, limits_stack, "lt_crash") < 20:
                assert time.monotonic() < deadline, "slots never all taken"
                await asyncio.sleep(0.05)
            result = await asyncio.to_thread(limits_stack.gateway, "reload")
            assert result.returncode == 0, result.stderr
            return [r.status_code for r in await task]

    assert asyncio.run(reload_mid_flight()) == [200] * 20   # old workers finish what they started
    assert wait_for_zero(limits_stack, "lt_crash") == 0
    responses = asyncio.run(burst(f"{limits_stack.base_url}/lt/crash/after-reload", 40, limits_stack.ssl_context()))
    assert [r.status_code for r in responses] == [200] * 40
