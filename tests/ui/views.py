"""Every view of posapp filled in as a person would see it, one after the other.

Generators: each yields ``(name, top-level widget)`` with the view shown and filled in, and
changes or closes it on the next step. Nothing is sent to Engage (the client is unused).
Used by the high-contrast test, the layout test and the screenshot script.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

from posapp.config import Settings, demo_settings
from posapp.engage import AlreadyMember, CertificateRejected, EngageTimedOut
from posapp.engage.client import EngageClient
from posapp.engage.models import Contact
from posapp.ui.translations import install_translations

UNUSED_URL = "http://127.0.0.1:9"  # the views are filled in by hand: nothing is sent


def open_overlay(top: QWidget) -> QWidget | None:
    """An open modal layer (a kiosk overlay): what is under it is dimmed on purpose."""
    for widget in top.findChildren(QWidget):
        if widget.property("role") == "overlay" and widget.isVisible():
            return widget
    return None


def member() -> Contact:
    return Contact(id="c-1001", attributes={
        "firstName": "Aino", "lastName": "Virtanen", "mobilePhone": "+46701740605",
        "countryCode": "FI", "memberNumber": "100234", "lang": "fi"},
        meta={"createdOn": "2024-03-05T09:30:00Z"})


def settings_for(language: str = "en") -> Settings:
    return demo_settings(UNUSED_URL, language)  # type: ignore[arg-type]


def till_views(client: EngageClient, tmp_path: Path, language: str = "en",
               size: tuple[int, int] = (1000, 800)) -> Iterator[tuple[str, QWidget]]:
    """The till's views one after the other, each shown and filled in (closed after use),
    in a window of ``size``."""
    from posapp.pin import hash_pin
    from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
    from posapp.ui.dialogs.pin_dialog import PinDialog
    from posapp.ui.dialogs.problem_dialog import ProblemDialog
    from posapp.ui.main_window import MainWindow

    install_translations(language)
    window = MainWindow(settings_for(language), client)
    window.resize(*size)
    window.show()
    form = window.form
    form.fill("mobilePhone", "08-123")  # a landline: a red message
    form.fill("email", "anna@example")  # on its way: a hint
    form.fill("birthDay", "1990-01-31")  # valid: no message, but the border
    form.fill("firstName", "Anna")
    yield "signup", window
    form.fill("mobilePhone", "0701740605")  # valid: a green note, Save enabled
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
    refused = ProblemDialog(CertificateRejected(problem="expired"), window)
    refused.show()
    yield "problem-certificate", refused
    refused.close()
    pin = PinDialog(hash_pin("2468"), "Set-up is for staff only.", window)
    pin.show()
    pin.message.setText("Wrong PIN. Try again.")
    yield "pin", pin
    pin.close()
    yield from setup_views(tmp_path, language, window)
    window.close()
    shiboken6.delete(window)  # now: a window left for later slows every later restyle


def setup_views(tmp_path: Path, language: str = "en", parent: QWidget | None = None
                ) -> Iterator[tuple[str, QWidget]]:
    """The set-up dialog: as opened, after a test and a save, and with problems."""
    from posapp.config import ProblemCode
    from posapp.connection_check import Diagnosis, Outcome
    from posapp.setup.problems import field_message
    from posapp.ui.dialogs.setup_dialog import SetupDialog, field_text

    install_translations(language)
    setup = SetupDialog(tmp_path / "config.toml", parent, environ={}, language=language)
    setup.show()
    yield "setup", setup
    setup._on_test_finished(Diagnosis(Outcome.OK, "acme.voyado.com", elapsed_ms=112))
    setup.save_result.show_state("warning", setup.tr("Saved, but without the API key"),
                                 setup.tr("The API key was not saved: this machine has no "
                                          "credential store. Set {variable} for the posapp "
                                          "service.").format(variable="POSAPP_API_KEY"))
    yield "setup-results", setup
    setup.save_result.hide()
    setup._show_field("base_url", field_text(field_message(ProblemCode.NEEDS_HTTPS, "")))
    setup._show_field("external_id", field_text(field_message(ProblemCode.EMPTY, "")))
    setup._on_test_finished(Diagnosis(Outcome.KEY_REJECTED, "acme.voyado.com",
                                      detail="HTTP 401 · ApiKeyNotValid", status=401))
    yield "setup-problems", setup
    setup.tester.shutdown()
    setup.close()
    if parent is None:
        shiboken6.delete(setup)


def kiosk_views(client: EngageClient, language: str = "en",
                size: tuple[int, int] = (1080, 1920)) -> Iterator[tuple[str, QWidget]]:
    """The kiosk's screens one after the other (the window closed after use)."""
    from posapp.pin import hash_pin
    from posapp.ui.kiosk.kiosk_window import KioskWindow
    from posapp.ui.kiosk.outcome_page import Outcome
    from posapp.ui.kiosk.timings import KioskTimings

    install_translations(language)
    base = settings_for(language)
    settings = base.model_copy(update={"kiosk": base.kiosk.model_copy(
        update={"pin_hash": hash_pin("2468", salt=b"views")})})
    still = KioskTimings(idle_ms=3_600_000, tick_ms=3_600_000, retry_delay_ms=50)
    kiosk = KioskWindow(settings, client, still)
    kiosk.resize(*size)
    kiosk.show()
    kiosk.reset("views")
    yield "kiosk-start", kiosk
    kiosk.form.fill("mobilePhone", "0701740605")
    kiosk.form.fill("email", "anna@exa")
    kiosk.form.submit()  # shows what is missing
    yield "kiosk-missing", kiosk
    kiosk.warning.start(20)
    yield "kiosk-idle-warning", kiosk
    kiosk.warning.cancel()
    kiosk.staff_exit.request()
    kiosk.pin_pad.show_wrong(1)
    yield "kiosk-pin-pad", kiosk
    kiosk.staff_exit.cancel()
    for outcome in (Outcome.THANK_YOU, Outcome.PROBLEM):
        kiosk.reset("views")
        kiosk._show_outcome(outcome, 8, error=EngageTimedOut(status=504),
                            confirm_by_email=True)
        yield f"kiosk-{outcome.value}", kiosk
    kiosk.leave()
    shiboken6.delete(kiosk)


def dropdown_views(client: EngageClient, language: str = "en",
                   size: tuple[int, int] = (1366, 700)) -> Iterator[tuple[str, QWidget]]:
    """Every drop-down list of the till open, one after the other: ``(name, list window)``
    (the window is the popup; its combo box is ``popup.property("combo")``)."""
    from PySide6.QtWidgets import QComboBox

    from posapp.ui.main_window import MainWindow

    install_translations(language)
    window = MainWindow(settings_for(language), client)
    window.resize(*size)
    window.show()
    window.show_signup()
    combos = [c for c in window.form.findChildren(QComboBox) if c.isVisible()]
    window.show_find_member()
    window.find_page.show_member(member())
    combos += [c for c in window.find_page.findChildren(QComboBox) if c.isVisible()]
    for combo in combos:
        page = window.find_page if window.find_page.isAncestorOf(combo) else None
        if page is None:
            window.show_signup()
        else:
            window.pages.setCurrentIndex(window.FIND)
        combo.showPopup()
        popup = combo.view().window()
        popup.setProperty("combo", combo)
        yield f"list-{combo.objectName()}", popup
        combo.hidePopup()
    window.close()
    shiboken6.delete(window)
