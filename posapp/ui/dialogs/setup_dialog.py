"""The set-up dialog: Engage address, API key, store, source, country and language.

Signals:
    saved(object): the Settings just written to the file.

Shown on first run (``posapp --setup``) and later behind the staff PIN. Every field is
checked with config.py's own rules (the whole Settings model is built from the form before
anything is written); the file keeps every other setting and comment; the API key goes to
the operating system's credential store, never to the file, a log or the screen.
"Test connection" runs on a worker thread and says exactly what failed.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from tomlkit.toml_document import TOMLDocument

from posapp.api_key_store import (
    KeyStoreError,
    NoCredentialStore,
    save_api_key,
    store_name,
    stored_api_key,
)
from posapp.config import API_KEY_ENV, ConfigError, EngageSettings, Settings, api_key_from_env
from posapp.config_schema import SettingsError
from posapp.config_writer import (
    SetupProblems,
    SetupValues,
    apply_values,
    check,
    current_values,
    example_document,
    load_document,
    plain,
    write_document,
)
from posapp.connection_check import Diagnosis, Outcome
from posapp.i18n import LANGUAGE_NAMES as ENDONYMS
from posapp.ui.connection_tester import ConnectionTester
from posapp.ui.connection_texts import connection_text
from posapp.ui.country_picker import CountryPicker
from posapp.ui.restyle import restyle
from posapp.ui.style import current_colours
from posapp.validation.messages import QT_TRANSLATE_NOOP

log = logging.getLogger("posapp.setup")

# The placeholder of the address field: an address, the same in every language.
EXAMPLE_URL = "https://acme.voyado.com"

# UI languages by their own names (endonyms are never translated).
LANGUAGE_NAMES = tuple(ENDONYMS.items())

# config.py's messages for the dialog's fields → the dialog's words for them.
_FIELD_MESSAGES = (
    ("must be a URL such as",
     QT_TRANSLATE_NOOP("SetupDialog",
                       "Enter the tenant's Engage address, such as https://acme.voyado.com.")),
    ("must use https://",
     QT_TRANSLATE_NOOP("SetupDialog",
                       "Use https://. Plain http:// is only allowed to this computer.")),
    ("must not contain a query or fragment",
     QT_TRANSLATE_NOOP("SetupDialog", "Remove everything from the ? or # on.")),
    ("must not be empty", QT_TRANSLATE_NOOP("SetupDialog", "Required.")),
    ("is missing", QT_TRANSLATE_NOOP("SetupDialog", "Required.")),
    ("must be a two-letter country code",
     QT_TRANSLATE_NOOP("SetupDialog", "Pick a country from the list.")),
)

# Outcomes whose fix is in the address field.
_ADDRESS_OUTCOMES = frozenset({
    Outcome.UNKNOWN_HOST, Outcome.REFUSED, Outcome.CERT_WRONG_HOST, Outcome.TLS_FAILED,
    Outcome.NOT_ENGAGE,
})

_STYLE = """
QFrame[role="resultPanel"] {{
    border: 1px solid palette(mid); border-left: 5px solid palette(mid);
    border-radius: 6px; background: palette(base);
}}
QFrame[role="resultPanel"][state="ok"] {{ border-left-color: {c.valid}; }}
QFrame[role="resultPanel"][state="failed"] {{ border-left-color: {c.invalid}; }}
QFrame[role="resultPanel"][state="busy"] {{ border-left-color: palette(highlight); }}
QFrame[role="resultPanel"][state="warning"] {{ border-left-color: {c.demo}; }}
QFrame[state="warning"] QLabel#resultMark {{ color: {c.demo}; }}
QLabel#resultMark {{ font-size: 18pt; font-weight: 700; }}
QFrame[state="ok"] QLabel#resultMark {{ color: {c.valid}; }}
QFrame[state="failed"] QLabel#resultMark {{ color: {c.invalid}; }}
QLabel#resultTitle {{ font-size: 12pt; font-weight: 600; }}
QLabel#apiKeyNote[warning="true"] {{ color: {c.invalid}; font-weight: 600; }}
"""


def _style() -> str:
    """The dialog's own rules, in colours readable on the palette now."""
    return _STYLE.format(c=current_colours())


_UNUSABLE = QT_TRANSLATE_NOOP("SetupDialog", "This value cannot be used.")
# Before a system's or config.py's own (English) words: a detail for IT, set apart.
_FOR_IT = QT_TRANSLATE_NOOP("SetupDialog", "For IT: {detail}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupDialog", text)


def _field_message(config_message: str) -> str:
    """The dialog's words for config.py's message; config.py's own (English) words only as
    a marked detail for IT, never inside a translated sentence."""
    for prefix, text in _FIELD_MESSAGES:
        if config_message.startswith(prefix):
            return _tr(text)
    return "\n".join((_tr(_UNUSABLE), _tr(_FOR_IT).format(detail=config_message)))


# Why a file cannot be written, by errno: one whole sentence each, with what to do.
_WRITE_PROBLEMS: tuple[tuple[frozenset[int], str], ...] = (
    (frozenset({errno.EACCES, errno.EPERM}),
     QT_TRANSLATE_NOOP("SetupDialog", "This user may not change that file or its folder. Run "
                       "the set-up as a user who may, or point POSAPP_CONFIG at another "
                       "file.")),
    (frozenset({errno.EROFS}),
     QT_TRANSLATE_NOOP("SetupDialog", "It is on a read-only disk. Point POSAPP_CONFIG at a "
                       "file on another disk.")),
    (frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}),
     QT_TRANSLATE_NOOP("SetupDialog", "The disk is full. Free some space, then save again.")),
    (frozenset({errno.ENOENT, errno.ENOTDIR}),
     QT_TRANSLATE_NOOP("SetupDialog", "A folder on the way to it is missing or is a file. "
                       "Check the path, or point POSAPP_CONFIG at another file.")),
    (frozenset({errno.EISDIR}),
     QT_TRANSLATE_NOOP("SetupDialog", "That name is a folder, not a file. Point "
                       "POSAPP_CONFIG at a file.")),
)
_WRITE_OTHER = QT_TRANSLATE_NOOP("SetupDialog", "Run the set-up as a user who may change "
                                 "that file, or point POSAPP_CONFIG at another file.")


def write_problem(exc: OSError) -> tuple[str, str]:
    """The translated sentence for a failed write, and the system's own words for IT."""
    sentence = _WRITE_OTHER
    for numbers, text in _WRITE_PROBLEMS:
        if exc.errno in numbers:
            sentence = text
            break
    name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    detail = f"{exc.strerror} ({name})" if exc.strerror else name
    return _tr(sentence), _tr(_FOR_IT).format(detail=detail)


def _fit_text(button: QPushButton) -> None:
    """Room for the text in bold: the style makes the focused (default) button bold."""
    font = QFont(button.font())
    font.setWeight(QFont.Weight.DemiBold)
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(text) + 64)


class _ResultPanel(QFrame):
    """A mark, a title, an explanation and a detail line for IT; hidden until used."""

    # Shown or changed: the dialog makes room for it.
    shown = Signal()

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "resultPanel")
        self.mark = QLabel(self)
        self.mark.setObjectName("resultMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.mark.setMinimumWidth(28)
        self.title = QLabel(self)
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self)
        self.detail.setObjectName("resultDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setProperty("role", "secondary")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        words = QVBoxLayout()
        words.setSpacing(3)
        for widget in (self.title, self.text, self.detail, self.busy_bar):
            words.addWidget(widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 12, 8)
        row.addWidget(self.mark)
        row.addLayout(words, 1)
        self.hide()

    def show_state(self, state: str, title: str, text: str = "", detail: str = "") -> None:
        self.setProperty("state", state)
        self.mark.setText({"ok": "✓", "failed": "✕", "busy": "…", "warning": "!"}.get(state, ""))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.busy_bar.setVisible(state == "busy")
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(part for part in (text, detail) if part))
        restyle(self, labels=True)
        self.show()
        self.shown.emit()


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
        self._environ = os.environ if environ is None else environ
        self._file_problem: str | None = None
        try:
            self._document: TOMLDocument = load_document(path)
        except ConfigError as exc:
            self._file_problem = str(exc)
            self._document = example_document()
        self._loaded = current_values(self._document)
        if not path.exists():  # the example's tenant and store are not this till's
            self._loaded.update(base_url="", external_id="")
        self._saved_once = False
        # Opened from the running till: saved settings apply at the next start.
        self._running = running

        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.file_problem = _ResultPanel("fileProblem", self)

        self.base_url = QLineEdit(self._loaded["base_url"], self)
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
        self.external_id = QLineEdit(self._loaded["external_id"], self)
        self.external_id.setPlaceholderText("600")
        self.source = QLineEdit(self._loaded["source"] or "POS", self)
        self.country = CountryPicker(language, (self._loaded["country"] or "SE").upper(), self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        index = self.language.findData(self._loaded["language"] or "sv")
        self.language.setCurrentIndex(max(index, 0))

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
        self.connection_result = _ResultPanel("connectionResult", self)
        self.save_result = _ResultPanel("saveResult", self)
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
            _fit_text(button)
        self._show_key_state()
        if self._file_problem:
            self.file_problem.show_state(
                "failed", self.tr("The existing file cannot be read"),
                self.tr("Saving writes a new file; the old one is kept beside it as "
                        "{name}.bak.").format(name=self.path.name),
                _tr(_FOR_IT).format(detail=self._file_problem))

    def _set_cancel_text(self) -> None:
        text = self.tr("Close") if self._saved_once else self.tr("Cancel")
        self.cancel_button.setText(text)
        self.cancel_button.setAccessibleName(text)
        _fit_text(self.cancel_button)

    def _show_key_state(self) -> None:
        """The note under the key field: where the key is kept, or why it cannot be."""
        store = store_name()
        warning = False
        if api_key_from_env(self._environ):
            note = self.tr("{variable} is set on this computer: it is used instead of a key "
                           "saved here.").format(variable=API_KEY_ENV)
        elif store is None:
            note = self.tr("This machine has no credential store: set {variable} for the "
                           "posapp service.").format(variable=API_KEY_ENV)
            warning = True
        else:
            note = self.tr("Kept in the system's credential store ({store}), never in the "
                           "file.").format(store=store)
        self.api_key_note.setText(note)
        self.api_key_note.setProperty("warning", "true" if warning else "false")
        restyle(self.api_key_note, labels=True)
        if self._existing_key(self._loaded["base_url"]):
            self.api_key.setPlaceholderText(self.tr("Saved — type a new key to replace it"))
        else:
            self.api_key.setPlaceholderText(self.tr("The key from Engage's configuration"))

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

    def _existing_key(self, base_url: str) -> str | None:
        """A key already saved for this address (or the one first loaded); never shown."""
        for url in dict.fromkeys((base_url, self._loaded["base_url"])):
            if not url:
                continue
            try:
                key = stored_api_key(url)
            except KeyStoreError:
                return None
            if key:
                return key
        return None

    def _key_for_test(self, base_url: str) -> str | None:
        typed = self.api_key.text().strip()
        return typed or api_key_from_env(self._environ) or self._existing_key(base_url)

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

    def _show_problems(self, problems: SetupProblems, names: tuple[str, ...]) -> bool:
        """Mark the fields in ``names``; True when any of them is wrong."""
        first: QWidget | None = None
        for name in names:
            text = problems.fields.get(name, "")
            self._show_field(name, _field_message(text) if text else "")
            if text and first is None:
                first = self.editors[name]
        if first is not None:
            first.setFocus()
        return first is not None

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
        document = apply_values(self._document, self.values())
        _, problems = check(document, str(self.path))
        if self._show_problems(problems, ("base_url",)):
            return
        try:
            engage = EngageSettings.model_validate(plain(document).get("engage", {}))
        except SettingsError as exc:
            lines = [f"[engage] {'.'.join(map(str, p.loc))}: {p.message}" for p in exc.problems]
            self.connection_result.show_state(
                "failed", self.tr("The [engage] settings cannot be used"),
                self.tr("Correct these lines in the file, then test again."),
                "\n".join(lines))
            return
        key = self._key_for_test(engage.base_url)
        if not key:
            self._show_field("api_key", self.tr("Enter the API key to test the connection."))
            self.api_key.setFocus()
            return
        self._show_field("api_key", "")
        host = urlsplit(engage.base_url).hostname or engage.base_url
        self.connection_result.show_state(
            "busy", self.tr("Testing the connection to {host}…").format(host=host))
        self.tester.start(engage, key)

    @Slot(bool)
    def _on_test_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)

    @Slot(object)
    def _on_test_finished(self, diagnosis: object) -> None:
        if not isinstance(diagnosis, Diagnosis):
            return
        text = connection_text(diagnosis)
        detail = ""
        if diagnosis.detail and not diagnosis.ok:
            detail = _tr(_FOR_IT).format(detail=self._redact(diagnosis.detail))
        self.connection_result.show_state("ok" if diagnosis.ok else "failed", text.title,
                                          text.explanation, detail)
        # Focus goes where the next keystroke belongs: Save, or the field to correct.
        if diagnosis.ok:
            self.save_button.setFocus()
        elif diagnosis.outcome is Outcome.KEY_REJECTED:
            self.api_key.setFocus()
            self.api_key.selectAll()
        elif diagnosis.outcome in _ADDRESS_OUTCOMES:
            self.base_url.setFocus()
        else:
            self.test_button.setFocus()

    def _redact(self, text: str) -> str:
        """Belt and braces: no error text of ours holds the key, but never show it anyway."""
        for key in {self.api_key.text().strip(), api_key_from_env(self._environ) or ""}:
            if len(key) >= 4:
                text = text.replace(key, "***")
        return text

    # -- save ------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Validate everything, write the file, keep the key; say what happened."""
        values = self.values()
        document = apply_values(self._document, values)
        settings, problems = check(document, str(self.path))
        if self._show_problems(problems, ("base_url", "external_id", "source", "country",
                                          "language")):
            return
        if settings is None:
            self.save_result.show_state(
                "failed", self.tr("Not saved: other settings in the file are wrong"),
                self.tr("Correct these lines in the file, then save again."),
                "\n".join(problems.other))
            return
        typed = self.api_key.text().strip()
        existing = self._existing_key(settings.engage.base_url)
        env_key = api_key_from_env(self._environ)
        if not (typed or existing or env_key) and store_name() is not None:
            self._show_field("api_key", self.tr("Enter the API key."))
            self.api_key.setFocus()
            return
        try:
            if self._file_problem and self.path.exists():
                shutil.copy2(self.path, self.path.with_name(self.path.name + ".bak"))
            write_document(self.path, document)
        except OSError as exc:
            log.warning("set-up: cannot write %s: %s", self.path, exc.strerror)
            sentence, detail = write_problem(exc)
            self.save_result.show_state(
                "failed", self.tr("Not saved"),
                " ".join((self.tr("{path} cannot be written.").format(path=self.path),
                          sentence)), detail)
            return
        key_text, key_ok, key_detail = self._keep_key(settings, typed, existing)
        self._document = document
        self._loaded = values.as_dict()
        self._file_problem = None
        self.file_problem.hide()
        self.api_key.clear()
        self._saved_once = True
        self._set_cancel_text()
        self._show_key_state()
        log.info("set-up saved to %s (API key: %s)", self.path, "kept" if key_ok else "not kept")
        self.save_result.show_state(
            "ok" if key_ok else "warning",
            self.tr("Saved") if key_ok else self.tr("Saved, but without the API key"),
            " ".join([self.tr("The settings are in {path}.").format(path=self.path), key_text]
                     + ([self.tr("They take effect when posapp starts again.")]
                        if self._running else [])),
            key_detail)
        self.cancel_button.setFocus()
        self.saved.emit(settings)

    def _keep_key(self, settings: Settings, typed: str, existing: str | None
                  ) -> tuple[str, bool, str]:
        """Store the typed (or moved) key: the sentence to show, whether a key is set, and
        the credential store's own words for IT (or "")."""
        base_url = settings.engage.base_url
        env_key = api_key_from_env(self._environ)
        from_env = self.tr("{variable} is set on this computer: it is used as the API "
                           "key.").format(variable=API_KEY_ENV)
        no_store = self.tr("The API key was not saved: this machine has no credential "
                           "store. Set {variable} for the posapp service.").format(
                               variable=API_KEY_ENV)
        key = typed or existing
        if not key:
            return (from_env, True, "") if env_key else (no_store, False, "")
        try:
            if typed or not self._stored_exactly(base_url):
                save_api_key(base_url, key)
        except NoCredentialStore:
            return (from_env, True, "") if env_key else (no_store, False, "")
        except KeyStoreError as exc:
            log.warning("set-up: the API key was not stored: %s", exc)
            if env_key:
                return from_env, True, ""
            return (self.tr("The API key was not saved: the system's credential store "
                            "refused it. It may be locked; unlock it and save again."), False,
                    _tr(_FOR_IT).format(detail=exc))
        if env_key:
            return from_env, True, ""
        return self.tr("The API key is kept in the system's credential store."), True, ""

    @staticmethod
    def _stored_exactly(base_url: str) -> bool:
        try:
            return stored_api_key(base_url) is not None
        except KeyStoreError:
            return False

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
