"""Fixtures for the admin panel: a headless Debian Chromium trusting the dev CA, the stack's admin
credentials, direct SQL on the jeeves database (to age sessions, seed users), screenshots."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import random
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from stackctl import REPO, StackHandle

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / ".run" / "test-artifacts" / "admin"
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def spki_sha256(cert_pem: Path) -> str:
    """What --ignore-certificate-errors-spki-list wants: base64(SHA-256(SubjectPublicKeyInfo DER))."""
    cert = x509.load_pem_x509_certificate(cert_pem.read_bytes())
    der = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


def jeeves_dsn(stack: StackHandle) -> str:
    return f"postgresql://jeeves:{stack.secret('jeeves_db_password')}@127.0.0.1:{stack.ports['postgres']}/jeeves"


def sql(stack: StackHandle, query: str, *args: Any) -> list[asyncpg.Record]:
    async def run() -> list[asyncpg.Record]:
        conn = await asyncpg.connect(jeeves_dsn(stack))
        try:
            return list(await conn.fetch(query, *args))
        finally:
            await conn.close()

    # In a thread of its own: Playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result()


def csrf_of(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match, "no CSRF field in the form"
    return match.group(1)


def new_source_ip() -> str:
    """A loopback source address of its own: the edge's per-IP limits and the app's throttle see a new client."""
    return f"127.{random.randint(10, 250)}.{random.randint(0, 250)}.{random.randint(2, 250)}"


def edge_client(stack: StackHandle, source_ip: str | None = None) -> httpx.Client:
    transport = httpx.HTTPTransport(local_address=source_ip or new_source_ip(), verify=stack.ssl_context())
    return httpx.Client(base_url=stack.base_url, transport=transport, trust_env=False, timeout=30.0)


def login(client: httpx.Client, username: str, password: str, **extra: str) -> httpx.Response:
    token = csrf_of(client.get("/admin/login").text)
    return client.post("/admin/login", data={"csrf_token": token, "username": username, "password": password,
                                             **extra})


@pytest.fixture(scope="session")
def admin_creds(stack: StackHandle) -> dict[str, str]:
    return {k: str(v) for k, v in stack.secret_json("admin.json").items()}


@pytest.fixture
def admin_client(stack: StackHandle, admin_creds: dict[str, str]) -> Iterator[httpx.Client]:
    """An httpx client signed in as the first admin (its own session)."""
    with stack.client() as client:
        resp = login(client, admin_creds["username"], admin_creds["password"])
        assert resp.status_code == 303, resp.text[:500]
        yield client


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


# Module scope: a live sync Playwright keeps an event loop running in this thread, which would
# break every later asyncio test of the session.
@pytest.fixture(scope="module")
def chromium(stack: StackHandle) -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run scripts/setup.sh (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    leaf = stack.run_dir / "certs" / "server.pem"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                  # Trust exactly the stack's leaf key, nothing else: HTTPS errors stay errors.
                  f"--ignore-certificate-errors-spki-list={spki_sha256(leaf)}"],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def page(chromium: Any, stack: StackHandle) -> Iterator[Any]:
    """One browser tab on the stack's edge; `page.console_errors` collects the console's errors."""
    context = chromium.new_context(base_url=stack.base_url, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.console_errors = []
    pg.on("console", lambda msg: msg.type == "error" and pg.console_errors.append(msg.text))
    try:
        yield pg
    finally:
        context.close()


def create_admin(stack: StackHandle, username: str, password: str) -> subprocess.CompletedProcess[str]:
    """The operator's CLI, run for real against the stack's database."""
    env = {**stack.env, "DATABASE_URL": jeeves_dsn(stack).replace("postgresql://", "postgresql+asyncpg://")}
    return subprocess.run([sys.executable, "-m", "app.admin.cli", "create-admin", "--username", username],
                          input=password + "\n", capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=60, check=False)


@pytest.fixture
def fresh_admin(stack: StackHandle) -> Iterator[tuple[str, str]]:
    """A throw-away admin account (for lock-out, expiry and TOTP tests), removed afterwards."""
    username, password = f"ops-{uuid.uuid4().hex[:10]}", f"pw-{uuid.uuid4().hex}"
    result = create_admin(stack, username, password)
    assert result.returncode == 0, result.stderr
    yield username, password
    sql(stack, "DELETE FROM admin_accounts WHERE username = $1", username)
    sql(stack, "DELETE FROM admin_login_attempts WHERE key = $1 OR key LIKE $2", username, f"{username}|%")
