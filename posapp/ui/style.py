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

from posapp.ui.design import (
    TILL_BODY_PT,
    TILL_TYPE,
    TOUCH_MIN,
    Radius,
    Roles,
    Space,
    dialog_rules,
    scroll_bar_rules,
)

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


def till_roles(colours: Colours) -> Roles:
    """The design's colour roles at the till: the system palette, posapp's accents."""
    return Roles(
        window="palette(window)", surface="palette(base)", text="palette(text)",
        muted=colours.muted, border="palette(mid)", accent=colours.primary,
        on_accent="palette(highlighted-text)", control="palette(button)",
        valid=colours.valid, invalid=colours.invalid, caution=colours.demo,
        shade="palette(dark)")


# Sizes of the till's controls: at least TOUCH_MIN (44 px) tall, the field's padding.
_FIELD_PAD = Space.M - 3
_TEMPLATE = """
QWidget#header {{
    background: {r.surface};
    border-bottom: 1px solid {r.border};
}}
QLabel#appTitle {{ font-size: {t.heading}pt; font-weight: 600; }}
QLabel#storeLabel {{ color: {r.muted}; font-size: {t.body}pt; }}
QLabel#demoBadge {{
    background: {badge}; color: white; font-weight: 700; letter-spacing: 1px;
    padding: {s.XS}px {s.M}px; border-radius: {radius}px;
}}
QPushButton[role="waiting"] {{ border: 2px solid {r.muted}; font-weight: 600; }}
QListWidget#waitingList::item {{ padding: 8px 6px; border-bottom: 1px solid palette(mid); }}
QPushButton[role="waiting"][attention="true"] {{
    border: 2px solid {badge}; color: {r.caution};
}}
/* The header's button of the view shown: where the cashier is. */
QPushButton[current="true"] {{
    border: none; border-bottom: 3px solid {r.accent}; border-radius: 0;
    background: transparent; font-weight: 600;
}}
QLabel#confirmationMark[kept="true"] {{ color: {r.caution}; }}
QWidget#card {{
    background: {r.surface};
    border: 1px solid {r.border};
    border-radius: {card_radius}px;
}}
/* The card's scrolling body shows the card's own rounded surface through it. */
QScrollArea#cardScroll, QScrollArea#cardScroll > QWidget > QWidget#cardBody {{
    background: transparent;
}}
/* A card's action bar: the primary action, always in view under the card's fields. */
QWidget#actionBar {{ border-top: 1px solid {r.border}; }}
QLabel#pageTitle {{ font-size: {t.heading}pt; font-weight: 600; }}
QLabel#pageSubtitle {{ color: {r.muted}; }}
QLineEdit, QComboBox {{
    min-height: {field_height}px; padding: 1px {field_pad}px; font-size: {t.field}pt;
    border: 1px solid {r.border}; border-radius: {radius}px; background: {r.surface};
}}
/* Every combo box opens a plain list below itself (combobox-popup: 0). Fusion opens a
   non-editable one as a menu drawn through the combo's own rule above: its current item
   came out as an empty framed box and the list one field tall. */
QComboBox {{ combobox-popup: 0; }}
/* The country field's matches (its completer's list, a window of its own) look the same
   and use the field's own type. */
QComboBox QAbstractItemView, QListView#countryMatches {{
    font-size: {t.field}pt; border: 1px solid {r.shade}; background: {r.surface}; outline: 0;
    selection-background-color: palette(highlight); selection-color: palette(highlighted-text);
}}
QComboBox QAbstractItemView::item, QListView#countryMatches::item {{
    min-height: {item_height}px; padding: 0 {field_pad}px;
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
QComboBox::down-arrow {{ image: url("{arrow}"); width: 12px; height: 8px; }}
/* A thicker border takes its pixel from the padding: the field keeps its size. */
QLineEdit:focus, QComboBox:focus {{
    border: 2px solid palette(highlight); padding: 0 {field_pad_focus}px;
}}
QLineEdit:read-only {{ background: {r.window}; }}
QLineEdit[validation="invalid"], QComboBox[validation="invalid"] {{
    border: 2px solid {r.invalid}; padding: 0 {field_pad_focus}px;
}}
QLineEdit[validation="valid"] {{ border-color: {r.valid}; }}
QLabel[role="fieldMessage"] {{ font-size: {t.caption}pt; color: {r.muted}; }}
QLabel[role="fieldMessage"][validation="invalid"] {{ color: {r.invalid}; }}
QLabel[role="fieldMessage"][validation="valid"] {{ color: {r.valid}; }}
QLabel[role="secondary"] {{ color: {r.muted}; font-size: {t.caption}pt; }}
/* A status line (saved, saving): a word and a mark, in its own reserved line. */
QLabel[role="status"] {{ color: {r.muted}; }}
QLabel[role="status"][state="done"] {{ color: {r.valid}; font-weight: 600; }}
QPushButton {{
    min-height: {button_height}px; min-width: {touch}px; padding: 1px {s.L}px;
    font-size: {t.body}pt; border-radius: {radius}px;
    border: 1px solid {r.border}; background: {r.control}; color: palette(button-text);
}}
QPushButton:hover {{ border-color: palette(highlight); }}
/* The colour above would hold for a disabled button too: it would look pressable. */
QPushButton:disabled {{ color: {r.muted}; }}
/* The thicker border takes its pixel from the padding: the button keeps its size, as tall
   as the plain buttons beside it in a dialog's button row. */
QPushButton:focus {{ border: 2px solid palette(highlight); padding: 0 {button_pad_focus}px; }}
QPushButton:default {{ border: 2px solid palette(highlight); padding: 0 {button_pad_focus}px; }}
QPushButton[role="primary"] {{
    background: {r.accent}; color: {r.on_accent};
    font-weight: 600; padding: 0 {s.XXL}px; border: 2px solid {r.accent};
}}
QPushButton[role="primary"]:focus {{ border: 2px solid {r.text}; }}
QPushButton[role="primary"]:disabled {{
    background: {r.control}; color: {r.muted};
    border: 1px solid {r.border}; padding: 1px {s.XXL}px;
}}
QCheckBox {{ font-size: {t.body}pt; spacing: {s.M}px; min-height: {touch}px; }}
QCheckBox:focus {{ text-decoration: underline; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid {r.text}; border-radius: 3px;
    background: {r.surface};
}}
QCheckBox::indicator:checked {{ background: {r.text}; image: url("{c.check}"); }}
QCheckBox::indicator:disabled {{ border-color: {r.border}; }}
QLabel[role="consentText"] {{ font-size: {t.body}pt; }}
QCheckBox[role="consent"]::indicator:focus {{ border: 2px solid palette(highlight); }}
QCheckBox[role="consent"][validation="invalid"]::indicator {{ border: 2px solid {r.invalid}; }}
QGroupBox {{ font-weight: 600; border: none; margin-top: 1.1em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0; }}
QLabel#confirmationMark {{ color: {r.valid}; font-size: {mark}pt; }}
QLabel#confirmationTitle {{ font-size: {t.title}pt; font-weight: 600; }}
QLabel#confirmationDetails {{ font-size: {t.field}pt; }}
QLabel#confirmationSupport {{ color: {r.muted}; font-size: {t.caption}pt; }}
QLabel#memberName {{ font-size: {t.heading}pt; font-weight: 600; }}
QLabel#dialogTitle {{ font-size: {t.heading}pt; font-weight: 600; }}
QLabel#savedState {{ font-weight: 600; }}
QLabel#formStatus {{ color: {r.muted}; }}
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
    roles = till_roles(colours)
    sheet = _TEMPLATE.format(
        c=colours, r=roles, t=TILL_TYPE, s=Space, arrow=ARROW, badge=DEMO,
        radius=Radius.CONTROL, card_radius=Radius.CARD, touch=TOUCH_MIN,
        # Content heights: a 1-px border and 1-px padding each side (or a 2-px border and
        # none, focused) make 44 px.
        field_height=TOUCH_MIN - 4, button_height=TOUCH_MIN - 4, item_height=TOUCH_MIN - 8,
        field_pad=_FIELD_PAD, field_pad_focus=_FIELD_PAD - 1, button_pad_focus=Space.L - 1,
        mark=round(TILL_TYPE.display * 2))
    return (f"/* palette {key} */" + sheet + scroll_bar_rules(roles)
            + dialog_rules(roles))


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


def apply_style(app: QApplication, *, fusion_already: bool = False) -> None:
    """Fusion (the same on every platform, follows the palette) plus our stylesheet.

    ``fusion_already``: the application was built with ``-style Fusion``
    (``create_application``), so asking for its style here would only build the Python
    side of QStyle (its enums) before the first paint; one built elsewhere (a test's)
    gets Fusion here."""
    if not fusion_already and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < TILL_BODY_PT:
        font.setPointSizeF(TILL_BODY_PT)
    app.setFont(font)
    app.setStyleSheet(stylesheet(app.palette()))
    if app.findChild(_PaletteFollower, "paletteFollower") is None:
        follower = _PaletteFollower(app)
        follower.setObjectName("paletteFollower")
        app.paletteChanged.connect(follower.follow)
