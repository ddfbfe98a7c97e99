"""Schemathesis against the OpenAPI documents of Jeeves and TokenDealer, at their service ports, with
valid credentials: valid and invalid cases for every operation, a fixed seeded budget (FUZZ_EXAMPLES
per operation and mode; `make fuzz` raises it). Must hold: no status >= 500, every error is our JSON
error shape, and no stack trace in any answer or in the services' logs."""

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
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
DOCS = {"jeeves": "/api/openapi.json", "tokendealer": "/openapi.json"}
REPORT = REPO / ".run" / "test-artifacts" / "fuzz" / "schemathesis.json"
TALLY: Counter[str] = Counter()


def _credentials(stack: StackHandle, service: str, bearer: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {bearer}"} if service == "jeeves" else demo_client_basic(stack)


def _log_size(stack: StackHandle, service: str) -> int:
    return len(stack.log(service))


@pytest.mark.parametrize("service", sorted(DOCS))
def test_every_operation_survives_fuzzing(stack: StackHandle, bearer: str, service: str) -> None:
    base = service_url(stack, service)
    document = httpx.get(base + DOCS[service], trust_env=False, timeout=10).json()
    credentials = _credentials(stack, service, bearer)
    session = requests.Session()
    session.trust_env = False
    log_start = _log_size(stack, service)

    try:
        fuzz_document(document, base_url=base, session=session, headers=lambda _path: credentials,
                      examples=EXAMPLES, tally=TALLY, label=service)
    except AssertionError:
        print(stack.log(service)[log_start:][-4000:])
        raise

    new_log = stack.log(service)[log_start:]
    assert "Traceback" not in new_log and "unhandled_error" not in new_log, new_log[-3000:]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps({"examples_per_operation_and_mode": EXAMPLES, **TALLY}, indent=1))
    print(f"\nschemathesis {service}: {TALLY[service]} requests, {summary(TALLY, service)}")
