"""The idle warning: "Are you still there?" with a countdown before everything is wiped.

Signals:
    still_here(): the customer tapped "I'm still here"; nothing is cleared.
    start_over(): the customer asked to clear their details now.
    expired(): the countdown ran out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from posapp.ui.kiosk.overlay import Overlay


class IdleWarning(Overlay):
    """Counts ``seconds`` down in ticks of ``tick_ms`` (one second live)."""

    still_here = Signal()
    start_over = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, tick_ms: int = 1000) -> None:
        super().__init__(parent, "idleWarning")
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_tick)
        self.title = QLabel(self.card)
        self.title.setObjectName("idleTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.count = QLabel(self.card)
        self.count.setObjectName("idleCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(self.card)
        self.body.setObjectName("idleBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.still_button = QPushButton(self.card)
        self.still_button.setObjectName("stillHere")
        self.still_button.setProperty("role", "primary")
        self.still_button.clicked.connect(self._on_still_here)
        self.clear_button = QPushButton(self.card)
        self.clear_button.setObjectName("clearNow")
        self.clear_button.setProperty("role", "secondary")
        self.clear_button.clicked.connect(self._on_clear)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.count)
        self.card_layout.addWidget(self.body)
        self.card_layout.addSpacing(12)
        self.card_layout.addWidget(self.still_button)
        self.card_layout.addWidget(self.clear_button)
        self.retranslate()

    @property
    def remaining(self) -> int:
        """Seconds left before the reset."""
        return self._remaining

    @property
    def timer(self) -> QTimer:
        """The countdown's timer (tests drive it through its ``timeout`` signal)."""
        return self._timer

    def start(self, seconds: int) -> None:
        """Show the warning and count ``seconds`` down."""
        self._remaining = seconds
        self._show_count()
        self.open_overlay(self.still_button)
        self._timer.start()

    def cancel(self, restore_focus: bool = True) -> None:
        """Stop counting and hide."""
        self._timer.stop()
        self.close_overlay(restore_focus)

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.title.setText(self.tr("Are you still there?"))
        self.body.setText(self.tr("To keep your details private, we'll clear the form when "
                                  "the countdown ends."))
        self.still_button.setText(self.tr("I'm still here"))
        self.still_button.setAccessibleName(self.tr("I'm still here"))
        self.clear_button.setText(self.tr("Clear my details now"))
        self.clear_button.setAccessibleName(self.tr("Clear my details now"))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(str(self._remaining))
        self.count.setAccessibleName(self.tr("%n seconds left", "", self._remaining))

    @Slot()
    def _on_tick(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        self._show_count()
        if self._remaining == 0:
            self._timer.stop()
            self.expired.emit()

    @Slot()
    def _on_still_here(self) -> None:
        self.cancel()
        self.still_here.emit()

    @Slot()
    def _on_clear(self) -> None:
        self.cancel(restore_focus=False)
        self.start_over.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
