"""Fixtures for TokenDealer tests: the service of the shared stack reached directly, its credentials,
its operator CLI, and a way to forge tokens with its real signing key (to prove what verify rejects)."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
import pytest
from stackctl import REPO, StackHandle, new_stack

from tokendealer.config import Settings
from tokendealer.db.engine import make_engine
from tokendealer.services.keystore import KeyCipher, KeyStore


@dataclass
class TD:
    """One TokenDealer of a running stack."""

    stack: StackHandle

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.stack.ports['tokendealer']}"

    @property
    def issuer(self) -> str:
        return self.stack.base_url

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, trust_env=False, timeout=10.0)

    def creds(self, name: str = "demo_client.json") -> tuple[str, str]:
        data = self.stack.secret_json(name)
        return data["client_id"], data["client_secret"]

    def env(self) -> dict[str, str]:
        password = self.stack.secret("tokendealer_db_password")
        return {
            **os.environ, "RUN_DIR": str(self.stack.run_dir), "PUBLIC_BASE_URL": self.issuer,
            "DATABASE_URL": f"postgresql+asyncpg://tokendealer:{password}@127.0.0.1:"
                            f"{self.stack.ports['postgres']}/tokendealer",
        }

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "tokendealer.cli", *args], cwd=REPO, env=self.env(),
                                capture_output=True, text=True, timeout=60, check=False)
        if check and result.returncode != 0:
            raise AssertionError(f"cli {args} failed: {result.stderr}")
        return result

    def token(self, creds: tuple[str, str] | None = None, **form: str) -> dict[str, Any]:
        with self.http() as http:
            response = http.post("/oauth/token", auth=creds or self.creds(),
                                 data={"grant_type": "client_credentials", **form})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def admin_headers(self) -> dict[str, str]:
        token = self.token(self.creds("tokendealer_admin_client.json"), scope="clients:admin",
                           audience="tokendealer")["access_token"]
        return {"Authorization": f"Bearer {token}"}

    def new_client(self, scopes: str = "read write", audiences: str = "jeeves") -> tuple[str, str]:
        """A fresh client (created through the admin API), so tests never share mutable clients."""
        client_id = f"t-{uuid.uuid4().hex[:12]}"
        with self.http() as http:
            response = http.post("/admin-api/clients", headers=self.admin_headers(),
                                 json={"client_id": client_id, "scopes": scopes, "audiences": audiences})
        assert response.status_code == 201, response.text
        return client_id, response.json()["client_secret"]

    def signing_key(self) -> Any:
        """The active key object, decrypted exactly as the service does (the test plays a key thief)."""
        settings = Settings.from_env(self.env())

        async def load() -> Any:
            engine = make_engine(settings.database_url)
            try:
                store = KeyStore(engine, KeyCipher(settings.key_encryption_key), 300)
                await store.refresh()
                return store.signing
            finally:
                await engine.dispose()

        return asyncio.run(load())

    def forge(self, key: Any, claims: dict[str, Any] | None = None, headers: dict[str, Any] | None = None,
              drop: tuple[str, ...] = ()) -> str:
        """A token signed with the real key, with claims/headers overridden (None values removed)."""
        now = int(time.time())
        body = {"iss": self.issuer, "sub": "demo-client", "aud": "jeeves", "iat": now, "nbf": now,
                "exp": now + 300, "jti": uuid.uuid4().hex, "scope": "read", "client_id": "demo-client",
                **(claims or {})}
        body = {k: v for k, v in body.items() if v is not None and k not in drop}
        head = {k: v for k, v in {"kid": key.kid, "typ": "at+jwt", **(headers or {})}.items() if v is not None}
        return jwt.encode(body, key.private, algorithm=key.alg, headers=head)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_json(data: dict[str, Any]) -> str:
    return b64url(json.dumps(data, separators=(",", ":")).encode())


@pytest.fixture(scope="session")
def td(stack: StackHandle) -> TD:
    return TD(stack)


# Jeeves's fallback poll of the revocation feed on the `own` stack: far past the 1 s the tests ask for,
# so only TokenDealer's Redis nudges can meet it.
OWN_FALLBACK_POLL = 30.0


@pytest.fixture(scope="session")
def own() -> Iterator[TD]:
    """A stack of our own, for tests that rotate keys or stop Redis (the shared stack's tests rely on both)."""
    with new_stack("tdown", JEEVES_REVOCATION_POLL_SECONDS=str(OWN_FALLBACK_POLL)).start() as handle:
        yield TD(handle)


@pytest.fixture
def http(td: TD) -> Iterator[httpx.Client]:
    with td.http() as client:
        yield client
