"""Where a load run points: the gateway's base URL, the CA that signs it and the stack's secrets.

One place builds TLS contexts and reads credentials, so the gate, Molotov, Locust, the abuse run and
calibration all talk to the stack the same way.
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from gateway.config import REPO_ROOT


@dataclass(frozen=True)
class Target:
    base_url: str
    secrets_dir: Path
    cafile: Path | None = None
    # When the gateway trusts loopback as a proxy, each virtual user sends its own X-Forwarded-For,
    # so per-IP limits see many clients instead of one (what real traffic looks like).
    spread_ips: bool = False

    @classmethod
    def from_run_dir(cls, run_dir: Path | None = None, spread_ips: bool = False) -> Target:
        """The stack in RUN_DIR (default .run): its public HTTPS port comes from gateway config."""
        from gateway import config

        run_dir = Path(run_dir or os.environ.get("RUN_DIR") or REPO_ROOT / ".run")
        cfg = config.load(env={**os.environ, "RUN_DIR": str(run_dir)})
        return cls(base_url=f"https://localhost:{cfg['ports']['https']}", secrets_dir=run_dir / "secrets",
                   cafile=run_dir / "certs" / "ca.pem", spread_ips=spread_ips)

    @classmethod
    def from_env(cls) -> Target:
        """LOADTEST_BASE_URL / LOADTEST_CA / LOADTEST_SECRETS / LOADTEST_SPREAD_IPS, else the RUN_DIR stack.

        The Molotov and Locust runs get their target this way from the process that starts them."""
        base = os.environ.get("LOADTEST_BASE_URL")
        spread = os.environ.get("LOADTEST_SPREAD_IPS") == "1"
        if not base:
            return cls.from_run_dir(spread_ips=spread)
        ca = os.environ.get("LOADTEST_CA")
        secrets = os.environ.get("LOADTEST_SECRETS") or str(REPO_ROOT / ".run" / "secrets")
        return cls(base_url=base.rstrip("/"), secrets_dir=Path(secrets), cafile=Path(ca) if ca else None,
                   spread_ips=spread)

    def env(self) -> dict[str, str]:
        """The inverse of from_env, for child processes (Molotov, Locust)."""
        out = {"LOADTEST_BASE_URL": self.base_url, "LOADTEST_SECRETS": str(self.secrets_dir),
               "LOADTEST_SPREAD_IPS": "1" if self.spread_ips else "0"}
        if self.cafile:
            out["LOADTEST_CA"] = str(self.cafile)
        return out

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.base_url.startswith("https://"):
            return None
        return ssl.create_default_context(cafile=str(self.cafile) if self.cafile else None)

    def secret(self, name: str) -> str:
        return _read(self.secrets_dir / name).strip()

    def secret_json(self, name: str) -> Any:
        return json.loads(_read(self.secrets_dir / name))

    def clients(self) -> list[dict[str, str]]:
        """OAuth clients the load is spread over: load_clients.json (written by ownstack) when present,
        else the demo client. One client alone would measure its per-client limit, not the service."""
        if (self.secrets_dir / LOAD_CLIENTS).exists():
            clients: list[dict[str, str]] = self.secret_json(LOAD_CLIENTS)
            return clients
        return [self.secret_json("demo_client.json")]

    def client(self) -> httpx.Client:
        # trust_env=False: SSL_CERT_FILE/REQUESTS_CA_BUNDLE in the environment must not replace our CA.
        return httpx.Client(base_url=self.base_url, verify=self.ssl_context() or False, trust_env=False,
                            timeout=10.0)


LOAD_CLIENTS = "load_clients.json"


@functools.cache
def _read(path: Path) -> str:
    # Builders run per request: secrets are read once per process, not once per request.
    return path.read_text()


class TokenError(RuntimeError):
    """TokenDealer did not issue a token; the message says what it answered."""


def fetch_tokens(target: Target, scope: str = "read") -> tuple[str, ...]:
    """One token per load client."""
    return tuple(fetch_token(target, creds, scope) for creds in target.clients())


def fetch_token(target: Target, creds: dict[str, str] | None = None, scope: str = "read") -> str:
    """One client-credentials token (HTTP Basic, RFC 6749 section 4.4); the demo client by default."""
    creds = creds or target.secret_json("demo_client.json")
    with target.client() as client:
        # Spread over client IPs like the load itself, so set-up never eats one IP's limit.
        headers = {"X-Forwarded-For": f"10.255.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}"} \
            if target.spread_ips else {}
        resp = client.post("/oauth/token", data={"grant_type": "client_credentials", "scope": scope},
                           auth=(creds["client_id"], creds["client_secret"]), headers=headers)
    if resp.status_code != 200:
        raise TokenError(f"POST /oauth/token answered {resp.status_code}: {resp.text[:200]}")
    token = resp.json().get("access_token")
    if not isinstance(token, str):
        raise TokenError("POST /oauth/token: no access_token in the answer")
    return token
