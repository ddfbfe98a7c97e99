"""The probes every service answers: /healthz (the process is up) and /readyz (503 naming `postgres`
while its database is away; the edge's /readyz can probe it)."""

from __future__ import annotations

from collections.abc import Callable

from quart import Blueprint
from sqlalchemy.ext.asyncio import AsyncEngine

from servicekit.dependencies import readiness


def health_blueprint(service: str, engine: Callable[[], AsyncEngine]) -> Blueprint:
    """The blueprint of `service`'s probes; engine() is its database engine, read per probe."""
    bp = Blueprint("health", __name__)

    @bp.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": service}

    @bp.get("/readyz")
    async def readyz():  # type: ignore[no-untyped-def]
        return await readiness(service, engine())

    return bp
