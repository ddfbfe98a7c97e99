"""The admin panel's own tables, on Jeeves' declarative Base (migrations: 0100_admin_panel, 0101_login_attempts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models import Base, BrowserSession, now_column


class AdminAccount(Base):
    """A person who may log in to /admin/ (distinct from Slack users: no Slack identity needed)."""

    __tablename__ = "admin_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, PHC string
    totp_secret: Mapped[str | None] = mapped_column(String(64))  # base32; NULL = no second factor
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)  # codes at or before it are spent
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[dt.datetime] = now_column()
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AdminLoginAttempts(Base):
    """Login attempts counted per scope: (username, IP) and IP lock out; account only slows down.
    Usernames are counted known or not, so throttling does not reveal which exist."""

    __tablename__ = "admin_login_attempts"

    scope: Mapped[str] = mapped_column(String(16), primary_key=True)  # user_ip | ip | account
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_attempt_at: Mapped[dt.datetime] = now_column()


class AdminSession(BrowserSession, Base):
    """An admin's session on /admin/."""

    __tablename__ = "admin_sessions"
    __table_args__ = (Index("ix_admin_sessions_account_id", "account_id"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("admin_accounts.id", ondelete="CASCADE"))


class AuditEntry(Base):
    """Every admin action (and every login attempt), newest first in the panel."""

    __tablename__ = "admin_audit_log"
    __table_args__ = (Index("ix_admin_audit_log_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    client_ip: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = now_column()
    outcome: Mapped[str] = mapped_column(String(16), server_default="ok")  # ok | denied | failed
