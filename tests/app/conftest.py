"""Fixtures for Jeeves: the stack's jeeves database, own fake Slack/weather servers, signed events."""

from __future__ import annotations

import hashlib
import hmac
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from stackctl import REPO, StackHandle, free_ports

from servicekit.jsonlines import read_json_lines

from ..admin.conftest import chromium, page  # noqa: F401  (the browser fixtures, for test_me_browser)

VENV_BIN = Path(sys.executable).parent


def jeeves_db_url(stack: StackHandle) -> str:
    return (f"postgresql+asyncpg://jeeves:{stack.secret('jeeves_db_password')}"
            f"@127.0.0.1:{stack.ports['postgres']}/jeeves")


@pytest.fixture
async def db(stack: StackHandle) -> AsyncIterator[AsyncEngine]:
    """An engine on the stack's Jeeves database, as the tests read and seed it."""
    engine = create_async_engine(jeeves_db_url(stack))
    yield engine
    await engine.dispose()


def sign(body: bytes, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 signature, computed independently of slack_sdk (so the app's check is really tested)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}",
            "Content-Type": "application/json"}


def event(text: str, *, team: str = "T0TEST", user: str = "U0TEST", channel: str = "C0TEST",
          event_id: str | None = None, kind: str = "app_mention", **extra: Any) -> dict[str, Any]:
    body_event = {"type": kind, "user": user, "channel": channel, "text": text, "ts": f"{time.time():.6f}", **extra}
    return {"type": "event_callback", "team_id": team, "event_id": event_id or f"Ev{time.time_ns()}",
            "event_time": int(time.time()), "event": body_event,
            "authorizations": [{"user_id": "UJEEVESBOT", "is_bot": True, "team_id": team}]}


def wait_for(predicate: Callable[[], Any], timeout: float = 15.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


@dataclass
class FakeServer:
    """A fake (app.fakes.<name>) as a real Hypercorn process on a free port, logging under run_dir."""

    name: str
    port: int
    run_dir: Path
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.run_dir / "logs" / f"fake-{self.name}.jsonl"

    def calls(self) -> list[dict[str, Any]]:
        return read_json_lines(self.log)

    def behave(self, **knobs: Any) -> None:
        httpx.post(f"{self.url}/_fake/behaviour", json=knobs, trust_env=False).raise_for_status()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_fake(name: str, run_dir: Path, **env: str) -> FakeServer:
    port = free_ports(1)[0]
    (run_dir / "logs").mkdir(parents=True, exist_ok=True)
    out = open(run_dir / "logs" / f"fake_{name}.log", "ab")  # noqa: SIM115 - handed to the child
    proc = subprocess.Popen([str(VENV_BIN / "hypercorn"), "--bind", f"127.0.0.1:{port}", "--workers", "0",
                             f"app.fakes.{name}:create_app()"], cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                            env={**os.environ, "RUN_DIR": str(run_dir), **env})
    out.close()
    fake = FakeServer(name, port, run_dir, proc)

    def up() -> bool:
        try:
            return httpx.get(f"{fake.url}/healthz", trust_env=False).status_code == 200
        except httpx.HTTPError:
            return False

    if not wait_for(up, 20):
        fake.stop()
        raise RuntimeError(f"fake {name} did not start")
    return fake


@pytest.fixture
def fakes(tmp_path: Path) -> Iterator[tuple[FakeServer, FakeServer]]:
    """A fake Slack and a fake weather of this test's own, so their behaviour knobs are private."""
    slack = start_fake("slack", tmp_path, SLACK_BOT_TOKEN="xoxb-test")
    weather = start_fake("weather", tmp_path)
    try:
        yield slack, weather
    finally:
        slack.stop()
        weather.stop()
