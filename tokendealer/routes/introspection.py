"""Token checks: POST /verify_token (kept from the design this follows), POST /oauth/introspect
(RFC 7662) and POST /oauth/revoke (RFC 7009)."""

from __future__ import annotations

import json
from typing import Any

import structlog
from quart import Blueprint, Response

from tokendealer.errors import InvalidRequest, InvalidToken, OAuthError, UnsupportedTokenType
from tokendealer.oauth import authenticate_client, read_form
from tokendealer.routes.token import NO_STORE
from tokendealer.runtime import current
from tokendealer.services.tokens import TokenInvalid

bp = Blueprint("introspection", __name__)
log = structlog.get_logger()
MAX_TOKEN_CHARS = 8192


def _json(body: dict[str, Any], status: int = 200) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json", headers=NO_STORE)


def _token_param(value: str | None, name: str) -> str:
    if value is None:
        raise InvalidRequest(f"{name} is required")
    if len(value) > MAX_TOKEN_CHARS:
        raise InvalidRequest(f"{name} is too long")
    return value


async def _verified(token: str, audience: str | None) -> dict[str, Any]:
    """tokens.verify, then its client: a disabled client's tokens, and those issued before its
    tokens_not_before (a re-enabled client's old ones), are refused here as at the edge and Jeeves."""
    runtime = current()
    claims = runtime.tokens.verify(token, audience)
    client = await runtime.clients.get(str(claims["client_id"]))
    if client is None or not client.active:
        raise TokenInvalid("client disabled")
    if client.tokens_not_before is not None and claims["iat"] < client.tokens_not_before.timestamp():
        raise TokenInvalid("token revoked")
    return claims


@bp.post("/verify_token")
async def verify_token() -> Response:
    form = await read_form()
    token = _token_param(form.get("access_token"), "access_token")
    try:
        claims = await _verified(token, form.get("audience"))
    except TokenInvalid as exc:
        raise InvalidToken(str(exc), status=400) from exc
    return _json(claims)


@bp.post("/oauth/introspect")
async def introspect() -> Response:
    form = await read_form()
    caller = await authenticate_client(form, "introspect")
    token = _token_param(form.get("token"), "token")
    try:
        claims = await _verified(token, form.get("audience"))
    except TokenInvalid as exc:
        log.info("introspected", caller=caller.client_id, active=False, reason=str(exc))
        return _json({"active": False})
    log.info("introspected", caller=caller.client_id, active=True, jti=claims["jti"])
    return _json({"active": True, "token_type": "Bearer", **claims})


@bp.post("/oauth/revoke")
async def revoke() -> Response:
    runtime = current()
    form = await read_form()
    caller = await authenticate_client(form, "revoke")
    token = _token_param(form.get("token"), "token")
    if form.get("token_type_hint") == "refresh_token":
        raise UnsupportedTokenType("this server issues no refresh tokens")
    try:
        claims = runtime.tokens.verify(token, form.get("audience"))
    except TokenInvalid:
        # RFC 7009 §2.2: an invalid, expired or already revoked token is answered 200 as well.
        return _json({})
    if claims.get("client_id") != caller.client_id:
        log.info("revoke_denied", caller=caller.client_id, outcome="unauthorized_client")
        raise _NotYours("the token was issued to another client")
    await runtime.revocations.revoke(claims["jti"], caller.client_id, float(claims["exp"]))
    log.info("token_revoked", client_id=caller.client_id, jti=claims["jti"], outcome="revoked")
    return _json({})


class _NotYours(OAuthError):  # RFC 7009 §2.1: the server verifies the token was issued to the caller
    code = "unauthorized_client"

