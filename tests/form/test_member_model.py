"""A member being corrected: only what changed is sent, withdrawing is as easy as giving."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from posapp.config import DEMO_CONTACT_TYPES, Settings, settings_from_mapping
from posapp.form.member_model import MemberModel

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 4, 16, 0, 0, tzinfo=CET)


def settings() -> Settings:
    return settings_from_mapping({
        "engage": {"base_url": "https://acme.voyado.com"},
        "store": {"external_id": "600", "source": "POS", "country": "SE"},
        "contact_types": [*DEMO_CONTACT_TYPES,
                          {"id": "Postal", "key": "email", "optional": ["acceptsPostal"]}],
        "consents": [{"id": "memberTerms", "required": True, "terms_version": "2026-01",
                      "text": {"en": "I accept the membership terms."}},
                     {"id": "profiling", "text": {"en": "Personal offers."}}],
    })


def member(contact_type: str = "Member", **stored: object) -> MemberModel:
    return MemberModel(
        settings(), {"countryCode": "SE", "lang": "sv", "firstName": "Aino"},
        {"acceptsEmail": True, "acceptsSms": False},
        [{"id": "memberTerms", "value": True, "date": "2025-01-01T10:00:00+01:00"}],
        contact_type, clock=lambda: NOW)


def test_nothing_changed_sends_nothing() -> None:
    assert member().changes() == {}


def test_withdrawing_an_offer_is_one_field() -> None:
    found = member()
    found.set_preference("acceptsEmail", False)
    assert found.changes() == {"preferences": {"acceptsEmail": False}}
    found.set_preference("acceptsEmail", True)  # changed back: nothing to send
    assert found.changes() == {}


def test_country_language_offers_and_consents_in_one_patch() -> None:
    found = member()
    found.set_value("countryCode", "FI")
    found.set_value("lang", "fi")
    found.set_preference("acceptsSms", True)
    found.answer_consent("memberTerms", False)  # withdrawn
    found.answer_consent("profiling", True)  # given
    assert found.changes() == {
        "countryCode": "FI", "lang": "fi", "preferences": {"acceptsSms": True},
        "consents": [
            {"id": "memberTerms", "value": False, "date": "2026-12-04T16:00:00+01:00",
             "source": "POS", "comment": "terms version 2026-01"},
            {"id": "profiling", "value": True, "date": "2026-12-04T16:00:00+01:00",
             "source": "POS"}]}


def test_a_blank_is_never_sent() -> None:
    found = member()
    found.set_value("lang", "")  # "(not set)" chosen: Engage would wipe the language
    assert found.changes() == {}


def test_a_consent_ticked_and_unticked_again_is_not_sent() -> None:
    found = member()
    found.answer_consent("profiling", True)
    found.answer_consent("profiling", False)  # back to how Engage holds it? it held none
    assert found.changes()["consents"][0]["value"] is False  # an answer: "no"
    found.answer_consent("memberTerms", False)
    found.answer_consent("memberTerms", True)  # back to the stored yes
    assert [c["id"] for c in found.changes()["consents"]] == ["profiling"]


@pytest.mark.parametrize(("contact_type", "offers"), [
    ("Member", ["acceptsEmail", "acceptsSms"]),
    ("Postal", ["acceptsEmail", "acceptsSms", "acceptsPostal"]),
])
def test_the_offers_the_member_can_have(contact_type: str, offers: list[str]) -> None:
    assert list(member(contact_type).preferences) == offers


def test_unknown_names_are_programming_errors() -> None:
    found = member()
    with pytest.raises(KeyError):
        found.set_value("firstName", "Bo")
    with pytest.raises(KeyError):
        found.set_preference("acceptsPostal", True)
