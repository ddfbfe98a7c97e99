"""Jeeves' tables. Indexes follow the queries in app/services (named in each comment)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSONB}


def now_column() -> Mapped[dt.datetime]:
    """A timestamp the database sets on insert."""
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class BrowserSession:
    """The columns of a server-side browser session (the admin panel's, a Slack user's on /me/): the
    cookie holds a random token, the row only its SHA-256, with the CSRF token bound to it."""

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = now_column()
    last_seen_at: Mapped[dt.datetime] = now_column()
    client_ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(256))


class User(Base):
    """A Slack user of one workspace. is_admin/is_active are for the admin panel."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("slack_team_id", "slack_user_id", name="uq_users_slack_identity"),
                      Index("ix_users_email", "email"))

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    slack_team_id: Mapped[str] = mapped_column(String(32))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    is_admin: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    # units, alert_time (HH:MM), alerts (bool), timezone: see app/services/user_settings.py
    settings: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    created_at: Mapped[dt.datetime] = now_column()
    updated_at: Mapped[dt.datetime] = now_column()


class Fact(Base):
    """A remembered value per user (e.g. key "location" -> {"name", "latitude", "longitude"})."""

    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_facts_user_key"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[dt.datetime] = now_column()


class FeatureSwitch(Base):
    """Action on/off; team_id '*' is the global switch, a team's row wins over it."""

    __tablename__ = "feature_switches"
    __table_args__ = (UniqueConstraint("action", "team_id", name="uq_feature_switches_action_team"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(64))
    team_id: Mapped[str] = mapped_column(String(32), server_default="*")
    enabled: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[dt.datetime] = now_column()


class UsageLog(Base):
    """One row per handled command: who, what, how it ended, how long it took."""

    __tablename__ = "usage_log"
    __table_args__ = (Index("ix_usage_log_created_at", "created_at"),
                      Index("ix_usage_log_action_created_at", "action", "created_at"),
                      Index("ix_usage_log_user_id", "user_id"))

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    team_id: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(32))  # ok | disabled | error | unknown
    latency_ms: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = now_column()


class OAuthConnection(Base):
    """A user's link to a third-party service; tokens are stored encrypted by the caller."""

    __tablename__ = "oauth_connections"
    __table_args__ = (UniqueConstraint("user_id", "provider", name="uq_oauth_connections_user_provider"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(64))
    external_account_id: Mapped[str | None] = mapped_column(String(200))
    scopes: Mapped[str] = mapped_column(Text, server_default="")
    access_token_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    refresh_token_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = now_column()
    updated_at: Mapped[dt.datetime] = now_column()


class SlackEvent(Base):
    """Seen Slack event ids: the insert that wins decides who processes a (retried) event."""

    __tablename__ = "slack_events"
    __table_args__ = (Index("ix_slack_events_received_at", "received_at"),)

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(32))
    received_at: Mapped[dt.datetime] = now_column()


class Job(Base):
    """The PostgreSQL job queue (app/services/jobs.py): claimed with FOR UPDATE SKIP LOCKED."""

    __tablename__ = "jobs"
    __table_args__ = (
        # the claim query: ready jobs of one queue in run_at order
        Index("ix_jobs_claim", "queue", "run_at", postgresql_where=text("status IN ('queued', 'running')")),
        # dedup_key makes enqueueing idempotent (e.g. one weather alert per user and day)
        Index("uq_jobs_dedup_key", "dedup_key", unique=True, postgresql_where=text("dedup_key IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    queue: Mapped[str] = mapped_column(String(64), server_default="default")
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    status: Mapped[str] = mapped_column(String(16), server_default="queued")  # queued|running|done|failed
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    max_attempts: Mapped[int] = mapped_column(Integer, server_default="8")
    run_at: Mapped[dt.datetime] = now_column()
    locked_by: Mapped[str | None] = mapped_column(String(128))
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    dedup_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = now_column()
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AlertDelivery(Base):
    """One daily alert per user and day (the primary key). Written as an intent by the job attempt about
    to send (job_id, attempt), before the Slack call; sent_at and slack_ts confirm it went out."""

    __tablename__ = "alert_deliveries"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    job_id: Mapped[int | None] = mapped_column(BigInteger)
    attempt: Mapped[int | None] = mapped_column(Integer)
    intent_at: Mapped[dt.datetime] = now_column()
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))   # NULL: not confirmed yet
    slack_ts: Mapped[str | None] = mapped_column(String(32))
