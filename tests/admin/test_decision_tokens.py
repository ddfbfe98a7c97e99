"""Every decision token the edge can write (lua/edge/lib/decisions.lua, run in LuaJIT) reads back as
what was written through the admin panel's parser (app/services/admin_stats.py parse_decisions)."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from app.services import admin_stats
from gateway.config import REPO_ROOT

# Each policy's every decision, with and without a limit name, rule ids and the Redis-fallback mark.
WRITE_ALL = r"""
package.path = "lua/?.lua;" .. package.path
local cjson = require "cjson"
local decisions = require "edge.lib.decisions"
local out = {}
for policy, list in pairs(decisions.DECISIONS) do
    for _, decision in ipairs(list) do
        for _, name in ipairs({ false, "per_ip", "login-2" }) do
            for _, detail in ipairs({ false, "942100", "941100,920280" }) do
                for _, fallback in ipairs({ false, true }) do
                    out[#out + 1] = { policy = policy, name = name or "", decision = decision,
                        detail = detail or "", token = decisions.token(policy, name or nil, decision,
                            detail or nil, fallback) }
                end
            end
        end
    end
end
print(cjson.encode(out))
"""


@pytest.fixture(scope="module")
def written() -> list[dict[str, Any]]:
    luajit = shutil.which("luajit")
    if not luajit:
        pytest.fail("luajit is not installed (scripts/setup.sh installs it)")
    result = subprocess.run([luajit, "-e", WRITE_ALL], cwd=REPO_ROOT, capture_output=True, text=True,
                            check=True, timeout=60)
    return list(json.loads(result.stdout))


def expected(entry: dict[str, Any]) -> list[tuple[str, str, str]]:
    if entry["detail"]:
        return [(entry["policy"], rule, entry["decision"]) for rule in entry["detail"].split(",")]
    return [(entry["policy"], entry["name"], entry["decision"])]


def test_the_lua_writes_every_policy_decision(written: list[dict[str, Any]]) -> None:
    kinds = {(e["policy"], e["decision"]) for e in written}
    for kind in [("ratelimit", "allowlisted"), ("concurrency", "queued"), ("waf", "block"), ("ratelimit", "delayed")]:
        assert kind in kinds


def test_every_token_reads_back_as_written(written: list[dict[str, Any]]) -> None:
    for entry in written:
        assert admin_stats.parse_decisions(entry["token"]) == expected(entry), entry["token"]


def test_a_log_line_of_several_tokens_reads_back_in_order(written: list[dict[str, Any]]) -> None:
    line = ";".join(e["token"] for e in written)
    assert admin_stats.parse_decisions(line) == [item for e in written for item in expected(e)]
