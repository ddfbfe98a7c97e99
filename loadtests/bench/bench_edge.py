"""Edge limiter benchmark: one nginx (2 workers, loopback HTTP) serving the same small static file
through three locations, each measured by wrk for a few seconds:

- bare:   plain nginx, no Lua at all
- edge:   the full edge pipeline (lua/edge/init.lua: rewrite/access/header_filter/log, request context,
          metrics) with a rate limit that is never hit (edge_conc: plus a concurrency limit;
          edge_none: the same pipeline with no policy, to separate the limiter's own cost)
- native: nginx's own `limit_req` at the same (never hit) setting

then the accuracy of both limiters when hit (100 r/s + burst 10, nodelay): admitted vs rate*T + burst + 1.
A location must not end in `return` (rewrite phase: it would skip limit_req and access_by_lua), hence
the static file. Each run is done over plain HTTP and over HTTPS (the edge's real transport: TLS 1.3, keep-alive).
Usage: python -m loadtests.bench.bench_edge --out result.json
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from certs import devca
from gateway import config as gw_config
from gateway import render
from gateway.config import REPO_ROOT
from servicekit.ports import free_port
from servicekit.runpaths import RunPaths, run_paths

sys.path.insert(0, str(REPO_ROOT / "tests"))
import edge_nginx  # noqa: E402

DURATION = 2          # seconds per wrk run; each config runs ROUNDS times, interleaved: a ratio is the
ROUNDS = 5            # median of its rounds' ratios (neighbour load on a VM moves whole rounds)
HIT_DURATION = 5
CONNECTIONS = 64
NEVER_HIT = {"rate": 1_000_000, "burst": 1000}
HIT = {"rate": 100, "burst": 10}

# The bench server: bare nginx, nginx's own limit_req and the edge's locations, over HTTP and HTTPS.
SERVER = """
listen 127.0.0.1:{port};
listen 127.0.0.1:{tls_port} ssl;
ssl_certificate {certs}/server.pem;
ssl_certificate_key {certs}/server-key.pem;
ssl_protocols TLSv1.2 TLSv1.3;
root {root}/www;
location = /bare {{ {target}; }}
# bare nginx answering a rejection's status itself, with a JSON error like the edge's
location = /bare_401 {{ default_type application/json; return 401 '{{"error":"rejected"}}'; }}
location = /bare_403 {{ default_type application/json; return 403 '{{"error":"rejected"}}'; }}
location = /bare_429 {{ default_type application/json; return 429 '{{"error":"rejected"}}'; }}
# the edge's Prometheus series (bench_proxy reads the batched limit's events)
location = /metrics {{ content_by_lua_block {{ require("edge.lib.metrics").expose() }} }}
location = /native {{ limit_req zone=never burst={never_burst} nodelay; try_files /small.json =404; }}
location = /native_hit {{ limit_req zone=hit burst={hit_burst} nodelay; try_files /small.json =404; }}
{edge_locations}
"""
HTTP = """
keepalive_requests 1000000;
limit_req_zone $binary_remote_addr zone=never:10m rate={never_rate}r/s;
limit_req_zone $binary_remote_addr zone=hit:10m rate={hit_rate}r/s;
limit_req_status 429;
{upstreams}
"""
DICTS = {"edge_metrics": "10m", "edge_limits": "20m", "edge_inflight": "5m", "edge_revocations": "1m"}


STATIC = "try_files /small.json =404"
PROXIED = "proxy_pass http://bench_upstream"


def upstream_block(port: int) -> str:
    """The upstream of PROXIED locations, with keep-alive connections as production's (nginx.conf.j2)."""
    return (f"upstream bench_upstream {{ server 127.0.0.1:{port}; keepalive 64; }}\n"
            "proxy_http_version 1.1;\nproxy_set_header Connection \"\";")


def edge_locations(cfg: dict[str, Any], names: tuple[str, ...], target: str = STATIC) -> str:
    """The bench routes' locations as production renders them (gateway/templates/edge_locations.j2),
    serving `target` (the static file, or PROXIED; the log handler included); with the edge's response
    headers, which bare nginx does not send."""
    snippets = render.edge_snippets()
    by_name = {route["name"]: route for route in cfg["routes"]}
    headers = str(snippets.response_headers(cfg["tls"]["hsts_max_age"]))
    blocks = []
    for name in names:
        route = by_name[f"bench_{name}"]
        route = {**route, "phases": render.route_phases(route)}
        blocks.append(str(snippets.route_location(route, target, headers)))
    return "\n".join(blocks)


def bench_config() -> dict[str, Any]:
    """The real gateway.yaml config with the bench routes in place of its own."""
    cfg = gw_config.load()
    never_hit = {"ratelimit": {"limits": [{"name": "per_ip", "key": "ip", "rate": f"{NEVER_HIT['rate']}r/s",
                                           "burst": NEVER_HIT["burst"]}]}}
    cfg["routes"] = [
        {"name": "bench_edge", "match": {"exact": "/edge"}, "upstream": "jeeves", "policies": [never_hit]},
        {"name": "bench_edge_none", "match": {"exact": "/edge_none"}, "upstream": "jeeves", "policies": []},
        {"name": "bench_edge_conc", "match": {"exact": "/edge_conc"}, "upstream": "jeeves", "policies": [
            {"concurrency": {"limits": [{"name": "per_ip", "key": "ip", "max": 100000}]}}, never_hit,
        ]},
        {"name": "bench_edge_hit", "match": {"exact": "/edge_hit"}, "upstream": "jeeves", "policies": [
            {"ratelimit": {"limits": [{"name": "per_ip", "key": "ip", "rate": f"{HIT['rate']}r/s",
                                       "burst": HIT["burst"]}]}},
        ]},
    ]
    cfg["limits"] = {"store": "local", "status": 429}
    return cfg


def start_edge_nginx(root: Path, cfg: dict[str, Any], names: tuple[str, ...], native: dict[str, int] | None = None,
                     upstream_port: int | None = None) -> tuple[subprocess.Popen[bytes], int, int]:
    """A bench nginx (SERVER) in `root` serving /bare, the /native limit_req locations (`native`:
    never_rate/never_burst/hit_rate/hit_burst) and the edge locations of cfg's routes bench_<name>:
    the static file, or (upstream_port) what that upstream answers, through keep-alive connections."""
    shutil.rmtree(root, ignore_errors=True)
    (root / "www").mkdir(parents=True)
    (root / "www" / "small.json").write_text('{"status":"ok","bench":true}\n')
    edge_nginx.write_edge_json(root, cfg)
    render.write_crs(cfg, RunPaths(root))
    port, tls_port = free_port(), free_port()
    certs = root / "certs"
    devca.ensure_leaf(certs, ["localhost", "127.0.0.1"])
    native = native or {"never_rate": 1000, "never_burst": 10, "hit_rate": 1000, "hit_burst": 10}
    target = PROXIED if upstream_port else STATIC
    server = SERVER.format(port=port, tls_port=tls_port, certs=certs, root=root, target=target,
                           edge_locations=edge_locations(cfg, names, target), **native)
    upstreams = upstream_block(upstream_port) if upstream_port else ""
    conf = edge_nginx.conf(root, "bench", DICTS, server, HTTP.format(upstreams=upstreams, **native),
                           worker_connections=4096)
    return edge_nginx.start(root, conf, f"http://127.0.0.1:{port}/bare", timeout=10), port, tls_port


def start_nginx(root: Path) -> tuple[subprocess.Popen[bytes], int, int]:
    return start_edge_nginx(root, bench_config(), ("edge", "edge_none", "edge_conc", "edge_hit"), {
        "never_rate": NEVER_HIT["rate"], "never_burst": NEVER_HIT["burst"],
        "hit_rate": HIT["rate"], "hit_burst": HIT["burst"]})


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def wrk(url: str, duration: int = DURATION) -> dict[str, Any]:
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    if not (total and rps and p99):
        raise RuntimeError(f"cannot parse wrk output:\n{out}")
    seconds = float(total.group(2)) * (60 if total.group(3) == "m" else 1)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    requests = int(total.group(1))
    return {
        "requests": requests, "seconds": seconds, "rps": round(float(rps.group(1)), 1),
        "p99_ms": round(float(p99.group(1)) * UNITS[p99.group(2)], 3),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0, "socket_errors": errors.group(1) if errors else "",
    }


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median rps (the rounds' spread is kept beside it)."""
    ordered = sorted(runs, key=lambda run: run["rps"])
    return {**ordered[len(ordered) // 2], "rps_rounds": [run["rps"] for run in runs]}


def median_ratio(runs: list[dict[str, Any]], baselines: list[dict[str, Any]]) -> float:
    """Median over rounds of rps / the baseline's rps, each round's pair measured back to back."""
    pairs = zip(runs, baselines, strict=True)
    return round(statistics.median(x["rps"] / y["rps"] for x, y in pairs), 3)


def print_runs(runs: dict[str, dict[str, Any]], width: int, columns: list[tuple[str, str, int]]) -> None:
    """A table of the runs: name, rps, p99, then each (title, key, width) of `columns` (blank if absent)."""
    print(f"{'run':<{width}}{'rps':>10}{'p99 ms':>10}" + "".join(f"{title:>{w}}" for title, _, w in columns))
    for name, run in runs.items():
        print(f"{name:<{width}}{run['rps']:>10.0f}{run['p99_ms']:>10.2f}"
              + "".join(f"{run.get(key, ''):>{w}}" for _, key, w in columns))


def write_result(path: Path, result: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2))


def accuracy(run: dict[str, Any]) -> dict[str, Any]:
    admitted = run["requests"] - run["non_2xx"]
    expected = HIT["rate"] * run["seconds"] + HIT["burst"] + 1
    return {"admitted": admitted, "requests": run["requests"], "seconds": run["seconds"],
            "expected": round(expected, 1), "error_pct": round(100 * (admitted - expected) / expected, 2)}


def wrk_bench_args(doc: str | None, options: Callable[[argparse.ArgumentParser], object] | None = None,
                   ) -> argparse.Namespace | None:
    """A wrk benchmark's command line (--out FILE, and what `options` adds), or None, said on stderr,
    when wrk is missing."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--out", type=Path, required=True)
    if options is not None:
        options(parser)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk not installed (apt package wrk)", file=sys.stderr)
        return None
    return args


def main() -> int:
    args = wrk_bench_args(__doc__)
    if args is None:
        return 1
    root = run_paths().root / "bench" / "edge-nginx"
    proc, port, tls_port = start_nginx(root)
    bases = {"http": f"http://127.0.0.1:{port}", "https": f"https://localhost:{tls_port}"}
    try:
        rounds: dict[str, list[dict[str, Any]]] = {}
        for _ in range(ROUNDS):
            for scheme, base in bases.items():
                for name in ("bare", "edge_none", "edge", "native", "edge_conc"):
                    rounds.setdefault(f"{scheme}_{name}", []).append(wrk(f"{base}/{name}"))
        runs = {name: median_run(runs_of) for name, runs_of in rounds.items()}
        runs.update({f"http_{name}": wrk(f"{bases['http']}/{name}", HIT_DURATION)
                     for name in ("native_hit", "edge_hit")})
    finally:
        proc.send_signal(signal.SIGQUIT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for name, runs_of in rounds.items():
        if any(run["non_2xx"] for run in runs_of):
            print(f"{name}: non-2xx answers: the limit was hit", file=sys.stderr)
            return 1

    def ratio(scheme: str, a: str, b: str) -> float:
        return median_ratio(rounds[f"{scheme}_{a}"], rounds[f"{scheme}_{b}"])

    ratios = {scheme: {
        "edge_vs_bare": ratio(scheme, "edge", "bare"),
        "native_vs_bare": ratio(scheme, "native", "bare"),
        "edge_vs_native": ratio(scheme, "edge", "native"),
        "edge_conc_vs_bare": ratio(scheme, "edge_conc", "bare"),
        # What the limiter itself costs: the same pipeline with no policy at all.
        "edge_vs_edge_none": ratio(scheme, "edge", "edge_none"),
        "edge_none_vs_bare": ratio(scheme, "edge_none", "bare"),
    } for scheme in bases}
    result = {
        "workers": 2, "connections": CONNECTIONS, "duration_s": DURATION, "rounds": ROUNDS, "runs": runs,
        "ratios": ratios,
        "accuracy": {"native_limit_req": accuracy(runs["http_native_hit"]),
                     "edge_ratelimit": accuracy(runs["http_edge_hit"])},
    }
    print_runs(runs, 18, [("requests", "requests", 11), ("non-2xx", "non_2xx", 10)])
    for scheme, values in ratios.items():
        print(f"ratios {scheme}: " + ", ".join(f"{k} {v:.1%}" for k, v in values.items()))
    for name, acc in result["accuracy"].items():
        print(f"accuracy {name}: admitted {acc['admitted']} of {acc['requests']} in {acc['seconds']}s, "
              f"expected {acc['expected']} ({acc['error_pct']:+.2f}%)")
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
