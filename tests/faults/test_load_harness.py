"""The load harness itself, against a raw local server: a hang, a close, a non-JSON error and a JSON
error are each counted where the fault report says, so a scenario's zeros mean something."""

from __future__ import annotations

import asyncio
import ssl

from .load import steady_load

ANSWERS = {
    b"/ok": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
    b"/json-error": (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: 17\r\n"
                     b"\r\n{\"error\": \"down\"}"),
    b"/html-error": b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\noops",
}


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    path = head.split(b" ", 2)[1]
    if path == b"/hang":
        await asyncio.sleep(5)          # never answers within the client's timeout
    elif path in ANSWERS:
        writer.write(ANSWERS[path])
        await writer.drain()
    writer.close()                      # /close: the connection ends with no answer


async def test_each_outcome_is_counted_where_the_report_says() -> None:
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # (path, idempotent): a GET closed unanswered is retried once, and still counts when the retry fails too
    paths = [("/ok", False), ("/json-error", False), ("/html-error", False), ("/hang", False), ("/close", False),
             ("/close", True)]
    mix = [(p, lambda client, i, p=p: client.get(p), idem) for p, idem in paths]
    async with server:
        run = await steady_load(f"http://127.0.0.1:{port}", ssl.create_default_context(), mix, rate=50,
                                max_count=len(paths), answer_within=0.5)
    assert run.summary() == {
        "sent": 6, "answered_by_status": {"200": 1, "502": 1, "503": 1}, "json_errors_by_status": {"503": 1},
        "non_json_errors": 1, "hung": 1, "unanswered": 2, "retried_after_close": 1,
    }
