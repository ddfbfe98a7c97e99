"""Every log of the stack rotated by size and age, keeping `keep` old files (runner.logs in gateway.yaml).

Two kinds of writers, one naming scheme (name.log, name.log.1 newest ... name.log.<keep> oldest):
- the runner's children write into a pipe the runner owns (PipedLog), so it rotates their files itself
  between two writes: no line is cut or lost, and the child never knows;
- nginx opens its own files: they are renamed, then the master gets USR1 and reopens them. Lines
  written or buffered meanwhile land in the renamed file (same inode), so none is lost either.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from servicekit.runpaths import ConfigError

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_size(value: Any) -> int:
    """50m -> bytes (k, m, g: powers of 1024, as logrotate reads them)."""
    match = re.fullmatch(r"\s*(\d+)\s*([kmg]?)b?\s*", str(value).lower())
    if not match or int(match[1]) == 0:
        raise ConfigError(f"runner.logs.max_size: not a size like 50m: {value!r}")
    return int(match[1]) * _UNITS[match[2]]


def parse_interval(value: Any) -> float:
    """1d -> seconds (s, m, h, d)."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd])\s*", str(value).lower())
    if not match or int(match[1]) == 0:
        raise ConfigError(f"runner.logs.interval: not a duration like 1d: {value!r}")
    return float(int(match[1]) * _SECONDS[match[2]])


@dataclass(frozen=True)
class LogPolicy:
    max_size: int = 50 * 1024**2
    keep: int = 5
    interval: float = 86400.0

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> LogPolicy:
        raw = (cfg.get("runner") or {}).get("logs") or {}
        keep = raw.get("keep", cls.keep)
        if not isinstance(keep, int) or isinstance(keep, bool) or keep < 1:
            raise ConfigError(f"runner.logs.keep: expected an integer >= 1, got {keep!r}")
        return cls(max_size=parse_size(raw.get("max_size", "50m")), keep=keep,
                   interval=parse_interval(raw.get("interval", "1d")))

    def due(self, paths: list[Path], opened: float) -> bool:
        """Past max_size, or older than interval (an empty file is never rotated)."""
        sizes = [path.stat().st_size for path in paths if path.exists()]
        return any(size >= self.max_size for size in sizes) or \
            (any(sizes) and time.monotonic() - opened >= self.interval)


def shift(path: Path, keep: int) -> None:
    """name.log -> name.log.1, .1 -> .2, ...; the oldest beyond `keep` goes."""
    path.with_name(f"{path.name}.{keep}").unlink(missing_ok=True)
    for number in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.rename(path.with_name(f"{path.name}.{number + 1}"))
    if path.exists():
        path.rename(path.with_name(f"{path.name}.1"))


class PipedLog:
    """A child's stdout/stderr pipe copied into name.log by a thread; rotation happens between writes."""

    def __init__(self, path: Path, policy: LogPolicy) -> None:
        self.path, self.policy = path, policy
        self._lock = threading.Lock()
        self._file: IO[bytes] = self._open()
        self._opened = time.monotonic()

    def _open(self) -> IO[bytes]:
        return open(self.path, "ab", buffering=0)  # noqa: SIM115 - kept open until rotation

    def follow(self, pipe: IO[bytes]) -> threading.Thread:
        """Copy the pipe until every writer has closed it (the child and what it forked)."""
        def copy() -> None:
            partial = b""  # a line is written whole, so a rotation never cuts one in two files
            with pipe:
                while chunk := pipe.read1(65536):  # type: ignore[attr-defined]
                    complete, newline, partial = (partial + chunk).rpartition(b"\n")
                    if newline:
                        self.write(complete + newline)
                    if len(partial) > 65536:  # no newline in sight: bounded memory beats whole lines
                        self.write(partial)
                        partial = b""
                if partial:
                    self.write(partial)
        thread = threading.Thread(target=copy, name=f"log-{self.path.stem}", daemon=True)
        thread.start()
        return thread

    def write(self, chunk: bytes) -> None:
        with self._lock:
            self._file.write(chunk)

    def due(self) -> bool:
        return self.policy.due([self.path], self._opened)

    def rotate(self) -> None:
        with self._lock:
            self._file.close()
            shift(self.path, self.policy.keep)
            self._file, self._opened = self._open(), time.monotonic()


class ReopenedLogs:
    """Files a process opens itself (nginx): rename them all, then ask it to reopen (USR1)."""

    def __init__(self, paths: list[Path], policy: LogPolicy, reopen: Callable[[], None]) -> None:
        self.paths, self.policy, self.reopen = paths, policy, reopen
        self._opened = time.monotonic()

    def due(self) -> bool:
        return self.policy.due(self.paths, self._opened)

    def rotate(self) -> None:
        for path in self.paths:
            shift(path, self.policy.keep)
        self.reopen()
        self._opened = time.monotonic()


def stdio_is(path: Path) -> bool:
    """Whether this process's stdout is path (the runner under `make up` writes into stack.log)."""
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), path.stat())
    except (OSError, ValueError):
        return False


def reopen_stdio(path: Path) -> None:
    """Point stdout and stderr at a fresh path (after the old file was renamed away)."""
    sys.stdout.flush()
    sys.stderr.flush()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.dup2(fd, sys.stdout.fileno())
    os.dup2(fd, sys.stderr.fileno())
    os.close(fd)
