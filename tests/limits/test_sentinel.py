"""Sentinel mode: three gateway nodes enforce one limit together through the primary that three
Sentinels name, and follow a failover: locally limited while the primary is gone, shared again through
the promoted replica. `make test` runs a short form; `make cluster-test` the acceptance form.
"""

from __future__ import annotations

import re

import pytest
from conftest import GatewayNode
from lt_upstream import UpstreamServer
from test_cluster import (
    SECONDS,
    assert_exact,
    assert_failed_open_within_bound,
    assert_shared_exactly,
    drive,
    drive_through_failover,
    fallbacks,
    settle,
)

from gateway.redis_processes import cli
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
    # every admission was the primary's (a client a node already refused is refused again from the refusal it
    # remembers, lua/edge/limit/refusals.lua, without a round trip)
    assert scripts_run(redis_sentinel, redis_sentinel.primary_port) - before >= load.statuses[200] > 0


def test_primary_killed_the_edge_follows_the_sentinels_to_the_promoted_replica(
        sentinel_nodes: list[GatewayNode], redis_sentinel: LocalSentinel, limits_upstream: UpstreamServer) -> None:
    route, path = "lt_cluster_failover", "/lt/cluster-failover/"
    victim, replica = redis_sentinel.primary_port, redis_sentinel.replica_port
    assert redis_sentinel.named_primary() == victim
    seconds = max(SECONDS, 9.0)   # a Sentinel failover takes a few seconds: DOWN_AFTER_MS, a vote, a promotion
    failover = drive_through_failover(sentinel_nodes, limits_upstream, path, seconds, seconds / 4,
                                      lambda: redis_sentinel.kill(victim),
                                      lambda: redis_sentinel.named_primary() == replica)
    assert redis_sentinel.named_primary() == replica                          # the replica took over
    assert_failed_open_within_bound(sentinel_nodes, route, failover)
    # and still 2 s after the promotion every node decides through the new primary, exactly
    settle(failover)
    decided_before = scripts_run(redis_sentinel, replica)
    after = assert_shared_exactly(sentinel_nodes, limits_upstream, route, path)
    assert scripts_run(redis_sentinel, replica) - decided_before >= after.statuses[200] > 0   # the new primary
