"""The worker's side of OAuth2 client credentials: a cached TokenDealer token, refreshed before
expiry and once more when the data API answers 401; and the data API client that uses it."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import aiohttp
import structlog

log = structlog.get_logger()


class TokenError(Exception):
    """TokenDealer did not give us a token (down, refused the client, malformed answer)."""


class DataAPIError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class ClientCredentials:
    def __init__(self, session: aiohttp.ClientSession, token_url: str, client_id: str, client_secret: str,
                 scope: str = "read", refresh_margin: float = 30.0, timeout: float = 5.0) -> None:
        self.session, self.token_url = session, token_url
        self.auth_header = {"Authorization": aiohttp.encode_basic_auth(client_id, client_secret)}
        self.scope, self.refresh_margin = scope, refresh_margin
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()
        self.fetches = 0

    @classmethod
    def from_file(cls, session: aiohttp.ClientSession, tokendealer_url: str, path: Path,
                  scope: str = "read") -> ClientCredentials:
        data = json.loads(path.read_text())
        return cls(session, tokendealer_url.rstrip("/") + "/oauth/token", data["client_id"], data["client_secret"],
                   scope)

    def invalidate(self) -> None:
        self._token, self._expires_at = None, 0.0

    async def token(self) -> str:
        if self._token and time.monotonic() < self._expires_at - self.refresh_margin:
            return self._token
        async with self._lock:  # concurrent jobs share one refresh
            if self._token and time.monotonic() < self._expires_at - self.refresh_margin:
                return self._token
            self._token, self._expires_at = await self._fetch()
            return self._token

    async def _fetch(self) -> tuple[str, float]:
        self.fetches += 1
        form = {"grant_type": "client_credentials", "scope": self.scope}
        try:
            async with self.session.post(self.token_url, data=form, headers=self.auth_header,
                                         timeout=self.timeout) as resp:
                data = await resp.json(content_type=None)
                if resp.status != 200 or not isinstance(data, dict) or not data.get("access_token"):
                    raise TokenError(f"token endpoint answered {resp.status}: {str(data)[:200]}")
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise TokenError(f"token endpoint unreachable: {type(exc).__name__}: {exc}") from exc
        lifetime = float(data.get("expires_in", 300))
        log.info("worker_token_fetched", expires_in=lifetime)
        return str(data["access_token"]), time.monotonic() + lifetime


class DataAPI:
    """Jeeves' own /api, called with the worker's token. One retry, with a fresh token, on 401."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, credentials: ClientCredentials,
                 timeout: float = 10.0) -> None:
        self.session, self.base_url, self.credentials = session, base_url.rstrip("/"), credentials
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    async def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        for attempt in (1, 2):
            token = await self.credentials.token()
            try:
                async with self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout,
                                            headers={"Authorization": f"Bearer {token}"}) as resp:
                    data = await resp.json(content_type=None)
                    if resp.status == 401 and attempt == 1:
                        log.info("data_api_401_refreshing_token", path=path)
                        self.credentials.invalidate()
                        continue
                    if resp.status != 200 or not isinstance(data, dict):
                        raise DataAPIError(resp.status, str(data)[:200])
                    return data
            except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
                raise DataAPIError(0, f"{type(exc).__name__}: {exc}") from exc
        raise DataAPIError(401, "token refused twice")
