"""docker-compose.yml, validated without a docker engine: services, health checks, restart policies,
network exposure, secrets only from env files, and consistency with gateway/gateway.yaml."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway import config, render

REPO = Path(__file__).resolve().parents[2]
SERVICES = {"openresty", "postgres", "redis", "jeeves", "worker", "tokendealer", "certbot"}
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN(?!DEALER_(?:URL|FEED_PEERS))|_KEY|PEPPER|DATABASE_URL|REDIS_URL")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    tree: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    return tree


def dockerfile_env(path: Path) -> dict[str, str]:
    """ENV assignments of a Dockerfile (continuation lines joined)."""
    text = path.read_text().replace("\\\n", " ")
    env: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("ENV "):
            env.update(dict(re.findall(r"(\w+)=(\S+)", line)))
    return env


def test_every_service_is_there_with_health_check_and_restart_policy(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == SERVICES
    for name, svc in services.items():
        assert svc.get("restart") in ("always", "unless-stopped", "on-failure"), name
        test = svc.get("healthcheck", {}).get("test")
        assert isinstance(test, list) and test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name


def test_only_the_edge_publishes_and_only_80_and_443(compose: dict[str, Any]) -> None:
    published = {name: svc["ports"] for name, svc in compose["services"].items() if svc.get("ports")}
    assert list(published) == ["openresty"]
    assert sorted(published["openresty"]) == ["443:443", "80:80"]
    for name, svc in compose["services"].items():
        assert "expose" not in svc and svc.get("network_mode") != "host", name


def test_data_stores_live_on_the_internal_network_only(compose: dict[str, Any]) -> None:
    assert compose["networks"]["internal"]["internal"] is True
    for name in ("postgres", "redis", "tokendealer"):
        assert compose["services"][name]["networks"] == ["internal"], name
    assert "internal" in compose["services"]["openresty"]["networks"]


def test_no_secret_is_written_inline(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        env = svc.get("environment") or {}
        items = env.items() if isinstance(env, dict) else (e.split("=", 1) for e in env)
        inline = [key for key, _ in items if SECRET_NAME.search(key)]
        assert not inline, f"{name}: secrets inline in compose: {inline}; use its env_file"
    text = (REPO / "docker-compose.yml").read_text()
    assert not re.search(r"(password|secret|token)\s*[:=]\s*['\"]?[A-Za-z0-9_\-]{16,}", text, re.I)


def test_env_files_are_ignored_and_examples_hold_no_secrets(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        for env_file in svc.get("env_file", []):
            path = REPO / env_file
            example = path.with_name(path.name + ".example")
            assert example.exists(), f"{name}: {example} missing"
            values = dict(line.split("=", 1) for line in example.read_text().splitlines()
                          if line and not line.startswith("#"))
            for key, value in values.items():
                if SECRET_NAME.search(key):
                    assert "CHANGE_ME" in value, f"{example.name}: {key} must be a placeholder"
            ignored = subprocess.run(["git", "check-ignore", "-q", str(path)], cwd=REPO, check=False)
            assert ignored.returncode == 0, f"{env_file} is not git-ignored"


def test_secret_envs_the_services_need_are_in_their_examples() -> None:
    def keys(name: str) -> set[str]:
        text = (REPO / "deploy" / "env" / f"{name}.env.example").read_text()
        return {line.split("=", 1)[0] for line in text.splitlines() if "=" in line and not line.startswith("#")}

    assert {"DATABASE_URL", "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "REDIS_URL"} <= keys("jeeves")
    assert {"DATABASE_URL", "TOKENDEALER_PEPPER", "TOKENDEALER_KEY_ENCRYPTION_KEY", "REDIS_URL"} <= keys("tokendealer")
    assert {"POSTGRES_PASSWORD", "JEEVES_DB_PASSWORD", "TOKENDEALER_DB_PASSWORD"} <= keys("postgres")


def test_images_are_pinned(compose: dict[str, Any]) -> None:
    images = [svc["image"] for svc in compose["services"].values() if "build" not in svc]
    for path in (REPO / "deploy").rglob("*Dockerfile"):
        images += re.findall(r"^FROM\s+(\S+)", path.read_text(), re.M)
    assert any(i.startswith("openresty/openresty:") for i in images)
    for image in images:
        name, _, tag = image.partition(":")
        assert tag and tag != "latest" and re.search(r"\d", tag), f"{image} is not pinned to a version"


def test_rendered_edge_matches_gateway_yaml_and_compose(compose: dict[str, Any]) -> None:
    """The image renders gateway.yaml with its Dockerfile ENV: upstreams are the compose services on
    the ports gateway.yaml names, and the edge listens on the ports compose publishes."""
    env = dockerfile_env(REPO / "deploy" / "openresty" / "Dockerfile")
    env["GATEWAY_SERVER_NAME"] = "localhost"
    cfg = config.load(env=env)
    base = config.load(env={})
    conf, _edge = render.render(cfg, render.openresty_flavor())
    for service in ("jeeves", "tokendealer"):
        assert env[f"{service.upper()}_HOST"] in compose["services"], service
        port = base["services"][service]["port"]
        assert f"server {service}:{port} " in conf
        command = " ".join(compose["services"][service]["command"])
        assert f"--bind 0.0.0.0:{port}" in command, f"{service} does not listen where the edge sends"
    listens = set(re.findall(r"listen 0\.0\.0\.0:(\d+)", conf))
    container_ports = {p.split(":")[1] for p in compose["services"]["openresty"]["ports"]}
    assert listens == container_ports
    assert "resolver 127.0.0.11" in conf  # cosockets resolve compose names
    redis_port = str(base["services"]["redis"]["port"])
    assert f"--port {redis_port}" in " ".join(compose["services"]["redis"]["command"])
    pg_port = str(base["services"]["postgres"]["port"])
    assert compose["services"]["postgres"]["command"][-1] == pg_port
    for name in ("jeeves", "tokendealer"):
        example = (REPO / "deploy" / "env" / f"{name}.env.example").read_text()
        assert f"@postgres:{pg_port}/" in example and f"@redis:{redis_port}/" in example


def test_make_env_writes_every_env_file_the_compose_needs(tmp_path: Path, compose: dict[str, Any]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_env", REPO / "deploy" / "make_env.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from gateway import secrets

    secrets.ensure(tmp_path)
    files = module.env_files(tmp_path)
    needed = {Path(f).stem for svc in compose["services"].values() for f in svc.get("env_file", [])}
    assert needed == set(files)
    for name, values in files.items():
        example = (REPO / "deploy" / "env" / f"{name}.env.example").read_text()
        assert set(values) == {line.split("=", 1)[0] for line in example.splitlines()
                               if "=" in line and not line.startswith("#")}, name
        assert "CHANGE_ME" not in "".join(values.values())


SECRETS_DIR = "/var/run/gateway/secrets"
# What each service reads from its secrets dir (the code's own lists where it has one).
EDGE_SECRETS = {"slack_signing_secret", "redis_password"}  # lua/slack_signature.lua, lua/ratelimit.lua
NEVER_AT_THE_EDGE = {"postgres_password", "jeeves_db_password", "tokendealer_db_password", "tokendealer_pepper",
                     "tokendealer_key_encryption_key", "admin.json"}


def handed_files(compose: dict[str, Any], service: str) -> dict[str, str]:
    """target file name -> generated secret file name, for the secrets a service is handed."""
    sources = compose.get("secrets") or {}
    handed = {}
    for entry in compose["services"][service].get("secrets") or []:
        assert isinstance(entry, dict) and entry["target"].startswith(SECRETS_DIR + "/"), entry
        handed[entry["target"].rsplit("/", 1)[1]] = Path(sources[entry["source"]]["file"]).name
    return handed


def test_each_service_is_handed_only_the_secret_files_it_reads(compose: dict[str, Any]) -> None:
    from gateway import secrets
    from tokendealer.bootstrap import SEEDED_CLIENTS

    for name, svc in compose["services"].items():
        mounts = [str(volume) for volume in svc.get("volumes") or []]
        assert not any("secrets" in mount for mount in mounts), f"{name} mounts a whole secrets dir: {mounts}"
    for source in (compose.get("secrets") or {}).values():
        assert source["file"].startswith("./deploy/state/secrets/")
        assert Path(source["file"]).name in secrets.GENERATED, source  # make_env generates it
    expected = {
        "openresty": EDGE_SECRETS,
        "tokendealer": set(SEEDED_CLIENTS),
        "jeeves": {"admin.json", "tokendealer_admin_client.json"},
        "worker": {"worker_client.json"},
    }
    for service, files in expected.items():
        handed = handed_files(compose, service)
        assert set(handed) == files, service
        assert all(target == source for target, source in handed.items()), service
    for service in ("postgres", "redis", "certbot"):
        assert not handed_files(compose, service), service


def test_the_edge_gets_no_database_password_pepper_or_key_encryption_key(compose: dict[str, Any]) -> None:
    edge = compose["services"]["openresty"]
    assert not edge.get("env_file") and not NEVER_AT_THE_EDGE & set(handed_files(compose, "openresty").values())
    env = edge.get("environment") or {}
    assert not [key for key in env if SECRET_NAME.search(key)]


def test_jeeves_is_not_reachable_from_the_egress_network(compose: dict[str, Any]) -> None:
    services, networks = compose["services"], compose["networks"]
    outside = {net for net in networks if not (networks[net] or {}).get("internal")}
    for service in ("jeeves", "worker"):
        own = set(services[service]["networks"])
        assert "egress" not in own, service
        for other, svc in services.items():
            if other not in ("jeeves", "worker"):
                shared = own & set(svc.get("networks") or []) & outside
                assert not shared, f"{other} reaches {service} on {shared}"


def test_the_edge_may_read_tokendealers_revocation_feed(compose: dict[str, Any]) -> None:
    """TokenDealer answers /revocations only to its peers: the edge's network must be one of them."""
    import ipaddress

    peers = compose["services"]["tokendealer"]["environment"]["TOKENDEALER_FEED_PEERS"]
    subnet = compose["networks"]["internal"]["ipam"]["config"][0]["subnet"]
    assert "internal" in compose["services"]["openresty"]["networks"]
    assert ipaddress.ip_network(subnet).subnet_of(ipaddress.ip_network(peers))  # type: ignore[arg-type]
