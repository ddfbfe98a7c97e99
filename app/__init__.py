"""Jeeves: the Slack assistant service (Quart app factory)."""

from __future__ import annotations

from quart import Quart

from app.config import Settings
from app.runtime import EXTENSION, Runtime
from servicekit import errors as service_errors
from servicekit import input_guard
from servicekit import logging as service_logging


def create_app(settings: Settings | None = None) -> Quart:
    settings = settings or Settings.from_env()
    service_logging.configure("jeeves", settings.log_level)
    app = Quart(__name__)
    app.config["SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024  # the edge allows less; this bounds direct callers
    service_logging.install_request_context(app)
    service_errors.register(app)
    input_guard.install(app)  # undecodable input: 400 before any handler

    from app.routes import api, health, slack

    app.register_blueprint(health.bp)
    app.register_blueprint(slack.bp)
    app.register_blueprint(api.bp)

    from app import admin

    admin.init_app(app)  # /admin/ panel (app/admin/)

    from app import account

    account.init_app(app)  # /me/ and /auth/slack/ (app/account/)

    @app.before_serving
    async def open_runtime() -> None:
        app.extensions[EXTENSION] = await Runtime.open(settings)

    @app.after_serving
    async def close_runtime() -> None:
        runtime = app.extensions.pop(EXTENSION, None)
        if runtime is not None:
            await runtime.close()

    return app
