"""A stack of the load tests' own, on free ports in its own RUN_DIR (never collides with `make run`).

It runs gateway.yaml as committed with one difference: loopback is a trusted proxy, so each virtual
user's X-Forwarded-For address is its client IP. Per-IP limits then see many clients, as behind a
load balancer, instead of all load coming from 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from gateway.config import DEFAULT_CONFIG, REPO_ROOT
from loadtests.target import Target

sys.path.insert(0, str(REPO_ROOT / "tests"))
from stackctl import StackHandle, new_stack  # noqa: E402

LOOPBACK_PROXIES = ["127.0.0.1/32", "::1/128"]


def derived_config(run_dir: Path, tweak: Callable[[dict[str, Any]], None] | None = None) -> Path:
    tree = yaml.safe_load(DEFAULT_CONFIG.read_text())
    tree["trusted_proxies"] = sorted(set(tree.get("trusted_proxies") or []) | set(LOOPBACK_PROXIES))
    if tweak:
        tweak(tree)
    path = run_dir / "gateway-loadtest.yaml"
    path.write_text(yaml.safe_dump(tree, sort_keys=False))
    return path


@contextlib.contextmanager
def running(name: str = "loadtest", tweak: Callable[[dict[str, Any]], None] | None = None,
            **env: str) -> Iterator[tuple[StackHandle, Target]]:
    handle = new_stack(name, **env)
    handle.env["GATEWAY_CONFIG"] = str(derived_config(handle.run_dir, tweak))
    print(f"[loadtest] starting a stack of our own in {handle.run_dir} (https port {handle.ports['https']})",
          flush=True)
    handle.start()
    try:
        yield handle, Target(base_url=handle.base_url, secrets_dir=handle.run_dir / "secrets", cafile=handle.ca,
                             spread_ips=True)
    finally:
        handle.stop()
        handle.remove()
