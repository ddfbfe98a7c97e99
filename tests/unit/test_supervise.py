"""The runner's supervisor on real child processes, with a fake clock: a killed process comes back
after its backoff, the backoff doubles in a crash loop and is capped, a clean exit is left alone."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from gateway import config
from gateway.stack import Service, Stack
from gateway.supervise import RestartPolicy, Supervisor, read_state
from servicekit.runpaths import ConfigError, RunPaths


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def wait_exit(svc: Service) -> None:
    assert svc.process is not None
    deadline = time.monotonic() + 30
    while svc.process.poll() is None:
        assert time.monotonic() < deadline, "child did not exit"
        time.sleep(0.02)


@pytest.fixture
def stack(tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = RunPaths(tmp_path)
    paths.make()
    stack = Stack(config.load(env={}), paths)
    yield stack
    stack.stop()


def started(stack: Stack, name: str, code: str = "import time; time.sleep(600)") -> Service:
    svc = Service(name=name, argv=[sys.executable, "-c", code], ready=lambda: True)
    stack.start_service(svc)
    return svc


def test_killed_process_is_restarted_after_backoff_and_counted(stack: Stack) -> None:
    clock, lines = Clock(), []
    svc = started(stack, "sleeper")
    supervisor = Supervisor(stack, RestartPolicy(backoff_initial=1, backoff_max=4), clock, lines.append)
    supervisor.tick()
    first_pid = svc.process.pid  # type: ignore[union-attr]
    os.kill(first_pid, signal.SIGKILL)
    wait_exit(svc)
    supervisor.tick()
    assert "sleeper died (signal 9); restart #1 in 1s" in lines[-1]
    clock.now += 0.5
    supervisor.tick()
    assert svc.process.pid == first_pid  # type: ignore[union-attr]  # backoff not over yet
    clock.now += 0.5
    supervisor.tick()
    assert svc.process.pid != first_pid and svc.process.poll() is None  # type: ignore[union-attr]
    assert "restarted" in lines[-1] and "restart #1" in lines[-1]
    assert (stack.paths.pids / "sleeper.pid").read_text().strip() == str(svc.process.pid)  # type: ignore[union-attr]
    state = read_state(stack.paths.root)["sleeper"]
    assert state["restarts"] == 1 and state["last_exit"] == -signal.SIGKILL and state["pid"] == svc.process.pid  # type: ignore[union-attr]


def test_crash_loop_backs_off_exponentially_up_to_the_cap(stack: Stack) -> None:
    clock, lines = Clock(), []
    svc = started(stack, "sleeper")
    svc.argv = [sys.executable, "-c", "raise SystemExit(3)"]  # every restart crashes at once
    supervisor = Supervisor(stack, RestartPolicy(backoff_initial=1, backoff_max=4), clock, lines.append)
    supervisor.tick()
    os.kill(svc.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
    delays = []
    for _ in range(5):
        wait_exit(svc)
        supervisor.tick()
        record = supervisor.records["sleeper"]
        delays.append(record.pending_restart_in)
        clock.now += record.pending_restart_in or 0
        supervisor.tick()  # restarts it; it exits with code 3
    assert delays == [1, 2, 4, 4, 4]
    assert supervisor.records["sleeper"].restarts == 5 and supervisor.records["sleeper"].last_exit == 3


def test_backoff_starts_over_once_the_process_ran_stable_after(stack: Stack) -> None:
    clock = Clock()
    svc = started(stack, "sleeper")
    supervisor = Supervisor(stack, RestartPolicy(backoff_initial=1, backoff_max=30, stable_after=60), clock,
                            lambda _: None)
    for expected in (1, 2):
        supervisor.tick()
        os.kill(svc.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
        wait_exit(svc)
        supervisor.tick()
        assert supervisor.records["sleeper"].pending_restart_in == expected
        clock.now += expected
        supervisor.tick()
    clock.now += 61
    supervisor.tick()  # ran stable_after: the next crash waits backoff_initial again
    os.kill(svc.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
    wait_exit(svc)
    supervisor.tick()
    assert supervisor.records["sleeper"].pending_restart_in == 1


def test_clean_exit_is_not_restarted(stack: Stack) -> None:
    clock, lines = Clock(), []
    svc = started(stack, "oneshot", "import time; time.sleep(0.3)")
    supervisor = Supervisor(stack, RestartPolicy(), clock, lines.append)
    wait_exit(svc)
    supervisor.tick()
    clock.now += 1000
    supervisor.tick()
    assert supervisor.records["oneshot"].restarts == 0 and "not restarted" in lines[-1]


def test_restart_policy_comes_from_gateway_yaml_and_rejects_nonsense() -> None:
    assert RestartPolicy.from_config(config.load(env={})).backoff_max >= 1
    assert RestartPolicy.from_config(config.load(env={"RUNNER_BACKOFF_INITIAL": "7", "RUNNER_BACKOFF_MAX": "9"})) \
        .delay(5) == 9
    with pytest.raises(ConfigError):
        RestartPolicy.from_config({"runner": {"restart": {"backoff_initial": 5, "backoff_max": 1}}})
    with pytest.raises(ConfigError):
        RestartPolicy.from_config({"runner": {"restart": {"backoff_initial": "soon"}}})
