"""The reference WAF: ModSecurity v3 (Debian's libnginx-mod-http-modsecurity) with the installed OWASP CRS
in a second nginx of its own, never the edge's, under a run dir, in front of a tiny upstream in the same nginx.

    with ReferenceEngine(root, paranoia_level=1).start() as ref:
        ... send requests to ref.http_url / ref.https_url (X-Request-Id: a unique id per request) ...
        seen = ref.transactions()   # {transaction id: {"status", "rules": {rule id, ...}}}, JSON audit log

Locations: `/static` serves a small file through ModSecurity, `/no_waf` the same file without it (the
benchmark's baseline), anything else is proxied to the upstream, which answers 200.
"""

from __future__ import annotations

import getpass
import json
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from certs import devca
from gateway import render
from servicekit.ports import free_port

from .process import NginxProcess

TEMPLATES = Path(__file__).resolve().parent / "templates"
MODULE = "ngx_http_modsecurity_module.so"
CRS_SETUP = Path("/etc/modsecurity/crs/crs-setup.conf")
CRS_RULES = Path("/usr/share/modsecurity-crs/rules")
CRS_DOC = Path("/usr/share/doc/modsecurity-crs/changelog.Debian.gz")
BODY_LIMIT = 1048576


def missing() -> str | None:
    """Why the reference engine cannot run here (a package is not installed), or None."""
    if not (Path(render.DEBIAN_NGINX_MODULES) / MODULE).exists():
        return f"{MODULE} not installed (apt package libnginx-mod-http-modsecurity)"
    if not (CRS_SETUP.exists() and CRS_RULES.is_dir()):
        return "OWASP CRS not installed (apt package modsecurity-crs)"
    return None


def crs_version() -> str:
    """The installed CRS package's version (dpkg), for the record of a run."""
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "modsecurity-crs"], capture_output=True, text=True,
                         check=False)
    return out.stdout.strip() or "unknown"


def parse_audit_log(text: str) -> dict[str, dict[str, Any]]:
    """ModSecurity v3's JSON audit log (one transaction per line) -> {transaction id: {"status": int,
    "rules": set of rule ids (int) of the messages, i.e. the rules that matched}}."""
    out: dict[str, dict[str, Any]] = {}
    for line in text.split("\n")[:-1]:  # the last piece is a line still being written, or empty
        if not line.strip():
            continue
        tx = json.loads(line)["transaction"]
        rules = {int(m["details"]["ruleId"]) for m in tx.get("messages") or [] if m["details"].get("ruleId")}
        out[tx["unique_id"]] = {"status": int(tx["response"]["http_code"]), "rules": rules}
    return out


@dataclass
class ReferenceEngine(NginxProcess):
    """ModSecurity + CRS at `paranoia_level` in its own nginx under `root`; `audit`: "On" (every
    transaction, for replays) or "RelevantOnly" (only matches: what a deployment logs, for benchmarks)."""

    root: Path
    paranoia_level: int = 1
    workers: int = 1
    audit: str = "On"
    port: int = field(default_factory=free_port)
    tls_port: int = field(default_factory=free_port)
    upstream_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def https_url(self) -> str:
        return f"https://localhost:{self.tls_port}"

    @property
    def ca(self) -> Path:
        return self.root / "certs" / "ca.pem"

    @property
    def audit_log(self) -> Path:
        return self.root / "logs" / "audit.jsonl"

    def render(self) -> Path:
        """Write nginx.conf and modsecurity.conf into root (fresh tmp/logs/www); returns nginx.conf."""
        if self.paranoia_level not in (1, 2, 3, 4):
            raise ValueError(f"paranoia level must be 1-4, not {self.paranoia_level}")
        shutil.rmtree(self.root, ignore_errors=True)
        for sub in ("tmp", "logs", "www"):
            (self.root / sub).mkdir(parents=True)
        (self.root / "www" / "small.json").write_text('{"status":"ok","bench":true}\n')
        devca.ensure_leaf(self.root / "certs", ["localhost", "127.0.0.1"])
        env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, trim_blocks=True,
                          lstrip_blocks=True, keep_trailing_newline=True,
                          autoescape=False)  # noqa: S701  # nosec B701 - nginx/ModSecurity config, not HTML
        values = {"root": self.root, "paranoia_level": self.paranoia_level, "body_limit": BODY_LIMIT,
                  "audit_engine": self.audit, "crs_setup": CRS_SETUP, "crs_rules": CRS_RULES,
                  "crs_version": crs_version(), "modules": render.DEBIAN_NGINX_MODULES, "workers": self.workers,
                  "user": "root root" if getpass.getuser() == "root" else "", "port": self.port,
                  "tls_port": self.tls_port, "upstream_port": self.upstream_port, "certs": self.root / "certs"}
        (self.root / "modsecurity.conf").write_text(env.get_template("modsecurity.conf.j2").render(**values))
        conf = self.root / "nginx.conf"
        conf.write_text(env.get_template("nginx.conf.j2").render(**values))
        return conf

    def start(self, timeout: float = 60) -> ReferenceEngine:
        """Render, validate (nginx -t loads every CRS rule), start, and wait until /no_waf answers."""
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        self.root = self.root.resolve()
        conf = self.render()
        nginx = render.nginx_binary()
        check = subprocess.run([nginx, "-t", "-q", "-p", str(self.root), "-c", str(conf)], capture_output=True,
                               text=True, check=False, timeout=timeout)
        if check.returncode != 0:
            raise RuntimeError(f"reference nginx.conf invalid:\n{check.stderr}")
        self.proc = subprocess.Popen([nginx, "-p", str(self.root), "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"reference nginx exited:\n{self.error_log()}")
            try:
                with urllib.request.urlopen(f"{self.http_url}/no_waf", timeout=1) as resp:  # noqa: S310  # nosec B310
                    if resp.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"reference nginx did not answer:\n{self.error_log()}")

    def error_log(self) -> str:
        path = self.root / "logs" / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def transactions(self) -> dict[str, dict[str, Any]]:
        """Every audited transaction so far: {transaction id: {"status", "rules"}}."""
        return parse_audit_log(self.audit_log.read_text(errors="replace")) if self.audit_log.exists() else {}



CRS_REQUEST_RULE = re.compile(r"^9(?:1\d|2\d|3\d|4[0-4])\d{3}$")


def crs_detection_ids(ids: set[int]) -> set[int]:
    """The CRS request rules that detect something (910000-944999): without the initialisation (901),
    the blocking evaluation (949), response (95x) and correlation (980) rules, which report outcomes."""
    return {i for i in ids if CRS_REQUEST_RULE.match(str(i))}
