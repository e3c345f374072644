"""Reads and writes ``config.toml`` for the set-up dialog, keeping everything else as it was.

tomlkit rather than tomli-w: tomli-w can only dump a plain dict, so every comment IT wrote
(and the example's explanations) would vanish and keys would be reordered; tomlkit edits the
parsed document in place, so unknown sections, comments and layout survive byte for byte.
A new file starts from ``config-example.toml`` (shipped in ``posapp/resources``) so that IT
finds the same explanations as in the documentation. Which values go where is the set-up
model's business (``posapp.setup.fields``); this module only knows TOML. Never writes the
API key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import Table
from tomlkit.toml_document import TOMLDocument

from posapp.config import ProblemCode, file_problem

EXAMPLE = Path(__file__).resolve().parent / "resources" / "config-example.toml"

#: A value's place in the file: (TOML table, key).
Place = tuple[str, str]


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


def text_at(document: TOMLDocument, place: Place) -> str:
    """The value at ``place`` as text; "" where it is absent or not a scalar."""
    table, key = place
    section = document.get(table)
    value = section.get(key) if isinstance(section, dict) else None
    return str(value) if isinstance(value, (str, int, float)) else ""


def with_values(document: TOMLDocument, values: Mapping[Place, str]) -> TOMLDocument:
    """A copy of ``document`` with ``values`` in their places; nothing else changes."""
    updated = tomlkit.parse(tomlkit.dumps(document))
    for (table_name, key), value in values.items():
        section = updated.get(table_name)
        if not isinstance(section, Table):
            section = tomlkit.table()
            updated[table_name] = section
        section[key] = value
    return updated


def plain(document: TOMLDocument) -> dict[str, Any]:
    """The document as plain Python data, exactly as ``tomllib`` would read the file."""
    return tomllib.loads(tomlkit.dumps(document))


def write_document(path: Path, document: TOMLDocument) -> None:
    """Write atomically: a crash or full disk never leaves half a configuration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(tomlkit.dumps(document), encoding="utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
