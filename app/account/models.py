"""Tables of the Slack user's own web access (migration: 0200_slack_web).

Every secret (session cookie, sign-in link, OIDC state) is stored as its SHA-256 only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models import Base, BrowserSession, now_column


class UserSession(BrowserSession, Base):
    """A Slack user's session on /me/ (cookie __Host-jeeves_me holds the token)."""

    __tablename__ = "user_sessions"
    __table_args__ = (Index("ix_user_sessions_user_id", "user_id"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(16))  # oidc | link


class SigninLink(Base):
    """A one-time sign-in link sent by the bot: single use, short-lived, bound to one Slack identity."""

    __tablename__ = "signin_links"
    __table_args__ = (Index("ix_signin_links_expires_at", "expires_at"),)

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    slack_team_id: Mapped[str] = mapped_column(String(32))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = now_column()
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class OidcLogin(Base):
    """A started Sign in with Slack: what the callback must match (state) and prove (nonce, PKCE)."""

    __tablename__ = "oidc_logins"

    state_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(128))
    code_verifier: Mapped[str] = mapped_column(String(128))
    purpose: Mapped[str] = mapped_column(String(16))  # me | admin
    created_at: Mapped[dt.datetime] = now_column()


class AdminSlackIdentity(Base):
    """Maps a Slack identity to an admin account, so that admin may sign in with Slack."""

    __tablename__ = "admin_slack_identities"
    __table_args__ = (UniqueConstraint("slack_team_id", "slack_user_id", name="uq_admin_slack_identity"),)

    account_id: Mapped[int] = mapped_column(Integer, ForeignKey("admin_accounts.id", ondelete="CASCADE"),
                                            primary_key=True)
    slack_team_id: Mapped[str] = mapped_column(String(32))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = now_column()


class SlackRequestSeen(Base):
    """Signatures of slash commands and interactions already handled: a replay inside Slack's
    5-minute window is refused (rows older than that are useless and purged)."""

    __tablename__ = "slack_requests_seen"
    __table_args__ = (Index("ix_slack_requests_seen_at", "seen_at"),)

    signature_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[dt.datetime] = now_column()

