"""login (a private one-time link to /me/) and forget me (asks for confirmation with a button)."""

from app.account import store
from app.services.actions import router
from app.services.actions.blocks import FORGET_ME, FORGET_ME_CANCEL, button, text_with_buttons
from app.services.actions.registry import Context, Reply


@router.action("login", "login", "a private one-time link to your page, where you see and change what I know")
async def login(ctx: Context) -> Reply:
    token = await store.issue_link(ctx.session, ctx.user)
    minutes = int(store.LINK_LIFETIME.total_seconds() // 60)
    url = f"{ctx.public_base_url.rstrip('/')}/auth/slack/link/{token}"
    return Reply(f"Here is your sign-in link; it works once, for you only, within {minutes} minutes: {url}",
                 private=True)


@router.action("forget me", "forget me", "delete everything I know about you (asks first)")
async def forget_me(ctx: Context) -> Reply:
    text = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
            "history. It cannot be undone.")
    return Reply(text, private=True, blocks=text_with_buttons(
        text, button("Yes, forget me", FORGET_ME, style="danger"), button("Cancel", FORGET_ME_CANCEL)))
