"""make up / make down semantics on a stack of its own: idempotent up, failure visibility, no leftovers."""

from __future__ import annotations

import os
import signal
import socket
import time

import pytest
from stackctl import StackHandle, new_stack

pytestmark = pytest.mark.stack


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().split(") ", 1)[1][0] != "Z"


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.fixture
def own_stack():  # type: ignore[no-untyped-def]
    with new_stack("lifecycle") as handle:
        yield handle


def _status_line(stack: StackHandle, service: str) -> str:
    lines = stack.gateway("status", timeout=60).stdout.splitlines()
    return next((line for line in lines if line.split()[:1] == [service]), "")


def _wait_restarted(stack: StackHandle, service: str, old_pid: int, timeout: float = 180) -> str:
    """Poll `gateway status` until service runs again under a new pid; returns its status line."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = _status_line(stack, service)
        if "restarts=1" in line and " alive " in line and f"pid {old_pid} " not in line:
            return line
        time.sleep(0.5)
    raise AssertionError(f"{service} not restarted; status:\n{stack.gateway('status').stdout}\n"
                         f"{stack.log('stack')[-3000:]}")


def test_up_twice_kill_jeeves_then_down_leaves_nothing(own_stack: StackHandle) -> None:
    # A long first backoff: the outage is observed before the supervisor brings jeeves back.
    own_stack.env["RUNNER_BACKOFF_INITIAL"] = "10"
    first = own_stack.gateway("up")
    assert first.returncode == 0, first.stderr + first.stdout
    second = own_stack.gateway("up")
    assert second.returncode == 0 and "already running" in second.stdout

    pids = {p.stem: int(p.read_text()) for p in (own_stack.run_dir / "pids").glob("*.pid")}
    assert {"postgres", "redis", "jeeves", "tokendealer", "nginx"} <= set(pids)

    os.kill(pids["jeeves"], signal.SIGKILL)
    with own_stack.client() as client:
        deadline = time.monotonic() + 10
        while client.get("/readyz").status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["jeeves"] == "down"
        assert "jeeves" in ready.json()["message"]
        # /admin/ has no edge auth in front (/api/ answers 401 before any upstream is tried).
        # Nothing listens on Jeeves's port: the service is down (503 + Retry-After), not a bad answer (502).
        api = client.get("/admin/login")
        assert api.status_code == 503
        assert api.headers["Content-Type"] == "application/json" and api.headers["Retry-After"] == "1"
        assert api.json()["error"] == "service_unavailable" and "upstream jeeves" in api.json()["message"]
        # TokenDealer is unaffected.
        assert client.get("/.well-known/oauth-authorization-server").status_code < 500

        # The supervisor restarts it (counted in status), and the edge is ready again.
        _wait_restarted(own_stack, "jeeves", pids["jeeves"])
        deadline = time.monotonic() + 120
        while client.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, "not ready after jeeves came back"
            time.sleep(0.3)
        assert "jeeves died (signal 9); restart #1" in own_stack.log("stack")

        # PostgreSQL too: killed, restarted, and TokenDealer issues tokens from it again.
        os.kill(pids["postgres"], signal.SIGKILL)
        _wait_restarted(own_stack, "postgres", pids["postgres"])
        demo = own_stack.secret_json("demo_client.json")
        deadline = time.monotonic() + 120
        while client.post("/oauth/token", data={"grant_type": "client_credentials"},
                          auth=(demo["client_id"], demo["client_secret"])).status_code != 200:
            assert time.monotonic() < deadline, "no token after PostgreSQL came back"
            time.sleep(0.5)
    pids.update({p.stem: int(p.read_text()) for p in (own_stack.run_dir / "pids").glob("*.pid")})

    down = own_stack.gateway("down")
    assert down.returncode == 0
    for name, pid in pids.items():
        assert not _alive(pid), f"{name} (pid {pid}) survived make down"
    for name in ("https", "http", "metrics", "postgres", "redis", "jeeves", "tokendealer"):
        assert _port_free(own_stack.ports[name]), f"port of {name} still bound"


def test_port_in_use_names_the_culprit_and_cleans_up(own_stack: StackHandle) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", own_stack.ports["redis"]))
    blocker.listen()
    try:
        result = own_stack.gateway("run", timeout=180)
    finally:
        blocker.close()
    assert result.returncode == 1
    assert f"redis: port {own_stack.ports['redis']} is already in use" in result.stderr
    # PostgreSQL had started before Redis failed: it must be gone again.
    assert _port_free(own_stack.ports["postgres"])
    assert not list((own_stack.run_dir / "pids").glob("*.pid"))
