"""Route exclusions naming our own rules (not only the CRS's), through the real nginx: the sec_ownexcl
route (conftest.py) excludes rule 131200 (URL to an internal address) on ARGS:webhook and on the
JSON path client.callback, and the SQL injection tag on the `prefs` cookie; sec_waf has no exclusion."""

from __future__ import annotations

import json

import httpx
import pytest
from stackctl import StackHandle

from .sec_upstream import SecUpstream
from .test_edge_policies import log_entry

pytestmark = pytest.mark.stack

# blocked by our rule 131200 only (the CRS at PL1 reads no host name as internal)
INTERNAL_URL = "http://localhost:8080/admin"
SQLI_COOKIE = "x' or 1=1 --"


def blocked_by(resp: httpx.Response) -> list[int]:
    assert resp.status_code == 403, resp.text
    return resp.json()["rules"]


def test_our_rule_excluded_on_its_target_passes(sec_client: httpx.Client, sec_upstream: SecUpstream) -> None:
    resp = sec_client.get("/sec/ownexcl/login", params={"webhook": INTERNAL_URL})
    assert resp.status_code == 200, resp.text
    assert sec_upstream.hits["/sec/ownexcl/login"] >= 1


def test_same_value_in_another_argument_is_still_blocked(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    resp = sec_client.get("/sec/ownexcl/login", params={"feed": INTERNAL_URL})
    assert 131200 in blocked_by(resp)
    # the access log names where our rule matched (what waf-tune reads)
    entry = log_entry(sec_stack, resp.headers["X-Request-Id"])
    assert "own=block:131200@ARGS:feed" in entry["decisions"], entry["decisions"]
    # excluded in one argument, not in the other: still blocked
    both = sec_client.get("/sec/ownexcl/login", params={"webhook": INTERNAL_URL, "feed": INTERNAL_URL})
    assert 131200 in blocked_by(both)


def test_route_without_the_exclusion_still_blocks(sec_client: httpx.Client) -> None:
    assert 131200 in blocked_by(sec_client.get("/sec/waf/login", params={"webhook": INTERNAL_URL}))


def test_json_path_exclusion(sec_client: httpx.Client) -> None:
    excluded = json.dumps({"client": {"callback": INTERNAL_URL}})
    other = json.dumps({"client": {"homepage": INTERNAL_URL}})
    headers = {"Content-Type": "application/json"}
    assert sec_client.post("/sec/ownexcl/clients", content=excluded, headers=headers).status_code == 200
    assert 131200 in blocked_by(sec_client.post("/sec/ownexcl/clients", content=other, headers=headers))
    assert 131200 in blocked_by(sec_client.post("/sec/waf/clients", content=excluded, headers=headers))


def test_tag_exclusion_covers_both_rulesets(sec_client: httpx.Client) -> None:
    assert sec_client.get("/sec/ownexcl/x", headers={"Cookie": f"prefs={SQLI_COOKIE}"}).status_code == 200
    rules = blocked_by(sec_client.get("/sec/ownexcl/x", headers={"Cookie": f"other={SQLI_COOKIE}"}))
    assert any(r // 1000 == 142 for r in rules), rules   # ours, not only the CRS's


@pytest.mark.parametrize("param", ["redirect_uri", "return_to", "next"])
def test_loopback_redirect_targets_pass_everywhere(sec_client: httpx.Client, param: str) -> None:
    # gateway.yaml spares where a browser goes next (a native app's loopback redirect_uri, RFC 8252);
    # the same URL where the server would fetch it is still blocked
    assert sec_client.get("/sec/waf/cb", params={param: "http://localhost:8765/callback"}).status_code == 200
    assert 131200 in blocked_by(sec_client.get("/sec/waf/cb", params={"url": "http://localhost:8765/callback"}))
    # a script page with a key-less query is an RFI shape (131120) where the server fetches, a page to return to here
    assert sec_client.get("/sec/waf/cb", params={param: "https://app.example/index.php?welcome"}).status_code == 200
    assert 131120 in blocked_by(sec_client.get("/sec/waf/cb", params={"url": "https://app.example/index.php?welcome"}))
