"""Slack's message formatting undone before a command runs (app/services/slack_text.py): a place called
"Cedar & Pearl" arrives as "Cedar &amp; Pearl" and must be looked up and remembered as typed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from app.config import Settings
from app.services import events, interactions, slack_text


@pytest.mark.parametrize(("sent", "typed"), [
    ("remember location Cedar &amp; Pearl", "remember location Cedar & Pearl"),
    ("weather &lt;Paris&gt;", "weather <Paris>"),
    ("&amp;lt; stays as typed", "&lt; stays as typed"),
    ("see <https://example.com/a?b=1&amp;c=2|example.com>", "see example.com"),
    ("see <https://example.com/x>", "see https://example.com/x"),
    ("mail <mailto:ann@example.com|ann@example.com> or <mailto:bo@example.com>",
     "mail ann@example.com or bo@example.com"),
    ("in <#C0123|general> and <#C0456>", "in #general and C0456"),
    ("<!here> and <!subteam^S01|@oncall>", "@here and @oncall"),
    ("a < b & c > d", "a < b & c > d"),
])
def test_text_reads_as_typed(sent: str, typed: str) -> None:
    assert slack_text.plain(sent) == typed


def test_an_event_and_a_slash_command_carry_the_text_as_typed() -> None:
    event = {"team_id": "T1", "event": {"type": "app_mention", "user": "U1", "channel": "C1",
                                        "text": "<@UBOT> remember location Ben &amp; Jerry&#39;s"}}
    assert events.command_of(event) == {"team_id": "T1", "user_id": "U1", "channel": "C1",
                                        "text": "remember location Ben & Jerry&#39;s"}
    settings = cast(Settings, SimpleNamespace(slack_api_url="https://slack.com/api/"))
    form = {"team_id": "T1", "user_id": "U1", "channel_id": "C1", "text": "remember location Cedar &amp; Pearl",
            "response_url": "https://hooks.slack.com/commands/T1/1/x"}
    command, _ = interactions.command_of(form, settings)
    assert command["text"] == "remember location Cedar & Pearl"
