"""The SLO gate (`make loadtest`) really judges: it fails on a slow backend and on a missing endpoint,
and passes on a healthy stack of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SLOW_S = 0.3


class SlowBackend(BaseHTTPRequestHandler):
    """/healthz answers at once, /oauth/token after SLOW_S, anything else is 404 (not built)."""

    def _answer(self, status: int, body: dict[str, str]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/healthz":
            self._answer(200, {"status": "ok"})
        else:
            self._answer(404, {"error": "not_found"})

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/oauth/token":
            time.sleep(SLOW_S)
            self._answer(200, {"access_token": "t", "token_type": "Bearer"})
        else:
            self._answer(404, {"error": "not_found"})

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def slow_backend() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowBackend)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fake_secrets(tmp_path: Path) -> Path:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "demo_client.json").write_text(json.dumps({"client_id": "c", "client_secret": "s", "scopes": "read"}))
    (secrets / "slack_signing_secret").write_text("x" * 32)
    return secrets


def quick_slo(tmp_path: Path, enabled: list[str], tools_s: float = 0, **overrides: dict[str, float]) -> Path:
    """loadtests/slo.yaml with short phases and only `enabled` scenarios on; thresholds kept."""
    tree = yaml.safe_load((REPO / "loadtests" / "slo.yaml").read_text())
    tree["run"].update({"users": 4, "calibration_s": 1, "solo_s": 1, "mix_s": 2, "tools_s": tools_s})
    for name, spec in tree["scenarios"].items():
        spec["enabled"] = name in enabled
        spec.update(overrides.get(name, {}))
    tree["abuse"]["enabled"] = False
    path = tmp_path / "slo.yaml"
    path.write_text(yaml.safe_dump(tree))
    return path


def gate(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "loadtests.gate", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, check=False)


def test_gate_fails_when_a_backend_is_slow(tmp_path: Path, slow_backend: str, fake_secrets: Path) -> None:
    slo = quick_slo(tmp_path, ["healthz", "token"], token={"p95_ms": 100, "p99_ms": 200})
    out = tmp_path / "report"
    result = gate("--slo", str(slo), "--base-url", slow_backend, "--secrets", str(fake_secrets),
                  "--out", str(out), "--no-tools")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "token: p95" in result.stdout
    report = json.loads((out / "report.json").read_text())
    assert report["passed"] is False
    assert report["mix"]["token"]["p95_ms"] >= SLOW_S * 1000
    assert report["mix"]["healthz"]["error_rate"] == 0
    for png in ("latency.png", "throughput.png", "status_mix.png"):
        assert (out / png).read_bytes().startswith(b"\x89PNG")


def test_gate_names_a_missing_endpoint_instead_of_pretending(tmp_path: Path, slow_backend: str,
                                                             fake_secrets: Path) -> None:
    slo = quick_slo(tmp_path, ["healthz", "slack_events", "admin"])
    result = gate("--slo", str(slo), "--base-url", slow_backend, "--secrets", str(fake_secrets),
                  "--out", str(tmp_path / "report"), "--no-tools")
    assert result.returncode == 2
    assert "slack_events: the endpoint does not exist yet (404)" in result.stderr
    assert "admin: the endpoint does not exist yet (404)" in result.stderr
    assert "enabled: false" in result.stderr
    assert not (tmp_path / "report" / "report.json").exists()


def test_gate_passes_on_a_healthy_stack_of_its_own(tmp_path: Path) -> None:
    """What `make loadtest` runs (own stack, Molotov and Locust included), with shorter phases."""
    enabled = [name for name, spec in yaml.safe_load((REPO / "loadtests" / "slo.yaml").read_text())["scenarios"]
               .items() if spec["enabled"]]
    out = tmp_path / "report"
    result = gate("--slo", str(quick_slo(tmp_path, enabled, tools_s=2)), "--out", str(out), "--no-abuse")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads((out / "report.json").read_text())
    assert report["passed"] is True
    assert set(report["mix"]) == set(enabled)
    assert report["calibration"]["ok_rps"] > 0
    assert report["tools"]["molotov"]["requests"] > 0
    assert report["tools"]["locust"]["requests"] > 0
    assert (out / "locust_stats.csv").exists()
