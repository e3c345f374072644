"""What each key does on each screen: one table, read by every view's key handler.

Nobody should have to read eight event handlers to know what Enter does. A view asks
:func:`action_for` with its ``View``, the key event and where the focus is (``Where``),
and performs the ``Action`` it gets; a key the table does not name goes on to Qt as usual
(Tab, the arrow keys, typing into a field). Shortcuts with Ctrl (Ctrl+N, Ctrl+F, Ctrl+S,
Ctrl+Alt+S, Ctrl+Q) are the main window's QShortcuts; Alt+letter reaches a label's field.

``KEY_MAP`` is the whole story, and the README's "At the till" section says it in words:

===============  ============  ================  ==========================================
view             key           where             does
===============  ============  ================  ==========================================
signup form      Enter         anywhere          save; or go to the first field missing
signup form      Down          a field           take its suggestion ("Did you mean …?")
find member      Enter         search field      search
find member      Enter         member's fields   save the changes
find member      Enter/Space   a button          press it (Enter too: "Sign up instead")
find member      Escape        anywhere          back to the signup form
confirmation     Enter/Space   anywhere          next signup
confirmation     typing        anywhere          next signup, the key lands in its key field
kiosk form       Enter (Next)  anywhere          next field; on Join, join
kiosk form       Down          a field           take its suggestion ("Did you mean …?")
PIN pad          digit         anywhere          type the digit
PIN pad          Backspace     anywhere          delete the last digit
PIN pad          Enter         anywhere          OK
waiting signups  Escape        anywhere          back to the signup form
waiting signups  Enter         the list          open the signup on the form (the list's own)
===============  ============  ================  ==========================================

Dialogs (409, a problem, set-up) follow Qt's own rule, Enter presses the default button,
behind the Enter guard (``enter_guard.py``: not the Enter that opened them). In the kiosk,
Escape, Alt+F4, Ctrl+W, Ctrl+Q and Alt+Space do nothing at all (``kiosk/key_lock.py``).
"""

from __future__ import annotations

import enum
from functools import cache

from PySide6.QtGui import QKeyEvent

from posapp.ui.type_ahead import command_modifiers


class View(enum.Enum):
    """The views whose keys the table knows."""

    SIGNUP = "signup form"
    FIND_MEMBER = "find member"
    CONFIRMATION = "confirmation"
    KIOSK_FORM = "kiosk form"
    PIN_PAD = "PIN pad"
    WAITING = "waiting signups"


class Key(enum.Enum):
    ENTER = "Enter"
    SPACE = "Space"
    ESCAPE = "Escape"
    BACKSPACE = "Backspace"
    DOWN = "Down"
    DIGIT = "digit"
    TYPING = "typing"  # any other printable character


class Where(enum.Enum):
    """Where the focus is, as far as a key's meaning depends on it."""

    ANYWHERE = "anywhere"
    SEARCH_FIELD = "search field"
    MEMBER_FIELDS = "member's fields"
    BUTTON = "a button"


class Action(enum.Enum):
    SAVE = "save"
    SEARCH = "search"
    SAVE_CHANGES = "save the changes"
    PRESS = "press the focused button"
    BACK = "back to the signup form"
    NEXT_SIGNUP = "next signup"
    NEXT_SIGNUP_TYPED = "next signup, the key into its key field"
    NEXT_FIELD = "next field (Join on Join)"
    ACCEPT_SUGGESTION = "take the field's suggestion"
    PIN_DIGIT = "type the digit"
    PIN_DELETE = "delete the last digit"
    PIN_OK = "OK"


KEY_MAP: dict[tuple[View, Key, Where], Action] = {
    (View.SIGNUP, Key.ENTER, Where.ANYWHERE): Action.SAVE,
    (View.SIGNUP, Key.DOWN, Where.ANYWHERE): Action.ACCEPT_SUGGESTION,
    (View.FIND_MEMBER, Key.ENTER, Where.SEARCH_FIELD): Action.SEARCH,
    (View.FIND_MEMBER, Key.ENTER, Where.MEMBER_FIELDS): Action.SAVE_CHANGES,
    (View.FIND_MEMBER, Key.ENTER, Where.BUTTON): Action.PRESS,
    (View.FIND_MEMBER, Key.ESCAPE, Where.ANYWHERE): Action.BACK,
    (View.CONFIRMATION, Key.ENTER, Where.ANYWHERE): Action.NEXT_SIGNUP,
    (View.CONFIRMATION, Key.SPACE, Where.ANYWHERE): Action.NEXT_SIGNUP,
    (View.CONFIRMATION, Key.DIGIT, Where.ANYWHERE): Action.NEXT_SIGNUP_TYPED,
    (View.CONFIRMATION, Key.TYPING, Where.ANYWHERE): Action.NEXT_SIGNUP_TYPED,
    (View.KIOSK_FORM, Key.ENTER, Where.ANYWHERE): Action.NEXT_FIELD,
    (View.KIOSK_FORM, Key.DOWN, Where.ANYWHERE): Action.ACCEPT_SUGGESTION,
    (View.PIN_PAD, Key.DIGIT, Where.ANYWHERE): Action.PIN_DIGIT,
    (View.PIN_PAD, Key.BACKSPACE, Where.ANYWHERE): Action.PIN_DELETE,
    (View.PIN_PAD, Key.ENTER, Where.ANYWHERE): Action.PIN_OK,
    (View.WAITING, Key.ESCAPE, Where.ANYWHERE): Action.BACK,
}


@cache
def _named() -> dict[int, Key]:
    """The named keys by Qt's key code (built at the first key press: ``Qt`` is not
    imported on the first frame's path, posapp/ui/qt_names.py)."""
    from PySide6.QtCore import Qt

    return {
        Qt.Key.Key_Return: Key.ENTER,
        Qt.Key.Key_Enter: Key.ENTER,
        Qt.Key.Key_Space: Key.SPACE,
        Qt.Key.Key_Escape: Key.ESCAPE,
        Qt.Key.Key_Backspace: Key.BACKSPACE,
        Qt.Key.Key_Down: Key.DOWN,
    }


def key_of(event: QKeyEvent) -> Key | None:
    """The table's name for the key pressed, or None (a command, a move, a modifier)."""
    if event.modifiers() & command_modifiers():
        return None
    named = _named().get(event.key())
    if named is not None:
        return named
    text = event.text()
    if len(text) == 1 and text.isdigit():
        return Key.DIGIT
    if text.isprintable() and text.strip():
        return Key.TYPING
    return None


def action_for(view: View, event: QKeyEvent,
               where: Where = Where.ANYWHERE) -> Action | None:
    """What ``event`` does in ``view`` with the focus ``where``; None: Qt's own handling.

    A rule for a particular place comes before the screen's rule for anywhere.
    """
    key = key_of(event)
    if key is None:
        return None
    return KEY_MAP.get((view, key, where)) or KEY_MAP.get((view, key, Where.ANYWHERE))


def actions_of(view: View) -> set[Action]:
    """Every action the table gives ``view`` (the view must be able to do each)."""
    return {action for (on, _key, _where), action in KEY_MAP.items() if on is view}
