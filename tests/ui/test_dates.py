"""Dates read in the UI language; the date of birth is typed either way; Engage gets ISO."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from posapp.config import demo_settings
from posapp.emulator import EmulatorServer
from posapp.engage.client import EngageClient
from posapp.engage.models import Contact
from posapp.form.attributes import attribute
from posapp.form.field import FormField
from posapp.form.signup_model import Screen
from posapp.ui.dates import date_separator, field_date, show_date
from posapp.ui.field_row import field_row
from posapp.ui.kiosk.onscreen_keyboard import KeyboardKind, layout_rows
from posapp.ui.main_window import MainWindow
from posapp.ui.translations import install_translations
from posapp.validation import FieldContext
from tests.ui.conftest import shown_window


@pytest.mark.parametrize(("language", "reading", "typed"), [
    ("sv", "1990-01-31", "1990-01-31"),
    ("fi", "31.1.1990", "31.1.1990"),
    ("nb", "31.01.1990", "31.01.1990"),
    ("da", "31.01.1990", "31.01.1990"),
    ("en", "31 Jan 1990", "1990-01-31"),
])
def test_each_language_writes_dates_its_own_way(qapp: object, language: str, reading: str,
                                                typed: str) -> None:
    assert show_date("1990-01-31", language) == reading
    assert field_date("1990-01-31", language) == typed
    assert date_separator(language) == ("-" if typed[4] == "-" else ".")


def test_engage_date_times_and_odd_text(qapp: object) -> None:
    assert show_date("2024-03-05T11:00:00Z", "fi") == "5.3.2024"
    assert show_date("2024-03-05", "nb") == "05.03.2024"
    assert show_date("not a date", "sv") == "not a date"


def test_the_kiosk_date_pad_has_the_languages_separator() -> None:
    for language, separator in (("fi", "."), ("da", "."), ("sv", "-"), ("en", "-")):
        keys = {key.text for row in layout_rows(KeyboardKind.DATE, language) for key in row}
        assert separator in keys and ({".", "-"} - {separator}).isdisjoint(keys)


@pytest.fixture
def finnish_window(qtbot: QtBot, emulator: EmulatorServer,
                   client: EngageClient) -> Iterator[MainWindow]:
    window = shown_window(qtbot, demo_settings(emulator.base_url, "fi"), client, "fi")
    yield window
    window.close()
    install_translations("en")


def test_a_finnish_cashier_types_and_reads_day_first_and_engage_gets_iso(
        qtbot: QtBot, finnish_window: MainWindow, emulator: EmulatorServer) -> None:
    form = finnish_window.form
    birthday = form.rows["birthDay"].editor
    assert isinstance(birthday, QLineEdit)
    assert birthday.placeholderText() == "pp.kk.vvvv"
    birthday.setFocus()
    qtbot.keyClicks(birthday, "1990-01-31")  # ISO works too, and reads back the Finnish way
    qtbot.keyClick(birthday, Qt.Key.Key_Tab)
    assert birthday.text() == "31.1.1990"
    birthday.setFocus()
    birthday.selectAll()
    qtbot.keyClicks(birthday, "5.3.1985")
    qtbot.keyClick(birthday, Qt.Key.Key_Tab)
    assert birthday.text() == "5.3.1985"
    phone = form.rows["mobilePhone"].editor
    phone.setFocus()
    qtbot.keyClicks(phone, "070-174 06 05")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: finnish_window.showing_confirmation, timeout=5000)
    (post,) = [r for r in emulator.requests if r.method == "POST"]
    assert json.loads(post.body)["birthDay"] == "1985-03-05"


def test_a_derived_birthday_and_member_since_read_in_the_ui_language(qtbot: QtBot,
                                                     finnish_window: MainWindow) -> None:
    form = finnish_window.form
    picker = finnish_window.findChild(QComboBox, "contactType")
    picker.setCurrentIndex(picker.findData("Contact"))
    pin = form.rows["socialSecurityNumber"]
    qtbot.keyClicks(pin.editor, "20000101-2384")
    assert pin.message.text() == "✓ syntynyt 1.1.2000"
    assert "birthDay" not in form.model.body()  # "Contact" does not list it
    # A type with both fields fills the date of birth in, in the cashier's form.
    entry = FormField(attribute("birthDay"), required=False)
    entry.set_text("2000-01-01", FieldContext(region="FI"), derived=True)
    birthday = field_row(entry, screen=Screen.TILL, language="fi", parent=form)
    assert birthday.raw_text() == "1.1.2000"
    assert entry.holds_derived_value and entry.value == "2000-01-01"
    # "Member since" on the find-member page, from Engage's date-time.
    page = finnish_window.find_page
    page.show_member(Contact(id="c1", attributes={"mobilePhone": "+46701740605"},
                             meta={"createdOn": "2024-03-05T09:30:00Z"}))
    assert "Jäsen alkaen: 5.3.2024" in page.member_facts.text()


