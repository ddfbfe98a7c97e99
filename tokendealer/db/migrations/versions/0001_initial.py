"""clients, signing keys, revoked tokens

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    tz = sa.DateTime(timezone=True)
    op.create_table(
        "oauth_clients",
        sa.Column("client_id", sa.String(128), primary_key=True),
        sa.Column("secret_digest", sa.String(64), nullable=False),
        sa.Column("scopes", sa.Text, nullable=False, server_default=""),
        sa.Column("audiences", sa.Text, nullable=False, server_default=""),
        sa.Column("grant_types", sa.Text, nullable=False, server_default="client_credentials"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", tz, nullable=False, server_default=sa.func.now()),
        sa.Column("secret_rotated_at", tz, nullable=False, server_default=sa.func.now()),
        sa.Column("last_used_at", tz, nullable=True),
    )
    op.create_table(
        "signing_keys",
        sa.Column("kid", sa.String(64), primary_key=True),
        sa.Column("alg", sa.String(8), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("private_key_enc", sa.LargeBinary, nullable=False),
        sa.Column("public_jwk", sa.JSON, nullable=False),
        sa.Column("created_at", tz, nullable=False, server_default=sa.func.now()),
        sa.Column("activated_at", tz, nullable=True),
        sa.Column("retiring_at", tz, nullable=True),
        sa.Column("retired_at", tz, nullable=True),
    )
    # At most one signing key at a time, enforced by the database.
    op.create_index("one_active_signing_key", "signing_keys", ["state"], unique=True,
                    postgresql_where=sa.text("state = 'active'"))
    op.create_table(
        "revoked_tokens",
        sa.Column("jti", sa.String(64), primary_key=True),
        sa.Column("client_id", sa.String(128), nullable=False),
        sa.Column("expires_at", tz, nullable=False, index=True),
        sa.Column("revoked_at", tz, nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("revoked_tokens")
    op.drop_index("one_active_signing_key", table_name="signing_keys")
    op.drop_table("signing_keys")
    op.drop_table("oauth_clients")
