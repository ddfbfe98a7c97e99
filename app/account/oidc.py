"""Sign in with Slack: OpenID Connect authorization code flow with state, nonce and PKCE (S256).

Authlib builds the authorization URL and exchanges the code (client_secret_post, never a secret in a
query string); the id_token is verified against the provider's JWKS (signature, iss, aud, exp, iat,
nonce) with the same JWKS cache the data API uses for TokenDealer's keys.
"""

from __future__ import annotations

import hmac
import os
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import jwt
from authlib.deprecate import AuthlibDeprecationWarning  # installs its "always" filter before ours

from app.config import Settings
from app.services.jwks import InvalidToken, JWKSCache, KeysUnavailable

with warnings.catch_warnings():  # Authlib 1.9 nudges towards the httpx2 fork; httpx is what we ship
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.base_client import OAuthError
    from authlib.integrations.httpx_client import AsyncOAuth2Client

ALGORITHMS = ("ES256", "RS256")
SCOPES = "openid profile"
TEAM_CLAIM, USER_CLAIM = "https://slack.com/team_id", "https://slack.com/user_id"
CALLBACK_PATH = "/auth/slack/callback"


class SignInFailed(Exception):
    """The provider's answer cannot be trusted (bad code, bad id_token...); the message says why."""


@dataclass(frozen=True)
class OidcConfig:
    client_id: str
    client_secret: str
    issuer: str  # https://slack.com (demo: the fake Slack's origin)
    authorize_url: str
    token_url: str
    jwks_url: str
    redirect_uri: str  # the only one we ever send, registered with the provider
    timeout: float

    @classmethod
    def from_env(cls, settings: Settings) -> OidcConfig:
        env = os.environ
        base = env.get("SLACK_OIDC_URL", "https://slack.com").rstrip("/")
        api = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
        return cls(
            client_id=env.get("SLACK_CLIENT_ID") or _secret(settings.run_dir, "slack_client_id"),
            client_secret=env.get("SLACK_CLIENT_SECRET") or _secret(settings.run_dir, "slack_client_secret"),
            issuer=base, authorize_url=f"{base}/openid/connect/authorize", token_url=f"{api}openid.connect.token",
            jwks_url=f"{base}/openid/connect/keys",
            redirect_uri=settings.public_base_url.rstrip("/") + CALLBACK_PATH, timeout=settings.http_timeout + 2,
        )

    @property
    def enabled(self) -> bool:
        return bool(self.client_id and self.client_secret)


def _secret(run_dir: Path, name: str) -> str:
    try:
        return (run_dir / "secrets" / name).read_text().strip()
    except OSError:
        return ""


@dataclass(frozen=True)
class Started:
    url: str
    state: str
    nonce: str
    code_verifier: str


@dataclass(frozen=True)
class Identity:
    team_id: str
    user_id: str
    name: str | None


class SlackOidc:
    """One per process: an Authlib client (its own httpx pool) and the provider's JWKS cache."""

    def __init__(self, config: OidcConfig, http: aiohttp.ClientSession) -> None:
        self.config = config
        self.client = AsyncOAuth2Client(
            client_id=config.client_id, client_secret=config.client_secret, scope=SCOPES,
            redirect_uri=config.redirect_uri, code_challenge_method="S256",
            token_endpoint_auth_method="client_secret_post",  # noqa: S106 - a method name, not a secret
            timeout=config.timeout, trust_env=False)
        self.keys = JWKSCache(http, config.jwks_url, ttl=3600, min_refresh_interval=10, timeout=config.timeout)

    async def close(self) -> None:
        await self.client.aclose()

    def start(self) -> Started:
        state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(48)
        url, _ = self.client.create_authorization_url(self.config.authorize_url, state=state, nonce=nonce,
                                                      code_verifier=verifier)
        return Started(url, state, nonce, verifier)

    async def finish(self, code: str, code_verifier: str, nonce: str) -> Identity:
        """Code -> tokens -> a verified id_token -> who signed in. Raises SignInFailed."""
        try:
            token = await self.client.fetch_token(self.config.token_url, code=code, code_verifier=code_verifier,
                                                  redirect_uri=self.config.redirect_uri)
        except OAuthError as exc:
            raise SignInFailed(f"token endpoint refused the code: {exc.error}") from exc
        except (httpx.HTTPError, ValueError) as exc:
            raise SignInFailed(f"token endpoint unreachable or invalid: {type(exc).__name__}") from exc
        if token.get("ok") is False or not isinstance(token.get("id_token"), str):
            raise SignInFailed(f"token endpoint answered without an id_token: {token.get('error', 'no error')}")
        claims = await self.verify_id_token(token["id_token"], nonce)
        team, user = claims.get(TEAM_CLAIM), claims.get(USER_CLAIM, claims.get("sub"))
        if not isinstance(team, str) or not isinstance(user, str) or not team or not user:
            raise SignInFailed("id_token names no Slack team and user")
        name = claims.get("name")
        return Identity(team[:32], user[:32], name[:200] if isinstance(name, str) else None)

    async def verify_id_token(self, id_token: str, nonce: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(id_token)
        except jwt.DecodeError as exc:
            raise SignInFailed("id_token is malformed") from exc
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in ALGORITHMS or not isinstance(kid, str):
            raise SignInFailed("id_token algorithm or key id not acceptable")
        try:
            key = await self.keys.get(kid)
        except (InvalidToken, KeysUnavailable) as exc:
            raise SignInFailed(f"id_token key: {exc}") from exc
        try:
            claims: dict[str, Any] = jwt.decode(
                id_token, key.key, algorithms=[alg], audience=self.config.client_id, issuer=self.config.issuer,
                leeway=30, options={"require": ["iss", "aud", "exp", "iat", "sub", "nonce"]})
        except jwt.PyJWTError as exc:
            raise SignInFailed(f"id_token rejected: {exc}") from exc
        if not hmac.compare_digest(str(claims["nonce"]).encode(), nonce.encode()):
            raise SignInFailed("id_token nonce does not match this sign-in")
        return claims
