"""Revoked token ids (RFC 7009), kept in PostgreSQL until the token expires and mirrored in memory."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from tokendealer.config import MAX_TOKEN_TTL
from tokendealer.db.engine import notify
from tokendealer.db.models import Client, RevokedToken

FEED_OVERLAP = 2.0  # seconds re-sent before the cursor: a revocation that committed late is not skipped
# A client's not-before older than this matters no more: every token issued before it has expired.
NOT_BEFORE_HORIZON = timedelta(seconds=MAX_TOKEN_TTL + 300)


class RevocationList:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._revoked: dict[str, float] = {}  # jti -> exp (unix time)

    def is_revoked(self, jti: str) -> bool:
        return jti in self._revoked

    def add_local(self, jti: str, exp: float) -> None:
        self._revoked[jti] = exp

    async def revoke(self, jti: str, client_id: str, exp: float) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(insert(RevokedToken).values(
                jti=jti, client_id=client_id, expires_at=datetime.fromtimestamp(exp, UTC)
            ).on_conflict_do_nothing(index_elements=["jti"]))
            await notify(conn, f"revoked:{jti}:{int(exp)}")
        self.add_local(jti, exp)

    async def refresh(self) -> None:
        """Reload the unexpired ids and purge the expired ones (they fail verification on exp anyway)."""
        now = datetime.now(UTC)
        async with self._engine.begin() as conn:
            await conn.execute(delete(RevokedToken).where(RevokedToken.expires_at < now))
            rows = (await conn.execute(select(RevokedToken.jti, RevokedToken.expires_at))).all()
        cutoff = time.time()
        self._revoked = {jti: exp.timestamp() for jti, exp in rows if exp.timestamp() >= cutoff}


async def feed(engine: AsyncEngine, since: float) -> dict[str, Any]:
    """GET /revocations: unexpired revoked jtis newer than `since` (unix time), every disabled client, and
    every client whose tokens_not_before may still refuse an unexpired token (the whole set each time).
    The cursor to send next time is the newest revocation's time."""
    now = datetime.now(UTC)
    after = datetime.fromtimestamp(max(0.0, since - FEED_OVERLAP), UTC)
    async with engine.connect() as conn:
        rows = (await conn.execute(select(RevokedToken.jti, RevokedToken.client_id, RevokedToken.expires_at,
                                          RevokedToken.revoked_at)
                                   .where(RevokedToken.revoked_at > after, RevokedToken.expires_at > now)
                                   .order_by(RevokedToken.revoked_at))).all()
        disabled = (await conn.execute(select(Client.client_id).where(Client.active.is_(False)))).scalars().all()
        not_before = (await conn.execute(select(Client.client_id, Client.tokens_not_before)
                                         .where(Client.tokens_not_before > now - NOT_BEFORE_HORIZON)
                                         .order_by(Client.client_id))).all()
    cursor = max([since, *(r.revoked_at.timestamp() for r in rows)])
    return {"cursor": cursor,
            "revoked": [{"jti": r.jti, "client_id": r.client_id, "exp": int(r.expires_at.timestamp())} for r in rows],
            "disabled_clients": sorted(disabled),
            # `if t` for the type checker: the WHERE clause already drops NULLs
            "clients_not_before": [{"client_id": c, "not_before": t.timestamp()} for c, t in not_before if t]}
