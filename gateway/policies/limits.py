"""The global `limits:` section (read by the ratelimit and concurrency policies) and the grammar of a
limit's key (edge.limit.keys compiles it)."""

from __future__ import annotations

from typing import Any

from gateway.policies.schema import Field, Record, cidr, enum, fail, integer, list_of, port, string

# edge.limit.keys: the simple keys, header:<Name>, or a list of them (composite key).
SIMPLE_KEYS = ("ip", "route", "client_id", "oauth_client", "slack_team")
HEADER_KEY = string(r"header:[\w-]+", "")


def key(value: Any, path: str) -> str | list[str]:
    """A limit key: ip, route, client_id, oauth_client, slack_team, header:<Name>, or a list of them."""
    if isinstance(value, list) and value:
        return [key_part(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return key_part(value, path)


def key_part(value: Any, path: str) -> str:
    if value in SIMPLE_KEYS:
        return str(value)
    if isinstance(value, str) and value.startswith("header:"):
        try:
            return HEADER_KEY(value, path)
        except ValueError:
            pass
    raise fail(path, value, f"is not a limit key ({', '.join(SIMPLE_KEYS)}, header:<Name>, or a list of them)")


REDIS = Record({
    "mode": Field(enum("single", "cluster"), "single", "single: host/port; cluster: a Redis Cluster via nodes"),
    "nodes": Field(list_of(string(r"[^\s:]+:\d{1,5}", "is not host:port")), [],
                   "cluster members to learn the slot map from (any of them is enough)"),
    "refresh_s": Field(integer(1), 10, "seconds between the cluster slot map's refreshes"),
    "timeout_ms": Field(integer(1), 50),
    "pool_size": Field(integer(1), 32),
    "idle_ms": Field(integer(0), 30000),
    "cooldown_s": Field(integer(0), 2),
    "prefix": Field(string(), "edge:rl:"),
    "host": Field(string(), doc="default: services.redis.host"),
    "port": Field(port, doc="default: services.redis.port"),
    "password": Field(string(), doc="default: the secret file redis_password (tests set it here)"),
})

ALLOWLIST = Record({
    "ip": Field(list_of(cidr), []),
    "client_id": Field(list_of(string()), []),
})

LIMITS = Record({
    "store": Field(enum("local", "redis"), "local"),
    "status": Field(enum(429, 503), 429),
    "redis": Field(REDIS, REDIS.defaults()),
    "allowlist": Field(ALLOWLIST, ALLOWLIST.defaults()),
    "ipv6_prefix": Field(enum(48, 56, 64), 64, "the ip key of an IPv6 client is its network prefix"),
})


def resolve_section(cfg: dict[str, Any]) -> dict[str, Any]:
    """The `limits:` section with defaults; Redis's address comes from services.redis."""
    out = LIMITS.check(cfg.get("limits") or {}, "limits")
    svc = cfg["services"]["redis"]
    out["redis"] = {"host": svc["host"], "port": svc["port"], **out["redis"]}
    return out


def named(limits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A limit without a name is called limit<i> (1-based, as the counters and headers show it)."""
    return [{**lim, "name": lim.get("name") or f"limit{i}"} for i, lim in enumerate(limits, 1)]
