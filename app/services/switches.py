"""Feature switches: an action is on unless switched off for the team, or globally ('*')."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import FeatureSwitch

GLOBAL = "*"


async def is_enabled(session: AsyncSession, action: str, team_id: str) -> bool:
    # The team's own row wins over the global row; no row at all means enabled.
    stmt = (select(FeatureSwitch.enabled)
            .where(FeatureSwitch.action == action, FeatureSwitch.team_id.in_([team_id, GLOBAL]))
            .order_by(case((FeatureSwitch.team_id == GLOBAL, 1), else_=0))
            .limit(1))
    enabled = await session.scalar(stmt)
    return True if enabled is None else bool(enabled)


async def set_switch(session: AsyncSession, action: str, enabled: bool, team_id: str = GLOBAL) -> None:
    stmt = insert(FeatureSwitch).values(action=action, team_id=team_id, enabled=enabled)
    await session.execute(stmt.on_conflict_do_update(
        constraint="uq_feature_switches_action_team",
        set_={"enabled": stmt.excluded.enabled, "updated_at": func.now()}))


async def list_switches(session: AsyncSession) -> list[dict[str, object]]:
    rows = await session.execute(select(FeatureSwitch).order_by(FeatureSwitch.action, FeatureSwitch.team_id))
    return [{"action": s.action, "team_id": s.team_id, "enabled": s.enabled,
             "updated_at": s.updated_at.isoformat()} for s in rows.scalars()]
