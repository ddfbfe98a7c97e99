"""The revocation rules without processes: Jeeves's deny list applying a feed document, and TokenDealer
never issuing a token whose iat falls before its client's not-before."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from app.services.revocations import DenyList
from tokendealer.config import Settings
from tokendealer.services.tokens import TokenService


def deny_list(feed: dict[str, Any]) -> DenyList:
    deny = DenyList(None, "http://td.invalid", interval=5.0, timeout=1.0)  # type: ignore[arg-type]
    deny.apply(feed)
    return deny


def claims(client: str, iat: Any, jti: str = "j1") -> dict[str, Any]:
    return {"client_id": client, "sub": client, "iat": iat, "jti": jti}


def test_tokens_issued_before_the_clients_not_before_are_refused() -> None:
    deny = deny_list({"revoked": [], "disabled_clients": [],
                      "clients_not_before": [{"client_id": "c", "not_before": 1500.25}]})
    assert deny.refuses(claims("c", 1500))
    assert not deny.refuses(claims("c", 1501))
    assert deny.refuses(claims("c", None))  # no iat: cannot be shown to be newer
    assert deny.refuses(claims("c", True))
    assert not deny.refuses(claims("other", 1))


def test_a_disabled_client_is_refused_whatever_the_iat_and_the_sets_are_whole() -> None:
    deny = deny_list({"revoked": [], "disabled_clients": ["c"],
                      "clients_not_before": [{"client_id": "c", "not_before": 1500.0}]})
    assert deny.refuses(claims("c", 9_999_999_999))
    deny.apply({"revoked": [], "disabled_clients": [], "clients_not_before": []})
    assert not deny.refuses(claims("c", 1))  # a feed without it: the entry is gone


def test_a_revoked_jti_is_refused_until_it_expires() -> None:
    deny = deny_list({"revoked": [{"jti": "j1", "client_id": "c", "exp": time.time() + 60}],
                      "disabled_clients": []})
    assert deny.refuses(claims("c", 1))
    assert not deny.refuses(claims("c", 1, jti="j2"))


def test_nudges_during_a_fetch_make_one_more_fetch_not_one_each() -> None:
    async def scenario() -> dict[str, int]:
        deny = deny_list({"revoked": [], "disabled_clients": []})

        async def poll_once() -> None:
            await asyncio.sleep(0.01)
            if deny.fetches["poll"] == 0:  # during the first fetch: three nudges
                deny.nudge()
                deny.nudge()
                deny.nudge()

        deny.poll_once = poll_once  # type: ignore[method-assign]
        deny.start()
        await asyncio.sleep(0.3)  # far below the 5 s interval: only nudges fetch again
        await deny.stop()
        return deny.fetches

    assert asyncio.run(scenario()) == {"poll": 1, "push": 1}


class _Keys:
    signing = None


def test_iat_is_never_before_the_clients_not_before() -> None:
    from tokendealer.services.keystore import LoadedKey, generate, public_jwk

    private = generate("ES256")
    jwk = public_jwk(private.public_key(), "ES256")
    keys = _Keys()
    keys.signing = LoadedKey(jwk["kid"], "ES256", "active", private.public_key(), jwk, private)  # type: ignore[assignment]
    service = TokenService(Settings(database_url="", public_base_url="https://x"), keys, None)  # type: ignore[arg-type]
    now = time.time()
    disabled_and_enabled_this_second = service.issue("c", ["read"], "jeeves", not_before=now + 0.5).claims
    assert disabled_and_enabled_this_second["iat"] >= now + 0.5
    assert disabled_and_enabled_this_second["exp"] - disabled_and_enabled_this_second["iat"] == 900
    assert service.issue("c", ["read"], "jeeves", not_before=now - 100).claims["iat"] == int(time.time())
