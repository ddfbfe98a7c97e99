"""Test ports come from below the ephemeral range and are never handed to two processes at once."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from stackctl import REPO

from servicekit import ports


def test_ports_are_bindable_distinct_and_outside_the_ephemeral_range() -> None:
    got = ports.free_ports(30)
    assert len(set(got)) == 30
    low, _high = (int(x) for x in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    assert all(ports.LOW <= p < min(ports.HIGH, low) for p in got)
    for port in got:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))


def test_another_process_never_gets_a_port_this_one_holds() -> None:
    mine = set(ports.free_ports(50))
    everything_else = (ports.HIGH - ports.LOW) - len(mine) - 500  # leave room for ports in use elsewhere
    script = f"import json; from servicekit.ports import free_ports; print(json.dumps(free_ports({everything_else})))"
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True,
                         timeout=120)
    assert not mine & set(json.loads(out.stdout))


def test_port_pairs_are_reserved_together() -> None:
    pairs = ports.free_port_pairs(5, 10000)
    assert len(set(pairs)) == 5
    for port in pairs:
        assert port in ports._held and port + 10000 in ports._held
        assert port + 10000 < ports.HIGH
