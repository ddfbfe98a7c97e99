"""A local Redis Cluster: three primaries and three replicas as real redis-server processes.

`REDIS_MODE=cluster make up` starts one under .run/redis-cluster/ (the stack runs each node as a
service and calls `create` once they answer); the scale-out tests start their own on free ports.
Every node requires the stack's Redis password (replicas authenticate to their primary with it).
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Self

from gateway.redis_processes import RedisProcesses, cli, port_of

NODE_TIMEOUT_MS = 1000   # how long a silent primary has before its replica is promoted


def node_addresses(cfg: dict) -> list[str]:
    """limits.redis.nodes of gateway.yaml: the cluster's members, "host:port"."""
    nodes: list[str] = list(cfg.get("limits", {}).get("redis", {}).get("nodes") or [])
    if len(nodes) != 6:
        raise ValueError("limits.redis.nodes: a local cluster needs six host:port entries (3 primaries, 3 replicas)")
    return nodes


def write_node_conf(directory: Path, port: int, password: str, fresh: bool = False, bus_port: int = 0) -> Path:
    """redis.conf of one cluster member in its own directory (nodes.conf lives beside it).
    fresh: forget the member's cluster state (a new cluster is formed; a restarted member keeps it).
    bus_port: the cluster bus (0: Redis' default, port + 10000)."""
    directory.mkdir(parents=True, exist_ok=True)
    if fresh:
        (directory / "nodes.conf").unlink(missing_ok=True)
    conf = directory / "redis.conf"
    conf.write_text(
        f"port {port}\nbind 127.0.0.1\nprotected-mode yes\ndir {directory}\n"
        f"requirepass {password}\nmasterauth {password}\n"
        f"cluster-enabled yes\ncluster-config-file nodes.conf\ncluster-node-timeout {NODE_TIMEOUT_MS}\n"
        f"cluster-port {bus_port}\n"
        # a replica takes over however far behind it is: these are rate-limit counters, seconds long
        "cluster-replica-validity-factor 0\ncluster-require-full-coverage no\n"
        "save \"\"\nappendonly no\ndaemonize no\n")
    conf.chmod(0o600)
    return conf


def cluster_info(port: int, password: str) -> dict[str, str]:
    text = cli(port, password, "CLUSTER", "INFO", timeout=2)
    return dict(line.split(":", 1) for line in text.replace("\r", "").splitlines() if ":" in line)


def is_formed(ports: list[int], password: str) -> bool:
    """Every member answers and agrees the cluster is whole."""
    try:
        return all(cluster_info(port, password).get("cluster_state") == "ok" for port in ports)
    except subprocess.TimeoutExpired:
        return False


def create(addresses: list[str], password: str, timeout: float = 60) -> None:
    """Form the cluster from fresh members (idempotent: a formed cluster is left alone)."""
    ports = [port_of(a) for a in addresses]
    if is_formed(ports, password):
        return
    result = subprocess.run(["redis-cli", "--no-auth-warning", "-a", password, "--cluster", "create",  # noqa: S603,S607  # nosec B603 B607
                             *addresses, "--cluster-replicas", "1", "--cluster-yes"],
                            capture_output=True, text=True, check=False, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"redis-cli --cluster create failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    deadline = time.monotonic() + timeout
    while not is_formed(ports, password):
        if time.monotonic() > deadline:
            raise RuntimeError("redis cluster did not reach cluster_state:ok")
        time.sleep(0.2)


def primaries(port: int, password: str) -> list[int]:
    """Ports of the primaries that serve slots, as the member on `port` sees them (CLUSTER NODES)."""
    found = []
    for line in cli(port, password, "CLUSTER", "NODES").splitlines():
        fields = line.split()
        if len(fields) > 8 and "master" in fields[2] and "fail" not in fields[2]:
            found.append(int(fields[1].split("@")[0].rsplit(":", 1)[1]))
    return sorted(found)


class LocalCluster(RedisProcesses):
    """Six redis-server processes under `root`, for the tests (the stack runs them as services)."""

    def __init__(self, root: Path, ports: list[int], password: str, bus_ports: list[int] | None = None) -> None:
        super().__init__(root, password)
        self.ports = ports
        self.bus_ports = dict(zip(ports, bus_ports or [0] * len(ports), strict=True))
        self.formed: set[int] = set()   # members that were part of the cluster: restarted, they rejoin

    @property
    def addresses(self) -> list[str]:
        return [f"127.0.0.1:{port}" for port in self.ports]

    def start(self) -> Self:
        for port in self.ports:
            self.start_node(port)
        create(self.addresses, self.password)
        self.formed.update(self.ports)
        return self

    def start_node(self, port: int) -> None:
        conf = write_node_conf(self.root / str(port), port, self.password, fresh=port not in self.formed,
                               bus_port=self.bus_ports[port])
        self.spawn(port, [str(conf)])

    def primary_ports(self) -> list[int]:
        alive = next(p for p in self.ports if p in self.processes)
        return primaries(alive, self.password)
