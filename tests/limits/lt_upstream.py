"""A real HTTP upstream for limiter tests: answers fast, slowly (`?ms=`), and records arrival times.

Runs an aiohttp server on its own event loop in a background thread of the test process, so tests can
read what reached the upstream (inter-arrival times for delay mode) without another process.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections import defaultdict

from aiohttp import web


class UpstreamServer:
    def __init__(self) -> None:
        self.arrivals: dict[str, list[float]] = defaultdict(list)
        self.in_flight = 0
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port: int = sock.getsockname()[1]
        sock.close()

    async def _handle(self, request: web.Request) -> web.Response:
        self.arrivals[request.path].append(time.monotonic())
        delay_ms = request.query.get("ms", "0")
        self.in_flight += 1
        try:
            if delay_ms.isdigit() and int(delay_ms) > 0:
                await asyncio.sleep(int(delay_ms) / 1000)
        finally:
            self.in_flight -= 1
        return web.json_response({"ok": True, "path": request.path})

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, backlog=1024).start()

    def start(self) -> UpstreamServer:
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._start())
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True, name="limits-upstream").start()
        if not ready.wait(10):
            raise RuntimeError("test upstream did not start")
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
