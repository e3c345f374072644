"""Where the API key lives: ``POSAPP_API_KEY``, else the operating system's credential store.

Never in a file of posapp's: on a machine without a credential store (a Linux till without
a Secret Service) saving is refused with :class:`NoCredentialStore`, and IT sets
``POSAPP_API_KEY`` instead. Entries are service ``posapp``, username = the tenant base URL,
so one till can hold the keys of a staging and a production tenant side by side.

No message or exception of this module ever contains the key.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import keyring
import keyring.backends.fail
import keyring.backends.null
from keyring.backend import KeyringBackend

from posapp.config import API_KEY_ENV, api_key_from_env

SERVICE = "posapp"
NO_STORE_ADVICE = f"set {API_KEY_ENV} for the posapp service"

KeySource = Literal["environment", "credential store"]


class KeyStoreError(Exception):
    """The credential store cannot be used; the message is for IT and never holds the key."""


class NoCredentialStore(KeyStoreError):
    """This machine has no usable credential store (keyring's fail or null backend)."""

    def __init__(self) -> None:
        super().__init__(f"this machine has no credential store: {NO_STORE_ADVICE}")


class CredentialStoreFailed(KeyStoreError):
    """The credential store exists but refused (locked, D-Bus error, access denied)."""


@dataclass(frozen=True)
class ApiKey:
    """A key and where it came from; ``repr`` never shows the value."""

    value: str = field(repr=False)
    source: KeySource


def _account(base_url: str) -> str:
    return base_url.strip().rstrip("/")


def _backend() -> KeyringBackend | None:
    """keyring's chosen backend, or None when it is one that stores nothing."""
    backend = keyring.get_keyring()
    if isinstance(backend, (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)):
        return None
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:  # a ChainerBackend with nothing to chain
        return None
    return backend


def store_name() -> str | None:
    """A readable name of the credential store (e.g. "SecretService Keyring"); None if none."""
    backend = _backend()
    if backend is None:
        return None
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


def has_credential_store() -> bool:
    """True when a key can be kept in the operating system's credential store."""
    return _backend() is not None


def _failed(action: str, exc: Exception) -> CredentialStoreFailed:
    reason = str(exc).strip() or type(exc).__name__
    return CredentialStoreFailed(f"the credential store could not {action}: {reason[:200]}")


def stored_api_key(base_url: str) -> str | None:
    """The key kept in the credential store for this tenant, or None.

    Raises NoCredentialStore or CredentialStoreFailed when there is no store to ask.
    """
    backend = _backend()
    if backend is None:
        raise NoCredentialStore
    try:
        value = backend.get_password(SERVICE, _account(base_url))
    except Exception as exc:  # backends raise their own types (D-Bus, Win32, locked)
        raise _failed("be read", exc) from None
    if not value or not value.strip():
        return None
    return value.strip()


def read_api_key(base_url: str, environ: Mapping[str, str] | None = None) -> ApiKey | None:
    """``POSAPP_API_KEY`` if set, else the credential store's key; None when neither has one.

    Raises KeyStoreError when the variable is not set and the store cannot be asked.
    """
    from_env = api_key_from_env(os.environ if environ is None else environ)
    if from_env:
        return ApiKey(from_env, "environment")
    stored = stored_api_key(base_url)
    return ApiKey(stored, "credential store") if stored else None


def save_api_key(base_url: str, key: str) -> None:
    """Keep ``key`` for this tenant in the credential store (never anywhere else)."""
    key = key.strip()
    if not key:
        raise ValueError("an empty API key cannot be stored")
    backend = _backend()
    if backend is None:
        raise NoCredentialStore
    try:
        backend.set_password(SERVICE, _account(base_url), key)
    except Exception as exc:
        raise _failed("save the key", exc) from None


def delete_api_key(base_url: str) -> bool:
    """Remove this tenant's key from the store; False when there was none."""
    backend = _backend()
    if backend is None:
        raise NoCredentialStore
    try:
        backend.delete_password(SERVICE, _account(base_url))
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:
        raise _failed("delete the key", exc) from None
    return True
