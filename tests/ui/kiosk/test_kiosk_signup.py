"""A customer signs up at the kiosk: real widgets, real HTTP to the emulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.emulator import EmulatorServer, Fault
from posapp.outbox.sealing import new_key
from posapp.outbox.store import OutboxStore
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.outcome_page import Outcome
from posapp.ui.outbox_link import OutboxLink
from tests.conftest import patient_client
from tests.fault_waits import FaultWaits
from tests.ui.kiosk.conftest import EMAIL, PHONE, MakeKiosk, field, fill_in, tap, type_into


def posts(emulator: EmulatorServer) -> list:
    return [r for r in emulator.requests if r.method == "POST"]


def screen_texts(kiosk: KioskWindow) -> str:
    """Every text a customer can see on the kiosk now."""
    texts = [w.text() for w in kiosk.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in kiosk.findChildren(QPushButton) if w.isVisible()]
    return "\n".join(texts)


def test_signup_thanks_the_customer_and_resets_itself(qtbot: QtBot, kiosk: KioskWindow,
                                                      emulator: EmulatorServer) -> None:
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.consents["acceptsSms"])
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    (request,) = posts(emulator)
    assert request.query == {"source": "KIOSK", "storeExternalId": "600",
                             "createAsUnapproved": "true"}
    body = json.loads(request.body)
    assert body["mobilePhone"] == PHONE and body["email"] == EMAIL
    assert body["firstName"] == "Anna" and body["countryCode"] == "SE"
    assert body["preferences"] == {"acceptsEmail": False, "acceptsSms": True}
    assert "e-mail" in kiosk.outcome.body.text()  # confirm by the link in the e-mail
    assert field(kiosk, "mobilePhone").text() == ""  # nothing kept behind the page
    # The page counts down by itself (8 "seconds" of 10 ms) and the kiosk is clean again.
    qtbot.waitUntil(lambda: kiosk.showing_outcome is None, timeout=2000)
    assert kiosk.is_pristine()
    assert QApplication.focusWidget() is field(kiosk, "mobilePhone")
    assert emulator.count("mobilePhone", PHONE) == 1


def test_done_resets_at_once(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(tick_ms=60_000)  # the countdown would take hours
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    assert kiosk.outcome.remaining == 8
    qtbot.keyClick(kiosk.outcome.done_button, Qt.Key.Key_Space)
    assert kiosk.showing_outcome is None and kiosk.is_pristine()


def test_a_member_already_is_thanked_as_a_new_one_and_nothing_is_looked_up(
        qtbot: QtBot, make_kiosk: MakeKiosk, emulator: EmulatorServer) -> None:
    """Nobody can test at the kiosk whether a number belongs to a member: the page after
    a 409 is the new member's, word for word, and no look-up follows the 409."""
    kiosk = make_kiosk(tick_ms=60_000)
    fill_in(qtbot, kiosk, phone="0701740606", email="new@example.com")
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    new_member = (kiosk.outcome.title.text(), kiosk.outcome.body.text(), screen_texts(kiosk))
    kiosk.reset("next customer")
    emulator.clear_requests()
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Britt",
                   "lastName": "Ekström", "email": "britt@example.com"})
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    shown = screen_texts(kiosk)
    assert (kiosk.outcome.title.text(), kiosk.outcome.body.text(), shown) == new_member
    for stored in ("Britt", "Ekström", "britt@", "0605", "174", "already"):
        assert stored not in shown
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    # Nothing about the member is asked after the 409, nor read: the e-mail was looked up
    # before the create (one member per person), then the create was refused.
    assert [(r.method, r.path.split("?")[0]) for r in emulator.requests] == [
        ("GET", "/api/v3/contacts/id"), ("POST", "/api/v3/contacts")]
    assert field(kiosk, "mobilePhone").text() == ""
    assert emulator.count("mobilePhone", PHONE) == 1
    kiosk.outcome.done_button.click()
    assert kiosk.showing_outcome is None


def test_timeouts_are_retried_by_the_kiosk_without_a_duplicate(
        qtbot: QtBot, kiosk: KioskWindow, emulator: EmulatorServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Both of the client's own attempts get no answer in time (1 s); the first one lands
    # 1.5 s after it was sent, after the client has given up. The kiosk tries once more:
    # the client looks the key up first, finds the contact, and does not post again.
    said: list[tuple[str, bool]] = []  # each status line, and whether Join could be pressed
    show_status = kiosk.form.set_status

    def recorded(text: str) -> None:
        said.append((text, kiosk.form.join_button.isEnabled()))
        show_status(text)

    # Recorded, not polled for: the line shows only for the kiosk's 50 ms pause.
    monkeypatch.setattr(kiosk.form, "set_status", recorded)
    emulator.faults.add(Fault("latency", method="POST", delay=1.5, times=2))
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=10000)
    calm = [(text, enabled) for text, enabled in said if text]
    assert calm  # calm, while it retries, with Join not to be pressed again
    assert all("moment" in text and not enabled for text, enabled in calm), calm
    assert len(posts(emulator)) == 2  # the client's two attempts; the kiosk posts no third
    # The kiosk's own try begins with a look-up (the e-mail, then the key), which finds
    # the contact the first attempt stored: the customer is thanked, nothing posted again.
    assert emulator.requests[-1].method == "GET"
    assert emulator.requests[-1].path.startswith("/api/v3/contacts")
    assert emulator.count("mobilePhone", PHONE) == 1


def test_lasting_trouble_ends_in_a_calm_note_and_a_reset(
        qtbot: QtBot, kiosk: KioskWindow, emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504, times=0))
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.PROBLEM, timeout=10000)
    shown = screen_texts(kiosk)
    for technical in ("504", "HTTP", "Engage", "RequestTimeOut", "Error"):
        assert technical not in shown
    assert "couldn't finish" in kiosk.outcome.title.text()
    assert "staff" in kiosk.outcome.body.text()
    assert not kiosk.outcome.retry_button.isHidden()
    # 2 attempts by the client, then 2 more after the kiosk's own retry.
    assert len(posts(emulator)) == 4
    qtbot.waitUntil(lambda: kiosk.showing_outcome is None, timeout=2000)
    assert kiosk.is_pristine()


def test_try_again_goes_back_to_the_form_as_it_was(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                   emulator: EmulatorServer) -> None:
    kiosk = make_kiosk(tick_ms=60_000)
    emulator.faults.add(Fault("status", method="POST", status=504, times=4))
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.PROBLEM, timeout=10000)
    tap(qtbot, kiosk.outcome.retry_button)
    assert kiosk.showing_outcome is None
    assert field(kiosk, "email").text() == EMAIL
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    assert emulator.count("mobilePhone", PHONE) == 1


def test_a_refused_api_key_asks_for_staff_without_retry(
        qtbot: QtBot, kiosk: KioskWindow, emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=401))
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.PROBLEM, timeout=5000)
    assert kiosk.outcome.retry_button.isHidden()
    assert "staff" in kiosk.outcome.body.text()
    assert "401" not in screen_texts(kiosk) and "API" not in screen_texts(kiosk)
    assert len(posts(emulator)) == 1


def test_a_refused_field_is_marked_in_customer_words(qtbot: QtBot, kiosk: KioskWindow,
                                                     emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("status", method="POST", status=422))
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    row = kiosk.form.rows["mobilePhone"]
    qtbot.waitUntil(lambda: row.message.text() == "✕ Please check this", timeout=5000)
    assert kiosk.showing_outcome is None
    assert QApplication.focusWidget() is row.editor
    assert "is not valid" not in screen_texts(kiosk)


def test_join_on_an_incomplete_form_shows_what_is_missing(
        qtbot: QtBot, kiosk: KioskWindow, emulator: EmulatorServer) -> None:
    phone_message = kiosk.form.rows["mobilePhone"].message
    assert phone_message.text() == ""  # no "Required" shouting before anyone typed
    type_into(qtbot, field(kiosk, "firstName"), "Anna")
    qtbot.keyClick(field(kiosk, "firstName"), Qt.Key.Key_Return)  # Return: the next field
    assert QApplication.focusWidget() is field(kiosk, "lastName")
    tap(qtbot, kiosk.form.join_button)
    assert phone_message.text() == "✕ Please fill this in"
    assert kiosk.form.rows["email"].message.text() == "✕ Please fill this in"
    assert QApplication.focusWidget() is field(kiosk, "mobilePhone")
    assert not kiosk.runner.busy  # a create would be on its way (at Engage a moment later)
    assert posts(emulator) == []


def test_double_tap_on_join_sends_one_signup(qtbot: QtBot, kiosk: KioskWindow,
                                             emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=0.3))
    fill_in(qtbot, kiosk)
    tap(qtbot, kiosk.form.join_button)
    tap(qtbot, kiosk.form.join_button)
    qtbot.keyClick(field(kiosk, "email"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    assert len(posts(emulator)) == 1


def test_a_request_that_hangs_is_abandoned_not_waited_for(
        qtbot: QtBot, make_kiosk: MakeKiosk, emulator: EmulatorServer) -> None:
    """The kiosk's own deadline (0.3 s here) ends each attempt, however long the client
    would wait (30 s): the screen moves on to a calm note while Engage still holds
    every create it was sent."""
    waits = FaultWaits(emulator, hold=True)  # Engage never answers a create
    emulator.faults.add(Fault("latency", method="POST", delay=60.0, times=0))
    with patient_client(emulator.base_url) as client:
        kiosk = make_kiosk(engage=client, request_deadline_ms=300)
        fill_in(qtbot, kiosk)
        tap(qtbot, kiosk.form.join_button)
        qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.PROBLEM, timeout=10_000)
        assert not kiosk.runner.busy
        assert not kiosk.outcome.retry_button.isHidden()
        sent = len(posts(emulator))  # the first attempt and the kiosk's own one more
        assert sent >= 1 and waits.pending == sent and waits.ended == []


def test_a_member_known_by_e_mail_is_not_created_again_at_the_kiosk(
        qtbot: QtBot, make_kiosk: MakeKiosk, emulator: EmulatorServer) -> None:
    """One member per person: the e-mail is looked up before the create; a member found
    gets the same thanks as anyone, and no second contact is made under a new phone."""
    kiosk = make_kiosk(tick_ms=60_000)
    emulator.seed({"mobilePhone": "+46701740699", "email": EMAIL, "countryCode": "SE"})
    fill_in(qtbot, kiosk)  # a new phone, the member's e-mail
    tap(qtbot, kiosk.form.join_button)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    assert posts(emulator) == []
    assert emulator.count("mobilePhone", PHONE) == 0 and emulator.count("email", EMAIL) == 1


def test_engage_down_keeps_the_signup_also_before_the_outbox_opened(
        qtbot: QtBot, make_kiosk: MakeKiosk, emulator: EmulatorServer,
        kiosk_settings: Settings, tmp_path: Path) -> None:
    """Engage down: the customer is thanked and the kiosk's outbox sends the signup later,
    also when Join comes before the first paint's load opened the outbox."""
    store = OutboxStore(tmp_path / "kiosk.sqlite3", key=new_key())
    link = OutboxLink(kiosk_settings, lambda: patient_client(emulator.base_url), store=store)
    try:
        kiosk = make_kiosk(tick_ms=60_000, outbox=link)
        emulator.faults.add(Fault("status", method="POST", status=503, times=0))
        assert link.store is None  # not opened yet
        fill_in(qtbot, kiosk)
        tap(qtbot, kiosk.form.join_button)
        qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=10_000)
        assert "shortly" in kiosk.outcome.body.text()
        assert link.store is store and store.counts().waiting == 1
        assert emulator.count("mobilePhone", PHONE) == 0
    finally:
        link.shutdown()
