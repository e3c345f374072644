"""Every input of every view has an accessible name, a description and a bound label.

The till's views and dialogs, the set-up dialog and every kiosk screen, filled in. A tick
box is its own label; the find-member search field is labelled by its "Search by" choice
(its accessible name says what to type).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from posapp.engage.client import EngageClient
from posapp.ui.app import create_application
from posapp.ui.find_member_page import SEARCH_KEYS
from tests.ui.views import UNUSED_URL, kiosk_views, till_views


def unnamed_inputs(view: str, top: QWidget) -> list[str]:
    buddies = {label.buddy() for label in top.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, (QLineEdit, QComboBox, QCheckBox)) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue  # a searchable picker's own line: the picker carries the names
        if not widget.accessibleName():
            missing.append(f"{view}: {widget.objectName()} has no accessible name")
        if not widget.accessibleDescription():
            missing.append(f"{view}: {widget.objectName()} has no description")
        search_field = view == "find-member" and widget.objectName() in SEARCH_KEYS
        labelled = widget in buddies or isinstance(widget, QCheckBox) or search_field
        if not labelled:
            missing.append(f"{view}: {widget.objectName()} has no label bound to it")
    return missing


def test_every_input_is_named_described_and_labelled(qtbot: QtBot, qapp: QApplication,
                                                     tmp_path: Path) -> None:
    if not qapp.styleSheet():
        create_application("en")
    missing = []
    with EngageClient(UNUSED_URL, "unused") as client:
        for views in (till_views(client, tmp_path), kiosk_views(client)):
            for view, top in views:
                missing += unnamed_inputs(view, top)
    assert missing == []
