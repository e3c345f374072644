"""Helpers for driving the real window through faults: a fresh window on a given client,
typing a whole signup, reading back what the form shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.engage.budgets import Budgets
from posapp.engage.client import EngageClient
from posapp.engage.retry import RetryPolicy
from posapp.ui.app import create_application, dispose_window
from posapp.ui.main_window import MainWindow
from tests.conftest import fast_client
from tests.keyboard import wait_active

#: What the cashier types in every case (first name, last name, e-mail besides the phone).
TYPED = {"firstName": "Åsa", "lastName": "Öberg-Lind", "email": "asa.oberg@example.se"}


def matrix_client(base_url: str) -> EngageClient:
    """Timeouts under a second and small retry budgets: every fault ends within seconds."""
    return fast_client(
        base_url,
        budgets=Budgets(
            connect_seconds=0.5, create_read_seconds=0.6, lookup_read_seconds=0.6,
            create_total_seconds=3.0, lookup_total_seconds=1.5,
            create_retry=RetryPolicy(attempts=2, first_wait=0.05),
            lookup_retry=RetryPolicy(attempts=2, first_wait=0.05)),
    )


def close_and_delete(window: MainWindow) -> None:
    """Close ``window`` (which stops its worker thread), then delete it, here and now.

    A MainWindow made by a test has no parent, so its Python wrapper owns it, and its
    wrapper is always in reference cycles (the flows, SetupAccess … keep the window).
    Dropped after close(), it was destroyed by whichever thread next ran Python's cycle
    collector: often the emulator's server thread or the engage-worker thread. A widget
    deleted off the GUI thread cannot unregister its timers ("QBasicTimer::stop: Failed.
    Possibly trying to stop from a different thread"), so the GUI thread later delivered
    a timer event to freed memory: the fault matrix's segfault in QTimerInfoList::
    activateTimers / QMetaObject::cast (issue 8). qtbot only keeps a weak reference, so it
    cannot prevent this. Deleted on the GUI thread, nothing is left for the collector.
    """
    dispose_window(window)  # the app does the same when its window closes
    assert not shiboken6.isValid(window), "the worker thread outlived close()"


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Settings, EngageClient], MainWindow]]:
    """Opens a main window (shown, key field focused), deleting the one opened before.

    One window at a time: the application's style sheet is set once, and no earlier
    window lingers to be polished and laid out along with the new one.
    """
    opened: list[MainWindow] = []
    create_application("en")

    def opener(settings: Settings, client: EngageClient) -> MainWindow:
        while opened:
            close_and_delete(opened.pop())
        # Not qtbot.addWidget(): its teardown would close() windows deleted here already.
        window = MainWindow(settings, client)
        opened.append(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        wait_active(qtbot, window)
        return window

    yield opener
    while opened:
        close_and_delete(opened.pop())


def editor(window: MainWindow, name: str) -> QLineEdit:
    widget = window.form.rows[name].editor
    assert isinstance(widget, QLineEdit), name
    return widget


def fill_in(qtbot: QtBot, window: MainWindow, phone: str) -> None:
    """Type a whole signup as a cashier would, key by key."""
    qtbot.keyClicks(editor(window, "mobilePhone"), phone)
    for name, text in TYPED.items():
        qtbot.keyClicks(editor(window, name), text)
    box = window.form.consents["acceptsSms"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def press_enter(qtbot: QtBot, window: MainWindow) -> None:
    phone = editor(window, "mobilePhone")
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_Return)


def form_state(window: MainWindow) -> dict[str, object]:
    """Everything the form shows: each field's text, the type, the consents."""
    state: dict[str, object] = {}
    for widget in window.form.findChildren(QLineEdit):
        if widget.objectName() and not widget.objectName().startswith("qt_"):
            state[widget.objectName()] = widget.text()
    for combo in window.form.findChildren(QComboBox):
        state[combo.objectName()] = combo.currentText()
    for box in window.form.findChildren(QCheckBox):
        state[box.objectName()] = box.isChecked()
    return state
