from quart import Blueprint

from servicekit.dependencies import readiness
from tokendealer.runtime import current

bp = Blueprint("health", __name__)


@bp.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok", "service": "tokendealer"}


@bp.get("/readyz")
async def readyz():  # type: ignore[no-untyped-def]
    """503 naming `postgres` while the database is away (the edge's /readyz can probe this)."""
    return await readiness("tokendealer", current().engine)
