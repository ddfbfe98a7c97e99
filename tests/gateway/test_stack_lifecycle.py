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


def test_up_twice_kill_jeeves_then_down_leaves_nothing(own_stack: StackHandle) -> None:
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
        api = client.get("/admin/login")
        assert api.status_code == 502
        assert api.headers["Content-Type"] == "application/json"
        assert api.json()["error"] == "bad_gateway"
        # TokenDealer is unaffected.
        assert client.get("/.well-known/oauth-authorization-server").status_code != 502

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
