from quart import Blueprint

from app import runtime
from servicekit.dependencies import readiness

bp = Blueprint("health", __name__)


@bp.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok", "service": "jeeves"}


@bp.get("/readyz")
async def readyz():  # type: ignore[no-untyped-def]
    """503 naming `postgres` while the database is away (the edge's /readyz can probe this)."""
    return await readiness("jeeves", runtime.current().deps.engine)
