"""The look of posapp: the system palette for colours, a few semantic accents, large type.

Colours come from ``palette(...)`` so dark, light and high-contrast system themes stay
readable; only the validation and demo accents are fixed, and each is paired with a word
or symbol (never colour alone).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

VALID = "#1a7f37"
INVALID = "#c62828"
DEMO = "#b45309"
ARROW = (Path(__file__).resolve().parent.parent / "resources" / "chevron-down.svg").as_posix()

STYLESHEET = f"""
QWidget#header {{
    background: palette(base);
    border-bottom: 1px solid palette(mid);
}}
QLabel#appTitle {{ font-size: 15pt; font-weight: 600; }}
QLabel#storeLabel {{ color: palette(placeholder-text); font-size: 10.5pt; }}
QLabel#demoBadge {{
    background: {DEMO}; color: white; font-weight: 700; letter-spacing: 1px;
    padding: 3px 10px; border-radius: 4px;
}}
QWidget#card {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 10px;
}}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#pageSubtitle {{ color: palette(placeholder-text); }}
QLineEdit, QComboBox {{
    min-height: 1.75em; padding: 1px 8px; font-size: 12pt;
    border: 1px solid palette(mid); border-radius: 5px; background: palette(base);
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
QComboBox::down-arrow {{ image: url("{ARROW}"); width: 12px; height: 8px; }}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid palette(highlight); }}
QLineEdit:read-only {{ background: palette(window); }}
QLineEdit[validation="invalid"], QComboBox[validation="invalid"] {{
    border: 2px solid {INVALID};
}}
QLineEdit[validation="valid"] {{ border-color: {VALID}; }}
QLabel[role="fieldMessage"] {{ font-size: 9.5pt; color: palette(placeholder-text); }}
QLabel[role="fieldMessage"][validation="invalid"] {{ color: {INVALID}; }}
QLabel[role="fieldMessage"][validation="valid"] {{ color: {VALID}; }}
QLabel[role="secondary"] {{ color: palette(placeholder-text); font-size: 9.5pt; }}
QPushButton {{
    min-height: 1.9em; padding: 3px 16px; font-size: 11pt; border-radius: 5px;
    border: 1px solid palette(mid); background: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ border-color: palette(highlight); }}
QPushButton:focus {{ border: 2px solid palette(highlight); }}
QPushButton:default {{ border: 2px solid palette(highlight); }}
QPushButton[role="primary"] {{
    background: palette(highlight); color: palette(highlighted-text);
    font-weight: 600; padding: 4px 28px; border: 2px solid palette(highlight);
}}
QPushButton[role="primary"]:focus {{ border: 2px solid palette(text); }}
QPushButton[role="primary"]:disabled {{
    background: palette(button); color: palette(placeholder-text);
    border: 1px solid palette(mid);
}}
QCheckBox {{ font-size: 11.5pt; spacing: 10px; min-height: 1.8em; }}
QCheckBox:focus {{ text-decoration: underline; }}
QGroupBox {{ font-weight: 600; border: none; margin-top: 1.1em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0; }}
QLabel#confirmationMark {{ color: {VALID}; font-size: 54pt; }}
QLabel#confirmationTitle {{ font-size: 19pt; font-weight: 600; }}
QLabel#confirmationDetails {{ font-size: 12pt; }}
QLabel#memberName {{ font-size: 15pt; font-weight: 600; }}
QLabel#dialogTitle {{ font-size: 14pt; font-weight: 600; }}
QLabel#savedState {{ font-weight: 600; }}
QLabel#formStatus {{ color: palette(placeholder-text); }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion (the same on every platform, follows the palette) plus our stylesheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
