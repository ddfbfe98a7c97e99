"""GET /revocations?since=<cursor>: what Jeeves (and the edge) must refuse before tokens expire.

Contract (service port only, never routed at the edge; loopback or TOKENDEALER_FEED_PEERS):
  200 {"cursor": <unix time, float>, "revoked": [{"jti", "client_id", "exp"}], "disabled_clients": [ids],
       "clients_not_before": [{"client_id", "not_before": <unix time, float>}],
       "kids": [kids in the JWKS], "poll_interval": <seconds: the fallback poll>, "push_channel": <name>}
Send the cursor back as `since`; revoked entries are re-sent for a short overlap (idempotent);
disabled_clients and clients_not_before are whole sets, every time. A token is refused when its jti is
revoked, its client_id is disabled, or its `iat` is before its client's not_before (set when the client
is disabled, so re-enabling it never revives the tokens issued before; a token without iat is refused
then too); a kid absent from `kids` is retired.

Push: on every change (token revoked, client changed, key created/activated/retired) each TokenDealer
process publishes on Redis (REDIS_URL) channel `push_channel` a nudge {"change": "revoked" | "client" |
"keys" | "resync", "cursor": <unix time: a fetch after it reflects the change>}. A consumer fetches the
feed (from its own cursor) on each nudge and once each time it (re)subscribes, and still polls every
poll_interval seconds: the message carries no state, so a lost one costs at most one poll interval.
"""
from __future__ import annotations

import ipaddress
import os
from typing import Any

from quart import Blueprint, request

from servicekit.client_ip import DEFAULT_TRUSTED, parse_networks
from servicekit.errors import APIError
from tokendealer.runtime import current
from tokendealer.services.revocations import feed

bp = Blueprint("revocations", __name__)
# What callers are told: the fallback poll when no nudge arrives (Redis down); nudges make it "within 1 s".
POLL_INTERVAL = 5.0


def _peer_allowed() -> bool:
    try:
        peer = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return False
    return any(peer in net for net in parse_networks(os.environ.get("TOKENDEALER_FEED_PEERS", DEFAULT_TRUSTED)))


@bp.get("/revocations")
async def revocations() -> dict[str, Any]:
    if not _peer_allowed():
        raise APIError(403, "forbidden", "the revocation feed is for the gateway's own services")
    try:
        since = float(request.args.get("since", "0"))
    except ValueError as exc:
        raise APIError(400, "invalid_request", "since must be a number (the cursor of the last answer)") from exc
    if not 0 <= since < 1e11:
        raise APIError(400, "invalid_request", "since is out of range")
    runtime = current()
    body = await feed(runtime.engine, since)
    return {**body, "kids": runtime.keys.kids(), "poll_interval": POLL_INTERVAL,
            "push_channel": runtime.publisher.channel}
