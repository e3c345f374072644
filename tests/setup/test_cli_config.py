"""``posapp --check-config``, ``--version``, ``--self-test`` and start-up's key lookup, as
deployment scripts and IT use them (real subprocesses where the exit code matters)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import posapp
from posapp.cli import main
from tests.keyrings import MemoryKeyring

REPO = Path(posapp.__file__).resolve().parent.parent
URL = "https://acme.voyado.com"
KEY = "s3cret-key-of-acme-0123"
GOOD = f'''[engage]
base_url = "{URL}"
[store]
external_id = "600"
[[contact_types]]
id = "Member"
key = "mobilePhone"
'''


def run(*args: str, env: dict[str, str] | None = None,
        tmp: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp),
        "XDG_CONFIG_HOME": str(tmp / "config"), "XDG_CONFIG_DIRS": str(tmp / "etc"),
        "PYTHONPATH": str(REPO), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "posapp", *args], capture_output=True,
                          text=True, timeout=60, env=environment, cwd=tmp)


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "till.toml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_check_config_ok_names_the_file_and_the_keys_source(tmp_path: Path,
                                                            good_file: Path) -> None:
    result = run("--check-config", "--config", str(good_file), tmp=tmp_path,
                 env={"POSAPP_API_KEY": KEY})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (f"posapp: configuration OK: {good_file} (API key from "
                                     "the environment variable POSAPP_API_KEY)")
    assert KEY not in result.stdout + result.stderr


def test_check_config_reads_the_credential_store(tmp_path: Path, good_file: Path) -> None:
    store = tmp_path / "keyring.json"
    store.write_text(f'[["posapp", "{URL}", "{KEY}"]]', encoding="utf-8")
    result = run("--check-config", tmp=tmp_path, env={
        "POSAPP_CONFIG": str(good_file), "POSAPP_TEST_KEYRING": str(store),
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileKeyring"})
    assert result.returncode == 0, result.stderr
    assert "(API key from the credential store)" in result.stdout
    assert KEY not in result.stdout + result.stderr


def test_check_config_without_a_key_or_store_says_what_to_do(tmp_path: Path,
                                                             good_file: Path) -> None:
    result = run("--check-config", "--config", str(good_file), tmp=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "posapp: the configuration cannot be used:",
        f"no API key for {URL}: this machine has no credential store: set POSAPP_API_KEY "
        "for the posapp service",
    ]


def test_check_config_with_a_store_but_no_key(tmp_path: Path, good_file: Path) -> None:
    result = run("--check-config", "--config", str(good_file), tmp=tmp_path, env={
        "POSAPP_TEST_KEYRING": str(tmp_path / "empty.json"),
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileKeyring"})
    assert result.returncode == 2
    assert (f"no API key for {URL}: set POSAPP_API_KEY or store one with `posapp --setup`"
            in result.stderr)


def test_check_config_missing_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    result = run("--check-config", "--config", str(missing), tmp=tmp_path)
    assert result.returncode == 2
    assert f"{missing}: the configuration file does not exist" in result.stderr
    result = run("--check-config", tmp=tmp_path, env={"POSAPP_CONFIG": str(missing)})
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_config_without_any_file_says_demo_mode(tmp_path: Path) -> None:
    """No file anywhere is how posapp runs in demo mode, not a broken configuration."""
    result = run("--check-config", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert line.startswith("posapp: no configuration file, so posapp runs in demo mode")
    assert str(tmp_path / "config" / "posapp" / "config.toml") in line
    assert "cannot be used" not in line


def test_check_config_still_refuses_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "config" / "posapp" / "config.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text("[engage\nbase_url = ", encoding="utf-8")
    result = run("--check-config", tmp=tmp_path, env={"POSAPP_API_KEY": KEY})
    assert result.returncode == 2
    assert result.stderr.startswith("posapp: the configuration cannot be used:")
    assert str(broken) in result.stderr
    assert "demo mode" not in result.stdout + result.stderr


def test_check_config_finds_the_all_users_file(tmp_path: Path) -> None:
    machine = tmp_path / "etc" / "posapp" / "config.toml"
    machine.parent.mkdir(parents=True)
    machine.write_text(GOOD, encoding="utf-8")
    result = run("--check-config", tmp=tmp_path, env={"POSAPP_API_KEY": KEY})
    assert result.returncode == 0, result.stderr
    assert str(machine) in result.stdout


def test_check_config_does_not_import_qt(tmp_path: Path, good_file: Path) -> None:
    code = ("import sys; from posapp.cli import main; rc = main(['--check-config', "
            f"'--config', {str(good_file)!r}]); "
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT'); "
            "sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(REPO),
                                             "POSAPP_API_KEY": KEY}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "NOQT"


def test_version(tmp_path: Path) -> None:
    result = run("--version", tmp=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"posapp {posapp.__version__}"


def test_self_test_signs_up_through_the_window(tmp_path: Path) -> None:
    result = run("--self-test", tmp=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test: OK (")
    assert "signup through the window" in result.stdout


def test_start_up_refuses_without_a_key_and_reads_the_store(
        good_file: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:

    assert main(["--config", str(good_file)]) == 2
    assert "store one with `posapp --setup`" in capsys.readouterr().err
    memory_keyring.set_password("posapp", URL, KEY)
    started: list[tuple[str, object]] = []
    monkeypatch.setattr("posapp.ui.app.run_window",
                        lambda settings, key, path: started.append((key, path)) or 0)
    monkeypatch.setattr("posapp.logging_setup.setup_logging_deferred", lambda: None)
    assert main(["--config", str(good_file)]) == 0
    assert started == [(KEY, good_file)]
