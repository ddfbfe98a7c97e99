"""The gate's load driver: asyncio + one aiohttp session, closed-loop virtual users or paced senders.

Every request becomes a Sample (start offset, scenario, status, latency); status 0 means a transport
error (connect refused, timeout, reset). Bounded by wall-clock duration, loopback only.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass

import aiohttp

from loadtests.scenarios import Context, RequestSpec, build
from loadtests.target import Target

REQUEST_TIMEOUT_S = 10.0


@dataclass(slots=True, frozen=True)
class Sample:
    start: float        # seconds since the phase began
    scenario: str
    status: int         # 0: transport error
    latency: float      # seconds
    group: str = "all"  # e.g. "legit" / "flood" in the abuse run


def session(target: Target) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=0, ssl=target.ssl_context() or False)
    # trust_env=False: proxies from the environment must never carry loopback load.
    return aiohttp.ClientSession(base_url=target.base_url, connector=connector, trust_env=False,
                                 timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S))


async def send(http: aiohttp.ClientSession, spec: RequestSpec) -> int:
    try:
        async with http.request(spec.method, spec.path, headers=spec.headers, data=spec.body,
                                allow_redirects=False) as resp:
            await resp.read()
            return resp.status
    except (TimeoutError, aiohttp.ClientError, OSError):
        return 0


async def _closed_loop_user(http: aiohttp.ClientSession, ctx: Context, names: Sequence[str],
                            weights: Sequence[float], t0: float, until: float, out: list[Sample]) -> None:
    while (now := time.monotonic()) < until:
        name = ctx.rng.choices(names, weights)[0]
        status = await send(http, build(name, ctx))
        out.append(Sample(now - t0, name, status, time.monotonic() - now))


async def closed_loop(target: Target, mix: dict[str, float], users: int, duration: float,
                      tokens: tuple[str, ...] = (), seed: int = 1) -> list[Sample]:
    """`users` virtual users, each sending its next request as soon as the last one answered."""
    names, weights = list(mix), list(mix.values())
    out: list[Sample] = []
    async with session(target) as http:
        t0 = time.monotonic()
        until = t0 + duration
        await asyncio.gather(*(
            _closed_loop_user(http, Context(target, tokens, user=i + 1, rng=random.Random(seed * 1000 + i)),
                              names, weights, t0, until, out)
            for i in range(users)))
    return out


@dataclass(frozen=True)
class PacedGroup:
    """`keys` clients (distinct IPs) each sending `rate` requests/s of `scenario`, labelled `group`."""

    group: str
    scenario: str
    keys: int
    rate: float
    first_user: int = 1
    lanes: int = 1   # concurrent senders per key, so one slow answer does not throttle the offered rate


async def _paced_lane(http: aiohttp.ClientSession, ctx: Context, group: PacedGroup, t0: float, until: float,
                      out: list[Sample], lane: int) -> None:
    interval = group.lanes / group.rate
    next_at = t0 + ctx.rng.random() * interval + lane * interval / group.lanes
    while next_at < until:
        delay = next_at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        start = time.monotonic()
        status = await send(http, build(group.scenario, ctx))
        out.append(Sample(start - t0, group.scenario, status, time.monotonic() - start, group.group))
        # Open loop: the schedule does not wait for slow answers, but never bursts to "catch up".
        next_at = max(next_at + interval, time.monotonic())


async def paced(target: Target, groups: Sequence[PacedGroup], duration: float, tokens: tuple[str, ...] = (),
                seed: int = 1) -> list[Sample]:
    async with session(target) as http:
        return await paced_on(http, target, groups, duration, tokens, seed)


async def paced_on(http: aiohttp.ClientSession, target: Target, groups: Sequence[PacedGroup], duration: float,
                   tokens: tuple[str, ...] = (), seed: int = 1, t0: float | None = None) -> list[Sample]:
    """`paced` on a session the caller keeps open (warm keep-alive connections: no TLS handshakes the
    caller did not mean to measure). Samples' `start` is relative to `t0` (time.monotonic(); default now)."""
    out: list[Sample] = []
    t0 = time.monotonic() if t0 is None else t0
    until = t0 + duration
    tasks = []
    for group in groups:
        for k in range(group.keys):
            user = group.first_user + k
            ctx = Context(target, tokens, user=user, rng=random.Random(seed * 7919 + user), fixed_ip=True)
            tasks += [_paced_lane(http, ctx, group, t0, until, out, lane) for lane in range(group.lanes)]
    await asyncio.gather(*tasks)
    return out


async def probe(target: Target, name: str, tokens: tuple[str, ...] = ()) -> int:
    """One request of a scenario: its status (0 on transport error). Used by the gate's preflight."""
    async with session(target) as http:
        return await send(http, build(name, Context(target, tokens, user=1)))
