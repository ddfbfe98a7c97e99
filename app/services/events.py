"""Slack Events API logic: which events to handle, dedup of retries, and running one command."""

from __future__ import annotations

import re
import time
from typing import Any

import aiohttp
import structlog
from slack_sdk.errors import SlackApiError
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import SlackEvent
from app.deps import Deps
from app.services import slack_text, switches, usage, users
from app.services.actions import Context, Reply, router
from app.services.actions.registry import help_text

log = structlog.get_logger()
SORRY = Reply("Sorry, something went wrong on my side. Please try again.", "error")  # any unexpected failure
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
# Message subtypes that are not a person talking to us (edits, joins, bots...).
_IGNORED_SUBTYPES = {"bot_message", "message_changed", "message_deleted", "channel_join", "channel_leave",
                     "message_replied", "thread_broadcast"}


async def claim_event(session: AsyncSession, event_id: str, team_id: str | None) -> bool:
    """True for the first delivery of an event id; Slack retries (same event_id) get False."""
    stmt = insert(SlackEvent).values(event_id=event_id, team_id=team_id).on_conflict_do_nothing()
    result = await session.execute(stmt.returning(SlackEvent.event_id))
    return result.scalar_one_or_none() is not None


def command_of(payload: dict[str, Any]) -> dict[str, str] | None:
    """The command to run for an event_callback, or None when the event is not for us."""
    event = payload.get("event")
    if not isinstance(event, dict):
        return None
    kind = event.get("type")
    if kind == "message" and event.get("channel_type") != "im":
        return None
    if kind not in ("app_mention", "message"):
        return None
    if event.get("bot_id") or event.get("subtype") in _IGNORED_SUBTYPES:
        return None  # includes our own replies: never answer ourselves
    bot_users = {a.get("user_id") for a in payload.get("authorizations") or [] if isinstance(a, dict)
                 and a.get("is_bot")}
    user, channel, text = event.get("user"), event.get("channel"), event.get("text")
    team = payload.get("team_id") or event.get("team")
    if not all(isinstance(v, str) and v for v in (user, channel, team)) or user in bot_users:
        return None
    if not isinstance(text, str):
        text = ""
    text = slack_text.plain(_MENTION.sub(" ", text)).strip()
    command = {"team_id": team, "user_id": user, "channel": channel, "text": text}
    thread = event.get("thread_ts")
    if isinstance(thread, str):
        command["thread_ts"] = thread
    return command  # type: ignore[return-value]


async def run_command(deps: Deps, command: dict[str, str]) -> Reply:
    """One command in one transaction: find the action, check its switch, run it, log usage."""
    started = time.perf_counter()
    text = command["text"][:2000]
    async with deps.sessions.begin() as session:
        user = await users.get_or_create(session, command["team_id"], command["user_id"])
        match = router.match(text)
        if match is None:
            name = "unknown"
            reply = Reply(("Sorry, I did not understand that. " if text else "") + help_text(router), "unknown")
        else:
            action, args = match
            name = action.name
            if not user.is_active:
                reply = Reply("Your account is deactivated; ask an admin.", "inactive")
            elif not await switches.is_enabled(session, action.name, command["team_id"]):
                reply = Reply(f"Sorry, `{action.usage.split()[0]}` is disabled right now.", "disabled")
            else:
                reply = await action.handler(Context(session, user, command["team_id"], args, deps.weather, router,
                                                     deps.settings.public_base_url))
        latency = int((time.perf_counter() - started) * 1000)
        await usage.record(session, user_id=user.id, team_id=command["team_id"], action=name,
                           outcome=reply.outcome, latency_ms=latency)
    log.info("slack_command", action=name, outcome=reply.outcome, latency_ms=latency, user=command["user_id"])
    return reply


async def post_reply(deps: Deps, command: dict[str, str], reply: Reply) -> None:
    """A private reply (a sign-in link) is ephemeral: in a channel only the asker sees it."""
    blocks = list(reply.blocks) or None
    if reply.private:
        await deps.slack.chat_postEphemeral(channel=command["channel"], user=command["user_id"], text=reply.text,
                                            blocks=blocks, thread_ts=command.get("thread_ts"))
    else:
        await deps.slack.chat_postMessage(channel=command["channel"], text=reply.text, blocks=blocks,
                                          thread_ts=command.get("thread_ts"))


async def process(deps: Deps, command: dict[str, str]) -> None:
    """Background half of an event: run the command and post the reply. Never raises."""
    try:
        reply = await run_command(deps, command)
    except Exception:  # a background task has nobody to raise to: log it and tell the user
        log.exception("slack_command_failed", user=command.get("user_id"))
        reply = SORRY
    try:
        await post_reply(deps, command, reply)
    except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
        log.error("slack_reply_failed", error=f"{type(exc).__name__}: {exc}", channel=command["channel"])
