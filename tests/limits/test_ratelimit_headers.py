"""RateLimit-Policy / RateLimit (draft-ietf-httpapi-ratelimit-headers-10) parsed as structured fields
(http-sf) on every limited route of the limiter stack (gateway.yaml's routes and the suite's own), and
checked for what a client reading them relies on: every state item names a published policy, once,
0 <= r <= q, 0 <= t <= w, r == q exactly when t == 0, concurrency limits in "concurrent-requests",
and on a rejection the rejecting item at r=0 with Retry-After no later than its t."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import re
import time
from typing import Any

import http_sf
import httpx
import pytest
import yaml
from stackctl import StackHandle

pytestmark = pytest.mark.stack

_client_ips = (f"198.51.100.{i}" for i in itertools.count(1))


def limited_routes(stack: StackHandle) -> list[dict[str, Any]]:
    cfg = yaml.safe_load(stack.extra["config"].read_text())
    return [r for r in cfg["routes"] if any(isinstance(p, dict) and ({"ratelimit", "concurrency"} & p.keys())
                                            for p in r.get("policies", []))]


def policy_conf(route: dict[str, Any], kind: str) -> dict[str, Any] | None:
    for p in route.get("policies", []):
        if isinstance(p, dict) and kind in p:
            conf: dict[str, Any] = p[kind] or {}
            return conf
    return None


def supplied(key: str | list[str], route: dict[str, Any], method: str) -> bool:
    """Whether Requester's request carries this limit key's value (else the limit does not apply)."""
    if isinstance(key, list):
        return all(supplied(k, route, method) for k in key)
    names = [p if isinstance(p, str) else next(iter(p)) for p in route.get("policies", [])]
    return (key in ("ip", "route", "header:X-Tenant") or (key == "slack_team" and "slack_signature" in names)
            or (key == "client_id" and "jwt" in names) or (key == "oauth_client" and method == "POST"))


def per_second(rate: str) -> float:
    count, unit = re.fullmatch(r"(\d+)r/([smh])", rate).groups()  # type: ignore[union-attr]
    return int(count) / {"s": 1, "m": 60, "h": 3600}[unit]


def parse(value: str) -> list[tuple[str, dict[str, Any]]]:
    items = http_sf.parse(value.encode(), tltype="list")
    assert all(isinstance(name, str) for name, _ in items), value   # each item names its policy (sf-string)
    return [(name, dict(params)) for name, params in items]


def check(resp: httpx.Response, route: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The invariants of both fields on one response; returns the parsed RateLimit items."""
    policies = {name: params for name, params in parse(resp.headers["RateLimit-Policy"])}
    state = parse(resp.headers["RateLimit"])
    concurrency = {lim["name"] + "_inflight" for lim in (policy_conf(route, "concurrency") or {}).get("limits", [])}
    assert len(policies) == len(parse(resp.headers["RateLimit-Policy"])), resp.headers   # unique names
    assert [name for name, _ in state] == list(policies), (route["name"], resp.headers)
    for name, params in state:
        policy = policies[name]
        q, r = policy["q"], params["r"]
        assert isinstance(q, int) and isinstance(r, int) and 0 <= r <= q, (route["name"], name, policy, params)
        if name in concurrency:
            assert policy.get("qu") == "concurrent-requests", policy
            assert "w" not in policy and "t" not in params
            continue
        assert "qu" not in policy   # the default unit: requests
        w, t = policy["w"], params["t"]
        assert isinstance(w, int) and isinstance(t, int) and w >= 1 and 0 <= t <= w, (route["name"], policy, params)
        assert (r == q) == (t == 0), (route["name"], policy, params)
    return state


class Requester:
    """Builds a request each limited route admits to its limiters (auth, signature, body as needed)."""

    def __init__(self, stack: StackHandle) -> None:
        self.stack = stack
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            creds = self.stack.secret_json("demo_client.json")
            resp = httpx.post(f"http://127.0.0.1:{self.stack.ports['tokendealer']}/oauth/token",
                              auth=(creds["client_id"], creds["client_secret"]),
                              data={"grant_type": "client_credentials", "scope": "read"}, trust_env=False)
            assert resp.status_code == 200, resp.text
            self._token = resp.json()["access_token"]
        return self._token

    def send(self, client: httpx.Client, route: dict[str, Any], ip: str, path: str | None = None,
             method: str | None = None) -> httpx.Response:
        match = route["match"]
        path = path or match.get("exact") or match["prefix"] + "conformance"
        method = method or (route.get("methods") or ["GET"])[0]
        headers = {"X-Forwarded-For": ip, "X-Tenant": "conformance"}
        body = b""
        names = [p if isinstance(p, str) else next(iter(p)) for p in route.get("policies", [])]
        if "jwt" in names:
            headers["Authorization"] = f"Bearer {self.token()}"
        if "slack_signature" in names:
            body = b'{"type":"event_callback","team_id":"TCONFORM","event":{"type":"app_mention","text":"hi"}}'
            ts = str(int(time.time()))
            sig = hmac.new(self.stack.secret("slack_signing_secret").encode(), f"v0:{ts}:".encode() + body,
                           hashlib.sha256).hexdigest()
            headers.update({"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={sig}",
                            "Content-Type": "application/json"})
        elif method == "POST":
            body = b"grant_type=client_credentials&client_id=conformance"
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return client.request(method, path, headers=headers, content=body)


def test_every_limited_route_publishes_self_consistent_fields(limits_stack: StackHandle) -> None:
    requester = Requester(limits_stack)
    routes = limited_routes(limits_stack)
    assert {"slack_events", "api", "admin", "oauth", "verify_token", "jwks"} <= {r["name"] for r in routes}
    with limits_stack.client() as client:
        for route in routes:
            ip = next(_client_ips)
            first = requester.send(client, route, ip)
            ratelimit = policy_conf(route, "ratelimit")
            method = (route.get("methods") or ["GET"])[0]
            every = [*(ratelimit or {}).get("limits", []), *(policy_conf(route, "concurrency") or {}).get("limits", [])]
            if not any(supplied(lim.get("key", "ip"), route, method) and not lim.get("paths") for lim in every):
                assert "RateLimit" not in first.headers, route["name"]   # no limit applies: no fields
                continue
            state = check(first, route)
            # a fresh client address: nothing spent but this request, pending for at least a second
            for name, params in state:
                lim = next((x for x in (ratelimit or {}).get("limits", []) if x["name"] == name), None)
                if lim and lim.get("key", "ip") == "ip" and not lim.get("paths"):
                    assert params["r"] == lim.get("burst", 0), (route["name"], state)
                    assert params["t"] >= 1
            # limits on some paths/methods only: a request they apply to carries them too
            for lim in (ratelimit or {}).get("limits", []):
                if lim.get("paths"):
                    resp = requester.send(client, route, ip, path=lim["paths"][0],
                                          method=(lim.get("methods") or ["GET"])[0])
                    assert lim["name"] in dict(check(resp, route)), route["name"]


def test_rejections_publish_the_rejecting_limit_empty_until_retry_after(limits_stack: StackHandle) -> None:
    """Every limited route small enough to exhaust quickly (this suite's) is driven past its quota."""
    requester = Requester(limits_stack)
    exhaustible = []
    for route in limited_routes(limits_stack):
        conf = policy_conf(route, "ratelimit")
        if conf and conf.get("nodelay", True) and not policy_conf(route, "concurrency"):
            method = (route.get("methods") or ["GET"])[0]
            applying = [lim for lim in conf["limits"] if supplied(lim.get("key", "ip"), route, method)
                        and not lim.get("paths")]
            capacity = min((lim.get("burst", 0) + 1 for lim in applying), default=0)
            slow = all(per_second(lim["rate"]) <= 20 for lim in applying)   # one by one outpaces the refill
            if slow and 0 < capacity <= 12 and route["match"].get("prefix", "").startswith("/lt/"):
                exhaustible.append((route, capacity, conf.get("status", 429)))
    assert len(exhaustible) >= 5
    with limits_stack.client() as client:
        for route, capacity, status in exhaustible:
            ip = next(_client_ips)
            responses: list[httpx.Response] = []
            while len(responses) < 3 * capacity + 5 and sum(r.status_code == status for r in responses) < 2:
                responses.append(requester.send(client, route, ip))   # sent one by one: refills meanwhile
            rejected = [r for r in responses if r.status_code == status]
            assert rejected, (route["name"], [r.status_code for r in responses])
            for resp in responses:
                check(resp, route)
            for resp in rejected:
                name, params = check(resp, route)[0]   # the rejecting limit comes first
                assert params["r"] == 0, (route["name"], resp.headers)
                assert 1 <= int(resp.headers["Retry-After"]) <= params["t"], (route["name"], resp.headers)
