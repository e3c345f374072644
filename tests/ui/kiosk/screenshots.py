"""Saves screenshots of every kiosk screen, portrait and landscape, for people to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.kiosk.screenshots [folder]

Drives the real kiosk against the emulator (real signups, real faults); not a test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QLineEdit

from posapp.config import DEMO_API_KEY, demo_kiosk_settings, demo_settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.ui.app import create_application
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.outcome_page import Outcome
from posapp.ui.kiosk.timings import KioskTimings

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080),
         "small": (1366, 768)}  # a common low kiosk screen: the compact look
#: Nothing counts down while the screens are photographed.
STILL = KioskTimings(idle_ms=3_600_000, tick_ms=3_600_000, retry_delay_ms=50)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], ms: int = 8000) -> None:
    for _ in range(ms // 50):
        if condition():
            return
        wait(50)
    raise TimeoutError("the kiosk did not get there")


def line(kiosk: KioskWindow, name: str) -> QLineEdit:
    editor = kiosk.form.rows[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def press(kiosk: KioskWindow, keys: str) -> None:
    for key in keys:
        kiosk.keyboard.button_for("space" if key == " " else key).click()


def fill(kiosk: KioskWindow) -> None:
    line(kiosk, "mobilePhone").setFocus()
    press(kiosk, "0701740605")
    line(kiosk, "firstName").setFocus()
    press(kiosk, "anna")
    line(kiosk, "email").setFocus()
    press(kiosk, "anna@example.com")


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # The wrong PINs photographed here are counted in a scratch state directory, not in
    # the user's own (where they would add up to a pause run after run).
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="posapp-screenshots-")
    create_application("en")
    with EmulatorServer() as emulator, EngageClient(emulator.base_url, DEMO_API_KEY) as client:
        settings = demo_kiosk_settings(demo_settings(emulator.base_url, "en"))
        kiosk = KioskWindow(settings, client, STILL)
        kiosk.show()

        def shot(name: str, orientation: str) -> None:
            wait(120)
            kiosk.grab().save(str(folder / f"kiosk_{name}_{orientation}.png"))

        for orientation, size in SIZES.items():
            kiosk.resize(*size)
            # Again: coming from a tall screen, the first resize is held to the tall look's
            # minimum height; the compact look's smaller one is in force a moment later.
            wait(50)
            kiosk.resize(*size)
            kiosk.reset("screenshots")
            emulator.reset()
            shot("start", orientation)
            line(kiosk, "mobilePhone").setFocus()
            press(kiosk, "0701740605")
            line(kiosk, "firstName").setFocus()
            press(kiosk, "anna")
            line(kiosk, "email").setFocus()
            press(kiosk, "anna@exa")
            shot("typing", orientation)
            kiosk.reset("screenshots")
            kiosk.form.join_button.click()
            shot("missing", orientation)
            for language, name in (("nb", "norsk"), ("sv", "svenska"), ("fi", "suomi")):
                kiosk.reset("screenshots")
                line(kiosk, "firstName").setFocus()
                kiosk.language_bar.buttons[language].click()
                press(kiosk, "åsa")
                line(kiosk, "email").setFocus()
                press(kiosk, "asa@")
                kiosk.form.join_button.click()
                shot(name, orientation)
            kiosk.reset("screenshots")
            line(kiosk, "lastName").setFocus()
            press(kiosk, "ek")
            kiosk.warning.start(20)
            kiosk.warning.timer.timeout.emit()
            kiosk.warning.timer.timeout.emit()
            shot("idle_warning", orientation)
            kiosk.reset("screenshots")
            kiosk.staff_exit.request()
            for digit in "13":
                kiosk.pin_pad.keys[digit].click()
            shot("pin_pad", orientation)
            for digit in "579":
                kiosk.pin_pad.keys[digit].click()
            kiosk.pin_pad.keys["ok"].click()
            wait(400)
            shot("pin_wrong", orientation)
            kiosk.reset("screenshots")
            fill(kiosk)
            kiosk.form.consents["acceptsEmail"].click()
            kiosk.form.join_button.click()
            wait_for(lambda: kiosk.showing_outcome is Outcome.THANK_YOU)
            shot("thank_you", orientation)
            kiosk.reset("screenshots")
            fill(kiosk)
            kiosk.form.join_button.click()
            wait_for(lambda: kiosk.showing_outcome is Outcome.THANK_YOU)
            shot("already_member", orientation)
            kiosk.reset("screenshots")
            emulator.faults.add(Fault("status", method="POST", status=504, times=0))
            fill(kiosk)
            kiosk.form.join_button.click()
            wait_for(lambda: kiosk.showing_outcome is Outcome.PROBLEM)
            shot("problem", orientation)
            emulator.faults.clear()
        kiosk.leave()
        kiosk.deleteLater()
    sys.stdout.write(f"screenshots saved in {folder}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots"))
