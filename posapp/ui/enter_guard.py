"""Keeps the Enter that brought a view up from acting on that view.

A save answers in milliseconds, so the dialog or page it opens is there before the cashier
lets go of Enter: the key's auto-repeat, or a second press out of habit, would then press
the new view's default button (Retry again and again, Open member unseen, New signup
before anyone read the member number). Found under X11 with a held Return: 25 creates in
1.5 s through Retry. Enter is ignored while it auto-repeats and in the first half second
after the view is shown; every other key, and Enter after that, work as usual. Once a
repeat has been seen, Enter stays ignored until the key is really let go: under X11 a
repeat now and then arrives unmarked (Qt pairs each repeat's release and press by time).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from posapp.ui.qt_names import ENTER_KEYS

GUARD_SECONDS = 0.5


class EnterGuard(QObject):
    """Installed on ``view`` and its buttons (where a focused button's Enter goes first);
    armed each time ``view`` is shown."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self._shown_at = 0.0
        self._held = False  # a repeat of Enter seen, and no real release since
        view.installEventFilter(self)
        for button in view.findChildren(QAbstractButton):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._view:
            self._shown_at = time.monotonic()
            self._held = False
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if event.key() not in ENTER_KEYS:
                return False
            if kind == QEvent.Type.KeyRelease:
                if not event.isAutoRepeat():
                    self._held = False
                return False
            if event.isAutoRepeat():
                self._held = True
                return True
            return self._held or time.monotonic() - self._shown_at < GUARD_SECONDS
        return False
