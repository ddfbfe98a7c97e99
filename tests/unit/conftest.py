"""Fixtures of the unit tests that start real processes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway import config, secrets
from gateway.stack import Stack
from servicekit.runpaths import RunPaths


@pytest.fixture
def redis_mode_stack(tmp_path: Path) -> Iterator[Callable[[str, dict[str, Any]], Stack]]:
    """make(mode, redis): a Stack under tmp_path (its secrets made) with REDIS_MODE=mode, the limits kept
    in Redis and `redis` merged into limits.redis (where its processes listen). Stopped at the end."""
    made: list[Stack] = []

    def make(mode: str, redis: dict[str, Any]) -> Stack:
        paths = RunPaths(tmp_path)
        paths.make()
        secrets.ensure(paths.secrets)
        cfg = config.load(env={"REDIS_MODE": mode, "LIMITS_STORE": "redis"})
        assert (cfg["limits"]["store"], cfg["limits"]["redis"]["mode"]) == ("redis", mode)
        cfg["limits"]["redis"].update(redis)
        made.append(Stack(cfg, paths))
        return made[-1]

    yield make
    for stack in made:
        stack.stop()
