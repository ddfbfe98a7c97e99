"""Render gateway.yaml into nginx.conf + the edge's JSON config, and validate with `nginx -t`."""

from __future__ import annotations

import getpass
import json
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from certs.acme import served as acme_served
from certs.acme import settings as acme_settings
from gateway import policies
from gateway.config import REPO_ROOT, UNROUTED
from gateway.waf import crs_compile
from servicekit.runpaths import RunPaths

TEMPLATES = REPO_ROOT / "gateway" / "templates"
DEBIAN_NGINX_MODULES = "/usr/lib/nginx/modules"
# Statuses nginx itself can produce; each gets the JSON error page instead of nginx's HTML.
ERROR_STATUSES = [400, 401, 403, 404, 405, 408, 411, 413, 414, 416, 429, 494, 495, 496, 497,
                  500, 501, 502, 503, 504]
HTTP_SERVICES = ("jeeves", "tokendealer")
# A route's location gets a Lua handler only for the phases its policies use (their schemas say which).
POLICY_PHASES = policies.POLICY_PHASES
PHASES = ("access", "header_filter", "body_filter")
policy_name = policies.policy_name


def route_phases(route: dict[str, Any]) -> list[str]:
    """The Lua phases (of PHASES) a route's location needs, from its policies and route options."""
    needed: set[str] = set()
    for entry in route.get("policies") or []:
        needed.update(POLICY_PHASES[policy_name(entry)])   # known: edge_config checked it first
    if route.get("methods"):
        needed.add("access")           # 405 for the others
    if route.get("response_headers"):
        needed.add("header_filter")    # defaults for responses that lack them
    return [phase for phase in PHASES if phase in needed]


@dataclass(frozen=True)
class Flavor:
    """Where things live for one nginx build: the local Debian nginx or the OpenResty image."""

    name: str
    lua_dir: str
    paths: RunPaths
    foreground: bool
    worker_user: str | None
    http_listen: tuple[str, ...]
    https_listen: tuple[str, ...]
    tls_cert: str
    tls_key: str


def debian_flavor(paths: RunPaths) -> Flavor:
    # Loopback dev stack: workers run as the invoking user so they can read the checkout;
    # the OpenResty image drops to nobody.
    return Flavor(
        name="debian",
        lua_dir=str(REPO_ROOT / "lua"),
        paths=paths,
        foreground=True,
        worker_user=None if getpass.getuser() != "root" else "root root",
        http_listen=("127.0.0.1",),
        https_listen=("127.0.0.1", "[::1]") if _has_ipv6_loopback() else ("127.0.0.1",),
        tls_cert=str(paths.certs / "server.pem"),
        tls_key=str(paths.certs / "server-key.pem"),
    )


def openresty_flavor() -> Flavor:
    paths = RunPaths(Path("/var/run/gateway"))
    return Flavor(
        name="openresty",
        lua_dir="/opt/gateway/lua",
        paths=paths,
        foreground=True,
        worker_user="nobody nogroup",
        # Inside the container; compose publishes only 80/443.
        http_listen=("0.0.0.0",),  # noqa: S104  # nosec B104
        https_listen=("0.0.0.0",),  # noqa: S104  # nosec B104
        tls_cert="/etc/gateway/certs/live/server.pem",
        tls_key="/etc/gateway/certs/live/server-key.pem",
    )


def _has_ipv6_loopback() -> bool:
    import socket

    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


def public_base_url(cfg: dict[str, Any]) -> str:
    """The origin clients see (the JWT issuer TokenDealer signs with, the redirects policy's own host)."""
    public = cfg["ports"]["public_https"]
    return f"https://{cfg['server_name']}" + ("" if public == 443 else f":{public}")


def edge_config(cfg: dict[str, Any], paths: RunPaths) -> dict[str, Any]:
    """What the Lua edge reads at init: routes with their policies resolved through the schemas
    (gateway/policies/), the limits section, health checks. Raises ConfigError on a wrong value."""
    resolved = policies.resolve(cfg, str(paths.secrets), public_base_url(cfg))
    return {
        "server_name": cfg["server_name"],
        "trusted_proxies": cfg.get("trusted_proxies", []),
        "limits": resolved["limits"],
        "secrets_dir": str(paths.secrets),
        "tls": {"hsts_max_age": cfg["tls"]["hsts_max_age"]},
        "public_base_url": public_base_url(cfg),
        # the OWASP CRS rules the WAF runs (lua/edge/waf/crs), compiled there by write_crs
        "crs_file": str(paths.nginx / "crs.json"),
        # PCRE2's match limit for our WAF rules (lua/edge/waf/inspect.lua binds PCRE2 itself)
        "regex_match_limit": cfg["nginx"]["regex_match_limit"],
        "services": {name: {"host": cfg["services"][name]["host"], "port": cfg["services"][name]["port"]}
                     for name in HTTP_SERVICES},
        "health_checks": [
            {"name": name, "host": cfg["services"][name]["host"], "port": cfg["services"][name]["port"],
             "path": cfg["services"][name]["health"]}
            for name in HTTP_SERVICES
        ],
        "readyz": resolved["readyz"],
        "routes": resolved["routes"],
        "unrouted_route": UNROUTED,
    }


def unrouted_policies(cfg: dict[str, Any]) -> list[Any]:
    """The policies of the requests that match no route (gateway.yaml `unrouted:`)."""
    return list((cfg.get("unrouted") or {}).get("policies") or [])


def https_vhosts(cfg: dict[str, Any], flavor: Flavor) -> list[dict[str, Any]]:
    """HTTPS servers by certificate. Locally: the ACME domains get the ACME certificate when it is
    usable (first, so also the default for unknown SNI), server_name keeps the dev CA leaf (health
    checks, `make up`). The OpenResty image serves what its certbot service keeps at fixed paths."""
    if flavor.name != "debian":
        static = acme_served.Served("static", Path(flavor.tls_cert), Path(flavor.tls_key), None, None)
        return [{"server_names": [cfg["server_name"]], "tls": static}]
    settings = acme_settings.load(cfg)
    acme = acme_served.acme_live(settings, flavor.paths)
    local = {"server_names": [cfg["server_name"]], "tls": acme_served.devca_leaf(flavor.paths)}
    if acme is None:
        return [local]
    if cfg["server_name"] in settings.domains:
        return [{"server_names": list(settings.domains), "tls": acme}]
    return [{"server_names": list(settings.domains), "tls": acme}, local]


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701  # nosec B701 - renders nginx config, not HTML
    )


def edge_snippets() -> Any:
    """The macros of edge_locations.j2 (request_id_maps, route_location, response_headers, ...), for
    benchmarks that build their own nginx.conf around the same locations production runs."""
    return _environment().get_template("edge_locations.j2").module


def render(cfg: dict[str, Any], flavor: Flavor) -> tuple[str, str]:
    """Return (nginx.conf text, edge.json text); raises ConfigError on a wrong gateway.yaml value."""
    edge = edge_config(cfg, flavor.paths)
    vhosts = https_vhosts(cfg, flavor)
    env = _environment()
    public = cfg["ports"]["public_https"]
    # Besides the two apps, any service marked `http: true` (e.g. a test upstream) gets an upstream.
    upstreams = {name: svc for name, svc in cfg["services"].items() if name in HTTP_SERVICES or svc.get("http")}
    text = env.get_template("nginx.conf.j2").render(
        cfg=cfg,
        flavor=flavor.name,
        paths=flavor.paths,
        logs=flavor.paths.logs,
        lua_dir=flavor.lua_dir,
        nginx_modules=DEBIAN_NGINX_MODULES,
        foreground=flavor.foreground,
        worker_user=flavor.worker_user,
        http_listen=flavor.http_listen,
        https_listen=flavor.https_listen,
        https_vhosts=vhosts,
        edge_config=flavor.paths.nginx / "edge.json",
        error_statuses=ERROR_STATUSES,
        upstreams=upstreams,
        routes=[{**route, "phases": route_phases(route)} for route in cfg["routes"]],
        unrouted={"name": UNROUTED,
                  "phases": route_phases({"name": UNROUTED, "policies": unrouted_policies(cfg)})},
        error_page_headers=any(route.get("response_headers") for route in cfg["routes"]),
        https_port_suffix="" if public == 443 else f":{public}",
        instance_id=secrets.token_hex(4),
    )
    # For the cert_* gauges of /metrics (lua/edge/lib/tls_status.lua): what is served, and the renewer's status.
    edge["tls"]["certificate"] = vhosts[0]["tls"].summary()
    edge["tls"]["acme_status_file"] = str(acme_settings.AcmePaths.of(flavor.paths).status_file)
    return text, json.dumps(edge, indent=2, sort_keys=True)


def write_crs(cfg: dict[str, Any], paths: RunPaths) -> Path:
    """Compile the installed OWASP CRS for gateway.yaml's WAF settings where edge.json says it is."""
    out = paths.nginx / "crs.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    crs_compile.write_ruleset(cfg, out)
    return out


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        raise FileNotFoundError("nginx binary not found: run scripts/setup.sh (apt package nginx)")
    return found


def write_and_test(cfg: dict[str, Any], paths: RunPaths) -> Path:
    """Render the local (Debian) config into .run/nginx and validate it with nginx -t."""
    paths.make()
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (paths.nginx / "tmp" / sub).mkdir(parents=True, exist_ok=True)
    conf_text, edge_text = render(cfg, debian_flavor(paths))
    conf = paths.nginx / "nginx.conf"
    (paths.nginx / "edge.json").write_text(edge_text)
    write_crs(cfg, paths)
    conf.write_text(conf_text)
    result = subprocess.run(  # nosec B603 - fixed argv, no shell
        [nginx_binary(), "-t", "-q", "-p", str(paths.nginx), "-c", str(conf),
         "-e", str(paths.logs / "gateway-error.log")],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"nginx -t failed for {conf}:\n{result.stderr.strip()}")
    return conf
