"""Idempotent seed step run by the stack after migrations: a signing key if none is active, and the
clients whose credentials the set-up generated in $RUN_DIR/secrets (created once, never overwritten);
the demo client only in demo mode."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from tokendealer.config import Settings
from tokendealer.db.engine import make_engine
from tokendealer.services import keystore
from tokendealer.services.clients import ClientRegistry

# secret file -> audiences of the seeded client (scopes come from the file).
SEEDED_CLIENTS = {
    "demo_client.json": "jeeves",
    "worker_client.json": "jeeves",
    "tokendealer_admin_client.json": "tokendealer",
}


async def ensure_signing_key(engine: AsyncEngine, settings: Settings) -> str:
    keys = await keystore.list_keys(engine)
    active = [k for k in keys if k["state"] == keystore.ACTIVE]
    if active:
        return str(active[0]["kid"])
    published = [k for k in keys if k["state"] == keystore.PUBLISHED]
    if published:
        kid = str(published[-1]["kid"])
    else:
        kid = (await keystore.create_key(engine, keystore.KeyCipher(settings.key_encryption_key),
                                         settings.signing_alg))["kid"]
    # No key was signing, so no verifier can hold an older key set: no pre-publish wait needed.
    await keystore.activate(engine, kid, min_published=0, force=True)
    return kid


DEMO_ONLY = {"demo_client.json"}


def demo_mode() -> bool:
    # The stack's own switch (gateway/cli.py reads the same variable, same default).
    return os.environ.get("JEEVES_DEMO", "1") != "0"


async def seed_clients(registry: ClientRegistry, secrets_dir: Path, demo: bool) -> list[str]:
    created = []
    for file_name, audiences in SEEDED_CLIENTS.items():
        path = secrets_dir / file_name
        if not path.exists():
            continue
        data = json.loads(path.read_text())
        existing = await registry.get(data["client_id"])
        if file_name in DEMO_ONLY and not demo:
            if existing is not None and existing.active:  # left from a demo run of this deployment
                await registry.set_active(existing.client_id, False)
            continue
        if existing is not None:
            continue
        await registry.create(data["client_id"], data.get("scopes", "read"), audiences,
                              description=f"seeded from {file_name}", secret=data["client_secret"])
        created.append(data["client_id"])
    return created


async def main() -> None:
    settings = Settings.from_env()
    settings.require_secrets()
    engine = make_engine(settings.database_url)
    try:
        kid = await ensure_signing_key(engine, settings)
        registry = ClientRegistry(engine, settings.pepper, settings.audiences, cache_ttl=0)
        created = await seed_clients(registry, Path(os.environ.get("RUN_DIR", ".run")) / "secrets", demo_mode())
    finally:
        await engine.dispose()
    print(json.dumps({"signing_key": kid, "clients_created": created}))


if __name__ == "__main__":
    asyncio.run(main())
