"""The edge skeleton through the real nginx: health, TLS, redirects, request ids, JSON errors, logs."""

from __future__ import annotations

import json
import re
import socket
import ssl
import time

import httpx
import pytest

pytestmark = pytest.mark.stack


# The edge's own ids: render instance, time, connection serial, request number on the connection.
EDGE_ID = re.compile(r"[0-9a-f]{8}-\d+\.\d{3}-\d+-\d+")


def test_healthz_is_json_with_request_id(client: httpx.Client) -> None:
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok"}
    assert EDGE_ID.fullmatch(resp.headers["X-Request-Id"])


def test_edge_request_ids_are_unique(stack) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for _ in range(3):   # several connections, several requests on each
        with stack.client() as client:
            ids += [client.get("/healthz").headers["X-Request-Id"] for _ in range(20)]
    assert len(set(ids)) == len(ids) == 60


def test_readyz_reports_every_upstream(client: httpx.Client) -> None:
    resp = client.get("/readyz")
    assert resp.status_code == 200
    assert resp.json()["checks"] == {"jeeves": "up", "tokendealer": "up"}


def test_security_headers_on_https(client: httpx.Client) -> None:
    resp = client.get("/healthz")
    assert resp.headers["Strict-Transport-Security"].startswith("max-age=63072000")
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Server"] == "nginx"  # no version


def test_the_edges_request_id_is_authoritative(client: httpx.Client) -> None:
    """A client's id never becomes ours (it is kept as client_request_id: tests/edge_security/test_request_ids.py)."""
    resp = client.get("/healthz", headers={"X-Request-Id": "trace-abc-12345"})
    assert EDGE_ID.fullmatch(resp.headers["X-Request-Id"])
    upstream = client.get("/.well-known/no-such", headers={"X-Request-Id": "trace-abc-67890"})
    assert EDGE_ID.fullmatch(upstream.headers["X-Request-Id"])


@pytest.mark.parametrize("bad", ["short", "has space in it", "x" * 200, "<script>alert(1)</script>"])
def test_malformed_request_id_is_replaced(client: httpx.Client, bad: str) -> None:
    resp = client.get("/healthz", headers={"X-Request-Id": bad})
    assert resp.headers["X-Request-Id"] != bad
    assert EDGE_ID.fullmatch(resp.headers["X-Request-Id"])


def test_http_port_redirects_to_https_with_308(stack) -> None:  # type: ignore[no-untyped-def]
    resp = httpx.get(f"http://localhost:{stack.ports['http']}/x?a=1", trust_env=False)
    assert resp.status_code == 308
    assert resp.headers["Location"] == f"https://localhost:{stack.ports['https']}/x?a=1"
    assert resp.json()["location"] == resp.headers["Location"]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "localhost.evil.example"])
def test_http_redirect_names_the_configured_server_never_the_clients_host(stack, host: str) -> None:  # type: ignore[no-untyped-def]
    resp = httpx.get(f"http://127.0.0.1:{stack.ports['http']}/x?a=1", headers={"Host": host}, trust_env=False)
    assert resp.status_code == 308
    assert resp.headers["Location"] == f"https://localhost:{stack.ports['https']}/x?a=1"
    assert "evil" not in resp.text


def test_acme_challenges_are_served_over_http(stack) -> None:  # type: ignore[no-untyped-def]
    challenge = stack.run_dir / "acme-webroot" / ".well-known" / "acme-challenge"
    challenge.mkdir(parents=True, exist_ok=True)
    (challenge / "tok123").write_text("tok123.thumbprint")
    resp = httpx.get(f"http://localhost:{stack.ports['http']}/.well-known/acme-challenge/tok123", trust_env=False)
    assert resp.status_code == 200
    assert resp.text == "tok123.thumbprint"
    missing = httpx.get(f"http://localhost:{stack.ports['http']}/.well-known/acme-challenge/nope", trust_env=False)
    assert missing.status_code == 404
    assert missing.json()["error"] == "not_found"


def test_unknown_route_is_json_404(client: httpx.Client) -> None:
    resp = client.get("/no/such/route")
    assert resp.status_code == 404
    body = resp.json()
    assert body["error"] == "not_found"
    assert body["request_id"] == resp.headers["X-Request-Id"]


def test_body_over_route_limit_is_json_413(client: httpx.Client) -> None:
    resp = client.post("/slack/events", content=b"x" * (65 * 1024), headers={"Content-Type": "application/json"})
    assert resp.status_code == 413
    assert resp.json()["error"] == "payload_too_large"


def test_wrong_method_is_json_405_with_allow(client: httpx.Client) -> None:
    resp = client.get("/slack/events")
    assert resp.status_code == 405
    assert resp.headers["Allow"] == "POST"
    assert resp.json()["error"] == "method_not_allowed"


def test_garbage_request_line_gets_json_400(stack) -> None:  # type: ignore[no-untyped-def]
    ctx = stack.ssl_context()
    with socket.create_connection(("127.0.0.1", stack.ports["https"])) as raw, \
            ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        tls.sendall(b"GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := tls.recv(4096):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"application/json" in head
    doc = re.search(rb"\{.*\}", body, re.S)
    assert doc and json.loads(doc.group(0))["error"] == "bad_request"


@pytest.mark.parametrize("version", [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3])
def test_tls_12_and_13_are_accepted(stack, version: ssl.TLSVersion) -> None:  # type: ignore[no-untyped-def]
    ctx = stack.ssl_context()
    ctx.minimum_version = ctx.maximum_version = version
    with socket.create_connection(("127.0.0.1", stack.ports["https"])) as raw, \
            ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        assert tls.version() == {ssl.TLSVersion.TLSv1_2: "TLSv1.2", ssl.TLSVersion.TLSv1_3: "TLSv1.3"}[version]


def test_tls_11_is_refused(stack) -> None:  # type: ignore[no-untyped-def]
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(str(stack.ca))
    try:
        ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        ctx.set_ciphers("ALL:@SECLEVEL=0")
    except (ValueError, ssl.SSLError):
        pytest.skip("this OpenSSL cannot even offer TLS 1.1")
    with socket.create_connection(("127.0.0.1", stack.ports["https"])) as raw, pytest.raises(ssl.SSLError):
        ctx.wrap_socket(raw, server_hostname="localhost")


def test_access_log_is_one_json_object_per_request(stack, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    rid = f"log-probe-{time.time_ns()}"
    client.get("/no/such/thing", headers={"X-Request-Id": rid})
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        entries = [e for e in stack.access_log_lines() if e.get("client_request_id") == rid]
        if entries:
            break
        time.sleep(0.1)
    (entry,) = entries
    assert entry["method"] == "GET" and entry["path"] == "/no/such/thing" and entry["status"] == 404
    assert EDGE_ID.fullmatch(entry["request_id"])
    for key in ("time", "client_ip", "bytes", "upstream_time", "total_time", "decisions"):
        assert key in entry


def test_metrics_endpoint_counts_requests(stack, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    client.get("/healthz")
    text = httpx.get(f"http://127.0.0.1:{stack.ports['metrics']}/metrics", trust_env=False).text
    assert "# TYPE edge_requests_total counter" in text
    assert 'edge_requests_total{route="none",status="200"}' in text
    assert 'edge_request_duration_seconds_bucket{route="none",le="+Inf"}' in text
