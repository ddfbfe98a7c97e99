from quart import Blueprint, current_app

from servicekit.dependencies import readiness

bp = Blueprint("health", __name__)


@bp.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok", "service": "jeeves"}


@bp.get("/readyz")
async def readyz():  # type: ignore[no-untyped-def]
    """503 naming `postgres` while the database is away (the edge's /readyz can probe this)."""
    return await readiness("jeeves", current_app.extensions["jeeves"].engine)
