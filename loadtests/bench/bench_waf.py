"""Our WAF and ModSecurity v3 + OWASP CRS side by side (issue 19), in one run:

1. Throughput over HTTPS, one benign GET with query args (bench_security's request), wrk for a few seconds
   per run, the runs of a round back to back (order reversed every other round), medians of rounds:
   - edge: bare nginx (no WAF), the edge with no policy, the WAF alone, the full pipeline (WAF + JWT +
     concurrency + rate limit), all in bench_edge's nginx (2 workers, the same static file);
   - reference: ModSecurity + CRS at PL1 on the same static file in its own nginx (same build, 2 workers,
     audit log of matches only, as deployed), and that nginx without ModSecurity.
   Ratios are taken within a round, against bare nginx and against ModSecurity.
2. The development corpus (tests/data/waf-corpus) through both engines at PL1 and PL2: block rate per
   attack category, false positives per benign kind. Our edge runs its WAF on every request here (no
   route, so no per-route tuning): the engine against the engine.
3. The differential at PL1: per request, the CRS rule ids both engines matched (ours in detect mode).

Usage: python -m loadtests.bench.bench_waf --out result.json [--corpus DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import sys
from pathlib import Path
from typing import Any

from loadtests.bench.bench_edge import start_edge_nginx
from loadtests.bench.bench_security import QUERY, bench_config, tokendealer_token, wrk
from loadtests.reference import modsec
from loadtests.reference.edge import EdgeWaf
from loadtests.reference.modsec import ReferenceEngine
from loadtests.reference.replay import DEFAULT_CORPUS, compare, load_corpus, rates, replay
from servicekit.runpaths import run_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
from stackctl import new_stack  # noqa: E402

ROUNDS = 7
RUNS = ("edge_bare", "edge_no_policies", "edge_waf_only", "edge_full_pipeline", "modsec_no_waf", "modsec_crs_pl1")
PARANOIA_LEVELS = (1, 2)


def throughput(rounds: int) -> dict[str, Any]:
    """Every RUNS target per round; tokens and JWKS from a real TokenDealer (the full pipeline verifies them)."""
    stack = new_stack("benchwaf").start()
    edge_proc = None
    try:
        token = tokendealer_token(stack)
        cfg = bench_config(stack)
        cfg["routes"].append({"name": "bench_sec_waf", "match": {"exact": "/sec_waf"}, "upstream": "jeeves",
                              "policies": ["waf"]})
        edge_proc, _, edge_tls = start_edge_nginx(stack.run_dir / "bench-waf-nginx", cfg,
                                                  ("sec_full", "sec_none", "sec_waf"))
        with ReferenceEngine(stack.run_dir / "bench-waf-modsec", workers=2, audit="RelevantOnly").start() as ref:
            edge, mod = f"https://localhost:{edge_tls}", ref.https_url
            urls = {"edge_bare": f"{edge}/bare{QUERY}", "edge_no_policies": f"{edge}/sec_none{QUERY}",
                    "edge_waf_only": f"{edge}/sec_waf{QUERY}", "edge_full_pipeline": f"{edge}/sec_full{QUERY}",
                    "modsec_no_waf": f"{mod}/no_waf{QUERY}", "modsec_crs_pl1": f"{mod}/static{QUERY}"}
            per_round = []
            for i in range(rounds):
                order = RUNS if i % 2 == 0 else RUNS[::-1]
                per_round.append({name: wrk(urls[name], [token]) for name in order})
    finally:
        if edge_proc:
            edge_proc.send_signal(signal.SIGQUIT)
            edge_proc.wait(10)
        stack.stop()
        stack.remove()
    bad = {name: run["non_2xx"] for r in per_round for name, run in r.items() if run["non_2xx"]}
    if bad:
        raise RuntimeError(f"non-2xx answers (a WAF blocked the benign request, or a check failed): {bad}")

    def ratio(a: str, b: str) -> float:
        return round(statistics.median(r[a]["rps"] / r[b]["rps"] for r in per_round), 3)

    return {
        "rounds": rounds,
        "rps": {name: statistics.median(r[name]["rps"] for r in per_round) for name in RUNS},
        "ratios": {
            "edge_full_pipeline_vs_bare": ratio("edge_full_pipeline", "edge_bare"),
            "edge_waf_only_vs_bare": ratio("edge_waf_only", "edge_bare"),
            "modsec_crs_pl1_vs_bare": ratio("modsec_crs_pl1", "edge_bare"),
            "modsec_crs_pl1_vs_its_nginx": ratio("modsec_crs_pl1", "modsec_no_waf"),
            "edge_full_pipeline_vs_modsec_crs_pl1": ratio("edge_full_pipeline", "modsec_crs_pl1"),
            "edge_waf_only_vs_modsec_crs_pl1": ratio("edge_waf_only", "modsec_crs_pl1"),
        },
        "per_round": per_round,
    }


def corpus_figures(corpus: Path, root: Path) -> dict[str, Any]:
    """Block / false-positive rates of both engines at each paranoia level, and the PL1 differential."""
    records = load_corpus(corpus)
    out: dict[str, Any] = {"records": len(records), "rates": {}}
    reference_pl1 = None
    for pl in PARANOIA_LEVELS:
        with ReferenceEngine(root / f"modsec-pl{pl}", paranoia_level=pl).start() as ref:
            outcomes = replay(ref, ref.tls_port, records)
        out["rates"][f"modsec_pl{pl}"] = rates(outcomes)
        reference_pl1 = outcomes if pl == 1 else reference_pl1
        with EdgeWaf(root / f"edge-pl{pl}", paranoia_level=pl, block=True).start() as edge:
            out["rates"][f"edge_pl{pl}"] = rates(replay(edge, edge.ports["https"], records))
            out["edge_runs_crs"] = edge.runs_crs()
    with EdgeWaf(root / "edge-detect-pl1", paranoia_level=1).start() as edge:
        detected = replay(edge, edge.ports["https"], records)
    assert reference_pl1 is not None
    diff = compare(detected, reference_pl1)
    out["differential_pl1"] = {**diff.as_dict(), "differing_records": diff.differing}
    return out


def targets(result: dict[str, Any]) -> dict[str, bool]:
    """Issue 19's acceptance figures that this run measures."""
    out = {"differential_pl1 identical >= 0.99": result["corpus"]["differential_pl1"]["identical_ratio"] >= 0.99}
    if "throughput" in result:
        ratios = result["throughput"]["ratios"]
        out["edge_full_pipeline_vs_modsec_crs_pl1 >= 5"] = ratios["edge_full_pipeline_vs_modsec_crs_pl1"] >= 5
        out["edge_full_pipeline_vs_bare >= 0.5"] = ratios["edge_full_pipeline_vs_bare"] >= 0.5
    return out


def table(result: dict[str, Any]) -> str:
    lines = []
    if "throughput" in result:
        t = result["throughput"]
        lines.append(f"throughput, HTTPS, median of {t['rounds']} rounds")
        lines.extend(f"  {name:<24}{rps:>10.0f} rps" for name, rps in t["rps"].items())
        lines.extend(f"  {name:<40}{value}" for name, value in t["ratios"].items())
    c = result["corpus"]
    engines = list(c["rates"])
    lines.append(f"corpus ({c['records']} records): blocked per category (edge runs CRS: {c['edge_runs_crs']})")
    lines.append(f"  {'category':<26}" + "".join(f"{e:>14}" for e in engines))
    # attack categories, all attacks, all benign, then benign kinds
    for key in sorted(c["rates"][engines[0]], key=lambda k: (k.startswith("benign"), k != "attacks", k != "benign", k)):
        cells = []
        for e in engines:
            row = c["rates"][e][key]
            cells.append(f"{100 * row['rate']:>13.1f}%")
        lines.append(f"  {key:<26}" + "".join(cells))
    d = c["differential_pl1"]
    lines.append(f"differential PL1: {d['identical']}/{d['total']} identical CRS rule-id sets "
                 f"({100 * d['identical_ratio']:.2f}%)")
    lines.append("  missing (ModSecurity only): " + ", ".join(f"{k} x{v}" for k, v in d["missing"].items()))
    lines.append("  extra (edge only): " + ", ".join(f"{k} x{v}" for k, v in d["extra"].items()))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--skip-throughput", action="store_true", help="corpus figures only")
    args = parser.parse_args()
    reason = modsec.missing() or (None if shutil.which("wrk") else "wrk not installed (apt package wrk)")
    if reason:
        print(reason, file=sys.stderr)
        return 1
    root = run_paths().root / "bench" / "waf"
    shutil.rmtree(root, ignore_errors=True)
    result: dict[str, Any] = {"crs_version": modsec.crs_version(), "corpus_dir": str(args.corpus)}
    if not args.skip_throughput:
        result["throughput"] = throughput(args.rounds)
    result["corpus"] = corpus_figures(args.corpus, root)
    result["targets"] = targets(result)
    print(table(result))
    for name, ok in result["targets"].items():
        print(f"target {name}: {'met' if ok else 'NOT met'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
