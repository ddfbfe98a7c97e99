"""Open-Meteo compatible weather client (geocoding + forecast) with timeouts and a TTL cache.

Every provider failure becomes WeatherUnavailable, so callers answer politely instead of failing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import aiohttp
import structlog

log = structlog.get_logger()

# WMO weather interpretation codes (Open-Meteo docs), grouped to a few words.
_WMO = {0: "clear sky", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog", 48: "rime fog",
        51: "light drizzle", 53: "drizzle", 55: "dense drizzle", 61: "light rain", 63: "rain", 65: "heavy rain",
        71: "light snow", 73: "snow", 75: "heavy snow", 80: "rain showers", 81: "rain showers",
        82: "violent rain showers", 95: "thunderstorm", 96: "thunderstorm with hail", 99: "thunderstorm with hail"}


class WeatherUnavailable(Exception):
    """The provider did not answer usefully (down, timeout, 5xx, malformed)."""


class PlaceNotFound(Exception):
    """The provider answered, but knows no place by that name."""


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}, {self.country}" if self.country else self.name

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "latitude": self.latitude, "longitude": self.longitude, "country": self.country}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(str(data["name"]), float(data["latitude"]), float(data["longitude"]), str(data.get("country", "")))


@dataclass(frozen=True)
class Forecast:
    place: Place
    units: str
    temperature: float
    wind_speed: float
    description: str
    high: float | None
    low: float | None
    precipitation_chance: float | None

    def summary(self) -> str:
        deg = "°F" if self.units == "imperial" else "°C"
        wind = "mph" if self.units == "imperial" else "km/h"
        text = (f"{self.place.label}: {self.description}, {self.temperature:.0f}{deg}, "
                f"wind {self.wind_speed:.0f} {wind}")
        if self.high is not None and self.low is not None:
            text += f"; today {self.low:.0f}{deg} to {self.high:.0f}{deg}"
        if self.precipitation_chance is not None:
            text += f", {self.precipitation_chance:.0f}% chance of precipitation"
        return text


class _TTLCache:
    def __init__(self, ttl: float, max_items: int = 2048) -> None:
        self.ttl, self.max_items = ttl, max_items
        self._items: dict[Any, tuple[float, Any]] = {}

    def get(self, key: Any) -> Any | None:
        hit = self._items.get(key)
        if hit is None or hit[0] < time.monotonic():
            self._items.pop(key, None)
            return None
        return hit[1]

    def put(self, key: Any, value: Any) -> None:
        if len(self._items) >= self.max_items:  # drop the oldest insertion; dicts keep order
            self._items.pop(next(iter(self._items)))
        self._items[key] = (time.monotonic() + self.ttl, value)


class WeatherClient:
    def __init__(self, session: aiohttp.ClientSession, base_url: str, timeout: float = 3.0,
                 cache_seconds: float = 600.0) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._places = _TTLCache(cache_seconds * 6)  # places move less than weather
        self._forecasts = _TTLCache(cache_seconds)

    async def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.base_url}{path}"
        try:
            async with self.session.get(url, params=params, timeout=self.timeout) as resp:
                if resp.status != 200:
                    raise WeatherUnavailable(f"{path} answered {resp.status}")
                data = await resp.json(content_type=None)
        except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
            raise WeatherUnavailable(f"{path}: {type(exc).__name__}: {exc}") from exc
        if not isinstance(data, dict):
            raise WeatherUnavailable(f"{path}: not a JSON object")
        return data

    async def geocode(self, name: str) -> Place:
        key = name.strip().lower()
        cached = self._places.get(key)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        data = await self._get("/v1/search", {"name": name.strip(), "count": 1, "format": "json"})
        results = data.get("results") or []
        if not results:
            raise PlaceNotFound(name)
        try:
            place = Place.from_dict(results[0])
        except (KeyError, TypeError, ValueError) as exc:
            raise WeatherUnavailable(f"geocoding: malformed result: {exc}") from exc
        self._places.put(key, place)
        return place

    async def forecast(self, place: Place, units: str = "metric") -> Forecast:
        key = (round(place.latitude, 3), round(place.longitude, 3), units)
        cached = self._forecasts.get(key)
        if cached is not None:
            return Forecast(place, *cached)
        params: dict[str, Any] = {
            "latitude": place.latitude, "longitude": place.longitude,
            "current": "temperature_2m,weather_code,wind_speed_10m",
            "daily": "temperature_2m_max,temperature_2m_min,precipitation_probability_max",
            "forecast_days": 1, "timezone": "auto",
        }
        if units == "imperial":
            params.update(temperature_unit="fahrenheit", wind_speed_unit="mph")
        data = await self._get("/v1/forecast", params)
        try:
            current = data["current"]
            daily = data.get("daily") or {}

            def first(name: str) -> float | None:
                values = daily.get(name) or [None]
                return None if values[0] is None else float(values[0])

            fields = (units, float(current["temperature_2m"]), float(current["wind_speed_10m"]),
                      _WMO.get(int(current.get("weather_code", -1)), "unsettled weather"),
                      first("temperature_2m_max"), first("temperature_2m_min"),
                      first("precipitation_probability_max"))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise WeatherUnavailable(f"forecast: malformed answer: {exc}") from exc
        self._forecasts.put(key, fields)
        return Forecast(place, *fields)
