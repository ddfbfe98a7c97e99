"""Helpers of the limiter suite shared by its conftest and tests: a Redis of our own, metric reads."""

from __future__ import annotations

import re
import secrets
import signal
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx
from stackctl import StackHandle, free_ports


class RedisServer:
    """redis-server on a free port with a password; kill() kills it hard, start() brings it back.
    As a context manager: started on entry, killed on exit."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_ports(1)[0]
        self.password = secrets.token_urlsafe(24)
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        conf = self.workdir / "redis.conf"
        conf.write_text(f"port {self.port}\nbind 127.0.0.1\nrequirepass {self.password}\ndir {self.workdir}\n"
                        "save \"\"\nappendonly no\n")
        self.process = subprocess.Popen(["redis-server", str(conf)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.cli("PING").strip() == "PONG":
                return
            time.sleep(0.05)
        raise RuntimeError("test redis did not start")

    def cli(self, *args: str) -> str:
        result = subprocess.run(["redis-cli", "-p", str(self.port), "--no-auth-warning", "-a", self.password,
                                 *args], capture_output=True, text=True, check=False, timeout=5)
        return result.stdout

    def pause(self, paused: bool) -> None:
        """SIGSTOP/SIGCONT: a Redis that accepts connections but never answers (slow, not down)."""
        if self.process:
            self.process.send_signal(signal.SIGSTOP if paused else signal.SIGCONT)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.kill()
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.kill()


def metric(stack: StackHandle, series: str) -> float:
    """Value of one exact Prometheus series on the stack's status port (0 when absent)."""
    text = httpx.get(f"http://127.0.0.1:{stack.ports['metrics']}/metrics", trust_env=False).text
    match = re.search(r"^" + re.escape(series) + r" (\S+)$", text, re.M)
    return float(match.group(1)) if match else 0.0
