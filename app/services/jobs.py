"""The PostgreSQL job queue: at-least-once delivery, made exactly-once in effect by the handlers.

A claim (FOR UPDATE SKIP LOCKED, so workers never wait on each other) marks jobs `running` with a
lease and bumps `attempts`. A handler does its DB effects and `complete()` in ONE transaction, and
complete() only succeeds while (id, attempts) still names this claim: if a worker died and its job was
re-claimed after the lease, the late finisher's transaction rolls back. An effect outside the database
(a Slack message) cannot roll back: the handler renews its lease as a fence and records an intent before
it (job_handlers.weather_alert). Failures go back to `queued` with exponential backoff until
max_attempts, then `failed`.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from app.db.models import Job


class LeaseLost(Exception):
    """Another worker owns this job now (our lease expired); our effects must roll back."""


@dataclass(frozen=True)
class ClaimedJob:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int


async def enqueue(conn: AsyncSession | AsyncConnection, kind: str, payload: dict[str, Any] | None = None, *,
                  queue: str = "default", dedup_key: str | None = None, delay: float = 0.0,
                  max_attempts: int = 8) -> int | None:
    """Returns the new job id, or None when a job with this dedup_key already exists."""
    values: dict[str, Any] = {"kind": kind, "payload": payload or {}, "queue": queue, "dedup_key": dedup_key,
                              "max_attempts": max_attempts}
    if delay:
        values["run_at"] = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delay)
    stmt = insert(Job).values(**values)
    if dedup_key is not None:
        stmt = stmt.on_conflict_do_nothing(index_elements=["dedup_key"],
                                           index_where=text("dedup_key IS NOT NULL"))
    result = await conn.execute(stmt.returning(Job.id))
    return result.scalar_one_or_none()


_CLAIM = text("""
UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = :worker,
       locked_until = now() + make_interval(secs => :lease)
WHERE id IN (
    SELECT id FROM jobs
    WHERE queue = :queue AND status IN ('queued', 'running') AND run_at <= now()
      AND (status = 'queued' OR locked_until < now())
    ORDER BY run_at, id
    FOR UPDATE SKIP LOCKED
    LIMIT :limit)
RETURNING id, kind, payload, attempts, max_attempts
""")


async def claim(engine: AsyncEngine, queue: str, worker: str, limit: int, lease: float) -> list[ClaimedJob]:
    async with engine.begin() as conn:
        rows = await conn.execute(_CLAIM, {"worker": worker, "lease": lease, "queue": queue, "limit": limit})
        return [ClaimedJob(r.id, r.kind, r.payload, r.attempts, r.max_attempts) for r in rows]


async def complete(conn: AsyncSession | AsyncConnection, job: ClaimedJob) -> None:
    """Call inside the handler's transaction, last: raises LeaseLost (roll back!) if the job moved on."""
    result = await conn.execute(text(
        "UPDATE jobs SET status = 'done', finished_at = now(), locked_until = NULL, last_error = NULL "
        "WHERE id = :id AND attempts = :attempts AND status = 'running'"),
        {"id": job.id, "attempts": job.attempts})
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LeaseLost(f"job {job.id} attempt {job.attempts} was re-claimed")


async def renew(conn: AsyncSession | AsyncConnection, job: ClaimedJob, lease: float) -> None:
    """Extends this claim's lease by `lease` seconds from now, or raises LeaseLost: the fence before an
    effect outside the database (no other attempt can be claimed until the new lease runs out)."""
    result = await conn.execute(text(
        "UPDATE jobs SET locked_until = now() + make_interval(secs => :lease) "
        "WHERE id = :id AND attempts = :attempts AND status = 'running'"),
        {"id": job.id, "attempts": job.attempts, "lease": lease})
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LeaseLost(f"job {job.id} attempt {job.attempts} was re-claimed")


async def holds_lease(conn: AsyncSession | AsyncConnection, job_id: int | None, attempt: int | None) -> bool:
    """Whether attempt `attempt` of job `job_id` is still running within its lease (its worker may be
    mid-effect)."""
    if job_id is None or attempt is None:
        return False
    held = await conn.scalar(text(
        "SELECT 1 FROM jobs WHERE id = :id AND attempts = :attempts AND status = 'running' "
        "AND locked_until > now()"), {"id": job_id, "attempts": attempt})
    return held is not None


def backoff_seconds(attempts: int, base: float = 2.0, cap: float = 600.0) -> float:
    # Full jitter (AWS architecture blog): spreads retries of many failed jobs over the window.
    return random.uniform(base / 2, min(cap, base * 2 ** (attempts - 1)))  # noqa: S311  # nosec B311


async def fail(engine: AsyncEngine, job: ClaimedJob, error: str, base_delay: float = 2.0) -> str:
    """Back to the queue after a backoff, or `failed` after max_attempts. Returns the new status."""
    final = job.attempts >= job.max_attempts
    async with engine.begin() as conn:
        await conn.execute(text(
            "UPDATE jobs SET status = :status, last_error = :error, locked_until = NULL, "
            "run_at = now() + make_interval(secs => :delay), finished_at = CASE WHEN :final THEN now() END "
            "WHERE id = :id AND attempts = :attempts AND status = 'running'"),
            {"status": "failed" if final else "queued", "error": error[:2000], "final": final,
             "delay": 0.0 if final else backoff_seconds(job.attempts, base_delay),
             "id": job.id, "attempts": job.attempts})
    return "failed" if final else "queued"


async def counts(engine: AsyncEngine, queue: str) -> dict[str, int]:
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT status, count(*) FROM jobs WHERE queue = :q GROUP BY status"),
                                  {"q": queue})
        return {status: int(n) for status, n in rows}
