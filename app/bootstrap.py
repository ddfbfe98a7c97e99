"""Idempotent seed step the stack runs after `alembic upgrade head` (gateway/stack.py: migrate).

Add a line per seed; each must be safe to run at every start.
"""

from __future__ import annotations

import asyncio

from app.admin.cli import bootstrap as bootstrap_admin


async def main() -> None:
    print(f"[jeeves bootstrap] {await bootstrap_admin()}")  # first admin from $RUN_DIR/secrets/admin.json


if __name__ == "__main__":
    asyncio.run(main())
