"""Schema of the ratelimit policy (lua/edge/policies/ratelimit.lua); reads the global `limits:` section."""

from __future__ import annotations

from typing import Any

from gateway.policies.limits import key, named
from gateway.policies.schema import (
    METHOD,
    PATH,
    REQUIRED,
    Context,
    Field,
    PolicySchema,
    Record,
    boolean,
    enum,
    integer,
    list_of,
    rate,
    string,
)

LIMIT = Record({
    "name": Field(string(r"[\w.-]+", "is not a limit name (letters, digits, _ . -)")),
    "key": Field(key, "ip"),
    "rate": Field(rate, REQUIRED, "10r/s, 30r/m, 100r/h"),
    "burst": Field(integer(0), 0),
    "paths": Field(list_of(PATH), doc="only these exact paths"),
    "methods": Field(list_of(METHOD), doc="only these methods"),
    "charge": Field(enum("success"), doc="success: charged in the log phase, only for answers < 400"),
})

FIELDS = Record({
    "limits": Field(list_of(LIMIT), REQUIRED),
    "nodelay": Field(boolean, True, "false: excess within burst waits for its slot"),
    "status": Field(enum(429, 503), doc="default: limits.status"),
    "store": Field(enum("local", "redis"), doc="default: limits.store"),
})


def resolve(conf: dict[str, Any], ctx: Context) -> dict[str, Any]:
    section = ctx.cfg["limits"]
    return {"status": section["status"], "store": section["store"], **conf, "limits": named(conf["limits"])}


SCHEMA = PolicySchema(name="ratelimit", phases=("access",), fields=FIELDS, resolve=resolve)
