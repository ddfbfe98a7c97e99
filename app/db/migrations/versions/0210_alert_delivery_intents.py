"""Alert deliveries become intents first: written before the Slack send, confirmed after it

Revision ID: 0210_alert_delivery_intents
Revises: 0200_slack_web
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0210_alert_delivery_intents"
down_revision = "0200_slack_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before this revision were recorded after their send: they stay confirmed.
    op.alter_column("alert_deliveries", "sent_at", nullable=True, server_default=None)
    op.add_column("alert_deliveries", sa.Column("attempt", sa.Integer(), nullable=True))
    op.add_column("alert_deliveries", sa.Column("intent_at", sa.DateTime(timezone=True),
                                                server_default=sa.text("now()"), nullable=False))
    op.add_column("alert_deliveries", sa.Column("slack_ts", sa.String(32), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM alert_deliveries WHERE sent_at IS NULL")
    op.drop_column("alert_deliveries", "slack_ts")
    op.drop_column("alert_deliveries", "intent_at")
    op.drop_column("alert_deliveries", "attempt")
    op.alter_column("alert_deliveries", "sent_at", nullable=False, server_default=sa.text("now()"))
