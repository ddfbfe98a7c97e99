"""A place as people type it after `weather` or `remember location`: "in Sydney", "Belfast please",
"Leeds tomorrow?" or "Oslo :snowflake:" all name the place alone. What is left is looked up as typed."""

from __future__ import annotations

import re

# a preposition before the place ("weather in Sydney", "at the Leipzig DC" keeps "the Leipzig DC")
_LEADING = re.compile(r"^(?:in|at|for|near|around)\s+(?=\S)", re.IGNORECASE)
# Slack emoji codes, and the words and marks people add after a place
_EMOJI = re.compile(r":[a-z0-9_+-]+:")
_TRAILING = re.compile(
    r"(?:\s+(?:today|tonight|tomorrow|now|right now|please|pls|plz|this (?:morning|afternoon|evening|week|weekend)))+$"
    r"|[\s?!.,;]+$", re.IGNORECASE)


def place_of(text: str) -> str:
    """The place named in a command's argument, or "" when it names none."""
    place = _EMOJI.sub(" ", text).strip()
    for _ in range(3):  # "Leeds tomorrow please?": a mark, then the words before it
        trimmed = _TRAILING.sub("", place).strip()
        if trimmed == place:
            break
        place = trimmed
    return _LEADING.sub("", place, count=1).strip()


def quoted(place: str) -> str:
    """A place name quoted the same way whatever it holds ("O'Fallon, MO" and Montréal alike)."""
    return f"\u201c{place}\u201d"
