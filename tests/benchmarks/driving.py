"""Driving the real window in a benchmark child: settings, waits, one signup.

The event loop is only ever run through QEventLoop.exec (never processEvents in a loop):
see the None-refcount note in the README's Benchmarks section.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from posapp.config import DEMO_API_KEY, DEMO_CONTACT_TYPES, Settings, settings_from_mapping
from posapp.engage.client import EngageClient
from posapp.ui.app import create_application, defer_until_painted
from posapp.ui.main_window import MainWindow


def till_settings(base_url: str, language: str = "en", create_timeout: float = 8.0) -> Settings:
    """The demo contact types against ``base_url``, as a configured till (no DEMO badge)."""
    return settings_from_mapping({
        "engage": {"base_url": base_url, "timeout_seconds": create_timeout},
        "store": {"external_id": "600", "source": "POS", "country": "SE",
                  "language": language},
        "contact_types": list(DEMO_CONTACT_TYPES),
    })


def open_window(settings: Settings) -> tuple[QApplication, EngageClient, MainWindow]:
    """The application, a client and the main window, shown and painted; started as
    ``posapp`` starts it."""
    app = create_application(settings.store.language)
    client = EngageClient.from_settings(settings.engage, DEMO_API_KEY)
    window = MainWindow(settings, client)
    defer_until_painted(window, window.runner)  # as the app: validators load after painting
    window.show()
    window.activateWindow()
    pump(100)
    return app, client, window


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
