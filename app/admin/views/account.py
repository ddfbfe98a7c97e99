"""The signed-in administrator's own account: optional TOTP second factor."""

from __future__ import annotations

from quart import Response, g, redirect, render_template, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.admin import auth, db, security
from app.admin.blueprint import bp
from app.admin.models import AdminAccount
from app.admin.views._forms import notice

PENDING_FIELD = "totp_pending"


async def _page(status: int = 200, error: str | None = None, pending: str | None = None) -> Response:
    username = g.admin.account.username
    body = await render_template(
        "admin/account.html", title="Your account", error=error, pending=pending,
        otpauth=security.totp_uri(pending, username) if pending else None,
        has_totp=bool(g.admin.account.totp_secret), notice=notice(), nav="account")
    return Response(body, status=status, content_type="text/html; charset=utf-8")


@bp.get("/account")
async def account() -> Response:
    return await _page()


@bp.post("/account/totp/start")
async def totp_start() -> Response:
    # The new secret travels in a hidden field until a code proves the authenticator has it.
    return await _page(pending=security.new_totp_secret())


@bp.post("/account/totp/confirm")
async def totp_confirm() -> Response | WerkzeugResponse:
    form = await request.form
    pending = form.get(PENDING_FIELD, "")
    if not (16 <= len(pending) <= 64 and pending.isalnum()):
        return await auth.forbidden("Start the set-up again.", 400)
    step = security.totp_step(pending, form.get("totp", "").strip())
    if step is None:
        return await _page(400, "That code does not match; check the device clock and try again.", pending)
    async with db.transaction() as session:
        account = await session.get(AdminAccount, g.admin.account.id)
        assert account is not None  # nosec B101 - the session's own account
        account.totp_secret = pending
        account.totp_last_step = step  # the enrolment code is spent too
    await auth.audit("account.totp_enable", g.admin.account.username)
    return redirect("/admin/account?done=totp_enabled", 303)


@bp.post("/account/totp/disable")
async def totp_disable() -> Response | WerkzeugResponse:
    form = await request.form
    async with db.transaction() as session:
        account = await session.get(AdminAccount, g.admin.account.id)
        assert account is not None  # nosec B101
        if not await security.verify_password_off_loop(account.password_hash, form.get("password", "")):
            return await _page(400, "Enter your current password to turn two-factor authentication off.")
        account.totp_secret = None
    await auth.audit("account.totp_disable", g.admin.account.username)
    return redirect("/admin/account?done=totp_disabled", 303)
