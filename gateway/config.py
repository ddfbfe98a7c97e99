"""Gateway configuration: gateway.yaml plus environment overrides, in one typed place."""

from __future__ import annotations

import copy
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
    # Limiter state: local | redis, and which Redis (single | cluster, gateway/redis_cluster.py).
    "LIMITS_STORE": "limits.store",
    "REDIS_MODE": "limits.redis.mode",
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
    seen: set[str] = {UNROUTED}   # the requests outside every route have it
    for route in tree.get("routes", []):
        name = route.get("name")
        if not name or name in seen:
            raise ConfigError(f"routes: missing, duplicate or reserved name {name!r}")
        seen.add(name)
        match = route.get("match") or {}
        if len(match) != 1 or next(iter(match)) not in ("exact", "prefix"):
            raise ConfigError(f"routes.{name}.match: needs exactly one of exact/prefix")
        if route.get("upstream") not in tree["services"]:
            raise ConfigError(f"routes.{name}.upstream: unknown service {route.get('upstream')!r}")


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
    _validate(tree)
    return tree
