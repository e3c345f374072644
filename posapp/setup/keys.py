"""Which API key the set-up dialog tests and keeps, and what it says about it.

Test connection uses the key typed, else ``POSAPP_API_KEY``, else the one stored for the
address typed or the one loaded. Save keeps the typed key (or moves the stored one to a new
address) in the credential store; when the variable is set, it is the key posapp uses. The
key never goes into a file, a log, or a message.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from posapp.api_key_store import (
    KeyStoreError,
    NoCredentialStore,
    save_api_key,
    store_name,
    stored_api_key,
)
from posapp.config import API_KEY_ENV, api_key_from_env
from posapp.setup.message import Message
from posapp.validation.messages import QT_TRANSLATE_NOOP

log = logging.getLogger("posapp.setup")

ENTER_KEY_TO_TEST = QT_TRANSLATE_NOOP("SetupDialog", "Enter the API key to test the connection.")
ENTER_KEY = QT_TRANSLATE_NOOP("SetupDialog", "Enter the API key.")
# The placeholder of the key field: a key is saved for the loaded address, or not.
PLACEHOLDER_SAVED = QT_TRANSLATE_NOOP("SetupDialog", "Saved — type a new key to replace it")
PLACEHOLDER_NEW = QT_TRANSLATE_NOOP("SetupDialog", "The key from Engage's configuration")


class KeyOutcome(enum.Enum):
    """What Save did about the API key."""

    # POSAPP_API_KEY is set: it is the key posapp uses, whatever the store did.
    FROM_ENV = "from_env"
    # No key was kept: this machine has no credential store.
    NO_STORE = "no_store"
    # No key was kept: the credential store refused (locked, access denied).
    REFUSED = "refused"
    # The key is in the credential store.
    KEPT = "kept"


_OUTCOME_TEXTS: dict[KeyOutcome, str] = {
    KeyOutcome.FROM_ENV: QT_TRANSLATE_NOOP(
        "SetupDialog", "{variable} is set on this computer: it is used as the API key."),
    KeyOutcome.NO_STORE: QT_TRANSLATE_NOOP(
        "SetupDialog", "The API key was not saved: this machine has no credential store. "
        "Set {variable} for the posapp service."),
    KeyOutcome.REFUSED: QT_TRANSLATE_NOOP(
        "SetupDialog", "The API key was not saved: the system's credential store refused "
        "it. It may be locked; unlock it and save again."),
    KeyOutcome.KEPT: QT_TRANSLATE_NOOP(
        "SetupDialog", "The API key is kept in the system's credential store."),
}


@dataclass(frozen=True)
class KeptKey:
    """Save's outcome for the key; ``detail`` is the credential store's own words."""

    outcome: KeyOutcome
    detail: str = ""

    @property
    def ok(self) -> bool:
        """True when posapp has a key to start with."""
        return self.outcome in (KeyOutcome.FROM_ENV, KeyOutcome.KEPT)

    @property
    def message(self) -> Message:
        return Message(_OUTCOME_TEXTS[self.outcome], {"variable": API_KEY_ENV}, self.detail)


@dataclass(frozen=True)
class KeyNote:
    """The note under the key field and its placeholder; ``warning`` when no key can be
    kept here."""

    note: Message
    warning: bool
    placeholder: Message


class KeyPolicy:
    """The key rules for one set-up session, with the environment it runs in."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._environ = environ

    @property
    def env_key(self) -> str | None:
        """POSAPP_API_KEY, when it is set."""
        return api_key_from_env(self._environ)

    def stored(self, *urls: str) -> str | None:
        """The key saved for the first of ``urls`` that has one; None when the store
        cannot be asked. Never shown."""
        for url in dict.fromkeys(urls):
            if not url:
                continue
            try:
                key = stored_api_key(url)
            except KeyStoreError:
                return None
            if key:
                return key
        return None

    def for_test(self, typed: str, *urls: str) -> str | None:
        """The key Test connection sends: typed, else the variable's, else a stored one."""
        return typed.strip() or self.env_key or self.stored(*urls)

    def missing_for_save(self, typed: str, existing: str | None) -> bool:
        """True when Save must ask for a key: none typed, stored or in the variable, and
        a credential store to keep one in (without a store, saving goes on and says so)."""
        return not (typed.strip() or existing or self.env_key) and store_name() is not None

    def keep(self, base_url: str, typed: str, existing: str | None) -> KeptKey:
        """Store the typed key (or the existing one under a new address) for ``base_url``."""
        typed = typed.strip()
        from_env = KeptKey(KeyOutcome.FROM_ENV)
        key = typed or existing
        if not key:
            return from_env if self.env_key else KeptKey(KeyOutcome.NO_STORE)
        try:
            if typed or not self._stored_exactly(base_url):
                save_api_key(base_url, key)
        except NoCredentialStore:
            return from_env if self.env_key else KeptKey(KeyOutcome.NO_STORE)
        except KeyStoreError as exc:
            log.warning("set-up: the API key was not stored: %s", exc)
            return from_env if self.env_key else KeptKey(KeyOutcome.REFUSED, str(exc))
        return from_env if self.env_key else KeptKey(KeyOutcome.KEPT)

    @staticmethod
    def _stored_exactly(base_url: str) -> bool:
        try:
            return stored_api_key(base_url) is not None
        except KeyStoreError:
            return False

    def note(self, loaded_url: str) -> KeyNote:
        """Where the key is kept, or why it cannot be; the placeholder says whether one is
        saved for ``loaded_url``."""
        store = store_name()
        warning = False
        if self.env_key:
            note = Message(QT_TRANSLATE_NOOP(
                "SetupDialog", "{variable} is set on this computer: it is used instead of a "
                "key saved here."), {"variable": API_KEY_ENV})
        elif store is None:
            note = Message(QT_TRANSLATE_NOOP(
                "SetupDialog", "This machine has no credential store: set {variable} for the "
                "posapp service."), {"variable": API_KEY_ENV})
            warning = True
        else:
            note = Message(QT_TRANSLATE_NOOP(
                "SetupDialog", "Kept in the system's credential store ({store}), never in the "
                "file."), {"store": store})
        placeholder = PLACEHOLDER_SAVED if self.stored(loaded_url) else PLACEHOLDER_NEW
        return KeyNote(note, warning, Message(placeholder))

    def redact(self, text: str, typed: str) -> str:
        """Belt and braces: no error text of ours holds the key, but never show it anyway."""
        for key in {typed.strip(), self.env_key or ""}:
            if len(key) >= 4:
                text = text.replace(key, "***")
        return text
