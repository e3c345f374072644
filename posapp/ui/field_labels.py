"""The till's words for an Engage attribute, translated: label, placeholder, description.

The words themselves are rows of the attribute table (``posapp/form/attributes.py``, in
the translation context ``FieldLabels``); this module only translates them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from posapp.form.attributes import ATTRIBUTES, Choice

CONTEXT = "FieldLabels"


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def label(name: str) -> str:
    """The label with its mnemonic, e.g. '&Mobile phone'."""
    row = ATTRIBUTES.get(name)
    return _translated(row.label) if row is not None else name


def plain_label(name: str) -> str:
    """The label without the mnemonic marker, for accessible names and messages."""
    return without_mnemonic(label(name))


def without_mnemonic(text: str) -> str:
    """``&Save`` → ``Save`` (``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def placeholder(name: str) -> str:
    """An example of what to type, or ''."""
    row = ATTRIBUTES.get(name)
    return _translated(row.placeholder) if row is not None else ""


def description(name: str) -> str:
    """A longer hint for screen readers and tooltips, or ''."""
    row = ATTRIBUTES.get(name)
    return _translated(row.description) if row is not None else ""


def choice_label(choice: Choice) -> str:
    """An entry of a drop-down list: translated, or as written (a language's own name)."""
    return QCoreApplication.translate("FieldRow", choice.label) if choice.translated \
        else choice.label
