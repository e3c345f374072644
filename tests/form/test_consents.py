"""Consents in the signup model: unanswered until ticked, proof of when and where, the
required one blocking saving, only answered ones sent."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from posapp.config import DEMO_CONTACT_TYPES, Settings, settings_from_mapping
from posapp.form.signup_model import IncompleteForm, Screen, SignupModel

CET = timezone(timedelta(hours=1))
TICK = datetime(2026, 12, 4, 15, 10, 7, 123456, tzinfo=CET)
CONSENTS: list[dict[str, Any]] = [
    {"id": "memberTerms", "required": True, "terms_version": "2026-01",
     "text": {"sv": "Jag godkänner medlemsvillkoren.", "en": "I accept the membership terms."}},
    {"id": "profiling", "required": False,
     "text": {"en": "You may use my purchases to give me personal offers."}},
]


def settings(consents: list[dict[str, Any]] = CONSENTS) -> Settings:
    return settings_from_mapping({
        "engage": {"base_url": "https://acme.voyado.com"},
        "store": {"external_id": "600", "source": "POS", "country": "SE"},
        "contact_types": list(DEMO_CONTACT_TYPES),
        "kiosk": {"source": "KIOSK"},
        "consents": consents,
    })


def filled(screen: Screen, clock: Any = lambda: TICK) -> SignupModel:
    model = SignupModel(settings(), screen, clock=clock)
    model.edit("mobilePhone", "070-174 06 05")
    if screen is Screen.KIOSK:
        model.edit("email", "anna@example.com")
    return model


def test_a_required_consent_blocks_saving_until_given() -> None:
    model = filled(Screen.TILL)
    assert [a.setting.id for a in model.missing_consents()] == ["memberTerms"]
    assert not model.complete and model.first_gap() is None  # no field is missing
    with pytest.raises(IncompleteForm, match="memberTerms"):
        model.request()
    model.answer_consent("memberTerms", True)
    assert model.complete


@pytest.mark.parametrize(("screen", "source"), [(Screen.TILL, "POS"),
                                                (Screen.KIOSK, "KIOSK")])
def test_a_given_consent_carries_its_moment_source_and_terms(screen: Screen,
                                                             source: str) -> None:
    model = filled(screen)
    model.answer_consent("memberTerms", True)
    assert model.request().body["consents"] == [{
        "id": "memberTerms", "value": True, "date": "2026-12-04T15:10:07+01:00",
        "source": source, "comment": "terms version 2026-01"}]


def test_only_answered_consents_are_sent_and_an_untick_is_a_no() -> None:
    moments = iter([TICK, TICK + timedelta(seconds=5), TICK + timedelta(seconds=9)])
    model = filled(Screen.TILL, clock=lambda: next(moments))
    model.answer_consent("memberTerms", True)
    assert [c["id"] for c in model.body()["consents"]] == ["memberTerms"]
    model.answer_consent("profiling", True)
    model.answer_consent("profiling", False)  # changed their mind
    profiling = model.body()["consents"][1]
    assert profiling == {"id": "profiling", "value": False,
                         "date": "2026-12-04T15:10:16+01:00", "source": "POS"}


def test_without_consents_nothing_is_sent() -> None:
    model = SignupModel(settings([]), Screen.TILL)
    model.edit("mobilePhone", "070-174 06 05")
    assert "consents" not in model.request().body


def test_the_next_customer_starts_unanswered() -> None:
    model = filled(Screen.KIOSK)
    model.answer_consent("profiling", True)
    assert not model.pristine
    model.reset()
    assert all(a.value is None for a in model.consents.values())
    assert model.pristine


def test_a_moment_without_its_offset_is_refused() -> None:
    model = filled(Screen.TILL, clock=lambda: datetime(2026, 12, 4, 15, 10))
    with pytest.raises(ValueError, match="UTC offset"):
        model.answer_consent("memberTerms", True)


def test_the_terms_in_the_customers_language() -> None:
    terms = settings([{**CONSENTS[0], "terms": {"sv": "Villkor …", "en": "Terms …"}}])
    consent = terms.consents[0]
    assert consent.terms_for("sv") == "Villkor …"
    assert consent.terms_for("fi") == "Terms …"  # English where none is given
    assert settings().consents[1].terms_for("sv") == (
        "You may use my purchases to give me personal offers.")  # the box's text
