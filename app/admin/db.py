"""Database sessions for admin requests: Jeeves' shared pool (app.extensions["sessionmaker"], set by
create_app at start-up), or a small pool of the panel's own when the app runs without it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from quart import Quart, current_app
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.engine import make_engine, make_sessionmaker

OWN_POOL = "admin_db"


def init_app(app: Quart) -> None:
    @app.after_serving
    async def close_own_pool() -> None:
        own = app.extensions.pop(OWN_POOL, None)
        if own is not None:
            await own[0].dispose()


def sessionmaker() -> async_sessionmaker[AsyncSession]:
    shared = current_app.extensions.get("sessionmaker")
    if isinstance(shared, async_sessionmaker):
        return shared
    if OWN_POOL not in current_app.extensions:  # created lazily: start-up hook order does not matter
        settings = current_app.config["SETTINGS"]
        engine = make_engine(settings.database_url, pool_size=2)
        current_app.extensions[OWN_POOL] = (engine, make_sessionmaker(engine))
    return current_app.extensions[OWN_POOL][1]  # type: ignore[no-any-return]


@asynccontextmanager
async def transaction() -> AsyncIterator[AsyncSession]:
    """One short transaction, committed on success, rolled back on any exception."""
    async with sessionmaker().begin() as session:
        yield session
