"""Write deploy/env/*.env (mode 0600, git-ignored) for docker-compose from generated secrets.

    python deploy/make_env.py [--state deploy/state]

Secrets are generated once into <state>/secrets by gateway/secrets.py (the same generator as the
local stack) and mounted read-only into the containers; the env files carry the values services
read from their environment. Nothing secret is ever written into docker-compose.yml.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway import config, secrets  # noqa: E402

HERE = Path(__file__).resolve().parent


def env_files(secret_dir: Path) -> dict[str, dict[str, str]]:
    def s(name: str) -> str:
        return secrets.read(secret_dir, name)

    cfg = config.load(env={})
    pg, redis = cfg["services"]["postgres"]["port"], cfg["services"]["redis"]["port"]
    redis_url = f"redis://:{s('redis_password')}@redis:{redis}/0"
    return {
        "postgres": {"POSTGRES_USER": "postgres", "POSTGRES_PASSWORD": s("postgres_password"),
                     "JEEVES_DB_PASSWORD": s("jeeves_db_password"),
                     "TOKENDEALER_DB_PASSWORD": s("tokendealer_db_password")},
        "redis": {"REDIS_PASSWORD": s("redis_password")},
        "tokendealer": {
            "DATABASE_URL": f"postgresql+asyncpg://tokendealer:{s('tokendealer_db_password')}@postgres:{pg}/tokendealer",
            "REDIS_URL": redis_url, "TOKENDEALER_PEPPER": s("tokendealer_pepper"),
            "TOKENDEALER_KEY_ENCRYPTION_KEY": s("tokendealer_key_encryption_key")},
        "jeeves": {
            "DATABASE_URL": f"postgresql+asyncpg://jeeves:{s('jeeves_db_password')}@postgres:{pg}/jeeves",
            "REDIS_URL": redis_url, "SLACK_SIGNING_SECRET": s("slack_signing_secret"),
            "SLACK_BOT_TOKEN": s("slack_bot_token")},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", type=Path, default=HERE / "state")
    args = parser.parse_args()
    secret_dir = args.state / "secrets"
    secrets.ensure(secret_dir)
    for name, values in env_files(secret_dir).items():
        path = HERE / "env" / f"{name}.env"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write("".join(f"{k}={v}\n" for k, v in values.items()))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
