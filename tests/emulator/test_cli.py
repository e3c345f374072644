"""``python -m posapp.emulator`` in a real subprocess: the printed URL works, Ctrl+C exits 0."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import posapp
from posapp.emulator.__main__ import main

from .helpers import CONTACTS, PHONE, member

REPO = Path(posapp.__file__).resolve().parent.parent
LINE = re.compile(r"^Engage emulator listening on (http://127\.0\.0\.1:\d+)(.*)$")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT semantics differ")


def first_line(process: subprocess.Popen[str], timeout: float = 10.0) -> str:
    """The first line the process prints, without hanging the test if it never does."""
    assert process.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    assert lines and lines[0], "the emulator printed nothing"
    return lines[0].rstrip("\n")


def run_emulator(*args: str, api_key: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "POSAPP_API_KEY"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    if api_key:
        env["POSAPP_API_KEY"] = api_key
    return subprocess.Popen(
        [sys.executable, "-m", "posapp.emulator", "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
        preexec_fn=_as_at_a_terminal,
    )


def _as_at_a_terminal() -> None:
    """Ctrl+C as at a terminal: a suite started in the background (``cmd &`` in a script)
    hands its children SIGINT ignored, and the emulator would never see it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def stop_after() -> Iterator[list[subprocess.Popen[str]]]:
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(5)


def interrupt(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=5)
    return process.returncode, stderr


def test_demo_emulator_prints_its_url_serves_and_exits_0_on_ctrl_c(
    stop_after: list[subprocess.Popen[str]],
) -> None:
    process = run_emulator()
    stop_after.append(process)
    match = LINE.match(first_line(process))
    assert match, "unexpected first line"
    base_url, rest = match.groups()
    assert "demo-api-key" in rest
    with httpx.Client(base_url=base_url, headers={"apikey": "demo-api-key"}) as api:
        assert api.post(CONTACTS, json=member()).status_code == 201
        control = httpx.get(f"{base_url}/_emulator/count",
                            params={"key": "mobilePhone", "value": PHONE})
        assert control.json() == {"count": 1}
    code, stderr = interrupt(process)
    assert code == 0
    assert "Traceback" not in stderr


def test_config_contact_types_and_env_api_key(
    tmp_path: Path, stop_after: list[subprocess.Popen[str]]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[engage]\nbase_url = "https://acme.staging.voyado.com"\n'
        '[store]\nexternal_id = "600"\n'
        '[[contact_types]]\nid = "Customer"\nkey = "email"\nrequired = ["firstName"]\n',
        encoding="utf-8",
    )
    process = run_emulator("--config", str(config), "--rate-limit", "50",
                           api_key="tenant-secret")
    stop_after.append(process)
    line = first_line(process)
    match = LINE.match(line)
    assert match
    assert "tenant-secret" not in line
    with httpx.Client(base_url=match.group(1), headers={"apikey": "tenant-secret"}) as api:
        body = {"contactType": "Customer", "email": "a@example.com", "firstName": "A"}
        assert api.post(CONTACTS, json=body).status_code == 201
        assert api.post(CONTACTS, json=member()).status_code == 422  # no Member type
    code, _ = interrupt(process)
    assert code == 0


@pytest.mark.parametrize("host", ["0.0.0.0", "10.1.2.3"])
def test_non_loopback_host_is_refused(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--host", host])
    assert exited.value.code == 2
    assert "loopback" in capsys.readouterr().err


def test_a_bad_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "missing.toml")]) == 2
    assert "does not exist" in capsys.readouterr().err
