"""What a person typed, from the text Slack sends: Slack escapes "&", "<" and ">" (&amp; &lt; &gt;) and wraps
links, channels and special mentions in <...> (https://api.slack.com/reference/surfaces/formatting)."""

from __future__ import annotations

import re

# <https://x.example|label>, <mailto:a@b.example>, <#C123|general>, <!here>, <!subteam^S1|@team>; user mentions are
# left to the caller (an event's mention of the bot is no part of the command)
_ANGLE = re.compile(r"<([#!]?)([^<>|\s]+)(?:\|([^<>]*))?>")


def _shown(match: re.Match[str]) -> str:
    sigil, target, label = match.group(1), match.group(2), match.group(3)
    if label is not None:
        return label if sigil != "#" or label.startswith("#") else f"#{label}"
    if sigil == "!":
        return "@" + target.split("^")[0]
    if sigil == "#":
        return target
    return target.removeprefix("mailto:")


def plain(text: str) -> str:
    """The text as the person typed it: links and mentions as shown, then Slack's three escapes undone."""
    text = _ANGLE.sub(_shown, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
