"""TokenDealer: OAuth2 client-credentials authorization server (Quart app factory)."""

from __future__ import annotations

from quart import Quart

from servicekit import errors, logging
from tokendealer.config import Settings


def create_app(settings: Settings | None = None) -> Quart:
    settings = settings or Settings.from_env()
    logging.configure("tokendealer", settings.log_level)
    app = Quart(__name__)
    app.config["SETTINGS"] = settings
    logging.install_request_context(app)
    errors.register(app)

    from tokendealer.routes import health

    app.register_blueprint(health.bp)
    return app
