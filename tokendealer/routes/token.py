"""POST /oauth/token: the client credentials grant (RFC 6749 §4.4), answers per §5.1 / §5.2."""

from __future__ import annotations

import json

import structlog
from quart import Blueprint, Response

from servicekit.errors import APIError
from tokendealer.errors import (
    InvalidRequest,
    InvalidScope,
    InvalidTarget,
    OAuthError,
    UnauthorizedClient,
    UnsupportedGrantType,
)
from tokendealer.oauth import authenticate_client, read_form
from tokendealer.runtime import current
from tokendealer.services.clients import GRANT_CLIENT_CREDENTIALS, ClientInfo, parse_scopes
from tokendealer.services.tokens import NoSigningKey

bp = Blueprint("token", __name__)
log = structlog.get_logger()
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _granted_scopes(client: ClientInfo, requested: str | None) -> tuple[str, ...]:
    if requested is None:
        return client.scopes  # RFC 6749 §3.3: the pre-defined default is everything the client may have
    try:
        scopes = parse_scopes(requested)
    except ValueError as exc:
        raise InvalidScope(str(exc)) from exc
    if not scopes:
        raise InvalidScope("empty scope")
    outside = [s for s in scopes if s not in client.scopes]
    if outside:
        raise InvalidScope(f"scope not allowed for this client: {' '.join(outside)[:200]}")
    return scopes


def _audience(client: ClientInfo, requested: str | None, default: str) -> str:
    if requested is None:
        if default in client.audiences:
            return default
        if client.audiences:
            return client.audiences[0]
        raise InvalidTarget("this client is allowed no audience")
    if requested not in client.audiences:
        raise InvalidTarget("audience not allowed for this client")
    return requested


@bp.post("/oauth/token")
async def token() -> Response:
    runtime = current()
    client_id = None
    try:
        form = await read_form()
        grant_type = form.get("grant_type")
        if grant_type is None:
            raise InvalidRequest("grant_type is required")
        if grant_type != GRANT_CLIENT_CREDENTIALS:
            raise UnsupportedGrantType("only grant_type=client_credentials is supported")
        client = await authenticate_client(form, "token")
        client_id = client.client_id
        if GRANT_CLIENT_CREDENTIALS not in client.grant_types:
            raise UnauthorizedClient("this client may not use the client_credentials grant")
        scopes = _granted_scopes(client, form.get("scope"))
        audience = _audience(client, form.get("audience"), runtime.settings.default_audience)
        try:
            not_before = client.tokens_not_before.timestamp() if client.tokens_not_before else None
            issued = runtime.tokens.issue(client.client_id, scopes, audience, not_before=not_before)
        except NoSigningKey as exc:
            log.error("token_denied", client_id=client_id, outcome="no_signing_key")
            raise APIError(503, "temporarily_unavailable", "no signing key is active",
                           {"Retry-After": "5"}, error_description="no signing key is active") from exc
    except OAuthError as exc:
        if exc.code != "invalid_client":  # invalid_client is logged where it is decided
            log.info("token_denied", client_id=client_id, outcome=exc.code)
        raise
    await runtime.clients.mark_used(client.client_id)
    log.info("token_issued", client_id=client.client_id, scopes=issued.claims["scope"], aud=audience,
             kid=issued.kid, jti=issued.claims["jti"], outcome="issued")
    body = {"access_token": issued.token, "token_type": "Bearer",
            "expires_in": issued.claims["exp"] - issued.claims["iat"], "scope": issued.claims["scope"]}
    return Response(json.dumps(body), status=200, content_type="application/json", headers=NO_STORE)
