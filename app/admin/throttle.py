"""Login throttle: guessing gets expensive, yet nobody can lock the real admin out from elsewhere.

Every attempt is counted before its password is looked at, under row locks, so a burst of concurrent
posts is counted in full and only the free allowance is ever verified. Lock-outs are per (username,
client IP) and per client IP; across all IPs an account only gets a delay, and that delay is bounded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.admin.models import AdminLoginAttempts


@dataclass(frozen=True)
class LockRule:
    free: int  # attempts before the first lock
    base: dt.timedelta  # first lock, doubled by each further one
    cap: dt.timedelta


USER_IP = LockRule(free=5, base=dt.timedelta(seconds=30), cap=dt.timedelta(minutes=15))
IP = LockRule(free=20, base=dt.timedelta(seconds=30), cap=dt.timedelta(minutes=15))
ACCOUNT_FREE = 10  # attempts on one account from all IPs before each is delayed
ACCOUNT_BASE_DELAY = 0.25  # seconds, doubled per further attempt...
ACCOUNT_MAX_DELAY = 4.0  # ...never beyond this: the real admin always gets in, a little later
FORGIVE_AFTER = dt.timedelta(hours=1)  # a quiet hour starts every count again


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int  # seconds, when refused
    delay: float  # seconds to wait before verifying, when allowed
    account_attempts: int


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def lock_for(rule: LockRule, failures: int) -> dt.timedelta:
    """The lock that the attempt numbered `failures` starts (the first over the allowance: base)."""
    return min(rule.cap, rule.base * (2 ** min(failures - rule.free - 1, 20)))


def account_delay(attempts: int) -> float:
    if attempts <= ACCOUNT_FREE:
        return 0.0
    return min(ACCOUNT_MAX_DELAY, ACCOUNT_BASE_DELAY * (2 ** min(attempts - ACCOUNT_FREE - 1, 20)))


def keys(username: str, ip: str) -> dict[str, str]:
    return {"user_ip": f"{username}|{ip}"[:200], "ip": ip[:200], "account": username}


def _seconds_until(moment: dt.datetime, now: dt.datetime) -> int:
    return max(1, int((moment - now).total_seconds() + 0.999))


async def reserve(db: AsyncSession, username: str, ip: str) -> Decision:
    """Counts one attempt against every key; says whether its password may be checked (commit at once)."""
    now = _utcnow()
    names = keys(username, ip)
    rows_wanted = sorted(names.items())  # one lock order for every transaction: no deadlocks
    await db.execute(insert(AdminLoginAttempts)
                     .values([{"scope": s, "key": k, "failures": 0, "last_attempt_at": now} for s, k in rows_wanted])
                     .on_conflict_do_nothing())
    rows = {row.scope: row for row in (await db.execute(
        select(AdminLoginAttempts)
        .where(tuple_(AdminLoginAttempts.scope, AdminLoginAttempts.key).in_(rows_wanted))
        .order_by(AdminLoginAttempts.scope, AdminLoginAttempts.key)
        .with_for_update())).scalars()}
    for row in rows.values():
        if row.last_attempt_at < now - FORGIVE_AFTER:
            row.failures, row.locked_until = 0, None
        row.last_attempt_at = now
    account = rows["account"]
    account.failures += 1
    refused_until: dt.datetime | None = None
    for scope, rule in (("user_ip", USER_IP), ("ip", IP)):
        row = rows[scope]
        if row.locked_until is not None and row.locked_until > now:
            refused_until = max(refused_until or row.locked_until, row.locked_until)
            continue  # attempts while locked do not lengthen the next lock
        row.failures += 1
        if row.failures > rule.free:
            # Locked before the password is checked, so concurrent attempts see it. The first attempt
            # over the allowance is refused; one after an expired lock is checked (and re-locks).
            if row.locked_until is None:
                refused_until = max(refused_until or now, now + lock_for(rule, row.failures))
            row.locked_until = now + lock_for(rule, row.failures)
    if refused_until is not None:
        return Decision(False, _seconds_until(refused_until, now), 0.0, account.failures)
    return Decision(True, 0, account_delay(account.failures), account.failures)


async def succeeded(db: AsyncSession, username: str, ip: str) -> None:
    """The right credentials: this (username, IP) and the account start afresh; the IP's count gives
    back the attempt (its other usernames' failures still count)."""
    names = keys(username, ip)
    for scope in ("user_ip", "account"):
        await db.execute(delete(AdminLoginAttempts).where(AdminLoginAttempts.scope == scope,
                                                          AdminLoginAttempts.key == names[scope]))
    await db.execute(update(AdminLoginAttempts)
                     .where(AdminLoginAttempts.scope == "ip", AdminLoginAttempts.key == names["ip"],
                            AdminLoginAttempts.failures > 0)
                     .values(failures=AdminLoginAttempts.failures - 1))
