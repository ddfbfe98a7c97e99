"""The regex match limit in real nginx (`nginx.regex_match_limit`, rendered as lua_regex_match_limit): a
value that drives one of our rules past it is refused with finding 200170, never read as clean. A stack of
its own with a limit low enough for a long value to reach it: at the configured 100,000 no rule of ours is
known to backtrack that far on any input (the point of the finding is the rule not yet known)."""

from __future__ import annotations

from collections.abc import Iterator

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
