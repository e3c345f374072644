"""The values the set-up dialog edits, and where in ``config.toml`` each one is written."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from tomlkit.toml_document import TOMLDocument

from posapp.config import StoreSettings
from posapp.config_writer import Place, text_at, with_values

#: The settings the set-up dialog edits: field name → (TOML table, key). The dialog's
#: widgets have the same names. The API key is kept elsewhere (see ``keys``).
FIELDS: dict[str, Place] = {
    "base_url": ("engage", "base_url"),
    "external_id": ("store", "external_id"),
    "source": ("store", "source"),
    "country": ("store", "country"),
    "language": ("store", "language"),
}


def _default(name: str) -> str:
    """config.py's own default of a [store] setting."""
    (found,) = [f for f in dataclasses.fields(StoreSettings) if f.name == name]
    return str(found.default)


@dataclass(frozen=True)
class SetupValues:
    """What the set-up dialog asks for (the API key is kept elsewhere)."""

    base_url: str
    external_id: str
    source: str
    country: str
    language: str

    @classmethod
    def in_document(cls, document: TOMLDocument) -> SetupValues:
        """The values as they are in ``document`` ("" where absent or odd)."""
        return cls(**{name: text_at(document, place) for name, place in FIELDS.items()})

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FIELDS}

    def written(self) -> dict[Place, str]:
        """Each value in its place, as the file gets it: trimmed, the address without a
        trailing slash, the country in capitals."""
        values = {name: value.strip() for name, value in self.as_dict().items()}
        values["base_url"] = values["base_url"].rstrip("/")
        values["country"] = values["country"].upper()
        return {FIELDS[name]: value for name, value in values.items()}


def form_values(document: TOMLDocument, *, new_file: bool) -> SetupValues:
    """What the form starts with: the file's values, config.py's defaults where it has none.
    A new file starts from the example, whose tenant and store are not this till's."""
    found = SetupValues.in_document(document)
    return SetupValues(
        base_url="" if new_file else found.base_url,
        external_id="" if new_file else found.external_id,
        source=found.source or _default("source"),
        country=(found.country or _default("country")).upper(),
        language=found.language or _default("language"),
    )


def apply_values(document: TOMLDocument, values: SetupValues) -> TOMLDocument:
    """A copy of ``document`` with the set-up values in place; nothing else changes."""
    return with_values(document, values.written())
