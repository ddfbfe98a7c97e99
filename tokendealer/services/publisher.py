"""Nudges on Redis pub/sub when what GET /revocations reports changes (a token revoked, a client changed,
the key set changed), so the edge and Jeeves fetch the feed at once instead of at their fallback poll.

Hangs off the PostgreSQL NOTIFY every TokenDealer process receives (CLI and admin API writes alike), so
each process publishes each change once: with several processes a consumer gets a few nudges per change,
and coalesces them. A message carries no state, only {"change": kind, "cursor": unix time}: a feed
fetched after that time reflects the change. The feed stays the single source of truth, which is why a
lost message (Redis down) costs no more than one fallback poll interval.
"""

from __future__ import annotations

import json
import time

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = structlog.get_logger()

CHANNEL = "tokendealer:revocations"
TIMEOUT = 1.0  # a stopped Redis must not hold a change's processing for longer


class NudgePublisher:
    def __init__(self, redis_url: str, channel: str = CHANNEL) -> None:
        self.channel = channel
        self._redis = (Redis.from_url(redis_url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT)
                       if redis_url else None)
        self._healthy = True
        if self._redis is None:
            log.warning("revocation_push_disabled", reason="REDIS_URL is not set")

    async def publish(self, change: str) -> None:
        """Never raises: consumers fall back to polling the feed when no nudge reaches them."""
        if self._redis is None:
            return
        message = json.dumps({"change": change, "cursor": time.time()})
        try:
            await self._redis.publish(self.channel, message)
        except (RedisError, OSError) as exc:
            if self._healthy:  # once per outage, not per change
                log.warning("revocation_push_unavailable", error=type(exc).__name__)
            self._healthy = False
            return
        if not self._healthy:
            log.info("revocation_push_back")
        self._healthy = True

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
