"""Molotov scenarios: the weighted mix of loadtests/slo.yaml (or LOADTEST_MIX) against the stack.

    .venv/bin/molotov -w 8 -d 10 loadtests/molotov_scenarios.py

A scenario fails (Molotov counts a FAILURE) when the answer's status is not 200.
Target: LOADTEST_BASE_URL/LOADTEST_CA/LOADTEST_SECRETS, else the stack in RUN_DIR (.run).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import aiohttp
import molotov

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # molotov loads this file by path

from loadtests import mix as mixenv  # noqa: E402
from loadtests.scenarios import Context, build  # noqa: E402
from loadtests.target import Target  # noqa: E402

TARGET = Target.from_env()
MIX = mixenv.from_env()
TOKENS = mixenv.tokens_from_env(MIX)


@molotov.setup()
async def init_worker(worker_id: int, _args: Any) -> dict[str, Any]:
    # Passed to aiohttp.ClientSession: TLS trusting the stack's dev CA.
    return {"connector": aiohttp.TCPConnector(limit=0, ssl=TARGET.ssl_context() or False)}


def _register(name: str, weight: float) -> None:
    async def run(session: aiohttp.ClientSession) -> None:
        ctx = Context(TARGET, TOKENS, user=random.randint(1, 60000))
        spec = build(name, ctx)
        async with session.request(spec.method, TARGET.base_url + spec.path, headers=spec.headers,
                                   data=spec.body, allow_redirects=False) as resp:
            await resp.read()
            if resp.status != 200:  # an exception is how Molotov counts a failure
                raise AssertionError(f"{name}: {spec.method} {spec.path} -> {resp.status}")

    run.__name__ = name
    # Molotov weights are integers; x10 keeps one decimal of the YAML weights.
    molotov.scenario(weight=max(1, round(weight * 10)), name=name)(run)


for _name, _weight in MIX.items():
    _register(_name, _weight)
