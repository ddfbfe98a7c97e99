"""`@require_scope("read")`: Bearer JWT from TokenDealer, verified in the app (RFC 6750 errors)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any, TypeVar

import structlog
from quart import g, request

from app import runtime
from app.services.jwks import InvalidToken, KeysUnavailable
from servicekit.errors import APIError

log = structlog.get_logger()
F = TypeVar("F", bound=Callable[..., Awaitable[Any]])
REALM = 'Bearer realm="jeeves"'


def require_scope(scope: str) -> Callable[[F], F]:
    def decorate(handler: F) -> F:
        @wraps(handler)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            header = request.headers.get("Authorization", "")
            kind, _, token = header.partition(" ")
            if kind.lower() != "bearer" or not token.strip():
                raise APIError(401, "missing_token", "a Bearer access token is required",
                               {"WWW-Authenticate": REALM})
            try:
                principal = await runtime.current().verifier.verify(token.strip())
            except InvalidToken as exc:
                log.info("api_token_rejected", reason=str(exc))
                raise APIError(401, "invalid_token", "the access token is invalid or expired",
                               {"WWW-Authenticate": f'{REALM}, error="invalid_token"'}) from exc
            except KeysUnavailable as exc:
                log.warning("api_jwks_unavailable", error=str(exc))
                raise APIError(503, "auth_unavailable", "token keys cannot be fetched right now",
                               {"Retry-After": "5"}) from exc
            if scope not in principal.scopes:
                raise APIError(403, "insufficient_scope", f"this call needs the {scope!r} scope",
                               {"WWW-Authenticate": f'{REALM}, error="insufficient_scope", scope="{scope}"'})
            g.principal = principal
            return await handler(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
