"""Schema of the concurrency policy (lua/edge/policies/concurrency.lua); reads the global `limits:`
section's allowlist and, for `store: redis`, its redis settings."""

from __future__ import annotations

from typing import Any

from gateway.policies.limits import key, named
from gateway.policies.schema import (
    REQUIRED,
    Context,
    Field,
    PolicySchema,
    Record,
    enum,
    fail,
    integer,
    list_of,
    string,
)

# Seconds a Redis lease outlives its last renewal (every lease_ttl / 3): how long a dead node's slots
# stay taken. Below 2 s a busy worker's renewal timer could miss the lease's expiry.
LEASE_TTL_DEFAULT, LEASE_TTL_MIN, LEASE_TTL_MAX = 10, 2, 3600


def lease_ttl(value: Any, path: str) -> int:
    seconds = integer(LEASE_TTL_MIN)(value, path)
    if seconds > LEASE_TTL_MAX:
        raise fail(path, value, f"is more than {LEASE_TTL_MAX}")
    return seconds


LIMIT = Record({
    "name": Field(string(r"[\w.-]+", "is not a limit name (letters, digits, _ . -)")),
    "key": Field(key, "ip"),
    "max": Field(integer(1), REQUIRED, "requests in flight per key value"),
})

QUEUE = Record({
    "max": Field(integer(0), 0, "requests waiting at most"),
    "timeout_ms": Field(integer(0), 0, "how long one waits for a slot"),
})

FIELDS = Record({
    "limits": Field(list_of(LIMIT), REQUIRED),
    "queue": Field(QUEUE, QUEUE.defaults()),
    "retry_after": Field(integer(1), 1),
    # local by default whatever limits.store says: a shared cap is opted into per policy (it cannot queue)
    "store": Field(enum("local", "redis"), "local", "redis: one cap for every gateway node (limits.redis)"),
    "lease_ttl": Field(lease_ttl, LEASE_TTL_DEFAULT,
                       "redis store: seconds a slot outlives its node's last renewal (a dead node's slots)"),
})


def resolve(conf: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Raises Invalid for a Redis store with a queue."""
    out = {**conf, "limits": named(conf["limits"])}
    if out["store"] == "redis" and out["queue"]["max"] > 0:
        # a queued request would poll Redis every few ms: the queue waits on this node's slots only
        raise fail(f"{ctx.path}.queue.max", out["queue"]["max"], "must be 0 with store: redis (queueing is local only)")
    return out


SCHEMA = PolicySchema(name="concurrency", phases=("access",), fields=FIELDS, resolve=resolve)
