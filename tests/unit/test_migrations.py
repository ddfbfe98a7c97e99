"""Each service's Alembic history is one line: two branches written in parallel must be rechained."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("package", ["app", "tokendealer"])
def test_migrations_have_a_single_head(package: str) -> None:
    config = Config(str(REPO / package / "db" / "alembic.ini"))
    config.set_main_option("script_location", str(REPO / package / "db" / "migrations"))
    assert len(ScriptDirectory.from_config(config).get_heads()) == 1
