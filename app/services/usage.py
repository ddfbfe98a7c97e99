"""Usage log: one row per handled command, and the stats the data API serves."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import UsageLog


async def record(session: AsyncSession, *, user_id: int | None, team_id: str | None, action: str,
                 outcome: str, latency_ms: int) -> None:
    session.add(UsageLog(user_id=user_id, team_id=team_id, action=action, outcome=outcome,
                         latency_ms=max(0, latency_ms)))


async def stats(session: AsyncSession, since: dt.datetime, until: dt.datetime) -> dict[str, Any]:
    window = (UsageLog.created_at >= since, UsageLog.created_at < until)
    rows = await session.execute(
        select(UsageLog.action, UsageLog.outcome, func.count(),
               func.percentile_cont(0.5).within_group(UsageLog.latency_ms),
               func.percentile_cont(0.95).within_group(UsageLog.latency_ms))
        .where(*window).group_by(UsageLog.action, UsageLog.outcome).order_by(UsageLog.action, UsageLog.outcome))
    actions: dict[str, dict[str, Any]] = {}
    total = 0
    for action, outcome, count, p50, p95 in rows:
        entry = actions.setdefault(action, {"count": 0, "outcomes": {}, "latency_ms": {}})
        entry["count"] += count
        entry["outcomes"][outcome] = count
        entry["latency_ms"][outcome] = {"p50": float(p50 or 0), "p95": float(p95 or 0)}
        total += count
    users = await session.scalar(select(func.count(func.distinct(UsageLog.user_id))).where(*window))
    return {"since": since.isoformat(), "until": until.isoformat(), "total": total,
            "active_users": int(users or 0), "actions": actions}
