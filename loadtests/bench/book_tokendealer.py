"""Baselines for bench_tokens, as tiny Quart apps:

- create_book_app(): a minimal port of the book's TokenDealer design ("Python Microservices Development"):
  every request opens and parses the PEM key file (private key to sign, public key to verify), RS512.
- create_trivial_app(): a trivial endpoint, the ceiling for any Quart handler on the same worker.

Key files come from $BOOK_KEY_DIR (privkey.pem, pubkey.pem); clients from $BOOK_CLIENTS ("id:secret,...").
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import jwt
from quart import Quart, jsonify, request


def create_book_app() -> Quart:
    app = Quart(__name__)
    key_dir = Path(os.environ["BOOK_KEY_DIR"])
    clients = dict(pair.split(":", 1) for pair in os.environ.get("BOOK_CLIENTS", "").split(",") if pair)

    @app.post("/oauth/token")
    async def create_token():  # type: ignore[no-untyped-def]
        form = await request.form
        if form.get("grant_type") != "client_credentials":
            return jsonify(error="unsupported_grant_type"), 400
        client_id = form.get("client_id", "")
        if clients.get(client_id) != form.get("client_secret"):
            return jsonify(error="invalid_client"), 401
        now = int(time.time())
        claims = {"iss": "runnerly-tokendealer", "aud": "runnerly.io", "iat": now, "exp": now + 900, "sub": client_id}
        # The design under test: a blocking read and a parse of the key on every request.
        with open(key_dir / "privkey.pem") as handle:  # noqa: ASYNC230
            key = handle.read()
        token = jwt.encode(claims, key, algorithm="RS512")
        return jsonify(access_token=token)

    @app.post("/verify_token")
    async def verify_token():  # type: ignore[no-untyped-def]
        form = await request.form
        with open(key_dir / "pubkey.pem") as handle:  # noqa: ASYNC230
            key = handle.read()
        try:
            claims = jwt.decode(form.get("access_token", ""), key, algorithms=["RS512"], audience="runnerly.io")
        except jwt.PyJWTError as exc:
            return jsonify(error=str(exc)), 400
        return jsonify(claims)

    return app


def create_trivial_app() -> Quart:
    app = Quart(__name__)

    @app.post("/ping")
    async def ping():  # type: ignore[no-untyped-def]
        return jsonify(ok=True)

    return app
