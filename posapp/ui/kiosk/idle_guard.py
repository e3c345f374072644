"""Notices when nobody has touched the kiosk for a while, so the next customer sees nothing.

An application-wide event filter restarts one timer on every press, key, touch or wheel
event, whichever widget gets it (dialogs and popups included). Mouse movement alone does
not count: a bumped mouse must not keep a customer's details on screen.

Signals:
    idle(): no input for the idle time while the guard runs (it then stops itself).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QInputEvent

# The events that mean "somebody is using the kiosk".
INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
})


class IdleGuard(QObject):
    """Emits ``idle`` after ``idle_ms`` without input, while started."""

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._on_timeout)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        app.installEventFilter(self)

    @property
    def running(self) -> bool:
        """True while the guard is counting."""
        return self._timer.isActive()

    @property
    def idle_ms(self) -> int:
        """The idle time in milliseconds."""
        return self._timer.interval()

    @Slot()
    def start(self) -> None:
        """Start (or restart) counting from now."""
        self._timer.start()

    @Slot()
    def stop(self) -> None:
        """Stop counting (a request runs, a countdown screen is shown)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; the event itself goes on untouched."""
        # isinstance first: it is cheap, and this filter sees every event of the application.
        if isinstance(event, QInputEvent) and event.type() in INPUT_EVENTS \
                and self._timer.isActive():
            self._timer.start()
        return False

    @Slot()
    def _on_timeout(self) -> None:
        self.idle.emit()
