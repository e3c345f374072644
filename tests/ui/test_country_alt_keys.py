"""Alt+letter is a command, never typing: the country field shows the country it holds.

Real key events (``QTest.keyClick`` with Alt, through Qt's shortcut map as on a real
keyboard): Alt+O reaches Country by its label's mnemonic; a further Alt+letter that no
label takes used to be typed into the country's search field ("uq" on screen, SE held).
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp.emulator import EmulatorServer
from posapp.ui.country_picker import CountryPicker
from posapp.ui.main_window import MainWindow
from tests.keyboard import ALT, CTRL, key, owner, receiver
from tests.ui.test_find_member import open_and_search, patches

# Letters no label or button of the signup form or the find-member page takes.
FREE_LETTERS = (Qt.Key.Key_U, Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_Z, Qt.Key.Key_K)


def shown(picker: CountryPicker) -> str:
    line = picker.lineEdit()
    assert line is not None
    return line.text()


def test_alt_letters_in_the_signup_forms_country_type_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    picker = window.form.rows["countryCode"].editor
    assert isinstance(picker, CountryPicker)
    key(qtbot, Qt.Key.Key_O, ALT)  # C&ountry
    assert owner() == "countryCode"
    for letter in FREE_LETTERS:
        key(qtbot, letter, ALT)
        assert shown(picker) == "Sweden (SE)", letter
        assert picker.code() == "SE"
        assert owner() == "countryCode"
    key(qtbot, Qt.Key.Key_F, ALT)  # &First name: the country is left as it was
    assert owner() == "firstName"
    assert shown(picker) == "Sweden (SE)" and picker.code() == "SE"


def test_alt_letters_on_find_member_neither_change_the_country_nor_hide_saved(
        qtbot: QtBot, window: MainWindow, emulator: EmulatorServer) -> None:
    emulator.seed({"mobilePhone": "+46701740605", "countryCode": "SE", "firstName": "Aino",
                   "lastName": "Virtanen", "lang": "sv"})
    open_and_search(qtbot, window, "070-174 06 05")
    page = window.find_page
    qtbot.waitUntil(lambda: page.contact is not None, timeout=5000)
    picker = page.country_picker
    key(qtbot, Qt.Key.Key_A, CTRL)
    for char in "norway":
        key(qtbot, getattr(Qt.Key, f"Key_{char.upper()}"))
    key(qtbot, Qt.Key.Key_Tab)
    assert picker.code() == "NO"
    key(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.save_status.text().startswith("✓ Saved"), timeout=5000)
    saved = page.save_status.text()
    assert owner(receiver(qtbot)) == "countryCode"
    for letter in (*FREE_LETTERS, Qt.Key.Key_N, Qt.Key.Key_D):
        key(qtbot, letter, ALT)
        assert shown(picker) == "Norway (NO)", letter
        assert picker.code() == "NO"
        assert page.save_status.text() == saved
    key(qtbot, Qt.Key.Key_Tab)  # leaving the field picks nothing either
    assert picker.code() == "NO" and shown(picker) == "Norway (NO)"
    assert page.save_status.text() == saved
    assert [json.loads(p.body) for p in patches(emulator)] == [{"countryCode": "NO"}]
