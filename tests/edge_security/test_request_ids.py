"""Request ids: the edge's own id is the one sent upstream, echoed and logged; a client's well-formed
X-Request-Id is kept beside it (client_request_id in the access log, X-Client-Request-Id upstream)."""

from __future__ import annotations

import re
import time

import httpx
import pytest
from stackctl import StackHandle

pytestmark = pytest.mark.stack

EDGE_ID = re.compile(r"[0-9a-f]{8}-\d+\.\d{3}-\d+-\d+")


def log_entry(stack: StackHandle, request_id: str) -> dict[str, object]:
    deadline = time.monotonic() + 5
    while True:
        found = [e for e in stack.access_log_lines() if e["request_id"] == request_id]
        if found:
            return found[0]
        assert time.monotonic() < deadline, f"no access log line for {request_id}"
        time.sleep(0.1)


def test_client_id_is_kept_beside_the_edges(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    resp = sec_client.get("/sec/waf/x", headers={"X-Request-Id": "client-trace-0001"})
    assert resp.status_code == 200
    ours = resp.headers["X-Request-Id"]
    assert EDGE_ID.fullmatch(ours)
    seen = resp.json()
    assert seen["request_id"] == ours                        # upstream gets the edge's id
    assert seen["client_request_id"] == "client-trace-0001"  # and the client's, under its own name
    entry = log_entry(sec_stack, ours)
    assert entry["client_request_id"] == "client-trace-0001"


@pytest.mark.parametrize("sent", [None, "short", "has space in it", "x" * 200])
def test_no_client_id_or_a_malformed_one_is_not_forwarded(sec_client: httpx.Client, sent: str | None) -> None:
    headers = {"X-Request-Id": sent} if sent else {}
    resp = sec_client.get("/sec/waf/x", headers={**headers, "X-Client-Request-Id": "forged-by-client-1"})
    assert resp.status_code == 200
    assert EDGE_ID.fullmatch(resp.headers["X-Request-Id"])
    assert resp.json()["client_request_id"] is None
