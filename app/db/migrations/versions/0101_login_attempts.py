"""admin login: attempts counted per (username, IP), per IP and per account; single-use TOTP steps

Revision ID: 0101_login_attempts
Revises: 0100_admin_panel
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0101_login_attempts"
down_revision = "0100_admin_panel"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "admin_login_attempts",
        sa.Column("scope", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )
    # The username-only lock-out it replaces let anyone lock any account.
    op.drop_table("admin_login_throttle")
    op.add_column("admin_accounts", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("admin_accounts", "totp_last_step")
    op.create_table(
        "admin_login_throttle",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )
    op.drop_table("admin_login_attempts")
