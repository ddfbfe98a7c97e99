"""python -m app.worker: runs background jobs from the PostgreSQL queue (see app/services/jobs.py).

Up to `concurrency` jobs at once, claimed in batches with SKIP LOCKED, so any number of worker
processes share a queue. SIGTERM: stop claiming, finish what runs, exit. A killed worker loses
nothing: its claimed jobs come back when their lease expires. Every worker also queues the periodic
jobs, deduplicated per time slot, so exactly one copy of each runs however many workers there are.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import time

import structlog

from app.config import Settings
from app.deps import Deps
from app.services import jobs
from app.services.job_handlers import HANDLERS, JobContext
from app.services.tokens import ClientCredentials, DataAPI
from servicekit import logging

log = structlog.get_logger()
PERIODIC = {"schedule_weather_alerts": 60, "prune": 3600}  # kind -> seconds between runs


class Worker:
    def __init__(self, ctx: JobContext, concurrency: int, lease: float, poll: float, periodic: bool) -> None:
        self.ctx, self.concurrency, self.lease, self.poll = ctx, concurrency, lease, poll
        self.periodic = periodic
        self.id = f"{socket.gethostname()}:{os.getpid()}"
        self.stopping = asyncio.Event()
        self.running: set[asyncio.Task[None]] = set()
        self.processed = 0

    async def execute(self, job: jobs.ClaimedJob) -> None:
        handle = HANDLERS.get(job.kind)
        started = time.perf_counter()
        try:
            if handle is None:
                raise LookupError(f"no handler for job kind {job.kind!r}")
            await handle(self.ctx, job)
            self.processed += 1
            log.info("job_done", job_id=job.id, kind=job.kind, attempt=job.attempts,
                     ms=int((time.perf_counter() - started) * 1000))
        except jobs.LeaseLost as exc:
            log.warning("job_lease_lost", job_id=job.id, error=str(exc))
        except Exception as exc:  # any handler failure is retried with backoff, never kills the worker
            status = await jobs.fail(self.ctx.deps.engine, job, f"{type(exc).__name__}: {exc}")
            log.warning("job_failed", job_id=job.id, kind=job.kind, attempt=job.attempts, next=status,
                        error=f"{type(exc).__name__}: {exc}")

    async def schedule_periodic(self) -> None:
        now = int(time.time())
        async with self.ctx.deps.engine.begin() as conn:
            for kind, every in PERIODIC.items():
                await jobs.enqueue(conn, kind, queue=self.ctx.queue, dedup_key=f"{kind}:{now // every}",
                                   max_attempts=3)

    async def run(self) -> None:
        log.info("worker_started", worker=self.id, queue=self.ctx.queue, concurrency=self.concurrency)
        next_periodic = 0.0
        while not self.stopping.is_set():
            try:
                if self.periodic and time.monotonic() >= next_periodic:
                    await self.schedule_periodic()
                    next_periodic = time.monotonic() + 30
                free = self.concurrency - len(self.running)
                claimed = await jobs.claim(self.ctx.deps.engine, self.ctx.queue, self.id, free, self.lease) \
                    if free > 0 else []
            except (OSError, TimeoutError) as exc:  # DB restarting: wait and retry, do not die
                log.warning("worker_db_unavailable", error=str(exc))
                claimed = []
            except Exception as exc:
                log.exception("worker_loop_error", error=type(exc).__name__)
                claimed = []
            for job in claimed:
                task = asyncio.create_task(self.execute(job))
                self.running.add(task)
                task.add_done_callback(self.running.discard)
            if claimed and len(claimed) == free:
                await asyncio.wait(self.running, return_when=asyncio.FIRST_COMPLETED)
            elif not claimed:
                waiters = [asyncio.create_task(self.stopping.wait())]
                done, pending = await asyncio.wait([*waiters, *self.running], timeout=self.poll,
                                                   return_when=asyncio.FIRST_COMPLETED)
                for waiter in waiters:
                    waiter.cancel()
        if self.running:
            await asyncio.wait(self.running, timeout=self.lease)
        log.info("worker_stopped", worker=self.id, processed=self.processed)


async def main(args: argparse.Namespace) -> None:
    settings = Settings.from_env()
    logging.configure("worker", settings.log_level)
    deps = await Deps.open(settings)
    try:
        credentials = ClientCredentials.from_file(deps.http, settings.tokendealer_url,
                                                  settings.run_dir / "secrets" / "worker_client.json")
        ctx = JobContext(deps, DataAPI(deps.http, settings.jeeves_url, credentials), args.queue, args.lease)
        worker = Worker(ctx, args.concurrency, args.lease, args.poll, periodic=not args.no_periodic)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, worker.stopping.set)
        await worker.run()
    finally:
        await deps.close()


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    env = os.environ
    parser = argparse.ArgumentParser(prog="python -m app.worker")
    parser.add_argument("--queue", default=env.get("JEEVES_WORKER_QUEUE", "default"))
    parser.add_argument("--concurrency", type=int, default=int(env.get("JEEVES_WORKER_CONCURRENCY", "4")))
    parser.add_argument("--lease", type=float, default=float(env.get("JEEVES_JOB_LEASE_SECONDS", "60")),
                        help="seconds before a claimed job of a dead worker is claimed again")
    parser.add_argument("--poll", type=float, default=float(env.get("JEEVES_WORKER_POLL_SECONDS", "1")))
    parser.add_argument("--no-periodic", action="store_true", help="do not queue the periodic jobs")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse()))
