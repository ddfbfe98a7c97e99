"""What both fakes share: adjustable behaviour and an append-only JSON-lines call log."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any

from quart import Quart, request


class Behaviour:
    """Knobs set through POST /_fake/behaviour: delay_ms (before answering), reply_delay_ms (after doing
    the work, before the answer: the Slack fake), down, fail_next (with status, retry_after)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.delay_ms = 0
        self.reply_delay_ms = 0
        self.down = False
        self.fail_next = 0
        self.fail_status = 429
        self.retry_after = 1

    def update(self, data: dict[str, Any]) -> dict[str, Any]:
        if data.get("reset"):
            self.reset()
        self.delay_ms = max(0, min(int(data.get("delay_ms", self.delay_ms)), 30_000))
        self.reply_delay_ms = max(0, min(int(data.get("reply_delay_ms", self.reply_delay_ms)), 120_000))
        self.down = bool(data.get("down", self.down))
        self.fail_next = max(0, int(data.get("fail_next", self.fail_next)))
        self.fail_status = int(data.get("fail_status", self.fail_status))
        self.retry_after = max(0, int(data.get("retry_after", self.retry_after)))
        return self.state()

    def state(self) -> dict[str, Any]:
        return {"delay_ms": self.delay_ms, "reply_delay_ms": self.reply_delay_ms, "down": self.down,
                "fail_next": self.fail_next, "fail_status": self.fail_status, "retry_after": self.retry_after}

    async def apply_delay(self) -> None:
        if self.delay_ms:
            await asyncio.sleep(self.delay_ms / 1000)

    async def apply_reply_delay(self) -> None:
        if self.reply_delay_ms:
            await asyncio.sleep(self.reply_delay_ms / 1000)

    def take_failure(self) -> bool:
        if self.fail_next > 0:
            self.fail_next -= 1
            return True
        return False


class CallLog:
    """One JSON object per line, appended with O_APPEND; read it with servicekit.jsonlines, which
    leaves a line still being written for the next read."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.count = 0

    def append(self, entry: dict[str, Any]) -> None:
        self.count += 1
        line = (json.dumps({"time": time.time(), **entry}, sort_keys=True) + "\n").encode()
        # A small local append: quicker than a thread hop, and the fake is not the system under test.
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            while line:
                line = line[os.write(fd, line):]
        finally:
            os.close(fd)


def log_path(name: str) -> Path:
    return Path(os.environ.get("RUN_DIR", ".run")) / "logs" / name


def install_control(app: Quart, behaviour: Behaviour, service: str, calls: CallLog) -> None:
    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": service}

    @app.post("/_fake/behaviour")
    async def set_behaviour() -> tuple[dict[str, Any], int]:
        data = await request.get_json(force=True, silent=True)
        if not isinstance(data, dict):
            return {"error": "invalid_json", "message": "body must be a JSON object"}, 400
        try:
            return behaviour.update(data), 200
        except (TypeError, ValueError):
            return {"error": "invalid_field", "message": "numbers expected"}, 400

    @app.get("/_fake/stats")
    async def stats() -> dict[str, Any]:
        return {"calls": calls.count, "log": str(calls.path), **behaviour.state()}
