"""The fake Slack's conversations: messages posted by chat.postMessage, kept per channel with their
metadata, read back by conversations.history (newest first, oldest/latest/inclusive, cursor pages) and
DMs opened by conversations.open, as Slack documents those methods."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections import OrderedDict, deque
from typing import Any

PER_CHANNEL = 1000          # messages kept per channel: a long demo run stays bounded
CHANNELS = 10_000           # channels kept, least recently posted to dropped first
MAX_PAGE = 999              # Slack's maximum `limit`


class SlackError(Exception):
    """A Slack error code, answered as {"ok": false, "error": code} with HTTP 200."""


def truthy(value: Any) -> bool:
    return str(value).lower() in ("1", "true")


def is_user_id(channel: str) -> bool:
    return channel[:1] in ("U", "W")


def dm_channel(users: list[str]) -> str:
    """A stable conversation id per set of users: D... for one (a DM with the bot), G... for several."""
    digest = hashlib.sha256(",".join(sorted(users)).encode()).hexdigest()[:10].upper()
    return ("D" if len(users) == 1 else "G") + digest


def parse_metadata(raw: Any) -> dict[str, Any] | None:
    """chat.postMessage's `metadata`: a JSON object (or its JSON text in a form) with event_type and
    event_payload."""
    if raw in (None, ""):
        return None
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise SlackError("invalid_metadata_format") from None
    if not isinstance(raw, dict):
        raise SlackError("invalid_metadata_format")
    if not isinstance(raw.get("event_type"), str) or not isinstance(raw.get("event_payload"), dict):
        raise SlackError("invalid_metadata_schema")
    return {"event_type": raw["event_type"], "event_payload": raw["event_payload"]}


class Conversations:
    def __init__(self, bot_user: str, bot_id: str) -> None:
        self.bot_user, self.bot_id = bot_user, bot_id
        self.channels: OrderedDict[str, deque[dict[str, Any]]] = OrderedDict()
        self.last_ts = 0.0

    def open(self, args: dict[str, Any]) -> dict[str, Any]:
        users = [u for u in str(args.get("users") or "").split(",") if u]
        if not users:
            raise SlackError("users_list_not_supplied")
        return {"channel": {"id": dm_channel(users)}}

    def post(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        if not channel:
            raise SlackError("channel_not_found")
        metadata = parse_metadata(args.get("metadata"))
        if is_user_id(channel):   # posting to a user id lands in the DM with the bot
            channel = dm_channel([channel])
        self.last_ts = max(time.time(), self.last_ts + 0.000001)   # ts is unique within a channel
        ts = f"{self.last_ts:.6f}"
        message: dict[str, Any] = {"type": "message", "user": self.bot_user, "bot_id": self.bot_id,
                                   "text": args.get("text", ""), "ts": ts}
        if args.get("blocks"):
            message["blocks"] = args["blocks"]
        if metadata:
            message["metadata"] = metadata
        kept = self.channels.pop(channel, None) or deque(maxlen=PER_CHANNEL)
        kept.append(message)
        self.channels[channel] = kept
        while len(self.channels) > CHANNELS:
            self.channels.popitem(last=False)
        public = {k: v for k, v in message.items() if k != "metadata"}
        return {"channel": channel, "ts": ts, "message": public}

    def history(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        if not channel or is_user_id(channel):   # a user id is no conversation: open the DM first
            raise SlackError("channel_not_found")
        try:
            oldest = float(args.get("oldest") or 0)
            latest = float(args.get("latest") or time.time() + 1)
            limit = min(max(int(args.get("limit") or 100), 1), MAX_PAGE)
            before = float(base64.urlsafe_b64decode(str(args["cursor"])).decode()) if args.get("cursor") else None
        except (TypeError, ValueError):
            raise SlackError("invalid_arguments") from None
        inclusive = truthy(args.get("inclusive", ""))
        with_metadata = truthy(args.get("include_all_metadata", ""))

        def wanted(ts: float) -> bool:
            in_range = (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)
            return in_range and (before is None or ts < before)

        newest_first = [m for m in reversed(self.channels.get(channel, ())) if wanted(float(m["ts"]))]
        page = newest_first[:limit]
        more = len(newest_first) > limit
        messages = [m if with_metadata else {k: v for k, v in m.items() if k != "metadata"} for m in page]
        cursor = base64.urlsafe_b64encode(page[-1]["ts"].encode()).decode() if more else ""
        return {"messages": messages, "has_more": more, "pin_count": 0,
                "response_metadata": {"next_cursor": cursor}}
