"""Jeeves' admin panel under /admin/: server-rendered pages behind a login, for operators.

`init_app(app)` is the one call create_app makes; everything else hangs off the blueprint.
"""

from __future__ import annotations

import aiohttp
from quart import Quart, current_app

from app.admin import auth, db
from app.admin.blueprint import bp
from app.admin.security import CSRF_FIELD
from app.services.admin_tokendealer import TokenDealerAdmin

TOKENDEALER = "admin_tokendealer"


def tokendealer() -> TokenDealerAdmin:
    """The panel's TokenDealer client, on the process's shared aiohttp session (Deps.http)."""
    api = current_app.extensions.get(TOKENDEALER)
    if api is None:
        deps = current_app.extensions.get("jeeves")
        http = getattr(deps, "http", None)
        if not isinstance(http, aiohttp.ClientSession):
            http = current_app.extensions["admin_http"] = aiohttp.ClientSession(trust_env=False)
        settings = current_app.config["SETTINGS"]
        api = current_app.extensions[TOKENDEALER] = TokenDealerAdmin(
            http, settings.tokendealer_url, settings.run_dir / "secrets", settings.http_timeout)
    return api  # type: ignore[no-any-return]


def init_app(app: Quart) -> None:
    from app.admin import views  # noqa: F401  (attaches the routes to bp)

    db.init_app(app)
    app.jinja_env.globals.update(csrf_token=auth.csrf_token, csrf_field=CSRF_FIELD)

    @app.after_serving
    async def close_tokendealer_client() -> None:
        app.extensions.pop(TOKENDEALER, None)
        own = app.extensions.pop("admin_http", None)
        if own is not None:
            await own.close()

    app.register_blueprint(bp)
