"""Jeeves: the Slack assistant service (Quart app factory)."""

from __future__ import annotations

from quart import Quart

from app.config import Settings
from app.deps import Deps
from app.services.revocations import DenyList
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
    async def open_deps() -> None:
        deps = app.extensions["jeeves"] = await Deps.open(settings)
        app.extensions["sessionmaker"] = deps.sessions  # one pool per process, shared with other blueprints
        deny = app.extensions["jeeves_denylist"] = DenyList(deps.http, settings.tokendealer_url,
                                                           settings.revocation_poll_seconds, settings.http_timeout,
                                                           settings.redis_url)
        deny.start()  # revoked tokens and disabled clients refused on TokenDealer's nudge, else within a poll
        app.extensions["jeeves_auth"] = api.make_verifier(app.extensions["jeeves"], deny)

    @app.after_serving
    async def close_deps() -> None:
        await app.extensions.pop("jeeves_denylist").stop()
        app.extensions.pop("sessionmaker", None)
        await app.extensions.pop("jeeves").close()

    return app
