"""OAuth clients of TokenDealer: list, create with scopes (secret shown once), rotate, disable/enable."""

from __future__ import annotations

import re

from quart import Response, redirect, render_template, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app import runtime
from app.admin import auth
from app.admin.blueprint import bp
from app.admin.views._forms import notice
from app.services.admin_tokendealer import TokenDealerAdmin, TokenDealerError

CLIENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
SCOPES = ("read", "write")  # what the panel offers; TokenDealer re-validates whatever it is sent


def _api() -> TokenDealerAdmin:
    return runtime.current().tokendealer


async def _page(status: int = 200, error: str | None = None, secret: dict[str, str] | None = None,
                form: dict[str, str] | None = None) -> Response:
    clients: list[dict[str, object]] = []
    try:
        clients = await _api().list_clients()
    except TokenDealerError as exc:
        error = error or f"TokenDealer: {exc.message}"
        status = max(status, 502)
    body = await render_template("admin/clients.html", title="OAuth clients", clients=clients, error=error,
                                 secret=secret, scopes=SCOPES, form=form or {}, notice=notice(), nav="clients")
    return Response(body, status=status, content_type="text/html; charset=utf-8")


@bp.get("/clients")
async def clients() -> Response:
    return await _page()


@bp.post("/clients")
async def create_client() -> Response:
    form = await request.form
    client_id = form.get("client_id", "").strip()
    description = form.get("description", "").strip()[:500]
    scopes = [s for s in form.getlist("scopes") if s in SCOPES]
    echo = {"client_id": client_id[:128], "description": description}
    if not CLIENT_ID.match(client_id):
        return await _page(400, "Client id: 1-128 of A-Z a-z 0-9 . _ : - starting with a letter or digit.", form=echo)
    if not scopes:
        return await _page(400, "Pick at least one scope.", form=echo)
    try:
        client, secret = await _api().create_client(client_id, " ".join(scopes), description)
    except TokenDealerError as exc:
        await auth.audit("client.create", client_id, outcome="failed", error=exc.code)
        return await _page(exc.status if exc.status < 500 else 502, f"TokenDealer refused: {exc.message}", form=echo)
    await auth.audit("client.create", client_id, scopes=" ".join(scopes))
    return await _page(201, secret={"client_id": str(client["client_id"]), "client_secret": secret,
                                    "action": "created"})


@bp.post("/clients/<client_id>/rotate")
async def rotate_client(client_id: str) -> Response:
    try:
        client, secret = await _api().rotate_secret(client_id)
    except TokenDealerError as exc:
        await auth.audit("client.rotate", client_id, outcome="failed", error=exc.code)
        return await _page(exc.status if exc.status < 500 else 502, f"TokenDealer refused: {exc.message}")
    await auth.audit("client.rotate", client_id)
    return await _page(secret={"client_id": str(client["client_id"]), "client_secret": secret, "action": "rotated"})


@bp.post("/clients/<client_id>/<state>")
async def set_client_state(client_id: str, state: str) -> Response | WerkzeugResponse:
    if state not in ("disable", "enable"):
        return await auth.forbidden("Unknown change requested.", 400)
    try:
        await _api().set_active(client_id, state == "enable")
    except TokenDealerError as exc:
        await auth.audit(f"client.{state}", client_id, outcome="failed", error=exc.code)
        return await _page(exc.status if exc.status < 500 else 502, f"TokenDealer refused: {exc.message}")
    await auth.audit(f"client.{state}", client_id)
    return redirect(f"/admin/clients?done=client_{state}d", 303)
