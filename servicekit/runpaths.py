"""Where one stack instance keeps its runtime files: shared by the runner (gateway), the ACME renewer
(certs), the services and the tests, so none of them imports another just to find a path."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """A setting (gateway.yaml or an env override) is invalid; the message names the field."""


@dataclass(frozen=True)
class RunPaths:
    """Every runtime path of one stack instance lives below `root` (.run by default)."""

    root: Path

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def secrets(self) -> Path:
        return self.root / "secrets"

    @property
    def certs(self) -> Path:
        return self.root / "certs"

    @property
    def nginx(self) -> Path:
        return self.root / "nginx"

    @property
    def pids(self) -> Path:
        return self.root / "pids"

    @property
    def acme_webroot(self) -> Path:
        return self.root / "acme-webroot"

    def make(self) -> None:
        for path in (self.root, self.logs, self.nginx, self.pids, self.acme_webroot):
            path.mkdir(parents=True, exist_ok=True)
        for path in (self.secrets, self.certs):
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o700)


def run_paths() -> RunPaths:
    """$RUN_DIR, or .run in the checkout."""
    return RunPaths(Path(os.environ.get("RUN_DIR", REPO_ROOT / ".run")).resolve())
