"""Login (password + optional TOTP), lock-out after repeated failures, logout."""

from __future__ import annotations

from quart import Response, g, redirect, render_template, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.admin import auth, db, security, store
from app.admin.blueprint import bp

GENERIC_FAILURE = "Invalid username, password or one-time code."


async def _form_page(status: int = 200, error: str | None = None, username: str = "",
                     retry_after: int | None = None, next_path: str | None = None) -> Response:
    g.login_csrf = request.cookies.get(auth.LOGIN_CSRF_COOKIE) or security.new_token()
    next_path = security.safe_next(next_path if next_path is not None else request.args.get("next"))
    body = await render_template("admin/login.html", title="Sign in", error=error, username=username,
                                 next_path=next_path)
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
    async with db.transaction() as session:
        wait = await store.locked_for(session, username)
    if wait:
        await auth.audit("login", username, outcome="denied", actor=username, reason="locked")
        return await _form_page(429, f"Too many failed attempts. Try again in {wait} seconds.", username, wait,
                                next_path)
    async with db.transaction() as session:
        account = await store.account_by_username(session, username)
        ok = security.verify_password(account.password_hash if account else None, password)
        ok = ok and account is not None and account.is_active
        if ok and account is not None and account.totp_secret:
            ok = security.totp_verify(account.totp_secret, code)
        if not ok or account is None:
            lock = await store.record_failure(session, username)
        else:
            await store.clear_failures(session, username)
            if security.needs_rehash(account.password_hash):
                account.password_hash = security.hash_password(password)
            token, _ = await store.create_session(session, account, auth.client_ip(),
                                                  request.headers.get("User-Agent"))
    if not ok:
        await auth.audit("login", username, outcome="failed", actor=username, locked_for=lock)
        if lock:
            return await _form_page(429, f"Too many failed attempts. Try again in {lock} seconds.", username, lock,
                                    next_path)
        return await _form_page(401, GENERIC_FAILURE, username, next_path=next_path)
    await auth.audit("login", username, actor=username)
    response = redirect(next_path, 303)
    auth.set_cookie(response, security.COOKIE_NAME, token, max_age=int(auth.session_limits().absolute.total_seconds()))
    auth.clear_cookie(response, auth.LOGIN_CSRF_COOKIE)
    return response


@bp.post("/logout")
async def logout() -> WerkzeugResponse:
    async with db.transaction() as session:
        await store.delete_session(session, g.admin.token_sha256)
    await auth.audit("logout", g.admin.account.username)
    response = redirect("/admin/login?bye=1", 303)
    auth.clear_cookie(response, security.COOKIE_NAME)
    return response
