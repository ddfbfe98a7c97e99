"""Background job handlers. Each is idempotent and ends with jobs.complete(), in the transaction of its
effects when they are all in the database (a Slack message is not: see weather_alert).

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
from sqlalchemy import delete, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from app.account import store as account_store
from app.admin.auth import session_limits
from app.db.models import AlertDelivery, Job, SlackEvent, User
from app.deps import Deps
from app.services import jobs, slack_delivery, users
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
    lease: float = 60.0   # seconds a claim (or a renewal) holds a job: the worker's --lease


Handler = Callable[[JobContext, jobs.ClaimedJob], Awaitable[None]]
HANDLERS: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[kind] = func
        return func

    return register


class DeliveryInFlight(Exception):
    """Another attempt, still within its lease, is sending this delivery: settle it on a later attempt."""


@handler("weather_alert")
async def weather_alert(ctx: JobContext, job: jobs.ClaimedJob) -> None:
    """payload {user_id, day}: one forecast DM per user and day (alert_deliveries' key), once even if the
    worker dies mid-send: an intent row is committed before the send, the message carries the key in its
    Slack metadata, and an unconfirmed intent is settled by asking Slack before sending again."""
    user_id, day = int(job.payload["user_id"]), dt.date.fromisoformat(job.payload["day"])
    key = f"weather_alert:{user_id}:{day.isoformat()}"
    async with ctx.deps.sessions.begin() as session:
        user = await session.get(User, user_id)
        location = await users.get_fact(session, user_id, LOCATION) if user else None
        if user is None or not user.is_active or not location:
            log.info("weather_alert_skipped", user_id=user_id, reason="no user, inactive or no location")
            await jobs.complete(session, job)
            return
        delivery = await session.get(AlertDelivery, (user_id, day))
        if delivery is not None and delivery.sent_at is not None:
            await jobs.complete(session, job)
            return
        if delivery is not None and await jobs.holds_lease(session, delivery.job_id, delivery.attempt):
            raise DeliveryInFlight(f"{key} is being sent by job {delivery.job_id} attempt {delivery.attempt}")
        slack_user, units = user.slack_user_id, users.effective_settings(user)["units"]
        seen = (delivery.job_id, delivery.attempt, delivery.intent_at) if delivery is not None else None
    if seen is not None:   # an earlier attempt meant to send and never confirmed: did the message go out?
        ts = await slack_delivery.find_sent(ctx.deps.slack, slack_user, key, seen[2])   # SlackUnavailable: retried
        if ts is not None:
            log.info("weather_alert_reconciled", job_id=job.id, key=key, ts=ts)
            await record_delivery(ctx, job, user_id, day, ts)
            return
    summary = await forecast_text(ctx.deps.weather, location, units)  # WeatherUnavailable: retried
    async with ctx.deps.sessions.begin() as session:
        await jobs.renew(session, job, ctx.lease)   # LeaseLost: a newer attempt owns the job, send nothing
        if not await take_delivery(session, user_id, day, job, seen[:2] if seen else None):
            raise DeliveryInFlight(f"{key} changed hands since it was read")
    async with asyncio.timeout(ctx.lease / 2):   # ends while the lease renewed above still fences others
        sent = await ctx.deps.slack.chat_postMessage(
            channel=slack_user, text=f"Good morning! {summary}",
            metadata=slack_delivery.metadata(key, job_id=job.id, attempt=job.attempts))
    await record_delivery(ctx, job, user_id, day, str(sent["ts"]))


async def take_delivery(session: AsyncSession, user_id: int, day: dt.date, job: jobs.ClaimedJob,
                        seen: tuple[int | None, int | None] | None) -> bool:
    """Writes this attempt's intent to send: a new row, or the unconfirmed row still owned by the attempt
    `seen` (job id, attempt) that was read and reconciled. False if the row moved on meanwhile."""
    if seen is None:
        taken = await session.scalar(
            insert(AlertDelivery).values(user_id=user_id, day=day, job_id=job.id, attempt=job.attempts)
            .on_conflict_do_nothing().returning(AlertDelivery.user_id))
    else:
        taken = await session.scalar(
            update(AlertDelivery).values(job_id=job.id, attempt=job.attempts).where(
                AlertDelivery.user_id == user_id, AlertDelivery.day == day, AlertDelivery.sent_at.is_(None),
                AlertDelivery.job_id.is_not_distinct_from(seen[0]),
                AlertDelivery.attempt.is_not_distinct_from(seen[1])).returning(AlertDelivery.user_id))
    return taken is not None


DATABASE_DOWN = (OSError, TimeoutError, DBAPIError)
RECORD_ATTEMPTS = 240   # about a minute of a database outage


async def record_delivery(ctx: JobContext, job: jobs.ClaimedJob, user_id: int, day: dt.date, ts: str) -> None:
    """Confirms a sent alert (Slack's ts), then completes its job, retried while the database is down.
    The confirmation goes first, on its own: should the job's lease run out meanwhile, its next attempt
    finds it and sends nothing (and an unconfirmed intent is settled through Slack anyway)."""
    sent_at = dt.datetime.fromtimestamp(float(ts), dt.UTC)
    for attempt in range(1, RECORD_ATTEMPTS + 1):
        try:
            async with ctx.deps.sessions.begin() as session:
                await session.execute(update(AlertDelivery).values(sent_at=sent_at, slack_ts=ts).where(
                    AlertDelivery.user_id == user_id, AlertDelivery.day == day, AlertDelivery.sent_at.is_(None)))
            async with ctx.deps.sessions.begin() as session:
                await jobs.complete(session, job)   # LeaseLost: the next attempt completes it
            return
        except DATABASE_DOWN as exc:
            if attempt == RECORD_ATTEMPTS:
                raise
            if attempt == 1:
                log.warning("weather_alert_sent_unrecorded", job_id=job.id, error=type(exc).__name__)
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
