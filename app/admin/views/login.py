"""Login (password + optional single-use TOTP), throttled (app/admin/throttle.py), logout."""

from __future__ import annotations

import asyncio

from quart import Response, current_app, g, redirect, render_template, request
from sqlalchemy.ext.asyncio import AsyncSession
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.account.oidc import OidcConfig
from app.admin import auth, db, security, store, throttle
from app.admin.blueprint import bp
from app.admin.models import AdminAccount

GENERIC_FAILURE = "Invalid username, password or one-time code."


async def _form_page(status: int = 200, error: str | None = None, username: str = "",
                     retry_after: int | None = None, next_path: str | None = None) -> Response:
    g.login_csrf = request.cookies.get(auth.LOGIN_CSRF_COOKIE) or security.new_token()
    next_path = security.safe_next(next_path if next_path is not None else request.args.get("next"))
    slack_sign_in = OidcConfig.from_env(current_app.config["SETTINGS"]).enabled
    body = await render_template("admin/login.html", title="Sign in", error=error, username=username,
                                 next_path=next_path, slack_sign_in=slack_sign_in)
    response = Response(body, status=status, content_type="text/html; charset=utf-8")
    auth.set_cookie(response, auth.LOGIN_CSRF_COOKIE, g.login_csrf, max_age=3600)
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


@bp.get("/login")
async def login_form() -> Response | WerkzeugResponse:
    if g.admin is not None:
        return redirect(security.safe_next(request.args.get("next")), 303)
    return await _form_page()


@bp.post("/login")
async def login() -> Response | WerkzeugResponse:
    form = await request.form
    username = store.normalize_username(form.get("username", ""))
    password = form.get("password", "")
    code = form.get("totp", "").strip().replace(" ", "")
    next_path = security.safe_next(form.get("next"))
    if not username or not password or len(password) > 1024:
        return await _form_page(400, "Enter your username and password.", username, next_path=next_path)
    ip = auth.client_ip() or "unknown"
    async with db.transaction() as session:
        decision = await throttle.reserve(session, username, ip)
    if not decision.allowed:
        await auth.audit("login", username, outcome="denied", actor=username, reason="locked")
        return await _form_page(429, f"Too many failed attempts. Try again in {decision.retry_after} seconds.",
                                username, decision.retry_after, next_path)
    if decision.delay:  # many attempts on this account from everywhere: slower, never locked
        await asyncio.sleep(decision.delay)
    async with db.transaction() as session:
        account = await store.account_by_username(session, username)
    ok = await security.verify_password_off_loop(account.password_hash if account else None, password)
    token = None
    if ok and account is not None and account.is_active:
        async with db.transaction() as session:
            token = await _sign_in(session, account.id, password, code, ip)
    if token is None:
        await auth.audit("login", username, outcome="failed", actor=username)
        return await _form_page(401, GENERIC_FAILURE, username, next_path=next_path)
    await auth.audit("login", username, actor=username)
    response = redirect(next_path, 303)
    auth.set_cookie(response, security.COOKIE_NAME, token, max_age=int(auth.session_limits().absolute.total_seconds()))
    auth.clear_cookie(response, auth.LOGIN_CSRF_COOKIE)
    return response


async def _sign_in(session: AsyncSession, account_id: int, password: str, code: str, ip: str) -> str | None:
    """After the password matched: the second factor (a code works once), then a fresh session."""
    account = await session.get(AdminAccount, account_id)
    if account is None:
        return None
    if account.totp_secret and not await store.spend_totp_code(session, account, code):
        return None
    await throttle.succeeded(session, account.username, ip)
    if security.needs_rehash(account.password_hash):
        account.password_hash = await security.hash_password_off_loop(password)
    token, _ = await store.create_session(session, account, ip, request.headers.get("User-Agent"))
    return token


@bp.post("/logout")
async def logout() -> WerkzeugResponse:
    async with db.transaction() as session:
        await store.delete_session(session, g.admin.token_sha256)
    await auth.audit("logout", g.admin.account.username)
    response = redirect("/admin/login?bye=1", 303)
    auth.clear_cookie(response, security.COOKIE_NAME)
    return response
