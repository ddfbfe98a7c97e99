"""The SLO file (loadtests/slo.yaml): load, validate and judge a run's figures against it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from loadtests.scenarios import BUILDERS

DEFAULT_SLO = Path(__file__).resolve().parent / "slo.yaml"
THRESHOLDS = ("max_error_rate", "max_limited_rate", "p95_ms", "p99_ms", "min_throughput_ratio")
RUN_KEYS = ("users", "calibration_s", "solo_s", "mix_s", "tools_s", "max_tool_error_rate")
ABUSE_KEYS = ("scenario", "legit_users", "legit_rate", "flood_keys", "flood_factor", "phase_s",
              "min_legit_success", "max_p99_ratio")


class SloError(ValueError):
    """slo.yaml is malformed; the message names the field."""


@dataclass(frozen=True)
class ScenarioSlo:
    name: str
    weight: float
    expect: tuple[int, ...]
    max_error_rate: float
    max_limited_rate: float
    p95_ms: float
    p99_ms: float
    min_throughput_ratio: float


@dataclass(frozen=True)
class Slo:
    run: dict[str, float]
    scenarios: dict[str, ScenarioSlo]          # enabled ones only
    disabled: list[str] = field(default_factory=list)
    abuse: dict[str, Any] | None = None        # None when disabled

    @property
    def mix(self) -> dict[str, float]:
        return {name: s.weight for name, s in self.scenarios.items()}


def _number(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise SloError(f"{where}: expected a non-negative number, got {value!r}")
    return float(value)


def load(path: Path = DEFAULT_SLO) -> Slo:
    try:
        tree = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise SloError(f"{path}: {exc}") from exc
    if not isinstance(tree, dict):
        raise SloError(f"{path}: not a mapping")
    run = {key: _number(f"run.{key}", (tree.get("run") or {}).get(key)) for key in RUN_KEYS}
    if run["users"] < 1:
        raise SloError("run.users: at least 1")
    scenarios: dict[str, ScenarioSlo] = {}
    disabled = []
    for name, spec in (tree.get("scenarios") or {}).items():
        if name not in BUILDERS:
            raise SloError(f"scenarios.{name}: unknown scenario (known: {', '.join(sorted(BUILDERS))})")
        if not isinstance(spec, dict):
            raise SloError(f"scenarios.{name}: not a mapping")
        if not spec.get("enabled", False):
            disabled.append(name)
            continue
        expect = spec.get("expect") or [200]
        if not all(isinstance(s, int) and 100 <= s < 600 for s in expect):
            raise SloError(f"scenarios.{name}.expect: HTTP statuses expected, got {expect!r}")
        values = {key: _number(f"scenarios.{name}.{key}", spec.get(key)) for key in THRESHOLDS}
        scenarios[name] = ScenarioSlo(name=name, weight=_number(f"scenarios.{name}.weight", spec.get("weight", 1)),
                                      expect=tuple(expect), **values)
    if not scenarios:
        raise SloError(f"{path}: no scenario enabled")
    abuse = tree.get("abuse") or {}
    if abuse.get("enabled"):
        if abuse.get("scenario") not in BUILDERS:
            raise SloError(f"abuse.scenario: unknown scenario {abuse.get('scenario')!r}")
        for key in ABUSE_KEYS[1:]:
            _number(f"abuse.{key}", abuse.get(key))
    return Slo(run=run, scenarios=scenarios, disabled=disabled, abuse=abuse if abuse.get("enabled") else None)


def judge(slo: Slo, results: dict[str, Any]) -> list[str]:
    """Every breach as one readable line; empty when the run meets the SLO.

    results: {"calibration": summary, "solo": {name: summary}, "mix": {name: summary}}."""
    breaches: list[str] = []
    calib_rps = results["calibration"]["ok_rps"]
    for name, s in slo.scenarios.items():
        mix = results["mix"].get(name)
        if not mix or not mix["count"]:
            breaches.append(f"{name}: no request completed in the mixed phase")
            continue
        if mix["error_rate"] > s.max_error_rate:
            breaches.append(f"{name}: error rate {mix['error_rate']:.2%} > {s.max_error_rate:.2%} "
                            f"(statuses {mix['statuses']})")
        if mix["limited_rate"] > s.max_limited_rate:
            breaches.append(f"{name}: rate-limited (429) {mix['limited_rate']:.2%} > {s.max_limited_rate:.2%}")
        for q in ("p95", "p99"):
            got, limit = mix[f"{q}_ms"], getattr(s, f"{q}_ms")
            if math.isnan(got) or got > limit:
                breaches.append(f"{name}: {q} {got:.1f} ms > {limit:.0f} ms")
        solo = results["solo"].get(name)
        if solo is not None and calib_rps > 0:
            ratio = solo["ok_rps"] / calib_rps
            solo["throughput_ratio"] = ratio
            if ratio < s.min_throughput_ratio:
                breaches.append(f"{name}: throughput {solo['ok_rps']:.1f} req/s alone = {ratio:.3f} x calibration "
                                f"({calib_rps:.1f} req/s) < {s.min_throughput_ratio}")
    return breaches
