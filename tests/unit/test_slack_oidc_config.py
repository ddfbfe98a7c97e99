"""Sign in with Slack's endpoints: Slack's own when JEEVES_DEMO=0 (the stack passes SLACK_OIDC_URL and
SLACK_API_URL), client credentials from env first, else from RUN_DIR/secrets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.account.oidc import OidcConfig
from app.config import Settings


def settings(tmp_path: Path, api: str) -> Settings:
    return replace(Settings.from_env(), slack_api_url=api, public_base_url="https://jeeves.example.com",
                   run_dir=tmp_path)


def test_real_slack_endpoints(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SLACK_OIDC_URL", "https://slack.com")
    monkeypatch.setenv("SLACK_CLIENT_ID", "123.456")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "from-env")
    config = OidcConfig.from_env(settings(tmp_path, "https://slack.com/api/"))
    assert config.authorize_url == "https://slack.com/openid/connect/authorize"
    assert config.token_url == "https://slack.com/api/openid.connect.token"
    assert config.jwks_url == "https://slack.com/openid/connect/keys"
    assert config.issuer == "https://slack.com"
    assert config.redirect_uri == "https://jeeves.example.com/auth/slack/callback"
    assert (config.client_id, config.client_secret, config.enabled) == ("123.456", "from-env", True)


def test_credentials_from_run_dir_secrets_or_disabled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SLACK_CLIENT_ID", raising=False)
    monkeypatch.delenv("SLACK_CLIENT_SECRET", raising=False)
    assert not OidcConfig.from_env(settings(tmp_path, "https://slack.com/api/")).enabled
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "slack_client_id").write_text("9.9\n")
    (tmp_path / "secrets" / "slack_client_secret").write_text("s3cret\n")
    config = OidcConfig.from_env(settings(tmp_path, "https://slack.com/api/"))
    assert (config.client_id, config.client_secret, config.enabled) == ("9.9", "s3cret", True)
