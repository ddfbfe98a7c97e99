"""The data API's OpenAPI 3.1 document, served at GET /api/openapi.json."""

from __future__ import annotations

from typing import Any

_ERR = {"$ref": "#/components/schemas/Error"}


def _op(summary: str, scope: str | None, params: list[dict[str, Any]] | None = None,
        body: dict[str, Any] | None = None, result: dict[str, Any] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "parameters": params or [], "responses": {
        "200": {"description": "OK", "content": {"application/json": {"schema": result or {"type": "object"}}}},
        "400": {"description": "malformed input", "content": {"application/json": {"schema": _ERR}}},
    }}
    if scope:
        op["security"] = [{"bearer": [scope]}]
        op["responses"]["401"] = {"description": "no or invalid token",
                                  "content": {"application/json": {"schema": _ERR}}}
        op["responses"]["403"] = {"description": f"token lacks '{scope}'",
                                  "content": {"application/json": {"schema": _ERR}}}
    if body:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return op


def _q(name: str, kind: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": {"type": kind}, "description": description}


_ID = {"name": "user_id", "in": "path", "required": True, "schema": {"type": "integer"}}
_SETTINGS = {"type": "object", "properties": {
    "units": {"enum": ["metric", "imperial"]}, "alert_time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
    "alerts": {"type": "boolean"}, "timezone": {"type": "string"}}, "additionalProperties": False}
_USER = {"type": "object", "properties": {
    "id": {"type": "integer"}, "slack_team_id": {"type": "string"}, "slack_user_id": {"type": "string"},
    "email": {"type": ["string", "null"]}, "name": {"type": ["string", "null"]}, "is_admin": {"type": "boolean"},
    "is_active": {"type": "boolean"}, "settings": _SETTINGS, "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"}}}


def document(server: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Jeeves data API", "version": "1.0.0"},
        "servers": [{"url": server}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                                           "description": "TokenDealer access token (client credentials)"}},
            "schemas": {"Error": {"type": "object", "required": ["error", "message"], "properties": {
                "error": {"type": "string"}, "message": {"type": "string"}, "request_id": {"type": "string"}}},
                "User": _USER},
        },
        "paths": {
            "/api/users": {"get": _op("List users", "read", [
                _q("limit", "integer", "1-500, default 50"), _q("offset", "integer", "default 0"),
                _q("team_id", "string", "Slack team"), _q("alerts", "boolean", "daily alerts on/off"),
                _q("active", "boolean", "is_active")],
                result={"type": "object", "properties": {"users": {"type": "array", "items": {
                    "$ref": "#/components/schemas/User"}}, "total": {"type": "integer"}}})},
            "/api/users/{user_id}": {
                "get": _op("One user", "read", [_ID], result={"$ref": "#/components/schemas/User"}),
                "patch": _op("Change a user", "write", [_ID], body={"type": "object", "properties": {
                    "is_active": {"type": "boolean"}, "is_admin": {"type": "boolean"}, "name": {"type": "string"},
                    "email": {"type": "string"}, "settings": _SETTINGS}, "additionalProperties": False},
                    result={"$ref": "#/components/schemas/User"}),
            },
            "/api/usage/stats": {"get": _op("Usage per action and outcome, with latency percentiles", "read", [
                _q("since", "string", "ISO 8601, default now-24h"), _q("until", "string", "ISO 8601, default now")])},
            "/api/switches": {"get": _op("Feature switches and the known actions", "read")},
            "/api/switches/{action}": {"put": _op("Switch an action on/off, globally ('*') or for one team", "write",
                                                  [{"name": "action", "in": "path", "required": True,
                                                    "schema": {"type": "string"}}],
                                                  body={"type": "object", "required": ["enabled"], "properties": {
                                                      "enabled": {"type": "boolean"},
                                                      "team_id": {"type": "string", "default": "*"}}})},
        },
    }
