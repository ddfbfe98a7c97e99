"""Schema of the jwt policy (lua/edge/policies/jwt.lua); section security.jwt."""

from __future__ import annotations

from typing import Any

from gateway.policies.schema import (
    PATH,
    Context,
    Field,
    PolicySchema,
    Record,
    boolean,
    integer,
    map_of,
    number,
    port,
    string,
)

# TokenDealer's revocation feed (lua/edge/lib/revocations.lua), polled by one worker.
REVOCATION = Record({
    "enabled": Field(boolean, True),
    "path": Field(PATH, "/revocations"),
    "poll_interval": Field(number(0.05), 0.5, "seconds between polls"),
    "timeout_ms": Field(integer(1), 1000),
})

FIELDS = Record({
    "audience": Field(string(), "jeeves"),
    "issuer": Field(string(), doc="default: the public base URL, as TokenDealer signs"),
    "jwks_host": Field(string(), doc="default: services.tokendealer.host"),
    "jwks_port": Field(port, doc="default: services.tokendealer.port"),
    "jwks_path": Field(PATH, "/.well-known/jwks.json"),
    "jwks_timeout_ms": Field(integer(1), 1000, "connect, send and read timeout of one JWKS fetch"),
    "refresh_interval": Field(number(0), 10, "at most one JWKS fetch per this many seconds, all workers"),
    "leeway": Field(number(0), 30),
    "typ": Field(string(), "at+jwt"),
    "scopes": Field(map_of(string()), {"read": "read", "write": "write"}, "method, read or write -> scope"),
    "realm": Field(string(), "jeeves"),
    "cache_size": Field(integer(1), 2048),
    "dict": Field(string(), "edge_jwks"),
    "max_age": Field(number(1), 300, "the JWKS is re-read after its Cache-Control max-age, capped by this"),
    "revocation": Field(REVOCATION, REVOCATION.defaults()),
})


def resolve(conf: dict[str, Any], ctx: Context) -> dict[str, Any]:
    td = ctx.cfg["services"]["tokendealer"]
    return {"issuer": ctx.public_base_url, "jwks_host": td["host"], "jwks_port": td["port"], **conf}


SCHEMA = PolicySchema(name="jwt", phases=("access",), fields=FIELDS, section="jwt", resolve=resolve)
