"""Small helpers shared by the admin views: bounded query args, notices by code, page links."""

from __future__ import annotations

from dataclasses import dataclass

from quart import request

# Notices are chosen by code from this table, never echoed from the URL: no content injection.
NOTICES = {
    "user_updated": "User updated.",
    "switch_updated": "Feature switch saved. Jeeves applies it to the next command.",
    "switch_removed": "Team override removed; the global switch applies again.",
    "client_disabled": "Client disabled: its tokens are refused, and enabling it again will not revive them.",
    "client_enabled": "Client enabled.",
    "totp_enabled": "Two-factor authentication is on for your account.",
    "totp_disabled": "Two-factor authentication is off for your account.",
}


def notice() -> str | None:
    return NOTICES.get(request.args.get("done", ""))


def int_arg(name: str, default: int, low: int, high: int) -> int:
    try:
        value = int(request.args.get(name, default))
    except ValueError:
        return default
    return min(high, max(low, value))


def text_arg(name: str, limit: int = 100) -> str:
    return request.args.get(name, "").strip()[:limit]


@dataclass(frozen=True)
class Page:
    number: int
    size: int
    total: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def last(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.last
