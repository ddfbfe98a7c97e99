"""slo.yaml is valid and its judge applies every threshold it declares."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from gateway import config, render
from loadtests import abuse, slo
from loadtests.driver import Sample
from loadtests.stats import percentile, summarise
from servicekit.runpaths import RunPaths

REPO = Path(__file__).resolve().parents[2]


def test_committed_slo_file_loads_and_enables_something() -> None:
    cfg = slo.load()
    assert cfg.scenarios
    assert all(s.p95_ms <= s.p99_ms for s in cfg.scenarios.values())


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda t: t["scenarios"].update({"nope": {"enabled": True}}), "scenarios.nope: unknown scenario"),
    (lambda t: t["scenarios"]["healthz"].update({"p95_ms": "fast"}), "scenarios.healthz.p95_ms"),
    (lambda t: [s.update({"enabled": False}) for s in t["scenarios"].values()], "no scenario enabled"),
    (lambda t: t["run"].pop("users"), "run.users"),
])
def test_malformed_slo_is_refused_with_the_field_named(tmp_path: Path, mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    tree = yaml.safe_load((REPO / "loadtests" / "slo.yaml").read_text())
    mutate(tree)
    path = tmp_path / "slo.yaml"
    path.write_text(yaml.safe_dump(tree))
    with pytest.raises(slo.SloError, match=message.replace(".", r"\.")):
        slo.load(path)


def test_summary_counts_429_apart_from_errors() -> None:
    samples = [Sample(0, "x", 200, 0.010)] * 6 + [Sample(0, "x", 429, 0.001)] * 2 + [Sample(0, "x", 502, 0.5),
                                                                                      Sample(0, "x", 0, 10.0)]
    s = summarise(samples, duration=2.0)
    assert (s["ok"], s["limited"], s["errors"]) == (6, 2, 2)
    assert s["error_rate"] == pytest.approx(0.2)
    assert s["p99_ms"] == pytest.approx(10.0)  # only successful answers' latencies
    assert s["ok_rps"] == 3.0
    assert math.isnan(percentile([], 99))


def test_judge_reports_each_breached_threshold() -> None:
    cfg = slo.load()
    name, limits = next(iter(cfg.scenarios.items()))
    slow = [Sample(0, name, 200, limits.p99_ms * 2 / 1000)] * 50
    results = {"calibration": {"ok_rps": 1000.0}, "solo": {name: summarise(slow, 1.0)},
               "mix": {name: summarise(slow + [Sample(0, name, 500, 0.001)] * 50, 1.0)}}
    breaches = "\n".join(slo.judge(cfg, results))
    assert f"{name}: p95" in breaches and f"{name}: p99" in breaches
    assert f"{name}: error rate" in breaches
    if limits.min_throughput_ratio > 0.05:
        assert f"{name}: throughput" in breaches


def test_abuse_reads_per_ip_limits_from_the_resolved_edge_config(tmp_path: Path) -> None:
    cfg = config.load(env={})
    cfg["routes"] = [
        {"name": "oauth", "match": {"prefix": "/oauth/"}, "upstream": "tokendealer", "policies": [
            {"ratelimit": {"limits": [{"name": "per_ip", "key": "ip", "rate": "30r/m"},
                                      {"name": "login", "key": "ip", "rate": "1r/s", "paths": ["/oauth/x"]}]}}]},
        {"name": "exact", "match": {"exact": "/oauth/keys"}, "upstream": "tokendealer", "policies": []},
    ]
    edge = render.edge_config(cfg, RunPaths(tmp_path))
    assert abuse.route_for(edge["routes"], "/oauth/keys")[0] == "exact"
    assert abuse.route_for(edge["routes"], "/oauth/token")[0] == "oauth"
    assert [lim["name"] for lim in abuse.ip_limits(edge["routes"]["oauth"])] == ["per_ip"]
    assert abuse.per_second(edge["routes"]["oauth"]["policies"][0]["ratelimit"]["limits"][0]["rate"]) == 0.5
    abuse.scale_ip_limits(cfg, "token", "40r/s")
    assert cfg["routes"][0]["policies"][0]["ratelimit"]["limits"][0] == {"name": "per_ip", "key": "ip",
                                                                         "rate": "40r/s", "burst": 40}
