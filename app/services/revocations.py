"""The deny list every Jeeves process checks on each API request: revoked jtis, disabled clients and
retired signing keys, kept fresh by polling TokenDealer's GET /revocations (contract:
tokendealer/routes/revocations.py).

Jeeves cannot LISTEN on TokenDealer's database (its own role owns only its own database), so the feed is
polled, with a cursor, every `interval` seconds: a revocation is refused here within about that long.
When TokenDealer cannot be reached the last known list stays in force.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import structlog

log = structlog.get_logger()


class DenyList:
    def __init__(self, http: aiohttp.ClientSession, tokendealer_url: str, interval: float, timeout: float) -> None:
        self._http, self._url = http, tokendealer_url.rstrip("/") + "/revocations"
        self.interval, self._timeout = interval, timeout
        self._revoked: dict[str, float] = {}  # jti -> exp
        self._disabled: frozenset[str] = frozenset()
        self._kids: frozenset[str] = frozenset()  # in TokenDealer's JWKS at the last poll
        self._retired_kids: set[str] = set()  # listed once, gone since: their tokens are refused
        self._cursor = 0.0
        self._healthy = True
        self._task: asyncio.Task[None] | None = None
        self._new_key_listeners: list[Callable[[], None]] = []

    def on_new_keys(self, listener: Callable[[], None]) -> None:
        """Called when the feed lists a kid it did not list before (a key was created or activated)."""
        self._new_key_listeners.append(listener)

    def refuses(self, claims: dict[str, Any]) -> bool:
        return claims.get("jti") in self._revoked or claims.get("client_id", claims.get("sub")) in self._disabled

    def key_retired(self, kid: str) -> bool:
        # Only kids seen and then dropped: a brand-new key the feed has not listed yet is not refused.
        return kid in self._retired_kids

    def apply(self, feed: dict[str, Any]) -> None:
        now = time.time()
        for entry in feed.get("revoked", []):
            self._revoked[str(entry["jti"])] = float(entry["exp"])
        self._revoked = {jti: exp for jti, exp in self._revoked.items() if exp >= now}
        self._disabled = frozenset(str(c) for c in feed.get("disabled_clients", []))
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

    async def _run(self) -> None:
        while True:
            try:
                await self.poll_once()
                if not self._healthy:
                    log.info("revocation_feed_back")
                self._healthy = True
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep the last list; say so once per outage, not per poll
                if self._healthy:
                    log.warning("revocation_feed_unavailable", error=type(exc).__name__)
                self._healthy = False
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
