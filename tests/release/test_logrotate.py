"""The production logrotate snippet, run by the real logrotate on a copy of its paths: the access log
is renamed and the process named by nginx.pid is asked to reopen (USR1)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SNIPPET = REPO / "deploy" / "logrotate" / "edge-gateway"
PROD_ROOT = "/var/lib/edge-gateway"


def test_snippet_rotates_nginx_logs_and_signals_the_master_to_reopen(tmp_path: Path) -> None:
    assert shutil.which("logrotate"), "logrotate missing: run scripts/setup.sh"
    root = tmp_path / "run"
    (root / "logs").mkdir(parents=True)
    (root / "nginx").mkdir()
    access = root / "logs" / "gateway-access.log"
    access.write_text('{"status":200}\n')
    (root / "logs" / "jeeves.log").write_text("not nginx's\n")
    reopened = tmp_path / "reopened"
    # Stands in for the nginx master: records USR1 and exits.
    master = subprocess.Popen([sys.executable, "-c",
                               "import signal, sys, pathlib\n"
                               f"signal.signal(signal.SIGUSR1, lambda *_: (pathlib.Path({str(reopened)!r}).touch(),"
                               " sys.exit(0)))\nprint('ready', flush=True)\nsignal.pause()"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert master.stdout is not None and master.stdout.readline() == "ready\n"  # handler installed
        (root / "nginx" / "nginx.pid").write_text(f"{master.pid}\n")
        conf = tmp_path / "edge-gateway"
        conf.write_text(SNIPPET.read_text().replace(PROD_ROOT, str(root)))
        conf.chmod(0o644)
        result = subprocess.run(["logrotate", "--force", "--state", str(tmp_path / "state"), str(conf)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        master.wait(timeout=30)
    finally:
        master.kill()
    assert reopened.exists(), "the master was not asked to reopen its logs"
    assert (root / "logs" / "gateway-access.log.1").read_text() == '{"status":200}\n'  # delaycompress
    assert (root / "logs" / "jeeves.log").read_text() == "not nginx's\n"
    assert not (root / "logs" / "jeeves.log.1").exists()
