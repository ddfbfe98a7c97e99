"""The worker and its PostgreSQL queue: exactly-once effect with two processes, no loss on a kill."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncEngine
from stackctl import REPO, StackHandle

from app.db.models import AlertDelivery, Fact, Job, User
from app.services import jobs

from .conftest import FakeServer, jeeves_db_url, wait_for

pytestmark = pytest.mark.stack


async def make_alert_jobs(engine: AsyncEngine, count: int, queue: str) -> list[str]:
    """`count` users in a fresh team, each with a location and one weather_alert job for today."""
    team = f"TW{uuid.uuid4().hex[:10]}"
    day = dt.date.today().isoformat()
    async with engine.begin() as conn:
        ids = (await conn.execute(insert(User).returning(User.id, User.slack_user_id), [
            {"slack_team_id": team, "slack_user_id": f"U{team}{i:05d}"} for i in range(count)])).all()
        await conn.execute(insert(Fact), [{"user_id": uid, "key": "location", "value": {"name": "Paris"}}
                                          for uid, _ in ids])
        for uid, _ in ids:
            await jobs.enqueue(conn, "weather_alert", {"user_id": uid, "day": day}, queue=queue,
                               dedup_key=f"test:{queue}:{uid}")
    return [slack_id for _, slack_id in ids]


class Workers:
    def __init__(self, stack: StackHandle, slack: FakeServer, weather: FakeServer, queue: str, log_dir: Path):
        self.env = {**os.environ, "DATABASE_URL": jeeves_db_url(stack), "RUN_DIR": str(stack.run_dir),
                    "SLACK_API_URL": f"{slack.url}/api/", "SLACK_BOT_TOKEN": "xoxb-test",
                    "WEATHER_API_URL": weather.url, "JEEVES_DB_POOL_SIZE": "4"}
        self.queue, self.log_dir = queue, log_dir
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, concurrency: int = 8, lease: float = 30) -> subprocess.Popen[bytes]:
        out = open(self.log_dir / f"worker{len(self.procs)}.log", "ab")  # noqa: SIM115 - handed to the child
        proc = subprocess.Popen([sys.executable, "-m", "app.worker", "--queue", self.queue, "--no-periodic",
                                 "--concurrency", str(concurrency), "--lease", str(lease), "--poll", "0.2"],
                                cwd=REPO, env=self.env, stdout=out, stderr=subprocess.STDOUT)
        out.close()
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture
def workers(stack: StackHandle, fakes: tuple[FakeServer, FakeServer], tmp_path: Path) -> Iterator[Workers]:
    group = Workers(stack, *fakes, queue=f"test-{uuid.uuid4().hex[:8]}", log_dir=tmp_path)
    yield group
    group.stop()


async def queue_counts(engine: AsyncEngine, queue: str) -> dict[str, int]:
    return await jobs.counts(engine, queue)


async def wait_all_done(engine: AsyncEngine, queue: str, total: int, within: float) -> dict[str, int]:
    deadline = asyncio.get_running_loop().time() + within
    counts: dict[str, int] = {}
    while asyncio.get_running_loop().time() < deadline:
        counts = await queue_counts(engine, queue)
        if counts.get("done", 0) == total:
            break
        await asyncio.sleep(0.25)
    return counts


async def deliveries(engine: AsyncEngine, queue: str) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(
            select(func.count()).select_from(AlertDelivery).join(Job, Job.id == AlertDelivery.job_id)
            .where(Job.queue == queue)) or 0)


def posted_channels(slack: FakeServer) -> Counter[str]:
    return Counter(c["args"]["channel"] for c in slack.calls()
                   if c["method"] == "chat.postMessage" and c["answered"] == 200)


async def test_thousand_jobs_two_workers_are_processed_exactly_once(
        db: AsyncEngine, workers: Workers, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    users = await make_alert_jobs(db, 1000, workers.queue)
    workers.start()
    workers.start()
    counts = await wait_all_done(db, workers.queue, 1000, within=150)
    assert counts == {"done": 1000}
    assert await deliveries(db, workers.queue) == 1000
    posted = posted_channels(slack)
    assert sorted(posted) == sorted(users)  # every user got an alert...
    assert set(posted.values()) == {1}  # ...exactly one
    async with db.connect() as conn:
        by_worker = (await conn.execute(text(
            "SELECT locked_by, count(*) FROM jobs WHERE queue = :q GROUP BY locked_by"), {"q": workers.queue})).all()
        retried = await conn.scalar(text("SELECT count(*) FROM jobs WHERE queue = :q AND attempts > 1"),
                                    {"q": workers.queue})
    assert len(by_worker) == 2, f"both workers should share the queue: {by_worker}"
    assert retried == 0


async def test_killed_worker_loses_nothing_its_jobs_are_retried(
        db: AsyncEngine, workers: Workers, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    slack.behave(delay_ms=40)  # every job is mid-HTTP for a while: the kill lands mid-job
    users = await make_alert_jobs(db, 200, workers.queue)
    victim = workers.start(concurrency=4, lease=2)
    for _ in range(100):
        counts = await queue_counts(db, workers.queue)
        if counts.get("done", 0) >= 20 and counts.get("running", 0) >= 1:
            break
        await asyncio.sleep(0.1)
    held: set[int] = set()
    for _ in range(50):
        victim.send_signal(signal.SIGSTOP)  # frozen: it can neither finish nor claim while we look
        async with db.connect() as conn:
            held = {row[0] for row in await conn.execute(text(
                "SELECT id FROM jobs WHERE queue = :q AND status = 'running'"), {"q": workers.queue})}
        if held:
            break
        # Caught between two claims: let it run a moment and freeze it again.
        victim.send_signal(signal.SIGCONT)
        await asyncio.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)
    assert held, "the victim held no job when killed"
    survivor = workers.start(concurrency=4, lease=2)
    counts = await wait_all_done(db, workers.queue, 200, within=120)
    assert survivor.poll() is None
    assert counts == {"done": 200}
    assert await deliveries(db, workers.queue) == 200
    async with db.connect() as conn:
        retried = {row[0] for row in await conn.execute(text(
            "SELECT id FROM jobs WHERE queue = :q AND attempts > 1"), {"q": workers.queue})}
    assert retried and retried <= held  # what the victim held was claimed again, nothing else was
    posted = posted_channels(slack)
    assert posted == Counter(dict.fromkeys(users, 1))   # a send cut short by the kill is reconciled, not repeated


async def unconfirmed(engine: AsyncEngine, queue: str) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(
            select(func.count()).select_from(AlertDelivery).join(Job, Job.id == AlertDelivery.job_id)
            .where(Job.queue == queue, AlertDelivery.sent_at.is_(None))) or 0)


async def test_worker_killed_after_slack_took_the_message_does_not_send_it_again(
        db: AsyncEngine, workers: Workers, fakes: tuple[FakeServer, FakeServer]) -> None:
    slack, _ = fakes
    slack.behave(reply_delay_ms=60_000)   # Slack posts each message; its answer comes too late for the worker
    users = await make_alert_jobs(db, 3, workers.queue)
    victim = workers.start(concurrency=4, lease=20)
    for _ in range(600):
        if len(posted_channels(slack)) == len(users):
            break
        await asyncio.sleep(0.05)
    victim.send_signal(signal.SIGKILL)   # killed between Slack's post and the worker's record of it
    victim.wait(10)
    slack.behave(reset=True)
    assert set(posted_channels(slack)) == set(users)
    left_unconfirmed = await unconfirmed(db, workers.queue)
    workers.start(concurrency=4, lease=20)   # picks the jobs up once the victim's lease runs out
    counts = await wait_all_done(db, workers.queue, len(users), within=150)
    assert counts == {"done": len(users)}
    assert posted_channels(slack) == Counter(dict.fromkeys(users, 1))   # the old code sent each one twice
    assert left_unconfirmed == len(users)   # the kill did land in the window: sent, not recorded
    assert await unconfirmed(db, workers.queue) == 0
    assert sum(1 for c in slack.calls() if c["method"] == "conversations.history") >= len(users)


def test_worker_stops_cleanly_on_sigterm(workers: Workers) -> None:
    proc = workers.start()
    assert wait_for(lambda: "worker_started" in (workers.log_dir / "worker0.log").read_text(), 20)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0
    assert "worker_stopped" in (workers.log_dir / "worker0.log").read_text()
