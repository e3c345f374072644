"""The first paint: work that waits for it, and the start-up benchmark's probe.

:func:`after_first_paint` runs deferred start-up work (building the Engage client) once
the window is on screen. The probe is only for the start-up benchmark
(``python -m tests.benchmarks``): with
``POSAPP_BENCHMARK_FIRST_PAINT=1`` in the environment, posapp prints
``first-paint <time.monotonic()>`` on stdout as soon as its window's first paint pass is
done, and quits. The benchmark compares that with the moment it started the process.
Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

ENV = "POSAPP_BENCHMARK_FIRST_PAINT"


class _AfterFirstPaint(QObject):
    """Runs a callback on the turn of the event loop after a widget's first paint."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)  # nothing more to watch, at teardown neither
            # The top level paints first; its children follow in the same pass, so the
            # next turn of the event loop is when the whole first frame is done.
            QTimer.singleShot(0, self._run)
        return False

    @Slot()
    def _run(self) -> None:
        self._callback()
        self.deleteLater()


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once ``window`` has painted for the first time: work that the
    first frame does not need (building the Engage client) waits until then."""
    _AfterFirstPaint(window, callback)


def _report_first_paint(window: QWidget) -> None:
    sys.stdout.write(f"first-paint {time.monotonic():.6f}\n")
    sys.stdout.flush()
    window.close()
    QCoreApplication.quit()


def install_if_requested(window: QWidget) -> bool:
    """Install the benchmark's probe when asked for (the environment variable).

    Install it after any other :func:`after_first_paint` work: the filter installed last
    runs first, so the probe reports before that work starts.
    """
    if os.environ.get(ENV) != "1":
        return False
    after_first_paint(window, lambda: _report_first_paint(window))
    return True
