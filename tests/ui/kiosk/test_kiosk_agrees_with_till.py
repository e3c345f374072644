"""The till's form and the kiosk's form send the same create for the same customer.

Both real windows, typed into with real key events, saved with their real buttons, against
the emulator: what Engage receives is compared, not what the models say they would send
(tests/form/test_signup_model.py does that). Where the two screens differ on purpose (the
source and the approval in the query, ``lang`` from the kiosk customer's language) the
contact type below leaves nothing to differ in the body.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from posapp.config import ContactTypeSettings, Settings
from posapp.emulator import EmulatorServer
from posapp.engage.client import EngageClient
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.outcome_page import Outcome
from tests.ui.conftest import shown_window
from tests.ui.kiosk.conftest import MakeKiosk, tap

#: Every attribute of this type is asked on both screens (the kiosk asks the key, the
#: e-mail it confirms by, and the names).
MEMBER = {"id": "Member", "key": "mobilePhone", "required": ["mobilePhone", "countryCode"],
          "optional": ["firstName", "lastName", "email"]}


@pytest.fixture
def agreeing_settings(settings: Settings) -> Settings:
    member = ContactTypeSettings.model_validate(MEMBER)
    return settings.model_copy(update={"contact_types": [member]})


def type_customer(qtbot: QtBot, rows: dict[str, Any]) -> None:
    """Each field tapped, then typed on a physical keyboard (a scanner, at the till)."""
    for name, text in CUSTOMER.items():
        editor = rows[name].editor
        assert isinstance(editor, QLineEdit)
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is editor
        qtbot.keyClicks(editor, text)


CUSTOMER = {"mobilePhone": "070-174 06 05", "firstName": "Anna", "lastName": "Berg",
            "email": "anna@example.com"}


def created_bodies(emulator: EmulatorServer) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in emulator.requests
            if r.method == "POST" and r.path.startswith("/api/v3/contacts")]


def test_the_same_customer_makes_the_same_create_at_the_till_and_the_kiosk(
        qtbot: QtBot, agreeing_settings: Settings, client: EngageClient,
        emulator: EmulatorServer, make_kiosk: MakeKiosk) -> None:
    till = shown_window(qtbot, agreeing_settings, client, "en")
    type_customer(qtbot, till.form.rows)
    tap(qtbot, till.form.consents["acceptsSms"])
    tap(qtbot, till.form.submit_button)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=5000)
    till.close()
    (from_till,) = created_bodies(emulator)
    emulator.reset()  # the same customer again, new to Engage

    kiosk: KioskWindow = make_kiosk(agreeing_settings)
    type_customer(qtbot, kiosk.form.rows)
    tap(qtbot, kiosk.form.consents["acceptsSms"])
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    (from_kiosk,) = created_bodies(emulator)

    assert from_till == from_kiosk
    assert from_till == {
        "contactType": "Member", "mobilePhone": "+46701740605", "countryCode": "SE",
        "firstName": "Anna", "lastName": "Berg", "email": "anna@example.com",
        "preferences": {"acceptsEmail": False, "acceptsSms": True}}


def test_a_personal_number_gives_no_birthday_where_the_type_does_not_list_it(
        qtbot: QtBot, settings: Settings, client: EngageClient,
        emulator: EmulatorServer) -> None:
    """The disagreement issue 14 found: the till derived birthDay from the personal
    number for a type without birthDay (the demo's "Contact"), which Engage may refuse."""
    till = shown_window(qtbot, settings, client, "en")
    picker = till.findChild(QComboBox, "contactType")
    picker.setCurrentIndex(picker.findData("Contact"))
    for name, text in (("socialSecurityNumber", "19850312-1231"), ("firstName", "Anna"),
                       ("lastName", "Berg")):
        editor = till.form.rows[name].editor
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text)
    tap(qtbot, till.form.submit_button)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=5000)
    till.close()
    (body,) = created_bodies(emulator)
    assert body["socialSecurityNumber"] == "198503121231"
    assert "birthDay" not in body
    assert set(body) == {"contactType", "socialSecurityNumber", "firstName", "lastName",
                         "countryCode", "preferences"}
