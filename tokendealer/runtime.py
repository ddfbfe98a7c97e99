"""The per-process objects of the service, built at startup and reached from handlers via `current()`."""

from __future__ import annotations

from dataclasses import dataclass

from quart import current_app
from sqlalchemy.ext.asyncio import AsyncEngine

from tokendealer.config import Settings
from tokendealer.db.engine import make_engine
from tokendealer.services.changes import ChangeListener
from tokendealer.services.clients import ClientRegistry
from tokendealer.services.keystore import KeyCipher, KeyStore
from tokendealer.services.publisher import NudgePublisher
from tokendealer.services.revocations import RevocationList
from tokendealer.services.tokens import TokenService


@dataclass
class Runtime:
    settings: Settings
    engine: AsyncEngine
    keys: KeyStore
    clients: ClientRegistry
    revocations: RevocationList
    tokens: TokenService
    publisher: NudgePublisher
    listener: ChangeListener | None = None

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        settings.require_secrets()
        engine = make_engine(settings.database_url)
        keys = KeyStore(engine, KeyCipher(settings.key_encryption_key), settings.jwks_max_age)
        revocations = RevocationList(engine)
        return cls(
            settings=settings, engine=engine, keys=keys,
            clients=ClientRegistry(engine, settings.pepper, settings.audiences, settings.client_cache_ttl),
            revocations=revocations, tokens=TokenService(settings, keys, revocations),
            publisher=NudgePublisher(settings.redis_url),
        )

    async def refresh_all(self) -> None:
        await self.keys.refresh()
        await self.revocations.refresh()
        self.clients.invalidate()

    async def on_change(self, payload: str) -> None:
        kind, _, rest = payload.partition(":")
        if kind == "keys":
            await self.keys.refresh()  # before the nudge: the feed's kids are this process's key set
        elif kind == "client":
            self.clients.invalidate(rest)
        elif kind == "revoked":
            jti, _, exp = rest.rpartition(":")
            if jti and exp.isdigit():
                self.revocations.add_local(jti, float(exp))
        else:
            return
        await self.publisher.publish(kind)

    async def on_listening(self) -> None:
        """(Re)connected to NOTIFY: changes made meanwhile were never announced; one nudge covers them."""
        await self.refresh_all()
        await self.publisher.publish("resync")

    async def start(self) -> None:
        await self.keys.refresh()
        await self.revocations.refresh()
        self.listener = ChangeListener(self.settings.database_url, self.on_change, self.refresh_all,
                                       self.settings.key_refresh_interval, on_listening=self.on_listening)
        self.listener.start()

    async def stop(self) -> None:
        if self.listener:
            await self.listener.stop()
        await self.publisher.close()
        await self.engine.dispose()


def current() -> Runtime:
    runtime: Runtime = current_app.extensions["tokendealer"]
    return runtime
