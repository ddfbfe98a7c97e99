"""Who is asking: session cookie -> g.admin, login redirects, CSRF checks and security headers.

Every /admin/ route needs a live session except the login form and the stylesheet. Every unsafe
method needs the CSRF token of the session (or, for the login form, of the pre-session cookie).
"""

from __future__ import annotations

import datetime as dt
import os
from urllib.parse import quote, urlsplit

from quart import Response, current_app, g, redirect, render_template, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.admin import db, security, store
from app.admin.blueprint import bp
from servicekit.client_ip import client_ip as service_client_ip

PUBLIC_ENDPOINTS = {"admin.login", "admin.login_form", "admin.static"}
LOGIN_CSRF_COOKIE = "__Host-jeeves_admin_login"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def session_limits() -> store.SessionLimits:
    # Env-tunable so operators can shorten them; tests age sessions in the database instead.
    return store.SessionLimits(
        idle=dt.timedelta(seconds=int(os.environ.get("ADMIN_SESSION_IDLE_SECONDS", "1800"))),
        absolute=dt.timedelta(seconds=int(os.environ.get("ADMIN_SESSION_MAX_SECONDS", "28800"))),
    )


def client_ip() -> str | None:
    # The edge sets X-Real-IP from its own view of the client (trusted proxies applied there).
    return service_client_ip(current_app.config["SETTINGS"].trusted_proxies)


def set_cookie(response: Response | WerkzeugResponse, name: str, value: str, max_age: int | None) -> None:
    # __Host-: Secure, Path=/ and no Domain, so no sibling host or plain-HTTP page can plant or read it.
    response.set_cookie(name, value, max_age=max_age, path="/", secure=True, httponly=True, samesite="Lax")


def clear_cookie(response: Response | WerkzeugResponse, name: str) -> None:
    response.set_cookie(name, "", max_age=0, expires=0, path="/", secure=True, httponly=True, samesite="Lax")


async def forbidden(message: str, status: int = 403) -> Response:
    body = await render_template("admin/error.html", title="Request refused", message=message)
    return Response(body, status=status, content_type="text/html; charset=utf-8")


CSRF_MISMATCH = "The form was missing its security token or it did not match. Reload the page and submit it again."


def csrf_refusal(expected: str | None, given: str | None) -> str | None:
    """Why an unsafe form post is refused, or None. Browsers send Origin on form posts ("null" under the
    edge's no-referrer policy); a real origin must be ours, and is named first because the token of a
    form posted from another site may well match. The CSRF token stays the main defence."""
    origin = request.headers.get("Origin")
    public = urlsplit(current_app.config["SETTINGS"].public_base_url)
    own = f"{public.scheme}://{public.netloc}"
    if origin and origin != "null" and origin.rstrip("/") != own:
        return f"The form was sent from another site, not from {own}. Open the page at {own} and submit it there."
    if not expected or not security.tokens_equal(expected, given):
        return CSRF_MISMATCH
    return None


@bp.before_request
async def load_admin() -> Response | WerkzeugResponse | None:
    g.admin = None
    if request.endpoint == "admin.static":
        return None
    token = request.cookies.get(security.COOKIE_NAME)
    if token:
        async with db.transaction() as session:
            g.admin = await store.load_session(session, token, session_limits())
    if g.admin is None and request.endpoint not in PUBLIC_ENDPOINTS:
        target = request.full_path.rstrip("?") if request.method in SAFE_METHODS else "/admin/"
        response = redirect(f"/admin/login?next={quote(security.safe_next(target), safe='/')}", 303)
        if token:  # a dead session: drop the cookie too
            clear_cookie(response, security.COOKIE_NAME)
        return response
    if request.method not in SAFE_METHODS:
        return await _check_csrf()
    return None


async def _check_csrf() -> Response | None:
    form = await request.form
    given = form.get(security.CSRF_FIELD)
    # Signed in: the session's token. The login form: double-submit of the pre-session cookie.
    expected = g.admin.csrf_token if g.admin is not None else request.cookies.get(LOGIN_CSRF_COOKIE, "")
    refusal = csrf_refusal(expected, given)
    return None if refusal is None else await forbidden(refusal)


@bp.after_request
async def security_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = security.CSP
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.endpoint != "admin.static":
        response.headers["Cache-Control"] = "no-store"
    return response


def csrf_token() -> str:
    """For templates: the session's token, or the login form's pre-session one."""
    if g.get("admin") is not None:
        return str(g.admin.csrf_token)
    return str(g.get("login_csrf", ""))


async def audit(action: str, target: str | None = None, *, outcome: str = "ok", actor: str | None = None,
                **details: object) -> None:
    """Records an admin action in its own transaction (kept even when the action itself failed)."""
    who = actor or (g.admin.account.username if g.get("admin") is not None else "anonymous")
    async with db.transaction() as session:
        await store.audit(session, who, action, target, details=dict(details), outcome=outcome,
                          client_ip=client_ip(), request_id=g.get("request_id"))
