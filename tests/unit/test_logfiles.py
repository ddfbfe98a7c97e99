"""Log rotation without an nginx: sizes and durations from gateway.yaml, the name.log.N shift, and a
child's piped output rotated many times while it writes, with every line found exactly once."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from gateway import config
from gateway.logfiles import LogPolicy, PipedLog, ReopenedLogs, parse_interval, parse_size, shift
from gateway.render import debian_flavor, render
from servicekit.runpaths import ConfigError, RunPaths


def test_sizes_and_intervals_parse_like_logrotate_and_reject_nonsense() -> None:
    assert parse_size("50m") == 50 * 1024**2 and parse_size("64k") == 65536 and parse_size(100) == 100
    assert parse_interval("1d") == 86400 and parse_interval("30s") == 30 and parse_interval("2h") == 7200
    for bad in ("0m", "fifty", "5t", ""):
        with pytest.raises(ConfigError):
            parse_size(bad)
    with pytest.raises(ConfigError):
        parse_interval("1w")
    with pytest.raises(ConfigError):
        LogPolicy.from_config({"runner": {"logs": {"keep": 0}}})
    policy = LogPolicy.from_config(config.load(env={"RUNNER_LOGS_MAX_SIZE": "1k", "RUNNER_LOGS_KEEP": "3"}))
    assert policy.max_size == 1024 and policy.keep == 3


def test_shift_keeps_the_newest_keep_files(tmp_path: Path) -> None:
    log = tmp_path / "x.log"
    for generation in range(5):
        log.write_text(f"gen{generation}\n")
        shift(log, keep=3)
    assert not log.exists()
    assert [(tmp_path / f"x.log.{n}").read_text() for n in (1, 2, 3)] == ["gen4\n", "gen3\n", "gen2\n"]
    assert not (tmp_path / "x.log.4").exists()


def test_piped_child_output_survives_rotations_line_for_line(tmp_path: Path) -> None:
    lines = 20000
    child = subprocess.Popen([sys.executable, "-c", f"for i in range({lines}): print(f'line {{i}}', flush=True)"],
                             stdout=subprocess.PIPE)
    log = PipedLog(tmp_path / "svc.log", LogPolicy(max_size=4096, keep=1000))
    assert child.stdout is not None
    follower = log.follow(child.stdout)
    rotations = 0
    while follower.is_alive():
        if log.due():  # past 4 KiB
            log.rotate()
            rotations += 1
        time.sleep(0.001)
    child.wait()
    text = "".join(path.read_text() for path in tmp_path.glob("svc.log*"))
    assert rotations >= 3
    assert sorted(text.splitlines(), key=lambda line: int(line.split()[1])) == [f"line {i}" for i in range(lines)]


def test_reopened_logs_are_renamed_before_the_writer_is_asked_to_reopen(tmp_path: Path) -> None:
    access = tmp_path / "gateway-access.log"
    access.write_text("old\n")
    seen = []
    logs = ReopenedLogs([access, tmp_path / "gateway-error.log"], LogPolicy(max_size=1024, keep=2),
                        lambda: seen.append(sorted(p.name for p in tmp_path.iterdir())))
    assert not logs.due()  # 4 bytes, just opened
    logs.rotate()
    assert seen == [["gateway-access.log.1"]]


def test_access_log_is_buffered(tmp_path: Path) -> None:
    conf, _ = render(config.load(env={}), debian_flavor(RunPaths(tmp_path)))
    assert "gateway-access.log edge_json buffer=64k flush=1s;" in conf


def test_the_runners_own_log_rotates_under_it(tmp_path: Path) -> None:
    """Under `make up` the runner's stdout is stack.log: a rotation renames it and re-points stdout."""
    log = tmp_path / "stack.log"
    script = (
        "import sys; from pathlib import Path\n"
        "from gateway.logfiles import LogPolicy, ReopenedLogs, reopen_stdio, stdio_is\n"
        f"log = Path({str(log)!r})\n"
        "assert stdio_is(log) and not stdio_is(log.with_name('other.log'))\n"
        "print('before', flush=True)\n"
        "ReopenedLogs([log], LogPolicy(keep=2), lambda: reopen_stdio(log)).rotate()\n"
        "print('after', flush=True); print('err', file=sys.stderr, flush=True)\n"
    )
    with open(log, "ab") as out:
        subprocess.run([sys.executable, "-c", script], stdout=out, stderr=subprocess.STDOUT, check=True,
                       cwd=Path(__file__).resolve().parents[2])
    assert (tmp_path / "stack.log.1").read_text() == "before\n"
    assert log.read_text() == "after\nerr\n"
