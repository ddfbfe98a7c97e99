"""Cluster mode: limits kept in Redis by one atomic script per decision, shared by gateway nodes,
falling back to local limits while Redis is down and recovering by itself."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from limits_support import RedisServer, metric
from lt_pacing import Run, assert_exact, expected_admitted, paced
from stackctl import StackHandle

pytestmark = pytest.mark.stack


def test_redis_accuracy_at_5x_rate_for_10s(limits_stack: StackHandle, limits_redis: RedisServer) -> None:
    run = asyncio.run(paced(lambda i: f"{limits_stack.base_url}/lt/accuracy-redis/{i}", 100, 10,
                            limits_stack.ssl_context()))
    assert set(run.statuses) <= {200, 429}, run.statuses
    assert_exact(run, 20, 10)
    assert metric(limits_stack, 'edge_limit_fallback_total{route="lt_accuracy_redis"}') == 0
    assert limits_redis.cli("EXISTS", "edge:rl:{lt_accuracy_redis}lt_accuracy_redis|per_ip|127.0.0.1").strip() == "1"


def test_two_nodes_sharing_redis_admit_what_one_node_admits(limits_stack: StackHandle, second_node: str) -> None:
    # Even requests go to node 1, odd ones to node 2: together they get one node's allowance.
    nodes = [limits_stack.base_url, second_node]
    run = asyncio.run(paced(lambda i: f"{nodes[i % 2]}/lt/two-nodes/{i}", 100, 10, limits_stack.ssl_context()))
    assert set(run.statuses) <= {200, 429}, run.statuses
    assert_exact(run, 20, 10)


def outage_phase(stack: StackHandle, seconds: float) -> Run:
    return asyncio.run(paced(lambda i: f"{stack.base_url}/lt/redis-outage/{i}", 20, seconds, stack.ssl_context()))


def test_redis_killed_mid_test_falls_back_to_local_limits_then_recovers(
        limits_stack: StackHandle, limits_redis: RedisServer) -> None:
    fallback = 'edge_limit_fallback_total{route="lt_redis_outage"}'
    up = outage_phase(limits_stack, 2)
    assert set(up.statuses) == {200, 429}
    assert metric(limits_stack, fallback) == 0

    limits_redis.kill()
    try:
        down = outage_phase(limits_stack, 3)
        # No 5xx caused by the outage, and the limit still holds (5 r/s + burst 5, locally).
        assert set(down.statuses) == {200, 429}, down.statuses
        assert down.admitted() <= expected_admitted(5, 5, down.span) + 1
        assert metric(limits_stack, fallback) > 0
    finally:
        limits_redis.start()

    time.sleep(1.5)   # > cooldown_s (1 s in overlay.yaml): every worker retries Redis
    outage_phase(limits_stack, 0.5)   # the first request per worker reconnects (new pool, NOSCRIPT)
    before = metric(limits_stack, fallback)
    again = outage_phase(limits_stack, 2)
    assert set(again.statuses) <= {200, 429}, again.statuses
    assert metric(limits_stack, fallback) == before
    assert limits_redis.cli("EXISTS", "edge:rl:{lt_redis_outage}lt_redis_outage|per_ip|127.0.0.1").strip() == "1"


def test_hung_redis_costs_a_millisecond_timeout_not_an_outage(
        limits_stack: StackHandle, limits_redis: RedisServer) -> None:
    fallback = 'edge_limit_fallback_total{route="lt_redis_slow"}'
    limits_redis.pause(True)
    try:
        # The client gives up after 5 s: a gateway waiting on the hung Redis would fail this.
        with limits_stack.client() as client:
            client.timeout = httpx.Timeout(5.0)
            statuses = [client.get(f"/lt/redis-slow/{i}").status_code for i in range(20)]
    finally:
        limits_redis.pause(False)
    assert set(statuses) == {200, 429}, statuses      # answered, and still limited (locally)
    assert statuses.count(200) <= 5 + 1 + 2
    assert metric(limits_stack, fallback) > 0
