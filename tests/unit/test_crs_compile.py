"""The CRS compiler over the installed Debian rule files, and the waf-tune proposal."""

from __future__ import annotations

import json

import pytest

from gateway import config as gw_config
from gateway.policies import waf as waf_policy
from gateway.waf import crs_compile, tune

pytestmark = pytest.mark.skipif(not crs_compile.CRS_DIR.is_dir(), reason="modsecurity-crs is not installed")


def rule(ruleset: dict, rule_id: int) -> dict:
    return next(r for phase in ruleset["phases"] for r in phase if r["id"] == rule_id)


@pytest.fixture(scope="module")
def pl1() -> tuple[dict, list[crs_compile.Outcome]]:
    return crs_compile.compile_crs(crs_compile.Settings(paranoia_level=1))


def test_every_request_rule_up_to_pl2_has_an_outcome_with_a_reason(pl1: tuple) -> None:
    _, outcomes = pl1
    seen = {o.rule_id: o for o in outcomes}
    for phase_rule in crs_compile.load_rules()[0]:
        if isinstance(phase_rule, crs_compile.Rule):
            assert phase_rule.id in seen
    for o in outcomes:
        assert o.status in ("compiled", "render-time", "skipped", "unsupported")
        if o.status in ("skipped", "unsupported"):
            assert o.reason
    report = crs_compile.report(outcomes)
    assert "942100" in report and "request-side CRS rules at PL<=2" in report


def test_paranoia_level_selects_rules(pl1: tuple) -> None:
    ruleset, outcomes = pl1
    status = {o.rule_id: o.status for o in outcomes}
    assert status[942100] == "compiled" and status[942110] == "skipped"    # 942110 is PL2
    pl2, outcomes2 = crs_compile.compile_crs(crs_compile.Settings(paranoia_level=2))
    assert {o.rule_id: o.status for o in outcomes2}[942110] == "compiled"
    assert pl2["tx"]["paranoia_level"] == "2"


def test_scores_data_files_and_exclusions_are_resolved(pl1: tuple) -> None:
    ruleset, _ = pl1
    sqli = rule(ruleset, 942100)
    assert sqli["links"][0]["op"] == "detectSQLi"
    assert {"n": "anomaly_score_pl1", "op": "+", "v": "5"} in sqli["links"][0]["setvar"]   # CRITICAL
    assert {"c": "REQUEST_COOKIES", "re": "__utm"} in sqli["links"][0]["excl"]
    lfi = rule(ruleset, 930120)    # @pmFromFile lfi-os-files.data, read at render time
    assert lfi["links"][0]["op"] == "pm" and "etc/passwd" in lfi["links"][0]["arg"]
    assert rule(ruleset, 949110)["deny"] is True
    assert json.loads(json.dumps(ruleset)) == ruleset


def test_waf_tune_proposes_rule_and_target_pairs_with_counts() -> None:
    lines = [
        json.dumps({"route": "api", "decisions": "crs=detect:932150@ARGS:q,949110@TX:anomaly_score"}),
        json.dumps({"route": "api", "decisions": "waf=block:932150;crs=block:932150@ARGS:q|ARGS:json.name"}),
        json.dumps({"route": "admin", "decisions": "ratelimit:per_ip=ok"}),
        "not json",
    ]
    proposal = tune.propose(lines)
    assert proposal == {"api": [(932150, "ARGS:q", 2), (932150, "ARGS:json.name", 1)]}
    text = tune.render_yaml(proposal)
    assert '- {id: 932150, target: "ARGS:q"}   # 2 hits' in text


def test_waf_tune_proposes_exclusions_for_our_own_rules() -> None:
    lines = [
        json.dumps({"route": "api", "decisions": "waf=detect:131200;own=detect:131200@ARGS:redirect_uri"}),
        json.dumps({"route": "api", "decisions":
                    "waf=block:131200,142100;own=block:131200@ARGS:redirect_uri,142100@REQUEST_COOKIES:p"}),
    ]
    proposal = tune.propose(lines)
    assert proposal == {"api": [(131200, "ARGS:redirect_uri", 2), (142100, "REQUEST_COOKIES:p", 1)]}
    assert '- {id: 131200, target: "ARGS:redirect_uri"}   # 2 hits' in tune.render_yaml(proposal)


def test_crs_enable_runs_a_rule_above_the_level_and_scores_it_at_the_level() -> None:
    ruleset, outcomes = crs_compile.compile_crs(crs_compile.Settings(paranoia_level=1, enabled=frozenset({942310})))
    status = {o.rule_id: o for o in outcomes}
    assert status[942310].status == "compiled" and "crs_enable" in status[942310].reason
    assert status[942110].status == "skipped"       # the rest of PL2 stays off
    chained = rule(ruleset, 942310)
    assert chained["pl"] == 1
    setvars = [s for link in chained["links"] for s in link.get("setvar", [])]
    assert {"n": "anomaly_score_pl1", "op": "+", "v": "5"} in setvars
    assert not any(s["n"] == "anomaly_score_pl2" for s in setvars)
    assert "942310" in crs_compile.report(outcomes)


def test_crs_enable_names_request_side_detection_rules_only() -> None:
    with pytest.raises(ValueError, match="949110"):
        crs_compile.compile_crs(crs_compile.Settings(paranoia_level=1, enabled=frozenset({949110})))
    # at or below the level: runs anyway, the list stays valid when paranoia_level is raised
    pl2, _ = crs_compile.compile_crs(crs_compile.Settings(paranoia_level=2, enabled=frozenset({942310})))
    assert rule(pl2, 942310)["pl"] == 2


def test_gateway_yaml_enables_only_rules_above_its_level() -> None:
    cfg = gw_config.load()
    settings = crs_compile.settings_from_config(cfg)
    paranoia = {r.id: r.paranoia for r in crs_compile.load_rules()[0] if isinstance(r, crs_compile.Rule)}
    assert settings.enabled and all(paranoia[i] > settings.paranoia_level for i in settings.enabled)


def test_restricted_headers_are_the_crs_list_but_accept_charset() -> None:
    crs = crs_compile.crs_restricted_headers()
    assert "content-encoding" in crs and "accept-charset" in crs
    assert [h for h in crs if h != "accept-charset"] == waf_policy.RESTRICTED_HEADERS


def test_a_route_above_the_level_has_its_rules_compiled_and_the_949_sum_read_per_request() -> None:
    ruleset, outcomes = crs_compile.compile_crs(crs_compile.Settings(paranoia_level=1, route_levels=frozenset({2})))
    status = {o.rule_id: o.status for o in outcomes}
    assert status[942110] == "compiled" and rule(ruleset, 942110)["pl"] == 2
    # TX:PARANOIA_LEVEL is the request's route's: 949061 adds the PL2 score per request, not at render time
    assert status[949061] == "compiled" and status[949062] == "compiled"
    assert ruleset["paranoia_level"] == 1 and ruleset["executing_paranoia_level"] == 1
    assert rule(ruleset, 942100)["pl"] == 1


def test_route_paranoia_levels_come_from_the_routes_waf_policies() -> None:
    cfg = {"routes": [{"name": "a", "policies": ["waf"]}, {"name": "b", "policies": [{"waf": {"paranoia_level": 2}}]},
                      {"name": "c", "policies": [{"waf": {"paranoia_level": 3}}]}],
           "unrouted": {"policies": [{"waf": {"mode": "detect"}}]}}
    assert crs_compile.route_paranoia_levels(cfg) == frozenset({2, 3})
    assert crs_compile.route_paranoia_levels({"routes": []}) == frozenset()
