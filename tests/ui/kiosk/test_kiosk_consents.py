"""Consents on the real kiosk: the required one blocking Join, the full terms on request in
the customer's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.emulator import EmulatorServer
from tests.ui.kiosk.conftest import MakeKiosk, fill_in, tap
from tests.ui.test_consents import created, with_consents


def test_the_kiosk_cannot_join_without_the_required_consent(
        qtbot: QtBot, make_kiosk: MakeKiosk, kiosk_settings: Settings,
        emulator: EmulatorServer) -> None:
    kiosk = make_kiosk(with_consents(kiosk_settings))
    form = kiosk.form
    fill_in(qtbot, kiosk)
    tap(qtbot, form.join_button)
    terms = form.consent_boxes["memberTerms"]
    assert terms.message.text() == "✕ Please tick this to join"
    assert QApplication.focusWidget() is terms.box
    assert not any(r.method == "POST" for r in emulator.requests)
    qtbot.mouseClick(terms.text, Qt.MouseButton.LeftButton)  # a tap on the words ticks it
    assert terms.box.isChecked()
    tap(qtbot, form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is not None, timeout=5000)
    body = created(emulator)
    assert [(c["id"], c["value"], c["source"]) for c in body["consents"]] == [
        ("memberTerms", True, "KIOSK")]


def test_the_kiosk_shows_the_full_terms_in_the_customers_language(
        qtbot: QtBot, make_kiosk: MakeKiosk, kiosk_settings: Settings) -> None:
    kiosk = make_kiosk(with_consents(kiosk_settings))
    tap(qtbot, kiosk.language_bar.buttons["sv"])
    assert kiosk.form.consent_boxes["memberTerms"].text.text() == (
        "Jag godkänner medlemsvillkoren.")
    assert "profiling" not in kiosk.form.terms_buttons  # no terms beyond its sentence
    tap(qtbot, kiosk.form.terms_buttons["memberTerms"])
    page = kiosk.terms_page
    assert page.is_open
    assert page.text.text().startswith("Medlemsvillkor")
    assert QApplication.focusWidget() is page.close_button
    tap(qtbot, page.close_button)
    assert not page.is_open
    assert QApplication.focusWidget() is kiosk.form.terms_buttons["memberTerms"]
    kiosk.reset("test")
    assert not page.is_open and kiosk.is_pristine()


def test_without_consents_joining_accepts_the_terms(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    assert kiosk.form.consent_boxes == {}
    assert "By tapping Join" in kiosk.form.terms.text()
