"""Jeeves settings, read from the environment (DESIGN.md's service environment)."""

from __future__ import annotations

import os
from dataclasses import dataclass


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
    log_level: str = "INFO"

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
            log_level=env.get("LOG_LEVEL", "INFO"),
        )
