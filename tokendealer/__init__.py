"""TokenDealer: OAuth2 client-credentials authorization server (Quart app factory)."""

from __future__ import annotations

from quart import Quart

from servicekit import errors as service_errors
from servicekit import input_guard
from servicekit import logging as service_logging
from tokendealer.config import Settings


def create_app(settings: Settings | None = None) -> Quart:
    settings = settings or Settings.from_env()
    service_logging.configure("tokendealer", settings.log_level)
    app = Quart(__name__)
    app.config["SETTINGS"] = settings
    # Every endpoint takes a small form or JSON body; beyond this Quart answers 413 (a JSON error).
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    service_logging.install_request_context(app)
    service_errors.register(app)
    input_guard.install(app)  # undecodable input: 400 before any handler

    from tokendealer.routes import admin_api, health, introspection, revocations, token, wellknown
    from tokendealer.runtime import Runtime

    for blueprint in (health.bp, token.bp, introspection.bp, wellknown.bp, admin_api.bp, revocations.bp):
        app.register_blueprint(blueprint)

    @app.before_serving
    async def start_runtime() -> None:
        runtime = Runtime.build(settings)
        app.extensions["tokendealer"] = runtime
        await runtime.start()

    @app.after_serving
    async def stop_runtime() -> None:
        runtime = app.extensions.pop("tokendealer", None)
        if runtime is not None:
            await runtime.stop()

    return app
