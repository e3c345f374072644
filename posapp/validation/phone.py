"""mobilePhone: read what the cashier types the way a Swedish (or Finnish…) person writes it,
send Engage E.164.

phonenumbers decides what a *complete* number is (valid, and of which type). It cannot say
whether a *partial* number can still become a mobile number, and it happily turns letters
into digits (vanity numbers) and rejects regions without metadata. Those gaps are filled
here: letters are refused before parsing, partial numbers are judged with the metadata's
mobile pattern (:mod:`posapp.validation.prefix`), and a region without phone metadata
(AQ, ZZ, a blank setting) simply requires the number to start with "+".
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import (
    CountryCodeSource,
    NumberParseException,
    PhoneMetadata,
    PhoneNumber,
    PhoneNumberType,
)
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from posapp.validation import messages
from posapp.validation.prefix import could_complete
from posapp.validation.result import (
    EMPTY,
    FieldResult,
    FieldState,
    incomplete,
    invalid,
    more_digits,
    too_long,
    valid,
)
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

# Characters people put in phone numbers besides digits and a leading "+".
_ALLOWED = re.compile(r"[0-9+\-./() ]*")
# "+46 (0)70…": the trunk prefix in brackets after a country code is dropped.
_TRUNK_IN_BRACKETS = re.compile(r"\(\s*0\s*\)")
_NON_DIGITS = re.compile(r"\D")
# What ContactDraft accepts: the validator never answers VALID with anything else.
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# "00" + the 15 digits E.164 allows; more cannot be a phone number in any notation.
_MAX_DIGITS = 17
_MAX_LENGTH = 40
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


@lru_cache(maxsize=512)
def _region_metadata(region: str) -> PhoneMetadata | None:
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    return PhoneMetadata.metadata_for_region(region)


@lru_cache(maxsize=512)
def _metadata_for_code(country_code: int) -> tuple[PhoneMetadata, ...]:
    """Every region sharing a country calling code (+1 is 25 regions, +7 two…)."""
    found: list[PhoneMetadata] = []
    for region in COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        meta = (
            PhoneMetadata.metadata_for_nongeo_region(country_code)
            if region == "001"
            else PhoneMetadata.metadata_for_region(region)
        )
        if meta is not None:
            found.append(meta)
    return tuple(found)


@lru_cache(maxsize=512)
def _mobile_lengths(country_code: int) -> tuple[int, ...]:
    """Possible national-number lengths of mobile numbers (all lengths if unknown)."""
    lengths: set[int] = set()
    for meta in _metadata_for_code(country_code):
        for desc in (meta.mobile, meta.general_desc):
            if desc is not None and desc.possible_length:
                lengths.update(n for n in desc.possible_length if n > 0)
                break
    return tuple(sorted(lengths)) or tuple(range(4, 15))


def _could_become(country_code: int, nsn: str, *, mobile: bool) -> bool:
    """Can these national digits still grow into a (mobile) number of that country?"""
    metas = _metadata_for_code(country_code)
    if not metas:
        return True  # no metadata to judge by: never claim it is impossible
    for meta in metas:
        desc = meta.mobile if mobile else meta.general_desc
        if desc is None or desc.national_number_pattern is None:
            continue  # this region has no numbers of that kind
        if could_complete(desc.national_number_pattern, nsn):
            return True
    return False


def _split_country_code(digits: str) -> tuple[int, str] | None:
    """The calling code at the start of ``digits`` (1–3 digits; codes are prefix-free)."""
    if digits.startswith("0"):
        return None  # no calling code starts with 0 (int("01") would wrongly find +1)
    for size in (1, 2, 3):
        if len(digits) >= size and int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
            return int(digits[:size]), digits[size:]
    return None


def _parse(text: str, region: str | None) -> PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region, keep_raw_input=True)
    except NumberParseException:
        return None


def _complete(number: PhoneNumber, region: str, typed_international: bool) -> FieldResult:
    """Verdict on a number phonenumbers considers valid."""
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return invalid(messages.PHONE_NOT_MOBILE)
    value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not _E164.fullmatch(value):  # pragma: no cover - guard for odd metadata
        return invalid(messages.PHONE_NOT_VALID)
    foreign = phonenumbers.region_code_for_number(number) != region
    # phonenumbers itself reads "46701740605" at a Swedish till as +46…: show that reading.
    read_with_code = number.country_code_source != CountryCodeSource.FROM_DEFAULT_COUNTRY
    style = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
        if typed_international or foreign or read_with_code
        else phonenumbers.PhoneNumberFormat.NATIONAL
    )
    return valid(value, display=phonenumbers.format_number(number, style))


def _partial(country_code: int, nsn: str) -> FieldResult:
    """Verdict on national digits that are not (yet) a valid number."""
    lengths = _mobile_lengths(country_code)
    if len(nsn) > lengths[-1]:
        return invalid(messages.PHONE_TOO_MANY_DIGITS)
    if nsn and not _could_become(country_code, nsn, mobile=True):
        if _could_become(country_code, nsn, mobile=False):
            return invalid(messages.PHONE_NOT_MOBILE)
        return invalid(messages.PHONE_NOT_VALID)
    longer = [n for n in lengths if n > len(nsn)]
    if not longer:
        return invalid(messages.PHONE_NOT_VALID)
    if len(nsn) < lengths[0]:
        return more_digits(lengths[0] - len(nsn), at_least=len(longer) > 1)
    return incomplete(messages.PHONE_ENTER_MORE)


def _judge(
    country_code: int,
    nsn: str,
    parse_text: str,
    parse_region: str | None,
    region: str,
    *,
    international: bool,
) -> FieldResult:
    number = _parse(parse_text, parse_region) if nsn else None
    if number is not None and phonenumbers.is_valid_number(number):
        return _complete(number, region, international)
    result = _partial(country_code, nsn)
    if international and result.state is FieldState.INVALID:
        # "+46 070…": some people keep the trunk 0 after the country code.
        metas = _metadata_for_code(country_code)
        trunk = metas[0].national_prefix if metas else None
        if trunk and nsn.startswith(trunk):
            retry = _partial(country_code, nsn[len(trunk) :])
            if retry.state is not FieldState.INVALID:
                return retry
    return result


def _international(digits: str, region: str) -> FieldResult:
    """Digits after "+" or after the region's international prefix (00)."""
    if not digits:
        return incomplete(messages.PHONE_ENTER_COUNTRY_CODE)
    split = _split_country_code(digits)
    if split is None:
        if len(digits) < 3 and any(
            str(code).startswith(digits) for code in COUNTRY_CODE_TO_REGION_CODE
        ):
            return incomplete(messages.PHONE_ENTER_COUNTRY_CODE)
        return invalid(messages.PHONE_UNKNOWN_COUNTRY_CODE)
    country_code, nsn = split
    return _judge(country_code, nsn, "+" + digits, None, region, international=True)


def _national(digits: str, region: str, meta: PhoneMetadata) -> FieldResult:
    """Digits written the local way for ``region`` (with or without the trunk 0)."""
    trunk = meta.national_prefix or ""
    has_trunk = bool(trunk) and digits.startswith(trunk)
    nsn = digits[len(trunk) :] if has_trunk else digits
    country_code = int(meta.country_code or 0)
    result = _judge(country_code, nsn, digits, region, region, international=False)
    if result.state is not FieldState.INVALID or has_trunk:
        return result
    # "46701740605" at a Swedish till: the country code without "+". libphonenumber reads
    # it that way too; we accept it only for the till's own country, shown in
    # international form so the cashier sees how it was read.
    own_code = str(country_code)
    if country_code and digits.startswith(own_code):
        alternative = _judge(
            country_code, digits[len(own_code) :], "+" + digits, None, region, international=True
        )
        if alternative.state is not FieldState.INVALID:
            return alternative
    # A foreign number typed without "+": say so rather than "not a mobile number".
    if trunk and _international(digits, region).state is not FieldState.INVALID:
        return invalid(messages.PHONE_FOREIGN_HINT)
    return result


def _idd_length(meta: PhoneMetadata, digits: str) -> int:
    """How many leading digits are the region's international prefix (00, 011, …)."""
    pattern = meta.international_prefix
    if not pattern:
        return 0
    match = re.match(f"(?:{pattern})", digits)
    return match.end() if match else 0


def validate_phone(text: str, region: str = "SE") -> FieldResult:
    """Validate a mobile number typed at a till in ``region``.

    VALID only for a valid number of type MOBILE or FIXED_LINE_OR_MOBILE; value is E.164,
    display is national for a local number typed locally, international otherwise.
    """
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    typed = clean_input(text)
    if not typed:
        return EMPTY
    if len(typed) > _MAX_LENGTH:
        return too_long()
    if not _ALLOWED.fullmatch(typed):
        return invalid(messages.PHONE_CHARACTERS)
    if "+" in typed[1:]:
        return invalid(messages.PHONE_PLUS_FIRST)
    region = region.strip().upper()
    meta = _region_metadata(region)
    plus = typed.startswith("+")
    if plus:
        typed = _TRUNK_IN_BRACKETS.sub("", typed)
    digits = _NON_DIGITS.sub("", typed)
    if len(digits) > _MAX_DIGITS:
        return invalid(messages.PHONE_TOO_MANY_DIGITS)
    if plus:
        return _international(digits, region)
    if meta is None:
        # No phone metadata for the till's region (AQ, ZZ…): local numbers cannot be read.
        if digits:
            return invalid(messages.PHONE_NEEDS_PLUS)
        return incomplete(messages.PHONE_NEEDS_PLUS)
    if not digits:
        return incomplete(messages.PHONE_ENTER_MORE)
    idd = _idd_length(meta, digits)
    if idd:
        rest = _TRUNK_IN_BRACKETS.sub("", typed)
        return _international(_NON_DIGITS.sub("", rest)[idd:], region)
    return _national(digits, region, meta)
