"""A stack of the load tests' own, on free ports in its own RUN_DIR (never collides with `make run`).

It runs gateway.yaml as committed with one difference: loopback is a trusted proxy, so each virtual
user's X-Forwarded-For address is its client IP. Per-IP limits then see many clients, as behind a
load balancer, instead of all load coming from 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from gateway.config import DEFAULT_CONFIG, REPO_ROOT
from loadtests.target import LOAD_CLIENTS, Target

sys.path.insert(0, str(REPO_ROOT / "tests"))
from stackctl import StackHandle, new_stack  # noqa: E402

LOOPBACK_PROXIES = ["127.0.0.1/32", "::1/128"]
LOAD_CLIENT_COUNT = 8


def derived_config(run_dir: Path, tweak: Callable[[dict[str, Any]], None] | None = None) -> Path:
    tree = yaml.safe_load(DEFAULT_CONFIG.read_text())
    tree["trusted_proxies"] = sorted(set(tree.get("trusted_proxies") or []) | set(LOOPBACK_PROXIES))
    if tweak:
        tweak(tree)
    path = run_dir / "gateway-loadtest.yaml"
    path.write_text(yaml.safe_dump(tree, sort_keys=False))
    return path


def create_load_clients(handle: StackHandle, count: int = LOAD_CLIENT_COUNT) -> Path:
    """OAuth clients for the load (TokenDealer's operator CLI), so per-client limits see several
    clients, as in production, instead of measuring the demo client's own limit."""
    password = handle.secret("tokendealer_db_password")
    env = {**handle.env, "DATABASE_URL": f"postgresql+asyncpg://tokendealer:{password}@127.0.0.1:"
                                          f"{handle.ports['postgres']}/tokendealer"}
    procs = [subprocess.Popen([sys.executable, "-m", "tokendealer.cli", "clients", "create", f"load-{i}",
                               "--scopes", "read", "--description", "load tests"], cwd=REPO_ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(1, count + 1)]
    clients = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"creating a load client failed: {err.strip()[-500:]}")
        created = json.loads(out)
        clients.append({"client_id": created["client_id"], "client_secret": created["client_secret"]})
    path = handle.run_dir / "secrets" / LOAD_CLIENTS
    path.write_text(json.dumps(clients))
    path.chmod(0o600)
    return path


@contextlib.contextmanager
def running(name: str = "loadtest", tweak: Callable[[dict[str, Any]], None] | None = None,
            **env: str) -> Iterator[tuple[StackHandle, Target]]:
    handle = new_stack(name, **env)
    handle.env["GATEWAY_CONFIG"] = str(derived_config(handle.run_dir, tweak))
    print(f"[loadtest] starting a stack of our own in {handle.run_dir} (https port {handle.ports['https']})",
          flush=True)
    try:
        handle.start()
        if (REPO_ROOT / "tokendealer" / "cli.py").exists():
            create_load_clients(handle)
        yield handle, Target(base_url=handle.base_url, secrets_dir=handle.run_dir / "secrets", cafile=handle.ca,
                             spread_ips=True)
    finally:
        handle.stop()
        handle.remove()
