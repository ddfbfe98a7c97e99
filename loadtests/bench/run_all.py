"""`make bench`: run every loadtests/bench/bench_*.py, then merge their results into .run/bench/latest.json.

Contract for a benchmark module: `python -m loadtests.bench.bench_<area> --out <file.json>` runs a bounded,
loopback-only benchmark (its own stack if it needs one), prints a results table, writes its JSON there
and exits non-zero if it could not measure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from servicekit.runpaths import run_paths

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("only", nargs="*", help="area names (bench_<area>.py) to run; default all")
    args = parser.parse_args()
    out_dir = run_paths().root / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    merged: dict[str, object] = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "results": {}}
    failed = []
    for module in sorted(HERE.glob("bench_*.py")):
        area = module.stem.removeprefix("bench_")
        if args.only and area not in args.only:
            continue
        out = out_dir / f"{area}.json"
        print(f"== bench {area}", flush=True)
        result = subprocess.run([sys.executable, "-m", f"loadtests.bench.{module.stem}", "--out", str(out)],
                                check=False)
        if result.returncode != 0 or not out.exists():
            failed.append(area)
            continue
        merged["results"][area] = json.loads(out.read_text())  # type: ignore[index]
    (out_dir / "latest.json").write_text(json.dumps(merged, indent=2))
    print(f"results: {out_dir / 'latest.json'}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
