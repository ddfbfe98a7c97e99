"""GET /revocations?since=<cursor>: the feed the edge polls for its deny list (service port only,
never routed at the edge, like /admin-api).

Answer: {"cursor": str, "jtis": [{"jti", "exp"}], "clients": [{"client_id"}], "keys_version": str}
- jtis: unexpired revoked token ids, all of them without `since`, else those revoked after it;
- clients: every disabled client (the whole set each time: re-enabling one removes it);
- keys_version: the ETag of the JWKS this process serves; when it moves, verifiers re-read the JWKS.
The cursor is the database's clock less OVERLAP: a revocation whose transaction began before a poll
and committed after it is still sent on the next one (the edge applies repeats idempotently).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from quart import Blueprint
from quart import request as quart_request
from sqlalchemy import func, select

from tokendealer.db.models import Client, RevokedToken
from tokendealer.errors import InvalidRequest
from tokendealer.runtime import current

bp = Blueprint("revocations", __name__)

# Longer than any revoke transaction (an insert and a NOTIFY) takes to commit.
OVERLAP = timedelta(seconds=5)
MAX_CURSOR_US = 2**62


def _since(raw: str | None) -> datetime | None:
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or len(raw) > 19 or int(raw) > MAX_CURSOR_US:
        raise InvalidRequest("since must be a cursor returned by this endpoint")
    return datetime.fromtimestamp(int(raw) / 1_000_000, UTC)


@bp.get("/revocations")
async def revocations() -> dict[str, Any]:
    since = _since(quart_request.args.get("since"))
    runtime = current()
    async with runtime.engine.connect() as conn:
        now: datetime = (await conn.execute(select(func.clock_timestamp()))).scalar_one()
        query = select(RevokedToken.jti, RevokedToken.expires_at).where(RevokedToken.expires_at > now)
        if since is not None:
            query = query.where(RevokedToken.revoked_at > since - OVERLAP)
        jtis = (await conn.execute(query)).all()
        disabled = (await conn.execute(select(Client.client_id).where(Client.active.is_(False)))).scalars().all()
    return {
        "cursor": str(int(now.timestamp() * 1_000_000)),
        "jtis": [{"jti": jti, "exp": int(exp.timestamp())} for jti, exp in jtis],
        "clients": [{"client_id": client_id} for client_id in disabled],
        "keys_version": runtime.keys.jwks_etag,
    }
