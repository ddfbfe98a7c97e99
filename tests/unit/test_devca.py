"""The dev CA and leaf certificate made with cryptography."""

from __future__ import annotations

import ipaddress
import stat
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from certs import devca


def test_leaf_is_signed_by_ca_for_all_local_names(tmp_path: Path) -> None:
    devca.ensure_leaf(tmp_path, ["localhost", "127.0.0.1", "::1"])
    ca = x509.load_pem_x509_certificate((tmp_path / "ca.pem").read_bytes())
    leaf = x509.load_pem_x509_certificates((tmp_path / "server.pem").read_bytes())[0]
    leaf.verify_directly_issued_by(ca)
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["localhost"]
    assert set(san.get_values_for_type(x509.IPAddress)) == {ipaddress.ip_address("127.0.0.1"),
                                                           ipaddress.ip_address("::1")}
    assert isinstance(leaf.public_key(), ec.EllipticCurvePublicKey)


def test_private_keys_are_0600(tmp_path: Path) -> None:
    devca.ensure_leaf(tmp_path, ["localhost"])
    for name in ("ca-key.pem", "server-key.pem"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600


def test_second_run_keeps_certificates_and_new_names_reissue_the_leaf(tmp_path: Path) -> None:
    devca.ensure_leaf(tmp_path, ["localhost"])
    ca_before = (tmp_path / "ca.pem").read_bytes()
    leaf_before = (tmp_path / "server.pem").read_bytes()
    devca.ensure_leaf(tmp_path, ["localhost"])
    assert (tmp_path / "server.pem").read_bytes() == leaf_before
    devca.ensure_leaf(tmp_path, ["localhost", "edge.test"])
    assert (tmp_path / "server.pem").read_bytes() != leaf_before
    assert (tmp_path / "ca.pem").read_bytes() == ca_before
