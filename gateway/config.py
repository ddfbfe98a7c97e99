"""Gateway configuration: gateway.yaml plus environment overrides, in one typed place."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import yaml

from servicekit.runpaths import REPO_ROOT, ConfigError

DEFAULT_CONFIG = REPO_ROOT / "gateway" / "gateway.yaml"

# env var -> dotted path in gateway.yaml; every port is overridable (DESIGN.md).
ENV_OVERRIDES: dict[str, str] = {
    "GATEWAY_SERVER_NAME": "server_name",
    "GATEWAY_HTTP_PORT": "ports.http",
    "GATEWAY_HTTPS_PORT": "ports.https",
    "GATEWAY_METRICS_PORT": "ports.metrics",
    "GATEWAY_PUBLIC_HTTPS_PORT": "ports.public_https",
    "GATEWAY_WORKER_PROCESSES": "nginx.worker_processes",
    "JEEVES_PORT": "services.jeeves.port",
    "TOKENDEALER_PORT": "services.tokendealer.port",
    "FAKE_SLACK_PORT": "services.fake_slack.port",
    "FAKE_WEATHER_PORT": "services.fake_weather.port",
    "PG_PORT": "services.postgres.port",
    "REDIS_PORT": "services.redis.port",
    # Hosts: the OpenResty image reaches its upstreams by compose service name, not loopback.
    "JEEVES_HOST": "services.jeeves.host",
    "TOKENDEALER_HOST": "services.tokendealer.host",
    "REDIS_HOST": "services.redis.host",
    # Limiter state: local | redis, and which Redis (single | cluster | sentinel: gateway/redis_cluster.py,
    # gateway/redis_sentinel.py).
    "LIMITS_STORE": "limits.store",
    "REDIS_MODE": "limits.redis.mode",
    "RUNNER_BACKOFF_INITIAL": "runner.restart.backoff_initial",
    "RUNNER_BACKOFF_MAX": "runner.restart.backoff_max",
    "RUNNER_LOGS_MAX_SIZE": "runner.logs.max_size",
    "RUNNER_LOGS_KEEP": "runner.logs.keep",
}


def _set_path(tree: dict[str, Any], dotted: str, raw: str) -> None:
    keys = dotted.split(".")
    node = tree
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    old = node.get(keys[-1])
    value: Any = raw
    if isinstance(old, int) and not isinstance(old, bool):
        try:
            value = int(raw)
        except ValueError as exc:
            raise ConfigError(f"{dotted}: expected an integer, got {raw!r}") from exc
    node[keys[-1]] = value


UNROUTED = "none"   # route name of the requests that match no route (metrics label, edge.json)


def _validate(tree: dict[str, Any]) -> None:
    for name in ("http", "https", "metrics", "public_https"):
        port = tree["ports"].get(name)
        if not isinstance(port, int) or not 0 < port < 65536:
            raise ConfigError(f"ports.{name}: not a TCP port: {port!r}")
    if not isinstance((tree.get("unrouted") or {}).get("policies", []), list):
        raise ConfigError("unrouted.policies: expected a list of policies")
    seen: set[str] = set()
    for i, route in enumerate(tree.get("routes", [])):
        name = route.get("name")
        if not isinstance(name, str) or not name:
            raise ConfigError(f"routes[{i}].name: {json.dumps(name)} is not a route name")
        if name == UNROUTED:
            raise ConfigError(f"routes[{i}].name: {json.dumps(name)} is reserved (the requests outside every route)")
        if name in seen:
            raise ConfigError(f"routes[{i}].name: {json.dumps(name)} names an earlier route too")
        seen.add(name)
        match = route.get("match") or {}
        if len(match) != 1 or next(iter(match)) not in ("exact", "prefix"):
            raise ConfigError(f"routes.{name}.match: needs exactly one of exact/prefix")
        if route.get("upstream") not in tree["services"]:
            raise ConfigError(f"routes.{name}.upstream: {json.dumps(route.get('upstream'))} is not a service "
                              f"(known: {', '.join(tree['services'])})")


def _demo_redirect_hosts(tree: dict[str, Any], demo: bool) -> None:
    """A redirects policy's demo_hosts names services a route may send browsers to in demo mode (the
    fake Slack's sign-in page, plain HTTP on loopback); outside demo mode the names are dropped."""
    for route in tree.get("routes", []):
        for policy in route.get("policies", []):
            conf = policy.get("redirects") if isinstance(policy, dict) else None
            if not isinstance(conf, dict) or "demo_hosts" not in conf:
                continue
            names = conf.pop("demo_hosts")
            if demo:
                services = tree["services"]
                conf["allowed_hosts"] = [*conf.get("allowed_hosts", []),
                                         *(f"{services[n]['host']}:{services[n]['port']}" for n in names)]
                conf["allow_http"] = True


def load(path: Path | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Load gateway.yaml and apply env overrides; raises ConfigError on invalid values."""
    env = dict(os.environ) if env is None else env
    source = Path(env.get("GATEWAY_CONFIG", path or DEFAULT_CONFIG))
    try:
        tree = yaml.safe_load(source.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    tree = copy.deepcopy(tree)
    for var, dotted in ENV_OVERRIDES.items():
        if env.get(var):
            _set_path(tree, dotted, env[var])
    if not env.get("GATEWAY_PUBLIC_HTTPS_PORT") and env.get("GATEWAY_HTTPS_PORT"):
        tree["ports"]["public_https"] = tree["ports"]["https"]
    _demo_redirect_hosts(tree, demo=env.get("JEEVES_DEMO", "1") != "0")
    _validate(tree)
    return tree
