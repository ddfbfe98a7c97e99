"""The `acme:` section of gateway.yaml, typed, with ACME_* environment overrides."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from servicekit.runpaths import ConfigError, RunPaths

LETSENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory"

# env var -> key of the acme section (the stack, compose and tests switch ACME on without editing YAML).
ENV_OVERRIDES = {
    "ACME_ENABLED": "enabled",
    "ACME_DIRECTORY_URL": "directory_url",
    "ACME_DOMAINS": "domains",
    "ACME_EMAIL": "email",
    "ACME_RENEW_BEFORE_DAYS": "renew_before_days",
    "ACME_CHECK_INTERVAL": "check_interval",
    "ACME_CA_BUNDLE": "ca_bundle",
}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class AcmeSettings:
    enabled: bool
    directory_url: str
    domains: tuple[str, ...]
    email: str
    renew_before_days: int
    check_interval: int
    ca_bundle: str  # extra CA for the ACME server's own TLS (Pebble); empty: the system's

    @property
    def cert_name(self) -> str:
        """certbot's lineage name: the first domain, as certbot itself would pick."""
        return self.domains[0]


@dataclass(frozen=True)
class AcmePaths:
    root: Path

    @classmethod
    def of(cls, paths: RunPaths) -> AcmePaths:
        return cls(paths.certs / "acme")

    @property
    def config_dir(self) -> Path:
        return self.root / "config"

    @property
    def work_dir(self) -> Path:
        return self.root / "work"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def status_file(self) -> Path:
        return self.root / "status.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "renew.lock"

    def live(self, cert_name: str) -> Path:
        return self.config_dir / "live" / cert_name

    def make(self) -> None:
        for path in (self.root, self.config_dir, self.work_dir, self.logs_dir):
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o700)  # account key and private keys live below


def _bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise ConfigError(f"acme.{name}: expected true/false, got {value!r}")


def _int(name: str, value: Any, minimum: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"acme.{name}: expected an integer, got {value!r}") from exc
    if number < minimum:
        raise ConfigError(f"acme.{name}: must be >= {minimum}, got {number}")
    return number


def _domains(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    domains = tuple(str(item).strip().lower() for item in items if str(item).strip())
    for domain in domains:
        if not domain.replace("-", "").replace(".", "").replace("*", "").isalnum() or " " in domain:
            raise ConfigError(f"acme.domains: not a DNS name: {domain!r}")
    return domains


def load(cfg: Mapping[str, Any], env: Mapping[str, str] | None = None) -> AcmeSettings:
    """Settings from cfg['acme'] with env overrides; raises ConfigError naming the bad field."""
    env = os.environ if env is None else env
    raw: dict[str, Any] = dict(cfg.get("acme") or {})
    for var, key in ENV_OVERRIDES.items():
        if var in env:
            raw[key] = env[var]
    settings = AcmeSettings(
        enabled=_bool("enabled", raw.get("enabled", False)),
        directory_url=str(raw.get("directory_url") or LETSENCRYPT_STAGING),
        domains=_domains(raw.get("domains")),
        email=str(raw.get("email") or ""),
        renew_before_days=_int("renew_before_days", raw.get("renew_before_days", 30), 1),
        check_interval=_int("check_interval", raw.get("check_interval", 43200), 1),
        ca_bundle=str(raw.get("ca_bundle") or ""),
    )
    if settings.enabled and not settings.domains:
        raise ConfigError("acme.domains: ACME is enabled but no domain is configured")
    if not settings.directory_url.startswith("https://"):
        raise ConfigError(f"acme.directory_url: must be https, got {settings.directory_url!r}")
    return settings
