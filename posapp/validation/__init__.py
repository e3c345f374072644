"""Live validation of the signup form's fields: plain Python, no Qt.

The form model calls an attribute's validator (the attribute table,
``posapp/form/attributes.py``, says which) on every keystroke and the form shows the
result's state and message beside the field; the result's ``value`` is what goes to Engage.
Kept free of Qt so it can be tested on its own and reused by the emulator and the client.
The phone and personal-number checks (phonenumbers, python-stdnum) are imported from
their modules, ``phone`` and ``identity``, not re-exported here: the form's first frame
does not need them (:func:`warm_up` loads them just after it).
"""

import importlib

from posapp.validation.address import validate_city, validate_street, validate_zip_code
from posapp.validation.codes import validate_external_id, validate_gender, validate_lang
from posapp.validation.countries import (
    country_matches,
    country_name,
    country_names,
    validate_country_code,
)
from posapp.validation.dates import validate_birthday
from posapp.validation.email import validate_email
from posapp.validation.messages import QT_TRANSLATE_NOOP
from posapp.validation.names import validate_name
from posapp.validation.result import DEFAULT_CONTEXT, FieldContext, FieldResult, FieldState
from posapp.validation.text import clean_input

#: The checks whose libraries wait until after the first paint.
DEFERRED = ("posapp.validation.identity", "posapp.validation.phone")


def warm_up() -> None:
    """Load the phone and personal-number checks now (the app calls it
    after the first paint), so that the first keystroke does not wait for them."""
    for module in DEFERRED:
        importlib.import_module(module)


__all__ = [
    "DEFAULT_CONTEXT",
    "QT_TRANSLATE_NOOP",
    "FieldContext",
    "FieldResult",
    "FieldState",
    "clean_input",
    "country_matches",
    "country_name",
    "country_names",
    "validate_birthday",
    "validate_city",
    "validate_country_code",
    "validate_email",
    "validate_external_id",
    "validate_gender",
    "validate_lang",
    "validate_name",
    "validate_street",
    "validate_zip_code",
    "warm_up",
]
