"""Logs cannot fill the disk: `python -m gateway rotate-logs` under load on a stack of its own.

The access log is renamed and nginx reopens it (USR1) while keep-alive clients keep sending: every
answered request still has exactly one access-log line across the rotated files, no request fails,
and the services' piped logs rotate with it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from stackctl import KeepAliveLoad, StackHandle, new_stack

pytestmark = pytest.mark.stack
ROTATIONS = 3


@pytest.fixture(scope="module")
def own_stack() -> Iterator[StackHandle]:
    with new_stack("logrotate").start() as handle:
        yield handle


def marked_lines(stack: StackHandle, marker: str) -> int:
    return sum(path.read_text(errors="replace").count(marker)
               for path in (stack.run_dir / "logs").glob("gateway-access.log*"))


def wait_for(check, what: str, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def test_forced_rotation_under_load_loses_no_line_and_fails_no_request(own_stack: StackHandle) -> None:
    marker = f"rotation-{uuid.uuid4().hex}"
    logs = own_stack.run_dir / "logs"

    def request(client: httpx.Client) -> httpx.Response:
        return client.get("/healthz", headers={"User-Agent": marker})

    with KeepAliveLoad(own_stack.client, request, threads=4) as load:
        for round_ in range(1, ROTATIONS + 1):
            load.wait_for_more(300)
            result = own_stack.gateway("rotate-logs", timeout=60)
            assert result.returncode == 0, result.stderr
            wait_for(lambda n=round_: (logs / f"gateway-access.log.{n}").exists(), f"rotation {round_} not done")
        load.wait_for_more(300)

    assert load.errors == [] and load.retried == 0
    assert set(load.statuses) == {200}
    sent = len(load.statuses)
    # Buffered lines reach the file within flush=1s; every request has its line, none twice.
    wait_for(lambda: marked_lines(own_stack, marker) >= sent, f"access log lines short of {sent} requests")
    assert marked_lines(own_stack, marker) == sent
    assert all(marker in (logs / f"gateway-access.log.{n}").read_text() for n in range(1, ROTATIONS))
    # Every other log of the stack went round too: the services' (piped) and nginx's error log.
    for name in ("jeeves", "tokendealer", "postgres", "redis", "nginx", "gateway-error"):
        assert (logs / f"{name}.log.{ROTATIONS}").exists(), name
    assert "logs rotated on request" in own_stack.log("stack") + \
        (own_stack.run_dir / "stack-runner.log").read_text(errors="replace")


def test_services_keep_logging_into_the_new_file_after_rotation(own_stack: StackHandle) -> None:
    logs = own_stack.run_dir / "logs"
    log = logs / "tokendealer.log"
    rotated = len(list(logs.glob("tokendealer.log.*")))
    assert rotated < 5, "keep (5) reached: a new rotation would not show"
    assert own_stack.gateway("rotate-logs", timeout=60).returncode == 0
    wait_for(lambda: len(list(logs.glob("tokendealer.log.*"))) == rotated + 1, "tokendealer.log not rotated")
    client_id = f"nobody-{uuid.uuid4().hex[:12]}"
    with own_stack.client() as client:
        resp = client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, "wrong"))
        assert resp.status_code == 401
    wait_for(lambda: client_id in log.read_text(errors="replace"), "TokenDealer's line not in the new tokendealer.log")
