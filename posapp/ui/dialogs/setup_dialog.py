"""The set-up dialog: Engage address, API key, store, source, country and language.

Signals:
    saved(object): the Settings just written to the file.

Shown on first run (``posapp --setup``) and later behind the staff PIN. The rules (what is
checked and written where, which key is used and kept, what each problem reads like) are
in :mod:`posapp.setup`, without Qt; this dialog shows the form, passes its values on, and
translates and shows the plain results it gets back. "Test connection" runs on a worker
thread and says exactly what failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from posapp.connection_check import Diagnosis
from posapp.i18n import LANGUAGE_NAMES as ENDONYMS
from posapp.setup.fields import SetupValues
from posapp.setup.message import CONTEXT, Message
from posapp.setup.model import (
    FieldReport,
    FileWrong,
    KeyMissing,
    NotWritten,
    ReadyToTest,
    Saved,
    SetupModel,
    field_to_correct,
)
from posapp.ui.connection_tester import ConnectionTester
from posapp.ui.connection_texts import connection_text
from posapp.ui.country_picker import CountryPicker
from posapp.ui.dialogs.result_panel import PANEL_STYLE, ResultPanel, fit_text
from posapp.ui.restyle import restyle
from posapp.ui.style import current_colours
from posapp.validation.messages import QT_TRANSLATE_NOOP

# The placeholder of the address field: an address, the same in every language.
EXAMPLE_URL = "https://acme.voyado.com"

# UI languages by their own names (endonyms are never translated).
LANGUAGE_NAMES = tuple(ENDONYMS.items())

_STYLE = PANEL_STYLE + """
QLabel#apiKeyNote[warning="true"] {{ color: {c.invalid}; font-weight: 600; }}
"""


def _style() -> str:
    """The dialog's own rules, in colours readable on the palette now."""
    return _STYLE.format(c=current_colours())


# Before a system's or config.py's own (English) words: a detail for IT, set apart.
_FOR_IT = QT_TRANSLATE_NOOP("SetupDialog", "For IT: {detail}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _text(message: Message) -> str:
    """The set-up rules' words, translated first and formatted second."""
    return _tr(message.template).format(**message.args)


def _for_it(detail: str) -> str:
    """Another system's own words, marked as a detail for IT; "" when there are none."""
    return _tr(_FOR_IT).format(detail=detail) if detail else ""


def field_text(message: Message) -> str:
    """The words under a field: the dialog's sentence, then any detail for IT."""
    return "\n".join(part for part in (_text(message), _for_it(message.detail)) if part)


class SetupDialog(QDialog):
    """Edits the set-up values of ``path`` and keeps the API key in the credential store."""

    saved = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 environ: Mapping[str, str] | None = None, language: str = "en",
                 running: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setModal(True)
        self.setStyleSheet(_style())
        self.path = path
        self.model = SetupModel(path, environ)
        loaded = self.model.loaded
        self._saved_once = False
        # Opened from the running till: saved settings apply at the next start.
        self._running = running

        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.file_problem = ResultPanel("fileProblem", self)

        self.base_url = QLineEdit(loaded.base_url, self)
        self.base_url.setPlaceholderText(EXAMPLE_URL)
        self.base_url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly
                                          | Qt.InputMethodHint.ImhNoPredictiveText)
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                         | Qt.InputMethodHint.ImhNoPredictiveText
                                         | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.api_key_note = QLabel(self)
        self.api_key_note.setObjectName("apiKeyNote")
        self.api_key_note.setWordWrap(True)
        self.api_key_note.setProperty("role", "secondary")
        self.external_id = QLineEdit(loaded.external_id, self)
        self.external_id.setPlaceholderText("600")
        self.source = QLineEdit(loaded.source, self)
        self.country = CountryPicker(language, loaded.country, self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(loaded.language), 0))

        self.editors: dict[str, QWidget] = {
            "base_url": self.base_url, "api_key": self.api_key,
            "external_id": self.external_id, "source": self.source,
            "country": self.country, "language": self.language,
        }
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        row = 0
        for name, editor in self.editors.items():
            editor.setObjectName(name)
            label = QLabel(self)
            label.setBuddy(editor)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            message = QLabel(self)
            message.setObjectName(f"{name}Message")
            message.setProperty("role", "fieldMessage")
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.hide()
            self.labels[name], self.messages[name] = label, message
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(message, row + 1, 1)
            row += 2
            if name == "api_key":
                grid.addWidget(self.api_key_note, row, 1)
                row += 1
            grid.setRowMinimumHeight(row, 6)
            row += 1
        grid.setColumnStretch(1, 1)

        self.test_button = QPushButton(self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.connection_result = ResultPanel("connectionResult", self)
        self.save_result = ResultPanel("saveResult", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.reject)

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        # Everything but Cancel and Save scrolls: at 200 % on a small screen the dialog is
        # taller than the screen, and the two buttons must stay in sight.
        self.body = QWidget(self)
        self.body.setObjectName("setupBody")
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(24, 18, 24, 8)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_problem)
        layout.addSpacing(4)
        layout.addLayout(grid)
        layout.addLayout(test_row)
        layout.addWidget(self.connection_result)
        layout.addWidget(self.save_result)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("setupScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.body)
        buttons.setContentsMargins(24, 0, 24, 0)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 18)
        outer.setSpacing(10)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(buttons)
        for panel in (self.file_problem, self.connection_result, self.save_result):
            panel.shown.connect(self._on_panel_shown)

        order = [self.base_url, self.api_key, self.external_id, self.source, self.country,
                 self.language, self.test_button, self.cancel_button, self.save_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.tester = ConnectionTester(self)
        self.tester.busy_changed.connect(self._on_test_busy)
        self.tester.finished.connect(self._on_test_finished)
        for line in (self.base_url, self.api_key, self.external_id, self.source):
            line.textEdited.connect(self._on_edited)

        self.retranslate()
        self.resize(700, 640)
        self.fit_to_contents()
        self.base_url.setFocus()

    # -- size ------------------------------------------------------------------------------

    def fit_to_contents(self) -> None:
        """As large as the contents want, within the screen; the contents scroll beyond."""
        screen = self.screen()
        room = screen.availableGeometry().size() if screen is not None else QSize(4096, 4096)
        decoration = 40  # a title bar and frame the window manager adds
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        margins = self._outer.contentsMargins()
        below = (self._outer.spacing() + self.save_button.sizeHint().height()
                 + margins.top() + margins.bottom())
        body = self.body.minimumSizeHint()
        width = max(self.width(), min(body.width() + bar, room.width()))
        self.setMinimumSize(min(body.width() + bar, room.width()),
                            min(body.height() // 2 + below, room.height() - decoration))
        needed = self.body.heightForWidth(width) if self.body.hasHeightForWidth() \
            else self.body.sizeHint().height()
        height = min(max(self.height(), needed + below), room.height() - decoration)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    @Slot()
    def _on_panel_shown(self) -> None:
        panel = self.sender()
        self.fit_to_contents()
        if isinstance(panel, QWidget):
            # Once the layout has placed it: the news in sight when the dialog scrolls.
            QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(panel, 0, 0))

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.setWindowTitle(self.tr("posapp set-up"))
        self.title.setText(self.tr("Set up posapp"))
        self.intro.setText(self.tr(
            "Connects this till to Voyado Engage. The settings are saved in {path}; the API "
            "key is never written there.").format(path=self.path))
        labels = {
            "base_url": self.tr("Engage &address"), "api_key": self.tr("API &key"),
            "external_id": self.tr("&Store id"), "source": self.tr("S&ource"),
            "country": self.tr("&Country"), "language": self.tr("&Language"),
        }
        names = {
            "base_url": self.tr("Engage address"), "api_key": self.tr("API key"),
            "external_id": self.tr("Store external id"), "source": self.tr("Source"),
            "country": self.tr("Country"), "language": self.tr("Language"),
        }
        self._descriptions = {
            "base_url": self.tr("The tenant's Engage address, such as "
                                "https://acme.voyado.com."),
            "api_key": self.tr("The API key from Engage's configuration. It is not shown, "
                               "and never written to the file."),
            "external_id": self.tr("Sent to Engage as storeExternalId: the store that "
                                   "recruits the member."),
            "source": self.tr("Sent to Engage as source, such as POS."),
            "country": self.tr("The default country of new members and of local phone "
                               "numbers."),
            "language": self.tr("The language of posapp's screens at this till."),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(names[name])
            self.editors[name].setAccessibleDescription(self._descriptions[name])
        for name in ("external_id", "source", "country", "language"):
            self.editors[name].setToolTip(self._descriptions[name])
        self.test_button.setText(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Looks up a member that cannot exist: proves the "
                                            "address, the certificate and the API key."))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self._set_cancel_text()
        for button in (self.test_button, self.save_button):
            fit_text(button)
        self._show_key_state()
        if self.model.file_problem:
            self.file_problem.show_state(
                "failed", self.tr("The existing file cannot be read"),
                self.tr("Saving writes a new file; the old one is kept beside it as "
                        "{name}.bak.").format(name=self.path.name),
                _for_it(self.model.file_problem))

    def _set_cancel_text(self) -> None:
        text = self.tr("Close") if self._saved_once else self.tr("Cancel")
        self.cancel_button.setText(text)
        self.cancel_button.setAccessibleName(text)
        fit_text(self.cancel_button)

    def _show_key_state(self) -> None:
        """The note under the key field: where the key is kept, or why it cannot be."""
        state = self.model.key_note()
        self.api_key_note.setText(_text(state.note))
        self.api_key_note.setProperty("warning", "true" if state.warning else "false")
        restyle(self.api_key_note, labels=True)
        self.api_key.setPlaceholderText(_text(state.placeholder))

    # -- values ----------------------------------------------------------------------------

    def values(self) -> SetupValues:
        """What the form says now."""
        return SetupValues(
            base_url=self.base_url.text().strip(),
            external_id=self.external_id.text().strip(),
            source=self.source.text().strip(),
            country=self.country.code(),
            language=str(self.language.currentData()),
        )

    # -- messages --------------------------------------------------------------------------

    def _show_field(self, name: str, text: str) -> None:
        message = self.messages[name]
        message.setText(("✕ " + text) if text else "")
        message.setVisible(bool(text))
        state = "invalid" if text else ""
        for widget in (message, self.editors[name]):
            widget.setProperty("validation", state)
            restyle(widget, labels=True)
        # The error while there is one, else what the field is for.
        self.editors[name].setAccessibleDescription(text or self._descriptions[name])

    def _show_problems(self, report: FieldReport) -> bool:
        """Mark the fields the report checked; True when any of them is wrong."""
        for name in report.checked:
            problem = report.problems.get(name)
            self._show_field(name, field_text(problem) if problem else "")
        if report:
            self.editors[next(iter(report.problems))].setFocus()
        return bool(report)

    def _ask_for_key(self, message: Message) -> None:
        self._show_field("api_key", _text(message))
        self.api_key.setFocus()

    @Slot()
    def _on_edited(self) -> None:
        sender = self.sender()
        for name, editor in self.editors.items():
            if editor is sender and self.messages[name].isVisible():
                self._show_field(name, "")

    # -- test connection -------------------------------------------------------------------

    @Slot()
    def test_connection(self) -> None:
        """Check the address and key now, on the worker thread."""
        if self.tester.busy:
            return
        plan = self.model.plan_test(self.values(), self.api_key.text())
        if self._show_problems(plan.fields):
            return
        match plan:
            case FileWrong(lines=lines):
                self.connection_result.show_state(
                    "failed", self.tr("The [engage] settings cannot be used"),
                    self.tr("Correct these lines in the file, then test again."),
                    "\n".join(lines))
            case KeyMissing(message=message):
                self._ask_for_key(message)
            case ReadyToTest():
                self._show_field("api_key", "")
                self.connection_result.show_state(
                    "busy", self.tr("Testing the connection to {host}…").format(host=plan.host))
                self.tester.start(plan.engage, plan.key)

    @Slot(bool)
    def _on_test_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)

    @Slot(object)
    def _on_test_finished(self, diagnosis: object) -> None:
        if not isinstance(diagnosis, Diagnosis):
            return
        text = connection_text(diagnosis)
        detail = "" if diagnosis.ok else _for_it(
            self.model.keys.redact(diagnosis.detail, self.api_key.text()))
        self.connection_result.show_state("ok" if diagnosis.ok else "failed", text.title,
                                          text.explanation, detail)
        # Focus goes where the next keystroke belongs: Save, or the field to correct.
        if diagnosis.ok:
            self.save_button.setFocus()
        elif (name := field_to_correct(diagnosis)) is not None:
            self.editors[name].setFocus()
            if name == "api_key":
                self.api_key.selectAll()
        else:
            self.test_button.setFocus()

    # -- save ------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Validate everything, write the file, keep the key; say what happened."""
        result = self.model.save(self.values(), self.api_key.text())
        if self._show_problems(result.fields):
            return
        match result:
            case FileWrong(lines=lines):
                self.save_result.show_state(
                    "failed", self.tr("Not saved: other settings in the file are wrong"),
                    self.tr("Correct these lines in the file, then save again."),
                    "\n".join(lines))
            case KeyMissing(message=message):
                self._ask_for_key(message)
            case NotWritten(problem=problem):
                self.save_result.show_state(
                    "failed", self.tr("Not saved"),
                    " ".join((self.tr("{path} cannot be written.").format(path=self.path),
                              _text(problem))), _for_it(problem.detail))
            case Saved():
                self._show_saved(result)

    def _show_saved(self, result: Saved) -> None:
        self.file_problem.hide()
        self.api_key.clear()
        self._saved_once = True
        self._set_cancel_text()
        self._show_key_state()
        key = result.key
        self.save_result.show_state(
            "ok" if key.ok else "warning",
            self.tr("Saved") if key.ok else self.tr("Saved, but without the API key"),
            " ".join([self.tr("The settings are in {path}.").format(path=self.path),
                      _text(key.message)]
                     + ([self.tr("They take effect when posapp starts again.")]
                        if self._running else [])),
            _for_it(key.message.detail))
        self.cancel_button.setFocus()
        self.saved.emit(result.settings)

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Stop any running test before the dialog goes."""
        self.tester.shutdown()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # e.g. a switch to high contrast
            sheet = _style()
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tester.shutdown()
        super().closeEvent(event)
