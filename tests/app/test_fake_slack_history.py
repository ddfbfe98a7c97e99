"""The fake Slack keeps what chat.postMessage posted, with its metadata, for conversations.open and
conversations.history, called through slack_sdk as Jeeves calls them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from app.services.slack import make_client

from .conftest import FakeServer, start_fake


@pytest.fixture(scope="module")
def slack_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeServer]:
    server = start_fake("slack", tmp_path_factory.mktemp("fake-slack"), SLACK_BOT_TOKEN="xoxb-test")
    yield server
    server.stop()


@pytest.fixture
async def slack(slack_server: FakeServer) -> AsyncIterator[AsyncWebClient]:
    async with aiohttp.ClientSession() as session:
        yield make_client("xoxb-test", f"{slack_server.url}/api/", session)


async def test_a_dm_keeps_its_metadata_for_history_with_include_all_metadata(slack: AsyncWebClient) -> None:
    meta = {"event_type": "jeeves_delivery", "event_payload": {"key": "k1", "attempt": 2}}
    sent = await slack.chat_postMessage(channel="UALICE", text="hello", metadata=meta)
    assert sent["channel"].startswith("D")   # a user id posts into the DM with the bot
    assert "metadata" not in sent["message"]
    channel = (await slack.conversations_open(users="UALICE"))["channel"]["id"]
    assert channel == sent["channel"]
    plain = await slack.conversations_history(channel=channel)
    assert [(m["ts"], m["text"], "metadata" in m) for m in plain["messages"]] == [(sent["ts"], "hello", False)]
    full = await slack.conversations_history(channel=channel, include_all_metadata=True)
    assert full["messages"][0]["metadata"] == meta
    other = (await slack.conversations_open(users="UBOB"))["channel"]["id"]
    assert other != channel and (await slack.conversations_history(channel=other))["messages"] == []


async def test_history_is_newest_first_in_cursor_pages_after_oldest(slack: AsyncWebClient) -> None:
    ts = [(await slack.chat_postMessage(channel="CPAGES", text=f"m{i}"))["ts"] for i in range(5)]
    seen: list[str] = []
    cursor = None
    for _ in range(5):
        page = await slack.conversations_history(channel="CPAGES", oldest=ts[0], limit=2, cursor=cursor)
        seen += [m["ts"] for m in page["messages"]]
        cursor = page["response_metadata"]["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == ts[:0:-1]   # newest first, the message at `oldest` excluded (inclusive not set)
    inclusive = await slack.conversations_history(channel="CPAGES", oldest=ts[0], inclusive=True, limit=10)
    assert [m["ts"] for m in inclusive["messages"]] == ts[::-1]


async def test_history_of_a_user_id_is_channel_not_found(slack: AsyncWebClient) -> None:
    await slack.chat_postMessage(channel="UCAROL", text="hi")
    with pytest.raises(SlackApiError) as err:
        await slack.conversations_history(channel="UCAROL")
    assert err.value.response["error"] == "channel_not_found"


@pytest.mark.parametrize(("metadata", "error"), [
    ({"event_type": "x"}, "invalid_metadata_schema"),
    ("{not json", "invalid_metadata_format"),
])
async def test_malformed_metadata_is_refused(slack: AsyncWebClient, metadata: object, error: str) -> None:
    with pytest.raises(SlackApiError) as err:
        await slack.api_call("chat.postMessage", json={"channel": "CBAD", "text": "x", "metadata": metadata})
    assert err.value.response["error"] == error
