"""Every fault the store's network and Engage can throw, driven through the real window.

For each fault: the specific message (the dialog's title and what it says was saved, the
422 mark beside the field, the already-member dialog, or the confirmation when posapp
could settle the outcome by itself), the form exactly as typed, the emulator's count for
the key exactly 0 or 1, and then the window still usable: after the fault is gone, Retry
(or Enter) signs the customer up, and never twice. Prints ``faults survived: N/N``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from posapp.config import Settings, demo_settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.main_window import MainWindow
from tests.resilience.conftest import (
    editor,
    fill_in,
    form_state,
    matrix_client,
    press_enter,
)

NOTHING = "Nothing was saved."
UNKNOWN = ("It is not known yet whether the signup was saved. "
           "Retry checks first, so the customer cannot be registered twice.")


@dataclass(frozen=True)
class Case:
    """One fault and what the cashier must see."""

    name: str
    faults: tuple[Fault, ...] = ()
    #: "problem" (ProblemDialog), "already" (409 dialog), "field" (422 mark), "saved"
    outcome: str = "problem"
    title: str = ""
    saved: str = NOTHING
    retry: bool = True
    #: The emulator's count for the key right after the fault.
    count: int = 0
    seed: bool = False
    refused: bool = False
    details: dict[str, str] = field(default_factory=dict)


def _status(status: int, times: int = 0) -> tuple[Fault, ...]:
    return (Fault("status", method="POST", status=status, times=times),)


CASES = [
    Case("400 NoData", _status(400), title="Nothing was sent", retry=False),
    Case("401", _status(401), title="Engage refused the API key", retry=False),
    Case("403", _status(403), title="Engage refused the API key", retry=False),
    Case("409 ApprovedContactWithKeyExists", outcome="already", seed=True, count=1),
    Case("409 ContactWithKeyIsBeingCreated",
         (Fault("being_created", method="POST", times=0),),
         title="Signup in progress", saved=UNKNOWN),
    Case("422 ValidationError", _status(422), outcome="field"),
    Case("429", _status(429), title="Engage is busy"),
    Case("500", _status(500), title="Engage had a problem", saved=UNKNOWN),
    Case("502", _status(502), title="Engage had a problem", saved=UNKNOWN),
    Case("503", _status(503), title="Engage had a problem", saved=UNKNOWN),
    Case("504 RequestTimeOut", _status(504), title="Engage took too long"),
    Case("connection refused", title="Cannot reach Engage", refused=True),
    Case("connection reset", (Fault("reset", method="POST", times=0),),
         title="Connection lost", saved=UNKNOWN),
    Case("hang past the timeout after storing",
         (Fault("hang_after_store", method="POST", delay=2.0),
          Fault("latency", method="GET", delay=2.0, times=0)),  # lookups cannot settle it
         title="No answer from Engage", saved=UNKNOWN, count=1),
    Case("HTML error page", (Fault("html", method="POST", status=502, times=0),),
         title="Unreadable answer", saved=UNKNOWN),
    Case("truncated JSON", (Fault("truncated_json", method="POST"),), outcome="saved", count=1),
    Case("empty 201 body", (Fault("empty_body", method="POST"),), outcome="saved", count=1),
    Case("10 MB body", (Fault("huge_body", method="POST", status=500, times=0),),
         title="Unreadable answer"),
]


def _phone(index: int) -> tuple[str, str]:
    """A fictional Swedish mobile per case: as typed, and as Engage stores it."""
    last = f"{10 + index:02d}"
    return f"070-174 06 {last}", f"+467017406{last}"


def _run_case(qtbot: QtBot, case: Case, index: int, emulator: EmulatorServer,
              open_window: Callable[[Settings, EngageClient], MainWindow]) -> None:
    typed, e164 = _phone(index)
    emulator.reset()
    server = emulator
    if case.refused:
        dead = EmulatorServer().start()
        port = dead.port
        dead.stop()
        base_url = dead.base_url
    else:
        base_url = emulator.base_url
    if case.seed:
        emulator.seed({"mobilePhone": e164, "countryCode": "SE", "firstName": "Britt"})
    for fault in case.faults:
        emulator.faults.add(fault)
    with matrix_client(base_url) as client:
        window = open_window(demo_settings(base_url, "en"), client)
        fill_in(qtbot, window, typed)
        before = form_state(window)
        assert before["mobilePhone"] == typed and before["acceptsSms"] is True
        press_enter(qtbot, window)
        qtbot.waitUntil(lambda: window.runner.busy, timeout=2000)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)

        # The specific message.
        dialog = window.flow.dialog
        if case.outcome == "problem":
            assert isinstance(dialog, ProblemDialog), f"{case.name}: {dialog!r}"
            assert dialog.title.text() == case.title
            assert dialog.saved.text() == case.saved
            assert (dialog.retry_button is not None) is case.retry
        elif case.outcome == "already":
            assert isinstance(dialog, AlreadyMemberDialog)
            assert "Britt" in dialog.member.text()
        elif case.outcome == "field":
            assert dialog is None
            assert window.form.rows["mobilePhone"].message.text().startswith("✕")
            assert window.form.status_label.text() == "Engage did not accept the marked fields."
        else:
            assert dialog is None and window.showing_confirmation
            assert "is now a member" in window.confirmation.title.text()

        # The form exactly as typed, the count as it must be, the app alive.
        assert form_state(window) == before
        if not case.refused:
            assert server.count("mobilePhone", e164) == case.count
        assert window.isVisible() and window.runner._thread.isRunning()

        # Then the fault goes away and the same signup goes through, once.
        emulator.faults.clear()
        if case.refused:
            server = EmulatorServer(port=port).start()
        try:
            _follow_up(qtbot, case, window, dialog)
            assert server.count("mobilePhone", e164) == 1
        finally:
            if server is not emulator:
                server.stop()


def _follow_up(qtbot: QtBot, case: Case, window: MainWindow, dialog: object) -> None:
    if case.outcome == "problem":
        assert isinstance(dialog, ProblemDialog)
        if dialog.retry_button is not None:
            dialog.retry_button.click()
        else:
            dialog.reject()
            press_enter(qtbot, window)
    elif case.outcome == "already":
        assert isinstance(dialog, AlreadyMemberDialog)
        dialog.reject()
        qtbot.waitUntil(lambda: window.flow.dialog is None)
        # Nothing to save for this customer; a next one signs up as usual.
        phone = editor(window, "mobilePhone")
        phone.selectAll()
        qtbot.keyClicks(phone, "070-174 06 99")
        press_enter(qtbot, window)
    elif case.outcome == "field":
        phone = editor(window, "mobilePhone")
        phone.end(False)
        last = phone.text()[-1]
        qtbot.keyClick(phone, "\b")  # editing the marked field clears Engage's mark
        qtbot.keyClicks(phone, last)
        press_enter(qtbot, window)
    if case.outcome != "saved":
        qtbot.waitUntil(lambda: window.showing_confirmation, timeout=10_000)


def test_every_fault_is_survived(qtbot: QtBot, emulator: EmulatorServer,
                                 open_window: Callable[[Settings, EngageClient], MainWindow],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    failures: list[str] = []
    for index, case in enumerate(CASES):
        try:
            _run_case(qtbot, case, index, emulator, open_window)
        except Exception:
            failures.append(f"{case.name}:\n{traceback.format_exc()}")
    survived = len(CASES) - len(failures)
    with capsys.disabled():
        print(f"\nfaults survived: {survived}/{len(CASES)}")
    assert not failures, "\n".join(failures)
