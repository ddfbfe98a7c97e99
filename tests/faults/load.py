"""Steady load for the fault suite: requests at a fixed rate through the edge, each answer classified.

A hang is a request with no answer when the client's generous timeout expires (well past the edge's
upstream timeouts). A request closed unanswered on a keep-alive connection (an old nginx worker after a
reload) is retried once when idempotent (RFC 9112 9.3.1); the retry is counted.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

CLIENT_TIMEOUT = 45.0  # the edge's longest upstream read timeout (30 s) + margin
Request = Callable[[httpx.AsyncClient, int], Awaitable[httpx.Response]]


@dataclass
class Outcome:
    label: str
    status: int | None = None
    is_json: bool = False
    error: str | None = None  # transport failure after the one allowed retry
    hung: bool = False
    retried: bool = False
    body: Any = None


@dataclass
class LoadRun:
    outcomes: list[Outcome] = field(default_factory=list)

    def of(self, label: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.label == label]

    def statuses(self, label: str | None = None) -> Counter[int]:
        return Counter(o.status for o in self.outcomes if o.status is not None and label in (None, o.label))

    def summary(self) -> dict[str, Any]:
        answered = [o for o in self.outcomes if o.status is not None]
        errors = [o for o in answered if o.status >= 400]
        return {
            "sent": len(self.outcomes),
            "answered_by_status": dict(sorted(Counter(str(o.status) for o in answered).items())),
            "json_errors_by_status": dict(sorted(Counter(str(o.status) for o in errors if o.is_json).items())),
            "non_json_errors": sum(1 for o in errors if not o.is_json),
            "hung": sum(1 for o in self.outcomes if o.hung),
            "unanswered": sum(1 for o in self.outcomes if o.error is not None),
            "retried_after_close": sum(1 for o in self.outcomes if o.retried),
        }


async def _one(client: httpx.AsyncClient, label: str, request: Request, index: int, idempotent: bool) -> Outcome:
    outcome = Outcome(label)
    for attempt in (0, 1):
        try:
            resp = await request(client, index)
        except httpx.TimeoutException as exc:
            outcome.hung, outcome.error = True, None
            outcome.body = repr(exc)
            return outcome
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:   # closed or reset before any answer
            if idempotent and attempt == 0:
                outcome.retried = True
                continue
            outcome.error = repr(exc)
            return outcome
        except httpx.HTTPError as exc:
            outcome.error = repr(exc)
            return outcome
        outcome.status = resp.status_code
        outcome.is_json = resp.headers.get("content-type", "").startswith("application/json")
        if outcome.is_json:
            try:
                outcome.body = resp.json()
            except ValueError:
                outcome.is_json = False
        return outcome
    return outcome


async def steady_load(base_url: str, ssl_context: ssl.SSLContext, mix: list[tuple[str, Request, bool]],
                      rate: float, max_count: int, stop: asyncio.Event | None = None,
                      answer_within: float = CLIENT_TIMEOUT) -> LoadRun:
    """Starts one request every 1/rate s (cycling through `mix`: label, request, idempotent) without
    waiting for answers, until max_count were sent or `stop` is set; returns once every one is settled."""
    run = LoadRun()
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=20)
    async with httpx.AsyncClient(base_url=base_url, verify=ssl_context, trust_env=False, limits=limits,
                                 timeout=httpx.Timeout(answer_within, connect=10.0)) as client:
        tasks: list[asyncio.Task[Outcome]] = []
        start = time.monotonic()
        for index in range(max_count):
            if stop is not None and stop.is_set():
                break
            label, request, idempotent = mix[index % len(mix)]
            tasks.append(asyncio.create_task(_one(client, label, request, index, idempotent)))
            await asyncio.sleep(max(0.0, start + (index + 1) / rate - time.monotonic()))
        run.outcomes = list(await asyncio.gather(*tasks))
    return run
