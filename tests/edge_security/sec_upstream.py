"""A real HTTP upstream for the edge-security tests, in a background thread of the test process.

Serves a JWKS we control (and counts how often the edge fetches it), answers /sec/redirect/?to=X with
a 302 to X (an upstream that redirects wherever it is told), and echoes the identity headers the edge
sends upstream, so tests see exactly what got past the edge.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from typing import Any

from aiohttp import web


class SecUpstream:
    def __init__(self, jwks: dict[str, Any]) -> None:
        self.jwks = jwks
        self.jwks_fetches = 0
        self.hits: Counter[str] = Counter()
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port: int = sock.getsockname()[1]
        sock.close()

    async def _jwks(self, request: web.Request) -> web.Response:
        self.jwks_fetches += 1
        return web.json_response(self.jwks)

    async def _any(self, request: web.Request) -> web.Response:
        self.hits[request.path] += 1
        if request.path.startswith("/sec/redirect") or request.path.startswith("/sec/rewrite"):
            return web.Response(status=302, headers={"Location": request.query.get("to", "/")},
                                text="redirecting")
        return web.json_response({
            "path": request.path,
            "client_id": request.headers.get("X-Auth-Client-Id"),
            "scopes": request.headers.get("X-Auth-Scopes"),
        })

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/.well-known/jwks.json", self._jwks)
        app.router.add_route("*", "/{tail:.*}", self._any)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    def start(self) -> SecUpstream:
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._start())
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True, name="sec-upstream").start()
        if not ready.wait(10):
            raise RuntimeError("security test upstream did not start")
        return self

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._runner:
                await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
