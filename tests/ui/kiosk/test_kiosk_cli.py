"""``posapp --kiosk`` and ``[kiosk] enabled = true`` start the kiosk; demo mode has a PIN."""

from __future__ import annotations

from pathlib import Path

import pytest

from posapp import cli
from posapp.config import DEMO_KIOSK_PIN, Settings
from posapp.pin import verify_pin

CONFIG = """
[engage]
base_url = "http://127.0.0.1:9"

[store]
external_id = "600"

[[contact_types]]
id = "Member"
key = "mobilePhone"
required = ["mobilePhone", "countryCode"]
"""


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Which UI main() started, and with what; nothing is shown."""
    seen: dict[str, object] = {}

    def run_kiosk(settings: Settings, api_key: str) -> int:
        seen.update(ui="kiosk", settings=settings, api_key=api_key)
        return 0

    def run_window(settings: Settings, api_key: str, *_: object, **__: object) -> int:
        seen.update(ui="window", settings=settings, api_key=api_key)
        return 0

    monkeypatch.setattr("posapp.ui.app.run_kiosk", run_kiosk)
    monkeypatch.setattr("posapp.ui.app.run_window", run_window)
    monkeypatch.setattr("posapp.logging_setup.setup_logging_deferred", lambda *a, **k: None)
    return seen


def configure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, extra: str = "") -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + extra, encoding="utf-8")
    monkeypatch.setenv("POSAPP_CONFIG", str(path))
    monkeypatch.setenv("POSAPP_API_KEY", "test-key")


def test_demo_kiosk_has_the_demo_pin(started: dict[str, object]) -> None:
    assert cli.main(["--demo", "--kiosk"]) == 0
    assert started["ui"] == "kiosk"
    settings = started["settings"]
    assert isinstance(settings, Settings)
    assert settings.demo and settings.kiosk.enabled
    assert verify_pin(DEMO_KIOSK_PIN, settings.kiosk.pin_hash)
    assert not verify_pin("0000", settings.kiosk.pin_hash)


def test_demo_without_kiosk_is_the_till(started: dict[str, object]) -> None:
    assert cli.main(["--demo"]) == 0
    assert started["ui"] == "window"
    settings = started["settings"]
    assert isinstance(settings, Settings) and settings.kiosk.pin_hash is None


def test_kiosk_enabled_in_the_configuration(started: dict[str, object],
                                            monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    configure(monkeypatch, tmp_path, "\n[kiosk]\nenabled = true\n")
    assert cli.main([]) == 0
    assert started["ui"] == "kiosk" and started["api_key"] == "test-key"
    settings = started["settings"]
    assert isinstance(settings, Settings) and settings.kiosk.pin_hash is None


def test_kiosk_flag_with_a_configuration(started: dict[str, object],
                                         monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    configure(monkeypatch, tmp_path)
    assert cli.main(["--kiosk"]) == 0
    assert started["ui"] == "kiosk"


def test_a_configuration_without_kiosk_starts_the_till(started: dict[str, object],
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    configure(monkeypatch, tmp_path)
    assert cli.main([]) == 0
    assert started["ui"] == "window"
