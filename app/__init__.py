"""Jeeves: the Slack assistant service (Quart app factory)."""

from __future__ import annotations

from quart import Quart

from app.config import Settings
from servicekit import errors, logging


def create_app(settings: Settings | None = None) -> Quart:
    settings = settings or Settings.from_env()
    logging.configure("jeeves", settings.log_level)
    app = Quart(__name__)
    app.config["SETTINGS"] = settings
    logging.install_request_context(app)
    errors.register(app)

    from app.routes import health

    app.register_blueprint(health.bp)
    return app
