"""Jeeves settings, read from the environment (DESIGN.md's service environment)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from servicekit.client_ip import DEFAULT_TRUSTED


def _float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str
    slack_signing_secret: str
    slack_bot_token: str
    slack_api_url: str
    weather_api_url: str
    tokendealer_url: str
    public_base_url: str
    jeeves_url: str = "http://127.0.0.1:5000"
    run_dir: Path = Path(".run")
    log_level: str = "INFO"
    # Outbound HTTP budget (weather, JWKS, data API): Slack's 3 s ack is never waited on, but a
    # reply should not hang for long either.
    http_timeout: float = 3.0
    weather_cache_seconds: float = 600.0
    jwt_audience: str = "jeeves"
    jwks_min_refresh_seconds: float = 10.0  # unknown kids refresh the JWKS at most this often
    db_pool_size: int = 10
    trusted_proxies: str = DEFAULT_TRUSTED  # peers whose X-Real-IP is believed (CIDRs, comma-separated)
    # TokenDealer's GET /revocations, fetched on each Redis nudge; this fallback poll bounds it without Redis.
    revocation_poll_seconds: float = 5.0

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        return cls(
            database_url=env.get("DATABASE_URL", ""),
            redis_url=env.get("REDIS_URL", ""),
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET", ""),
            slack_bot_token=env.get("SLACK_BOT_TOKEN", ""),
            slack_api_url=env.get("SLACK_API_URL", "https://slack.com/api/"),
            weather_api_url=env.get("WEATHER_API_URL", "https://api.open-meteo.com"),
            tokendealer_url=env.get("TOKENDEALER_URL", "http://127.0.0.1:5001"),
            public_base_url=env.get("PUBLIC_BASE_URL", "https://localhost:8443"),
            jeeves_url=env.get("JEEVES_URL", "http://127.0.0.1:5000"),
            run_dir=Path(env.get("RUN_DIR", ".run")),
            log_level=env.get("LOG_LEVEL", "INFO"),
            http_timeout=_float("JEEVES_HTTP_TIMEOUT", 3.0),
            weather_cache_seconds=_float("JEEVES_WEATHER_CACHE_SECONDS", 600.0),
            db_pool_size=int(_float("JEEVES_DB_POOL_SIZE", 10)),
            jwks_min_refresh_seconds=_float("JEEVES_JWKS_MIN_REFRESH_SECONDS", 10.0),
            trusted_proxies=env.get("JEEVES_TRUSTED_PROXIES", DEFAULT_TRUSTED),
            revocation_poll_seconds=_float("JEEVES_REVOCATION_POLL_SECONDS", 5.0),
        )

    @property
    def issuer(self) -> str:
        return self.public_base_url.rstrip("/")
