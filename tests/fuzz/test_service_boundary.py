"""Input no service can store or decode (NUL, invalid UTF-8, lone surrogates) is refused at the
boundary with 400 invalid_request, on every route, before any handler or the database sees it."""

from __future__ import annotations

import contextlib
import select
import socket

import httpx
import pytest
from stackctl import StackHandle

pytestmark = pytest.mark.stack

BAD_QUERY_VALUES = ["%00", "T1%00", "%ff", "%c3%28", "%ed%a0%80", "T%fe%ffX"]


def assert_invalid_request(resp: httpx.Response) -> None:
    assert resp.status_code == 400, (resp.status_code, resp.text[:300])
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json()["error"] == "invalid_request"


@pytest.mark.parametrize("value", BAD_QUERY_VALUES)
def test_undecodable_query_values_get_400_at_jeeves(jeeves: httpx.Client, value: str) -> None:
    assert_invalid_request(jeeves.get(f"/api/users?team_id={value}"))
    assert_invalid_request(jeeves.get(f"/api/usage/stats?since={value}"))


@pytest.mark.parametrize("value", ["%00", "%ff"])
def test_undecodable_query_names_get_400(jeeves: httpx.Client, value: str) -> None:
    assert_invalid_request(jeeves.get(f"/api/users?{value}=1"))


@pytest.mark.parametrize("body", [b'{"name": "a\\u0000b"}', b'{"name": "\\ud800"}',
                                  b'{"settings": {"timezone": "Europe/\\u0000"}}'])
def test_json_strings_the_database_cannot_store_get_400(jeeves: httpx.Client, body: bytes) -> None:
    resp = jeeves.patch("/api/users/1", content=body, headers={"Content-Type": "application/json"})
    assert_invalid_request(resp)


@pytest.mark.parametrize("form", [b"grant_type=client_credentials&scope=read%00", b"grant_type=%ff",
                                  b"grant_type=client_credentials&client_id=%00x&client_secret=y"])
def test_undecodable_form_fields_get_400_at_tokendealer(tokendealer: httpx.Client, form: bytes) -> None:
    resp = tokendealer.post("/oauth/token", content=form,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_invalid_request(resp)


def test_undecodable_admin_form_gets_400(jeeves: httpx.Client) -> None:
    resp = jeeves.post("/admin/login", content=b"username=adm%00in&password=%ff&csrf_token=x",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_invalid_request(resp)


def test_ids_beyond_bigint_are_not_found(jeeves: httpx.Client) -> None:
    """Found by schemathesis: the driver overflowed on 2**63 (500)."""
    resp = jeeves.get(f"/api/users/{2**63}")
    assert resp.status_code == 404 and resp.json()["error"] == "not_found"


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_json_bodies_that_are_not_utf8_get_400(jeeves: httpx.Client, content_type: str) -> None:
    """Found by schemathesis: get_json raised UnicodeDecodeError even with silent=True (500)."""
    resp = jeeves.patch("/api/users/1", content=b"\xff{", headers={"Content-Type": content_type})
    assert resp.status_code == 400 and resp.headers["content-type"].startswith("application/json")


def _read_response(sock: socket.socket) -> bytes:
    """One response (head and Content-Length body), or what came before the service closed."""
    received = b""
    while b"\r\n\r\n" not in received or len(received.partition(b"\r\n\r\n")[2]) < _content_length(received):
        try:
            chunk = sock.recv(65536)
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    return received


def _content_length(received: bytes) -> int:
    for line in received.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def _two_requests(port: int, head: bytes, body: bytes, second: bytes) -> list[bytes]:
    """Send a request's head, then its body, as clients that write them separately do; after its answer, send
    a second request on the same keep-alive connection. Return both answers (empty where none came)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        select.select([sock], [], [], 0.5)  # a service that answers before the body has done so by now
        with contextlib.suppress(OSError):  # closed already: what it answered is read below
            sock.sendall(body)
        first = _read_response(sock)
        with contextlib.suppress(OSError):
            sock.sendall(second)
        return [first, _read_response(sock)]


@pytest.mark.parametrize("service", ["jeeves", "tokendealer"])
def test_a_refused_request_keeps_the_connection_for_the_next(stack: StackHandle, service: str) -> None:
    """Found by the TokenDealer fuzz test (flaky): a request refused for its path before its body was read was
    answered, then the connection dropped without `Connection: close`, and the client's next request on it was
    lost ("Server disconnected without sending a response")."""
    body = b'{"client_id": "x"}'
    head = (f"POST /x%00y HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    first, second = _two_requests(stack.ports[service], head, body, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    assert first.startswith(b"HTTP/1.1 400 "), first[:600]
    assert second.startswith(b"HTTP/1.1 200 "), (first[:600], second[:600])


@pytest.mark.parametrize("service", ["jeeves", "tokendealer"])
def test_a_body_over_the_limit_closes_the_connection_and_says_so(stack: StackHandle, service: str) -> None:
    head = (b"POST /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100000000\r\n\r\n")
    answer, _ = _two_requests(stack.ports[service], head, b"{}", b"")
    response_head = answer.split(b"\r\n\r\n")[0].lower()
    assert response_head.startswith(b"http/1.1 413"), answer[:600]
    assert b"\r\nconnection: close" in response_head, answer[:600]
