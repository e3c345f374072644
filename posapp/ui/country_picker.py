"""countryCode picker: a list of real countries, searchable by name or code, never free text.

Typing filters the list (the start of any word of the name in the UI language, or the
two-letter code, accents and case ignored); Enter, Tab or a click picks. Leaving the
field, or Enter, with text that matches no country puts the selected country back: the
field never shows one country while the form holds another. Alt+letter is a command (a
label's mnemonic), never typing: one that no label takes is dropped here, where the search
field would otherwise take its letter as a search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Signal, Slot
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QLineEdit, QWidget

from posapp.ui.qt_names import CASE_INSENSITIVE, USER_ROLE, set_qt_property
from posapp.validation import country_matches, country_names

CODE_ROLE = USER_ROLE + 1
NAME_ROLE = USER_ROLE + 2


def is_alt_letter(event: QKeyEvent) -> bool:
    """Alt (or Meta) with a character: a mnemonic no label took, not a letter to search for.

    Ctrl+Alt is let through: on Windows that is AltGr, which types characters.
    """
    from PySide6.QtCore import Qt  # a key press: not on the first frame's path

    modifiers = event.modifiers()
    alt_or_meta = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    return (bool(modifiers & alt_or_meta)
            and not modifiers & Qt.KeyboardModifier.ControlModifier
            and event.text().isprintable() and bool(event.text().strip()))


class _CountryFilter(QSortFilterProxyModel):
    """Keeps the countries matching the text typed so far."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        if not self._query:
            return True
        index = self.sourceModel().index(source_row, 0)
        return country_matches(self._query, index.data(CODE_ROLE), index.data(NAME_ROLE))


class CountryPicker(QComboBox):
    """An editable combo box whose value is always an ISO 3166-1 alpha-2 code."""

    code_changed = Signal(str)

    def __init__(self, language: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        # Not as wide as the longest country name of the language (Danish has one of 45
        # characters): the field takes the width its form gives it, the list shows all.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._items = QStandardItemModel(self)
        self._filter = _CountryFilter(self)  # owned by Qt: deleted with the picker
        self._filter.setSourceModel(self._items)
        # The model first: setModel() hands a combo box's model to its completer, and the
        # list under the field would then show every country, not the ones typed for.
        self.setModel(self._items)
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        set_qt_property(completer, "caseSensitivity", CASE_INSENSITIVE)
        self.setCompleter(completer)
        line = self.lineEdit()
        popup = completer.popup()
        assert line is not None and popup is not None
        self._line: QLineEdit = line
        self._completer: QCompleter = completer
        self._popup: QAbstractItemView = popup
        popup.setObjectName("countryMatches")  # styled as the combo boxes' lists (style.py)
        self.set_language(language)
        self.set_code(code)
        line.setObjectName("countryCodeSearch")
        line.textEdited.connect(self._on_text_edited)
        line.editingFinished.connect(self._restore_text)
        completer.activated[str].connect(self._on_completion)  # type: ignore[index]
        popup.installEventFilter(self)
        line.installEventFilter(self)
        self.installEventFilter(self)  # the focus widget: keys reach it before the field
        self.currentIndexChanged.connect(self._on_index_changed)

    def setAccessibleName(self, name: str) -> None:
        """The combo box and its search field share one accessible name."""
        super().setAccessibleName(name)
        self._line.setAccessibleName(name)

    def set_language(self, language: str) -> None:
        """Rebuild the list with country names in ``language``, keeping the selection."""
        current = self.code() if self._items.rowCount() else None
        self.blockSignals(True)
        self._items.clear()
        items = []
        for code, name in country_names(language):
            item = QStandardItem(f"{name} ({code})")
            item.setData(code, CODE_ROLE)
            item.setData(name, NAME_ROLE)
            items.append(item)
        # One insertion, not ~250: each row inserted alone is a signal the combo box, its
        # filter and its completer each act on (~1 ms before the first paint).
        self._items.invisibleRootItem().appendRows(items)
        self.blockSignals(False)
        if current:
            self.set_code(current)

    def code(self) -> str:
        """The selected country's code ('' only if the list is empty)."""
        value = self.currentData(CODE_ROLE)
        return str(value) if value else ""

    def selected_text(self) -> str:
        """The selected country as the list shows it, "Sverige (SE)".

        Not ``currentText()``: in an editable combo box that is whatever the search field
        holds, so putting it back would leave the typed text standing.
        """
        return self.itemText(self.currentIndex())

    def set_code(self, code: str) -> bool:
        """Select ``code``; False (selection unchanged) when it is not a known country."""
        index = self.findData(code.upper(), CODE_ROLE)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        self._line.setText(self.itemText(index))
        return True

    def focus_with_all_selected(self) -> None:
        """Put the focus here with the whole country selected, so that typing replaces it
        (never appends to "Sweden (SE)"). Selected now, not on the focus event: a window
        still behind a closing dialog gets that event only when it is activated."""
        self.setFocus()  # Qt's OtherFocusReason
        self._line.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Tab in the open list picks the highlighted (else the first) country;
        Alt+letter is never typed into the search.

        Enter on a search the list has closed for (nothing matched) puts the selected
        country back and goes no further: it must not reach the form as Save, which would
        send the old country for one the cashier meant to change.
        """
        if event.type() != QEvent.Type.KeyPress or watched not in (self, self._line,
                                                                      self._popup):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if is_alt_letter(event):
            return True  # dropped: QLineEdit would type it (it refuses only Ctrl+letter)
        from PySide6.QtCore import Qt

        key = event.key()
        if self._popup.isVisible():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._pick_from_list()
                if key == Qt.Key.Key_Tab:
                    self.focusNextPrevChild(True)
                elif key == Qt.Key.Key_Backtab:
                    self.focusNextPrevChild(False)
                return True
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._searching():
            self._restore_text()
            return True
        return super().eventFilter(watched, event)

    def _pick_from_list(self) -> None:
        popup = self._popup
        index = popup.currentIndex()
        if not index.isValid() and self._filter.rowCount():
            index = self._filter.index(0, 0)
        if index.isValid():
            self.set_code(str(index.data(CODE_ROLE)))
        popup.hide()
        self._filter.set_query("")
        self._line.setText(self.selected_text())

    def _searching(self) -> bool:
        """True while the field holds typed text, not the selected country."""
        return self._line.text().strip() != self.selected_text()

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self._filter.set_query(text.strip())
        if text.strip():
            self._completer.complete()
        else:
            self._popup.hide()

    @Slot(str)
    def _on_completion(self, text: str) -> None:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
        self._restore_text()

    @Slot()
    def _restore_text(self) -> None:
        """Pick the single match, else show the current country again: never free text."""
        typed = self._line.text().strip()
        if typed and self._searching():
            matches = [self._filter.index(row, 0).data(CODE_ROLE)
                       for row in range(self._filter.rowCount())]
            if typed.upper() in matches:
                self.set_code(typed.upper())
            elif len(matches) == 1:
                self.set_code(matches[0])
        self._filter.set_query("")
        self._line.setText(self.selected_text())

    @Slot(int)
    def _on_index_changed(self, _index: int) -> None:
        self.code_changed.emit(self.code())
