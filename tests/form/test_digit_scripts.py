"""One digit rule: every field reads digits of any script exactly as ASCII digits.

A customer's phone number, personal identity number, postcode or date of birth typed on
an Arabic, Persian or Hindi keyboard (or an Asian IME's full-width digits) must give the
same verdict, the same value for Engage and the same message as the ASCII digits would.
"""

from __future__ import annotations

from datetime import date

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.fi import hetu

from posapp.form.attributes import ATTRIBUTES, validate_field
from posapp.validation import FieldContext, FieldState

# The digit 0 of each script; the other nine follow it in Unicode order.
SCRIPTS = {
    "ascii": "0",
    "full-width": "\uff10",
    "arabic-indic": "\u0660",
    "persian": "\u06f0",  # Extended Arabic-Indic, also used for Urdu
    "devanagari": "\u0966",
    "bengali": "\u09e6",
    "thai": "\u0e50",
    "mathematical bold": "\U0001d7ce",
}


def written_in(text: str, zero: str) -> str:
    """``text`` with its ASCII digits written in the script whose 0 is ``zero``."""
    return text.translate({ord("0") + n: chr(ord(zero) + n) for n in range(10)})


# For every attribute with a validator: inputs that end VALID, INCOMPLETE and INVALID,
# each with digits in it (names, codes and choices get digits where they are refused).
SAMPLES: dict[str, list[str]] = {
    "mobilePhone": [
        "070-174 06 05", "+46 70 174 06 05", "0046701740605", "070-17", "+358 40 123 4567",
        "+47 412 34 567", "08-123 456 78", "070 174 06 05 99 99", "+1",
    ],
    "socialSecurityNumber": [
        "19811218-9876", "811218-9876", "8112189876", "131052-308T", "19811218", "1981121",
        "19811218-9875", "20991231-0000", "811218+9876",
    ],
    "externalId": ["12345", "A-0042 17", "0000000000001", "9" * 60],
    "firstName": ["Anna1", "1", "Anna-Lena 2"],
    "lastName": ["Svensson3", "O'Brien 4"],
    "email": ["anna1@example.com", "1990@shop2.se", "anna@gmail2.com", "a@b.c0m", "anna.1"],
    "countryCode": ["SE", "S1", "12"],
    "lang": ["sv", "s1", "12"],
    "birthDay": [
        "1990-01-31", "19900131", "31.1.1990", "1990-1-3", "1990-02-30", "2099-01-01",
        "1990-13", "1990", "0", "31.12.",
    ],
    "gender": ["Female", "Male1", "1"],
    "street": ["Storgatan 12", "Box 3, 123 45 Storby"],
    "zipCode": ["123 45", "00100", "0150", "SW1A 1AA", "12345-6789", "1234567890123"],
    "city": ["Stockholm 2", "1"],
}

CONTEXTS = [
    FieldContext(region="SE", today=date(2024, 6, 1)),
    FieldContext(region="FI", today=date(2024, 6, 1)),
]


def test_every_validated_attribute_has_samples() -> None:
    validated = {name for name, row in ATTRIBUTES.items() if row.validator is not None}
    assert set(SAMPLES) == validated


@pytest.mark.parametrize("attribute", sorted(SAMPLES))
@pytest.mark.parametrize("script", [s for s in SCRIPTS if s != "ascii"])
def test_digits_of_every_script_read_as_ascii(attribute: str, script: str) -> None:
    for context in CONTEXTS:
        for sample in SAMPLES[attribute]:
            typed = written_in(sample, SCRIPTS[script])
            assert typed != sample or not any(ch.isdigit() for ch in sample)
            expected = validate_field(attribute, sample, context)
            assert validate_field(attribute, typed, context) == expected, (typed, context.region)


def test_samples_reach_every_state() -> None:
    """The comparison above means something only if the samples give varied verdicts."""
    states = {
        validate_field(attribute, sample, CONTEXTS[0]).state
        for attribute, samples in SAMPLES.items()
        for sample in samples
    }
    assert states == {FieldState.VALID, FieldState.INCOMPLETE, FieldState.INVALID}


def test_values_sent_to_engage_hold_ascii_digits_only() -> None:
    for attribute, samples in SAMPLES.items():
        for sample in samples:
            result = validate_field(attribute, written_in(sample, "\u06f0"), CONTEXTS[0])
            if result.value is not None:
                assert not any(ch.isdigit() and not ch.isascii() for ch in result.value)


def test_names_refuse_digits_of_every_script_alike() -> None:
    for zero in SCRIPTS.values():
        result = validate_field("firstName", written_in("Anna1", zero))
        assert result.state is FieldState.INVALID


@pytest.mark.parametrize(
    "numeral",
    ["\u1369", "\u2460", "\u24f5", "\u2776", "\u2160", "\u00bd", "\U00010a40"],
    ids=["ethiopic", "circled", "double-circled", "dingbat", "roman", "half", "kharoshthi"],
)
@pytest.mark.parametrize("attribute", ["mobilePhone", "socialSecurityNumber", "birthDay"])
def test_numerals_that_are_not_decimal_digits_never_crash(attribute: str, numeral: str) -> None:
    """Ethiopic ፩ and the like answer True to ``str.isdigit`` but ``int`` refuses them."""
    for sample in SAMPLES[attribute]:
        typed = sample[:3] + numeral + sample[3:]
        result = validate_field(attribute, typed, CONTEXTS[0])
        assert isinstance(result.state, FieldState)


def test_phone_and_identity_libraries_get_what_ascii_digits_give_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """phonenumbers and python-stdnum see the very text ASCII digits give them: never a
    digit of another script, and no number refused before it reaches them."""
    seen: list[str] = []

    def spy(function):  # type: ignore[no-untyped-def]
        def wrapper(text, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(text)
            return function(text, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(phonenumbers, "parse", spy(phonenumbers.parse))
    monkeypatch.setattr(luhn, "is_valid", spy(luhn.is_valid))
    monkeypatch.setattr(hetu, "validate", spy(hetu.validate))
    calls: dict[str, list[str]] = {}
    for script, zero in SCRIPTS.items():
        seen.clear()
        for attribute in ("mobilePhone", "socialSecurityNumber"):
            for sample in SAMPLES[attribute]:
                for context in CONTEXTS:
                    validate_field(attribute, written_in(sample, zero), context)
        calls[script] = list(seen)
    assert len(calls["ascii"]) > 20
    for script, texts in calls.items():
        assert texts == calls["ascii"], script
