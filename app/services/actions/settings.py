"""config [key value] and alerts on|off: per-user settings."""

from __future__ import annotations

from typing import Any

from app.services import users
from app.services.actions import router
from app.services.actions.registry import Context, Reply

_ALIASES = {"alert": "alert_time", "time": "alert_time", "tz": "timezone", "unit": "units"}


def _show(settings: dict[str, Any]) -> str:
    lines = ["Your settings:"] + [
        f"• {key}: {'on' if value is True else 'off' if value is False else value}"
        for key, value in sorted(settings.items())]
    lines.append("Change one with `config units imperial`, `config alert_time 07:30`, "
                 "`config timezone Europe/Paris` or `alerts on`.")
    return "\n".join(lines)


@router.action("config", "config [setting value]", "show or change your settings (units, alert_time, timezone)")
async def config(ctx: Context) -> Reply:
    parts = ctx.args.split()
    if not parts:
        return Reply(_show(users.effective_settings(ctx.user)))
    if len(parts) != 2:
        return Reply("Use `config <setting> <value>`, e.g. `config units imperial`.", "invalid")
    key = _ALIASES.get(parts[0].lower(), parts[0].lower())
    raw: Any = parts[1]
    if key == "alerts":
        raw = {"on": True, "off": False}.get(parts[1].lower(), parts[1])
    elif key == "units":
        raw = parts[1].lower()
    try:
        settings = await users.update_settings(ctx.session, ctx.user, {key: raw})
    except users.InvalidSetting as exc:
        return Reply(f"Sorry: {exc}.", "invalid")
    return Reply(f"Saved. {_show(settings)}")


@router.action("alerts", "alerts on|off", "daily weather alert for your location at your alert_time")
async def alerts(ctx: Context) -> Reply:
    choice = ctx.args.strip().lower()
    if choice not in ("on", "off"):
        state = "on" if users.effective_settings(ctx.user)["alerts"] else "off"
        return Reply(f"Daily alerts are {state}. Use `alerts on` or `alerts off`.")
    settings = await users.update_settings(ctx.session, ctx.user, {"alerts": choice == "on"})
    if choice == "off":
        return Reply("Daily weather alerts are off.")
    note = "" if await users.get_fact(ctx.session, ctx.user.id, "location") else (
        " I do not know your location yet: tell me with `remember location <place>`.")
    return Reply(f"Daily weather alerts are on, every day at {settings['alert_time']} "
                 f"({settings['timezone']}).{note}")
