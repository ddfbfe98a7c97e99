"""/admin-api/clients: manage OAuth clients with a bearer token of ours (aud "tokendealer", scope
"clients:admin"). Used by Jeeves' admin panel; deliberately not routed at the edge."""

from __future__ import annotations

from typing import Any

import structlog
from quart import Blueprint, request

from servicekit.errors import APIError
from tokendealer.errors import InsufficientScope, InvalidRequest, InvalidToken
from tokendealer.runtime import current
from tokendealer.services.clients import ClientError
from tokendealer.services.tokens import TokenInvalid

bp = Blueprint("admin_api", __name__, url_prefix="/admin-api")
log = structlog.get_logger()


def _challenge(error: str) -> dict[str, str]:
    return {"WWW-Authenticate": f'Bearer realm="tokendealer", error="{error}"'}


@bp.before_request
async def require_admin_token() -> None:
    runtime = current()
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidToken("a bearer token is required", {"WWW-Authenticate": 'Bearer realm="tokendealer"'})
    try:
        claims = runtime.tokens.verify(token.strip(), runtime.settings.self_audience)
    except TokenInvalid as exc:
        raise InvalidToken(str(exc), _challenge("invalid_token")) from exc
    if runtime.settings.admin_scope not in claims.get("scope", "").split():
        raise InsufficientScope(f"the token needs scope {runtime.settings.admin_scope}",
                                _challenge("insufficient_scope"))
    request.admin_client_id = claims["client_id"]  # type: ignore[attr-defined]


async def _json_body() -> dict[str, Any]:
    body = await request.get_json(force=False, silent=True)
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object (Content-Type: application/json)")
    return body


def _str_field(body: dict[str, Any], name: str, required: bool = False, default: str = "") -> str:
    value = body.get(name)
    if value is None:
        if required:
            raise InvalidRequest(f"{name} is required")
        return default
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = " ".join(value)
    if not isinstance(value, str) or len(value) > 1000:
        raise InvalidRequest(f"{name} must be a string (or a list of strings) of at most 1000 characters")
    return value


def _audit(action: str, client_id: str) -> None:
    log.info("client_admin", action=action, client_id=client_id,
             by=getattr(request, "admin_client_id", None), outcome="ok")


def _refused(exc: ClientError) -> APIError:
    status = 404 if str(exc).startswith("no client") else 409 if "already exists" in str(exc) else 400
    code = {404: "not_found", 409: "conflict"}.get(status, "invalid_request")
    return APIError(status, code, str(exc))


@bp.get("/clients")
async def list_clients() -> dict[str, Any]:
    return {"clients": [c.public() for c in await current().clients.list()]}


@bp.post("/clients")
async def create_client() -> tuple[dict[str, Any], int]:
    body = await _json_body()
    settings = current().settings
    try:
        info, secret = await current().clients.create(
            _str_field(body, "client_id", required=True), _str_field(body, "scopes", default="read"),
            _str_field(body, "audiences", default=settings.default_audience), _str_field(body, "description"))
    except ClientError as exc:
        raise _refused(exc) from exc
    _audit("create", info.client_id)
    return {"client": info.public(), "client_secret": secret}, 201


@bp.get("/clients/<client_id>")
async def get_client(client_id: str) -> dict[str, Any]:
    info = await current().clients.get(client_id)
    if info is None:
        raise APIError(404, "not_found", f"no client {client_id[:128]!r}")
    return {"client": info.public()}


@bp.patch("/clients/<client_id>")
async def update_client(client_id: str) -> dict[str, Any]:
    body = await _json_body()
    scopes = _str_field(body, "scopes") if "scopes" in body else None
    audiences = _str_field(body, "audiences") if "audiences" in body else None
    try:
        info = await current().clients.set_scopes(client_id, scopes, audiences)
    except ClientError as exc:
        raise _refused(exc) from exc
    _audit("update", client_id)
    return {"client": info.public()}


async def _set_active(client_id: str, active: bool) -> dict[str, Any]:
    try:
        info = await current().clients.set_active(client_id, active)
    except ClientError as exc:
        raise _refused(exc) from exc
    _audit("enable" if active else "disable", client_id)
    return {"client": info.public()}


@bp.post("/clients/<client_id>/disable")
async def disable_client(client_id: str) -> dict[str, Any]:
    return await _set_active(client_id, False)


@bp.post("/clients/<client_id>/enable")
async def enable_client(client_id: str) -> dict[str, Any]:
    return await _set_active(client_id, True)


@bp.post("/clients/<client_id>/rotate-secret")
async def rotate_secret(client_id: str) -> dict[str, Any]:
    try:
        info, secret = await current().clients.rotate_secret(client_id)
    except ClientError as exc:
        raise _refused(exc) from exc
    _audit("rotate_secret", client_id)
    return {"client": info.public(), "client_secret": secret}


@bp.after_request
async def no_store(response):  # type: ignore[no-untyped-def]
    response.headers["Cache-Control"] = "no-store"  # responses may carry a client secret
    return response
