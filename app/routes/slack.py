"""POST /slack/events: verify, dedup, acknowledge at once, process in the background."""

from __future__ import annotations

import json

import structlog
from quart import Blueprint, current_app, request
from slack_sdk.signature import SignatureVerifier

from app.deps import Deps
from app.services import events
from servicekit.errors import APIError

bp = Blueprint("slack", __name__)
log = structlog.get_logger()


def _deps() -> Deps:
    deps: Deps = current_app.extensions["jeeves"]
    return deps


@bp.post("/slack/events")
async def slack_events() -> tuple[dict[str, object], int]:
    deps = _deps()
    body = await request.get_data()  # raw bytes: the signature covers them exactly
    verifier = SignatureVerifier(deps.settings.slack_signing_secret)
    # is_valid: v0 HMAC-SHA256, constant-time compare, 5-minute timestamp window, missing headers false.
    if not deps.settings.slack_signing_secret or not verifier.is_valid(
            body, request.headers.get("X-Slack-Request-Timestamp"), request.headers.get("X-Slack-Signature")):
        log.warning("slack_signature_invalid", retry=request.headers.get("X-Slack-Retry-Num"))
        raise APIError(401, "invalid_signature", "Slack signature missing, stale or wrong")
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
    team = payload.get("team_id") if isinstance(payload.get("team_id"), str) else None
    # The dedup insert runs before the 200, so a retry racing the first delivery still loses.
    async with deps.sessions.begin() as session:
        first = await events.claim_event(session, event_id, team)
    if not first:
        log.info("slack_event_duplicate", event_id=event_id, retry=request.headers.get("X-Slack-Retry-Num"))
        return {"ok": True, "duplicate": True}, 200
    if command is None:
        return {"ok": True, "ignored": "not for me"}, 200
    current_app.add_background_task(events.process, deps, command)
    return {"ok": True}, 200
