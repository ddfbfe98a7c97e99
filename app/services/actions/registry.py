"""A prefix router for Slack commands: `@router.action("remember location")` adds one.

Matching is by whole words, case-insensitive, longest prefix first, so "remember location Paris"
goes to "remember location" and hands it the rest ("Paris") as args.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User
from app.services.weather import WeatherClient


@dataclass
class Context:
    session: AsyncSession  # one transaction per command, committed by the caller
    user: User
    team_id: str
    args: str
    weather: WeatherClient
    router: Router
    public_base_url: str = ""  # where links to our own pages point (the `login` action)


@dataclass(frozen=True)
class Reply:
    text: str  # also the notification fallback when blocks are set
    outcome: str = "ok"  # recorded in the usage log: ok | invalid | provider_down | disabled | unknown
    blocks: tuple[dict[str, Any], ...] = ()  # Block Kit (buttons); empty: plain text
    private: bool = False  # for the asker's eyes only (ephemeral): sign-in links, confirmations


Handler = Callable[[Context], Awaitable[Reply]]


@dataclass(frozen=True)
class Action:
    name: str  # the feature-switch and usage-log name
    words: tuple[str, ...]
    usage: str
    summary: str
    handler: Handler


class Router:
    def __init__(self) -> None:
        self._actions: list[Action] = []

    def action(self, prefix: str, usage: str, summary: str, name: str | None = None) -> Callable[[Handler], Handler]:
        words = tuple(prefix.lower().split())

        def register(handler: Handler) -> Handler:
            self._actions.append(Action(name or "_".join(words), words, usage, summary, handler))
            self._actions.sort(key=lambda a: -len(a.words))
            return handler

        return register

    @property
    def actions(self) -> list[Action]:
        return sorted(self._actions, key=lambda a: a.usage)

    def names(self) -> list[str]:
        return sorted({a.name for a in self._actions})

    def match(self, text: str) -> tuple[Action, str] | None:
        tokens = text.split()
        lowered = [t.lower() for t in tokens]
        for action in self._actions:
            if tuple(lowered[:len(action.words)]) == action.words:
                return action, " ".join(tokens[len(action.words):])
        return None


def help_text(router: Router, **_: Any) -> str:
    lines = ["Here is what I can do:"]
    lines += [f"• `{a.usage}`: {a.summary}" for a in router.actions]
    return "\n".join(lines)
