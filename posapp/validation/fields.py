"""One entry point for the form: validate the text of a field by its Engage attribute name."""

from __future__ import annotations

from collections.abc import Callable

from posapp.validation.address import validate_city, validate_street, validate_zip_code
from posapp.validation.codes import validate_external_id, validate_gender, validate_lang
from posapp.validation.countries import validate_country_code
from posapp.validation.dates import validate_birthday
from posapp.validation.email import validate_email
from posapp.validation.names import validate_name
from posapp.validation.result import DEFAULT_CONTEXT, EMPTY, FieldContext, FieldResult
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

_Validator = Callable[[str, FieldContext], FieldResult]


# phonenumbers and python-stdnum are imported on first use (posapp.validation.warm_up
# does it just after the window's first paint): ~30 ms the first frame does not need.
def _phone(text: str, ctx: FieldContext) -> FieldResult:
    from posapp.validation.phone import validate_phone

    return validate_phone(text, ctx.region)


def _personal_number(text: str, ctx: FieldContext) -> FieldResult:
    from posapp.validation.identity import validate_personal_number

    return validate_personal_number(text, today=ctx.today,
                                    allow_temporary_hetu=ctx.allow_temporary_hetu,
                                    region=ctx.region)


_VALIDATORS: dict[str, _Validator] = {
    "mobilePhone": _phone,
    "socialSecurityNumber": _personal_number,
    "email": lambda text, ctx: validate_email(text),
    "birthDay": lambda text, ctx: validate_birthday(text, today=ctx.today),
    "firstName": lambda text, ctx: validate_name(text),
    "lastName": lambda text, ctx: validate_name(text),
    "externalId": lambda text, ctx: validate_external_id(text),
    "countryCode": lambda text, ctx: validate_country_code(text),
    "lang": lambda text, ctx: validate_lang(text),
    "street": lambda text, ctx: validate_street(text),
    "zipCode": lambda text, ctx: validate_zip_code(text),
    "city": lambda text, ctx: validate_city(text),
    "gender": lambda text, ctx: validate_gender(text),
}

# The Engage attributes :func:`validate_field` knows.
VALIDATED_ATTRIBUTES: frozenset[str] = frozenset(_VALIDATORS)


def validate_field(attribute: str, text: str, ctx: FieldContext = DEFAULT_CONTEXT) -> FieldResult:
    """Validate ``text`` typed into the field for Engage ``attribute``.

    Raises ValueError for an attribute it does not know: that is a programming or
    configuration error, and it should surface when the form is built, not pass silently.
    """
    try:
        validator = _VALIDATORS[attribute]
    except KeyError:
        raise ValueError(f"no validator for Engage attribute {attribute!r}") from None
    if len(text) <= MAX_RAW_LENGTH and not clean_input(text):
        # Nothing typed: every validator says EMPTY (tests/validation/test_fields.py holds
        # them to it), and the empty form at start-up loads no phone or identity library.
        return EMPTY
    return validator(text, ctx)
