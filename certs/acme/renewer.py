"""Issue or renew when due, then validate and hot-reload nginx; on failure keep the old certificate.

Due: no usable ACME certificate yet, fewer than renew_before_days left, the configured domains
changed, or forced. After certbot succeeds the new certificate is checked (parses, covers the
domains, matches its key), the gateway's callback re-renders nginx.conf and tests it (`nginx -t`),
and the master gets SIGHUP: new workers serve the new certificate, old ones finish their requests.
Any failure leaves the running nginx and its certificate untouched and is counted in status.json.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import signal
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import structlog
from cryptography import x509

from certs.acme import certbot, served, status
from certs.acme.settings import AcmePaths, AcmeSettings
from servicekit.runpaths import RunPaths

log = structlog.get_logger("acme")
LOCK_TIMEOUT = 600.0
RETRY_AFTER_FAILURE = 3600


@dataclass(frozen=True)
class Edge:
    """The gateway as the renewer sees it: the port it answers TLS on, and its own callback that
    re-renders nginx.conf and runs nginx -t (raising RuntimeError when the test fails)."""

    https_port: int
    rerender: Callable[[], object]


@dataclass(frozen=True)
class Outcome:
    result: str  # disabled | not_due | issued | renewed | failed
    message: str

    @property
    def ok(self) -> bool:
        return self.result != "failed"


def is_due(settings: AcmeSettings, current: served.Served | None, force: bool) -> str | None:
    """Why a certificate must be requested now, or None when the current one is good."""
    if force:
        return "forced"
    if current is None or current.info is None:
        return "no usable certificate"
    if not current.info.covers(settings.domains):
        return "configured domains changed"
    days_left = current.info.seconds_left() / 86400
    if days_left < settings.renew_before_days:
        return f"{days_left:.1f} days left (< {settings.renew_before_days})"
    return None


@contextlib.contextmanager
def _exclusive(acme: AcmePaths) -> Iterator[None]:
    """One renewer at a time per run dir (the stack's loop and an operator's command may overlap)."""
    acme.make()
    fd = os.open(acme.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another renewer holds {acme.lock_file}") from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)


def nginx_pid(paths: RunPaths) -> int | None:
    try:
        pid = int((paths.nginx / "nginx.pid").read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def served_serial(https_port: int, server_name: str, timeout: float = 2.0) -> int | None:
    """Serial of the certificate nginx presents for `server_name` right now (no trust check: this
    only identifies which certificate is live)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # nosec B501 - identification only, nothing is sent
    try:
        with socket.create_connection(("127.0.0.1", https_port), timeout=timeout) as raw, \
                context.wrap_socket(raw, server_hostname=server_name) as tls:
            der = tls.getpeercert(binary_form=True)
    except OSError:
        return None
    return x509.load_der_x509_certificate(der).serial_number if der else None


def reload_nginx(edge: Edge, paths: RunPaths, settings: AcmeSettings, expect: served.Served) -> str:
    """Render + nginx -t, SIGHUP the master, and wait until the new certificate is presented."""
    edge.rerender()  # raises RuntimeError when nginx -t fails: nothing reloaded
    pid = nginx_pid(paths)
    if pid is None:
        return "nginx not running: the new certificate is served from its next start"
    os.kill(pid, signal.SIGHUP)  # graceful: old workers finish in-flight and keep-alive requests
    want = expect.info.serial if expect.info else None
    # Until an old worker has handled its shutdown signal it may still accept a connection: one new
    # answer is not yet "serving", a few in a row are.
    deadline, in_a_row = time.monotonic() + 15, 0
    while time.monotonic() < deadline:
        in_a_row = in_a_row + 1 if served_serial(edge.https_port, settings.cert_name) == want else 0
        if in_a_row == 3:
            return f"nginx (pid {pid}) reloaded, serving serial {want:x}"
        time.sleep(0.2)
    raise RuntimeError(f"nginx (pid {pid}) reloaded but still not presenting serial {want!r} after 15s")


def _record(edge: Edge, paths: RunPaths, settings: AcmeSettings, outcome: Outcome,
            live: served.Served | None) -> None:
    previous = status.read(paths)
    presented = served_serial(edge.https_port, settings.cert_name) if nginx_pid(paths) else None
    now = status.now_iso()
    failed = outcome.result == "failed"
    current = served.choose(settings, paths)
    data = {
        **previous,
        "enabled": settings.enabled,
        "directory_url": settings.directory_url,
        "domains": list(settings.domains),
        "renew_before_days": settings.renew_before_days,
        "last_check": now,
        "last_result": outcome.result,
        "last_message": outcome.message,
        "certificate": live.summary() if live else None,
        "served": current.summary(),  # what the next render picks
        "presented_serial": f"{presented:x}" if presented is not None else None,  # what nginx serves now
        "failures_total": int(previous.get("failures_total", 0)) + (1 if failed else 0),
        "consecutive_failures": int(previous.get("consecutive_failures", 0)) + 1 if failed else 0,
        "next_check": (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=settings.check_interval))
        .isoformat(timespec="seconds"),
    }
    if failed:
        data.update(last_failure=now, last_error=outcome.message)
    elif outcome.result in ("issued", "renewed"):
        data.update(last_success=now)
    status.write(paths, data)


def renew(edge: Edge, paths: RunPaths, settings: AcmeSettings, force: bool = False) -> Outcome:
    """One renewal check; never raises for ACME/nginx trouble: the outcome says what happened."""
    if not settings.enabled:
        return Outcome("disabled", "acme.enabled is false: the dev CA certificate is served")
    acme = AcmePaths.of(paths)
    with _exclusive(acme):
        before = served.acme_live(settings, paths)
        reason = is_due(settings, before, force)
        if reason is None:
            assert before is not None and before.info is not None  # nosec B101 - is_due checked both
            outcome = Outcome("not_due", f"certificate good until {before.info.not_after:%Y-%m-%d}")
            _record(edge, paths, settings, outcome, before)
            return outcome
        log.info("acme_request", reason=reason, domains=list(settings.domains), server=settings.directory_url)
        outcome = _obtain_and_reload(edge, paths, settings, acme, before)
        _record(edge, paths, settings, outcome, served.acme_live(settings, paths))
    if outcome.ok:
        log.info("acme_done", result=outcome.result, message=outcome.message)
    else:
        log.error("acme_failed", error=outcome.message, kept_serving=served.choose(settings, paths).summary())
    return outcome


def _obtain_and_reload(edge: Edge, paths: RunPaths, settings: AcmeSettings, acme: AcmePaths,
                       before: served.Served | None) -> Outcome:
    result = certbot.run(settings, acme, paths.acme_webroot)
    if not result.ok:
        return Outcome("failed", f"certbot: {result.error_summary()}")
    after = served.acme_live(settings, paths)
    if after is None or after.info is None:
        return Outcome("failed", "certbot succeeded but the live certificate is not servable "
                                 "(expired, wrong names or key mismatch)")
    if before and before.info and after.info.serial == before.info.serial:
        return Outcome("failed", f"certbot succeeded but the certificate did not change (serial {after.info.serial:x})")
    try:
        message = reload_nginx(edge, paths, settings, after)
    except (RuntimeError, FileNotFoundError) as exc:
        return Outcome("failed", f"reload: {exc}")
    return Outcome("renewed" if before else "issued", message)


def loop(edge: Edge, paths: RunPaths, settings: AcmeSettings) -> None:
    """The stack's scheduler: check now, then every check_interval seconds (until SIGTERM); after a
    failure retry within the hour, so a short CA outage does not cost a whole interval."""
    while True:
        ok = False
        try:
            ok = renew(edge, paths, settings).ok
        except TimeoutError as exc:
            log.error("acme_lock", error=str(exc))
        except Exception:  # the scheduler outlives any one bad check; the next one may succeed
            log.exception("acme_check_crashed")
        time.sleep(settings.check_interval if ok else min(settings.check_interval, RETRY_AFTER_FAILURE))
