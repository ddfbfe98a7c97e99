"""Issue 10 end to end: certbot gets a certificate from Pebble through our gateway's HTTP-01 webroot,
nginx serves it, a forced renewal is hot-reloaded under keep-alive load, a failing CA changes nothing.

One stack of our own (ACME enabled by env) and one Pebble for the module; tests run in file order.
"""

from __future__ import annotations

import json
import re
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from cryptography import x509
from stackctl import REPO, KeepAliveLoad, StackHandle, new_stack

from .pebblectl import Pebble

pytestmark = pytest.mark.stack

DOMAIN = "edge.acme.test"


@dataclass
class AcmeStack:
    stack: StackHandle
    pebble: Pebble
    root: ssl.SSLContext  # trusts only Pebble's root: what a browser trusting the CA would do

    @property
    def status(self) -> dict:  # type: ignore[type-arg]
        path = self.stack.run_dir / "certs" / "acme" / "status.json"
        return json.loads(path.read_text()) if path.exists() else {}

    def served_cert(self) -> x509.Certificate:
        """The certificate a fresh, verifying TLS connection for DOMAIN gets."""
        with socket.create_connection(("127.0.0.1", self.stack.ports["https"]), timeout=5) as raw, \
                self.root.wrap_socket(raw, server_hostname=DOMAIN) as tls:
            der = tls.getpeercert(binary_form=True)
        assert der
        return x509.load_der_x509_certificate(der)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=f"https://127.0.0.1:{self.stack.ports['https']}", verify=self.root,
                            trust_env=False, timeout=10.0, headers={"Host": DOMAIN})

    def get(self, client: httpx.Client, path: str) -> httpx.Response:
        return client.get(path, extensions={"sni_hostname": DOMAIN})

    def acme(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gateway.acme", *args], cwd=REPO,
                              env={**self.stack.env, **env}, capture_output=True, text=True, timeout=120,
                              check=False)

    def metric(self, name: str) -> float | None:
        text = httpx.get(f"http://127.0.0.1:{self.stack.ports['metrics']}/metrics", trust_env=False).text
        found = re.search(rf"^{name} (\S+)$", text, re.M)
        return float(found.group(1)) if found else None


def wait_for(check, what: str, timeout: float = 45.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def acme() -> Iterator[AcmeStack]:
    stack = new_stack("acme")
    pebble = Pebble(stack.run_dir / "pebble", http_port=stack.ports["http"])
    try:
        pebble.start()
        pebble.map_domain(DOMAIN)
        stack.env.update(ACME_ENABLED="1", ACME_DIRECTORY_URL=pebble.directory_url, ACME_DOMAINS=DOMAIN,
                         ACME_CA_BUNDLE=str(pebble.ca_bundle), ACME_CHECK_INTERVAL="3600")
        stack.start()
        root = ssl.create_default_context(cadata=pebble.root_pem().decode())
        yield AcmeStack(stack, pebble, root)
    finally:
        stack.stop()
        pebble.stop()
        stack.remove()


def test_stack_renewer_issues_a_certificate_through_the_gateway_http01_path(acme: AcmeStack) -> None:
    status = wait_for(lambda: acme.status if acme.status.get("last_result") in ("issued", "failed") else None,
                      "the stack's renewer to issue", timeout=60)
    assert status["last_result"] == "issued", (status, acme.pebble.logs())
    # Pebble fetched the token from our nginx's HTTP port (webroot location), not from a side server.
    challenges = [line for line in acme.stack.access_log_until(
                      lambda lines: any(ln["path"].startswith("/.well-known/acme-challenge/") for ln in lines))
                  if line["path"].startswith("/.well-known/acme-challenge/")]
    assert challenges and {line["status"] for line in challenges} == {200}

    cert = acme.served_cert()  # verifies against Pebble's root only, for DOMAIN
    assert f"{cert.serial_number:x}" == status["certificate"]["serial"] == status["served"]["serial"]
    assert status["presented_serial"] == f"{cert.serial_number:x}"
    assert "Pebble Intermediate CA" in cert.issuer.rfc4514_string()
    assert cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(
        x509.DNSName) == [DOMAIN]
    with acme.client() as client:
        page = acme.get(client, "/healthz")
    assert page.status_code == 200 and page.json() == {"status": "ok"}
    assert page.headers["Strict-Transport-Security"].startswith("max-age=")

    # localhost (health checks, operators) keeps the dev CA leaf by SNI.
    with acme.stack.client() as local:
        assert local.get("/healthz").status_code == 200

    shown = json.loads(acme.acme("status").stdout)
    assert shown["serving"]["source"] == "acme" and shown["serving"]["serial"] == f"{cert.serial_number:x}"
    assert shown["renewer"]["last_result"] == "issued"

    acme_dir = acme.stack.run_dir / "certs" / "acme" / "config"
    for key in [*acme_dir.glob("archive/*/privkey*.pem"), *acme_dir.glob("accounts/**/private_key.json")]:
        assert key.stat().st_mode & 0o077 == 0, f"{key} is readable by others"
    wait_for(lambda: acme.metric("cert_acme_served") == 1, "cert_acme_served 1 on /metrics", timeout=15)
    expiry = acme.metric("cert_expiry_seconds")
    assert expiry is not None
    assert abs(expiry - (cert.not_valid_after_utc.timestamp() - time.time())) < 120


def _accounts(acme: AcmeStack) -> list[str]:
    return sorted(p.parent.name for p in
                  (acme.stack.run_dir / "certs" / "acme" / "config" / "accounts").glob("**/private_key.json"))


def test_forced_renewal_serves_a_new_serial_while_keepalive_load_sees_no_errors(acme: AcmeStack) -> None:
    old = acme.served_cert().serial_number
    accounts_before = _accounts(acme)
    assert len(accounts_before) == 1

    not_due = acme.acme("renew")  # Pebble certificates last years: nothing to do, nothing reloaded
    assert not_due.returncode == 0 and "not_due" in not_due.stdout, not_due.stderr

    with KeepAliveLoad(acme.client, lambda client: acme.get(client, "/healthz"), threads=3) as load:
        load.wait_for_more(100)
        renewed = acme.acme("renew", "--force")
        load.wait_for_more(100)  # and it goes on after the reload

    print(f"keep-alive load across the renewal: {len(load.statuses)} requests, {load.retried} retried, "
          f"{len(load.errors)} errors")
    assert renewed.returncode == 0, renewed.stdout + renewed.stderr
    assert "renewed" in renewed.stdout
    new = acme.served_cert().serial_number
    assert new != old
    assert acme.status["served"]["serial"] == f"{new:x}"
    assert load.errors == []
    assert set(load.statuses) == {200} and len(load.statuses) >= 200
    assert load.retried <= 3  # at most one closed idle connection per client
    assert _accounts(acme) == accounts_before  # the account key is reused, not re-registered


def test_renew_without_force_renews_once_fewer_than_renew_before_days_remain(acme: AcmeStack) -> None:
    old = acme.served_cert()
    days_left = (old.not_valid_after_utc.timestamp() - time.time()) / 86400
    due = acme.acme("renew", ACME_RENEW_BEFORE_DAYS=str(int(days_left) + 1))  # Pebble: ~5 years left
    assert due.returncode == 0 and "renewed" in due.stdout, due.stdout + due.stderr
    assert acme.served_cert().serial_number != old.serial_number
    again = acme.acme("renew", ACME_RENEW_BEFORE_DAYS=str(int(days_left) - 1))
    assert again.returncode == 0 and "not_due" in again.stdout


def test_failing_acme_server_leaves_the_old_certificate_serving(acme: AcmeStack) -> None:
    serving = acme.served_cert().serial_number
    failures = acme.status.get("failures_total", 0)

    # 1) The CA answers but HTTP-01 validation fails: the domain no longer resolves to us.
    acme.pebble.unmap_domain(DOMAIN)
    invalid = acme.acme("renew", "--force")
    assert invalid.returncode == 1
    assert acme.served_cert().serial_number == serving
    assert acme.status["last_result"] == "failed"
    assert acme.status["failures_total"] == failures + 1

    # 2) The CA is down altogether.
    acme.pebble.stop()
    down = acme.acme("renew", "--force")
    assert down.returncode == 1
    assert "certbot" in down.stderr
    assert acme.served_cert().serial_number == serving
    status = acme.status
    assert status["failures_total"] == failures + 2 and status["consecutive_failures"] == 2
    assert status["last_error"] and status["presented_serial"] == f"{serving:x}"
    with acme.client() as client:
        assert acme.get(client, "/healthz").status_code == 200
    wait_for(lambda: acme.metric("cert_renewal_failures_total") == failures + 2,
             "cert_renewal_failures_total on /metrics", timeout=15)
    assert "acme_failed" in acme.stack.log_until("acme", "acme_failed") or "acme_failed" in down.stdout
