"""Blueprints of the Slack user's web, their session cookie, CSRF checks and security headers.

The admin panel's machinery is reused: __Host- cookies, digest-only server-side sessions, the origin
check, the CSP and security headers. Only the principal differs (a Slack user, not an admin account).
"""

from __future__ import annotations

from quart import Blueprint, Response, g, redirect, render_template, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.account import store
from app.admin import auth as admin_auth
from app.admin import db, security

COOKIE_NAME = "__Host-jeeves_me"
PRE_SESSION_COOKIE = "__Host-jeeves_signin"  # double-submit CSRF token of the sign-in-link form
STATE_COOKIE = "__Host-jeeves_oidc_state"  # binds a Sign in with Slack to the browser that started it
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

me_bp = Blueprint("me", __name__, url_prefix="/me", template_folder="templates")
auth_bp = Blueprint("auth_slack", __name__, url_prefix="/auth/slack", template_folder="templates")
me_bp.after_request(admin_auth.security_headers)
auth_bp.after_request(admin_auth.security_headers)


async def page(template: str, status: int = 200, **context: object) -> Response:
    body = await render_template(template, me=g.get("me"), **context)
    return Response(body, status=status, content_type="text/html; charset=utf-8")


async def error_page(message: str, status: int, title: str = "Sign-in failed") -> Response:
    """Every refused sign-in ends here: a page, a 4xx, and no session cookie."""
    return await page("me/error.html", status, title=title, message=message)


async def csrf_refused(expected: str | None, given: str | None) -> Response | None:
    refusal = admin_auth.csrf_refusal(expected, given)
    return None if refusal is None else await error_page(refusal, 403, "Request refused")


@me_bp.before_request
async def load_user() -> Response | WerkzeugResponse | None:
    """Every /me/ page needs a live session; every unsafe method its CSRF token."""
    g.me = None
    token = request.cookies.get(COOKIE_NAME)
    if token:
        async with db.transaction() as session:
            g.me = await store.load_session(session, token, admin_auth.session_limits())
    if g.me is None:
        response = redirect("/auth/slack/", 303)
        if token:
            admin_auth.clear_cookie(response, COOKIE_NAME)
        return response
    if request.method not in SAFE_METHODS:
        form = await request.form
        return await csrf_refused(g.me.csrf_token, form.get(security.CSRF_FIELD))
    return None


@auth_bp.before_request
async def check_sign_in_form() -> Response | None:
    """The sign-in-link form is posted before any session exists: double-submit of its cookie."""
    g.me = None
    if request.method in SAFE_METHODS:
        return None
    form = await request.form
    return await csrf_refused(request.cookies.get(PRE_SESSION_COOKIE), form.get(security.CSRF_FIELD))


def set_session_cookie(response: Response | WerkzeugResponse, token: str) -> None:
    admin_auth.set_cookie(response, COOKIE_NAME, token,
                          max_age=int(admin_auth.session_limits().absolute.total_seconds()))
