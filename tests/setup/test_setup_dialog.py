"""The set-up dialog as IT uses it: real widgets, real HTTP to the emulator and to TLS
servers, a real keyring backend; the key never in the file, the log or on screen."""

from __future__ import annotations

import logging
import os
import socket
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from posapp.config import DEMO_API_KEY, load_settings
from posapp.emulator import EmulatorServer, Fault
from posapp.ui.app import create_application
from posapp.ui.dialogs.setup_dialog import SetupDialog
from posapp.ui.translations import install_translations
from tests.keyboard import wait_active
from tests.keyrings import MemoryKeyring
from tests.setup.conftest import Certificates

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shoot(widget: QWidget, name: str) -> None:
    """Save a screenshot for people to look at, when POSAPP_SCREENSHOTS is set."""
    assert not widget.grab().isNull()
    if os.environ.get("POSAPP_SCREENSHOTS"):
        SCREENSHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SCREENSHOTS / f"setup-{name}.png"))


@pytest.fixture
def make_dialog(qtbot: QtBot, tmp_path: Path) -> Iterator:
    dialogs: list[SetupDialog] = []

    def make(path: Path | None = None, environ: dict[str, str] | None = None) -> SetupDialog:
        create_application("en")
        dialog = SetupDialog(path or tmp_path / "posapp" / "config.toml",
                             environ=environ or {})
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        wait_active(qtbot, dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.tester.shutdown()


def fill(qtbot: QtBot, dialog: SetupDialog, base_url: str, key: str = "",
         external_id: str = "601") -> None:
    for widget, text in ((dialog.base_url, base_url), (dialog.api_key, key),
                         (dialog.external_id, external_id)):
        widget.selectAll()
        widget.del_()
        qtbot.keyClicks(widget, text)


def texts(widget: QWidget) -> str:
    """Every text the dialog shows (labels and line edits), to look for secrets in."""
    shown = [label.text() for label in widget.findChildren(QLabel)]
    shown += [line.displayText() for line in widget.findChildren(QLineEdit)]
    return "\n".join(shown)


def run_test(qtbot: QtBot, dialog: SetupDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connection_result.property("state") in ("ok", "failed"),
                    timeout=8000)
    return dialog.connection_result.title.text()


def test_every_input_is_named_accessible_and_on_the_keyboard_path(qtbot: QtBot,
                                                                 make_dialog) -> None:
    dialog = make_dialog()
    names = {"base_url", "api_key", "external_id", "source", "country", "language"}
    for name in names:
        editor = dialog.findChild(QWidget, name)
        assert editor is not None and editor.accessibleName(), name
        label = dialog.labels[name]
        assert label.buddy() is editor and "&" in label.text()
    assert dialog.api_key.echoMode() is QLineEdit.EchoMode.Password
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()
    assert QApplication.focusWidget() is dialog.base_url
    visited = []
    for _ in range(9):
        widget = QApplication.focusWidget()
        while widget is not None and not widget.objectName():
            widget = widget.parentWidget()
        assert widget is not None
        visited.append(widget.objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == ["base_url", "api_key", "external_id", "source", "country", "language",
                       "testConnection", "cancel", "save"]
    assert dialog.save_button.isDefault()
    shoot(dialog, "empty")


def test_first_run_keyboard_only_test_then_save(qtbot: QtBot, make_dialog,
                                                emulator: EmulatorServer,
                                                memory_keyring: MemoryKeyring,
                                                tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    dialog = make_dialog()
    assert dialog.base_url.text() == "" and dialog.external_id.text() == ""
    fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY)
    dialog.test_button.setFocus()
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.connection_result.property("state") == "ok", timeout=5000)
    assert dialog.connection_result.title.text() == "Connected to Engage"
    shoot(dialog, "connected")
    assert QApplication.focusWidget() is dialog.save_button  # the next step
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert dialog.save_result.property("state") == "ok", dialog.save_result.text.text()
    path = tmp_path / "posapp" / "config.toml"
    settings = load_settings(path)
    assert settings.engage.base_url == emulator.base_url
    assert settings.store.external_id == "601"
    assert memory_keyring.entries == {("posapp", emulator.base_url): DEMO_API_KEY}
    assert DEMO_API_KEY not in path.read_text(encoding="utf-8")
    assert DEMO_API_KEY not in texts(dialog) and DEMO_API_KEY not in caplog.text
    assert dialog.api_key.text() == ""
    assert dialog.api_key.placeholderText().startswith("Saved")
    assert dialog.cancel_button.text() == "Close"
    shoot(dialog, "saved")


def test_invalid_fields_are_marked_and_nothing_is_written(qtbot: QtBot, make_dialog,
                                                          memory_keyring: MemoryKeyring,
                                                          tmp_path: Path) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, "http://acme.voyado.com", "k", external_id="")
    qtbot.keyClick(dialog.external_id, Qt.Key.Key_Return)  # Enter in a field = Save
    assert dialog.messages["base_url"].text() == (
        "✕ Use https://. Plain http:// is only allowed to this computer.")
    assert dialog.messages["external_id"].text() == "✕ Required."
    assert QApplication.focusWidget() is dialog.base_url
    assert not (tmp_path / "posapp").exists() and memory_keyring.entries == {}
    shoot(dialog, "invalid")
    qtbot.keyClicks(dialog.base_url, "x")  # editing a field clears its mark
    assert not dialog.messages["base_url"].isVisible()
    assert dialog.messages["external_id"].isVisible()


def test_test_connection_needs_a_key(qtbot: QtBot, make_dialog, emulator: EmulatorServer,
                                     memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, emulator.base_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.messages["api_key"].text() == "✕ Enter the API key to test the connection."
    assert not dialog.tester.busy  # a test would be on its way now, at Engage a moment later
    assert emulator.requests == []


def _refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.parametrize(("case", "title", "outcome"), [
    ("wrong_key", "API key rejected", "key_rejected"),
    ("html", "Something other than Engage answered", "not_engage"),
    ("server_error", "Engage had a problem", "server_error"),
    ("slow", "No answer in time", "no_answer"),
    ("refused", "Connection refused", "refused"),
    ("unknown_host", "Address not found", "unknown_host"),
    ("expired", "Certificate expired", "cert_expired"),
    ("self_signed", "Self-signed certificate", "cert_self_signed"),
])
def test_each_failure_has_its_own_words_in_the_dialog_and_the_log(
        qtbot: QtBot, make_dialog, emulator: EmulatorServer, certificates: Certificates,
        memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture, case: str,
        title: str, outcome: str, tmp_path: Path) -> None:
    caplog.set_level(logging.INFO)
    key = "the-real-secret-key-0042"
    url = emulator.base_url
    path = tmp_path / "config.toml"
    engage = "[engage]\nlookup_timeout_seconds = 1\nconnect_timeout_seconds = 1\n"
    if case == "wrong_key":
        pass  # the emulator only knows DEMO_API_KEY
    elif case == "html":
        emulator.faults.add(Fault("html", status=502))
    elif case == "server_error":
        emulator.faults.add(Fault("status", status=500))
    elif case == "slow":
        emulator.faults.add(Fault("latency", delay=6.0))
    elif case == "refused":
        url = _refused_url()
    elif case == "unknown_host":
        url = "https://no-such-tenant.invalid"
    elif case == "expired":  # the chain's CA is trusted (ca_bundle): only the date is wrong
        url = f"https://localhost:{certificates.expired()}"
        engage += f"ca_bundle = {str(certificates.ca_file)!r}\n"
    elif case == "self_signed":
        url = f"https://localhost:{certificates.self_signed()}"
    path.write_text(engage + '[[contact_types]]\nid = "M"\nkey = "email"\n', encoding="utf-8")
    dialog = make_dialog(path)
    fill(qtbot, dialog, url, key)
    assert run_test(qtbot, dialog) == title
    explanation = dialog.connection_result.text.text()
    assert explanation and "{" not in explanation
    assert dialog.connection_result.detail.text().startswith("For IT: ")
    assert key not in texts(dialog) and key not in caplog.text
    (line,) = [r.getMessage() for r in caplog.records if r.name == "posapp.setup"]
    assert f": {outcome} in " in line
    if case == "wrong_key":
        assert QApplication.focusWidget() is dialog.api_key
    if case in ("refused", "unknown_host", "html"):
        assert QApplication.focusWidget() is dialog.base_url
    assert dialog.test_button.isEnabled()
    shoot(dialog, f"fail-{case}")


def test_no_credential_store_is_said_plainly_and_the_file_is_still_saved(
        qtbot: QtBot, make_dialog, emulator: EmulatorServer, no_keyring: object,
        tmp_path: Path) -> None:
    dialog = make_dialog()
    assert dialog.api_key_note.text() == ("This machine has no credential store: set "
                                          "POSAPP_API_KEY for the posapp service.")
    fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY)
    assert run_test(qtbot, dialog) == "Connected to Engage"  # testing needs no store
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_result.property("state") == "warning"
    assert dialog.save_result.title.text() == "Saved, but without the API key"
    assert "Set POSAPP_API_KEY for the posapp service." in dialog.save_result.text.text()
    path = tmp_path / "posapp" / "config.toml"
    assert load_settings(path).store.external_id == "601"
    assert DEMO_API_KEY not in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]
    shoot(dialog, "no-store")


def test_the_environment_key_is_used_and_said(qtbot: QtBot, make_dialog,
                                              emulator: EmulatorServer,
                                              no_keyring: object) -> None:
    dialog = make_dialog(environ={"POSAPP_API_KEY": DEMO_API_KEY})
    assert "POSAPP_API_KEY is set on this computer" in dialog.api_key_note.text()
    fill(qtbot, dialog, emulator.base_url)
    assert run_test(qtbot, dialog) == "Connected to Engage"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_result.property("state") == "ok"


def test_an_existing_file_and_a_stored_key(qtbot: QtBot, make_dialog, tmp_path: Path,
                                           emulator: EmulatorServer,
                                           memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "till.toml"
    path.write_text(f'# till 7\n[engage]\nbase_url = "{emulator.base_url}"\n'
                    'lookup_timeout_seconds = 2\n[store]\nexternal_id = "600"\n'
                    'language = "en"\n[[contact_types]]\nid = "Member"\nkey = "mobilePhone"\n'
                    '[kiosk]\nidle_seconds = 90\n', encoding="utf-8")
    memory_keyring.set_password("posapp", emulator.base_url, DEMO_API_KEY)
    dialog = make_dialog(path)
    assert dialog.base_url.text() == emulator.base_url
    assert dialog.language.currentData() == "en"
    assert dialog.api_key.text() == "" and dialog.api_key.placeholderText().startswith("Saved")
    assert run_test(qtbot, dialog) == "Connected to Engage"  # with the stored key
    dialog.source.setText("KASSA")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_result.property("state") == "ok"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# till 7\n")
    data = tomllib.loads(text)
    assert data["kiosk"] == {"idle_seconds": 90}
    assert data["engage"]["lookup_timeout_seconds"] == 2
    assert data["store"]["source"] == "KASSA"
    assert memory_keyring.entries == {("posapp", emulator.base_url): DEMO_API_KEY}


def test_an_unreadable_file_is_backed_up_before_it_is_replaced(
        qtbot: QtBot, make_dialog, tmp_path: Path, emulator: EmulatorServer,
        memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[engage\nbase_url = ", encoding="utf-8")
    dialog = make_dialog(path)
    assert dialog.file_problem.isVisible()
    assert "is not valid TOML" in dialog.file_problem.detail.text()
    fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_result.property("state") == "ok"
    assert (tmp_path / "config.toml.bak").read_text(encoding="utf-8") == "[engage\nbase_url = "
    assert load_settings(path).engage.base_url == emulator.base_url


def test_the_window_stays_responsive_and_closes_during_a_test(
        qtbot: QtBot, make_dialog, emulator: EmulatorServer,
        memory_keyring: MemoryKeyring) -> None:
    # Far longer than the client's own timeout and closing's 3 s wait for the worker: only
    # abandoning the test can stop the worker in time (with 3 s it stopped either way).
    emulator.faults.add(Fault("latency", delay=60.0))
    dialog = make_dialog()
    fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.connection_result.property("state") == "busy"
    assert not dialog.test_button.isEnabled()
    shoot(dialog, "testing")
    qtbot.keyClicks(dialog.source, "X")  # the GUI thread is free while Engage is slow
    assert dialog.source.text() == "POSX"
    qtbot.waitUntil(lambda: len(emulator.requests) == 1, timeout=3000)
    runner = dialog.tester._runner
    assert runner is not None
    dialog.reject()
    assert not runner._thread.isRunning()


def test_posapp_setup_runs_the_dialog_until_it_is_closed(
        qtbot: QtBot, tmp_path: Path, emulator: EmulatorServer, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import QTimer

    from posapp.ui.setup_window import run_setup

    monkeypatch.setattr("posapp.logging_setup.setup_logging", lambda: None)
    path = tmp_path / "config.toml"
    create_application("en")

    def as_it():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SetupDialog) and w.isVisible())
        fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY, external_id="7")
        dialog.save()
        dialog.accept()

    QTimer.singleShot(100, as_it)
    assert run_setup(path) == 0
    assert capsys.readouterr().out == f"posapp: set-up saved to {path}\n"
    assert load_settings(path).store.external_id == "7"


@pytest.fixture
def swedish_dialog(qtbot: QtBot) -> Iterator:
    """A set-up dialog in Swedish, for ``path``."""
    dialogs: list[SetupDialog] = []

    def make(path: Path) -> SetupDialog:
        create_application("sv")
        dialog = SetupDialog(path, environ={}, language="sv")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.tester.shutdown()
    install_translations("en")


def test_a_failed_write_is_said_in_swedish_with_the_systems_words_only_for_it(
        qtbot: QtBot, swedish_dialog, tmp_path: Path, emulator: EmulatorServer,
        memory_keyring: MemoryKeyring) -> None:
    folder = tmp_path / "config.toml"
    folder.mkdir()  # a folder where the file should be: the system says "Is a directory"
    dialog = swedish_dialog(folder)
    fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_result.property("state") == "failed"
    assert dialog.save_result.title.text() == "Inte sparat"
    text = dialog.save_result.text.text()
    assert text == (f"Det går inte att skriva till {folder}. Namnet är en mapp, inte en fil. "
                    "Låt POSAPP_CONFIG peka på en fil.")
    detail = dialog.save_result.detail.text()
    assert detail.startswith("För IT: ") and "EISDIR" in detail
    assert "directory" not in text.lower()


def test_a_refusing_credential_store_is_said_in_swedish(
        qtbot: QtBot, swedish_dialog, tmp_path: Path, emulator: EmulatorServer) -> None:
    import keyring

    from tests.keyrings import LockedKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        dialog = swedish_dialog(tmp_path / "config.toml")
        fill(qtbot, dialog, emulator.base_url, DEMO_API_KEY)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.save_result.property("state") == "warning"
        text = dialog.save_result.text.text()
        assert "systemets lagring för inloggningsuppgifter nekade" in text
        assert "locked" not in text
        assert dialog.save_result.detail.text().startswith("För IT: ")
        assert "locked" in dialog.save_result.detail.text()
    finally:
        keyring.set_keyring(previous)


def test_config_words_the_dialog_does_not_know_are_only_a_detail_for_it(qapp: object) -> None:
    from posapp.config import ProblemCode
    from posapp.setup.problems import field_message
    from posapp.ui.dialogs.setup_dialog import field_text

    install_translations("sv")
    try:
        assert field_text(field_message(ProblemCode.NOT_URL, "must be a URL such as https://x")) \
            == "Ange Engage-adressen för er miljö, t.ex. https://acme.voyado.com."
        assert field_text(field_message(ProblemCode.NOT_TEXT, "Input should be a valid string")) \
            == "Värdet går inte att använda.\nFör IT: Input should be a valid string"
    finally:
        install_translations("en")
