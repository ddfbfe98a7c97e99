"""Abuse run: a few keys (client IPs) flood one route at N x their per-IP limit next to legitimate users.

Reports the legitimate users' success rate and p99 under flood next to a no-flood baseline.
The flood runs in a child process, so the legitimate users' latencies are not inflated by the
flood's client-side CPU (one Python event loop cannot both flood and time fairly).

    python -m loadtests.abuse            # a stack of its own, thresholds from loadtests/slo.yaml
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from loadtests import driver, stats
from loadtests.scenarios import PATHS
from loadtests.target import Target

FLOOD_FIRST_USER = 50_000   # flood keys' ids (and so IPs) never overlap the legitimate users'
LEGIT_FIRST_USER = 1
RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*r/([sm])\s*$")


def parse_rate(text: str) -> float:
    """nginx-style "10r/s" / "30r/m" -> requests per second."""
    found = RATE.match(str(text))
    if not found:
        raise ValueError(f"not a rate: {text!r} (expected like 10r/s or 30r/m)")
    return float(found[1]) / (60.0 if found[2] == "m" else 1.0)


def route_for(cfg: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The gateway.yaml route nginx would pick for `path` (exact first, then the longest prefix)."""
    routes = cfg.get("routes", [])
    for route in routes:
        if route["match"].get("exact") == path:
            return route
    prefixed = [r for r in routes if "prefix" in r["match"] and path.startswith(r["match"]["prefix"])]
    return max(prefixed, key=lambda r: len(r["match"]["prefix"]), default=None)


def ip_limits(route: dict[str, Any]) -> list[dict[str, Any]]:
    """The route's ratelimit limits keyed by client IP alone and applying to every request."""
    found = []
    for policy in route.get("policies") or []:
        if isinstance(policy, dict) and "ratelimit" in policy:
            for limit in (policy["ratelimit"] or {}).get("limits", []):
                if limit.get("key") == "ip" and not limit.get("paths") and not limit.get("methods"):
                    found.append(limit)
    return found


def key_limit_rps(cfg: dict[str, Any], scenario: str) -> float:
    route = route_for(cfg, PATHS[scenario])
    if route is None:
        raise RuntimeError(f"abuse: no gateway route serves {PATHS[scenario]}")
    limits = ip_limits(route)
    if not limits:
        raise RuntimeError(f"abuse: route {route['name']} has no per-IP rate limit in gateway.yaml; "
                           "there is nothing to flood past")
    return min(parse_rate(limit["rate"]) for limit in limits)


def scale_ip_limits(tree: dict[str, Any], scenario: str, rate: str) -> None:
    """Own-stack tweak: the abuse route's per-IP limits at `rate`, so 20x of it is an offered load
    one Python process can actually generate on a small machine (the limiter's logic is the same)."""
    route = route_for(tree, PATHS[scenario])
    for limit in ip_limits(route) if route else []:
        limit["rate"] = rate
        limit["burst"] = max(1, int(parse_rate(rate)))


def stack_tweak(conf: dict[str, Any] | None) -> Callable[[dict[str, Any]], None] | None:
    if not conf or not conf.get("key_limit"):
        return None
    return lambda tree: scale_ip_limits(tree, conf["scenario"], conf["key_limit"])


def _legit(target: Target, conf: dict[str, Any], tokens: tuple[str, ...]) -> list[driver.Sample]:
    group = driver.PacedGroup("legit", conf["scenario"], keys=int(conf["legit_users"]),
                              rate=float(conf["legit_rate"]), first_user=LEGIT_FIRST_USER)
    return asyncio.run(driver.paced(target, [group], float(conf["phase_s"]), tokens))


def _flood_process(target: Target, flood_scenario: str, keys: int, rate: float,
                   seconds: float) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "loadtests.abuse", "--flood-child", flood_scenario, str(keys), str(rate),
            str(seconds)]
    return subprocess.Popen(argv, env={**os.environ, **target.env()}, stdout=subprocess.PIPE,
                            text=True, cwd=Path(__file__).resolve().parent.parent)


def flood_scenario_for(scenario: str) -> str:
    return "token_flood" if scenario == "token" else scenario


def run(target: Target, conf: dict[str, Any], tokens: tuple[str, ...],
        gateway_cfg: dict[str, Any] | None = None) -> dict[str, Any]:
    from gateway import config

    gateway_cfg = gateway_cfg or config.load()
    limit = key_limit_rps(gateway_cfg, conf["scenario"])
    flood_rate = limit * float(conf["flood_factor"])
    seconds = float(conf["phase_s"])
    print(f"[abuse] baseline: {conf['legit_users']} users x {conf['legit_rate']} req/s of {conf['scenario']} "
          f"for {seconds:.0f}s", flush=True)
    baseline = stats.summarise(_legit(target, conf, tokens), seconds)
    print(f"[abuse] flood: {conf['flood_keys']} keys x {flood_rate:.0f} req/s ({conf['flood_factor']}x the "
          f"per-IP limit {limit:g} req/s) alongside the same users", flush=True)
    child = _flood_process(target, flood_scenario_for(conf["scenario"]), int(conf["flood_keys"]), flood_rate,
                           seconds + 1.0)
    time.sleep(1.0)  # the flood is in full swing before the legitimate users are measured
    under = stats.summarise(_legit(target, conf, tokens), seconds)
    out, _ = child.communicate(timeout=seconds + 60)
    flood = json.loads(out.strip().splitlines()[-1]) if out.strip() else {"error": f"flood exited {child.returncode}"}
    ratio = under["p99_ms"] / baseline["p99_ms"] if baseline["p99_ms"] > 0 else float("inf")
    result = {"scenario": conf["scenario"], "key_limit_rps": limit, "flood_offered_rps_per_key": flood_rate,
              "baseline": baseline, "under_flood": under, "flood": flood, "p99_ratio": ratio}
    print(f"[abuse] legitimate success {under['success_rate']:.2%} under flood (baseline "
          f"{baseline['success_rate']:.2%}); p99 {under['p99_ms']:.1f} ms vs {baseline['p99_ms']:.1f} ms "
          f"baseline = {ratio:.2f}x; flood achieved {flood.get('rps', 0):.0f} req/s, "
          f"{flood.get('limited_rate', 0):.1%} answered 429", flush=True)
    return result


def judge(conf: dict[str, Any], result: dict[str, Any]) -> list[str]:
    breaches = []
    under = result["under_flood"]
    if under["success_rate"] < float(conf["min_legit_success"]):
        breaches.append(f"abuse: legitimate success {under['success_rate']:.2%} under flood < "
                        f"{float(conf['min_legit_success']):.0%} (statuses {under['statuses']})")
    if not result["p99_ratio"] <= float(conf["max_p99_ratio"]):
        breaches.append(f"abuse: legitimate p99 {result['p99_ratio']:.2f}x the baseline > {conf['max_p99_ratio']}x")
    flood = result["flood"]
    if "error" in flood:
        breaches.append(f"abuse: the flood did not run: {flood['error']}")
    return breaches


def flood_child(scenario: str, keys: int, rate: float, seconds: float) -> None:
    target = Target.from_env()
    group = driver.PacedGroup("flood", scenario, keys=keys, rate=rate, first_user=FLOOD_FIRST_USER,
                              lanes=max(1, int(rate // 20)))
    samples = asyncio.run(driver.paced(target, [group], seconds))
    print(json.dumps(stats.summarise(samples, seconds)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtests.abuse", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--flood-child", nargs=4, metavar=("SCENARIO", "KEYS", "RATE", "SECONDS"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--slo", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.flood_child:
        name, keys, rate, seconds = args.flood_child
        flood_child(name, int(keys), float(rate), float(seconds))
        return 0
    from loadtests import ownstack, slo

    raw = yaml.safe_load(Path(args.slo or slo.DEFAULT_SLO).read_text())
    conf = raw.get("abuse") or {}
    with ownstack.running("abuse", tweak=stack_tweak(conf)) as (handle, target):
        from gateway import config

        cfg = config.load(env=handle.env)
        result = run(target, conf, (), cfg)
    breaches = judge(conf, result)
    for line in breaches:
        print(line, file=sys.stderr)
    return 1 if breaches else 0


if __name__ == "__main__":
    raise SystemExit(main())
