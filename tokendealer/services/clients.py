"""OAuth client registry: secrets as HMAC-SHA256(pepper, secret), lookups cached briefly in memory.

Client secrets are generated here with 256 bits of entropy, so a keyed hash compared in constant time is
as strong as a password hash on them, and keeps the token endpoint fast (a slow hash only throttles it).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from tokendealer.db.engine import notify
from tokendealer.db.models import Client

CLIENT_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
# RFC 6749 §3.3 scope-token: 1*( %x21 / %x23-5B / %x5D-7E )
SCOPE_TOKEN_RE = re.compile(r"[\x21\x23-\x5b\x5d-\x7e]+")
GRANT_CLIENT_CREDENTIALS = "client_credentials"
LAST_USED_EVERY = 60.0  # seconds between last_used_at writes for one client: no DB write per token


class ClientError(ValueError):
    """A registry operation is refused (bad id, duplicate, unknown client); the message says which."""


@dataclass(frozen=True)
class ClientInfo:
    client_id: str
    secret_digest: str
    scopes: tuple[str, ...]
    audiences: tuple[str, ...]
    grant_types: tuple[str, ...]
    active: bool
    description: str
    created_at: datetime | None
    secret_rotated_at: datetime | None
    last_used_at: datetime | None
    tokens_not_before: datetime | None = None  # tokens issued before it are refused (set on disable)

    def public(self) -> dict[str, Any]:
        """What the CLI and admin API show: everything but the digest."""
        return {
            "client_id": self.client_id, "scopes": " ".join(self.scopes), "audiences": list(self.audiences),
            "grant_types": list(self.grant_types), "active": self.active, "description": self.description,
            "created_at": _iso(self.created_at), "secret_rotated_at": _iso(self.secret_rotated_at),
            "last_used_at": _iso(self.last_used_at), "tokens_not_before": _iso(self.tokens_not_before),
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def parse_scopes(raw: str) -> tuple[str, ...]:
    """Space-separated scope tokens, order kept, duplicates dropped; ValueError on a bad token."""
    out: list[str] = []
    for token in raw.split(" "):
        if not token:
            continue
        if not SCOPE_TOKEN_RE.fullmatch(token):
            raise ValueError(f"invalid scope token {token[:40]!r}")
        if token not in out:
            out.append(token)
    return tuple(out)


def new_secret() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


def _info(row: Any) -> ClientInfo:  # a Core row of oauth_clients
    return ClientInfo(
        client_id=row.client_id, secret_digest=row.secret_digest, scopes=parse_scopes(row.scopes),
        audiences=tuple(row.audiences.split()), grant_types=tuple(row.grant_types.split()), active=row.active,
        description=row.description, created_at=row.created_at, secret_rotated_at=row.secret_rotated_at,
        last_used_at=row.last_used_at, tokens_not_before=row.tokens_not_before,
    )


class ClientRegistry:
    def __init__(self, engine: AsyncEngine, pepper: str, known_audiences: tuple[str, ...],
                 cache_ttl: float = 30.0) -> None:
        self._engine = engine
        self._known_audiences = known_audiences
        self._pepper = pepper.encode()
        self._ttl = cache_ttl
        # client_id -> (info or None for unknown, fetched at): unknown ids are cached like known ones.
        self._cache: dict[str, tuple[ClientInfo | None, float]] = {}
        self._last_used_written: dict[str, float] = {}
        # Compared against when the client is unknown or disabled, so every failure does the same work.
        self._dummy_digest = self.digest(new_secret())

    def digest(self, secret: str) -> str:
        return hmac.new(self._pepper, secret.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

    # ---- reads -------------------------------------------------------------------------------
    async def get(self, client_id: str) -> ClientInfo | None:
        cached = self._cache.get(client_id)
        now = time.monotonic()
        if cached and now - cached[1] < self._ttl:
            return cached[0]
        info = None
        if CLIENT_ID_RE.fullmatch(client_id):
            async with self._engine.connect() as conn:
                row = (await conn.execute(select(Client).where(Client.client_id == client_id))).first()
            info = _info(row) if row else None
        if len(self._cache) > 10_000:  # bound memory against floods of random ids
            self._cache.clear()
        self._cache[client_id] = (info, now)
        return info

    async def authenticate(self, client_id: str, secret: str) -> ClientInfo | None:
        """The client if the secret matches and it is active. Unknown client, disabled client and wrong
        secret take the same path: one HMAC and one constant-time comparison."""
        info = await self.get(client_id)
        expected = info.secret_digest if info is not None else self._dummy_digest
        matches = hmac.compare_digest(self.digest(secret), expected)
        if info is None or not matches or not info.active:
            return None
        return info

    def invalidate(self, client_id: str | None = None) -> None:
        if client_id is None:
            self._cache.clear()
        else:
            self._cache.pop(client_id, None)

    async def list(self) -> list[ClientInfo]:
        async with self._engine.connect() as conn:
            rows = (await conn.execute(select(Client).order_by(Client.client_id))).all()
        return [_info(row) for row in rows]

    async def mark_used(self, client_id: str) -> None:
        """last_used_at, written at most once a minute per client."""
        now = time.monotonic()
        if now - self._last_used_written.get(client_id, -LAST_USED_EVERY) < LAST_USED_EVERY:
            return
        self._last_used_written[client_id] = now
        async with self._engine.begin() as conn:
            await conn.execute(update(Client).where(Client.client_id == client_id)
                               .values(last_used_at=datetime.now(UTC)))

    # ---- writes (every one notifies the other processes) --------------------------------------
    async def create(self, client_id: str, scopes: str, audiences: str, description: str = "",
                     grant_types: str = GRANT_CLIENT_CREDENTIALS, secret: str | None = None) -> tuple[ClientInfo, str]:
        """Returns the client and its secret (shown once; only the digest is stored). `secret` is for
        seeding from a generated secret file; otherwise the server generates it."""
        if not CLIENT_ID_RE.fullmatch(client_id):
            raise ClientError("client_id: 1-128 characters of A-Za-z0-9._:- starting with a letter or digit")
        try:
            scope_list = parse_scopes(scopes)
            audience_list = self._audiences(audiences)
        except ValueError as exc:
            raise ClientError(str(exc)) from exc
        grants = tuple(grant_types.split())
        if any(g != GRANT_CLIENT_CREDENTIALS for g in grants):
            raise ClientError("grant_types: only client_credentials is supported")
        if secret is not None and len(secret) < 32:
            raise ClientError("a provided secret must have at least 32 characters")
        secret = secret or new_secret()
        try:
            async with self._engine.begin() as conn:
                await conn.execute(insert(Client).values(
                    client_id=client_id, secret_digest=self.digest(secret), scopes=" ".join(scope_list),
                    audiences=" ".join(audience_list), grant_types=" ".join(grants), active=True,
                    description=description[:500]))
                await notify(conn, f"client:{client_id}")
        except IntegrityError as exc:
            raise ClientError(f"client {client_id!r} already exists") from exc
        self.invalidate(client_id)
        info = await self.get(client_id)
        assert info is not None  # nosec B101 - just inserted
        return info, secret

    async def _update(self, client_id: str, **values: Any) -> ClientInfo:
        if not CLIENT_ID_RE.fullmatch(client_id):  # e.g. a NUL byte, which PostgreSQL text refuses
            raise ClientError(f"no client {client_id[:128]!r}")
        async with self._engine.begin() as conn:
            result = await conn.execute(update(Client).where(Client.client_id == client_id).values(**values))
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise ClientError(f"no client {client_id!r}")
            await notify(conn, f"client:{client_id}")
        self.invalidate(client_id)
        info = await self.get(client_id)
        assert info is not None  # nosec B101 - just updated
        return info

    async def set_active(self, client_id: str, active: bool) -> ClientInfo:
        """Disabling also refuses, for good, every token issued so far: a later enable starts afresh."""
        if active:
            return await self._update(client_id, active=True)
        return await self._update(client_id, active=False, tokens_not_before=datetime.now(UTC))

    async def rotate_secret(self, client_id: str) -> tuple[ClientInfo, str]:
        secret = new_secret()
        info = await self._update(client_id, secret_digest=self.digest(secret), secret_rotated_at=datetime.now(UTC))
        return info, secret

    async def set_scopes(self, client_id: str, scopes: str | None = None, audiences: str | None = None) -> ClientInfo:
        values: dict[str, str] = {}
        try:
            if scopes is not None:
                values["scopes"] = " ".join(parse_scopes(scopes))
            if audiences is not None:
                values["audiences"] = " ".join(self._audiences(audiences))
        except ValueError as exc:
            raise ClientError(str(exc)) from exc
        return await self._update(client_id, **values) if values else await self._require(client_id)

    def _audiences(self, raw: str) -> tuple[str, ...]:
        audiences = parse_scopes(raw)
        unknown = [a for a in audiences if a not in self._known_audiences]
        if unknown or not audiences:
            raise ValueError(f"audiences must be a non-empty subset of {' '.join(self._known_audiences)}")
        return audiences

    async def _require(self, client_id: str) -> ClientInfo:
        info = await self.get(client_id)
        if info is None:
            raise ClientError(f"no client {client_id!r}")
        return info
