"""Run certbot (certonly, webroot) for the configured domains: the well-kept ACME client does the
protocol; we only build its command line and keep its state below $RUN_DIR/certs/acme/."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from certs.acme.settings import AcmePaths, AcmeSettings

CERTBOT_TIMEOUT = 300.0


@dataclass(frozen=True)
class CertbotResult:
    ok: bool
    returncode: int
    output: str

    def error_summary(self, limit: int = 1500) -> str:
        """The lines that say why (certbot prints the CA's problem document), not its banner."""
        lines = [ln for ln in self.output.splitlines() if ln.strip() and not ln.startswith("Saving debug log")]
        return "\n".join(lines)[-limit:] or f"certbot exited with {self.returncode}"


def certbot_binary() -> str:
    found = shutil.which("certbot") or ("/usr/bin/certbot" if Path("/usr/bin/certbot").exists() else None)
    if not found:
        raise FileNotFoundError("certbot not found: run scripts/setup.sh (apt package certbot)")
    return found


def argv(settings: AcmeSettings, acme: AcmePaths, webroot: Path) -> list[str]:
    args = [
        certbot_binary(), "certonly", "--non-interactive", "--agree-tos",
        "--server", settings.directory_url,
        "--config-dir", str(acme.config_dir), "--work-dir", str(acme.work_dir), "--logs-dir", str(acme.logs_dir),
        "--webroot", "--webroot-path", str(webroot), "--preferred-challenges", "http-01",
        "--cert-name", settings.cert_name, "--key-type", "ecdsa", "--elliptic-curve", "secp256r1",
        # Domains may change in gateway.yaml: certbot then re-issues the lineage with the new set.
        "--expand", "--no-random-sleep-on-renew",
    ]
    args += ["--email", settings.email] if settings.email else ["--register-unsafely-without-email"]
    # The renewer decides what is due (renew_before_days, changed domains, an unusable lineage):
    # when it calls certbot, certbot must not second-guess it with its own 30-day rule.
    args.append("--force-renewal")
    for domain in settings.domains:
        args += ["-d", domain]
    return args


def _env(settings: AcmeSettings) -> dict[str, str]:
    env = dict(os.environ)
    if settings.ca_bundle:
        # certbot (requests) trusts this CA for the ACME server's own TLS, e.g. Pebble's listener.
        env["REQUESTS_CA_BUNDLE"] = settings.ca_bundle
    return env


def _forget_account(settings: AcmeSettings, acme: AcmePaths) -> bool:
    """Move away the stored account for this server (the CA no longer knows it, e.g. a restarted
    Pebble); certbot registers a fresh one on the next run. Returns whether one was there."""
    url = urlsplit(settings.directory_url)
    account_dir = acme.config_dir / "accounts" / url.netloc / url.path.strip("/")
    if not account_dir.exists():
        return False
    account_dir.rename(account_dir.with_name(f"{account_dir.name}.gone-{int(time.time())}"))
    return True


def run(settings: AcmeSettings, acme: AcmePaths, webroot: Path) -> CertbotResult:
    acme.make()
    webroot.mkdir(parents=True, exist_ok=True)
    result = _run_once(settings, acme, webroot)
    if not result.ok and "accountDoesNotExist" in result.output and _forget_account(settings, acme):
        result = _run_once(settings, acme, webroot)
    return result


def _run_once(settings: AcmeSettings, acme: AcmePaths, webroot: Path) -> CertbotResult:
    try:
        done = subprocess.run(argv(settings, acme, webroot), env=_env(settings),  # nosec B603
                              capture_output=True, text=True, timeout=CERTBOT_TIMEOUT, check=False,
                              stdin=subprocess.DEVNULL)
    except OSError as exc:  # certbot missing or not executable: a failure like any other, never a crash
        return CertbotResult(False, -1, f"cannot run certbot: {exc}")
    except subprocess.TimeoutExpired as exc:
        partial = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return CertbotResult(False, -1, f"certbot timed out after {CERTBOT_TIMEOUT:.0f}s: {partial}")
    output = (done.stdout or "") + (done.stderr or "")
    if done.returncode != 0:
        output += _debug_log_errors(acme)
    return CertbotResult(done.returncode == 0, done.returncode, output)


def _debug_log_errors(acme: AcmePaths, keep: int = 6) -> str:
    """The CA's problem documents from certbot's debug log: certbot 2.1 sometimes crashes while
    reporting them (josepy AttributeError) and its console output then hides the real cause."""
    try:
        lines = (acme.logs_dir / "letsencrypt.log").read_text(errors="replace").splitlines()
    except OSError:
        return ""
    errors = [ln for ln in lines if "acme.messages.Error" in ln or ":ERROR:" in ln or "Detail:" in ln]
    return ("\n" + "\n".join(errors[-keep:])) if errors else ""
