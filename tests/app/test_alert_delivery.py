"""The weather alert's send, made once across crashes: an intent row before the Slack call, the job's
key in the message metadata, and reconciliation through conversations.history before any second send.
Each test plays the crashed attempt itself, then runs the handler as the next attempt would."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select, text
from stackctl import StackHandle

from app.config import Settings
from app.db.models import AlertDelivery, Job, User
from app.deps import Deps
from app.services import jobs, slack_delivery
from app.services.job_handlers import DeliveryInFlight, JobContext, take_delivery, weather_alert
from app.services.tokens import ClientCredentials, DataAPI

from .conftest import FakeServer, jeeves_db_url
from .test_worker import make_alert_jobs

pytestmark = pytest.mark.stack
LEASE = 30.0


@pytest.fixture
async def ctx(stack: StackHandle, fakes: tuple[FakeServer, FakeServer],
              monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[JobContext]:
    slack, weather = fakes
    for name, value in {"DATABASE_URL": jeeves_db_url(stack), "SLACK_API_URL": f"{slack.url}/api/",
                        "SLACK_BOT_TOKEN": "xoxb-test", "WEATHER_API_URL": weather.url,
                        "JEEVES_DB_POOL_SIZE": "4"}.items():
        monkeypatch.setenv(name, value)
    deps = await Deps.open(Settings.from_env())
    unused = "http://127.0.0.1:9"   # the weather alert never calls the data API
    api = DataAPI(deps.http, unused, ClientCredentials(deps.http, f"{unused}/oauth/token", "unused", "unused"))
    try:
        yield JobContext(deps, api, f"alerts-{uuid.uuid4().hex[:8]}", LEASE)
    finally:
        await deps.close()


@dataclass
class Alert:
    user_id: int
    slack_user: str
    day: dt.date
    job_id: int

    @property
    def key(self) -> str:
        return f"weather_alert:{self.user_id}:{self.day.isoformat()}"


async def new_alert(ctx: JobContext) -> Alert:
    [slack_user] = await make_alert_jobs(ctx.deps.engine, 1, ctx.queue)
    async with ctx.deps.sessions() as session:
        user_id = await session.scalar(select(User.id).where(User.slack_user_id == slack_user))
        job = (await session.scalars(select(Job).where(Job.queue == ctx.queue,
                                                       Job.payload["user_id"].as_integer() == user_id))).one()
    assert user_id is not None
    return Alert(user_id, slack_user, dt.date.fromisoformat(job.payload["day"]), job.id)


async def claim(ctx: JobContext, alert: Alert) -> jobs.ClaimedJob:
    [job] = await jobs.claim(ctx.deps.engine, ctx.queue, "test-worker", 1, LEASE)
    assert job.id == alert.job_id
    return job


async def lease_runs_out(ctx: JobContext, job_id: int) -> None:
    """What happens to the lease of a worker that died: nobody renews it."""
    async with ctx.deps.engine.begin() as conn:
        await conn.execute(text("UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = :id"),
                           {"id": job_id})


async def crashed_attempt(ctx: JobContext, alert: Alert, *, posted: bool) -> jobs.ClaimedJob:
    """A first attempt that wrote its intent (and maybe got the message out), then died unrecorded."""
    job = await claim(ctx, alert)
    async with ctx.deps.sessions.begin() as session:
        await jobs.renew(session, job, LEASE)
        assert await take_delivery(session, alert.user_id, alert.day, job, None)
    if posted:
        await ctx.deps.slack.chat_postMessage(channel=alert.slack_user, text="Good morning! (first attempt)",
                                              metadata=slack_delivery.metadata(alert.key, job_id=job.id,
                                                                               attempt=job.attempts))
    await lease_runs_out(ctx, job.id)
    return job


def posts(slack: FakeServer, alert: Alert) -> list[dict[str, Any]]:
    return [c["args"] for c in slack.calls()
            if c["method"] == "chat.postMessage" and c["args"].get("channel") == alert.slack_user
            and c["answered"] == 200]


def calls(slack: FakeServer, method: str) -> int:
    return sum(1 for c in slack.calls() if c["method"] == method)


async def delivery(ctx: JobContext, alert: Alert) -> AlertDelivery:
    async with ctx.deps.sessions() as session:
        row = await session.get(AlertDelivery, (alert.user_id, alert.day))
    assert row is not None
    return row


async def job_status(ctx: JobContext, alert: Alert) -> str:
    async with ctx.deps.sessions() as session:
        return str(await session.scalar(select(Job.status).where(Job.id == alert.job_id)))


async def test_the_alert_carries_its_key_in_slack_metadata_and_is_confirmed(
        ctx: JobContext, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    alert = await new_alert(ctx)
    job = await claim(ctx, alert)
    await weather_alert(ctx, job)
    [sent] = posts(slack, alert)
    assert sent["metadata"] == slack_delivery.metadata(alert.key, job_id=job.id, attempt=1)
    row = await delivery(ctx, alert)
    assert (row.job_id, row.attempt) == (job.id, 1) and row.sent_at is not None and row.slack_ts
    assert await job_status(ctx, alert) == "done"
    # What reconciliation reads back: the DM's history, with the metadata.
    assert await slack_delivery.find_sent(ctx.deps.slack, alert.slack_user, alert.key, row.intent_at) == row.slack_ts
    assert calls(slack, "conversations.history") == 1   # only the lookup above: a clean send asks nothing


async def test_a_message_that_went_out_before_the_crash_is_confirmed_not_sent_again(
        ctx: JobContext, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    alert = await new_alert(ctx)
    await crashed_attempt(ctx, alert, posted=True)
    [first] = posts(slack, alert)
    second = await claim(ctx, alert)
    assert second.attempts == 2
    await weather_alert(ctx, second)
    assert posts(slack, alert) == [first]   # no second message
    assert calls(slack, "conversations.history") >= 1
    row = await delivery(ctx, alert)
    assert row.sent_at is not None and row.slack_ts is not None
    assert await job_status(ctx, alert) == "done"


async def test_an_intent_that_never_reached_slack_is_sent_once_by_the_next_attempt(
        ctx: JobContext, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    alert = await new_alert(ctx)
    await crashed_attempt(ctx, alert, posted=False)
    second = await claim(ctx, alert)
    await weather_alert(ctx, second)
    [sent] = posts(slack, alert)
    assert sent["metadata"]["event_payload"]["attempt"] == 2
    assert calls(slack, "conversations.history") == 1   # asked first, then sent
    row = await delivery(ctx, alert)
    assert (row.attempt, row.sent_at is not None) == (2, True)
    assert await job_status(ctx, alert) == "done"


async def test_slack_down_while_reconciling_sends_nothing_and_a_later_attempt_settles_it(
        ctx: JobContext, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    alert = await new_alert(ctx)
    await crashed_attempt(ctx, alert, posted=True)
    slack.behave(down=True)
    second = await claim(ctx, alert)
    with pytest.raises(slack_delivery.SlackUnavailable):
        await weather_alert(ctx, second)
    slack.behave(reset=True)
    assert len(posts(slack, alert)) == 1   # never sent blind
    assert (await delivery(ctx, alert)).sent_at is None
    assert await jobs.fail(ctx.deps.engine, second, "SlackUnavailable", base_delay=0.0) == "queued"
    third = await claim(ctx, alert)
    await weather_alert(ctx, third)
    assert len(posts(slack, alert)) == 1
    assert (await delivery(ctx, alert)).sent_at is not None
    assert await job_status(ctx, alert) == "done"


async def test_an_intent_whose_attempt_still_holds_its_lease_is_left_to_it(
        ctx: JobContext, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    alert = await new_alert(ctx)
    owner = await claim(ctx, alert)
    async with ctx.deps.sessions.begin() as session:
        await jobs.renew(session, owner, LEASE)
        assert await take_delivery(session, alert.user_id, alert.day, owner, None)
    # A second job for the same user and day (another dedup key): it must neither ask Slack nor send.
    async with ctx.deps.engine.begin() as conn:
        await jobs.enqueue(conn, "weather_alert", {"user_id": alert.user_id, "day": alert.day.isoformat()},
                           queue=ctx.queue)
    [other] = await jobs.claim(ctx.deps.engine, ctx.queue, "test-worker", 1, LEASE)
    before = len(slack.calls())
    with pytest.raises(DeliveryInFlight):
        await weather_alert(ctx, other)
    assert len(slack.calls()) == before
    assert (await delivery(ctx, alert)).job_id == owner.id


async def test_an_attempt_whose_job_was_claimed_again_does_not_send(
        ctx: JobContext, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    alert = await new_alert(ctx)
    stale = await claim(ctx, alert)
    await lease_runs_out(ctx, alert.job_id)
    newer = await claim(ctx, alert)   # the stale attempt's worker was too slow: the job moved on
    with pytest.raises(jobs.LeaseLost):
        await weather_alert(ctx, stale)
    assert posts(slack, alert) == []
    await weather_alert(ctx, newer)
    assert len(posts(slack, alert)) == 1
    assert await job_status(ctx, alert) == "done"
