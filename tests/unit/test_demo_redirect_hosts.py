"""gateway.yaml's redirects demo_hosts: the fake Slack's sign-in page is a valid redirect target of
/auth/slack/ in demo mode only, and the key never reaches the rendered edge config."""

from __future__ import annotations

from typing import Any

from gateway import config


def auth_redirects(cfg: dict[str, Any]) -> dict[str, Any]:
    route = next(r for r in cfg["routes"] if r["name"] == "auth_slack")
    conf: dict[str, Any] = next(p["redirects"] for p in route["policies"] if isinstance(p, dict) and "redirects" in p)
    return conf


def test_demo_mode_allows_the_fake_slack_origin_over_http() -> None:
    conf = auth_redirects(config.load(env={"FAKE_SLACK_PORT": "15002"}))
    assert conf["allowed_hosts"] == ["slack.com", "127.0.0.1:15002"] and conf["allow_http"] is True
    assert "demo_hosts" not in conf


def test_real_slack_mode_allows_only_slack_over_https() -> None:
    conf = auth_redirects(config.load(env={"JEEVES_DEMO": "0", "FAKE_SLACK_PORT": "15002"}))
    assert conf == {"allowed_hosts": ["slack.com"]}
