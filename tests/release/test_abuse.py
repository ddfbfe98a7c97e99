"""The abuse run's machinery: the wrk flood keeps each key's rate, identity and on/off schedule; the
baseline/flood windows alternate and pool as documented; the judge fails on each kind of breach."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from loadtests import abuse
from loadtests.driver import Sample
from loadtests.target import Target


class CountingServer(ThreadingHTTPServer):
    request_queue_size = 128   # every wrk connection is accepted at once (the default 5 drops SYNs)
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), CountingHandler)
        self.arrivals: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.lock = threading.Lock()


class CountingHandler(BaseHTTPRequestHandler):
    """Records (X-Forwarded-For, Authorization) and arrival time; answers 429 three times in four."""

    protocol_version = "HTTP/1.1"   # keep-alive, as the gateway
    server: CountingServer

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        key = (self.headers.get("X-Forwarded-For", ""), self.headers.get("Authorization", ""))
        with self.server.lock:
            self.server.arrivals[key].append(time.monotonic())
            status = 200 if len(self.server.arrivals[key]) % 4 == 0 else 429
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[CountingServer]:
    srv = CountingServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


def test_wrk_flood_keeps_each_keys_rate_ip_and_schedule(server: CountingServer, tmp_path: Path) -> None:
    assert shutil.which("wrk"), "wrk is required by the abuse run (apt package wrk; scripts/setup.sh)"
    target = Target(base_url=f"http://127.0.0.1:{server.server_address[1]}", secrets_dir=tmp_path,
                    spread_ips=True)
    plan = abuse.FloodPlan("token_flood", keys=3, rate=50.0, seconds=3)
    start = time.monotonic() + 0.5
    on = [(start, start + 1.0), (start + 1.5, start + 2.0)]   # 1.5 s on in all: 75 requests per key
    script = tmp_path / "flood.lua"
    script.write_text(abuse.wrk_script(abuse.flood_requests(target, plan), plan.rate, on))

    async def flood() -> dict[str, Any]:
        runner = abuse.Flood(target, plan, script)
        await runner.start()
        return await runner.result()

    result = asyncio.run(flood())
    assert "error" not in result, result
    keys = sorted(server.arrivals)
    assert len(keys) == 3
    assert len({ip for ip, _ in keys}) == 3 and len({auth for _, auth in keys}) == 3  # a key = an IP + a client
    for key, times in server.arrivals.items():
        assert 65 <= len(times) <= 80, (key, len(times))
        late = [t for t in times if not any(a - 0.01 <= t <= b + 0.05 for a, b in on)]
        assert not late, f"{key}: {len(late)} requests outside the flood windows"
    assert result["requests"] == sum(len(t) for t in server.arrivals.values())
    assert result["statuses"]["429"] > 2 * result["statuses"]["200"]


def samples_at(times: list[float], latency: float, t0: float = 0.0) -> list[Sample]:
    return [Sample(t - t0, "token", 200, latency, "legit") for t in times]


def test_schedule_alternates_guards_transitions_and_merges_flood_windows() -> None:
    windows = abuse.schedule(100.0, rounds=4, seconds=2.0, guard=0.25)
    assert [w.condition[0] for w in windows] == list("buubbuub")
    assert [w.guard for w in windows] == [0.25, 0.25, 0.0, 0.25, 0.0, 0.25, 0.0, 0.25]
    assert abuse.flood_on(windows) == [(102.0, 106.0), (110.0, 114.0)]
    assert abuse.window_of(windows, 100.1) is None           # guard after the start
    flood = abuse.window_of(windows, 104.1)   # F F: no switch, no guard
    assert flood is not None and flood.condition == "under_flood"
    assert abuse.window_of(windows, 116.0) is None           # after the run


def test_run_summary_pools_each_condition_and_leaves_guards_out() -> None:
    windows = abuse.schedule(10.0, rounds=2, seconds=1.0, guard=0.2)   # B [10,11) F [11,13) B [13,14)
    t0 = 5.0
    fast = [10.3 + i * 0.005 for i in range(100)] + [13.3 + i * 0.005 for i in range(100)]
    slow = [11.3 + i * 0.01 for i in range(150)]
    guarded = [10.05, 11.05, 13.1]   # inside guards: a 1 s latency there must not count
    samples = samples_at(fast, 0.004, t0) + samples_at(slow, 0.010, t0) + samples_at(guarded, 1.0, t0)
    samples.append(Sample(11.5 - t0, "token", 503, 0.002, "legit"))
    result = abuse.summarise_run(windows, t0, samples, [(10.5, 0.001), (11.5, 0.003)])
    assert result["baseline"]["count"] == 200 and result["under_flood"]["count"] == 151
    assert result["baseline"]["p99_ms"] == pytest.approx(4.0)
    assert result["under_flood"]["p99_ms"] == pytest.approx(10.0)
    assert result["p99_ratio"] == pytest.approx(2.5)
    assert result["under_flood"]["success_rate"] == pytest.approx(150 / 151)
    assert result["under_flood"]["client_loop_lag_p99_ms"] == pytest.approx(3.0)
    assert result["baseline"]["timed_s"] == pytest.approx(1.6)
    assert [r["p99_ratio"] for r in result["rounds"]] == [pytest.approx(2.5), pytest.approx(2.5)]


def good_result() -> dict[str, Any]:
    figures = {"success_rate": 1.0, "statuses": {"200": 900}}
    return {"under_flood": figures, "baseline": figures, "p99_ratio": 1.3,
            "flood": {"rps_per_key": 99.0, "offered_rps_per_key": 100.0, "achieved_ratio": 0.99}}


CONF = {"min_legit_success": 0.99, "max_p99_ratio": 2.0, "flood_factor": 20, "min_flood_achieved": 0.9}


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r["under_flood"].update(success_rate=0.98), "legitimate success 98.00%"),
    (lambda r: r.update(p99_ratio=2.01), "legitimate p99 2.01x"),
    (lambda r: r.update(p99_ratio=float("inf")), "legitimate p99 infx"),
    (lambda r: r.update(flood={"error": "wrk exited 1"}), "the flood did not run: wrk exited 1"),
    (lambda r: r["flood"].update(rps_per_key=80.0, achieved_ratio=0.8), "the flood reached 80.0 req/s"),
])
def test_judge_names_each_breach(change: Any, message: str) -> None:
    assert abuse.judge(CONF, good_result()) == []
    result = good_result()
    change(result)
    breaches = abuse.judge(CONF, result)
    assert len(breaches) == 1 and message in breaches[0], breaches


def test_lua_string_escapes_everything_but_plain_ascii() -> None:
    assert abuse.lua_string('a"b\\c\n') == '"a\\034b\\092c\\010"'
    assert abuse.lua_string(b"\xff") == '"\\255"'


def test_abuse_settings_beyond_slo_py_are_validated_or_defaulted() -> None:
    assert abuse.option({}, "rounds") == abuse.DEFAULTS["rounds"]
    assert abuse.option({"guard_s": 0.5}, "guard_s") == 0.5
    with pytest.raises(ValueError, match="abuse.rounds"):
        abuse.option({"rounds": "many"}, "rounds")
    committed = yaml.safe_load((Path(__file__).resolve().parents[2] / "loadtests" / "slo.yaml").read_text())
    for key in abuse.DEFAULTS:
        assert key in committed["abuse"], f"slo.yaml's abuse section should say {key} explicitly"
        abuse.option(committed["abuse"], key)
