"""Pure parts of the admin panel: redirects, TOTP (RFC 6238 vectors), password hashes, log parsing, charts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.admin import charts, security, throttle
from app.services import admin_stats


@pytest.mark.parametrize("target,expected", [
    ("/admin/users?q=a", "/admin/users?q=a"), (None, "/admin/"), ("", "/admin/"), ("//x.example", "/admin/"),
    ("https://x.example/admin/", "/admin/"), ("/\\x.example", "/admin/"), ("/admin/\r\nSet-Cookie:x", "/admin/"),
    ("admin/users", "/admin/"), ("/admin/logout", "/admin/"), ("/healthz", "/admin/"),
])
def test_safe_next_accepts_only_local_admin_paths(target: str | None, expected: str) -> None:
    assert security.safe_next(target) == expected


def test_totp_matches_rfc6238_sha1_vectors() -> None:
    import base64

    secret = base64.b32encode(b"12345678901234567890").decode()
    # RFC 6238 appendix B (8 digits); we use the last 6.
    for at, code in ((59, "94287082"), (1111111109, "07081804"), (1234567890, "89005924")):
        assert security.totp_code(secret, at) == code[-6:]
        assert security.totp_verify(secret, code[-6:], at + 29)
    assert not security.totp_verify(secret, "94287082"[-6:], 59 + 120)
    assert not security.totp_verify(secret, "abcdef", 59)


def test_passwords_are_argon2id_and_verify_only_the_right_one() -> None:
    stored = security.hash_password("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert security.verify_password(stored, "correct horse battery")
    assert not security.verify_password(stored, "wrong")
    assert not security.verify_password(None, "anything")
    assert not security.verify_password("not-a-hash", "anything")


def test_access_log_summary_buckets_by_hour_and_counts_decisions(tmp_path: Path) -> None:
    now = dt.datetime(2026, 1, 2, 12, 30, tzinfo=dt.UTC)
    lines = [
        {"time": "2026-01-02T12:10:00+00:00", "status": 200, "route": "slack_events", "client_ip": "1.1.1.1"},
        {"time": "2026-01-02T11:59:59+00:00", "status": 429, "route": "admin", "client_ip": "2.2.2.2",
         "decisions": "ratelimit:login=rejected"},
        {"time": "2026-01-02T11:00:00+00:00", "status": 403, "route": "api", "client_ip": "3.3.3.3",
         "decisions": "waf=block:942100,941100"},
        {"time": "2026-01-02T10:00:00+00:00", "status": 502, "route": "api"},
        {"time": "2025-12-30T10:00:00+00:00", "status": 500, "route": "api"},  # older than 24 h
    ]
    log = tmp_path / "access.log"
    log.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    traffic = admin_stats.summarize(log, now)
    assert traffic.totals == {"requests": 4, "slack_events": 1, "errors": 1, "client_errors": 2,
                              "rate_limited": 1, "waf": 1}
    assert traffic.series["requests"][-1] == 1 and traffic.series["requests"][-2] == 2
    assert traffic.top_limited_keys == [("2.2.2.2 admin", 1)]
    assert sorted(traffic.waf_rules) == [("941100", 1), ("942100", 1)]
    assert admin_stats.parse_decisions("ratelimit:login=rejected;waf=detect:920280") == [
        ("ratelimit", "login", "rejected"), ("waf", "920280", "detect")]
    assert admin_stats.parse_decisions("waf=block:942100;crs=block:942100@ARGS:q|ARGS:json.a,949110@TX:x") == [
        ("waf", "942100", "block"), ("crs", "942100", "block"), ("crs", "949110", "block")]


def test_hourly_chart_scales_bars_to_the_peak() -> None:
    hours = [dt.datetime(2026, 1, 1, h, tzinfo=dt.UTC) for h in range(3)]
    chart = charts.hourly("Requests", [0, 5, 10], hours)
    assert [b.height for b in chart.bars] == [0.0, (charts.HEIGHT - charts.TOP) / 2, charts.HEIGHT - charts.TOP]
    assert chart.total == 15 and chart.peak == 10


def test_gateway_page_data_reads_the_acme_renewers_last_failure(tmp_path: Path) -> None:
    from app.services import admin_gateway
    from certs.acme import status as acme
    from servicekit.runpaths import RunPaths

    assert admin_gateway.acme_status(tmp_path) == {}  # ACME never ran: the page says so
    acme.write(RunPaths(tmp_path), {"last_result": "failed", "last_error": "urn:ietf:params:acme:error:connection",
                                    "consecutive_failures": 2, "failures_total": 3})
    got = admin_gateway.acme_status(tmp_path)
    assert got["last_result"] == "failed" and got["consecutive_failures"] == 2
    assert got["last_error"].endswith("connection")


def test_gateway_page_renders_acme_failures(tmp_path: Path) -> None:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    templates = Path(__file__).resolve().parents[2] / "app" / "admin" / "templates"
    env = Environment(loader=FileSystemLoader(templates), autoescape=select_autoescape())
    env.globals.update(url_for=lambda *a, **k: "/x", csrf_token=lambda: "t")
    source = env.loader.get_source(env, "admin/gateway.html")[0]  # type: ignore[union-attr]
    block = source[source.index("<h2>ACME renewal</h2>"):source.index("{% endblock %}")]
    html = env.from_string(block).render(acme={"last_result": "failed", "last_error": "CA <down>",
                                               "consecutive_failures": 2, "failures_total": 3})
    assert "2 failed attempt(s)" in html and "CA &lt;down&gt;" in html
    assert "not configured" in env.from_string(block).render(acme={})


def test_the_panel_lists_each_route_policies_from_the_resolved_edge_json(tmp_path: Path) -> None:
    from app.services import admin_gateway
    from gateway import config, render
    from servicekit.runpaths import RunPaths

    edge = tmp_path / "edge.json"
    edge.write_text(json.dumps(render.edge_config(config.load(env={}), RunPaths(tmp_path))))
    routes = {r.route: r for r in admin_gateway.read_routes(edge)}
    api = dict(routes["api"].policies)
    assert "limits[per_client]: batch=1 burst=200 key=client_id rate=50r/s" in api["ratelimit"]
    assert "mode=block" in api["waf"] and "threshold=5" in api["waf"]   # defaults shown as in force
    assert routes["none"].policies[0][0] == "waf"


def test_totp_step_refuses_codes_at_or_before_the_last_accepted_step() -> None:
    secret = security.new_totp_secret()
    at = 1_000_000.0
    step = security.totp_step(secret, security.totp_code(secret, at), at)
    assert step == int(at // 30)
    assert security.totp_step(secret, security.totp_code(secret, at), at, after=step) is None
    assert security.totp_step(secret, security.totp_code(secret, at - 30), at, after=step) is None
    assert security.totp_step(secret, security.totp_code(secret, at + 30), at, after=step) == step + 1


def test_account_wide_delay_grows_and_stays_bounded() -> None:
    delays = [throttle.account_delay(n) for n in range(1, 60)]
    assert delays[:throttle.ACCOUNT_FREE] == [0.0] * throttle.ACCOUNT_FREE
    assert delays == sorted(delays) and max(delays) == throttle.ACCOUNT_MAX_DELAY


def test_password_verification_runs_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    import threading

    threads: list[threading.Thread] = []
    monkeypatch.setattr(security, "verify_password",
                        lambda stored, password: threads.append(threading.current_thread()) or True)
    assert asyncio.run(security.verify_password_off_loop("x", "y"))
    assert threads and threads[0] is not threading.main_thread()
