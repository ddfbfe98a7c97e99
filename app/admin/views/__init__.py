"""Admin pages, one module per area; importing them attaches their routes to the blueprint."""

from app.admin.views import account, audit, clients, dashboard, features, gateway, login, users  # noqa: F401
