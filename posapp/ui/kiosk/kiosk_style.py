"""The kiosk's look: posapp's design language (``posapp/ui/design.py``) at kiosk size.

The colours are the design's fixed light theme (``design.KIOSK_ROLES``), so a chain puts
its brand colour in one place; they are fixed rather than taken from the system palette
(as the till does): a kiosk is a fixed device, and a dark desktop theme must not turn its
text white on a white card. Child widgets do not inherit a palette set under an
application style sheet, so every colour is written into the style sheet. Type sizes are
the design's scale from the kiosk's body size; validation accents are always paired with a
word or symbol. Every tappable thing is at least 56 px high (the floor is
``design.TOUCH_MIN``, 44 × 44 px, checked by the tests at both screen orientations). A low
screen (1366×768) gets COMPACT on top: the scale from a smaller body size and smaller
targets (still 44 px or more), so that the whole form and the PIN pad fit its 768 px.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from posapp.ui.design import (
    KIOSK_COMPACT_TYPE,
    KIOSK_ROLES,
    KIOSK_TYPE,
    TOUCH_MIN,
    Radius,
    dialog_rules,
    scroll_bar_rules,
)
from posapp.ui.kiosk.onscreen_keyboard import KEY_MIN_WIDTH

_R = KIOSK_ROLES
# The brand accent (buttons, focus, the selected language).
ACCENT = _R.accent
BACKGROUND = _R.window
SURFACE = _R.surface
TEXT = _R.text
MUTED = _R.muted
BORDER = _R.border
KEY = _R.control
INVALID = _R.invalid
VALID = _R.valid
# The "we couldn't finish" mark: amber, calm, not an alarm red (white on it: 5.4:1).
CAUTION = _R.caution
DIM = "rgba(20, 24, 28, 150)"
T = KIOSK_TYPE
BASE_POINT_SIZE = 18.0  # between body and field: what an unstyled widget shows
CONTROL = Radius.KIOSK_CONTROL
CARD = Radius.KIOSK_CARD


STYLESHEET = f"""
QWidget#kioskWindow {{ background: {BACKGROUND}; }}
QLabel, QCheckBox {{ color: {TEXT}; }}
QWidget#kioskHeader {{ background: {BACKGROUND}; }}
QLabel#kioskTitle {{ font-size: {T.display}pt; font-weight: 700; color: {TEXT}; }}
QLabel#kioskSubtitle {{ font-size: {T.body}pt; color: {MUTED}; }}
QLabel[role="stepNumber"] {{
    font-size: {T.caption}pt; font-weight: 700; color: {_R.on_accent}; background: {ACCENT};
    border-radius: 20px; min-width: 40px; max-width: 40px; min-height: 40px; max-height: 40px;
}}
QLabel[role="stepText"] {{ font-size: {T.body}pt; color: {TEXT}; min-height: 40px; }}
QWidget#formCard, QWidget#outcomeCard {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {CARD}px;
}}
QScrollArea, QScrollArea > QWidget > QWidget#scrollBody {{ background: transparent; }}
QLabel[role="fieldLabel"] {{ font-size: {T.body}pt; font-weight: 600; color: {TEXT}; }}
QLineEdit {{
    font-size: {T.field}pt; min-height: 72px; padding: 1px 19px; border-radius: {CONTROL}px;
    border: 2px solid {BORDER}; background: {SURFACE}; color: {TEXT};
    selection-background-color: {ACCENT}; selection-color: {_R.on_accent};
}}
/* The thicker border takes its pixel from the padding: the field keeps its size. */
QLineEdit:focus {{ border: 3px solid {ACCENT}; padding: 0 18px; }}
QLineEdit:read-only {{ background: {BACKGROUND}; }}
QLineEdit[validation="invalid"] {{ border: 3px solid {INVALID}; padding: 0 18px; }}
QLineEdit[validation="valid"] {{ border-color: {VALID}; }}
QComboBox {{
    font-size: {T.field}pt; min-height: 72px; padding: 0 18px; border-radius: {CONTROL}px;
}}
/* Room for one line of message under every field, so a message never moves the form. */
QLabel[role="fieldMessage"] {{ font-size: {T.caption}pt; color: {MUTED}; min-height: 30px; }}
QLabel[role="fieldMessage"][validation="invalid"] {{ color: {INVALID}; font-weight: 600; }}
QLabel[role="fieldMessage"][validation="valid"] {{ color: {VALID}; }}
QLabel#consentTitle {{ font-size: {T.body}pt; font-weight: 600; }}
QCheckBox {{ font-size: {T.body}pt; spacing: 16px; min-height: 64px; padding: 0 4px; }}
QCheckBox::indicator {{
    width: 36px; height: 36px; border-radius: 8px; border: 2px solid {MUTED};
    background: {SURFACE};
}}
QCheckBox::indicator:checked {{
    background: {ACCENT}; border-color: {ACCENT};
    image: url("{{CHECK}}");
}}
QCheckBox:focus {{ text-decoration: underline; }}
QLabel#terms {{ font-size: {T.caption}pt; color: {MUTED}; }}
QLabel#formStatus {{ font-size: {T.caption}pt; color: {MUTED}; }}
QPushButton {{
    font-size: {T.body}pt; min-height: 64px; min-width: 64px; padding: 0 24px;
    border-radius: {CONTROL}px;
    border: 2px solid {BORDER}; background: {KEY}; color: {TEXT};
}}
QPushButton:pressed {{ background: {BORDER}; }}
QPushButton:focus {{ border: 3px solid {ACCENT}; }}
QPushButton[role="join"], QPushButton[role="primary"] {{
    background: {ACCENT}; color: #ffffff; font-weight: 700;
    border: 3px solid {ACCENT};
}}
QPushButton[role="join"] {{ font-size: {T.heading}pt; min-height: 88px; border-radius: 18px; }}
QPushButton[role="join"]:focus, QPushButton[role="primary"]:focus {{
    border: 3px solid {TEXT};
}}
QPushButton[role="join"]:disabled {{
    background: {BORDER}; border-color: {BORDER}; color: {TEXT};
}}
QPushButton[role="secondary"] {{ background: {SURFACE}; }}
QPushButton[role="language"] {{
    font-size: {T.caption}pt; min-height: 56px; min-width: 64px; padding: 0 14px;
    border-radius: 28px; background: {SURFACE};
}}
QPushButton[role="language"]:checked {{
    background: {ACCENT}; color: #ffffff;
    border-color: {ACCENT}; font-weight: 700;
}}
QWidget#onscreenKeyboard {{
    background: #e4dfd6; border-radius: 22px;
}}
QPushButton[role^="key"] {{
    font-size: {T.field}pt; min-height: 68px; min-width: {KEY_MIN_WIDTH}px; padding: 0;
    border-radius: {CONTROL}px; border: 1px solid #c9c2b6; background: {KEY};
}}
QPushButton[role^="key"]:pressed {{ background: {BORDER}; }}
QPushButton[role="key-next"] {{
    background: {ACCENT}; color: #ffffff; font-weight: 700;
    border-color: {ACCENT};
}}
QPushButton[role="key-backspace"], QPushButton[role="key-shift"],
QPushButton[role="key-letters"], QPushButton[role="key-digits"] {{ background: #d6d0c5; }}
QPushButton[role="key-shift"][active="true"] {{
    background: {TEXT}; color: {SURFACE};
}}
QWidget[pad="digits"] QPushButton[role^="key"] {{ font-size: {T.heading}pt; min-height: 76px; }}
QWidget[role="overlay"] {{ background: {DIM}; }}
QWidget[role="overlayCard"] {{
    background: {SURFACE}; border-radius: 24px; border: 1px solid {BORDER};
}}
QLabel#idleTitle, QLabel#pinTitle {{ font-size: {T.title}pt; font-weight: 700; }}
QPushButton#stillHere {{ font-size: {T.field}pt; min-height: 88px; }}
QLabel#idleCount {{ font-size: {T.display * 2}pt; font-weight: 700; color: {ACCENT}; }}
QLabel#idleBody, QLabel#pinPrompt {{ font-size: {T.body}pt; color: {MUTED}; }}
/* The PIN's dots in a display that looks like a field, empty when no digit is typed. */
QLabel#pinDots {{
    font-size: {T.heading}pt; letter-spacing: 4px; min-height: 64px; color: {TEXT};
    background: {BACKGROUND}; border: 2px solid {BORDER}; border-radius: 12px;
}}
QLabel#pinMessage {{
    font-size: {T.caption}pt; color: {INVALID}; font-weight: 600; min-height: 30px;
}}
QPushButton[role="pinKey"] {{ font-size: {T.heading}pt; min-height: 80px; }}
QPushButton#pin_ok {{
    background: {ACCENT}; color: #ffffff; font-weight: 700; border-color: {ACCENT};
}}
QPushButton#pin_ok:disabled, QPushButton[role="pinKey"]:disabled {{
    background: {BACKGROUND}; color: {BORDER}; border-color: {BORDER};
}}
QLabel#outcomeMark {{
    font-size: 60pt; font-weight: 700; color: {_R.on_accent};
    background: {ACCENT}; border-radius: 64px;
}}
QLabel#outcomeMark[outcome="problem"] {{ background: {CAUTION}; }}
QLabel#outcomeTitle {{ font-size: {T.title}pt; font-weight: 700; }}
QLabel#outcomeBody {{ font-size: {T.field}pt; color: {MUTED}; }}
QLabel#outcomeCountdownText {{ font-size: {T.caption}pt; color: {MUTED}; }}
QLabel[role="consentText"] {{ font-size: {T.body}pt; }}
QCheckBox[role="consent"][validation="invalid"]::indicator {{ border: 3px solid {INVALID}; }}
QCheckBox[role="consent"]::indicator:focus {{ border: 3px solid {ACCENT}; }}
QPushButton[role="link"] {{
    font-size: {T.caption}pt; min-height: 56px; padding: 0 8px; border: none;
    background: transparent;
    color: {ACCENT}; text-decoration: underline; font-weight: 600;
}}
QPushButton[role="link"]:focus {{ border: 3px solid {ACCENT}; }}
QLabel#termsTitle {{ font-size: {T.heading}pt; font-weight: 700; }}
QLabel#termsText {{ font-size: {T.body}pt; }}
QProgressBar {{ border: none; border-radius: 4px; background: {BORDER}; }}
QProgressBar::chunk {{ border-radius: 4px; background: {ACCENT}; }}
""" + scroll_bar_rules(KIOSK_ROLES) + dialog_rules(KIOSK_ROLES)

# On top of STYLESHEET on a low screen (see kiosk_window.COMPACT_BELOW).
C = KIOSK_COMPACT_TYPE
COMPACT = f"""
QLabel#kioskTitle {{ font-size: {C.display}pt; }}
QLabel[role="fieldLabel"] {{ font-size: {C.body}pt; }}
QLineEdit {{ font-size: {C.field}pt; min-height: {TOUCH_MIN}px; }}
QLabel[role="fieldMessage"] {{ font-size: {C.caption}pt; min-height: 20px; }}
QLabel#consentTitle {{ font-size: {C.body}pt; }}
QCheckBox {{ font-size: {C.body}pt; min-height: {TOUCH_MIN}px; }}
QCheckBox::indicator {{ width: 30px; height: 30px; }}
QLabel#terms {{ font-size: {C.caption - 0.5}pt; }}
QPushButton[role="join"] {{ font-size: {C.heading}pt; min-height: 52px; }}
QLabel#formStatus {{ font-size: {C.caption}pt; }}
QLabel#idleCount {{ font-size: {C.display * 2}pt; }}
QLabel#pinTitle {{ font-size: {C.title}pt; }}
QLabel#pinDots {{ font-size: {C.heading}pt; min-height: 48px; }}
QPushButton[role="pinKey"] {{ font-size: {C.heading}pt; min-height: 60px; }}
"""


def kiosk_stylesheet(check_icon: str, compact: bool = False) -> str:
    """The kiosk's style sheet, with the compact overrides for a low screen."""
    sheet = STYLESHEET.replace("{CHECK}", check_icon)
    return sheet + COMPACT if compact else sheet


def apply_kiosk_style(window: QWidget, check_icon: str, compact: bool = False) -> None:
    """Large base font and the style sheet for the kiosk window and its children."""
    font = QFont(window.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    window.setFont(font)
    window.setStyleSheet(kiosk_stylesheet(check_icon, compact))
