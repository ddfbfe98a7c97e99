"""Persistence of the admin panel: accounts, second factor, server-side sessions, audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.admin import security
from app.admin.models import AdminAccount, AdminSession, AuditEntry


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def normalize_username(username: str) -> str:
    return username.strip().lower()[:64]


# ---- accounts ------------------------------------------------------------------------------------
async def account_by_username(db: AsyncSession, username: str) -> AdminAccount | None:
    result = await db.execute(select(AdminAccount).where(AdminAccount.username == normalize_username(username)))
    return result.scalar_one_or_none()


async def upsert_account(db: AsyncSession, username: str, password: str, *, reset_password: bool) -> bool:
    """Creates the account; with reset_password also replaces an existing one's password.
    Returns True when something changed."""
    name = normalize_username(username)
    if not name or len(password) < security.MIN_PASSWORD_LENGTH:
        raise ValueError(f"username required and password of at least {security.MIN_PASSWORD_LENGTH} characters")
    existing = await account_by_username(db, name)
    if existing is None:
        db.add(AdminAccount(username=name, password_hash=security.hash_password(password)))
        return True
    if reset_password:
        existing.password_hash = security.hash_password(password)
        existing.is_active = True
        await db.execute(delete(AdminSession).where(AdminSession.account_id == existing.id))
        return True
    return False


async def list_accounts(db: AsyncSession) -> list[AdminAccount]:
    return list((await db.execute(select(AdminAccount).order_by(AdminAccount.username))).scalars())


# ---- second factor -------------------------------------------------------------------------------
async def spend_totp_code(db: AsyncSession, account: AdminAccount, code: str) -> bool:
    """True once per code: its time step must be later than the last accepted one, and it becomes
    the last accepted one in the same statement (two concurrent uses: one wins)."""
    if not account.totp_secret:
        return False
    step = security.totp_step(account.totp_secret, code, after=account.totp_last_step)
    if step is None:
        return False
    spent = await db.execute(update(AdminAccount)
                             .where(AdminAccount.id == account.id)
                             .where(or_(AdminAccount.totp_last_step.is_(None), AdminAccount.totp_last_step < step))
                             .values(totp_last_step=step).returning(AdminAccount.id))
    if spent.scalar_one_or_none() is None:
        return False
    account.totp_last_step = step
    return True


# ---- sessions ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SessionLimits:
    idle: dt.timedelta
    absolute: dt.timedelta


@dataclass(frozen=True)
class LoadedSession:
    account: AdminAccount
    csrf_token: str
    token_sha256: str


async def create_session(db: AsyncSession, account: AdminAccount, client_ip: str | None,
                         user_agent: str | None) -> tuple[str, str]:
    """Returns (cookie token, csrf token). A fresh token at every login: no session fixation."""
    token, csrf = security.new_token(), security.new_token()
    db.add(AdminSession(token_sha256=security.token_digest(token), account_id=account.id, csrf_token=csrf,
                        client_ip=client_ip, user_agent=(user_agent or "")[:256]))
    account.last_login_at = _utcnow()
    return token, csrf


async def load_session(db: AsyncSession, token: str | None, limits: SessionLimits) -> LoadedSession | None:
    """The live session for this cookie, sliding its idle expiry; None if unknown or expired."""
    if not token or len(token) > 128:
        return None
    digest = security.token_digest(token)
    row = (await db.execute(select(AdminSession, AdminAccount)
                            .join(AdminAccount, AdminAccount.id == AdminSession.account_id)
                            .where(AdminSession.token_sha256 == digest))).one_or_none()
    if row is None:
        return None
    sess, account = row
    now = _utcnow()
    if (not account.is_active or now - sess.last_seen_at > limits.idle or now - sess.created_at > limits.absolute):
        await db.execute(delete(AdminSession).where(AdminSession.token_sha256 == digest))
        return None
    sess.last_seen_at = now
    return LoadedSession(account=account, csrf_token=sess.csrf_token, token_sha256=digest)


async def delete_session(db: AsyncSession, token_sha256: str) -> None:
    await db.execute(delete(AdminSession).where(AdminSession.token_sha256 == token_sha256))


async def purge_expired_sessions(db: AsyncSession, limits: SessionLimits) -> None:
    now = _utcnow()
    await db.execute(delete(AdminSession).where(or_(AdminSession.last_seen_at < now - limits.idle,
                                                    AdminSession.created_at < now - limits.absolute)))


# ---- audit log -----------------------------------------------------------------------------------
async def audit(db: AsyncSession, actor: str, action: str, target: str | None = None, *,
                details: dict[str, Any] | None = None, outcome: str = "ok", client_ip: str | None = None,
                request_id: str | None = None) -> None:
    db.add(AuditEntry(actor=actor[:64], action=action[:64], target=(target or None) and target[:200],
                      details=details or {}, outcome=outcome, client_ip=client_ip, request_id=request_id))


async def audit_page(db: AsyncSession, *, query: str = "", limit: int = 50,
                     offset: int = 0) -> tuple[list[AuditEntry], int]:
    stmt = select(AuditEntry)
    if query:
        like = f"%{query}%"
        stmt = stmt.where(or_(AuditEntry.actor.ilike(like), AuditEntry.action.ilike(like),
                              AuditEntry.target.ilike(like)))
    total = int((await db.execute(select(func.count()).select_from(stmt.subquery()))).scalar_one())
    rows = await db.execute(stmt.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
                            .limit(limit).offset(offset))
    return list(rows.scalars()), total
