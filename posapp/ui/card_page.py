"""A page of the till: one card, centred, as tall as its content, its action always in view.

The card holds a scrolling body (the fields) and, under it, an optional action bar (Save).
On a large screen the card is as tall as what it shows, with no empty band between the
last field and Save; on a low one (1366×768 with a task bar) the body scrolls inside the
card while the action bar stays on screen under it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.ui.consent_box import ConsentBox
from posapp.ui.design import Space
from posapp.ui.qt_names import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF, set_qt_property

#: A card's widest: a form reads best in one column of about this width.
CARD_WIDTH = 680


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for the whole height of its content (QScrollArea's own
    size hint stops at 24 lines), so that its card is as tall as the content where the
    screen has room, and scrolls where it has not."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        set_qt_property(self, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        # No Tab stop of its own (nothing would show it has the focus); it still scrolls
        # to whichever field Tab reaches.
        set_qt_property(self, "focusPolicy", NO_FOCUS)
        # False: QScrollArea's own size hint (a layout whose other cells set the height).
        self.fits_content = True

    def set_fits_content(self, fits: bool) -> None:
        """Ask for the content's whole height (True) or QScrollArea's usual hint."""
        if fits != self.fits_content:
            self.fits_content = fits
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new height (the window shown, maximized, the page opened): scrolled no further
        than needed to show the focused field. (A focus given before the window had its
        size, as at start, scrolled for a viewport a few pixels tall.)"""
        super().resizeEvent(event)
        focus = QApplication.focusWidget()
        body = self.widget()
        if focus is None or body is None or not body.isAncestorOf(focus):
            return
        bottom = focus.mapTo(body, focus.rect().bottomLeft()).y() + Space.XL
        self.verticalScrollBar().setValue(max(0, bottom - self._viewport_size().height()))

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()  # the content's height changed: so does the card's
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None or not self.fits_content:
            return super().sizeHint()
        hint = body.sizeHint()
        width = max(self._viewport_size().width(), body.minimumSizeHint().width())
        # Word-wrapped text: its height at the width it has (the plain hint guesses a
        # narrower one and asks for more lines than it needs).
        height = body.heightForWidth(width) if body.hasHeightForWidth() else hint.height()
        return QSize(hint.width(), (height if height > 0 else hint.height())
                     + 2 * self.frameWidth())

    def _viewport_size(self) -> QSize:
        """The viewport's size, from the area's own: ``viewport()`` would be the first
        frame's first Python wrapper of a widget Qt made itself, and shiboken resolves its
        type by loading every QWidget subclass of QtWidgets and their enums (~50, ~5 ms).
        The horizontal bar is always off. (Before the area's first layout Qt's viewport
        is still 2 px smaller than this; the width is then the content's minimum anyway.)"""
        margins = self.viewportMargins()
        frame = 2 * self.frameWidth()
        width = self.width() - frame - margins.left() - margins.right()
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):
            width -= bar.width()
        return QSize(width, self.height() - frame - margins.top() - margins.bottom())


def action_bar(parent: QWidget, keys_to: QWidget | None = None) -> QWidget:
    """The row under a card's body with its primary action. Keys its buttons do not take
    (Enter on Save) go to ``keys_to``, the form the bar acts for, as they did while the
    bar was part of it.

    A plain QWidget, not a subclass: the style sheet gives a plain one its styled
    background by itself (a subclass would need ``Qt``'s WA_StyledBackground, which the
    first frame does not import: posapp/ui/qt_names.py)."""
    bar = QWidget(parent)
    bar.setObjectName("actionBar")
    if keys_to is not None:
        _KeysTo(bar, keys_to)
    return bar


class _KeysTo(QObject):
    """Hands the key presses that reach ``bar`` (none of its buttons took them) to
    ``target``, except Tab and Backtab, which move the focus as on any widget."""

    def __init__(self, bar: QWidget, target: QWidget) -> None:
        super().__init__(bar)
        self._target = target
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtCore import Qt  # a key press: long after the first frame
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        QCoreApplication.sendEvent(self._target, event)
        event.accept()  # handled there, or passed on from there: not once more from here
        return True


class CardPage(QObject):
    """One page of ``pages``: a bordered card, centred, its body scrolling when the window
    is low. ``body`` is the parent for the page's content and ``body_layout`` its layout;
    ``card`` and ``card_layout`` hold the body and any action bar.

    Everything is created under its final parent: with the style sheet, moving a built
    subtree to another parent re-styles all of it, and doing that three times per page was
    most of the time the window took to build.
    """

    def __init__(self, pages: QStackedWidget, max_width: int = CARD_WIDTH) -> None:
        self.page = QWidget(pages)
        super().__init__(self.page)
        outer = QVBoxLayout(self.page)
        outer.setContentsMargins(Space.XL, Space.M, Space.XL, Space.M)
        row = QHBoxLayout()
        self.card = QWidget(self.page)
        self.card.setObjectName("card")  # a plain QWidget: styled background by the sheet
        self.card.setMaximumWidth(max_width)
        row.addStretch(1)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)  # the room left over goes under the card, not into it
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(1, 1, 1, 1)  # inside the card's border
        self.card_layout.setSpacing(0)
        self.scroll = FittingScrollArea(self.card)
        self.scroll.setObjectName("cardScroll")
        self.body = QWidget()
        self.body.setObjectName("cardBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(Space.XL + Space.XS, Space.L, Space.XL + Space.XS,
                                       Space.L)
        self.scroll.setWidget(self.body)
        self.card_layout.addWidget(self.scroll, 1)
        pages.addWidget(self.page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def add_action_bar(self, bar: QWidget) -> None:
        """Show ``bar`` under the body, always in view."""
        margins = self.body_layout.contentsMargins()
        bar_layout = bar.layout()
        if bar_layout is not None:
            bar_layout.setContentsMargins(margins.left(), Space.M, margins.right(), Space.M)
        self.card_layout.addWidget(bar)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The field given the focus (Tab, or Save going to the first gap) is scrolled
        into view."""
        if new is not None and self.body.isAncestorOf(new):
            # A consent's box with its text and its message, not the box alone.
            holder = new.parentWidget()
            target = holder if isinstance(holder, ConsentBox) else new
            # Once the layout has settled: a message shown with the focus (Save on a field
            # still missing) makes the field taller.
            QTimer.singleShot(0, self, lambda: self._keep_in_view(target))

    def _keep_in_view(self, target: QWidget) -> None:
        if shiboken6.isValid(target) and target.isVisible():
            self.scroll.ensureWidgetVisible(target, 0, Space.XL)
