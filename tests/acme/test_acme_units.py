"""ACME pieces without a CA: settings, what is due, which certificate is served, rendering, certbot argv."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

from certs import devca
from certs.acme import certbot, renewer, served, status
from certs.acme import settings as acme_settings
from certs.acme.settings import AcmePaths
from gateway import acme as acme_cli
from gateway import config, render
from servicekit.runpaths import ConfigError, RunPaths

DOMAINS = ("edge.example.test", "www.edge.example.test")
ON = {"ACME_ENABLED": "true", "ACME_DOMAINS": ",".join(DOMAINS), "ACME_DIRECTORY_URL": "https://ca.test/dir"}


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_lineage(paths: RunPaths, names: tuple[str, ...] = DOMAINS, days: float = 90, ocsp: str | None = None,
                 foreign_key: bool = False) -> x509.Certificate:
    """What certbot leaves in live/<first name>/: a leaf from a throwaway issuer, its key, the chain."""
    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Intermediate")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
               .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=days))
               .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False))
    if ocsp:
        builder = builder.add_extension(x509.AuthorityInformationAccess(
            [x509.AccessDescription(AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp))]),
            critical=False)
    leaf = builder.sign(ca_key, hashes.SHA256())
    live = AcmePaths.of(paths).live(names[0])
    live.mkdir(parents=True, exist_ok=True)
    pem = serialization.Encoding.PEM
    (live / "fullchain.pem").write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    (live / "chain.pem").write_bytes(ca.public_bytes(pem))
    (live / "privkey.pem").write_bytes(_key_pem(ec.generate_private_key(ec.SECP256R1()) if foreign_key else key))
    return leaf


def settings(**env: str) -> acme_settings.AcmeSettings:
    return acme_settings.load(config.load(env={}), env={**ON, **env})


def test_acme_is_off_by_default_and_env_switches_it_on() -> None:
    cfg = config.load(env={})
    assert acme_settings.load(cfg, env={}).enabled is False
    on = settings(ACME_RENEW_BEFORE_DAYS="21", ACME_EMAIL="ops@example.test")
    assert on.enabled and on.domains == DOMAINS and on.cert_name == DOMAINS[0]
    assert on.renew_before_days == 21 and on.email == "ops@example.test"


@pytest.mark.parametrize(("env", "field"), [
    ({"ACME_DOMAINS": ""}, "acme.domains"),
    ({"ACME_DOMAINS": "bad domain;rm"}, "acme.domains"),
    ({"ACME_ENABLED": "maybe"}, "acme.enabled"),
    ({"ACME_RENEW_BEFORE_DAYS": "soon"}, "acme.renew_before_days"),
    ({"ACME_RENEW_BEFORE_DAYS": "0"}, "acme.renew_before_days"),
    ({"ACME_DIRECTORY_URL": "http://ca.test/dir"}, "acme.directory_url"),
])
def test_invalid_acme_settings_name_the_field(env: dict[str, str], field: str) -> None:
    with pytest.raises(ConfigError, match=field):
        settings(**env)


def test_only_a_valid_matching_lineage_is_served(tmp_path: Path) -> None:
    paths = RunPaths(tmp_path)
    on = settings()
    assert served.choose(on, paths).source == "devca"  # nothing issued yet
    leaf = make_lineage(paths)
    chosen = served.choose(on, paths)
    assert chosen.source == "acme" and chosen.info and chosen.info.serial == leaf.serial_number
    assert served.choose(settings(ACME_ENABLED="0"), paths).source == "devca"  # ACME off: dev CA
    make_lineage(paths, days=-1)
    assert served.acme_live(on, paths) is None  # expired
    make_lineage(paths, names=(DOMAINS[0],))
    assert served.acme_live(on, paths) is None  # does not cover www.
    make_lineage(paths, foreign_key=True)
    assert served.acme_live(on, paths) is None  # key does not match the certificate


def test_renewal_is_due_when_missing_forced_domains_changed_or_close_to_expiry(tmp_path: Path) -> None:
    paths = RunPaths(tmp_path)
    on = settings()
    assert renewer.is_due(on, None, force=False) == "no usable certificate"
    make_lineage(paths, days=90)
    current = served.acme_live(on, paths)
    assert renewer.is_due(on, current, force=False) is None
    assert renewer.is_due(on, current, force=True) == "forced"
    assert "days left" in (renewer.is_due(settings(ACME_RENEW_BEFORE_DAYS="100"), current, force=False) or "")
    more = settings(ACME_DOMAINS=",".join([*DOMAINS, "api.edge.example.test"]))
    assert renewer.is_due(more, current, force=False) == "configured domains changed"


def _servers(conf: str) -> list[str]:
    return [block for block in conf.split("\n    server {")[1:] if "ssl_certificate " in block]


def test_render_serves_acme_by_sni_keeps_dev_ca_for_localhost_and_staples_only_with_ocsp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = RunPaths(tmp_path)
    devca.ensure_leaf(paths.certs, ["localhost"])
    for var, value in ON.items():
        monkeypatch.setenv(var, value)
    cfg = config.load(env={})

    conf, _ = render.render(cfg, render.debian_flavor(paths))
    assert len(_servers(conf)) == 1 and "ssl_stapling" not in conf  # fallback: dev CA only

    make_lineage(paths)
    conf, edge = render.render(cfg, render.debian_flavor(paths))
    acme_block, local_block = _servers(conf)
    assert f"server_name {' '.join(DOMAINS)};" in acme_block
    assert "live/edge.example.test/fullchain.pem" in acme_block and "ssl_stapling" not in acme_block
    assert f"server_name {cfg['server_name']};" in local_block and "server.pem" in local_block
    assert '"source": "acme"' in edge

    make_lineage(paths, ocsp="http://ocsp.example.test")
    assert render.write_and_test(cfg, paths)  # nginx -t accepts both servers and the stapling set-up
    acme_block = _servers((paths.nginx / "nginx.conf").read_text())[0]
    assert "ssl_stapling on;" in acme_block and "ssl_stapling_verify on;" in acme_block
    assert "live/edge.example.test/chain.pem" in acme_block


def test_certbot_runs_webroot_under_the_run_dir_with_our_domains(tmp_path: Path) -> None:
    acme = AcmePaths.of(RunPaths(tmp_path))
    argv = certbot.argv(settings(), acme, tmp_path / "acme-webroot")
    joined = " ".join(argv)
    assert argv[1] == "certonly" and "--non-interactive" in argv
    assert f"--webroot --webroot-path {tmp_path / 'acme-webroot'}" in joined
    assert f"--config-dir {acme.config_dir}" in joined and "--server https://ca.test/dir" in joined
    assert "-d edge.example.test -d www.edge.example.test" in joined
    assert "--register-unsafely-without-email" in argv
    assert "--email ops@x.test" in " ".join(certbot.argv(settings(ACME_EMAIL="ops@x.test"), acme, tmp_path))


def test_disabled_renewer_does_nothing(tmp_path: Path) -> None:
    paths = RunPaths(tmp_path)
    outcome = renewer.renew(acme_cli.edge(config.load(env={}), paths), paths, settings(ACME_ENABLED="false"))
    assert outcome.result == "disabled" and outcome.ok
    assert not AcmePaths.of(paths).root.exists()


def test_unreachable_ca_on_first_issuance_is_a_recorded_failure_and_the_dev_ca_keeps_serving(tmp_path: Path) -> None:
    paths = RunPaths(tmp_path)
    paths.make()
    devca.ensure_leaf(paths.certs, ["localhost"])
    with socket.socket() as sock:  # a port nobody listens on: connection refused, like a CA outage
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    down = settings(ACME_DIRECTORY_URL=f"https://127.0.0.1:{closed}/dir")
    for attempt in (1, 2):
        outcome = renewer.renew(acme_cli.edge(config.load(env={}), paths), paths, down)
        assert outcome.result == "failed" and "certbot" in outcome.message
        recorded = status.read(paths)
        assert recorded["failures_total"] == attempt and recorded["consecutive_failures"] == attempt
        assert recorded["served"]["source"] == "devca" and recorded["last_error"]
    assert served.choose(down, paths).source == "devca"


def test_reload_uses_the_gateways_callback_and_signals_nothing_when_its_test_fails(tmp_path: Path) -> None:
    """The renewer re-renders through the callback it is given; a failing nginx -t stops the reload."""
    paths = RunPaths(tmp_path)
    paths.make()
    calls = []

    def failing_rerender() -> None:
        calls.append("rerender")
        raise RuntimeError("nginx -t: emerg")

    edge = renewer.Edge(https_port=1, rerender=failing_rerender)
    current = served.Served("acme", tmp_path / "c.pem", tmp_path / "k.pem", None, None)
    with pytest.raises(RuntimeError, match="nginx -t"):
        renewer.reload_nginx(edge, paths, settings(), current)
    assert calls == ["rerender"]
