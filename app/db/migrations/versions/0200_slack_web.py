"""Slack users on the web: sessions, one-time sign-in links, OIDC logins, admin Slack identities,
seen slash-command signatures

Revision ID: 0200_slack_web
Revises: 0101_login_attempts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0200_slack_web"
down_revision = "0101_login_attempts"
branch_labels = None
depends_on = None


def _now() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "user_sessions",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        _now(),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("client_ip", sa.String(64), nullable=True),
        sa.Column("user_agent", sa.String(256), nullable=True),
    )
    op.create_index("ix_user_sessions_user_id", "user_sessions", ["user_id"])
    op.create_table(
        "signin_links",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("slack_team_id", sa.String(32), nullable=False),
        sa.Column("slack_user_id", sa.String(32), nullable=False),
        _now(),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_signin_links_expires_at", "signin_links", ["expires_at"])
    op.create_table(
        "oidc_logins",
        sa.Column("state_sha256", sa.String(64), primary_key=True),
        sa.Column("nonce", sa.String(128), nullable=False),
        sa.Column("code_verifier", sa.String(128), nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        _now(),
    )
    op.create_table(
        "admin_slack_identities",
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("admin_accounts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("slack_team_id", sa.String(32), nullable=False),
        sa.Column("slack_user_id", sa.String(32), nullable=False),
        _now(),
        sa.UniqueConstraint("slack_team_id", "slack_user_id", name="uq_admin_slack_identity"),
    )
    op.create_table(
        "slack_requests_seen",
        sa.Column("signature_sha256", sa.String(64), primary_key=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )
    op.create_index("ix_slack_requests_seen_at", "slack_requests_seen", ["seen_at"])


def downgrade() -> None:
    for table in ("slack_requests_seen", "admin_slack_identities", "oidc_logins", "signin_links", "user_sessions"):
        op.drop_table(table)
