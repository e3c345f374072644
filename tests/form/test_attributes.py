"""The attribute table: every row complete, and validate_field routing by Engage name."""

from __future__ import annotations

from datetime import date

import pytest

from posapp.engage.models import ContactDraft
from posapp.form.attributes import (
    ATTRIBUTES,
    FLAT_ATTRIBUTES,
    PREFERENCES,
    Editor,
    Part,
    validate_field,
)
from posapp.validation import FieldContext, FieldResult, FieldState

VALIDATED = sorted(name for name, row in ATTRIBUTES.items() if row.validator is not None)


def test_every_flat_attribute_has_a_validator_and_nothing_else_does() -> None:
    assert sorted(FLAT_ATTRIBUTES) == VALIDATED


def test_every_standard_engage_attribute_has_a_row() -> None:
    declared = set(ContactDraft.model_fields) - {"contactType", "preferences", "consents"}
    assert declared <= set(FLAT_ATTRIBUTES)
    assert set(PREFERENCES) == {"acceptsEmail", "acceptsSms", "acceptsPostal"}


def test_every_row_is_complete() -> None:
    for name, row in ATTRIBUTES.items():
        assert row.name == name
        assert row.label.count("&") == 1, name  # one Alt+letter mnemonic
        assert row.description, name
        assert (row.editor is Editor.CHECK) is (row.part is Part.PREFERENCE), name
        if row.editor is Editor.CHOICE and row.part is Part.FLAT:
            assert row.choices, name
            assert all(validate_field(name, choice.value).ok for choice in row.choices)


@pytest.mark.parametrize(
    ("attribute", "text", "value"),
    [
        ("mobilePhone", "070-174 06 05", "+46701740605"),
        ("socialSecurityNumber", "20000101-2384", "200001012384"),
        ("email", "Anna@Example.com", "Anna@example.com"),
        ("birthDay", "20000101", "2000-01-01"),
        ("firstName", " Anna ", "Anna"),
        ("lastName", "Svensson", "Svensson"),
        ("externalId", "A-1", "A-1"),
        ("countryCode", "se", "SE"),
        ("lang", "SV", "sv"),
        ("street", "Storgatan 1", "Storgatan 1"),
        ("zipCode", "123 45", "123 45"),
        ("city", "Malmö", "Malmö"),
        ("gender", "female", "Female"),
    ],
)
def test_routes_to_the_right_validator(attribute: str, text: str, value: str) -> None:
    assert validate_field(attribute, text).value == value


def test_context_reaches_the_validators() -> None:
    finland = FieldContext(region="FI", today=date(2026, 11, 25), allow_temporary_hetu=True)
    assert validate_field("mobilePhone", "040 123 4567", finland).value == "+358401234567"
    assert validate_field("mobilePhone", "040 123 4567").state is not FieldState.VALID
    assert validate_field("socialSecurityNumber", "010594Y9032", finland).ok
    assert not validate_field("socialSecurityNumber", "010594Y9032").ok
    past = FieldContext(today=date(1999, 12, 31))
    assert validate_field("birthDay", "2000-01-01", past).state is FieldState.INVALID


def test_unknown_attribute_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="acceptsSms"):
        validate_field("acceptsSms", "true")


def test_result_is_immutable_and_comparable() -> None:
    first = validate_field("mobilePhone", "0701740605")
    second = validate_field("mobilePhone", "070-174 06 05")
    assert first == second
    assert first.ok
    hash(first)  # frozen and hashable: the form can keep results in sets/dicts
    with pytest.raises(TypeError):
        first.derived["x"] = "y"  # type: ignore[index]
    assert FieldResult(FieldState.EMPTY).ok is False


def test_default_context() -> None:
    ctx = FieldContext()
    assert (ctx.region, ctx.today, ctx.allow_temporary_hetu) == ("SE", None, False)
    assert ctx.resolved_today() == date.today()


@pytest.mark.parametrize("attribute", VALIDATED)
@pytest.mark.parametrize("text", ["", " ", "\u00a0", "\t", "\u200b", "  \u3000 ", "\n"])
def test_every_validator_itself_calls_blank_text_empty(attribute: str, text: str) -> None:
    """validate_field answers blank text without calling the validator (so the empty form
    loads no phone or identity library): that must be what each validator would say."""
    from posapp.validation.result import DEFAULT_CONTEXT

    validator = ATTRIBUTES[attribute].validator
    assert validator is not None
    assert validator(text, DEFAULT_CONTEXT).state is FieldState.EMPTY
    assert validate_field(attribute, text).state is FieldState.EMPTY
