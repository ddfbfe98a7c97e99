"""Which certificate nginx serves: the ACME one when it is present, unexpired, covers every
configured domain and matches its key; otherwise the dev CA leaf (the fallback of a fresh stack)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import AuthorityInformationAccessOID

from certs.acme.settings import AcmePaths, AcmeSettings
from servicekit.runpaths import RunPaths


@dataclass(frozen=True)
class CertInfo:
    serial: int
    not_after: dt.datetime
    names: tuple[str, ...]
    issuer: str
    ocsp_url: str | None

    def seconds_left(self, now: dt.datetime | None = None) -> float:
        return (self.not_after - (now or dt.datetime.now(dt.UTC))).total_seconds()

    def covers(self, domains: tuple[str, ...]) -> bool:
        return set(domains) <= set(self.names)

    def as_dict(self) -> dict[str, Any]:
        return {"serial": f"{self.serial:x}", "not_after": int(self.not_after.timestamp()),
                "not_after_iso": self.not_after.isoformat(), "names": list(self.names), "issuer": self.issuer}


@dataclass(frozen=True)
class Served:
    """What the rendered nginx.conf points at."""

    source: str  # "acme" or "devca"
    cert: Path   # leaf + intermediates
    key: Path
    chain: Path | None  # issuer chain, for OCSP stapling verification
    info: CertInfo | None

    @property
    def ocsp_stapling(self) -> bool:
        # Stapling only where the issuer runs OCSP (Let's Encrypt dropped it in 2025; Pebble: opt-in).
        return bool(self.source == "acme" and self.info and self.info.ocsp_url and self.chain)

    def summary(self) -> dict[str, Any]:
        return {"source": self.source, **(self.info.as_dict() if self.info else {})}


def cert_info(pem: bytes) -> CertInfo:
    """Facts about the first certificate of a PEM bundle; ValueError when it is not one."""
    cert = x509.load_pem_x509_certificate(pem)
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = tuple(str(n) for n in san.get_values_for_type(x509.DNSName)) + tuple(
            str(ip) for ip in san.get_values_for_type(x509.IPAddress))
    except x509.ExtensionNotFound:
        names = ()
    ocsp = None
    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
        ocsp = next((str(d.access_location.value) for d in aia
                     if d.access_method == AuthorityInformationAccessOID.OCSP), None)
    except x509.ExtensionNotFound:
        pass
    return CertInfo(serial=cert.serial_number, not_after=cert.not_valid_after_utc, names=names,
                    issuer=cert.issuer.rfc4514_string(), ocsp_url=ocsp or None)


def _key_matches(cert_pem: bytes, key_pem: bytes) -> bool:
    cert = x509.load_pem_x509_certificate(cert_pem)
    key = serialization.load_pem_private_key(key_pem, password=None)
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return bool(cert.public_key().public_bytes(*fmt) == key.public_key().public_bytes(*fmt))


def acme_live(settings: AcmeSettings, paths: RunPaths) -> Served | None:
    """certbot's live certificate if it can be served for the configured domains, else None."""
    if not settings.enabled or not settings.domains:
        return None
    live = AcmePaths.of(paths).live(settings.cert_name)
    cert, key, chain = live / "fullchain.pem", live / "privkey.pem", live / "chain.pem"
    try:
        cert_pem, key_pem = cert.read_bytes(), key.read_bytes()
        info = cert_info(cert_pem)
        usable = info.seconds_left() > 0 and info.covers(settings.domains) and _key_matches(cert_pem, key_pem)
    except (OSError, ValueError, TypeError):  # missing, half-written or foreign: not servable
        return None
    return Served("acme", cert, key, chain if chain.exists() else None, info) if usable else None


def devca_leaf(paths: RunPaths) -> Served:
    cert = paths.certs / "server.pem"
    try:
        info: CertInfo | None = cert_info(cert.read_bytes())
    except (OSError, ValueError):  # not created yet (render before prepare, unit tests)
        info = None
    return Served("devca", cert, paths.certs / "server-key.pem", None, info)


def choose(settings: AcmeSettings, paths: RunPaths) -> Served:
    return acme_live(settings, paths) or devca_leaf(paths)
