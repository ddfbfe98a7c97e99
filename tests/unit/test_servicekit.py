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
