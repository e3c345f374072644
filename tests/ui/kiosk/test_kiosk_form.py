"""What the kiosk sends for other contact types (which fields it asks: tests/form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp.config import ContactTypeSettings, Settings
from posapp.ui.kiosk.onscreen_keyboard import KeyboardKind
from tests.ui.kiosk.conftest import MakeKiosk, field, tap


def contact_type(**values: object) -> ContactTypeSettings:
    return ContactTypeSettings.model_validate({"id": "Member", **values})


def settings_with(settings: Settings, member: ContactTypeSettings,
                  **kiosk: object) -> Settings:
    return settings.model_copy(update={
        "contact_types": (member,),
        "kiosk": settings.kiosk.model_copy(update=kiosk),
    })


def test_personal_number_kiosk_sends_the_chosen_language(
        qtbot: QtBot, make_kiosk: MakeKiosk, kiosk_settings: Settings) -> None:
    member = contact_type(key="socialSecurityNumber", required=["countryCode"],
                          optional=["lang", "birthDay"])
    kiosk = make_kiosk(settings_with(kiosk_settings, member, create_as_unapproved=False))
    assert kiosk.keyboard.kind is KeyboardKind.NUMBER
    for key in "200001012384":
        tap(qtbot, kiosk.keyboard.button_for(key))
    tap(qtbot, kiosk.language_bar.buttons["fi"])
    request = kiosk.form.build_request()
    body = request.body
    assert body["socialSecurityNumber"] == "200001012384"
    assert body["birthDay"] == "2000-01-01"  # derived, and the type has birthDay
    assert body["lang"] == "fi" and body["countryCode"] == "SE"
    assert "email" not in body
    assert request.key == "socialSecurityNumber"


def test_without_unapproved_the_thanks_do_not_promise_an_email(
        qtbot: QtBot, make_kiosk: MakeKiosk, kiosk_settings: Settings) -> None:
    kiosk = make_kiosk(kiosk_settings.model_copy(update={
        "kiosk": kiosk_settings.kiosk.model_copy(update={"create_as_unapproved": False})}))
    for key in "0701740605":
        tap(qtbot, kiosk.keyboard.button_for(key))
    qtbot.keyClick(field(kiosk, "mobilePhone"), Qt.Key.Key_Return)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is not None, timeout=5000)
    assert "e-mail" not in kiosk.outcome.body.text()
    assert "all set" in kiosk.outcome.body.text()
    assert "e-mail" not in kiosk.header.steps[2].text()
