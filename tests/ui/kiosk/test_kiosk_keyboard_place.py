"""Where the on-screen keyboard stands and what it offers (issue 17): next to the field it
fills, one width for every key set, the store country's e-mail domain, out of the way once
Join is tapped; the customer's number echoed as they write it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.ui.design import Space
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.onscreen_keyboard import KeyboardKind, country_domain, layout_rows
from tests.ui.kiosk.conftest import LANDSCAPE, PORTRAIT, SMALL, MakeKiosk, field, fill_in, tap


def span(widget: QWidget, kiosk: KioskWindow) -> tuple[int, int]:
    """The widget's top and bottom in the window."""
    top = widget.mapTo(kiosk, widget.rect().topLeft()).y()
    return top, top + widget.height()


@pytest.mark.parametrize("size", [SMALL, LANDSCAPE], ids=["1366x768", "1920x1080"])
def test_the_keyboard_stands_next_to_the_field_it_fills(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                       size: tuple[int, int]) -> None:
    kiosk = make_kiosk(size=size)
    tops = {}
    for name in ("mobilePhone", "firstName", "email"):
        editor = field(kiosk, name)
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        kiosk.form_page.layout().activate()  # laid out now, not on the next event loop pass
        kiosk.keyboard_holder.layout().activate()
        editor_top, editor_bottom = span(editor, kiosk)
        keys_top, keys_bottom = span(kiosk.keyboard, kiosk)
        holder_top, holder_bottom = span(kiosk.keyboard_holder, kiosk)
        # Level with the field (its top a little above the field's), else as close as its
        # column lets it be: at the column's top or its bottom.
        assert (editor_top - 2 * Space.XL <= keys_top <= editor_bottom
                or (keys_top == holder_top and editor_bottom < keys_top)
                or (keys_bottom >= holder_bottom - 1 and editor_top > keys_top)), name
        assert keys_bottom <= kiosk.height()
        tops[name] = keys_top
    assert tops["mobilePhone"] <= tops["firstName"] <= tops["email"]
    assert tops["email"] > tops["mobilePhone"]  # it follows the focus down the form


def test_portrait_puts_the_keyboard_right_under_the_form(qtbot: QtBot,
                                                         make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=PORTRAIT)
    card_bottom = span(kiosk.form_card, kiosk)[1]
    keys_top = span(kiosk.keyboard, kiosk)[0]
    assert 0 <= keys_top - card_bottom <= 128  # no empty band between them (was 300+)


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE, SMALL],
                         ids=["portrait", "landscape", "small"])
def test_the_keyboard_keeps_its_width_between_digits_and_letters(
        qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]) -> None:
    kiosk = make_kiosk(size=size)
    widths = set()
    for name in ("mobilePhone", "firstName", "email", "mobilePhone"):
        editor = field(kiosk, name)
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda editor=editor: kiosk.keyboard.target is editor)
        widths.add(kiosk.keyboard.width())
    assert len(widths) == 1, widths


@pytest.mark.parametrize(("country", "domain"),
                         [("SE", ".se"), ("FI", ".fi"), ("NO", ".no"), ("DK", ".dk")])
def test_the_e_mail_keys_have_the_store_countrys_domain(
        qtbot: QtBot, make_kiosk: MakeKiosk, kiosk_settings: Settings,
        country: str, domain: str) -> None:
    settings = kiosk_settings.model_copy(update={
        "store": kiosk_settings.store.model_copy(update={"country": country})})
    kiosk = make_kiosk(settings=settings)
    qtbot.mouseClick(field(kiosk, "email"), Qt.MouseButton.LeftButton)
    assert kiosk.keyboard.kind is KeyboardKind.EMAIL
    assert kiosk.keyboard.button_for(".com").isVisible()
    tap(qtbot, kiosk.keyboard.button_for("a"))
    tap(qtbot, kiosk.keyboard.button_for("@"))
    tap(qtbot, kiosk.keyboard.button_for("b"))
    tap(qtbot, kiosk.keyboard.button_for(domain))
    assert field(kiosk, "email").text() == f"a@b{domain}"
    others = {".se", ".fi", ".no", ".dk"} - {domain}
    texts = {button.text() for button in kiosk.keyboard.buttons()}
    assert not others & texts


def test_every_e_mail_row_stays_as_wide_as_the_others() -> None:
    assert country_domain("GB") == ".uk" and country_domain("se") == ".se"
    for country in ("", "SE", "US"):
        rows = layout_rows(KeyboardKind.EMAIL, "sv", country=country)
        assert len({sum(key.span for key in row) for row in rows}) == 1


def test_the_keyboard_hides_on_join_and_comes_back_for_the_next_customer(
        qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=SMALL)
    fill_in(qtbot, kiosk)
    assert kiosk.keyboard.isVisible()
    tap(qtbot, kiosk.form.join_button)
    assert not kiosk.keyboard.isVisible()  # nothing more to type while it is sent
    qtbot.waitUntil(lambda: kiosk.showing_outcome is not None, timeout=5000)
    kiosk.reset("next customer")
    assert kiosk.keyboard.isVisible()


def test_the_customers_number_is_echoed_in_their_local_format(qtbot: QtBot,
                                                              kiosk: KioskWindow) -> None:
    for digit in "0701740605":
        tap(qtbot, kiosk.keyboard.button_for(digit))
    message = kiosk.form.rows["mobilePhone"].message.text()
    assert message == "✓ 070-174 06 05"  # not Engage's +46701740605
    assert kiosk.form.rows["mobilePhone"].field.value == "+46701740605"
