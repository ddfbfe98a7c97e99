"""Realistic benign traffic to our own routes (benign_routes_gen.py: Slack events, edits, shared snippets,
slash commands and interactions, data-API clients, admins in a browser, OAuth clients, /me/ and Sign in with
Slack) passes the WAF: not one request blocked. Before the chat exclusions reached an edited message (its new
and previous blocks), a shared file's snippet and a quoted HTTP request line (921110 / 921130), 20 of them
were, all on /slack/events."""

from __future__ import annotations

import pytest
from stackctl import StackHandle

from . import benign_routes_gen
from .test_waf_corpus import replay

pytestmark = pytest.mark.stack


def test_realistic_traffic_to_our_routes_passes_the_waf(sec_stack: StackHandle) -> None:
    records = list(benign_routes_gen.benign())
    rules: dict[str, list[int]] = {}
    blocked = {rec["id"]: rules.get(rec["id"]) for rec, _, b in replay(sec_stack, records, rules) if b}
    print(f"\nrealistic route traffic blocked: {len(blocked)}/{len(records)}")
    assert len(records) > 1000
    assert blocked == {}, blocked
