"""Block Kit pieces the actions reply with, built with slack_sdk's models (validated on build)."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ActionsBlock, ButtonElement, MarkdownTextObject, SectionBlock

# action_id of each button; /slack/interactions dispatches on them (app/services/interactions.py).
SET_LOCATION = "set_location"
FORGET_ME = "forget_me_confirm"
FORGET_ME_CANCEL = "forget_me_cancel"


def text_with_buttons(text: str, *buttons: ButtonElement) -> tuple[dict[str, Any], ...]:
    return (SectionBlock(text=MarkdownTextObject(text=text[:3000])).to_dict(),
            ActionsBlock(elements=list(buttons)).to_dict())


def button(label: str, action_id: str, value: str = "-", style: str | None = None) -> ButtonElement:
    return ButtonElement(text=label, action_id=action_id, value=value[:2000], style=style)
