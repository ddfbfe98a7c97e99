"""Secrets generated at set-up into .run/secrets (git-ignored), stable across runs.

Each file is created once with mode 0600 and never rewritten, so restarts keep the same values.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from servicekit.private_files import create_private

DEMO_CLIENT_ID = "demo-client"
WORKER_CLIENT_ID = "jeeves-worker"


def _token() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


def _write_once(path: Path, make: Any) -> None:
    if path.exists():
        return
    data = make()
    create_private(path, json.dumps(data, indent=2) + "\n" if isinstance(data, dict) else f"{data}\n")


# name -> generator; add a line here for a new secret.
GENERATED: dict[str, Any] = {
    "slack_signing_secret": lambda: secrets.token_hex(32),
    "slack_bot_token": lambda: "xoxb-demo-" + secrets.token_hex(12),
    # Sign in with Slack: the demo client the fake Slack knows; for a real workspace, replace both files
    # with the app's Client ID and Secret (or set SLACK_CLIENT_ID / SLACK_CLIENT_SECRET).
    "slack_client_id": lambda: f"{secrets.randbelow(10**12):012d}.{secrets.randbelow(10**12):012d}",
    "slack_client_secret": lambda: secrets.token_hex(16),
    "demo_client.json": lambda: {"client_id": DEMO_CLIENT_ID, "client_secret": _token(), "scopes": "read write"},
    "worker_client.json": lambda: {"client_id": WORKER_CLIENT_ID, "client_secret": _token(), "scopes": "read write"},
    # Jeeves' admin panel calls TokenDealer's /admin-api/clients with tokens of this client.
    "tokendealer_admin_client.json": lambda: {"client_id": "jeeves-admin", "client_secret": _token(),
                                              "scopes": "clients:admin", "audience": "tokendealer"},
    "admin.json": lambda: {"username": "admin", "password": secrets.token_urlsafe(18)},
    "postgres_password": _token,
    "jeeves_db_password": _token,
    "tokendealer_db_password": _token,
    "redis_password": _token,
    "jeeves_secret_key": _token,
    "tokendealer_pepper": _token,
    "tokendealer_key_encryption_key": _token,
}


def ensure(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o700)
    for name, make in GENERATED.items():
        _write_once(directory / name, make)


def read(directory: Path, name: str) -> str:
    return (directory / name).read_text().strip()


def read_json(directory: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((directory / name).read_text())
    return data
