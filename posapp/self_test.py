"""``posapp --self-test``: proves an installed bundle works, on a till or in CI, headless.

Opens the real main window offscreen against the embedded Engage emulator, types a phone
number into the key field and presses Enter, and waits for the confirmation page; also
checks what a trimmed bundle could lose (the SVG plugin, resources, Qt's translations,
the credential store's import). Prints ``self-test: OK …`` or ``self-test: FAIL: reason``.

Waits with a QEventLoop and timers, never with processEvents in a loop (PySide6 6.12
crashes after a few thousand processEvents calls).
"""

from __future__ import annotations

import os
import platform
import time
from dataclasses import dataclass, field
from pathlib import Path

TEST_PHONE_TYPED = "070-174 06 05"
TEST_PHONE = "+46701740605"
TIMEOUT_MS = 15_000


@dataclass
class SelfTestResult:
    """What was checked, and the first thing that failed (None when all passed)."""

    failure: str | None = None
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.failure:
            return f"self-test: FAIL: {self.failure}"
        return "self-test: OK (" + "; ".join(self.notes) + ")"


def _check_bundle_contents(result: SelfTestResult) -> None:
    """What trimming could have dropped: fail loudly here rather than on a till."""
    from PySide6.QtCore import QCollator, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtGui import QImageReader

    from posapp.ui.style import ARROW

    if not Path(ARROW).is_file():
        result.failure = f"resource missing: {ARROW}"
        return
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        result.failure = "the Qt SVG image plugin is missing (imageformats/qsvg)"
        return
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_sv", folder):
        result.failure = f"Qt's Swedish translation (qtbase_sv.qm) is missing from {folder}"
        return
    # ICU's data is trimmed to posapp's languages (installer/icu_data.py): Swedish sorts
    # ö after z only with its collation data, root's puts it beside o.
    if QCollator(QLocale("sv_SE")).compare("ö", "z") <= 0:
        result.failure = "ICU's Swedish collation data is missing (libicudata)"
        return
    from posapp.api_key_store import store_name

    result.notes.append(f"credential store: {store_name() or 'none on this machine'}")


def _wait(loop_seconds: float, done: object) -> None:
    """Run the event loop until ``done`` (a signal) fires or the time is up."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    done.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(int(loop_seconds * 1000), loop.quit)
    loop.exec()


def _signup(result: SelfTestResult) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from posapp.config import DEMO_API_KEY, demo_settings
    from posapp.emulator import EmulatorServer
    from posapp.engage.client import EngageClient
    from posapp.ui.app import create_application, dispose_window
    from posapp.ui.main_window import MainWindow

    create_application("en")
    with EmulatorServer() as emulator:
        settings = demo_settings(emulator.base_url, "en")
        with EngageClient.from_settings(settings.engage, DEMO_API_KEY) as client:
            window = MainWindow(settings, client)
            try:
                window.show()
                phone = window.form.findChild(QLineEdit, "mobilePhone")
                if phone is None:
                    result.failure = "the signup form has no mobilePhone field"
                    return
                started = time.monotonic()
                QTest.keyClicks(phone, TEST_PHONE_TYPED)
                QTest.keyClick(phone, Qt.Key.Key_Return)
                if not window.showing_confirmation:
                    _wait(TIMEOUT_MS / 1000, window.flow.signed_up)
                elapsed = (time.monotonic() - started) * 1000
                if not window.showing_confirmation:
                    dialog = window.flow.dialog
                    shown = type(dialog).__name__ if dialog is not None else "nothing"
                    result.failure = (f"no confirmation within {TIMEOUT_MS // 1000} s "
                                      f"(the window shows {shown})")
                    return
                stored = emulator.count("mobilePhone", TEST_PHONE)
                if stored != 1:
                    result.failure = f"the emulator holds {stored} members with the test number"
                    return
                result.notes.append(f"signup through the window in {elapsed:.0f} ms")
            finally:
                dispose_window(window)


def run_self_test() -> int:
    """0 and an OK line when everything works; 1 and the reason otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = SelfTestResult()
    try:
        from PySide6 import __version__ as pyside_version

        from posapp import __version__

        result.notes.append(f"posapp {__version__}, PySide6 {pyside_version}, "
                            f"Python {platform.python_version()}")
        _signup(result)
        if result.failure is None:
            _check_bundle_contents(result)
    except Exception as exc:  # the point is to report, never to show a traceback
        result.failure = f"{type(exc).__name__}: {exc}"
    print(result.line(), flush=True)
    return 0 if result.failure is None else 1
