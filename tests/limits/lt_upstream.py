"""A real HTTP upstream for limiter tests: answers fast, slowly (`?ms=`), records arrival times (its
own clock, and the edge's: the request id nginx forwards ends with when the edge handled the request) and
the most requests it had in flight at once (peak_in_flight, per path prefix: tests reset it).

Runs an aiohttp server on its own event loop in a background thread of the test process, so tests can
read what reached the upstream (inter-arrival times for delay mode) without another process.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict

from aiohttp import web
from lt_pacing import SERVER_MSEC
from threaded_server import ThreadedServer


class UpstreamServer(ThreadedServer):
    name = "limits-upstream"
    backlog = 1024

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: dict[str, list[float]] = defaultdict(list)
        # the edge's clock (time.time()): immune to this thread being starved of CPU on a loaded machine
        self.edge_times: dict[str, list[float]] = defaultdict(list)
        self.in_flight = 0
        self.peak_in_flight: dict[str, int] = defaultdict(int)   # first path segments -> peak
        self._in_flight_by: dict[str, int] = defaultdict(int)

    async def _handle(self, request: web.Request) -> web.Response:
        self.arrivals[request.path].append(time.monotonic())
        edge_time = SERVER_MSEC.search(request.headers.get("X-Request-Id", ""))
        if edge_time:
            self.edge_times[request.path].append(float(edge_time.group(1)))
        delay_ms = request.query.get("ms", "0")
        prefix = "/".join(request.path.split("/")[:3])   # /lt/<route>
        self.in_flight += 1
        self._in_flight_by[prefix] += 1
        self.peak_in_flight[prefix] = max(self.peak_in_flight[prefix], self._in_flight_by[prefix])
        try:
            if delay_ms.isdigit() and int(delay_ms) > 0:
                await asyncio.sleep(int(delay_ms) / 1000)
        finally:
            self.in_flight -= 1
            self._in_flight_by[prefix] -= 1
        status = request.query.get("status", "200")
        return web.json_response({"ok": True, "path": request.path},
                                 status=int(status) if status.isdigit() and 200 <= int(status) < 600 else 200)

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/{tail:.*}", self._handle)
