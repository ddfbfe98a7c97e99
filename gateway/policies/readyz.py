"""The `readyz:` section (lua/edge/lib/health.lua): how long /readyz's verdict is cached, and its per-IP
limit, resolved into a ratelimit policy conf on the local store."""

from __future__ import annotations

from typing import Any

from gateway.policies.schema import Field, Record, integer, number, rate

LIMIT = Record({
    "rate": Field(rate, {"quota": 10, "window": 1}, "default: 10r/s"),
    "burst": Field(integer(0), 20),
})

READYZ = Record({
    "cache_seconds": Field(number(0), 1, "the verdict is cached this long: probes cost the same at any rate"),
    "limit": Field(LIMIT, LIMIT.defaults()),
})


def resolve_section(cfg: dict[str, Any], limits_section: dict[str, Any]) -> dict[str, Any]:
    """edge.json's readyz: {cache_seconds, ratelimit: a resolved ratelimit policy conf}."""
    conf = READYZ.check(cfg.get("readyz") or {}, "readyz")
    limit = conf["limit"]
    return {"cache_seconds": conf["cache_seconds"],
            "ratelimit": {"nodelay": True, "status": limits_section["status"], "store": "local",
                          "limits": [{"name": "readyz", "key": "ip", "burst": limit["burst"],
                                      "rate": limit["rate"]}]}}
