"""One form field: its label, its editor and the live message beside it.

The editor's objectName is the Engage attribute it edits (``mobilePhone``, ``countryCode``…),
so tests, screen readers and support all speak Engage's names. Validation itself lives in
``posapp.validation`` (plain Python); this class only shows its verdict.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QLineEdit, QWidget

from posapp.i18n import LANGUAGE_NAMES, LANGUAGES
from posapp.ui import field_labels
from posapp.ui.accessibility import announce
from posapp.ui.country_picker import CountryPicker
from posapp.ui.dates import field_date, show_date
from posapp.ui.restyle import set_style_property
from posapp.validation import FieldContext, FieldResult, FieldState, validate_field

LINE_FIELDS = frozenset({
    "mobilePhone", "socialSecurityNumber", "email", "externalId", "firstName", "lastName",
    "birthDay", "street", "zipCode", "city",
})
_HINTS = {
    "mobilePhone": Qt.InputMethodHint.ImhDialableCharactersOnly,
    "socialSecurityNumber": Qt.InputMethodHint.ImhPreferNumbers
    | Qt.InputMethodHint.ImhNoPredictiveText,
    "birthDay": Qt.InputMethodHint.ImhDate,
    "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
    "externalId": Qt.InputMethodHint.ImhNoPredictiveText,
}
MAX_INPUT = 120


def _translate_message(result: FieldResult) -> str:
    if not result.message:
        return ""
    text = QCoreApplication.translate("validation", result.message)
    try:
        return text.format(**result.args)
    except (KeyError, IndexError, ValueError):
        return text


class FieldRow(QObject):
    """Label + editor + message for one attribute; emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(
        self,
        attribute: str,
        *,
        required: bool,
        context: FieldContext,
        language: str,
        default_country: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.attribute = attribute
        self.required = required
        self._context = context
        self._server_error = ""
        self._derived_text: str | None = None
        # The screen reader's description; the kiosk words it for customers.
        self._description: str | None = None
        self.editor = self._make_editor(attribute, language, default_country, parent)
        self.editor.setObjectName(attribute)
        self.label = QLabel(parent)
        self.label.setBuddy(self.editor)
        self.message = QLabel(parent)
        self.message.setObjectName(f"{attribute}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "fieldMessage")
        # Validated before the texts are set: the row is styled for its state once (each
        # re-style of a polished combo box is ~2.5 ms of start-up), not as empty first.
        self._result = self._validate()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _make_editor(
        self, attribute: str, language: str, default_country: str, parent: QWidget
    ) -> QWidget:
        if attribute == "countryCode":
            picker = CountryPicker(language, default_country, parent)
            picker.code_changed.connect(self._on_edited)
            return picker
        if attribute in ("gender", "lang"):
            combo = QComboBox(parent)
            combo.addItem("", None)
            values = ("Female", "Male", "Other") if attribute == "gender" else LANGUAGES
            for value in values:  # genders are translated in retranslate()
                combo.addItem(LANGUAGE_NAMES.get(value, value) if attribute == "lang"
                              else value, value)
            combo.currentIndexChanged.connect(self._on_edited)
            return combo
        line = QLineEdit(parent)
        line.setMaxLength(MAX_INPUT)
        line.setClearButtonEnabled(True)
        line.setInputMethodHints(_HINTS.get(attribute, Qt.InputMethodHint.ImhNone))
        line.textEdited.connect(self._on_text_edited)
        line.editingFinished.connect(self._on_editing_finished)
        return line

    def retranslate(self) -> None:
        """Set every visible and accessible text in the current UI language."""
        name = field_labels.plain_label(self.attribute)
        marker = " *" if self.required else ""
        self.label.setText(field_labels.label(self.attribute) + marker)
        self.editor.setAccessibleName(
            name if not self.required
            else QCoreApplication.translate("FieldRow", "{name} (required)").format(name=name)
        )
        self.editor.setAccessibleDescription(self.description())
        self.editor.setToolTip(self.description())
        if isinstance(self.editor, QLineEdit):
            self.editor.setPlaceholderText(field_labels.placeholder(self.attribute))
        if self.attribute == "gender" and isinstance(self.editor, QComboBox):
            texts = {"Female": QCoreApplication.translate("FieldRow", "Female"),
                     "Male": QCoreApplication.translate("FieldRow", "Male"),
                     "Other": QCoreApplication.translate("FieldRow", "Other")}
            for index in range(1, self.editor.count()):
                self.editor.setItemText(index, texts[self.editor.itemData(index)])
        self._show(self._result, typing=False)

    def description(self) -> str:
        """What a screen reader says about the field (besides its name)."""
        if self._description is not None:
            return self._description
        return field_labels.description(self.attribute)

    def set_description(self, text: str) -> None:
        """Word the description for another audience (the kiosk's customers)."""
        self._description = text
        if self.editor.property("validation") != "invalid":  # else the error stays said
            self.editor.setAccessibleDescription(text)
        self.editor.setToolTip(text)

    # -- value and state -------------------------------------------------------------------

    def raw_text(self) -> str:
        """What the editor holds, as typed."""
        if isinstance(self.editor, CountryPicker):
            return self.editor.code()
        if isinstance(self.editor, QComboBox):
            data = self.editor.currentData()
            return str(data) if data else ""
        assert isinstance(self.editor, QLineEdit)
        return self.editor.text()

    def result(self) -> FieldResult:
        """The latest verdict of the validator."""
        return self._result

    @property
    def acceptable(self) -> bool:
        """Valid, or empty and optional; a server-side error must be edited away first."""
        if self._server_error:
            return False
        if self._result.state is FieldState.VALID:
            return True
        return self._result.state is FieldState.EMPTY and not self.required

    def value(self) -> str | None:
        """The normalised value to send, or None when empty."""
        return self._result.value if self._result.state is FieldState.VALID else None

    def set_context(self, context: FieldContext) -> None:
        """Re-validate under a new context (a new countryCode changes how phones read)."""
        self._context = context
        self._result = self._validate()
        self._show(self._result, typing=False)

    def dispose(self, layout: QLayout) -> None:
        """Take the row out of ``layout`` and delete it and its widgets now.

        Immediately, not with deleteLater(): widgets taken out of the tree but left for
        Python's cycle collector were destroyed at a random later moment, and PySide
        crashed doing so (a segfault after a contact-type switch).
        """
        for widget in (self.label, self.editor, self.message):
            layout.removeWidget(widget)
            shiboken6.delete(widget)
        shiboken6.delete(self)

    def reveal(self, *, missing: bool = False) -> None:
        """Show the verdict as after leaving the field ("Required", not a typing hint).

        ``missing``: Save was pressed, so an empty mandatory field is an error (red, and
        announced), not a reminder.
        """
        self._show(self._result, typing=False, missing=missing)

    def set_text(self, text: str, *, derived: bool = False) -> None:
        """Fill the field from code (prefill, derived birthDay); clears undo history."""
        if isinstance(self.editor, CountryPicker):
            self.editor.set_code(text)
        elif isinstance(self.editor, QComboBox):
            self.editor.setCurrentIndex(max(0, self.editor.findData(text)))
        else:
            assert isinstance(self.editor, QLineEdit)
            self.editor.setText(text)
            if self.attribute == "birthDay":  # a derived ISO birthday in the cashier's form
                shown = self._display(self._validate())
                if shown and shown != text:
                    self.editor.setText(shown)
        self._derived_text = self.raw_text() if derived else None
        self._server_error = ""
        self._result = self._validate()
        self._show(self._result, typing=False)
        self.changed.emit()

    @property
    def holds_derived_value(self) -> bool:
        """True while the text is one posapp filled in and nobody has edited since."""
        return self._derived_text is not None and self.raw_text() == self._derived_text

    def clear(self, default_country: str) -> None:
        """Empty the field completely, undo history included."""
        self._server_error = ""
        self._derived_text = None
        if isinstance(self.editor, CountryPicker):
            self.editor.set_code(default_country)
        elif isinstance(self.editor, QComboBox):
            self.editor.setCurrentIndex(0)
        else:
            assert isinstance(self.editor, QLineEdit)
            self.editor.setText("")  # setText, unlike clear(), also drops the undo history
        self._result = self._validate()
        self._show(self._result, typing=False)

    def set_server_error(self, message: str) -> None:
        """Mark the field with Engage's own message (422) until it is edited."""
        self._server_error = message or QCoreApplication.translate(
            "FieldRow", "Engage did not accept this field")
        self._show(self._result, typing=False)

    def set_read_only(self, read_only: bool) -> None:
        """Freeze the field while a request runs; the text stays as typed."""
        if isinstance(self.editor, QLineEdit):
            self.editor.setReadOnly(read_only)
        else:
            self.editor.setEnabled(not read_only)

    # -- slots -----------------------------------------------------------------------------

    def _validate(self) -> FieldResult:
        return validate_field(self.attribute, self.raw_text(), self._context)

    @Slot()
    def _on_edited(self) -> None:
        self._server_error = ""
        self._derived_text = None
        self._result = self._validate()
        self._show(self._result, typing=True)
        self.changed.emit()

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        self._on_edited()
        line = self.editor
        assert isinstance(line, QLineEdit)
        # A phone number is formatted as typed once it is complete, if the cursor is at
        # the end (typing or a scanner), never mid-edit. Other fields (a date is briefly
        # valid on its way to a longer one) are formatted when the focus leaves them.
        display = self._result.display
        if (self.attribute == "mobilePhone" and self._result.state is FieldState.VALID
                and display and display != line.text()
                and line.cursorPosition() == len(line.text())):
            line.setText(display)

    def _display(self, result: FieldResult) -> str | None:
        """How a valid value reads in the field: dates in the UI language's own form."""
        if result.state is not FieldState.VALID:
            return None
        if self.attribute == "birthDay" and result.value:
            return field_date(result.value)
        return result.display

    @Slot()
    def _on_editing_finished(self) -> None:
        display = self._display(self._result)
        line = self.editor
        if (isinstance(line, QLineEdit) and self._result.state is FieldState.VALID and display
                and display != line.text()):
            line.setText(display)
        self._show(self._result, typing=False)

    def _show(self, result: FieldResult, *, typing: bool, missing: bool = False) -> None:
        """Render the state: a word and a colour, never the colour alone."""
        if self._server_error:
            state, text = "invalid", "✕ " + self._server_error
        elif result.state is FieldState.INVALID:
            state, text = "invalid", "✕ " + _translate_message(result)
        elif result.state is FieldState.INCOMPLETE:
            state, text = "incomplete", _translate_message(result) if typing else (
                "… " + _translate_message(result))
        elif result.state is FieldState.VALID:
            note = self._valid_note(result)
            state, text = "valid", ("✓ " + note) if note else ""
        elif missing and self.required:
            state, text = "invalid", "✕ " + QCoreApplication.translate("FieldRow", "Required")
        else:
            state = "empty"
            text = QCoreApplication.translate("FieldRow", "Required") if (
                self.required and not typing) else ""
        for widget in (self.editor, self.message):
            set_style_property(widget, "validation", state)
        previous = self.message.text()
        self.message.setText(text.strip())
        if state == "invalid" and text.strip() != previous:
            announce(self.message, self.editor, text.lstrip("✕ ").strip())
        elif state != "invalid":
            self.message.setAccessibleName(text.strip())
            self.editor.setAccessibleDescription(self.description())

    def _valid_note(self, result: FieldResult) -> str:
        if self.attribute == "mobilePhone" and result.value:
            return result.value
        born = result.derived.get("birthDay") if result.derived else None
        if born:
            return QCoreApplication.translate("FieldRow", "born {date}").format(
                date=show_date(born))
        return ""
