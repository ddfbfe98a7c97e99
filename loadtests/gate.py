"""The SLO gate (`make loadtest`): a bounded load run judged against loadtests/slo.yaml.

Phases: preflight (one request per enabled scenario: a missing endpoint fails here, by name),
calibration (/healthz alone: this machine's yardstick), each scenario alone (throughput), the
weighted mix (latency, errors, 429s per scenario), Molotov and Locust runs of the same mix, and the
abuse run when enabled. Writes report.json, report.md and PNG plots to .run/loadtests/.
Exit 0: every SLO met; 1: a breach; 2: the run could not be made (config, missing endpoint, no stack).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from loadtests import driver, report, slo, stats, tools
from loadtests.scenarios import NEEDS_TOKEN
from loadtests.target import Target, TokenError, fetch_tokens
from servicekit.runpaths import run_paths


class GateAborted(RuntimeError):
    """The run cannot be made; the message says why (and what to change)."""


def preflight(target: Target, cfg: slo.Slo) -> tuple[str, ...]:
    """One request per enabled scenario; returns data API tokens (one per load client) when needed."""
    problems = []
    tokens: tuple[str, ...] = ()
    if NEEDS_TOKEN & set(cfg.scenarios):
        try:
            tokens = fetch_tokens(target)
        except (TokenError, OSError, ValueError) as exc:
            problems.append(f"a token for {', '.join(sorted(NEEDS_TOKEN & set(cfg.scenarios)))}: {exc}")
    for name, s in cfg.scenarios.items():
        status = asyncio.run(driver.probe(target, name, tokens))
        if status == 404:
            problems.append(f"{name}: the endpoint does not exist yet (404). Implement it, or set "
                            f"`enabled: false` for {name} in loadtests/slo.yaml")
        elif status == 0:
            problems.append(f"{name}: no answer from {target.base_url} (connection failed or timed out)")
        elif status not in s.expect:
            problems.append(f"{name}: a single request answered {status}, expected {list(s.expect)}")
    if problems:
        raise GateAborted("preflight failed:\n  " + "\n  ".join(problems))
    return tokens


def measure(target: Target, cfg: slo.Slo, tokens: tuple[str, ...], out: Path, with_tools: bool) -> dict[str, Any]:
    users = int(cfg.run["users"])
    results: dict[str, Any] = {"target": target.base_url, "users": users, "disabled": cfg.disabled}

    def phase(mix: dict[str, float], seconds: float) -> list[driver.Sample]:
        return asyncio.run(driver.closed_loop(target, mix, users, seconds, tokens))

    print(f"[loadtest] calibration: /healthz for {cfg.run['calibration_s']:.0f}s", flush=True)
    results["calibration"] = stats.summarise(phase({"healthz": 1}, cfg.run["calibration_s"]),
                                             cfg.run["calibration_s"])
    if results["calibration"]["error_rate"] > 0:
        raise GateAborted(f"calibration: /healthz failed {results['calibration']['statuses']}: the stack is unwell")
    results["solo"] = {}
    for name, s in cfg.scenarios.items():
        print(f"[loadtest] {name} alone for {cfg.run['solo_s']:.0f}s", flush=True)
        results["solo"][name] = stats.summarise(phase({name: 1}, cfg.run["solo_s"]), cfg.run["solo_s"], s.expect)
    print(f"[loadtest] mix {cfg.mix} for {cfg.run['mix_s']:.0f}s", flush=True)
    samples = phase(cfg.mix, cfg.run["mix_s"])
    grouped = stats.by_key(samples)
    results["mix"] = {name: stats.summarise(grouped.get(name, []), cfg.run["mix_s"], s.expect)
                      for name, s in cfg.scenarios.items()}
    results["timeseries"] = stats.timeseries(samples)
    results["tools"] = {}
    if with_tools and cfg.run["tools_s"] > 0:
        for tool in (tools.molotov, tools.locust):
            print(f"[loadtest] {tool.__name__} for {cfg.run['tools_s']:.0f}s", flush=True)
            results["tools"][tool.__name__] = tool(target, cfg.mix, tokens, users, cfg.run["tools_s"], out)
    return results


def judge_tools(cfg: slo.Slo, results: dict[str, Any]) -> list[str]:
    breaches = []
    for name, figures in results.get("tools", {}).items():
        if not figures.get("ran"):
            breaches.append(f"{name}: {figures.get('error')}")
        elif figures["error_rate"] > cfg.run["max_tool_error_rate"]:
            breaches.append(f"{name}: error rate {figures['error_rate']:.2%} > {cfg.run['max_tool_error_rate']:.2%}")
    return breaches


@contextlib.contextmanager
def target_for(args: argparse.Namespace, cfg: slo.Slo) -> Iterator[tuple[Target, dict[str, Any]]]:
    """The target and the gateway config it runs (the abuse run reads its limits from it)."""
    from gateway import config

    if args.base_url:
        yield Target(base_url=args.base_url.rstrip("/"), secrets_dir=Path(args.secrets),
                     cafile=Path(args.ca) if args.ca else None, spread_ips=args.spread_ips), config.load()
        return
    from loadtests import abuse, ownstack

    with ownstack.running("loadtest", tweak=abuse.stack_tweak(cfg.abuse)) as (handle, target):
        yield target, config.load(env=handle.env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtests.gate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slo", type=Path, default=slo.DEFAULT_SLO, help="thresholds (default loadtests/slo.yaml)")
    parser.add_argument("--base-url", help="an already running target; default: start a stack of our own")
    parser.add_argument("--ca", help="CA file for --base-url over HTTPS")
    parser.add_argument("--secrets", default=str(run_paths().secrets), help="secrets dir for --base-url")
    parser.add_argument("--spread-ips", action="store_true", help="send X-Forwarded-For per user (--base-url)")
    parser.add_argument("--out", type=Path, default=run_paths().root / "loadtests", help="report directory")
    parser.add_argument("--no-tools", action="store_true", help="skip the Molotov and Locust runs")
    parser.add_argument("--no-abuse", action="store_true", help="skip the abuse run")
    args = parser.parse_args(argv)
    try:
        cfg = slo.load(args.slo)
    except slo.SloError as exc:
        print(f"[loadtest] {exc}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with target_for(args, cfg) as (target, gateway_cfg):
            tokens = preflight(target, cfg)
            results = measure(target, cfg, tokens, args.out, with_tools=not args.no_tools)
            breaches = slo.judge(cfg, results) + judge_tools(cfg, results)
            if cfg.abuse and not args.no_abuse:
                from loadtests import abuse

                results["abuse"] = abuse.run(target, cfg.abuse, tokens, gateway_cfg)
                breaches += abuse.judge(cfg.abuse, results["abuse"])
    except (GateAborted, RuntimeError) as exc:
        print(f"[loadtest] FAIL: {exc}", file=sys.stderr)
        return 2
    paths = report.write(results, breaches, args.out)
    print(report.markdown(results, breaches))
    print(f"[loadtest] reports: {', '.join(str(p) for p in paths.values())}")
    if breaches:
        print(f"[loadtest] FAIL: {len(breaches)} SLO breach(es)", file=sys.stderr)
        return 1
    print("[loadtest] PASS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
