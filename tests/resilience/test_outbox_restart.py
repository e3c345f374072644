"""The real till against Engage that is down: the signup is kept, the till is killed,
Engage comes back, the till restarts, and exactly one contact exists (issue 15's check)."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from posapp.emulator import EmulatorServer, Fault

EngageServer = EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
PHONE = "+46701740605"


def _config(tmp_path: Path, base_url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[engage]
base_url = "{base_url}"
timeout_seconds = 1
lookup_timeout_seconds = 1
create_budget_seconds = 3
lookup_budget_seconds = 2

[store]
external_id = "600"
language = "en"

[[contact_types]]
id = "Member"
key = "mobilePhone"
required = ["mobilePhone", "countryCode"]

[outbox]
path = "{(tmp_path / 'outbox.sqlite3').as_posix()}"
""", encoding="utf-8")
    return path


def _start(config: Path, mode: str, tmp_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # a key file
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.resilience.outbox_till", str(config), mode],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for_line(process: subprocess.Popen[str], wanted: str, seconds: float) -> str:
    """The till's output up to the line ``wanted``; a till that says nothing for
    ``seconds`` (a guard against a hang, far above the usual) is killed and fails the
    test, never left running."""
    assert process.stdout is not None
    seen: list[str] = []
    with selectors.DefaultSelector() as waiting:
        waiting.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if not waiting.select(left):
                break
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
            if line.strip() == wanted:
                return "".join(seen)
    process.kill()
    process.wait()
    raise AssertionError(f"no {wanted!r} from the till:\n{''.join(seen)}")


def test_kept_killed_restarted_exactly_one_contact(tmp_path: Path) -> None:
    with EmulatorServer() as engage:
        engage.faults.add(Fault("status", method="POST", status=503, times=0))
        config = _config(tmp_path, engage.base_url)
        till = _start(config, "sign-up", tmp_path)
        _wait_for_line(till, "kept", 60)
        till.kill()  # as a power cut: no close, no flush
        till.wait()
        assert engage.count("mobilePhone", PHONE) == 0
        assert (tmp_path / "outbox.sqlite3").exists()
        engage.faults.clear()  # Engage is back
        restarted = _start(config, "idle", tmp_path)
        try:
            _wait_for_line(restarted, "started", 60)
            deadline = time.monotonic() + 60  # a guard only: it drains in about a second
            while engage.count("mobilePhone", PHONE) == 0 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)  # nothing more lands after the first
            assert engage.count("mobilePhone", PHONE) == 1
        finally:
            restarted.kill()
            restarted.wait()


def test_sigterm_during_a_save_closes_like_the_window_and_keeps_the_signup(
        tmp_path: Path) -> None:
    with EngageServer() as engage:
        # Longer than closing waits for it (3 s): the save is still in flight at the close.
        engage.faults.add(Fault("latency", method="POST", delay=4.0, times=1))
        config = _config(tmp_path, engage.base_url)
        till = _start(config, "sign-up", tmp_path)
        _wait_for_line(till, "saving", 60)
        till.send_signal(signal.SIGTERM)  # a logout, a reboot, systemctl stop
        output = _wait_for_line(till, "exited", 60)
        assert till.wait(60) == 0, output
        assert "Traceback" not in output and "QThread: Destroyed" not in output
        restarted = _start(config, "idle", tmp_path)
        try:
            deadline = time.monotonic() + 60  # a guard only
            while engage.count("mobilePhone", PHONE) == 0 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)
            assert engage.count("mobilePhone", PHONE) == 1  # looked up first: not twice
        finally:
            restarted.kill()
            restarted.wait()
