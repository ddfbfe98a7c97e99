"""Access tokens: RFC 9068 JWT profile, signed with the cached active key, verified against the key set.

Verification trusts nothing in the header except `kid`: the algorithm comes from our record of that key,
so `alg: none`, HS256-with-the-public-key and algorithm swaps fail before any signature math.
"""

from __future__ import annotations

import base64
import functools
import json
import math
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from tokendealer.config import Settings
from tokendealer.services.keystore import KeyStore, LoadedKey
from tokendealer.services.revocations import RevocationList

ACCESS_TOKEN_TYP = "at+jwt"  # noqa: S105 - a media type, not a secret
REQUIRED_CLAIMS = ["iss", "sub", "aud", "exp", "iat", "jti", "client_id"]
LEEWAY = 5  # seconds of clock skew tolerated between hosts


class TokenInvalid(Exception):
    """The token must not be accepted; the message is safe to show the caller."""


class NoSigningKey(RuntimeError):
    """No active key: run `python -m tokendealer.cli keys create --activate` (bootstrap does it)."""


@dataclass(frozen=True)
class Issued:
    token: str
    claims: dict[str, Any]
    kid: str


def _b64(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


@functools.lru_cache(maxsize=16)
def _header_segment(kid: str, alg: str) -> bytes:
    return _b64(json.dumps({"alg": alg, "kid": kid, "typ": ACCESS_TOKEN_TYP}, separators=(",", ":")).encode())


def sign(key: LoadedKey, claims: dict[str, Any]) -> str:
    """Compact JWS (RFC 7515) with the header segment cached per key: the hot path of the token endpoint.
    Same output format as PyJWT's encoder (tests verify our tokens with PyJWT and PyJWKClient)."""
    assert key.private is not None  # nosec B101 - only the active key, which always has it
    signing_input = _header_segment(key.kid, key.alg) + b"." + _b64(
        json.dumps(claims, separators=(",", ":")).encode())
    if isinstance(key.private, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.private.sign(signing_input, ec.ECDSA(hashes.SHA256())))
        signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")  # JWS wants raw r||s, not DER
    else:
        signature = key.private.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    return (signing_input + b"." + _b64(signature)).decode()


class TokenService:
    def __init__(self, settings: Settings, keys: KeyStore, revocations: RevocationList) -> None:
        self.settings = settings
        self.keys = keys
        self.revocations = revocations
        self.known_audiences = frozenset(settings.audiences)

    def issue(self, client_id: str, scopes: Iterable[str], audience: str, ttl: int | None = None,
              not_before: float | None = None) -> Issued:
        """not_before: the client's tokens_not_before; iat (whole seconds) is never before it, or a token
        issued in the second of a disable and re-enable would be refused for its whole life."""
        key = self.keys.signing
        if key is None or key.private is None:
            raise NoSigningKey("no active signing key")
        now = max(int(time.time()), math.ceil(not_before or 0))
        claims = {
            "iss": self.settings.issuer, "sub": client_id, "aud": audience, "iat": now, "nbf": now,
            "exp": now + (ttl or self.settings.token_ttl), "jti": uuid.uuid4().hex,
            "scope": " ".join(scopes), "client_id": client_id,
        }
        return Issued(sign(key, claims), claims, key.kid)

    def verify(self, token: str, audience: str | None = None) -> dict[str, Any]:
        """Claims of a valid, unrevoked access token; TokenInvalid otherwise. Without `audience`, the
        token's audience must be one this server issues for."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise TokenInvalid("malformed token") from exc
        kid = header.get("kid")
        key = self.keys.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise TokenInvalid("unknown key id")
        if header.get("alg") != key.alg:
            raise TokenInvalid("algorithm does not match the key")
        typ = header.get("typ")
        if not isinstance(typ, str) or typ.lower() not in (ACCESS_TOKEN_TYP, "application/" + ACCESS_TOKEN_TYP):
            raise TokenInvalid("not an access token (typ must be at+jwt)")
        expected_aud = [audience] if audience else sorted(self.known_audiences)
        try:
            claims: dict[str, Any] = jwt.decode(
                token, key.public, algorithms=[key.alg], audience=expected_aud, issuer=self.settings.issuer,
                leeway=LEEWAY, options={"require": REQUIRED_CLAIMS, "verify_nbf": True},
            )
        except jwt.ExpiredSignatureError as exc:
            raise TokenInvalid("token expired") from exc
        except jwt.ImmatureSignatureError as exc:
            raise TokenInvalid("token not yet valid") from exc
        except jwt.InvalidAudienceError as exc:
            raise TokenInvalid("wrong audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise TokenInvalid("wrong issuer") from exc
        except jwt.InvalidSignatureError as exc:
            raise TokenInvalid("bad signature") from exc
        except jwt.PyJWTError as exc:
            raise TokenInvalid(f"invalid token: {exc}"[:200]) from exc
        if not isinstance(claims.get("jti"), str) or self.revocations.is_revoked(claims["jti"]):
            raise TokenInvalid("token revoked")
        if not isinstance(claims.get("scope", ""), str) or claims.get("sub") != claims.get("client_id"):
            raise TokenInvalid("malformed claims")
        return claims
