"""The outbox in the real till: a signup Engage cannot take now is kept, counted in the
header and sent when Engage answers; one Engage refuses waits for staff on the waiting
list and opens on the form; closing never loses a signup."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from posapp.config import DEMO_API_KEY, Settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.budgets import Budgets
from posapp.engage.client import EngageClient
from posapp.engage.retry import RetryPolicy
from posapp.outbox.backoff import Backoff
from posapp.outbox.sealing import new_key
from posapp.outbox.store import OutboxStore
from posapp.ui.app import create_application
from posapp.ui.main_window import MainWindow
from posapp.ui.outbox_link import OutboxLink

PHONE_TYPED = "070-174 06 05"
PHONE = "+46701740605"
QUICK = Backoff(first=0.05, minimum=0.01, cap=0.2, rate_limit_spread=0.05,
                rate_limit_spread_cap=0.1)


def one_attempt(base_url: str) -> EngageClient:
    return EngageClient(base_url, DEMO_API_KEY, budgets=Budgets(
        connect_seconds=0.5, create_read_seconds=1.0, lookup_read_seconds=1.0,
        create_total_seconds=2.0, lookup_total_seconds=2.0,
        create_retry=RetryPolicy(attempts=1), lookup_retry=RetryPolicy(attempts=1)))


@pytest.fixture
def outbox_key() -> bytes:
    return new_key()


@pytest.fixture
def unopened_outbox(settings: Settings, emulator: EmulatorServer, tmp_path: Path,
                    outbox_key: bytes) -> Iterator[OutboxLink]:
    """The till's outbox before the first paint's load has opened it."""
    store = OutboxStore(tmp_path / "outbox.sqlite3", key=outbox_key)
    link = OutboxLink(settings, lambda: one_attempt(emulator.base_url), store=store,
                      backoff=QUICK)
    yield link
    link.shutdown()


@pytest.fixture
def outbox(unopened_outbox: OutboxLink) -> OutboxLink:
    unopened_outbox.open()
    return unopened_outbox


def shown_till(qtbot: QtBot, settings: Settings, client: EngageClient,
               outbox: OutboxLink) -> MainWindow:
    create_application("en")
    window = MainWindow(settings, client, outbox=outbox, ask_before_closing=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def till(qtbot: QtBot, settings: Settings, client: EngageClient,
         outbox: OutboxLink) -> Iterator[MainWindow]:
    window = shown_till(qtbot, settings, client, outbox)
    yield window
    close_for_good(qtbot, window)


def close_for_good(qtbot: QtBot, window: MainWindow) -> None:
    """Close as the cashier would, answering Discard if asked: a test ending with typing on
    the form must not leave the window open (its question ignores qtbot's close) and its
    worker running when the window is deleted, which Qt ends with an abort."""
    if window.isVisible():
        window.close()
    if window.close_question is not None:
        window.close_question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def type_and_save(qtbot: QtBot, window: MainWindow, phone: str = PHONE_TYPED) -> None:
    key = window.form.key_editor()
    assert isinstance(key, QLineEdit)
    qtbot.keyClicks(key, phone)
    qtbot.keyClick(key, Qt.Key.Key_Return)


def test_engage_down_keeps_the_signup_and_sends_it_when_engage_answers(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer,
        outbox: OutboxLink) -> None:
    down = emulator.faults.add(Fault("status", method="POST", status=503, times=0))
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=10_000)
    assert till.confirmation.title.text() == "Saved on this till"
    qtbot.waitUntil(lambda: till.waiting_button.isVisible(), timeout=5000)
    assert till.waiting_button.text() == "1 waiting"
    assert emulator.count("mobilePhone", PHONE) == 0
    emulator.faults.clear()
    del down
    assert outbox.outbox_sender is not None
    outbox.outbox_sender.wake()  # as when the network comes back
    qtbot.waitUntil(lambda: emulator.count("mobilePhone", PHONE) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not till.waiting_button.isVisible(), timeout=5000)
    assert outbox.store is not None and outbox.store.counts().waiting == 0
    # The next customer straight away, on the confirmation's New signup.
    qtbot.keyClick(till.confirmation.new_button, Qt.Key.Key_Space)
    assert till.form.is_pristine()


def test_a_refused_signup_waits_for_staff_and_opens_on_the_form(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer,
        outbox: OutboxLink) -> None:
    emulator.faults.add(Fault("status", method="POST", status=503, times=1))
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=10_000)
    # Then Engage refuses the e-mail it is sent with: a person must correct it.
    store = outbox.store
    assert store is not None
    emulator.faults.add(Fault("status", method="POST", status=422, times=1))
    assert outbox.outbox_sender is not None
    outbox.outbox_sender.wake()
    qtbot.waitUntil(lambda: store.counts().needs_person == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "for staff" in till.waiting_button.text(), timeout=5000)
    qtbot.mouseClick(till.waiting_button, Qt.MouseButton.LeftButton)
    assert till.showing_waiting
    page = till.waiting_page
    assert page.list.count() == 1
    assert PHONE not in page.list.item(0).text()  # masked
    assert "+46" in page.list.item(0).text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert not till.showing_waiting
    phone = till.form.rows["mobilePhone"]
    assert phone.field.value == PHONE
    assert phone.message.text() == "✕ is not valid"  # what Engage said, on the field
    assert store.counts().waiting == 0  # taken back: the form holds it now
    till.form.submit()
    assert till.runner.busy is False  # not sent until the refused field is corrected
    phone.editor.setFocus()
    qtbot.keyClick(phone.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(phone.editor, "070-174 06 06")
    qtbot.keyClick(phone.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: emulator.count("mobilePhone", "+46701740606") == 1,
                    timeout=10_000)


def test_closing_over_unsaved_typing_asks(qtbot: QtBot, till: MainWindow) -> None:
    key = till.form.key_editor()
    assert isinstance(key, QLineEdit)
    qtbot.keyClicks(key, "070")
    till.close()
    question = till.close_question
    assert question is not None and question.isVisible()
    assert till.isVisible()  # nothing lost yet
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert till.isVisible() and key.text() == "070"
    till.close()
    assert till.close_question is not None
    till.close_question.button(QMessageBox.StandardButton.Discard).click()
    assert not till.isVisible()


def test_closing_during_a_save_leaves_it_to_the_outbox(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer, outbox: OutboxLink,
        tmp_path: Path, outbox_key: bytes) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=30.0))
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: bool(emulator.requests), timeout=5000)
    store = outbox.store
    assert store is not None and store.counts().waiting == 1  # on disk before the POST
    till.close()  # waits a moment, then leaves it to the outbox
    assert till.close_question is None  # a save in flight is no unsaved typing
    qtbot.waitUntil(lambda: not till.isVisible(), timeout=10_000)
    assert outbox.store is None  # closed with the window
    with OutboxStore(tmp_path / "outbox.sqlite3", key=outbox_key) as reopened:
        (entry,) = reopened.list_waiting()  # as after a restart: sent, looked up first
    assert entry.signup.key_value == PHONE and entry.state == "attempted"


def test_the_outbox_keeps_no_personal_data_in_clear(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer, outbox: OutboxLink,
        tmp_path: Path) -> None:
    emulator.faults.add(Fault("status", method="POST", status=503, times=0))
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=10_000)
    assert outbox.store is not None and outbox.store.counts().waiting == 1
    for path in tmp_path.iterdir():
        data = path.read_bytes()
        for clear in (PHONE, "701740605", json.dumps(PHONE)):
            assert clear.encode() not in data, path.name


def test_discarding_a_waiting_signup_asks_first(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer,
        outbox: OutboxLink) -> None:
    store = outbox.store
    assert store is not None
    emulator.faults.add(Fault("status", method="POST", status=503, times=1))  # first
    emulator.faults.add(Fault("status", method="POST", status=422, times=0))  # then
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=10_000)
    assert outbox.outbox_sender is not None
    outbox.outbox_sender.wake()  # refused: it waits for staff
    qtbot.waitUntil(lambda: store.counts().needs_person == 1, timeout=10_000)
    till.show_waiting()
    page = till.waiting_page
    assert "Engage did not accept" in page.list.item(0).text()
    page.discard_button.click()
    question = page.confirm_discard
    assert question is not None
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert store.counts().needs_person == 1  # kept
    page.discard_button.click()
    assert page.confirm_discard is not None
    page.confirm_discard.button(QMessageBox.StandardButton.Discard).click()
    assert store.counts().waiting == 0
    assert page.list.count() == 0 and page.empty.isVisibleTo(page)


def test_back_from_find_member_after_a_save_is_a_new_signup(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer) -> None:
    """After a saved signup, the form the cashier comes back to is the next customer's:
    the saved details are not shown again, and typing there is unsaved typing."""
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=10_000)
    till.show_find_member()
    till.show_signup()
    assert till.form.is_pristine()
    key = till.form.key_editor()
    assert isinstance(key, QLineEdit)
    qtbot.keyClicks(key, "070")
    assert till.has_unsaved_typing()  # closing now would ask


def test_a_saved_signup_leaves_the_outbox_after_the_confirmation_is_shown(
        qtbot: QtBot, till: MainWindow, emulator: EmulatorServer, outbox: OutboxLink,
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = outbox.store
    assert store is not None
    seen: list[tuple[bool, int]] = []
    confirm = store.confirm

    def watched_confirm(entry_id: int) -> bool:
        seen.append((till.showing_confirmation, emulator.count("mobilePhone", PHONE)))
        return confirm(entry_id)

    monkeypatch.setattr(store, "confirm", watched_confirm)
    counted: list[int] = []
    outbox.status_changed.connect(lambda status: counted.append(status.waiting))
    type_and_save(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=10_000)
    assert till.confirmation.title.text() != "Saved on this till"
    qtbot.waitUntil(lambda: store.counts().waiting == 0, timeout=5000)
    # Deleted once the cashier saw the answer; meanwhile the header counted nothing.
    assert seen == [(True, 1)]
    assert not till.waiting_button.isVisible() and not any(counted), counted


def test_a_save_before_the_outbox_opened_is_kept_all_the_same(
        qtbot: QtBot, settings: Settings, client: EngageClient, emulator: EmulatorServer,
        unopened_outbox: OutboxLink) -> None:
    """The outbox opens after the first paint; a scanner typing while the till starts (or
    a loaded machine painting late) can press Save before that. The signup is kept first
    all the same, never sent without its net."""
    link = unopened_outbox
    window = shown_till(qtbot, settings, client, link)
    try:
        emulator.faults.add(Fault("status", method="POST", status=503, times=0))
        assert link.store is None
        type_and_save(qtbot, window)
        qtbot.waitUntil(lambda: window.showing_confirmation, timeout=10_000)
        assert window.confirmation.title.text() == "Saved on this till"
        assert link.store is not None and link.store.counts().waiting == 1
    finally:
        close_for_good(qtbot, window)
