"""One schemathesis pass over every operation of an OpenAPI document, shared by the service-port leg and
the edge leg: a fixed seeded budget per operation and mode, check_answer on every answer, a status tally."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable

MODES = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]


def check_answer(case: schemathesis.Case, response: schemathesis.Response) -> None:
    """No status >= 500, no stack trace, and every error is our JSON error shape."""
    assert response.status_code < 500, (response.status_code, response.text[:500], case.as_curl_command())
    assert "Traceback" not in response.text
    if response.status_code >= 400:
        content_type = (response.headers.get("content-type") or [""])[0]
        assert content_type.startswith("application/json"), (response.status_code, response.text[:300],
                                                              case.as_curl_command())
        assert isinstance(json.loads(response.text).get("error"), str), response.text[:300]


def fuzz_document(document: Mapping[str, Any], *, base_url: str, session: requests.Session,
                  headers: Callable[[str], dict[str, str]], examples: int,
                  tally: Counter[str], label: str, verify: str | bool = True) -> None:
    """Sends every operation's valid and invalid cases to base_url; headers(path) gives the credentials
    for an operation; tally counts requests under label, per status class and per status; verify is the
    CA bundle for HTTPS (schemathesis passes its own, overriding the session's)."""
    schema = schemathesis.openapi.from_dict(dict(document))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations, "the document lists no operation"
    for operation in operations:
        for mode in MODES:
            @settings(max_examples=examples, derandomize=True, deadline=None, database=None,
                      phases=[Phase.explicit, Phase.generate, Phase.shrink],
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def fuzz(case: schemathesis.Case) -> None:
                response = case.call(base_url=base_url, session=session, headers=headers(case.operation.path),
                                     timeout=30, verify=verify)
                tally[label] += 1
                tally[f"{label}:{response.status_code // 100}xx"] += 1
                tally[f"{label}:{response.status_code}"] += 1
                check_answer(case, response)

            try:
                fuzz()
            except Unsatisfiable:  # no invalid case exists (an operation without parameters)
                assert mode is schemathesis.GenerationMode.NEGATIVE


def summary(tally: Counter[str], label: str) -> dict[str, int]:
    return {key[len(label) + 1:]: count for key, count in sorted(tally.items()) if key.startswith(label + ":")}
