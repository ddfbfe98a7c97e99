"""structlog configured for one JSON object per line, carrying the request id of the edge."""

from __future__ import annotations

import logging
import sys
import uuid

import structlog
from quart import Quart, g, request

_VALID_ID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-")


def configure(service: str, level: str = "INFO") -> None:
    logging.basicConfig(stream=sys.stdout, level=level, format="%(message)s")
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(sys.stdout),
        cache_logger_on_first_use=True,
    )
    structlog.contextvars.bind_contextvars(service=service)


def _request_id(incoming: str | None) -> str:
    if incoming and 8 <= len(incoming) <= 128 and set(incoming) <= _VALID_ID:
        return incoming
    return uuid.uuid4().hex


def install_request_context(app: Quart) -> None:
    """Bind the edge's X-Request-Id (or a fresh one) to g and to every log line of the request."""

    @app.before_request
    async def bind_request_id() -> None:
        g.request_id = _request_id(request.headers.get("X-Request-Id"))
        structlog.contextvars.bind_contextvars(request_id=g.request_id)
        # The client's own id, forwarded by the edge beside its authoritative one: kept for tracing only.
        client_id = request.headers.get("X-Client-Request-Id")
        if client_id and _request_id(client_id) == client_id:
            g.client_request_id = client_id
            structlog.contextvars.bind_contextvars(client_request_id=client_id)

    @app.after_request
    async def echo_request_id(response):  # type: ignore[no-untyped-def]
        if g.get("request_id"):
            response.headers["X-Request-Id"] = g.request_id
        structlog.contextvars.unbind_contextvars("request_id", "client_request_id")
        return response
