"""The Slack user's own web: Sign in with Slack (OpenID Connect), the bot's one-time sign-in links,
and the /me/ page. `init_app(app)` is the one call create_app makes."""

from __future__ import annotations

from quart import Quart


def init_app(quart_app: Quart) -> None:
    from app.account import me, signin  # noqa: F401  (these attach the routes to the blueprints)
    from app.account.web import auth_bp, me_bp

    quart_app.register_blueprint(me_bp)
    quart_app.register_blueprint(auth_bp)
