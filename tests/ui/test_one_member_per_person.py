"""One member per person at the till: every identifier typed is looked up while the cashier
types; a member found (or Engage's 409) is offered, and the boxes the customer just ticked
are saved to that member in one PATCH."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from posapp.emulator import EmulatorServer
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.main_window import MainWindow

PHONE = "+46701740605"
EMAIL = "britt@example.com"


def line(window: MainWindow, name: str) -> QLineEdit:
    editor = window.form.rows[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def requests(emulator: EmulatorServer) -> list[tuple[str, str]]:
    return [(r.method, r.path.split("?")[0]) for r in emulator.requests]


def test_a_member_known_by_e_mail_is_not_created_again_under_a_new_phone(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    member = emulator.seed({"mobilePhone": "+46701740699", "email": EMAIL,
                            "firstName": "Britt", "countryCode": "SE"})
    qtbot.keyClicks(line(window, "mobilePhone"), "070-174 06 05")
    qtbot.keyClicks(line(window, "email"), EMAIL)
    # Looked up while the cashier types: the answer is in before Save.
    qtbot.waitUntil(lambda: window.identifier_checks.holder(window.form.model) is not None,
                    timeout=5000)
    window.form.consents["acceptsSms"].click()  # the customer says yes to text offers
    qtbot.keyClick(line(window, "email"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, AlreadyMemberDialog)
    assert "Engage holds their e-mail" in dialog.intro.text()
    assert "Britt" in dialog.member.text()
    assert ("POST", "/api/v3/contacts") not in requests(emulator)  # nothing created
    assert dialog.apply_button.isVisible()
    emulator.clear_requests()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert window.confirmation.title.text() == "Saved to the existing member"
    (patch,) = [r for r in emulator.requests if r.method == "PATCH"]
    assert patch.path == f"/api/v3/contacts/{member}"
    assert json.loads(patch.body) == {"preferences": {"acceptsSms": True}}
    assert emulator.count("email", EMAIL) == 1 and emulator.count("mobilePhone", PHONE) == 0


def test_a_409_offers_to_save_the_ticked_boxes_to_the_member(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    member = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    window.form.consents["acceptsEmail"].click()
    qtbot.keyClicks(line(window, "mobilePhone"), "070-174 06 05")
    window.form.submit()  # at once: the look-up has not answered, Engage's 409 decides
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, AlreadyMemberDialog)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    (patch,) = [r for r in emulator.requests if r.method == "PATCH"]
    assert patch.path == f"/api/v3/contacts/{member}"
    assert json.loads(patch.body) == {"preferences": {"acceptsEmail": True}}


def test_without_ticked_boxes_nothing_is_offered_to_save(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    qtbot.keyClicks(line(window, "mobilePhone"), "070-174 06 05")
    window.form.submit()
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, AlreadyMemberDialog)
    assert not dialog.apply_button.isVisible()


def test_did_you_mean_is_taken_with_one_key(qtbot: QtBot, window: MainWindow) -> None:
    email = line(window, "email")
    row = window.form.rows["email"]
    qtbot.keyClicks(email, "anna@gmial.com")
    assert "Did you mean" not in row.message.text()  # not while typing
    window.form.rows["firstName"].editor.setFocus()  # the focus leaves: the offer shows
    email.editingFinished.emit()
    assert "Did you mean" in row.message.text() and "anna@gmail.com" in row.message.text()
    assert window.form.is_valid() or row.field.acceptable  # it never blocks saving
    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_Down)
    assert email.text() == "anna@gmail.com"
    assert row.field.value == "anna@gmail.com"
    assert "Did you mean" not in row.message.text()


def test_did_you_mean_is_taken_with_a_tap(qtbot: QtBot, window: MainWindow) -> None:
    email = line(window, "email")
    row = window.form.rows["email"]
    qtbot.keyClicks(email, "anna@hotmial.se")
    email.editingFinished.emit()
    row.message.linkActivated.emit("suggestion")  # what a tap on the address does
    assert email.text() == "anna@hotmail.se"
