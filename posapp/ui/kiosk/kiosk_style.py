"""The kiosk's look: a calm light theme, large type, touch-sized targets.

Colours are the constants below, so a chain puts its brand colour in one place. They are
fixed rather than taken from the system palette (as the till does): a kiosk is a fixed
device, and a dark desktop theme must not turn its text white on a white card. Child
widgets do not inherit a palette set under an application style sheet, so every colour
is written into the style sheet. Validation accents are always paired with a word or
symbol. Every tappable thing is at least 56 px high (the floor is 44 × 44 px, checked by
the tests at both screen orientations). A low screen (1366×768) gets COMPACT on top: a
little smaller type and targets (still 44 px or more), so that the whole form and the PIN
pad fit its 768 px.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from posapp.ui.style import INVALID, VALID

# The brand accent (buttons, focus, the selected language).
ACCENT = "#0b6e4f"
BACKGROUND = "#f3f0ea"
SURFACE = "#ffffff"
TEXT = "#1d2327"
MUTED = "#59636e"
BORDER = "#cfc8bd"
KEY = "#fbfaf7"
# The "we couldn't finish" mark: amber, calm, not an alarm red (white on it: 5.4:1).
CAUTION = "#9a5b00"
DIM = "rgba(20, 24, 28, 150)"
BASE_POINT_SIZE = 18.0


STYLESHEET = f"""
QWidget#kioskWindow {{ background: {BACKGROUND}; }}
QLabel, QCheckBox {{ color: {TEXT}; }}
QWidget#kioskHeader {{ background: {BACKGROUND}; }}
QLabel#kioskTitle {{ font-size: 34pt; font-weight: 700; color: {TEXT}; }}
QLabel#kioskSubtitle {{ font-size: 17pt; color: {MUTED}; }}
QLabel[role="stepNumber"] {{
    font-size: 15pt; font-weight: 700; color: #ffffff; background: {ACCENT};
    border-radius: 20px; min-width: 40px; max-width: 40px; min-height: 40px; max-height: 40px;
}}
QLabel[role="stepText"] {{ font-size: 17pt; color: {TEXT}; min-height: 40px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 8px 0; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 5px; min-height: 60px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QWidget#formCard, QWidget#outcomeCard {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 22px;
}}
QScrollArea, QScrollArea > QWidget > QWidget#scrollBody {{ background: transparent; }}
QLabel[role="fieldLabel"] {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLineEdit {{
    font-size: 22pt; min-height: 72px; padding: 1px 19px; border-radius: 12px;
    border: 2px solid {BORDER}; background: {SURFACE}; color: {TEXT};
    selection-background-color: {ACCENT}; selection-color: #ffffff;
}}
/* The thicker border takes its pixel from the padding: the field keeps its size. */
QLineEdit:focus {{ border: 3px solid {ACCENT}; padding: 0 18px; }}
QLineEdit:read-only {{ background: {BACKGROUND}; }}
QLineEdit[validation="invalid"] {{ border: 3px solid {INVALID}; padding: 0 18px; }}
QLineEdit[validation="valid"] {{ border-color: {VALID}; }}
QComboBox {{ font-size: 20pt; min-height: 72px; padding: 0 18px; border-radius: 12px; }}
/* Room for one line of message under every field, so a message never moves the form. */
QLabel[role="fieldMessage"] {{ font-size: 14pt; color: {MUTED}; min-height: 30px; }}
QLabel[role="fieldMessage"][validation="invalid"] {{ color: {INVALID}; font-weight: 600; }}
QLabel[role="fieldMessage"][validation="valid"] {{ color: {VALID}; }}
QLabel#consentTitle {{ font-size: 17pt; font-weight: 600; }}
QCheckBox {{ font-size: 17pt; spacing: 16px; min-height: 64px; padding: 0 4px; }}
QCheckBox::indicator {{
    width: 36px; height: 36px; border-radius: 8px; border: 2px solid {MUTED};
    background: {SURFACE};
}}
QCheckBox::indicator:checked {{
    background: {ACCENT}; border-color: {ACCENT};
    image: url("{{CHECK}}");
}}
QCheckBox:focus {{ text-decoration: underline; }}
QLabel#terms {{ font-size: 13.5pt; color: {MUTED}; }}
QLabel#formStatus {{ font-size: 15pt; color: {MUTED}; }}
QPushButton {{
    font-size: 18pt; min-height: 64px; min-width: 64px; padding: 0 24px; border-radius: 14px;
    border: 2px solid {BORDER}; background: {KEY}; color: {TEXT};
}}
QPushButton:pressed {{ background: {BORDER}; }}
QPushButton:focus {{ border: 3px solid {ACCENT}; }}
QPushButton[role="join"], QPushButton[role="primary"] {{
    background: {ACCENT}; color: #ffffff; font-weight: 700;
    border: 3px solid {ACCENT};
}}
QPushButton[role="join"] {{ font-size: 26pt; min-height: 88px; border-radius: 18px; }}
QPushButton[role="join"]:focus, QPushButton[role="primary"]:focus {{
    border: 3px solid {TEXT};
}}
QPushButton[role="join"]:disabled {{
    background: {BORDER}; border-color: {BORDER}; color: {TEXT};
}}
QPushButton[role="secondary"] {{ background: {SURFACE}; }}
QPushButton[role="language"] {{
    font-size: 14.5pt; min-height: 56px; min-width: 64px; padding: 0 14px;
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
    font-size: 21pt; min-height: 68px; min-width: 48px; padding: 0;
    border-radius: 12px; border: 1px solid #c9c2b6; background: {KEY};
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
QWidget[pad="digits"] QPushButton[role^="key"] {{ font-size: 26pt; min-height: 76px; }}
QWidget[role="overlay"] {{ background: {DIM}; }}
QWidget[role="overlayCard"] {{
    background: {SURFACE}; border-radius: 24px; border: 1px solid {BORDER};
}}
QLabel#idleTitle, QLabel#pinTitle {{ font-size: 28pt; font-weight: 700; }}
QPushButton#stillHere {{ font-size: 22pt; min-height: 88px; }}
QLabel#idleCount {{ font-size: 72pt; font-weight: 700; color: {ACCENT}; }}
QLabel#idleBody, QLabel#pinPrompt {{ font-size: 17pt; color: {MUTED}; }}
/* The PIN's dots in a display that looks like a field, empty when no digit is typed. */
QLabel#pinDots {{
    font-size: 26pt; letter-spacing: 4px; min-height: 64px; color: {TEXT};
    background: {BACKGROUND}; border: 2px solid {BORDER}; border-radius: 12px;
}}
QLabel#pinMessage {{ font-size: 15pt; color: {INVALID}; font-weight: 600; min-height: 30px; }}
QPushButton[role="pinKey"] {{ font-size: 24pt; min-height: 80px; }}
QPushButton#pin_ok {{
    background: {ACCENT}; color: #ffffff; font-weight: 700; border-color: {ACCENT};
}}
QPushButton#pin_ok:disabled, QPushButton[role="pinKey"]:disabled {{
    background: {BACKGROUND}; color: {BORDER}; border-color: {BORDER};
}}
QLabel#outcomeMark {{
    font-size: 60pt; font-weight: 700; color: #ffffff;
    background: {ACCENT}; border-radius: 64px;
}}
QLabel#outcomeMark[outcome="problem"] {{ background: {CAUTION}; }}
QLabel#outcomeTitle {{ font-size: 32pt; font-weight: 700; }}
QLabel#outcomeBody {{ font-size: 19pt; color: {MUTED}; }}
QLabel#outcomeCountdownText {{ font-size: 13pt; color: {MUTED}; }}
QLabel[role="consentText"] {{ font-size: 17pt; }}
QCheckBox[role="consent"][validation="invalid"]::indicator {{ border: 3px solid {INVALID}; }}
QCheckBox[role="consent"]::indicator:focus {{ border: 3px solid {ACCENT}; }}
QPushButton[role="link"] {{
    font-size: 15pt; min-height: 56px; padding: 0 8px; border: none; background: transparent;
    color: {ACCENT}; text-decoration: underline; font-weight: 600;
}}
QPushButton[role="link"]:focus {{ border: 3px solid {ACCENT}; }}
QLabel#termsTitle {{ font-size: 24pt; font-weight: 700; }}
QLabel#termsText {{ font-size: 17pt; }}
QProgressBar {{ border: none; border-radius: 4px; background: {BORDER}; }}
QProgressBar::chunk {{ border-radius: 4px; background: {ACCENT}; }}
"""

# On top of STYLESHEET on a low screen (see kiosk_window.COMPACT_BELOW).
COMPACT = """
QLabel#kioskTitle { font-size: 28pt; }
QLabel[role="fieldLabel"] { font-size: 14pt; }
QLineEdit { font-size: 18pt; min-height: 44px; }
QLabel[role="fieldMessage"] { font-size: 11.5pt; min-height: 20px; }
QLabel#consentTitle { font-size: 14pt; }
QCheckBox { font-size: 14.5pt; min-height: 44px; }
QCheckBox::indicator { width: 30px; height: 30px; }
QLabel#terms { font-size: 11pt; }
QPushButton[role="join"] { font-size: 24pt; min-height: 56px; }
QLabel#formStatus { font-size: 12.5pt; }
QLabel#idleCount { font-size: 56pt; }
QLabel#pinTitle { font-size: 24pt; }
QLabel#pinDots { font-size: 22pt; min-height: 48px; }
QPushButton[role="pinKey"] { font-size: 22pt; min-height: 60px; }
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
