"""Persistence of the Slack users' web access: one-time sign-in links, sessions, pending OIDC logins,
admin Slack identities, and what a user may see of and delete from their own data."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.account.models import AdminSlackIdentity, OidcLogin, SigninLink, UserSession
from app.admin import store as admin_store
from app.admin.models import AdminAccount
from app.admin.store import SessionLimits
from app.db.models import Fact, UsageLog, User
from app.services import users

LINK_LIFETIME = dt.timedelta(minutes=10)
OIDC_LOGIN_LIFETIME = dt.timedelta(minutes=10)
RECENT_ACTIONS = 20


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_token() -> str:
    """256 random bits, URL-safe: sign-in links, session cookies, OIDC state."""
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def well_formed(token: str | None) -> bool:
    return bool(token) and 20 <= len(token or "") <= 128 and all(c.isalnum() or c in "-_" for c in token or "")


# ---- one-time sign-in links ------------------------------------------------------------------------
async def issue_link(db: AsyncSession, user: User) -> str:
    """A new link token for this user; only its digest is stored."""
    token, now = new_token(), _utcnow()
    db.add(SigninLink(token_sha256=digest(token), user_id=user.id, slack_team_id=user.slack_team_id,
                      slack_user_id=user.slack_user_id, created_at=now, expires_at=now + LINK_LIFETIME))
    return token


async def valid_link(db: AsyncSession, token: str | None) -> SigninLink | None:
    """The unused, unexpired link for this token, still bound to the same Slack identity."""
    if not well_formed(token):
        return None
    row = (await db.execute(select(SigninLink, User).join(User, User.id == SigninLink.user_id)
                            .where(SigninLink.token_sha256 == digest(token or "")))).one_or_none()
    if row is None:
        return None
    link, user = row
    if link.used_at is not None or link.expires_at <= _utcnow() or not user.is_active:
        return None
    if (user.slack_team_id, user.slack_user_id) != (link.slack_team_id, link.slack_user_id):
        return None
    return link  # type: ignore[no-any-return]


async def redeem_link(db: AsyncSession, token: str | None) -> int | None:
    """Marks the link used and returns its user id; None when invalid. A single UPDATE ... WHERE
    used_at IS NULL decides, so two concurrent redemptions cannot both win."""
    link = await valid_link(db, token)
    if link is None:
        return None
    won = await db.execute(update(SigninLink).where(SigninLink.token_sha256 == link.token_sha256,
                                                    SigninLink.used_at.is_(None))
                           .values(used_at=_utcnow()).returning(SigninLink.user_id))
    user_id: int | None = won.scalar_one_or_none()
    return user_id


# ---- user sessions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class LoadedUserSession:
    user: User
    csrf_token: str
    token_sha256: str
    method: str


async def create_session(db: AsyncSession, user_id: int, method: str, client_ip: str | None,
                         user_agent: str | None) -> str:
    """Returns the cookie token; a fresh one at every sign-in (no session fixation)."""
    token = new_token()
    db.add(UserSession(token_sha256=digest(token), user_id=user_id, csrf_token=new_token(), method=method,
                       client_ip=client_ip, user_agent=(user_agent or "")[:256]))
    return token


async def load_session(db: AsyncSession, token: str | None, limits: SessionLimits) -> LoadedUserSession | None:
    if not token or len(token) > 128:
        return None
    key = digest(token)
    row = (await db.execute(select(UserSession, User).join(User, User.id == UserSession.user_id)
                            .where(UserSession.token_sha256 == key))).one_or_none()
    if row is None:
        return None
    sess, user = row
    now = _utcnow()
    if not user.is_active or now - sess.last_seen_at > limits.idle or now - sess.created_at > limits.absolute:
        await db.execute(delete(UserSession).where(UserSession.token_sha256 == key))
        return None
    sess.last_seen_at = now
    return LoadedUserSession(user=user, csrf_token=sess.csrf_token, token_sha256=key, method=sess.method)


async def delete_session(db: AsyncSession, token_sha256: str) -> None:
    await db.execute(delete(UserSession).where(UserSession.token_sha256 == token_sha256))


# ---- pending OIDC logins ---------------------------------------------------------------------------
async def start_oidc_login(db: AsyncSession, state: str, nonce: str, code_verifier: str, purpose: str) -> None:
    now = _utcnow()
    await db.execute(delete(OidcLogin).where(OidcLogin.created_at < now - OIDC_LOGIN_LIFETIME))
    db.add(OidcLogin(state_sha256=digest(state), nonce=nonce, code_verifier=code_verifier, purpose=purpose))


async def take_oidc_login(db: AsyncSession, state: str | None) -> OidcLogin | None:
    """The pending login for this state, removed as it is read: a state works once."""
    if not well_formed(state):
        return None
    row = (await db.execute(delete(OidcLogin).where(OidcLogin.state_sha256 == digest(state or ""))
                            .returning(OidcLogin))).scalar_one_or_none()
    if row is None or row.created_at < _utcnow() - OIDC_LOGIN_LIFETIME:
        return None
    return row  # type: ignore[no-any-return]


# ---- admins signing in with Slack ------------------------------------------------------------------
async def admin_for_slack(db: AsyncSession, team_id: str, user_id: str) -> AdminAccount | None:
    account: AdminAccount | None = (await db.execute(
        select(AdminAccount).join(AdminSlackIdentity, AdminSlackIdentity.account_id == AdminAccount.id)
        .where(AdminSlackIdentity.slack_team_id == team_id, AdminSlackIdentity.slack_user_id == user_id,
               AdminAccount.is_active.is_(True)))).scalar_one_or_none()
    return account


async def map_admin_to_slack(db: AsyncSession, account: AdminAccount, team_id: str, user_id: str) -> None:
    """One Slack identity per admin account and one account per Slack identity; remapping replaces."""
    await db.execute(delete(AdminSlackIdentity).where(or_(
        AdminSlackIdentity.account_id == account.id,
        (AdminSlackIdentity.slack_team_id == team_id) & (AdminSlackIdentity.slack_user_id == user_id))))
    db.add(AdminSlackIdentity(account_id=account.id, slack_team_id=team_id, slack_user_id=user_id))


# ---- a user's own data -----------------------------------------------------------------------------
async def export(db: AsyncSession, user: User, actions_limit: int | None = RECENT_ACTIONS) -> dict[str, Any]:
    """What Jeeves stores about this user: the /me/ page (recent actions), the download (all of them)."""
    facts = (await db.execute(select(Fact).where(Fact.user_id == user.id).order_by(Fact.key))).scalars()
    actions = (await db.execute(select(UsageLog).where(UsageLog.user_id == user.id)
                                .order_by(UsageLog.created_at.desc(), UsageLog.id.desc())
                                .limit(actions_limit))).scalars()
    return {
        "slack": {"team_id": user.slack_team_id, "user_id": user.slack_user_id, "name": user.name,
                  "email": user.email},
        "settings": users.effective_settings(user),
        "facts": {f.key: f.value for f in facts},
        "actions": [{"action": a.action, "outcome": a.outcome, "at": a.created_at.isoformat()}
                           for a in actions],
        "created_at": user.created_at.isoformat(),
    }


async def forget(db: AsyncSession, user_id: int) -> dict[str, int]:
    """Deletes the user row; facts, sessions, links and alert records go with it (ON DELETE CASCADE),
    the usage log keeps anonymous counts (user_id SET NULL). Returns what went, for the audit row."""
    facts = len((await db.execute(select(Fact.id).where(Fact.user_id == user_id))).all())
    deleted = await db.execute(delete(User).where(User.id == user_id))
    return {"users": int(deleted.rowcount), "facts": facts}  # type: ignore[attr-defined]


async def forget_user(db: AsyncSession, user: User, via: str, *, client_ip: str | None = None,
                      request_id: str | None = None) -> dict[str, int]:
    """forget me: the data goes, and an audit row (in the admin panel's log) records that it went."""
    identity = f"{user.slack_team_id}/{user.slack_user_id}"
    gone = await forget(db, user.id)
    await admin_store.audit(db, f"slack:{identity}", "user.forget_me", identity, details={"via": via, **gone},
                            client_ip=client_ip, request_id=request_id)
    return gone


async def find_user(db: AsyncSession, team_id: str, slack_user_id: str) -> User | None:
    """The user row if Jeeves knows this Slack identity (never creates one: reading is not consent)."""
    query = select(User).where(User.slack_team_id == team_id, User.slack_user_id == slack_user_id)
    user: User | None = (await db.execute(query)).scalar_one_or_none()
    return user


async def purge(db: AsyncSession, limits: SessionLimits) -> None:
    """The worker's prune: sessions past their limits, links a day past expiry, abandoned OIDC logins."""
    now = _utcnow()
    await db.execute(delete(UserSession).where(or_(UserSession.last_seen_at < now - limits.idle,
                                                   UserSession.created_at < now - limits.absolute)))
    await db.execute(delete(SigninLink).where(SigninLink.expires_at < now - dt.timedelta(days=1)))
    await db.execute(delete(OidcLogin).where(OidcLogin.created_at < now - OIDC_LOGIN_LIFETIME))
