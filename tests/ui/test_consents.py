"""Consents on the real till: shown unticked in the UI language, the required one blocking
Save, sent with their moment and source (the kiosk: tests/ui/kiosk/test_kiosk_consents)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp.config import ConsentSettings, Settings
from posapp.emulator import EmulatorServer
from posapp.engage.client import EngageClient
from tests.ui.conftest import shown_window

CONSENTS = (
    ConsentSettings.model_validate({
        "id": "memberTerms", "required": True, "terms_version": "2026-01",
        "text": {"sv": "Jag godkänner medlemsvillkoren.", "en": "I accept the membership terms."},
        "terms": {"sv": "Medlemsvillkor\n\n1. Medlemskapet är gratis.",
                  "en": "Membership terms\n\n1. Membership is free."}}),
    ConsentSettings.model_validate({
        "id": "profiling",
        "text": {"en": "You may use my purchases to give me personal offers."}}),
)


def with_consents(settings: Settings) -> Settings:
    return settings.model_copy(update={"consents": CONSENTS})


def created(emulator: EmulatorServer) -> dict[str, Any]:
    (post,) = [r for r in emulator.requests if r.method == "POST"]
    body: dict[str, Any] = json.loads(post.body)
    return body


def test_the_till_cannot_save_without_the_required_consent(
        qtbot: QtBot, settings: Settings, client: EngageClient,
        emulator: EmulatorServer) -> None:
    window = shown_window(qtbot, with_consents(settings), client, "en")
    form = window.form
    terms = form.consent_boxes["memberTerms"]
    assert terms.text.text() == "I accept the membership terms. *"
    assert not terms.box.isChecked() and not form.consent_boxes["profiling"].box.isChecked()
    qtbot.keyClicks(form.key_editor(), "070-174 06 05")
    qtbot.keyClick(form.key_editor(), Qt.Key.Key_Return)
    assert not any(r.method == "POST" for r in emulator.requests)
    assert window.focusWidget() is terms.box  # the window's own focus: active or not
    assert terms.message.text().startswith("✕ The customer must agree")
    assert form.status_label.text() == "The customer must agree to the terms marked * to save."
    qtbot.keyClick(terms.box, Qt.Key.Key_Space)  # the customer says yes
    assert form.status_label.text() == "" and form.is_valid()
    assert terms.message.text() == ""
    ticked = datetime.now().astimezone()
    form.submit()
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    (consent,) = created(emulator)["consents"]  # the unanswered one is not sent
    assert consent["id"] == "memberTerms" and consent["value"] is True
    assert consent["source"] == "POS" and consent["comment"] == "terms version 2026-01"
    moment = datetime.fromisoformat(consent["date"])
    assert moment.utcoffset() == ticked.utcoffset()
    assert abs((moment - ticked).total_seconds()) < 60
    window.close()


def test_without_consents_configured_no_box_is_shown(
        qtbot: QtBot, settings: Settings, client: EngageClient) -> None:
    window = shown_window(qtbot, settings, client, "en")
    assert window.form.consent_boxes == {}
    window.close()
