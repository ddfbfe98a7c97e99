"""TokenDealer settings, read from the environment (secrets also from $RUN_DIR/secrets files)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

SIGNING_ALGS = ("ES256", "RS256")
MAX_TOKEN_TTL = 24 * 3600


class SettingsError(ValueError):
    """A setting is missing or invalid; the message names the variable."""


def _secret(env: dict[str, str] | os._Environ[str], var: str, file_name: str) -> str:
    """Env var first; else the generated secret file of the run dir (operators running the CLI)."""
    if env.get(var):
        return env[var]
    path = Path(env.get("RUN_DIR", ".run")) / "secrets" / file_name
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def _int(env: dict[str, str] | os._Environ[str], var: str, default: int, low: int, high: int) -> int:
    raw = env.get(var, "")
    try:
        value = int(raw) if raw else default
    except ValueError as exc:
        raise SettingsError(f"{var}: expected an integer, got {raw!r}") from exc
    if not low <= value <= high:
        raise SettingsError(f"{var}: {value} not in [{low}, {high}]")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str
    public_base_url: str
    pepper: str = ""
    # Where revocation nudges are published (tokendealer/services/publisher.py); empty: none are.
    redis_url: str = ""
    key_encryption_key: str = ""
    signing_alg: str = "ES256"
    token_ttl: int = 900
    default_audience: str = "jeeves"
    # The audience of tokens for TokenDealer's own admin API.
    self_audience: str = "tokendealer"
    admin_scope: str = "clients:admin"
    jwks_max_age: int = 300
    client_cache_ttl: float = 30.0
    key_refresh_interval: float = 30.0
    max_body_bytes: int = 16 * 1024
    log_level: str = "INFO"
    scopes_supported: tuple[str, ...] = field(default=("read", "write", "clients:admin"))
    # Every audience a token may be issued for (clients are allowed a subset); verify accepts only these.
    audiences: tuple[str, ...] = field(default=("jeeves", "tokendealer"))

    @property
    def issuer(self) -> str:
        return self.public_base_url.rstrip("/")

    @classmethod
    def from_env(cls, env: dict[str, str] | os._Environ[str] | None = None) -> Settings:
        env = os.environ if env is None else env
        alg = env.get("TOKENDEALER_SIGNING_ALG", "ES256").upper()
        if alg not in SIGNING_ALGS:
            raise SettingsError(f"TOKENDEALER_SIGNING_ALG: {alg!r} not one of {SIGNING_ALGS}")
        return cls(
            database_url=_secret(env, "DATABASE_URL", "tokendealer_database_url"),
            public_base_url=env.get("TOKENDEALER_ISSUER") or env.get("PUBLIC_BASE_URL", "https://localhost:8443"),
            pepper=_secret(env, "TOKENDEALER_PEPPER", "tokendealer_pepper"),
            redis_url=env.get("REDIS_URL", ""),
            key_encryption_key=_secret(env, "TOKENDEALER_KEY_ENCRYPTION_KEY", "tokendealer_key_encryption_key"),
            signing_alg=alg,
            token_ttl=_int(env, "TOKENDEALER_TOKEN_TTL", 900, 60, MAX_TOKEN_TTL),
            default_audience=env.get("TOKENDEALER_DEFAULT_AUDIENCE", "jeeves"),
            jwks_max_age=_int(env, "TOKENDEALER_JWKS_MAX_AGE", 300, 0, 86400),
            log_level=env.get("LOG_LEVEL", "INFO"),
            audiences=tuple(env.get("TOKENDEALER_AUDIENCES", "jeeves tokendealer").split()),
        )

    def require_secrets(self) -> None:
        if len(self.pepper) < 16:
            raise SettingsError("TOKENDEALER_PEPPER missing or shorter than 16 characters")
        if len(self.key_encryption_key) < 16:
            raise SettingsError("TOKENDEALER_KEY_ENCRYPTION_KEY missing or shorter than 16 characters")
        if not self.database_url:
            raise SettingsError("DATABASE_URL missing")
