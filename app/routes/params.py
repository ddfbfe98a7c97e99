"""Query and body parsing that answers 400 JSON errors instead of raising into a 500."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from quart import request

from servicekit.errors import APIError

# Path ids beyond PostgreSQL's bigint match no route (404) instead of overflowing in the driver (500).
ROW_ID = "int(max=9223372036854775807)"


def int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise APIError(400, "invalid_parameter", f"{name} must be an integer") from exc
    if not low <= value <= high:
        raise APIError(400, "invalid_parameter", f"{name} must be between {low} and {high}")
    return value


def bool_arg(name: str) -> bool | None:
    raw = request.args.get(name)
    if raw is None:
        return None
    value = {"true": True, "1": True, "on": True, "false": False, "0": False, "off": False}.get(raw.lower())
    if value is None:
        raise APIError(400, "invalid_parameter", f"{name} must be true or false")
    return value


def str_arg(name: str, max_len: int = 64) -> str | None:
    raw = request.args.get(name)
    if raw is not None and not 0 < len(raw) <= max_len:
        raise APIError(400, "invalid_parameter", f"{name} must be 1 to {max_len} characters")
    return raw


def datetime_arg(name: str, default: dt.datetime) -> dt.datetime:
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise APIError(400, "invalid_parameter", f"{name} must be an ISO 8601 date-time") from exc
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


async def json_object() -> dict[str, Any]:
    try:  # from bytes: json.loads refuses undecodable text with a ValueError, never a 500
        data = json.loads(await request.get_data())
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise APIError(400, "invalid_json", "the body must be a JSON object")
    return data
