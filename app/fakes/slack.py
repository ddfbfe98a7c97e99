"""Fake Slack Web API: answers /api/<method> like Slack (posted messages and their metadata are kept
for conversations.history), takes response_url posts at /hooks/..., and logs each call to
fake-slack.jsonl."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from quart import Quart, request

from app.fakes import slack_oidc
from app.fakes.common import Behaviour, CallLog, install_control, log_path
from app.fakes.slack_conversations import Conversations, SlackError


def create_app() -> Quart:
    app = Quart(__name__)
    behaviour = Behaviour()
    calls = CallLog(log_path("fake-slack.jsonl"))
    expected_token = os.environ.get("SLACK_BOT_TOKEN", "")
    install_control(app, behaviour, "fake_slack", calls)
    slack_oidc.install(app, calls)  # Sign in with Slack

    conversations = Conversations(bot_user="UJEEVES", bot_id="BFAKE")
    methods: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
        "chat.postMessage": conversations.post,
        "conversations.open": conversations.open,
        "conversations.history": conversations.history,
        "auth.test": lambda _args: {"user_id": "UJEEVES", "bot_id": "BFAKE", "team_id": "TDEMO"},
    }

    # Slack takes arguments in the query string, a form or a JSON body, on GET or POST.
    @app.route("/api/<method>", methods=["GET", "POST"])
    async def api(method: str) -> tuple[dict[str, Any], int, dict[str, str]]:
        args: dict[str, Any] = {**request.args, **(await request.form)}
        body = await request.get_json(force=True, silent=True)
        if isinstance(body, dict):
            args.update(body)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip() or args.pop("token", "")
        await behaviour.apply_delay()
        entry = {"method": method, "args": args, "retry": request.headers.get("X-Slack-Retry")}
        if behaviour.down:
            calls.append({**entry, "answered": 503})
            return {"ok": False, "error": "service_unavailable"}, 503, {}
        if behaviour.take_failure():
            calls.append({**entry, "answered": behaviour.fail_status})
            headers = {"Retry-After": str(behaviour.retry_after)} if behaviour.fail_status == 429 else {}
            return {"ok": False, "error": "ratelimited"}, behaviour.fail_status, headers
        if not token:
            calls.append({**entry, "answered": "not_authed"})
            return {"ok": False, "error": "not_authed"}, 200, {}
        if expected_token and token != expected_token:
            calls.append({**entry, "answered": "invalid_auth"})
            return {"ok": False, "error": "invalid_auth"}, 200, {}
        try:
            answer = {"ok": True, **methods.get(method, lambda _args: {})(args)}
        except SlackError as exc:
            calls.append({**entry, "answered": str(exc)})
            return {"ok": False, "error": str(exc)}, 200, {}
        calls.append({**entry, "answered": 200})
        await behaviour.apply_reply_delay()   # done, and the answer is late: a caller may die waiting
        return answer, 200, {}

    # Where the response_url of a slash command or a click points in demo mode and tests
    # (https://hooks.slack.com/... for real). Slack answers a plain "ok".
    @app.post("/hooks/<path:rest>")
    async def response_url(rest: str) -> tuple[str, int]:
        body = await request.get_json(force=True, silent=True)
        await behaviour.apply_delay()
        if not isinstance(body, dict):
            calls.append({"method": "response_url", "path": f"/hooks/{rest}", "answered": 400})
            return "invalid_payload", 400
        calls.append({"method": "response_url", "path": f"/hooks/{rest}", "args": body, "answered": 200})
        return "ok", 200

    return app
