"""The kiosk with a physical keyboard alone (a customer who cannot use the touch screen).

Keys go where a real keyboard sends them (``tests.keyboard``); nothing is tapped, focused
or filled in from code.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from posapp.emulator import EmulatorServer, Fault
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.outcome_page import Outcome
from tests.keyboard import focus, key, owner, tab_chain, type_text
from tests.ui.kiosk.conftest import EMAIL, PHONE, MakeKiosk


def test_tab_reaches_every_field_box_language_and_join(qtbot: QtBot,
                                                       kiosk: KioskWindow) -> None:
    assert owner() == "mobilePhone"
    chain = tab_chain(qtbot)
    assert len(chain) == len(set(chain))
    for name in ("mobilePhone", "firstName", "lastName", "email", "acceptsEmail",
                 "acceptsSms", "join"):
        assert name in chain, name
    # The languages are one stop, like a group of radio buttons; the arrow keys move on.
    assert len([name for name in chain if name.startswith("language_")]) == 1
    assert not any(name.startswith(("key_", "onscreen")) for name in chain)  # the touch keys


def test_sign_up_and_finish_by_keyboard(qtbot: QtBot, make_kiosk: MakeKiosk,
                                        emulator: EmulatorServer) -> None:
    kiosk = make_kiosk(tick_ms=60_000)  # nothing counts down by itself
    type_text(qtbot, "0701740605")
    key(qtbot, Qt.Key.Key_Return)  # Enter moves on to the next field
    assert owner() == "firstName"
    type_text(qtbot, "Anna")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # no last name
    assert owner() == "email"
    type_text(qtbot, EMAIL)
    key(qtbot, Qt.Key.Key_Tab)
    assert owner() == "acceptsEmail"
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert owner() == "join"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    body = json.loads(next(r for r in emulator.requests if r.method == "POST").body)
    assert body["mobilePhone"] == PHONE and body["email"] == EMAIL
    assert body["preferences"] == {"acceptsEmail": True, "acceptsSms": False}
    assert owner() == "done"
    key(qtbot, Qt.Key.Key_Space)
    assert kiosk.showing_outcome is None and kiosk.is_pristine()
    assert owner() == "mobilePhone"


def test_join_on_an_incomplete_form_goes_to_what_is_missing(qtbot: QtBot,
                                                             kiosk: KioskWindow) -> None:
    for _ in range(6):  # Tab down to Join without typing anything
        if owner() == "join":
            break
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)
    assert owner() == "mobilePhone"
    assert kiosk.form.rows["mobilePhone"].message.text().startswith("✕")


def test_a_language_by_keyboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    for _ in range(10):
        if owner().startswith("language_"):
            break
        key(qtbot, Qt.Key.Key_Tab)
    for _ in range(5):
        if owner() == "language_fi":
            break
        key(qtbot, Qt.Key.Key_Right)
    assert owner() == "language_fi"
    key(qtbot, Qt.Key.Key_Space)
    assert QLocale().language() == QLocale.Language.Finnish
    assert kiosk.language_bar.current() == "fi"
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() != "Join")  # retranslated


def test_the_idle_warning_by_keyboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    type_text(qtbot, "070")
    kiosk.warning.start(20)  # as after the idle time
    assert owner() == "stillHere"
    assert set(tab_chain(qtbot)) == {"stillHere", "clearNow"}  # Tab stays in the card
    key(qtbot, Qt.Key.Key_Escape)  # no way around the question
    assert kiosk.warning.is_open
    key(qtbot, Qt.Key.Key_Space)
    assert not kiosk.warning.is_open
    assert owner() == "mobilePhone" and focus().text() == "070"
    kiosk.warning.start(20)
    key(qtbot, Qt.Key.Key_Tab)
    assert owner() == "clearNow"
    key(qtbot, Qt.Key.Key_Space)
    assert kiosk.is_pristine() and owner() == "mobilePhone"


def test_try_again_after_a_problem_by_keyboard(qtbot: QtBot, make_kiosk: MakeKiosk,
                                               emulator: EmulatorServer) -> None:
    kiosk = make_kiosk(tick_ms=60_000)
    emulator.faults.add(Fault("status", method="POST", status=504, times=4))
    type_text(qtbot, "0701740605")
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Anna")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, EMAIL)
    key(qtbot, Qt.Key.Key_Return)  # after the last field, Enter goes to Join
    assert owner() == "join"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.PROBLEM, timeout=10000)
    assert owner() == "tryAgain"
    assert set(tab_chain(qtbot)) >= {"tryAgain", "done"}
    key(qtbot, Qt.Key.Key_Space)
    assert kiosk.showing_outcome is None
    assert kiosk.form.rows["email"].raw_text() == EMAIL
    assert owner() == "mobilePhone"
