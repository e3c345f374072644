"""High-contrast palettes, every view of posapp filled in, and a WCAG contrast check of
what is on screen. Used by ``test_high_contrast.py`` and the screenshot script.

The check reads each visible text's colour from the widget's effective palette (where Qt's
style sheet puts ``color:`` too) and its background from the pixels actually drawn behind
it (the most common colour of the widget's area), so a background painted by a parent, a
style sheet or the palette are all judged as they look.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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

from posapp.config import Settings, demo_settings
from posapp.engage import AlreadyMember, Contact, EngageClient, EngageTimedOut
from posapp.ui.style import MIN_CONTRAST, blend, contrast

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


def _overlay(top: QWidget) -> QWidget | None:
    """An open modal layer (a kiosk overlay): what is under it is dimmed on purpose."""
    for widget in top.findChildren(QWidget):
        if widget.property("role") == "overlay" and widget.isVisible():
            return widget
    return None


def texts_below_contrast(view: str, top: QWidget) -> list[Finding]:
    """Every visible, enabled label, field and button text of ``top`` below 4.5:1."""
    image = top.grab().toImage()
    ratio = image.devicePixelRatio()
    pixels = _Pixels(image)
    root = _overlay(top) or top
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


# -- every view, filled in --------------------------------------------------------------

ShowView = Callable[[], QWidget]
UNUSED_URL = "http://127.0.0.1:9"  # the views are filled in by hand: nothing is sent


def member() -> Contact:
    return Contact(id="c-1001", attributes={
        "firstName": "Aino", "lastName": "Virtanen", "mobilePhone": "+46701740605",
        "countryCode": "FI", "memberNumber": "100234", "lang": "fi"},
        meta={"createdOn": "2024-03-05T09:30:00Z"})


def settings_for(language: str = "en") -> Settings:
    return demo_settings(UNUSED_URL, language)  # type: ignore[arg-type]


def till_views(client: EngageClient, tmp_path: Path, language: str = "en"
               ) -> Iterator[tuple[str, QWidget]]:
    """The till's views one after the other, each shown and filled in (closed after use)."""
    from posapp.pin import hash_pin
    from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
    from posapp.ui.dialogs.pin_dialog import PinDialog
    from posapp.ui.dialogs.problem_dialog import ProblemDialog
    from posapp.ui.dialogs.setup_dialog import SetupDialog
    from posapp.ui.main_window import MainWindow

    window = MainWindow(settings_for(language), client)
    window.resize(1000, 800)
    window.show()
    form = window.form
    phone = form.rows["mobilePhone"]
    phone.set_text("08-123")  # a landline: a red message
    email = form.rows["email"]
    email.set_text("anna@example")  # on its way: a hint
    birthday = form.rows["birthDay"]
    birthday.set_text("1990-01-31")  # valid: no message, but the border
    form.rows["firstName"].set_text("Anna")
    yield "signup", window
    phone.set_text("0701740605")  # valid: a green note, Save enabled
    yield "signup-valid", window
    window.pages.setCurrentIndex(window.CONFIRMATION)
    window.confirmation.show_contact(member())
    yield "confirmation", window
    window.show_find_member()
    window.find_page.show_member(member(), "Saved. This is what Engage holds now.")
    yield "find-member", window
    already = AlreadyMemberDialog(AlreadyMember(status=409), member(), "mobilePhone", window)
    already.show()
    yield "already-member", already
    already.close()
    problem = ProblemDialog(EngageTimedOut(status=504, code="RequestTimeOut"), window)
    problem.details.setVisible(True)
    problem.show()
    yield "problem", problem
    problem.close()
    pin = PinDialog(hash_pin("2468"), "Set-up is for staff only.", window)
    pin.show()
    pin.message.setText("Wrong PIN. Try again.")
    yield "pin", pin
    pin.close()
    setup = SetupDialog(tmp_path / "config.toml", window, environ={}, language=language)
    setup.show()
    setup._show_field("external_id", "Required.")
    setup.connection_result.show_state("ok", "Connected to Engage",
                                       "127.0.0.1 answered and accepted the API key (12 ms).")
    setup.save_result.show_state("warning", "Saved, but without the API key",
                                 "The API key was not saved.", "For IT: detail")
    yield "setup", setup
    setup.connection_result.show_state("failed", "API key rejected", "Check the key.",
                                       "For IT: HTTP 401")
    yield "setup-failed", setup
    setup.tester.shutdown()
    setup.close()
    window.close()


def kiosk_views(client: EngageClient, language: str = "en",
                size: tuple[int, int] = (1080, 1920)) -> Iterator[tuple[str, QWidget]]:
    """The kiosk's screens one after the other (the window closed after use)."""
    from posapp.pin import hash_pin
    from posapp.ui.kiosk.kiosk_window import KioskWindow
    from posapp.ui.kiosk.outcome_page import Outcome
    from posapp.ui.kiosk.timings import KioskTimings

    base = settings_for(language)
    settings = base.model_copy(update={"kiosk": base.kiosk.model_copy(
        update={"pin_hash": hash_pin("2468", salt=b"views")})})
    still = KioskTimings(idle_ms=3_600_000, tick_ms=3_600_000, retry_delay_ms=50)
    kiosk = KioskWindow(settings, client, still)
    kiosk.resize(*size)
    kiosk.show()
    kiosk.reset("views")
    yield "kiosk-start", kiosk
    kiosk.form.rows["mobilePhone"].set_text("0701740605")
    kiosk.form.rows["email"].set_text("anna@exa")
    kiosk.form.submit()  # shows what is missing
    yield "kiosk-missing", kiosk
    kiosk.warning.start(20)
    yield "kiosk-idle-warning", kiosk
    kiosk.warning.cancel()
    kiosk.staff_exit.request()
    kiosk.pin_pad.show_wrong(1)
    yield "kiosk-pin-pad", kiosk
    kiosk.staff_exit.cancel()
    for outcome in (Outcome.THANK_YOU, Outcome.WELCOME_BACK, Outcome.PROBLEM):
        kiosk.reset("views")
        kiosk._show_outcome(outcome, 8, error=EngageTimedOut(status=504),
                            confirm_by_email=True)
        yield f"kiosk-{outcome.value}", kiosk
    kiosk.leave()
