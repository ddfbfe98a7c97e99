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
    Invalid,
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
    "batch": Field(integer(1), 1, "tokens a node borrows from the shared bucket at once (store: redis); "
                                  "1: every request decided in Redis (exact)"),
})

FIELDS = Record({
    "limits": Field(list_of(LIMIT), REQUIRED),
    "nodelay": Field(boolean, True, "false: excess within burst waits for its slot"),
    "status": Field(enum(429, 503), doc="default: limits.status"),
    "store": Field(enum("local", "redis"), doc="default: limits.store"),
})


def resolve(conf: dict[str, Any], ctx: Context) -> dict[str, Any]:
    section = ctx.cfg["limits"]
    out = {"status": section["status"], "store": section["store"], **conf, "limits": named(conf["limits"])}
    check_batches(out, ctx.path)
    return out


def check_batches(conf: dict[str, Any], path: str) -> None:
    """A batch is borrowed from the shared bucket (store: redis) in one piece that the bucket can hold
    (batch <= burst + 1), and spent at once: no delay mode, no charge in the log phase."""
    errors = []
    for i, lim in enumerate(conf["limits"]):
        batch, where = lim["batch"], f"{path}.limits[{i}].batch"
        if batch == 1:
            continue
        if conf["store"] != "redis":
            errors.append(f"{where}: {batch} needs store: redis (a local limit has nothing to borrow from)")
        elif batch > lim["burst"] + 1:
            errors.append(f"{where}: {batch} is more than burst + 1 ({lim['burst'] + 1}): the bucket never holds it")
        elif lim.get("charge"):
            errors.append(f"{where}: {batch} with charge: success (a local limit) is not possible")
        elif not conf["nodelay"]:
            errors.append(f"{where}: {batch} needs nodelay: true (borrowed tokens have no slot to wait for)")
    if errors:
        raise Invalid("\n".join(errors))


SCHEMA = PolicySchema(name="ratelimit", phases=("access",), fields=FIELDS, resolve=resolve)
