"""A local Sentinel-managed Redis: one primary, one replica and three Sentinels as real processes.

`REDIS_MODE=sentinel make up` starts one under .run/redis-sentinel/ (the stack runs each process as a
service, then waits until the Sentinels agree); the scale-out tests start their own on free ports.
Sentinels are `redis-server --sentinel` (Debian's redis-sentinel binary is not installed). Every
process requires the stack's Redis password: replicas and Sentinels authenticate with it too.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Self

from gateway.redis_processes import RedisProcesses, cli

DOWN_AFTER_MS = 1000       # how long a silent primary has before the Sentinels call it down
FAILOVER_TIMEOUT_MS = 10000
QUORUM = 2                 # of three Sentinels


def addresses(cfg: dict, key: str, count: int) -> list[str]:
    """limits.redis.servers (primary, replica) or .sentinels (three) of gateway.yaml, "host:port"."""
    found: list[str] = list(cfg.get("limits", {}).get("redis", {}).get(key) or [])
    if len(found) != count:
        raise ValueError(f"limits.redis.{key}: a local Sentinel deployment needs {count} host:port entries")
    return found


def write_server_conf(directory: Path, port: int, password: str, primary_port: int | None = None) -> Path:
    """redis.conf of the primary, or of its replica (primary_port given)."""
    directory.mkdir(parents=True, exist_ok=True)
    conf = directory / "redis.conf"
    replica = f"replicaof 127.0.0.1 {primary_port}\n" if primary_port else ""
    conf.write_text(
        f"port {port}\nbind 127.0.0.1\nprotected-mode yes\ndir {directory}\n"
        f"requirepass {password}\nmasterauth {password}\n{replica}"
        "save \"\"\nappendonly no\ndaemonize no\n")
    conf.chmod(0o600)
    return conf


def write_sentinel_conf(directory: Path, port: int, password: str, master_name: str, primary_port: int) -> Path:
    """sentinel.conf of one Sentinel (fresh: a Sentinel rewrites its own file as it learns)."""
    directory.mkdir(parents=True, exist_ok=True)
    conf = directory / "sentinel.conf"
    conf.write_text(
        f"port {port}\nbind 127.0.0.1\nprotected-mode yes\ndir {directory}\ndaemonize no\n"
        f"requirepass {password}\nsentinel sentinel-pass {password}\n"
        f"sentinel monitor {master_name} 127.0.0.1 {primary_port} {QUORUM}\n"
        f"sentinel auth-pass {master_name} {password}\n"
        f"sentinel down-after-milliseconds {master_name} {DOWN_AFTER_MS}\n"
        f"sentinel failover-timeout {master_name} {FAILOVER_TIMEOUT_MS}\n"
        f"sentinel parallel-syncs {master_name} 1\n")
    conf.chmod(0o600)
    return conf


def named_primary(sentinel_port: int, password: str, master_name: str) -> int | None:
    """Port of the primary one Sentinel names (None when it does not answer)."""
    lines = cli(sentinel_port, password, "SENTINEL", "get-master-addr-by-name", master_name, timeout=2).split()
    return int(lines[1]) if len(lines) == 2 and lines[1].isdigit() else None


def role(port: int, password: str) -> str:
    out = cli(port, password, "ROLE", timeout=2).split()
    return out[0] if out else ""


def sentinel_view(sentinel_port: int, password: str, master_name: str) -> dict[str, str]:
    """SENTINEL MASTER's fields: num-slaves, num-other-sentinels, flags..."""
    lines = cli(sentinel_port, password, "SENTINEL", "MASTER", master_name, timeout=2).splitlines()
    return dict(zip(lines[::2], lines[1::2], strict=False))


def is_ready(sentinel_ports: list[int], password: str, master_name: str, primary_port: int) -> bool:
    """Every Sentinel names the primary, sees its replica and the two other Sentinels: a failover
    can then start as soon as the primary is down (a Sentinel alone cannot reach the quorum)."""
    try:
        views = [sentinel_view(port, password, master_name) for port in sentinel_ports]
    except subprocess.TimeoutExpired:
        return False
    return all(v.get("port") == str(primary_port) and v.get("num-slaves") == "1"
               and v.get("num-other-sentinels") == str(len(sentinel_ports) - 1) for v in views)


def wait_ready(sentinel_ports: list[int], password: str, master_name: str, primary_port: int,
               timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not is_ready(sentinel_ports, password, master_name, primary_port):
        if time.monotonic() > deadline:
            raise RuntimeError("redis sentinels did not agree on the primary, its replica and each other")
        time.sleep(0.2)


class LocalSentinel(RedisProcesses):
    """A primary, its replica and three Sentinels under `root`, for the tests (the stack runs them as
    services)."""

    def __init__(self, root: Path, server_ports: list[int], sentinel_ports: list[int], password: str,
                 master_name: str = "edge-limits") -> None:
        super().__init__(root, password)
        self.primary_port, self.replica_port = server_ports
        self.sentinel_ports = sentinel_ports
        self.master_name = master_name

    @property
    def sentinels(self) -> list[str]:
        return [f"127.0.0.1:{port}" for port in self.sentinel_ports]

    def start(self) -> Self:
        primary = self.primary_port
        self.spawn(self.primary_port, [str(write_server_conf(self.root / str(primary), primary, self.password))])
        self.spawn(self.replica_port, [str(write_server_conf(self.root / str(self.replica_port), self.replica_port,
                                                             self.password, primary))])
        for port in self.sentinel_ports:
            conf = write_sentinel_conf(self.root / f"sentinel-{port}", port, self.password, self.master_name, primary)
            self.spawn(port, [str(conf), "--sentinel"])
        wait_ready(self.sentinel_ports, self.password, self.master_name, primary)
        return self

    def named_primary(self) -> int | None:
        """The primary's port once every live Sentinel names it and it says it is one (None meanwhile)."""
        named = {named_primary(port, self.password, self.master_name)
                 for port in self.sentinel_ports if port in self.processes}
        if len(named) != 1:
            return None
        port = named.pop()
        return port if port in self.processes and role(port, self.password) == "master" else None
