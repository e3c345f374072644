"""Waiting signups: what the outbox keeps, for staff.

Two kinds wait. Signups queued for Engage (it could not be reached) are counted, with the
oldest's age; the background sender sends them by itself. Signups Engage refused in a way
a person must settle (the key belongs to another member: 409; fields it did not accept:
422) are listed one by one, the key masked and the fields Engage named spelled out; staff
open one on the signup form (the named fields marked) to correct and save it, or discard
it. Nothing is dropped silently: entries older than the retention are purged by the
sender, with a log line.

Signals:
    open_requested(int): the entry to open on the signup form.
    discard_requested(int): the entry staff chose to discard (already confirmed).
    back_requested(): back to the signup form.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.masking import mask_value
from posapp.outbox.sender import OutboxStatus
from posapp.outbox.store import OutboxEntry
from posapp.ui import field_labels
from posapp.ui.dialogs.discard_question import discard_question, discarded
from posapp.ui.key_map import Action, View, action_for

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitingPage(QWidget):
    """The queued count and the list of signups waiting for staff."""

    open_requested = Signal(int)
    discard_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingPage")
        self._entries: list[OutboxEntry] = []
        self._status: OutboxStatus | None = None
        self._oldest: float | None = None
        # The "Discard?" question while it is open.
        self.confirm_discard: QMessageBox | None = None
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.queued = QLabel(self)
        self.queued.setObjectName("waitingQueued")
        self.queued.setWordWrap(True)
        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("waitingList")
        self.list_label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._on_open)
        self.empty = QLabel(self)
        self.empty.setObjectName("waitingEmpty")
        self.empty.setProperty("role", "secondary")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openWaiting")
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self._on_open)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discardWaiting")
        self.discard_button.clicked.connect(self._on_discard)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToSignup")
        self.back_button.clicked.connect(self.back_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        back = QHBoxLayout()
        back.addWidget(self.back_button)
        back.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.queued)
        layout.addSpacing(6)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addStretch(0)
        layout.addLayout(back)
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------

    def show_entries(self, status: OutboxStatus | None, needs_person: list[OutboxEntry],
                     oldest_queued: float | None) -> None:
        """What waits now: the counts, and the entries for staff (newest last)."""
        current = self._current_id()
        self._status, self._entries, self._oldest = status, needs_person, oldest_queued
        self.list.clear()
        for entry in needs_person:
            item = QListWidgetItem(self._describe(entry))
            item.setData(ENTRY_ROLE, entry.id)
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.retranslate()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ENTRY_ROLE)) if item is not None else None

    def _describe(self, entry: OutboxEntry) -> str:
        """Two lines: who (the key masked) and when; what Engage said."""
        signup = entry.signup
        who = f"{field_labels.plain_label(signup.key)}: {mask_value(signup.key, signup.key_value)}"
        when = datetime.fromtimestamp(entry.created_at).strftime("%Y-%m-%d %H:%M")
        problem = entry.problem
        if problem is not None and problem.kind == "already_member_other":
            what = self.tr("Another member already has this key.")
        elif problem is not None and problem.fields:
            names = ", ".join(field_labels.plain_label(name) for name in problem.fields)
            what = self.tr("Engage did not accept: {fields}").format(fields=names)
        elif problem is not None and problem.kind == "multiple_matches":
            what = self.tr("Several members have this key.")
        else:
            what = self.tr("Engage refused the signup.")
        return f"{who} · {signup.contact_type} · {when}\n{what}"

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.title.setText(self.tr("Waiting signups"))
        status = self._status
        queued = status.queued if status is not None else 0
        if status is None:
            text = self.tr("Signups are not kept on this till: the outbox could not be "
                           "opened. Tell IT (see the log).")
        elif queued and self._oldest is not None:
            since = datetime.fromtimestamp(self._oldest).strftime("%Y-%m-%d %H:%M")
            text = self.tr("%n signups wait to be sent to Engage, the oldest since {since}. "
                           "They are sent by themselves when Engage answers.", "",
                           queued).format(since=since)
        else:
            text = self.tr("No signup waits to be sent to Engage.")
        if status is not None and status.paused:
            text += " " + self.tr("Sending is paused: Engage refused this till's API key. "
                                  "Tell IT.")
        self.queued.setText(text)
        self.list_label.setText(self.tr("&Signups for staff to settle:"))
        self.empty.setText(self.tr("None: nothing needs staff."))
        self.list.setVisible(bool(self._entries))
        self.list_label.setVisible(bool(self._entries))
        self.empty.setVisible(not self._entries)
        # Nothing to open or discard: no buttons for it (Back stays).
        self.open_button.setVisible(bool(self._entries))
        self.discard_button.setVisible(bool(self._entries))
        self.open_button.setText(self.tr("&Open on the form"))
        self.open_button.setAccessibleName(self.tr("Open on the signup form"))
        self.discard_button.setText(self.tr("&Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard this signup"))
        self.back_button.setText(self.tr("← Back to signup"))
        self.back_button.setAccessibleName(self.tr("Back to signup"))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self._current_id() is not None
        self.open_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def focus_list(self) -> None:
        """The focus where staff start: the list, else Back."""
        target: QWidget = self.list if self._entries else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def _on_open(self) -> None:
        entry_id = self._current_id()
        if entry_id is not None:
            self.open_requested.emit(entry_id)

    @Slot()
    def _on_discard(self) -> None:
        """Ask first: a discarded signup never reaches Engage."""
        entry_id = self._current_id()
        if entry_id is None:
            return
        box = discard_question(
            self, "confirmDiscard", self.tr("Discard the signup?"),
            self.tr("The customer's details are deleted from this till and never reach "
                    "Engage. Discard?"))
        box.finished.connect(lambda result: self._on_discard_answered(entry_id, result))
        self.confirm_discard = box
        box.open()

    def _on_discard_answered(self, entry_id: int, result: int) -> None:
        self.confirm_discard = None
        if discarded(result):
            self.discard_requested.emit(entry_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """What a key does here is in ``key_map.py``: Escape goes back to the signup form
        (Enter on a signup of the list opens it: the list's own activation)."""
        if action_for(View.WAITING, event) is Action.BACK:
            event.accept()
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
