"""posapp's one design language: colour roles, a type scale and a spacing system.

The till and the kiosk are two screens of one product. Both style sheets (``style.py`` for
the till, ``kiosk/kiosk_style.py`` for the kiosk) are written from what is here, so that a
button, a field, a card, a focus ring, a dialog and a scroll bar are the same thing on
both, only larger at the kiosk:

* :class:`Roles`: what a colour is for (surface, text, muted text, border, accent…), as a
  style-sheet value. The till's roles come from the system palette (``palette(base)``…,
  with posapp's own accents worked out for contrast in ``style.colours_for``), so dark and
  high-contrast themes keep working; the kiosk's are a fixed light theme
  (:data:`KIOSK_ROLES`), since a kiosk is a fixed device.
* :class:`TypeScale`: six steps on one ratio (:data:`RATIO`) from a body size; the till
  starts from :data:`TILL_BODY_PT`, the kiosk from :data:`KIOSK_BODY_PT` (and
  :data:`KIOSK_COMPACT_BODY_PT` on a low screen).
* :class:`Space`: a 4-px grid, and :data:`TOUCH_MIN`, the least height and width of
  anything a finger can press, on the till as on the kiosk (many tills are touch screens).

Qt-free and cheap: this module is read on the way to the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- spacing -------------------------------------------------------------------------------


class Space:
    """The spacing system: multiples of a 4-px grid, smallest first."""

    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


#: The least size of a touch target (WCAG 2.5.5's 44 × 44 px), on both screens.
TOUCH_MIN = 44


class Radius:
    """Corner radii: controls, cards (the till's), and the kiosk's rounder versions."""

    CONTROL = 6
    CARD = 10
    KIOSK_CONTROL = 12
    KIOSK_CARD = 22


# -- type ----------------------------------------------------------------------------------

#: The step between two sizes of the type scale (a minor third).
RATIO = 1.2
#: Body text at the till (pt); the kiosk is read from an arm's length away, standing.
TILL_BODY_PT = 11.0
KIOSK_BODY_PT = 17.0
KIOSK_COMPACT_BODY_PT = 14.0


def _step(body: float, steps: int) -> float:
    """``body`` moved ``steps`` along the scale, to the nearest half point."""
    return round(body * RATIO ** steps * 2) / 2


@dataclass(frozen=True)
class TypeScale:
    """Six sizes (pt) from one body size: caption, body, field, heading, title, display."""

    body: float

    @property
    def caption(self) -> float:
        """Messages under fields, secondary facts, the small print."""
        return _step(self.body, -1)

    @property
    def field(self) -> float:
        """What is typed into a field and chosen in a list, a button's word at the kiosk."""
        return _step(self.body, 1)

    @property
    def heading(self) -> float:
        """A card's or a dialog's title, a member's name."""
        return _step(self.body, 2)

    @property
    def title(self) -> float:
        """A page's main statement (the confirmation)."""
        return _step(self.body, 3)

    @property
    def display(self) -> float:
        """The kiosk's welcome and its outcome's title."""
        return _step(self.body, 4)


TILL_TYPE = TypeScale(TILL_BODY_PT)
KIOSK_TYPE = TypeScale(KIOSK_BODY_PT)
KIOSK_COMPACT_TYPE = TypeScale(KIOSK_COMPACT_BODY_PT)


# -- colour roles --------------------------------------------------------------------------


@dataclass(frozen=True)
class Roles:
    """What each colour is for, as style-sheet values (``#rrggbb`` or ``palette(...)``)."""

    window: str  # behind the cards
    surface: str  # cards, fields, lists, dialogs
    text: str
    muted: str  # secondary text, still readable (4.5:1)
    border: str  # the edge of a field, a card, a button
    accent: str  # the primary button, the selected item, focus
    on_accent: str  # text on the accent
    control: str  # a plain button's face
    valid: str
    invalid: str
    caution: str  # kept for later, demo: amber
    shade: str  # a dialog's edge and shadow line, darker than ``border``


# The kiosk's fixed light theme: a warm paper background, white cards, a deep green accent.
KIOSK_ROLES = Roles(
    window="#f3f0ea",
    surface="#ffffff",
    text="#1d2327",
    muted="#59636e",
    border="#cfc8bd",
    accent="#0b6e4f",
    on_accent="#ffffff",
    control="#fbfaf7",
    valid="#1a7f37",
    invalid="#c62828",
    caution="#9a5b00",
    shade="#8a8276",
)


def scroll_bar_rules(roles: Roles, width: int = 10) -> str:
    """A thin, rounded, arrow-less scroll bar, as on current desktops and phones."""
    radius = width // 2
    return f"""
QScrollBar:vertical {{ background: transparent; width: {width}px; margin: 4px 2px; }}
QScrollBar:horizontal {{ background: transparent; height: {width}px; margin: 2px 4px; }}
QScrollBar::handle:vertical {{
    background: {roles.border}; border-radius: {radius - 1}px; min-height: 48px;
}}
QScrollBar::handle:horizontal {{
    background: {roles.border}; border-radius: {radius - 1}px; min-width: 48px;
}}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {roles.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


def dialog_rules(roles: Roles) -> str:
    """A dialog stands out from the form behind it, window manager or not: a surface of its
    own, a dark edge and a shade line along its bottom; no icons on its buttons."""
    return f"""
QDialog, QMessageBox {{
    background: {roles.surface};
    border: 1px solid {roles.shade};
    border-bottom: 3px solid {roles.shade};
}}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""
