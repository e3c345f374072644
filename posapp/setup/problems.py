"""The form checked with config.py's own rules: each problem sorted to its field by where
it is (table, key) and worded by its code, never by config.py's English text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tomlkit.toml_document import TOMLDocument

from posapp.config import (
    ConfigError,
    EngageSettings,
    ProblemCode,
    Settings,
    settings_from_mapping,
)
from posapp.config_schema import Loc, SettingsError
from posapp.config_writer import plain
from posapp.setup.fields import FIELDS
from posapp.setup.message import Message
from posapp.validation.messages import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("SetupDialog", "Required.")

# The dialog's words for the problems a field of the form can have, by code.
FIELD_TEMPLATES: dict[ProblemCode, str] = {
    ProblemCode.NOT_URL: QT_TRANSLATE_NOOP(
        "SetupDialog", "Enter the tenant's Engage address, such as https://acme.voyado.com."),
    ProblemCode.NEEDS_HTTPS: QT_TRANSLATE_NOOP(
        "SetupDialog", "Use https://. Plain http:// is only allowed to this computer."),
    ProblemCode.HAS_QUERY: QT_TRANSLATE_NOOP(
        "SetupDialog", "Remove everything from the ? or # on."),
    ProblemCode.EMPTY: REQUIRED,
    ProblemCode.MISSING: REQUIRED,
    ProblemCode.BAD_COUNTRY: QT_TRANSLATE_NOOP("SetupDialog", "Pick a country from the list."),
}
# Any other problem: config.py's own (English) words follow as a detail for IT.
UNUSABLE = QT_TRANSLATE_NOOP("SetupDialog", "This value cannot be used.")

_FIELD_AT: dict[Loc, str] = {place: name for name, place in FIELDS.items()}


def field_message(code: ProblemCode, message: str) -> Message:
    """The dialog's words for a problem with a field, chosen by its code; config.py's
    ``message`` only as the detail for IT when the dialog has no words of its own."""
    template = FIELD_TEMPLATES.get(code)
    return Message(template) if template else Message(UNUSABLE, detail=message)


@dataclass(frozen=True)
class Checked:
    """The file as it would be written, checked: the settings, or why not."""

    settings: Settings | None
    #: The first problem of each of the dialog's fields that has one.
    fields: Mapping[str, Message] = field(default_factory=dict)
    #: Problems elsewhere in the file, as config.py words them for IT.
    other: tuple[str, ...] = ()


def check(document: TOMLDocument, source: str) -> Checked:
    """Validate the whole document with config.py's rules; problems sorted to fields."""
    try:
        return Checked(settings_from_mapping(plain(document), source))
    except ConfigError as exc:
        problems = exc.problems
    fields: dict[str, Message] = {}
    other: list[str] = []
    for problem in problems:
        name = _FIELD_AT.get(problem.loc)
        if name is None:
            other.append(problem.line)
        else:
            fields.setdefault(name, field_message(problem.code, problem.message))
    return Checked(None, fields, tuple(other))


def check_engage(document: TOMLDocument) -> tuple[EngageSettings | None, tuple[str, ...]]:
    """The [engage] settings alone, as Test connection needs them, or lines for IT."""
    try:
        return EngageSettings.model_validate(plain(document).get("engage", {})), ()
    except SettingsError as exc:
        return None, tuple(f"[engage] {'.'.join(map(str, p.loc))}: {p.message}"
                           for p in exc.problems)
