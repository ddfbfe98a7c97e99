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


def to_env(mix: dict[str, float], tokens: tuple[str, ...]) -> dict[str, str]:
    # JWTs never contain spaces: a space-separated list travels safely in one variable.
    return {"LOADTEST_MIX": json.dumps(mix), "LOADTEST_TOKENS": " ".join(tokens)}


def tokens_from_env(mix: dict[str, float]) -> tuple[str, ...]:
    """The gate passes its tokens; a standalone run fetches them if the mix needs them."""
    from loadtests.scenarios import NEEDS_TOKEN
    from loadtests.target import Target, fetch_tokens

    if os.environ.get("LOADTEST_TOKENS"):
        return tuple(os.environ["LOADTEST_TOKENS"].split())
    if NEEDS_TOKEN & set(mix):
        return fetch_tokens(Target.from_env())
    return ()
