"""Signing keys: generated here, stored encrypted at rest in PostgreSQL, cached parsed in memory.

Life cycle (RFC 7517 keys published before use, kept after use):
  published -> active -> retiring -> retired
A published key is in the JWKS but does not sign yet (caches of verifiers pick it up first); the active key
signs; a retiring key no longer signs but stays in the JWKS until every token it signed has expired.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from jwt.algorithms import ECAlgorithm, RSAAlgorithm
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from tokendealer.db.engine import notify
from tokendealer.db.models import SigningKey

PUBLISHED, ACTIVE, RETIRING, RETIRED = "published", "active", "retiring", "retired"
PUBLIC_STATES = (PUBLISHED, ACTIVE, RETIRING)
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey


class KeyError_(Exception):  # noqa: N801 - not the builtin KeyError
    """A key operation is refused; the message says why and what to do."""


class KeyCipher:
    """AES-256-GCM with a key derived (HKDF) from the operator's key-encryption secret; kid bound as AAD."""

    def __init__(self, secret: str) -> None:
        if len(secret) < 16:
            raise KeyError_("the key-encryption secret is missing or too short")
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"tokendealer signing keys v1").derive(secret.encode())
        self._aead = AESGCM(derived)

    def encrypt(self, kid: str, plaintext: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plaintext, kid.encode())

    def decrypt(self, kid: str, blob: bytes) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], kid.encode())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def public_jwk(public: PublicKey, alg: str) -> dict[str, Any]:
    """The RFC 7517 JWK, with an RFC 7638 thumbprint as kid."""
    if isinstance(public, rsa.RSAPublicKey):
        numbers = public.public_numbers()
        core = {"e": _b64(numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")), "kty": "RSA",
                "n": _b64(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big"))}
    else:
        point = public.public_numbers()
        core = {"crv": "P-256", "kty": "EC", "x": _b64(point.x.to_bytes(32, "big")),
                "y": _b64(point.y.to_bytes(32, "big"))}
    thumbprint = _b64(hashlib.sha256(json.dumps(core, sort_keys=True, separators=(",", ":")).encode()).digest())
    return {**core, "kid": thumbprint, "use": "sig", "alg": alg}


def generate(alg: str) -> PrivateKey:
    if alg == "RS256":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if alg == "ES256":
        return ec.generate_private_key(ec.SECP256R1())
    raise KeyError_(f"unsupported signing algorithm {alg!r} (ES256 or RS256)")


@dataclass(frozen=True)
class LoadedKey:
    kid: str
    alg: str
    state: str
    public: PublicKey
    jwk: dict[str, Any]
    private: PrivateKey | None = None  # only the active key's private part is ever decrypted


def _now() -> datetime:
    return datetime.now(UTC)


# ---- operations (CLI and bootstrap) -----------------------------------------------------------------
async def create_key(engine: AsyncEngine, cipher: KeyCipher, alg: str) -> dict[str, Any]:
    private = generate(alg)
    jwk = public_jwk(private.public_key(), alg)
    der = private.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    async with engine.begin() as conn:
        await conn.execute(insert(SigningKey).values(
            kid=jwk["kid"], alg=alg, state=PUBLISHED, private_key_enc=cipher.encrypt(jwk["kid"], der),
            public_jwk=jwk))
        await notify(conn, "keys")
    return jwk


async def list_keys(engine: AsyncEngine) -> list[dict[str, Any]]:
    async with engine.connect() as conn:
        rows = (await conn.execute(select(SigningKey).order_by(SigningKey.created_at))).mappings().all()
    return [{k: row[k] for k in ("kid", "alg", "state", "created_at", "activated_at", "retiring_at",
                                 "retired_at")} for row in rows]


async def activate(engine: AsyncEngine, kid: str, min_published: float, force: bool = False) -> str | None:
    """Make `kid` the signing key; the previous active key becomes retiring. Returns the previous kid.

    Refused while the key has been published for less than the JWKS cache lifetime: verifiers holding a
    cached JWKS would not know the new kid yet."""
    async with engine.begin() as conn:
        key = (await conn.execute(select(SigningKey).where(SigningKey.kid == kid).with_for_update())).first()
        if key is None:
            raise KeyError_(f"no key {kid!r}")
        if key.state != PUBLISHED:
            raise KeyError_(f"key {kid} is {key.state}; only a published key can be activated")
        age = (_now() - key.created_at).total_seconds()
        if age < min_published and not force:
            raise KeyError_(f"key {kid} was published {age:.0f}s ago; wait until it has been in the JWKS for "
                            f"{min_published:.0f}s (the JWKS cache lifetime) or pass --force")
        previous = (await conn.execute(select(SigningKey.kid).where(SigningKey.state == ACTIVE)
                                       .with_for_update())).scalar()
        if previous:
            await conn.execute(update(SigningKey).where(SigningKey.kid == previous)
                               .values(state=RETIRING, retiring_at=_now()))
        await conn.execute(update(SigningKey).where(SigningKey.kid == kid).values(state=ACTIVE, activated_at=_now()))
        await notify(conn, "keys")
    return previous


async def retire(engine: AsyncEngine, kid: str, max_token_ttl: float, force: bool = False) -> None:
    """Drop a retiring key from the JWKS; refused while tokens it signed may still be valid."""
    async with engine.begin() as conn:
        key = (await conn.execute(select(SigningKey).where(SigningKey.kid == kid).with_for_update())).first()
        if key is None:
            raise KeyError_(f"no key {kid!r}")
        if key.state == ACTIVE:
            raise KeyError_(f"key {kid} is the active signing key: activate another key first")
        if key.state == RETIRED:
            raise KeyError_(f"key {kid} is already retired")
        if key.state == RETIRING and key.retiring_at is not None:
            left = (key.retiring_at + timedelta(seconds=max_token_ttl) - _now()).total_seconds()
            if left > 0 and not force:
                raise KeyError_(f"tokens signed by {kid} may be valid for {left:.0f}s more; retire it later "
                                "or pass --force")
        await conn.execute(update(SigningKey).where(SigningKey.kid == kid).values(state=RETIRED, retired_at=_now()))
        await notify(conn, "keys")


# ---- the in-memory cache the service signs and verifies with ------------------------------------
class KeyStore:
    def __init__(self, engine: AsyncEngine, cipher: KeyCipher, jwks_max_age: int) -> None:
        self._engine = engine
        self._cipher = cipher
        self._max_age = jwks_max_age
        self._keys: dict[str, LoadedKey] = {}
        self._lock = asyncio.Lock()
        self.signing: LoadedKey | None = None
        self.jwks_body = b'{"keys":[]}'
        self.jwks_etag = "empty"
        self.loaded_at = 0.0

    def get(self, kid: str) -> LoadedKey | None:
        return self._keys.get(kid)

    def kids(self) -> list[str]:
        """The kids in the JWKS right now (published, active, retiring)."""
        return sorted(self._keys)

    async def refresh(self) -> None:
        """One small query; PEM/DER parsing and decryption only for keys not seen before."""
        async with self._lock:
            async with self._engine.connect() as conn:
                rows = (await conn.execute(select(SigningKey.kid, SigningKey.alg, SigningKey.state,
                                                  SigningKey.public_jwk)
                                           .where(SigningKey.state.in_(PUBLIC_STATES)))).all()
                keys: dict[str, LoadedKey] = {}
                for kid, alg, state, jwk in rows:
                    old = self._keys.get(kid)
                    private = old.private if old else None
                    if state == ACTIVE and private is None:
                        blob = (await conn.execute(select(SigningKey.private_key_enc)
                                                   .where(SigningKey.kid == kid))).scalar_one()
                        der = self._cipher.decrypt(kid, blob)
                        private = cast(PrivateKey, serialization.load_der_private_key(der, None))
                    public = old.public if old else _public_from_jwk(jwk)
                    keys[kid] = LoadedKey(kid, alg, state, public, jwk, private if state == ACTIVE else None)
            self._keys = keys
            self.signing = next((k for k in keys.values() if k.state == ACTIVE), None)
            jwks = {"keys": [k.jwk for k in sorted(keys.values(), key=lambda k: (k.state != ACTIVE, k.kid))]}
            self.jwks_body = json.dumps(jwks, separators=(",", ":")).encode()
            self.jwks_etag = hashlib.sha256(self.jwks_body).hexdigest()[:32]
            self.loaded_at = time.monotonic()

    def cache_control(self) -> str:
        return f"public, max-age={self._max_age}"


def _public_from_jwk(jwk: dict[str, Any]) -> PublicKey:
    algorithm = RSAAlgorithm if jwk["kty"] == "RSA" else ECAlgorithm
    return cast(PublicKey, algorithm.from_jwk(jwk))
