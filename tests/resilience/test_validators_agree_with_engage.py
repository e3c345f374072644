"""Property: whatever the form's validators accept, Engage (the emulator) accepts.

Plausible typing for each attribute a signup sends (phones in every notation, Swedish
personnummer and samordningsnummer, Finnish HETU, e-mail addresses, dates, names, country
codes) goes through ``validate_field``; every value it accepts is sent through the real
client to the emulator, exactly as the form would send it, and must be created (201).
"""

from __future__ import annotations

from typing import Any

import phonenumbers
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from posapp.config import DEMO_CONTACT_TYPES
from posapp.emulator import EmulatorServer
from posapp.engage import EngageError
from posapp.engage.client import EngageClient
from posapp.engage.models import ContactDraft
from posapp.form.attributes import validate_field
from posapp.validation import FieldContext
from tests.validation.test_properties import PLAUSIBLE

#: The attributes of the demo contact types: Member (key mobilePhone), Contact (key SSN).
SENT = ("mobilePhone", "socialSecurityNumber", "email", "birthDay", "firstName", "lastName",
        "countryCode")
KEY_PHONE = "+46701740690"

contexts = st.builds(
    FieldContext,
    region=st.sampled_from(["SE", "FI", "NO", "DK", "GB", "US", "DE"]),
    allow_temporary_hetu=st.booleans(),  # demo mode allows DVV's temporary test numbers
)


@st.composite
def mobile_numbers(draw: st.DrawFn) -> str:
    """A region's example mobile with its last digits changed, in a cashier's notation."""
    region = draw(st.sampled_from(["SE", "FI", "NO", "DK", "GB", "DE", "EE"]))
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    assert example is not None
    national = phonenumbers.national_significant_number(example)
    national = national[:-3] + draw(st.text("0123456789", min_size=3, max_size=3))
    style = draw(st.sampled_from(["+{c} {n}", "00{c} {n}", "+{c}{n}", "+{c} (0){n}"]))
    return style.format(c=example.country_code, n=national)


@st.composite
def typed_fields(draw: st.DrawFn) -> tuple[str, str]:
    # Phones and personal numbers, where the rules are hardest, are drawn most often.
    attribute = draw(st.sampled_from(
        (*SENT, *["mobilePhone"] * 4, *["socialSecurityNumber"] * 4)))
    if attribute == "mobilePhone":
        return attribute, draw(st.one_of(PLAUSIBLE[attribute], mobile_numbers()))
    return attribute, draw(PLAUSIBLE[attribute])


def _draft(attribute: str, value: str, derived: dict[str, str]) -> tuple[ContactDraft, Any]:
    """The draft the form builds: the other mandatory fields filled with plain values."""
    if attribute == "socialSecurityNumber":
        values: dict[str, Any] = {"contactType": "Contact", "firstName": "Test",
                                  "lastName": "Person", "countryCode": "SE"}
        key = "socialSecurityNumber"
    else:
        values = {"contactType": "Member", "mobilePhone": KEY_PHONE, "countryCode": "SE"}
        key = "mobilePhone"
    values[attribute] = value
    listed = next(t for t in DEMO_CONTACT_TYPES if t["id"] == values["contactType"])
    for name, derived_value in derived.items():  # only what the type lists, as the form
        if name in (*listed["required"], *listed["optional"]):
            values.setdefault(name, derived_value)
    values["preferences"] = {"acceptsEmail": False, "acceptsSms": False}
    return ContactDraft.model_validate(values), key


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=typed_fields(), ctx=contexts)
def test_what_the_form_accepts_engage_accepts(case: tuple[str, str], ctx: FieldContext,
                                              emulator: EmulatorServer,
                                              client: EngageClient) -> None:
    attribute, text = case
    result = validate_field(attribute, text, ctx)
    event(f"{attribute}: {'sent' if result.ok else 'refused by the form'}")
    if not result.ok:
        return
    assert result.value is not None
    emulator.reset()
    draft, key = _draft(attribute, result.value, dict(result.derived))
    try:
        contact = client.create_contact(draft, source="POS", store_external_id="600", key=key)
    except EngageError as exc:
        raise AssertionError(f"{attribute} {text!r} → {result.value!r} refused: {exc}") from None
    assert contact.attribute(attribute) is not None
