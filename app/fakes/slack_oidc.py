"""The fake Slack's OpenID Connect provider (demo mode and tests): authorize page, token endpoint,
userInfo and JWKS, like https://slack.com/openid/connect/* and /api/openid.connect.*.

The ES256 signing key is generated at start and lives only in memory. The registered redirect URI is
PUBLIC_BASE_URL + /auth/slack/callback; the client is SLACK_CLIENT_ID / SLACK_CLIENT_SECRET.
POST /_fake/oidc {"tamper": "nonce"|"aud"|"iss"|"signature"|"exp"} spoils the next id_token (tests).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import os
import re
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import jwt
from cryptography.hazmat.primitives.asymmetric import ec
from jwt.algorithms import ECAlgorithm
from quart import Quart, Response, redirect, request
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.fakes.common import CallLog

DEMO_TEAM = "TDEMO"
DEMO_USERS = {"U0DEMOADA": "Ada Lovelace", "U0DEMOGRACE": "Grace Hopper"}
CODE_LIFETIME = 300
_USER_ID = re.compile(r"^U[A-Z0-9]{2,30}$")
TAMPERS = ("nonce", "aud", "iss", "signature", "exp")


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    nonce: str | None
    code_challenge: str | None
    team_id: str
    user_id: str
    name: str
    expires: float


def _error(status: int, code: str, message: str) -> tuple[dict[str, Any], int]:
    return {"error": code, "message": message}, status


def install(app: Quart, calls: CallLog) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    kid = secrets.token_hex(8)
    jwk = {**json.loads(ECAlgorithm.to_jwk(key.public_key())), "kid": kid, "alg": "ES256", "use": "sig"}
    client_id = os.environ.get("SLACK_CLIENT_ID", "")
    client_secret = os.environ.get("SLACK_CLIENT_SECRET", "")
    redirect_uris = {os.environ.get("PUBLIC_BASE_URL", "https://localhost:8443").rstrip("/") + "/auth/slack/callback"}
    auto_user = os.environ.get("FAKE_SLACK_OIDC_AUTO_USER", "")
    grants: dict[str, Grant] = {}
    tokens: dict[str, dict[str, Any]] = {}
    tamper: list[str] = []

    def issuer() -> str:
        return request.host_url.rstrip("/")

    def authorize_error(params: dict[str, str]) -> tuple[dict[str, Any], int] | None:
        if params.get("client_id") != client_id or not client_id:
            return _error(400, "invalid_client_id", "unknown client_id")
        if params.get("redirect_uri") not in redirect_uris:
            return _error(400, "bad_redirect_uri", "redirect_uri is not registered for this app")
        if params.get("response_type") != "code" or "openid" not in params.get("scope", "").split():
            return _error(400, "invalid_request", "response_type=code and scope openid are required")
        if params.get("code_challenge") and params.get("code_challenge_method") != "S256":
            return _error(400, "invalid_request", "only S256 code challenges")
        return None

    def approve(params: dict[str, str], user_id: str) -> WerkzeugResponse:
        code = secrets.token_urlsafe(24)
        grants[code] = Grant(params["client_id"], params["redirect_uri"], params.get("nonce"),
                             params.get("code_challenge"), DEMO_TEAM, user_id, DEMO_USERS.get(user_id, user_id),
                             time.time() + CODE_LIFETIME)
        calls.append({"method": "openid.connect.approve", "args": {"user_id": user_id}})
        query = urlencode({"code": code, **({"state": params["state"]} if params.get("state") else {})})
        return redirect(f"{params['redirect_uri']}?{query}", 302)

    @app.get("/openid/connect/authorize")
    async def authorize() -> Any:
        params = {k: v for k, v in request.args.items()}
        calls.append({"method": "openid.connect.authorize", "args": {k: v for k, v in params.items()
                                                                      if k in ("client_id", "redirect_uri", "scope")}})
        if (failed := authorize_error(params)) is not None:
            return failed
        if auto_user:
            return approve(params, auto_user)
        hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                         for k, v in params.items())
        choices = "".join(f'<li><button type="submit" name="user_id" value="{uid}">{html.escape(name)}</button></li>'
                          for uid, name in DEMO_USERS.items())
        page = (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Fake Slack: sign in</title></head>"
                f"<body><h1>Sign in to Jeeves with (fake) Slack</h1><p>Workspace {DEMO_TEAM}. Pick a demo user:</p>"
                f'<form method="post" action="/openid/connect/approve">{hidden}<ul>{choices}</ul></form>'
                f'<form method="post" action="/openid/connect/approve">{hidden}<label>or any user id '
                f'<input name="user_id" pattern="U[A-Z0-9]{{2,30}}" required></label>'
                f'<button type="submit">Continue</button></form></body></html>')
        return Response(page, content_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": "default-src 'none'; form-action *"})

    @app.post("/openid/connect/approve")
    async def approve_form() -> Any:
        params = {k: v for k, v in (await request.form).items()}
        user_id = params.pop("user_id", "")
        if (failed := authorize_error(params)) is not None:
            return failed
        if not _USER_ID.match(user_id):
            return _error(400, "invalid_user", "user ids look like U0123ABCD")
        return approve(params, user_id)

    def client_of(form: dict[str, str]) -> tuple[str, str]:
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            user, _, password = base64.b64decode(auth[6:]).decode(errors="replace").partition(":")
            return user, password
        return form.get("client_id", ""), form.get("client_secret", "")

    @app.post("/api/openid.connect.token")
    async def token() -> Any:
        form = {k: v for k, v in (await request.form).items()}
        cid, secret = client_of(form)
        calls.append({"method": "openid.connect.token", "args": {"client_id": cid, "grant_type": form.get("grant_type"),
                                                                  "redirect_uri": form.get("redirect_uri")}})
        if cid != client_id or not hmac.compare_digest(secret.encode(), client_secret.encode()) or not client_secret:
            return {"ok": False, "error": "invalid_client"}
        grant = grants.pop(form.get("code", ""), None)  # a code works once
        if grant is None or grant.expires < time.time() or grant.client_id != cid:
            return {"ok": False, "error": "invalid_code"}
        if form.get("redirect_uri") != grant.redirect_uri:
            return {"ok": False, "error": "bad_redirect_uri"}
        if grant.code_challenge:
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if not hmac.compare_digest(digest, grant.code_challenge):
                return {"ok": False, "error": "invalid_code_verifier"}
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": issuer(), "sub": grant.user_id, "aud": cid, "exp": now + 300, "iat": now, "auth_time": now,
            "https://slack.com/user_id": grant.user_id, "https://slack.com/team_id": grant.team_id,
            "name": grant.name, "https://slack.com/team_name": "Demo workspace",
        }
        if grant.nonce:
            claims["nonce"] = grant.nonce
        signing_key: Any = key
        spoil = tamper.pop(0) if tamper else None
        if spoil == "nonce":
            claims["nonce"] = "not-the-nonce"
        elif spoil == "aud":
            claims["aud"] = "another-client"
        elif spoil == "iss":
            claims["iss"] = "https://evil.example"
        elif spoil == "exp":
            claims["exp"], claims["iat"] = now - 600, now - 900
        elif spoil == "signature":
            signing_key = ec.generate_private_key(ec.SECP256R1())  # same kid, wrong key
        id_token = jwt.encode(claims, signing_key, algorithm="ES256", headers={"kid": kid})
        access = "xoxp-fake-" + secrets.token_hex(16)
        tokens[access] = claims
        return {"ok": True, "access_token": access, "token_type": "Bearer", "id_token": id_token}

    @app.route("/api/openid.connect.userInfo", methods=["GET", "POST"])
    async def userinfo() -> Any:
        access = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        calls.append({"method": "openid.connect.userInfo", "args": {}})
        claims = tokens.get(access)
        if claims is None:
            return {"ok": False, "error": "invalid_auth"}
        return {"ok": True, **{k: v for k, v in claims.items() if k not in ("aud", "exp", "iat", "nonce", "auth_time")}}

    @app.get("/openid/connect/keys")
    async def keys() -> dict[str, Any]:
        return {"keys": [jwk]}

    @app.get("/.well-known/openid-configuration")
    async def discovery() -> dict[str, Any]:
        base = issuer()
        return {"issuer": base, "authorization_endpoint": f"{base}/openid/connect/authorize",
                "token_endpoint": f"{base}/api/openid.connect.token",
                "userinfo_endpoint": f"{base}/api/openid.connect.userInfo", "jwks_uri": f"{base}/openid/connect/keys",
                "id_token_signing_alg_values_supported": ["ES256"], "code_challenge_methods_supported": ["S256"]}

    @app.post("/_fake/oidc")
    async def set_tamper() -> tuple[dict[str, Any], int]:
        data = await request.get_json(force=True, silent=True)
        spoil = data.get("tamper") if isinstance(data, dict) else None
        if spoil not in TAMPERS:
            return _error(400, "invalid_field", f"tamper must be one of {', '.join(TAMPERS)}")
        tamper.append(spoil)
        return {"pending": list(tamper)}, 200
