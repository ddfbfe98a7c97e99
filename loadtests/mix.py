"""The scenario mix handed to Molotov and Locust child processes (LOADTEST_MIX, JSON name -> weight)."""

from __future__ import annotations

import json
import os


def from_env() -> dict[str, float]:
    """LOADTEST_MIX if set, else the enabled scenarios of loadtests/slo.yaml."""
    raw = os.environ.get("LOADTEST_MIX")
    if raw:
        mix = json.loads(raw)
        return {str(k): float(v) for k, v in mix.items()}
    from loadtests import slo

    return slo.load().mix


def to_env(mix: dict[str, float], token: str | None) -> dict[str, str]:
    env = {"LOADTEST_MIX": json.dumps(mix)}
    if token:
        env["LOADTEST_TOKEN"] = token
    return env


def token_from_env(mix: dict[str, float]) -> str | None:
    """The gate passes its token; a standalone run fetches one if the mix needs it."""
    from loadtests.scenarios import NEEDS_TOKEN
    from loadtests.target import Target, fetch_token

    if os.environ.get("LOADTEST_TOKEN"):
        return os.environ["LOADTEST_TOKEN"]
    if NEEDS_TOKEN & set(mix):
        return fetch_token(Target.from_env())
    return None
