"""Background tasks of a service (listeners, refreshers), stopped together at shutdown."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from typing import Any


async def cancel_and_wait(tasks: Sequence[asyncio.Task[Any]]) -> None:
    """Cancel every task, then wait for each to end (its CancelledError is the expected ending)."""
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
