"""An on-screen keyboard that suits the field being filled in: digits for numbers, letters
(with the Nordic letters of the chosen language) for names, @, .com and the store
country's own domain (.se, .fi, .no, .dk) for e-mail.

Keys never take the focus: each tap is sent to the field as the key event a physical
keyboard would produce, so validation, undo and the cursor behave exactly the same
whichever keyboard the customer uses. Next sends Return, which the form turns into
"go to the next field".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from posapp.form.attributes import Keyboard
from posapp.ui.dates import date_separator
from posapp.ui.design import TOUCH_MIN
from posapp.ui.restyle import restyle, set_style_property
from posapp.ui.type_ahead import KeyStroke

_RETURN = KeyStroke(Qt.Key.Key_Return.value, Qt.KeyboardModifier.NoModifier, "\r")


# The key sets; which one each attribute gets is a column of the attribute table.
KeyboardKind = Keyboard


# Widest the key sets grow (px): wide enough for thumbs, narrow enough to reach.
DIGIT_PAD_WIDTH = 560
LETTERS_WIDTH = 1080

# A key's least width (the style sheet's min-width, kiosk_style.py) and the most keys in a
# row: the letter rows'. The keyboard is never narrower than they need, whatever it shows.
KEY_MIN_WIDTH = TOUCH_MIN
MOST_KEYS_IN_A_ROW = 11
_SPACING, _MARGIN = 8, 14

# The least width of the letter keys (a key's 1-px border on each side is outside its
# min-width): a landscape kiosk holds the keyboard at least this wide, so that its column
# does not change width between the digit pad and the letters.
LETTERS_MIN_WIDTH = (MOST_KEYS_IN_A_ROW * (KEY_MIN_WIDTH + 2)
                     + (MOST_KEYS_IN_A_ROW - 1) * _SPACING + 2 * _MARGIN)

BACKSPACE, SHIFT, NEXT, SPACE, LETTERS, DIGITS = (
    "backspace", "shift", "next", "space", "letters", "digits")


@dataclass(frozen=True)
class Key:
    """One key: the text it types, or an action; ``span`` grid columns wide."""

    text: str = ""
    action: str = ""
    span: int = 1


def _nordic(language: str) -> tuple[str, str, str]:
    """The three letters after p and l, in the order of the language's own keyboard."""
    if language == "nb":
        return "å", "ø", "æ"
    if language == "da":
        return "å", "æ", "ø"
    return "å", "ö", "ä"


def _digit_pad(extra: str, letters_key: bool) -> list[list[Key]]:
    rows = [[Key(d) for d in "123"], [Key(d) for d in "456"], [Key(d) for d in "789"],
            [Key(extra), Key("0"), Key(action=BACKSPACE)]]
    if letters_key:
        rows.append([Key(action=LETTERS), Key(action=NEXT, span=2)])
    else:
        rows.append([Key(action=NEXT, span=3)])
    return rows


# Where a country's e-mail domain is not its ISO code in lower case.
_DOMAIN_EXCEPTIONS = {"GB": ".uk"}


def country_domain(country: str) -> str:
    """The store country's top-level domain for the e-mail keys: ".se" for SE."""
    code = country.upper()
    return _DOMAIN_EXCEPTIONS.get(code, "." + code.lower()) if len(code) == 2 else ""


def layout_rows(kind: KeyboardKind, language: str, letters: bool = False,
                country: str = "") -> list[list[Key]]:
    """The rows of keys for ``kind``; ``letters`` is the letter page of a NUMBER field;
    ``country`` (the store's) adds its domain beside .com on the e-mail keys."""
    if kind is KeyboardKind.PHONE:
        return _digit_pad("+", letters_key=False)
    if kind is KeyboardKind.NUMBER and not letters:
        return _digit_pad("-", letters_key=True)
    if kind is KeyboardKind.DATE:
        return _digit_pad(date_separator(language), letters_key=False)
    aa, first, second = _nordic(language)
    rows: list[list[Key]] = []
    if kind in (KeyboardKind.EMAIL, KeyboardKind.TEXT):
        rows.append([*(Key(d) for d in "1234567890"), Key("+")])
    rows.append([*(Key(c) for c in "qwertyuiop"), Key(aa)])
    rows.append([*(Key(c) for c in "asdfghjkl"), Key(first), Key(second)])
    rows.append([Key(action=SHIFT), *(Key(c) for c in "zxcvbnm"), Key("-"),
                 Key(action=BACKSPACE, span=2)])
    if kind is KeyboardKind.EMAIL:
        domain = country_domain(country)
        if domain and domain != ".com":
            rows.append([Key("@", span=2), Key("."), Key("_"), Key(".com", span=2),
                         Key(domain, span=2), Key(action=NEXT, span=3)])
        else:
            rows.append([Key("@", span=2), Key("."), Key("_"), Key(".com", span=3),
                         Key(action=NEXT, span=4)])
    elif kind is KeyboardKind.NAME:
        rows.append([Key("'"), Key(action=SPACE, span=7), Key("."), Key(action=NEXT, span=2)])
    elif kind is KeyboardKind.NUMBER:
        rows.append([Key(action=DIGITS, span=3), Key("+"), Key(action=SPACE, span=5),
                     Key(action=NEXT, span=2)])
    else:
        rows.append([Key(","), Key(action=SPACE, span=7), Key("."), Key(action=NEXT, span=2)])
    return rows


def _key_code(text: str) -> int:
    """The Qt key code a physical keyboard sends for ``text`` (Latin-1 keys match)."""
    if len(text) == 1 and ord(text.upper()) < 0x100:
        return ord(text.upper())
    return int(Qt.Key.Key_unknown.value)


class OnScreenKeyboard(QWidget):
    """Keys for the field that has (or last had) the focus; a tap types into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onscreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The keyboard's box keeps one width whichever keys it shows (digits, letters):
        # the keys sit centred in it, the digit pad no wider than DIGIT_PAD_WIDTH.
        self.setMaximumWidth(LETTERS_WIDTH)

        self._keys = QWidget(self)
        self._keys.setObjectName("keyboardKeys")
        box = QHBoxLayout(self)
        box.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        box.addWidget(self._keys)
        self._grid = QGridLayout(self._keys)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(_SPACING)
        self._target: QLineEdit | None = None
        self._kind = KeyboardKind.TEXT
        self._language = "en"
        self._country = ""
        self._letters = False
        self._shift = False
        self._buttons: dict[QPushButton, Key] = {}
        self._build()

    # -- public ----------------------------------------------------------------------------

    @property
    def kind(self) -> KeyboardKind:
        """The key set shown."""
        return self._kind

    @property
    def target(self) -> QLineEdit | None:
        """The field the keys type into."""
        return self._target

    def set_target(self, editor: QLineEdit | None, kind: KeyboardKind) -> None:
        """Type into ``editor`` from now on, with the keys that suit it."""
        self._target = editor
        if kind is not self._kind:
            self._kind = kind
            self._letters = False
            self._shift = False
            self._build()
        else:
            self._update_case()

    def set_language(self, language: str) -> None:
        """Show the Nordic letters of ``language`` (å ä ö, æ ø å)."""
        if language != self._language:
            self._language = language
            self._build()

    def set_country(self, country: str) -> None:
        """The store's country: its domain on the e-mail keys."""
        if country != self._country:
            self._country = country
            if self._kind is KeyboardKind.EMAIL:
                self._build()

    def reset(self) -> None:
        """Back to the first page of the current key set, shift off."""
        self._shift = False
        if self._letters:
            self._letters = False
            self._build()
        else:
            self._update_case()

    def button_for(self, text_or_action: str) -> QPushButton:
        """The key that types ``text_or_action`` or performs it (for tests and tools)."""
        for button, key in self._buttons.items():
            if text_or_action in (key.text, key.action):
                return button
        raise KeyError(text_or_action)

    def buttons(self) -> list[QPushButton]:
        """Every key shown."""
        return list(self._buttons)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        for button in self._buttons:
            self._grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = {}
        rows = layout_rows(self._kind, self._language, self._letters, self._country)
        digits = len(rows[0]) == 3
        self.setProperty("pad", "digits" if digits else "letters")
        self._keys.setMaximumWidth(DIGIT_PAD_WIDTH if digits else LETTERS_WIDTH)
        for r, row in enumerate(rows):
            column = 0
            for key in row:
                button = self._make_button(key)
                self._grid.addWidget(button, r, column, 1, key.span)
                column += key.span
        self.retranslate()
        self._update_case()
        restyle(self)  # its "pad" property changed

    def _make_button(self, key: Key) -> QPushButton:
        button = QPushButton(self._keys)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setObjectName(f"key_{key.action or key.text}")
        button.setProperty("role", "key" if not key.action else f"key-{key.action}")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if key.action == BACKSPACE:
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(450)
            button.setAutoRepeatInterval(90)
        button.clicked.connect(self._on_key)
        button.show()
        self._buttons[button] = key
        return button

    def retranslate(self) -> None:
        """Texts and accessible names of the action keys in the current UI language."""
        names = {
            BACKSPACE: ("⌫", self.tr("Delete")),
            SHIFT: ("⇧", self.tr("Capital letter")),
            NEXT: (self.tr("Next"), self.tr("Next field")),
            SPACE: ("", self.tr("Space")),
            LETTERS: ("ABC", self.tr("Letters")),
            DIGITS: ("123", self.tr("Digits")),
        }
        for button, key in self._buttons.items():
            if key.action:
                text, name = names[key.action]
                button.setText(text)
                button.setAccessibleName(name)
            else:
                button.setAccessibleName(key.text)
        self._update_case()

    def _upper(self) -> bool:
        if self._shift:
            return True
        if self._kind is not KeyboardKind.NAME or self._target is None:
            return False
        before = self._target.text()[: self._target.cursorPosition()]
        return not before or before[-1] in " -"

    def _update_case(self) -> None:
        upper = self._upper()
        for button, key in self._buttons.items():
            if not key.action:
                button.setText(key.text.upper() if upper and key.text.isalpha()
                               else key.text)
            elif key.action == SHIFT:
                set_style_property(button, "active", self._shift)

    # -- typing ----------------------------------------------------------------------------

    @Slot()
    def _on_key(self) -> None:
        button = self.sender()
        key = self._buttons.get(button) if isinstance(button, QPushButton) else None
        if key is None:
            return
        if key.action == SHIFT:
            self._shift = not self._shift
            self._update_case()
        elif key.action in (LETTERS, DIGITS):
            self._letters = key.action == LETTERS
            self._build()
        elif key.action == BACKSPACE:
            self._send(Qt.Key.Key_Backspace.value, "")
        elif key.action == NEXT:
            self._next()
        elif key.action == SPACE:
            self._send(Qt.Key.Key_Space.value, " ")
        else:
            text = key.text.upper() if self._upper() and key.text.isalpha() else key.text
            self._send(_key_code(text), text)
            self._shift = False
        self._update_case()

    def _next(self) -> None:
        """Return to the button the focus is on (Join, where the last Next left it, or a
        box just ticked), else to the field: Next on Join joins, as Enter does."""
        focus = QApplication.focusWidget()
        target = self._target
        if (isinstance(focus, QAbstractButton) and not self.isAncestorOf(focus)
                and target is not None and focus.window() is target.window()):
            _RETURN.send_to(focus)
            return
        self._send(Qt.Key.Key_Return.value, "\r")

    def _send(self, code: int, text: str) -> None:
        target = self._target
        if target is None or not target.isVisible() or not target.isEnabled():
            return
        if not target.hasFocus():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        KeyStroke(code, Qt.KeyboardModifier.NoModifier, text).send_to(target)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
