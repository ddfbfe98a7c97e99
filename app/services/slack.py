"""Replies through slack_sdk's AsyncWebClient (chat.postMessage) at SLACK_API_URL.

The client shares the process's aiohttp session and retries Slack's 429s after their Retry-After.
"""

from __future__ import annotations

import aiohttp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient


def make_client(token: str, base_url: str, session: aiohttp.ClientSession, timeout: int = 10) -> AsyncWebClient:
    base = base_url if base_url.endswith("/") else base_url + "/"
    return AsyncWebClient(
        token=token, base_url=base, session=session, timeout=timeout,
        retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=3),
                        AsyncConnectionErrorRetryHandler(max_retry_count=1)],
    )

