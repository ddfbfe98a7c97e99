"""Instructions per request of the proxied bench's locations, counted by callgrind: steady where requests/s
on a shared VM are not, so an A/B of the hot path is two runs of this (one per checkout), minutes apart.

One nginx process (`master_process off`, bench_proxy's config: HTTP keep-alive to an upstream nginx that
answers 1 KiB) runs under `valgrind --tool=callgrind`; per location: wrk warms it up (traces compiled),
the counters are zeroed, wrk runs again, the counters are dumped, and the instructions are divided by
the requests wrk completed. Timers (metrics flush, top-ups, cluster refresh) are not counted: under
valgrind a request takes long enough that their share would swamp the slow paths.

Locations: bare (proxy_pass, no Lua), none (the edge with no policy), local (one never-hit local limit),
hit (a local limit every request past the first exceeds: the 429 path), waf_clean / waf_block (the WAF
alone, bench_security's benign query / its attack: the 403 path), waf_clean_fresh / waf_block_fresh (the
same with a counter in the first value, so every request is one the WAF has not seen: a scanner's
distinct payloads), and with --cluster cluster_batch /
cluster (one never-hit limit in a Redis Cluster, batch 100 / batch 1).
Usage: python -m loadtests.bench.callgrind_edge [--cluster]
[--locations bare,none,local,hit,waf_clean,waf_block,waf_clean_fresh,waf_block_fresh]
[--seconds 4]
"""

from __future__ import annotations

import argparse
import glob
import re
import secrets
import shutil
import subprocess
import time
from contextlib import ExitStack
from pathlib import Path

from gateway import render
from gateway.redis_cluster import LocalCluster
from loadtests.bench import bench_edge
from loadtests.bench.bench_proxy import fresh_dir, never_hit, proxy_config, route, start_upstream, stop
from loadtests.bench.bench_security import ATTACK_QUERY, QUERY
from servicekit.ports import free_port
from servicekit.runpaths import run_paths

# the WAF locations' requests: location -> query
WAF_QUERIES = {"waf_clean": QUERY, "waf_block": ATTACK_QUERY, "waf_clean_fresh": QUERY, "waf_block_fresh": ATTACK_QUERY}
# a scanner's distinct payloads: wrk puts a counter into the query's first value (q=...), so no memo
# (verdicts, per-value classes, URI) has seen the request
FRESH_SCRIPT = """
local n = 0
request = function()
    n = n + 1
    return wrk.format(nil, (wrk.path:gsub("^([^&]*)", "%1" .. n, 1)))
end
"""


def wrk(url: str, seconds: int, script: Path | None = None) -> int:
    cmd = ["wrk", "-t1", "-c4", f"-d{seconds}s", "--timeout", "10s", *(["-s", str(script)] if script else []), url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout


    found = re.search(r"(\d+) requests in", out)
    if not found:
        raise RuntimeError(f"cannot parse wrk output:\n{out}")
    return int(found.group(1))


def conf_only(root: Path, text: str, probe: str, timeout: float = 15) -> None:
    """edge_nginx.start's stand-in: write the conf as one process, for valgrind to start."""
    (root / "nginx.conf").write_text(text.replace("worker_processes 2;", "worker_processes 1;\nmaster_process off;"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cluster", action="store_true", help="also a Redis Cluster and its two locations")
    parser.add_argument("--locations", default=",".join(["bare", "none", "local", "hit", *WAF_QUERIES]))
    parser.add_argument("--seconds", type=int, default=4)
    args = parser.parse_args()
    for tool in ("wrk", "valgrind", "callgrind_control"):
        if not shutil.which(tool):
            print(f"{tool} not installed")
            return 1
    root = run_paths().root / "bench" / "callgrind"
    locations = args.locations.split(",") + (["cluster_batch", "cluster"] if args.cluster else [])
    with ExitStack() as stack:
        upstream, upstream_port = start_upstream(root / "upstream")
        stack.callback(stop, upstream)
        redis: dict[str, object] = {"mode": "single", "host": "127.0.0.1", "port": 1, "password": "unused"}
        routes = [route("local", never_hit(), "local"), {**route("none", never_hit(), "local"), "policies": []},
                  route("hit", {"name": "per_ip", "key": "ip", "rate": "1r/s", "burst": 1}, "local"),
                  *({**route(name, never_hit(), "local"), "policies": ["waf"]} for name in WAF_QUERIES)]
        if args.cluster:
            cluster = LocalCluster(fresh_dir(root / "redis-cluster"), [free_port() for _ in range(6)],
                                   secrets.token_urlsafe(24), [free_port() for _ in range(6)])
            stack.callback(cluster.stop)
            cluster.start()
            redis = {"mode": "cluster", "nodes": cluster.addresses, "password": cluster.password}
            routes += [route("cluster_batch", never_hit(100), "redis"), route("cluster", never_hit(), "redis")]
        names = tuple(r["name"].removeprefix("bench_") for r in routes)
        edge_root = root / "edge"
        real_start = bench_edge.edge_nginx.start
        bench_edge.edge_nginx.start = conf_only
        try:
            cfg = proxy_config(redis, routes)
            # under valgrind a request takes ~50x its CPU time: the WAF's time budget would refuse the
            # fresh requests (finding 200180) and count the refusal's path instead of the inspection's
            cfg["security"]["waf"]["inspect_budget_ms"] = 10**9
            _, port, _ = bench_edge.start_edge_nginx(edge_root, cfg, names,
                                                     upstream_port=upstream_port)
        finally:
            bench_edge.edge_nginx.start = real_start
        dumps = fresh_dir(edge_root / "callgrind")
        proc = subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={dumps}/out.%p",
                                 "--toggle-collect=ngx_event_expire_timers", "--collect-atstart=yes",
                                 render.nginx_binary(), "-p", str(edge_root), "-c", str(edge_root / "nginx.conf")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        stack.callback(proc.kill)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while subprocess.run(["curl", "-sf", "-o", "/dev/null", f"{base}/bare"], check=False).returncode:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("nginx under valgrind did not start")
            time.sleep(0.5)
        print(f"{'location':<16}{'instructions/request':>22}{'requests':>10}")
        for name in locations:
            url = f"{base}/{name}{WAF_QUERIES.get(name, '')}"
            script = None
            if name.endswith("_fresh"):
                script = edge_root / "fresh.lua"
                script.write_text(FRESH_SCRIPT)
            wrk(url, 2 * args.seconds, script)
            subprocess.run(["callgrind_control", "-z", str(proc.pid)], capture_output=True, check=True)
            requests = wrk(url, args.seconds, script)
            before = set(glob.glob(f"{dumps}/out.*"))
            subprocess.run(["callgrind_control", "-d", name, str(proc.pid)], capture_output=True, check=True)
            deadline = time.monotonic() + 30
            while not (new := set(glob.glob(f"{dumps}/out.*")) - before) and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(0.5)   # written in full
            summary = re.search(r"^summary:\s+(\d+)", Path(new.pop()).read_text(), re.M)
            if not summary:
                raise RuntimeError("callgrind dump without a summary")
            print(f"{name:<16}{int(summary.group(1)) / requests:>22,.0f}{requests:>10}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
