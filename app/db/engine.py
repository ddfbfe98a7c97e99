"""One pooled async engine per process (asyncpg); sessions are short and explicit."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from servicekit.dependencies import ENGINE_TIMEOUTS


def make_engine(url: str, pool_size: int = 10) -> AsyncEngine:
    if not url:
        raise RuntimeError("DATABASE_URL is not set")
    # pre_ping: a restarted PostgreSQL must not surface as a 500 on the first request after it.
    return create_async_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True,
                               pool_recycle=1800, **ENGINE_TIMEOUTS)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
