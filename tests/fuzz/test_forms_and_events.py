"""Hypothesis against what the OpenAPI documents do not describe, at Jeeves's port: the admin panel's
forms and pages (a live session and its CSRF token) and /slack/events (validly signed, fuzzed JSON
envelopes). Seeded, FUZZ_EXAMPLES per target. Must hold: no status >= 500, JSON errors on the API,
and no unhandled error in Jeeves's log."""

from __future__ import annotations

import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stackctl import StackHandle

from tests.app.conftest import sign

from .conftest import service_url

pytestmark = pytest.mark.stack
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES * 4, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')
SESSION_COOKIE = "__Host-jeeves_admin"

texts = st.text(max_size=80) | st.sampled_from(["", "0", "1", "*", "help", "T0FUZZ", "-1", "9" * 30, "%00"])


@pytest.fixture(scope="module")
def admin(stack: StackHandle) -> Iterator[httpx.Client]:
    """Signed in at the service port (cookies by hand: they are Secure, the port is plain HTTP)."""
    creds = stack.secret_json("admin.json")
    csrf = uuid.uuid4().hex
    with httpx.Client(base_url=service_url(stack, "jeeves"), trust_env=False, timeout=30.0) as client:
        resp = client.post("/admin/login", data={"csrf_token": csrf, **creds},
                           headers={"Cookie": f"__Host-jeeves_admin_login={csrf}"})
        assert resp.status_code == 303, resp.text[:300]
        client.headers["Cookie"] = f"{SESSION_COOKIE}={resp.cookies[SESSION_COOKIE]}"
        yield client


def _csrf(admin: httpx.Client) -> str:
    match = CSRF_INPUT.search(admin.get("/admin/account").text)
    assert match
    return match.group(1)


def _no_server_error(resp: httpx.Response) -> None:
    assert resp.status_code < 500, (resp.status_code, resp.request.method, resp.request.url, resp.text[:300])
    assert "Traceback" not in resp.text


FORMS = st.one_of(
    st.tuples(st.just("/admin/features"), st.fixed_dictionaries({"action": texts, "team_id": texts, "enabled": texts})),
    st.tuples(st.just("/admin/features/remove"), st.fixed_dictionaries({"action": texts, "team_id": texts})),
    st.tuples(st.builds(lambda i, f: f"/admin/users/{i}/{f}", st.integers(-5, 2**64),
                        texts.filter(lambda t: "/" not in t)),
              st.fixed_dictionaries({"value": texts, "q": texts, "page": texts})),
    st.tuples(st.just("/admin/clients"), st.fixed_dictionaries({"client_id": texts, "description": texts,
                                                                 "scopes": texts})),
    st.tuples(st.builds(lambda c, s: f"/admin/clients/fz-{c}/{s}", st.from_regex(r"[a-z0-9]{0,12}", fullmatch=True),
                        st.sampled_from(["enable", "disable", "rotate", "x"])), st.just({})),
    st.tuples(st.just("/admin/account/totp/confirm"), st.fixed_dictionaries({"totp_pending": texts, "totp": texts})),
    st.tuples(st.just("/admin/account/totp/disable"), st.fixed_dictionaries({"password": texts})),
)
PAGES = st.tuples(st.sampled_from(["/admin/users", "/admin/audit", "/admin/features", "/admin/clients", "/admin/"]),
                  st.dictionaries(st.sampled_from(["q", "page", "next", "done", "x"]), texts, max_size=3))


def test_admin_forms_and_pages_never_5xx(stack: StackHandle, admin: httpx.Client) -> None:
    csrf = _csrf(admin)
    log_start = len(stack.log("jeeves"))
    statuses: Counter[int] = Counter()

    @FUZZ
    @given(form=FORMS, page=PAGES)
    def run(form: tuple[str, dict[str, str]], page: tuple[str, dict[str, str]]) -> None:
        path, fields = form
        for resp in (admin.post(path, data={"csrf_token": csrf, **fields}), admin.get(page[0], params=page[1])):
            statuses[resp.status_code] += 1
            _no_server_error(resp)

    run()
    log = stack.log("jeeves")[log_start:]
    assert "unhandled_error" not in log and "Traceback" not in log, log[-3000:]
    assert statuses[403] < statuses.total() / 2, statuses  # the session and its CSRF token held: forms were used
    print(f"\nhypothesis admin forms/pages: {statuses.total()} requests {dict(statuses)}")


json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts
json_value = st.recursive(json_leaf, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(texts, kids, max_size=3),
                          max_leaves=8)
slack_event = st.fixed_dictionaries(
    {"type": st.sampled_from(["app_mention", "message"]) | texts, "text": texts | json_value,
     "user": texts, "channel": texts},
    optional={"bot_id": texts, "subtype": texts, "ts": texts, "thread_ts": json_value, "extra": json_value})
envelope = st.fixed_dictionaries(
    {"type": st.sampled_from(["event_callback", "url_verification"]) | texts},
    optional={"team_id": texts | json_value, "event_id": st.uuids().map(lambda u: f"EvFz{u.hex}") | texts | json_value,
              "event": slack_event | json_value, "challenge": texts | json_value,
              "authorizations": json_value, "event_time": json_value})


def test_signed_fuzzed_slack_envelopes_never_5xx(stack: StackHandle) -> None:
    secret = stack.secret("slack_signing_secret")
    log_start = len(stack.log("jeeves"))
    statuses: Counter[int] = Counter()
    with httpx.Client(base_url=service_url(stack, "jeeves"), trust_env=False, timeout=30.0) as client:
        @FUZZ
        @given(payload=envelope | json_value)
        def run(payload: Any) -> None:
            body = json.dumps(payload).encode()
            resp = client.post("/slack/events", content=body, headers=sign(body, secret))
            statuses[resp.status_code] += 1
            _no_server_error(resp)
            assert resp.headers["content-type"].startswith("application/json")

        run()
    log = stack.log("jeeves")[log_start:]
    assert "unhandled_error" not in log and "Traceback" not in log, log[-3000:]
    assert statuses[401] == 0, statuses  # every request was validly signed: the envelopes were what got tested
    print(f"\nhypothesis slack events: {statuses.total()} signed requests {dict(statuses)}")
