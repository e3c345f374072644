"""The screen after Join: thank you, or "we couldn't finish" — then a reset.

Each outcome clears itself after a countdown, so whoever comes next sees the empty form.
The thanks are the same for a new member and for a key that is a member's already: the
kiosk never tells a stranger whether a number belongs to a member, and shows nothing
stored. "We couldn't finish" has no codes and offers Try again (back to the form as it
was) when trying again can help.

Signals:
    done(): Done was tapped or the countdown ran out: reset the kiosk.
    try_again(): back to the form, keeping what was typed.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.ui.kiosk import kiosk_texts
from posapp.ui.restyle import set_style_property


class Outcome(enum.Enum):
    """What happened to the signup."""

    THANK_YOU = "thankYou"
    PROBLEM = "problem"


MARK_SIZE = 128
_MARKS = {Outcome.THANK_YOU: "✓", Outcome.PROBLEM: "!"}


class OutcomePage(QWidget):
    """One message, one or two large buttons, and a countdown bar."""

    done = Signal()
    try_again = Signal()

    def __init__(self, tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePage")
        self.outcome: Outcome | None = None
        self._error: BaseException | None = None
        self._confirm_by_email = False
        self._kept = False
        self._total = 1
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_tick)

        self.mark = QLabel(self)
        self.mark.setObjectName("outcomeMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFixedSize(MARK_SIZE, MARK_SIZE)
        self.title = QLabel(self)
        self.title.setObjectName("outcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("outcomeBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("tryAgain")
        self.retry_button.setProperty("role", "primary")
        self.retry_button.clicked.connect(self._on_try_again)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self._on_done)
        self.countdown = QProgressBar(self)
        self.countdown.setObjectName("outcomeCountdown")
        self.countdown.setTextVisible(False)
        self.countdown.setFixedHeight(8)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("outcomeCountdownText")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        card = QWidget(self)
        card.setObjectName("outcomeCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setMinimumWidth(760)
        card.setMaximumWidth(900)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(56, 48, 56, 40)
        inner.setSpacing(20)
        inner.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.retry_button, 1)
        buttons.addWidget(self.done_button, 1)
        inner.addLayout(buttons)
        inner.addSpacing(12)
        inner.addWidget(self.countdown)
        inner.addWidget(self.countdown_label)
        # Stretches, not an alignment flag: an aligned widget gets its size hint, and the
        # wrapped texts of a long message would then overlap.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.retranslate()

    @property
    def remaining(self) -> int:
        """Seconds before the page clears itself."""
        return self._remaining

    @property
    def timer(self) -> QTimer:
        """The countdown's tick (tests drive it through ``timeout``)."""
        return self._timer

    def show_outcome(self, outcome: Outcome, seconds: int, *,
                     error: BaseException | None = None,
                     confirm_by_email: bool = False, kept: bool = False) -> None:
        """Show ``outcome`` and start counting ``seconds`` down; ``kept``: the signup waits
        on the kiosk for Engage, which the outbox sends it to."""
        self.outcome = outcome
        self._error = error
        self._confirm_by_email = confirm_by_email
        self._kept = kept
        self._total = max(1, seconds)
        self._remaining = seconds
        set_style_property(self.mark, "outcome", outcome.value)
        self.retranslate()
        self._timer.start()
        focus = self.done_button if self.retry_button.isHidden() else self.retry_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Stop the countdown and forget the outcome (the kiosk is being reset)."""
        self._timer.stop()
        self.outcome = None
        self._error = None

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        outcome = self.outcome
        retry = False
        if outcome is Outcome.THANK_YOU:  # the same for a member already: see above
            title = self.tr("Thank you!")
            if self._kept:
                body = (self.tr("You're signed up. We will send your confirmation e-mail "
                                "shortly.") if self._confirm_by_email
                        else self.tr("You're signed up. It reaches our membership system "
                                     "in a moment; there is nothing more to do."))
            elif self._confirm_by_email:
                body = self.tr("Please check your e-mail: our message tells you what "
                               "happens next.")
            else:
                body = self.tr("You're all set. Staff at the till are happy to help with "
                               "anything about your membership.")
        elif outcome is Outcome.PROBLEM:
            notice = kiosk_texts.notice_for(self._error or RuntimeError())
            title, body, retry = notice.title, notice.body, notice.retry
        else:
            title = body = ""
        self.mark.setText(_MARKS[outcome] if outcome else "")
        self.mark.setAccessibleName(title)
        self.title.setText(title)
        self.body.setText(body)
        self.retry_button.setVisible(retry)
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.done_button.setText(self.tr("Done") if outcome is not Outcome.PROBLEM
                                 else self.tr("Start over"))
        self.done_button.setAccessibleName(self.done_button.text())
        # Done is the one thing to do after a signup; after a problem, Try again leads.
        set_style_property(self.done_button, "role", "secondary" if retry else "primary")
        self._show_count()

    def _show_count(self) -> None:
        self.countdown.setRange(0, self._total)
        self.countdown.setValue(self._remaining)
        self.countdown_label.setText(
            self.tr("This screen clears itself in %n seconds", "", self._remaining))

    @Slot()
    def _on_tick(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        self._show_count()
        if self._remaining == 0:
            self._timer.stop()
            self.done.emit()

    @Slot()
    def _on_done(self) -> None:
        self._timer.stop()
        self.done.emit()

    @Slot()
    def _on_try_again(self) -> None:
        self._timer.stop()
        self.try_again.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
