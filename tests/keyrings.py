"""Real keyring backends for tests, installed with ``keyring.set_keyring`` or by name in
``PYTHON_KEYRING_BACKEND`` (for subprocesses): posapp's own code runs unmocked against them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps passwords in a dict, like an unlocked Secret Service collection."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        """Never chosen by keyring's own detection: tests install it explicitly."""
        raise RuntimeError("a test backend")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A store that exists but refuses, like a locked collection the user did not unlock."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")


class JsonFileKeyring(MemoryKeyring):
    """A store shared with a subprocess: a JSON file named by POSAPP_TEST_KEYRING."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        if "POSAPP_TEST_KEYRING" not in os.environ:
            raise RuntimeError("POSAPP_TEST_KEYRING is not set")
        return 1

    def __init__(self) -> None:
        super().__init__()
        self.path = Path(os.environ.get("POSAPP_TEST_KEYRING", os.devnull))
        if self.path.is_file():
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries = {(s, u): p for s, u, p in raw}

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self.path.write_text(json.dumps([[s, u, p] for (s, u), p in self.entries.items()]),
                             encoding="utf-8")
