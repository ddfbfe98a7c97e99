"""Schema of the concurrency policy (lua/edge/policies/concurrency.lua); reads the global `limits:`
section's allowlist."""

from __future__ import annotations

from typing import Any

from gateway.policies.limits import key, named
from gateway.policies.schema import REQUIRED, Context, Field, PolicySchema, Record, integer, list_of, string

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
})


def resolve(conf: dict[str, Any], _ctx: Context) -> dict[str, Any]:
    return {**conf, "limits": named(conf["limits"])}


SCHEMA = PolicySchema(name="concurrency", phases=("access",), fields=FIELDS, resolve=resolve)
