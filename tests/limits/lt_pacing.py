"""Clients for the limiter tests: requests sent at a steady rate, or all at once, over real TLS."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx


@dataclass
class Run:
    statuses: Counter[int] = field(default_factory=Counter)
    first_sent: float = 0.0
    last_sent: float = 0.0

    @property
    def span(self) -> float:
        return self.last_sent - self.first_sent

    def admitted(self) -> int:
        return self.statuses[200]


async def paced(url_for: Callable[[int], str], rate: float, duration: float, context: ssl.SSLContext,
                connections: int = 16, headers: dict[str, str] | None = None) -> Run:
    """Send rate*duration GETs at a steady pace (request i at start + i/rate), whatever the answers."""
    run = Run()
    total = int(rate * duration)
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(verify=context, trust_env=False, limits=limits, timeout=10.0,
                                 headers=headers) as client:

        async def one(i: int) -> None:
            resp = await client.get(url_for(i))
            run.statuses[resp.status_code] += 1

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
