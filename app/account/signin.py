"""/auth/slack/: the sign-in page, Sign in with Slack (login -> Slack -> callback) and the bot's
one-time links. A refused sign-in is an error page with a 4xx and never a session."""

from __future__ import annotations

import structlog
from quart import Response, g, redirect, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app import runtime
from app.account import store
from app.account.oidc import SignInFailed
from app.account.web import (
    PRE_SESSION_COOKIE,
    STATE_COOKIE,
    auth_bp,
    error_page,
    page,
    set_session_cookie,
)
from app.admin import auth as admin_auth
from app.admin import db, security
from app.admin import store as admin_store
from app.services import users
from servicekit.errors import APIError

log = structlog.get_logger()
NOTICES = {"bye": "You are signed out.", "forgotten": "Done: Jeeves forgot everything it knew about you."}
STATE_MAX_AGE = int(store.OIDC_LOGIN_LIFETIME.total_seconds())


@auth_bp.get("/")
async def index() -> Response:
    return await page("me/signin.html", title="Sign in", oidc_enabled=runtime.current().oidc().config.enabled,
                      notice=NOTICES.get(request.args.get("done", "")))


@auth_bp.get("/login")
async def login() -> Response | WerkzeugResponse:
    if "redirect_uri" in request.args:  # only the configured one is ever used
        raise APIError(400, "redirect_uri_not_allowed", "the redirect URI is fixed by configuration")
    client = runtime.current().oidc()
    if not client.config.enabled:
        return await error_page("Sign in with Slack is not configured here; send the bot `login` for a link.", 404)
    purpose = "admin" if request.args.get("for") == "admin" else "me"
    started = client.start()
    async with db.transaction() as session:
        await store.start_oidc_login(session, started.state, started.nonce, started.code_verifier, purpose)
    response = redirect(started.url, 303)
    admin_auth.set_cookie(response, STATE_COOKIE, started.state, max_age=STATE_MAX_AGE)
    return response


@auth_bp.get("/callback")
async def callback() -> Response | WerkzeugResponse:
    args = request.args
    if "error" in args:
        return await error_page("Slack did not sign you in (the request was declined or failed).", 400)
    state, code = args.get("state", ""), args.get("code", "")
    if not security.tokens_equal(request.cookies.get(STATE_COOKIE, ""), state):
        log.warning("oidc_state_mismatch")
        return await error_page("This sign-in was not started in this browser, or it expired. Start again.", 400)
    async with db.transaction() as session:
        pending = await store.take_oidc_login(session, state)
    if pending is None or not 0 < len(code) <= 512:
        return await error_page("This sign-in was already used or expired. Start again.", 400)
    try:
        who = await runtime.current().oidc().finish(code, pending.code_verifier, pending.nonce)
    except SignInFailed as exc:
        log.warning("oidc_sign_in_failed", reason=str(exc))
        return await error_page("Slack's answer could not be verified, so you are not signed in. Start again.", 400)
    if pending.purpose == "admin":
        return await _admin_signed_in(who.team_id, who.user_id)
    async with db.transaction() as session:
        user = await users.get_or_create(session, who.team_id, who.user_id)
        if not user.is_active:
            return await error_page("Your account is deactivated; ask an admin.", 403)
        if who.name:
            user.name = who.name
        token = await store.create_session(session, user.id, "oidc", admin_auth.client_ip(),
                                           request.headers.get("User-Agent"))
    response = redirect("/me/", 303)
    set_session_cookie(response, token)
    admin_auth.clear_cookie(response, STATE_COOKIE)
    return response


async def _admin_signed_in(team_id: str, user_id: str) -> Response | WerkzeugResponse:
    """An admin whose Slack identity an admin (or the CLI) mapped to their account."""
    identity = f"{team_id}/{user_id}"
    async with db.transaction() as session:
        account = await store.admin_for_slack(session, team_id, user_id)
        token = None
        if account is not None:
            token, _ = await admin_store.create_session(session, account, admin_auth.client_ip(),
                                                        request.headers.get("User-Agent"))
    if account is None or token is None:
        await admin_auth.audit("login.slack", identity, outcome="denied", actor=f"slack:{identity}")
        return await error_page("No admin account is mapped to this Slack user.", 403)
    await admin_auth.audit("login.slack", account.username, actor=account.username, slack=identity)
    response = redirect("/admin/", 303)
    admin_auth.set_cookie(response, security.COOKIE_NAME, token,
                          max_age=int(admin_auth.session_limits().absolute.total_seconds()))
    admin_auth.clear_cookie(response, STATE_COOKIE)
    return response


# ---- the bot's one-time links ----------------------------------------------------------------------
# GET only shows a button: link previews and scanners that fetch the URL must not use it up.
@auth_bp.get("/link/<token>")
async def link_form(token: str) -> Response:
    async with db.transaction() as session:
        link = await store.valid_link(session, token)
    if link is None:
        return await error_page("This sign-in link has expired or was already used. Send the bot `login` "
                                "for a new one.", 410)
    g.sign_in_csrf = request.cookies.get(PRE_SESSION_COOKIE) or security.new_token()
    response = await page("me/link.html", title="Sign in", token=token, csrf=g.sign_in_csrf,
                          slack_user=link.slack_user_id)
    admin_auth.set_cookie(response, PRE_SESSION_COOKIE, g.sign_in_csrf, max_age=STATE_MAX_AGE)
    return response


@auth_bp.post("/link/<token>")
async def link_redeem(token: str) -> Response | WerkzeugResponse:
    async with db.transaction() as session:
        user_id = await store.redeem_link(session, token)
        session_token = None
        if user_id is not None:
            session_token = await store.create_session(session, user_id, "link", admin_auth.client_ip(),
                                                       request.headers.get("User-Agent"))
    if session_token is None:
        return await error_page("This sign-in link has expired or was already used. Send the bot `login` "
                                "for a new one.", 410)
    response = redirect("/me/", 303)
    set_session_cookie(response, session_token)
    admin_auth.clear_cookie(response, PRE_SESSION_COOKIE)
    return response
