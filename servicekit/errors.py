"""One JSON error shape for every status a service answers: {"error", "message", "request_id"}.

Handlers cover every HTTPException and any unexpected exception (a 500 without a stack trace), so
malformed input never produces HTML or a traceback.
"""

from __future__ import annotations

from typing import Any

import structlog
from quart import Quart, Response, g, jsonify
from werkzeug.exceptions import HTTPException

from servicekit.dependencies import RETRY_AFTER_SECONDS, is_unavailable

log = structlog.get_logger()


class APIError(Exception):
    """Raise from handlers to answer with a JSON error; `code` is a stable machine-readable name."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        self.extra = extra


def _code_for(exc: HTTPException) -> str:
    return (exc.name or "error").lower().replace(" ", "_").replace("'", "")


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None,
                   **extra: Any) -> Response:
    body: dict[str, Any] = {"error": code, "message": message, **extra}
    rid = g.get("request_id") if g else None
    if rid:
        body["request_id"] = rid
    response = jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def register(app: Quart) -> None:
    @app.errorhandler(APIError)
    async def api_error(exc: APIError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.headers, **exc.extra)

    @app.errorhandler(HTTPException)
    async def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        headers = {}
        if status == 405 and exc.get_response().headers.get("Allow"):
            headers["Allow"] = exc.get_response().headers["Allow"]
        if status == 413:  # the unread body ends the connection: say so, or the client reuses it and loses a request
            headers["Connection"] = "close"
        return error_response(status, _code_for(exc), exc.description or exc.name, headers)

    @app.errorhandler(Exception)
    async def unexpected(exc: Exception) -> Response:
        if is_unavailable(exc):  # PostgreSQL away: the client may retry; nothing to debug here
            log.warning("dependency_unavailable", dependency="postgres", error=type(exc).__name__)
            return error_response(503, "service_unavailable", "a dependency is unavailable; retry later",
                                  {"Retry-After": str(RETRY_AFTER_SECONDS)})
        log.exception("unhandled_error", error=type(exc).__name__)
        return error_response(500, "internal_error", "the service hit an unexpected error")
