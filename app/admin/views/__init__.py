"""Admin pages, one module per area; importing them attaches their routes to the blueprint."""

from app.admin.views import (  # noqa: F401
    account,
    audit,
    clients,
    dashboard,
    features,
    gateway,
    login,
    slack_sign_in,
    users,
)
