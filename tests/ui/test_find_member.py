"""Find a member and correct their countryCode: the real page against the emulator."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.main_window import MainWindow
from tests.ui.conftest import focused, shown_window

PHONE = "+46701740605"


def patches(emulator: EmulatorServer) -> list:
    return [r for r in emulator.requests if r.method == "PATCH"]


def open_and_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.showing_find_member
    search = focused()
    assert isinstance(search, QLineEdit) and search.objectName() == "mobilePhone"
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)


def test_keyboard_only_country_correction_patches_only_the_country(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Aino",
                                "lastName": "Virtanen", "lang": "sv"})
    open_and_search(qtbot, window, "070-174 06 05")
    page = window.find_page
    qtbot.waitUntil(lambda: page.contact is not None, timeout=5000)
    assert page.member_name.text() == "Aino Virtanen"
    assert PHONE not in page.member_facts.text()  # masked
    picker = page.country_picker
    assert focused() is picker.lineEdit() or focused() is picker
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "finland")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert picker.code() == "FI"
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in page.save_status.text(), timeout=5000)
    (patch,) = patches(emulator)
    assert patch.path == f"/api/v3/contacts/{contact_id}"
    assert json.loads(patch.body) == {"countryCode": "FI"}
    assert page.contact is not None and page.contact.attribute("countryCode") == "FI"
    assert page.contact.attribute("firstName") == "Aino"


def test_not_found_offers_sign_up_prefilled(qtbot: QtBot, window: MainWindow) -> None:
    open_and_search(qtbot, window, "070-174 06 99")
    page = window.find_page
    qtbot.waitUntil(lambda: page.sign_up_button.isVisible(), timeout=5000)
    # What was searched, in the cashier's words (not "this key").
    assert page.outcome.text() == "No member found with mobile phone 070-174 06 99."
    # One primary action: Sign up instead, not Search beside it.
    assert page.sign_up_button.property("role") == "primary"
    assert page.search_button.property("role") != "primary"
    page.sign_up_button.click()
    assert not window.showing_find_member
    phone = window.form.findChild(QLineEdit, "mobilePhone")
    assert phone.text() == "070-174 06 99" or phone.text().replace(" ", "") == "070-1740699"
    assert window.form.rows["mobilePhone"].field.value == "+46701740699"


def test_multiple_matches_shows_a_count_and_no_data(qtbot: QtBot, window: MainWindow,
                                                    emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": PHONE, "firstName": "One"}, allow_duplicate=True)
    emulator.seed({"mobilePhone": PHONE, "firstName": "Two"}, contact_type="Contact",
                  allow_duplicate=True)
    open_and_search(qtbot, window, "070-174 06 05")
    page = window.find_page
    qtbot.waitUntil(lambda: "members have" in page.outcome.text(), timeout=5000)
    assert page.outcome.text().startswith("2 members have mobile phone 070-174 06 05.")
    assert "key" not in page.outcome.text()
    assert not page.member_box.isVisible()
    assert "One" not in page.outcome.text() and "Two" not in page.outcome.text()


def test_timed_out_patch_offers_a_safe_retry(qtbot: QtBot, window: MainWindow,
                                             emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    open_and_search(qtbot, window, "070-174 06 05")
    page = window.find_page
    qtbot.waitUntil(lambda: page.contact is not None, timeout=5000)
    emulator.faults.add(Fault("status", method="PATCH", status=503, times=0))
    page.country_picker.set_code("NO")
    page.save()
    qtbot.waitUntil(lambda: isinstance(window.find_flow.dialog, ProblemDialog), timeout=8000)
    dialog = window.find_flow.dialog
    assert isinstance(dialog, ProblemDialog) and dialog.retry_button is not None
    assert "safe" in dialog.advice.text()
    emulator.faults.clear()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.save_status.text(), timeout=5000)
    assert page.contact is not None and page.contact.attribute("countryCode") == "NO"


def test_already_member_dialog_opens_the_member(qtbot: QtBot, window: MainWindow,
                                                emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Britt"})
    phone = focused()
    qtbot.keyClicks(phone, "070-174 06 05")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flow.dialog, AlreadyMemberDialog), timeout=5000)
    window.flow.dialog.open_button.click()
    qtbot.waitUntil(lambda: window.find_page.contact is not None, timeout=5000)
    assert window.showing_find_member
    assert window.find_page.member_name.text() == "Britt"


def test_save_without_changes_sends_nothing(qtbot: QtBot, window: MainWindow,
                                            emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    open_and_search(qtbot, window, "070-174 06 05")
    qtbot.waitUntil(lambda: window.find_page.contact is not None, timeout=5000)
    assert not window.find_page.save_button.isEnabled()
    window.find_page.save()
    # A save would be on its way now (the runner busy at once), reaching Engage a moment
    # later: the emulator alone, asked at once, could not tell.
    assert not window.runner.busy
    assert patches(emulator) == []


def test_languages_are_offered_by_their_own_names(window: MainWindow) -> None:
    picker = window.find_page.lang_picker
    offered = [picker.itemText(index) for index in range(1, picker.count())]
    assert offered == ["Svenska (sv)", "Suomi (fi)", "Norsk bokmål (nb)", "Dansk (da)",
                       "English (en)"]


def test_withdrawing_an_offer_is_a_one_field_patch(qtbot: QtBot, window: MainWindow,
                                                   emulator: EmulatorServer) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE",
                                "preferences": {"acceptsEmail": True, "acceptsSms": True}})
    open_and_search(qtbot, window, "070-174 06 05")
    page = window.find_page
    qtbot.waitUntil(lambda: page.contact is not None, timeout=5000)
    email_offers = page.preference_boxes["acceptsEmail"]
    assert email_offers.isChecked() and page.preference_boxes["acceptsSms"].isChecked()
    assert not page.preference_boxes["acceptsPostal"].isVisible()  # not Member's
    assert not page.save_button.isEnabled()
    email_offers.setFocus()
    qtbot.keyClick(email_offers, Qt.Key.Key_Space)  # withdrawn as easily as given
    assert page.save_button.isEnabled()
    qtbot.keyClick(email_offers, Qt.Key.Key_Return)  # Enter in the member's fields saves
    qtbot.waitUntil(lambda: "Saved" in page.save_status.text(), timeout=5000)
    (patch,) = patches(emulator)
    assert patch.path == f"/api/v3/contacts/{contact_id}"
    assert json.loads(patch.body) == {"preferences": {"acceptsEmail": False}}
    stored = next(c for c in emulator.contacts() if c["id"] == contact_id)
    assert stored["preferences"] == {"acceptsEmail": False, "acceptsSms": True}
    assert not page.preference_boxes["acceptsEmail"].isChecked()


def test_a_consent_is_withdrawn_with_its_moment_and_source(
        qtbot: QtBot, settings: Settings, client: EngageClient,
        emulator: EmulatorServer) -> None:
    from tests.ui.test_consents import with_consents

    window = shown_window(qtbot, with_consents(settings), client, "en")
    contact_id = emulator.seed({
        "mobilePhone": PHONE, "countryCode": "SE",
        "consents": [{"id": "memberTerms", "value": True,
                      "date": "2025-01-01T10:00:00+01:00", "source": "POS"}]})
    open_and_search(qtbot, window, "070-174 06 05")
    page = window.find_page
    qtbot.waitUntil(lambda: page.contact is not None, timeout=5000)
    terms, profiling = page.consent_boxes["memberTerms"], page.consent_boxes["profiling"]
    assert terms.box.isChecked() and not profiling.box.isChecked()
    qtbot.mouseClick(terms.box, Qt.MouseButton.LeftButton)  # withdrawn
    page.save()
    qtbot.waitUntil(lambda: "Saved" in page.save_status.text(), timeout=5000)
    (patch,) = patches(emulator)
    (consent,) = json.loads(patch.body)["consents"]
    assert (consent["id"], consent["value"], consent["source"]) == ("memberTerms", False, "POS")
    assert datetime.fromisoformat(consent["date"]).date() == datetime.now().date()
    stored = next(c for c in emulator.contacts() if c["id"] == contact_id)
    assert stored["consents"][0]["value"] is False
    window.close()
