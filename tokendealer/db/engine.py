"""One async engine per process, and the channel that tells every process a client or key changed."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker, create_async_engine

from servicekit.dependencies import ENGINE_TIMEOUTS

# NOTIFY payloads on this channel: "client:<id>", "keys", "revoked:<jti>".
CHANGES_CHANNEL = "tokendealer_changes"


def make_engine(database_url: str) -> AsyncEngine:
    return create_async_engine(database_url, pool_size=5, max_overflow=5, pool_pre_ping=True, **ENGINE_TIMEOUTS)


def sessionmaker(engine: AsyncEngine) -> async_sessionmaker:  # type: ignore[type-arg]
    return async_sessionmaker(engine, expire_on_commit=False)


async def notify(conn: AsyncConnection, payload: str) -> None:
    """Sent inside the writer's transaction: delivered to listeners only if it commits."""
    await conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANGES_CHANNEL, "payload": payload})


def asyncpg_dsn(database_url: str) -> str:
    return database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
