"""A real HTTP upstream for the edge-security tests, in a background thread of the test process.

Serves a JWKS we control (and counts how often the edge fetches it), answers /sec/redirect/?to=X with
a 302 to X (an upstream that redirects wherever it is told), and echoes the identity headers the edge
sends upstream, so tests see exactly what got past the edge.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from aiohttp import web
from threaded_server import ThreadedServer


class SecUpstream(ThreadedServer):
    name = "sec-upstream"

    def __init__(self, jwks: dict[str, Any]) -> None:
        super().__init__()
        self.jwks = jwks
        self.jwks_fetches = 0
        self.hits: Counter[str] = Counter()
        # A second JWKS that tests may change (key rotation), served with a 1 s max-age.
        self.rot_jwks: dict[str, Any] = {"keys": []}

    async def _jwks(self, request: web.Request) -> web.Response:
        self.jwks_fetches += 1
        return web.json_response(self.jwks)

    async def _rot_jwks(self, request: web.Request) -> web.Response:
        return web.json_response(self.rot_jwks, headers={"Cache-Control": "public, max-age=1"})

    async def _any(self, request: web.Request) -> web.Response:
        self.hits[request.path] += 1
        if request.path.startswith("/sec/redirect") or request.path.startswith("/sec/rewrite"):
            return web.Response(status=302, headers={"Location": request.query.get("to", "/")},
                                text="redirecting")
        return web.json_response({
            "path": request.path,
            "client_id": request.headers.get("X-Auth-Client-Id"),
            "scopes": request.headers.get("X-Auth-Scopes"),
            "request_id": request.headers.get("X-Request-Id"),
            "client_request_id": request.headers.get("X-Client-Request-Id"),
        })

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/.well-known/jwks.json", self._jwks)
        app.router.add_get("/rot/jwks.json", self._rot_jwks)
        app.router.add_route("*", "/{tail:.*}", self._any)
