"""Feature switches: turn each Slack action on/off globally or per team; Jeeves reads them per command."""

from __future__ import annotations

import re

from quart import Response, redirect, render_template, request
from sqlalchemy import delete
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.admin import auth, db
from app.admin.blueprint import bp
from app.admin.views._forms import notice
from app.db.models import FeatureSwitch
from app.services import switches
from app.services.actions import router

TEAM_ID = re.compile(r"^[A-Z0-9]{1,32}$")  # Slack team ids: T0123ABCD


def _known_actions() -> list[str]:
    return router.names()


@bp.get("/features")
async def features() -> str:
    async with db.transaction() as session:
        rows = await switches.list_switches(session)
    global_state = {r["action"]: r["enabled"] for r in rows if r["team_id"] == switches.GLOBAL}
    overrides = [r for r in rows if r["team_id"] != switches.GLOBAL]
    actions = [{"name": name, "enabled": global_state.get(name, True)} for name in _known_actions()]
    return await render_template("admin/features.html", title="Feature switches", actions=actions,
                                 overrides=overrides, notice=notice(), nav="features")


@bp.post("/features")
async def set_feature() -> Response | WerkzeugResponse:
    form = await request.form
    action = form.get("action", "")
    team = form.get("team_id", "").strip().upper() or switches.GLOBAL
    if action not in _known_actions() or form.get("enabled") not in ("0", "1"):
        return await auth.forbidden("Unknown action or state.", 400)
    if team != switches.GLOBAL and not TEAM_ID.match(team):
        return await auth.forbidden("A team id is letters and digits, e.g. T0123ABCD.", 400)
    enabled = form["enabled"] == "1"
    async with db.transaction() as session:
        await switches.set_switch(session, action, enabled, team)
    await auth.audit("feature.set", f"{action}@{team}", enabled=enabled)
    return redirect("/admin/features?done=switch_updated", 303)


@bp.post("/features/remove")
async def remove_override() -> Response | WerkzeugResponse:
    form = await request.form
    action, team = form.get("action", ""), form.get("team_id", "")
    if not TEAM_ID.match(team) or len(action) > 64:
        return await auth.forbidden("Only team overrides can be removed.", 400)
    async with db.transaction() as session:
        await session.execute(delete(FeatureSwitch).where(FeatureSwitch.action == action,
                                                          FeatureSwitch.team_id == team))
    await auth.audit("feature.remove_override", f"{action}@{team}")
    return redirect("/admin/features?done=switch_removed", 303)
