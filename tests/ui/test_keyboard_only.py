"""Every view of the till with the keyboard alone: Tab, typing, Alt+letter, Enter, Space, Escape.

Keys go where a real keyboard sends them (``tests.keyboard``); nothing is clicked, focused
or filled in from code. The kiosk has its own in ``tests/ui/kiosk/test_kiosk_keyboard.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from posapp.config import demo_settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.dialogs.setup_dialog import SetupDialog
from posapp.ui.main_window import MainWindow
from posapp.ui.translations import install_translations
from tests.keyboard import ALT, CTRL, NONE, alt, focus, key, mnemonic, owner, tab_chain, type_text
from tests.ui.conftest import EnterClock

PHONE_TYPED = "070-174 06 05"
PHONE = "+46701740605"


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter → the visible labels and buttons that use it as Alt+letter."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text)
    return found


def focusable(root: QWidget) -> set[str]:
    """The names of the visible, enabled inputs and buttons the Tab key should reach."""
    names = set()
    for widget in root.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled() and widget.window() is root.window()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            names.add(owner(widget))
    return names


def test_tab_reaches_every_input_of_the_form_and_stops_nowhere_else(
        qtbot: QtBot, window: MainWindow) -> None:
    assert owner() == "mobilePhone"
    chain = tab_chain(qtbot)
    assert set(chain) == focusable(window)
    assert len(chain) == len(set(chain))  # no stop twice, no invisible stop
    assert "mainWindow" not in chain  # a scroll area is no stop: nothing shows it has focus
    for area in window.findChildren(QScrollArea):
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    for name in ("contactType", "mobilePhone", "countryCode", "firstName", "lastName", "email",
                 "birthDay", "acceptsEmail", "acceptsSms", "findMember"):
        assert name in chain


def test_every_mnemonic_of_the_form_is_unique_and_reaches_its_field(
        qtbot: QtBot, window: MainWindow) -> None:
    used = mnemonics(window)
    assert all(len(texts) == 1 for texts in used.values()), used
    for label in window.form.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisible():
            continue
        alt(qtbot, mnemonic(label.text()))
        assert owner() == buddy.objectName(), label.text()


def test_consents_by_space_and_save_by_enter(qtbot: QtBot, window: MainWindow,
                                            emulator: EmulatorServer) -> None:
    type_text(qtbot, PHONE_TYPED)
    sms, email = window.form.consents["acceptsSms"], window.form.consents["acceptsEmail"]
    alt(qtbot, mnemonic(sms.text()))  # Alt+letter ticks a box (after a short press)
    qtbot.waitUntil(sms.isChecked)
    alt(qtbot, mnemonic(email.text()))
    qtbot.waitUntil(email.isChecked)
    alt(qtbot, mnemonic(email.text()))  # and unticks it
    qtbot.waitUntil(lambda: not email.isChecked())
    alt(qtbot, "F")  # &First name
    type_text(qtbot, "Anna")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # last name, e-mail, date of birth, the e-mail offers box
    assert owner() == "acceptsEmail"
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)  # Enter saves from anywhere once the form is complete
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    body = json.loads(next(r for r in emulator.requests if r.method == "POST").body)
    assert body["preferences"] == {"acceptsEmail": True, "acceptsSms": True}
    assert body["firstName"] == "Anna"
    assert focus() is window.confirmation.new_button
    alt(qtbot, mnemonic(window.confirmation.new_button.text()))  # &New signup
    qtbot.waitUntil(lambda: not window.showing_confirmation)
    assert owner() == "mobilePhone"


def test_enter_on_the_confirmation_starts_the_next_signup(qtbot: QtBot, window: MainWindow,
                                                          enter_clock: EnterClock) -> None:
    """But not the Enter that saved, held down or pressed twice: the new member stays in
    view until a deliberate Enter."""
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    key(qtbot, Qt.Key.Key_Return)  # a second press right after the first
    assert window.showing_confirmation
    enter_clock.past_the_guard()
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, NONE, "\r", True)
    QApplication.sendEvent(focus(), held)  # the key's auto-repeat, however late
    assert window.showing_confirmation
    let_go = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return, NONE, "\r")
    QApplication.sendEvent(focus(), let_go)
    key(qtbot, Qt.Key.Key_Return)
    assert not window.showing_confirmation
    assert owner() == "mobilePhone"
    assert window.form.rows["mobilePhone"].raw_text() == ""


def test_the_next_number_scanned_on_the_confirmation_loses_no_key(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    """The scanner types the next customer's number while the last one's confirmation
    shows: every character lands in the key field (the space in it is not New signup)."""
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    type_text(qtbot, "070-111 22 33")
    assert not window.showing_confirmation
    assert owner() == "mobilePhone"
    assert window.form.rows["mobilePhone"].raw_text() == "070-111 22 33"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    bodies = [json.loads(r.body) for r in emulator.requests if r.method == "POST"]
    assert [b["mobilePhone"] for b in bodies] == [PHONE, "+46701112233"]


def test_already_member_dialog_escape_keeps_the_form_enter_opens_the_member(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer,
        enter_clock: EnterClock) -> None:
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Britt",
                   "lastName": "Ek"})
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, AlreadyMemberDialog)
    qtbot.waitUntil(lambda: focus().window() is dialog)
    assert "Country: Sweden" in dialog.member.text()
    assert focus() is dialog.open_button  # the default: Enter opens the member
    chain = tab_chain(qtbot)
    assert set(chain) == {"openMember", "backToForm"}
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.flow.dialog is None and not dialog.isVisible())
    qtbot.waitUntil(lambda: owner() == "mobilePhone")
    assert window.form.rows["mobilePhone"].raw_text() == PHONE_TYPED
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    second = window.flow.dialog
    qtbot.waitUntil(lambda: focus().window() is second)
    enter_clock.past_the_guard()  # a person reads it first (enter_guard.py)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.find_page.contact is not None, timeout=5000)
    assert window.find_page.member_name.text() == "Britt Ek"
    # The focus is in Country with the name selected (set while the dialog was still the
    # active window): typing replaces "Sweden (SE)".
    type_text(qtbot, "fin")
    assert owner() == "countryCode"
    key(qtbot, Qt.Key.Key_Return)
    assert window.find_page.country_picker.code() == "FI"
    key(qtbot, Qt.Key.Key_Escape)  # back to the signup form
    assert not window.showing_find_member
    assert owner() == "mobilePhone"


def test_problem_dialog_retry_by_enter(qtbot: QtBot, window: MainWindow,
                                      emulator: EmulatorServer,
                                      enter_clock: EnterClock) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504, times=0))
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, ProblemDialog) and dialog.retry_button is not None
    qtbot.waitUntil(lambda: focus().window() is dialog)
    assert dialog.retry_button.isDefault() and mnemonic(dialog.retry_button.text()) == "R"
    assert set(tab_chain(qtbot)) == {"retry", owner(dialog.buttons.button(
        dialog.buttons.StandardButton.Cancel))}
    emulator.faults.clear()
    posts = len([r for r in emulator.requests if r.method == "POST"])
    key(qtbot, Qt.Key.Key_Return)  # the Enter that saved, pressed twice: not a Retry
    assert dialog.isVisible()
    assert len([r for r in emulator.requests if r.method == "POST"]) == posts
    enter_clock.past_the_guard()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert emulator.count("mobilePhone", PHONE) == 1


def test_problem_dialog_escape_goes_back_to_the_form_as_typed(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=401))
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=5000)
    dialog = window.flow.dialog
    qtbot.waitUntil(lambda: focus().window() is dialog)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: owner() == "mobilePhone")
    assert window.form.rows["mobilePhone"].raw_text() == PHONE_TYPED


def test_find_member_not_found_sign_up_instead_and_back(qtbot: QtBot, window: MainWindow,
                                                        emulator: EmulatorServer) -> None:
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert window.showing_find_member and owner() == "mobilePhone"
    page = window.find_page
    chain = tab_chain(qtbot)
    assert set(chain) == focusable(window) and len(chain) == len(set(chain))
    for name in ("searchKey", "mobilePhone", "backToSignup"):
        assert name in chain
    alt(qtbot, mnemonic(page.key_kind_label.text()))  # Search &by
    assert owner() == "searchKey"
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "070-174 06 99")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sign_up_button.isVisible(), timeout=5000)
    assert focus() is page.sign_up_button
    key(qtbot, Qt.Key.Key_Space)  # Sign up instead
    assert not window.showing_find_member
    assert owner() == "mobilePhone"
    assert isinstance(focus(), QLineEdit) and focus().text() == "070-174 06 99"
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert window.showing_find_member
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.showing_find_member


def test_find_member_country_typed_over_and_saved_by_enter(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    """After a search the focus is in Country with the whole name selected: the typed
    name replaces it, Enter takes the match, a second Enter saves."""
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Britt"})
    key(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    page = window.find_page
    qtbot.waitUntil(lambda: page.contact is not None, timeout=5000)
    assert owner() == "countryCode"
    type_text(qtbot, "norw")
    key(qtbot, Qt.Key.Key_Return)
    assert page.country_picker.code() == "NO"
    assert not window.runner.busy  # nothing on its way to Engage yet: the Enter only picked
    assert not [r for r in emulator.requests if r.method == "PATCH"]
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Saved" in page.save_status.text(), timeout=5000)
    (patch,) = [r for r in emulator.requests if r.method == "PATCH"]
    assert json.loads(patch.body) == {"countryCode": "NO"}
    type_text(qtbot, "fin")  # changed again: "Saved" no longer holds
    key(qtbot, Qt.Key.Key_Return)
    assert page.country_picker.code() == "FI"
    assert "Saved" not in page.save_status.text()


def test_arrow_keys_step_through_search_by_and_a_choice_from_the_list_moves_on(
        qtbot: QtBot, window: MainWindow) -> None:
    """Stepping through a closed combo box keeps the focus there (else only the next
    option could be reached); picking from its open list moves on to the field."""
    key(qtbot, Qt.Key.Key_F, CTRL)
    page = window.find_page
    alt(qtbot, mnemonic(page.key_kind_label.text()))  # Search &by
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    assert owner() == "searchKey" and page.key_attribute == "email"
    key(qtbot, Qt.Key.Key_Up)
    assert owner() == "searchKey" and page.key_attribute == "socialSecurityNumber"
    key(qtbot, Qt.Key.Key_Tab)
    assert owner() == "socialSecurityNumber"
    key(qtbot, Qt.Key.Key_Escape)
    alt(qtbot, mnemonic(window.form.type_label.text()))  # T&ype
    assert owner() == "contactType"
    key(qtbot, Qt.Key.Key_Down, ALT)  # opens the list
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    view = window.form.type_picker.view()  # the open list has the keyboard
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.form.key_attribute == "socialSecurityNumber"
    assert owner() == "socialSecurityNumber"


def test_the_fill_in_hint_follows_the_fields_as_they_are_filled(
        qtbot: QtBot, window: MainWindow) -> None:
    alt(qtbot, mnemonic(window.form.type_label.text()))  # T&ype
    key(qtbot, Qt.Key.Key_Down)  # Contact: personal number, first and last name
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)
    status = window.form.status_label
    assert status.text() == "Fill in Personal identity number to save."
    type_text(qtbot, "19121212-1212")
    assert status.text() == "Fill in First name to save."
    alt(qtbot, "F")  # &First name
    type_text(qtbot, "Tolvan")
    assert status.text() == "Fill in Last name to save."
    alt(qtbot, "L")  # &Last name
    type_text(qtbot, "Tolvansson")
    assert status.text() == ""


def test_the_next_number_scanned_during_a_save_is_kept_for_the_next_signup(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=0.5))
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    assert window.form.busy
    type_text(qtbot, "070-111 22 33")  # the next customer, while the first is saving
    key(qtbot, Qt.Key.Key_Return)
    assert window.form.rows["mobilePhone"].raw_text() == PHONE_TYPED  # the form as sent
    qtbot.waitUntil(lambda: len([r for r in emulator.requests if r.method == "POST"]) == 2,
                    timeout=5000)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    bodies = [json.loads(r.body) for r in emulator.requests if r.method == "POST"]
    assert [b["mobilePhone"] for b in bodies] == [PHONE, "+46701112233"]


def test_keys_typed_during_a_failed_save_leave_the_form_as_sent(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=422, delay=0.5))
    type_text(qtbot, PHONE_TYPED)
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "999")
    qtbot.waitUntil(lambda: not window.form.busy, timeout=5000)
    assert window.form.rows["mobilePhone"].raw_text() == PHONE_TYPED
    assert len([r for r in emulator.requests if r.method == "POST"]) == 1


def test_no_two_mnemonics_clash_in_any_language(qtbot: QtBot, window: MainWindow,
                                                emulator: EmulatorServer,
                                                client: EngageClient, tmp_path: Path) -> None:
    """Translators choose the letters: each view keeps one letter per label or button."""
    try:
        for language in ("sv", "fi", "nb", "da", "en"):
            install_translations(language)
            till = MainWindow(demo_settings(emulator.base_url, language), client)
            qtbot.addWidget(till)
            till.show()
            for index in range(till.form.type_picker.count()):
                till.form.type_picker.setCurrentIndex(index)  # each contact type's fields
                used = mnemonics(till)
                assert all(len(texts) == 1 for texts in used.values()), (language, used)
            till.show_find_member()
            till.find_page.member_box.setVisible(True)
            till.find_page.sign_up_button.setVisible(True)
            used = mnemonics(till)
            assert all(len(texts) == 1 for texts in used.values()), (language, used)
            dialog = SetupDialog(tmp_path / "config.toml", till, environ={}, language=language)
            dialog.show()
            used = mnemonics(dialog)
            assert all(len(texts) == 1 for texts in used.values()), (language, used)
            assert len(used) == 7, used  # six fields and Test connection
            dialog.tester.shutdown()
            dialog.close()
            till.close()
    finally:
        install_translations("en")
