"""Engage-like checks of attribute values, and the normal form keys are compared in.

The emulator is deliberately as strict as Engage's documentation: a value the client
did not normalise (a phone number with spaces, a lower-case country code) is refused
here, so such a bug shows up in tests rather than at a tenant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

import phonenumbers
from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.fi import hetu
from stdnum.se import personnummer

from posapp.config import ContactTypeSettings

#: Attributes that live under ``preferences`` rather than flat in the body.
PREFERENCE_NAMES = ("acceptsEmail", "acceptsSms", "acceptsPostal")

_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_BIRTHDAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SE_DIGITS = re.compile(r"^([0-9]{6}|[0-9]{8})[-+]?[0-9]{4}$")
_HETU_SIGNS = "+-ABCDEFUVWXY"
#: CLDR territories that are not ISO 3166-1 alpha-2 countries (regions, reserved codes).
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from CLDR (babel) so that no list is kept by hand."""
    from babel import Locale

    codes = {str(code) for code in Locale("en").territories}
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha()) - _NOT_COUNTRIES


def is_e164_phone(value: str) -> bool:
    """``+46701740605``: exactly E.164 (no spaces, no trunk 0), a number that can exist."""
    if not _E164.match(value):
        return False
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # "+460701740605" parses (the trunk 0 is dropped) but is not E.164: refuse it.
    return bool(phonenumbers.is_valid_number(number)) and e164 == value


def _swedish_12(value: str) -> str | None:
    """A Swedish personnummer or samordningsnummer as 12 digits, or None if invalid.

    stdnum 2.2 refuses samordningsnummer (day + 60), which Engage accepts, so the date is
    checked here with the 60 taken off and only the Luhn check is left to stdnum.
    """
    if not _SE_DIGITS.match(value):
        return None
    compact = personnummer.compact(value)  # "YYMMDD-NNNN" or "YYYYMMDD-NNNN"
    day = int(compact[-7:-5])
    real_day = day - 60 if day > 60 else day
    dated = f"{compact[:-7]}{real_day:02d}{compact[-5:]}"
    try:
        birth = personnummer.get_birth_date(dated)
    except ValidationError:  # no such date
        return None
    digits = compact.replace("-", "").replace("+", "")
    if birth > date.today() or not luhn.is_valid(digits[-10:]):
        return None
    return f"{birth.year // 100}{digits[-10:]}"


def _finnish(value: str) -> str | None:
    """A Finnish HETU in upper case (temporary 900–999 range included), or None."""
    if len(value) != 11 or value[6].upper() not in _HETU_SIGNS:
        return None
    if not hetu.is_valid(value, allow_temporary=True):
        return None
    return hetu.compact(value)


def normal_ssn(value: str) -> str | None:
    """The personal number in the form Engage compares: 12 Swedish digits or a HETU."""
    value = value.strip()
    return _swedish_12(value) or _finnish(value)


def is_email(value: str) -> bool:
    """Plausible, as Engage checks it: one @, a dot in the domain, no spaces."""
    return len(value) <= 254 and bool(_EMAIL.match(value))


def is_birthday(value: str) -> bool:
    """``YYYY-MM-DD``, a real date, not in the future."""
    if not _BIRTHDAY.match(value):
        return False
    try:
        return date.fromisoformat(value) <= date.today()
    except ValueError:
        return False


def is_country(value: str) -> bool:
    """Two upper-case letters naming a real country."""
    return value in country_codes()


_FORMAT_CHECKS: dict[str, tuple[Callable[[str], bool], str]] = {
    "mobilePhone": (is_e164_phone, "must be a mobile number in international form, e.g. "
                    "+46701740605"),
    "socialSecurityNumber": (lambda v: normal_ssn(v) is not None,
                             "must be a valid Swedish personnummer or Finnish HETU"),
    "email": (is_email, "must be a valid e-mail address"),
    "birthDay": (is_birthday, "must be a date YYYY-MM-DD, not in the future"),
    "countryCode": (is_country, "must be an ISO 3166-1 alpha-2 country code such as SE"),
}


def format_error(name: str, value: Any) -> str | None:
    """Why Engage would refuse ``value`` for attribute ``name``, or None when it is fine."""
    check = _FORMAT_CHECKS.get(name)
    if check is None:
        return None
    if not isinstance(value, str):
        return "must be text"
    predicate, message = check
    return None if predicate(value) else message


def is_blank(value: Any) -> bool:
    """Null or only white space: what Engage treats as "not given"."""
    return value is None or (isinstance(value, str) and not value.strip())


def normal_key(field: str, value: Any) -> str | None:
    """The form a key is compared in, so equal keys match however they were written."""
    if is_blank(value):
        return None
    text = str(value).strip()
    if field == "mobilePhone":
        try:
            parsed = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            return text
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    if field == "email":
        return text.casefold()
    if field == "socialSecurityNumber":
        return normal_ssn(text) or text
    return text


def structure_errors(body: Mapping[str, Any]) -> dict[str, str]:
    """``preferences`` must be an object and ``consents`` a list, when present."""
    errors: dict[str, str] = {}
    if body.get("preferences") is not None and not isinstance(body["preferences"], dict):
        errors["preferences"] = "must be an object"
    consents = body.get("consents")
    if consents is not None and not isinstance(consents, list):
        errors["consents"] = "must be a list"
    elif consents:
        for consent in consents:
            problem = consent_error(consent)
            if problem:
                errors["consents"] = problem
                break
    return errors


def consent_error(consent: Any) -> str | None:
    """Why Engage would refuse one entry of ``consents``: id and value are mandatory, the
    date (when given) is ISO 8601."""
    if not isinstance(consent, dict):
        return "each consent must be an object"
    if not isinstance(consent.get("id"), str) or not consent["id"].strip():
        return "each consent needs an id"
    if not isinstance(consent.get("value"), bool):
        return "each consent needs a value, true or false"
    moment = consent.get("date")
    if moment is not None:
        try:
            datetime.fromisoformat(str(moment))
        except ValueError:
            return "a consent's date must be ISO 8601"
    return None


def missing_required(body: Mapping[str, Any], contact_type: ContactTypeSettings) -> list[str]:
    """The type's key and mandatory attributes that are absent or blank in a create body."""
    preferences = body.get("preferences")
    preferences = preferences if isinstance(preferences, dict) else {}
    missing = []
    for name in contact_type.required:
        if name in PREFERENCE_NAMES:
            if not isinstance(preferences.get(name), bool):
                missing.append(name)
        elif is_blank(body.get(name)):
            missing.append(name)
    return missing


def undefined_attributes(body: Mapping[str, Any],
                         contact_type: ContactTypeSettings) -> list[str]:
    """Flat attributes and preferences of a create body that the tenant has not defined for
    the contact type: a tenant's Engage may refuse them, so the emulator always does."""
    defined = {contact_type.key, *contact_type.fields}
    names = [name for name in body if name not in ("contactType", "preferences", "consents")]
    preferences = body.get("preferences")
    if isinstance(preferences, dict):  # e-mail and SMS offers exist for every contact
        names += [name for name in preferences if name not in ("acceptsEmail", "acceptsSms")]
    return [name for name in names if name not in defined]


def format_errors(attributes: Mapping[str, Any]) -> dict[str, str]:
    """Format errors of every non-blank attribute that Engage checks."""
    errors: dict[str, str] = {}
    for name, value in attributes.items():
        if is_blank(value):
            continue
        message = format_error(name, value)
        if message:
            errors[name] = message
    return errors


_LOOKUP_CHECKS: dict[str, tuple[str, str]] = {
    "mobilePhone": ("mobilePhone", "InvalidPhoneNumber"),
    "email": ("email", "InvalidEmailAddress"),
    "socialSecurityNumber": ("socialSecurityNumber", "InvalidSocialSecurityNumber"),
}


def lookup_error(param: str, value: str) -> str | None:
    """The 400 error code GET /contacts/id answers for a malformed search value, or None."""
    check = _LOOKUP_CHECKS.get(param)
    if check is None:
        return None
    attribute, code = check
    return code if format_error(attribute, value) else None
