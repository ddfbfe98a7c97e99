"""Keys, JWKS and the JWT attack set, shared by the Lua spec fixtures and the edge tests.

Every token is made with real keys (cryptography + PyJWT); the attacks are the CVE classes of the
issue: alg none, HS/RS confusion, unknown and path-like kids, expired, wrong aud/iss, tampered payload,
a JWE-shaped token and an oversized one.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int_b64(n: int) -> str:
    return b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


@dataclass
class KeySet:
    """An RS256 and an ES256 signing key with their public JWKS."""

    rsa_key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    ec_key: ec.EllipticCurvePrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))
    rsa_kid: str = "rsa-test-1"
    ec_kid: str = "ec-test-1"

    def jwks(self) -> dict[str, Any]:
        rn = self.rsa_key.public_key().public_numbers()
        en = self.ec_key.public_key().public_numbers()
        return {"keys": [
            {"kty": "RSA", "kid": self.rsa_kid, "use": "sig", "alg": "RS256", "n": _int_b64(rn.n), "e": _int_b64(rn.e)},
            {"kty": "EC", "kid": self.ec_kid, "use": "sig", "alg": "ES256", "crv": "P-256",
             "x": b64url(en.x.to_bytes(32, "big")), "y": b64url(en.y.to_bytes(32, "big"))},
        ]}

    def rsa_public_pem(self) -> bytes:
        return self.rsa_key.public_key().public_bytes(serialization.Encoding.PEM,
                                                      serialization.PublicFormat.SubjectPublicKeyInfo)

    def sign(self, claims: dict[str, Any], alg: str = "RS256", kid: str | None = None,
             typ: str = "at+jwt") -> str:
        key = self.rsa_key if alg == "RS256" else self.ec_key
        kid = kid if kid is not None else (self.rsa_kid if alg == "RS256" else self.ec_kid)
        return jwt.encode(claims, key, algorithm=alg, headers={"kid": kid, "typ": typ})


def issuer(stack: Any) -> str:
    """The issuer a stack's TokenDealer signs with (and its edge expects): its public base URL."""
    return f"https://localhost:{stack.ports['https']}"


def claims(now: int, issuer: str, **over: Any) -> dict[str, Any]:
    base = {"iss": issuer, "aud": "jeeves", "sub": "demo-client", "client_id": "demo-client",
            "scope": "read write", "iat": now - 10, "nbf": now - 10, "exp": now + 600, "jti": "t-1"}
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def _raw(header: dict[str, Any], payload: dict[str, Any], sig: bytes = b"") -> str:
    return ".".join([b64url(json.dumps(header).encode()), b64url(json.dumps(payload).encode()), b64url(sig)])


def attack_tokens(keys: KeySet, now: int, issuer: str) -> dict[str, str]:
    """name -> token that a correct verifier must reject."""
    good = claims(now, issuer)
    valid = keys.sign(good)
    head, _, sig = valid.split(".")
    tampered_payload = b64url(json.dumps({**good, "scope": "read write admin", "client_id": "root"}).encode())
    import hashlib
    import hmac
    hs_header = {"alg": "HS256", "typ": "at+jwt", "kid": keys.rsa_kid}
    signing_input = f"{b64url(json.dumps(hs_header).encode())}.{b64url(json.dumps(good).encode())}"
    # HS/RS confusion: HMAC keyed with the RSA public key (PEM and raw modulus variants).
    confusion = signing_input + "." + b64url(hmac.new(keys.rsa_public_pem(), signing_input.encode(),
                                                       hashlib.sha256).digest())
    return {
        "alg_none": _raw({"alg": "none", "typ": "at+jwt", "kid": keys.rsa_kid}, good),
        "alg_none_upper": _raw({"alg": "NONE", "typ": "at+jwt"}, good),
        "hs256_key_confusion": confusion,
        "unknown_kid": keys.sign(good, kid="no-such-kid"),
        "kid_path_traversal": keys.sign(good, kid="../../../../dev/null"),
        "kid_sql": keys.sign(good, kid="x' UNION SELECT 'key"),
        "expired": keys.sign(claims(now, issuer, exp=now - 3600, nbf=now - 7200, iat=now - 7200)),
        "not_yet_valid": keys.sign(claims(now, issuer, nbf=now + 3600)),
        "wrong_audience": keys.sign(claims(now, issuer, aud="someone-else")),
        "wrong_issuer": keys.sign(claims(now, "https://evil.example")),
        "missing_exp": keys.sign(claims(now, issuer, exp=None)),
        "tampered_payload": f"{head}.{tampered_payload}.{sig}",
        "signature_stripped": f"{head}.{valid.split('.')[1]}.",
        "es256_header_on_rsa_sig": _raw({"alg": "ES256", "kid": keys.rsa_kid, "typ": "at+jwt"}, good) + sig,
        "rs256_with_ec_kid": keys.sign(good, alg="RS256", kid=keys.ec_kid),
        "jwe_shaped": f"{b64url(json.dumps({'alg': 'RSA-OAEP', 'enc': 'A256GCM', 'kid': keys.rsa_kid}).encode())}"
                      f".AAAA.AAAA.AAAA.AAAA",
        "oversized": keys.sign(claims(now, issuer, pad="x" * 9000)),
        "garbage": "not.a.jwt!",
        "bad_base64": "eyJhbGciOiJSUzI1NiJ9.%%%.abc",
        "bad_json_header": f"{b64url(b'{not json')}.{b64url(b'{}')}.AAAA",
    }
