"""The client's address as the edge saw it: X-Real-IP, believed only from a trusted peer (the edge).

Anyone else reaching a service port directly is known by its own address, so it cannot choose the
address its login attempts or audit rows are recorded under.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from quart import request

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
DEFAULT_TRUSTED = "127.0.0.1/32,::1/128"  # the edge runs on the same host; compose names its network


@lru_cache(maxsize=8)
def parse_networks(spec: str) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in spec.split(",") if part.strip())


def _ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address((text or "").strip())
    except ValueError:
        return None


def client_ip(trusted: str = DEFAULT_TRUSTED) -> str | None:
    peer = _ip(request.remote_addr)
    if peer is None:
        return request.remote_addr
    if any(peer in net for net in parse_networks(trusted)):
        forwarded = _ip(request.headers.get("X-Real-IP"))
        if forwarded is not None:
            return str(forwarded)
    return str(peer)
