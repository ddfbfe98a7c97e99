"""Database sessions for admin and account requests, from Jeeves' one pool per process (Runtime.deps)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession

from app import runtime


@asynccontextmanager
async def transaction() -> AsyncIterator[AsyncSession]:
    """One short transaction, committed on success, rolled back on any exception."""
    async with runtime.current().deps.sessions.begin() as session:
        yield session
