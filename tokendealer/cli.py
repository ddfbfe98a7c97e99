"""Operator CLI (DATABASE_URL and secrets from env, else from the files in $RUN_DIR/secrets):

  python -m tokendealer.cli clients create ID [--scopes "read write"] [--audiences jeeves] [--description ..]
  python -m tokendealer.cli clients {list | disable ID | enable ID | rotate-secret ID}
  python -m tokendealer.cli keys create [--alg ES256|RS256] [--activate]
  python -m tokendealer.cli keys {list | activate KID [--force] | retire KID [--force]}

Rotation: `keys create` publishes a key in the JWKS without signing with it; after the JWKS cache
lifetime, `keys activate KID` makes it sign (the old key becomes retiring, still published); once the
longest token lifetime has passed, `keys retire OLD_KID` removes the old key from the JWKS.
Secrets are printed once, on stdout, as JSON; only their HMAC is stored.
`clients disable` refuses, for good, every token the client holds: `enable` lets it obtain new ones only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from tokendealer.config import MAX_TOKEN_TTL, Settings, SettingsError
from tokendealer.db.engine import make_engine
from tokendealer.services import keystore
from tokendealer.services.clients import ClientError, ClientRegistry


def _settings() -> Settings:
    settings = Settings.from_env()  # DATABASE_URL from env, else the stack's $RUN_DIR/secrets file
    settings.require_secrets()
    return settings


def _print(data: Any) -> None:
    print(json.dumps(data, indent=2, default=str))


async def run_clients(args: argparse.Namespace, settings: Settings) -> None:
    engine = make_engine(settings.database_url)
    registry = ClientRegistry(engine, settings.pepper, settings.audiences, cache_ttl=0)
    try:
        if args.action == "list":
            _print([c.public() for c in await registry.list()])
        elif args.action == "create":
            info, secret = await registry.create(args.client_id, args.scopes, args.audiences or
                                                 settings.default_audience, args.description, args.grant_types)
            _print({**info.public(), "client_secret": secret})
        elif args.action in ("disable", "enable"):
            _print((await registry.set_active(args.client_id, args.action == "enable")).public())
        elif args.action == "rotate-secret":
            info, secret = await registry.rotate_secret(args.client_id)
            _print({**info.public(), "client_secret": secret})
    finally:
        await engine.dispose()


async def run_keys(args: argparse.Namespace, settings: Settings) -> None:
    engine = make_engine(settings.database_url)
    try:
        if args.action == "list":
            _print(await keystore.list_keys(engine))
        elif args.action == "create":
            jwk = await keystore.create_key(engine, keystore.KeyCipher(settings.key_encryption_key),
                                            args.alg or settings.signing_alg)
            result: dict[str, Any] = {"kid": jwk["kid"], "alg": jwk["alg"], "state": keystore.PUBLISHED}
            if args.activate:
                result["previous"] = await keystore.activate(engine, jwk["kid"], settings.jwks_max_age, args.force)
                result["state"] = keystore.ACTIVE
            _print(result)
        elif args.action == "activate":
            previous = await keystore.activate(engine, args.kid, settings.jwks_max_age, args.force)
            _print({"kid": args.kid, "state": keystore.ACTIVE, "previous": previous})
        elif args.action == "retire":
            await keystore.retire(engine, args.kid, settings.token_ttl if not args.max_ttl else args.max_ttl,
                                  args.force)
            _print({"kid": args.kid, "state": keystore.RETIRED})
    finally:
        await engine.dispose()


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m tokendealer.cli", description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    groups = root.add_subparsers(dest="group", required=True)
    clients = groups.add_parser("clients").add_subparsers(dest="action", required=True)
    clients.add_parser("list")
    create = clients.add_parser("create")
    create.add_argument("client_id")
    create.add_argument("--scopes", default="read")
    create.add_argument("--audiences", default=None, help="space-separated (default: the default audience)")
    create.add_argument("--description", default="")
    create.add_argument("--grant-types", default="client_credentials",
                        help='"" for a client that may only introspect/revoke')
    for action in ("disable", "enable", "rotate-secret"):
        clients.add_parser(action).add_argument("client_id")
    keys = groups.add_parser("keys").add_subparsers(dest="action", required=True)
    keys.add_parser("list")
    kcreate = keys.add_parser("create")
    kcreate.add_argument("--alg", choices=["ES256", "RS256"], default=None)
    kcreate.add_argument("--activate", action="store_true", help="sign with it at once (first key only)")
    kcreate.add_argument("--force", action="store_true", help="skip the pre-publish wait")
    activate = keys.add_parser("activate")
    activate.add_argument("kid")
    activate.add_argument("--force", action="store_true", help="skip the pre-publish wait")
    retire = keys.add_parser("retire")
    retire.add_argument("kid")
    retire.add_argument("--force", action="store_true", help="retire even if its tokens may still be valid")
    retire.add_argument("--max-ttl", type=int, default=0, help=f"longest token lifetime issued (<= {MAX_TOKEN_TTL})")
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = _settings()
        asyncio.run((run_clients if args.group == "clients" else run_keys)(args, settings))
    except (ClientError, keystore.KeyError_, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
