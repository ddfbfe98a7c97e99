"""Locust equivalent of the Molotov mix: headless runs with CSV stats.

    .venv/bin/locust -f loadtests/locustfile.py --headless -u 8 -r 8 -t 10s --csv .run/loadtests/locust

The host comes from the target (LOADTEST_BASE_URL or the RUN_DIR stack); --host overrides it.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from locust import HttpUser, between

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # locust loads this file by path

from loadtests import mix as mixenv  # noqa: E402
from loadtests.scenarios import Context, build  # noqa: E402
from loadtests.target import Target  # noqa: E402

TARGET = Target.from_env()
MIX = mixenv.from_env()
TOKENS = mixenv.tokens_from_env(MIX)


def _task(name: str):  # type: ignore[no-untyped-def]
    def task(user: EdgeUser) -> None:
        spec = build(name, user.ctx)
        with user.client.request(spec.method, spec.path, headers=spec.headers, data=spec.body, name=name,
                                 allow_redirects=False, catch_response=True) as resp:
            if resp.status_code != 200:
                resp.failure(f"{spec.method} {spec.path} -> {resp.status_code}")

    task.__name__ = name
    return task


class EdgeUser(HttpUser):
    host = TARGET.base_url
    wait_time = between(0, 0)  # closed loop, like the gate's users
    tasks = {_task(name): max(1, round(weight * 10)) for name, weight in MIX.items()}

    def on_start(self) -> None:
        # The dev CA, explicitly: with trust_env, REQUESTS_CA_BUNDLE would beat Session.verify.
        self.client.trust_env = False
        self.client.verify = str(TARGET.cafile) if TARGET.cafile else True
        self.ctx = Context(TARGET, TOKENS, user=random.randint(1, 60000))
