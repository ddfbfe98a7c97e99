"""Fuzzing fixtures: a stack of its own, its service ports and a real access token from its TokenDealer."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest
from stackctl import StackHandle, new_stack


@pytest.fixture(scope="session")
def stack() -> Iterator[StackHandle]:
    """A stack of its own: fuzzing with write credentials changes users and switches that other tests read."""
    with new_stack("fuzz").start() as handle:
        yield handle


def service_url(stack: StackHandle, service: str) -> str:
    return f"http://127.0.0.1:{stack.ports[service]}"


def fetch_token(stack: StackHandle, scope: str = "read write") -> str:
    creds = stack.secret_json("demo_client.json")
    with httpx.Client(base_url=service_url(stack, "tokendealer"), trust_env=False, timeout=10.0) as td:
        resp = td.post("/oauth/token", data={"grant_type": "client_credentials", "scope": scope},
                       auth=(creds["client_id"], creds["client_secret"]))
    resp.raise_for_status()
    return str(resp.json()["access_token"])


def demo_client_basic(stack: StackHandle) -> dict[str, str]:
    """The demo client's credentials as TokenDealer's client endpoints take them (HTTP Basic)."""
    creds = stack.secret_json("demo_client.json")
    basic = base64.b64encode(f"{creds['client_id']}:{creds['client_secret']}".encode()).decode()
    return {"Authorization": f"Basic {basic}"}


@pytest.fixture(scope="session")
def bearer(stack: StackHandle) -> str:
    return fetch_token(stack)


@pytest.fixture
def jeeves(stack: StackHandle, bearer: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=service_url(stack, "jeeves"), trust_env=False, timeout=30.0,
                      headers={"Authorization": f"Bearer {bearer}"}) as client:
        yield client


@pytest.fixture
def tokendealer(stack: StackHandle) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=service_url(stack, "tokendealer"), trust_env=False, timeout=30.0) as client:
        yield client
