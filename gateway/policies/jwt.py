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
    fail,
    integer,
    map_of,
    number,
    port,
    string,
)

MAX_POLL_INTERVAL = 60.0  # the fallback bounds how long a change waits when no nudge arrives


def poll_interval(value: Any, path: str) -> float | int:
    checked: float | int = number(0.05)(value, path)
    if checked > MAX_POLL_INTERVAL:
        raise fail(path, value, f"is more than {MAX_POLL_INTERVAL:g} (the fallback poll must stay bounded)")
    return checked


# TokenDealer's nudges on Redis pub/sub (tokendealer/services/publisher.py): one worker subscribes.
PUSH = Record({
    "enabled": Field(boolean, True),
    "channel": Field(string(r"[A-Za-z0-9:._-]{1,128}"), "tokendealer:revocations"),
    "host": Field(string(), doc="default: services.redis.host"),
    "port": Field(port, doc="default: services.redis.port"),
    "password": Field(string(), doc="default: the secret file redis_password"),
    "timeout_ms": Field(integer(1), 1000, "connect, send and read timeout until subscribed"),
    "ping_every": Field(number(0.1), 2, "seconds between PINGs: a connection that stops answering fails "
                                          "within three"),
    "backoff_max": Field(number(0.1), 5, "seconds between reconnections, at most"),
})

# TokenDealer's revocation feed (lua/edge/lib/revocations.lua): one worker fetches it on each nudge,
# and polls it every poll_interval seconds (the fallback, also while Redis is down).
REVOCATION = Record({
    "enabled": Field(boolean, True),
    "host": Field(string(), doc="default: services.tokendealer.host"),
    "port": Field(port, doc="default: services.tokendealer.port"),
    "path": Field(PATH, "/revocations"),
    "poll_interval": Field(poll_interval, 5, f"seconds between fallback polls (at most {MAX_POLL_INTERVAL:g})"),
    "timeout_ms": Field(integer(1), 1000),
    "push": Field(PUSH, PUSH.defaults()),
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
    td, redis = ctx.cfg["services"]["tokendealer"], ctx.cfg["services"]["redis"]
    revocation = conf["revocation"]
    push = {"host": redis["host"], "port": redis["port"], **revocation["push"]}
    return {"issuer": ctx.public_base_url, "jwks_host": td["host"], "jwks_port": td["port"], **conf,
            "revocation": {"host": td["host"], "port": td["port"], **revocation, "push": push}}


SCHEMA = PolicySchema(name="jwt", phases=("access",), fields=FIELDS, section="jwt", resolve=resolve)
