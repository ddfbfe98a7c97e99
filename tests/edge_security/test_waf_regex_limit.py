"""Regex cost in real nginx.
- The match limit (`nginx.regex_match_limit`, PCRE2's for our rules): a value that drives one
  of our rules past it is refused with finding 200170, never read as clean. A stack of its own with a
  limit low enough for a long value to reach it: at the configured 100,000 no rule of ours is known to
  backtrack that far on any input (the point of the finding is the rule not yet known).
- The CRS's own match limit (a pattern gives up: no match, counted) and time budget (the request is
  refused: finding 200180)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from stackctl import StackHandle, new_stack, write_gateway_yaml

from .conftest import security_config
from .sec_upstream import SecUpstream

pytestmark = pytest.mark.stack

# PCRE's JIT counts the backtracking into repeated groups against it, not the characters it scans: at
# 1,000, a path of a thousand segments without a file at its end exhausts 130160's (?:segment/)* group
LOW_LIMIT = 1000


@pytest.fixture(scope="module")
def low_limit_stack(tmp_path_factory: pytest.TempPathFactory, sec_upstream: SecUpstream) -> Iterator[StackHandle]:
    cfg = security_config(sec_upstream.port)
    cfg["nginx"]["regex_match_limit"] = LOW_LIMIT
    config = write_gateway_yaml(tmp_path_factory.mktemp("regex-limit-config"), cfg)
    with new_stack("regexlimit", GATEWAY_CONFIG=str(config)).start() as handle:
        yield handle


def test_a_value_past_the_match_limit_is_refused_not_passed(low_limit_stack: StackHandle) -> None:
    with low_limit_stack.client() as client:
        assert client.post("/sec/waf/clients", json={"name": "Ann"}).status_code == 200
        resp = client.post("/sec/waf/clients", json={"name": "Ann", "notes": "see /" + "a/" * 1000})
    assert resp.status_code == 403, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    assert 200170 in resp.json()["rules"], resp.text


def crs_limit_count(stack: StackHandle, route: str) -> int:
    text = httpx.get(f"http://127.0.0.1:{stack.ports['metrics']}/metrics", trust_env=False).text
    found = re.search(rf'^edge_waf_crs_match_limit_total{{route="{route}"}} (\d+)$', text, re.M)
    return int(found.group(1)) if found else 0


def test_a_crs_pattern_past_its_limit_passes_counted(sec_stack: StackHandle) -> None:
    # 512 bytes of CRLF: CRS 932110/932115 give up at the CRS's 10,000 steps, as ModSecurity's would: no
    # match for them (refusing would refuse long benign text too), and it is counted
    before = crs_limit_count(sec_stack, "sec_ownexcl")
    with sec_stack.client() as client:
        resp = client.post("/sec/ownexcl/x", json={"q": "\r\n" * 256})
    assert resp.status_code == 200, resp.text
    assert crs_limit_count(sec_stack, "sec_ownexcl") == before + 1


def test_a_request_past_the_time_budget_is_refused(sec_stack: StackHandle) -> None:
    # CRS 941160 is cubic on a run of "<" and never reaches the match limit: 16 KB of them held a worker
    # for 3 s. Past inspect_budget_ms (250 per 16 KB of body) matching stops and the request is refused,
    # not let through; 200180 is named and no CRS rule (a CRS pass cut short would make negated rules such as
    # 920160 fire; our own rules ran before the budget was spent)
    with sec_stack.client() as client:
        resp = client.post("/sec/ownexcl/x", json={"q": "<" * 16384})
        assert resp.status_code == 403, resp.text
        rules = resp.json()["rules"]
        assert 200180 in rules and not [r for r in rules if r >= 900000], resp.text
        # as long a value of text passes, within the budget by far
        assert client.post("/sec/ownexcl/x", json={"q": "Hello O'Brien, see you at 10 " * 2200}).status_code == 200
