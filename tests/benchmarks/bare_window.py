"""The start-up yardstick: a bare PySide6 window with a form of ``N`` input widgets.

Run as a script (``python bare_window.py N``); prints ``first-paint <time.monotonic()>``
at the end of its first paint pass, as posapp does under POSAPP_BENCHMARK_FIRST_PAINT, and
quits. With ``--memory`` it prints its resident memory after that paint instead.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QMainWindow, QWidget


class Probe(QObject):
    def __init__(self, window: QWidget, report: object) -> None:
        super().__init__(window)
        self.window, self.report, self.seen = window, report, False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and watched is self.window and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False


def main() -> None:
    count = int(sys.argv[1])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget(window)
    form = QFormLayout(central)
    for index in range(count):
        form.addRow(QLabel(f"Field {index + 1}"), QLineEdit())
    window.setCentralWidget(central)
    window.resize(960, 760)

    def report() -> None:
        if "--memory" in sys.argv:
            # Inline, not the harness's helper: importing more would weigh on the yardstick.
            pages = int(open("/proc/self/statm").read().split()[1])  # noqa: PTH123, SIM115
            mb = pages * os.sysconf("SC_PAGE_SIZE") / 1048576
            print(f'benchmark-result {{"rss_mb": {mb:.3f}}}', flush=True)
        else:
            print(f"first-paint {time.monotonic():.6f}", flush=True)
        window.close()
        app.quit()

    Probe(window, report)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
