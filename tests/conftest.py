from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stackctl import StackHandle, new_stack  # noqa: E402


@pytest.fixture(scope="session")
def stack() -> Iterator[StackHandle]:
    """One real stack for the whole session, on free ports, torn down at the end."""
    with new_stack("test").start() as handle:
        yield handle


@pytest.fixture
def client(stack: StackHandle):  # type: ignore[no-untyped-def]
    with stack.client() as c:
        yield c
