"""Which hosts may be spoken to over plain http: this machine only (the emulator).

Its own module, free of httpx, because the configuration checks URLs with it on the
start-up path, before the window is painted and long before any request.
"""

from __future__ import annotations

import ipaddress


def is_loopback_host(host: str) -> bool:
    """True for loopback addresses, and for ``localhost`` and ``*.localhost`` names that
    resolve to loopback addresses only.

    A name is checked, not trusted: ``*.localhost`` is loopback by convention (RFC 6761),
    but a hosts file or a resolver may send such a name anywhere, and plain http to
    another machine would carry the API key in clear.
    """
    host = host.strip("[]").lower().rstrip(".")
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if host == "localhost" or host.endswith(".localhost"):
        return _resolves_to_loopback(host)
    return False


def _resolves_to_loopback(name: str) -> bool:
    """Whether every address ``name`` resolves to is a loopback address (and there is one)."""
    import socket  # only for a name: a loopback address (the usual case) needs no resolver

    try:
        found = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]).split("%", 1)[0] for info in found}
    try:
        return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)
    except ValueError:
        return False
