"""The compiled CRS over first-seen requests (loadtests/bench/crs_fresh.lua): every request of the
development corpus (tests/data/waf-corpus) inspected once by a freshly loaded engine, as a scanner's
distinct payloads are; no nginx, one LuaJIT process, CPU time per request (median of the rounds).

Writes crs.json from gateway.yaml (the ruleset `gateway render` ships) and the corpus as the engine's
requests (headers in order, with a Host), then runs luajit. --verdicts FILE keeps each request's rule
ids and score, so two trees can be shown to decide alike (diff the files).
Usage: python -m loadtests.bench.crs_fresh [--rounds 6] [--verdicts verdicts.txt]
"""

from __future__ import annotations

import argparse
import json
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--verdicts", help="write each request's rule ids and score here")
    args = parser.parse_args()
    if not shutil.which("luajit"):
        print("luajit not installed")
        return 1
    root = run_paths().root / "bench" / "crs_fresh"
    root.mkdir(parents=True, exist_ok=True)
    crs_compile.write_ruleset(config.load(), root / "crs.json")
    with (root / "requests.jsonl").open("w") as out:
        for name, kind in (("attacks.jsonl", "attack"), ("benign.jsonl", "benign")):
            for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
                if line:
                    out.write(json.dumps(engine_request(json.loads(line), kind)) + "\n")
    cmd = ["luajit", str(REPO / "loadtests" / "bench" / "crs_fresh.lua"), str(root / "crs.json"),
           str(root / "requests.jsonl"), str(args.rounds)]
    if args.verdicts:
        cmd.append(str(Path(args.verdicts).resolve()))
    lua_path = f"{REPO}/lua/?.lua;{REPO}/lua/?/init.lua;;"
    return subprocess.run(cmd, env={"LUA_PATH": lua_path, "PATH": "/usr/bin:/bin"}, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
