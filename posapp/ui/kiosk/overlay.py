"""A dimmed layer over the whole kiosk with one card in the middle: the kiosk's dialogs.

Child widgets rather than top-level dialogs: they cannot slip behind a full-screen,
stay-on-top window, need no window manager, and the reset finds and closes them.
While open, the layer takes every tap, Tab stays inside the card, and the focus
goes back where it was when the layer closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget


class Overlay(QWidget):
    """Subclasses fill ``card_layout`` and call :meth:`open_overlay` / :meth:`close_overlay`."""

    def __init__(self, parent: QWidget, name: str, width: int = 760) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QWidget(self)
        self.card.setObjectName(f"{name}Card")
        self.card.setProperty("role", "overlayCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card.setFixedWidth(width)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 40, 48, 40)
        self.card_layout.setSpacing(18)
        # Stretches around the card rather than an alignment flag, which would size it
        # by its hint and let word-wrapped texts overlap.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        self._outer = outer
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._previous_focus: QWidget | None = None
        parent.installEventFilter(self)
        self.hide()

    def set_overlay_margin(self, margin: int) -> None:
        """The least room around the card (less on a low screen)."""
        self._outer.setContentsMargins(margin, margin, margin, margin)

    @property
    def is_open(self) -> bool:
        """True while shown."""
        return self.isVisible()

    def open_overlay(self, focus: QWidget | None = None) -> None:
        """Cover the kiosk and put the focus on ``focus`` (a button of the card, or the
        layer itself when it takes the keys)."""
        if not self.isVisible():
            current = QApplication.focusWidget()
            self._previous_focus = current if current is not None and not self.isAncestorOf(
                current) else None
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_overlay(self, restore_focus: bool = True) -> None:
        """Hide, and give the focus back to the field that had it."""
        was_open = self.isVisible()
        self.hide()
        previous, self._previous_focus = self._previous_focus, None
        if (was_open and restore_focus and previous is not None and previous.isVisible()
                and previous.isEnabled()):
            previous.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the kiosk's size."""
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab cycle through the card only."""
        chain = [w for w in self.card.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if not chain:
            return True
        current = QApplication.focusWidget()
        index = chain.index(current) if current in chain else -1
        chain[(index + (1 if next else -1)) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A tap beside the card does nothing (and does not reach the form below)."""
        event.accept()
