"""Slack's requests: /slack/events (Events API), /slack/commands (slash commands), /slack/interactions
(button clicks). Each is verified, acknowledged within Slack's 3 s, and handled by the same actions."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import structlog
from quart import Blueprint, current_app, request
from slack_sdk.signature import SignatureVerifier

from app import runtime
from app.deps import Deps
from app.services import events, interactions
from servicekit.errors import APIError

bp = Blueprint("slack", __name__)
log = structlog.get_logger()


async def _signed_body(deps: Deps) -> bytes:
    """The raw body (the signature covers its exact bytes), or 401 when the signature does not hold."""
    body = await request.get_data(as_text=False)
    verifier = SignatureVerifier(deps.settings.slack_signing_secret)
    # is_valid: v0 HMAC-SHA256, constant-time compare, 5-minute timestamp window, missing headers false.
    if not deps.settings.slack_signing_secret or not verifier.is_valid(
            body, request.headers.get("X-Slack-Request-Timestamp"), request.headers.get("X-Slack-Signature")):
        log.warning("slack_signature_invalid", path=request.path, retry=request.headers.get("X-Slack-Retry-Num"))
        raise APIError(401, "invalid_signature", "Slack signature missing, stale or wrong")
    return body if isinstance(body, bytes) else body.encode()


async def _signed_form(deps: Deps) -> dict[str, str]:
    """A signed form post seen for the first time (a replay inside the 5-minute window is a 401)."""
    body = await _signed_body(deps)
    if not await interactions.claim_signature(deps, request.headers["X-Slack-Signature"]):
        log.warning("slack_request_replayed", path=request.path)
        raise APIError(401, "replayed_request", "this signed request was already handled")
    try:
        fields = parse_qs(body.decode(), keep_blank_values=True, strict_parsing=bool(body), max_num_fields=50)
    except (UnicodeDecodeError, ValueError) as exc:
        raise APIError(400, "invalid_form", "body is not application/x-www-form-urlencoded") from exc
    if any(len(values) != 1 for values in fields.values()):
        raise APIError(400, "invalid_form", "a field was sent more than once")
    return {name: values[0] for name, values in fields.items()}


@bp.post("/slack/commands")
async def slack_commands() -> tuple[dict[str, object], int]:
    deps = runtime.current().deps
    form = await _signed_form(deps)
    command, response_url = interactions.command_of(form, deps.settings)
    return await interactions.run_slash_command(deps, command, response_url, current_app.add_background_task), 200


@bp.post("/slack/interactions")
async def slack_interactions() -> tuple[dict[str, object], int]:
    deps = runtime.current().deps
    form = await _signed_form(deps)
    click = interactions.block_action_of(form.get("payload"), deps.settings)
    current_app.add_background_task(interactions.handle_block_action, deps, click)
    return {}, 200  # the empty ack; the outcome follows through response_url


@bp.post("/slack/events")
async def slack_events() -> tuple[dict[str, object], int]:
    deps = runtime.current().deps
    body = await _signed_body(deps)
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise APIError(400, "invalid_json", "body is not JSON") from exc
    if not isinstance(payload, dict):
        raise APIError(400, "invalid_payload", "body must be a JSON object")

    kind = payload.get("type")
    if kind == "url_verification":
        challenge = payload.get("challenge")
        if not isinstance(challenge, str):
            raise APIError(400, "invalid_payload", "url_verification without a challenge")
        return {"challenge": challenge}, 200
    if kind != "event_callback":
        return {"ok": True, "ignored": f"type {kind!r}"}, 200
    event_id = payload.get("event_id")
    if not isinstance(event_id, str) or not 0 < len(event_id) <= 64:
        raise APIError(400, "invalid_payload", "event_callback without a valid event_id")

    command = events.command_of(payload)
    home = interactions.home_opened(payload)
    team = payload.get("team_id") if isinstance(payload.get("team_id"), str) else None
    # The dedup insert runs before the 200, so a retry racing the first delivery still loses.
    async with deps.sessions.begin() as session:
        first = await events.claim_event(session, event_id, team)
    if not first:
        log.info("slack_event_duplicate", event_id=event_id, retry=request.headers.get("X-Slack-Retry-Num"))
        return {"ok": True, "duplicate": True}, 200
    if home is not None:
        current_app.add_background_task(interactions.publish_home, deps, *home)
        return {"ok": True}, 200
    if command is None:
        return {"ok": True, "ignored": "not for me"}, 200
    current_app.add_background_task(events.process, deps, command)
    return {"ok": True}, 200
