"""Which hosts may be spoken to over plain http: this machine only (the emulator).

Its own module, free of httpx, because the configuration checks URLs with it on the
start-up path, before the window is painted and long before any request.
"""

from __future__ import annotations

import ipaddress


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback addresses, where plain http is acceptable."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
