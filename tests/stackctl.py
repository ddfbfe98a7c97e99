"""Start a real stack (PostgreSQL, Redis, services, nginx) on free ports in its own run dir.

Used by the session fixture and by tests that need a stack of their own (e.g. to kill a service),
so `make test` works while `make run` holds the default ports.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from servicekit.jsonlines import read_json_lines
from servicekit.ports import free_ports

REPO = Path(__file__).resolve().parent.parent
LUA_CRASHES = ("runtime error", "entry thread aborted")   # in the gateway's error log
PORT_VARS = {
    "http": "GATEWAY_HTTP_PORT", "https": "GATEWAY_HTTPS_PORT", "metrics": "GATEWAY_METRICS_PORT",
    "jeeves": "JEEVES_PORT", "tokendealer": "TOKENDEALER_PORT", "fake_slack": "FAKE_SLACK_PORT",
    "fake_weather": "FAKE_WEATHER_PORT", "postgres": "PG_PORT", "redis": "REDIS_PORT",
}


@dataclass
class StackHandle:
    run_dir: Path
    ports: dict[str, int]
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ca(self) -> Path:
        return self.run_dir / "certs" / "ca.pem"

    @property
    def base_url(self) -> str:
        return f"https://localhost:{self.ports['https']}"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca))

    def client(self, **kwargs: Any) -> httpx.Client:
        # trust_env=False: the machine's SSL_CERT_FILE/REQUESTS_CA_BUNDLE must not replace our CA.
        return httpx.Client(base_url=self.base_url, verify=self.ssl_context(), trust_env=False,
                            timeout=10.0, **kwargs)

    def secret(self, name: str) -> str:
        return (self.run_dir / "secrets" / name).read_text().strip()

    def secret_json(self, name: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.run_dir / "secrets" / name).read_text())
        return data

    def log_path(self, name: str) -> Path:
        return self.run_dir / "logs" / f"{name}.log"

    def log(self, name: str) -> str:
        path = self.log_path(name)
        return path.read_text(errors="replace") if path.exists() else ""

    def lua_crashes(self, since: int = 0) -> list[str]:
        """The lines of the gateway's error log (from offset `since`) that say a Lua handler crashed."""
        return [line for line in self.log("gateway-error")[since:].splitlines()
                if any(needle in line for needle in LUA_CRASHES)]

    def log_until(self, name: str, needle: str, timeout: float = 10) -> str:
        """The log once it holds needle, or as it is at the deadline (the runner copies each child's
        output through a pipe: a line reaches the file a moment after the child wrote it)."""
        deadline = time.monotonic() + timeout
        while needle not in (text := self.log(name)) and time.monotonic() < deadline:
            time.sleep(0.05)
        return text

    def access_log_lines(self) -> list[dict[str, Any]]:
        return read_json_lines(self.log_path("gateway-access"))

    def access_log_until(self, check: Callable[[list[dict[str, Any]]], bool],
                         timeout: float = 10) -> list[dict[str, Any]]:
        """The access log once check(lines) holds, or as it is at the deadline (nginx writes its
        buffered access log within flush=1s)."""
        deadline = time.monotonic() + timeout
        while not check(lines := self.access_log_lines()) and time.monotonic() < deadline:
            time.sleep(0.1)
        return lines

    def pid(self, service: str) -> int:
        return int((self.run_dir / "pids" / f"{service}.pid").read_text().strip())

    def gateway(self, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gateway", *args], cwd=REPO, env=self.env,
                              capture_output=True, text=True, timeout=timeout, check=False)

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"stack exited ({self.process.returncode})")
            if self.ca.exists():
                try:
                    with self.client() as client:
                        if client.get("/readyz").status_code == 200:
                            return
                except httpx.HTTPError:
                    pass
            time.sleep(0.3)
        raise RuntimeError(f"stack not ready after {timeout}s:\n{self.log('stack')[-4000:]}")

    def start(self) -> StackHandle:
        log = open(self.run_dir / "stack-runner.log", "ab")  # noqa: SIM115 - handed to the child
        self.process = subprocess.Popen([sys.executable, "-m", "gateway", "run"], cwd=REPO, env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        try:
            self.wait_ready()
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(f"{exc}\n{(self.run_dir / 'stack-runner.log').read_text()[-4000:]}") from exc
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.gateway("down", timeout=120)

    def remove(self) -> None:
        if not os.environ.get("KEEP_TEST_RUN_DIR"):  # keep a failed run for a look
            shutil.rmtree(self.run_dir, ignore_errors=True)

    # `with new_stack(...).start() as handle:` stops the stack and removes its run dir however the block ends.
    def __enter__(self) -> StackHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.remove()


class KeepAliveLoad:
    """`threads` clients, each on one keep-alive connection, calling `request(client)` until the block ends.

    An old nginx worker closes its idle keep-alive connections on reload; a request sent on one just then
    is closed unanswered, and RFC 9112 9.3.1 lets a client retry such an idempotent request once on a new
    connection. Those retries are counted; anything else that fails is an error.
    """

    def __init__(self, make_client: Callable[[], httpx.Client],
                 request: Callable[[httpx.Client], httpx.Response], threads: int) -> None:
        self.statuses: list[int] = []
        self.errors: list[str] = []
        self.retried = 0
        self._make_client, self._request = make_client, request
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run) for _ in range(threads)]

    def _run(self) -> None:
        with self._make_client() as client:
            while not self._stop.is_set():
                try:
                    self.statuses.append(self._request(client).status_code)
                except httpx.RemoteProtocolError:
                    self.retried += 1
                    try:
                        self.statuses.append(self._request(client).status_code)
                    except httpx.HTTPError as exc:
                        self.errors.append(repr(exc))
                except httpx.HTTPError as exc:
                    self.errors.append(repr(exc))

    def wait_for_more(self, count: int, timeout: float = 60) -> None:
        target = len(self.statuses) + count
        deadline = time.monotonic() + timeout
        while len(self.statuses) < target:
            assert time.monotonic() < deadline, f"load stalled at {len(self.statuses)} of {target} requests"
            time.sleep(0.05)

    def __enter__(self) -> KeepAliveLoad:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()


def write_gateway_yaml(directory: Path, cfg: dict[str, Any]) -> Path:
    """cfg as directory/gateway.yaml: a stack's or a gateway node's GATEWAY_CONFIG."""
    path = directory / "gateway.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def new_stack(name: str = "test", **env_overrides: str) -> StackHandle:
    run_dir = REPO / ".run" / f"{name}-{uuid.uuid4().hex[:8]}"
    run_dir.mkdir(parents=True)
    ports = dict(zip(PORT_VARS, free_ports(len(PORT_VARS)), strict=True))
    env = {**os.environ, "RUN_DIR": str(run_dir), **{PORT_VARS[k]: str(v) for k, v in ports.items()}}
    env.update(env_overrides)
    return StackHandle(run_dir=run_dir, ports=ports, env=env)
