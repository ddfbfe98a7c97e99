"""Supervision of the stack's processes, the way systemd's Restart=on-failure or Circus do it.

A process that dies (a signal or a non-zero exit) has what is left of its process group killed
(nginx workers, PostgreSQL backends) and is started again after a backoff that doubles from
`backoff_initial` to `backoff_max` seconds; once it has run `stable_after` seconds the backoff starts
over. A clean exit (code 0) is someone's decision and is left alone. Every exit and restart is logged
and counted in $RUN_DIR/supervision.json, which `python -m gateway status` prints.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gateway.stack import Service, Stack, StackError
from servicekit.runpaths import ConfigError

STATE_FILE = "supervision.json"


@dataclass(frozen=True)
class RestartPolicy:
    backoff_initial: float = 1.0
    backoff_max: float = 30.0
    stable_after: float = 60.0

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> RestartPolicy:
        raw = (cfg.get("runner") or {}).get("restart") or {}
        try:
            policy = cls(**{name: float(value) for name, value in raw.items()})
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"runner.restart: {exc}") from exc
        if not 0 < policy.backoff_initial <= policy.backoff_max:
            raise ConfigError("runner.restart: need 0 < backoff_initial <= backoff_max")
        return policy

    def delay(self, crashes: int) -> float:
        """Seconds before restart number `crashes` of a crash loop (1, 2, 4, ... capped)."""
        return min(self.backoff_initial * 2 ** max(crashes - 1, 0), self.backoff_max)


@dataclass
class Record:
    """What status shows of one service; the private fields drive the backoff."""

    pid: int | None = None
    restarts: int = 0
    last_exit: int | None = None
    last_restart: str | None = None
    pending_restart_in: float | None = None
    _crashes: int = field(default=0, repr=False)
    _started: float = field(default=0.0, repr=False)
    _due: float | None = field(default=None, repr=False)

    def public(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if not k.startswith("_")}


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def reap_group(pid: int) -> None:
    """Kill what is left of a dead leader's process group: orphaned workers would hold its ports."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


class Supervisor:
    def __init__(self, stack: Stack, policy: RestartPolicy, clock: Callable[[], float] = time.monotonic,
                 log: Callable[[str], None] = lambda line: print(line, flush=True)) -> None:
        self.stack, self.policy, self.clock, self.log = stack, policy, clock, log
        self.records: dict[str, Record] = {}
        self.state_file: Path = stack.paths.root / STATE_FILE

    def tick(self) -> None:
        """One pass: note exits, restart those whose backoff is over. Called every ~0.5 s by the runner."""
        now, changed = self.clock(), False
        for svc in self.stack.started:
            assert svc.process is not None  # nosec B101 - started services have a process
            record = self.records.setdefault(svc.name, Record(pid=svc.process.pid, _started=now))
            code = svc.process.poll()
            if code is None:
                if record._crashes and now - record._started >= self.policy.stable_after:
                    record._crashes = 0
                continue
            if record.pid == svc.process.pid:  # an exit not yet seen
                changed |= self._exited(svc, record, code, now)
            elif record._due is not None and now >= record._due:
                changed |= self._restart(svc, record, now)
        if changed or not self.state_file.exists():
            self.save()

    def _exited(self, svc: Service, record: Record, code: int, now: float) -> bool:
        """Note an exit once: reap the group, and schedule a restart unless the exit was clean."""
        assert svc.process is not None  # nosec B101 - tick checked it
        reap_group(svc.process.pid)
        record.last_exit, record.pid = code, None
        if code == 0:
            self.log(f"[stack] {svc.name} exited cleanly (code 0); not restarted")
            return True
        record._crashes += 1
        delay = self.policy.delay(record._crashes)
        record._due, record.pending_restart_in = now + delay, delay
        how = f"signal {-code}" if code < 0 else f"code {code}"
        self.log(f"[stack] {svc.name} died ({how}); restart #{record.restarts + 1} in {delay:g}s; "
                 f"see {self.stack.paths.logs / (svc.name + '.log')}")
        return True

    def _restart(self, svc: Service, record: Record, now: float) -> bool:
        try:
            self.stack.spawn(svc)
        except StackError as exc:
            record._crashes += 1
            delay = self.policy.delay(record._crashes)
            record._due, record.pending_restart_in = now + delay, delay
            self.log(f"[stack] {svc.name} restart failed ({exc}); next try in {delay:g}s")
            return True
        assert svc.process is not None  # nosec B101 - spawn set it
        record.restarts += 1
        record.pid, record._due, record.pending_restart_in = svc.process.pid, None, None
        record._started, record.last_restart = now, _now_iso()
        self.log(f"[stack] {svc.name} restarted (pid {svc.process.pid}, restart #{record.restarts})")
        return True

    def save(self) -> None:
        data = {name: record.public() for name, record in self.records.items()}
        staging = self.state_file.with_name(f".{STATE_FILE}.new")
        staging.write_text(json.dumps(data, indent=2) + "\n")
        os.replace(staging, self.state_file)  # status never reads a half-written file


def read_state(root: Path) -> dict[str, dict[str, Any]]:
    try:
        data: dict[str, dict[str, Any]] = json.loads((root / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return data
