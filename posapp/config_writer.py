"""Writes the set-up dialog's answers into ``config.toml``, keeping everything else as it was.

tomlkit rather than tomli-w: tomli-w can only dump a plain dict, so every comment IT wrote
(and the example's explanations) would vanish and keys would be reordered; tomlkit edits the
parsed document in place, so unknown sections, comments and layout survive byte for byte.
A new file starts from ``config-example.toml`` (shipped in ``posapp/resources``) so that IT
finds the same explanations as in the documentation. Never writes the API key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import Table
from tomlkit.toml_document import TOMLDocument

from posapp.config import ConfigError, ProblemCode, Settings, file_problem, settings_from_mapping

EXAMPLE = Path(__file__).resolve().parent / "resources" / "config-example.toml"

#: The settings the set-up dialog edits: field name → (TOML table, key).
FIELDS: dict[str, tuple[str, str]] = {
    "base_url": ("engage", "base_url"),
    "external_id": ("store", "external_id"),
    "source": ("store", "source"),
    "country": ("store", "country"),
    "language": ("store", "language"),
}


@dataclass(frozen=True)
class SetupValues:
    """What the set-up dialog asks for (the API key is kept elsewhere)."""

    base_url: str
    external_id: str
    source: str
    country: str
    language: str

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FIELDS}


@dataclass(frozen=True)
class SetupProblems:
    """Why the answers cannot be saved: per field, and about the rest of the file."""

    fields: dict[str, str]
    other: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.fields or self.other)


def example_document() -> TOMLDocument:
    """``config-example.toml``: the start of a new file, with its explanations."""
    return tomlkit.parse(EXAMPLE.read_text(encoding="utf-8"))


def load_document(path: Path) -> TOMLDocument:
    """The existing file at ``path``, or the example when there is none.

    Raises ConfigError (one line) when the file exists but cannot be read or parsed:
    the dialog must not silently replace a file it could not understand.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return example_document()
    except OSError as exc:
        raise file_problem(path, ProblemCode.FILE_UNREADABLE,
                           f"cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise file_problem(path, ProblemCode.NOT_UTF8,
                           "cannot be read (not UTF-8 text)") from None
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        raise file_problem(path, ProblemCode.NOT_TOML, f"is not valid TOML ({exc})") from None


def current_values(document: TOMLDocument) -> dict[str, str]:
    """The five set-up values as they are in ``document`` ("" where absent or odd)."""
    values: dict[str, str] = {}
    for name, (table, key) in FIELDS.items():
        section = document.get(table)
        value = section.get(key) if isinstance(section, dict) else None
        values[name] = str(value) if isinstance(value, (str, int, float)) else ""
    return values


def apply_values(document: TOMLDocument, values: SetupValues) -> TOMLDocument:
    """A copy of ``document`` with the set-up values in place; nothing else changes."""
    updated = tomlkit.parse(tomlkit.dumps(document))
    for name, (table_name, key) in FIELDS.items():
        section = updated.get(table_name)
        if not isinstance(section, Table):
            section = tomlkit.table()
            updated[table_name] = section
        value = getattr(values, name).strip()
        if name == "base_url":
            value = value.rstrip("/")
        elif name == "country":
            value = value.upper()
        section[key] = value
    return updated


def plain(document: TOMLDocument) -> dict[str, Any]:
    """The document as plain Python data, exactly as ``tomllib`` would read the file."""
    return tomllib.loads(tomlkit.dumps(document))


def check(document: TOMLDocument, source: str) -> tuple[Settings | None, SetupProblems]:
    """Validate with config.py's own rules; problems are sorted to the dialog's fields."""
    try:
        return settings_from_mapping(plain(document), source), SetupProblems({}, ())
    except ConfigError as exc:
        lines = str(exc).splitlines()
    fields: dict[str, str] = {}
    other: list[str] = []
    for line in lines:
        for name, (table, key) in FIELDS.items():
            prefix = f"{source}: [{table}] {key}: "
            if line.startswith(prefix):
                fields.setdefault(name, line.removeprefix(prefix))
                break
        else:
            other.append(line)
    return None, SetupProblems(fields, tuple(other))


def write_document(path: Path, document: TOMLDocument) -> None:
    """Write atomically: a crash or full disk never leaves half a configuration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(tomlkit.dumps(document), encoding="utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
