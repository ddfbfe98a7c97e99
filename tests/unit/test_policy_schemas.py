"""The policy schemas (gateway/policies/): a wrong gateway.yaml value is reported with its yaml path
before anything starts, and edge.json carries every policy's conf resolved (defaults merged, rates
parsed, keys checked)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway import config, policies, render
from gateway.config import REPO_ROOT, ConfigError
from servicekit.runpaths import RunPaths

Config = dict[str, Any]


def base() -> Config:
    return config.load(env={})


def route(cfg: Config, name: str) -> Config:
    return next(r for r in cfg["routes"] if r["name"] == name)


def mistake(tmp_path: Path, mutate: Callable[[Config], None]) -> str:
    """The ConfigError message of gateway.yaml with one mistake, from loading it or rendering edge.json."""
    cfg = copy.deepcopy(base())
    mutate(cfg)
    with pytest.raises(ConfigError) as err:
        config._validate(cfg)
        render.edge_config(cfg, RunPaths(tmp_path))
    return str(err.value)


def set_in(path: list[Any], value: Any) -> Callable[[Config], None]:
    def mutate(cfg: Config) -> None:
        node: Any = cfg
        for key in path[:-1]:
            node = next(r for r in node if r["name"] == key[1:]) if str(key).startswith("@") else node[key]
        node[path[-1]] = value
    return mutate


# (mistake, where it is made, the message expected). "@api" = the route named api.
MISTAKES = [
    ("unknown policy", set_in(["routes", "@api", "policies", 0], "wafx"),
     'routes.api.policies[0]: unknown policy "wafx" (known: waf, slack_signature, jwt, redirects, concurrency, '
     'ratelimit)'),
    ("unknown field", set_in(["routes", "@api", "policies", 0], {"waf": {"modes": "detect"}}),
     "routes.api.policies[0].waf.modes: unknown field"),
    ("wrong type", set_in(["security", "waf", "threshold"], "five"),
     'security.waf.threshold: "five" is not an integer'),
    ("bad rate", set_in(["routes", "@api", "policies", 4, "ratelimit", "limits", 0, "rate"], "50r/x"),
     'routes.api.policies[4].ratelimit.limits[0].rate: "50r/x" is not a rate'),
    ("bad key", set_in(["routes", "@api", "policies", 3, "concurrency", "limits", 0, "key"], "ipp"),
     'routes.api.policies[3].concurrency.limits[0].key: "ipp" is not a limit key'),
    ("bad header key", set_in(["routes", "@api", "policies", 4, "ratelimit", "limits", 0, "key"],
                              ["ip", "header:X Y"]),
     'routes.api.policies[4].ratelimit.limits[0].key[1]: "header:X Y" is not a limit key'),
    ("bad CIDR", set_in(["security", "waf", "ip_deny"], ["10.0.0.0/33"]),
     'security.waf.ip_deny[0]: "10.0.0.0/33" is not a CIDR'),
    ("bad allowlist CIDR", set_in(["limits", "allowlist", "ip"], ["::1", "2001:db8::/129"]),
     'limits.allowlist.ip[1]: "2001:db8::/129" is not a CIDR'),
    ("duplicate route name", set_in(["routes", 1, "name"], "slack_events"),
     'routes[1].name: "slack_events" names an earlier route too'),
    ("reserved route name", set_in(["routes", 0, "name"], "none"),
     'routes[0].name: "none" is reserved'),
    ("bad mode enum", set_in(["security", "waf", "mode"], "blok"),
     'security.waf.mode: "blok" is not one of block, detect'),
    ("negative size", set_in(["routes", "@oauth", "client_max_body_size"], -1),
     "routes.oauth.client_max_body_size: -1 is not a size"),
    ("bad size text", set_in(["routes", "@api", "policies", 0], {"waf": {"max_body": "10 GB"}}),
     'routes.api.policies[0].waf.max_body: "10 GB" is not a size'),
    ("unknown upstream", set_in(["routes", "@api", "upstream"], "jeves"),
     'routes.api.upstream: "jeves" is not a service'),
    ("missing required field", set_in(["routes", "@jwks", "policies", 0, "ratelimit", "limits", 0],
                                      {"name": "x", "key": "ip"}),
     "routes.jwks.policies[0].ratelimit.limits[0].rate: required"),
    ("unknown security section", set_in(["security", "wafx"], {}),
     "security.wafx: unknown section (known: waf, slack, jwt, redirects)"),
    ("bad status enum", set_in(["limits", "status"], 500), "limits.status: 500 is not one of 429, 503"),
    ("below minimum", set_in(["routes", "@api", "policies", 3, "concurrency", "limits", 0, "max"], 0),
     "routes.api.policies[3].concurrency.limits[0].max: 0 is less than 1"),
    ("lease_ttl below minimum", set_in(["routes", "@slack_events", "policies", 3, "concurrency", "lease_ttl"], 1),
     "routes.slack_events.policies[3].concurrency.lease_ttl: 1 is less than 2"),
    ("lease_ttl above maximum", set_in(["routes", "@slack_events", "policies", 3, "concurrency", "lease_ttl"], 3601),
     "routes.slack_events.policies[3].concurrency.lease_ttl: 3601 is more than 3600"),
    ("redis concurrency with a queue", set_in(["routes", "@api", "policies", 3, "concurrency", "store"], "redis"),
     "routes.api.policies[3].concurrency.queue.max: 128 must be 0 with store: redis"),
    ("policy entry with two names", set_in(["routes", "@api", "policies", 0], {"waf": {}, "jwt": {}}),
     "routes.api.policies[0]: "),
    ("wrong type in a route's method list", set_in(["routes", "@oauth", "methods"], ["post"]),
     'routes.oauth.methods[0]: "post" is not an upper-case HTTP method'),
    ("batch on a local limit", set_in(["routes", "@api", "policies", 4, "ratelimit", "limits", 0, "batch"], 10),
     "routes.api.policies[4].ratelimit.limits[0].batch: 10 needs store: redis"),
    ("batch larger than the bucket", set_in(["routes", "@api", "policies", 4, "ratelimit"], {
        "store": "redis", "limits": [{"name": "per_ip", "rate": "100r/s", "burst": 4, "batch": 6}]}),
     "routes.api.policies[4].ratelimit.limits[0].batch: 6 is more than burst + 1 (5)"),
    ("batch in delay mode", set_in(["routes", "@api", "policies", 4, "ratelimit"], {
        "store": "redis", "nodelay": False, "limits": [{"name": "per_ip", "rate": "100r/s", "burst": 9, "batch": 5}]}),
     "routes.api.policies[4].ratelimit.limits[0].batch: 5 needs nodelay: true"),
    ("batch below one", set_in(["routes", "@api", "policies", 4, "ratelimit", "limits", 0, "batch"], 0),
     "routes.api.policies[4].ratelimit.limits[0].batch: 0 is less than 1"),
    ("unrouted policy mistake", set_in(["unrouted", "policies"], [{"waf": {"threshold": -1}}]),
     "unrouted.policies[0].waf.threshold: -1 is less than 1"),
    ("unknown redis mode", set_in(["limits", "redis", "mode"], "sentinels"),
     'limits.redis.mode: "sentinels" is not one of single, cluster, sentinel'),
    ("sentinel mode without sentinels", set_in(["limits", "redis"], {"mode": "sentinel", "sentinels": []}),
     "limits.redis.sentinels: [] is empty: mode sentinel needs at least one host:port"),
    ("sentinel not host:port", set_in(["limits", "redis", "sentinels"], ["127.0.0.1"]),
     'limits.redis.sentinels[0]: "127.0.0.1" is not host:port'),
    ("bad readyz rate", set_in(["readyz", "limit"], {"rate": "fast"}), 'readyz.limit.rate: "fast" is not a rate'),
    ("unknown readyz field", set_in(["readyz", "cache"], 5), "readyz.cache: unknown field"),
]


@pytest.mark.parametrize(("kind", "mutate", "expected"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_a_wrong_value_is_reported_with_its_yaml_path(tmp_path: Path, kind: str,
                                                      mutate: Callable[[Config], None], expected: str) -> None:
    assert expected in mistake(tmp_path, mutate)


def test_every_mistake_is_reported_at_once(tmp_path: Path) -> None:
    def two(cfg: Config) -> None:
        cfg["security"]["waf"]["mode"] = "blok"
        route(cfg, "api")["policies"][4]["ratelimit"]["limits"][1]["rate"] = "fast"
    lines = mistake(tmp_path, two).splitlines()
    assert lines == ['security.waf.mode: "blok" is not one of block, detect',
                     'routes.api.policies[4].ratelimit.limits[1].rate: "fast" is not a rate '
                     "(like 10r/s, 30r/m, 100r/h)"]


def test_edge_json_carries_each_policy_resolved(tmp_path: Path) -> None:
    cfg = base()
    cfg["security"]["waf"]["threshold"] = 7
    route(cfg, "admin")["policies"][0] = {"waf": {"mode": "detect"}}
    edge = json.loads(render.render(cfg, render.debian_flavor(RunPaths(tmp_path)))[1])
    waf = edge["routes"]["admin"]["policies"][0]["waf"]
    # route conf over the security section over the schema's defaults
    assert (waf["mode"], waf["threshold"], waf["max_headers"]) == ("detect", 7, 100)
    assert edge["routes"]["api"]["policies"][0]["waf"]["mode"] == "block"
    # the route's body limit, in bytes; a route without one has none (nginx's own limit applies)
    assert edge["routes"]["oauth"]["policies"][0]["waf"]["max_body"] == 16 * 1024
    assert "max_body" not in edge["routes"]["api"]["policies"][0]["waf"]
    admin_limits = edge["routes"]["admin"]["policies"][3]["ratelimit"]
    assert admin_limits["limits"][0] == {"name": "login", "key": "ip", "rate": {"quota": 20, "window": 60},
                                         "burst": 60, "paths": ["/admin/login"], "methods": ["POST"],
                                         "batch": 1}
    assert (admin_limits["status"], admin_limits["store"], admin_limits["nodelay"]) == (429, "local", True)
    jwt = edge["routes"]["api"]["policies"][2]["jwt"]
    assert jwt["issuer"] == render.public_base_url(cfg)
    assert (jwt["jwks_host"], jwt["jwks_port"]) == (cfg["services"]["tokendealer"]["host"],
                                                    cfg["services"]["tokendealer"]["port"])
    slack = edge["routes"]["slack_events"]["policies"][0]["slack_signature"]
    assert slack == {"max_skew": 300, "secret_file": f"{tmp_path / 'secrets'}/slack_signing_secret", "mode": "verify"}
    assert edge["limits"]["redis"]["port"] == cfg["services"]["redis"]["port"]
    assert edge["routes"]["none"]["policies"][0]["waf"]["threshold"] == 7


def test_sentinel_mode_reaches_edge_json(tmp_path: Path) -> None:
    cfg = config.load(env={"REDIS_MODE": "sentinel", "LIMITS_STORE": "redis"})
    edge = json.loads(render.render(cfg, render.debian_flavor(RunPaths(tmp_path)))[1])
    redis = edge["limits"]["redis"]
    assert (edge["limits"]["store"], redis["mode"], redis["master_name"]) == ("redis", "sentinel", "edge-limits")
    assert redis["sentinels"] == cfg["limits"]["redis"]["sentinels"] and len(redis["sentinels"]) == 3
    assert "sentinel_password" not in redis   # a secret file, never edge.json


def test_readyz_defaults_come_from_its_schema(tmp_path: Path) -> None:
    cfg = base()
    cfg.pop("readyz", None)
    readyz = render.edge_config(cfg, RunPaths(tmp_path))["readyz"]
    assert readyz["cache_seconds"] == 1
    assert readyz["ratelimit"]["limits"] == [{"name": "readyz", "key": "ip", "burst": 20,
                                              "rate": {"quota": 10, "window": 1}}]
    cfg["readyz"] = {"limit": {"rate": "2r/m"}}   # a partial section: the other fields keep their defaults
    readyz = render.edge_config(cfg, RunPaths(tmp_path))["readyz"]
    assert (readyz["cache_seconds"], readyz["ratelimit"]["limits"][0]["burst"]) == (1, 20)
    assert readyz["ratelimit"]["limits"][0]["rate"] == {"quota": 2, "window": 60}


@pytest.mark.parametrize(("text", "resolved"), [
    ("10r/s", {"quota": 10, "window": 1}), ("30r/m", {"quota": 30, "window": 60}),
    (" 5r/h ", {"quota": 5, "window": 3600}), ("1.5r/s", {"quota": 1.5, "window": 1}),
    (20, {"quota": 20, "window": 1}),
])
def test_rates_parse_like_the_edge_read_them(text: Any, resolved: dict[str, float]) -> None:
    assert policies.schema.rate(text, "r") == resolved


@pytest.mark.parametrize("text", ["0r/s", "ten per second", "10r/d", "10 r / s", -1, True, None])
def test_nonsense_rates_are_refused(text: Any) -> None:
    with pytest.raises(policies.schema.Invalid, match="is not a rate"):
        policies.schema.rate(text, "r")


def test_policy_phases_come_from_the_schemas() -> None:
    assert {name: s.phases for name, s in policies.SCHEMAS.items()} == render.POLICY_PHASES
    assert render.POLICY_PHASES["redirects"] == ("access", "header_filter", "body_filter")


def test_gateway_render_reports_the_mistake_and_exits_nonzero_without_a_traceback(tmp_path: Path) -> None:
    cfg = yaml.safe_load((REPO_ROOT / "gateway" / "gateway.yaml").read_text())
    route(cfg, "api")["policies"][4]["ratelimit"]["limits"][0]["rate"] = "50r/x"
    bad = tmp_path / "gateway.yaml"
    bad.write_text(yaml.safe_dump(cfg))
    env = {**os.environ, "GATEWAY_CONFIG": str(bad), "RUN_DIR": str(tmp_path / "run")}
    result = subprocess.run([sys.executable, "-m", "gateway", "render"], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert 'routes.api.policies[4].ratelimit.limits[0].rate: "50r/x" is not a rate' in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "run" / "nginx" / "edge.json").exists()
