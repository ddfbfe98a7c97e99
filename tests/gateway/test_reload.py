"""`python -m gateway reload` re-renders, validates and reloads nginx without failing in-flight traffic."""

from __future__ import annotations

import subprocess
import sys
import threading

import httpx
import pytest

pytestmark = pytest.mark.stack


def test_reload_under_keepalive_load_drops_nothing(stack) -> None:  # type: ignore[no-untyped-def]
    old_master = int((stack.run_dir / "nginx" / "nginx.pid").read_text())
    statuses: list[int] = []
    errors: list[str] = []
    retried: list[int] = []
    stop = threading.Event()

    def hammer() -> None:
        with stack.client() as client:  # one keep-alive connection per thread
            while not stop.is_set():
                try:
                    statuses.append(client.get("/healthz").status_code)
                except httpx.RemoteProtocolError:
                    # An old worker closed this idle keep-alive connection as the request went out;
                    # RFC 9112 9.3.1 lets clients retry an idempotent request once on a new connection.
                    retried.append(1)
                    try:
                        statuses.append(client.get("/healthz").status_code)
                    except httpx.HTTPError as exc:
                        errors.append(repr(exc))
                except httpx.HTTPError as exc:
                    errors.append(repr(exc))

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        while len(statuses) < 200:
            threading.Event().wait(0.05)
        for _ in range(3):
            result = stack.gateway("reload")
            assert result.returncode == 0, result.stderr
            before = len(statuses)
            while len(statuses) < before + 200:
                threading.Event().wait(0.05)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert errors == []
    assert set(statuses) == {200}
    assert len(retried) <= 3 * 4  # at most one closed idle connection per client per reload
    # A reload keeps the master: it is the same nginx, now on new workers.
    assert int((stack.run_dir / "nginx" / "nginx.pid").read_text()) == old_master


def test_reload_with_invalid_config_keeps_serving(stack, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "gateway.yaml"
    bad.write_text("ports: {http: 1, https: 2, metrics: 3, public_https: 4}\nroutes: [{name: x}]\n")
    env = {**stack.env, "GATEWAY_CONFIG": str(bad)}
    result = subprocess.run([sys.executable, "-m", "gateway", "reload"], env=env, capture_output=True, text=True,
                            check=False, cwd=str(stack.run_dir.parent.parent))
    assert result.returncode != 0
    assert "gateway.yaml" in result.stderr
    with stack.client() as client:
        assert client.get("/healthz").status_code == 200
