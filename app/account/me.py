"""/me/: what Jeeves knows about the signed-in Slack user, forms to change it, the JSON download,
forget me and sign out. Everything is keyed on the session's user: no page takes a user id."""

from __future__ import annotations

import json

from quart import Response, g, redirect, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app import runtime
from app.account import store
from app.account.web import COOKIE_NAME, me_bp, page
from app.admin import auth as admin_auth
from app.admin import db
from app.services import events, users
from app.services.actions.location import LOCATION

NOTICES = {"location_saved": "Location saved: the bot's weather command uses it now.",
           "location_forgotten": "Location forgotten.", "settings_saved": "Settings saved."}


async def _page(status: int = 200, error: str | None = None) -> Response:
    async with db.transaction() as session:
        data = await store.export(session, g.me.user)
    location = data["facts"].get(LOCATION)
    return await page("me/page.html", status, title="What Jeeves knows about you", data=data, location=location,
                      csrf=g.me.csrf_token, error=error, notice=NOTICES.get(request.args.get("done", "")))


@me_bp.get("/")
async def home() -> Response:
    return await _page()


async def _run(text: str) -> tuple[str, str]:
    """The same action a Slack message runs (switches, validation, usage log), as this user."""
    user = g.me.user
    reply = await events.run_command(runtime.current().deps, {
        "team_id": user.slack_team_id, "user_id": user.slack_user_id, "channel": "", "text": text})
    return reply.outcome, reply.text


@me_bp.post("/location")
async def set_location() -> Response | WerkzeugResponse:
    place = (await request.form).get("place", "").strip()
    if not place or len(place) > 100 or any(c in place for c in "\r\n\t"):
        return await _page(400, "Enter a place name of at most 100 characters.")
    outcome, text = await _run(f"remember location {place}")
    if outcome != "ok":
        return await _page(400, text)
    return redirect("/me/?done=location_saved", 303)


@me_bp.post("/location/forget")
async def forget_location() -> Response | WerkzeugResponse:
    outcome, text = await _run("forget location")
    return redirect("/me/?done=location_forgotten", 303) if outcome == "ok" else await _page(400, text)


@me_bp.post("/settings")
async def save_settings() -> Response | WerkzeugResponse:
    form = await request.form
    changes = {"units": form.get("units", ""), "alert_time": form.get("alert_time", ""),
               "timezone": form.get("timezone", "").strip()[:64], "alerts": form.get("alerts") == "on"}
    try:
        async with db.transaction() as session:
            await users.update_settings(session, g.me.user, changes)
    except users.InvalidSetting as exc:
        return await _page(400, f"Not saved: {exc}.")
    return redirect("/me/?done=settings_saved", 303)


@me_bp.get("/data.json")
async def download() -> Response:
    async with db.transaction() as session:
        data = await store.export(session, g.me.user, actions_limit=None)
    return Response(json.dumps(data, indent=2, sort_keys=True), content_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="jeeves-my-data.json"'})


@me_bp.post("/forget")
async def forget_me() -> Response | WerkzeugResponse:
    if (await request.form).get("confirm") != "forget":
        return await _page(400, "Tick the box to confirm that everything should be deleted.")
    async with db.transaction() as session:
        await store.forget_user(session, g.me.user, via="web", client_ip=admin_auth.client_ip(),
                                request_id=g.get("request_id"))
    response = redirect("/auth/slack/?done=forgotten", 303)
    admin_auth.clear_cookie(response, COOKIE_NAME)
    return response


@me_bp.post("/logout")
async def logout() -> WerkzeugResponse:
    async with db.transaction() as session:
        await store.delete_session(session, g.me.token_sha256)
    response = redirect("/auth/slack/?done=bye", 303)
    admin_auth.clear_cookie(response, COOKIE_NAME)
    return response
