"""One set-up session: the file being edited, what was loaded from it, and the answers to
Test connection and Save as plain results that the set-up dialog translates and shows.

Every value is checked with config.py's own rules (the whole Settings is built from the
file as it would be written) before anything is written; the file keeps every other
setting and comment; the API key goes to the credential store (``keys``), never the file.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from posapp.config import ConfigError, EngageSettings, Settings
from posapp.config_writer import example_document, load_document, write_document
from posapp.connection_check import Diagnosis, Outcome
from posapp.setup.fields import FIELDS, SetupValues, apply_values, form_values
from posapp.setup.keys import ENTER_KEY, ENTER_KEY_TO_TEST, KeptKey, KeyNote, KeyPolicy
from posapp.setup.message import Message
from posapp.setup.problems import check, check_engage
from posapp.setup.write_problems import write_problem

log = logging.getLogger("posapp.setup")

#: The fields Test connection checks, and those Save checks.
TEST_FIELDS = ("base_url",)
SAVE_FIELDS = tuple(FIELDS)

# Failed tests whose fix is in the address field.
_ADDRESS_OUTCOMES = frozenset({
    Outcome.UNKNOWN_HOST, Outcome.REFUSED, Outcome.CERT_WRONG_HOST, Outcome.TLS_FAILED,
    Outcome.NOT_ENGAGE,
})


@dataclass(frozen=True)
class FieldReport:
    """The fields a button checked, and the problem of each that has one: the dialog marks
    those and clears the others it checked."""

    checked: tuple[str, ...]
    problems: Mapping[str, Message] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.problems)


@dataclass(frozen=True)
class FieldsWrong:
    """Fields of the form are wrong: nothing else happened."""

    fields: FieldReport


@dataclass(frozen=True)
class FileWrong:
    """The form is right, but other settings in the file are not (lines for IT)."""

    fields: FieldReport
    lines: tuple[str, ...]


@dataclass(frozen=True)
class KeyMissing:
    """There is no API key to use: the message goes under the key field."""

    fields: FieldReport
    message: Message


@dataclass(frozen=True)
class ReadyToTest:
    """Test connection may run, with these settings and this key, to ``host``."""

    fields: FieldReport
    engage: EngageSettings
    key: str = field(repr=False)
    host: str


@dataclass(frozen=True)
class NotWritten:
    """The file could not be written: why, and the system's words for IT."""

    fields: FieldReport
    problem: Message


@dataclass(frozen=True)
class Saved:
    """The file is written; what happened to the key."""

    fields: FieldReport
    settings: Settings
    key: KeptKey


PlannedTest = FieldsWrong | FileWrong | KeyMissing | ReadyToTest
SaveResult = FieldsWrong | FileWrong | KeyMissing | NotWritten | Saved


def field_to_correct(diagnosis: Diagnosis) -> str | None:
    """The field that holds the fix of a failed test, if one does."""
    if diagnosis.outcome is Outcome.KEY_REJECTED:
        return "api_key"
    if diagnosis.outcome in _ADDRESS_OUTCOMES:
        return "base_url"
    return None


class SetupModel:
    """The set-up of ``path``: loads it, checks the form, writes it, keeps the key."""

    def __init__(self, path: Path, environ: Mapping[str, str] | None = None) -> None:
        self.path = path
        self.keys = KeyPolicy(os.environ if environ is None else environ)
        #: Why the existing file cannot be read (for IT), or None.
        self.file_problem: str | None = None
        try:
            self.document = load_document(path)
        except ConfigError as exc:
            self.file_problem = str(exc)
            self.document = example_document()
        #: What the form starts with; after a save, what was saved.
        self.loaded: SetupValues = form_values(self.document, new_file=not path.exists())

    def key_note(self) -> KeyNote:
        """The note under the key field and the field's placeholder."""
        return self.keys.note(self.loaded.base_url)

    def plan_test(self, values: SetupValues, typed_key: str) -> PlannedTest:
        """What Test connection does with the form as it is."""
        document = apply_values(self.document, values)
        checked = check(document, str(self.path))
        fields = _report(checked.fields, TEST_FIELDS)
        if fields:
            return FieldsWrong(fields)
        engage, lines = check_engage(document)
        if engage is None:
            return FileWrong(fields, lines)
        key = self.keys.for_test(typed_key, engage.base_url, self.loaded.base_url)
        if not key:
            return KeyMissing(fields, Message(ENTER_KEY_TO_TEST))
        host = urlsplit(engage.base_url).hostname or engage.base_url
        return ReadyToTest(fields, engage, key, host)

    def save(self, values: SetupValues, typed_key: str) -> SaveResult:
        """Check everything, write the file, keep the key; say what happened."""
        document = apply_values(self.document, values)
        checked = check(document, str(self.path))
        fields = _report(checked.fields, SAVE_FIELDS)
        if fields:
            return FieldsWrong(fields)
        settings = checked.settings
        if settings is None:
            return FileWrong(fields, checked.other)
        base_url = settings.engage.base_url
        existing = self.keys.stored(base_url, self.loaded.base_url)
        if self.keys.missing_for_save(typed_key, existing):
            return KeyMissing(fields, Message(ENTER_KEY))
        try:
            if self.file_problem and self.path.exists():
                shutil.copy2(self.path, self.path.with_name(self.path.name + ".bak"))
            write_document(self.path, document)
        except OSError as exc:
            log.warning("set-up: cannot write %s: %s", self.path, exc.strerror)
            return NotWritten(fields, write_problem(exc))
        kept = self.keys.keep(base_url, typed_key, existing)
        self.document = document
        self.loaded = values
        self.file_problem = None
        log.info("set-up saved to %s (API key: %s)", self.path,
                 "kept" if kept.ok else "not kept")
        return Saved(fields, settings, kept)


def _report(problems: Mapping[str, Message], names: tuple[str, ...]) -> FieldReport:
    return FieldReport(names, {name: problems[name] for name in names if name in problems})
