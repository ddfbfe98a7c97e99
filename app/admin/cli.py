"""Admin accounts from the command line.

  python -m app.admin.cli create-admin --username NAME   (password from stdin, or generated and printed)
  python -m app.admin.cli reset-password --username NAME (same; also ends the account's sessions)
  python -m app.admin.cli bootstrap                      (first admin from $RUN_DIR/secrets/admin.json; idempotent)
  python -m app.admin.cli map-slack --username NAME --team T0123 --user U0123
                                                         (NAME may then Sign in with Slack as that Slack user)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import sys
from pathlib import Path

from app.admin import store
from app.db.engine import make_engine, make_sessionmaker


def admin_json_path() -> Path:
    return Path(os.environ.get("RUN_DIR", ".run")) / "secrets" / "admin.json"


async def upsert(username: str, password: str, *, reset_password: bool) -> bool:
    engine = make_engine(os.environ.get("DATABASE_URL", ""), pool_size=1)
    try:
        async with make_sessionmaker(engine).begin() as session:
            changed = await store.upsert_account(session, username, password, reset_password=reset_password)
            action = "cli.reset_password" if reset_password else "cli.create_admin"
            if changed:
                await store.audit(session, "cli", action, store.normalize_username(username))
            return changed
    finally:
        await engine.dispose()


async def bootstrap() -> str:
    """Creates the first admin from admin.json once; never overwrites a password changed since."""
    data = json.loads(admin_json_path().read_text())
    created = await upsert(data["username"], data["password"], reset_password=False)
    return f"admin {data['username']!r} " + ("created" if created else "already exists") + \
        f"; credentials in {admin_json_path()}"


async def map_slack(username: str, team_id: str, user_id: str) -> None:
    from app.account import store as account_store

    engine = make_engine(os.environ.get("DATABASE_URL", ""), pool_size=1)
    try:
        async with make_sessionmaker(engine).begin() as session:
            account = await store.account_by_username(session, username)
            if account is None:
                raise ValueError(f"no admin {username!r}")
            await account_store.map_admin_to_slack(session, account, team_id, user_id)
            await store.audit(session, "cli", "cli.map_slack", account.username,
                              details={"slack": f"{team_id}/{user_id}"})
    finally:
        await engine.dispose()


def _password(args: argparse.Namespace) -> tuple[str, bool]:
    if args.generate:
        return secrets.token_urlsafe(18), True
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("password: "), False
    return sys.stdin.readline().rstrip("\n"), False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.admin.cli", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("create-admin", "reset-password"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--username", required=True)
        cmd.add_argument("--generate", action="store_true", help="generate a password and print it")
    sub.add_parser("bootstrap")
    mapping = sub.add_parser("map-slack")
    mapping.add_argument("--username", required=True)
    mapping.add_argument("--team", required=True, help="Slack team (workspace) id, T...")
    mapping.add_argument("--user", required=True, help="Slack user id, U... or W...")
    args = parser.parse_args(argv)
    try:
        if args.command == "bootstrap":
            print(asyncio.run(bootstrap()))
            return 0
        if args.command == "map-slack":
            if not all(re.fullmatch(r"[A-Z0-9]{2,32}", v) for v in (args.team, args.user)):
                raise ValueError("team and user are Slack ids such as T0123ABC and U0123ABC")
            asyncio.run(map_slack(args.username, args.team, args.user))
            name = store.normalize_username(args.username)
            print(f"admin {name!r} may sign in with Slack as {args.team}/{args.user}")
            return 0
        password, generated = _password(args)
        changed = asyncio.run(upsert(args.username, password, reset_password=args.command == "reset-password"))
    except (ValueError, OSError, KeyError) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 2
    if not changed:
        print(f"admin {args.username!r} already exists (use reset-password to change it)", file=sys.stderr)
        return 1
    print(f"admin {store.normalize_username(args.username)!r} ready" + (f"; password: {password}" if generated else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
