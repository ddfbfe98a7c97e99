"""Gateway facts for the admin panel: the limits and policies in force (the rendered edge config)
and the expiry of the certificate the edge serves."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from certs.acme import status as acme
from servicekit.runpaths import RunPaths


@dataclass
class RoutePolicies:
    route: str
    upstream: str
    methods: str
    body_limit: str
    policies: list[tuple[str, list[str]]]  # (policy name, its settings as "k=v ..." lines)


@dataclass
class Certificate:
    path: str
    subject: str
    issuer: str
    not_after: dt.datetime
    days_left: int


def _flatten(conf: Any, prefix: str = "") -> list[str]:
    """Settings as "key=value" strings; a list of tables (e.g. limits) gives one string per table."""
    if isinstance(conf, dict) and set(conf) == {"quota", "window"}:   # a resolved rate
        unit = {1: "s", 60: "m", 3600: "h"}.get(conf["window"])
        return [f"{prefix.rstrip('.')}={conf['quota']}r/{unit}" if unit else f"{prefix.rstrip('.')}={conf}"]
    if isinstance(conf, dict):
        out: list[str] = []
        for key in sorted(conf):
            out += _flatten(conf[key], f"{prefix}{key}.")
        return out
    if isinstance(conf, list) and conf and all(isinstance(item, dict) for item in conf):
        return [f"{prefix.rstrip('.')}[{item.get('name', i)}]: " + " ".join(
            _flatten({k: v for k, v in item.items() if k != "name"})) for i, item in enumerate(conf)]
    if isinstance(conf, list):
        return [f"{prefix.rstrip('.')}={','.join(map(str, conf))}"]
    return [f"{prefix.rstrip('.')}={conf}"]


def _policy(entry: dict[str, Any]) -> tuple[str, list[str]]:
    """edge.json's policy entry {name: conf}, conf resolved by gateway/policies (defaults included)."""
    name, conf = next(iter(entry.items()))
    return str(name), _flatten(conf)


def read_routes(edge_json: Path) -> list[RoutePolicies]:
    try:
        config = json.loads(edge_json.read_text())
    except (OSError, ValueError):
        return []
    routes = []
    for name, route in sorted((config.get("routes") or {}).items()):
        routes.append(RoutePolicies(
            route=name, upstream=str(route.get("upstream", "")), methods=", ".join(route.get("methods") or ["any"]),
            body_limit=str(route.get("client_max_body_size") or "default"),
            policies=[_policy(p) for p in route.get("policies") or []],
        ))
    return routes


def read_certificate(path: Path, now: dt.datetime | None = None) -> Certificate | None:
    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        return None
    now = now or dt.datetime.now(dt.UTC)
    not_after = cert.not_valid_after_utc
    return Certificate(path=str(path), subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string(),
                       not_after=not_after, days_left=(not_after - now).days)


def _certificates(run_dir: Path) -> list[Certificate]:
    found = []
    # The dev CA leaf, and every certificate certbot keeps live (certs/acme: config/live/<name>/).
    acme_live = sorted((run_dir / "certs" / "acme" / "config" / "live").glob("*/fullchain.pem"))
    for path in sorted((run_dir / "certs").glob("*.pem")) + acme_live:
        if "key" in path.name:
            continue
        cert = read_certificate(path)
        if cert is not None:
            found.append(cert)
    return found


def acme_status(run_dir: Path) -> dict[str, Any]:
    """The ACME renewer's last outcome (certs/acme/status.json); {} when ACME never ran here."""
    return acme.read(RunPaths(run_dir))


async def status(run_dir: Path) -> tuple[list[RoutePolicies], list[Certificate]]:
    routes = await asyncio.to_thread(read_routes, run_dir / "nginx" / "edge.json")
    certs = await asyncio.to_thread(_certificates, run_dir)
    return routes, certs
