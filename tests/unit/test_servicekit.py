"""Both services answer every error status as JSON, never HTML or a traceback."""

from __future__ import annotations

import pytest

import app
import tokendealer


@pytest.fixture(params=[app.create_app, tokendealer.create_app], ids=["jeeves", "tokendealer"])
def service(request):  # type: ignore[no-untyped-def]
    return request.param()


async def test_healthz(service) -> None:  # type: ignore[no-untyped-def]
    resp = await service.test_client().get("/healthz")
    assert resp.status_code == 200
    assert (await resp.get_json())["status"] == "ok"


async def test_unknown_path_is_json_404(service) -> None:  # type: ignore[no-untyped-def]
    resp = await service.test_client().get("/nope", headers={"X-Request-Id": "abc-12345678"})
    assert resp.status_code == 404
    body = await resp.get_json()
    assert body["error"] == "not_found"
    assert body["request_id"] == "abc-12345678"
    assert resp.headers["X-Request-Id"] == "abc-12345678"


async def test_wrong_method_is_json_405(service) -> None:  # type: ignore[no-untyped-def]
    resp = await service.test_client().post("/healthz")
    assert resp.status_code == 405
    assert (await resp.get_json())["error"] == "method_not_allowed"
    assert "GET" in resp.headers["Allow"]


async def test_unexpected_exception_is_json_500_without_traceback(service) -> None:  # type: ignore[no-untyped-def]
    @service.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    resp = await service.test_client().get("/boom")
    assert resp.status_code == 500
    body = await resp.get_json()
    assert body["error"] == "internal_error"
    assert "secret" not in str(body)


async def test_client_request_id_is_kept_beside_the_edges_id(service) -> None:  # type: ignore[no-untyped-def]
    import structlog

    @service.get("/log-context")
    async def log_context() -> dict[str, str]:
        return dict(structlog.contextvars.get_contextvars())

    client = service.test_client()
    resp = await client.get("/log-context", headers={"X-Request-Id": "edge-0123456789",
                                                     "X-Client-Request-Id": "client-trace-42"})
    context = await resp.get_json()
    assert context["request_id"] == "edge-0123456789" and context["client_request_id"] == "client-trace-42"
    assert resp.headers["X-Request-Id"] == "edge-0123456789"  # the edge's id stays the authoritative one
    forged = await (await client.get("/log-context", headers={"X-Client-Request-Id": "bad\"id{}x"})).get_json()
    assert "client_request_id" not in forged
