"""Slack's other ways in, on the same actions as messages: slash commands, button clicks
(block_actions) and the App Home tab."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import structlog
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import DividerBlock, HeaderBlock, MarkdownTextObject, SectionBlock
from slack_sdk.webhook.async_client import AsyncWebhookClient
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert

from app.account import store
from app.account.models import SlackRequestSeen
from app.config import Settings
from app.deps import Deps
from app.services import events, slack_text, users
from app.services.actions import Reply
from app.services.actions.blocks import FORGET_ME, FORGET_ME_CANCEL, SET_LOCATION
from app.services.actions.location import LOCATION
from servicekit.errors import APIError

log = structlog.get_logger()
ACK_BUDGET = 2.0  # seconds of work before the HTTP answer; Slack gives up on us at 3
SEEN_FOR = dt.timedelta(minutes=10)  # signatures older than Slack's 5-minute window can never be replayed
_ID = re.compile(r"^[A-Z0-9][A-Z0-9_]{1,31}$")
REAL_RESPONSE_ORIGIN = "https://hooks.slack.com"
WORKING = "Working on it; the answer follows in a moment."


# ---- shared by both routes -------------------------------------------------------------------------
async def claim_signature(deps: Deps, signature: str) -> bool:
    """True the first time a signature is seen: a replayed slash command or click is refused."""
    async with deps.sessions.begin() as session:
        await session.execute(delete(SlackRequestSeen).where(
            SlackRequestSeen.seen_at < dt.datetime.now(dt.UTC) - SEEN_FOR))
        won = await session.execute(insert(SlackRequestSeen).values(signature_sha256=store.digest(signature))
                                    .on_conflict_do_nothing().returning(SlackRequestSeen.signature_sha256))
        return won.scalar_one_or_none() is not None


def slack_id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise APIError(400, "invalid_payload", f"{what} missing or not a Slack id")
    return value


def response_url_allowed(settings: Settings, url: str) -> bool:
    """Only Slack's hooks (or, in demo mode and tests, the fake Slack's): a signed request still
    must not make Jeeves POST wherever it says."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    api = urlsplit(settings.slack_api_url)
    allowed = {REAL_RESPONSE_ORIGIN}
    if api.hostname not in ("slack.com", None):
        allowed.add(f"{api.scheme}://{api.netloc}")
    return origin in allowed and not parts.username and "@" not in parts.netloc


def response_body(reply: Reply) -> dict[str, Any]:
    body: dict[str, Any] = {"response_type": "ephemeral", "text": reply.text}
    if reply.blocks:
        body["blocks"] = list(reply.blocks)
    return body


async def respond(deps: Deps, response_url: str, reply: Reply, *, replace_original: bool = False) -> None:
    """A reply through response_url (valid 30 minutes, 5 uses); never raises."""
    try:
        result = await AsyncWebhookClient(response_url, session=deps.http, timeout=int(deps.settings.http_timeout) + 2
                                          ).send(**response_body(reply), replace_original=replace_original)
        if result.status_code != 200:
            log.error("slack_response_url_failed", status=result.status_code)
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        log.error("slack_response_url_failed", error=f"{type(exc).__name__}: {exc}")


# ---- slash commands --------------------------------------------------------------------------------
def command_of(form: dict[str, str], settings: Settings) -> tuple[dict[str, str], str]:
    """The command dict events.run_command takes, and the response_url; 400 on anything malformed."""
    team, user = slack_id(form.get("team_id"), "team_id"), slack_id(form.get("user_id"), "user_id")
    channel = slack_id(form.get("channel_id"), "channel_id")
    text = form.get("text", "")
    if len(text) > 2000:
        raise APIError(400, "invalid_payload", "text longer than 2000 characters")
    response_url = form.get("response_url", "")
    if not response_url_allowed(settings, response_url):
        raise APIError(400, "invalid_response_url", "response_url is not a Slack hook")
    return {"team_id": team, "user_id": user, "channel": channel, "text": slack_text.plain(text).strip()}, response_url


async def _answer_later(deps: Deps, work: asyncio.Task[Reply], response_url: str) -> None:
    await respond(deps, response_url, await _reply_of(work))


async def _reply_of(work: asyncio.Task[Reply]) -> Reply:
    try:
        return await work
    except Exception:  # the user gets an apology either way; the trace goes to the log
        log.exception("slack_command_failed")
        return events.SORRY


async def run_slash_command(deps: Deps, command: dict[str, str], response_url: str,
                            later: Callable[..., object]) -> dict[str, Any]:
    """The ephemeral answer when the action finishes within ACK_BUDGET, else an ack now and the answer
    through response_url (`later` schedules that, e.g. Quart's add_background_task)."""
    work = asyncio.ensure_future(events.run_command(deps, command))
    done, _ = await asyncio.wait({work}, timeout=ACK_BUDGET)
    if work in done:
        return response_body(await _reply_of(work))
    later(_answer_later, deps, work, response_url)
    return {"response_type": "ephemeral", "text": WORKING}


# ---- interactive buttons ---------------------------------------------------------------------------
def block_action_of(raw: str | None, settings: Settings) -> dict[str, str]:
    """The fields of a block_actions payload we use; 400 on anything else."""
    try:
        payload = json.loads(raw or "")
    except ValueError as exc:
        raise APIError(400, "invalid_json", "payload is not JSON") from exc
    if not isinstance(payload, dict) or payload.get("type") != "block_actions":
        raise APIError(400, "invalid_payload", "only block_actions payloads are handled")
    user, team = payload.get("user") or {}, payload.get("team") or {}
    actions = payload.get("actions")
    if not isinstance(user, dict) or not isinstance(team, dict) or not isinstance(actions, list) or not actions \
            or not isinstance(actions[0], dict):
        raise APIError(400, "invalid_payload", "user, team and actions are required")
    action = actions[0]
    action_id, value = action.get("action_id"), action.get("value", "")
    if action_id not in (SET_LOCATION, FORGET_ME, FORGET_ME_CANCEL) or not isinstance(value, str) or len(value) > 2000:
        raise APIError(400, "unknown_action", "no such button")
    response_url = payload.get("response_url", "")
    if not isinstance(response_url, str) or not response_url_allowed(settings, response_url):
        raise APIError(400, "invalid_response_url", "response_url is not a Slack hook")
    channel = (payload.get("channel") or {}).get("id") if isinstance(payload.get("channel"), dict) else None
    return {"team_id": slack_id(team.get("id") or user.get("team_id"), "team.id"),
            "user_id": slack_id(user.get("id"), "user.id"), "channel": channel or "",
            "action_id": action_id, "value": value, "response_url": response_url}


async def handle_block_action(deps: Deps, click: dict[str, str]) -> None:
    """Background half of a click: run what the button means, answer through response_url."""
    try:
        reply = await _click_reply(deps, click)
    except Exception:  # nobody to raise to in the background
        log.exception("slack_block_action_failed", action=click["action_id"])
        reply = events.SORRY
    # The confirmation buttons are replaced by the outcome, so they cannot be clicked twice.
    await respond(deps, click["response_url"], reply, replace_original=click["action_id"] != SET_LOCATION)


async def _click_reply(deps: Deps, click: dict[str, str]) -> Reply:
    if click["action_id"] == SET_LOCATION:
        command = {"team_id": click["team_id"], "user_id": click["user_id"], "channel": click["channel"],
                   "text": f"remember location {click['value']}"}
        return await events.run_command(deps, command)  # the same action as the typed command
    if click["action_id"] == FORGET_ME_CANCEL:
        return Reply("Nothing was deleted.")
    async with deps.sessions.begin() as session:
        user = await store.find_user(session, click["team_id"], click["user_id"])
        if user is None:
            return Reply("I did not know anything about you.")
        await store.forget_user(session, user, via="slack")
    log.info("slack_forget_me", team=click["team_id"])
    return Reply("Done: I forgot everything I knew about you.")


# ---- App Home --------------------------------------------------------------------------------------
def home_view(user: Any, location: dict[str, Any] | None, base_url: str) -> dict[str, Any]:
    settings = users.effective_settings(user) if user is not None else dict(users.DEFAULT_SETTINGS)
    place = "not set (`remember location <place>`)"
    if location:
        place = f"{location['name']}, {location['country']}" if location.get("country") else str(location["name"])
    lines = [f"*Location:* {place}", f"*Units:* {settings['units']}",
             f"*Daily alert:* {'on' if settings['alerts'] else 'off'} at {settings['alert_time']} "
             f"({settings['timezone']})"]
    blocks = [HeaderBlock(text="Your Jeeves settings"), SectionBlock(text=MarkdownTextObject(text="\n".join(lines))),
              DividerBlock(),
              SectionBlock(text=MarkdownTextObject(
                  text=f"Change them here with `/jeeves config ...`, or on <{base_url.rstrip('/')}/me/|your page> "
                       "(send me `login` for a sign-in link)."))]
    return {"type": "home", "blocks": [b.to_dict() for b in blocks]}


async def publish_home(deps: Deps, team_id: str, user_id: str) -> None:
    """app_home_opened -> views.publish of the user's settings. Never raises."""
    try:
        async with deps.sessions.begin() as session:
            user = await store.find_user(session, team_id, user_id)
            location = await users.get_fact(session, user.id, LOCATION) if user is not None else None
        await deps.slack.views_publish(user_id=user_id,
                                       view=home_view(user, location, deps.settings.public_base_url))
    except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
        log.error("slack_views_publish_failed", error=f"{type(exc).__name__}: {exc}")


def home_opened(payload: dict[str, Any]) -> tuple[str, str] | None:
    """(team, user) of an app_home_opened event on the Home tab, else None."""
    event = payload.get("event")
    if not isinstance(event, dict) or event.get("type") != "app_home_opened" or event.get("tab", "home") != "home":
        return None
    team, user = payload.get("team_id"), event.get("user")
    if isinstance(team, str) and isinstance(user, str) and _ID.match(team) and _ID.match(user):
        return team, user
    return None


