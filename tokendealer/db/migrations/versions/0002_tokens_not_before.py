"""oauth_clients.tokens_not_before: a disabled client's earlier tokens stay refused once re-enabled

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("oauth_clients", sa.Column("tokens_not_before", sa.DateTime(timezone=True), nullable=True))
    # Clients disabled before this column existed: their tokens so far stay refused after a re-enable.
    op.execute("UPDATE oauth_clients SET tokens_not_before = now() WHERE NOT active")


def downgrade() -> None:
    op.drop_column("oauth_clients", "tokens_not_before")
