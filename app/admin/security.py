"""Primitives of the admin panel's security: password hashes, tokens, TOTP, CSP, safe redirects.

Pure functions (no I/O), so each can be unit-tested on its own.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import urlsplit

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# argon2id with RFC 9106's "second recommended" parameters (64 MiB, 3 passes): strong, and still
# ~50 ms per login on a small machine.
_HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=1, hash_len=32, salt_len=16, type=Type.ID)
# Verified against when the username is unknown, so both paths cost the same time (no enumeration).
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))

COOKIE_NAME = "__Host-jeeves_admin"
CSRF_FIELD = "csrf_token"
MIN_PASSWORD_LENGTH = 12

# No inline script or style anywhere: every page uses /admin/static/admin.css and server-made SVG.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when the password matches; always does the work of one argon2id verification."""
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def verify_password_off_loop(stored_hash: str | None, password: str) -> bool:
    """verify_password in a worker thread: ~50 ms of argon2 must not stall every other request."""
    return await asyncio.to_thread(verify_password, stored_hash, password)


async def hash_password_off_loop(password: str) -> str:
    return await asyncio.to_thread(hash_password, password)


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Sessions are stored by digest: a database dump gives no usable cookie."""
    return hashlib.sha256(token.encode()).hexdigest()


def tokens_equal(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())


def safe_next(target: str | None, default: str = "/admin/") -> str:
    """A post-login redirect target only when it is a local path under /admin/ (no open redirect)."""
    if not target or len(target) > 512:
        return default
    if any(ch in target for ch in "\\\r\n\t") or not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/admin/"):
        return default
    if parts.path.startswith("/admin/login") or parts.path.startswith("/admin/logout"):
        return default
    return target


# ---- TOTP (RFC 6238, SHA-1, 6 digits, 30 s) ------------------------------------------------------
def new_totp_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def totp_code(secret_b32: str, at: float | None = None, step: int = 30) -> str:
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8), casefold=True)
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{value:06d}"


def totp_step(secret_b32: str, code: str | None, at: float | None = None, after: int | None = None) -> int | None:
    """The time step whose code this is (the current one or one either side, for clock skew), or None.
    Steps at or before `after` (the last one accepted) are spent: a code works once."""
    if not code or not code.isdigit() or len(code) != 6:
        return None
    now = time.time() if at is None else at
    for drift in (-30, 0, 30):
        step = int((now + drift) // 30)
        if (after is None or step > after) and hmac.compare_digest(totp_code(secret_b32, now + drift), code):
            return step
    return None


def totp_verify(secret_b32: str, code: str | None, at: float | None = None) -> bool:
    return totp_step(secret_b32, code, at) is not None


def totp_uri(secret_b32: str, username: str, issuer: str = "Jeeves admin") -> str:
    from urllib.parse import quote

    return (f"otpauth://totp/{quote(issuer)}:{quote(username)}?secret={secret_b32}"
            f"&issuer={quote(issuer)}&algorithm=SHA1&digits=6&period=30")
