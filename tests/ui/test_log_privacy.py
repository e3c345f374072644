"""The log file after a day of faults: one line per request that support can use, and no
phone number, personal identity number, e-mail address, name or API key in it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from posapp.config import Settings, demo_settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.budgets import Budgets
from posapp.engage.client import EngageClient
from posapp.engage.retry import RetryPolicy
from posapp.logging_setup import setup_logging
from posapp.masking import add_secret
from posapp.ui.app import create_application
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.main_window import MainWindow

API_KEY = "Vx7-tenant-key-do-not-log-93f1"
PNR = "200001012384"
PERSON = {"socialSecurityNumber": "20000101-2384", "firstName": "Britt",
          "lastName": "Ekström", "email": "britt.ekstrom@example.com",
          "mobilePhone": "070-174 06 05"}
PHONE2_TYPED = "073-555 12 34"
SECRETS = (
    "+46701740605", "0701740605", "070-174 06 05", "701740605", "1740605", "174 06 05",
    "+46735551234", "0735551234", "073-555 12 34", "735551234", "5551234", "555 12 34",
    PNR, "20000101-2384", "000101-2384", "0001012384",
    "britt.ekstrom@example.com", "britt.ekstrom", "Britt", "Ekström", "Ekstrom",
    API_KEY,
)
REQUEST_LINE = re.compile(
    r"INFO posapp\.engage: (GET|POST|PATCH) (/api/v3/contacts\S*) -> (\d{3}|no answer) "
    r"in (\d+) ms(?: (\w+)(?: (\w+))?)? \[req ([0-9a-f]{8}); [\d.]+ of [\d.]+ s left\]$")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    path = setup_logging(directory=tmp_path)
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def tenant() -> Iterator[EmulatorServer]:
    with EmulatorServer(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def till(qtbot: QtBot, tenant: EmulatorServer) -> Iterator[MainWindow]:
    create_application("en")
    settings: Settings = demo_settings(tenant.base_url, "en").model_copy(update={"demo": False})
    add_secret(API_KEY)  # as posapp's start-up does
    client = EngageClient(
        tenant.base_url, API_KEY, budgets=Budgets(
            connect_seconds=1.0, create_read_seconds=1.0, lookup_read_seconds=1.0,
            create_total_seconds=4.0, lookup_total_seconds=3.0,
            create_retry=RetryPolicy(attempts=2, first_wait=0.05),
            lookup_retry=RetryPolicy(attempts=3, first_wait=0.05)))
    window = MainWindow(settings, client)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    window.close()
    client.close()


def field(window: MainWindow, name: str) -> QLineEdit:
    widget = window.form.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Keystrokes where QTest can type them; "ö" is pasted (QTest only types ASCII)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
        widget.textEdited.emit(widget.text())


def submit(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.form.submit_button, Qt.MouseButton.LeftButton)


def test_a_day_of_faults_leaves_a_useful_log_without_personal_data(
        qtbot: QtBot, till: MainWindow, tenant: EmulatorServer, log_file: Path) -> None:
    # 1. A "Contact" with every personal field: Engage answers 422, then the connection
    #    is reset once (the client looks the key up and sends again), then it is saved.
    picker = till.findChild(QComboBox, "contactType")
    picker.setCurrentIndex(picker.findData("Contact"))
    for name, value in PERSON.items():
        type_into(qtbot, field(till, name), value)
    tenant.faults.add(Fault("status", method="POST", status=422))
    submit(qtbot, till)
    qtbot.waitUntil(lambda: not till.runner.busy and not till.form.submit_button.isEnabled(),
                    timeout=5000)
    for name in PERSON:  # editing clears Engage's marks
        edited = field(till, name)
        edited.textEdited.emit(edited.text())
    assert till.form.submit_button.isEnabled()
    tenant.faults.add(Fault("reset", method="POST"))
    submit(qtbot, till)
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=8000)
    assert tenant.count("socialSecurityNumber", PNR) == 1

    # 2. A member who joined earlier at another till, signed up again by phone: 409.
    tenant.seed({"mobilePhone": "+46701740605", "countryCode": "SE", "firstName": "Britt",
                 "lastName": "Ekström", "email": PERSON["email"]})
    till.new_signup()
    picker.setCurrentIndex(picker.findData("Member"))
    qtbot.keyClicks(field(till, "mobilePhone"), PERSON["mobilePhone"])
    submit(qtbot, till)
    qtbot.waitUntil(lambda: isinstance(till.flow.dialog, AlreadyMemberDialog), timeout=5000)
    till.flow.dialog.reject()

    # 3. A new member while Engage is too slow: no answer, then Retry after it recovers.
    till.new_signup()
    tenant.faults.add(Fault("latency", method="POST", delay=2.5, times=0))
    qtbot.keyClicks(field(till, "mobilePhone"), PHONE2_TYPED)
    submit(qtbot, till)
    qtbot.waitUntil(lambda: isinstance(till.flow.dialog, ProblemDialog), timeout=10000)
    tenant.faults.clear()
    qtbot.waitUntil(lambda: tenant.count("mobilePhone", "+46735551234") == 1)  # one lands
    till.flow.dialog.retry_button.click()
    qtbot.waitUntil(lambda: till.showing_confirmation, timeout=5000)
    assert tenant.count("mobilePhone", "+46735551234") == 1

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret.lower() not in text.lower(), f"{secret!r} is in the log"

    lines = [m for m in map(REQUEST_LINE.search, text.splitlines()) if m]
    assert len(lines) == len(tenant.requests)  # one line per request, nothing else
    methods = [m.group(1) for m in lines]
    # The same requests; in another order where the look-ups made while typing (a thread
    # of their own) overlap a save.
    assert sorted(methods) == sorted(r.method for r in tenant.requests)
    assert len({m.group(7) for m in lines}) == len(lines)  # request ids are unique
    outcomes = {(m.group(1), m.group(3), m.group(5), m.group(6)) for m in lines}
    assert ("POST", "422", "InvalidFields", "ValidationError") in outcomes
    assert ("POST", "no answer", "ConnectionDropped", None) in outcomes
    assert ("POST", "409", "AlreadyMember", "ApprovedContactWithKeyExists") in outcomes
    assert ("POST", "no answer", "NoAnswer", None) in outcomes
    assert ("GET", "404", "NotFound", "ContactNotFound") in outcomes
    assert ("POST", "201", None, None) in outcomes
    assert all(int(m.group(4)) >= 0 for m in lines)
    shown = {"source", "storeExternalId", "createAsUnapproved", "contactType"}
    for match in lines:
        _, _, query = match.group(2).partition("?")
        for pair in filter(None, query.split("&")):
            name, _, value = pair.partition("=")
            assert name in shown or value == "***", match.group(0)
