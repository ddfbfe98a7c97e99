"""Jeeves' admin panel under /admin/: server-rendered pages behind a login, for operators.

`init_app(app)` is the one call create_app makes; everything else hangs off the blueprint.
"""

from __future__ import annotations

from quart import Quart

from app.admin import auth
from app.admin.blueprint import bp
from app.admin.security import CSRF_FIELD


def init_app(app: Quart) -> None:
    from app.admin import views  # noqa: F401  (attaches the routes to bp)

    app.jinja_env.globals.update(csrf_token=auth.csrf_token, csrf_field=CSRF_FIELD)
    app.register_blueprint(bp)
