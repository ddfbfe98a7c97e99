"""The OpenAPI 3.1 document of the public endpoints (served at /openapi.json, fuzzed by the tests)."""

from __future__ import annotations

from typing import Any

FORM = "application/x-www-form-urlencoded"


def _form(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"required": True, "content": {FORM: {"schema": {
        "type": "object", "properties": {k: {"type": "string", **v} for k, v in properties.items()},
        "required": required}}}}


def _error(description: str) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/Error"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


CLIENT_AUTH = {"client_id": {"description": "client_secret_post only"}, "client_secret": {}}
SECURITY: list[dict[str, list[str]]] = [{"clientBasic": []}, {}]


def openapi_document(issuer: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "TokenDealer", "version": "1.0",
                 "description": "OAuth 2.0 client credentials server issuing RFC 9068 JWT access tokens."},
        "servers": [{"url": issuer}],
        "paths": {
            "/oauth/token": {"post": {
                "summary": "Client credentials grant (RFC 6749 §4.4)", "security": SECURITY,
                "requestBody": _form({"grant_type": {"enum": ["client_credentials"]}, "scope": {},
                                      "audience": {}, **CLIENT_AUTH}, ["grant_type"]),
                "responses": {"200": {"description": "RFC 6749 §5.1 token response", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/TokenResponse"}}}},
                    "400": _error("RFC 6749 §5.2 error"), "401": _error("invalid_client"),
                    "413": _error("body too large")}}},
            "/oauth/introspect": {"post": {
                "summary": "Token introspection (RFC 7662)", "security": SECURITY,
                "requestBody": _form({"token": {}, "token_type_hint": {}, "audience": {}, **CLIENT_AUTH},
                                     ["token"]),
                "responses": {"200": {"description": "{active: bool, ...claims}"},
                              "400": _error("invalid_request"), "401": _error("invalid_client")}}},
            "/oauth/revoke": {"post": {
                "summary": "Token revocation (RFC 7009)", "security": SECURITY,
                "requestBody": _form({"token": {}, "token_type_hint": {}, **CLIENT_AUTH}, ["token"]),
                "responses": {"200": {"description": "revoked, or the token was already invalid"},
                              "400": _error("invalid_request / unauthorized_client"),
                              "401": _error("invalid_client")}}},
            "/verify_token": {"post": {
                "summary": "Verify an access token; 200 with its claims",
                "requestBody": _form({"access_token": {}, "audience": {}}, ["access_token"]),
                "responses": {"200": {"description": "the token's claims"}, "400": _error("invalid_token")}}},
            "/.well-known/jwks.json": {"get": {"summary": "JWK Set (RFC 7517)",
                                               "responses": {"200": {"description": "JWK Set"}}}},
            "/.well-known/oauth-authorization-server": {"get": {
                "summary": "Authorization server metadata (RFC 8414)",
                "responses": {"200": {"description": "metadata"}}}},
        },
        "components": {
            "securitySchemes": {"clientBasic": {"type": "http", "scheme": "basic"}},
            "schemas": {
                "TokenResponse": {"type": "object", "required": ["access_token", "token_type", "expires_in"],
                                  "properties": {"access_token": {"type": "string"},
                                                 "token_type": {"const": "Bearer"},
                                                 "expires_in": {"type": "integer"}, "scope": {"type": "string"}}},
                "Error": {"type": "object", "required": ["error"],
                          "properties": {"error": {"type": "string"}, "error_description": {"type": "string"},
                                         "message": {"type": "string"}, "request_id": {"type": "string"}}},
            },
        },
    }
