"""The schemathesis operations of Jeeves and TokenDealer sent through the edge (HTTPS, the stack's dev CA)
with valid credentials: the WAF and edge policies may refuse a case (401/403/404/413/429), but must not
mask a service bug. Must hold: no status >= 500, every answer >= 400 is JSON with an `error` field, no
stack trace in any answer, in the services' logs or in the gateway's error log. Budget: FUZZ_EDGE_EXAMPLES
per operation and mode (small in `make test`; `make fuzz` raises it)."""

from __future__ import annotations

import json
import os
from collections import Counter

import httpx
import pytest
import requests
from stackctl import REPO, StackHandle

from .conftest import demo_client_basic, service_url
from .openapi_run import fuzz_document, summary

pytestmark = pytest.mark.stack
EXAMPLES = int(os.environ.get("FUZZ_EDGE_EXAMPLES", "8"))
DOCS = {"jeeves": "/api/openapi.json", "tokendealer": "/openapi.json"}
REPORT = REPO / ".run" / "test-artifacts" / "fuzz" / "schemathesis-edge.json"
TALLY: Counter[str] = Counter()


def _credentials(stack: StackHandle, service: str, bearer: str, path: str) -> dict[str, str]:
    """A bearer for Jeeves's /api/ routes (verified at the edge), the demo client's Basic for TokenDealer."""
    if service == "jeeves":
        return {"Authorization": f"Bearer {bearer}"} if path.startswith("/api/") else {}
    return demo_client_basic(stack)


@pytest.mark.parametrize("service", sorted(DOCS))
def test_every_operation_survives_fuzzing_through_the_edge(stack: StackHandle, bearer: str,
                                                           service: str) -> None:
    # The document comes from the service port: the edge routes only part of it (the rest is a JSON 404).
    document = httpx.get(service_url(stack, service) + DOCS[service], trust_env=False, timeout=10).json()
    label = f"edge:{service}"
    session = requests.Session()
    session.trust_env = False  # the machine's REQUESTS_CA_BUNDLE must not replace the stack's CA
    logs = {name: len(stack.log(name)) for name in (service, "gateway-error")}

    try:
        fuzz_document(document, base_url=stack.base_url, session=session, verify=str(stack.ca),
                      headers=lambda path: _credentials(stack, service, bearer, path),
                      examples=EXAMPLES, tally=TALLY, label=label)
    except AssertionError:
        print(stack.log(service)[logs[service]:][-4000:])
        raise

    service_log = stack.log(service)[logs[service]:]
    assert "Traceback" not in service_log and "unhandled_error" not in service_log, service_log[-3000:]
    crashes = stack.lua_crashes(since=logs["gateway-error"])
    assert not crashes, crashes[:5]
    assert TALLY[label] > 0
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps({"examples_per_operation_and_mode": EXAMPLES, **TALLY}, indent=1))
    print(f"\nschemathesis through the edge, {service}: {TALLY[label]} requests, {summary(TALLY, label)}")
