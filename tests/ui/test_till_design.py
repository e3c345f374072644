"""The till as a product (issue 17): real screen sizes, touch-sized targets, a header that
says where the cashier is, dialogs that stand out, words without jargon, Ctrl+N that asks."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.engage import EngageTimedOut
from posapp.engage.client import EngageClient
from posapp.engage.models import Contact
from posapp.ui.app import create_application
from posapp.ui.design import TOUCH_MIN
from posapp.ui.main_window import MainWindow
from tests.keyboard import wait_active

Sized = Callable[..., MainWindow]
# 1366×768 less a 40-px task bar and a 28-px title bar; full HD less a title bar.
LOW = (1366, 768 - 40 - 28)
FULL_HD = (1920, 1080 - 28)


@pytest.fixture
def sized(qtbot: QtBot, settings: Settings, client: EngageClient
          ) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(size: tuple[int, int], the_settings: Settings | None = None) -> MainWindow:
        create_application("en")
        window = MainWindow(the_settings or settings, client)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        wait_active(qtbot, window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def on_screen(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def visible_whole(widget: QWidget, window: QWidget) -> bool:
    """Inside the window and not cut by a scroll area's edge."""
    if not QRect(0, 0, window.width(), window.height()).contains(on_screen(widget, window)):
        return False
    region = widget.visibleRegion()
    return region.boundingRect() == widget.rect()


def test_save_is_in_view_at_1366x768_with_a_task_bar(qtbot: QtBot, sized: Sized) -> None:
    window = sized(LOW)
    form = window.form
    for index in range(form.type_picker.count()):  # Member, then Contact (more fields)
        form.type_picker.setCurrentIndex(index)
        qtbot.waitUntil(lambda: visible_whole(form.submit_button, window))
    form.fill("mobilePhone", "070-174 06 0")
    form.submit()  # the first gap gets the focus, scrolled into view: Save stays
    qtbot.waitUntil(lambda: visible_whole(form.submit_button, window))
    assert visible_whole(form.status_label, window)


def test_no_void_between_the_last_field_and_save_at_1920x1080(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    form = window.form
    window.form_page.page.layout().activate()
    last = max((w for w in form.findChildren(QWidget) if w.isVisible()
                and isinstance(w, (QLineEdit, QComboBox, QCheckBox))),
               key=lambda w: on_screen(w, window).bottom())
    gap = on_screen(form.submit_button, window).top() - on_screen(last, window).bottom()
    assert 0 < gap <= 80, gap  # was 280 px of nothing
    card = window.form_page.card
    assert on_screen(card, window).bottom() < window.height() - 100  # the card fits its content


def test_every_target_on_the_till_is_touch_sized(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    window.form.fill("mobilePhone", "0701740605")
    checked = 0
    for page in (lambda: None, window.show_find_member):
        page()
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.objectName().startswith("qt_"):
                continue
            if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)):
                if isinstance(widget.parent(), (QLineEdit, QComboBox)):
                    continue  # a field's own parts (its clear button, the country's line)
                assert widget.height() >= TOUCH_MIN, (widget.objectName(), widget.size())
                assert widget.width() >= TOUCH_MIN, (widget.objectName(), widget.size())
                checked += 1
    assert checked > 15


def test_the_header_says_where_the_cashier_is(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    assert window.app_title.text() == "Member signup"
    assert window.find_button.property("current") != "true"
    window.show_find_member()
    assert window.app_title.text() == "Find member"
    assert window.find_button.property("current") == "true"
    assert "Find member" in window.windowTitle()
    window.show_signup()
    assert window.app_title.text() == "Member signup"
    assert window.find_button.property("current") == "false"


def test_one_primary_button_per_find_member_view(qtbot: QtBot, sized: Sized) -> None:
    from tests.ui.views import member

    window = sized(FULL_HD)
    window.show_find_member()
    page = window.find_page

    def primaries() -> list[str]:
        return [b.objectName() for b in page.findChildren(QAbstractButton)
                if b.isVisible() and b.property("role") == "primary"]

    assert primaries() == ["search"]
    page.show_member(member())
    assert primaries() == ["save"]
    page.start()
    assert primaries() == ["search"]


def test_saved_is_a_status_beside_save_that_does_not_move_the_page(
        qtbot: QtBot, sized: Sized) -> None:
    from tests.ui.views import member

    window = sized(FULL_HD)
    window.show_find_member()
    page = window.find_page
    page.show_member(member())
    window.find_page.layout().activate()
    before = {name: on_screen(getattr(page, name), window) for name in (
        "member_name", "country_picker", "save_button", "back_button")}
    page.show_member(member(), "Saved. This is what Engage holds now.")
    window.find_page.layout().activate()
    after = {name: on_screen(getattr(page, name), window) for name in before}
    assert after == before
    assert page.save_status.text() == "✓ Saved. This is what Engage holds now."
    assert page.save_status.property("role") == "status"
    assert page.save_status.property("state") == "done"


def test_open_member_does_not_mark_the_empty_search_field_required(
        qtbot: QtBot, sized: Callable[..., MainWindow]) -> None:
    from tests.ui.views import member

    window = sized(FULL_HD)
    window.open_member(member())
    page = window.find_page
    assert page.search_row is not None
    assert page.search_row.message.text() == ""
    page.search()  # asked with nothing typed: now it says so
    assert "Required" in page.search_row.message.text()


def contact(contact_type: str, **attributes: str) -> Contact:
    return Contact(id="6f1c2a9e-55aa-4c1b-9a55-0d8e1f3f2b77", attributes=attributes,
                   meta={"contactType": contact_type})


def test_a_contact_is_not_confirmed_as_a_member(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    page = window.confirmation
    page.show_contact(contact("Contact", firstName="Anna", lastName="Berg"), "Contact")
    assert page.title.text() == "Anna Berg is saved"
    assert "member" not in page.title.text()
    assert "Saved as: Contact" in page.details.text()
    page.show_contact(contact("Member", firstName="Anna", memberNumber="100234"), "Member")
    assert page.title.text() == "Anna is now a member"


def test_the_engage_id_is_small_print_for_support(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    page = window.confirmation
    page.show_contact(contact("Member", mobilePhone="+46701740605"), "Member", "mobilePhone")
    assert "6f1c2a9e" not in page.title.text() + page.details.text()
    assert page.details.text() == "Mobile phone: +46••••••605"  # who, by the key's name
    assert "6f1c2a9e-55aa-4c1b-9a55-0d8e1f3f2b77" in page.support.text()
    assert page.support.font().pointSizeF() < page.details.font().pointSizeF()


def test_ctrl_n_over_typing_asks_and_keep_typing_keeps_it(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    qtbot.keyClicks(window.form.key_editor(), "0701")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    box = window.new_question
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.escapeButton()  # Enter or Escape: keep typing
    box.escapeButton().click()
    qtbot.waitUntil(lambda: window.new_question is None)
    assert window.form.rows["mobilePhone"].editor.text() == "0701"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    box = window.new_question
    assert isinstance(box, QMessageBox)
    discard = next(b for b in box.buttons() if box.buttonRole(b)
                   is QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    qtbot.waitUntil(lambda: window.new_question is None)
    assert window.form.is_pristine()


def test_ctrl_n_on_an_empty_form_does_not_ask(qtbot: QtBot, sized: Sized) -> None:
    window = sized(FULL_HD)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.new_question is None


def test_dialogs_stand_out_and_their_buttons_have_no_icons(qtbot: QtBot, sized: Sized) -> None:
    from posapp.ui.dialogs.problem_dialog import ProblemDialog

    window = sized(FULL_HD)
    dialog = ProblemDialog(EngageTimedOut(status=504, code="RequestTimeOut"), window)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChildren(QAbstractButton)
    assert buttons and all(button.icon().isNull() for button in buttons
                           if button.isVisible())
    image = dialog.grab().toImage()
    edge = image.pixelColor(image.width() // 2, image.height() - 1)
    inside = image.pixelColor(image.width() // 2, image.height() - 12)
    behind = window.grab().toImage().pixelColor(5, window.height() - 5)
    # A dark edge, set off from the dialog's own surface and from the window behind it.
    assert edge.lightness() < inside.lightness() - 40
    assert edge.lightness() < behind.lightness() - 40
    dialog.close()


def test_the_already_member_dialog_names_the_field_not_a_key(qtbot: QtBot,
                                                             sized: Sized) -> None:
    from posapp.engage import AlreadyMember
    from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
    from tests.ui.views import member

    window = sized(FULL_HD)
    dialog = AlreadyMemberDialog(AlreadyMember(status=409), member(), "mobilePhone", window)
    assert "Mobile phone: +46••••••605" in dialog.member.text()
    assert "Key:" not in dialog.member.text()
    dialog.close()
