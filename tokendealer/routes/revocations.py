"""GET /revocations?since=<cursor>: what Jeeves (and the edge) must refuse before tokens expire.

Contract (service port only, never routed at the edge; loopback or TOKENDEALER_FEED_PEERS):
  200 {"cursor": <unix time, float>, "revoked": [{"jti", "client_id", "exp"}], "disabled_clients": [ids],
       "kids": [kids in the JWKS], "poll_interval": <seconds>}
Send the cursor back as `since`; revoked entries are re-sent for a short overlap (idempotent). A token is
refused when its jti is revoked or its client_id is disabled; a kid absent from `kids` is retired.
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
POLL_INTERVAL = 0.25  # what callers are told: fast enough for "refused within 1 s"


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
    return {**body, "kids": runtime.keys.kids(), "poll_interval": POLL_INTERVAL}
