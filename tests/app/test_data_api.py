"""The data API in-process against the stack's PostgreSQL, with keys made here and a JWKS served by a
real local HTTP server (TokenDealer's role); plus the worker's client-credentials client."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import jwt
import pytest
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from stackctl import StackHandle

from app import create_app, runtime
from app.config import Settings
from app.services.tokens import ClientCredentials, DataAPI

from .conftest import jeeves_db_url

pytestmark = pytest.mark.stack
ISSUER = "https://issuer.test"


class Issuer:
    """Signs tokens with an RSA and an EC key and serves their JWKS over real HTTP."""

    def __init__(self) -> None:
        self.keys: dict[str, Any] = {"rsa1": rsa.generate_private_key(65537, 2048),
                                     "ec1": ec.generate_private_key(ec.SECP256R1())}
        self.published = {"rsa1", "ec1"}
        self.jwks_hits = 0
        self.url = ""

    def jwks(self) -> dict[str, Any]:
        out = []
        for kid in sorted(self.published):
            key = self.keys[kid]
            algo = jwt.algorithms.RSAAlgorithm if kid.startswith("rsa") else jwt.algorithms.ECAlgorithm
            jwk = json.loads(algo.to_jwk(key.public_key()))
            out.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256" if kid.startswith("rsa") else "ES256"})
        return {"keys": out}

    def token(self, scope: str = "read", kid: str = "rsa1", typ: str = "at+jwt", **claims: Any) -> str:
        now = int(time.time())
        body = {"iss": ISSUER, "aud": "jeeves", "sub": "client-1", "client_id": "client-1", "scope": scope,
                "iat": now, "exp": now + 300, "jti": uuid.uuid4().hex, **claims}
        alg = "RS256" if kid.startswith("rsa") else "ES256"
        return jwt.encode(body, self.keys[kid], algorithm=alg, headers={"kid": kid, "typ": typ})


@pytest.fixture
async def issuer() -> AsyncIterator[Issuer]:
    state = Issuer()

    async def jwks(_: web.Request) -> web.Response:
        state.jwks_hits += 1
        return web.json_response(state.jwks())

    app = web.Application()
    app.router.add_get("/.well-known/jwks.json", jwks)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    state.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    yield state
    await runner.cleanup()


@pytest.fixture
async def api(stack: StackHandle, issuer: Issuer) -> AsyncIterator[Any]:
    settings = Settings(database_url=jeeves_db_url(stack), redis_url="", slack_signing_secret="s",
                        slack_bot_token="xoxb-test", slack_api_url="http://127.0.0.1:9/api/",
                        weather_api_url="http://127.0.0.1:9", tokendealer_url=issuer.url, public_base_url=ISSUER,
                        jwks_min_refresh_seconds=1.0)
    app = create_app(settings)
    async with app.test_app() as test_app:
        yield test_app.test_client()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_users_need_a_valid_read_token(api: Any, issuer: Issuer) -> None:
    response = await api.get("/api/users")
    assert response.status_code == 401 and "Bearer" in response.headers["WWW-Authenticate"]
    for kid in ("rsa1", "ec1"):
        response = await api.get("/api/users?limit=5", headers=bearer(issuer.token(kid=kid)))
        assert response.status_code == 200, await response.get_data()
        assert (await response.get_json())["limit"] == 5


@pytest.mark.parametrize("bad", ["expired", "wrong_issuer", "wrong_audience", "wrong_typ", "alg_none",
                                 "hs256_with_public_key", "garbage", "unknown_kid"])
async def test_bad_tokens_are_401(api: Any, issuer: Issuer, bad: str) -> None:
    token = {
        "expired": lambda: issuer.token(exp=int(time.time()) - 120, iat=int(time.time()) - 600),
        "wrong_issuer": lambda: issuer.token(iss="https://evil.test"),
        "wrong_audience": lambda: issuer.token(aud="other"),
        "wrong_typ": lambda: issuer.token(typ="JWT"),
        "alg_none": lambda: jwt.encode({"iss": ISSUER, "aud": "jeeves", "sub": "x", "scope": "read"}, None,
                                       algorithm="none", headers={"kid": "rsa1", "typ": "at+jwt"}),
        "hs256_with_public_key": lambda: _hs256_forgery(issuer),
        "garbage": lambda: "not.a.jwt",
        "unknown_kid": _foreign_token,
    }[bad]()
    response = await api.get("/api/users", headers=bearer(token))
    assert response.status_code == 401
    body = await response.get_json()
    assert body["error"] == "invalid_token"


def _hs256_forgery(issuer: Issuer) -> str:
    """The key-confusion attack: HMAC-sign with the public key's PEM (PyJWT refuses to, so by hand)."""
    pem = issuer.keys["rsa1"].public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    now = int(time.time())

    def b64(data: bytes) -> bytes:
        return base64.urlsafe_b64encode(data).rstrip(b"=")

    signing_input = b64(json.dumps({"alg": "HS256", "kid": "rsa1", "typ": "at+jwt"}).encode()) + b"." + b64(
        json.dumps({"iss": ISSUER, "aud": "jeeves", "sub": "x", "scope": "read", "iat": now,
                    "exp": now + 60}).encode())
    return (signing_input + b"." + b64(hmac.new(pem, signing_input, hashlib.sha256).digest())).decode()


def _foreign_token() -> str:
    key = rsa.generate_private_key(65537, 2048)
    now = int(time.time())
    return jwt.encode({"iss": ISSUER, "aud": "jeeves", "sub": "x", "scope": "read", "iat": now, "exp": now + 60},
                      key, algorithm="RS256", headers={"kid": "stranger", "typ": "at+jwt"})


async def test_jwks_is_cached_and_refreshed_once_for_a_new_kid(api: Any, issuer: Issuer) -> None:
    now = [1000.0]  # the cache's own clock: a loaded machine must not open a second refresh window
    keys = runtime.current(api.app).verifier.keys
    keys.clock = lambda: now[0]
    for _ in range(5):
        assert (await api.get("/api/users", headers=bearer(issuer.token()))).status_code == 200
    assert issuer.jwks_hits == 1
    issuer.keys["rsa2"] = rsa.generate_private_key(65537, 2048)
    issuer.published.add("rsa2")  # key rotation: a kid we have not seen triggers one refresh...
    now[0] += 1.1  # ...once the refresh interval since the last fetch has passed
    assert (await api.get("/api/users", headers=bearer(issuer.token(kid="rsa2")))).status_code == 200
    assert issuer.jwks_hits == 2
    for _ in range(5):  # forged kids within the refresh interval do not hammer the JWKS
        assert (await api.get("/api/users", headers=bearer(_foreign_token()))).status_code == 401
    assert issuer.jwks_hits == 2


async def test_a_key_the_revocation_feed_lists_is_fetched_at_once(api: Any, issuer: Issuer) -> None:
    """Rotation: the feed names the new kid before its first token arrives, so no refresh-interval wait."""
    now = [1000.0]
    keys = runtime.current(api.app).verifier.keys
    keys.clock = lambda: now[0]
    deny = runtime.current(api.app).denylist
    deny.apply({"kids": sorted(issuer.published)})
    assert (await api.get("/api/users", headers=bearer(issuer.token()))).status_code == 200
    hits = issuer.jwks_hits
    issuer.keys["rsa2"] = rsa.generate_private_key(65537, 2048)
    issuer.published.add("rsa2")
    deny.apply({"kids": sorted(issuer.published)})  # the clock has not moved: only the feed says "refetch"
    assert (await api.get("/api/users", headers=bearer(issuer.token(kid="rsa2")))).status_code == 200
    assert issuer.jwks_hits == hits + 1
    for _ in range(3):  # one refetch per listed change, not one per unknown kid
        assert (await api.get("/api/users", headers=bearer(_foreign_token()))).status_code == 401
    assert issuer.jwks_hits == hits + 1


async def test_writes_need_the_write_scope(api: Any, issuer: Issuer, stack: StackHandle) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    from app.services import users

    engine = create_async_engine(jeeves_db_url(stack))
    async with engine.begin() as conn:
        from sqlalchemy.ext.asyncio import AsyncSession

        async with AsyncSession(bind=conn) as session:
            user = await users.get_or_create(session, f"T{uuid.uuid4().hex[:8]}", "UAPI")
    await engine.dispose()
    path = f"/api/users/{user.id}"
    response = await api.patch(path, json={"is_active": False}, headers=bearer(issuer.token("read")))
    assert response.status_code == 403
    assert (await response.get_json())["error"] == "insufficient_scope"
    response = await api.patch(path, json={"is_active": False, "settings": {"units": "imperial"}},
                               headers=bearer(issuer.token("read write")))
    assert response.status_code == 200
    data = await response.get_json()
    assert data["is_active"] is False and data["settings"]["units"] == "imperial"
    got = await (await api.get(path, headers=bearer(issuer.token()))).get_json()
    assert got["is_active"] is False


@pytest.mark.parametrize(("method", "path", "body"), [
    ("GET", "/api/users?limit=abc", None), ("GET", "/api/users?limit=0", None),
    ("GET", "/api/users?alerts=maybe", None), ("GET", "/api/usage/stats?since=yesterday", None),
    ("PATCH", "/api/users/1", "not json"), ("PATCH", "/api/users/1", {"is_admin": "yes"}),
    ("PATCH", "/api/users/1", {"settings": {"units": "furlongs"}}), ("PATCH", "/api/users/1", {"nope": 1}),
    ("PUT", "/api/switches/weather", {"enabled": "off"}),
])
async def test_malformed_input_is_a_4xx_json_error(api: Any, issuer: Issuer, method: str, path: str,
                                                   body: Any) -> None:
    kwargs: dict[str, Any] = {"headers": bearer(issuer.token("read write"))}
    if isinstance(body, str):
        kwargs["data"] = body
    elif body is not None:
        kwargs["json"] = body
    response = await api.open(path, method=method, **kwargs)
    assert 400 <= response.status_code < 500
    assert "error" in (await response.get_json())


async def test_switches_usage_stats_and_openapi(api: Any, issuer: Issuer) -> None:
    team = f"T{uuid.uuid4().hex[:8]}"
    response = await api.put("/api/switches/weather", json={"enabled": False, "team_id": team},
                             headers=bearer(issuer.token("write")))
    assert response.status_code == 200
    listed = await (await api.get("/api/switches", headers=bearer(issuer.token()))).get_json()
    assert {"action": "weather", "team_id": team, "enabled": False} in [
        {k: s[k] for k in ("action", "team_id", "enabled")} for s in listed["switches"]]
    assert (await api.put("/api/switches/nope", json={"enabled": True},
                          headers=bearer(issuer.token("write")))).status_code == 404
    stats = await (await api.get("/api/usage/stats", headers=bearer(issuer.token()))).get_json()
    assert {"total", "actions", "active_users"} <= set(stats)
    doc = await (await api.get("/api/openapi.json")).get_json()
    assert doc["openapi"].startswith("3.") and "/api/users" in doc["paths"]


async def test_worker_client_refreshes_token_once_on_401() -> None:
    issued: list[str] = []
    first_token_revoked = True

    async def token(request: web.Request) -> web.Response:
        assert request.headers["Authorization"].startswith("Basic ")
        issued.append(f"tok{len(issued)}")
        return web.json_response({"access_token": issued[-1], "token_type": "Bearer", "expires_in": 300})

    async def users(request: web.Request) -> web.Response:
        if first_token_revoked and request.headers["Authorization"] == "Bearer tok0":
            return web.json_response({"error": "invalid_token"}, status=401)
        return web.json_response({"users": [], "total": 0})

    app = web.Application()
    app.router.add_post("/oauth/token", token)
    app.router.add_get("/api/users", users)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as session:
            creds = ClientCredentials(session, f"{base}/oauth/token", "id", "secret")
            client = DataAPI(session, base, creds)
            assert (await client.get("/api/users"))["total"] == 0
            assert issued == ["tok0", "tok1"]  # refused once, refreshed once
            assert (await client.get("/api/users"))["total"] == 0
            assert issued == ["tok0", "tok1"]  # cached until near expiry
    finally:
        await runner.cleanup()
