"""Clients for the limiter tests: requests sent at a steady rate, or all at once, over real TLS."""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

# The edge's own request id ends with nginx's $msec when the request was handled (edge_locations.j2):
# the server-side clock of every answer, admitted or refused, to the millisecond.
SERVER_MSEC = re.compile(r"-(\d+\.\d{3})-\d+-\d+$")


@dataclass
class Run:
    statuses: Counter[int] = field(default_factory=Counter)
    first_sent: float = 0.0
    last_sent: float = 0.0
    server_times: list[float] = field(default_factory=list)

    @property
    def span(self) -> float:
        """Seconds between the client's first and last send: what the client meant to offer."""
        return self.last_sent - self.first_sent

    def admitted(self) -> int:
        return self.statuses[200]

    def server_span(self) -> float:
        """Seconds between the first and last request as the edge handled them (its clock)."""
        return max(self.server_times) - min(self.server_times)


def server_time_of(request_id: str) -> float:
    """When the edge handled a request, from the request id it gave it."""
    match = SERVER_MSEC.search(request_id)
    assert match, f"not an edge request id: {request_id!r}"
    return float(match.group(1))


async def paced(url_for: Callable[[int], str], rate: float, duration: float, context: ssl.SSLContext,
                connections: int = 16, headers: dict[str, str] | None = None) -> Run:
    """Send rate*duration GETs at a steady pace (request i at start + i/rate), whatever the answers."""
    run = Run()
    total = int(rate * duration)
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    # No pool timeout and a generous one to connect: on a starved machine requests wait their turn and
    # TLS handshakes crawl; the edge is judged on when they reached it.
    timeout = httpx.Timeout(30.0, pool=None)
    async with httpx.AsyncClient(verify=context, trust_env=False, limits=limits, timeout=timeout,
                                 headers=headers) as client:

        async def one(i: int) -> None:
            resp = await client.get(url_for(i))
            run.statuses[resp.status_code] += 1
            run.server_times.append(server_time_of(resp.headers.get("X-Request-Id", "")))

        tasks = []
        start = time.monotonic() + 0.2
        for i in range(total):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            now = time.monotonic()
            if i == 0:
                run.first_sent = now
            run.last_sent = now
            tasks.append(asyncio.create_task(one(i)))
        await asyncio.gather(*tasks)
    return run


async def burst(url: str, count: int, context: ssl.SSLContext,
                headers: dict[str, str] | None = None) -> list[httpx.Response]:
    """`count` requests at once, each on its own connection (connections opened first)."""
    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)
    async with httpx.AsyncClient(verify=context, trust_env=False, limits=limits, timeout=15.0,
                                 headers=headers) as client:
        return list(await asyncio.gather(*(client.get(url) for _ in range(count))))


def expected_admitted(rate: float, burst_size: int, span: float) -> float:
    """GCRA / nginx limit_req: burst + 1 at once, then one per 1/rate over the sending span."""
    return burst_size + 1 + rate * span


def reference_admits(rate: float, burst_size: int, arrivals: list[float]) -> int:
    """How many of these arrivals an exact GCRA (nginx limit_req, nodelay) admits: the oracle for the
    edge's decisions on the requests as the edge received them. A client starved of CPU sends late
    and in clumps; the edge must be judged on what reached it, not on what the client meant to send."""
    interval, tolerance = 1 / rate, burst_size / rate
    tat, admitted = float("-inf"), 0
    for t in sorted(arrivals):
        tat = max(tat, t)
        if tat - t <= tolerance + 1e-9:
            admitted += 1
            tat += interval
    return admitted


def assert_exact(run: Run, rate: float, burst_size: int) -> None:
    """The edge admitted what an exact GCRA admits of the requests it received (within 1%), of which
    enough came too fast (else a limiter admitting them all would pass too)."""
    expected = reference_admits(rate, burst_size, run.server_times)
    offered = len(run.server_times)
    assert expected <= 0.8 * offered, f"the limit was hardly pressed: {expected} of {offered} admissible"
    assert abs(run.admitted() - expected) <= 0.01 * expected, (
        run.statuses, expected, f"client span {run.span:.2f}s, edge span {run.server_span():.2f}s")
