"""The full terms of a consent, on request: a scrollable page in the customer's language.

The tenant writes them per language (``terms.<language>`` of a ``[[consents]]`` entry);
the box's own sentence stands in where none is given. An overlay of the kiosk's, like its
other dialogs: the reset closes it, and Close gives the focus back to the consent's box.

Signals:
    closed(): the customer closed the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QScroller, QWidget

from posapp.config import ConsentSettings
from posapp.ui.kiosk.overlay import Overlay


class TermsPage(Overlay):
    """Shows one consent's terms; ``show_terms`` opens it."""

    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "termsPage", width=900)
        self._consent: ConsentSettings | None = None
        self._language = "en"
        self.title = QLabel(self.card)
        self.title.setObjectName("termsTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self.card)
        self.text.setObjectName("termsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea(self.card)
        self.scroll_area.setObjectName("termsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.text)
        QScroller.grabGesture(self.scroll_area.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        self.close_button = QPushButton(self.card)
        self.close_button.setObjectName("closeTerms")
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self._on_close)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.scroll_area, 1)
        self.card_layout.addWidget(self.close_button)
        self.retranslate()

    def show_terms(self, consent: ConsentSettings, language: str) -> None:
        """Open the page on ``consent``'s terms in ``language``, from the top."""
        self._consent = consent
        self._language = language
        self._fit_height()
        self.retranslate()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.open_overlay(self.close_button)

    def _fit_height(self) -> None:
        """As tall as the screen allows: the text scrolls inside, Close stays in sight."""
        parent = self.parentWidget()
        if parent is not None:
            self.card.setFixedHeight(max(320, parent.height() - 96))

    def retranslate(self) -> None:
        """The texts in the current UI language (the terms in the customer's)."""
        consent = self._consent
        self.title.setText(consent.text_for(self._language) if consent else "")
        self.text.setText(consent.terms_for(self._language) if consent else "")
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the terms"))
        self.setAccessibleName(self.tr("Terms"))

    @Slot()
    def _on_close(self) -> None:
        self.close_overlay()
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
