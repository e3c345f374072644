"""The signup model: the rules of a signup, for the till and the kiosk, in plain Python."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from posapp.config import DEMO_CONTACT_TYPES, Settings, settings_from_mapping
from posapp.form.field import Gap
from posapp.form.signup_model import IncompleteForm, Screen, SignupModel

TODAY = date(2026, 12, 4)
PHONE_TYPED = "070-174 06 05"
PHONE = "+46701740605"
PIN = "200001012384"  # Skatteverket's test personnummer: born 2000-01-01


def settings(*types: dict[str, Any], unapproved: bool = True, **store: str) -> Settings:
    return settings_from_mapping({
        "engage": {"base_url": "https://acme.voyado.com"},
        "store": {"external_id": "600", "source": "POS", "country": "SE", **store},
        "contact_types": list(types or DEMO_CONTACT_TYPES),
        "kiosk": {"source": "KIOSK", "create_as_unapproved": unapproved},
    })


def contact_type(**values: Any) -> dict[str, Any]:
    return {"id": "Member", **values}


def asked(model: SignupModel) -> list[tuple[str, bool]]:
    return [(entry.name, entry.required) for entry in model.asked()]


def model(screen: Screen, *types: dict[str, Any], unapproved: bool = True) -> SignupModel:
    return SignupModel(settings(*types, unapproved=unapproved), screen, today=TODAY)


# -- what each screen asks ----------------------------------------------------------------

def test_the_till_asks_key_country_then_mandatory_then_optional() -> None:
    till = model(Screen.TILL, contact_type(
        key="socialSecurityNumber", required=["lastName", "countryCode", "firstName"],
        optional=["email", "gender"]))
    assert asked(till) == [("socialSecurityNumber", True), ("countryCode", True),
                           ("lastName", True), ("firstName", True), ("email", False),
                           ("gender", False)]


def test_kiosk_fields_for_a_phone_key() -> None:
    member = contact_type(key="mobilePhone", required=["countryCode"],
                          optional=["firstName", "lastName", "email", "birthDay"])
    assert asked(model(Screen.KIOSK, member, unapproved=True)) == [
        ("mobilePhone", True), ("firstName", False), ("lastName", False), ("email", True)]
    # Without e-mail confirmation the address is the customer's choice.
    assert ("email", False) in asked(model(Screen.KIOSK, member, unapproved=False))


def test_kiosk_fields_for_a_personal_number_key_with_mandatory_names() -> None:
    contact = contact_type(key="socialSecurityNumber",
                           required=["firstName", "lastName", "countryCode", "zipCode"])
    # No e-mail field: this type does not list e-mail, so it is never asked nor sent.
    assert asked(model(Screen.KIOSK, contact, unapproved=False)) == [
        ("socialSecurityNumber", True), ("firstName", True), ("lastName", True),
        ("zipCode", True)]


def test_kiosk_fields_for_an_email_key() -> None:
    assert asked(model(Screen.KIOSK, contact_type(key="email"))) == [("email", True)]
    with_names = contact_type(key="email", optional=["lastName", "firstName"])
    assert asked(model(Screen.KIOSK, with_names)) == [
        ("email", True), ("firstName", False), ("lastName", False)]


def test_the_kiosk_does_not_ask_the_country_or_language_it_fills_in() -> None:
    kiosk = model(Screen.KIOSK, contact_type(key="mobilePhone", required=["countryCode"],
                                             optional=["lang", "gender"]))
    assert asked(kiosk) == [("mobilePhone", True)]  # gender: optional and not asked
    kiosk.set_language("fi")
    kiosk.edit("mobilePhone", PHONE_TYPED)
    assert kiosk.request().body == {
        "contactType": "Member", "mobilePhone": PHONE, "countryCode": "SE", "lang": "fi",
        "preferences": {"acceptsEmail": False, "acceptsSms": False}}


# -- one request for the same input -------------------------------------------------------

@pytest.mark.parametrize("listed", [True, False], ids=["lists birthDay", "no birthDay"])
def test_till_and_kiosk_send_the_same_body_for_the_same_input(listed: bool) -> None:
    optional = ["firstName", "lastName", "email", *(["birthDay"] if listed else [])]
    contact = contact_type(key="socialSecurityNumber", required=["countryCode"],
                           optional=optional)
    bodies = []
    for screen in Screen:
        form = model(screen, contact, unapproved=False)
        form.edit("socialSecurityNumber", PIN)
        form.edit("firstName", "Anna")
        form.edit("email", "anna@example.com")
        form.set_preference("acceptsSms", True)
        bodies.append(dict(form.request().body))
    assert bodies[0] == bodies[1]
    assert ("birthDay" in bodies[0]) is listed  # derived only where the type lists it
    assert bodies[0]["socialSecurityNumber"] == PIN


def test_an_attribute_the_type_does_not_list_is_never_sent() -> None:
    contact = contact_type(key="socialSecurityNumber", required=["countryCode"])
    for screen in Screen:
        form = model(screen, contact)
        form.edit("socialSecurityNumber", PIN)
        assert set(form.request().body) == {"contactType", "socialSecurityNumber",
                                            "countryCode", "preferences"}
        with pytest.raises(KeyError):
            form.edit("birthDay", "2000-01-01")


def test_requests_say_how_they_are_sent() -> None:
    till = model(Screen.TILL)
    kiosk = model(Screen.KIOSK)
    for form in (till, kiosk):
        form.edit("mobilePhone", PHONE_TYPED)
    kiosk.edit("email", "anna@example.com")
    sent_by_till, sent_by_kiosk = till.request(), kiosk.request()
    assert (sent_by_till.source, sent_by_till.create_as_unapproved,
            sent_by_till.origin) == ("POS", False, "till")
    assert (sent_by_kiosk.source, sent_by_kiosk.create_as_unapproved,
            sent_by_kiosk.origin) == ("KIOSK", True, "kiosk")
    assert sent_by_till.store_external_id == "600"
    assert sent_by_till.key == "mobilePhone" and sent_by_till.key_value == PHONE


def test_acceptsPostal_is_offered_where_the_type_lists_it() -> None:
    plain = model(Screen.TILL)
    assert list(plain.preferences) == ["acceptsEmail", "acceptsSms"]
    postal = model(Screen.TILL, contact_type(key="mobilePhone", optional=["acceptsPostal"]))
    assert list(postal.preferences) == ["acceptsEmail", "acceptsSms", "acceptsPostal"]
    postal.edit("mobilePhone", PHONE_TYPED)
    postal.set_preference("acceptsPostal", True)
    assert postal.request().body["preferences"] == {
        "acceptsEmail": False, "acceptsSms": False, "acceptsPostal": True}
    with pytest.raises(KeyError):
        plain.set_preference("acceptsPostal", True)


# -- rules across fields -------------------------------------------------------------------

def test_the_country_decides_how_a_local_phone_number_reads() -> None:
    till = model(Screen.TILL)
    till.edit("mobilePhone", "040 123 4567")  # Finnish without the +358
    phone = till.fields["mobilePhone"]
    assert not phone.result.ok
    changed = till.edit("countryCode", "FI")
    assert [entry.name for entry in changed] == ["countryCode", "mobilePhone"]
    assert phone.value == "+358401234567"


def test_a_personal_number_fills_in_the_date_of_birth_and_takes_it_back() -> None:
    form = model(Screen.TILL, contact_type(key="socialSecurityNumber",
                                           optional=["birthDay"]))
    changed = form.edit("socialSecurityNumber", PIN)
    birthday = form.fields["birthDay"]
    assert birthday in changed and birthday.text == "2000-01-01"
    assert birthday.holds_derived_value
    form.edit("socialSecurityNumber", PIN[:-1])  # no longer a whole number
    assert birthday.text == ""


def test_a_typed_date_of_birth_is_never_overwritten() -> None:
    form = model(Screen.TILL, contact_type(key="socialSecurityNumber",
                                           optional=["birthDay"]))
    form.edit("birthDay", "1999-12-31")
    form.edit("socialSecurityNumber", PIN)
    assert form.fields["birthDay"].text == "1999-12-31"
    assert form.request().body["birthDay"] == "1999-12-31"


def test_switching_type_keeps_what_both_types_have() -> None:
    till = model(Screen.TILL)
    till.edit("mobilePhone", PHONE_TYPED)
    till.edit("countryCode", "FI")
    till.set_preference("acceptsSms", True)
    till.set_contact_type("Contact")
    assert till.key == "socialSecurityNumber"
    assert till.fields["mobilePhone"].text == PHONE_TYPED
    assert till.fields["countryCode"].text == "FI"
    assert till.preferences["acceptsSms"] is True
    # Read in the country kept (Finland), where 070… is no mobile number.
    assert till.fields["mobilePhone"].result.message == "Not a mobile number"


# -- what is missing -----------------------------------------------------------------------

def test_the_gaps_in_the_order_the_screen_asks() -> None:
    till = model(Screen.TILL, contact_type(key="mobilePhone",
                                           required=["firstName", "lastName"],
                                           optional=["email"]))
    till.edit("lastName", "Larsson")
    till.edit("email", "anna@")  # typed, not finished
    assert [(entry.name, gap) for entry, gap in till.gaps()] == [
        ("mobilePhone", Gap.EMPTY), ("firstName", Gap.EMPTY), ("email", Gap.UNFINISHED)]
    assert not till.complete
    with pytest.raises(IncompleteForm):
        till.request()
    till.edit("email", "")
    till.edit("mobilePhone", PHONE_TYPED)
    till.edit("firstName", "Anna")
    assert till.first_gap() is None and till.complete


def test_engage_refusals_block_until_the_field_is_edited() -> None:
    till = model(Screen.TILL)
    till.edit("mobilePhone", PHONE_TYPED)
    unplaced = till.refuse({"mobilePhone": "Number is blocked", "shoeSize": "unknown"})
    assert unplaced == ["shoeSize"]
    phone = till.fields["mobilePhone"]
    assert phone.gap is Gap.REFUSED and phone.refusal == "Number is blocked"
    assert not till.complete
    till.edit("mobilePhone", "070-174 06 06")
    assert phone.refusal is None and till.complete


def test_the_kiosk_cannot_place_a_refusal_of_a_field_it_does_not_ask() -> None:
    kiosk = model(Screen.KIOSK)
    assert kiosk.refuse({"countryCode": "bad"}) == ["countryCode"]


def test_next_after_each_field() -> None:
    kiosk = model(Screen.KIOSK)
    order = []
    entry = kiosk.asked()[0]
    while entry is not None:
        order.append(entry.name)
        entry = kiosk.next_after(entry.name)
    assert order == ["mobilePhone", "firstName", "lastName", "email"]


def test_reset_and_pristine() -> None:
    till = model(Screen.TILL)
    assert till.pristine
    phone = till.fields["mobilePhone"]
    till.edit("mobilePhone", PHONE_TYPED)
    till.set_preference("acceptsEmail", True)
    assert not till.pristine
    till.reset()
    assert till.pristine and till.fields["mobilePhone"] is phone  # emptied in place
    assert phone.text == "" and till.fields["countryCode"].text == "SE"
    till.set_contact_type("Contact")
    till.reset()
    assert till.contact_type.id == "Member"


def test_demo_mode_accepts_finnish_test_numbers_only_there() -> None:
    contact = contact_type(key="socialSecurityNumber")
    real = SignupModel(settings(contact), Screen.TILL, today=TODAY)
    demo = SignupModel(settings(contact).model_copy(update={"demo": True}), Screen.TILL,
                       today=TODAY)
    for form in (real, demo):
        form.edit("socialSecurityNumber", "010594Y9032")  # DVV's temporary range
    assert not real.complete and demo.complete
