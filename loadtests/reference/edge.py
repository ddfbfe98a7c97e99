"""Our edge as a WAF under test, alone: the production render of gateway.yaml (Stack.prepare, so any
compiled ruleset the render writes is there) with no route, every request running the `unrouted` WAF in
detect mode with threshold 1 and the CRS untuned (every matched rule is logged, nothing is blocked: the
engine's fidelity; or `block`: as configured, for the edge's tuned block rates), then a 404. Only nginx
runs: no service is needed to read the WAF's decisions back from the access log.

    with EdgeWaf(root, paranoia_level=1).start() as edge:
        ... send requests to edge.https_url (X-Request-Id: a unique id per request) ...
        seen = edge.transactions()  # {request id: {"status", "rules": {rule id, ...}}}, access log
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway import config as gw_config
from gateway.policies import waf as waf_schema
from gateway.stack import Stack, http_ok
from gateway.waf import crs_compile
from servicekit.ports import free_port
from servicekit.runpaths import RunPaths

from .process import NginxProcess

WAF_DECISION = "waf="


def decision_rules(decisions: str) -> set[int]:
    """The rule ids of the WAF's token in an access-log `decisions` field ("waf=detect:942100,942190;
    ratelimit:..."): a set, empty when the WAF had nothing to say."""
    rules: set[int] = set()
    for token in decisions.split(";"):
        if token.startswith(WAF_DECISION):
            ids = token.split(":", 1)[1] if ":" in token else ""
            rules.update(int(i) for i in ids.split(",") if i.strip().isdigit())
    return rules


def _has_crs_key(tree: Any) -> bool:
    if isinstance(tree, dict):
        return any("crs" in str(k).lower() or _has_crs_key(v) for k, v in tree.items())
    if isinstance(tree, list):
        return any(_has_crs_key(v) for v in tree)
    return False


def parse_access_log(text: str) -> dict[str, dict[str, Any]]:
    """The edge's JSON access log -> {replayed request id: {"status": int, "rules": set of rule ids}}.
    The edge logs its own request_id; the X-Request-Id the replay sent is its client_request_id."""
    out: dict[str, dict[str, Any]] = {}
    for line in text.split("\n")[:-1]:  # the last piece is a line still being written, or empty
        if line.strip():
            entry = json.loads(line)
            if entry.get("client_request_id"):
                out[entry["client_request_id"]] = {"status": int(entry["status"]),
                                                   "rules": decision_rules(entry.get("decisions", ""))}
    return out


def detect_config(base: dict[str, Any], paranoia_level: int, ports: dict[str, int], block: bool) -> dict[str, Any]:
    """gateway.yaml's config with no route and the WAF on every request: logging all it matches
    (detect mode, threshold 1) or, `block`, as configured (blocked requests log their rules).

    Detect mode measures the engine's fidelity, so the CRS runs untuned, as the reference does: the same
    rules at the same paranoia level (none enabled above it), no exclusion of any kind, and every CRS rule
    that matched is named in the `waf=` decision (its inbound threshold 1: a lone warning is reported too;
    the detection rules 910-944 never read that threshold). `block` gives the edge's tuned verdicts, a
    separate figure."""
    cfg = copy.deepcopy(base)
    cfg["ports"].update(ports)
    cfg["ports"]["public_https"] = ports["https"]
    cfg["routes"] = []
    waf = cfg["security"]["waf"]
    # The CRS settings, where the policy's schema has them (an unknown key is a config error).
    known = waf_schema.FIELDS.fields
    crs = {"paranoia_level": paranoia_level, "executing_paranoia_level": paranoia_level}
    waf.update({k: v for k, v in crs.items() if k in known})
    if block:
        cfg["unrouted"] = {"policies": [{"waf": {"mode": "block"}}]}
    else:
        untuned = {"threshold": 1, "crs_exclusions": [], "exclusions": [], "free_text": [], "crs_enable": [],
                   "restricted_headers": crs_compile.crs_restricted_headers()}
        waf.update({k: v for k, v in untuned.items() if k in known})
        # mode detect blocks nothing; crs_mode block puts the CRS's rules in the same `waf=` decision
        detect = {"mode": "detect", "crs_mode": "block", "threshold": 1}
        cfg["unrouted"] = {"policies": [{"waf": {k: v for k, v in detect.items() if k in known}}]}
    cfg.setdefault("limits", {})["allowlist"] = {"ip": ["127.0.0.1", "::1"], "client_id": []}
    return cfg


@dataclass
class EdgeWaf(NginxProcess):
    root: Path
    paranoia_level: int = 1
    block: bool = False
    base_config: dict[str, Any] = field(default_factory=gw_config.load)
    ports: dict[str, int] = field(default_factory=lambda: {p: free_port() for p in ("http", "https", "metrics")})
    proc: subprocess.Popen[bytes] | None = None

    @property
    def paths(self) -> RunPaths:
        return RunPaths(self.root)

    @property
    def https_url(self) -> str:
        return f"https://localhost:{self.ports['https']}"

    @property
    def ca(self) -> Path:
        return self.paths.certs / "ca.pem"

    @property
    def access_log(self) -> Path:
        return self.paths.logs / "gateway-access.log"

    def edge_json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.paths.nginx / "edge.json").read_text())
        return data

    def runs_crs(self) -> bool:
        """Whether the rendered edge runs the OWASP CRS: a compiled CRS file beside edge.json, or a CRS
        key in it (the render's output, not gateway.yaml's wish; names only, never paths' text)."""
        rendered = self.paths.nginx.rglob("*crs*")
        return any(p.is_file() for p in rendered) or _has_crs_key(self.edge_json())

    def config(self) -> dict[str, Any]:
        return detect_config(self.base_config, self.paranoia_level, self.ports, self.block)

    def prepare(self) -> EdgeWaf:
        """Render and validate (nginx -t) the detect-mode edge, as `make run` would."""
        self.root = self.root.resolve()
        Stack(self.config(), self.paths).prepare()
        self.access_log.unlink(missing_ok=True)
        return self

    def start(self, timeout: float = 30) -> EdgeWaf:
        self.prepare()
        svc = Stack(self.config(), self.paths).nginx()
        self.proc = subprocess.Popen(svc.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True, env={**os.environ, "RUN_DIR": str(self.root)})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"edge nginx exited:\n{self.error_log()}")
            if http_ok(f"{self.https_url}/healthz", self.ca):
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"edge nginx did not answer:\n{self.error_log()}")

    def error_log(self) -> str:
        path = self.paths.logs / "gateway-error.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def transactions(self) -> dict[str, dict[str, Any]]:
        return parse_access_log(self.access_log.read_text(errors="replace")) if self.access_log.exists() else {}

