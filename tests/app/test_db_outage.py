"""PostgreSQL stopped under the services: JSON 503 with Retry-After (never a 500, never a hang), readiness
endpoints naming `postgres`, and recovery without a restart once it is back. A stack of its own."""

from __future__ import annotations

import json
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from stackctl import StackHandle, new_stack

from servicekit.jsonlines import read_json_lines

from .conftest import event, sign, wait_for

pytestmark = pytest.mark.stack
TIMEOUT = 10.0  # below the edge's upstream read timeout: an answer slower than this is a hang


@pytest.fixture(scope="module")
def outage_stack() -> Iterator[StackHandle]:
    with new_stack("outage").start() as handle:
        yield handle


def _pg(stack: StackHandle, *args: str) -> subprocess.CompletedProcess[str]:
    data = str((stack.run_dir / "pg").resolve())
    return subprocess.run(["runuser", "-u", "postgres", "--", "pg_ctl", "-D", data, *args],
                          capture_output=True, text=True, timeout=60, check=False)


def stop_postgres(stack: StackHandle) -> None:
    result = _pg(stack, "stop", "-m", "fast", "-w")
    assert result.returncode == 0, result.stderr


def start_postgres(stack: StackHandle) -> None:
    data = str((stack.run_dir / "pg").resolve())
    options = (f"-p {stack.ports['postgres']} -c listen_addresses=127.0.0.1 -c unix_socket_directories={data} "
               "-c max_connections=200")
    # (a supervisor may have restarted it already: then pg_ctl refuses and pg_isready says yes)
    started = _pg(stack, "start", "-w", "-l", f"{data}/restarted.log", "-o", options)
    probe = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(stack.ports["postgres"])]
    assert subprocess.run(probe, check=False).returncode == 0, started.stderr + started.stdout


def poll(call: Callable[[], httpx.Response], done: Callable[[httpx.Response], bool],
         seen: list[int], deadline_s: float = 60.0) -> httpx.Response:
    """Calls until `done` holds (every status seen is kept); a hang fails through the client timeout."""
    deadline = time.monotonic() + deadline_s
    while True:
        resp = call()
        seen.append(resp.status_code)
        if done(resp) or time.monotonic() > deadline:
            return resp
        time.sleep(0.2)


def assert_unavailable(resp: httpx.Response) -> None:
    assert resp.status_code == 503, (resp.status_code, resp.text[:300])
    assert resp.headers["content-type"].startswith("application/json")
    assert int(resp.headers["Retry-After"]) > 0
    assert resp.json()["error"] == "service_unavailable"


def replies(stack: StackHandle, channel: str) -> list[dict[str, Any]]:
    return [c for c in read_json_lines(stack.run_dir / "logs" / "fake-slack.jsonl")
            if c["method"] == "chat.postMessage" and c["args"].get("channel") == channel]


def test_database_outage_gives_503_then_recovers(outage_stack: StackHandle) -> None:
    stack = outage_stack
    creds = stack.secret_json("demo_client.json")
    jeeves = httpx.Client(base_url=f"http://127.0.0.1:{stack.ports['jeeves']}", trust_env=False, timeout=TIMEOUT)
    td = httpx.Client(base_url=f"http://127.0.0.1:{stack.ports['tokendealer']}", trust_env=False, timeout=TIMEOUT)

    def token() -> httpx.Response:
        return td.post("/oauth/token", data={"grant_type": "client_credentials"},
                       auth=(creds["client_id"], creds["client_secret"]))

    def unknown_client() -> httpx.Response:  # not in TokenDealer's client cache: needs the database
        return td.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=("outage-probe", "x"))

    bearer = token().json()["access_token"]
    secret = stack.secret("slack_signing_secret")

    def slack_event(payload: dict[str, Any], retry: int = 0) -> httpx.Response:
        body = json.dumps(payload).encode()
        headers = sign(body, secret) | ({"X-Slack-Retry-Num": str(retry)} if retry else {})
        return jeeves.post("/slack/events", content=body, headers=headers)

    channels = [f"COUT{uuid.uuid4().hex[:8].upper()}" for _ in range(3)]
    events = [event("help", channel=c, event_id=f"EvOut{uuid.uuid4().hex[:10]}") for c in channels]

    def users() -> httpx.Response:
        return jeeves.get("/api/users", headers={"Authorization": f"Bearer {bearer}"})

    assert users().status_code == 200
    assert jeeves.get("/readyz").status_code == 200 and td.get("/readyz").status_code == 200
    seen: list[int] = []
    assert slack_event(events[0]).status_code == 200  # acknowledged just before the outage
    stop_postgres(stack)
    try:
        assert_unavailable(poll(users, lambda r: r.status_code != 200, seen))
        for payload in events[1:]:  # not stored, so not acknowledged: Slack retries them later
            assert_unavailable(slack_event(payload))
        assert_unavailable(poll(unknown_client, lambda r: r.status_code != 401, seen))
        for service in (jeeves, td):
            ready = service.get("/readyz")
            assert ready.status_code == 503 and int(ready.headers["Retry-After"]) > 0
            assert ready.json()["dependencies"] == {"postgres": "down"}
            assert service.get("/healthz").status_code == 200  # alive: nothing to restart
    finally:
        start_postgres(stack)
    assert poll(users, lambda r: r.status_code == 200, seen).status_code == 200
    assert poll(unknown_client, lambda r: r.status_code == 401, seen).status_code == 401
    assert poll(token, lambda r: r.status_code == 200, seen).status_code == 200
    for payload in events:  # Slack's retries, the acknowledged one included: each processed once
        assert slack_event(payload, retry=1).status_code == 200
    assert wait_for(lambda: all(replies(stack, c) for c in channels), 30)
    time.sleep(1.0)  # room for a duplicate to show up
    assert [len(replies(stack, c)) for c in channels] == [1, 1, 1]
    for service in (jeeves, td):
        ready = service.get("/readyz")
        assert ready.status_code == 200 and ready.json()["dependencies"] == {"postgres": "up"}
    assert not [s for s in seen if s >= 500 and s != 503], seen
    jeeves.close()
    td.close()
