"""The /admin/ blueprint: server-rendered pages, its own templates and stylesheet."""

from __future__ import annotations

from quart import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates",
               static_folder="static", static_url_path="/static")
