from quart import Blueprint

bp = Blueprint("health", __name__)


@bp.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok", "service": "jeeves"}
