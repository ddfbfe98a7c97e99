"""Per-client OAuth limits cannot be spent by others: the client bucket (`charge: success`) is charged
only for requests the upstream accepted, so forged credentials naming a real client do not starve it."""

from __future__ import annotations

import threading

import httpx
import pytest
from stackctl import StackHandle

pytestmark = pytest.mark.stack


def test_only_successful_requests_are_charged(limits_stack: StackHandle) -> None:
    with limits_stack.client() as client:
        def call(status: int) -> httpx.Response:
            return client.post(f"/lt/charge-success/token?status={status}", auth=("client-x", "whatever"),
                               content="grant_type=client_credentials",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})

        refused = [call(401).status_code for _ in range(20)]
        assert refused == [401] * 20   # never 429: forged answers spend nothing
        resp = call(200)
        assert resp.status_code == 200
        assert '"per_client";q=3;w=180' in resp.headers["RateLimit-Policy"]   # burst 2 + 1, 3 min to refill
        assert [call(200).status_code for _ in range(3)] == [200, 200, 429]   # burst 2: 3 admitted
        limited = call(200)
        assert limited.status_code == 429
        assert limited.json()["error"] == "rate_limited"
        assert int(limited.headers["Retry-After"]) >= 1


def test_forged_flood_leaves_the_real_client_at_full_success(limits_stack: StackHandle) -> None:
    """Against the real /oauth/token route and TokenDealer: forged `demo-client:x` requests from rotating
    addresses (127.0.0.1 is a trusted proxy here) faster than the client's rate, while the real client
    asks for tokens within its own rate."""
    demo = limits_stack.secret_json("demo_client.json")
    stop = threading.Event()
    forged: list[int] = []

    def flood(worker: int) -> None:
        with limits_stack.client() as c:
            n = 0
            while not stop.is_set():
                n += 1
                forged.append(c.post("/oauth/token", data={"grant_type": "client_credentials"},
                                     auth=(demo["client_id"], "forged-secret"),
                                     headers={"X-Forwarded-For": f"10.77.{worker}.{n % 250 + 1}"}).status_code)

    threads = [threading.Thread(target=flood, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    real: list[int] = []
    try:
        with limits_stack.client() as c:
            while len(forged) < 400 or len(real) < 30:   # the flood alone outspends burst 200 + refill
                resp = c.post("/oauth/token", data={"grant_type": "client_credentials", "scope": "read"},
                              auth=(demo["client_id"], demo["client_secret"]),
                              headers={"X-Forwarded-For": "10.78.0.1"})
                real.append(resp.status_code)
                stop.wait(0.1)   # 10 r/s: within the client's own 20 r/s
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert real.count(200) == len(real), real
    assert set(forged) == {401}, sorted(set(forged))   # all reached TokenDealer: none spent a quota
