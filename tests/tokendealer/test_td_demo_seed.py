"""The seed step creates the demo client only in demo mode (JEEVES_DEMO, as `make run` reads it), and
disables one left from an earlier demo run once the stack runs for real."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from stackctl import REPO

from .conftest import TD

pytestmark = pytest.mark.stack


def _seed(td: TD, run_dir: Path, demo: str) -> None:
    env = {**td.env(), "RUN_DIR": str(run_dir), "JEEVES_DEMO": demo,
           "TOKENDEALER_PEPPER": td.stack.secret("tokendealer_pepper"),
           "TOKENDEALER_KEY_ENCRYPTION_KEY": td.stack.secret("tokendealer_key_encryption_key")}
    result = subprocess.run([sys.executable, "-m", "tokendealer.bootstrap"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def _client(td: TD, http: httpx.Client, client_id: str) -> httpx.Response:
    return http.get(f"/admin-api/clients/{client_id}", headers=td.admin_headers())


def test_demo_client_is_seeded_only_in_demo_mode(td: TD, http: httpx.Client, tmp_path: Path) -> None:
    client_id = f"demo-{uuid.uuid4().hex[:10]}"
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "demo_client.json").write_text(json.dumps(
        {"client_id": client_id, "client_secret": uuid.uuid4().hex * 2, "scopes": "read write"}))
    _seed(td, tmp_path, demo="0")
    assert _client(td, http, client_id).status_code == 404
    _seed(td, tmp_path, demo="1")
    assert _client(td, http, client_id).json()["client"]["active"] is True
    _seed(td, tmp_path, demo="0")  # the same deployment, now for real: the demo client is switched off
    assert _client(td, http, client_id).json()["client"]["active"] is False
