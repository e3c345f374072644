"""AES-256-GCM for the outbox's personal payloads (``cryptography``'s AESGCM).

Every sealed value carries its own random 96-bit nonce. The associated data binds it to
its entry id and column, so a blob copied onto another row (or from ``payload`` into
``problem``) fails to open instead of passing for that row's data.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
VERSION = b"\x01"


class SealError(Exception):
    """A sealed value cannot be opened: the wrong key, or the data was altered."""


def new_key() -> bytes:
    """A fresh random 256-bit data key."""
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


class Sealer:
    """Encrypts and authenticates small values under one data key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"the data key must be {KEY_BYTES} bytes")
        self._aead = AESGCM(key)

    def seal(self, plain: bytes, context: str) -> bytes:
        """``version ‖ nonce ‖ ciphertext+tag``, bound to ``context``."""
        nonce = os.urandom(NONCE_BYTES)
        return VERSION + nonce + self._aead.encrypt(nonce, plain, context.encode())

    def open(self, sealed: bytes, context: str) -> bytes:
        """The plain bytes; SealError when the key or the context is wrong, or it was altered."""
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != VERSION:
            raise SealError("not a sealed outbox value")
        nonce, body = sealed[1:1 + NONCE_BYTES], sealed[1 + NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, body, context.encode())
        except InvalidTag:
            raise SealError("the outbox data key does not open this value") from None
