"""Capacity calibration (`make calibrate`): ramp load on Jeeves and TokenDealer to find their knee,
then propose gateway limits from it so the limits protect the backends instead of being guessed.

Each backend is loaded directly on its own port (no edge limits in the way), with the scenario that
exercises its real work: TokenDealer issues tokens, Jeeves serves GET /api/users. Concurrency doubles
per step; the knee is the step with the highest successful throughput whose p99 stays within
--max-p99-ms and error rate within 1%. Proposed per route: a concurrency cap at the knee's
concurrency and a route-wide rate at 80% of the knee's throughput (headroom for the edge's own work).
Writes .run/loadtests/calibration.json and suggested-limits.yaml.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from loadtests import driver, stats
from loadtests.target import Target, fetch_tokens
from servicekit.runpaths import run_paths

# backend -> (scenario that exercises it, gateway routes that send to it)
BACKENDS = {"tokendealer": ("token", ["oauth"]), "jeeves": ("api_users", ["api"])}
HEADROOM = 0.8
MAX_ERROR_RATE = 0.01


def ramp(target: Target, scenario: str, tokens: tuple[str, ...], levels: list[int], step_s: float,
         max_p99_ms: float) -> list[dict[str, Any]]:
    steps = []
    for users in levels:
        samples = asyncio.run(driver.closed_loop(target, {scenario: 1}, users, step_s, tokens))
        figures = {"users": users, **stats.summarise(samples, step_s)}
        steps.append(figures)
        print(f"[calibrate] {scenario:10} {users:3d} users: {figures['ok_rps']:7.1f} ok req/s, "
              f"p99 {figures['p99_ms']:7.1f} ms, errors {figures['error_rate']:.1%}", flush=True)
        # Past the knee: latency far over budget, or more users bring no more throughput.
        if figures["p99_ms"] > 2 * max_p99_ms or figures["error_rate"] > MAX_ERROR_RATE:
            break
        if len(steps) >= 3 and steps[-1]["ok_rps"] < 1.05 * steps[-3]["ok_rps"]:
            break
    return steps


def knee(steps: list[dict[str, Any]], max_p99_ms: float) -> dict[str, Any] | None:
    good = [s for s in steps if s["p99_ms"] <= max_p99_ms and s["error_rate"] <= MAX_ERROR_RATE]
    return max(good, key=lambda s: s["ok_rps"], default=None)


def suggestion(knees: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A gateway.yaml snippet (route policies) in lua/edge/policies/ratelimit.lua / concurrency.lua's format."""
    routes = {}
    for backend, point in knees.items():
        rate = max(1, int(point["ok_rps"] * HEADROOM))
        for route in BACKENDS[backend][1]:
            routes[route] = {"policies": [
                {"concurrency": {"limits": [{"name": "backend_guard", "key": "route", "max": point["users"]}],
                                 "queue": {"max": 2 * point["users"], "timeout_ms": 500}}},
                {"ratelimit": {"limits": [{"name": "backend_guard", "key": "route", "rate": f"{rate}r/s",
                                           "burst": rate}]}},
            ]}
    return {"routes": routes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtests.calibrate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-p99-ms", type=float, default=250.0, help="acceptable p99 at the knee")
    parser.add_argument("--levels", default="1,2,4,8,16,32", help="concurrency steps")
    parser.add_argument("--step-s", type=float, default=3.0, help="seconds per step")
    parser.add_argument("--out", type=Path, default=run_paths().root / "loadtests")
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.levels.split(",")]
    from loadtests import ownstack

    results: dict[str, Any] = {"max_p99_ms": args.max_p99_ms, "backends": {}}
    knees = {}
    with ownstack.running("calibrate") as (handle, edge):
        tokens = fetch_tokens(edge)
        for backend, (scenario, _routes) in BACKENDS.items():
            direct = Target(base_url=f"http://127.0.0.1:{handle.ports[backend]}", secrets_dir=edge.secrets_dir)
            steps = ramp(direct, scenario, tokens, levels, args.step_s, args.max_p99_ms)
            point = knee(steps, args.max_p99_ms)
            results["backends"][backend] = {"scenario": scenario, "steps": steps, "knee": point}
            if point:
                knees[backend] = point
                print(f"[calibrate] {backend} knee: {point['ok_rps']:.1f} req/s at {point['users']} concurrent "
                      f"(p99 {point['p99_ms']:.1f} ms)", flush=True)
            else:
                print(f"[calibrate] {backend}: no step met p99 <= {args.max_p99_ms} ms", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "calibration.json").write_text(json.dumps(results, indent=2, default=str))
    snippet = ("# Suggested by `make calibrate` on this machine: per-route guards from the backends' knee\n"
               f"# (rate = {HEADROOM:.0%} of knee throughput, concurrency = knee concurrency). Merge into\n"
               "# the routes' policies in gateway/gateway.yaml.\n" + yaml.safe_dump(suggestion(knees), sort_keys=False))
    (args.out / "suggested-limits.yaml").write_text(snippet)
    print(snippet)
    print(f"[calibrate] written: {args.out / 'calibration.json'}, {args.out / 'suggested-limits.yaml'}")
    return 0 if len(knees) == len(BACKENDS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
