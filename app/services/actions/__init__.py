"""Slack commands. Add one: a module here with `@router.action(...)`, imported below."""

from app.services.actions.registry import Action, Context, Reply, Router

router = Router()

from app.services.actions import account, general, location, settings, weather  # noqa: E402,F401  (registers actions)

__all__ = ["Action", "Context", "Reply", "Router", "router"]
