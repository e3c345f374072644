"""The set-up dialog with the keyboard alone: Tab, typing, Alt+letter, Enter and Escape only.

No widget is clicked, focused or filled in from code: every key goes to whatever has the
focus, as it would for IT at a till without a mouse.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from posapp.config import DEMO_API_KEY, load_settings
from posapp.emulator import EmulatorServer
from posapp.ui.app import create_application
from posapp.ui.dialogs.setup_dialog import SetupDialog
from tests.keyboard import ALT, alt, focus, key, mnemonic, owner, replace_text, type_text
from tests.keyrings import MemoryKeyring


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupDialog]:
    create_application("en")
    made = SetupDialog(tmp_path / "posapp" / "config.toml", environ={})
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is made.base_url)
    yield made
    made.tester.shutdown()


def test_tab_and_shift_tab_reach_every_input_and_button(qtbot: QtBot,
                                                       dialog: SetupDialog) -> None:
    expected = ["base_url", "api_key", "external_id", "source", "country", "language",
                "testConnection", "cancel", "save"]
    forward = []
    for _ in expected:
        forward.append(owner(focus()))
        key(qtbot, Qt.Key.Key_Tab)
    assert forward == expected
    assert owner(focus()) == "base_url"  # round again
    backward = []
    for _ in expected:
        key(qtbot, Qt.Key.Key_Backtab)
        backward.append(owner(focus()))
    assert backward == expected[::-1]


def test_every_label_has_its_own_mnemonic_that_reaches_its_field(qtbot: QtBot,
                                                                 dialog: SetupDialog) -> None:
    letters = []
    for name, label in dialog.labels.items():
        letter = mnemonic(label.text())
        letters.append(letter)
        alt(qtbot, letter)
        assert owner(focus()) == name, (letter, name)
    letters.append(mnemonic(dialog.test_button.text()))
    assert "" not in letters and len(set(letters)) == len(letters), letters
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            assert label.buddy().accessibleName(), label.text()


def test_fill_test_and_save_by_keyboard_alone(qtbot: QtBot, dialog: SetupDialog,
                                              emulator: EmulatorServer,
                                              memory_keyring: MemoryKeyring,
                                              tmp_path: Path) -> None:
    type_text(qtbot, emulator.base_url)                    # Engage address
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, DEMO_API_KEY)                         # API key
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "601")                                # Store id
    key(qtbot, Qt.Key.Key_O, ALT)                          # S&ource
    assert owner(focus()) == "source"
    replace_text(qtbot, "KASSA")
    key(qtbot, Qt.Key.Key_C, ALT)                          # &Country: search, Tab picks
    replace_text(qtbot, "finl")
    key(qtbot, Qt.Key.Key_Tab)
    assert dialog.country.code() == "FI"
    assert owner(focus()) == "language"
    key(qtbot, Qt.Key.Key_End)                             # the last language: English
    assert dialog.language.currentData() == "en"
    key(qtbot, Qt.Key.Key_T, ALT)                          # &Test connection
    qtbot.waitUntil(lambda: dialog.connection_result.property("state") == "ok", timeout=8000)
    assert dialog.connection_result.title.text() == "Connected to Engage"
    assert dialog.focusWidget() is dialog.save_button      # the next thing to do
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.save_result.property("state") == "ok")
    settings = load_settings(tmp_path / "posapp" / "config.toml")
    assert (settings.engage.base_url, settings.store.external_id, settings.store.source,
            settings.store.country, settings.store.language) == (
        emulator.base_url, "601", "KASSA", "FI", "en")
    assert memory_keyring.entries == {("posapp", emulator.base_url): DEMO_API_KEY}
    assert dialog.focusWidget() is dialog.cancel_button
    assert dialog.cancel_button.text() == "Close"
    key(qtbot, Qt.Key.Key_Return)                          # Close
    assert not dialog.isVisible()


def test_a_wrong_field_takes_the_focus_and_escape_leaves_without_saving(
        qtbot: QtBot, dialog: SetupDialog, tmp_path: Path) -> None:
    type_text(qtbot, "acme.voyado.com")                    # no https://
    key(qtbot, Qt.Key.Key_Return)                          # Enter = Save, the default button
    assert focus() is dialog.base_url
    assert dialog.messages["base_url"].isVisible()
    assert "✕" in dialog.messages["base_url"].text()
    assert dialog.base_url.accessibleDescription()         # said to a screen reader too
    key(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert not (tmp_path / "posapp" / "config.toml").exists()
