"""Which address the remote listens on: the one the facilitator chose, by default the
address of the interface that carries the default route (never 0.0.0.0 or ::)."""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"
#: A documentation address (RFC 5737): connecting a UDP socket to it sends nothing, but
#: makes the system pick the source address of its default route.
PROBE = ("192.0.2.1", 9)


def default_route_address() -> str | None:
    """This machine's address on its default route, or None when it has none."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(PROBE)
            address = str(probe.getsockname()[0])
    except OSError:
        return None
    return None if address in ("0.0.0.0", "") else address


def usable_address(address: str) -> str:
    """``address`` as one concrete IP address to bind to; ``ValueError`` for anything
    that would listen on every interface, or is not an address at all."""
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        raise ValueError(
            f"'{address}' is not an address; give one of this laptop's, e.g. 192.168.1.20."
        ) from None
    if parsed.is_unspecified or parsed.is_multicast:
        raise ValueError(f"{address} would listen on every interface; choose one address.")
    return str(parsed)
