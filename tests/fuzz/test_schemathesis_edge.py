"""The schemathesis operations of Jeeves and TokenDealer sent through the edge (HTTPS, the stack's dev CA)
with valid credentials: the WAF and edge policies may refuse a case (401/403/404/413/429), but must not
mask a service bug. Must hold: no status >= 500, every answer >= 400 is JSON with an `error` field, no
stack trace in any answer, in the services' logs or in the gateway's error log. Budget: FUZZ_EDGE_EXAMPLES
per operation and mode (small in `make test`; `make fuzz` raises it)."""

from __future__ import annotations

import base64
import json
import os
from collections import Counter

import httpx
import pytest
import requests
import schemathesis
from stackctl import REPO, StackHandle

from .conftest import service_url
from .openapi_run import fuzz_document, summary

pytestmark = pytest.mark.stack
EXAMPLES = int(os.environ.get("FUZZ_EDGE_EXAMPLES", "8"))
DOCS = {"jeeves": "/api/openapi.json", "tokendealer": "/openapi.json"}
REPORT = REPO / ".run" / "test-artifacts" / "fuzz" / "schemathesis-edge.json"
TALLY: Counter[str] = Counter()
GATEWAY_CRASHES = ("runtime error", "entry thread aborted")


def _credentials(stack: StackHandle, service: str, bearer: str, path: str) -> dict[str, str]:
    """A bearer for Jeeves's /api/ routes (verified at the edge), the demo client's Basic for TokenDealer."""
    if service == "jeeves":
        return {"Authorization": f"Bearer {bearer}"} if path.startswith("/api/") else {}
    creds = stack.secret_json("demo_client.json")
    basic = base64.b64encode(f"{creds['client_id']}:{creds['client_secret']}".encode()).decode()
    return {"Authorization": f"Basic {basic}"}


def check_edge_answer(case: schemathesis.Case, response: schemathesis.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500], case.as_curl_command())
    assert "Traceback" not in response.text
    if response.status_code >= 400:
        content_type = (response.headers.get("content-type") or [""])[0]
        assert content_type.startswith("application/json"), (response.status_code, response.text[:300],
                                                              case.as_curl_command())
        assert isinstance(json.loads(response.text).get("error"), str), response.text[:300]


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
                      examples=EXAMPLES, check=check_edge_answer, tally=TALLY, label=label)
    except AssertionError:
        print(stack.log(service)[logs[service]:][-4000:])
        raise

    service_log = stack.log(service)[logs[service]:]
    assert "Traceback" not in service_log and "unhandled_error" not in service_log, service_log[-3000:]
    crashes = [line for line in stack.log("gateway-error")[logs["gateway-error"]:].splitlines()
               if any(needle in line for needle in GATEWAY_CRASHES)]
    assert not crashes, crashes[:5]
    assert TALLY[label] > 0
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps({"examples_per_operation_and_mode": EXAMPLES, **TALLY}, indent=1))
    print(f"\nschemathesis through the edge, {service}: {TALLY[label]} requests, {summary(TALLY, label)}")
