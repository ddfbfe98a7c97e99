"""Fault scenarios under steady load through the edge (issue 21): each ends with no hung request and no
lost or duplicated Slack event or job, and adds its row to .run/faults/report.json."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine
from stackctl import StackHandle

from app.db.models import Job, User
from servicekit.jsonlines import read_json_lines
from tests.app.conftest import event, jeeves_db_url, sign
from tests.app.test_db_outage import start_postgres, stop_postgres
from tests.app.test_worker import make_alert_jobs
from tests.limits.limits_support import RedisServer

from .conftest import API_READ_TIMEOUT_S, LONG, record
from .load import LoadRun, Request, steady_load

pytestmark = pytest.mark.stack
RATE = 15.0                         # requests per second: steady, well under every route's limit
OUTAGE_S = 10.0 if LONG else 3.0    # how long a dependency stays down
JOBS = 40 if LONG else 12
RECOVERY_DEADLINE_S = 90.0


class Edge:
    """Real credentials of the stack (the demo OAuth client, the Slack signing secret) and the requests
    the load is made of. Every Slack event sent is remembered, with whether the edge acknowledged it."""

    def __init__(self, stack: StackHandle) -> None:
        self.stack = stack
        self.creds = stack.secret_json("demo_client.json")
        self.signing_secret = stack.secret("slack_signing_secret")
        self.bearer = self.fresh_token()
        self.events: dict[str, dict[str, Any]] = {}   # event id -> payload
        self.acked: dict[str, int] = {}               # event id -> status of its last delivery

    def fresh_token(self) -> str:
        with self.stack.client() as client:
            resp = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                               auth=(self.creds["client_id"], self.creds["client_secret"]))
        assert resp.status_code == 200, resp.text
        return str(resp.json()["access_token"])

    async def users(self, client: httpx.AsyncClient, index: int) -> httpx.Response:
        return await client.get("/api/users", params={"limit": 1},
                                headers={"Authorization": f"Bearer {self.bearer}"})

    async def token(self, client: httpx.AsyncClient, index: int) -> httpx.Response:
        return await client.post("/oauth/token", data={"grant_type": "client_credentials"},
                                 auth=(self.creds["client_id"], self.creds["client_secret"]))

    async def unknown_client(self, client: httpx.AsyncClient, index: int) -> httpx.Response:
        """Not in TokenDealer's client cache: answering it needs its database."""
        return await client.post("/oauth/token", data={"grant_type": "client_credentials"},
                                 auth=(f"fault-probe-{index}", "not-a-secret"))

    async def slack_event(self, client: httpx.AsyncClient, index: int) -> httpx.Response:
        channel = f"CF{uuid.uuid4().hex[:10].upper()}"
        payload = event("help", channel=channel, event_id=f"EvF{uuid.uuid4().hex[:12]}")
        self.events[payload["event_id"]] = payload
        return await self.deliver(client, payload)

    async def deliver(self, client: httpx.AsyncClient, payload: dict[str, Any], retry: int = 0) -> httpx.Response:
        body = json.dumps(payload).encode()
        headers = sign(body, self.signing_secret) | ({"X-Slack-Retry-Num": str(retry)} if retry else {})
        resp = await client.post("/slack/events", content=body, headers=headers)
        self.acked[payload["event_id"]] = resp.status_code
        return resp

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.stack.base_url, verify=self.stack.ssl_context(),
                                 trust_env=False, timeout=30.0)


@pytest.fixture(scope="module")
def edge(fault_stack: StackHandle) -> Edge:
    return Edge(fault_stack)


async def under_load(edge: Edge, mix: list[tuple[str, Request, bool]], fault: Callable[[], Awaitable[None]],
                     rate: float = RATE) -> LoadRun:
    """Steady load while `fault` runs; the load stops when the fault script is over (bounded in count)."""
    stop = asyncio.Event()
    load = asyncio.create_task(steady_load(edge.stack.base_url, edge.stack.ssl_context(), mix, rate,
                                           max_count=int(rate * 120), stop=stop))
    try:
        await fault()
    finally:
        stop.set()
    return await load


async def poll(check: Callable[[], Awaitable[bool]], deadline_s: float = RECOVERY_DEADLINE_S) -> bool:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if await check():
            return True
        await asyncio.sleep(0.25)
    return await check()


def metric_sum(stack: StackHandle, name: str, **labels: str) -> float:
    """Sum of the series of `name` on the edge's metrics port whose labels include `labels`."""
    text = httpx.get(f"http://127.0.0.1:{stack.ports['metrics']}/metrics", trust_env=False).text
    total = 0.0
    for match in re.finditer(r"^" + re.escape(name) + r"\{([^}]*)\} (\S+)$", text, re.M):
        if all(f'{k}="{v}"' in match.group(1) for k, v in labels.items()):
            total += float(match.group(2))
    return total


def slack_posts(stack: StackHandle) -> Counter[str]:
    """chat.postMessage calls the fake Slack answered 200, by channel."""
    return Counter(c["args"].get("channel") for c in read_json_lines(stack.run_dir / "logs" / "fake-slack.jsonl")
                   if c["method"] == "chat.postMessage" and c.get("answered", 200) == 200)


def once_each(posts: Counter[str], keys: list[str]) -> dict[str, int]:
    return {"lost": sum(1 for k in keys if posts[k] == 0), "duplicated": sum(1 for k in keys if posts[k] > 1)}


def assert_clean(run: LoadRun, allowed: dict[str, set[int]]) -> None:
    """No hang, no unanswered request, only the allowed statuses per label, every error JSON."""
    summary = run.summary()
    assert summary["hung"] == 0, [o for o in run.outcomes if o.hung][:3]
    assert summary["unanswered"] == 0, [o.error for o in run.outcomes if o.error][:3]
    assert summary["non_json_errors"] == 0, [o for o in run.outcomes if o.status and o.status >= 400
                                             and not o.is_json][:3]
    for label, statuses in allowed.items():
        seen = set(run.statuses(label))
        assert seen <= statuses, (label, run.statuses(label), [o.body for o in run.of(label)
                                                             if o.status not in statuses][:3])


async def redeliver_unacknowledged(edge: Edge) -> int:
    """Slack retries every event it got no 200 for; each retry must now be acknowledged."""
    pending = [eid for eid, status in edge.acked.items() if status != 200]
    async with edge.client() as client:
        for eid in pending:
            resp = await edge.deliver(client, edge.events[eid], retry=1)
            assert resp.status_code == 200, (eid, resp.status_code, resp.text[:200])
    return len(pending)


async def settle_exactly_once(stack: StackHandle, channels: list[str]) -> dict[str, int]:
    """Waits until every channel has a reply (or the deadline), leaves room for a duplicate, counts."""
    await poll(lambda: _true(all(slack_posts(stack)[c] for c in channels)))
    await asyncio.sleep(1.0)
    return once_each(slack_posts(stack), channels)


async def _true(value: bool) -> bool:
    return value


async def job_statuses(stack: StackHandle, slack_ids: list[str]) -> Counter[str]:
    engine = create_async_engine(jeeves_db_url(stack))
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(Job.status, func.count()).join(User, User.id == Job.payload["user_id"].as_integer())
                .where(User.slack_user_id.in_(slack_ids), Job.kind == "weather_alert").group_by(Job.status))
            return Counter({status: int(n) for status, n in rows.all()})
    finally:
        await engine.dispose()


async def queue_alert_jobs(stack: StackHandle, count: int) -> list[str]:
    engine = create_async_engine(jeeves_db_url(stack))
    try:
        return await make_alert_jobs(engine, count, "default")   # the queue the stack's worker serves
    finally:
        await engine.dispose()


async def api_ok(edge: Edge) -> bool:
    async with edge.client() as client:
        return (await edge.users(client, 0)).status_code == 200


async def token_ok(edge: Edge) -> bool:
    async with edge.client() as client:
        try:
            return (await edge.token(client, 0)).status_code == 200
        except httpx.HTTPError:
            return False


def weather_delay(stack: StackHandle, ms: int) -> None:
    """Slows the fake weather API, so alert jobs are still running when the fault strikes."""
    resp = httpx.post(f"http://127.0.0.1:{stack.ports['fake_weather']}/_fake/behaviour", json={"delay_ms": ms},
                      trust_env=False)
    assert resp.status_code == 200, resp.text


def slack_behaviour(stack: StackHandle, **knobs: Any) -> None:
    resp = httpx.post(f"http://127.0.0.1:{stack.ports['fake_slack']}/_fake/behaviour", json=knobs, trust_env=False)
    assert resp.status_code == 200, resp.text


def row(run: LoadRun, **extra: Any) -> dict[str, Any]:
    counts = [v for v in extra.values() if isinstance(v, dict) and "lost" in v]
    return {**run.summary(), "lost": sum(c["lost"] for c in counts),
            "duplicated": sum(c["duplicated"] for c in counts), **extra}


async def test_postgres_stopped_then_restarted(fault_stack: StackHandle, edge: Edge) -> None:
    stack = fault_stack
    edge.events.clear()
    edge.acked.clear()
    slack_ids: list[str] = []

    async def fault() -> None:
        await asyncio.sleep(0.5)
        slack_ids.extend(await queue_alert_jobs(stack, JOBS))
        await asyncio.sleep(0.5)
        await asyncio.to_thread(stop_postgres, stack)
        try:
            await asyncio.sleep(OUTAGE_S)
        finally:
            await asyncio.to_thread(start_postgres, stack)
        await asyncio.sleep(2.0)

    weather_delay(stack, 300)
    try:
        run = await under_load(edge, [("api", edge.users, True), ("slack_event", edge.slack_event, False),
                                      ("oauth_token", edge.token, False),
                                      ("oauth_unknown_client", edge.unknown_client, False)], fault)
    finally:
        weather_delay(stack, 0)
    assert_clean(run, {"api": {200, 503}, "slack_event": {200, 503}, "oauth_token": {200, 503},
                       "oauth_unknown_client": {401, 503}})
    for label in ("api", "slack_event", "oauth_unknown_client"):   # the outage was seen by both services
        assert 503 in run.statuses(label), (label, run.statuses(label))
    assert await poll(lambda: api_ok(edge)) and await poll(lambda: token_ok(edge))
    redelivered = await redeliver_unacknowledged(edge)
    channels = [p["event"]["channel"] for p in edge.events.values()]
    events = await settle_exactly_once(stack, channels)
    jobs = await settle_exactly_once(stack, slack_ids)
    statuses = await job_statuses(stack, slack_ids)
    record("postgres_stopped", row(run, outage_s=OUTAGE_S, events={**events, "sent": len(channels),
                                   "redelivered_after_503": redelivered}, jobs={**jobs, "queued": len(slack_ids),
                                   "statuses": dict(statuses)}))
    assert events == {"lost": 0, "duplicated": 0}, events
    assert jobs == {"lost": 0, "duplicated": 0}, jobs
    assert statuses == {"done": JOBS}, statuses


async def test_redis_killed_limits_fail_open_locally_then_recover(
        fault_stack: StackHandle, edge: Edge, fault_redis: RedisServer) -> None:
    stack = fault_stack
    fallback: dict[str, float] = {}

    async def fault() -> None:
        await asyncio.sleep(1.0)
        fallback["before"] = metric_sum(stack, "edge_limit_fallback_total", route="api")
        await asyncio.to_thread(fault_redis.kill)
        try:
            await asyncio.sleep(OUTAGE_S)
            fallback["during"] = metric_sum(stack, "edge_limit_fallback_total", route="api")
        finally:
            await asyncio.to_thread(fault_redis.start)
        await asyncio.sleep(2.0)

    run = await under_load(edge, [("api", edge.users, True)], fault)
    assert_clean(run, {"api": {200}})   # the limits fell back to this node's counters: nothing refused
    assert fallback["during"] > fallback["before"], fallback

    async def decided_in_redis_again() -> bool:
        # Past the cooldown every worker tries Redis again: a burst that adds no fallback decision.
        before = metric_sum(stack, "edge_limit_fallback_total", route="api")
        async with edge.client() as client:
            statuses = {(await edge.users(client, i)).status_code for i in range(8)}
        assert statuses == {200}, statuses
        return metric_sum(stack, "edge_limit_fallback_total", route="api") == before

    assert await poll(decided_in_redis_again)
    # The restarted Redis starts with empty stats: the limiter's scripts ran there since.
    assert re.search(r"^cmdstat_(evalsha|eval|fcall):calls=[1-9]", fault_redis.cli("INFO", "commandstats"), re.M)
    record("redis_killed", row(run, outage_s=OUTAGE_S, fallback_decisions=fallback["during"] - fallback["before"]))


async def test_tokendealer_down_edge_verifies_from_cached_jwks(fault_stack: StackHandle, edge: Edge) -> None:
    stack = fault_stack
    assert await api_ok(edge)   # the edge holds TokenDealer's JWKS from here on
    old_pid = stack.pid("tokendealer")
    down_s = 6.0 if LONG else 2.0  # shorter than the runner's restart backoff: it stays down meanwhile

    async def fault() -> None:
        await asyncio.sleep(0.5)
        os.kill(old_pid, signal.SIGKILL)
        await asyncio.sleep(down_s)

    run = await under_load(edge, [("api", edge.users, True), ("oauth_token", edge.token, False)], fault)
    token_statuses = [o.status for o in run.of("oauth_token")]
    # TokenDealer refuses connections: the edge says 503 (retry), not 502 (it answered badly)
    assert_clean(run, {"api": {200}, "oauth_token": {200, 503}})
    assert 503 in token_statuses, token_statuses
    assert await poll(lambda: token_ok(edge))   # restarted by the runner
    assert stack.pid("tokendealer") != old_pid
    record("tokendealer_down", row(run, down_s=down_s))


async def test_jeeves_stalled_past_upstream_timeout(fault_stack: StackHandle, edge: Edge) -> None:
    stack = fault_stack
    pid = stack.pid("jeeves")
    stall_s = API_READ_TIMEOUT_S + (6.0 if LONG else 1.5)

    held: list[float] = []

    async def fault() -> None:
        await asyncio.sleep(0.5)
        os.kill(pid, signal.SIGSTOP)
        try:
            await asyncio.sleep(stall_s - 0.5)
            held.append(await asyncio.to_thread(metric_sum, stack, "edge_limit_inflight", route="api"))
            await asyncio.sleep(0.5)
        finally:
            os.kill(pid, signal.SIGCONT)
        await asyncio.sleep(1.0)

    run = await under_load(edge, [("api", edge.users, True)], fault, rate=10.0)
    assert_clean(run, {"api": {200, 504}})
    timeouts = [o for o in run.of("api") if o.status == 504]
    assert timeouts, run.statuses()
    assert all(isinstance(o.body, dict) and "error" in o.body for o in timeouts), timeouts[:2]

    async def slots_free() -> bool:
        return metric_sum(stack, "edge_limit_inflight", route="api") == 0

    assert held[0] > 0   # the stalled requests did hold slots...
    assert await poll(slots_free), metric_sum(stack, "edge_limit_inflight", route="api")   # ...and gave them back
    assert await poll(lambda: api_ok(edge))
    record("jeeves_stalled", row(run, stall_s=stall_s, upstream_timeout_s=API_READ_TIMEOUT_S,
                                 slots_held_during_stall=held[0]))


async def test_five_reloads_under_load_fail_nothing(fault_stack: StackHandle, edge: Edge) -> None:
    stack = fault_stack
    reloads: list[set[int]] = []

    async def fault() -> None:
        for _ in range(5):
            await asyncio.sleep(0.6)
            before = nginx_workers(stack)
            result = await asyncio.to_thread(stack.gateway, "reload")
            assert result.returncode == 0, result.stdout + result.stderr

            async def replaced(before: set[int] = before) -> bool:   # new workers, the old ones gone
                return not nginx_workers(stack) & before

            assert await poll(replaced, 30)
            reloads.append(before)
        await asyncio.sleep(0.6)

    run = await under_load(edge, [("api", edge.users, True)], fault, rate=20.0)
    assert len(reloads) == 5
    assert_clean(run, {"api": {200}})
    record("gateway_reloaded_5x", row(run, reloads=len(reloads)))


def nginx_workers(stack: StackHandle) -> set[int]:
    """Pids of the nginx master's children (its workers)."""
    master = int((stack.run_dir / "nginx" / "nginx.pid").read_text().strip())
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return {int(pid) for pid in children}


async def test_worker_killed_mid_job_runs_it_once_later(fault_stack: StackHandle, edge: Edge) -> None:
    stack = fault_stack
    old_pid = stack.pid("worker")
    slack_ids: list[str] = []
    at_kill: dict[str, int] = {}

    async def fault() -> None:
        slack_ids.extend(await queue_alert_jobs(stack, JOBS))

        async def mid_send() -> bool:   # a job is running and Slack has taken at least one of the alerts
            return (await job_statuses(stack, slack_ids))["running"] > 0 and \
                any(slack_posts(stack)[u] for u in slack_ids)

        assert await poll(mid_send, 30)
        os.kill(old_pid, signal.SIGKILL)
        at_kill.update(running=(await job_statuses(stack, slack_ids))["running"],
                       posted=sum(1 for u in slack_ids if slack_posts(stack)[u]))
        await asyncio.sleep(2.0)

    weather_delay(stack, 800)   # each alert job waits on the weather API: killed while running...
    slack_behaviour(stack, reply_delay_ms=1000)   # ...or between Slack's post and the worker's record of it
    try:
        run = await under_load(edge, [("api", edge.users, True)], fault)
        slack_behaviour(stack, reply_delay_ms=0)
        jobs = await settle_exactly_once(stack, slack_ids)
        statuses = await job_statuses(stack, slack_ids)
    finally:
        weather_delay(stack, 0)
        slack_behaviour(stack, reply_delay_ms=0)
    record("worker_killed", row(run, jobs={**jobs, "queued": len(slack_ids), "running_at_kill": at_kill["running"],
                                           "posted_at_kill": at_kill["posted"], "statuses": dict(statuses)}))
    assert_clean(run, {"api": {200}})
    assert at_kill["running"] > 0
    assert stack.pid("worker") != old_pid   # the runner restarted it
    assert jobs == {"lost": 0, "duplicated": 0}, jobs
    assert statuses == {"done": JOBS}, statuses
