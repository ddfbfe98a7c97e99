"""Abuse run: a few keys (client IPs) flood one route at N x their per-IP limit next to legitimate users.

Reports the legitimate users' success rate and p99 under flood next to a no-flood baseline.

How the measurement stays honest on a small shared machine:
- the flood comes from `wrk` (C, one thread per flooding key, keep-alive TLS connections, a request
  built once per key, paced open-loop by a Lua `delay()` on a monotonic schedule): its client-side
  CPU (reported) is a fraction of a Python flooder's, so what the legitimate users feel is the
  stack's cost of the flood, not the load generator's. Each key keeps its own client IP exactly as
  the Python load does (X-Forwarded-For through a stack that trusts loopback as a proxy; none when
  the target does not), and the flood's achieved rate is checked against the offered one;
- one wrk process and one legitimate-user session (warm keep-alive connections, an unrecorded
  warm-up first) last the whole run; the flood switches on and off on a schedule both read from the
  same monotonic clock: `rounds` pairs of a baseline and a flood window, in alternating order
  (B F, F B, ...), so slow drift and a neighbour's load fall on both conditions alike;
- the garbage collector is paused while the run is timed, and the client's own event-loop lag is
  probed and reported per condition, so a starved client shows up as such;
- the p99 compared is, per condition, that of all its windows' samples pooled (about 1,100 each):
  the tail a legitimate user meets over the run. Each round and, per condition, the median over
  the rounds of its window p99 are reported beside it: a pooled ratio that one window decides
  (a neighbour's burst, or a flood that hurts now and then) shows up as such.

    python -m loadtests.abuse            # a stack of its own, thresholds from loadtests/slo.yaml
    python -m loadtests.abuse --rounds 4 --phase-s 2 --json /tmp/abuse.json
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from gateway.policies import schema
from loadtests import driver, stats
from loadtests.cpu import children_cpu
from loadtests.scenarios import PATHS, Context, RequestSpec, build
from loadtests.target import Target

FLOOD_FIRST_USER = 50_000   # flood keys' ids (and so IPs) never overlap the legitimate users'
LEGIT_FIRST_USER = 1
DEFAULTS = {"rounds": 10, "warmup_s": 1.0, "guard_s": 0.25, "min_flood_achieved": 0.9}
FLOOD_MARK = "FLOOD_JSON "
LAG_TICK_S = 0.01


def per_second(rate: dict[str, float]) -> float:
    """A resolved rate ({quota, window}, gateway/policies/schema.py) in requests per second."""
    return rate["quota"] / rate["window"]


def route_for(routes: dict[str, Any], path: str) -> tuple[str, dict[str, Any]] | None:
    """The resolved edge route nginx would pick for `path` (exact first, then the longest prefix)."""
    matched = [(name, r) for name, r in routes.items() if r.get("match")]
    for name, route in matched:
        if route["match"].get("exact") == path:
            return name, route
    prefixed = [(n, r) for n, r in matched if "prefix" in r["match"] and path.startswith(r["match"]["prefix"])]
    return max(prefixed, key=lambda nr: len(nr[1]["match"]["prefix"]), default=None)


def ip_limits(route: dict[str, Any]) -> list[dict[str, Any]]:
    """The route's ratelimit limits keyed by client IP alone and applying to every request."""
    return [limit for policy in route["policies"] for limit in policy.get("ratelimit", {}).get("limits", [])
            if limit["key"] == "ip" and not limit.get("paths") and not limit.get("methods")]


def key_limit_rps(edge: dict[str, Any], scenario: str) -> float:
    """The per-IP limit of the scenario's route, from the resolved edge config (render.edge_config)."""
    found = route_for(edge["routes"], PATHS[scenario])
    if found is None:
        raise RuntimeError(f"abuse: no gateway route serves {PATHS[scenario]}")
    name, route = found
    limits = ip_limits(route)
    if not limits:
        raise RuntimeError(f"abuse: route {name} has no per-IP rate limit in gateway.yaml; "
                           "there is nothing to flood past")
    return min(per_second(limit["rate"]) for limit in limits)


def scale_ip_limits(tree: dict[str, Any], scenario: str, rate: str) -> None:
    """Own-stack tweak of gateway.yaml: the abuse route's per-IP limits at `rate`, so 20x of it is an
    offered load the flood client generates on a small machine without becoming the bottleneck itself
    (the limiter's logic is the same)."""
    found = route_for({r["name"]: r for r in tree["routes"]}, PATHS[scenario])
    for policy in found[1].get("policies") or [] if found else []:
        for limit in (policy.get("ratelimit") or {}).get("limits", []) if isinstance(policy, dict) else []:
            if limit.get("key", "ip") == "ip" and not limit.get("paths") and not limit.get("methods"):
                limit["rate"] = rate
                limit["burst"] = max(1, int(per_second(schema.rate(rate, "key_limit"))))


def stack_tweak(conf: dict[str, Any] | None) -> Callable[[dict[str, Any]], None] | None:
    if not conf or not conf.get("key_limit"):
        return None
    return lambda tree: scale_ip_limits(tree, conf["scenario"], conf["key_limit"])


def flood_scenario_for(scenario: str) -> str:
    return "token_flood" if scenario == "token" else scenario


def option(conf: dict[str, Any], key: str) -> float:
    """An abuse setting slo.py does not validate (it predates them): a non-negative number, or the default."""
    value = conf.get(key, DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"abuse.{key}: expected a non-negative number, got {value!r}")
    return float(value)


# --- the flood: wrk --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FloodPlan:
    """`keys` flooding clients, each offering `rate` requests/s of `scenario` for `seconds`."""

    scenario: str
    keys: int
    rate: float
    seconds: int

    @property
    def connections_per_key(self) -> int:
        # Enough keep-alive connections that a key keeps its schedule while answers take up to
        # 100 ms; beyond that the achieved rate falls, and the run says so.
        return max(2, math.ceil(self.rate * 0.1))


def lua_string(value: str | bytes) -> str:
    """A Lua string literal for any bytes (decimal escapes for everything but plain printable ASCII)."""
    data = value.encode() if isinstance(value, str) else value
    return '"' + "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\{b:03d}" for b in data) + '"'


def flood_requests(target: Target, plan: FloodPlan) -> list[RequestSpec]:
    """Each flooding key's request, built by the same scenario code as every other load (so the same
    client IP per key: X-Forwarded-For when the target trusts loopback as a proxy, none otherwise)."""
    return [build(plan.scenario, Context(target, (), user=FLOOD_FIRST_USER + k,
                                         rng=random.Random(FLOOD_FIRST_USER + k), fixed_ip=True))
            for k in range(plan.keys)]


WRK_SCRIPT = """\
-- Generated by loadtests/abuse.py: one wrk thread per flooding key, paced open-loop.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } abuse_timespec;
int clock_gettime(int clk_id, abuse_timespec *tp);
]]
local ts = ffi.new("abuse_timespec")
local function now()
  ffi.C.clock_gettime(1, ts)  -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

local KEYS = {
%(keys)s
}
local INTERVAL = %(interval).9f  -- seconds between two requests of one key

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("key_no", #threads)
end

function init(args)
  local key = KEYS[key_no]
  wrk.method = key.method
  wrk.path = key.path
  wrk.body = key.body
  for name, value in pairs(key.headers) do wrk.headers[name] = value end
  counts = {}
end

-- The flood is on only inside these windows (CLOCK_MONOTONIC seconds, the clock of the Python
-- process that times the legitimate users); between them the keep-alive connections stay open, idle.
local ON = {
%(windows)s
}

local function next_on(t)  -- the earliest time >= t inside an ON window; nil after the last one
  for _, w in ipairs(ON) do
    if t < w[2] then
      if t >= w[1] then return t end
      return w[1]
    end
  end
  return nil
end

-- Called before each request of this thread (this key): wait for the key's next slot. Slots follow
-- a fixed schedule whatever the answers' latency (open loop), but a schedule fallen behind restarts
-- from now rather than bursting to catch up.
function delay()
  local t = now()
  if next_at == nil then next_at = t + math.random() * INTERVAL end
  if next_at < t then next_at = t end
  local slot = next_on(next_at)
  if slot == nil then return 3600000 end
  next_at = slot + INTERVAL
  return math.floor((slot - t) * 1000 + 0.5)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts") or {}) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, string.format('"%%d": %%d', status, n)) end
  local e = summary.errors
  io.write(string.format('%(mark)s{"duration_s": %%.6f, "requests": %%d, "statuses": {%%s}, '
    .. '"transport_errors": {"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d}, '
    .. '"p50_ms": %%.3f, "p99_ms": %%.3f}\\n',
    summary.duration / 1e6, summary.requests, table.concat(parts, ", "), e.connect, e.read, e.write,
    e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def wrk_script(specs: Sequence[RequestSpec], rate: float, on: Sequence[tuple[float, float]]) -> str:
    """The wrk script: `specs[i]` is key i's request, sent `rate` times a second inside the `on`
    windows (time.monotonic() start and end) only."""
    keys = []
    for spec in specs:
        headers = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in spec.headers.items())
        body = lua_string(spec.body) if spec.body is not None else "nil"
        keys.append(f"  {{method = {lua_string(spec.method)}, path = {lua_string(spec.path)}, "
                    f"headers = {{{headers}}}, body = {body}}},")
    windows = "\n".join(f"  {{{start:.6f}, {end:.6f}}}," for start, end in on)
    return WRK_SCRIPT % {"keys": "\n".join(keys), "interval": 1.0 / rate, "mark": FLOOD_MARK, "windows": windows}


def wrk_argv(target: Target, plan: FloodPlan, script: Path, wrk: str = "wrk") -> list[str]:
    return [wrk, "-t", str(plan.keys), "-c", str(plan.keys * plan.connections_per_key), "-d", f"{plan.seconds}s",
            "--timeout", f"{driver.REQUEST_TIMEOUT_S:.0f}s", "-s", str(script), target.base_url + PATHS[plan.scenario]]


def parse_wrk(stdout: str, plan: FloodPlan) -> dict[str, Any]:
    """wrk's FLOOD_JSON line -> the flood's figures (per-key achieved rate against the offered one)."""
    line = next((ln for ln in reversed(stdout.splitlines()) if ln.startswith(FLOOD_MARK)), None)
    if line is None:
        return {"error": f"wrk printed no result line: {stdout[-500:]!r}"}
    raw = json.loads(line[len(FLOOD_MARK):])
    statuses = Counter({str(k): int(v) for k, v in raw["statuses"].items()})
    transport = sum(raw["transport_errors"].values())
    if transport:
        statuses["0"] += transport
    return flood_figures(plan, float(raw["duration_s"]), statuses,
                         extra={"p50_ms": raw["p50_ms"], "p99_ms": raw["p99_ms"],
                                "transport_errors": raw["transport_errors"]})


def flood_figures(plan: FloodPlan, duration: float, statuses: Counter[str],
                  extra: dict[str, Any] | None = None) -> dict[str, Any]:
    answered = sum(n for code, n in statuses.items() if code != "0")
    rps = answered / duration if duration > 0 else 0.0
    return {"tool": "wrk", "duration_s": duration, "requests": answered, "rps": rps,
            "rps_per_key": rps / plan.keys, "offered_rps_per_key": plan.rate,
            "achieved_ratio": rps / plan.keys / plan.rate,
            "limited_rate": statuses.get("429", 0) / answered if answered else 0.0,
            "statuses": dict(sorted(statuses.items())), **(extra or {})}


class Flood:
    """One wrk run in the background (asyncio subprocess: the legitimate users' loop keeps running)."""

    def __init__(self, target: Target, plan: FloodPlan, script: Path) -> None:
        self.target, self.plan, self.script = target, plan, script
        self.proc: asyncio.subprocess.Process | None = None
        self.error: str | None = None
        self.cpu_before = 0.0

    async def start(self) -> None:
        wrk = shutil.which("wrk")
        if wrk is None:
            self.error = "wrk is not installed (apt package wrk; scripts/setup.sh installs it)"
            return
        self.cpu_before = children_cpu()
        self.proc = await asyncio.create_subprocess_exec(*wrk_argv(self.target, self.plan, self.script, wrk),
                                                         stdout=asyncio.subprocess.PIPE,
                                                         stderr=asyncio.subprocess.PIPE)

    def stop(self) -> None:
        """The measurement failed: no flood outlives it."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()

    async def result(self) -> dict[str, Any]:
        if self.proc is None:
            return {"error": self.error or "wrk was not started"}
        try:
            out, err = await asyncio.wait_for(self.proc.communicate(), self.plan.seconds + 30)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            return {"error": f"wrk did not finish within {self.plan.seconds + 30}s"}
        if self.proc.returncode != 0:
            return {"error": f"wrk exited {self.proc.returncode}: {err.decode(errors='replace')[-500:]}"}
        # wrk is the only child reaped meanwhile: the delta is its CPU (the flood's client-side cost).
        return {**parse_wrk(out.decode(errors="replace"), self.plan), "client_cpu_s": children_cpu() - self.cpu_before}


# --- the legitimate users and the schedule -----------------------------------------------------------------

@dataclass(frozen=True)
class Window:
    """One timed stretch of the run: `condition` is "baseline" (no flood) or "under_flood"."""

    condition: str
    start: float   # time.monotonic()
    end: float
    pair: int      # the round it belongs to (one baseline and one flood window each)
    guard: float   # seconds after `start` left out: the flood starting or stopping settles first

    def holds(self, t: float) -> bool:
        return self.start + self.guard <= t < self.end


def schedule(start: float, rounds: int, seconds: float, guard: float) -> list[Window]:
    """Baseline and flood windows in alternating order (B F, F B, B F, ...): any drift over the run
    (a neighbour's load, caches warming) falls on both conditions alike."""
    windows: list[Window] = []
    t = start
    for pair in range(rounds):
        for condition in ("baseline", "under_flood") if pair % 2 == 0 else ("under_flood", "baseline"):
            changed = not windows or windows[-1].condition != condition
            windows.append(Window(condition, t, t + seconds, pair, guard if changed else 0.0))
            t += seconds
    return windows


def flood_on(windows: Sequence[Window]) -> list[tuple[float, float]]:
    """The flood windows, adjacent ones merged (F F across a round boundary is one stretch)."""
    merged: list[tuple[float, float]] = []
    for w in windows:
        if w.condition != "under_flood":
            continue
        if merged and abs(merged[-1][1] - w.start) < 1e-9:
            merged[-1] = (merged[-1][0], w.end)
        else:
            merged.append((w.start, w.end))
    return merged


def window_of(windows: Sequence[Window], t: float) -> Window | None:
    return next((w for w in windows if w.holds(t)), None)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No collector pause in the middle of the timed run (collected before it instead)."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def _lag_probe(until: float, out: list[tuple[float, float]]) -> None:
    """How late this event loop wakes a sleeper (time, seconds late): the client's own share of any
    latency it measures. A starved client shows here, not as a slower stack."""
    while (start := time.monotonic()) < until:
        await asyncio.sleep(LAG_TICK_S)
        out.append((start, max(0.0, time.monotonic() - start - LAG_TICK_S)))


def condition_figures(samples: Sequence[driver.Sample], lag: Sequence[float], seconds: float) -> dict[str, Any]:
    ms = [v * 1000 for v in lag]
    return {**stats.summarise(samples, seconds), "timed_s": seconds,
            "client_loop_lag_p99_ms": stats.percentile(ms, 99), "client_loop_lag_max_ms": max(ms, default=math.nan)}


def p99_ratio(under: dict[str, Any], baseline: dict[str, Any]) -> float:
    if not baseline["p99_ms"] > 0 or math.isnan(under["p99_ms"]):
        return math.inf
    return float(under["p99_ms"] / baseline["p99_ms"])


def split(windows: Sequence[Window], t0: float, samples: Sequence[driver.Sample],
          lag: Sequence[tuple[float, float]]) -> dict[tuple[int, str], tuple[list[driver.Sample], list[float]]]:
    """Samples (by the time their request started) and loop-lag probes per (round, condition);
    whatever fell outside the timed windows (warm-up, guards) is left out."""
    parts: dict[tuple[int, str], tuple[list[driver.Sample], list[float]]] = {
        (w.pair, w.condition): ([], []) for w in windows}
    for sample in samples:
        if (w := window_of(windows, t0 + sample.start)) is not None:
            parts[(w.pair, w.condition)][0].append(sample)
    for at, late in lag:
        if (w := window_of(windows, at)) is not None:
            parts[(w.pair, w.condition)][1].append(late)
    return parts


def median_p99(rounds: Sequence[dict[str, Any]], condition: str) -> float:
    values = [r[condition]["p99_ms"] for r in rounds]
    return math.nan if not values or any(math.isnan(v) for v in values) else float(statistics.median(values))


def summarise_run(windows: Sequence[Window], t0: float, samples: Sequence[driver.Sample],
                  lag: Sequence[tuple[float, float]]) -> dict[str, Any]:
    """Per round and pooled per condition.

    The SLO compares the pooled p99s: a flood that slows the legitimate users only now and then
    still costs them that tail. The median over the rounds of each condition's window p99 is
    reported beside it (a robust view: far below the pooled ratio means one or two windows decided
    it, be it the flood or a neighbour's burst on this shared machine), as is every round."""
    parts = split(windows, t0, samples, lag)
    timed = {key: sum(w.end - w.start - w.guard for w in windows if (w.pair, w.condition) == key) for key in parts}
    rounds: list[dict[str, Any]] = []
    for pair in sorted({w.pair for w in windows}):
        figures = {c: condition_figures(*parts[(pair, c)], timed[(pair, c)]) for c in ("baseline", "under_flood")}
        rounds.append({**figures, "p99_ratio": p99_ratio(figures["under_flood"], figures["baseline"])})
    pooled: dict[str, dict[str, Any]] = {}
    for condition in ("baseline", "under_flood"):
        keys = [key for key in parts if key[1] == condition]
        pooled[condition] = condition_figures([s for k in keys for s in parts[k][0]],
                                              [v for k in keys for v in parts[k][1]], sum(timed[k] for k in keys))
        pooled[condition]["median_window_p99_ms"] = median_p99(rounds, condition)
    base, under = pooled["baseline"]["median_window_p99_ms"], pooled["under_flood"]["median_window_p99_ms"]
    return {"rounds": rounds, **pooled,
            "p99_ratio": p99_ratio(pooled["under_flood"], pooled["baseline"]),
            "median_window_p99_ratio": under / base if base > 0 and not math.isnan(under) else math.inf,
            "median_round_p99_ratio": statistics.median(r["p99_ratio"] for r in rounds)}


async def measure(target: Target, conf: dict[str, Any], tokens: tuple[str, ...], plan: FloodPlan,
                  workdir: Path) -> dict[str, Any]:
    """One wrk process and one legitimate-user session for the whole run; the flood switches on and
    off on a schedule both sides read from the same monotonic clock."""
    seconds, rounds = float(conf["phase_s"]), int(option(conf, "rounds"))
    warmup, guard = option(conf, "warmup_s"), option(conf, "guard_s")
    group = driver.PacedGroup("legit", conf["scenario"], keys=int(conf["legit_users"]),
                              rate=float(conf["legit_rate"]), first_user=LEGIT_FIRST_USER)
    async with driver.session(target) as http:
        # Unrecorded: opens the keep-alive connections the timed run then reuses.
        await driver.paced_on(http, target, [group], warmup, tokens, seed=999)
        windows = schedule(time.monotonic() + warmup, rounds, seconds, guard)
        end = windows[-1].end
        plan = FloodPlan(plan.scenario, plan.keys, plan.rate, math.ceil(end - time.monotonic() + 1.0))
        script = workdir / "flood.lua"
        script.write_text(wrk_script(flood_requests(target, plan), plan.rate, flood_on(windows)))
        flood = Flood(target, plan, script)
        await flood.start()
        lag: list[tuple[float, float]] = []
        try:
            with gc_paused():
                t0 = time.monotonic()
                probe = asyncio.ensure_future(_lag_probe(end, lag))
                samples = await driver.paced_on(http, target, [group], end - t0, tokens, seed=1, t0=t0)
                await probe
        except BaseException:
            flood.stop()
            raise
        flooded = await flood.result()
    result = summarise_run(windows, t0, samples, lag)
    if "error" not in flooded:
        # wrk ran longer than the flood windows, but sent requests inside them only.
        on_s = sum(b - a for a, b in flood_on(windows))
        extra = {k: v for k, v in flooded.items() if k in ("p50_ms", "p99_ms", "transport_errors", "client_cpu_s")}
        flooded = {**flood_figures(plan, on_s, Counter(flooded["statuses"]), extra), "wrk_s": flooded["duration_s"]}
    result["flood"] = flooded
    for index, figures in enumerate(result["rounds"]):
        print(f"[abuse] round {index + 1}/{rounds}: p99 {figures['under_flood']['p99_ms']:.1f} ms under flood "
              f"vs {figures['baseline']['p99_ms']:.1f} ms = {figures['p99_ratio']:.2f}x", flush=True)
    return result


def run(target: Target, conf: dict[str, Any], tokens: tuple[str, ...],
        gateway_cfg: dict[str, Any] | None = None) -> dict[str, Any]:
    from gateway import config, render

    gateway_cfg = gateway_cfg or config.load()
    limit = key_limit_rps(render.edge_config(gateway_cfg, config.run_paths()), conf["scenario"])
    seconds, rounds = float(conf["phase_s"]), int(option(conf, "rounds"))
    plan = FloodPlan(flood_scenario_for(conf["scenario"]), int(conf["flood_keys"]),
                     limit * float(conf["flood_factor"]), 0)
    print(f"[abuse] {rounds} rounds of a {seconds:g}s baseline and a {seconds:g}s flood window (alternating "
          f"order): {conf['legit_users']} users x {conf['legit_rate']} req/s of {conf['scenario']}; flood: wrk, "
          f"{plan.keys} keys x {plan.rate:g} req/s ({conf['flood_factor']}x the per-IP limit {limit:g} req/s)",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="abuse-") as tmp:
        measured = asyncio.run(measure(target, conf, tokens, plan, Path(tmp)))
    result = {"scenario": conf["scenario"], "key_limit_rps": limit, "flood_offered_rps_per_key": plan.rate,
              **measured}
    under, base, flood = result["under_flood"], result["baseline"], result["flood"]
    print(f"[abuse] legitimate success {under['success_rate']:.2%} under flood (baseline "
          f"{base['success_rate']:.2%}) over {under['count']}/{base['count']} requests; p99 {under['p99_ms']:.1f} ms "
          f"under flood vs {base['p99_ms']:.1f} ms baseline = {result['p99_ratio']:.2f}x (median of the "
          f"{len(result['rounds'])} windows' p99: {under['median_window_p99_ms']:.1f} vs "
          f"{base['median_window_p99_ms']:.1f} ms = {result['median_window_p99_ratio']:.2f}x); client loop lag "
          f"p99 {under['client_loop_lag_p99_ms']:.1f} / {base['client_loop_lag_p99_ms']:.1f} ms; flood achieved "
          f"{flood.get('rps_per_key', 0):.1f} of {plan.rate:g} req/s per key, {flood.get('limited_rate', 0):.1%} "
          f"answered 429, wrk used {flood.get('client_cpu_s', math.nan):.2f} s CPU", flush=True)
    return result


def round_ratios(result: dict[str, Any]) -> list[float]:
    return [float(r["p99_ratio"]) for r in result.get("rounds", [])]


def judge(conf: dict[str, Any], result: dict[str, Any]) -> list[str]:
    breaches = []
    under = result["under_flood"]
    if under["success_rate"] < float(conf["min_legit_success"]):
        breaches.append(f"abuse: legitimate success {under['success_rate']:.2%} under flood < "
                        f"{float(conf['min_legit_success']):.0%} (statuses {under['statuses']})")
    if not result["p99_ratio"] <= float(conf["max_p99_ratio"]):
        breaches.append(f"abuse: legitimate p99 {result['p99_ratio']:.2f}x the baseline > {conf['max_p99_ratio']}x "
                        f"(per round: {', '.join(f'{r:.2f}x' for r in round_ratios(result))})")
    flood = result["flood"]
    if "error" in flood:
        breaches.append(f"abuse: the flood did not run: {flood['error']}")
    elif flood["achieved_ratio"] < option(conf, "min_flood_achieved"):
        breaches.append(f"abuse: the flood reached {flood['rps_per_key']:.1f} req/s per key, "
                        f"{flood['achieved_ratio']:.0%} of the {flood['offered_rps_per_key']:g} offered "
                        f"(< {option(conf, 'min_flood_achieved'):.0%}): the run did not show the stack under "
                        f"{conf['flood_factor']}x load")
    return breaches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtests.abuse", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slo", type=Path, default=None, help="thresholds (default loadtests/slo.yaml)")
    parser.add_argument("--rounds", type=int, help="override abuse.rounds (baseline + flood pairs)")
    parser.add_argument("--phase-s", type=float, help="override abuse.phase_s (seconds per timed phase)")
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args(argv)
    from loadtests import ownstack, slo

    raw = yaml.safe_load(Path(args.slo or slo.DEFAULT_SLO).read_text())
    conf = dict(raw.get("abuse") or {})
    if args.rounds is not None:
        conf["rounds"] = args.rounds
    if args.phase_s is not None:
        conf["phase_s"] = args.phase_s
    with ownstack.running("abuse", tweak=stack_tweak(conf)) as (handle, target):
        from gateway import config

        cfg = config.load(env=handle.env)
        result = run(target, conf, (), cfg)
    breaches = judge(conf, result)
    if args.json:
        args.json.write_text(json.dumps({**result, "breaches": breaches}, indent=2, default=str))
    for line in breaches:
        print(line, file=sys.stderr)
    return 1 if breaches else 0


if __name__ == "__main__":
    raise SystemExit(main())
