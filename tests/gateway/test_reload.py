"""`python -m gateway reload` re-renders, validates and reloads nginx without failing in-flight traffic."""

from __future__ import annotations

import subprocess
import sys

import pytest
from stackctl import KeepAliveLoad

pytestmark = pytest.mark.stack


def test_reload_under_keepalive_load_drops_nothing(stack) -> None:  # type: ignore[no-untyped-def]
    old_master = int((stack.run_dir / "nginx" / "nginx.pid").read_text())
    with KeepAliveLoad(stack.client, lambda client: client.get("/healthz"), threads=4) as load:
        load.wait_for_more(200)
        for _ in range(3):
            result = stack.gateway("reload")
            assert result.returncode == 0, result.stderr
            load.wait_for_more(200)
    assert load.errors == []
    assert set(load.statuses) == {200}
    assert load.retried <= 3 * 4  # at most one closed idle connection per client per reload
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
