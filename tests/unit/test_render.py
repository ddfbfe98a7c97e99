"""gateway.yaml -> nginx.conf rendering, env overrides and validation."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from certs import devca
from gateway import config, render
from gateway.config import ConfigError
from servicekit.runpaths import RunPaths


def test_env_overrides_ports() -> None:
    cfg = config.load(env={"GATEWAY_HTTPS_PORT": "9443", "JEEVES_PORT": "6000"})
    assert cfg["ports"]["https"] == 9443
    assert cfg["ports"]["public_https"] == 9443
    assert cfg["services"]["jeeves"]["port"] == 6000


def test_bad_port_override_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="ports.https"):
        config.load(env={"GATEWAY_HTTPS_PORT": "https"})


def test_route_with_unknown_upstream_is_rejected(tmp_path: Path) -> None:
    cfg = config.load(env={})
    bad = copy.deepcopy(cfg)
    bad["routes"][0]["upstream"] = "nowhere"
    with pytest.raises(ConfigError, match=r'routes.slack_events.upstream: "nowhere" is not a service'):
        config._validate(bad)


def test_the_unrouted_name_is_reserved() -> None:
    bad = copy.deepcopy(config.load(env={}))
    bad["routes"][0]["name"] = "none"
    with pytest.raises(ConfigError, match=r'routes\[0\].name: "none" is reserved'):
        config._validate(bad)


def test_debian_flavour_loads_lua_module_and_every_route_gets_one_location(tmp_path: Path) -> None:
    cfg = config.load(env={})
    text, edge = render.render(cfg, render.debian_flavor(RunPaths(tmp_path)))
    assert "load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;" in text
    for route in cfg["routes"]:
        assert text.count(f"set $edge_route {route['name']};") == 1
    assert '"slack_events"' in edge


def test_openresty_flavour_has_no_load_module_and_uses_http2_directive() -> None:
    text, _ = render.render(config.load(env={}), render.openresty_flavor())
    assert "load_module" not in text
    assert "http2 on;" in text
    assert "user nobody nogroup;" in text


def test_rendered_config_passes_nginx_t(tmp_path: Path) -> None:
    paths = RunPaths(tmp_path / "run")
    paths.make()
    devca.ensure_leaf(paths.certs, ["localhost"])
    conf = render.write_and_test(config.load(env={}), paths)
    assert conf.exists()


@pytest.mark.parametrize("policy", sorted(render.POLICY_PHASES))
def test_every_policy_schema_has_its_lua_module_which_names_it(policy: str) -> None:
    source = (config.REPO_ROOT / "lua" / "edge" / "policies" / f"{policy}.lua").read_text()
    assert f"gateway/policies/{policy}.py" in source.split("\nlocal ", 1)[0]


def test_a_location_gets_lua_only_for_the_phases_its_route_uses() -> None:
    cfg = config.load(env={})
    cfg["routes"] = [
        {"name": "plain", "match": {"prefix": "/plain/"}, "upstream": "jeeves"},
        {"name": "limited", "match": {"prefix": "/limited/"}, "upstream": "jeeves",
         "policies": [{"ratelimit": {"limits": [{"name": "ip", "key": "ip", "rate": "1r/s"}]}}]},
        {"name": "guarded", "match": {"prefix": "/guarded/"}, "upstream": "jeeves", "policies": ["waf", "redirects"]},
    ]
    text, _ = render.render(cfg, render.openresty_flavor())
    blocks = {name: text.split(f"set $edge_route {name};")[1].split("proxy_pass", 1)[0]
              for name in ("plain", "limited", "guarded")}
    assert "access_by_lua" not in blocks["plain"] and "filter_by_lua" not in blocks["plain"]
    assert 'access_by_lua_block { require("edge").access("limited") }' in blocks["limited"]
    assert "header_filter_by_lua" not in blocks["limited"]   # RateLimit headers are add_header lines
    for phase in ("access", "header_filter", "body_filter"):
        assert f'{phase}_by_lua_block {{ require("edge").{phase}("guarded") }}' in blocks["guarded"]
    # every request is counted, whichever location answers it: by its route, or on the error page
    # by the route that failed
    assert 'log_by_lua_block { require("edge").log("plain") }' in blocks["plain"]
    assert text.count('log_by_lua_block { require("edge").log("none") }') == 1
    # the 404 for paths outside every route runs gateway.yaml's `unrouted:` policies (waf) first
    fallback = text.split('"no route for this path"')[0].rsplit("location / {", 1)[1]
    assert 'access_by_lua_block { require("edge").access("none") }' in fallback
    assert text.count('log_by_lua_block { require("edge").log() }') == 1
