"""Units without processes: our JWS signer against PyJWT, key encryption, scope parsing."""

from __future__ import annotations

import jwt
import pytest
from cryptography.exceptions import InvalidTag

from tokendealer.services.clients import parse_scopes
from tokendealer.services.keystore import KeyCipher, LoadedKey, generate, public_jwk
from tokendealer.services.tokens import sign


@pytest.mark.parametrize("alg", ["ES256", "RS256"])
def test_signed_tokens_verify_with_pyjwt_from_the_published_jwk(alg: str) -> None:
    private = generate(alg)
    jwk = public_jwk(private.public_key(), alg)
    key = LoadedKey(jwk["kid"], alg, "active", private.public_key(), jwk, private)
    token = sign(key, {"sub": "c", "aud": "jeeves", "scope": "read"})
    header = jwt.get_unverified_header(token)
    assert header == {"alg": alg, "kid": jwk["kid"], "typ": "at+jwt"}
    public = jwt.PyJWK(jwk).key
    assert jwt.decode(token, public, algorithms=[alg], audience="jeeves")["scope"] == "read"


def test_key_cipher_binds_the_kid_and_detects_tampering() -> None:
    cipher = KeyCipher("k" * 32)
    blob = cipher.encrypt("kid-1", b"secret der")
    assert cipher.decrypt("kid-1", blob) == b"secret der"
    with pytest.raises(InvalidTag):
        cipher.decrypt("kid-2", blob)  # a blob moved to another key row
    with pytest.raises(InvalidTag):
        KeyCipher("x" * 32).decrypt("kid-1", blob)  # wrong key-encryption secret
    with pytest.raises(InvalidTag):
        cipher.decrypt("kid-1", blob[:-1] + bytes([blob[-1] ^ 1]))


def test_scope_parsing_follows_rfc6749_scope_tokens() -> None:
    assert parse_scopes("read  write read") == ("read", "write")
    for bad in ('re"ad', "re\\ad", "é"):
        with pytest.raises(ValueError):
            parse_scopes(bad)


def test_settings_find_the_database_url_in_the_run_dirs_secret_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The operator CLI needs no gateway import: the stack leaves the URL in $RUN_DIR/secrets."""
    from tokendealer.config import Settings

    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "tokendealer_database_url").write_text("postgresql+asyncpg://td:pw@127.0.0.1:1/td\n")
    assert Settings.from_env({"RUN_DIR": str(tmp_path)}).database_url == "postgresql+asyncpg://td:pw@127.0.0.1:1/td"
    assert Settings.from_env({"RUN_DIR": str(tmp_path), "DATABASE_URL": "postgresql://env"}).database_url == \
        "postgresql://env"
