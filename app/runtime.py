"""What the Jeeves web app holds while it serves, built at startup and reached from handlers via `current()`.

`Deps` is what every Jeeves process shares (the worker opens it too); `Runtime` adds what only the web app
needs: the revocation feed, the bearer-token verifier, the admin panel's TokenDealer client and the Slack
OpenID Connect client.
"""

from __future__ import annotations

from dataclasses import dataclass

from quart import Quart, current_app

from app.account.oidc import OidcConfig, SlackOidc
from app.config import Settings
from app.deps import Deps
from app.services.admin_tokendealer import TokenDealerAdmin
from app.services.jwks import JWKSCache, TokenVerifier
from app.services.revocations import DenyList

EXTENSION = "jeeves"  # the one key of app.extensions this app uses


def make_verifier(deps: Deps, deny: DenyList | None = None) -> TokenVerifier:
    url = deps.settings.tokendealer_url.rstrip("/") + "/.well-known/jwks.json"
    keys = JWKSCache(deps.http, url, timeout=deps.settings.http_timeout,
                     min_refresh_interval=deps.settings.jwks_min_refresh_seconds)
    if deny is not None:  # a rotated-in key is usable as soon as the feed lists it, not a refresh interval later
        deny.on_new_keys(keys.expire)
    return TokenVerifier(keys, deps.settings.issuer, deps.settings.jwt_audience, deny=deny)


@dataclass
class Runtime:
    deps: Deps
    denylist: DenyList
    verifier: TokenVerifier
    tokendealer: TokenDealerAdmin
    _oidc: SlackOidc | None = None

    @classmethod
    async def open(cls, settings: Settings) -> Runtime:
        deps = await Deps.open(settings)
        deny = DenyList(deps.http, settings.tokendealer_url, settings.revocation_poll_seconds, settings.http_timeout,
                        settings.redis_url)
        deny.start()  # revoked tokens and disabled clients refused on TokenDealer's nudge, else within a poll
        return cls(deps=deps, denylist=deny, verifier=make_verifier(deps, deny),
                   tokendealer=TokenDealerAdmin(deps.http, settings.tokendealer_url, settings.run_dir / "secrets",
                                                settings.http_timeout))

    @property
    def settings(self) -> Settings:
        return self.deps.settings

    def oidc(self) -> SlackOidc:
        # Built on first use: its credentials are read from the environment or .run/secrets then.
        if self._oidc is None:
            self._oidc = SlackOidc(OidcConfig.from_env(self.settings), self.deps.http)
        return self._oidc

    async def close(self) -> None:
        await self.denylist.stop()
        if self._oidc is not None:
            await self._oidc.close()
        await self.deps.close()


def current(app: Quart | None = None) -> Runtime:
    """The serving app's Runtime (or `app`'s, for tests holding the app outside a request)."""
    runtime: Runtime = (app or current_app).extensions[EXTENSION]
    return runtime
