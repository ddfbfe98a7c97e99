"""POST /slack/events through the real gateway: signatures, retries, replies, outages, switches."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from stackctl import REPO, StackHandle

from servicekit.jsonlines import read_json_lines

from .conftest import event, sign, wait_for

pytestmark = pytest.mark.stack


@pytest.fixture
def slack(stack: StackHandle) -> Iterator[Slack]:
    with stack.client() as client:
        yield Slack(stack, client)


class Slack:
    """Sends events as Slack would, and reads the replies Jeeves sent to the stack's fake Slack."""

    def __init__(self, stack: StackHandle, client: httpx.Client) -> None:
        self.stack, self.client = stack, client
        self.secret = stack.secret("slack_signing_secret")

    def post(self, payload: dict[str, Any], headers: dict[str, str] | None = None,
             secret: str | None = None) -> httpx.Response:
        body = json.dumps(payload).encode()
        return self.client.post("/slack/events", content=body,
                                headers={**sign(body, secret or self.secret), **(headers or {})})

    def replies(self, channel: str) -> list[str]:
        calls = read_json_lines(self.stack.run_dir / "logs" / "fake-slack.jsonl")
        return [c["args"]["text"] for c in calls
                if c["method"] == "chat.postMessage" and c["args"].get("channel") == channel]

    def ask(self, text: str, **kw: Any) -> str:
        channel = kw.pop("channel", f"C{uuid.uuid4().hex[:10].upper()}")
        response = self.post(event(text, channel=channel, **kw))
        assert response.status_code == 200, response.text
        replies = wait_for(lambda: self.replies(channel), 15)
        assert len(replies) == 1, replies
        return str(replies[0])

    def fake_weather(self, **knobs: Any) -> None:
        url = f"http://127.0.0.1:{self.stack.ports['fake_weather']}/_fake/behaviour"
        httpx.post(url, json=knobs, trust_env=False).raise_for_status()


def new_id() -> str:
    return uuid.uuid4().hex[:10].upper()


def test_signed_event_gets_a_weather_reply(slack: Slack) -> None:
    assert slack.ask("<@UJEEVESBOT> weather Paris").startswith("Paris, France:")
    # the place as people type it: a preposition before it, a time word and a question mark after it
    assert slack.ask("<@UJEEVESBOT> weather in Paris tomorrow?").startswith("Paris, France:")


def test_url_verification_challenge_is_echoed(slack: Slack) -> None:
    response = slack.post({"type": "url_verification", "token": "x", "challenge": "c-123"})
    assert response.status_code == 200
    assert response.json() == {"challenge": "c-123"}


@pytest.mark.parametrize("tamper", ["wrong_secret", "stale_timestamp", "missing_headers", "altered_body"])
async def test_bad_signature_is_401_and_nothing_is_processed(slack: Slack, db: AsyncEngine, tamper: str) -> None:
    channel, event_id = f"C{new_id()}", f"Ev{new_id()}"
    payload = event("help", channel=channel, event_id=event_id)
    body = json.dumps(payload).encode()
    headers = sign(body, slack.secret)
    if tamper == "wrong_secret":
        headers = sign(body, "not-the-secret")
    elif tamper == "stale_timestamp":
        headers = sign(body, slack.secret, timestamp=int(time.time()) - 6 * 60)
    elif tamper == "missing_headers":
        headers = {"Content-Type": "application/json"}
    else:
        body = body.replace(b"help", b"weather")
    response = slack.client.post("/slack/events", content=body, headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    assert "error" in response.json()
    await asyncio.sleep(1.0)  # a wrongly accepted event would have been answered by now
    assert slack.replies(channel) == []
    async with db.connect() as conn:
        seen = await conn.scalar(text("SELECT count(*) FROM slack_events WHERE event_id = :e"), {"e": event_id})
    assert seen == 0


def test_retried_event_is_processed_once(slack: Slack) -> None:
    channel, event_id = f"C{new_id()}", f"Ev{new_id()}"
    payload = event("help", channel=channel, event_id=event_id)
    assert slack.post(payload).status_code == 200
    retry = slack.post(payload, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    assert wait_for(lambda: slack.replies(channel), 15)
    time.sleep(1.0)  # give a wrongly processed retry the time to answer too
    assert len(slack.replies(channel)) == 1


def test_own_and_other_bot_messages_are_ignored(slack: Slack) -> None:
    channel = f"D{new_id()}"
    assert slack.post(event("help", channel=channel, user="UJEEVESBOT", kind="message",
                            channel_type="im")).status_code == 200
    assert slack.post(event("help", channel=channel, kind="message", channel_type="im",
                            bot_id="BOTHER", subtype="bot_message")).status_code == 200
    time.sleep(1.0)
    assert slack.replies(channel) == []


def test_direct_message_is_answered_but_channel_chatter_is_not(slack: Slack) -> None:
    chatter = f"C{new_id()}"
    assert slack.post(event("help", channel=chatter, kind="message", channel_type="channel")).status_code == 200
    assert "Here is what I can do" in slack.ask("help", kind="message", channel_type="im")
    time.sleep(0.5)
    assert slack.replies(chatter) == []


def test_location_memory_and_settings_drive_weather(slack: Slack) -> None:
    user = f"U{new_id()}"
    assert "Where?" in slack.ask("weather", user=user)
    assert "London" in slack.ask("remember location london", user=user)
    assert "London, United Kingdom" in slack.ask("my location", user=user)
    assert "°C" in slack.ask("weather", user=user)
    assert "units: imperial" in slack.ask("config units imperial", user=user)
    assert "°F" in slack.ask("weather", user=user)
    assert "Sorry" in slack.ask("config alert_time 25:99", user=user)
    assert "07:15" in slack.ask("config alert_time 07:15", user=user) and "07:15" in slack.ask("alerts on", user=user)
    assert "forgot" in slack.ask("forget location", user=user)
    assert "do not know" in slack.ask("my location", user=user)


def test_unknown_command_gets_help(slack: Slack) -> None:
    reply = slack.ask("make me a sandwich")
    assert "did not understand" in reply and "weather" in reply


def test_weather_provider_down_gets_a_polite_reply(slack: Slack) -> None:
    slack.fake_weather(down=True)
    try:
        reply = slack.ask("weather Tokyo")  # not cached by an earlier test
    finally:
        slack.fake_weather(reset=True)
    assert "not answering" in reply
    assert "weather_provider_down" in slack.stack.log_until("jeeves", "weather_provider_down")


async def test_disabled_action_says_so_per_team(slack: Slack, db: AsyncEngine) -> None:
    team = f"T{new_id()}"
    async with db.begin() as conn:
        await conn.execute(text("INSERT INTO feature_switches (action, team_id, enabled) "
                                "VALUES ('weather', :t, false)"), {"t": team})
    assert "disabled" in slack.ask("weather Paris", team=team)
    assert slack.ask("weather Paris").startswith("Paris")  # other teams unaffected


def test_signed_but_malformed_body_is_400_json(slack: Slack) -> None:
    body = b"{not json"
    response = slack.client.post("/slack/events", content=body, headers=sign(body, slack.secret))
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"
    body = json.dumps({"type": "event_callback", "event": {}}).encode()
    response = slack.client.post("/slack/events", content=body, headers=sign(body, slack.secret))
    assert response.status_code == 400


def test_demo_event_command_shows_the_reply(stack: StackHandle) -> None:
    result = subprocess.run([sys.executable, "-m", "app.demo_event", "weather Berlin"], cwd=REPO, env=stack.env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "gateway answered 200" in result.stdout and "Berlin, Germany:" in result.stdout
