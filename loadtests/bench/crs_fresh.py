"""The compiled CRS over first-seen requests (loadtests/bench/crs_fresh.lua): every request of the
development corpus (tests/data/waf-corpus) inspected once by a freshly loaded engine, as a scanner's
distinct payloads are; no nginx, one LuaJIT process, CPU time per request (median of the rounds).

Writes crs.json from gateway.yaml (the ruleset `gateway render` ships) and the corpus as the engine's
requests (headers in order, with a Host), then runs luajit. --verdicts FILE keeps each request's rule
ids and score, so two trees can be shown to decide alike (diff the files). --callgrind counts
instructions instead (steady where time on a shared VM is not): every 10th request of each kind, one
warm-up round and one counted round under `valgrind --tool=callgrind`, about a minute per kind.
--worst replaces the corpus with what costs the CRS most: JSON values of one repeated unit (a ReDoS
probe's shape) and long text (this repository's docs and code), 16 and 64 KB each; run without the
WAF policy's time budget (inspect_budget_ms), so that the engine's own cost shows.
Usage: python -m loadtests.bench.crs_fresh [--rounds 6] [--verdicts verdicts.txt] [--callgrind] [--worst]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
from pathlib import Path

from gateway import config
from gateway.waf import crs_compile
from servicekit.runpaths import run_paths

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "waf-corpus"


def engine_request(rec: dict, kind: str) -> dict:
    headers = [["Host", "localhost"], *([k, v] for k, v in rec["headers"].items())]
    return {"id": rec["id"], "kind": kind, "method": rec["method"], "uri": rec["uri"], "protocol": "HTTP/1.1",
            "headers": headers, "body": rec["body"] or None, "remote_addr": "127.0.0.1"}


# units a pattern may be super-linear on (runs of one separator or bracket), and the repository's text
WORST_UNITS = {"pipe": "|", "lt": "<", "brace": "{{", "dollar": "${", "newline": "\n", "crlf": "\r\n",
               "quote": "'", "space": " ", "semicolon": ";", "name": "O'Brien "}
WORST_TEXT = {"docs": "docs/performance.md", "python": "loadtests/bench/bench_proxy.py",
              "lua": "lua/edge/waf/inspect.lua"}


def worst_requests() -> list[dict]:
    values = dict(WORST_UNITS)
    values.update({name: (REPO / path).read_text(encoding="utf-8") for name, path in WORST_TEXT.items()})
    out = []
    for name, text in values.items():
        for size in (16384, 65536):
            value = (text * (size // len(text) + 1))[:size]
            out.append({"id": f"{name}-{size // 1024}k", "kind": f"{name}-{size // 1024}k", "method": "POST",
                        "uri": "/api/items", "protocol": "HTTP/1.1", "remote_addr": "127.0.0.1",
                        "headers": [["Host", "localhost"], ["Content-Type", "application/json"]],
                        "body": json.dumps({"value": value})})
    return out


def instructions(cmd: list[str], env: dict[str, str], dumps: Path) -> subprocess.Popen:
    """cmd under callgrind; the script calls getpid around its counted rounds, a dump boundary."""
    for old in dumps.parent.glob(dumps.name + ".*"):
        old.unlink()
    return subprocess.Popen(["valgrind", "--tool=callgrind", "--dump-before=getpid",
                             f"--callgrind-out-file={dumps}.%p", *cmd], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def counted(dumps: Path) -> int:
    """The instructions of the last numbered dump: the one that ends at the script's second getpid."""
    parts = sorted(dumps.parent.glob(dumps.name + ".*.*"), key=lambda p: int(p.suffix[1:]))
    found = re.search(r"^summary:\s+(\d+)", parts[-1].read_text(), re.M)
    if not found:
        raise RuntimeError(f"{parts[-1]}: no summary")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--verdicts", help="write each request's rule ids and score here")
    parser.add_argument("--callgrind", action="store_true", help="instructions per request (every 10th request)")
    parser.add_argument("--worst", action="store_true", help="long values of one repeated unit, and long text")
    args = parser.parse_args()
    if not shutil.which("luajit"):
        print("luajit not installed")
        return 1
    root = run_paths().root / "bench" / "crs_fresh"
    root.mkdir(parents=True, exist_ok=True)
    crs_compile.write_ruleset(config.load(), root / "crs.json")
    requests = worst_requests() if args.worst else [
        engine_request(json.loads(line), kind)
        for name, kind in (("attacks.jsonl", "attack"), ("benign.jsonl", "benign"))
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]
    (root / "requests.jsonl").write_text("".join(json.dumps(r) + "\n" for r in requests))
    script = str(REPO / "loadtests" / "bench" / "crs_fresh.lua")
    env = {"LUA_PATH": f"{REPO}/lua/?.lua;{REPO}/lua/?/init.lua;;", "PATH": "/usr/bin:/bin"}
    if args.callgrind:
        if not shutil.which("valgrind"):
            print("valgrind not installed")
            return 1
        runs = {}
        for kind in ("attack", "benign"):
            sample = [r for r in requests if r["kind"] == kind][::10]
            (root / f"{kind}-sample.jsonl").write_text("".join(json.dumps(r) + "\n" for r in sample))
            cmd = ["luajit", script, str(root / "crs.json"), str(root / f"{kind}-sample.jsonl"), "2"]
            runs[kind] = (len(sample), instructions(cmd, env, root / f"callgrind-{kind}"))
        for kind, (n, proc) in runs.items():
            if proc.wait() != 0:
                print(f"{kind}: luajit under valgrind failed")
                return 1
            print(f"{kind:<8} {n:5d} requests  {counted(root / f'callgrind-{kind}') / n:12,.0f} instructions/request")
        return 0
    cmd = ["luajit", script, str(root / "crs.json"), str(root / "requests.jsonl"), str(args.rounds)]
    if args.verdicts:
        cmd.append(str(Path(args.verdicts).resolve()))
    return subprocess.run(cmd, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
