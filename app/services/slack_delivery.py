"""Slack messages sent once across crashes. Each message carries its idempotency key in Slack's message
metadata; an attempt that finds an earlier, unconfirmed intent to send asks Slack whether that message
went out (conversations.history of the DM, include_all_metadata) before it may send again.

Slack ignores client-side message ids, so the metadata is the only mark that survives a crash between
the send and its record. When Slack cannot answer, SlackUnavailable: the caller retries later and never
sends blind.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import aiohttp
from slack_sdk.errors import SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

EVENT_TYPE = "jeeves_delivery"
LOOKBACK = dt.timedelta(minutes=5)   # clock skew between our database and Slack's timestamps
PAGE = 200


class SlackUnavailable(Exception):
    """Slack could not tell whether the message went out: retry later, do not send."""


def metadata(key: str, **payload: Any) -> dict[str, Any]:
    """chat.postMessage's `metadata` for a message with this idempotency key."""
    return {"event_type": EVENT_TYPE, "event_payload": {"key": key, **payload}}


def carries(message: dict[str, Any], key: str) -> bool:
    meta = message.get("metadata") or {}
    return meta.get("event_type") == EVENT_TYPE and (meta.get("event_payload") or {}).get("key") == key


async def find_sent(slack: AsyncWebClient, user: str, key: str, since: dt.datetime) -> str | None:
    """The ts of our DM to Slack user `user` carrying `key`, posted since `since` (minus LOOKBACK), or
    None when there is none. Needs the im:write (conversations.open) and im:history scopes."""
    try:
        channel = (await slack.conversations_open(users=user))["channel"]["id"]
        oldest, cursor = f"{(since - LOOKBACK).timestamp():.6f}", None
        while True:
            page = await slack.conversations_history(channel=channel, oldest=oldest, limit=PAGE, cursor=cursor,
                                                     include_all_metadata=True)
            for message in page.get("messages") or []:
                if carries(message, key):
                    return str(message["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not page.get("has_more") or not cursor:
                return None
    except (SlackClientError, aiohttp.ClientError, TimeoutError, KeyError, TypeError) as exc:
        raise SlackUnavailable(f"cannot tell whether {key} was sent: {type(exc).__name__}: {exc}") from exc
