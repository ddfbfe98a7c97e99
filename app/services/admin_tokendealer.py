"""TokenDealer's /admin-api/clients, called by the admin panel with a client-credentials token.

The panel's own OAuth client (scope "clients:admin", audience "tokendealer") lives in
$RUN_DIR/secrets/admin_panel_client.json; its token is cached until shortly before it expires.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp

ADMIN_SCOPE = "clients:admin"
ADMIN_AUDIENCE = "tokendealer"
CREDENTIALS_FILE = "admin_panel_client.json"


class TokenDealerError(Exception):
    """TokenDealer refused or could not be reached; `message` is safe to show an administrator."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass
class _CachedToken:
    value: str
    expires_at: float


class TokenDealerAdmin:
    def __init__(self, http: aiohttp.ClientSession, base_url: str, secrets_dir: Path, timeout: float = 5.0) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._secrets_dir = secrets_dir
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._token: _CachedToken | None = None

    def _credentials(self) -> tuple[str, str]:
        try:
            data = json.loads((self._secrets_dir / CREDENTIALS_FILE).read_text())
            return str(data["client_id"]), str(data["client_secret"])
        except (OSError, ValueError, KeyError) as exc:
            raise TokenDealerError(503, "not_configured",
                                   f"the panel's TokenDealer credentials ({CREDENTIALS_FILE}) are missing") from exc

    async def _access_token(self) -> str:
        if self._token and self._token.expires_at - 30 > time.monotonic():
            return self._token.value
        client_id, secret = self._credentials()
        body = await self._call("POST", "/oauth/token", auth=aiohttp.BasicAuth(client_id, secret),
                                data={"grant_type": "client_credentials", "scope": ADMIN_SCOPE,
                                      "audience": ADMIN_AUDIENCE})
        self._token = _CachedToken(str(body["access_token"]), time.monotonic() + float(body.get("expires_in", 300)))
        return self._token.value

    async def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            async with self._http.request(method, self._base + path, timeout=self._timeout, **kwargs) as resp:
                try:
                    body = await resp.json(content_type=None)
                except ValueError:
                    body = {}
                if resp.status >= 400:
                    body = body if isinstance(body, dict) else {}
                    raise TokenDealerError(resp.status, str(body.get("error", "error")),
                                           str(body.get("message") or body.get("error_description") or resp.reason))
                return body if isinstance(body, dict) else {}
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise TokenDealerError(503, "unavailable", "TokenDealer did not answer") from exc

    async def _admin(self, method: str, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        for attempt in (1, 2):
            token = await self._access_token()
            try:
                return await self._call(method, "/admin-api" + path, json=payload,
                                        headers={"Authorization": f"Bearer {token}"})
            except TokenDealerError as exc:
                if exc.status != 401 or attempt == 2:
                    raise
                self._token = None  # revoked or signing key rotated: fetch a fresh token once
        raise AssertionError("unreachable")  # pragma: no cover

    async def list_clients(self) -> list[dict[str, Any]]:
        return list((await self._admin("GET", "/clients")).get("clients", []))

    async def create_client(self, client_id: str, scopes: str, description: str) -> tuple[dict[str, Any], str]:
        body = await self._admin("POST", "/clients", {"client_id": client_id, "scopes": scopes,
                                                      "description": description})
        return body["client"], str(body["client_secret"])

    async def rotate_secret(self, client_id: str) -> tuple[dict[str, Any], str]:
        body = await self._admin("POST", f"/clients/{quote(client_id, safe='')}/rotate-secret")
        return body["client"], str(body["client_secret"])

    async def set_active(self, client_id: str, active: bool) -> dict[str, Any]:
        verb = "enable" if active else "disable"
        return dict((await self._admin("POST", f"/clients/{quote(client_id, safe='')}/{verb}"))["client"])
