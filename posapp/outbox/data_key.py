"""The outbox's data key: in the OS credential store, or in a key file only the user can read.

Where keyring finds a credential store (Windows Credential Manager, macOS Keychain, a
Secret Service), the key lives there: service ``posapp-outbox``, user = the database's
path. On a till without one (keyring's fail or null backend) it is a 32-byte file beside
the database, created with mode 0600. A key file that exists wins, so a till that later
gains a credential store keeps opening its database. A credential store that exists but
refuses (locked, D-Bus error) is an error, never a reason to make a second key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from posapp.outbox.errors import OutboxKeyError
from posapp.outbox.sealing import KEY_BYTES, new_key

log = logging.getLogger("posapp.outbox")

SERVICE = "posapp-outbox"
KEY_FILE_SUFFIX = ".key"

KeySource = Literal["credential store", "key file", "given"]


@dataclass(frozen=True)
class DataKey:
    """The key and where it is kept; ``repr`` never shows the key."""

    value: bytes = field(repr=False)
    source: KeySource


def key_file_for(database: Path) -> Path:
    """``outbox.key`` beside ``outbox.sqlite3``."""
    return database.with_suffix(KEY_FILE_SUFFIX)


def keyring_account(database: Path) -> str:
    """The credential store's user name for this database's key."""
    return f"outbox-data-key:{database.expanduser().resolve()}"


def load_data_key(database: Path) -> DataKey:
    """The key of ``database``, made on first use; OutboxKeyError when it cannot be had."""
    key_file = key_file_for(database)
    if key_file.exists():
        key = DataKey(read_key_file(key_file), "key file")
    else:
        from posapp.api_key_store import has_credential_store

        if has_credential_store():
            return DataKey(_from_credential_store(keyring_account(database)),
                           "credential store")
        log.info("outbox: no credential store on this machine; the data key is a key file")
        key = DataKey(create_key_file(key_file), "key file")
    _remove_stale_temporaries(key_file)
    return key


def _from_credential_store(account: str) -> bytes:
    import keyring

    try:
        stored = keyring.get_password(SERVICE, account)
        if stored:
            return _decode(stored)
        key = new_key()
        keyring.set_password(SERVICE, account, key.hex())
        if keyring.get_password(SERVICE, account) != key.hex():
            raise OutboxKeyError("the credential store did not keep the outbox data key")
        log.info("outbox: a new data key was saved in the credential store")
        return key
    except OutboxKeyError:
        raise
    except Exception as exc:  # backends raise their own types (D-Bus, Win32, locked)
        raise OutboxKeyError(
            f"the credential store could not give the outbox data key "
            f"({type(exc).__name__}); unlock it and start posapp again") from None


def _decode(text: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise OutboxKeyError("the outbox data key in the credential store is damaged")
    return key


def read_key_file(path: Path) -> bytes:
    """The key in ``path``; tightens its mode to 0600 when others could read it."""
    try:
        key = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise OutboxKeyError(f"{path}: the outbox key file cannot be read ({exc.strerror})") \
            from None
    if len(key) != KEY_BYTES:
        raise OutboxKeyError(f"{path}: the outbox key file is damaged")
    if sys.platform != "win32" and stat.S_IMODE(mode) & 0o077:
        log.warning("outbox: the key file could be read by other users; made it user-only")
        path.chmod(0o600)
    return key


def create_key_file(path: Path) -> bytes:
    """Write a new key with mode 0600, atomically: never a half-written or replaced key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = new_key()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600)
    try:
        os.write(descriptor, key)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    try:
        try:
            os.link(temporary, path)  # fails if another process made one meanwhile
        except FileExistsError:
            return read_key_file(path)
        except OSError:  # a file system without hard links
            temporary.rename(path)
    finally:
        temporary.unlink(missing_ok=True)
    _sync_directory(path.parent)
    log.info("outbox: a new data key was saved in a user-only key file")
    return key


def _remove_stale_temporaries(key_file: Path) -> None:
    """A crash while a key file was being made can leave its temporary copy."""
    for stale in key_file.parent.glob(f".{key_file.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _sync_directory(directory: Path) -> None:
    """Make a new directory entry durable (POSIX; Windows has no directory handles)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
