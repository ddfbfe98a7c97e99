"""A local development CA and the gateway's leaf certificate, made with `cryptography`.

The CA is created once and kept (operators trust .run/certs/ca.pem); the leaf is re-issued when it
is missing, near expiry, or its names no longer match the configured hosts.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from servicekit.private_files import write_private

CA_DAYS = 3650
LEAF_DAYS = 90
RENEW_BEFORE = dt.timedelta(days=30)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _san(hosts: list[str]) -> x509.SubjectAlternativeName:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return x509.SubjectAlternativeName(names)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ensure_ca(directory: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    cert_path, key_path = directory / "ca.pem", directory / "ca-key.pem"
    if cert_path.exists() and key_path.exists():
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)  # nosec B101 - we wrote it
        if cert.not_valid_after_utc - _now() > RENEW_BEFORE:
            return cert, key
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Edge Gateway Dev CA"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "edge-gateway (local development)")])
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    write_private(key_path, _key_pem(key))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert, key


def _leaf_is_current(path: Path, ca: x509.Certificate, hosts: list[str]) -> bool:
    if not path.exists():
        return False
    try:
        leaf = x509.load_pem_x509_certificate(path.read_bytes())
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, x509.ExtensionNotFound):  # unreadable or foreign: issue a fresh one
        return False
    return (leaf.issuer == ca.subject and san == _san(hosts)
            and leaf.not_valid_after_utc - _now() > RENEW_BEFORE)


def ensure_leaf(directory: Path, hosts: list[str]) -> Path:
    """Make sure server.pem (leaf + CA chain) and server-key.pem exist for `hosts`."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = ensure_ca(directory)
    cert_path, key_path = directory / "server.pem", directory / "server-key.pem"
    if _leaf_is_current(cert_path, ca_cert, hosts) and key_path.exists():
        return cert_path
    key = ec.generate_private_key(ec.SECP256R1())
    now = _now()
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=LEAF_DAYS))
        .add_extension(_san(hosts), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    write_private(key_path, _key_pem(key))
    pem = leaf.public_bytes(serialization.Encoding.PEM) + ca_cert.public_bytes(serialization.Encoding.PEM)
    cert_path.write_bytes(pem)
    return cert_path
