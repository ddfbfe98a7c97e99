"""Alembic environment: async engine from DATABASE_URL, metadata from tokendealer.db.models."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from tokendealer.db.models import Base

target_metadata = Base.metadata


def run_sync(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      version_table="alembic_version_tokendealer")
    with context.begin_transaction():
        context.run_migrations()


async def run_online() -> None:
    url = os.environ.get("DATABASE_URL")
    if not url:
        raise SystemExit("DATABASE_URL is not set")
    engine = create_async_engine(url)
    async with engine.connect() as connection:
        await connection.run_sync(run_sync)
    await engine.dispose()


asyncio.run(run_online())
