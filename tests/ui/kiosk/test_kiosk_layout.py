"""Touch sizes, fonts, names and languages of the kiosk, at both screen orientations."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.outcome_page import Outcome
from tests.ui.clipping import clipped
from tests.ui.kiosk.conftest import (
    LANDSCAPE,
    PORTRAIT,
    SMALL,
    FakeTranslations,
    MakeKiosk,
    field,
    tap,
)

MIN_TARGET = 44


def targets(root: QWidget) -> list[QWidget]:
    """Everything a customer can tap or focus, visible now."""
    found = [w for w in root.findChildren(QWidget) if w.isVisible() and (
        isinstance(w, QAbstractButton) or w.focusPolicy() != Qt.FocusPolicy.NoFocus)]
    return [w for w in found if not w.objectName().startswith("qt_")]


def assert_touch_sized(root: QWidget) -> int:
    checked = 0
    for widget in targets(root):
        size = widget.size()
        assert size.width() >= MIN_TARGET and size.height() >= MIN_TARGET, (
            widget.objectName(), widget.metaObject().className(), size)
        checked += 1
    return checked


@pytest.fixture(params=[PORTRAIT, LANDSCAPE, SMALL], ids=["portrait", "landscape", "small"])
def sized_kiosk(request: pytest.FixtureRequest, make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk(size=request.param, tick_ms=60_000)


def test_every_target_is_at_least_44_px_square(qtbot: QtBot, sized_kiosk: KioskWindow) -> None:
    kiosk = sized_kiosk
    checked = 0
    for name in ("mobilePhone", "firstName", "email"):  # digits, letters, e-mail keys
        qtbot.mouseClick(field(kiosk, name), Qt.MouseButton.LeftButton)
        checked += assert_touch_sized(kiosk)
    kiosk.warning.start(20)
    checked += assert_touch_sized(kiosk.warning)
    kiosk.warning.cancel()
    kiosk.staff_exit.request()
    checked += assert_touch_sized(kiosk.pin_pad)
    kiosk.staff_exit.cancel()
    kiosk._show_outcome(Outcome.PROBLEM, 15, error=TimeoutError())
    checked += assert_touch_sized(kiosk.outcome)
    assert checked > 100


def test_the_whole_form_fits_without_scrolling(qtbot: QtBot, sized_kiosk: KioskWindow) -> None:
    kiosk = sized_kiosk
    size = kiosk.size()
    for name in ("mobilePhone", "firstName", "email"):
        qtbot.mouseClick(field(kiosk, name), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: kiosk.form_scroll.verticalScrollBar().maximum() == 0)
        join = kiosk.form.join_button
        bottom = join.mapTo(kiosk, join.rect().bottomLeft()).y()
        assert bottom < kiosk.height()
        keyboard = kiosk.keyboard.mapTo(kiosk, kiosk.keyboard.rect().bottomLeft())
        assert keyboard.y() <= kiosk.height()
        assert kiosk.size() == size  # not grown past the screen by a layout's minimum


def cut_or_squeezed(qtbot: QtBot, name: str, kiosk: KioskWindow) -> list[str]:
    """What the layout checks find once the layout has settled: text cut off, boxes
    squeezed, widgets over each other, anything in the form cut by the visible part of its
    scroll area. (A changed text is laid out over a few turns of the event loop; what is
    still wrong after them is what people see.)"""
    found: list[str] = []

    def settled() -> bool:
        found[:] = clipped(name, kiosk, whole_in_scroll_areas=True)
        return not found

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(settled, timeout=2000)
    return found


@pytest.mark.parametrize("size", [SMALL, LANDSCAPE], ids=["1366x768", "1920x1080"])
def test_every_screen_shows_whole_widgets(qtbot: QtBot, make_kiosk: MakeKiosk,
                                          size: tuple[int, int]) -> None:
    """The start screen, each key set, the missing fields, the idle warning and the PIN
    pad (empty, full, wrong, shut): nothing cut in half, squeezed or drawn over another."""
    kiosk = make_kiosk(size=size, tick_ms=60_000)
    found = cut_or_squeezed(qtbot, "start", kiosk)
    join = kiosk.form.join_button
    assert not join.visibleRegion().isEmpty()  # Join on the first screen, whole (checked)
    for name in ("mobilePhone", "firstName", "email"):
        qtbot.mouseClick(field(kiosk, name), Qt.MouseButton.LeftButton)
        found += cut_or_squeezed(qtbot, f"typing in {name}", kiosk)
    kiosk.reset("test")
    tap(qtbot, join)
    found += cut_or_squeezed(qtbot, "missing", kiosk)
    kiosk.reset("test")
    kiosk.warning.start(20)
    found += cut_or_squeezed(qtbot, "idle warning", kiosk)
    kiosk.warning.cancel()
    kiosk.staff_exit.request()
    found += cut_or_squeezed(qtbot, "PIN pad", kiosk)
    for digit in "739164285017":
        tap(qtbot, kiosk.pin_pad.keys[digit])
    found += cut_or_squeezed(qtbot, "PIN pad, 12 digits", kiosk)
    kiosk.pin_pad.show_wrong(4)
    found += cut_or_squeezed(qtbot, "PIN pad, wrong", kiosk)
    kiosk.pin_pad.show_locked(240)
    found += cut_or_squeezed(qtbot, "PIN pad, shut", kiosk)
    assert found == []


def test_the_small_screen_fits_the_whole_form_in_every_language(
        qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=SMALL, tick_ms=60_000)
    found = []
    for language in ("sv", "fi", "nb", "da", "en"):
        tap(qtbot, kiosk.language_bar.buttons[language])
        found += cut_or_squeezed(qtbot, f"{language} start", kiosk)
        assert kiosk.form_scroll.verticalScrollBar().maximum() == 0, language
        tap(qtbot, kiosk.form.join_button)  # what is missing, and the status under Join
        found += cut_or_squeezed(qtbot, f"{language} missing", kiosk)
    assert found == []


def test_the_pin_pad_shows_no_stray_dot_and_no_key_takes_the_focus(
        qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=SMALL)
    pad = kiosk.pin_pad
    kiosk.staff_exit.request()
    assert pad.dots.text() == ""  # an empty display, not "·"
    assert QApplication.focusWidget() is pad
    for button in pad.keys.values():
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        tap(qtbot, button)
        assert not button.hasFocus()
    assert QApplication.focusWidget() is pad
    tap(qtbot, pad.keys["delete"])
    assert pad.dots.text() == ""


def test_large_type(kiosk: KioskWindow) -> None:
    for editor in kiosk.form.line_editors():
        assert editor.font().pointSizeF() >= 18, editor.objectName()
    assert kiosk.form.join_button.font().pointSizeF() >= 24
    for box in kiosk.form.consents.values():
        assert box.font().pointSizeF() >= 16


def test_inputs_are_named_after_engage_and_everything_has_an_accessible_name(
        kiosk: KioskWindow) -> None:
    names = {w.objectName() for w in kiosk.findChildren(QLineEdit)}
    names |= {w.objectName() for w in kiosk.findChildren(QCheckBox)}
    assert {"mobilePhone", "firstName", "lastName", "email", "acceptsEmail",
            "acceptsSms"} <= names
    for widget in targets(kiosk):
        assert widget.accessibleName(), widget.objectName()


def test_no_hover_only_affordance_and_no_tooltip_needed(kiosk: KioskWindow) -> None:
    for button in kiosk.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.text() or button.accessibleName()


@pytest.fixture
def fake_swedish() -> Iterator[Callable[[], None]]:
    """Puts "[sv] text" translations on top of whatever .qm files are installed.

    The real translations change as translators work; the fake one makes every
    untranslated or missing string visible, so the tests check that every widget
    retranslates, whatever the .qm files say today.
    """
    app = QApplication.instance()
    assert app is not None
    translator = FakeTranslations()

    def on_top() -> None:
        app.removeTranslator(translator)
        app.installTranslator(translator)  # the latest installed is asked first

    yield on_top
    app.removeTranslator(translator)


def join_text() -> str:
    return QCoreApplication.translate("KioskForm", "Join")


def test_a_language_button_switches_every_text_at_once(
        qtbot: QtBot, kiosk: KioskWindow, fake_swedish: Callable[[], None]) -> None:
    qtbot.mouseClick(field(kiosk, "firstName"), Qt.MouseButton.LeftButton)
    tap(qtbot, kiosk.language_bar.buttons["sv"])
    assert kiosk.language_bar.current() == "sv"
    assert QLocale().language() == QLocale.Language.Swedish
    # The installed Swedish, whatever it holds today, is on the button at once...
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() == join_text())
    # ...and every text follows a change of translations.
    fake_swedish()
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() == "[sv] Join")
    assert kiosk.header.title.text() == "[sv] Join our customer club"
    assert kiosk.form.rows["firstName"].label.text().startswith("[sv] ")
    assert kiosk.form.consents["acceptsSms"].text().startswith("[sv] ")
    assert kiosk.form.terms.text().startswith("[sv] ")
    assert kiosk.keyboard.button_for("next").text() == "[sv] Next"
    assert kiosk.warning.still_button.text() == "[sv] I'm still here"
    assert kiosk.language_bar.buttons["fi"].text() == "Suomi"  # names stay in their own
    assert field(kiosk, "firstName").hasFocus()
    tap(qtbot, kiosk.language_bar.buttons["en"])
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() == "Join")
    assert QLocale().language() == QLocale.Language.English


def test_the_reset_brings_the_stores_language_back(
        qtbot: QtBot, make_kiosk: MakeKiosk, kiosk_settings: Settings,
        fake_swedish: Callable[[], None]) -> None:
    store = kiosk_settings.store.model_copy(update={"language": "sv"})
    kiosk = make_kiosk(kiosk_settings.model_copy(update={"store": store}))
    assert QLocale().language() == QLocale.Language.Swedish
    tap(qtbot, kiosk.language_bar.buttons["en"])
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() == "Join")
    kiosk.reset("test")
    assert kiosk.language_bar.current() == "sv"
    assert QLocale().language() == QLocale.Language.Swedish
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() == join_text())
    fake_swedish()
    qtbot.waitUntil(lambda: kiosk.form.join_button.text() == "[sv] Join")
    visible = [label.text() for label in kiosk.findChildren(QLabel)
               if label.isVisible() and label.text().strip() and not label.text().isdigit()]
    untranslated = [t for t in visible if not t.startswith(("[sv]", "✓", "·"))]
    assert untranslated == []
