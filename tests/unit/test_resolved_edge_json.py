"""The connection settings the Lua edge reads without a fallback of its own (limits.redis for the Redis,
Cluster and Sentinel clients; the jwt policy's revocation feed and its Redis nudges) are in the rendered
edge.json, resolved by the schemas. The Lua specs build their options from the same defaults:
lua/spec/fixtures/resolved.json, written by `python -m tests.unit.test_resolved_edge_json` and checked
here against the schemas."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gateway import config, render
from gateway.config import REPO_ROOT
from gateway.policies import jwt, limits
from gateway.policies.schema import Context
from servicekit.runpaths import RunPaths

SPEC_FIXTURE = REPO_ROOT / "lua" / "spec" / "fixtures" / "resolved.json"
# the services the spec fixture resolves against (fixed, so the file does not follow one's env)
SPEC_SERVICES = {"redis": {"host": "127.0.0.1", "port": 6379}, "tokendealer": {"host": "127.0.0.1", "port": 5001}}

# What edge.limit.redis / redis_cluster / redis_sentinel (through edge.limit.redis_client) read.
REDIS_KEYS = {"mode", "host", "port", "nodes", "sentinels", "master_name", "refresh_s", "timeout_ms",
              "pool_size", "idle_ms", "cooldown_s", "prefix"}
# What edge.lib.revocations and edge.lib.pubsub read (the push password: the yaml's, else a secret file).
REVOCATION_KEYS = {"enabled", "host", "port", "path", "poll_interval", "timeout_ms"}
PUSH_KEYS = {"enabled", "host", "port", "channel", "timeout_ms", "ping_every", "backoff_max"}


def spec_fixture() -> dict[str, Any]:
    """The resolved sections the Lua specs start from: the schemas' defaults over SPEC_SERVICES."""
    cfg = {"services": SPEC_SERVICES}
    ctx = Context(cfg=cfg, route={}, secrets_dir="", public_base_url="https://edge.test")
    jwt_conf = jwt.SCHEMA.resolve(jwt.FIELDS.check({}, "jwt"), ctx)
    return {"limits": {"redis": limits.resolve_section(cfg)["redis"]},
            "jwt": {"revocation": jwt_conf["revocation"]}}


def rendered(tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    cfg = config.load(env={})
    return cfg, json.loads(render.render(cfg, render.debian_flavor(RunPaths(tmp_path)))[1])


def test_edge_json_carries_every_redis_connection_setting(tmp_path: Path) -> None:
    cfg, edge = rendered(tmp_path)
    redis = edge["limits"]["redis"]
    assert redis.keys() >= REDIS_KEYS
    assert (redis["host"], redis["port"]) == (cfg["services"]["redis"]["host"], cfg["services"]["redis"]["port"])
    assert (redis["timeout_ms"], redis["pool_size"], redis["idle_ms"], redis["refresh_s"]) == (50, 32, 30000, 10)


def test_edge_json_carries_every_revocation_feed_setting(tmp_path: Path) -> None:
    cfg, edge = rendered(tmp_path)
    revocation = edge["routes"]["api"]["policies"][2]["jwt"]["revocation"]
    assert revocation.keys() >= REVOCATION_KEYS
    assert revocation["push"].keys() >= PUSH_KEYS
    td, redis = cfg["services"]["tokendealer"], cfg["services"]["redis"]
    assert (revocation["host"], revocation["port"], revocation["path"]) == (td["host"], td["port"], "/revocations")
    assert (revocation["poll_interval"], revocation["timeout_ms"]) == (5, 1000)
    push = revocation["push"]
    assert (push["host"], push["port"], push["channel"]) == (redis["host"], redis["port"], "tokendealer:revocations")
    assert (push["timeout_ms"], push["ping_every"], push["backoff_max"]) == (1000, 2, 5)
    assert "password" not in push   # a secret file, never edge.json


def test_a_revocation_feed_address_in_the_yaml_wins(tmp_path: Path) -> None:
    cfg = config.load(env={})
    cfg["security"]["jwt"]["revocation"] = {"host": "10.0.0.5", "port": 7001, "push": {"ping_every": 0.5}}
    edge = json.loads(render.render(cfg, render.debian_flavor(RunPaths(tmp_path)))[1])
    revocation = edge["routes"]["api"]["policies"][2]["jwt"]["revocation"]
    assert (revocation["host"], revocation["port"], revocation["path"]) == ("10.0.0.5", 7001, "/revocations")
    assert (revocation["push"]["ping_every"], revocation["push"]["timeout_ms"]) == (0.5, 1000)


def test_the_lua_specs_start_from_the_schemas_defaults() -> None:
    assert json.loads(SPEC_FIXTURE.read_text()) == spec_fixture(), (
        f"{SPEC_FIXTURE} is stale: run .venv/bin/python -m tests.unit.test_resolved_edge_json")


if __name__ == "__main__":
    SPEC_FIXTURE.write_text(json.dumps(spec_fixture(), indent=2, sort_keys=True) + "\n")
    sys.stdout.write(f"wrote {SPEC_FIXTURE}\n")
