"""Free loopback ports for the processes tests and benchmarks start, reserved for this process's lifetime.

`bind(0)` hands out ports from the kernel's ephemeral range, which outgoing connections also draw from:
between our probe and the server's own bind, a client socket can take the port. So ports come from below
the ephemeral range, and each one is claimed with a POSIX record lock on byte <port> of one shared file,
held until this process exits, so concurrent test runs on one machine never pick the same port.
"""

from __future__ import annotations

import fcntl
import secrets
import socket
import tempfile
from pathlib import Path
from typing import IO

LOW, HIGH = 20000, 32000  # below Linux's default ephemeral range (32768-60999)
LOCK_FILE = Path(tempfile.gettempdir()) / "edge-gateway-ports.lock"
_held: set[int] = set()  # record locks never conflict within one process, so we track our own
_lock_file: IO[bytes] | None = None  # one handle for every reservation; closing it would drop them all


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _claim(port: int) -> bool:
    global _lock_file
    if _lock_file is None:
        _lock_file = open(LOCK_FILE, "ab")  # noqa: SIM115 - held open on purpose: it carries the locks
    try:
        fcntl.lockf(_lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, port)
    except OSError:
        return False
    _held.add(port)
    if not _bindable(port):
        _release(port)
        return False
    return True


def free_ports(count: int) -> list[int]:
    """`count` distinct ports nobody listens on, that no other process using this module will hand out."""
    ports: list[int] = []
    start = LOW + secrets.randbelow(HIGH - LOW)  # spread concurrent runs apart; the locks make it safe
    for offset in range(HIGH - LOW):
        port = LOW + (start - LOW + offset) % (HIGH - LOW)
        if port not in _held and _claim(port):
            ports.append(port)
            if len(ports) == count:
                return ports
    raise RuntimeError(f"no {count} free ports between {LOW} and {HIGH}")


def _release(port: int) -> None:
    if _lock_file is not None and port in _held:
        fcntl.lockf(_lock_file, fcntl.LOCK_UN, 1, port)
        _held.discard(port)


def free_port_pairs(count: int, offset: int) -> list[int]:
    """`count` ports p, each reserved together with p + offset (Redis Cluster's bus port is p + 10000)."""
    span = HIGH - LOW - offset
    if span <= 0:
        raise ValueError(f"offset {offset} leaves no room between {LOW} and {HIGH}")
    ports: list[int] = []
    start = secrets.randbelow(span)
    for i in range(span):
        port = LOW + (start + i) % span
        if port in _held or port + offset in _held or not _claim(port):
            continue
        if not _claim(port + offset):
            _release(port)
            continue
        ports.append(port)
        if len(ports) == count:
            return ports
    raise RuntimeError(f"no {count} free port pairs {offset} apart between {LOW} and {HIGH}")


def free_port() -> int:
    return free_ports(1)[0]
