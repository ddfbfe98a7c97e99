"""The deny list every Jeeves process checks on each API request: revoked jtis, disabled clients, clients'
not-before times and retired signing keys, from TokenDealer's GET /revocations feed (contract:
tokendealer/routes/revocations.py).

Jeeves cannot LISTEN on TokenDealer's database (its own role owns only its own database). Instead each
process subscribes to TokenDealer's nudges on Redis pub/sub and fetches the feed, with a cursor, as soon
as one arrives (and once on each (re)subscribe, for what was said while it was away); it still polls
every `interval` seconds, so with Redis down a change is refused within that long. When TokenDealer cannot
be reached the last known list stays in force.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import structlog
from redis.asyncio import Redis

from servicekit.tasks import cancel_and_wait

log = structlog.get_logger()

PUSH_CHANNEL = "tokendealer:revocations"  # TokenDealer's (tokendealer/services/publisher.py)
RECONNECT_MAX = 5.0  # seconds between attempts to re-subscribe, at most


class DenyList:
    def __init__(self, http: aiohttp.ClientSession, tokendealer_url: str, interval: float, timeout: float,
                 redis_url: str = "", channel: str = PUSH_CHANNEL) -> None:
        self._http, self._url = http, tokendealer_url.rstrip("/") + "/revocations"
        self.interval, self._timeout = interval, timeout
        self._redis_url, self._channel = redis_url, channel
        self._revoked: dict[str, float] = {}  # jti -> exp
        self._disabled: frozenset[str] = frozenset()
        self._not_before: dict[str, float] = {}  # client_id -> tokens issued (iat) before it are refused
        self._kids: frozenset[str] = frozenset()  # in TokenDealer's JWKS at the last poll
        self._retired_kids: set[str] = set()  # listed once, gone since: their tokens are refused
        self._cursor = 0.0
        self._healthy = True
        self._nudged = asyncio.Event()
        self.fetches = {"poll": 0, "push": 0}  # feed fetches by what started them
        self._tasks: list[asyncio.Task[None]] = []
        self._new_key_listeners: list[Callable[[], None]] = []

    def on_new_keys(self, listener: Callable[[], None]) -> None:
        """Called when the feed lists a kid it did not list before (a key was created or activated)."""
        self._new_key_listeners.append(listener)

    def refuses(self, claims: dict[str, Any]) -> bool:
        client = claims.get("client_id", claims.get("sub"))
        if claims.get("jti") in self._revoked or client in self._disabled:
            return True
        not_before = self._not_before.get(client) if isinstance(client, str) else None
        if not_before is None:
            return False
        iat = claims.get("iat")
        return isinstance(iat, bool) or not isinstance(iat, int | float) or iat < not_before

    def key_retired(self, kid: str) -> bool:
        # Only kids seen and then dropped: a brand-new key the feed has not listed yet is not refused.
        return kid in self._retired_kids

    def apply(self, feed: dict[str, Any]) -> None:
        now = time.time()
        for entry in feed.get("revoked", []):
            self._revoked[str(entry["jti"])] = float(entry["exp"])
        self._revoked = {jti: exp for jti, exp in self._revoked.items() if exp >= now}
        self._disabled = frozenset(str(c) for c in feed.get("disabled_clients", []))
        self._not_before = {str(e["client_id"]): float(e["not_before"]) for e in feed.get("clients_not_before", [])}
        if "kids" in feed:
            kids = frozenset(str(k) for k in feed["kids"])
            self._retired_kids = (self._retired_kids | (self._kids - kids)) - kids
            added, self._kids = kids - self._kids, kids
            if added:
                for listener in self._new_key_listeners:
                    listener()
        self._cursor = float(feed.get("cursor", self._cursor))

    async def poll_once(self) -> None:
        async with self._http.get(self._url, params={"since": repr(self._cursor)},
                                  timeout=aiohttp.ClientTimeout(total=self._timeout)) as resp:
            resp.raise_for_status()
            self.apply(await resp.json())

    def nudge(self) -> None:
        """Fetch the feed now (nudges while a fetch runs make one more fetch, not one each)."""
        self._nudged.set()

    async def _run(self) -> None:
        trigger = "poll"
        while True:
            self._nudged.clear()  # a nudge from now on means a change this fetch may have missed
            try:
                await self.poll_once()
                self.fetches[trigger] += 1
                if not self._healthy:
                    log.info("revocation_feed_back")
                self._healthy = True
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep the last list; say so once per outage, not per poll
                if self._healthy:
                    log.warning("revocation_feed_unavailable", error=type(exc).__name__)
                self._healthy = False
            try:
                await asyncio.wait_for(self._nudged.wait(), self.interval)
                trigger = "push"
            except TimeoutError:
                trigger = "poll"

    async def _subscribe(self) -> None:
        """One SUBSCRIBE connection per process; reconnects with backoff while the poll goes on."""
        backoff, failing = 0.1, False
        while True:
            redis = Redis.from_url(self._redis_url, socket_connect_timeout=2.0, health_check_interval=10)
            try:
                async with redis.pubsub(ignore_subscribe_messages=True) as pubsub:
                    await pubsub.subscribe(self._channel)
                    self.nudge()  # what was published while not subscribed
                    if failing:
                        log.info("revocation_push_back")
                    backoff, failing = 0.1, False
                    while True:
                        # a timeout, not a blocking listen(): each call also runs the health-check PING
                        message = await pubsub.get_message(timeout=1.0)
                        if message is not None and message.get("type") == "message":
                            self.nudge()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not failing:
                    log.warning("revocation_push_unavailable", error=type(exc).__name__)
                failing = True
            finally:
                with contextlib.suppress(Exception):
                    await redis.aclose()
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, RECONNECT_MAX)

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._run())]
        if self._redis_url:
            self._tasks.append(asyncio.create_task(self._subscribe()))

    async def stop(self) -> None:
        await cancel_and_wait(self._tasks)
