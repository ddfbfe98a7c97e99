"""Bearer JWT verification against TokenDealer's JWKS, fetched with aiohttp and cached.

Like PyJWT's PyJWKClient, but async: keys are cached for `ttl`; an unknown kid triggers one refresh,
rate-limited to one per `min_refresh_interval` so forged kids cannot make us hammer TokenDealer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt
import structlog

from app.services.revocations import DenyList

log = structlog.get_logger()
ALGORITHMS = ("RS256", "ES256")


class InvalidToken(Exception):
    """The token is missing, malformed, expired, or not signed by a key we trust (RFC 6750 invalid_token)."""


class KeysUnavailable(Exception):
    """The JWKS could not be fetched and nothing usable is cached."""


class JWKSCache:
    def __init__(self, session: aiohttp.ClientSession, url: str, ttl: float = 300.0,
                 min_refresh_interval: float = 10.0, timeout: float = 3.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.session, self.url, self.clock = session, url, clock
        self.ttl, self.min_refresh_interval = ttl, min_refresh_interval
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = 0.0
        self._attempted_at = -1e9
        self._lock = asyncio.Lock()

    async def _refresh(self) -> None:
        self._attempted_at = self.clock()
        try:
            async with self.session.get(self.url, timeout=self.timeout) as resp:
                if resp.status != 200:
                    raise KeysUnavailable(f"JWKS answered {resp.status}")
                data = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise KeysUnavailable(f"JWKS fetch failed: {type(exc).__name__}: {exc}") from exc
        keys: dict[str, jwt.PyJWK] = {}
        for item in (data.get("keys") if isinstance(data, dict) else None) or []:
            try:
                key = jwt.PyJWK(item)
            except (jwt.PyJWKError, jwt.InvalidKeyError, TypeError, ValueError, KeyError):
                continue  # an unusable key (other kty/alg) must not hide the good ones
            if key.key_id and item.get("use", "sig") == "sig":
                keys[key.key_id] = key
        self._keys, self._fetched_at = keys, self.clock()
        log.info("jwks_refreshed", kids=sorted(keys))

    def expire(self) -> None:
        """TokenDealer published a new key: the next lookup refetches, whatever the refresh interval."""
        self._fetched_at = self._attempted_at = -1e9

    async def get(self, kid: str) -> jwt.PyJWK:
        now = self.clock()
        stale = now - self._fetched_at > self.ttl
        if kid in self._keys and not stale:
            return self._keys[kid]
        async with self._lock:  # one fetch at a time; waiters reuse its result
            needed = kid not in self._keys or self.clock() - self._fetched_at > self.ttl
            allowed = self.clock() - self._attempted_at >= self.min_refresh_interval
            if needed and allowed:
                try:
                    await self._refresh()
                except KeysUnavailable:
                    if not self._keys:
                        raise
                    log.warning("jwks_refresh_failed_using_cache", url=self.url)
        if kid not in self._keys:
            raise InvalidToken("token signed by an unknown key")
        return self._keys[kid]


@dataclass(frozen=True)
class Principal:
    subject: str
    client_id: str
    scopes: frozenset[str]
    claims: dict[str, Any]


class TokenVerifier:
    def __init__(self, keys: JWKSCache, issuer: str, audience: str, leeway: float = 30.0,
                 deny: DenyList | None = None) -> None:
        self.keys, self.issuer, self.audience, self.leeway = keys, issuer, audience, leeway
        self.deny = deny

    async def verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError as exc:
            raise InvalidToken("malformed token") from exc
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in ALGORITHMS:  # never "none", never HS* with a public key as secret
            raise InvalidToken("unsupported algorithm")
        if header.get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
            raise InvalidToken("not an access token (typ must be at+jwt, RFC 9068)")
        if not isinstance(kid, str) or not kid:
            raise InvalidToken("token has no key id")
        if self.deny is not None and self.deny.key_retired(kid):
            raise InvalidToken("token signed by a retired key")
        key = await self.keys.get(kid)
        if key.algorithm_name and key.algorithm_name != alg:
            raise InvalidToken("algorithm does not match the key")
        try:
            claims = jwt.decode(token, key.key, algorithms=[alg], audience=self.audience, issuer=self.issuer,
                                leeway=self.leeway, options={"require": ["exp", "iat", "iss", "aud", "sub"]})
        except jwt.PyJWTError as exc:
            raise InvalidToken(str(exc)) from exc
        if self.deny is not None and self.deny.refuses(claims):
            raise InvalidToken("token revoked or its client disabled")
        scope = claims.get("scope", "")
        scopes = frozenset(scope.split()) if isinstance(scope, str) else frozenset()
        return Principal(str(claims["sub"]), str(claims.get("client_id", claims["sub"])), scopes, claims)
