"""The on-screen keyboard fills the focused field with the keys that suit it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from posapp.emulator import EmulatorServer
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.onscreen_keyboard import KeyboardKind, layout_rows
from posapp.ui.kiosk.outcome_page import Outcome
from tests.ui.kiosk.conftest import PORTRAIT, MakeKiosk, field, tap


def press(qtbot: QtBot, kiosk: KioskWindow, *keys: str) -> None:
    for key in keys:
        tap(qtbot, kiosk.keyboard.button_for(key))


def key_texts(kiosk: KioskWindow) -> set[str]:
    return {button.text() for button in kiosk.keyboard.buttons()}


def test_digits_fill_the_phone_field_and_validate(qtbot: QtBot, kiosk: KioskWindow) -> None:
    assert kiosk.keyboard.kind is KeyboardKind.PHONE
    assert {"+", "0", "9"} <= key_texts(kiosk) and "a" not in key_texts(kiosk)
    press(qtbot, kiosk, *"0701740605")
    phone = field(kiosk, "mobilePhone")
    assert QApplication.focusWidget() is phone  # the keys never take the focus
    assert kiosk.form.rows["mobilePhone"].field.result.value == "+46701740605"
    press(qtbot, kiosk, "backspace")
    assert kiosk.form.rows["mobilePhone"].field.value is None
    assert phone.isUndoAvailable()  # typed like a physical keyboard, undo included


def test_next_moves_on_and_the_keys_follow_the_field(qtbot: QtBot,
                                                     kiosk: KioskWindow) -> None:
    press(qtbot, kiosk, "next")
    assert QApplication.focusWidget() is field(kiosk, "firstName")
    assert kiosk.keyboard.kind is KeyboardKind.NAME
    assert {"Q", "Å", "Ö", "Ä"} <= key_texts(kiosk)  # a name starts with a capital
    press(qtbot, kiosk, "a", "n", "n", "a", "space", "-")
    assert field(kiosk, "firstName").text() == "Anna -"
    press(qtbot, kiosk, "backspace", "backspace", "-", "l")
    assert field(kiosk, "firstName").text() == "Anna-L"  # capital after a hyphen
    press(qtbot, kiosk, "i", "s", "a")
    assert field(kiosk, "firstName").text() == "Anna-Lisa"
    press(qtbot, kiosk, "next", "next")
    assert QApplication.focusWidget() is field(kiosk, "email")
    assert kiosk.keyboard.kind is KeyboardKind.EMAIL
    press(qtbot, kiosk, "shift", "a", "n", "n", "a", "@", "e", "x", ".com")
    assert field(kiosk, "email").text() == "Anna@ex.com"
    assert kiosk.form.rows["email"].field.acceptable
    # The mandatory number is still empty: Next leads back to it, not to Join, and says so.
    press(qtbot, kiosk, "next")
    assert QApplication.focusWidget() is field(kiosk, "mobilePhone")
    assert kiosk.form.rows["mobilePhone"].message.text() == "✕ Please fill this in"
    assert kiosk.keyboard.kind is KeyboardKind.PHONE
    press(qtbot, kiosk, *"0701740605", "next", "next", "next", "next")
    assert QApplication.focusWidget() is kiosk.form.join_button


def test_tapping_a_field_switches_the_keys(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(field(kiosk, "email"), Qt.MouseButton.LeftButton)
    assert kiosk.keyboard.kind is KeyboardKind.EMAIL and kiosk.keyboard.target is field(
        kiosk, "email")
    assert "@" in key_texts(kiosk)
    qtbot.mouseClick(field(kiosk, "mobilePhone"), Qt.MouseButton.LeftButton)
    assert kiosk.keyboard.kind is KeyboardKind.PHONE


def test_keys_go_to_the_last_field_after_a_box_was_ticked(qtbot: QtBot,
                                                          kiosk: KioskWindow) -> None:
    qtbot.mouseClick(field(kiosk, "lastName"), Qt.MouseButton.LeftButton)
    tap(qtbot, kiosk.form.consents["acceptsEmail"])
    press(qtbot, kiosk, "e", "k")
    assert field(kiosk, "lastName").text() == "Ek"
    assert QApplication.focusWidget() is field(kiosk, "lastName")


def test_nordic_letters_follow_the_language(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(field(kiosk, "email"), Qt.MouseButton.LeftButton)
    tap(qtbot, kiosk.language_bar.buttons["nb"])
    assert {"æ", "ø", "å"} <= key_texts(kiosk) and "ö" not in key_texts(kiosk)
    press(qtbot, kiosk, "ø")
    assert field(kiosk, "email").text() == "ø"


def test_a_personal_number_pad_reaches_letters_for_a_finnish_hetu() -> None:
    digits = layout_rows(KeyboardKind.NUMBER, "fi")
    assert [k.text for k in digits[3]] == ["-", "0", ""]
    assert any(k.action == "letters" for row in digits for k in row)
    letters = layout_rows(KeyboardKind.NUMBER, "fi", letters=True)
    assert any(k.text == "a" for row in letters for k in row)
    assert any(k.action == "digits" for row in letters for k in row)


def test_every_row_is_as_wide_as_the_others() -> None:
    for kind in KeyboardKind:
        for letters in (False, True):
            rows = layout_rows(kind, "sv", letters)
            widths = {sum(key.span for key in row) for row in rows}
            assert len(widths) == 1, (kind, letters, widths)


def test_a_physical_keyboard_works_as_well(qtbot: QtBot, kiosk: KioskWindow) -> None:
    phone = field(kiosk, "mobilePhone")
    qtbot.keyClicks(phone, "070-174 06 05")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is field(kiosk, "firstName")
    assert kiosk.form.rows["mobilePhone"].field.value == "+46701740605"


@pytest.mark.parametrize("size", [PORTRAIT, (1366, 768)], ids=["full-hd", "1366x768"])
def test_next_alone_leads_through_the_form_to_join_and_joins(
        qtbot: QtBot, make_kiosk: MakeKiosk, emulator: EmulatorServer,
        size: tuple[int, int]) -> None:
    """On a screen shorter than the form, Join is scrolled into view when Next reaches it;
    Next on Join joins (it used to put the focus back in the last field)."""
    kiosk = make_kiosk(size=size, tick_ms=60_000)
    press(qtbot, kiosk, *"0701740605", "next", "next", "next")
    assert QApplication.focusWidget() is field(kiosk, "email")
    press(qtbot, kiosk, *"anna@ex.se", "next")
    join = kiosk.form.join_button
    assert QApplication.focusWidget() is join
    qtbot.waitUntil(lambda: not join.visibleRegion().isEmpty())
    press(qtbot, kiosk, "next")
    qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    assert [r.method for r in emulator.requests].count("POST") == 1
