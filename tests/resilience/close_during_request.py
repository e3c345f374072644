"""One till process that is closed in the middle of a signup (run by test_close_during_request).

``python -m tests.resilience.close_during_request SEED``: starts posapp's real window path
(``run_window``) against an emulator whose create answers only after 5 s, types a phone
number, presses Enter, and closes the window 50–500 ms later (the delay drawn from SEED).
Prints ``closed-while-busy`` when the request was still running at that moment, and
``exited`` after the event loop returned. Exit status: run_window's.
"""

from __future__ import annotations

import os
import random
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from posapp.config import DEMO_API_KEY, demo_settings
from posapp.emulator import EmulatorServer, Fault
from posapp.ui import main_window
from posapp.ui.app import create_application, run_window
from posapp.ui.main_window import MainWindow

# Closing during a save waits for its answer, then leaves it to the outbox: 3 s at a till;
# a fifth of a second here, where the answer never comes in time (20 runs).
main_window.CLOSE_WAIT_MS = 200


def main() -> int:
    delay_ms = random.Random(int(sys.argv[1])).randint(50, 500)
    with EmulatorServer() as emulator:
        emulator.faults.add(Fault("latency", method="POST", delay=5.0, times=0))
        settings = demo_settings(emulator.base_url, "en")
        app = create_application("en")

        def submit() -> None:
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            phone = window.form.rows["mobilePhone"].editor
            assert isinstance(phone, QLineEdit)
            QTest.keyClicks(phone, "070-174 06 05")
            QTest.keyClick(phone, Qt.Key.Key_Return)
            QTimer.singleShot(delay_ms, lambda: close(window))

        def close(window: MainWindow) -> None:
            if window.runner.busy:
                print("closed-while-busy", flush=True)
            window.close()

        QTimer.singleShot(0, submit)
        code = run_window(settings, DEMO_API_KEY)
        print("exited", flush=True)
    assert QApplication.instance() is app
    return code


if __name__ == "__main__":
    sys.exit(main())
