"""The signup window driven as a cashier would: real widgets, real HTTP to the emulator."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from posapp.config import ContactTypeSettings, Settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.ui import signup_form
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.main_window import MainWindow
from tests.conftest import patient_client
from tests.fault_waits import FaultWaits
from tests.ui.conftest import focused, shown_window

PHONE_TYPED = "070-174 06 05"
PHONE = "+46701740605"


def line(window: MainWindow, name: str) -> QLineEdit:
    widget = window.form.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def posts(emulator: EmulatorServer) -> list:
    return [r for r in emulator.requests if r.method == "POST"]


def type_and_enter(qtbot: QtBot, text: str) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_keyboard_only_signup(qtbot: QtBot, window: MainWindow,
                              emulator: EmulatorServer) -> None:
    assert focused() is line(window, "mobilePhone")
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    (request,) = posts(emulator)
    body = json.loads(request.body)
    assert body["mobilePhone"] == PHONE
    assert body["countryCode"] == "SE"
    assert body["preferences"] == {"acceptsEmail": False, "acceptsSms": False}
    assert request.query["source"] == "POS"
    assert request.query["storeExternalId"] == "600"
    assert emulator.count("mobilePhone", PHONE) == 1
    # New signup: Enter on the focused button, the form is empty, undo brings nothing back.
    assert focused() is window.confirmation.new_button
    qtbot.keyClick(window.confirmation.new_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.showing_confirmation)
    phone = line(window, "mobilePhone")
    assert focused() is phone
    assert phone.text() == ""
    qtbot.keyClick(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert phone.text() == ""
    assert not phone.isUndoAvailable()


def test_every_input_is_named_after_its_engage_attribute(window: MainWindow) -> None:
    form = window.form
    inputs = [w for kind in (QLineEdit, QComboBox, QCheckBox, QPushButton)
              for w in form.findChildren(kind)]
    names = {w.objectName() for w in inputs}
    assert {"contactType", "mobilePhone", "countryCode", "firstName", "lastName", "email",
            "birthDay", "acceptsEmail", "acceptsSms"} <= names
    for widget in inputs:
        if widget.objectName().startswith("qt_") or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        assert widget.accessibleName(), widget.objectName()


def test_invalid_phone_shows_a_field_message_and_blocks_save(qtbot: QtBot, window: MainWindow,
                                                             emulator: EmulatorServer) -> None:
    type_and_enter(qtbot, "070-174")
    assert not window.form.submit_button.isEnabled()
    qtbot.keyClicks(line(window, "mobilePhone"), "x")
    message = window.form.rows["mobilePhone"].message.text()
    assert message.startswith("✕")
    qtbot.keyClick(line(window, "mobilePhone"), Qt.Key.Key_Return)
    assert not window.runner.busy  # a create would be on its way (at Engage a moment later)
    assert posts(emulator) == []
    assert not window.showing_confirmation


def test_pasted_text_with_odd_characters_is_cleaned(qtbot: QtBot, window: MainWindow,
                                                    emulator: EmulatorServer) -> None:
    phone = line(window, "mobilePhone")
    phone.insert("０７０\u00a0174\u201306\u00a005")  # full-width digits, NBSP, en dash
    phone.textEdited.emit(phone.text())
    assert window.form.submit_button.isEnabled()
    qtbot.mouseClick(window.form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert json.loads(posts(emulator)[0].body)["mobilePhone"] == PHONE


def test_double_submit_sends_one_request(qtbot: QtBot, window: MainWindow,
                                         emulator: EmulatorServer) -> None:
    waits = FaultWaits(emulator, hold=True)  # Engage answers when the test says so
    emulator.faults.add(Fault("latency", method="POST", delay=0.5))
    phone = line(window, "mobilePhone")
    qtbot.keyClicks(phone, PHONE_TYPED)
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.mouseClick(window.form.submit_button, Qt.MouseButton.LeftButton)
    assert window.form.busy  # a second Save is refused at once, with nothing repainted
    # A slow answer greys the form out and shows the busy bar, the text kept as typed.
    qtbot.waitUntil(lambda: window.form.busy_bar.isVisible())
    assert phone.text() == PHONE_TYPED and phone.isReadOnly()
    assert not window.form.submit_button.isEnabled()
    assert waits.pending == 1
    waits.release()
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert len(posts(emulator)) == 1


def test_a_fast_save_never_greys_the_form_out(qtbot: QtBot, settings: Settings,
                                              client: EngageClient, emulator: EmulatorServer,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The busy look waits BUSY_LOOK_DELAY_MS: a save answered sooner shows no busy bar and
    no greyed Save (and repaints nothing while the worker waits for Engage). The delay is
    a minute here, so that "sooner" holds on a loaded machine too (how soon a save is
    answered is the signup_overhead benchmark's)."""
    monkeypatch.setattr(signup_form, "BUSY_LOOK_DELAY_MS", 60_000)
    window = shown_window(qtbot, settings, client, "en")
    shown: list[QEvent.Type] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Show, QEvent.Type.EnabledChange):
                shown.append(event.type())
            return False

    phone = line(window, "mobilePhone")
    qtbot.keyClicks(phone, PHONE_TYPED)
    assert window.form.submit_button.isEnabled()
    watch = Watch(window)
    window.form.busy_bar.installEventFilter(watch)
    window.form.submit_button.installEventFilter(watch)
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert shown == [] and len(posts(emulator)) == 1


def test_already_member_shows_the_existing_member(qtbot: QtBot, window: MainWindow,
                                                  emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Britt",
                   "lastName": "Ek"})
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, AlreadyMemberDialog)
    assert "Britt Ek" in dialog.member.text()
    assert PHONE not in dialog.member.text()  # the stored key is shown masked
    dialog.reject()
    assert line(window, "mobilePhone").text() == PHONE_TYPED
    assert emulator.count("mobilePhone", PHONE) == 1


def test_timeout_offers_retry_that_never_duplicates(qtbot: QtBot, window: MainWindow,
                                                    emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=2.5, times=0))
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=10000)
    dialog = window.flow.dialog
    assert isinstance(dialog, ProblemDialog)
    assert dialog.retry_button is not None
    assert "not known" in dialog.saved.text()
    assert line(window, "mobilePhone").text() == PHONE_TYPED
    emulator.faults.clear()
    qtbot.waitUntil(lambda: emulator.count("mobilePhone", PHONE) == 1)  # a slow create lands
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert emulator.count("mobilePhone", PHONE) == 1


def test_engage_504_twice_says_nothing_was_saved(qtbot: QtBot, window: MainWindow,
                                                 emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504, times=0))
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, ProblemDialog)
    assert dialog.saved.text() == "Nothing was saved."
    assert dialog.retry_button is not None
    emulator.faults.clear()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert emulator.count("mobilePhone", PHONE) == 1


def test_api_key_rejected_has_no_retry(qtbot: QtBot, window: MainWindow,
                                       emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=401))
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, ProblemDialog)
    assert dialog.retry_button is None
    assert "IT" in dialog.advice.text()
    dialog.reject()
    assert line(window, "mobilePhone").text() == PHONE_TYPED


def test_422_marks_the_field_with_engages_message(qtbot: QtBot, window: MainWindow,
                                                  emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=422))
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: not window.form.submit_button.isEnabled()
                    and not window.runner.busy, timeout=5000)
    assert window.flow.dialog is None
    assert window.form.rows["mobilePhone"].message.text().startswith("✕")
    assert line(window, "mobilePhone").text() == PHONE_TYPED
    qtbot.keyClicks(line(window, "mobilePhone"), "")  # editing clears Engage's mark
    line(window, "mobilePhone").textEdited.emit(line(window, "mobilePhone").text())
    assert window.form.submit_button.isEnabled()


def test_close_during_request_neither_hangs_nor_crashes(qtbot: QtBot, settings: Settings,
                                                        emulator: EmulatorServer) -> None:
    """Closing abandons the request: the worker thread has stopped when close() returns,
    though the client would wait 30 s for this answer and Engage never sends it."""
    waits = FaultWaits(emulator, hold=True)
    emulator.faults.add(Fault("latency", method="POST", delay=60.0, times=0))
    with patient_client(emulator.base_url) as client:
        window = shown_window(qtbot, settings, client, "en")
        type_and_enter(qtbot, PHONE_TYPED)
        assert window.runner.busy
        qtbot.waitUntil(lambda: waits.pending == 1)  # Engage holds the create
        window.close()
        assert not window.runner._thread.isRunning()
        assert not window.runner.busy
        assert waits.pending == 1  # no answer came: the close did not wait for one
        assert [r.method for r in emulator.requests] == ["POST"]  # nothing sent after it


def test_contact_type_switch_uses_its_key_and_sends_only_its_attributes(
        qtbot: QtBot, window: MainWindow) -> None:
    picker = window.findChild(QComboBox, "contactType")
    picker.setCurrentIndex(picker.findData("Contact"))
    pin = line(window, "socialSecurityNumber")
    assert focused() is pin
    qtbot.keyClicks(pin, "20000101-2384")
    assert window.form.rows["socialSecurityNumber"].field.result.ok
    request_fields = ("firstName", "lastName")
    for name in request_fields:
        qtbot.keyClicks(line(window, name), "Test")
    assert window.form.is_valid()
    body = window.form.build_request().body
    assert body["socialSecurityNumber"] == "200001012384"
    # "Contact" does not list birthDay: the date the number holds is not sent (it was).
    assert "birthDay" not in body


def test_a_personal_number_fills_in_the_date_of_birth_where_the_type_has_one(
        qtbot: QtBot, settings: Settings, client: EngageClient) -> None:
    member = ContactTypeSettings.model_validate({
        "id": "Member", "key": "socialSecurityNumber", "required": ["countryCode"],
        "optional": ["birthDay"]})
    window = shown_window(qtbot, settings.model_copy(update={"contact_types": (member,)}),
                          client, "en")
    qtbot.keyClicks(line(window, "socialSecurityNumber"), "20000101-2384")
    assert line(window, "birthDay").text() == "2000-01-01"
    assert window.form.build_request().body["birthDay"] == "2000-01-01"
    line(window, "birthDay").setFocus()
    qtbot.keyClicks(line(window, "socialSecurityNumber"), "5")  # no longer a number
    assert line(window, "birthDay").text() == ""  # the date it filled in goes with it
    window.close()


def test_country_picker_is_searchable_and_changes_phone_region(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    picker = window.form.rows["countryCode"].editor
    picker.setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "finl")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert picker.code() == "FI"
    phone = line(window, "mobilePhone")
    phone.setText("040 123 4567")
    phone.textEdited.emit(phone.text())
    assert window.form.rows["mobilePhone"].field.value == "+358401234567"


def test_demo_marker_is_visible_in_demo_mode(window: MainWindow) -> None:
    assert window.settings.demo
    assert window.demo_badge.isVisible()
    assert "DEMO" in window.windowTitle()


@pytest.mark.parametrize("size", [(800, 600), (1366, 768)])
def test_form_fits_a_till_screen_without_clipping(window: MainWindow,
                                                  size: tuple[int, int]) -> None:
    """At 800×600 and 1366×768 the form needs no more width than the window has."""
    window.resize(*size)
    QApplication.processEvents()
    assert window.form.minimumSizeHint().width() <= size[0]
    assert window.form.submit_button.width() >= window.form.submit_button.sizeHint().width()
    assert not window.grab().isNull()


def test_422_without_field_names_explains_in_a_dialog(qtbot: QtBot, window: MainWindow,
                                                      emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=422, shape="text"))
    type_and_enter(qtbot, PHONE_TYPED)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=5000)
    dialog = window.flow.dialog
    assert isinstance(dialog, ProblemDialog)
    assert dialog.retry_button is None
    assert "did not say which field" in dialog.happened.text()
    assert line(window, "mobilePhone").text() == PHONE_TYPED


def test_validation_errors_reach_screen_readers(qtbot: QtBot, window: MainWindow) -> None:
    phone = line(window, "mobilePhone")
    qtbot.keyClicks(phone, "08-123")  # a Stockholm landline prefix: not a mobile
    message = window.form.rows["mobilePhone"].message.text()
    assert message.startswith("✕")
    assert phone.accessibleDescription() == message.removeprefix("✕").strip()
    phone.setText("")
    qtbot.keyClicks(phone, PHONE_TYPED)
    assert "✕" not in phone.accessibleDescription()
