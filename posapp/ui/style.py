"""The look of posapp: the system palette for colours, a few semantic accents, large type.

Colours come from the application palette so dark, light and high-contrast system themes
stay readable. The few colours of posapp's own (the validation and demo accents, secondary
text) are worked out from that palette: each is the first of its candidates that keeps a
WCAG contrast of at least 4.5:1 on the palette's backgrounds, else the palette's own text
colour. Each accent is paired with a word or symbol (never colour alone). When the system
palette changes (a switch to high contrast), the style sheet follows at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# The accents on a light background (the kiosk's fixed theme uses these too).
VALID = "#1a7f37"
INVALID = "#c62828"
DEMO = "#b45309"
# Candidates per accent, first choice first: the light-background colour, a deeper one
# for a grey window (Fusion's #efefef), and one for a dark background.
VALID_CHOICES = (VALID, "#146c2e", "#5fd38d")
INVALID_CHOICES = (INVALID, "#b71c1c", "#ff8a80")
DEMO_CHOICES = (DEMO, "#9a4a07", "#fbbf24")
# WCAG 2 AA for normal text.
MIN_CONTRAST = 4.5
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ARROW = (RESOURCES / "chevron-down.svg").as_posix()
CHECK_LIGHT = (RESOURCES / "check-white.svg").as_posix()
CHECK_DARK = (RESOURCES / "check-black.svg").as_posix()


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top: QColor, bottom: QColor, amount: float | None = None) -> QColor:
    """``top`` over ``bottom`` (``amount`` or ``top``'s own alpha): the colour seen."""
    alpha = top.alphaF() if amount is None else amount
    return QColor.fromRgbF(*(alpha * a + (1 - alpha) * b for a, b in (
        (top.redF(), bottom.redF()), (top.greenF(), bottom.greenF()),
        (top.blueF(), bottom.blueF()))))


def readable(candidates: tuple[str, ...], backgrounds: tuple[QColor, ...],
             fallback: QColor) -> str:
    """The first candidate readable on every background, else ``fallback``."""
    for name in candidates:
        if all(contrast(QColor(name), bg) >= MIN_CONTRAST for bg in backgrounds):
            return name
    return fallback.name()


@dataclass(frozen=True)
class Colours:
    """posapp's own colours for one palette."""

    valid: str
    invalid: str
    demo: str
    # Secondary text: between the text colour and the background, still readable.
    muted: str
    # The primary button's face: the highlight, deepened until its text is readable.
    primary: str
    # The tick drawn on a ticked box (filled with the text colour): the opposite shade.
    check: str


def colours_for(palette: QPalette) -> Colours:
    """posapp's colours for ``palette`` (see the module docstring)."""
    group = QPalette.ColorGroup.Active
    text = palette.color(group, QPalette.ColorRole.Text)
    backgrounds = (palette.color(group, QPalette.ColorRole.Base),
                   palette.color(group, QPalette.ColorRole.Window))
    muted = text
    for amount in (0.6, 0.7, 0.8, 0.9):
        mixed = blend(text, backgrounds[0], amount)
        if all(contrast(mixed, bg) >= MIN_CONTRAST for bg in backgrounds):
            muted = mixed
            break
    highlight = palette.color(group, QPalette.ColorRole.Highlight)
    on_highlight = palette.color(group, QPalette.ColorRole.HighlightedText)
    primary = highlight
    toward = QColor("black") if luminance(on_highlight) > 0.5 else QColor("white")
    for step in range(1, 11):
        if contrast(primary, on_highlight) >= MIN_CONTRAST:
            break
        primary = blend(toward, highlight, step / 10)
    return Colours(
        valid=readable(VALID_CHOICES, backgrounds, text),
        invalid=readable(INVALID_CHOICES, backgrounds, text),
        demo=readable(DEMO_CHOICES, backgrounds, text),
        muted=muted.name(),
        primary=primary.name(),
        check=(CHECK_DARK if luminance(text) > 0.5 else CHECK_LIGHT),
    )


def current_colours() -> Colours:
    """posapp's colours for the application palette now."""
    return colours_for(QApplication.palette())


_TEMPLATE = """
QWidget#header {{
    background: palette(base);
    border-bottom: 1px solid palette(mid);
}}
QLabel#appTitle {{ font-size: 15pt; font-weight: 600; }}
QLabel#storeLabel {{ color: {c.muted}; font-size: 10.5pt; }}
QLabel#demoBadge {{
    background: {badge}; color: white; font-weight: 700; letter-spacing: 1px;
    padding: 3px 10px; border-radius: 4px;
}}
QPushButton[role="waiting"] {{ border: 2px solid {c.muted}; font-weight: 600; }}
QListWidget#waitingList::item {{ padding: 8px 6px; border-bottom: 1px solid palette(mid); }}
QPushButton[role="waiting"][attention="true"] {{
    border: 2px solid {badge}; color: {c.demo};
}}
QLabel#confirmationMark[kept="true"] {{ color: {c.demo}; }}
QWidget#card {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 10px;
}}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#pageSubtitle {{ color: {c.muted}; }}
QLineEdit, QComboBox {{
    min-height: 1.75em; padding: 2px 9px; font-size: 12pt;
    border: 1px solid palette(mid); border-radius: 5px; background: palette(base);
}}
/* Every combo box opens a plain list below itself (combobox-popup: 0). Fusion opens a
   non-editable one as a menu drawn through the combo's own rule above: its current item
   came out as an empty framed box and the list one field tall. */
QComboBox {{ combobox-popup: 0; }}
/* The country field's matches (its completer's list, a window of its own) look the same. */
QComboBox QAbstractItemView, QListView#countryMatches {{
    font-size: 12pt; border: 1px solid palette(mid); background: palette(base); outline: 0;
    selection-background-color: palette(highlight); selection-color: palette(highlighted-text);
}}
QComboBox QAbstractItemView::item, QListView#countryMatches::item {{
    min-height: 1.75em; padding: 2px 9px;
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
QComboBox::down-arrow {{ image: url("{arrow}"); width: 12px; height: 8px; }}
/* A thicker border takes its pixel from the padding: the field keeps its size. */
QLineEdit:focus, QComboBox:focus {{ border: 2px solid palette(highlight); padding: 1px 8px; }}
QLineEdit:read-only {{ background: palette(window); }}
QLineEdit[validation="invalid"], QComboBox[validation="invalid"] {{
    border: 2px solid {c.invalid}; padding: 1px 8px;
}}
QLineEdit[validation="valid"] {{ border-color: {c.valid}; }}
QLabel[role="fieldMessage"] {{ font-size: 9.5pt; color: {c.muted}; }}
QLabel[role="fieldMessage"][validation="invalid"] {{ color: {c.invalid}; }}
QLabel[role="fieldMessage"][validation="valid"] {{ color: {c.valid}; }}
QLabel[role="secondary"] {{ color: {c.muted}; font-size: 9.5pt; }}
QPushButton {{
    min-height: 1.9em; padding: 3px 16px; font-size: 11pt; border-radius: 5px;
    border: 1px solid palette(mid); background: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ border-color: palette(highlight); }}
/* The thicker border takes its pixel from the padding: the button keeps its size, as tall
   as the plain buttons beside it in a dialog's button row. */
QPushButton:focus {{ border: 2px solid palette(highlight); padding: 2px 15px; }}
QPushButton:default {{ border: 2px solid palette(highlight); padding: 2px 15px; }}
QPushButton[role="primary"] {{
    background: {c.primary}; color: palette(highlighted-text);
    font-weight: 600; padding: 4px 28px; border: 2px solid {c.primary};
}}
QPushButton[role="primary"]:focus {{ border: 2px solid palette(text); }}
QPushButton[role="primary"]:disabled {{
    background: palette(button); color: {c.muted};
    border: 1px solid palette(mid);
}}
QCheckBox {{ font-size: 11.5pt; spacing: 10px; min-height: 1.8em; }}
QCheckBox:focus {{ text-decoration: underline; }}
QCheckBox::indicator {{
    width: 15px; height: 15px; border: 2px solid palette(text); border-radius: 3px;
    background: palette(base);
}}
QCheckBox::indicator:checked {{ background: palette(text); image: url("{c.check}"); }}
QCheckBox::indicator:disabled {{ border-color: palette(mid); }}
QLabel[role="consentText"] {{ font-size: 11.5pt; }}
QCheckBox[role="consent"]::indicator:focus {{ border: 2px solid palette(highlight); }}
QCheckBox[role="consent"][validation="invalid"]::indicator {{ border: 2px solid {c.invalid}; }}
QGroupBox {{ font-weight: 600; border: none; margin-top: 1.1em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0; }}
QLabel#confirmationMark {{ color: {c.valid}; font-size: 54pt; }}
QLabel#confirmationTitle {{ font-size: 19pt; font-weight: 600; }}
QLabel#confirmationDetails {{ font-size: 12pt; }}
QLabel#memberName {{ font-size: 15pt; font-weight: 600; }}
QLabel#dialogTitle {{ font-size: 14pt; font-weight: 600; }}
QLabel#savedState {{ font-weight: 600; }}
QLabel#formStatus {{ color: {c.muted}; }}
"""


def stylesheet(palette: QPalette) -> str:
    """The application style sheet for ``palette``."""
    colours = colours_for(palette)
    # The palette's own colours in a comment make every palette's sheet a new text, so
    # setting it re-resolves every palette(...) reference.
    key = " ".join(palette.color(role).name() for role in (
        QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Text,
        QPalette.ColorRole.Highlight, QPalette.ColorRole.Button))
    # The DEMO badge is a fixed pair (white on amber, 5:1) whatever the palette.
    return f"/* palette {key} */" + _TEMPLATE.format(c=colours, arrow=ARROW, badge=DEMO)


class _PaletteFollower(QObject):
    """Rebuilds the style sheet when the system (or a test) changes the palette.

    Connected to ``QGuiApplication.paletteChanged``, not an event filter on the
    application: such a filter is called in Python for every event of every widget
    (about 1,100 while the main window is built, and again on every keystroke and paint).
    """

    @Slot(QPalette)
    def follow(self, palette: QPalette) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            sheet = stylesheet(palette)
            if sheet != app.styleSheet():
                app.setStyleSheet(sheet)


def apply_style(app: QApplication) -> None:
    """Fusion (the same on every platform, follows the palette) plus our stylesheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    app.setStyleSheet(stylesheet(app.palette()))
    if app.findChild(_PaletteFollower, "paletteFollower") is None:
        follower = _PaletteFollower(app)
        follower.setObjectName("paletteFollower")
        app.paletteChanged.connect(follower.follow)
