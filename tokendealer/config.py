"""TokenDealer settings, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    public_base_url: str
    log_level: str = "INFO"

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        return cls(
            database_url=env.get("DATABASE_URL", ""),
            public_base_url=env.get("PUBLIC_BASE_URL", "https://localhost:8443"),
            log_level=env.get("LOG_LEVEL", "INFO"),
        )
