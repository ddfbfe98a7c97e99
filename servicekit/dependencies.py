"""Degraded answers when PostgreSQL is away: which errors mean "dependency unavailable" (503 with
Retry-After, not a 500), the bounded timeouts of every engine, and the readiness probe."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

RETRY_AFTER_SECONDS = 5
PROBE_TIMEOUT = 2.0
# Every wait on the database is bounded well below the edge's upstream read timeout: a pool slot
# (pool_timeout), a connection (asyncpg connect timeout) and each statement (command_timeout).
ENGINE_TIMEOUTS: dict[str, Any] = {"pool_timeout": 5, "connect_args": {"timeout": 3, "command_timeout": 10}}
# SQLSTATE classes that mean the server, not the query: 08 connection exception, 57 operator
# intervention (admin shutdown, cannot connect now), 53 insufficient resources (too many connections).
_UNAVAILABLE_SQLSTATE = ("08", "57", "53")


def _causes(exc: BaseException | None) -> list[BaseException]:
    chain: list[BaseException] = []
    while exc is not None and exc not in chain and len(chain) < 20:
        chain.append(exc)
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return chain


def is_unavailable(exc: BaseException) -> bool:
    """True when the error says the database could not be reached or answered in time."""
    for cause in _causes(exc):
        if isinstance(cause, ConnectionError | TimeoutError | socket.gaierror | sa_exc.TimeoutError):
            return True
        if isinstance(cause, sa_exc.DBAPIError) and cause.connection_invalidated:
            return True
        sqlstate = getattr(cause, "sqlstate", None)
        if isinstance(sqlstate, str) and sqlstate[:2] in _UNAVAILABLE_SQLSTATE:
            return True
        if type(cause).__name__ in ("ConnectionDoesNotExistError", "InterfaceError") and "closed" in str(cause):
            return True
    return False


async def postgres_up(engine: AsyncEngine) -> bool:
    try:
        async with asyncio.timeout(PROBE_TIMEOUT), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True
    except Exception:  # any failure is "down"; the reason is in the service's own error logs
        return False


async def readiness(service: str, engine: AsyncEngine) -> tuple[dict[str, Any], int, dict[str, str]]:
    """GET /readyz: 200 when every dependency answers, else 503 naming the ones that do not."""
    dependencies = {"postgres": "up" if await postgres_up(engine) else "down"}
    down = [name for name, state in dependencies.items() if state != "up"]
    if not down:
        return {"status": "ready", "service": service, "dependencies": dependencies}, 200, {}
    return ({"status": "unavailable", "error": "dependency_unavailable", "message": f"unavailable: {', '.join(down)}",
             "service": service, "dependencies": dependencies}, 503,
            {"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"})
