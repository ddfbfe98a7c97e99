"""Reports of a load run under .run/loadtests/: JSON (machine), Markdown (humans), PNG plots."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # headless: CI and servers have no display
import matplotlib.pyplot as plt  # noqa: E402


def _ms(value: float) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1f}"


def markdown(results: dict[str, Any], breaches: list[str]) -> str:
    calib = results["calibration"]
    lines = [
        f"# Load gate: {'PASS' if not breaches else 'FAIL'}",
        "",
        f"Target {results['target']}, {results['users']} users; calibration /healthz: "
        f"{calib['ok_rps']:.1f} req/s, p99 {_ms(calib['p99_ms'])} ms.",
        "",
        "| scenario | requests | errors | 429 | p50 ms | p95 ms | p99 ms | alone req/s | x calibration |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, mix in results["mix"].items():
        solo = results["solo"].get(name, {})
        lines.append(f"| {name} | {mix['count']} | {mix['error_rate']:.2%} | {mix['limited_rate']:.2%} | "
                     f"{_ms(mix['p50_ms'])} | {_ms(mix['p95_ms'])} | {_ms(mix['p99_ms'])} | "
                     f"{solo.get('ok_rps', 0):.1f} | {solo.get('throughput_ratio', 0):.3f} |")
    for tool, figures in results.get("tools", {}).items():
        lines.append(f"\n{tool}: {figures.get('summary', figures)}")
    if results.get("disabled"):
        lines.append(f"\nDisabled in slo.yaml (not run): {', '.join(results['disabled'])}")
    if results.get("abuse"):
        lines += abuse_markdown(results["abuse"])
    lines += ["", "## Breaches" if breaches else "No SLO breach.", *[f"- {b}" for b in breaches], ""]
    return "\n".join(lines)


def abuse_markdown(abuse: dict[str, Any]) -> list[str]:
    """The abuse run: pooled figures per condition (judged), the median of window p99s, each round."""
    base, under, flood = abuse["baseline"], abuse["under_flood"], abuse["flood"]
    lines = ["", f"## Abuse run ({abuse['scenario']})", "",
             "| condition | requests | success | p50 ms | p99 ms pooled | p99 ms, median of windows "
             "| client loop lag p99 ms |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, fig in (("baseline", base), ("under flood", under)):
        lines.append(f"| {name} | {fig['count']} | {fig['success_rate']:.2%} | {_ms(fig['p50_ms'])} | "
                     f"{_ms(fig['p99_ms'])} | {_ms(fig.get('median_window_p99_ms'))} | "
                     f"{_ms(fig.get('client_loop_lag_p99_ms'))} |")
    per_round = ", ".join(f"{r['p99_ratio']:.2f}x" for r in abuse.get("rounds", []))
    lines.append(f"\np99 ratio (judged, pooled) {abuse['p99_ratio']:.2f}x; of the medians of window p99s "
                 f"{abuse.get('median_window_p99_ratio', float('nan')):.2f}x; per round: {per_round}.")
    if "error" in flood:
        lines.append(f"Flood: did not run ({flood['error']}).")
    else:
        lines.append(f"Flood ({flood.get('tool')}): {flood['rps_per_key']:.1f} of {flood['offered_rps_per_key']:g} "
                     f"req/s per key ({flood['achieved_ratio']:.0%}), {flood['limited_rate']:.1%} answered 429, "
                     f"statuses {flood['statuses']}, client CPU {flood.get('client_cpu_s', float('nan')):.2f} s.")
    return lines


def plots(results: dict[str, Any], out: Path) -> list[Path]:
    series = results["timeseries"]
    written = []

    fig, ax = plt.subplots(figsize=(9, 4.5))
    for name, points in series.items():
        t = [p["t"] for p in points]
        line = ax.plot(t, [p["p99_ms"] for p in points], label=f"{name} p99")[0]
        ax.plot(t, [p["p50_ms"] for p in points], linestyle="--", color=line.get_color(), label=f"{name} p50")
    ax.set(title="Latency percentiles over time (mixed phase)", xlabel="s", ylabel="ms")
    ax.legend(fontsize="small", ncol=2)
    written.append(_save(fig, out / "latency.png"))

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5))
    for name, points in series.items():
        left.plot([p["t"] for p in points], [p["rps"] for p in points], label=name)
    left.set(title="Throughput over time (mixed phase)", xlabel="s", ylabel="req/s")
    left.legend(fontsize="small")
    names = ["calibration", *results["solo"]]
    values = [results["calibration"]["ok_rps"], *(s["ok_rps"] for s in results["solo"].values())]
    right.bar(names, values)
    right.set(title="Each scenario alone vs calibration", ylabel="successful req/s")
    right.tick_params(axis="x", rotation=30)
    written.append(_save(fig, out / "throughput.png"))

    fig, ax = plt.subplots(figsize=(9, 4.5))
    statuses = sorted({code for mix in results["mix"].values() for code in mix["statuses"]})
    bottom = [0.0] * len(results["mix"])
    for code in statuses:
        counts = [mix["statuses"].get(code, 0) for mix in results["mix"].values()]
        ax.bar(list(results["mix"]), counts, bottom=bottom, label="transport error" if code == "0" else code)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.set(title="Status mix per scenario (mixed phase)", ylabel="responses")
    ax.legend(fontsize="small")
    written.append(_save(fig, out / "status_mix.png"))
    return written


def _save(fig: Any, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path


def write(results: dict[str, Any], breaches: list[str], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "report.json", "markdown": out / "report.md"}
    paths["json"].write_text(json.dumps({**results, "breaches": breaches, "passed": not breaches}, indent=2,
                                        default=str, allow_nan=True))
    paths["markdown"].write_text(markdown(results, breaches))
    for png in plots(results, out):
        paths[png.stem] = png
    return paths
