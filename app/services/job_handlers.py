"""Background job handlers. Each is idempotent and ends with jobs.complete() in its transaction.

Add one: `@handler("kind")` on `async def (ctx, job)`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy import delete, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError

from app.account import store as account_store
from app.admin.auth import session_limits
from app.db.models import AlertDelivery, Job, SlackEvent, User
from app.deps import Deps
from app.services import jobs, users
from app.services.actions.location import LOCATION
from app.services.actions.weather import forecast_text
from app.services.tokens import DataAPI

log = structlog.get_logger()
ALERT_WINDOW = dt.timedelta(hours=2)  # turning alerts on at 23:00 must not send the 07:30 alert


@dataclass
class JobContext:
    deps: Deps
    api: DataAPI
    queue: str


Handler = Callable[[JobContext, jobs.ClaimedJob], Awaitable[None]]
HANDLERS: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[kind] = func
        return func

    return register


@handler("weather_alert")
async def weather_alert(ctx: JobContext, job: jobs.ClaimedJob) -> None:
    """payload {user_id, day}: one forecast DM per user and day (alert_deliveries' key)."""
    user_id, day = int(job.payload["user_id"]), dt.date.fromisoformat(job.payload["day"])
    posted = False
    try:
        async with ctx.deps.sessions.begin() as session:
            user = await session.get(User, user_id)
            location = await users.get_fact(session, user_id, LOCATION) if user else None
            if user is None or not user.is_active or not location:
                log.info("weather_alert_skipped", user_id=user_id, reason="no user, inactive or no location")
                await jobs.complete(session, job)
                return
            # The row lock of this insert also makes a concurrent duplicate wait, then see the conflict.
            first = await session.scalar(insert(AlertDelivery).values(user_id=user_id, day=day, job_id=job.id)
                                         .on_conflict_do_nothing().returning(AlertDelivery.user_id))
            if first is None:
                await jobs.complete(session, job)
                return
            units = users.effective_settings(user)["units"]
            summary = await forecast_text(ctx.deps.weather, location, units)  # WeatherUnavailable: retried
            await ctx.deps.slack.chat_postMessage(channel=user.slack_user_id, text=f"Good morning! {summary}")
            posted = True
            await jobs.complete(session, job)
    except DATABASE_DOWN as exc:
        if not posted:
            raise
        # The message went out but its record did not: record it again rather than let a retry send twice.
        log.warning("weather_alert_sent_unrecorded", job_id=job.id, error=type(exc).__name__)
        await record_delivery(ctx, job, user_id, day)


DATABASE_DOWN = (OSError, TimeoutError, DBAPIError)
RECORD_ATTEMPTS = 240   # about a minute of a database outage


async def record_delivery(ctx: JobContext, job: jobs.ClaimedJob, user_id: int, day: dt.date) -> None:
    """Records a sent alert, retried while the database is down. The delivery row goes first, on its
    own: should the job's lease run out meanwhile, its next attempt finds the row and sends nothing."""
    for attempt in range(1, RECORD_ATTEMPTS + 1):
        try:
            async with ctx.deps.sessions.begin() as session:
                await session.execute(insert(AlertDelivery).values(user_id=user_id, day=day, job_id=job.id)
                                      .on_conflict_do_nothing())
            async with ctx.deps.sessions.begin() as session:
                await jobs.complete(session, job)   # LeaseLost: the next attempt completes it
            return
        except DATABASE_DOWN:
            if attempt == RECORD_ATTEMPTS:
                raise
            await asyncio.sleep(0.25)


def due_day(settings: dict[str, Any], now: dt.datetime) -> dt.date | None:
    """The local date whose alert is due now, if the user's alert time passed less than ALERT_WINDOW ago."""
    local = now.astimezone(ZoneInfo(settings["timezone"]))
    hour, minute = (int(p) for p in settings["alert_time"].split(":"))
    at = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return local.date() if at <= local < at + ALERT_WINDOW else None


@handler("schedule_weather_alerts")
async def schedule_weather_alerts(ctx: JobContext, job: jobs.ClaimedJob) -> None:
    """Lists alert subscribers through the data API (worker token) and queues the due alerts."""
    now = dt.datetime.now(dt.UTC)
    due: list[tuple[int, dt.date]] = []
    offset = 0
    while True:
        page = await ctx.api.get("/api/users", {"alerts": "true", "active": "true", "limit": 500, "offset": offset})
        for user in page["users"]:
            day = due_day(user["settings"], now)
            if day is not None:
                due.append((int(user["id"]), day))
        offset += len(page["users"])
        if not page["users"] or offset >= int(page["total"]):
            break
    async with ctx.deps.sessions.begin() as session:
        queued = 0
        for user_id, day in due:
            if await jobs.enqueue(session, "weather_alert", {"user_id": user_id, "day": day.isoformat()},
                                  queue=ctx.queue, dedup_key=f"weather_alert:{user_id}:{day.isoformat()}"):
                queued += 1
        await jobs.complete(session, job)
    log.info("weather_alerts_scheduled", due=len(due), queued=queued)


@handler("prune")
async def prune(ctx: JobContext, job: jobs.ClaimedJob) -> None:
    """Old finished jobs and Slack event ids (Slack retries stop after about an hour), dead web sessions
    and sign-in links of Slack users."""
    async with ctx.deps.sessions.begin() as session:
        await account_store.purge(session, session_limits())
        await session.execute(delete(SlackEvent).where(SlackEvent.received_at < text("now() - interval '1 day'")))
        await session.execute(delete(Job).where(Job.status.in_(["done", "failed"]),
                                                Job.finished_at < text("now() - interval '7 days'")))
        await jobs.complete(session, job)
