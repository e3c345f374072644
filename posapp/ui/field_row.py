"""One form field on screen: its label, its editor and the live message beside it.

A row shows a :class:`~posapp.form.field.FormField` and passes on what is typed
(``edited``); the form model decides everything else. The kind of editor comes from the
attribute table (``Editor``: a line, the country list, a drop-down list), and so do the
words, the input hints and how a valid value is written back (``Shown``): no row branches
on an attribute's name. The editor's objectName is the Engage attribute it edits
(``mobilePhone``, ``countryCode``…), so tests, screen readers and support all speak
Engage's names.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QLineEdit, QWidget

from posapp.form.attributes import Editor, Hint, Shown
from posapp.form.field import FormField, Gap
from posapp.form.signup_model import Screen
from posapp.ui import field_labels
from posapp.ui.accessibility import announce
from posapp.ui.country_picker import CountryPicker
from posapp.ui.dates import field_date, show_date
from posapp.ui.kiosk import kiosk_texts
from posapp.ui.qt_names import (
    IMH_DATE,
    IMH_DIALABLE_CHARACTERS_ONLY,
    IMH_EMAIL_CHARACTERS_ONLY,
    IMH_NO_PREDICTIVE_TEXT,
    IMH_NONE,
    IMH_PREFER_NUMBERS,
    LINKS_ACCESSIBLE_BY_MOUSE,
    PLAIN_TEXT,
    RICH_TEXT,
    set_qt_property,
)
from posapp.ui.restyle import set_style_property
from posapp.validation import FieldResult, FieldState, messages
from posapp.validation.email import SUGGESTION

MAX_INPUT = 120
_QT_HINTS = {
    Hint.DIALABLE: IMH_DIALABLE_CHARACTERS_ONLY,
    Hint.PREFER_NUMBERS: IMH_PREFER_NUMBERS,
    Hint.NO_PREDICTIVE: IMH_NO_PREDICTIVE_TEXT,
    Hint.DATE: IMH_DATE,
    Hint.EMAIL: IMH_EMAIL_CHARACTERS_ONLY,
}


def _qt_hints(hints: Hint) -> int:
    """Qt's InputMethodHints for ``hints``, as an int (posapp/ui/qt_names.py)."""
    flags = IMH_NONE
    for hint, flag in _QT_HINTS.items():
        if hint in hints:
            flags |= flag
    return flags


def _translate_message(result: FieldResult) -> str:
    if not result.message:
        return ""
    text = QCoreApplication.translate("validation", result.message)
    try:
        return text.format(**result.args)
    except (KeyError, IndexError, ValueError):
        return text


class FieldRow(QObject):
    """Label + editor + message for one field; ``edited`` carries each change of text."""

    edited = Signal(str)

    def __init__(self, field: FormField, *, screen: Screen, language: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.screen = screen
        # Save or Join was pressed: an empty mandatory field shows as an error.
        self.revealed = False
        self.editor = self._make_editor(language, parent)
        self.editor.setObjectName(field.name)
        self.label = QLabel(parent)
        self.label.setBuddy(self.editor)
        # The layout the label sits in when it is not placed in ``layout`` itself (the
        # till's labels: posapp/ui/qt_names.py right_aligned); taken out with the row.
        self.label_holder: QLayout | None = None
        self.message = QLabel(parent)
        self.message.setObjectName(f"{field.name}Message")
        self.message.setWordWrap(True)
        set_qt_property(self.message, "textFormat", PLAIN_TEXT)
        self.message.setProperty("role", "fieldMessage")
        set_qt_property(self.message, "textInteractionFlags", LINKS_ACCESSIBLE_BY_MOUSE)
        self.message.linkActivated.connect(self.accept_suggestion)
        # Rendered once, in retranslate(): each re-style of a polished combo box is ~2.5 ms.
        self._put_text(self._shown_text())
        # Not polished yet (built just above): the first render sets its properties alone,
        # and their first polish reads them; no re-style, which would import Qt (restyle.py).
        self._fresh = True
        self.retranslate()
        self._fresh = False

    @property
    def attribute(self) -> str:
        """The Engage attribute the row edits."""
        return self.field.name

    # -- the editor (one subclass per kind of editor) --------------------------------------

    def _make_editor(self, language: str, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def raw_text(self) -> str:
        """What the editor holds, as typed (a country's code, a choice's value)."""
        raise NotImplementedError

    def _put_text(self, text: str) -> None:
        """Show ``text`` in the editor without emitting ``edited``; clears undo history."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Freeze the field while a request runs; the text stays as typed."""
        self.editor.setEnabled(not read_only)

    def _retranslate_editor(self) -> None:
        """Editor texts that depend on the UI language."""

    def after_edit(self) -> None:
        """Called by the owner once the model took an edit of this row's own."""

    # -- showing the field -----------------------------------------------------------------

    def show_text(self) -> None:
        """Put the model's text into the editor (a fill, a reset) and render it."""
        self._put_text(self._shown_text())
        self.render()

    def _shown_text(self) -> str:
        return self.field.text

    def retranslate(self) -> None:
        """Set every visible and accessible text in the current UI language."""
        name, required = self.field.name, self.field.required
        if self.screen is Screen.KIOSK:
            self.label.setText(kiosk_texts.field_label(name, required=required))
            accessible = self.label.text()
        else:
            self.label.setText(field_labels.label(name) + (" *" if required else ""))
            plain = field_labels.plain_label(name)
            accessible = plain if not required else QCoreApplication.translate(
                "FieldRow", "{name} (required)").format(name=plain)
        self.editor.setAccessibleName(accessible)
        self.editor.setToolTip(self.description())
        self._retranslate_editor()
        self.render()

    def description(self) -> str:
        """What a screen reader says about the field (besides its name)."""
        if self.screen is Screen.KIOSK:
            return kiosk_texts.field_description(self.field.name)
        return field_labels.description(self.field.name)

    def render(self, *, typing: bool = False) -> None:
        """Show the field's state: a word and a colour, never the colour alone; and, once
        the typing stops, a suggestion ("Did you mean …@gmail.com?") taken with one tap on
        it or the Down arrow key (``accept_suggestion``). It never blocks saving."""
        state, text = self._verdict(typing)
        for widget in (self.editor, self.message):
            if self._fresh:
                widget.setProperty("validation", state)
            else:
                set_style_property(widget, "validation", state)
        suggestion = None if typing else self.suggestion
        spoken = text.removeprefix("✕ ").removeprefix("… ").removeprefix("✓ ")
        if suggestion:
            offer = QCoreApplication.translate("validation", messages.EMAIL_DID_YOU_MEAN)
            spoken = " ".join(part for part in (spoken, offer.format(
                suggestion=suggestion)) if part)
            import html  # only for a suggestion, never at start

            link = f'<a href="suggestion">{html.escape(suggestion)}</a>'
            rich = html.escape(offer).replace("{suggestion}", link)
            set_qt_property(self.message, "textFormat", RICH_TEXT)
            shown = (html.escape(text) + " " if text else "") + rich
        else:
            set_qt_property(self.message, "textFormat", PLAIN_TEXT)
            shown = text
        previous = self.message.text()
        self.message.setText(shown)
        if state == "invalid" and shown != previous:
            announce(self.message, self.editor, spoken)
        elif state != "invalid":
            self.message.setAccessibleName(spoken)
            self.editor.setAccessibleDescription(self.description())

    @property
    def suggestion(self) -> str | None:
        """A correction the validator proposes for what was typed (an e-mail's domain)."""
        derived = self.field.result.derived
        value = derived.get(SUGGESTION) if derived else None
        return value if value and value != self.field.text else None

    @Slot()
    def accept_suggestion(self) -> bool:
        """Take the suggestion (a tap on it, or Down); False when there is none."""
        suggestion = self.suggestion
        if suggestion is None:
            return False
        self._put_text(suggestion)
        self.edited.emit(suggestion)
        self.render()
        return True

    def _verdict(self, typing: bool) -> tuple[str, str]:
        """The style state and the message for the field now."""
        field, result = self.field, self.field.result
        if field.gap is Gap.REFUSED:
            return "invalid", "✕ " + self._refusal_text()
        if result.state is FieldState.INVALID:
            return "invalid", "✕ " + _translate_message(result)
        if result.state is FieldState.INCOMPLETE:
            message = _translate_message(result)
            return "incomplete", message if typing else "… " + message
        if result.state is FieldState.VALID:
            note = self._valid_note(result)
            return "valid", ("✓ " + note) if note else ""
        if field.required and self.revealed:
            return "invalid", "✕ " + self._missing_text()
        if field.required and not typing and self.screen is Screen.TILL:
            return "empty", QCoreApplication.translate("FieldRow", "Required")
        return "empty", ""

    def _refusal_text(self) -> str:
        if self.screen is Screen.KIOSK:  # Engage's own words are not for customers
            return kiosk_texts.check_this()
        return self.field.refusal or QCoreApplication.translate(
            "FieldRow", "Engage did not accept this field")

    def _missing_text(self) -> str:
        if self.screen is Screen.KIOSK:
            return kiosk_texts.fill_in()
        return QCoreApplication.translate("FieldRow", "Required")

    def _valid_note(self, result: FieldResult) -> str:
        if self.field.spec.echo_value and result.value:
            if self.screen is Screen.KIOSK and result.display:
                return result.display  # the customer's own number, as written locally
            return result.value
        born = result.derived.get("birthDay") if result.derived else None
        if born:
            return QCoreApplication.translate("FieldRow", "born {date}").format(
                date=show_date(born))
        return ""

    def reveal(self) -> None:
        """Save or Join was pressed: show an empty mandatory field as an error (announced),
        and a hint as after leaving the field."""
        self.revealed = True
        self.render()

    # -- lifetime --------------------------------------------------------------------------

    def dispose(self, layout: QLayout) -> None:
        """Take the row out of ``layout`` and delete it and its widgets now.

        Immediately, not with deleteLater(): widgets taken out of the tree but left for
        Python's cycle collector were destroyed at a random later moment, and PySide
        crashed doing so (a segfault after a contact-type switch).
        """
        if self.label_holder is not None:
            layout.removeItem(self.label_holder)
            shiboken6.delete(self.label_holder)
        for widget in (self.label, self.editor, self.message):
            layout.removeWidget(widget)
            shiboken6.delete(widget)
        shiboken6.delete(self)


class LineRow(FieldRow):
    """A line edit, validated as typed; a valid value is written back as the table says."""

    editor: QLineEdit

    def _make_editor(self, language: str, parent: QWidget) -> QWidget:
        line = QLineEdit(parent)
        line.setMaxLength(MAX_INPUT)
        line.setClearButtonEnabled(True)
        set_qt_property(line, "inputMethodHints", _qt_hints(self.field.spec.hints))
        line.textEdited.connect(self._on_text_edited)
        line.editingFinished.connect(self._on_editing_finished)
        return line

    def raw_text(self) -> str:
        return self.editor.text()

    def _put_text(self, text: str) -> None:
        self.editor.setText(text)  # setText, unlike clear(), also drops the undo history

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    def _retranslate_editor(self) -> None:
        self.editor.setPlaceholderText(field_labels.placeholder(self.field.name))

    def _shown_text(self) -> str:
        return self._display() or self.field.text

    def _display(self) -> str | None:
        """How the valid value reads in the field: dates in the UI language's own form."""
        result = self.field.result
        if result.state is not FieldState.VALID:
            return None
        if self.field.spec.shown is Shown.DATE and result.value:
            return field_date(result.value)
        return result.display

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self.edited.emit(text)

    def after_edit(self) -> None:
        # A number formatted as typed once it is complete, if the cursor is at the end
        # (typing or a scanner), never mid-edit. Other fields (a date is briefly valid on
        # its way to a longer one) are formatted when the focus leaves them.
        line = self.editor
        display = self._display()
        if (self.field.spec.shown is Shown.WHILE_TYPING and display
                and display != line.text() and line.cursorPosition() == len(line.text())):
            line.setText(display)

    @Slot()
    def _on_editing_finished(self) -> None:
        display = self._display()
        if display and display != self.editor.text():
            self.editor.setText(display)
        self.render()


class CountryRow(FieldRow):
    """The searchable country list; its text is always a country code."""

    editor: CountryPicker

    def _make_editor(self, language: str, parent: QWidget) -> QWidget:
        picker = CountryPicker(language, self.field.text, parent)
        picker.code_changed.connect(self.edited)
        return picker

    def raw_text(self) -> str:
        return self.editor.code()

    def _put_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.set_code(text)
        self.editor.blockSignals(False)


class ChoiceRow(FieldRow):
    """A drop-down list of the table's choices, with an empty first entry."""

    editor: QComboBox

    def _make_editor(self, language: str, parent: QWidget) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", None)
        for choice in self.field.spec.choices:
            combo.addItem(field_labels.choice_label(choice), choice.value)
        combo.currentIndexChanged.connect(self._on_index_changed)
        return combo

    def raw_text(self) -> str:
        data = self.editor.currentData()
        return str(data) if data else ""

    def _put_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setCurrentIndex(max(0, self.editor.findData(text)) if text else 0)
        self.editor.blockSignals(False)

    def _retranslate_editor(self) -> None:
        for index, choice in enumerate(self.field.spec.choices, start=1):
            self.editor.setItemText(index, field_labels.choice_label(choice))

    @Slot(int)
    def _on_index_changed(self, _index: int) -> None:
        self.edited.emit(self.raw_text())


_ROWS: dict[Editor, type[FieldRow]] = {
    Editor.LINE: LineRow,
    Editor.COUNTRY: CountryRow,
    Editor.CHOICE: ChoiceRow,
}


def field_row(field: FormField, *, screen: Screen, language: str,
              parent: QWidget) -> FieldRow:
    """The row for ``field``, its editor chosen by the attribute table."""
    return _ROWS[field.spec.editor](field, screen=screen, language=language, parent=parent)

