"""Fixtures of the edge-security suite: one stack of its own (gateway.yaml plus test routes in front of a
test upstream that redirects on demand and serves a JWKS we control), limits bypassed for 127.0.0.1 so
corpus replays measure the WAF alone."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from stackctl import REPO, StackHandle, new_stack, write_gateway_yaml

from .jwt_tokens import KeySet
from .sec_upstream import SecUpstream

ALLOWED_REDIRECT_HOSTS = ["allowed.example.com", "*.trusted.example.org", "partner.example.net:8443"]


def security_config(upstream_port: int) -> dict[str, Any]:
    cfg = copy.deepcopy(yaml.safe_load((REPO / "gateway" / "gateway.yaml").read_text()))
    cfg["services"]["sec_upstream"] = {"host": "127.0.0.1", "port": upstream_port, "http": True}
    cfg.setdefault("limits", {})["allowlist"] = {"ip": ["127.0.0.1", "::1"], "client_id": []}
    cfg["security"]["waf"]["mode"] = "block"
    # The fallback poll far past test_revocation_edge's deadline: only TokenDealer's nudges can meet it.
    cfg["security"]["jwt"]["revocation"]["poll_interval"] = 30
    jwt_test = {"jwks_host": "127.0.0.1", "jwks_port": upstream_port, "refresh_interval": 2}
    routes = [
        {"name": "sec_redirect", "match": {"prefix": "/sec/redirect/"}, "upstream": "sec_upstream",
         "policies": [{"redirects": {"allowed_hosts": ALLOWED_REDIRECT_HOSTS}}]},
        {"name": "sec_rewrite", "match": {"prefix": "/sec/rewrite/"}, "upstream": "sec_upstream",
         "policies": [{"redirects": {"on_violation": "rewrite", "landing": "/admin/"}}]},
        {"name": "sec_jwt", "match": {"prefix": "/sec/jwt/"}, "upstream": "sec_upstream",
         "policies": ["waf", {"jwt": jwt_test}]},
        # TokenDealer's real tokens in front of the test upstream: a 401 here is the edge's own.
        {"name": "sec_tdjwt", "match": {"prefix": "/sec/tdjwt/"}, "upstream": "sec_upstream", "policies": ["jwt"]},
        {"name": "sec_rotjwt", "match": {"prefix": "/sec/rotjwt/"}, "upstream": "sec_upstream",
         "policies": [{"jwt": {**jwt_test, "jwks_path": "/rot/jwks.json", "refresh_interval": 1, "max_age": 1}}]},
        {"name": "sec_detect", "match": {"prefix": "/sec/detect/"}, "upstream": "sec_upstream",
         "policies": [{"waf": {"mode": "detect"}}]},
        {"name": "sec_ipdeny", "match": {"prefix": "/sec/ipdeny/"}, "upstream": "sec_upstream",
         "policies": [{"waf": {"ip_deny": ["127.0.0.0/8", "::1/128"]}}]},
        # tuned like the admin forms: its prose fields are spared the CRS rules that misread prose
        {"name": "sec_waf", "match": {"prefix": "/sec/waf/"}, "upstream": "sec_upstream",
         "client_max_body_size": "8k",
         "policies": [{"waf": {"free_text": ["ARGS:q", "ARGS:notes", "ARGS:display_name"]}}]},
        # a route at paranoia level 2, the others at gateway.yaml's 1 (test_edge_policies.py)
        {"name": "sec_pl2", "match": {"prefix": "/sec/pl2/"}, "upstream": "sec_upstream",
         "policies": [{"waf": {"paranoia_level": 2}}]},
        # exclusions naming our own rules (test_waf_own_exclusions.py)
        {"name": "sec_ownexcl", "match": {"prefix": "/sec/ownexcl/"}, "upstream": "sec_upstream",
         "policies": [{"waf": {"exclusions": [
             {"id": 131200, "target": "ARGS:webhook"},
             {"ids": [131200], "target": "ARGS:json.client.callback"},
             {"tag": "attack-sqli", "target": "REQUEST_COOKIES:prefs"},
         ]}}]},
    ]
    cfg["routes"] = routes + cfg["routes"]
    return cfg


@pytest.fixture(scope="session")
def keyset() -> KeySet:
    return KeySet()


@pytest.fixture(scope="session")
def sec_upstream(keyset: KeySet) -> Iterator[SecUpstream]:
    with SecUpstream(keyset.jwks()) as upstream:
        yield upstream


@pytest.fixture(scope="session")
def sec_stack(tmp_path_factory: pytest.TempPathFactory, sec_upstream: SecUpstream) -> Iterator[StackHandle]:
    config = write_gateway_yaml(tmp_path_factory.mktemp("sec-config"), security_config(sec_upstream.port))
    with new_stack("security", GATEWAY_CONFIG=str(config)).start() as handle:
        yield handle


@pytest.fixture
def sec_client(sec_stack: StackHandle):  # type: ignore[no-untyped-def]
    with sec_stack.client() as c:
        yield c
