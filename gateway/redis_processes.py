"""What a local Redis Cluster (redis_cluster.py) and a local Sentinel deployment (redis_sentinel.py)
share: redis-cli calls, and the redis-server processes the tests start, kill and stop together."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self


def port_of(address: str) -> int:
    return int(address.rsplit(":", 1)[1])


def cli(port: int, password: str, *args: str, timeout: float = 10) -> str:
    result = subprocess.run(["redis-cli", "-p", str(port), "--no-auth-warning", "-a", password, *args],  # noqa: S603,S607  # nosec B603 B607
                            capture_output=True, text=True, check=False, timeout=timeout)
    return result.stdout


class RedisProcesses:
    """redis-server processes under `root` by port, each logging to <root>/<port>.log; a subclass's
    start() runs them. As a context manager: started on entry (stopped if that fails), stopped on exit."""

    def __init__(self, root: Path, password: str) -> None:
        self.root = root
        self.password = password
        self.processes: dict[int, subprocess.Popen[bytes]] = {}

    def start(self) -> Self:
        raise NotImplementedError

    def spawn(self, port: int, args: list[str]) -> None:
        """`redis-server *args` listening on `port`, once it answers PING."""
        log = open(self.root / f"{port}.log", "ab")  # noqa: SIM115 - the child keeps it
        self.processes[port] = subprocess.Popen(["redis-server", *args], stdout=log, stderr=subprocess.STDOUT)  # noqa: S603,S607  # nosec B603 B607
        log.close()
        deadline = time.monotonic() + 10
        while cli(port, self.password, "PING", timeout=2).strip() != "PONG":
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server on port {port} did not start")
            time.sleep(0.05)

    def kill(self, port: int) -> None:
        process = self.processes.pop(port, None)
        if process and process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()

    def stop(self) -> None:
        for port in list(self.processes):
            self.kill(port)

    def __enter__(self) -> Self:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
