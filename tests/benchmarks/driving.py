"""Driving the real window in a benchmark child: settings, waits, one signup.

The event loop is only ever run through QEventLoop.exec (never processEvents in a loop):
see the None-refcount note in the README's Benchmarks section.
"""

from __future__ import annotations

import tempfile
import time
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from posapp.config import DEMO_API_KEY, DEMO_CONTACT_TYPES, Settings, settings_from_mapping
from posapp.ui.app import create_application, till_window
from posapp.ui.main_window import MainWindow


def till_settings(base_url: str, language: str = "en", create_timeout: float = 8.0) -> Settings:
    """The demo contact types against ``base_url``, as a configured till (no DEMO badge)."""
    return settings_from_mapping({
        "engage": {"base_url": base_url, "timeout_seconds": create_timeout},
        "store": {"external_id": "600", "source": "POS", "country": "SE",
                  "language": language},
        "contact_types": list(DEMO_CONTACT_TYPES),
    })


class OpenWindow:
    """The till's window, shown and painted, as ``posapp`` runs it (ui/app.py
    ``till_window``: its outbox and sender included), with a data directory of its own;
    :meth:`close` closes it as quitting posapp does and removes the directory."""

    def __init__(self, settings: Settings) -> None:
        self.app = create_application(settings.store.language)
        self._stack = ExitStack()
        data = Path(self._stack.enter_context(
            tempfile.TemporaryDirectory(prefix="posapp-bench-data-")))
        # The outbox in this child's own directory: nothing kept by another child (or the
        # tester's own posapp) is sent, counted or locked here.
        settings = replace(settings, outbox=replace(
            settings.outbox, path=str(data / "outbox.sqlite3")))
        self.window: MainWindow = self._stack.enter_context(
            till_window(settings, DEMO_API_KEY))
        pump(100)
        outbox = self.window.outbox
        if outbox is None or outbox.store is None:  # opened after the first paint
            raise RuntimeError(f"the outbox did not open: {outbox and outbox.problem}")

    def close(self) -> None:
        self._stack.close()


def open_window(settings: Settings) -> OpenWindow:
    """The till's window, shown and painted; ``.window``, then ``.close()``."""
    return OpenWindow(settings)


def settle(window: MainWindow, limit_ms: int = 2000) -> None:
    """Run the event loop until the outbox holds nothing: the last signup's entry, deleted
    on the worker after its confirmation was shown, is gone. A cashier's next action comes
    seconds later; a measurement taken right away would share the CPU and the disk with
    that delete."""
    outbox = window.outbox
    store = outbox.store if outbox is not None else None
    waited = 0
    while store is not None and store.counts().waiting and waited < limit_ms:
        pump(1)
        waited += 1


def pump(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_signal(signal: SignalInstance, timeout_ms: int) -> bool:
    """Run the event loop until ``signal`` fires; False on timeout."""
    loop = QEventLoop()
    fired: list[Any] = []

    def on_signal(*args: Any) -> None:
        fired.append(args)
        loop.quit()

    signal.connect(on_signal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    if not fired:
        loop.exec()
    timer.stop()
    signal.disconnect(on_signal)
    return bool(fired)


def phone_text(number: int) -> str:
    """A distinct Swedish mobile number as a cashier types it (070-1nn nn nn)."""
    digits = f"{1_000_000 + number:07d}"
    return f"070-{digits[:3]} {digits[3:5]} {digits[5:]}"


def phone_e164(number: int) -> str:
    return "+4670" + f"{1_000_000 + number:07d}"


def phone_editor(window: MainWindow) -> QLineEdit:
    editor = window.form.rows["mobilePhone"].editor
    assert isinstance(editor, QLineEdit)
    return editor


def sign_up(window: MainWindow, number: int, timeout_ms: int = 20_000) -> float:
    """Type a phone number, click Save, wait for the confirmation; ms from click to it.

    Then "New signup" empties the form for the next one.
    """
    editor = phone_editor(window)
    editor.setFocus()
    QTest.keyClicks(editor, phone_text(number))
    button = window.form.submit_button
    # A person's click comes well after the last keystroke, when the form has painted it:
    # let the event loop settle so that the figure is the click's, not the typing's.
    pump(20)
    if not button.isEnabled():
        raise RuntimeError(f"Save is not enabled for {phone_text(number)!r}")
    started = time.perf_counter()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    if not window.showing_confirmation and not wait_signal(
            window.pages.currentChanged, timeout_ms):
        raise RuntimeError("no confirmation within the time limit")
    elapsed = (time.perf_counter() - started) * 1000
    if not window.showing_confirmation:
        raise RuntimeError("the signup did not end on the confirmation page")
    window.new_signup()
    return elapsed
