"""Sentinel mode: three gateway nodes enforce one limit together through the primary that three
Sentinels name, and follow a failover: locally limited while the primary is gone, shared again through
the promoted replica. `make test` runs a short form; `make cluster-test` the acceptance form.
"""

from __future__ import annotations

import re
import threading
import time

import pytest
from conftest import GatewayNode
from lt_pacing import expected_admitted
from lt_upstream import UpstreamServer
from test_cluster import BURST, RATE, SECONDS, assert_exact, drive, failover_bound, fallbacks

from gateway.redis_cluster import cli
from gateway.redis_sentinel import LocalSentinel

pytestmark = [pytest.mark.stack, pytest.mark.cluster]


def scripts_run(deployment: LocalSentinel, port: int) -> int:
    """EVALSHA and EVAL calls one server ran: the limiter's decisions it took (keys expire at once)."""
    stats = cli(port, deployment.password, "INFO", "commandstats")
    return sum(int(calls) for calls in re.findall(r"^cmdstat_eval(?:sha)?:calls=(\d+),", stats, re.M))


def test_three_nodes_share_one_limit_through_the_sentinels_primary(sentinel_nodes: list[GatewayNode],
                                                                   redis_sentinel: LocalSentinel,
                                                                   limits_upstream: UpstreamServer) -> None:
    before = scripts_run(redis_sentinel, redis_sentinel.primary_port)
    load = drive(sentinel_nodes, limits_upstream, "/lt/cluster/", SECONDS)
    assert fallbacks(sentinel_nodes, "lt_cluster") == 0, [ln for n in sentinel_nodes
                                                          for ln in n.error_log().splitlines() if "redis" in ln][-6:]
    assert_exact(load)
    # every decision was the primary's (wrk stops with up to CONNECTIONS answers unread)
    assert scripts_run(redis_sentinel, redis_sentinel.primary_port) - before >= load.requests


def test_primary_killed_the_edge_follows_the_sentinels_to_the_promoted_replica(
        sentinel_nodes: list[GatewayNode], redis_sentinel: LocalSentinel, limits_upstream: UpstreamServer) -> None:
    route, path = "lt_cluster_failover", "/lt/cluster-failover/"
    victim, replica = redis_sentinel.primary_port, redis_sentinel.replica_port
    assert redis_sentinel.named_primary() == victim
    seconds = max(SECONDS, 9.0)   # a Sentinel failover takes a few seconds: DOWN_AFTER_MS, a vote, a promotion
    times: dict[str, float] = {}

    def kill_then_watch() -> None:
        time.sleep(seconds / 4)
        redis_sentinel.kill(victim)
        times["killed"] = time.monotonic()
        while redis_sentinel.named_primary() != replica and time.monotonic() < times["killed"] + 30:
            time.sleep(0.05)
        times["promoted"], times["promoted_at"] = time.monotonic(), time.time()

    watcher = threading.Thread(target=kill_then_watch)
    watcher.start()
    during = drive(sentinel_nodes, limits_upstream, path, seconds)
    ended = time.monotonic()
    watcher.join()
    assert redis_sentinel.named_primary() == replica                          # the replica took over
    assert set(during.statuses) <= {200, 429} and during.errors == 0, during  # nothing failed with Redis
    unavailable = min(times["promoted"], ended) - times["killed"]
    assert during.admitted() <= expected_admitted(RATE, BURST, during.seconds) + failover_bound(unavailable), \
        (during.statuses, unavailable, fallbacks(sentinel_nodes, route))
    assert fallbacks(sentinel_nodes, route) > 0                                # the nodes fell back to local limits
    assert any("redis unavailable" in n.error_log() for n in sentinel_nodes)   # and logged it

    # judged on the edge's times of the admitted requests: from 2 s after the promotion on, one shared
    # limit again
    settled_from = times["promoted_at"] + 2.0
    if during.arrivals[-1] - settled_from >= 1.0:
        late = [t for t in during.arrivals if t >= settled_from]
        window = during.arrivals[-1] - settled_from
        assert abs(len(late) - RATE * window) <= 0.01 * RATE * window + BURST + 1, (len(late), window)

    # and still 2 s after the promotion every node decides through the new primary, exactly
    time.sleep(max(0.0, settled_from - time.time()))
    settled = fallbacks(sentinel_nodes, route)
    decided_before = scripts_run(redis_sentinel, replica)
    after = drive(sentinel_nodes, limits_upstream, path, SECONDS)
    fell_back = fallbacks(sentinel_nodes, route) - settled
    assert fell_back == 0, (fell_back, [ln[:20] + ln[ln.find("unavailable"):]
                                        for n in sentinel_nodes for ln in n.error_log().splitlines()
                                        if "redis" in ln][-8:])
    assert_exact(after)
    assert scripts_run(redis_sentinel, replica) - decided_before >= after.requests   # through the new primary
