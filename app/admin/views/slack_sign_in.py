"""Which admin accounts may Sign in with Slack, as which Slack user (the CLI's map-slack, in the panel)."""

from __future__ import annotations

import re

from quart import Response, redirect, render_template, request
from sqlalchemy import delete, select
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.account import store as account_store
from app.account.models import AdminSlackIdentity
from app.admin import auth, db, store
from app.admin.blueprint import bp
from app.admin.models import AdminAccount

SLACK_ID = re.compile(r"^[A-Z0-9]{2,32}$")
NOTICES = {"mapped": "Saved: that admin may now sign in with Slack.", "unmapped": "Slack sign-in removed."}


async def _page(status: int = 200, error: str | None = None) -> Response:
    async with db.transaction() as session:
        rows = (await session.execute(
            select(AdminAccount.username, AdminSlackIdentity.slack_team_id, AdminSlackIdentity.slack_user_id)
            .outerjoin(AdminSlackIdentity, AdminSlackIdentity.account_id == AdminAccount.id)
            .order_by(AdminAccount.username))).all()
    body = await render_template("admin/slack_sign_in.html", title="Sign in with Slack", rows=rows, error=error,
                                 notice=NOTICES.get(request.args.get("done", "")), nav="slack")
    return Response(body, status=status, content_type="text/html; charset=utf-8")


@bp.get("/slack-sign-in")
async def slack_sign_in() -> Response:
    return await _page()


@bp.post("/slack-sign-in")
async def map_slack() -> Response | WerkzeugResponse:
    form = await request.form
    username, team, user = form.get("username", ""), form.get("team_id", "").strip(), form.get("user_id", "").strip()
    if not SLACK_ID.match(team) or not SLACK_ID.match(user):
        return await _page(400, "Slack ids look like T0123ABC (workspace) and U0123ABC (user).")
    async with db.transaction() as session:
        account = await store.account_by_username(session, username)
        if account is not None:
            await account_store.map_admin_to_slack(session, account, team, user)
    if account is None:
        return await _page(400, "No such admin account.")
    await auth.audit("admin.map_slack", account.username, slack=f"{team}/{user}")
    return redirect("/admin/slack-sign-in?done=mapped", 303)


@bp.post("/slack-sign-in/remove")
async def unmap_slack() -> Response | WerkzeugResponse:
    username = (await request.form).get("username", "")
    async with db.transaction() as session:
        account = await store.account_by_username(session, username)
        if account is not None:
            await session.execute(delete(AdminSlackIdentity).where(AdminSlackIdentity.account_id == account.id))
    if account is None:
        return await _page(400, "No such admin account.")
    await auth.audit("admin.unmap_slack", account.username)
    return redirect("/admin/slack-sign-in?done=unmapped", 303)
