"""LISTEN for changes made by other processes (CLI, other workers) and refresh the in-memory caches.

A periodic full refresh backs the notifications up: a missed NOTIFY (listener reconnecting) costs at
most one refresh interval of staleness.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import structlog

from servicekit.tasks import cancel_and_wait
from tokendealer.db.engine import CHANGES_CHANNEL, asyncpg_dsn

log = structlog.get_logger()


class ChangeListener:
    def __init__(self, database_url: str, on_payload: Callable[[str], Awaitable[None]],
                 full_refresh: Callable[[], Awaitable[None]], interval: float,
                 on_listening: Callable[[], Awaitable[None]] | None = None) -> None:
        self._dsn = asyncpg_dsn(database_url)
        self._on_payload = on_payload
        self._full_refresh = full_refresh
        self._on_listening = on_listening or full_refresh  # catch up on anything missed while not listening
        self._interval = interval
        self._tasks: list[asyncio.Task[None]] = []
        self._pending: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._listen()), asyncio.create_task(self._periodic())]

    async def stop(self) -> None:
        await cancel_and_wait(self._tasks)

    def _callback(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        task = asyncio.create_task(self._handle(payload))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _handle(self, payload: str) -> None:
        try:
            await self._on_payload(payload)
        except Exception as exc:  # a failed refresh must not kill the listener; the periodic one retries
            log.warning("change_refresh_failed", payload=payload[:100], error=type(exc).__name__)

    async def _listen(self) -> None:
        while True:
            conn = None
            try:
                conn = await asyncpg.connect(self._dsn)
                closed = asyncio.Event()
                conn.add_termination_listener(lambda _conn, ev=closed: ev.set())
                await conn.add_listener(CHANGES_CHANNEL, self._callback)
                await self._on_listening()
                await closed.wait()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("change_listener_down", error=type(exc).__name__)
            finally:
                if conn is not None and not conn.is_closed():
                    with contextlib.suppress(Exception):
                        await conn.close(timeout=2)
            await asyncio.sleep(1.0)

    async def _periodic(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self._full_refresh()
            except Exception as exc:
                log.warning("periodic_refresh_failed", error=type(exc).__name__)
