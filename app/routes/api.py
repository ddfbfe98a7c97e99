"""The data API (/api/...): users, usage stats, feature switches. Bearer JWT with read/write scopes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from quart import Blueprint
from sqlalchemy import func, select, update

from app import runtime
from app.db.models import User
from app.routes import openapi
from app.routes.auth import require_scope
from app.routes.params import ROW_ID, bool_arg, datetime_arg, int_arg, json_object, str_arg
from app.services import switches, usage, users
from app.services.actions import router
from servicekit.errors import APIError

bp = Blueprint("api", __name__, url_prefix="/api")


def user_json(user: User) -> dict[str, Any]:
    return {"id": user.id, "slack_team_id": user.slack_team_id, "slack_user_id": user.slack_user_id,
            "email": user.email, "name": user.name, "is_admin": user.is_admin, "is_active": user.is_active,
            "settings": users.effective_settings(user), "created_at": user.created_at.isoformat(),
            "updated_at": user.updated_at.isoformat()}


@bp.get("/openapi.json")
async def openapi_document() -> dict[str, Any]:
    return openapi.document(runtime.current().deps.settings.public_base_url)


@bp.get("/users")
@require_scope("read")
async def list_users() -> dict[str, Any]:
    limit, offset = int_arg("limit", 50, 1, 500), int_arg("offset", 0, 0, 10_000_000)
    team, alerts, active = str_arg("team_id"), bool_arg("alerts"), bool_arg("active")
    stmt = select(User)
    if team is not None:
        stmt = stmt.where(User.slack_team_id == team)
    if active is not None:
        stmt = stmt.where(User.is_active.is_(active))
    if alerts is not None:
        on = User.settings["alerts"].astext == "true"
        stmt = stmt.where(on if alerts else ~on | User.settings["alerts"].is_(None))
    async with runtime.current().deps.sessions() as session:
        total = await session.scalar(select(func.count()).select_from(stmt.subquery()))
        rows = await session.scalars(stmt.order_by(User.id).limit(limit).offset(offset))
        return {"users": [user_json(u) for u in rows], "total": total, "limit": limit, "offset": offset}


@bp.get(f"/users/<{ROW_ID}:user_id>")
@require_scope("read")
async def get_user(user_id: int) -> dict[str, Any]:
    async with runtime.current().deps.sessions() as session:
        user = await session.get(User, user_id)
        if user is None:
            raise APIError(404, "not_found", f"no user {user_id}")
        return user_json(user)


_PATCHABLE = {"is_active": bool, "is_admin": bool, "name": str, "email": str}


@bp.patch(f"/users/<{ROW_ID}:user_id>")
@require_scope("write")
async def patch_user(user_id: int) -> dict[str, Any]:
    body = await json_object()
    unknown = set(body) - set(_PATCHABLE) - {"settings"}
    if unknown:
        raise APIError(400, "invalid_field", f"unknown fields: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, kind in _PATCHABLE.items():
        if key in body:
            if not isinstance(body[key], kind) or (kind is str and len(body[key]) > 200):
                raise APIError(400, "invalid_field", f"{key} must be a {kind.__name__}")
            values[key] = body[key]
    settings = body.get("settings")
    if settings is not None and not isinstance(settings, dict):
        raise APIError(400, "invalid_field", "settings must be an object")
    async with runtime.current().deps.sessions.begin() as session:
        user = await session.get(User, user_id, with_for_update=True)
        if user is None:
            raise APIError(404, "not_found", f"no user {user_id}")
        if settings:
            try:
                await users.update_settings(session, user, settings)
            except users.InvalidSetting as exc:
                raise APIError(400, "invalid_setting", str(exc)) from exc
        if values:
            await session.execute(update(User).where(User.id == user_id).values(**values, updated_at=func.now()))
        await session.refresh(user)
        return user_json(user)


@bp.get("/usage/stats")
@require_scope("read")
async def usage_stats() -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    since, until = datetime_arg("since", now - dt.timedelta(days=1)), datetime_arg("until", now)
    if since >= until:
        raise APIError(400, "invalid_parameter", "since must be before until")
    async with runtime.current().deps.sessions() as session:
        return await usage.stats(session, since, until)


@bp.get("/switches")
@require_scope("read")
async def list_switches() -> dict[str, Any]:
    async with runtime.current().deps.sessions() as session:
        return {"actions": router.names(), "switches": await switches.list_switches(session)}


@bp.put("/switches/<action>")
@require_scope("write")
async def put_switch(action: str) -> dict[str, Any]:
    if action not in router.names():
        raise APIError(404, "not_found", f"no action {action!r}; actions: {', '.join(router.names())}")
    body = await json_object()
    enabled, team = body.get("enabled"), body.get("team_id", switches.GLOBAL)
    if not isinstance(enabled, bool):
        raise APIError(400, "invalid_field", "enabled must be true or false")
    if not isinstance(team, str) or not 0 < len(team) <= 32:
        raise APIError(400, "invalid_field", "team_id must be a Slack team id or '*'")
    async with runtime.current().deps.sessions.begin() as session:
        await switches.set_switch(session, action, enabled, team)
    return {"action": action, "team_id": team, "enabled": enabled}
