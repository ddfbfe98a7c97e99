"""The traffic mix, as data: each scenario builds one HTTP request (method, path, headers, body).

The gate's driver, Molotov and Locust all send these same requests; only the transport differs.
Contracts are DESIGN.md's: Slack events signed with the stack's signing secret, tokens from
TokenDealer with the demo client's credentials (HTTP Basic), the data API with a Bearer token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from loadtests.target import Target

# Where each scenario's requests go (abuse and calibration map these to gateway routes).
PATHS = {"healthz": "/healthz", "slack_events": "/slack/events", "weather": "/slack/events",
         "token": "/oauth/token", "token_flood": "/oauth/token", "api_users": "/api/users", "admin": "/admin/login"}
PLACES = ["Paris", "Berlin", "Lisbon", "Oslo", "Madrid", "Rome", "Vienna", "Dublin"]


@dataclass(frozen=True)
class RequestSpec:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None


@dataclass
class Context:
    """What builders need: the target's secrets, a token for the data API, this virtual user's identity."""

    target: Target
    tokens: tuple[str, ...] = ()   # data API tokens, one per load client
    user: int = 0
    rng: random.Random = field(default_factory=random.Random)
    # Stable per-user client address (abuse run: a key is an IP); False: a fresh one per request,
    # as many distinct clients behind a load balancer would look (capacity runs).
    fixed_ip: bool = False

    @property
    def client_ip(self) -> str:
        if self.fixed_ip:
            return f"10.{(self.user >> 8) & 255}.{self.user & 255}.1"
        return f"10.{self.rng.randrange(256)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"


def slack_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 request signature: HMAC-SHA256 over "v0:{ts}:{body}"."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_slack_event(ctx: Context, text: str) -> RequestSpec:
    event = {
        "token": "unused", "team_id": f"TLOAD{ctx.user % 8}", "api_app_id": "ALOAD",
        "type": "event_callback", "event_id": "Ev" + uuid.uuid4().hex[:16].upper(), "event_time": int(time.time()),
        "event": {"type": "app_mention", "user": f"ULOAD{ctx.user:05d}", "text": f"<@UBOT> {text}",
                  "channel": "CLOAD", "ts": f"{time.time():.6f}"},
    }
    body = json.dumps(event).encode()
    ts = str(int(time.time()))
    return RequestSpec("POST", PATHS["slack_events"], {
        "Content-Type": "application/json", "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": slack_signature(ctx.target.secret("slack_signing_secret"), ts, body),
    }, body)


def healthz(_ctx: Context) -> RequestSpec:
    return RequestSpec("GET", PATHS["healthz"])


def slack_help(ctx: Context) -> RequestSpec:
    return signed_slack_event(ctx, "help")


def weather(ctx: Context) -> RequestSpec:
    return signed_slack_event(ctx, f"weather {ctx.rng.choice(PLACES)}")


def _token_request(client_id: str, client_secret: str) -> RequestSpec:
    basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
    return RequestSpec("POST", PATHS["token"], {
        "Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded",
    }, b"grant_type=client_credentials&scope=read")


def token(ctx: Context) -> RequestSpec:
    creds = ctx.rng.choice(ctx.target.clients())
    return _token_request(creds["client_id"], creds["client_secret"])


def token_flood(ctx: Context) -> RequestSpec:
    """Abuse run only: a flooding key's token request (its own bogus client, so per-client limits
    count the flood against the flooder, not against the legitimate demo client)."""
    return _token_request(f"flood-{ctx.user}", "not-a-secret")


def api_users(ctx: Context) -> RequestSpec:
    bearer = ctx.rng.choice(ctx.tokens) if ctx.tokens else ""
    return RequestSpec("GET", PATHS["api_users"], {"Authorization": f"Bearer {bearer}"})


def admin_page(_ctx: Context) -> RequestSpec:
    return RequestSpec("GET", PATHS["admin"], {"Accept": "text/html"})


# name -> builder; slo.yaml refers to scenarios by these names.
BUILDERS: dict[str, Callable[[Context], RequestSpec]] = {
    "healthz": healthz,
    "slack_events": slack_help,
    "weather": weather,
    "token": token,
    "api_users": api_users,
    "admin": admin_page,
    "token_flood": token_flood,
}
NEEDS_TOKEN = {"api_users"}


def build(name: str, ctx: Context) -> RequestSpec:
    spec = BUILDERS[name](ctx)
    if ctx.target.spread_ips:
        spec.headers["X-Forwarded-For"] = ctx.client_ip
    return spec
