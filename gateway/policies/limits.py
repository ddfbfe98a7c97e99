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


HOST_PORT = string(r"[^\s:]+:\d{1,5}", "is not host:port")

REDIS = Record({
    "mode": Field(enum("single", "cluster", "sentinel"), "single",
                  "single: host/port; cluster: a Redis Cluster via nodes; sentinel: the primary named by sentinels"),
    "nodes": Field(list_of(HOST_PORT), [], "cluster members to learn the slot map from (any of them is enough)"),
    "sentinels": Field(list_of(HOST_PORT), [], "sentinel mode: the Sentinels to ask for the primary"),
    "master_name": Field(string(r"[\w.-]+", "is not a Sentinel master name"), "edge-limits",
                         "sentinel mode: the name the Sentinels monitor the primary under"),
    "sentinel_password": Field(string(), doc="default: the secret file redis_sentinel_password, else the "
                                              "data password; \"\": Sentinels without a password"),
    "servers": Field(list_of(HOST_PORT), [],
                     "REDIS_MODE=sentinel make up only: the local primary then replica (the edge asks the Sentinels)"),
    "refresh_s": Field(integer(1), 10, "seconds between refreshes of the slot map (cluster) or the primary (sentinel)"),
    "timeout_ms": Field(integer(1), 50),
    "pool_size": Field(integer(1), 32),
    "idle_ms": Field(integer(0), 30000),
    "cooldown_s": Field(integer(0), 2),
    "prefix": Field(string(), "edge:rl:"),
    "host": Field(string(), doc="default: services.redis.host"),
    "port": Field(port, doc="default: services.redis.port"),
    "password": Field(string(), doc="default: the secret file redis_password (tests set it here)"),
})

# The members each mode cannot do without.
NEEDS = {"cluster": "nodes", "sentinel": "sentinels"}

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
    mode = out["redis"]["mode"]
    if mode in NEEDS and not out["redis"][NEEDS[mode]]:
        raise fail(f"limits.redis.{NEEDS[mode]}", [], f"is empty: mode {mode} needs at least one host:port")
    svc = cfg["services"]["redis"]
    out["redis"] = {"host": svc["host"], "port": svc["port"], **out["redis"]}
    return out


def named(limits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A limit without a name is called limit<i> (1-based, as the counters and headers show it)."""
    return [{**lim, "name": lim.get("name") or f"limit{i}"} for i, lim in enumerate(limits, 1)]
