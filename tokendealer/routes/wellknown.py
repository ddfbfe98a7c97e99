"""Discovery: GET /.well-known/jwks.json (RFC 7517), GET /.well-known/oauth-authorization-server
(RFC 8414) and GET /openapi.json (the contract the fuzz tests run against)."""

from __future__ import annotations

import json

from quart import Blueprint, Response, request

from tokendealer.openapi import openapi_document
from tokendealer.runtime import current

bp = Blueprint("wellknown", __name__)


@bp.route("/.well-known/jwks.json", methods=["GET", "HEAD"])
async def jwks() -> Response:
    keys = current().keys
    headers = {"Cache-Control": keys.cache_control(), "ETag": f'"{keys.jwks_etag}"'}
    if request.if_none_match.contains(keys.jwks_etag):
        return Response(b"", status=304, headers=headers)
    return Response(keys.jwks_body, status=200, content_type="application/jwk-set+json", headers=headers)


def metadata() -> dict[str, object]:
    settings = current().settings
    base = settings.issuer
    auth_methods = ["client_secret_basic", "client_secret_post"]
    return {
        "issuer": base,
        "token_endpoint": f"{base}/oauth/token",
        "jwks_uri": f"{base}/.well-known/jwks.json",
        "introspection_endpoint": f"{base}/oauth/introspect",
        "revocation_endpoint": f"{base}/oauth/revoke",
        "grant_types_supported": ["client_credentials"],
        "response_types_supported": [],
        "token_endpoint_auth_methods_supported": auth_methods,
        "introspection_endpoint_auth_methods_supported": auth_methods,
        "revocation_endpoint_auth_methods_supported": auth_methods,
        "scopes_supported": list(settings.scopes_supported),
        # Not registered by RFC 8414 (§2 allows extensions): what resource servers need to verify tokens.
        "access_token_signing_alg_values_supported": ["ES256", "RS256"],
        "access_token_signing_alg": settings.signing_alg,
        "access_token_format": "RFC 9068 JWT (typ at+jwt)",
        "audiences_supported": list(settings.audiences),
        "default_audience": settings.default_audience,
        "access_token_lifetime": settings.token_ttl,
        "service_documentation": f"{base}/openapi.json",
    }


@bp.route("/.well-known/oauth-authorization-server", methods=["GET", "HEAD"])
async def authorization_server_metadata() -> Response:
    return Response(json.dumps(metadata()), content_type="application/json",
                    headers={"Cache-Control": "public, max-age=3600"})


@bp.get("/openapi.json")
async def openapi() -> Response:
    return Response(json.dumps(openapi_document(current().settings.issuer)), content_type="application/json")
