"""High-contrast palettes and a WCAG contrast check of what is on screen.

The check reads each visible text's colour from the widget's effective palette (where Qt's
style sheet puts ``color:`` too) and its background from the pixels actually drawn behind
it (the most common colour of the widget's area), so a background painted by a parent, a
style sheet or the palette are all judged as they look.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from posapp.ui.style import MIN_CONTRAST, blend, contrast
from tests.ui.views import open_overlay

Role = QPalette.ColorRole


def make_palette(*, background: str, text: str, highlight: str, on_highlight: str,
                 muted: str, disabled: str) -> QPalette:
    """A complete palette as a system high-contrast theme gives one (every role set)."""
    palette = QPalette()
    roles = {
        Role.Window: background, Role.WindowText: text, Role.Base: background,
        Role.AlternateBase: background, Role.Text: text, Role.Button: background,
        Role.ButtonText: text, Role.BrightText: text, Role.Highlight: highlight,
        Role.HighlightedText: on_highlight, Role.ToolTipBase: background,
        Role.ToolTipText: text, Role.PlaceholderText: muted, Role.Light: text,
        Role.Midlight: muted, Role.Mid: muted, Role.Dark: muted, Role.Shadow: text,
        Role.Link: highlight, Role.LinkVisited: highlight,
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(name))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


#: Windows' "High Contrast Black" in spirit: white on black, yellow selection.
HIGH_CONTRAST_BLACK = make_palette(background="#000000", text="#ffffff", highlight="#ffff00",
                                   on_highlight="#000000", muted="#c0c0c0",
                                   disabled="#3ff23f")
#: The inverse: black on white, a dark blue selection with white text.
HIGH_CONTRAST_WHITE = make_palette(background="#ffffff", text="#000000", highlight="#1c1c9c",
                                   on_highlight="#ffffff", muted="#404040",
                                   disabled="#600000")
PALETTES: dict[str, QPalette] = {"black": HIGH_CONTRAST_BLACK, "white": HIGH_CONTRAST_WHITE}


@contextmanager
def palette_applied(palette: QPalette) -> Iterator[None]:
    """``palette`` for the whole application (the style sheet follows), then the old one."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QPalette(app.palette())
    app.setPalette(palette)
    try:
        yield
    finally:
        app.setPalette(previous)


@dataclass(frozen=True)
class Finding:
    """One text whose colour is too close to its background."""

    view: str
    widget: str
    text: str
    ratio: float
    foreground: str
    background: str

    def __str__(self) -> str:
        return (f"{self.view}: {self.widget} {self.text[:40]!r} {self.ratio:.2f}:1 "
                f"({self.foreground} on {self.background})")


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return ""


class _Pixels:
    """A grabbed window's pixels as 0xAARRGGBB integers, for fast counting."""

    def __init__(self, image: QImage) -> None:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        self.width = image.width()
        self.rect = image.rect()
        self.values = array("I", bytes(image.constBits()))

    def colours(self, area: QRect) -> Counter[int]:
        counts: Counter[int] = Counter()
        for y in range(area.top(), area.bottom() + 1):
            start = y * self.width + area.left()
            counts.update(self.values[start:start + area.width()])
        return counts


def _opaque(value: int) -> QColor:
    return QColor.fromRgb(value | 0xFF000000)


def _foreground(widget: QWidget, counts: Counter[int], background: QColor) -> QColor:
    """The colour the text is drawn in.

    The palette's colour when the pixels show it (the style sheet's ``color:`` is in the
    palette); otherwise (a pseudo-state such as ``:checked`` paints another colour) the
    drawn colour that stands out most from the background, which can only understate the
    contrast.
    """
    colour = widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole())
    if colour.alpha() < 255:
        colour = blend(colour, background)
    if (colour.rgb() & 0xFFFFFF) in {value & 0xFFFFFF for value in counts}:
        return colour
    return max((_opaque(value) for value in counts),
               key=lambda seen: contrast(seen, background))


def texts_below_contrast(view: str, top: QWidget) -> list[Finding]:
    """Every visible, enabled label, field and button text of ``top`` below 4.5:1."""
    image = top.grab().toImage()
    ratio = image.devicePixelRatio()
    pixels = _Pixels(image)
    root = open_overlay(top) or top
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QLineEdit, QPushButton, QCheckBox)):
            continue
        text = _text(widget)
        if not text.strip() or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLabel) and widget.pixmap() is not None \
                and not widget.pixmap().isNull():
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue
        origin = widget.mapTo(top, QPoint(0, 0))
        area = QRect(int((origin.x() + visible.x()) * ratio),
                     int((origin.y() + visible.y()) * ratio),
                     int(visible.width() * ratio), int(visible.height() * ratio))
        area = area.intersected(pixels.rect)
        if area.width() < 4 or area.height() < 4:
            continue
        counts = pixels.colours(area)
        background = _opaque(counts.most_common(1)[0][0])
        inner = area.adjusted(3, 3, -3, -3) if area.width() > 12 and area.height() > 12 \
            else area
        foreground = _foreground(widget, pixels.colours(inner), background)
        measured = contrast(foreground, background)
        if measured < MIN_CONTRAST:
            found.append(Finding(view, widget.objectName() or type(widget).__name__, text,
                                 measured, foreground.name(), background.name()))
    return found
