"""Staff PIN: stored only as a salted scrypt hash, checked in constant time.

The configuration holds ``pin_hash = "scrypt$16384$8$1$<salt>$<hash>"`` (made with
``posapp --hash-pin``); the PIN itself is never written anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

_PREFIX = "scrypt"
_N, _R, _P = 2**14, 8, 1
# A PIN is 4 to 12 digits: what the kiosk's pad and the set-up PIN field take.
MIN_LENGTH = 4
MAX_LENGTH = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def is_valid_pin(pin: str) -> bool:
    """True for MIN_LENGTH to MAX_LENGTH ASCII digits."""
    return MIN_LENGTH <= len(pin) <= MAX_LENGTH and pin.isascii() and pin.isdigit()


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A storable hash of ``pin`` (4 to 12 digits)."""
    if not is_valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{_PREFIX}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def is_pin_hash(value: str) -> bool:
    """True when ``value`` has the shape :func:`hash_pin` produces."""
    try:
        _parse(value)
    except ValueError:
        return False
    return True


def _parse(value: str) -> tuple[int, int, int, bytes, bytes]:
    parts = value.split("$")
    if len(parts) != 6 or parts[0] != _PREFIX:
        raise ValueError("not a posapp PIN hash")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError as exc:
        raise ValueError("not a posapp PIN hash") from exc
    if n < 2**10 or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16 or len(salt) < 8:
        raise ValueError("not a posapp PIN hash")
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` matches ``stored``; False for anything malformed or missing."""
    if not stored or not pin:
        return False
    try:
        n, r, p, salt, digest = _parse(stored)
    except ValueError:
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(digest))
    return hmac.compare_digest(candidate, digest)
