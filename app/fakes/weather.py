"""Fake Open-Meteo: /v1/search (geocoding) and /v1/forecast with deterministic answers."""

from __future__ import annotations

import hashlib
from typing import Any

from quart import Quart, request

from app.fakes.common import Behaviour, CallLog, install_control, log_path

PLACES = {
    "paris": ("Paris", 48.85341, 2.3488, "France", "Europe/Paris"),
    "london": ("London", 51.50853, -0.12574, "United Kingdom", "Europe/London"),
    "berlin": ("Berlin", 52.52437, 13.41053, "Germany", "Europe/Berlin"),
    "new york": ("New York", 40.71427, -74.00597, "United States", "America/New_York"),
    "tokyo": ("Tokyo", 35.6895, 139.69171, "Japan", "Asia/Tokyo"),
    "sydney": ("Sydney", -33.86785, 151.20732, "Australia", "Australia/Sydney"),
    "oslo": ("Oslo", 59.91273, 10.74609, "Norway", "Europe/Oslo"),
}


def _seed(*parts: Any) -> int:
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:4], "big")


def create_app() -> Quart:
    app = Quart(__name__)
    behaviour = Behaviour()
    calls = CallLog(log_path("fake-weather.jsonl"))
    install_control(app, behaviour, "fake_weather", calls)

    async def trouble() -> tuple[dict[str, Any], int] | None:
        await behaviour.apply_delay()
        if behaviour.down or behaviour.take_failure():
            return {"error": True, "reason": "service unavailable"}, 503
        return None

    @app.get("/v1/search")
    async def search() -> tuple[dict[str, Any], int]:
        calls.append({"path": "/v1/search", "args": dict(request.args)})
        if (failed := await trouble()) is not None:
            return failed
        name = request.args.get("name", "").strip().lower()
        if len(name) < 2:
            return {"error": True, "reason": "Parameter 'name' is required"}, 400
        hit = PLACES.get(name)
        if hit is None:
            return {"generationtime_ms": 0.1}, 200  # Open-Meteo omits "results" when nothing matches
        city, lat, lon, country, tz = hit
        return {"results": [{"id": _seed(city), "name": city, "latitude": lat, "longitude": lon,
                             "country": country, "timezone": tz}], "generationtime_ms": 0.1}, 200

    @app.get("/v1/forecast")
    async def forecast() -> tuple[dict[str, Any], int]:
        calls.append({"path": "/v1/forecast", "args": dict(request.args)})
        if (failed := await trouble()) is not None:
            return failed
        try:
            lat, lon = float(request.args["latitude"]), float(request.args["longitude"])
        except (KeyError, ValueError):
            return {"error": True, "reason": "latitude and longitude are required numbers"}, 400
        seed = _seed(round(lat, 2), round(lon, 2))
        celsius = (seed % 300) / 10 - 5
        wind_kmh = (seed // 300) % 40
        fahrenheit = request.args.get("temperature_unit") == "fahrenheit"
        temp = celsius * 9 / 5 + 32 if fahrenheit else celsius
        wind = wind_kmh / 1.609 if request.args.get("wind_speed_unit") == "mph" else wind_kmh
        spread = 9 if fahrenheit else 5
        return {
            "latitude": lat, "longitude": lon, "timezone": "GMT",
            "current": {"time": "2025-01-01T12:00", "temperature_2m": round(temp, 1),
                        "wind_speed_10m": round(wind, 1), "weather_code": [0, 2, 3, 61, 71, 95][seed % 6]},
            "daily": {"time": ["2025-01-01"], "temperature_2m_max": [round(temp + spread, 1)],
                      "temperature_2m_min": [round(temp - spread, 1)],
                      "precipitation_probability_max": [seed % 100]},
        }, 200

    return app
