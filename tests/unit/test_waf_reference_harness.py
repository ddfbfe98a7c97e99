"""The WAF replay harness's pure parts (loadtests/reference): the edge's decisions field and access log,
ModSecurity's JSON audit log, the per-request comparison; and the edge's nginx never loads ModSecurity."""

from __future__ import annotations

import json
import re
from pathlib import Path

from gateway import config, render
from loadtests.reference.edge import _has_crs_key, decision_rules, detect_config, parse_access_log
from loadtests.reference.modsec import crs_detection_ids, parse_audit_log
from loadtests.reference.replay import Outcome, compare, rates
from servicekit.runpaths import RunPaths


def audit_line(unique_id: str, status: int, rule_ids: list[str]) -> str:
    messages = [{"message": "m", "details": {"ruleId": r, "severity": "2"}} for r in rule_ids]
    return json.dumps({"transaction": {"unique_id": unique_id, "response": {"http_code": status},
                                       "messages": messages}})


def test_audit_log_gives_each_transaction_its_status_and_rule_ids() -> None:
    text = audit_line("a1", 403, ["942100", "949110", "980130"]) + "\n" + audit_line("b2", 200, []) + "\n"
    assert parse_audit_log(text) == {"a1": {"status": 403, "rules": {942100, 949110, 980130}},
                                     "b2": {"status": 200, "rules": set()}}


def test_audit_log_line_still_being_written_is_not_read() -> None:
    text = audit_line("a1", 200, []) + "\n" + audit_line("b2", 403, ["942100"])[:40]
    assert list(parse_audit_log(text)) == ["a1"]


def test_crs_detection_ids_drop_outcome_rules_and_foreign_ids() -> None:
    ids = {901100, 905100, 911100, 920350, 932100, 942100, 944130, 949110, 959100, 980130, 100001, 1942100}
    assert crs_detection_ids(ids) == {911100, 920350, 932100, 942100, 944130}


def test_decisions_field_yields_the_waf_rules_only() -> None:
    assert decision_rules("waf=detect:942100,942190;concurrency:route=rejected") == {942100, 942190}
    assert decision_rules("ratelimit:per_ip=limited;waf=block:930120") == {930120}
    assert decision_rules("") == set()


def test_access_log_is_keyed_by_the_replayed_request_id() -> None:
    """The edge logs its own request_id; the X-Request-Id the replay sent is client_request_id."""
    lines = [json.dumps({"request_id": "edge-1", "client_request_id": "r-1", "status": 404,
                         "decisions": "waf=detect:941100"}),
             json.dumps({"request_id": "edge-2", "client_request_id": "r-2", "status": 404, "decisions": ""}),
             json.dumps({"request_id": "edge-3", "client_request_id": "", "status": 400, "decisions": ""})]
    assert parse_access_log("\n".join(lines) + "\n") == {"r-1": {"status": 404, "rules": {941100}},
                                                          "r-2": {"status": 404, "rules": set()}}


def outcome(rec_id: str, status: int, rules: set[int] | None, category: str = "sqli") -> Outcome:
    return Outcome({"id": rec_id, "category": category}, status, rules)


def test_comparison_counts_missing_and_extra_rule_ids_per_request() -> None:
    ours = [outcome("a", 404, {942100, 949110}), outcome("b", 404, {941100}), outcome("c", 400, None),
            outcome("d", 404, set())]
    ref = [outcome("a", 403, {942100, 949110, 980130}), outcome("b", 403, {941100, 941160}),
           outcome("c", 400, None), outcome("d", 200, None)]
    result = compare(ours, ref)
    assert (result.identical, result.total) == (2, 4)          # a (outcome rules ignored), c (nginx refused)
    assert result.missing == {941160: 1}
    assert not result.extra
    assert result.differing == ["b", "d"]                      # d: only one engine logged it
    assert result.uninspected == ["c"]
    assert "941160 x1" in result.report()


def test_rates_per_category_and_benign_kind() -> None:
    outs = [outcome("atk-sqli-1", 403, None), outcome("atk-sqli-2", 200, None),
            outcome("ben-fp-1", 403, None, "benign"), outcome("ben-oauth-2", 401, None, "benign")]
    table = rates(outs)
    assert table["sqli"] == {"blocked": 1, "total": 2, "rate": 0.5}
    assert table["benign:ben-fp"]["blocked"] == 1
    assert table["benign"] == {"blocked": 1, "total": 2, "rate": 0.5}


def test_detect_config_runs_the_waf_on_every_request_and_logs_all_it_matches() -> None:
    cfg = detect_config(config.load(env={}), 2, {"http": 1, "https": 2, "metrics": 3}, block=False)
    assert cfg["routes"] == []
    [policy] = cfg["unrouted"]["policies"]
    assert policy["waf"]["mode"] == "detect"
    assert policy["waf"]["threshold"] == 1
    # the CRS's rules join ours in the `waf=` decision the replay reads, even a lone warning
    assert policy["waf"]["crs_mode"] == "block"
    assert cfg["security"]["waf"]["threshold"] == 1
    assert cfg["security"]["waf"].get("paranoia_level", 2) == 2
    assert cfg["ports"]["public_https"] == 2


def test_detect_config_measures_the_crs_untuned() -> None:
    """Fidelity to the reference: no exclusion of gateway.yaml's (global, per route, prose fields), no rule
    enabled above the paranoia level."""
    base = config.load(env={})
    base["security"]["waf"]["crs_exclusions"] = [{"id": 920300}]
    base["security"]["waf"]["free_text"] = ["ARGS:q"]
    base["security"]["waf"]["crs_enable"] = [942310]
    cfg = detect_config(base, 1, {"http": 1, "https": 2, "metrics": 3}, block=False)
    waf = cfg["security"]["waf"]
    assert (waf["crs_exclusions"], waf["exclusions"], waf["free_text"]) == ([], [], [])
    assert waf["crs_enable"] == []     # the reference runs exactly the level's rules
    [policy] = cfg["unrouted"]["policies"]
    assert not {"crs_exclusions", "exclusions", "free_text", "signed_exclusions"} & policy["waf"].keys()


def test_block_config_keeps_the_edge_tuned() -> None:
    base = config.load(env={})
    base["security"]["waf"]["crs_exclusions"] = [{"id": 920300}]
    cfg = detect_config(base, 1, {"http": 1, "https": 2, "metrics": 3}, block=True)
    assert cfg["security"]["waf"]["crs_exclusions"] == [{"id": 920300}]
    assert cfg["unrouted"]["policies"] == [{"waf": {"mode": "block"}}]


def test_edge_nginx_never_loads_modsecurity(tmp_path: Path) -> None:
    """Debian's package drops a modules-enabled symlink; the edge loads only its own modules."""
    text, _ = render.render(config.load(env={}), render.debian_flavor(RunPaths(tmp_path)))
    assert "modsecurity" not in text.lower()
    assert not re.search(r"^\s*include\s+/etc/nginx", text, re.M)
    assert re.findall(r"^\s*load_module\s+(\S+);", text, re.M) == [
        f"{render.DEBIAN_NGINX_MODULES}/ndk_http_module.so", f"{render.DEBIAN_NGINX_MODULES}/ngx_http_lua_module.so"]


def test_a_crs_ruleset_is_recognised_by_its_key_not_by_a_path_that_spells_crs() -> None:
    assert _has_crs_key({"security": {"waf": {"crs": {"rules": []}}}})
    assert _has_crs_key({"routes": [{"policies": [{"waf": {"crs_rules": "x"}}]}]})
    assert not _has_crs_key({"paths": {"logs": "/tmp/test_crs_rule_ids0/logs"}, "waf": {"threshold": 5}})
