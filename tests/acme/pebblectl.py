"""Pebble (a test ACME CA) and pebble-challtestsrv (its fake DNS) as real local processes.

Pebble validates HTTP-01 on `http_port` of whatever the test domain resolves to; challtestsrv answers
only the A records we add (no default address, no AAAA), so the domain maps to 127.0.0.1 on purpose.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stackctl import free_ports

from certs import devca


@dataclass
class Pebble:
    directory: Path
    http_port: int  # where Pebble's VA fetches /.well-known/acme-challenge/ (our gateway's HTTP port)
    ocsp_url: str = ""
    ports: dict[str, int] = field(default_factory=dict)
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def ca_bundle(self) -> Path:
        """CA of Pebble's own HTTPS listener (not the CA that signs issued certificates)."""
        return self.directory / "tls" / "ca.pem"

    @property
    def directory_url(self) -> str:
        return f"https://localhost:{self.ports['acme']}/dir"

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_bundle))

    def start(self) -> Pebble:
        for binary in ("pebble", "pebble-challtestsrv"):
            if not shutil.which(binary):
                raise RuntimeError(f"{binary} not found: run scripts/setup.sh (apt package pebble)")
        self.directory.mkdir(parents=True, exist_ok=True)
        self.ports = dict(zip(("acme", "management", "dns", "dns_management"), free_ports(4), strict=True))
        devca.ensure_leaf(self.directory / "tls", ["localhost", "127.0.0.1"])
        config = {"pebble": {
            "listenAddress": f"127.0.0.1:{self.ports['acme']}",
            "managementListenAddress": f"127.0.0.1:{self.ports['management']}",
            "certificate": str(self.directory / "tls" / "server.pem"),
            "privateKey": str(self.directory / "tls" / "server-key.pem"),
            "httpPort": self.http_port,
            "tlsPort": free_ports(1)[0],  # tls-alpn-01 is not offered by our client; keep it off 443
            "ocspResponderURL": self.ocsp_url,
            "externalAccountBindingRequired": False,
        }}
        (self.directory / "pebble.json").write_text(json.dumps(config))
        self._spawn("challtestsrv", ["pebble-challtestsrv", "-defaultIPv4", "", "-defaultIPv6", "",
                                     "-http01", "", "-https01", "", "-tlsalpn01", "",
                                     "-dns01", f"127.0.0.1:{self.ports['dns']}",
                                     "-management", f"127.0.0.1:{self.ports['dns_management']}"], {})
        # NOSLEEP: no random 0-15 s VA delay; NONCEREJECT 0: no deliberate badNonce; AUTHZREUSE 0:
        # every order is validated again, so a renewal also goes through our HTTP-01 path.
        env = {"PEBBLE_VA_NOSLEEP": "1", "PEBBLE_WFE_NONCEREJECT": "0", "PEBBLE_AUTHZREUSE": "0"}
        self._spawn("pebble", ["pebble", "-config", str(self.directory / "pebble.json"),
                               "-dnsserver", f"127.0.0.1:{self.ports['dns']}"], env)
        self._wait(lambda: self._get(self.directory_url) is not None, "pebble directory")
        self._wait(self._dns_ready, "challtestsrv management")
        return self

    def _spawn(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        log = open(self.directory / f"{name}.log", "ab")  # noqa: SIM115 - handed to the child
        self.procs.append(subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,  # noqa: S603
                                           stdin=subprocess.DEVNULL, env={**os.environ, **env}))
        log.close()

    def _wait(self, check: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            if any(p.poll() is not None for p in self.procs):
                raise RuntimeError(f"{what}: a pebble process exited:\n{self.logs()}")
            time.sleep(0.1)
        raise RuntimeError(f"{what} not up after {timeout}s:\n{self.logs()}")

    def _get(self, url: str) -> bytes | None:
        try:
            with urllib.request.urlopen(url, timeout=2, context=self._context()) as resp:  # noqa: S310
                return bytes(resp.read())
        except OSError:
            return None

    def _dns_ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.ports['dns_management']}/",  # noqa: S310
                                        timeout=1):
                return True
        except urllib.error.HTTPError:
            return True  # answering (404 on /) is up
        except OSError:
            return False

    def _dns(self, verb: str, body: dict[str, object]) -> None:
        req = urllib.request.Request(f"http://127.0.0.1:{self.ports['dns_management']}/{verb}",
                                     data=json.dumps(body).encode(), method="POST")
        with urllib.request.urlopen(req, timeout=5) as resp:  # noqa: S310
            if resp.status != 200:
                raise RuntimeError(f"challtestsrv {verb}: HTTP {resp.status}")

    def map_domain(self, host: str, address: str = "127.0.0.1") -> None:
        """Make the fake DNS resolve `host` to `address` (only mapped names resolve at all)."""
        self._dns("add-a", {"host": host, "addresses": [address]})

    def unmap_domain(self, host: str) -> None:
        self._dns("clear-a", {"host": host})

    def root_pem(self) -> bytes:
        """The root that signs issued certificates (regenerated by every Pebble start)."""
        pem = self._get(f"https://localhost:{self.ports['management']}/roots/0")
        if not pem:
            raise RuntimeError("pebble /roots/0 did not answer")
        return pem

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
                         for p in sorted(self.directory.glob("*.log")))

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.procs.clear()
