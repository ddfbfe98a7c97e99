"""Users, their settings and remembered facts."""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Fact, User

DEFAULT_SETTINGS: dict[str, Any] = {"units": "metric", "alert_time": "07:30", "alerts": False, "timezone": "UTC"}
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


class InvalidSetting(ValueError):
    """A settings value the user can fix; the message says how."""


def validate_setting(key: str, value: Any) -> Any:
    """One place that knows what each setting accepts (used by Slack `config` and the data API)."""
    if key == "units":
        if value not in ("metric", "imperial"):
            raise InvalidSetting("units must be `metric` or `imperial`")
        return value
    if key == "alert_time":
        if not isinstance(value, str) or not _TIME.match(value):
            raise InvalidSetting("alert_time must be HH:MM (24h), e.g. 07:30")
        return value
    if key == "alerts":
        if not isinstance(value, bool):
            raise InvalidSetting("alerts must be on or off")
        return value
    if key == "timezone":
        # a key of the tz database, not whatever ZoneInfo() opens: "Pacific" is a directory of it (IsADirectoryError)
        if not isinstance(value, str) or value not in _time_zones():
            raise InvalidSetting("timezone must be an IANA name, e.g. Europe/Paris")
        return value
    raise InvalidSetting(f"unknown setting {key!r}; settings: {', '.join(DEFAULT_SETTINGS)}")


def effective_settings(user: User) -> dict[str, Any]:
    return {**DEFAULT_SETTINGS, **(user.settings or {})}


async def get_or_create(session: AsyncSession, team_id: str, slack_user_id: str) -> User:
    # ON CONFLICT DO UPDATE (a no-op write) so RETURNING yields the row in both cases, race-free.
    stmt = (insert(User).values(slack_team_id=team_id, slack_user_id=slack_user_id)
            .on_conflict_do_update(constraint="uq_users_slack_identity",
                                   set_={"slack_team_id": team_id})
            .returning(User))
    user: User = (await session.execute(stmt)).scalar_one()
    return user


async def update_settings(session: AsyncSession, user: User, changes: dict[str, Any]) -> dict[str, Any]:
    clean = {key: validate_setting(key, value) for key, value in changes.items()}
    # jsonb || merges atomically in SQL: two concurrent changes of different keys both survive.
    stmt = (update(User).where(User.id == user.id)
            .values(settings=User.settings.op("||")(clean), updated_at=func.now())
            .returning(User.settings))
    merged: dict[str, Any] = (await session.execute(stmt)).scalar_one()
    user.settings = merged
    return {**DEFAULT_SETTINGS, **merged}


async def get_fact(session: AsyncSession, user_id: int, key: str) -> dict[str, Any] | None:
    value: dict[str, Any] | None = await session.scalar(
        select(Fact.value).where(Fact.user_id == user_id, Fact.key == key))
    return value


async def set_fact(session: AsyncSession, user_id: int, key: str, value: dict[str, Any]) -> None:
    stmt = insert(Fact).values(user_id=user_id, key=key, value=value)
    await session.execute(stmt.on_conflict_do_update(
        constraint="uq_facts_user_key", set_={"value": stmt.excluded.value, "updated_at": func.now()}))


async def delete_fact(session: AsyncSession, user_id: int, key: str) -> bool:
    result = await session.execute(delete(Fact).where(Fact.user_id == user_id, Fact.key == key))
    return bool(result.rowcount)  # type: ignore[attr-defined]
