"""What one Jeeves process holds: the DB pool, one aiohttp session, the Slack and weather clients.

Built when the app (or the worker) starts and closed when it stops: nothing at import time.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.config import Settings
from app.db.engine import make_engine, make_sessionmaker
from app.services.slack import make_client
from app.services.weather import WeatherClient


@dataclass
class Deps:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    http: aiohttp.ClientSession
    slack: AsyncWebClient
    weather: WeatherClient

    @classmethod
    async def open(cls, settings: Settings) -> Deps:
        engine = make_engine(settings.database_url, settings.db_pool_size)
        # One pooled session per process; trust_env=False: no proxy env may reroute loopback calls.
        http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10), trust_env=False,
                                     connector=aiohttp.TCPConnector(limit=100, ttl_dns_cache=300))
        return cls(
            settings=settings, engine=engine, sessions=make_sessionmaker(engine), http=http,
            slack=make_client(settings.slack_bot_token, settings.slack_api_url, http),
            weather=WeatherClient(http, settings.weather_api_url, settings.http_timeout,
                                  settings.weather_cache_seconds),
        )

    async def close(self) -> None:
        await self.http.close()
        await self.engine.dispose()
